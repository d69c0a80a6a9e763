"""Scoring observations against the gold (kg.eval_observations): matching, fields, the baseline."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import corpus

from kg.eval import SCORERS, gold_dir
from kg.eval_observations import _Item, indicator_agrees, match, score

D = Decimal


def item(value, unit, span, value_max=None, **fields):
    return _Item(D(value), D(value_max) if value_max else None, unit, span, fields)


@pytest.fixture(scope="module")
def scored():
    from test_observations import observe

    from kg.pipeline import BUNDLED_REPORT

    out = {}
    for path in (BUNDLED_REPORT, corpus(2017)):
        res = observe(path)  # the observation stage only: the scorer needs nothing else
        out[res.report_id] = {(s.type, s.system): s for s in score(res, gold_dir())}
    return out


def test_eval_observations_is_registered():
    assert SCORERS["observations"] == "kg.eval_observations:score"


def test_eval_observations_match_prefers_the_nearest_context():
    gold = [item("5", "%", (100, 110)), item("5", "%", (500, 510))]
    pred = [item("5", "%", (505, 507)), item("5", "%", (104, 106))]
    assert match(gold, pred) == [(0, 1), (1, 0)]


def test_eval_observations_match_is_one_to_one_and_needs_value_unit_and_closeness():
    gold = [item("5", "%", (100, 110))]
    assert match(gold, [item("5", "%", (100, 102)), item("5", "%", (104, 106))]) == [(0, 0)]
    assert match(gold, [item("5", "个百分点", (100, 102))]) == []
    assert match(gold, [item("5.5", "%", (100, 102))]) == []
    assert match(gold, [item("5", "%", (400, 402))]) == []  # too far from the context
    assert match([item("3", "分/立方米", (0, 9), value_max="5")], [item("3", "分/立方米", (0, 9))]) == []


def test_eval_observations_units_compare_after_nfkc():
    from kg.eval_observations import _unit

    assert match([item("5", _unit("％"), (0, 4))], [item("5", _unit("%"), (0, 2))]) == [(0, 0)]
    assert _unit("万套(间)") == _unit("万套（间）")


@pytest.mark.parametrize(
    "gold,pred,ok",
    [
        ("货物贸易出口", "货物贸易出口", True),
        ("货物贸易出口占全国份额", "占全国份额", True),
        ("城镇新增就业", "全年城镇新增就业", True),
        ("企业税负（营改增）", "企业税负", True),
        ("新增“雄鹰”企业", "新增雄鹰企业", True),
        ("AED配置", "配置AED", False),
        ("生产总值", "", False),
    ],
)
def test_eval_observations_indicator_agrees(gold, pred, ok):
    assert indicator_agrees(gold, pred) is ok


def test_eval_observations_bundled_report_scores(scored):
    s = scored["zhejiang-2025"]
    kg, base = s[("observations", "kg")], s[("observations", "baseline")]
    assert kg.tp + kg.fn == 125
    assert kg.recall >= 0.95 and kg.precision >= 0.9
    assert base.recall < kg.recall
    for field in ("indicator", "qualifier", "measure", "kind"):
        acc = s[(field, "kg")]
        assert acc.tp + acc.fp == kg.tp
        assert acc.precision >= 0.9, field


def test_eval_observations_development_corpus_report_scores(scored):
    kg = scored["national-2017"][("observations", "kg")]
    assert kg.recall >= 0.95 and kg.precision >= 0.9


def test_eval_observations_no_gold_no_rows(tmp_path):
    from kg.pipeline import process
    from kg.read import read_bytes

    res = process(read_bytes("一、2024年工作回顾\n全年生产总值增长5%。\n".encode(), name="x.txt"), year=2025, region="330000")
    assert score(res, tmp_path) == []
