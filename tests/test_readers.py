"""Reading reports as users get them: the bundled report converted, in the test, into every format.

Each form must give (nearly) the same report as the original markdown: the same policy areas and
measures from the skeleton, and the same entities (type, Simplified label) from the extraction
stages. The converters below are also used by tests/test_bad_input.py and bench/bench_input.py.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from pathlib import Path

import pytest

from helpers import BUNDLED, corpus

# --------------------------------------------------------------------------- converters


def source_blocks(md_text: str):
    """The markdown's raw blocks (before any repair): what a typesetter would have had."""
    from kg.read import split_blocks

    return split_blocks(md_text, markdown=True)


def to_docx(blocks) -> bytes:
    import docx

    d = docx.Document()
    for blk in blocks:
        p = d.add_heading(level=min(blk.heading, 9)) if blk.heading else d.add_paragraph()
        for r in blk.runs:
            run = p.add_run(r.text)
            if r.bold:
                run.bold = True
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


_CHROME_TOP = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>政府工作报告_浙江省人民政府门户网站</title>
<link rel="stylesheet" href="/css/main.css"><style>.nav li {{ float: left }}</style>
<script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script></head>
<body><div class="top-bar"><a href="/">首页</a> | <a href="/wza">无障碍</a> | <a href="/en">English</a></div>
<div class="header"><img src="/logo.png" alt="浙江省人民政府"><form class="search"><input name="q"><button>搜索</button></form></div>
<div id="nav" class="nav"><ul><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/zjgk">走进浙江</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府工作报告</div>
<div class="wrapper"><div class="sidebar"><h3>热点专题</h3><ul><li><a href="/t1">深入学习贯彻党的二十届三中全会精神专题</a></li>
<li><a href="/t2">优化营商环境专题</a></li></ul></div>
<div class="main-content"><h1 class="article-title">政府工作报告</h1>
<div class="info">发布时间：2025-01-20 来源：浙江日报 浏览次数：12345 字号：[大 中 小] 打印</div>
<!-- 正文开始 --><div id="zoom" class="article-body TRS_Editor">
"""
_CHROME_BOTTOM = """</div><!-- 正文结束 -->
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div></div></div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/r1">省政府召开常务会议研究部署一季度经济工作</a></li>
<li><a href="/r2">我省出台进一步推动经济高质量发展若干政策</a></li></ul></div>
<div class="footer"><p>主办：浙江省人民政府办公厅　承办：浙江省大数据发展管理局</p>
<p>版权所有 浙ICP备12345678号 网站标识码3300000001 浙公网安备 33010602000001号</p></div>
<script src="/js/jquery.js"></script><script>$(function(){ $(".nav").show(); });</script>
</body></html>
"""


def to_html(blocks, charset: str = "utf-8") -> bytes:
    body = []
    for blk in blocks:
        inner = "".join(
            f"<strong>{html.escape(r.text)}</strong>" if r.bold else html.escape(r.text) for r in blk.runs
        )
        body.append(f"<h{blk.heading}>{inner}</h{blk.heading}>" if blk.heading else f"<p>{inner}</p>")
    page = _CHROME_TOP.format(charset=charset) + "\n".join(body) + _CHROME_BOTTOM
    return page.encode("gb18030" if charset.lower() in ("gb2312", "gbk", "gb18030") else charset)


def _bold_cid_font():
    """STSong-Light under the PDF name "STSong-Light,Bold" (the standard way to ask for its bold)."""
    import copy

    from reportlab.pdfbase import cidfonts
    from reportlab.pdfbase._cidfontdata import CIDFontInfo

    class BoldCID(cidfonts.UnicodeCIDFont):
        def __init__(self):
            super().__init__("STSong-Light")
            self.name = self.fontName = "STSong-Light-Bold"

        def addObjects(self, doc):
            internal = "F" + repr(len(doc.fontMapping) + 1)
            info = copy.deepcopy(CIDFontInfo[self.face.name])
            info["Name"] = "/" + internal
            info["Encoding"] = "/" + self.encodingName
            info["BaseFont"] = "/STSong-Light,Bold"
            info["DescendantFonts"][0]["BaseFont"] = "/STSong-Light,Bold"
            info["DescendantFonts"][0]["FontDescriptor"]["FontName"] = "/STSong-Light,Bold"
            ref = doc.Reference(cidfonts.structToPDF(info), internal)
            doc.idToObject["BasicFonts"].dict[internal] = ref
            doc.fontMapping[self.name] = "/" + internal

    return BoldCID()


def to_pdf(blocks) -> bytes:
    """A4 pages in STSong-Light: indented paragraphs, bold runs, a running header and "— N —"."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(_bold_cid_font())
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=10.5, leading=17, firstLineIndent=21,
                          wordWrap="CJK")
    heads = {
        1: ParagraphStyle("h1", fontName="STSong-Light", fontSize=18, leading=26, alignment=TA_CENTER,
                          wordWrap="CJK", spaceBefore=6, spaceAfter=6),
        2: ParagraphStyle("h2", fontName="STSong-Light", fontSize=14, leading=22, wordWrap="CJK",
                          spaceBefore=4, spaceAfter=4),
    }

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 40, "浙江日报　2025年1月20日　政府工作报告")
        canvas.drawCentredString(A4[0] / 2, 30, f"— {doc.page} —")
        canvas.restoreState()

    story = []
    for blk in blocks:
        inner = "".join(
            f'<font name="STSong-Light-Bold">{html.escape(r.text, quote=False)}</font>' if r.bold
            else html.escape(r.text, quote=False)
            for r in blk.runs
        )
        story.append(Paragraph(inner, heads[min(blk.heading, 2)] if blk.heading else body))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=72, rightMargin=72, topMargin=72, bottomMargin=72,
                      title="政府工作报告", invariant=1).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buf.getvalue()


def to_traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def forms(md_text: str) -> dict[str, tuple[str, bytes]]:
    """Every form of a markdown report: form name -> (file name, bytes)."""
    blocks = source_blocks(md_text)
    return {
        "utf-8-sig": ("report.md", md_text.encode("utf-8-sig")),
        "gb18030": ("report.md", md_text.encode("gb18030")),
        "utf-16": ("report.md", md_text.encode("utf-16")),
        "utf-16-le": ("report.md", md_text.encode("utf-16-le")),
        "traditional": ("report.md", to_traditional(md_text).encode("utf-8")),
        "html": ("report.html", to_html(blocks, "gb2312")),
        "docx": ("report.docx", to_docx(blocks)),
        "pdf": ("report.pdf", to_pdf(blocks)),
    }


# --------------------------------------------------------------------------- comparison


def signature(result) -> dict[str, Counter]:
    """What must survive a change of format: entities, policy areas, measures (Simplified)."""
    from kg.read import to_simplified

    sk = result.skeleton
    return {
        "entities": Counter({(e.type, to_simplified(e.label)) for e in result.extras.get("entities", [])}),
        "areas": Counter(to_simplified(a.title) for p in sk.parts for a in p.areas),
        "measures": Counter(
            to_simplified(m.title) for p in sk.parts for m in [*p.measures, *(m for a in p.areas for m in a.measures)]
        ),
    }


def same_share(original: Counter, other: Counter) -> float:
    """Share of the original's items the other form has too (1.0 when the original has none)."""
    if not original:
        return 1.0 if not other else 0.0
    return sum((original & other).values()) / sum(original.values())


def process_bytes(data: bytes, name: str, tmp: Path):
    from kg.pipeline import process
    from kg.read import read_path

    path = tmp / name
    path.write_bytes(data)
    return process(read_path(path), year=2025)


# --------------------------------------------------------------------------- tests

FORMS = ["utf-8-sig", "gb18030", "utf-16", "utf-16-le", "traditional", "html", "docx", "pdf"]


@pytest.fixture(scope="module")
def original():
    from kg.pipeline import process
    from kg.read import read_path

    return process(read_path(BUNDLED), year=2025)


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("forms")
    md = BUNDLED.read_text(encoding="utf-8")
    return {form: process_bytes(data, f"zhejiang-2025-{form}-{name}", tmp) for form, (name, data) in forms(md).items()}


@pytest.mark.parametrize("form", FORMS)
def test_readers_every_form_gives_the_same_report(original, converted, form):
    want, got = signature(original), signature(converted[form])
    assert sum(want["areas"].values()) == 17
    for what in ("entities", "areas", "measures"):
        share = same_share(want[what], got[what])
        floor = 0.9
        assert share >= floor, (form, what, share, sorted((want[what] - got[what]).elements())[:10])


@pytest.mark.parametrize("form, fmt, encoding", [
    ("gb18030", "markdown", "gb18030"), ("utf-16", "markdown", "utf-16"), ("utf-16-le", "markdown", "utf-16-le"),
    ("utf-8-sig", "markdown", "utf-8-sig"), ("html", "html", "gb18030"), ("docx", "docx", None), ("pdf", "pdf", None),
])
def test_readers_format_and_encoding_are_recorded(converted, form, fmt, encoding):
    src = converted[form].doc.source
    assert (src.format, src.encoding) == (fmt, encoding)


@pytest.mark.parametrize("form", ["html", "docx", "pdf", "traditional", "gb18030"])
def test_readers_runs_and_offsets_point_into_the_source_text(converted, form):
    doc = converted[form].doc
    for i in range(0, len(doc.text), 7):
        c = doc.text[i]
        if c == "\n":
            continue
        s = doc.source_text[doc.source_map[i]]
        assert s == c or _width_variant(s, c), (form, i, c, s)


def _width_variant(src: str, c: str) -> bool:
    import unicodedata

    full = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
    return unicodedata.normalize("NFKC", src) == c or full.get(src) == c or (src.isspace() and c == " ")


def test_readers_html_keeps_the_article_and_drops_the_chrome(converted):
    doc = converted["html"].doc
    for chrome in ("政务公开", "热点专题", "相关阅读", "版权所有", "统计代码", "分享到", "当前位置", "发布时间", "$(function"):
        assert chrome not in doc.text, chrome
    assert doc.text.startswith("政府工作报告\n")
    assert "全力以赴稳外贸优外资" in [doc.text[s:e] for p in doc.paragraphs for s, e in p.bold]


def test_readers_pdf_drops_page_numbers_and_running_headers_and_joins_lines(converted):
    doc = converted["pdf"].doc
    assert not re.search(r"—\s*\d+\s*—", doc.text)  # the "— N —" page numbers
    assert "浙江日报" not in doc.text
    assert any("page number" in r for r in doc.repairs) and any("running header" in r for r in doc.repairs)
    # a paragraph set over many lines and a page break is one paragraph again
    assert "实现人员“零伤亡”" in doc.text
    assert "货物贸易出口达3.9万亿元、增长9.5%，占全国份额提高到15.3%" in doc.text


def test_readers_docx_bold_runs_and_headings_are_structure(converted):
    doc = converted["docx"].doc
    bold = [doc.text[s:e] for p in doc.paragraphs for s, e in p.bold]
    assert "迭代完善“8+4”经济政策体系" in bold
    heads = [doc.text[p.start : p.end] for p in doc.paragraphs if p.heading]
    assert "二、2025年目标任务和重点工作" in heads


def test_readers_traditional_gets_a_simplified_view_of_the_same_length(converted):
    doc = converted["traditional"].doc
    assert doc.script == "Hant"
    assert doc.simplified is not None and len(doc.simplified) == len(doc.text)
    assert "經濟" in doc.text and "经济" in doc.simplified
    assert doc.analysis_text is doc.simplified


def test_readers_traditional_corpus_report_1954():
    from kg.read import read_path

    doc = read_path(corpus(1954))
    assert doc.script == "Hant"
    i = doc.simplified.index("中华人民共和国宪法")
    assert doc.text[i : i + 9] == "中華人民共和國憲法"
    assert doc.source_text[doc.source_map[i] : doc.source_map[i + 8] + 1] == "中華人民共和國憲法"


def test_readers_simplified_reports_get_no_view(original):
    assert original.doc.simplified is None and original.doc.script == "Hans"


def test_readers_entity_labels_are_simplified_with_the_original_as_alias():
    from kg.extract import Mention, resolve

    text = "推進數字經濟發展"
    simplified = "推进数字经济发展"
    ms = [Mention("Programme", 2, 6, text[2:6], "数字经济")]
    (ent,) = resolve(ms, simplified)
    assert ent.label == "数字经济"
    assert "數字經濟" in ent.aliases


def test_readers_big5_traditional_is_detected(tmp_path):
    from kg.read import read_path

    text = "各位代表：現在，我代表國務院，向大會報告政府工作，請予審議。過去一年，國民經濟持續恢復。" * 20
    p = tmp_path / "big5.txt"
    p.write_bytes(text.encode("big5"))
    doc = read_path(p)
    assert doc.source.encoding in ("big5", "big5hkscs", "cp950")
    assert doc.script == "Hant" and "国务院" in doc.simplified


def test_readers_encoding_option_overrides_detection(tmp_path):
    from kg.errors import EncodingError
    from kg.read import read_path

    p = tmp_path / "r.txt"
    p.write_bytes("各位代表：现在，我代表省人民政府向大会报告政府工作。".encode("gb18030"))
    with pytest.raises(EncodingError, match="utf-8"):
        read_path(p, encoding="utf-8")
    assert "省人民政府" in read_path(p, encoding="gbk").text


def test_readers_pdf_named_txt_is_read_as_pdf(tmp_path):
    from kg.read import read_path

    blocks = source_blocks("各位代表：\n\n现在，我代表省人民政府向大会报告政府工作，请予审议。\n")
    p = tmp_path / "report.txt"
    p.write_bytes(to_pdf(blocks))
    doc = read_path(p)
    assert doc.source.format == "pdf" and "向大会报告政府工作" in doc.text
    assert any("read as .pdf" in r for r in doc.repairs)


def test_readers_html_meta_charset_and_nested_markup(tmp_path):
    from kg.read import read_path

    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>'
        "<div class=nav><a href=/>首页</a><a href=/b>政务</a></div><div class=content>"
        "<p>　　<span style='font-weight:bold'>（一）推进科技创新。</span>全省研发投入增长<b>10%</b>。</p>"
        "<p>第二段&lt;script&gt;文字</p></div></body></html>"
    )
    p = tmp_path / "page.htm"
    p.write_bytes(page.encode("gbk"))
    doc = read_path(p)
    assert doc.source.encoding == "gb18030"
    assert doc.text.splitlines() == ["（一）推进科技创新。全省研发投入增长10%。", "第二段<script>文字"]
    assert [doc.text[s:e] for p in doc.paragraphs for s, e in p.bold] == ["（一）推进科技创新。", "10%"]


def test_readers_traditional_entities_have_simplified_labels_and_original_aliases(converted, original):
    ents = converted["traditional"].extras["entities"]
    assert len(ents) >= 0.9 * len(original.extras["entities"]) > 0
    from kg.read import to_simplified

    assert all(to_simplified(e.label) == e.label for e in ents)
    changed = [e for e in ents if any(a != e.label and to_simplified(a) == e.label for a in e.aliases)]
    assert len(changed) >= 0.3 * len(ents)
    doc = converted["traditional"].doc
    for e in ents:
        for m in e.mentions:  # mention texts and offsets are the original's
            assert doc.text[m.start : m.end] == m.text


def test_readers_page_numbers_and_page_breaks_in_text_are_dropped():
    from kg.read import read_bytes

    src = "过去一年，全省经济运行稳中有进，\n— 3 —\n\f主要指标好于预期。\n\n第 4 页 共 20 页\n\n各位代表！\n"
    doc = read_bytes(src.encode("utf-8"), name="x.txt")
    assert doc.text.splitlines() == ["过去一年，全省经济运行稳中有进，主要指标好于预期。", "各位代表！"]
    assert any("page number" in r for r in doc.repairs)


def test_readers_corpus_has_no_licence_or_source_notes_left():
    from kg.read import read_path

    from helpers import CORPUS

    for path in sorted(CORPUS.glob("*.txt")):
        doc = read_path(path)
        tail = doc.text[-3000:]
        for noise in ("公有领域", "Public domain", "维基文库", "字库未存字注释", "原字"):
            assert noise not in tail, (path.name, noise)


def test_readers_docx_heiti_runs_are_bold_unless_they_are_the_body_font():
    import docx

    from kg.read import read_bytes

    def make(body_font: str | None) -> bytes:
        d = docx.Document()
        for lead, rest in [("（一）坚持创新驱动。", "全省研发投入增长10%。"), ("（二）推进改革开放。", "外贸出口增长8%。")]:
            p = d.add_paragraph()
            for text, font in ((lead, "黑体"), (rest, body_font)):
                run = p.add_run(text)
                if font:
                    run._r.get_or_add_rPr().get_or_add_rFonts().set(docx.oxml.ns.qn("w:eastAsia"), font)
        buf = io.BytesIO()
        d.save(buf)
        return buf.getvalue()

    doc = read_bytes(make("仿宋_GB2312"), name="a.docx")
    assert [doc.text[s:e] for p in doc.paragraphs for s, e in p.bold] == ["（一）坚持创新驱动。", "（二）推进改革开放。"]
    doc = read_bytes(make("黑体"), name="b.docx")
    assert not any(p.bold for p in doc.paragraphs)


def test_readers_a_simplified_text_keeps_its_simplified_too_characters():
    from kg.read import simplified_view

    view, script, _n = simplified_view("推进乾务镇建设，乾县经济發展，整修濛洼蓄洪区。" + "全市经济运行稳中有进，城乡居民收入稳步增长。" * 4)
    assert script == "mixed" and "乾务镇" in view and "乾县" in view and "发展" in view and "濛洼" in view
    assert simplified_view("推进乾务镇建设。") == (None, "Hans", 0)
