"""Read a web page (.html, .htm): the article, without the site's navigation, footers and chrome.

1. Decode: ``--encoding``, else a byte-order mark, else the page's ``<meta charset>``, else
   detection (:func:`kg.read.decode`). GB2312/GBK pages are decoded as GB18030, their superset.
2. Parse with lxml. Code and furniture go first: ``<script>``, ``<style>``, forms, ``<nav>``,
   ``<aside>``, ``<header>``/``<footer>`` outside the article, and elements whose class or id says
   they are chrome (nav, menu, breadcrumb, footer, copyright, share, sidebar, …).
3. Find the article: every block of text counts its characters (not those of links, and nothing
   for a block that is mostly links: menus); starting from ``<body>``, go down into the child that
   holds at least :data:`DOMINANT` of the text, as long as there is one. The page's last
   ``<h1>`` (or title element) before the article is kept as its heading.
4. Blocks: block elements (``<p>``, ``<div>``, ``<li>``, ``<td>``, ``<br>`` …) end a block;
   ``<h1>``–``<h6>`` are heading blocks; ``<strong>``/``<b>`` and bold styles are bold runs.
   White space collapses as a browser collapses it.

``source_text`` is the extracted text (blocks separated by line breaks); runs point into it.
"""

from __future__ import annotations

import re

from kg.errors import InputError
from kg.read import Extracted, decode
from kg.readers import TextBuilder, one_line

#: a child holding at least this share of an element's text is where the article is
DOMINANT = 0.85

_DROP = {
    "script", "style", "noscript", "template", "iframe", "svg", "math", "object", "embed", "canvas",
    "button", "select", "option", "input", "textarea", "form", "head", "title", "meta", "link",
    "audio", "video", "map", "nav", "aside", "dialog",
}
_BLOCK = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "dl", "dt",
    "dd", "figure", "figcaption", "center", "header", "footer", "address", "hr", "br", "body", "html",
}
_HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# class/id words of site furniture (matched as whole words of the attribute)
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|footer|foot|copyright|"
    r"sidebar|side-bar|share|sharing|social|toolbar|search|login|related|recommend|pagination|pager|"
    r"advert|ads|qrcode|ewm|friendlinks?|links|skip|sitemap|topbar|top-bar|bottom|info|meta|pubtime|"
    r"pubdate|publish|source|date|fontsize|zihao|print|close)(?:$|[\s_\d-])",
    re.I,
)
_TITLE = re.compile(r"(?:^|[\s_-])(?:title|tit|headline|biaoti)(?:$|[\s_\d-])", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WS = re.compile(r"[ \t\r\n\f]+")


def _decode(data: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    if encoding or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, encoding=encoding, name=name)
    m = _META_CHARSET.search(data[:8192])
    if m:
        enc = m.group(1).decode("ascii").lower()
        if enc in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936"):
            enc = "gb18030"
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass  # the page lies about its encoding: detect it
    return decode(data, name=name)


def _tag(el) -> str:
    t = el.tag
    return t.lower() if isinstance(t, str) else ""


def _attrs(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def read_html(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    from lxml import etree, html

    text, enc = _decode(data, name, encoding)
    text = _CONTROL.sub("", _XML_DECL.sub("", text, count=1))
    if not text.strip():
        raise InputError(f"{name}: no text found in the page")
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError) as e:
        raise InputError(f"{name}: cannot be parsed as a web page ({one_line(e)})") from None
    notes: list[str] = []

    # 1. code and furniture that is never text
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in [e for e in root.iter() if _tag(e) in _DROP]:
        _drop(el)

    # 2. site chrome by element and by class/id, never the bulk of the text
    good = _good_text(root)
    total = good.get(root, 0)
    chrome = []
    for el in root.iter():
        tag = _tag(el)
        if not tag or el is root:
            continue
        in_article = any(_tag(a) in ("article", "main") for a in el.iterancestors())
        is_chrome = (tag in ("header", "footer") and not in_article) or bool(_CHROME.search(_attrs(el)))
        if is_chrome and good.get(el, 0) <= 0.5 * total:
            chrome.append(el)
    dropped = 0
    for el in chrome:
        if el.getparent() is not None and all(a not in chrome for a in el.iterancestors()):
            dropped += 1
            _drop(el)
    if dropped:
        notes.append(f"dropped {dropped} element(s) of site chrome (navigation, footer, …)")

    # 3. the article
    good = _good_text(root)
    body = root.find(".//body")
    node = body if body is not None else root
    while True:
        kids = [k for k in node if _tag(k)]
        best = max(kids, key=lambda k: good.get(k, 0), default=None)
        if best is None or good.get(best, 0) < DOMINANT * good.get(node, 0) or good.get(node, 0) == 0:
            break
        node = best
    title = _title_before(root, node) if node is not body else None
    if node is not body:
        notes.append(f"kept the article <{_tag(node)}{' ' + _attrs(node) if _attrs(node) else ''}>")

    # 4. blocks
    b = TextBuilder()
    if title is not None:
        _walk(title, b, False)
        b.end_block(_HEADING.get(_tag(title), 1))
    _walk(node, b, False)
    return b.extracted("html", enc, notes)


def _drop(el) -> None:
    """Remove an element but keep its tail text (the text after it belongs to its parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _visible_len(s: str | None) -> int:
    return sum(1 for c in s if not c.isspace()) if s else 0


def _good_text(root) -> dict:
    """Characters of text in each element, not counting links and blocks that are mostly links."""
    totals: dict = {}
    links: dict = {}

    def block_of(el):
        while el is not None and _tag(el) not in _BLOCK:
            el = el.getparent()
        return el

    def in_link(el, block) -> bool:
        while el is not None and el is not block:
            if _tag(el) == "a":
                return True
            el = el.getparent()
        return False

    for el in root.iter():
        if not _tag(el):
            continue
        n = _visible_len(el.text)
        if n:
            blk = block_of(el)
            totals[blk] = totals.get(blk, 0) + n
            if in_link(el, blk):
                links[blk] = links.get(blk, 0) + n
        n = _visible_len(el.tail)
        if n and el.getparent() is not None:
            parent = el.getparent()
            blk = block_of(parent)
            totals[blk] = totals.get(blk, 0) + n
            if in_link(parent, blk):
                links[blk] = links.get(blk, 0) + n
    good: dict = {}
    for blk, n in totals.items():
        if blk is None or links.get(blk, 0) > 0.5 * n:
            continue
        el = blk
        while el is not None:
            good[el] = good.get(el, 0) + n
            el = el.getparent()
    return good


def _title_before(root, node):
    """The last <h1> (or title-classed element) before ``node`` in document order, outside it."""
    found = None
    for el in root.iter():
        if el is node:
            break
        tag = _tag(el)
        if not tag:
            continue
        text = el.text_content().strip() if tag in _HEADING or _TITLE.search(_attrs(el)) else ""
        if text and len(text) <= 100 and (tag == "h1" or (tag not in _HEADING and _TITLE.search(_attrs(el)))):
            found = el
    return found


def _is_bold(el) -> bool:
    return _tag(el) in ("b", "strong") or bool(_BOLD_STYLE.search(el.get("style") or ""))


def _walk(el, b: TextBuilder, bold: bool) -> None:
    tag = _tag(el)
    if not tag:
        return
    heading = _HEADING.get(tag, 0)
    block = tag in _BLOCK
    if block:
        b.end_block()
    if tag == "br":
        return
    bold = bold or _is_bold(el)
    if el.text:
        b.add(_WS.sub(" ", el.text), bold)
    for child in el:
        _walk(child, b, bold)
        if child.tail:
            b.add(_WS.sub(" ", child.tail), bold)
    if block:
        b.end_block(heading)
