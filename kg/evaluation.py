"""Evaluation against hand-annotated gold: precision, recall and F1 by event type, and the
accuracy of visit direction, dates and persons.

Gold is one JSON file per document, named after the document's stem (the format is described in
``tests/devset/GUIDELINES.md``). Events match when they have the same type and the same set of
participating countries; among candidates the one with the same date is preferred. Gold events
marked ``optional`` count when found and are not missed when absent. Planned events are not
compared: gold holds only what the text says happened.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DocumentError, KGError

__all__ = ["EvalReport", "evaluate", "format_report", "load_gold"]

_TYPES = ("Visit", "Meeting", "Summit", "AgreementSigning", "Accession", "Sanction")


@dataclass
class EvalReport:
    """Counts behind the scores, and the misses and extras for reading."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    visits: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    persons_found: list[bool] = field(default_factory=list)
    persons_country: list[bool] = field(default_factory=list)
    persons_role: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    documents: int = 0

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        tp = self.tp[kind] if kind else sum(self.tp.values())
        fp = self.fp[kind] if kind else sum(self.fp.values())
        fn = self.fn[kind] if kind else sum(self.fn.values())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def summary(self) -> dict[str, float]:
        p, r, f = self.prf()
        rate = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
        return {"precision": p, "recall": r, "f1": f, "visit_direction": rate(self.visits),
                "dates": rate(self.dates), "persons_found": rate(self.persons_found),
                "persons_country": rate(self.persons_country), "persons_role": rate(self.persons_role)}


def load_gold(path: Path) -> dict:
    """Read one gold file; raise :class:`DocumentError` naming the file when it is malformed."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(str(path), f"cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise DocumentError(str(path), f"malformed JSON ({exc.msg}); fix the gold file", exc.lineno) from None
    if not isinstance(gold, dict) or not isinstance(gold.get("events"), list):
        raise DocumentError(str(path), "gold must be an object with an 'events' list")
    for event in gold["events"]:
        if event.get("type") not in _TYPES or not isinstance(event.get("countries"), list):
            raise DocumentError(str(path), f"gold event needs a type among {', '.join(_TYPES)} and a countries list: {event!r:.80}")
    return gold


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(text.replace("-", " ").replace("'", "").split())


def _name_score(gold: str, predicted: str, variants: set[str]) -> int:
    """How well a predicted person matches a gold name: 100 for the same name, else the number of
    shared words (the family name counting double); 0 when they cannot be the same person."""
    g = _fold(gold)
    names = {_fold(predicted), *(_fold(v) for v in variants)}
    if g in names:
        return 100
    g_tokens = g.split()
    best = 0
    for name in names:
        tokens = name.split()
        shared = set(g_tokens) & set(tokens)
        if len(shared) < min(2, len(set(g_tokens))):
            continue
        family = {g_tokens[0], g_tokens[-1]} & {tokens[0], tokens[-1]}
        best = max(best, len(shared) + 2 * len(family))
    return best


def _find_document(stem: str, docs_dir: Path) -> Path | None:
    for suffix in (".txt", ".md", ".html", ".htm", ".jsonl"):
        candidate = docs_dir / f"{stem}{suffix}"
        if candidate.exists():
            return candidate
    return None


def evaluate(gold_dir: str | Path, docs_dir: str | Path | None = None) -> EvalReport:
    """Extract every document that has a gold file and compare.

    ``docs_dir`` defaults to a ``docs`` folder beside ``gold_dir``.
    """
    from .documents import read_documents
    from .extract import extract_document
    from .extract.gazetteer import load_gazetteer
    from .extract.mentions import ROLE_LABELS

    gold_dir = Path(gold_dir)
    docs_dir = Path(docs_dir) if docs_dir else gold_dir.parent / "docs"
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise KGError(f"{gold_dir}: no gold files (*.json) here; pass the folder holding them")
    gaz = load_gazetteer()
    report = EvalReport()
    for gold_path in files:
        gold = load_gold(gold_path)
        doc_path = _find_document(gold_path.stem, docs_dir)
        if doc_path is None:
            raise KGError(f"{gold_path}: no document {gold_path.stem}.* in {docs_dir}; pass DOCS_DIR")
        try:
            document = read_documents(doc_path)[0]
        except DocumentError as exc:  # an unreadable document scores as one where nothing was found
            report.misses.append(f"{gold_path.stem}: document not read ({exc})")
            _compare_events(report, gold_path.stem, gold["events"], [])
            report.persons_found.extend(False for _ in gold.get("persons", []))
            report.documents += 1
            continue
        extraction = extract_document(document, gaz)
        report.documents += 1
        predicted = [e for e in extraction.events if not e.planned]
        _compare_events(report, gold_path.stem, gold["events"], predicted)
        persons = extraction.mentions.persons
        for person in gold.get("persons", []):
            # a known person answers to every name the reference data gives them ("S. Jaishankar")
            scored = [(_name_score(person["name"], p.name, p.variants | (gaz.persons[p.name].aliases if p.known else set())), p.name, p)
                      for p in persons.values()]
            scored = [item for item in scored if item[0] > 0]
            match = max(scored, key=lambda item: (item[0], item[1]))[2] if scored else None
            report.persons_found.append(match is not None)
            if match is None:
                report.misses.append(f"{gold_path.stem}: person {person['name']} ({person.get('country')})")
                continue
            report.persons_country.append(match.country == person.get("country"))
            role = ROLE_LABELS.get(match.role or "other", "other")
            report.persons_role.append(role == person.get("role"))
            if match.country != person.get("country") or role != person.get("role"):
                report.wrong.append(f"{gold_path.stem}: person {person['name']}: got {match.country}/{role}, "
                                    f"gold {person.get('country')}/{person.get('role')}")
    return report


def _pair(gold_events: list[dict], predicted: list) -> list[tuple[dict, object | None]]:
    """Pair gold and predicted events of the same type and countries, same dates first."""
    unmatched = list(predicted)
    pairs: dict[int, object] = {}
    ordered = sorted(range(len(gold_events)), key=lambda i: gold_events[i].get("optional", False))
    for same_date in (True, False):
        for i in ordered:
            if i in pairs:
                continue
            g = gold_events[i]
            key = (g["type"], frozenset(g["countries"]))
            candidates = [p for p in unmatched if (p.type, frozenset(p.countries)) == key
                          and (not same_date or (p.date.value if p.date else None) == g.get("date"))]
            if candidates:
                pairs[i] = candidates[0]
                unmatched.remove(candidates[0])
    return [(gold_events[i], pairs.get(i)) for i in ordered]


def _compare_events(report: EvalReport, doc: str, gold_events: list[dict], predicted: list) -> None:
    pairs = _pair(gold_events, predicted)
    matched = {id(p) for _, p in pairs if p is not None}
    unmatched = [p for p in predicted if id(p) not in matched]
    for g, best in pairs:
        if best is None:
            if not g.get("optional"):
                report.fn[g["type"]] += 1
                report.misses.append(f"{doc}: {g['type']} {'-'.join(sorted(g['countries']))} {g.get('date')} | {g.get('evidence', '')[:90]}")
            continue
        gold_date = g.get("date")
        report.tp[g["type"]] += 1
        if g["type"] == "Visit":
            right = best.host == g.get("host") and best.guest == g.get("guest")
            report.visits.append(right)
            if not right:
                report.wrong.append(f"{doc}: Visit direction got {best.guest}->{best.host}, gold {g.get('guest')}->{g.get('host')}")
        if gold_date:
            got = best.date.value if best.date else None
            report.dates.append(got == gold_date)
            if got != gold_date:
                report.wrong.append(f"{doc}: {g['type']} {'-'.join(sorted(g['countries']))} date got {got}, gold {gold_date}")
    for p in unmatched:
        report.fp[p.type] += 1
        report.extras.append(f"{doc}: {p.type} {'-'.join(p.countries)} {p.date.value if p.date else None} | {p.evidence[0].quote[:90]}")


def format_report(report: EvalReport, details: bool = True) -> str:
    """The scores as a table, then misses, extras and wrong arguments."""
    from .results import format_table

    rows = []
    for kind in (*_TYPES, None):
        p, r, f = report.prf(kind)
        tp = report.tp[kind] if kind else sum(report.tp.values())
        fp = report.fp[kind] if kind else sum(report.fp.values())
        fn = report.fn[kind] if kind else sum(report.fn.values())
        rows.append([kind or "all events", f"{p:.2f}", f"{r:.2f}", f"{f:.2f}", str(tp), str(fp), str(fn)])
    out = [f"documents: {report.documents}", format_table(["type", "precision", "recall", "F1", "tp", "fp", "fn"], rows)]
    s = report.summary()
    accuracy = [["visit host and guest", f"{s['visit_direction']:.2f}", str(len(report.visits))],
                ["dates", f"{s['dates']:.2f}", str(len(report.dates))],
                ["persons found", f"{s['persons_found']:.2f}", str(len(report.persons_found))],
                ["person's country", f"{s['persons_country']:.2f}", str(len(report.persons_country))],
                ["person's office", f"{s['persons_role']:.2f}", str(len(report.persons_role))]]
    out.append(format_table(["accuracy", "value", "n"], accuracy))
    if details:
        for title, items in (("misses", report.misses), ("extras", report.extras), ("wrong arguments", report.wrong)):
            if items:
                out.append(f"{title} ({len(items)}):\n" + "\n".join(f"  {item}" for item in items) + "\n")
    return "\n".join(out)
