"""The interactive HTML view (pyvis, vis-network inlined: the page works with no network).

Nothing from a report's text can run: labels go to vis-network as JSON through Jinja's
``tojson`` (which escapes ``<``, ``>``, ``&`` and quotes), tooltips are HTML-escaped, and the
page's own heading is escaped. Remote stylesheets and scripts of the template are removed.
"""

from __future__ import annotations

import html
import re

from rdflib import RDF, RDFS, Dataset, Literal, URIRef

from kg.ontology import RKG

# what the view shows, and how (indicators are left out: they hang off observations, which are
# many and are better read as a table, observations.csv)
STYLE = {
    RKG.Report: ("#d62728", 40, "报告"),
    RKG.Part: ("#ff7f0e", 28, "部分"),
    RKG.PolicyArea: ("#2ca02c", 20, "政策领域"),
    RKG.Measure: ("#98df8a", 10, "举措"),
    RKG.LivelihoodItem: ("#bcbd22", 12, "民生实事"),
    RKG.MainTargets: ("#17becf", 14, "主要预期目标"),
    RKG.Programme: ("#1f77b4", 14, "计划/工程"),
    RKG.Project: ("#9467bd", 14, "项目"),
    RKG.Place: ("#8c564b", 12, "地点"),
    RKG.Organization: ("#e377c2", 12, "机构"),
    RKG.Event: ("#7f7f7f", 12, "事件"),
}
EDGES = {
    RKG.hasPart: "部分",
    RKG.hasPolicyArea: "领域",
    RKG.hasMeasure: "举措",
    RKG.hasLivelihoodItem: "民生实事",
    RKG.hasMainTargets: "目标",
    RKG.issuedBy: "发布",
    RKG.region: "地区",
    RKG.partOf: "隶属",
    RKG.locatedIn: "位于",
    RKG.appearsInArea: "见于",
}

#: label sizes of the structural nodes (others: vis-network's 14)
_FONT = {RKG.Report: 90, RKG.Part: 72, RKG.PolicyArea: 60}

_REMOTE = re.compile(r'<(?:link|script)[^>]+(?:href|src)="https?://[^"]*"[^>]*>(?:</script>)?\s*')


def _label(ds: Dataset, node: URIRef) -> str:
    labels = sorted(str(o) for o in ds.objects(node, RDFS.label) if isinstance(o, Literal) and o.language == "zh")
    return labels[0] if labels else str(node).rsplit("/", 1)[-1]


def render_html(ds: Dataset, *, title: str = "report-kg", max_nodes: int = 1500) -> bytes:
    from pyvis.network import Network

    from kg.write import union_graph

    # a Dataset's own triples() sees only its default graph; the view needs only these predicates
    ds = union_graph(ds, [RDF.type, RDFS.label, *EDGES, RKG.entity, RKG.weight])
    kinds: dict[URIRef, URIRef] = {}
    for cls in STYLE:
        for s in ds.subjects(RDF.type, cls):
            if isinstance(s, URIRef) and s not in kinds:
                kinds[s] = cls
    nodes = sorted(kinds, key=lambda n: (list(STYLE).index(kinds[n]), str(n)))[:max_nodes]
    keep = set(nodes)
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line", heading="")
    net.toggle_physics(True)
    # spread the policy areas' clusters apart so that their labels do not sit on each other
    net.force_atlas_2based(gravity=-120, central_gravity=0.005, spring_length=140, spring_strength=0.06,
                           damping=0.5, overlap=0.6)
    # the same seed for vis-network's first positions on every load: the same page lays out the same way
    # (unseeded, each load drew another picture)
    net.options.layout = {"randomSeed": 20250101}
    for n in nodes:
        color, size, kind = STYLE[kinds[n]]
        label = _label(ds, n)
        short = label if len(label) <= 18 else label[:17] + "…"
        tip = f"{html.escape(kind)}：{html.escape(label)}<br>{html.escape(str(n))}"
        # the report, its parts and policy areas keep labels readable when the whole graph is in view
        font = {"size": _FONT.get(kinds[n], 14)}
        net.add_node(str(n), label=short, title=tip, color=color, size=size, font=font)
    edges = set()
    for p, name in EDGES.items():
        for s, o in ds.subject_objects(p):
            if s in keep and o in keep and s != o:
                edges.add((str(s), str(o), name))
    for s, o, name in sorted(edges):
        net.add_edge(s, o, title=html.escape(name))
    # co-mentions (kg.network): an undirected dashed edge between the two entities, width by weight
    comentions = set()
    for c in ds.subjects(RDF.type, RKG.CoMention):
        pair = sorted(str(e) for e in ds.objects(c, RKG.entity))
        weights = [int(w) for w in ds.objects(c, RKG.weight)]
        if len(pair) == 2 and all(URIRef(p) in keep for p in pair) and weights:
            comentions.add((pair[0], pair[1], max(weights)))
    for a, b, w in sorted(comentions):
        net.add_edge(a, b, title=html.escape(f"共现 ×{w}"), dashes=True, arrows="", width=min(1 + w, 8),
                     color="#bbbbbb")
    page = net.generate_html(notebook=False)
    page = _REMOTE.sub("", page)
    page = page.replace("<h1></h1>", "")
    head = f"<title>{html.escape(title)}</title>"
    page = page.replace("<head>", f"<head>\n{head}", 1)
    page = re.sub(r"<body>", lambda m: m.group() + "\n" + _legend(kinds, keep, len(kinds)), page, count=1)
    return page.encode("utf-8")


def _legend(kinds: dict[URIRef, URIRef], shown: set[URIRef], total: int) -> str:
    """A fixed box naming each kind of node with its colour and how many are drawn (our own words
    only: no report text goes into it)."""
    counts: dict[URIRef, int] = {}
    for n in shown:
        counts[kinds[n]] = counts.get(kinds[n], 0) + 1
    rows = []
    for cls, (color, _size, kind) in STYLE.items():
        if counts.get(cls):
            en = str(cls).rsplit("#", 1)[-1]
            rows.append(
                f'<div><span style="display:inline-block;width:10px;height:10px;border-radius:5px;'
                f'background:{color};margin-right:6px"></span>{html.escape(kind)} ({en}) {counts[cls]}</div>'
            )
    if len(shown) < total:
        rows.append(f"<div>{total - len(shown)} more nodes not drawn</div>")
    rows.append("<div>— 位于/隶属/部分 … 关系；虚线: 共现 (co-mention)</div>")
    style = ("position:fixed;top:8px;right:8px;z-index:10;background:rgba(255,255,255,.92);"
             "border:1px solid #ccc;border-radius:4px;padding:6px 10px;font:12px sans-serif")
    return f'<div class="kg-legend" style="{style}">' + "".join(rows) + "</div>"
