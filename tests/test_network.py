"""The co-mention network: weights by sentences, the strongest pairs, CoMention nodes in the graph."""

from __future__ import annotations

from types import SimpleNamespace

from rdflib import URIRef

from kg.extract import Entity, Mention
from kg.network import build_network, comention_iri, strongest_pairs

ID = "https://w3id.org/report-kg/id/"


class FakeDoc:
    """Sentences of ten characters each."""

    def sentence_at(self, offset: int):
        return SimpleNamespace(index=offset // 10)


def entity(kind: str, key: str, *starts: int) -> Entity:
    iri = URIRef(f"{ID}{kind.lower()}/{key}")
    return Entity(kind, key, key, iri, mentions=[Mention(kind, s, s + 2, key, key) for s in starts])


def test_network_weight_counts_sentences_not_mentions():
    ents = [entity("Place", "a", 0, 2, 11), entity("Programme", "b", 4, 13, 25), entity("Event", "c", 27)]
    g = build_network(SimpleNamespace(doc=FakeDoc(), extras={"entities": ents}))
    a, b, c = (str(e.iri) for e in ents)
    assert g[a][b]["weight"] == 2  # sentences 0 and 1, although a is named twice in sentence 0
    assert g[b][c]["weight"] == 1
    assert not g.has_edge(a, c)
    assert strongest_pairs(g) == [(a, b, 2)]
    assert strongest_pairs(g, min_weight=1, limit=1) == [(a, b, 2)]


def test_network_comention_iri_is_the_same_either_way_round():
    report = URIRef(f"{ID}report/x-2025")
    a, b = f"{ID}place/330100", f"{ID}programme/qian-wan-gong-cheng"
    assert comention_iri(report, a, b) == comention_iri(report, b, a)
    assert str(comention_iri(report, a, b)).endswith("/comention/place-330100--programme-qian-wan-gong-cheng")


def test_network_comentions_in_the_built_graph(built):
    from kg.store import open_store, run_query

    out, _ = built
    store = open_store(out / "graph.trig")
    rows = list(run_query(store, """
        SELECT ?c (COUNT(DISTINCT ?e) AS ?n) (MIN(?w) AS ?weight) WHERE {
            ?c a rkg:CoMention ; rkg:entity ?e ; rkg:weight ?w . ?e rkg:mentionedIn ?r }
        GROUP BY ?c"""))
    assert rows, "the bundled report has co-mentioned pairs"
    for row in rows:
        assert int(row["n"].value) == 2
        assert int(row["weight"].value) >= 2
