"""The built graph: formats round-trip, builds are byte-identical, terms are declared, shapes hold."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.ids import ONTOLOGY
from kg.ontology import RKG, declared_terms, ontology_path


def _union(path, fmt) -> Graph:
    if fmt in ("trig", "json-ld"):
        ds = Dataset()
        ds.parse(path, format=fmt)
        g = Graph()
        for sub in ds.graphs():
            for t in sub:
                g.add(t)
        return g
    return Graph().parse(path, format=fmt)


def test_graph_every_format_round_trips(built):
    out, _ = built
    ref = _union(out / "graph.nt", "nt")
    assert len(ref) > 3000
    for name, fmt in (("graph.ttl", "turtle"), ("graph.trig", "trig"), ("graph.jsonld", "json-ld")):
        assert isomorphic(ref, _union(out / name, fmt)), name


def test_graph_trig_has_one_named_graph_per_report(built):
    out, _ = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    names = sorted(str(g.identifier) for g in ds.graphs() if len(g))
    assert names == ["https://w3id.org/report-kg/id/graph/zhejiang-2025"]


def test_graph_two_builds_give_the_same_bytes(built, tmp_path):
    """A second build in a fresh process with another hash seed writes identical files."""
    out, _ = built
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run(
        [sys.executable, "-m", "kg", "build", "--out", str(tmp_path)], check=True, env=env, capture_output=True
    )
    for name in ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld", "graph.html"):
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_graph_uses_only_declared_terms_of_our_namespace(built):
    out, _ = built
    g = _union(out / "graph.nt", "nt")
    declared = set(declared_terms())
    used = set()
    for t in g:
        for term in t:
            if isinstance(term, URIRef) and str(term).startswith(ONTOLOGY):
                used.add(str(term)[len(ONTOLOGY) :])
    assert used, "the graph uses no term of the ontology"
    assert used <= declared, sorted(used - declared)


def test_graph_every_structure_node_has_a_chinese_label(built):
    out, _ = built
    g = _union(out / "graph.nt", "nt")
    for cls in (RKG.Report, RKG.Part, RKG.PolicyArea, RKG.Measure, RKG.LivelihoodItem, RKG.Place, RKG.Organization):
        nodes = list(g.subjects(RDF.type, cls))
        assert nodes, cls
        for n in nodes:
            assert any(isinstance(o, Literal) and o.language == "zh" for o in g.objects(n, RDFS.label)), n


def test_graph_conforms_to_the_shapes(built):
    from kg.validate import validate_path

    out, _ = built
    rep = validate_path(out)
    assert rep.conforms, rep.text[:2000]


def test_ontology_classes_have_bilingual_labels_and_comments():
    onto = Graph().parse(ontology_path(), format="turtle")
    from rdflib import OWL

    classes = set(onto.subjects(RDF.type, OWL.Class))
    names = {str(c).rsplit("#", 1)[-1] for c in classes}
    for required in ("Report", "Part", "PolicyArea", "Measure", "Programme", "Project", "Place",
                     "Organization", "Event", "Indicator", "Observation", "Paragraph", "Sentence", "Mention"):
        assert required in names
    for c in classes:
        langs = {o.language for o in onto.objects(c, RDFS.label)}
        assert {"zh", "en"} <= langs, c
        assert list(onto.objects(c, RDFS.comment)), c


def test_ontology_namespace_is_closed():
    with pytest.raises(AttributeError):
        RKG.PolicyAreaa  # noqa: B018
    assert RKG.index == URIRef(ONTOLOGY + "index")


def test_graph_evidence_offsets_point_at_the_text(built):
    from kg.store import open_store

    out, _ = built
    store = open_store(out)
    q = """SELECT ?b ?e ?a ?s WHERE { ?x a rkg:Sentence ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a ;
           nif:referenceContext/nif:isString ?s } LIMIT 50"""
    n = 0
    for row in store.query(q, use_default_graph_as_union=True, prefixes={"rkg": ONTOLOGY,
                           "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"}):
        b, e = int(row["b"].value), int(row["e"].value)
        assert row["s"].value[b:e] == row["a"].value
        n += 1
    assert n == 50


def test_graph_html_is_offline_and_escapes_text(tmp_path):
    from kg.graph import ReportResult, build_dataset
    from kg.read import read_bytes
    from kg.skeleton import build_skeleton
    from kg.viz import render_html

    src = "二、2025年目标任务和重点工作\n\n**（一）<script>alert(1)</script>推进改革。加快建设</b>“x”工程**，全省生产总值增长5%。\n"
    doc = read_bytes(src.encode("utf-8"), name="evil-2025.md")
    ds = build_dataset([ReportResult(doc, build_skeleton(doc, region="浙江"))])
    page = render_html(ds, title="<b>t</b>").decode("utf-8")
    assert "<script>alert" not in page
    assert "https://" not in page.split("<body>")[0] or "cdn" not in page
    assert "cdnjs" not in page and "jsdelivr" not in page
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page


def test_graph_html_shows_the_structure(built):
    out, _ = built
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "nodes = new vis.DataSet([])" not in page
    assert "2025年目标任务和重点工作" in page or "2025\\u5e74" in page


def test_graph_written_files_get_the_usual_mode_not_a_private_one(tmp_path):
    import stat

    from kg.write import atomic_write

    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "x.ttl", b"<a> <b> <c> .\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x.ttl").stat().st_mode) == 0o644


def test_graph_html_has_a_legend_of_the_kinds_drawn(built):
    import re

    out, _ = built
    page = (out / "graph.html").read_text(encoding="utf-8")
    legend = re.search(r'<div class="kg-legend".*?</div></div>|<div class="kg-legend".*?co-mention\)</div>', page, re.S)
    assert legend is not None
    for kind in ("报告 (Report)", "项目 (Project)", "地点 (Place)"):
        assert kind in legend.group()
    n = int(re.search(r"项目 \(Project\) (\d+)", legend.group()).group(1))
    assert n == page.count('"color": "#9467bd"')  # as many as the project nodes drawn


def test_graph_html_structural_nodes_have_larger_labels(built):
    out, _ = built
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert '"font": {"size": 90}' in page and '"font": {"size": 60}' in page
    assert '"solver": "forceAtlas2Based"' in page and '"avoidOverlap": 0.6' in page  # clusters spread apart


def test_graph_html_seeds_its_layout(built):
    """vis-network draws its first positions from a seed: unseeded, each load of the same page laid the
    graph out another way. (A comparison of two headless screenshots showed it, ~5% of pixels moved unseeded,
    ~0.1% seeded, but it is left out of the suite: under load the screenshot can catch the drawing before it
    settles.)"""
    import json
    import re

    out, _ = built
    page = (out / "graph.html").read_text(encoding="utf-8")
    options = json.loads(re.search(r"var options = (\{.*?\n\});", page, re.S).group(1))
    assert isinstance(options["layout"]["randomSeed"], int)


def test_graph_a_1950s_passage_gives_the_same_bytes_under_two_hash_seeds(tmp_path):
    """Rules that pick among several candidates (one works named with and without its place, in
    several places) must not follow set order: two processes with different hash seeds agree."""
    src = Path(__file__).resolve().parents[1] / "corpus" / "passages" / "fangzhi-1956.txt"
    outs = []
    for seed in ("0", "1"):  # (these two seeds read the old set order differently)
        out = tmp_path / seed
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(out)], check=True, env=env,
                       capture_output=True)
        outs.append((out / "graph.nt").read_bytes())
    assert outs[0] == outs[1]
