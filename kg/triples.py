"""Triples: one document's extraction as an RDF graph under the diplomacy ontology."""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from .extract import Event, Extraction
from .extract.dates import PartialDate
from .extract.gazetteer import Gazetteer, load_gazetteer
from .namespace import (DIP, agreement_iri, country_iri, doc_iri, event_iri, evidence_iri, org_iri,
                        person_iri, place_iri)

__all__ = ["document_graph", "event_key", "date_literal", "bind_prefixes", "PREFIXES"]

WD = "http://www.wikidata.org/entity/"

#: Prefixes used in exports and offered to queries.
PREFIXES = {
    "dip": str(DIP._NS),
    "id": "https://w3id.org/bilateral-kg/id/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "wd": WD,
}

_OFFICE_PROPERTY = {
    "head_of_state": DIP.headOfState,
    "head_of_government": DIP.headOfGovernment,
    "foreign_minister": DIP.foreignMinister,
}


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def date_literal(date: PartialDate) -> Literal:
    """An ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` literal, as precise as the date."""
    datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[date.precision]
    return Literal(date.value, datatype=datatype)


def event_key(event: Event) -> str:
    """What identifies an event across documents: type, roles, countries and date."""
    return "|".join([
        event.type,
        ",".join(event.countries),
        event.host or "",
        ",".join(event.imposers),
        ",".join(event.targets),
        event.organization or "",
        event.date.value if event.date else "",
        "planned" if event.planned else "",
    ])


def document_graph(extraction: Extraction, gazetteer: Gazetteer | None = None,
                   resolve: Callable[[Event], URIRef] | None = None) -> Graph:
    """The RDF graph of one document: document, actors, places, events and evidence.

    ``resolve`` maps an event to the IRI of an equal event already stored (cross-document
    merge); by default each event gets the IRI of its own key.
    """
    gaz = gazetteer or load_gazetteer()
    doc = extraction.document
    g = bind_prefixes(Graph())
    sha = doc.sha256
    d = doc_iri(sha)
    g.add((d, RDF.type, DIP.Document))
    g.add((d, DIP.fileName, Literal(doc.file_name)))
    g.add((d, DIP.sourcePath, Literal(doc.source_path)))
    g.add((d, DIP.sha256, Literal(sha)))
    if doc.title:
        g.add((d, DIP.title, Literal(doc.title)))
        g.add((d, RDFS.label, Literal(doc.title)))
    else:
        g.add((d, RDFS.label, Literal(doc.file_name)))
    if doc.published:
        g.add((d, DIP.published, Literal(doc.published.isoformat(), datatype=XSD.date)))
    if doc.publisher:
        g.add((d, DIP.publisher, Literal(doc.publisher)))
    if doc.url:
        g.add((d, DIP.sourceUrl, Literal(doc.url, datatype=XSD.anyURI)))

    countries: set[str] = set()
    orgs: set[str] = set()
    for mention in extraction.mentions.mentions:
        if mention.kind == "org":
            orgs.add(mention.key)
        elif mention.country and mention.kind in ("country", "demonym", "description", "city", "agency"):
            countries.add(mention.country)
    persons = extraction.mentions.persons
    for event in extraction.events:
        countries.update(event.countries)
        countries.update(c for c in (*event.imposers, *event.targets) if c in gaz.countries)
        orgs.update(o for o in (event.organization, *event.imposers) if o and o in gaz.organizations)

    for info in persons.values():
        p = person_iri(info.name)
        g.add((p, RDF.type, DIP.Person))
        g.add((p, RDFS.label, Literal(info.name)))
        g.add((p, DIP.mentionedIn, d))
        for variant in info.variants - {info.name}:
            if len(variant.split()) > 1:
                g.add((p, SKOS.altLabel, Literal(variant)))
        if info.title:
            g.add((p, DIP.office, Literal(info.title)))
        if info.wikidata:
            g.add((p, OWL.sameAs, URIRef(WD + info.wikidata)))
        if info.country:
            countries.add(info.country)
            g.add((p, DIP.represents, country_iri(info.country)))
            if info.role in _OFFICE_PROPERTY:
                g.add((country_iri(info.country), _OFFICE_PROPERTY[info.role], p))

    for code in countries:
        country = gaz.countries.get(code)
        if country is None:
            continue
        c = country_iri(code)
        g.add((c, RDF.type, DIP.Country))
        g.add((c, DIP.iso3, Literal(code)))
        g.add((c, RDFS.label, Literal(country.name)))
        g.add((c, DIP.mentionedIn, d))
        if country.iso2:
            g.add((c, DIP.iso2, Literal(country.iso2)))
        if country.region:
            g.add((c, DIP.region, Literal(country.region)))
        if country.wikidata:
            g.add((c, OWL.sameAs, URIRef(WD + country.wikidata)))
    for acronym in orgs:
        org = gaz.organizations[acronym]
        o = org_iri(acronym)
        g.add((o, RDF.type, DIP.Organization))
        g.add((o, DIP.acronym, Literal(acronym)))
        g.add((o, RDFS.label, Literal(org.name)))
        g.add((o, DIP.mentionedIn, d))
        if org.wikidata:
            g.add((o, OWL.sameAs, URIRef(WD + org.wikidata)))
        for code in gaz.members(acronym, doc.published) & countries:
            g.add((country_iri(code), DIP.memberOf, o))

    for event in extraction.events:
        _add_event(g, event, d, sha, gaz, resolve)
    return g


def _add_event(g: Graph, event: Event, d: URIRef, sha: str, gaz: Gazetteer,
               resolve: Callable[[Event], URIRef] | None) -> None:
    key = event_key(event)
    e = resolve(event) if resolve else event_iri(key)
    g.add((e, RDF.type, DIP.Event))
    g.add((e, RDF.type, getattr(DIP, event.type)))
    names = [gaz.countries[c].name for c in event.countries if c in gaz.countries]
    label = f"{event.type}: " + (f"{gaz.countries[event.guest].name} -> {gaz.countries[event.host].name}"
                                 if event.type == "Visit" and event.host and event.guest else ", ".join(names))
    if event.date:
        label += f" ({event.date.value})"
    g.add((e, RDFS.label, Literal(label)))
    for code in event.countries:
        g.add((e, DIP.participant, country_iri(code)))
    for name in event.persons:
        g.add((e, DIP.participant, person_iri(name)))
    if event.host:
        g.add((e, DIP.host, country_iri(event.host)))
    for guest in event.guests:
        g.add((e, DIP.guest, country_iri(guest)))
    for actor in event.imposers:
        g.add((e, DIP.imposedBy, country_iri(actor) if actor in gaz.countries else org_iri(actor)))
    for target in event.targets:
        g.add((e, DIP.imposedOn, country_iri(target)))
    if event.organization:
        g.add((e, DIP.organization, org_iri(event.organization)))
        g.add((e, DIP.participant, org_iri(event.organization)))
    if event.date:
        g.add((e, DIP.date, date_literal(event.date)))
    if event.end_date and event.end_date != event.date:
        g.add((e, DIP.endDate, date_literal(event.end_date)))
    if event.city:
        place = place_iri(event.city)
        g.add((e, DIP.location, place))
        g.add((place, RDF.type, DIP.Place))
        g.add((place, RDFS.label, Literal(event.city)))
        g.add((place, DIP.mentionedIn, d))
        city = gaz.city_named(event.city)
        if city:
            g.add((place, DIP.inCountry, country_iri(city.iso3)))
    if event.visit_type:
        g.add((e, DIP.visitType, Literal(event.visit_type)))
    if event.planned:
        g.add((e, DIP.status, DIP.Planned))
    if event.type == "AgreementSigning":
        a = agreement_iri(key, event.agreement_subject)
        g.add((e, DIP.agreement, a))
        g.add((a, RDF.type, DIP.Agreement))
        g.add((a, RDFS.label, Literal(event.agreement_subject or "agreement")))
        if event.agreement_subject:
            g.add((a, DIP.subject, Literal(event.agreement_subject)))
        if event.agreement_count:
            g.add((a, DIP.agreementCount, Literal(event.agreement_count, datatype=XSD.integer)))
        for code in event.countries:
            g.add((a, DIP.party, country_iri(code)))
    for ev in event.evidence:
        x = evidence_iri(sha, ev.start, ev.end, key)
        g.add((e, DIP.evidence, x))
        g.add((x, RDF.type, DIP.Evidence))
        g.add((x, DIP.quote, Literal(ev.quote)))
        g.add((x, DIP.document, d))
        g.add((x, DIP.charStart, Literal(ev.start, datatype=XSD.integer)))
        g.add((x, DIP.charEnd, Literal(ev.end, datatype=XSD.integer)))
