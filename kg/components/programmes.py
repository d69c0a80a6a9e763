"""Programmes: named initiatives, strategies, campaigns, policy packages and reform brands.

``kg_programmes`` finds them from the patterns of the language, not from a list of a report's names:

- **quoted terms** classified by what surrounds them: a head noun after the closing quote
  (“凤凰行动”计划, “141X”乡村规划体系, “两个健康”集成改革), a verb before the opening quote
  (深化“高效办成一件事”, 推动“土特产富”全链发展), or a coded name (“415X”, “8+4”, “双一流196”,
  “一县一业”). Quoted terms chained with 、 or nothing share the verb before the first and the head
  after the last (“浙产好剧”“浙里大戏”文化品牌).
- **unquoted names** ending in a head noun (…工程, …行动, …战略, …攻坚战, …学习教育, named reforms
  …综合改革 / …集成改革), read leftwards from the head to the verb or punctuation that opens the
  phrase (实施|海洋经济高质量发展倍增行动); a name whose modifier is only generic words (重大工程,
  重点项目) is a class, not a programme. Enumerations share the head (就业促进、创业引领、基层成长等计划).
- **construction goals** (教育强省, 科技强国), **regional brands** (平安浙江建设, 健康中国建设),
  **five-year plans** (“十四五”规划), **numbered policy packages** (民营经济32条政策) and **policy
  documents** in book-title marks (《浙江省优化营商环境条例》).
- a curated **lexicon** of well-known national and provincial programmes (``kg/data/programmes.jsonl``:
  canonical name, aliases, English name, scope, source) gives canonical keys and English names.

Head nouns, verbs, filters and regular patterns are data: ``kg/patterns/programme_*.jsonl``.
Key: the lexicon's canonical name, else the name with quotation marks removed (head kept as written);
a quoted name seen both bare and with a head (“两重”, “两重”项目) is one programme.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.places import DAY_CODE, clause_bounds, quoted_named_place, word_boundary
from kg.errors import DataError
from kg.knowledge import load_jsonl  # noqa: F401 (re-exported for the other components)
from kg.nlp import add_mention, doc_text

LABEL = "Programme"
PKG = Path(__file__).resolve().parent.parent
DATA_DIR = PKG / "data"
PATTERN_DIR = PKG / "patterns"

OPEN_QUOTES = "“「『"
CLOSE_QUOTES = "”」』"
QUOTE_CHARS = set(OPEN_QUOTES + CLOSE_QUOTES + "\"'‘’《》")
#: characters that end a phrase: a name never runs across them
STOP_CHARS = set("，。；：、！？（）()《》“”「」『』‘’\"'…—\n\r\t ,.;:!?[]【】·/<>|") | {"\u3000"}
_NUM = "一二三四五六七八九十百千万两〇零"
_COUNT_PREFIX = re.compile(rf"^[{_NUM}\d]+[项个大批类条种张]")
_ORDINAL = re.compile(rf"^第[{_NUM}\d]+[次批轮届期个]")


# --------------------------------------------------------------------------- data files




def strip_quotes(s: str) -> str:
    return "".join(c for c in s if c not in QUOTE_CHARS and not c.isspace())


def is_cjk(c: str) -> bool:
    o = ord(c)  # (〇, the numeral zero, is written among the ideographs: 七〇三所)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FA1F or o == 0x3007


class WordSet:
    """A set of words with a 'longest word ending at / starting at position' lookup."""

    def __init__(self, words):
        self.words = frozenset(w for w in words if w)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)

    def __contains__(self, w: str) -> bool:
        return w in self.words

    def ending_at(self, text: str, i: int) -> str | None:
        for n in self.lengths:
            if n <= i and text[i - n : i] in self.words:
                return text[i - n : i]
        return None

    def starting_at(self, text: str, i: int) -> str | None:
        for n in self.lengths:
            if text[i : i + n] in self.words:
                return text[i : i + n]
        return None


@dataclass(frozen=True)
class Head:
    head: str
    use: str  # name, zone, goal, quoted
    not_before: tuple[str, ...] = ()
    needs_verb: bool = False
    min_mod: int = 3
    weak: bool = False  # after a quote, not part of the name: “医学高峰”建设 → 医学高峰


@dataclass
class LexEntry:
    name: str
    aliases: tuple[str, ...]
    english: str
    scope: str
    type: str = "Programme"


class Lexicon:
    """Canonical names and aliases; short forms (≤ 2 characters) only count inside quotation marks."""

    def __init__(self, entries: list[LexEntry]):
        self.entries = entries
        self.forms: dict[str, LexEntry] = {}
        for e in entries:
            for form in (e.name, *e.aliases):
                key = strip_quotes(form)
                other = self.forms.get(key)
                if other is not None and other is not e:
                    raise DataError(f"lexicon: {form!r} names both {other.name!r} and {e.name!r}")
                self.forms[key] = e
        forms = sorted(self.forms, key=lambda f: (-len(f), f))
        self.regex = re.compile("|".join(re.escape(f) for f in forms)) if forms else None

    def lookup(self, name: str) -> LexEntry | None:
        return self.forms.get(strip_quotes(name))

    def find(self, text: str):
        """(start, end, entry) for each match, leftmost-longest, not overlapping."""
        if self.regex is None:
            return
        # match with quotation marks taken out, so “米袋子”省长负责制 is found as 米袋子省长负责制
        keep = [i for i, c in enumerate(text) if c not in OPEN_QUOTES and c not in CLOSE_QUOTES]
        view = "".join(text[i] for i in keep)
        for m in self.regex.finditer(view):
            s, e = keep[m.start()], keep[m.end() - 1] + 1
            q = next((i for i in range(s + 1, e) if text[i] in CLOSE_QUOTES), None)
            if q is not None and self.forms.get(strip_quotes(text[s:q])) is self.forms[m.group()]:
                e = q  # “三定”到户: the quoted form of the same programme, not the words after it
            if m.end() - m.start() <= 2:
                if not (s > 0 and text[s - 1] in OPEN_QUOTES and e < len(text) and text[e] in CLOSE_QUOTES):
                    continue
            yield s, e, self.forms[m.group()]


def load_lexicon(path: Path, type_: str | None = None) -> Lexicon:
    entries = []
    for d in load_jsonl(path, ("name", "english", "scope")):
        aliases = d.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise DataError(f"{path}: aliases of {d['name']!r} must be a list of strings")
        entries.append(LexEntry(d["name"], tuple(aliases), d["english"], d["scope"], d.get("type") or type_ or LABEL))
    return Lexicon(entries)


@dataclass
class Patterns:
    heads: list[Head]
    name_heads: WordSet  # heads of unquoted names (also valid after a quote)
    quoted_heads: WordSet  # every head valid after a closing quote
    head_by_word: dict[str, Head]
    verbs: WordSet  # verbs that open a name phrase
    quote_verbs: WordSet  # verbs before a quoted programme (verbs + a few more)
    bounds: WordSet  # particles, pronouns: end the phrase before a name
    generic: WordSet
    strip_prefix: WordSet
    quote_not_before: WordSet
    place_prefix: WordSet
    negative: WordSet
    not_programme: frozenset[str]  # stoplist: concepts and groups, not programmes (三农, 一老一小)
    infrastructure: WordSet  # …工程 with one of these in its modifier is a project (kg_projects)
    facility: WordSet  # a name ending in one of these is a facility (kg_projects): 水利枢纽, 机场
    regexes: dict[str, list[tuple[re.Pattern, dict]]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    heads = []
    for d in load_jsonl(PATTERN_DIR / "programme_heads.jsonl", ("head", "use")):
        heads.append(
            Head(d["head"], d["use"], tuple(d.get("not_before", ())), bool(d.get("needs_verb")), int(d.get("min_mod", 3)),
                 bool(d.get("weak")))
        )
    words: dict[str, list[str]] = {}
    for d in load_jsonl(PATTERN_DIR / "programme_verbs.jsonl", ("word", "use")):
        words.setdefault(d["use"], []).append(d["word"])
    for d in load_jsonl(PATTERN_DIR / "programme_filters.jsonl", ("word", "use")):
        words.setdefault(d["use"], []).append(d["word"])
    regexes: dict[str, list] = {}
    for d in load_jsonl(PATTERN_DIR / "programme_patterns.jsonl", ("kind", "regex")):
        try:
            rx = re.compile(d["regex"])
        except re.error as e:
            raise DataError(f"programme_patterns.jsonl: bad regex {d['regex']!r} ({e})") from e
        regexes.setdefault(d["kind"], []).append((rx, d))
    project_heads = load_jsonl(PATTERN_DIR / "project_heads.jsonl", ("head", "kind"))
    name_heads = [h.head for h in heads if h.use in ("name", "zone", "goal", "enum")]
    head_by_word: dict[str, Head] = {}
    for h in heads:  # a word listed as a name head and a quoted head: the name head's rules win
        if h.head not in head_by_word or head_by_word[h.head].use == "quoted":
            head_by_word[h.head] = h
    return Patterns(
        heads=heads,
        name_heads=WordSet(name_heads),
        quoted_heads=WordSet(h.head for h in heads),
        head_by_word=head_by_word,
        verbs=WordSet(words.get("verb", [])),
        quote_verbs=WordSet(words.get("verb", []) + words.get("quote_verb", [])),
        bounds=WordSet(words.get("boundary", [])),
        generic=WordSet(words.get("generic", [])),
        strip_prefix=WordSet(words.get("strip_prefix", [])),
        quote_not_before=WordSet(words.get("quote_not_before", [])),
        place_prefix=WordSet(words.get("place_prefix", [])),
        negative=WordSet(words.get("negative_verb", [])),
        not_programme=frozenset(words.get("not_programme", [])),
        infrastructure=WordSet(d["head"] for d in project_heads if d["kind"] == "infrastructure"),
        facility=WordSet(d["head"] for d in project_heads if d["kind"] == "facility"),
        regexes=regexes,
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return load_lexicon(DATA_DIR / "programmes.jsonl")


# --------------------------------------------------------------------------- phrase helpers


def scan_left(text: str, head_start: int, pat: Patterns, *, min_mod: int, limit: int = 22,
              verbs: WordSet | None = None) -> tuple[int, str] | None:
    """Where the name phrase ending in the head at ``head_start`` begins, and what opened it:
    ``"verb"``, ``"bound"`` or ``"punct"``. None when nothing opens it within ``limit`` characters or
    the phrase is shorter than ``min_mod``."""
    return scan_left_words(text, head_start, verbs or pat.verbs, pat.bounds, min_mod=min_mod, limit=limit)


#: two activities joined by 和/与 inside a facility's name (研发和制造基地, 研发与生产中心)
_ACTIVITY_PAIR = re.compile(r"(?:研发|生产|制造|设计|销售|测试|检测|运营|服务|封装)[和与](?:研发|生产|制造|设计|销售|测试|检测|运营|服务|封装|结算)")


def scan_left_words(text: str, head_start: int, verbs: WordSet, bounds: WordSet, *, min_mod: int,
                    limit: int = 22, verb_in_head: bool = True,
                    skip_short_verbs: bool = False) -> tuple[int, str] | None:
    """:func:`scan_left` with explicit word sets (the projects component has its own).
    ``verb_in_head``: a verb right before the head belongs to it (实施方案) rather than ending the phrase."""
    i = head_start
    skipped = False
    while True:
        mod = head_start - i
        v = verbs.ending_at(text, i) if (mod or not verb_in_head) else None
        if v and len(v) >= 2 and text[i : i + 1] == "区" and text[i + 1 : i + 2] != "域" and mod >= 1:
            v = None  # 自然保护区, 经济开发区: the verb and 区 make a zone's noun, inside the name
        if v and mod < min_mod and skip_short_verbs and i - len(v) > 0 and text[i - len(v) - 1] not in STOP_CHARS:
            # a verb inside the name (国有企业改革深化提升行动, 未来产业发展规划): read on to the outer
            # verb; without one (坚决打好蓝天保卫战) the name is not read past the inner verb
            i -= len(v)
            skipped = True
            continue
        if v:
            return (i, "verb") if mod >= min_mod else None
        if skipped and (i == 0 or text[i - 1] in STOP_CHARS or bounds.ending_at(text, i) or mod >= limit):
            return None
        b = bounds.ending_at(text, i)
        if b in ("和", "与") and _ACTIVITY_PAIR.match(text, i - 3):
            i -= 3  # 华虹无锡集成电路研发和制造基地: two activities joined inside one name
            continue
        if b and not (len(b) == 1 and i >= 2 and _inside_word(text, i - 1)):
            return (i, "bound") if mod >= min_mod else None
        if i == 0:
            return i, "punct"
        c = text[i - 1]
        decimal = c in ".×" and i >= 2 and text[i - 2].isdigit() and text[i : i + 1].isdigit()  # 第8.6代, 2×66万千瓦
        if (c == "·" and mod and i >= 2 and is_cjk(text[i - 2]) and is_cjk(text[i])  # 昆明池·七夕公园
                or c == "/" and (text[i - 2 : i] == "吨/" and text[i : i + 1] == "年"  # 120万吨/年乙烯
                                 or text[i - 2 : i] == "瓦/" and text[i : i + 1].isdigit())):  # 200兆瓦/400兆瓦时储能电站
            i -= 1
            continue
        if c in STOP_CHARS and not decimal:
            return i, "punct"
        if not (is_cjk(c) or c.isascii() and (c.isalnum() or c in "+-") or decimal):
            return i, "punct"
        if mod >= limit:
            return None
        i -= 1


def _inside_word(text: str, k: int) -> bool:
    """Is the one-character word at ``k`` (和, 及, 与, 有) part of a common two-character word with the
    character before or after it (协和, 共和, 参与, 国有, 有色)? Then it does not open the phrase."""
    from kg.components.figures import stop_char_words

    words = stop_char_words().get(text[k], frozenset())
    return text[k - 1 : k + 1] in words or text[k : k + 2] in words


def negated(text: str, start: int, pat: Patterns, gap: int = 5) -> bool:
    """A negative verb (防止, 不搞, 反对) within ``gap`` characters before ``start``, in the same phrase."""
    for k in range(0, gap + 1):
        i = start - k
        if i <= 0 or any(c in STOP_CHARS for c in text[i:start]):
            return False
        if pat.negative.ending_at(text, i) and text[i : i + 1] not in "和及与":
            return True  # (not 汉江综合整治|和“清四乱”专项行动: a verb read as a noun, joined to the name)
    return False


def negated_list(text: str, start: int, pat: Patterns) -> bool:
    """Is the quoted term opening at ``start`` negated, or one of a list of quoted terms whose first is
    (反对任何形式的“两个中国”、“一中一台”或“一国两府”)?"""
    i = start
    for _ in range(8):
        if negated(text, i, pat):
            return True
        if i < 2 or text[i - 1] not in "、或和及与" or text[i - 2] not in CLOSE_QUOTES:
            return False
        i = max(text.rfind(q, 0, i - 2) for q in OPEN_QUOTES)
        if i < 0:
            return False
    return False


def strip_left(text: str, start: int, end: int, pat: Patterns) -> int:
    """Drop determiners and conjunctions (一批, 各项, 和) that open a phrase."""
    changed = True
    while changed and start < end:
        changed = False
        w = pat.strip_prefix.starting_at(text, start)
        if w and start + len(w) < end:
            start += len(w)
            changed = True
    return start


def specific_length(mod: str, pat: Patterns) -> int:
    """Characters of the modifier left once ordinals, counts and generic words are peeled off its start
    and one generic word of two or more characters off its end (重大水利 → 水利, 算力基础性 → 算力)."""
    prev = None
    while mod and mod != prev:
        prev = mod
        m = _ORDINAL.match(mod) or _COUNT_PREFIX.match(mod)
        if m:
            mod = mod[m.end() :]
        w = pat.generic.starting_at(mod, 0)
        if w:
            mod = mod[len(w) :]
    w = pat.generic.ending_at(mod, len(mod))
    if w and len(w) >= 2:
        mod = mod[: -len(w)]
    return len(mod)


def lookup_forms(name: str) -> list[str]:
    """Forms to try in the lexicon: as written, without 新一轮/第N批 and without a trailing 建设."""
    forms = [name]
    for rx in (r"^(?:新一轮|新时代|第[一二三四五六七八九十\d]+[次批轮届])", r"(?:建设|工作|试点)$"):
        forms += [re.sub(rx, "", f) for f in forms]
    return [f for f in dict.fromkeys(forms) if f]


# --------------------------------------------------------------------------- candidates


@dataclass
class Candidate:
    start: int
    end: int
    key: str
    rule: str
    priority: int = 1  # higher wins a tie of equal length
    core: str | None = None  # the quoted core of a “X”+head name
    attrs: dict = field(default_factory=dict)


def _quoted_chains(text: str):
    """Runs of quoted terms joined by nothing or 、: [(open, close), …] with close = index of the close quote."""
    spans = [(m.start(), m.end() - 1) for m in re.finditer(r"“[^“”\n]{1,30}”", text)]
    chains: list[list[tuple[int, int]]] = []
    for s, e in spans:
        if chains and text[chains[-1][-1][1] + 1 : s] in ("", "、"):
            chains[-1].append((s, e))
        else:
            chains.append([(s, e)])
    return chains


_AFTER_CHAIN = re.compile(r"^(?:、[^，。；、“”\n]{1,8})*等")


def quoted_candidates(text: str, pat: Patterns, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    coded = [rx for rx, _ in pat.regexes.get("coded", [])]
    numerals = set(_NUM + "双")
    from kg.components.projects import platform_spans

    apps = set(platform_spans(text))  # “粤省事”平台: a project
    for chain in _quoted_chains(text):
        first_open = chain[0][0]
        last_close = chain[-1][1]
        if negated_list(text, first_open, pat):
            continue
        # the verb before the first quote, up to 5 characters of modifier between (县域“教共体”)
        verb_before = False
        for k in range(0, 6):
            i = first_open - k
            if i <= 0:
                break
            between = text[i:first_open]
            if any(c in STOP_CHARS or c in "的是为" for c in between):
                break
            if pat.quote_verbs.ending_at(text, i):
                verb_before = True
                break
        # the head after the last quote (after an 等 that closes an enumeration)
        after = last_close + 1
        m = _AFTER_CHAIN.match(text[after : after + 40])
        shared = m is not None
        if m:
            after += m.end()
        nb = pat.quote_not_before.starting_at(text, after)
        # “蓉漂”人才: talents, no programme; “蓉漂”人才计划: a head right after the word
        # (“春雁”人才支持计划: a programme's head may come a word after it; “三类500强”企业投资项目: no)
        at = after + len(nb or "")
        vetoed = nb is not None and not pat.quoted_heads.starting_at(text, at) and not any(
            pat.quoted_heads.starting_at(text, at + k) in ("计划", "工程", "行动")
            and all(is_cjk(c) and c not in "的和与及等" for c in text[at : at + k]) for k in (1, 2))
        head_end, head = None, None
        if not vetoed:
            for k in range(0, 9):
                j = after + k
                if j > len(text):
                    break
                if k and (text[j - 1] in STOP_CHARS or text[j - 1] in "的和与等及是为在"):
                    break
                h = pat.quoted_heads.starting_at(text, j)
                if h and not any(text.startswith(nb, j + len(h)) for nb in pat.head_by_word[h].not_before):
                    head_end, head = j + len(h), pat.head_by_word[h]
        has_head = head_end is not None
        for n, (qs, qe) in enumerate(chain):
            core = text[qs + 1 : qe]
            last = n == len(chain) - 1
            if (qs + 1, qe) in apps:
                continue
            if last and n == 0 and has_head and _COUNTED_HEAD.match(text, after) and _slogan_items(core):
                # “工业强市、城镇带动、交通先行、科教兴市”四大战略: each slogan is one of the strategies counted
                k = qs + 1
                for item in core.split("、"):
                    out.append(Candidate(k, k + len(item), item, "quoted", 2))
                    k += len(item) + 1
                continue
            # (a quoted list of slogans may run longer when a head names it: “一个项目、一名领导、一个专班、
            # 一抓到底”推进机制)
            long_list = last and has_head and not head.weak and "、" in core and len(core) <= 24
            if core.endswith(("奖", "之乡", "故里")) or (len(core) > 16 and not long_list) or not core.strip():
                continue  # (“足球之乡”, “李白故里”: a title the place holds, no programme)
            if len(core) >= 3 and _PRODUCT_END.search(core) and not (last and has_head and not head.weak):
                continue  # “梅州柚”“嘉应茶”等区域公用品牌, “桂林米粉”: a product and its brand, no programme
            if _DATE_NAME.fullmatch(core) and not (has_head and text.startswith(head.head, after)):
                # “6·16”灾后水毁工程修复: the flood of that day (an event), not a programme; the
                # span holds the words after it, so that none of them is read as a name of its own
                out.append(Candidate(qs, head_end or qe + 1, strip_quotes(text[qs:head_end or qe + 1]),
                                     "quoted_date", 3))
                continue
            is_coded = any(rx.search(core) for rx in coded)
            in_lex = lex.lookup(core) is not None
            named = (pat.name_heads.ending_at(core, len(core)) is not None and len(core) >= 4) \
                or (core.endswith(_RULE_ENDS) and len(core) >= 3 and not core.startswith("第")) \
                or _place_model(core)  # “八八战略”, “劳卫制”, “海伦模式”
            if pat.quote_not_before.ending_at(core, len(core)) and not in_lex and not _place_model(core):  # “僵尸企业”
                continue
            festival = (core.endswith(("节", "日", "会")) and not in_lex and not is_coded and len(core) <= 5) or "月" in core
            if has_head and head.head == "活动" and festival:
                continue  # “青岛购物节”等活动, “壮族三月三”活动: a festival (an event), not a campaign
            slogan = last and _GUIDELINE.match(text, after) is not None and len(core) <= 6 \
                and not re.search("[、，,]|要", core)  # (“统筹兼顾、全面安排”的方针: a rule of conduct)
            if vetoed and not in_lex and not slogan:
                continue
            # 以“项目建设推进年”为抓手, 以“富民强市”为目标: the work is framed by the quoted name
            framed = n == 0 and last and text[qs - 1 : qs] == "以" and _FRAMED_BY.match(text, qe + 1) is not None
            evidence = has_head or is_coded or in_lex or named or slogan or framed
            if not evidence and verb_before:
                # a verb alone is weak evidence: not for metaphors (“硬件”, “第三极”)
                evidence = not core.startswith("第") and (len(core) >= 4 or core[0] in numerals)
            if not evidence:
                continue
            key = strip_quotes(core)
            if last and has_head and not shared:
                full = strip_quotes(text[qs:head_end])
                if head.weak:
                    out.append(Candidate(qs, head_end, key, "quoted+head", 2, core=key))
                else:
                    out.append(Candidate(qs, head_end, full, "quoted+head", 2, core=key))
                    out.extend(_quoted_items_before(text, qs))
            else:
                out.append(Candidate(qs + 1, qe, key, "quoted", 2))
    return out


#: what a quoted name after 以 is to the work (以“一改两为”为牵引, 以“三个一号工程”为总牵引, 以“富民强市”为目标);
#: not its focus or theme (以“一老一小”为重点, 以“冰雪同梦、亚洲同心”为主题), which name no programme
_FRAMED_BY = re.compile(r"为(?:总|主)?(?:抓手|牵引|目标|载体|统领|引领|总体布局)")


#: the end of a product's name, what regional brands of food and farm produce are called by (梅州柚, 安化黑茶,
#: 孝感米酒, 科尔沁牛, 郫县豆瓣, 牛庄馅饼); not 面 (“四个全面”) nor 食 (“千亿斤粮食”)
_PRODUCT_END = re.compile(r"(?:[茶米酒柚橙薯鱼牛羊猪鸡鸭鹅瓣桃梨枣橘柑莓瓜蟹虾藕笋姜菌椒蒜醋饼]|米粉|人参|美食)$")


#: a day's code (“6·16”, “7·20”): the name of a flood or a fair of that day
_DATE_NAME = re.compile(DAY_CODE)


def _place_model(core: str) -> bool:
    """Is ``core`` a model named by its place (“海伦模式”, “梨树模式”, “龙江模式”): a place's way of doing a
    thing, which others are told to follow?"""
    from kg.places import admin_table

    name = core[:-2]
    return core.endswith("模式") and 2 <= len(name) <= 4 and bool(admin_table().lookup(name) or _region_short(name))


def _region_short(name: str) -> bool:
    """A province's one- or two-character name the tables do not list as a division (龙江 for 黑龙江)."""
    from kg.components.places import find_places

    return any(h.start == 0 and h.end == len(name) for h in find_places(name, None))


#: a count of the items a quoted list names, before their shared head (…”四大战略, …”五大工程)
_COUNTED_HEAD = re.compile(r"[两二三四五六七八九十]大")


def _slogan_items(core: str) -> bool:
    """Is ``core`` a list of two to eight slogans of four characters each (工业强市、城镇带动)?"""
    items = core.split("、")
    return 2 <= len(items) <= 8 and all(len(i) == 4 and all("\u4e00" <= c <= "\u9fff" for c in i) for i in items)


#: the endings of a quoted term that name a rule or a system by itself (“劳卫制”, “河长制”, “四项紧急措施”)
_RULE_ENDS = ("制", "措施", "制度")


#: what a quoted slogan is after it (贯彻“勤俭建国”的方针, 根据“向科学进军”的号召): a programme
_GUIDELINE = re.compile(r"的(?:方针|号召|口号|总路线|路线|原则)")


#: one item of a list of quoted terms with their own verbs: “老字号”改造升级
_QUOTED_ITEM = re.compile(r"“([^“”\n]{1,8})”([\u4e00-\u9fff]{2,6})、$")


def _quoted_items_before(text: str, qs: int) -> list[Candidate]:
    """“老字号”改造升级、“原字号”深度开发、“新字号”培育壮大工程: the items before the one that carries the
    head share it; each is named by its quoted term and its own verb (老字号改造升级)."""
    out = []
    end = qs
    while True:
        m = _QUOTED_ITEM.search(text, max(0, end - 16), end)
        if m is None or m.end() != end:
            return out
        out.append(Candidate(m.start(), m.end() - 1, m.group(1) + m.group(2), "quoted+head", 2, core=m.group(1)))
        end = m.start()


def _enumeration_items(text: str, end: int, pat: Patterns) -> list[tuple[int, int]]:
    """Items A、B、C of an enumeration ending at ``end`` (exclusive), back to the opening verb."""
    items: list[tuple[int, int]] = []
    j = end
    while True:
        r = scan_left(text, j, pat, min_mod=2, limit=18)
        if r is None:
            return items[::-1]
        s, _ = r
        s = strip_left(text, s, j, pat)
        v = pat.quote_verbs.starting_at(text, s)
        if v and s + len(v) < j:  # 、建设世界一流大学和一流学科等工程
            s += len(v)
        items.append((s, j))
        if s > 0 and text[s - 1] == "、":
            j = s - 1
            continue
        return items[::-1]


_COLLECTIVE = re.compile(rf"[{_NUM}\d]+[大项个]$")
ENUMERATED_HEADS = ("计划", "工程", "行动", "战略", "专项工程", "专项行动")


def head_candidates(text: str, pat: Patterns) -> list[Candidate]:
    out: list[Candidate] = []
    heads = sorted(pat.name_heads.words, key=lambda h: (-len(h), h))
    rx = re.compile("|".join(re.escape(h) for h in heads))
    pos = 0
    while True:
        m = rx.search(text, pos)
        if not m:
            break
        hs, he = m.span()
        # a longer head starting here (行动计划 before 行动) is tried first by the regex; a head starting
        # inside this one (试验区 inside 改革试验区) is tried on the next round, overlaps are resolved later
        pos = hs + 1
        head = pat.head_by_word[m.group()]
        if any(text.startswith(nb, he) for nb in head.not_before):
            continue
        # heads extended by a tail: …改革试点, …行动计划 / 方案
        end = he
        for tail in ("试点", "试验", "计划", "方案", "纲要"):
            if text.startswith(tail, end) and not head.head.endswith(tail):
                end += len(tail)
                break
        if head.use == "goal":
            cands = _goal(text, hs, end, head, pat)
        elif head.use == "enum":  # 开展A、B等试点: only as the shared head of an enumeration
            cands = []
            if text[hs - 1 : hs] == "等":
                cands = [
                    Candidate(s, e, text[s:e], "enumeration", 1)
                    for s, e in _enumeration_items(text, hs - 1, pat)
                    if specific_length(text[s:e], pat) >= 3
                ]
        elif text[hs - 1 : hs] == "等":
            cands = []
            if head.head in ENUMERATED_HEADS:
                items = _enumeration_items(text, hs - 1, pat)
                if head.head == "工程" and any(_built_item(text[s:e]) for s, e in items):
                    items = []  # 启动综合服务中心、标准化厂房二期、沱河路等工程: buildings and a road, works
                cands = [
                    Candidate(s, e, text[s:e], "enumeration", 1)
                    for s, e in items
                    if specific_length(text[s:e], pat) >= 3
                ]
        else:
            cands = _named(text, hs, end, head, pat)
        out.extend(cands)
    return out


def _all_verbs(s: str) -> bool:
    """Is ``s`` verbs only (推进, 推出): no theme a name could have."""
    from kg.components.places import segment

    return all(f.startswith("v") for _w, f, _a, _b in segment(s))


def _named(text: str, hs: int, end: int, head: Head, pat: Patterns) -> list[Candidate]:
    # a verb right before a document head belongs to it (实施方案, 发展规划); before 改革 it opens the phrase
    r = scan_left_words(text, hs, pat.verbs, pat.bounds, min_mod=max(head.min_mod, 2), verb_in_head=head.needs_verb,
                        skip_short_verbs=not head.needs_verb)
    if r is None:
        return []
    start, opener = r
    if head.needs_verb and opener != "verb":
        return []
    opened_at = start
    start = strip_left(text, start, hs, pat)
    if text[start] == "以" and text.startswith("为", end):  # 以供给侧结构性改革为主线
        start += 1
    if "等" in text[start:hs]:  # 维和、反恐等重要行动: a class of things, not a name
        return []
    if head.head.endswith("教育") and _all_verbs(text[start:hs]):
        return []  # 巩固拓展|主题教育: the verbs that carry it on (主题教育 alone: the lexicon's)
    if text[start].isdigit() or negated(text, start, pat):  # 10项重点工程; 杜绝劣质工程
        return []
    # “A”行动和B战略 / A工程和B工程: the part after the conjunction is the name
    cands: list[Candidate] = []
    for conj in "和与及":
        k = text.rfind(conj, start, hs)
        if k > start:
            left = text[start:k]
            if left in pat.name_heads or left in pat.quoted_heads:  # “互联网+”行动和国家大数据战略
                start = k + 1
                break
            if left.endswith(head.head):  # 质量计划和利润计划, “双一流196”工程和高校…工程
                if specific_length(left[: -len(head.head)], pat) >= head.min_mod:
                    cands.append(Candidate(start, k, left, "head", 1))
                start = k + 1
                break
            lh = pat.name_heads.ending_at(left, len(left))
            if lh and not pat.head_by_word[lh].needs_verb and specific_length(left[: -len(lh)], pat) >= 3:
                # 千家企业节能行动和节能产品惠民工程: two names
                cands.append(Candidate(start, k, left, "head", 1))
                start = k + 1
                break
            right = text[k + 1 : hs]
            if head.head == "工程" and _construction_works(right + "工程"):
                start = k + 1  # 主厂房和储煤仓土建工程: the buildings of a plant and their civil works
                break
            if (specific_length(left, pat) >= 3 and specific_length(right, pat) >= max(head.min_mod, 2)
                    and not any(c in left for c in "和与及")):
                # 农家书屋和农村电影放映工程, 黄河小浪底水利枢纽和南水北调工程: two things, the head is
                # the second one's; the first stands as written unless it is a facility (kg_projects)
                if not pat.infrastructure.ending_at(left, len(left)) and not pat.facility.ending_at(left, len(left)):
                    cands.append(Candidate(start, k, left, "head", 1))
                start = k + 1
                break
    # 一带一路建设、京津冀协同发展、长江经济带发展三大战略: a collective name and its items
    mc = _COLLECTIVE.search(text, start, hs)
    if mc and mc.end() == hs and head.head in ENUMERATED_HEADS:
        item_end = mc.start()
        if head.head == "工程" and item_end > start and (_construction_works(text[start:item_end] + "工程")
                                                         or re.search("[厂矿窑楼堤渠坝闸]|车间|水库", text[start:item_end])):
            return []  # …制粉楼扩建和市砖瓦厂轮窑三项工程, …引水渠和…防洪围堤三项工程: works counted, which the
            # projects component reads
        listed = start > 0 and text[start - 1] == "、"
        # 幸福美好生活十大工程, 碳达峰十大行动: a theme before the count is part of the name
        named = (not listed and item_end > start and specific_length(text[start:item_end], pat) >= 2
                 and not _all_verbs(text[start:item_end]))
        first = start if named else mc.start()
        cands.append(Candidate(first, end, text[first:end], "collective", 1))
        if listed:  # the items are an enumeration, not a modifier
            if item_end > start and specific_length(text[start:item_end], pat) >= 3:
                cands.append(Candidate(start, item_end, text[start:item_end], "enumeration", 1))
            cands += _shared_head_items(text, start - 1, pat)
        return cands
    mod = text[start:hs]
    if specific_length(mod, pat) < head.min_mod:
        return []
    if head.head == "工程" and any(w in re.split("[和与及]", mod)[-1] for w in pat.infrastructure.words):
        return []  # 南湾水库工程, 宁波舟山港重大集疏运工程: a project
    k = mod.rfind("和")
    if k >= 0 and specific_length(mod[k + 1 :], pat) < 2:  # 基础设施和民生工程: generic after 和
        return []
    if head.use == "zone":
        right = text[end : end + 2] == "建设"
        left = text[max(0, opened_at - 2) : opened_at] in ("争创", "创建", "申建", "设立")
        if not (right or left) or _starts_with_place(mod, pat):
            return []
    words = _SHORT_ITEMS.search(text, max(0, start - 16), start) if start > 0 and text[start - 1] == "、" else None
    if words is not None and (pat.verbs.ending_at(text, words.start()) or words.start() == 0 or text[words.start() - 1] in "，。；：\n") \
            and not any(_place_prefix_len(w, pat) or w[-1] in "山门湖河江岛湾村镇乡县区市省" for w in words.group().split("、") if w):
        # (南山、北山绿化工程, 南门、彩香工人新村…工程: works at places, each its own)
        start = words.start()  # 打好|蓝天、碧水、碧海、净土保卫战, 推进|玉米、大豆单产提升工程: one name over a list of words
    cands.append(Candidate(start, end, text[start:end], "head", 1))
    # A、B、C工程: items before the named one share its head
    if start > 0 and text[start - 1] == "、":
        cands += _shared_head_items(text, start - 1, pat)
    return cands


#: a list of single words before a named head (蓝天、碧水、碧海、|净土保卫战; 大气、水、|土壤污染防治攻坚行动): the
#: words share the head and the name, written once
_SHORT_ITEMS = re.compile(r"(?:[\u4e00-\u9fff]{1,2}、)+$")


def _shared_head_items(text: str, end: int, pat: Patterns) -> list[Candidate]:
    out = []
    for s, e in _enumeration_items(text, end, pat):
        item = text[s:e]
        place = _place_prefix_len(item, pat)
        if specific_length(item, pat) >= 3 and not pat.name_heads.ending_at(text, e) and len(item) - place > 3:
            out.append(Candidate(s, e, text[s:e], "enumeration", 1))
    return out


def _place_prefix_len(mod: str, pat: Patterns) -> int:
    """Length of the place name ``mod`` starts with (长江上游 → 2), 0 when it does not start with one."""
    w = pat.place_prefix.starting_at(mod, 0)
    if w:
        return len(w)
    from kg.places import admin_table

    table = admin_table()
    for n in (3, 2):
        if len(mod) > n and table.lookup(mod[:n]):
            return n
    return 0


def _starts_with_place(mod: str, pat: Patterns) -> bool:
    """长三角生态绿色一体化发展示范区, 浦东…先行区: a zone named after a place is a place."""
    return _place_prefix_len(mod, pat) > 0


def _goal(text: str, hs: int, end: int, head: Head, pat: Patterns) -> list[Candidate]:
    """教育强省, 现代服务业强省, 高能级开放强省 → 开放强省."""
    if text[hs - 1 : hs] in ("加", "增", "富", "坚", "顽", "自"):  # 加强省…, 增强…
        return []
    r = scan_left(text, hs, pat, min_mod=2, limit=6, verbs=pat.quote_verbs)
    if r is None:
        return []
    start = strip_left(text, r[0], hs, pat)
    for pre in ("更高水平", "高水平", "高能级", "高质量"):
        if text.startswith(pre, start) and hs - start - len(pre) >= 2:
            start += len(pre)
            break
    if not (2 <= hs - start <= 5) or specific_length(text[start:hs], pat) < 1:
        return []
    return [Candidate(start, end, text[start:end], "goal", 1)]


#: first characters of …长制 words that are no chief-officer mechanisms (家长制, 首长制)
_NOT_CHIEFS = frozenset("家首校院所部局厅处科班组师社团队船机")

#: themes of the provincial and city brands written without 建设 (平安西安、法治西安, 健康中国)
_BRAND_THEMES = frozenset({"平安", "法治", "健康", "美丽", "数字", "幸福", "文明", "诚信", "智慧", "清廉", "书香", "绿色", "创新", "开放"})


def brand_candidates(text: str, pat: Patterns, regions: tuple[str, ...]) -> list[Candidate]:
    """平安浙江法治浙江建设, 健康中国建设: two-character theme + region, before 建设."""
    out: list[Candidate] = []
    reg = "|".join(re.escape(r) for r in regions)
    rx = re.compile(rf"((?:[\u4e00-\u9fff]{{2}}(?:{reg}))+)(?:建设(?!银行)|(?=[、”和，。；]))")
    unit = re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{reg})")
    for m in rx.finditer(text):
        pos = m.start(1)
        for u in unit.finditer(m.group(1)):
            theme = u.group()[:2]
            if theme in pat.verbs or theme in pat.quote_verbs or theme in pat.generic or theme in pat.bounds:
                continue
            if any(c in "在要的是和把将对从向为了" for c in theme):  # 要在中国建设…: no theme
                continue
            if not m.group().endswith("建设") and theme not in _BRAND_THEMES:
                continue  # without 建设 only the usual themes: 平安湖北、法治湖北
            at = pos + u.start()
            if not word_boundary(text, at, *clause_bounds(text, at, at)):
                continue  # 现代|化新衡阳建设: the theme begins inside a word (现代化新衡阳: no brand)
            out.append(Candidate(pos + u.start(), pos + u.end(), u.group(), "brand", 1))
    return out


_CN_ORD = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _cn_small(s: str) -> int | None:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_ORD.get(s[1:], 0) if len(s) == 2 else None
    if s.endswith("十") and len(s) == 2:
        return _CN_ORD[s[0]] * 10
    if len(s) == 3 and s[1] == "十":
        return _CN_ORD[s[0]] * 10 + _CN_ORD[s[2]]
    return _CN_ORD.get(s)


def _cn_num(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


#: N条 after these counts things, not measures: 新开加密集装箱航线22条, 首批40条授权事项, 航线增至120条,
#: 乡村振兴示范带18条, 挖排水沟渠86条, 航线恢复至77条
_COUNTED = re.compile(r"(?:开通|新开|新增|增至|达到|累计|超过|新建|建成|加密|开行|首批|第[一二三四五六七八九十\d]+批)|[线路河列道带渠沟街巷廊至]$")


def pattern_candidates(text: str, pat: Patterns) -> list[Candidate]:
    out: list[Candidate] = []
    for rx, d in pat.regexes.get("fyp", []):
        for m in rx.finditer(text):
            g = m.groupdict()
            h = g.get("h") or d.get("default_head", "规划")
            if g.get("n"):
                key = f"{g['n']}{h}"
            else:
                n = _cn_small(g.get("ord") or "")
                if n is None:
                    continue
                key = f"{_cn_num(n)}五{h}"
            s = m.start() + 1 if text[m.start()] in OPEN_QUOTES and not g.get("h") else m.start()
            e = m.end() - 1 if not g.get("h") and text[m.end() - 1] in CLOSE_QUOTES else m.end()
            out.append(Candidate(s, e, key, "fyp", 3))
    for rx, d in pat.regexes.get("stance", []):
        for m in rx.finditer(text):  # 更加积极的财政政策 → 积极的财政政策 (the stance, not its degree)
            out.append(Candidate(m.start(), m.end(), f"{m.group('adj')}的{m.group('dom')}政策", "stance", 3))
    for kind in ("campaign", "area_plan", "pairing"):
        for rx, d in pat.regexes.get(kind, []):
            for m in rx.finditer(text):
                key = m.groupdict().get("key") or m.group("name")  # (国家|乌蒙山片区…规划: the plan's key without 国家)
                out.append(Candidate(m.start("name"), m.end("name"), key, kind, 3))
    for rx, d in pat.regexes.get("chief", []):
        for m in rx.finditer(text):
            s, e = m.start("name"), m.end("name")
            if text[s] in _NOT_CHIEFS:
                continue  # 家长制, 首长制
            if s > 0 and is_cjk(text[s - 1]) and text[s - 1] not in "的和与及在是行立好化、":
                from kg.components.places import segment

                lo = max(0, s - 6)
                words = [(a + lo, b + lo) for _w, _f, a, b in segment(text[lo:e])]
                if not any(a < s - 1 and b == s for a, b in words):  # 河湖长制, not 推行林长制
                    s -= 1
            out.append(Candidate(s, e, text[s:e], "chief", 3))
    for rx, d in pat.regexes.get("campaign_year", []):
        for m in rx.finditer(text):
            e = m.end("name")
            r = scan_left(text, e, pat, min_mod=2, limit=12)
            if r is None:
                continue
            start = strip_left(text, r[0], e, pat)
            if e - start - 3 >= 2:  # 营商环境突破年: a theme before the year word
                out.append(Candidate(start, e, text[start:e], "campaign_year", 2))
    for rx, d in pat.regexes.get("package", []):
        for m in rx.finditer(text):
            if m.group().startswith("一揽子"):  # the package itself is the name (实施|一揽子计划)
                out.append(Candidate(m.start(), m.end(), m.group(), "package", 2))
                continue
            if text[m.start() - 1 : m.start()] == "“" and text[m.end() : m.end() + 1] == "”":
                out.append(Candidate(m.start(), m.end(), m.group(), "package", 2))  # 优化营商环境“55条”
                continue
            if not m.group("h") and is_cjk(text[m.end() : m.end() + 1] or "。") and text[m.end()] not in "等和及与":
                continue  # 做强12条重点产业链, 产业链10条以上: things counted, no package
            r = scan_left(text, m.start(), pat, min_mod=2, limit=10)
            if r is None:
                continue
            start = strip_left(text, r[0], m.start(), pat)
            if m.start() - start < 2 or _COUNTED.search(text[start : m.start()]):
                continue
            out.append(Candidate(start, m.end(), text[start : m.end()], "package", 2))
    for rx, d in pat.regexes.get("version", []):
        for m in rx.finditer(text):
            r = scan_left(text, m.start(), pat, min_mod=2, limit=14)
            if r is None:
                continue
            start = strip_left(text, r[0], m.start(), pat)
            if start > 1 and text[start - 1] in "—－-":  # 中国—东盟自贸区3.0版
                r = scan_left(text, start - 1, pat, min_mod=2, limit=8)
                start = strip_left(text, r[0], start - 1, pat) if r else start
            if _all_verbs(text[start : m.start()]):
                continue  # 推出|3.0版方案: no theme
            if m.start() - start >= 2:  # the theme of the package: 营商环境|7.0版改革
                out.append(Candidate(start, m.end(), text[start : m.end()], "version", 2))
    out += _integrations(text)
    tails = [rx for rx, _ in pat.regexes.get("book_title", [])]
    for m in re.finditer(r"《([^《》\n]{4,40})》", text):
        title = m.group(1)
        if any(rx.search(title) for rx in tails):
            out.append(Candidate(m.start(1), m.end(1), strip_quotes(title), "book_title", 3))
    return out


_INTEGRATION = re.compile(r"(?:全域)?(?:一体化|同城化)(?:发展)?")


def _integrations(text: str) -> list[Candidate]:
    """Integration of places named by their initials: 成德眉资同城化, 北钦防一体化, 沪苏同城化 (a run of
    two to five initials of cities and provinces, one of a county at most, standing as a word of its
    own: not 城乡一体化 or 通关一体化, common words, nor 水风光一体化)."""
    from kg.components.places import _NOT_INITIALS, _counties_by_initial, segment, word_freq
    from kg.components.projects import _initial_chars

    cities = _initial_chars()
    chars = cities | set(_counties_by_initial())
    out = []
    for m in _INTEGRATION.finditer(text):
        s = m.start()
        while s > 0 and m.start() - s < 5 and text[s - 1] in chars:
            s -= 1
        lo = max(0, s - 6)
        words = {a + lo: (w, f) for w, f, a, _b in segment(text[lo : m.start()])}
        bounds = set(words)
        for k in range(s, m.start() - 1):
            run = text[k : m.start()]
            at_bound = k in bounds or text[k - 1] in "和与及"  # 建设和北钦防: the tagger glues 和 on
            if not at_bound or run[0] in "和与及" or all(c in _NOT_INITIALS for c in run):
                continue
            w, _f = words.get(k, ("", ""))
            if len(w) >= 2 and word_freq(w) >= 200:
                continue  # 深化|广清一体化: a common word (a verb) opens the phrase
            if sum(c in cities for c in run) < len(run) - 1:
                continue  # a county's initial at most once (遂潼: 遂宁, 潼南), not 水风光
            if word_freq(run) >= 20:
                break  # 城乡一体化, 通关一体化: common words
            out.append(Candidate(k, m.end(), text[k : m.end()], "integration", 2))
            break
    return out


def lexicon_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    found = [Candidate(s, e, entry.name, "lexicon", 4) for s, e, entry in lex.find(text) if entry.type == LABEL]
    return found + _elided_known(text, lex, found)


#: the items of a list before a known programme whose head they share (蓝天、碧水、|净土保卫战)
_ELIDED_ITEMS = re.compile(r"(?:[\u4e00-\u9fff]{2}、)+$")


def _elided_known(text: str, lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    """Known programmes named only by the first words of a list whose last item carries the shared head
    (打好蓝天、碧水、净土保卫战: 蓝天保卫战 and 碧水保卫战, each named by its own word): an item is read only
    when the lexicon knows it with that head."""
    out = []
    for c in found:
        entry = lex.lookup(c.key)
        if entry is None or len(c.key) < 4:
            continue
        m = _ELIDED_ITEMS.search(text, max(0, c.start - 15), c.start)
        if m is None:
            continue
        word = strip_quotes(text[c.start : c.end])
        items = m.group().rstrip("、").split("、")
        for k in range(2, len(word) - 1):  # the shared head: what follows the item's own word (净土|保卫战)
            head = word[k:]
            known = [lex.lookup(it + head) for it in items]
            if all(e is not None and e.type == LABEL for e in known):
                pos = m.start()
                for it, e in zip(items, known):
                    out.append(Candidate(pos, pos + len(it), e.name, "lexicon", 4))
                    pos += len(it) + 1
                break
    return out


@lru_cache(maxsize=1)
def _project_lexicon() -> Lexicon:
    return load_lexicon(DATA_DIR / "projects.jsonl", "Project")


def _part_of_known_project(key: str, projects: Lexicon) -> bool:
    """西气东输二线西段工程, 南水北调中线工程: the name of a known project and a part of it."""
    for s, e, _entry in projects.find(key):
        return s == 0 and e - s >= 3
    return False


@lru_cache(maxsize=1)
def _organization_forms() -> frozenset[str]:
    """Every name and alias of the organisation lexicon (kg_organizations reads them)."""
    from kg.components.orgs_events import org_lexicon

    return frozenset(strip_quotes(f) for e in org_lexicon() for f in (e.name, *e.aliases))


@lru_cache(maxsize=1)
def _regions() -> tuple[str, ...]:
    from kg.places import admin_table

    names = {"中国"} | {d.short for d in admin_table() if d.level in ("province", "city") and len(d.short) >= 2}
    return tuple(sorted(names, key=lambda s: (-len(s), s)))


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then higher priority, then earliest; drop any candidate overlapping a kept one."""
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start, c.key)):
        if c.end <= c.start:
            continue
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        kept.append(c)
        taken.append((c.start, c.end))
    return sorted(kept, key=lambda c: (c.start, c.end))


def fyp_key(core: str, pat: Patterns) -> str | None:
    """“十四五” → 十四五规划, “九五” → 九五计划 (the five-year plan a quoted number names)."""
    for rx, d in pat.regexes.get("fyp", []):
        m = rx.fullmatch(f"“{core}”")
        if m and m.groupdict().get("n"):
            return f"{m.group('n')}{d.get('default_head', '规划')}"
    return None


#: what construction works are made of, besides the projects' facility types (铁路专用线和给水工程)
_WORKS_WORDS = ("给水", "排水", "下水道", "自来水", "蓄滞洪", "专用线", "剥离", "场地平整",
                # the steps of building (混凝土浇筑工程, 井下开拓工程, 路拓宽工程, 改线和整治工程, 施工准备工程)
                "浇筑", "开拓", "拓宽", "改线", "筑路", "提水", "施工准备", "站前", "航站区",
                # the civil works of a plant's buildings (储煤仓土建工程; 主厂房和…土建工程)
                "土建",
                # works on rivers, irrigation districts and trunk roads (奎河清淤工程, 灌区续建配套与节水改造工程, 国省干线改造工程)
                "清淤", "灌区", "干线改造",
                # the parts of a works (浑江护岸工程, 东郊雨水排放工程, 市区防汛排涝工程, 沉淀池工程, 货场和编组线扩建工程,
                # 井筒和井底车场工程, 通风系统改造工程, 飞行区道面工程, 主要厂房基础工程, 扩建选矿车间工程)
                "护岸", "雨水", "排涝", "沉淀池", "编组", "货场", "井筒", "车场", "通风", "道面", "厂房", "车间",
                # a hall's exhibitions renewed (凉州会谈纪念馆展陈提升工程, 市博物馆新馆陈列提升工程)
                "展陈", "陈列")


def _names_a_facility(key: str) -> bool:
    """Does ``key`` name a facility (a road, a line, a plant; a road by its number: G202国道)?"""
    from kg.components.projects import _ROAD, project_patterns

    return any(w in key for w in project_patterns().facility.words if len(w) >= 2) or bool(_ROAD.search(key))


#: a listed item's ending that makes it a thing built: a road, a bridge, a sluice, a hall, a shed, a phase
_BUILT_END = re.compile(r"(?:路|街|大道|桥|闸|馆|厂房|中心|[一二三四五六七八九十]期)$")


def _built_item(item: str) -> bool:
    """Is a listed ``item`` of a …等工程 a thing built (沱河路, 标准化厂房二期, 综合服务中心), so that the list
    is of works, not of programmes?"""
    return _BUILT_END.search(item) is not None or _names_a_facility(item) or _construction_works(item + "工程")


def _is_transfer(key: str) -> bool:
    """Is ``key`` an energy transfer between two provinces (宁电入湘, 甘电入浙工程)?"""
    from kg.components.projects import _TRANSFER

    return _TRANSFER.fullmatch(key) is not None


def _place_pair(text: str, c: Candidate) -> bool:
    """Is ``c`` two places joined by a dash and quoted alone (“梧州—广州”“梧州—深圳”等), a pairing, no
    programme? (Before a name, “郑州—卢森堡”空中丝绸之路, it opens one.)"""
    from kg.components.projects import _is_place

    parts = re.split("[—－-]", strip_quotes(c.key))
    e = c.end + 1 if text[c.end : c.end + 1] == "”" else c.end
    after = text[e : e + 1]
    return len(parts) == 2 and all(_is_place(p) for p in parts) and not (is_cjk(after) and after not in "等和及与")


#: works counted or ranked, not one named thing: 三大工程, 炭素厂两个工程, 一九五五年各项工程, 控制性工程, 选矿厂主要
#: 工程; or a clause read into the name (我市国家重点工程, 在治理淮河工程, 随着国家重点工程); neither a programme
#: nor a project (幸福美好生活十大工程 is a programme: its count follows a name)
WORKS_CLASS = re.compile(r"(?:^[两三四五六七八九十]大|[两三四五六七八九十]个|各项?|主要|骨干|控制性|重点)工程$"
                         r"|^(?:我[市省部区县]|由我|在治理|对国家|随着|地方工业要|商业部门要)")


#: a facility's main works (市体育中心|主体); not the market's or firms' players (市场主体, 经营主体), nor a
#: road section's (…天津段主体: the road's works)
_MAIN_WORKS = re.compile(r"[\u4e00-\u9fff]{3}(?<!市场|经营|创新|责任)(?<!段)主体$")


def _construction_works(key: str) -> bool:
    """A …工程 whose modifier names a facility (铁路, 水库, 炼油厂, 大堤) or works on one (排水, 给水):
    construction, which the projects component reads, not a programme."""
    from kg.components.projects import (RIVER_BASIN, _CAPACITY_WORDS, _ROAD, _WATER_TRANSFER, _works_name,
                                        _works_on_facility, project_patterns)

    if _ROAD.fullmatch(key):
        return True  # 国道112线宣化至怀来段改建工程: a numbered road's section
    if not key.endswith("工程") or key.startswith("“"):
        return False
    mod = strip_quotes(key)[:-2]
    pp = project_patterns()
    return (any(w in mod for w in _WORKS_WORDS) or _names_a_facility(mod) or _works_name(mod, pp)
            or _works_on_facility(mod, pp)  # 市妇幼保健院迁建工程: works on one named facility
            or _MAIN_WORKS.search(mod) is not None  # 市体育中心主体工程: a facility's main works
            or RIVER_BASIN.match(mod) is not None  # 石羊河流域…修复工程: works in one river's basin
            or _WATER_TRANSFER.fullmatch(mod) is not None  # 引大济岷工程
            or _PHASE.search(mod) is not None  # 中心城区水系连通一期工程, 扩建第二期工程: one works' phase
            or re.search(_CAPACITY_WORDS + "|" + _CAPACITY_IN_WORDS, mod) is not None)
    # (百万吨级二氧化碳捕集利用与封存示范工程, 30万吨级航道: a plant's or a channel's size; a programme has none)


#: a size in Chinese numerals (百万吨级), beside the figures the projects component reads (30万吨, 2×66万千瓦)
_CAPACITY_IN_WORDS = r"[一二三四五六七八九十百千]+万?(?:吨|千瓦|兆瓦)"
#: a phase in a works' name (…一期工程, …第二期扩建工程): a programme has no phases
_PHASE = re.compile(r"(?:[一二三四五六七八九十首]|第[一二三四五六七八九十])期")


#: a status that only works take, right after a name or after the list it ends (丰利石化技改工程加快建设,
#: 嵊泗海底电缆工程建成投运, 槐荫公园提档升级、…改造工程完工): the name is a project's, not a programme's (the
#: projects component reads a …工程 so placed as one works, kg.components.projects.works_status_candidates)
WORKS_STATUS_NEXT = (r"(?:、[^，。；、\n]{2,24}){0,4}?(?:等(?:项目|工程))?"
                     r"(?:开工建设|新开工|动工|加快建设|建成投运|建成投产|建成开馆|建成通车|竣工|投产|投运|投入运营"
                     r"|通车|并网发电|全线贯通|建成使用|投入使用|建成投用|开通运营|建成开放|开放运行|完工|完成投资)")
_BUILT_NEXT = re.compile(WORKS_STATUS_NEXT)


#: a name followed by the firms it ranks (专精特新“小巨人”企业, “专精特新”中小企业): the firms so ranked are
#: counted, the programme is not mentioned
_FIRMS_NEXT = re.compile(r"”?(?:“[^“”\n]{1,6}”)?(?:中小)?企业(?!家)")


#: a count of dwellings or floor space right after a name (…改造6800户, …改造1.2万套, …改造60万平方米)
_WORKS_COUNTED_NEXT = re.compile(r"住房?[\d.]+万?(?:户|套|间)|[\d.]+万?(?:户|套|间|平方米)")


def find_programmes(text: str) -> list[Candidate]:
    """Programme candidates of a text, overlaps resolved, keys and lexicon attributes set."""
    pat, lex = patterns(), lexicon()
    cands = (
        lexicon_candidates(text, lex)
        + pattern_candidates(text, pat)
        + quoted_candidates(text, pat, lex)
        + head_candidates(text, pat)
        + brand_candidates(text, pat, _regions())
    )
    projects = _project_lexicon()
    kept = [
        c for c in resolve_overlaps(cands)
        if (c.core or c.key) not in pat.not_programme and projects.lookup(c.key) is None  # 南水北调工程: a project
        and not _part_of_known_project(c.key, projects)  # 西气东输二线西段工程: a part of one
        and strip_quotes(c.key) not in _organization_forms()  # 上海合作组织: a body, not a programme
        and not _construction_works(c.core or c.key)  # 四湖排水工程, 炼油厂扩建工程: works, not a programme
        and not (c.rule == "head" and text.startswith("与", c.end) and _construction_works((c.core or c.key) + "工程"))
        # (大中型灌区续建配套|与节水改造工程: the first of two works sharing the head)
        and not (WORKS_CLASS.search(c.core or c.key) and not c.rule.startswith("quoted"))  # 三大工程, 我市国家重点工程
        # (works counted, or a clause read into the name; a quoted “十大工程” is a programme's name)
        and len(c.core or c.key) >= 2
        and not (c.rule == "enumeration" and _names_a_facility(c.key))  # 实施G3京台高速…、…等工程
        and not (c.key.endswith("规划") and text.startswith("选址", c.end) and _names_a_facility(c.key[:-2]))
        # (启动防城港通用机场规划选址工作: the siting of an airport, a project planned)
        and not _is_transfer(c.core or c.key)  # “宁电入湘”工程: a power line, the projects component's
        and not _place_pair(text, c)  # “梧州—广州”“梧州—深圳”等专题招商推介: two places, no programme
        and not (c.rule == "quoted" and quoted_named_place(c.key))  # “三河三湖”: a curated place, quoted
        and c.rule != "quoted_date"  # “6·16”灾后水毁工程: a flood's day, held only to keep 灾后水毁工程 unread
        and not (c.rule in ("head", "enumeration") and _BUILT_NEXT.match(text, c.end))  # …技改工程加快建设: works
        and not _FIRMS_NEXT.match(text, c.end) and not text[c.start : c.end].endswith("企业")
        # (专精特新“小巨人”企业86家, “专精特新”中小企业45家: a rank of firms counted, not the programme)
        and not (c.rule == "lexicon" and _WORKS_COUNTED_NEXT.match(text, c.end))
        # (完成农村危房改造6800户, 棚户区改造60万平方米: the works done, counted, not the programme named)
    ]
    for c in kept:
        if c.rule.startswith("quoted"):
            k = fyp_key(c.core or c.key, pat)
            # “十四五”, “十四五”规划 → 十四五规划; not “七五”普法规划 (a plan of its own)
            if k and (c.rule == "quoted" or re.fullmatch(r"(?:规划|计划)?(?:纲要)?", c.key[len(c.core or ""):] or "")):
                c.key, c.core = k, None
    for c in kept:
        if c.key.startswith("以") and lex.lookup(c.key[1:]) is not None:  # 以供给侧结构性改革提高…
            c.start, c.key = c.start + 1, c.key[1:]
    bare = {c.key for c in kept if c.rule == "quoted"}
    for c in kept:
        if c.core and c.core in bare:
            c.key = c.core  # “两重”项目 and “两重”: one programme
        entry = None
        for form in lookup_forms(c.key) + ([c.core] if c.core else []):
            entry = lex.lookup(form)
            if entry is not None:
                break
        if entry is not None and entry.type == LABEL:
            c.key = entry.name
            c.attrs = {"canonical": entry.name, "english": entry.english, "scope": entry.scope, "rule": c.rule}
        else:
            # the name as it is cited (“凤凰行动”计划 → 凤凰行动); the text as written stays an alias
            c.attrs = {"canonical": c.core or c.key, "rule": c.rule}
    return kept


class ProgrammeRecognizer:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        patterns()
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        for c in find_programmes(doc_text(doc)):
            add_mention(doc, c.start, c.end, LABEL, c.key, **c.attrs)
        return doc


@Language.factory("kg_programmes")
def make_programmes(nlp: Language, name: str) -> ProgrammeRecognizer:
    return ProgrammeRecognizer(nlp, name)
