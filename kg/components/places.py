"""Places: administrative divisions, named regions and zones, foreign places, natural and heritage sites.

What is found, in this order (the longest match at a position wins):

1. **Names from tables.** Every division of :mod:`kg.places` by its full name (景宁畲族自治县) and
   its short name (景宁); short names of counties only inside the report's own region (a national
   report does not read 普陀 or 江山 as counties). The curated ``kg/data/places_named.jsonl``
   adds regions (长三角), zones (雄安新区), foreign places (巴黎) and sites (西湖, 大运河).
   A match is dropped when it is a stop name (``kg/data/place_stopwords.jsonl``: 长治 in 长治久安),
   when it cuts through a word of the segmenter (衡水 in 均衡水平, 广安 in 推广安吉), or when it sits
   inside quotes or book-title marks (a place inside “浙江有礼” is part of that name).
2. **Zones by their head nouns** (``kg/patterns/place_heads.jsonl``): 横店影视文化产业集聚区,
   甬舟海洋经济核心区, 温台沿海. A *geographic* head (产业带, 都市区, 沿海, 景区) takes any name that
   is not generic; a *designation* head (示范区, 试验区) needs a place name first, or the thing is a
   programme (共同富裕示范区), not a place.
3. **Named natural features** the tables lack (碧流河, 大孤山, 长兴岛): a word of three or four
   characters ending in 岛/山/河/湖/江/湾/岭/峡 that the segmenter reads as one proper name; found
   before zones, so that one can lead a zone.
4. **Lists closed by a kind of site** (王府井、西单、三里屯等商圈, 友谊关、东兴、龙邦等口岸,
   太庙、先农坛等文物) and of waters (练江、…等河流): each item is a place; so is each item of a list
   of counties or prefectures (白城专区的洮安、开通、瞻榆、镇赉等县; 1950s reports name counties
   the tables of today lack), at county level without an adcode.

Ambiguous names are resolved by the report's region (a province report's cities first), then by a
division named right before (湖南省华容县), then by level (吉林 is the province); what stays
ambiguous is left out. The mention key is the adcode for a division (the IRI is ``id/place/ADCODE``)
and the canonical name otherwise.

:func:`places_in_name` finds the places a project, organisation or event name points to, including
one-character abbreviations (甬绍天然气管道 → 宁波, 绍兴) from ``kg/data/place_abbreviations.jsonl``;
a division named only inside such names (河北 in 河北省人民委员会) is a place of the report all the same.
:func:`locate_entities` (a resolver) and :func:`add_places` (a graph contributor) put places, their
``partOf`` chains, coordinates and the ``locatedIn`` links into the graph.

The name helpers here (segmentation, left edge of a name, generic modifiers) are shared with
:mod:`kg.components.orgs_events`.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import DataError
from kg.knowledge import load_jsonl  # noqa: F401 (re-exported for the other components)
from kg.nlp import add_mention
from kg.places import CHINA, LEVELS, Division, admin_table

_HERE = Path(__file__).resolve().parent.parent
DATA_DIR = _HERE / "data"
PATTERNS_DIR = _HERE / "patterns"


# --------------------------------------------------------------------------- data files




@dataclass(frozen=True)
class NamedPlace:
    name: str
    aliases: tuple[str, ...]
    kind: str  # region, zone, foreign, site, former (a division abolished or renamed since 1949)
    english: str | None
    parent: str | None  # adcode


@lru_cache(maxsize=1)
def named_places() -> tuple[NamedPlace, ...]:
    rows = load_jsonl(DATA_DIR / "places_named.jsonl", ("name", "kind"))
    rows += load_jsonl(DATA_DIR / "places_urban.jsonl", ("name", "kind"))  # districts and landmarks of cities
    curated = tuple(
        NamedPlace(r["name"], tuple(r.get("aliases", ())), r["kind"], r.get("english"), r.get("parent")) for r in rows
    )
    return curated + _countries({f for p in curated for f in (p.name, *p.aliases)})


#: ISO 3166 codes that are China or parts of it (not foreign places)
_NOT_FOREIGN = frozenset({"CN", "HK", "MO", "TW"})


def _countries(known: set[str]) -> tuple[NamedPlace, ...]:
    """Every other country of ISO 3166-1, by its Chinese name in pycountry's translations (the curated
    list's forms win: 孟加拉国, not pycountry's 孟加拉). A translation that is a full formal name
    (…共和国) or holds a bracket is left out: reports use the short names."""
    import gettext

    import pycountry

    try:
        zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    except OSError:  # pragma: no cover - a pycountry without its translations
        return ()
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        english = getattr(c, "common_name", None) or c.name
        name = zh.gettext(english) if zh.gettext(english) != english else zh.gettext(c.name)
        if c.alpha_2 in _NOT_FOREIGN or name in known or not (2 <= len(name) <= 8) \
                or not all("\u4e00" <= ch <= "\u9fff" for ch in name) or name.endswith("共和国") \
                or "中国" in name:
            continue
        out.append(NamedPlace(name, (), "foreign", english, None))
        known.add(name)
    return tuple(out)


@lru_cache(maxsize=1)
def stop_names() -> frozenset[str]:
    """Short names that are ordinary words (长治 in 长治久安): never read as places."""
    return frozenset(r["name"] for r in load_jsonl(DATA_DIR / "place_stopwords.jsonl", ("name",)) if not r.get("phrase"))


@lru_cache(maxsize=1)
def stop_phrases() -> dict[str, tuple[str, ...]]:
    """name → phrases holding it in which it is no place (中国特色社会主义, 钢铁长城)."""
    out: dict[str, list[str]] = {}
    for r in load_jsonl(DATA_DIR / "place_stopwords.jsonl", ("name",)):
        if r.get("phrase"):
            out.setdefault(r["name"], []).append(r["phrase"])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[Division, ...]]:
    """One character → the divisions it abbreviates, in the file's order of preference."""
    table = admin_table()
    out: dict[str, list[Division]] = {}
    for r in load_jsonl(DATA_DIR / "place_abbreviations.jsonl", ("abbr", "adcode")):
        d = table.get(r["adcode"])
        if d is None:
            raise DataError(f"place_abbreviations.jsonl: unknown adcode {r['adcode']}")
        out.setdefault(r["abbr"], []).append(d)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def word_list(name: str, key: str = "word") -> frozenset[str]:
    return frozenset(r[key] for r in load_jsonl(PATTERNS_DIR / name, (key,)))


@lru_cache(maxsize=None)
def head_table(name: str) -> tuple[dict, ...]:
    """Head-noun entries, longest head first."""
    rows = load_jsonl(PATTERNS_DIR / name, ("head",))
    return tuple(sorted(rows, key=lambda r: (-len(r["head"]), r["head"])))


def head_regex(name: str) -> re.Pattern:
    return _head_regex(name)


@lru_cache(maxsize=None)
def _head_regex(name: str) -> re.Pattern:
    return re.compile("|".join(re.escape(r["head"]) for r in head_table(name)))


# --------------------------------------------------------------------------- text helpers

#: characters that end a clause (a name never crosses them)
PUNCT = set("，。；：！？、（）()[]【】\n,;:!?…—－-·•／/ 　\t\"'“”‘’《》「」『』〈〉")
DASHES = set("—－-·•")  # join two parts of one name (中国—中东欧国家博览会) when both sides are names
_OPEN, _CLOSE = "“《「『〈‘", "”》」』〉’"

#: part-of-speech tags (jieba) that end a name on its left
_BOUNDARY_FLAGS = {
    "v", "vd", "vi", "vq", "d", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "rg", "y",
    "e", "o", "a", "ad", "ag", "z", "i", "dg", "zg", "k", "h",
}  # fmt: skip


def _jieba():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


def word_freq(word: str) -> int:
    """How often ``word`` is in jieba's dictionary (0 when it is no word of it): common words are
    frequent, little-known place names and coined initials are rare or absent."""
    import jieba

    _jieba()
    jieba.dt.check_initialized()
    return jieba.dt.FREQ.get(word) or 0


@lru_cache(maxsize=8192)
def segment(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(word, tag, start, end) of ``text`` by jieba's tagger (cached: clauses repeat)."""
    out = []
    pos = 0
    for w, flag in _jieba().cut(text):
        out.append((w, flag, pos, pos + len(w)))
        pos += len(w)
    return tuple(out)


def word_boundary(text: str, i: int, start: int, end: int) -> bool:
    """Is ``i`` a boundary of the segmenter's reading of ``text[start:end]``: its start, or where a word
    starts (乌龙区|入社, not 江北|区域; 修筑|川黔: 筑 opens no word; 现代化新衡阳: 化 opens none)?"""
    return i == start or any(start + a == i for _w, _f, a, _b in segment(text[start:end]))


def clause_bounds(text: str, start: int, end: int, stops: set[str] = PUNCT) -> tuple[int, int]:
    """The stretch around ``text[start:end]`` that holds no character of ``stops``."""
    lo = clause_start(text, start, stops)
    hi = end
    while hi < len(text) and text[hi] not in stops:
        hi += 1
    return lo, hi


#: what ends a clause: the list readers go back to it (推进A、B、C等项目 → from 推进)
CLAUSE_END = frozenset("，。；：！？\n")
#: what ends a sentence for the readers that look past its clauses (…的产量都超过了计划。)
SENTENCE_END = frozenset("。；\n")


def clause_start(text: str, i: int, stops=CLAUSE_END) -> int:
    """Where the clause holding position ``i`` starts: just after the last of ``stops`` before it."""
    while i > 0 and text[i - 1] not in stops:
        i -= 1
    return i


def cuts_a_word(text: str, start: int, end: int, forms: dict | None = None) -> bool:
    """True when ``text[start:end]`` starts or ends inside a word of two or more characters —
    unless the rest of that word is another place name (上海|浦东新区) or an affix the segmenter
    glues to places (台湾|同胞, 首都|北京; ``kg/patterns/place_affixes.jsonl``)."""
    lo, hi = clause_bounds(text, start, end)
    tails, heads = _affixes()
    forms = forms or {}
    zone = text.startswith(_LISTED_ZONE_HEADS, end)  # 邵东|经开区: the zone's head opens after the name
    for _w, flag, s, e in segment(text[lo:hi]):
        s, e = s + lo, e + lo
        if e - s < 2 or not (s < start < e or s < end < e):
            continue
        if zone and start <= s < end < e:
            continue  # (邵|东经|开区: the segmenter read 东经, longitude)
        if s == end - 1 and end - start >= 3 and text[s] in "区县市旗" and flag == "nr":
            continue  # 梅县|区雁洋|镇: a town's name read with the suffix as a person's name
        if not (s <= start and end <= e):
            return True  # the word overlaps the name only in part: 均衡|水平 for 衡水
        left, right = text[s:start], text[end:e]
        if left and left not in heads and left not in forms:
            return True
        if right and right not in tails and right not in forms:
            return True
    return False


@lru_cache(maxsize=1)
def _affixes() -> tuple[frozenset[str], frozenset[str]]:
    rows = load_jsonl(PATTERNS_DIR / "place_affixes.jsonl", ("affix", "side"))
    return (frozenset(r["affix"] for r in rows if r["side"] == "tail"),
            frozenset(r["affix"] for r in rows if r["side"] == "head"))


def opaque_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks and book-title marks (marks included): names of their own."""
    spans = []
    stack: list[tuple[str, int]] = []
    for i, c in enumerate(text):
        if c in _OPEN:
            stack.append((c, i))
        elif c in _CLOSE and stack and _OPEN.index(stack[-1][0]) == _CLOSE.index(c):
            _, s = stack.pop()
            if not stack:
                spans.append((s, i + 1))
        elif c == "\n":
            stack.clear()
    return spans


def opaque_mask(text: str) -> bytearray:
    mask = bytearray(len(text))
    for s, e in opaque_spans(text):
        mask[s:e] = b"\x01" * (e - s)
    return mask


def is_generic(name: str) -> bool:
    """True when ``name`` is made only of generic modifiers, numbers and classifiers (国家5A级旅游)."""
    words = word_list("generic_modifiers.jsonl")
    rest = re.sub(r"[\d０-９.%A-Za-z一二三四五六七八九十百千万亿两]+[级家个批所座项类种大]|第[\d一二三四五六七八九十百千]+[届次批]?|[\d一二三四五六七八九十百千]+[届次批]|^\d+$", "", name)
    rest = re.sub(r"[“”‘’\"《》、和与及的\s]", "", rest)
    if not rest:
        return True
    i = 0
    longest = max(map(len, words))
    while i < len(rest):
        for n in range(min(longest, len(rest) - i), 0, -1):
            if rest[i : i + n] in words:
                i += n
                break
        else:
            return False
    return True


_ORDINAL = re.compile(
    r"^(?:第[\d一二三四五六七八九十百千]+[届次]|首届|本届|本次|这次|历届|新一轮|一年一度的?|\d{4}年?(?=[^\d年])|\d{2}年)+"
)


def strip_ordinal(name: str) -> str:
    """第六届世界佛教论坛 → 世界佛教论坛, 2010年上海世界博览会 → 上海世界博览会."""
    out = _ORDINAL.sub("", name)
    return out if out else name


#: a short aside in brackets inside a name: 中国（青岛）国际电子商务博览会, 珠三角枢纽（广州新）机场
_ASIDE = re.compile(r"（[\u4e00-\u9fffA-Za-z0-9]{2,10}）")


def name_start(
    text: str,
    head_start: int,
    protected: list[tuple[int, int]] = (),
    max_len: int = 18,
    *,
    tags: bool = True,
    conj: bool = True,
) -> int:
    """Where the name ending at ``head_start`` begins: walk left over nouns, numbers, quoted terms
    and protected spans (places and names from the lexicons) until a verb, an adverb, a function
    word, a boundary word or punctuation. Returns ``head_start`` when no name precedes.
    With ``tags=False`` only boundary words and punctuation end the name (for names that are
    whole clauses: 绿水青山就是金山银山理念提出20周年系列活动)."""
    boundaries = word_list("name_boundaries.jsonl")
    floor = max(0, head_start - max_len)
    prot = sorted(protected)
    start = pos = head_start
    conj_at: int | None = None  # 中美经贸和文化论坛: crossed one 和 because 文化论坛 is no name

    def protected_at(p: int):
        return next(((s, e) for s, e in prot if s < p <= e), None)

    while pos > floor:
        c = text[pos - 1]
        if c in _CLOSE:
            j = text.rfind(_OPEN[_CLOSE.index(c)], max(0, floor - 8), pos - 1)
            if j < 0 or "\n" in text[j:pos]:
                break
            start = pos = j
            continue
        if c == "）":  # 中国（青岛）国际电子商务博览会, 中日（青岛）地方发展合作示范区: a short aside
            j = text.rfind("（", max(0, pos - 12), pos - 1)
            if j > 0 and _ASIDE.fullmatch(text, j, pos) and "\u4e00" <= text[j - 1] <= "\u9fff":
                start = pos = j
                continue
            break
        span = protected_at(pos)
        if span is not None:
            start = pos = max(span[0], floor - 8)
            continue
        if c in DASHES and start < head_start and pos - 1 > floor and text[pos - 2] not in PUNCT:
            pos -= 1  # 中国—中东欧: a dash joins two names
            continue
        if c in PUNCT:
            break
        q = pos
        while q > floor and text[q - 1] not in PUNCT and text[q - 1] not in _CLOSE and protected_at(q) is None:
            q -= 1
        stopped = False
        hi = pos
        while hi < min(len(text), pos + 8) and text[hi] not in PUNCT:
            hi += 1  # segment with what follows: 服务贸易交易会 tags 服务 as a noun, 服务贸易 alone as a verb
        c0 = q
        while c0 > 0 and text[c0 - 1] not in PUNCT:
            c0 -= 1  # segment the whole clause: a place before (中国|国际服务贸易) changes the tags
        toks = [(w, f, a + c0, b + c0) for w, f, a, b in segment(text[c0:hi])]
        for w, flag, s, e in reversed([t for t in toks if t[2] < pos and t[3] > q]):
            s = max(s, q)
            w = text[s : min(e, pos)]  # a word running into the head: its part before the head
            if conj and w in ("和", "与", "及") and conj_at is None and start < head_start and is_generic(text[start:head_start]):
                conj_at = start
                pos = s
                continue
            if w in ("大", "小") and flag == "a" and start == e and start < head_start and _proper_after(toks, e):
                start = pos = s  # 推进|大山包黑颈鹤国家级自然保护区, 小草坝风景区: the adjective opens the name
                stopped = True
                break
            if w in boundaries or flag == "x" or (tags and flag in _BOUNDARY_FLAGS) or _is_count(w, flag):
                stopped = True
                break
            if any(w.startswith(b) for b in _by_length(boundaries) if len(b) < len(w)):
                stopped = True  # 继续加强, 精心组织: the tagger took a verb phrase for a noun
                break
            start = pos = s
        if conj_at is not None and pos < start:
            start = conj_at  # nothing nominal before the 和: it was no part of the name
        if stopped or pos > q:
            break
    return start


def _proper_after(toks, at: int) -> bool:
    """Is the word at ``at`` a noun of two characters or more that no dictionary holds as common (山包,
    草坝), the rest of a place's own name after 大 or 小?"""
    nxt = next(((w, f) for w, f, a, _b in toks if a == at), None)
    return nxt is not None and len(nxt[0]) >= 2 and nxt[1] in ("n", "ns", "nr", "nz") and not is_generic(nxt[0])


def _is_count(word: str, flag: str) -> bool:
    """8家, 12部, 三大: a count opens a noun phrase, it is no part of a name (ordinals are: 第六届)."""
    return bool(re.fullmatch(r"[\d一二三四五六七八九十百千万两]+[家个部座所项批类种条名位大]", word))


@lru_cache(maxsize=None)
def _by_length(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


# --------------------------------------------------------------------------- region


def report_region(text: str) -> str:
    """The adcode of the region a report's text is about (the same inference as the skeleton's)."""
    from kg.skeleton import _infer_region

    return _infer_region(SimpleNamespace(text=text), None)[0]


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document (spaCy joins all tokens at every access)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.text
        doc.user_data["kg_text"] = text
    return text


def doc_region(doc: Doc) -> str:
    region = doc.user_data.get("kg_region") if doc.user_data else None
    if not region:
        region = report_region(doc_text(doc))
        doc.user_data["kg_region"] = region
    return region


def region_division(region: str | None) -> Division:
    if not region or region == CHINA.adcode:
        return CHINA
    return admin_table().get(region) or CHINA


# --------------------------------------------------------------------------- the lexicon


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    key: str  # adcode or canonical name
    attrs: tuple[tuple[str, object], ...]

    def attr(self, name: str, default=None):
        return dict(self.attrs).get(name, default)


def division_attrs(d: Division) -> dict:
    return {"adcode": d.adcode, "level": d.level, "canonical": d.name, "short": d.short}


def named_attrs(p: NamedPlace) -> dict:
    attrs = {"canonical": p.name, "kind": p.kind, "level": p.kind}
    if p.english:
        attrs["english"] = p.english
    if p.parent:
        attrs["parent"] = p.parent
    return attrs


#: an autonomous division is written by its short name and its kind (甘孜州, 长阳县): the kind after it
_AUTONOMOUS_KIND = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


@lru_cache(maxsize=64)
def lexicon(region: str | None) -> tuple[dict[str, tuple], int]:
    """form → candidates (Division or NamedPlace), and the longest form's length."""
    table = admin_table()
    home = region_division(region)
    stops = stop_names()
    forms: dict[str, list] = {}
    for d in table:
        names = {d.name}
        if d.level != "county" or (home is not CHINA and table.contains(home, d)):
            names.add(d.short)
        kind = _AUTONOMOUS_KIND.get(d.name[-3:])
        if kind and d.short + kind != d.name and not table.lookup(d.short + kind):
            names.add(d.short + kind)  # 甘孜藏族自治州 → 甘孜州, 长阳土家族自治县 → 长阳县, 鄂温克族自治旗 → 鄂温克旗
        for n in names:
            # a stop name of a prefecture (大理 of 重大理论, 文山 of 文山会海) is a place in its own
            # region's reports; a county's (新城, 解放, 长安) stays a word
            if len(n) >= 2 and (n not in stops or (home is not CHINA and d.level == "city" and table.contains(home, d))):
                forms.setdefault(n, []).append(d)
    forms.setdefault("我国", []).append(CHINA)
    for p in named_places():
        for n in (p.name, *p.aliases):
            if n != p.name and n in stops:
                continue  # 渡口 (a ferry crossing) names 渡口市 only in its full form
            forms[n] = [p]  # a curated name wins over a division of the same spelling (西湖)
    longest = max(map(len, forms))
    return {k: tuple(v) for k, v in forms.items()}, longest


@lru_cache(maxsize=64)
def _lengths_by_first_char(region: str | None) -> dict[str, tuple[int, ...]]:
    return first_char_index(lexicon(region)[0])


def first_char_index(forms) -> dict[str, tuple[int, ...]]:
    """first character → the lengths of the forms that start with it, longest first."""
    out: dict[str, set[int]] = {}
    for f in forms:
        out.setdefault(f[0], set()).add(len(f))
    return {c: tuple(sorted(ls, reverse=True)) for c, ls in out.items()}


def _choose(cands: tuple, region: str | None, before: Division | None) -> Division | NamedPlace | None:
    named = [c for c in cands if isinstance(c, NamedPlace)]
    if named:
        return named[0]
    table = admin_table()
    if len(cands) == 1:
        return cands[0]
    if before is not None:
        inside = [d for d in cands if table.contains(before, d) and d != before]
        if len(inside) == 1:
            return inside[0]
    home = region_division(region)
    if home is not CHINA:
        inside = [d for d in cands if table.contains(home, d)]
        if inside:
            return min(inside, key=lambda d: (LEVELS.index(d.level), d.adcode))
    top = min(LEVELS.index(d.level) for d in cands)
    best = [d for d in cands if LEVELS.index(d.level) == top]
    return best[0] if len(best) == 1 else None


#: the last character of a village's or township's name (柏林庄, 巴黎村): a foreign city's name before it is none
_VILLAGE_ENDS = frozenset("庄村屯寨堡镇")


def find_places(text: str, region: str | None = None, region_name: str | None = None) -> list[PlaceHit]:
    """Place mentions in ``text`` (names from the tables, then zones by head nouns), by position;
    ``region_name``: the name the report gives its own government's city, which the table may lack
    (下关市, 万县市: cities of their time, merged or renamed since)."""
    hits = _find_places(text, region)
    if region_name:
        hits = _own_city(text, hits, region_name)
    return list(hits)


def _own_city(text: str, hits: tuple[PlaceHit, ...], name: str) -> tuple[PlaceHit, ...]:
    """The report's own city where the table knows it under no name (下关市 and 下关 in 下关市人民委员会's
    report): a city of that name, wherever no other place is read."""
    from kg.places import admin_table

    table = admin_table()
    if not name.endswith(("市", "县")) or len(name) < 3 or table.lookup(name) or table.lookup(name[:-1]) \
            or table.former_city(name) is not None or name[:-1] in lexicon(None)[0]:
        return hits
    mask = opaque_mask(text)
    taken = [(h.start, h.end) for h in hits]
    attrs = _freeze({"canonical": name, "kind": "city", "level": "city"})
    out = list(hits)
    for m in re.finditer(re.escape(name[:-1]) + "(?:" + name[-1] + ")?", text):
        if mask[m.start()] or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        out.append(PlaceHit(m.start(), m.end(), name, attrs))
    return tuple(sorted(set(out), key=lambda h: (h.start, -h.end, h.key)))


@lru_cache(maxsize=4)
def _find_places(text: str, region: str | None) -> tuple[PlaceHit, ...]:
    forms, longest = lexicon(region)
    lengths = _lengths_by_first_char(region)
    phrases = stop_phrases()
    mask = opaque_mask(text)
    for s, e in opaque_spans(text):
        if text[s] == "“" and quoted_named_place(text[s + 1 : e - 1]):
            mask[s + 1 : e - 1] = bytes(e - s - 2)  # “三河三湖”: a curated place quoted is that place
    hits: list[PlaceHit] = []
    spans: list[tuple[int, int, object]] = []
    i, n = 0, len(text)
    prev: tuple[int, Division, Division | None] | None = None  # end, division, the parent that qualified it
    while i < n:
        if mask[i]:
            i += 1
            continue
        matched = False
        for L in lengths.get(text[i], ()):
            if i + L > n:
                continue
            form = text[i : i + L]
            cands = forms.get(form)
            if not cands or any(mask[i : i + L]):
                continue
            if cuts_a_word(text, i, i + L, forms):
                continue
            if any(i >= ph.find(form) and text.startswith(ph, i - ph.find(form)) for ph in phrases.get(form, ())):
                matched = True  # 中国特色: not a mention, and nothing shorter inside it either
                i += L
                break
            before = prev[1] if prev and prev[0] == i else None
            chosen = _choose(cands, region, before)
            matched = True
            if isinstance(chosen, NamedPlace) and chosen.kind == "foreign" and text[i + L : i + L + 1] in _VILLAGE_ENDS:
                chosen = None  # 柏林庄, 巴黎村: a Chinese village's name, not the foreign city
            if chosen is not None:
                spans.append((i, i + L, chosen))
                if isinstance(chosen, Division):
                    prev = (i + L, chosen, None)
            i += L
            break
        if not matched and prev and prev[0] == i and text[i] == "、" and prev[1].level == "county" and prev[2] is not None:
            # 贵州修文、清镇一带: the next item of a list after a qualified county is one of the same parent
            county = _qualified_county(text, i + 1, prev[2], forms, listed=True)
            if county is not None:
                L = len(county.short)
                spans.append((i + 1, i + 1 + L, county))
                prev = (i + 1 + L, county, prev[2])
                i += 1 + L
                matched = True
        if not matched and prev and prev[0] == i:
            # 甘肃积石山, 四川芦山: a county's short name right after its own province or city
            county = _qualified_county(text, i, prev[1], forms)
            if county is None and text[i + 2 : i + 3] == "、" and _qualified_county(text, i + 3, prev[1], forms, listed=True):
                county = _qualified_county(text, i, prev[1], forms, listed=True)  # 贵州修文、清镇: two of its counties
            if county is not None:
                L = len(county.short)
                spans.append((i, i + L, county))
                prev = (i + L, county, prev[1])
                i += L
                matched = True
        if not matched:
            i += 1
    spans += _listed_stop_names(text, spans, forms, mask)
    for s, e, c in spans:
        if isinstance(c, Division):
            hits.append(PlaceHit(s, e, c.adcode, _freeze(division_attrs(c))))
        else:
            hits.append(PlaceHit(s, e, c.name, _freeze(named_attrs(c))))
    hits.extend(_natural_features(text, [(h.start, h.end) for h in hits], mask))
    hits = _cultural_parks(text, hits, mask)
    hits = _ports_served(text, hits, mask)
    hits.extend(find_zones(text, region, [(h.start, h.end) for h in hits], mask))
    hits = _with_parts(text, hits)
    hits.extend(_listed_waters(text, [(h.start, h.end) for h in hits], mask))
    hits.extend(_listed_sites(text, [(h.start, h.end) for h in hits], mask))
    hits.extend(_listed_areas(text, [(h.start, h.end) for h in hits], mask))
    hits.extend(_suffixed_divisions(text, [(h.start, h.end) for h in hits], mask))
    hits.extend(_prefecture_counties(text, [(h.start, h.end) for h in hits], mask))
    hits.extend(_towns(text, hits, mask))
    hits.extend(_foreign_subdivisions(text, hits, mask))
    towns = _listed_towns(text, [(h.start, h.end) for h in hits], mask)
    hits = [h for h in hits if not any(t.start < h.start and h.end == t.end for t in towns)] + towns
    hits.extend(_tagged_towns(text, [(h.start, h.end) for h in hits], mask))
    hits.extend(_villages(text, hits, mask))
    hits.extend(_listed_villages(text, [(h.start, h.end) for h in hits], mask))
    hits.extend(_features_between_sites(text, hits, mask))
    hits.extend(_route_end_places(text, [(h.start, h.end) for h in hits], mask))
    regions, inside = _direction_regions(text, [(h.start, h.end) for h in hits], mask)
    hits = [h for h in hits if (h.start, h.end) not in inside] + regions
    if regions:  # 川东北经济区, 川西北生态示范区: a region named by a direction leads a zone
        led = find_zones(text, region, [(h.start, h.end) for h in hits], mask)
        hits += [z for z in led if any(z.start == r.start and z.end > r.end for r in regions)]
    return tuple(sorted(set(hits), key=lambda h: (h.start, -h.end, h.key)))


#: what joins two places of a list or a route (石家庄、保定、衡水; 深圳至中山)
_PLACE_JOIN = ("、", "至", "到", "和", "与")


@lru_cache(maxsize=1)
def _stop_cities() -> dict[str, Division]:
    """The short names of provinces and prefectures that are also ordinary words (保定, 衡水, 中山)."""
    stops = stop_names()
    seen: dict[str, list[Division]] = {}
    for d in admin_table():
        if d.level in ("province", "city") and d.short in stops:
            seen.setdefault(d.short, []).append(d)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}  # (a short name two of them share names neither)


def _listed_stop_names(text: str, spans: list, forms, mask) -> list:
    """A prefecture's short name that is also a word (保定 of 医保定点, 衡水 of 均衡水平) is the city when it
    stands in a list or a route next to another place found (推动石家庄、保定、衡水、邢台同城化, 深圳至中山)
    and cuts no word of the clause (中山大学 stays a university)."""
    cities = _stop_cities()
    if not cities:
        return []
    found = [(s, e) for s, e, _c in spans]
    out: list = []
    grown = True
    while grown:  # (a run of them, 保定、衡水: each joined to a place found or to one of them)
        grown = False
        for name, d in cities.items():
            for m in re.finditer(name, text):
                s, e = m.span()
                if mask[s] or any(a < e and s < b for a, b in found) or cuts_a_word(text, s, e, forms):
                    continue
                before = text[s - 1 : s] in _PLACE_JOIN and any(b == s - 1 for _a, b in found)
                after = text[e : e + 1] in _PLACE_JOIN and any(a == e + 1 for a, _b in found)
                if before or after:
                    out.append((s, e, d))
                    found.append((s, e))
                    grown = True
    return out


#: a part of a zone named after it: 江苏自贸试验区苏州片区, 陕西自贸试验区西安区域
_ZONE_PART = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:片区|区域)")


def _with_parts(text: str, hits: list) -> list:
    out = []
    for h in hits:
        if dict(h.attrs).get("kind") == "zone" and re.search(r"(?:自贸试验区|自由贸易试验区|自贸区|综合保税区|综保区)$", text[h.start : h.end]):
            m = _ZONE_PART.match(text, h.end)
            if m and admin_table().lookup(m.group()[:-2]):
                full = text[h.start : m.end()]
                out.append(PlaceHit(h.start, m.end(), full, _freeze({"canonical": full, "kind": "zone", "level": "zone"})))
                continue
        out.append(h)
    return out


#: rivers and lakes in a list closed by their class: 练江、茅洲河、小东江等重点流域
_WATERS = re.compile(
    r"((?:[\u4e00-\u9fff]{1,3}[江河湖溪]、)+[\u4e00-\u9fff]{1,3}[江河湖溪])"
    r"(?:等(?:重点)?(?:河流|流域|河湖|水系|支流|湖泊|河道|内河)|(?:水环境|水生态)?(?:综合|系统)?(?:治理|整治)|(?:生态)?保护修复|生态修复"
    r"|(?=[“\"]四?[一二三四五六七八九十两]?[江河湖水]))"
    # 大沽河、墨水河、李村河综合治理; 练江、茅洲河等重点流域; 梁子湖、洪湖、长湖保护修复
    r"|((?:[\u4e00-\u9fff]{1,3}山、){2,}[\u4e00-\u9fff]{1,3}山)(?![\u4e00-\u9fff])"  # 缙云山、中梁山、铜锣山“四山”
    r"|((?:[\u4e00-\u9fff]{1,3}?[江河][、和])+[\u4e00-\u9fff]{1,3}?[江河])(?![\u4e00-\u9fff]?[道段口流网北南西东])(?![江河])"
    # 滹沱河、滏阳河上; 府河、南河; 中河、东河两条城河: a list of rivers, whatever follows it
    r"|((?:[\u4e00-\u548b\u548d-\u9fff]{1,5}?[江河湖溪湾水][、和])+[\u4e00-\u548b\u548d-\u9fff]{1,5}?[江河湖溪湾水])"
    r"(?=流域|沿岸|两岸|干流|水质|岸线)"
    # 乌兰木伦河、无定河流域; 高塘湖、瓦埠湖沿岸: waters listed before their basin, banks or water
    r"|((?:[\u4e00-\u9fff]{1,3}水、){2,}[\u4e00-\u9fff]{1,3}水)(?![\u4e00-\u9fff]?[利务费量源库厂])"
    # 耒水、蒸水、洣水、舂陵水: three rivers or more named by 水 (not 污水、供水: each a common word)
)


#: the parts of speech that may stand before a list of waters but are no part of its first name
_NOT_WATER_LEAD = frozenset("cptfdurm")


#: what stands before a clause's first word
_CLAUSE_OPEN = frozenset("，。；：“\n")

#: the verbs that dig a new waterway (开挖了独流减河): the river they name is works, not a place
DIG_VERBS = r"(?:开挖|开辟|挖通|新开)"
#: words ending like a river that name none (内河, 江河, 山河, 界河)
_NOT_RIVERS = frozenset({"内河", "江河", "山河", "界河", "运河", "黄河长江", "大河", "小河", "支河"})


def _listed_waters(text: str, taken: list[tuple[int, int]], mask) -> list:
    out = []
    for m in _WATERS.finditer(text):
        g = next(k for k in (1, 2, 3, 4, 5) if m.group(k))
        pos = m.start(g)
        for k, item in enumerate(re.split("[、和]", m.group(g))):
            s, e = pos, pos + len(item)
            pos = e + 1
            if g == 3 and k == 0 and e - s == 4 and s >= 1 and "\u4e00" <= text[s - 1] <= "\u9fff" \
                    and (s == 1 or text[s - 2] in _CLAUSE_OPEN):
                s -= 1  # ，布尔哈通河、海兰江: a first name of five characters that opens its clause
                item = text[s:e]
            if g in (3, 4) and k == 0:  # the words before the first name are no part of it
                if re.search(DIG_VERBS + "了?$", text[max(0, s - 3) : s]):
                    break  # 开挖了独流减河和潮白新河: new waterways dug are works
                cut = max((j for j, c in enumerate(item[:-2]) if c in "了在对们的把将从向"
                           or (c in "年月" and j > 0 and item[j - 1] in "〇零一二三四五六七八九十0123456789")), default=-1)
                s += cut + 1  # 整修了|大清河, 他们在|淮河, 一九五四年|长江 (免渡河 is one name)
                s += 1 if text[s] in "年月" and s > 0 and text[s - 1].isdigit() else 0  # 1998年|长江
                s += 1 if text[s] == "间" and text[s - 1 : s] == "月" else 0  # 七月间|清水河
                item = text[s:e]
            if g == 3 and (len(item) < 2 or item in _NOT_RIVERS):
                continue
            if g == 5 and any(word_freq(x[-2:]) >= _RARE for x in m.group(g).split("、")):
                break  # 治污水、保供水、排涝水: works on water, no rivers
            if k == 0:  # 推进练江、…: the verb before the list is no part of the first name
                lead_word = next((w for w in word_list("name_boundaries.jsonl") if text.startswith(w, s) and len(w) >= 2
                                  and e - s - len(w) >= 2), None)
                s += len(lead_word or "")  # 深化|汉江 (the tagger takes 深化 for an abbreviation)
                lo = max(0, s - 4)
                for w, flag, a, b in segment(text[lo:e]):
                    lead = flag.startswith(("v", "t")) or (flag.startswith("p") and (b - a >= 2 or w == "在"))
                    if lead and lo + a < s + len(item) - 2 and lo + b > s and (g != 3 or b - a >= 2 or w == "在"):
                        # (免|渡河: a river's name may start with a character read as a verb; 夏季|沙河, 经过|清水江)
                        s = lo + b
                named = lexicon(None)[0]
                if text[s:e] not in named:  # 梧州地处|西江、桂江, 六月间|西江: the known river the words end in
                    s += next((j for j in range(1, e - s - 1) if text[s + j : e] in named
                               and not re.fullmatch("[东西南北中大小上下前后新老]", text[s : s + j])), 0)  # (东|辽河)
                item = text[s:e]
                if len(item) < 2:
                    continue
            if g == 4:  # 台山|广海湾: a water named after the county found before it
                s = max([b for a, b in taken if a == s and b <= e - 3], default=s)
                if k == 0:  # 由于|长江, 夏季|松花江, 电站及|大渡河: a time, a preposition or a conjunction before it
                    s += max((b for _w, flag, _a, b in segment(text[s:e]) if flag[:1] in _NOT_WATER_LEAD and b <= e - s - 2), default=0)
                item = text[s:e]
            if mask[s] or any(a <= s and e <= b for a, b in taken) or item in stop_names():
                continue
            if any(w in item for w in ("治理", "整治", "沿", "全", "各", "等")) or item.startswith("第"):
                continue  # (第一直河: a numbered canal, no name)
            out.append(PlaceHit(s, e, item, _freeze({"canonical": item, "kind": "site", "level": "site"})))
    return out


#: a list closed by a kind of site: 王府井、西单、三里屯等商圈, 友谊关、东兴、龙邦等口岸, 张家界、凤凰、
#: 韶山等景区, 扎龙、兴凯湖、三江等湿地
_SITE_LIST = re.compile(
    r"等(?:[一二三四五六七八九十\d]+[个处家]|一批)?(?:重点|核心|国家级|省级|5A级|4A级|知名|特色|精品|热门|一批|历史文化|历史)?"
    r"(?:景区|商圈|片区|街区|口岸|古镇|名镇|湿地|景点|旅游区|文物|遗址|古迹|区块)(?![\u4e00-\u9fff]?[化型])(?![\u4e00-\u9fff]{0,6}(?:项目|工程))"
    r"|等(?:集中式)?(?:饮用水)?水源地|等(?:国家)?(?:蓄滞洪区|滞洪区|蓄洪区|行蓄洪区)"  # 昭平台水库、白龟山水库等集中式饮用水水源地, 东淀、文安洼等蓄滞洪区
    r"|等[\u4e00-\u9fff]{2,12}?商圈"  # 打造小寨、钟楼、曲江等高品质商圈, 罗湖、福田、南山等国际消费中心城市核心商圈
    r"|等(?:一批)?(?:特色|文化|文旅|夜间|夜经济)?(?:消费)?(?:地标|街区|集聚区)(?![\u4e00-\u9fff]{0,6}(?:项目|工程))"
    # 神农城、炎帝广场等夜间消费集聚区, 旧址、书院等文化地标, 老街、古镇等一批特色消费街区
    r"|(?<=[\u4e00-\u9fff])[两三四五六七八九十]处(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]{0,6}(?:工程|项目))"
    # 荫营、赛鱼两处煤矿: counted by 处, places (not …水库、…山塘和…引水渠三处较大的工程: works)
    r"|(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十])[两三四五六七八九十]个(?:工人)?(?:住宅区|工业区)(?![\u4e00-\u9fff]{0,6}(?:项目|工程))"  # 纺织城、土门两个住宅区
)


#: a list of counties or prefectures (1950s reports name counties that the tables of today lack: 洮安,
#: 开通, 束鹿, 忻县), or of a city's districts counted after them (平江、沧浪、金阊三个区; not 二七区)
_COUNTY_LIST = re.compile(r"(?:等(?:[一二三四五六七八九十\d]+个)?(?:县|专区)|(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十])[两三四五六七八九十]个?(?:(?<=个)郊)?区)"
                          r"(?![\u4e00-\u9fff]?[城级域委长份区])")


#: a list of localities closed by 等地, 等乡, 等中心镇, 一带 or by a mining or oil district (开滦、峰峰、井陉等老矿区; 舒兰、蛟河等地;
#: 在古荡、三墩一带; 在留下、转塘、周浦等乡; 顺安、钟鸣、大通等中心镇; 金积、瞿靖等10个特色小城镇)
_AREA_LIST = re.compile(r"等处(?![理长])|等(?:[一二三四五六七八九十\d]+[个处])?(?:地(?![\u4e00-\u9fff]?[质理位铁貌形势标面产图方下区])|老?矿区|煤田|油田|林区|渡口)"
                        r"|等(?:[一二三四五六七八九十\d]+个)?(?:中心|重点|建制|特色)?(?:[乡镇]|小城镇)(?![村镇级长政街])|(?<=[\u4e00-\u9fff])一带(?!一路)"
                        r"|(?<=[\u4e00-\u9fff])(?<![零一二三四五六七八九十百千万两几])(?:[两三四五六七八九十]|\d+)个?(?:(?<=个)(?:农业|渔业|牧业|民族))?[乡镇](?![村镇级长政街])"
                        # 待王、王褚、恩村五个乡; 红星、永和两乡; 外沙、地角两个渔业乡
                        r"|等(?:[一二三四五六七八九十\d]+条)?(?:城内|城区|主要)?(?:入湖|入江|入海)?(?:河道|河流|湖泊|盐湖|险滩|岛屿|海岛)")
#: a clause that builds the mines a list of mining districts names (…等矿区的地质勘探和建井准备)
_MINES_BUILT = re.compile(r"[^，。；]*(?:建井|建设|施工|开工)")
#: an adverb before a list's first item and its verb (基本|解决了书店街、寺后街一带…)
_ADVERB_LEAD = re.compile(r"(?:基本上?|初步|彻底|已经|先后|陆续|分别)")
#: a time before a list's first item (七月下旬|金水河、熊儿河洪水)
_WHEN_LEAD = re.compile(r"(?:[一二三四五六七八九十]{1,2}月)?[上中下]旬")
#: the kind of area whose localities a list names, before its first item (郊区|娄葑、虎丘、横塘等乡)
_AREA_LEAD = re.compile(r"(?:郊区|城区|市区|近郊|远郊)(?=[\u4e00-\u9fff]{2})")
#: the area a clause says has the townships a list names, and its verb (我市郊区现有|巴彦岱、…七个乡)
_AREA_HAS = re.compile(r"[^，。；]*?(?:郊区|城区|市区|近郊|远郊)(?:现|共|还|已)?有")
#: a building verb that opens a list of the places where works are built (新建夏庄、流亭等处小型水库)
_BUILD_LEAD = re.compile(r"(?:要|将)?(?:新建|扩建|修建|兴建|兴修|新修|建设|整治|疏浚|疏通)了?")
#: the last character of a works' name (台吉立井, 彩屯矿): a list item that is works, not a place
_WORKS_END = frozenset("井矿厂站港库桥渠闸堤坝场线")


def _after_lead(text: str, s: int, e: int, flags: tuple[str, ...]) -> int:
    """Where an item of a list starts once the words of the given tags that open it are left out
    (推动|黄山, 在|平顶山); never the whole item."""
    lead = 0
    for _w, flag, a, b in segment(text[s:e]):
        if not (flag.startswith(flags) and a == lead and b < e - s):
            break
        lead = b
    return s + lead


def _listed_areas(text: str, taken: list[tuple[int, int]], mask) -> list:
    """The items of a list closed by 等地 or 等矿区 are places: split at 、, 和 and 及; an item "X的Y"
    (甘肃的贺兰山, 包头附近的石拐沟) names Y, inside X. Only names that are no common word."""
    out = []
    for m in _AREA_LIST.finditer(text):
        cs = clause_start(text, m.start())
        pieces = [(a.start() + cs, a.end() + cs) for a in re.finditer(r"[^、和及与]+", text[cs : m.start()])]
        if len(pieces) < 2:
            continue
        if m.group().endswith("矿区") and _MINES_BUILT.match(text, m.end()):
            continue  # 汤丹、因民、落雪等矿区的…建井准备工作: mines being built, works (the projects component's)
        for k, (s, e) in enumerate(pieces):
            d = text.rfind("的", s, e)
            if d >= 0:
                s = d + 1
            else:  # 在|平顶山、…, 和在|大同: the words before an item (the list's verbs before its first)
                if k == 0 and (v := _BUILD_LEAD.match(text, s, e)) and e - v.end() >= 2:
                    s = v.end()  # 新建|夏庄 (the tagger takes 新建 for a county)
                if k == 0 and (v := _AREA_LEAD.match(text, s, e)):
                    s = v.end()  # 郊区|娄葑: the area the localities are in
                elif k == 0 and m.group()[-1] in "乡镇" and (v := _AREA_HAS.match(text, s, e)) and e - v.end() >= 2:
                    s = v.end()  # 我市郊区现有|巴彦岱、潘津…七个乡: the area that has the townships
                if k == 0 and (a := _ADVERB_LEAD.match(text, s, e)) and e - a.end() >= 2:
                    s = a.end()  # 基本|解决了书店街 (the tagger takes 基本 for a noun)
                s = _after_lead(text, s, e, ("v", "d", "p", "c", "t", "r", "ul") if k == 0 else ("p",))  # (解决了|汉人街)
                s = w.end() if k == 0 and (w := _WHEN_LEAD.match(text, s, e)) and e - w.end() >= 2 else s
            item = text[s:e]
            towns = m.group()[-1] in "乡镇"  # (townships closing the list may bear common words: 红星、永和两乡)
            # (a township's name may be a transliteration of five characters: 塔什库勒克)
            if not (2 <= len(item) <= (5 if towns else 4)) or not all("\u4e00" <= c <= "\u9fff" for c in item) or mask[s] \
                    or is_generic(item) or item[-1] in _WORKS_END or item.startswith("第"):
                continue
            if any(a < e and s < b for a, b in taken) or (item in stop_names() and not towns):
                continue
            if word_freq(item) >= _COMMON and segment(item)[0][1] not in _FEATURE_FLAGS and not towns:
                continue
            words = segment(item)
            # a township's name may read as a verb or hold a numeral's character (振头、谈固等乡, 塔什库勒克): a
            # listed township is one word or follows a 、 (the first item's lead words are gone)
            if any(flag.startswith(("v", "m", "r", "t")) for _w, flag, _a, _b in words) and not (towns and (k > 0 or len(words) == 1)):
                continue
            out.append(PlaceHit(s, e, item, _freeze({"canonical": item, "kind": "site", "level": "site"})))
    return out


#: what follows 乡 or 镇 when they end no town's name (城乡, 乡村, 乡镇, 镇街, 乡级, 乡土, 乡亲, 乡贤)
_NOT_AFTER_TOWN = "村镇级长政街域土亲情贤"
#: a list of townships or towns by their names (黎明乡、新发乡、成高子乡; 白蕉镇、红旗镇、乾务镇等典型镇)
_TOWN_RUN = re.compile(r"(?:[\u4e00-\u9fff]{2,3}[乡镇]、)+[\u4e00-\u9fff]{2,3}[乡镇]"
                       rf"(?![\u4e00-\u9fff]?[{_NOT_AFTER_TOWN}办企])")


def _run_items(text: str, m: re.Match, lead_flags: tuple[str, ...]) -> list[tuple[int, int]]:
    """The items of a run of names joined by 、 (``m``), as (start, end); the first without the words of the
    clause before it that the tagger reads with ``lead_flags`` (支持|六横镇, 郊区的|黎明乡)."""
    items = []
    pos = m.start()
    for k, item in enumerate(m.group().split("、")):
        s, e = pos, pos + len(item)
        pos = e + 1
        if k == 0:
            s = max(s, _after_lead(text, clause_start(text, s), e, lead_flags))
            if text[s : s + 1] in ("的", "了"):
                s += 1  # (郊区的|黎明乡; 安置了|保和乡, where the tagger reads 了保)
        items.append((s, e))
    return items


def _tagged_towns(text: str, taken: list[tuple[int, int]], mask) -> list:
    """A township or town named alone by a stem of two characters that the tagger reads as a place name
    (龙洲|乡红星农业生产合作社, 六堡|镇, 长塘乡): the stem a word of its own, tagged ``ns``, before 乡 or 镇
    (not 城乡, 乡村, 乡镇; no rank or kind of town: 重点镇, 中心镇)."""
    out = []
    for i, ch in enumerate(text):
        if ch not in "乡镇" or i < 2 or mask[i - 2] or text[i + 1 : i + 2] in tuple(_NOT_AFTER_TOWN + "办企") \
                or any(a < i + 1 and i - 2 < b for a, b in taken):
            continue
        stem = text[i - 2 : i]
        if not all("\u4e00" <= c <= "\u9fff" for c in stem) or any(c in stem for c in "的及与等各每全本该城小") \
                or stem[-1] in _TOWN_KIND_END or is_generic(stem) or stem in stop_names():
            continue
        lo = max(0, i - 6)
        words = segment(text[lo : i + 1])
        # the stem a word of its own tagged as a place (龙洲|乡), or the whole town one (长塘乡)
        if not any((a + lo, b + lo) in ((i - 2, i), (i - 2, i + 1)) and f == "ns" for _w, f, a, b in words):
            continue
        out.append(PlaceHit(i - 2, i + 1, text[i - 2 : i + 1], _freeze({"canonical": text[i - 2 : i + 1], "kind": "town", "level": "town"})))
    return out


def _listed_towns(text: str, taken: list[tuple[int, int]], mask) -> list:
    """Townships and towns listed by name, two or more (郊区的黎明乡、新发乡、成高子乡): each item two or three
    characters and 乡 or 镇, the first without the words that open the list; none a rank or a kind of town
    (工业重镇, 中心镇, 典型镇)."""
    out = []
    for m in _TOWN_RUN.finditer(text):
        for k, (s, e) in enumerate(_run_items(text, m, ("v", "d", "p", "c", "t", "u", "f", "r"))):
            stem = text[s : e - 1]
            # a city read inside a township's name, ending at its 乡, gives way to it (良田乡、大|新乡|): the
            # township's stem may then be common words
            glued = any(s < a and b == e for a, b in taken)
            # (和 as the last of a stem of two is a name's character, not a conjunction: 保和乡, 永和乡)
            if not 2 <= len(stem) <= 3 or mask[s] or (is_generic(stem) and not glued) \
                    or "和" in (stem[:1] if len(stem) == 2 else stem) \
                    or any(c in stem for c in "的及与等各每全本该城") or stem[-1] in _TOWN_KIND_END:
                continue
            if any(a < e and s < b and not (s < a and b == e) for a, b in taken) or text[s:e] in stop_names():
                continue
            if k == 0 and text[s - 1 : s] not in ("的", "了") and s > 0 and text[s - 1] not in "，。；：\n" \
                    and any(flag.startswith(("v", "m", "r", "t", "d", "p")) for _w, flag, _a, _b in segment(stem)):
                continue  # (the first item's words are read by the tagger alone, unless 的 or 了 opened it, or a stop
                # (，六横镇、金塘镇…); the others follow a 、)
            out.append(PlaceHit(s, e, text[s:e], _freeze({"canonical": text[s:e], "kind": "town", "level": "town"})))
    return out


#: what opens no county's name: 各县, 本县, 全县, 邻县, 两县
_NOT_COUNTY_STEM = frozenset("各本全该每外邻一两二三几等市省区州此那这其另诸多数个附小")
#: what ends a stem that ranks counties rather than names one (工业强县, 农业大县, 文旅名县)
_RANKING_END = frozenset("强大名小穷富")
#: what ends a stem that ranks towns or names a kind of them (工业重镇, 商贸强镇, 中心镇, 典型镇, 特色镇)
_TOWN_KIND_END = _RANKING_END | frozenset("重心点型品美色级")
#: what ends a stem of a kind of area or zone rather than a city district's name (工业区, 住宅区, 灾区,
#: 先行区, 样板区, 示范区, 开发区, 综保区, 工人区, 新厂区)
_AREA_KIND_END = frozenset("人厂业宅矿林山景园灾垦牧农渔港城镇乡村湖河江田场地行板范发新保验产销")
#: an item of such a list: a county (its name one to three characters) or a city district (two)
_SUFFIXED_ITEM = {"县": re.compile(r"[\u4e00-\u9fff]{1,3}?(?:县|郊区)"), "区": re.compile(r"[\u4e00-\u9fff]{2}区")}


#: the zone a park stands in, written before the park's own name (经开区|泾河工业园, 航天基地|北斗产业园)
ZONE_BEFORE_PARK = re.compile(r"(?:经开区|高新区|开发区|经济开发区|高新技术产业开发区|新区|航天基地|航空基地|综保区|保税区)(?=[\u4e00-\u9fff]{2})")


#: a village named after its county or township (饶阳县|五公村, 平顺县|西沟村): two or three characters and 村
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2,3}?村(?![民委庄级镇长集社部干])")
#: a count of villages, no name (三个村, 几个村)
_COUNT_VILLAGES = re.compile(r"[一二三四五六七八九十百千几两多数各每全本该]+个?村")
#: a prefecture of the 1950s and the counties that follow it, two characters each (四平专区的|梨树、怀德|，…)
_PREFECTURE_OF = re.compile(r"[\u4e00-\u9fff]{2,4}专区的((?:[\u4e00-\u9fff]{2}、)+[\u4e00-\u9fff]{2})(?=[，、等和。；都也县])")


#: a town or township named after the county or district it is in (政和县|石屯镇, 斗门区|白蕉镇): two or three
#: characters and 镇 or 乡 (not 城乡, 乡村, 乡镇, 镇街)
_TOWN = re.compile(rf"[\u4e00-\u9fff]{{2,3}}?[镇乡](?![{_NOT_AFTER_TOWN}])")


def _towns(text: str, hits: list, mask) -> list:
    """A town or township named right after the county or district it is in (建瓯市小桥镇, 金湾区红旗镇)."""
    out = []
    for h in hits:
        if dict(h.attrs).get("level") != "county":
            continue
        short = not text[h.start : h.end].endswith(("县", "区", "市", "旗"))
        m = _TOWN.match(text, h.end)
        if short and (h.end - h.start < 2 or not m or len(m.group()) != 3
                      or not (text[m.end() : m.end() + 1] == "、" or text[h.start - 1 : h.start] == "、")):
            continue  # a county by its short name, then a listed town of two characters (剑阁普安镇、苍溪陵江镇)
        if not m or mask[h.end] or any(h.end <= x.start < m.end() for x in hits):
            continue  # (a place found inside what would be the town's name)
        name = m.group()
        words = segment(name)
        # one of a list of towns each after its county (昌图县老城镇、铁岭县腰堡镇、西丰县振兴镇): its stem
        # may be a word the tagger reads as a verb (振兴) or hold 城 (老城镇, 裴城镇)
        listed = text[m.end() : m.end() + 1] == "、" or text[h.start - 1 : h.start] == "、"
        walled = "城" in name and (not listed or name[0] == "城")  # (城 after a county is mostly the county town's word)
        # (a verbal morpheme is a name's character: 濮阳县|庆祖镇; so is a verbal noun before a place: 劳|山乡)
        verbal = not listed and any(
            flag.startswith(("v", "r", "t", "p", "d", "m", "c")) and flag != "vg"
            and not (k == 0 and len(w) == 1 and flag == "vn" and len(words) > 1 and words[1][1] == "ns")
            for k, (w, flag, _a, _b) in enumerate(words))
        if is_generic(name[:-1]) or any(c in name for c in "、，和及与等各每全本该") or walled or verbal:
            continue
        out.append(PlaceHit(h.end, m.end(), name, _freeze({"canonical": name, "kind": "town", "level": "town"})))
    return out


#: the provinces, states or towns of a foreign country named right after it and closed by their kind
#: (越南|谅山、高平等省, 缅甸|掸邦、佤邦等地, 韩国|仁川等地)
_FOREIGN_PARTS = re.compile(r"((?:[\u4e00-\u9fff]{2,4}?、)*[\u4e00-\u9fff]{2,4}?)等(?:省|州|邦|地区|地|城市|市)(?![\u4e00-\u9fff]?[质理位方区级委长])")


def _foreign_subdivisions(text: str, hits: list, mask) -> list:
    """Places of a foreign country listed right after its name (越南谅山、高平等省): each item, two to four
    characters, a foreign place in that country."""
    out = []
    taken = [(h.start, h.end) for h in hits]
    for h in hits:
        attrs = dict(h.attrs)
        if attrs.get("kind") != "foreign" or mask[h.start]:
            continue
        m = _FOREIGN_PARTS.match(text, h.end)
        if not m:
            continue
        items, pos = [], h.end
        for item in m.group(1).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if any(mask[a] or is_generic(text[a:b]) for a, b in items):
            continue  # (a list that holds a word is no list of this country's places)
        for a, b in items:
            if not any(x < b and a < y for x, y in taken):  # (佤邦, a site already read)
                out.append(PlaceHit(a, b, text[a:b], _freeze({"canonical": text[a:b], "kind": "foreign", "level": "foreign"})))
    return out


#: a list of villages by their names closed by 等 (西辛庄村、单拐村等一批村庄)
_VILLAGE_RUN = re.compile(r"(?:[\u4e00-\u9fff]{2,3}村、)+[\u4e00-\u9fff]{2,3}村(?=等)")


#: routes named by their two ends, listed and closed by their kind (开辟了大东门至大观楼、小西门至黑林铺两条
#: 公共汽车线路; 修筑李村至王哥庄、沙子口至登瀛的郊区公路; 腾冲至密支那公路建成通车)
_ROUTES_BY_ENDS = re.compile(r"((?:[\u4e00-\u9fff]{2,4}?[至到][\u4e00-\u9fff]{2,4}?[、和])*[\u4e00-\u9fff]{2,4}?[至到][\u4e00-\u9fff]{2,4}?)"
                             r"(?=的?(?:新|郊区|长途|[两二三四五六七八九十]条)?(?:公共汽车线路|公共汽车|汽车线路|线路|班车|公路|铁路|快速路|快速通道|一段|航道|航线))")
#: the verb that opens a list of routes (新辟|城站至艮山门, 增开|…): two characters or more, so that no place's
#: first character is taken (开封至…)
_ROUTE_LEAD = re.compile(r"(?:(?:新|增|又|还)(?:开辟|辟|开)|开辟|开通|修筑|修建|新建|延伸|延长|拓宽|整修|修通)了?")
#: what an end of a route may not be: a kind of place or a word of the clause (火车站, 市区, 全线)
_NOT_AN_END = re.compile(r"^(?:火车站|汽车站|车站|市区|城区|郊区|全线|各地|沿线)$|[的了等和与各全每新]")


def _route_end_places(text: str, taken: list[tuple[int, int]], mask) -> list:
    """The ends of routes named by them (大东门至大观楼、小西门至黑林铺两条公共汽车线路): places, the
    first of the list without the verb before it; two to four characters each, no common word and
    none a kind of place (火车站至…)."""
    out = []
    for m in _ROUTES_BY_ENDS.finditer(text):
        lo = clause_start(text, m.start())
        for k, item in enumerate(re.finditer(r"[^、和]+", m.group(1))):
            a, b = m.start(1) + item.start(), m.start(1) + item.end()
            if k == 0:
                a = max(a, _after_lead(text, lo, b, ("v", "d", "p", "c", "t", "r", "ul", "f")))
                if (v := _ROUTE_LEAD.match(text, a, b)) and b - v.end() >= 5:
                    a = v.end()  # 新辟|城站至艮山门 (the tagger reads 新 as an adjective)
            parts = re.split("[至到]", text[a:b])
            if len(parts) != 2:
                continue
            for j, (s, name) in enumerate(((a, parts[0]), (b - len(parts[1]), parts[1]))):
                if j == 0 and name[:1] in "路街" and len(name) >= 3:
                    s, name = s + 1, name[1:]  # 拓宽人民|路察院场至北寺塔一段: the street's head is no part of the end
                e = s + len(name)
                words = segment(name)
                # (the first end may keep a word of the clause before it; any other is a name, unless the
                # tagger reads it as one word of a verb or a count: 黑林铺, 登瀛 are names)
                if not 2 <= len(name) <= 4 or mask[s] or is_generic(name) or _NOT_AN_END.search(name) \
                        or name in stop_names() or any(x < e and s < y for x, y in taken) \
                        or any(f.startswith(("v", "m", "r", "t", "d", "p", "c", "u")) for _w, f, _x, _y in
                               (words if k == j == 0 or len(words) == 1 else ())):
                    continue
                out.append(PlaceHit(s, e, name, _freeze({"canonical": name, "kind": "site", "level": "site"})))
    return out


def _listed_villages(text: str, taken: list[tuple[int, int]], mask) -> list:
    """Villages listed by name, two or more, closed by 等: each item two or three characters and 村, the
    first without the words that open its clause; none generic, a count (三个村) or a workers' new village
    (建设新村、纺织新村等: housing built, the projects' reading)."""
    out = []
    for m in _VILLAGE_RUN.finditer(text):
        for s, e in _run_items(text, m, ("v", "d", "p", "c", "t", "u", "r")):  # (西|辛庄村: 西 is the name's)
            stem = text[s : e - 1]
            if not 2 <= len(stem) <= 3 or mask[s] or is_generic(stem) or _COUNT_VILLAGES.fullmatch(text[s:e]) \
                    or stem.endswith("新") \
                    or any(c in stem for c in "的和及与等各每全本该个") or any(a < e and s < b for a, b in taken):
                continue
            out.append(PlaceHit(s, e, text[s:e], _freeze({"canonical": text[s:e], "kind": "village", "level": "site"})))
    return out


def _villages(text: str, hits: list, mask) -> list:
    """A village named right after the county or township it is in (饶阳县五公村, 遵化县西铺村)."""
    out = []
    for h in hits:
        level = dict(h.attrs).get("level")
        if level not in ("county", "town") or not (text[h.start : h.end].endswith(("县", "乡", "镇", "旗")) or text[h.end : h.end + 1] == "县"):
            continue
        at = h.end + (1 if text[h.end : h.end + 1] == "县" and not text[h.start : h.end].endswith("县") else 0)  # 遵化|县
        m = _VILLAGE.match(text, at)
        if m and not mask[at] and not is_generic(m.group()[:-1]) and not _COUNT_VILLAGES.fullmatch(m.group()) and not any(
                flag.startswith(("v", "r", "t", "p", "d")) for _w, flag, _a, _b in segment(m.group())):
            out.append(PlaceHit(at, m.end(), m.group(), _freeze({"canonical": m.group(), "kind": "village", "level": "site"})))
    return out


def _prefecture_counties(text: str, taken: list[tuple[int, int]], mask) -> list:
    """The counties named after their prefecture and 的 (四平专区的梨树、怀德, 石家庄专区的藁城、正定、束鹿): each
    item of two characters is a county, whatever the tables say (1950s names: 束鹿, 怀德)."""
    out = []
    for m in _PREFECTURE_OF.finditer(text):
        for a in range(m.start(1), m.end(1), 3):
            b = a + 2
            if mask[a] or any(x < b and a < y for x, y in taken) or is_generic(text[a:b]) or text[a:b] in stop_names():
                continue
            out.append(PlaceHit(a, b, text[a:b], _freeze({"canonical": text[a:b], "kind": "county", "level": "county"})))
    return out


def _verb_next(text: str, i: int, end: int) -> bool:
    """Does a verb of two characters or more, or a preposition, open ``text[i:end]`` (江干区|做好…, 笕桥区|建立…)?"""
    words = segment(text[i:end])
    return bool(words) and ((words[0][1].startswith("v") and len(words[0][0]) >= 2) or words[0][1] == "p")


def _suffixed_divisions(text: str, taken: list[tuple[int, int]], mask) -> list:
    """A list whose items are written with 县 or 区 (金县、新金县、长山县和旅顺郊区; 动力区、沧口区和四方区): each
    item is a county or a city district, whatever the tables say (1950s reports name counties and
    districts that are gone). Two items at least must end in the suffix; a county's name is one to
    three characters before it, a district's two."""
    out = []
    for m in re.finditer(r"(?<=[\u4e00-\u9fff])([县区])[、和及]", text):
        if any(h.start <= m.start() < h.end for h in out):
            continue  # an item of a list already read
        suffix = m.group(1)
        cs, ce = clause_bounds(text, m.start(), m.end(), CLAUSE_END)
        pieces = [(a.start() + cs, a.end() + cs) for a in re.finditer(r"[^、和及]+", text[cs:ce])]
        k = next(k for k, (a, b) in enumerate(pieces) if a <= m.start() < b)
        items = []
        s, e = pieces[k]
        words = segment(text[s:e])  # the first item: the last word of its piece (集中力量办好|禹县)
        if not words or not words[-1][0].endswith((suffix, "郊区")):
            continue
        a = words[-1][2]
        if len(words) > 1 and (len(words[-1][0]) == 1 or (
                len(words[-2][0]) == 1 and not words[-2][1].startswith(("v", "d", "p", "c", "u", "m", "r")))):
            a = words[-2][2]  # 新|金县, 长山|县: the name the segmenter split
        if not 2 <= e - (s + a) <= 5 or (suffix == "区" and e - (s + a) != 3):
            continue
        items.append((s + a, e))
        for a, b in pieces[k + 1 :]:
            it = _SUFFIXED_ITEM[suffix].match(text, a, b)
            if it is None:
                break
            last = it.end() < b
            if last and text[it.end()] not in "的等" and not _verb_next(text, it.end(), b) \
                    and not (len(items) >= 2 and word_boundary(text, it.end(), it.start(), b)):
                break  # (…、江干区|做好征用土地: a verb of the clause may follow the last item; after two
                # items, any word that starts where the suffix ends: 汤丹区、因民区、乌龙区|入社农户)
            items.append(it.span())
            if last:
                break
        if len(items) < 2 or sum(text[b - 1] == suffix for a, b in items) < 2:
            continue
        for a, b in items:
            stem = text[a : b - (2 if text[b - 2 : b] == "郊区" else 1)]
            if not stem or stem[0] in _NOT_COUNTY_STEM or stem[-1] in _RANKING_END or is_generic(stem) \
                    or (suffix == "区" and (stem[-1] in _AREA_KIND_END or stem in stop_names() or word_freq(text[a:b]) >= 100
                                           or head_regex("place_heads.jsonl").fullmatch(text, a, b))) \
                    or mask[a] or any(x <= a and b <= y for x, y in taken):
                continue
            kind = "county" if suffix == "县" else "district"
            out.append(PlaceHit(a, b, text[a:b], _freeze({"canonical": text[a:b], "kind": kind, "level": "county"})))
    return out


def _listed_sites(text: str, taken: list[tuple[int, int]], mask) -> list:
    """The items of a list closed by a kind of site are places (each an area, a port of entry, a
    scenic spot or a wetland): back to the clause's start, split at 、 and at dashes (中山路—大鲍岛);
    a verb opening the list is dropped, and an item that opens with a place found already names,
    after it, a site of that place (青羊区少城 → 少城)."""
    out = []
    counties = [(m, True) for m in _COUNTY_LIST.finditer(text)]
    for m, county in [(m, False) for m in _SITE_LIST.finditer(text)] + counties:
        cs = clause_start(text, m.start())
        counted = m.group().endswith("处")  # 荫营、赛鱼两处: places counted, split at 和 too (府青路和曹家巷两处)
        pieces = [(a.start() + cs, a.end() + cs) for a in re.finditer(r"[^、—和]+" if counted else r"[^、—]+", text[cs : m.start()])]
        if counted and len(pieces) < 2:
            continue  # 新建托儿所两处: one kind of building counted, no list of places
        for k, (s, e) in enumerate(pieces):
            if k == 0:  # 推动黄山、…, 持续推进太庙、…, 夏季毕节、…: the verbs, adverbs and times before the list
                s = _after_lead(text, s, e, ("v", "d", "p", "c", "t", "f", "ul"))  # 整修了|濛洼
            inner = [b for a, b in taken if a == s and s < b < e - 1 and (text[b - 1] in "区县市" or text[e - 1] in _FEATURE_END)]
            if inner:
                s = max(inner)  # 青羊区|少城, 池州|九华山: the site after its district or city (not 香港中路, 崂山万象城)
            if county and text.startswith(("我省", "本省", "全省", "我区"), s):
                s += 2  # 我省|潼关、华阴、华县等县
            s += 1 if county and text[s] == "的" else 0  # 我省的|平陆、芮城等县
            if (county or counted or m.group().endswith(("住宅区", "工业区"))) and k == 0 \
                    and (v := _BUILD_LEAD.match(text, s, e)) and e - v.end() >= 2:
                s = v.end()  # 要新建|台东、四方、沧口三区的…: the verb, not a district (新建 is a county's name too)
            item = text[s:e]
            if county:  # 白城专区的洮安、开通、瞻榆、镇赉等县: each item is a county, whatever the tables say
                if 2 <= len(item) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in item) and not mask[s] \
                        and not any(a <= s and e <= b for a, b in taken) and not is_generic(item):
                    out.append(PlaceHit(s, e, item, _freeze({"canonical": item, "kind": "county", "level": "county"})))
                continue
            # towns closing the list (太平、新和、进结等一批特色名镇) are named so, whatever else the words mean
            # (the first item once the verb before it is gone, if the segmenter reads it as one word)
            towns = m.group().endswith("镇") and 2 <= len(item) <= 3 and (k > 0 or len(segment(item)) == 1)
            if not (2 <= len(item) <= 8) or not all("\u4e00" <= c <= "\u9fff" for c in item) or mask[s] \
                    or (is_generic(item) and not towns):
                continue
            if any(a <= s and e <= b for a, b in taken):
                continue
            # a word is no site (文物等遗址; 太庙 is one, tagged a place name), but a listed town may be one
            if not towns and (item in stop_names()
                              or word_freq(item) >= _COMMON and segment(item)[0][1] not in _FEATURE_FLAGS
                              or any(flag.startswith(("v", "m")) for _w, flag, _a, _b in segment(item))):
                continue
            if item.endswith(_VENUE_ENDS):
                continue  # 盘龙城遗址博物院、屈家岭遗址等文化地标: a museum is a building, no site
            if item.endswith("园") and not item.endswith("公园") and _PARK_MADE.search(text, cs, pieces[0][0] + 2):
                # 打造…木兰文化园、庄子文化园等精品景区: theme parks being made are works (the projects
                # component's); a public park is there already (打造宝庆古城、东塔公园等特色消费街区)
                continue
            out.append(PlaceHit(s, e, item, _freeze({"canonical": item, "kind": "site", "level": "site"})))
    return out


#: a verb that makes the parks a list of sites names (打造|芒砀山汉文化旅游区、木兰文化园…等精品景区)
_PARK_MADE = re.compile(r"打造|建设|建成|新建|兴建|开工")


#: venues that open to the public once built (吴越文化博物馆建成开馆); the projects component reads them too
VENUES = ("博物馆", "博物院", "纪念馆", "美术馆", "图书馆", "科技馆", "文化馆", "大剧院", "剧院", "体育馆", "体育场")
#: the ends of the names of buildings, which a list of sites may hold beside its places
_VENUE_ENDS = VENUES + ("医院",)
#: the last character of a natural feature's name: island, mountain, river, lake, bay, ridge, gorge
_FEATURE_END = frozenset("岛山河湖江湾岭峡")
#: a feature's name the segmenter reads as one proper name (ns, nr, nz) or a rare word
_FEATURE_FLAGS = ("ns", "nr", "nz")
#: four-character phrases that the segmenter reads as one name but that name no place
_NOT_FEATURES = frozenset({"绿水青山", "金山银山", "长江黄河", "大江大河", "万水千山", "名山大川"})


#: a conjunction, preposition or time word the segmenter may glue to a feature's name (和沁河, 间清水河)
_FEATURE_LEAD = frozenset("和与及并间在为对向从于")
#: what follows a feature's name when the name is part of the name of works built on it
_WORKS_AFTER_FEATURE = frozenset("闸集坝堤渠")
#: verbs of lying or flowing the segmenter may glue to a feature's name (地处洛河)
_FEATURE_VERBS = frozenset({"地处", "位于", "流经", "途经"})


#: a feature's name listed between two places: two to four characters and a feature's last one (明月峡, 曾家山)
_LISTED_FEATURE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:[岛山河湖江湾岭峡]|峡谷|大峡谷)(?=、)")


def _features_between_sites(text: str, hits: list, mask) -> list:
    """A feature's name listed between two sites or places found (剑门关景区、昭化古城、明月峡、唐家河…):
    one of them, though the segmenter splits its name into common words (明月|峡)."""
    ends = {h.end for h in hits}
    starts = {h.start for h in hits}
    taken = [(h.start, h.end) for h in hits]
    out = []
    for e in sorted(ends):
        if text[e : e + 1] != "、":
            continue
        m = _LISTED_FEATURE.match(text, e + 1)
        if m is None or m.end() + 1 not in starts or mask[m.start()] or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        w = m.group()
        if len(w) < 3 or is_generic(w) or w in stop_names() or w in _NOT_FEATURES:
            continue
        out.append(PlaceHit(m.start(), m.end(), w, _freeze({"canonical": w, "kind": "site", "level": "site"})))
    return out


def _natural_features(text: str, taken: list[tuple[int, int]], mask) -> list:
    """Named islands, mountains, rivers, lakes and bays that no table has (碧流河, 大孤山, 长兴岛): a
    word of three or four characters ending in 岛/山/河/湖/江/湾/岭/峡 that the segmenter reads as one
    proper name, outside every place already found and every quotation; and one whose name the segmenter
    splits from its stem (帽儿|山)."""
    out = []
    words = segment(text)
    for w, flag, a, b in words:
        if not (3 <= len(w) <= 4) or w[-1] not in _FEATURE_END or w in _NOT_FEATURES or "一" in w or w[0] == "第":
            continue
        if not (flag in _FEATURE_FLAGS or (flag.startswith("n") and word_freq(w) < _RARE)):
            continue
        lead = 2 if w[:2] in _FEATURE_VERBS else 1 if w[0] in _FEATURE_LEAD and word_freq(w[:2]) < _RARE else 0
        if lead:  # 大桥和|沁河, 七月间|清水河, 地处|洛河: the segmenter glued a word before the name to it
            a, w = a + lead, w[lead:]
            if len(w) < 2:
                continue
        if text[b : b + 1] in _WORKS_AFTER_FEATURE:
            continue  # 二河闸, 润河集分水闸: the feature names works (or a market town), not itself
        if mask[a] or any(s < b and a < e for s, e in taken) or is_generic(w) or w in stop_names():
            continue
        if text[b : b + 1] == "草" or text[a - 1 : a] in ("田", "林"):  # 山水林田湖草沙: a list of kinds
            continue
        out.append(PlaceHit(a, b, w, _freeze({"canonical": w, "kind": "site", "level": "site"})))
    for (w, flag, a, _b), (w2, _f2, _a2, b) in zip(words, words[1:]):
        # 帽儿|山, 长虫|山, 雷坛|河: a feature whose name the segmenter splits, its stem a noun of two
        # characters and the feature a word alone; the whole no word of the dictionary
        if len(w) != 2 or w2 not in _SPLIT_FEATURE or not flag.startswith("n") or flag == "nrt" \
                or word_freq(w + w2) or word_freq(w) >= _COMMON_STEM or is_generic(w) or w in stop_names() \
                or not all("\u4e00" <= c <= "\u9fff" for c in w):
            continue  # (祖国|山河, 南北|山: a common word before the feature's character)
        if text[b : b + 1] in _WORKS_AFTER_FEATURE or text[b : b + 1] in "草矿水川河" or text.startswith(("农场", "林场"), b) \
                or text.startswith("湿地", b) or (a > 0 and text[a - 1] in "非一二三四五六七八九十") or mask[a] \
                or any(s < b and a < e for s, e in taken) or any(h.start < b and a < h.end for h in out):
            continue
        out.append(PlaceHit(a, b, w + w2, _freeze({"canonical": w + w2, "kind": "site", "level": "site"})))
    return out


#: the features whose names the segmenter may split from their stem (帽儿|山)
_SPLIT_FEATURE = frozenset({"山", "河", "湖", "岛", "岭"})
#: the count in the word list from which a stem is a common word (祖国, 南北, 智慧), not a feature's name
_COMMON_STEM = 1500


#: the national cultural parks (the five the State Council named: 长城, 大运河, 长征, 黄河, 长江) and a
#: province's or city's section of one (黄河国家文化公园宁夏段, 长征国家文化公园（江西段）, 国家文化公园常州段)
_CULTURAL_PARK = re.compile(r"(?:长城|大运河|长征|黄河|长江)国家文化公园(?:（?[\u4e00-\u9fff]{2,3}段）?)?"
                            r"|国家文化公园[\u4e00-\u9fff]{2,3}段"
                            r"|(?:(?<=[，。；、“])|(?<=推进|建设|打造|创建|加快))[\u4e00-\u9fff]{2,3}（[\u4e00-\u9fff]{2,3}段）国家文化公园")
# (蜀道（广元段）国家文化公园: a park the report's province seeks, named by its route and its section)


def _cultural_parks(text: str, hits: list, mask) -> list:
    """Add the national cultural parks, heritage zones across provinces (places, whatever a sentence
    does to them), in place of the river or wall read inside their names."""
    out = []
    for m in _CULTURAL_PARK.finditer(text):
        if mask[m.start()]:
            continue
        hits = [h for h in hits if not (m.start() <= h.start and h.end <= m.end())]
        out.append(PlaceHit(m.start(), m.end(), m.group(), _freeze({"canonical": m.group(), "kind": "site", "level": "site"})))
    return hits + out


#: a rail-sea or shipping service to ports
_PORT_SERVICE = r"(?:海铁联运|铁海联运|班列|航线)"
#: the seaports a list after 至 names, up to the service or the clause's end (开通至锦州港、营口港海铁联运班列,
#: 拓展至宁波舟山港、深圳盐田港)
_PORTS_SERVED = re.compile(r"(?<=[至到])((?:[\u4e00-\u9fff]{2,6}?港[、和])*[\u4e00-\u9fff]{2,6}?港)"
                           r"(?=[\u4e00-\u9fff]{0,4}?" + _PORT_SERVICE + r"|[，。；]|$)")


def _ports_served(text: str, hits: list, mask) -> list:
    """A port a rail-sea service or shipping line runs to is a place where the goods go, named in full,
    in place of the city read inside its name (锦州港, not 锦州); a port that is itself a city's name
    (连云港, 防城港) stays the city."""
    out = []
    for m in _PORTS_SERVED.finditer(text):
        if not re.search(_PORT_SERVICE, text[m.end() : m.end() + 8]) and \
                not re.search(_PORT_SERVICE + r"[^，。；]{0,12}$", text[clause_start(text, m.start()) : m.start()]):
            continue  # (a port with no service to it is left to projects and the cities)
        for it in re.finditer(r"[^、和]+", m.group(1)):
            s, e = m.start(1) + it.start(), m.start(1) + it.end()
            if mask[s] or any(h.start == s and h.end == e for h in hits):
                continue  # (连云港: the city)
            hits = [h for h in hits if not (s <= h.start and h.end <= e)]
            out.append(PlaceHit(s, e, it.group(), _freeze({"canonical": it.group(), "kind": "site", "level": "site"})))
    return hits + out


#: a word rarer than this in jieba's dictionary is a name rather than a common noun
_RARE = 20


#: a part of a province named by its abbreviation and a direction: 闽东, 苏北, 渝西地区, 浙西南, 渝东北
#: (粤东西北 names three parts at once and is left alone; 中 is not read: 豫中 is rare, 新中国 common)
_DIRECTION_REGION = re.compile(r"([\u4e00-\u9fff])(东北|东南|西北|西南|东|西|南|北)(?![东西南北])(地区)?")
#: abbreviations too common as words to open a region (新中国, 黑中介)
_NOT_REGION_ABBR = set("新黑吉中")


def _direction_regions(text: str, taken: list[tuple[int, int]], mask) -> tuple[list, set[tuple[int, int]]]:
    """Regions named by a province's abbreviation and a direction, and the spans of the bare
    directions read inside them (东北 in 渝东北, 西北 in 粤东西北), which are no mention of 东北."""
    out = []
    inside: set[tuple[int, int]] = set()
    abbr = abbreviations()

    def province_of(c: str) -> list:
        return [] if c in _NOT_REGION_ABBR else [d for d in abbr.get(c, ()) if d.level == "province"]

    for a, b in taken:  # 粤东西北, 浙西南: a direction right after a province's abbreviation
        if text[a:b] in ("东北", "西北", "西南", "东南") and a >= 1:
            k = a - 1 if province_of(text[a - 1]) else (a - 2 if a >= 2 and text[a - 1] in "东西南北" and province_of(text[a - 2]) else -1)
            if k >= 0 and not any(x <= k < y for x, y in taken):
                inside.add((a, b))
    for m in _DIRECTION_REGION.finditer(text):
        s, e = m.span()
        c = m.group(1)
        provinces = province_of(c)
        if len(provinces) != 1 or mask[s] or any(a < e and s < b and (a, b) not in inside for a, b in taken):
            continue
        lo = max(0, s - 4)
        words = segment(text[lo : min(len(text), e + 4)])
        if any(lo + a < s < lo + b or lo + a < e < lo + b for _w, _f, a, b in words):
            continue  # 复苏北方, 京东方: the characters belong to other words
        name = m.group()
        out.append(PlaceHit(s, e, name, _freeze({"canonical": name, "kind": "region", "level": "region",
                                                "parent": provinces[0].adcode})))
    return out, inside


def _qualified_county(text: str, i: int, parent: Division, forms, listed: bool = False) -> Division | None:
    """The county whose short name starts at ``i`` and lies inside ``parent`` (named right before).
    ``listed``: the name is an item of a list (贵州修文、清镇一带), which makes it a place name even
    where the tagger reads a word (修文)."""
    if parent.level == "county":
        return None
    table = admin_table()
    for L in (4, 3, 2):
        name = text[i : i + L]
        if len(name) < L or cuts_a_word(text, i, i + L, forms):
            continue
        inside = [d for d in table.lookup(name) if d.level == "county" and d.short == name and table.contains(parent, d)]
        if len(inside) == 1 and name not in stop_names():
            # a two-character short form must read as a place name (合作 in 甘肃合作 is a word)
            if L == 2 and not listed and not any(w == name and f == "ns" for w, f, _s, _e in segment(text[i : i + 6])):
                continue
            return inside[0]
    return None


def _freeze(attrs: dict) -> tuple[tuple[str, object], ...]:
    return tuple(sorted(attrs.items()))


#: a day's code (23·7, 7·20) and, quoted, the name of a flood or storm of that day: “23·7”, “7·20”
DAY_CODE = r"(?:\d{1,2}|[一二三四五六七八九十〇]{1,3})·(?:\d{1,2}|[一二三四五六七八九十〇]{1,3})"
DATE_CODE = rf"“{DAY_CODE}”"
#: a month (7月, 十二月份, 7月中旬), which a scan leftwards from a head may take into a name
MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|上旬|中旬|下旬|初|底|末)?"
#: a month before a place's name, when the scan took it in (7月|资江流域强降雨)
_MONTH = re.compile(MONTH + r"(?=[\u4e00-\u9fff]{2})")


def find_zones(text: str, region: str | None, places: list[tuple[int, int]], mask=None) -> list[PlaceHit]:
    """Zones and sites by head noun: 横店影视文化产业集聚区, 金义都市区, 云和梯田景区."""
    mask = mask if mask is not None else opaque_mask(text)
    kinds = {r["head"]: r["kind"] for r in head_table("place_heads.jsonl")}
    short_named = {r["head"] for r in head_table("place_heads.jsonl") if r.get("short_name")}
    named = {f for p in named_places() for f in (p.name, *p.aliases)}
    out = []
    unnamed: list[tuple[int, int, str]] = []
    for m in head_regex("place_heads.jsonl").finditer(text):
        hs, he = m.span()
        if mask[hs] or any(s <= hs and he <= e for s, e in places):
            continue
        start = name_start(text, hs, places, max_len=16, conj=False)
        if (q := [c.end() for c in re.finditer(DATE_CODE, text[start:hs])]):
            start += q[-1]  # 抗击“6·19”|漓江流域: a disaster's date code ends before the name
        if m.group() == "片区" and text[start + 1 : start + 2] in ("和", "及") and hs - start > 4:
            start += 2  # 知识城和琶洲核心片区: the segmenter took 城和琶洲 for one word
        start = max([e for s, e in places if s < start < e and e < hs], default=start)  # 仁和区|南山片区: 和 ended the
        # reading inside a place's name; the zone's name follows the place
        led = _led_zone_start(text, hs, places, region) if (
            kinds[m.group()] == "designation" or m.group() in ("新区", "新城", "科学城")) else None
        if led is not None and led < start:
            start = led  # 川渝高竹新区, 中日（青岛）地方发展合作示范区: a name opened by places may hold verbs
        dev = _DEVELOPMENT_KIND.search(text, max(0, hs - 9), hs) if kinds[m.group()] == "designation" else None
        if dev is not None and start >= dev.start():
            # 赣州革命老区|高质量发展|示范区, 梅河口|高质量发展先行|示范区: the kind of development the zone
            # shows stops the reading; the name runs on to a place before it
            s2 = name_start(text, dev.start(), places, max_len=12, conj=False)
            if s2 < dev.start() and (any(a == s2 for a, _b in places) or _led_zone_start(text, dev.start(), places, region) == s2
                                     or text.startswith("革命老区", dev.start() - 4)):
                start = s2
        if m.group().endswith(("园", "园区")):  # 经开区|泾河工业园: a park named after the zone it is in
            zone = [z for z in ZONE_BEFORE_PARK.finditer(text, max(0, start - 2), hs) if z.end() <= hs - 2]
            if zone and zone[-1].start() < start:
                start = zone[-1].end()  # (the reading began inside the zone's word: 经|开区)
        name = text[start:hs]
        if len(name) < 2 or is_generic(name) or "等" in name or text[start - 1 : start] == "等":
            continue  # (霍尔果斯、吐尔尕特等口岸, 白沙、紫茶等历史片区: a list closed by its kind, read by _listed_sites)
        verb = _AWARDED.search(name)
        if verb:  # 哈尔滨新区获批|国家自主创新示范区: the zone named is the award, after the verb
            start += verb.end()
            name = text[start:hs]
            if len(name) < 2:
                continue
        if m.group() in ("沿海", "集聚区") and not (any(p[0] == start for p in places) or _abbreviation_runs(name[:4], region)
                                                 or (m.group() == "集聚区" and _tagged_place(name))):
            continue  # 合理发展沿海, 北方沿海, 夜间消费集聚区: of no place named (温台沿海, 横店影视文化产业集聚区: of one)
        if m.group() == "地区" and text.startswith(("生产总值", "生产总量"), he):
            continue  # 烟台黄渤海新区|地区生产总值: the zone's output, no region
        if m.group() in ("地区", "山区") and _SOME_OF.search(name):
            continue  # 襄阳专区部分地区, 黔东南一些地区, 西南边远地区: some of a place's land, no name
        if m.group() == "片区" and (re.search("示范|试点|重点|老旧|城中村|棚户|成片|连片|功能|特色|[“”]", name)
                                   or (text[start - 1 : start] == "、" and any(p == (start, hs) for p in places))):
            continue  # 海绵城市示范片区, 重点片区: a kind of district (崔寨片区, 济南西站片区: one); 合肥、芜湖、
            # 蚌埠片区: the parts of a zone by their cities
        if m.group() in short_named and (not 2 <= hs - start <= 3 or _LAND_NOT.match(name) or text.startswith("划", he)):
            continue  # 银川平原, 大别山区, 舟山渔场: a short name of its own (许多山区, 调整行政区划: no name)
        if m.group() == "革命老区" and (_OLD_AREA_ZONE.match(text, he) or admin_table().lookup(name)):
            continue  # 闽西革命老区高质量发展示范区: part of a zone's name; 龙岩、三明革命老区: the cities' (大别山革命老区: one)
        if m.group() == "专区" and "”" in name:
            continue  # “湘易办”邵阳专区: a section of a service named in quotes, no prefecture
        if m.group() == "流域" and "”" in name and not name.startswith("“"):
            continue  # 赣江、…、修河“五河”流域: the rivers listed, then their collective name; no basin of 修河
        if m.group() == "口岸" and text.startswith(("城市", "城镇", "经济"), he):
            continue  # 磨憨国际口岸城市: the town, not the crossing
        full = strip_ordinal(text[start:he])
        start = he - len(full)
        code = re.match(DATE_CODE, full) or _MONTH.match(full)
        if code:  # “23·7”海河流域特大洪水, 7月资江流域强降雨: the date names the flood or the rain, not the basin
            full, start = full[code.end() :], start + code.end()
        name = text[start:hs]
        inner = name.rfind("新区", 0, len(name) - 2)
        rest = name[inner + 2 :]
        if inner > 0 and not is_generic(rest) and (
                m.group() in ("新城", "新区") or rest.startswith(_new_area_stems())
                or any(a == start + inner + 2 for a, _b in places)):
            # 四川天府新区天府总部商务区, 成都东部新区简州新城: a zone of its own name inside the new area
            # (两江新区卫星互联网产业园 is the new area's park)
            start += inner + 2
            full, name = text[start:he], text[start:hs]
        lead = [p for p in places if p[0] == start]
        if m.group() in _SAME_PLACE_HEADS and lead and lead[0][1] == hs:
            continue  # 粤港澳大湾区城市群, 台湾地区: the place itself is named
        if kinds[m.group()] == "designation":
            along = 1 if name[:1] in "沿环" and len(name) > 3 else 0  # 沿沪宁产业创新带, 环太湖科创圈
            if not (bool(lead) or bool(_abbreviation_runs(name[along : along + 4], region)) or start == led
                    or _tagged_place(name) or name.startswith(_new_area_stems()) or _COUNTRY_PAIR.match(name)
                    or (along and any(a == start + 1 for a, _b in places)) or _SUBURB.match(name)):
                if m.group() in _LISTED_ZONE_HEADS and 2 <= len(name) <= 4 and text[start - 1 : start] == "、":
                    unnamed.append((start, he, full))  # 衡阳高新区、松木经开区: named by its list mate
                continue
        if full in named:
            continue  # the table has it
        if m.group() == "流域" and len(name) >= 2 and name[-1] in "江河湖溪水" and not is_generic(name) \
                and not re.search("[江河湖溪]", name[:-1]):
            # 攸水流域, 南浦溪流域: the basin is named by its river, which is the place (the basin an alias);
            # a basin of several rivers (淮河太湖流域, 黑龙江松花江嫩江流域) is a region of its own
            out.append(PlaceHit(start, he, name, _freeze({"canonical": name, "kind": "site", "level": "site"})))
            continue
        attrs = {"canonical": full, "kind": "zone", "level": "zone"}
        out.append(PlaceHit(start, he, full, _freeze(attrs)))
    for start, he, full in unnamed:  # a zone listed right after a zone named by its place is a zone too
        if any(h.end == start - 1 and text[h.start : h.end].endswith(_LISTED_ZONE_HEADS) for h in out):
            out.append(PlaceHit(start, he, full, _freeze({"canonical": full, "kind": "zone", "level": "zone"})))
    return out


#: a zone named after an old revolutionary base area (…革命老区高质量发展示范区, …革命老区振兴先行区)
_OLD_AREA_ZONE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:示范区|先行区|试验区)")

#: the heads of development zones and parks, which a list names one after another (衡阳高新区、松木经开区)
_LISTED_ZONE_HEADS = ("高新区", "经开区", "开发区", "工业园区", "产业园区", "工业园", "综保区", "综合保税区")

#: verbs by which a place is awarded a zone's title, read into the zone's name by the scan
_AWARDED = re.compile(r"获批(?:建设|设立)?|获评|入选|成功创建|创建成为|成为|(?:被)?列为|升格为|认定为|晋升为")

#: words that make a stretch of land some part of a place, not one with a name of its own
_SOME_OF = re.compile(r"部分|一些|少数|大部|个别|多数|许多|边远|偏远|低洼|聚居|沿岸|周边|民族")

#: what opens no name of a stretch of land or sea (许多山区, 一些平原, 偏远山区)
_LAND_NOT = re.compile(r"[几许这那各每全本该广偏边贫深]|一些|少数")

#: a city's suburb by its direction opens a zone of the city (东郊工业区, 西郊纺织工业区)
_SUBURB = re.compile(r"[东西南北]郊")


@lru_cache(maxsize=1)
def _new_area_stems() -> tuple[str, ...]:
    """The own names of the national new areas in the table, which lead the names of the zones
    inside them (天府新区 → 天府中央法务区, 雄安新区 → 雄安商务服务中心): the name without 新区 and
    without a division before it (南京江北新区 → 江北), two characters or more."""
    forms, _ = lexicon(None)
    stems = set()
    for p in named_places():
        if p.kind != "zone" or not p.name.endswith("新区") or p.name.endswith("高新区"):
            continue
        stem = p.name[:-2]
        for k in range(len(stem) - 1, 1, -1):
            if stem[:k] in forms:
                stem = stem[k:]
                break
        if len(stem) >= 2 and stem not in forms and stem[-1] not in "岛湖山":  # 舟山群岛新区: 群岛 names no zone
            stems.add(stem)
    return tuple(sorted(stems))


#: China and a partner country by their one-character names open a zone of the two (中马钦州产业园区,
#: 中越跨境经济合作区, 中德（沈阳）高端装备制造产业园)
_COUNTRY_PAIR = re.compile(r"中[美英法德意日韩朝俄越老柬缅泰马新印巴哈吉乌白蒙沙埃以菲澳荷瑞葡奥波匈捷土欧](?=[\u4e00-\u9fff（(·])")


def _tagged_place(name: str) -> bool:
    """Does ``name`` open with a rare word the segmenter tags as a place name, of two or more
    characters (临港经济区, 东疆综合保税区, 南港工业区)? Common words it also tags so (海洋, 美丽,
    平原, 中国: over 1,000 in jieba's dictionary) do not count."""
    words = segment(name)
    if not words or words[0][1] != "ns" or words[0][3] - words[0][2] < 2:
        return False
    return word_freq(words[0][0]) < _COMMON


#: a word more frequent than this in jieba's dictionary is a common word, not a little-known place
_COMMON = 1000


#: the development a designated zone shows, right before its head (高质量发展示范区, 一体化发展先行区)
_DEVELOPMENT_KIND = re.compile(r"(?:高质量|一体化|融合|协同|统筹|绿色|创新|转型)发展(?:先行)?$")


def _led_zone_start(text: str, hs: int, places: list[tuple[int, int]], region: str | None) -> int | None:
    """The start of a zone name that opens with a place, a run of place initials or a place with an
    aside and holds verbs (川渝高竹新区, 中日（青岛）地方发展合作示范区, 万达开川渝统筹发展示范区):
    read to punctuation or a boundary word without the tagger, drop the verbs that open the
    phrase, and keep the name only when a place opens what is left."""
    s = name_start(text, hs, places, max_len=16, conj=False, tags=False)
    if s >= hs - 2:
        return None
    toks = segment(text[s:hs])
    k = 0
    while k < len(toks) - 1 and toks[k][1].startswith("v") and not any(a == s + toks[k][2] for a, _b in places):
        k += 1  # 推动, 支持, 打造: the verb that opens the phrase
    p = s + toks[k][2] if k < len(toks) else hs
    if hs - p < 3:
        return None
    runs = _abbreviation_runs(text[p : p + 4], region)
    opened = any(a == p for a, _b in places) or (bool(runs) and runs[0][0] == 0) or _initial_run(text[p : p + 4], region) >= 3 \
        or bool(_COUNTRY_PAIR.match(text, p))
    aside = re.match(r"[\u4e00-\u9fff]{1,4}（[\u4e00-\u9fff]{2,6}）", text[p:hs])
    return p if opened or aside else None


#: characters that start place names but, all together, name directions or sizes (南北通道, 东西向)
_NOT_INITIALS = frozenset("东西南北中上下内外大小新老")


@lru_cache(maxsize=64)
def _initials_of_region(region: str | None) -> frozenset[str]:
    home = region_division(region)
    table = admin_table()
    chars = set(_cities_by_initial()) | {c for c, ds in abbreviations().items() if any(d.level == "province" for d in ds)}
    if home is not CHINA:
        chars |= {c for c, ds in _counties_by_initial().items() if any(table.contains(home, d) for d in ds)}
    return frozenset(chars)


def _initial_run(name: str, region: str | None) -> int:
    """Length of the run of place initials ``name`` starts with: first characters of cities, of the
    report region's counties, and provinces' abbreviations (万达开: 万州, 达州, 开州; 泸永江: 泸州,
    永川, 江津)."""
    chars = _initials_of_region(region)
    n = 0
    while n < len(name) and name[n] in chars and name[n] not in _NOT_INITIALS:
        n += 1
    return n


#: heads that add nothing to the place before them (京津冀经济圈 is 京津冀); 武汉都市圈 and 北部湾城市群 are
#: places of their own (the gold names a city cluster whole)
_SAME_PLACE_HEADS = {"地区", "经济圈", "流域", "沿海", "湾区", "经济带"}


# --------------------------------------------------------------------------- places in names


_TRANSFER = re.compile(r"^(.)[电气煤油水](?:入|东送|西送|南送|北送|外送|东输|南下|北上)(.)?")


def _transfer_ends(name: str, skip: set[int]) -> list[tuple[int, Division]]:
    """甘电入浙, 疆电外送, 川气东送: the provinces at the ends of an energy or water transfer, named
    by their one-character abbreviations (a province's own abbreviation only)."""
    m = _TRANSFER.match(name)
    if not m:
        return []
    abbr = abbreviations()
    out = []
    for k in (1, 2):
        c = m.group(k)
        i = m.start(k)
        if c is None or i in skip:
            continue
        provinces = [d for d in abbr.get(c, ()) if d.level == "province"]
        if len(provinces) == 1:
            out.append((i, provinces[0]))
    return out


def _abbreviation_runs(name: str, region: str | None, skip: set[int] = frozenset()) -> list[tuple[int, Division]]:
    """Runs of two or more abbreviation characters (义甬舟 → 义乌, 宁波, 舟山), as (offset, division).
    A run counts only at the start of the name or right after a place name (``skip`` holds the
    offsets of place names): 乌镇 in 世界互联网大会乌镇峰会 is a town, not 乌鲁木齐 and 镇江."""
    abbr = abbreviations()
    table = admin_table()
    home = region_division(region)
    out: list[tuple[int, Division]] = []
    i = 0
    while i < len(name):
        j = i
        while j < len(name) and name[j] in abbr and j not in skip:
            j += 1
        # 闽台合作: 合 begins the word 合作, it is no abbreviation of 合肥
        while j - i >= 2 and any(s <= j - 1 and e > j for _w, _f, s, e in segment(name)):
            j -= 1
        if j - i >= 2 and (i == 0 or ((i - 1) in skip and j < len(name))) \
                and not (i > 0 and j - i == 2 and word_freq(name[i:j]) > 0):  # (天津|新港: a port's own name; 黄石|新港…)
            run = name[i:j]
            unique = [abbr[c][0] for c in run if len(abbr[c]) == 1]
            city_context = any(d.level != "province" or d.adcode in _MUNICIPALITIES for d in unique)
            for k, c in enumerate(run):
                cands = abbr[c]
                pick = None
                if home is not CHINA:
                    inside = [d for d in cands if table.contains(home, d)]
                    pick = inside[0] if inside else None
                if pick is None and city_context:
                    cities = [d for d in cands if d.level != "province" or d.adcode in _MUNICIPALITIES]
                    pick = cities[0] if cities else None
                out.append((i + k, pick or cands[0]))
            i = j
        else:
            i = max(j, i + 1)
    return out


_MUNICIPALITIES = {"110000", "120000", "310000", "500000"}


def _places_in_name(name: str, region: str | None) -> list[Division | NamedPlace]:
    from kg.components.projects import _enterprises

    forms, longest = lexicon(region)
    found: list[tuple[int, Division | NamedPlace]] = []
    company = _enterprises().starting_at(name, 0)
    used: set[int] = set(range(len(company))) if company else set()  # 通威太阳能: no 南通, no 威海
    line = _LINE_NAME.match(name)
    line = line if line and len(line.group(1)) <= 4 else None  # (西部陆海新通道: 西部 is the region)
    i = len(company or "")
    prev: Division | None = None
    while i < len(name):
        for L in range(min(longest, len(name) - i), 1, -1):
            cands = forms.get(name[i : i + L])
            if cands and line and i == 0 and L <= 3 and all(isinstance(c, NamedPlace) and c.kind == "region" for c in cands):
                continue  # 成渝中线高铁: initials of 成都 and 重庆 (below), not the economic circle
            if cands:
                chosen = _choose(cands, region, prev)
                if chosen is not None:
                    found.append((i, chosen))
                    prev = chosen if isinstance(chosen, Division) else prev
                used.update(range(i, i + L))
                i += L
                break
        else:
            i += 1
    found.extend(_route_ends(name, region, used))
    found.extend(_abbreviation_runs(name, region, used))
    found.extend(_transfer_ends(name, used))
    if not any(i == 0 for i, _ in found):
        # 双柳长江大桥: the initials stop where a named river or region (长江) starts
        first = min((i for i, p in found if isinstance(p, NamedPlace)), default=len(name))
        found.extend((k, d) for k, d in _line_initials(name, region) if k < first)
    out: list = []
    for _, p in sorted(found, key=lambda x: x[0]):
        if p not in out:
            out.append(p)
    return out


#: a route named by its ends (库车到阿克苏, 乌鲁木齐到伊宁的公路, 敦煌经大柴旦到格尔木的公路)
_ROUTE_SEP = re.compile(r"到|至|经过|经|——")
_ROUTE_KIND = re.compile(r"(?:的|等)?(?:(?:长江|黄河|跨江|过江|跨海)?(?:隧道|公路大桥|铁路大桥|大桥|通道)|铁路支线|铁路|高速公路|高速|公路|支线|输电线路|线路|路段|段|线)$")


def _route_ends(name: str, region: str | None, used: set[int]) -> list[tuple[int, Division]]:
    """The ends of a route that the lexicon leaves out of a national text (a county's short name:
    伊宁, 库车, 叶城), each found in the division table; ``used`` gains their offsets."""
    if not _ROUTE_SEP.search(name):
        return []
    kind = _ROUTE_KIND.search(name)
    body = name[: kind.start()] if kind else name
    table = admin_table()
    out: list[tuple[int, Division]] = []
    pos = 0
    for m in list(_ROUTE_SEP.finditer(body)) + [None]:
        end = m.start() if m else len(body)
        a = pos
        while a < end and a in used:
            a += 1  # 新疆|叶城: the province found already, then the end
        token = body[a:end]
        pos = m.end() if m else end
        if not (2 <= len(token) <= 4) or any(i in used for i in range(a, end)):
            continue
        cands = table.lookup(token)
        if cands:
            d = _choose(tuple(cands), region, None)
            if d is None and len({c.parent for c in cands}) == 1:
                d = cands[0]  # 伊宁: the city and the county of one prefecture, one place for a route
            if isinstance(d, Division):
                out.append((a, d))
                used.update(range(a, end))
    return out


_LINE_NAME = re.compile(r"([\u4e00-\u9fff]{2,5}?)(?:高铁|高速铁路|铁路|城际|客专|高速|公路|通道|大桥|隧道|管道|市域铁路|市域快轨|中线|段$|[A-Z]\d{1,2}线)")

#: the section of a line at the end of its name: 沪渝蓉高铁武宜段, 渝昆高铁川渝段, 呼南高铁襄阳至常德段
_SECTION_TAIL = re.compile(r"(?:高铁|高速铁路|铁路|城际铁路|城际|高速公路|高速|公路|管道|工程|专线|[一二三四]线)([\u4e00-\u9fff]{2,9}段)(?:扩能改造|改扩建|扩容)?$")


@lru_cache(maxsize=1)
def _cities_by_initial() -> dict[str, tuple[Division, ...]]:
    out: dict[str, list[Division]] = {}
    for d in admin_table():
        if d.level == "city" and d.short:
            out.setdefault(d.short[0], []).append(d)
    return {k: tuple(v) for k, v in out.items()}


def _line_initials(name: str, region: str | None) -> list[tuple[int, Division]]:
    """The cities a line is named after by their first characters (广湛高铁 → 广州, 湛江; 深中通道 →
    深圳, 中山): a character counts when one city of the report's province, or else one city in all
    of China, starts with it (西 in a Shaanxi report is 西安; in a Hubei report it stays unread)."""
    m = _LINE_NAME.match(name)
    if not m or m.group(1) in stop_names():
        return []
    table = admin_table()
    home = region_division(region)
    site = name.startswith(("大桥", "隧道"), m.end(1))  # a bridge or tunnel: initials of the province's own cities only
    province = home if home.level == "province" else table.parent(home) if home.level != "country" else None
    by_initial = _cities_by_initial()
    abbr = abbreviations()
    out: list[tuple[int, Division]] = []
    open_: list[tuple[int, tuple[Division, ...]]] = []
    for k, c in enumerate(m.group(1)):
        own = [d for d in abbr.get(c, ()) if d.level == "province"]
        if province is not None and own == [province]:  # 渝 in a Chongqing report, 鄂 in a Hubei one
            out.append((k, province))
            continue
        cands = by_initial.get(c, ())
        own_city = [d for d in abbr.get(c, ()) if d.level != "province" and province is not None and table.contains(province, d)]
        if own_city:  # 锡宜城际 in a Jiangsu report: 锡 is 无锡's abbreviation, not the first character of 锡林郭勒
            cands = tuple(own_city)
        if province is not None and province.adcode in _MUNICIPALITIES:  # 渝万高铁: 万 is 万州
            cands = cands + tuple(d for d in _counties_by_initial().get(c, ()) if table.contains(province, d))
        local = [d for d in cands if province is not None and table.contains(province, d)]
        if len(local) > 1 and (mine := [d for d in local if d.adcode == home.adcode or table.contains(d, home)]):
            local = mine  # 广平高速 in a 广元 report: 广元, not 广安 (the report's own city first)
        if not local and province is not None and k > 0:  # 杭淳开高速 in a Zhejiang report: 淳安, 开化, not 开封
            local = [d for d in _counties_by_initial().get(c, ()) if table.contains(province, d)]
        if not local and k == 0 and home.level == "city":  # 苍巴高速, 泗宿高速: a county of the report's own city first
            local = [d for d in _counties_by_initial().get(c, ()) if table.contains(home, d)]
        pick = local if local else list(cands)
        if not pick:  # 渝 in 渝万高铁, 川 in 川青铁路: a province by its abbreviation
            pick = [d for d in abbr.get(c, ()) if d.level == "province"]
        if len(pick) == 1:
            out.append((k, pick[0]))
        elif len(pick) > 1:
            open_.append((k, tuple(pick)))
    for k, cands in open_:  # 西十高铁: of 西安, 西宁 and 西双版纳, 西安 is the one near 十堰
        near = _nearest(cands, [d for _k, d in out if d.level != "province"])
        if near is not None:
            out.append((k, near))
    out.sort(key=lambda kd: kd[0])
    if site and (province is None or not all(table.contains(province, d) for _k, d in out)):
        return []  # 常泰长江大桥: 常州, 泰州 (双柳长江大桥 is named by its site, not by 双鸭山 and 柳州)
    if len(m.group(1)) == 5 and len(out) < 5:
        return []  # 盐泰锡常宜铁路: five initials, each a city's (not 观音寺长江大桥, 西部陆海新通道)
    return out if len(out) >= 2 or len(m.group(1)) == len(out) else []


@lru_cache(maxsize=1)
def _counties_by_initial() -> dict[str, tuple[Division, ...]]:
    out: dict[str, list[Division]] = {}
    for d in admin_table():
        if d.level == "county" and d.short and len(d.short) >= 2:
            out.setdefault(d.short[0], []).append(d)
    return {k: tuple(v) for k, v in out.items()}


def _nearest(cands, anchors: list[Division]) -> Division | None:
    """The candidate much nearer the anchors (the line's other ends) than any other: its distance
    at most half the next one's; None without coordinates or a clear winner."""
    pts = [(a.lon, a.lat) for a in anchors if a.lon is not None and a.lat is not None]
    if not pts:
        return None
    scored = []
    for d in cands:
        if d.lon is None or d.lat is None:
            return None
        scored.append((min((d.lon - x) ** 2 + (d.lat - y) ** 2 for x, y in pts) ** 0.5, d.adcode, d))
    scored.sort()
    if len(scored) >= 2 and scored[0][0] * 2 <= scored[1][0]:
        return scored[0][2]
    return None


def places_in_name(name: str, region_adcode: str | None = None) -> list[Division]:
    """The administrative divisions a name points to, in order: 丽水机场 → [丽水市];
    甬绍天然气管道 → [宁波市, 绍兴市]; 温福高铁 → [温州市, 福州市]. With ``region_adcode`` (the
    report's region) ambiguous names and abbreviations prefer divisions inside that region, and
    county short names of the region are read (庆元百花岩风电 → 庆元县 in a Zhejiang report)."""
    return [p for p in _places_in_name(name, region_adcode) if isinstance(p, Division)]


# --------------------------------------------------------------------------- spaCy component


@Language.factory("kg_places")
def make_places(nlp: Language, name: str):
    return PlacesComponent()


class PlacesComponent:
    """Adds Place mentions (label ``Place``) to ``doc.spans[MENTIONS]``."""

    def __call__(self, doc: Doc) -> Doc:
        region = doc_region(doc)
        for h in find_places(doc_text(doc), region, doc.user_data.get("kg_region_name")):
            add_mention(doc, h.start, h.end, "Place", h.key, **dict(h.attrs))
        return doc


# --------------------------------------------------------------------------- resolution and graph

#: a city's street, named after a place or not (延安路, 嵩山路东段, 中山路改造工程)
_CITY_ROAD_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}?(?<![公铁])(?:路|大街|街)(?:[东西南北中]段|[东西南北]延(?:伸)?(?:段|线)?)?"
                             r"(?:拓宽|改造|改扩建|提升|综合整治|快速化改造)?(?:工程|项目)?")


def _local(table, p, region: str | None) -> bool:
    """Is ``p`` a county-level division inside the report's region (a district of the city)?"""
    d = table.get(getattr(p, "adcode", "")) if isinstance(p, Division) else None
    return d is not None and d.level == "county" and region is not None \
        and any(a.adcode == region for a in table.ancestors(d))


def _far_site(table, p, region: str | None) -> bool:
    """Is ``p`` a curated site (a lake, a mountain) of another province than the report's region's?"""
    if isinstance(p, Division) or getattr(p, "kind", None) != "site" or not p.parent or not region \
            or region == CHINA.adcode:
        return False
    home, parent = table.get(region), table.get(p.parent)
    ours, theirs = (table.province_of(home) if home else None), (table.province_of(parent) if parent else None)
    return ours is not None and theirs is not None and ours.adcode != theirs.adcode


LOCATED_TYPES = ("Project", "Organization", "Event")
#: 市 opening the name of a city's own works, plant or institution (市人民医院新院区, 市砖瓦厂), not of the city's
#: parts, people or ranks (市区, 市属, 市民, 市级, 市场) nor all of its kind (全市, 本市)
CITYS_OWN = r"(?<![全本该我])市(?![区属内郊民级场直辖县])"
_CITYS_OWN_WORKS = re.compile(CITYS_OWN + r"[\u4e00-\u9fff]")
#: a sentence naming more places than this locates nothing (it is a list, not a location)
MAX_SENTENCE_PLACES = 2


def place_node_iri(p: Division | NamedPlace):
    from kg.ids import entity_iri, place_iri

    return place_iri(p.adcode) if isinstance(p, Division) else entity_iri("place", p.name)


def _opens_name(name: str, form: str) -> bool:
    """Does ``form`` (a zone's, site's or town's name) open ``name``, alone or after a division's name
    (延安高新区|…产业园, 长泰县|…镇…; not 城|西港区, 电|信江)?"""
    if form == name or len(name) - len(form) < 2 or form in _DIRECTION_WORDS:
        return False
    i = 0 if name.startswith(form) else name.find(form)
    if i < 0 or _SITES_OWN_WORKS.fullmatch(name, i + len(form)):
        return False  # 响沙湾|二期, 旌湖湿地公园|四期: the site's own works, not a thing inside it
    return i == 0 or (i >= 2 and bool(admin_table().lookup(name[:i])))


#: the words of a site's own works after its name (…二期, …改造提升)
_SITES_OWN_WORKS = re.compile(r"(?:第?[一二三四五六七八九十]期|扩建|改扩建|改造|提升|改造提升|提升改造|保护提升|扩容)(?:工程|项目)?")
#: directions the tables read as regions (东部院区, 中部智算中心): no site of a thing
_DIRECTION_WORDS = frozenset({"东部", "西部", "南部", "北部", "中部"})


def locate_entities(result, entities) -> None:
    """Resolver: ``locatedIn`` for projects, organisations and events — the places inside the
    entity's name, else the places named in its sentences (at most two there; for a project only
    divisions: a park, zone or river beside it is a neighbour, not its site), else none.
    Division entities also get both their full and short names as labels."""
    region = result.skeleton.region
    table = admin_table()
    places_by_sentence: dict[int, list] = {}
    doc = result.doc
    # a place read inside another thing's name or its aside (12号线、22号线（平谷线）) locates that thing only
    text = doc.text
    owner: dict[tuple[int, int], object] = {}
    for e in entities:
        if e.type == "Place":
            continue
        for m in e.mentions:
            end = m.end
            if text[end : end + 1] == "（":
                close = text.find("）", end, end + 14)
                end = close + 1 if close > 0 else end
            owner[(m.start, end)] = e
    spans = sorted(owner.items(), key=lambda x: x[0])
    starts = [a for (a, _b), _o in spans]
    for e in entities:
        if e.type != "Place":
            continue
        adcode = e.attrs.get("adcode")
        if adcode and table.get(str(adcode)):
            d = table.get(str(adcode)) if str(adcode) != CHINA.adcode else CHINA
            e.label = d.name
            e.aliases |= {d.short} - {d.name}
        for m in e.mentions:
            s = doc.sentence_at(m.start)
            k = bisect_right(starts, m.start)
            holder = next((o for (a, b), o in spans[max(0, k - 12) : k] if m.end <= b and (a, b) != (m.start, m.end)), None)
            if s is not None:
                places_by_sentence.setdefault(s.index, [])
                places_by_sentence[s.index].append((e, holder, m.start))
    named_inside: list = []
    sites = [(p, {f for f in (p.label, *p.aliases) if len(f) >= 2}) for p in entities
             if p.type == "Place" and not p.attrs.get("adcode") and p.attrs.get("kind") in ("site", "zone", "town", "village")]
    sites_inside: dict[int, list] = {}
    for e in entities:
        if e.type in LOCATED_TYPES:
            sites_inside[id(e)] = [p for p, forms in sites if any(_opens_name(e.label, f) for f in forms)]
    # a place written right before a thing's name (甘肃省|兰州到郎木寺的公路, 新疆维吾尔自治区|乌鲁木齐到伊宁)
    place_ending = {m.end: e for e in entities if e.type == "Place" for m in e.mentions}
    for e in entities:
        if e.type not in LOCATED_TYPES:
            continue
        before = []
        for m in e.mentions:
            p = place_ending.get(m.start) or (place_ending.get(m.start - 1) if text[m.start - 1 : m.start] == "的" else None)
            if p is not None and p not in before and p.attrs.get("adcode") not in (CHINA.adcode, region) \
                    and p.attrs.get("kind") != "foreign":
                before.append(p)
        names = [e.label, *sorted(e.aliases)]
        found: list = []
        for n in names:
            sec = _SECTION_TAIL.search(n)
            if sec and _places_in_name(sec.group(1), region):
                n = sec.group(1)  # a section is where its own name says, not where the line runs
            street = _CITY_ROAD_NAME.fullmatch(n) is not None
            for p in _places_in_name(n, region):
                if street and not _local(table, p, region):
                    continue  # 延安路, 南京路: a city's street named after a far place is not there (香坊大街: a district's)
                if _far_site(table, p, region):
                    continue  # 西湖桥 in 贵阳's report: a works named after a site of another province is not there
                if p not in found and p is not CHINA and getattr(p, "adcode", None) != CHINA.adcode:
                    found.append(p)  # (中国散裂中子源: the country says nothing about where it is)
        # a zone, site or town the text names inside the thing's name (延安高新区|…产业园, 六横|电厂二期)
        within = [p for p in sites_inside.get(id(e), []) if p not in before]
        if found:
            e.located_in = {str(place_node_iri(p)) for p in found} | {str(p.iri) for p in before + within}
            e.attrs["located_places"] = tuple(sorted({_place_ref(p) for p in found} | {_entity_ref(p) for p in before + within}))
            named_inside.extend((e, p) for p in found if isinstance(p, Division) or p.kind == "foreign")
            continue
        near: list = []
        for m in e.mentions:
            s = doc.sentence_at(m.start)
            held = places_by_sentence.get(s.index, []) if s is not None else []
            ps = []
            for p, holder, _at in held:
                if (holder is None or holder is e) and p not in ps:
                    ps.append(p)
            if len(ps) > MAX_SENTENCE_PLACES:  # a list of places in the sentence: those of the thing's clause
                cs, ce = clause_bounds(text, m.start, m.end, CLAUSE_END)
                ps = []
                for p, holder, at in held:
                    if cs <= at < ce and (holder is None or holder is e) and p not in ps:
                        ps.append(p)
            if 0 < len(ps) <= MAX_SENTENCE_PLACES:
                # the country and the report's own region say nothing about where a thing is
                # a project's site is a division: a foreign country in its sentence is a partner (苏联帮助设计的…),
                # a park, zone or river a neighbour (…生态廊道二期和北部新城湿地公园建设)
                near.extend(p for p in ps if p not in near and p.attrs.get("adcode") not in (CHINA.adcode, region)
                            and not (e.type == "Project" and not p.attrs.get("adcode")))
        near.extend(p for p in before + within if p not in near)
        if near:
            e.located_in = {str(p.iri) for p in near}
            e.attrs["located_places"] = tuple(sorted(_entity_ref(p) for p in near))
        elif e.type == "Project" and _CITYS_OWN_WORKS.match(e.label) and region and (d := table.get(region)) is not None \
                and d.level == "city":
            # 市人民医院新院区, 市文化艺术中心 in a city's report: the city's own works, in the city
            e.located_in = {str(place_node_iri(d))}
            e.attrs["located_places"] = (_place_ref(d),)
    _places_named_inside(entities, named_inside, doc.text)


def _places_named_inside(entities, named_inside, text: str) -> None:
    """A division or a foreign country named only inside other names (河北 in 河北省人民委员会 and
    中国人民银行河北省分行, 苏联 in 苏联政府) is named by the report all the same: it gets a Place entity,
    with a mention where its name stands inside each holder's mention."""
    from kg.extract import Entity, Mention, entity_key_iri

    have = {str(e.attrs.get("adcode") or e.key) for e in entities if e.type == "Place"}
    added: dict[str, Entity] = {}
    for holder, d in named_inside:
        if isinstance(d, Division):
            key, attrs, forms = d.adcode, division_attrs(d), (d.name, d.short)
        else:  # a foreign country inside a body's name: 苏联政府, 美国政府
            key, attrs, forms = d.name, named_attrs(d), (d.name, *d.aliases)
        if key in have:
            continue
        for m in holder.mentions:
            for form in forms:
                i = text.find(form, m.start, m.end)
                if form and i >= 0:
                    ent = added.get(key)
                    if ent is None:
                        ent = Entity("Place", key, forms[0], entity_key_iri("Place", key, attrs),
                                     set(forms[1:]) - {forms[0], ""}, dict(attrs), [])
                        added[key] = ent
                    ent.mentions.append(Mention("Place", i, i + len(form), text[i : i + len(form)], key,
                                                _freeze(attrs)))
                    break
    for ent in added.values():
        ent.mentions = sorted(set(ent.mentions), key=lambda m: (m.start, m.end))
        entities.append(ent)
    if added:
        entities.sort(key=lambda e: (e.type, e.key))


def quoted_named_place(inner: str) -> bool:
    """Is ``inner``, the whole of a quoted term, a curated region or natural site with a name of three
    characters or more (“三河三湖”, “长三角”), which quotes set apart as a name, not as a programme?"""
    return len(inner) >= 3 and inner in _named_site_forms()


@lru_cache(maxsize=1)
def _named_site_forms() -> frozenset[str]:
    return frozenset(f for p in named_places() if p.kind in ("region", "site") for f in (p.name, *p.aliases))


def _place_ref(p: Division | NamedPlace) -> str:
    return f"adcode:{p.adcode}" if isinstance(p, Division) else f"named:{p.name}"


def _entity_ref(e) -> str:
    code = e.attrs.get("adcode")
    return f"adcode:{code}" if code else f"named:{e.key}"


def _named_by_name() -> dict[str, NamedPlace]:
    return {p.name: p for p in named_places()}


def add_places(rg) -> None:
    """Graph contributor: every place mentioned or located in gets adcode, level, partOf chain and
    coordinates (divisions, :func:`kg.graph.add_place`); named places get their kind as level and the
    division they lie in."""
    from rdflib import RDF, RDFS, Literal

    from kg.graph import add_place
    from kg.ontology import RKG

    table = admin_table()
    named = _named_by_name()
    g = rg.g
    refs: set[str] = set()
    for e in rg.result.extras.get("entities", []):
        if e.type == "Place":
            refs.add(_entity_ref(e))
            if not e.attrs.get("adcode"):
                g.add((e.iri, RKG.adminLevel, Literal(str(e.attrs.get("level") or e.attrs.get("kind") or "zone"))))
                parent = e.attrs.get("parent")
                if parent and table.get(str(parent)):
                    g.add((e.iri, RKG.partOf, place_node_iri(table.get(str(parent)))))
                    add_place(g, table.get(str(parent)))
        refs.update(e.attrs.get("located_places", ()))
    for ref in sorted(refs):
        kind, _, key = ref.partition(":")
        if kind == "adcode":
            add_place(g, CHINA if key == CHINA.adcode else table.get(key))
        elif key in named:
            p = named[key]
            node = place_node_iri(p)
            g.add((node, RDF.type, RKG.Place))
            g.add((node, RDFS.label, Literal(p.name, lang="zh")))
            g.add((node, RKG.adminLevel, Literal(p.kind)))
            if p.english:
                g.add((node, RDFS.label, Literal(p.english, lang="en")))
            if p.parent and table.get(p.parent):
                g.add((node, RKG.partOf, place_node_iri(table.get(p.parent))))
                add_place(g, table.get(p.parent))
