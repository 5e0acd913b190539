"""Property tests: any text gives events or a DocumentError, and every output is valid RDF."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.documents import Document
from kg.errors import DocumentError
from kg.extract import extract_document
from kg.schema import validate
from kg.triples import document_graph

WORDS = ["President", "Xi Jinping", "met", "visited", "China", "Belarus", "signed", "agreements", "on",
         "Friday", "4 December", "sanctions", "against", "Russia", "the", "summit", "SCO", "joined", ".",
         ",", "will", "not", "\n", "Türkiye's", "\"", "Lukashenko", "in", "Beijing", "talks", "with"]
newsy = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
texts = st.one_of(st.text(max_size=300), newsy)


def _document(text):
    from kg.extract.normalize import normalize_text

    return Document(normalize_text(text), "h.txt", "h.txt", published=dt.date(2024, 7, 5))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_returns_events_for_any_text(text):
    extraction = extract_document(_document(text))
    for event in extraction.events:
        assert event.evidence and event.countries
        for evidence in event.evidence:
            assert extraction.document.text[evidence.start:evidence.end] == evidence.quote


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsy)
def test_every_graph_survives_turtle_and_passes_shapes(text):
    graph = document_graph(extract_document(_document(text)))
    again = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert len(again) == len(graph)
    conforms, report = validate(graph)
    assert conforms, report


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_file_reads_or_raises_document_error(tmp_path_factory, data):
    from kg.documents import read_documents

    path = tmp_path_factory.mktemp("h") / "in.txt"
    path.write_bytes(data)
    try:
        docs = read_documents(path)
    except DocumentError as exc:
        assert str(exc).startswith(str(path))
    else:
        assert all(d.text.strip() for d in docs)
