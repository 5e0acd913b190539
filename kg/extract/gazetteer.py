"""Reference data: countries, cities, organisations, memberships, office-holders and titles.

Everything is read from the CSV files in ``kg/data/`` (a user extends them without touching
code) plus ISO 3166 names from pycountry, and compiled into one Aho-Corasick automaton for fast
whole-word matching.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import os
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import DataError

__all__ = [
    "Country", "City", "Organization", "Membership", "OfficeTerm", "PersonEntry", "Match",
    "Gazetteer", "load_gazetteer", "data_path", "fold_name", "parse_partial_date", "OFFICES",
]

#: The offices that office-holder files may name, with the ontology property each maps to.
OFFICES = ("head_of_state", "head_of_government", "foreign_minister")


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str | None
    name: str
    wikidata: str | None = None
    region: str | None = None
    subregion: str | None = None


@dataclass(frozen=True)
class City:
    name: str
    iso3: str
    capital: bool = False
    wikidata: str | None = None


@dataclass(frozen=True)
class Organization:
    acronym: str
    name: str
    wikidata: str | None = None
    kind: str = "organization"


@dataclass(frozen=True)
class Membership:
    org: str
    iso3: str
    status: str
    since: str | None
    until: str | None


class _Term:
    """A term of office from ``start`` to ``end`` (either may be open)."""

    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class OfficeTerm(_Term):
    iso3: str
    office: str
    person: str
    title: str
    start: dt.date | None
    end: dt.date | None


@dataclass
class PersonEntry:
    """A person known to the reference data, with every surface form met in the files.

    ``iso3`` is None for a person known only as the head of an organisation (``org_terms``)."""

    name: str
    iso3: str | None
    aliases: set[str] = field(default_factory=set)
    wikidata: str | None = None
    terms: list[OfficeTerm] = field(default_factory=list)
    org_terms: list["OrgTerm"] = field(default_factory=list)

    def in_office(self, day: dt.date) -> bool:
        """Does one of the person's national terms cover ``day``?"""
        return any(t.covers(day) for t in self.terms)

    def organization_on(self, day: dt.date | None) -> str | None:
        """The organisation this person leads on ``day`` when they hold no national office then
        (without a date: when their latest office is an organisation's)."""
        if day is not None:
            if self.in_office(day):
                return None
            return next((t.org for t in self.org_terms if t.covers(day)), None)
        if not self.org_terms:
            return None
        latest_org = max(self.org_terms, key=lambda t: t.start or dt.date.min)
        if any((t.start or dt.date.min) > (latest_org.start or dt.date.min) for t in self.terms):
            return None
        return latest_org.org


@dataclass(frozen=True)
class OrgTerm(_Term):
    org: str
    office: str
    title: str
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class Match:
    """A gazetteer hit: ``kind`` is country, demonym, city, org, person or title."""

    start: int
    end: int
    kind: str
    key: str
    surface: str


def data_path(name: str = "") -> Path:
    """Path of a file in the package's reference data folder."""
    return Path(str(resources.files("kg.data"))) / name


def parse_partial_date(value: str | None, *, end: bool = False) -> dt.date | None:
    """``2024``, ``2024-07`` or ``2024-07-04`` as a date (first or, with ``end``, last day)."""
    if not value:
        return None
    parts = value.strip().split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    month = int(parts[1])
    if len(parts) == 2:
        if end:
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, month, 1)
    return dt.date(year, month, int(parts[2]))


def read_rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise DataError(f"{path}: cannot be read ({exc.strerror})") from None
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError(f"{path}:1: missing column(s) {', '.join(missing)}; the header must name {', '.join(required)}")
        for row in reader:
            if None in row:  # more fields than the header names: a pattern or name with an unquoted comma
                raise DataError(f"{path}:{reader.line_num}: {len(reader.fieldnames) + len(row[None])} fields where the header "
                                f"names {len(reader.fieldnames)}; put a value that holds a comma in double quotes")
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def _term_dates(path: Path, line: int, row: dict[str, str]) -> tuple[dt.date | None, dt.date | None]:
    """The start and end of a term of office, or a one-line error naming the file and line."""
    try:
        return parse_partial_date(row["start"]), parse_partial_date(row["end"], end=True)
    except ValueError:
        raise DataError(f"{path}:{line}: dates must be YYYY, YYYY-MM or YYYY-MM-DD") from None


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


# a capitalised word after a one-word person alias that makes it part of someone else's name
ANOTHER_NAME = re.compile(r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                           r"June|July|August|September|October|November|December|Da|De|Do|Dos|Al|El|Bin|Ben|Van|Von|Der|"
                           r"Le|La|And|The|On|In|At|Of|To|For|With|Said|Says|Told|Has|Had|Was|Is|Will|Would|Also)\b)"
                           r"[A-Z][a-z\u00e0-\u024f'-]{2,}(?!\w)")


_SEATED = re.compile(r"(?:based|registered|flagged|headquartered|incorporated)\b")  # "Lebanon-based", "Panama-flagged"


class Gazetteer:
    """All reference data, with an automaton that finds every known name in a text."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or data_path()
        self.folder = folder
        self.countries: dict[str, Country] = {}
        self.cities: dict[str, City] = {}
        self.organizations: dict[str, Organization] = {}
        self.memberships: list[Membership] = []
        self.persons: dict[str, PersonEntry] = {}
        self.titles: dict[str, str] = {}
        self._title_countries: dict[str, str] = {}
        self._news_agencies: dict[str, str] = {}
        self._surfaces: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self._load_countries(folder / "countries.csv")
        self._load_cities(folder / "cities.csv")
        self._load_organizations(folder / "organizations.csv", folder / "memberships.csv")
        self._load_persons(sorted((folder / "office_holders").glob("*.csv")))
        self._load_officials(folder / "org_officials.csv")
        self._index_persons()
        self._load_titles(folder / "titles.csv")
        self._load_agencies(folder / "agencies.csv")
        self._load_agencies(folder / "companies.csv", "company")
        self._load_news_agencies(folder / "news_agencies.csv")
        self._load_places(folder / "places.csv")
        self._automaton = self._compile()

    # ------------------------------------------------------------------ loading
    def _add(self, surface: str, kind: str, key: str) -> None:
        surface = surface.strip()
        if len(surface) >= 2:
            self._surfaces[surface].add((kind, key))

    def _load_countries(self, path: Path) -> None:
        import pycountry

        iso = {c.alpha_3: c for c in pycountry.countries}
        for line, row in read_rows(path, ("iso3", "name", "aliases", "demonyms", "wikidata", "region")):
            code = row["iso3"].upper()
            if code not in iso and code != "XKX":
                raise DataError(f"{path}:{line}: {code!r} is not an ISO 3166-1 alpha-3 code")
            record = iso.get(code)
            self.countries[code] = Country(
                code, record.alpha_2 if record else "XK", row["name"], row["wikidata"] or None,
                row["region"] or None, row.get("subregion") or None)
            names = {row["name"], *_split(row["aliases"])}
            if record is not None:
                for attr in ("name", "official_name", "common_name"):
                    value = getattr(record, attr, None)
                    if value and "," not in value:
                        names.add(value)
            for name in names:
                self._add(name, "country", code)
                if name.startswith("the "):
                    self._add(name[4:], "country", code)
            for demonym in _split(row["demonyms"]):
                self._add(demonym, "demonym", code)

    def _load_cities(self, path: Path) -> None:
        for line, row in read_rows(path, ("name", "iso3", "aliases", "capital")):
            code = row["iso3"].upper()
            if code not in self.countries:
                raise DataError(f"{path}:{line}: unknown country {code!r}; add it to countries.csv first")
            key = f"{row['name']}|{code}"
            self.cities[key] = City(row["name"], code, row["capital"] in ("1", "true", "yes"),
                                    row.get("wikidata") or None)
            for name in {row["name"], *_split(row["aliases"])}:
                self._add(name, "city", key)

    def _load_organizations(self, path: Path, members: Path) -> None:
        for line, row in read_rows(path, ("acronym", "name", "aliases", "wikidata", "kind")):
            if not re.fullmatch(r"[A-Za-z0-9+]+", row["acronym"]):
                raise DataError(f"{path}:{line}: acronym {row['acronym']!r} must be letters and digits only")
            self.organizations[row["acronym"]] = Organization(
                row["acronym"], row["name"], row["wikidata"] or None, row["kind"] or "organization")
            for name in {row["name"], *_split(row["aliases"])}:
                self._add(name, "org", row["acronym"])
        for line, row in read_rows(members, ("org", "iso3", "status", "since", "until")):
            if row["org"] not in self.organizations:
                raise DataError(f"{members}:{line}: unknown organisation {row['org']!r}; add it to organizations.csv")
            self.memberships.append(Membership(row["org"], row["iso3"].upper(), row["status"] or "member",
                                               row["since"] or None, row["until"] or None))

    def _load_persons(self, paths: list[Path]) -> None:
        by_surface: dict[tuple[str, str], PersonEntry] = {}
        for path in paths:
            for line, row in read_rows(path, ("iso3", "office", "name", "aliases", "title", "start", "end")):
                code = row["iso3"].upper()
                if code not in self.countries:
                    raise DataError(f"{path}:{line}: unknown country {code!r}")
                if row["office"] not in OFFICES:
                    raise DataError(f"{path}:{line}: office must be one of {', '.join(OFFICES)}, not {row['office']!r}")
                start, end = _term_dates(path, line, row)
                surfaces = [row["name"], *_split(row["aliases"])]
                entry = next((by_surface[(code, s)] for s in surfaces if (code, s) in by_surface), None)
                entry = entry or self.persons.get(row["name"])  # one monarch, several realms
                if entry is None:
                    entry = PersonEntry(row["name"], code)
                    self.persons[row["name"]] = entry
                if row.get("home") == "yes":  # one monarch, several realms: the realm they belong to
                    entry.iso3 = code
                entry.aliases.update(surfaces)
                entry.wikidata = entry.wikidata or row.get("wikidata") or None
                entry.terms.append(OfficeTerm(code, row["office"], entry.name, row["title"], start, end))
                for surface in surfaces:
                    by_surface[(code, surface)] = entry

    def _load_officials(self, path: Path) -> None:
        """Heads of organisations (UN Secretary-General, European Commission President...)."""
        for line, row in read_rows(path, ("org", "office", "name", "aliases", "title", "start", "end")):
            if row["org"] not in self.organizations:
                raise DataError(f"{path}:{line}: unknown organisation {row['org']!r}; add it to organizations.csv")
            start, end = _term_dates(path, line, row)
            entry = self.persons.get(row["name"])  # a former prime minister may lead an organisation later
            if entry is None:
                entry = self.persons[row["name"]] = PersonEntry(row["name"], None)
            entry.aliases.update([row["name"], *_split(row["aliases"])])
            entry.wikidata = entry.wikidata or row.get("wikidata") or None
            entry.org_terms.append(OrgTerm(row["org"], row["office"], row["title"], start, end))

    def _index_persons(self) -> None:
        self._folded_persons: dict[str, set[str]] = defaultdict(set)
        for entry in self.persons.values():
            for surface in entry.aliases:
                self._add(surface, "person", entry.name)
                if len(surface.split()) > 1:
                    self._folded_persons[fold_name(surface)].add(entry.name)

    def _load_titles(self, path: Path) -> None:
        for line, row in read_rows(path, ("title", "role")):
            self.titles[row["title"]] = row["role"]
            code = row.get("country", "").upper()
            if code:  # a title only one country uses ("Treasury Secretary", "Taoiseach")
                if code not in self.countries:
                    raise DataError(f"{path}:{line}: {code!r} is not a country of countries.csv; use its ISO 3166 alpha-3 code")
                self._title_countries[row["title"].lower()] = code
            self._add(row["title"], "title", row["title"])
            if row["title"][0].isupper():
                self._add(row["title"][0].lower() + row["title"][1:], "title", row["title"])
                if not row["title"].isupper():
                    self._add(row["title"].lower(), "title", row["title"])

    def _load_agencies(self, path: Path, kind: str = "agency") -> None:
        """Institutions and seats of power that stand for their country ("the Kremlin", "OFAC"); or
        (``kind`` "company") companies, forces and parties that belong to one but do not act for it in
        its foreign relations ("Rosneft", "Iran Air"): a measure against them is against that country."""
        if not path.exists():
            return
        for line, row in read_rows(path, ("name", "iso3")):
            code = row["iso3"].upper()
            if code not in self.countries:
                raise DataError(f"{path}:{line}: unknown country {code!r}")
            self._add(row["name"], kind, code)

    def _load_news_agencies(self, path: Path) -> None:
        """State and national news agencies ("KUNA", "Xinhua") and the country each reports for."""
        if not path.exists():
            return
        for line, row in read_rows(path, ("name", "aliases", "iso3")):
            code = row["iso3"].upper()
            if code not in self.countries:
                raise DataError(f"{path}:{line}: unknown country {code!r}; use its ISO 3166 alpha-3 code")
            for name in (row["name"], *_split(row["aliases"])):
                self._news_agencies[name.casefold()] = code

    def _load_places(self, path: Path) -> None:
        """Names that hold a country's name but are not the country ("South China Sea", "Latin
        American", "New Mexico"): found like any other name, so that the country inside them is not,
        and then dropped."""
        if not path.exists():
            return
        for _, row in read_rows(path, ("name",)):
            self._add(row["name"], "place", row["name"])

    def news_agency_country(self, text: str) -> str | None:
        """The country of the news agency a story is credited to at its top: "(KUNA)" after the
        dateline, "/TASS/", or the agency's name on the first line."""
        top = text[:600]
        lines = [line.strip() for line in top.splitlines() if line.strip()]
        credits = [m.group(1) or m.group(2) for m in re.finditer(r"\(([^()\n]{2,40})\)|/([^/\n]{2,20})/", top)]
        if lines:
            credits.append(lines[0].split(" - ")[0].split(" (")[0])
        for credit in credits:
            code = self._news_agencies.get(credit.strip().casefold())
            if code:
                return code
        return None

    def _compile(self):
        import ahocorasick

        automaton = ahocorasick.Automaton()
        priority = {"place": -1, "country": 0, "person": 1, "org": 2, "agency": 3, "company": 4, "demonym": 5, "city": 6, "title": 7}
        for surface, keys in self._surfaces.items():
            kinds = {k for k, _ in keys}
            best = min(kinds, key=priority.__getitem__)
            chosen = sorted(k for k in keys if k[0] == best)
            if len(chosen) > 1:
                continue  # one surface, several entries of the same kind: too ambiguous to match
            automaton.add_word(surface, (surface, *chosen[0]))
        automaton.make_automaton()
        return automaton

    # ------------------------------------------------------------------ lookups
    def find(self, text: str) -> list[Match]:
        """Every longest whole-word gazetteer hit in ``text``, left to right, not overlapping."""
        hits = []
        for end_index, (surface, kind, key) in self._automaton.iter_long(text):
            start = end_index - len(surface) + 1
            end = end_index + 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-") and not (
                    kind == "title" and re.search(r"(?:^|\W)(?:then|ex|former)-$", text[max(0, start - 8):start], re.I)):
                continue  # "Minsk-based" is no mention; "then-President" is a title
            if kind == "person" and " " not in surface and ANOTHER_NAME.match(text, end):
                continue  # "Anwar Gargash" is not Anwar Ibrahim: a one-word alias inside a longer name
            if end < len(text) and text[end].isalnum():
                continue
            if end < len(text) - 1 and text[end] == "-" and text[end + 1].isalpha() and kind != "demonym" and not (
                    kind == "country" and _SEATED.match(text, end + 1)):
                continue  # "Lebanon-based individuals" are of that country; "Minsk-based" is no city mention
            hits.append(Match(start, end, kind, key, surface))
        hits.sort(key=lambda m: (m.start, -(m.end - m.start)))
        chosen: list[Match] = []
        last_end = -1
        for hit in hits:
            if hit.start >= last_end:
                chosen.append(hit)
                last_end = hit.end
        return [hit for hit in chosen if hit.kind != "place"]

    def holder(self, iso3: str, office: str, day: dt.date | None) -> PersonEntry | None:
        """Who held ``office`` in country ``iso3`` on ``day`` (today's holder if ``day`` is None)."""
        day = day or dt.date.today()
        for entry in self.persons.values():
            for term in entry.terms:
                if term.iso3 == iso3 and term.office == office and term.covers(day):
                    return entry
        return None

    def offices_of(self, person: str, day: dt.date | None) -> list[str]:
        """The offices a known person held on ``day`` (any time if ``day`` is None)."""
        entry = self.persons.get(person)
        if entry is None:
            return []
        return [t.office for t in entry.terms if day is None or t.covers(day)]

    def members(self, org: str, day: dt.date | None = None) -> set[str]:
        """ISO3 codes of the full members of ``org`` on ``day`` (current members if None)."""
        day = day or dt.date.today()
        out = set()
        for m in self.memberships:
            if m.org != org or m.status != "member":
                continue
            since = parse_partial_date(m.since)
            until = parse_partial_date(m.until, end=True)
            if (since is None or since <= day) and (until is None or day <= until):
                out.add(m.iso3)
        return out

    def title_country(self, title: str | None) -> str | None:
        """The country a title belongs to when only one country uses it (``titles.csv``'s country)."""
        return self._title_countries.get(title.lower()) if title else None

    def role_of(self, title: str | None) -> str | None:
        """The role a title implies (``titles.csv``), whatever its case: "the prime minister"."""
        return self._title_roles.get(title.lower()) if title else None

    @functools.cached_property
    def data_year(self) -> int:
        """The latest year the office-holder data knows of: the horizon of its knowledge."""
        starts = [t.start.year for e in self.persons.values() for t in e.terms if t.start]
        return max(starts, default=dt.date.min.year)

    @functools.cached_property
    def leader_titles(self) -> list[str]:
        """Titles of heads of state and government and of foreign ministers ("Chief Adviser")."""
        return sorted(t for t, role in self.titles.items()
                      if role in OFFICES)

    @functools.cached_property
    def title_words(self) -> frozenset[str]:
        """Every word of every title ("Prime", "Minister"): never a bare surname."""
        return frozenset(word for title in self.titles for word in title.split())

    @functools.cached_property
    def _title_roles(self) -> dict[str, str]:
        return {title.lower(): role for title, role in self.titles.items()}

    def city_named(self, name: str) -> City | None:
        """The city with this canonical name (the first in file order if several share it)."""
        return self._cities_by_name.get(name)

    def city_in_capitals(self, name: str) -> City | None:
        """The city a dateline writes in capitals ("ABUJA", "RIO DE JANEIRO"); a capital named after
        its country may drop "City" ("KUWAIT", "PANAMA")."""
        upper = name.strip().upper()
        return self._cities_by_upper_name.get(upper) or self._cities_by_upper_name.get(upper + " CITY")

    @functools.cached_property
    def _cities_by_upper_name(self) -> dict[str, City]:
        index: dict[str, City] = {}
        for city in sorted(self.cities.values(), key=lambda c: not c.capital):  # a capital first
            index.setdefault(city.name.upper(), city)
        return index

    def capital_of(self, iso3: str) -> City | None:
        """A country's capital, when the data gives it exactly one ("the Nigerian capital": Abuja)."""
        return self._capitals.get(iso3)

    @functools.cached_property
    def _capitals(self) -> dict[str, City]:
        found: dict[str, list[City]] = {}
        for city in self.cities.values():
            if city.capital:
                found.setdefault(city.iso3, []).append(city)
        return {code: cities[0] for code, cities in found.items() if len(cities) == 1}

    @functools.cached_property
    def _cities_by_name(self) -> dict[str, City]:
        index: dict[str, City] = {}
        for city in self.cities.values():
            index.setdefault(city.name, city)
        return index

    def persons_by_name_part(self, token: str) -> list[PersonEntry]:
        """Known persons whose canonical name starts or ends with the word ``token``."""
        return self._name_parts.get(token, [])

    @functools.cached_property
    def _name_parts(self) -> dict[str, list[PersonEntry]]:
        index: dict[str, list[PersonEntry]] = defaultdict(list)
        for entry in self.persons.values():
            parts = entry.name.split()
            if len(parts) > 1:
                for part in {parts[0], parts[-1]}:
                    index[part].append(entry)
        return index

    def person_by_name(self, name: str) -> str | None:
        """The known person whose name matches ``name`` ignoring case, accents and hyphens."""
        folded = fold_name(name)
        found = self._folded_persons.get(folded, set())
        if not found and len(folded.split()) == 2:  # family name first: "Kishida Fumio"
            found = self._folded_persons.get(" ".join(reversed(folded.split())), set())
        if not found and len(folded.split()) >= 2:  # both family names without the given one: "Marrero Cruz"
            found = self._folded_tails.get(folded, set())
        return next(iter(found)) if len(found) == 1 else None

    @functools.cached_property
    def _folded_tails(self) -> dict[str, set[str]]:
        """Known persons by their last two or more names ("marrero cruz" for Manuel Marrero Cruz)."""
        index: dict[str, set[str]] = defaultdict(set)
        for folded, names in self._folded_persons.items():
            words = folded.split()
            for i in range(1, len(words) - 1):
                index[" ".join(words[i:])].update(names)
        return index

    def country_by_name(self, name: str) -> str | None:
        """ISO3 for a code or any country name, alias or demonym the gazetteer knows."""
        text = name.strip()
        if text.upper() in self.countries:
            return text.upper()
        for candidate in (text, text.title()):
            for kind, key in self._surfaces.get(candidate, ()):
                if kind in ("country", "demonym"):
                    return key
        return self._country_index.get(text.lower())

    @functools.cached_property
    def _country_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for surface, keys in sorted(self._surfaces.items()):
            for kind, key in sorted(keys):
                if kind in ("country", "demonym"):
                    index.setdefault(surface.lower(), key)
        return index


def fold_name(name: str) -> str:
    """A name folded for lenient comparison: "Abdel Fattah El-Sisi" == "abdel fattah el sisi"."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[-'.]", " ", text).split())


@functools.lru_cache(maxsize=4)
def load_gazetteer(folder: str | None = None) -> Gazetteer:
    """Load (once per process) the gazetteer from ``folder``, ``$KG_DATA_DIR`` or the package's data."""
    folder = folder or os.environ.get("KG_DATA_DIR")
    return Gazetteer(Path(folder) if folder else None)
