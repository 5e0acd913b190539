from rdflib.namespace import DefinedNamespace

from kg.namespace import DIP, country_iri, doc_iri, event_iri, person_iri, place_iri, slug
from kg.schema import ontology_terms


def test_namespace_terms_equal_ontology_terms():
    declared = set(DIP.__annotations__)
    assert declared == ontology_terms()


def test_typo_raises():
    assert issubclass(DIP, DefinedNamespace)
    try:
        DIP.Vist  # noqa: B018
    except AttributeError:
        return
    raise AssertionError("DIP.Vist should raise")


def test_contract_iris():
    assert str(country_iri("blr")) == "https://w3id.org/bilateral-kg/id/country/BLR"
    assert str(person_iri("Alexander Lukashenko")) == "https://w3id.org/bilateral-kg/id/person/alexander-lukashenko"
    assert str(place_iri("Beijing")) == "https://w3id.org/bilateral-kg/id/place/beijing"
    assert str(doc_iri("ab" * 32)).endswith("/id/doc/" + "ab" * 8)
    assert event_iri("Visit|BLR,CHN") == event_iri("Visit|BLR,CHN") != event_iri("Visit|BLR,RUS")


def test_slug_folds_diacritics():
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert slug("Xi'an") == "xian"


def test_every_term_has_label_and_comment():
    from rdflib import Graph
    from rdflib.namespace import RDFS

    from kg.schema import ontology_file

    g = Graph().parse(ontology_file())
    for term in ontology_terms():
        iri = DIP[term]
        assert g.value(iri, RDFS.label) is not None, term
        assert g.value(iri, RDFS.comment) is not None, term
