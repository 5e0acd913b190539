"""Golden RDF: each tests/data/<case>/input.txt must give the graph in expected.ttl.

Graphs are compared by isomorphism; on failure the difference is printed. Set KG_REGEN_GOLDEN=1
to rewrite the expected files after a deliberate change (and read the diff before committing).
"""

import os
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.documents import read_documents
from kg.extract import extract_document
from kg.triples import document_graph

CASES = sorted(p for p in (Path(__file__).parent / "data").iterdir() if (p / "input.txt").exists())


def _graph(case: Path) -> Graph:
    (doc,) = read_documents(case / "input.txt")
    doc = type(doc)(**{**doc.__dict__, "source_path": f"tests/data/{case.name}/input.txt"})
    return document_graph(extract_document(doc))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden_graph(case):
    actual = _graph(case)
    expected_path = case / "expected.ttl"
    if os.environ.get("KG_REGEN_GOLDEN"):
        expected_path.write_text(actual.serialize(format="turtle"), encoding="utf-8")
    expected = Graph().parse(expected_path, format="turtle")
    if not isomorphic(actual, expected):
        _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
        pytest.fail("graphs differ\nonly in actual:\n" + only_actual.serialize(format="nt")
                    + "\nonly in expected:\n" + only_expected.serialize(format="nt"))


def test_there_are_golden_cases():
    assert len(CASES) >= 3
