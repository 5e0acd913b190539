"""The embedded store: a persistent Oxigraph database, one named graph per document.

Each document's facts are one named graph (so a document can be replaced or forgotten), and the
default graph holds their union, each triple once, so that queries count every fact once even when
several documents state it. Writes go through pyoxigraph (fast, transactional); a whole build is
one SPARQL update, so an interrupted build leaves the previous graph as it was.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import DocumentError, QueryError, StoreError

__all__ = [
    "DEFAULT_STORE", "store_path", "open_store", "BuildReport", "build", "forget", "query",
    "export", "EXPORT_FORMATS", "documents", "to_rdflib", "add_prefixes", "replace_graph",
]

DEFAULT_STORE = ".kg/store"
DIP_NS = "https://w3id.org/bilateral-kg/ontology#"
EXPORT_FORMATS = ("ttl", "nt", "trig", "nq", "jsonld")

_PREFIX_LINES = {
    "dip": DIP_NS,
    "id": "https://w3id.org/bilateral-kg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": "http://www.wikidata.org/entity/",
}


def store_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The store directory: ``path``, else ``$KG_STORE``, else ``.kg/store``."""
    return Path(path or os.environ.get("KG_STORE") or DEFAULT_STORE)


def open_store(path: str | os.PathLike[str] | None = None, *, create: bool = True,
               read_only: bool = False) -> ox.Store:
    """Open (or create) the on-disk store."""
    location = store_path(path)
    if not create and not location.exists():
        raise StoreError(f"{location}: no store here yet; run 'kg build' first or pass --store")
    try:
        if read_only:
            return ox.Store.read_only(str(location))
        location.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(location))
    except OSError as exc:
        raise StoreError(f"{location}: cannot open the store ({exc}); is another kg process using it?") from None


def add_prefixes(sparql: str) -> str:
    """Declare the project's usual prefixes that a query uses without declaring."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", sparql, re.I)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in _PREFIX_LINES.items()
             if p not in declared and re.search(rf"(?<![\w<]){p}:", sparql)]
    return "\n".join([*lines, sparql]) if lines else sparql


def query(store: ox.Store, sparql: str):
    """Run a SPARQL query over the union of all graphs (the store's default graph)."""
    try:
        return store.query(add_prefixes(sparql))
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {exc}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from None


@dataclass
class BuildReport:
    """What a build did."""

    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0
    skipped: list[DocumentError] = field(default_factory=list)
    events: Counter = field(default_factory=Counter)
    planned: int = 0
    triples: int = 0


def documents(store: ox.Store) -> dict[str, tuple[str, str]]:
    """Source path -> (graph IRI, sha256) of every stored document."""
    rows = store.query(
        f"SELECT ?g ?path ?sha WHERE {{ GRAPH ?g {{ ?d a <{DIP_NS}Document> ; <{DIP_NS}sourcePath> ?path ; <{DIP_NS}sha256> ?sha }} }}")
    return {r["path"].value: (r["g"].value, r["sha"].value) for r in rows}


def build(store: ox.Store, paths: Iterable[str | os.PathLike[str]],
          progress: Callable[[str], None] | None = None) -> BuildReport:
    """Extract every document under ``paths`` and replace their graphs in one transaction.

    A document whose text did not change is not extracted again; a changed one replaces its
    own graph and nobody else's; bad inputs are reported in ``skipped`` and the rest is built.
    """
    from .documents import iter_documents
    from .extract import extract_document
    from .extract.gazetteer import load_gazetteer
    from .merge import EventIndex
    from .namespace import doc_iri
    from .triples import document_graph

    gaz = load_gazetteer()
    report = BuildReport()
    stored = documents(store)
    index = EventIndex.from_store(store)
    updates: list[str] = []
    seen_graphs: set[str] = set()
    for item in iter_documents(paths):
        if isinstance(item, DocumentError):
            report.skipped.append(item)
            continue
        report.read += 1
        if progress:
            progress(item.source_path)
        key = _source_key(item.source_path)
        sha = item.sha256
        graph = str(doc_iri(sha))
        old = stored.get(key)
        if old and old[1] == sha:
            report.unchanged += 1
            seen_graphs.add(graph)
            continue
        if graph in seen_graphs or (graph in {g for g, _ in stored.values()} and not old):
            report.duplicates += 1
            continue
        seen_graphs.add(graph)
        item = _with_source(item, key)
        extraction = extract_document(item, gaz)
        if old:
            updates.extend(_drop_graph(old[0]))
            index.forget_graph(old[0])
            report.replaced += 1
        else:
            report.added += 1
        g = document_graph(extraction, gaz, resolve=lambda e, _g=graph: index.resolve(e, _g))
        for event in extraction.events:
            report.events[event.type] += 1
            report.planned += event.planned
        lines = "\n".join(sorted(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in g))
        report.triples += len(g)
        updates.append(_insert_graph(graph, lines))
    if updates:
        try:
            store.update(" ;\n".join(updates))
            store.flush()
        except (OSError, SyntaxError, RuntimeError) as exc:
            raise StoreError(f"the store update failed and was rolled back: {exc}") from None
    return report


def _source_key(path: str) -> str:
    """A stable key for a source path: relative to the working directory when inside it."""
    file, _, line = path.partition("#")
    p = Path(file)
    try:
        rel = p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        rel = p.resolve().as_posix()
    return f"{rel}#{line}" if line else rel


def _with_source(document, key: str):
    from dataclasses import replace

    return replace(document, source_path=key)


def _drop_graph(graph: str) -> list[str]:
    """Update operations that remove a named graph and, from the default graph, the triples that
    no other named graph still states."""
    return [f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph}>) }} }}",
            f"DROP SILENT GRAPH <{graph}>"]


def _insert_graph(graph: str, ntriples: str) -> str:
    """An update operation that adds triples to a named graph and to the default graph."""
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}}\n{ntriples}\n}}"


def replace_graph(store: ox.Store, graph: str, ntriples: str) -> None:
    """Replace one named graph (for instance analysis results) in a single transaction, keeping
    the default graph the union of all named graphs."""
    try:
        store.update(" ;\n".join([*_drop_graph(graph), _insert_graph(graph, ntriples)]))
        store.flush()
    except (OSError, SyntaxError, RuntimeError) as exc:
        raise StoreError(f"the store update failed and was rolled back: {exc}") from None


def forget(store: ox.Store, path: str | os.PathLike[str]) -> list[str]:
    """Remove the graphs of the documents built from ``path`` (a file or a folder)."""
    key = _source_key(str(path))
    graphs = documents(store)
    gone = [p for p in graphs if p == key or p.startswith(key.rstrip("/") + "/") or p.startswith(key + "#")]
    if gone:
        store.update(" ;\n".join(op for p in gone for op in _drop_graph(graphs[p][0])))
        store.flush()
    return sorted(gone)


def _sorted_quads(store: ox.Store) -> list[ox.Quad]:
    quads = [q for q in store.quads_for_pattern(None, None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph)]
    return sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def _sorted_triples(store: ox.Store) -> list[ox.Triple]:
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)}
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def export(store: ox.Store, fmt: str = "ttl") -> bytes:
    """The whole graph as bytes, byte-identical for the same store content.

    ``ttl`` and ``nt`` give the union of all document graphs; ``trig`` and ``nq`` keep one
    named graph per document; ``jsonld`` is the union as JSON-LD.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "jsonld":
        graph = to_rdflib(store)
        return graph.serialize(format="json-ld", indent=1, sort_keys=True, auto_compact=True).encode("utf-8")
    if fmt in ("ttl", "nt"):
        fmt_ox = ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.N_TRIPLES
        data = _sorted_triples(store)
    else:
        fmt_ox = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
        data = _sorted_quads(store)
    prefixes = _PREFIX_LINES if fmt in ("ttl", "trig") else None
    return ox.serialize(data, format=fmt_ox, prefixes=prefixes) if prefixes else ox.serialize(data, format=fmt_ox)


def to_rdflib(store: ox.Store):
    """The union of all document graphs as an in-memory ``rdflib.Graph`` (for pyshacl, notebooks)."""
    from rdflib import Graph

    from .triples import bind_prefixes

    graph = bind_prefixes(Graph())
    data = export(store, "nt")
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph

