"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import DataError
from kg.ontology import shapes_path
from kg.store import graph_file

_RDFLIB_FORMATS = {".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".json": "json-ld"}


@dataclass
class ValidationReport:
    conforms: bool
    text: str
    violations: int


def load_union(path: str | Path) -> Graph:
    """Every triple of a build folder or graph file, as one rdflib graph."""
    f = graph_file(path)
    fmt = _RDFLIB_FORMATS[f.suffix.lower()]
    try:
        if fmt in ("trig", "nquads", "json-ld"):
            ds = Dataset()
            ds.parse(f, format=fmt)
            g = Graph()
            for sub in ds.graphs():
                for t in sub:
                    g.add(t)
            return g
        g = Graph()
        g.parse(f, format=fmt)
        return g
    except Exception as e:  # rdflib raises many kinds of parse errors
        raise DataError(f"{f}: cannot be parsed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None


def validate_graph(data: Graph) -> ValidationReport:
    from pyshacl import validate

    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, report_graph, report_text = validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    from rdflib.namespace import SH

    n = len(list(report_graph.subjects(SH.resultSeverity, SH.Violation)))
    return ValidationReport(bool(conforms), report_text, n)


def validate_path(path: str | Path) -> ValidationReport:
    return validate_graph(load_union(path))
