"""Projects: one specific, named investment, construction or industrial project or facility.

``kg_projects`` finds them from the patterns of the language:

- **enumerations closed by a class noun**: ``推动温福高铁、衢济先导智能、追觅机器人等项目开工建设`` gives
  three projects; the verb before the first item (推动, 加快, 确保, 开工建设) is not part of a name, and
  quoted or generic items (“两重”、专项债等项目) are not projects.
- **names ending in a facility type** (…铁路, …高铁, …机场, …泊位群, …核电, …电厂, …LNG, …管道,
  …枢纽, …大通道, …水网), optionally with a phase (温州机场三期, 义乌机场改扩建), read leftwards to
  the verb or punctuation that opens the phrase; a …工程 whose modifier names infrastructure
  (宁波舟山港重大集疏运工程) is a project; a platform or centre is one only with a status verb next
  to it (…服务平台上线运行). Items before a named facility share its type (义甬舟、金丽温开放大通道).
- **named by their places**: a facility named by a place alone (乐山机场) needs no status verb; a line
  may be named by the initials of the places it joins (济滨、潍宿等高铁项目, 萍莲高速); sections of
  lines (郑济高铁河南段), lines between two places with their voltage (金上—湖北±800千伏…工程),
  routes (黎塘——湛江线, 锦州到承德的铁路, 汉口至宜昌公路), metro lines (上海地铁11号线, 轨道交通101线、22号线, 7号线 in a report that
  names its metro), stations (苏州北站), energy transfers (青电入豫工程), works on a named river or
  place (吴淞江整治工程);
- **built facilities**: a science device, a new hospital campus, a medical centre, a museum, a
  venue (歌剧院, 体育中心), a data or computing centre, a production line or a plant is a project
  when a status verb says it is being built or done (…光源加快建设, …新院区建成投用,
  …博物馆改扩建工程, 厦门天马第8.6代新型显示面板生产线开工);
- **named by their company**: a plant or park named after a curated enterprise (比亚迪襄阳产业园,
  亿纬动力荆门基地) and a company's project with a status (TCL华星t9项目开工);
- **typed lists**: a list closed by a concrete kind of facility names one facility per item even
  without a status verb (云南的以礼河、湖南的柘溪等水电站 → 以礼河水电站, 柘溪水电站), and lines
  coded by their places share the head after 和 or 、 (川黔和黔桂铁路 → 川黔铁路); a plant may be
  named by its place (洛阳的拖拉机厂);
- **works**: on a river, road or place no list knows (望虞河拓浚工程, 春申湖路快速化改造), between
  two named facilities (公明水库—清林径水库连通工程), shared by a list (吴淞江整治、望虞河拓浚、太浦河
  后续工程), water transfers (引江补汉); short asides in brackets belong to the name
  (珠三角枢纽（广州新）机场);
- **numbered units** of a works: blast furnaces, open hearths, coke ovens and generating units by
  their number, with the works before them (鞍钢的第八号高炉, 安钢第一号高炉);
- **government apps and platforms** named by a place and quoted, before 平台, 服务能力 or 迭代升级
  (“粤省事”“粤商通”服务能力不断提升, “i深圳”城市服务品牌): projects, not programmes;
- **lists closed by their status alone** (…钢铁基地、…一体化项目等持续释放产能; 平益高速、安慈高速等建成
  通车), each item ending in a facility's head; lists after 重要的有 in a passage about building
  (1950s: 重要的有：本溪钢铁公司，黑龙江钢厂，…，等等); a hospital's branch named by its place
  (…医院云南医院); expressways by code and name (G3京台高速铜陵至黄山段); international airports with
  a name of their own (天府国际机场); suburban lines by city initials and a code (成资S3线);
- **1950s works**: lists of the plan's key works (…由苏联帮助设计的有A厂、B厂和C公司等重点工程),
  mills named by their size (中型轧钢厂), works on a named plant or mine (南京的下关发电厂扩建工程 →
  下关发电厂, 通顺二矿的扩建工程); a plant or steel company whose own verb is a status (武汉钢铁公司的
  建设已经全面铺开) is a project, not the body, while a plant the sentence shows at work (大冶钢厂的产量
  超过了计划, …等企业都提前完成了生产任务) is the enterprise: an ``Organization`` mention;
- **lists that share a head** (any period): the other items of a list one of whose items is found,
  joined by 、, 和 or 及 and of the same kind, are projects too (荆江大堤、同马大堤和无为大堤), and an item
  after the found one shares the place that names it (沈阳的风动工具厂和电缆厂 → 沈阳电缆厂); each ordinal
  of a list of one kind of plant is one plant (国营第一、第二、第三棉纺织厂); a mine with a name of its
  own after its place (本溪的彩屯矿); a plant named by the works that owns it (延长油矿的炼油厂);
- **counted and place lists**: counted lists (霍林河、伊敏河…等五大露天矿; 新建三岔子、湾沟和临江三个局,
  a bureau only when opened or built), one kind of plant built in each of several cities (扩建了哈尔滨、
  牡丹江和齐齐哈尔的制材厂 → 哈尔滨制材厂, …), the items of a steel works' list after its owner and 的
  (鞍钢的第八号炼铁炉、第二薄板厂、中型轧钢厂 → 鞍钢中型轧钢厂), works on a plant or river written with 的
  (广州造纸厂的第二期扩建工程, 乌江的一段航道整治工程), named streets in a list of city roads;
- **kinds, not works**: a plant named by its product alone, in common words of the dictionary, is a
  kind of plant (一批…面粉厂, 建设汽车、拖拉机等工厂, 甘蔗糖厂) unless a place, a company or a building
  verb makes it one (洛阳的拖拉机厂, 新建了经纬纺织机械厂); so are the mines of a province, a region or
  several places (甘肃、云南的铜矿); lists of ecological works (退耕还林、天然林保护等林业生态工程: a
  programme's), districts (…运河片区, 高铁新城) and creeks or villages in a list closed by a kind of
  place (直湖港、武进港等入湖河道) are no works;
- **list mates**, whatever their head: in a clause that builds works, the other items of a 、-list
  most of whose items are found projects are projects too (…体育中心二期、…污水处理厂三期、钱江世纪城
  地下环廊建设), but not a task (an item holding a verb), a count, a date, a part of the works before
  (一期、二期工程) or a place or body the other readers found alone; short items before a concrete
  facility take its kind (叶巴滩、拉哇、巴塘水电站 → 叶巴滩水电站, written 叶巴滩); numbered roads by
  their code (G318线林芝至拉萨段改扩建; G318、G219线改扩建 → G318线, G219线); routes listed before a
  graded road (拉萨至泽当、…等高等级公路); a 等 inside a word (高等) opens no list's kind;
- a curated **lexicon** of well-known national projects (``kg/data/projects.jsonl``: 三峡工程,
  南水北调, 西气东输, 青藏铁路, with English names).

Each mention carries the project's **status** from the verb before or after it in the same clause
(not a verb inside a name, 沈阳风动工具厂, nor one before a count of things made, 建成了几艘货轮)
(``kg/patterns/project_status.jsonl``: 开工建设 → started, 加快建设 → under_construction,
建成投运 → completed, 谋划 → planned); a specific status beats the generic under_construction of
推进/加快. The year of the status is the year of the report part the mention is in, so the graph
contributor :func:`add_programme_project_facts` sets it (result parts: the reviewed year; plan parts:
the coming year). Facility types, class nouns, status verbs and generic words are data:
``kg/patterns/project_*.jsonl``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Literal
from rdflib.namespace import XSD
from spacy.language import Language
from spacy.tokens import Doc

from kg.components.places import (
    _ASIDE,
    _NOT_INITIALS,
    CITYS_OWN,
    CLAUSE_END,
    DIG_VERBS,
    SENTENCE_END,
    VENUES,
    ZONE_BEFORE_PARK,
    clause_bounds,
    clause_start,
    word_boundary,
)
from kg.components.programmes import (
    WORKS_STATUS_NEXT,
    _inside_word,
    DATA_DIR,
    is_cjk,
    PATTERN_DIR,
    _COUNT_PREFIX,
    _NUM,
    Candidate,
    WordSet,
    load_jsonl,
    load_lexicon,
    resolve_overlaps,
    scan_left_words,
    strip_quotes,
    WORKS_CLASS,
)
from kg.nlp import MENTIONS, add_mention, doc_text

LABEL = "Project"
STATUSES = ("planned", "started", "under_construction", "completed")


@dataclass
class ProjectPatterns:
    heads: dict[str, dict]  # head word -> entry (kind: facility, phase, class, needs_status, infrastructure)
    facility: WordSet
    phase: WordSet
    class_nouns: WordSet
    needs_status: WordSet
    infrastructure: WordSet
    built: WordSet  # facilities built and then opened: a museum, a device (…实验装置, …博物馆)
    status: dict[str, tuple[str, bool]]  # verb -> (status, strong)
    status_words: WordSet
    verbs: WordSet
    bounds: WordSet
    generic: WordSet


@lru_cache(maxsize=1)
def project_patterns() -> ProjectPatterns:
    heads: dict[str, dict] = {}
    by_kind: dict[str, list[str]] = {}
    for d in load_jsonl(PATTERN_DIR / "project_heads.jsonl", ("head", "kind")):
        by_kind.setdefault(d["kind"], []).append(d["head"])
        if d["kind"] != "infrastructure":
            heads.setdefault(d["head"], d)
    status: dict[str, tuple[str, bool]] = {}
    for d in load_jsonl(PATTERN_DIR / "project_status.jsonl", ("verb", "status")):
        if d["status"] not in STATUSES:
            from kg.errors import DataError

            raise DataError(f"project_status.jsonl: unknown status {d['status']!r} (known: {', '.join(STATUSES)})")
        status[d["verb"]] = (d["status"], bool(d.get("strong")))
    words: dict[str, list[str]] = {}
    for d in load_jsonl(PATTERN_DIR / "project_words.jsonl", ("word", "use")):
        words.setdefault(d["use"], []).append(d["word"])
    return ProjectPatterns(
        heads=heads,
        facility=WordSet(by_kind.get("facility", [])),
        phase=WordSet(by_kind.get("phase", [])),
        class_nouns=WordSet(by_kind.get("class", [])),
        needs_status=WordSet(by_kind.get("needs_status", [])),
        infrastructure=WordSet(by_kind.get("infrastructure", [])),
        built=WordSet(h for h, d in heads.items() if d["kind"] == "built"),
        status=status,
        status_words=WordSet(status),
        verbs=WordSet(words.get("verb", []) + list(status)),
        bounds=WordSet(words.get("boundary", [])),
        generic=WordSet(words.get("generic", [])),
    )


@lru_cache(maxsize=1)
def project_lexicon():
    return load_lexicon(DATA_DIR / "projects.jsonl", LABEL)


#: what a sentence says of a reservoir or lake that is a water source, not works (…水库水质稳定保持二类)
_WATER_QUALITY = re.compile(r"水质|水源保护|水源地|饮用水源")


def _water_source(c: Candidate, text: str) -> bool:
    """Is a reservoir named, with no status of its own, where its clause speaks of its water (岗南水库、
    黄壁庄水库水质稳定保持二类)? Then it is a site, no project."""
    return c.key.endswith("水库") and not c.attrs.get("status") \
        and _WATER_QUALITY.search(text, *clause_bounds(text, c.start, c.end, CLAUSE_END)) is not None


def _port_on_route(c: Candidate, text: str) -> bool:
    """Is a port named as an end of a shipping or rail route (…至X港、Y港, “A港—B港”)? Then it is a place
    the route runs to, not works."""
    if not c.key.endswith("港") or c.key != text[c.start : c.end]:
        return False
    if _is_place(re.split("[至到—－]", c.key)[-1]):
        return False  # 淮阴至连云港: a road to a city whose name ends in 港
    if re.search("[至到—－]", c.key) or (c.end < len(text) and text[c.end] in "—－-"):
        return True  # 石家庄至天津港; “连云港港—釜山港”
    before = text[clause_bounds(text, c.start, c.end, CLAUSE_END)[0] : c.start]
    # the first route word (至, 到, 通往: the module's _ROUTE_TO) in the clause before the port, and only
    # list marks and Chinese after it (拓展至宁波舟山港、|深圳盐田港: the later ports of the same route)
    to = _ROUTE_TO.search(before)
    if to is None or not all(p == "、" or is_cjk(p) for p in before[to.start() + 1 :]):
        return False
    pp = project_patterns()  # (濮阳至邯郸铁路、|濮阳内河港: the route is an item of its own, ended by its kind)
    return not any(pp.facility.ending_at(item, len(item)) for item in before[to.start() + 1 :].split("、")[:-1])


#: a park of a national designation (国家地质公园, 国家级森林公园, 国家城市湿地公园): a protected site, no works
_NATIONAL_PARK = re.compile(r"国家级?(?:城市)?(?:森林|地质|湿地|海洋|矿山|沙漠)公园$")


@lru_cache(maxsize=1)
def _port_cities() -> tuple[str, ...]:
    """Cities whose own name ends in 港 (连云港, 防城港, 张家港): three characters or more."""
    from kg.places import admin_table

    return tuple(sorted(d.short for d in admin_table() if d.name.endswith("港市") and len(d.short) >= 3))


def _city_of_port_name(key: str) -> bool:
    """Does a name end in a city whose name ends in 港, after words of its own (平安连云港, 法治连云港)? Then
    its 港 is the city's, no port's (连云港港 and 防城港港区 are ports; so is 连云港 alone in a report of the
    1950s, and 淮阴至连云港 is a route)."""
    return not re.search("[至到—－]", key) and any(
        key.endswith(city) and len(key) > len(city) and not key.endswith(city + "港") for city in _port_cities())


@lru_cache(maxsize=1)
def _services() -> frozenset[str]:
    """Services the lexicon knows (中欧班列): the names of works built for them, not works themselves."""
    return frozenset(d["name"] for d in load_jsonl(DATA_DIR / "projects.jsonl", ("name",)) if d.get("service"))


def specific_length(mod: str, pp: ProjectPatterns) -> int:
    """Characters left once generic words are peeled off the start, and one off the end."""
    prev = None
    while mod and mod != prev:
        prev = mod
        w = pp.generic.starting_at(mod, 0)
        if w:
            mod = mod[len(w) :]
    w = pp.generic.ending_at(mod, len(mod))
    if w and len(w) >= 2 and len(mod) - len(w) != 1:  # (松江河: 江河 ends it, but 松 alone would be no name)
        mod = mod[: -len(w)]
    return len(mod)


def all_generic(mod: str, pp: ProjectPatterns) -> bool:
    """Is ``mod`` made of kind words only (内河航运, 几个大型, 资源枯竭)? Then it names a kind of
    facility, not one facility."""
    i = 0
    while i < len(mod):
        w = pp.generic.starting_at(mod, i)
        if not w:
            return False
        i += len(w)
    return True


def _place_len(mod: str, line: bool = False) -> int:
    """Length of the place name ``mod`` starts with: a place and more (杭州湾跨海), a place alone
    (乐山 in 乐山机场) or, before the head of a line (``line``), a run of place initials (成雅 in
    成雅高速: 成都, 雅安); 0 when none."""
    from kg.components.programmes import _place_prefix_len, patterns

    n = _place_prefix_len(mod, patterns())
    if n:
        return n
    if len(mod) >= 2 and (_is_place(mod) or (line and _initials(mod))):
        return len(mod)
    forms = _named_forms()
    for k in range(min(len(mod) - 1, 8), 1, -1):  # 吴淞江整治: a named river, lake or site first
        if mod[:k] in forms:
            return k
    return 0


@lru_cache(maxsize=1)
def _named_forms() -> frozenset[str]:
    from kg.components.places import named_places

    return frozenset(f for p in named_places() for f in (p.name, *p.aliases))


#: heads of lines, which are named by the initials of the places they join (济青高铁, 甬绍管道)
LINE_HEADS = frozenset(
    "铁路 高速铁路 高铁 城际铁路 城际 客运专线 客专 高速公路 高速 公路 管道 天然气管道 输气管道 输油管道 "
    "大通道 通道 特高压 输电工程 输变电工程 输变电 运河".split()
)


@lru_cache(maxsize=1)
def _initial_chars() -> frozenset[str]:
    """First characters of the provincial- and prefecture-level divisions, and the official
    one-character abbreviations: what a coded line name is made of (济滨, 雄商, 绵遂内)."""
    from kg.components.places import _cities_by_initial, abbreviations
    from kg.places import admin_table

    provinces = {d.short[0] for d in admin_table().provinces() if d.short}
    return frozenset(provinces | set(_cities_by_initial()) | set(abbreviations()))


def _initials(mod: str) -> bool:
    """Is ``mod`` two to four place initials (济滨, 绵遂内), not all of them direction words?"""
    init = _initial_chars()
    return 2 <= len(mod) <= 4 and all(c in init for c in mod) and not all(c in _NOT_INITIALS for c in mod)


@lru_cache(maxsize=1)
def _enterprises() -> WordSet:
    """Names and trade names of the curated enterprises (``kind: enterprise`` in
    kg/data/organizations.jsonl): a plant named after its company is a project (比亚迪襄阳产业园)."""
    from kg.components.orgs_events import org_lexicon

    return WordSet(f for e in org_lexicon() if e.kind == "enterprise" for f in (e.name, *e.aliases) if len(f) >= 2)




def _name_start(text: str, hs: int, pp: ProjectPatterns) -> int | None:
    """Where the name before the head at ``hs`` starts: read leftwards to the verb or punctuation that
    opens the phrase, across short asides in brackets."""
    j = hs
    while True:
        company = _enterprises().ending_at(text, j) if j < hs else None
        if company:  # 华为（大庆）…: a company before the aside (为 is no boundary there)
            return j - len(company)
        r = scan_left_words(text, j, pp.verbs, pp.bounds, min_mod=1 if j == hs else 2, limit=16, verb_in_head=False)
        if r is None:  # …博物馆二期和|平凉市博物馆新馆: the item after the phase, however long what came before
            after = _after_phase(text, max(0, j - 16), hs) if j == hs else None
            return after if after is not None and all(is_cjk(c) for c in text[after:hs]) else None
        s = r[0]
        if r[1] == "bound" and j == hs and s >= 3 and text[s - 1] in "和与" and 2 <= hs - s <= 4 \
                and text.startswith("项目", hs) and not any(w in text[s:hs] for w in pp.infrastructure.words):
            r2 = scan_left_words(text, s - 1, pp.verbs, pp.bounds, min_mod=4, limit=16, verb_in_head=False)
            if r2 is not None and r2[1] != "bound":  # 隆基绿能年产46吉瓦单晶硅棒和切片|项目: two products of one plant
                s = r2[0]
        q = _aside_before(text, s)
        if q is not None:
            j = q  # 华为（大庆）云计算数据中心: read on before the aside
            continue
        quoted = _quoted_inside(text, s, pp)
        if quoted is not None:
            return quoted  # 奈曼旗“沙戈荒”光伏治沙项目: a place, a short quoted brand, the works
        back = next((k for k in (1, 2) for n in (5, 4, 3) if s >= k and text[s - 1] in "和及与" and n > k
                     and s - k + n <= hs and _is_place(text[s - k : s - k + n])), 0)
        if not back and s >= 1 and text[s - 1] == "和" and (s == 1 or text[s - 2] in "、，；：。（\n") \
                and s + 1 < hs and _is_place(text[s - 1 : s + 1]):
            back = 1  # 、和龙|长仁水库: no 和 opens a clause or an item, so it opens a place's name (和龙)
        s -= back or _as_in_place(text, s)  # 呼和|浩特发电厂: 和 ended the reading inside a place's name
        when = _WHEN.match(text, s)
        if when and when.end() < hs - 1 and text[s - 1 : s] != "、":
            return when.end()  # 七月|黎湛铁路: a date opens no name (…、十月拖拉机修配厂: an item so named)
        after = _after_phase(text, s, hs)  # 泾川大云寺博物馆二期和|平凉市博物馆 (the segmenter glued 和 to what
        return s if after is None else after  # follows: 和平|凉市)


#: a works' phase and a conjunction after it: the end of an item of a list (…博物馆二期和|…)
_PHASE_AND = re.compile(r"[一二三四五六七八九十]期(?:工程)?[和与及]")


def _after_phase(text: str, lo: int, hs: int) -> int | None:
    """Where the item before a head at ``hs`` starts when a works' phase and a conjunction stand in
    ``text[lo:hs]``: right after the last of them, two characters at least before the head and no list
    closed by 等 between (云峰水泥新邵二期和宝庆食品产业园等项目); None when there is none."""
    ends = [p.end() for p in _PHASE_AND.finditer(text, lo, hs) if hs - p.end() >= 2 and "等" not in text[p.end() : hs]]
    return ends[-1] if ends else None


def _quoted_inside(text: str, s: int, pp: ProjectPatterns) -> int | None:
    """Where a name starts that holds a short quoted word after its place (通辽“火风光储氢”一体化基地三期),
    when the reading stopped at the closing quote at ``s``; None otherwise."""
    from kg.places import admin_table

    if s < 4 or text[s - 1] != "”":
        return None
    q = text.rfind("“", max(0, s - 9), s - 1)
    if q < 2 or not all(is_cjk(c) for c in text[q + 1 : s - 1]) or not 2 <= s - 1 - q - 1 <= 6:
        return None
    r = scan_left_words(text, q, pp.verbs, pp.bounds, min_mod=2, limit=8, verb_in_head=False)
    if r is None or not admin_table().lookup(text[r[0] : q]):
        return None  # (大渡河“三江”水风光一体化基地: a river's, not one works)
    return r[0]


#: a building verb right before a name: the thing is being built (新建了江城区卫生所)
_NEW_BUILT_BEFORE = re.compile(r"(?:新建|兴建|建成|扩建|迁建|筹建)了?$")


#: a count after a name: a kind of building counted (新建县人民医院二十七所), not one
_COUNTED_AFTER = re.compile(r"(?:[\d一二三四五六七八九十两几百千万]+[多余]?|一批)[所座家个处]")  # (…学校2400多所)


def _opened(text: str, start: int, end: int, st: tuple[str, bool] | None, pp: ProjectPatterns) -> bool:
    """Is a hospital or clinic being built or opened: a strong starting or completing verb right after
    its name (市传染病医院建成投用, not …定点医院开通率), or a building verb right before it, and no count
    after it?"""
    if _COUNTED_AFTER.match(text, end):
        return False
    if _NEW_BUILT_BEFORE.search(text, max(0, start - 4), start):
        return True
    if not (st is not None and st[1] and st[0] in ("started", "completed") and _status_follows(text, end, pp)):
        return False
    return not re.match(r"[\u4e00-\u9fff]{0,6}?率", text[end : end + 8])


#: the words by which a campus is being built rather than at work
_CAMPUS_BUILT = re.compile(r"建设|建成|开工|投用|投入使用|启用|竣工|迁建|扩建|新建|封顶|交付|开学")



def _opened_venue(word: str, mod: str, st: tuple[str, bool], pp: ProjectPatterns) -> bool:
    """A venue with a short name of its own whose own verb says it is started or done (钱王文化博物馆
    建成开馆): one, though its name has only two specific characters."""
    return word in VENUES and st[1] and st[0] in ("started", "completed") and specific_length(mod, pp) >= 2


#: the heads of parks, which are projects when built and places when named as a setting (a park named by
#: neither a place nor a company is a kind: 生物医药产业园)
PARKS = ("产业园", "工业园", "科技园", "物流园", "产业园区", "工业园区", "产业基地", "生态园", "科创园")

#: a company no list knows, by the word its name ends in, opening a works' name (丽珠集团|生物药产业园,
#: 联邦制药|珠海创新药基地, 远光软件|能源数字化产业园)
_COMPANY_WORDS = ("集团", "股份", "制药", "药业", "软件", "科技", "电子", "生物", "光电", "汽车", "重工", "新材料")
_COMPANY_LEAD = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:" + "|".join(_COMPANY_WORDS) + ")")


def _place_after_company(mod: str) -> bool:
    """Does a place follow the company that opens ``mod`` (华瑞集团|榆林…, 延长石油|榆林…)?"""
    known = _enterprises().starting_at(mod, 0)
    m = _COMPANY_LEAD.match(mod)
    k = len(known) if known else (m.end() if m and _company_lead(mod) else 0)
    return k > 0 and _place_len(mod[k:]) > 0


def _company_lead(mod: str) -> bool:
    """Does ``mod`` open with a company's name, and name something of it after (its product, its place)?"""
    from kg.components.places import word_freq

    m = _COMPANY_LEAD.match(mod)  # 丽珠|集团, 联邦|制药
    if m is None or len(mod) - m.end() < 2:
        return False
    stem = m.group(1)
    # the company's own word is no common word and no industry (新能源|汽车, 生物|医药: an industry)
    return not all_generic(stem, project_patterns()) and not _place_len(stem) \
        and all(word_freq(w) < 2000 for w in (stem, stem[:2], stem[2:]) if len(w) >= 2)  # (下游|高端|新材料)


#: a month or a part of the year before a name (七月黎湛铁路通车以后)
_WHEN = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})月(?:份|底|初|上旬|中旬|下旬)?(?:[一二三四五六七八九十]{1,3}日)?|年[初底内中]")


def _as_in_place(text: str, s: int) -> int:
    """1 when the 如 ("such as") that ended a reading at ``s`` opens a place's name (如|东, 如|皋)."""
    from kg.components.places import cuts_a_word

    return 1 if s > 0 and text[s - 1] == "如" and any(
        _is_place(text[s - 1 : s - 1 + n]) and not cuts_a_word(text, s - 1, s - 1 + n) for n in (2, 3)) else 0


def _aside_before(text: str, s: int) -> int | None:
    """Where a short aside in brackets that ends at ``s`` opens (华为（大庆）|…), if one does."""
    q = text.rfind("（", max(0, s - 12), s) if text[s - 1 : s] == "）" else -1
    return q if q > 0 and _ASIDE.fullmatch(text, q, s) else None


def _has_verb(item: str, pp: ProjectPatterns) -> bool:
    """Does ``item`` hold a verb of two characters or more (转型, 推动)?"""
    return any(len(pp.verbs.starting_at(item, i) or "") >= 2 for i in range(len(item)))


def _item_ok(item: str, pp: ProjectPatterns) -> bool:
    """An enumerated item that can be a project name: not quoted, not generic, not too short or long."""
    if not item or any(c in "“”\"'《》" for c in item) or not (3 <= len(item) <= 18):
        return False
    if item[0].isdigit() or all_generic(item, pp):
        return False
    return specific_length(item, pp) >= 3


def _part_after_and(text: str, s: int, e: int) -> bool:
    """Does the item at ``s``, after a 及 (not 以及), name no works of its own, but what the works before it
    make besides (比亚迪新能源汽车及|零部件, 增芯…传感器及|特色工艺晶圆制造): a common word opens it, no place?"""
    from kg.components.places import word_freq

    return text[s - 2 : s] != "以及" and not _place_len(text[s:e]) \
        and any(word_freq(text[s : s + n]) >= 1000 for n in (2, 3))


def _items_before(text: str, end: int, pp: ProjectPatterns) -> list[tuple[int, int]]:
    """Items A、B、C ending at ``end`` (exclusive), back to the verb or punctuation opening the list."""
    def start_before(i: int) -> int | None:
        r = scan_left_words(text, i, pp.verbs, pp.bounds, min_mod=1, limit=18, verb_in_head=False)
        if r is None:
            return None
        company = _enterprises().ending_at(text, r[0])
        if company:
            return r[0] - len(company)  # 华为|鲲鹏生态创新中心: the company's 为 is no boundary
        if _as_in_place(text, r[0]):  # 三峡如东: 如 opens 如东
            return start_before(r[0] - 1) if r[0] - 1 > 0 and text[r[0] - 2] not in "、，。；：" else r[0] - 1
        if r[0] >= 2 and text[r[0] - 2] == "、" and is_cjk(text[r[0] - 1]):
            return r[0] - 1  # 市行政中心、如|意湖、…: an item starts after the 、 (如 is no "such as" there)
        return r[0]

    items: list[tuple[int, int]] = []
    j = end
    while True:
        s = start_before(j)
        if s is None:
            return items[::-1]
        q = _aside_before(text, s)
        if q is not None and is_cjk(text[q - 1]):  # 香港中文大学（深圳）医学院附属医院
            s = start_before(q)
            if s is None or j - s > 24:
                return items[::-1]
        if s > 1 and text[s - 1] == "及" and (text.startswith(("下游", "配套"), s) or _part_after_and(text, s, j)):
            s = start_before(s - 1)  # …乙烯及下游…产业集群项目, 比亚迪新能源汽车及零部件: one
            if s is None:
                return items[::-1]
        items.append((s, j))
        if s > 0 and text[s - 1] == "、":
            j = s - 1
            continue
        if len(items) == 1 and s > 0 and text[s - 1] in "和及" and not _inside_word(text, s - 1) \
                and text.rfind("、", max(0, s - 20), s) > 0:
            j = s - 1  # A厂、B厂和C公司等重点工程: the last item joined by 和
            continue
        return items[::-1]


#: what opens the kind after a list: 等, a count, 一批/重大/重点…
#: a road's grade, part of the kind a list of routes shares (等一批二级公路: 防城港至企沙二级公路)
_ROAD_GRADE = r"[一二三四]级"
_ENUM_LEAD = r"等(?:(?:\d+|[一二三四五六七八九十两几]{1,3})[多余]?)?[个条座项批处所]?(?:一批|重大|重点|大型|中型|小型|骨干|在建){0,2}"
_ENUM = re.compile(
    _ENUM_LEAD + r"(?P<science>科技基础设施|大科学装置|科学装置|设施(?=加快建设|建成|开工|投入))|"  # A、B等重大科技基础设施建成运行
    + _ENUM_LEAD +
    r"(?:(?:产业|能源|交通|水利|电源电网|电源|电网|电力|基础设施|市政|海上风电|风电|光伏|储能|抽水蓄能|核电|水电)?(?:扩建|改扩建|迁建)?(?:项目|工程)"  # 等项目, 等7个重大交通项目
    r"|(?P<facility>市域铁路|市域快轨|盐场|国营农场|农场|垦殖场|工人新村|干线道路|城市道路|城市主干道|主干道|干道|煤矿|矿区|矿(?=的|[，。；])|(?:(?![的地建])[\u4e00-\u9fff]){0,4}?(?:工厂|厂)(?![房区址长])|干线|(?:风光|风电|光伏|新能源|清洁能源|风光储|风光氢储)基地|医院|校舍|(?:竞赛|比赛|训练)场馆(?:和训练场馆)?|道路|铁路|高速铁路|高铁|城际铁路|高速公路|(?:" + _ROAD_GRADE + r")?公路|机场|港口|水利|水电站|火电站|水电|核电站|核电|电站|输电|管道|抽水蓄能电站|水库|场馆|体育场馆)"
    r"(?:干线|枢纽工程|枢纽|工程|项目|建设项目)?"  # 新建A至B、C至D等铁路干线; 等水利枢纽工程; 开江至梁平、乐山至马边等高速公路
    r"|(?:高水平|高质量|优质|大型|新型)?(?:医院|医疗|卫生健康|卫生|文体|文化|体育|场馆)项目)"  # A院区、B院区等高水平医院项目
    "|" + _ENUM_LEAD + r"(?P<kind>[\u4e00-\u9fff]{2,6}?)(?:项目|工程)"  # 等一批新型显示项目, 等高校项目
)


#: facility classes whose enumerations name projects even without a status verb (…北京的下马岭、
#: 福建的古田等水电站): each item is one facility of that kind
_CONCRETE = {"铁路", "高速铁路", "高铁", "城际铁路", "高速公路", "机场", "水电站", "火电站", "核电站", "抽水蓄能电站", "水库", "干线",
             "盐场", "工人新村", "城市道路", "城市主干道", "干线道路", "干道", "主干道", "枢纽", "水利枢纽", "航运枢纽"}


def _typed_items(text: str, end: int, pp: ProjectPatterns) -> list[tuple[int, int]]:
    """The items of a typed list ending at ``end`` (the 等): back to the clause's start, split at 、,
    和 and 及; in an item "X的Y" (浙江的新安江) the name is Y, after a place X. Empty when an item does
    not read as a name."""
    cs = clause_start(text, end)
    lead = pp.verbs.starting_at(text, cs) or pp.bounds.starting_at(text, cs)
    if lead:
        cs += len(lead)  # 如, 有: the word that opens the list
        cs += 1 if text[cs : cs + 1] == "了" else 0  # 改建了|中山路、解放路等…
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^、和及]+", text[cs:end]):
        s, e = cs + m.start(), cs + m.end()
        k = text.rfind("的", s, e)
        if k >= 0:
            if not _place_len(text[s:k]):  # 四川灌县的紫坪铺: a place opens what stands before 的
                return []
            s = k + 1
        if not out:  # 在…滩涂上扩建了|淮海、黄海、新洋等农场: the building verb opens the list
            v = [b for b in _CITY_WORKS_VERB.finditer(text, s, e) if b.end() < e]
            s = v[-1].end() if v else s
        item = text[s:e]
        if not (2 <= len(item) <= 8) or not all(is_cjk(c) for c in item) or all_generic(item, pp):
            return []
        out.append((s, e))
    return out if len(out) >= 2 else []


#: places too wide to name a plant (我国的钢铁厂 is a kind)
_NOT_OWNER = {"中国", "我国", "全国", "国内", "各地", "全省", "全市", "本省", "本市"}


def _short_facility_name(item: str, pp: ProjectPatterns) -> bool:
    return 2 <= len(item) <= 4 and all(is_cjk(c) for c in item) and not all_generic(item, pp) and specific_length(item, pp) >= 2


def _coined(mod: str) -> bool:
    """Is ``mod`` two or three characters that are no word of the dictionary (天邛, 机荷: initials of
    places no table gives), rather than a common word (全省, 城市)?"""
    from kg.components.places import word_freq

    return 2 <= len(mod) <= 3 and all(is_cjk(c) for c in mod) and not word_freq(mod) and not any(c in _NUM for c in mod)


def _status_follows(text: str, i: int, pp: ProjectPatterns) -> bool:
    """Does a status verb follow at ``i``, after at most an adverb or two (等49个场馆全部按期完工)?"""
    j = i
    while j < min(len(text), i + 6) and is_cjk(text[j]):
        if pp.status_words.starting_at(text, j):
            return True
        a = _ADVERB.match(text, j)
        if not a:
            return False
        j = a.end()
    return False


#: adverbs between a list's kind and its status verb
_ADVERB = re.compile(r"全部|全面|均已|已经|顺利|相继|陆续|先后|基本|按期|如期|正在|全线|先期|持续|稳定|都|也|均|已|又|还")


#: adverbs before the verb that opens a list (重点推进A、B、C等工业项目)
_LEAD_ADVERB = re.compile(r"重点|全力|着力|大力|扎实|全面|优先|集中|努力")


def _lead_len(text: str, a: int, pp: ProjectPatterns) -> int:
    """The length of the verb that opens a list at ``a`` (推进, 加快建设), with an adverb before it
    (重点推进); 0 when none does."""
    adv = _LEAD_ADVERB.match(text, a)
    for i in ((a + len(adv.group()), a) if adv else (a,)):
        lead = pp.verbs.starting_at(text, i) or pp.status_words.starting_at(text, i) or pp.bounds.starting_at(text, i)
        if lead:
            return i - a + len(lead)
    return 0


def _list_before(text: str, end: int, pp: ProjectPatterns) -> list[tuple[int, int]]:
    """The items of a list ending at ``end``, read word by word; where that reading stopped inside the
    list (at a 、), the items before it split at 、 back to the clause's start."""
    items = _items_before(text, end, pp)
    if items and items[0][0] > 0 and text[items[0][0] - 1] == "、":
        items = _items_to_clause_start(text, items[0][0] - 1, pp) + items
    return items


def _items_to_clause_start(text: str, end: int, pp: ProjectPatterns, ok=None) -> list[tuple[int, int]]:
    """The items of a list before ``end`` (a 、) where reading word by word stopped at a verb inside
    an item (中创新航成都基地、吉利汽车成都基地新能源整车改造、…): split at 、 back to the clause's
    start; the items next to the rest of the list that read as names (``ok``, by default
    :func:`_item_ok`), the first without its verb."""
    ok = ok or _item_ok
    cs = clause_start(text, end)
    pieces = []
    s = cs
    for k in range(cs, end + 1):
        if k == end or text[k] == "、":
            pieces.append((s, k))
            s = k + 1
    out: list[tuple[int, int]] = []
    for n, (a, b) in enumerate(reversed(pieces)):
        if n == len(pieces) - 1:
            a += _lead_len(text, a, pp)
        if not ok(text[a:b], pp):
            break
        out.append((a, b))
    return out[::-1]


#: the kinds of a list of ecological works (林业生态工程, 防护林工程): national programmes, not projects
_GREEN_WORKS = re.compile("生态|林业|防护林|绿化|造林|水土保持")


def _enum_matches(text: str):
    """The matches of :data:`_ENUM`, where a 等 inside a word (拉萨师范高等专科学校等项目: 高等) opens no
    kind: the search goes on from the next character, to the list's own 等."""
    i = 0
    while (m := _ENUM.search(text, i)) is not None:
        if _inside_word(text, m.start()) or "等" in (m.group("kind") or ""):
            i = m.start() + 1
            continue
        yield m
        i = m.end()


#: the last words of a unit or building named by what it does (化学回收车间, 污水提升泵站): one facility, no product
_UNIT_ENDS = ("车间", "厂", "站", "线", "楼", "室", "库", "场", "池", "坝", "闸", "桥", "馆", "院", "所", "中心", "基地", "园")
#: the works done, at the end of an item (黄金水道治理): works, not a product
_WORKS_ENDS = ("治理", "整治", "改造", "修复", "疏浚", "建设", "工程")


def _a_product(item: str, pp: ProjectPatterns) -> bool:
    """Is a list's item a product (高端聚烯烃, 电子化学品): a few common words, no place, and no facility
    (化学回收车间) or works (黄金水道治理) at its end?"""
    return len(item) <= 6 and all(is_cjk(c) for c in item) and _product_named(item) and not _place_len(item) \
        and not any(item.endswith(h) for h in pp.heads) and not item.endswith(_UNIT_ENDS + _WORKS_ENDS)


#: the works done on firms' plants, after a list of the firms (金徽矿业、厂坝有色、中宝矿业等扩能改造项目)
_FIRMS_WORKS = re.compile(r"(?:扩能|扩产|技术|技改|提质|升级)?改造|扩能|扩产|技改")
#: the words a short firm's name ends in (金徽矿业, 厂坝有色, 酒钢集团)
_FIRM_ENDS = ("矿业", "有色", "集团", "股份", "实业", "控股", "药业", "化工", "钢铁")


def enumeration_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """A、B、C等项目 (or 等铁路干线, 等水利枢纽工程) with a status verb in the clause (…等项目开工建设,
    加快建设A、B等项目, 新建A至B、C至D等铁路干线); a list of a concrete kind of facility needs none
    (云南的以礼河、湖南的柘溪等水电站: 以礼河水电站, 柘溪水电站)."""
    out = []
    for m in _enum_matches(text):
        if m.end() < len(text) and is_cjk(text[m.end()]) and text[m.end()] not in "的和及上" and m.group("facility") \
                and not _status_follows(text, m.end(), pp) \
                and text[m.end()] not in _NUM \
                and not _ADVERB.match(text, m.end()):  # 等公路七百多公里: a length follows the kind (…等工人新村已经…: an adverb)
            continue  # 等铁路沿线, 等公路运输: the facility word begins a longer word
        if m.group().startswith("等处"):
            continue  # 新建夏庄、流亭等处小型水库: the places where works of a kind are built (the places' reading)
        if m.group("kind") and _GREEN_WORKS.search(m.group("kind")):
            continue  # 退耕还林、天然林保护等六大林业生态工程: ecological works are programmes
        # (脑解析与脑模拟、合成生物研究等…设施: a device's name may hold 与)
        items = _items_to_clause_start(text, m.start(), pp) if m.group("science") else _list_before(text, m.start(), pp)
        if not items and not m.group("science"):  # 铜文化广场改造、铜都大道综合整治等工程: the works end in their verbs
            items = _items_to_clause_start(text, m.start(), pp, ok=_works_on_a_named_place) \
                or _items_to_clause_start(text, m.start(), pp)  # …卷烟厂易地技改、…三期扩能等项目: names, then works
        if not items or status_near(text, items[0][0], m.end(), pp) is None:
            kind = m.group("facility")
            if kind in _CONCRETE and re.fullmatch(r"等(?:[一二三四五六七八九十两几]{1,3}[个条座])?" + kind + "(?:干线)?", m.group()):
                # 京山、京汉、石太等铁路干线; 胜利路、人民路等城市道路; 中山路、解放路等几条干线道路
                for s, e in _typed_items(text, m.start(), pp):
                    item = text[s:e]
                    named = item.endswith(kind) or kind.endswith(("道路", "干道")) and item.endswith(_ROAD_ENDS)
                    out.append(Candidate(s, e, item if named else item + kind, "enumeration", 2))
            continue
        firms = bool(m.group("kind")) and (m.group("kind").startswith(("企业", "公司"))
                                           or (_FIRMS_WORKS.fullmatch(m.group("kind")) is not None and len(items) >= 2
                                               and all(text[s:e].endswith(_FIRM_ENDS) for s, e in items)))
        for s, e in items:
            item = text[s:e]
            if item.endswith("大学"):
                continue  # 推进成都大学、成都中医药大学天府校区等项目: the university is the body; its campus is built
            if firms:  # 腾龙芳烃、福海创等企业扩能改造项目: the items are the firms, whose works are not named
                if _item_ok(item, pp):
                    out.append(Candidate(s, e, item, ENTERPRISE, 0))
                continue
            if not (m.group("facility") or m.group("science")) and _a_product(item, pp):
                continue  # 推进高端聚烯烃、电子化学品等项目: products, so kinds of project, not one
            # under a facility class, two place initials name a line (雄商、济滨等高铁项目) and a
            # short name one reservoir or plant (德厚、阿岗等大型水库建成)
            if _item_ok(item, pp) or (m.group("facility") and (_initials(item) or _short_facility_name(item, pp))) \
                    or (not m.group("kind") and _works_on_a_named_place(item, pp)):  # 铜文化广场改造、…等工程
                kind = m.group("facility") or ""
                if kind.endswith("厂") and item[-1] != "厂" and _product_named(item) and not _place_len(item):
                    continue  # 建设汽车、拖拉机、机床等工厂: products, so kinds of plant, not plants
                if (kind[-1:] in ("厂", "矿", "站", "库", "场") and item[-1] != kind[-1]) or (kind.endswith("基地") and not item.endswith("基地")):
                    item += kind  # 大连、四方等机车车辆工厂: 大连机车车辆工厂 (大连 as written is its mention); …等风光基地
                out.append(Candidate(s, e, item, "enumeration", 2))
    for m in _KEY_WORKS.finditer(text):  # 其中由苏联帮助设计的有A厂、B厂和C公司等重点工程 (1950s)
        lo = clause_start(text, m.start(), SENTENCE_END)
        if status_near(text, m.start(), m.end(), pp) is not None or not _BUILDING_CONTEXT.search(text, lo, m.start()):
            continue  # (with a status verb the list is read above)
        items = _list_before(text, m.start(), pp)
        if len(items) >= 2 and all(_listed_facility(text[s:e], pp) or text[s:e].endswith(_ENTERPRISE_HEADS)
                                   for s, e in items):
            out.extend(Candidate(s, e, text[s:e], "enumeration", 2) for s, e in items)
    for m in _PARKS_BUILT_UP.finditer(text):  # A工业园区、B工业园区基础设施投入…: the parks are works
        items = _list_before(text, m.start(), pp)
        if len(items) >= 2 and all(text[s:e].endswith(_BUILT_UP_PARKS) and _item_ok(text[s:e], pp) for s, e in items):
            out.extend(Candidate(s, e, text[s:e], "enumeration", 2) for s, e in items)
    for m in re.finditer("等", text):  # A基地、B基地一期、C项目等持续释放产能: a list of facilities and its status
        if not _status_follows(text, m.end(), pp):
            continue
        items = _items_before(text, m.start(), pp)
        if len(items) >= 2 and all(_listed_facility(text[s:e], pp) for s, e in items):
            out.extend(Candidate(s, e, text[s:e], "enumeration", 2) for s, e in items)
            continue
        # a company's works named by its product, among facilities, split at 、 (a verb inside a company's
        # name stops the reading word by word: 广西新发展集团锰系合金)
        items = _items_to_clause_start(text, m.start(), pp)
        facilities = [_listed_facility(text[s:e], pp) for s, e in items]
        if len(items) >= 3 and sum(facilities) >= 2 \
                and all(f or _company_works(text[s:e]) for f, (s, e) in zip(facilities, items)):
            out.extend(Candidate(s, e, text[s:e], "enumeration", 2) for s, e in items)
    return out


def _company_works(item: str) -> bool:
    """Is a listed ``item`` a company's works named by its product (新发展集团锰系合金): a company's name,
    then two characters or more, all Chinese?"""
    company = _enterprises().starting_at(item, 0) or (m.group(0) if (m := _FIRM_LEAD.match(item)) else "")
    return bool(company) and len(item) - len(company) >= 2 and len(item) <= 18 and all(is_cjk(c) for c in item)


#: a company's name at the start of a listed item: a few characters and 集团, 公司 or 股份 (广西新发展集团)
_FIRM_LEAD = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:集团|公司|股份)")


#: parks listed before the infrastructure put into them (A工业园区、B产业园等园区基础设施不断完善): each park
#: is a work being built up, not only a place (development zones, 开发区 and 工业集中区, stay places)
_PARKS_BUILT_UP = re.compile(r"(?:等(?:[一二三四五六七八九十\d]{1,2}个)?园区)?基础设施(?:投入|投资|建设|不断完善|进一步完善|日益完善|配套)")
_BUILT_UP_PARKS = ("园区", "工业园", "产业园", "园", "工业区", "基地")


def _listed_facility(item: str, pp: ProjectPatterns) -> bool:
    """Does ``item`` read as a facility's name: a specific name ending in a facility's head or a phase
    (…钢铁基地, …一体化基地一期, …一体化项目), or two initials and the head (安慈高速)?"""
    n = len(item)
    head = (pp.facility.ending_at(item, n) or pp.phase.ending_at(item, n) or pp.needs_status.ending_at(item, n)
            or pp.built.ending_at(item, n) or next((w for w in ("项目", "工程") if item.endswith(w)), None))
    if not head or not (3 <= len(item) <= 18) or not all(is_cjk(c) or c.isascii() and c.isalnum() for c in item):
        return False
    return _item_ok(item, pp) or (len(item) - len(head) in (2, 3) and (_initials(item[: -len(head)]) or _coined(item[: -len(head)])))


#: works on a river, a road or a water system, named after it: 吴淞江整治工程, 望虞河拓浚工程,
#: 韩江榕江练江水系连通后续工程, 春申湖路快速化改造工程 (治理, 保护 and 修复 are left to programmes)
_WORKS = re.compile(r"(?:整治|拓浚|疏浚|排洪|水资源配置|水系连通|连通|快速化改造|改造|改扩建|扩建|扩能|配套|引水|供水|调水|补水|排涝|排水|蓄洪|加固|后续|防洪|根治)$|(?:整治|拓浚|配置|连通)")

#: a river, canal or road named at the start of a works' name, when no list knows it: 望虞河拓浚,
#: 太浦河后续, 春申湖路快速化改造, 东六环入地改造 (not a kind: 中小河流, 城市河道)
_WATER_NAME = re.compile(r"[东南西北]?[二三四五六七]环|[\u4e00-\u9fff]{1,3}?(?:河|江|溪|渠|浦|塘|湖路|湖|路|大道)(?![流道段网系库区域泊])")


#: the works done on a named place, at the end of a works' name, with their phase (生态治理一期, 改造, 景观提升)
_WORKS_DONE = re.compile(r"(?:治理|整治|改造|提升|加固|修复)(?:[一二三四五六七八九]期)?$")
#: the named places that such works are done on: roads, bridges, squares, parks, rivers, lakes, quarters
_WORKED_PLACE = re.compile(r"路|街|大道|桥|广场|公园|湿地|河|江|湖|景区|片区|街区")


def _works_on_a_named_place(item: str, pp: ProjectPatterns) -> bool:
    """Does ``item`` name works done on a road, square, park or river named before them (北部湾广场改造,
    冯家江生态治理一期, 海景大道景观提升): the named place first, then at most a few words of what is done?"""
    m = _WORKS_DONE.search(item)
    if m is None:
        return False
    places = list(_WORKED_PLACE.finditer(item, 0, m.start()))
    named = places[-1] if places else None  # (the last: 漓江大桥|加固)
    return named is not None and named.start() >= 2 and m.start() - named.end() <= 6 \
        and specific_length(item[: named.end()], pp) >= 2 and not _has_verb(item[: named.end()], pp) \
        and all(is_cjk(c) for c in item) and not re.search("[和与及]", item)  # (…路网和城中村改造: two kinds)


#: the basin of one named river, opening the name of works in it (漓江流域山水林田湖草沙一体化保护和修复工程,
#: 清水河流域城乡供水工程); the great basins name the regions of national programmes (黄河流域生态保护…)
RIVER_BASIN = re.compile(r"^(?!(?:黄河|长江|珠江|淮河|海河|辽河|松花江)流域)[\u4e00-\u9fff]{1,3}[河江溪]流域")


def _basin_start(text: str, hs: int) -> int | None:
    """Where the name of works in one river's basin starts, before ``hs`` in the same clause: at the river
    (实施|漓江流域…修复工程; the river the segmenter's last word before 流域, with its 河 or 江)."""
    from kg.components.places import segment

    lo = max(text.rfind(c, max(0, hs - 40), hs) for c in "，。；、：\n") + 1
    k = text.find("流域", lo, hs)
    if k < 0 or text[k - 1 : k] not in ("河", "江", "溪"):
        return None
    words = [w for w, _f, _a, _b in segment(text[lo:k])]
    river = words[-1] if words else ""
    if len(river) == 1 and len(words) >= 2:
        river = words[-2] + river  # 石羊|河
    s = k - len(river)
    return s if 2 <= len(river) <= 4 and RIVER_BASIN.match(text[s : k + 2]) else None


def _works_name(mod: str, pp: ProjectPatterns) -> bool:
    """Does ``mod`` name works on one river, place or road (吴淞江整治, 望虞河拓浚, 太浦河后续)?"""
    from kg.components.places import _DIRECTION_REGION, _places_in_name, abbreviations

    if RIVER_BASIN.match(mod) and mod.endswith(("修复", "治理", "保护")):
        return True  # 石羊河流域山水林田湖草沙一体化保护和修复: works in one river's basin
    if not _WORKS.search(mod):
        return False
    if _place_len(mod) > 0 or _places_in_name(mod, None):  # 环北部湾广西水资源配置: places inside
        return True
    if any(project_lexicon().lookup(mod[:k]) for k in range(2, len(mod) - 1)):
        return True  # 葛洲坝航运扩能: works on a known project
    d = _DIRECTION_REGION.match(mod)  # 渝西水资源配置: a part of a province
    if d and any(p.level == "province" for p in abbreviations().get(d.group(1), ())):
        return True
    m = _WATER_NAME.match(mod)
    return bool(m) and m.end() < len(mod) and not pp.generic.starting_at(mod, 0) and not all_generic(m.group()[:-1], pp)


#: the works done on a named facility or site before 工程: 昌东污水处理厂提标改造工程, …景区扩容提升工程
_FACILITY_WORKS = re.compile(r"(?:提标改造|扩容提升|改造提升|提升改造|提质改造|更新改造|升级改造|除险加固|保护展示|保护提升|保护修复|保护利用|"
                             r"综合整治|整治提升|生态修复|保护修缮|修缮|修复|维修|改扩建|扩建|改建|迁建|技术改造|快速化改造|改造|提升|扩容|"
                             r"加固|拓宽|加宽)$")
#: what of a site the works are on, between its name and the works (…森林公园生态保护修复, …大道综合提升)
_WORKS_ASPECT = re.compile(r"(?:生态|综合|景观|环境|整体|山水林田湖草沙?一体化)$")
#: the sites, roads and institutions such works are done on, by the end of their name (滕王阁景区, 新嵊大道,
#: 绍兴市中医院, 龙门石窟, 毗卢寺)
_SITES = re.compile(r"(?:景区|街区|公园|景观带|风光带|水系|湿地|片区|古城|古镇|卫城|城墙|遗址|大街|大道|快速路|医院|保健院|中学|小学|博物院|体育场|体育馆|石窟|"
                    r"旅游区|风景区|名胜区|保护区|度假区|旧址|老街|故居|"
                    r"寺|塔|岛|园|陵|桥|草堂)$")


#: what opens a list item or a clause, left of a name
_ITEM_OPEN = "，。；、：\n（）“”《》"


def _after_verbs(text: str, i: int, end: int, pp: ProjectPatterns, bounds: bool = False, shortest: int = 1) -> int:
    """Where text[i:end] starts once the verbs that open it are left out (加快推进|…), never reaching
    ``end``; ``bounds``: boundary words too; ``shortest``: the shortest verb left out."""
    while (w := pp.verbs.starting_at(text, i) or (pp.bounds.starting_at(text, i) if bounds else None)) \
            and len(w) >= shortest and i + len(w) < end:
        i += len(w)
    return i


def _company_item_start(text: str, hs: int, pp: ProjectPatterns) -> int | None:
    """Where a project's name starts when it holds a verb of its own (…煤炭综合利用项目, …煤提油项目) and
    opens a list item or clause with a company or a place (国家能源集团榆林…, 延长石油榆林…): the item's
    start, once the verbs that open the clause are left out."""
    cs = _after_verbs(text, max(text.rfind(c, max(0, hs - 40), hs) for c in _ITEM_OPEN) + 1, hs, pp)
    core = text[cs:hs]
    if not 6 <= len(core) <= 30 or not all(is_cjk(c) or c.isdigit() or c in "./万吨" for c in core) or "的" in core:
        return None
    lead = _enterprises().starting_at(core, 0) or _company_lead(core) or _place_len(core) > 0
    return cs if lead else None


#: a works with a phase or on a coded road inside its name (漓江游船二期更新工程, G228鞍营段改扩建工程): one
#: project, not a programme
_PHASED_WORKS = re.compile(r"[\u4e00-\u9fff]{2}(?:第?[一二三四五六七八九]期)|^[GS]\d{1,4}[\u4e00-\u9fff]{1,4}段")


#: a named river, lake, bay or mountain (and its reach) before ecological works: 闽江上游(生态), 牙山(生态)
_ECO_SITE = re.compile(r"([\u4e00-\u9fff]{1,4}?(?:山|河|江|湖|湾|溪|岛|岭))(?:上游|中游|下游|流域|沿岸|[东南西北]麓)?(?:水?生态)?")
#: the ecological works that such a named site makes one project (not 提标改造, 扩建: those need a facility)
_ECO_WORKS = frozenset({"保护修复", "生态修复", "修复", "综合整治", "整治提升"})


def _works_on_facility(mod: str, pp: ProjectPatterns) -> bool:
    """Does ``mod`` name works on one facility or site with a name of its own (昌东污水处理厂提标改造,
    滕王阁景区扩容提升), rather than on a kind of them (老旧小区改造, 城市更新提升)?"""
    w = _FACILITY_WORKS.search(mod)
    if w is None or w.start() < 3:
        return False
    core = mod[: w.start()]
    if (aspect := _WORKS_ASPECT.search(core)) and aspect.start() >= 3:
        core = core[: aspect.start()]  # 双峰山国家森林公园|生态|保护修复, 和平路|综合|提升: what the works are on
    if _company_lead(core):
        return True  # 恒邦股份冶炼技术改造: works on a company's plant
    if core[:1] in "市省县" and core[1:] in VENUES + ("文化中心", "档案馆", "体育中心", "会展中心"):
        return True  # 市文化中心改造提升: the government's own venue
    eco = _ECO_SITE.fullmatch(core) if w.group() in _ECO_WORKS else None
    if eco and not all_generic(eco.group(1), pp) and specific_length(eco.group(1), pp) >= 2:
        return True  # 闽江上游生态保护修复, 牙山生态保护修复: ecological works on a named river or mountain
    kind = _head_of(core, pp) or (m.group() if (m := _SITES.search(core)) else None)
    if kind is None or len(core) - len(kind) < 2:
        return False
    own = core[: len(core) - len(kind)]
    return not all_generic(own, pp) and specific_length(own, pp) >= 2 and not _has_verb(own, pp)


#: a section of a line after its name (郑济高铁河南段, 沪渝蓉高铁武宜段, 川青铁路镇江关至黄胜关段), or a road linking
#: a place to it (京秦高速三河连接线, 京雄商高速石家庄连接线, 渌口湘江大桥连接线)
_SECTION_OF_LINE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?段|[\u4e00-\u9fff]{2,3}?)?连接线"
                              r"|(?:[A-Z]\d{1,2}线)?(?:[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,3}(?<!路))段(?:扩能改造|改扩建|扩容)?"
                              r"|[A-Z]\d{1,2}线(?![\u4e00-\u9fff]{0,4}段)")  # (not …公路|山区路段); 厦漳泉城际铁路R1线漳州段

#: a plant's capacity in power or tonnes (150万千瓦, 2×66万千瓦, 30万吨)
_CAPACITY_WORDS = r"(?:\d+×)?\d+(?:\.\d+)?[万亿]?(?:千瓦|吨|吉瓦|兆瓦)"
#: what joins the first number of a range or pair of berths to the last (1—|4号, 513至|516号, 1号、|2号)
_BERTH_TO = r"(?:号?(?:至|[—\-－~～])|号、)"
#: a line's or substation's voltage (500千伏, 220kV)
_VOLTAGE = r"\d+(?:千伏|kV|KV|万伏)"
#: a size or generation is part of the name too: 湛江港30万吨级航道, 第8.6代新型显示面板生产线, 12英寸晶圆
_SIZE_IN_NAME = re.compile(
    r"[±]?" + _VOLTAGE + r"|\d+(?:\.\d+)?兆瓦|\d+万吨级|\d+(?:\.\d+)?万吨/年|第?\d+(?:\.\d+)?代|\d+英寸|\d+纳米"
    r"|[东西南北]?\d+(?:" + _BERTH_TO + r"[东西南北]?\d+)?号(?=泊位|$)"  # 北暮作业区南7号至南10号泊位, 铁山港1—4号泊位, 企沙南港区1号、2号泊位
    r"|T\d[A-Z]?(?=航站楼)"  # T3B航站楼
    # a capacity: 扎鲁特旗150万千瓦风电基地, 霍林郭勒2×66万千瓦煤电扩建, 通辽高新区年产5万吨多晶硅
    r"|(?:年产)?" + _CAPACITY_WORDS + "级?"
)


#: pumping stations of irrigation and drainage works (梁家街排灌站, 平西扬水站, 凤凰颈泵站)
_PUMPING = ("排灌站", "扬水站", "抽水站", "泵站", "排涝站", "提灌站", "电灌站")
#: a count of two or more right after a facility's head: several of a kind (排灌站二十一座, 排灌站三处)
_SEVERAL = re.compile(r"(?:[两二三四五六七八九十百]|[2-9]|[1-9]\d+)[十百]?[座处所]")


#: a voltage and nothing else before a line's or a substation's head (220千伏|变电站4座: a class, not a name)
_VOLTAGE_ONLY = re.compile(_VOLTAGE + "变?")  # (变|电站: the head read as 电站)


#: a range or pair of berths before their head (企沙南港区1号、2号|泊位, 铁山港1—4号|泊位,
#: 第五作业区513至516号|泊位, 北暮作业区南7号至南10号|泊位)
_BERTH_RANGE = re.compile(r"[东西南北]?\d+" + _BERTH_TO + r"[东西南北]?\d+号$")


#: a river's reach before a plant's own name (澜沧江上游|如美水电站, 金沙江下游|乌东德水电站)
_REACH_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,4}[江河](?:上游|中游|下游)")


#: bodies that host built facilities: a device named after one is named from where it ends
_HOSTS = re.compile("科学中心|科学城|实验室|研究院|研究所|大学")


def _hosts_a_facility(text: str, end: int, pp: ProjectPatterns) -> bool:
    """Is the name ending at ``end`` followed, in the same phrase, by a built facility's head (a
    centre or city of science that hosts the device the status verb is about)?"""
    i = end
    while i < min(len(text), end + 16) and text[i] not in "，。；、：\n":
        if pp.status_words.starting_at(text, i):
            return False
        if pp.built.starting_at(text, i):
            return True
        i += 1
    return False


#: a yearly capacity that the reading of a name stops at (its /)
_PER_YEAR = re.compile(r"\d+(?:\.\d+)?万吨/")

#: works words between a facility and its phase or 项目 (码头改造二期, LNG站线扩建项目)
#: the works done on a named irrigation district, part of its name and under way: 淠史杭灌区续建配套与现代化改造
_IRRIGATION_WORKS = r"(?<=灌区)(?:续建配套(?:[与和](?:现代化|节水)改造)?|(?:现代化|节水)改造)"
_IRRIGATION_WORKS_RX = re.compile(_IRRIGATION_WORKS)
#: the works done on a named facility, written after it as the works' name (…铁矿扩能改造, …煤矿智能化改造)
_WORKS_DONE_ON = re.compile(r"易地技改|扩能改造|智能化改造|电气化改造|技术改造|改扩建|扩建")
_WORKS_TAIL = re.compile(r"站线(?=扩建|改扩建|扩能|改造)|(?:扩能改造|改造提升|提升改造|升级改造|保护提升|改造|提升|升级)(?=[一二三四五六]期|项目|工程)|"
                         + _IRRIGATION_WORKS)

#: a second part of the same facility after 及: …航站楼及第四跑道, …码头及配套工程
_AND_PART = re.compile(r"及[第一二三四五六七八九十\dA-Z]{0,3}(?:跑道|航站楼|站房|停机坪|泊位|码头)")


#: 项目 after a name: a project when its name holds a place or a company and a status verb is next to it
#: (恒逸钦州高端绿色化纤一体化项目建成投产); 重点项目, 民生项目 are kinds
_PROJECT_WORD = {"head": "项目", "kind": "needs_status"}
#: the rule of a plant read as the enterprise at work (an Organization, not a project)
ENTERPRISE = "enterprise"


#: what follows a mine's head when the word is the ore or a place (铁矿石, 锡矿山)
_ORE_AFTER = frozenset("石砂粉产业山藏床")

#: where a plant is built, before 的: 在哈尔滨新建的, 在湖南株洲新建的, 在齐齐哈尔附近新建的
_BUILT_IN = re.compile(r"在([\u4e00-\u9fff]{2,8}?)(?:附近|郊区|市郊)?(?:新建|兴建|建设|建成)的$")

#: the ores a mine is named by: a mine named by more than its ore before it has a name of its own
_ORES = re.compile(r"(?:铅锌|铜|铁|锡|钼|锑|钨|金|铝|镍|锰|汞|硫|磷|铀)矿$")


def _proper_mine(name: str, pp: ProjectPatterns) -> bool:
    """辽宁的|杨家杖子钼矿: a mine with a name of its own before its ore is not named by the place before 的
    (东川的铜矿 is), and names a works by itself."""
    m = _ORES.search(name)
    return m is not None and m.start() >= 2 and specific_length(name[: m.start()], pp) >= 2


#: a works or company that owns the plant after its 的 (延长油矿的|炼油厂, 鞍山钢铁公司的|大型轧钢厂)
_OWNING_WORKS = re.compile(r"(?:钢铁公司|公司|油矿|钢铁厂|钢厂)的$")
#: the tags of common words (nouns, verbal and adjectival nouns, attributives)
_COMMON_TAGS = frozenset({"n", "vn", "b", "an"})
#: power plants: their modifier is no product (有线电厂 reads 有线|电厂)
_POWER_PLANTS = frozenset({"电厂", "发电厂", "热电厂"})


#: a part of town that names a plant of its own (城西|污水处理厂, 江北|水厂): the plant there, not a kind
_TOWN_PART = re.compile(r"[城江河][东南西北](?![部方面])")


def _product_named(mod: str) -> bool:
    """Is ``mod`` made of common words (面粉, 皮毛加工, 电缆): a plant named by its product, a kind of
    plant unless a place names it, not one (二河, 同马, 彩屯: names of their own)?"""
    from kg.components.places import segment, word_freq

    return all(len(w) >= 2 and word_freq(w) >= (1 if f in _COMMON_TAGS else 20 if f in ("v", "a") else 10**9)
               for w, f, _a, _b in segment(mod))  # (启新, a rare verb's reading of a name: no product)


#: the tagger's tags of names (places, persons, other proper nouns)
_PROPER_TAGS = ("ns", "nr", "nz", "nrt", "nrfg")


def _proper_part(mod: str) -> bool:
    """Does ``mod`` hold a name of its own (常州的|戚墅堰机车车辆修理工厂), by the tagger or the tables?"""
    from kg.components.places import segment

    return bool(_place_len(mod)) or any(f in _PROPER_TAGS for _w, f, _a, _b in segment(mod))


_ZONE_IN_NAME = re.compile("经济区|片区|新区|港区|开发区|高新区")


def _own_name_first(mod: str) -> bool:
    """Does ``mod`` open with a name of its own by the tagger (杰瑞|新能源装备, 华工|科技智能制造) or hold a
    zone (临空经济区|通用航空)? Not an industry (新能源汽车电子, 下游高端新材料)."""
    from kg.components.places import segment

    return segment(mod)[0][1] in (*_PROPER_TAGS, "nt") or _ZONE_IN_NAME.search(mod) is not None


#: a place's venue named by a kind of art or sport (江门文化艺术中心, 市综合体育馆): one building, not a kind
#: (wider than VENUES, the bodies whose building makes them works: any …馆, and centres named by an art or sport)
_VENUE_HEADS = ("馆", "剧院", "音乐厅", "艺术中心", "文化中心", "体育中心", "全民健身中心", "会展中心", "体育场", "文化广场")
#: computing centres: a city's, with generic words between (苏州城市算力中心), is one
_COMPUTING_HEADS = frozenset({"算力中心", "智算中心", "超算中心", "数据中心"})


def _wide_place(name: str) -> bool:
    """A province, a region or a country: too wide to name one mine (云南的铜矿, 苏联的煤矿)."""
    from kg.components.places import named_places
    from kg.places import admin_table

    ds = admin_table().lookup(name)
    if ds:
        return all(d.level == "province" for d in ds)
    return any(p.kind in ("region", "foreign") for p in named_places() if name in (p.name, *p.aliases))


def _county_place(name: str) -> bool:
    """A county or a district of the admin table, or below (延平区, 全州, 奈曼旗): narrow enough that works named
    after it and what they do are one project (not 杭州|新材料一体化项目, a city's kind of project)."""
    from kg.places import admin_table

    ds = admin_table().lookup(name)
    return bool(ds) and all(d.level in ("county", "town") for d in ds)


def _head_of(name: str, pp: ProjectPatterns) -> str | None:
    """The facility head ``name`` ends in (…钢铁厂, …立井, …大堤), after a phase or 工程 if any."""
    core = re.sub(r"(?:的?(?:[一二三四五六]期|第[一二三四五六]期))?(?:扩建|改建)?(?:工程|项目)?$", "", name)
    for n in range(min(6, len(core)), 0, -1):
        d = pp.heads.get(core[-n:])
        if d is not None and d["kind"] in ("facility", "built"):
            return core[-n:]
    return None


#: a mine's new shafts, named after the mine or mining bureau before 的 (辽源矿务局的中央竖井)
_NEW_SHAFTS = frozenset({"新井", "新竖井", "中央竖井"})

#: a steel works' mill named by its size or its product (1950s): 大型轧钢厂, 无缝钢管厂, 中型轧钢厂
_SIZED_UNIT = re.compile(r"(?:大型|中型|小型|无缝|薄板)(?:轧钢厂|钢管厂|初轧厂)")

#: what an enterprise at work does (1950s): it raises output, fulfils its plan, renews its machines, gives
#: its output in figures (生产面粉九百万斤, 全年发电三百万度; not a capacity, 年产, nor 发电厂 after the verb)
_AT_WORK = re.compile(r"产量|产值|合格率|利润|发电量|增加了?[\u4e00-\u9fff]{0,10}的生产|增产[\u4e00-\u9fff]{0,6}?[一二两三四五六七八九十百千万\d]|生产任务|超额完成|提前完成|完成了.{0,6}计划|完成(?:全?年|年度)?计划的|"
                      # its output counted (全年产煤12万吨, 加工面粉三千万斤, 全年制造和修配…农具四千七百六十件; not 年产…: a capacity)
                      r"(?:全年|去年|今年|上半年)(?:生产了?|加工了?|产|制造(?:和修[配理])?了?|修理了?|修配了?|修造了?)(?:(?!能力)[\u4e00-\u9fff、]){1,24}?[一二两三四五六七八九十百千万\d]"
                      r"|(?<!年)加工[\u4e00-\u9fff]{1,6}?[一二两三四五六七八九十百千万\d]|超过了计划|设备更新|成批生产|试炼|取得了成功|质量|劳动生产率|产品成本|先进生产者|劳动竞赛|建成了一批|制成了"
                      r"|合理化建议|工作法|改进[\u4e00-\u9fff]{0,4}?工艺|计划检修|设备检修|提高了?[\u4e00-\u9fff]{0,4}?[^效]率"  # 提出合理化建议412件, 推行郝建秀工作法, 改进切丝工艺
                      r"|试制(?!出?了?第一)|加快生产(?!能力)|增加花色品种"  # 要试制双轮双铧犁, 要加快生产磨粉机: its products planned
                      # (试制出第一批…: a new plant's first product, the close of its building)
                      r"|挖掘潜力|扩大了?生产(?!能力)|搞好[\u4e00-\u9fff]{0,8}的生产|生产实习|共加工|加工了|完成了技术改造|生产都?有了?(?:很大的?|显著|较大的?|明显的?)?(?:提高|增长)|改良工作|培育的|普遍推行|推行了"
                      rf"|(?<![可能将])(?:(?<!年)生产|发电|修配|修造)(?![厂站机])了?(?:(?!能力|总值|规模)[\u4e00-\u9fff]){{0,6}}?[{_NUM}\d]")


#: a list of collieries named by their place and 矿 (大通矿、九龙岗矿、谢家集一矿), each item two to four
#: characters (and a number) before 矿, not an ore (铁矿, 铜矿) nor a kind (工矿, 找矿)
_MINE_LIST = re.compile(r"(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2,4}?[一二三四五六七八九]?矿、)+(?:[\u4e00-\u9fff]{2,4}?[一二三四五六七八九]?矿))(?=[都也均和，。；]|[二三四五六七八九十两几]+[对个座]矿井?)")
#: what else ends an item that is no colliery's name (煤矿, 盐矿, 工矿, 找矿; 开采, 所属, 各), besides an ore (_ORES)
_NOT_MINE_STEM = re.compile(r"[铅锌银煤油盐石工找采探厂]矿$|开采|所属|各")


#: collieries listed by their places alone before their count (六道湾、苇湖梁两煤矿)
_MINES_COUNTED = re.compile(r"(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)([两三四五六七八九])个?(?:煤矿|矿井)")


def mines_at_work(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """Collieries listed by their place and 矿 (大通矿、九龙岗矿、新庄孜矿都超额完成了计划) or by their places
    before their count (六道湾、苇湖梁两煤矿超额完成了采煤任务), and shown at work: enterprises, so
    organisations; the same list being built is left to the other readers."""
    out = []
    lists = list(_MINE_LIST.finditer(text))
    lists += [m for m in _MINES_COUNTED.finditer(text) if len(m.group(1).split("、")) == _COUNT.get(m.group(2), 0)
              and not any(_is_place(it) and _wide_place(it) for it in m.group(1).split("、"))]
    for m in lists:
        items = m.group(1).split("、")
        if any(_ORES.search(it) or _NOT_MINE_STEM.search(it) or all_generic(it, pp) for it in items) \
                or not _at_work(text, m.start(1), m.end(1), pp):
            continue
        pos = m.start(1)
        for it in items:
            out.append(Candidate(pos, pos + len(it), it, ENTERPRISE, 0))
            pos += len(it) + 1
    return out


def _sentence_end(text: str, i: int) -> int:
    return clause_bounds(text, i, i, SENTENCE_END)[1]


def _at_work(text: str, start: int, end: int, pp: ProjectPatterns) -> bool:
    """Does the sentence after ``text[start:end]`` show a plant or mine at work (its output, its plan
    fulfilled) with no status verb of building before that (大冶钢厂…的产量都超过了计划)?"""
    w = _AT_WORK.search(text, end, _sentence_end(text, end))
    if w is not None and status_near(text[: w.start()], start, end, pp) is None:
        return True
    # 合并为…昆明市五金厂、昆明市皮革厂等骨干企业 (but 扩建了漳州糖厂、福州罐头厂等企业 builds them)
    return bool(_LISTED_AS_FIRMS.match(text, end)) and status_near(text, start, end, pp) is None \
        and "建" not in text[clause_bounds(text, start, end, CLAUSE_END)[0] : start]


#: a list of plants closed as firms (昆明市五金厂、昆明市皮革厂等骨干企业) or counted as firms (…新华印刷厂等九户实行了公私合营):
#: enterprises, not works
_LISTED_AS_FIRMS = re.compile(r"(?:[、和及][^，。；、和及]{2,15}?)*等(?:一批)?(?:[\u4e00-\u9fff]{0,4}?(?:企业|工厂|单位)|[一二两三四五六七八九十百几数\d]{1,3}[户家](?![\u4e00-\u9fff]*(?:厂|矿)))"
                              r"(?![\u4e00-\u9fff]*(?:项目|工程|建设))")


#: one plant of several of a kind (黑龙江省的另一个制糖厂): not named by the place before it
_ONE_OF_KIND = re.compile(r"[一两几另每各]个|另一")


#: words after a works' head that make the whole a district (…运河片区, 高铁新城, 机场商务区)
_DISTRICT_AFTER = re.compile("片区|新城|商务区|街区|景区|社区|小镇")
#: heads that also name natural waters or places (武进港 is a creek, 东港 a town)
_ALSO_NATURAL = frozenset({"港", "运河", "航道", "渠", "河"})
#: a list closed by a kind of place (等入湖河道, 等一批…示范片区): its items are places
_PLACES_KIND = re.compile(r"等(?:一批)?[\u4e00-\u9fff]{0,10}?(?:河道|河流|水系|片区|乡村|村庄|街区|景区)([\u4e00-\u9fff]{0,6}?(?:项目|工程))?")


def _places_list_after(text: str, end: int) -> bool:
    """Is the item ending at ``end`` one of a list (…、…) closed by a kind of place in its clause?"""
    hi = clause_bounds(text, end, end, CLAUSE_END)[1]
    m = _PLACES_KIND.search(text, end, hi)
    if m is None or (m.group(1) and not _GREEN_WORKS.search(m.group(1))):
        return False  # 等河道整治工程: works on the rivers (等入湖河道生态提升工程: ecological, a programme's)
    return all(c == "、" or is_cjk(c) for c in text[end : m.start()])


#: words after a waterway that make it a where (…运河沿线, …运河两岸)
_ALONG_LAND = re.compile("沿线|沿岸|两岸|两侧|周边")
_ALONG = re.compile(_ALONG_LAND.pattern + "|流域")
_WATERWAYS = frozenset({"运河", "航道", "渠", "总渠", "灌渠", "引河"})


#: a city's own plant or institution, named by 市 and its product or kind (市砖瓦厂, 市精神卫生中心: the one the
#: city runs), not all of the city's plants (全市砖瓦厂)
_CITYS_OWN = re.compile(CITYS_OWN + r"[\u4e00-\u9fff]{2,6}$")
#: a phase written with its ordinal before its works (七一纺织厂第三期扩建; …第二期工程 is read by phase_candidates)
_ORDINAL_PHASE = re.compile(r"第[一二三四五六七八九]期(?!工程)")
#: the ends of a city road's name: a road listed with roads needs no kind after it (胜利路、人民路等城市道路),
#: and names no facility of the kind listed after it (江州大道、左江大桥)
_ROAD_ENDS = ("路", "街", "大道")
#: a second or third bridge named after the first (左江大桥二桥, 邕江大桥三桥)
_SECOND_BRIDGE = re.compile(r"[二三四五]桥")
#: a name that opens with a phase or a section is the part of a works named before it (…的第二期扩建工程)
_PART_FIRST = re.compile(r"第?[一二三四五六]期|一段")


#: a line through a railway hub, named after it (武汉枢纽直通线, 郑州枢纽联络线)
_LINK_LINE = re.compile(r"(?:直通|联络|环|外绕|货运)线")


#: a span of years before a head (五年全国公路建设投资): no name
_YEARS = re.compile(rf"[{_NUM}\d]+年(?!级)")


def _names_listed_before(text: str, start: int, word: str, mod: str, pp: ProjectPatterns) -> bool:
    """Is a concrete facility's short name the last of a list of short names sharing its kind
    (佛子岭、梅山、响洪甸水库): each is one facility, without a place or a status?"""
    if word not in _CONCRETE or start < 3 or text[start - 1] != "、" or not _short_facility_name(mod, pp):
        return False
    items = _items_before(text, start - 1, pp)
    return bool(items) and all(_short_facility_name(text[s:e], pp) and not _has_verb(text[s:e], pp) for s, e in items)


#: what a base makes, at the end of its name: a plant with a status (东方锅炉氢能装备产业化基地加快建设,
#: 腾鳌储能装备制造基地)
_MAKING_END = re.compile(r"(?:装备|制造|智造|产业化|生产|加工)$")
#: a base the country or the world ranks, an aim, not a plant (国家重要农畜产品生产基地, 全国煤层气产业化基地)
_DESIGNATED_BASE = re.compile(r"(?:世界|全国|国家|全省|全市|全球|省级|重要|一流|[东西南北中]部)")


def head_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    out: list[Candidate] = []
    pending: list[Candidate] = []  # facility names with neither a place nor a status verb
    named: list[tuple[int, int]] = []
    words = [h for h, d in pp.heads.items() if d["kind"] in ("facility", "phase", "needs_status", "built")] + ["工程", "项目"]
    rx = re.compile("|".join(re.escape(h) for h in sorted(set(words), key=lambda h: (-len(h), h))))
    for m in rx.finditer(text):
        hs, he = m.span()
        word = m.group()
        d = pp.heads.get(word, {}) if word != "项目" else _PROJECT_WORD
        if any(text.startswith(nb, he) for nb in d.get("not_before", ())):
            continue
        if word.endswith("矿") and text[he : he + 1] in _ORE_AFTER:
            continue  # 铁矿石, 锡矿山, 铅锌矿产: the ore, a hill, the mineral, not a mine
        end = he
        if d.get("kind") in ("facility", "built"):  # 温州机场三期, 三门核电三期项目, 碑林博物馆改扩建工程
            sec = _SECTION_OF_LINE.match(text, end)  # 郑济高铁河南段, 隆黄铁路隆昌至叙永段
            if sec and not pp.status_words.starting_at(text, end) and not pp.verbs.starting_at(text, end):
                end = sec.end()
            for _ in range(2):  # 钦州港东航道扩建一期: works and their phase
                ordinal = _ORDINAL_PHASE.match(text, end)
                ph = pp.phase.starting_at(text, end) or (ordinal.group() if ordinal else None)
                if not ph:
                    w = _WORKS_TAIL.match(text, end)
                    ph = w.group() if w else None  # 罗泾港区集装箱码头改造二期, 上海LNG站线扩建项目
                if not ph:
                    break
                end += len(ph)
        elif d.get("kind") == "phase" and (w := _WORKS_TAIL.match(text, end)) and text.startswith(("工程", "项目"), w.end()):
            end = w.end()  # 漳州古城二期保护提升工程: the works done in the phase
        if d.get("kind") != "phase" and word not in ("工程", "项目") and (w := _WORKS_DONE_ON.match(text, end)) \
                and (text[w.end() : w.end() + 1] in ("、", "，", "。", "；") or text.startswith("完成", w.end())
                     or _status_follows(text, w.end(), pp)):
            end = w.end()  # …胡家庙铁矿扩能改造全面完工, …新区煤矿智能化改造、: the works done on the facility
        if word.endswith("桥") and (second := _SECOND_BRIDGE.match(text, end)):
            end = second.end()  # 左江大桥二桥: a second bridge beside the first, named after it
        link = _LINK_LINE.match(text, end) if word.endswith("枢纽") else None
        if link:
            end = link.end()  # 武汉枢纽直通线: a line through the hub
        pair = _AND_PART.match(text, end) if d.get("kind") == "facility" else None
        if pair:
            end = pair.end()  # 江北国际机场T3B航站楼及第四跑道: two parts of one airport, built together
        if text.startswith("项目", end) or (word != "工程" and text.startswith("工程", end)):
            end += 2
            if word != "项目" and (ph := pp.phase.starting_at(text, end)):
                end += len(ph)  # …国家试验示范项目二期: the project's phase
        if word == "项目" and (ph := pp.phase.starting_at(text, end)) and not ph.endswith("建"):
            end += len(ph)
        if _DISTRICT_AFTER.match(text, end) or (word in _ALSO_NATURAL and _places_list_after(text, end)):
            continue  # 梁溪古运河片区: a district; 直湖港、武进港等入湖河道: a list of rivers, not of works
        if word in _WATERWAYS and _ALONG.match(text, end):
            continue  # 武宜运河沿线生态廊道: an old waterway names where (张吉怀高铁沿线配套: the line is works)
        start = _name_start(text, hs, pp)
        if word.startswith("泊位") and (rng := _BERTH_RANGE.search(text, max(0, hs - 16), hs)):
            a = rng.start()  # 铁山港1—4号泊位, 企沙南港区1号、2号泊位: berths named from the port before them
            b = _name_start(text, a, pp)
            start = b if b is not None and b < a else a
        size = _PER_YEAR.search(text, max(0, start - 10), start) if start is not None else None
        if size and size.end() == start:  # 岳阳100万吨/年乙烯炼化一体化: a yearly capacity is part of the name
            before = _name_start(text, size.start(), pp)
            start = size.start() if before is None else before
        if d.get("kind") == "built":  # 怀柔综合性国家科学中心综合极端条件实验装置: the device in the centre
            lo = max(text.rfind(c, max(0, hs - 24), hs) for c in "，。；、：\n") + 1
            inner = max((h.end() for h in _HOSTS.finditer(text, lo, hs - 3)), default=-1)
            if inner > (start if start is not None else lo - 1) and specific_length(text[inner:hs], pp) >= 3:
                start = inner
        if word == "工程":  # 双积路改造工程, 毗卢寺保护展示工程: the works' verb is part of the name
            v = next((v for v in ("快速化改造", "改造提升", "提升改造", "升级改造", "技术改造", "改扩建", "改造", "扩建", "改建", "迁建", "扩能", "拓宽", "整治", "提升", "扩容", "加固")
                      if text.startswith(v, hs - len(v))), None)
            if v is None and (fw := _FACILITY_WORKS.search(text, max(0, hs - 6), hs)):
                v = fw.group()
            a = _name_start(text, hs - len(v), pp) if v and (start is None or start >= hs - len(v)) else None
            if a is not None and (_works_name(text[a:hs], pp) or _works_on_facility(text[a:hs], pp)):
                start = a
            elif (b := _basin_start(text, hs)) is not None and _works_name(text[b:hs], pp) \
                    and not text.startswith(("技术", "研究", "实验", "中心"), hs + 2):  # (…工程技术研究中心: a body)
                start = b  # 漓江流域山水林田湖草沙一体化保护和修复|工程: the basin opens the name, 和 and all
        if start is None and word == "项目":  # 国家能源集团榆林循环经济煤炭综合利用|项目: a verb inside the name
            start = _company_item_start(text, hs, pp)
        if start is None and text[hs - 1 : hs] == "的":
            start = hs  # 洛阳的拖拉机厂: the place before 的 may name it (below)
        if start is None:
            continue
        if re.match(r"(?:医学院|医学部)?附属", text[start:hs]) and text[start - 2 : start] in ("大学", "学院"):
            u = _name_start(text, start - 2, pp)  # 复旦大学|附属中山医院…: the hospital of a university
            start = u if u is not None and start - u <= 10 else start
        elif word.endswith("校区") and text[start - 2 : start] in ("大学", "学院"):
            u = _name_start(text, start - 2, pp)  # 空天信息大学|起步区校区: a campus is named by its university
            start = u if u is not None and start - u <= 10 else start
        if start > 0 and text[start - 1] == "等":
            continue  # 燕矶、双柳、观音寺等长江大桥: a class after a list, not one bridge
        company = _enterprises().ending_at(text, start)
        if company and start - len(company) >= 0:
            start -= len(company)  # 华为|青浦练秋湖研发中心: the company's word ended the reading (为)
        if word == "工程" and start > 2 and text[start - 1] == "及":  # …机场T3B航站楼及第四跑道工程
            a = _name_start(text, start - 1, pp)
            if a is not None and (any(w in text[a : start - 1] for w in pp.infrastructure.words)
                                  or (_is_place(text[a : start - 1]) and _works_name(text[start:hs], pp))):
                start = a  # 平潭及闽江口水资源配置工程: two places share the works
        built_in = None  # 在哈尔滨新建的铝加工厂: the place where the plant is built names it
        if start > 4 and text[start - 1] == "的" and word.endswith(("厂", "矿")):
            m_in = _BUILT_IN.search(text, max(0, start - 14), start)
            where = m_in.group(1) if m_in else ""
            built_in = where[_place_before(where, len(where)) :] or None
            if built_in in _NOT_OWNER or _place_len(text[start:hs]):
                built_in = None  # 在兰州新建的兰州炼油厂: the name holds its place
        if built_in is None and start > 2 and text[start - 1] == "的" and (d.get("kind") == "facility" or word == "厂"
                                                                        or (word == "工厂" and not _proper_part(text[start : hs + 1]))) \
                and word.endswith(("厂", "电站", "矿")) and not _proper_mine(text[start:end], pp):
            for n in (4, 3, 2):  # 洛阳的拖拉机厂, 金州的重型机器厂, 洛阳的铜加工厂: a plant named by its place
                p = start - 1 - n
                if word.endswith("矿") and p >= 0 and (text[p - 1 : p] == "、" or _wide_place(text[p : start - 1])):
                    continue  # 甘肃、云南的铜矿, 西南地区的煤矿: a province's or several places' mines, a kind
                if p >= 0 and text[p : start - 1] not in _NOT_OWNER and _is_place(text[p : start - 1]) \
                        and pp.status_words.starting_at(text, p) != text[p : start - 1] \
                        and not _ONE_OF_KIND.search(text, start, hs):  # 黑龙江省的另一个制糖厂
                    start = p  # (新建的郑州钢铁厂: 新建 is a county, but here a verb)
                    break
            else:  # 延长油矿的炼油厂, 鞍山钢铁公司的大型轧钢厂: a plant of a works or company named before 的
                o = _OWNING_WORKS.search(text, max(0, start - 12), start) if word.endswith("厂") else None
                a = _name_start(text, o.end() - 1, pp) if o else None
                if o and a is not None and a <= o.start() and specific_length(text[a : o.start()], pp) >= 2 \
                        and not _ONE_OF_KIND.search(text, start, hs):
                    start = a
        if start == hs > 2 and text[start - 1] == "的" and word in _NEW_SHAFTS and text[start - 2] in "局矿":
            owner = _name_start(text, start - 1, pp)  # 辽源矿务局的中央竖井, 林西矿的新竖井: a mine's new shaft
            if owner is not None and start - 1 - owner >= 3:
                start = owner
        k = text.rfind("工程", start, hs - 2)
        if k >= 0 and hs - (k + 2) >= 2 and _place_len(text[k + 2 : hs]):
            start = k + 2  # 引汉济渭工程秦岭输水隧洞: a part named after the whole is a facility of its own
        elif k >= 0 and project_lexicon().lookup(text[start : k + 2]):
            continue  # 滇中引水工程输水总干渠隧洞: the known whole is the project (the lexicon finds it)
        if text[start] == "同" and hs - start >= 3 and (start == 0 or text[start - 1] in "，；将也并它就又还") \
                and (_is_place(text[start + 1 : hs]) or _initials(text[start + 1 : hs])) and not _is_place(text[start:hs]):
            start += 1  # 同|淮南铁路相衔接: "with", not part of the name (同蒲铁路, 同江: the name's own)
        if word in PARKS and (z := [m for m in ZONE_BEFORE_PARK.finditer(text, max(0, start - 2), hs) if m.end() <= hs - 2]) \
                and (_place_len(text[z[-1].end() : hs]) or _enterprises().starting_at(text[z[-1].end() : hs], 0)):
            start = z[-1].end()  # 经开区|泾河工业园: a park named by a place, after the zone it is in
        mod = _ASIDE.sub("", text[start:hs])
        # 市造纸厂, 市水泥厂: the city's own plant, named by its product (the head) alone
        city_plant = mod == "市" and len(word) >= 3 and word.endswith(("厂", "矿")) and _CITYS_OWN.match(mod + word[:-1]) is not None
        if mod.startswith(("工程", "项目")) or _PART_FIRST.match(mod):
            continue  # 改扩建|工程T3航站楼: the reading began inside the works' name; 新港的|第二期建港工程: a part
        if word == "工程":
            # a …工程 is a project when its modifier names infrastructure, or works on a named place or
            # river (吴淞江整治工程, 珠江三角洲水资源配置工程); else it is left to programmes
            works = _works_name(mod, pp) or _works_on_facility(mod, pp) or _PHASED_WORKS.search(mod) is not None
            if (not any(w in mod for w in pp.infrastructure.words) and not works) or mod[:1].isdigit():
                continue
        if _SIZED_UNIT.fullmatch(mod + word) and status_near(text, start, end, pp) is not None:
            out.append(Candidate(start, end, text[start:end], "head", 1))  # 第二初轧厂和中型轧钢厂要加紧施工:
            named.append((start, end))  # a steel works' mill is named by its size
            continue
        bare = _SIZE_IN_NAME.sub("", mod + word)  # 500千伏梦山至安源输变电工程: a voltage is part of the name
        if _VOLTAGE_ONLY.fullmatch(mod) and text[start - 1 : start] not in "±—－至":
            continue  # but no name by itself (建成220千伏变电站4座: a class of substations)
        if specific_length(mod, pp) < (0 if built_in or city_plant else 2) or any(c.isdigit() for c in bare) or _COUNT_PREFIX.match(mod) or "等" in mod \
                or _YEARS.match(mod) \
                or re.search(r"[两三四五六七八九十]大$|[一两二三四五六七八九十几每各][个座条处]|另一", mod) \
                or (text[start - 1 : start] == "、" and "第" not in mod and re.search("(?<![一二三四五六七八九十])[两三四五六七八九十几]$", mod)):
            # 青年三大枢纽, 另一个制糖厂, (六道湾、)苇湖梁两煤矿: a count
            continue
        if any(mod.endswith(w) for w in d.get("not_after", ())):  # 海南自由贸易港, 绿色通道
            continue
        if word in _PUMPING and (_SEVERAL.match(text, end) or _ALONG_LAND.search(mod) or mod in ("电力", "机电")):
            continue  # 新建电力排灌站二十一座, 修建…瓦埠湖沿岸排灌站三处: pumping stations of a kind, several
        if d.get("kind") == "phase" and (d.get("after_facility") or specific_length(mod, pp) < 3):
            continue  # 一期 after a non-facility (富芯集成电路一期) needs a longer name; 扩建 needs a facility
        owner = mod.find("的")  # 洛阳的拖拉机厂: the place before 的 names it
        plen = _place_len(mod, line=word in LINE_HEADS) or (owner if owner > 0 and _is_place(mod[:owner]) else 0)
        placed = plen > 0 or built_in is not None or (
            _proper_mine(mod + word, pp) and not re.match(r"的?(?:勘探|储量)", text[end : end + 4]))  # (…铁矿的勘探: a deposit)
        placed = placed or city_plant
        if word == "项目" and not placed:  # 恒逸|钦州|高端绿色化纤一体化项目: a company's name, then its place
            placed = any(_place_len(mod[k:]) and not all_generic(mod[:k], pp) and not pp.verbs.ending_at(mod, k)
                         for k in range(2, min(6, len(mod) - 2)))
        if d.get("proper") and not placed and 2 <= len(mod) <= 4 and all(is_cjk(c) for c in mod) \
                and not pp.generic.starting_at(mod, 0) and not all_generic(mod, pp):
            placed = True  # 天府国际机场, 胶东国际机场: an international airport has a name of its own
        aside = len(mod) < hs - start  # 珠三角枢纽（广州新）机场: the aside names one of a kind
        if all_generic(mod[plen:] if placed else mod, pp) and (not placed or len(mod) > plen) and not aside and not city_plant \
                and not (placed and d.get("one_per_place")) and not _TOWN_PART.match(mod) \
                and not (placed and d.get("kind") == "built" and word.endswith(_VENUE_HEADS)) \
                and not (placed and word in _COMPUTING_HEADS and not _wide_place(mod[:plen])
                         and not text.startswith("集群", he)):
            # (哈尔滨铁路集装箱中心站, 苏州城市算力中心: a city has one)
            continue  # 内河航运工程, 内蒙古几个大型露天煤矿: a kind of facility (丽水机场: a place and its airport;
            # 城北污水处理厂: the plant of a part of town)
        if word.endswith("制造厂") and not placed and "第" not in mod:
            continue  # 五年内开始建设的拖拉机制造厂: a plant named by its product alone is a kind
        st = status_near(text, start, end, pp)
        if st is None and built_in:
            st = ("under_construction", False)  # 在西安新建的轴承厂: the building verb before it
        if st is None and _IRRIGATION_WORKS_RX.match(text, he, end):
            st = ("under_construction", False)  # 青狮潭灌区续建配套与节水改造: the works in the name
        if word.endswith(("厂", "矿", "场")) and _at_work(text, start, end, pp):
            # 大冶钢厂…的产量都超过了计划, …等企业都提前完成了生产任务: the enterprise at work, a body
            if (placed or specific_length(mod, pp) >= (4 if word in ("厂", "矿", "场") else 2) or _CITYS_OWN.match(mod)) and "的" not in mod \
                    and not re.search("[国合]营$|第[一二三四五六七八九十]+至第", mod) \
                    and (not all_generic(mod, pp) or city_plant):  # (皮革厂: a kind of plant, not one)
                lead = re.match("(?:" + _FORMED_LEAD + ")?" + _OWNERSHIP, text[start:he])  # 地方国营|江城砖瓦厂: the kind of ownership is no part of the name
                s0 = start + lead.end() if lead and he - start - lead.end() >= 3 else start
                out.append(Candidate(s0, he, text[s0:he], ENTERPRISE, 0))  # (…玻璃厂|扩建了: the body without the works)
            continue
        if city_plant:
            continue  # (市农具厂今年要制造…: read only as the body at work; its works need a longer name)
        if word.endswith("厂") and word not in _POWER_PLANTS and not placed and "第" not in mod \
                and not _enterprises().starting_at(mod, 0) \
                and (_product_named(mod) or (word in ("厂", "工厂") and _product_named((mod + word)[:-1]))) \
                and not _TOWN_PART.match(mod) \
                and not re.search(r"(?:新建|兴建|建设|建成|扩建|改建)了$", text[max(0, start - 4) : start]) \
                and not (re.search(r"(?:新建|兴建|建设|建成)的$", text[max(0, start - 4) : start])
                         and "在" in text[max(0, start - 14) : start]):
            continue  # 一批…皮毛加工厂: a plant named by its product alone is a kind (在…建设的电子管厂, 新建了经纬纺织机械厂: one)
        if d.get("needs_place") and not placed and not (end > he and st is not None and specific_length(mod, pp) >= 2) \
                and not (st is not None and _coined(mod)
                         and (_status_follows(text, end, pp) or text.startswith("建设", end)
                              or (st[1] and pp.status_words.ending_at(text, start)))):
            # 外环高速三期, 机荷高速改扩建: a phase and a status name one road; 天邛高速建成通车, 邵永、武靖和邵坪高速加快建设,
            # 加快邵坪高速建设: places' initials no table gives, the status beside the road
            continue
        company = bool(_enterprises().starting_at(mod, 0)) or _company_lead(mod)
        if d.get("needs_org") and not company:
            continue  # 比亚迪襄阳产业园: a park is a project when a company's plant; else a place
        if word.endswith("校区") and not _CAMPUS_BUILT.search(text, *clause_bounds(text, start, end, CLAUSE_END)):
            continue  # 推进东南大学苏州校区提升办学层次: a campus at work is the university's (…校区建设: works)
        if word.endswith(PARKS) and not company and not placed \
                and not (st is not None and specific_length(mod, pp) >= 6 and word != "工业园区" and _own_name_first(mod)
                         and not any(_place_len(mod[k:]) for k in range(len(mod) - 1))):
            # (唐家湾人工智能产业园, 临空经济区通用航空产业园 加快建设: a park with a name of its own, being built;
            # not one named by a place read later in its name, 中新合作苏州工业园区, 徐淮地区国家级…产业园)
            continue  # 生物医药产业园: a kind of park (金坛储能产业园, 比亚迪襄阳产业园: one, named by place or company)
        if d.get("kind") == "needs_status" and not ((placed or company) and st is not None and st[1]) \
                and not (company and word in ("基地", "中心") and specific_length(mod, pp) >= 4) \
                and not (word == "基地" and st is not None and _MAKING_END.search(mod) and specific_length(mod, pp) >= 6
                         and not _DESIGNATED_BASE.match(mod)) \
                and not (placed and word in ("基地", "中心") and st is not None and _BUILT_BEFORE.search(text, max(0, start - 6), start)
                         and specific_length(mod, pp) >= 4 and not mod.endswith("科学")
                         and not re.match("城|集群|前期", text[end : end + 2])) \
                and not (company and word == "项目" and st is not None and specific_length(mod, pp) >= 6
                         and (placed or _place_after_company(mod))) \
                and not (word == "项目" and placed and plen and _county_place(mod[:plen]) and st is not None and specific_length(mod[plen:], pp) >= 5
                         and not all_generic(mod[plen:], pp) and not re.search("[和与及]|一批", mod) and not _has_verb(mod[plen:], pp)):
            # (比亚迪合肥基地…产能持续释放: a company's base or centre needs no strong status; 延长石油榆林
            # 煤提油项目建设: nor does a company's project in a named place)
            continue  # …服务平台上线运行: a platform or centre is a project when built, and named after a place
        if d.get("kind") == "needs_status" and _hosts_a_facility(text, end, pp):
            continue  # 国家科学中心|综合极端条件实验装置投入使用: the status is the device's
        if d.get("opened") and not _opened(text, start, end, st, pp):
            continue  # 推进江城医院高质量发展: a hospital at work is a body (市传染病医院建成投用: works)
        if d.get("kind") == "built" and (st is None or (specific_length(mod, pp) < 3 and not placed
                                                       and not _opened_venue(word, mod, st, pp))) \
                and not (word == "厂" and owner > 0 and placed and owner + 1 < len(mod)
                         and text[start - 1 : start] not in "、和及"):  # 吉林的染料厂: a place's plant (广州、汕头的罐头厂: a kind)
            continue  # 先进阿秒激光设施加快建设, 西安市中心医院新院区建成: named, and being built
        if start > 1 and text[start - 1] == "±" and text[start : start + 1].isdigit():
            start -= 1  # ±800千伏…输电工程, after the place it starts from (湖北±800千伏…)
            a = _route_end(text, start, -1)
            if a is not None and _is_place(text[a:start]):
                start = a
                f = _route_end(text, a - 1, -1) if text[a - 1 : a] == "至" else None
                if f is not None:  # 陕北至安徽±800千伏…工程: the line from one region to another
                    if not _is_place(text[f : a - 1]) and f > 0 and text[f - 1] in _initial_chars() \
                            and text[f - 1] not in _NOT_INITIALS:
                        f -= 1  # 藏东南: a province's initial and a direction
                    start = f
        if start > 2 and text[start - 1] == "至" and any(_is_place(text[start : start + k]) for k in range(2, min(7, hs - start))):
            a = _route_end(text, start - 1, -1)  # 鄂尔多斯至呼和浩特输氢管道: a line from one place to another
            if a is not None and _is_place(text[a : start - 1]):
                start = a
        if start > 2 and text[start - 1] in "—－":  # 金上—湖北±800千伏…工程, 武汉—南昌1000千伏…工程
            a = _route_end(text, start - 1, -1)
            if a is not None and not _is_place(text[a : start - 1]):
                b = _name_start(text, start - 1, pp)  # 库布其—上海…工程: an end no table holds, read to its verb
                a = b if b is not None and 2 <= start - 1 - b <= 4 else a
            if a is not None and (_is_place(text[a : start - 1]) or _place_len(text[start:hs]) > 0):
                start = a
            else:  # 公明水库—清林径水库连通工程: works between two named facilities
                a = _name_start(text, start - 1, pp)
                if a is not None and a < start - 3 and pp.facility.ending_at(text, start - 1) and pp.facility.ending_at(text, hs) is None \
                        and any(w in text[start:hs] for w in pp.facility.words):
                    start = a
        if not placed and st is None and not _names_listed_before(text, start, word, mod, pp):
            if d.get("kind") == "facility":
                pending.append(Candidate(start, end, text[start:end], "listed", 1))
            continue  # a facility named without a place and without a status verb is a kind, not a project
        # a facility of the kind that is built and then opened (a museum, a device): its rule says so
        key = built_in + text[start:end] if built_in else text[start:end]
        out.append(Candidate(start, end, key, "built" if d.get("kind") == "built" else "head", 1))
        named.append((start, end))
        if word == "工程" and start > 0 and text[start - 1] == "、" and _works_name(mod, pp):
            # 推进吴淞江整治、望虞河拓浚、太浦河后续工程: works listed before share the 工程
            items = [(s, e) for s, e in _items_before(text, start - 1, pp) if _works_name(text[s:e], pp)]
            if RIVER_BASIN.match(mod):  # 实施玛曲黄河首曲湿地保护修复、碌曲尕海湿地综合治理、洮河流域…修复工程: works
                # on named wetlands, rivers and sites listed before works in a river's basin are works too
                items += [it for it in _items_to_clause_start(text, start - 1, pp, ok=_works_on_a_named_place) if it not in items]
            out.extend(Candidate(s, e, text[s:e], "shared", 1) for s, e in items)
        # 义甬舟、金丽温开放大通道, 川黔和黔桂铁路: items before share the facility type
        if start > 0 and text[start - 1] in "、和及" and d.get("kind") == "facility":
            items = _items_before(text, start - 1, pp)
            if text[start - 1] != "、":  # 修筑川黔和黔桂铁路: one item, the place initials before the 和
                items = [(e - n, e) for s, e in items[-1:] for n in (4, 3, 2)
                         if e - n >= s and _initials(text[e - n : e]) and word_boundary(text, e - n, s, e)][:1]
            # 青藏、康藏公路, 川黔和黔桂铁路: lines coded by two places, each item is a line of its own
            coded = word in LINE_HEADS and (_initials(mod) or len(mod) == 2)
            for s, e in items:
                if (cnt := _COUNTED_END.search(text, s, e)) and cnt.start() - s >= 3:
                    e = cnt.start()  # 修建田家庵港煤炭码头一座、客货轮渡码头一座: the count is no part of the name
                if (along := _ALONG_LAND.search(text, s, e)) and along.end() == e and along.start() - s >= 3:
                    e = along.start()  # 湘黔铁路沿线、包茂高速沿线环境整治: the line, then the land along it
                item = text[s:e]
                known = project_lexicon().lookup(item + word)  # 京九、南昆铁路: 京九铁路 is known
                if known is not None:
                    out.append(Candidate(s, e, known.name, "shared", 1))
                elif coded and (_initials(item) or len(item) == 2):
                    out.append(Candidate(s, e, item + text[hs:end], "shared", 1))
                elif (len(item) <= 6 or any(w in item for w in pp.facility.words)) and (
                    _item_ok(item, pp) or (len(item) == 3 and specific_length(item, pp) == 3)
                    or (word in LINE_HEADS and _initials(item))
                    or (word in _CONCRETE and _short_facility_name(item, pp))  # 叶巴滩、拉哇、巴塘水电站
                ):  # a long item must name a facility itself (沪昆客专杭长段), not a village (…大寨大队)
                    # the item is named with the kind it shares (叶巴滩水电站), unless it holds a kind itself
                    if _has_verb(item, pp):
                        continue  # 推进数字化转型、杭州湾大桥建设: a task before a facility, no item of its kind
                    own = any(pp.facility.ending_at(item, n) for n in range(len(item), 1, -1)) \
                        or item.endswith(_ROAD_ENDS)  # (江州大道、左江大桥: a road, no bridge)
                    kind = word in _CONCRETE or word.endswith(("站", "厂", "库", "场", "桥"))
                    out.append(Candidate(s, e, item + word if kind and not own else item, "shared", 1))
    out.extend(_listed(text, pending, named))
    return out


#: an area or length that ends such a count (工人住宅|三万平方米: an amount of a kind of building)
_AREA_OR_LENGTH = re.compile(r"(?:平方米|平方公尺|公尺|公里|千米|米|亩)$")
#: a count or size after a listed works (煤炭码头|一座, 工人住宅|三万平方米, 道路|八公里)
_COUNTED_END = re.compile(r"[\d〇一二两三四五六七八九十百千万]+(?:多|余)?(?:座|个|处|条|平方米|平方公尺|公尺|公里|千米|米|亩|间|套|户)$")


#: China and a partner joined by a dash, opening a name (中国—东盟, 中国-中亚, 中国－上合)
_CHINA_AND = ("中国—", "中国－", "中国-")


#: a hospital's branch named by its place: 阜外医院云南医院, 重庆医科大学附属第一医院金山医院
_BRANCH_HOSPITAL = re.compile(r"医院([\u4e00-\u9fff]{2,4}?)(?:医院|分院)")


#: the part of a city a branch serves, when it is no division (港区医院, 高新医院, 东区医院)
_BRANCH_AREA = re.compile(r"港区|高新|新区|[东西南北]区|空港|航空港")


def branch_hospital_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """A hospital's branch named by a place, built or being built (国家区域医疗中心: …医院云南医院建设
    运营): a project when a status verb stands in its clause."""
    out = []
    for m in _BRANCH_HOSPITAL.finditer(text):
        place = m.group(1)
        if _place_len(place) != len(place) and not _BRANCH_AREA.fullmatch(place):
            continue
        start = _name_start(text, m.start(), pp)
        if start is None or m.start() - start < 2 or status_near(text, start, m.end(), pp) is None:
            continue
        out.append(Candidate(start, m.end(), text[start : m.end()], "built", 1))
    return out


#: an institution moved to a new site and built there: 市精神卫生中心迁建项目, 大连市第三人民医院迁建项目
#: a middle school written short (平凉二中, 市三中)
_SHORT_SCHOOL_RX = r"(?<=[\u4e00-\u9fff])[一二三四五六七八九十]{1,2}中"
_MOVED_INSTITUTION = re.compile(r"(?:医院|保健院|卫生中心|疾控中心|疾病预防控制中心|急救中心|血站|福利院|养老院|中学|小学|学校|学院|图书馆|档案馆"
                                r"|" + _SHORT_SCHOOL_RX + r")((?:迁建|改扩建)(?:项目|工程)?|新址)")
_SHORT_SCHOOL = re.compile(_SHORT_SCHOOL_RX + "$")


def _names_one(mod: str, pp: ProjectPatterns, placed: bool = False) -> bool:
    """Does ``mod``, before an institution's or facility's works, name one: the city's own (市…), a place
    (``placed``) or a name of its own; not a kind, a list (…等) or a count (两所)?"""
    return bool(_CITYS_OWN.match(mod) or placed or specific_length(mod, pp) >= 4) and not all_generic(mod, pp) \
        and "等" not in mod and not _COUNT_PREFIX.match(mod)


def moved_institution_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """An institution's move to a new site or its extension (市精神卫生中心迁建项目, 绍兴市中医院迁建工程,
    市疾控中心新址, 市第一人民医院改扩建) is one project, named by the institution and the works: the city's own
    (市…) or one with a place or a name of its own."""
    out = []
    for m in _MOVED_INSTITUTION.finditer(text):
        start = _name_start(text, m.start(1), pp)
        if start is None:
            continue
        mod = text[start : m.start(1)]
        if not _names_one(mod, pp, placed=bool(_place_len(mod))):
            continue
        out.append(Candidate(start, m.end(), text[start : m.end()], "built", 1))
        while start > 1 and text[start - 1] == "、":  # 市三中、市五中迁建: each school written short is moved
            prev = _name_start(text, start - 1, pp)  # (市第二人民医院、市妇幼保健院迁建: the hospital named, an older test)
            item = text[prev : start - 1] if prev is not None else ""
            if not _SHORT_SCHOOL.search(item) or not _names_one(item, pp, placed=bool(_place_len(item))):
                break
            out.append(Candidate(prev, start - 1, item + m.group(1), "built", 2))
            start = prev
    return out


#: a …工程 with a status that only works take right after it, or after the list it ends (丰利石化技改工程加快建设,
#: 嵊泗海底电缆工程建成投运, …、铜都大道综合整治工程完工); the programmes drop such a name (the same statuses)
_WORKS_STATUS = re.compile(rf"工程(?={WORKS_STATUS_NEXT})")


def works_status_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """A …工程 that takes a status only works take (丰利石化技改工程加快建设, 嵊泗海底电缆工程建成投运): one
    works when its name names one (a name of its own, a place, the city's own), not a kind or a count."""
    out = []
    for m in _WORKS_STATUS.finditer(text):
        start = _name_start(text, m.start(), pp)
        if start is None:
            continue
        mod = text[start : m.start()]
        if not _names_one(mod, pp, placed=bool(_place_len(mod))) \
                or re.search("[两三四五六七八九十百][大座个项批]|重点|重大|各类|民生|年(?!产)", mod):  # (一九五七年第一期工程)
            continue
        out.append(Candidate(start, m.end(), text[start : m.end()], "built", 1))
    return out


def main_works_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """A facility's main works (市体育中心主体工程开工建设, 江门中微子实验站主体工程完工): the facility is being
    built, a project named by what it is (主体工程 is cut off after the overlaps are resolved); a name of
    its own or the city's own, not a kind (大坝主体工程)."""
    out = []
    for m in re.finditer("主体工程", text):
        start = _name_start(text, m.start(), pp)
        if start is None:
            continue
        mod = text[start : m.start()]
        if not _names_one(mod, pp) or re.search("[两三四五六七八九十][大座个]", mod) or mod.endswith("段"):
            continue  # (马道、企石、青年三大枢纽船闸: a list; 京津塘高速改扩建天津段: a road's section)
        out.append(Candidate(start, m.end(), text[start : m.end()], "built", 1))
    return out


#: what may stand between two facility names of one list: a separator or conjunction, and after a
#: semicolon or comma a short "whose" phrase (；辽河流域的大伙房水库)
_LIST_SEP = re.compile(r"^(?:[、，,；;]|和|及|以及|与)(?:[\u4e00-\u9fff]{1,6}的)?$")


def _listed(text: str, pending: list[Candidate], named: list[tuple[int, int]]) -> list[Candidate]:
    """Facility names in a list of facility names are projects even without a place or a status
    (…阜新电厂、官厅水电站、长春第一汽车厂、哈尔滨电机厂等，将要完成建设): a run of three or more
    facility names joined only by list separators."""
    spans = sorted([(c.start, c.end, c) for c in pending] + [(s, e, None) for s, e in named], key=lambda x: x[:2])
    runs: list[list] = []
    for item in spans:
        if runs and _LIST_SEP.match(text[runs[-1][-1][1] : item[0]]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [c for run in runs if len(run) >= 3 for _s, _e, c in run if c is not None]


_ROUTE_HEAD = re.compile(r"线|铁路|公路|铁路线|段")
_ROUTE_TAIL = re.compile(r"(?:的|等)(?:铁路|公路)")  # 日喀则——江孜的公路: the name is the route
_ROUTE_LIST = re.compile(r"(?:[、和及][\u4e00-\u9fff]{2,4}——[\u4e00-\u9fff]{2,4})+(?:的|等)?(?:铁路|公路|线)")


def _is_place(name: str) -> bool:
    """A division (any level, short or full name) or a named place of the curated list."""
    from kg.components.places import lexicon
    from kg.places import admin_table

    return bool(admin_table().lookup(name)) or name in lexicon(None)[0]


def _route_end(text: str, i: int, step: int) -> int | None:
    """Where the place name beside a route dash at ``i`` ends (step -1: its start, to the left): the
    longest known place of two to four characters, else two characters; None when no Chinese there."""
    for L in (6, 5, 4, 3, 2):
        a, b = (i - L, i) if step < 0 else (i, i + L)
        if a >= 0 and b <= len(text) and all(is_cjk(c) for c in text[a:b]) and (L == 2 or _is_place(text[a:b])):
            return a if step < 0 else b
    return None


def _ends(text: str, m: re.Match) -> tuple[int, int] | None:
    """The two ends of a route around the separator ``m`` (—— or 至/到), one of them a known place."""
    a = _route_end(text, m.start(), -1)
    b = _route_end(text, m.end(), +1)
    if a is None or b is None or not (_is_place(text[a : m.start()]) or _is_place(text[m.end() : b])):
        return None
    return a, b


def route_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """Railway and road lines named by their ends: 黎塘——湛江线, and in lists
    (拉萨——日喀则和日喀则——江孜的公路); with 至 or 到 and a kind after them (锦州到承德的铁路,
    洛阳到三门峡的铁路支线, 汉口至宜昌公路). One end must be a known place."""
    out: list[Candidate] = []
    for m in re.finditer("——", text):
        ends = _ends(text, m)
        if ends is None:
            continue
        a, b = ends
        head = _ROUTE_HEAD.match(text, b)
        if head:
            out.append(Candidate(a, head.end(), text[a : head.end()], "route", 2))
        elif _ROUTE_TAIL.match(text, b) or _ROUTE_LIST.match(text, b):
            out.append(Candidate(a, b, text[a:b], "route", 2))
    def kind_at(i: int) -> bool:  # a route's kind after its ends (…的公路, …、B至C等公路, …等路段)
        return bool(_ROUTE_TO_HEAD.match(text, i) or _ROUTE_TO_LIST.match(text, i) or _ROUTE_LAST.match(text, i))

    for m in _ROUTE_TO.finditer(text):
        ends = _ends(text, m)
        if ends is not None and not kind_at(ends[1]):
            ends = None
        if ends is None:  # 兰州到郎木寺的公路: a known place, then one no table holds, then the route's kind
            a = _route_end(text, m.start(), -1)
            b = next((m.end() + n for n in (2, 3, 4) if all(is_cjk(c) and c not in "的等和及" for c in text[m.end() : m.end() + n])
                      and not _COUNT_OF_ROUTES.search(text, m.end(), m.end() + n + 1) and kind_at(m.end() + n)), None)
            ends = (a, b) if a is not None and b is not None and _is_place(text[a : m.start()]) else None
        head = _ROUTE_TO_HEAD.match(text, ends[1]) if ends else None
        # a stop before: 金华至丽水至温州的公路, 株洲经过怀化到贵阳的铁路
        while ends and ends[0] > 2 and (text[ends[0] - 1] in "至到经" or text[ends[0] - 2 : ends[0]] == "经过"):
            sep = 2 if text[ends[0] - 2 : ends[0]] == "经过" else 1
            a = _route_end(text, ends[0] - sep, -1)
            if a is None or not _is_place(text[a : ends[0] - sep]):
                break
            ends = (a, ends[1])
        if ends and text.startswith("通往", ends[0]):
            continue  # 开辟了通往大孤山铁矿和旧堡的两条新线路: where a route goes, not its name
        if (head and text[head.start()] == "等") or (ends and not head and _ROUTE_LAST.match(text, ends[1])):
            # …、保山至腾冲等公路, …、库车到阿克苏等路段: the last item of a list of routes
            close = _ROUTE_LAST.match(text, ends[1])
            out.append(_listed_route(text, ends, close.group(0) if not text.startswith("干线", close.end()) else ""))
        elif head and head.group("count"):  # 焦作至修武、焦作至待王两条公路: the last of two, named with the kind
            out.append(Candidate(ends[0], ends[1], text[ends[0] : ends[1]] + text[head.end("count") : head.end()], "route", 2))
        elif head:
            out.append(Candidate(ends[0], head.end(), text[ends[0] : head.end()], "route", 2))
        elif ends and (listed := _ROUTE_TO_LIST.match(text, ends[1])):  # 延吉至图们、敦化至汪清、抚松至松江河的公路
            out.append(_listed_route(text, ends, _list_close(listed.group(0))))
    for m in _ROUTE_LAST.finditer(text):  # 乌审召至图克、棋盘井至上海庙等干线公路: towns no table holds
        cs = clause_start(text, m.start())
        while lead := pp.verbs.starting_at(text, cs) or pp.bounds.starting_at(text, cs):
            cs += len(lead)
        items = [(cs + a.start(), cs + a.end()) for a in re.finditer(r"[^、和]+", text[cs : m.start()])]
        if len(items) >= 2 and all(_TOWN_ROUTE.fullmatch(text, a, b) for a, b in items):
            out.extend(_listed_route(text, (a, b), m.group(0)) for a, b in items)
    for m in _BUILT_ROUTE.finditer(text):  # 修通新村至拖布卡公路: towns no table holds, after the works done on the road
        out.append(Candidate(m.start(1), m.end(), text[m.start(1) : m.end()], "route", 2))
    for m in _LINES_OF_KIND.finditer(text):  # 露水河线和白河线的森林铁路: each line by its name
        s = m.start(1)
        for item in re.split("[、和]", m.group(1)):
            e = s + len(item)
            a = s
            if s == m.start(1):  # 修建|汤旺河线: the verb before the first line (read from its start or across it)
                a += len(pp.verbs.starting_at(text, s) or "")
                a = next((a + k for k in (1, 2) if (v := pp.verbs.ending_at(text, a + k)) and len(v) > k), a)
            if 3 <= e - a <= 5:
                out.append(Candidate(a, e, text[a:e], "route", 2))
            s = e + 1
    return out


#: a count of routes after the last one's ends (…、焦作至待王|两条公路, …、屯溪至休宁|两段公路)
_COUNT_OF_ROUTES = re.compile(r"[两二三四五六七八九十][条段]")
#: a list's last route with the count of its routes, read as one name by the heads (屯溪至休宁两段公路)
#: a list's close counting its works (A、B和C三项工程): no name ends so
_COUNTED_WORKS = re.compile(r"[两二三四五六七八九十]项工程$")
_COUNTED_ROUTES = re.compile(r"[至到][\u4e00-\u9fff]{2,4}?" + _COUNT_OF_ROUTES.pattern + r"(?:公路|铁路|线路|道路)$")
#: an item of a list of routes named by two ends, each of two to four characters (乌审召至图克)
_TOWN_ROUTE = re.compile(r"[\u4e00-\u9fff]{2,4}[至到][\u4e00-\u9fff]{2,4}")


#: a road or railway between two towns no table holds, named right after the works done on it (修通新村至拖布卡公路,
#: 加宽改善汤丹至因民公路): the verb marks the route as one work
_BUILT_ROUTE = re.compile(r"(?:修通|新修|修建|修筑|兴修|加宽|改善|整修|改建|拓宽|铺设|铺通)+了?"
                          r"((?:(?![的等和及至到])[\u4e00-\u9fff]){2,4}?[至到](?:(?![的等和及至到])[\u4e00-\u9fff]){2,4}?)(?:公路|铁路|铁路支线)(?![网线段])")


#: lines named before their kind: 露水河线和白河线的森林铁路, 汤旺河线和红星线的森林铁路
_LINES_OF_KIND = re.compile(r"((?:[\u4e00-\u9fff]{2,4}?线[、和])+[\u4e00-\u9fff]{2,4}?线)的(?:森林铁路|窄轨铁路|铁路|公路)")


#: a route named by its two ends with 至 or 到, one of them a known place, and its kind (the name as written)
_ROUTE_TO = re.compile("[至到]|通往")
#: a pipeline's kind: what it carries and 管线 or 管道 (输气管线, 天然气管道)
_PIPES = r"(?:天然气|输气|输油|输水|供水)(?:管线|管道)"
_ROUTE_KINDS = r"(?:铁路支线|森林铁路|窄轨铁路|铁路|公路|支线|高压输电线路|输电线路|长途电话线路|电话线路|海堤|" + _PIPES + ")"
_ROUTE_TO_HEAD = re.compile(r"[的等]?(?P<count>" + _COUNT_OF_ROUTES.pattern + ")?" + _ROUTE_KINDS)
_ROUTE_LAST = re.compile(r"等(?:一批)?(?:[\u4e00-\u9fff]{2,8}?的)?(?:高等级|高速|快速|干线|旅游|国省干线|国省道|" + _ROAD_GRADE + r")?(?:" + _ROUTE_KINDS + "|路段)")  # …等路段, …等柴达木盆地的公路
#: the kind a list of routes shares, which each item takes as its name (灌阳至平乐、隆林至乐业等高速公路 →
#: 灌阳至平乐高速公路); a kind said with more words (等高等级公路, 等柴达木盆地的公路, 等路段) is not taken
_LISTED_KIND = re.compile(r"(?:等|的)?(?:一批)?((?:高速|" + _ROAD_GRADE + r")?(?:铁路|公路)|" + _PIPES + ")")

_ROUTE_TO_LIST = re.compile(r"(?:[、和及][\u4e00-\u9fff]{2,4}?[至到][\u4e00-\u9fff]{2,4}?)+(?:的?" + _ROUTE_KINDS + "|" + _ROUTE_LAST.pattern + ")")


#: a route between two places written with 的 before its kind (伊宁至察布查尔的公路): named without it
#: (find_works_and_enterprises renames such a route once the works are resolved)
_ROUTE_OF = re.compile(r"([\u4e00-\u9fff]{2,8}[至到][\u4e00-\u9fff]{2,8})的(公路|铁路|高速公路)")


def _listed_route(text: str, ends: tuple[int, int], close: str) -> Candidate:
    """An item of a list of routes, named with the kind the list's ``close`` gives it when that kind is
    plain (灌阳至平乐 + 等高速公路 → 灌阳至平乐高速公路); that name wins over the bare item."""
    kind = _LISTED_KIND.fullmatch(close)
    name = text[ends[0] : ends[1]] + (kind.group(1) if kind else "")
    return Candidate(ends[0], ends[1], name, "route", 3 if kind else 2)


def _list_close(listed: str) -> str:
    """The words that close a list of routes (…、隆林至乐业等高速公路 → 等高速公路; …天峨至北海高速公路 →
    高速公路, the 高速 read into the last item's end)."""
    close = re.search(r"(?:" + _ROUTE_LAST.pattern + r"|的?" + _ROUTE_KINDS + ")$", listed)
    word = close.group(0) if close else ""
    return "高速" + word if word == "公路" and listed[: close.start()].endswith("高速") else word


#: a line or phase of a known project: 西气东输二线, 南水北调中线一期工程, 三峡工程二期
_SECTION = re.compile(r"(?:[东中西南北][线段路]|[一二三四五六]线)?(?:[一二三四五六]期)?(?:改扩建|扩建)?(?:工程)?")


def lexicon_candidates(text: str) -> list[Candidate]:
    out = []
    for s, e, entry in project_lexicon().find(text):
        m = _SECTION.match(text, e)
        tail = m.group() if m else ""
        if tail and tail != "工程" and not entry.name.endswith(tail):
            # a named part of a known project is a project of its own (its key keeps the part)
            base = text[s:e]
            out.append(Candidate(s, e + len(tail), f"{base}{tail}", "lexicon_part", 4))
        else:
            out.append(Candidate(s, e, entry.name, "lexicon", 4))
    return out


#: a count of things made after a verb: the verb's object is the product (建成了几艘货轮)
_MADE = re.compile(r"了?(?:几|[一二三四五六七八九十两百千\d]+)(?:艘|台|辆|架|列)")


def _in_a_name(text: str, i: int, w: str, pp: ProjectPatterns) -> bool:
    """Is the status word ``w`` at ``i`` part of a facility's name (沈阳风|动工|具厂: 工具厂 is the head)?"""
    return any(len(h) > len(w) - k for k in range(1, len(w)) if (h := pp.facility.starting_at(text, i + k)))


#: a building verb right before a base's or centre's name (加快建设|西安国际医学中心)
_BUILT_BEFORE = re.compile(r"(?:加快建设|建设|新建|筹建|开工建设|建成|打造)$")


def status_near(text: str, start: int, end: int, pp: ProjectPatterns) -> tuple[str, bool] | None:
    """The status verb nearest before and after a name in its clause; a specific status (started,
    completed, planned) beats the generic under_construction; after beats before on a tie."""
    cs, ce = clause_bounds(text, start, end, CLAUSE_END)
    before = after = None
    for i in range(start, cs - 1, -1):
        w = pp.status_words.ending_at(text, i)
        if w and not _in_a_name(text, i - len(w), w, pp):
            before = pp.status[w]
            break
    i = end
    while i < ce:
        w = pp.status_words.starting_at(text, i)
        if w and not _in_a_name(text, i, w, pp):
            if _MADE.match(text, i + len(w)):
                break  # 大连造船厂建成了几艘较大的货轮: what the works made, not the works
            after = pp.status[w]
            break
        i += 1

    def rank(s):
        return 0 if s is None else (1 if s[0] == "under_construction" else 2)

    if rank(after) >= rank(before):
        return after or before or _extended_in(text, cs, ce, start, end)
    return before


#: extending or rebuilding in a clause: the works are under way when no other status word stands there
_EXTEND_WORD = re.compile(r"(?<!改)(?:扩建|改建)")


def _extended_in(text: str, cs: int, ce: int, start: int, end: int) -> tuple[str, bool] | None:
    for m in _EXTEND_WORD.finditer(text, cs, ce):
        if not start <= m.start() < end:
            return ("under_construction", False)
    return None


#: an energy transfer between two provinces named by their abbreviations: 青电入豫, 甘电入浙工程
_TRANSFER = re.compile(r"([\u4e00-\u9fff])[电气]入([\u4e00-\u9fff])(?:(?:特高压)?(?:直流)?(?:输电)?工程)?")


#: water diverted from one river or place to another: 引汉济渭, 引江补汉工程, 引黄济青, 引江济淮二期
_WATER_TRANSFER = re.compile(r"引[\u4e00-\u9fff]{1,2}(?:济|补|入)[\u4e00-\u9fff]{1,2}?(?:[一二三]期)?(?:工程)?(?=[，。；、和及”」]|工程|[一二三]期|加快|建设|开工|通水|$)")


def transfer_candidates(text: str) -> list[Candidate]:
    """青电入豫工程, 甘电入浙: both ends must be provinces' official one-character abbreviations (as
    the places component reads them, :func:`kg.components.places._transfer_ends`); water transfers
    named 引X济Y (引江补汉工程, 引黄济青)."""
    from kg.components.places import _transfer_ends

    out = [
        Candidate(m.start(), m.end(), m.group(), "transfer", 2)
        for m in _TRANSFER.finditer(text)
        if len(_transfer_ends(m.group(), set())) == 2
    ]
    out += [Candidate(m.start(), m.end(), m.group(), "transfer", 2) for m in _WATER_TRANSFER.finditer(text)]
    from kg.components.places import abbreviations

    for m in _POWER_OUT.finditer(text):  # 疆电外送, 吉电南送特高压直流输电通道: a province's power sent out
        if m.group(1) in "西北东南" or not any(d.level == "province" for d in abbreviations().get(m.group(1), ())):
            continue  # (西电东送 is the national works, in the lexicon)
        out.append(Candidate(m.start(), m.end(), m.group(), "transfer", 2))
    return out


#: a province's power sent out, by its one-character abbreviation: 疆电外送, 藏电外送, 吉电南送…通道
_POWER_OUT = re.compile(r"([\u4e00-\u9fff])电(?:外送|[东南西北]送)(?:特高压)?(?:直流|交流)?(?:输电)?(?:通道|工程|第[一二三四五六]通道)?")


#: what may follow a line's number: a phase or an extension (3号线一期, 2号线西延段)
_LINE_TAIL = r"(?:(?:[一二三四五六]期)?(?:[东西南北]段|[东西南北]{2}半环)?(?:延伸线|[东西南北]?延(?:伸|长)?(?:线|段)?)?)"
_LINE_NO = rf"(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}}|[A-Z]\d{{1,2}})号?线(?:支线)?{_LINE_TAIL}?(?:工程)?"
_SYSTEM = r"地铁|城市轨道交通|轨道交通|轨交"
#: metro lines: 地铁3号线一期, 轨道交通101线、22号线, 杭州地铁10号线
_METRO = re.compile(rf"(?:{_SYSTEM}){_LINE_NO}(?:、{_LINE_NO})*")
_LINE_ITEM = re.compile(_LINE_NO)
#: bare lines in a list: 7号线、8号线, 滨海新区Z2线、Z4线、B1线
_BARE = r"(?:\d{1,2}号|[A-Z]\d{1,2})线(?:支线)?"
_BARE_LINES = re.compile(rf"(?<![\dA-Za-z])(?<!号){_BARE}{_LINE_TAIL}?(?:、{_BARE}{_LINE_TAIL}?)*")


def _place_before(text: str, i: int) -> int:
    """Where a place of two to four characters ending at ``i`` starts (the longest), else ``i``."""
    for n in (4, 3, 2):
        if i - n >= 0 and _is_place(text[i - n : i]):
            return i - n
    return i


#: a line named in words after a list of numbered metro lines (、新港线等, 、崇明线建设)
_NAMED_AFTER_LIST = re.compile(r"、([\u4e00-\u9fff]{2,3}线)(?=[、等和，。；]|建设|开通|通车)")
_NAMED_LINE = re.compile(rf"({_SYSTEM})([\u4e00-\u9fff]{{2,3}}?)(?:支线|线)(?![路网])")


_INITIALS_LINE = re.compile(r"([\u4e00-\u9fff]{2})(?:城际|市域铁路|市域)?[A-Z]\d{1,2}线")


def metro_candidates(text: str) -> list[Candidate]:
    """Metro lines after 地铁/轨道交通, each item of a list its own project (轨道交通101线、22号线:
    two lines; the second keeps the system's word in its name)."""
    out: list[Candidate] = []
    for m in _METRO.finditer(text):
        system = re.match(_SYSTEM, m.group()).group()
        first = True
        lead = _place_before(text, m.start())  # 上海地铁11号线: the city's name is part of it
        for it in _LINE_ITEM.finditer(text, m.start() + len(system), m.end()):
            s = lead if first else it.start()
            name = text[s : it.end()] if first else system + it.group()
            out.append(Candidate(s, it.end(), name, "metro", 2))
            first = False
        tail = _NAMED_AFTER_LIST.match(text, m.end())  # 武汉轨道交通12号线、新港线等: a named line in the list
        if tail:
            out.append(Candidate(tail.start(1), tail.end(1), system + tail.group(1), "metro", 2))
    # 轨道交通崇明线: a line named after a place or by place initials, right after the system's word
    for m in _NAMED_LINE.finditer(text):
        if _is_place(m.group(2)) or _initials(m.group(2)):
            out.append(Candidate(m.start(), m.end(), m.group(), "metro", 2))
    # 成资S3线、成眉S5线: suburban lines named by the initials of the cities they join and a code
    for m in _INITIALS_LINE.finditer(text):  # (锡澄S1线, 锡宜城际S2线: 澄 is 江阴's, which no table gives)
        if _initials(m.group(1)) or _coined(m.group(1)):
            out.append(Candidate(m.start(), m.end(), m.group(), "metro", 2))
    # 加快7号线、8号线建设: bare lines, in a report that names its metro, with a status verb
    if "地铁" in text or "轨道交通" in text:
        pp = project_patterns()
        for m in _BARE_LINES.finditer(text):
            if status_near(text, m.start(), m.end(), pp) is None:
                continue
            lead = _place_before(text, m.start())  # 滨海新区Z2线: the district's name is part of it
            for k, it in enumerate(_LINE_ITEM.finditer(text, m.start(), m.end())):
                s = lead if k == 0 else it.start()
                out.append(Candidate(s, it.end(), text[s : it.end()], "metro", 1))
    return out


_STATION = re.compile(r"(?<=[\u4e00-\u9fff])([东南西北])站(?![\u4e00-\u9fff]?[长台])")


#: a city road or avenue and its extension or works, named before its status verb
_CITY_ROAD = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:大道|路)(?:[东西南北]延(?:线|伸段|伸线)?|快速化改造|改造工程|拓宽工程)?")
#: the works done on a numbered road, after its number or section (改扩建, 改线)
_ROAD_DONE = r"改扩建|改造|扩建|改建|改线"
#: national and provincial roads by number: 312国道苏州东段改扩建, G228国道, G318线林芝至拉萨段改扩建, G228鞍营段
_ROAD = re.compile(r"(?<![\dA-Za-z])(?:(?:[GS]\d{1,4}|\d{3})(?:国道|省道)|\d{2}省道|[GS]\d{3,4}线(?:边境公路|旅游公路)?"
                   r"|(?:国道|省道)[GS]?\d{2,4}(?:线|(?=[^\u4e00-\u9fff\d]|[\u4e00-\u9fff]{2,5}?段|改|扩|等|工程))"  # 国道112线宣化至怀来段改建工程, 国道107驿城区段、省道206…改建工程 (not 国道109|新线高速)
                   r"|[GS]\d{3}(?=[\u4e00-\u9fff]{2,7}?段))"  # G305岫岩段, G312六安城区绕城段: a national road's section by its code
                   r"(?:[\u4e00-\u9fff]{2,5}?至[\u4e00-\u9fff]{2,5}?段|[\u4e00-\u9fff]{2,7}?段)?(?:(?:智慧)?快速路|[东西南北]延(?:伸段|伸线|线|段)?)?"
                   r"(?:" + _ROAD_DONE + r")?(?:工程)?(?![\dA-Za-z])")
#: a numbered road's or coded expressway's own works or section name one project, with or without a status
#: verb (实施国道245线改造, G4211宁芜高速改扩建)
_ROAD_WORKS = re.compile(r"段|" + _ROAD_DONE + r"|扩容|工程$")
_SHARED_WORKS = re.compile(r"(?:改扩建|改造|扩建|改建)(?:工程)?$")
#: numbered roads listed before their shared kind: G318、G219、G317线改扩建 (G318线, G219线, G317线); a
#: road's code has three or four digits (S5线 is a suburban railway)
_ROAD_CODES = re.compile(r"(?<![\dA-Za-z])[GS]\d{3,4}(?:、[GS]\d{3,4})+(?:和[GS]\d{3,4})?(国道|省道|线)(?![\u4e00-\u9fff]{0,2}路)")


#: numbered roads by their bare codes, listed before their kind (G320、G207和S219、S312等国省干线公路)
_CODES_OF_A_KIND = re.compile(r"(?<![\dA-Za-z])([GS]\d{2,4}(?:[、和][GS]\d{2,4})+)等(?:国省|国省道)?(?:干线|主干|重点|普通)?(?:公路|道路|国省道|国道|省道)")
#: a works verb right before such a list (改造|G320、…)
_ROAD_DONE_BEFORE = re.compile(r"(?:改造|改建|扩建|改扩建|新建|建设|提质|升级)了?$")


#: an expressway by its national or provincial code and its name: G3京台高速铜陵至黄山段, G4211宁芜高速改扩建
_CODED_EXPRESSWAY = re.compile(
    r"(?<![\dA-Za-z])[GS]\d{1,4}[\u4e00-\u9fff]{2,4}?高速(?:公路)?(?:[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}段|[\u4e00-\u9fff]{2,3}段)?"
    r"(?:改扩建|扩容|扩建)?(?:工程)?"
)


#: the works a list of numbered roads shares after its kind (国道322线、省道213线|等干线公路改造)
_ROADS_WORKED = re.compile(r"等(?:国省|国省道)?(?:干线|主干|重点|普通)?(?:公路|道路|国省道|国道|省道)(?:" + _ROAD_DONE + r"|建设|升级|提质)")


#: a numbered road's section written before its number (北安至绥化段|G202国道)
_SECTION_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,4})至([\u4e00-\u9fff]{2,4})段$")


def _section_before(text: str, start: int) -> int:
    """Where a numbered road's name starts when its section between two places is written before its
    number (北安至绥化段G202国道); ``start`` otherwise."""
    m = _SECTION_BEFORE.search(text, max(0, start - 10), start)
    if m is None:
        return start
    for k in range(m.start(1), m.end(1) - 1):  # the first place may follow a verb (推进|北安至…)
        if _is_place(text[k : m.end(1)]) and _is_place(m.group(2)):
            return k
    return start


def road_candidates(text: str) -> list[Candidate]:
    """Numbered national and provincial roads with a status verb in their clause; city roads and
    their extensions that a completing or starting verb follows at once (厂通路建成通车, 天府大道北延线、
    蜀都大道东延线全线完工), with the roads listed before them."""
    pp = project_patterns()
    roads = list(_ROAD.finditer(text))
    named = [status_near(text, m.start(), m.end(), pp) is not None or bool(_ROAD_WORKS.search(m.group()))
             or _ROADS_WORKED.match(text, m.end()) is not None for m in roads]
    ends = [m.end() for m in roads]
    for k in range(len(roads) - 2, -1, -1):  # 国道245线、省道101线改造: the works of the last are the list's
        if not named[k] and named[k + 1] and text[roads[k].end() : roads[k + 1].start()] in ("、", "和", "及"):
            named[k] = True
            works = _SHARED_WORKS.search(text, roads[k + 1].start(), ends[k + 1])
            if works:
                ends[k + 1] = works.start()  # (省道101线, without the works the list shares)
    starts = [_section_before(text, m.start()) for m in roads]  # (北安至绥化段|G202国道: the section before it)
    out = [Candidate(s, e, text[s:e], "road", 1) for s, e, ok in zip(starts, ends, named) if ok]
    for m in _CODES_OF_A_KIND.finditer(text):  # 改造G320、G207和S219、S312等国省干线公路: each road by its code
        if status_near(text, m.start(), m.end(), pp) is not None or _ROAD_DONE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            out += [Candidate(m.start(1) + c.start(), m.start(1) + c.end(), c.group(), "road", 1)
                    for c in re.finditer(r"[GS]\d{2,4}", m.group(1))]
    for m in _ROAD_CODES.finditer(text):
        if status_near(text, m.start(), m.end(), pp) is None:
            continue
        for c in re.finditer(r"[GS]\d{3,4}", m.group()):
            s, e = m.start() + c.start(), m.start() + c.end()
            if e == m.end() - len(m.group(1)):
                e = m.end()  # the last code is written with its kind
                # (G316、G212线改造提升工程: the works are the list's, not the last road's name)
                out = [o for o in out if not (o.start == s and o.end > e)]
            out.append(Candidate(s, e, c.group() + m.group(1), "road", 1))
    # a coded expressway's section or works names one project, with or without a status
    out += [Candidate(m.start(), m.end(), m.group(), "road", 1) for m in _CODED_EXPRESSWAY.finditer(text)
            if _ROAD_WORKS.search(m.group()) or status_near(text, m.start(), m.end(), pp) is not None]
    for m in _ROAD_EXTENSION.finditer(text):  # an extension is works wherever its clause has a status
        start = _name_start(text, m.start(), pp)
        if start is None:
            continue
        own = start
        ends = _ROAD_PLACES.match(text, start, m.start())
        if ends and _is_place(ends.group(1)) and _is_place(ends.group(2)):
            own = ends.end()  # 上虞至柯桥|滨海大道东延段: the road between two places
        elif (k := _place_len(text[start : m.start()])) and m.start() - start - k >= 2:
            own = start + k  # 绍兴|二环北路快速化改造: the city's road
        if not 2 <= m.start() - own <= 4:
            continue
        if _road_name_of(text[own : m.start()], m.group(1)) and _carried_out(text, start, m.end(), pp):
            out.append(Candidate(start, m.end(), text[start : m.end()], "road", 1))
    out += _river_works(text, pp)
    for m in _CITY_ROAD.finditer(text):
        st = pp.status_words.starting_at(text, m.end())
        if not (pp.status[st][0] in ("completed", "started") if st else _status_follows(text, m.end(), pp)):
            continue  # (全线完工: a status after an adverb)
        for s, e in _items_before(text, m.end(), pp):
            item = text[s:e]
            road = _CITY_ROAD.fullmatch(item)
            if road and not all_generic(item, pp) and _road_name(road):
                out.append(Candidate(s, e, item, "road", 1))
    return out


#: a city road's extension or upgrade, named after the road: 沿江快速路南延, 昌南大道西延, 洪都大道快速化改造一期
_ROAD_EXTENSION = re.compile(r"(快速路|大道|大街|路)"
                             r"(?:[东西南北]延(?:伸段|伸线|长线|线|段)?(?:及[东西南北]延(?:伸段|线|段)?)?|快速化改造(?:[一二三四五]期)?"
                             r"|综合提升|综合整治|提升改造|改造提升|改造)(?:工程)?")
#: works on a named river or canal, by its reach or its section: 大洋河防洪治理, 海城河干流综合整治,
#: 舞水河城区段综合治理, 滹沱河生态修复三期工程, 湘江衡阳段岸线整治, 辽河干流堤防加固
_RIVER_WORKS = re.compile(r"(?<=[河江溪渠段流])(?:综合整治|综合治理|防洪治理|生态修复|水环境综合治理|岸线整治|生态保护治理|生态保护修复"
                          r"|生态保护和修复|水生态修复|水环境提升|堤防加固)(工程|项目)?([一二三四五六]期)?(?:工程)?")
#: a verb that carries out works, before a river's or road's works in their clause (完成|大洋河防洪治理,
#: 完成|二环路快速化改造)
_WORKS_VERB_BEFORE = re.compile(r"完成|实施|推进|加快|启动|开工|建成")
#: a verb that says the works listed before it are done, ending their clause
_WORKS_DONE_AFTER = re.compile(r"(?:全面|全部|全线|相继|先后|顺利)?(?:完成|完工|竣工)$")


def _carried_out(text: str, start: int, end: int, pp: ProjectPatterns) -> bool:
    """Are the works named at ``start:end`` being carried out: a status near them, a verb that carries
    out works before them in their clause, or one that says them done ending it?"""
    if status_near(text, start, end, pp) is not None:
        return True
    cs, ce = clause_bounds(text, start, end, CLAUSE_END)
    # (…、乐山大道东延、天中山大道快速化改造完成: a list of works its clause ends by saying done)
    return _WORKS_VERB_BEFORE.search(text, cs, start) is not None or _WORKS_DONE_AFTER.search(text, end, ce) is not None


#: the river's own name before its reach or section
_RIVER_OWN = re.compile(r"([\u4e00-\u9fff]+?[河江溪渠])(?:干流|城区段|([\u4e00-\u9fff]{2,3}段))?|([\u4e00-\u9fff]{1,2}水)([\u4e00-\u9fff]{2,3}段)")


def _river_works(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """Works on a named river with a status, or a verb that carries out works (完成, 实施, 推进), in their
    clause. A list of rivers that share the works without naming them (德胜河、澡港河综合整治) is a list
    of places, not works; the works named with 工程 or a phase are each a project (南沙河、杨柳河综合治理工程)."""
    from kg.components.places import word_freq

    out = []
    for m in _RIVER_WORKS.finditer(text):
        start = _name_start(text, m.start(), pp)
        if start is None:
            continue
        river = _RIVER_OWN.fullmatch(text, start, m.start())
        if river is None:
            continue
        own = river.group(1) or river.group(3)
        section = river.group(2) or river.group(4)  # (长江铜陵段, 蒸水衡阳县段: a river's section names works on it)
        if not 2 <= len(own) <= 6 or all_generic(own, pp) or (word_freq(own) >= 5000 and not section) \
                or any(c in "的和与及、" for c in own):
            continue
        if text[start - 1 : start] == "、" and text[start - 2 : start - 1] in "河江溪渠湖" and not (m.group(1) or m.group(2)):
            continue  # 德胜河、澡港河综合整治: the rivers listed, the works shared
        if _carried_out(text, start, m.end(), pp):
            out.append(Candidate(start, m.end(), text[start : m.end()], "works", 1))
    return out


#: the places a city road's name may open with: its city, or the two ends it joins (绍兴|二环北路, 上虞至柯桥|滨海大道)
_ROAD_PLACES = re.compile(r"([\u4e00-\u9fff]{2,3})至([\u4e00-\u9fff]{2,3}?)(?=[\u4e00-\u9fff]{2})")


def _road_name_of(own: str, kind: str) -> bool:
    """Is ``own`` + ``kind`` a road's own name (沿江快速路, 昌南大道), not a common word or a phrase?"""
    from kg.components.places import word_freq

    return own[-1] not in "道之的线公铁和、" and not any(c in "的和与及、，" for c in own) and word_freq(own + kind) < 5000 \
        and (own[-1] in "东西南北中环" or not word_freq(own[-1] + kind))  # 胜利北路, 二环路 (not 道路, 公路)


def _road_name(road: re.Match) -> bool:
    """Is this a road's own name (厂通路, 蜀都大道, 洞株路), not a common word (道路, 丝绸之路)?"""
    from kg.components.places import word_freq

    own = road.group(1)
    whole = own + ("大道" if road.group().startswith("大道", len(own)) else "路")
    kind = any(word_freq(whole[k:]) for k in range(0, len(whole) - 2))  # 主干路, 快速路: a kind of road
    return own[-1] not in "道之的线公铁" and not kind and word_freq(own) < 5000


def station_candidates(text: str) -> list[Candidate]:
    """Railway stations named by a city and a direction: 苏州北站, 郑州南站 (启用苏州南站: the longest
    place of two to four characters before the direction); or by a city and its district, or the
    city alone, when works or a status follow (广州白云站建成投用, 广州站改造)."""
    out = []
    pp = project_patterns()
    for m in _STATION.finditer(text):
        s = _place_before(text, m.start())
        if s < m.start():
            out.append(Candidate(s, m.end(), text[s : m.end()], "station", 1))
    for m in _PLACE_STATION.finditer(text):
        if not (_is_place(m.group(1)) and (not m.group(2) or _is_place(m.group(2)))):
            continue
        end = m.end() + (2 if text.startswith("改造", m.end()) else 0)
        if text.startswith("改造", m.end()) or _status_follows(text, m.end(), pp):
            out.append(Candidate(m.start(), end, text[m.start() : end], "station", 1))
    return out


#: a station named by its city and, after it, a district (广州白云站), not inside a longer word
_PLACE_STATION = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{2})?站(?![\u4e00-\u9fff]?[长台点])")


#: the works a …项目 is, written right before it (华菱衡钢高端无缝钢管扩能改造项目, 江海区礼乐旧村改造项目)
_WORKS_PROJECT = re.compile(r"(?:扩能改造|升级改造|提质改造|提档升级|技改扩能|技改|扩能|扩产|改造|提升|改扩建|迁建)项目")
#: an organisation's name by its end, opening a works' name (水口山有色金属集团|铅锌冶炼技改项目)
_ORG_OPENS = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:集团|公司)")


def works_project_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """A …项目 whose works are written right before it (扩能改造项目, 技改项目, 改造项目), named by the
    company that runs it (华菱衡钢高端无缝钢管扩能改造项目, 水口山有色金属集团铅锌冶炼技改项目) or by a county
    or district and a site of its own (江海区礼乐旧村改造项目), with a status in its clause. The works verb
    stops the reading of other rules; here the name is read before it."""
    from kg.components.places import segment, word_freq

    out = []
    for m in _WORKS_PROJECT.finditer(text):
        start = _name_start(text, m.start(), pp)
        if start is None:
            continue
        own = text[start : m.start()]
        if not 4 <= len(own) <= 16 or any(c in "的和与及、" for c in own) or all_generic(own, pp) \
                or status_near(text, start, m.end(), pp) is None:
            continue
        toks = segment(own)
        first = toks[0][0] if toks else ""
        org = _ORG_OPENS.match(own)
        # a listed enterprise, an unlisted one, a body ending in 集团/公司, or a trade name of two rare words (华菱|衡钢)
        company = _enterprises().starting_at(text, start) or _unlisted_company(own) \
            or (org.group() if org and len(own) - org.end() >= 2 else None) \
            or (first + toks[1][0] if len(first) == 2 and toks[0][1] in ("nz", "nr", "nrt") and word_freq(first) < 50
                and not _is_place(first) and len(toks) > 1 and len(toks[1][0]) == 2 and toks[1][1] in ("nr", "nz", "n")
                and word_freq(toks[1][0]) < 50 else None)
        rest = own[len(first) :]
        placed = not company and first.endswith(("区", "县", "旗")) and _is_place(first) \
            and len(rest) >= 3 and specific_length(rest, pp) >= 3 and not all_generic(rest, pp)
        if (company and len(own) - len(company) >= 2) or placed:
            out.append(Candidate(start, m.end(), text[start : m.end()], "company" if company else "works", 1))
    return out


def company_project_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """A project named after the company that builds it, with a status verb: TCL华星t9项目开工,
    大庆炼化高端聚烯烃项目建成投产 (the company from the curated enterprises)."""
    out = []
    for m in re.finditer("项目", text):
        start = _name_start(text, m.start(), pp)
        if start is None or m.start() - start < 4:
            continue
        company = _enterprises().starting_at(text, start) or _unlisted_company(text[start : m.start()])
        if company and m.start() - start > len(company) and status_near(text, start, m.end(), pp) is not None:
            out.append(Candidate(start, m.end(), text[start : m.end()], "company", 1))
    return out


#: a plant's capacity inside its name: 昊华骏化|年产30万吨|乙二醇, 霍林郭勒|2×66万千瓦|煤电扩建
_CAPACITY = re.compile(r"(?:年产|年处理|年加工)?" + _CAPACITY_WORDS + r"(?:/年)?级?")
#: what follows a figure rather than a product (150万千瓦以上, 30万吨的产能)
_NO_PRODUCT = re.compile(r"以上|以下|左右|以内|上下|的|规模|产能|装机|能力|增长|下降|提高|减少|增加|和|及|或|到|至")
#: a works' name and phase before the units a capacity describes (益阳电厂二期|2台, 华能平凉电厂三期|两台,
#: 华亭煤制甲醇项目|年产)
_NAMED_BEFORE_UNITS = re.compile(r"(?<=[\u4e00-\u9fff])((?:[一二三四五六]期|项目)(?:工程)?)(?:(?:\d+|[两一二三四五六七八九十])台)?$")
#: a product or works name that ends a capacity's name with a head of its own (…项目, …生产线)
_CAPACITY_HEAD = re.compile(r"(?:项目|工程|基地|生产线|产业园|一期|二期|三期|扩建|技改)$")


def _product_end(text: str, i: int, limit: int, pp: ProjectPatterns) -> int:
    """Where the words of a product that start at ``i`` end: before a list's joint, a status verb or a
    character that is no Chinese, and before ``limit``."""
    e = i
    while e < min(len(text), limit) and is_cjk(text[e]) and text[e] not in "、等和与及" \
            and not pp.status_words.starting_at(text, e):
        e += 1
    return e


def capacity_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """A plant named by its owner or place, its capacity and its product, in a clause whose works are
    carried out: 昊华骏化年产30万吨乙二醇、…建成投产, 开工霍林郭勒2×66万千瓦煤电扩建, 实施通辽高新区年产5万吨
    多晶硅等项目; a name the capacity opens needs a head of its own (建成年产30万吨玉米精深加工项目)."""
    out = []
    for m in _CAPACITY.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] in ".×"):
            continue
        e = _product_end(text, m.end(), m.end() + 14, pp)
        if text[e : e + 1] in ("及", "和", "与") and e > m.end():  # 玉米精深加工及氨基酸项目: one works
            f = _product_end(text, e + 1, m.end() + 20, pp)
            if _CAPACITY_HEAD.search(text[e + 1 : f]):
                e = f
        head = re.search(r"(?:项目|工程(?!塑料|机械|材料|车辆))(?:[一二三四五六]期)?", text[m.end() : e])
        # (…40万吨/年高端工程塑料项目: 工程 in a product's name is no head)
        if head:
            e = m.end() + head.end()  # 吉林石化120万吨乙烯项目|全面建成: the name ends at its head
        product = text[m.end() : e]
        if len(product) < 2 or _NO_PRODUCT.match(product) or pp.verbs.starting_at(product, 0):
            continue
        start = _name_start(text, m.start(), pp) if m.start() else None
        if start is not None and m.start() - start >= 2 and specific_length(text[start : m.start()], pp) >= 2:
            own = _NAMED_BEFORE_UNITS.search(text[start : m.start()])
            if own and _carried_out(text, start, e, pp):
                # 益阳电厂二期|2台60万千瓦超临界机组建成投产, 华亭煤制甲醇项目|年产60万吨装置: the works are named
                # before their units
                out.append(Candidate(start, start + own.end(1), text[start : start + own.end(1)], "capacity", 1))
                continue
        elif m.group().startswith(("年产", "年处理", "年加工")) and _CAPACITY_HEAD.search(product):
            start = m.start()
        else:
            continue
        if _carried_out(text, start, e, pp):
            out.append(Candidate(start, e, text[start:e], "capacity", 1))
    return out


def _unlisted_company(mod: str) -> str | None:
    """A company no list holds, by a name of its own that opens the works' name: a word of two
    characters the dictionary does not know and reads as a proper name (盛虹|炼化一体化项目, 双欣|环保材料…),
    no place, followed by what the works make."""
    from kg.components.places import segment, word_freq

    toks = segment(mod)
    if len(toks) < 2 or len(mod) < 5:
        return None
    w, flag, _a, _b = toks[0]
    if len(w) == 2 and flag in ("nr", "nz", "nrt") and word_freq(w) == 0 and not _is_place(w) and not _place_len(w):
        return w
    return None


#: what follows a quoted app or online platform of a government (“粤省事”“粤商通”服务能力不断提升,
#: “秦务员”平台, “i深圳”城市服务品牌, “渝快办”迭代升级)
_PLATFORM_AFTER = re.compile(r"(?:等)?(?:政务)?(?:服务)?(?:平台|APP|App|app|客户端|小程序|城市服务品牌|服务能力|迭代升级|上线)")


def _app_name(core: str) -> bool:
    """A short name made of a place (its abbreviation, or an ``i`` beside a place): 粤省事, 深i企."""
    if not 2 <= len(core) <= 5 or not any(is_cjk(c) for c in core):
        return False
    if "i" in core or "I" in core:
        return True
    from kg.components.places import abbreviations

    return core[0] in abbreviations()


def platform_spans(text: str) -> list[tuple[int, int]]:
    """The quoted names of a government's apps and online platforms: a run of quoted place-named
    words followed by 平台, 服务能力, 迭代升级 or the like. A platform is a project (a facility
    built and run), not a programme; :mod:`kg.components.programmes` leaves these quotes alone."""
    from kg.components.programmes import _quoted_chains

    out = []
    for chain in _quoted_chains(text):
        if not _PLATFORM_AFTER.match(text, chain[-1][1] + 1):
            continue
        out.extend((qs + 1, qe) for qs, qe in chain if _app_name(text[qs + 1 : qe]))
    return out


def platform_candidates(text: str) -> list[Candidate]:
    return [Candidate(s, e, text[s:e], "platform", 2) for s, e in platform_spans(text)]


#: a blast furnace, open hearth, coke oven or generating unit by its number, after its works when the
#: text names them (鞍钢的第八号高炉, 武汉钢铁公司的第一号高炉, 安钢第一号高炉, 第七号高炉)
_UNIT = re.compile(r"第[一二三四五六七八九十\d]{1,3}号(?:高炉|平炉|焦炉|炼焦炉|炼铁炉|炼钢炉|转炉|电炉|机组)"
                   r"|(?<=电厂|电站|核电)[一二三四五六七八九十\d]{1,2}号机组")  # 华电平江电厂1号机组
_UNIT_OWNER = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?(?:钢铁公司|钢铁厂|钢厂|公司|电厂|电站|核电)|[\u4e00-\u9fff]钢)的?$")


def unit_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    out = []
    for m in _UNIT.finditer(text):
        s = m.start()
        o = _UNIT_OWNER.search(text, max(0, s - 12), s)
        if o is not None:
            t = _name_start(text, s, pp)
            s = max(o.start(), t) if t is not None and t < s else o.start()
        out.append(Candidate(s, m.end(), text[s : m.end()], "unit", 2))
    return out


#: A和B两个水利枢纽, A、B、C三个电站: a counted list of facilities of one kind
_COUNTED_KIND = re.compile(r"等?([两三四五六])(?:条(?P<line>铁路|公路|干线|铁路干线|马路)|(?:个|座|项(?=工程)|大(?=露天矿|煤矿|矿区|水电站|电站))(?:大型|重点|新的|新|钢筋混凝土|石拱|木)?(?P<kind>(?:机械化)?粮库|水利枢纽|森林工业局|矿务局|局(?=[，。；、进已都也]|的采伐)|水电站|水库|电站|发电厂|电厂|热电站|煤矿|矿井|竖井|钢铁厂|工厂|铁路|公路|大桥|桥梁|盐场"
                           r"|[\u4e00-\u9fff]{0,3}?(?:厂|矿)(?![石砂粉山区务])|工程)"
                           r"|[大座个](?P<building>(?:标志性|公共|文化)?(?:建筑|场馆|文化设施)))")
_COUNT = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6}


#: a mine or shaft with a name of its own after its place (本溪的彩屯矿, 通化的湾沟立井, 南桐的东林竖井)
_OWNED_MINE = re.compile(r"的([\u4e00-\u9fff]{2,4}?)(矿|立井|竖井|斜井|露天矿)(?![\u4e00-\u9fff]?[石产山区务业藏床井工])")
#: what names a mine's product or kind rather than the mine (煤矿, 铁矿, 小型矿井)
_MINE_KIND = re.compile(r"[煤铁铜铅锌锡钨钼锑金银铝锰汞硫磷盐油]$|小型|中型|大型|新|老|矿井|主|副")


def owned_mine_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """本溪的彩屯矿, 萍乡的高坑矿, 南桐的东林竖井: a place (a division or a mining area's word before 的),
    then a name that is neither a product nor a kind, then the mine's head. Not when the sentence
    shows the mine at work (its output), which makes it a body."""
    out = []
    for m in _OWNED_MINE.finditer(text):
        name = m.group(1)
        owner = next((n for n in (4, 3, 2) if m.start() >= n and _is_place(text[m.start() - n : m.start()])), 0)
        if not owner or _MINE_KIND.search(name) or re.search("[和及与]", name) or _product_named(name) or all_generic(name, pp) \
                or any(c in _NUM for c in name):
            continue
        s, e = m.start(1), m.end()
        if not _at_work(text, s, e, pp):
            out.append(Candidate(s, e, text[s:e], "head", 1))
    return out


#: one kind of plant built in several places: 扩建了哈尔滨、牡丹江和齐齐哈尔的制材厂, 在西安、成都等地新建的机床厂
_PLACES_PLANTS = re.compile(r"(?:(?:新建|扩建|改建|修建|续建|建成|兴建)了?(?P<a>(?:[\u4e00-\u9fff]{2,5}?[、和])+[\u4e00-\u9fff]{2,5}?)的"
                            r"|在(?P<b>(?:[\u4e00-\u9fff]{2,5}?[、和])+[\u4e00-\u9fff]{2,5}?)等地(?:新建|兴建|建设|修建)的)"
                            r"(?P<kind>[\u4e00-\u9fff]{0,5}?(?:厂|电站|电厂))(?![\u4e00-\u9fff]?[房区址长务])")


def places_plant_candidates(text: str) -> list[Candidate]:
    """One kind of plant built in each of several places, the places listed before it: each place's
    plant is a project (哈尔滨制材厂, written 哈尔滨; the last with its kind, 齐齐哈尔的制材厂)."""
    out = []
    for m in _PLACES_PLANTS.finditer(text):
        g = "a" if m.group("a") else "b"
        items, s = [], m.start(g)
        for item in re.split("[、和]", m.group(g)):
            items.append((s, s + len(item)))
            s += len(item) + 1
        if not all(_is_place(text[a:b]) and not _wide_place(text[a:b]) for a, b in items):
            continue  # (在甘肃、新疆等地新建的水泥厂: the plants of provinces, a kind)
        kind = m.group("kind")
        if kind in ("厂", "工厂") or all_generic(kind[:-1], project_patterns()):
            continue  # 在兰州、成都等地新建的工厂: plants of no named kind
        for k, (a, b) in enumerate(items):
            e = m.end() if k == len(items) - 1 and g == "a" else b
            out.append(Candidate(a, e, text[a:b] + kind, "counted", 2))
    return out


#: plants of one kind named by ordinals in a list: 国营第一、第二、第三棉纺织厂, 第三、第四棉纺织厂
_ORDINALS = re.compile(r"第[一二三四五六七八九十]{1,3}号?(?:(?:、|和|及)第[一二三四五六七八九十]{1,3}号?)+"
                       r"([\u4e00-\u9fff]{0,5}?(?:厂|矿|立井|竖井|斜井|高炉|平炉|炼铁炉|炼钢炉|焦炉|电站))(?![\u4e00-\u9fff]?[房区址长务])")


def ordinal_list_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """Each ordinal of a list of one kind of plant is one plant (西北国营第一、第二、第三棉纺织厂: 西北国营第二
    棉纺织厂, written 第二): the words before the first ordinal and the kind after the last name each of
    them. Plants the sentence shows at work are enterprises (bodies)."""
    out = []
    for m in _ORDINALS.finditer(text):
        kind = m.group(1)
        if re.match(r"[两二三四五六七八九十几]个", kind):
            continue  # 郑州的第二、第三两个棉纺织厂: a counted list (counted_candidates reads it)
        a = _name_start(text, m.start(), pp) if m.start() > 0 and is_cjk(text[m.start() - 1]) else m.start()
        a = m.start() if a is None or m.start() - a > 8 else a
        prefix = text[a : m.start()]
        if a == m.start() and a > 2 and text[a - 1] == "的":  # 北京东郊的第一、第二棉纺织厂: 北京第一棉纺织厂
            o = _name_start(text, a - 1, pp)
            n = _place_len(text[o : a - 1]) if o is not None and a - 1 - o <= 8 else 0
            if n and text[o : o + n] not in _NOT_OWNER:
                prefix, a = text[o : o + n], o
        rule = ENTERPRISE if _at_work(text, a, m.end(), pp) else "head"
        items = list(re.finditer(r"第[一二三四五六七八九十]{1,3}号?", text[m.start() : m.end(1)]))
        for k, it in enumerate(items):
            s, e = m.start() + it.start(), m.start() + it.end()
            if k == 0:
                s = a
            if k == len(items) - 1:
                e = m.end(1)
            no = "号" if items[-1].group().endswith("号") and not it.group().endswith("号") else ""  # 第一、第二号炼铁炉
            out.append(Candidate(s, e, prefix + it.group() + no + kind, rule, 3))
    return out


#: what makes a counted list of bureaus (forest industry, mining) works: they are opened or built
_OPENED = re.compile("新建|扩建|续建|改建|开发了|开辟|建成|投入生产")


def counted_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """The items of a list counted by its kind (刘家峡和盐锅峡两个水利枢纽): one facility per item,
    named as written, when the count matches the items."""
    out: list[Candidate] = []
    for m in _COUNTED_KIND.finditer(text):
        items = _items_before(text, m.start(), pp)
        while items and len(items) < _COUNT[m.group(1)] and items[0][0] > 0 and text[items[0][0] - 1] in "和及与":  # A和B两个…
            more = _items_before(text, items[0][0] - 1, pp)
            if not more:
                break
            items = more + items
        if items:
            s, e = items[0]
            k = max(text.rfind("上", s, e), text.rfind("的", s, e))
            if k > s and (_is_place(text[s:k]) or text[k] == "的" and e - k > 2):  # 黄河上刘家峡, 开滦的唐家庄:
                items[0] = (k + 1, e)  # the river or place it lies on, the body that owns it
        n = _COUNT[m.group(1)]
        if len(items) > n and all(_head_of(text[s:e], pp) for s, e in items[:-n]) \
                and not any(_head_of(text[s:e], pp) for s, e in items[-n:]):
            items = items[-n:]  # 西露天矿、老虎台和胜利两个矿: the items before the counted ones name themselves
        if len(items) != n:
            continue
        if _AT_WORK.search(text, m.end(), clause_bounds(text, m.end(), m.end(), CLAUSE_END)[1]):
            continue  # 开山屯和石岘两个造纸厂产量都超过了计划: enterprises at work
        if (m.group("kind") or "").endswith("局") and not _OPENED.search(text, *clause_bounds(text, m.start(), m.end(), SENTENCE_END)):
            continue  # 新建三岔子、湾沟和临江三个局: a bureau is a works only when it is opened or built
        if all(_short_facility_name(text[s:e], pp) or _item_ok(text[s:e], pp) for s, e in items):
            kind = m.group("kind") or m.group("line") or ""  # 北京艺术中心、北京城市图书馆、北京大运河博物馆三大建筑
            named = kind == "工程" or kind and text[items[-1][1] - 1] == kind[-1] \
                or kind == "桥梁" and all(text[e - 1] == "桥" for _s, e in items)  # A桥、B桥和C桥三座桥梁
            if named:
                kind = ""  # 铁合金厂和炭素厂两个工程: the items name themselves
            owner = ""
            if named and items[0][0] > 1 and text[items[0][0] - 1] == "的":  # (吉林的|染料厂、…)
                owner = text[_place_before(text, items[0][0] - 1) : items[0][0] - 1]
            for s, e in items:  # 沈阳、抚顺两个热电站, 营城、蛟河两个煤矿: the item with its kind names the plant
                name = text[s:e] + kind  # (the item as written is its alias)
                if owner and not _is_place(text[s:e]):
                    name = owner + name  # 吉林的染料厂、化肥厂和电石厂三个化学工厂: 吉林染料厂, 吉林化肥厂
                    if s == items[0][0]:  # the first mention holds its owner (吉林的染料厂)
                        out.append(Candidate(s - len(owner) - 1, e, name, "counted", 3))
                        continue
                out.append(Candidate(s, e, name, "counted", 2))
    return out


#: a list of works after 重要的有/主要的有 (重要的有：本溪钢铁公司，黑龙江钢厂，…，等等), in a passage about
#: building: each item a project (1950s reports list them so, separated by commas)
_IMPORTANT = re.compile(r"(?:重要|主要)的有[：:]?|(?P<built>(?:续建|新建|在建)的(?:重点|主要)项目有|(?:主要|重点)的?工程有(?=[：:]))[：:]?")
_BUILDING_CONTEXT = re.compile(r"建设项目|建设单位|重大工程|重点工程|建设完工|投入生产|完工")
_ENTERPRISE_HEADS = ("钢铁公司", "钢厂", "矿务局", "公司")
#: the close of a list of the plan's key works (1950s): …等重点工程, …等重大工程
_KEY_WORKS = re.compile(r"等(?:[一二三四五六七八九十几]{1,3}[个项])?(?:重点|重大|主要)(?:建设)?工程")


#: what opens an item of a list of key works and names none of it: a conjunction, a building verb
_ITEM_LEAD = re.compile(r"(?:以及|和|及)?(?:新建|扩建|改建|修建|续建|兴建)?")


def important_list_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    out = []
    for m in _IMPORTANT.finditer(text):
        if not m.group("built") and not _BUILDING_CONTEXT.search(text, max(0, m.start() - 60), m.start()):
            continue
        end = text.find("。", m.end())
        end = len(text) if end < 0 else end
        stop = text.find("等", m.end(), end)
        # (a list of key works goes on past a 等 that closes one of its items: …，新建瑞金路、宝山路等道路9公里，…，
        # 以及市第二人民医院门诊大楼等)
        seg_end = end if m.group("built") or stop < 0 else stop
        pos = m.end()
        for piece in re.split("[，、；]", text[m.end() : seg_end]):
            s, e = pos, pos + len(piece)
            pos = e + 1
            if "等" in piece:
                e = s + piece.index("等")
                piece = piece[: piece.index("等")]
            if (lead := _ITEM_LEAD.match(piece)) and len(piece) - lead.end() >= 3:
                s, piece = s + lead.end(), piece[lead.end() :]  # 以及|…, 新建|瑞金路: no part of the name
            item = piece.strip()
            # (包头三大钢铁工业基地: a count; 湟水二号桥和南川河桥: two works, which the other readers split)
            if not item or not _item_ok(item, pp) or "的" in item or len(item) > 12 or re.search("[和及与]", item[1:]) \
                    or re.search(r"[两三四五六七八九十]大|[一两几每各]个", item):
                continue
            if _listed_facility(item, pp) or item.endswith(_ENTERPRISE_HEADS) \
                    or (m.group("built") and re.search(_CITY_WORKS_HEAD + "$", item)):  # 续建的重点项目有：…医院
                out.append(Candidate(s, e, item, "enumeration", 2))
    return out


#: works on a named facility or river, written with 的 (1950s): 盘山灌区的扩建工程 is works on 盘山灌区,
#: 皂河闸的维修工程 on 皂河闸; 柳河的治理工程 is named as written (a river is no facility)
_WORKS_OF = re.compile(r"的(?:第[一二三四五六]期|一段)?(?:扩建|改建|续建|维修|加固|整修|修复|治理|控制|防洪|疏浚|整治|培修|建港|航道整治)工程"
                       r"|的(?:扩建|改建)(?=[、，和])")


_WORKS_LIST = re.compile(r"等(?:重点|重大|主要)?工程")
_GOVERN = re.compile(r"(?:治理|根治)([\u4e00-\u9fff]{1,4}?[河江湖])工程")


#: new waterways dug: 开挖了独流减河和潮白新河, 开辟了新沭河和新沂河 (the river is the works)
_DUG = re.compile(DIG_VERBS + r"了?(?!的)((?:[\u4e00-\u9fff]{2,6}?[河渠][、和])*[\u4e00-\u9fff]{2,6}?[河渠])(?=[，。；、]|$)")


def dug_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    out = []
    for m in _DUG.finditer(text):
        pos = m.start(1)
        for item in re.split("[、和]", m.group(1)):
            s, pos = pos, pos + len(item) + 1
            if 3 <= len(item) <= 6 and not all_generic(item[:-1], pp) and not pp.generic.starting_at(item, 0):
                out.append(Candidate(s, s + len(item), item, "works", 1))
    return out


#: a city's own works listed after the verb that builds them (修建五一路、府东街和桥东街, 新建西固人民医院、
#: 兰州市传染病医院和西固区卫生院, 修建雷坛河桥): streets, bridges, parks, hospitals, cinemas, clubs
_CITY_WORKS_VERB = re.compile(r"(?:动工兴建|筹建|新办|新设|新建|建设(?![路街大新])|新修|新铺|修建|兴建|改建|扩建|扩充|拓宽|续修|整修|翻修|重建|修通|打通|新辟|辟建|铺筑|加固|建成)[了的]?")
#: a numbered school (第十一中学), named in full without its city
_NUMBERED = r"第[一二三四五六七八九十]{1,3}(?:中学|小学)"
_CITY_WORKS_HEAD = (r"(?:大街|正街|路|街|铁桥|浮桥|桥|公园|人民医院|医院|传染病院|卫生院|电影院|剧院|戏院|剧场|长途汽车站|汽车站|俱乐部|文化宫|青少年宫|少年宫|少年之家|会堂|百货大楼"
                    r"|图书馆|博物馆|美术馆|科技馆|展览馆|文化馆|体育馆|体育场|医学院|学院|学校|疗养院|研究所|门诊大楼|外科大楼|门诊楼|病房大楼|病房楼"
                    r"|新村|住宅区|水厂|动物园|植物园|排水干渠|排洪沟|下水道干线|水源地|游览区|疗养区|渠|防洪堤|涵洞|保健院|防治院|泵站|石料场|碎石场|砂石场|采石场"
                    r"|全民健身中心|体育中心|会展中心|艺术中心|会议中心|指挥中心"  # a city's own centres, built (市全民健身中心)
                    r"|" + _NUMBERED + "|中学|(?<!中)小学)")  # (a school named by its place or owner: 恒山中学, 铁路职工子弟中学)
#: a section or line of a street (天目山路东段, 西津西路南线, 滨河路城关段) or the extension of a works names it
_CITY_SUFFIX = r"(?:[东西南北中]段|[东西南北]线|[东西南北]延|[\u4e00-\u9fff]{2}段|扩建工程)?"
#: the characters of one item of a list: a 和, 及 or 与 inside ends it (but not in 和平, 和睦, 呼和浩特)
_ITEM_CHAR = r"(?:(?!(?<!呼)和(?![平睦])|及|与)[\u4e00-\u9fff])"
_CITY_WORK = r"(?:(?:市|[\u4e00-\u9fff]" + _ITEM_CHAR + r"{1,11}?)" + _CITY_WORKS_HEAD + "|" + _NUMBERED + ")" + _CITY_SUFFIX
#: a length after a listed works (胜利路四公里)
_LENGTH = r"[\d.一两二三四五六七八九十百]+(?:公里|米)"
_CITY_WORKS_ITEM = re.compile(_CITY_WORK + r"(?=[、和及，。；等各]|[一两三四五六七八九十][座个所条处]|" + _LENGTH + r"|开始|已经|正式|投入|落成|建成|完工|竣工|$)")
#: words ending like a city works that name a kind, not one (道路, 公路, 马路, 大街小巷)
_NOT_CITY_WORKS = re.compile(r"^(?:道路|马路|医院|职工医院|县医院|乡卫生院|人民医院|工人新村|职工新村|住宅区|职工住宅区|工人住宅区|自来水厂"
                             r"|(?:引水|排水|灌溉|输水|排洪)?干?渠)$|^为|^成(?!都)|(?:公路|铁路|道路|线路|车路|支路)$"
                             r"|[的等与各每]|^全[市省县区国]|一批|一些|几|许多|大量|新的|[两一二三四五六七八九十][座所个条处]"
                             r"|^基础上|^前提下")  # (在第一水厂扩建的|基础上谋划兴建第二水厂: a phrase, not a list)


#: where a city's works lie, between the verb and the list (马家沟河上的, 动力区至南岗区的)
_WORKS_WHERE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:上|至[\u4e00-\u9fff]{2,5}?)的")


#: works named by what they are done on, with 的 (第二松花江的防洪工程, 莆田县木兰陂的加固工程, 海河的疏浚工程)
_OWNED_WORKS = re.compile(r"的([\u4e00-\u9fff]{0,4}?(?:加固|防洪|灌溉|整治|疏浚|引水|流送|控制|维修|修缮|培修|排洪|排涝|复线|治理|护岸|导流"
                          r"|分洪|截流|堵口|蓄水))工程")
#: what such works are done on: a river, lake, dyke, plain or cave by the end of its name
_WORKS_OWNER_END = re.compile(r"(?:[河江湖溪塘陂渠港湾峡堤闸坝窟]|平原|一带|航道|水库|大堤|灌区|海口|石窟|干线)$")


def owned_works_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """Works named by the river, dyke, plain or place they are done on, before 的: the owner's name, 的
    and the works (第二松花江的防洪工程, 东苕溪西险大塘的加固工程); not a kind (河道的整治工程)."""
    out = []
    for m in _OWNED_WORKS.finditer(text):
        d = m.start()
        s = _name_start(text, d, pp)
        if s is None:
            continue
        k = max(text.rfind(c, s, d) for c in "、和及与")
        if k >= 0 and not _inside_word(text, k) and not text.startswith("一带", d - 2):
            s = k + 1  # 洮儿河和|第二松花江的防洪工程: the last owner of a list (海宁、海盐一带的: one area)
        lead = re.match(r"(?:专区|地区|自治州|省|市|县)(?=[\u4e00-\u9fff]{2})", text[s:d])
        if lead:
            s += lead.end()  # 高要|专区新兴江: the reading began inside the prefecture's name
        owner = text[s:d]
        if not 2 <= len(owner) <= 14 or not all(is_cjk(c) for c in owner) or _has_verb(owner, pp) or all_generic(owner, pp) \
                or re.search("[几些批各]|[一两几多][处项座条]", m.group(1)) or pp.facility.ending_at(owner, len(owner)):
            continue  # (…一带的几处灌溉工程: works counted, a kind; 皂河闸的维修工程: the facility is the project)
        if not (_WORKS_OWNER_END.search(owner) or _is_place(owner) or _place_len(owner) == len(owner)):
            continue
        out.append(Candidate(s, m.end(), text[s : m.end()], "works", 2))
    return out


#: the ownership of a local plant, no part of any works' name (地方国营|厦门罐头厂…扩建工程)
_LOCAL_OWNERSHIP = r"(?:地方国营|公私合营)"
#: the kind of ownership before a plant's name (国营|杭州第一棉纺织厂), no part of the name where a plant is read
#: with its phase or as a body (国营 stays in other names: 国营饮马农场 is a state farm's name)
_OWNERSHIP = r"(?:" + _LOCAL_OWNERSHIP + r"|国营)"
#: a hospital's or school's part built as works of its own (市中心医院东院区和…: the part, then another works)
_CAMPUS_PARTS = ("院区", "校区")


#: a phase of works after the works' name (人民渠第三期工程, 人民公园第二期工程, …棉纺织厂扩建第二期工程)
_PHASE_OF = re.compile(r"第[一二三四五六七八九十]期(?:工程|项目)")
#: the works done on a named works before its phase (…棉纺织厂扩建|第二期工程)
_PHASE_WORKS = r"(?:扩建|改建|续建|疏浚|整修)"
_CITY_HEAD_END = re.compile("(?:" + _CITY_WORKS_HEAD + ")" + _PHASE_WORKS + "?$")


def phase_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """A numbered phase of one named works: the works' name (a facility or a city's works, maybe with
    the works done on it) and 第N期工程; never a programme (人民公园第二期工程)."""
    out = []
    for m in _PHASE_OF.finditer(text):
        ps = m.start()
        done = re.fullmatch(_PHASE_WORKS, text[ps - 2 : ps]) is not None
        s = _name_start(text, ps - 2 if done else ps, pp)  # …棉纺织厂|扩建|第二期工程: the works done on it
        if s is None or ps - s < 3 or text[s - 1 : s] in ("、", "和", "及"):
            continue  # (…、大型轧钢厂和焦化厂第二期工程: a list's item, read with its owner by list_siblings)
        lead = re.match(_OWNERSHIP, text[s:ps])
        s += lead.end() if lead else 0  # 国营|杭州第一棉纺织厂: the kind of ownership is no part of the name
        name = text[s:ps]
        works = re.sub(_PHASE_WORKS + "$", "", name)
        if not all(is_cjk(c) for c in name) or _NOT_IN_ITEM.search(name) or all_generic(works, pp):
            continue
        if not (pp.facility.ending_at(works, len(works)) or _CITY_HEAD_END.search(name)):
            continue
        out.append(Candidate(s, m.end(), text[s : m.end()], "head", 2))
    return out


#: workers' housing estates, by their head and phase (曹家巷工人新村, 火车站工人新村二期, 台东八路职工宿舍区)
_ESTATE = re.compile(r"(?:工人新村|职工新村|新村|工人住宅区|职工住宅区|职工宿舍区|宿舍区)(?:第?[一二三四五]期(?:工程)?)?")
#: a sentence about new housing: its estates are works (全年新建职工住宅十六万平方公尺，…工人新村…)
_HOUSING_BUILT = re.compile(r"(?:住宅|宿舍|住房)[^。；]*?(?:新建|建成|续建|建设|交付使用|迁入|完工|竣工|开工)"
                            r"|(?:新建|建成|续建|建设|交付使用|迁入|完工|竣工|开工)[^。；]*?(?:住宅|宿舍|住房)")


def estate_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """Workers' housing estates named in a sentence about new housing being built or finished."""
    out: list[Candidate] = []
    for m in _ESTATE.finditer(text):
        if m.start() < 2 or not _HOUSING_BUILT.search(text, *clause_bounds(text, m.start(), m.end(), SENTENCE_END)):
            continue
        start = _name_start(text, m.start(), pp)
        if start is None:
            continue
        start = _after_verbs(text, start, m.start(), pp, shortest=2)
        mod = text[start : m.start()]
        if not 2 <= len(mod) <= 8 or all_generic(mod, pp) or "的" in mod or not all(is_cjk(c) for c in mod) \
                or re.search(r"[一两二三四五六七八九十几各][个处座片]", mod):
            continue  # (七里河、西固两个工人住宅区: estates counted, a kind)
        out.append(Candidate(start, m.end(), text[start : m.end()], "works", 1))
    return out


#: the parts of a hospital, school, institute or shop that are built (住院部, 教学楼, 主楼, 新校舍)
_BODY_PART = re.compile(r"(?:(?:住院部|门诊部)(?:新楼|大楼|及病房)|住院部|门诊部|门诊大楼|外科大楼|病房大楼|病房楼|医技楼|教学大楼|新教学楼|教学楼|实验楼|新实验楼|主楼|新楼|"
                        r"新校舍|宿舍楼|办公大楼|阅览室|病房|教室|礼堂|实训大楼|实训楼|(?:门急诊|门诊|医技|住院|外科|内科)?综合楼|儿童诊疗中心)(?![楼部])")
#: the bodies such parts belong to, by the end of their name (市人民医院, 第一中学, 实验医学研究所的)
_PART_OWNER = re.compile(r"(?:医院|保健院|卫生院|大学|学院|学校|中学|小学|职业教育中心|职教中心|研究所|研究院|商店|百货公司|图书馆|博物馆)的?$")
#: a body's own building verb between its name and the part (江门市人民医院|要新建|门诊大楼, 焦作市人民医院|新建|住院部)
_BODY_BUILDS = re.compile(r"(?:要|将|今年)?(?:新建|扩建|增建|修建|兴建)了?")
#: building verbs in the part's clause
_PART_BUILT = re.compile(r"新建|扩建|改建|兴建|建成|建设|动工|开工|竣工|落成|完工|封顶|投入使用")


def body_part_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """A part of a named body that its clause says is built (扩建市人民医院住院部, 建成了实验医学研究所的
    主楼, 北京大学…新教学楼动工): the part is the works."""
    out: list[Candidate] = []
    for m in _BODY_PART.finditer(text):
        hs = m.start()
        verb = _BODY_BUILDS.search(text, max(0, hs - 6), hs)  # 江门市人民医院|要新建|门诊大楼: the body builds it
        verb = verb if verb is not None and verb.end() == hs else None
        at = verb.start() if verb else hs
        owner = _PART_OWNER.search(text, max(0, at - 6), at)
        if owner is None or owner.end() != at or (verb and owner.group().endswith("的")):
            continue
        start = _name_start(text, at - 1 if owner.group().endswith("的") else at, pp)  # (…研究所|的|主楼)
        if start is None:
            continue
        start = _after_verbs(text, start, at, pp, shortest=2)
        body = text[start:at].rstrip("的")
        if len(body) < 4 or all_generic(body, pp) or specific_length(body, pp) < 3 or not all(is_cjk(c) for c in body):
            continue
        if verb:
            if m.group() not in ("病房", "教室"):  # (扩建病房, 新建教室: rooms added, no building)
                # the mention is the part; the body before the verb stays a body at work
                out.append(Candidate(hs, m.end(), body + m.group(), "works", 1))
            continue
        if not _PART_BUILT.search(text, *clause_bounds(text, start, m.end(), CLAUSE_END)):
            continue
        out.append(Candidate(start, m.end(), text[start : m.end()], "works", 1))
    return out


#: more works' verbs right before 工程 that the name is read before (雁山区污水管网|完善|工程)
_WORKS_BEFORE_GONGCHENG = re.compile("完善|连通|加固|治理|拓浚|疏浚")


def named_works_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """A …工程 that the programmes component leaves out as construction (works on one named facility or
    site, a line or plant by its kind: 野狸岛公园升级改造工程, 500千伏济北输变电工程) is one project, when its
    name is specific and no count or list stands in it."""
    from kg.components.programmes import _WORKS_WORDS, _construction_works

    out: list[Candidate] = []
    for m in re.finditer("工程", text):
        hs = m.start()
        fw = _FACILITY_WORKS.search(text, max(0, hs - 6), hs) or _WORKS_BEFORE_GONGCHENG.search(text, hs - 2, hs)
        at = fw.start() if fw and fw.end() == hs else hs  # 野狸岛公园|升级改造|工程: read the name before the works' verb
        start = _name_start(text, at, pp) if at >= 2 else None
        if start is None:
            continue
        if text[start - 2 : start] in ("上游", "中游", "下游") and (up := _name_start(text, start - 2, pp)) is not None:
            start = up  # 闽江上游|生态保护修复工程: the reach of a river is part of the name
        start = _after_verbs(text, start, at, pp, shortest=2)
        mod = text[start:hs]
        if len(mod) < 4 or "等" in mod or _COUNT_PREFIX.match(mod) or all_generic(mod, pp) \
                or any(c.isdigit() for c in _SIZE_IN_NAME.sub("", mod)) or re.search(r"[两三四五六七八九十]大|[一两二三四五六七八九十几每各][个座条处]", mod) \
                or specific_length(mod, pp) < 3 or not _construction_works(text[start : m.end()]):
            continue
        if mod.endswith("配套"):
            continue  # 贵阳铁路枢纽|配套工程: the works that go with a project named on its own
        kinds = [k for w in pp.facility.words | set(_WORKS_WORDS) if len(w) >= 2 and (k := mod.find(w)) >= 0]
        fw = _FACILITY_WORKS.search(mod)
        own = _SIZE_IN_NAME.sub("", mod[: min(kinds + ([fw.start()] if fw else []) + [len(mod)])])
        if all_generic(own, pp) or specific_length(own, pp) < 2 or (fw and not kinds and not _works_on_facility(mod, pp)):
            continue  # 燃煤电厂脱硫工程, 农村公路改造提升工程, 污水处理厂提标改造工程: works on a kind of facility
        out.append(Candidate(start, m.end(), text[start : m.end()], "works", 0))
        if start > 0 and text[start - 1] == "、" and _works_on_a_named_place(mod, pp):
            # 冯家江生态治理一期、北部湾广场改造、海景大道景观提升工程: works on named roads, squares and
            # rivers listed before works of the same kind share the 工程
            out.extend(Candidate(a, b, text[a:b], "works", 0)
                       for a, b in _items_to_clause_start(text, start - 1, pp, ok=_works_on_a_named_place))
    return out


def city_works_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """The items of a list of a city's own works right after the verb that builds them; each item must
    end in a kind of works and name one (not 道路, 职工医院)."""
    out: list[Candidate] = []
    for v in _CITY_WORKS_VERB.finditer(text):
        i = v.end()
        if text[i : i + 1] in ("和", "与", "及") and not text.startswith(("和平", "和睦"), i):
            continue  # 改建和新修了胜利路: the second verb opens the list (翻修和平路: a street)
        where = _WORKS_WHERE.match(text, i)  # 新建马家沟河上的文昌桥, 修通动力区至南岗区的和平路
        items = _city_items(text, where.end() if where else i)
        if items and re.match(r"[一两几]批|一些|若干|各类", text[where.end() if where else i :]):
            items = []  # 建设一批停车场和口袋公园: works of a kind
        rest = re.match(r"[^，。；]*", text[items[-1][1] :]).group() if items else ""
        count = re.search(r"[两几一二三四五六七八九十][座个所条处]", rest)
        head = _city_head(text[slice(*items[-1])]) if items else ""
        counted = count and not rest.startswith(("各", "和", "及", "一")) \
            and not (rest[:1] == "等" and rest[1:2] == head[:1]) \
            and not (count.start() == 0 and (count.end() == len(rest) or head.endswith(rest[count.end() :])))
        # (新设A市第十九中学、第二十中学两所中学, 新建A桥和B桥两座: the works themselves counted)
        if counted or re.match(r"等[^，。；、]{0,8}的|等[\u4e00-\u9fff]{0,3}(?:下水道|管道|管线|雨水|污水|路灯)", rest):
            # 新建龙头街、大板桥两座抽水站: places of works counted after them (卖鱼桥、松木场桥等桥梁九座,
            # …电影院和北城区电影院各一座: the works themselves); 新建的…学院、…学院等高等学校的校舍: owners
            items = []
        out.extend(_city_works(text, items, pp))
    for v in _BUILDS_ANEW.finditer(text):  # 扩建兰州大学、西北大学和四川大学: universities built or extended
        for a, b in _city_items(text, v.end(), also=_UNIVERSITY):
            item = text[a:b]
            if item.endswith("大学") and not all_generic(item[:-2], pp) and not _NOT_CITY_WORKS.search(item):
                out.append(Candidate(a, b, item, "works", 2))
    for m in _CITY_WORKS_DONE.finditer(text):  # 人民剧院、和平电影院和西北电影院先后建成
        items, i = [], m.start(1)
        while (it := _CITY_WORKS_ITEM.match(text, i, m.end(1))) is not None:
            items.append(it.span())
            i = it.end() + 1
        out.extend(_city_works(text, items, pp))
    for m in _LISTED_EXTENDED.finditer(text):  # 郑州面粉厂、…和郑州农具修配厂都完成了扩建任务; 四川大学、…的扩建
        items = [(a.start() + m.start(1), a.end() + m.start(1)) for a in re.finditer(r"[^、和及]+", m.group(1))]
        s, e = items[0]
        lead = list(re.finditer(r"配合|协助|支持|市属|" + _OWNERSHIP + "|其中|包括", text[s:e]))
        items[0] = (s + lead[-1].end(), e) if lead else (s, e)
        out.extend(Candidate(a, b, text[a:b], "works", 2) for a, b in items
                   if 3 <= b - a <= 12 and not all_generic(text[a:b], pp) and not _NOT_CITY_WORKS.search(text[a:b]))
    for m in _CITY_WORK_DONE.finditer(text):  # 东坡剧院改建完工, …医院门诊大楼落成: one works, done
        s, e = m.span(1)
        verb = pp.verbs.starting_at(text, s)  # 推进|厂通路建成通车: the verb opens the clause, not the name
        out.extend(_city_works(text, [(s + len(verb) if verb else s, e)], pp))
    for m in re.finditer(r"，其中", text):  # 各地新建和扩建的疗养院…，其中A疗养院、B疗养院…等: the works built
        a = clause_bounds(text, m.start(), m.start(), SENTENCE_END)[0]
        built = re.search(r"(?:新建|扩建|建成|修建)[^，。；]{0,6}的", text[a : m.start()])
        items = _city_items(text, m.end())
        if built and items and all(_city_head(text[s:e]) in text[a + built.end() : m.start()] for s, e in items):
            out.extend(_city_works(text, items, pp))
    return out


#: the verbs that build a university anew or extend it (not 建设, which in 建设一流大学 means making it one)
_BUILDS_ANEW = re.compile(r"(?:动工兴建|筹建|新建|兴建|修建|改建|扩建)了?(?![的和与及])")
#: a university named as an item of such a list
_UNIVERSITY = re.compile(r"[\u4e00-\u9fff]" + _ITEM_CHAR + r"{1,10}?大学(?=[、和及，。；])")
#: an item of a list that names no city works, before the list goes on (…电影院放映厅、)
_OTHER_ITEM = re.compile(_ITEM_CHAR + r"{2,14}?(?=[、和及])")


def _city_items(text: str, i: int, also: re.Pattern | None = None) -> list[tuple[int, int]]:
    """The spans of the items of a list of a city's works starting at ``i``, joined by 、, 和 or 及;
    ``also``: another kind of item the list may hold (a university)."""
    items: list[tuple[int, int]] = []
    while True:
        m = _CITY_WORKS_ITEM.match(text, i) or (also.match(text, i) if also else None)
        if m is None:  # 新建亚细亚电影院放映厅、南岗工人俱乐部: an item of another kind, then the list goes on
            other = _OTHER_ITEM.match(text, i)
            if other is None:
                break
            i = other.end() + 1
            continue
        items.append(m.span())
        if text[m.end() : m.end() + 1] not in ("、", "和", "及"):
            break
        i = m.end() + 1
    return items


#: the head of a clause: a list or a works named there opens it
_CLAUSE_HEAD = r"(?:^|(?<=[，。；：\n]))"
#: a list of a city's works that a completing verb follows (解放路、东大街和环城南路完成拓宽铺装)
_CITY_WORKS_DONE = re.compile(_CLAUSE_HEAD + r"(?:其中|包括|(?:今年)?(?:要|重点)?完成了?)?((?:" + _CITY_WORK + r"[、和及])+"
                              + _CITY_WORK + r")(?:等(?:主干道|干道|道路|街道|桥梁))?(?:先后|陆续|相继|已经|全部|也都|都|也|均|已|要在年内|将在年内|在年内|年内|今年|要|将)*"
                              r"(?:建成|开始建设|竣工|落成|完成拓宽|拓宽|修通|通车|交付使用|投入使用|开诊|扩建|改建|开馆|开放运营|开放|完工|开工"
                              r"|进行了?(?:整修|翻修|扩建|改建|拓宽)|的(?:拓宽|扩建|改建|整修|翻修|铺装)|完成了?(?:改建|扩建|整修|翻修)"
                              r"|铺设了?沥青路面|改建为沥青路面|扩建病房(?:大楼)?)")


#: plants, colleges and hospitals listed before the extension that the sentence says is done or helped
#: (…厂、…厂都完成了扩建任务; 配合四川大学、成都工学院、四川医学院的扩建)
_EXTENDED_ITEM = r"[\u4e00-\u9fff]" + _ITEM_CHAR + r"{1,13}?(?:厂|大学|学院|学校|医院)"
_LISTED_EXTENDED = re.compile(_CLAUSE_HEAD + r"((?:" + _EXTENDED_ITEM + r"[、和及])+" + _EXTENDED_ITEM + r")"
                              r"(?:都|均|也)?(?:完成了?(?:扩建|改建)(?:任务)?|的(?:扩建|改建)(?!的))")


#: one works of a city at the start of its clause, with the verb that completes it
_CITY_WORK_DONE = re.compile(_CLAUSE_HEAD + r"对?((?:市|[\u4e00-\u9fff]{2,10}?)" + _CITY_WORKS_HEAD + r")"
                             r"(?:(?:改建|扩建|新建)?(?:完工|竣工|落成)|完成加固|改建为|正式开放|(?:年内|今年|已经)?建成(?:使用|通车)|今年开工|开始建设|进行了?(?:加固|整修|改建|扩建))")


#: the works a city names after the people (人民路, 人民桥, 人民公园, 人民电影院: one; 人民医院 is a kind)
_PEOPLES_WORKS = frozenset({"路", "大街", "街", "桥", "公园", "电影院", "剧院", "剧场", "戏院", "广场", "会堂"})


_MEASURED = re.compile(_LENGTH)
#: what a road is paved with, which names a kind of road (砾石路, 沥青路)
_PAVING = re.compile(r"(?:砾石|碎石|石子|沥青|柏油|水泥|混凝土|煤渣|土)$")


def _city_head(item: str) -> str:
    """The kind of works an item ends in (天目山路东段 → 路)."""
    return re.search("(" + _CITY_WORKS_HEAD + ")" + _CITY_SUFFIX + "$", item).group(1)


#: the kinds of road a two-character word before 路 or 街 makes (主干路, 农村路; 新建路 read as a new road); any
#: other such word names the road (建设路, 解放路, 胜利街), although the word alone is common
_ROAD_KINDS = frozenset({"主干", "次干", "干线", "支线", "农村", "乡村", "村级", "城市", "市区", "街道", "道路", "人行",
                         "步行", "商业", "快速", "高速", "等级", "国防", "专用", "运输", "简易", "临时", "旅游", "机耕",
                         "生产", "进厂", "厂前", "厂外", "厂区", "公共", "主要", "重要", "新建", "现有", "原有"})


def _city_works(text: str, items: list[tuple[int, int]], pp: ProjectPatterns) -> list[Candidate]:
    """The listed items that name one works (not a kind: 道路, 职工医院, 两座电影院)."""
    out = []
    city = ""  # the city of the numbered schools listed before (郑州市第七中学、第八中学: 郑州市第八中学)
    for a, b in items:
        item = text[a:b]
        if "的" in item and _is_place(item[: item.index("的")]):  # 天津的大光明电影院: the city, then its works
            a += item.index("的") + 1
            item = text[a:b]
        if _NOT_CITY_WORKS.search(item):
            continue
        head = _city_head(item)
        own = item[: item.rindex(head)]
        if _MEASURED.match(text, b) and not (head in ("路", "街", "大街", "正街") and _road_name_of(own, head)
                                             and not _PAVING.search(own)) \
                and not (head == "防洪堤" and not all_generic(own, pp)):
            continue  # 翻修新华路、胜利路四公里, 加固黄河防洪堤15公里: named works measured by their length
            # (新修柏油路五公里, 排水明渠5.6公里: kinds)
        if head.startswith("第"):
            if own:
                city = own
            else:  # 第八中学 after 郑州市第七中学; 新建了第六中学、第七中学: a numbered school is one
                out.append(Candidate(a, b, city + item, "works", 2))
                continue
        if (all_generic(own, pp) and head != "新村" and own != "市" and not (own == "人民" and head in _PEOPLES_WORKS)
                and not (head in ("路", "街", "大街", "大道") and len(own) == 2 and own not in _ROAD_KINDS
                         and not _PAVING.search(own))) \
                or len(item) < 3 or _CITY_WORKS_VERB.match(item) \
                or (own in ("工人", "职工") and re.match(r"一[座个所处]", text[b : b + 2])):
            continue  # (纺织新村, 铁路新村: an estate is named so; 人民桥, 人民电影院: one, not a kind; 工人疗养院一处: a kind)
        # priority 2: a building verb lists it, so it outranks the same words read as a built thing (新建了…医学院)
        out.append(Candidate(a, b, item, "works", 2))
    return out


def works_of_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    out = []
    for m in _WORKS_OF.finditer(text):
        start = _name_start(text, m.start(), pp)
        listed = _WORKS_LIST.search(text, m.end(), _sentence_end(text, m.end())) is not None
        if start is None or (status_near(text, start, m.end(), pp) is None and not listed):
            continue  # (南京化学工业公司的扩建、…等工程: a list of works needs no verb)
        item = text[start : m.start()]
        n = _place_len(item)
        n += 2 if item[n : n + 2] in ("专区", "地区") else 0
        if item[-1:] in "河江湖" and len(item) > 4 and n and 2 <= len(item) - n <= 5:
            start += n  # 高要专区|新兴江的防洪工程: works on a river of a place
            item = text[start : m.start()]
        if not (2 <= len(item) <= 10) or not all(is_cjk(c) for c in item) or all_generic(item, pp) \
                or re.search(r"[两三四五六七八九十几]个", item):
            continue  # 唐家庄、林西、赵各庄三个矿的改建工程: the counted list's, item by item
        if item.endswith("矿") and len(item) >= 3 and not pp.generic.starting_at(item, 0):
            out.append(Candidate(start, m.start(), item, "works", 1))  # 通顺二矿的扩建工程: works on a mine
            continue
        head = (pp.facility.ending_at(item, len(item)) or pp.infrastructure.ending_at(item, len(item))
                or next((h for h in _ENTERPRISE_HEADS if item.endswith(h)), None))
        if head and len(item) > len(head) and specific_length(item, pp) >= 2:
            out.append(Candidate(start, m.start(), item, "works", 1))  # 盘山灌区, 皂河闸
        elif item[-1] in "河江湖" and 2 <= len(item) <= 5 and not pp.generic.starting_at(item, 0):
            out.append(Candidate(start, m.end(), text[start : m.end()], "works", 1))  # 柳河的治理工程, 第二松花江的…
    for m in _GOVERN.finditer(text):  # 治理饮马河工程, 治理淮河工程: works on a river named by the verb first
        if not pp.generic.starting_at(m.group(1), 0):
            out.append(Candidate(m.start(), m.end(), m.group(), "works", 1))
    return out


#: the works on a plant written after its name: 扩建工程, 扩建
_EXPANSION = re.compile(r"(?:扩建|改建)(?:工程)?$")

#: a plant's workshop after the plant's name (大连起重机器厂|铸钢车间, 大连钢厂|第二炼钢车间): the works built
_WORKSHOP = re.compile(r"(?:第[一二三四五六七八九十]{1,2})?[\u4e00-\u9fff]{1,5}?车间(?:扩建工程|改建工程)?"
                       r"|(?:第[一二三四五六七八九十]座)?(?:轮窑|隧道窑|[\u4e00-\u9fff]{2}楼)(?:扩建工程|改建工程|扩建|改建)?")  # …面粉厂|制粉楼扩建, 市砖瓦厂|轮窑
_PLANT_END = re.compile(r"(?:厂|工厂|公司)$")

#: what may stand between a works' name and its own status verb: 的建设, 已经, 正在
_OWN_STATUS = re.compile(r"(?:的(?:建设|扩建|改建|新建|续建)(?:工程)?)?(?:已经|正在|也已经|也|都|已|将|要|今年)?")


#: words that make what follows some or all of a kind, never one named works (各国营农场, 一部分缫丝厂,
#: 几座大桥, 这一批电工器材工厂, 部分区段铁路, 六十多个工厂, 所有乡镇通二级公路, 有些工厂)
_SOME_OF_KIND = re.compile(r"各(?!庄)|所有(?!制)|有些|有的|一些|一部分|部分|几[座个条处所家]|这一?批|这些|那些|许多|所属各|[一二三四五六七八九十百]+多?个(?=工厂|企业|厂矿)")
#: a phase of works, with a year before it or works words only (一九五七年第一期工程, 第二期建港工程, 骨干一期工程)
_BARE_PHASE = re.compile(r"^(?:[〇○零一二三四五六七八九十\d]{2,4}年度?的?)?(.*?)第?[一二三四五六七八九十]期([\u4e00-\u9fff]{0,4}?)(?:工程|项目)$")


def _bare_phase(key: str, pp: ProjectPatterns, longest: int = 3) -> bool:
    """Is ``key`` a phase of works and nothing that names them (第二期建港工程; with ``longest`` 0, nothing at
    all before the phase but a year)?"""
    m = _BARE_PHASE.match(key)
    return (m is not None and len(m.group(1)) <= longest and all_generic(m.group(1), pp)
            and (not m.group(2) or all_generic(m.group(2), pp) or _WORKS_STEP.fullmatch(m.group(2)) is not None))


#: a step of works after a phase (第二期建港工程, 一期扩建工程)
_WORKS_STEP = re.compile(r"建港|扩建|建设|新建|改建|改造|续建|配套")
#: a rank among works of a kind, said of a named one elsewhere (成为广西首个、西部地区首个亿吨大港)
_FIRST_OF_KIND = re.compile(r"首[个座家]|唯一")


#: the verbs that form a body out of others (合并和改组，成立|公私合营新乡针织厂、…)
_FORMED_LEAD = r"(?:合并组成|合并成立|合并为|合并成|改组为|改组成|组建|成立|组成)了?"
#: plants a merger forms, listed after the verb: each a body (成立公私合营新乡针织厂、新乡五金厂和新乡木器厂)
_FORMED_PLANTS = re.compile(_FORMED_LEAD + r"((?:" + _OWNERSHIP + r"?[\u4e00-\u9fff]{2,10}?(?:厂|公司)[、和及])*"
                            + _OWNERSHIP + r"?[\u4e00-\u9fff]{2,10}?(?:厂|公司))(?![\u4e00-\u9fff]?[长房址区部])")


def formed_enterprise_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """Plants and companies that a merger or reorganisation forms (组建公私合营邯郸铁工厂、邯郸市织布厂等一批骨干
    企业): bodies, named without the kind of ownership; each named by a place or a name of its own, not by
    its product alone (成立了一个机械厂: a kind)."""
    out = []
    for m in _FORMED_PLANTS.finditer(text):
        pos = m.start(1)
        for item in re.split("[、和及]", m.group(1)):
            s, e = pos, pos + len(item)
            pos = e + 1
            own = re.match(_OWNERSHIP, item)
            s0 = s + (own.end() if own else 0)
            name = text[s0:e]
            head = "公司" if name.endswith("公司") else "厂"
            mod = name[: -len(head)]
            if len(mod) < 2 or not (_place_len(mod) or _CITYS_OWN.match(name) or _proper_part(mod)) \
                    or _SOME_OF_KIND.match(name) or all_generic(mod, pp):
                continue
            out.append(Candidate(s0, e, name, ENTERPRISE, 1))
    return out


#: a city's own institution named by its scope and kind (市传染病医院, 市职业技术学校, 市体育场), listed where the
#: clause builds it: before 建设 that closes its list, or before the verb that completes it (市体育场要在会前建成)
_CITY_OWN_HEAD = (r"(?:医院|学校|中学|小学|体育场|体育馆|血站|展示中心|健身中心|文化宫|图书馆|博物馆|档案馆|科技馆|美术馆|人民会堂|会堂|礼堂"
                  r"|工人俱乐部|俱乐部|剧场|影剧院|电影院|文化馆)")
_CITY_OWN = re.compile(r"市((?:(?![市的和与及])[\u4e00-\u9fff]){0,10}?)(" + _CITY_OWN_HEAD + ")"
                       + r"(?=(?:[、和及][^，。；、和及]{2,20}?)*(?:建设(?![的成])|(?:迁建|改扩建|扩建|改建)(?![的])"
                       r"|(?:要|将|已|已经)?(?:先后|相继)?(?:在[^，。；]{1,6})?(?:年内)?(?:建成|竣工|落成)))")  # (…、市妇幼保健院迁建: the list's works)
#: the verbs that may stand right before such a name, opening its list
_CITY_OWN_LEAD = re.compile(r"(?:加快|推进|建设|新建|扩建|启动|开工建设|实施|完成)$")


#: research institutes listed between 推进 or 加快 and 建设 (推进广元市铝产业研究院、嘉陵江绿色发展研究院建设): new
#: platforms being set up and built, works (a named institute at work elsewhere is a body)
_INSTITUTES_BUILT = re.compile(r"(?:加快推进|推进|加快)((?:[^，。；：、]{3,24}?、){0,4}[^，。；：、]{3,24}?(?:研究院|研究中心))建设")


def institute_candidates(text: str, pp: ProjectPatterns) -> list[Candidate]:
    """Research institutes and centres the text says it is pushing to build, each item of the list whose
    own name ends in 研究院 or 研究中心 and is specific."""
    out = []
    for m in _INSTITUTES_BUILT.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            s = _after_verbs(text, pos, pos + len(item), pp)
            name = text[s : pos + len(item)]
            head = "研究院" if name.endswith("研究院") else "研究中心" if name.endswith("研究中心") else None
            if head and specific_length(name[: -len(head)], pp) >= 3 and not all_generic(name[: -len(head)], pp) \
                    and not re.search("[和与及等的]", name) and text.count(name) == 1:  # (named again: a body at work)
                out.append(Candidate(s, pos + len(item), name, "institute", 1))
            pos += len(item) + 1
    return out


def city_own_candidates(text: str) -> list[Candidate]:
    """A city's institutions named by its scope (市传染病医院) that the clause builds (加快…、市传染病医院建设;
    市体育场要在会前建成): works, where the rules for a named place's hospital see only a scope. Not a kind
    (市属医院) nor a name the city's own name opens (张家口市中心血站: read whole elsewhere)."""
    out = []
    for m in _CITY_OWN.finditer(text):
        a = m.start()
        before = text[max(0, a - 4) : a]
        if a and not (text[a - 1] in "、，；。：和及\n" or _CITY_OWN_LEAD.search(before)):
            continue
        own = m.group(1)
        if re.match(r"[属级内直各]", own) or _CITY_WORKS_VERB.match(own) or (not own and m.group(2) in ("医院", "学校", "中学", "小学")):
            continue  # 市属医院, 市级医院: a kind (市体育场, 市图书馆: the city's one)
        out.append(Candidate(a, m.end(), m.group(), "works", 1))
    return out


def find_projects(text: str) -> list[Candidate]:
    """The projects named in ``text`` (candidates with key, rule and attrs: status, canonical, …)."""
    return find_works_and_enterprises(text)[0]


def find_works_and_enterprises(text: str) -> tuple[list[Candidate], list[Candidate]]:
    """The projects, and the plants the text shows at work rather than being built (大冶钢厂的产量超过了
    计划): those are enterprises, organisations."""
    pp = project_patterns()
    cands = (
        lexicon_candidates(text)
        + company_project_candidates(text, pp)
        + works_project_candidates(text, pp)
        + capacity_candidates(text, pp)
        + enumeration_candidates(text, pp)
        + head_candidates(text, pp)
        + route_candidates(text, pp)
        + transfer_candidates(text)
        + metro_candidates(text)
        + station_candidates(text)
        + road_candidates(text)
        + platform_candidates(text)
        + unit_candidates(text, pp)
        + counted_candidates(text, pp)
        + owned_mine_candidates(text, pp)
        + ordinal_list_candidates(text, pp)
        + places_plant_candidates(text)
        + branch_hospital_candidates(text, pp)
        + moved_institution_candidates(text, pp)
        + main_works_candidates(text, pp)
        + works_status_candidates(text, pp)
        + important_list_candidates(text, pp)
        + works_of_candidates(text, pp)
        + city_works_candidates(text, pp)
        + named_works_candidates(text, pp)
        + estate_candidates(text, pp)
        + body_part_candidates(text, pp)
        + owned_works_candidates(text, pp)
        + phase_candidates(text, pp)
        + dug_candidates(text, pp)
        + mines_at_work(text, pp)
        + formed_enterprise_candidates(text, pp)
        + city_own_candidates(text)
        + institute_candidates(text, pp)
    )
    for c in list(cands):
        own = re.match(_LOCAL_OWNERSHIP, c.key)
        if own and c.key == text[c.start : c.end] and len(c.key) - own.end() >= 4:
            _respan(c, text, c.start + own.end(), c.end)  # 地方国营|厦门罐头厂…扩建工程: the kind of ownership is no part of the name
        k = c.key.find("和")
        if c.key == text[c.start : c.end] and k >= 3 and (pp.facility.ending_at(c.key, k) or c.key[:k].endswith(_CAMPUS_PARTS)) \
                and c.end - c.start - k > 3:
            # 吉林热电站和丰满水电站 (和丰 is a word, so 和 ended no name), 市中心医院东院区和市第二人民医院迁建项目: two works
            cands.append(Candidate(c.start, c.start + k, c.key[:k], c.rule, c.priority + 1))
            cands.append(Candidate(c.start + k + 1, c.end, c.key[k + 1 :], c.rule, c.priority + 1))
            cands.remove(c)
        elif c.key == text[c.start : c.end] and k >= 4 and (g := pp.generic.starting_at(c.key, k + 1)) \
                and len(c.key) - k - 1 - len(g) <= 3:
            _respan(c, text, c.start, c.start + k)  # 市人民医院新住院综合楼和县级医院|标准化建设: a kind after 和
    cands = [c for c in cands if not _SOME_OF_KIND.match(text, c.start) and not _FIRST_OF_KIND.search(c.key)
             and not (c.rule == "head" and _COUNTED_ROUTES.search(c.key))  # (…、屯溪至休宁两段公路: two routes)
             and not (c.rule == "head" and _COUNTED_WORKS.search(c.key))]  # (…和长洲沿江防洪围堤三项工程: three works)
    kept = resolve_overlaps(cands)
    enterprises = [c for c in kept if c.rule == ENTERPRISE]
    kept = [c for c in kept if c.rule != ENTERPRISE and not WORKS_CLASS.search(c.key)]  # 三大工程, 我市国家重点工程
    kept += list_siblings(text, kept + enterprises, pp)
    for c in kept:
        if c.key == text[c.start : c.end] and text[max(0, c.start - 3) : c.start] in _CHINA_AND:
            _respan(c, text, c.start - 3, c.end)  # 中国—|东盟（凭祥）物流园: a name of China and a partner, from 中国
        if c.rule == "route" and c.key == text[c.start : c.end] and (r := _ROUTE_OF.fullmatch(c.key)):
            c.key = r.group(1) + r.group(2)  # 伊宁至察布查尔的公路 → 伊宁至察布查尔公路 (the text's form stays an alias)
        if c.key == text[c.start : c.end] and (reach := _REACH_BEFORE.match(c.key)) \
                and any(c.key.endswith(k) and len(c.key) - reach.end() - len(k) >= 2 for k in _CONCRETE):
            _respan(c, text, c.start + reach.end(), c.end)  # 澜沧江上游|如美水电站: the reach says where the plant is
        if c.key == text[c.start : c.end] and c.key.endswith("主体工程") and c.end - c.start > 6:
            c.end -= 4  # 青年枢纽|主体工程基本完工: the works' main part, named by the works
            c.key = text[c.start : c.end]
        if c.key == text[c.start : c.end]:
            if c.key.endswith(("扩建", "改建")) and text.startswith("了", c.end) and c.end - c.start > 4:
                c.end -= 2  # 广州白云机场|扩建了候机楼: the verb is not the name
            shop = _WORKSHOP.match(text, c.end) if _PLANT_END.search(c.key) else None
            if shop and not _has_verb(_EXPANSION.sub("", shop.group()), pp) and not _NOT_IN_ITEM.search(shop.group()):
                c.end = shop.end()  # 大连起重机器厂|铸钢车间: the workshop built is the project
                c.key = text[c.start : c.end]
            k = c.key.find("的")
            tail = _EXPANSION.search(c.key)
            if 2 <= k <= 4 and tail and _is_place(c.key[:k]) and specific_length(c.key[k + 1 : tail.start()], pp) >= 4 \
                    and pp.facility.ending_at(c.key, tail.start()):
                c.start, c.end = c.start + k + 1, c.start + tail.start()  # 南京的|下关发电厂|扩建工程: works on a named plant
            elif 2 <= k <= 4 and _is_place(c.key[:k]) and _place_len(c.key[k + 1 :]):
                c.start += k + 1  # 广州市的|广州机床厂: the plant's own name holds its place
            c.key = text[c.start : c.end]
    kept = [c for c in kept if not _bare_phase(c.key, pp, 0)]  # 第二期建港工程: a phase of works named before
    lex = project_lexicon()
    for c in kept:
        entry = lex.lookup(c.key) or lex.lookup(re.sub(r"(?:工程|项目|管道|全线)$", "", c.key))
        attrs: dict = {"rule": c.rule}
        if entry is not None:
            c.key = entry.name
            attrs.update(canonical=entry.name, english=entry.english, scope=entry.scope)
        else:
            c.key = strip_quotes(c.key)
            attrs["canonical"] = c.key
        st = status_near(text, c.start, c.end, pp)
        if st is not None:
            attrs["status"] = st[0]
            lead = _OWN_STATUS.match(text, c.end)
            if pp.status_words.starting_at(text, lead.end()):
                attrs["built_here"] = True  # 武汉钢铁公司的建设已经全面铺开: the verb is the name's own
        c.attrs = attrs
    for c in enterprises:
        c.attrs = {"rule": ENTERPRISE, "canonical": c.key}
    return kept, enterprises


#: what joins the items of one list of works (A厂、B厂和C厂; after a comma, the next owner's: ，哈尔滨的A厂)
_SIBLING_SEP = re.compile(r"、|以及|和|及|与|，(?=[\u4e00-\u9fff]{2,4}的)")
#: what a list's item may not hold: punctuation, a list word, a count or a "kind of" word
_NOT_IN_ITEM = re.compile(r"[，。；：、（）“”《》]|和|及|与|等|一批|一些|各|这|那|其他|有关|[一两二三四五六七八九十几][个座]")
#: the last characters that make works of one kind, the mines (…矿, …立井) counted as one
_FAMILY = {"井": "矿", "炉": "厂"}


def _owner_of(c: Candidate, text: str) -> str:
    """The place a found works is named by, outside its own name (沈阳的|风动工具厂, 在吉林新建的|染料厂)."""
    surface = text[c.start : c.end]
    if c.key != surface and c.key.endswith(surface) and _is_place(c.key[: len(c.key) - len(surface)]):
        return c.key[: len(c.key) - len(surface)]
    k = surface.find("的")
    if 2 <= k <= 8 and (_is_place(surface[:k]) or _UNIT_OWNER.fullmatch(surface[: k + 1])):
        return surface[:k]  # 鞍钢的第八号炼铁炉、第二薄板厂: 鞍钢第二薄板厂
    return ""


_PHASE_AFTER = re.compile(r"第?[一二三四五六]期(?:工程)?")


def list_siblings(text: str, found: list[Candidate], pp: ProjectPatterns) -> list[Candidate]:
    """The other works of a list one of whose items is a found project: items of the same kind joined
    to it by 、, 和 or 及 (沈阳的风动工具厂和电缆厂, 荆江大堤、同马大堤和无为大堤, 三河闸、高良涧进水闸和二河闸).
    An item after the found one shares its place when it names none (沈阳的风动工具厂和电缆厂: 沈阳电缆厂,
    written 电缆厂)."""
    taken = [(c.start, c.end) for c in found]
    out: list[Candidate] = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in taken)

    def item_ok(item: str, head: str, owned: bool) -> bool:
        bare = next((n for n in range(1, len(head) + 1) if item[-n:] in pp.heads), len(head))
        mod = item[: len(item) - bare]  # 电缆厂: 电缆 before 厂
        return (2 <= len(mod) <= 8 and all(is_cjk(c) for c in item) and not _NOT_IN_ITEM.search(item)
                and not _has_verb(item, pp)
                and (owned or not (all_generic(mod, pp) or _product_named(mod))))  # 沈阳的…和电缆厂: a product names the plant of a place

    for c in sorted(found, key=lambda c: c.start):
        if c.rule == ENTERPRISE or _at_work(text, c.start, c.end, pp):
            continue
        head = _head_of(text[c.start : c.end], pp)
        if head is None:
            continue
        family = _FAMILY.get(head[-1], head[-1])
        owner = _owner_of(c, text)
        # rightwards: 、B厂和C厂
        j = c.end
        while True:
            sep = _SIBLING_SEP.match(text, j)
            if not sep:
                break
            k = sep.end()
            hit = None
            for m in range(k + 3, min(len(text), k + 13) + 1):
                h = _head_of(text[k:m], pp) if _FAMILY.get(text[m - 1], text[m - 1]) == family else None
                if h and not pp.heads[h].get("opened") and not (m < len(text) and is_cjk(text[m]) and any(text.startswith(nb, m) for nb in pp.heads[h].get("not_before", ()))) \
                        and not (m < len(text) and pp.heads.get(text[m - len(h) : m + 1]) is not None):
                    hit = (m, h)
                    break
            if hit is None:
                break
            m, h = hit
            item = text[k:m]
            d = item.find("的")
            own = ""
            if d >= 0:
                if not (2 <= d <= 4 and _is_place(item[:d])):
                    break
                own, item, k = item[:d], item[d + 1 :], k + d + 1
            if not item_ok(item, h, bool(own or owner)) or not free(k, m) or _at_work(text, k, m, pp):
                break
            if own:
                owner = own
            ph = _PHASE_AFTER.match(text, m)
            if ph:  # 焦化厂第二期工程: the works' phase
                item, m = item + ph.group(), ph.end()
            key = item if (_place_len(item) or not owner) else owner + item
            out.append(Candidate(k, m, key, "sibling", 1))
            taken.append((k, m))
            j = m
        # leftwards: A厂、B厂和|found
        a = c.start
        while a > 1 and text[a - 1] in "、和及与":
            items = _items_before(text, a - 1, pp)
            if not items:
                break
            s, e = items[-1]
            h = _head_of(text[s:e], pp)
            if h is None or pp.heads[h].get("opened") or _FAMILY.get(h[-1], h[-1]) != family or not item_ok(text[s:e], h, False) or not free(s, e) \
                    or "的" in text[s:e]:
                break
            out.append(Candidate(s, e, text[s:e], "sibling", 1))
            taken.append((s, e))
            a = s
    return out


#: what closes a list after its last item: 等 and a count or kind (等一批重大项目), or the clause's verb
_MATES_END = re.compile(r"等(?![级同于待])")
#: what ends a works' name: in a list of works only some of which are found, an item ending so is one too
_MATE_HEAD = re.compile(r"(?:项目|工程|产业园|基地|[一二三四五六]期|大道|快线|延长线|[东西南北中]段)$")
#: adverbs between the last item of a list and its status verb
_MATE_ADVERB = re.compile(r"(?:正式|全面|全部|全线|基本|年内|今年|年底前|年底|顺利|相继|陆续|先后|按期|如期|已经|均已|都已|也已|正在|已|也|都|均|将)$")
#: a works' own words inside a listed name (长江文明馆改造提升, 市中医医院易地新建): no verb of the clause
_OWN_WORKS = re.compile(r"(?:改造提升|提升改造|改扩建|扩建|改建|迁建|易地新建|新建|续建|更新改造|改造|扩能|一期|二期|三期)$")


#: a list's close that calls its items projects (等项目, 等一批重大产业项目)
_CALLED_PROJECTS = re.compile(_ENUM_LEAD + r"[\u4e00-\u9fff]{0,6}?项目")


def _mate_pieces(text: str, a: int, b: int, pp: ProjectPatterns) -> list[tuple[int, int]]:
    """The items of the 、-list in the clause text[a:b]: the first without the verbs that open the
    clause, the last without what closes the list (等…, a status verb, 建设)."""
    cuts = [k for k in range(a, b) if text[k] == "、"]
    if not cuts:
        return []
    pieces = [(s, e) for s, e in zip([a] + [k + 1 for k in cuts], cuts + [b])]
    s, e = pieces[0]
    pieces[0] = (_after_verbs(text, s, e, pp, bounds=True), e)  # 加快推进|…: the clause's verbs
    s, e = pieces[-1]
    m = _MATES_END.search(text, s, e)
    if m and not _inside_word(text, m.start()):
        e = m.start()
    else:
        k = next((k for k in range(s + 2, e) if pp.status_words.starting_at(text, k) or text.startswith("建设", k)), None)
        if k is None:
            return pieces[:-1]  # (…北京儿童医院也都已经建成: the last item's end is not read)
        e = k
        while (adv := _MATE_ADVERB.search(text, s, e)) is not None and adv.end() == e:
            e = adv.start()  # 深圳理工大学|正式启用
    pieces[-1] = (s, e)
    return pieces


def list_mates(text: str, found: list[Candidate], pp: ProjectPatterns,
               blocked: set[tuple[int, int]] = frozenset()) -> list[Candidate]:
    """The other items of a 、-list of which the readers above found a project: in one clause, an item
    that reads as a name (not generic, not a place or body named alone) is a project of the list too
    (常州博物馆新馆、常州美术馆、…改造提升项目完工: 常州美术馆), whatever its head."""
    taken = [(c.start, c.end) for c in found]
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    # a list the text calls projects (A、B、C等项目) needs none of its items found
    called_at = [Candidate(m.start(), m.start(), "", "called", 0) for m in re.finditer(r"(?<=[\u4e00-\u9fff])等", text)
                 if (cm := _CALLED_PROJECTS.match(text, m.start())) and "行业" not in cm.group() and len(cm.group()) <= 6]
    for c in sorted(found, key=lambda c: c.start) + called_at:
        if c.rule == ENTERPRISE:
            continue
        a, b = clause_bounds(text, c.start, c.end, CLAUSE_END)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        pieces = _mate_pieces(text, a, b, pp)
        hit = [any(s < te and ts < e for ts, te in taken) for s, e in pieces]
        if len(pieces) < 2 or status_near(text, pieces[0][0], pieces[-1][1], pp) is None \
                or not (any(hit) or (c.rule == "called" and pieces[-1][1] == c.start)):
            continue  # the clause builds works, one of which is found
        # A、B、C等项目: the text itself calls every item a project
        called = _CALLED_PROJECTS.match(text, pieces[-1][1]) is not None
        most = called or 2 * sum(hit) >= len(pieces)
        for (s, e), h in zip(pieces, hit):
            if (cnt := _COUNTED_END.search(text, s, e)) and not h:
                if _AREA_OR_LENGTH.search(cnt.group()):
                    continue  # 工人住宅三万平方米: an amount of a kind of building, measured, not one works
                e = cnt.start()  # 码头一座: the count is no part of the name
            item = text[s:e]
            if not most and not _MATE_HEAD.search(item):
                continue  # in a list of few found works, an item is one when it ends like one (…扩产项目)
            if h or (s, e) in blocked or not _item_ok(item, pp) or not all(is_cjk(ch) for ch in item) \
                    or any(ch in "和及与的等" and not _inside_word(item, i) for i, ch in enumerate(item)):
                continue  # (…和空港经济区, 焦化厂和烧结厂的: two items, or a clause, not one name)
            if _PART_FIRST.match(item) or _YEARS.match(item) or re.match(f"[{_NUM}]+年", item) or _COUNT_PREFIX.match(item) \
                    or re.match(r"[省市县区乡镇村]级", item):
                continue  # 一期、二期工程: a part of the works before; 一九五三年底…: a date; 三条文化带: a count;
                # 县级医院标准化: the works of a level of institutions, a kind
            inner = _OWN_WORKS.search(item)
            core = item[: inner.start()] if inner else item
            if not _item_ok(core, pp) or (_has_verb(core, pp) and not called):
                continue  # 推动产业升级, 数字化改造: a task, not a name
            out.append(Candidate(s, e, item, "listmate", 0))
    return out


#: a longer works that a found name opens (圃田铁路|物流基地, 朝阳大桥|立交改造, 中欧班列|江苏集结中心):
#: the name runs on to this head when nothing but name characters stand between
_LONGER_HEAD = re.compile(r"((?:(?![和及与的等在为是])[\u4e00-\u9fff]){0,8}?(?:基地|集结中心|客站|专用线|支线|作业区|扩能改造|升级改造|提质改造|立交改造|科创园|新校舍|新书库|摄影棚|录音楼|船台|车间|整治|提升|除险加固|互通改造|改扩建|扩容改造|扩容|扩能|提标改造|数字化改造|综合治理|防洪治理))"
                          r"(?=[，。；、）和与等]|$|建设|加快|开工|建成|投产|竣工|完工|全面|前期|项目|工程|已|通车|通气|通水|投运|贯通|[\d〇一二两三四五六七八九十百]+(?:多)?(?:公里|千米))")
#: generating units after their plant's name: 田湾核电7、8号机组, 江城电厂3号机组
_UNITS = re.compile(r"\d{1,2}(?:[、和至]\d{1,2})*号机组")


def _respan(c: Candidate, text: str, start: int, end: int) -> None:
    """Move a found works' name, written as it stands, to text[start:end]."""
    c.start, c.end = start, end
    c.key = text[start:end]
    if "canonical" in c.attrs:
        c.attrs = {**c.attrs, "canonical": c.key}


def _extend_to_head(c: Candidate, text: str, pp: ProjectPatterns) -> None:
    """A found name that opens a longer works runs on to its head (see :data:`_LONGER_HEAD`)."""
    u = _UNITS.match(text, c.end)
    if u and (text[c.start : c.end] == c.key or text[c.start : c.end] in c.key):
        _respan(c, text, c.start, u.end())  # 田湾核电|7、8号机组: the units are the works
        return
    if c.key != text[c.start : c.end]:
        return
    m = _LONGER_HEAD.match(text, c.end)
    if m is None or _has_verb(m.group(1)[:-2], pp) or (m.group(1).endswith(("整治", "提升")) and not c.key.endswith("航道")):
        return  # (…航道|整治, …航道|提升: a waterway's works)
    if m.group(1).endswith(_WIDENED) and not c.key.endswith(_WIDENED_WHOLE):
        return  # (…产业园提质扩容, …工厂扩能: a park or a firm's plant grows; its name stays)
    _respan(c, text, c.start, m.end(1))


#: widening works, part of the name only of a road, a line or a mine (广巴高速扩容, 阳安二线扩能, 关宝山铁矿扩能)
_WIDENED = ("扩容", "扩能", "扩容改造")
_WIDENED_WHOLE = ("高速", "高速公路", "铁路", "公路", "线", "矿")


#: bodies whose works are named after them with nothing between (吉林大学第一医院…中心, …大学…实验室新院区)
_OWNING_BODIES = ("大学", "学院", "医院", "研究院", "科学院", "博物馆")


def _trim_lead(c: Candidate, text: str, pp: ProjectPatterns) -> None:
    """A verb or 以 read into the start of a works' name (支持|太原工学院, 架设|至赣州的输电线路, 以|鞍山…) is
    no part of it: the name starts after it, when what is left is still a name; nor is 全线 after a line."""
    if c.key != text[c.start : c.end]:
        return
    if re.search(r"[线路段]全线$", c.key):  # 南京地铁7号线全线、…开通运营: the whole line, no part of its name
        _respan(c, text, c.start, c.end - 2)
    k = _after_verbs(text, c.start, c.end, pp, shortest=2)
    if k == c.start and c.key.startswith("以") and _place_len(c.key[1:]):
        k += 1
    rest = text[k : c.end]
    if k > c.start and len(rest) >= 4 and _item_ok(rest, pp) and not rest.startswith(("路", "街", "大街", "大道")):
        # (建设|大街南段: the verb is the road's name)
        _respan(c, text, k, c.end)


_WORKS_SUFFIX = re.compile(r"(?:工程|项目)$")
#: the works or plants that belong to a body (抚顺矿务局所属煤矿, 部直属工厂): a kind, no one project
_BELONGING = re.compile(r"所属|直属|下属")

#: a river, lake, reservoir, hill or reach named before works done on all of them (西江、桂江、柳江|堤防加固工程)
_SHARED_SITE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:河|江|湖|水库|渠|溪|山|段)")
#: the works a list of such sites shares, written once after the last (…水系连通工程, …疏浚第二期工程)
_SHARED_SITE_WORKS = re.compile(r"(?:水系连通|增容及连通|疏浚|堤防加固|加固|绿化|防洪治理|综合治理|综合整治|整治|生态修复|清淤)"
                                r"(?:第?[一二三四五六七八九十]期)?工程$")


def _extend_over_sites(c: Candidate, text: str, pp: ProjectPatterns) -> None:
    """Works on the last of a list of rivers, lakes or hills are done on all of them, and the whole list is
    their name (蔷薇河、玉带河、西盐河水系连通工程; 南山、北山绿化工程), back to the verb that opens it."""
    if c.key != text[c.start : c.end] or text[c.start - 1 : c.start] != "、":
        return
    own = _SHARED_SITE.match(c.key)
    if own is None or not _SHARED_SITE_WORKS.match(c.key, own.end()):
        return
    start, i = c.start, c.start - 1
    while i > 0 and text[i] == "、":
        a = i
        while a > 0 and is_cjk(text[a - 1]) and i - a < 12:
            a -= 1
        a = _after_verbs(text, a, i, pp)
        if not _SHARED_SITE.fullmatch(text[a:i]) or _has_verb(text[a:i], pp) or all_generic(text[a:i], pp):
            break
        start, i = a, a - 1
    if start < c.start:
        _respan(c, text, start, c.end)


def _same_works_by_place(found: list[Candidate]) -> None:
    """One works named with and without its place in one report (西安咸阳国际机场三期扩建工程, later
    咸阳国际机场三期扩建) is one project: the shorter key takes the longer (in place), when only one
    place's works can be meant (国营第一棉纺织厂 beside 武汉… and 西北国营第一棉纺织厂 stays as it is)."""
    keys = sorted({c.key for c in found}, key=lambda k: (len(k), k))
    bare = {k: _WORKS_SUFFIX.sub("", k) for k in keys}
    longer: dict[str, str] = {}
    for k in keys:
        if len(bare[k]) < 4:
            continue
        wider = [other for other in keys if len(bare[other]) > len(bare[k]) and bare[other].endswith(bare[k])
                 and _is_place(bare[other][: len(bare[other]) - len(bare[k])])]
        if len({bare[o] for o in wider}) == 1:
            longer[k] = wider[0]
    for c in found:
        if c.key in longer:
            c.key = longer[c.key]
            c.attrs = {**c.attrs, "canonical": c.key}


#: works named like the company that runs them (1950s): 武汉钢铁公司, 本溪钢铁公司, 洛阳拖拉机厂
WORKS_BODIES = ("钢铁公司", "厂")

#: what a park hosts, said right after it (and the parks listed with it): firms settling, projects newly landing,
#: industry moved in; the park is the setting, a place (typing rule R1), not works being built
_HOSTS_AFTER = re.compile(r"(?:[、和及][^，。；、]{2,16}?)*(?:等[\u4e00-\u9fff]{0,3})?"
                          r"[^，。；、]{0,4}?(?:新落地|入驻|承接产业转移|开放发展|首批\d+家企业)")
#: works verbs before what the park hosts: the park itself is built
_PARK_BUILT = re.compile(r"开工|建成|竣工|投用|扩建|新建|续建")


def _hosting_park(c: Candidate, text: str) -> bool:
    """Is ``c`` a park that the words after it show hosting firms or projects (…创新园等片区新落地科技项目, …产业园首批8家
    企业建成投产, …物流园开放发展)?"""
    if not c.key.endswith(("园", "园区")) or c.key.endswith("公园") or c.key != text[c.start : c.end]:
        return False
    m = _HOSTS_AFTER.match(text, c.end)
    return m is not None and _PARK_BUILT.search(m.group()) is None


class ProjectRecognizer:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        project_patterns()
        project_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        pp = project_patterns()
        found, enterprises = find_works_and_enterprises(text)
        group = doc.spans.get(MENTIONS)
        # (a programme read only by its head or from a list does not block a works of the list: 民权…产业园、
        # 睢县足力健智能制造基地、虞城…扩区工程加快推进)
        blocked = {(s.start_char, s.end_char) for s in group if not (
            s.label_ == "Programme" and (s._.kg_attrs or {}).get("rule") in ("head", "enumeration"))} if group is not None else set()
        mates = list_mates(text, found, project_patterns(), blocked)
        for c in mates:
            c.attrs = {"rule": c.rule, "canonical": c.key}
            st = status_near(text, c.start, c.end, project_patterns())
            if st is not None:
                c.attrs["status"] = st[0]
        found = found + mates
        bodies = {sp.end_char: sp.start_char for sp in doc.spans.get(MENTIONS, []) if sp.label_ == "Organization"
                  and text[sp.start_char : sp.end_char].endswith(_OWNING_BODIES)}
        for c in found:
            _trim_lead(c, text, pp)
            _extend_to_head(c, text, pp)
            _extend_over_sites(c, text, pp)
            if c.start in bodies and c.key == text[c.start : c.end]:
                _respan(c, text, bodies[c.start], c.end)  # 吉林大学|第一医院国家区域医疗中心: the works of the body before it
        found = [c for c in found if c.key not in _services()  # 中欧班列 runs; its 集结中心 is built
                 and "土建" not in c.key  # 储煤仓土建工程: the civil part of a plant's works, no name of its own
                 and not _BELONGING.search(c.key)  # 抚顺矿务局所属煤矿: the mines a body runs, a kind
                 and not _water_source(c, text) and not _port_on_route(c, text) and not _city_of_port_name(c.key)
                 and not _NATIONAL_PARK.search(c.key)  # 腾冲火山国家地质公园: a protected site, a place
                 and not _bare_phase(c.key, pp)  # 骨干一期工程: a phase of works named elsewhere
                 and not _hosting_park(c, text)]  # …科技园等片区新落地科技项目120个: the park is where firms settle
        _same_works_by_place(found)
        spans = {(c.start, c.end) for c in found}
        # an item that stands for a facility (浙江的新安江…等水电站, 青藏、康藏公路) is the facility here
        standing = {(c.start, c.end) for c in found if c.key != text[c.start : c.end]
                    or (c.key.endswith("公园") and not c.key.endswith(("国家公园", "文化公园")) and c.attrs.get("status"))}
        # (北湖湿地公园建成开放: the park is built here; a national park is always a place)
        group = doc.spans.get(MENTIONS)
        if group is not None and spans:
            # a project outranks a programme read from the same words (…集疏运工程)
            ends = {e: s for s, e in spans}
            keep = [s for s in group if not (s.label_ == "Programme" and (s.start_char, s.end_char) in spans)
                    and not (s.label_ == "Programme" and s.start_char < ends.get(s.end_char, -1)
                             and pp.verbs.starting_at(text, s.start_char) == text[s.start_char : ends[s.end_char]])
                    and not (s.label_ == "Place" and (s.start_char, s.end_char) in standing)]
            # (建设|玉符河生态补水工程: a programme read with the verb before the works is the works)
            if len(keep) != len(group):
                doc.spans[MENTIONS] = keep
        # a works named like the company that runs it, which the text shows being built (本溪钢铁公司…进行了
        # 改建和扩建): wherever the name stands in this report it is the works, one project, not also a body
        works_named = {c.key for c in found if c.key.endswith(WORKS_BODIES) and c.attrs.get("status")
                       and c.key == text[c.start : c.end]}
        group = doc.spans.get(MENTIONS)
        if group is not None and works_named:
            bodies = [s for s in group if s.label_ == "Organization" and text[s.start_char : s.end_char] in works_named]
            if bodies:
                doc.spans[MENTIONS] = [s for s in group if s not in bodies]
                done = {(c.start, c.end) for c in found}
                for s in bodies:
                    if (s.start_char, s.end_char) not in done:
                        name = text[s.start_char : s.end_char]
                        add_mention(doc, s.start_char, s.end_char, LABEL, name, rule="head", canonical=name)
        for c in found:
            add_mention(doc, c.start, c.end, LABEL, c.key, **c.attrs)
        taken = {(sp.start_char, sp.end_char) for sp in doc.spans.get(MENTIONS, []) if sp.label_ == "Organization"}
        for c in enterprises:  # 上海电机厂 at work here and being expanded there: the body here, its works there
            if (c.start, c.end) not in taken:
                add_mention(doc, c.start, c.end, "Organization", c.key, **c.attrs)
        return doc


@Language.factory("kg_projects")
def make_projects(nlp: Language, name: str) -> ProjectRecognizer:
    return ProjectRecognizer(nlp, name)


# --------------------------------------------------------------------------- graph


#: which status a project keeps when one year has several: the specific ones beat the generic
#: under_construction (推进, 加快), as in :func:`status_near`
_STATUS_RANK = {"under_construction": 0, "planned": 1, "started": 2, "completed": 3}


def add_programme_project_facts(rg) -> None:
    """Graph contributor: rkg:status and rkg:statusYear of projects and of their mentions, rkg:scope
    of programmes.

    Every mention that gives a status gets it, with the year of the report part it is in (the
    reviewed year in a review part, the coming year in a plan part, else the report's year): the
    project's history in this report. The project itself gets the status of its latest year; within
    one year a specific status beats the generic under_construction (开工建设 2025 over 加快建设 2025).
    """
    from kg.ids import sub_iri
    from kg.ontology import RKG

    g = rg.g
    for ent in rg.result.extras.get("entities", []):
        if ent.type == "Programme" and ent.attrs.get("scope"):
            g.add((ent.iri, RKG.scope, Literal(str(ent.attrs["scope"]))))
        if ent.type != LABEL:
            continue
        best = None
        for m in sorted(ent.mentions, key=lambda m: m.start):
            status = m.attr("status")
            if not status:
                continue
            year = _part_year(rg, m.start)
            mn = sub_iri(rg.report, "mention", f"{m.start}-{m.end}")
            g.add((mn, RKG.status, Literal(str(status))))
            if year:
                g.add((mn, RKG.statusYear, Literal(int(year), datatype=XSD.integer)))
            rank = (year or 0, _STATUS_RANK.get(str(status), 0))
            if best is None or rank > best[0]:
                best = (rank, str(status), year)
        if best is not None:
            _, status, year = best
            g.add((ent.iri, RKG.status, Literal(status)))
            if year:
                g.add((ent.iri, RKG.statusYear, Literal(int(year), datatype=XSD.integer)))


def _part_year(rg, offset: int) -> int | None:
    p = rg.doc.paragraph_at(offset)
    if p is not None:
        part, _, _ = rg.skel.section_at(p.index)
        if part is not None and part.year:
            return part.year
    return rg.skel.year
