"""One document's events made whole: undated facts dated, mentions of one event merged.

A story tells its main event in several sentences and dates it once; these steps give undated
facts the date the story implies, merge the mentions of one event (same type, countries and
compatible dates) and fold a many-country meeting into the summit of that day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import PartialDate
from .model import Context, Event, unique

__all__ = ["JOINED_IN", "absorb_into_summits", "compatible_dates", "inherit_dates", "merge_events"]


def inherit_dates(events: list[Event], ctx: Context) -> list[Event]:
    """Give undated facts the date the story implies.

    In order: the last dated fact earlier in the same paragraph; the first dated fact that shares
    a country; the date of the story's lead fact (the first dated one).
    """
    facts = [e for e in events if not e.planned and not e.background]
    dated = [e for e in facts if e.date is not None and e.date.precision == "day"]
    # the story's day: its first dated act other than a visit (a visit is dated by its first day)
    lead = next((e for e in dated if e.type != "Visit"), dated[0] if dated else None)
    if dated and dated[0].type == "Visit" and ctx.published is not None and dated[0].date.first_day() == ctx.published \
            and lead is not dated[0] and lead.date.first_day() < ctx.published:
        lead = dated[0]  # "Muscat, May 27 -- X, who arrived in Muscat on Tuesday": the story's day, not an aside's before it
    lead_act = lead  # the day the lead told, for acts other than the visit itself
    if ctx.lead_told is not None and lead is not None and lead.date != ctx.lead_told:
        lead_act = replace(lead, date=ctx.lead_told, end_date=None, background=False)
    for index, event in enumerate(events):
        if event.date is not None or event.planned or event.ongoing or event.state:
            continue
        if ctx.published is not None and event.evidence and \
                event.evidence[0].start <= ctx.header[0] < event.evidence[0].end:
            # "ZAGREB, Jan 1, 2023 - Croatia adopted the euro at midnight": the dateline's own sentence, of its day
            event.date, event.end_date = PartialDate.of(ctx.published), None
            continue
        earlier = _earlier_named(event, events[:index])
        if earlier is not None:  # "Following the talks, the two ministers signed ...": the talks' day
            event.date, event.end_date = earlier.date, earlier.end_date
            event.background = event.background or earlier.background  # (an earlier trip's talks are in the past too)
            continue
        told = [e for e in events[:index] if e.date is not None and not e.planned and e.paragraph == event.paragraph]
        past = [e for e in told if e.background and set(event.countries) <= set(e.countries)]
        if told and told[-1].background and past and event.evidence and (
                _GOES_ON.match(event.evidence[0].quote) or (event.type == "Summit" and past[-1] is told[-1] and past[-1].type == "Summit")):
            # "Erdogan went to Cairo in February. He held talks with Sisi ...", "On that trip Lula was received by
            # ...": the earlier trip's story goes on
            event.date, event.end_date, event.background = past[-1].date, past[-1].end_date, True
            continue
        before = [e for e in told if not e.background]
        if not before and event.evidence and _THEN.match(event.evidence[0].quote):
            # "The two presidents then signed a joint statement" opening a paragraph: after the last fact told
            before = [e for e in events[:index] if e.date is not None and not e.planned and not e.background][-1:]
        same = [e for e in facts if e.date is not None and set(e.countries) & set(event.countries)]
        source = before[-1] if before else (lead if event.type == "Visit" else lead_act) if lead is not None else same[0] if same else None
        if event.section is not None and not before:  # the date heading this dispatch
            event.date, event.end_date = PartialDate.of(event.section), None
        elif source is not None:
            event.date = source.date
            event.end_date = source.end_date
            event.background = event.background or (source.background and source is not lead and source is not lead_act)
        elif ctx.published is not None and lead is None and not event.background:
            # a story that dates none of its facts tells the news of its own day ("ABUJA, July 30 - West African
            # leaders meeting in an emergency summit ...")
            event.date = PartialDate.of(ctx.published)
    return events


_THEN = re.compile(r"\s*(?:(?:The\s+(?:two\s+)?\w+|They|He|She)\s+(?:\w+\s+)?then\b|Then\b|Afterwards\b|Afterward\b)")
_GOES_ON = re.compile(r"\s*(?:He|She|They|There|The\s+two|(?:On|During)\s+(?:that|the\s+same)\s+(?:trip|visit|tour|occasion)|"
                      r"In\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,)(?:\s|\b)")
_AFTER = re.compile(r"\b(?:after|following|at\s+the\s+(?:end|close|conclusion)\s+of|on\s+the\s+(?:sidelines|margins)\s+of|"
                    r"in\s+the\s+course\s+of|as\s+part\s+of|during|within|prior\s+to|before|ahead\s+of)\s+(?:the|their|these|those|this|that)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?P<what>talks|meeting|meetings|negotiations|consultations|summit|forum|conference|conversation|discussions|"
                    r"visit|trip)\b", re.I)
_NAMED_AS = {"summit": ("Summit", "Meeting"), "forum": ("Summit",), "conference": ("Summit",), "visit": ("Visit",), "trip": ("Visit",)}


def _earlier_named(event: Event, before: list[Event]) -> Event | None:
    """The dated fact an undated one names as its occasion ("after the talks", "at the end of the
    summit"): the latest such fact told before it."""
    if not event.evidence:
        return None
    named = _AFTER.search(event.evidence[0].quote)
    if named is None:
        return None
    types = _NAMED_AS.get(named.group("what").lower(), ("Meeting",))
    here = event.evidence[0].start
    # ("During the visit, the two countries signed 26 memoranda": the visit just told, even an earlier one)
    told = "Visit" in types
    return next((e for e in reversed(before) if e.type in types and e.date is not None and e.explicit_date
                 and not e.planned and (told or not e.background) and e.evidence and e.evidence[0].start < here
                 and (set(event.countries) <= set(e.countries)
                      or (e.type == "Summit" and set(event.countries) & set(e.countries)))), None)  # "on the sidelines of the forum"


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
    undated mention is not an earlier event told in passing); the days of one visit (arrival on
    Monday, talks on Tuesday) are one visit."""
    if a.type == "Visit" and not (a.planned or b.planned) and 0 < _days_apart(a, b) <= 4:
        return True
    if a.type == "Accession" and a.date and b.date and a.date.value != b.date.value and compatible_dates(a.date, b.date):
        return True  # a country joins once: "on July 8" and "earlier this month" are that one joining
    if a.background != b.background and not (a.explicit_date and b.explicit_date):
        return False
    if a.explicit_date and b.explicit_date and a.date and b.date and a.date.value != b.date.value:
        return False
    if not a.explicit_date and not b.explicit_date and _days_apart(a, b) <= 3 and a.background == b.background:
        return True  # two dates both inferred ("Kobakhidze, Aliyev sign deals" over the story's "Following the talks")
    if a.explicit_date != b.explicit_date and a.date and b.date and len(a.date.value) == len(b.date.value) == 10:
        # an inherited date a day or two off the stated one: the same event
        return abs((a.date.first_day() - b.date.first_day()).days) <= 3
    return compatible_dates(a.date, b.date)


def _days_apart(a: Event, b: Event) -> int:
    """Days between two day-precise dates; a large number when either is not a day."""
    if not (a.date and b.date and a.date.precision == b.date.precision == "day"):
        return 10_000
    return abs((a.date.first_day() - b.date.first_day()).days)


def compatible_dates(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Can two dates be one day ("2024-07" and "2024-07-06")? An unknown date fits any."""
    if a is None or b is None:
        return True
    short = min(len(a.value), len(b.value))
    return a.value[:short] == b.value[:short]


# "... with Crown Prince Mohammed bin Salman present and Erdogan joining by telephone": who else took part in the meeting
JOINED_IN = re.compile(r"\bjoin(?:ed|ing|s)?\s+(?:the\s+(?:meeting|talks|call)\s+)?(?:by|via|over\s+the)\s+(?:tele)?phone\b|"
                       r"\b(?:was|were)\s+(?:also\s+)?(?:in\s+the\s+room|present)\b|\bwith\s+[^.;]{3,80}?\s+present\b", re.I)
_ASIDE_TALKS = re.compile(r"\b(?:sidelines|margins|trilateral|three-way|four-way)\b|"  # ("met ... before the summit opened")
                          r"\b(?:before|ahead\s+of)\s+the\s+(?:[\w'-]+\s+){0,3}?summit\b", re.I)


def absorb_into_summits(events: list[Event]) -> list[Event]:
    """A meeting of three or more countries on a summit's day is that summit's gathering."""
    summits = [e for e in events if e.type == "Summit" and not e.planned]
    out = []
    for event in events:
        if event.type == "Meeting" and len(event.countries) >= 3 and not event.planned and not any(
                _ASIDE_TALKS.search(e.quote) or JOINED_IN.search(e.quote) for e in event.evidence):
            # ("On the sidelines, Modi, Albanese and Carney met"; "Trump met al-Sharaa, ... Erdogan joined by telephone")
            summit = next((s for s in summits if compatible_dates(s.date, event.date)), None)
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


def merge_events(events: list[Event], countries_of: dict[str, str | None] | None = None) -> list[Event]:
    """One event per (type, countries, organisation, compatible date) in a document."""
    countries_of = countries_of or {}
    merged: list[Event] = []
    for event in _split_sanctions(events):
        target = None
        if event.type == "Summit":
            candidates = [o for o in merged if o.type == "Summit" and o.planned == event.planned
                          and o.background == event.background
                          and not (o.label and event.label and o.label != event.label)  # the ASEAN-China, not the ASEAN-US summit
                          and (o.organization == event.organization or not o.organization or not event.organization)
                          and (compatible_dates(o.date, event.date) or not (o.explicit_date and event.explicit_date)
                               or (o.organization and o.organization == event.organization and _days_apart(o, event) <= 7))]
            named = {o.label for o in candidates if o.label}
            # a mention naming no summit, among several named ones: the one told last ("Among the leaders in attendance ...")
            target = (candidates[-1] if not event.label and len(named) > 1 else candidates[0]) if candidates else None
            if target is not None:
                target.countries = tuple(sorted(set(target.countries) | set(event.countries)))
        for other in merged if target is None else []:
            if event.type == "Meeting" and _different_people(event, other, countries_of):
                continue  # the leaders' talks and the ministers' talks of one day are two meetings
            if event.type == "Meeting" and event.call_on != other.call_on and other.type == "Meeting" and (
                    set((event if event.call_on else other).persons) - set((other if event.call_on else event).persons)):
                continue  # "Later, the minister paid a courtesy call on Chief Adviser Yunus": not the ministers' talks
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
        target.tentative = target.tentative and event.tentative
        target.persons = unique([*target.persons, *event.persons])
        target.organization = target.organization or event.organization
        target.label = target.label or event.label
        target.city = target.city or event.city
        target.visit_type = target.visit_type or event.visit_type
        target.agreement_subject = target.agreement_subject or event.agreement_subject
        target.agreement_count = target.agreement_count or event.agreement_count
        if target.type == "Visit" and 0 < _days_apart(target, event) <= 4:
            if event.date.first_day() < target.date.first_day():  # a visit is dated by its first day
                target.date, target.end_date = event.date, None
        elif event.date and (target.date is None or (event.explicit_date and not target.explicit_date)
                             or (event.explicit_date == target.explicit_date and len(event.date.value) > len(target.date.value))):
            target.date, target.end_date = event.date, event.end_date
            target.explicit_date = target.explicit_date or event.explicit_date
    return merged
