"""Dataset metadata: ``void.ttl`` beside the graph, a VoID and DCAT description of the build.

What it says (every node an IRI, no blank nodes; the same build gives the same bytes):

- the build, ``id/dataset/KEY``: a ``void:Dataset`` and ``dcat:Dataset`` with its counts
  (``void:triples`` = distinct triples of the union, ``void:entities`` = distinct IRI subjects,
  ``void:distinctSubjects``/``Objects``, ``void:properties``, ``void:classes``), class and property
  partitions, the vocabularies it uses, and a ``dcat:distribution`` per output file with its media
  type. KEY is the report id for a one-report build, else ``reports-N-HASH`` of the report ids.
- one ``void:subset`` per report graph, named by the graph's own IRI (``id/graph/REPORT``), with
  the same counts and partitions, its ``void:rootResource`` (the report) and the source file it was
  derived from;
- the source files, ``id/source/SHA256``: ``dcat:Distribution`` and ``prov:Entity`` with file
  name, media type and an ``spdx:checksum`` (SHA-256);
- the build activity (``prov:used`` the sources, ``prov:wasAssociatedWith`` the tool and its version).

No time is written unless one is given: ``kg void --build-time`` or the ``SOURCE_DATE_EPOCH``
environment variable (https://reproducible-builds.org/specs/source-date-epoch/); then the dataset
gets ``dcterms:created`` and the activity ``prov:endedAtTime``.

Everything is computed from the graph alone, so ``kg void BUILD`` rewrites exactly what
``kg build`` wrote (given the same time).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg.errors import DataError, InputError
from kg.ids import BASE, ID
from kg.ontology import PREFIXES, RKG

FILE_NAME = "void.ttl"

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SPDX = "http://spdx.org/rdf/terms#"
IANA = "https://www.iana.org/assignments/media-types/"

MEDIA_TYPES = {
    ".ttl": "text/turtle",
    ".trig": "application/trig",
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".jsonld": "application/ld+json",
    ".json": "application/json",
    ".html": "text/html",
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
    ".md": "text/markdown",
    ".txt": "text/plain",
    ".xml": "application/xml",
}
SOURCE_MEDIA_TYPES = {
    "markdown": "text/markdown",
    "text": "text/plain",
    "html": "text/html",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}

_OUT_PREFIXES = {**PREFIXES, "spdx": SPDX, "schema": "http://schema.org/"}

# A normalised quad: (subject key, subject IRI or None, predicate IRI, object key, object IRI or None,
# object literal value or None, graph IRI). Keys make equal terms equal whichever parser made them.
NQuad = tuple[str, "str | None", str, tuple, "str | None", "str | None", str]


# --------------------------------------------------------------------------- build time


def parse_build_time(text: str) -> datetime:
    """``now``, seconds since the epoch, or an ISO 8601 date-time (UTC unless it says otherwise)."""
    t = text.strip()
    if t.lower() == "now":
        return datetime.now(timezone.utc).replace(microsecond=0)
    if re.fullmatch(r"\d+", t):
        return datetime.fromtimestamp(int(t), tz=timezone.utc)
    try:
        d = datetime.fromisoformat(t.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"{text!r} is not a time (use now, seconds since 1970, or 2025-03-05T09:00:00+08:00)") from None
    if d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return d.astimezone(timezone.utc).replace(microsecond=0)


def build_time_from_env(env=None) -> datetime | None:
    """The time ``SOURCE_DATE_EPOCH`` gives, or None (then no time is written)."""
    env = os.environ if env is None else env
    raw = env.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not re.fullmatch(r"\d+", raw):
        raise InputError(f"SOURCE_DATE_EPOCH={raw!r} is not a whole number of seconds")
    return datetime.fromtimestamp(int(raw), tz=timezone.utc)


# --------------------------------------------------------------------------- reading quads


def quads_from_rdflib(ds) -> Iterator[NQuad]:
    from rdflib import BNode, Literal, URIRef

    from kg.write import named_graphs

    for g in named_graphs(ds):
        gid = str(g.identifier)
        for s, p, o in g:
            s_iri = str(s) if isinstance(s, URIRef) else None
            s_key = s_iri if s_iri is not None else "_:" + str(s)
            if isinstance(o, Literal):
                dt = str(o.datatype) if o.datatype else (RDF_LANGSTRING if o.language else XSD + "string")
                yield s_key, s_iri, str(p), ("L", str(o), dt, (o.language or "").lower()), None, str(o), gid
            elif isinstance(o, BNode):
                yield s_key, s_iri, str(p), ("B", str(o)), None, None, gid
            else:
                yield s_key, s_iri, str(p), ("I", str(o)), str(o), None, gid


def quads_from_oxigraph(quads: Iterable[ox.Quad]) -> Iterator[NQuad]:
    for q in quads:
        if isinstance(q.graph_name, ox.DefaultGraph):
            continue
        s, o = q.subject, q.object
        s_iri = s.value if isinstance(s, ox.NamedNode) else None
        s_key = s_iri if s_iri is not None else "_:" + str(s)
        if isinstance(o, ox.Literal):
            key = ("L", o.value, o.datatype.value, (o.language or "").lower())
            yield s_key, s_iri, q.predicate.value, key, None, o.value, q.graph_name.value
        elif isinstance(o, ox.NamedNode):
            yield s_key, s_iri, q.predicate.value, ("I", o.value), o.value, None, q.graph_name.value
        else:
            yield s_key, s_iri, q.predicate.value, ("B", str(o)), None, None, q.graph_name.value


# --------------------------------------------------------------------------- counting


@dataclass
class Stats:
    triples: set = field(default_factory=set)
    subjects: set = field(default_factory=set)
    entities: set = field(default_factory=set)
    objects: set = field(default_factory=set)
    properties: Counter = field(default_factory=Counter)
    classes: dict = field(default_factory=lambda: defaultdict(set))

    def add(self, s_key, s_iri, p, o_key, o_iri) -> None:
        t = (s_key, p, o_key)
        if t in self.triples:
            return
        self.triples.add(t)
        self.subjects.add(s_key)
        if s_iri is not None:
            self.entities.add(s_iri)
        self.objects.add(o_key)
        self.properties[p] += 1
        if p == RDF_TYPE and o_iri is not None:
            self.classes[o_iri].add(s_key)


@dataclass
class Source:
    report: str
    file: str
    sha256: str
    format: str


def count(quads: Iterable[NQuad]) -> tuple[Stats, dict[str, Stats], dict[str, Source]]:
    union = Stats()
    graphs: dict[str, Stats] = defaultdict(Stats)
    report_props: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    reports: dict[str, str] = {}  # graph → report IRI
    wanted = {str(RKG.sourceFile): "file", str(RKG.sourceSha256): "sha256", str(RKG.sourceFormat): "format"}
    report_class = str(RKG.Report)
    for s_key, s_iri, p, o_key, o_iri, o_val, g in quads:
        union.add(s_key, s_iri, p, o_key, o_iri)
        graphs[g].add(s_key, s_iri, p, o_key, o_iri)
        if p in wanted and o_val is not None and s_iri is not None:
            report_props[(g, s_iri)][wanted[p]] = o_val
        elif p == RDF_TYPE and o_iri == report_class and s_iri is not None:
            reports.setdefault(g, s_iri)
            reports[g] = min(reports[g], s_iri)
    sources = {}
    for g, r in reports.items():
        props = report_props.get((g, r), {})
        if props.get("sha256"):
            sources[g] = Source(r, props.get("file", ""), props["sha256"], props.get("format", ""))
    return union, dict(graphs), sources


# --------------------------------------------------------------------------- describing


def _slug(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and re.fullmatch(r"[A-Za-z0-9_-]+", iri[len(ns):] or "-"):
            return f"{prefix}-{iri[len(ns):]}"
    return "h" + hashlib.sha256(iri.encode("utf-8")).hexdigest()[:12]


def output_files() -> list[str]:
    """The files a build writes besides void.ttl (the registries of kg.write and kg.pipeline)."""
    from kg import pipeline, write

    names = list(write.FORMATS) + [n for n, _ in pipeline.EXTRA_OUTPUTS] + ["graph.html"]
    return sorted(set(n for n in names if n != FILE_NAME))


class _Triples:
    """The description as plain tuples, made into an rdflib graph at the end (sorted Turtle)."""

    def __init__(self):
        self.items: set[tuple] = set()

    def add(self, s: str, p: str, o: str) -> None:
        self.items.add((s, p, ("I", o)))

    def lit(self, s: str, p: str, value, datatype: str | None = None, language: str | None = None) -> None:
        if isinstance(value, int):
            value, datatype = str(value), XSD + "integer"
        self.items.add((s, p, ("L", value, datatype, language)))

    def turtle(self) -> bytes:
        """Turtle grouped by subject and predicate, in sorted order (rdflib's writer is slow here)."""
        by_subject: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in self.items:
            by_subject[s][p].append(o)
        used: set[str] = set()
        out: list[str] = []
        for s in sorted(by_subject):
            preds = by_subject[s]
            lines = []
            for p in sorted(preds, key=lambda p: (p != RDF_TYPE, p)):
                objs = sorted(preds[p], key=lambda o: tuple(v or "" for v in o))
                words = (", " if len(objs) <= 3 else ",\n        ").join(_term(o, used) for o in objs)
                lines.append(("a" if p == RDF_TYPE else _iri(p, used)) + " " + words)
            out.append(_iri(s, used) + " " + " ;\n    ".join(lines) + " .\n")
        head = [f"@prefix {k}: <{v}> ." for k, v in sorted(_OUT_PREFIXES.items()) if k in used]
        return ("\n".join(head) + "\n\n" + "\n".join(out)).encode("utf-8")


_PNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def _iri(iri: str, used: set[str]) -> str:
    for prefix, ns in _OUT_PREFIXES.items():
        if iri.startswith(ns) and _PNAME.fullmatch(iri[len(ns):]):
            used.add(prefix)
            return f"{prefix}:{iri[len(ns):]}"
    return str(ox.NamedNode(iri))


def _term(o: tuple, used: set[str]) -> str:
    if o[0] == "I":
        return _iri(o[1], used)
    _, value, datatype, language = o
    if datatype == XSD + "integer" and re.fullmatch(r"-?\d+", value):
        return value
    if language:
        return str(ox.Literal(value, language=language))
    if datatype and datatype != XSD + "string":
        used.add("xsd")
        return str(ox.Literal(value)) + "^^" + _iri(datatype, used)
    return str(ox.Literal(value))


V = PREFIXES["void"]
DCAT = PREFIXES["dcat"]
DCT = PREFIXES["dcterms"]
PROV = PREFIXES["prov"]
RDFS = PREFIXES["rdfs"]
SCHEMA = "http://schema.org/"


def _stats(t: _Triples, node: str, st: Stats) -> None:
    t.add(node, RDF_TYPE, V + "Dataset")
    t.lit(node, V + "triples", len(st.triples))
    t.lit(node, V + "entities", len(st.entities))
    t.lit(node, V + "distinctSubjects", len(st.subjects))
    t.lit(node, V + "distinctObjects", len(st.objects))
    t.lit(node, V + "properties", len(st.properties))
    t.lit(node, V + "classes", len(st.classes))
    for cls, members in st.classes.items():
        part = f"{node}/class/{_slug(cls)}"
        t.add(node, V + "classPartition", part)
        t.add(part, RDF_TYPE, V + "Dataset")
        t.add(part, V + "class", cls)
        t.lit(part, V + "entities", len(members))
    for prop, n in st.properties.items():
        part = f"{node}/property/{_slug(prop)}"
        t.add(node, V + "propertyPartition", part)
        t.add(part, RDF_TYPE, V + "Dataset")
        t.add(part, V + "property", prop)
        t.lit(part, V + "triples", n)


def dataset_key(graph_iris: Iterable[str]) -> str:
    ids = sorted(g.rsplit("/", 1)[-1] for g in graph_iris)
    if len(ids) == 1:
        return ids[0]
    return f"reports-{len(ids)}-" + hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:12]


def describe(quads: Iterable[NQuad], *, build_time: datetime | None = None, files: list[str] | None = None) -> bytes:
    """The Turtle of void.ttl for these quads."""
    from kg import __version__

    union, graphs, sources = count(quads)
    if not graphs:
        raise DataError("the graph has no named graphs to describe")
    files = output_files() if files is None else sorted(files)
    t = _Triples()
    key = dataset_key(graphs)
    ds = f"{ID}dataset/{key}"
    activity = f"{ds}/build"
    tool = f"{BASE}software/report-kg/{__version__}"
    n = len(graphs)

    _stats(t, ds, union)
    t.add(ds, RDF_TYPE, DCAT + "Dataset")
    t.lit(ds, DCT + "title", f"report-kg knowledge graph of {n} government work report{'s' if n != 1 else ''}", language="en")
    t.lit(ds, DCT + "title", f"政府工作报告知识图谱（{n}篇）", language="zh")
    t.lit(ds, DCT + "description", "Structure, named things and evidence of Chinese government work reports "
          "(政府工作报告), one named graph per report.", language="en")
    t.lit(ds, DCT + "language", "zh")
    t.add(ds, DCT + "conformsTo", BASE + "ontology")
    t.lit(ds, V + "uriSpace", ID)
    used = set(union.properties) | set(union.classes)
    for ns in sorted(set(PREFIXES.values())):
        if any(i.startswith(ns) for i in used):
            t.add(ds, V + "vocabulary", ns)
    t.add(ds, PROV + "wasGeneratedBy", activity)
    if build_time is not None:
        stamp = build_time.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        t.lit(ds, DCT + "created", stamp, datatype=XSD + "dateTime")
        t.lit(activity, PROV + "endedAtTime", stamp, datatype=XSD + "dateTime")

    for name in files:
        dist = f"{ds}/distribution/{name}"
        t.add(ds, DCAT + "distribution", dist)
        t.add(dist, RDF_TYPE, DCAT + "Distribution")
        t.lit(dist, DCT + "title", name)
        mt = MEDIA_TYPES.get(Path(name).suffix.lower(), "application/octet-stream")
        t.add(dist, DCAT + "mediaType", IANA + mt)

    t.add(activity, RDF_TYPE, PROV + "Activity")
    t.add(activity, PROV + "wasAssociatedWith", tool)
    t.add(tool, RDF_TYPE, PROV + "SoftwareAgent")
    t.add(tool, RDF_TYPE, SCHEMA + "SoftwareApplication")
    t.lit(tool, RDFS + "label", f"report-kg {__version__}")
    t.lit(tool, SCHEMA + "softwareVersion", __version__)
    t.lit(tool, DCT + "hasVersion", __version__)

    for g, st in graphs.items():
        t.add(ds, V + "subset", g)
        _stats(t, g, st)
        src = sources.get(g)
        if src is None:
            continue
        t.add(g, V + "rootResource", src.report)
        node = f"{ID}source/{src.sha256}"
        t.add(g, PROV + "wasDerivedFrom", node)
        t.add(ds, DCT + "source", node)
        t.add(activity, PROV + "used", node)
        t.add(node, RDF_TYPE, DCAT + "Distribution")
        t.add(node, RDF_TYPE, PROV + "Entity")
        if src.file:
            t.lit(node, DCT + "title", src.file)
        if src.format in SOURCE_MEDIA_TYPES:
            t.add(node, DCAT + "mediaType", IANA + SOURCE_MEDIA_TYPES[src.format])
        check = f"{node}/checksum"
        t.add(node, SPDX + "checksum", check)
        t.add(check, RDF_TYPE, SPDX + "Checksum")
        t.add(check, SPDX + "algorithm", SPDX + "checksumAlgorithm_sha256")
        t.lit(check, SPDX + "checksumValue", src.sha256, datatype=XSD + "hexBinary")

    body = t.turtle()
    head = (f"# VoID and DCAT description of a report-kg build, written by report-kg {__version__}.\n"
            "# Counts are of distinct triples; void:entities counts distinct IRI subjects.\n")
    return head.encode("utf-8") + body


# --------------------------------------------------------------------------- entry points


def void_for_build(ds, results) -> bytes:
    """The ``EXTRA_OUTPUTS`` entry of ``kg build``: void.ttl for the built dataset."""
    return describe(quads_from_rdflib(ds), build_time=build_time_from_env())


def files_in(build: Path) -> list[str]:
    """The output files present in a build folder (not void.ttl, hidden files or folders)."""
    return sorted(
        p.name for p in build.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.name != FILE_NAME
    )


def void_for_path(path: str | Path, *, build_time: datetime | None = None) -> bytes:
    """void.ttl for a build folder (listing the files in it) or a graph file, read with Oxigraph."""
    from kg.store import _FORMATS, graph_file

    f = graph_file(path)
    try:
        quads = list(ox.parse(path=str(f), format=_FORMATS[f.suffix.lower()]))
    except (SyntaxError, ValueError, OSError) as e:
        raise DataError(f"{f}: cannot be parsed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    files = files_in(Path(path)) if Path(path).is_dir() else None
    return describe(quads_from_oxigraph(quads), build_time=build_time, files=files)


def write_void(build: str | Path, *, build_time: datetime | None = None) -> Path:
    """(Re)write ``void.ttl`` in a build folder from its graph."""
    from kg.write import atomic_write

    build = Path(build)
    if not build.is_dir():
        raise InputError(f"{build}: not a build folder")
    out = build / FILE_NAME
    atomic_write(out, void_for_path(build, build_time=build_time))
    return out
