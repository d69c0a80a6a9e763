"""Places: divisions, named places, zones, places inside names, partOf and locatedIn in the graph."""

from __future__ import annotations

import pytest

from kg.components.places import (
    abbreviations,
    find_places,
    named_places,
    places_in_name,
    report_region,
    stop_names,
)

ZJ = "330000"
CN = "100000"
PLACE = "https://w3id.org/report-kg/id/place/"


def keys(text: str, region: str | None = ZJ) -> dict[str, str]:
    """mention text → key"""
    return {text[h.start : h.end]: h.key for h in find_places(text, region)}


@pytest.fixture(scope="module")
def store(built):
    from kg.store import open_store

    out, _ = built
    return open_store(out / "graph.trig")


def select(store, sparql: str) -> list[tuple[str, ...]]:
    from kg.store import run_query

    return [tuple(t.value for t in row) for row in run_query(store, sparql)]


def test_places_jingning_resolves_to_its_adcode():
    found = keys("开展舟山、淳安、龙游、景宁基本公共服务一体化试点,推广安吉经验")
    assert found["景宁"] == "331127"
    assert found["舟山"] == "330900"
    assert found["安吉"] == "330523"
    assert "广安" not in found  # 推广安吉: 广安 cuts across two words


def test_places_autonomous_divisions_by_short_name_and_kind():
    # an autonomous prefecture, county or banner written by its short name and its kind, in any report
    found = keys("加强与西藏昌都市、四川甘孜州的区域合作，支持怒江州、通道县和莫力达瓦旗发展", CN)
    assert found["甘孜州"] == "513300"
    assert found["怒江州"] == "533300"
    assert found["通道县"] == "431230"
    assert found["莫力达瓦旗"] == "150722"


def test_places_short_names_that_are_words_are_skipped():
    assert keys("维护国家的长治久安和社会稳定，在均衡水平上推进重大理论研究", CN) == {}
    assert "长治" in stop_names()


def test_places_county_short_names_only_inside_the_report_region():
    text = "支持龙游、普陀发展"
    assert keys(text, ZJ) == {"龙游": "330825", "普陀": "330903"}
    assert keys(text, "310000") == {"普陀": "310107"}  # Shanghai's 普陀区; 龙游 is no county of Shanghai
    assert keys(text, CN) == {}  # a national report reads no county short names


def test_places_ambiguous_name_prefers_the_higher_level_or_the_place_before_it():
    assert keys("黑龙江、吉林等省", CN)["吉林"] == "220000"
    assert keys("湖南省华容县试点", CN) == {"湖南省": "430000", "华容县": "430623"}


def test_places_inside_quotes_belong_to_the_quoted_name():
    assert keys("擦亮“最美浙江人”品牌，深化书香浙江建设") == {"浙江": ZJ}


def test_places_named_regions_sites_and_foreign_places():
    text = "推进长三角地区合作，加强西湖、大运河保护，健儿在巴黎获得奖牌，抓好长江经济带建设"
    hits = {text[h.start : h.end]: h for h in find_places(text, ZJ)}
    assert hits["长三角地区"].key == "长三角" and hits["长三角地区"].attr("kind") == "region"
    assert hits["西湖"].key == "西湖" and hits["西湖"].attr("kind") == "site"  # the lake, not 西湖区
    assert hits["巴黎"].attr("english") == "Paris"
    assert hits["长江经济带"].attr("kind") == "region"
    assert all(p.kind in ("region", "zone", "foreign", "site", "former") for p in named_places())


def test_places_zones_by_head_noun_need_a_place_for_a_designation():
    found = keys("提升之江文化产业带、横店影视文化产业集聚区等平台能级,推进甬舟海洋经济核心区建设")
    assert found["之江文化产业带"] == "之江文化产业带"
    assert found["横店影视文化产业集聚区"] == "横店影视文化产业集聚区"
    assert found["甬舟海洋经济核心区"] == "甬舟海洋经济核心区"
    # a designation without a place is a programme; a class of scenic areas is no place
    assert keys("高质量发展建设共同富裕示范区,成功创建国家5A级旅游景区") == {}


@pytest.mark.parametrize(
    "name, expected",
    [
        ("丽水机场", ["331100"]),
        ("甬绍天然气管道", ["330200", "330600"]),
        ("义甬舟开放大通道", ["330782", "330200", "330900"]),
        ("金丽温开放大通道", ["330700", "331100", "330300"]),
        ("温福高铁", ["330300", "350100"]),
        ("通苏嘉甬铁路", ["320600", "320500", "330400", "330200"]),  # 苏 is 苏州 among cities
        ("庆元百花岩风电", ["331126"]),
        ("世界互联网大会乌镇峰会", []),  # 乌镇 is a town, not 乌鲁木齐 + 镇江
    ],
)
def test_places_in_name_reads_names_and_abbreviations(name, expected):
    assert [d.adcode for d in places_in_name(name, ZJ)] == expected


def test_places_in_name_without_region_reads_no_county_short_names():
    assert places_in_name("庆元百花岩风电") == []
    assert [d.adcode for d in places_in_name("温台沿海", ZJ)] == ["330300", "331000"]
    assert [d.adcode for d in places_in_name("温台沿海")] == ["330300", "331000"]  # among cities 台 is 台州
    assert [d.adcode for d in places_in_name("闽台合作")] == ["350000", "710000"]  # among provinces 台湾


def test_places_data_files_are_consistent():
    from kg.places import admin_table

    table = admin_table()
    assert all(table.get(d.adcode) for ds in abbreviations().values() for d in ds)
    assert all(p.parent is None or table.get(p.parent) for p in named_places())
    forms = [f for p in named_places() for f in (p.name, *p.aliases)]
    assert len(forms) == len(set(forms))


def test_places_report_region_of_the_bundled_report(bundled_doc):
    assert report_region(bundled_doc.text) == ZJ


def test_places_bundled_divisions_sit_inside_zhejiang(store):
    rows = select(
        store,
        f"""SELECT DISTINCT ?p WHERE {{
              ?m rkg:refersTo ?p . ?p a rkg:Place ; rkg:adcode ?code .
              FILTER (STRSTARTS(?code, "33") && ?code != "330000")
              FILTER NOT EXISTS {{ ?p rkg:partOf+ <{PLACE}330000> }} }}""",
    )
    assert rows == []
    inside = select(store, f"SELECT ?p WHERE {{ ?p rkg:partOf+ <{PLACE}330000> }}")
    assert (f"{PLACE}331127",) in inside  # 景宁 → 丽水 → 浙江
    assert (f"{PLACE}330100",) in inside
    geo = select(store, f"SELECT ?w WHERE {{ <{PLACE}331127> geo:hasGeometry/geo:asWKT ?w }}")
    assert geo and geo[0][0].startswith("POINT(119.")


@pytest.mark.parametrize(
    "label, places",
    [("丽水机场", {"331100"}), ("甬绍天然气管道", {"330200", "330600"}), ("温福高铁", {"330300", "350100"})],
)
def test_places_projects_are_located_in_their_places_with_partof_chains(store, label, places):
    rows = select(
        store,
        f"""SELECT ?p ?top WHERE {{ ?e skos:prefLabel "{label}"@zh ; rkg:locatedIn ?p .
              OPTIONAL {{ ?p rkg:partOf+ ?top . ?top rkg:adminLevel "country" }} }}""",
    )
    if not rows:  # the projects component names it otherwise: the name alone must still point there
        assert {d.adcode for d in places_in_name(label, ZJ)} == places
        return
    assert {p.rsplit("/", 1)[-1] for p, _ in rows} == places
    assert all(top == f"{PLACE}100000" for _, top in rows)


def test_places_named_place_gets_its_kind_as_level(store):
    rows = select(store, 'SELECT ?lev WHERE { ?p skos:prefLabel "西湖"@zh ; rkg:adminLevel ?lev }')
    assert rows == [("site",)]


def test_places_county_short_name_right_after_its_province_in_a_national_report():
    from kg.components.places import find_places

    got = [(h.key, "做好甘肃积石山地震救援"[h.start : h.end]) for h in find_places("做好甘肃积石山地震救援", "100000")]
    assert ("622927", "积石山") in got
    # a common word after a province is not a county (合作市 is in 甘肃)
    assert [h.key for h in find_places("与甘肃合作建设", "100000")] == ["620000"]


def test_places_the_ends_of_an_energy_transfer_are_provinces():
    from kg.components.places import _places_in_name

    assert [p.name for p in _places_in_name("甘电入浙", "330000")] == ["甘肃省", "浙江省"]
    assert [p.name for p in _places_in_name("川气东送", "100000")] == ["四川省"]


def test_places_new_towns_science_cities_bases_and_metropolitan_areas():
    found = keys("建设合肥都市圈，推进滨湖科学城、西咸新城和长沙国家航天产业基地建设。", None)
    assert {"合肥都市圈", "滨湖科学城", "西咸新城", "长沙国家航天产业基地"} <= set(found)


def test_places_curated_rivers_mountains_and_foreign_cities():
    found = keys("治理汾河、湘江，保护大别山生态，开通至杜伊斯堡的班列。", None)
    assert {"汾河", "湘江", "大别山", "杜伊斯堡"} <= set(found)


def test_places_lines_named_by_the_first_characters_of_their_cities():
    from kg.components.places import places_in_name

    assert [d.short for d in places_in_name("广湛高铁", "440000")] == ["广州", "湛江"]
    assert [d.short for d in places_in_name("潍烟高铁", "370000")] == ["潍坊", "烟台"]
    # 济: 济南 or 济宁, both in Shandong; 济南 is the one near 滨州
    assert [d.short for d in places_in_name("济滨高铁", "370000")] == ["济南", "滨州"]


def test_places_parts_of_free_trade_zones_listed_rivers_and_more_zone_heads():
    found = keys("推进湖南自贸试验区长沙片区建设，治理浏阳河、捞刀河、靳江河等重点河流，建设长沙经开区、湘江科创带。", None)
    assert {"湖南自贸试验区长沙片区", "浏阳河", "捞刀河", "靳江河", "长沙经开区", "湘江科创带"} <= set(found)


def test_places_parts_of_a_province_by_its_abbreviation_and_a_direction():
    got = keys("支持闽东北、闽西南协同发展，做强渝西地区，推动苏北、浙西南加快发展。", None)
    assert {"闽东北", "闽西南", "渝西地区", "苏北", "浙西南"} <= set(got)
    assert "东北" not in got and "西南" not in got  # no mention of the Northeast inside 闽东北
    got = keys("新中国成立以来，经济复苏北方尤甚，京东方项目落地，粤东西北振兴。", None)
    assert not {"新中", "苏北", "京东", "粤东", "西北"} & set(got)


def test_places_zones_opened_by_places_or_an_aside_may_hold_verbs():
    got = keys("推动川黔高竹新区建设，支持中德（沈阳）地方发展合作示范区建设。", None)
    assert {"川黔高竹新区", "中德（沈阳）地方发展合作示范区"} <= set(got)


def test_places_the_division_table_is_brought_up_to_date():
    from kg.places import admin_table

    t = admin_table()
    assert [d.parent for d in t.lookup("光明区")] == ["440300"]  # made in 2018, not in cpca's table
    linan = t.lookup("临安")
    assert [d.adcode for d in linan] == ["330112"] and linan[0].lon is not None  # 临安市 became 临安区
    assert [d.adcode for d in t.lookup("北京")] == ["110000"]  # no second 北京市 at city level
    assert t.lookup("巢湖市") and not t.lookup("海域")  # abolished divisions stay; no pseudo-divisions
    assert keys("光明区、坪山加快发展。", "440300") == {"光明区": "440311", "坪山": "440310"}


def test_places_line_initials_by_nearness_municipal_districts_and_sections():
    from kg.components.places import _places_in_name

    def shorts(name, region):
        return [getattr(p, "short", None) or p.name for p in _places_in_name(name, region)]

    assert shorts("西十高铁", "420000") == ["西安", "十堰"]  # 西安 is the 西 near 十堰
    assert shorts("渝万高铁", "500000") == ["重庆", "万州"]  # a municipality's district by its initial
    assert shorts("武宜段", "420000") == ["武汉", "宜昌"]


def test_places_rivers_and_mountains_listed_for_their_care():
    got = keys("大沽河、墨水河、李村河综合治理成效明显，缙云山、中梁山、铜锣山“三山”保护有序推进。", None)
    assert {"大沽河", "墨水河", "李村河", "缙云山", "中梁山", "铜锣山"} <= set(got)
    assert keys("坚持绿水青山、金山银山。", None) == {}


def test_places_zones_opened_by_a_run_of_initials_of_the_region():
    got = keys("推动万达开川渝统筹发展示范区、泸永江融合发展示范区建设。", "500000")
    assert {"万达开川渝统筹发展示范区", "泸永江融合发展示范区"} <= set(got)
    assert keys("推进高质量发展示范区建设，建设共同富裕示范区。", "500000") == {}


def test_places_a_prefectures_stop_name_is_a_place_in_its_own_province():
    yn = "530000"
    assert keys("大理、丽江等地旅游持续火爆", yn)["大理"] == "532900"
    assert "大理" not in keys("大理发展", ZJ)  # elsewhere 大理 is mostly a word, unless listed with places:
    assert keys("大理、丽江等地旅游持续火爆", ZJ)["大理"] == "532900"  # (大理|丽江: a list of places)
    assert "大理" not in keys("加强重大理论研究", yn)  # 重大|理论: it cuts words
    assert "新城" not in keys("沣东新城、沣西新城加快建设", "610000")  # a county's stays a word


def test_places_zones_opened_by_a_rare_place_word():
    got = keys("南港工业区、临港经济区等功能区集聚效应进一步增强", "120000")
    assert {"南港工业区", "临港经济区"} <= set(got)
    assert "海洋经济示范区" not in keys("建设海洋经济示范区", CN)  # 海洋: a common word


def test_places_former_divisions_and_prefectures_of_the_1950s():
    got = keys("汉口、沙市、襄樊等城市和襄阳专区，原热河省的一部分", "420000")
    assert {"汉口", "沙市", "襄樊", "襄阳专区", "热河省"} <= set(got)
    former = {p.name: p for p in named_places() if p.kind == "former"}
    assert former["襄樊"].parent == "420000" and former["热河省"].parent is None
    assert "达县" not in keys("发展发达县域经济", CN)  # 发达|县域: it cuts words


def test_places_a_foreign_partner_in_a_projects_sentence_is_not_its_site():
    from kg.pipeline import process
    from kg.read import read_bytes

    text = ("辽宁省人民委员会工作报告\n\n各位代表：我代表辽宁省人民委员会向大会作工作报告。\n\n一、一九五五年的工作\n\n"
            "在苏联帮助设计的项目中，第二初轧厂正在紧张施工。\n\n二、一九五六年的任务\n\n新建抚顺第二发电厂。\n")
    res = process(read_bytes(text.encode("utf-8"), name="liaoning-1956.txt"))
    ents = {e.label: e for e in res.extras["entities"]}
    assert ents["第二初轧厂"].located_in == set()


def test_places_zones_of_city_reports_by_their_heads():
    got = keys("推动光明科学城、前海深港国际金融城、深圳湾超级总部基地、南山国际科教城建设", "440300")
    assert {"前海深港国际金融城", "深圳湾超级总部基地", "南山国际科教城"} <= set(got)
    assert "国际科教城" not in "".join(keys("打造国际科教城", "440300"))  # a designation needs a place
    assert "城镇群" not in "".join(keys("加强城镇群建设", "500000"))  # no name before the head


def test_places_zones_inside_a_new_area_and_led_by_its_own_name():
    got = keys("重庆两江新区两江协同创新区和天府国际生物城加快建设，四川天府新区天府总部商务区聚势成形", "510100")
    assert {"两江协同创新区", "天府国际生物城", "天府总部商务区"} <= set(got)
    assert "四川天府新区天府总部商务区" not in got
    assert "两江新区卫星互联网产业园" in keys("两江新区卫星互联网产业园投产", "500000")  # the new area's own park
    assert "国际生物城" not in "".join(keys("打造国际生物城", "510100"))  # no name before the head


def test_places_chongqing_is_a_place_where_it_cuts_no_word():
    assert keys("与重庆协同推进成渝中线科创走廊建设", "510000").get("重庆") == "500000"
    assert "重庆" not in keys("隆重庆祝中华人民共和国成立七十五周年", CN)


def test_places_a_region_named_by_a_direction_leads_a_zone():
    got = keys("推动川东北经济区振兴发展，建设川西北生态示范区", "510000")
    assert {"川东北经济区", "川西北生态示范区"} <= set(got)


def test_places_districts_and_landmarks_of_cities_not_metaphors():
    got = keys("推动春熙路、新街口等商圈提质升级，保护长城", CN)
    assert {"春熙路", "新街口", "长城"} <= set(got)
    assert "长城" not in keys("人民军队是钢铁长城，构筑可持续发展的绿色长城", CN)


def test_places_in_names_initials_not_regions_companies_and_asides():
    from kg.components.places import _places_in_name

    def short(name, region="510100"):
        return {p.short if hasattr(p, "short") else p.name for p in _places_in_name(name, region)}

    assert short("成渝中线高铁") == {"成都", "重庆"}  # not the economic circle
    assert short("成眉市域铁路S5线") == {"成都", "眉山"}
    assert "南通" not in short("通威太阳能（双流）三期")  # a company's name holds no initials


def test_places_a_place_inside_another_name_locates_only_that_thing():
    from kg.pipeline import process
    from kg.read import read_bytes

    text = ("北京市政府工作报告\n\n各位代表：\n\n一、2023年工作回顾\n\n"
            "加快轨道交通12号线、22号线（平谷线）等建设。\n")
    res = process(read_bytes(text.encode("utf-8"), name="beijing-2024.txt"))
    ents = {e.label: e for e in res.extras["entities"] if e.type == "Project"}
    assert ents["轨道交通12号线"].located_in == set()


def test_places_more_zone_heads_zones_along_a_line_and_former_districts():
    got = keys("推动长三角G60科创走廊和沿沪宁产业创新带建设，南沙先行启动区建设提速", "310000")
    assert {"长三角G60科创走廊", "沿沪宁产业创新带", "南沙先行启动区"} <= set(got)
    assert keys("推进沿线开发区建设", "320500") == {}
    got = keys("推进南汇新城建设，塘沽、汉沽老城区更新", CN)
    assert got.get("塘沽") == "塘沽" and "南汇" in "".join(got)


def test_places_city_clusters_of_regional_strategies():
    got = keys("以武鄂黄黄为核心的武汉都市圈同城化，推动襄十随神、宜荆荆恩城市群一体化发展", "420000")
    assert {"武鄂黄黄", "襄十随神", "宜荆荆恩"} <= set(got)
    assert keys("长株潭都市圈发展规划全面落地", "430000").get("长株潭") == "长株潭"
    # a city cluster named after a region is a place of its own (the region stays, read inside it)
    assert "北部湾城市群" in keys("推进北部湾城市群建设", "450000")


def test_places_zones_of_china_and_a_partner_country():
    from kg.components.places import find_places

    text = "推进中马钦州产业园区、中越跨境经济合作区和中德（沈阳）高端装备制造产业园建设，中小企业产业园提质。"
    got = {text[h.start : h.end] for h in find_places(text)}
    assert {"中马钦州产业园区", "中越跨境经济合作区", "中德（沈阳）高端装备制造产业园"} <= got
    assert not any(g.startswith("中小") for g in got)


def test_places_named_natural_features_the_segmenter_reads_as_one_name():
    from kg.components.places import find_places

    text = "推进碧流河、英那河水库水源保护，建设大孤山、长兴岛石化基地。"
    got = {text[h.start : h.end] for h in find_places(text)}
    assert {"碧流河", "大孤山", "长兴岛"} <= got
    text = "统筹山水林田湖草沙一体化保护，绿水青山就是金山银山，保护大江大河。"
    assert {text[h.start : h.end] for h in find_places(text)} == set()


def test_places_items_of_a_list_closed_by_a_kind_of_site():
    from kg.components.places import find_places

    text = "打造青泥洼桥、西安路、东港等商圈，友谊关、东兴、龙邦等口岸通关效率提升，推进锦江区春熙路—太古里、青羊区少城等片区。"
    got = {text[h.start : h.end] for h in find_places(text)}
    assert {"青泥洼桥", "西安路", "友谊关", "龙邦", "春熙路", "太古里", "少城"} <= got
    assert not {"打造青泥洼桥", "锦江区春熙路", "青羊区少城"} & got
    text = "推进产业等片区化发展，加强监管等口岸工作。"
    assert {text[h.start : h.end] for h in find_places(text)} == set()


def test_places_heritage_sites_listed_before_their_kind():
    from kg.components.places import find_places

    text = "持续推进太庙、先农坛等文物腾退保护，加强文物等遗址保护。"
    got = {text[h.start : h.end] for h in find_places(text)}
    assert got == {"太庙", "先农坛"}


def test_places_items_of_a_list_of_counties_are_counties():
    from kg.components.places import find_places

    s = "春季，白城专区的洮安、开通、瞻榆、镇赉等县发生了春旱，我省的平陆、芮城等县都在黄河沿岸。推动安吉、德清等县城建设。"
    got = {s[h.start : h.end] for h in find_places(s, "220000")}
    assert {"洮安", "开通", "瞻榆", "镇赉", "平陆", "芮城"} <= got
    assert not any(g.startswith(("的", "我省")) for g in got)
    assert not {"安吉", "德清"} & {s[h.start : h.end] for h in find_places("推动安吉、德清等县城建设。", "220000")}


def test_places_items_of_a_list_of_shopping_quarters_with_a_longer_qualifier():
    from kg.components.places import find_places

    s = "打造小寨、钟楼、曲江等高品质商圈。"
    assert {"小寨", "钟楼", "曲江"} <= {s[h.start : h.end] for h in find_places(s, "610100")}


def test_places_a_division_named_only_inside_other_names_is_a_place_of_the_report():
    from kg.pipeline import process
    from kg.read import read_bytes

    src = "# 河北省人民委员会工作报告\n\n中国人民银行河北省分行积极组织储蓄，我省农业生产有了发展。\n"
    result = process(read_bytes(src.encode("utf-8"), name="report.md"))
    places = [e for e in result.extras["entities"] if e.type == "Place" and e.label == "河北省"]
    assert len(places) == 1 and len(places[0].mentions) >= 1
    m = places[0].mentions[0]
    assert result.doc.text[m.start : m.end] in ("河北省", "河北")


def test_places_items_of_a_list_of_inland_rivers_and_of_key_blocks():
    from kg.components.places import find_places

    got = {h.key for h in find_places("那考河、心圩江、竹排江等内河水环境稳定向好", "450100")}
    assert {"那考河", "心圩江", "竹排江"} <= got
    got = {h.key for h in find_places("富春湾新城、湘湖、大城北等重点区块加快建设", "330100")}
    assert {"湘湖", "大城北"} <= got


def test_places_a_line_named_by_county_initials_of_the_reports_province():
    from kg.components.places import places_in_name

    # 淳 and 开 are 淳安 and 开化 in a Zhejiang report (no city there starts with them), not 开封
    assert [d.name for d in places_in_name("杭淳开高速", "330100")] == ["杭州市", "淳安县", "开化县"]
    assert [d.name for d in places_in_name("广湛高铁", "440000")] == ["广州市", "湛江市"]


def test_places_every_country_by_its_chinese_name_and_former_states_by_theirs():
    from kg.components.places import named_places

    got = keys("同纳米比亚、乌拉圭和尼加拉瓜签订了协定，从民主德国和捷克斯洛伐克进口了设备。", None)
    assert {"纳米比亚", "乌拉圭", "尼加拉瓜", "民主德国", "捷克斯洛伐克"} <= set(got)
    english = {p.name: p.english for p in named_places()}
    assert english["纳米比亚"] == "Namibia" and english["民主德国"] == "German Democratic Republic"
    # China and its parts are no foreign country; a station named 乌东德 holds no former Germany
    assert not {"中国", "香港", "台湾"} & {p.name for p in named_places() if p.kind == "foreign"}
    assert "东德" not in keys("乌东德水电站全面投产。", None)


def test_places_listed_before_deng_di_or_an_old_mining_district():
    got = keys("在贵州的林东、云南的小龙潭和宣威等地发现了新的煤田，鹤岗、鸡西和在双鸭山等地新建了矿井。", None)
    assert {"林东", "小龙潭"} <= set(got)
    got = keys("峰峰、井陉、阳泉、新汶等老矿区都改建了一批矿井。", None)
    assert {"峰峰", "井陉", "新汶"} <= set(got)
    # not a list of places: 地方病, 地方戏曲, works named in the list, a name after a verb's first character
    assert not keys("对黑热病、克山病等地方病开展了防治，晋剧、蒲剧等地方戏曲进行了整理。", None)
    got = keys("北票的台吉立井、本溪的彩屯矿和舒兰、蛟河等地的一些小型矿井也已经建成。", None)
    assert "台吉立井" not in got and "彩屯矿" not in got
    assert "渡河" not in keys("牙克石、免渡河、伊图里河等林区新建了森林铁路。", None)


def test_places_a_route_is_located_at_its_ends_and_in_the_province_before_it():
    from kg.components.places import _places_in_name
    from kg.pipeline import process
    from kg.read import read_bytes

    names = lambda n: {getattr(p, "name", p) for p in _places_in_name(n, None)}  # noqa: E731
    assert {"叶城县", "西藏自治区"} <= names("新疆叶城到西藏阿里的公路")  # a county's short name as an end
    assert names("天津新港") == {"天津市"}  # 新港 is the port's own name, no 新疆 and 香港
    text = ("交通部部长的发言\n\n各位代表：\n\n一、公路\n\n"
            "青海省西宁到共和的公路，新疆维吾尔自治区库车到拜城的公路，都已经建成通车。\n")
    res = process(read_bytes(text.encode("utf-8"), name="jiaotong.txt"))
    labels = {f"adcode:{e.attrs.get('adcode')}": e.label for e in res.extras["entities"] if e.type == "Place"}
    ents = {e.label: e for e in res.extras["entities"] if e.type == "Project"}
    located = {k[:2]: {labels.get(r) for r in e.attrs["located_places"]} for k, e in ents.items()}
    assert {"青海省", "西宁市", "共和县"} <= located["西宁"]
    assert {"库车市", "拜城县"} <= located["库车"]  # (新疆 is the report's own region here, which locates nothing)


def test_places_named_parts_of_the_country_and_land_reclamation_districts():
    got = keys("南疆和北疆的石河子垦区、塔里木垦区，以及华东、中南等地区。", None)
    assert {"南疆", "北疆", "石河子垦区", "塔里木垦区", "中南"} <= set(got)
    assert "中南" not in keys("在中南海召开会议。", None)


def test_line_initials_take_a_citys_abbreviation_in_the_province_and_five_initials_all_resolved():
    from kg.components.places import _places_in_name

    def names(n, region):
        return [getattr(p, "name", p) for p in _places_in_name(n, region)]

    assert names("锡宜城际S2线", "320200") == ["无锡市", "宜兴市"]  # not 锡林郭勒
    assert names("盐泰锡常宜铁路", "320200") == ["盐城市", "泰州市", "无锡市", "常州市", "宜兴市"]
    assert "靖江市" in names("江阴至靖江长江隧道", "320200")  # a route's end before its kind
    assert not any(n.startswith(("长阳", "江陵")) for n in names("观音寺长江大桥", "420000"))  # no initials


def test_a_bridge_by_its_site_is_not_read_as_initials_and_a_common_word_is_no_run():
    from kg.components.places import _places_in_name

    def names(n, region):
        return [getattr(p, "name", p) for p in _places_in_name(n, region)]

    assert names("双柳长江大桥", "420000") == ["长江"]  # not 双鸭山 and 柳州
    assert names("常泰长江大桥", "320400")[:2] == ["常州市", "泰州市"]  # the province's own cities
    assert names("黄石新港棋盘洲港区三期", "420000") == ["黄石市"]  # 新港 is a word, not 新疆 and 香港
    assert names("成渝中线高铁", "500000")[0] == "成都市"


def test_ports_of_entry_are_places_and_a_kind_of_port_is_not():
    got = keys("推进阿拉山口口岸、巴克图口岸建设，扩大陆路口岸和航空口岸开放。", None)
    assert {"阿拉山口口岸", "巴克图口岸"} <= set(got)
    assert not any(k in got for k in ("陆路口岸", "航空口岸"))
    # a list closed by its kind gives its items, not one place with the list in it
    got = keys("霍尔果斯、吐尔尕特等口岸的进出口货物都有增加。", None)
    assert "霍尔果斯" in got and not any("等" in k for k in got)
    assert not any(k.endswith("口岸") for k in keys("建设磨憨国际口岸城市。", None))


def test_a_list_of_counties_after_their_province_names_each_county():
    got = keys("并对贵州修文、清镇一带的铝土矿进行普查。", None)
    assert got.get("修文") == "520123" and got.get("清镇") == "520181"
    assert not any(k.startswith("合作") for k in keys("加强与甘肃合作、交流。", None))


def test_places_a_sentence_listing_many_places_locates_a_thing_by_its_own_clause():
    from kg.pipeline import process
    from kg.read import read_bytes

    text = ("辽宁省人民委员会工作报告\n\n各位代表：我代表辽宁省人民委员会向大会作工作报告。\n\n一、工业\n\n"
            "抚顺、阜新、本溪、鞍山的产量都增加了，在锦州新建的第四号立井已经投入生产。\n")
    res = process(read_bytes(text.encode("utf-8"), name="liaoning-1956.txt"))
    labels = {f"adcode:{e.attrs.get('adcode')}": e.label for e in res.extras["entities"] if e.type == "Place"}
    shaft = next(e for e in res.extras["entities"] if e.type == "Project" and "立井" in e.label)
    assert {labels.get(r) for r in shaft.attrs["located_places"]} == {"锦州市"}


def test_places_named_districts_of_a_city_but_not_kinds_of_district_or_parts_of_a_zone_by_city():
    got = keys("北湖片区、西岭片区城市功能加快完善，东站片区持续提质，建好中新知识城和滨江核心片区。"
               "建设海绵城市示范片区和城市功能片区，推进重点片区开发。", region=None)
    assert {"北湖片区", "西岭片区", "东站片区", "滨江核心片区"} <= set(got)
    assert not any(k.endswith(("示范片区", "功能片区", "重点片区")) or k.startswith("城和") for k in got)
    got = keys("高质量建设合肥、芜湖、蚌埠片区。", region=None)
    assert "蚌埠片区" not in got


def test_places_localities_listed_before_yidai_or_a_count_of_townships():
    got = keys("并在沙溪、梅林一带发展养猪。要在柳湾、东岙、南塘等乡修建小型水库四座。推进一带一路建设。", region=None)
    assert {"沙溪", "梅林", "柳湾", "东岙", "南塘"} <= set(got)
    assert not any("一带" in k for k in got)
    # an adverb before the verb opens no name either (基本|解决了书店街); salt lakes and shoals close a list
    got = keys("基本解决了书店街、寺后街一带的积水问题。对察尔汗和茶卡等盐湖进行了勘探，整治了崆岭滩、青滩等险滩。", region=None)
    assert {"书店街", "寺后街", "察尔汗", "茶卡", "崆岭滩"} <= set(got)
    # mining districts, ferries and the rivers that flow into a lake close a list too; mining districts being
    # built are works, not places
    got = keys("新开发的平岭、汾阳、南桐等矿区已经投产。什川、青城等渡口增设了渡船。治理梁溪河、蠡河等入湖河道。", region=None)
    assert {"平岭", "汾阳", "南桐", "什川", "青城", "梁溪河", "蠡河"} <= set(got)
    got = keys("东川矿务局的汤丹、因民等矿区的建井准备工作加快进行。", region=None)
    assert not {"汤丹", "因民"} & set(got)
    # the verb's 了 opens no name (解决了|汉人街)
    got = keys("解决了汉人街、沙河子一带居民的吃水困难。", region=None)
    assert {"汉人街", "沙河子"} <= set(got) and not any(k.startswith("了") for k in got)


def test_townships_listed_with_names_a_tagger_reads_as_words():
    # a list of townships counted or closed by 等乡 names each, even a transliteration of five characters or
    # a name the tagger reads as a verb; the area that has them opens the list (我市郊区现有|巴彦岱)
    got = keys("我市郊区现有巴彦岱、潘津、塔什库勒克、汉宾四个乡，耕地9.6万亩。", region=None)
    assert {"巴彦岱", "潘津", "塔什库勒克", "汉宾"} <= set(got) and not any("现有" in k for k in got)
    got = keys("入社农户占百分之九十三，振头、谈固、西三庄等乡已于今年春季实现了高级合作化。", region=None)
    assert {"振头", "谈固", "西三庄"} <= set(got)
    # townships named after a verb's 了, one whose name ends in 和 (保和乡)
    got = keys("妥善安置了保和乡、圣灯乡的拆迁农户。", region=None)
    assert {"保和乡", "圣灯乡"} <= set(got)
    # but a list of verbs closed by no township is no list of places
    got = keys("改造、提升等工作扎实推进。", region=None)
    assert not {"改造", "提升"} & set(got)


def test_the_ends_of_routes_named_by_them_are_places():
    got = keys("开辟了大东门至大观楼、小西门至黑林铺两条公共汽车线路。修筑李村至王哥庄、沙子口至登瀛的郊区公路。", region=None)
    assert {"大东门", "大观楼", "小西门", "黑林铺", "李村", "王哥庄", "沙子口", "登瀛"} <= set(got), got
    got = keys("新辟城站至艮山门的线路。继续拓宽人民路察院场至北寺塔一段。", region=None)
    assert {"城站", "艮山门", "察院场", "北寺塔"} <= set(got) and "路察院场" not in got, got
    # the verb before the first end, a kind of place or a word of the clause is no end
    got = keys("增开火车站至东郊的公共汽车。新建市区至机场的公路。", region=None)
    assert not {"火车站", "市区", "增开火车站"} & set(got), got


def test_places_a_district_named_after_a_place_whose_name_holds_he():
    got = keys("仁和区南山片区改造加快推进。", region=None)
    assert "南山片区" in got and "区南山片区" not in got


def test_places_a_zone_opened_by_a_city_suburb():
    got = keys("缓解了西郊工业区用电紧张，加快东郊纺织工业区的建设。", region=None)
    assert {"西郊工业区", "东郊纺织工业区"} <= set(got)


def test_localities_listed_before_dengchu_are_places():
    got = keys("大力兴修水利，新建夏庄、流亭等处小型水库。加强管理，做到处理及时。", region=None)
    assert {"夏庄", "流亭"} <= set(got)


def test_a_list_of_rivers_names_each_river_but_new_waterways_dug_are_works():
    got = keys("整修了大清河、子牙河的堤防。新建和修复了滹沱河、滏阳河上的桥梁。开挖了独流减河和潮白新河。", region=None)
    assert {"大清河", "子牙河", "滹沱河", "滏阳河"} <= set(got)
    assert not {"了大清河", "独流减河", "潮白新河"} & set(got)


def test_a_list_of_items_written_with_xian_names_counties_the_tables_lack():
    got = {h.key for h in find_places("金县、新金县、长山县和旅顺郊区的许多初级社正在转为高级社。集中力量办好禹县、林县等几个钢铁基地。")}
    assert {"金县", "新金县", "长山县", "旅顺郊区", "禹县"} <= got
    got = {h.key for h in find_places("各县、各乡都要做好，本县和邻县合作。培育工业强县、农业强县、文旅强县各10个。")}
    assert not [k for k in got if k.endswith("县")]


def test_plains_mountain_areas_fishing_grounds_and_old_administrative_areas_by_their_head():
    got = {h.key for h in find_places("银川平原的渠道清淤。大别山区和吕梁山区的群众。舟山渔场丰收。设立了平地泉行政区和河套行政区。")}
    assert {"银川平原", "大别山区", "吕梁山区", "舟山渔场", "平地泉行政区", "河套行政区"} <= got
    got = {h.key for h in find_places("贫困山区要发展，许多山区和水田地区不能使用，调整行政区划，修建几条山区公路。")}
    assert not [k for k in got if k.endswith(("山区", "行政区"))]


def test_a_list_of_items_written_with_qu_names_city_districts():
    got = {h.key for h in find_places("动力区、沧口区和四方区的工人住宅年内竣工。")}
    assert {"动力区", "沧口区", "四方区"} <= got
    got = {h.key for h in find_places("深入推进先行区、样板区、示范区建设，工业区、住宅区和商业区要分开，灾区、林区和牧区。")}
    assert not [k for k in got if k.endswith("区")]


def test_places_districts_counted_townships_after_their_area_and_rivers_listed_as_waterways():
    got = keys("东塘、西岙、南湾三个区的选举已经完成。郊区柳葑、杏塘、梅渡等乡，入社农户已占百分之九十。"
               "整治篆溪、杏花塘等河道。七月下旬桐川、槐河洪水泛滥。下水道方面，要新建台北、沧西、梅口三区的雨水干管。", region=None)
    assert {"东塘", "西岙", "南湾", "柳葑", "杏塘", "篆溪", "杏花塘", "台北", "沧西"} <= set(got), got
    assert not [k for k in got if k.startswith(("郊区", "整治", "旬", "新建", "要"))], got
    assert not [k for k in keys("调整了管城区、二七区、金水区和郊区的区划。疏浚了第一直河、平江河等城内河道。", region=None)
                if k in ("城区", "管城") or k.startswith("第")]


def test_places_a_year_before_a_list_of_rivers_is_no_part_of_the_first():
    got = keys("一九五四年长江、淮河发生特大洪水。1998年长江、嫩江发生洪水。", region=None)
    assert "长江" in got and not [k for k in got if "年" in k], got


def test_places_a_first_river_of_five_characters_that_opens_its_clause_is_whole():
    got = keys("优良天数比例达到97.3%，布尔哈通河、海兰江、嘎呀河国控断面水质全部达标", region=None)
    assert {"布尔哈通河", "海兰江", "嘎呀河"} <= set(got) and "尔哈通河" not in got, got
    got = keys("七月间清水河、沙河水位上涨", region=None)
    assert "清水河" in got and "间清水河" not in got, got


def test_places_a_designated_zone_named_by_its_place_and_the_development_it_shows():
    got = keys("建设赣州革命老区高质量发展示范区，加快梅河口高质量发展先行示范区建设。推动经济高质量发展示范区建设。", region="220000")
    assert {"赣州革命老区高质量发展示范区", "梅河口高质量发展先行示范区"} <= set(got), got
    assert not [k for k in got if k.startswith("经济")], got


def built_entities(title: str, body: str, name: str) -> dict:
    """label → entity of a small report built whole (title, one part, ``body``) from a file named ``name``."""
    from kg.pipeline import process
    from kg.read import read_bytes

    text = f"{title}\n\n各位代表：\n\n一、2024年工作回顾\n\n{body}\n"
    return {e.label: e for e in process(read_bytes(text.encode("utf-8"), name=name)).extras["entities"]}


def test_places_a_park_zone_or_river_in_a_project_s_sentence_is_not_its_site_but_a_division_is():
    ents = built_entities("江城市政府工作报告", "启动前进河生态廊道二期和北部新城湿地公园建设。\n\n长沙县开工建设东山水库。",
                          "jiangcheng-2025.txt")
    assert "前进河生态廊道二期" in ents and ents["前进河生态廊道二期"].located_in == set(), ents["前进河生态廊道二期"].located_in
    assert ents["东山水库"].located_in == {str(ents["长沙县"].iri)}


def test_places_a_city_street_named_after_a_far_place_is_not_there_but_one_named_after_a_district_is():
    from kg.components.places import _local
    from kg.pipeline import process
    from kg.places import admin_table
    from kg.read import read_bytes

    text = ("哈尔滨市人民委员会工作报告\n\n各位代表：\n\n一、一九五五年的工作\n\n"
            "新修和翻修了延安路、南岗大街等道路。\n")
    res = process(read_bytes(text.encode("utf-8"), name="harbin-1956.txt"))
    ents = {e.label: e for e in res.extras["entities"]}
    assert ents["延安路"].located_in == set() and "延安市" not in ents
    table = admin_table()
    assert _local(table, table.get("230110"), "230100")  # 香坊区 of 哈尔滨: 香坊大街 is there
    assert not _local(table, table.get("610600"), "230100")  # 延安市 is far from 哈尔滨


def test_places_some_part_of_a_place_s_land_is_no_zone_of_its_own():
    got = keys("水灾波及襄阳专区部分地区和西南边远地区，东岭山区修通了公路。", None)
    assert not [k for k in got if k.endswith(("部分地区", "边远地区"))], got
    assert "襄阳专区" in "".join(got), got


def test_places_a_kind_of_cluster_is_no_zone_and_an_award_verb_is_no_part_of_one():
    got = keys("打造一批夜间消费集聚区和人工智能产业集聚区。哈尔滨新区获批国家自主创新示范区。", None)
    assert not [k for k in got if k.endswith("集聚区") or "获批" in k], got
    # nor a ranking verb (…园区列为|省级重点工业园区, 升格为)
    got = keys("保山工贸园区列为省级重点工业园区，猴桥口岸升格为国家一类口岸。", None)
    assert not [k for k in got if "列为" in k or "升格" in k], got
    assert keys("横店影视文化产业集聚区加快发展。", "330000"), "a cluster named by its place stays"


def test_places_the_official_full_names_of_the_1950s_are_the_country():
    got = keys("我国同蒙古人民共和国、越南民主共和国签订了协定。", None)
    assert got.get("蒙古人民共和国") == "蒙古国" and got.get("越南民主共和国") == "越南", got


def test_places_a_coast_needs_a_place_named_before_it():
    got = keys("要充分利用和合理发展沿海工业，北方沿海几个城市的工厂。温台沿海产业带加快建设。", "330000")
    assert not [k for k in got if k.endswith("沿海") and k != "温台沿海"], got


def test_places_a_lake_s_district_a_river_s_bank_and_the_land_either_side_of_a_range_still_name_it():
    got = keys("湖南整修了洞庭湖区的堤垸，在黄浦江畔建设新区，地质队在天山南北勘探。", None)
    assert {"洞庭湖", "黄浦江", "天山"} <= set(got), got


def test_places_waters_listed_before_their_basin_or_banks_are_named_whole():
    got = keys("青石木伦河、白定河流域综合治理扎实推进。修建高柳湖、石埠湖沿岸排灌站三处。由于长江、淮河流域遭受水灾。", None)
    assert {"青石木伦河", "白定河", "高柳湖", "石埠湖", "长江", "淮河"} <= set(got), got
    assert not [k for k in got if k.startswith(("修建", "由于"))], got


def test_places_a_time_or_preposition_before_a_list_of_counties_or_rivers_is_no_part_of_its_first_name():
    got = keys("夏季青岗、白马、红溪等县遭受冰雹，夏秋之间柳坪、石湾等县又遭霜冻。经过青柳江、白都江放运的木材增加。", None)
    assert {"青岗", "柳坪", "青柳江", "白都江"} <= set(got), got
    assert not [k for k in got if k.startswith(("夏", "之间", "经过"))], got


def test_places_the_items_of_a_list_closed_by_historic_districts_are_places_unless_the_list_is_of_projects():
    got = keys("加快白桦、紫岭等历史片区保护活化。青柳巷二期、前河北岸等历史街区保护利用项目全面推进。", None)
    assert {"白桦", "紫岭"} <= set(got), got
    assert not [k for k in got if k.endswith(("历史片区", "历史街区")) or k.startswith(("青柳巷", "前河北岸"))], got


def test_places_a_village_after_its_county_and_the_counties_listed_after_their_prefecture():
    got = keys("饶阳县柳树村耿某领导的合作社办得好，全县三个村。青山专区的白岭、石湾，红河专区的柳坪、岗头都有增产。", None)
    assert {"柳树村", "白岭", "石湾", "柳坪", "岗头"} <= set(got), got
    assert "三个村" not in got, got


def test_places_the_leagues_and_autonomous_regions_of_the_1950s_are_named_whole():
    got = keys("呼伦贝尔盟的陈巴尔虎旗和察哈尔盟的一部分，湘西苗族自治州和红河哈尼族彝族自治区。", None)
    assert {"呼伦贝尔盟", "察哈尔盟", "湘西苗族自治州", "红河哈尼族彝族自治区"} <= set(got), got


def test_places_islands_and_bays_of_the_curated_features_are_found():
    got = keys("人民解放军解放了一江山岛，蒋军从大陈岛撤走。推动黑瞎子岛保护与开放开发，建设海州湾海上风电。", None)
    assert {"一江山岛", "大陈岛", "黑瞎子岛", "海州湾"} <= set(got), got


def test_places_listed_and_counted_by_chu_are_sites():
    # places counted by 处 before what stands there: each item is a site, the verb before them is no part
    got = keys("新建柳湾、石门两处职工住宅区；桃坪和杏岭两处地方国营煤矿要改造巷道", "140300")
    assert {"柳湾", "石门", "桃坪", "杏岭"} <= set(got)
    assert "新建柳湾" not in got
    # one kind of building counted names no place
    assert "托儿所" not in keys("新建托儿所两处幼儿园", "140300")


def test_places_a_river_basin_is_its_river_and_waters_named_by_shui_are_listed_before_it():
    # the basin is named by its river (the basin an alias): the river is the place
    got = keys("推进梅水、桂水、柳坪水流域综合治理，开展青石溪流域水环境整治。", None)
    assert {"梅水", "桂水", "柳坪水", "青石溪"} <= set(got.values()), got
    assert not [k for k in got.values() if k.endswith("流域")], got
    # a basin of several rivers is a region of its own, not a river
    got = keys("加强梅河柳湖流域治理。", None)
    assert "梅河柳湖" not in got.values(), got


def test_places_a_town_after_its_county_or_district():
    got = keys("政和县柳湾镇、建瓯市石榴乡入选示范镇，金湾区白鹭镇东坑村建成典型村。", None)
    assert {"柳湾镇", "石榴乡", "白鹭镇", "东坑村"} <= set(got), got
    # a county's towns and townships, its towns and its countryside name no town
    got = keys("推进政和县城乡融合，建瓯市各乡镇卫生院，金湾区城镇化率，政和县乡村振兴。", None)
    assert not [k for k in got if k.endswith(("镇", "乡")) and k not in ("政和县", "建瓯市", "金湾区")], got


def test_places_report_region_a_province_and_a_city_of_one_short_name():
    # 吉林省 and 吉林市 are both 吉林: the government that speaks decides
    body = "一年来，吉林全面振兴取得新突破，全省经济稳中向好。支持吉林市打造全省副中心城市，延吉高新区综合排名提升。"
    assert report_region("各位代表：\n\n现在，我代表省人民政府，向大会报告工作。\n\n" + body) == "220000"
    assert report_region("各位代表：\n\n现在，我代表市人民政府，向大会报告工作。\n\n" + body) == "220200"


def test_places_a_zone_applied_for_or_joined_is_named_without_the_verb():
    # 申报 (applying for a zone) and 融入, 对接 (joining one) end the name on its left
    got = keys("积极申报醴陵综合保税区，深度融入湘潭生态文明先行示范区建设。", "430200")
    assert {"醴陵综合保税区", "湘潭生态文明先行示范区"} <= set(got.values()), got


def test_places_the_items_of_a_list_closed_by_landmarks_quarters_or_clusters_are_places():
    got = keys("培育青枫城、石鼓广场等夜间消费集聚区，提升柳塘书院、白鹭台遗址博物馆等文化地标，"
               "打造东溪老街、桂坪古巷等一批特色消费街区。", None)
    assert {"青枫城", "石鼓广场", "柳塘书院", "东溪老街", "桂坪古巷"} <= set(got.values()), got
    # a museum in the list is a building, no site
    assert not [k for k in got.values() if k.endswith("博物馆")], got


def test_places_a_feature_without_the_word_glued_before_it_and_not_inside_works():
    got = keys("新建了柳河上的东门大桥和汶溪河上的石桥，七月间青柳河、白沙洋河山洪，修建了三道河闸。", None)
    vals = set(got.values())
    assert not [k for k in vals if k.startswith(("和", "间"))], got
    assert "三道河" not in vals, got
    # the segmenter reads 和沁河 and 和二河 as one word each
    vals = set(keys("新建了东门大桥和沁河上的石桥，修建了高良涧进水闸和二河闸。", None).values())
    assert "沁河" in vals and not [k for k in vals if k.startswith("和") or k == "二河"], vals


def test_places_three_rivers_or_more_named_by_shui_are_places_and_works_on_water_are_not():
    got = set(keys("洑水、漭水、泷阳水断面水质保持Ⅱ类。", None).values())
    assert {"洑水", "漭水", "泷阳水"} <= got, got
    assert not keys("治污水、保供水、排涝水、抓节水同步推进。", None), "works on water name no river"


def test_places_zones_for_industries_moving_in_are_named_by_their_region():
    # 承接产业转移示范区 / 集聚区: a national kind of zone, named by the region before the verb 承接
    got = set(keys("赣南赣西承接产业转移示范区建设纵深推进，苏北承接产业转移集聚区建设提速。", None).values())
    assert {"赣南赣西承接产业转移示范区", "苏北承接产业转移集聚区"} <= got, got


def test_places_a_zone_listed_after_a_zone_named_by_its_place():
    got = set(keys("衡阳高新区、青枫经开区、柳塘工业园区考核位居前列。", None).values())
    assert {"衡阳高新区", "青枫经开区", "柳塘工业园区"} <= got, got
    # alone, a zone needs a place in its name
    assert "青枫经开区" not in set(keys("青枫经开区考核位居前列。", None).values())


def test_places_townships_listed_before_their_count():
    got = keys("全市郊区已建立农业生产合作社一百多个，小营、大柳、杨庄三个乡率先建成了高级社。全县共有十二个乡。", None)
    assert {"小营", "大柳", "杨庄"} <= set(got)
    assert not any("十二" in k for k in got)
    got = keys("已在二十五个省、西藏地方、二千一百一十六个县和相当于县的行政单位、二十二万零四百六十六个乡建立了政权。", None)
    assert "西藏地方" not in got and "行政单位" not in got


def test_places_a_ferry_crossing_is_no_former_city():
    got = keys("在清河木栾店渡口设置机动渡船，大渡口区加快发展，渡口市钢铁基地建设加快。", None)
    assert "渡口" not in got and "渡口市" in got


def test_places_a_named_old_revolutionary_base_area():
    got = keys("深化大别山革命老区振兴发展，支持龙岩、三明革命老区发展，闽西革命老区高质量发展示范区建设取得新突破。", None)
    assert "大别山革命老区" in got
    assert "三明革命老区" not in got and "闽西革命老区" not in got, got


def test_places_townships_and_towns_listed_by_name():
    got = keys("郊区的黎明乡、新发乡、成高子乡已基本实现合作化。推进白蕉镇、红旗镇、乾务镇等典型镇建设，培育工业重镇、商贸强镇。", None)
    assert {"黎明乡", "新发乡", "成高子乡", "白蕉镇", "乾务镇"} <= set(got), got
    assert not {"工业重镇", "商贸强镇", "典型镇"} & set(got)


def test_places_the_ports_a_rail_sea_service_runs_to():
    got = keys("绥化陆港开通至大连港、丹东港海铁联运班列，加密至宁波舟山港、深圳盐田港铁海联运班列。", None)
    assert {"大连港", "丹东港", "宁波舟山港", "深圳盐田港"} <= set(got), got
    assert not {"大连市", "丹东市", "舟山市", "深圳市"} & set(got)
    assert "连云港" in keys("开行郑州至连云港铁海联运班列。", None)  # (a city that is named so)


def test_places_sites_listed_before_a_water_source_or_flood_basin():
    got = keys("石漫滩水库、燕山水库等集中式饮用水水源地水质稳定。防汛备汛扎实有效，东淀、文安洼等蓄滞洪区安全设施加快建设。"
               "在中游，整修了城西湖、城东湖等蓄洪区。", None)
    assert {"石漫滩水库", "燕山水库", "东淀", "文安洼", "城西湖", "城东湖"} <= set(got), got
    assert not any(k.startswith("了") for k in got), got


def test_places_a_citys_own_works_are_in_the_city():
    from kg.ids import place_iri
    from kg.pipeline import process
    from kg.read import read_bytes

    text = ("廊坊市政府工作报告\n\n各位代表：我代表廊坊市人民政府向大会报告政府工作。\n\n一、2024年工作回顾\n\n"
            "加快市人民医院新院区、市文化艺术中心建设。\n")
    res = process(read_bytes(text.encode("utf-8"), name="langfang-2025.txt"))
    ents = {e.label: e for e in res.extras["entities"] if e.type == "Project"}
    assert ents["市人民医院新院区"].located_in == {str(place_iri("131000"))}
    text = text.replace("廊坊市", "河北省")  # (a province's report: 市 names no one city)
    res = process(read_bytes(text.encode("utf-8"), name="hebei-2025.txt"))
    ents = {e.label: e for e in res.extras["entities"] if e.type == "Project"}
    assert ents["市人民医院新院区"].located_in == set()


def test_places_no_month_before_a_basin_and_no_prefecture_of_a_quoted_service():
    got = keys("成功应对7月资江流域强降雨过程。“湘易办”邵阳专区上线服务事项2100余项。", None)
    assert "资江" in got and not any(k.startswith("7月") or "专区" in k for k in got), got


def test_places_a_county_before_its_zone_and_townships_listed_with_common_words():
    text = "推进邵东经开区建设。其中梁家街、红星、西郊、柳毛等乡实现了一乡一社。新增水田主要分布在红星、长岭两乡。"
    got = [(text[h.start : h.end], h.key) for h in find_places(text, "430500")]
    assert ("邵东", "430582") in got, got  # (邵|东经|开区: the segmenter read 东经)
    assert {"梁家街", "红星", "柳毛", "长岭"} <= {k for _t, k in got}, got


def test_places_a_district_before_its_town_and_towns_listed_before_zhongxinzhen():
    text = "梅县区雁洋镇建设成效明显。推进柘林、庙前、华埠等中心镇扩容提质。"
    got = [(text[h.start : h.end], h.key) for h in find_places(text, "441400")]
    assert ("梅县区", "441403") in got and ("雁洋镇", "雁洋镇") in got, got
    assert {"柘林", "庙前", "华埠"} <= {k for _t, k in got}, got


def test_places_a_prefecture_whose_short_name_is_a_word_in_a_list_or_a_route():
    got = keys("推动石家庄、保定、衡水、邢台同城化发展。深圳至中山车程缩短。", "130100")
    assert {"保定", "衡水", "中山"} <= {t for t in got}, got
    assert not keys("扩大医保定点机构范围，提高均衡水平，支持中山大学发展。", "130100"), "words, no places"


def test_places_villages_listed_by_name_and_a_town_whose_name_holds_a_verbal_morpheme():
    got = keys("东辛店村、杨拐村等一批村庄成为示范村，建设新村、纺织新村等职工住宅建成。濮阳县庆祖镇入选示范镇。", None)
    assert {"东辛店村", "杨拐村", "庆祖镇"} <= set(got), got
    assert not {"建设新村", "纺织新村"} & set(got), got


def test_places_districts_listed_with_their_suffix_before_a_verb():
    got = keys("会同笕桥区、江干区做好征用土地工作。要在西湖区、江干区和笕桥区建立蔬菜基地。", None)
    assert "笕桥区" in got, got
    got = keys("建立粮食主产区、主销区和产销平衡区的利益补偿机制。", None)
    assert not {"主产区", "主销区"} & set(got), got


def test_places_a_township_whose_first_character_the_tagger_reads_as_a_verbal_noun():
    got = keys("黄龙县白马滩镇、甘泉县劳山乡等一批示范点建设成效明显。", None)
    assert "劳山乡" in got, got


def test_places_localities_counted_after_a_list_by_their_kind():
    from kg.components.places import find_places

    s = "郊区有白沙、新圩两个渔业乡和长岭、上坡两个民族乡。东郊、北郊两个郊区菜田增加。新建青龙岗、马场两个工人住宅区。"
    got = {s[h.start : h.end] for h in find_places(s, "450000")}
    assert {"白沙", "新圩", "长岭", "上坡", "东郊", "北郊", "青龙岗", "马场"} <= got, got
    assert not any(g.endswith(("乡", "区")) or g.startswith("新建") for g in got), got


def test_places_a_town_after_its_county_in_a_list_of_such_towns():
    from kg.components.places import find_places

    s = "推进开原市中固镇、昌图县老城镇、西丰县振兴镇等示范镇建设。城区振兴镇域经济。"
    got = {s[h.start : h.end] for h in find_places(s, "211200")}
    assert {"中固镇", "老城镇", "振兴镇"} <= got, got
    assert not any(g.startswith("城") for g in got), got


def test_places_a_mountain_or_river_whose_name_the_segmenter_splits():
    from kg.components.places import find_places

    s = "完成西山、长虫山造林二万亩，疏通雷坛河。加强非煤矿山整治，祖国山河壮丽，饮马、黄羊河等农场和七虎林河。"
    got = {s[h.start : h.end] for h in find_places(s, "530100")}
    assert {"长虫山", "雷坛河"} <= got, got
    assert not {"煤矿山", "祖国山", "虎林河"} & got, got


def test_places_a_zone_or_site_that_opens_a_project_s_name_is_its_site_but_not_of_its_own_phase():
    ents = built_entities("延安市政府工作报告", "延安高新区建设加快，延安高新区能源化工新材料产业园建成投产。\n\n"
                          "延安古城保护加快，延安古城二期开工建设。", "yanan-2025.txt")
    park = ents["延安高新区能源化工新材料产业园"]
    assert str(ents["延安高新区"].iri) in park.located_in, park.located_in
    assert str(ents["延安古城"].iri) not in ents["延安古城二期"].located_in, ents["延安古城二期"].located_in


def test_places_no_verb_glued_to_a_listed_river_and_no_region_in_a_zone_s_output():
    from kg.components.places import find_places

    s = "深化汉江、丹江、嘉陵江水污染防治。烟台黄渤海新区地区生产总值突破1700亿元。"
    got = {s[h.start : h.end] for h in find_places(s, "610000")}
    assert {"汉江", "丹江", "烟台黄渤海新区"} <= got, got
    assert not {"深化汉江", "烟台黄渤海新区地区"} & got, got


def test_places_a_city_read_inside_a_listed_township_gives_way_to_it():
    from kg.components.places import find_places

    s = "并在良田乡、大新乡进行排水改碱试点。"
    got = {s[h.start : h.end]: h.key for h in find_places(s, "640100")}
    assert "大新乡" in got and "新乡" not in got, got


def test_places_a_site_s_own_name_may_open_with_da_or_xiao():
    zt = "530600"
    got = set(keys("推进大山包黑颈鹤国家级自然保护区、豆沙关古镇、小草坝风景区旅游开发。", zt).values())
    assert {"大山包黑颈鹤国家级自然保护区", "小草坝风景区"} <= got, got
    assert not {"山包黑颈鹤国家级自然保护区", "草坝风景区"} & got
    # 大 before a common word is no part of a name
    assert not [k for k in keys("打造大健康产业集聚区，建设大数据产业园。", zt).values() if k.startswith("大")]


def test_places_a_foreign_city_s_name_before_a_village_s_ending_is_a_village():
    assert "柏林" not in set(keys("柏林庄乡的农业生产合作社今年增产。", "130100").values())
    assert "柏林" in set(keys("参加在柏林举行的国际会议。", "130100").values())


def test_places_the_china_asean_free_trade_area_is_an_area_not_a_programme():
    from kg.components.programmes import find_programmes

    text = "抢抓中国—东盟自由贸易区全面建成、广西北部湾经济区开放开发的机遇。"
    assert "中国—东盟自由贸易区" in keys(text, "451400")
    assert "中国—东盟自由贸易区" not in {c.key for c in find_programmes(text)}


def test_places_towns_closing_a_list_are_places_whatever_the_words_mean():
    # (a list closed by 等一批特色名镇: each item a town, though 太平 and 和平 are words and 新华 reads as one)
    got = keys("加快推进太平、新华、龙州、双桥、和平等一批特色名镇建设。", "451400")
    assert {"太平", "新华", "双桥", "和平"} <= set(got), got
    # not without such a head: 太平 and 和平 stay words
    got = keys("实现太平、和平等目标。", "451400")
    assert "太平" not in got and "和平" not in got, got


def test_places_a_foreign_country_s_places_listed_after_its_name():
    got = keys("组团赴老挝琅南塔、乌多姆赛等省考察，与韩国釜山等地通航。", "530000")
    assert {"琅南塔", "乌多姆赛", "釜山"} <= set(got), got
    # a list of countries is not one country's places; a word is no place
    got = keys("出口到日本、韩国等地，与越南发展等地区合作。", "530000")
    assert "发展" not in got and set(got) == {"日本", "韩国", "越南"}, got


def test_places_sites_of_a_list_closed_by_fine_scenic_areas():
    got = keys("提升天柱山、石门大峡谷、月亮湾等精品景区品质。", "610900")
    assert {"天柱山", "石门大峡谷", "月亮湾"} <= set(got), got
    # theme parks being made are works; a public park is there already
    got = keys("打造桃花文化园、人民公园等精品景区。", "610900")
    assert "桃花文化园" not in got and "人民公园" in got, got


def test_places_rivers_of_the_south_west_are_known_natural_features():
    got = keys("推进左江、钦江、南流江流域综合治理，加强牛栏江生态保护。", "450000")
    assert {"左江", "钦江", "南流江", "牛栏江"} <= set(got), got


def test_places_a_curated_place_in_quotes_is_that_place_not_a_programme():
    from kg.components.programmes import find_programmes

    text = "加强“三河三湖”等重点流域水污染防治。"
    assert "三河三湖" in keys(text, CN)
    assert "三河三湖" not in {c.key for c in find_programmes(text)}


def test_a_report_s_own_city_the_table_lacks_is_a_place_and_names_its_bodies():
    from kg.pipeline import process
    from kg.read import read_bytes

    text = ("各位代表：\n\n我代表青岗市人民委员会，向大会报告一九五五年的工作。\n\n"
            "一年来，青岗市粮食局和中国人民银行青岗支行积极支援农业生产，大理、宾川等县互助合作运动发展很快。"
            "青岗至宾川公路已经通车，青岗市的工业总产值比上年增长百分之二十。\n")
    r = process(read_bytes(text.encode(), name="qinggang-1956.txt"))
    labels = {(e.type, e.label) for e in r.extras["entities"]}
    assert ("Place", "青岗市") in labels, sorted(labels)
    assert {("Organization", "青岗市粮食局"), ("Organization", "中国人民银行青岗支行")} <= labels, sorted(labels)


def test_places_the_last_of_a_list_of_districts_before_a_noun():
    from kg.extract import find_mentions

    got = [m.text for m in find_mentions("其中城关区、石门区、乌龙区入社农户已超过百分之八十五。") if m.type == "Place"]
    assert "乌龙区" in got, got
    got = [m.text for m in find_mentions("城东区、城西区、江北区域经济发展很快。") if m.type == "Place"]
    assert not [g for g in got if g.startswith("江北")], got


def test_places_towns_across_the_land_borders_are_foreign_places():
    from kg.extract import find_mentions

    got = {(m.type, m.text) for m in find_mentions("加强与越南广宁省、下龙、芒街等地合作，推进至密支那的通道建设。")}
    assert {("Place", "广宁省"), ("Place", "下龙"), ("Place", "芒街"), ("Place", "密支那")} <= got, got


def test_places_workers_and_plant_areas_listed_with_区_are_no_districts():
    from kg.extract import find_mentions

    got = {m.text for m in find_mentions("首先修好工人区和新厂区的道路、水沟和路灯。") if m.type == "Place"}
    assert not {"工人区", "新厂区"} & got, got
    got = {m.text for m in find_mentions("动力区、沧口区和四方区的工厂都超额完成了计划。") if m.type == "Place"}
    assert {"动力区", "沧口区", "四方区"} <= got, got


def test_places_towns_listed_before_a_count_of_small_towns():
    from kg.components.places import find_places

    text = "打造宣和、石空、鸣沙、白马等8个特色小城镇，城镇化率提高1.2个百分点。"
    got = {text[h.start : h.end] for h in find_places(text)}
    assert {"石空", "鸣沙", "白马"} <= got, got  # (the first item: as the segmenter splits it from the verb)


def test_places_works_counted_by_chu_are_no_places():
    from kg.components.places import find_places

    text = "今年冬春要兴修石门水库、龙潭山塘和青山引水渠三处较大的工程。"
    got = {text[h.start : h.end] for h in find_places(text)}
    assert not {"石门水库", "龙潭山塘"} & got, got


def test_places_a_town_named_alone_by_a_stem_the_tagger_reads_as_a_place():
    from kg.components.places import find_places

    text = "加快六堡镇茶旅融合，龙洲乡红星农业生产合作社被评为模范社。"
    got = {text[h.start : h.end] for h in find_places(text)}
    assert {"六堡镇", "龙洲乡"} <= got, got
    text = "推进城乡融合，发展乡镇企业和重点镇建设，全乡粮食增产。"
    assert not {text[h.start : h.end] for h in find_places(text)}


def test_places_a_list_of_rivers_after_a_verb_starts_at_the_known_river():
    # the words before the first river (地处, 月间) are no part of its name
    found = set(keys("南充地处嘉陵江、渠江汇合之处。五月间汉江、丹江水位上涨。", None))
    assert {"嘉陵江", "渠江", "汉江", "丹江"} <= found
    assert not any(k.startswith(("地处", "间")) for k in found)


def test_places_works_named_after_a_site_of_another_province_are_not_there():
    from kg.pipeline import process
    from kg.read import read_bytes

    text = ("贵阳市人民委员会工作报告\n\n各位代表：\n\n一、一九五五年的工作\n\n"
            "新建南明河上的西湖桥、水口寺桥两座钢筋混凝土桥梁，改善了交通。\n")
    res = process(read_bytes(text.encode("utf-8"), name="guiyang-1956.txt"))
    ents = {e.label: e for e in res.extras["entities"]}
    assert "西湖桥" in ents and "named:西湖" not in ents["西湖桥"].attrs.get("located_places", ()), \
        ents["西湖桥"].attrs  # not 杭州's West Lake


def test_places_an_old_town_is_no_district_of_luoyang():
    # 老城区 (the old town) is 洛阳's district by name, but in report prose it is a city's old quarter
    got = keys("推进合作市老城区改造，统筹推进老城区改造和新区开发", CN)
    assert "老城区" not in got and "老城" not in got, got


def test_places_waters_listed_before_their_restoration_or_collective_name():
    got = keys("推进梁子湖、洪湖、长湖保护修复，推进硕都湖、属都湖保护修复。", CN)
    assert {"梁子湖", "长湖", "硕都湖", "属都湖"} <= set(got), got
    got = keys("推进赣江、抚河、信江、饶河、修河“五河”流域综合治理。", CN)
    assert "修河" in got and not any("“" in k or "流域" in k for k in got), got


def test_places_bonded_logistics_centres_and_ports_are_zones():
    got = keys("德阳保税物流中心（B型）进出口增长20%，防城港保税港区封关运作。", CN)
    assert {"德阳保税物流中心（B型）", "防城港保税港区"} <= set(got), got
    assert keys("申建保税物流中心。", CN) == {}  # no place names it: a kind


def test_places_the_first_of_a_run_of_towns_after_a_stop():
    # ，六横镇、金塘镇…: after a stop no words of the clause open the first item (六 read as a numeral alone)
    from kg.extract import find_mentions

    ms = find_mentions("推进中心镇培育工程，六横镇、金塘镇、衢山镇、洋山镇等中心镇综合实力不断增强。", region="330900")
    assert {"六横镇", "金塘镇"} <= {m.key for m in ms if m.type == "Place"}, ms


def test_a_bare_direction_is_a_part_of_the_place_reported_on_not_a_macro_region():
    from kg.extract import find_mentions

    got = {m.text: m.type for m in find_mentions("在市区东部兴建人民公园，新签约东部产业转移项目143个，开工建设中部引水工程。")}
    assert not [t for t, ty in got.items() if ty == "Place" and t in ("东部", "中部")], got
    got = {m.text: m.type for m in find_mentions("西部地区要发展特色农业，东部地区要优化产业结构。")}
    assert got.get("西部地区") == "Place" and got.get("东部地区") == "Place", got


def test_a_road_named_by_the_initials_of_its_two_ends_is_located_at_both():
    from kg.components.places import _places_in_name

    def names(n, region):
        return [getattr(p, "name", p) for p in _places_in_name(n, region)]

    assert names("威文公路", "371000") == ["威海市", "文登区"]  # 威 the city, 文 a county of its province
    assert names("乡村公路", "370000") == []


def test_listed_towns_after_their_counties_short_names():
    from kg.extract import find_mentions

    text = "推进剑阁普安镇、苍溪陵江镇、青川乔庄镇扩容提质。"  # a report of 广元 (510800)
    got = {m.text for m in find_mentions(text, region="510800") if m.type == "Place"}
    assert {"普安镇", "乔庄镇"} <= got, got
    got = {m.text for m in find_mentions("带动剑阁、苍溪等城镇发展。", region="510800") if m.type == "Place"}
    assert "等城镇" not in got, got


def test_a_lines_initials_read_the_report_citys_own_name_and_counties_first():
    from kg.components.places import places_in_name

    names = lambda n, region: [d.name for d in places_in_name(n, region)]  # noqa: E731
    assert names("广巴高速扩容", "510800") == ["广元市", "巴中市"]  # a 广元 report: 广元, not 广安
    assert names("苍巴高速", "510800") == ["苍溪县", "巴中市"]  # 苍溪, a county of 广元
    assert names("泗宿高速", "341300") == ["泗县", "宿州市"]  # a 宿州 report
    assert names("成雅高速", "510800") == ["成都市", "雅安市"]


def test_a_section_of_a_works_or_a_special_line_is_where_its_own_name_says():
    from kg.pipeline import process
    from kg.read import read_bytes

    text = ("宿州市人民政府工作报告\n\n各位代表：现在，我代表市人民政府向大会报告工作。\n\n一、过去一年的工作\n\n"
            "郑徐客运专线宿州段加快建设，川渝特高压交流工程广元段开工。\n")
    res = process(read_bytes(text.encode("utf-8"), name="suzhouah-2012.txt"))
    ents = {e.label: e for e in res.extras["entities"]}
    places = {e.label: str(e.iri) for e in res.extras["entities"] if e.type == "Place"}
    assert ents["郑徐客运专线宿州段"].located_in == {places["宿州市"]}, ents["郑徐客运专线宿州段"].located_in
    assert ents["川渝特高压交流工程广元段"].located_in == {places["广元市"]}, ents["川渝特高压交流工程广元段"].located_in


def test_lakes_listed_before_works_on_their_water():
    got = keys("推进白龙湖、亭子湖水环境综合治理。", None)
    assert {"白龙湖", "亭子湖"} <= set(got), got


def test_a_feature_listed_between_two_sites_is_one_though_its_name_is_common_words():
    got = keys("剑门关景区、昭化古城、明月峡、唐家河国家级自然保护区入选。", "510800")
    assert "明月峡" in got, got
    assert "明月" not in keys("明月、清风入怀。", None)


def test_a_national_cultural_park_sought_by_route_and_section_is_a_place():
    got = keys("推进蜀道（广元段）国家文化公园建设。", "510800")
    assert "蜀道（广元段）国家文化公园" in got, got
