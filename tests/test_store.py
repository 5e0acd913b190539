import pytest

from kg.errors import StoreError
from kg.store import build, documents, export, forget, open_store, query

VISIT = ("---\npublished: 2024-03-08\n---\n"
         "Kenyan President William Ruto arrived in Addis Ababa on Thursday for a two-day state visit to Ethiopia.\n")
TALKS = ("---\npublished: 2024-03-09\n---\n"
         "Ethiopian Prime Minister Abiy Ahmed held talks with Kenyan President William Ruto on Friday.\n")


def _count(store, sparql):
    return int(next(iter(query(store, sparql)))["n"].value)


def test_build_is_idempotent_and_byte_identical(tmp_path, article):
    a = article(VISIT, "a.txt")
    store = open_store(tmp_path / "s")
    first = build(store, [a])
    assert first.added == 1
    ttl1, trig1 = export(store, "ttl"), export(store, "trig")
    second = build(store, [a])
    assert (second.added, second.unchanged) == (0, 1)
    assert export(store, "ttl") == ttl1 and export(store, "trig") == trig1


def test_fresh_stores_give_identical_exports(tmp_path, article):
    a = article(VISIT, "a.txt")
    outputs = []
    for name in ("one", "two"):
        store = open_store(tmp_path / name)
        build(store, [a])
        outputs.append([export(store, f) for f in ("ttl", "nt", "trig", "jsonld")])
    assert outputs[0] == outputs[1]


def test_changed_document_replaces_only_its_own_facts(tmp_path, article):
    a = article(VISIT, "a.txt")
    b = article(TALKS, "b.txt")
    store = open_store(tmp_path / "s")
    build(store, [a, b])
    assert _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Meeting }") == 1
    b.write_text(TALKS.replace("held talks with", "spoke about"), encoding="utf-8")
    report = build(store, [a, b])
    assert (report.replaced, report.unchanged) == (1, 1)
    assert _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Meeting }") == 0
    assert _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Visit }") == 1
    assert len(documents(store)) == 2


def test_forget_removes_a_document(tmp_path, article):
    a = article(VISIT, "a.txt")
    b = article(TALKS, "b.txt")
    store = open_store(tmp_path / "s")
    build(store, [a, b])
    gone = forget(store, a)
    assert len(gone) == 1 and gone[0].endswith("a.txt")
    assert _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Visit }") == 0
    assert _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Meeting }") == 1


def test_interrupted_build_leaves_previous_graph(tmp_path, article, monkeypatch):
    a = article(VISIT, "a.txt")
    store = open_store(tmp_path / "s")
    build(store, [a])
    before = export(store, "trig")
    b = article(TALKS, "b.txt")
    a.write_text(VISIT.replace("Ethiopia", "Ethiopia again"), encoding="utf-8")
    import kg.extract

    calls = {"n": 0}
    real = kg.extract.extract_document

    def failing(doc, gaz=None):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(doc, gaz)

    monkeypatch.setattr(kg.extract, "extract_document", failing)
    with pytest.raises(KeyboardInterrupt):
        build(store, [a, b])
    assert export(store, "trig") == before


def test_same_event_from_two_documents_is_one_node(tmp_path, article):
    one = article("---\npublished: 2024-03-08\n---\nChinese President Xi Jinping held talks with "
                  "Brazilian President Luiz Inacio Lula da Silva in Beijing on March 7.\n", "one.txt")
    two = article("---\npublished: 2024-03-09\n---\nBrazil's President Lula and China's President "
                  "Xi Jinping met in Beijing on Thursday, March 7.\n", "two.txt")
    store = open_store(tmp_path / "s")
    build(store, [one, two])
    assert _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Meeting }") == 1
    assert _count(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?e a dip:Meeting ; dip:evidence ?x }") == 2
    assert _count(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?e a dip:Meeting ; dip:date ?d }") == 1


def test_different_dates_stay_apart(tmp_path, article):
    one = article("Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on March 7, 2024.\n", "one.txt")
    two = article("Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Brasilia on November 20, 2024.\n", "two.txt")
    store = open_store(tmp_path / "s")
    build(store, [one, two])
    assert _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Meeting }") == 2


def test_bad_files_are_skipped_and_the_rest_built(tmp_path, article):
    good = article(VISIT, "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    store = open_store(tmp_path / "s")
    report = build(store, [tmp_path])
    assert report.added == 1 and len(report.skipped) == 1
    assert "bad.txt" in str(report.skipped[0])
    assert good.name in next(iter(documents(store)))


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store here yet"):
        open_store(tmp_path / "missing", create=False)


def test_seed_graph_conforms_to_shapes(seed_store):
    from kg.schema import validate
    from kg.store import to_rdflib

    conforms, report = validate(to_rdflib(seed_store))
    assert conforms, report


def test_seed_export_parses_with_rapper(seed_store, tmp_path):
    import subprocess

    from conftest import require_tool

    rapper = require_tool("rapper")
    path = tmp_path / "graph.ttl"
    path.write_bytes(export(seed_store, "ttl"))
    result = subprocess.run([rapper, "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "returned" in result.stderr and "triples" in result.stderr


def test_a_fact_stated_twice_is_counted_once(tmp_path, article):
    one = article("Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva "
                  "in Beijing on March 7, 2024.\n", "one.txt")
    two = article("Brazil's President Lula and China's President Xi Jinping met in Beijing on March 7, 2024.\n", "two.txt")
    store = open_store(tmp_path / "s")
    build(store, [one, two])
    rows = list(query(store, "SELECT ?c WHERE { ?c dip:iso3 \"BRA\" }"))
    assert len(rows) == 1  # the country is described by both documents, but queried once
    assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a dip:Meeting }") == 1
    forget(store, one)
    assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a dip:Meeting }") == 1  # two.txt still says it
    assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a dip:Meeting ; dip:evidence ?x }") == 1
    forget(store, two)
    assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 0
