"""The co-mention network: entities named in the same sentence of a report.

:func:`build_network` gives a ``networkx.Graph`` (nodes: entity IRIs with label and type; edges:
``weight`` = the number of sentences naming both). :func:`add_comentions` is a graph contributor that
writes the strongest pairs as ``rkg:CoMention`` nodes (two ``rkg:entity``, one ``rkg:weight``):
pairs named together in at least :data:`MIN_WEIGHT` sentences, at most :data:`MAX_EDGES` of them per
report, so the graph stays small. IRIs are made from the two entity IRIs, sorted, under the report:
``…/report/zhejiang-2025/comention/place-330100--programme-qian-wan-gong-cheng``.
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx
from rdflib import RDF, RDFS, Literal, URIRef

from kg.graph import ReportResult, lit
from kg.ids import ID, sub_iri
from kg.ontology import RKG

#: a pair must share at least this many sentences to be written to the graph
MIN_WEIGHT = 2
#: and at most this many pairs per report are written (the heaviest; ties by IRI)
MAX_EDGES = 300


def build_network(result: ReportResult) -> nx.Graph:
    """Entities of one report; an edge for every pair named in one sentence, weighted by sentences."""
    doc = result.doc
    entities = result.extras.get("entities", [])
    g = nx.Graph()
    by_sentence: dict[int, set[str]] = {}
    for e in entities:
        node = str(e.iri)
        g.add_node(node, label=e.label, type=e.type)
        for m in e.mentions:
            s = doc.sentence_at(m.start)
            if s is not None:
                by_sentence.setdefault(s.index, set()).add(node)
    for _, nodes in sorted(by_sentence.items()):
        for a, b in combinations(sorted(nodes), 2):
            if g.has_edge(a, b):
                g[a][b]["weight"] += 1
            else:
                g.add_edge(a, b, weight=1)
    return g


def strongest_pairs(g: nx.Graph, min_weight: int = MIN_WEIGHT, limit: int = MAX_EDGES) -> list[tuple[str, str, int]]:
    """(a, b, weight) with a < b, heaviest first, then by IRI."""
    pairs = [(min(a, b), max(a, b), d["weight"]) for a, b, d in g.edges(data=True) if d["weight"] >= min_weight]
    pairs.sort(key=lambda p: (-p[2], p[0], p[1]))
    return pairs[:limit]


def _slug(iri: str) -> str:
    """``…/id/place/330100`` → ``place-330100``."""
    rest = iri[len(ID):] if iri.startswith(ID) else iri.rsplit("/", 2)[-2] + "/" + iri.rsplit("/", 1)[-1]
    return rest.replace("/", "-")


def comention_iri(report: URIRef, a: str, b: str) -> URIRef:
    first, second = sorted((a, b))
    return sub_iri(report, "comention", f"{_slug(first)}--{_slug(second)}")


def add_comentions(rg) -> None:
    """Graph contributor: ``rkg:CoMention`` nodes for the strongest co-mentioned pairs."""
    g = rg.g
    net = build_network(rg.result)
    for a, b, w in strongest_pairs(net):
        node = comention_iri(rg.report, a, b)
        g.add((node, RDF.type, RKG.CoMention))
        g.add((node, RKG.entity, URIRef(a)))
        g.add((node, RKG.entity, URIRef(b)))
        g.add((node, RKG.weight, lit(w)))
        g.add((node, RKG.inReport, rg.report))
        la, lb = sorted((net.nodes[a]["label"], net.nodes[b]["label"]))
        g.add((node, RDFS.label, Literal(f"{la} — {lb}", lang="zh")))
