"""Partner centrality: the store projected into networkx graphs, centrality measures, partners over time.

Every graph is read from the store by SPARQL, so it reflects whatever documents were built. Planned
events (``dip:status dip:Planned``) are left out everywhere: only what the texts say happened counts.

Nodes are ISO3 codes for countries (``"BLR"``) and the rest of the IRI after ``id/`` for persons and
organisations (``"person/xi-jinping"``, ``"org/SCO"``), with the attributes ``iri``, ``label``,
``kind`` (country, person, organization) and ``events`` (how many of the graph's events the actor took
part in); countries also have ``iso3`` and ``region``. Every edge has ``weight``, ``events`` (distinct
events), ``types`` (event type -> count), ``first`` and ``last`` (the dates of the earliest and latest
dated events, as precisely as the texts give them, or None) and ``event_iris`` (sorted).

The multilateral rule
    An event of n > 2 countries (a summit, a trilateral meeting) adds ``w / (n - 1)`` to each of its
    n(n - 1)/2 pairs, where w is the weight of its type: every participant's strength grows by exactly
    w, as it does from a bilateral visit. A 20-country summit therefore gives each pair 1/19 of a state
    visit, and each country the same total as one visit. ``share_multilateral=False`` gives every pair
    the full w instead. The edge attribute ``events`` counts the event once for each pair.

Weights
    ``weights`` maps event types to the weight of one event (1 for each type by default, so that a
    weight counts events); a type missing from ``weights`` keeps 1, a type given 0 is left out.
    ``GOLDSTEIN_WEIGHTS`` is a ready-made alternative: the Goldstein cooperation intensity of the
    CAMEO code each class carries in the ontology (``dip:cameoCode``).

Time windows
    ``since`` and ``until`` take ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``since`` means its first day
    and ``until`` its last (``until="2023"`` is up to 2023-12-31). An event counts when the first day of
    its date lies in the window (an event dated 2023-02 counts from 2023-02-01). Undated events are left
    out whenever a window is given, and from the per-year series.
"""

from .graphs import (EVENT_TYPES, GOLDSTEIN_WEIGHTS, INTERACTION_TYPES, actor_graph, country_graph,
                     sanction_graph, visit_graph)
from .measures import MEASURES, centrality, centrality_table, communities
from .partnership import Partner, partners, partners_by_year, resolve_country
from .results import query_frame, save_centrality

__all__ = [
    "INTERACTION_TYPES", "EVENT_TYPES", "GOLDSTEIN_WEIGHTS", "MEASURES",
    "country_graph", "visit_graph", "sanction_graph", "actor_graph",
    "centrality", "communities", "centrality_table",
    "Partner", "partners", "partners_by_year", "resolve_country",
    "save_centrality", "query_frame",
]
