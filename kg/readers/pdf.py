"""Read a PDF with pdfplumber: lines joined into paragraphs, page furniture dropped.

A PDF has no paragraphs, only characters placed on pages. This reader

1. groups each page's characters into lines (by their top; in a line, by x), putting a space
   where the gap between two characters is wide;
2. drops page numbers ("3", "— 3 —", "第3页", "3/20") and running headers and footers: lines in
   the top or bottom :data:`MARGIN` of a page whose text (digits aside) comes back on other pages;
3. cuts the lines into paragraphs: a new paragraph starts where a line is indented, where the line
   before it stops short of the right margin, after a wider vertical gap, and where the font size
   changes; a line set larger than the body text is a heading (the largest size level 1). A
   paragraph running on over a page break stays one paragraph;
4. marks bold runs by font name (Bold, Black, Heavy, 黑体/Hei), unless that font is the body text's.

Then :func:`kg.read.repair_layout` does what it does for every format (numbered headings,
running titles inside sentences, continuation markers). One column only: a two-column page is
read line by line across both columns.

``source_text`` is the extracted text (lines separated by line breaks); runs point into it.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from statistics import median

from kg.errors import InputError
from kg.read import MAX_CHARS, Extracted
from kg.readers import BOLD_FONT, TextBuilder, one_line

#: share of the page height at the top and at the bottom where headers and footers are looked for
MARGIN = 0.12
_PAGE_NO = re.compile(
    r"^[\s\u3000]*(?:[-—–－―─]*[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－―─]*|第[\s\u3000]*\d{1,4}[\s\u3000]*页.{0,12}|"
    r"\d{1,4}[\s\u3000]*/[\s\u3000]*\d{1,4}|(?:page|p\.)[\s\u3000]*\d{1,4}(?:[\s\u3000]*of[\s\u3000]*\d{1,4})?)"
    r"[\s\u3000]*$",
    re.I,
)


class _Line:
    __slots__ = ("page", "segments", "x0", "x1", "top", "bottom", "size", "text", "lead")

    def __init__(self, page: int, segments: list[tuple[str, bool]], x0, x1, top, bottom, size, lead):
        self.page = page
        self.lead = lead  # width of the line's first unbreakable piece (a number, a character + punctuation)
        self.segments = segments
        self.x0, self.x1, self.top, self.bottom, self.size = x0, x1, top, bottom, size
        self.text = "".join(t for t, _ in segments)


def read_pdf(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{name}: is not a PDF file (no %PDF- header)")
    if b"%%EOF" not in data[-4096:]:
        raise InputError(f"{name}: the PDF is truncated (it does not end with %%EOF)")
    try:
        pages, heights = _read_lines(data, name)
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - whatever pdfminer trips on, the file is bad
        # pdfplumber wraps pdfminer's error: name the one underneath
        inner = e.args[0] if type(e).__name__ == "PdfminerException" and e.args else e
        kind = type(inner).__name__ if isinstance(inner, BaseException) else type(e).__name__
        if "password" in kind.lower() or "encrypt" in kind.lower():
            raise InputError(f"{name}: the PDF is encrypted (password protected)") from None
        msg = one_line(inner, 100)
        raise InputError(f"{name}: cannot be read as a PDF ({kind}{': ' + msg if msg else ''})") from None
    if not any(pages):
        raise InputError(f"{name}: the PDF has no text layer (a scanned document? run OCR on it first)")
    notes: list[str] = []
    lines = _drop_furniture(pages, heights, notes)
    b = TextBuilder()
    _paragraphs(lines, b)
    return b.extracted("pdf", None, notes)


def _read_lines(data: bytes, name: str) -> tuple[list[list[_Line]], list[float]]:
    import pdfplumber

    pages: list[list[_Line]] = []
    heights: list[float] = []
    total = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i, page in enumerate(pdf.pages):
            lines = _page_lines(i, page.chars)
            heights.append(float(page.height))
            page.close()  # frees the page's parsed objects
            total += sum(len(ln.text) for ln in lines)
            if total > MAX_CHARS:
                raise InputError(
                    f"{name}: more than {MAX_CHARS:,} characters of text (limit for one report) by page {i + 1}"
                )
            pages.append(lines)
    return pages, heights


def _page_lines(index: int, chars: list[dict]) -> list[_Line]:
    cs = [c for c in chars if c.get("upright", True) and c.get("text") and not c["text"].isspace()]
    cs.sort(key=lambda c: (c["top"], c["x0"]))
    groups: list[list[dict]] = []
    for c in cs:
        if groups:
            g = groups[-1]
            if c["top"] <= g[0]["top"] + 0.45 * max(g[0]["size"], c["size"], 1.0):
                g.append(c)
                continue
        groups.append([c])
    lines = []
    for g in groups:
        g.sort(key=lambda c: c["x0"])
        size = median(c["size"] for c in g)
        segs: list[tuple[str, bool]] = []
        prev = None
        for c in g:
            piece = c["text"]
            if prev is not None and c["x0"] - prev["x1"] > 0.3 * size:
                piece = " " + piece
            bold = bool(BOLD_FONT.search(c.get("fontname") or ""))
            if segs and segs[-1][1] == bold:
                segs[-1] = (segs[-1][0] + piece, bold)
            else:
                segs.append((piece, bold))
            prev = c
        lines.append(
            _Line(index, segs, g[0]["x0"], max(c["x1"] for c in g), min(c["top"] for c in g),
                  max(c["bottom"] for c in g), size, _lead_width(g))
        )
    return lines


_NO_BREAK_BEFORE = set("，。、；：！？）》」』”’%…·,.;:!?)]")


def _lead_width(chars: list[dict]) -> float:
    """How wide the line's first piece is that cannot be broken: a run of Latin letters and
    digits, or a character with the punctuation that may not start a line after it."""
    k = 0
    if chars[0]["text"].isascii() and chars[0]["text"].isalnum():
        while k + 1 < len(chars) and chars[k + 1]["text"].isascii() and not chars[k + 1]["text"].isspace():
            k += 1
    while k + 1 < len(chars) and chars[k + 1]["text"] in _NO_BREAK_BEFORE:
        k += 1
    return chars[k]["x1"] - chars[0]["x0"]


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"[\s\u3000]+", "", text))


def _drop_furniture(pages: list[list[_Line]], heights: list[float], notes: list[str]) -> list[_Line]:
    """Page numbers, running headers and footers out; the body lines of all pages in order."""

    def in_margin(ln: _Line) -> bool:
        h = heights[ln.page] or 1.0
        return ln.bottom <= MARGIN * h or ln.top >= (1 - MARGIN) * h

    counts: Counter = Counter()
    for lines in pages:
        counts.update({_key(ln.text) for ln in lines if in_margin(ln)})
    n_pages = sum(1 for lines in pages if lines)
    repeated = {k for k, n in counts.items() if k and n >= 2 and n >= 0.4 * n_pages}
    out: list[_Line] = []
    numbers = running = 0
    for lines in pages:
        for ln in lines:
            if in_margin(ln) and _PAGE_NO.match(ln.text):
                numbers += 1
            elif in_margin(ln) and _key(ln.text) in repeated:
                running += 1
            else:
                out.append(ln)
    if numbers:
        notes.append(f"dropped {numbers} page number(s)")
    if running:
        notes.append(f"dropped {running} running header/footer line(s)")
    return out


def _paragraphs(lines: list[_Line], b: TextBuilder) -> None:
    if not lines:
        return
    weights = Counter()
    for ln in lines:
        weights[round(ln.size, 1)] += len(ln.text)
    body = weights.most_common(1)[0][0]
    body_lines = [ln for ln in lines if abs(ln.size - body) <= 0.1 * body]
    left = Counter(round(ln.x0) for ln in body_lines).most_common(1)[0][0]
    rights = sorted(ln.x1 for ln in body_lines)
    right = rights[int(0.9 * (len(rights) - 1))]
    gaps = [b2.top - b1.bottom for b1, b2 in zip(body_lines, body_lines[1:]) if b1.page == b2.page and b2.top > b1.bottom]
    usual_gap = median(gaps) if gaps else body * 0.5
    bold_chars = sum(len(t) for ln in lines for t, bold in ln.segments if bold)
    all_chars = sum(len(ln.text) for ln in lines) or 1
    bold_is_body = bold_chars > 0.6 * all_chars
    heading_sizes = sorted({round(ln.size, 1) for ln in lines if ln.size > 1.15 * body}, reverse=True)

    def level(ln: _Line) -> int:
        s = round(ln.size, 1)
        return min(heading_sizes.index(s) + 1, 6) if s in heading_sizes else 0

    prev: _Line | None = None
    for ln in lines:
        lv = level(ln)
        new = (
            prev is None
            or lv != level(prev)
            or (lv == 0 and abs(ln.size - prev.size) > 0.15 * body)
            or ln.x0 > left + 1.0 * ln.size  # indented first line (or a centred one)
            # the line before stopped short, with room for this line's first piece: it ended there
            or prev.x1 + ln.lead + 0.5 * prev.size < right
            or (ln.page == prev.page and ln.top - prev.bottom > usual_gap + 0.6 * body)
        )
        if prev is not None:
            if new:
                b.end_block(level(prev))
            else:
                b.gap("\n")
        for text, bold in ln.segments:
            b.add(text, bold and not bold_is_body)
        prev = ln
    b.end_block(level(prev))
