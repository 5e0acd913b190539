import doctest
import json

import pyoxigraph as ox
import pytest

import kg.protocol
from kg.protocol import answer_query, answer_update, negotiate

G1 = "https://w3id.org/bilateral-kg/id/doc/one"
G2 = "https://w3id.org/bilateral-kg/id/doc/two"


@pytest.fixture
def store():
    """Two document graphs; answer_update makes the default graph their union, as kg.store does."""
    store = ox.Store()
    assert answer_update(store, f"""PREFIX dip: <https://w3id.org/bilateral-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        INSERT DATA {{
          GRAPH <{G1}> {{ <urn:e1> a dip:Visit ; dip:date "2024-03-08"^^<http://www.w3.org/2001/XMLSchema#date> ;
                                   dip:quote "a \\"quoted\\"\\ttab\\nnew line" , "Astana"@en . }}
          GRAPH <{G2}> {{ <urn:e2> a dip:Meeting ; rdfs:label "zwei"@de . }}
        }}""").status == 204
    return store


def test_doctests_pass():
    assert doctest.testmod(kg.protocol).failed == 0


@pytest.mark.parametrize("accept, expected", [
    (None, "application/sparql-results+json"),
    ("", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/*;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/json"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
    ("image/png", None),
    ("text/csv;q=0", None),
])
def test_negotiate(accept, expected):
    assert negotiate(accept, list(kg.protocol.RESULT_TYPES)) == expected


def _rows(answer, syntax=ox.QueryResultsFormat.JSON):
    result = ox.parse_query_results(answer.body, syntax)
    return sorted(tuple(str(s[v]) if s[v] is not None else "" for v in result.variables) for s in result)


def test_every_result_format_carries_the_same_terms(store):
    query = "SELECT ?e ?o WHERE { ?e ?p ?o FILTER(isLiteral(?o)) }"
    reference = _rows(answer_query(store, query))
    assert len(reference) == 4
    for accept, syntax in [("application/sparql-results+xml", ox.QueryResultsFormat.XML),
                           ("text/tab-separated-values", ox.QueryResultsFormat.TSV)]:
        answer = answer_query(store, query, accept=accept)
        assert answer.status == 200 and answer.content_type.startswith(accept)
        assert _rows(answer, syntax) == reference
    csv = answer_query(store, query, accept="text/csv")
    assert csv.content_type == "text/csv; charset=utf-8"
    assert csv.body.decode().splitlines()[0] == "e,o"
    assert '"a ""quoted""\ttab\nnew line"' in csv.body.decode()


def test_format_parameter_wins_over_accept(store):
    answer = answer_query(store, "SELECT ?e WHERE { ?e a dip:Visit }", accept="text/csv", fmt="tsv")
    assert answer.content_type.startswith("text/tab-separated-values")
    assert answer.body.decode() == "?e\n<urn:e1>\n"
    assert answer_query(store, "ASK { ?e a dip:Visit }", fmt="application/sparql-results+xml").body.endswith(
        b"<boolean>true</boolean></sparql>")
    bad = answer_query(store, "ASK { ?e a dip:Visit }", fmt="yaml")
    assert bad.status == 400 and b"unknown format 'yaml'" in bad.body


def test_ask_and_the_union_default_graph(store):
    answer = answer_query(store, "ASK { <urn:e1> a dip:Visit . <urn:e2> a dip:Meeting }")
    assert json.loads(answer.body) == {"head": {}, "boolean": True}


def test_graph_results_by_content_negotiation(store):
    query = "CONSTRUCT { ?e a ?t } WHERE { ?e a ?t }"
    expected = {str(t) for t in store.query(query)}
    turtle = answer_query(store, query)
    assert turtle.content_type == "text/turtle; charset=utf-8"
    assert b"@prefix dip: <https://w3id.org/bilateral-kg/ontology#>" in turtle.body
    for accept, syntax in [("text/turtle", ox.RdfFormat.TURTLE), ("application/ld+json", ox.RdfFormat.JSON_LD),
                           ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                           ("application/rdf+xml", ox.RdfFormat.RDF_XML)]:
        answer = answer_query(store, query, accept=accept)
        assert answer.status == 200 and answer.content_type.split(";")[0] == accept
        assert {str(t) for t in ox.parse(answer.body, syntax)} == expected
    assert answer_query(store, query, fmt="json").content_type == "application/ld+json"
    refused = answer_query(store, query, accept="text/csv")
    assert refused.status == 406 and b"text/turtle" in refused.body
    assert answer_query(store, query, fmt="csv").status == 406


def test_unacceptable_result_type_is_406(store):
    answer = answer_query(store, "SELECT * WHERE { ?s ?p ?o }", accept="image/png")
    assert answer.status == 406
    assert answer.body.decode().startswith("none of the accepted types (image/png)")


def test_malformed_query_is_400_with_the_parser_message(store):
    answer = answer_query(store, "SELECT ?x WHERE { ?x ")
    assert answer.status == 400
    assert answer.body.decode().startswith("malformed SPARQL query: error at 1:")


@pytest.mark.parametrize("query, what", [
    ("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "rows"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "triples"),
])
def test_results_over_the_row_limit_are_refused_not_cut(store, query, what):
    total = len(list(store.query("SELECT * WHERE { ?s ?p ?o }")))
    assert answer_query(store, query, max_rows=total).status == 200
    refused = answer_query(store, query, max_rows=total - 1)
    assert refused.status == 422
    assert f"more than {total - 1} {what}".encode() in refused.body
    assert answer_query(store, query + f" LIMIT {total - 1}", max_rows=total - 1).status == 200


def test_the_row_limit_stops_a_huge_result_early(store):
    data = " ".join(f"<urn:s{i}> <urn:p> {i} ." for i in range(200))
    assert answer_update(store, f"INSERT DATA {{ GRAPH <{G1}> {{ {data} }} }}").status == 204
    # 200^3 = 8 million rows; the limit answers without producing them all
    answer = answer_query(store, "SELECT * WHERE { ?a <urn:p> ?x . ?b <urn:p> ?y . ?c <urn:p> ?z }", max_rows=10)
    assert answer.status == 422


def test_dataset_parameters(store):
    only_two = answer_query(store, "SELECT ?e WHERE { ?e a ?t }", default_graphs=[G2], fmt="tsv")
    assert only_two.body.decode() == "?e\n<urn:e2>\n"
    named = answer_query(store, "SELECT ?g WHERE { GRAPH ?g { ?e a ?t } }", named_graphs=[G1], fmt="tsv")
    assert named.body.decode() == f"?g\n<{G1}>\n"
    bad = answer_query(store, "ASK {}", default_graphs=["not an iri"])
    assert bad.status == 400 and b"default-graph-uri" in bad.body


def _default_graph(store):
    return {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def _union(store):
    return {str(q.triple) for q in store.quads_for_pattern(None, None, None, None)
            if not isinstance(q.graph_name, ox.DefaultGraph)}


def test_updates_keep_the_default_graph_the_union_of_the_documents(store):
    assert _default_graph(store) == _union(store) and len(_union(store)) == 6
    assert answer_update(store, f"DROP GRAPH <{G2}>").status == 204
    assert answer_query(store, "ASK { ?e a dip:Meeting }").body == b'{"head":{},"boolean":false}'
    assert _default_graph(store) == _union(store) and len(_union(store)) == 4
    # an update may end with its own ';'
    assert answer_update(store, f"INSERT DATA {{ GRAPH <{G2}> {{ <urn:e3> a dip:Summit }} }} ;  # done\n").status == 204
    assert answer_query(store, "ASK { <urn:e3> a dip:Summit }").body.endswith(b"true}")
    # a triple written to the default graph alone is not part of any document: it does not stay
    assert answer_update(store, "INSERT DATA { <urn:x> a dip:Summit }").status == 204
    assert _default_graph(store) == _union(store)


def test_a_malformed_update_changes_nothing(store):
    before = set(map(str, store.quads_for_pattern(None, None, None, None)))
    bad = answer_update(store, f"DROP GRAPH <{G1}> ; DELETE WHERE {{ ?s }}")
    assert bad.status == 400 and bad.body.startswith(b"malformed SPARQL update: error at 1:")
    assert set(map(str, store.quads_for_pattern(None, None, None, None))) == before
