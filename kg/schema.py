"""The ontology files (`ontology/` in the repository, package data `kg.ontology` once installed) and SHACL validation."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["ontology_file", "load_ontology", "load_shapes", "validate", "ontology_terms"]


def ontology_file(name: str = "diplomacy.ttl") -> Path:
    """Path of a Turtle file of the ontology (``diplomacy.ttl`` or ``shapes.ttl``)."""
    try:
        folder = Path(str(resources.files("kg.ontology")))
    except (ModuleNotFoundError, TypeError):  # a source checkout: ontology/ beside kg/
        folder = Path(__file__).resolve().parent.parent / "ontology"
    return folder / name


def load_ontology():
    """The ontology as an ``rdflib.Graph``."""
    from rdflib import Graph

    return Graph().parse(ontology_file("diplomacy.ttl"), format="turtle")


def load_shapes():
    """The SHACL shapes as an ``rdflib.Graph``."""
    from rdflib import Graph

    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def ontology_terms() -> set[str]:
    """Local names of every term the ontology defines in the ``dip:`` namespace."""
    from rdflib.namespace import RDF

    from .namespace import DIP

    ns = str(DIP._NS)
    graph = load_ontology()
    return {str(s)[len(ns):] for s in graph.subjects(RDF.type, None) if str(s).startswith(ns)}


def validate(graph) -> tuple[bool, str]:
    """Validate a data graph against the shapes; return (conforms, report text)."""
    from pyshacl import validate as shacl

    conforms, _, text = shacl(graph, shacl_graph=load_shapes(), ont_graph=load_ontology(),
                              inference="none", abort_on_first=False, allow_warnings=True)
    return bool(conforms), str(text)
