"""Extraction: document -> mentions -> events, rule-based and offline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..documents import Document
from .events import EVENT_TYPES, Event, Evidence, extract_events
from .gazetteer import Gazetteer, load_gazetteer
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
    [('Meeting', ('CHN', 'KAZ'), '2024-07-03')]
    """
    gaz = gazetteer or load_gazetteer()
    sentences = split_sentences(document.text)
    mentions = find_mentions(document.text, gaz, document.published)
    events = extract_events(document.text, sentences, mentions, gaz, document.published)
    return Extraction(document, sentences, mentions, events)
