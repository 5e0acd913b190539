import json

import pytest

from kg.cli import cli
from kg.errors import DocumentError, KGError
from kg.evaluation import evaluate, format_report


def _write(tmp_path, text, gold):
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold), encoding="utf-8")


def test_scores_counted_by_hand(tmp_path):
    text = ("---\npublished: 2024-03-08\n---\nKenyan President William Ruto arrived in Addis Ababa on Thursday "
            "for a state visit to Ethiopia. Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on Thursday.")
    gold = {"doc": "a", "events": [
        {"type": "Visit", "countries": ["KEN", "ETH"], "host": "ETH", "guest": "KEN", "date": "2024-03-07"},
        {"type": "Meeting", "countries": ["KEN", "ETH"], "date": "2024-03-06"},
        {"type": "AgreementSigning", "countries": ["KEN", "ETH"], "date": None},
        {"type": "Summit", "countries": ["KEN"], "optional": True}],
        "persons": [{"name": "William Ruto", "country": "KEN", "role": "head of state"},
                    {"name": "Abiy Ahmed", "country": "ETH", "role": "head of government"}]}
    _write(tmp_path, text, gold)
    report = evaluate(tmp_path / "gold")
    assert report.prf() == (1.0, 2 / 3, pytest.approx(0.8))
    assert report.visits == [True] and report.dates == [True, False]
    assert report.persons_found == [True, True] and report.persons_role == [True, True]
    assert any("AgreementSigning" in m for m in report.misses)
    assert "all events" in format_report(report)


def test_cli_eval_and_errors(tmp_path, runner):
    _write(tmp_path, "Nothing happened.", {"doc": "a", "events": []})
    result = runner.invoke(cli, ["eval", str(tmp_path / "gold")])
    assert result.exit_code == 0 and "documents: 1" in result.output
    (tmp_path / "gold" / "a.json").write_text("{broken", encoding="utf-8")
    result = runner.invoke(cli, ["eval", str(tmp_path / "gold")])
    assert result.exit_code == 1 and "a.json:1: malformed JSON" in result.output


def test_missing_document_is_named(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "zz.json").write_text('{"events": []}', encoding="utf-8")
    with pytest.raises(KGError, match="no document zz"):
        evaluate(tmp_path / "gold")


def test_bad_gold_event(tmp_path):
    _write(tmp_path, "Text.", {"events": [{"type": "Party", "countries": []}]})
    with pytest.raises(DocumentError, match="gold event needs a type"):
        evaluate(tmp_path / "gold")


def test_devset_is_measured(capsys):
    """The development set itself: prints the figures (quality is reported, not asserted)."""
    from pathlib import Path

    root = Path(__file__).parent / "devset"
    for split, docs in (("dev", None), ("test", None), ("seeds", root.parent.parent / "seeds")):
        report = evaluate(root / split / "gold", docs)
        assert report.documents >= 5
        p, r, f = report.prf()
        print(f"{split}: P={p:.2f} R={r:.2f} F1={f:.2f}")


def test_an_unreadable_document_counts_as_missed(tmp_path):
    gold = {"doc": "a", "events": [{"type": "Visit", "countries": ["KEN", "ETH"]}],
            "persons": [{"name": "William Ruto", "country": "KEN", "role": "head of state"}]}
    _write(tmp_path, "", gold)
    report = evaluate(tmp_path / "gold")
    assert report.fn["Visit"] == 1 and report.persons_found == [False]
    assert any("document not read" in m for m in report.misses)


def test_a_known_person_is_found_under_any_name_the_reference_data_gives(tmp_path):
    text = ("---\npublished: 2025-04-02\n---\nExternal Affairs Minister S. Jaishankar called on Chilean President "
            "Gabriel Boric in Santiago on Tuesday. Chancellor Laura Sarabia of Colombia joined them.")
    gold = {"doc": "a", "events": [],
            "persons": [{"name": "Subrahmanyam Jaishankar", "country": "IND", "role": "foreign minister"},
                        {"name": "Laura Sarabia", "country": "COL", "role": "foreign minister"}]}
    _write(tmp_path, text, gold)
    report = evaluate(tmp_path / "gold")
    assert report.persons_found == [True, True]
    assert report.persons_role == [True, True]  # Colombia's "Chancellor" (canciller) is its foreign minister
