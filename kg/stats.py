"""Counts over the store: resources by class, events by type and year, documents."""

from __future__ import annotations

import pyoxigraph as ox

__all__ = ["graph_stats"]

_DIP = "https://w3id.org/bilateral-kg/ontology#"


def graph_stats(store: ox.Store) -> dict:
    """Counts of the union graph, as plain data.

    Returns a dict with ``documents``, ``triples``, ``classes`` (local class name -> distinct
    resources) and ``events_by_type_and_year`` (type -> year or ``"undated"`` -> count;
    planned events are counted under ``"<Type> (planned)"``).
    """
    union: dict = {}  # the default graph is the union of all document graphs
    classes = {}
    for row in store.query(f"""SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c .
            FILTER(STRSTARTS(STR(?c), "{_DIP}")) }} GROUP BY ?c ORDER BY ?c""", **union):
        classes[row["c"].value[len(_DIP):]] = int(row["n"].value)
    events: dict[str, dict[str, int]] = {}
    for row in store.query(f"""SELECT ?type ?year ?planned (COUNT(DISTINCT ?e) AS ?n) WHERE {{
            ?e a <{_DIP}Event> , ?t . FILTER(?t != <{_DIP}Event>)
            BIND(STRAFTER(STR(?t), "#") AS ?type)
            OPTIONAL {{ ?e <{_DIP}date> ?d }} BIND(COALESCE(SUBSTR(STR(?d), 1, 4), "undated") AS ?year)
            OPTIONAL {{ ?e <{_DIP}status> ?s }} BIND(BOUND(?s) AS ?planned)
          }} GROUP BY ?type ?year ?planned ORDER BY ?type ?year""", **union):
        kind = row["type"].value + (" (planned)" if row["planned"].value == "true" else "")
        events.setdefault(kind, {})[row["year"].value] = int(row["n"].value)
    documents = next(iter(store.query(
        f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{_DIP}Document> }}", **union)))["n"].value
    triples = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value
    return {"documents": int(documents), "triples": int(triples), "classes": classes,
            "events_by_type_and_year": dict(sorted(events.items()))}
