"""Extraction: document -> mentions -> events, rule-based and offline."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..documents import Document
from .dates import dateline, day_of_named_weekday, infer_year, yearless_dateline
from .events import EVENT_TYPES, Event, Evidence, extract_events
from .gazetteer import OFFICES, Gazetteer, load_gazetteer
from .mentions import DocumentMentions, Mention, PersonInfo, find_mentions
from .normalize import Sentence, normalize_text, split_sentences

__all__ = [
    "Extraction", "extract_document", "Event", "Evidence", "EVENT_TYPES", "Mention", "PersonInfo",
    "Sentence", "Gazetteer", "load_gazetteer", "normalize_text", "split_sentences",
]


@dataclass(frozen=True)
class Extraction:
    """What one document says: its sentences, mentions, persons and events."""

    document: "Document"
    sentences: list[Sentence]
    mentions: DocumentMentions
    events: list[Event]


def extract_document(document: "Document", gazetteer: Gazetteer | None = None) -> Extraction:
    """Extract the events of one document.

    Examples
    --------
    >>> from kg.documents import Document
    >>> doc = Document("Chinese President Xi Jinping held talks with Kazakh President "
    ...                "Kassym-Jomart Tokayev in Astana on 3 July 2024.", "a.txt", "a.txt")
    >>> [(e.type, e.countries, e.date.value) for e in extract_document(doc).events]
    [('Meeting', ('CHN', 'KAZ'), '2024-07-03'), ('Visit', ('CHN', 'KAZ'), '2024-07-03')]
    """
    gaz = gazetteer or load_gazetteer()
    sentences = split_sentences(document.text)
    published = document.published
    head = dateline(document.text) if published is None else None
    day = published or (head[0] if head else None)  # offices are resolved on the story's day
    mentions = find_mentions(document.text, gaz, day)
    if published is None and (head is None or head[1] < 0):  # no dated header; a date in a sentence of the lead is
        published = _date_of_yearless_dateline(document.text, mentions, gaz)  # weaker than a yearless dateline
        published = published or day_of_named_weekday(document.text)
        if published is not None:
            mentions = find_mentions(document.text, gaz, published)
    events = extract_events(document.text, sentences, mentions, gaz, published)
    return Extraction(document, sentences, mentions, events)


def _date_of_yearless_dateline(text: str, mentions: DocumentMentions, gaz: Gazetteer) -> dt.date | None:
    """The day of a dateline without a year ("BEIJING, June 12 (Xinhua) -- ... on Monday"): the
    latest year the reference data knows of, not before any year the story names, in which the
    lead's weekday fits and the leaders it names by title were in office."""
    found = yearless_dateline(text)
    if found is None:
        return None
    month, day, weekday = found
    latest = gaz.data_year
    # a year told as coming ("The next summit will be held in China in 2025") bounds the story's
    future = {int(m.group(1)) for m in _FUTURE_YEAR.finditer(text)}
    latest = min([latest, *(y for y in future if y >= latest - 30)])
    # years the story names as past: not in a range ("2025-2026") nor a deadline ("by 2030")
    named = [int(m.group(1)) for m in re.finditer(r"\b((?:19|20)\d\d)\b(?![-\u2013/]\d)", text)
             if int(m.group(1)) <= latest and int(m.group(1)) not in future and not re.search(r"(?:\d[-\u2013/]|\b(?:by|until|till|through|to|for|before)\s+"
                                                             r"(?:(?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+,?|[A-Z][a-z]+)\s+)?)$",
                                                             text[max(0, m.start() - 30):m.start()])]
    earliest = max(named, default=latest - 30)
    last_year = _LAST_YEAR_NAMED.search(text)  # "Last year, on 4 July 2023, Iran became ...": the story is of 2024
    if last_year and int(last_year.group(1) or last_year.group(2)) + 1 <= latest:
        earliest = latest = int(last_year.group(1) or last_year.group(2)) + 1
    terms = [[(t.start, t.end) for t in gaz.persons[p.name].terms]
             for p in mentions.persons.values()
             if p.known and p.title and p.role in OFFICES and gaz.persons[p.name].terms]
    if weekday is None:  # "In a notification issued late on Friday" in the second paragraph, if its leaders then fit
        later = yearless_dateline(text, paragraphs=2)
        year = infer_year(month, day, later[2], latest, terms, earliest) if later and later[2] is not None else None
        if year:
            return dt.date(year, month, day)
    if weekday is None and named:  # no weekday to tell: the year the story names last as past, when its leaders fit
        year = infer_year(month, day, None, earliest, terms, earliest)
        if year:
            return dt.date(year, month, day)
    # a named year may be a future one ("hands over the presidency in 2026", "interfering in the 2020
    # election"): the leaders in office outweigh it
    year = infer_year(month, day, weekday, latest, terms, earliest) or infer_year(month, day, weekday, latest, terms, latest - 30)
    for need in range(len(terms) - 1, 0, -1):  # "the then Prime Minister Deuba": most of the leaders named, if not all
        year = year or infer_year(month, day, weekday, latest, terms, earliest, need)
    year = year or infer_year(month, day, weekday, latest, earliest=earliest)
    return dt.date(year, month, day) if year else None


_FUTURE_YEAR = re.compile(r"\b(?:will|next|is\s+to|are\s+to|is\s+due|are\s+due|scheduled|invit\w+|expected)\b[^.;]{0,60}?\b(?:in|for)\s+((?:19|20)\d\d)\b(?![-\u2013/]\d)")
_LAST_YEAR_NAMED = re.compile(r"\b[Ll]ast\s+year\b,?\s+(?:on\s+|in\s+)?(?:[A-Z][a-z]+\s+\d{1,2},\s+|\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+)?"
                              r"((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*(?:,\s*)?\(?last\s+year\b")
