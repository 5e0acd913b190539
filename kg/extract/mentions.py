"""Mentions: countries, cities, organisations and persons found in a document.

Gazetteer names come from one Aho-Corasick pass over the text. Persons not in the gazetteer are
recognised from a title and a capitalised name ("Foreign Minister Maxim Ryzhenkov", "Premier Nyo
Saw", "Sultan of Oman Haitham bin Tarek Al Said"), with their country from the words around the
title. Later bare surnames ("Xi", "Ryzhenkov") and descriptions ("the Belarusian leader", "the
head of state") are linked back to the persons and countries they stand for.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

from .gazetteer import ANOTHER_NAME, OFFICES, Gazetteer, Match, fold_name
from .normalize import is_abbreviation

__all__ = ["Mention", "PersonInfo", "DocumentMentions", "find_mentions", "office_of_word", "ROLE_LABELS"]

#: How roles are written in evaluation files.
ROLE_LABELS = {
    "head_of_state": "head of state",
    "head_of_government": "head of government",
    "foreign_minister": "foreign minister",
    "minister": "minister",
    "other": "other",
}

_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "van", "von", "der",
              "den", "la", "le", "du", "di", "del", "ben", "abu", "y", "e", "al-", "ould", "mac"}
_NOT_NAME = {
    "The", "A", "An", "On", "In", "At", "And", "But", "Or", "Of", "For", "With", "To", "From", "By",
    "He", "She", "It", "They", "We", "His", "Her", "Their", "Our", "This", "That", "These", "Those",
    "Said", "Says", "Told", "Also", "Has", "Had", "Was", "Is", "Were", "Will", "Would", "Who", "Which",
    "During", "After", "Before", "While", "When", "Since", "Today", "Yesterday", "On", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Office", "Administration", "Ministry", "Government", "Council", "Palace", "House",
    "Republic", "Kingdom", "State", "States", "Union", "Federation", "Affairs", "General", "Mr",
    "Mrs", "Ms", "Dr", "Sheikh", "His", "Majesty", "Highness", "Excellency", "Commission", "Committee",
    "National", "Security", "Peace", "Defence", "Defense", "Foreign", "Minister", "President",
    "Chairman", "Prime", "Deputy", "Vice", "Acting", "Senior", "Summit", "Forum", "Organization",
    "Organisation", "Cooperation", "Assembly", "Parliament", "Party", "Army", "Forces", "Agency",
    "News", "Media", "Times", "Post", "Press", "Daily", "Group", "Bank", "Fund",
    # verbs of Title Case headlines ("HH the Amir Receives Phone Call from ...")
    "Receives", "Holds", "Meets", "Visits", "Signs", "Calls", "Hosts", "Discusses", "Welcomes", "Congratulates",
    "Attends", "Arrives", "Leaves", "Sends", "Chairs", "Opens", "Concludes", "Begins", "Pays", "Offers", "Urges",
    "Thanks", "Briefs", "Addresses", "Inaugurates", "Launches", "Reviews", "Exchanges", "Agrees", "Pledges",
    "Condemns", "Rejects", "Hails", "Praises", "Stresses", "Affirms", "Reaffirms", "Expresses", "Invites",
    "Accepts", "Presents", "Departs", "Returns", "Wraps", "Phone", "Call", "Talks", "Copy", "Credentials",
    # and their plural subjects' forms ("President Prabowo, President Boluarte Agree to Speed Up ...")
    "Agree", "Hold", "Meet", "Sign", "Discuss", "Pledge", "Vow", "Vows", "Ink", "Inks", "Seek", "Seeks", "Boost", "Boosts",
    "Deepen", "Deepens", "Strengthen", "Strengthens", "Reaffirm", "Affirm", "Urge", "Hail", "Launch", "Review", "Explore",
    "Explores", "Exchange", "Attend", "Visit", "Receive", "Stress", "Condemn", "Reject", "Express", "Commit", "Commits",
    # places ("Upon arrival at Djibouti-Ambouli International Airport, the Prime Minister was welcomed")
    "Airport", "International", "Airbase", "Hotel", "Centre", "Center", "Residence", "Square", "Building", "Street",
    "Avenue", "University", "Museum", "Stadium", "Cathedral", "Mosque", "Church", "Temple", "Castle", "Bridge",
}
_NAME_TOKEN = re.compile(r"(?:[A-Z]\.){2,3}(?=\s)|[^\W\d_][\w'\u00c0-\u024f-]*\.?|[a-z]{1,4}-[A-Z][\w'-]*")
# the offices a description names one holder of ("the Saudi crown prince", headline "Syrian president")
_OFFICE_NOUNS = r"crown prince|president|prime minister|premier|leader|king|emir|chancellor|foreign minister"
_LEADER_NOUNS = (rf"(?:PM|FM|{_OFFICE_NOUNS}|leadership|head of state|head of government|counterpart|side|delegation|government|"
                 r"authorities|officials?|minister|sultan|monarch|ruler|strongman|diplomats?|envoy|ambassador|army|military|troops)")
_DESCRIPTION = re.compile(rf"\b(?:the|his|her|their|its)\s+(?P<dem>[A-Z][\w-]+)\s+(?P<noun>{_LEADER_NOUNS})\b", re.I)
# a headline's "Saudi crown prince meets Syrian president": the same descriptions without their article
_BARE_DESCRIPTION = re.compile(rf"(?<!\b[Tt]he\s)(?<!\b[Hh]is\s)(?<!\b[Hh]er\s)\b(?P<dem>[A-Z][\w-]+)\s+(?P<noun>{_OFFICE_NOUNS})\b"
                               r"(?!\s+(?-i:[A-Z]))")
# words for a leader that are not titles in titles.csv ("the Belarusian leader")
_WITHOUT_TITLE = {"leader": "head_of_state", "monarch": "head_of_state", "fm": "foreign_minister"}
_HONORIFICS = re.compile(r"(?:,?\s+)(?:(?:Dr|Mr|Mrs|Ms|Prof|H\.\s?E|H\.\s?H|Shri|Smt|Hon|(?:Datuk|Dato['\u2019]?)(?:\s+S(?:e)?ri)?|Tan\s+Sri|Tun|Haji|Hajah|Hajjah|Pengiran|Dasho|Lyonpo|Samdech|Sayyid|Sayyida|Shaikh|Sir|Dame|Ambassador|Lt\.?\s+Gen|Gen|General|Field\s+Marshal)\.?\s+|Sheikh\s+|Sheikha\s+|His\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\s+|Her\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\s+)*")
_METONYM_VERB = re.compile(r"(?:'s|\s+(?:has|have|had|said|says|recalled|announced|summoned|expelled|appointed|named|sent|"
                           r"accused|warned|rejected|welcomed|condemned|protested|responded)\b)")
_LEADING_HONORIFIC = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sheikh|Sheikha|Sir|Dame|Hon|(?:Datuk|Dato['\u2019]?)(?:\s+S(?:e)?ri)?|Tun|Haji|Hajah|Hajjah|Pengiran|Dasho|Lyonpo|Samdech|Sayyid|Ambassador)\.?\s+)+")
_NAME_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w'\u00c0-\u024f-]+\s+){1,4}[A-Z][\w'\u00c0-\u024f-]+),\s+(?:the\s+|a\s+|its\s+|his\s+|her\s+)?(?:then\s+|former\s+|current\s+|deputy\s+|acting\s+|new\s+)?(?:(?P<dem>[A-Z][\w.-]+(?:'s)?)\s+)?$")
_HEAD_WORDS = re.compile(r"\b(?:the\s+(?:head of state|President|Belarusian leader|leader|Sultan|King|Emir|Premier|Prime Minister|Chancellor))\b")


class _Spans:
    """Is a position inside one of these (start, end) spans? In log time, spans may overlap."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end of the spans up to each one
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos


@dataclass(frozen=True)
class Mention:
    """A name in the text: offsets into the document text, what it refers to, and its country."""

    start: int
    end: int
    kind: str          # country, demonym, city, org, person, description
    key: str           # ISO3, city key, acronym or person name
    text: str
    country: str | None = None


@dataclass
class PersonInfo:
    """What a document says about one person."""

    name: str
    country: str | None = None
    role: str | None = None
    title: str | None = None
    known: bool = False
    wikidata: str | None = None
    variants: set[str] = field(default_factory=set)
    count: int = 0
    organization: str | None = None  # the organisation they act for (UN Secretary-General...)
    guessed: bool = False  # the country is only the nearest one named before them, no title's own

    def learn_country(self, told: str | None, nearest) -> None:
        """A country the text gives with a title ("Saudi Defence Minister") outweighs a guess from the
        nearest country named; a guess is made only when nothing better is known."""
        if told and (self.country is None or self.guessed):
            self.country, self.guessed = told, False
        elif self.country is None:
            self.country = nearest()
            self.guessed = self.country is not None


@dataclass
class DocumentMentions:
    mentions: list[Mention]
    persons: dict[str, PersonInfo]
    main_person: str | None
    main_country: str | None


def _country_of_match(gaz: Gazetteer, match: Match) -> str | None:
    if match.kind in ("country", "demonym", "agency", "company"):
        return match.key
    if match.kind == "city":
        return gaz.cities[match.key].iso3
    if match.kind == "person":
        return gaz.persons[match.key].iso3
    return None


def _role_for(gaz: Gazetteer, title: str | None) -> str | None:
    return gaz.role_of(title)


def office_of_word(gaz: Gazetteer, word: str | None) -> str | None:
    """The office a word for a leader stands for ("president", "the PM", "leader"), if one of the
    three offices the reference data records."""
    role = _WITHOUT_TITLE.get((word or "").lower()) or gaz.role_of(word)
    return role if role in OFFICES else None


def _held(gaz: Gazetteer, person: str, office: str) -> bool:
    """Has the known ``person`` ever held ``office``? A title the records do not bear out is read
    otherwise ("Chancellor Laura Sarabia": Colombia's canciller, its foreign minister)."""
    offices = {t.office for t in gaz.persons[person].terms}
    if not offices or office in offices:
        return True
    # a leader's title on a leader stands (Iran's president, recorded as its head of government);
    # a leader's title on a foreign minister, or the reverse, is a misreading
    return "foreign_minister" not in offices and office != "foreign_minister"


def _known_role(gaz: Gazetteer, person: str, day: dt.date | None) -> str | None:
    """The office a known person held on ``day``; without a date (or outside every term) the
    office of their latest term."""
    entry = gaz.persons[person]
    offices = {t.office for t in entry.terms if day is not None and t.covers(day)}
    if not offices and entry.terms:
        latest = max(t.start or dt.date.min for t in entry.terms)
        offices = {t.office for t in entry.terms if (t.start or dt.date.min) == latest}
    for office in OFFICES:
        if office in offices:
            return office
    return None


def _name_after(text: str, pos: int) -> tuple[int, int] | None:
    """Span of a capitalised personal name starting at ``pos`` (after spaces), if any; after a title
    "He" followed by a name is the Chinese surname ("Vice Premier He Lifeng")."""
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    start = i
    tokens = 0
    end = i
    while i < len(text):
        m = _NAME_TOKEN.match(text, i)
        word_m = re.match(r"[\w'-]+", text[i:])
        surname = tokens == 0 and m is not None and m.group() == "He" and re.match(r" [A-Z][a-z]+\b", text[m.end():])
        if m and (m.group()[0].isupper() or "-" in m.group()[:5]) and (m.group().rstrip(".") not in _NOT_NAME or surname):
            if m.group().endswith(("'s", "\u2019s")) and len(m.group()) > 3:
                end, tokens = m.end() - 2, tokens + 1
                break  # "Vice President Harris's Southeast Asia trip": the name ends at its possessive
            i = m.end()
            end = i
            tokens += 1
            if m.group().endswith(".") and len(m.group()) > 2 and not is_abbreviation(m.group()):
                end -= 1
                break  # "Vice Premier Ding Xuexiang. Putin held talks", "met Mr. Xi. Xi said": a sentence ends there (not "S.", "Jr." nor "Hon.")
        elif word_m and word_m.group().lower() in _PARTICLES and tokens:
            i += word_m.end()
        else:
            break
        if i < len(text) and text[i] == " " and tokens < 5:
            i += 1
            continue
        break
    if tokens == 0:
        return None
    return start, end


def find_mentions(text: str, gaz: Gazetteer, day: dt.date | None = None) -> DocumentMentions:
    """All mentions in a document, with persons resolved to countries and offices at ``day``."""
    matches = gaz.find(text)
    mentions: list[Mention] = []
    persons: dict[str, PersonInfo] = {}
    occupied: list[tuple[int, int]] = []

    def person(name: str, known: bool) -> PersonInfo:
        info = persons.get(name)
        if info is None:
            info = persons[name] = PersonInfo(name, known=known)
            if known:
                entry = gaz.persons[name]
                info.country, info.wikidata = entry.iso3, entry.wikidata
                info.role = _known_role(gaz, name, day)
                info.organization = entry.organization_on(day)
                if info.organization:  # von der Leyen, Guterres, Kallas after 2024: for their organisation
                    info.country, info.role = None, "other"
        return info

    by_start = {m.start: m for m in matches}
    for index, match in enumerate(matches):
        if match.kind == "title":
            continue
        country = _country_of_match(gaz, match)
        if match.kind == "person":
            info = person(match.key, True)
            info.variants.add(match.surface)
            info.count += 1
            title = _title_before(matches, index, text)
            if title:
                info.title = info.title or title.key
                role = _role_for(gaz, title.key)
                then = re.search(r"\b[Tt]hen[- ]$", text[max(0, title.start - 6):title.start])
                if then and role in OFFICES and info.organization and role in {t.office for t in gaz.persons[match.key].terms}:
                    # "then-prime minister Antonio Costa" in a story told while he led the European Council
                    info.organization, info.country = None, gaz.persons[match.key].iso3
                if role in OFFICES and not info.organization and _held(gaz, match.key, role):
                    info.role = role  # the text's own title says which office it reports
        mentions.append(Mention(match.start, match.end, match.kind, match.key, match.surface, country))
        occupied.append((match.start, match.end))

    # persons introduced by a title: "Foreign Minister Maxim Ryzhenkov", "Sultan of Oman Haitham ..."
    for index, match in enumerate(matches):
        if match.kind != "title":
            continue
        after = match.end
        country = _country_before(matches, index, text, gaz)
        if re.search(r"\b(?:Minister|Secretary|Adviser|Advisor|Envoy|Representative|Ambassador|ambassador)\b", match.key) and not (
                re.search(r"\bGeneral\b", match.key) and _org_after(by_start, text, after)):  # "Secretary General of the OTS X"
            # "the Minister for Defence, Dr. Omane Boamah", "Assistant Secretary of State for African Affairs Molly Phee"
            after = _after_portfolio(text, after, matches[index + 1:index + 6])
            after = _after_and_portfolio(text, after)
        # "Minister of Foreign Affairs and International Trade of Zimbabwe Amon Murwira"
        of = re.match(r"(?:\s+and(?:\s+[A-Z][\w-]+){1,4}?)?\s*,?\s+of\s+(?:the\s+)?", text[after:])
        org = _org_of_title(matches, index, text)  # "UN envoy", "Personal Envoy of the UN Secretary-General"
        if of:
            nxt = by_start.get(after + of.end())
            if nxt is not None and nxt.kind in ("country", "city"):
                country = country or _country_of_match(gaz, nxt)
                after = nxt.end
            elif nxt is not None and nxt.kind == "org" and match.key not in gaz.leader_titles:
                org = org or nxt.key
                tail = re.match(r"\s+(?:Secretary[- ]General|Commission|Council)?(?:\s+for\s+[A-Z][\w-]+)?", text[nxt.end:])
                after = nxt.end + (tail.end() if tail else 0)
        honorific = _HONORIFICS.match(text, after)  # ", Dr. Masoud Pezeshkian", " H.E. Mr. ..."
        follow = by_start.get(honorific.end()) if honorific else None
        if follow is not None and follow.kind == "person":
            info = persons[follow.key]
            info.title = info.title or match.key
            if org and not info.organization and day is not None and not gaz.persons[follow.key].in_office(day):
                info.organization, info.role, info.country = org, "other", None  # a former minister now a UN envoy
                continue
            role = _role_for(gaz, match.key)
            if role in OFFICES and not info.organization and _held(gaz, follow.key, role):
                info.role = role
            continue
        if honorific and honorific.end() > after:
            after = honorific.end()
        span = _name_after(text, after)
        if span is None or text[after:span[0]].strip(" ,"):
            continue
        start, end = span
        if any(s < end and start < e for s, e in occupied):
            continue
        name = text[start:end].rstrip(".")
        tokens = name.split()
        # "Prince Mohammed" in a story that names Crown Prince Mohammed bin Salman: him, not another Mohammed
        in_story = [p for p in persons.values() if p.known and any(name in v.split() for v in p.variants | {p.name})]
        if len(in_story) > 1:  # beside Sheikh Mohammed bin Rashid: the one who bears the title ("Crown Prince")
            word = match.key.split()[-1].lower()
            in_story = [p for p in in_story if any(word in (t or "").lower().split()
                                                   for t in (p.title, *(term.title for term in gaz.persons[p.name].terms)))]
        if len(tokens) < 2 and len(in_story) == 1:
            known = in_story[0].name
        elif len(tokens) < 2 and not _surname_of_known(gaz, name, country, day, match.key):
            continue
        else:
            known = _surname_of_known(gaz, name, country, day, match.key) if len(tokens) < 2 else gaz.person_by_name(name)
        key = known or name
        info = person(key, bool(known))
        info.variants.add(name)
        info.count += 1
        info.title = info.title or match.key
        out_of_office = info.known and day is not None and not gaz.persons[key].in_office(day)
        if org and (not info.known or out_of_office):  # an official of an organisation acts for it, not for a country
            info.organization, info.role, info.country = org, "other", None
        elif not info.known:
            role = _role_for(gaz, match.key)
            if role == "minister" and _FOREIGN_PORTFOLIO.search(text[match.end:start]):
                role = "foreign_minister"  # "Minister of African Integration and Foreign Affairs Yassine Fall"
            info.role = info.role or role
            info.learn_country(country or gaz.title_country(match.key), lambda: _nearest_country(mentions, start, text))
        mentions.append(Mention(start, end, "person", key, name, info.country))
        occupied.append((start, end))

    # appositions: "its foreign minister, Pekka Haavisto", "his Mozambican counterpart, Maria
    # Manuela Lucas", "Robert Wood, the deputy U.S. ambassador"
    for index, match in enumerate(matches):
        if match.kind not in ("title", "demonym"):
            continue
        if match.kind == "demonym":
            tail = re.match(r"\s+counterparts?,?\s+", text[match.end:])
            if not tail:
                continue
            after, title, country = match.end + tail.end(), None, match.key
        else:
            tail = re.match(r",\s+", text[match.end:])
            after, title = (match.end + tail.end(), match.key) if tail else (None, match.key)
            country = _country_before(matches, index, text, gaz)
        spans = []
        if after is not None:
            span = _name_after(text, after)
            if span and span[0] == after:
                spans.append(span)
        if match.kind == "title":
            of = re.match(r"\s+of\s+(?:the\s+)?", text[match.end:])  # "Name, Minister ... of Papua New Guinea"
            nxt = by_start.get(match.end + of.end()) if of else None
            if nxt is None and after is None:  # "Name, Minister of Foreign Affairs and East African Cooperation of Tanzania"
                # ("Zhao Leji, chairman of the Standing Committee of the National People's Congress")
                of = re.match(r"(?:\s+of\s+the)?(?:\s+(?:and|&)?\s*[A-Z][\w-]*)+\s+of\s+(?:the\s+)?", text[match.end:match.end + 60])
                nxt = by_start.get(match.end + of.end()) if of else None
            if nxt is not None and nxt.kind in ("country", "agency"):
                country = country or nxt.key
            # (not "at Village Urugwiro, the president's office": the title is an owner there)
            before = _NAME_BEFORE.search(text[max(0, match.start - 90):match.start]) \
                if not re.match(r"['\u2019]s?\s", text[match.end:]) else None
            if before:
                offset = max(0, match.start - 90)
                spans.append((offset + before.start("name"), offset + before.end("name")))
                if before.group("dem"):  # "Massad Boulos, Trump's senior adviser": the possessor's country
                    owner = before.group("dem").removesuffix("'s")
                    country = country or gaz.country_by_name(before.group("dem")) or next(
                        (p.country for p in persons.values() if p.country and owner in p.name.split()), None)
        for start, end in spans:
            lead = _LEADING_HONORIFIC.match(text, start, end)  # "Dr Anwar Gargash, diplomatic adviser to ..."
            start = lead.end() if lead else start
            name = text[start:end].rstrip(".")
            if len(name.split()) < 2 or any(s < end and start < e for s, e in occupied) or any(
                    w in _NOT_NAME for w in name.split()):
                continue
            known = gaz.person_by_name(name)
            info = person(known or name, bool(known))
            info.variants.add(name)
            info.count += 1
            if title:
                info.title = info.title or title
                if info.known and _role_for(gaz, title) in OFFICES and _held(gaz, info.name, _role_for(gaz, title)):
                    info.role = _role_for(gaz, title)  # "Tamim bin Hamad Al Thani, the Amir of Qatar"
            if not info.known:
                info.role = info.role or _role_for(gaz, title)
                info.learn_country(country or gaz.title_country(title), lambda: _nearest_country(mentions, start, text))
            mentions.append(Mention(start, end, "person", info.name, name, info.country))
            occupied.append((start, end))

    # bare surnames and other name parts of persons met in this document
    title_words = gaz.title_words
    tokens: dict[str, str] = {}
    ambiguous: set[str] = set()
    for name, info in persons.items():
        for variant in info.variants | {name}:
            words = variant.split()
            # "Hassan Sheikh" of Hassan Sheikh Mohamud: the first two names of a longer one (beside Samia Suluhu Hassan)
            parts = [*words, " ".join(words[:2])] if len(words) >= 3 and not set(words[:2]) & title_words else words
            for token in parts:
                if len(token) < 2 or token.lower() in _PARTICLES or token in _NOT_NAME or token in title_words:
                    continue
                if token in tokens and tokens[token] != name:
                    ambiguous.add(token)
                tokens[token] = name
    # a name part two persons share is read only after a title one of them bears ("Prince Faisal" beside
    # Foreign Minister Faisal Mekdad is Prince Faisal bin Farhan)
    titled: dict[tuple[str, str], str] = {}
    for token in ambiguous:
        tokens.pop(token, None)
        for name, info in persons.items():
            names = [v.split() for v in info.variants | {name} if token in v.split()]
            words = {w[0].lower() for w in names if w[0] != token} | ({info.title.split()[-1].lower()} if info.title and names else set())
            for word in words:  # the title it was written with ("Prince Faisal bin Farhan") or given
                key = (word, token)
                titled[key] = name if titled.get(key, name) == name else ""
    titled = {key: name for key, name in titled.items() if name}
    surnames: dict[str, str] = {}  # "Johnson" beside Boris Johnson and Kamina Johnson Smith: whose surname it is
    for token in ambiguous:
        surnamed = {name for name, info in persons.items() if any(v.split()[-1] == token for v in info.variants | {name})}
        if len(surnamed) == 1:
            surnames[token] = tokens[token] = surnamed.pop()
    if titled:
        for token in {t for _, t in titled}:
            tokens[token] = ""
    if tokens:
        inside = _Spans(occupied)
        for start, end in _whole_words(text, tokens):
            if inside(start) or _NAME_CHAIN_BEFORE.search(text, max(0, start - 8), start) or _NAME_CHAIN_AFTER.match(text, end):
                continue  # "Sheikh Tahnoun bin Mohammed Al Nahyan": a part of another's name, not Mohammed Muizzu
            word = text[start:end]
            owner = tokens[word]
            other = ANOTHER_NAME.match(text, end)
            if owner and other and not any(other.group().strip() in v.split() for v in persons[owner].variants | {owner}) \
                    and not _in_headline(text, start):
                continue  # "presidential aide Vladimir Medinsky" is not Vladimir Putin (but "HH the Amir Arrives in Baghdad")
            if not owner:
                title = re.search(r"([A-Z][\w-]*)\s+$", text[max(0, start - 30):start])
                owner = titled.get((title.group(1).lower(), word), "") if title else surnames.get(word, "")
                if not owner:
                    continue
            info = persons[owner]
            info.count += 1
            mentions.append(Mention(start, end, "person", info.name, word, info.country))

    # descriptions: "the Belarusian leader", "the Chinese side"; an office names its holder
    for m in chain(_DESCRIPTION.finditer(text), _BARE_DESCRIPTION.finditer(text)):
        code = gaz.country_by_name(m.group("dem"))
        if not code:
            continue
        role = office_of_word(gaz, m.group("noun"))
        holder = _holder_in_document(persons, code, role) if role else None
        if holder is None and m.group("noun").lower() == "leader":
            # "German Chancellor Friedrich Merz ... The German leader": the head of government the story named
            holder = _holder_in_document(persons, code, "head_of_government")
        if holder is None and role and day is not None:
            entry = gaz.holder(code, role, day)  # who held the office on the article's date
            if entry is not None and entry.iso3 != code and m.group("noun").lower() == "leader":
                # "the Australian leader" is the prime minister, not the monarch the realm shares with Britain
                entry = gaz.holder(code, "head_of_government", day)
            if entry is not None:
                holder = person(entry.name, True)
                holder.role = holder.role or role
        if holder is not None:
            holder.count += 1
            mentions.append(Mention(m.start(), m.end(), "person", holder.name, m.group(), code))
        else:
            mentions.append(Mention(m.start(), m.end(), "description", code, m.group(), code))

    # a person's country may be learnt after their first mention: give it to every mention
    mentions = [Mention(m.start, m.end, m.kind, m.key, m.text, persons[m.key].country)
                if m.kind == "person" and (persons[m.key].country or persons[m.key].organization)
                and persons[m.key].country != m.country else m
                for m in mentions]
    mentions.sort(key=lambda x: (x.start, x.end))
    mentions = _resolve_shared_names(mentions)
    main_person = _main_person(persons)
    counts = Counter(m.country for m in mentions if m.country and m.kind in ("country", "person", "description", "demonym"))
    main_country = persons[main_person].country if main_person else (counts.most_common(1)[0][0] if counts else None)
    home = counts.most_common(1)[0][0] if counts else None
    # the country of the news agency the story is credited to ("CAIRO, March 4 (KUNA) --" is Kuwait's)
    court = gaz.news_agency_country(text)
    for info in persons.values():
        if not info.known and info.country is None and court and info.title and _ROYAL.search(info.title):
            info.country = court  # "(KUNA) -- His Highness the Crown Prince Sheikh Sabah ...": Kuwait's crown prince
        if not info.known and info.country is None and info.title and _ROYAL.search(info.title):
            # "On arrival at Bandar Seri Begawan, Prime Minister was received by Crown Prince Al-Muhtadee Billah": a
            # royal of the place the sentence names before them
            info.country = _place_before(mentions, info.name, text)
        if not info.known and info.country is None and info.role and (court or home) and not info.organization:
            # "Treasury Secretary Scott Bessent said": an official of the country whose agency tells the story,
            # or else of the country the story is most about, unless that is the counterpart's
            facing = None if court else _counterpart_country(info.name, mentions, text)
            info.country = _listed_beside_country(info.name, mentions, text) or court or next(
                (c for c, _ in counts.most_common() if c != facing), None)
        if not info.known and info.role == "foreign_minister" and info.title == "Foreign Secretary" and info.country and day is not None:
            holder = gaz.holder(info.country, "foreign_minister", day)
            if holder is not None and fold_name(holder.name) != fold_name(info.name):
                info.role = "other"  # India's Foreign Secretary is a civil servant: the minister is someone else
    mentions = [Mention(m.start, m.end, m.kind, m.key, m.text, persons[m.key].country)
                if m.kind == "person" and m.country is None and persons[m.key].country else m for m in mentions]
    return DocumentMentions(mentions, persons, main_person, main_country)


def _holder_in_document(persons: dict[str, PersonInfo], country: str, role: str) -> PersonInfo | None:
    """The person of ``country`` in ``role`` this document already named, if exactly one."""
    found = [p for p in persons.values() if p.country == country and p.role == role]
    return found[0] if len(found) == 1 else None


def _after_portfolio(text: str, after: int, nearby: list[Match]) -> int:
    """Skip a minister's portfolio ("of Mining and Energy"), as few words as leave a full name after."""
    head = re.match(r"\s+(?:of|for|to|in|at)\s+(?:the\s+)?(?=[A-Z])", text[after:])
    if not head:  # (not "Deputy Prime Minister to attend the India-Singapore Ministerial Roundtable": no portfolio)
        return after
    ends = [m.end() for m in re.finditer(r"[A-Z][\w'-]+(?=(?:\s+and)?\s|[,.]|$)", text[after + head.end():after + head.end() + 60])]
    for end in ends[:5]:
        stop = after + head.end() + end
        if any(m.kind == "country" and after <= m.start < stop for m in nearby):
            return after  # "Minister of Foreign Affairs of Zimbabwe": the country is handled by the caller
        honorific = _HONORIFICS.match(text, stop)
        start = honorific.end() if honorific and honorific.end() > stop else stop
        span = _name_after(text, start)
        if span and not text[start:span[0]].strip(" ,") and len(text[span[0]:span[1]].split()) >= 2:
            return stop
    return after


# words of a second portfolio joined to a minister's title ("Minister for Foreign Affairs and East African
# Cooperation Mahmoud Thabit Kombo"); a name follows them
_PORTFOLIO_WORDS = {
    "East", "West", "North", "South", "Central", "African", "European", "Arab", "Asian", "Pacific", "Caribbean", "Gulf",
    "Regional", "International", "Foreign", "External", "Affairs", "Cooperation", "Co-operation", "Integration",
    "Trade", "Commerce", "Investment", "Development", "Diaspora", "Abroad", "Nationals", "Expatriates", "Relations",
    "Worship", "Commonwealth", "Tourism", "Culture", "Industry", "Economy", "Planning", "Finance", "Security",
    "Defence", "Defense", "Immigration", "Emigration", "Francophonie", "Community", "Communities", "Latin", "American",
}


_FOREIGN_PORTFOLIO = re.compile(r"\b(?:Foreign|External)\s+(?:Affairs|Relations)\b")


def _after_and_portfolio(text: str, after: int) -> int:
    """Skip "and <portfolio words>" after a title when a name of two words or more follows."""
    joined = re.match(r"\s+and\s+", text[after:])
    if not joined:
        return after
    pos = after + joined.end()
    skipped = 0
    while True:
        word = re.match(r"([A-Z][\w'-]*)\s+", text[pos:])
        if not word or word.group(1) not in _PORTFOLIO_WORDS:
            break
        pos += word.end()
        skipped += 1
    span = _name_after(text, pos) if skipped else None
    if span and span[0] == pos and len(text[span[0]:span[1]].split()) >= 2:
        return pos
    return after


def _is_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _in_headline(text: str, pos: int) -> bool:
    """Is ``pos`` in a short line written in title case ("HH the Amir Arrives in Baghdad")?"""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    words = re.findall(r"[^\W\d_][\w'-]*", text[start:end if end >= 0 else len(text)])
    return len(words) <= 16 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _whole_words(text: str, words) -> list[tuple[int, int]]:
    """Where ``words`` stand in ``text`` as whole words, left to right, the longest at each place (what
    ``re.finditer(r"\b(longest|...|shortest)\b")`` finds), by an Aho-Corasick automaton: one regular
    expression per document would crowd the ``re`` module's cache of the rules' own patterns."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    found: dict[int, int] = {}  # start -> the longest end there with a word boundary on both sides
    for last, size in automaton.iter(text):
        start, end = last - size + 1, last + 1
        if _is_word(text, start - 1) != _is_word(text, start) and _is_word(text, end - 1) != _is_word(text, end):
            found[start] = max(found.get(start, end), end)
    spans, reached = [], 0
    for start in sorted(found):
        if start >= reached:
            spans.append((start, found[start]))
            reached = found[start]
    return spans


def _org_after(by_start: dict, text: str, pos: int) -> bool:
    """Does an organisation's name follow ``pos`` after "of (the)"?"""
    of = re.match(r"\s+of\s+(?:the\s+)?", text[pos:])
    nxt = by_start.get(pos + of.end()) if of else None
    return nxt is not None and nxt.kind == "org"


def _org_of_title(matches: list[Match], index: int, text: str) -> str | None:
    """The organisation a title is of when it stands right before it ("UN envoy", "OAS Secretary
    General", "the African Union's special envoy")."""
    if index == 0 or matches[index - 1].kind != "org":
        return None
    prev = matches[index - 1]
    return prev.key if re.fullmatch(r"(?:'s)?\s+(?:[a-z]+\s+){0,2}", text[prev.end:matches[index].start]) else None


def _title_before(matches: list[Match], index: int, text: str) -> Match | None:
    if index == 0:
        return None
    prev = matches[index - 1]
    gap = text[prev.end:matches[index].start]
    if prev.kind == "title" and re.fullmatch(r"\s*", gap):
        return prev
    if index >= 3 and prev.kind in ("country", "city") and re.fullmatch(r"\s*", gap):
        title, of = matches[index - 2], text[matches[index - 2].end:prev.start]
        if title.kind == "title" and re.fullmatch(r"\s+of\s+(?:the\s+)?", of):
            return title
    return None


def _country_before(matches: list[Match], index: int, text: str, gaz: Gazetteer) -> str | None:
    """The country named just before a title: "Belarusian Foreign Minister", "Oman's Sultan",
    or the one of the leader it serves: "Trump's envoy Steve Witkoff"."""
    if index == 0:
        return None
    prev = matches[index - 1]
    gap = text[prev.end:matches[index].start]
    if prev.kind in ("demonym", "country") and re.fullmatch(r"(?:'s?)?\s+", gap):
        return prev.key
    if prev.kind == "person" and re.fullmatch(r"['\u2019]s?\s+", gap) and not gaz.persons[prev.key].org_terms:
        return gaz.persons[prev.key].iso3
    return None


# the links of an Arabic name chain around a name part ("bin Mohammed Al Nahyan")
_NAME_CHAIN_BEFORE = re.compile(r"\b(?:bin|ibn|bint|binti|Bin|Ibn)\s+$")
_NAME_CHAIN_AFTER = re.compile(r"\s+(?:bin|ibn|bint|binti)\b")


def _surname_of_known(gaz: Gazetteer, token: str, country: str | None, day: dt.date | None,
                      title: str | None = None) -> str | None:
    """A known person whose name ends (or, for East Asian names, starts) with ``token``; after a
    royal title ("Prince Charles"), only a royal one (not President Charles Savarin)."""
    royal = bool(title and _ROYAL.fullmatch(title))
    if title and _DEPUTY_TITLE.search(title):
        return None  # "Vice President Harris" is no head of government Harris: the records hold leaders and ministers
    candidates = []
    for entry in gaz.persons_by_name_part(token):
        if country and entry.iso3 != country:
            continue
        if royal and not any(term.title and _ROYAL.search(term.title) for term in entry.terms):
            continue
        if day is None or entry.in_office(day):
            candidates.append(entry.name)
    return candidates[0] if len(candidates) == 1 else None


_DEPUTY_TITLE = re.compile(r"^(?:Vice|Deputy|Under|Assistant)\b|Ambassador|Envoy|Spokes|Governor|Mayor|Representative|Senator", re.I)
_ROYAL = re.compile(r"\b(?:Crown\s+Prince|Prince|Princess|Amir|Emir|Sultan|King|Queen|Sheikh|Sheikha)\b", re.I)
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"'\u201d\u2019)]?\s")


def _counterpart_country(name: str, mentions: list[Mention], text: str) -> str | None:
    """The country of the person a name is paired with ("Defence Minister X and his Swedish counterpart
    Y", "Minister of Energy X and the Canadian Minister of Energy, Y", "X sat down with Brazil's
    Minister of Development, Y"): X is of the other side. ``mentions`` are in text order."""
    for i, m in enumerate(mentions):
        if m.kind != "person" or m.key != name:
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is None or after.kind not in ("country", "demonym", "description") or not after.country:
            continue
        gap = text[m.end:after.start]
        paired = (re.search(r"\b(?:counterpart|[Mm]inister|[Ss]ecretary)\b", after.text) if after.kind == "description" else
                  re.match(r"(?:['\u2019]s?)?\s+(?:counterpart|(?:[A-Z][\w-]*\s+){0,2}(?:Minister|Secretary)\b)", text[after.end:]))
        if paired and re.fullmatch(r",?\s+(?:and|with|(?:held\s+)?talks\s+with|met(?:\s+with)?|sat\s+down\s+with)\s+(?:his|her|the)?\s*", gap):
            return after.country
    return None


# "by the Governor-General, Errol Charles, and Prime Minister Pierre": names joined in one list, titles between
_BY_THEM = re.compile(r"\b(?:received|welcomed|greeted|met|accompanied|joined|flanked|hosted|seen\s+off)\s+(?:[^,.;]+\s+)?by\s+")
_TWO_SIDES = re.compile(r"\b(?:between|sign(?:ed|s|ing)?|exchanged|inked|counterparts?)\b")
_LISTED_BESIDE = re.compile(r",?\s+and\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,3}")


def _listed_beside_country(name: str, mentions: list[Mention], text: str) -> str | None:
    """The country of the person listed right after (or before) a name with "and" ("received by the
    Governor-General, Errol Charles, and Prime Minister Pierre"): officials named together act together.
    ``mentions`` are in text order."""
    persons = [m for m in mentions if m.kind == "person"]
    for first, second in zip(persons, persons[1:]):
        if name not in (first.key, second.key) or first.key == second.key:
            continue
        other = second if first.key == name else first
        if not other.country or not _LISTED_BESIDE.fullmatch(text, first.end, second.start):
            continue
        start = _sentence_start(text, first.start)
        end = next((m.start() for m in _SENTENCE_END.finditer(text, second.end)), len(text))
        # (not "talks between Governor X and President Y", "signed by Home Secretary X and Rwanda's Foreign
        # Minister Y": two sides)
        if _BY_THEM.search(text, start, first.start) and not _TWO_SIDES.search(text, start, end):
            return other.country
    return None


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins: after the last sentence end (not "U.S. House Speaker")
    or line break before it."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos)]
    return max(ends[-1] if ends else 0, text.rfind("\n", 0, pos) + 1)


def _nearest_country(mentions: list[Mention], pos: int, text: str) -> str | None:
    """The country of the closest preceding country-like mention in the same sentence."""
    sentence_start = _sentence_start(text, pos)
    best = None
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start >= pos:
            break
        if m.start >= sentence_start and m.kind in ("country", "demonym") and m.country:
            best = m.country
        elif m.start >= sentence_start and m.kind == "city" and _METONYM_VERB.match(text, m.end):
            best = m.country  # "Bogota recalled its ambassador": the capital stands for its country
    return best


def _place_before(mentions: list[Mention], name: str, text: str) -> str | None:
    """The country of the last city named before a person's first mention, in the same sentence."""
    first = next((m.start for m in mentions if m.kind == "person" and m.key == name), None)
    if first is None:
        return None
    start = _sentence_start(text, first)
    return next((m.country for m in reversed(mentions) if start <= m.start < first and m.kind == "city"), None)


# a short name two countries share: the gazetteer's reading, and the other one's
_SHARED_SHORT_NAMES = {"Congo": ("COG", "COD"), "the Congo": ("COG", "COD")}


def _resolve_shared_names(mentions: list[Mention]) -> list[Mention]:
    """A bare "Congo" in a story that otherwise speaks of the DR Congo (Kinshasa, Tshisekedi,
    "DRC") and never of the Republic of the Congo by a name of its own is the DR Congo."""
    out = mentions
    for surface, (default, other) in _SHARED_SHORT_NAMES.items():
        bare = [m for m in out if m.kind == "country" and m.text == surface and m.key == default]
        if not bare:
            continue
        # (a person's country may itself come from the bare name: "Congo's ambassador Zenon Mukongo Ngay")
        spoken = {m.country for m in out if m.country in (default, other) and m not in bare and m.kind != "person"}
        if other in spoken and default not in spoken:
            out = [Mention(m.start, m.end, m.kind, other, m.text, other) if m in bare else m for m in out]
    return out


def _main_person(persons: dict[str, PersonInfo]) -> str | None:
    ranked = sorted(
        (p for p in persons.values() if p.country and p.role in ("head_of_state", "head_of_government")),
        key=lambda p: (-p.count, p.name))
    return ranked[0].name if ranked else None
