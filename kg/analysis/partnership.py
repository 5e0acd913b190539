"""A focal country's partners: ranked by tie strength, in a time window or year by year."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

import networkx as nx
import pyoxigraph as ox

from ..errors import AnalysisError
from .graphs import (INTERACTION_TYPES, Window, _actors, _participation, _type_text, _undirected, _weights,
                     _window, _window_text, country_graph)
from .measures import centrality

__all__ = ["Partner", "partners", "partners_by_year", "resolve_country"]


@dataclass(frozen=True)
class Partner:
    """One partner of a focal country in a time window (or in one year of it).

    Attributes
    ----------
    rank : int
        1 for the strongest tie.
    iso3, label : str
        The partner.
    weight : float
        The tie strength: the weight of the edge in :func:`~kg.analysis.country_graph`.
    share : float
        ``weight`` over the focal country's strength: the partner's part of the focal country's
        interactions (the shares of all partners add up to 1).
    events : int
        Distinct events the two took part in.
    types : dict
        Those events by type.
    first, last : str or None
        Dates of the earliest and latest dated ones, as precisely as the texts give them.
    centrality : float
        The partner's own PageRank in the whole country graph of the window (or year).
    year : str or None
        The year, in :func:`partners_by_year` rows.
    """

    rank: int
    iso3: str
    label: str
    weight: float
    share: float
    events: int
    types: dict[str, int]
    first: str | None
    last: str | None
    centrality: float
    year: str | None = None


def resolve_country(name: str) -> str:
    """The ISO3 code of a country given by code, name, alias or demonym.

    Raises
    ------
    AnalysisError
        The gazetteer (``kg/data/countries.csv``) knows no such country.

    Examples
    --------
    >>> resolve_country("Belarusian"), resolve_country("blr"), resolve_country("Burma")
    ('BLR', 'BLR', 'MMR')
    """
    from ..extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    text = (name or "").strip()
    code = gaz.country_by_name(text) if text else None
    if code is None and text.lower().startswith("the "):
        code = gaz.country_by_name(text[4:])
    if code is None:
        raise AnalysisError(f"unknown country {name!r}; give an ISO 3166 alpha-3 code (BLR) or a country's "
                            "name, alias or demonym (Belarus, Belarusian)")
    return code


def partners(store: ox.Store, country: str, *, since: str | None = None, until: str | None = None,
             weights: Mapping[str, float] | None = None, share_multilateral: bool = True) -> list[Partner]:
    """A country's partners in :func:`~kg.analysis.country_graph`, strongest tie first.

    Parameters
    ----------
    store : pyoxigraph.Store
        The store to read.
    country : str
        ISO3 code, name, alias or demonym (``"BLR"``, ``"Belarus"``, ``"Belarusian"``).
    since, until, weights, share_multilateral
        As for :func:`~kg.analysis.country_graph`.

    Returns
    -------
    list of Partner
        Ranked by weight, then events, then name. Empty when the country took part only in events
        where no other country is named (a summit reported with its host alone).

    Raises
    ------
    AnalysisError
        An unknown country, one that took part in no event of the window, or a malformed date or
        weight.
    """
    code = resolve_country(country)
    graph = country_graph(store, since=since, until=until, weights=weights, share_multilateral=share_multilateral)
    if code not in graph:
        raise AnalysisError(_absent_message(code, (graph.graph["since"], graph.graph["until"]),
                                            graph.graph["weights"]))
    return _partners_in(graph, code)


def partners_by_year(store: ox.Store, country: str, *, since: str | None = None, until: str | None = None,
                     weights: Mapping[str, float] | None = None,
                     share_multilateral: bool = True) -> list[Partner]:
    """A country's partners year by year: :func:`partners` in each calendar year's country graph.

    Rows are ordered by year, then rank, and carry their ``year``, so that a partnership's rise or
    fall shows in its rank, weight or share from one year to the next (``centrality`` is the
    partner's PageRank in that year's graph). Undated events are left out; a year in which the
    country took part in no event has no rows.

    Raises
    ------
    AnalysisError
        An unknown country, one that took part in no dated event of the window, or a malformed date
        or weight.
    """
    code = resolve_country(country)
    window = _window(since, until)
    chosen = _weights(weights, INTERACTION_TYPES)
    events = [e for e in _participation(store, chosen, ("Country",), "dip:participant", window) if e.day]
    actors = _actors(store)
    rows: list[Partner] = []
    present = False
    for year in sorted({e.day[:4] for e in events}):
        start, end = f"{year}-01-01", f"{year}-12-31"
        year_window = (max(start, window[0] or start), min(end, window[1] or end))
        graph = _undirected("countries", [e for e in events if e.day[:4] == year], actors, chosen,
                            share_multilateral, year_window)
        if code in graph:
            present = True
            rows.extend(_partners_in(graph, code, year))
    if not present:
        raise AnalysisError(_absent_message(code, window, chosen, dated=True))
    return rows


def _partners_in(graph: nx.Graph, code: str, year: str | None = None) -> list[Partner]:
    strength = graph.degree(code, weight="weight")
    scores = centrality(graph, "pagerank")
    rows = []
    for other in graph.neighbors(code):
        data = graph.edges[code, other]
        rows.append(Partner(0, other, graph.nodes[other]["label"], data["weight"],
                            data["weight"] / strength if strength else 0.0, data["events"], dict(data["types"]),
                            data["first"], data["last"], scores[other], year))
    rows.sort(key=lambda p: (-p.weight, -p.events, p.label))
    return [replace(p, rank=rank) for rank, p in enumerate(rows, 1)]


def _absent_message(code: str, window: Window, types: Iterable[str], *, dated: bool = False) -> str:
    from ..extract.gazetteer import load_gazetteer

    country = load_gazetteer().countries.get(code)
    label = f"{country.name} ({code})" if country else code
    return (f"{label} took part in no {'dated ' if dated else ''}{_type_text(types)}{_window_text(*window)} "
            "in the store; see 'kg stats' or widen the time window")
