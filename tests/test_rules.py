"""The indexed pattern scan gives exactly what one regular expression over the alternation gives."""

import csv
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import dates
from kg.extract.gazetteer import data_path
from kg.extract.rules import Gate, PatternSet, text_keys, word_prefixes


def _rows(name, column):
    with data_path(name).open(encoding="utf-8", newline="") as handle:
        return [(row[column], row["pattern"]) for row in csv.DictReader(handle)]


TRIGGERS = _rows("triggers.csv", "type")
MODALITY = _rows("modality.csv", "kind")
WORDS = ["visited", "Visit", "VISITING", "met", "meeting", "talks", "held talks", "by phone", "telephone call",
         "signed", "inked", "joined", "became a full member", "sanctions", "travel ban", "summit", "forum",
         "attended", "leaders of the", "SCO+ meeting", "was in", "Paris", "not", "won't", "could", "will",
         "we'll", "İnked", "\u212aazakh", "métro", "called on", "to", "them", "on", "4 December", "2024",
         "the", ",", ".", "\n", "'", "-", "Signed", "re-visit", "unvisited"]
texts = st.one_of(st.text(max_size=120), st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
                  st.lists(st.sampled_from(WORDS), max_size=40).map("".join))


def _reference(patterns, flags, text):
    combined = re.compile("|".join(f"(?P<_g{i}>{p})" for i, (_, p) in enumerate(patterns)), flags)
    out = []
    for m in combined.finditer(text):
        which = next(i for i in range(len(patterns)) if m.start(f"_g{i}") >= 0)
        out.append((patterns[which][0], m.start(), m.end()))
    return out


def _scan(patterns, flags, text):
    return [(name, m.start(), m.end()) for name, m in PatternSet(patterns, flags).finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_trigger_scan_equals_the_alternation(text):
    assert _scan(TRIGGERS, re.I, text) == _reference(TRIGGERS, re.I, text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_modality_scan_equals_the_alternation_with_unindexed_patterns(text):
    for kind in ("planned", "negated", "hypothetical"):
        rows = [r for r in MODALITY if r[0] == kind]
        assert _scan(rows, re.I, text) == _reference(rows, re.I, text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_shut_gate_means_no_match(text):
    keys = text_keys(text)
    for _, pattern in dates._PATTERNS:
        if Gate(pattern).shut(keys):
            assert pattern.search(text) is None


def test_prefixes_are_read_from_the_pattern():
    assert word_prefixes(r"\b(?:tele)?phone\s+call") == {"te", "ph"}
    assert {"00", "39", "4"} <= word_prefixes(r"\b[0-3]?\d\s+May")
    assert word_prefixes(r"\bvisit(?:s|ed)?\b", re.I) == {"vi"}
    assert word_prefixes(r"n't\b") is None  # not at a word start: tried everywhere
    assert word_prefixes(r"\b\w+ed") is None  # any word


@pytest.mark.parametrize("text, expected", [
    ("He visited Paris and held talks.", [("Visit", "visited"), ("Meeting", "held talks")]),
    ("They won't meet; we'll see.", [("Meeting", "meet")]),
    ("İNKED in Ankara", [("AgreementSigning", "İNKED")]),  # Turkish dotted capital I folds to i
])
def test_scan_finds_triggers(text, expected):
    found = [(name, m.group()) for name, m in PatternSet(TRIGGERS, re.I).finditer(text)]
    assert found == expected
