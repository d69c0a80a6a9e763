"""Read a Word document (.docx) with python-docx: paragraphs in order, bold runs and headings.

- Every paragraph of the body, in document order, tables' cells included (a each cell once);
  page headers, footers and footnotes are other parts of the package and are not read.
- A paragraph is a heading when its style is a heading style (Heading 1–9, 标题 1–9, Title) or
  it or its style has an outline level; the level is the heading's.
- A run is bold when it says so, or its character style, or the paragraph style (and the
  styles those are based on) makes it bold; or when it is set in a bold face such as 黑体 (as
  official documents set headings). A document set mostly in bold has no bold structure. Runs inside hyperlinks, smart tags, fields and
  tracked insertions are text like any other; tracked deletions are not.

``source_text`` is the extracted text (paragraphs separated by line breaks); runs point into it.
"""

from __future__ import annotations

import io
import re

from kg.errors import InputError
from kg.read import Extracted
from kg.readers import BOLD_FONT, TextBuilder, one_line

_HEADING_STYLE = re.compile(r"^(?:heading|标题|標題)\s*(\d)$", re.I)
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_RUNS = (
    "./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:smartTag/w:r | ./w:fldSimple/w:r"
    " | ./w:sdt/w:sdtContent/w:r | ./w:hyperlink/w:ins/w:r"
)


def read_docx(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    if not data.startswith(b"PK\x03\x04"):
        raise InputError(f"{name}: is not a Word .docx file (a .docx is a ZIP package)")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - whatever the parser trips on, the file is bad
        raise InputError(
            f"{name}: is a damaged or truncated .docx ({type(e).__name__}: {one_line(e, 80)})"
        ) from None
    try:
        return _extract(document)
    except (KeyError, ValueError) as e:  # a part or style the package lacks
        raise InputError(f"{name}: is a damaged .docx ({type(e).__name__}: {one_line(e, 80)})") from None


def _extract(document) -> Extracted:
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run as DocxRun

    paragraphs: list[tuple[list[tuple[str, bool]], int]] = []
    body = document.element.body
    for p_el in body.iter(qn("w:p")):
        # a text box comes twice: as a drawing and as mc:AlternateContent's fallback
        if any(a.tag == _FALLBACK for a in p_el.iterancestors()):
            continue
        para = Paragraph(p_el, document)
        bold_style = _style_bold(para.style)
        font_style = _style_font(para.style)
        runs = []
        for r_el in p_el.xpath(_RUNS):
            run = DocxRun(r_el, para)
            bold = run.bold
            if bold is None and run.style is not None:
                bold = _style_bold(run.style)
            if bold is None:
                bold = bold_style
            # official documents set headings and lead sentences in 黑体 rather than bold
            font = (r_el.xpath("./w:rPr/w:rFonts/@w:eastAsia") or [None])[0] or font_style
            runs.append((run.text, bool(bold) or bool(font and BOLD_FONT.search(font))))
        paragraphs.append((runs, _heading_level(para)))
    # a document set all in bold (or all in 黑体) has no bold structure
    chars = sum(len(t) for runs, _ in paragraphs for t, _ in runs) or 1
    bold_is_body = sum(len(t) for runs, _ in paragraphs for t, bold in runs if bold) > 0.6 * chars
    b = TextBuilder()
    for runs, heading in paragraphs:
        for text, bold in runs:
            b.add(text, bold and not bold_is_body)
        b.end_block(heading)
    return b.extracted("docx", None, [])


def _style_font(style) -> str | None:
    for s in _style_chain(style):
        fonts = s.element.xpath("./w:rPr/w:rFonts/@w:eastAsia")
        if fonts:
            return fonts[0]
    return None


def _style_chain(style):
    seen = 0
    while style is not None and seen < 20:
        yield style
        style = style.base_style
        seen += 1


def _style_bold(style) -> bool | None:
    for s in _style_chain(style):
        font = getattr(s, "font", None)
        if font is not None and font.bold is not None:
            return font.bold
    return None


def _heading_level(para) -> int:
    style = para.style
    for s in _style_chain(style):
        m = _HEADING_STYLE.match((s.name or "").strip())
        if m:
            return max(1, min(6, int(m.group(1))))
        if (s.name or "").strip().lower() in ("title", "标题"):
            return 1
    levels = para._p.xpath("./w:pPr/w:outlineLvl/@w:val")
    if not levels:
        for s in _style_chain(style):
            levels = s.element.xpath("./w:pPr/w:outlineLvl/@w:val")
            if levels:
                break
    if levels and levels[0].isdigit() and int(levels[0]) < 9:
        return min(6, int(levels[0]) + 1)
    return 0


def read_doc(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    """The old binary Word format is not read: say what to do instead."""
    raise InputError(f"{name}: the old Word .doc format is not read (save it as .docx, or as text)")
