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

from .dates import DateMention, PartialDate, find_dates
from .gazetteer import Gazetteer, data_path
from .mentions import DocumentMentions, Mention
from .normalize import Sentence

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

    @property
    def guest(self) -> str | None:
        return self.guests[0] if self.guests else None


@functools.lru_cache(maxsize=1)
def _triggers() -> dict[str, re.Pattern]:
    groups: dict[str, list[str]] = {}
    with data_path("triggers.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            groups.setdefault(row["type"], []).append(row["pattern"])
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns)) for kind, patterns in groups.items()}


@functools.lru_cache(maxsize=1)
def _modality() -> dict[str, re.Pattern]:
    groups: dict[str, list[str]] = {}
    with data_path("modality.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            groups.setdefault(row["kind"], []).append(row["pattern"])
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.I) for kind, patterns in groups.items()}


_AGREEMENT_NOUN = re.compile(r"\b(?:agreements?|memorand(?:um|a)|MoUs?|treat(?:y|ies)|accords?|deals?|road\s?maps?|declarations?|protocols?|contracts?|documents|pacts?|charters?|conventions?|communiqu[ée]s?|programmes?|programs?)\b", re.I)
_TOPICAL = re.compile(r"(?:situation|crisis|war|conflict|invasion|events|developments|happening|settlement|reconstruction|aggression|attack|occupation|tensions|elections?|border|about|regarding|concerning|including|such as|like|on)\s+(?:in|of|on|against|with|to)?\s*(?:the\s+)?$", re.I)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "a dozen": 12, "dozen": 12, "a couple of": 2, "several": None,
}
_COUNT = re.compile(r"\b(?:(?:around|about|some|nearly|almost|over|more than|at least|up to)\s+)?(?P<n>\d{1,3}|(?:a|one|two|three|four|five|six)\s+dozen|dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b(?=\s+(?:\w+[\s-]+){0,3}(?:agreements|documents|memoranda|deals|accords|treaties|contracts|MoUs|memorandums|protocols)|\)|\s*\))", re.I)
_SUBJECT = re.compile(r"\b(?:agreements?|memorand(?:um|a)|treat(?:y|ies)|accords?|deals?|protocols?|contracts?|MoUs?)\s+(?:on|for|in the (?:field|area|sphere)s? of|regarding|concerning|to boost|to expand|to promote)\s+(?P<s>[\w\s'-]{3,60}?)(?=\s*(?:[,.;:()]|\band\b\s+(?:a|an|the|other|several)\b|\bwith\b|\bbetween\b|\bduring\b|\bat\b|\bwhich\b|\bthat\b|$))", re.I)
_NAMED_AGREEMENT = re.compile(r"\b(?P<s>(?:[A-Z][\w-]*\s+){1,6}(?:Roadmap|Road Map|Agreement|Treaty|Memorandum|Accord|Declaration|Charter|Programme|Program|Plan|Partnership)(?:\s+\d{4}(?:-\d{4})?)?)")
_VISIT_KIND = re.compile(r"\b(state|official|working|private|friendly)\s+visit", re.I)
_DESTINATION = re.compile(r"(?:visit(?:s|ed|ing)?|arriv(?:ed|es|ing|al)\s+(?:in|at)|landed\s+in|trip\s+to|tour\s+of|travel(?:l)?ed\s+to|flew\s+(?:in)?to)\s+(?:to\s+|in\s+)?(?:the\s+)?$", re.I)
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
    if pats["negated"].search(window):
        return "negated"
    before = text[max(0, start - 60):start]
    if pats["planned"].search(window) and (pats["planned"].search(before) or re.search(r"\bto\s*$", before)):
        return "planned"
    if re.search(r"\bto\s+$", before) and re.search(r"\b(?:invited|plans?|intends?|wants?|agreed|expected|decided|ready|hopes?|aims?)\b", before, re.I):
        return "planned"
    if pats["hypothetical"].search(before):
        return "hypothetical"
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


def extract_events(text: str, sentences: list[Sentence], dm: DocumentMentions, gaz: Gazetteer,
                   published: dt.date | None) -> list[Event]:
    """Events stated in a document, merged within the document."""
    ctx = _Context(gaz, dm, [m.start for m in dm.mentions], published, _document_year(text, published))
    events: list[Event] = []
    for sentence in sentences:
        events.extend(_sentence_events(sentence, ctx))
    return _merge(_inherit_dates(events, ctx))


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
    for m in mentions:
        pos = m.start - sentence.start
        if m.kind == "person" and m.country:
            out.append((pos, m.country, "person"))
        elif m.kind == "description" and m.country:
            out.append((pos, m.country, "description"))
        elif m.kind == "country":
            before = text[max(0, pos - 40):pos]
            if not allow_topical and _TOPICAL.search(before):
                continue
            out.append((pos, m.key, "country"))
        elif m.kind == "demonym":
            after = text[m.end - sentence.start:m.end - sentence.start + 40]
            if re.match(r"(?:-\w+)|\s+(?:[A-Z][\w-]+\s+){0,3}(?:President|Prime Minister|Premier|Foreign Minister|leader|head of state|counterpart|side|delegation|government|Sultan|King|Emir|Chancellor|minister|officials?|authorities|partners)\b", after, re.I):
                out.append((pos, m.key, "demonym"))
    for m in re.finditer(r"\b(?:[Tt]he (?:President|head of state|Head of State|leader)|He|She)\b(?!\s+of\b)", text):
        if ctx.dm.main_country and not any(abs(p - m.start()) < 3 for p, _, _ in out):
            follow = text[m.end():m.end() + 30]
            if re.match(r"\s+(?:of|[A-Z])", follow):
                continue
            out.append((m.start(), ctx.dm.main_country, "reference"))
    return sorted(out)


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
    triggers = _triggers()
    events: list[Event] = []
    found: dict[str, re.Match] = {}
    for kind, pattern in triggers.items():
        m = pattern.search(text)
        if m:
            found[kind] = m
    actors = _actor_countries(ctx, sentence, mentions) if found else []
    planned_any = False
    for kind in EVENT_TYPES:
        trigger = found.get(kind)
        if trigger is None:
            continue
        modality = _modality_of(text, trigger.start(), trigger.end())
        if modality in ("negated", "hypothetical"):
            continue
        builder = _BUILDERS[kind]
        event = builder(ctx, sentence, mentions, actors, orgs, trigger, found)
        if event is None:
            continue
        event.planned = modality == "planned"
        planned_any = planned_any or event.planned
        events.append(event)
    # a meeting inside a summit sentence is the summit unless it is clearly bilateral
    kinds = {e.type for e in events}
    if "Summit" in kinds and "Meeting" in kinds:
        meeting = next(e for e in events if e.type == "Meeting")
        if not re.search(r"\b(?:bilateral|sidelines|on the margins|one-on-one|held talks with|met with)\b", text, re.I) or len(meeting.countries) > 3:
            events = [e for e in events if e.type != "Meeting"]
    dates = find_dates(text, ctx.published, ctx.year, future=planned_any)
    for event in events:
        _attach_date(event, text, dates)
        event.evidence = [Evidence(sentence.start, sentence.end, text)]
    # remember context for later sentences
    for m in mentions:
        if m.kind == "org":
            ctx.last_org = m.key
    if any(e.type == "Summit" and e.organization for e in events):
        ctx.last_summit_org = next(e.organization for e in events if e.type == "Summit" and e.organization)
    for _, code, _ in actors:
        if code != ctx.dm.main_country:
            ctx.recent_countries.append(code)
    ctx.recent_countries[:] = ctx.recent_countries[-12:]
    return events


def _attach_date(event: Event, text: str, dates: list[DateMention]) -> None:
    if not dates:
        return
    best = dates[0]
    event.date = best.date
    event.end_date = best.end_date
    event.explicit_date = True


def _unique(codes) -> tuple[str, ...]:
    out: list[str] = []
    for code in codes:
        if code and code not in out:
            out.append(code)
    return tuple(out)


def _build_visit(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    host = None
    city_name = None
    # destination: the first place right after a visit trigger
    for m in mentions:
        pos = m.start - sentence.start
        if m.kind not in ("country", "city"):
            continue
        if _DESTINATION.search(text[max(0, pos - 45):pos]) or re.search(r"\b(?:in|to)\s+(?:the\s+)?$", text[max(0, pos - 8):pos]) and pos > trigger.start():
            host = m.country if m.kind == "city" else m.key
            if m.kind == "city":
                city_name = ctx.gaz.cities[m.key].name
            break
    possessive = re.search(r"\b([A-Z][\w-]+)'s?\s+(?:\w+\s+){0,2}visit\b", text)
    if host is None:
        return None
    guests = [code for pos, code, how in actors if code != host and (pos < trigger.start() or how in ("person", "description", "demonym"))]
    if possessive:
        code = ctx.gaz.country_by_name(possessive.group(1))
        if code and code != host:
            guests.insert(0, code)
    if not guests and ctx.dm.main_country and ctx.dm.main_country != host:
        guests = [ctx.dm.main_country]
    guests = list(_unique(guests))[:1]
    if not guests:
        return None
    if city_name is None:
        city_name, city_country = _city(ctx, mentions)
        if city_country != host:
            city_name = None
    kind = _VISIT_KIND.search(text)
    countries = _unique([guests[0], host])
    return Event("Visit", countries, [], host=host, guests=tuple(guests), city=city_name,
                 persons=_persons(mentions, set(countries)), visit_type=kind.group(1).lower() if kind else None)


def _build_meeting(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    if trigger.group().lower() in ("meeting", "meets", "meet") and re.search(r"\bmeeting\s+of\s+the\b", text) and orgs:
        return None
    codes = _unique(code for _, code, _ in actors)
    if re.search(r"\bthe two (?:leaders|presidents|ministers|sides|heads of state)\b", text) and len(codes) < 2:
        codes = _unique([*codes, ctx.dm.main_country, *reversed(ctx.recent_countries)])[:2]
    if len(codes) < 2 or len(codes) > 4:
        return None
    city_name, _ = _city(ctx, mentions)
    org = orgs[0] if orgs and re.search(r"Secretary[- ]General|chief|head of the", text) else None
    return Event("Meeting", tuple(sorted(codes)), [], organization=org, city=city_name,
                 persons=_persons(mentions, set(codes)))


def _build_summit(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    org = orgs[0] if orgs else None
    if org is None and re.search(r"\bthe\s+summit\b", text, re.I) and ctx.last_summit_org:
        org = ctx.last_summit_org
    if org is None and not re.search(r"\bsummit\b", trigger.group(), re.I):
        return None
    codes = list(_unique(code for _, code, _ in actors))
    city_name, city_country = _city(ctx, mentions)
    if city_country:
        codes.append(city_country)
    for m in mentions:  # "Kazakhstan's capital", "His first stop was Kyrgyzstan, where ..."
        if m.kind == "country" and re.match(r"(?:'s?\s+capital|,\s+where)", text[m.end - sentence.start:]):
            codes.append(m.key)
    codes = list(_unique(codes))
    if not codes and org is None:
        return None
    if not codes:
        return None
    return Event("Summit", tuple(sorted(codes)), [], organization=org, city=city_name,
                 persons=_persons(mentions, set(codes)))


def _build_signing(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    if not _AGREEMENT_NOUN.search(text):
        return None
    codes = list(_unique(code for _, code, _ in actors))
    for m in re.finditer(r"\b([A-Z][\w]+)-([A-Z][\w]+)\b", text):  # "Myanmar-Belarus Roadmap"
        for part in m.groups():
            code = ctx.gaz.country_by_name(part)
            if code:
                codes.append(code)
    codes = list(_unique(codes))
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


def _build_accession(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    if not orgs:
        return None
    text = sentence.text
    if not re.search(r"\b(?:join|accession|member|admitted)", text, re.I):
        return None
    joiner = None
    possessive = re.search(r"\b([A-Z][\w-]+)(?:'s?)\s+(?:\w+\s+){0,2}(?:accession|membership|bid)\b", text)
    if possessive:
        joiner = ctx.gaz.country_by_name(possessive.group(1))
    if joiner is None:
        before = [code for pos, code, how in actors if pos < trigger.start() and how in ("country", "person", "reference")]
        joiner = before[-1] if before else None
    if joiner is None:
        return None
    return Event("Accession", (joiner,), [], organization=orgs[0], persons=_persons(mentions, {joiner}))


def _build_sanction(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    t0 = trigger.start()
    parties = []  # (pos, key, is_org)
    for m in mentions:
        pos = m.start - sentence.start
        if m.kind == "country":
            parties.append((pos, m.key, False))
        elif m.kind == "org":
            parties.append((pos, m.key, True))
        elif m.kind in ("person", "description") and m.country:
            parties.append((pos, m.country, False))
    passive = _PASSIVE_TARGET.search(text[:t0 + 1])
    target_m = re.search(r"\b(?:on|against|targeting|targetting)\s+", text[t0:])
    imposers: list[str] = []
    targets: list[str] = []
    if passive and passive.start() < t0:
        targets = [k for p, k, o in parties if p < passive.start() and not o][-1:]
        imposers = [k for p, k, o in parties if p > t0]
    else:
        split = t0 + target_m.end() if target_m else len(text)
        imposers = [k for p, k, o in parties if p < t0]
        targets = [k for p, k, o in parties if p >= split and not o]
        if not imposers:
            imposers = [k for p, k, o in parties if t0 <= p < split and (o or re.search(r"\b(?:by|from)\s+(?:the\s+)?$", text[max(0, p - 12):p]))]
    imposers = [k for k in _unique(imposers) if k not in targets]
    targets = list(_unique(targets))
    if not imposers or not targets:
        return None
    codes = _unique([*[k for k in imposers if k in ctx.gaz.countries], *targets])
    return Event("Sanction", tuple(sorted(codes)), [], imposers=tuple(imposers), targets=tuple(targets),
                 organization=next((k for k in imposers if k in ctx.gaz.organizations), None))


_BUILDERS = {
    "Visit": _build_visit,
    "Meeting": _build_meeting,
    "Summit": _build_summit,
    "AgreementSigning": _build_signing,
    "Accession": _build_accession,
    "Sanction": _build_sanction,
}


def _inherit_dates(events: list[Event], ctx: _Context) -> list[Event]:
    """Undated facts take the date of the document's first dated fact of the same countries."""
    dated = [e for e in events if e.date is not None and not e.planned]
    for event in events:
        if event.date is not None or event.planned:
            continue
        same = [e for e in dated if set(e.countries) & set(event.countries)]
        if same:
            event.date = same[0].date
            event.end_date = same[0].end_date
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


def _compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return True
    short = min(len(a.value), len(b.value))
    if a.value[:short] == b.value[:short]:
        return True
    if len(a.value) == len(b.value) == 10:
        return abs((a.first_day() - b.first_day()).days) <= 2
    return False


def _merge(events: list[Event]) -> list[Event]:
    """One event per (type, countries, organisation, compatible date) in a document."""
    merged: list[Event] = []
    for event in _split_sanctions(events):
        target = None
        for other in merged:
            if (other.type == event.type and other.countries == event.countries
                    and other.planned == event.planned
                    and (other.organization == event.organization or not other.organization or not event.organization)
                    and other.imposers == event.imposers and other.targets == event.targets
                    and (other.host == event.host)
                    and _compatible(other.date, event.date)):
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
        if event.date and (target.date is None or len(event.date.value) > len(target.date.value)):
            target.date, target.end_date = event.date, event.end_date
    return merged
