"""Write a build: every format, atomically and deterministically.

Each writer returns bytes; :func:`atomic_write` puts them in place with a rename, so a reader
never sees a half-written file and a failed build leaves the previous files as they were.
The same dataset gives the same bytes: N-Triples and N-Quads are sorted lines; Turtle and TriG are
those sorted statements written by Oxigraph's serialiser (it keeps the input order, so a subject's
statements stay together), with the prefixes of :data:`kg.ontology.PREFIXES`; JSON-LD is written
here, compacted with the same prefixes, subjects and values in sorted order. rdflib's own writers
gave the same graphs but took about 4 minutes for the 50-report corpus, these about 30 seconds.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.ontology import PREFIXES


def atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _bind(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def named_graphs(ds: Dataset) -> list[Graph]:
    return sorted(
        (g for g in ds.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)),
        key=lambda g: str(g.identifier),
    )


def union_graph(ds: Dataset) -> Graph:
    """All triples of all graphs as one graph (the Turtle and TriG writers sort their output)."""
    out = _bind(Graph())
    for g in ds.graphs():
        for t in g:
            out.add(t)
    return out


def _turtle_prefixes() -> dict[str, str]:
    # our own IRIs hold slashes (id/place/330000): as prefixed names they would need escaping
    # (id:place\/330000), so they are written in full
    return {k: str(v) for k, v in PREFIXES.items() if k != "id"}


def to_turtle(ds: Dataset) -> bytes:
    import pyoxigraph as ox

    triples = ox.parse(to_ntriples(ds), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_turtle_prefixes())


def _nt_line(t) -> str:
    from rdflib.plugins.serializers.nt import _nt_row

    return _nt_row(t).rstrip("\n")


def to_ntriples(ds: Dataset) -> bytes:
    lines = {_nt_line(t) for g in ds.graphs() for t in g}
    return ("\n".join(sorted(lines)) + "\n").encode("utf-8")


def to_nquads(ds: Dataset) -> bytes:
    out: set[str] = set()
    for g in named_graphs(ds):
        ctx = f" <{g.identifier}> ."
        for t in g:
            out.add(_nt_line(t)[:-2] + ctx)
    return ("\n".join(sorted(out)) + "\n").encode("utf-8")


def to_trig(ds: Dataset) -> bytes:
    import pyoxigraph as ox

    quads = ox.parse(to_nquads(ds), format=ox.RdfFormat.N_QUADS)
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_turtle_prefixes())


def to_jsonld(ds: Dataset) -> bytes:
    """JSON-LD with one named graph per report (``@graph`` per graph id), compacted with our
    prefixes: keys and ``@id``/``@type`` values are prefixed names where a prefix fits."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, XSD

    prefixes = sorted(((str(v), k) for k, v in PREFIXES.items()), key=lambda x: -len(x[0]))

    def compact(iri: str) -> str:
        for ns, k in prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{k}:{iri[len(ns):]}"
        return iri

    def value(o) -> dict:
        if isinstance(o, URIRef):
            return {"@id": compact(str(o))}
        if isinstance(o, Literal):
            v: dict = {"@value": str(o)}
            if o.language:
                v["@language"] = o.language
            elif o.datatype is not None and o.datatype != XSD.string:
                v["@type"] = compact(str(o.datatype))
            return v
        raise ValueError(f"no blank nodes in a build: {o!r}")

    graphs = []
    for g in named_graphs(ds):
        nodes: dict[str, dict[str, list]] = {}
        for s, p, o in g:
            node = nodes.setdefault(str(s), {})
            if p == RDF.type and isinstance(o, URIRef):
                node.setdefault("@type", []).append(compact(str(o)))
            else:
                node.setdefault(compact(str(p)), []).append(value(o))
        items = []
        for s in sorted(nodes):
            node = {"@id": compact(s)}
            for k in sorted(nodes[s]):
                vals = nodes[s][k]
                key = (lambda v: v) if k == "@type" else (lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
                node[k] = sorted(vals, key=key)
            items.append(node)
        graphs.append({"@id": compact(str(g.identifier)), "@graph": items})
    doc = {"@context": {k: str(v) for k, v in PREFIXES.items()}, "@graph": graphs}
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


FORMATS = {
    "graph.ttl": to_turtle,
    "graph.trig": to_trig,
    "graph.nt": to_ntriples,
    "graph.jsonld": to_jsonld,
}
