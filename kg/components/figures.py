"""``kg_figures``: every figure of a report as a span in ``doc.spans[FIGURES]``, with what it says.

:func:`read_figures` does the reading on plain text (the component only wraps it), one sentence at
a time, figure by figure, left to right:

1. the figures of the sentence (:func:`kg.figures.scan`); figures only separated by 、/和 form a run
   (``分别增长24.5%、14.5%``);
2. the text between the previous figure (or the clause start) and this one is read from its end:
   change verbs, bounds and adverbs are peeled off (``达``, ``增长``, ``提高到``, ``超过``, ``分别``) and
   remembered; then leading control words (``力争``, ``确保``, ``全年``, ``其中``); what remains is the
   indicator (``货物贸易出口达3.9万亿元`` → 货物贸易出口);
3. nothing left (``、增长9.5%``): the figure shares the previous figure's indicator; a count followed
   by its noun (``累计建设839个海外仓``, ``为80万重点群体提供…``) is about that noun;
4. ``A、B分别…X、Y`` gives one observation per item, in order (``A、B均为X``: X for each); a run whose
   items are in the previous clause (``节庆、论坛、展会，数量分别压减75%、95%、73%``) takes them there.

Each figure gets a qualifier, a measure type, the target cues that govern it (力争, 确保, …的预期目标)
and its role in ``由X提高到Y`` (X is the earlier value).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.figures import Figure, head_word, measure_type, patterns, qualifier_of, scan
from kg.errors import KgError
from kg.nlp import FIGURES, doc_text

#: where the component keeps its readings: doc.user_data[USER_DATA][(start, end, index)] = FigureMention
USER_DATA = "kg_figures"


def _reading(span: Span):
    return span.doc.user_data.get(USER_DATA, {}).get((span.start_char, span.end_char, span.id or 0))


def _field(name: str, fmt=None):
    def get(span: Span):
        fm = _reading(span)
        if fm is None:
            return None
        v = getattr(fm, name)
        return fmt(v) if fmt is not None and v is not None else v

    return get


#: span extensions of a figure span (read-only; Decimal values as strings). Several observations of
#: one figure (A、B均为X) are spans with the same offsets told apart by ``span.id`` (0, 1, …).
EXTENSIONS = {
    "kg_value": _field("value", str),
    "kg_value_max": _field("value_max", str),
    "kg_unit": _field("unit"),
    "kg_qualifier": _field("qualifier"),
    "kg_measure": _field("measure"),
    "kg_indicator": _field("indicator"),
    "kg_figure": _reading,
}
for _name, _getter in EXTENSIONS.items():
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=_getter)


@dataclass(frozen=True)
class FigureMention:
    """One observation read from a text: a figure and what it is about (offsets into the text)."""

    start: int
    end: int
    text: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: str
    measure: str
    indicator: str
    index: int = 0  # several observations of one figure (A、B均为X): 0, 1, …
    target: str = ""  # the target cue that governs it (力争, 确保, 预期, 的预期目标), if any
    role: str = ""  # "from" for X in 由X提高到Y, "to" for Y
    previous_year: bool = False  # 由上年下降2.3%: about the year before


_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]*")
_CLAUSE = "，；：,;:"
_RUN_SEP = re.compile(r"[、和及与]|、和|以及|和|及")
_ITEM_SPLIT = re.compile(r"[、]")
_ITEM_SPLIT_ALL = re.compile(r"、|以及|和|及|与")
_STRIP = " \t（）()—…·、，"
_TO = re.compile(r"(?:提高|增加|上升|提升|扩大|下降|降低|减少|压缩|压减|缩小|调整|增|降|升|减)(?:到|至|为)")
_CHANGE_START = re.compile(r"(?:提高|增加|上升|提升|扩大|下降|降低|减少|压缩|压减|缩小|增长|回落|上涨)")
_RIGHT_END = re.compile(r"[，。；：、！？,;:!?（(\n]|以上|左右")


@dataclass
class _Left:
    np: str
    changes: list[str]  # growth/decline/level/copula in order, nearest to the figure first
    roles: set[str]
    quals: list[str]  # bound qualifiers, nearest first
    lead_qual: str | None
    target: str
    decline_verb: bool


def _strip_trailing(s: str) -> tuple[str, list]:
    pats = patterns()
    found = []
    while True:
        s = s.rstrip(" ")
        best = None
        for n in range(min(len(s), 6), 0, -1):
            tail = s[-n:]
            if tail in pats.cues:
                best = (n, pats.cues[tail])
                break
        for rx, cue in pats.cue_regexes:
            m = rx.search(s)
            if m and (best is None or len(m.group(0)) > best[0]):
                best = (len(m.group(0)), (cue,))
        if best is None:
            return s, found
        n, cues = best
        found.append(cues)
        s = s[:-n]
        if any(c.role in ("growth", "decline") for g in found for c in g):
            # 比上年增长, 较五年前下降: the comparison base is no part of the indicator
            for rx in pats.compare:
                m = rx.search(s)
                if m:
                    s = s[:m.start()]
                    break


def _strip_leading(s: str) -> tuple[str, list[dict]]:
    pats = patterns()
    leads = pats.leads
    found = []
    keys = sorted(leads, key=len, reverse=True)
    while s:
        hit = None
        for k in keys:
            # one-character leads (在, 和, 、) only when they are all there is, or 、 which is never a word
            if s.startswith(k) and (len(k) > 1 or s == k or k == "、" or leads[k].get("single")):
                hit = (len(k), {**leads[k], "text": k})
                break
        for rx, d in pats.lead_regexes:
            m = rx.match(s)
            if m and m.end() > 0 and (hit is None or m.end() > hit[0]):
                hit = (m.end(), {**d, "text": m.group(0)})
        if hit is None:
            break
        rest = s[hit[0]:].lstrip(" ")
        if rest[:1] in ("和", "、", "及", "与") and hit[1]["text"] not in ("、",):
            break  # 全国和自由贸易试验区…: the word is an item of a list, not a lead
        found.append(hit[1])
        s = rest
    return s, found


def parse_left(left: str, *, to_follows: bool = False) -> _Left:
    """What the text before a figure says: the indicator and the cues around it.

    ``to_follows``: the figure is followed by 提高到/降至…, so 从/由 before it starts the earlier value."""
    pats = patterns()
    s, cues = _strip_trailing(left.strip(_STRIP))
    roles: set[str] = set()
    if to_follows:
        for rx in pats.from_inner:
            m = rx.search(s)
            if m and m.start() >= 2:
                s = s[:m.start()]
                roles.add("from")
                break
    changes, quals = [], []
    for group in cues:
        for c in group:
            roles.add(c.role)
            if c.role in ("growth", "decline", "level", "copula"):
                changes.append(c.role)
            if c.role == "qualifier" and c.qualifier:
                quals.append(c.qualifier)
    s, leads = _strip_leading(s.strip(_STRIP))
    lead_qual = next((d["qualifier"] for d in leads if "qualifier" in d), None)
    target = next((d["text"] for d in leads if d.get("kind") == "target"), "")
    if not target and "预期" in left:
        target = "预期"
    np = s.strip(_STRIP)
    decline_verb = False
    for v in pats.decline_verbs:
        if v in np:
            decline_verb = True
            if np.startswith(v) and len(np) > len(v) + 1:
                np = np[len(v):]
            break
    if len(np) < 2:
        np = ""
    return _Left(np, changes, roles, quals, lead_qual, target, decline_verb)


def _change(changes: list[str]) -> set[str]:
    """The change the nearest verb says: 增长 → growth; 提高到 → a level (also after 增长…提高到)."""
    for c in changes:
        if c in ("growth", "decline"):
            return {c}
        if c == "level":
            return {"level"}
    return set()


def _clause_start(text: str, lo: int, pos: int) -> int:
    i = pos - 1
    while i >= lo:
        if text[i] in _CLAUSE:
            return i + 1
        i -= 1
    return lo


def _right_np(text: str, pos: int, limit: int) -> tuple[str, int]:
    """The noun a counted figure modifies (839个海外仓 → 海外仓), and where it ends.

    The text after the figure, up to the clause end, cut before the first word that ends a noun
    (a verb such as 获/纳入/提供, an adverb such as 全部). A one-character stop inside a word does not
    count: the 达 of 直达 ends nothing (:func:`_in_word`)."""
    pats = patterns()
    seg_end = min(limit, pos + 30)
    m = _RIGHT_END.search(text, pos, seg_end)
    end = m.start() if m else seg_end
    seg = text[pos:end]
    long_stops = [w for w in pats.right_stops if len(w) > 1]
    short_stops = {w for w in pats.right_stops if len(w) == 1}
    cut = len(seg)
    for k in range(len(seg)):
        if any(seg.startswith(w, k) for w in long_stops):
            cut = k
            break
        if seg[k] in short_stops and not _in_word(seg, k):
            cut = k
            break
    seg = seg[:cut]
    if "的" in seg:
        first, head = seg.split("的", 1)[0], seg.rsplit("的", 1)[1]
        if len(first) == 2:  # 13亿多人口的发展中大国
            seg = first
        elif len(head) >= 2:  # 165项国务院部门…实施的审批事项
            seg = head
        else:
            seg = ""
    seg = seg.strip(_STRIP)
    if len(seg) < 2 or not _is_cjk(seg[0]):
        return "", pos
    return seg, pos + cut


def _in_word(seg: str, k: int) -> bool:
    """Whether seg[k] is part of a two-character word with its left or right neighbour."""
    words = stop_char_words().get(seg[k], frozenset())
    return (k > 0 and seg[k - 1:k + 1] in words) or seg[k:k + 2] in words


@lru_cache(maxsize=1)
def stop_char_words() -> dict[str, frozenset[str]]:
    """kg/data/words_with_stop_chars.jsonl: char -> the common words it is part of."""
    import json

    from kg.figures import DATA

    path = DATA.parent / "words_with_stop_chars.jsonl"
    out: dict[str, frozenset[str]] = {}
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out[d["char"]] = frozenset(d["words"])
    except (OSError, ValueError) as e:
        raise KgError(f"{path}: cannot read ({e})") from None
    return out


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or c in "“"


def _split_items(np: str, n: int) -> list[str]:
    a = [x.strip(_STRIP) for x in _ITEM_SPLIT.split(np) if x.strip(_STRIP)]
    if n == 1:  # A、B均为X / A和B均为X: as many items as there are
        return a if len(a) > 1 else [x.strip(_STRIP) for x in _ITEM_SPLIT_ALL.split(np) if x.strip(_STRIP)]
    if len(a) == n:
        return a
    b = [x.strip(_STRIP) for x in _ITEM_SPLIT_ALL.split(np) if x.strip(_STRIP)]
    return b if len(b) == n else a


def _trim_first(items: list[str]) -> list[str]:
    """节庆 in 清理规范节庆、论坛、展会: the first item of parallel nouns carries the verb."""
    others = items[1:]
    if len(others) >= 2 and len({len(x) for x in others}) == 1 and len(items[0]) > len(others[0]) <= 4:
        return [items[0][-len(others[0]):], *others]
    return items


def read_figures(text: str) -> list[FigureMention]:
    """All observations of a text, in order of position."""
    figs = scan(text)
    out: list[FigureMention] = []
    k = 0
    for m in _SENT.finditer(text):
        s0, s1 = m.start(), m.end()
        sfigs = []
        while k < len(figs) and figs[k].start < s1:
            if figs[k].start >= s0:
                sfigs.append(figs[k])
            k += 1
        if sfigs:
            out.extend(_read_sentence(text, s0, s1, sfigs))
    return out


def _read_sentence(text: str, s0: int, s1: int, figs: list[Figure]) -> list[FigureMention]:
    pats = patterns()
    out: list[FigureMention] = []
    prev_end = s0
    prev: FigureMention | None = None  # the last observation of this sentence
    prev_kind = ""  # its figure's unit kind
    prev_decline = False  # its indicator came with a decline verb (降低企业税负…)
    prev_role = ""
    i = 0
    while i < len(figs):
        run = [figs[i]]
        j = i + 1
        while j < len(figs) and _RUN_SEP.fullmatch(text[run[-1].tail_end:figs[j].start]):
            run.append(figs[j])
            j += 1
        i = j
        run = _share_unit(run)
        f0, fl = run[0], run[-1]
        cstart = _clause_start(text, s0, f0.start)
        if any(r.search(text[cstart:f0.start]) for r in pats.ranking):  # 500强、研发投入500家: ranking names
            continue
        after = text[fl.tail_end:s1]
        left = parse_left(text[max(cstart, prev_end):f0.start], to_follows=bool(_TO.match(after)))
        right, right_end = ("", fl.tail_end)
        if len(run) == 1 and f0.kind in ("count", "magnitude", "money", "physical"):
            right, right_end = _right_np(text, fl.tail_end, s1)
            if right and f0.kind in ("money", "physical") and len(left.np) > 2 and not left.np.endswith("等"):
                right, right_end = "", fl.tail_end
        if right and j < len(figs) and f0.kind in ("count", "magnitude"):
            # 74个重点城市细颗粒物年均浓度下降9.1%: the count is part of the next figure's subject
            between = text[right_end:figs[j].start]
            if not any(c in between for c in _CLAUSE + "、。和及与"):
                continue
        target_after = next((w for w in pats.target_after if after.startswith(w)), "")
        np = left.np
        if right and (not np or f0.kind in ("count", "magnitude") or np.endswith("等")):
            np, consumed = right, right_end
        elif right and len(np) == 2:  # 发行6600亿元长期建设国债, 严守18亿亩耕地红线: verb and object
            np, consumed = np + right, right_end
        else:
            consumed = fl.tail_end
        if np.startswith("占") and prev is not None and "占" not in prev.indicator:
            np = prev.indicator + np  # 出口达3.9万亿元，占全国份额提高到15.3%
        distribute = "distribute" in left.roles
        inherited = False
        indicators: list[list[str]]
        if (distribute or len(run) > 1) and np:
            items = _split_items(np, len(run))
            if len(items) == len(run):
                indicators = [[x] for x in items]
            elif len(run) == 1 and len(items) > 1:
                indicators = [items]
            elif len(items) <= 1 and len(run) > 1:
                back = _items_before(text, s0, cstart, len(run))
                indicators = [[x + np] for x in back] if back else [[np] for _ in run]
            else:
                indicators = [[np] for _ in run]
        elif np:
            indicators = [[np] for _ in run]
        elif distribute and len(run) > 1 and _items_before(text, s0, cstart, len(run), loose=True):
            indicators = [[x] for x in _items_before(text, s0, cstart, len(run), loose=True)]
        elif prev is not None:
            indicators = [[prev.indicator] for _ in run]
            inherited = True
        else:
            rest = _right_text(text, fl.tail_end, s1)
            if rest and not _CHANGE_START.match(rest):  # 又有1600万人进城落户
                indicators = [[rest] for _ in run]
                consumed = max(consumed, fl.tail_end + len(rest))
            else:  # 固定资产占投资的比重，由上年的74.3%提高到83.7%: the subject is the clause before
                indicators = [[_clause_before(text, s0, cstart)] for _ in run]
        change = _change(left.changes)
        if np == right and right:
            change -= {"growth"}  # 改造提升3000个行政村村道: the verb acts on the noun, it is no change
        decline = left.decline_verb
        if not change and not decline and prev_decline and prev_kind == f0.kind and not left.changes:
            decline = True  # 减少企业税负3500亿元左右，涉企收费约2000亿元: the verb governs both
        role = "from" if "from" in left.roles else ("to" if prev_role == "from" and "level" in change else "")
        for f, inds in zip(run, indicators):
            if f.kind == "none" and not any(ind.endswith(w) for ind in inds for w in pats.unitless):
                continue  # a bare number that is no ratio
            qual = qualifier_of(f.post, f.approx, tuple(left.quals), left.lead_qual)
            for n, ind in enumerate(inds):
                if not ind:
                    continue
                # a head word shared by the items (A、B等增幅均超过10%) counts for each
                meas = measure_type(f.kind, change, ind if head_word(ind) or len(inds) == 1 else np, decline, f.unit)
                if inherited and not change and prev is not None and prev_kind == f.kind:
                    meas = prev.measure  # 增长11.3%，低于13%左右的预期目标: the same measure
                fm = FigureMention(
                    f.start, f.end, f.text, f.value, f.value_max, f.unit, qual, meas, ind, n,
                    target_after or left.target, role, "prev_year" in left.roles,
                )
                out.append(fm)
        if out and out[-1].start >= f0.start:
            last = [ind for inds in indicators for ind in inds if ind]
            prev = out[-1] if len(last) == 1 or prev is None else prev
            prev_kind = fl.kind
            prev_decline = decline
        prev_role = role
        prev_end = consumed
    return out


def _share_unit(run: list[Figure]) -> list[Figure]:
    """10.6万、3.8万、3.3万平方公里: the unit written once at the end belongs to every figure."""
    from dataclasses import replace

    from kg.figures import unit_info

    last = run[-1]
    if len(run) < 2 or last.kind in ("magnitude", "none", "fraction") or not last.unit:
        return run
    info = unit_info(last.unit)
    base = last.unit
    for p in ("万亿", "亿", "万"):
        if last.unit.startswith(p) and last.unit != p:
            base = last.unit[len(p):]
            break
    out = []
    for f in run[:-1]:
        if f.kind == "magnitude":
            try:
                u = unit_info(f.unit + base)
            except KgError:
                out.append(f)
                continue
            f = replace(f, unit=u.unit, kind=info.kind)
        out.append(f)
    return [*out, last]


def _right_text(text: str, pos: int, limit: int) -> str:
    """The rest of the clause after a figure, when nothing else names what it is about."""
    m = _RIGHT_END.search(text, pos, min(limit, pos + 20))
    seg = text[pos:m.start() if m else min(limit, pos + 20)].lstrip("的").strip(_STRIP)
    return seg if len(seg) >= 2 else ""


def _items_before(text: str, s0: int, cstart: int, n: int, *, loose: bool = False) -> list[str]:
    """The enumeration of the clause before (清理规范节庆、论坛、展会，数量分别…); ``loose``: also
    items joined by 和/及 (化学需氧量和二氧化硫排放量…，比上年分别下降3.14%和4.66%)."""
    if cstart - 1 <= s0:
        return []
    pstart = _clause_start(text, s0, cstart - 1)
    seg = text[pstart:cstart - 1]
    items = [x.strip(_STRIP) for x in _ITEM_SPLIT.split(seg) if x.strip(_STRIP)]
    if len(items) != n and loose:
        items = [x.strip(_STRIP) for x in _ITEM_SPLIT_ALL.split(seg) if x.strip(_STRIP)]
    if len(items) != n or any(len(x) > 16 for x in items):
        return []
    first, _ = _strip_leading(items[0])
    return _trim_first([first or items[0], *items[1:]])


def _clause_before(text: str, s0: int, cstart: int) -> str:
    """The clause before, as an indicator, when it holds no figure of its own."""
    if cstart - 1 <= s0:
        return ""
    pstart = _clause_start(text, s0, cstart - 1)
    seg = text[pstart:cstart - 1]
    if any(ch.isdigit() for ch in seg) or len(seg) > 24:
        return ""
    left = parse_left(seg)
    return left.np


# --------------------------------------------------------------------------- the spaCy component


@Language.factory("kg_figures")
def make_figure_reader(nlp: Language, name: str) -> "FigureReader":
    return FigureReader()


class FigureReader:
    """Adds one span per observation to ``doc.spans[FIGURES]`` (label: the measure type)."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        readings = doc.user_data.setdefault(USER_DATA, {})
        for fm in read_figures(doc_text(doc)):
            span = doc.char_span(fm.start, fm.end, label=fm.measure, span_id=fm.index, alignment_mode="expand")
            if span is None:
                continue
            readings[(span.start_char, span.end_char, fm.index)] = fm
            spans.append(span)
        group = doc.spans.get(FIGURES)
        if group is None:
            doc.spans[FIGURES] = spans
        else:
            group.extend(spans)
        return doc
