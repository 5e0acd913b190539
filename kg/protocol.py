"""The SPARQL 1.1 Protocol's answers: run a query or update on the store, negotiate, serialize."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from .store import add_prefixes

__all__ = [
    "Answer", "RESULT_TYPES", "GRAPH_TYPES", "negotiate", "answer_query", "answer_update", "text_answer",
]

TEXT = "text/plain; charset=utf-8"

# Media types in the server's order of preference: the first is the default.
RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/json": ox.RdfFormat.JSON_LD,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
# The ``format`` request parameter (Virtuoso, Fuseki and SPARQLWrapper send it) names a media type.
_FORMAT_NAMES = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "json-ld": (None, "application/ld+json"),
    "jsonld": (None, "application/ld+json"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "n-triples": (None, "application/n-triples"),
    "rdfxml": (None, "application/rdf+xml"),
    "rdf+xml": (None, "application/rdf+xml"),
}


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status code, body and its media type, extra headers."""

    status: int
    body: bytes
    content_type: str = TEXT
    headers: dict[str, str] = field(default_factory=dict)


def text_answer(status: int, message: str, **headers: str) -> Answer:
    """A plain-text answer, one line ending in a newline (errors, mostly)."""
    return Answer(status, (message.rstrip("\n") + "\n").encode("utf-8"), TEXT, dict(headers))


def negotiate(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offered media type that an ``Accept`` header ranks highest, or ``None`` if none is acceptable.

    A missing or empty header accepts anything; ties go to the earlier offer; among the
    header's ranges the most specific one that matches an offer gives its quality.

    Examples
    --------
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", ["application/sparql-results+json",
    ...           "application/sparql-results+xml", "text/csv"])
    'application/sparql-results+xml'
    >>> negotiate("text/*", ["application/sparql-results+json", "text/csv"])
    'text/csv'
    >>> negotiate("image/png", ["text/turtle"]) is None
    True
    """
    if not accept or not accept.strip():
        return offers[0] if offers else None
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if media == "*":
            media = "*/*"
        if "/" not in media:
            continue
        quality = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality))
    best, best_quality = None, 0.0
    for offer in offers:
        quality = _quality(offer, ranges)
        if quality > best_quality:
            best, best_quality = offer, quality
    return best


def _quality(offer: str, ranges: list[tuple[str, float]]) -> float:
    family = offer.split("/")[0] + "/*"
    specificity, quality = 0, 0.0
    for media, q in ranges:
        rank = 3 if media == offer else 2 if media == family else 1 if media == "*/*" else 0
        if rank > specificity:
            specificity, quality = rank, q
    return quality


def _choose(accept: str | None, fmt: str | None, graph: bool) -> str | Answer:
    """The media type to answer with, or the error answer (400 unknown format, 406 not acceptable)."""
    offers = list(GRAPH_TYPES if graph else RESULT_TYPES)
    kind = "graph (CONSTRUCT, DESCRIBE)" if graph else "result (SELECT, ASK)"
    if fmt and "/" in fmt:  # media types, as SPARQLWrapper sends them: read like an Accept header
        accept = fmt
    elif fmt:
        name = fmt.strip().lower()
        if name not in _FORMAT_NAMES:
            return text_answer(400, f"unknown format {fmt!r}; use one of {', '.join(sorted(_FORMAT_NAMES))} "
                                    "or a media type")
        media = _FORMAT_NAMES[name][1 if graph else 0]
        if media is None:
            return text_answer(406, f"format {fmt!r} cannot express a {kind}; "
                                    f"use one of: {', '.join(dict.fromkeys(offers))}")
        return media
    media = negotiate(accept, offers)
    if media is None:
        return text_answer(406, f"none of the accepted types ({accept}) can express a {kind}; "
                                f"accept one of: {', '.join(offers)}")
    return media


class _TooManyRows(Exception):
    """Raised from inside the serializer to stop a query at the row limit."""


class _RowCounter(io.RawIOBase):
    """A binary sink that counts lines and stops the writer once there are more than ``limit``."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.data = bytearray()
        self.lines = 0
        self.limit = limit

    def writable(self) -> bool:
        return True

    def write(self, chunk) -> int:
        chunk = bytes(chunk)
        self.data += chunk
        self.lines += chunk.count(b"\n")
        if self.lines > self.limit:
            raise _TooManyRows
        return len(chunk)


def _too_many(max_rows: int, what: str) -> Answer:
    return text_answer(422, f"the result has more than {max_rows} {what}, the server's limit; "
                            "add LIMIT and OFFSET to page through it, or start kg serve with a larger --max-rows")


def answer_query(store: ox.Store, sparql: str, *, accept: str | None = None, fmt: str | None = None,
                 max_rows: int = 100_000, default_graphs: Sequence[str] = (),
                 named_graphs: Sequence[str] = ()) -> Answer:
    """Run a SPARQL query on the store and serialize the result as the client asked.

    Parameters
    ----------
    store : pyoxigraph.Store
        The store; without ``default_graphs`` the default graph is the union of all graphs.
    sparql : str
        The query; the project's usual prefixes are declared when it uses them undeclared.
    accept : str, optional
        The request's ``Accept`` header.
    fmt : str, optional
        The ``format`` request parameter (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``,
        ``jsonld``, ``nt``, or media types separated by commas); it wins over ``accept``.
    max_rows : int
        The largest result sent: more solutions (or triples) give a 422 answer, never a cut one.
    default_graphs, named_graphs : sequence of str
        The protocol's ``default-graph-uri`` and ``named-graph-uri`` parameters.

    Returns
    -------
    Answer
        200 with the result; 400 for a malformed query (with the parser's message), an
        unknown ``format`` or a bad graph IRI; 406 when no acceptable type can express the
        result; 422 when the result is larger than ``max_rows``.

    Examples
    --------
    >>> store = ox.Store()
    >>> answer_update(store, "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> 1 } }").status
    204
    >>> answer_query(store, "SELECT ?o WHERE { ?s ?p ?o }", accept="text/csv").body
    b'o\\r\\n1\\r\\n'
    >>> answer_query(store, "SELECT ?o WHERE { ?s ?p ?o", max_rows=10).status
    400
    """
    options: dict = {}
    try:
        if default_graphs:  # otherwise the store's default graph, which is the union of all graphs
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    except ValueError as exc:
        return text_answer(400, f"bad graph IRI in default-graph-uri or named-graph-uri: {exc}")
    try:
        result = store.query(add_prefixes(sparql), **options)
        if isinstance(result, ox.QueryBoolean):
            media = _choose(accept, fmt, graph=False)
            if isinstance(media, Answer):
                return media
            return Answer(200, result.serialize(format=RESULT_TYPES[media]), _with_charset(media))
        if isinstance(result, ox.QueryTriples):
            return _graph_answer(result, accept, fmt, max_rows)
        return _solutions_answer(result, accept, fmt, max_rows)
    except SyntaxError as exc:
        return text_answer(400, f"malformed SPARQL query: {exc}")
    except (OSError, RuntimeError, ValueError) as exc:
        return text_answer(500, f"the query failed: {exc}")


def _solutions_answer(result: ox.QuerySolutions, accept: str | None, fmt: str | None, max_rows: int) -> Answer:
    media = _choose(accept, fmt, graph=False)
    if isinstance(media, Answer):
        return media
    # TSV has one line per solution (newlines inside literals are escaped) and keeps every term
    # exactly, so counting its lines enforces the limit while the engine streams, and stops it there.
    sink = _RowCounter(max_rows + 1)
    try:
        result.serialize(sink, format=ox.QueryResultsFormat.TSV)
    except _TooManyRows:
        return _too_many(max_rows, "rows")
    tsv = bytes(sink.data)
    target = RESULT_TYPES[media]
    if target == ox.QueryResultsFormat.TSV:
        return Answer(200, tsv, _with_charset(media))
    parsed = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
    return Answer(200, parsed.serialize(format=target), _with_charset(media))


def _graph_answer(result: ox.QueryTriples, accept: str | None, fmt: str | None, max_rows: int) -> Answer:
    from .triples import PREFIXES

    media = _choose(accept, fmt, graph=True)
    if isinstance(media, Answer):
        return media
    triples = []
    for triple in result:
        triples.append(triple)
        if len(triples) > max_rows:
            return _too_many(max_rows, "triples")
    syntax = GRAPH_TYPES[media]
    prefixes = PREFIXES if syntax in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    try:
        body = ox.serialize(triples, format=syntax, **({"prefixes": prefixes} if prefixes else {}))
    except OSError as exc:
        return text_answer(406, f"{media} cannot express this graph ({exc}); "
                                "accept text/turtle or application/n-triples")
    return Answer(200, body, _with_charset(media))


def _with_charset(media: str) -> str:
    return f"{media}; charset=utf-8" if media.startswith("text/") else media


# The store's default graph is the union of its named graphs, each triple once (see kg.store);
# after an update, this brings it back to that, whatever the update did.
_KEEP_UNION = """DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;
INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"""


def answer_update(store: ox.Store, sparql: str) -> Answer:
    """Run a SPARQL update on a writable store in one transaction: 204, or 400 with the parser's message.

    The same transaction then makes the default graph the union of the named graphs again, so
    that an update of a document's graph shows in queries, as a ``kg build`` would; a triple
    written to the default graph alone does not stay there. This reads the whole store once.

    Examples
    --------
    >>> store = ox.Store()
    >>> answer_update(store, "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> 1 } }").status
    204
    >>> [str(t) for t in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    ['<urn:a> <urn:p> "1"^^<http://www.w3.org/2001/XMLSchema#integer>']
    >>> answer_update(store, "INSERT DATA { <urn:a> }").status
    400
    """
    text = add_prefixes(sparql)
    try:
        try:
            store.update(f"{text}\n;\n{_KEEP_UNION}")
        except SyntaxError:
            # A parse error writes nothing. The update may end with its own ';', which cannot
            # be followed by another; if it fails that way too, it is malformed on its own.
            try:
                store.update(f"{text}\n{_KEEP_UNION}")
            except SyntaxError:
                return text_answer(400, f"malformed SPARQL update: {_own_error(text)}")
        store.flush()
    except (OSError, RuntimeError, ValueError) as exc:
        return text_answer(500, f"the update failed and was rolled back: {exc}")
    return Answer(204, b"")


def _own_error(update: str) -> str:
    """The parser's message for a malformed update alone, with positions in the client's text.

    Only called once the update failed to parse both ways, so it cannot run: the empty store
    that parses it is never written to or asked to load anything.
    """
    try:
        ox.Store().update(update)
    except SyntaxError as exc:
        return str(exc)
    return "it cannot be joined with the update that keeps the default graph the union"
