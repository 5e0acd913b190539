"""Centrality measures and communities of a graph, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from scipy.sparse.linalg import ArpackNoConvergence

from ..errors import AnalysisError
from .graphs import _empty_message

__all__ = ["MEASURES", "centrality", "communities", "centrality_table"]

#: The measures :func:`centrality` computes.
MEASURES = ("degree", "strength", "pagerank", "betweenness", "eigenvector", "closeness")

#: From this many nodes on, eigenvector centrality of a connected graph uses scipy's sparse eigensolver
#: (ARPACK), ten times faster than power iteration on large graphs; below, power iteration is fast and
#: reproducible to the last digit.
_EIGENSOLVER_MIN_NODES = 5000


def centrality(graph: nx.Graph, measure: str = "pagerank", *, k: int | None = None, seed: int = 42,
               max_iter: int = 1000) -> dict[str, float]:
    """One centrality measure of every node, highest first.

    ``degree`` is the share of the other nodes a node is tied to (networkx's degree centrality);
    ``strength`` the sum of its edge weights; ``pagerank`` and ``eigenvector`` follow the weights;
    ``betweenness`` and ``closeness`` count hops, since weights are tie strengths, not distances.
    Eigenvector centrality is computed by power iteration, or by scipy's eigensolver on connected
    graphs of 5,000 nodes or more (ten times faster there).
    On a disconnected graph closeness is scaled by the size of each node's component
    (Wasserman-Faust) and eigenvector centrality concentrates on the strongest component (the
    others get values near zero). On a directed graph without cycles (one-way visits only)
    eigenvector centrality is zero everywhere, and asking for it raises.

    Parameters
    ----------
    graph : networkx.Graph or networkx.DiGraph
        A graph of :mod:`kg.analysis`, or any graph (a missing ``weight`` counts as 1).
    measure : str, default "pagerank"
        One of :data:`MEASURES`.
    k : int, optional
        For betweenness: the number of sampled source nodes, an estimate much faster on large
        graphs; exact when None or when ``k`` is at least the number of nodes.
    seed : int, default 42
        The seed of the sample, so that sampled values are reproducible.
    max_iter : int, default 1000
        Iterations allowed to pagerank and eigenvector before they give up.

    Returns
    -------
    dict
        Node -> value, in decreasing order of value (ties by node).

    Raises
    ------
    AnalysisError
        An unknown measure, an empty graph, a bad ``k``, eigenvector centrality of a directed graph
        without cycles, or no convergence within ``max_iter``.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.Graph([("BLR", "RUS", {"weight": 2.0}), ("BLR", "CHN", {"weight": 1.0})])
    >>> centrality(g, "strength")
    {'BLR': 3.0, 'RUS': 2.0, 'CHN': 1.0}
    >>> centrality(g, "betweenness")
    {'BLR': 1.0, 'CHN': 0.0, 'RUS': 0.0}
    """
    if measure not in MEASURES:
        raise AnalysisError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")
    if len(graph) == 0:
        raise AnalysisError(_empty_message(graph))
    if k is not None and k < 1:
        raise AnalysisError(f"betweenness needs k >= 1 sampled nodes, not {k}")
    if measure == "eigenvector" and graph.is_directed() and nx.is_directed_acyclic_graph(graph):
        raise AnalysisError("eigenvector centrality is zero everywhere on a directed graph without cycles; "
                            "use pagerank, or the undirected country graph")
    try:
        if measure == "degree":
            values = nx.degree_centrality(graph)
        elif measure == "strength":
            values = dict(graph.degree(weight="weight"))
        elif measure == "pagerank":
            values = nx.pagerank(graph, weight="weight", max_iter=max_iter)
        elif measure == "eigenvector":
            values = _eigenvector(graph, max_iter)
        elif measure == "closeness":
            values = nx.closeness_centrality(graph)
        else:
            sample = k if k is not None and k < len(graph) else None
            values = nx.betweenness_centrality(graph, k=sample, seed=seed)
    except (nx.PowerIterationFailedConvergence, ArpackNoConvergence):
        raise AnalysisError(f"{measure} did not converge within {max_iter} iterations; raise max_iter") from None
    return dict(sorted(((node, float(v)) for node, v in values.items()), key=lambda kv: (-kv[1], kv[0])))


def _eigenvector(graph: nx.Graph, max_iter: int) -> dict:
    connected = nx.is_strongly_connected(graph) if graph.is_directed() else nx.is_connected(graph)
    if len(graph) >= _EIGENSOLVER_MIN_NODES and connected:
        return nx.eigenvector_centrality_numpy(graph, weight="weight", max_iter=max_iter)
    return nx.eigenvector_centrality(graph, weight="weight", max_iter=max_iter)


def communities(graph: nx.Graph, *, seed: int = 42) -> dict[str, int]:
    """Weighted Louvain communities, numbered from 0 for the largest; the same seed, the same result.

    Communities of equal size are ordered by their smallest node; an isolated node is a community
    of its own.

    Raises
    ------
    AnalysisError
        The graph is empty.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.Graph([("A", "B"), ("B", "C"), ("A", "C"), ("X", "Y")])
    >>> communities(g)
    {'A': 0, 'B': 0, 'C': 0, 'X': 1, 'Y': 1}
    """
    if len(graph) == 0:
        raise AnalysisError(_empty_message(graph))
    groups = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    ordered = sorted((sorted(group) for group in groups), key=lambda group: (-len(group), group[0]))
    return dict(sorted((node, number) for number, group in enumerate(ordered) for node in group))


def centrality_table(graph: nx.Graph, measures: Iterable[str] = MEASURES, *, k: int | None = None,
                     seed: int = 42, with_communities: bool = False) -> list[dict]:
    """Several measures side by side: one row per node, ranked by the first measure.

    Each row holds ``rank``, ``id``, ``label``, ``kind``, one value per measure and, with
    ``with_communities``, the node's Louvain ``community``; ``pandas.DataFrame(rows)`` makes a table
    of it.

    Raises
    ------
    AnalysisError
        No measure named, or as :func:`centrality`.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.Graph([("BLR", "RUS"), ("BLR", "CHN")])
    >>> [(row["rank"], row["id"], row["degree"]) for row in centrality_table(g, ["degree"])]
    [(1, 'BLR', 1.0), (2, 'CHN', 0.5), (3, 'RUS', 0.5)]
    """
    measures = list(dict.fromkeys(measures))
    if not measures:
        raise AnalysisError(f"name at least one measure: {', '.join(MEASURES)}")
    values = {m: centrality(graph, m, k=k, seed=seed) for m in measures}
    groups = communities(graph, seed=seed) if with_communities else {}
    rows = []
    for rank, node in enumerate(values[measures[0]], 1):
        data = graph.nodes[node]
        row = {"rank": rank, "id": node, "label": data.get("label", node), "kind": data.get("kind")}
        row.update({m: values[m][node] for m in measures})
        if with_communities:
            row["community"] = groups[node]
        rows.append(row)
    return rows
