"""Errors raised by the library; the CLI turns each into one line and exit status 1.

The hierarchy::

    KGError
    ├── DocumentError      an input file cannot be read as a document (names file and line)
    ├── DataError          a reference data file (gazetteer) is malformed
    ├── StoreError         the store cannot be opened, read or updated
    ├── QueryError         a SPARQL query is malformed or fails
    ├── EndpointError      a remote SPARQL server is unreachable, refuses, or times out
    └── AnalysisError      an analysis cannot be computed (unknown country, empty graph, ...)
"""

from __future__ import annotations

__all__ = [
    "KGError",
    "DocumentError",
    "DataError",
    "StoreError",
    "QueryError",
    "EndpointError",
    "AnalysisError",
]


class KGError(Exception):
    """Base class of every error this package raises on purpose."""


class DocumentError(KGError):
    """An input file cannot be read as a document.

    The message always starts with the file name, and with the line number where there is one,
    so that a user can find and fix the input.
    """

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class DataError(KGError):
    """A reference data file is malformed (bad header, unknown code, bad date)."""


class StoreError(KGError):
    """The store cannot be opened, read or updated."""


class QueryError(KGError):
    """A SPARQL query is malformed or its evaluation fails."""


class EndpointError(KGError):
    """A remote SPARQL server is unreachable, refuses the request, or times out."""


class AnalysisError(KGError):
    """An analysis cannot be computed as asked (unknown country, empty graph, ...)."""
