"""The rules of each event type: from a trigger word and the mentions of its sentence to an event.

One builder per type (visit, meeting, summit, agreement signing, accession, sanction) fills the
event's roles from the mentions around its trigger; ``kg.extract.events`` calls them through
``BUILDERS`` once a sentence has a trigger of that type and the trigger is not negated.
"""

from __future__ import annotations

import re

from .coalesce import JOINED_IN
from .dates import PartialDate, find_dates
from .mentions import Mention
from .modality import RELATIVE_ASIDE, modality_of
from .model import ORG_REF, Context, Event, number_of, unique
from .normalize import Sentence

__all__ = ["BUILDERS", "VISIT_KIND", "DEAL_WITH", "EARLIER_ROUND", "EARLIER_TALKS", "FRONTED_ING", "NTH_TO_JOIN", "ORGANISATION_SEATS", "CAPITAL_AFTER", "bears_title", "commentary", "first_named", "monarch_country",
           "answered", "topic_place", "told_in_comment", "IN_PLACE", "WHERE_CLAUSE"]


_AGREEMENT_NOUN = re.compile(r"\b(?:joint\s+(?:statement|declaration)s?|exchanges?\s+of\s+notes|statements?\s+(?:of|on)\s+\w+|"
                             r"letters?\s+of\s+intent|(?:plans?\s+(?:of|for)\s|action\s+plans?)|frameworks?|arrangements?|agreements?|memorand(?:um|a|ums)|MoUs?|treat(?:y|ies)|accords?|deals?|road\s?maps?|declarations?|protocols?|contracts?|documents|pacts?|charters?|conventions?|communiqu[ée]s?|programmes?|programs?|partnerships?|compacts?|(?:cooperation|legal|bilateral)\s+instruments?)\b", re.I)
_NUM = r"\d{1,3}|(?:a|one|two|three|four|five|six)\s+dozen|dozens?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
_COUNT = re.compile(rf"\b(?:(?:around|about|some|nearly|almost|over|more than|at least|up to)\s+)?(?P<n>{_NUM})\b(?:\s+(?:(?!(?:{_NUM})\b)[\w-]+\s+){{0,2}}(?:agreements|documents|memoranda|deals|accords|treaties|contracts|MoUs|memorandums|protocols)\b|\s*\))", re.I)
_SUBJECT = re.compile(r"\b(?:agreements?|memorand(?:um|a|ums)|treat(?:y|ies)|accords?|deals?|protocols?|contracts?|MoUs?)\s+(?:on|for|in the (?:field|area|sphere)s? of|regarding|concerning|to boost|to expand|to promote)\s+(?P<s>[\w\s'-]{3,60}?)(?=\s*(?:[,.;:()]|\band\b\s+(?:a|an|the|other|several)\b|\bwith\b|\bbetween\b|\bduring\b|\bat\b|\bwhich\b|\bthat\b|\b(?:on|in|last|this|earlier)\s+(?:[A-Z0-9]|week|month|year)|$))", re.I)
_NAMED_AGREEMENT = re.compile(r"\b(?P<s>(?:[A-Z][\w-]*\s+){1,6}(?:Roadmap|Road Map|Agreement|Treaty|Memorandum|Accord|Declaration|Charter|Programme|Program|Plan|Partnership)(?:\s+\d{4}(?:-\d{4})?)?)")
#: a compass word before a place ("in southern Italy", "in north-eastern Syria")
COMPASS = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?"
VISIT_KIND = re.compile(r"\b(state|official|working|private|friendly)\s+visit", re.I)
_DESTINATION = re.compile(r"(?:(?:landed|arriv(?:ed|es|ing))\s+at(?:\s+(?:[\w'-]+\s+){1,5}(?:outside|near|in))?|(?:inauguration|swearing-in|funeral|coronation|investiture|enthronement)\s+(?:[\w-]+\s+){0,4}?in|(?:was|were|is|are|had\s+been)\s+(?:now\s+|currently\s+)?in|(?:was|were)\s+last\s+(?:in|at)|stop(?:over)?\s+in|stopped(?:\s+over)?\s+in|visit(?:s|ed|ing)?|toured|arriv(?:ed|es|ing|al)\s+(?:in|at)|(?:land(?:s|ed)|touched\s+down)\s+in|reach(?:es|ed)|trip\s+to|(?:visit|trip)\s+by\s+(?:[\w.'-]+\s+){1,6}?to|tour\s+of|travel(?:l)?ed\s+(?:on\s+)?to|flew\s+(?:on\s+)?(?:in)?to|head(?:ed|s|ing)\s+(?:off\s+|out\s+)?to|took\s+(?:him|her|them)\s+to|(?:tour|trip|journey)\s+in|(?:tour|trip|journey|visit)\s+(?:began|started|opened|continued|ended)\s+(?:[\w-]+\s+){0,3}?in|chose|made)\s+(?:to\s+|in\s+)?(?:the\s+)?"
                          # "travelled to the border city of Uzhhorod"
                          r"(?:(?:[\w-]+\s+){0,2}(?:city|town|port|capital|resort|island)\s+of\s+)?$", re.I)
# "departed Abuja on Friday for Saint Lucia on a state visit" (not "left Colombo for Tehran, concluding his visit")
_DEPARTED_FOR = re.compile(r"\b(?:departed|departs|left|leaves|jetted\s+out|flew\s+out|set\s+off)\s+(?:[\w'-]+\s+){0,5}?for\s+(?:the\s+)?$")
_ON_A_VISIT = re.compile(r"\s+(?:on|for)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}visit\b")
_PACKAGE_SUBJECT = re.compile(r"\s*(?:The|This|Its)\s+(?:[\w-]+\s+){0,2}?(?:package|round)\s+(?:also\s+|further\s+)?"
                              r"(?:lists|targets|adds|includes|bans|imposes|hits|extends|covers|names)\b")
_REMOTE = re.compile(r"phone|video(?!\s*link)|virtual|teleconference|dial|\brang\b|^called$", re.I)
IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_DURING_VISIT = re.compile(r"\s+(?:during|on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stopover)\b")
_COUNTRY_NOUN = re.compile(r"\b(?:arriv(?:ed|es|ing)|landed|visit(?:ed|ing|s)?|trip|travell?ed|came|stay)\s+(?:in|to)\s+the\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:country|kingdom|sultanate|emirate|republic|island\s+nation|nation|archipelago)\b(?!\s+of\b)", re.I)
#: the word that opens a clause's own time ("..., and on Thursday added ...", "..., and last week he met ...")
TIME_LEAD = r"(?:on|last|this|in|later|earlier)"
# (or a clause with its subject left out: "..., and on Thursday added three Moldovan politicians to its list")
_IT_IMPOSED = re.compile(rf"(?:\b(?:it|they)|^\s*(?:{TIME_LEAD}\s+(?:[\w-]+\s+){{0,3}}?)?)\s*(?:also\s+|then\s+|later\s+|again\s+)?"
                         r"(?:adopted|imposed|announced|added|extended|expanded|approved|unveiled|slapped|levied|introduced|"
                         r"blacklisted|designated|sanctioned|placed|put)\b", re.I)
_CHAIR = r"chairmanship|chair|presidency|leadership"  # "under Tinubu's chairmanship": who presided, not who was punished
_UNDER_CHAIR = re.compile(rf"\bunder\s+(?:the\s+)?[^,;]{{0,40}}?\b(?:{_CHAIR})\b|\b(?:chaired|hosted)\s+by\s+[^,;]{{1,60}}")
_PASSIVE_TARGET = re.compile(r"\b(?:fac(?:es|ed|ing)|confront(?:s|ed|ing)|"
                             # (not "leaders meeting under Tinubu's chairmanship imposed sanctions", "under former President Biden")
                             rf"under(?!\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[\w'\u2019-]+\s+){{0,2}}?(?:{_CHAIR}|auspices|aegis|mediation|"
                             r"President|Prime\s+Minister|administration|government|rule)\b)|hit\s+(?:by|with)|target(?:ed)?\s+(?:by|of)|subject\s+to|suffer(?:s|ed|ing)?\s+from)\b", re.I)


def _city(ctx: Context, mentions: list[Mention], sentence: Sentence | None = None) -> tuple[str | None, str | None]:
    """The first city named, the dateline's only when the sentence names no other ("Riyadh, SPA -- King
    Salman received at Al-Salam Palace in Jeddah today ...": Jeddah), and not one left behind ("After
    Pyongyang, Putin flew to Hanoi, where he met To Lam": Hanoi)."""
    cities = [m for m in mentions if m.kind == "city"]
    if sentence is not None:  # ("discussed Gaza by telephone": a topic, not where they talked; "rally behind Kyiv": a government)
        cities = [m for m in cities if not topic_place(sentence.text, m.start - sentence.start)
                  and not _NOT_VENUE_BEFORE.search(sentence.text, max(0, m.start - sentence.start - 12), m.start - sentence.start)]
    if len(cities) > 1 and ctx.dateline_city is not None and 0 <= cities[0].start - ctx.dateline_at < 5:
        cities = cities[1:]
    if len(cities) > 1 and sentence is not None and _LEFT_BEHIND.search(
            sentence.text, max(0, cities[0].start - sentence.start - 12), cities[0].start - sentence.start):
        cities = cities[1:]
    return (ctx.gaz.cities[cities[0].key].name, ctx.gaz.cities[cities[0].key].iso3) if cities else (None, None)


_NOT_VENUE_BEFORE = re.compile(r"\b(?:behind|against|toward|towards|than|with)\s+$")
_CITY_ACTS = re.compile(r"\s+(?!host)[a-z]")  # "Dili applied for membership ...": the city stands for its government
_SERVED = re.compile(r"\b(?:support|help|aid|assist|fund|financ|back|suppl|arm|enabl)\w*\s+(?:the\s+)?(?=[A-Z])")
_PRESENT = re.compile(r"(?:\s+(?:leaders|presidents|ministers|men|women|pair))?\s+(?:had\s+|have\s+|did\s+)?"
                      r"(?:already\s+|also\s+|both\s+|last\s+|previously\s+|first\s+)*"
                      r"(?:met|coincided|cross(?:ed)?\s+paths|been|were|attended|took\s+part|participated|joined|sat)\b")
# "The first round was held in Cairo": an earlier meeting of the story's talks (no one's visit told by it)
EARLIER_ROUND = re.compile(r"(?:first|previous|last|latest|second|third|fourth|fifth|preceding|inaugural)\s+(?:round|session|meeting)\b"
                           r"(?=[^.;]{0,80}?\b(?:was|were)\s+held\b)", re.I)
# "The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan": the leaders of a list of countries
_LEADERS_OF_MANY = re.compile(r"\b(?:presidents|leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|prime\s+ministers|"
                              r"(?:foreign|defen[cs]e|finance)\s+ministers)"
                              r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*)+(?:,\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*)+){2,}")
_COUNTER_TO = re.compile(r"\b(?:alternative|response|rebuttal|counter(?:weight)?|answer|rejection|opposition)\s+(?:to|of)\s+"
                         r"(?:[\w.'-]+\s+){0,4}$", re.I)


def answered(text: str, start: int, end: int) -> bool:
    """Is the person at ``start:end`` the owner of what a gathering answered ("offering an alternative to U.S.
    President Donald Trump's proposal"), not one who came?"""
    return bool(_COUNTER_TO.search(text, max(0, start - 60), start) and _OWNED_TOPIC.match(text, end))


_JOINING_TALKS = re.compile(r"\b(?P<org>[A-Z][\w-]*)\s+(?:accession|membership)\s+(?:talks|negotiations)\b")
_HAS_WITH = re.compile(r"\b(?:has|have|had)\s+(?:an?|the)\s+[^,;]{0,100}?\b(?:[Aa]greement|[Tt]reaty|pact|accord|deal)\s+with\s+(?:the\s+)?$")
_LEFT_BEHIND = re.compile(r"\b(?:[Aa]fter|[Ff]rom|[Ll]eaving|left)\s+$")


def _persons(mentions: list[Mention], countries: set[str]) -> tuple[str, ...]:
    seen = []
    for m in mentions:
        if m.kind == "person" and m.key not in seen and (m.country in countries or m.country is None):
            seen.append(m.key)
    return tuple(seen)


_COMMENTARY = re.compile(r"\s*(?:The|This|His|Her|That)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|summit|meeting|talks)\s+"
                         r"(?:(?:to|in)\s+(?:the\s+)?[A-Z][\w'\u00c0-\u024f-]+(?:\s+[A-Z][\w'\u00c0-\u024f-]+)?\s+)?"
                         r"(?:comes?|came|follows?|followed|marks?|marked|(?:is|was)\s+(?:[\w-]+'s\s+|his\s+|her\s+|their\s+|the\s+)?"
                         r"(?:first|second|third|fourth|latest|last))\b")


# "his first visit to Tajikistan since June 2022", "Macron's first to Morocco since November 2018"
_FIRST_SINCE = re.compile(r"\b(?P<who>[Hh]is|[Hh]er|[A-Z][\w'\u00c0-\u024f-]+['\u2019]s)\s+first\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:(?:visit|trip|journey)\s+)?to\s+(?:the\s+)?(?:(?P<place>[A-Z][^,;.]{1,40}?)|(?P<there>country|kingdom|island|republic))"
                          r"\s+since\s+(?P<when>[^,;.]{3,40})")


def _last_visit_since(ctx, sentence, mentions, actors, made) -> Event | None:
    """The earlier visit a "first visit to X since <date>" implies: the same traveller went to X then."""
    text = sentence.text
    found = _FIRST_SINCE.search(text)
    if found is None:
        return _visit_first_since(ctx, text, mentions, made)
    when = [d for d in find_dates(found.group("when"), ctx.published, ctx.year) if not d.relative]
    if not when or not re.fullmatch(r"(?:(?:early|late|mid-?|the\s+(?:end|start|beginning)\s+of)\s*)?",
                                    found.group("when")[:when[0].start], re.I):
        return None  # "his first visit since taking office in 2023", "since Russia's invasion": no visit then
    place = next((m for m in mentions if m.start - sentence.start == found.start("place") and m.kind in ("country", "city")), None)
    if found.group("there"):  # "on an official visit to the DPRK, his first to the country since October 2023": the visit's
        place = next((m for e in made or () if e.type == "Visit" and e.host for m in mentions
                      if m.kind in ("country", "city") and m.country == e.host and m.start - sentence.start < found.start()), None)
    who = found.group("who")
    if who.lower() in ("his", "her"):  # the sentence's traveller, else the story's
        guest = next((code for pos, code, how in actors if pos < found.start() and how in ("person", "description")), None) or (
            ctx.visit[0] if ctx.visit else ctx.last_subject)
    else:
        guest = next((code for pos, code, how in actors if pos == found.start("who") and how in ("person", "country", "demonym")), None)
    if place is None or guest is None or guest == place.country:
        return None
    if re.match(r",\s+when\b", text[found.end("when"):]) and any(
            m.kind in ("city", "country") and m.country != place.country and m.start - sentence.start > found.end("when")
            and IN_PLACE.search(text, 0, m.start - sentence.start) for m in mentions):
        return None  # "his first visit to Russia since October 2023, when he met Putin at a forum in Beijing": not there
    event = Event("Visit", (guest, place.country), [], host=place.country, guests=(guest,),
                  persons=_persons(mentions, {guest, place.country}))
    event.date, event.explicit_date, event.background = when[0].date, True, True
    return event


def _visit_first_since(ctx, text, mentions, made) -> Event | None:
    """"The visit by Mohammed bin Salman to Washington was his first since 2018": the visit's traveller
    went there then."""
    found = _WAS_FIRST_SINCE.search(text)
    visit = next((e for e in made or () if e.type == "Visit" and e.host and not e.planned), None)
    if found is None or visit is None:
        return None
    when = [d for d in find_dates("in " + found.group("when"), ctx.published, ctx.year) if not d.relative]
    if not when or when[0].start != 3:
        return None  # (not "his first since taking office in 2023")
    event = Event("Visit", visit.countries, [], host=visit.host, guests=visit.guests, persons=visit.persons[:1])
    event.date, event.explicit_date, event.background = when[0].date, True, True
    return event


_WAS_FIRST_SINCE = re.compile(r"\b(?:was|is|marks|marked)\s+(?:his|her|their)\s+first\s+(?:(?:visit|trip)\s+)?(?:there\s+)?since\s+"
                              r"(?P<when>[^,;.]{3,40})")


def told_in_comment(text: str, start: int) -> bool:
    """Is the trigger at ``start`` the earlier event a comment compares the story's one with ("The visit
    comes a month after Ruto was in Washington for a state visit")? Such an event is not the story's pair."""
    comment = _COMMENTARY.match(text)
    return comment is not None and start >= comment.end()


def commentary(text: str, trigger: re.Match) -> bool:
    """Is the trigger the subject of a comment on an event told already ("The Lee-Xi summit came
    three days after ...", "The visit is his first since 2018")?"""
    comment = _COMMENTARY.match(text)
    return comment is not None and trigger.start() < comment.end()


# "the first visit to Qatar by a sitting US president since George W. Bush in 2003", "the first British prime
# minister to visit India since Boris Johnson travelled to Ahmedabad in April 2022"
_FIRST_SINCE_PERSON = re.compile(r"\bfirst\s+(?:[\w'\u2019-]+\s+){0,12}?since\s+(?:(?:his|her|their)\s+predecessor,?\s+|then-|former\s+)?"
                                 r"(?=[A-Z])(?P<rest>[^;:]{0,120})")


def _predecessor_visit(ctx, sentence, mentions, made) -> Event | None:
    """The earlier visit a "first ... since <person> <when>" tells: that person's trip to the same country then."""
    text = sentence.text
    found = _FIRST_SINCE_PERSON.search(text)
    if found is None:
        return None
    rest = found.start("rest")
    who = next((m for m in mentions if m.kind == "person" and m.country
                and 0 <= m.start - sentence.start - rest <= 30 and re.fullmatch(
                    r"(?:(?:President|Prime\s+Minister|Chancellor|Premier|King|Emperor|Foreign\s+Minister|Secretary(?:\s+of\s+State)?)\s+)?",
                    text[rest:m.start - sentence.start])), None)
    if who is None:
        return None
    tail = text[who.end - sentence.start:found.end()]
    when = [d for d in find_dates(tail, ctx.published, ctx.year) if not d.relative and d.date.precision in ("year", "month", "day")]
    if not when or not re.fullmatch(r"(?:['\u2019]s\s+)?(?:[^,;()]{0,60}?\s)?(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?", tail[:when[0].start]):
        return None  # "since Turnbull", "since Lula was sworn in for a third term on Jan. 1": no visit then
    hosts = [m.country for m in mentions if m.kind in ("country", "city") and m.country
             and found.start() < m.start - sentence.start < rest]  # "the first visit to Qatar by ... since"
    host = hosts[0] if hosts else next((e.host for e in made or () if e.type == "Visit" and e.host), None)
    if host is None or host == who.country:
        return None
    event = Event("Visit", (who.country, host), [], host=host, guests=(who.country,), persons=(who.key,))
    event.date, event.explicit_date, event.background = when[0].date, True, True
    return event


def _build_visit(ctx, sentence, mentions, actors, orgs, trigger, found):
    made = _build_visit_told(ctx, sentence, mentions, actors, orgs, trigger, found)
    earlier = _last_visit_since(ctx, sentence, mentions, actors, made) or _predecessor_visit(ctx, sentence, mentions, made)
    if earlier is None:
        return made
    return [*(made or []), earlier]  # "The visit is Macron's first to Morocco since November 2018": there was one then


def _place_in_before(ctx, sentence, mentions, pos: int, not_of: str | None = None) -> tuple[int, str, str | None] | None:
    """The last place named "in <place>" before ``pos`` (and not of the country ``not_of``), as a
    visit's (position, host, city)."""
    text = sentence.text
    place = next((m for m in reversed(mentions) if m.kind in ("city", "country") and m.end - sentence.start <= pos
                  and re.search(r"\bin\s+(?:the\s+)?$", text[max(0, m.start - sentence.start - 8):m.start - sentence.start])
                  and m.country != not_of), None)
    if place is None:
        return None
    return place.start - sentence.start, place.country, ctx.gaz.cities[place.key].name if place.kind == "city" else None


#: "the Nigerian capital", "Kazakhstan's capital": the words after a country or demonym that name its capital
CAPITAL_AFTER = re.compile(r"(?:['\u2019]s?)?\s+capital\b")
# ", the same day Putin visited Beijing": a clause of another subject
_SAME_DAY = r"(?:on\s+)?the\s+same\s+(?:day|night|week)(?:\s+(?:that|as|when))?"
# ", a day after the Russian leader signed ...": a clause that tells an act of another day
_ANOTHER_DAY = (r",\s+(?:(?:(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?)|hours|days|weeks|shortly|soon)\s+(?:after|before)|"
                rf"{_SAME_DAY})\s+(?=(?:the\s+)?[A-Za-z])")
_BACKGROUND_CLAUSE = re.compile(r",\s+(?:as|while|whereas|amid|where|which)\b|;")


_VISITED_WHEN = re.compile(r"\s+(?:(?:twice|once|also)\s+)?in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December)\s+)?(?:19|20)\d\d\b")


def _build_visit_told(ctx, sentence, mentions, actors, orgs, trigger, found):
    text = sentence.text
    if commentary(text, trigger):
        return None  # "The visit comes five months after Britain agreed ...": about the visit told already
    if re.match(r"(?:was|were|is|are|had\s+been)\s+in\b", trigger.group(), re.I) and (
            (re.search(r"(?:,\s+who|\bbecause\s+(?:[\w-]+\s+){0,4})\s*$", text[:trigger.start()])
             and not re.match(r"[^,.;]{0,40}?\bon\s+an?\s+(?:[\w-]+\s+){0,2}visit", text[trigger.end():]))
            or re.match(r"[^,.;]{0,40}?\bfor\s+(?:the|a|an|\w+['\u2019]s)\s+[^,.;]{0,60}?\b(?:conference|forum|summit|session|dialogue|"
                        r"assembly|ministerial|meeting\s+of|general\s+assembly|meetings|ministers['\u2019]?\s+meeting)\b", text[trigger.end():], re.I)):
        return None  # "Kallas, who was in Brussels", "Raisi, in Johannesburg for an outreach session": a whereabouts, not a visit
    if re.match(r"(?:flew|flown|flying)\s+in$", trigger.group(), re.I) and re.match(
            r"(?:\s+\w+){0,6}?\s+for\s+(?:the\s+|a\s+|an\s+|\w+['\u2019]s\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:summit|session|opening|forum|conference|gathering|assembly|plenary|meetings?\s+of)\b", text[trigger.end():], re.I):
        return None  # "Trump flew in for the opening day", "who flew in for Thursday's outreach session": the gathering's guest
    earlier = _VISITED_WHEN.match(text, trigger.end()) if ctx.visit and trigger.group().lower() == "visited" else None
    subject = [code for pos, code, how in actors if pos < trigger.start() and how in ("person", "description", "reference")] if earlier else []
    if subject and subject[-1] == ctx.visit[0]:
        # "Sanchez previously visited in March 2023 and September 2024": the story's trip made before, once a date
        guest, host = ctx.visit
        return [Event("Visit", (guest, host), [], host=host, guests=(guest,), date=d.date, explicit_date=True, background=True,
                      persons=_persons(mentions, {guest})) for d in find_dates(text[trigger.end():], ctx.published, ctx.year)
                if not d.relative and d.date.precision in ("month", "year") and (ctx.published is None or d.date.first_day() < ctx.published)] or None
    places: list[tuple[int, str, str | None]] = []  # (position, host, city)
    # "this visit ... in Beijing": an anaphoric visit may name its place further on
    anaphoric = re.search(r"\b(?:this|the|his|her|current|present)\s+visit\b", text[max(0, trigger.start() - 10):trigger.end() + 1], re.I)
    previous_end = None
    trigger_modality = modality_of(text, trigger.start(), trigger.end())
    comment = _COMMENTARY.match(text)  # "The visit to Ouagadougou followed his stop in Bamako": not that visit's place
    told = comment.end() if comment is not None else 0
    # "Kim last visited China in January 2019, and Xi made a return visit to Pyongyang": the next clause's own trip
    # (and "..., and the Greek minister returned the visit in Ankara in November")
    next_clause = re.search(r"(?:,\s+and|;)\s+(?=(?:the\s+|former\s+)?[A-Z][\w'-]+\s+(?:[A-Z][\w'-]+\s+){0,5}(?:(?:minister|president|leader|"
                            r"premier|king|chancellor|side|delegation)\s+)?[a-z]+(?:ed|ade|ent|ew|ook)\b)",
                            text[trigger.end():])
    clause_end = trigger.end() + next_clause.start() if next_clause else len(text)
    apart = _TIME_APART.search(text, trigger.end(), clause_end)  # "..., weeks after Kim Jong Un's trip to Vladivostok": another trip
    clause_end = apart.start() if apart else clause_end
    for m in mentions:
        pos = m.start - sentence.start
        if m.kind not in ("country", "city", "agency") or pos < told or pos >= clause_end:
            continue
        destination = (_DESTINATION.search(text[max(0, pos - 70):pos])
                       # "speaking in Nairobi during a visit on Tuesday": the place the visit is in
                       or (re.search(r"\b[Ii]n\s+(?:the\s+)?$", text[max(0, pos - 8):pos]) and _DURING_VISIT.match(text, m.end - sentence.start))
                       or (_DEPARTED_FOR.search(text, max(0, pos - 70), pos) and _ON_A_VISIT.match(text, m.end - sentence.start))
                       or (not places and m.kind != "agency" and (0 < pos - trigger.end() < 40 or anaphoric) and pos > trigger.start()
                           and re.search(r"\b(?:in|to)\s+(?:the\s+)?$", text[max(0, pos - 8):pos]))
                       # ("visited Mali, where he met Goita on Saturday, and Niger, where ...": the list goes on past the clause)
                       # (not "concluded his visit to Vietnam, the Kremlin press service reported": a source)
                       or (previous_end is not None and m.kind != "agency" and re.fullmatch(r"\s*(?:,|and|,\s*and|then|,\s+where\s+[^;.]{1,120}?,\s+and)\s+(?:to\s+|in\s+)?(?:the\s+)?",
                                                                     text[previous_end:pos])
                           and not re.match(r"['\u2019]s?\b", text[m.end - sentence.start:])))  # not "Kazakhstan, Germany's partner"
        if not destination or re.search(r"\b(?:eve|day\s+before|ahead)\s+of\s+(?:his|her|their)\s+arrival\s+(?:in|at)\s+(?:the\s+)?$",
                                        text[max(0, pos - 50):pos]):
            continue  # "On the eve of his arrival in Jakarta, he paid a visit to Singapore": not there yet
        if places and modality_of(text, pos, pos + 1) != trigger_modality:
            continue  # "Following the visit to Chile, he will pay an official visit to Peru": one fact, one plan
        host = m.country
        if not places and anaphoric and pos - trigger.end() >= 40 and ctx.visit and host in ctx.visit and not (
                _DESTINATION.search(text[max(0, pos - 70):pos])):
            # "the visit reflected ... projects in Tajikistan": the visit the story told already
            guest, host = ctx.visit
            return [Event("Visit", unique([guest, host]), [], host=host, guests=(guest,),
                          persons=_persons(mentions, {guest, host}))]
        places.append((pos, host, ctx.gaz.cities[m.key].name if m.kind == "city" else None))
        previous_end = m.end - sentence.start
    # ("Visiting Chinese Premier Li Qiang met ..." opening the sentence, not a "Visiting Forces Agreement")
    visiting = re.match(r"\s*visiting\s+[A-Z]", text[trigger.start():]) or (not text[:trigger.start()].strip() and re.match(r"Visiting\s+[A-Z]", text[trigger.start():]))
    if visiting and not places:
        # "Xi met visiting Belarusian President Lukashenko in Beijing": guest after the word,
        # host the place or the other side
        after = [code for pos, code, how in actors if pos >= trigger.end()]
        if not after:
            return None
        guest = after[0]
        city_name, city_country = _city(ctx, mentions)
        host = city_country if city_country and city_country != guest else next(
            (code for pos, code, how in actors if code != guest and how != "place"), None)
        if host is None:
            return None
        countries = unique([guest, host])
        return [Event("Visit", countries, [], host=host, guests=(guest,), city=city_name if city_country == host else None,
                      persons=_persons(mentions, set(countries)))]
    for m in mentions:  # "arrived in the Egyptian capital"
        pos = m.start - sentence.start
        if m.kind == "demonym" and re.match(r"\s+(?:capital|city|town|port|resort)\b", text[m.end - sentence.start:]) and _DESTINATION.search(
                text[max(0, pos - 50):pos].rstrip().removesuffix("the").rstrip() + " "):
            capital = ctx.gaz.capital_of(m.key) if CAPITAL_AFTER.match(text, m.end - sentence.start) else None
            places.append((pos, m.key, capital.name if capital else None))
    places.sort()
    when = re.search(r",\s+when\s+(?:[\w.'-]+\s+){1,12}$", text[:trigger.start()])
    place = _place_in_before(ctx, sentence, mentions, when.start()) if not places and when else None
    if place is not None:
        # "The two leaders last met in Djibouti on January 9, when PM Abiy paid a one-day working visit": there
        places.append(place)
        actors = [a for a in actors if a[0] > when.start()]  # who visited is named in the clause
    who = re.search(r",\s+who\s+(?:[\w.'-]+\s+){0,6}$", text[:trigger.start()])
    if not places and who and re.match(r"(?:arriv|land|flew)", trigger.group(), re.I):
        # "held talks in Seoul with Samia, who arrived on Saturday for a state visit": the guest before "who",
        # the place named before the guest
        guest = [a for a in actors if a[0] < who.start() and a[2] in ("person", "description")][-1:]
        place = _place_in_before(ctx, sentence, mentions, who.start(), guest[0][1]) if guest else None
        if place is not None:
            places.append(place)
            actors = guest + [a for a in actors if a[0] > who.end()]
    if not places and ctx.dateline_city is not None and VISIT_KIND.search(text) and not anaphoric and not any(
            m.kind == "city" and m.country != ctx.dateline_city.iso3 and IN_PLACE.search(text, 0, m.start - sentence.start)
            for m in mentions):  # (not "ACCRA - Mahama held talks with Traoré in Ouagadougou as part of a working visit")
        # "... at the start of a three-day state visit" told from RABAT: the dateline's country hosts
        others = [code for _, code, how in actors if code != ctx.dateline_city.iso3 and how in ("person", "description", "demonym")]
        if others and any(code == ctx.dateline_city.iso3 for _, code, _ in actors):
            # (not the countries of a background clause: "..., as the U.S. seeks to shore up ties on a continent where
            # China and Russia have made inroads")
            background = _BACKGROUND_CLAUSE.search(text, trigger.end())
            told = background.start() if background else len(text)
            places.append((told, ctx.dateline_city.iso3, ctx.dateline_city.name))
            actors = [a for a in actors if a[0] < told]
    welcome = re.search(r"\b(?:received|welcomed|greeted|met)\s+(?:\w+\s+){0,4}?by\s+", text[trigger.end():])
    if re.match(r"(?:was|were)\s", trigger.group(), re.I):  # "Putin was welcomed with full honours by President Khurelsukh"
        welcome = re.search(r"\bby\s+", text[trigger.end():])
    if not places and welcome and re.match(r"(?:arriv|land|touch|was|were)", trigger.group(), re.I):
        # "Rubio landed at Tocumen International Airport and was received by Foreign Minister Martínez-Acha"
        at = trigger.end() + welcome.end()
        host = next((code for pos, code, how in actors if pos >= at and how in ("person", "description", "demonym")), None)
        if host is not None:
            places.append((at, host, None))
    where = re.search(r",\s+where\s+(?:[\w.'-]+\s+){1,5}$", text[:trigger.start()])
    if not places and where and re.match(r"(?:arriv|land|stopped|flew|visit)", trigger.group(), re.I):
        # "two days in Belgrade, where Xi arrived on Tuesday": the place before "where"; "arrived from Singapore,
        # where he made a state visit earlier this week": where he came from
        place = next((m for m in reversed(mentions) if m.kind in ("city", "country")
                      and m.end - sentence.start <= where.start() and where.start() - (m.end - sentence.start) < 3), None)
        if place is not None and trigger.group().lower().startswith("visit") and not re.search(
                r"\bfrom\s+(?:the\s+)?$", text[max(0, place.start - sentence.start - 10):place.start - sentence.start]):
            place = None
        if place is not None:
            places.append((place.start - sentence.start, place.country,
                           ctx.gaz.cities[place.key].name if place.kind == "city" else None))
            if trigger.group().lower().startswith("visit"):  # who came from there is the sentence's subject
                actors = [a for a in actors if a[0] < place.start - sentence.start and a[2] in ("person", "description", "reference")][:1]
            else:
                actors = [a for a in actors if a[0] > where.start()]  # who arrived is named after "where"
    home = _COUNTRY_NOUN.search(text)
    if not places and home:  # "Muhriddin arrived in the country on Monday": the country the story is told from
        city = next((m.country for m in mentions if m.kind == "city"), None)  # "... to the kingdom, walked into the palace in Rabat"
        host = city or (ctx.dateline_city.iso3 if ctx.dateline_city is not None else ctx.dm.main_country)
        if host is not None and any(how in ("person", "description", "demonym", "country", "reference") and code != host and pos < home.start()
                                    for pos, code, how in actors):  # "the foreign ministers of Mali and Niger, on a visit to the kingdom"
            places.append((home.end(), host, None))
    if not places and ctx.dateline_city is not None and re.match(r"(?:arriv|land|flew)", trigger.group(), re.I) and any(
            how in ("person", "description") and code != ctx.dateline_city.iso3 and pos < trigger.start()
            for pos, code, how in actors):
        # "ULAANBAATAR, Sept 3 - Putin arrived late on Monday": where the story is told from
        places.append((len(text), ctx.dateline_city.iso3, ctx.dateline_city.name))
    # "Biden welcomed Kishida with a full arrival ceremony ..., the start of an official visit": the welcomer hosts
    greeted = re.search(r"\b(?:welcomed|received|greeted|hosted)\b", text[:trigger.start()]) if (
        re.match(r"visit\b", trigger.group(), re.I) and VISIT_KIND.search(text[max(0, trigger.start() - 30):trigger.end()])) else None
    greeted = greeted or (re.match(r"(?:welcomed|received|greeted)\b", trigger.group()) and trigger)
    if not places and greeted and not re.search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", text[:greeted.start()]):
        # "King Mohammed VI welcomed French President Emmanuel Macron at Rabat-Sale airport": the welcomer hosts
        # ("Kenya hosted Ethiopian Prime Minister Abiy Ahmed on a two-day state visit": the country as its own subject)
        host = next((code for pos, code, how in actors if pos < greeted.start() and how in ("person", "description", "reference", "country", "metonym")), None)
        guest = next((a for a in actors if a[0] > greeted.start() and a[2] in ("person", "description", "demonym") and a[1] != host), None)
        if host is not None and guest is not None:
            places.append((trigger.end(), host, None))
            actors = [guest]
    talks = _TALKS_AFTER.search(text, trigger.end()) if not places and who and re.match(r"(?:arriv|land|flew)", trigger.group(), re.I) else None
    if talks:  # "Dar, who arrived on Saturday on a two-day visit, held talks with Foreign Adviser Hossain": the host's
        guest = [a for a in actors if a[0] < who.start() and a[2] in ("person", "description")][-1:]
        host = next((code for pos, code, how in actors if pos >= talks.end() and how in ("person", "description", "demonym")
                     and guest and code != guest[0][1]), None)
        if host is not None:
            places.append((talks.end(), host, None))
            actors = guest
    if not places and ctx.visit and _EARLIER_VISIT.search(text, max(0, trigger.start() - 40), trigger.end()):
        # "His last visit was in December 2023": the story's guest, to the story's host, that earlier time
        guest, host = ctx.visit
        return [Event("Visit", unique([guest, host]), [], host=host, guests=(guest,), persons=_persons(mentions, {guest, host}))]
    if not places:
        return None
    hosts = list(unique(h for _, h, _ in places))
    first = places[0][0]
    away = [w.start() for w in _STAYED_AWAY.finditer(text, 0, trigger.start())]
    # "Canada's Justin Trudeau stayed at home, and India's Narendra Modi ... were in Kazan": not Trudeau
    actors = [a for a in actors if not any(0 < s - a[0] <= 60 for s in away)]
    opener = ([None] + list(_CLAUSE_OPENER.finditer(text, 0, trigger.start())))[-1]  # the clause the trip is told in
    if opener is not None and any(opener.end() <= pos < trigger.start() and how in ("person", "description", "reference")
                                  for pos, _, how in actors):
        # "Zelensky was furious last month when Modi flew to Moscow": who travelled is the clause's own subject
        actors = [a for a in actors if a[0] >= opener.end()]
    # (a place is no traveller: "From Japan the Indian leader flew on to China")
    semicolon = text.rfind(";", 0, trigger.start())
    if semicolon >= 0 and any(semicolon < pos < trigger.start() for pos, _, _ in actors):
        actors = [a for a in actors if a[0] > semicolon]  # "...; Ghanaian ministers will travel to ...": the clause's own subject
    guests = [code for pos, code, how in actors if code not in hosts and how != "place"
              and (pos < first or how in ("person", "description", "demonym", "reference"))]
    described = _described_country(ctx, text, trigger, actors)
    if described and described not in hosts:
        guests = [described]  # "The former special forces general travelled to Beijing": the man just named
    pronoun = re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", text[:trigger.start()])
    owner = pronoun and next((code for pos, code, how in reversed(actors) if pos < pronoun.start() and how == "person"), None)
    if owner and owner not in hosts:
        guests = [owner]  # "China sanctioned Pelosi over her visit to Taiwan": the person the pronoun follows
    possessive = re.search(r"\b([A-Z][\w-]+)'s?\s+(?:\w+\s+){0,2}visit\b", text)
    if possessive:
        code = ctx.gaz.country_by_name(possessive.group(1))
        if code and code not in hosts:
            guests.insert(0, code)
    if re.search(r"\b[Rr]oyal\s+(?:state\s+|official\s+|working\s+)?$", text[:trigger.start()]):
        # "During the Royal visit to Ethiopia, the Sovereign held talks": the monarch of the story travelled
        monarch = monarch_country(ctx)
        guests = [monarch] if monarch and monarch not in hosts else guests
    if not guests and ctx.pair and len(hosts) == 1 and hosts[0] in ctx.pair and re.search(
            r"\b(?:your|his|her|their)\s+(?:[\w-]+\s+){0,2}visit", text, re.I):
        guests = [c for c in ctx.pair if c != hosts[0]]  # "I remember your visit to Baku": the other side
    if not guests and any(m.kind == "person" and ctx.dm.persons[m.key].organization and m.start - sentence.start < first
                          for m in mentions):
        return None  # "UN Secretary-General Guterres travelled to Tonga": no country's visit
    if not guests and not re.match(r"travel\s", trigger.group()):  # "His schedule included a visit to X": the story's subject travels
        # (a verb names its traveller: not "Ghanaian ministers will travel to Ghana's northern border")
        guests = [c for c in (ctx.dm.main_country, ctx.last_subject) if c and c not in hosts][:1]
    both = ctx.pair and len(hosts) == 1 and hosts[0] not in ctx.pair and _BOTH_TRAVELLED.match(text)
    if both:
        guests = list(ctx.pair)  # "Both leaders had flown to Washington on Thursday": each of the pair just told
    guests = list(unique(guests))
    if len(guests) > 1 and not both:
        # "Mohamud and Abiy arrived in Ankara": every country of a joint subject is a guest
        joint = re.search(r"\b(?:and|,)\b", text[:first]) and not re.search(r"\bwith\b", text[:first])
        guests = guests if joint and len(guests) <= 3 else guests[:1]
    if not guests:
        return None
    along = re.match(r"[^.;]{0,60}?,?\s+(?:together|along)\s+with\s+", text[trigger.end():])
    if along:  # "Trudeau travelled to Kyiv, together with Italian Prime Minister Giorgia Meloni": she came too
        start = trigger.end() + along.end()
        stop = re.search(r"[;.]|,\s+(?:to|where|who|which|for)\b", text[start:])
        end = start + stop.start() if stop else len(text)
        guests += unique(code for pos, code, how in actors if start <= pos < end and how in ("person", "description")
                         and code not in hosts and code not in guests)
    hosts = [h for h in hosts if h not in guests]
    kind = VISIT_KIND.search(text)
    events = []
    for host in hosts:
        city_name = next((c for _, h, c in places if h == host and c), None)
        if city_name is None:
            other, city_country = _city(ctx, mentions)
            city_name = other if city_country == host else None
        if city_name in ORGANISATION_SEATS and _institutional(ctx, text, mentions) and not re.match(r"visit", trigger.group(), re.I) \
                and not any(m.kind in ("person", "description", "demonym") and m.country == host for m in mentions):
            continue  # "was in Brussels for an EU-Canada summit", "arrives at the Council building in Brussels": the EU's
        for guest in guests:
            countries = unique([guest, host])
            events.append(Event("Visit", countries, [], host=host, guests=(guest,), city=city_name,
                                persons=_persons(mentions, set(countries)),
                                visit_type=kind.group(1).lower() if kind else None))
    return events


_TALKS_AFTER = re.compile(r",\s+(?:held\s+(?:[\w-]+\s+)?talks\s+with|met(?:\s+with)?|sat\s+down\s+with|was\s+received\s+by)\s+")
_BOTH_TRAVELLED = re.compile(r"\s*(?:Both|The\s+two)\s+(?:leaders|presidents|prime\s+ministers|foreign\s+ministers|ministers|men|women)\b", re.I)


def _institutional(ctx: Context, text: str, mentions: list[Mention]) -> bool:
    """Does a sentence speak of an organisation's business (an organisation or its official named, its Council)?"""
    return any(m.kind == "org" or (m.kind == "person" and ctx.dm.persons[m.key].organization) for m in mentions) \
        or re.search(r"\b(?:Council|Commission|Parliament|headquarters)\b", text) is not None


def first_named(ctx: Context, test) -> str | None:
    """The country of the first person the story names who passes ``test``."""
    ranked = sorted((p for p in ctx.dm.persons.values() if p.country), key=lambda p: (ctx.first_seen.get(p.name, 10**9), p.name))
    return next((p.country for p in ranked if test(p)), None)


def monarch_country(ctx: Context) -> str | None:
    """The country of the first monarch the story names ("His Majesty King Mohammed VI")."""
    return first_named(ctx, lambda p: p.role == "head_of_state" and any(bears_title(ctx, p, w) for w in _MONARCH_WORDS))


_MONARCH_WORDS = ("king", "queen", "sultan", "emir", "amir", "majesty", "grand duke")


def bears_title(ctx: Context, person, word: str) -> bool:
    """Is ``word`` ("king") the person's title in the text or in the reference data?"""
    if not word:
        return False
    if person.title and word in person.title.lower():
        return True
    entry = ctx.gaz.persons.get(person.name) if person.known else None
    return entry is not None and any(word in (term.title or "").lower() for term in entry.terms)


_TIME_OF_SUMMIT = re.compile(r"\b(?:hours|days|minutes|shortly|just|weeks)\s+(?:before|after|ahead\s+of)\s+the\s+$", re.I)
_ASIDE = re.compile(r",\s+(?:becoming|making|marking|the\s+first|his\s+first|her\s+first|a\s+year\s+after|weeks?\s+after|days?\s+after|" + _SAME_DAY + r")\b|\bsince\b")
# a subject told by description, not name ("the former governor of Gyeonggi province", "the 72-year-old")
_DESCRIPTION = r"(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}?(?:former|ex-|veteran|\d+-year-old|onetime|one-time|newly\s+elected"
_DESCRIBED_SUBJECT = re.compile(r"(?:^|,\s+|\.\s+)" + _DESCRIPTION + r"|new|visiting)\s*(?:[\w-]+\s+){0,6}?$")
_DESCRIBED_START = re.compile(r"\s*" + _DESCRIPTION + r")\b")


def _described_country(ctx, text: str, trigger: re.Match, actors) -> str | None:
    """The country of a trigger's subject told by description ("the former governor of Gyeonggi
    province held talks", "The former special forces general travelled to Beijing ... and met Xi"):
    the person just named, else the story's."""
    told = _DESCRIBED_SUBJECT.search(text[:trigger.start()]) or (
        _DESCRIBED_START.match(text) and not any(pos < trigger.start() and how in ("person", "reference") for pos, _, how in actors))
    return (ctx.last_subject or ctx.dm.main_country) if told else None


# a party named after the trigger: "with the Kazakh ...", "and Foreign Minister ..."; not "and called for Israel to ..."
_PARTY_BEFORE = re.compile(r"(?:\bwith|\band|\bbetween|,|&|\bby|\bof|\bdelegations?\s+from)\s+(?:the\s+)?"
                           r"(?:(?!(?:for|on|to|against|about|over|into|from|in)\b)(?![a-z]+ed\b)\w+\s+){0,2}$")
# "held talks with Guelleh on ... the Ankara Declaration between Ethiopia and Somalia": the pair of a topic
# "amid the war in Gaza and Lebanon", "the situation in Khartoum": a city named as a topic, not a venue nor a party
_TOPIC_PLACE = re.compile(r"\b(?:(?:situation|crisis|crises|wars?|conflicts?|fighting|violence|invasion|events|developments|reconstruction|"
                         r"aggression|attacks?|occupation|tensions|elections?)\s+(?:in|of|on|against)|including|such\s+as|regarding|"
                         r"concerning|about|on|over|discuss(?:ed|es|ing)?|amid|despite|"
                         # "developments in the region, particularly in the Gaza Strip"
                         r"(?:particularly|especially|notably|chiefly|mainly|primarily)(?:\s+(?:in|on|regarding))?)\s+(?:the\s+)?$", re.I)


def topic_place(text: str, pos: int) -> bool:
    """Is the place named at ``pos`` of ``text`` a topic ("discussed Gaza", "the war in Gaza and Lebanon")?"""
    return bool(_TOPIC_PLACE.search(text[max(0, pos - 40):pos]))


_TOPIC_BETWEEN = re.compile(r"\b(?:on|about|over|regarding|concerning)\s+[^;]*?\bbetween\b|"
                            r"\b(?:[Dd]eclaration|[Aa]greement|[Aa]ccord|[Tt]reaty|[Dd]eal|[Cc]onflict|[Ww]ar|[Dd]ispute|[Bb]order|[Tt]ensions?|"
                            r"[Rr]ow|[Rr]approchement|[Nn]ormali[sz]ation)\s+(?:between|of)\b")
# "agreed to work closely with the United States": a partner to come, not at the table
_WORK_WITH = re.compile(r"\b(?:work|cooperat\w*|coordinat\w*|engag\w*|partner\w*)\s+(?:\w+\s+){0,2}?with\s+(?:the\s+)?$", re.I)
# "with trade and China's rise on the agenda": a country owning a topic, not a party
# "with Russia's war": a topic (not "with Qatar's emir", its leader)
_POSSESSED_TOPIC = re.compile(r"['\u2019]s?\s+(?!(?:emir|amir|president|prime\s+minister|premier|king|queen|crown\s+prince|sultan|"
                              r"leader|foreign\s+minister|chancellor|counterpart|head\s+of\s+state|delegation|envoy)\b)[a-z]")


# a leader's own topic ("Trump's proposal", "Putin's war"), not his presence ("Modi's speech at the summit")
_OWNED_TOPIC = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+)?(?:proposals?|plans?|polic(?:y|ies)|war|invasion|tariffs?|threats?|demands?|"
                          r"offensive|remarks|comments|statements?|decision|move|call|push|regime|government|administration|"
                          r"ultimatum|initiative|peace\s+plan|claims?|sanctions|bid)\b", re.I)


def _end_of(mentions, sentence, pos: int) -> int:
    """The end (in the sentence) of the mention starting at ``pos``."""
    return next((m.end - sentence.start for m in mentions if m.start - sentence.start == pos), pos)


_ACCESSION_DEED = re.compile(r"\b(?:(?:protocol|treaty|instrument)s?\s+of\s+accession|accession\s+(?:protocol|treaty))\b", re.I)
_GROUP = re.compile(r"\b(?:the|all)\s+(three|four|five|six|seven|eight|nine|ten)\s+(?:leaders|presidents|heads of state|ministers|foreign ministers|sides|countries|governments|delegations)\b", re.I)
_BOTH = re.compile(r"\b(?:[Tt]he two(?= (?:signed|met|agreed|held|discussed|spoke|exchanged|leaders|presidents|sides))|"
                   r"[Tt]he (?:leaders|ministers)(?= (?:had |have )?(?:last |first |previously |already )?(?:met|spoke|talked)\b)|"
                   r"[Tt]he pair(?= (?:had |have )?(?:last |first |previously |already |also )?(?:met|spoke|talked|held|signed|agreed|discussed)\b)|(?:the two|both) (?:leaders|presidents|ministers|sides|heads of state|premiers|prime ministers|foreign ministers|delegations|countries|governments|officials|men|women|PMs|FMs|ministers))\b", re.I)
_ATTENDEES = re.compile(r"(?:\bwith|\bincluding|\band|\bfrom|,|\b(?:president|prime minister|premier|leader|head of state|king|emir|chancellor)s?\s+of|\bleaders of|\bheads of state of|\bpresidents of|\bdelegations of|\bcounterparts from|\s[-\u2013\u2014])\s+(?:the\s+)?(?:\w+\s+){0,2}$")
_ORG_OFFICIAL = re.compile(r"\b(?:Secretary[- ]General|secretary[- ]general|Director[- ]General|chief|head|President of the European Commission|Commission President|High Representative)\b")


# an organisation's official named after it: "EU Trade Commissioner ...", "United Nations Secretary-General ..."
_OFFICIAL_AFTER = re.compile(r"(?:'s)?\s+(?:[A-Z][\w-]+\s+){0,3}?(?:Commissioner|[Cc]hief|[Ee]nvoy|Secretary[- ]General|Chairperson|"
                             r"High\s+Representative|Director[- ]General|Commission(?:\s+President)?|Council\s+President)\b")
# "back a UN resolution", "EU sanctions": a thing of the organisation, not its gathering
_ORG_THING_AFTER = re.compile(r"(?:'s)?\s+(?:[A-Z][\w-]+\s+){0,2}?(?:resolutions?|charter|sanctions|report|agency|"
                              r"peacekeep\w*|mission|mandate|membership|vote|convention|treaty|budget|funding|aid|programme|program)\b")
_ANAPHORIC = re.compile(r"\b(?:(?:that|previous|same)\s+|the\s+(?=[A-Z]))(?:[A-Z][\w'-]+\s+)?$")


#: staying away from a gathering or a trip ("stayed at home", "did not attend", "was not represented"): who took no part
ABSENCE = (r"skipped|missed|boycott(?:ed|s)?|stayed\s+(?:away|(?:at\s+)?home)|did\s+not\s+(?:attend|travel|go|come)|pulled\s+out\s+of|"
           r"(?:was|were)\s+absent|declined\s+to\s+(?:attend|travel|come)|(?:was|were)\s+not\s+represented|"
           r"(?:(?:is|are|was|were)\s+not\s+(?:expected|due|scheduled|set|going)\s+to|will\s+not|won['\u2019]t|would\s+not)\s+(?:attend|travel|go|come)")
_STAYED_AWAY = re.compile(rf"\b(?:{ABSENCE})\b")
_CLAUSE_OPENER = re.compile(r"\b(?:when|after|as|because|while|" + _SAME_DAY + r")\s+")
_JOINT = re.compile(r"\b(?:joint|trilateral|quadrilateral|multilateral|conference)\s+(?:[\w-]+\s+)?$")
#: a fronted clause of the subject's own movement ("Before arriving in Brazil, Xi attended ..."): its places are not the act's
FRONTED_ING = re.compile(r"\s*(?:Before|After|Upon|On|Since)\s+[a-z]+ing\b[^,;.]{0,60},\s+")
#: "after her talks with Jaishankar, ...": talks told in passing, not the meeting the sentence is about
EARLIER_TALKS = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing|[Bb]efore)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:talks|meeting|call)\s+with\s+[^,;]{1,60},")
_JOINED_TALKS = re.compile(r"\b(?:also\s+)?(?:took\s+part|participated|joined|sat\s+in)\s+(?:in\s+)?the\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:talks|negotiations|consultations|discussions|meeting)\b(?!\s+(?:with|between)\b)", re.I)


_TO_OPEN_TALKS = re.compile(r"\b(?:(?:talks|negotiations)\s+(?:with\s+[^,;.]{1,40}?\s+)?(?:would|will|could|should|can)\s+(?:be\s+)?open(?:ed)?|"
                            r"(?:agreed|decided|voted|recommended)\s+(?:[\w-]+\s+){0,3}?to\s+open\s+(?:formal\s+)?(?:accession\s+|membership\s+)?"
                            r"(?:talks|negotiations))\b", re.I)


def _group_gathering(text: str, trigger: re.Match, orgs: list[str]) -> bool:
    """Is the meeting word a group's gathering rather than two sides' talks?"""
    word = trigger.group().lower()
    if word in ("meeting", "meets", "meet") and re.search(r"\bmeeting\s+of\s+the\b", text) and orgs:
        return True
    if word in ("hosted", "welcomed", "received") and re.match(
            r"[^;]{0,90}?\band\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers)\s+of\s+"
            r"(?:the\s+)?(?:other|all|\d+|[a-z]+-?[a-z]*\s+other)\b", text[trigger.end():]):
        return True  # "Nauseda hosted Biden and the leaders of the other 29 allies": the summit's host, not talks
    if word != "meeting":
        return False
    # "at a meeting of Group of 20 foreign ministers in Rio" (not "the trilateral meeting of the leaders of ...")
    if re.match(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:ministers|leaders|heads\s+of|envoys|governors)\b", text[trigger.end():]) \
            and not re.search(r"\b(?:bilateral|trilateral|quadrilateral|three-way|four-way|hosting|hosted)\s+(?:a\s+|the\s+)?$",
                              text[:trigger.start()], re.I):
        return True
    # "At a meeting in Brussels on Monday, EU foreign ministers were unable to agree": the bloc's gathering
    return bool(re.search(r"\b(?:at|during)\s+(?:a|the|their)\s+(?:[\w-]+\s+)?$", text[:trigger.start()], re.I)
                and re.search(r"\b(?:EU|NATO|ASEAN|G7|G20|AU|OSCE|Group\s+of\s+\w+|European\s+Union)\s+(?:[a-z]+\s+)?ministers\b", text))


def _meeting_told(text: str, trigger: re.Match) -> bool:
    """Does the meeting word name a meeting told already, or a time by it, rather than tell one?"""
    before, after = text[:trigger.start()], text[trigger.end():]
    word = trigger.group().lower()
    if re.fullmatch(r"talks|meeting|negotiations|consultations", word) and re.search(
            r"\b(?:day|days|hours?|morning|evening|night|week)\s+(?:before|after|ahead\s+of|prior\s+to)\s+the\s+(?:[\w-]+\s+){0,2}$",
            before, re.I) and not re.match(r"\s+(?:with|between)\b", after):
        return True  # "The day before the talks at the Foreign Ministry, the minister laid a wreath": a time
    if word != "meeting":
        return False
    if (_ANAPHORIC.search(before) or re.search(
            r"\b(?:into|from|after|before|at|during|brokered|arranged|facilitated|organi[sz]ed|mediated)\s+the\s+$", before)) \
            and not re.match(r"\s+(?:with|between|of)\b", after):
        return True  # "At that meeting, leaders admitted ...", "the Tegucigalpa meeting"
    # "The meeting, chaired by Wang Yi, was attended by ...", "who chaired the meeting" (unless someone joined it there)
    return bool(((re.fullmatch(r"\s*The\s+", before) and re.match(r"(?:,|\s+(?:lasted|was|came|covered|took|ended|began|focused|ran|went)\b)", after))
                 or re.search(r"\b(?:chaired|called|described|hailed)\s+the\s+$", before)) and not JOINED_IN.search(text))


_WHEREABOUTS = re.compile(r",?\s*(?:who|which)\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:in|at)\b")


def _asides_before(text: str, trigger: re.Match) -> list[tuple[int, int]]:
    """The relative asides before the talks, whose places are neither party nor venue ("Orban, who
    visited Moscow and Beijing last week, met Biden"); none when a pronoun after the verb means who the
    aside names ("Macron, who spoke to the Kremlin regularly, last talked to him in 2022"), and not one
    that tells where the talker is ("Blinken, who is in Beijing, met Wang Yi")."""
    if re.match(r"\s+(?:to\s+|with\s+)?(?:him|her|them)\b", text[trigger.end():]):
        return []
    return [(a.start(), a.end()) for a in RELATIVE_ASIDE.finditer(text)
            if a.end() <= trigger.start() and not _WHEREABOUTS.match(a.group())]


_SUMMIT_MOMENT = re.compile(r"\b(?:at|during|before|after)\s+the\s+(?:start|opening|beginning|end|close|conclusion|outset)\s+of\s+"
                            r"the\s+(?:[\w-]+\s+){0,2}$", re.I)


_GATHERING_HOSTED = re.compile(r"\b(?:summit|meeting|conference|forum|session|gathering|talks|dinner|lunch|reception|ceremony|"
                               r"(?-i:[A-Z]{3,}))\b", re.I)
_BOTH_SPOKE = re.compile(r"\b(?:both|each)\s+(?:of\s+them\s+)?(?:also\s+|had\s+|have\s+|separately\s+)?$")
_MET_PEOPLE = re.compile(r"\s+(?:with\s+)?(?:(?:local|top|leading|senior|prominent)\s+)?(?:(?:business|community|religious|civil[- ]society|"
                         r"faith|student|youth|industry|corporate|diaspora)\s+(?:leaders|representatives|figures|groups)|investors|executives|"
                         r"businessmen|businesspeople|entrepreneurs|students|journalists)\b")


_BY_PHONE = re.compile(r"\b(?:by\s+(?:tele)?phone|(?:tele)?phone\s+calls?|(?:spoke|spoken|talked)\s+(?:by\s+phone\s+)?(?:to|with)\s+(?:the\s+)?(?:leaders|heads))\b")


def _build_meeting(ctx, sentence, mentions, actors, orgs, trigger, found):
    text = sentence.text
    if _JOINED_TALKS.search(text) and re.match(r"(?:talks|negotiations|consultations|discussions|meeting)$", trigger.group(), re.I):
        return None  # "Foreign Ministers X and Y also took part in the talks": who joined the meeting told already
    if commentary(text, trigger):
        return None
    if re.fullmatch(r"called\s+", trigger.group(), re.I):
        called = any(m.kind == "person" and m.start - sentence.start == trigger.end() for m in mentions)
        if not re.match(r"(?:his|her|their|President|Prime|Premier|Chancellor|King|Emir|Sultan|Foreign)\b", text[trigger.end():]) and not (
                called and re.search(r"(?:\b(?-i:[A-Z])[\w'\u2019-]+|\b(?:he|she|also|then|later|first|had|has|have))\s+$",
                                     text[:trigger.start()], re.I)):
            return None  # "Erdogan called Burhan": a call (not "a party called Renaissance", "called Biden's remarks")
        if called:  # (not "... called Burhan and offered to mediate between Sudan and the UAE")
            actors = [a for a in actors if a[0] <= trigger.end()]
    if re.match(r"(?:talks|negotiations)\b", trigger.group(), re.I) and (
            re.match(r"[^.;]{0,80}?\b(?:(?:have|has|had)\s+been|were|was)\s+(?:completed|concluded|finali[sz]ed)\b", text[trigger.end():])
            or re.search(r"\b(?:speed\s+up|accelerate|conclud(?:e|ed|ing)|complet(?:e|ed|ing)|finali[sz](?:e|ed|ing))\s+(?:[\w-]+\s+){0,2}$",
                         text[:trigger.start()], re.I)
            or _TO_OPEN_TALKS.search(text)):
        # "negotiations on the text have been completed", "agreed to speed up talks": the process, not a meeting;
        # "talks would be opened with Moldova", "agreed to open membership negotiations with Ukraine": a decision
        return None
    comment = _COMMENTARY.match(text)
    if comment:  # "The Lee-Takaichi summit came days after Lee hosted Trump": the comment's names are not the hosts'
        actors = [a for a in actors if a[0] >= comment.end()]
    if _group_gathering(text, trigger, orgs):
        return None
    if ctx.last_summit_org and re.match(r"(?:co-?)?chair", trigger.group(), re.I) and re.match(
            r"\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:meeting|summit|session|gathering)\b", text[trigger.end():], re.I):
        return None  # "Ruto co-chaired the meeting with Mnangagwa": the summit just told, not talks of their own
    if ctx.last_summit_org and _SUMMIT_MOMENT.search(text, 0, trigger.start()) and re.match(r"meeting|session|gathering", trigger.group(), re.I):
        return None  # "took over the chairmanship from X at the start of the two-day meeting": the summit just told
    if trigger.group().lower() in ("meeting", "meetings") and re.search(
            r"\b(?:cabinet|board|shareholders['\u2019]?|party|staff|press|government)\s+$", text[:trigger.start()], re.I):
        return None  # "the package was approved at a cabinet meeting chaired by Prime Minister Ishiba": no talks abroad
    if (trigger.group().lower() in ("received", "welcomed") or re.search(r"\b(?:was|were)\s+met\s+at\b", text)
                                                                     or re.match(r"met\s+by\b", text[trigger.start():])) and re.search(
            r"\b(?:airport|airbase|air base|tarmac)\b", re.sub(r",\s*who\s+(?:landed|arrived)\b[^,;]*,", ",", text), re.I):
        return None  # a welcome at the airport is the arrival, not talks (but not "X, who landed at the airport, was received by")
    if re.search(r"\b(?:stayed\s+away\s+from|skipped|boycotted|did\s+not\s+attend|(?:was|were)\s+absent\s+from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                 text[:trigger.start()], re.I):
        return None  # "Estonia's foreign minister stayed away from the meeting"
    if re.match(r"video", trigger.group(), re.I) and re.search(
            r"\b(?:addressed|spoke\s+to|joined|took\s+part|participated|attended)\b[^.;]{0,50}?\b(?:by|via|through|over)\s+(?:a\s+)?$",
            text[:trigger.start()], re.I):
        return None  # "he addressed the leaders by video link": a speech to a gathering, not talks
    if re.search(r"\b(?:recall\w*|summon\w*)\s+(?:[\w'-]+,?\s+){0,10}for\s+$", text[:trigger.start()], re.I):
        return None  # "Iran recalled its ambassadors to London, Paris and Berlin for consultations"
    if _meeting_told(text, trigger):
        return None
    if re.match(r"(?:was|were)\s", trigger.group()) and _GATHERING_HOSTED.search(text, 0, trigger.start()):
        return None  # "The last CHOGM, in Kigali in June 2022, was hosted by Rwandan President Paul Kagame": a gathering's host
    each = _BOTH_SPOKE.search(text, 0, trigger.start()) if re.match(r"(?:spoke|spoken|talked|met|phoned|called)\b", trigger.group(), re.I) else None
    if each:  # "Sheinbaum and Carney agreed to deepen ties, days after both spoke with Trump": a call of each with him
        pair = list(unique(code for pos, code, how in actors if pos < each.start() and how in ("person", "description", "demonym")))
        other = [code for pos, code, how in actors if pos >= trigger.end() and how in ("person", "description") and code not in pair][:1]
        if len(pair) == 2 and other:
            return [Event("Meeting", tuple(sorted((code, other[0]))), [], persons=_persons(mentions, {code, other[0]})) for code in pair]
    if _MET_PEOPLE.match(text, trigger.end()):
        return None  # "Boric also met business leaders in Sao Paulo": people, not a state's side
    actors = [(pos, code, how) for pos, code, how in actors
              if how not in ("country", "place", "metonym") or pos < trigger.start() or (_PARTY_BEFORE.search(text[max(0, pos - 25):pos])
                                                                            and not _TOPIC_BETWEEN.search(text[trigger.end():pos])
                                                                            and not _WORK_WITH.search(text, max(0, pos - 40), pos)
                                                                            and not _POSSESSED_TOPIC.match(text, _end_of(mentions, sentence, pos)))]
    asides = _asides_before(text, trigger)
    actors = [a for a in actors if a[2] not in ("country", "place", "metonym") or not any(s <= a[0] < e for s, e in asides)]
    own = re.search(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}$", text[:trigger.start()])
    holder = own and next((a for a in actors if a[2] == "person" and a[0] < own.start()
                           and not re.search(r"[,;]", text[a[0]:own.start()])), None)
    if holder and re.match(r"\s+with\b", text[trigger.end():]):
        # "one day after Donald Trump's two-hour phone call with Vladimir Putin": his call, not the sentence's subject's
        actors = [a for a in actors if a[0] >= holder[0]]
    earlier = EARLIER_TALKS.search(text[:trigger.start()])
    if earlier:  # "after her talks with Jaishankar, Wong spoke by phone with Wang Yi": that meeting is told elsewhere
        actors = [a for a in actors if not earlier.start() <= a[0] < earlier.end()]
    fronted = _FRONTED_OCCASION.match(text)
    if fronted and fronted.end() <= trigger.start() and any(fronted.end() <= a[0] < trigger.start() for a in actors):
        # "Ahead of Hussein's visit, Fidan held a phone call with Syrian Foreign Minister al-Shaibani": not Hussein
        actors = [a for a in actors if a[0] >= fronted.end()]
    where = re.search(r",\s+where\s+(?:he|she|they|(?P<named>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,2}))\s+(?:[\w'-]+\s+){0,2}$",
                      text[:trigger.start()])
    if where and where.group("named") and not re.match(r"\s*(?:him|her|them)\b", text[trigger.end():]):
        # "a tour that began in Nigeria, where Modi held talks with Tinubu": who the clause names (but "flew to
        # Santiago, where President Boric received him": the traveller too)
        actors = [a for a in actors if a[0] > where.start()]
    elif where:  # "Faye travelled to Nouakchott, where he held talks with ...": Faye, and who the clause names
        traveller = [a for a in actors if a[0] < where.start() and a[2] in ("person", "description")][-1:]
        actors = traveller + [a for a in actors if a[0] > where.end() or (a[0] > where.start() and (a[2] != "reference" or not traveller))]
    aside = _ASIDE.search(text, trigger.end())
    if aside:  # "..., becoming the first EU leader to meet Putin since Austrian Chancellor Nehammer"
        actors = [a for a in actors if a[0] < aside.start()]
    relative = re.search(r"\b(?:that|which)\b", text[trigger.end():])
    reported = re.search(r"\b(?:reports?|claims?|allegations?|rumou?rs?|concerns?|fears?)\b[^.;]{0,40}?\bthat\b", text[trigger.end():])
    if reported:  # "discussed reports that Moscow had sought access to an air base": Russia is the topic
        cut = trigger.end() + reported.end()
        actors = [a for a in actors if a[0] < cut or a[2] not in ("country", "place", "demonym", "metonym")]
    if relative and any(trigger.end() <= a[0] < trigger.end() + relative.start() for a in actors):
        # "hosted the King for a conversation that touched on the jet being developed by Britain, Italy and Japan"
        cut = trigger.end() + relative.start()
        actors = [a for a in actors if a[0] < cut or a[2] not in ("country", "place", "demonym")]
    codes = unique(code for _, code, how in actors if how != "place")
    if len(codes) < 2:  # "held talks in China": the place is the other side only when needed
        codes = unique(code for _, code, _ in actors)
    if len(codes) == 1 and (re.match(r"(?:received|welcomed)$", trigger.group(), re.I) or (trigger.group().lower() == "hosted" and any(
            m.kind == "person" and m.start - sentence.start >= trigger.end() for m in mentions))):  # ("The Saudi crown prince hosted al-Sharaa")
        # "Araghchi was also received by the crown prince in Riyadh": his hosts are the city's country
        codes = unique([*codes, *(m.country for m in mentions if m.kind == "city" and m.start - sentence.start > trigger.end()
                                  and re.search(r"\b(?:in|at)\s+$", text[:m.start - sentence.start]))])[:2]
    named = unique(code for _, code, how in actors if how in ("person", "description", "demonym"))
    official = any(m.kind == "person" and ctx.dm.persons[m.key].organization for m in mentions)
    own_pair = _BOTH.search(text) and _BOTH.search(text).start() > trigger.end() and any(
        pos < trigger.start() and any(c != code and p2 > trigger.end() for p2, c, _ in actors) for pos, code, _ in actors)
    # ("He met Albanese, the first meeting between leaders of the two countries since 2016": his and Albanese's)
    if _BOTH.search(text) and (len(codes) < 2 or (ctx.pair and len(named) < 2 and not own_pair)) and not (official and codes):
        # "the two men discussed ... Australia": the pair (but "Guterres held talks with Mikati, where the two ...": his)
        pair = ctx.pair
        if len(named) == 1 and pair and named[0] not in pair and ctx.visit and named[0] in ctx.visit:
            pair = ctx.visit  # "the couple were received by Mattarella, where the two heads of state spoke": the visit's
        host = [code for pos, code, how in actors if pos < trigger.start() and how in ("person", "description") and code not in pair]
        if pair and host and _BY_PHONE.search(text):
            # "Trump had spoken to the leaders of both countries by phone on Saturday": a call with each
            return [Event("Meeting", tuple(sorted((host[0], other))), [], persons=_persons(mentions, {host[0], other})) for other in pair]
        if pair and host and _BOTH.search(text).start() > trigger.start():
            codes = unique([*host[:1], *pair])  # "Trump received the two ministers in the Oval Office": the host and the pair
        else:
            codes = unique([*pair] or [*codes, ctx.dm.main_country, *reversed(ctx.recent_countries)])[:2]
    if len(codes) == 1 and ctx.pair and codes[0] in ctx.pair and re.search(r"\b(?:his|her|their)\s+(?:\w+\s+)?counterparts?\b", text):
        codes = tuple(ctx.pair)  # "the Foreign Minister held talks with his counterpart"
    before = text[max(0, trigger.start() - 20):trigger.start()]
    if len(codes) < 2 and ctx.pair and re.search(r"\b(?:[Oo]ur|[Yy]our)\s+(?:[\w-]+\s+)?$", before):
        codes = tuple(ctx.pair)  # "Our meeting on 1 March was pivotal": the speaker's and the listener's
    elif len(codes) < 2 and ctx.parties and re.search(r"\b[Tt]heir\s+(?:[\w-]+\s+)?$|^\s*They\s+(?:had\s+|have\s+)?(?:\w+ly\s+|last\s+|first\s+|also\s+)?$",
                                                      before):
        codes = tuple(ctx.parties)  # "They previously met in Beijing": those of the meeting just told
    elif len(codes) < 2 and ctx.parties and EARLIER_ROUND.match(text, trigger.start()):
        codes = tuple(ctx.parties)  # "The first round was held in Cairo in February 2024": of the talks just told
    described = _described_country(ctx, text, trigger, actors) if len(codes) == 1 else None
    if described and described != codes[0]:
        codes = (described, codes[0])  # "the former governor of Gyeonggi province held talks with Ishiba": the man just named
    city_name, _ = _city(ctx, [m for m in mentions if not any(s <= m.start - sentence.start < e for s, e in asides)], sentence)
    where = [m for m in mentions if m.kind == "city" and m.end - sentence.start < trigger.start()
             and re.match(r",?\s+where\b", text[m.end - sentence.start:])]
    if where:  # "arrived in Doha after a stop in Amman, where he met Safadi": in Amman (with or without the comma)
        city_name = ctx.gaz.cities[where[-1].key].name
    if city_name is None and ctx.dateline_city is not None and sentence.start <= ctx.dateline_at < sentence.end \
            and ctx.dateline_city.iso3 in codes:
        city_name = ctx.dateline_city.name  # "NAIROBI, March 11 (Xinhua) -- Ruto held talks with Abiy": where it is told from
    if _REMOTE.search(trigger.group()):
        city_name = None  # "In a phone call, Erdogan told Putin that Ankara was ready to host talks": held nowhere
    events = []
    official_org = None
    for m in mentions:
        if m.kind == "org" and (_ORG_OFFICIAL.search(text[max(0, m.start - sentence.start - 40):m.start - sentence.start])
                                or _OFFICIAL_AFTER.match(text, m.end - sentence.start)):
            official_org = m.key  # "UN Secretary-General ...", "EU Trade Commissioner Valdis Dombrovskis"
        elif m.kind == "person" and ctx.dm.persons[m.key].organization and (
                -60 < m.start - sentence.start - trigger.start() < 100):  # "von der Leyen met Tokayev"
            official_org = official_org or ctx.dm.persons[m.key].organization
    subject = unique(code for pos, code, _ in actors if pos < trigger.start() and code in codes)
    if re.fullmatch(r"spoke\s+|sat\s+down", trigger.group(), re.I) and len(subject) < 2:
        return None  # "Erdogan and Putin spoke on Thursday", "... sat down at the White House": the two talked
        # (not "Erdogan spoke on Thursday about Russia")
    if not subject and ctx.last_subject and re.match(r"meetings\s+with\b", trigger.group(), re.I):
        subject = (ctx.last_subject,)  # "Wednesday brought meetings with Sisi and Abbas": the story's subject met each
        codes = unique([*subject, *codes])
    objects = unique(code for pos, code, _ in actors if pos >= trigger.start() and code not in subject and code in codes)
    if official_org is None and "UN" in ctx.gaz.organizations and not any(m.kind == "org" and m.key != "UN" for m in mentions) \
            and re.search(r"\bSecretary[- ]General\b", text):
        # "Secretary-General Ramdin" in a story about the OAS; the UN's when the story names no other
        official_org = next((o for o in (ctx.last_summit_org, ctx.last_org) if o and o != "UN"
                             and re.search(r"\bSecretary[- ]General\s+(?!of\b)[A-Z]", text)), None) or "UN"
    bloc = next((m.key for m in mentions if m.kind == "org" and m.start - sentence.start < trigger.start()
                 and not re.search(r"\bof\s+(?:the\s+)?$", text[:m.start - sentence.start])), None)  # (not "Leaders of the G7")
    if official_org is None and bloc and not subject and len(objects) >= 2 and re.match(r"[^.;]{0,40}?\bwith\b", text[trigger.start():]):
        # "The EU opened accession talks with Ukraine and Moldova": the organisation's talks with each
        return [Event("Meeting", (other,), [], organization=bloc, city=city_name, persons=_persons(mentions, {other}))
                for other in objects]
    joining = _JOINING_TALKS.search(text) if official_org is None and len(subject) >= 2 else None
    org = next((m.key for m in mentions if m.kind == "org" and m.start - sentence.start == joining.start("org")), None) \
        if joining and joining.start("org") <= trigger.start() < joining.end() + 5 else None
    if org is not None:  # "Ukraine and Moldova opened EU accession talks": each with the EU, not with each other
        return [Event("Meeting", (code,), [], organization=org, city=city_name, persons=_persons(mentions, {code})) for code in subject]
    if official_org and (len(subject) == 1 or (not subject and len(codes) == 1)):
        side = subject or tuple(codes)
        events.append(Event("Meeting", side, [], organization=official_org, city=city_name,
                            persons=_persons(mentions, set(side))))
    if len(codes) < 2:
        return events or None
    # "a joint call with A, B and C", "convened an emergency meeting with the leaders of A, B and C",
    # "Macron hosted A, B and C for the three-day meeting": one meeting of all
    joint = _JOINT.search(text[:trigger.start()]) or (
        trigger.group().lower() == "hosted" and re.search(r"\bfor\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:meeting|summit|dinner|gathering)\b",
                                                         text[trigger.end():])) or (
        trigger.group().lower() in ("meeting", "call", "videoconference") and re.match(r"[^.;]{0,30}?\bwith\s+(?:the\s+)?(?:leaders|heads)\s+of\b",
                                                                                   text[trigger.end():])) or (
        # "met in New York with the ambassadors of Algeria, Mozambique and Sierra Leone": one meeting of the group
        re.match(r"[^.;]{0,30}?\bwith\s+the\s+(?:ambassadors|envoys|representatives|permanent\s+representatives)\s+of\b",
                 text[trigger.end():])) or (
        # "talks with the foreign ministers of Jordan, Egypt and Qatar", "with Arab foreign ministers, including those of ...",
        # "with his counterparts from the three countries": one table
        re.match(r"[^.;]{0,30}?\bwith\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[A-Z][\w-]+\s+)?(?:foreign\s+ministers|ministers|counterparts|"
                 r"leaders|heads\s+of\s+(?:state|government))(?:\s+(?:of|from)|,\s+including\s+those\s+of)\b", text[trigger.end():])) or (
        re.match(r"(?:dinner|lunch|luncheon|breakfast)\b", trigger.group(), re.I)) or (  # "a lunch with Abe and Moon": one table
        # "Fidan hosted a first round of talks in Ankara with Ethiopia's Taye and his Somali counterpart": the three of them
        re.search(r"\bhost(?:ed|s|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?round\s+of\b", text[max(0, trigger.start() - 40):trigger.end() + 40])) or (
        # "sat down with Xi and Putin for a separate Russia-India-China trilateral": one meeting of the three
        re.match(r"[^.;]{0,80}?\bfor\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?(?:trilateral|three-way|quadrilateral)\b", text[trigger.end():]))
    if len(subject) >= 2 and not re.search(r"\b(?:with|between|among)\b", text[trigger.start():trigger.end() + 15]):
        codes = subject  # "A and B last met in Kazan ... as a guest of C": the subject met
        along = re.search(r",?\s+(?:(?:together|along)\s+with|joined\s+by)\s+", text[trigger.end():])
        if along:  # "Lavrov and Araghchi last met in Doha ..., together with Turkish Foreign Minister Hakan Fidan"
            # ("co-chaired a video call on Sunday, joined by Italian Prime Minister Meloni, German Chancellor Merz and ...": all)
            at = trigger.end() + along.end()
            stop = re.search(r"[.;]|\band\s+(?!(?:[A-Z][\w'-]+\s+){0,4}[A-Z])", text[at:])
            end = at + max(40, stop.start() if stop else len(text))
            codes = unique([*codes, *(code for pos, code, how in actors if at <= pos < end and how in ("person", "description"))])
        mediator = _MEDIATED.match(text, trigger.end())
        if mediator:  # "A and B met in Luanda under the mediation of Angolan President Lourenco": C took part
            codes = unique([*codes, *(code for pos, code, how in actors if mediator.end() <= pos < mediator.end() + 40
                                      and how in ("person", "description", "demonym", "country"))])
    elif len(subject) == 1 and len(objects) >= 2 and (re.search(r"\bwith\b", text[trigger.start():]) or re.search(r"\bcredentials\b", text)
                                                       or (re.fullmatch(r"met", trigger.group(), re.I)  # "on the sidelines, he met A and B"
                                                           and re.search(r"\b(?:sidelines|margins)\b", text))
                                                       or (re.fullmatch(r"met|meets", trigger.group(), re.I) and len(objects) == 2
                                                           # "Rubio meets Lavrov, Wang", "Trump met Netanyahu ... and Macron": one each
                                                           # (not "met his British, French and German counterparts", "at a meeting hosted by")
                                                           and not re.search(r"\bcounterparts\b|\bhosted\s+by\b", text))
                                                       or re.fullmatch(r"(?:phoned|rang)\s*", trigger.group(), re.I)  # "phoned A and B": a call each
                                                       or (re.match(r"(?:phon|call|spoke|speak|talk)", trigger.group(), re.I)
                                                           and re.search(r"\bto\b", text[trigger.start():]))) \
            and not joint:  # ("Trump phoned both governments, speaking to Hun Manet and to Phumtham": a call each)
        # "X held talks with A, B and C", "received the credentials of the ambassadors of A and B": one meeting each
        inside = _in_clause(objects, actors, text, trigger)
        chosen = inside if inside else objects
        starts = [next(pos for pos, code, _ in actors if code == other and pos >= trigger.start()) for other in chosen]
        for other, at, following in zip(chosen, starts, [*starts[1:], len(text)]):
            pair = tuple(sorted((subject[0], other)))
            event = Event("Meeting", pair, [], city=city_name, persons=_persons(mentions, set(pair)))
            verb = [v for v in _NEXT_MEETING.finditer(text, trigger.end(), at)]
            if verb:  # "met Luxon on Friday ... and met Davis on Saturday morning": dated from its own verb
                event.trigger = verb[-1].start("verb")
            own = _OWN_PLACE_AND_DAY.search(text, at, following)
            if own and len(chosen) > 1:
                # "met Putin in the Kremlin on Friday and Zelensky in Kyiv on Tuesday last week": each where and when
                # its own words say
                event.trigger = at
                place = next((m for m in mentions if m.kind in ("city", "agency") and own.start() <= m.start - sentence.start < own.end()), None)
                if place is None:
                    event.city = city_name
                elif place.kind == "agency":  # "in the Kremlin": the capital of its country
                    seat = ctx.gaz.capital_of(place.country)
                    event.city = seat.name if seat is not None else city_name
                else:
                    event.city = ctx.gaz.cities[place.key].name
            events.append(event)
        return events
    if len(codes) > 4 and not joint and not events and _LEADERS_OF_MANY.search(text, 0, trigger.start()):
        # "The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan gathered for their
        # seventh consultative meeting": a gathering of the five (and their guest), a summit
        return Event("Summit", tuple(sorted(codes)), [], city=city_name, persons=_persons(mentions, set(codes)))
    if len(codes) > (12 if joint else 4) or len(codes) < 2:
        return events or None
    events.append(Event("Meeting", tuple(sorted(codes)), [], city=city_name,
                        persons=_persons(mentions, set(codes))))
    return events


# what follows one of several people met: a place and a day of its own ("... Putin in the Kremlin on Friday")
_OWN_PLACE_AND_DAY = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+on\s+[A-Z][a-z]+day\b")
# a second meeting verb of the same subject ("..., and met Davis", "and later held talks with")
_NEXT_MEETING = re.compile(r"\b(?:and|then|before|after)\s+(?:later\s+|also\s+|then\s+)?(?P<verb>met|meeting|held\s+talks|holding\s+talks|"
                           r"sat\s+down|spoke|received|hosted)\b")
_FRONTED_OCCASION = re.compile(r"\s*(?:Ahead\s+of|Before|Prior\s+to|On\s+the\s+eve\s+of)\s+[^,;.]{1,60}?(?:['\u2019]s\s+)[^,;.]{0,40},\s+")
_MEDIATED = re.compile(r"[^.;]{0,60}?\b(?:under\s+the\s+(?:mediation|auspices)\s+of|mediated\s+by|brokered\s+by|"
                       r"(?:talks|negotiations|consultations|round)\s+(?:hosted|chaired)\s+by|"
                       # "agreed to a ceasefire after talks in Malaysia hosted by Prime Minister Anwar Ibrahim"
                       r"(?<=talks\s)in\s+(?:[A-Z][\w-]+\s+){1,2}(?:hosted|chaired)\s+by|"
                       # "met at the Dolmabahce Palace on Friday with Turkish Foreign Minister Hakan Fidan as host"
                       r",?\s*with(?=\s+(?:[\w.'\u2019-]+\s+){1,7}?as\s+(?:the\s+)?(?:host|mediator|chair|moderator)\b))\s+(?:the\s+)?")


# "Lavrov met Vieira and Araghchi held talks with Jaishankar": a clause with a subject and talks of its own
_OWN_SUBJECT = r"(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bwe),?\s+and\s+(?=(?:[A-Z][\w'-]+\s+){1,4}(?:then\s+|later\s+|also\s+)?(?:met|held|hosted|received|spoke|talked)\b)"


def _in_clause(objects, actors, text: str, trigger: re.Match) -> list[str]:
    """The objects named in the trigger's own clause ("held talks with A at the palace, as both brace
    for a pact with B": A alone)."""
    aside = re.search(r",\s+(?:as|while|amid|whereas|who|whose|before\s+\w+ing)\b|" + _ANOTHER_DAY + "|" + _OWN_SUBJECT, text[trigger.end():])
    cut = trigger.end() + aside.start() if aside else len(text)
    # "with Guinean President Conde, who took over the chair from Chad's Deby": not Deby (but "..., who
    # reaffirmed ..., and on July 7 he met with Lula": the clause after the aside names one more)
    resume = re.search(r",\s+and\b", text[cut:]) if aside and aside.group().endswith(("who", "whose")) else None
    again = cut + resume.end() if resume else len(text)
    return [code for code in objects if any(c == code and (trigger.start() <= pos < cut or pos >= again) for pos, c, _ in actors)]


WHERE_CLAUSE = re.compile(r",\s+where\s+[^.;,]*$")


def _build_summit(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    if commentary(text, trigger):
        return None
    comment = _COMMENTARY.match(text)
    if comment:  # "The Baghdad meeting came months after an Arab summit in Cairo": not the meeting's place
        mentions = [m for m in mentions if m.start - sentence.start >= comment.end()]
        actors = [a for a in actors if a[0] >= comment.end()]
    if re.search(r"\b(?:ahead\s+of|on\s+the\s+eve\s+of|(?:to|would)\s+prepare(?:\s+for)?|in\s+preparation\s+for|preparations?\s+for|"
                 r"in\s+the\s+(?:run|lead|build)-up\s+to|until\s+after|unrelated\s+to)\s+(?:(?:the|a|an|this|its|their|next|[\w'\u2019]+['\u2019]s)\s+)?"
                 r"(?:[\w'\u2019.-]+\s+){0,4}$", text[:trigger.start()], re.I):
        return None  # "ahead of Sunday's ECOWAS summit", "to prepare the summit": a time or a plan, not a summit held
    if re.match(r"summit['\u2019]s\b", text[trigger.start():], re.I):
        return None  # "Widodo, the summit's host": the summit named as a possessor, told elsewhere
    if _TIME_OF_SUMMIT.search(text[:trigger.start()]) and re.fullmatch(r"summit", trigger.group(), re.I) \
            and not re.match(r"summit\s+(?:of|in)\b", text[trigger.start():], re.I):
        return None  # "Hours before the summit opened, North Korea notified Japan ...": a time, not who attended
    org = None
    near = [m for m in mentions if m.kind == "org"
            and not _ORG_OFFICIAL.search(text[max(0, m.start - sentence.start - 40):m.start - sentence.start])
            and not _OFFICIAL_AFTER.match(text, m.end - sentence.start)  # "United Nations Secretary-General Guterres also addressed ..."
            and not _ORG_THING_AFTER.match(text, m.end - sentence.start)
            # "wrapped up negotiations on a free trade agreement with the European Free Trade Association": a partner
            and not DEAL_WITH.search(text, max(0, m.start - sentence.start - 60), m.start - sentence.start)]
    partners = {m.key for m in mentions if m.kind == "org" and DEAL_WITH.search(text, max(0, m.start - sentence.start - 60),
                                                                                   m.start - sentence.start)}
    orgs = [o for o in orgs if o not in partners]
    if near:
        org = min(near, key=lambda m: abs(m.start - sentence.start - trigger.start())).key
    if re.search(r"\b(?:the|this|that)\s+summit\b", text, re.I) and ctx.last_summit_org and (
            org is None or abs(near[0].start - sentence.start - trigger.start()) > 60 or not _attached(text, trigger, near, sentence)):
        org = ctx.last_summit_org  # "told the summit that Madrid would ask the UN General Assembly": the summit told
    if org is None and orgs and not near and ORG_REF.search(text):
        org = ctx.last_summit_org or orgs[0]  # "the bloc" at a summit: the summit's organisation
    if re.match(r"summit\s+(?:talks|meeting|level talks)", text[trigger.start():], re.I) or re.search(
            r"\b(?:bilateral|two-way|one-on-one)\s+$", text[:trigger.start()]):
        return None  # "held summit talks with Samia": a meeting of two leaders
    if org is None and re.match(r"summit\W{0,3}\s+(?:between|with)\b", text[trigger.start():], re.I):
        # "a historic peace summit between Armenia and Azerbaijan", "his second summit with Takaichi":
        # their meeting, built here unless another word of the sentence builds it
        if "Meeting" in found:
            return None
        codes = unique(code for pos, code, how in actors if how != "place")
        return Event("Meeting", tuple(sorted(codes)), [], persons=_persons(mentions, set(codes))) if len(codes) >= 2 else None
    if _JOINED_TALKS.search(text) and not re.search(r"\bsummit\b", text, re.I):
        return None  # "Foreign Ministers X and Y also took part in the talks": the meeting told already
    participation = re.match(r"(?:attended|took|participated|were|was|in\s+attendance|attendees|participants)", trigger.group(), re.I)
    attends = re.search(r"\b(?:attended|attending)\b", text) if participation else None
    if participation and (_NO_GATHERING.match(text, trigger.end()) or (
            attends and _NO_GATHERING.match(text, attends.end()) and not re.search(r"\b(?:summit|forum|conference)\b", text, re.I))):
        # "attended Nandi-Ndaitwah's inauguration", "attended the talks", "was among the heads of state who attended
        # Lula's inauguration": an occasion, not a summit
        return None
    attended = next((m for m in near if re.fullmatch(r"\s+(?:in\s+)?(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?",
                                                     text[trigger.end():m.start - sentence.start])), None) if participation else None
    if attended is not None:  # "he attended the APEC Economic Leaders' Week in Da Nang": that organisation's gathering
        org = attended.key
    elif participation and not re.search(r"\b(?:summit|forum|conference|gathering|meeting|council|session)\b", text, re.I):
        if ctx.last_summit_org is None:
            return None
        org = ctx.last_summit_org
        actors = [a for a in actors if a[2] in ("person", "description", "demonym")]
    elif participation and ctx.last_summit_org and not re.search(r"\b(?:summit|forum|conference)\b", text, re.I):
        # "Among the leaders in attendance were ..., Pedro Sanchez, President of the Government of Spain, which holds
        # the rotating Presidency of the Council of the European Union": the story's summit, not the EU's
        org = ctx.last_summit_org
    tentative = False
    named_gathering = (participation and re.match(  # "attended the Korea-Africa Summit", "the ninth Tokyo International Conference"
        r"\s+(?:in\s+)?(?:the\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:[Ss]ummit|(?-i:Forum|Conference))\b", text[trigger.end():])
                       ) or trigger.group().endswith("Conference")  # "opened the Ukraine Recovery Conference in Rome"
    if org is None and not re.search(r"\bsummit\b", trigger.group(), re.I) and not named_gathering:
        if not re.search(r"\b(?:leaders|heads)\b", trigger.group(), re.I):
            return None
        tentative = True  # "leaders meeting in the Honduran capital": kept if a named gathering follows
    absent = re.search(r"\b(?:skipped|missed|boycott(?:ed|s)?|stayed\s+away\s+from|did\s+not\s+attend|was\s+absent\s+from)\s+(?:[\w'-]+\s+){0,6}$",
                       text[:trigger.start()])
    if absent:  # "Tshisekedi had skipped a joint summit ...": the subject took no part
        actors = [a for a in actors if a[0] > absent.end() or a[2] in ("place",)]
    # "... held in Minsk without the participation of Armenia, whose Prime Minister had declined to travel"
    away = [w.end() for w in re.finditer(r"\bwithout\s+(?:the\s+)?(?:participation|presence)\s+of\s+", text)]
    away_subject = [w.start() for w in re.finditer(r"\b(?:declined\s+to\s+(?:travel|attend|come)|(?:was|were)\s+not\s+represented|"
                                                     r"did\s+not\s+(?:attend|travel|come)|stayed\s+(?:away|(?:at\s+)?home)|boycotted)\b", text)]
    kept = [a for a in actors if not any(0 <= a[0] - e <= 12 for e in away)
            and not any(0 < s - a[0] <= 60 for s in away_subject)]
    gone = {a[1] for a in actors if a not in kept}  # "Pashinyan stayed away, as he did from the previous summit": he too
    actors = [a for a in kept if not (a[2] == "reference" and a[1] in gone)]
    fronted = FRONTED_ING.match(text)
    if fronted and fronted.end() <= trigger.start():
        actors = [a for a in actors if a[0] >= fronted.end() or a[2] not in ("place", "country")]
    praise = _PRAISED_FOR.search(text[:trigger.start()])
    if praise and not re.search(r"\b(?:his|her|their)\s+(?:participation|attendance|presence)\b", text[praise.end():trigger.start()]):
        # "The Prime Minister congratulated the Amir on Qatar's role at the summit": the praised took part (not "thanked
        # the UAE for hosting his participation in the summit")
        actors = [a for a in actors if a[0] >= praise.start()]
    briefed = BRIEFED_ON.search(text, 0, trigger.start())
    if briefed:  # "Abdelatty briefed Wang on the outcomes of the Sharm el-Sheikh summit": Wang was told of it, not there
        actors = [a for a in actors if not briefed.start("told") <= a[0] < briefed.end("told")]
    away = [w.start() for w in _STAYED_AWAY.finditer(text)]
    if away:  # "Pashinyan attended, but Aliyev pulled out of the summit": who stayed away took no part
        actors = [a for a in actors if not any(0 < s - a[0] <= 60 and not re.search(r"[,;]|\band\b", text[a[0]:s]) for s in away)]
    clause_end = re.search(r"\b(?:since|after|before|when|which|who|whose|that|although|despite|while|whereas)\b|;|,\s+as\b", text[trigger.end():])
    limit = trigger.end() + clause_end.start() if clause_end else len(text)
    # "..., which would rebuild Gaza, as a counterweight to U.S. President Donald Trump's proposal": a leader owning
    # a topic in a later clause, not one at the summit
    actors = [a for a in actors if a[2] not in ("person", "description") or (a[0] < limit and not (
                  a[0] > trigger.end() and answered(text, a[0], _end_of(mentions, sentence, a[0]))))
              or not _OWNED_TOPIC.match(text, _end_of(mentions, sentence, a[0]))]
    # "arrived in Havana from New York, where he attended the Summit of the Future": held in the city the clause opens on
    where = next((m for m in mentions if m.kind == "city" and m.end - sentence.start < trigger.start()
                  and WHERE_CLAUSE.match(text, m.end - sentence.start, trigger.start())), None)
    if where is not None:
        actors = [a for a in actors if a[2] not in ("place", "country") or a[0] >= where.start - sentence.start]
        mentions = [m for m in mentions if m.kind != "city" or m is where]
    # (a city or demonym in a comment after it names no one: "..., as Beijing deepens its footprint in Moscow's backyard")
    codes = list(unique(code for pos, code, how in actors
                         if (how not in ("country", "place") and (pos < limit or how in ("person", "description", "reference")))
                         or pos < trigger.start() or (pos < limit and _ATTENDEES.search(text[max(0, pos - 40):pos])
                                                      # "with deep-sea mining and China's growing influence on the agenda"
                                                      and not _POSSESSED_TOPIC.match(text, _end_of(mentions, sentence, pos)))))
    # a city that acts ("the war that Kyiv fears would ...") is no venue: the venue follows a preposition
    cities = [m for m in mentions if m.kind == "city" and not topic_place(text, m.start - sentence.start)
              and ((m.start - sentence.start < 3 and not _CITY_ACTS.match(text, m.end - sentence.start))
                   or _VENUE_BEFORE.search(text, max(0, m.start - sentence.start - 30), m.start - sentence.start))]
    # "HANOI - To Lam returned to Hanoi, concluding a trip to France, where he attended the summit": held elsewhere
    came_home = any(_HOMECOMING.search(text, max(0, m.start - sentence.start - 30), m.start - sentence.start) for m in cities)
    cities = [] if came_home else cities
    city_name, city_country = _city(ctx, cities)  # ("Kingstown, 19 July 2023 - ... co-chaired the Summit ... in Brussels")
    if city_country:
        codes.append(city_country)
    for m in mentions:  # "Kazakhstan's capital", "the Nigerian capital", "Kyrgyzstan, where ..."
        rest = text[m.end - sentence.start:]
        if m.kind in ("country", "demonym") and re.match(r"(?:'s?\s+capital|\s+capital|,\s+where)", rest) and not re.search(
                r"\bsince\b", text[trigger.end():m.start - sentence.start]):  # (not "... since they signed it in the Turkish capital")
            codes.append(m.key)
            capital = ctx.gaz.capital_of(m.key) if city_name is None and CAPITAL_AFTER.match(rest) else None
            city_name = capital.name if capital else city_name
        elif m.kind == "country" and re.search(r"\b(?:in|at)\s+(?:[A-Z][\w'-]+\s){0,2}[A-Z][\w'-]+,\s+$", text[:m.start - sentence.start]):
            codes.append(m.key)  # "in Brussels, Belgium": the venue's country, though the city stands for the EU
        elif m.kind == "country" and city_country is None and m.start - sentence.start > trigger.start() and re.search(
                rf"\b(?:[Ss]ummit|[Ff]orum|[Cc]onference)(?:\s+of\s+the(?:\s+[A-Z][\w'-]*){{1,6}})?\s+(?:held\s+)?in\s+(?:the\s+)?{COMPASS}$",
                text[:m.start - sentence.start]):
            codes.append(m.key)  # "the summit of the European Political Community in Spain": the venue's country
    if ctx.dateline_city is not None and sentence.start <= ctx.dateline_at and not came_home and (
            city_country is None or city_country == ctx.dateline_city.iso3):
        # "ABUJA - West African leaders ..." (not "SANTIAGO - The summit was held in Brasilia")
        codes.append(ctx.dateline_city.iso3)
        city_name = city_name or ctx.dateline_city.name
    # "leaders imposed sanctions on Niger ... if President Bazoum was not restored", "admitted Somalia": acted upon, not present
    acted_on = {m.country for m in mentions if m.kind in ("country", "demonym") and m.country and _ACTED_ON.search(
        text[max(0, m.start - sentence.start - 60):m.start - sentence.start])}
    # "with Myanmar's junta chief barred", "Myanmar, which was excluded": kept away
    acted_on |= {m.country for m in mentions if m.kind in ("country", "demonym", "person") and m.country and _BARRED_AFTER.match(
        text, m.end - sentence.start)}
    codes = [c for c in unique(codes) if c not in acted_on or c == city_country]
    both = _BOTH.match(text, len(text) - len(text.lstrip()))
    if both and ctx.pair and both.end() <= trigger.start() and _PRESENT.match(text, both.end()):
        codes = list(unique([*ctx.pair, *codes]))  # "The two leaders had already coincided at the CELAC summit": the pair
    group = _GROUP.search(text[:trigger.start()])
    if group and ctx.group and len(ctx.group) == number_of(group.group(1)):
        codes = list(unique([*ctx.group, *codes]))  # "The three countries last held a summit in Chengdu": those of the story
    if not codes and org is None:
        return None
    if not codes:
        return None
    leaders = unique(code for pos, code, how in actors if how in ("person", "description", "reference", "demonym"))
    if org is None and not tentative and len(leaders) == 2 and len(set(codes) - {city_country}) <= 2 and re.match(r"summit\b", trigger.group(), re.I) and (re.search(
            r"\b(?:first|second|third|their|his|her|bilateral|own|(?:held|hold|holds|holding)\s+an?)\s+(?:[\w-]+\s+)?$",
            text[max(0, trigger.start() - 25):trigger.start()], re.I) or re.match(r"summit\s+(?:with|between)\b", text[trigger.start():], re.I)) \
            and not re.search(r"\b[A-Z]{2,}[-\u2013][A-Z]{2,}\s+$", text[:trigger.start()]):  # (not "the second ASEAN-GCC Summit")
        # "Lee, Xi hold first summit", "held his second summit with Takaichi": two leaders' meeting
        return Event("Meeting", tuple(sorted(leaders)), [], city=city_name, persons=_persons(mentions, set(leaders)))
    noun = _SUMMIT_NOUN.search(text, trigger.start())  # "attended the ASEAN-U.S. summit": named before its noun
    at = noun.start() if noun else trigger.start()
    label = _SUMMIT_LABEL.search(text[max(0, at - 60):at])
    if label:  # "the ASEAN-China summit": China took part
        for part in re.split(r"[-\u2013]", label.group(1)):
            code = ctx.gaz.country_by_name(part.strip())
            if code and code not in codes:
                codes = sorted([*codes, code])
    return Event("Summit", tuple(sorted(codes)), [], organization=org, city=city_name, tentative=tentative,
                 label=re.sub(r"[\s.\u2013-]+", " ", label.group(1)).strip().lower() if label else None,
                 persons=_persons(mentions, set(codes)))


def _attached(text: str, trigger: re.Match, orgs: list, sentence) -> bool:
    """Does an organisation name the summit word itself ("the Arab League summit", "the summit of the
    Arab League", "the ASEAN-China summit")? Else an organisation nearby is another topic."""
    for m in orgs:
        start, end = m.start - sentence.start, m.end - sentence.start
        if end <= trigger.start() and re.fullmatch(r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+){0,3}", text[end:trigger.start()]):
            return True
        if start >= trigger.end() and re.fullmatch(r"\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", text[trigger.end():start]):
            return True
    return False


# capitals that in news usually stand for an organisation seated there, not for their country
ORGANISATION_SEATS = frozenset({"Brussels", "Geneva", "Strasbourg", "The Hague", "Luxembourg"})
_ACTED_ON = re.compile(r"\b(?:(?:sanctions|measures|embargo|restrictions)\s+(?:[\w-]+\s+){0,3}(?:on|against)|admitted|admission\s+of|"
                       r"suspended|expelled|approved)\s+(?:the\s+)?$", re.I)
_BARRED_AFTER = re.compile(r"(?:['\u2019]s?)?(?:\s+[\w'-]+){0,3}?,?\s+(?:which\s+|who\s+)?(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?"
                           r"(?:barred|excluded|banned|suspended|not\s+invited|uninvited)\b", re.I)
_PRAISED_FOR = re.compile(r"\b(?:congratulat\w+|thank(?:ed|s|ing)|prais\w+|commend\w*|laud\w+|hail\w+)\s+(?=[^.;]{0,80}?\b(?:on|for)\b[^.;]{0,80}$)", re.I)
BRIEFED_ON = re.compile(r"\b(?:briefed|brief(?:s|ing)|informed|updated)\s+(?P<told>[^.;]{1,80}?)\s+(?:on|about|of)\b", re.I)
_COUNT_WORDS = r"two|three|four|five|six|seven|eight|nine|ten"  # a count of countries or leaders a story may name
_COUNTED_IMPOSERS = re.compile(rf"\b({_COUNT_WORDS})\s+(?:[A-Z][\w-]*\s+)?(?:countries|nations|governments|allies)\b", re.I)
_SIGNED_BY = re.compile(r"[^.;]{0,80}?\bby\s+")
_AGENTS_END = re.compile(r",\s+(?:following|under|in\s+the\s+presence|with|after|as|which|who|ending|when)\b|"
                         r"\b(?:under\s+the\s+auspices|facilitated|mediated|brokered|witnessed)\b|;")
# a country's company ("Azerbaijan's state energy firm SOCAR", "Hungarian oil company MOL")
_FIRM_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:state(?:-owned|-run)?\s+)?(?:[\w-]+\s+){0,2}?(?:company|firm|group|corporation|giant|"
                         r"producer|operator|conglomerate|utility|lender|carrier|exporter)\b", re.I)
# an organisation one makes a deal with is a partner, not the gathering or "the bloc" of the story
DEAL_WITH = re.compile(r"\b(?:agreement|deal|pact|treaty|accord|negotiations|talks)\s+(?:[\w-]+\s+){0,2}?(?:with|between)\s+(?:the\s+)?$", re.I)
_HOMECOMING = re.compile(r"\b(?:returned|returning|back|home)\s+(?:home\s+)?to\s+$", re.I)
_VENUE_BEFORE = re.compile(r"(?:\b(?:in|at|to|from|of|near|outside|into|for|hosted\s+by|host)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}|[,(\u2014-]\s*)$", re.I)
# what one attends that is no gathering of countries (unless it is part of a summit: "the opening ceremony of the summit")
_NO_GATHERING = re.compile(r"\s+(?:in\s+)?(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?(?:[\w'\u2019.-]+\s+){0,4}?(?:inauguration|swearing-in|investiture|"
                           r"parade|funeral|coronation|wedding|celebrations?|festivities|festival|fest|expo|exhibition|games|olympics|"
                           r"talks|negotiations|banquet|dinner|luncheon|lunch|reception|concert|mass|commemorations?|memorial)\b"
                           r"(?!\s+(?:of|at|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:summit|forum|conference)\b)", re.I)
_SUMMIT_NOUN = re.compile(r"\b(?:summit|forum|conference|meeting)\b", re.I)
# the name of one summit among several ("the ASEAN-U.S. summit", "ASEAN Plus Three", "the 43rd ASEAN Summit")
_SUMMIT_LABEL = re.compile(r"\b((?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w.]*(?:\s?[-\u2013]\s?[A-Z][\w.]*)+|[A-Z]{2,}\s+Plus\s+\w+|"
                           r"\d+(?:st|nd|rd|th)\s+[A-Z][\w]*)\s+(?:[\w'-]+\s+){0,2}$")
_WITNESSES = re.compile(r"\bwith\s+[^.;]{1,80}?\b(?:(?:standing\s+(?:beside|behind|by)\s+(?:them|him|her)\s+)?as\s+witnesses|looking\s+on|in\s+attendance)\b"
                        r"|\b(?:in\s+front\s+of|witnessed\s+by)\s+[^,.;]{1,80}")  # "signing a peace deal in front of Trump"
_TIME_APART = re.compile(r"(?:,|\b(?:came|comes|followed|follows|took\s+place))\s+(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|just|only|\d+)\s+)?"
                         r"(?:days?|weeks?|months?|years?)\s+(?:after|before)\b")
_EARLIER_VISIT = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:last|previous|most\s+recent|earlier|preceding)\s+(?:[\w-]+\s+)?visit\b(?!\s+to\b)")
_WITNESSED = re.compile(r"\b(?:witness(?:ed|es|ing)?|oversaw|overseeing|observed|presided\s+over)\s+(?:the\s+|a\s+)?$", re.I)
_DOMESTIC_SIGNING = re.compile(r"\bsign(?:ed|s|ing)?\s+(?:an?\s+|the\s+|into\s+)?(?:[\w-]+\s+){0,3}?(?:presidential\s+memorandum|"
                               r"(?:executive\s+order|decree|law|bill|budget|ordinance)s?\b|"
                               # "signed a memorandum restoring his 'maximum pressure' campaign": an order, not an agreement
                               r"memorandum\s+(?:restoring|reinstating|directing|ordering|instructing|authori[sz]ing|imposing|calling))", re.I)


_WHERE_HE = re.compile(r",\s+where\s+(?:he|she)\s+(?:also\s+|then\s+|later\s+)?$")
_WITH_WHOM = re.compile(r",\s+with\s+whom\s+(?:he|she|they|the\s+\w+)\s+(?:also\s+|then\s+|later\s+)?$")


def _build_signing(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    if not _AGREEMENT_NOUN.search(text) or _DOMESTIC_SIGNING.search(text):
        return None  # a president signing a decree or an executive order is not an agreement
    t0 = trigger.start()
    if re.fullmatch(r"signing", trigger.group(), re.I) and re.search(r"\b(?:after|before|following|since|until|ahead\s+of)\s+the\s+$",
                                                                   text[:t0], re.I) and not re.match(r"\s+(?:of|by)\b", text[trigger.end():]):
        return None  # "Before the signing, the two leaders held talks": a time named by the signing told
    # who only looked on: "Trump and Anwar looked on as Thai PM Anutin and his Cambodian counterpart signed"
    looked = re.search(r"\b(?:(?:looked\s+on|watched|stood\s+by)\s+as|presided\s+over\s+(?:[\w-]+\s+){0,3}?(?:ceremony|signing)\s+"
                       r"(?:at\s+which|in\s+which|where))\b", text[:t0])  # ("presided over a ceremony at which A and B signed")
    if looked and any(pos > looked.end() for pos, _, _ in actors):
        actors = [a for a in actors if a[0] > looked.end()]
    # "..., with Trump and Anwar standing beside them as witnesses": no parties either
    for witness in _WITNESSES.finditer(text, t0):
        actors = [a for a in actors if not witness.start() <= a[0] < witness.end()]
    # a clause of its own after the trigger names no party: "The pact was signed eight days after Israel struck Doha",
    # "Around 60 countries signed the declaration, but the United States and Britain declined to sign it"
    aside = re.search(r"\b(?:after|before|since|amid|while|whereas)\s+(?=(?:the\s+)?[A-Z])|,?\s+but\s+(?=[^.;]{0,80}?\b(?:declined|refused|"
                      r"did\s+not|didn't|would\s+not|won't|failed)\b)", text[trigger.end():])
    if aside:
        actors = [a for a in actors if a[0] < trigger.end() + aside.start()]
    # "The Ankara Declaration was signed on December 11 in the Turkish capital by Abiy and Hassan Sheikh, following talks
    # facilitated by Erdogan": the agents are the parties, not the venue nor the mediator
    agents = _SIGNED_BY.match(text, trigger.end()) if re.search(r"(?:\b(?:was|were|been|being)\s+(?:\w+\s+)?|,\s*)$", text[:t0]) else None
    if agents:
        stop = _AGENTS_END.search(text, agents.end())
        end = stop.start() if stop else len(text)
        named = [a for a in actors if agents.end() <= a[0] < end and a[2] != "place"]
        if len({code for _, code, _ in named}) >= 2:
            actors = named
    # "Tokayev paid a state visit to the UAE, and Mirziyoyev visited Doha in March, where he signed agreements": the
    # one who went there, and the place he went to
    where = _WHERE_HE.search(text, 0, t0)
    traveller = [a for a in actors if a[0] < where.start() and a[2] in ("person", "description")][-1:] if where else []
    if traveller:
        # (not when an organisation is the other party: "travelled to Nairobi, where he signed the Treaty of Accession" to the EAC)
        went = [(m.start - sentence.start, m.country, "place") for m in mentions if m.kind in ("city", "country") and m.country
                and traveller[0][0] < m.start - sentence.start < where.start()][-1:] if not (orgs or _ACCESSION_DEED.search(text)) else []
        actors = traveller + went + [a for a in actors if a[0] >= where.end()]
    # "In Cairo, he met Sisi, and in Doha he was received by Emir Tamim, with whom he signed agreements": the
    # traveller and the one named just before "with whom"
    whom = _WITH_WHOM.search(text, 0, t0)
    named = [a for a in actors if a[0] < whom.start() and a[2] in ("person", "description", "reference")] if whom else []
    if named:
        actors = [a for a in actors if a[0] >= whom.start() or a == named[-1] or (a == named[0] and a[1] != named[-1][1])]
    # "Qatar, which hosts the largest U.S. air base in the region, has ... signed": not a party
    asides = [(a.start(), a.end()) for a in RELATIVE_ASIDE.finditer(text, 0, t0)]
    actors = [a for a in actors if not any(start < a[0] < end for start, end in asides)]
    # "Hungarian oil company MOL and Azerbaijan's state energy firm SOCAR signed": companies, not their states
    firms = [m for m in mentions if m.kind in ("country", "demonym") and m.start - sentence.start < t0
             and _FIRM_AFTER.match(text, m.end - sentence.start)]
    if firms and all(any(m.start - sentence.start == pos for m in firms) or how == "place" for pos, _, how in actors if pos < t0) \
            and len(firms) >= len({m.country for m in firms}) >= 2 and not any(how in ("person", "description") for _, _, how in actors):
        return None
    group = _GROUP.search(text[:t0])
    # "The leaders signed a declaration" after a gathering of three or more: its members
    gathered = re.match(rf"\s*(?:The|All\s+the)\s+(?:(?!(?:{_COUNT_WORDS})\b)[\w-]+\s+)?leaders\s+"
                        r"(?:also\s+)?$", text[:t0]) and ctx.group and len(ctx.group) >= 3
    if ((group and ctx.group and len(ctx.group) == number_of(group.group(1))) or gathered) and not any(pos < t0 for pos, _, _ in actors):
        # "The six leaders signed a treaty": the six the story named
        return Event("AgreementSigning", tuple(sorted(ctx.group)), [], persons=_persons(mentions, set(ctx.group)))
    # the parties: who signs (the subject), and who it is signed with or between
    # (not one that a state before it is "with": "has a Visiting Forces Agreement with the United States ..., and signed ...")
    subject = [code for pos, code, how in actors if pos < t0 and not _HAS_WITH.search(text, max(0, pos - 130), pos)]
    signers = list(unique(code for pos, code, how in actors if pos < t0 and how != "place" and code in subject and not re.search(
        r"\b(?:in|at)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?$", text[max(0, pos - 20):pos], re.I)))
    if len(signers) >= 2:  # "At the G7 summit in Apulia, Biden and Zelensky signed": the two, not the venue's country
        subject = signers
    # (and "..., a day after the Russian leader signed a defence pact with North Korea": that clause's subject)
    own_clause = [m.end() for m in re.finditer(r"\b(?:as|while|whereas)\s+(?=[A-Z])|" + _ANOTHER_DAY, text[:t0])]
    if own_clause and any(own_clause[-1] <= pos < t0 for pos, _, _ in actors):  # "Modi woos Pacific as Blinken signs defence pact": Blinken's
        subject = [code for pos, code, how in actors if own_clause[-1] <= pos < t0]
    # (in the signing's own clause: not "..., as New Delhi sought to shore up its influence after years of rivalry with China")
    other_clause = re.search(r",\s+(?:as|while|whereas|amid|since|when)\s", text[t0:])
    partners = [code for pos, code, how in actors if t0 <= pos < (t0 + other_clause.start() if other_clause else len(text)) and how != "place"
                and re.search(r"\b(?:with|between|&)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$|\bbetween\s+[^,;]{0,40}\band\s+(?:the\s+)?$",
                              text[max(0, pos - 60):pos])]
    # ("The treaty, signed by Albanese and Natano in Rarotonga": its signers, not the venue's country)
    if len(set(partners)) >= 2 and _WITNESSED.search(text, 0, t0):
        subject = []  # "Trump witnessed the signing of a peace declaration between Thailand and Cambodia": its two parties
    acting = list(unique(code for _, code, how in actors if how != "place"))
    codes = list(unique([*subject, *partners])) or (acting if len(acting) >= 2 else list(unique(code for _, code, _ in actors)))
    if len(codes) == 1:  # "Panama signed the memorandum during a state visit to Beijing": the host signs too
        where = next((m.country for m in mentions if m.kind in ("city", "country") and m.start - sentence.start >= t0
                      and m.country not in codes and re.search(r"\b(?:visit|trip|tour)\s+to\s+(?:the\s+)?$",
                                                               text[max(0, m.start - sentence.start - 20):m.start - sentence.start])), None)
        if where:
            codes.append(where)
    org = next((m.key for m in mentions if m.kind == "org" and (
        m.start - sentence.start < t0 or re.search(r"\bwith\s+(?:the\s+)?$", text[max(0, m.start - sentence.start - 12):m.start - sentence.start]))
        and not _ORG_OFFICIAL.search(text[max(0, m.start - sentence.start - 40):m.start - sentence.start])), None)
    if _ACCESSION_DEED.search(text) and ctx.last_org:  # "signed his country's protocol of accession"
        org = ctx.last_org
        codes = list(unique(subject)) or codes[:1]
    group = _GROUP.search(text)
    if group and ctx.group and len(ctx.group) == number_of(group.group(1)) and len(codes) < len(ctx.group):
        codes = list(ctx.group)  # "The three leaders signed a joint declaration"
    for m in mentions:  # "Myanmar-Belarus Roadmap", "the Papua New Guinea-Australia Mutual Defence Treaty"
        start, end = m.start - sentence.start, m.end - sentence.start
        if m.kind in ("country", "demonym") and (re.match(r"[-\u2013][A-Z]", text[end:end + 2])
                                                 or re.search(r"[A-Za-z][-\u2013]$", text[max(0, start - 2):start])):
            codes.append(m.country or m.key)
    codes = list(unique(codes))
    if len(codes) < 2 and (_BOTH.search(text) or re.search(r"\b(?:[Tt]he|[Bb]oth)\s+(?:parties|sides)\b", text)) and ctx.pair:
        codes = list(ctx.pair)  # ("Following the talks, the parties signed about a dozen documents": the story's pair)
    if len(codes) < 2 and re.search(r"\b(?:this|that|the) country\b", text) and ctx.recent_countries:
        codes = list(unique([*codes, ctx.dm.main_country, ctx.recent_countries[-1]]))
    if len(codes) == 1 and org and (org in {m.key for m in mentions if m.kind == "org"} or _ACCESSION_DEED.search(text)):
        pass  # "Uzbekistan and the European Union signed a memorandum": one country and an organisation
    elif len(codes) < 2:
        org = None
        fallback = [ctx.dm.main_country, *reversed(ctx.recent_countries)]
        codes = list(unique([*codes, *fallback]))[:2]
    else:
        org = None
    if not codes or (len(codes) < 2 and org is None):
        return None
    about_text = None
    named = _NAMED_AGREEMENT.search(text)
    about = _SUBJECT.search(text)
    if about:
        about_text = about.group("s").strip()
    elif named:
        about_text = named.group("s").strip()
    count = None
    cm = _COUNT.search(text)
    if cm:
        count = number_of(cm.group("n"))
    city_name, _ = _city(ctx, mentions, sentence)
    alone = list(unique(subject))
    if len(alone) == 1 and len(unique(partners)) >= 2 and _SEPARATE_DEALS.match(text, trigger.end()):
        # "signed bilateral security agreements with Japan and the Netherlands": one signing with each
        return [Event("AgreementSigning", tuple(sorted({alone[0], other})), [], city=city_name, agreement_subject=about_text,
                      persons=_persons(mentions, {alone[0], other}), organization=org)
                for other in unique(partners) if other != alone[0]]
    return Event("AgreementSigning", tuple(sorted(codes)), [], city=city_name, agreement_subject=about_text,
                 agreement_count=count, persons=_persons(mentions, set(codes)), organization=org)


_SEPARATE_DEALS = re.compile(r"[^.;]{0,60}?\b(?:bilateral|separate)\b[^.;]{0,40}?\bwith\b")


# "Liberia and Afghanistan joined in July 2016": joined what the story is about
_NO_OBJECT = re.compile(r"\s*(?:(?:the|its)\s+(?:(?:two|three|four|five|six)\s+)?(?:original|founding|first|other)\s+(?:\w+\s+)?(?:members|states|countries|nations|four|five|six|three)\b|"
                        r"as\s+(?:the\s+|its\s+)?(?:\d+\w*|first|second|third|newest|latest|new|full|\w+th)\s+(?:full\s+)?member\b|(?:in|on|since)\s+(?:early\s+|late\s+|mid-)?(?:(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b|\d)|(?:last|this|earlier)\s+(?:year|month|week)\b|"
                        r"the\s+(?:previous|following|same)\s+year\b|(?:at|from)\s+the\s+(?:start|beginning|end|turn)\s+of\b|(?:a|one|two|three|four|five)\s+years?\s+(?:later|earlier)\b|[,.;]|$)")


def _build_accession(ctx, sentence, mentions, actors, orgs, trigger, found):
    text = sentence.text
    t0, t1 = trigger.start(), trigger.end()
    word = trigger.group().lower().removeprefix("re")  # "rejoined OPEC": joined it again
    org = None
    org_mentions = [m for m in mentions if m.kind == "org"]
    ends = {m.start - sentence.start: m.end - sentence.start for m in mentions}
    if re.match(r"(?:full\s+member|member)", word) and not re.search(
            r"\b(?:bec[oa]me?s?|becoming|(?:is|are)\s+now|granted|gained|gaining|obtained|achieved|won|admitted\s+as|accepted\s+as|"
            r"incorporated\s+as|welcomed|"
            r"elevated\s+to|upgraded\s+to|acceded|joined\s+as)\b[^.;]{0,40}$", text[:t0], re.I) and not re.match(
            r"[^.;]{0,30}?\bsince\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d", text[t1:]) and not _TOOK_EFFECT.match(text, t1):
        # ("a full member since July 2024" is dated; "Finland's membership took effect on April 4, 2023" is the joining)
        return None  # "its first summit as a full member": taking part as one, not becoming one
    if word.startswith("followed"):
        # "Finland joined NATO on April 4, 2023, and Sweden followed in March": the joining just told
        told = ctx.last_accession
        subject = [code for pos, code, how in actors if pos < t0 and how in ("country", "person", "demonym")
                   and not re.search(r"[,;]", text[pos:t0])][-1:]
        if word.endswith("by"):  # "Finland became NATO's 31st member in April 2023, followed by Sweden in March 2024"
            subject = [code for pos, code, how in actors if t1 <= pos < t1 + 3 and how == "country"]
        if told is None or sentence.start - told[1] > 400 or not subject:
            return None
        return [Event("Accession", (subject[0],), [], organization=told[0], persons=_persons(mentions, set(subject)))]
    if word.startswith("join") and re.match(r"\s+(?:in\s+(?:\w+ing|the\s+\w+)|with|for|by|forces|hands|efforts|talks|them|him|her|us|me|"
                                            # "joined the leaders of the other APEC economies", "to join the Group of Seven summit"
                                            r"(?:the\s+)?(?:other\s+)?(?:leaders|heads|presidents|ministers|counterparts|colleagues|delegations)\b|"
                                            r"(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:talks|call|meeting|summit|"
                                            r"session|delegation|ceremony|celebrations|discussion|negotiations|conference|gathering|dinner|lunch|tour))\b", text[t1:]):
        return None  # "joined in condemning", "joined the talks": taking part, not becoming a member
    if _EURO.search(word) or (word.startswith("join") and _EURO.match(text, t1)):
        org = "EUROZONE"  # "switched to the euro", "the first country to join the euro"
    elif word.startswith("join") or word.startswith("accession"):
        after = [m for m in org_mentions if 0 <= m.start - sentence.start - t1 <= 45]
        after = [m for m in after if not re.match(
            r"\W{0,3}\s*(?:[\w-]+\s+){0,2}(?:leaders|members|counterparts|heads|partners|colleagues|delegations?|summit|"
            r"meeting|talks|call|session|forum|ministers|statement|declaration|efforts|mission|operation|exercises?)\b",
            text[m.end - sentence.start:])]  # "joined other BRICS leaders": met them, joined nothing
        org = after[0].key if after else (ctx.last_org if re.match(r"\s*(?:to\s+)?" + ORG_REF.pattern, text[t1:], re.I)
                                          or (word == "joined" and _NO_OBJECT.match(text[t1:]))
                                          or (word == "join" and _NO_OBJECT.match(text[t1:]) and not re.match(r"\s*(?:[,.;]|$)", text[t1:]))
                                          # "Finland completed its accession on 4 April 2023": to the story's organisation
                                          or (word == "accession" and re.search(r"\b(?:completed|finali[sz]ed)\s+(?:its|their|her|his)\s+$", text[:t0]))
                                          else None)
    elif word.startswith(("expand", "enlarg", "added")):
        # "The bloc ... expanded last year to include Iran, Egypt ...": the organisation that is the subject
        # (and in a clause of its own, "..., and expanded last year to include ...": the organisation told just before)
        subject = [m for m in org_mentions if m.start - sentence.start < t0] or (
            [m for m in ctx.mentions_between(sentence.start - 300, sentence.start) if m.kind == "org"]
            if re.fullmatch(r"\s*(?:and\s+)?", text[:t0]) else [])
        org = subject[-1].key if subject else (ctx.last_org if ORG_REF.search(text[:t0]) else None)
    else:
        org = org_mentions[0].key if org_mentions else (ctx.last_summit_org or ctx.last_org)
    # "Croatia is the first country to join the euro area since Lithuania in 2015", "The last countries to join were
    # Liberia on July 14, 2016 and ...": a list of earlier members, each joining in its own year
    gap = re.match(r"[^,;.]{0,90}?(?=\s*,?\s*(?:since|after)\b)", text[t1:])
    earlier = NTH_TO_JOIN.search(text[:t0]) and gap and _EARLIER_JOINERS.match(text, t1 + gap.end())
    last = _LAST_TO_JOIN.search(text[:t0]) and _LAST_WERE.match(text, t1)
    if org is None and (earlier or last):
        org = ctx.last_org  # "They are the first countries to join since Liberia and Afghanistan": the story's organisation
    if org is None or re.match(r"[^.;,]{0,90}?\bas\s+(?:an?\s+)?[\"'\u201c]?(?:dialogue\s+)?(?:partner|observer|associate)", text[t0:]):
        return None
    joiners: list[str] = []
    admitted = re.search(r"\b(?:admission|accession|decision|bid|application|request)\s+of\s+", text)
    if admitted:  # "approved the admission of the Republic of Azerbaijan as the ninth member", "the decision of Indonesia to join"
        joiners = [m.country for m in mentions if m.kind == "country"
                   and 0 <= m.start - sentence.start - admitted.end() <= 25][:1]
    if word.startswith("accession") and not joiners and re.search(r"\b[Tt]he\s+$", text[:t0]) and not re.match(r"\s+(?:of|to)\b", text[t1:]):
        return None  # "Shannon said the accession showed that ...": the joining told already, not the speaker's country's
    # "leaders admitted Gabon and Togo", "voted to readmit Syria", "welcomed Timor-Leste as the bloc's 11th member"
    if re.match(r"(?:re-?)?admit|expand|enlarg|added|welcomed", word) and not joiners:
        after = [(pos, code) for pos, code, how in actors if pos >= t1 and how in ("country", "place")]
        for i, (pos, code) in enumerate(after):
            gap = text[t1:pos] if i == 0 else _gap(text, after[i - 1][0], after, ends)
            if not re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*(?:the\s+)?", gap):
                break
            joiners.append(code)
        if not joiners and not re.match(r"(?:re-?)?admit\w*\s+(?:as|to|into)\b", word):
            return None  # "admitted Russian officials": not a country joining
    # "Sweden's accession was ratified" (not "Finland joined on 4 April, but Sweden's bid was held up", nor "ratified
    # Sweden's bid ... after Stockholm applied along with Finland, which became the 31st member": Finland)
    possessive = re.search(r"\b([A-Z][\w-]+)(?:'s?)\s+(?:\w+\s+){0,2}(?:accession|membership|bid)\b", text[:t1])
    relative = re.search(r",\s+(?:which|who)\s+(?:\w+\s+){0,2}$", text[:t0])
    if possessive and relative and possessive.end() < relative.start():
        possessive = None
    if possessive and not joiners:
        code = ctx.gaz.country_by_name(possessive.group(1))
        joiners = [code] if code else []
    if not joiners and not any(pos < t0 for pos, _, _ in actors) and re.search(r"\b[Ii]t\s+(?:\w+\s+){0,2}$", text[:t0]):
        named = next((m.country for m in reversed(ctx.mentions_between(0, sentence.start)) if m.kind == "country"), None)
        joiners = [named] if named else []  # "Remember Croatia? It joined Schengen on January 1, 2023": the country just named
    if not joiners:
        before = [(pos, code) for pos, code, how in actors if pos < t0 and how in ("country", "place", "person", "reference")]
        if before:
            joiners = [before[-1][1]]
            # "India and Pakistan became full members": every country of the subject list (but "ten members:
            # Brazil, ... and Indonesia, which became the first Southeast Asian member": the last alone)
            relative = re.search(r",\s*(?:which|who)\b", text[ends.get(before[-1][0], before[-1][0]):t0]) and (re.search(
                r"\bmember\b", text[t0:t0 + 60])  # (a list "..., which joined on 1 January": all of it)
                or re.search(r"\bfound(?:ers?|ing\s+members?)\b", text[:before[-1][0]]))  # ("after founders A, B and C, and D, which joined")
            for pos, code in reversed(before[:-1] if not relative else []):
                if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", _gap(text, pos, before, ends)):
                    break
                joiners.insert(0, code)
    listed_end = None  # "Bulgaria joined the EU on January 1, 2007, together with Romania": both joined ("along with A and B": all)
    for m in mentions:
        pos = m.start - sentence.start
        if joiners and m.kind == "country" and pos > t1 and (re.search(r"\b(?:(?:together|along)\s+with|alongside)\s+(?:the\s+)?$", text[max(t1, pos - 20):pos])
                                                            or (listed_end is not None and re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?",
                                                                                                        text[listed_end:pos]))) \
                and not re.search(r";|\.(?!\s*\d)", text[t1:pos]):  # (not "Jan. 1, 2025")
            joiners.append(m.country)
            listed_end = m.end - sentence.start
        elif m.kind == "country":
            listed_end = None
    joiners = list(unique(joiners))
    if last or earlier:  # (the newcomer's own joining is told elsewhere in the story)
        return _joined_before(ctx, sentence, mentions, org, (last or earlier).end())
    if not joiners:
        return None
    events = [Event("Accession", (code,), [], organization=org, persons=_persons(mentions, {code})) for code in joiners]
    gapped = _GAPPED_JOINER.match(text, t1)
    named = gapped and next((m.country for m in mentions if m.kind == "country" and m.start - sentence.start == gapped.start("who")), None)
    dates = [d for d in find_dates(text[gapped.end("who"):], ctx.published, ctx.year) if not d.relative][:1] if named else []
    if dates and named not in joiners:  # "Estonia adopted the euro on 1 January 2011 and Latvia on 1 January 2014": both
        later = Event("Accession", (named,), [], organization=org, persons=_persons(mentions, {named}))
        later.date, later.explicit_date = dates[0].date, True
        events.append(later)
    return events


_TOOK_EFFECT = re.compile(r"[^.;]{0,40}?\b(?:took|takes|came|comes)\s+(?:effect|into\s+(?:force|effect))\b")
# the joining told once for two countries, each with its own date
_GAPPED_JOINER = re.compile(r"[^,;.]{0,40}?\s(?:in|on)\s+[^,;]{1,25}?(?:,?\s+and\s+(?:then\s+)?|,\s+)(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
                            r"\s+(?:followed\s+)?(?:suit\s+)?(?:in|on)\s+(?=\d|[A-Z][a-z]+\s+\d)")


NTH_TO_JOIN = re.compile(r"\b(?:is|are|was|were|becomes?|became)\s+the\s+(?:[\w-]+\s+){0,3}?(?:country|countries|nation|nations|"
                          r"member|members|state|states|newcomer|newcomers)\s+to\s+$")
_LAST_TO_JOIN = re.compile(r"\b(?:last|latest|newest|most\s+recent|previous)\s+(?:\w+\s+)?(?:countries|members|states|country|member|state|newcomers?)\s+to\s+$", re.I)
_LAST_WERE = re.compile(r"[^,;.]{0,60}?\s+(?:were|was)\b")
_EARLIER_JOINERS = re.compile(r"\s*,?\s*(?:since|after)\s+(?:founders?\s+|the\s+)?")


def _joined_before(ctx, sentence, mentions, org, start: int) -> list[Event]:
    """The countries of "..., since Liberia and Afghanistan in 2016", "after Mexico, which became a member
    in 1994, Chile, in 2010, and Colombia, which completed its accession on 28 April 2020", each dated by
    the date told between it and the next one (the countries before a shared date share it)."""
    text = sentence.text
    end = re.search(r"[;:]|\.\s|$", text[start:]).start() + start
    listed = [m for m in mentions if m.kind == "country" and start <= m.start - sentence.start < end]
    out = []
    for m, following in zip(listed, [*listed[1:], None]):
        span = text[m.end - sentence.start:(following.start - sentence.start) if following else end]
        year = re.match(r"\W*(?:in\s+)?((?:19|20)\d\d)\b(?!\s+[A-Z])", span)
        dates = [d for d in find_dates(span, ctx.published, ctx.year) if not d.relative]
        event = Event("Accession", (m.country,), [], organization=org)
        if year:  # "Chile (2010)", "Chile, in 2010"
            event.date, event.explicit_date = PartialDate(year.group(1)), True
        elif dates:
            event.date, event.explicit_date = dates[0].date, True
        out.append(event)
    shared = None
    for event in reversed(out):  # "since Liberia and Afghanistan in 2016": both then
        if event.date is None and shared is not None:
            event.date, event.explicit_date = shared, True
        shared = event.date or shared
    return out


_EURO = re.compile(r"\s*the\s+(?:euro|single\s+currency)\b(?!\s+(?:area|zone)\b)", re.I)


def _gap(text: str, pos: int, before: list[tuple[int, str]], ends: dict[int, int]) -> str:
    """Text between a subject-list country and the next one ("India and Pakistan")."""
    positions = [p for p, _ in before]
    nxt = positions[positions.index(pos) + 1]
    if pos in ends:  # the mention's own end: "the United Arab Emirates, Egypt"
        return text[ends[pos]:nxt]
    word = re.match(r"[\w'-]+", text[pos:])
    return text[pos + (word.end() if word else 0):nxt]


_OWN_AGENCY = re.compile(r"\b(?:[Ii]ts|[Tt]he)\s+(?:[A-Z][\w-]+\s+){0,2}(?:[Mm]inistry|[Dd]epartment|[Gg]overnment|Treasury|Cabinet)\b(?!\s+of\b)")
_UNDERGONE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+|now\s+|later\s+|first\s+|originally\s+|initially\s+|again\s+)?$", re.I)
_SANCTION_ACT = re.compile(r"\b(?:(?:re-?)?impos\w*|reinstat\w*|suspend(?:ed|s|ing)\s+(?:the\s+)?(?:issuance|export|arms)|announc\w*|adopt\w*|extend\w*|renew\w*|expand\w*|widen\w*|add(?:ed|s|ing)?|returned|restor\w*|designat\w*|sanction(?:ed|ing)|sanctions?(?=\s+(?:(?-i:[A-Z])|\d|(?:two|three|four|five|several|more|top|senior)\s))|slap\w*|retaliat\w*|levi\w*|introduc\w*|approv\w*|target\w*|froze|freez\w*|bann\w*|blacklist\w*|list(?:ed|ing|s)|hit|agreed|align\w*|unveil\w*|tighten\w*|prolong\w*|clos(?:ed|es|ing)|barr\w*|den(?:y|ied|ies|ying)|revok\w*|plac(?:ed|es|ing)|put|countermeasures|(?:came|come|comes)\s+(?:back\s+)?into\s+(?:force|effect)|(?:took|taken|take|takes|taking)\s+(?:similar|the\s+same)|took\s+effect|"
                           r"entered\s+into\s+force)\b", re.I)
_SUBORDINATE = re.compile(r"\b(?:after|as|when|while|since|because|before|once|until|(?:for|under|by|with)\s+which)\s+(?=(?:the\s+)?(?-i:[A-Z]))")
_SANCTION_LIFTED = re.compile(r"\b(?:lift\w*|eas(?:e|ed|es|ing)|remov\w*|suspend\w*|waiv\w*|unfroze|unfreez\w*|end(?:ed|ing)?)\s+(?:[\w-]+\s+){0,4}?"
                             r"(?:sanctions|measures|restrictions|embargo|programme|program|regime)\b|\bsanctions\s+relief\b", re.I)


_SINCE_TALLY = re.compile(r"\b[Ss]ince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b,?\s+(?:[\w.'-]+\s+){0,4}?"
                          r"(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:imposed|sanctioned|designated|listed|targeted|blacklisted)\b|"
                          # "Japan has imposed sanctions on more than 1,000 individuals ... since Russia's invasion"
                          r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:imposed\s+sanctions\s+on|sanctioned|designated|listed|blacklisted)\s+"
                          r"(?:more\s+than|over|some|nearly|about|around|almost)\s+[\d,]{3,}\b[^.;]*?\bsince\b")
_TRADE_HALT = re.compile(r"(?:stopped|halted|suspended|banned|ban|bans|banning|cut\s+off|restricted|curbed)\b", re.I)
_LISTED_PEOPLE = re.compile(r"^[^.;]{0,40}?\b(?:officials|individuals|entities|companies|people|persons|generals|ministers|judges|members)\b")


_HIT_WITH = re.compile(r"\b(?P<verb>hit|hits|hitting|targeted|targets|targeting|slapped|slaps|punished|punishes)\s+"
                       r"(?:[^.;,]{1,80}?)\s+(?P<with>with)\s+(?:[\w-]+\s+){0,3}$")


def _build_sanction(ctx, sentence, mentions, actors, orgs, trigger, found) -> Event | None:
    text = sentence.text
    t0 = trigger.start()
    if _BUILDS_ON.fullmatch(trigger.group()):
        return _earlier_measures(ctx, sentence, mentions, trigger)
    lifted = _SANCTION_LIFTED.search(text)
    if lifted and re.search(r"\b(?:(?:but|and|while|yet|then)\s+(?:[\w-]+\s+){0,3}?|(?:first|originally|initially)\s+)"
                            r"(?:impos\w*|sanctioned|designat\w*|added|listed)\b", text[lifted.end():]):
        # "lifted the programme but imposed new sanctions", "lifting the sanctions the bloc first imposed in May 2011"
        # (not "lifted most of the sanctions imposed on Niger")
        lifted = None
    halt = _TRADE_HALT.match(trigger.group())
    if _SINCE_TALLY.search(text):
        return None  # "Since February 2022, Canada has imposed sanctions on more than 3,000 individuals": a tally, no act
    if not (lifted or halt or _SANCTION_ACT.search(text) or _PASSIVE_TARGET.search(text)):
        return None  # sanctions talked about ("must be implemented"), not imposed
    if re.search(r"\b(?:reject|condemn|denounc|oppos|criticis|criticiz|decr[iy])\w*", text[:t0], re.I) and not re.search(
            r"\b(?:on|last|this|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|January|February|"
            r"March|April|May|June|July|August|September|October|November|December|\d)", text):
        return None  # "a declaration rejecting the blockade and the sanctions against Venezuela": a stance, no act
    parties = []  # (pos, key, is_org)
    listed: list[tuple[int, str]] = []  # (position, country) of officials or companies named as targets
    for m in mentions:
        pos = m.start - sentence.start
        if m.kind in ("country", "agency"):
            parties.append((pos, m.country, False))
        elif m.kind == "org":
            parties.append((pos, m.key, True))
        elif m.kind == "company" and pos > t0 and not re.search(r"\bowned\s+by\s+$", text[max(0, pos - 20):pos]):
            # "sanctions on Rosneft and Lukoil": on Russia (not "Nayara Energy, the Indian refiner part-owned by Rosneft")
            parties.append((pos, m.country, False))
            if not re.search(r"\b(?:that|which|who)\b", text[t0:pos]):  # (not "companies that financed the Wagner Group")
                listed.append((pos, m.country))
        elif m.kind in ("person", "description") and m.country:
            parties.append((pos, m.country, False))
        elif m.kind == "demonym" and re.match(r"\s+(?:[\"'\u201c]?[\w-]+[\"'\u201d]?\s+){0,3}(?:officials|companies|entities|individuals|firms|banks|oligarchs|"
                                               r"groups?|network|military|army|generals|ministers|government|settlers|people|nationals?|citizens?|tankers|vessels|refiner\w*|oil|"
                                               r"conglomerate|firms?|company|businessm[ae]n|tycoons?|entity|party|parties|officers|commanders?|judges?|justices?|"
                                               r"court|prosecutors?|lawmakers|politicians|ministers?|minister|generals?|officials?|manufacturers?|makers?|producers?|"
                                               r"suppliers?|exporters?|importers?|operators?|shippers?|insurers?|brokers?|smugglers?|contractors?|corporations?|chipmakers?|hackers?|"
                                               r"financiers?|facilitators?|organi[sz]ations?|institutions?|agenc(?:y|ies)|ministry|ministries|"
                                               r"gangs?|leaders?|members?|figures?|elites?|economy|sectors?|industr(?:y|ies)|exports?|imports?|LNG|gas|coal|steel|diamonds|gold|uranium|aluminium|timber)\b",
                                               text[m.end - sentence.start:], re.I) or (
                m.kind == "demonym" and m.text.endswith("s") and m.text[:1].isupper()
                and not re.match(r"\s+[a-z]", text[m.end - sentence.start:])):  # "banned 500 Americans"
            parties.append((pos, m.key, False))  # "15 Venezuelan officials", "the Cambodian group"
            listed.append((pos, m.key))
        elif m.kind == "city" and any(a[0] == pos and a[2] == "metonym" for a in actors):
            parties.append((pos, m.country, False))  # "Washington sanctioned ..."
        elif m.kind == "city" and ctx.gaz.cities[m.key].capital and pos > t0 and re.search(r"\b(?:on|against)\s+$", text[max(0, pos - 9):pos]) \
                and ctx.gaz.cities[m.key].name not in ORGANISATION_SEATS:
            parties.append((pos, m.country, False))  # "expanding U.S. sanctions on Pyongyang"
        elif m.kind == "demonym" and pos <= t0 and re.match(r"\s+(?:sanctions|package|measures|restrictions|authorities)\b",
                                                           text[m.end - sentence.start:]):
            parties.append((pos, m.key, False))  # "British sanctions announced on December 19 against ...": Britain's
    passive = _PASSIVE_TARGET.search(text[:t0 + 1])
    reason = re.search(r"\b(?:in\s+response\s+to|in\s+retaliation\s+for|because\s+of|over|after|amid|following)\b", text[trigger.end():])
    target_m = re.search(r"\b(?:on|against|targeting|targetting)\s+", text[t0:trigger.end() + reason.start()] if reason else text[t0:])
    # "U.S. expands Iran oil sanctions in response to missile attack on Israel": the country before the word
    modifier = next((k for p, k, o in reversed(parties) if not o and p < t0 and re.fullmatch(
        r"(?:['\u2019]s)?(?:-related)?\s+(?:(?:oil|energy|nuclear|arms|trade|financial|economic|new|fresh)\s+){0,2}",
        text[_end_of(mentions, sentence, p):t0])), None) if reason else None
    if re.search(r"\b(?:entry|visas?)\b", trigger.group(), re.I):  # "closed entry to 52 citizens of New Zealand"
        target_m = re.search(r"\b(?:to|for|on|against)\s+", text[trigger.end():])
        target_m = target_m and re.search(re.escape(target_m.group()), text[t0:])
    if halt or re.search(r"\b(?:exports?|imports|arms|assets)\b", trigger.group(), re.I):  # "suspended export permits ... to Rwanda"
        # ("stopped all exports to and imports from Israel", "froze the assets of James Kabarebe, Rwanda's minister")
        # ("froze the assets of three North Korean individuals over arms transfers to Russia": those named first)
        target_m = re.search(r"\b(?:to|for|on|against|from|with|of)\s+(?=(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                             r"several|more|dozens\s+of)\s+)?[A-Z])", text[trigger.end():])
        target_m = target_m and re.search(re.escape(target_m.group()), text[t0:])
        if re.search(r"\bto\s*$", trigger.group()):  # "banned the export of dual-use goods to Russia": whom it names next
            target_m = re.match(re.escape(trigger.group()), text[t0:])
    imposers: list[str] = []
    targets: list[str] = []
    opener = 0  # where the trigger's own clause begins
    if passive and passive.start() < t0:
        targets = [k for p, k, o in parties if p < passive.start() and not o][-1:]
        # (not "Russia, under Western sanctions since 2014, has turned to India and China": a clause of its own)
        stop = re.search(r"\b(?:due|because|over|for|after|amid|following|which|that)\b|[.;:]|,\s+(?!and\b|or\b|the\b|as\s+well\b)[a-z]", text[t0:])
        end = t0 + stop.start() if stop else len(text)
        imposers = [k for p, k, o in parties if t0 < p < end]
        if not imposers:  # "has been subject to an EU asset freeze since February 2022": the one named in the measure
            imposers = [k for p, k, o in parties if passive.end() <= p < t0]
    else:
        split = t0 + target_m.end() if target_m else trigger.end() if _PACKAGE_SUBJECT.match(text) else len(text)
        # ("The package also lists dozens of companies in China, Turkey and the UAE": whom it lists)
        direct = [p for p, k, o in parties if not o and 0 < p - trigger.end() <= 30]
        if re.fullmatch(r"(?:sanction(?:ed|ing)|designat(?:ed|ing)|blacklist(?:ed|ing)|barred|banned)", trigger.group(), re.I) and direct and not re.match(
                r"\s+(?:on|against)\b", text[trigger.end():]):
            split = trigger.end()  # "the Treasury sanctioned Kyrgyzstan's Keremet Bank for helping Russian entities"
        # the subject of the trigger's own clause ("as Indian refiners cut purchases of Russian crude after Washington
        # imposed sanctions on ...": Washington)
        opener = max((c.end() for c in _SUBORDINATE.finditer(text, 0, t0)), default=0)
        opener = opener if any(opener <= p < t0 for p, k, o in parties) else 0
        comma = text.find(",", opener, t0) if opener else -1
        if comma >= 0 and not any(p < opener for p, k, o in parties) and any(comma < p < t0 for p, k, o in parties):
            # "Four days after General Tiani overthrew President Bazoum, ECOWAS leaders ... imposed sanctions on Niger":
            # the fronted clause ends at its comma, the main clause's subject follows
            opener = comma + 1
        imposers = [k for p, k, o in parties if opener <= p < t0]
        if any(o for p, k, o in parties if p < t0):  # "ECOWAS leaders meeting under Tinubu's chairmanship": the bloc's act
            chair = [c.span() for c in _UNDER_CHAIR.finditer(text, 0, t0)]
            imposers = [k for p, k, o in parties if p < t0 and (o or (p >= opener and not any(s <= p < e for s, e in chair)))]
        stop = re.search(r"\b(?:over|for|because|due|in response|in\s+(?:view|light)\s+of|given|after|amid|as(?!\s+well\s+as)|following|which|that|who|since|"
                         r"accus\w+|citing|alleg\w+|charg\w+|blam\w+|saying|linked\s+to|in\s+connection\s+with|involved\s+in|"
                         r"(?:tied|connected)\s+to|engaged\s+in|(?:supply|help|aid|assist|support|financ|fund|arm|enabl)ing|"
                         r"on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}anniversary)\b|[.;:]"  # "on Russia on the anniversary of the invasion of Ukraine"
                         # "on Iran, Foreign Minister Penny Wong said, and Japan said it would ...": another clause
                         r"|,\s+(?:[\w'-]+\s+){1,5}(?:said|says|told|announced)\b|,\s+and\s+(?:[\w'-]+\s+){1,3}(?:said|says|will|would|has|have|had)\b"
                         # "on Russia on Friday, adding 200 companies ... on the eve of ... the invasion of Ukraine"
                         r"|,\s+(?:[a-z]+ing)\b",
                         text[split:])
        end = split + stop.start() if stop else len(text)
        # the imposer named as subject is not its own target (but "cancelling agreements with Iran, and imposing
        # sanctions on Iran Air": Iran was an object there)
        subject = {k for p, k, o in parties if opener <= p < t0 and not re.search(r"\b(?:with|to|against|from)\s+(?:the\s+)?$", text[max(0, p - 12):p])}
        targets = [k for p, k, o in parties if split <= p < end and not o and k not in subject]
        if not targets and target_m and re.match(r"(?:it|them)\b", text[split:]):
            # "cut ties with Qatar and imposed a land, sea and air embargo on it": the country just named
            targets = [k for p, k, o in parties if p < t0 and not o][-1:]
        if not targets and stop and re.match(r"accus|alleg|charg|linked|in\s+connection|for|over|because|\w+ing\b", stop.group()):
            # "on five entities it accused of supporting Iran's nuclear programme": the country they served
            served = _SERVED.search(text, end, end + 70)
            targets = [k for p, k, o in parties if served and p == served.end() and not o and k not in subject][:1]
        if not targets and re.search(r"\blist\b", trigger.group()):  # "reinstated Cuba on the list"
            targets = [k for p, k, o in parties if t0 <= p < min(split, trigger.end()) and not o and k not in subject]
        if not imposers:
            imposers = [k for p, k, o in parties if t0 <= p < split and (o or re.search(r"\b(?:by|from)\s+(?:the\s+)?$", text[max(0, p - 12):p]))]
            if len(imposers) == 1:  # "similar steps by the United States, Lithuania, Latvia and Estonia": all of the list
                after = [(p, k) for p, k, o in parties if p > t0 and not o]
                first = next((i for i, (_, k) in enumerate(after) if k == imposers[0]), len(after))
                for (p0, _), (p, k) in zip(after[first:], after[first + 1:]):
                    if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[_end_of(mentions, sentence, p0):p]):
                        break
                    imposers.append(k)
        if not imposers and re.search(r"\b(?:was|were|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:imposed|announced|adopted)\b", text[t0:]):
            # "New sanctions were imposed on Iran by the United States on Friday"
            imposers = [k for p, k, o in parties if p > t0 and re.search(r"\bby\s+(?:the\s+)?$", text[max(0, p - 12):p])][:1]
            targets = [k for k in targets if k not in imposers]
    hit = _HIT_WITH.search(text[:t0]) if not targets else None
    if hit:  # "The US hit Venezuela's state oil company with new sanctions": whom it hit, by whom
        targets = [k for p, k, o in parties if hit.end("verb") <= p < hit.start("with") and not o]
        imposers = [k for p, k, o in parties if p < hit.start("verb") and k not in targets]
    if not targets and listed:  # "the EU added 15 Venezuelan officials to its sanctions list"
        # (not "as Indian refiners cut purchases ... after Washington imposed sanctions on Rosneft": another clause)
        targets = [k for p, k in listed if p >= opener]
    if not targets and halt:  # "would ban imports of Russian diamonds": the country whose goods they are
        goods = re.match(r"\s+of\s+(?:[a-z][\w-]*\s+)?", text[trigger.end():])
        targets = [m.country for m in mentions if goods and m.kind in ("demonym", "country") and m.country
                   and m.start - sentence.start == trigger.end() + goods.end()][:1]
        imposers = [k for k in imposers if k not in targets]
    if not targets and modifier:  # (only where the words after the trigger tell a reason, not the target)
        targets = [modifier]
        imposers = [k for k in imposers if k != modifier]
    if not imposers and (re.search(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:bloc|union|alliance|organi[sz]ation|council|Council)'?s?\b"
                                   r"|\b[Mm]ember\s+(?:states|countries|governments)\b", text[:t0 + 1])
                         or re.search(r"\b(?:[Tt]he|[Ii]ts)\s+(?:bloc|[Cc]ouncil|[Uu]nion|(?:[\w-]+\s+)?summit)\s+(?:\w+\s+)?(?:imposed|adopted|extended|renewed|added|"
                                      r"listed|designated|expanded|agreed)\b", text)) and (ctx.last_org or orgs):
        # ("The two-day summit also agreed to extend economic sanctions on Russia": the organisation's leaders)
        imposers = [orgs[0] if orgs else ctx.last_org]  # "..., when the Council imposed measures on gang leader ..."
    if not imposers and targets and (ctx.last_imposer or ctx.last_org) and _IT_IMPOSED.search(text[:t0 + len(trigger.group())]):
        # "(The European Union has kept tightening the screws.) On March 15 it adopted its fourth package of sanctions
        # against Russia": the story's imposer, else the organisation it speaks of
        imposers = [ctx.last_imposer or ctx.last_org]
    if not imposers and targets and ctx.last_imposer and re.match(
            r"\s*(?:The|This|That|Its)\s+(?:[\w-]+\s+)?(?:ban|embargo|measures|restrictions)\b", text):
        imposers = [ctx.last_imposer]  # "The original ban was introduced in August last year against the United States": the story's
    story = ctx.last_imposer or ctx.last_org
    if targets and story and story not in targets and _PACKAGE_SUBJECT.match(text) and not any(
            re.search(rf"\b(?:by|from)\s+(?:the\s+)?(?:{COMPASS})?$", text[max(0, p - 12):p]) for p, k, o in parties if k in imposers):
        # "The package also lists 105 vessels of Moscow's shadow fleet and targets a Chinese refinery": the story's
        # package, whatever country its objects belong to
        imposers = [story]
    own = _OWN_AGENCY.search(text[:t0])
    if not imposers and targets and own:
        # "the ministry announced countermeasures": the story's imposer; "(Beijing hit back.) Its Commerce
        # Ministry placed ...": the country just named
        home = ctx.dateline_city.iso3 if ctx.dateline_city is not None else None
        order = [*reversed(ctx.recent_countries)] if own.group().lower().startswith("its") else []
        imposers = [k for k in (*order, ctx.last_imposer, home, ctx.dm.main_country) if k and k not in targets][:1]
    counted = _COUNTED_IMPOSERS.search(text[:t0])
    if not imposers and targets and counted and ctx.group and len(ctx.group) == number_of(counted.group(1)):
        imposers = list(ctx.group)  # "Five Western countries on Tuesday imposed ...": the five the headline named
    imposers = [k for k in unique(imposers) if k not in targets]
    targets = list(unique(targets))
    agent = re.match(r"\s+(?:also\s+)?(?:by|from)\b", text[trigger.end():])
    if _UNDERGONE.search(text[max(0, t0 - 30):t0]) and re.search(r"(?:ed|hit)$", trigger.group(), re.I) and not agent:
        # "Companies in Turkey and the UAE were also blacklisted": the subject's countries are the targets,
        # the imposer the story's
        named = [k for p, k, o in parties if p < t0 and not o]
        if named and ctx.last_imposer and ctx.last_imposer not in named:
            imposers, targets = [ctx.last_imposer], list(unique(named))
    if not imposers and not targets and ctx.last_imposer and ctx.last_target and all(k == ctx.last_target for _, k, _ in parties) and re.search(
            r"\b(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?(?:added|listed|designated|sanctioned|blacklisted)\b|"
            r"^\s*(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:measures|sanctions|ban|embargo|restrictions|regime)"
            r"(?:,|\s+(?:was|were|had\s+been))\s+(?:first|originally)\s+(?:introduced|imposed|adopted)\b", text):
        # "Six more individuals were added to the list in December 2023", "The measures, first imposed in 2018, ...": the story's regime
        imposers = [ctx.last_imposer]
    if imposers and not targets and ctx.last_target and ctx.last_target not in imposers:
        targets = [ctx.last_target]  # "Britain sanctioned four of the vessels": the story's target
    if imposers and not targets and ctx.dm.main_country and ctx.dm.main_country not in imposers and _LISTED_PEOPLE.search(text[t0:]):
        targets = [ctx.dm.main_country]  # "The Treasury blacklisted eight senior officials": of the country the story is about
    if lifted and imposers and targets:  # ("lifted the embargo on the government's forces ... renewed the embargo on
        ctx.last_target, ctx.last_imposer = ctx.last_target or targets[0], imposers[0]  # the armed groups": the same regime)
    if lifted or not imposers or not targets:
        return None  # lifting sanctions is not imposing them (nor the story's target of sanctions)
    # the UN imposes sanctions through its Security Council ("United Nations sanctions on Iran came back")
    imposers = ["UNSC" if k == "UN" and "UNSC" in ctx.gaz.organizations else k for k in imposers]
    parties = [(p, "UNSC" if k == "UN" and o and "UNSC" in ctx.gaz.organizations else k, o) for p, k, o in parties]
    ctx.last_target, ctx.last_imposer = ctx.last_target or targets[0], imposers[0]  # the story's first target
    ctx.first_imposer = ctx.first_imposer or imposers[0]
    codes = unique([*[k for k in imposers if k in ctx.gaz.countries and k not in {o for _, o, is_org in parties if is_org}], *targets])
    org_keys = {k for _, k, is_org in parties if is_org}
    return Event("Sanction", tuple(sorted(codes)), [], imposers=tuple(imposers), targets=tuple(targets),
                 state=bool(passive and passive.start() < t0 and not _SANCTION_ACT.search(text)),
                 organization=next((k for k in imposers if k in org_keys or (k not in ctx.gaz.countries
                                                                               and k in ctx.gaz.organizations)), None))


_BUILDS_ON = re.compile(r"(?:builds?|built|building)\s+on|follows|followed|adds?\s+to", re.I)


def _earlier_measures(ctx: Context, sentence: Sentence, mentions: list[Mention], trigger: re.Match) -> Event | None:
    """"This action builds on Treasury's October 11, 2024 designations", "Today's action follows the package
    announced on 24 February": the story's earlier measures, by its imposer (or the one named there) on its target
    (or the one they were "of" or "on"), of the day they name."""
    text = sentence.text
    if not (ctx.first_imposer and ctx.last_target):
        return None
    clause = re.match(r"[^;]*?(?=,\s+(?:taken|which|the\s+(?:first|second|third|\w+th)\b)|;|$)", text[trigger.end():])
    end = trigger.end() + clause.end()
    when = next((d for d in find_dates(text[trigger.end():end], ctx.published, ctx.year)
                 if not d.relative and (d.explicit_year or d.date.precision == "day")), None)
    if when is None:
        return None  # (an earlier act known by its day, not "today's")
    imposers, targets = [ctx.first_imposer], [ctx.last_target]
    for m in mentions:
        pos = m.start - sentence.start
        if not trigger.end() <= pos < end or not m.country:
            continue
        if m.kind in ("country", "agency") and re.match(r"['\u2019]s\b", text[m.end - sentence.start:]) or re.search(
                r"\b[Gg]overnment\s+of\s+$", text[:pos]):
            imposers = [m.country]  # "Treasury's designations", "the measures the Government of Canada imposed"
        elif re.search(r"\b(?:of|on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", text[max(0, pos - 40):pos]):
            targets = [m.country]  # "OFAC's designation of the Sanaa-based International Bank of Yemen"
    if imposers == targets:
        return None
    codes = unique([*(k for k in imposers if k in ctx.gaz.countries), *targets])
    org = next((k for k in imposers if k not in ctx.gaz.countries and k in ctx.gaz.organizations), None)
    return Event("Sanction", tuple(sorted(codes)), [], imposers=tuple(imposers), targets=tuple(targets), date=when.date,
                 explicit_date=True, organization=org)


BUILDERS = {
    "Visit": _build_visit,
    "Meeting": _build_meeting,
    "Summit": _build_summit,
    "AgreementSigning": _build_signing,
    "Accession": _build_accession,
    "Sanction": _build_sanction,
}
