"""Figures: numbers, units, qualifiers, measure types (kg.figures) and the reading of indicators
(kg.components.figures). Sentences are made up or from corpus years other than the held-out ones."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from kg.components.figures import read_figures
from kg.errors import KgError
from kg.figures import (
    DATA,
    PATTERNS,
    FigureError,
    measure_type,
    normalize,
    parse_number,
    qualifier_of,
    scan,
    unit_info,
)

D = Decimal


def one(text: str):
    figs = scan(text)
    assert len(figs) == 1, [f.text for f in figs]
    return figs[0]


def read(text: str) -> list[tuple[str, str, str, str, str]]:
    """(figure, indicator, measure, qualifier, unit) of each observation."""
    return [(f.text, f.indicator, f.measure, f.qualifier, f.unit) for f in read_figures(text)]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "text,value",
    [
        ("3.9", "3.9"),
        ("1,000", "1000"),
        ("28，049，780，000", "28049780000"),
        ("两千", "2000"),
        ("十五", "15"),
        ("一万", "10000"),
        ("八点五", "8.5"),
        ("1.5万", "15000"),
        ("三分之一", "0.3333"),
        ("1/3", "0.3333"),
        ("百分之十五", "15"),
        ("一半", "0.5"),
    ],
)
def test_figures_parse_number(text, value):
    assert parse_number(text) == D(value)


@pytest.mark.parametrize("text", ["", "abc", "三档半", "5/0"])
def test_figures_parse_number_rejects_what_is_no_number(text):
    with pytest.raises(FigureError):
        parse_number(text)
    assert issubclass(FigureError, KgError)


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    "value,unit,normalized,base",
    [
        ("3.9", "万亿元", "3900000000000", "元"),
        ("152.7", "亿美元", "15270000000", "美元"),
        ("1", "分/千瓦时", "0.01", "元/千瓦时"),
        ("25.1", "万套(间)", "251000", "套(间)"),
        ("25.1", "万套（间）", "251000", "套(间)"),
        ("500", "万吨标准煤", "5000000", "吨标准煤"),
        ("1240", "万", "12400000", ""),
    ],
)
def test_figures_normalize_magnitudes(value, unit, normalized, base):
    assert normalize(D(value), unit) == (D(normalized), base)


@pytest.mark.parametrize("unit", ["%", "个百分点", "倍"])
def test_figures_normalize_leaves_percent_and_points(unit):
    assert normalize(D("5"), unit) is None


def test_figures_unit_info_knows_kinds_and_rejects_unknown_units():
    assert unit_info("万人").kind == "count"
    assert unit_info("亿元").kind == "money"
    assert unit_info("万千瓦").kind == "physical"
    assert unit_info("％").kind == "percent"
    with pytest.raises(FigureError):
        unit_info("万条例")


def test_figures_data_files_say_where_each_entry_comes_from():
    for path in (DATA, PATTERNS, DATA.parent / "words_with_stop_chars.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert json.loads(line).get("source"), f"{path.name}: {line}"


# --------------------------------------------------------------------------- scanning


def test_figures_scan_magnitude_and_percent():
    figs = scan("货物贸易出口达3.9万亿元、增长9.5%，占全国份额提高到15.3%")
    assert [(f.text, f.value, f.unit) for f in figs] == [
        ("3.9万亿元", D("3.9"), "万亿元"),
        ("9.5%", D("9.5"), "%"),
        ("15.3%", D("15.3"), "%"),
    ]


@pytest.mark.parametrize(
    "text,figure,value,value_max,unit",
    [
        ("价格下降3-5分/立方米", "3-5分/立方米", "3", "5", "分/立方米"),
        ("新建3～5个园区", "3～5个", "3", "5", "个"),
        ("增长百分之八至九", "百分之八至九", "8", "9", "%"),
    ],
)
def test_figures_scan_ranges(text, figure, value, value_max, unit):
    f = one(text)
    assert (f.text, f.value, f.value_max, f.unit) == (figure, D(value), D(value_max), unit)


@pytest.mark.parametrize(
    "text,figure,value,unit,approx",
    [
        ("转移两千多万人", "两千多万人", "2000", "万人", "at_least"),
        ("投资一万亿元", "一万亿元", "1", "万亿元", None),
        ("建成十五个", "十五个", "15", "个", None),
        ("扩大耕地一亿一千八百万亩", "一亿一千八百万亩", "118000000", "亩", None),
        ("发电五十三万千瓦", "五十三万千瓦", "53", "万千瓦", None),
        ("减少行政审批事项三分之一", "三分之一", "0.3333", "", None),
        ("更新电梯1.5万台", "1.5万台", "1.5", "万台", None),
        ("光缆线路550多万公里", "550多万公里", "550", "万公里", "at_least"),
        ("13亿多人口", "13亿多", "13", "亿", "at_least"),
    ],
)
def test_figures_scan_chinese_and_mixed_numerals(text, figure, value, unit, approx):
    f = one(text)
    assert (f.text, f.value, f.unit, f.approx) == (figure, D(value), unit, approx)


def test_figures_scan_rate_per_population():
    f = one("配置AED达每10万人45台")
    assert (f.text, f.value, f.unit, f.kind) == ("每10万人45台", D("45"), "台/10万人", "rate")


@pytest.mark.parametrize(
    "text",
    [
        "成功举办第六届世界佛教论坛",  # ordinal
        "9月26日召开",  # date
        "2025年是收官之年",  # year
        "理念提出20周年系列活动",  # anniversary
        "“415X”先进制造业集群",  # code
        "迭代完善“8+4”经济政策体系",  # code
        "成功创建国家5A级旅游景区",  # grade
        "免费接种2价HPV疫苗",  # name
        "全面落实民营经济32条政策",  # name of a policy
        "为全省0-6岁儿童免费筛查",  # age range
        "为全省60岁以上老年人接种",  # age
        "“十四五”规划收官",  # plan name
        "PM2.5平均浓度稳步改善",  # pollutant name
        "深化“15分钟品质文化生活圈”建设",  # name in quotes
        "推进“30分钟职业技能培训圈”建设",
        "坚定做到“两个维护”",
        "出访了数十个国家",  # vague
        "实施“千项万亿”工程",
        "《中国制造2025》",  # title
        "对所有重点工业污染源实行24小时在线监控",
        "12个月",
    ],
)
def test_figures_scan_leaves_out_names_dates_and_codes(text):
    assert [f for f in scan(text) if f.kind != "none"] == []
    assert read_figures(text) == []


def test_figures_scan_ranking_names_are_no_figures():
    text = "2024中国民营企业500强和民营企业制造业500强、服务业100强、研发投入500家等五张榜单浙江上榜数均居全国第一"
    assert read_figures(text) == []


# --------------------------------------------------------------------------- qualifier and measure


@pytest.mark.parametrize(
    "kw,qualifier",
    [
        ({"post": "左右"}, "about"),
        ({"post": "以上"}, "at_least"),
        ({"post": "以内"}, "at_most"),
        ({"approx": "at_least"}, "at_least"),
        ({"before": ("at_most",)}, "at_most"),
        ({"lead": "about"}, "about"),
        ({}, "exact"),
        ({"post": "以上", "before": ("about",)}, "at_least"),
    ],
)
def test_figures_qualifier_of(kw, qualifier):
    assert qualifier_of(**kw) == qualifier


@pytest.mark.parametrize(
    "args,measure",
    [
        (("percent", {"growth"}, "生产总值"), "growth"),
        (("percent", {"decline"}, "能耗"), "decline"),
        (("percent", {"level"}, "覆盖率"), "share"),
        (("percent", set(), "研发投入强度"), "ratio"),
        (("percent", set(), "居民消费价格涨幅"), "growth"),
        (("points", {"growth"}, "比重"), "growth"),
        (("count", set(), "上市公司"), "count"),
        (("money", set(), "财政资金"), "level"),
        (("none", set(), "城乡居民收入倍差"), "ratio"),
        (("rate", set(), "AED"), "ratio"),
        (("times", {"growth"}, "外汇储备"), "growth"),
    ],
)
def test_figures_measure_type(args, measure):
    assert measure_type(*args) == measure


def test_figures_measure_type_decline_verb_makes_an_amount_a_decline():
    assert measure_type("money", set(), "企业税负", decline_verb=True) == "decline"
    assert measure_type("money", set(), "企业税负") == "level"


# --------------------------------------------------------------------------- reading indicators


def test_figures_read_two_figures_share_an_indicator():
    assert read("货物贸易出口达3.9万亿元、增长9.5%，占全国份额提高到15.3%。") == [
        ("3.9万亿元", "货物贸易出口", "level", "exact", "万亿元"),
        ("9.5%", "货物贸易出口", "growth", "exact", "%"),
        ("15.3%", "货物贸易出口占全国份额", "share", "exact", "%"),
    ]


def test_figures_read_respectively_distributes_over_the_items():
    got = read("全年粮食产量、棉花产量分别增长1.3%、2.8%，油料产量下降0.5%。")
    assert got == [
        ("1.3%", "粮食产量", "growth", "exact", "%"),
        ("2.8%", "棉花产量", "growth", "exact", "%"),
        ("0.5%", "油料产量", "decline", "exact", "%"),
    ]


def test_figures_read_one_figure_for_each_item():
    got = read_figures("广义货币M2和社会融资规模余额预期增长均为12%左右。")
    assert [(f.indicator, f.index, f.qualifier) for f in got] == [
        ("广义货币M2", 0, "about"),
        ("社会融资规模余额", 1, "about"),
    ]
    assert {f.start for f in got} == {got[0].start}


def test_figures_read_items_of_the_clause_before():
    got = read("清理规范节庆、论坛、展会，数量分别压减75%、95%、73%。")
    assert [g[1] for g in got] == ["节庆数量", "论坛数量", "展会数量"]
    assert {g[2] for g in got} == {"decline"}


@pytest.mark.parametrize(
    "text,indicator,qualifier,measure",
    [
        ("力争全年开行2500列以上。", "开行", "at_least", "count"),
        ("确保粮食播种面积1520万亩。", "粮食播种面积", "exact", "level"),
        ("其中企业数增长5%。", "企业数", "exact", "growth"),
        ("城镇调查失业率控制在5.5%以内。", "城镇调查失业率", "at_most", "share"),
        ("预计单位国内生产总值能耗下降3%。", "单位国内生产总值能耗", "about", "decline"),
        ("进出口总额突破4万亿美元。", "进出口总额", "at_least", "level"),
        ("降低利息负担约4000亿元。", "利息负担", "about", "decline"),
        ("城乡居民收入倍差缩小至1.83。", "城乡居民收入倍差", "exact", "ratio"),
        ("全社会研发经费投入强度达2.6%左右。", "全社会研发经费投入强度", "about", "ratio"),
        ("工业企业利润比上年增长8.5%。", "工业企业利润", "exact", "growth"),
        ("国内生产总值五年年均增长5.2%。", "国内生产总值", "exact", "growth"),
    ],
)
def test_figures_read_strips_control_words_and_cues(text, indicator, qualifier, measure):
    (got,) = read(text)
    assert got[1:4] == (indicator, measure, qualifier)


def test_figures_read_counted_noun_after_the_figure():
    got = read("累计建设839个海外仓、总面积1210万平方米。新设12个自贸试验区，8家博物馆晋级国家一级博物馆。")
    assert [(g[0], g[1]) for g in got] == [
        ("839个", "海外仓"),
        ("1210万平方米", "总面积"),
        ("12个", "自贸试验区"),
        ("8家", "博物馆"),
    ]


def test_figures_read_count_inside_a_subject_is_no_observation():
    got = read("74个重点城市细颗粒物年均浓度下降9.1%。")
    assert got == [("9.1%", "74个重点城市细颗粒物年均浓度", "decline", "exact", "%")]


def test_figures_read_range_and_rate():
    assert read("浙供气源综合价格下降3-5分/立方米。")[0][1:3] == ("浙供气源综合价格", "decline")
    assert read("配置AED达每10万人45台。")[0][1:3] == ("AED", "ratio")


def test_figures_read_from_and_to():
    got = read_figures("年应纳税所得额上限由30万元提高到50万元。")
    assert [(f.text, f.indicator, f.role) for f in got] == [
        ("30万元", "年应纳税所得额上限", "from"),
        ("50万元", "年应纳税所得额上限", "to"),
    ]


def test_figures_read_marks_target_cues():
    (a,) = read_figures("力争规上工业增加值增长6%以上。")
    (b,) = read_figures("规上工业增加值增长6%以上。")
    assert (a.target, b.target) == ("力争", "")
    got = read_figures("广义货币M2增长11.3%，低于13%左右的预期目标。")
    assert [(f.indicator, f.measure, bool(f.target)) for f in got] == [
        ("广义货币M2", "growth", False),
        ("广义货币M2", "growth", True),
    ]


def test_figures_component_fills_span_extensions():
    from kg.nlp import FIGURES, get_nlp

    nlp = get_nlp()
    assert "kg_figures" in nlp.pipe_names
    doc = nlp("二氧化硫、氮氧化物排放量要分别下降3%。")
    spans = list(doc.spans[FIGURES])
    assert [(s.text, s.label_, s._.kg_value, s._.kg_unit, s._.kg_indicator) for s in spans] == [
        ("3%", "decline", "3", "%", "二氧化硫"),
        ("3%", "decline", "3", "%", "氮氧化物排放量"),
    ]
    assert spans[0]._.kg_qualifier == "exact" and spans[0]._.kg_value_max is None
