import csv
import datetime as dt
import doctest
import importlib
import io
import json

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, XSD

from kg.analysis import (GOLDSTEIN_WEIGHTS, MEASURES, Partner, actor_graph, centrality, centrality_table,
                         communities, country_graph, partners, partners_by_year, query_frame, resolve_country,
                         sanction_graph, save_centrality, visit_graph)
from kg.cli import cli
from kg.errors import AnalysisError, QueryError, StoreError
from kg.namespace import DIP, country_iri, doc_iri, event_iri, graph_iri, org_iri, person_iri
from kg.store import replace_graph, open_store, query

# The small world every exact value below is computed by hand from (planned and sanction events
# must not count in the country graph):
#   e0 Visit   BLR -> CHN            2023-02     (gYearMonth)
#   e1 Meeting BLR, RUS              2022-05-10  with Lukashenko and Putin
#   e2 Summit  BLR, RUS, KAZ, KGZ    2023-07     of the SCO: each pair gets 1/3
#   e3 AgreementSigning BLR, RUS     undated
#   e4 Visit   BLR -> OMN            2023-09-01  planned
#   e5 Sanction USA -> BLR           2023-12-05
#   e6 Sanction EU -> BLR            2023-12-05
WORLD = [
    {"type": "Visit", "countries": ["BLR", "CHN"], "guest": "BLR", "host": "CHN", "date": "2023-02"},
    {"type": "Meeting", "countries": ["BLR", "RUS"], "date": "2022-05-10",
     "persons": {"Alexander Lukashenko": "BLR", "Vladimir Putin": "RUS"}},
    {"type": "Summit", "countries": ["BLR", "RUS", "KAZ", "KGZ"], "date": "2023-07", "org": "SCO"},
    {"type": "AgreementSigning", "countries": ["BLR", "RUS"]},
    {"type": "Visit", "countries": ["BLR", "OMN"], "guest": "BLR", "host": "OMN", "date": "2023-09-01",
     "planned": True},
    {"type": "Sanction", "countries": ["USA", "BLR"], "by": "USA", "on": "BLR", "date": "2023-12-05"},
    {"type": "Sanction", "countries": ["BLR"], "by": "EU", "on": "BLR", "date": "2023-12-05"},
]
THIRD = 1 / 3


def _date(value):
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(value)]
    return Literal(value, datatype=datatype)


def _make_store(path, events):
    """A store holding exactly ``events``, written as the extraction writes them (one document graph)."""
    from kg.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    g = Graph()

    def country(code):
        c = country_iri(code)
        g.add((c, RDF.type, DIP.Country))
        g.add((c, DIP.iso3, Literal(code)))
        g.add((c, RDFS.label, Literal(gaz.countries[code].name)))
        g.add((c, DIP.region, Literal(gaz.countries[code].region)))
        return c

    def org(acronym):
        o = org_iri(acronym)
        g.add((o, RDF.type, DIP.Organization))
        g.add((o, RDFS.label, Literal(gaz.organizations[acronym].name)))
        return o

    for i, ev in enumerate(events):
        e = event_iri(f"test-{i}")
        g.add((e, RDF.type, DIP.Event))
        g.add((e, RDF.type, getattr(DIP, ev["type"])))
        for code in ev.get("countries", ()):
            g.add((e, DIP.participant, country(code)))
        for name, code in ev.get("persons", {}).items():
            p = person_iri(name)
            g.add((p, RDF.type, DIP.Person))
            g.add((p, RDFS.label, Literal(name)))
            g.add((p, DIP.represents, country(code)))
            g.add((e, DIP.participant, p))
        if "guest" in ev:
            g.add((e, DIP.guest, country(ev["guest"])))
            g.add((e, DIP.host, country(ev["host"])))
        if "by" in ev:
            g.add((e, DIP.imposedBy, country(ev["by"]) if len(ev["by"]) == 3 else org(ev["by"])))
            g.add((e, DIP.imposedOn, country(ev["on"])))
        if "org" in ev:
            g.add((e, DIP.organization, org(ev["org"])))
            g.add((e, DIP.participant, org(ev["org"])))
        if "date" in ev:
            g.add((e, DIP.date, _date(ev["date"])))
        if ev.get("planned"):
            g.add((e, DIP.status, DIP.Planned))
    store = open_store(path)
    if len(g):
        replace_graph(store, str(doc_iri("0" * 64)), g.serialize(format="nt"))
    return store


@pytest.fixture
def world(tmp_path):
    return _make_store(tmp_path / "world", WORLD)


@pytest.fixture
def world_dir(tmp_path):
    store = _make_store(tmp_path / "world", WORLD)
    del store
    return str(tmp_path / "world")


def _edge(graph, u, v):
    return graph.edges[u, v]


# ------------------------------------------------------------------ projections
def test_country_graph_weights_events_types_and_dates(world):
    g = country_graph(world)
    assert sorted(g.nodes) == ["BLR", "CHN", "KAZ", "KGZ", "RUS"]  # planned OMN and sanctions left out
    assert g.nodes["BLR"] == {"iri": str(country_iri("BLR")), "label": "Belarus", "kind": "country",
                              "iso3": "BLR", "region": "Europe", "events": 4}
    rus = _edge(g, "BLR", "RUS")
    assert rus["weight"] == pytest.approx(2 + THIRD)
    assert rus["events"] == 3
    assert rus["types"] == {"AgreementSigning": 1, "Meeting": 1, "Summit": 1}
    assert (rus["first"], rus["last"]) == ("2022-05-10", "2023-07")
    assert rus["event_iris"] == sorted(str(event_iri(f"test-{i}")) for i in (1, 2, 3))
    chn = _edge(g, "BLR", "CHN")
    assert (chn["weight"], chn["events"], chn["types"], chn["first"], chn["last"]) == (
        1.0, 1, {"Visit": 1}, "2023-02", "2023-02")
    assert _edge(g, "KAZ", "KGZ")["weight"] == pytest.approx(THIRD)
    assert g.graph["since"] is None and g.graph["until"] is None


def test_the_multilateral_rule_gives_each_participant_one_event(world):
    g = country_graph(world)
    # Each participant's strength grows by exactly one from the four-country summit.
    assert g.degree("KAZ", weight="weight") == pytest.approx(1.0)
    assert g.degree("BLR", weight="weight") == pytest.approx(4.0)
    full = country_graph(world, share_multilateral=False)
    assert _edge(full, "BLR", "RUS")["weight"] == 3.0
    assert full.degree("KAZ", weight="weight") == 3.0


def test_weights_per_event_type(world):
    g = country_graph(world, weights=GOLDSTEIN_WEIGHTS)
    assert _edge(g, "BLR", "RUS")["weight"] == pytest.approx(1.0 + 2.5 / 3 + 8.0)
    assert _edge(g, "BLR", "CHN")["weight"] == pytest.approx(1.9)
    without_meetings = country_graph(world, weights={"Meeting": 0})
    assert _edge(without_meetings, "BLR", "RUS")["weight"] == pytest.approx(1 + THIRD)
    assert _edge(without_meetings, "BLR", "RUS")["types"] == {"AgreementSigning": 1, "Summit": 1}
    assert len(country_graph(world, weights=dict.fromkeys(GOLDSTEIN_WEIGHTS, 0))) == 0


@pytest.mark.parametrize("weights, message", [
    ({"Sanction": 1}, "unknown event type 'Sanction' in weights; use Visit, Meeting, AgreementSigning, Summit"),
    ({"Visit": -1}, "the weight of Visit must be a number >= 0, not -1"),
    ({"Visit": "heavy"}, "the weight of Visit must be a number >= 0, not 'heavy'"),
    ({"Visit": float("nan")}, "the weight of Visit must be a number >= 0, not nan"),
])
def test_bad_weights(world, weights, message):
    with pytest.raises(AnalysisError) as info:
        country_graph(world, weights=weights)
    assert str(info.value) == message


def test_time_windows(world):
    in_2023 = country_graph(world, since="2023", until="2023")
    assert (in_2023.graph["since"], in_2023.graph["until"]) == ("2023-01-01", "2023-12-31")
    rus = _edge(in_2023, "BLR", "RUS")  # the 2022 meeting and the undated signing are out
    assert (rus["weight"], rus["events"], rus["types"]) == (pytest.approx(THIRD), 1, {"Summit": 1})
    to_february = country_graph(world, until="2023-02")  # up to 2023-02-28: the visit dated 2023-02 is in
    assert to_february.graph["until"] == "2023-02-28"
    assert sorted(to_february.edges) == [("BLR", "CHN"), ("BLR", "RUS")]
    # An event counts from the first day of its date: 2023-02 is 2023-02-01, before the 15th.
    assert "CHN" not in country_graph(world, since="2023-02-15")
    assert "CHN" in country_graph(world, since="2023-02-01")
    assert country_graph(world, until="2024-02").graph["until"] == "2024-02-29"


@pytest.mark.parametrize("since, until, message", [
    ("2023-13", None, "since '2023-13' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
    (None, "last year", "until 'last year' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
    (None, "2023-02-30", "until '2023-02-30' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2024", "2023", "since 2024 is after until 2023; swap them"),
])
def test_bad_windows(world, since, until, message):
    with pytest.raises(AnalysisError) as info:
        country_graph(world, since=since, until=until)
    assert str(info.value) == message


def test_visit_and_sanction_graphs_are_directed(world):
    visits = visit_graph(world)
    assert visits.is_directed()
    assert list(visits.edges) == [("BLR", "CHN")]  # the planned visit to Oman is left out
    assert _edge(visits, "BLR", "CHN")["weight"] == 1.0
    sanctions = sanction_graph(world)
    assert sorted(sanctions.edges) == [("USA", "BLR"), ("org/EU", "BLR")]
    assert sanctions.nodes["org/EU"]["kind"] == "organization"
    assert sanctions.nodes["org/EU"]["label"] == "European Union"
    assert sanctions.nodes["BLR"]["events"] == 2
    assert centrality(sanctions, "pagerank")["BLR"] > 0.5


def test_actor_graph_has_persons_and_organisations(world):
    g = actor_graph(world)
    kinds = nx.get_node_attributes(g, "kind")
    assert kinds["person/alexander-lukashenko"] == "person"
    assert kinds["org/SCO"] == "organization" and kinds["org/EU"] == "organization"
    assert kinds["BLR"] == "country"
    # The meeting has four actors (two countries, two persons): each pair gets 1/3.
    assert _edge(g, "person/alexander-lukashenko", "person/vladimir-putin")["weight"] == pytest.approx(THIRD)
    # Sanctions count in the actor graph: USA and the EU are tied to Belarus.
    assert g.has_edge("USA", "BLR") and g.has_edge("org/EU", "BLR")
    assert "OMN" not in g


def test_an_empty_store_gives_empty_graphs_and_clear_errors(tmp_path):
    store = _make_store(tmp_path / "empty", [])
    for project in (country_graph, actor_graph, visit_graph, sanction_graph):
        assert len(project(store)) == 0
    with pytest.raises(AnalysisError) as info:
        centrality(country_graph(store, since="2020"))
    assert str(info.value) == ("the countries graph is empty: no visit, meeting, agreement signing or summit "
                               "that happened since 2020-01-01 is in the store; build more documents or widen "
                               "the time window")
    with pytest.raises(AnalysisError, match="the visits graph is empty: no visit that happened"):
        communities(visit_graph(store))
    with pytest.raises(AnalysisError, match="graph is empty"):
        centrality(nx.Graph(), "degree")


# ------------------------------------------------------------------ measures
STAR = nx.Graph([("c", "a"), ("c", "b"), ("c", "d")])
PATH = nx.Graph([("a", "b"), ("b", "c")])


def test_hand_computed_measures():
    # degree: neighbours / (n - 1)
    assert centrality(STAR, "degree") == {"c": 1.0, "a": 1 / 3, "b": 1 / 3, "d": 1 / 3}
    # pagerank of a star (d = 0.85): c = 0.0375 + 2.55 l, l = 0.0375 + 0.85 c / 3 -> c = 0.133125 / 0.2775
    pr = centrality(STAR, "pagerank")
    assert pr["c"] == pytest.approx(0.133125 / 0.2775, abs=1e-5)
    assert pr["a"] == pytest.approx((1 - 0.133125 / 0.2775) / 3, abs=1e-5)
    # eigenvector of K(1,3): eigenvalue sqrt(3), centre sqrt(3) times a leaf, unit length
    ev = centrality(STAR, "eigenvector")
    assert ev["c"] == pytest.approx(3 ** 0.5 / 6 ** 0.5, abs=1e-4)
    assert ev["a"] == pytest.approx(1 / 6 ** 0.5, abs=1e-4)
    # betweenness of a path: only b lies between a and c; closeness: 2 / (sum of distances)
    assert centrality(PATH, "betweenness") == {"b": 1.0, "a": 0.0, "c": 0.0}
    assert centrality(PATH, "closeness") == pytest.approx({"b": 1.0, "a": 2 / 3, "c": 2 / 3})
    weighted = nx.Graph([("a", "b", {"weight": 2.5}), ("b", "c", {"weight": 0.5})])
    assert centrality(weighted, "strength") == {"b": 3.0, "a": 2.5, "c": 0.5}


def test_measures_on_the_world_graph(world):
    g = country_graph(world)
    assert centrality(g, "strength") == pytest.approx(
        {"BLR": 4.0, "RUS": 3.0, "CHN": 1.0, "KAZ": 1.0, "KGZ": 1.0})
    assert list(centrality(g, "strength"))[:2] == ["BLR", "RUS"]
    # BLR alone links CHN to the others: it lies on the 3 shortest paths CHN-RUS, CHN-KAZ, CHN-KGZ,
    # out of the (5-1)(5-2)/2 = 6 pairs it is not part of.
    assert centrality(g, "betweenness")["BLR"] == pytest.approx(3 / 6)
    assert centrality(g, "degree")["BLR"] == 1.0
    assert sum(centrality(g, "pagerank").values()) == pytest.approx(1.0)


def test_disconnected_graph():
    g = nx.Graph([("A", "B"), ("C", "D"), ("D", "E")])
    # Wasserman-Faust: (s - 1) / sum of distances * (s - 1) / (n - 1), s the component's size
    assert centrality(g, "closeness") == pytest.approx({"D": 0.5, "C": 2 / 3 * 2 / 4, "E": 2 / 3 * 2 / 4,
                                                         "A": 0.25, "B": 0.25})
    assert centrality(g, "betweenness")["D"] == pytest.approx(1 / 6)
    ev = centrality(g, "eigenvector")
    assert list(ev)[0] == "D" and ev["A"] < 1e-3 and ev["B"] < 1e-3  # the stronger component takes it all
    assert communities(g) == {"A": 1, "B": 1, "C": 0, "D": 0, "E": 0}
    assert sum(centrality(g, "pagerank").values()) == pytest.approx(1.0)


def test_sampled_betweenness_is_reproducible_and_exact_when_k_covers_the_graph():
    g = nx.barabasi_albert_graph(60, 2, seed=1)
    g = nx.relabel_nodes(g, {n: f"n{n:02d}" for n in g})
    exact = centrality(g, "betweenness")
    assert centrality(g, "betweenness", k=60) == exact == centrality(g, "betweenness", k=1000)
    sampled = centrality(g, "betweenness", k=10, seed=7)
    assert sampled == centrality(g, "betweenness", k=10, seed=7)
    assert sampled != exact
    with pytest.raises(AnalysisError, match="betweenness needs k >= 1 sampled nodes, not 0"):
        centrality(g, "betweenness", k=0)


def test_non_convergence_and_unknown_measure():
    with pytest.raises(AnalysisError) as info:
        centrality(STAR, "pagerank", max_iter=1)
    assert str(info.value) == "pagerank did not converge within 1 iterations; raise max_iter"
    with pytest.raises(AnalysisError, match="eigenvector did not converge within 2 iterations"):
        centrality(nx.path_graph(30), "eigenvector", max_iter=2)
    with pytest.raises(AnalysisError) as info:
        centrality(nx.DiGraph([("BLR", "CHN"), ("BLR", "KAZ")]), "eigenvector")
    assert "zero everywhere on a directed graph without cycles; use pagerank" in str(info.value)
    with pytest.raises(AnalysisError) as info:
        centrality(STAR, "fame")
    assert str(info.value) == ("unknown measure 'fame'; use one of degree, strength, pagerank, betweenness, "
                               "eigenvector, closeness")


def test_large_connected_graphs_use_the_eigensolver_with_the_same_result(monkeypatch):
    import kg.analysis.measures as measures

    g = nx.relabel_nodes(nx.barabasi_albert_graph(300, 3, seed=2), str)
    power = centrality(g, "eigenvector")
    monkeypatch.setattr(measures, "_EIGENSOLVER_MIN_NODES", 100)
    solver = centrality(g, "eigenvector")
    assert solver == pytest.approx(power, abs=1e-4)
    assert list(solver)[:5] == list(power)[:5]
    # A disconnected graph keeps power iteration: the solver could pick either of two equal components.
    monkeypatch.setattr(nx, "eigenvector_centrality_numpy", None)
    twins = centrality(nx.disjoint_union(g, g), "eigenvector")
    assert twins[0] == pytest.approx(twins[300]) and twins[0] > 0.01


def test_communities_are_deterministic():
    g = nx.connected_caveman_graph(4, 5)
    first = communities(g, seed=3)
    assert first == communities(g, seed=3)
    assert sorted(set(first.values())) == [0, 1, 2, 3]
    assert list(first.values()).count(0) == 5


def test_centrality_table(world):
    rows = centrality_table(country_graph(world), ["strength", "degree"], with_communities=True)
    assert [r["id"] for r in rows][:2] == ["BLR", "RUS"]
    assert rows[0] == {"rank": 1, "id": "BLR", "label": "Belarus", "kind": "country", "strength": 4.0,
                       "degree": 1.0, "community": rows[0]["community"]}
    assert set(MEASURES) <= set(centrality_table(STAR)[0])
    with pytest.raises(AnalysisError, match="name at least one measure"):
        centrality_table(STAR, [])


# ------------------------------------------------------------------ partners
def test_partners_hand_computed(world):
    found = partners(world, "Belarus")
    assert [(p.rank, p.iso3) for p in found] == [(1, "RUS"), (2, "CHN"), (3, "KAZ"), (4, "KGZ")]
    rus = found[0]
    assert rus.label == "Russia" and rus.year is None
    assert rus.weight == pytest.approx(2 + THIRD) and rus.share == pytest.approx((2 + THIRD) / 4)
    assert (rus.events, rus.types, rus.first, rus.last) == (
        3, {"AgreementSigning": 1, "Meeting": 1, "Summit": 1}, "2022-05-10", "2023-07")
    assert rus.centrality == pytest.approx(centrality(country_graph(world))["RUS"])
    assert sum(p.share for p in found) == pytest.approx(1.0)
    # Kazakhstan and Kyrgyzstan tie on weight and events: by name.
    assert found[2].weight == found[3].weight == pytest.approx(THIRD)
    assert [p.iso3 for p in partners(world, "RUS")] == ["BLR", "KAZ", "KGZ"]


def test_partners_in_a_window_and_by_year(world):
    assert [p.iso3 for p in partners(world, "BLR", since="2023")] == ["CHN", "KAZ", "KGZ", "RUS"]
    series = partners_by_year(world, "BLR")
    assert [(p.year, p.rank, p.iso3) for p in series] == [
        ("2022", 1, "RUS"), ("2023", 1, "CHN"), ("2023", 2, "KAZ"), ("2023", 3, "KGZ"), ("2023", 4, "RUS")]
    assert series[0].share == 1.0 and series[0].weight == 1.0
    assert series[1].share == pytest.approx(0.5) and series[4].share == pytest.approx(1 / 6)
    assert [p.year for p in partners_by_year(world, "BLR", since="2023-03")] == ["2023"] * 3


def test_partner_errors(world, tmp_path):
    with pytest.raises(AnalysisError) as info:
        partners(world, "Narnia")
    assert str(info.value) == ("unknown country 'Narnia'; give an ISO 3166 alpha-3 code (BLR) or a country's "
                               "name, alias or demonym (Belarus, Belarusian)")
    with pytest.raises(AnalysisError) as info:
        partners(world, "Oman")  # only a planned visit
    assert str(info.value) == ("Oman (OMN) took part in no visit, meeting, agreement signing or summit in the "
                               "store; see 'kg stats' or widen the time window")
    with pytest.raises(AnalysisError) as info:
        partners(world, "BLR", since="2030")
    assert "Belarus (BLR) took part in no visit" in str(info.value) and "since 2030-01-01" in str(info.value)
    with pytest.raises(AnalysisError, match=r"^Belarus \(BLR\) took part in no dated visit"):
        partners_by_year(world, "BLR", until="2021")
    alone = _make_store(tmp_path / "alone", [{"type": "Summit", "countries": ["BLR"], "date": "2023"}])
    assert partners(alone, "BLR") == []  # documented: in the graph, but no partner named


@pytest.mark.parametrize("name", ["BLR", "blr", "Belarus", "belarus", " Belarusian "])
def test_resolve_country(name):
    assert resolve_country(name) == "BLR"


def test_resolve_country_strips_the_article_and_rejects_the_unknown():
    assert resolve_country("the Netherlands") == "NLD"
    for bad in ("", "Atlantis", "XXX"):
        with pytest.raises(AnalysisError, match="unknown country"):
            resolve_country(bad)


# ------------------------------------------------------------------ write-back and frames
def test_save_centrality_writes_rdf_and_replaces_it(world):
    g = country_graph(world, since="2022", until="2023-06")
    count = save_centrality(world, g, ["pagerank", "degree"], computed_on=dt.date(2024, 1, 2))
    assert count == 2 * len(g) == 6
    rows = list(query(world, """
        SELECT ?iso ?measure ?value ?start ?end ?on WHERE { GRAPH id:graph\\/analysis {
          ?c dip:centrality ?m . ?m a dip:CentralityMeasurement ; dip:measure ?measure ; dip:value ?value ;
             dip:windowStart ?start ; dip:windowEnd ?end ; dip:computedOn ?on } ?c dip:iso3 ?iso }
        ORDER BY ?measure ?iso"""))
    assert [(r["iso"].value, r["measure"].value) for r in rows] == [
        ("BLR", "degree"), ("CHN", "degree"), ("RUS", "degree"),
        ("BLR", "pagerank"), ("CHN", "pagerank"), ("RUS", "pagerank")]
    assert float(rows[0]["value"].value) == 1.0
    assert {(r["start"].value, r["end"].value, r["on"].value) for r in rows} == {
        ("2022-01-01", "2023-06-30", "2024-01-02")}
    assert rows[0]["value"].datatype.value == str(XSD.double)
    # Saving again replaces the analysis graph: no duplicates, and the document graph is untouched.
    save_centrality(world, country_graph(world), ["strength"])
    measures = {r["m"].value for r in query(world, "SELECT DISTINCT ?m WHERE { ?x dip:measure ?m }")}
    assert measures == {"strength"}
    assert len(country_graph(world)) == 5
    measure = ox.NamedNode(str(DIP.measure))
    named = {q.graph_name.value for q in world.quads_for_pattern(None, measure, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert named == {str(graph_iri("analysis"))}  # and the default graph holds the union


def test_save_centrality_errors(world_dir):
    read_only = open_store(world_dir, read_only=True)
    with pytest.raises(StoreError, match="cannot save the centrality results"):
        save_centrality(read_only, country_graph(read_only))
    with pytest.raises(AnalysisError, match="node 'x' has no 'iri' attribute"):
        save_centrality(read_only, nx.Graph([("x", "y")]))


def test_query_frame(world):
    frame = query_frame(world, """SELECT ?iso ?n ?date ?missing WHERE {
        { SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dip:participant ?c } GROUP BY ?c }
        ?c dip:iso3 ?iso . OPTIONAL { ?e dip:participant ?c ; dip:date ?date FILTER(?date = "2022-05-10"^^xsd:date) }
        OPTIONAL { ?c dip:nothing ?missing } } ORDER BY ?iso""")
    assert list(frame.columns) == ["iso", "n", "date", "missing"]
    blr = frame[frame["iso"] == "BLR"].iloc[0]
    assert blr["n"] == 7 and isinstance(blr["n"].item(), int)
    assert blr["date"] == "2022-05-10" and blr["missing"] is None
    with pytest.raises(QueryError, match="query_frame needs a SELECT query"):
        query_frame(world, "ASK { ?s ?p ?o }")


# ------------------------------------------------------------------ end to end, seeds, docs
def test_partners_from_an_extracted_article(tmp_path, article):
    from kg.store import build

    text = ("Kenyan President William Ruto arrived in Addis Ababa on Thursday for a two-day state visit "
            "to Ethiopia.\n")
    store = open_store(tmp_path / "s")
    build(store, [article(text, "visit.txt", published="2024-03-08")])
    assert list(visit_graph(store).edges) == [("KEN", "ETH")]
    [partner] = partners(store, "Kenya")
    assert (partner.iso3, partner.events, partner.types, partner.share) == ("ETH", 1, {"Visit": 1}, 1.0)


def test_belarus_partners_on_the_seeds(seed_store):
    found = partners(seed_store, "Belarus")
    names = {p.label for p in found}
    assert {"China", "Russia", "Myanmar", "Oman", "Kazakhstan"} <= names
    assert all(isinstance(p, Partner) and p.events >= 1 and p.weight > 0 for p in found)
    assert sum(p.share for p in found) == pytest.approx(1.0)
    assert [p.rank for p in found] == list(range(1, len(found) + 1))
    assert "BLR" not in {p.iso3 for p in found}
    # Sanctions are not partnerships: the sanction graph holds them instead.
    assert "USA" in sanction_graph(seed_store)


def test_the_seeds_graphs(seed_store):
    g = country_graph(seed_store)
    assert list(centrality(g, "strength"))[0] == "BLR"
    for measure in MEASURES:
        assert set(centrality(g, measure)) == set(g)
    assert set(communities(g)) == set(g)
    assert visit_graph(seed_store).has_edge("BLR", "CHN")
    kinds = set(nx.get_node_attributes(actor_graph(seed_store), "kind").values())
    assert kinds == {"country", "person", "organization"}


def test_docstring_examples_run():
    attempted = 0
    for name in ("graphs", "measures", "partnership", "results"):
        module = importlib.import_module(f"kg.analysis.{name}")
        failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert failures == 0, module.__name__
        attempted += tried
    assert attempted >= 6


# ------------------------------------------------------------------ CLI
def test_cli_partners(runner, world_dir):
    result = runner.invoke(cli, ["partners", "Belarusian", "--store", world_dir])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["rank", "iso3", "partner", "weight", "share", "events", "types", "first", "last",
                                "pagerank"]
    assert lines[2].split()[:8] == ["1", "RUS", "Russia", "2.333", "58.3%", "3", "AgreementSigning", "1,"]
    assert "2022-05-10  2023-07" in lines[2]
    assert lines[-1] == "(4 rows)"

    result = runner.invoke(cli, ["partners", "BLR", "--store", world_dir, "--format", "csv", "--since", "2023"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["iso3"] for r in rows] == ["CHN", "KAZ", "KGZ", "RUS"]
    assert rows[0]["types"] == "Visit 1" and float(rows[0]["share"]) == pytest.approx(0.5)

    result = runner.invoke(cli, ["partners", "BLR", "--store", world_dir, "--format", "json", "--by-year"])
    data = json.loads(result.output)
    assert [(r["year"], r["iso3"]) for r in data][:2] == [("2022", "RUS"), ("2023", "CHN")]
    assert data[0]["types"] == {"Meeting": 1}


def test_cli_partners_errors(runner, world_dir, tmp_path):
    result = runner.invoke(cli, ["partners", "Narnia", "--store", world_dir])
    assert result.exit_code == 1
    assert result.output == ("Error: unknown country 'Narnia'; give an ISO 3166 alpha-3 code (BLR) or a "
                             "country's name, alias or demonym (Belarus, Belarusian)\n")
    result = runner.invoke(cli, ["partners", "Oman", "--store", world_dir])
    assert result.exit_code == 1 and result.output.startswith("Error: Oman (OMN) took part in no visit")
    result = runner.invoke(cli, ["partners", "BLR", "--store", world_dir, "--until", "2023-02-30"])
    assert result.output == "Error: until '2023-02-30' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD\n"
    result = runner.invoke(cli, ["partners", "BLR", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no store here yet" in result.output


def test_cli_centrality(runner, world_dir):
    result = runner.invoke(cli, ["centrality", "--measure", "strength", "--top", "2", "--store", world_dir])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "rank  id   label    kind     strength",
        "----  ---  -------  -------  --------",
        "1     BLR  Belarus  country  4",
        "2     RUS  Russia   country  3",
        "(2 rows)",
    ]
    result = runner.invoke(cli, ["centrality", "--graph", "sanctions", "--format", "json", "--top", "0",
                                 "--store", world_dir])
    data = json.loads(result.output)
    assert data[0]["id"] == "BLR" and {r["id"] for r in data} == {"BLR", "USA", "org/EU"}
    result = runner.invoke(cli, ["centrality", "--measure", "betweenness", "--samples", "2", "--format", "csv",
                                 "--store", world_dir])
    assert result.exit_code == 0 and result.output.startswith("rank,id,label,kind,betweenness\n")
    result = runner.invoke(cli, ["centrality", "--graph", "visits", "--measure", "eigenvector", "--store", world_dir])
    assert result.exit_code == 1 and "zero everywhere on a directed graph without cycles" in result.output
    result = runner.invoke(cli, ["centrality", "--since", "2030", "--store", world_dir])
    assert result.exit_code == 1 and result.output.startswith("Error: the countries graph is empty")
    assert result.output.count("\n") == 1


def test_cli_centrality_save_then_sparql(runner, world_dir):
    result = runner.invoke(cli, ["centrality", "--save", "--store", world_dir])
    assert result.exit_code == 0, result.output
    assert f"saved 30 measurements in the graph <{graph_iri('analysis')}>" in result.output
    result = runner.invoke(cli, ["query", "SELECT ?v WHERE { id:country\\/BLR dip:centrality ?m . "
                                 "?m dip:measure 'strength' ; dip:value ?v }", "--store", world_dir,
                                 "--format", "csv"])
    assert result.output.split()[0] == "v" and float(result.output.split()[1]) == 4.0


def test_saved_results_keep_the_graph_valid_and_survive_a_build(runner, tmp_path, article):
    a = article("Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi.\n",
                "talks.txt", published="2024-03-08")
    store = str(tmp_path / "s")
    assert runner.invoke(cli, ["build", str(a), "--store", store, "--no-export"]).exit_code == 0
    result = runner.invoke(cli, ["centrality", "--save", "--store", store])
    assert result.exit_code == 0 and "saved 12 measurements" in result.output
    assert runner.invoke(cli, ["validate", "--store", store]).exit_code == 0
    result = runner.invoke(cli, ["build", str(a), "--store", store, "--no-export"])
    assert "1 unchanged" in result.output
    result = runner.invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?m a dip:CentralityMeasurement }",
                                 "--store", store, "--format", "csv"])
    assert result.output.split() == ["n", "12"]


def test_cli_measures_match_the_library():
    from kg.cli import _MEASURES

    assert _MEASURES == MEASURES
