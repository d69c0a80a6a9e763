"""Projects: enumerations, facility names, status and its year, lexicon, graph facts.

The sentences are written for these tests in the style of the reports, not copied from them.
"""

from __future__ import annotations

from kg.ids import entity_iri

import pytest

from kg.components.projects import find_projects, find_works_and_enterprises

RKG = "https://w3id.org/report-kg/ontology#"


def pipeline_projects(text: str) -> set[str]:
    """The words of ``text`` that the whole pipeline (list mates included) marks as projects."""
    from kg.extract import find_mentions

    return {m.text for m in find_mentions(text) if m.type == "Project"}


def found(text: str) -> dict[str, str | None]:
    """key → status of the projects found in ``text``."""
    return {c.key: c.attrs.get("status") for c in find_projects(text)}


def mentions(text: str) -> dict[str, str]:
    """key → the words of ``text`` that name it, for the projects found in ``text``."""
    return {c.key: text[c.start : c.end] for c in find_projects(text)}


def test_projects_enumeration_gives_each_item_without_the_opening_verb():
    got = found("推动宁杭城际二期、嘉善光伏产业园、乐清湾大桥等项目开工建设。")
    assert got == {"宁杭城际二期": "started", "嘉善光伏产业园": "started", "乐清湾大桥": "started"}


def test_projects_enumeration_with_construction_progress():
    assert found("加快沪苏湖铁路、金华电厂三期等项目建设进度。") == {
        "沪苏湖铁路": "under_construction",
        "金华电厂三期": "under_construction",
    }


def test_projects_enumeration_completed():
    assert found("确保衢州机场迁建、温州港乐清湾港区等项目建成投运。") == {
        "衢州机场迁建": "completed",
        "温州港乐清湾港区": "completed",
    }


def test_projects_status_verb_before_the_list():
    assert found("开工建设舟山绿色石化二期、象山海上风电等项目。") == {
        "舟山绿色石化二期": "started",
        "象山海上风电": "started",
    }


def test_projects_planned_beats_the_generic_construction_word():
    assert found("谋划推进台州枢纽建设。") == {"台州枢纽": "planned"}


def test_projects_facility_names_with_phase_and_works():
    got = found("推动湖州机场三期、绍兴电厂改扩建尽早开工。")
    assert got == {"湖州机场三期": "started", "绍兴电厂改扩建": "started"}


def test_projects_class_nouns_and_generic_facilities_are_not_projects():
    text = "安排重大项目1000个，推进重点项目建设，新开工重大水利工程12项，新建高速铁路500公里，大力发展海上风电。"
    assert found(text) == {}


def test_projects_quoted_and_generic_items_are_not_projects():
    assert found("做好“两重”、“两新”、专项债等项目谋划储备。") == {}


def test_projects_platform_is_a_project_only_when_built_and_named():
    assert found("建设一批公共服务平台。") == {}
    assert found("杭州市数字贸易服务平台上线运行。") == {"杭州市数字贸易服务平台": "completed"}


def test_projects_lexicon_gives_english_name():
    (c,) = find_projects("南水北调工程建设加快推进。")
    assert c.key == "南水北调"
    assert c.attrs["english"] == "South-North Water Transfer Project"
    assert c.attrs["status"] == "under_construction"


def test_projects_mentions_through_the_pipeline_keep_projects_over_programmes():
    from kg.extract import find_mentions

    ms = find_mentions("加快推进嘉兴港重大集疏运工程，实施城乡供水一体化提升行动。")
    types = {m.text: m.type for m in ms}
    assert types["嘉兴港重大集疏运工程"] == "Project"
    assert types["城乡供水一体化提升行动"] == "Programme"


@pytest.fixture(scope="module")
def bundled_graph(built):
    from rdflib import Dataset

    out, _ = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return ds


def _facts(ds, name: str) -> tuple[set[str], set[int]]:
    from rdflib import URIRef

    node = entity_iri("project", name)
    status = {str(o) for g in ds.graphs() for o in g.objects(node, URIRef(RKG + "status"))}
    years = {int(o) for g in ds.graphs() for o in g.objects(node, URIRef(RKG + "statusYear"))}
    return status, years


def test_projects_status_year_is_the_year_of_the_report_part(bundled_graph):
    # the plan part of the 2025 report: started in 2025
    assert _facts(bundled_graph, "温福高铁") == ({"started"}, {2025})  # 温福高铁
    # the review part: completed in 2024
    assert _facts(bundled_graph, "浙能六横电厂二期") == ({"completed"}, {2024})  # 浙能六横电厂二期


def test_projects_bad_status_fails_the_shapes(tmp_path, bundled_graph):
    from rdflib import Dataset, Literal, URIRef

    from kg.validate import validate_path

    ds = Dataset()
    for g in bundled_graph.graphs():
        for t in g:
            ds.graph(g.identifier).add(t)
    node = entity_iri("project", "温福高铁")
    target = next(g for g in ds.graphs() if (node, None, None) in g)
    target.add((node, URIRef(RKG + "status"), Literal("almost done")))
    path = tmp_path / "graph.trig"
    ds.serialize(path, format="trig")
    report = validate_path(path)
    assert not report.conforms
    assert "almost done" in report.text


def test_projects_route_enumeration_closed_by_a_facility_class():
    got = {c.key: c.attrs for c in find_projects("今后五年，新建南宁至昆明、宝鸡经固原至中卫等铁路干线，同时挖潜。")}
    assert {"南宁至昆明", "宝鸡经固原至中卫"} <= set(got)
    assert got["南宁至昆明"]["status"] == "under_construction"


def test_projects_scientific_facility_with_a_completion_verb():
    got = {c.key: c.attrs for c in find_projects("同步辐射光源对撞机投入使用，成果丰硕。")}
    assert got.get("同步辐射光源对撞机", {}).get("status") == "completed"


def test_projects_a_kind_of_facility_is_not_a_project():
    # made-up sentences: kind words only (内河航运, 地下, 几个大型) before the facility type
    got = found("继续建设内河航运工程，推进地下管网建设，加快几个大型水电站建设，香港、澳门保持繁荣。")
    assert got == {}
    # a place and its facility, or a proper name before it, still is one
    assert set(found("建成青山水库，翠屏机场开工建设。")) >= {"翠屏机场"}


def test_projects_each_mention_keeps_its_status_and_the_project_its_latest(tmp_path):
    from rdflib import URIRef

    from kg.graph import build_dataset
    from kg.pipeline import CONTRIBUTORS, process
    from kg.read import read_bytes

    src = (
        "# 浙江省2025年政府工作报告\n\n一、2024年工作回顾\n\n翠屏机场开工建设，进展顺利。\n\n"
        "二、2025年目标任务和重点工作\n\n加快翠屏机场建设，确保翠屏机场建成投运。\n"
    )
    result = process(read_bytes(src.encode("utf-8"), name="zhejiang-2025.md"), region="浙江")
    ds = build_dataset([result], CONTRIBUTORS)
    node = entity_iri("project", "翠屏机场")
    status, year = URIRef(RKG + "status"), URIRef(RKG + "statusYear")
    (g,) = [g for g in ds.graphs() if (node, None, None) in g]
    history = sorted(
        (int(g.value(m, year)), str(g.value(m, status)))
        for m in g.subjects(URIRef(RKG + "refersTo"), node)
        if g.value(m, status) is not None
    )
    assert history == [(2024, "started"), (2025, "completed"), (2025, "under_construction")]
    assert (str(g.value(node, status)), int(g.value(node, year))) == ("completed", 2025)


def test_projects_a_named_part_of_a_known_project_is_a_project():
    got = found("南水北调中线一期工程正式通水，西气东输二线西段工程实现供气。")
    assert got.get("南水北调中线一期工程") == "completed"
    assert "西气东输二线" in got


def test_projects_a_short_item_before_a_shared_facility_type_when_the_whole_is_known():
    assert found("京九、南昆铁路全线投入运营。") == {"京九铁路": "completed", "南昆铁路": "completed"}


def test_projects_routes_named_by_their_ends():
    got = found("已经通车的有南宁——凭祥线、丰台——沙城线；拉萨——日喀则和日喀则——江孜的公路正在修筑。")
    assert {"南宁——凭祥线", "丰台——沙城线", "拉萨——日喀则", "日喀则——江孜"} <= set(got)


def test_projects_a_list_of_facility_names_needs_no_place_or_status_each():
    got = found("重要的有：青山钢铁公司，白石锅炉厂，红旗糖厂，以及各种小型工厂。")
    assert {"青山钢铁公司", "白石锅炉厂", "红旗糖厂"} <= set(got)
    assert found("白石锅炉厂的产品很好。") == {}  # alone, unplaced, no status: left out (precision over recall)


def test_projects_a_facility_named_by_its_place_alone_needs_no_status():
    assert set(found("提速实施西宁至成都铁路、长沙机场等重大交通项目。")) == {"西宁至成都铁路", "长沙机场"}
    assert found("加快谋划高铁网、货运铁路网优化提升。") == {}  # networks are no lines


def test_projects_lines_named_by_place_initials():
    got = found("推进郑渝、济青等5个高铁项目，建成宁杭高铁。")
    assert set(got) == {"郑渝", "济青", "宁杭高铁"}
    assert found("打通南北通道。") == {}  # direction words are no place initials


def test_projects_expressways_and_sections_of_lines():
    got = found("建成萍乡至莲花高速、长沙至益阳高速等8条高速公路，开工郑济高铁河南段。")
    assert set(got) == {"萍乡至莲花高速", "长沙至益阳高速", "郑济高铁河南段"}
    assert found("保持经济高速增长。") == {}


def test_projects_metro_lines_each_item_its_own_line():
    got = found("建成地铁5号线一期，实施轨道交通12号线、13号线等项目。")
    assert set(got) >= {"地铁5号线一期", "轨道交通12号线", "轨道交通13号线"}


def test_projects_energy_transfer_between_provinces_and_voltage_in_a_name():
    assert set(found("建成陇电入鲁工程，开工1000千伏南阳至荆门输变电工程。")) == {"陇电入鲁工程", "1000千伏南阳至荆门输变电工程"}
    assert found("推动东电入海。") == {}  # 东 and 海 are no provinces' abbreviations


def test_projects_science_facilities_hospitals_and_museums_when_built():
    got = found("加快建设强流重离子加速器装置、合肥先进光源，长沙市第一医院新院区建成投用，湖南博物院改扩建工程开工。")
    assert {"合肥先进光源", "长沙市第一医院新院区", "湖南博物院改扩建工程"} <= set(got)
    assert found("新建社区养老服务设施200个，完善体育设施。") == {}  # kinds of facility


def test_projects_lines_between_two_places_with_their_voltage():
    got = found("陇东—山东±800千伏特高压直流输电工程开工，张北—雄安1000千伏特高压交流工程建成。")
    assert set(got) == {"陇东—山东±800千伏特高压直流输电工程", "张北—雄安1000千伏特高压交流工程"}


def test_projects_a_part_named_after_the_whole_is_its_own_facility():
    got = found("滇中引水工程昆明隧洞全线贯通，大藤峡水利枢纽下闸蓄水。")
    assert {"昆明隧洞", "大藤峡水利枢纽"} <= set(got)


def test_projects_works_on_a_named_river_stations_bare_metro_lines_and_energy_lists():
    got = found("推进秦淮河整治工程、长沙南站改造，加快地铁3号线建设，加快5号线、6号线建设，推动阳江帆石、汕尾甲子等海上风电项目开工。")
    assert {"秦淮河整治工程", "长沙南站", "地铁3号线", "5号线", "6号线", "阳江帆石", "汕尾甲子"} <= set(got)
    assert "农村人居环境整治工程" not in found("实施农村人居环境整治工程。")  # no place: a programme


def test_projects_numbered_roads_sizes_in_names_and_acceptance():
    got = found("推进205国道南京段改扩建，连云港30万吨级航道二期工程开工，强磁场装置通过国家验收。")
    assert {"205国道南京段改扩建", "连云港30万吨级航道二期工程"} <= set(got)
    assert found("国道和省道的养护。") == {}


def test_projects_station_after_a_verb_and_a_name_with_an_aside():
    assert found("确保沪宁沿江铁路建成通车并同步启用合肥西站。") == {"沪宁沿江铁路": "completed", "合肥西站": "completed"}
    assert found("加快滇中枢纽（昆明新）机场建设，") == {"滇中枢纽（昆明新）机场": "under_construction"}
    got = found("加快建设郑州市中心医院（郑州市第一医院）新院区。")
    assert got == {"郑州市中心医院（郑州市第一医院）新院区": "under_construction"}


def test_projects_company_plants_and_lists_of_a_batch():
    assert found("宁德时代洛阳电池工厂、比亚迪合肥产业园建成投产。") == {
        "宁德时代洛阳电池工厂": "completed",
        "比亚迪合肥产业园": "completed",
    }
    # any named park being built or done is works (tests/gold/README.md, the typing pass of session 13)
    assert found("马栏山视频文创产业园建成开放。") == {"马栏山视频文创产业园": "completed"}
    assert found("奇瑞芜湖超级工厂、长安汽车合肥基地等一批重大项目落地。") == {
        "奇瑞芜湖超级工厂": "started",
        "长安汽车合肥基地": "started",
    }


def test_projects_works_listed_before_their_shared_head_and_classes_after_a_list():
    assert set(found("推进秦淮河整治、滁河拓浚、水阳江后续工程。")) == {"秦淮河整治", "滁河拓浚", "水阳江后续工程"}
    assert found("实施中小河流治理工程和城市河道整治工程。") == {}
    assert found("加快白沙洲、杨泗港等长江大桥建设。") == {}  # 长江大桥 after 等 is a class


def test_projects_a_conjunction_inside_a_word_does_not_open_the_name():
    assert "协和医院国家医学中心" in found("推进湘雅医院、协和医院国家医学中心建设。")


def test_projects_production_lines_with_their_generation_new_halls_and_second_lines():
    assert found("厦门天马第8.6代新型显示面板生产线开工。") == {"厦门天马第8.6代新型显示面板生产线": "started"}
    assert found("沈海高速复线、京昆高速复线等建成通车。") == {"沈海高速复线": "completed", "京昆高速复线": "completed"}
    assert found("加快南京博物院新馆前期工作。") == {"南京博物院新馆": "planned"}
    assert found("推动黄岛海水淡化工程建设。") == {"黄岛海水淡化工程": "under_construction"}


def test_projects_typed_lists_without_a_status_and_plants_named_by_their_place():
    got = found("重要的有：湖北的丹江口、甘肃的刘家峡和盐锅峡、广东的新丰江等水电站。")
    assert set(got) == {"丹江口水电站", "刘家峡水电站", "盐锅峡水电站", "新丰江水电站"}
    assert found("发展火电、水电和核电等电站。") == {}  # kinds, not facilities
    assert set(found("我们应当积极修筑成昆和黔桂铁路。")) == {"成昆铁路", "黔桂铁路"}
    assert set(found("继青藏、康藏公路通车之后")) == {"青藏公路", "康藏公路"}
    got = found("重要的有：富拉尔基的重型机器厂，洛阳的拖拉机厂和矿山机械厂，兰州的石油机械厂。")
    assert {"洛阳的拖拉机厂", "兰州的石油机械厂"} <= set(got)
    assert found("我国的钢铁厂大都规模较小，黑龙江省的另一个制糖厂也已投产。") == {}


def test_projects_works_between_two_facilities_road_phases_venues_and_ports_of_entry():
    assert set(found("公明水库—清林径水库连通工程、罗田水库—铁岗水库输水隧洞工程加快建设。")) == {
        "公明水库—清林径水库连通工程", "罗田水库—铁岗水库输水隧洞工程"}
    assert set(found("外环高速三期建成通车，机荷高速改扩建加快推进。")) == {"外环高速三期", "机荷高速改扩建"}
    assert set(found("推进地铁13号线北延、6号线支线二期建设。")) == {"地铁13号线北延", "地铁6号线支线二期"}
    assert set(found("深圳歌剧院加快建设，深圳改革开放展览馆建成开放，皇岗口岸重建工程开工。")) == {
        "深圳歌剧院", "深圳改革开放展览馆", "皇岗口岸重建工程"}
    assert found("华为（大庆）云计算数据中心建成投用。") == {"华为（大庆）云计算数据中心": "completed"}


def test_projects_water_works_named_by_places_and_transfers():
    assert set(found("加快建设环北部湾广西水资源配置工程，推进平潭及闽江口水资源配置工程。")) == {
        "环北部湾广西水资源配置工程", "平潭及闽江口水资源配置工程"}
    assert found("渝西水资源配置工程主体完工。") == {"渝西水资源配置工程": "completed"}
    assert "引江补汉" in found("全面推进引江补汉、鄂北水资源配置二期。")
    assert found("加快重庆江北国际机场T3B航站楼及第四跑道工程建设。") == {
        "重庆江北国际机场T3B航站楼及第四跑道工程": "under_construction"}


def test_projects_named_after_the_company_that_builds_them():
    assert found("TCL华星t9项目开工建设。") == {"TCL华星t9项目": "started"}
    assert found("推进华为项目建设，比亚迪等企业加快发展。") == {}  # a company alone names no project


def test_projects_government_apps_are_projects_not_programmes():
    from kg.components.programmes import find_programmes

    text = "“川政通”“川企通”服务能力不断提升，“i成都”平台上线，全面推广“一网通办”。"
    assert set(found(text)) == {"川政通", "川企通", "i成都"}
    assert {c.key for c in find_programmes(text)} == {"一网通办"}
    assert found("“双跨”平台建设加快") == {}  # not named by a place


def test_projects_routes_named_by_their_ends_with_zhi_or_dao():
    got = found("此外，太原到大同的铁路支线、宁武至岢岚的铁路已经通车，新修和改建忻州至五台、阳泉至盂县等公路三百多公里。")
    assert set(got) == {"太原到大同的铁路支线", "宁武至岢岚铁路", "忻州至五台公路", "阳泉至盂县公路"}
    assert found("从城市到农村的公路网络不断完善") == {}


def test_projects_numbered_furnaces_with_their_works():
    got = found("太原钢铁公司的第三号高炉、焦炉正在加紧施工，包钢第一号高炉已经出铁，第五号平炉的生产能力超过设计水平。")
    assert set(got) == {"太原钢铁公司的第三号高炉", "包钢第一号高炉", "第五号平炉"}


def test_projects_a_verb_that_is_also_a_county_does_not_own_a_plant():
    # 新建 is a district of 南昌, but here it is the verb
    assert set(found("太原钢铁厂和新建的大同钢铁厂都在施工中")) == {"太原钢铁厂", "大同钢铁厂"}
    assert set(found("包头有色金属加工厂正在施工")) == {"包头有色金属加工厂"}  # 有色: no boundary


def test_projects_metro_sections_extensions_and_lettered_lines():
    got = found("加快地铁5号线南段延伸线、9号线一期东段和滨海新区Z7线、B3线建设。")
    assert set(got) == {"地铁5号线南段延伸线", "地铁9号线一期东段", "滨海新区Z7线", "B3线"}


def test_projects_short_names_in_a_list_of_reservoirs_and_hospitals_to_extend():
    # the item with the kind is the key; the item as written is the mention (an alias)
    assert set(found("石门、岩口、青龙潭等大型水库建成或下闸蓄水")) == {"石门水库", "岩口水库", "青龙潭水库"}
    assert set(found("推进昆明医科大学第一附属医院、云南省肿瘤医院等扩建工程")) == {
        "昆明医科大学第一附属医院", "云南省肿瘤医院"}


def test_projects_a_part_named_after_a_known_whole_leaves_the_whole():
    # 南水北调 is in the lexicon: the tunnel of it is not a project of its own name
    assert set(found("南水北调工程穿黄隧洞全线贯通")) == {"南水北调"}  # the lexicon's name


def test_projects_road_works_named_with_their_verb_and_venue_lists():
    assert set(found("唐山路快速路、解放路改造工程建成通车。")) == {"唐山路快速路", "解放路改造工程"}
    assert found("推进城镇老旧小区改造工程") == {}  # a programme's words, no road or river
    got = found("省体育中心、奥体中心游泳馆、市冰球馆等场馆完成改造。")
    assert set(got) == {"省体育中心", "奥体中心游泳馆", "市冰球馆"} and set(got.values()) == {"completed"}


def test_projects_a_list_counted_by_its_kind():
    # the item with its kind is the key, the item as written its mention (and so an alias)
    text = "做好长江上石门坎和隔河岩两个水利枢纽的勘测工作"
    got = mentions(text)
    assert got == {"石门坎水利枢纽": "石门坎", "隔河岩水利枢纽": "隔河岩"}
    assert set(found("沈阳、抚顺两个热电站已经投入生产")) == {"沈阳热电站", "抚顺热电站"}
    assert found("建设了大型和中型两个电站") == {}  # sizes, not names
    assert found("沈阳、抚顺、鞍山两个热电站") == {}  # the count does not match the items


def test_projects_a_hospital_listed_among_works_is_a_project_there():
    from kg.extract import find_mentions

    text = "推进天津医科大学总医院、天津市胸科医院等扩建工程，完善服务体系。"
    got = {(m.text, m.type) for m in find_mentions(text, region="120000")}
    assert {("天津医科大学总医院", "Project"), ("天津市胸科医院", "Project")} <= got
    assert not any(t == "Organization" and "医院" in x for x, t in got)


def test_projects_devices_in_a_science_centre_and_buildings_counted_by_kind():
    got = found("合肥综合性国家科学中心聚变堆主机关键系统综合研究设施投入使用，合肥先进光源加快建设。")
    assert "聚变堆主机关键系统综合研究设施" in got and "合肥综合性国家科学中心" not in got
    got = found("城市副中心剧院、城市图书馆、大运河博物馆三大建筑投入使用。")
    assert {"城市副中心剧院", "城市图书馆", "大运河博物馆"} <= set(got)
    assert found("博物馆、图书馆三大建筑群") == {}  # no status: a kind


def test_projects_lists_with_verbs_inside_items_coined_road_names_and_venues():
    got = found("宁德时代福鼎基地、长安汽车南京基地新能源整车改造、天马新型显示模组等项目加快建设。")
    assert {"宁德时代福鼎基地", "长安汽车南京基地新能源整车改造", "天马新型显示模组"} <= set(got)
    assert "邛名高速" in found("邛名高速建成通车，全省高速建成通车里程突破9000公里")
    assert not [k for k in found("全省高速建成通车里程突破9000公里") if "高速" in k]
    got = found("奥体中心体育场、滨江体育公园等18个场馆全部按期完工")
    assert {"奥体中心体育场", "滨江体育公园"} <= set(got)
    assert found("加快京沪、京广等铁路沿线环境整治") == {}


def test_projects_tide_gates_and_main_canals():
    got = found("修建了射阳河挡潮闸，苏北灌溉总渠全线完工。")
    assert {"射阳河挡潮闸", "苏北灌溉总渠"} <= set(got)


def test_projects_named_metro_lines_terminals_works_tails_and_companies():
    got = found("轨道交通崇明线、19号线以及嘉闵线、南汇支线等市域铁路加快建设。")
    assert {"轨道交通崇明线", "嘉闵线", "南汇支线"} <= set(got)
    assert found("加强轨道交通沿线开发，优化地铁线网") == {}
    assert "浦东国际机场T3航站楼" in found("建成浦东国际机场T3航站楼主体结构")
    assert "江北国际机场T3B航站楼及第四跑道" in found("建成江北国际机场T3B航站楼及第四跑道，开通轨道交通24号线一期")
    assert "罗泾港区集装箱码头改造二期" in found("推进罗泾港区集装箱码头改造二期建设")
    assert "上海LNG站线扩建项目" in found("推进上海LNG站线扩建项目")
    assert "华为青浦练秋湖研发中心" in found("华为青浦练秋湖研发中心启用")
    assert not [k for k in found("长沙机场改扩建工程T3航站楼加快建设") if k.startswith("工程")]


def test_projects_lists_of_science_facilities_whose_names_hold_and():
    got = found("脑解析与脑模拟、合成生物研究等重大科技基础设施建成运行，材料基因组、精准医学影像等设施加快建设。")
    assert {"脑解析与脑模拟", "合成生物研究", "材料基因组", "精准医学影像"} <= set(got)
    assert found("推进学校、医院等设施建设") == {}


def test_projects_hospital_lists_and_colleges_being_built():
    got = found("武汉大学附属中南医院东院区、湖北省妇幼保健院光谷院区等高水平医院项目加快建设")
    assert {"武汉大学附属中南医院东院区", "湖北省妇幼保健院光谷院区"} <= set(got)
    assert "中国科学院大学杭州学院" in found("中国科学院大学杭州学院开工建设")
    assert found("推进学校、医院等民生项目建设") == {}


def test_projects_yearly_capacity_in_a_name_and_numbered_units_of_a_plant():
    got = found("中国石化岳阳100万吨/年乙烯炼化一体化项目开工建设，华电平江电厂1号机组并网发电。")
    assert {"中国石化岳阳100万吨/年乙烯炼化一体化项目", "华电平江电厂1号机组"} <= set(got)
    assert not [k for k in got if k.startswith("年")]


def test_projects_city_roads_named_before_a_completing_verb():
    got = found("推进厂通路建成通车。天府大道北延线、蜀都大道东延线全线完工。")
    assert {"厂通路", "天府大道北延线", "蜀都大道东延线"} <= set(got)
    assert found("推进道路建成通车，城市道路全面完工，全市主干路建成通车，丝绸之路建成") == {}


def test_projects_stations_named_by_city_and_district_with_works_or_status():
    got = found("广州白云站建成投用，推进广州东站、广州站改造。")
    assert {"广州白云站", "广州东站", "广州站改造"} <= set(got)
    assert found("加油站建成，充电站建成投用") == {}


def test_projects_lists_closed_by_any_kind_of_project_and_by_a_status_alone():
    got = found("完成翠湖林带、白鹭洲·望江公园等重点工程建设。东华光电t7、南越显示OLED等一批新型显示项目稳定量产。")
    assert {"翠湖林带", "白鹭洲·望江公园", "东华光电t7", "南越显示OLED"} <= set(got)
    got = found("临港钢铁基地、合源新材料一体化基地一期、恒源高端化纤一体化项目等持续释放产能。")
    assert set(got) == {"临港钢铁基地", "合源新材料一体化基地一期", "恒源高端化纤一体化项目"}
    assert found("推进江城大学、江城医科大学新校区等高校项目建设。") == {"江城医科大学新校区": "under_construction"}
    assert found("年内启动东村、西塘等一批城中村改造项目，推进重点项目开工建设。") == {}
    # a list of things that are no facilities is not closed by its status
    assert found("住房、教育、医疗等全面改善。") == {}


def test_projects_a_project_named_by_its_company_then_its_place():
    assert "恒逸钦州高端绿色化纤一体化项目" in found("恒逸钦州高端绿色化纤一体化项目建成投产。")
    assert found("推进钦州重点项目开工建设，民生项目建成投用。") == {}


def test_projects_energy_bases_and_roads_named_by_initials_in_a_list_with_its_status():
    got = found("加快晋北采煤沉陷区大型风光基地、吕梁山沿黄风电基地建设。平益高速、安慈高速等建成通车。")
    assert {"晋北采煤沉陷区大型风光基地", "吕梁山沿黄风电基地", "平益高速", "安慈高速"} <= set(got)
    assert found("加强大型风电光伏基地建设。") == {}


def test_projects_hospital_branches_and_names_with_an_aside_in_a_list():
    got = found("华山医院福建医院、江城医学院附属瑞金医院海南医院等建设运营取得新进展。")
    assert set(got) == {"华山医院福建医院", "江城医学院附属瑞金医院海南医院"}
    got = found("加快江城市人民医院龙华分院、香港中文大学（深圳）医学院附属医院等项目建设。")
    assert {"江城市人民医院龙华分院", "香港中文大学（深圳）医学院附属医院"} <= set(got)
    assert found("人民医院省医院合作") == {}


def test_projects_venues_handed_over_on_time():
    got = found("东安湖体育公园、凤凰山体育公园、大运村等49个场馆全部按期交付。")
    assert set(got) == {"东安湖体育公园", "凤凰山体育公园", "大运村"}
    assert set(got.values()) == {"completed"}


def test_projects_uhv_lines_from_region_to_region_and_rail_freight_hubs():
    got = found("藏东南至粤港澳大湾区±800千伏特高压直流输电工程开工建设，陕北至安徽±800千伏特高压直流输电工程开工建设。")
    assert set(got) == {"藏东南至粤港澳大湾区±800千伏特高压直流输电工程", "陕北至安徽±800千伏特高压直流输电工程"}
    got = found("哈尔滨铁路集装箱中心站建设提速，高水平建设成都国际铁路港。")
    assert set(got) == {"哈尔滨铁路集装箱中心站", "成都国际铁路港"}
    assert found("发展铁路港口，铁路集装箱运量增长。") == {}


def test_projects_named_international_airports_and_suburban_lines_by_initials():
    got = found("天府国际机场和双流国际机场“两场一体”运营，成资S3线、成眉S5线等市域（郊）铁路建设取得新进展。")
    assert {"天府国际机场", "双流国际机场", "成资S3线", "成眉S5线"} <= set(got)
    assert found("打造区域国际机场群，推进市域铁路S5线建设。") == {}


def entity_types(body: str, keep) -> dict[str, str]:
    """label → type of the entities a one-paragraph report built through the pipeline gives, for the
    labels ``keep`` accepts."""
    from kg.pipeline import process
    from kg.read import read_bytes

    result = process(read_bytes(f"# 报告\n\n{body}\n".encode("utf-8"), name="report.md"))
    return {e.label: e.type for e in result.extras["entities"] if keep(e.label)}


def test_projects_a_computing_centre_being_built_is_a_project_not_a_body():
    types = entity_types("推进天津超算中心、国家数字经济创新发展试验区建设，产业增加值增长。", lambda k: "超算中心" in k)
    assert types == {"天津超算中心": "Project"}  # the lexicon knows it as a body


def test_projects_works_listed_after_important_ones_are_in_a_passage_about_building():
    got = found("在这些建设完工的企业中，重要的有：本溪钢铁公司，黑龙江钢厂，吉林肥料厂，等等。")
    assert set(got) == {"本溪钢铁公司", "黑龙江钢厂", "吉林肥料厂"}
    assert found("重要的有鞍山、武汉、包头三大钢铁工业基地，等等。") == {}
    assert found("在这些建设项目中，主要的有：加强管理，提高质量，等等。") == {}
    got = found("武汉长江大桥要在今年建成通车，使京汉铁路和粤汉铁路连接起来。")
    assert {"京汉铁路", "粤汉铁路"} <= set(got)


def test_projects_expressways_by_their_code_and_name():
    got = found("实施G3京台高速铜陵至黄山段、G4211宁芜高速改扩建等工程，G15沈海高速公路扩容工程开工。")
    assert {"G3京台高速铜陵至黄山段", "G4211宁芜高速改扩建", "G15沈海高速公路扩容工程"} <= set(got)
    assert found("推进G60科创走廊建设，G42沿线城市合作。") == {}


def test_projects_new_wings_of_museums_and_scenic_byways_being_built():
    got = found("推进江城大剧院、江城博物馆北馆建设，加快大别山风景道建设。")
    assert {"江城博物馆北馆", "大别山风景道"} <= set(got)
    assert found("新建风景道100公里。") == {}


def test_projects_works_on_a_named_facility_or_river_written_with_de():
    got = found("绕阳河、柳河的治理工程和盘山灌区的扩建工程正在进行，骆马湖临时滞洪工程和皂河闸的维修工程按期完成。")
    assert {"柳河的治理工程", "盘山灌区", "骆马湖临时滞洪工程", "皂河闸"} <= set(got)
    assert found("加强农田水利的维修工程，各专区修建一批县乡之间的简易公路。") == {}


def test_projects_key_works_listed_in_a_passage_about_the_plan():
    got = found("在我省安排的限额以上的建设单位中，由苏联帮助设计的有兰州炼油厂、兰州热电站和白银有色金属公司等重点工程。")
    assert set(got) == {"兰州炼油厂", "兰州热电站", "白银有色金属公司"}
    assert "白银有色金属公司" not in found("这是石油二厂、红旗机械厂和白银有色金属公司等重点工程。")


def test_projects_factories_at_work_are_enterprises_and_expanded_ones_are_projects():
    got = found("南京汽车配件厂、无锡柴油机厂和常州的戚墅堰机车车辆修理工厂都扩大了生产能力。")
    assert {"南京汽车配件厂", "无锡柴油机厂", "戚墅堰机车车辆修理工厂"} <= set(got)
    assert found("大冶钢厂和华新水泥厂的产量都超过了计划，南通的大生第一纺织厂进行了设备更新。") == {}
    # 风动工具厂 holds 动工 (started), and a works that built ships is not built by it
    assert found("沈阳风动工具厂和沈阳电缆厂等企业都提前完成了生产任务。") == {}
    assert found("大连造船厂建成了几艘较大的货轮。") == {"大连造船厂": None}


def test_projects_a_mill_named_by_its_size_and_a_verb_is_not_the_name():
    got = found("第二初轧厂和中型轧钢厂要加紧施工。广州白云机场扩建了候机楼，广州市的广州机床厂扩大了生产能力。")
    assert {"第二初轧厂", "中型轧钢厂", "广州白云机场", "广州机床厂"} <= set(got)
    assert found("中型轧钢厂的产量增长了一倍。") == {}


def test_projects_works_named_like_a_company_and_works_on_a_named_plant():
    got = found("南京化学工业公司的扩建、江南水泥厂和龙潭的中国水泥厂扩建等工程要做好设计和准备工作。")
    assert {"南京化学工业公司", "江南水泥厂", "中国水泥厂"} <= set(got)
    assert "下关发电厂" in found("戚墅堰发电厂和南京的下关发电厂扩建工程完成了主要的安装任务。")
    got = found("峰峰矿务局的羊渠河竖井已经开凿，通顺二矿的扩建工程已经基本竣工，新洋港闸正在施工。")
    assert got == {"羊渠河竖井": "started", "通顺二矿": "completed", "新洋港闸": "under_construction"}
    got = found("要完成东江下游防洪工程的一部分，高要专区新兴江的防洪工程正在施工。")
    assert set(got) == {"东江下游防洪工程", "新兴江的防洪工程"}
    assert not any("闸" in k for k in found("李家岩水库下闸蓄水，阳澄湖大闸蟹畅销。"))


def test_a_works_named_like_a_company_is_a_project_where_its_building_is_told():
    types = entity_types("武汉钢铁公司的建设已经全面铺开。鞍山钢铁公司是国家的重点企业，超额完成了计划。",
                         lambda k: "钢铁公司" in k)
    assert types["武汉钢铁公司"] == "Project"
    assert types.get("鞍山钢铁公司") != "Project"


def test_a_plant_at_work_is_an_organization():
    types = entity_types("大冶钢厂和华新水泥厂的产量都超过了计划。新建的邢台农具厂已经投入生产。", lambda k: k.endswith("厂"))
    assert types == {"大冶钢厂": "Organization", "华新水泥厂": "Organization", "邢台农具厂": "Project"}
    # a plant whose output the text counts is at work (全年加工面粉…万斤, 全年产煤…吨, 完成年计划的…)
    types = entity_types("地方国营银川面粉厂全年加工面粉1,926万斤，完成年计划的103%。地方国营灵武磁窑堡煤矿全年产煤12万吨。"
                         "公私合营通丰面粉厂加工面粉三千万斤。", lambda k: k.endswith(("厂", "矿")))
    assert types == {"银川面粉厂": "Organization", "灵武磁窑堡煤矿": "Organization", "通丰面粉厂": "Organization"}, types
    # but investment set against the plan is building, and a count of plants names none
    types = entity_types("华北制药厂全年完成投资比计划超过百分之八。全市有六十多个工厂参加制造新式农具，全年生产双轮双铧犁十一万部。",
                         lambda k: k.endswith("厂"))
    assert types == {"华北制药厂": "Project"}, types


def test_a_plant_that_raises_a_rate_makes_a_long_list_of_goods_or_services_its_machines_is_at_work():
    types = entity_types("江门糖厂在榨季中提高了出糖率。地方国营扬州农具厂全年制造新式步犁、双轮双铧犁、水车等农具一万三千余件。"
                         "东海造船厂全年修造机帆船、木帆船和小型渔轮三百四十艘。石家庄发电厂要加强设备检修，保证安全满发。",
                         lambda k: k.endswith("厂"))
    assert types == {"江门糖厂": "Organization", "扬州农具厂": "Organization", "东海造船厂": "Organization",
                     "石家庄发电厂": "Organization"}, types
    # (提高了…效率 of a plant being built is no output of its own)
    types = entity_types("新建的江城农具厂已经开工建设。", lambda k: k.endswith("厂"))
    assert types == {"江城农具厂": "Project"}, types


def test_projects_routes_listed_by_their_ends_share_the_kind_after_the_last():
    got = found("延吉至图们、敦化至汪清和延吉至珲春的公路先后通车，西安到宝鸡、西安到铜川的高压输电线路已经建成。")
    # each item of the list takes the kind it shares as its name (延吉至图们公路); the last keeps its own words
    assert {"延吉至图们公路", "敦化至汪清公路", "延吉至珲春公路", "西安到宝鸡", "西安到铜川的高压输电线路"} <= set(got)


def test_projects_any_plant_with_a_building_verb_and_two_plants_joined_by_he():
    got = found("吉林市的吉林碳素厂已于去年建成投入生产；吉林热电站和丰满水电站的改建工程正在施工。")
    assert {"吉林碳素厂", "吉林热电站", "丰满水电站"} <= set(got)
    assert "吉林热电站和丰满水电站" not in got
    assert found("各地的面粉厂、皮革厂都有发展，新建了一批皮革厂。") == {}


def test_projects_new_shafts_of_a_mine_and_works_named_by_governing_a_river():
    got = found("辽源矿务局的中央竖井已经建成投入生产，林西矿的新竖井正在施工，峰峰矿务局的羊渠河竖井已经开凿。")
    assert set(got) == {"辽源矿务局的中央竖井", "林西矿的新竖井", "羊渠河竖井"}
    assert "治理饮马河工程" in found("前郭旗灌区第一期工程和治理饮马河工程正在施工。")
    assert found("修建了汾河上的几座公路桥梁，今年新建和改善公路三千公里。吉林铁路管理局的货运量增长。") == {}


def test_projects_mines_named_by_place_lists_of_mining_areas_and_of_routes():
    got = found("东川矿务局的汤丹、因民、落雪等矿区的建井准备工作加快进行；会泽的铅锌矿也进行了扩建。")
    assert set(got) == {"汤丹", "因民", "落雪", "会泽的铅锌矿"}
    got = found("去年又修通了思茅至江城、下关至丽江、保山至腾冲等公路。")
    assert set(got) == {"思茅至江城公路", "下关至丽江公路", "保山至腾冲公路"}
    # ore is no mine, and a mine at work is the enterprise, not works
    assert found("去年调往内地的铁矿石超过了计划，一平浪煤矿和小龙潭煤矿的产量都超过了计划。") == {}
    assert set(found("限额以上的建设单位，除大吉山钨矿、上犹江水电站以外，都在施工。")) == {"大吉山钨矿", "上犹江水电站"}


def test_projects_a_route_through_three_places_and_a_fishing_port():
    got = found("杭州至昱岭关公路、金华至丽水至温州的公路以及临海至黄岩的公路都已通车，沈家门渔港的建设已经列入计划。")
    assert {"金华至丽水至温州公路", "临海至黄岩公路", "沈家门渔港"} <= set(got)
    assert "丽水至温州公路" not in got


def test_projects_phone_lines_sea_dikes_and_a_place_read_across_he():
    got = found("新架设了福州至南平、福州至泉州的长途电话线路，高崎至集美的海堤已经建成，呼和浩特发电厂的扩建工程已经竣工。")
    assert {"福州至南平", "福州至泉州的长途电话线路", "高崎至集美的海堤", "呼和浩特发电厂"} <= set(got)
    assert found("这条铁路通车以后，修建了运材公路和森林铁路，大量隧道正在施工，几处灌溉工程已经列入计划。") == {}


def test_projects_city_works_of_the_1950s_hospitals_roads_and_a_route_through_a_place():
    got = found("全市新建和扩建了上海市第六人民医院、胸科医院等十二所医院。要拓宽大连路、西藏南路等道路。")
    assert {"上海市第六人民医院", "胸科医院", "大连路", "西藏南路"} <= set(got)
    assert "西宁经门源到张掖公路" in found("西宁经门源到张掖的公路已经通车。")
    # a route between two places is named without the 的 before its kind; the text's form is an alias
    assert "江城至白河公路" in found("整修了江城至白河的公路。")
    assert found("江南造船厂、沪东造船厂和求新造船厂建成了一批沿海货轮。") == {}


def test_streets_renovated_or_measured_by_their_length_are_works_and_paving_kinds_are_not():
    got = found("完成了中华大街和胜利路的翻修工程，新铺砾石路面3.8公里。要翻修和平路、建国路四公里，加固白河防洪堤15公里。")
    assert {"中华大街", "胜利路", "和平路", "建国路", "白河防洪堤"} <= set(got)
    assert found("新修柏油路五公里，修建排水明渠5.6公里。") == {}


def test_projects_classes_of_plants_in_a_plan_are_no_projects():
    assert found("五年内开始建设的拖拉机制造厂，在第二个五年计划期间建设完成。") == {}
    assert found("我国许多轻工业工厂是由国内自己设计和建设的，除由国家投资建设的巨大水利工程以外。") == {}
    assert found("五年内关于铁路的建设也作了相应的部署，加上恢复铁路、改建铁路。") == {}
    assert "洛阳第一拖拉机制造厂" in found("洛阳第一拖拉机制造厂已经建成了主要车间。")
    assert "淮河根治工程" in found("五年内继续进行建设的淮河根治工程，计划建成四个水库。")


def test_a_plant_at_work_that_is_also_being_built_is_the_body_where_it_works_and_a_project_where_it_is_built():
    from kg.pipeline import process
    from kg.read import read_bytes

    body = "江城电机厂的产量超过了计划。江城电机厂的扩建工程正在施工。"
    result = process(read_bytes(f"# 报告\n\n{body}\n".encode("utf-8"), name="report.md"))
    got = {(e.label, e.type) for e in result.extras["entities"] if e.label.endswith("厂")}
    assert got == {("江城电机厂", "Organization"), ("江城电机厂", "Project")}, got


def test_projects_counted_lists_of_mines_and_plants_by_their_owner():
    # the owner before 的 is left out; the item with its kind names the works, the item is its alias
    assert set(found("峰峰的羊渠河、牛儿庄两个矿的扩建工程正在施工")) == {"羊渠河矿", "牛儿庄矿"}
    got = {c.key: c for c in find_projects("兰州的橡胶厂、化纤厂和炼焦厂三个化学工厂正在施工")}
    assert set(got) == {"兰州橡胶厂", "兰州化纤厂", "兰州炼焦厂"}  # an owning place names each plant
    assert set(found("锦州的炭黑厂和耐火厂两个工程都已经开工")) == {"锦州炭黑厂", "锦州耐火厂"}
    # plants at work are enterprises, not works
    assert found("宜宾和乐山两个造纸厂产量都超过了计划") == {}


def test_projects_a_list_of_plants_with_a_building_verb_before_it():
    got = found("我们改建和扩建了江门、英德、柳州和邯郸等水泥厂")
    assert set(got) == {"江门水泥厂", "英德水泥厂", "柳州水泥厂", "邯郸水泥厂"} and set(got.values()) == {"completed"}


def test_projects_a_mine_with_a_name_of_its_own_and_a_plant_named_by_where_it_is_built():
    got = found("河北的寿王坟铜矿、广东的凡口铅锌矿都在进行扩建")
    assert {"寿王坟铜矿", "凡口铅锌矿"} <= set(got)  # not 河北的寿王坟铜矿: the mine has a name of its own
    text = "在西安新建的轴承厂，预计明年投入生产"
    got = mentions(text)
    assert got == {"西安轴承厂": "轴承厂"}  # the mention is the plant; its key holds the place


def test_projects_the_words_before_a_works_named_like_a_company_are_no_part_of_it():
    got = found("我们对包头钢铁公司、湘潭钢铁厂等老企业进行了不同程度的改建和扩建")
    assert set(got) == {"包头钢铁公司", "湘潭钢铁厂"}
    assert set(found("建设的重点首先放在武汉钢铁公司。")) <= {"武汉钢铁公司"}


def test_projects_a_metro_line_by_its_half_ring_and_a_list_of_games_venues():
    got = found("地铁4号线二期东北半环加快建设")
    assert set(got) == {"地铁4号线二期东北半环"}
    got = found("长春奥体中心、吉林省冰上训练中心、北大湖滑雪场等9个竞赛场馆和训练场馆全部完成改造")
    assert set(got) == {"长春奥体中心", "吉林省冰上训练中心", "北大湖滑雪场"}


def test_projects_national_lists_of_lines_reservoirs_and_plants():
    got = found("到那时候，津浦、沪宁两条铁路就可以连成一线")
    assert set(got) == {"津浦铁路", "沪宁铁路"}
    assert set(found("在京广、陇海等干线上铺设了重型钢轨")) == {"京广干线", "陇海干线"}
    got = found("先后修建了狮子滩、上犹江等水库和官厅、响洪甸两个水库")
    assert {"狮子滩水库", "上犹江水库", "官厅水库", "响洪甸水库"} <= set(got)
    assert set(found("此外，株洲、戚墅堰等机车车辆工厂进行了改建和扩建")) == {"株洲机车车辆工厂", "戚墅堰机车车辆工厂"}
    assert set(found("并且对龙羊峡、李家峡等工程进行设计")) == {"龙羊峡", "李家峡"}


def test_projects_words_of_time_and_taking_part_are_no_part_of_a_line_and_new_waterways_dug():
    assert found("三年来铁路部门还修建了大批工业专用线") == {}
    assert found("全国铁路职工和参加铁路建设的铁道兵") == {}
    got = found("我们还准备修建从宝鸡经过天水到兰州的铁路")
    assert set(got) == {"宝鸡经过天水到兰州铁路"}
    assert "来舟通往福州的支线" in found("开工修建从鹰厦铁路的来舟通往福州的支线")
    assert set(found("几年来还开挖了新汴河和茨淮新河，整修了大清河")) == {"新汴河", "茨淮新河"}
    assert found("整修了独流减河和新开的引河") == {}  # 新开的: a participle, not the verb


def test_projects_a_place_in_a_list_of_plants_names_the_plant_with_the_kind():
    text = "此外，戚墅堰、四方等机车车辆工厂进行了改建和扩建"
    got = mentions(text)
    assert got == {"戚墅堰机车车辆工厂": "戚墅堰", "四方机车车辆工厂": "四方"}
    assert found("并在兰州、成都等地新建的工厂修建了专用线") == {}  # 地新建的工厂 is no kind of plant
    assert "衡阳水口山铅锌矿" not in found("湖南衡阳的水口山铅锌矿正在进行改建")


def test_projects_one_works_named_with_and_without_its_place_is_one_project(tmp_path):
    types = entity_types("加快宝鸡凤翔国际机场二期扩建工程建设。凤翔国际机场二期扩建项目年内开工。", lambda k: "机场" in k)
    assert types == {"宝鸡凤翔国际机场二期扩建工程": "Project"}


def test_list_siblings_of_a_found_works_share_its_kind_and_its_place():
    # the found item names the place; the ones after it, of the same kind, are that place's plants
    got = mentions("本市的制链厂和滤芯厂都在加紧施工，开封的轴承厂、量具厂也已经开工。")
    assert got.get("开封量具厂") == "量具厂"
    assert got.get("本市的制链厂") is None or "本市滤芯厂" not in got  # 本市 is no place of its own
    # works of one kind in one list: the item no rule finds alone comes with its neighbours
    got = found("去年又加固了荆江大堤、同马大堤和无为大堤，湖南整修了洞庭湖区的堤垸。")
    assert {"荆江大堤", "同马大堤", "无为大堤"} <= set(got)


def test_list_siblings_leave_product_named_plants_of_no_place_and_plants_at_work():
    # a list of kinds of plant (一批…) is no list of named works
    got = found("今年要新建和扩建一批农具厂、砖瓦厂、面粉厂和皮革加工厂。")
    assert not {"农具厂", "砖瓦厂", "面粉厂", "皮革加工厂"} & set(got)
    # plants shown at work are bodies, not works being built
    got = found("郑州的纺织机械厂、榨油厂和面粉厂都超额完成了生产计划。")
    assert not {"郑州榨油厂", "郑州面粉厂"} & set(got)


def test_routes_to_a_place_no_table_holds_and_lists_of_road_sections():
    got = mentions("修通了酒泉到红柳园的公路，改建了哈密到巴里坤、奇台到北塔山等路段，也整修了张掖到肃南等祁连山区的公路。")
    assert got.get("酒泉到红柳园公路") == "酒泉到红柳园的公路"  # named without 的; the text's form
    assert {"哈密到巴里坤", "奇台到北塔山", "张掖到肃南"} <= set(got)


def test_project_names_do_not_start_at_a_preposition_or_a_modal():
    got = set(found("要对京杭运河苏北段进行整治，宁波港、温州港要增建码头和仓库。"))
    assert "京杭运河苏北段" in got and not any(k.startswith(("对", "要")) for k in got)
    assert {"宁波港", "温州港"} <= got and not any("要" in k for k in got)


def test_a_mine_with_a_name_of_its_own_after_its_place():
    got = set(found("鸡西的滴道矿、鹤岗的兴山竖井已经建成，本省的煤矿都要增加产量。"))
    assert {"滴道矿", "兴山竖井"} <= got
    assert not any("煤矿" in k for k in got)  # a kind of mine, not one


def test_a_counted_list_after_a_works_named_on_its_own():
    got = set(found("阜新矿务局的海州露天矿、五龙和新邱两个矿的改建工程都已经完工。"))
    assert {"五龙矿", "新邱矿"} <= got


def test_a_list_of_products_before_its_kind_of_plant_names_no_plant():
    got = set(found("五年来主要是建设汽车、拖拉机、机床、轴承和电机等工厂，加上哈尔滨电表厂也已经开工。"))
    assert not {"汽车工厂", "拖拉机工厂", "机床工厂", "轴承工厂", "电机工厂"} & got
    assert "哈尔滨电表厂" in got  # 加上 opens the phrase, it is no part of the name
    # a list of plants by their own names keeps its kind
    assert {"启新水泥厂", "华新水泥厂"} <= set(found("改建和扩建了启新、华新等水泥厂。"))


def test_a_named_irrigation_district_is_works_and_a_class_of_them_is_not():
    got = set(found("扩建和整修了汾河灌区、潇河灌区和桑干河灌区，还要新建一批中型灌区。"))
    assert {"汾河灌区", "潇河灌区", "桑干河灌区"} <= got
    assert not any(k.endswith("中型灌区") for k in got)


def test_with_before_a_railway_is_no_part_of_its_name():
    assert "蚌埠铁路" in found("新建的港区作业区，同蚌埠铁路相衔接，已经投入使用。")
    assert "同蒲铁路" in found("同蒲铁路和石家庄到太原的铁路已经完成改建。")


def test_a_plant_named_by_its_place_or_by_the_works_that_owns_it():
    got = found("沈阳的客车工厂和洛阳的铜加工厂正在施工，玉门油矿的炼油厂和本溪钢铁公司的薄板厂也已经开工。")
    assert {"沈阳的客车工厂", "洛阳的铜加工厂", "玉门油矿的炼油厂", "本溪钢铁公司的薄板厂"} <= set(got)
    # a mining bureau's mine is named by itself (the bureau stays a body)
    assert "阜新矿务局的海州露天矿" not in found("阜新矿务局的海州露天矿已经建成。")


def test_a_railway_bridge_is_one_works_not_a_railway():
    assert "南京长江铁路桥" in found("南京长江铁路桥已经开工。")
    assert not any(k.endswith("铁路") for k in found("郑州黄河铁路桥进行了加固。"))


def test_lists_of_plants_salt_works_and_workers_villages_with_an_adverb_before_the_status():
    got = found("石岘、开山屯、锦州等造纸厂都进行了改建，营口、复州湾等盐场，都扩大了晒盐面积。")
    assert {"石岘造纸厂", "开山屯造纸厂", "锦州造纸厂"} <= set(got)
    assert {"营口盐场", "复州湾盐场"} <= set(got)
    assert {"汉沽盐场", "塘沽盐场"} <= set(found("长芦盐区的汉沽、塘沽两个盐场扩建了滩田。"))
    assert {"曹杨", "长白", "控江"} <= set(found("曹杨、长白、控江等工人新村又增建了一批住宅。"))


def test_each_ordinal_of_a_list_of_one_kind_of_plant_is_a_plant():
    got = mentions("郑州的国营第三、第四和第五棉纺织厂先后建成投入生产。")
    assert got["国营第四棉纺织厂"] == "第四" and got["国营第五棉纺织厂"] == "第五棉纺织厂"
    assert "国营第三棉纺织厂" in got


def test_kinds_of_plant_by_their_product_and_plants_at_work_are_no_works_being_built():
    assert found("三年来新建和改建的甘蔗糖厂和甜菜糖厂共有十一个。") == {}
    assert found("沈阳、大连的玻璃厂增加了瓶罐玻璃的生产。") == {}
    assert "有线电厂" in found("国家在我市东郊建设的电子管厂和有线电厂等单位已经开工。")
    got = set(found("我们结合长春汽车厂的建设，从厂址选择开始，把资金用于克拉玛依油田的开发。"))
    assert not any(k.startswith(("我们", "结合", "从", "用于")) for k in got)


def test_a_list_of_trunk_roads_counted_loosely_and_waterworks():
    got = set(found("修建了解放路、建国路、人民大街等几条干线道路。"))
    assert {"解放路", "建国路", "人民大街"} <= got
    assert "北郊自来水厂" in found("北郊自来水厂第二期工程已经开工。") or "北郊自来水厂第二期工程" in found("北郊自来水厂第二期工程已经开工。")


def test_a_province_or_several_places_before_their_mines_name_a_kind():
    got = set(found("甘肃、云南的铜矿和西南地区的煤矿都在勘探和建设，东川的铜矿正在施工。"))
    assert "东川的铜矿" in got
    assert not any(k.startswith(("云南", "西南地区")) for k in got)


def test_list_items_keep_a_company_named_with_wei_and_a_numeral_zero():
    got = set(found("加快推进中船重工七〇三所燃气轮机产业化基地、华为鲲鹏生态创新中心等项目建设。"))
    assert {"中船重工七〇三所燃气轮机产业化基地", "华为鲲鹏生态创新中心"} <= got


def test_ordinals_counted_after_them_and_a_plant_named_in_common_words_built_on_its_own():
    got = mentions("郑州的第二、第三两个棉纺织厂已经建成投入生产。")
    assert not any("两个" in k for k in got)  # the counted list, not ordinals with a count in their kind
    assert "经纬纺织机械厂" in found("我们在山西榆次新建了经纬纺织机械厂，已经建成投入生产。")
    assert found("三年来新建和改建的甘蔗糖厂和甜菜糖厂共有十一个。") == {}


def test_a_companys_named_base_or_centre_is_its_facility():
    got = set(found("把汽车作为首位产业，大众安徽、比亚迪合肥基地、蔚来先进制造基地产能持续释放。"))
    assert {"比亚迪合肥基地", "蔚来先进制造基地"} <= got
    assert not any(k.endswith("中心") for k in found("建设一批创新中心和研发中心。"))


def test_a_list_counted_as_great_mines_and_a_single_item_before_a_kind_of_works():
    got = set(found("要集中力量把胜利、白音华、扎赉诺尔等三大露天矿尽快建设起来。"))
    assert {"胜利露天矿", "白音华露天矿", "扎赉诺尔露天矿"} <= got
    assert "丹江口" in found("丹江口等水利枢纽工程相继投入运行。")


def test_water_works_by_their_transfer_and_a_rated_experimental_reactor():
    assert "北京引密输水工程" in found("建成北京引密输水工程。")
    assert "引黄济冀" in found("实施“引黄济冀”等应急调水工程。")
    assert "5兆瓦低温供热核反应堆实验工程" in found("5兆瓦低温供热核反应堆实验工程建成。")


def test_ecological_works_and_a_span_of_years_name_no_project():
    assert found("三北防护林、天然林保护、退耕还林等林业生态工程建设全面推进。") == {}
    assert found("十年全国公路建设投资大幅增加。") == {}


def test_ordinal_plants_after_their_place_and_furnaces_named_by_number():
    got = set(found("太原南郊的第一、第二纺织机械厂都已经建成投入生产。"))
    assert {"太原第一纺织机械厂", "太原第二纺织机械厂"} <= got
    assert not any(k.startswith("我国") for k in found("我国的第一、第二汽车制造厂正在施工。"))
    assert "马鞍山钢铁公司的第三号炼铁炉" in found("马鞍山钢铁公司的第三号炼铁炉已经建成。")


def test_a_projects_phase_new_hospital_campuses_and_a_waterway_that_names_where():
    assert "盐城海上风电国家试验示范项目二期" in found("盐城海上风电国家试验示范项目二期开工建设。")
    assert "无锡市人民医院新院" in found("推进无锡市人民医院新院建设。")
    assert found("推进京杭运河沿线生态廊道建设。") == {}
    assert "郑渝高铁" in found("推进郑渝高铁沿线配套和站房建设。")


def test_a_steel_works_list_after_its_furnace_shares_the_owner_and_a_phase():
    got = set(found("又承担了本钢的第三号炼铁炉、第一薄板厂、大型轧钢厂和焦化厂第二期工程的土建任务，其中大部分已经竣工。"))
    assert {"本钢第一薄板厂", "本钢大型轧钢厂", "本钢焦化厂第二期工程"} <= got
    assert not any("几座" in k for k in found("新建了第二炼钢厂的几座平炉、中型轧钢厂。"))


def test_works_on_a_plant_or_river_named_before_de_and_a_phase_is_no_name():
    assert "贵州省清水江的一段航道整治工程" in found("贵州省清水江的一段航道整治工程已经开工。") or \
        "清水江的一段航道整治工程" in found("贵州省清水江的一段航道整治工程已经开工。")
    got = found("杭州造纸厂的第二期扩建工程今年开工。")
    assert "杭州造纸厂" in got and not any(k.startswith("第二期") for k in got)
    assert not any(k.startswith("第二期") for k in found("青岛港的第二期建港工程已经完成。"))


def test_a_plant_of_a_place_written_with_de_in_a_list_of_works():
    got = set(found("属于化学工业的有锦州的染料厂、氮肥厂和电石厂。"))
    assert {"锦州的染料厂", "锦州氮肥厂", "锦州电石厂"} <= got
    assert not any("罐头厂" in k for k in found("广州、汕头的罐头厂产品供应国内市场。"))


def test_suburban_lines_by_initials_and_code_and_an_upgrade_works_and_a_universitys_hospital():
    assert "锡澄S1线" in found("锡澄S1线建成通车。")
    assert "苏昆城际S3线" in found("力争苏昆城际S3线开工建设。")
    assert "南通港区通海作业区10万吨级泊位升级工程" in found("完成南通港区通海作业区10万吨级泊位升级工程。")
    assert "南京大学附属鼓楼医院江北国家区域医疗中心" in found("新增学位一万个。南京大学附属鼓楼医院江北国家区域医疗中心开工建设。")
    assert "长电科技集成电路研发和制造基地二期" in found("加快推进长电科技集成电路研发和制造基地二期、华润微电子功率器件等项目建设。")


def test_districts_and_lists_of_creeks_and_villages_are_no_works():
    assert found("加快老城区、古运河片区开发建设。") == {}
    assert found("加快建设东横港、西横港等入湖河道生态提升工程。") == {}
    assert found("打造丁蜀、东港、阳山等一批和美乡村示范片区。") == {}
    assert "石门水库" in found("推进汉江湿地公园、石门水库等水系生态建设。")


def test_counted_new_bureaus_lines_before_their_kind_and_one_plant_in_each_of_several_cities():
    got = set(found("在大兴安岭，要新建阿龙山、金河和满归三个森林工业局。"))
    assert {"阿龙山森林工业局", "金河森林工业局", "满归森林工业局"} <= got
    assert found("北京、上海两个局完成了运输任务。") == {}
    got = set(found("露水河线和松江河线的森林铁路已经铺轨运材。"))
    assert {"露水河线", "松江河线"} <= got
    got = set(found("三年来扩建了长春、吉林和四平的制材厂。"))
    assert {"长春制材厂", "吉林制材厂", "四平制材厂"} <= got
    assert not any("甘肃" in k for k in found("在甘肃、新疆等地新建的水泥厂已经开工。"))


def test_a_hubs_through_line_a_known_projects_works_and_an_lng_reserve():
    assert "郑州枢纽直通线" in found("推进郑渝铁路、郑州枢纽直通线前期工作。")
    assert "葛洲坝船闸扩能工程" in found("推动葛洲坝船闸扩能工程尽早开工。")
    assert "岳阳LNG储备中心" in found("加快岳阳LNG储备中心等项目建设。")


def test_a_listed_park_being_built_is_a_project_not_a_place():
    from kg.extract import find_mentions

    got = {(m.type, m.text) for m in find_mentions("长江存储二期、荆州华鲁恒升一体化新能源产业园等项目加快建设。")}
    assert ("Project", "荆州华鲁恒升一体化新能源产业园") in got


def test_a_line_named_in_words_after_numbered_metro_lines():
    got = found("加快长沙轨道交通6号线、西环线等建设。")
    assert any(k.endswith("西环线") for k in got)
    assert not any("生命线" in k for k in found("推进地铁5号线、生命线工程建设。"))


def test_numbered_ordinals_of_furnaces_and_a_new_energy_base_with_its_phase():
    got = set(found("第五号和第六号焦炉已经建成投入生产。"))
    assert {"第五号焦炉", "第六号焦炉"} <= got
    assert "本钢第一号炼铁炉" in found("本钢第一、第二号炼铁炉的改建也已经完成。")
    assert "库布其沙漠新能源基地二期" in found("加快库布其沙漠新能源基地二期建设。")


def test_named_streets_in_a_list_of_city_roads_being_built():
    got = set(found("去年改建和新修了和平路、中华路、解放路等城市道路十公里多。"))
    assert {"和平路", "中华路", "解放路"} <= got
    got = set(found("改建了中山路、南京路等几条干线道路。"))
    assert {"中山路", "南京路"} <= got and not any(k.startswith("了") for k in got)


def test_works_named_without_a_place_stay_apart_when_two_places_have_such_works():
    # the shorter name is one of two places' mills: it takes neither (and does not depend on set order)
    text = "郑州新华机场二期扩建工程已经开工，成都新华机场二期扩建工程正在施工，新华机场二期扩建项目年内完工。"
    types = entity_types(text, lambda k: "机场" in k)
    assert "郑州新华机场二期扩建工程" in types and "成都新华机场二期扩建工程" in types
    assert any(k.startswith("新华机场") for k in types)


def test_a_word_holding_deng_does_not_open_the_kind_of_a_list():
    # 高等 is a word: the list's own 等 closes the list (not 拉萨师范高|等专科学校)
    got = found("加快某某大学新校区二期、山南师范高等专科学校等项目建设。")
    assert "山南师范高等专科学校" in got and not any(k.endswith("师范高") for k in got)


def test_short_items_before_a_facility_share_its_kind():
    # 甲、乙、丙水电站: each is a plant of that kind, named with it (its bare name stays its mention)
    got = mentions("黄河上游茨哈峡、宁木特、玛尔挡水电站加快建设。")
    assert got.get("茨哈峡水电站") == "茨哈峡" and got.get("宁木特水电站") == "宁木特"
    assert "玛尔挡水电站" in got
    # a kind that is no concrete facility keeps the item as written (义甬舟 of 义甬舟、金丽温开放大通道)
    assert "义甬舟" in found("推进义甬舟、金丽温开放大通道建设。")


def test_numbered_roads_by_code_and_line_alone_and_listed_before_their_kind():
    got = found("G314线喀什至红其拉甫段改扩建、G219线边境公路等国省干线加快建设。")
    assert {"G314线喀什至红其拉甫段改扩建", "G219线边境公路"} <= set(got)
    got = mentions("加快G216、G217线改扩建。")
    assert got.get("G216线") == "G216"
    assert found("G30线贯穿全省。") == {}  # no status: a road named, not works on it


def test_a_list_of_routes_closed_by_a_graded_kind_of_road():
    got = set(found("推进喀什至塔什库尔干、和田至于田等高等级公路建设。"))
    assert {"喀什至塔什库尔干", "和田至于田"} <= got


def test_city_streets_listed_before_trunk_roads_and_farms_listed_before_their_kind():
    got = set(found("新区的光明路、胜利路等干道已经基本完成。"))
    assert {"光明路", "胜利路"} <= got
    got = mentions("在湖区新建了西湖、大通湖、千山红等农场。")
    assert got.get("大通湖农场") == "大通湖" and "千山红农场" in got


def test_the_other_items_of_a_list_that_is_mostly_works_are_works_too():
    # two of three items are found by their heads; the third, with no head of a facility, is one of them
    got = pipeline_projects("推进滨江体育中心二期、城东污水处理厂三期、钱江世纪城地下环廊建设。")
    assert "钱江世纪城地下环廊" in got
    # not when the clause builds nothing, nor a task, a count or a part of the works before
    assert "量子信息" not in pipeline_projects("在载人航天、探月工程、深海工程、量子信息等领域取得突破。")
    got = pipeline_projects("推进滨江大桥、滨江隧道、数字化改造建设。")
    assert "数字化改造" not in got
    assert "二期工程" not in pipeline_projects("滨江港区一期、二期工程有序推进。")


def test_works_on_one_named_facility_or_site_are_a_project_and_on_a_kind_a_programme():
    from kg.extract import find_mentions

    def typed(text):
        return {m.text: m.type for m in find_mentions(text)}

    got = typed("开工建设城西污水处理厂提标改造工程，推进鼓楼景区扩容提升工程建设。")
    assert got.get("城西污水处理厂提标改造工程") == "Project" and got.get("鼓楼景区扩容提升工程") == "Project"
    got = typed("实施污水处理厂提标改造工程和老旧小区改造工程。")
    assert "Project" not in got.values()


def test_a_city_roads_extension_or_upgrade_is_works_wherever_its_clause_has_a_status():
    got = found("建成滨湖快速路南延、朝阳大桥、青山大道西延。")
    assert {"滨湖快速路南延", "青山大道西延"} <= set(got)
    assert "人民大道快速化改造一期" in found("人民大道快速化改造一期建成通车。")
    assert found("这条道路东延三公里。") == {}


def test_short_names_listed_before_a_concrete_kind_are_each_one_facility_without_a_status():
    # (江口 is a place, so 江口水库 was found before; 佛子岭 is none, and nothing builds here)
    got = mentions("地质队为磨子潭、龙河口、佛子岭水库提供了资料。")
    assert got.get("磨子潭水库") == "磨子潭" and got.get("龙河口水库") == "龙河口" and "佛子岭水库" in got
    assert found("要修建大、中型水库。") == {}


def test_ru_opens_a_place_name_rather_than_a_list():
    # 如 ("such as") ends a name, except where it opens a place (如东, 如皋)
    got = set(found("建成国信滨海、华能如东、大唐射阳等海上风电项目。"))
    assert "华能如东" in got and not any(k == "东" for k in got)
    assert "如东液化天然气接收站三期" in found("推进如东液化天然气接收站三期建设。")
    assert not any(k.startswith("如") for k in found("一批重点项目如东方电气风电基地建成。"))


def test_in_a_list_of_few_found_works_an_item_ending_like_a_works_is_one():
    got = pipeline_projects("推动城南污水处理厂三期、晶辉电子显示模组扩产项目、绿色转型开工。")
    assert "晶辉电子显示模组扩产项目" in got and "绿色转型" not in got


def test_a_date_or_a_route_word_opens_no_name_and_counted_granaries_take_their_kind():
    assert "黎湛铁路" in found("去年七月黎湛铁路通车以后，粮食调运加快。")
    assert "大连港" in set(found("东北粮食主要通过大连港运出，大连港扩建工程开工。")) | {
        k[:3] for k in found("东北粮食主要通过大连港运出，大连港扩建工程开工。")}
    assert not any(k.startswith(("东北", "七月")) for k in found("东北粮食主要通过大连港运出，大连港扩建工程开工。"))
    got = mentions("新建了上海北新泾、大连甘井子两座机械化粮库。")
    assert got.get("上海北新泾机械化粮库") == "上海北新泾" and "大连甘井子机械化粮库" in got


def test_list_mates_ending_in_a_road_or_a_section():
    got = pipeline_projects("加快滨海隧道、洪福大道、金湾快线延长线建设。")
    assert {"洪福大道", "金湾快线延长线"} <= got


def test_a_company_no_list_knows_names_its_park_or_base_by_the_kind_of_company():
    got = pipeline_projects("推进汇珠集团生物药产业园、康帆生物血液净化产业化基地建设。")
    assert {"汇珠集团生物药产业园", "康帆生物血液净化产业化基地"} <= got
    # an industry is no company (新能源汽车, 生物医药, 下游高端新材料)
    assert not pipeline_projects("推进生物医药产业园、新能源汽车电子产业园和下游高端新材料产业园建设。")


def test_a_provinces_power_sent_out_by_its_abbreviation():
    got = found("疆电外送第三通道开工建设，“藏电外送”电量增长，推动吉电南送特高压直流输电通道前期工作。")
    assert {"藏电外送", "吉电南送特高压直流输电通道"} <= set(got) and any(k.startswith("疆电外送") for k in got)
    assert not any(k.startswith("南电") for k in found("推进南电北送。"))  # 南 is no province's abbreviation


def test_routes_listed_before_a_kind_of_road_are_named_with_it():
    # the kind closing the list (等高速公路) is each item's: its bare ends are kept as the surface form
    got = found("邵阳至永州、衡阳至祁阳等高速公路建成通车，新开工吉首至怀化、怀化至芷江高速公路怀化至新晃段。")
    assert {"邵阳至永州高速公路", "衡阳至祁阳高速公路", "吉首至怀化高速公路"} <= set(got)
    # a kind said with more words is not taken (等高等级公路, 等铁路干线)
    assert "和田至于田" in found("推进喀什至塔什库尔干、和田至于田等高等级公路建设。")


def test_plants_listed_as_firms_or_shown_making_power_are_organizations():
    text = "把分散的小厂合并为大理市五金厂、大理市皮革厂等骨干企业。下关电厂全年发电量比上年增长百分之二十。"
    assert entity_types(text, lambda k: k.endswith("厂")) == {
        "大理市五金厂": "Organization", "大理市皮革厂": "Organization", "下关电厂": "Organization"}
    # a list of firms that the sentence builds stays works
    assert set(found("侨资兴办和扩建了漳州糖厂、福州罐头厂等企业。")) == {"漳州糖厂", "福州罐头厂"}
    # plants shown at work by the output they add (增产, 扩大了生产, 增加…的生产); an item may be named by a month
    text = ("江城的水泥厂、七一棉纺织厂、十月拖拉机修配厂都扩大了生产。市石灰厂要增产石灰三万吨。"
            "红星丝织厂和江城织锦厂要增加像景织锦和出口绸缎的生产。国营江城第一至第九棉纺织厂全年要增产棉纱2.4万件。")
    got = entity_types(text, lambda k: k.endswith("厂"))
    assert {k: got.get(k) for k in ("七一棉纺织厂", "十月拖拉机修配厂", "市石灰厂", "红星丝织厂", "江城织锦厂")} == dict.fromkeys(
        ("七一棉纺织厂", "十月拖拉机修配厂", "市石灰厂", "红星丝织厂", "江城织锦厂"), "Organization")
    assert not any("至第" in k for k in got)  # a range of plants names none
    # plants counted as firms (等九户) after 已有, which opens the first name
    text = "全市私营工业中已有大理面粉厂、大理制革厂、红星印刷厂等九户实行了公私合营。"
    assert entity_types(text, lambda k: k.endswith("厂")) == {
        "大理面粉厂": "Organization", "大理制革厂": "Organization", "红星印刷厂": "Organization"}


def test_a_park_is_works_when_built_and_a_place_when_named_as_a_setting():
    text = "加快溧水航空产业园、溧水新区卫星产业园建设。江宁光电信息产业园入驻企业超过300家。"
    types = entity_types(text, lambda k: k.endswith("产业园"))
    assert types == {"溧水航空产业园": "Project", "溧水新区卫星产业园": "Project", "江宁光电信息产业园": "Place"}
    # a park of a kind, named by neither a place nor a company, is neither
    assert not pipeline_projects("推进生物医药产业园、新能源汽车电子产业园建设。")


def test_national_cultural_parks_and_their_sections_are_places():
    text = "加强长征国家文化公园宁夏段、黄河国家文化公园宁夏段建设，推进国家文化公园常州段建设。"
    types = entity_types(text, lambda k: "国家文化公园" in k)
    assert types == {"长征国家文化公园宁夏段": "Place", "黄河国家文化公园宁夏段": "Place", "国家文化公园常州段": "Place"}


def test_a_venue_opened_or_started_is_works():
    # a museum whose own verb says it is done is works, though its name has two specific characters
    types = entity_types("钱王文化博物馆建成开馆，西湖美术馆开工建设。", lambda k: k.endswith("馆"))
    assert types == {"钱王文化博物馆": "Project", "西湖美术馆": "Project"}


def test_a_campus_being_built_is_works_and_one_at_work_is_not():
    types = entity_types("推进南开大学津南校区、天津大学滨海校区建设，天津外国语大学滨海校区投入使用。", lambda k: k.endswith("校区"))
    assert types == {"南开大学津南校区": "Project", "天津大学滨海校区": "Project", "天津外国语大学滨海校区": "Project"}
    assert not pipeline_projects("推动南开大学津南校区、天津大学滨海校区与本地企业共建联合实验室。")


def test_a_verb_before_a_name_is_not_part_of_it_and_intercity_fast_lines():
    got = found("拓展萧山国际机场国际航线，谋划杭州至德清城际快线。")
    assert "拓展萧山国际机场" not in got and "杭州至德清城际快线" in got


def test_hubs_share_their_kind_and_main_works_are_named_by_the_works():
    got = found("确保长洲、桂平、大藤枢纽主体工程基本完工，建设南宁、柳州国家级算力枢纽节点。")
    assert {"长洲枢纽", "桂平枢纽", "大藤枢纽"} <= set(got)
    assert not any(k.endswith(("主体工程", "算力枢纽")) or k == "南宁枢纽" for k in got)


def test_works_on_a_named_lake_are_a_project():
    got = found("加快砚湖水系连通工程、凫湖水系连通工程建设，实施京津风沙源治理。")
    assert {"砚湖水系连通工程", "凫湖水系连通工程"} == set(got)


def test_a_city_s_own_works_listed_after_the_verb_that_builds_them_or_before_the_verb_that_completes_them():
    got = found("修建五四路、府前街和南门桥，新建城南人民医院、红星电影院和东区卫生院。")
    assert {"五四路", "府前街", "南门桥", "城南人民医院", "红星电影院", "东区卫生院"} <= set(got)
    got = found("全年新修道路三十公里，其中解放路、北大街和环城东路完成拓宽铺装；光明剧院、和平电影院先后建成。")
    assert {"解放路", "北大街", "环城东路", "光明剧院", "和平电影院"} <= set(got)
    # halls and children's palaces are a city's works too (人民会堂: one hall, named after the people)
    got = found("人民会堂、红星电影院和江城市工人文化宫先后落成开放。市少年之家和工人俱乐部先后建成。")
    assert {"人民会堂", "红星电影院", "江城市工人文化宫", "市少年之家"} <= set(got)
    # kinds, counts and places of counted works are not works of their own
    assert not found("新建道路二十公里，新建了几所医院和两座电影院，新建龙头街、大板桥两座抽水站。")


def test_a_city_s_own_institutions_named_by_its_scope_are_works_where_the_clause_builds_them():
    got = found("加快市中心医院医疗综合楼、市传染病医院建设。加快江城学院新校区和市职业技术学校建设。市体育场要在会前建成。")
    assert {"市传染病医院", "市职业技术学校", "市体育场"} <= set(got), got
    # a kind of hospital, or a city's hospital with no works, is none
    assert not found("加强市属医院建设。市传染病医院收治病人三百人。")


def test_a_city_s_hospitals_that_a_plan_completes_are_works():
    got = found("要建成大同市第三医院和矿区职工医院。")
    assert {"大同市第三医院", "矿区职工医院"} <= set(got)


def test_a_city_s_venues_listed_before_the_verb_that_opens_them_are_works():
    got = found("云冈剧场、平城展览馆开放运营；新建矿区俱乐部、平城电影院和大同市图书馆。")
    assert {"云冈剧场", "平城展览馆", "矿区俱乐部", "平城电影院", "大同市图书馆"} <= set(got)


def test_colleges_sanatoria_and_institutes_a_verb_builds_or_opens_are_works():
    got = found("去年新建了包头医学院和北戴河工人疗养院，扩建了贵阳医学院；沈阳结核病医院、沈阳传染病医院先后投入使用。")
    assert {"包头医学院", "北戴河工人疗养院", "贵阳医学院", "沈阳结核病医院", "沈阳传染病医院"} <= set(got)


def test_a_general_aviation_airport_named_by_its_place_is_one_airport():
    got = found("建设临湖区低空服务中心和安吉通用机场，推进淳安、建德通用机场建设，布局一批通用机场。")
    assert {"安吉通用机场", "建德通用机场"} <= set(got)
    assert not any(k.endswith("一批通用机场") for k in got)


def test_a_campus_is_named_by_its_university_and_a_park_extended_is_works():
    got = found("支持海洋信息大学滨江校区加快建设，南湖大数据产业园、北岭数字经济产业园提质扩容。")
    assert "海洋信息大学滨江校区" in got and "滨江校区" not in got
    assert {"南湖大数据产业园", "北岭数字经济产业园"} <= set(got)


def test_a_city_s_works_counted_by_their_own_kind_or_one_each_are_works():
    got = found("改建了胜利路、中山路北段等路面共十二公里，改建和新建了渔市桥、柳林桥等桥梁六座；"
                "新建东区工人俱乐部、红旗电影院和南城区电影院各一座。")
    assert {"胜利路", "中山路北段", "渔市桥", "柳林桥", "东区工人俱乐部", "红旗电影院", "南城区电影院"} <= set(got)
    # a list of places before a count of another kind of works is still no works of its own
    assert not found("新建龙头街、大板桥两座抽水站。")


def test_a_city_s_single_works_completed_housing_estates_and_new_venues_are_works():
    got = found("人民剧场改建完工，新建的胜利电影院开始放映，市第二人民医院门诊大楼落成。"
                "幸福新村、东郊工人新村、北站工人住宅区相继建成，扩建西湖动物园。")
    assert {"人民剧场", "胜利电影院", "市第二人民医院门诊大楼", "幸福新村", "东郊工人新村", "北站工人住宅区",
            "西湖动物园"} <= set(got)
    assert not any(k in ("工人新村", "住宅区") for k in got)


def test_works_listed_after_the_key_projects_continued_and_long_hospital_names_started_together():
    got = found("续建的重点项目有：华东医学研究院肿瘤医院、南山友谊医院扩建工程、东海市胸科医院。"
                "在工业建设的重点地区，北岭医学院第二附属医院、西川医学院第一附属医院扩建工程、江城市第一医院相继开工。")
    assert {"华东医学研究院肿瘤医院", "南山友谊医院扩建工程", "东海市胸科医院", "北岭医学院第二附属医院",
            "西川医学院第一附属医院扩建工程", "江城市第一医院"} <= set(got)


def test_plants_asked_to_tap_their_potential_are_at_work_and_owners_of_buildings_are_no_works():
    assert not found("东方制药总厂、江城第三制药厂要挖掘潜力，扩大生产。")
    types = entity_types("西郊新建的东方钢铁工业学院、东方航空学院等高等学校的校舍，已经陆续竣工。", lambda k: k.endswith("学院"))
    assert types and "Project" not in types.values()


def test_a_college_a_building_verb_lists_is_a_project_there_through_the_pipeline():
    types = entity_types("去年新建了北岭医学院、西川医学院和南江医学院，扩建了东海医学院的校舍。",
                         lambda k: k.endswith("医学院"))
    assert {k: v for k, v in types.items() if k != "东海医学院"} == {
        "北岭医学院": "Project", "西川医学院": "Project", "南江医学院": "Project"}


def test_a_city_s_works_widened_repaired_or_dug_are_works_but_a_trunk_canal_of_a_kind_is_not():
    got = found("要完成东门正街、西门正街和南郊长安路的拓宽。人民公园、湖滨公园进行了整修。东江铁桥完成加固维修。"
                "新修北郊排水干渠和城东区排洪沟，整修光明渠和新修幸福渠，新修新华路南线，打通滨江路城南段。")
    assert {"东门正街", "西门正街", "南郊长安路", "人民公园", "湖滨公园", "东江铁桥", "北郊排水干渠", "城东区排洪沟",
            "光明渠", "幸福渠", "新华路南线", "滨江路城南段"} <= set(got)
    assert not any(k.startswith(("要完成", "新修")) for k in got)
    assert not found("在河谷修建了引水干渠。")


def test_a_city_s_railway_hub_is_one_works_not_its_railway():
    got = found("配合铁道部门做好昆明铁路枢纽扩建工程的支援工作，推进贵阳铁路枢纽配套工程。")
    assert {"昆明铁路枢纽扩建工程", "贵阳铁路枢纽"} <= set(got)
    assert not {"昆明铁路", "贵阳铁路"} & set(got)


def test_works_on_a_named_river_or_wetland_read_with_the_verb_before_are_works_not_a_programme():
    types = entity_types("推进沙河综合治理，建设青溪河生态补水工程，北湖湿地生态修复工程完工。", lambda k: k.endswith("工程"))
    assert types == {"青溪河生态补水工程": "Project", "北湖湿地生态修复工程": "Project"}


def test_a_city_s_computing_centre_with_generic_words_between_is_one_but_a_cluster_is_not():
    got = found("实施人工智能+行动，建设常州城市算力中心，建设拉萨绿色数据中心集群。")
    assert "常州城市算力中心" in got and not any("拉萨" in k for k in got)


def test_a_list_of_farms_by_number_counted_roughly_and_the_verb_inside_the_first_item():
    got = mentions("在密山、虎林等县境内，新建和扩建了八五〇、八五二、八五三、八五四等十多个农场。"
                   "湖南省在洞庭湖区的湖滩上新建了南湖、北洲等农场。")
    assert {"八五〇农场", "八五二农场", "八五三农场", "南湖农场", "北洲农场"} <= set(got)
    assert got["南湖农场"] == "南湖"


def test_works_named_after_qizhong_when_the_clause_before_builds_their_kind():
    got = found("各地新建和扩建的疗养院共增加床位三千多张，其中北湖工人疗养院、西山温泉疗养院等，主要收治职业病患者。"
                "全省的疗养院共有床位五千张，其中南湖疗养院、东山疗养院等条件较好。")
    assert {"北湖工人疗养院", "西山温泉疗养院"} <= set(got)
    assert not {"南湖疗养院", "东山疗养院"} & set(got)


def test_a_city_s_works_paved_rebuilt_or_strengthened_and_streets_that_only_hold_drains():
    got = found("新修道路三十公里，其中胜利路东段、建国路、纺织路等主干道铺设了沥青路面。重点完成光明路西段、建国路东延和花园路的拓宽工程。"
                "红星电影院、人民剧场完成了改建，市工人文化宫正式开放，对大石桥进行了加固。")
    assert {"胜利路东段", "建国路", "纺织路", "光明路西段", "建国路东延", "花园路", "红星电影院", "人民剧场",
            "市工人文化宫", "大石桥"} <= set(got)
    assert not found("修建二马路、德胜街、大同路等下水道十九公里。")


def test_plants_and_colleges_listed_before_their_extension_are_works():
    got = found("地方工业方面，市属江城面粉厂、江城火柴厂和江城农具修配厂都完成了扩建任务。"
                "市里要积极配合西南大学、江城工学院、江城医学院的扩建。")
    assert {"江城面粉厂", "江城火柴厂", "江城农具修配厂", "西南大学", "江城医学院"} <= set(got)
    assert not any(k.startswith(("市属", "市里")) for k in got)


def test_a_hospital_s_new_building_done_and_a_park_laid_out_are_works():
    got = found("江城市第一医院门诊楼建成使用。市第二医院今年开工。辟建长青公园，全市植树三十万株。")
    assert {"江城市第一医院门诊楼", "市第二医院", "长青公园"} <= set(got)


def test_a_facility_extended_or_rebuilt_is_a_project_without_a_known_place():
    got = found("今年扩建北沙机场，改建东湾码头。")
    assert {"北沙机场", "东湾码头"} <= set(got)


def test_a_city_s_works_to_be_done_this_year_named_with_their_city_or_their_river():
    got = found("其中乌江人民剧场、呼和浩特民族剧场和西河剧院要在年内建成。北京的首都电影院、天津的大光明电影院要进行扩建。"
                "新建马家沟河上的文昌桥和红旗桥，重点修通东区至南区的和平路。")
    assert {"乌江人民剧场", "呼和浩特民族剧场", "西河剧院", "首都电影院", "大光明电影院", "文昌桥", "红旗桥", "和平路"} <= set(got)
    assert not any("的" in k for k in got)


def test_numbered_schools_health_centres_and_pumping_stations_built_and_a_park_begun():
    got = found("今年扩建江城第二中学、江城第一中学，新建江北取水泵站。市第二医院门诊楼和市妇幼保健院年内建成。贮水山儿童公园开始建设。")
    assert {"江城第二中学", "江城第一中学", "江北取水泵站", "市第二医院门诊楼", "市妇幼保健院", "贮水山儿童公园"} <= set(got)
    assert not found("今年新建中学六所、小学十二所。")


def test_works_that_draw_or_supply_water_are_projects_not_programmes():
    got = pipeline_projects("深刻汲取暴雨灾害教训，推进牛口峪引黄工程、西水东引工程建设。")
    assert {"牛口峪引黄工程", "西水东引工程"} <= got


def test_numbered_schools_listed_after_their_city_and_schools_being_prepared():
    got = found("新建江城市第七中学、第八中学和铁路职工子弟中学。新建了北湖市第十一中学和六所小学。"
                "今年还要筹建江城音乐学院和江城艺术学校。")
    assert {"江城市第七中学", "江城市第八中学", "北湖市第十一中学", "江城音乐学院", "江城艺术学校"} <= set(got)
    assert got["江城音乐学院"] == "planned"


def test_housing_estates_named_by_trade_and_estates_moved_into():
    got = found("建成纺织新村、铁路新村、建设新村等职工住宅区。沧口区湖岛工人新村第一期工程已有2300户职工迁入新居。")
    assert {"纺织新村", "铁路新村", "建设新村"} <= set(got)
    assert got.get("沧口区湖岛工人新村第一期工程") == "completed"


def test_works_carried_on_or_mostly_done_have_a_status():
    got = found("继续进行东沟河整治二期工程。西沟河整治一期工程完成土方六十余万公方。北湾防波堤加固工程基本完成。")
    assert {"东沟河整治二期工程", "西沟河整治一期工程"} <= set(got)


def test_a_hospital_s_branch_named_by_the_part_of_the_city_it_serves():
    got = found("加快江城市第一人民医院港区医院建设。江城市中心医院高新医院建成投用。")
    assert {"江城市第一人民医院港区医院", "江城市中心医院高新医院"} <= set(got)


def test_water_supply_networks_are_a_kind_of_works():
    assert not found("新建改造城市供水管网150公里，扩建市区配水管网，推进胶东调水与区域供水管网互联互通。")


def test_helping_verbs_open_a_name_and_suburban_or_regional_roads_are_kinds():
    got = found("协助江城中医学院的筹建。全力服务保障川藏铁路建设。修建了一批林区公路和垦区公路，新修郊区公路四十五公里，全区公路通车里程达到12万公里。")
    assert not any(k.startswith(("协助", "全力", "服务")) for k in got)
    assert not {"垦区公路", "郊区公路", "全区公路"} & set(got)


def test_a_city_s_own_works_named_with_shi_alone_and_quarries():
    got = found("市第二医院今年开工，市传染病院和东郊纺织工人医院扩建病房。要建成江城市工人文化宫、北郊电影院和市体育场。新建西郊砂石场。")
    assert {"市传染病院", "东郊纺织工人医院", "市体育场", "西郊砂石场"} <= set(got)


def test_a_city_s_list_goes_on_after_an_item_of_another_kind():
    got = found("新建亚细亚电影院放映厅、南岗工人俱乐部和太平区文化馆。扩建斯大林公园沿江绿化带和兆麟公园，全市植树。")
    assert {"南岗工人俱乐部", "太平区文化馆", "兆麟公园"} <= set(got)


def test_a_plant_s_workshop_built_is_the_project():
    got = found("江城重型机器厂铸钢车间、江城机车车辆工厂锅炉车间先后建成投产，江城钢厂第二炼钢车间正在加紧施工。")
    assert {"江城重型机器厂铸钢车间", "江城机车车辆工厂锅炉车间", "江城钢厂第二炼钢车间"} <= set(got)
    assert not {"江城重型机器厂", "江城钢厂"} & set(got)


def test_a_city_s_works_counted_after_their_list_and_done_within_the_year():
    got = found("新设江城市第三中学、第四中学两所中学。新建白沙跨铁路桥和青溪河桥两座。扩建东山水源地，修建南区下水道干线。"
                "其中北湖工人新村、西塘工人住宅区年内全部竣工。")
    assert {"江城市第三中学", "江城市第四中学", "白沙跨铁路桥", "青溪河桥", "东山水源地", "南区下水道干线", "西塘工人住宅区"} <= set(got)
    assert not [k for k in got if k.endswith(("年内全部", "年内"))]
    assert "龙头街" not in found("新建龙头街、大板桥两座抽水站。")


def test_works_on_a_company_s_plant_or_the_city_s_own_venue_are_projects():
    got = found("推进华邦股份冶炼技术改造工程。加快市文化中心改造提升工程建设。江城机床七厂改建工程已完成全部工作量的百分之六十。")
    assert {"华邦股份冶炼技术改造工程", "市文化中心改造提升工程", "江城机床七厂改建工程"} <= set(got)
    assert not found("推进企业技术改造工程，实施城市更新改造提升工程。")


def test_works_named_by_the_river_dyke_or_place_they_are_done_on():
    got = found("完成白水河和第二青江的防洪工程。东溪西险大塘的加固工程已经完成。配合有关部门进行海河的疏浚工程。高要专区新兴江的防洪工程正在施工。")
    assert {"第二青江的防洪工程", "东溪西险大塘的加固工程", "海河的疏浚工程", "新兴江的防洪工程"} <= set(got)
    assert not found("进行河道的整治工程，兴修惠水、长顺一带的几处灌溉工程。")


def test_a_typed_list_whose_kind_is_followed_by_an_adverb():
    got = found("全年新建职工住宅五十万平方米，江湾新村、长风新村和曹杨新村等工人新村已经有四万多户职工迁入。")
    assert {"江湾新村", "长风新村", "曹杨新村"} <= set(got)
    assert not found("京沪、京汉等铁路沿线地区发展很快。")


def test_jianshe_opens_a_list_of_a_city_s_works():
    got = found("建设白塔山公园、小西湖公园。文化方面要建设北区工人俱乐部和金山人民剧场。")
    assert {"白塔山公园", "小西湖公园", "北区工人俱乐部", "金山人民剧场"} <= set(got)
    assert not found("建设一批停车场和口袋公园。延伸建设路至驷马桥。")


def test_mines_farms_and_plants_at_work_by_their_output_are_organizations():
    types = entity_types("源华煤矿、湘潭锰矿的产量都超过了计划。大通湖农场的粮食产量增加。要提高江城染料厂、江城油漆厂产品的合格率。"
                         "全国国营农场的产量增加。", lambda k: k.endswith(("厂", "矿", "场")))
    assert types == {"源华煤矿": "Organization", "湘潭锰矿": "Organization", "大通湖农场": "Organization",
                     "江城染料厂": "Organization", "江城油漆厂": "Organization"}


def test_some_or_all_of_a_kind_is_never_one_works():
    got = found("新疆军区生产建设兵团和各国营农场组织抗灾。整顿和改建了杭州、苏州等地的一部分缫丝厂。宝成铁路上跨越嘉陵江的几座大桥已经建成。"
                "这一批电工器材工厂都在加紧施工。")
    assert not [k for k in got if k.startswith(("各", "一部分", "几座", "这一批", "国营农场", "缫丝厂", "大桥", "电工"))], got
    assert "各庄矿" in "".join(found("赵各庄矿的新井建成投产。"))


def test_a_place_s_energy_base_is_one_works_whatever_its_size():
    got = found("推动江城百万千瓦级新能源基地建设。建设白城千万千瓦级光伏基地。")
    assert {"江城百万千瓦级新能源基地", "白城千万千瓦级光伏基地"} <= set(got)
    assert not found("建设一批大型光伏基地。")


def test_a_numbered_phase_of_a_named_works_is_a_project_not_a_programme():
    types = entity_types("灌区继续扩建，东风渠第三期工程已经完成。江城人民公园第二期工程年内完成。国营江城第一棉纺织厂扩建第二期工程已经开工。",
                         lambda k: "期工程" in k)
    assert types == {"东风渠第三期工程": "Project", "江城人民公园第二期工程": "Project", "江城第一棉纺织厂扩建第二期工程": "Project"}


def test_grid_connection_and_topping_out_are_statuses():
    got = found("江城港海上风电示范项目全容量并网。推进元氏、行唐光伏发电项目并网。")
    assert {"江城港海上风电示范项目", "行唐光伏发电项目"} <= set(got)
    assert got["江城港海上风电示范项目"] == "completed"


def test_nuclear_and_wind_solar_bases_keep_their_head():
    got = found("打造胶东半岛核电基地。巴彦、木兰、依兰风电光伏基地新增装机120万千瓦。")
    assert {"胶东半岛核电基地", "依兰风电光伏基地"} <= set(got)
    assert "胶东半岛核电" not in got


def test_rongru_opens_the_phrase_before_a_corridor():
    assert not [k for k in found("加快江城港东山港区、西岭港区扩建，融入甬舟开放大通道。") if k.startswith("融入")]


def test_numbered_roads_keep_their_extension_and_new_expressway():
    got = found("推动31省道北延、104国道江城段改建完工。208国道智慧快速路建成投用。")
    assert {"31省道北延", "104国道江城段改建", "208国道智慧快速路"} <= set(got)


def test_works_on_a_named_avenue_or_hospital_are_projects_not_programmes():
    types = entity_types("推动江海大道提升工程完工。江城市中医院迁建工程加快建设。", lambda k: k.endswith("工程"))
    assert types == {"江海大道提升工程": "Project", "江城市中医院迁建工程": "Project"}


def test_universities_built_or_extended_are_projects_but_not_those_made_first_class():
    types = entity_types("今年新建江城大学，扩建东川大学、西岭大学和江城工学院。建设东川大学、西岭大学高水平研究型大学。",
                         lambda k: k.endswith(("大学", "学院")))
    assert {k: v for k, v in types.items() if v == "Project"} == {"江城大学": "Project", "东川大学": "Project",
                                                                  "西岭大学": "Project", "江城工学院": "Project"}
    assert not [k for k in found("建设东川大学、西岭大学高水平研究型大学。努力建设有特色、高水平大学。") if "大学" in k]


def test_plants_listed_as_units_or_hosting_students_are_organizations():
    types = entity_types("学生分别到江城钢铁公司、东川煤矿、江城第一机床厂、西岭电机厂等单位进行生产实习。"
                         "江城火柴厂、东川造纸厂、江城肥皂厂等要改进工艺，增加适销产品。",
                         lambda k: k.endswith(("厂", "矿", "公司")))
    assert set(types.values()) == {"Organization"} and {"江城钢铁公司", "西岭电机厂", "江城火柴厂"} <= set(types), types


def test_a_university_hospital_s_new_campus_is_named_from_the_university():
    got = found("江城大学医学院附属第一医院东川院区建成运营。推动江城大学医学院附属第一医院东川院区创建国家区域医疗中心。")
    assert set(got) == {"江城大学医学院附属第一医院东川院区"}, got


def test_a_city_s_works_named_after_the_people_or_extended_or_repaved():
    got = found("桥梁方面，人民桥年内建成通车。新建人民电影院一座，整修开明大戏院，扩充市图书馆，新建江城长途汽车站。"
                "整修和新铺了观前街、景德路等道路。推进厂通路建成通车。")
    assert {"人民桥", "人民电影院", "开明大戏院", "市图书馆", "江城长途汽车站", "景德路", "厂通路"} <= set(got), got
    assert not [k for k in found("新建了工人疗养院一处。新建人民医院一座。推进厂通路建成通车。") if "医院" in k or "疗养院" in k or "推进" in k]


def test_protection_repair_and_flood_works_on_a_named_site_or_river_are_projects():
    types = entity_types("推进白塔寺保护展示工程。江城博物院维修工程和东山石窟的保护修缮工程已经完成。完成东沙河排洪工程建设。",
                         lambda k: k.endswith("工程"))
    assert types == {"白塔寺保护展示工程": "Project", "江城博物院维修工程": "Project", "东山石窟的保护修缮工程": "Project",
                     "东沙河排洪工程": "Project"}, types


def test_a_company_s_project_in_a_named_place_may_hold_a_verb_and_need_no_strong_status():
    got = found("加快陕西延长石油榆林煤炭综合利用项目建设。延长集团榆林煤提油项目开工建设。")
    assert {"延长集团榆林煤提油项目"} <= set(got), got
    got = found("加快华瑞集团榆林循环经济煤炭综合利用项目建设。")
    assert "华瑞集团榆林循环经济煤炭综合利用项目" in got, got
    assert not found("加快循环经济煤炭综合利用项目建设。")


def test_a_city_road_between_two_places_or_an_avenue_upgraded_is_one_works():
    got = found("确保余姚至慈溪滨江大道北延段年内建成通车。加快太行大街、胜利大街综合提升。")
    assert {"余姚至慈溪滨江大道北延段", "胜利大街综合提升"} <= set(got), got


def test_every_item_of_a_list_the_text_calls_projects_is_one_even_with_a_verb_in_its_name():
    text = "推动江城产业园三期、华光重工高端曲轴精密锻造、江城星海智能伺服系统产业化、东川线缆特种线缆扩能等项目加快建设。"
    got = pipeline_projects(text)
    assert {"江城产业园三期", "华光重工高端曲轴精密锻造", "江城星海智能伺服系统产业化", "东川线缆特种线缆扩能"} <= got, got
    # a list that does not call its items projects keeps its tasks out
    got = pipeline_projects("推动江城产业园三期、传统产业数字化转型、企业技术改造加快建设。")
    assert not [k for k in got if "转型" in k or "技术改造" in k], got


def test_a_base_or_centre_a_building_verb_stands_before_is_built_when_a_place_names_it():
    got = pipeline_projects("加快建设延吉国际冰雪训练基地。建设洛川苹果种苗繁育基地。")
    assert {"延吉国际冰雪训练基地", "洛川苹果种苗繁育基地"} <= got, got
    got = pipeline_projects("培育建设洛川国际消费中心城市。加快建设延吉综合性国家科学中心前期工作。")
    assert not [k for k in got if k.endswith("中心")], got


def test_a_park_or_a_hospital_s_block_built_is_a_project_but_a_national_park_is_not():
    got = pipeline_projects("北湖湿地公园建成开放。东湖公园开工建设。江城医院医疗综合楼建成启用。"
                            "推进以国家公园为主体的自然保护地体系建设。推进黄河国家文化公园江城段建设。")
    assert {"北湖湿地公园", "东湖公园", "江城医院医疗综合楼"} <= got, got
    assert not [k for k in got if "国家公园" in k or "文化公园" in k], got


def test_a_works_with_a_phase_in_its_name_or_a_national_road_s_section_by_code_is_one_project():
    types = entity_types("建成东湖游船二期更新工程。G228东营段改扩建工程全线贯通。续建G305西岭段。",
                         lambda k: "工程" in k or k.startswith("G"))
    assert types == {"东湖游船二期更新工程": "Project", "G228东营段改扩建工程": "Project", "G305西岭段": "Project"}, types


def test_a_company_s_new_plant_site_line_or_pilot_base_with_its_status_is_a_project():
    got = pipeline_projects("华光药业高新区新厂区、江城电科院高性能薄膜产线竣工。建成东钢低碳电炉短流程示范线。")
    assert {"华光药业高新区新厂区", "江城电科院高性能薄膜产线", "东钢低碳电炉短流程示范线"} <= got, got


def test_a_verb_read_into_the_start_of_a_works_name_is_dropped():
    got = pipeline_projects("要配合重点建设，支持江城工学院、江城医学院扩建。同时架设至东川的输电线路。")
    assert not [k for k in got if k.startswith(("支持", "架设"))], got


def test_a_found_name_runs_on_to_the_longer_works_it_opens():
    got = pipeline_projects("推进东港国际陆港第二节点、西田铁路物流基地建设。建成沿江快速路南延、朝阳大桥立交改造。")
    assert {"西田铁路物流基地", "朝阳大桥立交改造"} <= got, got
    assert not {"西田铁路", "朝阳大桥"} & got, got
    got = pipeline_projects("朝阳大桥建成通车，方便了两岸群众。")
    assert "朝阳大桥" in got, got


def test_a_works_named_after_the_body_before_it_keeps_the_body_s_name():
    got = pipeline_projects("推进江城大学第一医院国家区域医疗中心建设。江城大学超硬材料重点实验室新院区建成。")
    assert {"江城大学第一医院国家区域医疗中心", "江城大学超硬材料重点实验室新院区"} <= got, got


def test_the_whole_line_is_no_part_of_its_name():
    got = pipeline_projects("江城地铁7号线全线、江城地铁4号线二期开通运营。")
    assert "江城地铁7号线" in got and not [k for k in got if k.endswith("全线")], got


def test_a_waterway_s_works_are_part_of_its_name():
    got = pipeline_projects("推进东申线东川至长江段航道整治。建成赣江江城段二千吨级航道提升。")
    assert {"东申线东川至长江段航道整治", "赣江江城段二千吨级航道提升"} <= got, got


def test_bridges_counted_as_bridges_are_each_one_works():
    got = found("改建了东门外清河桥、南关桥和西门桥三座桥梁；疏浚了东湖。")
    assert {"东门外清河桥", "南关桥", "西门桥"} <= set(got), got
    assert not [k for k in got if k.endswith("桥梁")], got


def test_a_museum_or_library_being_built_is_works_not_a_body():
    types = entity_types("加快江城美术馆、东湖文化博物馆二期建设。江城美术馆举办展览二十场。",
                         lambda k: k.startswith(("江城美术馆", "东湖文化博物馆")))
    assert types.get("江城美术馆") == "Project", types


def test_a_numbered_road_s_section_and_works_on_one_named_facility_are_projects_not_programmes():
    types = entity_types("开工建设国道318线东岭至西坪段、省道205线北川至南湾段改建工程。加快建设市妇幼保健院迁建工程。"
                         "南门桥加宽工程建成通车。东湖草堂修复工程完成。",
                         lambda k: "段" in k or "工程" in k)
    assert types == {"国道318线东岭至西坪段": "Project", "省道205线北川至南湾段改建工程": "Project",
                     "市妇幼保健院迁建工程": "Project", "南门桥加宽工程": "Project", "东湖草堂修复工程": "Project"}, types


def test_a_line_s_siding_or_branch_and_a_plant_s_units_run_on_from_the_name_found():
    got = pipeline_projects("推动东岭物流园铁路专用线和冷链物流中心建成投用。开工南湾港区铁路支线。"
                            "江城核电3、4号机组穹顶吊装完成。")
    assert {"东岭物流园铁路专用线", "南湾港区铁路支线", "江城核电3、4号机组"} <= got, got
    assert not {"东岭物流园铁路", "南湾港区铁路"} & got, got


def test_a_works_named_on_one_facility_or_site_is_a_project_but_works_on_a_kind_is_not():
    got = pipeline_projects("实施东湾路沿线品质提升二期、北屿岛公园升级改造工程。实施500千伏江北输变电工程。"
                            "推进南岭区污水管网完善工程。燃煤电厂脱硫工程取得进展。实施农村公路改造提升工程。")
    assert {"北屿岛公园升级改造工程", "500千伏江北输变电工程", "南岭区污水管网完善工程"} <= got, got
    assert not [k for k in got if "脱硫" in k or "农村公路" in k], got


def test_a_workers_housing_estate_in_a_sentence_about_new_housing_is_a_project():
    got = pipeline_projects("全年新建职工住宅十万平方公尺，柳巷工人新村第一批宿舍已有两千户职工迁入。"
                            "建成东岭、南坪两个工人住宅区，新建职工住宅五万平方公尺。北湖新村历史悠久。")
    assert "柳巷工人新村" in got, got
    assert not [k for k in got if "两个" in k or "北湖新村" in k], got


def test_a_train_service_is_no_project_but_the_centre_built_for_it_is():
    got = pipeline_projects("中欧班列（江城号）开行突破900列。加快中欧班列江城集结中心建设。")
    assert "中欧班列江城集结中心" in got, got
    assert not [k for k in got if not k.endswith("集结中心")], got


def test_a_reservoir_named_for_its_water_quality_is_no_project():
    got = pipeline_projects("国考断面水质优良比例达到100%，东岭水库、南坪水库水质稳定保持二类标准。加快北湖水库建设。")
    assert "北湖水库" in got, got
    assert not {"东岭水库", "南坪水库"} & got, got


def test_a_port_at_the_end_of_a_route_is_no_project_but_a_port_built_is():
    got = pipeline_projects("推动铁海联运线路拓展至东海港、南湾港。加密江城至北湾港海铁联运班列。加快芜湖港建设。"
                            "南京至徐州、淮阴至连云港等干线公路进行了改善。")
    assert "芜湖港" in got, got
    assert not [k for k in got if k.endswith(("东海港", "南湾港", "北湾港"))], got


def test_a_part_of_a_named_body_that_its_clause_builds_is_a_project():
    got = pipeline_projects("要新建江城市第四中学，扩建第一中学教学楼和市人民医院住院部。江城研究所的主楼已经建成。"
                            "江城中学教学楼宽敞明亮。")
    assert {"第一中学教学楼", "市人民医院住院部", "江城研究所的主楼"} <= got, got
    assert "江城中学教学楼" not in got, got


def test_a_city_s_works_after_a_verb_ending_like_jiancheng_keep_a_city_named_cheng():
    got = pipeline_projects("新建成都第十一中学和成都第五人民医院。全市建成了一批工程。")
    assert {"成都第十一中学", "成都第五人民医院"} <= got, got


def test_every_item_of_a_list_the_text_calls_projects_is_one_though_none_was_found():
    got = pipeline_projects("加快北岭风景名胜区核心景区提升、南湖国际旅游度假区、东山梯田国际山地旅游度假区创建等项目建设。"
                            "提高钢铁、水泥、电解铝等行业建设项目资本金比例。")
    assert "北岭风景名胜区核心景区提升" in got, got
    assert not {"钢铁", "水泥", "电解铝"} & got, got


def test_a_hospital_s_campus_or_partner_hospital_in_a_place_is_one_body():
    types = entity_types("北京大学第三医院张家口院区、北京积水潭医院张家口合作医院等优质医疗资源辐射带动作用增强。",
                         lambda k: "医院" in k)
    assert types == {"北京大学第三医院张家口院区": "Organization", "北京积水潭医院张家口合作医院": "Organization"}, types


def test_projects_mines_listed_for_an_intelligent_upgrade_are_works_on_each_mine():
    got = found("推动青石岭、白马沟、红柳湾等煤矿智能化升级，全市智能化煤矿占比达到八成。")
    assert {"青石岭煤矿", "白马沟煤矿", "红柳湾煤矿"} <= set(got), got


def test_projects_a_list_of_routes_between_towns_no_table_holds_names_each_route():
    got = found("推进柳树湾至石头营、棋子井至上河庙等干线公路改造。")
    assert {"柳树湾至石头营", "棋子井至上河庙"} <= set(got), got
    assert not found("推进东部至西部、城区至郊区的交通联系。"), "no kind of route closes the list"


def test_projects_a_list_closed_by_a_kind_of_energy_base_names_one_base_per_item():
    got = found("加快华电青石旗、大唐白马旗等大型风光基地建设。")
    assert {"华电青石旗风光基地", "大唐白马旗风光基地"} <= set(got), got


def test_projects_a_line_from_one_place_to_another_keeps_both_ends():
    got = found("谋划青木其—上海特高压直流工程。建成包头至乌海输氢管道一期工程。")
    assert {"青木其—上海特高压直流工程", "包头至乌海输氢管道一期工程"} <= set(got), got


def test_projects_a_place_s_venue_named_by_a_kind_of_art_or_sport_is_one_building():
    got = found("建设临江文化艺术中心和临江区文化中心，临江市综合体育馆投入使用。")
    assert {"临江文化艺术中心", "临江区文化中心", "临江市综合体育馆"} <= set(got), got


def test_projects_a_station_a_health_post_and_a_road_resurfaced_are_works_when_built():
    got = found("扩建青石岗车站，新建白沙坡妇幼保健站，翻修淮凤公路青石段。延长车站站线。")
    assert {"青石岗车站", "白沙坡妇幼保健站", "淮凤公路青石段"} <= set(got), got
    assert not [k for k in got if k.startswith("延长")], got


def test_projects_schools_listed_as_school_buildings_built_are_each_works():
    got = found("新建青石第三中学、白沙小学等校舍九处。")
    assert {"青石第三中学", "白沙小学"} <= set(got), got


def test_projects_a_campus_opening_to_patients_and_a_line_in_feasibility_study_are_works():
    got = found("青山中医院东湖院区开诊。白沙湾港区疏港铁路完成预可研。推动临江站至青山机场城际轨道纳入规划。")
    assert got.get("青山中医院东湖院区") == "completed", got
    assert got.get("白沙湾港区疏港铁路") == "planned", got
    assert "临江站至青山机场城际轨道" in got, got


def test_projects_two_products_of_one_company_project_joined_by_he_are_one_name():
    got = found("推进宁德时代年产20吉瓦时电芯和模组项目建设。")  # a known company, products invented
    assert "宁德时代年产20吉瓦时电芯和模组项目" in got, got
    assert "模组项目" not in got, got


def test_projects_a_park_named_by_a_place_after_the_zone_it_is_in():
    got = pipeline_projects("加快建设西安高新区丝路科学城、经开区泾河工业园、航天基地北斗产业园。")
    assert "泾河工业园" in got and not [k for k in got if k.startswith("开区")], got
    assert "两江新区卫星互联网产业园" in found("加快建设两江新区卫星互联网产业园。"), "a park named by its zone keeps it"


def test_collieries_listed_by_their_place_and_at_work_are_bodies_not_works():
    text = "原煤产量超额完成计划；青松矿、柳树岗矿、白沙一矿都超额完成了计划。铁矿、铜矿产量增加。"
    works, firms = find_works_and_enterprises(text)
    assert {c.key for c in firms} >= {"青松矿", "柳树岗矿", "白沙一矿"}, firms
    assert not works and not {"铁矿", "铜矿"} & {c.key for c in firms}


def test_projects_ecological_corridors_and_culture_parks_being_built():
    got = found("清水溪生态廊道建成开放，推进古河道生态廊道建设，南湖文化园加快建设。")
    assert {"清水溪生态廊道", "古河道生态廊道", "南湖文化园"} <= set(got)


def test_a_numbered_roads_own_works_name_it_and_a_list_of_roads_shares_them():
    got = mentions("实施国道318线、省道207线改造，推进226国道改建工程。")
    assert set(got.values()) == {"国道318线", "省道207线", "226国道改建工程"}
    assert found("国道和省道的养护，推进省道改造。") == {}


def test_a_scenic_belt_being_built_is_works():
    got = found("江城东岸二期风光带、白水河风光带全线贯通。")
    assert set(got) == {"江城东岸二期风光带", "白水河风光带"}
    assert found("打造沿江风光带。") == {}


def test_a_hospital_or_clinic_that_a_building_verb_names_is_works_else_a_body():
    got = found("推动市传染病医院建成投用，江城区第二人民医院开工建设。新建了东关区卫生所。")
    assert {"市传染病医院", "江城区第二人民医院", "东关区卫生所"} <= set(got)
    assert not found("推进江城区第二人民医院提升服务能力，江城区人民医院门诊量增长10%。")


def test_hospitals_counted_or_opened_at_a_rate_are_no_works():
    assert not found("全区新建和扩建县人民医院十五所，异地结算定点医院开通率达95%。")
    got = found("推进江城市中医医院新院、江城市第二人民医院公共卫生中心建设。")
    assert "江城市第二人民医院" not in got


def test_local_state_plants_processing_or_renovated_are_bodies_named_without_their_ownership():
    text = "地方国营江城皮毛厂、江城制革厂共加工皮张六十二万张。地方国营江城机械修配厂、江城砖瓦厂完成了技术改造。"
    assert not pipeline_projects(text)
    from kg.extract import find_mentions
    orgs = {m.text for m in find_mentions(text) if m.type == "Organization"}
    assert {"江城皮毛厂", "江城制革厂", "江城机械修配厂", "江城砖瓦厂"} <= orgs, orgs


def test_projects_works_on_a_named_river_or_road_after_a_verb_that_carries_them_out():
    got = found("完成柳溪河防洪治理、青石河干流综合整治，实施白鹭河城区段综合治理。完成三环路快速化改造、柳塘大街综合提升。")
    assert {"柳溪河防洪治理", "青石河干流综合整治", "白鹭河城区段综合治理", "三环路快速化改造", "柳塘大街综合提升"} <= set(got), got
    # more kinds of works, and a great river (a common word) or a 水 named by its section
    got = found("推进长江江城段岸线整治、蒸水衡阳县段生态修复，完成黄河三门峡段生态保护治理工程和辽河干流堤防加固。")
    assert {"长江江城段岸线整治", "蒸水衡阳县段生态修复", "黄河三门峡段生态保护治理工程", "辽河干流堤防加固"} <= set(got), got
    # rivers listed before works they share are places, not works
    got = found("推进白水河、青柳河综合整治。")
    assert not [k for k in got if "综合整治" in k], got


def test_projects_parks_whose_upgrade_is_done_or_under_way():
    got = found("柳塘公园、石鼓公园完成提质改造。")
    assert got.get("柳塘公园") == "completed" and got.get("石鼓公园") == "completed", got
    assert found("石湾湖公园提质改造完成。").get("石湾湖公园") == "completed"


def test_projects_named_after_a_company_no_list_holds():
    # an unknown two-character proper name opens the works' name: the company's project
    assert found("推进鸿澍新材料一体化项目建设。").get("鸿澍新材料一体化项目") == "under_construction"
    # a place or a common word opens no company
    assert not found("推进杭州新材料一体化项目建设。推进城市更新改造项目建设。")


def test_projects_numbered_roads_written_without_their_line_word():
    got = found("国道217临河段、省道311东平至西岭段改建工程建成通车。实施国道421、省道518等干线公路改建工程。")
    assert {"国道217临河段", "省道311东平至西岭段改建工程", "国道421", "省道518"} <= set(got)
    assert not any(k.startswith("国道205") for k in found("加快建设山区国道205新线高速，提高道路韧性。"))


def test_projects_named_by_owner_capacity_and_product():
    got = found("鑫源化工年产20万吨乙二醇、平江纸业三期建成投产，开工准格尔2×35万千瓦煤电扩建。"
                "实施乌海高新区年产3万吨多晶硅等项目。建成年产10万吨玉米深加工及赖氨酸项目。")
    assert {"鑫源化工年产20万吨乙二醇", "准格尔2×35万千瓦煤电扩建", "乌海高新区年产3万吨多晶硅",
            "年产10万吨玉米深加工及赖氨酸项目"} <= set(got)
    assert found("全市新增光伏装机120万千瓦，粮食产量达到150万吨以上，建成年产8万吨的生产线。") == {}


def test_projects_a_short_quoted_word_after_the_place_is_part_of_the_name():
    got = found("加快建设赤峰“风光储”一体化基地二期、巴林右旗风电基地。")
    assert "赤峰风光储一体化基地二期" in got and "一体化基地二期" not in got


def test_projects_institution_buildings_and_homes_being_built():
    got = found("建成市妇幼保健中心门诊楼，新建了平安县儿童福利院。")
    assert {"市妇幼保健中心门诊楼", "平安县儿童福利院"} <= set(got)
    assert found("两年来新建、改建、扩建农村寄宿制学校2400多所。") == {}


def test_projects_road_works_listed_before_the_verb_that_says_they_are_done():
    got = found("改造老旧小区200个，迎宾大道东延、解放大道快速化改造完成，青年公园建成开放。")
    assert {"迎宾大道东延", "解放大道快速化改造"} <= set(got)
    assert "迎宾大道东延" not in found("迎宾大道东延段沿线商铺改造方案完成。")


def test_projects_works_on_a_named_landscape_belt():
    assert "清水河景观带提升工程" in found("建设东湖城市公园二期、清水河景观带提升工程。")


def test_projects_no_name_opens_with_a_verb_of_the_clause():
    got = found("深化南昌国际陆港建设。地质队伍会同有关部门寻找铁矿，全市职工迎接新工厂的建成投产。")
    assert not any(k.startswith(("深化", "寻找", "迎接", "会同")) for k in got), got


def test_collieries_listed_before_their_count_and_at_work_are_enterprises():
    _works, firms = find_works_and_enterprises("东坡矿、西岭矿、北台矿三对矿井普遍推行新的采煤法。")
    assert {c.key for c in firms} == {"东坡矿", "西岭矿", "北台矿"}


def test_projects_routes_listed_before_their_count_and_a_road_section_that_is_no_name():
    got = found("新修了新乡至获嘉、新乡至辉县两条公路，整修新乡至长治公路山区路段。")
    assert {"新乡至获嘉公路", "新乡至辉县公路", "新乡至长治公路"} <= set(got)
    assert not any("两条" in k or "山区路段" in k for k in got), got


def test_plants_at_work_by_their_output_are_enterprises():
    _works, firms = find_works_and_enterprises(
        "长沙发电厂全年发电三百五十万度；长沙面粉厂生产面粉九百万斤，长沙皮革厂生产各种皮革三万张。")
    assert {c.key for c in firms} >= {"长沙发电厂", "长沙面粉厂", "长沙皮革厂"}
    # a capacity or a plant named after the verb is no output: the works stay works
    _works, firms = find_works_and_enterprises("做好宣化钢铁厂、龙烟铁矿扩建和下花园发电厂三期扩建的协作配套工作。")
    assert "龙烟铁矿" not in {c.key for c in firms}


def test_projects_irrigation_works_long_road_sections_and_storage_in_power_and_energy():
    got = found("推进青山灌区续建配套与节水改造、南湖灌区现代化改造，开工建设G205南平城区绕城段改建工程、"
                "国投南平100兆瓦/200兆瓦时新型储能电站。")
    assert {"青山灌区续建配套与节水改造", "南湖灌区现代化改造", "G205南平城区绕城段改建工程",
            "国投南平100兆瓦/200兆瓦时新型储能电站"} <= set(got), got
    assert got["青山灌区续建配套与节水改造"] == "under_construction"


def test_projects_firms_and_products_listed_before_their_works_coded_lines_and_phase_works():
    works, firms = find_works_and_enterprises("恒远科技、南山新材等企业扩能改造项目建成投产。推进高端聚烯烃、电子化学品等项目建设，有序开工黄金水道治理、沿江码头口岸等重大项目。")
    assert {c.key for c in firms} >= {"恒远科技", "南山新材"}
    assert not {"恒远科技", "南山新材", "高端聚烯烃", "电子化学品"} & {c.key for c in works}
    assert "黄金水道治理" in {c.key for c in works}  # (works, not a product)
    got = found("泉州古城二期保护提升工程建成开放，福厦泉城际铁路S1线泉州段加快建设。")
    assert {"泉州古城二期保护提升工程", "福厦泉城际铁路S1线泉州段"} <= set(got), got


def test_projects_ecological_works_on_a_named_river_reach_or_mountain():
    got = found("推进闽江上游生态保护修复工程、牙山生态保护修复工程，实施矿山生态修复工程。")
    assert {"闽江上游生态保护修复工程", "牙山生态保护修复工程"} <= set(got), got
    assert "矿山生态修复工程" not in got  # (works on a kind of site)


def test_projects_link_roads_numbered_roads_rerouted_and_phases_with_their_ordinal():
    got = found("京广高速许昌连接线加快推进，开工建设国道G107许昌段改线、"
                "渌口湘江大桥连接线。全力保证新华纺织厂第三期扩建按期施工。")
    assert {"京广高速许昌连接线", "国道G107许昌段改线", "渌口湘江大桥连接线",
            "新华纺织厂第三期扩建"} <= set(got), got
    assert not {"京广高速", "新华纺织厂第三期"} & set(got)


def test_projects_a_citys_own_centres_built():
    got = found("建成南平市博物馆新馆、市全民健身中心，承办省运会。建成市应急指挥中心和城市生命线安全工程监测平台。")
    assert {"市全民健身中心", "市应急指挥中心"} <= set(got), got
    assert "体育中心" not in found("建设体育中心。")  # (a kind, with no city)


def test_a_citys_own_plants_at_work_are_enterprises():
    _works, firms = find_works_and_enterprises("市地方国营面粉厂、市砖瓦厂、市印刷厂等十一个厂矿全面完成了国家计划。")
    assert {"市砖瓦厂", "市印刷厂"} <= {c.key for c in firms}
    _works, firms = find_works_and_enterprises("全市砖瓦厂全面完成了国家计划。")
    assert not firms  # (all the city's brickworks, no one plant)


def test_collieries_listed_by_their_places_before_their_count_at_work():
    _works, firms = find_works_and_enterprises("东山、西岭两煤矿超额完成了采煤任务。")
    assert {c.key for c in firms} == {"东山", "西岭"}
    works, firms = find_works_and_enterprises("东山、西岭两煤矿正在建设，第十一、第十七棉纺织厂扩建。")
    assert not any(c.key.endswith("两煤矿") for c in works + firms)
    assert "第十七棉纺织厂" in {c.key for c in works}, [c.key for c in works]


def test_projects_an_institution_moved_to_a_new_site():
    got = found("推进市第一人民医院新院区、市精神卫生中心迁建项目，泉州市第三人民医院迁建工程开工。实施一批学校迁建项目。")
    assert {"市精神卫生中心迁建项目", "泉州市第三人民医院迁建工程"} <= set(got), got
    assert not any(k.endswith("学校迁建项目") for k in got)


def test_projects_after_the_verb_that_leans_on_them_and_a_siding_before_its_length():
    got = pipeline_projects("抢抓低空经济发展机遇，依托青川机场和平武通用机场规划建设低空经济产业园。"
                            "矿务局机修厂扩建工程、城关至东岭矿区铁路专用线二十公里铺轨工程已经完成。")
    assert {"青川机场", "平武通用机场", "城关至东岭矿区铁路专用线"} <= got, got
    assert not {"依托青川机场", "城关至东岭矿区铁路"} & got


def test_projects_a_road_upgraded_and_schools_built_by_their_place_or_owner():
    got = pipeline_projects("桃源大道北延、雪松大道改造、湘江二桥维修加固等工程完工。"
                            "新建了第六中学、第七中学和西郊机械工人子弟小学，新建城南第二中学和山口中学。")
    assert {"雪松大道改造", "西郊机械工人子弟小学", "山口中学"} <= got, got
    assert not pipeline_projects("新建改扩建中小学12所，新建中学四所、小学十五所。")


def test_projects_works_shared_by_a_list_of_rivers_or_hills_are_named_by_the_whole_list():
    got = pipeline_projects("完成青龙河、白马河、西沙河水系连通工程。要完成中河、东河疏浚第二期工程。")
    assert {"青龙河、白马河、西沙河水系连通工程", "中河、东河疏浚第二期工程"} <= got, got
    assert not {"西沙河水系连通工程", "东河疏浚第二期工程"} & got


def test_projects_the_mines_a_body_runs_are_a_kind():
    got = pipeline_projects("抚顺矿务局所属煤矿为九百三十万吨，阜新矿务局所属煤矿为八百四十五万吨。")
    assert not any("所属" in k for k in got), got


def test_projects_a_facilitys_main_works_name_the_facility_not_a_programme():
    from kg.extract import find_mentions

    text = "市图书馆新馆、市游泳馆主体工程开工建设，国家天文观测站主体工程完工。水库大坝主体工程完工。培育市场主体倍增工程。"
    got = {(m.type, m.text) for m in find_mentions(text) if m.type in ("Project", "Programme")}
    assert {("Project", "市游泳馆"), ("Project", "国家天文观测站")} <= got, got
    assert not any(t == "Programme" and "主体工程" in w for t, w in got), got
    got = pipeline_projects("平陆运河甲、乙、丙三大枢纽船闸主体工程完成过半。")
    assert not any("三大" in w for w in got), got  # (a list of works counted: no one facility)


def test_projects_a_park_with_a_name_of_its_own_being_built_needs_no_place():
    got = pipeline_projects("加快临港片区通用航空产业园、东岭低空飞行服务站建设。建成杰瑞新能源装备产业园。")
    assert {"临港片区通用航空产业园", "杰瑞新能源装备产业园"} <= got, got
    got = pipeline_projects("加快生物医药产业园建设。深化中新合作苏州工业园区建设。")
    assert not got, got  # (a kind of park; a zone named by its city)


def test_projects_a_reservoirs_repair_and_an_interchanges_rebuilding_are_the_works():
    got = pipeline_projects("沙河段堤防加固、城东灌区配套、黄陂县木兰水库除险加固等水利项目顺利推进。"
                            "京珠高速咸宁南互通改造、火车站广场改造基本完工。")
    assert {"黄陂县木兰水库除险加固", "京珠高速咸宁南互通改造"} <= got, got


def test_projects_a_commuter_railway_written_with_its_aside():
    got = pipeline_projects("启动长沙至浏阳市域（郊）铁路建设。")
    assert "长沙至浏阳市域（郊）铁路" in got, got


def test_projects_a_kind_after_and_is_no_part_of_the_name():
    got = pipeline_projects("建成市妇幼保健院新门诊楼和县级医院标准化建设。")
    assert "市妇幼保健院新门诊楼" in got and not any("县级" in w for w in got), got


def test_projects_works_on_a_named_site_with_what_of_it_they_are_on():
    from kg.components.programmes import find_programmes

    text = "实施小鸟天堂生态旅游区提升工程，实施双峰山国家森林公园生态保护修复工程，推进新华大道综合提升工程。"
    got = {c.key for c in find_projects(text)}
    assert {"小鸟天堂生态旅游区提升工程", "双峰山国家森林公园生态保护修复工程", "新华大道综合提升工程"} <= got, got
    assert not {c.key for c in find_programmes(text)}
    assert "老旧小区综合提升工程" not in {c.key for c in find_projects("推进老旧小区综合提升工程。")}


def test_projects_a_works_named_by_its_owner_that_takes_a_works_status():
    got = found("鸿达化工技改工程加快建设，青龙湾海底光缆工程建成投运。")
    assert {"鸿达化工技改工程", "青龙湾海底光缆工程"} <= set(got), got
    got = found("一九五七年第一期工程开工建设，十大民生工程全面完工。")
    assert not got, got


def test_projects_works_on_a_named_former_site_or_old_street():
    got = found("实施沙洲革命旧址保护提升工程和西津老街保护提升工程。")
    assert {"沙洲革命旧址保护提升工程", "西津老街保护提升工程"} <= set(got), got


def test_projects_pipelines_named_by_their_ends_share_the_kind_of_a_list():
    got = found("加快临汾至运城、端氏至长治输气管线建设，建成克拉玛依到独山子的输油管道。")
    assert {"临汾至运城输气管线", "端氏至长治输气管线", "克拉玛依到独山子的输油管道"} <= set(got), got


def test_projects_a_plant_named_after_a_power_groups_short_name():
    assert "国电阳城煤层气发电项目" in found("推进国电阳城煤层气发电项目，新建加气站20座。")


def test_projects_an_institutions_extension_or_new_site_and_no_level_of_institutions():
    got = found("加快建设市中医院新院区和市疾控中心新址。加快市第一人民医院改扩建、县级医院标准化建设。")
    assert {"市疾控中心新址", "市第一人民医院改扩建"} <= set(got), got
    assert not any(k.startswith("县级") for k in pipeline_projects("加快市第一人民医院改扩建、县级医院标准化建设。"))


def test_projects_a_port_listed_after_a_route_named_with_its_kind_is_works():
    assert "周口内河港" in pipeline_projects("谋划周口至邯郸铁路、周口内河港等重大项目。")
    assert "深圳盐田港" not in pipeline_projects("拓展至宁波舟山港、深圳盐田港的航线。")


def test_projects_a_list_item_a_programme_head_read_is_works_of_the_list():
    got = pipeline_projects("民权高新区冷链装备产业园、睢县足力健智能制造基地、柘城金刚石产业园扩区工程加快推进。")
    assert "睢县足力健智能制造基地" in got, got


def test_projects_a_base_named_for_what_it_makes_with_a_status_is_a_plant():
    got = found("东方锅炉氢能装备产业化基地加快建设，谋划腾鳌储能装备制造基地。")
    assert {"东方锅炉氢能装备产业化基地", "腾鳌储能装备制造基地"} <= set(got), got
    assert not found("加快建设国家重要农畜产品生产基地和全国煤层气产业化基地。")


def test_projects_a_list_opened_by_an_adverb_and_its_verb_gives_every_item():
    got = found("重点推进华鑫专用车二期、徐工泵车扩能、抚顺县光伏新材料、新宾生物制药等工业项目。")
    assert {"徐工泵车扩能", "抚顺县光伏新材料", "新宾生物制药"} <= set(got), got
    assert not any(k.startswith("重点") for k in got), got


def test_projects_plants_a_merger_forms_are_bodies_without_the_verb():
    works, firms = find_works_and_enterprises(
        "把分散的小厂合并，组建公私合营保定铁工厂、保定市织布厂等一批骨干企业。成立公私合营石门针织厂和石门木器厂。今年成立了一个机械厂。")
    got = {c.key for c in firms}
    assert {"保定铁工厂", "保定市织布厂", "石门针织厂", "石门木器厂"} <= got, got
    assert not any(k.startswith(("组建", "成立", "公私合营")) or k.endswith("机械厂") for k in got), got
    assert not {c.key for c in works} & got


def test_projects_a_building_or_kiln_of_a_plant_built_is_the_works():
    got = pipeline_projects("新乡农具厂锻工车间、通丰面粉厂制粉楼扩建和市砖瓦厂轮窑三项工程先后建成投产。")
    assert {"通丰面粉厂制粉楼扩建", "市砖瓦厂轮窑", "新乡农具厂锻工车间"} <= got, got


def test_projects_a_ward_classroom_or_hall_of_a_named_body_built_is_the_works():
    got = pipeline_projects("扩建钦州市人民医院病房一座，新建钦州市第三中学教室十二间，市第一中学礼堂落成。")
    assert {"钦州市人民医院病房", "钦州市第三中学教室"} <= got, got
    assert not pipeline_projects("钦州市人民医院病房床位紧张。")


def test_projects_a_named_sea_dyke_built_is_a_project():
    got = found("修建沙井海堤三千二百米，南岭海堤加固二千八百米。各地加固海堤十公里。")
    assert {"沙井海堤", "南岭海堤"} <= set(got), got
    assert "海堤" not in got


def test_projects_an_item_after_a_list_comma_starts_there_and_landmark_works_are_a_kind():
    from kg.extract import find_mentions

    text = "累计投入资金280亿元，市行政中心、如意湖、莲花湖湿地公园、新城博物馆等一批标志性工程相继建成。"
    got = pipeline_projects(text)
    assert {"市行政中心", "如意湖", "莲花湖湿地公园", "新城博物馆"} <= got, got
    assert not [m for m in find_mentions(text) if m.type == "Programme"]


def test_a_list_of_reservoirs_by_their_short_names_and_size():
    # 等中型水库, 等小型水库: each item is one reservoir, named with the kind (小海坝 → 小海坝水库)
    got = found("建成小海坝、红岩等中型水库5座。")
    assert {"小海坝水库", "红岩水库"} <= set(got), got
    # but 等处 lists the places where works of a kind are built (the places' reading)
    got = found("新建夏庄、流亭等处小型水库。")
    assert not {"夏庄水库", "流亭水库"} & set(got), got


def test_a_numbered_road_s_section_written_before_its_number_and_in_a_list_of_works():
    from kg.components.programmes import find_programmes

    s = "绥大高速扩容改造、北安至绥化段G202国道升级、哈绥铁路电气化改造等工程加快推进。"
    got = {c.key for c in find_projects(s)}
    # (the railway's works are named with it since works ending in their verbs are read in such lists)
    assert "北安至绥化段G202国道" in got and got & {"哈绥铁路", "哈绥铁路电气化改造"}, got
    assert not [c.key for c in find_programmes(s) if "G202" in c.key]  # works, not a programme's item
    assert {c.key for c in find_projects("推进北安至绥化段G202国道升级。")} == {"北安至绥化段G202国道"}
    assert {c.key for c in find_projects("推进G202国道升级。")} == {"G202国道"}


def test_routes_counted_by_sections_and_a_school_s_buildings():
    got = {c.key for c in find_projects("交通运输方面，屯溪至歙县、屯溪至休宁两段公路进行了加宽整修。")}
    assert got == {"屯溪至歙县公路", "屯溪至休宁公路"}, got
    got = {c.key for c in find_projects("新建屯溪第二中学校舍一座，扩建小学教室二十四间。")}
    assert got == {"屯溪第二中学校舍"}, got


def test_a_river_s_flood_dyke_is_works():
    assert {c.key for c in find_projects("主要工程有：新安江防洪堤继续加固四千米。")} == {"新安江防洪堤"}
    assert {c.key for c in find_projects("修筑赣江东岸防洪堤二千米。")} == {"赣江东岸防洪堤"}


def test_a_civil_airport_named_by_its_place():
    assert {c.key for c in find_projects("绥化民用机场航站楼主体完工，飞行区工程通过初步验收。")} == {"绥化民用机场"}
    assert find_projects("加快民用机场建设，建设一批民用机场。") == []


def test_flats_for_talent_named_by_their_place_or_owner():
    assert {c.key for c in find_projects("加快建设绥化学院人才公寓、市人才创新创业园。")} >= {"绥化学院人才公寓"}
    assert {c.key for c in find_projects("建成赣州人才公寓二期。")} == {"赣州人才公寓二期"}
    assert find_projects("新建人才公寓2000套。") == []


def test_a_list_of_a_city_s_institutions_closed_by_the_works_they_share():
    got = {c.key for c in find_projects("加快市第二人民医院、市妇幼保健院迁建。")}
    assert "市第二人民医院" in got, got


def test_projects_numbered_roads_listed_before_the_works_their_kind_shares():
    got = {c.key for c in find_projects("今年实施国道210线、省道305线等干线公路改扩建，完善农村公路网。")}
    assert {"国道210线", "省道305线"} <= got, got
    # named as a setting, no works: no project
    got = {c.key for c in find_projects("国道210线等公路沿线的村庄开展环境整治。")}
    assert "国道210线" not in got, got


def test_projects_a_second_bridge_and_a_road_listed_before_a_bridge():
    got = {c.key for c in find_projects("加快建设邕江大道、邕江大桥二桥和滨江公园二期。")}
    assert "邕江大桥二桥" in got and "邕江大道" in got, got
    assert "邕江大道大桥" not in got and "邕江大桥" not in got, got


def test_projects_a_name_of_china_and_a_partner_is_read_from_china():
    got = {c.key for c in find_projects("推进德天红木城、中国—东盟（东兴）物流园、市区商贸中心等项目建设。")}
    assert "中国—东盟（东兴）物流园" in got and "东盟（东兴）物流园" not in got, got


def test_projects_parks_listed_before_the_infrastructure_put_into_them():
    text = "园区建设提速，城北工业园区、石门产业园、河口物流园等园区基础设施不断完善。"
    got = pipeline_projects(text)
    assert {"城北工业园区", "石门产业园", "河口物流园"} <= got, got
    # development zones stay places; parks named as places firms move into are no works
    assert "高新区" not in "".join(pipeline_projects("城东高新区、临江经济开发区基础设施进一步完善。"))
    assert pipeline_projects("城北工业园区、石门产业园新入驻企业25家。") == set()


def test_projects_a_road_between_unknown_towns_after_the_works_done_on_it():
    got = {c.key for c in find_projects("要修通坪子至拉布沟公路三十二公里，加宽改善坪子至马街公路。")}
    assert {"坪子至拉布沟公路", "坪子至马街公路"} <= got, got
    # no works named: towns no table holds make no route
    assert not {c.key for c in find_projects("坪子至拉布沟公路沿线群众积极参加互助组。")}


def test_projects_a_railway_branch_line_keeps_its_branch():
    got = {c.key for c in find_projects("龙川铁路支线的勘测工作已经开始。")}
    assert "龙川铁路支线" in got and "龙川铁路" not in got, got


def test_projects_a_company_s_works_named_by_its_product_among_listed_facilities():
    got = {c.key for c in find_projects("加快东华集团江北冶炼厂循环经济产业园、江南新发展集团锰系合金、海螺水泥江北项目等建设。")}
    assert "江南新发展集团锰系合金" in got, got
    # a company's product listed with no facility beside it is no works
    got = {c.key for c in find_projects("支持江南新发展集团锰系合金、东华集团电解铝等产品扩大出口。")}
    assert "江南新发展集团锰系合金" not in got, got


def test_projects_numbered_roads_listed_before_the_works_they_share_keep_only_their_numbers():
    got = {c.key for c in find_projects("实施G316、G212线改造提升工程，推进通用机场前期工作。")}
    assert {"G316线", "G212线"} <= got and "G212线改造" not in got, got


def test_projects_a_range_of_berths_named_from_its_port():
    text = "铁山港1—4号泊位投入运营，铁山港西港区5—10号泊位、北暮作业区1-2号泊位开工建设。漳州港古雷港区南15号至19号泊位完工。"
    got = found(text)
    assert {"铁山港1—4号泊位", "铁山港西港区5—10号泊位", "北暮作业区1-2号泊位", "漳州港古雷港区南15号至19号泊位"} <= set(got), got
    assert not {"4号泊位", "10号泊位", "2号泊位", "铁山港西港区"} & set(got), got


def test_projects_a_plant_whose_year_s_output_is_counted_after_a_long_list_of_products_is_at_work():
    works, firms = find_works_and_enterprises("开封农具厂全年生产新式步犁和双轮双铧犁四千二百余部，比上年增加一点六倍。")
    assert "开封农具厂" in {c.key for c in firms} and "开封农具厂" not in {c.key for c in works}
    # a capacity is no output
    works, firms = find_works_and_enterprises("新建开封农具厂，全年生产能力为双轮双铧犁四千部。")
    assert "开封农具厂" not in {c.key for c in firms}


def test_projects_works_on_named_places_listed_before_works_of_their_kind_share_the_gongcheng():
    got = pipeline_projects("冯家江生态治理一期、北部湾广场改造、海景大道景观提升工程完成。")
    assert {"冯家江生态治理一期", "北部湾广场改造", "海景大道景观提升工程"} <= got, got
    got = pipeline_projects("推进中山路历史文化风貌提升、正阳步行街改造提升、漓江大桥加固工程。")
    assert {"中山路历史文化风貌提升", "正阳步行街改造提升", "漓江大桥加固工程"} <= got, got
    # tasks listed before them that name no place worked on are no works
    got = pipeline_projects("推进产业结构优化提升、营商环境改造提升、漓江大桥加固工程。")
    assert "营商环境改造提升" not in got and "产业结构优化提升" not in got, got


def test_projects_a_list_of_works_ending_in_their_verbs_before_its_class():
    got = found("邵阳大道北延、雪峰大道改造、资江一桥维修加固等工程完工，桃花洲大桥主体完工。")
    assert "资江一桥维修加固" in got, got
    got = found("完成大埔县高陂至三河公路改造、梅州大道综合整治等工程建设。")
    assert "大埔县高陂至三河公路改造" in got and "大埔县高陂至三河公路" not in got, got


def test_projects_a_hospital_s_new_outpatient_building_is_named_whole():
    got = found("市人民医院门诊部新楼、市第三中学教学楼已经建成使用。")
    assert "市人民医院门诊部新楼" in got and "市人民医院门诊部" not in got, got


def test_projects_a_tractor_station_being_prepared_or_built_is_works_one_at_work_a_body():
    assert "泸县拖拉机站" in pipeline_projects("要配合专区做好泸县拖拉机站的筹建工作，积极推广新式农具。")
    assert "银川拖拉机站" in pipeline_projects("新建银川拖拉机站一座。")
    assert "银川拖拉机站" not in pipeline_projects("银川拖拉机站在帮助农业生产合作社推广新技术。")


def test_projects_berths_numbered_to_another_or_paired_are_named_from_their_port():
    text = "全力推进企沙南港区1号、2号泊位建设。加快渔澫港区第五作业区513至516号泊位建设。加快铁山港西港区北暮作业区南7号至南10号泊位建设。"
    got = found(text)
    assert {"企沙南港区1号、2号泊位", "渔澫港区第五作业区513至516号泊位", "铁山港西港区北暮作业区南7号至南10号泊位"} <= set(got), got
    assert not {"2号泊位", "企沙南港区1号", "渔澫港区", "铁山港西港区", "企沙南港区"} & set(got), got


def test_projects_named_avenues_listed_before_trunk_roads_and_routes_before_graded_roads():
    got = found("北部湾大道、兴港大道、友谊大道等城市主干道建成通车，防城港至企沙、那良至峒中等一批二级公路改造完成。")
    assert {"北部湾大道", "兴港大道", "友谊大道", "防城港至企沙二级公路", "那良至峒中二级公路"} <= set(got), got
    # a graded road named whole is still its own name
    assert "企沙至江山一级公路" in found("推进防城港至峒中公路、企沙至江山一级公路等项目。")


def test_projects_a_rank_among_works_or_all_of_a_kind_names_none():
    assert found("港口货物吞吐量达到1.01亿吨，成为广西首个、西部地区首个亿吨大港。") == {}
    assert found("五年新增公路里程680公里，实现所有乡镇通二级公路、行政村通水泥路。") == {}


def test_projects_the_items_after_main_works_are_named():
    got = found("全年新建厂房、学校、医院等建筑四万六千平方米。主要工程有：柳州机械厂铸工车间、柳州市人民医院病房大楼等。")
    assert {"柳州机械厂铸工车间", "柳州市人民医院病房大楼"} <= set(got), got


def test_projects_a_count_or_size_after_a_listed_works_is_no_part_of_its_name():
    got = pipeline_projects("修建田家庵港煤炭码头一座、客货轮渡码头一座，改善淮河航运条件。")
    assert "田家庵港煤炭码头" in got and "田家庵港煤炭码头一座" not in got, got
    got = pipeline_projects("主要用于柳州机械厂扩建、新建市第五中学、郊区卫生院、工人住宅三万平方米、扩建自来水厂。")
    assert "市第五中学" in got and not {"工人住宅", "工人住宅三万平方米"} & got, got


def test_projects_firms_listed_before_the_works_on_their_plants_are_bodies():
    works, firms = find_works_and_enterprises("推进金徽矿业、厂坝有色、中宝矿业等扩能改造项目，加快陇南经济开发区扩区调位。")
    assert {c.key for c in firms} >= {"金徽矿业", "厂坝有色", "中宝矿业"} and not {c.key for c in works}
    # hospitals before their expansion are works still
    works, _ = find_works_and_enterprises("推进天津医科大学总医院、天津市胸科医院等扩建工程。")
    assert "天津市胸科医院" in {c.key for c in works}


def test_projects_a_list_of_works_carried_out_smoothly_is_under_way():
    got = found("白龙江引水工程陇南段、西汉水礼县城区段防洪治理、徽县田家河水库等水利项目顺利实施。")
    assert got.get("西汉水礼县城区段防洪治理") == "under_construction", got


def test_projects_a_rivers_reach_before_a_plant_is_no_part_of_its_name():
    got = pipeline_projects("金沙江上游叶巴滩、拉哇、巴塘水电站和澜沧江上游如美水电站加快建设。")
    assert "如美水电站" in got and "澜沧江上游如美水电站" not in got, got


def test_projects_a_plant_whose_year_s_making_and_repairs_are_counted_is_at_work():
    works, firms = find_works_and_enterprises("地方国营下关农具厂全年制造和修理新式农具二千一百余件，有力地支援了农业生产。")
    assert "下关农具厂" in {c.key for c in firms} | {c.key[4:] for c in firms} and not works, (works, firms)


def test_projects_some_plants_are_a_kind_not_a_body():
    from kg.extract import find_mentions

    got = [(m.text, m.type) for m in find_mentions("我们的工作还有缺点。有些工厂只顾数量，忽视质量，次品率仍然偏高。")]
    assert not got, got


def test_projects_a_plant_proposing_rationalisations_or_spreading_a_work_method_is_at_work():
    works, firms = find_works_and_enterprises(
        "地方国营安顺农机厂全年提出合理化建议三百余件；安顺织布厂推行五一织布工作法；安顺发电厂严格执行计划检修。")
    keys = {c.key for c in firms} | {c.key[4:] for c in firms}
    assert {"安顺农机厂", "安顺织布厂", "安顺发电厂"} <= keys and not works, (works, firms)


def test_projects_a_list_of_key_works_goes_on_past_an_items_close_and_drops_its_verbs():
    got = pipeline_projects("主要工程有：安顺水泥厂扩建工程，新建虹山路、黄果树路等道路七公里，新建职工宿舍三万平方米，"
                            "修建贯城河一号桥和二号桥，以及市人民医院门诊大楼等。")
    assert {"虹山路", "市人民医院门诊大楼"} <= got and not {"新建虹山路", "贯城河一号桥和二号桥"} & got, got


def test_projects_works_in_one_rivers_basin_are_a_project_not_a_programme():
    from kg.extract import find_mentions

    got = {(m.text, m.type) for m in find_mentions("深入实施汀江流域山水林田湖草沙一体化保护和修复工程。")}
    assert ("汀江流域山水林田湖草沙一体化保护和修复工程", "Project") in got, got
    # a centre named after such works is a body, no works
    got = pipeline_projects("支持建设汀江流域生态保护与修复工程技术研究中心。")
    assert not got, got


def test_projects_a_halls_exhibitions_renewed_are_works():
    from kg.extract import find_mentions

    got = {(m.text, m.type) for m in find_mentions("红军西路军纪念馆展陈提升工程完工，市博物馆陈列改造工程开工。")}
    assert ("红军西路军纪念馆展陈提升工程", "Project") in got, got


def test_projects_a_logistics_park_area_keeps_its_last_character():
    got = pipeline_projects("推进灵武物流园区、宁东物流中心建设，发展现代服务业。")
    assert "灵武物流园区" in got and "灵武物流园" not in got, got


def test_projects_a_plant_to_try_out_or_speed_up_its_products_is_at_work():
    works, firms = find_works_and_enterprises("国营洛阳农具厂要试制新式播种机，支援农业合作化。")
    assert "国营洛阳农具厂" in {c.key for c in firms} | {"国营" + c.key for c in firms} and not works, (works, firms)
    # a new plant's first product closes its building: still works
    works, firms = find_works_and_enterprises("洛阳轴承厂要在年内完成主要车间安装，争取第四季度试制出第一批轴承。")
    assert not firms, (works, firms)


def test_projects_a_list_whose_items_end_in_their_works_is_read_item_by_item():
    # the items end in the works done on them (技改, 扩能), so reading word by word stops at once
    got = found("白山卷材厂易地技改、松江铝业二期扩能、安平纸业搬迁改造等项目加快建设。")
    assert {"白山卷材厂易地技改", "松江铝业二期扩能", "安平纸业搬迁改造"} <= set(got)
    assert "白山卷材厂" not in got and "松江铝业二期" not in got


def test_projects_a_list_closed_by_its_count_of_works_gives_each_item():
    got = found("年内完成石门水库、东风引水渠和沙洲沿江防洪围堤三项工程，新增灌溉面积三千亩。")
    assert {"石门水库", "东风引水渠", "沙洲沿江防洪围堤"} <= set(got)
    assert not any(k.endswith("三项工程") for k in got)


def test_projects_a_counted_list_with_nothing_named_before_its_and_ends():
    # reading the list back across 和 found nothing more, which once looped for ever
    import subprocess
    import sys

    code = ("from kg.components.projects import find_projects; "
            "print(len(find_projects('加强管理和刘家峡两个电站。')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_projects_a_place_opening_with_he_at_an_items_start_keeps_it():
    # no 和 ("and") opens a clause or a list's item: there it opens a place's name (和田, 和静)
    got = found("加快昆玉河治理二期、和田昆冈水库和且末大石门水库扩建工程建设。和静巴音风电二期稳步推进。")
    assert {"和田昆冈水库", "和静巴音风电二期"} <= set(got)
    assert "田昆冈水库" not in got and "静巴音风电二期" not in got


def test_projects_the_works_done_on_a_named_facility_are_part_of_its_name():
    got = found("青山矿业东沟铁矿扩能改造全面完工；推进白河煤业北区煤矿智能化改造、宁远至石门铁路电气化改造。")
    assert {"青山矿业东沟铁矿扩能改造", "白河煤业北区煤矿智能化改造"} <= set(got)
    assert "青山矿业东沟铁矿" not in got and "白河煤业北区煤矿" not in got


def test_projects_plants_whose_output_grew_are_enterprises_at_work():
    from kg.extract import find_mentions

    got = {m.text: m.type for m in find_mentions("其中南华火柴厂、利群织布厂等合营后生产都有显著增长。")}
    assert got.get("南华火柴厂") == "Organization" and got.get("利群织布厂") == "Organization", got


def test_projects_restoration_works_on_a_named_ridge_or_a_mountains_flank_are_projects():
    got = pipeline_projects("太白山北麓生态保护修复工程通过验收。实施青峰岭山水林田湖草沙一体化保护修复工程。")
    assert {"太白山北麓生态保护修复工程", "青峰岭山水林田湖草沙一体化保护修复工程"} <= got


def test_projects_a_list_of_institutions_before_their_move_gives_each_moved():
    assert {"市四中迁建", "市六中迁建"} <= set(found("推进市四中、市六中迁建。"))
    assert "安宁二中迁建" in found("推进安宁二中迁建。")  # a middle school written short


def test_projects_streets_and_bridges_counted_after_their_list_are_each_a_project():
    got = found("修建胜利路、桂花路、八一路三条马路共四公里；新建清江上的东门桥、南渡桥两座钢筋混凝土桥梁。")
    assert {"胜利路", "桂花路", "八一路", "东门桥", "南渡桥"} <= set(got), got
    assert not found("坚持社会主义道路和资本主义道路两条道路的斗争。")  # a path, no road


def test_projects_heating_and_storm_sewer_networks_are_kinds_of_works():
    got = found("新建改造供热管网126公里、雨污管网46公里，改造中心城区地下管网30公里。")
    assert not any(k.endswith("管网") for k in got), got


def test_projects_a_hub_described_by_its_rank_or_role_is_no_project():
    got = found("加快建设全国性综合交通枢纽，打造现代化综合交通枢纽和国际门户枢纽。")
    assert not any(k.endswith("枢纽") for k in got), got
    assert "南宁国际空港综合交通枢纽" in found("南宁国际空港综合交通枢纽开工建设。")  # one with a place is one


def test_projects_verbs_of_rank_open_no_name():
    # 跻身 (ranks among), 突出 (stresses), 纳入 (is taken into) end the name on their left
    got = found("东阳国际陆港纳入国家物流枢纽，东阳跻身全国铁路枢纽，突出交通枢纽建设。")
    assert not any(("跻身" in k or "纳入" in k or "突出" in k) for k in got), got


def test_projects_expressways_named_by_initials_no_table_gives_with_their_status():
    # 邵坪: 邵阳 and a town no table holds; the status beside the road makes it one (and its list mates)
    got = found("加快邵永、武靖、邵坪高速建设，确保洞新高速新宁连接线竣工。")
    assert {"邵永高速", "武靖高速", "邵坪高速"} <= set(got), got
    assert "邵坪高速" in found("邵永、武靖和邵坪高速加快建设。")
    assert not found("加快全省高速建设，保持经济高速增长。")  # words, no initials


def test_projects_works_being_finished_end_the_name():
    got = found("加快临汾至吉县高速收尾、隰吉高速建设。")
    assert "临汾至吉县高速" in got and not any(k.endswith("收尾") for k in got), got


def test_projects_local_ownership_is_no_part_of_a_works_name():
    got = found("地方国营厦门罐头厂实罐车间扩建工程于八月建成投产。")
    assert "厦门罐头厂实罐车间扩建工程" in got, got


def test_projects_a_hospital_part_and_another_works_joined_by_and():
    got = found("开工建设市中心医院东院区和市第二人民医院迁建项目。")
    assert {"市中心医院东院区", "市第二人民医院迁建项目"} <= set(got), got


def test_projects_works_on_named_wetlands_listed_before_works_in_a_basin():
    got = found("实施玛曲黄河首曲湿地保护修复、碌曲尕海湿地综合治理、洮河流域山水林田湖草沙一体化保护和修复工程。")
    assert {"玛曲黄河首曲湿地保护修复", "碌曲尕海湿地综合治理", "洮河流域山水林田湖草沙一体化保护和修复工程"} <= set(got), got
    assert "洮州卫城保护利用工程" in found("加快洮州卫城保护利用工程建设。")  # a walled town's works


def test_projects_works_on_named_wetlands_are_no_programmes():
    from kg.extract import find_mentions

    text = "实施玛曲黄河首曲湿地保护修复、碌曲尕海湿地综合治理、洮河流域山水林田湖草沙一体化保护和修复工程。"
    assert not any("湿地" in m.key for m in find_mentions(text, region="623000") if m.type == "Programme")


def test_projects_trading_and_logistics_centres_being_built():
    got = pipeline_projects("加快宝庆现代物流园、邵东湘中物流中心建设。推进湘西南粮食物流中心建设。敦化冷链物流中心建成投用。")
    assert {"宝庆现代物流园", "邵东湘中物流中心", "湘西南粮食物流中心", "敦化冷链物流中心"} <= got, got
    assert not any(k.endswith("物流中心") for k in found("三是建设区域性商贸物流中心。加快驻马店保税物流中心建设。"))


def test_projects_a_nature_reserve_inside_a_works_name_is_no_verb():
    # 保护 before 区 makes the reserve's noun (自然保护区), not the verb that ends the name
    got = found("濮阳黄河湿地省级自然保护区生态修复工程通过验收。")
    assert "濮阳黄河湿地省级自然保护区生态修复工程" in got and "区生态修复工程" not in got, got


def test_projects_a_plant_named_by_its_part_of_town():
    # 城西污水处理厂: the sewage plant of the town's west, one plant (新建一批污水处理厂: a kind)
    assert "城西污水处理厂" in found("开工建设资江四桥和城西污水处理厂。")
    assert "城北污水处理厂" in found("开工建设城北污水处理厂。")
    assert not found("新建一批污水处理厂。")


def test_projects_parks_opened_to_the_public_are_works_done():
    got = found("旌湖湿地公园三期、东山森林公园北段向市民开放。")
    assert got.get("旌湖湿地公园三期") == "completed", got


def test_projects_works_at_full_output_are_done():
    got = found("比亚迪南宁基地二期、弗迪电池南宁动力电池项目实现满产。")
    assert got.get("比亚迪南宁基地二期") == "completed", got


def test_projects_a_substation_named_by_its_voltage_alone_is_a_class():
    # 建成220千伏变电站4座: substations of a voltage, counted; 500千伏济北输变电工程 and a line between two
    # places with its voltage are named
    got = found("建成220千伏变电站4座、110千伏变电站19座。开工建设500千伏济北输变电工程。")
    assert not any(k.startswith(("220", "110")) for k in got) and "500千伏济北输变电工程" in got, got
    assert "金上—湖北±800千伏特高压直流输电工程" in found("加快金上—湖北±800千伏特高压直流输电工程建设。")


def test_projects_a_works_named_before_its_units_ends_at_its_phase():
    # 益阳电厂二期|2台60万千瓦超临界机组: the units a capacity describes are no part of the works' name
    got = found("益阳电厂二期2台60万千瓦超临界机组建成投产。华亭煤制甲醇项目年产60万吨装置建成运行。")
    assert {"益阳电厂二期", "华亭煤制甲醇项目"} <= set(got), got
    assert not any("机组" in k or "装置" in k for k in got), got


def test_projects_what_a_works_makes_besides_after_and_is_no_works_of_its_own():
    # 比亚迪新能源汽车及零部件: one works (a common word after 及 opens no name); 以及 and a named item keep two
    got = found("加快建设比亚迪新能源汽车及零部件、隆基绿能光伏组件等项目。")
    assert "比亚迪新能源汽车及零部件" in got and "零部件" not in got, got
    got = found("南沿江城际配套工程及江阴至靖江长江隧道稳步推进。")
    assert "江阴至靖江长江隧道" in got, got


def test_projects_courting_and_bringing_about_open_no_name():
    # 促成|中联重科益阳工业园二期…建成投产, 招引|…项目落地: verbs before the list
    got = found("促成中联重科益阳工业园二期、艾华电子新厂区等一批项目建成投产。")
    assert "中联重科益阳工业园二期" in got and not any(k.startswith("促成") for k in got), got


def test_projects_the_built_part_of_a_health_centre_or_school():
    # 市妇幼保健院|门诊大楼建成, 迪庆州职业教育中心|实训大楼开工建设: the part is the works, not the body
    got = found("市中心医院外科大楼、市妇幼保健院门诊大楼建成投入使用。迪庆州职业教育中心实训大楼开工建设。")
    assert {"市妇幼保健院门诊大楼", "迪庆州职业教育中心实训大楼"} <= set(got), got
    assert "市妇幼保健院" not in got, got


def test_projects_on_the_basis_of_a_works_opens_no_list():
    # 在第一水厂扩建的|基础上谋划兴建第二水厂: 扩建的 here is no list's verb; 续修 opens a name
    got = found("自来水要在第一水厂扩建的基础上谋划兴建第二水厂，今年完成设计和征地。")
    assert "第二水厂" in got and not any(k.startswith("基础上") for k in got), got
    got = found("主要是：续修沿江路护岸工程第二期；翻修后河路、北门街等街道三公里。")
    assert not any(k.startswith("续修") for k in got), got


def test_projects_the_land_along_a_listed_line_is_no_part_of_its_name():
    got = found("着力抓好湘黔铁路沿线、包茂高速沿线环境整治。")
    assert "湘黔铁路" in got and "湘黔铁路沿线" not in got, got


def test_projects_a_body_builds_a_part_of_its_own():
    # 江门市人民医院|要新建|门诊大楼: the block is the works (named with its body), the hospital a body at work
    from kg.extract import find_mentions

    ms = find_mentions("卫生方面，江门市人民医院要新建门诊大楼，并增设妇产科和小儿科。", region="440700")
    assert {(m.type, m.key) for m in ms} >= {("Project", "江门市人民医院门诊大楼"), ("Organization", "江门市人民医院")}, ms
    assert "江门第一中学教学楼" in found("江门第一中学新建教学楼一座，可容纳十二个教学班。")
    assert not found("鸡西矿务局总医院扩建病房，增加病床二百张。")  # rooms added, no building


def test_projects_a_placed_project_of_its_own_under_a_weak_status():
    # 推进|延平区江南片区城市更新项目: a place and five characters of its own before 项目 name one project, even with
    # a weak status; a list joined by 和 before it (…水源地和东胜区…项目) does not
    assert "延平区江南片区城市更新项目" in found("推进延平区江南片区城市更新项目。")
    assert "全州光伏储能一体化项目" in found("加快全州光伏储能一体化项目建设。")
    assert not any("和" in k for k in found("加快准格尔旗大路水源地和东胜区疏干水综合利用项目建设。"))
    assert not found("加快东胜区重点项目建设。")


def test_projects_pumping_stations_of_irrigation_works():
    assert "梁家街排灌站" in found("续修穆棱河堤防八公里，兴建梁家街排灌站。")
    assert "平西扬水站" in found("今年要修建平西扬水站。")
    # several of a kind, or along a lake: no one station
    assert not found("东郊区新建电力排灌站二十一座。修建高塘湖、瓦埠湖沿岸排灌站三处。")


def test_mentions_do_not_open_with_the_last_character_of_a_verb():
    # 建设|好中缅油气管道, 编制|出江门市城市初步规划, 支援|着京广铁路: the character is the verb's
    from kg.extract import find_mentions

    ms = find_mentions("配合建设好中缅油气管道保山段。焦作的煤支援着京广铁路沿线的工业建设。", region="530500")
    keys = {m.key for m in ms}
    assert {"中缅油气管道保山段", "京广铁路"} <= keys and not any(k[0] in "好着" for k in keys), keys


def test_a_city_whose_name_ends_in_gang_after_words_of_its_own_is_no_port():
    got = pipeline_projects("建设更高水平的平安连云港、法治连云港。连云港港30万吨级航道二期工程建成。防城港港区扩建加快。")
    assert not [k for k in got if k in ("平安连云港", "法治连云港")], got
    assert "连云港港30万吨级航道二期工程" in got, got


def test_the_built_part_of_a_vocational_centre_written_short_is_the_works():
    got = pipeline_projects("朝阳市第二中学新校区、凌源市职教中心实训楼建成投用。")
    assert "凌源市职教中心实训楼" in got and "凌源市职教中心" not in got, got


def test_a_project_whose_works_are_written_before_xiangmu_is_named_by_its_company_or_district():
    got = pipeline_projects("华菱衡钢高端无缝钢管扩能改造项目、水口山有色金属集团铅锌冶炼技改项目顺利达产。"
                            "江海区礼乐旧村改造项目开工建设。推进江海区老旧小区改造项目。实施城区道路提升项目。")
    assert {"华菱衡钢高端无缝钢管扩能改造项目", "水口山有色金属集团铅锌冶炼技改项目", "江海区礼乐旧村改造项目"} <= got, got
    assert not [k for k in got if "老旧小区" in k or "城区道路" in k], got


def test_numbered_roads_by_their_bare_codes_listed_before_their_kind_are_each_a_project():
    got = pipeline_projects("改造G320、G207和S219、S312等国省干线公路412公里。全市有G105、G106等国道通过。")
    assert {"G320", "G207", "S219", "S312"} <= got, got
    assert not {"G105", "G106"} & got, got  # (no works on them)


def test_a_works_phase_and_a_conjunction_end_the_item_before_even_when_the_segmenter_glues_them():
    got = pipeline_projects("加快崆峒山大景区、泾川大云寺博物馆二期和平凉市博物馆新馆建设。")
    assert {"泾川大云寺博物馆二期", "平凉市博物馆新馆"} <= got, got
    assert not [k for k in got if "二期和" in k], got


def test_a_park_of_a_national_designation_is_a_protected_site_not_works():
    got = pipeline_projects("推动和顺古镇、腾冲火山国家地质公园等景区提质升级。建设宿鸭湖国家湿地公园。象湖湿地公园二期建成开放。")
    assert not [k for k in got if k.endswith("国家地质公园") or k.endswith("国家湿地公园")], got
    assert "象湖湿地公园二期" in got, got


def test_a_works_named_with_its_phase_is_a_project_not_a_programme():
    from kg.extract import find_mentions

    got = {m.text: m.type for m in find_mentions("今年要实施主城区水系连通一期工程，实施东湖新区二期路网和绿化工程。")}
    assert got.get("主城区水系连通一期工程") == "Project", got
    assert "Programme" not in got.values(), got


def test_a_phase_of_works_with_only_a_year_or_a_works_word_names_nothing():
    got = pipeline_projects("新港的第二期建港工程进展顺利，争取一九五七年第一期工程建成投产。完成西郊水厂扩建第二期工程。")
    assert not [k for k in got if k.startswith(("第二期", "一九五七年"))], got
    assert "西郊水厂扩建第二期工程" in got, got


def test_a_works_named_after_its_facility_runs_on_over_the_works_done_on_it():
    got = pipeline_projects("南山机场航站区改扩建加快推进，青龙河二期综合治理竣工。")
    assert {"南山机场航站区改扩建", "青龙河二期综合治理"} <= got, got


def test_engineering_in_a_products_name_is_no_head_of_the_works():
    got = pipeline_projects("华源化工20万吨/年高端工程塑料项目加快建设。")
    assert "华源化工20万吨/年高端工程塑料项目" in got, got


def test_a_city_road_named_with_a_common_word_is_one_road_in_a_list_of_roads():
    got = pipeline_projects("新修和改建道路三十公里，其中人民路东段、建设路、纺织路等主干道铺设了沥青路面。")
    assert "建设路" in got, got


def test_a_park_shown_hosting_firms_or_projects_is_the_setting_not_works():
    from kg.extract import find_mentions

    got = {m.text: m.type for m in find_mentions(
        "城东智能制造产业园、南湖科技园等片区新落地科技项目80个。临江县域经济产业园首批6家企业建成投产。")}
    assert got.get("城东智能制造产业园") != "Project" and got.get("临江县域经济产业园") != "Project", got
    got = pipeline_projects("开工建设南湖科技园，北山新材料产业园新建标准厂房10万平方米。")
    assert "南湖科技园" in got, got


def test_widening_is_part_of_a_roads_name_not_of_a_parks():
    from kg.extract import find_mentions

    got = {m.text for m in find_mentions("力争广巴高速扩容、G542旺苍至南江段开工。") if m.type == "Project"}
    assert "广巴高速扩容" in got, got
    got = {m.text for m in find_mentions("推动抚州数字经济产业园提质扩容、建设。") if m.type == "Project"}
    assert "抚州数字经济产业园提质扩容" not in got, got


def test_research_institutes_pushed_to_be_built_are_works():
    from kg.extract import find_mentions

    got = {m.text: m.type for m in find_mentions("推进广元市铝产业研究院、嘉陵江绿色发展研究院建设，新增高新技术企业30户。")}
    assert got.get("广元市铝产业研究院") == "Project" and got.get("嘉陵江绿色发展研究院") == "Project", got
    text = "富硒产业研究院牵头制定团体标准9项。推进富硒产业研究院建设。"  # named at work as well: a body
    got = [m.type for m in find_mentions(text) if m.text == "富硒产业研究院"]
    assert "Project" not in got, got


def test_a_branch_line_run_on_to_before_its_gas_flows():
    from kg.extract import find_mentions

    got = {m.text for m in find_mentions("220千伏输变电工程建成投运，西气东输天然气管道宿州支线通气。") if m.type == "Project"}
    assert "西气东输天然气管道宿州支线" in got, got


def test_a_citys_own_plant_named_by_its_product_alone_is_a_body_at_work():
    from kg.extract import find_mentions

    got = {m.text: m.type for m in find_mentions("商丘酒厂、市造纸厂、市砖瓦厂的产量都超额完成了计划。")}
    assert got.get("市造纸厂") == "Organization", got
    got = {m.text: m.type for m in find_mentions("全市造纸厂的产量都超额完成了计划。")}
    assert "全市造纸厂" not in got and "市造纸厂" not in got, got


def test_a_citys_own_hall_or_club_completed_is_works():
    from kg.extract import find_mentions

    got = {m.text: m.type for m in find_mentions("市人民会堂已竣工交付使用，市工人俱乐部年内建成。")}
    assert got.get("市人民会堂") == "Project" and got.get("市工人俱乐部") == "Project", got
    got = {m.text: m.type for m in find_mentions("市工人俱乐部要办好业余剧团。")}
    assert got.get("市工人俱乐部") != "Project", got


def test_serving_a_corridor_is_no_part_of_its_name():
    from kg.extract import find_mentions

    got = [m.text for m in find_mentions("主动服务西部陆海新通道和平陆运河建设，推进国际铁路港建设。") if m.type == "Project"]
    assert not any(t.startswith("主动服务") for t in got), got
