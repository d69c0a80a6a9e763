from __future__ import annotations

import pytest
from helpers import corpus

from kg.read import read_path
from kg.skeleton import build_skeleton, cn_to_int, int_to_cn

REVIEW_AREAS = [
    "持续优化营商环境，民营经济金名片进一步擦亮",
    "着力缩小“三大差距”，共同富裕示范区建设迈出新步伐",
    "加快建设高水平文化强省，文化软实力进一步增强",
    "加快建设高水平生态省，绿色发展底色更加鲜明",
    "大力发展民生事业，人民生活品质持续提升",
    "全面推进平安浙江法治浙江建设，政治安全、社会安定、人民安宁良好局面持续巩固",
]


def test_skeleton_bundled_report_metadata(bundled_skeleton):
    sk = bundled_skeleton
    assert sk.report_id == "zhejiang-2025"
    assert sk.region == "330000"
    assert sk.government == "浙江省人民政府"
    assert sk.year == 2025
    assert sk.fragment
    assert any("紧接第一版" in m for m in sk.missing)
    assert any("下转第四版" in m for m in sk.missing)


def test_skeleton_bundled_report_parts(bundled_skeleton):
    review, plan = bundled_skeleton.parts
    assert (review.number, review.inferred, review.kind, review.year) == (1, True, "review", 2024)
    assert (plan.number, plan.inferred, plan.kind, plan.year) == (2, False, "plan", 2025)
    assert plan.title == "2025年目标任务和重点工作"


def test_skeleton_bundled_report_has_17_visible_areas(bundled_skeleton):
    review, plan = bundled_skeleton.parts
    assert [a.number for a in review.areas] == [6, 7, 8, 9, 10, 11]
    assert [a.title for a in review.areas] == REVIEW_AREAS
    assert [a.number for a in plan.areas] == list(range(1, 12))
    assert plan.areas[0].title == "发挥政策引导保障支撑作用，最大程度把政策红利转化为发展动力"
    assert plan.areas[1].title == "提振和扩大消费，切实增强消费促发展基础性作用"


def test_skeleton_bold_run_with_area_title_gives_first_measure(bundled_skeleton):
    review, plan = bundled_skeleton.parts
    assert review.areas[0].measures[0].title == "全面推进政务服务增值化改革"
    assert plan.areas[0].measures[0].title == "加快落实中央一揽子经济政策"
    assert plan.areas[0].measures[1].title == "迭代完善“8+4”经济政策体系"


def test_skeleton_bundled_report_measures(bundled_skeleton):
    counts = bundled_skeleton.counts()
    assert 60 <= counts["measures"] <= 68
    # the continuation's measures sit in the inferred review part, before area (六)
    assert [m.title for m in bundled_skeleton.parts[0].measures] == ["全力以赴稳外贸优外资", "扎实推进长三角一体化"]


def test_skeleton_main_targets_and_livelihood(bundled_doc, bundled_skeleton):
    plan = bundled_skeleton.parts[1]
    p = bundled_doc.paragraphs[plan.main_targets]
    assert bundled_doc.text[p.start : p.end].startswith("主要预期目标为")
    assert [i.title for i in plan.livelihood] == ["医疗卫生方面", "养老帮困方面", "关爱儿童方面", "就业创业方面", "城乡宜居方面"]


def test_skeleton_spans_point_at_titles(bundled_doc, bundled_skeleton):
    for part in bundled_skeleton.parts:
        for a in part.areas:
            assert bundled_doc.text[a.start : a.end] == a.title
            for m in a.measures:
                assert bundled_doc.text[m.start : m.end] == m.title


@pytest.mark.parametrize(
    "year, parts, areas_per_part",
    [
        (2024, 3, [6, 0, 10]),  # review areas from the 一是/二是 run, plan areas (一)…(十)
        (2017, 3, [8, 0, 9]),
        (2009, 3, [3, 0, 7]),
        (2003, 2, [9, 8]),
        (2004, 3, [6, 9, 0]),
    ],
)
def test_skeleton_corpus_reports_give_their_numbered_areas(year, parts, areas_per_part):
    sk = build_skeleton(read_path(corpus(year)))
    assert sk.report_id == f"national-{year}"
    assert sk.region == "100000"
    assert len(sk.parts) == parts
    assert [len(p.areas) for p in sk.parts] == areas_per_part
    assert sk.parts[0].kind == "review"


def test_skeleton_review_enumeration_gives_areas():
    sk = build_skeleton(read_path(corpus(2024)))
    review = sk.parts[0]
    assert all(a.style == "enumerated" for a in review.areas)
    assert review.areas[0].label == "一是"


@pytest.mark.parametrize("year", [1954, 1964, 1978, 1985, 1992, 1998, 2008, 2015, 2021])
def test_skeleton_every_decade_builds(year):
    sk = build_skeleton(read_path(corpus(year)))
    assert sk.report_id == f"national-{year}"
    assert sk.year == year
    for part in sk.parts:
        assert part.number >= 1
        for a in part.areas:
            assert a.title


@pytest.mark.parametrize("n", [1, 2, 9, 10, 11, 19, 20, 21, 99])
def test_skeleton_chinese_numerals_round_trip(n):
    assert cn_to_int(int_to_cn(n)) == n


def test_skeleton_plain_text_lead_sentences_are_measures():
    sk = build_skeleton(read_path(corpus(2024)))
    plan = sk.parts[2]
    assert [m.title for m in plan.areas[0].measures][:2] == ["推动产业链供应链优化升级", "积极培育新兴产业和未来产业"]
    assert sum(len(a.measures) for a in plan.areas) >= 25


def test_skeleton_traditional_script_reads_through_the_simplified_view():
    import opencc

    from helpers import BUNDLED
    from kg.read import read_bytes

    hant = opencc.OpenCC("s2t").convert(BUNDLED.read_text(encoding="utf-8"))
    doc = read_bytes(hant.encode("utf-8"), name="zhejiang-2025.md")
    plan = build_skeleton(doc).parts[1]
    assert plan.kind == "plan"
    assert plan.main_targets is not None
    assert len(plan.areas) == 11


@pytest.mark.parametrize(
    "opening, region",
    [
        # a municipality is a province-level division that says 全市 and 市人民政府
        ("现在，我代表重庆市人民政府，向大会报告工作。全市上下，重庆重庆重庆。哈密市哈密市哈密市哈密市。", "500000"),
        ("——2025年1月在天津市第十八届人民代表大会第三次会议上\n\n全市经济运行稳中有进。", "120000"),
        ("现在，我代表市人民政府，向大会报告工作。全市上下，北京北京北京，上海一次。", "110000"),
        ("现在，我代表苏州市人民政府，向大会报告工作。全市上下，宿州。", "320500"),
        # 1955–1967: a province's people's council, in a report that also names the State Council
        ("各位代表：我代表甘肃省人民委员会向大会作工作报告。在国务院和中央人民政府的领导下，全省兰州兰州。", "620000"),
        # 我现在代表…, 我受…的委托, 向…第N届人民代表大会: the city speaks, though it names the State Council
        ("各位代表：我现在代表苏州市人民委员会，向大会报告工作。在国务院的领导下，全国人民代表大会。", "320500"),
        ("各位代表：我受镇江市人民委员会的委托，向大会报告工作。在国务院的领导下，全国人民代表大会。", "321100"),
        ("各位代表：我向海口市第一届人民代表大会第三次会议报告工作。在国务院的领导下，全国人民代表大会。", "460100"),
        # a city of its time that is a district today (屯溪市, 沙市市), not a city sharing a character
        ("各位代表：我现在代表屯溪市人民委员会，向大会报告工作。在国务院的领导下，全国人民代表大会。", "341002"),
        ("各位代表：我代表沙市市人民委员会，向大会报告工作。全市中山路。", "421002"),
        # a province's own opening: the province, however often the report names its capital
        ("现在，我代表省人民政府，向大会报告工作。全省上下，西安西安西安，陕西一次。", "610000"),
        ("现在，我代表自治区人民政府，向大会报告工作。南宁南宁南宁，广西一次。", "450000"),
        # a city's report names its province's government too: still the city
        ("现在，我代表市人民政府，向大会报告工作。在省委、省人民政府的领导下，全市上下，宝鸡宝鸡，陕西陕西陕西。", "610300"),
        # a minister's speech to the national congress names no body but the vice-premiers' reports it answers:
        # the nation's, however often it names one city
        ("各位代表：我完全同意李富春副总理关于国民经济计划的报告。现在，我就卫生工作向大会作一个发言。上海上海上海。", "100000"),
    ],
)
def test_skeleton_region_from_the_government_named_in_the_opening(opening, region):
    from kg.read import read_bytes

    body = "\n\n一、2024年工作回顾\n\n经济运行稳中有进，地区生产总值增长5.7%。\n\n二、2025年工作安排\n\n地区生产总值增长6%左右。\n"
    sk = build_skeleton(read_bytes((opening + body).encode("utf-8"), name="report-2025.txt"))
    assert sk.region == region


def test_skeleton_a_city_of_its_time_keeps_the_name_it_had_and_its_people_s_council():
    from kg.read import read_bytes

    opening = "各位代表：我现在代表屯溪市人民委员会，向大会报告工作。在国务院的领导下。"
    body = "\n\n一、一九五五年的工作\n\n工业总产值增长百分之十。\n"
    sk = build_skeleton(read_bytes((opening + body).encode("utf-8"), name="tunxi-1956.txt"))
    assert (sk.region, sk.region_name, sk.government) == ("341002", "屯溪市", "屯溪市人民委员会")
    sk = build_skeleton(read_bytes(("各位代表：我向苏州市第二届人民代表大会报告苏州市人民委员会的工作。" + body).encode("utf-8"),
                                   name="suzhou-1956.txt"))
    assert sk.government == "苏州市人民委员会"


@pytest.mark.parametrize(
    "opening, expected",
    [
        # a city the table does not know (merged since): a local report all the same, in the division its
        # text names most, under its own name
        ("各位代表：我代表下关市人民委员会，向大会报告工作。在国务院的领导下，大理大理大理的农业生产合作社。",
         ("532900", "下关市", "下关市人民委员会")),
        # a province under the name it had (广西省, 1949–1958)
        ("各位代表：我代表广西省人民委员会，向大会报告工作。在国务院的领导下，全市南宁南宁南宁。",
         ("450000", "广西省", "广西省人民委员会")),
        # 自治区 alone is no name
        ("各位代表：我代表自治区人民政府，向大会报告工作。全区广西广西广西。",
         ("450000", "广西壮族自治区", "广西壮族自治区人民政府")),
    ],
)
def test_skeleton_a_government_by_a_name_the_table_lacks(opening, expected):
    from kg.read import read_bytes

    body = "\n\n一、一九五五年的工作\n\n工业总产值增长百分之十。\n"
    sk = build_skeleton(read_bytes((opening + body).encode("utf-8"), name="report-1956.txt"))
    assert (sk.region, sk.region_name, sk.government) == expected


@pytest.mark.parametrize(
    "text, year",
    [
        # no year in the file's name and none in the part titles: the year planned, after the one reviewed
        ("各位代表：\n\n2024年是实现规划目标的关键一年，全市经济增长5%。\n\n2025年经济社会发展的主要预期目标是增长5.5%左右。\n", 2025),
        # the 1950s wrote years in Chinese numerals
        ("各位代表：\n\n我代表市人民委员会，向大会报告一九五五年的工作和一九五六年的主要任务。\n\n"
         "一九五五年工业总产值增长百分之十，一九五五年农业丰收。一九五六年要全面完成计划。\n", 1956),
    ],
)
def test_skeleton_year_of_an_unnamed_file_is_the_year_planned(text, year):
    from kg.read import read_bytes

    assert build_skeleton(read_bytes(text.encode("utf-8"), name="report.txt")).year == year
