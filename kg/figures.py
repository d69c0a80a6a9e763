"""Figures as Chinese government work reports write them: numbers, units, qualifiers, measure types.

Pure parsing, no spaCy and no graph. What the words mean is data:

- ``kg/data/units.jsonl``: every unit with its kind (money, count, physical, percent, …), base unit
  and magnitude (万亿元 = 万亿 × 元 → 10^12 元), and what may not follow it (人 is no unit in 人口);
- ``kg/patterns/figures.jsonl``: the words around a figure: change verbs (增长 → growth, 下降 →
  decline, 提高到 → a level), bounds (左右 → about, 以上 → at_least, 以内 → at_most), leading control
  words (力争, 确保), indicator head words (…率 → share, …强度 → ratio).

:func:`scan` finds the figures of a text (a number with a unit, a range, a fraction, a rate per
population), leaving out what only looks like one: ordinals (第六届), dates (9月26日, 2025年),
anniversaries (20周年), ages (60岁以上), codes and names (415X, 8+4, 5A级, PM2.5, 500强, anything in
quotation marks or book-title marks). :func:`parse_number` reads one number (3.9, 两千, 三分之一, 1.5万).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError

DATA = Path(__file__).resolve().parent / "data" / "units.jsonl"
PATTERNS = Path(__file__).resolve().parent / "patterns" / "figures.jsonl"

MEASURES = ("level", "growth", "decline", "share", "count", "ratio")
QUALIFIERS = ("about", "at_least", "at_most", "exact")


class FigureError(KgError, ValueError):
    """A string is not a number or unit that a report would write."""


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Unit:
    unit: str  # as written, NFKC (万套(间), 分/千瓦时, %)
    kind: str  # magnitude, money, count, physical, price, percent, permille, points, times, none
    base: str  # the unit of the normalised value ("" when there is none)
    magnitude: Decimal  # normalised value = value × magnitude

    @property
    def normalizable(self) -> bool:
        return self.kind in ("magnitude", "money", "count", "physical", "price")


NO_UNIT = Unit("", "none", "", Decimal(1))


@dataclass(frozen=True)
class _UnitEntry:
    unit: str
    kind: str
    base: str
    magnitude: Decimal
    prefixes: bool
    not_before: tuple[str, ...]


def _read_jsonl(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as e:
        raise KgError(f"{path}: cannot read ({e})") from None


@lru_cache(maxsize=1)
def unit_table() -> dict[str, _UnitEntry]:
    table: dict[str, _UnitEntry] = {}
    for d in _read_jsonl(DATA):
        u = unicodedata.normalize("NFKC", d["unit"])
        table[u] = _UnitEntry(u, d["kind"], d.get("base", ""), Decimal(d.get("magnitude", "1")),
                              bool(d.get("prefixes")), tuple(d.get("not_before", ())))
    return table


def _prefixes() -> list[_UnitEntry]:
    return sorted((e for e in unit_table().values() if e.kind == "magnitude"), key=lambda e: -len(e.unit))


def unit_info(unit: str) -> Unit:
    """What a unit as written means: ``unit_info("万亿元")`` → magnitude 10^12, base 元."""
    u = unicodedata.normalize("NFKC", unit or "")
    if not u:
        return NO_UNIT
    table = unit_table()
    if u in table:
        e = table[u]
        return Unit(u, e.kind, e.base, e.magnitude)
    for p in _prefixes():
        rest = u[len(p.unit):]
        if u.startswith(p.unit) and rest in table and table[rest].prefixes:
            e = table[rest]
            return Unit(u, e.kind, e.base, e.magnitude * p.magnitude)
    if "/" in u:  # a rate per population: 台/10万人
        return Unit(u, "rate", "", Decimal(1))
    raise FigureError(f"unknown unit {unit!r}")


def normalize(value: Decimal, unit: str) -> tuple[Decimal, str] | None:
    """(value in base units, base unit) where the unit is a magnitude: 3.9 万亿元 → (3.9E12, 元)."""
    try:
        info = unit_info(unit)
    except FigureError:
        return None
    if not info.normalizable:
        return None
    return _plain(value * info.magnitude), info.base


def _plain(d: Decimal) -> Decimal:
    """A decimal without exponent (3.9E+12 → 3900000000000), trailing zeros of fractions removed."""
    d = d.normalize()
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d


@dataclass(frozen=True)
class Cue:
    text: str
    role: str
    qualifier: str | None = None


@dataclass(frozen=True)
class Patterns:
    cues: dict[str, tuple[Cue, ...]]  # trailing cues by text
    cue_regexes: tuple[tuple[re.Pattern, Cue], ...]
    leads: dict[str, dict]  # leading word -> {"kind": …, "qualifier": …}
    post: dict[str, str]  # word after a figure -> qualifier
    approx: dict[str, str]  # 多/余 -> qualifier
    target_after: tuple[str, ...]
    decline_verbs: tuple[str, ...]
    words: tuple[tuple[str, str], ...]  # (indicator head word, measure), longest first
    unitless: tuple[str, ...]
    right_stops: tuple[str, ...]
    ranking: tuple[re.Pattern, ...]
    lead_regexes: tuple[tuple[re.Pattern, dict], ...] = ()
    compare: tuple[re.Pattern, ...] = ()  # 比上年 before a change verb, anchored at the end
    from_inner: tuple[re.Pattern, ...] = ()  # 从月销售额 before the earlier value, anchored at the end


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    cues: dict[str, list[Cue]] = {}
    cue_res: list[tuple[re.Pattern, Cue]] = []
    leads: dict[str, dict] = {}
    post: dict[str, str] = {}
    approx: dict[str, str] = {}
    target_after: list[str] = []
    decline: list[str] = []
    words: list[tuple[str, str]] = []
    unitless: list[str] = []
    stops: list[str] = []
    ranking: list[re.Pattern] = []
    lead_res: list[tuple[re.Pattern, dict]] = []
    compare: list[re.Pattern] = []
    from_inner: list[re.Pattern] = []
    for d in _read_jsonl(PATTERNS):
        t = d.get("type")
        if t == "cue":
            cue = Cue(d.get("text", ""), d["role"], d.get("qualifier"))
            if "regex" in d:
                cue_res.append((re.compile("(?:" + d["regex"] + r")$"), cue))
            else:
                cues.setdefault(cue.text, []).append(cue)
        elif t == "lead" and "regex" in d:
            lead_res.append((re.compile(d["regex"]), {k: d[k] for k in ("kind", "qualifier") if k in d}))
        elif t == "lead":
            leads[d["text"]] = {k: d[k] for k in ("kind", "qualifier", "single") if k in d}
        elif t == "compare":
            compare.append(re.compile("(?:" + d["regex"] + ")$"))
        elif t == "from_inner":
            from_inner.append(re.compile("(?:" + d["regex"] + ")$"))
        elif t == "post":
            post[d["text"]] = d["qualifier"]
        elif t == "approx":
            approx[d["text"]] = d["qualifier"]
        elif t == "target_after":
            target_after.append(d["text"])
        elif t == "decline_verb":
            decline.append(d["text"])
        elif t == "word":
            words.append((d["text"], d["measure"]))
        elif t == "unitless":
            unitless.append(d["text"])
        elif t == "right_stop":
            stops.append(d["text"])
        elif t == "ranking":
            ranking.append(re.compile(d["regex"]))
    return Patterns(
        {k: tuple(v) for k, v in cues.items()},
        tuple(cue_res),
        leads,
        post,
        approx,
        tuple(sorted(target_after, key=len, reverse=True)),
        tuple(decline),
        tuple(sorted(words, key=lambda w: -len(w[0]))),
        tuple(unitless),
        tuple(sorted(stops, key=len, reverse=True)),
        tuple(ranking),
        tuple(lead_res),
        tuple(compare),
        tuple(from_inner),
    )


# --------------------------------------------------------------------------- numbers

CN_DIGIT = "零〇一二两三四五六七八九"
CN_NUM = "零〇一二两三四五六七八九十百千万亿点"


def parse_number(text: str) -> Decimal:
    """A number as written: ``3.9``, ``1,000``, ``两千``, ``十五``, ``一万``, ``八点五``, ``1.5万``,
    ``三分之一`` (→ 0.3333), ``1/3``, ``百分之十五`` (→ 15), ``一半`` (→ 0.5)."""
    import cn2an

    s = unicodedata.normalize("NFKC", (text or "").strip()).replace(",", "")
    if re.fullmatch(r"\d{1,3}(?:，\d{3})+", s):
        s = s.replace("，", "")
    if not s:
        raise FigureError("empty number")
    if s == "一半":
        return Decimal("0.5")
    if s.startswith("百分之"):
        return parse_number(s[3:])
    m = re.fullmatch(r"(\d+)/(\d+)", s)
    if m:
        return _fraction(Decimal(m.group(1)), Decimal(m.group(2)))
    if "分之" in s:
        den, num = s.split("分之", 1)
        return _fraction(parse_number(num), parse_number(den))
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return Decimal(s)
    try:
        v = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError, IndexError) as e:
        raise FigureError(f"not a number: {text!r}") from e
    try:
        d = Decimal(str(v))
    except InvalidOperation:
        raise FigureError(f"not a number: {text!r}") from None
    return _plain(d)


def _fraction(num: Decimal, den: Decimal) -> Decimal:
    if den == 0:
        raise FigureError("a fraction over zero")
    return (num / den).quantize(Decimal("0.0001"))


# --------------------------------------------------------------------------- scanning


@dataclass(frozen=True)
class Figure:
    """One figure found in a text (offsets into it)."""

    start: int
    end: int  # end of number and unit (without 以上/左右)
    text: str
    value: Decimal
    value_max: Decimal | None
    unit: str  # as written, NFKC ("" for a fraction or a bare ratio)
    kind: str  # the unit's kind
    approx: str | None = None  # qualifier of 多/余 inside the figure
    post: str = ""  # 左右, 以上, … right after the figure
    per: str = ""  # 每10万人 before the figure (the unit then reads 台/10万人)
    chinese: bool = False

    @property
    def tail_end(self) -> int:
        return self.end + len(self.post)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _unit_alt(entries) -> str:
    parts = []
    for e in sorted(entries, key=lambda e: -len(e.unit)):
        w = re.escape(e.unit).replace(r"\(", "[(（]").replace(r"\)", "[)）]")
        if e.not_before:
            w += "(?!" + "|".join(re.escape(x) for x in sorted(e.not_before, key=len, reverse=True)) + ")"
        parts.append(w)
    return "|".join(parts)


@lru_cache(maxsize=1)
def _figure_re() -> re.Pattern:
    table = unit_table()
    pre = _unit_alt([e for e in table.values() if e.kind == "magnitude"])
    prefixable = _unit_alt([e for e in table.values() if e.prefixes])
    other = _unit_alt([e for e in table.values() if e.kind != "magnitude" and not e.prefixes])
    ap = _alt(patterns().approx)
    num = r"\d{1,3}(?:[,，]\d{3})+(?![\d.])|\d+(?:\.\d+)?"  # 28，049，780，000 in older reports
    cn = r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿点]*"
    return re.compile(
        rf"(?P<per>每(?P<pern>\d+)?(?P<perm>万|千|百|十)?(?P<peru>人口|人|户|平方公里))?"
        rf"(?:(?P<pct>百分之)(?P<pctn>{num}|[{CN_NUM}]+)(?:(?:至|到|—|-|～)(?:百分之)?(?P<pctn2>{num}|[{CN_NUM}]+))?"
        rf"|(?P<frac>(?P<fden>[一二三四五六七八九十]+)分之(?P<fnum>[一二三四五六七八九十]+)|(?P<half>一半)|\d+/\d+)"
        rf"|(?P<n1>{num})(?:(?P<sep>[-～~—–])(?P<n2>{num}))?"
        rf"|(?P<cn>{cn})(?=(?:{ap})?(?:{pre}|{prefixable}|{other})))"  # a numeral in words needs a unit
        rf"(?P<ap1>{ap})?"
        rf"(?:(?P<pre>{pre})(?P<ap2>{ap})?(?P<base>{prefixable})?|(?P<base2>{other}|{prefixable}))?"
    )


_QUOTED = re.compile(r"“[^“”\n]{0,24}”|‘[^‘’\n]{0,24}’|《[^《》\n]{0,60}》|「[^「」\n]{0,24}」|\"[^\"\n]{0,24}\"")
_ORDINAL_BEFORE = ("第", "星期")
_ASCII = re.compile(r"[A-Za-z+#]")
_CLAUSE_END = "，。；：、！？,;:!?）)\n"


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of short quotations and titles: a number inside one is part of a name."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def scan(text: str) -> list[Figure]:
    """The figures of a text, in order, names and dates left out (see the module doc)."""
    quotes = quoted_spans(text)
    qi = 0
    out: list[Figure] = []
    last_end = -1
    rx = _figure_re()
    pats = patterns()
    pos = 0
    n = len(text)
    while pos < n:
        m = rx.search(text, pos)
        if m is None:
            break
        pos = m.end() if m.end() > m.start() else m.start() + 1
        s = m.start()
        if s < last_end:
            continue
        while qi < len(quotes) and quotes[qi][1] <= s:
            qi += 1
        if qi < len(quotes) and quotes[qi][0] < s < quotes[qi][1]:
            continue
        fig = _figure(text, m, pats)
        if fig is None:  # a name, date or code: go on after it
            continue
        out.append(fig)
        last_end = fig.tail_end
    return out


def _figure(text: str, m: re.Match, pats: Patterns) -> Figure | None:
    s, e = m.start(), m.end()
    g = m.groupdict()
    before = text[max(0, s - 2):s]
    if before.endswith(_ORDINAL_BEFORE):
        return None
    if s > 0 and (_ASCII.match(text[s - 1]) or text[s - 1].isdigit() or text[s - 1] in ".．-"):
        return None
    chinese = bool(g["cn"]) or bool(g["frac"] and not g["frac"][0].isdigit()) or bool(g["pct"] and not g["pctn"][0].isdigit())
    if g["cn"] and s > 0 and (text[s - 1] in CN_NUM or text[s - 1] in "数几"):  # 数十个: no figure
        return None
    pre, base = g["pre"] or "", g["base"] or g["base2"] or ""
    cnum = g["cn"] or ""
    if cnum and not pre:
        # 两千万人: 两千 and the unit 万人, as 2000万人 is written; 一亿一千八百万亩 is one number of 亩
        m2 = re.fullmatch(r"(.+?)(万亿|亿|万)", cnum)
        if m2 and not re.search("[万亿]", m2.group(1)):
            cnum, pre = m2.group(1), m2.group(2)
    unit = unicodedata.normalize("NFKC", pre + base)
    if g["cn"] and not unit:  # 一, 三 in words: no unit, no figure (and no need to read the numeral)
        return None
    approx = pats.approx.get(g["ap1"] or "") or pats.approx.get(g["ap2"] or "")
    value_max = None
    try:
        if g["pct"]:
            if unit:
                return None
            value, unit = parse_number(g["pctn"]), "%"
            if g["pctn2"]:
                value_max = parse_number(g["pctn2"])
                if value_max <= value:
                    return None
        elif g["frac"]:
            if unit:
                return None
            value = parse_number(g["frac"])
        elif g["n1"] is not None:
            value = parse_number(g["n1"])
            if g["n2"] is not None:
                value_max = parse_number(g["n2"])
                if value_max <= value:
                    return None
        else:
            value = parse_number(cnum)
    except FigureError:
        return None
    after = text[e:e + 4]
    if g["n1"] is not None and not g["pct"] and not g["frac"]:
        nxt = text[e:e + 1]
        if nxt and _ASCII.match(nxt):  # 5G, 415X, 5A级
            return None
        if not unit and (g["sep"] or nxt in "年月日"):  # 2021-2025年, 0-6岁
            return None
    if cnum:
        if not unit or (value < 10 and not pre):  # 两个维护, 三档: names and small counts in words
            return None
        if after.startswith(("方面", "大")):
            return None
    if unit and any(after.startswith(x) for x in ("周年", "岁")):
        return None
    if unit.endswith("%") and value > 1000:
        return None
    kind = unit_info(unit).kind if unit else "none"
    per = ""
    start = s
    if g["per"]:
        if not unit or kind not in ("count", "magnitude"):
            start = m.start("pct") if g["pct"] else (m.start("frac") if g["frac"] else (m.start("n1") if g["n1"] else m.start("cn")))
        else:
            per = (g["pern"] or "") + (g["perm"] or "") + g["peru"]
            unit = f"{unit}/{per}"
            kind = "rate"
    post = ""
    for w in sorted(pats.post, key=len, reverse=True):
        if text.startswith(w, e):
            post = w
            break
    if post == "多" and approx:
        post = ""
    if g["frac"]:
        kind = "fraction"
    elif not unit:
        # a bare number: only a ratio (倍差缩小至1.83) ends a clause; the reader decides by its indicator
        nxt = text[e + len(post):e + len(post) + 1]
        if g["cn"] or g["sep"] or (nxt and nxt not in _CLAUSE_END):
            return None
        kind = "none"
    return Figure(start, e, text[start:e], value, value_max, unit, kind, approx, post, per, chinese)


# --------------------------------------------------------------------------- qualifier and measure


def qualifier_of(post: str = "", approx: str | None = None, before: tuple[str, ...] = (), lead: str | None = None) -> str:
    """about / at_least / at_most / exact, from the words after the figure (左右, 以上, 以内), 多/余
    inside it, bound words before it (约, 超过, 不低于, 不超过) and a leading 预计."""
    pats = patterns()
    if post and post in pats.post:
        return pats.post[post]
    if approx:
        return approx
    for q in before:
        if q:
            return q
    return lead or "exact"


def measure_type(unit_kind: str, roles: set[str] | frozenset[str] = frozenset(), indicator: str = "",
                 decline_verb: bool = False, unit: str = "") -> str:
    """level, growth, decline, share, count or ratio.

    From the verb (增长/提高 → growth, 下降/减少 → decline; 提高到/降至 give a level), the unit (counts
    of things → count, amounts → level, 倍 → ratio) and the indicator's head word (…比重/…率 → share,
    …强度/…倍差/…之比 → ratio, …涨幅/…增速 → growth)."""
    if unit_kind == "rate":
        return "ratio"
    if "growth" in roles and "level" not in roles:
        return "growth"
    if "decline" in roles and "level" not in roles:
        return "decline"
    word = head_word(indicator)
    if unit_kind == "none":
        return "ratio"
    if unit_kind == "fraction":
        return "decline" if decline_verb else ("ratio" if word == "ratio" else "share")
    if unit_kind == "times":
        return "growth" if "growth" in roles else "ratio"
    if unit_kind in ("percent", "permille", "points"):
        if word:
            return word
        return "share" if unit_kind != "points" else "growth"
    if decline_verb:
        return "decline"
    if word == "ratio":
        return "ratio"
    if unit_kind in ("count", "magnitude"):
        return "count"
    return "level"


def head_word(indicator: str) -> str | None:
    ind = indicator or ""
    # the head word is at the end (…覆盖率, …比重) or inside (…占比51%: 占比; 强度达)
    for w, m in patterns().words:
        if ind.endswith(w):
            return m
    for w, m in patterns().words:
        if len(w) > 1 and w in ind:
            return m
    return None
