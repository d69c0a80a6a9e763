"""Write a build: every format, atomically and deterministically.

Each writer returns bytes; :func:`atomic_write` puts them in place with a rename, so a reader
never sees a half-written file and a failed build leaves the previous files as they were.
The same dataset gives the same bytes: N-Triples and N-Quads are sorted, Turtle/TriG are sorted
by rdflib's serialisers, JSON-LD is serialised from a graph filled in sorted order.
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


def to_turtle(ds: Dataset) -> bytes:
    return union_graph(ds).serialize(format="turtle", encoding="utf-8")


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
    out = Dataset()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True, replace=True)
    for g in named_graphs(ds):
        target = out.graph(g.identifier)
        for t in g:
            target.add(t)
    return out.serialize(format="trig", encoding="utf-8")


def to_jsonld(ds: Dataset) -> bytes:
    """JSON-LD with one named graph per report (``@graph`` per graph id)."""
    out = Dataset()
    for g in named_graphs(ds):
        target = out.graph(g.identifier)
        for t in sorted(g):
            target.add(t)
    context = {k: v for k, v in PREFIXES.items()}
    raw = out.serialize(format="json-ld", context=context, encoding="utf-8")
    # rdflib's JSON-LD writer walks sets; put every array in a fixed order (we use no @list)
    doc = _sorted_json(json.loads(raw))
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _sorted_json(node):
    if isinstance(node, dict):
        return {k: _sorted_json(v) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_json(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return node


FORMATS = {
    "graph.ttl": to_turtle,
    "graph.trig": to_trig,
    "graph.nt": to_ntriples,
    "graph.jsonld": to_jsonld,
}
