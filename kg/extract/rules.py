"""Fast scanning for many word-anchored regular expressions (trigger and cue words).

Python's ``re`` tries every branch of a large case-insensitive alternation at every character,
which made the trigger scan the slowest step of extraction. The patterns of ``triggers.csv`` and
``modality.csv`` all start at a word boundary with a known word, so each one can be indexed by
the first two letters any match must begin with (derived from the parsed pattern, not written by
hand): a scan then visits only the word starts whose first letters fit, and tries only the
patterns indexed there. The result is exactly what one ``finditer`` over the alternation of the
patterns, in their order, would give.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

__all__ = ["word_prefixes", "PatternSet", "Gate", "text_keys"]

_KEY = 2  # letters of a word used as the index key
_MAX_STATES = 256


def word_prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The lower-cased first letters (up to two) that every match of ``pattern`` starts with.

    None when the pattern does not start at a word boundary followed by a word character, or
    when its start cannot be told from its text (a class such as ``\\w``); then it must be tried
    everywhere.

    Examples
    --------
    >>> sorted(word_prefixes(r"\\b(?:tele)?phone\\s+call\\b"))
    ['ph', 'te']
    >>> sorted(word_prefixes(r"\\b(?:by|over\\s+the)\\s+phone", re.I))
    ['by', 'ov']
    >>> word_prefixes(r"n't\\b") is None
    True
    """
    items = list(sre_parse.parse(pattern, flags))
    if not items or items[0] != (sre.AT, sre.AT_BOUNDARY):
        return None
    states = _extend({("", True)}, items[1:])
    if states is None:
        return None
    prefixes = frozenset(s for s, _ in states)
    if "" in prefixes or any(not s[0].isalnum() and s[0] != "_" for s in prefixes):
        return None
    return prefixes


def _close(states):
    return {(s, False) for s, _ in states}


def _extend(states: set[tuple[str, bool]] | None, items) -> set[tuple[str, bool]] | None:
    """Follow a parsed sequence from ``states`` ((prefix, still growing) pairs)."""
    for op, arg in items:
        if states is None:
            return None
        if not any(growing for _, growing in states):
            return states
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the letters that follow are still the match's first ones
        if op is sre.LITERAL:
            states = _add(states, [chr(arg)])
        elif op is sre.IN and _class_chars(arg) is not None:
            states = _add(states, _class_chars(arg))
        elif op is sre.SUBPATTERN:
            states = _extend(states, arg[-1])
        elif op is sre.BRANCH:
            out: set[tuple[str, bool]] = set()
            for alternative in arg[1]:
                branch = _extend(set(states), alternative)
                if branch is None:
                    return None
                out |= branch
            states = out
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = arg
            once = _extend(set(states), sub)
            if once is None:
                return None
            if high != 1:
                once = _close(once)  # more repetitions: stop reading letters there
            states = (states | once) if low == 0 else once
        else:
            states = _close(states)  # a class or anything else: the known letters end here
        if states is not None and len(states) > _MAX_STATES:
            states = _close(states)
    return states


def _class_chars(items) -> list[str] | None:
    """The ASCII characters of a small class ([a-c], [xyz], \\d); None when it is not one.

    A non-ASCII digit that ``\\d`` also matches starts a word keyed as non-ASCII, where every
    pattern is tried, so listing ASCII digits only loses nothing.
    """
    chars: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            chars.append(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < 40:
            chars.extend(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            chars.extend("0123456789")
        else:
            return None
    return chars


def _add(states, chars):
    out = set()
    for s, growing in states:
        if not growing:
            out.add((s, False))
            continue
        for c in chars:
            t = s + c.lower()
            out.add((t, len(t) < _KEY))
    return out


class PatternSet:
    """Named patterns scanned together as if they were one alternation, in the given order.

    ``finditer(text)`` yields (name, match) exactly as ``re.finditer`` over
    ``(?P<a>...)|(?P<b>...)`` would, but tries the indexed patterns only at the word starts
    whose first letters fit; a pattern whose start cannot be indexed is found with its own
    ``search``, so the result never depends on the index.
    """

    def __init__(self, patterns: list[tuple[str, str]], flags: int = 0) -> None:
        self.names = [name for name, _ in patterns]
        self.compiled = [re.compile(p, flags) for _, p in patterns]
        index: dict[str, list[int]] = {}
        self.free: list[int] = []  # patterns tried everywhere
        for i, (_, p) in enumerate(patterns):
            prefixes = word_prefixes(p, flags)
            if prefixes is None:
                self.free.append(i)
                continue
            for prefix in prefixes:
                index.setdefault(prefix, []).append(i)
        self._index = index
        indexed = tuple(i for i in range(len(patterns)) if i not in self.free)
        self._candidates: dict[str, tuple[int, ...]] = {_OTHER: indexed}
        # the word starts worth a look, found by one scan of the lower-cased text
        by_letter: dict[str, set[str]] = {}
        for key in index:
            by_letter.setdefault(key[0], set()).add(key[1:])
        alternatives = "|".join(
            re.escape(first) + ("(?:" + "|".join(sorted(map(re.escape, rest))) + ")" if "" not in rest else "")
            for first, rest in sorted(by_letter.items()))
        self._scan = re.compile(rf"\b(?:{alternatives})") if index else None
        # a text that is not ASCII may fold other letters into these: look at those words too
        self._scan_unicode = re.compile(rf"\b(?:{alternatives}|[^\x00-\x7f]|\w[^\x00-\x7f])", re.I) if index else None

    def _at(self, key: str) -> tuple[int, ...]:
        found = self._candidates.get(key)
        if found is None:
            ids: set[int] = set()
            for n in range(1, len(key) + 1):
                ids.update(self._index.get(key[:n], ()))
            found = self._candidates[key] = tuple(sorted(ids))
        return found

    def finditer(self, text: str):
        """(name, match) for each match, leftmost first and not overlapping."""
        starts = self._starts(text)
        if self.free:
            starts = self._with_free(text, starts)
        end = 0
        for start, ids in starts:
            if start < end:
                continue
            for i in ids:
                m = self.compiled[i].match(text, start)
                if m is not None:
                    yield self.names[i], m
                    end = m.end() if m.end() > start else start + 1
                    break

    def _starts(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """(position, patterns to try there) for each word start some pattern may begin at."""
        if self._scan is None:
            return []
        if text.isascii():
            low = text.lower()
            return [(m.start(), self._at(low[m.start():m.start() + _KEY])) for m in self._scan.finditer(low)]
        starts = []
        for m in self._scan_unicode.finditer(text):
            key = text[m.start():m.start() + _KEY]
            starts.append((m.start(), self._at(key.lower() if key.isascii() else _OTHER)))
        return starts

    def _with_free(self, text: str, starts: list[tuple[int, tuple[int, ...]]]) -> list[tuple[int, tuple[int, ...]]]:
        """Add the positions where a pattern tried everywhere can start, in pattern order."""
        extra: dict[int, set[int]] = {}
        for i in self.free:
            pattern = self.compiled[i]
            pos = 0
            while pos <= len(text):
                m = pattern.search(text, pos)
                if m is None:
                    break
                extra.setdefault(m.start(), set()).add(i)
                pos = m.start() + 1  # every start, since another match may hide this one's next
        if not extra:
            return starts
        merged = {start: set(ids) for start, ids in starts}
        for start, ids in extra.items():
            merged.setdefault(start, set()).update(ids)
        return [(start, tuple(sorted(merged[start]))) for start in sorted(merged)]

    def search(self, text: str) -> tuple[str, re.Match] | None:
        """The first (name, match), or None."""
        return next(self.finditer(text), None)


_OTHER = "\x00"  # the key of a word whose first letters are not ASCII: every pattern is tried


_WORD_KEY = re.compile(r"\b\w\w?")


def text_keys(text: str) -> frozenset[str] | None:
    """The first letters (lower-cased, up to two) of the words of an ASCII ``text``; None otherwise."""
    if not text.isascii():
        return None
    return frozenset(_WORD_KEY.findall(text.lower()))


class Gate:
    """A cheap test that ``pattern`` cannot match a text, from the first letters of its words."""

    def __init__(self, pattern: re.Pattern) -> None:
        prefixes = word_prefixes(pattern.pattern, pattern.flags)
        self.open = prefixes is None
        self.two = frozenset(p for p in prefixes or () if len(p) == 2)
        self.one = frozenset(p for p in prefixes or () if len(p) == 1)

    def shut(self, keys: frozenset[str] | None) -> bool:
        """True when no word of the text (``text_keys``) can start a match."""
        if self.open or keys is None:
            return False
        return not (self.two & keys) and not (self.one and any(k[0] in self.one for k in keys))
