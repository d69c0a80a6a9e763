"""The report's structure from numbering and emphasis: Report ▸ Part ▸ PolicyArea ▸ Measure.

Knows nothing of entities. Works from a :class:`kg.read.Document` only.

- **Parts** are numbered ``一、…`` headings in sequence (``二、2025年目标任务和重点工作``). A fragment
  whose first visible part is not ``一`` gets the parts before it inferred (the review of the
  previous year, when the text before the first visible part reviews the past).
- **Policy areas** are ``(一)`` / ``（一）`` numbered paragraphs in sequence inside a part; in a part
  without them (the review of many national reports), the paragraph-initial ``一是…二是…`` run.
- **Measures** are bold runs (the first sentence of a bold run that also holds the area title
  goes to the area) and, in plain text that lost its bold, bold lead sentences found by the reader.
- The 主要预期目标 paragraph and the numbered 民生实事 items are kept as their own nodes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import StructureError
from kg.read import Document

CN_DIGITS = "〇一二三四五六七八九"
_NUM = "一二三四五六七八九十百零〇两"


def cn_to_int(s: str) -> int | None:
    """一 → 1, 十一 → 11, 二十三 → 23 (small ordinals only)."""
    s = s.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if all(c in CN_DIGITS for c in s) and len(s) > 1:
        return int("".join(str(CN_DIGITS.index(c)) for c in s))
    total, current = 0, 0
    for c in s:
        if c in CN_DIGITS:
            current = CN_DIGITS.index(c)
        elif c == "两":
            current = 2
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        elif c == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def int_to_cn(n: int) -> str:
    if n <= 10:
        return "〇一二三四五六七八九十"[n]
    if n < 20:
        return "十" + CN_DIGITS[n - 10]
    tens, ones = divmod(n, 10)
    return CN_DIGITS[tens] + "十" + (CN_DIGITS[ones] if ones else "")


# --------------------------------------------------------------------------- data


@dataclass
class Measure:
    title: str
    start: int  # span of the title in Document.text
    end: int
    paragraph: int
    number: int = 0  # order inside its area (or part), from 1


@dataclass
class PolicyArea:
    number: int
    label: str  # （六）, 一是
    title: str
    start: int
    end: int
    paragraph: int
    style: str  # "numbered" or "enumerated"
    measures: list[Measure] = field(default_factory=list)


@dataclass
class LivelihoodItem:
    """One numbered item of the 民生实事 list (1.医疗卫生方面)."""

    number: int
    title: str
    start: int
    end: int
    paragraph: int


@dataclass
class Part:
    number: int
    title: str
    paragraph: int | None  # None when inferred
    inferred: bool = False
    kind: str = "other"  # review, plan, other
    year: int | None = None
    areas: list[PolicyArea] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)  # measures outside any area
    main_targets: int | None = None  # paragraph index of 主要预期目标
    livelihood: list[LivelihoodItem] = field(default_factory=list)

    @property
    def label(self) -> str:
        return int_to_cn(self.number)


@dataclass
class Skeleton:
    title: str
    government: str
    region: str  # adcode ("100000" for China)
    region_name: str
    year: int | None
    report_id: str
    fragment: bool
    missing: list[str]
    parts: list[Part]
    # paragraph index -> (part index, area index, measure index); -1 where none
    sections: list[tuple[int, int, int]]

    def section_at(self, paragraph: int) -> tuple[Part | None, PolicyArea | None, Measure | None]:
        pi, ai, mi = self.sections[paragraph]
        part = self.parts[pi] if pi >= 0 else None
        area = part.areas[ai] if part is not None and ai >= 0 else None
        if mi < 0:
            measure = None
        elif area is not None:
            measure = area.measures[mi]
        else:
            measure = part.measures[mi] if part is not None else None
        return part, area, measure

    def counts(self) -> dict[str, int]:
        return {
            "parts": len(self.parts),
            "areas": sum(len(p.areas) for p in self.parts),
            "measures": sum(len(p.measures) + sum(len(a.measures) for a in p.areas) for p in self.parts),
            "livelihood": sum(len(p.livelihood) for p in self.parts),
        }


# --------------------------------------------------------------------------- patterns

_PART = re.compile(rf"^([{_NUM}]+)、\s*(.+)$")
_AREA = re.compile(rf"^[(（]([{_NUM}]+)[)）]\s*")
_ENUM = re.compile(rf"^([{_NUM}]+)是")
_LIVELIHOOD = re.compile(r"^(\d{1,2})[.．、]\s*(\S{2,12}?方面)")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_DATE_LINE = re.compile(r"^——\s*((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")
_REVIEW_WORDS = ("回顾", "工作的回顾", "过去一年", "过去五年")
_PLAN_WORDS = ("任务", "目标", "部署", "建议", "重点工作", "总体要求", "政策取向", "工作安排")


def _analysis_text(doc) -> str:
    """The text to match patterns on: the Simplified view of a Traditional report (the offsets are
    the same), else the text itself (also for document-like objects without a view)."""
    return getattr(doc, "analysis_text", None) or doc.text


def _strip_end(s: str) -> str:
    return s.strip().rstrip("。；;，,：:").strip()


# --------------------------------------------------------------------------- building


def build_skeleton(
    doc: Document,
    *,
    year: int | None = None,
    region: str | None = None,
    title: str | None = None,
) -> Skeleton:
    """Find the structure of ``doc``. ``year``/``region``/``title`` override what is inferred."""
    if not doc.paragraphs:
        raise StructureError(f"{doc.source.name}: no paragraphs found")
    text = _analysis_text(doc)
    parts: list[Part] = []
    sections: list[list[int]] = []
    cur_part: Part | None = None
    cur_area: PolicyArea | None = None
    cur_measure: Measure | None = None  # last measure, in area or part
    first_part_para: int | None = None
    in_livelihood = False

    for p in doc.paragraphs:
        ptext = text[p.start : p.end]
        head = ptext.lstrip()
        m = _PART.match(head)
        is_part = (
            m is not None
            and len(head) <= 60
            and "。" not in head
            and (cn_to_int(m.group(1)) or 0) > 0
            and (cur_part is None or cur_part.inferred or cn_to_int(m.group(1)) == cur_part.number + 1)
        )
        if is_part:
            n = cn_to_int(m.group(1)) or 0
            cur_part = Part(n, _strip_end(m.group(2)), p.index)
            parts.append(cur_part)
            if first_part_para is None:
                first_part_para = p.index
            cur_area, cur_measure, in_livelihood = None, None, False
            sections.append(_sec(parts, cur_part, cur_area, cur_measure))
            continue

        bolds = list(p.bold)
        am = _AREA.match(head)
        if am is not None and cur_part is None and first_part_para is None:
            # areas before any part heading: the first part's heading is not in the text
            cur_part = Part(0, "", None, inferred=True)
            parts.append(cur_part)
        if am is not None and cur_part is not None:
            n = cn_to_int(am.group(1)) or 0
            expected = (cur_part.areas[-1].number + 1) if cur_part.areas else None
            if n > 0 and (expected is None or n == expected or n == 1):
                if n == 1 and cur_part.areas and expected != 1:
                    # numbering starts again without a part heading: a new, untitled part
                    cur_part = Part(cur_part.number + 1, "", None, inferred=True)
                    parts.append(cur_part)
                cur_area, first_measure = _make_area(doc, p, am, n)
                cur_part.areas.append(cur_area)
                cur_measure = None
                in_livelihood = False
                if first_measure is not None:
                    first_measure.number = len(cur_area.measures) + 1
                    cur_area.measures.append(first_measure)
                    cur_measure = first_measure
                # bold runs after the one holding the heading are further measures
                bolds = [b for b in bolds if b[0] > cur_area.end and (first_measure is None or b[0] >= first_measure.end)]

        lm = _LIVELIHOOD.match(head)
        if lm and cur_part is not None and (in_livelihood or "方面" in lm.group(2)):
            n = int(lm.group(1))
            if not cur_part.livelihood or n == cur_part.livelihood[-1].number + 1 or n == 1:
                s = p.start + (len(ptext) - len(head)) + lm.start(2)
                cur_part.livelihood.append(LivelihoodItem(n, lm.group(2), s, s + len(lm.group(2)), p.index))
                in_livelihood = True
                sections.append(_sec(parts, cur_part, cur_area, None))
                continue

        if cur_part is not None and cur_part.main_targets is None and "主要预期目标" in ptext[:40]:
            cur_part.main_targets = p.index

        if not bolds and cur_area is not None and cur_area.style == "numbered" and p.index != cur_area.paragraph:
            lead = _lead_sentence(text, p.start + len(ptext) - len(head), p.end)
            if lead is not None:
                bolds = [lead]
        for bs, be in bolds:
            mtitle = _strip_end(text[bs:be])
            mtitle = _ENUM.sub("", mtitle) if _ENUM.match(mtitle) else mtitle
            if len(mtitle) < 2 or _AREA.match(mtitle) or _PART.match(mtitle):
                continue
            off = text.find(mtitle, bs, be)
            meas = Measure(mtitle, off, off + len(mtitle), p.index)
            target = cur_area.measures if cur_area is not None else (cur_part.measures if cur_part else None)
            if target is None:
                # a measure before any part: the review part's heading is on a missing page
                cur_part = Part(0, "", None, inferred=True)
                parts.append(cur_part)
                target = cur_part.measures
            meas.number = len(target) + 1
            target.append(meas)
            cur_measure = meas
        sections.append(_sec(parts, cur_part, cur_area, cur_measure))

    _enumerated_areas(doc, parts, sections)
    yr = year or _infer_year(doc, parts)
    _number_inferred_parts(doc, parts, first_part_para, yr)
    _classify_parts(parts, yr)
    reg_code, reg_name, gov = _infer_region(doc, region)
    fragment, missing = _fragment(doc, parts)
    from kg.ids import report_slug

    rid = report_slug(reg_code, yr)
    if title is None:
        title = f"{reg_name if reg_code != '100000' else '国务院'}{yr or ''}{'年' if yr else ''}政府工作报告"
    return Skeleton(
        title=title,
        government=gov,
        region=reg_code,
        region_name=reg_name,
        year=yr,
        report_id=rid,
        fragment=fragment,
        missing=missing,
        parts=parts,
        sections=[tuple(s) for s in sections],
    )


def _sec(parts, part, area, measure) -> list[int]:
    if part is None:
        return [-1, -1, -1]
    pi = len(parts) - 1
    ai = part.areas.index(area) if area is not None else -1
    if measure is None:
        mi = -1
    elif area is not None and measure in area.measures:
        mi = area.measures.index(measure)
    elif area is None and measure in part.measures:
        mi = part.measures.index(measure)
    else:
        mi = -1
    return [pi, ai, mi]


def _make_area(doc: Document, p, am: re.Match, n: int) -> tuple[PolicyArea, Measure | None]:
    """An area heading: a bold run, or the first sentence of a plain paragraph."""
    text = _analysis_text(doc)
    lead = len(text[p.start : p.end]) - len(text[p.start : p.end].lstrip())
    label_start = p.start + lead
    label_end = label_start + am.end()
    label = text[label_start:label_end].strip()
    bold = next((b for b in p.bold if b[0] <= label_start < b[1] or b[0] == label_start), None)
    if bold is not None:
        head_end = bold[1]
    else:
        head_end = p.end
    # the title ends at the first full stop inside the heading run
    stop = text.find("。", label_end, head_end)
    title_end = stop if stop >= 0 else head_end
    title = text[label_end:title_end]
    t_start = label_end + (len(title) - len(title.lstrip()))
    title = _strip_end(title)
    area = PolicyArea(n, label, title, t_start, t_start + len(title), p.index, "numbered")
    measure = None
    if bold is not None and stop >= 0:
        rest = text[stop + 1 : head_end]
        mt = _strip_end(rest)
        if len(mt) >= 2:
            off = text.find(mt, stop + 1, head_end)
            measure = Measure(mt, off, off + len(mt), p.index)
    return area, measure


def _enumerated_areas(doc: Document, parts: list[Part], sections: list[list[int]]) -> None:
    """In a part without numbered areas, a paragraph-initial 一是/二是… run gives the areas."""
    text = _analysis_text(doc)
    for pi, part in enumerate(parts):
        if part.areas:
            continue
        paras = [i for i, s in enumerate(sections) if s[0] == pi]
        run: list[tuple[int, int]] = []
        for i in paras:
            p = doc.paragraphs[i]
            m = _ENUM.match(text[p.start : p.end])
            if m and cn_to_int(m.group(1)) == len(run) + 1:
                run.append((i, m.end()))
        if len(run) < 2:
            continue
        starts = {i for i, _ in run}
        area_idx = -1
        for i in paras:
            if i in starts:
                p = doc.paragraphs[i]
                off = dict(run)[i]
                stop = _first_stop(text, p.start + off, p.end)
                title = _strip_end(text[p.start + off : stop])
                area_idx += 1
                part.areas.append(
                    PolicyArea(area_idx + 1, f"{int_to_cn(area_idx + 1)}是", title,
                               p.start + off, p.start + off + len(title), i, "enumerated")
                )
            if area_idx >= 0:
                sections[i] = [pi, area_idx, -1]


_LEAD_MAX = 24


def _lead_sentence(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Text that lost its bold still shows a measure heading as a short first sentence
    (推动产业链供应链优化升级。保持工业经济平稳运行。…) followed by the measure's text."""
    stop = text.find("。", start, end)
    if stop < 0 or stop - start > _LEAD_MAX or stop - start < 4 or end - stop < 20:
        return None
    head = text[start:stop]
    if any(c.isdigit() for c in head) or any(c in head for c in "，；：、“”（）%"):
        return None
    return start, stop + 1


def _first_stop(text: str, start: int, end: int) -> int:
    best = end
    for c in "。；;":
        k = text.find(c, start, end)
        if 0 <= k < best:
            best = k
    return best


def _infer_year(doc: Document, parts: list[Part]) -> int | None:
    text = _analysis_text(doc)
    for p in doc.paragraphs[:8]:
        m = _DATE_LINE.match(text[p.start : p.end])
        if m:
            return int(m.group(1))
    m = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", doc.source.name)
    if m:
        return int(m.group(1))
    titled = [(_year_value(m.group(1)), part.title) for part in parts if part.paragraph is not None
              and (m := _YEAR_ANY.search(part.title))]
    if len({y for y, _t in titled}) >= 2:
        return max(y for y, _t in titled)  # 一九五五年工作的基本情况 … 一九五六年的任务: the year planned
    if titled:  # one titled part: the year it reviews, plus one, or the year it plans
        y, title = titled[0]
        return y + 1 if any(w in title for w in _REVIEW_WORDS) else y
    years = Counter(_year_value(y) for y in _YEAR_ANY.findall(text))
    if not years:
        return None
    top, n = years.most_common(1)[0]
    # a report reviews the past year most and plans the next (2024年是…, 2025年主要目标): the year planned
    return top + 1 if years[top + 1] >= max(1, n // 4) else top


#: a year written in figures or in Chinese numerals (2024年, 一九五五年, 二〇二四年)
_YEAR_ANY = re.compile(r"(?<![\d〇零一二三四五六七八九])((?:19|20)\d\d|一九[〇零一二三四五六七八九]{2}|二〇[〇零一二三四五六七八九]{2})年")


def _year_value(y: str) -> int:
    """2024 or 一九五五, 二零二四 (read digit by digit) as a number."""
    return cn_to_int(y.replace("零", "〇"))


def _number_inferred_parts(doc: Document, parts: list[Part], first_para: int | None, year: int | None) -> None:
    """Give inferred parts a number and title: before the first visible part, the review."""
    if not parts:
        return
    visible = [p for p in parts if not p.inferred]
    first_visible = visible[0].number if visible else None
    lead = [p for p in parts if p.inferred and (first_visible is None or parts.index(p) < parts.index(visible[0]))]
    if lead and first_visible is not None and first_visible > 1:
        for k, p in enumerate(lead):
            p.number = first_visible - len(lead) + k
        if lead[0].number == 1:
            lead[0].title = f"{year - 1}年工作回顾" if year else "工作回顾"
            lead[0].kind = "review"
    elif lead and first_visible is None:
        for k, p in enumerate(lead):
            p.number = k + 1
    for k, p in enumerate(parts):
        if p.number == 0:
            p.number = (parts[k - 1].number + 1) if k else 1


def _classify_parts(parts: list[Part], year: int | None) -> None:
    for part in parts:
        t = part.title
        m = _YEAR.search(t)
        if m:
            part.year = int(m.group(1))
        if part.kind != "other":
            pass
        elif any(w in t for w in _REVIEW_WORDS) or (part.year and year and part.year < year):
            part.kind = "review"
        elif any(w in t for w in _PLAN_WORDS) or (part.year and year and part.year >= year):
            part.kind = "plan"
        if part.year is None and year:
            part.year = year - 1 if part.kind == "review" else (year if part.kind == "plan" else None)


_LOCAL_GOV = re.compile(r"我代表(?:省|市|自治区|区|县|州|盟)人民(?:政府|委员会)|(?:省|市|自治区)人民(?:政府|委员会)工作报告")
#: (a minister's speech to the national congress names no body, but the vice-premiers' reports it answers)
_NATIONAL_MARKERS = ("国务院", "國務院", "中央人民政府", "全国人民代表大会", "全國人民代表大會", "副总理关于")


#: the government or congress named in the opening: its full name (重庆市, 苏州市, 广西壮族自治区);
#: in 1955–1967 a province's government was its people's council (我代表甘肃省人民委员会)
_NAMED_GOV = re.compile(
    r"我(?:现在|今天)?(?:代表|受)(?P<name>[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|自治州|县|区|盟))(?P<body>人民政府|人民委员会)"
    r"|[在向](?P<name2>[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|自治州|县|区|盟))第[一二三四五六七八九十\d]+届人民代表大会"
)


def _infer_region(doc: Document, region: str | None) -> tuple[str, str, str]:
    """(adcode, name, issuing government)."""
    from kg.places import CHINA, admin_table

    table = admin_table()
    if region:
        hits = table.get(region) and [table.get(region)] or table.lookup(region)
        if region in ("national", "中国", "全国", "国务院", CHINA.adcode):
            return CHINA.adcode, CHINA.short, "国务院"
        if not hits:
            raise StructureError(f"unknown region {region!r}: give an adcode or a division name")
        d = hits[0]
        return d.adcode, d.name, f"{d.name}人民政府"
    text = _analysis_text(doc)
    named = _NAMED_GOV.search(text)  # 我代表重庆市人民政府, 在湖北省第十四届人民代表大会
    body, unknown = "人民政府", None
    if named:
        name = named.group("name") or named.group("name2")
        # the people's councils of 1955–1967 were the governments (我代表甘肃省人民委员会)
        body = named.group("body") or ("人民委员会" if "人民委员会" in text[: named.end() + 200] else "人民政府")
        hits = [d for d in table.lookup(name) if d.level in ("province", "city", "county")]
        if hits:
            d = hits[0]
            return d.adcode, d.name, f"{d.name}{body}"
        if name.endswith("省"):  # 广西省 (1949–1958), 广西壮族自治区 today: that province, under its own name
            province = next((d for d in table.lookup(name[:-1]) if d.level == "province"), None)
            if province is not None:
                return province.adcode, name, f"{name}{body}"
        former = table.former_city(name)  # a city of its time that is a district today: its own name
        if former is not None:
            return former.adcode, name, f"{name}{body}"
        # a government the table does not know (下关市, 万县市: cities of their time, merged or renamed since)
        # still names a local report: its region is the division its text names most, under its own name
        # (我代表自治区人民政府 names none)
        unknown = None if name.startswith(("自治", "本", "全")) else name
    local = _LOCAL_GOV.search(text)
    if local is None and unknown is None and any(w in text for w in _NATIONAL_MARKERS):
        gov = "国务院" if ("国务院" in text or "國務院" in text) else "中央人民政府"
        return CHINA.adcode, CHINA.short, gov
    level = "province" if ("省人民政府" in text or "全省" in text or "自治区人民政府" in text) else (
        "city" if ("市人民政府" in text or "全市" in text) else None
    )
    # a province's own opening (我代表省人民政府) counts provinces only, however often it names its capital,
    # and a city's own (我代表市人民政府) cities and municipalities only, however often it names its province
    # (a division the table lacks, 热河省, counts as before: the division its text names most)
    said = re.search("(省|自治区|市)人民", local.group()) if unknown is None and local is not None else None
    speaks = said.group(1) if said else None  # (区, 县, 州, 盟: as before)
    counts: Counter = Counter()
    for d in table:
        # a municipality (北京市, 重庆市) is a province in the table and says 全市 in its report
        if speaks in ("省", "自治区"):
            counted = d.level == "province"
        elif speaks == "市":
            counted = d.level == "city" or (d.level == "province" and d.name.endswith("市"))
        else:
            counted = d.level in ("province", "city") and (level is None or d.level == level or d.name.endswith("市"))
        if counted:
            c = text.count(d.short)
            if c:
                counts[d.adcode] = c
    if not counts:
        return CHINA.adcode, CHINA.short, "国务院"
    # 吉林省 and 吉林市 share a short name: the government that speaks (省人民政府, 市人民政府) breaks the tie
    speaker = "province" if ("省人民政府" in text or "自治区人民政府" in text) else (
        "city" if "市人民政府" in text else None)
    best = max(counts.items(), key=lambda kv: (kv[1], table.get(kv[0]).level == speaker, kv[0]))[0]
    d = table.get(best)
    if unknown:
        return d.adcode, unknown, f"{unknown}{body}"
    return d.adcode, d.name, f"{d.name}人民政府"


def _fragment(doc: Document, parts: list[Part]) -> tuple[bool, list[str]]:
    missing: list[str] = []
    if doc.continued_from:
        missing.append(f"开头：报告的开头在其他版面（{'、'.join(doc.continued_from)}）")
    inferred_titles = [p for p in parts if p.inferred and p.paragraph is None]
    for p in inferred_titles:
        missing.append(f"第{p.label}部分的标题与开头在缺失的版面上（已推断）")
    if doc.continues_on:
        missing.append(f"结尾：报告的后续内容在其他版面（{'、'.join(doc.continues_on)}）")
    return bool(missing), missing


def source_year_hint(path: str | Path) -> int | None:
    m = re.search(r"((?:19|20)\d\d)", Path(path).name)
    return int(m.group(1)) if m else None
