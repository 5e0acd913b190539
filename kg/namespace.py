"""The diplomacy ontology's terms as an rdflib namespace, and the IRIs of the resources."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = [
    "DIP",
    "ID",
    "country_iri",
    "person_iri",
    "org_iri",
    "place_iri",
    "doc_iri",
    "event_iri",
    "evidence_iri",
    "agreement_iri",
    "measurement_iri",
    "graph_iri",
    "slug",
    "stable_hash",
]

ID = Namespace("https://w3id.org/bilateral-kg/id/")


class DIP(DefinedNamespace):
    """Terms of ``ontology/diplomacy.ttl``; a typo raises ``AttributeError``."""

    _fail = True
    _NS = Namespace("https://w3id.org/bilateral-kg/ontology#")

    # classes
    Actor: URIRef
    Country: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Document: URIRef
    Evidence: URIRef
    Agreement: URIRef
    Event: URIRef
    Visit: URIRef
    Meeting: URIRef
    Summit: URIRef
    AgreementSigning: URIRef
    Accession: URIRef
    Sanction: URIRef
    EventStatus: URIRef
    Planned: URIRef
    CentralityMeasurement: URIRef
    # annotations
    cameoCode: URIRef
    ploverCategory: URIRef
    # actors
    iso3: URIRef
    iso2: URIRef
    region: URIRef
    acronym: URIRef
    represents: URIRef
    office: URIRef
    headOfState: URIRef
    headOfGovernment: URIRef
    foreignMinister: URIRef
    memberOf: URIRef
    mentionedIn: URIRef
    inCountry: URIRef
    # events
    participant: URIRef
    host: URIRef
    guest: URIRef
    imposedBy: URIRef
    imposedOn: URIRef
    organization: URIRef
    visitType: URIRef
    date: URIRef
    endDate: URIRef
    location: URIRef
    agreement: URIRef
    subject: URIRef
    party: URIRef
    agreementCount: URIRef
    status: URIRef
    # provenance
    evidence: URIRef
    quote: URIRef
    document: URIRef
    charStart: URIRef
    charEnd: URIRef
    fileName: URIRef
    sourcePath: URIRef
    sha256: URIRef
    title: URIRef
    published: URIRef
    publisher: URIRef
    sourceUrl: URIRef
    # analysis
    centrality: URIRef
    measure: URIRef
    value: URIRef
    windowStart: URIRef
    windowEnd: URIRef
    computedOn: URIRef


def slug(text: str) -> str:
    """Lower-case ASCII slug of a name: ``"Recep Tayyip Erdoğan"`` -> ``"recep-tayyip-erdogan"``.

    Examples
    --------
    >>> slug("Haitham bin Tarik Al Said")
    'haitham-bin-tarik-al-said'
    >>> slug("Xi'an")
    'xian'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’`]", "", ascii_text.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "unnamed"


def stable_hash(*parts: object, length: int = 16) -> str:
    """Hex digest of the parts joined with a unit separator; the same parts give the same hash."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def country_iri(iso3: str) -> URIRef:
    """IRI of a country: ``id/country/BLR``."""
    return ID[f"country/{iso3.upper()}"]


def person_iri(name: str) -> URIRef:
    """IRI of a person from the canonical name: ``id/person/alexander-lukashenko``."""
    return ID[f"person/{slug(name)}"]


def org_iri(acronym: str) -> URIRef:
    """IRI of an organisation: ``id/org/SCO``."""
    return ID[f"org/{acronym}"]


def place_iri(name: str) -> URIRef:
    """IRI of a place: ``id/place/beijing``."""
    return ID[f"place/{slug(name)}"]


def doc_iri(sha256: str) -> URIRef:
    """IRI of a document from the SHA-256 of its text: ``id/doc/<first 16 hex digits>``."""
    return ID[f"doc/{sha256[:16]}"]


def event_iri(key: str) -> URIRef:
    """IRI of an event from its merge key (type, countries, date, place)."""
    return ID[f"event/{stable_hash(key)}"]


def evidence_iri(doc_sha256: str, start: int, end: int, event_key: str) -> URIRef:
    """IRI of one evidence: a sentence of a document supporting one event."""
    return ID[f"evidence/{stable_hash(doc_sha256, start, end, event_key)}"]


def agreement_iri(event_key: str, subject: str | None) -> URIRef:
    """IRI of the agreement signed at an event."""
    return ID[f"agreement/{stable_hash(event_key, subject)}"]


def measurement_iri(actor: str, measure: str, since: str | None, until: str | None) -> URIRef:
    """IRI of one centrality measurement."""
    return ID[f"measurement/{stable_hash(actor, measure, since, until)}"]


def graph_iri(name: str) -> URIRef:
    """IRI of a named graph that is not a document's (``analysis``)."""
    return ID[f"graph/{name}"]
