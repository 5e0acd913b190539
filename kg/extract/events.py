"""Events: who visited, met, gathered, signed, joined or sanctioned whom, and when.

Each sentence is read for trigger words (``kg/data/triggers.csv``); the mentions around a
trigger fill the event's roles (the rules of each type are in ``kg.extract.builders``). Modality
cues (``kg/data/modality.csv``) mark plans and drop negated or hypothetical events; dates are
attached here. Events of one document that share type, countries and a compatible date are then
merged into one, with one evidence per sentence (``kg.extract.coalesce``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from .builders import ABSENCE, BRIEFED_ON, BUILDERS, CAPITAL_AFTER, COMPASS, EARLIER_ROUND, TIME_LEAD, DEAL_WITH, EARLIER_TALKS, FRONTED_ING, IN_PLACE, NTH_TO_JOIN, ORGANISATION_SEATS, VISIT_KIND, WHERE_CLAUSE, answered, bears_title, commentary, first_named, monarch_country, told_in_comment, topic_place
from .coalesce import JOINED_IN, absorb_into_summits, compatible_dates, inherit_dates, merge_events
from .dates import DEADLINE, WEEKDAY_NAMES, DateMention, PartialDate, dateline, find_dates, forget_dates
from .gazetteer import OFFICES, Gazetteer, data_path, read_rows
from .mentions import DocumentMentions, Mention, office_of_word
from .modality import NO_EVENT, RELATIVE_ASIDE, modality_of
from .model import EVENT_TYPES, NUMBER_WORDS, ORG_REF, Context, Event, Evidence, number_of, unique
from .normalize import Sentence
from .rules import PatternSet

__all__ = ["Event", "Evidence", "EVENT_TYPES", "extract_events"]


# a step in someone's career ("took office", "was sworn in", "became"): its date is the person's, not an event's
_CAREER_STEP = (r"(?:took|taking|taken|assum(?:ed|ing))\s+(?:up\s+)?(?:office|his\s+post|her\s+post|the\s+post|over)|assumed|became|"
               r"(?:was\s+)?(?:elected|appointed|named|sworn\s+in|re-?elected|inaugurated)|succeeded|replaced|came\s+to\s+power")


@functools.lru_cache(maxsize=1)
def _trigger_scanner() -> PatternSet:
    """Every trigger row, grouped by type in the file's order, scanned as one alternation."""
    rows: dict[str, list[str]] = {}
    for _, row in read_rows(data_path("triggers.csv"), ("type", "pattern")):
        rows.setdefault(row["type"], []).append(row["pattern"])
    return PatternSet([(kind, p) for kind, patterns in rows.items() for p in patterns], re.I)



def extract_events(text: str, sentences: list[Sentence], dm: DocumentMentions, gaz: Gazetteer,
                   published: dt.date | None) -> list[Event]:
    """Events stated in a document, merged within the document."""
    forget_dates()  # dates are memoised within one document only
    head = dateline(text)
    anchor = published or (head[0] if head else None)
    ctx = Context(gaz, dm, [m.start for m in dm.mentions], anchor, _document_year(text, anchor))
    if head and head[1] >= 0:
        ctx.header = (head[1], head[2])
    _find_dateline_city(ctx, sentences)
    for m in dm.mentions:
        if m.kind == "person":
            ctx.first_seen.setdefault(m.key, m.start)
    events: list[Event] = []
    for sentence in sentences:
        events.extend(_sentence_events(sentence, ctx))
    countries_of = {name: info.country for name, info in dm.persons.items()}
    merged = _fold_joiners(merge_events(inherit_dates(events, ctx), countries_of))
    for event in merged:  # an ongoing visit no arrival dated: its first talks' day, or else the story's date
        if event.ongoing and event.date is None:
            talks = next((e for e in merged if e.type in ("Meeting", "AgreementSigning") and e.date is not None
                          and not e.planned and not e.background and {event.host, *event.guests} <= set(e.countries)), None)
            if talks is not None:  # ("returned after a tour that took him to Namibia ... met Nandi-Ndaitwah on July 9")
                event.date = talks.date
            event.ongoing = False
    events = absorb_into_summits(inherit_dates(merged, ctx))
    _widen_summit(events, sentences, ctx)
    _summits_at_the_dateline(events, ctx)
    _targets_took_no_part(events, countries_of)
    # a summit known by one participant only is too thin to report as a gathering of countries
    events = [e for e in events if e.type != "Summit" or (not e.tentative and (len(e.countries) >= 2
                                                                             or _known_by_host(e, events, sentences, ctx)))]
    return _bilateral_summits(events, ctx, countries_of)


def _known_by_host(summit: Event, events: list[Event], sentences: list[Sentence], ctx: Context) -> bool:
    """A summit named by one country only, the country of the city it was held in, is still reported
    when it is an earlier one told by its place and date, or the organisation's one the story opens with."""
    city = ctx.gaz.city_named(summit.city) if summit.city else None
    if city is None or summit.countries != (city.iso3,) or summit.date is None:
        return False
    return _past_summit_at_home(summit, ctx) or _lead_summit_at_home(summit, events, sentences)


def _past_summit_at_home(summit: Event, ctx: Context) -> bool:
    """"The previous CHOGM was held in Valletta, Malta, in November 2015": an earlier summit told by its
    organisation, place and date is known by its host alone, when its sentences name no other country."""
    named = summit.organization or any("summit" in ev.quote.lower() for ev in summit.evidence)
    if not (named and ctx.published is not None and (ctx.published - summit.date.first_day()).days > 14):
        return False
    return all(len({m.country for m in ctx.mentions_between(ev.start, ev.end) if m.country
                    and m.kind in ("person", "country", "demonym")}) <= 1 for ev in summit.evidence)


def _lead_summit_at_home(summit: Event, events: list[Event], sentences: list[Sentence]) -> bool:
    """"CARICOM heads of government began their 49th regular meeting in Montego Bay on Sunday": the
    organisation's summit the story opens with, in a member's city on a day it names, is known by its
    host though no other member is named."""
    return bool(summit.organization and not summit.planned and summit.date.precision == "day" and len(sentences) > 2
                and min(ev.start for ev in summit.evidence) < sentences[2].end
                and not any(e is not summit and e.type == "Summit" for e in events))


def _fold_joiners(events: list[Event]) -> list[Event]:
    """A meeting told only by who joined it ("Erdogan joined by telephone") is the meeting told just
    before: its countries take part in that one."""
    out: list[Event] = []
    for event in events:
        quote = event.evidence[0].quote if len(event.evidence) == 1 else ""
        joined = event.type == "Meeting" and not event.planned and JOINED_IN.search(quote) and not any(
            set(event.countries) <= set(e.countries) for e in out if e.type == "Meeting")  # (ministers present at the talks told)
        before = [e for e in out if e.type == "Meeting" and not e.planned and e.evidence
                  and any(0 < event.evidence[0].start - ev.start < 600 for ev in e.evidence)] if joined else []
        if before:
            told = before[-1]
            told.countries = tuple(sorted(set(told.countries) | set(event.countries)))
            told.persons = unique([*told.persons, *event.persons])
            told.evidence.extend(event.evidence)
            continue
        out.append(event)
    return out


def _targets_took_no_part(events: list[Event], countries_of: dict[str, str | None]) -> None:
    """A summit that punished a country ("ECOWAS leaders meeting in Abuja imposed sanctions on Niger")
    did not have it at the table, unless the story names one of its people there."""
    for summit in (e for e in events if e.type == "Summit" and e.organization):
        punished = {t for e in events if e.type == "Sanction" and e.organization == summit.organization
                    and e.date is not None and summit.date is not None and compatible_dates(e.date, summit.date) for t in e.targets}
        present = {countries_of.get(p) for p in summit.persons}
        kept = tuple(c for c in summit.countries if c not in punished or c in present)
        if len(kept) >= 2:
            summit.countries = kept


_AS_DID = re.compile(r",\s+as\s+did\s+")
_RESULTS_OF = re.compile(r"\b(?:results?|outcomes?|details|course)\s+of\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _in_passing(text: str, pos: int) -> bool:
    """Is the act at ``pos`` told in passing, so that its pair is not the one "the two" stand for later? ("The visit
    comes after ...", "informed his counterpart about the results of his meeting with Trump")"""
    return told_in_comment(text, pos) or bool(_RESULTS_OF.search(text, 0, pos))


_PAIR_SUMMIT = re.compile(r"\b([A-Z][\w'\u00c0-\u024f]+)[-\u2013]([A-Z][\w'\u00c0-\u024f]+)\s+(?:[\w-]+\s+){0,2}?summit\b", re.I)


_NUMBERED_SUMMIT = re.compile(r"\b(?:[IVX]{2,5}|\d+(?:st|nd|rd|th))\s+[Ss]ummit\b")  # "sign nine agreements at VIII Summit in Praia"
_ANNUAL_SUMMIT = re.compile(r"\b(?:annual|bilateral)\s+summit\b", re.I)  # "The two Prime Ministers held the Annual Summit"


def _bilateral_summits(events: list[Event], ctx: Context, countries_of: dict[str, str | None]) -> list[Event]:
    """A summit its text names after two countries ("the fifth Algeria-Italy intergovernmental
    summit") is their leaders' meeting, one with the talks the story tells of that day."""
    changed = False
    for event in events:
        if event.type != "Summit" or len(event.countries) != 2 or event.organization:
            continue
        for quote in (e.quote for e in event.evidence):
            pair = _PAIR_SUMMIT.search(quote)
            if (pair and {ctx.gaz.country_by_name(w) for w in pair.groups()} == set(event.countries)) or _ANNUAL_SUMMIT.search(quote) \
                    or _NUMBERED_SUMMIT.search(quote):
                event.type, changed = "Meeting", True
                break
    return merge_events(events, countries_of) if changed else events


_GATHERING = re.compile(r"\b(?:summit|forum|gathering|(?<!press\s)(?<!news\s)(?<!video\s)conference|plenary|session|family\s+photo|leaders\s+(?:of|from)|heads\s+of\s+"
                        r"(?:state|government)|attend\w*|addressed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:summit|plenary|session|gathering|leaders|opening|forum|conference)|took\s+part|participat\w+|delegations?|"
                        r"among\s+(?:them|those|the\s+(?:guests|leaders|participants))|also\s+present|in\s+attendance|represented\s+by|"
                        r"around\s+the\s+table|sat\s+(?:down|around|at|with)|on\s+(?:his|her|their)?\s*arrival|arriving\s+(?:at|for)|co-?chair\w*|"
                        r"deliver\w*\s+(?:(?:a|an|their|his|her)\s+)?(?:speech(?:es)?|address(?:es)?|remarks|statements?)|spoke\s+at|keynote|"
                        r"(?:were|was)\s+(?:joined|followed)\s+(?:[\w-]+\s+){0,4}?by|flew\s+in|sent|rotating\s+(?:chairmanship|chair|presidency)|"
                        r"(?:took|takes|taking)\s+over\s+(?:the\s+)?(?:chairmanship|chair)|joined\s+(?:the|them)|completed\s+the\s+(?:group|line-?up|table|circle))\b", re.I)
# a sentence whose main verb is still to come (not a "who will host ..." aside)
_MAIN_CLAUSE_PLANNED = re.compile(r"(?:(?!,\s+(?:who|which|whose|and|but)\b)[^;.]){0,160}?\b(?:will|(?:is|are)\s+(?:also\s+)?(?:expected|due|scheduled|set|"
                                  r"invited|going)\s+to)\s")
# "..., and Pope Francis will address a session on Friday": a clause of one still to come
_PLANNED_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:[^;.,]){0,80}?\b(?:will|(?:is|are)\s+(?:also\s+)?"
                             r"(?:expected|due|scheduled|set|invited|going)\s+to)\s")
_GATHERING_OF = re.compile(r"\b(?:attend\w*|summit|meeting|session|conference|forum)\s+(?:of\s+)?(?:the\s+)?$", re.I)
_GATHERING_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:[\w'-]+\s+){0,2}?(?:summit|meeting|session|conference|forum)\b", re.I)
_ABSENT = re.compile(rf"\b(?:{ABSENCE})\b", re.I)


def _leaders_talked(e: Event, ctx: Context, text: str) -> bool:
    """"Lukashenko and the Russian leader Putin discussed ... at a dinner": two named leaders' talks."""
    return (len(e.countries) == 2 and len({ctx.dm.persons[p].country for p in e.persons} & set(e.countries)) == 2
            and bool(re.match(r"(?:discussed|talked)\b", text[e.trigger:])) and " and " in text[:e.trigger])


_CAME_BACK = re.compile(r"\b(?:returned|returning|(?:arrived|flew|came)\s+back|back\s+home)\b")


def _summits_at_the_dateline(events: list[Event], ctx: Context) -> None:
    """A summit of the story's days that names no place of its own is held where the story is told
    from ("JAKARTA - ... addressed the ASEAN-China summit"): the venue's country takes part."""
    if ctx.dateline_city is None or ctx.published is None:
        return
    for event in events:
        if (event.type == "Summit" and event.city is None and not event.planned and event.date is not None
                and event.date.precision == "day" and abs((event.date.first_day() - ctx.published).days) <= 3
                and not any(_CAME_BACK.search(e.quote) for e in event.evidence)):  # (not "returned home from the summit")
            event.city = ctx.dateline_city.name
            event.countries = tuple(sorted({*event.countries, ctx.dateline_city.iso3}))


def _widen_summit(events: list[Event], sentences: list[Sentence], ctx: Context) -> None:
    """A story about one summit names its participants all through it: the leaders who act in its
    sentences about the gathering ("Bolivia's Luis Arce also addressed the plenary") took part.
    Sentences dated more than a week away from the summit tell of other times and add no one."""
    summits = [e for e in events if e.type == "Summit" and not e.planned and not e.background and e.date]
    lead = min(summits, key=lambda e: min(ev.start for ev in e.evidence), default=None)
    opens = lead is not None and len(sentences) > 1 and min(ev.start for ev in lead.evidence) < sentences[1].end and lead.organization
    if len(summits) > 1:  # a gathering known by one country only is a mention in passing ("Jaishankar was in Islamabad"),
        # unless the story opens with it ("gathered in Kingstown for the summit of CELAC")
        summits = [e for e in summits if len(e.countries) >= 2 or (opens and e is lead)]
    if not summits:
        return
    told = sorted((min(ev.start for ev in e.evidence), i, e) for i, e in enumerate(summits))
    added = {id(e): set(e.countries) for e in summits}
    for sentence in sentences:
        # several gatherings: a sentence is about the one told last before it
        summit = next((e for start, _, e in reversed(told) if start <= sentence.start), told[0][2])
        day = summit.date.first_day()
        mentions = _mentions_in(ctx, sentence)
        if not _GATHERING.search(sentence.text) and len({ctx.dm.persons[m.key].country for m in mentions
                                                         if m.kind == "person" and ctx.dm.persons[m.key].role in OFFICES}) < 3:
            continue  # about the gathering, or naming the leaders of three countries or more
        if _MAIN_CLAUSE_PLANNED.match(sentence.text):
            continue  # "Leaders of India and Brazil are also invited to Friday's outreach sessions": not there yet
        fronted = next((m for m in mentions if m.kind == "city" and _FRONTED_IN.fullmatch(sentence.text[:m.start - sentence.start])), None)
        if fronted is not None and summit.city and ctx.gaz.cities[fronted.key].name != summit.city:
            continue  # "In Windhoek on July 9, Modi addressed Namibia's parliament": another place than the summit's
        other = {m.key for m in mentions if m.kind == "org"}
        if other and summit.organization not in other and (re.search(
                r"\b(?:summit|meeting|session|conference|forum)\b", sentence.text, re.I) if summit.organization else any(
                _GATHERING_OF.search(sentence.text, 0, m.start - sentence.start) or _GATHERING_AFTER.match(sentence.text, m.end - sentence.start)
                for m in mentions if m.kind == "org")):
            continue  # "from Georgetown, where he attended the meeting of CARICOM heads": another gathering
        absent = _ABSENT.search(sentence.text)
        if absent and re.match(r"[^;]*?\b(?:and|but)\s+(?:was|were)\s+represented\s+by\b", sentence.text[absent.end():]):
            absent = None  # "Ouattara did not attend and was represented by his vice-president": Ivory Coast took part
        # (a career's or a member's own time: "Sonexay, who took over as prime minister in December,", "Somalia, which
        # joined the bloc in March,")
        asides = [(a.start(), a.end()) for a in RELATIVE_ASIDE.finditer(sentence.text)
                  if _CAREER.match(sentence.text, a.start()) or _JOINED_ASIDE.match(sentence.text, a.start())]
        if any(abs((d.date.first_day() - day).days) > 7 and not any(a <= d.start < b for a, b in asides)
               and not _IN_OFFICE_SINCE.search(sentence.text, max(0, d.start - 40), d.start)
               for d in find_dates(sentence.text, ctx.published, ctx.year) if d.date.precision != "year"):
            continue  # (not "Sonexay Siphandone of Laos, who took over as prime minister at the end of December,")
        briefed = BRIEFED_ON.search(sentence.text)
        to_come = _PLANNED_CLAUSE.search(sentence.text)
        without = [w.span() for w in _WITHOUT.finditer(sentence.text)] if "without" in sentence.text else []
        for m in mentions:
            if to_come and m.start - sentence.start >= to_come.start():
                continue
            if absent and 0 <= sentence.start + absent.start() - m.end < 60:
                continue  # "Tshisekedi had skipped the summit": who stayed away took no part
            if briefed and briefed.start("told") <= m.start - sentence.start < briefed.end("told"):
                continue  # "Abdelatty briefed Wang on the outcomes of the summit": Wang was told of it
            if answered(sentence.text, m.start - sentence.start, m.end - sentence.start):
                continue  # "offering an alternative to Trump's proposal": he was answered, not there
            if any(a <= m.start - sentence.start < b for a, b in without):
                continue  # "opened without Xi Jinping and Vladimir Putin": not there
            info = ctx.dm.persons.get(m.key) if m.kind == "person" else None
            if info is not None and info.country and info.role in OFFICES:
                added[id(summit)].add(info.country)
        for run in _country_runs(sentence, mentions):
            # "the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan", "Oman and the UAE were represented by ..."
            head, tail = run[0].start - sentence.start, run[-1].end - sentence.start
            if _LEADERS_OF.search(sentence.text[max(0, head - 60):head]) or _REPRESENTED.match(sentence.text, tail) or (
                    re.match(r",?\s+by\b", sentence.text[tail:]) and re.search(r"\brepresented\s+by\b", sentence.text[:head])):
                # (and the elided verb: "Saudi Arabia was represented by its foreign minister and the UAE by its vice president")
                added[id(summit)].update(m.country for m in run)
    for summit in summits:
        summit.countries = tuple(sorted(added[id(summit)]))


_JOINED_ASIDE = re.compile(r",\s*(?:which|who)\s+(?:\w+\s+)?(?:joined|became|was\s+admitted|acceded)\b")
# "at his first Forum since taking office in May": a date of someone's career, not of the sentence's gathering
_IN_OFFICE_SINCE = re.compile(rf"\b(?:{_CAREER_STEP})\s+(?:\w+\s+){{0,2}}$")
_LEADERS_OF = re.compile(r"\b(?:(?:presidents?|leaders?|prime\s+ministers?|premiers?|heads?\s+of\s+(?:state|government)"
                         r"(?:\s+and\s+(?:of\s+)?government)?|kings?|emirs?|delegations?)\s+of|"
                         r"(?:leaders|delegations|royals|representatives|envoys|delegates)\s+from)\s+(?:the\s+)?$", re.I)
# "Oman and the UAE were represented by ...", "Armenia, which has frozen its participation, was represented by ..."
# ("The United Arab Emirates sent its vice president": represented too)
_REPRESENTED = re.compile(r"(?:,\s+(?:which|whose)\s+[^,;]{1,120},)?\s+(?:(?:was|were)\s+(?:also\s+)?represented\b|"
                          # "Somalia, which joined the bloc in March, took part for the first time"
                          r"(?:also\s+)?(?:took\s+part|participated|attended)\b|"
                          r"(?:also\s+|instead\s+)?sent\s+(?:its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:president|vice[- ]president|"
                          r"(?:prime|foreign|deputy)\s+(?:\w+\s+)?minister|minister|premier|crown\s+prince|envoy|delegation|ambassador)\b)")


def _country_runs(sentence: Sentence, mentions: list[Mention]) -> list[list[Mention]]:
    """The sentence's lists of countries: "Kazakhstan, Kyrgyzstan and Uzbekistan" is one run."""
    runs: list[list[Mention]] = []
    for m in mentions:
        if m.kind != "country":
            continue
        if runs and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?",
                                 sentence.text[runs[-1][-1].end - sentence.start:m.start - sentence.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


_OCCASION = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+)?(?:inauguration|swearing-in|election|re-election|funeral|coronation|death|"
                       r"victory|coup|independence|national\s+day|birthday|anniversary)\b", re.I)
_OCCASION_BEFORE = re.compile(r"\b(?:after|before|since|following|ahead\s+of|on\s+the\s+eve\s+of|day\s+of|weeks?\s+of)\s+(?:the\s+)?$", re.I)
_APPOSITION = re.compile(r",\s+(?:(?:[A-Z][\w'-]*|and|of|the|for|&)\.?[\s,]+)*")
_TOPICAL = re.compile(r"(?:\b(?:despite|amid|against|towards?|versus)\s+(?:the\s+)?$)|"
                      # "to back any ceasefire deal with Russia": a deal still to be made, with no party at the table
                      r"(?:\bdiscuss(?:ed|es|ing)?\s+(?:the\s+)?$)|"  # "met ... to discuss Syria": a topic
                      r"(?:\b(?:any|a\s+possible|a\s+potential|an\s+eventual|a\s+future)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|settlement|truce|ceasefire)\s+with\s+(?:the\s+)?$)|"
                      r"(?:situation|crisis|crises|wars?|conflicts?|fighting|violence|invasion|events|developments|happening|settlement|reconstruction|aggression|attack|occupation|tensions|elections?|border|about|regarding|concerning|including|such as|like|on|over)\s+(?:in|of|on|against|with|to)?\s*(?:the\s+)?$", re.I)


# "as Carney announces new Russia sanctions": the country a measure is named after, no party to talks or a summit
_MEASURE_AFTER = re.compile(r"\s+(?:sanctions|tariffs|embargo|export\s+controls)\b")


# "without Trump", "without Chinese President Xi Jinping and Russian President Vladimir Putin": who was not there
_WITHOUT = re.compile(r"\bwithout\s+(?=(?:the\s+)?[A-Z])(?:(?!\b(?:as|while|but|when|after|before|amid|with|who|which)\b)[^,;.:])*")
_DATELINE_CITY = re.compile(r"\s*(?:\*\*)?([A-Z][\w.'\u00c0-\u024f -]{2,30}?)(?:\*\*)?\s*(?:,|\s-|\s\u2014|\(|/)")


def _find_dateline_city(ctx: Context, sentences: list[Sentence]) -> None:
    """The city a wire dateline names at the top of the story ("ABUJA -", "RABAT, Oct 29 (...) -")."""
    for sentence in sentences:
        if sentence.start > 600:
            return
        head = _DATELINE_CITY.match(sentence.text)
        if head:
            city = ctx.gaz.city_in_capitals(head.group(1))
            if city is not None:
                ctx.dateline_city, ctx.dateline_at = city, sentence.start
                return


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


def _mentions_in(ctx: Context, sentence: Sentence) -> list[Mention]:
    return ctx.mentions_between(sentence.start, sentence.end)


_DATELINE_HEAD = re.compile(r"\s*(?:\*\*)?[A-Z][A-Za-z.'\u00c0-\u024f -]{1,40},\s*[A-Z][A-Za-z.'\u00c0-\u024f -]{1,30},\s*"
                            r"(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))[^\n]{0,50}?(?:\s[-\u2013\u2014]+\s|--)")


# "met Mexican business leaders", "Sudanese opposition leaders": people of a country who do not speak for it
_NOT_OF_STATE = re.compile(r"\s+(?:business|opposition|religious|community|civil[- ]society|church|tribal|industry|corporate|"
                           r"student|youth|faith|rebel|diaspora|trade\s+union|union)\b", re.I)


def _actor_countries(ctx: Context, sentence: Sentence, mentions: list[Mention], *,
                     allow_topical: bool = False) -> list[tuple[int, str, str]]:
    """(position in sentence, ISO3, how) for each country that can act in this sentence."""
    text = sentence.text
    out: list[tuple[int, str, str]] = []
    topical_end: int | None = None
    head = _DATELINE_HEAD.match(text)  # "KAZAN, Russia, Oct 23 (Wire) -": where the story is told from
    without = [w.span() for w in _WITHOUT.finditer(text)] if "without" in text else []
    for previous, m in zip([None, *mentions], mentions):
        pos = m.start - sentence.start
        if head and pos < head.end() and m.kind == "country":
            continue
        if m.kind in ("person", "country", "demonym") and _OCCASION.match(text, m.end - sentence.start) and \
                _OCCASION_BEFORE.search(text[max(0, pos - 40):pos]):
            continue  # "the day after Trump's inauguration": the time of the event, not one of its parties
        if m.kind in ("country", "demonym") and not allow_topical and _MEASURE_AFTER.match(text, m.end - sentence.start):
            continue  # "announces new Russia sanctions": the measure's country, not a party
        if any(a <= pos < b for a, b in without):
            continue  # "G7 wraps in Kananaskis without Trump": who was not there
        if m.kind == "city" and not allow_topical and topic_place(text, pos):
            topical_end = m.end - sentence.start  # "the war in Gaza and Lebanon": topics, not parties
            continue
        if m.kind == "person" and m.country:
            out.append((pos, m.country, "person"))
        elif m.kind == "description" and m.country:
            out.append((pos, m.country, "description"))
        elif m.kind in ("country", "agency"):
            before = text[max(0, pos - 40):pos]
            if not allow_topical and (_TOPICAL.search(before) or (
                    topical_end is not None and re.fullmatch(rf"\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?{COMPASS}", text[topical_end:pos], re.I))):
                topical_end = m.end - sentence.start  # "the situation in North Korea, China and Russia"
                continue
            after = text[m.end - sentence.start:m.end - sentence.start + 10]
            place = (re.search(rf"\b(?:in|at|to|from|across|inside|into|tour\s+of)\s+(?:the\s+)?{COMPASS}$", before, re.I) or after.startswith(", where")
                     or (re.fullmatch(r"\s*(?:After|Before|Leaving)\s+(?:the\s+)?", text[:pos]) and after.startswith(","))  # "After Indonesia, To Lam will ..." 
                     or (previous is not None and previous.kind == "city" and previous.country == m.country
                         and re.fullmatch(r",\s*", text[previous.end - sentence.start:pos]))  # "in Banjul, Gambia"
                     or (out and out[-1][2] == "place" and previous is not None and previous.kind in ("country", "city")
                         and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[previous.end - sentence.start:pos])))
            out.append((pos, m.country, "place" if place else "country"))  # "a tour of Cyprus, Canada and Croatia"
        elif m.kind == "city" and ctx.gaz.cities[m.key].capital and ctx.gaz.cities[m.key].name not in ORGANISATION_SEATS:
            before = text[max(0, pos - 12):pos]
            after = text[m.end - sentence.start:m.end - sentence.start + 40]
            if not re.search(r"\b(?:in|at|to|from|into|via|near|outside|of)\s+(?:the\s+)?$|\b[A-Z][a-z][\w'-]*\s+$", before) and re.match(
                    r"(?:'s?\s|\s+(?:\w+ly\s+|first\s+|also\s+|then\s+|later\s+|already\s+|again\s+|now\s+|last\s+(?:week\s+|month\s+|year\s+)?)?(?:and|has|have|had|was|is|(?:are|were|held|holds?|met|meets?)\b|said|says|on|imposed|sanctioned|signed|agreed|announced|froze|"
                    r"added|extended|put|will|would|\w+ed\b))", after):
                out.append((pos, m.country, "metonym"))
        elif m.kind == "demonym":
            after = text[m.end - sentence.start:m.end - sentence.start + 40]
            if not _NOT_OF_STATE.match(after) and re.match(r"(?:-(?!(?:led|backed|brokered|sponsored|mediated|drafted|owned|based|born|made|funded|controlled|dominated|"
                        r"allied|aligned|style|era)\b)[A-Z]\w+)|(?:\s+and\s+(?:the\s+)?[A-Z][\w-]+)?\s+(?:[A-Z][\w-]+\s+){0,3}"
                        r"(?:(?:defen[cs]e|trade|finance|economy|interior|energy|foreign)\s+)?"  # "The Philippine and Japanese defence ministers"
                        r"(?:Presidents?|Prime Ministers?|Premiers?|Foreign Ministers?|leaders?|heads? of state|counterparts?|side|delegations?|governments?|Sultan|King|Emir|Chancellors?|ministers?|officials?|authorities|partners|"
                        r"national\s+security\s+advis[eo]rs?)\b", after, re.I):
                out.append((pos, m.key, "demonym"))
    pattern, members = _groups()
    for group in pattern.finditer(text):  # "the five Central Asian presidents": each of the five
        codes = members[group.group(1).lower()]
        few = re.search(r"\b(two|three|four)\s+$", text[max(0, group.start() - 8):group.start()])
        if few and NUMBER_WORDS[few.group(1)] < len(codes):
            # "the two Nordic countries": the members of the group the story named last
            named = [m.country for m in reversed(ctx.mentions_between(0, sentence.start))
                     if m.kind in ("country", "demonym", "person") and m.country in codes]
            codes = tuple(unique(named))[:NUMBER_WORDS[few.group(1)]]
            codes = codes if len(codes) == NUMBER_WORDS[few.group(1)] else ()
        out.extend((group.start(), code, "country") for code in codes)
    for m in _references(ctx.gaz).finditer(text):
        # who is already named: anyone acting, and countries named before the title ("the jet developed by
        # Britain" after "hosted the King" names no one at the meeting)
        # (not those who came along: "Trump and the emir sat down for talks, joined by Rubio and Qatar's prime minister")
        present = {code for pos, code, how in out if (how not in ("country", "place", "metonym") or pos < m.start())
                   and not (pos > m.end() and _COMPANIONS.search(text, m.end(), pos))}
        if any(abs(p - m.start()) < 3 for p, _, _ in out) or re.match(r"\s+(?:of|[A-Z])|,\s+(?:Mr|Mrs|Ms|Dr|H\.\s?E)\b", text[m.end():m.end() + 30]):
            continue  # "the President of Kenya", "The President of the Republic, Mr. Tebboune": named there
        if re.match(r"['\u2019]s\s+(?:official\s+)?(?:office|residence|palace|headquarters|compound|spokes\w+|press\s+\w+)\b", text[m.end():]):
            continue  # "at the Carmelite monastery, the premier's office": a place, not a party
        named = next((p for p, _, how in out if how == "person" and p >= m.end()), None)
        if named is not None and named - m.end() < 90 and _APPOSITION.fullmatch(text[m.end():named]):
            continue  # "The Minister of Foreign Affairs, European Union and Cooperation, José Manuel Albares"
        title = m.group("title") or ("External Affairs Minister" if m.group("eam") else None)
        role = office_of_word(ctx.gaz, title) if title and title.lower() != "leader" else None  # "the leader": main person
        if m.group("royal"):
            role = "head_of_state"
        # (not "After talks with President Faye, he signed ..."; and "Prime Minister arrived in Vienna from Moscow,
        # where he held ...": the title that opens the sentence)
        subject = next((c for p, c, how in out if how in ("person", "reference") and p < m.start() and not _OBJECT_BEFORE.search(text[:p])),
                       None) if title is None else None
        if title and title.lower() in ("sovereign", "monarch"):  # "at the invitation of the Sovereign": the story's monarch
            code = monarch_country(ctx)
        elif title and title.lower() == "secretary":  # "In the afternoon the secretary met Holness": the story's secretary
            code = None if re.match(r"[-\s]+General\b", text[m.end():]) else first_named(
                ctx, lambda p: bool(p.title) and "Secretary" in p.title and "General" not in p.title)
        elif subject is not None and not m.group("royal"):  # "Putin flew in from Astana, where he and Tokayev held talks"
            code = subject
        elif title is None and not m.group("royal") and ctx.last_subject:  # a pronoun: the subject of the previous sentence
            code = ctx.last_subject
        else:
            # "the President of the Republic" is the story's own president, even beside a counterpart
            code = ctx.gaz.title_country(title) or _referent(ctx, role, set() if m.group().endswith("Republic") else present, title)
        if code:
            out.append((m.start(), code, "reference"))
    described = _COUNTRY_DESCRIBED.match(text)
    if described and not any(described.start("what") <= p < described.end() for p, _, _ in out):
        # "The Balkan country joined the EU in 2007": the country the story named last
        code = next((m.country for m in reversed(ctx.mentions_between(0, sentence.start)) if m.kind == "country"), None)
        if code:
            out.append((described.start("what"), code, "reference"))
    return sorted(out)


_COUNTRY_DESCRIBED = re.compile(r"\s*(?P<what>The\s+(?:(?:[A-Z][\w-]+|island|landlocked|oil-rich|energy-rich|gas-rich|tiny|small)\s+){1,3}"
                                r"(?:country|nation|state|kingdom|republic|emirate))\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?"
                                r"(?:has|had|was|is|will|would|\w+ed)\b")


_OBJECT_BEFORE = re.compile(r"\b(?:with|met|received|hosted|welcomed|thanked|called\s+on)\s+"
                            r"(?:[A-Z][\w.'\u00c0-\u024f-]*\s+){0,6}$")


@functools.lru_cache(maxsize=4)
def _references(gaz: Gazetteer) -> re.Pattern:
    """The reference pattern of a gazetteer's leader titles, built once per gazetteer."""
    titles = tuple(gaz.leader_titles)
    return _reference_pattern(titles, tuple(t for t in titles if gaz.title_country(t)))


@functools.lru_cache(maxsize=4)
def _reference_pattern(titles: tuple[str, ...], own: tuple[str, ...] = ()) -> re.Pattern:
    """A title alone ("the Chief Adviser", "the prime minister"), "the leader", or he/she.

    A title only one country uses (``own``) stands for its holder even without "the": "Lyonchhen
    met Prime Minister Modi" (Bhutan's prime minister), "Taoiseach Micheál Martin" aside.
    """
    words = sorted({*titles, "head of state", "head of government", "leader", "secretary"}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    bare = "|".join(re.escape(w) for w in sorted(own, key=len, reverse=True)) or "(?!)"
    # "the President of the Republic" (francophone and Latin American state media): the story's president
    # "His Majesty called on President Tharman": the monarch the story is about (not "His Majesty King ...")
    # "Prime Minister met President of Ukraine" (government press releases): a title alone opening a clause, before its verb
    opening = (r"(?:(?<=^)|(?<=[.,;:] )|(?<=\band )|(?<=\bthen ))(?=(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s+(?:also\s+|then\s+|later\s+)?"
               r"(?:met|held|paid|called|received|said|told|visited|attended|arrived|signed|spoke|thanked|invited|welcomed|"
               r"noted|laid|addressed|was|is|has|had|will|travell?ed|flew|departed|left|reached|landed|emplaned|participated|"
               r"interacted|expressed|conveyed|congratulated)\b)")
    # "His Majesty the Sultan hosted Prime Minister for talks": a title alone as the object, with no name after it
    object_of = r"(?P<obj>(?<=\bhosted )|(?<=\breceived )|(?<=\bwelcomed )|(?<=\bmet )|(?<=\bby )|(?<=\bwith ))"
    return re.compile(rf"\b(?:(?P<eam>EAM)|(?:[Tt]he |(?=(?:{bare})\b)|{opening}|{object_of})(?P<title>(?i:{alternation}))"
                      rf"(?(obj)(?!\s+[A-Z]))(?:\s+of\s+the\s+Republic\b(?!\s+of\b))?|"
                      rf"(?P<royal>(?:[Hh]is|[Hh]er) (?:Majesty|Highness))(?!['\u2019]|\s+(?:the\s+)?[A-Z])|[Hh]e|[Ss]he)\b")


@functools.lru_cache(maxsize=1)
def _groups() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """Names of fixed groups of countries (``kg/data/groups.csv``, "the three Baltic states"),
    as one pattern, and the members of each."""
    members = {row["name"].lower(): tuple(row["members"].split("|"))
               for _, row in read_rows(data_path("groups.csv"), ("name", "members"))}
    names = sorted(members, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I), members


_COMPANIONS = re.compile(r"\b(?:joined|accompanied|flanked)\s+by\b")


def _referent(ctx: Context, role: str | None, present: set[str], title: str | None = None) -> str | None:
    """The country of the person a title alone ("the Prime Minister") or a pronoun stands for.

    The person of the document holding that role who was named first (the story's subject),
    skipping countries already named in the sentence (a counterpart is another country); one who
    bears that very title comes first ("the King" is the king, not a president); a pronoun or
    "the leader" stands for the document's main person.
    """
    if role is None:
        return ctx.dm.main_country
    word = (title or "").lower()
    ranked = sorted((p for p in ctx.dm.persons.values() if p.role == role and p.country),
                    key=lambda p: (not bears_title(ctx, p, word), ctx.first_seen.get(p.name, 10**9), -p.count, p.name))
    for person in ranked:
        if person.country not in present:
            return person.country
    return None


def _orgs(ctx: Context, sentence: Sentence, mentions: list[Mention]) -> list[str]:
    orgs = [m.key for m in mentions if m.kind == "org"]
    if not orgs and ORG_REF.search(sentence.text) and ctx.last_org:
        orgs = [ctx.last_org]
    return orgs


RETRIED = {"Sanction", "Visit", "Accession", "Summit"}


# "Two days after Al-Yahya's arrival in Muscat, ...", "After Putin's visit to Pyongyang, ...": a fronted time clause
# of another's act; "..., three days after Trump met Putin in Alaska": a trailing one
_FRONTED_TIME = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:[Aa]fter|[Bb]efore|[Ff]ollowing)\s+(?:[A-Z][\w.'\u00c0-\u024f-]*\s+){0,3}"
                           r"[A-Z][\w.'\u00c0-\u024f-]*['\u2019]s?\s+[^,;]{2,80}?,\s+(?=[A-Z])")
_TRAILING_TIME = re.compile(r",\s+(?:(?:a|one|two|three|four|five|six|seven|several|\d+)\s+(?:days?|weeks?|months?|hours?)|"
                            r"days|weeks|months|hours)\s+(?:after|before)\s+(?=(?:[A-Z][\w.'\u00c0-\u024f-]*\s+){1,4}[a-z]+ed\b)")
# "A day after meeting Xi, Putin held talks with Modi": a fronted act of the main clause's subject
_FRONTED_ACT = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:[Aa]fter|[Bb]efore|[Uu]pon)\s+(?:meeting|visiting|holding|talking|signing|speaking|"
                          r"hosting|receiving)\b[^,;]{2,80}?,\s+(?=[A-Z])")


@dataclass(frozen=True)
class _Split:
    """Where a sentence's time clause ends (or its trailing one begins), and for a fronted act of the
    subject, where that subject is named."""

    cut: int
    subject: Mention | None = None


def _clause_split(text: str, sentence: Sentence, mentions: list[Mention]) -> _Split | None:
    fronted = _FRONTED_TIME.match(text)
    if fronted is not None:
        return _Split(fronted.end())
    trailing = _TRAILING_TIME.search(text)
    if trailing is not None:
        return _Split(trailing.start())
    act = _FRONTED_ACT.match(text)
    subject = next((m for m in mentions if m.kind == "person" and m.start - sentence.start >= act.end()), None) if act else None
    return _Split(act.end(), subject) if subject is not None else None


def _clause_parties(split: _Split | None, sentence: Sentence, mentions: list[Mention], actors: list, trigger: re.Match):
    """The mentions and actors of the trigger's own clause: "After Putin's visit to Pyongyang, Kim received
    Chinese Premier Li Qiang" are Li's talks, not Putin's; "A day after meeting Xi, Putin held talks with Modi
    in Kazan" are two acts of Putin's, each with its own partner (the main clause's city stays the first's)."""
    if split is None:
        return mentions, actors
    inside = trigger.start() < split.cut
    if split.subject is None:
        return ([m for m in mentions if (m.start - sentence.start < split.cut) == inside],
                [a for a in actors if (a[0] < split.cut) == inside])
    at = split.subject.start - sentence.start
    if inside:
        return ([m for m in mentions if m.start - sentence.start < split.cut or m is split.subject],
                [a for a in actors if a[0] < split.cut or a[0] == at])
    return ([m for m in mentions if m.start - sentence.start >= split.cut or m.kind == "city"],
            [a for a in actors if a[0] >= split.cut])


def _as_list(built: Event | list[Event] | None) -> list[Event]:
    """A builder's events: it gives one, several or none."""
    return built if isinstance(built, list) else [built] if built else []


def _sentence_events(sentence: Sentence, ctx: Context) -> list[Event]:
    text = sentence.text
    mentions = _mentions_in(ctx, sentence)
    orgs = _orgs(ctx, sentence, mentions)
    events: list[Event] = []
    found: dict[str, re.Match] = {}
    later: list[tuple[str, re.Match]] = []  # further triggers of a type, in later clauses
    spare: dict[str, re.Match] = {}  # the next trigger of a type in the same clause, read if the first builds nothing
    aside = EARLIER_TALKS.search(text)
    for kind, m in _trigger_scanner().finditer(text):
        if kind == "Visit" and m.group()[:3].lower() in ("is ", "are") and not any(
                x.kind in ("person", "description") and 0 <= m.start() - (x.end - sentence.start) <= 2 for x in mentions):
            continue  # "Wang Yi is in Pakistan", but not "The larger prize is in Washington"
        if aside and aside.start() <= m.start() < aside.end():
            continue  # "after her talks with Jaishankar, Wong spoke by phone with Wang Yi": those talks are told elsewhere
        if kind in found and _segment_between(text, found[kind].end(), m.start(), m.end()):
            later.append((kind, m))
        elif kind in found and commentary(text, found[kind]) and not commentary(text, m):
            found[kind] = m  # "The visit comes two years after Yoon travelled to Tokyo": the earlier trip is told
        elif kind == "Meeting" and kind in found and _MARGINS_OF.search(text, 0, found[kind].start()):
            found[kind] = m  # "On the margins of the meeting Modi held separate talks with ...": those talks
        elif kind in found:
            spare.setdefault(kind, m)
        found.setdefault(kind, m)
    _section_date(ctx, text, bool(found))
    if not found:
        _fronted_day(ctx, text, sentence.paragraph)
        _remember(ctx, sentence, mentions, events)
        return events
    actors = _actor_countries(ctx, sentence, mentions)
    split = _clause_split(text, sentence, mentions)
    for kind in EVENT_TYPES:
        trigger = found.get(kind)
        if trigger is None:
            continue
        if any(k == kind for k, _ in later) and not (kind == "Accession" and NTH_TO_JOIN.search(text[:trigger.start()])):
            # several clauses of this type: each read on its own (not "the first to join ..., after Mexico, which
            # joined in 1994, Chile (2010) ...": one list of earlier members)
            events.extend(_segment_events(sentence, ctx, kind, trigger, events, actors))
            continue
        modality = modality_of(text, trigger.start(), trigger.end())
        if kind == "Sanction" and modality in ("planned", "hypothetical") and _MEASURE_DECIDED.search(text[:trigger.start()]):
            modality = None  # "Britain announced the same day that it would ban imports of Russian diamonds": the measure
        if modality in NO_EVENT:
            continue
        builder = BUILDERS[kind]
        own_mentions, own_actors = _clause_parties(split, sentence, mentions, actors, trigger)
        built = builder(ctx, sentence, own_mentions, own_actors, orgs, trigger, found)
        if not built and kind in RETRIED and kind in spare and modality is None \
                and modality_of(text, spare[kind].start(), spare[kind].end()) is None \
                and not (kind == "Summit" and spare[kind].start() - trigger.end() < 40):  # (the gathering just rejected)
            # "allowing the Treasury to sanction foreign banks ..., expanding U.S. sanctions on Pyongyang", "which Iran
            # joined as a full member": the next word of the type
            trigger = spare[kind]
            own_mentions, own_actors = _clause_parties(split, sentence, mentions, actors, trigger)
            built = builder(ctx, sentence, own_mentions, own_actors, orgs, trigger, found)
        if built and split and split.subject and kind in spare and trigger.start() < split.cut <= spare[kind].start() \
                and modality_of(text, spare[kind].start(), spare[kind].end()) is None:
            # "A day after meeting Xi, Putin held talks with Modi": the main clause's own act too
            own_mentions, own_actors = _clause_parties(split, sentence, mentions, actors, spare[kind])
            built = [*_as_list(built), *_as_list(builder(ctx, sentence, own_mentions, own_actors, orgs, spare[kind], found))]
        for event in _as_list(built):
            _persons_described(event, sentence, ctx)
            event.trigger = max(event.trigger, trigger.start())  # (a builder may date one of several from its own verb)
            event.paragraph = sentence.paragraph
            event.section = ctx.section
            event.planned = modality == "planned"
            event.call_on = kind == "Meeting" and bool(_CALL_ON.match(trigger.group()))
            events.append(event)
            if event.type == "Accession" and event.organization and not event.planned:
                ctx.last_accession = (event.organization, sentence.end)  # "..., and Sweden followed in March"
            if event.type in ("Visit", "Meeting") and len(event.countries) == 2 and not event.planned and not _in_passing(text, trigger.start()):
                ctx.pair = event.countries  # "... held talks with B, and the two signed ..."
    for kind, trigger in later:  # "... his State Visit to Japan in 2024, as well as the visit to Nairobi by Kishida in 2023"
        events.extend(_segment_events(sentence, ctx, kind, trigger, events, actors))
    events = _talks_on_each_leg(events, ctx)
    events = _separate_talks(events, ctx, text)
    each = _EACH_SEPARATELY.search(text) if "Meeting" in found and len(ctx.group) >= 3 else None
    subject = next((code for pos, code, how in actors if how in ("person", "reference") and pos < each.start()
                    and code in ctx.group), None) if each else None
    if subject is not None:  # "Trump received each leader separately": his talks with each of the story's group
        events = [e for e in events if e.type != "Meeting"]
        for other in (c for c in ctx.group if c != subject):
            talks = Event("Meeting", tuple(sorted((subject, other))), [])
            talks.trigger, talks.paragraph, talks.section = found["Meeting"].start(), sentence.paragraph, ctx.section
            events.append(talks)
    did = _AS_DID.search(text) if any(e.type == "Meeting" and not e.planned for e in events) else None
    pair = unique(code for pos, code, how in actors if pos >= did.end() and how in ("person", "description", "demonym")) if did else ()
    if len(pair) == 2:  # "Biden and Meloni held a bilateral meeting on the sidelines, as did Macron and Kishida": they met too
        told = next(e for e in events if e.type == "Meeting" and not e.planned)
        talks = Event("Meeting", tuple(sorted(pair)), [], persons=tuple(m.key for m in mentions if m.kind == "person"
                                                                        and m.start - sentence.start >= did.end()))
        talks.trigger, talks.paragraph, talks.section = told.trigger, sentence.paragraph, ctx.section
        events.append(talks)
    came_from = _visit_came_from(ctx, sentence, mentions, actors, events)
    if came_from is not None:
        events.append(came_from)
    # a meeting inside a summit sentence is the summit unless it is clearly bilateral
    kinds = {e.type for e in events if not e.planned}  # "briefed him on the draft documents of the summit": no gathering yet
    sidelines = re.search(r"\b(?:sidelines|margins)\b", text)
    if "Summit" in kinds and "Meeting" in kinds and not sidelines:
        summit = next(e for e in events if e.type == "Summit")
        # (a meeting of three or more is the gathering itself: "Rahmon hosted his Kyrgyz and Uzbek counterparts for the trilateral summit")
        met = {c for e in events if e.type == "Meeting" and len(e.countries) == 2 and not _leaders_talked(e, ctx, text) for c in e.countries}
        subject = {code for pos, code, _ in actors if pos < found["Meeting"].start()}
        summit.countries = tuple(c for c in summit.countries if c not in met or c in subject
                                 or c == _host_of(summit, ctx)) or summit.countries
    if "Summit" in kinds and "Meeting" in kinds:
        if not re.search(r"\b(?:bilateral|sidelines|on the margins|one-on-one|held talks with|met with|met|talks with|negotiations with|sat down with|"
                         r"spoke\s+(?:\w+\s+)?(?:with|to)|spoke\s+by\s+(?:tele)?phone|(?:tele)?phone\s+(?:call|conversation)|separate\s+meeting)\b", text, re.I):
            events = [e for e in events if e.type != "Meeting" or _leaders_talked(e, ctx, text)]  # two leaders named: their talks
    # "met on the eve of the summit", "on his way home from the Forum": the summit is only
    # mentioned; it takes no date from this sentence, and only the sentence's subject attended
    incidental = None
    apart = None  # a summit told in a clause of its own time ("..., two days after EU leaders ... at a summit")
    attended = False
    summit_trigger = found.get("Summit")
    main = [found[k] for k in ("Meeting", "Visit") if k in found and any(e.type == k for e in events)]
    fronted = FRONTED_ING.match(text)  # "Before arriving in Brazil, Xi attended the APEC meeting": Xi's summit, told first
    main = [m for m in main if not (fronted and m.start() < fronted.end())]
    # "the two presidents last met in September in Tirana, at the annual summit of ...": they met there, then
    at_summit = summit_trigger is not None and re.search(r"\b(?:at|during)\s+(?:the|a|an|their|its)\s+(?:[\w'-]+\s+){0,5}$",
                                                         text[:summit_trigger.start()])
    if summit_trigger is not None and main and (min(m.start() for m in main) < summit_trigger.start() or sidelines):
        incidental = next((e for e in events if e.type == "Summit"), None)
        if incidental is not None:
            first = min(m.start() for m in main)
            subject = {code for pos, code, _ in actors if pos < first}
            apart = _DAYS_LATER_CLAUSE.search(text, first, summit_trigger.start())
            apart = apart if apart and apart.group("after") and "," not in text[apart.end():summit_trigger.start()] else None
            if apart:
                subject = set()  # "spoke by telephone on Saturday, two days after EU leaders ... at a summit": not there
            kept = [c for c in incidental.countries if c in subject or sidelines]  # on the sidelines all attended
            if _ATTENDED.match(summit_trigger.group()):  # "..., when he attended the APEC Leaders' Week in Da Nang": he did
                clause = max((b.end() for b in _CLAUSE_START.finditer(text, 0, summit_trigger.start())), default=0)
                own = [code for pos, code, how in actors if clause <= pos < summit_trigger.start() and how == "person"]
                kept.extend(own or [g for e in events if e.type == "Visit" and not e.planned for g in e.guests][:1])
                attended = True
            if (sidelines or at_summit) and not apart:  # and those who met there ("the two PMs met on the sidelines of ...")
                kept.extend(c for e in events if e.type == "Meeting" for c in e.countries)
            # the summit's own place: "from the NATO summit in Vilnius", "in the Russian city of Kazan"
            # (not a city of the next clause: "for the BRICS summit on July 6-7, before a state visit to Brasilia")
            # ("arrived in Havana from New York, where he attended the Summit of the Future": the city the clause opens on)
            place = next((m for m in mentions if m.kind == "city" and m.end - sentence.start < summit_trigger.start()
                          and WHERE_CLAUSE.match(text, m.end - sentence.start, summit_trigger.start())), None) \
                or next((m for m in mentions if m.kind == "city" and 0 <= m.start - sentence.start - summit_trigger.end() < 45
                          and not _SEGMENT.search(text, summit_trigger.end(), m.start - sentence.start)), None) \
                or next((m for m in mentions if m.kind == "city"  # after the summit word before any before it ("to Warsaw from
                         and abs(m.start - sentence.start - summit_trigger.end()) < 45), None)  # the NATO summit in Vilnius")
            if place is not None:
                kept.append(place.country)
                incidental.city = ctx.gaz.cities[place.key].name
            capital = next((m for m in mentions if m.kind == "demonym" and 0 < m.start - sentence.start - summit_trigger.end() < 120
                            and CAPITAL_AFTER.match(text, m.end - sentence.start)
                            # (not "..., their first meeting since they signed the Ankara Declaration in the Turkish capital")
                            and not re.search(r"\bsince\b", text[summit_trigger.end():m.start - sentence.start])), None)
            if place is None and capital is not None:  # "a summit of the CIS in the Kyrgyz capital"
                kept.append(capital.key)
            elif place is None:
                kept.extend(_venue_of_clause(text, summit_trigger, mentions, sentence, events))
            trips = [e for e in events if e.type == "Visit" and not e.planned and e.host]
            went = _FOR_SUMMIT.search(text, 0, summit_trigger.start()) if len(trips) == 1 else None
            if went and (place is None or not (went.group().lower().startswith("for") or re.search(r"\d", text[summit_trigger.end():]))):
                # "Xi visited Kazakhstan in July 2024 for the SCO summit": held where he went, when he went
                # ("had last visited Russia in 2019 to attend the Eastern Economic Forum in Vladivostok": then too,
                # unless the summit has a day of its own: "to take part in the 17th ECO Summit, held on 4 July")
                kept.extend([*trips[0].guests, trips[0].host] if place is None else trips[0].guests)
                attended = True
            incidental.countries = tuple(sorted(set(kept))) or incidental.countries
            if attended and not re.search(r"\b(?:next|following|previous)\s+day\b|\b(?:days?|weeks?)\s+(?:later|earlier)\b", text):
                incidental = None  # attended then: the sentence's date is the summit's (not "the next day he attended")
        if incidental is not None and re.search(r"\b(?:eve|ahead|before|prior to|preparations?|lead-up|run-up|build-up)\s+(?:of\s+|to\s+|for\s+)?(?:the\s+|a\s+|this\s+|its\s+)?(?:[\w'-]+\s+){0,3}$",
                                                      text[:summit_trigger.start()][-60:], re.I):
            events = [e for e in events if e is not incidental]
            incidental = None
    if sidelines and "Summit" not in {e.type for e in events}:
        # "On the sidelines (of the AU's Mid-Year Coordination Meeting in Malabo), A held talks with
        # B": both attended that gathering, held where the text says
        after = sentence.start + sidelines.end()
        org = next((m.key for m in mentions if m.kind == "org" and 0 <= m.start - after < 60), ctx.last_summit_org)
        codes = list(unique(c for e in events if e.type == "Meeting" and not e.planned for c in e.countries))  # not "is due to meet"
        # where: a city after the words ("... of the OSCE Council in Valletta"), a country after "in" ("... in Singapore"),
        # or a city the talks were held in before them ("met in New York ... on the sidelines of the UN General Assembly")
        place = next((m for m in mentions if 0 <= m.start - after < 120 and (m.kind == "city" or (
            m.kind == "country" and re.search(r"\bin\s+(?:the\s+)?$", text[:m.start - sentence.start])))), None) or next(
            (m for m in mentions if m.kind == "city" and m.start - sentence.start < sidelines.start()
             and re.search(r"\b(?:in|at)\s+$", text[max(0, m.start - sentence.start - 5):m.start - sentence.start])), None)
        if codes and org:
            incidental = Event("Summit", (), [], organization=org)
            if place is not None:
                codes.append(place.country)
                incidental.city = ctx.gaz.cities[place.key].name if place.kind == "city" else None
            incidental.countries = tuple(sorted(set(codes)))
            events.append(incidental)
    own_year = _YEAR.search(text) if ctx.published is None else None  # "The 2025 summit ... from 31 August"
    # without a published date, a bare "4 July" is in the year the story last named
    year = int(own_year.group(1)) if own_year else (ctx.year_named if ctx.published is None else None) or ctx.year
    anchor = ctx.section or ctx.published
    that_year = _THAT_YEAR.search(text)
    told = [int(y.group(1)) for y in _YEAR.finditer(text, 0, that_year.start())] if that_year else []
    if that_year and (told or (ctx.year_named and not _YEAR.search(text))):
        # "in March that year": the year just named ("visited China in January 2019, and ... in June that year")
        year = told[-1] if told else ctx.year_named
        anchor = dt.date(year, 12, 31)

    def dates_in(future: bool) -> list[DateMention]:
        return [d for d in find_dates(text, anchor, year, future=future)
                if not ctx.header[0] <= sentence.start + d.start < ctx.header[1]] if events else []
    dates = _in_month_named(dates_in(False), ctx, sentence)
    plans = dates_in(True) if any(e.planned for e in events) else dates  # a plan's bare "March 26" is read forward
    days = _SPAN_DAYS.search(text)
    ongoing = re.search(r"(?:\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?|,\s*)(?:on|paying|making|undertaking|conducting)\s+an?\s+(?:[\w-]+\s+){0,2}visit"
                        r"|\b(?:on|during)\s+the\s+(?:second|third|fourth|final|last|closing)\s+day\s+of\s+(?:an?|his|her|the)\s+(?:[\w-]+\s+){0,2}visit"
                        r"|\bduring\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}visit"
                        rf"|\breturned\b[^.]*?\b(?:after|having|following|from)\b[^.]*?{_TRIP}"
                        # "Over the next week he went on to Trinidad, Argentina and Namibia": legs of no day told here
                        r"|^(?:Over|During|In)\s+the\s+(?:next|following)\s+(?:week|few\s+days|days)\b", text) or (
        # "returned on Friday, concluding official visits to Mongolia and Ireland": they were not on Friday (but
        # "returned this evening wrapping up his four-day visit" tells when it began)
        None if days else _RETURNED_CONCLUDING.search(text))
    home_from = re.search(r"\breturned\b[^.]*?\b(?:after|having|following)\b", text)  # "returned home after the summit"
    ends = _ENDS_ON.search(text) if days else None  # "on a three-day visit that ends on Thursday": read forward
    last = ends and next((d for d in find_dates(text[ends.start():], ctx.section or ctx.published, year, future=not ends.group("past"))
                          if d.date.precision == "day"), None)
    for event in events:
        # "X, who is on a state visit to China": the ongoing visit, not dated by this sentence
        on_visit = event.type == "Visit" and ongoing and (abs(ongoing.end() - event.trigger) < 40
                                                          or ongoing.group().startswith(("returned", "Over", "During", "In"))) and not (
            ongoing.group().startswith(",") and any(not d.relative and d.date.precision == "day" for d in dates)) and not any(
            d.end_date is not None and 0 <= d.start - event.trigger < 60 for d in dates)  # "paying a visit ... from 3 to 5 March"
        # (but "the ministers, on a joint visit to the kingdom, walked into the palace on 28 April": that day)
        event.ongoing = bool(on_visit)
        if event is not incidental and not on_visit and not (home_from and event.type == "Summit") \
                and not (event.explicit_date and event.date):  # not the summit's day (nor a date its rule read already)
            _attach_date(event, text, plans if event.planned else dates, ctx.section or ctx.published)
            _still_to_come(event, text, ctx)
        began = _BEGAN_DAY.search(text, event.trigger, event.trigger + 100) if event.type == "Visit" and not event.planned \
            and re.match(r"visit\b", text[event.trigger:]) else None  # (not "arrived in Manila, the first leg of a trip that began Sunday")
        first_day = next((d for d in dates if began and d.start >= began.end() and d.date.precision == "day"
                          and re.fullmatch(r"(?:the\s+)?(?:[A-Z][a-z]+day,?\s+)?", text[began.end():d.start])), None)
        if first_day is not None:  # "concluded today an official visit to Peru, which she began on Thursday 20 March": that day
            event.date, event.end_date, event.explicit_date, event.ongoing = first_day.date, None, True, False
        if ends and event.type == "Visit" and last is not None:  # the visit began days before the day it ends
            event.date, event.end_date, event.explicit_date, event.ongoing = last.date, None, True, False
        if (event.type == "Visit" and days and event.date is None and not event.planned and ctx.published is not None
                and sentence.start <= ctx.header[0] < sentence.end and _CONCLUDED.search(text[:days.start()])):
            # "ASTANA, 23 August 2024 - President Tokayev has concluded his two-day state visit to Azerbaijan": it ends that day
            event.date, event.explicit_date = PartialDate.of(ctx.published), True
        if (event.type == "Visit" and days and event.date and event.date.precision == "day" and event.end_date is None
                and (ends or _CONCLUDED.search(text[:days.start()])) and not _BEGAN_ON.match(text, days.end())):
            word = days.group(1).lower()
            n = number_of(word) or 1
            event.end_date = event.date  # "concluded his two-day visit on Wednesday": began Tuesday
            event.date = PartialDate.of(event.date.first_day() - dt.timedelta(days=n - 1))
        event.evidence = [Evidence(sentence.start, sentence.end, text)]
    during = _DURING_WHICH.search(text)
    if during and "Visit" in found and found["Visit"].start() < during.start() and _CONCLUDED.search(text[:found["Visit"].start()]):
        # "returned home this evening wrapping up his four-day visit to China, during which he attended the Boao Forum":
        # what was done during the visit was not done on the day it ended
        for event in events:
            if event.type != "Visit" and event.trigger > during.start() and not event.planned:
                event.date, event.end_date, event.explicit_date = None, None, False
    # (a "working visit" that built none too; and "held their second summit": the two leaders' talks, not a gathering)
    bilateral = "Summit" in found and any(e.type == "Meeting" and e.trigger == found["Summit"].start() for e in events)
    if not any(e.type == "Visit" and not e.planned for e in events) and ("Summit" not in found or bilateral):
        events.extend(_visit_of_talks_abroad(ctx, sentence, mentions, events))
    midnight = ctx.published and re.search(r"\b(?:at|after|since)\s+midnight\b", text) and next(
        (d for d in (ctx.published, ctx.published + dt.timedelta(days=1)) if d.day == 1), None)
    for event in events if midnight else []:  # "Bulgaria became the 21st member of the euro zone at midnight": the 1st
        if event.type == "Accession" and event.date is None and not event.planned:
            event.date, event.explicit_date = PartialDate.of(midnight), True
    if ctx.fronted and ctx.fronted[0] == sentence.paragraph:
        for event in events:  # "On Monday, after the welcome ceremony, the delegations sat down. The talks ...": that Monday
            if event.date is None and not event.planned:
                event.date = PartialDate.of(ctx.fronted[1])
    narrative = _NARRATIVE_DAY.search(text)
    if narrative and any(((not d.relative or d.date.precision == "day") and d.start < narrative.start())
                         or (not d.relative and d.date.precision == "day" and re.search(r"\d{4}", text[d.start:d.end]))
                         or (not d.relative and d.date.precision == "day"  # "Five days later, on June 9, he ...": that day
                             and re.fullmatch(r",?\s*(?:on\s+)?", text[narrative.end():d.start]))
                         for d in dates):
        # "at the summit held on 4 July 2024, ... the meeting held the same day": that day; "Twelve days later, Assad
        # was embraced ... at the Jeddah summit on May 19, 2023": the day it states
        narrative = None
    if narrative and narrative.group().lower().startswith("on the eve") and any(d.date.precision == "day" for d in dates):
        narrative = None  # "On the eve of the summit, Erdogan sat down with Kristersson on Monday": that Monday
    last_day = ctx.last_day
    if narrative and narrative.group("same") and ctx.undated_since and ctx.lead_day and last_day and ctx.lead_day > last_day:
        # "held talks on Wednesday ... arrived Tuesday evening ... The talks focused on ... Earlier in the day, ...":
        # after a look back, undated facts went on with the story's own day
        last_day = ctx.lead_day
    if narrative and last_day is not None:  # "Two days later, ...", "The evening before, ...": from the story's last day
        weeks = (narrative.group("wk") or narrative.group("back_wk") or "").lower()  # "A week later, ..."
        word = (narrative.group("n") or narrative.group("back_n") or weeks).lower()
        back = narrative.group("back") or narrative.group("back_n") or narrative.group("back_wk")  # "The evening before", "Two days earlier"
        shift = (-1 if back else 1) * (number_of("one" if word == "a" else word) or (1 if not narrative.group("same") else 0)) * (7 if weeks else 1)
        for event in events:
            if not event.planned:
                event.date, event.end_date = PartialDate.of(last_day + dt.timedelta(days=shift)), None
                event.explicit_date = True  # ("On January 7 ... Nine days later ...": still in the past)
                event.background = _long_ago(event, ctx)
    span = _NARRATIVE_SPAN.search(text)
    if span and not any(not d.relative for d in dates) and not _YEAR.search(text):  # (not "A 1995 pact ... four years later")
        _date_from_story(events, span, ctx)
    elif span:  # "founded by Brazil, Russia, India and China in 2009 and admitted South Africa the following year"
        base = [d for d in dates if not d.relative and d.end <= span.start()]
        if base:
            _date_from_told(events, text, span, base[-1])
    then = _DAYS_LATER_CLAUSE.search(text)
    if then:  # "visited Jeddah on April 12 ..., and six days later the Saudi minister flew to Damascus"
        # (not "on Monday, June 16, a day after his 72nd birthday, for a state visit": a date told of the day)
        shift = (number_of(then.group("n") or then.group("m")) or 1) * (-1 if then.group("after") else 1)
        _days_from_told(events, dates, then.start(), shift,
                        lambda e: e.trigger > then.end() and "," not in text[then.end():e.trigger])
    again = _AND_AGAIN.search(text)
    later_day = next((d for d in dates if again and d.start == again.end() and not d.end_date), None)
    for event in list(events) if later_day else []:  # "visited Beirut on October 7 and again last week": twice
        if event.type in ("Visit", "Meeting") and not event.planned and event.date is not None and event.trigger < again.start() \
                and event.date != later_day.date:
            day = later_day.date
            if day.first_day() < event.date.first_day() and not re.search(r"\d{4}", text[later_day.start:later_day.end]):
                # ("returned in January 2023 ..., and again on November 18": that year's November, after the first)
                day = replace(day, value=f"{event.date.value[:4]}{day.value[4:]}")
            events.append(_told_again(event, day))
    twice = _TWICE.search(text)
    pair = next((d for d in dates if twice and d.end_date is not None and " and " in text[d.start:d.end]), None)
    for event in list(events) if pair else []:  # "visited Pyongyang twice, on June 4 and June 17": two visits
        if event.type in ("Visit", "Meeting") and not event.planned and event.date == pair.date and event.end_date == pair.end_date:
            event.end_date = None
            events.append(_told_again(event, pair.end_date))
    tail = _DAYS_LATER_TAIL.search(text)
    if tail:  # "held talks in Tokyo on Aug. 23, before flying to Washington ... two days later"
        _days_from_told(events, dates, tail.start(), number_of(tail.group("n")) or 1,
                        lambda e: tail.start() < e.trigger < tail.end())
    came = _CAME_DAYS_AFTER.search(text)
    base = ctx.last_day or ctx.section or ctx.published
    if came and ctx.visit_day and re.search(r"\b(?:visit|trip|tour)\s+$", text[:came.start()]):
        base = ctx.visit_day  # "The visit came two days after Somalia joined the EAC": from the visit's first day
    for event in events if came and base else []:
        # "The decision came a day after the United States imposed sanctions on ...": that many days before the story's day
        if event.trigger < came.end() or event.planned:
            continue
        own = [d for d in dates if d.start >= came.end() and d.date.precision == "day"]
        if own:
            _attach_date(event, text, own, ctx.section or ctx.published)
        else:
            word = came.group("n").lower()
            shift = (number_of(word) or 1) * (1 if came.group("dir") == "after" else -1)
            # (reckoned, not stated: a day the story states for the same act elsewhere wins)
            day = base - dt.timedelta(days=shift)
            event.date, event.end_date, event.explicit_date = PartialDate.of(day), None, False
            event.background = _long_ago(event, ctx)
            if ctx.published is not None and day > ctx.published:
                event.planned = True  # "The talks came a day before the second round of negotiations in Rome": still to come
    nth = _NTH_DAY_OF_VISIT.search(text) if ctx.visit_day else None
    if nth and not any(d.date.precision == "day" and not d.relative for d in dates):
        # "On the second day of her visit, the President held talks with ...": the day after the visit began
        day = ctx.visit_day + dt.timedelta(days=_ORDINAL_DAYS[nth.group(1).lower()] - 1)
        for event in events:
            if not event.planned and not (event.type == "Visit" and (event.guest, event.host) == ctx.visit):
                event.date, event.end_date, event.explicit_date, event.background = PartialDate.of(day), None, True, False
    for event in events:  # "informed his counterpart about the results of his meeting with Trump on August 15": told in passing
        if event.date is not None and not event.planned and _RESULTS_OF.search(text, 0, event.trigger):
            event.background = True
    looks_back = narrative is not None and bool(narrative.group("back") or narrative.group("back_n") or narrative.group("back_wk"))
    for event in events if not looks_back else []:  # a look back leaves the story's day
        if event.date and event.date.precision == "day" and event.explicit_date and not event.planned \
                and event.end_date is None \
                and (not event.background or _long_ago(event, ctx)):  # a span ("on a visit on 3-4 March") is no day the story stands on
            # (a call recalled from last Tuesday is no day the story goes on from; "On January 7 ... Nine days later" is)
            ctx.last_day = event.date.first_day()
            ctx.undated_since = False
            if ctx.lead_day is None and event.type != "Visit" and not event.background:
                ctx.lead_day = ctx.last_day
    if any(e.date is None and not e.planned and not e.background for e in events):
        ctx.undated_since = True
    meeting = next((e for e in events if e.type == "Meeting" and e.date is not None), None)
    if (sidelines or at_summit) and not apart and incidental is not None and meeting is not None:  # the summit was that day
        incidental.date, incidental.explicit_date, incidental.background = meeting.date, meeting.explicit_date, meeting.background
    elif incidental is not None and summit_trigger is not None:
        held = _HELD_ON.match(text, summit_trigger.end()) or _SUMMIT_PLACE_THEN.match(text, summit_trigger.end())
        # ("flew to Warsaw straight from the NATO summit in Vilnius in July 2023": that summit's month)
        own = held and next((d for d in dates if d.start == held.end()), None)
        if own is not None:  # "arrived on 3 July to take part in the 17th ECO Summit, held on 4 July": the summit's day
            incidental.date, incidental.end_date, incidental.explicit_date = own.date, own.end_date, True
            incidental.background = _long_ago(incidental, ctx)
        first = next((e for e in events if e.type in ("Visit", "Meeting") and e.date and e.date.precision == "day"), None)
        later = _NARRATIVE_DAY.search(text, min(m.end() for m in main), summit_trigger.start()) if first else None
        after = _NARRATIVE_DAY.search(text, summit_trigger.end()) if first and later is None else None
        if after is not None and not re.search(r"[,;]", text[summit_trigger.end():after.start()]):
            later = after  # "... and attending a summit of CELAC in the Argentine capital the following day"
        if own is None and later is not None and not later.group("back") and not later.group("back_n"):
            # "flew to Bishkek on October 12 ..., and the next day he attended a summit of the CIS": that next day
            word = (later.group("n") or "").lower()
            shift = number_of(word) or (0 if later.group("same") else 1)
            incidental.date = PartialDate.of(first.date.first_day() + dt.timedelta(days=shift))
            incidental.end_date, incidental.explicit_date = None, True
            incidental.background = _long_ago(incidental, ctx)
    if not events:  # "On 07 October, President Muizzu was accorded a ceremonial welcome.": no event, but the story's day
        _fronted_day(ctx, text, sentence.paragraph)
    if all(e.type == "Visit" for e in events) and sentence.start <= ctx.header[0] < sentence.end and ctx.published is not None:
        # the dateline's sentence told no act but a visit: "JAKARTA, March 10 - To Lam and Prabowo on Monday agreed ...,
        # during an official visit from March 9 to 11": that Monday
        _lead_told(ctx, sentence, year)
    _remember(ctx, sentence, mentions, events)
    return events


def _days_from_told(events: list[Event], dates: list[DateMention], clause: int, shift: int, in_clause) -> None:
    """Date the facts of a clause ``in_clause`` selects ``shift`` days from the last day told before
    the clause starts (at ``clause``), when the sentence tells one."""
    prior = [d for d in dates if d.end <= clause and d.date.precision == "day"]
    for event in events if prior else []:
        if in_clause(event) and not event.planned:
            day = prior[-1].date.first_day() + dt.timedelta(days=shift)
            event.date, event.end_date, event.explicit_date = PartialDate.of(day), None, True


_CAME_DAYS_AFTER = re.compile(r"\b(?:came|comes|follows|followed|took\s+place)\s+(?:just\s+|only\s+|barely\s+)?"
                              r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(?P<dir>after|before|ahead\s+of)\b")
_NTH_DAY_OF_VISIT = re.compile(r"\b(first|second|third|fourth)\s+day\s+of\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:visit|trip|stay)\b(?!\s+to\b)", re.I)
_ORDINAL_DAYS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _long_ago(event: Event, ctx: Context) -> bool:
    anchor = ctx.section or ctx.published
    return anchor is not None and event.date is not None and (anchor - event.date.first_day()).days > 45


def _talks_on_each_leg(events: list[Event], ctx: Context) -> list[Event]:
    """"He travelled to Bamako and Ouagadougou on the same day, holding talks with Goita and Traore":
    one traveller's talks in each of the places the sentence takes him to, not one meeting of all (and
    "visited Kazakhstan and Uzbekistan, signing deals on uranium": a signing in each)."""
    visits = [e for e in events if e.type == "Visit" and not e.planned and e.host and len(e.guests) == 1]
    hosts = {e.host for e in visits}
    guests = {e.guests[0] for e in visits}
    if len(hosts) < 2 or len(guests) != 1:
        return events
    (guest,) = guests
    out = []
    for event in events:
        if event.type not in ("Meeting", "AgreementSigning") or set(event.countries) != hosts | guests:
            out.append(event)
            continue
        for host in sorted(hosts):
            pair = (guest, host)
            out.append(replace(event, countries=tuple(sorted(pair)), evidence=list(event.evidence),
                               persons=tuple(p for p in event.persons if p not in ctx.dm.persons or ctx.dm.persons[p].country in pair)))
    return out


_SEPARATELY_WITH = re.compile(r"\b(?:separately\s+with|separate\s+(?:meetings|talks|conversations)\s+with)\b", re.I)


def _separate_talks(events: list[Event], ctx: Context, text: str) -> list[Event]:
    """"The President met separately with Prime Minister Chinh and Chairman Hue": a meeting with each of
    the two, not one meeting of three."""
    if not _SEPARATELY_WITH.search(text):
        return events
    out = []
    for event in events:
        by_country: dict[str, list[str]] = {}
        for name in event.persons:
            info = ctx.dm.persons.get(name)
            if info is not None and info.country in event.countries:
                by_country.setdefault(info.country, []).append(name)
        several = [c for c, names in by_country.items() if len(names) >= 2]
        if event.type != "Meeting" or event.planned or len(event.countries) != 2 or len(several) != 1:
            out.append(event)
            continue
        others = [p for p in event.persons if p not in by_country[several[0]]]
        for name in by_country[several[0]]:
            out.append(replace(event, evidence=list(event.evidence), persons=(*others, name)))
    return out


_MARGINS_OF = re.compile(r"\b(?:sidelines|margins)\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}$")
_EACH_SEPARATELY = re.compile(r"\beach\s+(?:of\s+(?:the|them|the\s+\w+)\s+|leader\s+|president\s+|minister\s+)?(?:\w+\s+){0,6}?separately\b|"
                              r"\bseparate(?:ly)?\s+(?:talks|meetings|bilateral\s+meetings)\s+with\s+each\b", re.I)
_MEASURE_DECIDED = re.compile(r"\bannounced\s+(?:[\w-]+\s+){0,4}?(?:that\s+)?(?:it|they)\s+would\s+(?:[\w-]+\s+){0,2}$|"
                              # "EU leaders agreed to extend economic sanctions on Russia": the decision is the act
                              r"\bagreed\s+(?:on\s+)?to\s+(?:impose|extend|renew|prolong|adopt|expand|tighten)\s+(?:[\w-]+\s+){0,2}$")
_CALL_ON = re.compile(r"called\s+on|courtesy\s+call|paid\s+a\s+call", re.I)
_RECALLED = re.compile(r"\b(?:recalled|recalling|recalls|remembered|referred\s+to|referring\s+to)\b", re.I)


_SEGMENT = re.compile(r";|,\s+(?:as\s+well\s+as|while|whereas|before|after|followed\s+by|and\s+then|and\s+later|"
                      # "met in Lima, where they also held a three-way meeting with Blinken": a second meeting there
                      r"where\s+(?=(?:they|he|she|the\s+two\s+\w+)\s+(?:also|then|later|separately)\s+(?:held|met|signed)\b)|"
                      # ", a day after he held talks with Russia's Sergei Lavrov": an act of its own day
                      r"(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?)\s+(?:after|before)\b|"
                      # ", and six days later the Saudi minister flew to Damascus"
                      r"and\s+(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+later\b)|"
                      r"and\s+(?=\w+\s+(?:then\s+|later\s+|also\s+)?(?:visited|met|signed|travelled|traveled|joined|followed|imposed|sanctioned|banned|froze|blacklisted))|"
                      # ", and Chinese President Xi Jinping made a return visit to Pyongyang": a subject of its own
                      r"and\s+(?=(?:former\s+)?(?:[A-Z][\w'-]+\s+){1,6}(?:then\s+|later\s+|also\s+)?(?:visited|made|paid|flew|travell?ed|went|arrived|"
                      r"met|held|hosted|received|signed|spoke)\b)|and\s+(?=the\s+(?:two|three|four)\s+\w+\s+then)|"
                      # ", and the Greek minister returned the visit in Ankara in November"
                      r"and\s+(?=the\s+[A-Z][\w'-]+\s+(?:minister|president|leader|premier|king|chancellor)\s+(?:then\s+|later\s+)?(?:returned|visited|made|paid|flew|travell?ed|went|arrived)\b))\b|"
                      # "joined ASEAN on July 28, 1995 and became the 150th member of the WTO": a second act of its own date
                      r"(?<=\d),?\s+and\s+(?=(?:then\s+|later\s+)?(?:became|joined|acceded|expanded|visited|met|signed|travelled|traveled|hosted|received)\b)|"
                      # "South Africa joined in 2010, and Egypt, Ethiopia, Iran and the UAE became members in January 2024"
                      r"(?<=\d),\s+and\s+(?=(?:the\s+)?[A-Z][^;:]{0,80}?\b(?:became|joined|acceded)\b)|"
                      # "has spoken to Putin by phone four times this year, and hosted Zelensky in Ankara": the same subject's second act
                      r",\s+and\s+(?=(?:then\s+|later\s+|also\s+)?(?:hosted|received|visited|met)\b)|"
                      # "imposed sanctions on nine people ..., and on Thursday added three Moldovan politicians to its list": a day of its own
                      rf",\s+and\s+(?={TIME_LEAD}\s+(?:[\w-]+\s+){{1,3}}?(?:added|imposed|sanctioned|banned|froze|blacklisted|listed|"
                      r"designated|visited|met|signed|held|hosted|received|joined|travell?ed|flew|made|paid)\b)|"
                      # "Putin met Modi, and on Wednesday he is scheduled to hold talks with ...": a plan of its own
                      r",\s+and\s+(?=(?:[\w'-]+\s+){0,5}?(?:will|(?:is|are)\s+(?:also\s+)?(?:scheduled|expected|due|set)\s+to)\s)|"
                      # "Croatia adopted the euro and joined the Schengen area": two accessions
                      r"(?<=[a-z])\s+and\s+(?=(?:then\s+|later\s+|also\s+)?(?:joined|acceded|entered)\b(?!\s+by\b))|"
                      r"\b(?:a\s+decade|\w+\s+years?|months?|decades?)\s+after\s+(?=(?:it|he|she|they)\s+(?:joined|became|acceded)\b)|"
                      # "following Yoon's trip to Tokyo in March and Kishida's visit to Seoul": two trips
                      r"\s+and\s+(?=[A-Z][\w'-]+['\u2019]s?\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\b)")


_THE_TWO_OFFICES = re.compile(r"\b[Tt]he\s+two\s+(prime\s+ministers|premiers|presidents|heads\s+of\s+state|heads\s+of\s+government|"
                              r"foreign\s+ministers|top\s+diplomats|chancellors|leaders)\b|\b[Tt]he\s+(leaders|heads\s+of\s+state)\s+of\s+the\s+two\s+countries\b")
_OFFICE_OF_PLURAL = {"prime ministers": "head_of_government", "premiers": "head_of_government", "heads of government":
                     "head_of_government", "chancellors": "head_of_government", "presidents": "head_of_state",
                     "heads of state": "head_of_state", "foreign ministers": "foreign_minister", "top diplomats": "foreign_minister",
                     "leaders": "leader"}


_FROM_WHERE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2},\s+where\b")
_FROM_WHERE_VISIT = re.compile(r"\bfrom\s+(?:the\s+)?(?P<place>[A-Z][^,;]{1,40}?),\s+where\s+(?:on\s+\w+\s+|earlier\s+\w+\s+)?(?:he|she|they)\s+(?:had\s+)?"
                               r"(?:(?:concluded|wrapped\s+up|made|paid|ended|completed|was\s+on|were\s+on)\s+(?:a|an|his|her|their)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?P<visit>visit)|"
                               r"(?P<talks>(?:held|had)\s+(?:talks|(?:a\s+)?meetings?)\s+with|met(?:\s+with)?|was\s+received\s+by|laid\s+a\s+wreath|"
                               # "from Kyiv, where on Sunday he took part in the commemorations" (not "in the NATO summit")
                               r"took\s+part\s+in(?![^,.;]{0,40}\b(?:summit|forum|conference|meeting|session|assembly)\b)))\b")


def _visit_came_from(ctx: Context, sentence: Sentence, mentions: list[Mention], actors, events: list[Event]) -> Event | None:
    """"Erdogan flew in from Malaysia, where he wrapped up a two-day official visit on Tuesday": the
    visit to where the traveller came from, told beside the arrival."""
    text = sentence.text
    found = _FROM_WHERE_VISIT.search(text)
    if found is None:
        return None
    place = next((m for m in mentions if m.kind in ("city", "country") and m.start - sentence.start == found.start("place")), None)
    traveller = next((code for pos, code, how in actors if pos < found.start() and how in ("person", "description", "reference")), None)
    if place is None or traveller is None or place.country == traveller or any(
            e.type == "Visit" and e.host == place.country for e in events):
        return None
    visit = Event("Visit", unique([traveller, place.country]), [], host=place.country, guests=(traveller,),
                  city=ctx.gaz.cities[place.key].name if place.kind == "city" else None,
                  persons=tuple(m.key for m in mentions if m.kind == "person" and m.country == traveller
                                and m.start - sentence.start < found.start())[:1])
    # ("arrived in London from Rome, where he held talks with Italian Prime Minister Draghi": he was in Rome)
    visit.trigger = found.start("visit") if found.group("visit") else found.start("talks")
    visit.paragraph, visit.section = sentence.paragraph, ctx.section
    return visit


_TITLE_OF = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Sultan|Crown\s+Prince|Minister(?:\s+of\s+[A-Z]\w+(?:\s+Affairs)?)?)"
                       r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+|Kingdom\s+of\s+|State\s+of\s+)?$")
# "received the Japanese ambassador": an envoy posted in the host's country
_ENVOY = re.compile(r"(?i:ambassador|high\s+commissioner|charg[eé]\s+d['\u2019]affaires)")
# "... Al Thani in Doha", "... Vajiralongkorn at the Amphorn Sathan Throne Hall in Bangkok": the place of the one met
_AFTER_ONE_MET = re.compile(r"\s+(?:at\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+){1,5})?in\s+")
# "in Doha", "at the Elysee Palace in Paris" (and "at State House, Nairobi")
_IN_CITY = re.compile(r"(?:\b[Ii]n|\bat\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+){1,4}in|\bat\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+,)\s+(?:the\s+(?:[\w-]+\s+){0,2}(?:capital|city|port|resort|town)\s+(?:of\s+)?)?$")
_ATTENDED = re.compile(r"(?:attended|attending|took\s+part|participated)\b", re.I)


def _venue_of_clause(text: str, trigger: re.Match, mentions: list[Mention], sentence: Sentence, events: list[Event]) -> list[str]:
    """Where a summit attended in a clause of a trip was held: "flew to Brazil from Japan, where he attended
    TICAD" (the place before "where"); "visited Uzbekistan in September 2022, when he took part in the
    summit" (the trip's host)."""
    clause = None
    for clause in _VENUE_CLAUSE.finditer(text, 0, trigger.start()):
        pass
    if clause is None:
        return []
    if clause.group(1).lower() == "where":
        before = [m for m in mentions if m.kind in ("country", "city") and m.end - sentence.start <= clause.start()]
        return [before[-1].country] if before and clause.start() - (before[-1].end - sentence.start) < 3 else []
    trips = [e for e in events if e.type == "Visit" and not e.planned]
    return [c for c in trips[0].countries if c not in trips[0].guests][:1] if len(trips) == 1 else []


_FOR_SUMMIT = re.compile(r"\b(?:for|to\s+(?:attend|join)|to\s+take\s+part\s+in|to\s+participate\s+in)\s+(?:the|a|an)\s+(?:[\w'.+-]+\s+){0,4}$", re.I)
_VENUE_CLAUSE = re.compile(r",\s+(where|when|during\s+which)\s+(?:he|she|they|it)\b", re.I)
_CLAUSE_START = re.compile(r"(?:,|\b(?:when|where|and|as|after|before|while))\s+", re.I)
_FRONTED_IN = re.compile(r"\s*(?:(?:On|Late\s+on|Early\s+on)\s+[\w ,]{3,25}?\s+)?(?:(?:While|When)\s+)?[Ii]n\s+")  # "On Monday in Hanoi, Xi held talks ..."
_WHO_IS_IN = re.compile(r",\s+who\s+(?:is|was|were|are)\s+(?:currently\s+|now\s+|also\s+)?in\s+$")
# "held their second summit", "held a summit in Gyeongju": two leaders' talks
_TWO_LEADERS_SUMMIT = re.compile(r"\b(?:(?:their|his|her|bilateral)\s+(?:[\w-]+\s+)?|held\s+an?\s+(?:[\w-]+\s+)?)summit\b", re.I)
_LATER_CLAUSE = re.compile(r",\s+(?:after\s+which|which|who|where|while|as)\b|;")
_HOSTED = re.compile(r"hosted\s+(?=[A-Z])")
_ELSEWHERE = re.compile(r"\b(?:sidelines|margins|video|virtual\w*|phone|telephone|(?<!courtesy\s)call|summit|forum|(?<!news\s)(?<!press\s)conference|"
                        r"last\s+met|had\s+met|first\s+met)\b", re.I)


def _visit_of_talks_abroad(ctx: Context, sentence: Sentence, mentions: list[Mention], events: list[Event]) -> list[Event]:
    """"In Buenos Aires on Saturday he met Argentine President Alberto Fernandez": talks held in one
    side's city, with a leader of the other side there, tell that side's visit."""
    text = sentence.text
    out = []

    def titled(org: Mention) -> bool:  # "European Commission President Ursula von der Leyen": an official's title
        return any(m.kind == "person" and re.fullmatch(r"(?:['\u2019]s)?\s+(?:[A-Z][\w-]*\s+){1,4}", text[org.end - sentence.start:m.start - sentence.start])
                   for m in mentions if 0 <= m.start - org.end <= 40)

    for event in events:
        if event.type != "Meeting" or event.planned or len(event.countries) != 2 or _ELSEWHERE.search(_TWO_LEADERS_SUMMIT.sub(" ", text)) \
                or EARLIER_ROUND.match(text, event.trigger) \
                or (any(m.kind == "org" and not titled(m) for m in mentions) and not VISIT_KIND.search(text)):
            continue  # (where leaders gather for a summit, two of them meeting tells no visit to each other; but "talks in
            # Ouagadougou as part of a working visit to member states of the Alliance of Sahel States" tell one)
        # the talks' own place: right after the trigger ("met Fernandez at the Casa Rosada in Buenos Aires"), or
        # fronted ("In Buenos Aires on Saturday he met ..."), not "the foreign ministry in Seoul said"
        # (or a seat of government: "was received at the White House by President Biden")
        discussed = _DISCUSSED.match(text, event.trigger)  # "discussed the peace process in Thailand's deep south": a topic
        places = [m for m in mentions if m.country in event.countries
                  and not (discussed and m.start - sentence.start > event.trigger)
                  and ((m.kind == "city" and m.key in ctx.gaz.cities and _IN_CITY.search(text[:m.start - sentence.start]))
                       or (m.kind == "country" and re.search(r"\b(?:[Ii]n|at\s+the)\s+$", text[:m.start - sentence.start]))
                       # ("at the White House", "in the Oval Office", "in the Kremlin")
                       or (m.kind == "agency" and IN_PLACE.search(text, 0, m.start - sentence.start)))
                  and (0 <= m.start - sentence.start - event.trigger < 80 or _FRONTED_IN.fullmatch(text[:m.start - sentence.start])
                       # "met Qatar's Prime Minister ... Sheikh Mohammed bin Abdulrahman Al Thani in Doha": right after the one met
                       or (0 <= m.start - sentence.start - event.trigger < 160 and any(
                           p.kind == "person" and event.trigger < p.start - sentence.start and _AFTER_ONE_MET.fullmatch(text, p.end - sentence.start, m.start - sentence.start)
                           for p in mentions))
                       # "Fidan, in Baghdad for talks with Iraqi officials, said ...": just before the words
                       or (0 < event.trigger - (m.end - sentence.start) < 30 and not re.search(r"[,;]", text[m.end - sentence.start:event.trigger]))
                       # "Blinken, who is in Beijing, met Wang Yi"
                       or (m.start - sentence.start < event.trigger and _WHO_IS_IN.search(text[:m.start - sentence.start])))]
        # "met Wang Yi in the Chinese capital": the capital the data gives that country
        places = places or [m for m in mentions if m.kind == "demonym" and m.country in event.countries
                            and 0 <= m.start - sentence.start - event.trigger < 80 and re.search(r"\b[Ii]n\s+the\s+$", text[:m.start - sentence.start])
                            and CAPITAL_AFTER.match(text, m.end - sentence.start)]
        if not places and _HOSTED.match(text, event.trigger):
            # "Meloni on Tuesday hosted Turkish President Erdogan at Villa Doria Pamphilj": the guest came to the host
            places = [m for m in mentions if m.kind in ("person", "country") and m.country in event.countries
                      and m.start - sentence.start < event.trigger][-1:]
        if len({m.country for m in places}) != 1:
            continue
        host = places[0].country
        capital = ctx.gaz.capital_of(host) if places[0].kind == "demonym" else None
        if capital is not None:
            event.city = event.city or capital.name
        guest = next(c for c in event.countries if c != host)
        later = _LATER_CLAUSE.search(text, event.trigger)  # (not "..., which will allow Japan to export ...": another clause)
        told = later.start() if later else len(text)
        if any(m.kind == "country" and m.country == guest and m.start - sentence.start < told
               and not _TITLE_OF.search(text, 0, m.start - sentence.start)
               and not any(p.kind == "person" and re.fullmatch(r"(?:['\u2019]s?)?\s+(?:(?!(?:and|or|with|to|on|in)\b)[A-Za-z][\w-]*\s+){0,3}",
                                                            text[m.end - sentence.start:p.start - sentence.start])
                           for p in mentions if p.start >= m.end)
               for m in mentions):
            continue  # talks about that country, not with someone come from it (but "the Prime Minister of Malaysia", "China's Xi")
        travellers = [m.key for m in mentions if m.kind == "person" and m.country == guest]
        envoys = {m.key for m in mentions if m.kind == "person" and _ENVOY.fullmatch(ctx.dm.persons[m.key].title or "")}
        if _ENVOY.search(text) and not set(travellers) - envoys:
            continue  # "received the Japanese ambassador in Hanoi": an envoy posted there, no visit
        if places[0].kind == "city":
            city = ctx.gaz.cities[places[0].key].name
        elif capital is not None:
            city = event.city
        elif places[0].kind == "person" and event.city:  # the host who hosted: the talks' city, if it is the host's
            named = ctx.gaz.city_named(event.city)
            city = event.city if named is not None and named.iso3 == host else None
        else:
            city = None
        visit = Event("Visit", (guest, host), [], host=host, guests=(guest,), city=city, persons=tuple(unique(travellers))[:1])
        visit.trigger, visit.paragraph, visit.section = event.trigger, sentence.paragraph, ctx.section
        visit.date, visit.end_date, visit.explicit_date = event.date, event.end_date, event.explicit_date
        visit.evidence = list(event.evidence)
        out.append(visit)
    return out


def _persons_described(event: Event, sentence: Sentence, ctx: Context) -> None:
    """"The two prime ministers held talks": the persons of each side who hold that office in the story,
    so that these talks stay apart from the president's of the same day."""
    if event.type != "Meeting" or len(event.countries) != 2:
        return
    text = sentence.text
    two = _THE_TWO_OFFICES.search(text)
    if two is None:
        return
    office = _OFFICE_OF_PLURAL[re.sub(r"\s+", " ", two.group(1) or two.group(2))]
    named = {ctx.dm.persons[p].country for p in event.persons if p in ctx.dm.persons}
    for code in event.countries:
        if code in named:
            continue
        if office == "leader":  # "the two leaders": each side's leader named first in the story
            leader = next((m.key for m in ctx.dm.mentions if m.start < sentence.start and m.kind == "person"
                           and m.key in ctx.dm.persons and ctx.dm.persons[m.key].country == code
                           and ctx.dm.persons[m.key].role in ("head_of_state", "head_of_government")), None)
            holders = [leader] if leader else []
        else:
            holders = [p.name for p in ctx.dm.persons.values() if p.country == code and p.role == office]
        if len(holders) == 1:
            event.persons = (*event.persons, holders[0])


_PRONOUN = re.compile(r"(?:he|she)\b", re.I)
_TIMED_PRONOUN = re.compile(rf"\s*{TIME_LEAD}\s+(?:[\w-]+\s+){{1,3}}?(?P<who>he|she)\b")


def _segment_between(text: str, pos: int, end: int, ahead: int) -> bool:
    """Is there a clause break between ``pos`` and ``end``? A break may look ahead to the words up
    to ``ahead`` ("1995 and became ...")."""
    found = _SEGMENT.search(text, pos, min(len(text), ahead))
    return found is not None and found.start() < end


def _segment_events(sentence: Sentence, ctx: Context, kind: str, trigger: re.Match, built: list[Event],
                    sentence_actors: list[tuple[int, str, str]]) -> list[Event]:
    """Events of a further trigger of a type, read in its own clause only (from the break before
    it to the next break); kept when they differ from what the sentence gave already."""
    text = sentence.text
    breaks = list(_SEGMENT.finditer(text))
    start = max((b.end() for b in breaks if b.end() <= trigger.start()), default=0)
    end = min((b.start() for b in breaks if b.start() >= trigger.end()), default=len(text))
    clause = Sentence(sentence.start + start, sentence.start + end, text[start:end], sentence.paragraph)
    modality = modality_of(clause.text, trigger.start() - start, trigger.end() - start)
    if modality in NO_EVENT:
        return []
    local = re.compile(re.escape(trigger.group()), re.I).match(clause.text, trigger.start() - start)
    mentions = _mentions_in(ctx, clause)
    actors = _actor_countries(ctx, clause, mentions)
    gerund = re.match(r"\s*[a-z]+ing\b", clause.text)  # its subject is a person's, or the story's before it
    if start and not any(pos < local.start() for pos, _, _ in actors) and (
            re.search(r"\band(?:\s+then|\s+later)?\s*$", text[max(0, start - 12):start]) or gerund):
        # "Viet Nam joined ASEAN in 1995 and became the 150th member of the WTO in 2007", "..., before flying on
        # to Brazil": the sentence's subject
        subject = [a for a in sentence_actors if a[0] < start
                   and a[2] in (("person", "description", "reference") if gerund else
                                ("person", "description", "reference", "country", "demonym"))
                   and not _OBJECT_BEFORE.search(text[:a[0]])][:1]
        if not subject and ctx.last_subject:  # "The former special forces general travelled ... and met Xi": the man just named
            subject = [(0, ctx.last_subject, "reference")]
        actors = [(-1, code, how) for _, code, how in subject] + actors
    there = next((e for e in built if e.type == kind), None) if re.search(r",\s+where\s*$", text[max(0, start - 10):start]) else None
    if there is not None and re.match(r"\s*(?:they|the\s+two\s+\w+)\b", clause.text):
        # "A and B met in Lima, where they also held a three-way meeting with C": they are the two of the first, there
        actors = [(-1, code, "reference") for code in there.countries] + actors
    pronoun = _TIMED_PRONOUN.match(clause.text) if start and re.search(r"\band\s*$", text[max(0, start - 12):start]) else None
    subject = next((a for a in sentence_actors if a[0] < start and a[2] in ("person", "description", "reference")), None) if pronoun else None
    if subject is not None:  # "held talks with Li Qiang, who ..., and on July 7 he visited Brazil, where he met Lula": he is the sentence's subject
        actors = [(pos, subject[1], how) if how == "reference" and _PRONOUN.match(clause.text, pos) else (pos, code, how)
                  for pos, code, how in actors]
    told_org = next((e.organization for e in built if e.type == kind == "Accession" and e.organization), None)
    if told_org and not any(m.kind == "org" for m in mentions):
        ctx.last_org = told_org  # "joined BRICS in 2010, and Egypt, Iran and the UAE became members in 2024": of BRICS too
    made = BUILDERS[kind](ctx, clause, mentions, actors, _orgs(ctx, clause, mentions), local, {kind: local})
    out = []
    seen = {(e.type, e.countries, e.organization): e.city for e in built}

    def own_day() -> bool:  # (read only for an event the sentence gave already)
        return any(d.date.precision == "day" and not d.relative for d in find_dates(clause.text, ctx.section or ctx.published, ctx.year))

    for event in _as_list(made):
        key = (event.type, event.countries, event.organization)
        if key in seen and not ((event.city and seen[key] and event.city != seen[key]) or (event.type in ("Meeting", "Visit") and own_day())):
            continue  # (but "We met in Ashgabat on October 11, and then had a conversation in Kazan": twice)
        event.trigger = trigger.start()  # dated with the sentence's others, from this trigger
        if there is not None:
            event.city = event.city or there.city
            event.persons = unique([*there.persons, *event.persons]) if set(there.countries) <= set(event.countries) else event.persons
        event.paragraph = sentence.paragraph
        event.section = ctx.section
        event.planned = modality == "planned"
        out.append(event)
        if event.type == "Accession" and event.organization and not event.planned:
            ctx.last_accession = (event.organization, sentence.start)  # "Finland joined NATO ..., and Sweden followed"
    return out


_SECTION_DATELINE = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2},\s+(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                               r"(?:[0-3]?\d\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))")


_TIMESTAMP = re.compile(r"\s*(?:\*\*)?\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|[ap]\.?m\.?|hrs|local time|[A-Z]{2,4}))?(?:\*\*)?\s*[-\u2013\u2014:|]")


def _section_date(ctx: Context, text: str, has_trigger: bool) -> None:
    """A date heading a section ("July 10, 2024" on its own line, or a dateline opening a new
    dispatch) is what "today" and "on Tuesday" mean until the next one (readouts, liveblogs).
    A liveblog's time-stamped entry ("**09:40** - ...") is of the page's day until a date heads one."""
    if ctx.section is None and ctx.published is not None and _TIMESTAMP.match(text):
        ctx.section = ctx.published
    label = _WEEKDAY_LABEL.match(text)
    if label and ctx.published is not None:  # "TUESDAY - Erdogan began a visit ...": a week in review, day by day
        day = find_dates("on " + label.group(1).capitalize(), ctx.published, ctx.year)
        ctx.section = day[0].date.first_day() if day else ctx.section
        return
    if len(text) > 90 and not _SECTION_DATELINE.match(text):
        return
    if has_trigger and not _SECTION_DATELINE.match(text):
        return
    dateline = _SECTION_DATELINE.match(text)
    if not dateline and text.rstrip().endswith(".") and len(text) > 40:
        return  # "On January 28, 2024 they announced their withdrawal.": a sentence of the story, no heading
    for d in find_dates(text[:60], ctx.section or ctx.published, ctx.year):
        if (d.explicit_year or dateline) and d.date.precision == "day" and not d.relative:
            if ctx.section is None and d.date.first_day() == ctx.published and (has_trigger or _BYLINE.match(text)):
                # the lead's own dateline, or the page's byline ("By Amra H. | 21 January 2025, 08:40", "Updated: ..."):
                # undated facts take the lead's date, not this one
                return
            ctx.section = d.date.first_day()  # "Doha, May 16 (QNA) - ... today"
            return


_BYLINE = re.compile(r"\W*(?:By\s|(?:Last\s+)?(?:Updated|Published|Posted)\b)", re.I)
_WEEKDAY_LABEL = re.compile(rf"\s*((?i:{WEEKDAY_NAMES}))\s*[-\u2013\u2014:]\s+(?=[A-Z])")
_FRONTED_DAY = re.compile(r"(?:On|Late\s+on|Early\s+on)\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}\s+[A-Z][a-z]+\b|[A-Z][a-z]+\s+\d{1,2}\b)")


def _lead_told(ctx: Context, sentence: Sentence, year: int | None) -> None:
    """"CARACAS, Jan 10 - Maduro was sworn in on Friday as the U.S. ... announced sanctions": a lead that
    tells no act of its own (or only a visit) still dates the story, and its undated acts take that day."""
    days = [d for d in find_dates(sentence.text, ctx.section or ctx.published, year)
            if d.date.precision == "day" and d.end_date is None and 0 <= (ctx.published - d.date.first_day()).days <= 7
            and not ctx.header[0] <= sentence.start + d.start < ctx.header[1]]
    if len(days) == 1:
        ctx.lead_told = days[0].date


def _fronted_day(ctx: Context, text: str, paragraph: int) -> None:
    """"On Tuesday morning, an official welcoming ceremony took place": the story stands on that
    day, and "earlier in the day" after it means that day, though the sentence told no event."""
    if not _FRONTED_DAY.match(text):
        return
    anchor = ctx.section or ctx.published
    day = next((d for d in find_dates(text, anchor, ctx.year) if d.start < 40), None)
    if day is not None and day.date.precision == "day" and day.end_date is None and (
            anchor is None or abs((anchor - day.date.first_day()).days) <= 7):
        ctx.last_day, ctx.undated_since = day.date.first_day(), False
        ctx.fronted = (paragraph, ctx.last_day)


_HEAD_OF_ORG = re.compile(r"(?:'s)?\s+(?:President|Vice[- ]President|Chair(?:man|woman|person)?|Secretary[- ]General|"
                          r"Commissioner|High\s+Representative|Director[- ]General|Spokes(?:man|woman|person))\s+[A-Z]")


def _remember(ctx: Context, sentence: Sentence, mentions: list[Mention], events: list[Event]) -> None:
    """Keep what later sentences need: the last organisation, countries, subject, year, pair."""
    text = sentence.text
    for m in mentions:
        if m.kind == "org" and not DEAL_WITH.search(text, max(0, m.start - sentence.start - 60), m.start - sentence.start) \
                and not _HEAD_OF_ORG.match(text, m.end - sentence.start):
            # (not a partner: "Mercosur seals trade deal with EFTA" leaves "the bloc" Mercosur; nor an official's
            # title: "European Commission President Ursula von der Leyen")
            ctx.last_org = m.key
    if any(e.type == "Summit" and e.organization for e in events):
        ctx.last_summit_org = next(e.organization for e in events if e.type == "Summit" and e.organization)
    for m in mentions:
        if m.kind in ("country", "person", "description", "city") and m.country and m.country != ctx.dm.main_country:
            ctx.recent_countries.append(m.country)
    # the last year named, by number or relative to the story's ("in March last year"): "the same year" is it
    years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]
    if ctx.year is not None:
        years += [(m.start(), ctx.year + _RELATIVE_YEARS[m.group(1).lower()]) for m in _RELATIVE_YEAR.finditer(text)]
    if years:
        ctx.year_named = max(years)[1]
    month = _MONTH_YEAR.findall(text)
    if month:  # "in April 2024": a later bare "17 April" of this paragraph is in it
        ctx.month_named = (sentence.paragraph, _MONTHS[month[-1][0][:3].lower()], int(month[-1][1]))
    # the sentence's subject: its first person who is no object ("After talks with President Faye, he signed": not Faye)
    first_person = next((m for m in mentions if m.kind == "person" and m.country
                         and not _OBJECT_BEFORE.search(text[:m.start - sentence.start])
                         and not re.search(r"\b[Tt]he\s+$", text[:m.start - sentence.start])), None)  # ("After the Sharaa meeting")
    pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\b", text)
    if first_person and not (pronoun and pronoun.start() < first_person.start - sentence.start):
        ctx.last_subject = first_person.country
    elif first_person is None and re.match(r"\s*The\s", text) and _references(ctx.gaz).match(text, text.index("The")) \
            and not re.match(r"\s*The\s+\w+(?:\s+\w+)?\s+(?:of|to)\b", text):
        # "The prime minister himself is on a tour ...": the story's prime minister, whom a later "he" means
        code = next((c for p, c, how in _actor_countries(ctx, sentence, mentions) if how == "reference" and p <= 3), None)
        ctx.last_subject = code or ctx.last_subject
    imposers = unique(k for e in events if e.type == "Sanction" and not e.planned for k in e.imposers if k in ctx.gaz.countries)
    if len(imposers) >= 3:  # "Australia, Britain, Canada, New Zealand and Norway sanction ...": a group the story may count
        ctx.group = tuple(sorted(imposers))
    for event in events:
        told = event.type in ("Visit", "Meeting", "AgreementSigning") and len(event.countries) >= 2 and not _in_passing(text, event.trigger)
        if told and len(event.countries) == 2 and (not event.planned or not ctx.pair):
            ctx.pair = event.countries
        if told and not event.planned:
            ctx.parties = event.countries
        if (event.type in ("Meeting", "Summit") and len(event.countries) >= 2
                or event.type == "AgreementSigning" and len(event.countries) >= 3) and not event.planned:
            ctx.group = event.countries  # (and the three who signed: "The three leaders also signed a joint declaration")
        if event.type == "Visit" and event.guest and event.host and not (event.planned or event.background or ctx.visit):
            ctx.visit = (event.guest, event.host)  # the story's visit, the one "the visit" names later
        if event.type == "Visit" and ctx.visit == (event.guest, event.host) and event.date \
                and event.date.precision == "day" and not event.planned and not event.ongoing:
            # the earliest day told ("arrived in Bengaluru on Wednesday ... landed in New Delhi on Monday": Monday)
            ctx.visit_day = min(ctx.visit_day or event.date.first_day(), event.date.first_day())
    ctx.recent_countries[:] = ctx.recent_countries[-12:]


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?!-\d)")
_RELATIVE_YEAR = re.compile(r"\b(last|this|next)\s+year\b", re.I)
_RELATIVE_YEARS = {"last": -1, "this": 0, "next": 1}
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH_YEAR = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                         r"(?:\s+\d{1,2},)?\s+((?:19|20)\d\d)\b")  # "April 2024", "July 26, 2023" ("26 July 2023" too)
_ENDS_ON = re.compile(r"\b(?:that|which)\s+(?:(?P<past>ended|concluded|wrapped\s+up)|ends|concludes|wraps\s+up|runs\s+(?:until|through|to))\s+(?:on\s+)?"
                      r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow)\b")
_SUMMIT_PLACE_THEN = re.compile(r"(?:\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})?,?\s+(?:in|on)\s+")
_HELD_ON = re.compile(r"[^.;]{0,80}?\b(?:held|opened|convened|which\s+(?:took\s+place|opened))\s+(?:on\s+|from\s+)?", re.I)
_OWN_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:this|last|next|that)\s+year\b", re.I)
_THAT_YEAR = re.compile(r"\b(?:(?:of\s+)?that|the\s+same)\s+year\b", re.I)
_NARRATIVE_DAY = re.compile(r"\b(?:(?P<same>(?:on\s+)?(?:the|that)\s+same\s+(?:day|evening|afternoon)|^(?:in|during)\s+the\s+(?:morning|afternoon|evening)(?!\s+of\b)|^shortly\s+after\s+(?:his\s+|her\s+|their\s+)?arrival|(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+"
                            r"(?:day|evening|afternoon|morning)|(?<![Tt]his\s)that\s+(?:evening|afternoon|night))|"
                            r"(?P<back>the\s+(?:day|evening|night)\s+before|the\s+previous\s+(?:day|evening|night)|"
                            r"^on\s+the\s+eve\s+of\s+the\s+(?:[\w'-]+\s+){0,3}?(?:summit|visit|talks|forum|conference|meeting))|"
                            r"the\s+(?:next|following)\s+day|a\s+day\s+later|"
                            r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|[2-9]|1[0-4])\s+days\s+later|"
                            r"(?P<wk>a|one|two|three|[23])\s+weeks?\s+later|(?P<back_wk>a|one|two|three|[23])\s+weeks?\s+earlier|"
                            r"(?P<back_n>a|one|two|three|four|five|six|seven|[2-7])\s+days?\s+earlier)\b", re.I)
# "The treaty was signed in May 2014. Armenia joined the following year": a year or month on from the one told last
_NARRATIVE_SPAN = re.compile(r"\b(?:the\s+(?P<dir>following|next|previous)\s+(?P<unit>year|month)(?!['\u2019])|"
                             r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d)\s+(?P<units>year|month)s?\s+"
                             r"(?P<when>later|earlier))\b", re.I)


def _span_shift(span: re.Match) -> tuple[str, int]:
    """The unit and signed count of "the following year", "two months earlier"."""
    unit = (span.group("unit") or span.group("units")).lower()
    count = (span.group("n") or "one").lower()
    shift = number_of("one" if count == "a" else count) or 1
    if (span.group("dir") or "").lower() == "previous" or (span.group("when") or "").lower() == "earlier":
        shift = -shift
    return unit, shift


def _date_from_told(events: list[Event], text: str, span: re.Match, told: DateMention) -> None:
    """Date the facts told between a date and "the following year" after it, in that clause, a year
    (or month) on (not "went to Tehran in November, a visit unthinkable three years earlier")."""
    unit, shift = _span_shift(span)
    value = told.date.value
    if unit == "year":
        date = PartialDate(f"{int(value[:4]) + shift:04d}")
    elif len(value) >= 7:
        months = int(value[:4]) * 12 + int(value[5:7]) - 1 + shift
        date = PartialDate(f"{months // 12:04d}-{months % 12 + 1:02d}")
    else:
        return
    for event in events:
        if not event.planned and told.end <= event.trigger < span.start() and not re.search(r"[,;]", text[event.trigger:span.start()]):
            event.date, event.end_date, event.explicit_date = date, None, True


def _date_from_story(events: list[Event], span: re.Match, ctx: Context) -> None:
    """Date the sentence's facts a year or month on from the last date the story told."""
    unit, shift = _span_shift(span)
    if unit == "year":
        base = ctx.year_named or (ctx.last_day.year if ctx.last_day else None)
        date = PartialDate(f"{base + shift:04d}") if base else None
    else:
        last = (ctx.last_day.year, ctx.last_day.month) if ctx.last_day else ctx.month_named and (ctx.month_named[2], ctx.month_named[1])
        months = last[0] * 12 + last[1] - 1 + shift if last else None
        date = PartialDate(f"{months // 12:04d}-{months % 12 + 1:02d}") if months is not None else None
    if date is None:
        return
    for event in events:
        if not event.planned:
            event.date, event.end_date, event.explicit_date = date, None, True
            event.background = _long_ago(event, ctx)


# "..., and six days later the Saudi minister flew to Damascus"; "voted on 26 February, three days after Kristersson travelled to Budapest"
_FEW = r"a|one|two|three|four|five|six|seven|eight|nine|ten|\d+"
def _told_again(event: Event, day: PartialDate) -> Event:
    """The same act once more on another day ("and again last week", "twice, on June 4 and June 17")."""
    return replace(event, date=day, end_date=None, explicit_date=True, evidence=list(event.evidence))


_TWICE = re.compile(r"\b(?:twice|two\s+times|on\s+both\s+occasions)\b")
_AND_AGAIN = re.compile(r"\s+and\s+again\s+(?:on\s+|in\s+)?(?=\w)")
_DAYS_LATER_TAIL = re.compile(rf",\s+(?:before|then|and\s+then|and)\s+[^,;]*?\b(?P<n>{_FEW})\s+days?\s+later\b", re.I)
_DAYS_LATER_CLAUSE = re.compile(rf",\s+(?:and\s+(?P<n>{_FEW})\s+days?\s+later|(?:and\s+)?(?P<m>{_FEW})\s+days?\s+(?P<after>after))\b", re.I)
# "concluded his two-day visit", "left Lusaka at the end of a three-day state visit": the span ends
# that day (not "ended six decades of one-party rule ... for a two-day visit")
_DURING_WHICH = re.compile(r",\s+(?:during|in\s+the\s+course\s+of)\s+which\b|(?<=\w)\s+(?:during|in)\s+which\b")
_CONCLUDED = re.compile(r"\b(?:concluded|concluding|wrapped\s+up|wrapping\s+up|wound\s+up|winding\s+up|ended|ending|completed|"
                        r"(?:flew|headed|flying|heading)\s+(?:back\s+)?home|flew\s+back|"
                        # ("departed Nadi this morning for a four-day visit": it begins)
                        r"completing|finished|(?:left|departed)(?![^.;]*\bfor\s+(?!home\b))|end\s+of|close\s+of)\b[^.;]{0,60}$", re.I)
# "concluded a three-day visit that began on Monday": the day told is the first one
_WHICH_BEGAN = r"\b(?:that|which)\s+(?:(?:he|she|they)\s+)?"  # "a visit that began", "a visit which she began"
_BEGAN_ON = re.compile(rf"[^.;]{{0,40}}?{_WHICH_BEGAN}(?:began|started|opened)\b")
_BEGAN_DAY = re.compile(rf"{_WHICH_BEGAN}(?:began|started)\s+(?:on\s+)?")  # and the day told next is its first
_TRIP = r"\b(?:visits?|tour|trip|swing)\b"  # what one comes home from
_RETURNED_CONCLUDING = re.compile(rf"\breturned\b[^.]*?\b(?:concluding|wrapping\s+up|winding\s+up|ending|completing)\b[^.]*?{_TRIP}")
_SPAN_DAYS = re.compile(r"\b(\d|two|three|four|five|six|seven)-day\b", re.I)


_BACKGROUND = re.compile(r"\b(?:recalled|recalling|last (?:visited|met|came|travell?ed)|previous(?:ly)?|had (?:visited|met|signed|held)|ago|(?:first|second|last) (?:visit|trip)|since then)\b", re.I)
_FORWARD = re.compile(r"(?i)next|tomorrow")
_DATELINE_BEFORE = re.compile(r"^[A-Z][\w.'\u00c0-\u024f -]{1,40},\s*(?:\w+day,\s*)?$")
_DATELINE_AFTER = re.compile(r"^,?\s*(?:\d{4}\s*)?(?:\([^)]{0,60}\)\s*)?[-:]")


def _host_of(summit: Event, ctx: Context) -> str | None:
    if summit.city:
        city = ctx.gaz.city_named(summit.city)
        return city.iso3 if city else None
    return None


def _in_month_named(dates: list[DateMention], ctx: Context, sentence: Sentence) -> list[DateMention]:
    """"The high point came in April 2024. On 17 April he held talks ...": a day of the month the
    paragraph just named with its year is in that year, not in the latest such month."""
    named = ctx.month_named if ctx.month_named and ctx.month_named[0] == sentence.paragraph else None
    if named is None:
        return dates
    out = []
    for d in dates:
        value = d.date.value
        if not d.explicit_year and not d.relative and d.date.precision == "day" and int(value[5:7]) == named[1] \
                and int(value[:4]) != named[2] and not _OWN_YEAR.match(sentence.text, d.end):  # not "July 3 this year"
            shift = lambda p: p and replace(p, value=f"{named[2]}{p.value[4:]}")  # noqa: E731
            d = replace(d, date=shift(d.date), end_date=shift(d.end_date))
        out.append(d)
    return out


def _in_since_clause(text: str, pos: int, trigger: int) -> bool:
    """Is ``pos`` inside a "since ..." clause that follows the trigger, or one closed before it? ("attended, the first
    summit since his country joined in July": July dates the joining, not the attending). Or
    does it date what a participle names ("relations, established in 1994")?"""
    if re.search(r"\b(?:established|founded|launched|created|set\s+up|dating\s+back|dates?\s+back|going\s+back)"
                 r"\s+(?:in|on|to|from)?\s*$", text[max(0, pos - 40):pos]):
        return True
    # (a "when" clause ends it: "the first to visit Vietnam since 2015 when he travelled to Hanoi in January 2024")
    since = re.search(r"\bsince\s+(?:(?!\bwhen\b)[^,;:()]){0,90}$", text[max(0, pos - 100):pos])
    if since is None:
        return False
    if max(0, pos - 100) + since.start() > trigger:
        return True
    # or closed before it: "who arrived ... for his first visit since becoming prime minister in March, met
    # Sheinbaum" (but "since 2017, when Mirziyoyev made his state visit": that year's)
    bare = re.fullmatch(r"since\s+", since.group())
    return pos < trigger and "," in text[pos:trigger] and not (bare and re.search(r",\s*when\b", text[pos:trigger]))


_AFTER_ACT = re.compile(r"\b(?:after|before|since)\s+(?:it|he|she|they|the\s+\w+)\s+(?:had\s+)?(?:joined|became|acceded|visited|met|signed|took\s+office)\b"
                        # "signed a declaration that revived the council which met for the first time on Wednesday"
                        r"|\b[a-z]+\s+(?:which|that)\s+(?:first\s+|later\s+|then\s+)?(?:met|convened|opened|was\s+(?:held|founded|created|set\s+up))\b")
# ", who took up his post in July,", ", a career diplomat who became foreign minister in July,"
_CAREER = re.compile(rf",\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,3}})?(?:who|which)\s+(?:\w+\s+)?(?:{_CAREER_STEP})\b")
_TRAILING_ASIDE = re.compile(r",\s*(?:who|which)\s+(?:had\s+|has\s+)?(?:arrived|landed|flew|came|travelled|traveled|was\s+on|is\s+on)\b[^,;]*[.!?\"']*$")
_DISCUSSED = re.compile(r"(?:discussed|talked\s+about|reviewed)\b", re.I)
_TOPIC_CLAUSE = re.compile(r",\s*(?:where|which|on\s+which|whose|when)\b")
_SAID_THAT = re.compile(r",\s+(?:said|says|told\s+[\w-]+|announced)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}(?:would|will)\b")
_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s")
_CLAUSE_BREAK = re.compile(r",\s*(?:who|which|where|whose)\b|;|\b(?:despite|although|even\s+though)\b|\bthen\s+(?!prime|president|foreign|premier)[a-z]|,\s*(?:and|but)\s+(?:then\s+)?(?:the|he|she|they|it)\b")


_DAY_OF_OTHER_THING = re.compile(r"['\u2019]s\s+(?!(?:[\w-]+\s+){0,2}?(?:talks|meetings?|summit|visit|trip|tour|signing|ceremony|session|"
                                 r"call|conversation|sanctions|decision|announcement|agreements?|deal|accord|treaty|vote|measures|package|"
                                 r"designations?|action|move|listing|accession|admission|arrival|audience|reception|dinner|lunch|"
                                 r"gathering|conference|forum|encounter|discussions?|exchange|statement|declaration|bans?|embargo|restrictions|"
                                 r"curbs|freeze|reimposition|prohibition|penalties|order|notification|expulsions?)\b)[a-z]")


# a record held since a time ("the largest sanctions package since 2022"): not the act's date
_RECORD_SINCE = re.compile(r"\b(?:[a-z]+est|biggest|most\s+[a-z]+)\s+[^,;.]{0,80}?\bsince\s+(?:early\s+|late\s+|mid-?)?(?:the\s+)?$")
_MET_BEFORE = re.compile(r"\b(?:met|meeting|talks|spoke)\b")


_WHOSE = re.compile(r",\s*whose\b[^,;]*")
_THING_SINCE = re.compile(r",\s*which\s+(?:[\w-]+\s+){0,2}?(?:entered\s+into\s+force|came\s+into\s+(?:force|effect)|took\s+effect|"
                          r"was\s+(?:signed|founded|established|created|set\s+up|launched|adopted|ratified|concluded)|expired|lapsed)\b[^,;]*")


# a trip told in the present with a weekday ("Modi begins a three-nation tour on Sunday" in Thursday's paper)
_PRESENT_TRIP = re.compile(r"\b(?:begins|starts|kicks\s+off|embarks\s+on|heads\s+(?:to|for)|sets\s+off|leaves\s+for|travels\s+to|"
                           r"pays|makes|arrives\s+in)\b")
_BARE_WEEKDAY = re.compile(rf"\bon\s+(?:{WEEKDAY_NAMES})\b", re.I)


def _still_to_come(event: Event, text: str, ctx: Context) -> None:
    """A visit a present-tense sentence dates by a bare weekday is the next such day, still to come."""
    anchor = ctx.section or ctx.published
    if event.type != "Visit" or event.planned or anchor is None or not _PRESENT_TRIP.search(text, max(0, event.trigger - 30), event.trigger + 30):
        return
    day = _BARE_WEEKDAY.search(text)
    ahead = next((d for d in find_dates(text, anchor, ctx.year, future=True) if day and d.start <= day.start() + 3 < d.end), None)
    if ahead is not None and ahead.date.first_day() > anchor:
        event.date, event.end_date, event.planned = ahead.date, None, True


_WHERE_PLANNED = re.compile(r",\s+where\s+(?:he|she|they|it|the\s+\w+)\s+(?:is|are|was|were|will)\s+(?:also\s+)?(?:due|expected|scheduled|set|to|"
                            r"attend|meet|hold|sign)\b")


_THIS_YEAR = re.compile(r"(?:earlier\s+)?this\s+year\b", re.I)


def _attach_date(event: Event, text: str, dates: list[DateMention], anchor: dt.date | None = None) -> None:
    """The date mention nearest the trigger, ignoring a dateline ("LIMA, Nov 16 (Wire) -")."""
    usable = [d for d in dates
              if not (_DATELINE_BEFORE.match(text[:d.start]) and _DATELINE_AFTER.match(text[d.end:]))
              and (event.planned or not _FORWARD.match(text[d.start:d.end]))
              and not (d.relative and d.date.precision == "year"  # "this year" dates little, "earlier this year" does
                       and not re.match(r"[Ee]arlier\s", text[d.start:d.end]) and event.type != "Accession")]
    usable = [d for d in usable if (event.type in ("Accession", "Sanction") or not _in_since_clause(text, d.start, event.trigger))
              and not DEADLINE.search(text[max(0, d.start - 30):d.start])
              and not _RECORD_SINCE.search(text, max(0, d.start - 90), d.start)  # "its biggest package against Russia since 2022"
              # "offered help after last Friday's earthquake": the earthquake's day (not "Friday's talks")
              and not _DAY_OF_OTHER_THING.match(text, d.end)
              # a fact is not dated by a time still to come ("..., which will see a PNG team enter the league in 2028")
              and (event.planned or anchor is None or d.date.first_day() <= anchor + dt.timedelta(days=7))]
    if not usable:
        return
    # "Last year, on 4 July 2023, Iran became ...": the year told again to the day
    usable = [d for d in usable if d.date.precision != "year" or _THIS_YEAR.match(text, d.start) or not any(
        o.date.precision != "year" and o.date.value[:4] == d.date.value for o in usable)]

    asides = [(r.start(), r.end()) for r in RELATIVE_ASIDE.finditer(text)]
    # "his counterpart Badr Abdelatty, who took up his post in July,": a date of the person's career, not of the act
    usable = [d for d in usable if not any(a <= d.start < b and not a <= event.trigger < b and _CAREER.match(text, a)
                                           for a, b in asides)]
    # "attended the summit, as did Arce, whose country joined the bloc as a full member last year": the aside's own time
    # ("discussed their CEPA, which entered into force in 2023": the agreement's own time)
    own_times = [(w.start(), w.end()) for pattern in (_WHOSE, _THING_SINCE) for w in pattern.finditer(text)]
    usable = [d for d in usable if not any(a <= d.start < b and not a <= event.trigger < b for a, b in own_times)]
    ahead = _WHERE_PLANNED.search(text, event.trigger) if not event.planned else None
    if ahead is not None:  # "travelled on to Italy, where he is due to meet Meloni on Monday": a day still to come
        usable = [d for d in usable if d.start < ahead.start()]
    said = _SAID_THAT.search(text, event.trigger)
    if said is not None:  # "Ramaphosa, who hosted the summit, said the six would join on January 1": what he said
        usable = [d for d in usable if d.start < said.start()]
    came_from = _FROM_WHERE.search(text, event.trigger) if event.type == "Visit" else None
    if came_from is not None:  # "arrived in Warsaw from Kyiv, where on Sunday he ...": that day was in Kyiv
        usable = [d for d in usable if d.start < came_from.end()]
    # "held talks with the Kenyan President, who arrived in the UAE on Monday": the guest's arrival, not the talks' day
    trailing = _TRAILING_ASIDE.search(text, event.trigger)
    if trailing is not None and event.type != "Visit":
        usable = [d for d in usable if d.start < trailing.start()]
    topic = _TOPIC_CLAUSE.search(text, event.trigger) if event.type == "Meeting" and _DISCUSSED.match(text, event.trigger) else None
    if topic is not None:  # "The two prime ministers discussed Kanaky, where unrest erupted in May": the topic's date
        usable = [d for d in usable if d.start < topic.start()]
    if not usable:
        return

    def distance(d: DateMention) -> int:
        if any(a <= d.start < b and not a <= event.trigger < b for a, b in asides):
            return 1000 + abs(d.start - event.trigger)  # "X, who arrived on Thursday, co-chaired ... on Friday"
        if d.start >= event.trigger:
            gap = text[event.trigger:d.start]
            if d.end_date is not None and len(gap) < 40 and not (_CLAUSE_BREAK.search(gap) or _SEGMENT.search(gap)):
                return -1  # "who is visiting Japan from February 19 to 22": the trigger's own span, over a fronted date
            if len(gap) < 25 and re.fullmatch(r"[\w-]+(?:\s+[\w-]+)?\s+(?:on|in)?\s*", gap) and re.search(
                    r",\s+(?:who|which)\s+(?:[\w'-]+\s+){0,3}$", text[:event.trigger]):
                return -1  # "On Sunday, Yoon held talks with Samia, who arrived on Saturday": the clause's own day
            broken = _CLAUSE_BREAK.search(gap) or _SEGMENT.search(gap)
            if broken and event.type == "Visit" and re.fullmatch(r",\s*where", broken.group()) and not _SEGMENT.search(gap) \
                    and not _FROM_WHERE.search(gap):
                broken = None  # "flying on to Washington, where he met Biden on Nov. 12": the arrival's day too
                # (not "arrived in Warsaw from Kyiv, where on Sunday he ...": that day was in Kyiv)
            return d.start - event.trigger + (200 if broken else 0)
        # (not "In Brunei, where Modi landed on Tuesday, ... held talks ... on Wednesday": a clause's date)
        if (not text[:d.start].strip(" \"'(") or re.fullmatch(r"(?:On|In|Since|Earlier|Later|Last|On the)\b(?:\s+[\w,-]+){0,3}",
                                                                text[:d.start].strip())) \
                and not re.match(r"['\u2019]s\b", text[d.end:]) and not any(
                    d.end <= o.start and o.end <= event.trigger and _NEXT_CLAUSE.search(text, d.end, o.start)
                    and not _SEGMENT.search(text, o.end, event.trigger) for o in usable):
            # (not "Last month, Ruto was in Addis Ababa, and in May he made a state visit to China": that clause's own)
            return 0  # a fronted date ("On Wednesday, ...") governs the whole sentence (not "Friday's step follows ...")
        gap = text[d.end:event.trigger]  # "X, who arrived on Wednesday, then held talks": not that day
        broken = _CLAUSE_BREAK.search(gap) or _segment_between(text, d.end, event.trigger + 12, event.trigger + 12) \
            or (re.fullmatch(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:and|then)\s+(?:\w+\s+)?", gap)
                and _MET_BEFORE.search(text, max(0, d.start - 120), d.start))  # "met A on Friday and met B on Saturday"
        return event.trigger - d.end + 10 + (200 if broken else 0)
    later_act = [d for d in usable if d.start > event.trigger and _AFTER_ACT.search(text, event.trigger, d.start)]
    if later_act and len(later_act) == len(usable):
        return  # "..., nearly a decade after it joined the European Union in July 2013": that act's date, not this one's
    best = min(usable, key=distance)
    if best.date.precision != "day" and event.type != "Visit" and not _THIS_YEAR.match(text, best.start):
        # (not "whose country became a full member this year": any day of the year would do)
        # "In January he visited Buenos Aires, holding talks with Fernandez on Jan. 23": the talks' day (a trip spans the month)
        best = next((d for d in usable if d.date.precision == "day" and d.date.value.startswith(best.date.value)
                     and d.end_date is None and distance(d) < 200), best)
    event.date = best.date
    event.end_date = best.end_date
    event.explicit_date = True
    if not event.planned and ((anchor is not None and (anchor - best.date.first_day()).days > 45)
                              or (anchor is None and _BACKGROUND.search(text)) or _RECALLED.search(text[:event.trigger])):
        event.background = True  # an earlier event told in passing (or "recalled"), with its own date


