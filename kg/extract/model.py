"""The event model, and the few things every extraction rule module shares.

An ``Event`` is one fact of one document (who visited, met, gathered, signed, joined or sanctioned
whom, and when), with the sentences that state it; ``Context`` is what the rules remember while
they read a document sentence by sentence.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from .dates import PartialDate
from .gazetteer import City, Gazetteer
from .mentions import DocumentMentions, Mention
from .numbers import NUMBER_WORDS, number_of

__all__ = ["EVENT_TYPES", "NUMBER_WORDS", "ORG_REF", "Context", "Event", "Evidence", "number_of", "unique"]


EVENT_TYPES = ("Visit", "Meeting", "Summit", "AgreementSigning", "Accession", "Sanction")


@dataclass(frozen=True)
class Evidence:
    """A sentence that states an event: its offsets in the document text and its words."""

    start: int
    end: int
    quote: str


@dataclass
class Event:
    """One event of one document; ``countries`` are ISO3 codes, ``persons`` canonical names."""

    type: str
    countries: tuple[str, ...]
    evidence: list[Evidence]
    host: str | None = None
    guests: tuple[str, ...] = ()
    imposers: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    organization: str | None = None
    persons: tuple[str, ...] = ()
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    city: str | None = None
    visit_type: str | None = None
    agreement_subject: str | None = None
    agreement_count: int | None = None
    planned: bool = False
    explicit_date: bool = False
    paragraph: int = 0
    trigger: int = 0
    background: bool = False
    ongoing: bool = False
    section: dt.date | None = None
    state: bool = False  # a standing state ("is under sanctions"), not an act with a date
    tentative: bool = False  # a gathering with no name: kept only when merged with a named one
    label: str | None = None  # the name that tells one summit from another of the same days ("ASEAN-China")
    call_on: bool = False  # a courtesy call on a host ("called on President Gokhool"), apart from the day's talks

    @property
    def guest(self) -> str | None:
        return self.guests[0] if self.guests else None


#: An organisation named by a common noun ("the bloc", "the alliance"): the last one named.
ORG_REF = re.compile(r"\b(?:the|this|our)\s+(?:organi[sz]ation|bloc|alliance|union|grouping|group|association|forum)\b", re.I)


@dataclass
class Context:
    """What the rules remember while reading one document, sentence by sentence."""

    gaz: Gazetteer
    dm: DocumentMentions
    starts: list[int]
    published: dt.date | None
    year: int | None
    last_org: str | None = None
    last_summit_org: str | None = None
    recent_countries: list[str] = field(default_factory=list)
    pair: tuple[str, ...] = ()  # the two countries of the last meeting or visit ("the two leaders")
    group: tuple[str, ...] = ()  # the countries of the last meeting or gathering ("the three leaders")
    parties: tuple[str, ...] = ()  # the countries of the last meeting, visit or signing told ("They previously met")
    header: tuple[int, int] = (-1, -1)
    last_subject: str | None = None
    year_named: int | None = None  # the last year a sentence named ("in March that year" is in it)
    month_named: tuple[int, int, int] | None = None  # (paragraph, month, year) of the last "April 2024" named
    last_target: str | None = None  # the last sanction's target and imposer ("Britain sanctioned four of the vessels")
    last_imposer: str | None = None
    first_imposer: str | None = None  # the story's own imposer ("This action builds on ...": its earlier measures)
    section: dt.date | None = None
    dateline_city: City | None = None  # "RABAT, Oct 29 (Agency) -": where the story is told from
    dateline_at: int = -1  # the offset where the dateline's sentence starts
    first_seen: dict[str, int] = field(default_factory=dict)  # person -> offset of their first mention
    visit: tuple[str, str] | None = None  # (guest, host) of the first visit told as a fact
    visit_day: dt.date | None = None  # the day that visit began ("on the second day of the visit" is the next)
    last_day: dt.date | None = None  # the day of the last fact the story dated ("two days later" counts from it)
    undated_since: bool = False  # a fact told after that day went undated (so it takes the story's day)
    lead_day: dt.date | None = None  # the day of the story's first dated act other than a visit
    lead_told: PartialDate | None = None  # the day a dateline's sentence that told no act but a visit names ("on Friday")
    fronted: tuple[int, dt.date] | None = None  # (paragraph, day) of "On Monday, after the welcome ceremony, ..."
    last_accession: tuple[str, int] | None = None  # (organisation, end offset) of the last joining told ("Sweden followed")

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The document's mentions that start in ``start:end``, in text order."""
        return self.dm.mentions[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]


def unique(codes) -> tuple[str, ...]:
    """The codes in first-seen order, each once, empty ones left out."""
    out: list[str] = []
    for code in codes:
        if code and code not in out:
            out.append(code)
    return tuple(out)
