"""Events: who visited, met, gathered, signed, joined or sanctioned whom, and when.

Each sentence is read for trigger words (``kg/data/triggers.csv``); the mentions around a
trigger fill the event's roles. Modality cues (``kg/data/modality.csv``) mark plans and drop
negated or hypothetical events. Events of one document that share type, countries and a
compatible date are merged into one, with one evidence per sentence.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .dates import DateMention, PartialDate, dateline, find_dates
from .gazetteer import Gazetteer, data_path
from .mentions import DocumentMentions, Mention, office_of_word
from .normalize import Sentence
from .rules import PatternSet

__all__ = ["Event", "Evidence", "EVENT_TYPES", "extract_events"]

EVENT_TYPES = ("Visit", "Meeting", "Summit", "AgreementSigning", "Accession", "Sanction")


@dataclass(frozen=True)
class Evidence:
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

    @property
    def guest(self) -> str | None:
        return self.guests[0] if self.guests else None


@functools.lru_cache(maxsize=1)
def _triggers() -> dict[str, re.Pattern]:
    groups: dict[str, list[str]] = {}
    with data_path("triggers.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            groups.setdefault(row["type"], []).append(row["pattern"])
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.I) for kind, patterns in groups.items()}


@functools.lru_cache(maxsize=1)
def _trigger_scanner() -> PatternSet:
    """Every trigger row, grouped by type in the file's order, scanned as one alternation."""
    rows: dict[str, list[str]] = {}
    with data_path("triggers.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            rows.setdefault(row["type"], []).append(row["pattern"])
    return PatternSet([(kind, p) for kind, patterns in rows.items() for p in patterns], re.I)


@functools.lru_cache(maxsize=1)
def _modality() -> dict[str, PatternSet]:
    groups: dict[str, list[tuple[str, str]]] = {}
    with data_path("modality.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            groups.setdefault(row["kind"], []).append((row["kind"], row["pattern"]))
    return {kind: PatternSet(patterns, re.I) for kind, patterns in groups.items()}


_AGREEMENT_NOUN = re.compile(r"\b(?:joint\s+(?:statement|declaration)s?|agreements?|memorand(?:um|a)|MoUs?|treat(?:y|ies)|accords?|deals?|road\s?maps?|declarations?|protocols?|contracts?|documents|pacts?|charters?|conventions?|communiqu[ée]s?|programmes?|programs?)\b", re.I)
_TOPICAL = re.compile(r"(?:\b(?:despite|amid|against|towards?|versus)\s+(?:the\s+)?$)|(?:situation|crisis|war|conflict|invasion|events|developments|happening|settlement|reconstruction|aggression|attack|occupation|tensions|elections?|border|about|regarding|concerning|including|such as|like|on)\s+(?:in|of|on|against|with|to)?\s*(?:the\s+)?$", re.I)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "a dozen": 12, "dozen": 12, "a couple of": 2, "several": None,
}
_NUM = r"\d{1,3}|(?:a|one|two|three|four|five|six)\s+dozen|dozens?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
_COUNT = re.compile(rf"\b(?:(?:around|about|some|nearly|almost|over|more than|at least|up to)\s+)?(?P<n>{_NUM})\b(?:\s+(?:(?!(?:{_NUM})\b)[\w-]+\s+){{0,2}}(?:agreements|documents|memoranda|deals|accords|treaties|contracts|MoUs|memorandums|protocols)\b|\s*\))", re.I)
_SUBJECT = re.compile(r"\b(?:agreements?|memorand(?:um|a)|treat(?:y|ies)|accords?|deals?|protocols?|contracts?|MoUs?)\s+(?:on|for|in the (?:field|area|sphere)s? of|regarding|concerning|to boost|to expand|to promote)\s+(?P<s>[\w\s'-]{3,60}?)(?=\s*(?:[,.;:()]|\band\b\s+(?:a|an|the|other|several)\b|\bwith\b|\bbetween\b|\bduring\b|\bat\b|\bwhich\b|\bthat\b|\b(?:on|in|last|this|earlier)\s+(?:[A-Z0-9]|week|month|year)|$))", re.I)
_NAMED_AGREEMENT = re.compile(r"\b(?P<s>(?:[A-Z][\w-]*\s+){1,6}(?:Roadmap|Road Map|Agreement|Treaty|Memorandum|Accord|Declaration|Charter|Programme|Program|Plan|Partnership)(?:\s+\d{4}(?:-\d{4})?)?)")
_VISIT_KIND = re.compile(r"\b(state|official|working|private|friendly)\s+visit", re.I)
_DESTINATION = re.compile(r"(?:(?:was|were|is|are)\s+(?:now\s+|currently\s+)?in|stop(?:over)?\s+in|visit(?:s|ed|ing)?|arriv(?:ed|es|ing|al)\s+(?:in|at)|landed\s+in|trip\s+to|tour\s+of|travel(?:l)?ed\s+to|flew\s+(?:in)?to)\s+(?:to\s+|in\s+)?(?:the\s+)?$", re.I)
_PASSIVE_TARGET = re.compile(r"\b(?:fac(?:es|ed|ing)|confront(?:s|ed|ing)|under|hit\s+(?:by|with)|target(?:ed)?\s+(?:by|of)|subject\s+to|suffer(?:s|ed|ing)?\s+from)\b", re.I)
_SUBJECT_PRONOUN = re.compile(r"^(?:He|She|The (?:President|head of state|leader|Belarusian leader|Sultan|King|Emir|Premier|Prime Minister|Chancellor)|the (?:President|head of state))\b")
_HEAD_REF = re.compile(r"\b(?:he|she|the President|the president|the head of state|the leader|the two leaders|his|her)\b")
_ORG_REF = re.compile(r"\b(?:the|this|our)\s+(?:organi[sz]ation|bloc|alliance|union|grouping|group|association|forum)\b", re.I)


def _context_window(text: str, start: int, end: int) -> str:
    """The clause around a trigger: back to the last clause break, a little forward."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start),
               text.rfind(" but ", 0, start), start - 80, 0)
    return text[left:min(len(text), end + 25)]


def _modality_of(text: str, start: int, end: int) -> str | None:
    window = _context_window(text, start, end)
    window = re.sub(r"\bnot only\b|\bno doubt\b|\bno longer\b|\bnot just\b", " ", window, flags=re.I)
    pats = _modality()
    if pats["negated"].search(window) or re.match(r"\s*No\b", text):
        return "negated"
    if re.search(r"\b(?:following|after)\s+(?:[\w'-]+\s+){0,3}$", text[max(0, start - 50):start], re.I):
        return None  # "plans to send observers following Lukashenko's meeting with ...": the meeting happened
    before = text[max(0, start - 90):start]
    clause = re.split(r"[,;:]|\bbut\b|\band\b(?=\s+(?:the|he|she|they|it)\b)", before)[-1]
    if pats["planned"].search(clause) or (pats["planned"].search(window) and re.search(r"\bto\s*$", before)):
        return "planned"
    if re.search(r"\bto\s+$", before) and re.search(r"\b(?:invited|plans?|intends?|wants?|agreed|expected|decided|ready|hopes?|aims?)\b", before, re.I):
        return "planned"
    if pats["hypothetical"].search(before) or _MAY_HAPPEN.search(text[end:end + 90]):
        return "hypothetical"
    if _WILL_HAPPEN.search(text[end:end + 90]):
        return "planned"  # "an official visit to Serbia will take place"
    return None


@dataclass
class _Context:
    gaz: Gazetteer
    dm: DocumentMentions
    starts: list[int]
    published: dt.date | None
    year: int | None
    last_org: str | None = None
    last_summit_org: str | None = None
    recent_countries: list[str] = field(default_factory=list)
    pair: tuple[str, ...] = ()
    header: tuple[int, int] = (-1, -1)
    last_subject: str | None = None
    narrative_year: int | None = None
    last_target: str | None = None
    section: dt.date | None = None


def extract_events(text: str, sentences: list[Sentence], dm: DocumentMentions, gaz: Gazetteer,
                   published: dt.date | None) -> list[Event]:
    """Events stated in a document, merged within the document."""
    head = dateline(text)
    anchor = published or (head[0] if head else None)
    ctx = _Context(gaz, dm, [m.start for m in dm.mentions], anchor, _document_year(text, anchor))
    if head and head[1] >= 0:
        ctx.header = (head[1], head[2])
    events: list[Event] = []
    for sentence in sentences:
        events.extend(_sentence_events(sentence, ctx))
    countries_of = {name: info.country for name, info in dm.persons.items()}
    merged = _merge(_inherit_dates(events, ctx), countries_of)
    for event in merged:  # an ongoing visit no arrival dated: the story's date
        if event.ongoing and event.date is None:
            event.ongoing = False
    events = _absorb_into_summits(_inherit_dates(merged, ctx))
    # a summit known by one participant only is too thin to report as a gathering of countries
    return [e for e in events if e.type != "Summit" or len(e.countries) >= 2]


def _document_year(text: str, published: dt.date | None) -> int | None:
    if published:
        return published.year
    years = Counter(int(m.date.value[:4]) for m in find_dates(text) if m.explicit_year)
    bracket = re.findall(r"\[((?:19|20)\d\d)\]", text)
    years.update(int(y) for y in bracket)
    if not years:
        return None
    top = max(years.values())
    return max(y for y, n in years.items() if n == top)


def _mentions_in(ctx: _Context, sentence: Sentence) -> list[Mention]:
    lo = bisect.bisect_left(ctx.starts, sentence.start)
    hi = bisect.bisect_left(ctx.starts, sentence.end)
    return ctx.dm.mentions[lo:hi]


def _actor_countries(ctx: _Context, sentence: Sentence, mentions: list[Mention], *,
                     allow_topical: bool = False) -> list[tuple[int, str, str]]:
    """(position in sentence, ISO3, how) for each country that can act in this sentence."""
    text = sentence.text
    out: list[tuple[int, str, str]] = []
    topical_end: int | None = None
    for m in mentions:
        pos = m.start - sentence.start
        if m.kind == "person" and m.country:
            out.append((pos, m.country, "person"))
        elif m.kind == "description" and m.country:
            out.append((pos, m.country, "description"))
        elif m.kind in ("country", "agency"):
            before = text[max(0, pos - 40):pos]
            if not allow_topical and (_TOPICAL.search(before) or (
                    topical_end is not None and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?", text[topical_end:pos]))):
                topical_end = m.end - sentence.start  # "the situation in North Korea, China and Russia"
                continue
            after = text[m.end - sentence.start:m.end - sentence.start + 10]
            place = re.search(r"\b(?:in|at|to|from|across|inside|into)\s+(?:the\s+)?$", before) or after.startswith(", where")
            out.append((pos, m.country, "place" if place else "country"))
        elif m.kind == "city" and ctx.gaz.cities[m.key].capital and ctx.gaz.cities[m.key].name not in _ORGANISATION_SEATS:
            before = text[max(0, pos - 12):pos]
            after = text[m.end - sentence.start:m.end - sentence.start + 40]
            if not re.search(r"\b(?:in|at|to|from|into|via|near|outside|of)\s+(?:the\s+)?$", before, re.I) and re.match(
                    r"(?:'s?\s|\s+(?:\w+ly\s+|first\s+|also\s+|then\s+|later\s+)?(?:and|has|have|had|was|is|said|says|on|imposed|sanctioned|signed|agreed|announced|"
                    r"added|extended|will|would|\w+ed\b))", after):
                out.append((pos, m.country, "metonym"))
        elif m.kind == "demonym":
            after = text[m.end - sentence.start:m.end - sentence.start + 40]
            if re.match(r"(?:-[A-Z]\w+)|\s+(?:[A-Z][\w-]+\s+){0,3}(?:President|Prime Minister|Premier|Foreign Minister|leader|head of state|counterpart|side|delegation|government|Sultan|King|Emir|Chancellor|minister|officials?|authorities|partners)\b", after, re.I):
                out.append((pos, m.key, "demonym"))
    present = {code for _, code, _ in out}
    for m in _REFERENCE.finditer(text):
        if any(abs(p - m.start()) < 3 for p, _, _ in out) or re.match(r"\s+(?:of|[A-Z])", text[m.end():m.end() + 30]):
            continue
        title = m.group("title") or ("foreign minister" if m.group("eam") else None)
        role = office_of_word(ctx.gaz, title) if title and title.lower() != "leader" else None  # "the leader": main person
        if title is None and ctx.last_subject:  # a pronoun: the subject of the previous sentence
            code = ctx.last_subject
        else:
            code = _referent(ctx, role, present)
        if code:
            out.append((m.start(), code, "reference"))
    return sorted(out)


_REFERENCE = re.compile(r"\b(?:(?P<eam>EAM)|[Tt]he (?P<title>[Pp]resident|head of state|Head of State|leader|Prime Minister|prime minister|Premier|premier|Chancellor|chancellor|Foreign Minister|foreign minister|Foreign Secretary|Secretary of State|Sultan|King|Emir|Amir|head of government|Taoiseach)|[Hh]e|[Ss]he)\b")


def _referent(ctx: _Context, role: str | None, present: set[str]) -> str | None:
    """The country of the person a title alone ("the Prime Minister") or a pronoun stands for.

    The most mentioned person of the document holding that role, skipping countries already
    named in the sentence (a counterpart is another country); a pronoun or "the leader" stands for
    the document's main person.
    """
    if role is None:
        return ctx.dm.main_country
    ranked = sorted((p for p in ctx.dm.persons.values() if p.role == role and p.country),
                    key=lambda p: (-p.count, p.name))
    for person in ranked:
        if person.country not in present:
            return person.country
    return None


def _city(ctx: _Context, mentions: list[Mention]) -> tuple[str | None, str | None]:
    for m in mentions:
        if m.kind == "city":
            return ctx.gaz.cities[m.key].name, ctx.gaz.cities[m.key].iso3
    return None, None


def _persons(mentions: list[Mention], countries: set[str]) -> tuple[str, ...]:
    seen = []
    for m in mentions:
        if m.kind == "person" and m.key not in seen and (m.country in countries or m.country is None):
            seen.append(m.key)
    return tuple(seen)


def _orgs(ctx: _Context, sentence: Sentence, mentions: list[Mention]) -> list[str]:
    orgs = [m.key for m in mentions if m.kind == "org"]
    if not orgs and _ORG_REF.search(sentence.text) and ctx.last_org:
        orgs = [ctx.last_org]
    return orgs


def _sentence_events(sentence: Sentence, ctx: _Context) -> list[Event]:
    text = sentence.text
    mentions = _mentions_in(ctx, sentence)
    orgs = _orgs(ctx, sentence, mentions)
    events: list[Event] = []
    found: dict[str, re.Match] = {}
    for kind, m in _trigger_scanner().finditer(text):
        found.setdefault(kind, m)
    _section_date(ctx, text, bool(found))
    if not found:
        _remember(ctx, sentence, mentions, events)
        return events
    actors = _actor_countries(ctx, sentence, mentions)
    planned_any = False
    for kind in EVENT_TYPES:
        trigger = found.get(kind)
        if trigger is None:
            continue
        modality = _modality_of(text, trigger.start(), trigger.end())
        if modality in ("negated", "hypothetical"):
            continue
        builder = _BUILDERS[kind]
        built = builder(ctx, sentence, mentions, actors, orgs, trigger, found)
        for event in built if isinstance(built, list) else [built] if built else []:
            event.trigger = trigger.start()
            event.paragraph = sentence.paragraph
            event.section = ctx.section
            event.planned = modality == "planned"
            planned_any = planned_any or event.planned
            events.append(event)
            if event.type in ("Visit", "Meeting") and len(event.countries) == 2 and not event.planned:
                ctx.pair = event.countries  # "... held talks with B, and the two signed ..."
    # a meeting inside a summit sentence is the summit unless it is clearly bilateral
    kinds = {e.type for e in events}
    if "Summit" in kinds and "Meeting" in kinds and not re.search(r"\b(?:sidelines|margins)\b", text):
        summit = next(e for e in events if e.type == "Summit")
        met = {c for e in events if e.type == "Meeting" for c in e.countries}
        subject = {code for pos, code, _ in actors if pos < found["Meeting"].start()}
        summit.countries = tuple(c for c in summit.countries if c not in met or c in subject
                                 or c == _host_of(summit, ctx)) or summit.countries
    if "Summit" in kinds and "Meeting" in kinds:
        if not re.search(r"\b(?:bilateral|sidelines|on the margins|one-on-one|held talks with|met with|met|talks with|negotiations with)\b", text, re.I):
            events = [e for e in events if e.type != "Meeting"]
    # "met on the eve of the summit", "on his way home from the Forum": the summit is only
    # mentioned; it takes no date from this sentence, and only the sentence's subject attended
    incidental = None
    summit_trigger = found.get("Summit")
    main = [found[k] for k in ("Meeting", "Visit") if k in found and any(e.type == k for e in events)]
    sidelines = re.search(r"\b(?:sidelines|margins)\b", text)
    if summit_trigger is not None and main and (min(m.start() for m in main) < summit_trigger.start() or sidelines):
        incidental = next((e for e in events if e.type == "Summit"), None)
        if incidental is not None:
            first = min(m.start() for m in main)
            subject = {code for pos, code, _ in actors if pos < first}
            kept = [c for c in incidental.countries if c in subject or sidelines]  # on the sidelines all attended
            # the summit's own place: "from the NATO summit in Vilnius", "in the Russian city of Kazan"
            place = next((m for m in mentions if m.kind == "city"
                          and abs(m.start - sentence.start - summit_trigger.end()) < 45), None)
            if place is not None:
                kept.append(place.country)
                incidental.city = ctx.gaz.cities[place.key].name
            incidental.countries = tuple(sorted(set(kept))) or incidental.countries
        if incidental is not None and re.search(r"\b(?:eve|ahead|before|prior to|preparations?|lead-up|run-up|build-up)\b", text[:summit_trigger.start()][-40:], re.I):
            events = [e for e in events if e is not incidental]
            incidental = None
    if re.search(r"\b(?:sidelines|margins)\b", text) and "Summit" not in {e.type for e in events} and ctx.last_summit_org:
        codes = _unique(c for e in events if e.type == "Meeting" for c in e.countries)
        if codes:  # "On the sidelines, A held talks with B": both attended the summit
            incidental = Event("Summit", tuple(sorted(codes)), [], organization=ctx.last_summit_org)
            events.append(incidental)
    own_year = _YEAR.search(text) if ctx.published is None else None  # "The 2025 summit ... from 31 August"
    year = int(own_year.group(1)) if own_year else ctx.narrative_year or ctx.year
    dates = [d for d in find_dates(text, ctx.section or ctx.published, year, future=planned_any)
             if not ctx.header[0] <= sentence.start + d.start < ctx.header[1]] if events else []
    ongoing = re.search(r"(?:\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?|,\s*)(?:on|paying)\s+an?\s+(?:[\w-]+\s+){0,2}visit"
                        r"|\breturned\b[^.]*?\b(?:after|having|following)\b[^.]*?\bvisits?", text)
    for event in events:
        # "X, who is on a state visit to China": the ongoing visit, not dated by this sentence
        on_visit = event.type == "Visit" and ongoing and (abs(ongoing.end() - event.trigger) < 40
                                                          or ongoing.group().startswith("returned"))
        event.ongoing = bool(on_visit)
        if event is not incidental and not on_visit:
            _attach_date(event, text, dates, ctx.section or ctx.published)
        days = _SPAN_DAYS.search(text)
        if (event.type == "Visit" and days and event.date and event.date.precision == "day" and event.end_date is None
                and re.search(r"\b(?:concluded|wrapped up|ended|completed|finished|left|departed)\b", text)):
            word = days.group(1).lower()
            n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word) or 1
            event.end_date = event.date  # "concluded his two-day visit on Wednesday": began Tuesday
            event.date = PartialDate.of(event.date.first_day() - dt.timedelta(days=n - 1))
        event.evidence = [Evidence(sentence.start, sentence.end, text)]
    _remember(ctx, sentence, mentions, events)
    return events


_SECTION_DATELINE = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2},\s+(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                               r"(?:[0-3]?\d\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))")


def _section_date(ctx: _Context, text: str, has_trigger: bool) -> None:
    """A date heading a section ("July 10, 2024" on its own line, or a dateline opening a new
    dispatch) is what "today" and "on Tuesday" mean until the next one (readouts, liveblogs)."""
    if len(text) > 90 and not _SECTION_DATELINE.match(text):
        return
    if has_trigger and not _SECTION_DATELINE.match(text):
        return
    dateline = _SECTION_DATELINE.match(text)
    for d in find_dates(text[:60], ctx.section or ctx.published, ctx.year):
        if (d.explicit_year or dateline) and d.date.precision == "day" and not d.relative:
            ctx.section = d.date.first_day()  # "Doha, May 16 (QNA) - ... today"
            return


def _remember(ctx: _Context, sentence: Sentence, mentions: list[Mention], events: list[Event]) -> None:
    """Keep what later sentences need: the last organisation, countries, subject, year, pair."""
    text = sentence.text
    for m in mentions:
        if m.kind == "org":
            ctx.last_org = m.key
    if any(e.type == "Summit" and e.organization for e in events):
        ctx.last_summit_org = next(e.organization for e in events if e.type == "Summit" and e.organization)
    for m in mentions:
        if m.kind in ("country", "person", "description", "city") and m.country and m.country != ctx.dm.main_country:
            ctx.recent_countries.append(m.country)
    if ctx.published is None:  # without a published date, a bare "4 July" is in the year last named
        years = _YEAR.findall(text)
        if years:
            ctx.narrative_year = int(years[-1])
    first_person = next((m for m in mentions if m.kind == "person" and m.country), None)
    pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\b", text)
    if first_person and not (pronoun and pronoun.start() < first_person.start - sentence.start):
        ctx.last_subject = first_person.country
    for event in events:
        if event.type in ("Visit", "Meeting") and len(event.countries) == 2 and not event.planned:
            ctx.pair = event.countries
    ctx.recent_countries[:] = ctx.recent_countries[-12:]


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?!-\d)")
_SPAN_DAYS = re.compile(r"\b(\d|two|three|four|five|six|seven)-day\b", re.I)
_WILL_HAPPEN = re.compile(r"^[^.;]*?\b(?:will|is\s+to|is\s+expected\s+to|is\s+scheduled\s+to)\s+(?:also\s+)?(?:take\s+place|be\s+held|begin|start|follow|be\s+paid|be\s+signed)\b")
_MAY_HAPPEN = re.compile(r"^[^.;]*?\b(?:could|would|might|may)\s+(?:well\s+)?(?:happen|take\s+place|be\s+held|come|go\s+ahead|materiali[sz]e|follow)\b")
_BACKGROUND = re.compile(r"\b(?:recalled|recalling|last (?:visited|met|came|travell?ed)|previous(?:ly)?|had (?:visited|met|signed|held)|ago|(?:first|second|last) (?:visit|trip)|since then)\b", re.I)
_FORWARD = re.compile(r"(?i)next|tomorrow")
_DATELINE_BEFORE = re.compile(r"^[A-Z][\w.'\u00c0-\u024f -]{1,40},\s*(?:\w+day,\s*)?$")
_DATELINE_AFTER = re.compile(r"^,?\s*(?:\d{4}\s*)?(?:\([^)]{0,60}\)\s*)?[-:]")


def _host_of(summit: Event, ctx: _Context) -> str | None:
    if summit.city:
        city = ctx.gaz.city_named(summit.city)
        return city.iso3 if city else None
    return None


def _attach_date(event: Event, text: str, dates: list[DateMention], anchor: dt.date | None = None) -> None:
    """The date mention nearest the trigger, ignoring a dateline ("LIMA, Nov 16 (Wire) -")."""
    usable = [d for d in dates
              if not (_DATELINE_BEFORE.match(text[:d.start]) and _DATELINE_AFTER.match(text[d.end:]))
              and (event.planned or not _FORWARD.match(text[d.start:d.end]))
              and not (d.relative and d.date.precision == "year")]  # "this year" dates little
    usable = [d for d in usable if not re.search(r"\bsince\s+(?:[\w-]+\s+){0,8}?$", text[max(0, d.start - 70):d.start])
              and not re.search(r"\b(?:until|till|through|expir\w+|valid\s+to|runs?\s+to|by|before|deadline\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$", text[max(0, d.start - 30):d.start])]
    if not usable:
        return

    def distance(d: DateMention) -> int:
        if d.start >= event.trigger:
            return d.start - event.trigger
        if not text[:d.start].strip(" \"'(") or re.match(r"^(?:On|In|Since|Earlier|Later|Last|On the)\b", text[:d.start].strip()):
            return 0  # a fronted date ("On Wednesday, ...") governs the whole sentence
        return event.trigger - d.end + 10  # otherwise a date after the trigger reads more naturally
    best = min(usable, key=distance)
    event.date = best.date
    event.end_date = best.end_date
    event.explicit_date = True
    if not event.planned and ((anchor is not None and (anchor - best.date.first_day()).days > 45)
                              or (anchor is None and _BACKGROUND.search(text))):
        event.background = True  # an earlier event told in passing, with its own date


def _unique(codes) -> tuple[str, ...]:
    out: list[str] = []
    for code in codes:
        if code and code not in out:
            out.append(code)
    return tuple(out)


def _build_visit(ctx, sentence, mentions, actors, orgs, trigger, found):
    text = sentence.text
    places: list[tuple[int, str, str | None]] = []  # (position, host, city)
    # "this visit ... in Beijing": an anaphoric visit may name its place further on
    anaphoric = re.search(r"\b(?:this|the|his|her|current|present)\s+visit\b", text[max(0, trigger.start() - 10):trigger.end() + 1], re.I)
    previous_end = None
    for m in mentions:
        pos = m.start - sentence.start
        if m.kind not in ("country", "city", "agency"):
            continue
        destination = (_DESTINATION.search(text[max(0, pos - 45):pos])
                       or (not places and (0 < pos - trigger.end() < 40 or anaphoric) and pos > trigger.start()
                           and re.search(r"\b(?:in|to)\s+(?:the\s+)?$", text[max(0, pos - 8):pos]))
                       or (previous_end is not None and re.fullmatch(r"\s*(?:,|and|,\s*and|then)\s+(?:to\s+|in\s+)?(?:the\s+)?", text[previous_end:pos])))
        if not destination:
            continue
        host = m.country
        places.append((pos, host, ctx.gaz.cities[m.key].name if m.kind == "city" else None))
        previous_end = m.end - sentence.start
    visiting = re.match(r"\s*visiting\s+[A-Z]", text[trigger.start():])
    if visiting and not places:
        # "Xi met visiting Belarusian President Lukashenko in Beijing": guest after the word,
        # host the place or the other side
        after = [code for pos, code, how in actors if pos >= trigger.end()]
        if not after:
            return None
        guest = after[0]
        _, city_country = _city(ctx, mentions)
        host = city_country if city_country and city_country != guest else next(
            (code for pos, code, how in actors if code != guest and how != "place"), None)
        if host is None:
            return None
        countries = _unique([guest, host])
        return [Event("Visit", countries, [], host=host, guests=(guest,), city=_city(ctx, mentions)[0] if city_country == host else None,
                      persons=_persons(mentions, set(countries)))]
    for m in mentions:  # "arrived in the Egyptian capital"
        pos = m.start - sentence.start
        if m.kind == "demonym" and re.match(r"\s+capital\b", text[m.end - sentence.start:]) and _DESTINATION.search(
                text[max(0, pos - 50):pos].rstrip().removesuffix("the").rstrip() + " "):
            places.append((pos, m.key, None))
    places.sort()
    if not places:
        return None
    hosts = list(_unique(h for _, h, _ in places))
    first = places[0][0]
    guests = [code for pos, code, how in actors if code not in hosts and (pos < first or how in ("person", "description", "demonym"))]
    possessive = re.search(r"\b([A-Z][\w-]+)'s?\s+(?:\w+\s+){0,2}visit\b", text)
    if possessive:
        code = ctx.gaz.country_by_name(possessive.group(1))
        if code and code not in hosts:
            guests.insert(0, code)
    if not guests and ctx.pair and len(hosts) == 1 and hosts[0] in ctx.pair and re.search(
            r"\b(?:your|his|her|their)\s+(?:[\w-]+\s+){0,2}visit", text, re.I):
        guests = [c for c in ctx.pair if c != hosts[0]]  # "I remember your visit to Baku": the other side
    if not guests:  # "His schedule included a visit to X": the story's subject travels
        guests = [c for c in (ctx.dm.main_country, ctx.last_subject) if c and c not in hosts][:1]
    guests = list(_unique(guests))
    if len(guests) > 1:
        # "Mohamud and Abiy arrived in Ankara": every country of a joint subject is a guest
        joint = re.search(r"\b(?:and|,)\b", text[:first]) and not re.search(r"\bwith\b", text[:first])
        guests = guests if joint and len(guests) <= 3 else guests[:1]
    if not guests:
        return None
    hosts = [h for h in hosts if h not in guests]
    kind = _VISIT_KIND.search(text)
    events = []
    for host in hosts:
        city_name = next((c for _, h, c in places if h == host and c), None)
        if city_name is None:
            other, city_country = _city(ctx, mentions)
            city_name = other if city_country == host else None
        for guest in guests:
            countries = _unique([guest, host])
            events.append(Event("Visit", countries, [], host=host, guests=(guest,), city=city_name,
                                persons=_persons(mentions, set(countries)),
                                visit_type=kind.group(1).lower() if kind else None))
    return events


# capitals that in news usually stand for an organisation seated there, not for their country
_ORGANISATION_SEATS = {"Brussels", "Geneva", "Strasbourg", "The Hague", "Luxembourg"}
_ASIDE = re.compile(r",\s+(?:becoming|making|marking|the\s+first|his\s+first|her\s+first|a\s+year\s+after|weeks?\s+after|days?\s+after)\b|\bsince\b")
_PARTY_BEFORE = re.compile(r"(?:\bwith|\band|\bbetween|,|&|\bby|\bof)\s+(?:the\s+)?(?:\w+\s+){0,2}$")
_BOTH = re.compile(r"\b(?:[Tt]he two(?= (?:signed|met|agreed|held|discussed|spoke|exchanged|leaders|presidents|sides))|(?:the two|both) (?:leaders|presidents|ministers|sides|heads of state|premiers|prime ministers|foreign ministers|delegations|countries|governments|officials|men|women|PMs|FMs|ministers))\b", re.I)
_ATTENDEES = re.compile(r"(?:\bwith|\bincluding|\band|\bfrom|,|\b(?:president|prime minister|premier|leader|head of state|king|emir|chancellor)s?\s+of|\bleaders of|\bheads of state of|\bpresidents of|\bdelegations of|\bcounterparts from)\s+(?:the\s+)?(?:\w+\s+){0,2}$")
_ORG_OFFICIAL = re.compile(r"\b(?:Secretary[- ]General|secretary[- ]general|Director[- ]General|chief|head|President of the European Commission|Commission President|High Representative)\b")


def _build_meeting(ctx, sentence, mentions, actors, orgs, trigger, found):
    text = sentence.text
    if trigger.group().lower() in ("meeting", "meets", "meet") and re.search(r"\bmeeting\s+of\s+the\b", text) and orgs:
        return None
    actors = [(pos, code, how) for pos, code, how in actors
              if how not in ("country", "place") or pos < trigger.start() or _PARTY_BEFORE.search(text[max(0, pos - 25):pos])]
    aside = _ASIDE.search(text, trigger.end())
    if aside:  # "..., becoming the first EU leader to meet Putin since Austrian Chancellor Nehammer"
        actors = [a for a in actors if a[0] < aside.start()]
    codes = _unique(code for _, code, how in actors if how != "place")
    if len(codes) < 2:  # "held talks in China": the place is the other side only when needed
        codes = _unique(code for _, code, _ in actors)
    if _BOTH.search(text) and len(codes) < 2 or (_BOTH.search(text) and ctx.pair and not set(codes) - set(ctx.pair)):
        codes = _unique([*ctx.pair] or [*codes, ctx.dm.main_country, *reversed(ctx.recent_countries)])[:2]
    if len(codes) == 1 and ctx.pair and codes[0] in ctx.pair and re.search(r"\b(?:his|her|their)\s+(?:\w+\s+)?counterparts?\b", text):
        codes = tuple(ctx.pair)  # "the Foreign Minister held talks with his counterpart"
    city_name, _ = _city(ctx, mentions)
    events = []
    official_org = None
    for m in mentions:
        if m.kind == "org" and _ORG_OFFICIAL.search(text[max(0, m.start - sentence.start - 40):m.start - sentence.start]):
            official_org = m.key
    subject = _unique(code for pos, code, _ in actors if pos < trigger.start() and code in codes)
    objects = _unique(code for pos, code, _ in actors if pos >= trigger.start() and code not in subject and code in codes)
    if official_org is None and "UN" in ctx.gaz.organizations and not any(m.kind == "org" and m.key != "UN" for m in mentions) \
            and re.search(r"\bSecretary[- ]General\b", text):
        official_org = "UN"  # "Secretary-General António Guterres met with Haiti's Prime Minister"
    if official_org and (len(subject) == 1 or (not subject and len(codes) == 1)):
        side = subject or tuple(codes)
        events.append(Event("Meeting", side, [], organization=official_org, city=city_name,
                            persons=_persons(mentions, set(side))))
    if len(codes) < 2:
        return events or None
    if len(subject) >= 2 and not re.search(r"\b(?:with|between|among)\b", text[trigger.start():trigger.end() + 15]):
        codes = subject  # "A and B last met in Kazan ... as a guest of C": the subject met
    elif len(subject) == 1 and len(objects) >= 2 and re.search(r"\bwith\b", text[trigger.start():]):
        for other in objects:  # "X held talks with A, B and C": one meeting per counterpart
            pair = tuple(sorted((subject[0], other)))
            events.append(Event("Meeting", pair, [], city=city_name, persons=_persons(mentions, set(pair))))
        return events
    if len(codes) > 4 or len(codes) < 2:
        return events or None
    events.append(Event("Meeting", tuple(sorted(codes)), [], city=city_name,
                        persons=_persons(mentions, set(codes))))
    return events


def _build_summit(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    org = None
    near = [m for m in mentions if m.kind == "org"
            and not _ORG_OFFICIAL.search(text[max(0, m.start - sentence.start - 40):m.start - sentence.start])]
    if near:
        org = min(near, key=lambda m: abs(m.start - sentence.start - trigger.start())).key
    if re.search(r"\b(?:the|this|that)\s+summit\b", text, re.I) and ctx.last_summit_org and (
            org is None or abs(near[0].start - sentence.start - trigger.start()) > 60):
        org = ctx.last_summit_org
    if org is None and orgs and not near and _ORG_REF.search(text):
        org = orgs[0]
    if re.match(r"summit\s+(?:talks|meeting|level talks)", text[trigger.start():], re.I) or re.search(
            r"\b(?:bilateral|two-way|one-on-one)\s+$", text[:trigger.start()]):
        return None  # "held summit talks with Samia": a meeting of two leaders
    participation = re.match(r"(?:attended|took|participated|were|was)", trigger.group())
    if participation and not re.search(r"\b(?:summit|forum|conference|gathering|meeting|council|session)\b", text, re.I):
        if ctx.last_summit_org is None:
            return None
        org = ctx.last_summit_org
        actors = [a for a in actors if a[2] in ("person", "description", "demonym")]
    if org is None and not re.search(r"\bsummit\b", trigger.group(), re.I):
        return None
    clause_end = re.search(r"\b(?:since|after|before|when|which|who|whose|that|although|despite|while)\b|;", text[trigger.end():])
    limit = trigger.end() + clause_end.start() if clause_end else len(text)
    codes = list(_unique(code for pos, code, how in actors
                         if how not in ("country", "place") or pos < trigger.start()
                         or (pos < limit and _ATTENDEES.search(text[max(0, pos - 40):pos]))))
    city_name, city_country = _city(ctx, mentions)
    if city_country:
        codes.append(city_country)
    for m in mentions:  # "Kazakhstan's capital", "the Nigerian capital", "Kyrgyzstan, where ..."
        rest = text[m.end - sentence.start:]
        if m.kind in ("country", "demonym") and re.match(r"(?:'s?\s+capital|\s+capital|,\s+where)", rest):
            codes.append(m.key)
    head = re.match(r"\s*([A-Z][A-Z .'-]{2,30})\s*(?:,|-)", text)  # a dateline city: "ABUJA -"
    if head and sentence.start < 400:
        place = next((c for c in ctx.gaz.cities.values() if c.name.upper() == head.group(1).strip()), None)
        if place is not None:
            codes.append(place.iso3)
            city_name = city_name or place.name
    codes = list(_unique(codes))
    if not codes and org is None:
        return None
    if not codes:
        return None
    return Event("Summit", tuple(sorted(codes)), [], organization=org, city=city_name,
                 persons=_persons(mentions, set(codes)))


_DOMESTIC_SIGNING = re.compile(r"\bsign(?:ed|s|ing)?\s+(?:an?\s+|the\s+|into\s+)?(?:presidential\s+memorandum|executive\s+order|decree|law|bill|budget|ordinance)", re.I)


def _build_signing(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    if not _AGREEMENT_NOUN.search(text) or _DOMESTIC_SIGNING.search(text):
        return None  # a president signing a decree or an executive order is not an agreement
    codes = list(_unique(code for _, code, _ in actors))
    for m in re.finditer(r"\b([A-Z][\w]+)-([A-Z][\w]+)\b", text):  # "Myanmar-Belarus Roadmap"
        for part in m.groups():
            code = ctx.gaz.country_by_name(part)
            if code:
                codes.append(code)
    codes = list(_unique(codes))
    if len(codes) < 2 and _BOTH.search(text) and ctx.pair:
        codes = list(ctx.pair)
    if len(codes) < 2 and re.search(r"\b(?:this|that|the) country\b", text) and ctx.recent_countries:
        codes = list(_unique([*codes, ctx.dm.main_country, ctx.recent_countries[-1]]))
    if len(codes) < 2:
        fallback = [ctx.dm.main_country, *reversed(ctx.recent_countries)]
        codes = list(_unique([*codes, *fallback]))[:2]
    if len(codes) < 2:
        return None
    subject = None
    named = _NAMED_AGREEMENT.search(text)
    about = _SUBJECT.search(text)
    if about:
        subject = about.group("s").strip()
    elif named:
        subject = named.group("s").strip()
    count = None
    cm = _COUNT.search(text)
    if cm:
        count = _number(cm.group("n"))
    city_name, _ = _city(ctx, mentions)
    return Event("AgreementSigning", tuple(sorted(codes)), [], city=city_name, agreement_subject=subject,
                 agreement_count=count, persons=_persons(mentions, set(codes)))


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    dozen = re.match(r"(?:(\w+)\s+)?dozen", word)
    if dozen:
        factor = _NUMBER_WORDS.get(dozen.group(1) or "one", 1) if dozen.group(1) != "a" else 1
        return 12 * (factor or 1)
    return _NUMBER_WORDS.get(word)


def _build_accession(ctx, sentence, mentions, actors, orgs, trigger, found):
    text = sentence.text
    t0, t1 = trigger.start(), trigger.end()
    word = trigger.group().lower()
    org = None
    org_mentions = [m for m in mentions if m.kind == "org"]
    if word.startswith("join") or word.startswith("accession"):
        after = [m for m in org_mentions if 0 <= m.start - sentence.start - t1 <= 45]
        org = after[0].key if after else (ctx.last_org if re.match(r"\s*(?:to\s+)?" + _ORG_REF.pattern, text[t1:], re.I) else None)
    else:
        org = org_mentions[0].key if org_mentions else (ctx.last_summit_org or ctx.last_org)
    if org is None or re.search(r"\bas\s+(?:an?\s+)?(?:dialogue\s+)?(?:partner|observer|associate)", text[t0:t0 + 60]):
        return None
    joiners: list[str] = []
    admitted = re.search(r"\b(?:admission|accession)\s+of\s+", text)
    if admitted:  # "approved the admission of the Republic of Azerbaijan as the ninth member"
        joiners = [m.country for m in mentions if m.kind == "country"
                   and 0 <= m.start - sentence.start - admitted.end() <= 25][:1]
    possessive = re.search(r"\b([A-Z][\w-]+)(?:'s?)\s+(?:\w+\s+){0,2}(?:accession|membership|bid)\b", text)
    if possessive and not joiners:
        code = ctx.gaz.country_by_name(possessive.group(1))
        joiners = [code] if code else []
    if not joiners:
        before = [(pos, code) for pos, code, how in actors if pos < t0 and how in ("country", "place", "person", "reference")]
        if before:
            joiners = [before[-1][1]]
            # "India and Pakistan became full members": every country of the subject list
            for pos, code in reversed(before[:-1]):
                if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", _gap(text, pos, before)):
                    break
                joiners.insert(0, code)
    joiners = list(_unique(joiners))
    if not joiners:
        return None
    return [Event("Accession", (code,), [], organization=org, persons=_persons(mentions, {code})) for code in joiners]


def _gap(text: str, pos: int, before: list[tuple[int, str]]) -> str:
    """Text between a subject-list country and the next one ("India and Pakistan")."""
    positions = [p for p, _ in before]
    nxt = positions[positions.index(pos) + 1]
    word = re.match(r"[\w'-]+", text[pos:])
    return text[pos + (word.end() if word else 0):nxt]


_SANCTION_ACT = re.compile(r"\b(?:impos\w*|announc\w*|adopt\w*|extend\w*|renew\w*|expand\w*|widen\w*|add(?:ed|s|ing)?|designat\w*|sanctioned|slapp\w*|levi\w*|introduc\w*|approv\w*|target\w*|froze|freez\w*|bann\w*|blacklist\w*|list(?:ed|ing)|hit|agreed|unveil\w*|tighten\w*|prolong\w*)\b", re.I)
_SANCTION_LIFTED = re.compile(r"\b(?:lift\w*|eas(?:e|ed|es|ing)|remov\w*|suspend\w*|waiv\w*|unfroze|unfreez\w*|end(?:ed|ing)?)\s+(?:[\w-]+\s+){0,4}?"
                             r"(?:sanctions|measures|restrictions|embargo|programme|program|regime)\b|\bsanctions\s+relief\b", re.I)


def _build_sanction(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    t0 = trigger.start()
    lifted = _SANCTION_LIFTED.search(text)
    if lifted and re.search(r"\b(?:impos\w*|sanctioned|designat\w*|added|listed)\b", text[lifted.end():]):
        lifted = None  # "lifted the programme but imposed new sanctions on ..."
    if not (lifted or _SANCTION_ACT.search(text) or _PASSIVE_TARGET.search(text)):
        return None  # sanctions talked about ("must be implemented"), not imposed
    parties = []  # (pos, key, is_org)
    listed: list[str] = []  # countries whose officials or companies are named as targets
    for m in mentions:
        pos = m.start - sentence.start
        if m.kind in ("country", "agency"):
            parties.append((pos, m.country, False))
        elif m.kind == "org":
            parties.append((pos, m.key, True))
        elif m.kind in ("person", "description") and m.country:
            parties.append((pos, m.country, False))
        elif m.kind == "demonym" and re.match(r"\s+(?:\w+\s+){0,2}(?:officials|companies|entities|individuals|firms|banks|oligarchs|"
                                               r"group|network|military|army|generals|ministers|government|settlers|people|nationals|tankers|vessels|refiner\w*|oil|"
                                               r"conglomerate|firms?|company|businessm[ae]n|tycoons?|entity)",
                                               text[m.end - sentence.start:]):
            parties.append((pos, m.key, False))  # "15 Venezuelan officials", "the Cambodian group"
            listed.append(m.key)
        elif m.kind == "city" and any(a[0] == pos and a[2] == "metonym" for a in actors):
            parties.append((pos, m.country, False))  # "Washington sanctioned ..."
    passive = _PASSIVE_TARGET.search(text[:t0 + 1])
    target_m = re.search(r"\b(?:on|against|targeting|targetting)\s+", text[t0:])
    imposers: list[str] = []
    targets: list[str] = []
    if passive and passive.start() < t0:
        targets = [k for p, k, o in parties if p < passive.start() and not o][-1:]
        stop = re.search(r"\b(?:due|because|over|for|after|amid|following|which|that)\b|[.;:]", text[t0:])
        end = t0 + stop.start() if stop else len(text)
        imposers = [k for p, k, o in parties if t0 < p < end]
    else:
        split = t0 + target_m.end() if target_m else len(text)
        imposers = [k for p, k, o in parties if p < t0]
        stop = re.search(r"\b(?:over|for|because|due|in response|after|amid|as(?!\s+well\s+as)|following|which|that|who)\b|[.;:]", text[split:])
        end = split + stop.start() if stop else len(text)
        targets = [k for p, k, o in parties if split <= p < end and not o]
        if not imposers:
            imposers = [k for p, k, o in parties if t0 <= p < split and (o or re.search(r"\b(?:by|from)\s+(?:the\s+)?$", text[max(0, p - 12):p]))]
    if not targets and listed:  # "the EU added 15 Venezuelan officials to its sanctions list"
        targets = listed
    if not imposers and re.search(r"\b(?:the|its|their)\s+(?:bloc|union|alliance|organi[sz]ation|council|Council)'?s?\b", text[:t0 + 1]) and (ctx.last_org or orgs):
        imposers = [orgs[0] if orgs else ctx.last_org]
    imposers = [k for k in _unique(imposers) if k not in targets]
    targets = list(_unique(targets))
    if imposers and not targets and ctx.last_target and ctx.last_target not in imposers:
        targets = [ctx.last_target]  # "Britain sanctioned four of the vessels": the story's target
    if targets:
        ctx.last_target = targets[0]
    if lifted or not imposers or not targets:
        return None  # lifting sanctions is not imposing them
    codes = _unique([*[k for k in imposers if k in ctx.gaz.countries and k not in {o for _, o, is_org in parties if is_org}], *targets])
    org_keys = {k for _, k, is_org in parties if is_org}
    return Event("Sanction", tuple(sorted(codes)), [], imposers=tuple(imposers), targets=tuple(targets),
                 state=bool(passive and passive.start() < t0 and not _SANCTION_ACT.search(text)),
                 organization=next((k for k in imposers if k in org_keys or (k not in ctx.gaz.countries
                                                                               and k in ctx.gaz.organizations)), None))


_BUILDERS = {
    "Visit": _build_visit,
    "Meeting": _build_meeting,
    "Summit": _build_summit,
    "AgreementSigning": _build_signing,
    "Accession": _build_accession,
    "Sanction": _build_sanction,
}


def _inherit_dates(events: list[Event], ctx: _Context) -> list[Event]:
    """Give undated facts the date the story implies.

    In order: the last dated fact earlier in the same paragraph; the first dated fact that shares
    a country; the date of the story's lead fact (the first dated one).
    """
    facts = [e for e in events if not e.planned and not e.background]
    lead = next((e for e in facts if e.date is not None and e.date.precision == "day"), None)
    for index, event in enumerate(events):
        if event.date is not None or event.planned or event.ongoing or event.state:
            continue
        before = [e for e in events[:index] if e.date is not None and not e.planned and not e.background
                  and e.paragraph == event.paragraph]
        same = [e for e in facts if e.date is not None and set(e.countries) & set(event.countries)]
        source = before[-1] if before else lead if lead is not None else same[0] if same else None
        if event.section is not None and not before:  # the date heading this dispatch
            event.date, event.end_date = PartialDate.of(event.section), None
        elif source is not None:
            event.date = source.date
            event.end_date = source.end_date
    return events


def _split_sanctions(events: list[Event]) -> list[Event]:
    out = []
    for event in events:
        if event.type != "Sanction" or (len(event.imposers) == 1 and len(event.targets) == 1):
            out.append(event)
            continue
        for imposer in event.imposers:
            for target in event.targets:
                codes = tuple(sorted({c for c in (imposer, target) if len(c) == 3 and c.isupper() and c != event.organization}))
                org = imposer if imposer == event.organization else None
                out.append(replace(event, imposers=(imposer,), targets=(target,), countries=codes or (target,), organization=org))
    return out


def _same_time(a: Event, b: Event) -> bool:
    """Dates that allow two mentions to be one event: equal, or one of them not stated (but an
    undated mention is not an earlier event told in passing)."""
    if a.background != b.background and not (a.explicit_date and b.explicit_date):
        return False
    if a.explicit_date and b.explicit_date and a.date and b.date and a.date.value != b.date.value:
        return False
    if a.explicit_date != b.explicit_date and a.date and b.date and len(a.date.value) == len(b.date.value) == 10:
        # an inherited date a day or two off the stated one: the same event
        return abs((a.date.first_day() - b.date.first_day()).days) <= 3
    return _compatible(a.date, b.date)


def _compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return True
    short = min(len(a.value), len(b.value))
    return a.value[:short] == b.value[:short]


def _absorb_into_summits(events: list[Event]) -> list[Event]:
    """A meeting of three or more countries on a summit's day is that summit's gathering."""
    summits = [e for e in events if e.type == "Summit" and not e.planned]
    out = []
    for event in events:
        if event.type == "Meeting" and len(event.countries) >= 3 and not event.planned:
            summit = next((s for s in summits if _compatible(s.date, event.date)), None)
            if summit is not None:
                summit.countries = tuple(sorted(set(summit.countries) | set(event.countries)))
                summit.evidence.extend(event.evidence)
                continue
        out.append(event)
    return out


def _different_people(a: Event, b: Event, countries_of: dict[str, str | None]) -> bool:
    """Do two meetings have different representatives of one country (leaders vs ministers)?"""
    for code in set(a.countries) & set(b.countries):
        pa = {p for p in a.persons if countries_of.get(p) == code}
        pb = {p for p in b.persons if countries_of.get(p) == code}
        if pa and pb and not pa & pb:
            return True
    return False


def _merge(events: list[Event], countries_of: dict[str, str | None] | None = None) -> list[Event]:
    """One event per (type, countries, organisation, compatible date) in a document."""
    countries_of = countries_of or {}
    merged: list[Event] = []
    for event in _split_sanctions(events):
        target = None
        if event.type == "Summit":
            target = next((o for o in merged if o.type == "Summit" and o.planned == event.planned
                           and (o.organization == event.organization or not o.organization or not event.organization)
                           and (_compatible(o.date, event.date) or not (o.explicit_date and event.explicit_date))), None)
            if target is not None:
                target.countries = tuple(sorted(set(target.countries) | set(event.countries)))
        for other in merged if target is None else []:
            if event.type == "Meeting" and _different_people(event, other, countries_of):
                continue  # the leaders' talks and the ministers' talks of one day are two meetings
            if (other.type == event.type and other.countries == event.countries
                    and other.planned == event.planned
                    and (other.organization == event.organization or not other.organization or not event.organization)
                    and other.imposers == event.imposers and other.targets == event.targets
                    and (other.host == event.host)
                    and _same_time(other, event)):
                target = other
                break
        if target is None:
            merged.append(event)
            continue
        target.evidence.extend(e for e in event.evidence if e not in target.evidence)
        target.persons = _unique([*target.persons, *event.persons])
        target.organization = target.organization or event.organization
        target.city = target.city or event.city
        target.visit_type = target.visit_type or event.visit_type
        target.agreement_subject = target.agreement_subject or event.agreement_subject
        target.agreement_count = target.agreement_count or event.agreement_count
        if event.date and (target.date is None or (event.explicit_date and not target.explicit_date)
                           or (event.explicit_date == target.explicit_date and len(event.date.value) > len(target.date.value))):
            target.date, target.end_date = event.date, event.end_date
            target.explicit_date = target.explicit_date or event.explicit_date
    return merged
