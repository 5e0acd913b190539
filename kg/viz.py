"""The interactive graph page: one self-contained, offline HTML file built with pyvis and vis-network.

The page shows :func:`kg.analysis.actor_graph`: countries (dots, sized by PageRank in the cooperation
network of :func:`kg.analysis.country_graph`, coloured by region or community), persons (diamonds)
and organisations (squares); a link joins two actors that took part in the same event, its width
grows with the number of events and its colour is the most frequent relation (sanctions in red).
A layout computed here (networkx, fixed seed) replaces vis-network's physics, so the page is
interactive at once and the same store always gives the same bytes.

Safety: every text from the documents travels as JSON data inside a non-executable script element
(``<``, ``>`` and ``&`` escaped) and reaches the page through ``textContent`` or vis-network's plain
text tooltips, never as markup; a Content-Security-Policy admits only the page's own two scripts
(by hash) and forbids every network request.
"""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from .analysis import (EVENT_TYPES, actor_graph, centrality, communities, country_graph, resolve_country,
                       sanction_graph)
from .analysis.graphs import _window_text
from .errors import AnalysisError, KGError
from .files import write_atomic
from .store import query

__all__ = ["COLOR_BY", "graph_html", "graph_page", "GraphPage", "write_html"]

#: What the colour of a country can show.
COLOR_BY = ("region", "community")

_SEED = 42
# (plural, singular, colour, legend note): cooperation in blues and violets, sanctions in red.
_RELATIONS = {
    "Visit": ("Visits", "Visit", "#1f77b4", ""),
    "Meeting": ("Meetings", "Meeting", "#17a2b8", ""),
    "Summit": ("Summits", "Summit", "#7a8cc9", ""),
    "AgreementSigning": ("Agreements", "Agreement signing", "#2c3e8c", ""),
    "Accession": ("Accessions", "Accession", "#8c6bb1", ""),
    "Sanction": ("Sanctions", "Sanction", "#d62728", "the arrow points at the target"),
}
_TYPE_ORDER = {t: i for i, t in enumerate(EVENT_TYPES)}
_REGIONS = {
    "Africa": "#f28e2b", "Americas": "#b07aa1", "Asia": "#edc948", "Europe": "#59a14f",
    "Oceania": "#9c755f", "Antarctica": "#86bcb6",
}
_COMMUNITY_COLORS = ("#59a14f", "#f28e2b", "#b07aa1", "#edc948", "#9c755f", "#ff9da7", "#8cd17d",
                     "#86bcb6", "#f1ce63", "#d4a6c8", "#b6992d", "#499894")
_OTHER = "#bab0ac"
_KINDS = {  # kind -> (plural, singular, vis shape, CSS shape, colour)
    "country": ("Countries", "Country", "dot", "dot", None),
    "person": ("Persons", "Person", "diamond", "diamond", "#a5b1c2"),
    "organization": ("Organisations", "Organisation", "square", "square", "#5c6670"),
}
_DIM_NODE = ("#eceef0", "#d5d9dd")
_DIM_EDGE = "#e4e7ea"
_ACTOR_EDGE = "#c5cbd1"

_EVENTS_SPARQL = """
SELECT ?e (MIN(?t_name) AS ?type) (MIN(STR(?d)) AS ?date) (MIN(?place_label) AS ?place) WHERE {{
  VALUES ?e {{ {events} }}
  ?e a ?t . FILTER(?t != dip:Event && STRSTARTS(STR(?t), STR(dip:)))
  BIND(STRAFTER(STR(?t), "#") AS ?t_name)
  OPTIONAL {{ ?e dip:date ?d }}
  OPTIONAL {{ ?e dip:location/rdfs:label ?place_label }}
}} GROUP BY ?e"""

_ROLES_SPARQL = """
SELECT DISTINCT ?e ?role ?a ?label ?kind WHERE {{
  VALUES ?e {{ {events} }}
  ?e ?role ?a .
  FILTER(?role IN (dip:participant, dip:guest, dip:host, dip:imposedBy, dip:imposedOn, dip:organization))
  ?a a ?kind ; rdfs:label ?label .
  FILTER(?kind IN (dip:Country, dip:Person, dip:Organization))
}}"""

_EVIDENCE_SPARQL = """
SELECT DISTINCT ?e ?quote ?file ?title ?start WHERE {{
  VALUES ?e {{ {events} }}
  ?e dip:evidence ?x . ?x dip:quote ?quote ; dip:document ?d .
  OPTIONAL {{ ?x dip:charStart ?start }}
  OPTIONAL {{ ?d dip:fileName ?file }}
  OPTIONAL {{ ?d dip:title ?title }}
}}"""

_REPRESENTS_SPARQL = "SELECT DISTINCT ?p ?label WHERE { ?p dip:represents ?c . ?c rdfs:label ?label }"


@dataclass(frozen=True, repr=False)
class GraphPage:
    """A graph page that Jupyter shows inline (in a sandboxed iframe); ``html`` is the whole page."""

    html: str

    def __repr__(self) -> str:  # the page itself would fill a notebook's text output
        return f"GraphPage({len(self.html):,} characters)"

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html_lib.escape(self.html, quote=True)}" sandbox="allow-scripts" '
                'title="bilateral-kg graph" style="width:100%;height:720px;border:1px solid #d0d7de"></iframe>')

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the page to ``path`` atomically; see :func:`write_html`."""
        return write_html(self.html, path)


def graph_html(store: ox.Store, *, focus: str | None = None, since: str | None = None,
               until: str | None = None, max_nodes: int = 500, color_by: str = "region",
               title: str | None = None) -> str:
    """The interactive graph page of the store, as one self-contained HTML string.

    Parameters
    ----------
    store : pyoxigraph.Store
        The store to draw.
    focus : str, optional
        A country (ISO3 code, name, alias or demonym) to highlight with its ego network: the
        country and its partners stay in colour, the rest is greyed, and the view opens on them.
    since, until : str, optional
        The time window (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), as in :func:`kg.analysis.actor_graph`;
        undated events are left out once either is given.
    max_nodes : int, default 500
        At most this many actors are drawn: the focal country and its partners first, then the
        highest PageRank in the actor network; the page says what it leaves out.
    color_by : {"region", "community"}, default "region"
        Colour countries by UN region or by Louvain community in the cooperation network.
    title : str, optional
        The page's heading (shown as text).

    Returns
    -------
    str
        The page. The same store and arguments give the same string, byte for byte.

    Raises
    ------
    AnalysisError
        An unknown focal country or one without events in the window, a malformed date, a bad
        ``max_nodes`` or ``color_by``, or a store without events in the window.
    """
    if isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1:
        raise AnalysisError(f"max_nodes must be a whole number >= 1, not {max_nodes!r}")
    if color_by not in COLOR_BY:
        raise AnalysisError(f"unknown colouring {color_by!r}; use one of {', '.join(COLOR_BY)}")
    actors = actor_graph(store, since=since, until=until)
    window = (actors.graph.get("since"), actors.graph.get("until"))
    if len(actors) == 0:
        raise AnalysisError(f"no event that happened{_window_text(*window)} is in the store; "
                            "run 'kg build' first or widen the time window")
    focus_id = _focus_node(focus, actors, window) if focus else None
    cooperation = country_graph(store, since=since, until=until)
    sizes = centrality(cooperation) if len(cooperation) else {}
    groups = communities(cooperation, seed=_SEED) if color_by == "community" and len(cooperation) else {}
    sanctions = sanction_graph(store, since=since, until=until)
    rank = centrality(actors)
    kept = _keep(actors, rank, focus_id, max_nodes)
    shown = actors.subgraph(kept).copy()
    # the events of every link of a drawn actor, drawn or not, so that its panel lists them all
    event_ids = sorted({iri for n in kept for _, _, d in actors.edges(n, data=True) for iri in d["event_iris"]})
    events = _event_details(store, event_ids)
    data = _page_data(actors, shown, events, sizes, groups, sanctions, _represents(store), focus_id,
                      color_by, window)
    data["title"] = title or _default_title(actors, focus_id)
    data["note"] = _left_out_note(actors, rank, kept, focus_id)
    return _render(data)


def graph_page(store: ox.Store, **options: Any) -> GraphPage:
    """:func:`graph_html` wrapped for Jupyter: the last expression of a cell shows the page inline."""
    return GraphPage(graph_html(store, **options))


def write_html(html: str, path: str | os.PathLike[str]) -> Path:
    """Write a page atomically (a temporary file renamed over ``path``) and return the path.

    Raises
    ------
    KGError
        The file cannot be written.
    """
    return write_atomic(path, html)


# ------------------------------------------------------------------------------ choosing nodes
def _focus_node(focus: str, actors: nx.Graph, window: tuple[str | None, str | None]) -> str:
    code = resolve_country(focus)
    if code not in actors:
        raise AnalysisError(f"{focus} ({code}) took part in no event that happened{_window_text(*window)} "
                            "in the store; see 'kg stats' or widen the time window")
    return code


def _keep(actors: nx.Graph, rank: dict[str, float], focus: str | None, max_nodes: int) -> list[str]:
    """The actors to draw: the focal country and its partners first, then by PageRank."""
    first = []
    if focus:
        first = [focus] + sorted(actors.neighbors(focus), key=lambda n: (-rank[n], n))
    chosen = dict.fromkeys(first)
    chosen.update(dict.fromkeys(rank))
    return sorted(list(chosen)[:max_nodes])


def _left_out_note(actors: nx.Graph, rank: dict[str, float], kept: list[str], focus: str | None) -> str:
    if len(kept) == len(actors):
        return ""
    keep = set(kept)
    gone = [n for n in rank if n not in keep]
    kinds = Counter(actors.nodes[n].get("kind") for n in gone)
    parts = [f"{kinds[k]:,} {(_KINDS[k][0] if kinds[k] != 1 else _KINDS[k][1]).lower()}"
             for k in _KINDS if kinds[k]]
    links = sum(1 for u, v in actors.edges() if u not in keep or v not in keep)
    names = ", ".join(actors.nodes[n].get("label", n) for n in gone[:12])
    more = f" and {len(gone) - 12:,} more" if len(gone) > 12 else ""
    how = "the focal country, its partners and then the" if focus else "the"
    return (f"Showing {how} {len(kept):,} most central of {len(actors):,} actors (PageRank in the actor network). "
            f"Left out: {', '.join(parts)} and {links:,} links; most central first: {names}{more}. "
            "Raise --max-nodes (max_nodes) to draw more.")


# ------------------------------------------------------------------------------ event details
def _event_details(store: ox.Store, iris: list[str]) -> dict[str, dict]:
    """Type, date, place, actors by role and evidence (quote, file, title) of each event."""
    details = {iri: {"type": "Event", "date": None, "place": None, "roles": {}, "evidence": []} for iri in iris}
    for chunk in range(0, len(iris), 2000):
        values = " ".join(f"<{iri}>" for iri in iris[chunk:chunk + 2000])
        for row in query(store, _EVENTS_SPARQL.format(events=values)):
            details[row["e"].value].update(
                type=row["type"].value if row["type"] else "Event", date=row["date"].value if row["date"] else None,
                place=row["place"].value if row["place"] else None)
        for row in query(store, _ROLES_SPARQL.format(events=values)):
            roles = details[row["e"].value]["roles"]
            role = row["role"].value.rpartition("#")[2]
            roles.setdefault(role, set()).add((_kind_order(row["kind"].value), row["label"].value))
        for row in query(store, _EVIDENCE_SPARQL.format(events=values)):
            details[row["e"].value]["evidence"].append((
                row["file"].value if row["file"] else "", int(row["start"].value) if row["start"] else 0,
                row["quote"].value, row["title"].value if row["title"] else ""))
    for item in details.values():
        item["evidence"].sort()
        item["who"] = _who(item["type"], item["roles"])
    return details


def _kind_order(kind_iri: str) -> int:
    return ("Country", "Person", "Organization").index(kind_iri.rpartition("#")[2])


def _who(kind: str, roles: dict[str, set]) -> str:
    """Who took part, in words: "Belarus visits China; Alexander Lukashenko, Xi Jinping"."""
    def names(role: str) -> list[str]:
        return [label for _, label in sorted(roles.get(role, ()))]

    if kind == "Sanction" and roles.get("imposedBy") and roles.get("imposedOn"):
        text = f"imposed by {', '.join(names('imposedBy'))} on {', '.join(names('imposedOn'))}"
        named = set(names("imposedBy")) | set(names("imposedOn"))
    elif kind == "Visit" and roles.get("guest") and roles.get("host"):
        text = f"{', '.join(names('guest'))} visits {', '.join(names('host'))}"
        named = set(names("guest")) | set(names("host"))
    else:
        text, named = "", set()
    others = [n for n in names("participant") + names("organization") if n not in named]
    others = list(dict.fromkeys(others))
    return "; ".join(part for part in (text, ", ".join(others)) if part)


# ------------------------------------------------------------------------------ the page data
def _page_data(actors: nx.Graph, shown: nx.Graph, details: dict[str, dict], sizes: dict[str, float],
               groups: dict[str, int], sanctions: nx.DiGraph, represents: dict[str, str], focus: str | None,
               color_by: str, window: tuple[str | None, str | None]) -> dict:
    """Everything the page script needs, as JSON-ready values (vis-network items built with pyvis)."""
    from pyvis.network import Network

    index, events, documents = _event_table(details)
    # directed=True only spares pyvis its quadratic duplicate-edge scan; arrows are set per edge
    net = Network(directed=True)
    palette = _palette(shown, groups, color_by)
    node_info = _add_nodes(net, actors, shown, index, sizes, groups, palette, represents, focus, color_by)
    edge_info = _add_edges(net, actors, shown, index, sanctions, focus)
    nodes, edges, *_ = net.get_network_data()
    present = sorted({e["type"] for e in events}, key=lambda t: (_TYPE_ORDER.get(t, len(_TYPE_ORDER)), t))
    years = sorted({int(e["date"][:4]) for e in events if e["date"] and e["date"][:4].isdigit()})
    kinds = Counter(info["kind"] for info in node_info)
    return {
        "nodes": nodes, "nodeInfo": node_info, "edges": edges, "edgeInfo": edge_info,
        "events": events, "documents": documents,
        "types": [dict(zip(("type", "label", "single", "color", "note"), (t, *_relation(t)))) for t in present],
        "kinds": [{"kind": k, "label": _KINDS[k][0], "shape": _KINDS[k][3], "legend": _kind_legend(k)}
                  for k in _KINDS if kinds[k]],
        "groups": {"title": f"Countries by {color_by}", "items": palette["legend"]},
        "focus": focus,
        "years": [years[0], years[-1]] if years else None,
        "summary": _summary(shown, kinds, len(events), years, window),
        "options": _vis_options(len(shown)),
    }


def _event_table(details: dict[str, dict]) -> tuple[dict[str, int], list[dict], list[dict]]:
    """Events newest first (undated last), their position by IRI, and the documents they quote."""
    order = sorted(details, key=lambda iri: (details[iri]["date"] or "", details[iri]["type"], iri), reverse=True)
    documents: dict[tuple[str, str], int] = {}
    events = []
    for iri in order:
        item = details[iri]
        evidence = [{"quote": quote, "doc": documents.setdefault((file, title), len(documents))}
                    for file, _, quote, title in item["evidence"]]
        events.append({"type": item["type"], "date": item["date"], "place": item["place"],
                       "who": item["who"], "evidence": evidence})
    docs = [{"file": file, "title": title} for file, title in documents]
    return {iri: i for i, iri in enumerate(order)}, events, docs


def _add_nodes(net, actors: nx.Graph, shown: nx.Graph, index: dict[str, int], sizes: dict[str, float],
               groups: dict[str, int], palette: dict, represents: dict[str, str], focus: str | None,
               color_by: str) -> list[dict]:
    positions = _layout(shown)
    ego = set(shown.neighbors(focus)) | {focus} if focus else None
    country_rank = {n: i for i, n in enumerate(sizes, 1)}
    top = max(sizes.values(), default=0.0) or 1.0
    degree_top = max((d for _, d in shown.degree()), default=1) or 1
    info = []
    for node in sorted(shown):
        attrs = actors.nodes[node]
        kind = attrs.get("kind") or "organization"
        if kind == "country":
            value = sizes.get(node, 0.0)
            size = 8 + 28 * math.sqrt(value / top)
            colour = palette["nodes"].get(node, _OTHER)
            facts = [_country_fact(attrs, groups.get(node), color_by),
                     f"PageRank {value:.3f} in the cooperation network, {_ordinal(country_rank[node])} "
                     f"of {len(sizes)} countries" if node in sizes else "no cooperation ties in the window"]
        else:
            size = 7 + 11 * math.sqrt(shown.degree(node) / degree_top)
            colour = _KINDS[kind][4]
            country = represents.get(attrs.get("iri"))
            facts = [_KINDS[kind][1] + (f", represents {country}" if country else "")]
        incident = sorted({index[i] for _, _, d in actors.edges(node, data=True) for i in d["event_iris"]})
        drawn = f" ({shown.degree(node)} drawn)" if shown.degree(node) != actors.degree(node) else ""
        facts.append(f"{len(incident)} events with {actors.degree(node)} other actors{drawn}")
        options = {"x": positions[node][0], "y": positions[node][1], "size": round(size, 1), "borderWidth": 1,
                   "borderWidthSelected": 3, "color": _node_colour(colour, _darker(colour))}
        if ego is not None and node not in ego:
            options.update(color=_node_colour(*_DIM_NODE), font={"color": "#a0a8b0"})
        if node == focus:
            options.update(borderWidth=5, borderWidthSelected=6, size=round(size * 1.25, 1),
                           font={"size": 18, "bold": True}, color=_node_colour(colour, "#1f2328"))
        net.add_node(node, label=attrs["label"], shape=_KINDS[kind][2], **options)
        info.append({"kind": kind, "facts": facts, "events": incident})
    return info


def _add_edges(net, actors: nx.Graph, shown: nx.Graph, index: dict[str, int], sanctions: nx.DiGraph,
               focus: str | None) -> list[dict]:
    info = []
    for a, b in sorted(tuple(sorted(edge)) for edge in shown.edges()):
        attrs = shown.edges[a, b]
        relation = _dominant(attrs["types"])
        between_countries = shown.nodes[a].get("kind") == shown.nodes[b].get("kind") == "country"
        colour = _relation(relation)[2] if between_countries else _ACTOR_EDGE
        source, target, arrows = a, b, ""
        if relation == "Sanction" and between_countries:
            if sanctions.has_edge(b, a) and not sanctions.has_edge(a, b):
                source, target = b, a
            if sanctions.has_edge(source, target) and not sanctions.has_edge(target, source):
                arrows = "to"  # from the side that imposed the sanctions to their target
        if focus is not None and focus not in (a, b):
            colour = _DIM_EDGE
        width = 1.5 + 2.2 * math.log2(attrs["events"]) if between_countries else 1
        net.add_edge(source, target, id=f"{a}--{b}", arrows=arrows, width=round(min(width, 14), 2), color=colour)
        facts = [_types_text(attrs["types"]), _span_text(attrs.get("first"), attrs.get("last"))]
        info.append({"facts": facts, "events": sorted(index[i] for i in attrs["event_iris"])})
    return info


def _layout(graph: nx.Graph) -> dict[str, tuple[int, int]]:
    """Pixel positions: each connected component laid out on its own, then packed in rows.

    networkx's spring layout (fixed seed) per component, so that small components do not push
    the large one into a corner; the same graph always gets the same, rounded, positions.
    """
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    sides = [2 * max(60.0, 90 * math.sqrt(len(c))) for c in components]
    width = max(sides[0], math.sqrt(sum(side * side for side in sides)))
    gap = 60.0
    positions: dict[str, tuple[int, int]] = {}
    x = y = row = 0.0
    for members, side in zip(components, sides):
        if x > 0 and x + side > width:
            x, y, row = 0.0, y + row + gap, 0.0
        for node, (px, py) in _spring(graph.subgraph(members)).items():
            positions[node] = (round(x + side / 2 + px * side / 2), round(y + side / 2 + py * side / 2))
        x, row = x + side + gap, max(row, side)
    return positions


def _spring(component: nx.Graph) -> dict[str, tuple[float, float]]:
    """networkx's spring layout of one component in [-1, 1], with a fixed seed."""
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(component))
    ordered.add_edges_from(sorted(tuple(sorted(e)) for e in component.edges()))
    if len(ordered) == 1:
        return {n: (0.0, 0.0) for n in ordered}
    # networkx switches to its energy solver at 500 nodes; fewer of its steps keep large pages quick
    iterations = 50 if len(ordered) < 500 else max(12, 10_000 // len(ordered))
    pos = nx.spring_layout(ordered, k=1.6 / math.sqrt(len(ordered)), seed=_SEED, iterations=iterations)
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}


def _palette(shown: nx.Graph, groups: dict[str, int], color_by: str) -> dict:
    """Colour of each country drawn, and the legend's entries."""
    countries = [n for n, d in shown.nodes(data=True) if d.get("kind") == "country"]
    if color_by == "region":
        present = sorted({shown.nodes[n].get("region") or "" for n in countries})
        colours = {n: _REGIONS.get(shown.nodes[n].get("region") or "", _OTHER) for n in countries}
        legend = [{"label": r or "no region", "color": _REGIONS.get(r, _OTHER)} for r in present]
        return {"nodes": colours, "legend": legend}
    drawn = {n: c for n, c in groups.items() if n in shown}
    sizes = Counter(drawn.values())
    colours, legend = {}, []
    for community in sorted(sizes):
        members = sorted((n for n, c in drawn.items() if c == community),
                         key=lambda n: (-shown.nodes[n].get("events", 0), n))
        colour = _COMMUNITY_COLORS[community] if community < len(_COMMUNITY_COLORS) else _OTHER
        colours.update(dict.fromkeys(members, colour))
        if community < len(_COMMUNITY_COLORS):
            names = ", ".join(shown.nodes[n]["label"] for n in members[:3])
            legend.append({"label": f"{community + 1}: {names}{', …' if len(members) > 3 else ''}",
                           "color": colour})
    if any(c >= len(_COMMUNITY_COLORS) for c in sizes) or len(drawn) < len(countries):
        legend.append({"label": "smaller communities, or no cooperation ties", "color": _OTHER})
    return {"nodes": colours, "legend": legend}


def _represents(store: ox.Store) -> dict[str, str]:
    """Person IRI -> the labels of the countries the person represents."""
    found: dict[str, set[str]] = {}
    for row in query(store, _REPRESENTS_SPARQL):
        found.setdefault(row["p"].value, set()).add(row["label"].value)
    return {iri: ", ".join(sorted(labels)) for iri, labels in found.items()}


def _vis_options(size: int) -> dict:
    large = size > 800
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": _SEED},
        "interaction": {"hover": not large, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "multiselect": False, "navigationButtons": False},
        "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3,
                           "strokeColor": "#ffffff", "color": "#1f2328"}},
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 0.5,
                  "arrows": {"to": {"scaleFactor": 0.6}}},
    }


# ------------------------------------------------------------------------------ texts
def _relation(kind: str) -> tuple[str, str, str, str]:
    return _RELATIONS.get(kind, (kind, kind, "#8c959f", ""))


def _dominant(types: dict[str, int]) -> str:
    """The most frequent event type of a link; ties go to the first in EVENT_TYPES order."""
    return min(types, key=lambda t: (-types[t], _TYPE_ORDER.get(t, len(_TYPE_ORDER)), t))


def _types_text(types: dict[str, int]) -> str:
    total = sum(types.values())
    parts = sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))
    return f"{total} {'event' if total == 1 else 'events'}: " + ", ".join(
        f"{n} {(_relation(t)[1] if n == 1 else _relation(t)[0]).lower()}" for t, n in parts)


def _span_text(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    return f"on {first}" if first == last else f"from {first} to {last}"


def _country_fact(attrs: dict, community: int | None, color_by: str) -> str:
    text = f"Country, {attrs.get('region') or 'no region'}"
    if color_by == "community":
        text += f", community {community + 1}" if community is not None else ", no cooperation ties"
    return text


def _kind_legend(kind: str) -> str:
    if kind == "country":
        return "Country, sized by PageRank among countries"
    return f"{_KINDS[kind][1]}, sized by its links on the page"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _summary(shown: nx.Graph, kinds: Counter, n_events: int, years: list[int],
             window: tuple[str | None, str | None]) -> str:
    parts = [f"{kinds[k]:,} {(_KINDS[k][0] if kinds[k] != 1 else _KINDS[k][1]).lower()}" for k in _KINDS if kinds[k]]
    text = f"{', '.join(parts)}; {shown.number_of_edges():,} links; {n_events:,} events"
    if years:
        text += f", {years[0]}" + (f"–{years[-1]}" if years[-1] != years[0] else "")
    if window != (None, None):
        text += f" (window{_window_text(*window)})"
    return text


def _default_title(actors: nx.Graph, focus: str | None) -> str:
    if focus:
        return f"{actors.nodes[focus]['label']} and its partners"
    return "Diplomatic relations"


def _node_colour(fill: str, border: str) -> dict:
    """A vis-network colour that stays the same when selected or hovered (only the border widens)."""
    return {"background": fill, "border": border, "highlight": {"background": fill, "border": "#1f2328"},
            "hover": {"background": fill, "border": "#1f2328"}}


def _darker(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.7) for c in (r, g, b)))


# ------------------------------------------------------------------------------ the HTML
def _render(data: dict) -> str:
    vis_js, vis_css = _vis_assets()
    page = resources.files("kg") / "page"
    page_js = (page / "graph.js").read_text(encoding="utf-8")
    page_css = (page / "graph.css").read_text(encoding="utf-8")
    for name, text in (("vis-network.min.js", vis_js), ("graph.js", page_js)):
        if re.search(r"</script", text, re.I):
            raise KGError(f"{name} contains '</script' and cannot be inlined")
    scripts = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'"
                       for s in (vis_js, page_js))
    csp = f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
    parts = {"csp": csp, "vis_css": vis_css, "page_css": page_css, "data": _json_for_html(data),
             "vis_js": vis_js, "page_js": page_js}
    template = (page / "graph.html").read_text(encoding="utf-8")
    pieces = re.split(r"\{\{(\w+)\}\}", template)
    return "".join(parts[p] if i % 2 else p for i, p in enumerate(pieces))


def _json_for_html(data: dict) -> str:
    """JSON that cannot end its script element or open markup: ``<``, ``>``, ``&`` as ``\\u`` escapes."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS as shipped by pyvis (the newest version it bundles)."""
    lib = resources.files("pyvis") / "templates" / "lib"
    found = sorted((p for p in lib.iterdir() if p.name.startswith("vis-") and p.is_dir()),
                   key=lambda p: _version(p.name))
    for folder in reversed(found):
        js, css = folder / "vis-network.min.js", folder / "vis-network.css"
        if js.is_file() and css.is_file():
            return js.read_text(encoding="utf-8"), _without_images(css.read_text(encoding="utf-8"))
    raise KGError("pyvis's bundled vis-network (templates/lib/vis-*/vis-network.min.js) is missing; "
                  "reinstall pyvis: pip install --force-reinstall 'pyvis>=0.3.2'")


def _without_images(css: str) -> str:
    """vis-network's style rules minus those drawing images: the icons of the navigation buttons and
    the editing toolbar, which the page turns off (206 kB of data: URLs that slow the first drawing)."""
    if "@" in css or "/*" in css:  # a layout this simple rule splitter does not know: keep it whole
        return css
    return "}".join(rule for rule in css.split("}") if "url(" not in rule)


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", name))


