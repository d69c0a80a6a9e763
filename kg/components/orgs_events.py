"""Organisations and events: ``kg_organizations`` and ``kg_events``.

**Organisations** (label ``Organization``):

- the curated lexicon ``kg/data/organizations.jsonl``: central Party and state organs (国务院,
  全国人大, 党中央 …), people's organisations (共青团, 工会 …), international organisations
  (联合国, 上海合作组织 …), and the short forms a local report uses for its own organs (省委,
  省人大, 政协 …), which resolve to the report's region (省人大 in a Zhejiang report is
  浙江省人民代表大会; 人大 in a State Council report is 全国人民代表大会). 国务院 and 省人民政府 share
  the key of the issuing government that :func:`kg.graph.add_report` writes (``government-ADCODE``);
- names ending in a head noun (``kg/patterns/org_heads.jsonl``: …大学, …集团, …银行, …博物馆,
  …交易中心), read leftwards to the verb or punctuation that opens the phrase; a name made only of
  generic modifiers (``generic_modifiers.jsonl``: 高水平大学, 商业银行, 国家一级博物馆) is a class,
  not an organisation.

**Events** (label ``Event``):

- plenary sessions (二十届二中全会, and each of 十八届三中、四中、五中、六中全会), Party congresses
  (党的二十大, 中国共产党第十九次全国代表大会), sessions of the NPC (十二届全国人大五次会议), central
  work conferences (中央经济工作会议), named typhoons (成功应对“贝碧嘉”“普拉桑”等台风), earthquakes
  named by their place (汶川特大地震) and anniversary celebrations (…成立70周年庆祝活动);
- names ending in a head noun (``kg/patterns/event_heads.jsonl``: …论坛, …峰会, …博览会, …大会,
  …运动会); games and expos that are names by themselves (奥运会, 残奥会, 世博会) need nothing before
  them. A leading ordinal or year is part of the mention but not of the key (第六届世界佛教论坛 →
  世界佛教论坛).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp import add_mention
from kg.places import CHINA, admin_table
from kg.components.programmes import is_cjk, strip_quotes
from kg.components.places import (
    word_freq,
    _BOUNDARY_FLAGS,
    DATA_DIR,
    DATE_CODE,
    MONTH,
    CLAUSE_END,
    PUNCT,
    clause_bounds,
    clause_start,
    opaque_spans,
    segment,
    cuts_a_word,
    doc_region,
    doc_text,
    find_places,
    first_char_index,
    head_regex,
    head_table,
    is_generic,
    load_jsonl,
    name_start,
    opaque_mask,
    region_division,
    strip_ordinal,
    word_list,
)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    label: str  # Organization or Event
    key: str
    attrs: tuple[tuple[str, object], ...] = ()


def _freeze(attrs: dict) -> tuple[tuple[str, object], ...]:
    return tuple(sorted((k, v) for k, v in attrs.items() if v is not None))


# --------------------------------------------------------------------------- organisations


@dataclass(frozen=True)
class OrgEntry:
    name: str
    aliases: tuple[str, ...]
    english: str | None
    scope: str  # national, international, regional
    template: str | None  # regional: canonical name made from the region's name
    national: str | None  # regional: the national organ it means in a State Council report
    kind: str | None = None  # enterprise: a company, whose plants are projects (比亚迪襄阳产业园)


@lru_cache(maxsize=1)
def org_lexicon() -> tuple[OrgEntry, ...]:
    rows = load_jsonl(DATA_DIR / "organizations.jsonl", ("name", "scope"))
    return tuple(
        OrgEntry(r["name"], tuple(r.get("aliases", ())), r.get("english"), r["scope"], r.get("template"),
                 r.get("national"), r.get("kind"))
        for r in rows
    )


def government_key(adcode: str) -> str:
    """The key of a government's Organization node (the IRI :func:`kg.graph.add_report` uses)."""
    return f"government-{adcode}"


@lru_cache(maxsize=64)
def _org_forms(region: str, region_name: str | None = None) -> tuple[dict[str, tuple[str, dict]], int]:
    """form → (key, attrs) for the lexicon, resolved for one region; ``region_name``: the name the report
    gives its region when the table's differs (屯溪市, a city of its time that is 屯溪区 today)."""
    home = region_division(region)
    national = {e.name: e for e in org_lexicon() if e.scope != "regional"}
    forms: dict[str, tuple[str, dict]] = {}

    def entry_key(e: OrgEntry) -> tuple[str, dict]:
        attrs = {"canonical": e.name, "english": e.english, "scope": e.scope}
        if e.name == "国务院":
            return government_key(CHINA.adcode), attrs
        return e.name, attrs

    for e in org_lexicon():
        if e.scope == "regional":
            if home is CHINA:
                if not e.national or e.national not in national:
                    continue
                key, attrs = entry_key(national[e.national])
            else:
                # in a city's or county's report 省委 and 省政府 are its province's, not its own
                own = (admin_table().province_of(home) or home) if e.name.startswith("省") else home
                named = region_name if own is home and region_name else own.name  # (市委 of 屯溪市: 中共屯溪市委员会)
                canonical = e.template.format(name=named)
                key = government_key(own.adcode) if canonical == f"{named}人民政府" else canonical
                attrs = {"canonical": canonical, "english": e.english, "scope": "regional", "region": own.adcode}
        else:
            key, attrs = entry_key(e)
        extra = ()
        if e.scope == "regional" and home is not CHINA and canonical.startswith("中共") and canonical.endswith("委员会"):
            extra = (canonical[:-2], canonical[2:-2])  # 中共湖北省委, 湖北省委: the party committee's short forms
        if e.scope == "regional" and home is not CHINA:
            extra += (canonical,)  # 我代表杭州市人民政府: the full name too
        for f in (e.name, *e.aliases, *extra):
            forms.setdefault(f, (key, attrs))
    return forms, max(map(len, forms))


#: 工会、妇女儿童、红十字会、供销社等事业: an enumeration of fields of work, not of bodies
_FIELDS = re.compile(r"(?:、[^，。；、\n]{1,8})*等(?:事业|工作|领域|方面)")


#: two ASCII letters or digits in a row: a form may not begin or end inside such a run (G20 in G202)
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]{2}")


def _in_alnum_run(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` begin or end inside a run of ASCII letters and digits (G20 in G202国道)?"""
    return bool(_ALNUM_RUN.fullmatch(text[end - 1 : end + 1]) or (start and _ALNUM_RUN.fullmatch(text[start - 1 : start + 1])))


def lexicon_orgs(text: str, region: str, mask=None, region_name: str | None = None) -> list[Hit]:
    """Organisations of the lexicon, longest form first at each position (cached per text)."""
    return list(_lexicon_orgs(text, region, region_name))


@lru_cache(maxsize=64)
def _org_lengths(region: str, region_name: str | None = None) -> dict[str, tuple[int, ...]]:
    return first_char_index(_org_forms(region, region_name)[0])


@lru_cache(maxsize=4)
def _lexicon_orgs(text: str, region: str, region_name: str | None = None) -> tuple[Hit, ...]:
    forms, _ = _org_forms(region, region_name)
    lengths = _org_lengths(region, region_name)
    mask = opaque_mask(text)
    out: list[Hit] = []
    i, n = 0, len(text)
    while i < n:
        for L in lengths.get(text[i], ()):
            f = text[i : i + L]
            if len(f) < L or f not in forms or mask[i]:
                continue
            if cuts_a_word(text, i, i + L, forms) and not text.startswith(("官兵", "委员"), i + L):
                continue  # 武警|官兵: not 警官; 州政协|委员: a member of the body (the segmenter reads 政协委员)
            if f.endswith("部") and text[i + L : i + L + 1] == "门":
                continue  # 铁道部门: the railway departments, not 铁道部
            if _in_alnum_run(text, i, i + L):
                continue  # G202国道: a road's code, not G20
            key, attrs = forms[f]
            if attrs.get("scope") == "international" or not _FIELDS.match(text, i + L):
                out.append(Hit(i, i + L, "Organization", key, _freeze(attrs)))
            i += L
            break
        else:
            i += 1
    return tuple(out)


def has_proper_part(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> bool:
    """Does ``text[start:end]`` hold a proper name: a place or lexicon name, a quoted term, Latin
    letters, or a word the tagger takes for a proper noun (吴越, 浙商)?"""
    if any(start <= s and e <= end for s, e in protected) or re.search(r"[“”《》A-Za-z]", text[start:end]):
        return True
    return any(flag in ("nr", "ns", "nt", "nz", "nrt", "nrfg", "j") for _w, flag, _s, _e in segment(text[start:end]))


#: laboratories of a level, named by their field (碳基材料省实验室, 海洋能源与资源国家重点实验室)
_FIELD_LAB_HEADS = frozenset({"省实验室", "全国重点实验室", "国家重点实验室"})


#: the name of a central body before its head: 中央, 中央民族, 中央实验 (not 中央和地方)
_CENTRAL = re.compile(r"中央[\u4e00-\u9fff]{0,4}")


def head_orgs(text: str, protected: list[tuple[int, int]], mask=None) -> list[Hit]:
    mask = mask if mask is not None else opaque_mask(text)
    needs_proper = {r["head"] for r in head_table("org_heads.jsonl") if r.get("proper")}
    titled_heads = {r["head"] for r in head_table("org_heads.jsonl") if r.get("titled")}
    not_before = {r["head"]: tuple(r["not_before"]) for r in head_table("org_heads.jsonl") if r.get("not_before")}
    out = []
    for m in head_regex("org_heads.jsonl").finditer(text):
        hs, he = m.span()
        if mask[hs] or any(s <= hs and he <= e for s, e in protected) or head_is_verb(text, hs, he):
            continue
        if text.startswith(not_before.get(m.group(), ()), he):
            continue  # 化学工业部门: a sector, not the ministry
        start = name_start(text, hs, protected, max_len=16, conj=False)
        start = _past_modifier(text, start, hs, protected)
        if m.group().endswith("实验室") and start > 2 and text[start - 1] == "与" and hs - start >= 2:
            left = name_start(text, start - 1, protected, max_len=10, conj=False)
            if start - 1 - left >= 2 and not is_generic(text[left : start - 1]):
                start = left  # 极端光学与光量子器件省实验室: a laboratory's field may hold 与
        inner = text.rfind(m.group(), start, hs)
        if inner >= 0:  # 博物馆晋级国家一级博物馆: a name does not hold its own head
            start = inner + len(m.group())
        name = text[start:hs]
        if m.group() in _FIELD_LAB_HEADS and len(name) < 3:
            continue  # 新建省实验室: a laboratory is named by its field
        central = m.group() not in needs_proper and _CENTRAL.fullmatch(name)  # 中央乐团: a central body is named so
        titled = m.group() in titled_heads and len(name) >= 4 and all(is_cjk(c) for c in name) \
            and not re.search(r"[的和及与各些]|一批|许多|地方|有关|所属", name)  # 人民文学出版社: a title of common words
        # 组建市能源投资集团, 市投资集团, 市文旅集团: the city's own group, named by its field
        own = _own_group(name, m.group())
        if not own and (j := _own_group_start(text, start, hs, m.group())) is not None:
            start, name, own = j, text[j:hs], True  # 组建市城市建设投资集团: the reading stopped at 建设
        own = own or _scope_institution(name + m.group())  # 市图书馆, 市人民医院
        farm = _STATE_FARM_BEFORE.search(text, max(0, hs - 7), hs) if m.group() in _FARMS else None
        if farm and _state_farm(farm.group(), m.group()):
            start, name, own = farm.start(), farm.group(), True  # 国营|暖泉|农场: the tagger split the name
        if not central and not titled and not own and (len(name) < 2 or (is_generic(name) and not admin_table().lookup(name))):
            # (新乡|专员公署: a place's name, though its characters are common words)
            g = _national_start(text, hs, hs)  # 国家智能网联汽车创新中心: the tagger stopped inside
            if g is None or not 4 <= hs - g <= 14 or is_generic(text[g:hs]):
                continue
            start, name = g, text[g:hs]
        else:
            g = _national_start(text, start, hs)  # 国家先进存储产业创新中心: stopped at 先进
            if g is not None:
                start, name = g, text[g:hs]
        if re.search(r"直属|所属|下属|部属|省属|市属|县属", name):
            continue  # 教育部直属师范大学: bodies under an organ, a kind, not one body
        own = _own_group(name, m.group()) or _scope_institution(name + m.group()) \
            or _state_farm(name, m.group())  # (the name may now start at 国家)
        if m.group() in needs_proper and not titled and not own and not has_proper_part(text, start, hs, protected):
            continue  # 资产管理公司, 公共图书馆: a kind of body, not one
        if m.group().endswith("学校") and not any(a == start and b - a >= 2 for a, b in protected):
            continue  # a school is named after its place (武汉粮食学校); 师范学校, 朝鲜族学校: kinds
        full = strip_ordinal(text[start:he])
        behalf = _ON_BEHALF.match(full)
        if behalf and len(full) - behalf.end() >= 4:  # 我代表辽宁省人民委员会: the speaker's words
            full = full[behalf.end() :]
        out.append(Hit(he - len(full), he, "Organization", full, _freeze({"canonical": full})))
    return out


#: one-character words the tagger reads as verbs or morphemes that are never inside a body's name: verbs
#: and prepositions of the clause (…学院设…研究院) and a division's suffix (原鸡西|县|人民委员会)
_NOT_INNER = frozenset("设建办有在是为将把被和与及到从向对让使由用以至成县市省区乡镇州")
#: what ends the name of a body a research body's name may start with (…大学, …学院 and their branch)
_BODY_ENDS = ("大学", "学院", "医院", "集团", "公司", "研究院")  # (科学院 ends in 学院)


def _past_modifier(text: str, start: int, hs: int, protected) -> int:
    """Where a body's name starts when the reading stopped at a word the tagger reads as an adjective (two
    characters) or a verb or morpheme (one) right after a proper name or a body (中南大学株洲|先进|材料研究院,
    内蒙古民族大学|蒙|医药研究院, 湖南医药学院|侗|医药研究所): the name runs on over the word."""
    if start < 3 or start >= hs or not is_cjk(text[start - 1]):
        return start
    lo = clause_start(text, start)
    words = [(w, f, a + lo, b + lo) for w, f, a, b in segment(text[lo:start])]
    if len(words) < 2 or words[-1][3] != start:
        return start
    w, flag, a, _b = words[-1]
    w2, flag2, _a2, _b2 = words[-2]
    inner = (flag in ("a", "ag") and len(w) == 2) or (flag in ("v", "zg") and len(w) == 1 and w not in _NOT_INNER)
    if not inner or w in word_list("name_boundaries.jsonl"):
        return start  # (河南城建学院|新增|…实验室, 邵阳学院|更名|邵阳大学: a verb of the clause)
    if not (flag2.startswith(("ns", "nt", "nz")) or w2.endswith(_BODY_ENDS)):
        return start
    left = name_start(text, a, protected, max_len=12, conj=False)
    return left if left < a else start


#: verbs that open the name of a group being formed or backed (组建|市城市建设投资集团)
_GROUP_VERBS = ("组建", "成立", "整合", "做强", "做大", "支持", "推动", "重组", "依托")


def _own_group_start(text: str, start: int, hs: int, head: str) -> int | None:
    """Where a city's or province's own group starts when the reading of its name stopped short, at a
    verb inside it (市城市|建设|投资集团): the 市, 省 or 州 after punctuation or a verb that opens it; or a
    division's full name, after those or a conjunction, before an investment firm's name (南平市|建设投资集团)."""
    for j in range(start - 1, max(0, hs - 16) - 1, -1):
        opens = j == 0 or text[j - 1] in PUNCT or text[max(0, j - 2) : j] in _GROUP_VERBS
        if (opens or text[j - 1] in "和与及") and not re.search("医院|学校|大学|紧密型", text[j:hs]):
            # (市人民医院紧密型城市医疗集团: a hospital's group of clinics, not the city's firm)
            if opens and text[j] in "市省州" and j >= hs - 12 and _own_group(text[j:hs], head):
                return j
            place = _division_opening(text, j, hs)  # 南平市|建设投资集团, 甘南州|交通建设投资有限公司
            if place and _firm_name(text[j + place : hs], head) and _INVESTMENT_FIRM.search(text, j + place, hs):
                return j
        if not is_cjk(text[j]):
            return None
    return None


#: what a city's own investment firm does, in its name (城市建设投资集团, 工业园区投资开发有限公司)
_INVESTMENT_FIRM = re.compile(r"投资|城投|交投|国资|控股")


def _division_opening(text: str, j: int, hs: int) -> int:
    """The length of the division's full name (南平市, 甘南州 for 甘南藏族自治州) that opens ``text[j:hs]`` with
    two characters at least after it; 0 when none."""
    from kg.components.places import lexicon
    from kg.places import Division

    forms = lexicon(None)[0]
    for n in (6, 5, 4, 3):
        p = text[j : j + n]
        if hs - j - n >= 2 and p[-1] in "市州县区盟旗" and any(isinstance(d, Division) for d in forms.get(p, ())):
            return n
    return 0


#: a city's, province's or county's own public institution, named by its scope alone or with a common
#: word (市图书馆, 市人民医院, 市中医院, 省第二人民医院, 市人民法院); not 县医院 (a kind in a national report)
_PUBLIC_HEADS = frozenset({"医院", "图书馆", "博物馆", "美术馆", "文化馆", "工人俱乐部", "政务服务中心", "人民法院", "人民检察院",
                           "防治所", "保健所", "防疫站"})
_SCOPE_ONLY = re.compile(r"[市省](?:第[一二三四五六七八九十]{1,2})?(?:人民|中|儿童|妇幼|传染病|结核病|精神病|肿瘤|卫生)?")


def _own_group(name: str, head: str) -> bool:
    """Is ``name`` before a group's or company's head the province's or city's own (市城投, 市投资)?"""
    return name[:1] in "市省州" and len(name) >= 3 and _firm_name(name, head)


def _firm_name(name: str, head: str) -> bool:
    """Is ``name`` before a group's or company's head one firm's own words (城投, 建设投资), no phrase or kind
    (各有关企业, 国有)?"""
    return head.endswith(("集团", "公司")) and all(is_cjk(c) for c in name) \
        and not re.search(r"[的和及与各些]|一批|有关|国有|企业|民营", name)


#: what opens a report (我代表…人民委员会向大会报告工作): not part of the body's name
_ON_BEHALF = re.compile(r"(?:我|现在|今天|谨)?代表")


def _national_start(text: str, before: int, hs: int) -> int | None:
    """Where a name that starts with 国家 begins, when 国家 stands less than 14 characters before
    the head ``hs`` and before ``before``, with only Chinese characters and no conjunction between."""
    g = text.rfind("国家", max(0, hs - 14), before)
    if g >= 0 and all(is_cjk(c) for c in text[g:before]) and not re.search("[的和与及]", text[g:before]):
        return g
    return None


def head_is_verb(text: str, hs: int, he: int) -> bool:
    """周密组织实施: the head noun is a verb here (or part of a longer word)."""
    lo, hi = clause_bounds(text, hs, he)
    for w, flag, s, e in segment(text[lo:hi]):
        s, e = s + lo, e + lo
        if s < he <= e or s <= hs < e:
            if e > he:
                return True
            if flag.startswith("v") and flag != "vn" and s >= hs and e >= he and not (hs < s and e == he and e - s == 1):
                return True  # (创新 in 创新中心 is no verb: the head goes on after it; nor 站 of 卫生防疫|站)
    return False


def find_organizations(text: str, region: str | None = None, region_name: str | None = None) -> list[Hit]:
    region = region or CHINA.adcode
    mask = opaque_mask(text)
    lex = lexicon_orgs(text, region, mask, region_name)
    place_hits = find_places(text, region, region_name)
    places = [(h.start, h.end) for h in place_hits]
    lex = _foreign_organs(text, place_hits, lex)
    lex = _place_committees(text, lex)
    protected = places + [(h.start, h.end) for h in lex]
    found = _campuses(text, lex + head_orgs(text, protected, mask), places)
    found += _departments(text, found, places, mask)
    found += _listed_enterprises(text, found, places, mask)
    found += _org_siblings(text, found, places, mask)
    found += _trade_firms(text, found, places, mask)
    found += _numbered_teams(text, found, mask)
    found += _bodies_set_up(text, found, mask)
    place_ends: dict[int, list[int]] = {}
    for a, b in places:
        place_ends.setdefault(a, []).append(b)
    found = [_with_branch(text, h, place_ends.get(h.end, ())) for h in found]
    found = [h for h in found if not _NOT_A_BODY.search(text[h.start : h.end])]
    # a farm or a city's institution the text builds is works there (the projects' reading); one of a list
    # of scopes (省、市图书馆) is a kind; a farm of the state's, no name of its own (国有农牧林场), a kind too
    built = {h.key for h in found if (h.key.endswith(_FARMS) or _scope_institution(h.key)) and _built_here(text, h.key)}
    found = [h for h in found if h.key not in built and not (h.key.endswith(_FARMS) and h.key.startswith("国有"))
             and not (_scope_institution(h.key) and h.start and (
                 text[h.start - 1] in "省市县" or text[max(0, h.start - 2) : h.start] in ("省、", "市、", "县、")))]
    return sorted({_own_body(text, h, region) for h in found}, key=lambda h: (h.start, -h.end, h.key))


def _own_body(text: str, h: Hit, region: str) -> Hit:
    """A body named by its scope alone (市劳动局, 市总工会, 省供销合作社) is the report's region's, or its
    province's: keyed so (兰州市劳动局; :func:`_whose`), the words as written its alias, so that a corpus holds
    one node per city's body, not one for every 市劳动局."""
    written = text[h.start : h.end]
    if h.key != written or not written.startswith(_SCOPES):
        return h
    words = segment(written)
    if not words or words[0][0] not in _SCOPES:
        return h  # 市场监管局: 市 is no word of its own there
    key = _whose(written, region)
    if key == written:
        return h
    return Hit(h.start, h.end, h.label, key, _freeze({**dict(h.attrs), "canonical": key, "alias": written}))


#: a committee or headquarters the government sets up, named by its task (市人民委员会成立了支援工业建设委员会,
#: 将成立重点工程服务委员会): a body, though its name opens with a verb or a kind of works
_SET_UP = re.compile(r"(?:成立了?|设立了?|组建了?)(?P<name>[\u4e00-\u9fff]{4,12}?(?:委员会|指挥部))(?=[，。；、和])")
#: the words of a kind of committee every place has (居民委员会, 村民委员会, 管理委员会), or of many (各级…)
_COMMON_COMMITTEE = re.compile(r"^(?:各|一个|一批|这|该)|居民|村民|管理委员会|人民委员会|工会委员会")


def _bodies_set_up(text: str, found: list[Hit], mask) -> list[Hit]:
    """A committee or headquarters set up for a task, named after 成立/设立/组建 (支援工业建设委员会): a
    body, unless a body found covers it or its name is a kind of committee (居民委员会)."""
    out = []
    for m in _SET_UP.finditer(text):
        s, e = m.span("name")
        if mask[s] or _COMMON_COMMITTEE.search(m.group("name")) \
                or any(h.start <= s < h.end or h.start < e <= h.end for h in found):
            continue
        out.append(Hit(s, e, "Organization", m.group("name"), _freeze({"canonical": m.group("name")})))
    return out


#: a bureau's numbered team (西北地质局六四一队, 华东地质局三二一队): a body, named with its bureau
_NUMBERED_TEAM = re.compile(r"(?:地质局|勘探局|石油管理局)([一二三四五六七八九〇零]{3}|\d{3})队")


def _numbered_teams(text: str, found: list[Hit], mask) -> list[Hit]:
    """Numbered teams of a geological or oil bureau, the whole name over the bureau's (西北地质局|六四一队)."""
    out = []
    for m in _NUMBERED_TEAM.finditer(text):
        bureau = [h for h in found if h.end == m.start(1)]
        if not bureau or mask[bureau[0].start]:
            continue  # (the bureau's name is read by the head rules; the regex alone may begin inside a word)
        s = min(h.start for h in bureau)
        name = text[s : m.end()]
        out.append(Hit(s, m.end(), "Organization", name, _freeze({"canonical": name})))
    return out


#: farms, forest farms and tractor stations: a body where they work (国营西宁农场播种小麦, 银川拖拉机站在帮助…),
#: works where the text builds them
_FARMS = ("农场", "林场", "拖拉机站")
#: a building verb in the clause before a name (新建的西洞庭国营农场, 建立了友谊农场)
_BUILDS_BEFORE = re.compile(r"(?:建设|建立|新建|兴建|筹建|开办|创办|兴办|扩建|开垦|建成)[^，。；！？\n]{0,12}$")


#: a building verb in the clause right after a name (市第二人民医院扩建病房大楼, 市博物馆、市图书馆新馆开工建设)
_BUILT_AFTER = re.compile(r"[^，。；！？\n]{0,10}?(?:扩建|新建|迁建|改建|建成|开工|竣工|落成|新馆|工程|的筹建)")


def _scope_institution(name: str) -> bool:
    """Is ``name`` a public institution named by its scope alone (市图书馆, 市第二人民医院)?"""
    return any(name.endswith(h) and _SCOPE_ONLY.fullmatch(name[: -len(h)]) for h in _PUBLIC_HEADS)


#: a farm or station of the state's named by two or three characters of its own (国营暖泉农场), and the same
#: words right before a farm's head
_STATE_FARM = re.compile(r"(?:地方)?国营([\u4e00-\u9fff]{2,3})")
_STATE_FARM_BEFORE = re.compile(_STATE_FARM.pattern + "$")


def _state_farm(name: str, head: str) -> bool:
    """Is ``name`` + ``head`` a farm or a tractor station of the state's with a name of its own (国营暖泉农场,
    not 国营机器拖拉机站 or 国营的农场)?"""
    m = _STATE_FARM.fullmatch(name)
    return bool(m) and head in _FARMS and not is_generic(m.group(1)) and not re.search(r"[的和及与各等机]", m.group(1))


#: a building of a body named right after it (市人民医院住院部, 市中医院新院区)
_PART_AFTER = re.compile(r"(?:住院部|门诊部|门诊楼|住院楼|病房楼|病房大楼|医技楼|综合楼|新院区|教学楼)")


def _built_here(text: str, name: str) -> bool:
    """Does the text build ``name`` somewhere (新建的西洞庭国营农场, 建立了友谊农场, 市第二人民医院扩建病房大楼)?
    Then it is works in this report (the projects' reading), not a body."""
    i = text.find(name)
    while i >= 0:
        if _PART_AFTER.match(text, i + len(name)):
            pass  # 扩建市人民医院住院部, 市人民医院新院区加快推进: a part of the body is built, the body stands
        elif _BUILDS_BEFORE.search(text, max(0, i - 14), i) or _BUILT_AFTER.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


#: words read with a head noun that make it a class of bodies, not one: 有些工厂, 许多设计院, 10家湖北实验室,
#: 境内外上市公司, 重点检查上市公司
_NOT_A_BODY = re.compile(r"^(?:有些|许多|一些|若干|部分|各|\d+家|[一二三四五六七八九十几]+家)|上市公司$|查处|检查")


#: a government department named by its scope and field: 省交通厅, 市第二商业局, 市手工业管理局,
#: 省体育运动委员会, 浙江省供销合作社, 市手工业生产合作社联合社, 市供销合作总社 (全省, 各市: no scope of one
#: government; the field holds no word that joins or relates, so that 市委和|省人民委员会 is read from 省)
_DEPARTMENT = re.compile(r"(?<![全各本该每外])(省|市|县|自治区|专区)(第[一二三四五六七八九十]{1,2})?((?:(?![的和与及在对由向是为各])[\u4e00-\u9fff]){2,6}?)"
                         r"(厅|局|委员会|合作社(?:联合社)?|合作总社|公司)(?![长面势部限])(?!(?![等和及与])[\u4e00-\u9fff][长面势部限])")
#: a people's organisation of one government, named by its scope alone (市总工会, 市妇女联合会, 市工商业联合会),
#: in the groups of :data:`_DEPARTMENT` (its field empty)
_PEOPLES_BODY = re.compile(r"(?<![全各本该每外])(省|市|县|州|自治区)()()(总工会|妇女联合会|工商业联合会|科学技术协会|"
                           r"文学艺术界联合会|残疾人联合会|红十字会|防汛(?:抗旱)?(?:总)?指挥部)")  # 市防汛指挥部: the city's own
#: a department listed after one named by its scope, its scope left out (市计划委员会、城市建设局; 市工业局和手工业管理局)
_NEXT_DEPARTMENT = re.compile(r"(?:、|和)(([\u4e00-\u9fff]{2,6}?)(?:局|委员会))(?=[、和及等，。；的]|要|也|都)")


#: the verbs that set a body up or change it, right before its name (成立市文物保管委员会)
_SETS_UP = re.compile(r"(?:成立|建立|设立|组建|改组|扩充|撤销|健全|充实)$")


def _verb_before(text: str, s: int) -> bool:
    """Does a verb of the clause end right before ``s`` (配合|省交通厅, 报请|省人民委员会)?"""
    words = segment(text[max(0, s - 4) : s])
    return bool(words) and words[-1][3] == s - max(0, s - 4) and len(words[-1][0]) >= 2 \
        and words[-1][1].startswith("v") and words[-1][1] != "vn"


def _verb_field(words) -> bool:
    """Is a department's field a verb phrase (市|加强|管理…), rather than a thing and what is done to it
    (市|文物|保管|委员会, 市|血吸虫病|防治|委员会)?"""
    inner = words[1:-1]
    return any(f.startswith("v") and f != "vn" for _w, f, _a, _b in inner[:1]) \
        or any(f.startswith("v") and f != "vn" and not p.startswith("n") for (_w, f, _a, _b), (_x, p, _c, _d) in zip(inner[1:], inner))


def _departments(text: str, found: list[Hit], places: list[tuple[int, int]], mask) -> list[Hit]:
    """Departments of a province, city or county named by their field, the scope written as one
    word (市|商业局; not 市场|监管局): a place right before the scope is part of the name."""
    out = []
    taken = [(h.start, h.end) for h in found]
    for m in [*_DEPARTMENT.finditer(text), *_PEOPLES_BODY.finditer(text)]:
        s, e = m.span()
        if mask[s] or any(a < e and s < b for a, b in taken):
            continue
        field = m.group(3)
        if re.search("[的和与及在对由向是为各]|有关|相关|主管|职能|直属|下属|所属|几个|部分", field):
            continue
        words = segment(text[s:e])
        if len(words) == 1 and words[0][0] == text[s:e]:
            pass  # the tagger knows the department as one word (省农业厅)
        elif not words or words[0][0] != m.group(1) or _verb_field(words):
            continue  # 市场监管局 (市场), 县城建设局: the scope is no word of its own, or a verb is the field
        # 浙江省|供销合作社: the scope ends its place (浙江省), or a place stands before it (杭州|市…)
        lead = next((a for a, b in places if (b == s or b == s + len(m.group(1))) and b - a >= 2 and a < s), None)
        if lead is None and s > 0 and is_cjk(text[s - 1]) and text[s - 1] not in "和、与及的由在同向经对是把将从为" \
                and not _SETS_UP.search(text, max(0, s - 2), s) and not _verb_before(text, s):
            continue  # the scope must open the name (or follow its place: 浙江|省供销合作社; 成立|市…委员会)
        start = lead if lead is not None else s
        name = text[start:e]
        out.append(Hit(start, e, "Organization", name, _freeze({"canonical": name})))
        j = e
        while m.group(4) in ("局", "委员会") and (n := _NEXT_DEPARTMENT.match(text, j)) is not None:
            a, b = n.span(1)
            field = n.group(2)
            if mask[a] or is_generic(field) or re.search("[的各该本全]|有关|相关|主管|职能|部门", field) \
                    or any(x < b and a < y for x, y in taken + places) or segment(field)[0][1].startswith(("v", "p", "d", "r")):
                break
            out.append(Hit(a, b, "Organization", text[a:b], _freeze({"canonical": text[a:b]})))
            j = b
    return out


def _clause_verb(words) -> str:
    """The verb that opens a clause before its first listed body (推动|中天钢铁): the first of the
    tagger's ``words`` when it is a verb (not a verbal noun) and more words follow; else ""."""
    return words[0][0] if len(words) > 1 and words[0][1].startswith("v") and words[0][1] != "vn" else ""


#: heads a list's items may share with a found body (A集团、B集团、C集团)
_SIBLING_HEADS = ("集团", "股份", "公司", "大学", "学院", "研究院", "研究所", "银行")


def _org_siblings(text: str, found: list[Hit], places: list[tuple[int, int]], mask) -> list[Hit]:
    """The items of a list joined by 、 with a body found in it that end in the head of a body
    (常州投资集团、常州城建集团、常州交通集团: the tagger read 建 as a verb; 恒立液压、新誉集团、今创集团获评…):
    bodies too. Each item is two to eight characters before its head, not generic, not a place, and
    its first word no verb when it opens the clause (推动|中天集团)."""
    out: list[Hit] = []
    spans = {(h.start, h.end) for h in found}
    ends = {h.end for h in found}
    item_rx = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:" + "|".join(_SIBLING_HEADS) + ")(?!公司|有限|[\u4e00-\u9fff]?[部处])")
    for h in found:
        if not (text[h.start - 1 : h.start] == "、" or text[h.end : h.end + 1] == "、"):
            continue
        lo, hi = clause_bounds(text, h.start, h.end, CLAUSE_END)
        starts = [lo] + [k + 1 for k in range(lo, hi) if text[k] == "、"]
        for a in starts:
            m = item_rx.match(text, a, hi)
            if m is None:
                continue
            b = m.end()
            if b in ends or not (text[a - 1 : a] == "、" or text[b : b + 1] == "、"):
                continue  # (深化与|中国科学院: a body found, from where its name starts)
            words = segment(text[a:b])
            if a == lo:  # the item that opens the clause: 推动|中天集团, not 全力支持中山大学 or 在…大学
                verb = _clause_verb(words)
                a += len(verb)
                words = words[1:] if verb else words
                if any(f.startswith(("v", "p", "c", "d")) and f != "vn" for _w, f, _s, _e in words):
                    continue
            name = text[a:b]
            head = next(x for x in _SIBLING_HEADS if name.endswith(x))
            if len(name) - len(head) < 2 or is_generic(name[: -len(head)]) or mask[a] \
                    or any(s <= a and b <= e for s, e in places) or (a, b) in spans:
                continue
            spans.add((a, b))
            out.append(Hit(a, b, "Organization", name, _freeze({"canonical": name})))
    return out


#: the trade a company's short name ends in (晋南钢铁, 三一海洋重工, 康源药业): a firm when listed with others
_TRADE = ("钢铁", "重工", "药业", "制药", "乳业", "化工", "控股", "铝业", "铜业", "纸业", "矿业", "物流", "航空")
_TRADE_ITEM = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:" + "|".join(_TRADE) + ")")
#: a run of names joined by 、
_LISTED_NAMES = re.compile(r"(?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}")
#: what may follow the last of a list of firms: their verb or the kind that closes the list (…发展特钢,
#: …完成超低排放改造, …打造, …等骨干企业)
_AFTER_FIRMS = re.compile(r"(?:等|[，。；]|发展|完成|打造|建设|实施|做大|做强|扩能|加快|推进|新接|投资|落户|在)")


def _trade_firms(text: str, found: list[Hit], places: list[tuple[int, int]], mask) -> list[Hit]:
    """Firms named by a brand and their trade, listed with 、 (支持晋南钢铁、立恒钢铁、建邦集团发展特钢;
    亚新钢铁、镔鑫钢铁完成超低排放改造; 支持三一海洋重工、中海福陆重工打造…): each item is the whole of its
    place in the list, its brand two to six characters that no dictionary holds as a common word (a
    place may be one: 晋南钢铁); two of them or one beside a body found."""
    out: list[Hit] = []
    spans = {(h.start, h.end) for h in found}
    for m in _LISTED_NAMES.finditer(text):
        if not any(w in m.group() for w in _TRADE):
            continue  # (no trade in the list: nothing to segment)
        lo = clause_start(text, m.start())
        pos, items = m.start(), []
        parts = m.group().split("、")
        for k, part in enumerate(parts):
            a, b = pos, pos + len(part)
            pos = b + 1
            if k == 0:
                words = segment(text[lo:b])
                a = max(a, lo + len(_clause_verb(words)))
            it = _TRADE_ITEM.match(text, a, b)
            last = k == len(parts) - 1
            if it and (it.end() == b or (last and _AFTER_FIRMS.match(text, it.end()))):
                items.append((a, it.end(), it.group(1)))
            else:
                items.append((a, b, None))
        trade = [(a, b, brand) for a, b, brand in items if brand and not mask[a] and not is_generic(brand)
                 and (word_freq(brand) < 5 or [f for _w, f, _s, _e in segment(brand)] == ["ns"]) and (a, b) not in spans
                 and not any(s <= a and b <= e for s, e in places)]
        if len(trade) >= 2 or (trade and any((a, b) in spans for a, b, _brand in items)):
            out.extend(Hit(a, b, "Organization", text[a:b], _freeze({"canonical": text[a:b]})) for a, b, _brand in trade)
    return out


def _foreign_organs(text: str, place_hits, lex: list[Hit]) -> list[Hit]:
    """A foreign country's government or ministry, named by the country before it: 苏联政府, 苏联交通部
    (not China's 交通部, which the lexicon would read)."""
    out = list(lex)
    by_start = {h.start: h for h in lex}
    for p in place_hits:
        if dict(p.attrs).get("kind") != "foreign":
            continue
        if text.startswith("政府", p.end) and not text.startswith("政府工作", p.end):
            name = text[p.start : p.end + 2]
            out.append(Hit(p.start, p.end + 2, "Organization", name, _freeze({"canonical": name})))
        organ = by_start.get(p.end)
        if organ is not None and text[organ.start : organ.end].endswith("部"):
            name = text[p.start : organ.end]
            out.remove(organ)
            out.append(Hit(p.start, organ.end, "Organization", name, _freeze({"canonical": name})))
    return out


#: a party committee after its place's name: 中共长春市委, 屯溪市委员会, 浙江省委 (not 市委托, 市委员)
_COMMITTEE = re.compile(r"(?<=[\u4e00-\u9fff])(?:省|市|县|区|州)委(?:员会)?(?![托派屈婉员])")


def _division_named(name: str) -> bool:
    """Is ``name`` (ending in 省, 市, 县, 区 or 州) a division's, or a city's of its time that is a district
    today (屯溪市, 榆次市)?"""
    from kg.places import admin_table

    table = admin_table()
    levels = ("province", "city", "county")
    return any(d.level in levels for d in table.lookup(name)) or table.former_city(name) is not None


def _place_committees(text: str, lex: list[Hit]) -> list[Hit]:
    """A party committee named by its place (中共屯溪市委, 长春市委) is that place's, not the report's own
    市委 of the lexicon: one Organization named 中共{place}委员会 over the lexicon's form."""
    out = list(lex)
    for m in _COMMITTEE.finditer(text):
        e = m.start() + 1  # the end of the place's name (…市|委)
        for n in range(min(8, e), 1, -1):  # the longest name that is a division's
            if _division_named(text[e - n : e]) and not text[e - n : e].startswith("中共"):
                break
        else:
            continue
        if text.startswith("中国共产党", e - n - 5):
            continue  # the full name, read by the heads (中国共产党北海市委员会)
        s = e - n - 2 if text.startswith("中共", e - n - 2) else e - n
        name = f"中共{text[e - n : e]}委员会"
        out = [h for h in out if h.end <= s or h.start >= m.end()]
        out.append(Hit(s, m.end(), "Organization", name, _freeze({"canonical": name})))
    return out


#: a bank's or a bureau's branch named by its place after the body: 中国人民银行浙江省分行
_BRANCH = re.compile(r"(?:分行|支行|分局|分公司|支公司|分院|分中心)")
#: a hospital's campus or partner hospital in another place: 北京大学第三医院崇礼院区, …张家口合作医院
_HOSPITAL_BRANCH = re.compile(r"院区|合作医院")
#: a national company's local company after its place (中国百货公司苏州市|公司), not a manager (公司长)
_LOCAL_COMPANY = re.compile(r"公司(?![\u4e00-\u9fff]?[长的])")


def _with_branch(text: str, hit: Hit, place_ends) -> Hit:
    """``hit`` widened over a place and a branch's head right after it (中国人民银行|浙江省|分行);
    ``place_ends``: where the places found right after the hit end."""
    from kg.components.projects import _CAMPUS_BUILT

    company = hit.end - hit.start > 4 and text[hit.end - 2 : hit.end] == "公司"
    hospital = hit.end - hit.start > 4 and text[hit.end - 2 : hit.end] == "医院"
    # a city of its time named by a district's short name (中国人民银行|屯溪|市支行)
    for b in [e for b in place_ends for e in ((b, b + 1) if text.startswith("市", b) else (b,))]:
        m = _BRANCH.match(text, b) or (_LOCAL_COMPANY.match(text, b) if company else None) \
            or (_HOSPITAL_BRANCH.match(text, b) if hospital and not _CAMPUS_BUILT.search(text, b, b + 16) else None)
        # (北京积水潭医院|张家口|合作医院; …儿童医院红谷滩院区投入使用: the campus built, a project's)
        if m:  # (中国百货公司|苏州市|公司: a national company's local company)
            full = text[hit.start : m.end()]
            return Hit(hit.start, m.end(), "Organization", full, _freeze({"canonical": full}))
    return hit


#: a list of companies closed by their kind: 隆基、通威、晶澳等龙头企业, 云铝股份、贵研铂业等骨干企业
_ENTERPRISE_LIST = re.compile(r"(?:等(?:一批)?|[两三四五六七八九十]大|[两三四五六七八九十]家)(?:省属|市属|区属|国有|民营|地方)?"
                              r"(?:[\u4e00-\u9fff]{1,6}?(?:产业)?)??"
                              r"(?:骨干|龙头|重点|领军|头部|链主|知名|行业领军|科技领军)?(?:企业|药企|车企|钢企|民企|国企|央企)")
#: the prepositions of partners before the first company of a list (深化与|中国石化、…等央企合作)
_WITH = frozenset({"与", "同", "和", "跟"})
_ENTERPRISE_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,8}")


def _listed_enterprises(text: str, found: list[Hit], places: list[tuple[int, int]], mask) -> list[Hit]:
    """The items of a list of companies (A、B、C等龙头企业) when one of them is a known company (of
    the lexicon or found by its head): the others are companies too (隆基、通威、晶澳: 通威 is known).
    Each item is a short name (two to eight characters), not generic and not a place; the first
    item is taken only when it is known or opens its clause (支持华为、…: 支持 is no part of it)."""
    out: list[Hit] = []
    known = {(h.start, h.end) for h in found}
    ends = {h.end: h.start for h in found}
    for m in _ENTERPRISE_LIST.finditer(text):
        lo = clause_start(text, m.start())
        items: list[tuple[int, int]] = []
        j = m.start()
        while True:
            k = text.rfind("、", lo, j)
            if k < 0:
                break
            items.append((k + 1, j))
            j = k
        if j in ends and ends[j] >= lo:
            items.append((ends[j], j))  # the first item, a known company after the verb
        elif j > lo:
            words = segment(text[lo:j])
            first = lo + len(_clause_verb(words))  # 推动|中天钢铁、东方电热…等骨干企业
            with_ = [b for i, (_w, f, _a, b) in enumerate(words[:-1]) if _w in _WITH and f == "p"
                     and not any(g.startswith("v") for _x, g, _c, _d in words[i + 1 :])]
            if with_ and j - (lo + with_[-1]) >= 2:
                first = lo + with_[-1]  # 深化与|中国石化、中国远洋…等央企合作
            items.append((first, j))
        items.reverse()
        rare = all(word_freq(text[s:e]) < 5 and len(segment(text[s:e])) > 1 for s, e in items)  # 东方海洋、好当家等企业:
        # names no dictionary holds, each more than one word (电子、机械等企业: words, kinds of firm)
        if len(items) < 2 or not (any(it in known for it in items) or (len(items) >= 3 and m.end() - m.start() > 3) or rare) \
                or any(mask[s] for s, _e in items):  # (three or more before 等…龙头企业 need no known one)
            continue
        if "一批" in text[lo : items[0][1]]:
            continue  # 培育一批藏医药、唐卡、藏毯等特色文化企业: a batch of firms of these trades, no names
        if not all(_ENTERPRISE_ITEM.fullmatch(text[s:e]) and not is_generic(text[s:e]) and (s, e) not in places
                   for s, e in items):
            continue  # 曲靖、玉溪等企业: places, not companies
        if any(text[e - 1] in "厂矿" and len(segment(text[s:e])) == 1 for s, e in items if (s, e) not in known):
            continue  # 抓好糖厂、水泥厂、冶炼厂等重点企业: kinds of plant, one dictionary word each
        out.extend(Hit(s, e, "Organization", text[s:e], _freeze({"canonical": text[s:e]}))
                   for s, e in items if (s, e) not in known)
    return out


#: a university's campus in another city: 东南大学苏州校区, 香港科技大学（广州）
_CAMPUS = re.compile(r"（([\u4e00-\u9fff]{2,4})）|([\u4e00-\u9fff]{2,4}?)校区")


def _campuses(text: str, hits: list[Hit], places: list[tuple[int, int]]) -> list[Hit]:
    """A university named with a place's campus after it is that campus (an organisation of its own)."""
    starts = {s: e for s, e in places}
    out = []
    for h in hits:
        m = _CAMPUS.match(text, h.end) if text[h.start : h.end].endswith(("大学", "学院")) else None
        if m is not None:
            g = 1 if m.group(1) else 2
            if starts.get(m.start(g)) == m.end(g):  # the place fills the aside or the campus's name
                name = text[h.start : m.end()]
                h = Hit(h.start, m.end(), h.label, name, _freeze({"canonical": name}))
        out.append(h)
    return out


# --------------------------------------------------------------------------- events

_CN = "一二三四五六七八九十"
_NUM = rf"[{_CN}]{{1,3}}"
_SESSION = re.compile(rf"(党的|中国共产党|中共)?(?:第)?({_NUM})届((?:(?:{_NUM})中、)*)((?:第)?({_NUM})中全会|历次全会)")
_CONGRESS_SHORT = re.compile(r"(党的)?((?:十[一二三四五六七八九]|二十[一二三四五六七八九]?))大(?![学会型小力量幅局批多关提])")
_CONGRESS_LONG = re.compile(rf"(?:中国共产党|中共|党的)?第({_NUM})次全国代表大会")
_NPC = re.compile(
    rf"(?:第)?({_NUM})届全国(人民代表大会|人大)(?:第)?({_NUM})次会议"
    rf"|全国人民代表大会(?:第)?({_NUM})届(?:第)?({_NUM})次会议"
)
#: a session of a local people's congress: 湖北省第十四届人民代表大会第二次会议, 省十四届人大一次会议
_LOCAL_PC = re.compile(rf"(?<!全国)(?:(?:第)?({_NUM})届)?(?:人民代表大会|人大)(?:第)?({_NUM})次会议")
#: a whole term of the NPC as the occasion it was: 第一届全国人民代表大会胜利召开, 出席第一届全国人民代表大会的代表
#: (当第七届全国人民代表大会所确定的任务 is the body, and stays the organisation's)
_NPC_TERM = re.compile(rf"(出席|召开了?|参加)?(?:第)?({_NUM})届全国人民代表大会(?=((?:胜利)?(?:召开|开幕|闭幕)|的召开|期间)?)")
_CPPCC = re.compile(rf"全国政协({_NUM})届({_NUM})次会议|政协第({_NUM})届全国委员会第({_NUM})次会议")
_WORK_CONF = re.compile(r"(?:中央|全国|省委|市委|自治区党委)[\u4e00-\u9fff]{1,8}?(?:工作会议|计划会议|代表会议)"
                        r"|(?:(?<=召开了)|(?<=召开的)|(?<=举行了)|(?<=召开))全国[\u4e00-\u9fff]{2,6}?会议")
#: a fair by its abbreviation: 哈洽会, 津洽会, 农博会, 雪博会 (进博会 and 消博会 are heads of their own)
_FAIR = re.compile(r"(?<![进消服链数])[\u4e00-\u9fff](?:洽会|博会)")
#: a trade fair's short name in 交会 after its ordinal (第19届昆交会, 第二十七届高交会); without the ordinal
#: 交会 is a verb (铁路交会)
_NUMBERED_FAIR = re.compile(r"第[一二三四五六七八九十百\d]{1,4}届[\u4e00-\u9fff]{1,2}交会")
#: the ordinal and the city before a fair's short name: 第二十二届|长春|汽博会
_FAIR_LEAD = re.compile(r"(?:第[一二三四五六七八九十]{1,4}届)?$")


def _fair_place_lead(text: str, i: int) -> int:
    """The length of a place name the segmenter reads right before a fair's abbreviation (敦煌|文博会,
    海峡两岸|文博会), or 0."""
    lo = max(0, i - 6)
    words = segment(text[lo:i])
    if not words:
        return 0
    w, flag, _a, _b = words[-1]
    return len(w) if 2 <= len(w) <= 4 and (flag == "ns" or w == "海峡两岸") else 0


_TYPHOON_AFTER = re.compile(r"((?:“[^“”\n]{1,8}”(?:、|和)?)+)等?(?:[\u4e00-\u9fff]{0,4})?台风")
_TYPHOON_BEFORE = re.compile(r"台风((?:“[^“”\n]{1,8}”(?:、|和)?)+)")
_QUOTED = re.compile(r"“([^“”\n]{1,8})”")
#: typhoons of the years before they were given names, by their number: 第十二号强台风, 5612号台风
_TYPHOON_NUMBERED = re.compile(r"(?:第[一二三四五六七八九十]{1,3}|\d{4})号(?:超强|强)?台风")
_QUAKE = re.compile(r"(特大|强烈|较强|大)?(?:地震|山洪泥石流|泥石流|洪涝灾害|冰冻灾害|洪水(?!灾害|期|位)|暴雨(?!灾害|期))")
#: a flood or storm named by its year: 一九五四年特大洪水, 一九五四年大水 (by its date code: _CODED_KIND)
_DATED_FLOOD = re.compile(r"(?:[一二三四五六七八九〇零]{4}|\d{4})年的?(?:(?:特大|大)(?:洪水|暴雨|水灾)|洪水|大水|极端强降雨)"
                          r"(?:洪涝灾害|洪涝)?")
_DATE_CODE = re.compile(rf"{DATE_CODE}$")
_CODE = re.compile(DATE_CODE)
#: what a date code names, after the places it struck: “7·18”局地强降雨, “6·24”沅陵辰溪溆浦特大暴雨洪涝灾害,
#: “6·19”漓江流域特大洪水, “1·17”雪崩, and a river no table holds before its flood (“七·二〇”桃河洪水)
_CODED_KIND = re.compile(r"(?:[\u4e00-\u9fff]{1,2}[河江](?=(?:特大|大)?洪水))?(?:流域)?(?:局地|特大|大|极端)?(?:强降雨|暴雨|暴洪|洪水|洪灾|洪涝|水灾|山洪(?:泥石流)?|泥石流|冰雹|雪崩|地震|山体滑坡|滑坡)"
                         r"(?:洪涝灾害|山洪灾害|洪涝|灾害)?")
#: meetings of the 1950s known by what they were about or where they met, curated: the CPC Central
#: Committee's conference on the question of intellectuals (January 1956), the Asian-African Conference
#: (Bandung, 1955) and the Geneva Conference (1954)
_KNOWN_MEETING = re.compile(r"(?:中共中央|党中央|全国)?(?:关于)?知识分子问题的?会议|亚非会议|日内瓦会议|万隆会议")

#: named crises and disasters without a place before them: 亚洲金融危机, 美国次级抵押贷款危机, 低温雨雪冰冻灾害
_CRISIS = re.compile(
    r"(?:亚洲|国际|全球|世界|美国次级抵押贷款|美国次贷|欧洲主权债务|欧洲债务|欧债)(?:金融|经济|债务)?危机"
    r"|(?:低温)?雨雪冰冻灾害"
)
_ANNIVERSARY = re.compile(
    r"(\d{1,3}|[一二三四五六七八九十百]{1,4})周年"
    r"(系列活动|庆祝活动|纪念活动|纪念大会|庆祝大会|纪念峰会|系列高级别会议|高级别会议|纪念会|座谈会)"
)


def _session_hits(text: str) -> list[Hit]:
    out = []
    for m in _SESSION.finditer(text):
        term = m.group(2)
        if m.group(4) == "历次全会":
            continue
        prefix_end = m.start(3)
        lead = m.start()
        # each 'N中' of a list (十八届三中、四中、五中、六中全会) is one plenary session
        items = re.finditer(rf"({_NUM})中", text[m.start(3) : m.end()])
        for k, it in enumerate(items):
            s, e = m.start(3) + it.start(), m.start(3) + it.end()
            if k == 0:
                s = lead
            if e == m.end() - 2 or text[e : e + 2] == "全会":
                e = m.end()
            key = f"{term}届{it.group(1)}中全会"
            out.append(Hit(s, e, "Event", key, _freeze({"canonical": key, "kind": "plenary"})))
        del prefix_end
    return out


#: the words of a scope that name a province's or a local government's own bodies and meetings (省|水利厅, 市|劳动局)
_PROVINCE_SCOPES = ("自治区", "省")
_LOCAL_SCOPES = ("自治州", "市", "州", "县", "区")
_SCOPES = _PROVINCE_SCOPES + _LOCAL_SCOPES


def _whose(name: str, region: str) -> str:
    """A meeting named by its body's level alone is the report's region's, or its province's: 省第十二次党代会
    in 平凉's report is 甘肃省第十二次党代会, 市第三次党代会 平凉市第三次党代会 (one node per region, not one for
    every 市第三次党代会 of a corpus); the name as written when the region has no such level."""
    home = region_division(region)
    if home is CHINA:
        return name
    province = admin_table().province_of(home)
    for level in _PROVINCE_SCOPES:
        if name.startswith(level) and province is not None and province.name.endswith(level):
            return province.name + name[len(level) :]
    for level in _LOCAL_SCOPES:
        if name.startswith(level) and home.name.endswith(level):
            return home.name + name[len(level) :]
    return name


#: a plenary session of a provincial, city or county Party committee: 省委十四届五次全会,
#: 中共成都市委十四届四次全会, 市委六届五次、六次全会 (each session of a list is one event)
_LOCAL_PLENUM = re.compile(
    rf"(中共[\u4e00-\u9fff]{{1,8}}?[省市区县州]委|[省市区县州]委)?(?:第)?({_NUM})届((?:(?:第)?{_NUM}次、)*)(?:第)?({_NUM})次全(?:会|体会议)"
)


def _local_plenum_hits(text: str, region: str) -> list[Hit]:
    out = []
    for m in _LOCAL_PLENUM.finditer(text):
        body = m.group(1) or ""
        items = list(re.finditer(rf"({_NUM})次", text[m.start(3) : m.end()]))
        for k, it in enumerate(items):
            written = f"{body}{m.group(2)}届{it.group(1)}次全会"
            key = _whose(written, region)  # 省委…: the province's committee
            s = m.start() if k == 0 else m.start(3) + it.start()  # 市委六届五次 | 六次全会
            e = m.end() if k == len(items) - 1 else m.start(3) + it.end()
            out.append(Hit(s, e, "Event", key, _freeze({"canonical": key, "kind": "plenary", "alias": written})))
    return out


def _congress_hits(text: str) -> list[Hit]:
    out = []
    for m in _CONGRESS_LONG.finditer(text):
        if not text.startswith(("中国共产党", "中共", "党的"), m.start()) and "党" not in text[max(0, m.start() - 12) : m.start()]:
            continue  # 中国共产党召开了第八次全国代表大会: the Party's, named just before
        key = f"中国共产党第{m.group(1)}次全国代表大会"
        out.append(Hit(m.start(), m.end(), "Event", key, _freeze({"canonical": key, "kind": "congress"})))
    for m in _CONGRESS_SHORT.finditer(text):
        if not m.group(1) and (m.start() > 0 and text[m.start() - 1] in "第届" or cuts_a_word(text, m.start(), m.end())):
            continue
        if not m.group(1) and not re.match(r"[和、以精召报及，。；后前上的]", text[m.end() : m.end() + 1] or "。"):
            continue
        key = f"中国共产党第{m.group(2)}次全国代表大会"
        out.append(Hit(m.start(), m.end(), "Event", key, _freeze({"canonical": key, "kind": "congress"})))
    return out


def _npc_hits(text: str, region: str) -> list[Hit]:
    out = []
    for m in _NPC.finditer(text):
        term, session = (m.group(1), m.group(3)) if m.group(1) else (m.group(4), m.group(5))
        key = f"第{term}届全国人民代表大会第{session}次会议"
        out.append(Hit(m.start(), m.end(), "Event", key, _freeze({"canonical": key, "kind": "session"})))
    for m in _NPC_TERM.finditer(text):
        if (m.group(1) or m.group(3)) and not any(h.start <= m.start(2) < h.end for h in out):
            s = m.start(2) - (text[m.start(2) - 1 : m.start(2)] == "第")
            key = f"第{m.group(2)}届全国人民代表大会"
            out.append(Hit(s, m.end(), "Event", key, _freeze({"canonical": key, "kind": "session"})))
    for m in _LOCAL_PC.finditer(text):
        if any(h.start <= m.start() < h.end for h in out):
            continue
        if not m.group(1) and text[m.start() - 1 : m.start()] not in tuple("省市县区州盟旗"):
            continue  # (省人民代表大会第三次会议: without its term, only after its place)
        start = m.start()
        # the congress's place: a division's name (湖北省, 西安市) or 省/市/县/区 alone just before
        for n in range(8, 1, -1):
            if start - n >= 0 and admin_table().lookup(text[start - n : start]) and text[start - 1] in "省市县区州盟旗":
                start -= n
                break
        else:
            if text[max(0, start - 3) : start] in ("自治州", "自治区", "自治县"):
                start -= 3  # 自治州第一届人民代表大会第二次会议: the autonomous prefecture's own
            elif start > 0 and text[start - 1] in "省市县区":
                start -= 1
        key = _whose(text[start : m.end()], region)  # 省人民代表大会第三次会议: the province's congress
        out.append(Hit(start, m.end(), "Event", key, _freeze({"canonical": key, "kind": "session", "alias": text[start : m.end()]})))
    for m in _CPPCC.finditer(text):
        term, session = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        key = f"中国人民政治协商会议第{term}届全国委员会第{session}次会议"
        out.append(Hit(m.start(), m.end(), "Event", key, _freeze({"canonical": key, "kind": "session"})))
    return out


def _typhoon_hits(text: str) -> list[Hit]:
    out = []
    for rx in (_TYPHOON_AFTER, _TYPHOON_BEFORE):
        for m in rx.finditer(text):
            for q in _QUOTED.finditer(m.group(1)):
                s = m.start(1) + q.start(1)
                name = q.group(1)
                out.append(Hit(s, s + len(name), "Event", name,
                               _freeze({"canonical": name, "kind": "typhoon", "alias": f"台风{name}"})))
    out += [Hit(m.start(), m.end(), "Event", m.group(), _freeze({"canonical": m.group(), "kind": "typhoon"}))
            for m in _TYPHOON_NUMBERED.finditer(text)]
    return out


#: a local party congress: 省第十二次党代会, 市第三次党代表大会, 甘肃省第十三次党代会
_LOCAL_PARTY_CONGRESS = re.compile(rf"(?:[省市州县区]|自治区|自治州)?第{_NUM}次党(?:代会|代表大会)")


def _local_party_congress_hits(text: str, places: list[tuple[int, int]], region: str) -> list[Hit]:
    """省第十二次党代会, 市第三次党代会: a province's or city's party congress, with the place before it when
    one stands there (甘肃省第十三次党代会), else the report's region's (:func:`_whose`)."""
    ends = {e: s for s, e in places}
    out = []
    for m in _LOCAL_PARTY_CONGRESS.finditer(text):
        s = ends.get(m.start(), m.start())
        if s == m.start() and m.group()[0] in "省市州县区" and m.start() + 1 in ends:
            s = ends[m.start() + 1]  # 甘肃省|第十三次党代会: the place's name holds the 省
        if s == m.start() and not re.match("[省市州县区]|自治", m.group()):
            continue  # 第三次党代会 alone: whose it is, the sentence does not say
        name = _whose(text[s : m.end()], region)
        out.append(Hit(s, m.end(), "Event", name, _freeze({"canonical": name, "kind": "congress", "alias": text[s : m.end()]})))
    return out


def _quake_hits(text: str, places: list[tuple[int, int]]) -> list[Hit]:
    """汶川特大地震, 四川芦山地震, 舟曲特大山洪泥石流: an earthquake or disaster named by the place before it."""
    out = []
    ends = {e: s for s, e in places}
    for m in _QUAKE.finditer(text):
        s = m.start()
        start = None
        while s in ends or (text[s - 2 : s] == "流域" and s - 2 in ends):  # 四川芦山, 甘肃岷县漳县, 海河流域
            start = s = ends[s] if s in ends else ends[s - 2]
        if start is None or (m.group(1) is None and m.group().startswith(("洪水", "暴雨"))):
            continue  # 黄河特大洪水, not 黄河洪水 (a kind of event on that river)
        code = _DATE_CODE.search(text, max(0, start - 8), start)
        if code:
            start = code.start()  # “23·7”海河流域特大洪水
        name = strip_quotes(text[start : m.end()])
        out.append(Hit(start, m.end(), "Event", name, _freeze({"canonical": name, "kind": "disaster"})))
    starts = {s: e for s, e in places}
    for m in _CODE.finditer(text):
        pos = m.end()
        while pos in starts:  # “7·19”商洛柞水特大暴雨山洪灾害: the places it struck, then what it was
            pos = starts[pos]
        kind = _CODED_KIND.match(text, pos)
        if kind is not None:
            start = ends.get(m.start(), m.start())  # 梅州“6·16”特大暴雨: the place before the code names it too
            if start < m.start() and text[start - 1 : start] in ("、", "和", "及", "与"):
                start = m.start()  # 西江、桂江“六·一八”特大洪水: the last of the places struck names it no more than the first
            attrs = {"kind": "disaster"}
            if start == m.start() and (year := re.search(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年$", text[max(0, start - 5) : start])):
                start -= len(year.group())  # 2010年“8·12”局地暴洪: the year the code's day fell in names it too
                attrs["alias"] = strip_quotes(text[m.start() : kind.end()])  # (and the code alone: 6·19特大洪灾)
            name = strip_quotes(text[start : kind.end()])
            out.append(Hit(start, kind.end(), "Event", name, _freeze({"canonical": name, **attrs})))
    for m in _DATED_FLOOD.finditer(text):
        out.append(Hit(m.start(), m.end(), "Event", m.group(), _freeze({"canonical": m.group(), "kind": "disaster"})))
    # one disaster read twice: the longer reading (…特大暴雨洪涝灾害, not …特大暴雨)
    return [h for h in out if not any(o.start == h.start and o.end > h.end for o in out)]


def _anniversary_hits(text: str, protected) -> list[Hit]:
    """…理念提出20周年系列活动, 内蒙古自治区成立70周年庆祝活动: the name runs back over the
    verb of the occasion (提出, 成立) to the verb or punctuation before the whole phrase."""
    out = []
    for m in _ANNIVERSARY.finditer(text):
        occasion = re.search(r"(提出|成立|诞辰|胜利|建立|发表|回归|创立|召开|颁布|实施|开通|建设|开放|建区|设立)$", text[max(0, m.start() - 2) : m.start()])
        if not occasion:
            continue
        vs = m.start() - 2
        start = name_start(text, vs, protected, max_len=24, tags=False)
        if vs - start < 2:
            continue
        name = text[start : m.end()]
        out.append(Hit(start, m.end(), "Event", name, _freeze({"canonical": name, "kind": "anniversary"})))
    return out


_HOSTING = re.compile(r"(?:成功)?(?:举办|办好|承办|主办|召开|举行|筹办|办|开好|(?:组团|积极)?参加|(?:组团)?参展|出席)?")


#: the words of a clause, not of a name, before a meeting's head (…要定期向|人民代表大会, 乡召开了|…, 选举产生|…)
_CLAUSE_IN_ITEM = re.compile(r"[了向要]|召开|产生|举行|选举")


def _list_item_name(text: str, hs: int, he: int) -> tuple[int, str] | None:
    """The whole item of a list of events (举办A、B、C等活动) as the name, when the tags found none:
    the words from the punctuation before to the head, less a hosting verb and an ordinal."""
    ps = hs
    while ps > 0 and hs - ps <= 16:
        if text[ps - 1] == "）" and (j := text.rfind("（", max(0, ps - 8), ps - 1)) > 0 and "、" not in text[j:ps]:
            ps = j  # 中国（济南）新动能国际博览会: an aside in the item
            continue
        if text[ps - 1] in PUNCT:
            break
        ps -= 1
    if not (ps == 0 or text[ps - 1] in PUNCT) or not ((ps > 0 and text[ps - 1] == "、") or text[he : he + 1] == "、"):
        return None
    ps += _HOSTING.match(text, ps).end() - ps
    full = strip_ordinal(text[ps:he])
    name = full[: len(full) - (he - hs)]
    if not (2 <= len(name) <= 14) or not all(is_cjk(c) or c.isalnum() or c in "（）" for c in name) or "的" in name \
            or is_generic(name) or _CLAUSE_IN_ITEM.search(name):
        return None
    first = segment(name)[0]
    if first[1] in _BOUNDARY_FLAGS:  # 切实发挥职工代表大会: a verb phrase, not a name
        return None
    return he - len(full), full


#: games of a country, province or city, numbered: the scope word alone names them
_SCOPED_GAMES = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}届)?(?:全国|全省|全市|省|市|自治区)(?:第[一二三四五六七八九十\d]{1,3}届)?"
                           r"(?:[\u4e00-\u9fff]{0,4})?运动会")


def _head_events(text: str, protected: list[tuple[int, int]], mask) -> list[Hit]:
    heads = {r["head"]: r for r in head_table("event_heads.jsonl")}
    out = []
    for m in head_regex("event_heads.jsonl").finditer(text):
        hs, he = m.span()
        if mask[hs] or any(s <= hs and he <= e for s, e in protected):
            continue
        head = heads[m.group()]
        if head.get("folk") and (head_regex("event_heads.jsonl").match(text, he) or text.endswith("农历", 0, hs)):
            continue  # 鄂尔多斯国际那达慕|大会: a longer name's word; 农历三月三: a day of the calendar
        start = name_start(text, hs, protected, max_len=20)
        hosted = _HOSTED.search(text, max(0, hs - 24), start) if not head.get("standalone") else None
        held = hosted.end() if hosted is not None else 0
        held += 1 if hosted is not None and text[held : held + 1] in ("了", "的") else 0  # 举办了|…, 举办的|…
        # (和 may join two words of a numbered event's name: 办好|第六届中国国际轨道交通和装备制造产业博览会)
        breaks = _HOSTED_NUMBERED_BREAK if _EDITION_START.match(text, held) else _HOSTED_BREAK
        if hosted is not None and not breaks.search(text, held, hs) and not head_regex("event_heads.jsonl").search(text, held, hs):
            # 成功举办|2024世界物联网博览会, 办好|中国常州国际新能源汽车及零部件博览会: after the verb that holds
            # it, the whole stretch to the head is the event's name, whatever the tags inside it say
            start = held
        else:
            hosted = None
        lead = _MEETING_SCOPE.search(text[max(0, start - 8) : start]) if head.get("scoped") else None
        if lead is not None:  # 全省先进|生产者代表会议: the scope and 先进 open the meeting's name
            start -= len(lead.group())
            start = next((a for a, b in protected if a < start < b), start)  # 石家庄|市第一次…: the city's name
            if lead.group().startswith(("地区", "专区")):  # 鸡西|地区第一次先进…: the place the area is named after
                start = next((a for a, b in protected if b == start), start)
        if text[start - 2 : start] in ("杯和", "杯与", "杯及") and (c := name_start(text, start - 1, protected, max_len=12)) is not None \
                and c < start - 2:
            start = c  # 苏迪曼杯和|尤伯杯羽毛球赛: the first cup opens the name
        for conj in "和与及":  # 全国运动会和省第十六届运动会, 亚运会和第4届亚残运会: two events, each with its head
            k = text.rfind(conj, start, hs)
            if k > start and text[k - 1] == "杯" and "杯" in text[k + 1 : hs]:
                continue  # 汤姆斯杯和尤伯杯|羽毛球赛: two cups of one contest
            before = head_regex("event_heads.jsonl").search(text, max(0, k - 4), k) if k > start else None
            match = k > start and (text[start:k].endswith(m.group()) or before is not None and before.end() == k)
            if k > start and not match and text[k - 1] == "赛" and k - start >= 5 and not mask[start] \
                    and not any(f.startswith("v") for _w, f, _a, _b in segment(text[start:k])[:1]):
                # 中国杯国际冬季两项赛和|第五届崇礼国际冰雪节: a contest the heads do not know, then the event
                first = strip_ordinal(text[start:k])
                out.append(Hit(k - len(first), k, "Event", first, _freeze({"canonical": first, "kind": "games"})))
                match = True
            if match:
                start = k + 1
                break
        prev = head_regex("event_heads.jsonl").search(text, max(start, hs - 4), hs)
        if prev is not None and prev.end() == hs and head.get("standalone"):
            start = hs  # 办好亚运会亚残运会: two games named one after the other
        if "”“" in text[start:hs]:  # “五五购物节”“上海之夏”国际消费季: the last quoted term starts it
            start = text.rindex("“", start, hs)
        month = _EVENT_MONTH.match(text, start, hs)
        if month and hs - month.end() >= 4:  # 十二月|中国共产党第十一届中央委员会第三次全体会议: the date, no name
            start = month.end()
        times = re.match(r"[一两二三四五六七八九十]次", text[start:hs])
        if times and text[start - 1 : start] != "第" and hs - start - 2 >= 2:
            start += 2  # 召开了一次|全市城乡物资交流大会: how many times it was held, no part of its name
        name = text[start:hs]
        if head.get("numbered") and not _NUMBERED_MEETING.search(name):
            continue  # 先后召开全体会议: a numbered head with no number names no meeting
        full = text[start:he]
        bare = strip_ordinal(full)
        if head.get("cup") and "杯" not in full and bare == full:
            continue  # 全民健身篮球赛: a ball game's contest is named by a cup or an edition
        scoped = _SCOPED_GAMES.fullmatch(full)
        if scoped is None and head["kind"] == "games":  # 组队参加|全省煤矿职工运动会: the verbs are no part
            scoped = next((g for g in _SCOPED_GAMES.finditer(text, start, he) if g.end() == he), None)
            before = text[start : scoped.start()] if scoped is not None else ""
            verb = re.search(rf"(?:参加|筹办|{_HOSTING_VERBS})$", before) \
                or any(f.startswith("v") for _w, f, _a, _b in segment(before))
            if scoped is not None and verb and not any(a < scoped.start() <= b for a, b in protected):
                start, full = scoped.start(), scoped.group()
            else:
                scoped = None
        if scoped and head["kind"] == "games":  # 第十五届全国运动会, 省第十六届运动会: numbered games of a level
            out.append(Hit(start, he, "Event", full, _freeze({"canonical": full, "kind": "games"})))
            continue
        if start > 0 and is_cjk(text[start - 1]) and not head.get("standalone") and bare != m.group():
            item = _list_item_name(text, hs, he)  # 2024太原能源低碳|发展论坛、…: the tags cut the item's name
            before = text[item[0] : start] if item is not None else ""
            short = _SHORT_FAIR.fullmatch(before)
            if short is not None and not word_freq(short.group(1)):
                # 港洽周和|广东（深圳）经贸洽谈会: a fair known by three characters the dictionary does not know, then
                # another
                out.append(Hit(item[0], item[0] + 3, "Event", short.group(1), _freeze({"canonical": short.group(1), "kind": "expo"})))
            elif item is not None and item[0] < start and (not any(
                    f.startswith("v") for _w, f, _a, _b in segment(before)  # 高水平举办|世界浙商大会
            ) or _EDITION.search(text, max(0, item[0] - 6), item[0])) and not head_regex("event_heads.jsonl").search(before) \
                    and not re.search(r"[\u4e00-\u9fff]{2}(?<![节季])节[和与及]$", before):
                # 上海国际时装周和|中国网球巡回赛, 尧山杜鹃花节和|中国汝瓷文化节: two events
                start, bare = item
        # (第一届全国音乐周: an edition and a scope name one event)
        if not _NUMBERED_SCOPE.match(full) and (bare == m.group() or not name or is_generic(bare[: -len(m.group())] if bare.endswith(m.group()) else name)):
            item = None if head.get("standalone") else _list_item_name(text, hs, he)
            if item is not None:  # 2023世界大健康博览会、…: the tagger took 健康 for an adjective
                start, bare = item
            elif not head.get("standalone"):
                continue
            elif bare != m.group() and name:
                start, bare = hs, m.group()  # 大型运动会 → no; 本届奥运会 → 奥运会
        host = _HOST_COUNTRY.search(text, max(0, start - 12), start)
        if host is not None and not mask[host.start()]:  # 中国（怀化）—|东盟经贸博览会: the host names it first
            start, bare = host.start(), host.group() + bare
        elif (host := _HOST_JOINED.search(text, max(0, start - 20), start)) is not None and not mask[host.start()] \
                and not head_regex("event_heads.jsonl").search(host.group()):
            start, bare = host.start(), host.group() + bare  # 中国（吴忠）清真食品和|穆斯林用品博览会: one name
        lead = _EVENT_LEAD.match(text, start)
        if lead and lead.end() < he - len(m.group()) and bare.startswith(lead.group()):
            start, bare = lead.end(), bare[len(lead.group()) :]  # 借势|第九届亚洲冬季运动会: the verb is no part
        year = re.match(r"(?:19|20)\d\d年?(?=[\u4e00-\u9fff])", bare) if hosted is not None else None
        bare = bare[year.end() :] if year else bare  # 2024|世界物联网博览会: named without its year (an alias with it)
        if _NO_EVENT_NAME.search(bare):
            continue
        out.append(Hit(start, he, "Event", bare, _freeze({"canonical": bare, "kind": head["kind"]})))
    return out


#: a fair or week known by an abbreviation of three characters, before another event (港洽周和|…, 昆交会与|…)
_SHORT_FAIR = re.compile(r"([\u4e00-\u9fff]{2}[会周])[和与及]")


#: what names no one event before its head: places in a list (吉隆坡等地巡展), an occasion of works (开工典礼)
_NO_EVENT_NAME = re.compile(r"等地|^(?:开工|竣工|开学|落成|通车|投产|毕业|奠基)")


#: the verbs that hold an event, right before its name (成功举办|…博览会); the last in the window
_HOSTING_VERBS = "举办|办好|承办|主办"
_HOSTED = re.compile(rf"(?:{_HOSTING_VERBS})(?!.*(?:{_HOSTING_VERBS}))")

#: the scope of a congress of representatives before its name (全省先进|生产者代表会议)
_MEETING_SCOPE = re.compile(r"(?:(?:全国|全省|全市|全区|[省市县]|地区|专区)(?:第[一二三四五六七八九十]+[次届])?|第[一二三四五六七八九十]+[次届])(?:工业|农业|手工业|林业|交通|财贸|文教|卫生|商业|基本建设)?(?:先进|优秀)?$")

#: a month (and year) the scan took in before an event's name (十二月|中国共产党…全体会议, 7月召开的|…)
_EVENT_MONTH = re.compile(r"(?:(?:19|20)\d\d年|[〇一二三四五六七八九]{4}年)?" + MONTH + r"(?:召开的|举行的|举办的)?")

#: the number of a body's meeting, right before a numbered head (国务院第四十一次|全体会议)
_NUMBERED_MEETING = re.compile(r"[\u4e00-\u9fff]{2}第[一二三四五六七八九十百]+次$")

#: the country and the city hosting an event, before its name: 中国（怀化）—东盟经贸博览会, 中国（商丘）国际…
_HOST_COUNTRY = re.compile(r"中国（[\u4e00-\u9fff]{2,6}）(?:—|[\u4e00-\u9fff])?$")

#: the host's prefix and the words joined by 和 before a name: the prefix opens one name (中国（吴忠）清真食品和|
#: 穆斯林用品博览会)
_HOST_JOINED = re.compile(r"中国（[\u4e00-\u9fff]{2,6}）[\u4e00-\u9fff]{2,10}[和与及][\u4e00-\u9fff]{0,6}$")

#: verbs before an event that the tagger does not read as verbs: 借势第九届亚洲冬季运动会
_EVENT_LEAD = re.compile(r"借势|借助|依托|利用|围绕|抓住|用好|承接|筹备|做好|备战|服务保障|迎接")


def find_events(text: str, region: str | None = None, orgs: list[Hit] | None = None) -> list[Hit]:
    region = region or CHINA.adcode
    mask = opaque_mask(text)
    places = [(h.start, h.end) for h in find_places(text, region)]
    if orgs is None:
        orgs = lexicon_orgs(text, region, mask)
    found: list[Hit] = []
    found += _session_hits(text)
    found += _local_plenum_hits(text, region)
    found += _congress_hits(text)
    found += _npc_hits(text, region)
    found += [Hit(m.start(), m.end(), "Event", m.group(), _freeze({"canonical": m.group(), "kind": "conference"}))
              for m in _WORK_CONF.finditer(text) if not mask[m.start()]]
    found += _typhoon_hits(text)
    found += [Hit(m.start(), m.end(), "Event", m.group(), _freeze({"canonical": m.group(), "kind": "meeting"}))
              for m in _KNOWN_MEETING.finditer(text) if not mask[m.start()]]
    for m in _FAIR.finditer(text):
        if mask[m.start()] or text[m.start()] in "的等和与及":
            continue
        s = next((a for a, b in places if b == m.start()), m.start())  # 长春|汽博会: the city names the fair
        if s == m.start() and (lead := _fair_place_lead(text, m.start())):
            s -= lead  # 敦煌|文博会 (a county's city no table of this report's region gives), 海峡两岸|文博会
        if s < m.start():
            s -= len(_FAIR_LEAD.search(text, max(0, s - 8), s).group())  # 第二十二届长春汽博会
        found.append(Hit(s, m.end(), "Event", text[s : m.end()], _freeze({"canonical": text[s : m.end()], "kind": "expo"})))
    found += [Hit(m.start(), m.end(), "Event", strip_ordinal(m.group()),
                  _freeze({"canonical": strip_ordinal(m.group()), "kind": "expo"}))
              for m in _NUMBERED_FAIR.finditer(text) if not mask[m.start()]]
    found += _quake_hits(text, places)
    found += _local_party_congress_hits(text, places, region)
    found += [Hit(m.start(), m.end(), "Event", m.group(), _freeze({"canonical": m.group(), "kind": "disaster"}))
              for m in _CRISIS.finditer(text) if not mask[m.start()]]
    fixed = [(h.start, h.end) for h in found]
    protected = places + [(h.start, h.end) for h in orgs] + fixed + _known_programmes(text)
    found += _anniversary_hits(text, places + [(h.start, h.end) for h in orgs])
    # an organisation of the lexicon is no event (全国人民代表大会); but it can start one (上海合作组织峰会)
    lex_spans = [(h.start, h.end) for h in orgs]
    found += [h for h in _head_events(text, protected, mask) if (h.start, h.end) not in lex_spans
              and not any(s <= h.start and h.end <= e for s, e in fixed)]
    found += _seasonal_meetings(text, orgs)
    found += _symposiums(text, mask)
    found += _quoted_events(text)
    found = _joined_events(text, found)
    found += _listed_events(text, found, mask)
    found += _hosted_festivals(text, found, mask)
    # a reading that ends where a longer one ends is the same event cut short (东北全面振兴座谈会 in
    # 新时代推动东北全面振兴座谈会)
    found = [h for h in found if not any(o.start < h.start and o.end == h.end for o in found)]
    found = [_without_editions(text, _pan_region(text, h, places)) for h in found]
    return sorted(set(found), key=lambda h: (h.start, -h.end, h.key))


def _pan_region(text: str, h: Hit, places: list[tuple[int, int]]) -> Hit:
    """An event named after a wider region than a place (泛|北部湾经济合作论坛, 泛|珠三角区域合作与发展论坛):
    the 泛 before the place is part of the name."""
    if h.start < 1 or text[h.start - 1] != "泛" or not any(a == h.start for a, _ in places) or h.key != text[h.start : h.end]:
        return h
    attrs = dict(h.attrs)
    attrs["canonical"] = "泛" + h.key
    return Hit(h.start - 1, h.end, h.label, "泛" + h.key, _freeze(attrs))


#: a count of a fair's editions before its name, with no 第 (成功举办了|五届|中越边境商贸·旅游博览会): how
#: many times it was held, no part of its name (the terms of Party and state bodies are: 十九届四中全会)
_EDITIONS = re.compile(r"[两二三四五六七八九十]{1,3}届(?=“?[\u4e00-\u9fff]{2})")


def _without_editions(text: str, h: Hit) -> Hit:
    m = _EDITIONS.match(text, h.start)
    if m is None or text[h.start - 1 : h.start] == "第" or dict(h.attrs).get("kind") in ("plenary", "session", "congress") \
            or text[h.start : h.end].endswith(("全会", "会议", "代表大会", "委员会")):
        return h
    start, end = m.end(), h.end
    if text[start] == "“" and text[end - 1] == "”" and "“" not in text[start + 1 : end - 1]:
        start, end = start + 1, end - 1  # 四届|“中国·来宾盘古文化节”: the quoted name
    name = text[start:end]
    attrs = dict(h.attrs)
    attrs["canonical"] = strip_ordinal(name)
    return Hit(start, end, h.label, strip_ordinal(name), _freeze(attrs))


def _known_programmes(text: str) -> list[tuple[int, int]]:
    """Where the lexicon's programmes stand: an event may be named after one (第三届|黄河流域生态保护和高质量发展|
    济南论坛), read across its 和."""
    from kg.components.programmes import lexicon, lexicon_candidates

    return [(c.start, c.end) for c in lexicon_candidates(text, lexicon())]


#: the summer or winter meeting of a body named like a forum: 夏季达沃斯论坛 (the body is 世界经济论坛)
_SEASON = re.compile(r"(?:夏季|冬季|春季|秋季)$")


def _seasonal_meetings(text: str, orgs: list[Hit]) -> list[Hit]:
    out = []
    for h in orgs:
        if text[h.start : h.end].endswith(("论坛", "年会")) and _SEASON.search(text, max(0, h.start - 2), h.start):
            name = text[h.start - 2 : h.end]
            out.append(Hit(h.start - 2, h.end, "Event", name, _freeze({"canonical": name, "kind": "forum"})))
    return out


#: the symposiums where the head of the Party spoke, named in full: 总书记在新时代推动东北全面振兴座谈会上
_SYMPOSIUM = re.compile(r"总书记(?:先后|亲自)?(?:在|出席|主持召开)([^，。；、“”《》\n]{4,30}?座谈会)(?:上|时)")


def _symposiums(text: str, mask) -> list[Hit]:
    out = []
    for m in _SYMPOSIUM.finditer(text):
        if not mask[m.start(1)]:
            out.append(Hit(m.start(1), m.end(1), "Event", m.group(1), _freeze({"canonical": m.group(1), "kind": "meeting"})))
    return out


#: an event's edition (第五届, 首届)
_EDITION_WORD = r"(?:第[\d一二三四五六七八九十百]{1,4}届|首届)"
#: an edition before a name (…季, …月), or opening a list item (第五届湘南湘西承接产业转移投资贸易洽谈会: its
#: name may hold a verb)
_EDITION = re.compile(_EDITION_WORD + "$")
#: an edition opening the stretch after a hosting verb
_EDITION_START = re.compile(_EDITION_WORD)
#: what ends the stretch after a hosting verb that may be an event's name: punctuation, 的, or 和 (two events);
#: after an edition 和 may join two words of the name, but not follow an event's last character (第X届西博会和…)
_HOSTED_BREAK = re.compile(r"[，。；、：！？\n“”和的]")
_HOSTED_NUMBERED_BREAK = re.compile(r"[，。；、：！？\n“”的]|[会节赛展周季][和与及]")
#: an edition and a national, provincial or city scope: one event (第一届全国音乐周)
_NUMBERED_SCOPE = re.compile(_EDITION_WORD + r"(?:全国|全省|全市)[\u4e00-\u9fff]")


def _quoted_events(text: str) -> list[Hit]:
    """An event named inside quotation marks (the marks hide it from the heads): 办好“侗乡文化艺术节”,
    第五届“五五购物节”. A season or month of shopping (“海河国际消费季”) is a campaign by its brand,
    unless its edition is counted."""
    heads = {r["head"]: r for r in head_table("event_heads.jsonl")}
    out = []
    for s, e in opaque_spans(text):
        if text[s] != "“":
            continue
        m = head_regex("event_heads.jsonl").search(text, s + 1, e - 1)
        if m is None or m.end() != e - 1:
            continue
        name = text[s + 1 : e - 1]
        if m.group().endswith(("季", "月")) and not _EDITION.search(text, max(0, s - 8), s) \
                and not _held_with_festivals(text, s):
            continue
        folk = heads[m.group()].get("folk") and not name.startswith("农历")  # “壮族三月三”, “三月三”: a festival by itself
        if not folk and (heads[m.group()].get("standalone") or len(name) - len(m.group()) < 2
                         or is_generic(name[: -len(m.group())])):
            continue
        out.append(Hit(s + 1, e - 1, "Event", name, _freeze({"canonical": name, "kind": heads[m.group()]["kind"]})))
    return out


#: a hosting verb, then quoted names one after another, then the list's class (举办“延安消费季”“红街夜市节”等活动
#: 120余场); group 1 the names, group 2 a count of occasions
_HOSTED_QUOTED_LIST = re.compile(rf"(?:{_HOSTING_VERBS})((?:“[^“”，。；]{{2,16}}”)+)等[\u4e00-\u9fff]{{0,4}}活动(\d+余?场)?")


def _held_with_festivals(text: str, start: int) -> bool:
    """Is the quoted season at ``start`` one of a list of occasions held, beside a festival or counted
    (举办“六盘山消费季”“固原夜市烟火节”等促消费活动160余场): then it is an event, not a campaign's brand."""
    lo = max(0, start - 40)
    for m in _HOSTED_QUOTED_LIST.finditer(text, lo, start + 60):
        if m.start(1) <= start < m.end(1):
            names = re.findall("“([^”]+)”", m.group(1))
            return bool(m.group(2)) or any(n.endswith("节") for n in names)
    return False


def _joined_events(text: str, found: list[Hit]) -> list[Hit]:
    """Two events held as one and named as one with 暨: 全国第十二届残疾人运动会暨第九届特殊奥林匹克运动会."""
    events = sorted((h for h in found if h.label == "Event"), key=lambda h: (h.start, -h.end))
    drop: set[Hit] = set()
    out = []
    for a in events:
        if text[a.end : a.end + 1] != "暨" or dict(a.attrs).get("kind") != "games":
            continue  # games held as one (残特奥会); fairs held side by side keep their own names
        for b in events:
            gap = text[a.end + 1 : b.start]
            if dict(b.attrs).get("kind") == "games" and a.end < b.start <= a.end + 9 \
                    and all(is_cjk(c) for c in gap) and not any(c in PUNCT for c in gap):
                name = text[a.start : b.end]
                out.append(Hit(a.start, b.end, "Event", name, _freeze({"canonical": name, "kind": "games"})))
                drop |= {a, b}
                break
    return [h for h in found if h not in drop] + out


#: a list of events closed by its class: 举办A、B、C等交流活动, A、B等品牌赛事
_EVENT_LIST_END = re.compile(r"等(?:[\u4e00-\u9fff]{0,4})(?:活动|赛事|展会|节会|节庆|会议)")


#: the festivals a report says it held, named in the list after the hosting verb: 成功举办中国玉溪聂耳音乐节、
#: 星云湖开渔节和新平花腰傣花街节 (each item ending in 节 is one, whatever its head)
_HOSTED_LIST = re.compile(rf"(?:{_HOSTING_VERBS}|举行|办成)([^，。；：\n]{{4,80}})")
_FESTIVAL_ITEM = re.compile(r"(?:第[一二三四五六七八九十百\d]{1,4}届|(?:19|20)\d\d年?)?"
                            r"([\u4e00-\u9fff·（）]{3,16}(?<![春环季礼调音])节)$")
#: holidays and memorial days, which a report also says it marks (办好春节和元宵节期间市场供应): no events
_HOLIDAYS = frozenset("元宵节 端午节 中秋节 国庆节 清明节 重阳节 七夕节 劳动节 儿童节 妇女节 建军节 教师节 护士节 记者节 "
                      "青年节 腊八节 丰收节 农民丰收节 中国农民丰收节".split())


def _hosted_festivals(text: str, found: list[Hit], mask) -> list[Hit]:
    """The festivals of a hosting verb's list that no head found (星云湖开渔节, 尧山杜鹃花节)."""
    out = []
    for m in _HOSTED_LIST.finditer(text):
        pos = m.start(1)
        listed = m.group(1)
        close = _EVENT_LIST_END.search(listed)
        if close:  # 举办“延安消费季”“红街夜市节”等活动: the list ends at its class
            listed = listed[: close.start()]
        for piece in re.split(r"(、|和|及|”“)", listed):
            s, e = pos, pos + len(piece)
            pos = e
            if piece in ("、", "和", "及", "”“"):
                continue
            if piece.startswith("“"):  # the items may be quoted: 举办“延安消费季”“红街夜市节”等活动
                s, piece = s + 1, piece[1:]
            if piece.endswith("”"):
                e, piece = e - 1, piece[:-1]
            quoted = text[s - 1 : s] == "“" and text[e : e + 1] == "”"  # (the quotes hide it from the heads)
            f = _FESTIVAL_ITEM.fullmatch(piece)
            if not f or (mask[s] and not quoted) or "的" in piece or any(h.start < e and s < h.end for h in found):
                continue
            name = f.group(1)
            if name in _HOLIDAYS or is_generic(name) or segment(name)[0][1] in _BOUNDARY_FLAGS:
                continue
            out.append(Hit(s, e, "Event", name, _freeze({"canonical": name, "kind": "festival"})))
    return out


def _listed_events(text: str, found: list[Hit], mask) -> list[Hit]:
    """The other items of a list of events of which one item is found by its head: each item is an event
    named as written (海峡青年节, 镜泊湖旅游季 beside 第十六届海峡论坛, 漠河北极光节)."""
    out = []
    events = [h for h in found if h.label == "Event"]
    for m in _EVENT_LIST_END.finditer(text):
        start = clause_start(text, m.start())
        items, pos = [], start
        for piece in text[start : m.start()].split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        if len(items) < 2:
            continue
        covered = [any(h.start >= s - 6 and h.end == e for h in events) for s, e in items]
        if not any(covered):
            continue
        for (s, e), hit in zip(items, covered):
            if hit or mask[s] and text[s] != "“" or "”“" in text[s:e]:
                continue
            s += _HOSTING.match(text, s).end() - s
            full = text[s:e]
            name = strip_ordinal(strip_quotes(full))
            if not (3 <= len(name) <= 20) or not all(is_cjk(c) or c.isalnum() or c in "—（）()“”·" for c in full) \
                    or "的" in name or is_generic(name) or segment(name)[0][1] in _BOUNDARY_FLAGS:
                continue
            out.append(Hit(s, e, "Event", name, _freeze({"canonical": name, "kind": "listed"})))
    return out


# --------------------------------------------------------------------------- spaCy components


def _add(doc: Doc, hits: list[Hit]) -> None:
    for h in hits:
        add_mention(doc, h.start, h.end, h.label, h.key, **dict(h.attrs))


@Language.factory("kg_organizations")
def make_organizations(nlp: Language, name: str):
    return OrganizationsComponent()


@Language.factory("kg_events")
def make_events(nlp: Language, name: str):
    return EventsComponent()


class OrganizationsComponent:
    """Adds Organization mentions to ``doc.spans[MENTIONS]``."""

    def __call__(self, doc: Doc) -> Doc:
        _add(doc, find_organizations(doc_text(doc), doc_region(doc), doc.user_data.get("kg_region_name")))
        return doc


class EventsComponent:
    """Adds Event mentions to ``doc.spans[MENTIONS]``."""

    def __call__(self, doc: Doc) -> Doc:
        _add(doc, find_events(doc_text(doc), doc_region(doc)))
        return doc


# --------------------------------------------------------------------------- resolution

#: entities whose names are read for the organisations they hold (上海合作组织峰会 → 上海合作组织)
NAME_HOLDERS = ("Event", "Programme", "Project", "Place")


def nested_organizations(result, entities) -> None:
    """Resolver: an organisation of the lexicon named inside an event's, programme's or project's name
    (上海合作组织峰会, 二十国集团领导人杭州峰会, 国务院机构改革) is named by the report too: it gets an
    Organization entity and a mention of its own, overlapping the longer one."""
    from kg.extract import Entity, Mention, entity_key_iri

    doc = result.doc
    text, original = doc.analysis_text, doc.text
    forms, longest = _org_forms(result.skeleton.region or CHINA.adcode, result.skeleton.region_name)
    orgs = {e.key: e for e in entities if e.type == "Organization"}
    taken = {(m.start, m.end) for e in entities for m in e.mentions if e.type == "Organization"}
    for holder in [e for e in entities if e.type in NAME_HOLDERS]:
        for m in holder.mentions:
            i = m.start
            while i < m.end:
                for L in range(min(longest, m.end - i), 1, -1):
                    f = text[i : i + L]
                    if f in forms and (i, i + L) != (m.start, m.end) and not _in_alnum_run(text, i, i + L):
                        key, attrs = forms[f]
                        if (i, i + L) not in taken:
                            taken.add((i, i + L))
                            ment = Mention("Organization", i, i + L, original[i : i + L], key, _freeze(attrs))
                            ent = orgs.get(key)
                            if ent is None:
                                label = attrs.get("canonical") or f
                                ent = Entity("Organization", key, label, entity_key_iri("Organization", key, attrs),
                                             set(), dict(attrs), [])
                                orgs[key] = ent
                                entities.append(ent)
                            ent.mentions.append(ment)
                            if ment.text != ent.label:
                                ent.aliases.add(ment.text)
                        i += L
                        break
                else:
                    i += 1
    for e in orgs.values():
        e.mentions.sort(key=lambda m: (m.start, m.end))
    entities.sort(key=lambda e: (e.type, e.key))
