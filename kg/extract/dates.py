"""Dates in news text: absolute, partial and relative, resolved with their precision kept.

``"4 December"`` in an article published on 2023-12-05 is 2023-12-04 (day precision);
``"March 2020"`` stays ``2020-03`` (month precision); ``"on Friday"`` is the Friday before the
published date. dateparser was measured and not used: it fills a missing day with today's and
costs ~0.5 ms a call, while the few patterns below cover news usage at regex speed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from .numbers import number_of
from .rules import Gate, text_keys

__all__ = ["DateMention", "find_dates", "PartialDate", "WEEKDAY_NAMES", "day_of_named_weekday"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
#: the weekday names as one alternation, for patterns elsewhere ("TUESDAY - ..." heading a paragraph)
WEEKDAY_NAMES = "|".join(_WEEKDAYS)
_WEEKDAY_NAMED = re.compile(rf"\b({'|'.join(name.capitalize() for name in _WEEKDAYS)})\b")

_M = r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
_D = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{n}>(?:19|20)\d\d)"
_TO = r"\s*(?:-|to|until|till|through|and)\s*"

_PATTERNS = [
    # 28 February - 2 March 2023 ; 28 February to 2 March
    ("dm_dm", re.compile(rf"\b{_D.format(n='d1')}\s+{_M.format(n='m1')}(?:\s+{_Y.format(n='y1')})?{_TO}{_D.format(n='d2')}\s+{_M.format(n='m2')}(?:,?\s+(?:of\s+)?{_Y.format(n='y2')})?\b")),
    # February 28 to March 2, 2023
    ("md_md", re.compile(rf"\b{_M.format(n='m1')}\s+{_D.format(n='d1')}{_TO}{_M.format(n='m2')}\s+{_D.format(n='d2')}(?:,?\s+{_Y.format(n='y2')})?\b")),
    # 28-30 June 2024
    ("dd_m", re.compile(rf"\b{_D.format(n='d1')}{_TO}{_D.format(n='d2')}\s+{_M.format(n='m1')}(?:,?\s+{_Y.format(n='y2')})?\b")),
    # June 28-30, 2024
    ("m_dd", re.compile(rf"\b{_M.format(n='m1')}\s+{_D.format(n='d1')}{_TO}{_D.format(n='d2')}(?:,?\s+{_Y.format(n='y2')})?\b")),
    # 4 December 2023 ; 4 December
    ("dm", re.compile(rf"\b{_D.format(n='d1')}\s+(?:of\s+)?{_M.format(n='m1')}(?:,?\s+{_Y.format(n='y1')})?\b")),
    # December 4, 2023 ; December 4
    ("md", re.compile(rf"\b{_M.format(n='m1')}\s+{_D.format(n='d1')}(?!\d)(?:,?\s+{_Y.format(n='y1')})?\b")),
    # 2024-07-04
    ("iso", re.compile(r"\b(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)\b")),
    # 04/12/2024 or 04.12.2024: day first, as in most of the world's press (month first when the
    # first number cannot be a month... or the second cannot)
    ("num", re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y1>(?:19|20)\d\d)\b")),
    # March 2023 ; in March of 2023
    ("my", re.compile(rf"\b{_M.format(n='m1')},?\s+(?:of\s+)?{_Y.format(n='y1')}\b")),
    # in March ; earlier in March (month alone, needs a preposition to avoid "May")
    ("m", re.compile(rf"\b(?:(?i:in|since|during|by|early|late|mid|earlier in|later in|end of|beginning of|start of|middle of|week of|weeks of|days of|half of|last)\s+|(?i:in\s+)?(?i:mid|early|late)-){_M.format(n='m1')}\b(?!\s+\d)")),
    # in 2023
    ("y", re.compile(rf"\b(?:(?i:in|since|during|year|of)\s+(?:(?i:early|late|mid)[\s-])?|(?i:early|late|mid)[\s-]){_Y.format(n='y1')}\b(?!-)")),
    # "on Tuesday last week": that week's day (before "last week" alone is read)
    ("wd_lw", re.compile(r"\b(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of\s+)?last\s+week\b")),
    # "two days ago", "a month ago"
    ("ago", re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    # relative day words
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|tonight|this morning|this afternoon|this evening|last night|the day before|over the weekend|at the weekend|last weekend|this past weekend|on (?:the )?eve(?!\s+of\b)|last week|this week|last month|this month|earlier this month|(?:the )?(?:start|beginning|middle|end) of (?:the|this) month|earlier this week|earlier this year|this year|last year(?:['\u2019]s)?|next week|next month|next year(?:['\u2019]s)?|tomorrow|the previous day)\b", re.I)),
    ("wd", re.compile(r"\b(?:(?P<q>(?i:last|this|next|on|late|early|since))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    # "spoke by phone on the 12th": a day of the story's month (or the month before, if that day is still to come)
    ("nth", re.compile(r"\b(?i:on|by|since|from)\s+the\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|anniversary|century|time|round|session|summit|meeting|edition|day|floor|place|birthday))")),
]

_GATES = {kind: Gate(pattern) for kind, pattern in _PATTERNS}

# a cheap test that a text may hold a date at all, before the dozen patterns run
_ANY_DATE = re.compile(r"\d|\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
                       r"yesterday|today|tonight|tomorrow|this|last|next|earlier|the day|the previous|on the eve|weekend|ago|of the month|"
                       r"Yesterday|Today|Tonight|Tomorrow|This|Last|Next|Earlier|The day|The previous|On the eve)")


_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)")
_NEEDS_DIGIT = {"dm_dm", "md_md", "dd_m", "m_dd", "dm", "md", "iso", "num", "my", "y", "nth"}
_NEEDS_MONTH = {"dm_dm", "md_md", "dd_m", "m_dd", "dm", "md", "my", "m"}


@dataclass(frozen=True)
class PartialDate:
    """A date with its precision: ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""

    value: str

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]

    def first_day(self) -> dt.date:
        parts = [int(p) for p in self.value.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])

    @staticmethod
    def of(day: dt.date, precision: str = "day") -> "PartialDate":
        return PartialDate(day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]])


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence; offsets are within the sentence."""

    start: int
    end: int
    date: PartialDate
    end_date: PartialDate | None = None
    relative: bool = False
    explicit_year: bool = False


_THIS_YEAR = re.compile(r",?\s*(?:of\s+)?(?:this|last|next) year\b")  # "in June last year": one date


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, anchor: dt.date | None, year: int | None, future: bool) -> int | None:
    """The year of a day-and-month without one: the anchor's, moved so past events precede it."""
    if anchor is None:
        return year
    candidate = _valid(anchor.year, month, day if day else 1)
    if candidate is None:
        return anchor.year
    if not future and candidate > anchor + dt.timedelta(days=7):
        return anchor.year - 1
    if future and candidate < anchor - dt.timedelta(days=7):
        return anchor.year + 1
    return anchor.year


@functools.lru_cache(maxsize=4096)
def find_dates(text: str, anchor: dt.date | None = None, year: int | None = None,
               future: bool = False) -> tuple[DateMention, ...]:
    """Date expressions in ``text``, resolved against ``anchor`` (the published date).

    ``year`` is the document's year when there is no anchor (from dates elsewhere in it);
    ``future`` reads weekdays and bare dates forward (for plans).

    Examples
    --------
    >>> [m.date.value for m in find_dates("talks in Beijing on 4 December", dt.date(2023, 12, 5))]
    ['2023-12-04']
    >>> m = find_dates("From February 28 to March 2 of this year", dt.date(2023, 12, 5))[0]
    >>> (m.date.value, m.end_date.value)
    ('2023-02-28', '2023-03-02')
    >>> [m.date.value for m in find_dates("met on Friday", dt.date(2025, 11, 30))]
    ['2025-11-28']
    """
    if not _ANY_DATE.search(text):
        return ()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    base_year = anchor.year if anchor else year
    digits = _DIGIT.search(text) is not None
    months = bool(_MONTH_WORD.search(text))
    keys = text_keys(text)
    for kind, pattern in _PATTERNS:
        if (kind in _NEEDS_DIGIT and not digits) or (kind in _NEEDS_MONTH and not months) or _GATES[kind].shut(keys):
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            mention = _resolve(kind, m, text, anchor, base_year, future)
            if mention is not None:
                tail = _THIS_YEAR.match(text, m.end())
                end = tail.end() if tail and kind not in ("rel", "wd", "y") else m.end()
                found.append(mention)
                taken.append((m.start(), end))
    found.sort(key=lambda d: d.start)
    # "on Monday, February 26": one day, named twice (the weekday is no day of its own)
    found = [d for d, nxt in zip(found, [*found[1:], None]) if not (
        d.relative and nxt is not None and not nxt.relative and nxt.date.precision == "day"
        and _WEEKDAY_ONLY.fullmatch(text, d.start, d.end) and re.fullmatch(r",?\s*", text[d.end:nxt.start]))]
    return tuple(found)  # cached: the same sentence is read by several rules


_WEEKDAY_ONLY = re.compile(r"(?:(?:on|last|this)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)


def forget_dates() -> None:
    """Empty the memo of ``find_dates`` (kept for one document at a time)."""
    find_dates.cache_clear()


def _resolve(kind: str, m: re.Match, text: str, anchor: dt.date | None, year: int | None,
             future: bool) -> DateMention | None:
    g = m.groupdict()
    this_year = bool(re.match(r",?\s*(?:of\s+)?this year", text[m.end(): m.end() + 16]))
    if this_year and anchor is None and year is None:
        return None
    shift = re.match(r",?\s*(?:of\s+)?(last|next)\s+year", text[m.end(): m.end() + 16])
    if shift and anchor is not None:  # "on January 1 of last year"
        year = anchor.year + (-1 if shift.group(1) == "last" else 1)
        anchor = None
    if kind in ("dm_dm", "md_md", "dd_m", "m_dd"):
        m1 = _month(g["m1"])
        m2 = _month(g.get("m2") or g["m1"])
        y2 = int(g["y2"]) if g.get("y2") else None
        y1 = int(g["y1"]) if g.get("y1") else None
        explicit = bool(y1 or y2)
        end_year = y2 or y1 or _infer_year(m2, int(g["d2"]), anchor, year, future)
        if end_year is None:
            return None
        start_year = y1 or (end_year - 1 if m1 > m2 else end_year)
        start = _valid(start_year, m1, int(g["d1"]))
        end = _valid(end_year, m2, int(g["d2"]))
        if not start or not end or end < start:
            return None
        return DateMention(m.start(), m.end(), PartialDate.of(start), PartialDate.of(end),
                           explicit_year=explicit)
    if kind in ("dm", "md", "iso"):
        month = int(g["m1"]) if kind == "iso" else _month(g["m1"])
        day = int(g["d1"])
        if g.get("y1"):
            value = _valid(int(g["y1"]), month, day)
            return DateMention(m.start(), m.end(), PartialDate.of(value), explicit_year=True) if value else None
        y = _infer_year(month, day, anchor, year, future)
        if y is None:
            return None
        value = _valid(y, month, day)
        return DateMention(m.start(), m.end(), PartialDate.of(value)) if value else None
    if kind == "num":
        a, b = int(g["a"]), int(g["b"])
        day, month = (b, a) if b > 12 >= a else (a, b)
        value = _valid(int(g["y1"]), month, day)
        return DateMention(m.start(), m.end(), PartialDate.of(value), explicit_year=True) if value else None
    if kind == "my":
        return DateMention(m.start(), m.end(), PartialDate(f"{int(g['y1']):04d}-{_month(g['m1']):02d}"),
                           explicit_year=True)
    if kind == "m":
        month = _month(g["m1"])
        y = _infer_year(month, 0, anchor, year, future)
        if y is None:
            return None
        return DateMention(m.start("m1"), m.end(), PartialDate(f"{y:04d}-{month:02d}"))
    if kind == "y":
        return DateMention(m.start("y1"), m.end(), PartialDate(g["y1"]), explicit_year=True)
    if anchor is None:
        return None
    if kind == "rel":
        return _relative(m, g["rel"].lower(), anchor)
    if kind == "nth":
        day = int(g["d1"])
        value = _valid(anchor.year, anchor.month, day)
        if value is not None and value > anchor + dt.timedelta(days=1) and not future:
            previous = anchor.replace(day=1) - dt.timedelta(days=1)
            value = _valid(previous.year, previous.month, day)
        return DateMention(m.start(), m.end(), PartialDate.of(value), relative=True) if value else None
    if kind == "wd_lw":
        monday = anchor - dt.timedelta(days=anchor.weekday() + 7)
        return DateMention(m.start(), m.end(), PartialDate.of(monday + dt.timedelta(days=_WEEKDAYS[g["wd"].lower()])), relative=True)
    if kind == "ago":
        n = 1 if g["n"].lower() in ("a", "an") else number_of(g["n"])
        unit = g["unit"].lower()
        if unit in ("day", "week"):
            return DateMention(m.start(), m.end(), PartialDate.of(anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))), relative=True)
        back = anchor - (relativedelta(months=n) if unit == "month" else relativedelta(years=n))
        return DateMention(m.start(), m.end(), PartialDate.of(back, unit), relative=True)
    if kind == "wd":
        target = _WEEKDAYS[g["wd"].lower()]
        qualifier = (g.get("q") or "").lower()
        delta = (anchor.weekday() - target) % 7
        if qualifier == "next" or (future and qualifier != "last"):
            # ("will travel to Mombasa on Friday" in Friday's paper: that day; "next Friday": a week on)
            ahead = (target - anchor.weekday()) % 7 or (7 if qualifier == "next" else 0)
            day = anchor + dt.timedelta(days=ahead)
        else:
            if qualifier == "last" and delta == 0:
                delta = 7
            day = anchor - dt.timedelta(days=delta)
        return DateMention(m.start(), m.end(), PartialDate.of(day), relative=True)
    return None


def _relative(m: re.Match, word: str, anchor: dt.date) -> DateMention | None:
    day_shift = {"yesterday": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
                 "this evening": 0, "last night": -1, "tomorrow": 1, "the day before": -1,
                 "the previous day": -1, "on the eve": -1, "on eve": -1}
    if word in day_shift:
        return DateMention(m.start(), m.end(), PartialDate.of(anchor + dt.timedelta(days=day_shift[word])), relative=True)
    if word in ("over the weekend", "at the weekend", "last weekend", "this past weekend"):
        # the weekend just past: its Saturday (the day itself on a Saturday or Sunday story)
        back = (anchor.weekday() - 5) % 7
        return DateMention(m.start(), m.end(), PartialDate.of(anchor - dt.timedelta(days=back)), relative=True)
    if word in ("last week", "earlier this week", "this week", "next week"):
        shift = {"last week": -7, "next week": 7}.get(word, 0)
        return DateMention(m.start(), m.end(), PartialDate.of(anchor + dt.timedelta(days=shift), "month"), relative=True)
    if word in ("this month", "earlier this month") or word.endswith(("of the month", "of this month")):
        return DateMention(m.start(), m.end(), PartialDate.of(anchor, "month"), relative=True)
    if word == "last month":
        return DateMention(m.start(), m.end(), PartialDate.of(anchor - relativedelta(months=1), "month"), relative=True)
    if word == "next month":
        return DateMention(m.start(), m.end(), PartialDate.of(anchor + relativedelta(months=1), "month"), relative=True)
    if word in ("this year", "earlier this year"):
        return DateMention(m.start(), m.end(), PartialDate.of(anchor, "year"), relative=True)
    if word.startswith("last year"):  # "last year's summit": a year worth dating by, unlike "this year"
        return DateMention(m.start(), m.end(), PartialDate.of(anchor - relativedelta(years=1), "year"))
    if word.startswith("next year"):
        return DateMention(m.start(), m.end(), PartialDate.of(anchor + relativedelta(years=1), "year"))
    return None


_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'\u00c0-\u024f -]{1,40},\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
    r"(?P<date>[^\n]{6,30}?(?:19|20)\d\d)\s*(?:\([^)\n]{0,60}\)\s*)?(?:[-:|/]|$|\s+-)", re.M)


@functools.lru_cache(maxsize=8)
def dateline(text: str, head: int = 400) -> tuple[dt.date, int, int] | None:
    """The date of a dateline or header near the top of an article, with its offsets.

    ``"BRUSSELS, June 24, 2024 (Wire) - The EU ..."`` and ``"Belgrade, 10 October 2024"`` give
    2024-06-24 and 2024-10-10; an article with no such line gives None.
    """
    top = text[:head]
    for m in _DATELINE.finditer(top):
        found = [d for d in find_dates(m.group("date")) if d.explicit_year and d.date.precision == "day"]
        if found:
            start = m.start("date") + found[0].start
            return found[0].date.first_day(), start, m.start("date") + found[0].end
    for d in find_dates(top):
        if d.explicit_year and d.date.precision == "day" and not DEADLINE.search(top[max(0, d.start - 20):d.start]):
            line_start = top.rfind("\n", 0, d.start) + 1
            line_end = top.find("\n", d.end)
            line = top[line_start:line_end if line_end >= 0 else len(top)]
            if (len(line) < 160 and not line.rstrip().endswith((".", "!", "?", '"', "'"))) or re.search(
                    r"\b(?:News|Updated|Published|Posted|Comments?)\b", line):
                return d.date.first_day(), d.start, d.end  # a header line, not a sentence
            return d.date.first_day(), -1, -1
    tail_start = max(0, len(text) - 400)
    for area, offset in ((text[:1500], 0), (text[tail_start:], tail_start)):
        # "Published 9 May 2025" under a page's navigation, "Published 5:47 PM GMT+2, November 7, 2025" closing it
        for m in _MARKED.finditer(area):
            found = [d for d in find_dates(m.group("rest")) if d.explicit_year and d.date.precision == "day"]
            if found:
                return (found[0].date.first_day(), offset + m.start("rest") + found[0].start,
                        offset + m.start("rest") + found[0].end)
    # a stamp opening the story ("Juche 114 (2025).7.22.") or closing it ("2025/08/24 16:05 KST"), with its offsets
    lines = list(re.finditer(r"[^\n]+", text))
    for line in [*(m for m in lines[:3] if m.start() < 200), *reversed([m for m in lines if m.end() > len(text) - 300])]:
        found = _STAMP.fullmatch(line.group().strip())
        if found:
            y, m, d = (found.group("y1"), found.group("m1"), found.group("d1")) if found.group("y1") else (
                found.group("y2"), found.group("m2"), found.group("d2")) if found.group("y2") else (
                str(int(found.group("juche")) + _JUCHE_EPOCH), found.group("m3"), found.group("d3"))
            try:
                return dt.date(int(y), int(m), int(d)), line.start(), line.end()
            except ValueError:
                return None
    return None


_JUCHE_EPOCH = 1911  # Juche 1 is 1912
_MARKED = re.compile(r"^[ \t]*(?:\*\*|_)?(?:Published|Posted|Updated|Last\s+updated|First\s+published|Date)(?:[ \t]+on)?(?:\*\*|_)?"
                     r"[ \t]*:?[ \t]*(?P<rest>[^\n]{6,60})$", re.M | re.I)
_STAMP = re.compile(r"(?:(?:Published|Updated|Posted)\s*:?\s*|Juche\s+\d+\s*)?(?:\(?(?P<y1>\d{4})\)?[./-](?P<m1>\d{1,2})[./-](?P<d1>\d{1,2})\.?|"
                    r"(?P<d2>\d{1,2})[./](?P<m2>\d{1,2})[./](?P<y2>\d{4})|"
                    r"Juche\s+(?P<juche>\d{2,3})\.(?P<m3>\d{1,2})\.(?P<d3>\d{1,2})\.?)"  # "Juche 113.6.20.": year 113 of the Juche calendar
                    # (and an ISO 8601 stamp: "2025-03-11T14:20:00Z", "2025-03-11T14:20:00+03:00")
                    r"(?:(?:,?\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[A-Z]{2,5}|Z|[+-]\d{2}:?\d{2})?)?", re.I)
#: a date something lasts until ("until August 1, 2026", "expires on", "runs to"): no day an event took place
DEADLINE = re.compile(r"\b(?:until|till|through|by|before|valid\s+to|runs?\s+to|expir\w+(?:\s+on)?|deadline\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_YEARLESS_DATELINE = re.compile(
    r"^\s*(?:\*\*)?[A-Z][\w.'\u00c0-\u024f /-]{1,40}(?:,\s*[A-Z][\w.'\u00c0-\u024f -]{1,30})?(?:\*\*)?,\s*(?P<date>"
    + _M.format(n="m1") + r"\s+" + _D.format(n="d1") + "|" + _D.format(n="d2") + r"\s+" + _M.format(n="m2")
    + r")\b\.?\s*(?:\([^)\n]{0,40}\)|/[^/\n]{1,20}/\.?)?\s*(?:--?|:|\u2014|\u2013|\(|\w)", re.M)
_LEAD_WEEKDAY = re.compile(r"\b(?:on|this|last)?\s*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def yearless_dateline(text: str, head: int = 400, paragraphs: int = 1) -> tuple[int, int, int | None] | None:
    """(month, day, weekday of the lead or None) of a dateline without a year near the top.

    ``"BEIJING, June 12 (Xinhua) -- ... held talks ... on Monday"`` gives (6, 12, 0): wire and
    state-agency copy often leaves the year out, and the weekday of the lead then tells it
    (or of the lead's first ``paragraphs`` paragraphs).
    """
    m = _YEARLESS_DATELINE.search(text[:head])
    if m is None:
        return None
    month, day = _month(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2"))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    lead = "\n\n".join(text[m.end():m.end() + 400 * paragraphs].split("\n\n")[:paragraphs])
    weekday = _LEAD_WEEKDAY.search(lead)
    return month, day, _WEEKDAYS[weekday.group("wd").lower()] if weekday else None


Terms = list[tuple[dt.date | None, dt.date | None]]


def infer_year(month: int, day: int, weekday: int | None, latest: int, terms: list[Terms] = (),
               earliest: int = 1990, need: int | None = None) -> int | None:
    """The year of a dateline's day and month: the latest year from ``latest`` back to ``earliest``
    in which the lead's weekday falls on that day (or else on the day before: news tells of today
    or yesterday) and in which every leader the story names by title was in office (``terms``: for
    each leader, their terms), or at least ``need`` of them.

    >>> infer_year(6, 12, 0, 2026)  # 12 June on a Monday
    2023
    >>> infer_year(1, 24, 3, 2026)  # a Thursday 24 January
    2019
    >>> infer_year(1, 24, 3, 2026, [[(dt.date(2025, 1, 1), None)]])  # none in office: the Thursday before
    2025
    """
    for lag in ((0,), (0, 1)) if weekday is not None else ((0,),):  # the day itself first, then the day before
        for year in range(latest, earliest - 1, -1):
            date = _valid(year, month, day)
            if date is None:
                continue
            if weekday is not None and weekday not in ((date - dt.timedelta(days=d)).weekday() for d in lag):
                continue
            serving = sum(any((start is None or start <= date) and (end is None or date <= end) for start, end in spans)
                          for spans in terms)
            if serving >= (len(terms) if need is None else need):
                return year
    return None


def day_of_named_weekday(text: str) -> dt.date | None:
    """The story's day when it has no dated header: the latest full date it states whose weekday
    it also names ("... on Monday paid a visit ... The visit took place on Sept. 25, 2023")."""
    weekdays = {_WEEKDAYS[name.lower()] for name in _WEEKDAY_NAMED.findall(text)}
    days = [dt.date.fromisoformat(m.date.value) for m in find_dates(text)
            if m.explicit_year and m.date.precision == "day" and m.end_date is None]
    return max((d for d in days if d.weekday() in weekdays), default=None)
