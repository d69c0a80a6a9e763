"""Skeleton, text and extracted things to triples: one rdflib ``Dataset``, one named graph per report.

Every term of our own namespace comes from :data:`kg.ontology.RKG` (closed: a misspelt term fails).
No blank nodes: every node has an IRI from :mod:`kg.ids`, so builds are reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.ids import ID, graph_iri, place_iri, report_iri, sub_iri
from kg.ontology import NIF, PREFIXES, RKG
from kg.read import Document
from kg.skeleton import Skeleton


@dataclass
class ReportResult:
    """Everything the pipeline learnt about one report; later stages add to ``extras``."""

    doc: Document
    skeleton: Skeleton
    extras: dict = field(default_factory=dict)

    @property
    def report_id(self) -> str:
        return self.skeleton.report_id


def lit(value, lang: str | None = None) -> Literal:
    if isinstance(value, bool):
        return Literal(value, datatype=XSD.boolean)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if lang:
        return Literal(value, lang=lang)
    return Literal(value)


class ReportGraph:
    """Adds one report's triples to its named graph."""

    def __init__(self, ds: Dataset, result: ReportResult):
        self.result = result
        self.doc = result.doc
        self.skel = result.skeleton
        self.rid = result.report_id
        self.g: Graph = ds.graph(graph_iri(self.rid))
        self.report = report_iri(self.rid)
        self.text_node = sub_iri(self.report, "text")

    # small helpers ---------------------------------------------------------------
    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def label(self, node: URIRef, text: str, lang: str = "zh") -> None:
        self.g.add((node, RDFS.label, Literal(text, lang=lang)))

    def paragraph(self, index: int) -> URIRef:
        return sub_iri(self.report, "para", index)

    def sentence(self, index: int) -> URIRef:
        return sub_iri(self.report, "sentence", index)

    def sentence_at(self, offset: int) -> URIRef | None:
        s = self.doc.sentence_at(offset)
        return self.sentence(s.index) if s else None

    def span(self, node: URIRef, start: int, end: int, *, anchor: bool = True) -> None:
        """NIF offsets into the normalised text and the source file, and the exact text."""
        g = self.g
        g.add((node, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.referenceContext, self.text_node))
        s0, s1 = self.doc.source_span(start, end)
        g.add((node, RKG.sourceBeginIndex, Literal(s0, datatype=XSD.nonNegativeInteger)))
        g.add((node, RKG.sourceEndIndex, Literal(s1, datatype=XSD.nonNegativeInteger)))
        if anchor:
            g.add((node, NIF.anchorOf, Literal(self.doc.text[start:end])))

    def section_node(self, paragraph: int) -> URIRef | None:
        """The innermost structure node a paragraph belongs to."""
        part, area, measure = self.skel.section_at(paragraph)
        if part is None:
            return None
        pnode = part_iri(self.report, part.number)
        if area is None:
            return measure_iri(pnode, measure.number) if measure else pnode
        anode = area_iri(pnode, area.number)
        return measure_iri(anode, measure.number) if measure else anode

    def structure_at(self, offset: int) -> tuple[URIRef | None, URIRef | None, URIRef | None]:
        """(part, policy area, measure) IRIs for a text offset."""
        p = self.doc.paragraph_at(offset)
        if p is None:
            return None, None, None
        part, area, measure = self.skel.section_at(p.index)
        if part is None:
            return None, None, None
        pnode = part_iri(self.report, part.number)
        anode = area_iri(pnode, area.number) if area else None
        if measure is None:
            mnode = None
        else:
            mnode = measure_iri(anode if anode is not None else pnode, measure.number)
        return pnode, anode, mnode


def part_iri(report: URIRef, number: int) -> URIRef:
    return sub_iri(report, "part", number)


def area_iri(part: URIRef, number: int) -> URIRef:
    return sub_iri(part, "area", number)


def measure_iri(parent: URIRef, number: int) -> URIRef:
    return sub_iri(parent, "measure", number)


# --------------------------------------------------------------------------- contributors


def add_report(rg: ReportGraph) -> None:
    from kg.places import CHINA, admin_table

    g, r, sk, doc = rg.g, rg.report, rg.skel, rg.doc
    g.add((r, RDF.type, RKG.Report))
    rg.label(r, sk.title)
    g.add((r, DCTERMS.title, Literal(sk.title, lang="zh")))
    g.add((r, DCTERMS.language, Literal("zh")))
    if sk.year:
        g.add((r, RKG.year, lit(sk.year)))
    g.add((r, RKG.isFragment, lit(sk.fragment)))
    for m in sk.missing:
        g.add((r, RKG.missingContent, Literal(m, lang="zh")))
    for c in doc.continued_from + doc.continues_on:
        g.add((r, RKG.continuationNote, Literal(c, lang="zh")))
    g.add((r, RKG.sourceFile, Literal(doc.source.name)))
    g.add((r, RKG.sourceSha256, Literal(doc.source.sha256)))
    g.add((r, RKG.sourceFormat, Literal(doc.source.format)))

    # the issuing government and its region
    gov = URIRef(f"{ID}organization/government-{sk.region}")
    g.add((gov, RDF.type, RKG.Organization))
    rg.label(gov, sk.government)
    g.add((r, RKG.issuedBy, gov))
    region = place_iri(sk.region)
    g.add((r, RKG.region, region))
    g.add((gov, RKG.locatedIn, region))
    d = CHINA if sk.region == CHINA.adcode else admin_table().get(sk.region)
    add_place(g, d)

    # the text
    t = rg.text_node
    g.add((r, RKG.hasText, t))
    g.add((t, RDF.type, RKG.Text))
    rg.label(t, f"{sk.title}（全文）")
    g.add((t, NIF.isString, Literal(doc.text)))
    g.add((t, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
    g.add((t, NIF.endIndex, Literal(len(doc.text), datatype=XSD.nonNegativeInteger)))
    g.add((t, RKG.inReport, r))


def add_place(g: Graph, d) -> URIRef | None:
    """An administrative division with adcode, level, coordinates and its chain of parents."""
    from kg.ontology import GEO
    from kg.places import admin_table

    if d is None:
        return None
    table = admin_table()
    node = place_iri(d.adcode)
    g.add((node, RDF.type, RKG.Place))
    g.add((node, RDFS.label, Literal(d.short, lang="zh")))
    g.add((node, SKOS.prefLabel, Literal(d.name, lang="zh")))
    if d.short != d.name:
        g.add((node, SKOS.altLabel, Literal(d.short, lang="zh")))
    g.add((node, RKG.adcode, Literal(d.adcode)))
    g.add((node, RKG.adminLevel, Literal(d.level)))
    if d.wkt:
        geom = URIRef(str(node) + "/geometry")
        g.add((node, GEO.hasGeometry, geom))
        g.add((geom, RDF.type, GEO.Geometry))
        g.add((geom, GEO.asWKT, Literal(d.wkt, datatype=GEO.wktLiteral)))
    parent = table.parent(d)
    if parent is not None:
        g.add((node, RKG.partOf, place_iri(parent.adcode)))
        add_place(g, parent)
    return node


def add_structure(rg: ReportGraph) -> None:
    g, r, sk = rg.g, rg.report, rg.skel
    for part in sk.parts:
        pn = part_iri(r, part.number)
        g.add((r, RKG.hasPart, pn))
        g.add((pn, RDF.type, RKG.Part))
        g.add((pn, RKG.inReport, r))
        g.add((pn, RKG.number, lit(part.number)))
        g.add((pn, RKG.numberLabel, Literal(part.label)))
        title = part.title or f"第{part.label}部分"
        g.add((pn, RKG.title, Literal(title, lang="zh")))
        rg.label(pn, f"{part.label}、{title}")
        g.add((pn, RKG.partKind, Literal(part.kind)))
        g.add((pn, RKG.isInferred, lit(part.inferred)))
        if part.year:
            g.add((pn, RKG.period, lit(part.year)))
        if part.paragraph is not None:
            g.add((pn, RKG.evidence, rg.paragraph(part.paragraph)))
        for m in part.measures:
            _add_measure(rg, pn, pn, None, m)
        for area in part.areas:
            an = area_iri(pn, area.number)
            g.add((pn, RKG.hasPolicyArea, an))
            g.add((an, RDF.type, RKG.PolicyArea))
            g.add((an, RKG.inPart, pn))
            g.add((an, RKG.inReport, r))
            g.add((an, RKG.number, lit(area.number)))
            g.add((an, RKG.numberLabel, Literal(area.label)))
            g.add((an, RKG.title, Literal(area.title, lang="zh")))
            g.add((an, RKG.numberingStyle, Literal(area.style)))
            rg.label(an, f"{area.label}{area.title}")
            g.add((an, SKOS.prefLabel, Literal(area.title, lang="zh")))
            g.add((an, RKG.evidence, rg.paragraph(area.paragraph)))
            for m in area.measures:
                _add_measure(rg, an, pn, an, m)
        if part.main_targets is not None:
            mt = sub_iri(pn, "main-targets")
            g.add((pn, RKG.hasMainTargets, mt))
            g.add((mt, RDF.type, RKG.MainTargets))
            g.add((mt, RKG.inPart, pn))
            g.add((mt, RKG.inReport, r))
            rg.label(mt, "主要预期目标")
            g.add((mt, RKG.evidence, rg.paragraph(part.main_targets)))
        for item in part.livelihood:
            it = sub_iri(pn, "livelihood", item.number)
            g.add((pn, RKG.hasLivelihoodItem, it))
            g.add((it, RDF.type, RKG.LivelihoodItem))
            g.add((it, RKG.inPart, pn))
            g.add((it, RKG.inReport, r))
            g.add((it, RKG.number, lit(item.number)))
            g.add((it, RKG.title, Literal(item.title, lang="zh")))
            rg.label(it, f"{item.number}.{item.title}")
            g.add((it, RKG.evidence, rg.paragraph(item.paragraph)))


def _add_measure(rg: ReportGraph, parent: URIRef, part: URIRef, area: URIRef | None, m) -> None:
    g = rg.g
    mn = measure_iri(parent, m.number)
    g.add((parent, RKG.hasMeasure, mn))
    g.add((mn, RDF.type, RKG.Measure))
    g.add((mn, RKG.inPart, part))
    if area is not None:
        g.add((mn, RKG.inPolicyArea, area))
    g.add((mn, RKG.inReport, rg.report))
    g.add((mn, RKG.number, lit(m.number)))
    g.add((mn, RKG.title, Literal(m.title, lang="zh")))
    rg.label(mn, m.title)
    g.add((mn, RKG.evidence, rg.paragraph(m.paragraph)))


def add_text(rg: ReportGraph) -> None:
    """Paragraphs and sentences, with offsets: the evidence everything else points to."""
    g, doc = rg.g, rg.doc
    livelihood = {
        item.paragraph: sub_iri(part_iri(rg.report, part.number), "livelihood", item.number)
        for part in rg.skel.parts
        for item in part.livelihood
    }
    for p in doc.paragraphs:
        pn = rg.paragraph(p.index)
        g.add((pn, RDF.type, RKG.Paragraph))
        rg.label(pn, f"第{p.index + 1}段")
        g.add((pn, RKG.index, lit(p.index)))
        g.add((pn, RKG.inReport, rg.report))
        rg.span(pn, p.start, p.end)
        if p.heading:
            g.add((pn, RKG.isHeading, lit(True)))
        sec = livelihood.get(p.index) or rg.section_node(p.index)
        if sec is not None:
            g.add((pn, RKG.section, sec))
    for s in doc.sentences:
        sn = rg.sentence(s.index)
        g.add((sn, RDF.type, RKG.Sentence))
        rg.label(sn, f"第{s.index + 1}句")
        g.add((sn, RKG.index, lit(s.index)))
        g.add((sn, RKG.inReport, rg.report))
        g.add((sn, RKG.inParagraph, rg.paragraph(s.paragraph)))
        rg.span(sn, s.start, s.end)


#: what turns the skeleton and text into triples; kg.pipeline adds the extraction stages' own
CONTRIBUTORS: list[Callable[[ReportGraph], None]] = [add_report, add_structure, add_text]


def new_dataset() -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds


def build_dataset(
    results: list[ReportResult], contributors: list[Callable[[ReportGraph], None]] | None = None
) -> Dataset:
    ds = new_dataset()
    for result in sorted(results, key=lambda r: r.report_id):
        rg = ReportGraph(ds, result)
        for contribute in contributors if contributors is not None else CONTRIBUTORS:
            contribute(rg)
    return ds
