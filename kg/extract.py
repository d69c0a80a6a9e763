"""Entities: run the spaCy pipeline over a report, resolve mentions to entities, add them to the graph.

Data flow: Document text → ``nlp`` → spans in ``doc.spans[MENTIONS]`` → :class:`Mention` (plain
data, offsets into ``Document.text``) → :func:`resolve` → :class:`Entity` (one per thing, stable key
and IRI across reports) → triples (:func:`add_entities`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef

from kg.components.places import VENUES
from kg.components.projects import WORKS_BODIES
from kg.graph import ReportGraph, ReportResult
from kg.ids import entity_iri, place_iri, sub_iri
from kg.nlp import MENTIONS, get_nlp
from kg.ontology import RKG

TYPES = ("Programme", "Project", "Place", "Organization", "Event")


@dataclass(frozen=True)
class Mention:
    type: str  # one of TYPES
    start: int  # offsets into Document.text
    end: int
    text: str
    key: str  # resolution key
    attrs: tuple[tuple[str, object], ...] = ()

    def attr(self, name: str, default=None):
        return dict(self.attrs).get(name, default)


@dataclass
class Entity:
    type: str
    key: str
    label: str  # canonical name (Chinese)
    iri: URIRef
    aliases: set[str] = field(default_factory=set)
    attrs: dict = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    located_in: set[str] = field(default_factory=set)  # place keys


def _freeze(attrs: dict | None) -> tuple[tuple[str, object], ...]:
    if not attrs:
        return ()
    return tuple(sorted((k, v) for k, v in attrs.items() if isinstance(v, (str, int, float, bool))))


def find_mentions(text: str, original: str | None = None, region: str | None = None,
                  region_name: str | None = None) -> list[Mention]:
    """All mentions in ``text``, sorted by position, overlaps resolved (the longest span wins,
    then the earliest; a place named inside a project's name is not a mention of its own).

    ``original``: the same text in its original script (same length); mention texts come from it.
    ``region``: the report's adcode (components read it as ``doc.user_data["kg_region"]``);
    ``region_name``: the name the report gives it (``doc.user_data["kg_region_name"]``: 屯溪市 for 屯溪区).
    """
    from spacy.util import filter_spans

    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc.user_data["kg_text"] = text  # spaCy rebuilds doc.text at every access: components read this
    if region:
        doc.user_data["kg_region"] = region
    if region_name:
        doc.user_data["kg_region_name"] = region_name
    # figures are read by their own stage (kg.observations); the entity components run here
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n == "kg_figures"]):
        doc = nlp(doc)
    src = original if original is not None else text
    out: list[Mention] = []
    spans = list(doc.spans.get(MENTIONS, []))
    # a body listed among works being built (推进X医院、Y医院等扩建工程, A馆、B馆三大建筑) is, there, a project
    # and so is a museum or a device whose building the text says has started (…博物馆开工建设)
    listed = {(sp.start, sp.end) for sp in spans if sp.label_ == "Project" and _built_there(sp._.kg_attrs or {})}
    # a place that names the works of a counted or typed list (刘家峡和盐锅峡两个水利枢纽) is there the works
    typed = {(sp.start, sp.end) for sp in spans if sp.label_ == "Project" and (
        (sp._.kg_attrs or {}).get("rule") == "counted"
        or (sp._.kg_attrs or {}).get("rule") == "enumeration" and ((sp._.kg_key or sp.text) != sp.text or _names_a_facility(sp.text))
        or _park_built((sp._.kg_attrs or {})))}
    spans = [sp for sp in spans if not (sp.label_ == "Organization" and (sp.start, sp.end) in listed)
             and not (sp.label_ == "Place" and (sp.start, sp.end) in typed)]
    for span in filter_spans(spans):
        key = span._.kg_key or span.text
        start = span.start_char
        if _SPLIT_VERB.fullmatch(text, max(0, start - 1), start + 1) and span.end_char - start >= 4 and key.startswith(text[start]):
            start, key = start + 1, key[1:]  # 建设|好中缅油气管道, 建|设长征国家文化公园: the verb's last character
        out.append(
            Mention(span.label_, start, span.end_char, src[start : span.end_char], key, _freeze(span._.kg_attrs))
        )
    return sorted(set(out), key=lambda m: (m.start, -m.end, m.type, m.key))


#: two-character verbs whose second character a name was read to open (建设|好中缅油气管道, 编制|出江门市城市初步规划,
#: 高质量建|设长征国家文化公园, 支援|着京广铁路): the character is the verb's, not the name's
_SPLIT_VERB = re.compile(r"[打办抓搞用管做建修开设]好|建设|[制做提]出|[\u4e00-\u9fff]着")


def _names_a_facility(name: str) -> bool:
    """Does a listed item end in a facility's head (宜昌邦普一体化新能源产业园), so that it names the works
    and not the place it is in?"""
    from kg.components.projects import _head_of, project_patterns

    return _head_of(name, project_patterns()) is not None


def _built_there(attrs: dict) -> bool:
    """Does a project's rule say the thing is being built where it is named (listed among works, works
    on it, a built facility with a started status, a plant or steel company whose own verb is a
    status)?"""
    rule = attrs.get("rule")
    if _built_kind(attrs, _COMPUTING):
        return True  # 推进成都超算中心建设: a computing centre is built, not a body
    if _built_kind(attrs, VENUES + ("文化宫",)):
        return True  # 加快无锡美术馆…建设: a museum or library being built is works, not the body that runs it
    if _built_kind(attrs, ("校区", "院区")):
        return True  # 推进南京大学苏州校区建设: a university's or hospital's new campus being built is works
    if rule == "head" and attrs.get("built_here") and str(attrs.get("canonical", "")).endswith(WORKS_BODIES):
        return True  # 武汉钢铁公司的建设已经全面铺开: a works being built, though named like a company
    return rule in ("enumeration", "counted", "works", "institute") or (rule == "built" and attrs.get("status") in ("started", "completed"))


def _built_kind(attrs: dict, heads: tuple[str, ...]) -> bool:
    """Is the thing one of ``heads`` that a status verb says is being built, done or planned?"""
    return attrs.get("rule") == "built" and attrs.get("status") is not None \
        and str(attrs.get("canonical", "")).endswith(heads)


def _park_built(attrs: dict) -> bool:
    """Is a park being built or worked on (推进金坛储能产业园建设)? Then it is a project there; a park
    named only as a setting (…产业园入驻企业超过300家) stays a place."""
    from kg.components.projects import PARKS

    return _built_kind(attrs, PARKS)


#: computing and data centres: facilities wherever a status verb stands by them
_COMPUTING = ("超算中心", "算力中心", "智算中心", "数据中心")


def entity_key_iri(type_: str, key: str, attrs: dict) -> URIRef:
    if type_ == "Place" and attrs.get("adcode"):
        return place_iri(str(attrs["adcode"]))
    return entity_iri(type_.lower(), key)


def resolve(mentions: list[Mention], simplified: str | None = None) -> list[Entity]:
    """One entity per (type, key); the canonical label is the lexicon's or the most frequent text.

    ``simplified``: the Simplified view of the text the mentions index (``Document.simplified``),
    when the report is in Traditional script; labels are then Simplified, the original forms aliases.
    """
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        groups.setdefault((m.type, m.key), []).append(m)
    entities: list[Entity] = []
    for (type_, key), ms in sorted(groups.items()):
        attrs: dict = {}
        for m in ms:
            for k, v in m.attrs:
                attrs.setdefault(k, v)
        texts = Counter(m.text for m in ms)
        forms = Counter(simplified[m.start : m.end] for m in ms) if simplified is not None else texts
        label = attrs.get("canonical") or sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        aliases = (set(texts) | set(forms) | ({str(attrs["alias"])} if attrs.get("alias") else set())) - {label}
        ent = Entity(type_, key, str(label), entity_key_iri(type_, key, attrs), aliases, attrs, ms)
        entities.append(ent)
    return entities


#: further resolution steps, each fn(result, entities) -> None (locatedIn, partOf, …): a callable
#: or a "module:function" string, imported when first used (components import this module)
RESOLVERS: list = [
    "kg.components.orgs_events:nested_organizations",  # 上海合作组织 inside 上海合作组织峰会
    "kg.components.places:locate_entities",  # locatedIn, division labels
]


def _resolver(fn):
    if isinstance(fn, str):
        import importlib

        module, name = fn.split(":")
        return getattr(importlib.import_module(module), name)
    return fn


def extract_entities(result: ReportResult) -> None:
    """Pipeline stage: mentions and entities of one report into ``result.extras``."""
    doc = result.doc
    mentions = find_mentions(doc.analysis_text, doc.text, result.skeleton.region, result.skeleton.region_name)
    entities = resolve(mentions, doc.simplified)
    for fn in RESOLVERS:
        _resolver(fn)(result, entities)
    result.extras["mentions"] = mentions
    result.extras["entities"] = entities


def _division(ent: Entity):
    """The admin division an entity is, if it is one."""
    if ent.type != "Place" or not ent.attrs.get("adcode"):
        return None
    from kg.places import CHINA, admin_table

    code = str(ent.attrs["adcode"])
    return CHINA if code == CHINA.adcode else admin_table().get(code)


def add_entities(rg: ReportGraph) -> None:
    """Graph contributor: entity nodes, labels, mentions with evidence, policy areas."""
    entities: list[Entity] = rg.result.extras.get("entities", [])
    g = rg.g
    for ent in entities:
        node = ent.iri
        g.add((node, RDF.type, RKG[ent.type]))
        division = _division(ent)
        if division is not None:
            # labels of a division come from the admin table (kg.graph.add_place): short name as
            # rdfs:label, full name as skos:prefLabel; other spellings in the text are altLabels
            for alias in sorted(({ent.label} | ent.aliases) - {division.name, division.short}):
                g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        else:
            g.add((node, RDFS.label, Literal(ent.label, lang="zh")))
            g.add((node, SKOS.prefLabel, Literal(ent.label, lang="zh")))
            for alias in sorted(ent.aliases - {ent.label}):
                g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        if ent.attrs.get("english"):
            g.add((node, RDFS.label, Literal(str(ent.attrs["english"]), lang="en")))
        g.add((node, RKG.mentionedIn, rg.report))
        areas = set()
        for m in ent.mentions:
            mn = sub_iri(rg.report, "mention", f"{m.start}-{m.end}")
            g.add((mn, RDF.type, RKG.Mention))
            g.add((mn, RKG.refersTo, node))
            g.add((mn, RKG.inReport, rg.report))
            rg.span(mn, m.start, m.end)
            sent = rg.sentence_at(m.start)
            if sent is not None:
                g.add((mn, RKG.inSentence, sent))
            _, area, _ = rg.structure_at(m.start)
            if area is not None:
                areas.add(area)
        for area in sorted(areas):
            g.add((node, RKG.appearsInArea, area))
        for place_key in sorted(ent.located_in):
            g.add((node, RKG.locatedIn, place_key if isinstance(place_key, URIRef) else URIRef(place_key)))


def _literal_int(v: int) -> Literal:
    return Literal(v, datatype=XSD.integer)
