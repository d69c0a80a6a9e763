"""Programmes: quoted names by context, unquoted names by head noun, lexicon, filters, graph facts.

The sentences are written for these tests in the style of the reports, not copied from them.
"""

from __future__ import annotations

from kg.ids import entity_iri

import json

import pytest

from kg.components.programmes import find_programmes, load_jsonl

RKG = "https://w3id.org/report-kg/ontology#"


def found(text: str) -> dict[str, dict]:
    """key → attrs of the programmes found in ``text``."""
    return {c.key: c.attrs for c in find_programmes(text)}


def test_programmes_quoted_name_with_a_head_noun_after_it():
    got = found("大力实施“雏鹰计划”，完善“三链融合”协作机制，打造“527”产业体系。")
    assert set(got) == {"雏鹰计划", "三链融合协作机制", "527产业体系"}
    # the name as it is cited is the label; the key keeps the head as written
    assert got["三链融合协作机制"]["canonical"] == "三链融合"
    assert got["527产业体系"]["canonical"] == "527"


def test_programmes_quoted_name_after_a_programme_verb():
    assert set(found("深入推进“数智赋能”，扎实开展“银龄助学”。")) == {"数智赋能", "银龄助学"}


def test_programmes_quoted_term_without_verb_or_head_is_not_a_programme():
    assert found("这是一个“爆款”，游客称之为“网红打卡地”。") == {}


def test_programmes_coded_names_are_programmes_not_figures():
    got = found("“6+1”联动推进，“415X”集群营收增长，“双百20”持续发力。")
    assert {"6+1", "415X集群", "双百20"} <= set(got)


def test_programmes_415x_is_a_programme_and_not_a_figure_in_the_bundled_build(built):
    from rdflib import RDF, RDFS, Dataset, Literal, URIRef

    out, _ = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    progs = {str(o) for g in ds.graphs() for s in g.subjects(RDF.type, URIRef(RKG + "Programme"))
             for o in g.objects(s, RDFS.label)}
    assert "415X" in progs
    anchors = {str(o) for g in ds.graphs() for s in g.subjects(RDF.type, URIRef(RKG + "Observation"))
               for o in g.objects(s, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"))}
    assert not any(a.startswith("415") for a in anchors)
    assert Literal("415X") not in anchors


def test_programmes_chained_quotes_share_the_head_after_the_last():
    got = found("持续擦亮“湖畔书房”“乡村戏台”文化品牌。")
    assert set(got) == {"湖畔书房", "乡村戏台"}


def test_programmes_bare_and_headed_quoted_name_are_one_programme():
    keys = [c.key for c in find_programmes("推进“两山转化”工程，深化“两山转化”。")]
    assert keys == ["两山转化", "两山转化"]


def test_programmes_unquoted_name_runs_from_the_verb_to_the_head():
    got = found("实施城乡供水一体化提升行动，开展新一轮矿产资源找矿突破战略行动，深入实施海岛振兴工程。")
    assert set(got) == {"城乡供水一体化提升行动", "矿产资源找矿突破战略行动", "海岛振兴工程"}


def test_programmes_generic_classes_are_not_programmes():
    assert found("推进重大工程建设，安排重点项目300个，实施一批民生工程，新开工10项重大水利工程。") == {}


def test_programmes_enumeration_shares_the_head_noun():
    got = found("实施技能提升、创业扶持、岗位开发等计划。")
    assert set(got) == {"技能提升", "创业扶持", "岗位开发"}


def test_programmes_named_reform_but_not_a_field_of_reform():
    got = found("推进医药卫生综合改革，深化金融体制改革，完成机构改革。")
    assert set(got) == {"医药卫生综合改革"}


def test_programmes_lexicon_gives_canonical_key_english_and_scope():
    got = found("坚持实施科教兴国战略，深化千村示范、万村整治。")
    assert got["科教兴国战略"]["english"] == "Strategy of Invigorating China through Science and Education"
    assert got["科教兴国战略"]["scope"] == "national"
    assert got["千万工程"]["scope"] == "provincial"  # the alias resolves to the canonical name


def test_programmes_lexicon_short_forms_count_only_in_quotes():
    assert "两新" in found("加力实施“两新”政策。")
    assert found("加强两新组织党建工作。") == {}


def test_programmes_construction_goals_and_regional_brands():
    got = found("加快建设海洋强省，推进美丽浙江建设，但要加强省际合作。")
    assert set(got) == {"海洋强省", "美丽浙江"}


def test_programmes_five_year_plans_get_one_key_however_written():
    got = found("“十五五”规划开局之年，编制第十一个五年规划，回顾“九五”计划，“十五五”时期。")
    assert set(got) == {"十五五规划", "十一五规划", "九五计划"}


def test_programmes_numbered_policy_packages_and_documents():
    got = found("全面落实稳外贸18条政策，认真实施《湖南省乡村振兴促进条例》，观看《黑神话》。")
    assert set(got) == {"稳外贸18条政策", "湖南省乡村振兴促进条例"}


def test_programmes_stoplist_veto_and_negation():
    text = "坚持“三农”工作重中之重，新增“小巨人”企业30家，坚决防止“形象工程”，持续做好“一老一小”工作。"
    assert found(text) == {}


def test_programmes_a_project_on_the_same_words_is_not_a_programme():
    assert "南水北调工程" not in found("南水北调工程建设加快推进。")
    assert found("加快推进嘉兴港重大集疏运工程。") == {}


def test_programmes_pipeline_runs_after_places_organizations_and_events():
    from kg.nlp import PIPELINE

    names = [f for f, _ in PIPELINE]
    assert "kg_programmes" in names and "kg_projects" in names
    assert names.index("kg_programmes") < names.index("kg_projects")
    for other in ("kg_places", "kg_organizations", "kg_events"):
        if other in names:
            assert names.index(other) < names.index("kg_programmes")


def test_programmes_every_data_entry_says_where_it_came_from():
    from kg.components.programmes import DATA_DIR, PATTERN_DIR

    files = [DATA_DIR / "programmes.jsonl", DATA_DIR / "projects.jsonl",
             *sorted(PATTERN_DIR.glob("programme_*.jsonl")), *sorted(PATTERN_DIR.glob("project_*.jsonl"))]
    assert len(files) >= 8
    for f in files:
        entries = load_jsonl(f)
        assert entries, f
        assert all(e["source"].strip() for e in entries), f


def test_programmes_lexicon_entries_have_english_names_and_a_scope():
    from kg.components.programmes import DATA_DIR

    for line in (DATA_DIR / "programmes.jsonl").read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        assert e["english"].isascii() and (e["english"][0].isupper() or e["english"][0].isdigit()), e["name"]
        assert e["scope"] in ("national", "provincial", "local"), e["name"]


def test_programmes_a_data_line_without_source_is_a_data_error(tmp_path):
    from kg.errors import DataError

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"head": "工程", "use": "name"}\n', encoding="utf-8")
    with pytest.raises(DataError, match="source"):
        load_jsonl(bad, ("head",))


def test_programmes_graph_has_english_label_and_scope(built):
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import RDFS

    out, _ = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    node = entity_iri("programme", "八八战略")
    labels = {o for g in ds.graphs() for o in g.objects(node, RDFS.label)}
    assert Literal("Double-Eight Strategy", lang="en") in labels
    scopes = {str(o) for g in ds.graphs() for o in g.objects(node, URIRef(RKG + "scope"))}
    assert scopes == {"provincial"}


def test_programmes_verbs_inside_a_name_are_read_past_to_the_outer_verb():
    # made-up names: the inner verbs (深化, 提升, 发展) do not cut the name, the outer one opens it
    got = found("今年实施县域商贸深化提升行动，制定海洋牧场发展规划。")
    assert {"县域商贸深化提升行动", "海洋牧场发展规划"} <= set(got)
    # without an outer verb the name is not read past the inner one
    assert "坚决打好碧波保卫战" not in found("坚决打好碧波保卫战，")


def test_programmes_two_names_joined_by_he_are_two():
    got = found("实施乡村书屋和山区电影放映工程。")
    assert {"乡村书屋", "山区电影放映工程"} <= set(got)
    assert not any("和" in k for k in got)


def test_programmes_two_names_before_a_facility_are_left_to_projects():
    got = found("抓紧青山水利枢纽和东湖引水工程建设。")
    assert "青山水利枢纽" not in got and not any("和" in k for k in got)


def test_programmes_macro_policy_stances():
    got = found("实施更加积极的财政政策和稳健的货币政策，实行积极就业政策。")
    assert {"积极的财政政策", "稳健的货币政策", "积极的就业政策"} <= set(got)
    assert "更加积极的财政政策" not in got  # the stance, not its degree


def test_programmes_campaigns_named_by_slogans():
    got = found("要持久地开展勤俭办事、节约用电活动。")
    assert "勤俭办事、节约用电活动" in got


def test_programmes_lexicon_matches_across_quotation_marks():
    got = found("继续实行“米袋子”省长负责制。")
    assert "米袋子省长负责制" in got


def test_programmes_chief_officer_mechanisms_campaign_years_and_city_brands():
    from kg.components.programmes import find_programmes

    got = {c.key for c in find_programmes("全面推行路长制，开展“项目建设攻坚年”活动，建设平安长沙、法治长沙。")}
    assert {"路长制", "项目建设攻坚年", "平安长沙", "法治长沙"} <= got
    assert {c.key for c in find_programmes("反对家长制作风，推行首长制。")} == set()


def test_programmes_numbered_packages_are_not_counts_of_things():
    from kg.components.programmes import find_programmes

    def keys(text):
        return {c.key for c in find_programmes(text)}

    assert "55条" in keys("出台优化营商环境“55条”，落实到位。")
    assert {"民营经济32条政策", "金融16条"} <= keys("出台民营经济32条政策，落实金融16条。")
    assert not keys("新开加密集装箱航线22条，国际航线增至120条，首批40条授权事项全面落地。")


def test_programmes_construction_works_and_classes_are_no_programmes():
    assert found("加紧东湖排水工程的施工，炼油厂扩建工程部分投入生产，这些国家重点工程都要按期完成。") == {}
    assert "千万工程" in found("深化“千万工程”，实施强村富民工程")


def test_programmes_versioned_reforms_named_collectives_and_talent_plans():
    got = found("实施优化营商环境8.0版改革，推进中国—东盟自贸区3.0版建设，推出3.0版方案。")
    assert {"优化营商环境8.0版改革", "中国—东盟自贸区3.0版"} <= set(got) and "推出3.0版方案" not in got
    assert "乡村建设八大工程" in found("全面实施乡村建设八大工程")
    assert "三大战略" in found("统筹推进三大战略")  # a verb is no theme
    assert {"鹭英人才计划", "海纳人才计划"} <= set(found("实施“鹭英”人才计划和“海纳”人才计划"))
    assert found("引进“高精尖”人才2000名") == {}  # talents, not a programme


def test_programmes_integration_of_places_named_by_their_initials():
    got = found("推进宁镇扬一体化和厦漳泉同城化发展，深化城乡一体化，推进全国通关一体化和水风光一体化开发。")
    assert {"宁镇扬一体化", "厦漳泉同城化发展"} <= set(got)
    assert not {k for k in got if k.startswith(("城乡", "通关", "全国", "水风光"))}


def test_programmes_quoted_campaigns_before_activities_and_water_transfers():
    got = found("举办“味美江西”“畅游赣鄱”等系列促消费活动，开展“企业服务年”活动，举办“南昌购物节”等活动。")
    assert {"味美江西", "畅游赣鄱", "企业服务年"} <= set(got) and "南昌购物节" not in got  # a festival
    assert found("坚决反对和遏制“台独”分裂活动") == {}
    assert found("引江补汉工程前期工作有序推进") == {}  # a water transfer: construction
    assert "新型工业化" in found("深入推进新型工业化")


def test_programmes_no_facilities_transfers_or_single_characters():
    assert found("实施G3京台高速铜陵至黄山段、G4211宁芜高速改扩建等工程") == {}
    assert found("推进“宁电入湘”工程") == {}
    got = found("深化广清一体化，推进广佛全域同城化")
    assert {"广清一体化", "广佛全域同城化"} <= set(got) and "深化广清一体化" not in got


def test_programmes_quoted_terms_with_their_own_verbs_share_the_last_items_head():
    got = found("推动“老字号”改造升级、“原字号”深度开发、“新字号”培育壮大工程。")
    assert {"老字号改造升级", "原字号深度开发", "新字号培育壮大工程"} <= set(got)
    assert "老字号改造升级" not in found("推动“老字号”改造升级，支持企业发展。")


def test_programmes_building_works_named_by_their_trade_are_no_programmes():
    from kg.components.programmes import find_programmes

    got = {c.key for c in find_programmes("目前土建工程正在进行，完成了设备安装工程，前几年有些工程的设计落后，继续实施菜篮子工程。")}
    assert not any(k.endswith(("土建工程", "设备安装工程", "有些工程")) for k in got)
    assert "菜篮子工程" in got


def test_programmes_a_quoted_slogan_that_is_a_guideline_or_a_call_but_not_a_list_of_principles():
    got = found("贯彻“勤俭办厂”的方针，要根据“向技术进军”的号召积极发展，按照“统筹兼顾、全面安排”的方针。")
    assert {"勤俭办厂", "向技术进军"} <= set(got)
    assert not any("统筹兼顾" in k for k in got)


def test_programmes_works_on_a_named_place_are_not_programmes():
    got = found("推进竹银水库扩容和西水东调工程。实施野狸岛公园升级改造工程、毗卢寺保护展示工程和保泉补源工程。"
                "实施乡村建设行动，推进“千万工程”。")
    assert not {"西水东调工程", "野狸岛公园升级改造工程", "毗卢寺保护展示工程", "保泉补源工程"} & set(got)
    assert "千万工程" in got


def test_a_quoted_name_of_a_fair_or_a_talent_meeting_is_no_programme():
    got = found("办好“才聚江城”对接会，举办“鲜美江城”美食季，完善“断路、断电、断网”极端情况应急预案。实施“江城英才”计划。")
    assert not {"才聚江城", "鲜美江城", "断路、断电、断网"} & set(got)
    assert "江城英才计划" in got or "江城英才" in got


def test_programmes_a_quoted_rule_or_system_and_quoted_terms_before_zhidu_or_zhishi():
    got = found("推行“劳卫制”体育锻炼，落实发展技术的“四项紧急措施”。推行包工、包产的“三包”制度，贯彻“三好”指示。")
    assert {"劳卫制", "四项紧急措施", "三包制度", "三好指示"} <= set(got), got
    assert not found("他们称之为“第二制”。")


def test_programmes_an_engineering_department_is_no_works():
    assert not [k for k in found("江城大学工程物理系今年招生，江城工学院机械工程系扩大招生。") if k.endswith("工程")]


def test_programmes_works_counted_or_steps_of_building_are_no_programme():
    from kg.components.projects import find_projects

    text = ("钢铁公司的轧钢厂、无缝钢管厂和第七号炼铁炉，这三大工程已经开工；我市国家重点工程进展顺利；"
            "矿山的井下开拓工程和拦河坝的混凝土浇筑工程全面展开。实施文旅融合“十大工程”。")
    got = found(text)
    assert not {"三大工程", "我市国家重点工程", "井下开拓工程", "混凝土浇筑工程"} & set(got)
    assert "十大工程" in got  # quoted, a programme's own name
    assert not {"三大工程", "我市国家重点工程"} & {c.key for c in find_projects(text)}


def test_programmes_joining_or_applying_is_no_part_of_the_name():
    got = found("深度融入长株醴国家自主创新示范区建设，主动对接青禾协同发展示范区，积极申报清溪生态文明先行示范区。")
    assert not [k for k in got if k.startswith(("深度", "融入", "主动", "对接", "积极", "申报"))], got


def test_programmes_lexicon_campaigns_of_the_1950s_by_their_names_not_their_activities():
    got = found("坚决贯彻党在过渡时期的总路线，推行三包一奖制度，开展扫除文盲运动，一年内扫除文盲一万一千人。")
    assert {"过渡时期总路线", "三包一奖", "扫盲运动"} <= set(got), got
    text = "开展扫除文盲运动，一年内扫除文盲一万一千人。"
    assert [text[c.start : c.end] for c in find_programmes(text)] == ["扫除文盲运动"]  # (the activity is none)


def test_programmes_a_red_line_kept_is_no_programme_but_the_named_one_is():
    assert "十八亿亩耕地红线" not in found("严守耕地保护红线，稳定粮食播种面积。")
    assert "十八亿亩耕地红线" in found("坚守18亿亩耕地红线。")


def test_programmes_no_pair_of_places_quoted_alone_and_no_civil_works_of_a_plant():
    got = found("举办“柳州—广州”“柳州—深圳”等专题招商推介活动24场，巩固“郑州—卢森堡”空中丝绸之路。"
                "洗煤厂的主厂房和储煤仓土建工程已完成百分之六十五。")
    assert "郑州—卢森堡" in got and not any(k.startswith("柳州") or k.endswith("厂房") or "土建" in k for k in got), got


def test_programmes_things_counted_by_tiao_are_no_policy_package():
    got = found("做强12条重点产业链，培育农业产业链10条以上。打造乡村振兴示范带18条，挖排水沟渠86条，使农田保收。"
                "落实民营经济32条政策。")
    assert "民营经济32条政策" in got, got
    assert not any(k.endswith(("12条", "10条", "18条", "86条")) for k in got), got


def test_programmes_a_days_code_and_a_places_title_are_no_programme():
    got = found("全面完成“7·20”灾后水毁工程修复。擦亮“长寿之乡”“武术之乡”金字招牌。深化“最多跑一次”改革。")
    assert got and not any("7·20" in k or "之乡" in k or "水毁" in k for k in got), got


def test_programmes_works_built_along_rivers_are_no_programme():
    assert not found("要在清河、白河沿岸兴修排灌工程，新开排水干渠三条。")


def test_programmes_a_quoted_product_of_a_place_is_a_brand_not_a_programme():
    got = found("做强“梅州柚”“嘉应茶”“平远脐橙”等区域公用品牌，打响“桂林米粉”品牌。实施“苏米”品牌提升行动。"
                "推动“千亿斤粮食”产能建设工程。")
    assert not {"梅州柚", "嘉应茶", "平远脐橙", "桂林米粉"} & set(got), got
    assert {"苏米", "千亿斤粮食"} <= {a["canonical"] for a in got.values()}, got  # (a programme's head after them)


def test_programmes_a_works_put_into_a_plan_and_a_birthplace_title_are_no_programme():
    from kg.components.projects import find_projects

    text = "推动大连先进光源纳入国家重大科技基础设施规划，争取更多项目纳入国家能耗单列清单。擦亮“李白故里”“董永故里”文旅品牌。"
    got = found(text)
    assert not any("纳入" in k or "故里" in k or k.endswith(("规划", "清单")) for k in got), got
    assert "大连先进光源" in {c.key for c in find_projects(text)}


def test_programmes_a_name_that_takes_a_works_status_is_no_programme():
    text = ("金海化工技改工程加快建设，青龙湾海底光缆工程建成投运，东湖公园提档升级、滨河路改造工程完工。"
            "深入实施“青蓝”工程，推进乡村建设行动。")
    keys = {c.key for c in find_programmes(text)}
    assert not keys & {"金海化工技改工程", "青龙湾海底光缆工程", "东湖公园提档升级"}, keys
    assert "乡村建设行动" in keys and any("青蓝" in k for k in keys), keys


def test_programmes_the_parts_of_a_works_make_it_construction():
    text = "完成了西郊雨水排放工程、沙河护岸工程和主井通风系统改造工程，开始了机修车间扩建工程。"
    keys = {c.key for c in find_programmes(text)}
    assert not any(k.endswith("工程") for k in keys), keys


def test_programmes_a_rank_of_firms_counted_is_no_mention_of_the_programme():
    keys = {c.key for c in find_programmes("新增专精特新“小巨人”企业12家、“专精特新”中小企业45家。")}
    assert not any("专精特新" in k for k in keys), keys
    keys = {c.key for c in find_programmes("推动中小企业走专精特新发展之路。")}
    assert any("专精特新" in k for k in keys), keys


def test_programmes_campaigns_of_the_1950s_by_the_words_the_reports_use():
    got = found("在肃清反革命分子的斗争中取得了很大成绩，全市私营工商业实现了全行业公私合营。")
    assert {"肃反运动", "公私合营"} <= set(got), got


def test_programmes_no_campaign_year_in_a_yearly_output_nor_counted_works_of_a_plant():
    got = found("大量建设年产三十万吨以下的中小型矿井，开展项目建设攻坚年活动。"
                "锻工车间、制粉楼扩建和市砖瓦厂轮窑三项工程先后建成投产，实施幸福美好生活十大工程。")
    assert "项目建设攻坚年" in got and "幸福美好生活十大工程" in got, got
    assert not [k for k in got if k.endswith("建设年") or "三项工程" in k or "扩建" in k], got


def test_a_layout_counted_by_its_parts_is_a_programme_but_not_when_rejected():
    got = found("着力构建以中心城市为核心、腾冲和龙陵为两翼的“一核两翼”开放发展格局。“一区五园”格局初步形成。")
    assert {"一核两翼", "一区五园"} <= set(got), got
    # a dominance to break is no plan; nor is a list of quoted terms the text rejects, each of them
    got = found("打破“一煤独大”格局。我们坚决反对任何形式的“两个中国”、“一中一台”或“一国两府”。文化上“一穷二白”。")
    assert not got, got


def test_programmes_slogans_of_a_counted_quoted_list_and_models_named_by_their_place():
    keys = lambda s: {c.key for c in find_programmes(s)}
    got = keys("大力实施“工业强市、城镇带动、交通先行、科教兴市”四大战略，全力以赴抓项目。")
    assert {"工业强市", "城镇带动", "交通先行", "科教兴市"} <= got, got
    got = keys("实施保护性耕作，“龙江模式”“海伦模式”在全省推广，推广“梨树模式”，探索“新模式”“发展模式”。")
    assert {"龙江模式", "海伦模式", "梨树模式"} <= got and not {"新模式", "发展模式"} & got, got


def test_programmes_a_negative_verb_read_as_a_noun_and_joined_by_and_negates_nothing():
    got = found("持续开展河道综合整治和“清五乱”专项行动，坚决整治“四风”问题。")
    assert "清五乱专项行动" in got, got
    assert "四风" not in got, got


def test_programmes_a_long_quoted_list_of_slogans_named_by_its_head():
    got = found("全面实行“一名领导、一个专班、一套方案、一抓到底”推进机制。")
    assert any(k.startswith("一名领导、一个专班、一套方案、一抓到底") for k in got), got
    # without a head a long quoted sentence is no name
    assert found("提出“一名领导、一个专班、一套方案、一抓到底”。") == {}


def test_programmes_a_brand_theme_begins_at_a_word_not_inside_one():
    from kg.components.programmes import find_programmes

    assert [c.key for c in find_programmes("奋力推进现代化新湘潭建设，谱写新篇章。")] == []
    assert [c.key for c in find_programmes("推进平安江苏、法治江苏建设。")] == ["平安江苏", "法治江苏"]


def test_programmes_a_works_bureau_is_no_programme_and_together_with_opens_no_name():
    from kg.extract import find_mentions

    got = {(m.type, m.text) for m in find_mentions("要会同钱塘江海塘工程局加固七堡至九堡段海塘。")}
    assert ("Organization", "钱塘江海塘工程局") in got, got
    assert not [t for t, _x in got if t == "Programme"], got


def test_programmes_clean_heating_alone_is_a_practice_the_northern_winter_programme_is_named():
    assert "北方地区冬季清洁取暖" in found("全面实施散煤综合治理，推进北方地区冬季清洁取暖，完成以电代煤300万户。")
    assert "北方地区冬季清洁取暖" not in found("积极稳妥推进碳达峰碳中和，推广清洁取暖，完成农村清洁取暖改造3.2万户。")


def test_programmes_a_quoted_name_before_a_word_for_whom_and_a_head_a_word_later():
    assert "春雁人才支持计划" in found("实施“头雁”“春雁”人才支持计划，引进人才。")
    assert "十百千企业培育工程" in found("实施“十百千”企业培育工程，培育骨干企业。")
    # a quoted class of firms before the projects they invest in is no programme
    assert not found("全年引进“三类500强”企业投资项目20个以上。")


def test_programmes_a_quoted_name_the_work_is_framed_by_after_yi():
    for text, name in [("以“富民强市”为目标，深入实施四大战略。", "富民强市"),
                       ("（一）以“项目建设推进年”为抓手，全力扩大有效投资。", "项目建设推进年"),
                       ("以“一枢纽、两示范、三中心”为总体布局，着力扩大有效需求。", "一枢纽、两示范、三中心")]:
        assert name in found(text), (text, found(text))
    # a focus or a theme names no programme
    assert found("以“一老一小”为重点完善人口服务体系。") == {}
    assert found("以“冰雪同梦、亚洲同心”为主题，举办亚冬会。") == {}


def test_programmes_the_siting_plan_of_a_facility_is_no_programme():
    from kg.extract import find_mentions

    got = {(m.type, m.text) for m in find_mentions("启动防城港通用机场规划选址工作。")}
    assert ("Project", "防城港通用机场") in got and not any(t == "Programme" for t, _ in got), got


def test_programmes_the_socialist_transformation_of_the_1950s_is_known():
    got = {c.key for c in find_programmes("基本完成对私营工商业和手工业的社会主义改造。")}
    assert "社会主义改造" in got, got


def test_programmes_the_consumer_goods_trade_in_is_named_with_its_goods():
    from kg.extract import find_mentions

    got = {m.text for m in find_mentions("加力扩围实施消费品以旧换新，带动汽车、家电销售。") if m.type == "Programme"}
    assert "消费品以旧换新" in got, got  # the mention keeps its goods, as the report names it


def test_programmes_a_known_programme_quoted_before_other_words_is_named_by_the_quote():
    from kg.extract import find_mentions

    got = {m.text for m in find_mentions("粮食统购统销在“三定”到户的基础上顺利完成。") if m.type == "Programme"}
    assert "三定" in got, got
    got = {m.text for m in find_mentions("深入实施国资国企改革深化提升行动。") if m.type == "Programme"}
    assert "国资国企改革深化提升行动" in got, got


def test_programmes_known_programmes_named_by_the_first_words_of_a_list_sharing_a_head():
    from kg.extract import find_mentions

    got = {(m.text, m.type) for m in find_mentions("持续打好蓝天、碧水、净土保卫战，空气质量稳步改善。")}
    assert {("蓝天", "Programme"), ("碧水", "Programme"), ("净土保卫战", "Programme")} <= got, got
    keys = {c.key for c in find_programmes("持续打好蓝天、碧水、净土保卫战。")}
    assert {"蓝天保卫战", "碧水保卫战", "净土保卫战"} <= keys, keys
    # an item the lexicon does not know with that head names none
    assert not {"白云保卫战"} & {c.key for c in find_programmes("打好白云、碧水、净土保卫战。")}


def test_programmes_the_theme_education_named_alone_and_not_by_the_verbs_before_it():
    keys = {c.key for c in find_programmes("巩固拓展主题教育成果，深入开展主题教育成果巩固工作。")}
    assert "主题教育" in keys and "拓展主题教育" not in keys, keys


def test_programmes_a_contiguous_poor_areas_plan_is_one_programme():
    got = found("湘西被纳入国家武陵山片区区域发展与扶贫攻坚规划，实施秦巴山片区区域发展与扶贫攻坚规划项目。")
    assert {"武陵山片区区域发展与扶贫攻坚规划", "秦巴山片区区域发展与扶贫攻坚规划"} <= set(got)
    assert "扶贫攻坚规划" not in got


def test_programmes_pairings_named_by_two_provinces_abbreviations():
    from kg.components.programmes import find_programmes

    keys = {c.key for c in find_programmes("深化闽宁协作，推进沪滇合作、苏陕协作和沪宁对口合作。")}
    assert {"闽宁协作", "沪滇合作", "苏陕协作", "沪宁对口合作"} <= keys, keys
    keys = {c.key for c in find_programmes("加强区域合作，推动省市协作，深化京津冀合作。")}
    assert not any(k.endswith(("合作", "协作")) for k in keys), keys


def test_programmes_a_places_ecological_compensation_mechanism():
    from kg.components.programmes import find_programmes

    keys = {c.key for c in find_programmes("深化新安江流域生态补偿机制，完善大别山区水环境生态补偿机制。")}
    assert {"新安江流域生态补偿机制", "大别山区水环境生态补偿机制"} <= keys, keys


def test_programmes_a_list_of_single_words_shares_the_name():
    from kg.components.programmes import find_programmes

    got = {c.key for c in find_programmes("持续开展大气、水、土壤污染防治攻坚行动。推进玉米、大豆单产提升工程。")}
    assert {"大气、水、土壤污染防治攻坚行动", "玉米、大豆单产提升工程"} <= got, got
    got = {c.key for c in find_programmes("今年要完成南山、北山绿化工程。")}
    assert "南山、北山绿化工程" not in got, got  # places, each with works of its own


def test_a_works_named_with_its_size_is_no_programme():
    from kg.extract import find_mentions

    got = {m.text: m.type for m in find_mentions("开工建设百万吨级煤制烯烃综合利用示范工程，实施千村百镇示范工程。")}
    assert got.get("百万吨级煤制烯烃综合利用示范工程") != "Programme", got
    assert got.get("千村百镇示范工程") == "Programme", got


def test_a_known_programme_followed_by_a_count_of_dwellings_is_the_works_counted():
    from kg.extract import find_mentions

    got = [m.text for m in find_mentions("完成农村危房改造6800户、棚户区改造1.2万套。") if m.type == "Programme"]
    assert not got, got
    got = [m.text for m in find_mentions("深入推进棚户区改造，加快农村危房改造。") if m.type == "Programme"]
    assert {"棚户区改造", "农村危房改造"} <= set(got), got


def test_a_list_of_buildings_and_roads_closed_by_works_is_no_list_of_programmes():
    got = {c.key for c in find_programmes("启动综合服务中心、标准化厂房二期、沱河路等工程，加快园区建设。")}
    assert not got & {"综合服务中心", "标准化厂房二期", "沱河路"}, got
    got = {c.key for c in find_programmes("深入实施科技创新、人才强市、开放带动等工程。")}
    assert {"科技创新", "人才强市", "开放带动"} <= got, got


def test_works_on_irrigation_districts_rivers_and_trunk_roads_are_no_programmes():
    text = ("G206、G311等国省干线改造工程相继完工。唐河、奎河清淤工程顺利推进。"
            "启动大中型灌区续建配套与节水改造工程。")
    got = {c.key for c in find_programmes(text)}
    assert not got & {"国省干线改造工程", "奎河清淤工程", "大中型灌区续建配套"}, got


def test_equipment_renewal_and_consumer_trade_in_are_two_programmes():
    got = {c.key for c in find_programmes("持续实施大规模设备更新和消费品以旧换新，扩大有效投资。")}
    assert {"大规模设备更新", "以旧换新"} <= got, got
    assert "大规模设备更新和消费品以旧换新" not in got, got
