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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file private (0600); give it the mode any new file gets (0644 usually)
        os.chmod(tmp, 0o666 & ~_umask())
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


def union_graph(ds: Dataset, predicates=None) -> Graph:
    """All triples of all graphs as one graph; with ``predicates``, only the triples with one of them
    (the HTML view needs a few predicates of a large graph)."""
    out = _bind(Graph())
    for g in ds.graphs():
        if predicates is None:
            for t in g:
                out.add(t)
        else:
            for p in predicates:
                for t in g.triples((None, p, None)):
                    out.add(t)
    return out


#: the N-Triples lines of the last dataset written, by graph: the Turtle, TriG and N-Triples writers
#: all start from them, and turning a large rdflib Dataset into lines is the slow part
_LINES: list = []  # [(weak reference to the dataset, its size, its lines)]


def _graph_lines(ds: Dataset) -> dict[str, set[str]]:
    import weakref

    size = sum(len(g) for g in ds.graphs())
    if _LINES and _LINES[0][0]() is ds and _LINES[0][1] == size:
        return _LINES[0][2]
    lines: dict[str, set[str]] = {}
    for g in ds.graphs():
        if not len(g):
            continue
        key = "" if g.identifier == DATASET_DEFAULT_GRAPH_ID else str(g.identifier)
        bucket = lines.setdefault(key, set())
        for t in g:
            bucket.add(_nt_line(t))
    _LINES[:] = [(weakref.ref(ds), size, lines)]
    return lines


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
    lines = set().union(*_graph_lines(ds).values())
    return ("\n".join(sorted(lines)) + "\n").encode("utf-8")


def to_nquads(ds: Dataset) -> bytes:
    out: set[str] = set()
    for name, lines in _graph_lines(ds).items():
        if not name:
            continue
        ctx = f" <{name}> ."
        out.update(line[:-2] + ctx for line in lines)
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
                if k == "@type":
                    node[k] = sorted(vals)
                else:
                    node[k] = sorted(vals, key=lambda v: (v.get("@id", ""), v.get("@value", ""), v.get("@language", ""),
                                                          v.get("@type", "")))
            items.append(node)
        graphs.append({"@id": compact(str(g.identifier)), "@graph": items})
    doc = {"@context": {k: str(v) for k, v in PREFIXES.items()}, "@graph": graphs}
    # indented for a report or a few (readable); one line for a corpus (Python's indenting encoder
    # is several times slower than its C one)
    indent = 1 if sum(len(g["@graph"]) for g in graphs) < 50_000 else None
    return (json.dumps(doc, ensure_ascii=False, indent=indent, sort_keys=True) + "\n").encode("utf-8")


FORMATS = {
    "graph.ttl": to_turtle,
    "graph.trig": to_trig,
    "graph.nt": to_ntriples,
    "graph.jsonld": to_jsonld,
}
