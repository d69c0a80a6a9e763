"""Observations: every figure of a report as data (indicator, value, unit, qualifier, kind, period).

Data flow: Document text → the ``kg_figures`` component (:mod:`kg.components.figures`) →
:class:`Observation` (plain data, offsets into ``Document.text``, placed in the report's structure)
→ triples (:func:`add_observations`) and ``observations.csv`` (:func:`observations_csv`).

- ``kind``: ``result`` in a review part, ``target`` in a plan part; in a review part a figure governed
  by 力争/预期/…的预期目标 is a target; in a plan part the X of 由X提高到Y is the result of the year before.
- ``period``: the year of the part (2024 for 2024年工作回顾), the year before for 由上年下降2.3%.
- Graph: each observation is an ``rkg:Observation`` (a ``qb:Observation`` of the report's
  ``qb:DataSet``) pointing to an ``rkg:Indicator`` shared across reports by name.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef

from kg.figures import normalize
from kg.graph import ReportGraph, ReportResult, area_iri, measure_iri, part_iri
from kg.ids import ID, entity_iri, sub_iri
from kg.ontology import QB, RKG

#: review parts take a figure as a target only with one of these cues (确保 also reports a result)
REVIEW_TARGET_CUES = ("力争", "预期", "计划", "目标是", "的预期目标", "的目标", "的预期", "预期目标", "的任务目标", "的计划")


@dataclass(frozen=True)
class Observation:
    report: str
    start: int  # the figure's offsets into Document.text
    end: int
    index: int  # 0, or 1, 2, … when one figure gives several observations (A、B均为X)
    figure: str  # as written
    indicator: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    normalized_value: Decimal | None
    base_unit: str | None
    measure: str
    qualifier: str
    kind: str  # result or target
    period: int | None
    sentence: int | None  # sentence index
    part: int | None  # part number
    area: int | None  # policy area number inside the part
    measure_number: int | None  # measure number inside its area (or part)
    part_title: str = ""
    area_title: str = ""
    measure_title: str = ""

    @property
    def key(self) -> str:
        return f"{self.start}-{self.end}" + (f"-{self.index}" if self.index else "")

    @property
    def label(self) -> str:
        return f"{self.indicator} {self.figure}"


def _figure_mentions(text: str):
    """Run only the figures component over ``text`` (the entity components need not run twice)."""
    from kg.nlp import FIGURES, get_nlp

    nlp = get_nlp()
    if "kg_figures" in nlp.pipe_names:
        doc = nlp.make_doc(text)
        doc.user_data["kg_text"] = text  # see kg.nlp.doc_text
        doc = nlp.get_pipe("kg_figures")(doc)
    else:  # a pipeline built without the component: read the text directly
        from kg.components.figures import read_figures

        return read_figures(text)
    return [span._.kg_figure for span in doc.spans.get(FIGURES, [])]


def _original(doc, s0: int, s1: int, text: str) -> str:
    """``text`` (read from the simplified analysis text) as the report writes it, when found."""
    if doc.simplified is None:
        return text
    k = doc.analysis_text.find(text, s0, s1)
    return doc.text[k:k + len(text)] if k != -1 else text


def extract_observations(result: ReportResult) -> None:
    """Pipeline stage: the report's observations into ``result.extras["observations"]``."""
    doc, skel = result.doc, result.skeleton
    out: list[Observation] = []
    for fm in _figure_mentions(doc.analysis_text):
        para = doc.paragraph_at(fm.start)
        part = area = meas = None
        if para is not None:
            part, area, meas = skel.section_at(para.index)
            meas = _measure_before(part, area, meas, fm.start)
        sent = doc.sentence_at(fm.start)
        kind, period = _kind_period(fm, part, skel.year)
        s0, s1 = (sent.start, sent.end) if sent else (fm.start, fm.end)
        norm = normalize(fm.value, fm.unit) if fm.unit else None
        out.append(Observation(
            report=result.report_id,
            start=fm.start,
            end=fm.end,
            index=fm.index,
            figure=doc.text[fm.start:fm.end],
            indicator=_original(doc, s0, s1, fm.indicator),
            value=fm.value,
            value_max=fm.value_max,
            unit=fm.unit,
            normalized_value=norm[0] if norm else None,
            base_unit=(norm[1] or None) if norm else None,
            measure=fm.measure,
            qualifier=fm.qualifier,
            kind=kind,
            period=period,
            sentence=sent.index if sent else None,
            part=part.number if part else None,
            area=area.number if area else None,
            measure_number=meas.number if meas else None,
            part_title=part.title if part else "",
            area_title=area.title if area else "",
            measure_title=meas.title if meas else "",
        ))
    out.sort(key=lambda o: (o.start, o.end, o.index))
    result.extras["observations"] = out


def _measure_before(part, area, meas, offset: int):
    """The measure whose title comes last before ``offset`` (a paragraph may hold several bold
    measures: 全力以赴稳外贸优外资…货物贸易出口达3.9万亿元…扎实推进长三角一体化)."""
    if part is None:
        return meas
    pool = area.measures if area is not None else part.measures
    before = [m for m in pool if m.start <= offset]
    return max(before, key=lambda m: m.start) if before else None


def _kind_period(fm, part, report_year: int | None) -> tuple[str, int | None]:
    pkind = part.kind if part is not None else "other"
    if pkind == "plan":
        kind = "result" if fm.role == "from" else "target"
    elif pkind == "review":
        kind = "target" if fm.target in REVIEW_TARGET_CUES else "result"
    else:
        kind = "target" if fm.target else "result"
    year = part.year if part is not None and part.year else None
    if year is None and report_year:
        year = report_year if kind == "target" else report_year - 1
    if year is not None and (fm.previous_year or (pkind == "plan" and fm.role == "from")):
        year -= 1
    return kind, year


# --------------------------------------------------------------------------- graph

DSD = URIRef(f"{ID}dsd/observations")


def dataset_iri(report: URIRef) -> URIRef:
    return sub_iri(report, "observations")


def observation_iri(report: URIRef, o: Observation) -> URIRef:
    return sub_iri(report, "observation", o.key)


def _dec(v: Decimal) -> Literal:
    """An xsd:decimal in the form Turtle writes it back (80.0, 3.9), so every format round-trips."""
    text = format(v, "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def add_observations(rg: ReportGraph) -> None:
    """Graph contributor: observations, their indicators and evidence, the report's qb:DataSet."""
    obs: list[Observation] = rg.result.extras.get("observations", [])
    if not obs:
        return
    g = rg.g
    ds = dataset_iri(rg.report)
    g.add((ds, RDF.type, QB.DataSet))
    rg.label(ds, f"{rg.skel.title}：观测值")
    g.add((ds, RKG.inReport, rg.report))
    g.add((ds, QB.structure, DSD))
    _add_dsd(rg)
    for o in obs:
        node = observation_iri(rg.report, o)
        ind = entity_iri("indicator", o.indicator)
        g.add((ind, RDF.type, RKG.Indicator))
        g.add((ind, RDFS.label, Literal(o.indicator, lang="zh")))
        g.add((ind, RKG.mentionedIn, rg.report))
        g.add((node, RDF.type, RKG.Observation))
        g.add((node, RDF.type, QB.Observation))
        g.add((node, QB.dataSet, ds))
        rg.label(node, o.label)
        g.add((node, RKG.indicator, ind))
        g.add((node, RKG.value, _dec(o.value)))
        if o.value_max is not None:
            g.add((node, RKG.valueMax, _dec(o.value_max)))
        g.add((node, RKG.unit, Literal(o.unit)))
        if o.normalized_value is not None:
            g.add((node, RKG.normalizedValue, _dec(o.normalized_value)))
            if o.base_unit:
                g.add((node, RKG.baseUnit, Literal(o.base_unit)))
        g.add((node, RKG.measureType, Literal(o.measure)))
        g.add((node, RKG.qualifier, Literal(o.qualifier)))
        g.add((node, RKG.observationKind, Literal(o.kind)))
        if o.period is not None:
            g.add((node, RKG.period, Literal(o.period, datatype=XSD.integer)))
        g.add((node, RKG.inReport, rg.report))
        rg.span(node, o.start, o.end)
        sent = rg.sentence_at(o.start)
        if sent is not None:
            g.add((node, RKG.inSentence, sent))
        if o.part is not None:
            parent = part_iri(rg.report, o.part)
            if o.area is not None:
                parent = area_iri(parent, o.area)
                g.add((node, RKG.inPolicyArea, parent))
            if o.measure_number is not None:
                g.add((node, RKG.inMeasure, measure_iri(parent, o.measure_number)))


def _add_dsd(rg: ReportGraph) -> None:
    """The data structure shared by every report's observations (W3C Data Cube)."""
    g = rg.g
    g.add((DSD, RDF.type, QB.DataStructureDefinition))
    g.add((DSD, RDFS.label, Literal("政府工作报告观测值结构", lang="zh")))
    g.add((DSD, RDFS.label, Literal("Structure of report observations", lang="en")))
    comps = [
        ("indicator", QB.dimension, QB.measureType),
        ("period", QB.dimension, RKG.period),
        ("kind", QB.dimension, RKG.observationKind),
        ("value", QB.measure, RKG.value),
        ("unit", QB.attribute, RKG.unit),
        ("qualifier", QB.attribute, RKG.qualifier),
        ("measure-type", QB.attribute, RKG.measureType),
    ]
    for order, (name, prop, term) in enumerate(comps, 1):
        c = URIRef(f"{DSD}/component/{name}")
        g.add((DSD, QB.component, c))
        g.add((c, RDF.type, QB.ComponentSpecification))
        g.add((c, prop, term))
        g.add((c, QB.order, Literal(order, datatype=XSD.integer)))


# --------------------------------------------------------------------------- csv

CSV_COLUMNS = ("report", "indicator", "value", "value_max", "unit", "normalized_value", "base_unit", "measure",
               "qualifier", "kind", "period", "part", "policy_area", "measure_heading", "sentence", "begin", "end")


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, Decimal):
        return format(v, "f")
    s = str(v)
    if s[:1] in ("=", "+", "-", "@", "\t", "\r"):  # a spreadsheet would read it as a formula
        return "'" + s
    return s


def observation_rows(results: list[ReportResult]) -> list[list[str]]:
    rows: list[list[str]] = []
    for r in sorted(results, key=lambda r: r.report_id):
        doc = r.doc
        for o in r.extras.get("observations", []):
            sent = doc.sentences[o.sentence] if o.sentence is not None else None
            part = ""
            if o.part is not None:
                from kg.skeleton import int_to_cn

                part = f"{int_to_cn(o.part)}、{o.part_title}" if o.part_title else int_to_cn(o.part)
            rows.append([_cell(x) for x in (
                o.report, o.indicator, o.value, o.value_max, o.unit, o.normalized_value, o.base_unit, o.measure,
                o.qualifier, o.kind, o.period, part, o.area_title, o.measure_title,
                doc.text[sent.start:sent.end] if sent else "", o.start, o.end,
            )])
    return rows


def observations_csv(ds: Dataset, results: list[ReportResult]) -> bytes | None:
    """``observations.csv``: one row per observation, in report then text order (UTF-8, no BOM)."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    w.writerows(observation_rows(results))
    return buf.getvalue().encode("utf-8")

