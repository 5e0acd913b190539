"""Cross-document merge: the same event reported by several documents becomes one node.

The rule is deliberately simple and visible: two events are the same when they have the same
type, the same set of countries, the same host (visits), the same organisation when both name
one, the same place when both name one, the same status, and dates that agree — the same day
give or take ``DAY_WINDOW`` days, or the same month or year at the coarser precision. Events
without a date are never merged across documents.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pyoxigraph as ox
from rdflib import URIRef

from .extract import Event
from .extract.dates import PartialDate
from .namespace import event_iri

__all__ = ["EventIndex", "same_event", "DAY_WINDOW"]

#: Days two day-precise reports may differ by and still be one event (time zones, overnight).
DAY_WINDOW = 2

_DIP = "https://w3id.org/bilateral-kg/ontology#"
_ID = "https://w3id.org/bilateral-kg/id/"


@dataclass(frozen=True)
class _Entry:
    iri: str
    graph: str
    type: str
    countries: tuple[str, ...]
    host: str | None
    organization: str | None
    city: str | None
    date: str | None
    planned: bool
    end: str | None = None


def _dates_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    if len(a) != len(b):
        short = min(len(a), len(b))
        return short >= 7 and a[:short] == b[:short]
    if len(a) == 10:
        return abs((PartialDate(a).first_day() - PartialDate(b).first_day()).days) <= DAY_WINDOW
    return a == b


def same_event(a: _Entry, b: _Entry) -> bool:
    """The merge rule (see the module docstring)."""
    return (a.type == b.type and a.countries == b.countries and a.host == b.host
            and a.planned == b.planned
            and (a.organization == b.organization or not a.organization or not b.organization)
            and (a.city == b.city or not a.city or not b.city)
            and _dates_agree(a.date, b.date))


class EventIndex:
    """The events already stored, to give a new report of one of them the same IRI."""

    def __init__(self, entries: list[_Entry] | None = None) -> None:
        self.entries = list(entries or [])

    @classmethod
    def from_store(cls, store: ox.Store) -> "EventIndex":
        rows = store.query(f"""
            SELECT ?g ?e ?type ?date ?end ?org ?host ?city ?planned ?c WHERE {{ GRAPH ?g {{
              ?e a <{_DIP}Event> , ?type . FILTER(?type != <{_DIP}Event>)
              ?e <{_DIP}participant> ?c . FILTER(STRSTARTS(STR(?c), "{_ID}country/"))
              OPTIONAL {{ ?e <{_DIP}date> ?date }}
              OPTIONAL {{ ?e <{_DIP}endDate> ?end }}
              OPTIONAL {{ ?e <{_DIP}organization> ?org }}
              OPTIONAL {{ ?e <{_DIP}host> ?host }}
              OPTIONAL {{ ?e <{_DIP}location> ?city }}
              OPTIONAL {{ ?e <{_DIP}status> ?planned }}
            }} }}""")
        groups: dict[tuple[str, str], dict] = {}
        for r in rows:
            key = (r["g"].value, r["e"].value)
            item = groups.setdefault(key, {"countries": set(), "row": r})
            item["countries"].add(r["c"].value.rsplit("/", 1)[-1])
        entries = []
        for (graph, iri), item in sorted(groups.items()):
            r = item["row"]
            entries.append(_Entry(
                iri, graph, r["type"].value.rsplit("#", 1)[-1], tuple(sorted(item["countries"])),
                r["host"].value.rsplit("/", 1)[-1] if r["host"] else None,
                r["org"].value.rsplit("/", 1)[-1] if r["org"] else None,
                r["city"].value.rsplit("/", 1)[-1] if r["city"] else None,
                r["date"].value if r["date"] else None, r["planned"] is not None,
                r["end"].value if r["end"] else None))
        return cls(entries)

    def forget_graph(self, graph: str) -> None:
        self.entries = [e for e in self.entries if e.graph != graph]

    def resolve(self, event: Event, graph: str) -> URIRef:
        """The IRI of a stored event that is the same as ``event``, or a new one.

        A report of a known event takes over that event's date, so that every document graph
        states the same date for the one event node.
        """
        from .namespace import slug
        from .triples import event_key

        entry = _Entry("", graph, event.type, tuple(sorted(event.countries)), event.host,
                       event.organization, slug(event.city) if event.city else None,
                       event.date.value if event.date else None, event.planned)
        for other in self.entries:
            if other.graph != graph and same_event(entry, other):
                event.date = PartialDate(other.date) if other.date else None
                event.end_date = PartialDate(other.end) if other.end else None
                return URIRef(other.iri)
        iri = event_iri(event_key(event))
        self.entries.append(replace(entry, iri=str(iri),
                                    end=event.end_date.value if event.end_date else None))
        return iri
