"""Time each centrality measure of kg.analysis on a synthetic actor graph (50,000 nodes, 500,000 edges).

The graph is seeded, so every run measures the same graph: a preferential-attachment core
(a few actors take part in most events, as heads of state and big countries do) topped up with
random ties to the exact edge count, with event-like weights (1, 1/2, 1/3, ... from the
multilateral rule). Exact betweenness and closeness would take hours; the script times betweenness
from sampled sources and closeness on a sample of nodes, and extrapolates the exact times.
Prints figures only; asserts nothing.

    .venv/bin/python benchmarks/bench_centrality.py [--nodes N] [--edges M] [--samples K]
"""

from __future__ import annotations

import argparse
import random
import time

import networkx as nx

from kg.analysis import centrality, communities


def actor_graph(nodes: int, edges: int, seed: int = 42) -> nx.Graph:
    """A seeded scale-free graph with exactly ``edges`` edges and actor-like nodes and weights."""
    m = max(1, edges // nodes)
    graph = nx.barabasi_albert_graph(nodes, m, seed=seed)
    rng = random.Random(seed)
    while graph.number_of_edges() < edges:
        u, v = rng.randrange(nodes), rng.randrange(nodes)
        if u != v:
            graph.add_edge(u, v)
    while graph.number_of_edges() > edges:
        graph.remove_edge(*next(iter(graph.edges)))
    kinds = {n: "country" if n < 250 else "organization" if n < 500 else "person" for n in graph}
    names = {n: f"{kinds[n][0]}{n}" for n in graph}
    graph = nx.relabel_nodes(graph, names)
    for node in graph:
        graph.nodes[node]["kind"] = kinds[int(node[1:])]
    for _, _, data in graph.edges(data=True):
        data["weight"] = rng.choice((1.0, 1.0, 1.0, 0.5, 1 / 3, 0.25, 2.0, 3.0))
    return graph


def _timed(label: str, func, note: str = "") -> float:
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    print(f"{label:<34} {elapsed:8.2f} s  {note}".rstrip(), flush=True)
    return elapsed


def _duration(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 60:.1f} min" if seconds >= 60 else f"{seconds:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=50_000)
    parser.add_argument("--edges", type=int, default=500_000)
    parser.add_argument("--samples", type=int, default=100, help="sampled sources for betweenness")
    parser.add_argument("--closeness-nodes", type=int, default=20, help="nodes timed to extrapolate closeness")
    args = parser.parse_args()

    start = time.perf_counter()
    graph = actor_graph(args.nodes, args.edges)
    print(f"synthetic actor graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges "
          f"(built in {time.perf_counter() - start:.1f} s), networkx {nx.__version__}", flush=True)
    for measure in ("degree", "strength", "pagerank", "eigenvector"):
        _timed(measure, lambda m=measure: centrality(graph, m))
    k = args.samples
    took = _timed(f"betweenness, {k} sampled sources", lambda: centrality(graph, "betweenness", k=k))
    print(f"{'betweenness, exact':<34} {'~' + _duration(took * len(graph) / k):>10}  (extrapolated: "
          f"{len(graph):,} sources)", flush=True)
    sample = random.Random(1).sample(sorted(graph), args.closeness_nodes)
    start = time.perf_counter()
    for node in sample:
        nx.closeness_centrality(graph, u=node)
    per_node = (time.perf_counter() - start) / len(sample)
    print(f"{'closeness, exact':<34} {'~' + _duration(per_node * len(graph)):>10}  (extrapolated from "
          f"{len(sample)} nodes, {per_node:.2f} s each)", flush=True)
    _timed("communities (Louvain)", lambda: communities(graph))


if __name__ == "__main__":
    main()
