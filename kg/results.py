"""Formatting of query results and statistics for the terminal and for files."""

from __future__ import annotations

import io
import json

import pyoxigraph as ox

__all__ = ["format_result", "format_table", "format_stats", "term_text"]


def term_text(term) -> str:
    """A term as a person reads it: IRIs and literal values without syntax."""
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def format_table(header: list[str], rows: list[list[str]]) -> str:
    """Columns aligned for a terminal, with a rule under the header."""
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines) + "\n"


def format_result(result, fmt: str = "table") -> str:
    """Render a pyoxigraph query result as table, csv, tsv or json.

    SELECT gives rows; ASK gives ``true``/``false`` (a JSON boolean result with json);
    CONSTRUCT and DESCRIBE give Turtle (N-Triples with csv/tsv, JSON-LD-free).
    """
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result)}) + "\n"
        return ("true" if result else "false") + "\n"
    if isinstance(result, ox.QueryTriples):
        syntax = ox.RdfFormat.TURTLE if fmt in ("table", "json") else ox.RdfFormat.N_TRIPLES
        triples = sorted(result, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        return ox.serialize(triples, format=syntax).decode("utf-8")
    variables = [v.value for v in result.variables]
    if fmt in ("csv", "tsv", "json"):
        syntax = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                  "json": ox.QueryResultsFormat.JSON}[fmt]
        out = result.serialize(format=syntax)
        text = out.decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    rows = [[term_text(solution[v]) for v in variables] for solution in result]
    return format_table(variables, rows) + f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n"


def format_stats(stats: dict, fmt: str = "table") -> str:
    """Render :func:`kg.stats.graph_stats` output."""
    if fmt == "json":
        return json.dumps(stats, indent=2, sort_keys=True) + "\n"
    out = io.StringIO()
    out.write(f"documents: {stats['documents']}   triples: {stats['triples']}\n\n")
    out.write(format_table(["class", "count"], [[k, str(v)] for k, v in stats["classes"].items()]))
    out.write("\n")
    years = sorted({y for counts in stats["events_by_type_and_year"].values() for y in counts})
    header = ["event type", *years, "total"]
    rows = []
    for kind, counts in stats["events_by_type_and_year"].items():
        rows.append([kind, *(str(counts.get(y, 0)) for y in years), str(sum(counts.values()))])
    out.write(format_table(header, rows))
    return out.getvalue()
