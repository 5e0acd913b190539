import json
import re
from pathlib import Path

import pytest

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def _commands():
    return sorted(cli.commands)


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_ending_with_an_example(runner, name):
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert result.output.rstrip().splitlines()[-1].strip().startswith("kg ")


@pytest.mark.parametrize("name", _commands())
def test_every_command_is_in_readme(name):
    assert re.search(rf"`kg {name}\b", (ROOT / "README.md").read_text(encoding="utf-8")), name


def test_build_query_export_stats_forget(runner, tmp_path, article):
    a = article("---\npublished: 2024-03-08\n---\nKenyan President William Ruto arrived in Addis Ababa "
                "on Thursday for a state visit to Ethiopia.\n", "a.txt")
    store = str(tmp_path / "s")
    out = tmp_path / "g.ttl"
    result = runner.invoke(cli, ["build", str(a), "--store", store, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "documents: 1 read, 1 added" in result.output and "Visit 1" in result.output
    assert out.read_text().startswith("@prefix")

    result = runner.invoke(cli, ["query", "SELECT ?h WHERE { ?e dip:host ?c . ?c dip:iso3 ?h }", "--store", store])
    assert result.exit_code == 0 and "ETH" in result.output and "(1 row)" in result.output
    result = runner.invoke(cli, ["query", "SELECT ?h WHERE { ?e dip:host ?c . ?c dip:iso3 ?h }", "--store", store, "--format", "json"])
    assert json.loads(result.output)["results"]["bindings"][0]["h"]["value"] == "ETH"
    result = runner.invoke(cli, ["query", "SELECT ?h WHERE { ?e dip:host ?c . ?c dip:iso3 ?h }", "--store", store, "--format", "csv"])
    assert result.output.split() == ["h", "ETH"]
    result = runner.invoke(cli, ["query", "ASK { ?e a dip:Visit }", "--store", store])
    assert result.output == "true\n"
    result = runner.invoke(cli, ["query", "CONSTRUCT { ?e a dip:Visit } WHERE { ?e a dip:Visit }", "--store", store])
    assert "dip:Visit" in result.output or "ontology#Visit" in result.output
    result = runner.invoke(cli, ["query", "DESCRIBE ?c WHERE { ?c dip:iso3 \"KEN\" }", "--store", store])
    assert "Kenya" in result.output

    for fmt in ("ttl", "nt", "trig", "nq", "jsonld"):
        target = tmp_path / f"out.{fmt}"
        result = runner.invoke(cli, ["export", "--store", store, "--format", fmt, "-o", str(target)])
        assert result.exit_code == 0 and target.stat().st_size > 100

    result = runner.invoke(cli, ["stats", "--store", store, "--format", "json"])
    stats = json.loads(result.output)
    assert stats["documents"] == 1 and stats["events_by_type_and_year"]["Visit"] == {"2024": 1}

    result = runner.invoke(cli, ["validate", "--store", store])
    assert result.exit_code == 0, result.output

    result = runner.invoke(cli, ["forget", str(a), "--store", store])
    assert result.exit_code == 0 and "forgot" in result.output
    result = runner.invoke(cli, ["forget", str(a), "--store", store])
    assert result.exit_code == 1 and "no stored document was built from this path" in result.output


def test_query_errors_are_one_line(runner, tmp_path, article):
    store = str(tmp_path / "s")
    result = runner.invoke(cli, ["query", "SELECT ?x WHERE { ?x }", "--store", store])
    assert result.exit_code == 1 and "no store here yet" in result.output
    runner.invoke(cli, ["build", str(article("Nothing here.")), "--store", store, "--no-export"])
    result = runner.invoke(cli, ["query", "SELECT ?x WHERE { ?x }", "--store", store])
    assert result.exit_code == 1
    assert result.output.startswith("Error: malformed SPARQL") and result.output.count("\n") == 1
    result = runner.invoke(cli, ["query", "--store", store])
    assert result.exit_code == 2 and "either a SPARQL string or -f FILE.rq" in result.output


def test_store_from_environment(runner, tmp_path, article, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    result = runner.invoke(cli, ["build", str(article("Nothing here.")), "--no-export"])
    assert result.exit_code == 0 and (tmp_path / "env-store").exists()


def test_bad_inputs_warn_and_count(runner, tmp_path, article):
    article("Nothing here.", "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00binary")
    result = runner.invoke(cli, ["build", str(tmp_path), "--store", str(tmp_path / "s"), "--no-export"])
    assert result.exit_code == 0
    assert f"warning: skipped {tmp_path / 'bad.txt'}: is a binary file" in result.output
    assert "1 skipped" in result.output


def test_only_bad_inputs_fail(runner, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = runner.invoke(cli, ["build", str(bad), "--store", str(tmp_path / "s"), "--no-export"])
    assert result.exit_code == 1
    assert "no document could be read" in result.output


def test_validate_reports_violations(runner, tmp_path):
    import pyoxigraph as ox

    store = ox.Store(str(tmp_path / "s"))
    store.update('INSERT DATA { GRAPH <https://w3id.org/bilateral-kg/id/doc/x> { '
                 '<https://w3id.org/bilateral-kg/id/event/x> a <https://w3id.org/bilateral-kg/ontology#Event> , '
                 '<https://w3id.org/bilateral-kg/ontology#Visit> } }')
    del store
    result = runner.invoke(cli, ["validate", "--store", str(tmp_path / "s")])
    assert result.exit_code == 1 and "violates the SHACL shapes" in result.output
