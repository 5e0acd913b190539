"""Projections of the store into networkx graphs: countries, visits, sanctions and actors."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations

import networkx as nx
import pyoxigraph as ox

from ..errors import AnalysisError
from ..namespace import DIP, ID
from ..store import query

__all__ = [
    "INTERACTION_TYPES", "EVENT_TYPES", "GOLDSTEIN_WEIGHTS",
    "country_graph", "visit_graph", "sanction_graph", "actor_graph",
]

#: The event types that tie two countries in :func:`country_graph`.
INTERACTION_TYPES = ("Visit", "Meeting", "AgreementSigning", "Summit")
#: Every event type of the ontology: the types of :func:`actor_graph`.
EVENT_TYPES = (*INTERACTION_TYPES, "Accession", "Sanction")
#: Goldstein (1992) intensity of the CAMEO code of each class: 042 make a visit 1.9, 040 consult 1.0,
#: 057 sign formal agreement 8.0, 044 meet at a "third" location 2.5.
GOLDSTEIN_WEIGHTS = {"Visit": 1.9, "Meeting": 1.0, "AgreementSigning": 8.0, "Summit": 2.5}

Window = tuple[str | None, str | None]

_COUNTRY_PREFIX = f"{ID}country/"
_KINDS = {str(DIP.Country): "country", str(DIP.Person): "person", str(DIP.Organization): "organization"}
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_NAMES = {"Visit": "visit", "Meeting": "meeting", "AgreementSigning": "agreement signing",
          "Summit": "summit", "Accession": "accession", "Sanction": "sanction"}

_PARTICIPATION = """
SELECT DISTINCT ?e ?t ?date ?a WHERE {{
  VALUES ?t {{ {types} }}
  VALUES ?kind {{ {kinds} }}
  ?e a ?t ; {roles} ?a .
  ?a a ?kind .
  FILTER NOT EXISTS {{ ?e dip:status dip:Planned }}
  OPTIONAL {{ ?e dip:date ?date }}
}}"""

_DIRECTED = """
SELECT DISTINCT ?e ?t ?date ?source ?target WHERE {{
  VALUES ?t {{ {types} }}
  ?e a ?t ; {source} ?source ; {target} ?target .
  FILTER(?source != ?target)
  FILTER NOT EXISTS {{ ?e dip:status dip:Planned }}
  OPTIONAL {{ ?e dip:date ?date }}
}}"""

_ACTORS = """
SELECT ?a ?kind ?label ?iso ?region WHERE {
  VALUES ?kind { dip:Country dip:Person dip:Organization }
  ?a a ?kind .
  OPTIONAL { ?a rdfs:label ?label }
  OPTIONAL { ?a dip:iso3 ?iso }
  OPTIONAL { ?a dip:region ?region }
}"""


@dataclass(frozen=True)
class _Event:
    """An event as a projection needs it; ``ties`` holds actors, or (source, target) pairs when directed."""

    iri: str
    type: str
    date: str | None
    day: str | None
    ties: frozenset


def country_graph(store: ox.Store, *, since: str | None = None, until: str | None = None,
                  weights: Mapping[str, float] | None = None, share_multilateral: bool = True) -> nx.Graph:
    """The undirected country interaction graph.

    Two countries are joined when they took part in the same visit, meeting, agreement signing or
    summit; the weight follows the event types' ``weights`` and the multilateral rule (see
    :mod:`kg.analysis`).

    Parameters
    ----------
    store : pyoxigraph.Store
        The store to read.
    since, until : str, optional
        The time window, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; undated events are left out once
        either is given.
    weights : mapping, optional
        Weight of one event of each type of :data:`INTERACTION_TYPES` (1 when missing, 0 leaves the
        type out), for instance :data:`GOLDSTEIN_WEIGHTS`.
    share_multilateral : bool, default True
        Share an event of n countries among its pairs (``w / (n - 1)`` each) rather than giving every
        pair the full weight.

    Returns
    -------
    networkx.Graph
        Nodes are ISO3 codes; ``graph.graph`` holds ``name``, ``since`` and ``until`` (the window as
        days, or None), ``weights`` and ``share_multilateral``.

    Raises
    ------
    AnalysisError
        A malformed date or weight.
    """
    window = _window(since, until)
    chosen = _weights(weights, INTERACTION_TYPES)
    events = _participation(store, chosen, ("Country",), "dip:participant", window)
    return _undirected("countries", events, _actors(store), chosen, share_multilateral, window)


def actor_graph(store: ox.Store, *, since: str | None = None, until: str | None = None,
                weights: Mapping[str, float] | None = None, share_multilateral: bool = True) -> nx.Graph:
    """The undirected graph of countries, persons and organisations taking part in the same event.

    Every event type counts (:data:`EVENT_TYPES`, weight 1 each unless ``weights`` says otherwise);
    the actors of an event are its participants, the imposers and targets of a sanction and the
    organisation of a summit or accession, and the multilateral rule applies to all of them. The
    parameters are those of :func:`country_graph`; the node attribute ``kind`` tells countries,
    persons and organisations apart.
    """
    window = _window(since, until)
    chosen = _weights(weights, EVENT_TYPES)
    roles = "dip:participant|dip:imposedBy|dip:imposedOn|dip:organization"
    events = _participation(store, chosen, ("Country", "Person", "Organization"), roles, window)
    return _undirected("actors", events, _actors(store), chosen, share_multilateral, window)


def visit_graph(store: ox.Store, *, since: str | None = None, until: str | None = None) -> nx.DiGraph:
    """The directed graph of visits: an edge guest -> host whose weight counts the visits.

    ``since`` and ``until`` as for :func:`country_graph`.
    """
    window = _window(since, until)
    events = _directed(store, "Visit", "dip:guest", "dip:host", window)
    return _directed_graph("visits", events, _actors(store), window)


def sanction_graph(store: ox.Store, *, since: str | None = None, until: str | None = None) -> nx.DiGraph:
    """The directed graph of sanctions: an edge imposer -> target whose weight counts the sanctions.

    Imposers may be organisations (node ``"org/EU"``). ``since`` and ``until`` as for
    :func:`country_graph`.
    """
    window = _window(since, until)
    events = _directed(store, "Sanction", "dip:imposedBy", "dip:imposedOn", window)
    return _directed_graph("sanctions", events, _actors(store), window)


# ------------------------------------------------------------------ reading the store
def _participation(store: ox.Store, weights: Mapping[str, float], kinds: tuple[str, ...], roles: str,
                   window: Window) -> list[_Event]:
    """The events of the weighted types, each with the actors of ``kinds`` in ``roles``."""
    if not weights:
        return []
    sparql = _PARTICIPATION.format(types=_values(weights), kinds=_values(kinds), roles=roles)
    rows = ((r["e"].value, r["t"].value, r["date"], _node_id(r["a"].value)) for r in query(store, sparql))
    return _group(rows, window)


def _directed(store: ox.Store, kind: str, source: str, target: str, window: Window) -> list[_Event]:
    sparql = _DIRECTED.format(types=_values([kind]), source=source, target=target)
    rows = ((r["e"].value, r["t"].value, r["date"], (_node_id(r["source"].value), _node_id(r["target"].value)))
            for r in query(store, sparql))
    return _group(rows, window)


def _group(rows: Iterator[tuple], window: Window) -> list[_Event]:
    """Rows (event, type, date, tie) as events in IRI order, each dated by its earliest date."""
    grouped: dict[str, tuple[set, set, set]] = {}
    for iri, kind, date, tie in rows:
        types, dates, ties = grouped.setdefault(iri, (set(), set(), set()))
        types.add(kind.rpartition("#")[2])
        day = _day(date.value) if date is not None else None
        if day:
            dates.add((day, date.value))
        ties.add(tie)
    events = []
    for iri in sorted(grouped):
        types, dates, ties = grouped[iri]
        day, date = min(dates) if dates else (None, None)
        if _in_window(day, window):
            events.append(_Event(iri, min(types), date, day, frozenset(ties)))
    return events


def _actors(store: ox.Store) -> dict[str, dict]:
    """Node id -> attributes (``iri``, ``label``, ``kind``; ``iso3`` and ``region`` for countries)."""
    actors: dict[str, dict] = {}
    for row in query(store, _ACTORS):
        iri = row["a"].value
        kind = _KINDS[row["kind"].value]
        node = _node_id(iri)
        data = actors.setdefault(node, {"iri": iri, "label": None, "kind": kind})
        label = row["label"].value if row["label"] else None
        if label and (data["label"] is None or label < data["label"]):
            data["label"] = label
        if kind == "country":
            data["iso3"] = row["iso"].value if row["iso"] else data.get("iso3", node)
            data["region"] = row["region"].value if row["region"] else data.get("region")
    for node, data in actors.items():
        data["label"] = data["label"] or node
    return actors


def _node_id(iri: str) -> str:
    if iri.startswith(_COUNTRY_PREFIX):
        return iri[len(_COUNTRY_PREFIX):]
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


def _values(types: Iterable[str]) -> str:
    return " ".join(f"dip:{t}" for t in types)


# ------------------------------------------------------------------ building graphs
def _undirected(name: str, events: list[_Event], actors: dict[str, dict], weights: Mapping[str, float],
                share: bool, window: Window) -> nx.Graph:
    graph = nx.Graph(name=name, since=window[0], until=window[1], weights=dict(weights),
                     share_multilateral=share)
    for event in events:
        members = sorted(event.ties)
        for node in members:
            _add_node(graph, node, actors)
        if len(members) > 1:
            weight = weights[event.type] / (len(members) - 1) if share else weights[event.type]
            for u, v in combinations(members, 2):
                _tie(graph, u, v, event, weight)
    _sort_types(graph)
    return graph


def _directed_graph(name: str, events: list[_Event], actors: dict[str, dict], window: Window) -> nx.DiGraph:
    graph = nx.DiGraph(name=name, since=window[0], until=window[1])
    for event in events:
        for node in sorted({node for pair in event.ties for node in pair}):
            _add_node(graph, node, actors)
        for source, target in sorted(event.ties):
            _tie(graph, source, target, event, 1.0)
    _sort_types(graph)
    return graph


def _add_node(graph: nx.Graph, node: str, actors: dict[str, dict]) -> None:
    """Add ``node`` with its attributes if new, and count one more event for it."""
    if node not in graph:
        data = actors.get(node) or {"iri": str(ID) + node, "label": node, "kind": None}
        graph.add_node(node, **data, events=0)
    graph.nodes[node]["events"] += 1


def _tie(graph: nx.Graph, u: str, v: str, event: _Event, weight: float) -> None:
    if not graph.has_edge(u, v):
        graph.add_edge(u, v, weight=0.0, events=0, types={}, first=None, last=None, event_iris=[])
    data = graph.edges[u, v]
    data["weight"] += weight
    data["events"] += 1
    data["types"][event.type] = data["types"].get(event.type, 0) + 1
    data["event_iris"].append(event.iri)
    if event.day:
        if data["first"] is None or event.day < _day(data["first"]):
            data["first"] = event.date
        if data["last"] is None or event.day > _day(data["last"]):
            data["last"] = event.date


def _sort_types(graph: nx.Graph) -> None:
    for _, _, data in graph.edges(data=True):
        data["types"] = dict(sorted(data["types"].items()))


# ------------------------------------------------------------------ windows, weights, messages
def _window(since: str | None, until: str | None) -> Window:
    """The window as (first day, last day), either None when open."""
    start = _bound("since", since, end=False)
    end = _bound("until", until, end=True)
    if start and end and start > end:
        raise AnalysisError(f"since {since} is after until {until}; swap them")
    return start, end


def _bound(name: str, value: str | None, *, end: bool) -> str | None:
    """A window bound as a day: the first day of ``since``'s period, the last of ``until``'s."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    match = _DATE.fullmatch(text)
    try:
        if not match:
            raise ValueError(text)
        year, month, day = int(match[1]), match[2], match[3]
        if day:
            return dt.date(year, int(month), int(day)).isoformat()
        if not end:
            return dt.date(year, int(month or 1), 1).isoformat()
        last_month = int(month or 12)
        after = dt.date(year + last_month // 12, last_month % 12 + 1, 1)
        return (after - dt.timedelta(days=1)).isoformat()
    except ValueError:
        raise AnalysisError(f"{name} {text!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from None


def _weights(weights: Mapping[str, float] | None, allowed: tuple[str, ...]) -> dict[str, float]:
    """Every allowed type's weight (1 unless given), without the types weighted 0."""
    chosen = dict.fromkeys(allowed, 1.0)
    for kind, value in (weights or {}).items():
        if kind not in allowed:
            raise AnalysisError(f"unknown event type {kind!r} in weights; use {', '.join(allowed)}")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            raise AnalysisError(f"the weight of {kind} must be a number >= 0, not {value!r}")
        chosen[kind] = float(value)
    return {kind: w for kind, w in chosen.items() if w > 0}


def _day(date: str | None) -> str | None:
    """The first day of an xsd:date, xsd:gYearMonth or xsd:gYear value (``2023-02`` -> ``2023-02-01``)."""
    match = _DATE.match(date or "")
    return f"{match[1]}-{match[2] or '01'}-{match[3] or '01'}" if match else None


def _in_window(day: str | None, window: Window) -> bool:
    if window == (None, None):
        return True
    return day is not None and (window[0] or day) <= day <= (window[1] or day)


def _window_text(since: str | None, until: str | None) -> str:
    if since and until:
        return f" between {since} and {until}"
    if since:
        return f" since {since}"
    return f" until {until}" if until else ""


def _type_text(types: Iterable[str]) -> str:
    """``visit, meeting or summit``."""
    names = [_NAMES.get(t, t) for t in types] or ["event"]
    return " or ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]


def _empty_message(graph: nx.Graph) -> str:
    name = graph.graph.get("name", "")
    what = {"visits": "visit", "sanctions": "sanction"}.get(name) or _type_text(graph.graph.get("weights", ()))
    window = _window_text(graph.graph.get("since"), graph.graph.get("until"))
    return (f"the {name + ' ' if name else ''}graph is empty: no {what} that happened{window} is in the store; "
            "build more documents or widen the time window")
