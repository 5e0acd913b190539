"""Results out of the analysis: centrality written back into the store as RDF, SPARQL results as DataFrames."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import networkx as nx
import pyoxigraph as ox

from ..errors import AnalysisError, QueryError, StoreError
from ..namespace import DIP, graph_iri, measurement_iri
from ..store import query, replace_graph
from .measures import MEASURES, centrality

__all__ = ["save_centrality", "query_frame"]

_INTEGERS = {"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
             "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt"}
_FLOATS = {"decimal", "double", "float"}


def save_centrality(store: ox.Store, graph: nx.Graph, measures: Iterable[str] = MEASURES, *,
                    k: int | None = None, seed: int = 42, computed_on: dt.date | None = None) -> int:
    """Compute ``measures`` on ``graph`` and store them as RDF, replacing the previous analysis graph.

    Each value becomes a ``dip:CentralityMeasurement`` with ``dip:measure``, ``dip:value``,
    ``dip:computedOn`` and, when the graph has a window, ``dip:windowStart``/``dip:windowEnd``, linked
    from its actor by ``dip:centrality``, in the named graph ``id/graph/analysis``. Its IRI comes from
    the actor, measure and window, so the same analysis saved again gets the same IRIs. The previous
    analysis graph is dropped in the same update: the store holds one consistent set of results,
    which SPARQL queries over the store see with the documents' facts. Document graphs are not
    touched, and ``kg build`` leaves the analysis graph as it is (save again after a build).

    Parameters
    ----------
    store : pyoxigraph.Store
        A store opened writable.
    graph : networkx.Graph
        A graph of :mod:`kg.analysis` (its nodes carry ``iri``; ``graph.graph`` the window).
    measures : iterable of str, default all of :data:`~kg.analysis.MEASURES`
        The measures to compute and save.
    k, seed
        As for :func:`~kg.analysis.centrality`.
    computed_on : datetime.date, optional
        The date to record; today by default.

    Returns
    -------
    int
        The number of measurements written.

    Raises
    ------
    AnalysisError
        As :func:`~kg.analysis.centrality`, or a node without an ``iri`` attribute.
    StoreError
        The store is read-only or the update fails; the store is then left as it was.
    """
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, XSD

    since, until = graph.graph.get("since"), graph.graph.get("until")
    day = Literal((computed_on or dt.date.today()).isoformat(), datatype=XSD.date)
    common = [f"{DIP.computedOn.n3()} {day.n3()}"]
    if since:
        common.append(f"{DIP.windowStart.n3()} {Literal(since, datatype=XSD.date).n3()}")
    if until:
        common.append(f"{DIP.windowEnd.n3()} {Literal(until, datatype=XSD.date).n3()}")
    lines = []
    for measure in dict.fromkeys(measures):
        for node, value in centrality(graph, measure, k=k, seed=seed).items():
            actor = graph.nodes[node].get("iri")
            if not actor:
                raise AnalysisError(f"node {node!r} has no 'iri' attribute; save a graph made by kg.analysis")
            m = measurement_iri(actor, measure, since, until).n3()
            props = [f"{RDF.type.n3()} {DIP.CentralityMeasurement.n3()}",
                     f"{DIP.measure.n3()} {Literal(measure).n3()}",
                     f"{DIP.value.n3()} {Literal(value, datatype=XSD.double).n3()}", *common]
            lines.append(f"{URIRef(actor).n3()} {DIP.centrality.n3()} {m} .\n{m} " + " ;\n  ".join(props) + " .")
    try:
        replace_graph(store, str(graph_iri("analysis")), "\n".join(lines))
    except StoreError as exc:
        raise StoreError(f"cannot save the centrality results: {exc}; open the store writable") from None
    return len(lines)


def query_frame(store: ox.Store, sparql: str):
    """A SELECT query's results as a ``pandas.DataFrame``, one column per variable.

    IRIs and literals become their values as strings, except numeric and boolean literals, which
    become Python numbers and booleans; unbound values become None. The usual prefixes are declared
    as for ``kg query``.

    Raises
    ------
    QueryError
        Malformed SPARQL, or a query other than SELECT.
    AnalysisError
        pandas is not installed.
    """
    try:
        import pandas as pd
    except ImportError:
        raise AnalysisError("pandas is not installed; pip install 'bilateral-kg[notebooks]'") from None
    result = query(store, sparql)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("query_frame needs a SELECT query; use kg.query for ASK, CONSTRUCT and DESCRIBE")
    columns = [v.value for v in result.variables]
    return pd.DataFrame([[_python(row[c]) for c in columns] for row in result], columns=columns)


def _python(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        kind = term.datatype.value.rpartition("#")[2]
        try:
            if kind in _INTEGERS:
                return int(term.value)
            if kind in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if kind == "boolean":
            return term.value in ("true", "1")
    return term.value
