"""Observations of the bundled report: the stage, the graph, observations.csv, `kg query` over them."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from click.testing import CliRunner
from helpers import corpus
from rdflib import RDF, RDFS, XSD, Literal, URIRef

from kg.cli import cli
from kg.ids import entity_iri, graph_iri, report_iri
from kg.observations import CSV_COLUMNS, _cell, _kind_period, observation_iri, observations_csv
from kg.ontology import QB, RKG

TARGETS_2025 = """
SELECT ?indicator ?value ?unit ?qualifier WHERE {
  ?o a rkg:Observation ; rkg:observationKind "target" ; rkg:period 2025 ;
     rkg:indicator/rdfs:label ?indicator ; rkg:value ?value ; rkg:unit ?unit ;
     rkg:qualifier ?qualifier ; nif:beginIndex ?begin .
} ORDER BY ?begin ?indicator
"""


def observe(path):
    """A report read, its skeleton built and only the observation stage run (entities are not needed)."""
    from kg.graph import ReportResult
    from kg.observations import extract_observations
    from kg.read import read_path
    from kg.skeleton import build_skeleton

    doc = read_path(path)
    res = ReportResult(doc, build_skeleton(doc))
    extract_observations(res)
    return res


@pytest.fixture(scope="module")
def results():
    """The bundled report and national-2017, processed once (no files written)."""
    from kg.pipeline import BUNDLED_REPORT

    return [observe(BUNDLED_REPORT), observe(corpus(2017))]


@pytest.fixture(scope="module")
def dataset(results):
    from kg.graph import build_dataset
    from kg.pipeline import CONTRIBUTORS

    return build_dataset(results, CONTRIBUTORS)


def test_observations_query_lists_the_2025_targets(built):
    out, _ = built
    res = CliRunner().invoke(cli, ["query", TARGETS_2025, "--data", str(out), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(res.output)))
    assert rows[0] == ["indicator", "value", "unit", "qualifier"]
    body = [tuple(r) for r in rows[1:]]
    assert body[:3] == [
        ("生产总值", "5.5", "%", "about"),
        ("城镇调查失业率", "5", "%", "at_most"),
        ("居民消费价格涨幅", "2", "%", "about"),
    ]
    assert ("重大项目", "1000", "个", "at_least") in body
    assert ("浙供气源综合价格", "3", "分/立方米", "exact") in body
    assert ("货物贸易出口", "3.9", "万亿元", "exact") not in body  # a 2024 result
    assert len(body) == 66  # as many as the gold annotations have


def test_observations_stage_kinds_and_periods(results):
    obs = results[0].extras["observations"]
    assert len(obs) == 125
    review = [o for o in obs if o.part == 1]
    plan = [o for o in obs if o.part == 2]
    assert {(o.kind, o.period) for o in review} == {("result", 2024)}
    assert {(o.kind, o.period) for o in plan} == {("target", 2025)}
    first = obs[0]
    assert (first.indicator, first.figure, first.value, first.unit) == ("货物贸易出口", "3.9万亿元", Decimal("3.9"), "万亿元")
    assert (first.normalized_value, first.base_unit) == (Decimal("3900000000000"), "元")


def test_observations_kind_from_part_and_cues():
    from kg.components.figures import FigureMention
    from kg.skeleton import Part

    def fm(**kw):
        return FigureMention(0, 1, "5%", Decimal(5), None, "%", "exact", "growth", "x", **kw)

    review, plan = Part(1, "2016年工作回顾", 0, kind="review", year=2016), Part(2, "2017年工作", 5, kind="plan", year=2017)
    assert _kind_period(fm(), review, 2017) == ("result", 2016)
    assert _kind_period(fm(target="的预期目标"), review, 2017) == ("target", 2016)
    assert _kind_period(fm(target="确保"), review, 2017) == ("result", 2016)  # 确保 also reports what was done
    assert _kind_period(fm(previous_year=True), review, 2017) == ("result", 2015)  # 由上年下降2.3%
    assert _kind_period(fm(), plan, 2017) == ("target", 2017)
    assert _kind_period(fm(role="from"), plan, 2017) == ("result", 2016)  # 由30万元提高到50万元
    assert _kind_period(fm(), None, 2017) == ("result", 2016)
    assert _kind_period(fm(target="力争"), None, 2017) == ("target", 2017)


def test_observations_graph_nodes(dataset, results):
    rid = results[0].report_id
    g = dataset.graph(graph_iri(rid))
    report = report_iri(rid)
    first = results[0].extras["observations"][0]
    node = observation_iri(report, first)
    assert str(node) == f"{report}/observation/{first.start}-{first.end}"
    assert (node, RDF.type, RKG.Observation) in g and (node, RDF.type, QB.Observation) in g
    assert (node, RDFS.label, Literal("货物贸易出口 3.9万亿元", lang="zh")) in g
    assert (node, RKG.value, Literal("3.9", datatype=XSD.decimal)) in g
    assert (node, RKG.normalizedValue, Literal("3900000000000.0", datatype=XSD.decimal)) in g
    assert (node, RKG.baseUnit, Literal("元")) in g
    assert (node, RKG.indicator, entity_iri("indicator", "货物贸易出口")) in g
    assert g.value(node, RKG.inSentence) is not None
    # the measure whose bold title comes before the figure, not the last one of its paragraph
    assert str(g.value(g.value(node, RKG.inMeasure), RKG.title)) == "全力以赴稳外贸优外资"
    later = [o for o in results[0].extras["observations"] if o.indicator == "实事"][0]
    assert later.measure_title == "扎实推进长三角一体化"
    assert g.value(node, RKG.inReport) == report
    assert (node, QB.dataSet, URIRef(f"{report}/observations")) in g
    rng = [o for o in results[0].extras["observations"] if o.value_max is not None][0]
    assert g.value(observation_iri(report, rng), RKG.valueMax) == Literal("5.0", datatype=XSD.decimal)


def test_observations_several_of_one_figure_get_their_own_nodes(dataset, results):
    rid = results[1].report_id
    g = dataset.graph(graph_iri(rid))
    obs = [o for o in results[1].extras["observations"] if o.figure == "3%" and "排放量" in o.indicator or
           o.figure == "3%" and o.indicator == "二氧化硫"]
    assert len({o.start for o in obs}) == 1 and [o.index for o in obs] == [0, 1]
    nodes = {observation_iri(report_iri(rid), o) for o in obs}
    assert len(nodes) == 2 and all((n, RDF.type, RKG.Observation) in g for n in nodes)
    assert any(str(n).endswith("-1") for n in nodes)


def test_observations_indicator_is_shared_across_reports(dataset, results):
    ind = entity_iri("indicator", "城镇新增就业")
    holders = [rid for rid in (r.report_id for r in results) if (ind, RDF.type, RKG.Indicator) in dataset.graph(graph_iri(rid))]
    assert holders == ["zhejiang-2025", "national-2017"]


def test_observations_csv_is_written_and_deterministic(built, results):
    out, _ = built
    data = (out / "observations.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + 125
    row = dict(zip(CSV_COLUMNS, rows[1]))
    assert (row["indicator"], row["value"], row["unit"], row["normalized_value"], row["kind"], row["period"]) == (
        "货物贸易出口", "3.9", "万亿元", "3900000000000", "result", "2024")
    assert row["part"] == "一、2024年工作回顾" and row["sentence"].startswith("全力以赴稳外贸优外资")
    assert observations_csv(None, [results[0]]) == data  # a second run gives the same bytes
    assert [r[0] for r in rows[1:]] == ["zhejiang-2025"] * 125
    begins = [int(r[CSV_COLUMNS.index("begin")]) for r in rows[1:]]
    assert begins == sorted(begins)


@pytest.mark.parametrize("raw,cell", [("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-5", "'-5"), ("@x", "'@x"),
                                      ("生产总值", "生产总值"), (None, ""), (Decimal("3.9E+12"), "3900000000000")])
def test_observations_csv_cells_are_safe_for_spreadsheets(raw, cell):
    assert _cell(raw) == cell


def test_observations_graph_conforms_to_the_shapes(built, tmp_path):
    from kg.validate import validate_path

    out, _ = built
    assert validate_path(out).conforms
    lines = (out / "graph.nt").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if not ("/observation/" in ln.split(" ", 1)[0] and "ontology#value>" in ln)]
    assert len(kept) < len(lines)
    bad = tmp_path / "bad.nt"
    bad.write_text("\n".join(kept) + "\n", encoding="utf-8")
    rep = validate_path(bad)
    assert not rep.conforms and "value" in rep.text
