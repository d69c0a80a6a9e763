"""Where the ontology and shapes live, and the closed ``RKG`` namespace built from them.

``RKG`` knows exactly the terms that ``ontology/report.ttl`` declares: ``RKG.Reprot`` raises
``AttributeError`` at once, so a misspelt term can never reach a graph.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rdflib import Namespace, URIRef

from kg.errors import KgError
from kg.ids import BASE, ONTOLOGY

ONTOLOGY_IRI = BASE + "ontology"


def ontology_dir() -> Path:
    """The ``ontology/`` folder of the checkout the package runs from."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "ontology", here / "data" / "ontology"):
        if (candidate / "report.ttl").is_file():
            return candidate
    raise KgError("cannot find ontology/report.ttl next to the kg package")


def ontology_path() -> Path:
    return ontology_dir() / "report.ttl"


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"


_TERM = re.compile(r"^rkg:([A-Za-z][A-Za-z0-9_]*)\s+a\s", re.M)


@lru_cache(maxsize=1)
def declared_terms() -> tuple[str, ...]:
    text = ontology_path().read_text(encoding="utf-8")
    return tuple(sorted(set(_TERM.findall(text))))


class ClosedVocabulary:
    """Like rdflib's ``ClosedNamespace``, but not a ``str``: ``RKG.index`` and ``RKG.title`` are
    our terms, not ``str`` methods. Unknown names raise ``AttributeError``."""

    def __init__(self, base: str, terms):
        self._base = base
        self._terms = {t: URIRef(base + t) for t in terms}

    def __getattr__(self, name: str) -> URIRef:
        try:
            return self._terms[name]
        except KeyError:
            raise AttributeError(f"rkg:{name} is not declared in ontology/report.ttl") from None

    __getitem__ = __getattr__

    def __contains__(self, iri) -> bool:
        return str(iri).startswith(self._base) and str(iri)[len(self._base) :] in self._terms

    def __iter__(self):
        return iter(self._terms.values())

    def __str__(self) -> str:
        return self._base


RKG = ClosedVocabulary(ONTOLOGY, declared_terms())

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
PROV = Namespace("http://www.w3.org/ns/prov#")
QB = Namespace("http://purl.org/linked-data/cube#")
SCHEMA = Namespace("http://schema.org/")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")

#: prefixes bound in every file we write, in this order
PREFIXES = {
    "rkg": ONTOLOGY,
    "id": BASE + "id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": str(PROV),
    "nif": str(NIF),
    "geo": str(GEO),
    "qb": str(QB),
    "schema": str(SCHEMA),
    "void": str(VOID),
    "dcat": str(DCAT),
}
