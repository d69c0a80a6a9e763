"""Read a source file into a :class:`Document`: normalised text, paragraphs, sentences, offsets.

Two steps:

1. A *reader* turns the file into :class:`Extracted`: the text as the user's file has it
   (``source_text``) cut into raw blocks of runs, each run remembering where it starts in
   ``source_text`` and whether it is bold (structure, not text).
2. :func:`normalise` mends the layout of what was printed (page-break continuations, running
   headers in the middle of a sentence, words split across a page break, licence notices) and
   normalises characters (full-width digits, ASCII punctuation inside Chinese text). Every
   character of the result keeps a pointer back into ``source_text``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from kg.errors import EncodingError, InputError

MAX_BYTES = 64 * 1024 * 1024  # a report is far smaller; refuse what would only exhaust memory
# Limits per kind of file (docs/input-formats.md): the longest report of the corpus is 0.2 MB
# (57,000 characters). A .docx or .pdf may carry images, so only its text is held to MAX_CHARS.
MAX_TEXT_BYTES = 8 * 1024 * 1024  # .txt, .md
MAX_HTML_BYTES = 16 * 1024 * 1024  # .html, .htm: a page carries its site's chrome
# characters of text in one report: 5x the longest report of the corpus (57,000). A build's time
# and memory grow faster than its text (bench/bench_input.py: 290,000 characters took 2 min and
# 1.0 GB, 488,000 took 6 min and 1.5 GB, 988,000 took 20 min and 2.6 GB).
MAX_CHARS = 300_000


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Run:
    """A piece of text copied verbatim from ``source_text[src : src + len(text)]``."""

    text: str
    src: int
    bold: bool = False


@dataclass
class RawBlock:
    """A paragraph or heading as the reader found it."""

    runs: list[Run]
    heading: int = 0  # 1..6 for a heading, 0 for a paragraph

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Extracted:
    source_text: str
    blocks: list[RawBlock]
    format: str
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)  # what the reader dropped, for Document.repairs


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    heading: int = 0
    bold: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class SourceInfo:
    path: str  # as given by the user
    name: str  # file name
    sha256: str
    format: str
    encoding: str | None
    size: int


@dataclass
class Document:
    """A report's text, ready for the later stages. Offsets index ``text``."""

    text: str
    source_text: str
    source_map: array  # source_map[i] = index in source_text of text[i]; len(text) + 1 entries
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    source: SourceInfo
    continued_from: list[str] = field(default_factory=list)  # e.g. 紧接第一版
    continues_on: list[str] = field(default_factory=list)  # e.g. 下转第四版
    repairs: list[str] = field(default_factory=list)  # what the layout repair did, for the log
    # The text the extractor reads: ``text`` in Simplified script, character for character the
    # same length (so offsets are shared). None when ``text`` is Simplified already.
    simplified: str | None = None
    # "Hans" (Simplified), "Hant" (Traditional) or "mixed" (a few Traditional characters)
    script: str = "Hans"

    @property
    def analysis_text(self) -> str:
        return self.simplified if self.simplified is not None else self.text

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``source_text`` that ``text[start:end]`` came from."""
        if end <= start:
            s = self.source_map[start]
            return s, s
        return self.source_map[start], self.source_map[end - 1] + 1

    def paragraph_at(self, offset: int) -> Paragraph | None:
        lo, hi = 0, len(self.paragraphs)
        while lo < hi:
            mid = (lo + hi) // 2
            p = self.paragraphs[mid]
            if offset < p.start:
                hi = mid
            elif offset >= p.end:
                lo = mid + 1
            else:
                return p
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


# --------------------------------------------------------------------------- decoding


def decode(data: bytes, *, encoding: str | None = None, name: str = "input") -> tuple[str, str]:
    """Bytes to text. Returns ``(text, encoding)``; raises :class:`InputError` on bad input."""
    if not data:
        raise InputError(f"{name}: the file is empty")
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise EncodingError(f"{name}: cannot be decoded as {encoding} at byte {e.start}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM still shows as alternating NULs with CJK; anything else is binary.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text, enc
        raise InputError(f"{name}: looks like a binary file, not a text report")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    # A file cut in the middle of a multi-byte character is truncated, not wrongly encoded.
    if utf8_error.start >= len(data) - 3 and utf8_error.reason == "unexpected end of data":
        raise InputError(
            f"{name}: the file ends in the middle of a character (truncated at byte {len(data)})"
        )
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_8"]).best()
    if best is None:
        raise EncodingError(f"{name}: cannot detect the text encoding")
    enc = best.encoding
    if enc in ("gb2312", "gbk"):
        enc = "gb18030"  # a superset: never refuse a character the narrower table lacks
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        raise EncodingError(f"{name}: cannot be decoded (best guess {enc})") from None
    if not _looks_like_text(text):
        raise InputError(f"{name}: looks like a binary file, not a text report")
    return text, enc


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        raise EncodingError(f"{name}: not valid {enc} at byte {e.start}") from None


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for c in sample if (unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn")) and c not in "\r\n\t")
    return bad / len(sample) < 0.01


# --------------------------------------------------------------------------- readers

_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>|<!--.{0,200}?-->")
# Elements whose content is code, not text: dropped whole, even across lines (<script> in a .md).
_RAW_OPEN = re.compile(r"<(script|style|noscript|template|iframe|textarea|svg|math|object)\b[^<>]{0,500}>|<!--", re.I)
_MD_TOKEN = re.compile(r"\*\*|__|" + _HTML_TAG.pattern)
# Line breaks as str.splitlines() knows them: a form feed is a page break of pdftotext output.
_BREAKS = "\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(rf"[^{_BREAKS}]*(?:\r\n|[{_BREAKS}])|[^{_BREAKS}]+")
# A page number on a line of its own: "— 3 —", "- 12 -", "第3页", "第 3 页 共 20 页"
_PAGE_NUMBER = re.compile(
    r"^[\s\u3000]*(?:[-—–－―─]+[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－―─]+|"
    r"第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[/，,、]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*页)?)"
    r"[\s\u3000]*$"
)


def _lines(text: str):
    """Yield ``(line_without_line_break, offset)``."""
    for m in _LINE.finditer(text):
        yield m.group(0).rstrip(_BREAKS), m.start()


def _inline_runs(line: str, base: int, bold: bool, *, markdown: bool) -> tuple[list[Run], bool]:
    """Split one line into runs; HTML-like tags are dropped; in markdown ``**`` toggles bold."""
    runs: list[Run] = []
    if "<" not in line and not (markdown and ("**" in line or "__" in line)):
        return ([Run(line, base, bold)] if line else []), bold
    pos = 0
    token = _MD_TOKEN if markdown else _HTML_TAG
    for m in token.finditer(line):
        if m.start() > pos:
            runs.append(Run(line[pos : m.start()], base + pos, bold))
        if m.group(0) in ("**", "__"):
            bold = not bold
        pos = m.end()
    if pos < len(line):
        runs.append(Run(line[pos:], base + pos, bold))
    return runs, bold


def _raw_spans(text: str) -> list[tuple[int, int]]:
    """Spans of <script>…</script>, <style>…, comments; in one pass (an unclosed one is left)."""
    if "<" not in text:
        return []
    lower = text.lower()
    unclosed: set[str] = set()  # no closing tag after the first unclosed one: none after later ones
    spans: list[tuple[int, int]] = []
    pos = 0
    while m := _RAW_OPEN.search(text, pos):
        close = "-->" if m.group(1) is None else f"</{m.group(1).lower()}"
        end = -1 if close in unclosed else lower.find(close, m.end())
        if end < 0:
            unclosed.add(close)
            pos = m.end()
            continue
        end = lower.find(">", end) + 1 or len(text)
        spans.append((m.start(), end))
        pos = end
    return spans


def _mask_raw_elements(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Blank out <script>…</script>, <style>…, comments (same length); returns the spans blanked."""
    spans = _raw_spans(text)
    if not spans:
        return text, []
    parts, pos = [], 0
    for a, b in spans:
        parts.append(text[pos:a])
        # keep the line breaks so that every offset and line stays where it was
        parts.append(re.sub(rf"[^{_BREAKS}]", " ", text[a:b]))
        pos = b
    parts.append(text[pos:])
    return "".join(parts), spans


def _unmask_runs(runs: list[Run], source: str, spans: list[tuple[int, int]]) -> list[Run]:
    """Cut the blanked spans out of runs made from the masked text; texts come from ``source``."""
    import bisect

    starts = [a for a, _ in spans]
    out: list[Run] = []
    for r in runs:
        a, end = r.src, r.src + len(r.text)
        k = max(bisect.bisect_right(starts, a) - 1, 0)
        while a < end:
            while k < len(spans) and spans[k][1] <= a:
                k += 1
            if k < len(spans) and spans[k][0] <= a:
                a = spans[k][1]
                continue
            b = min(end, spans[k][0]) if k < len(spans) else end
            if b > a:
                out.append(Run(source[a:b], a, r.bold))
            a = b
    return out


def split_blocks(text: str, *, markdown: bool, notes: list[str] | None = None) -> list[RawBlock]:
    """Cut text into blocks at blank lines (and markdown headings); lines inside a block join.

    Markup is not text: tags are dropped, and so are <script>/<style> elements and comments
    whole. A page number on a line of its own ("— 3 —") is dropped (noted in ``notes``).
    """
    source = text
    text, masked = _mask_raw_elements(text)
    blocks: list[RawBlock] = []
    current: list[Run] = []
    bold = False
    first_line_of_block: list[tuple[str, int]] = []
    page_numbers = 0

    def flush():
        nonlocal current, bold, first_line_of_block
        if current and any(r.text.strip() for r in current):
            blocks.append(RawBlock(current))
        current, bold, first_line_of_block = [], False, []

    for line, off in _lines(text):
        if not line.strip():
            flush()
            continue
        if _PAGE_NUMBER.match(line):
            page_numbers += 1  # the sentence around a page break goes on: no flush
            continue
        if markdown:
            m = _MD_HEADING.match(line)
            if m:
                flush()
                runs, _ = _inline_runs(m.group(2), off + m.start(2), False, markdown=True)
                if runs:
                    blocks.append(RawBlock(runs, heading=len(m.group(1))))
                continue
        if not markdown and _is_heading_line(line):
            # Plain text from web pages sets a numbered heading on a line of its own inside a
            # block; it is a paragraph of its own, not the start of the next sentence.
            flush()
            runs, _ = _inline_runs(line, off, False, markdown=False)
            if runs:
                blocks.append(RawBlock(runs))
            continue
        runs, bold = _inline_runs(line, off, bold, markdown=markdown)
        current.extend(runs)
        first_line_of_block.append((line, off))
    flush()
    if masked:
        blocks = [RawBlock(rs, b.heading) for b in blocks if (rs := _unmask_runs(b.runs, source, masked))]
        if notes is not None:
            notes.append(f"dropped {len(masked)} script/style element(s) or comment(s)")
    if page_numbers and notes is not None:
        notes.append(f"dropped {page_numbers} page number line(s)")
    if not markdown:
        _mark_lead_sentences(blocks)
    return blocks


_TERMINAL = "。！？!?"
_HEADING_LINE = re.compile(
    r"^[\s\u3000]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)"
)


def _is_heading_line(line: str) -> bool:
    t = line.strip(" \t\u3000")
    m = _HEADING_LINE.match(t)
    return bool(m) and m.end() < len(t) and len(t) <= 60 and not any(c in t for c in _TERMINAL)


def _mark_lead_sentences(blocks: list[RawBlock]) -> None:
    """Plain text from web pages keeps a bold lead sentence on a line of its own
    ("\\u3000\\u3000\\n国民经济保持良好发展势头。\\n在世界经济…"). Such a first line is structure."""
    for block in blocks:
        texts = [r for r in block.runs if r.text.strip()]
        if len(texts) < 2:
            continue
        first = texts[0].text.strip()
        if 2 <= len(first) <= 40 and first[-1] in "。" and first.count("。") == 1:
            i = block.runs.index(texts[0])
            block.runs[i] = Run(texts[0].text, texts[0].src, True)


def check_chars(n: int, name: str) -> None:
    """Refuse more text than one report can hold (:data:`MAX_CHARS`)."""
    if n > MAX_CHARS:
        raise InputError(f"{name}: {n:,} characters is over the limit of {MAX_CHARS:,} characters for one report")


def read_markdown(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    text, enc = decode(data, encoding=encoding, name=name)
    check_chars(len(text), name)
    notes: list[str] = []
    return Extracted(text, split_blocks(text, markdown=True, notes=notes), "markdown", enc, notes)


def read_plain(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    text, enc = decode(data, encoding=encoding, name=name)
    check_chars(len(text), name)
    notes: list[str] = []
    return Extracted(text, split_blocks(text, markdown=False, notes=notes), "text", enc, notes)


Reader = Callable[..., Extracted]

#: suffix -> "module:function"; readers for other formats register here and load lazily.
READERS: dict[str, str] = {
    ".md": "kg.read:read_markdown",
    ".markdown": "kg.read:read_markdown",
    ".txt": "kg.read:read_plain",
    ".text": "kg.read:read_plain",
    ".html": "kg.readers.html:read_html",
    ".htm": "kg.readers.html:read_html",
    ".xhtml": "kg.readers.html:read_html",
    ".docx": "kg.readers.docx:read_docx",
    ".doc": "kg.readers.docx:read_doc",
    ".pdf": "kg.readers.pdf:read_pdf",
}


def reader_for(path: Path) -> Reader:
    return _load(READERS.get(path.suffix.lower(), "kg.read:read_plain"))


# --------------------------------------------------------------------------- layout repair

_CONT_START = re.compile(r"^\s*[(（]\s*((?:紧接|接|上接|续)第?[一二三四五六七八九十百\d]+版)\s*[)）]\s*")
_CONT_END = re.compile(r"\s*[(（]\s*((?:下转|转|转接|接)第?[一二三四五六七八九十百\d]+版)\s*[)）]\s*$")
_LICENCE = re.compile(
    r"^(本作品是中华人民共和国的|本作品是中華人民共和國的|本作品来自|本作品在全世界都属于公有领域|"
    r"Public domain|注：中文维基文库社群认为)"
)
# Notes a source appends after the report: the People's Daily database's list of characters its
# font lacks (字库未存字注释, 1956), a web page's editor line. Dropped with what follows them.
_SOURCE_NOTE = re.compile(r"^(字库未存字注释|字庫未存字註釋|[(（\[【]?(?:责任编辑|責任編輯|编辑|編輯)[:：])")
_NUMBERED = re.compile(
    r"^\s*(?:[(（][一二三四五六七八九十百]+[)）]|[一二三四五六七八九十百]+、|第[一二三四五六七八九十百]+部分|"
    r"\d+[.、．]|——)"
)
_RUNNING_HEADER_TITLES = ("政府工作报告", "政府工作報告")
_OPENERS = "“‘「『《（("


def _block_text(b: RawBlock) -> str:
    return b.text.strip(" \t\u3000\u200b\ufeff")


def _ends_open(text: str) -> bool:
    """True when a block ends in the middle of a sentence."""
    t = text.rstrip(" \t\u3000")
    if not t:
        return False
    last = t[-1]
    if last in "。！？!?：:；;…”’」』）)》】":
        return False
    return True


def _all_bold(b: RawBlock) -> bool:
    runs = [r for r in b.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


def _trim_runs(runs: list[Run], start_re: re.Pattern | None = None, end_re: re.Pattern | None = None):
    """Cut a leading/trailing regex match (over the joined text) out of the runs."""
    text = "".join(r.text for r in runs)
    cut_start, cut_end, found_start, found_end = 0, len(text), None, None
    if start_re is not None:
        m = start_re.search(text)
        if m:
            cut_start, found_start = m.end(), m.group(1)
    if end_re is not None:
        m = end_re.search(text, cut_start)
        if m:
            cut_end, found_end = m.start(), m.group(1)
    if found_start is None and found_end is None:
        return runs, None, None
    out, pos = [], 0
    for r in runs:
        s, e = pos, pos + len(r.text)
        pos = e
        a, b = max(s, cut_start), min(e, cut_end)
        if a < b:
            out.append(Run(r.text[a - s : b - s], r.src + (a - s), r.bold))
    return out, found_start, found_end


def repair_layout(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[str], list[str], list[str]]:
    """Mend a printed layout. Returns (blocks, continued_from, continues_on, repairs)."""
    continued_from: list[str] = []
    continues_on: list[str] = []
    repairs: list[str] = []

    # Licence notices and what follows them (web sources append them at the end).
    for i, b in enumerate(blocks):
        if _LICENCE.match(_block_text(b)) and i > len(blocks) // 2:
            repairs.append(f"dropped a licence notice and {len(blocks) - i - 1} block(s) after it")
            blocks = blocks[:i]
            break
    for i, b in enumerate(blocks):
        if i > len(blocks) // 2 and _SOURCE_NOTE.match(_block_text(b)):
            repairs.append(f"dropped a source note ({_block_text(b)[:8]}…) and {len(blocks) - i - 1} block(s) after it")
            blocks = blocks[:i]
            break

    cleaned: list[RawBlock] = []
    for b in blocks:
        runs, start, end = _trim_runs(b.runs, _CONT_START, _CONT_END)
        if start:
            continued_from.append(start)
            repairs.append(f"continuation marker ({start}) kept as metadata")
        if end:
            continues_on.append(end)
            repairs.append(f"continuation marker ({end}) kept as metadata")
        if runs and "".join(r.text for r in runs).strip():
            cleaned.append(RawBlock(runs, b.heading))

    out: list[RawBlock] = []
    facts: list[_OpenFacts] = []  # what the joining rules ask of each block of ``out``, kept up to date
    join_next = False
    for b in cleaned:
        text = _block_text(b)
        prev = out[-1] if out else None
        prev_open = prev is not None and facts[-1].open
        # A running header: a heading, or a bare report title, inside an open sentence.
        if prev_open and (b.heading or text in _RUNNING_HEADER_TITLES):
            repairs.append(f"dropped running header {text!r} inside a sentence")
            join_next = True
            continue
        if b.heading and text in _RUNNING_HEADER_TITLES and out and len(out) > 3:
            repairs.append(f"dropped running header {text!r}")
            continue
        starts_new = bool(b.heading) or bool(_NUMBERED.match(text)) or text[:1] in "“"
        if prev is not None and (join_next or prev_open) and not starts_new:
            repairs.append(f"joined a paragraph split across a page break: …{facts[-1].tail}|{text[:4]}…")
            # in place: a paragraph joined from many pieces must not be copied at every join
            _rstrip_runs_in_place(prev.runs)
            prev.runs.extend(_lstrip_runs(b.runs))
            facts[-1].join(prev, b, text)
        else:
            out.append(RawBlock(list(b.runs), b.heading))
            facts.append(_OpenFacts(out[-1]))
        join_next = False
    return out, continued_from, continues_on, repairs


_WS = " \t\r\n\u3000\u00a0\u200b\u200c\u200d\ufeff"


def _lstrip_runs(runs: list[Run]) -> list[Run]:
    out = list(runs)
    while out:
        r = out[0]
        s = r.text.lstrip(_WS)
        if s:
            out[0] = Run(s, r.src + len(r.text) - len(s), r.bold)
            break
        out.pop(0)
    return out


class _OpenFacts:
    """Whether a block ends in the middle of a sentence, from what the joining rules look at;
    updated when a block is joined on, so that joining stays linear in the text."""

    def __init__(self, b: RawBlock):
        self.heading = b.heading
        self.text = b.text  # only kept while short (the heading-line test needs it)
        self.length = len(_block_text(b))
        self.all_bold = _all_bold(b)
        self.has_sep = any(c in self.text for c in "。；;，,")
        self._end(b)

    def _end(self, b: RawBlock) -> None:
        t = _block_text(b)
        self.last = t[-1:]
        self.tail = t[-4:]
        self.ends_open = _ends_open(b.text)

    def join(self, joined: RawBlock, b: RawBlock, text: str) -> None:
        self.length += len(text)
        self.text = joined.text if self.length <= 60 else ""
        self.all_bold = self.all_bold and _all_bold(b)
        self.has_sep = self.has_sep or any(c in b.text for c in "。；;，,")
        if text:
            self._end(b)

    @property
    def open(self) -> bool:
        return (
            not self.heading
            and not (self.length <= 60 and _is_heading_line(self.text))
            and not self.all_bold
            and self.ends_open
            # a page break cuts a running paragraph; a short title without a full stop is a title
            and (self.length >= 60 or self.last in "，、")
            and self.has_sep
        )


def _rstrip_runs_in_place(runs: list[Run]) -> None:
    while runs:
        r = runs[-1]
        s = r.text.rstrip(_WS)
        if s:
            runs[-1] = Run(s, r.src, r.bold)
            return
        runs.pop()


def _rstrip_runs(runs: list[Run]) -> list[Run]:
    out = list(runs)
    _rstrip_runs_in_place(out)
    return out


# --------------------------------------------------------------------------- characters

_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_ASCII_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def _is_cjk(c: str) -> bool:
    o = ord(c)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x20000 <= o <= 0x2FA1F
        or 0xF900 <= o <= 0xFAFF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
        or o in (0x201C, 0x201D, 0x2018, 0x2019)
    )


def _pair_straight_quotes(chars: list[str]) -> None:
    """Typewriter quotes around Chinese text become Chinese ones, in place (one character for one).

    Reports retyped for the web often quote with '"' ("富民强市"); the extractor reads “…”. A block's
    straight double quotes are paired in order when there is an even number of them and each pair
    holds Chinese text; otherwise they are left as they are (an odd one cannot be paired safely).
    """
    at = [i for i, c in enumerate(chars) if c == '"']
    if not at or len(at) % 2:
        return
    pairs = list(zip(at[::2], at[1::2]))
    for s, e in pairs:
        inner = chars[s + 1 : e]
        if not inner or not any(_is_cjk(c) and c not in "“”‘’" for c in inner) or any(c in "“”" for c in inner):
            return
    for s, e in pairs:
        chars[s], chars[e] = "“", "”"


def normalise_chars(runs: list[Run]) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Normalise characters of one block. Returns (text, source offsets, bold spans)."""
    chars: list[str] = []
    srcs: list[int] = []
    bolds: list[bool] = []
    for r in runs:
        for i, c in enumerate(r.text):
            chars.append(c)
            srcs.append(r.src + i)
            bolds.append(r.bold)
    n = len(chars)
    out_c: list[str] = []
    out_s: list[int] = []
    out_b: list[bool] = []

    def neighbour(i: int, step: int) -> str:
        j = i + step
        while 0 <= j < n and chars[j] in " \t":
            j += step
        return chars[j] if 0 <= j < n else ""

    for i, c in enumerate(chars):
        o = ord(c)
        if c in _ZERO_WIDTH or c in "\r\n" or (o < 0x20 and c != "\t") or 0x7F <= o <= 0x9F:
            continue  # control characters are not text (a tab is a space)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A or c in "％＋":
            c = chr(o - 0xFEE0)
        elif c == "．" and neighbour(i, -1).isdigit():
            c = "."
        elif c in _ASCII_TO_FULL:
            p, q = neighbour(i, -1), neighbour(i, 1)
            if (p and _is_cjk(p)) or (q and _is_cjk(q)):
                c = _ASCII_TO_FULL[c]
        elif c in " \t\u3000\u00a0":
            p, q = neighbour(i, -1), neighbour(i, 1)
            # spaces between Chinese characters are layout (PDF lines, names set with a gap)
            if not p or not q or (_is_cjk(p) or _is_cjk(q)) or (out_c and out_c[-1] == " "):
                continue
            c = " "
        out_c.append(c)
        out_s.append(srcs[i])
        out_b.append(bolds[i])
    _pair_straight_quotes(out_c)
    # strip at both ends
    while out_c and out_c[-1] == " ":
        out_c.pop(), out_s.pop(), out_b.pop()
    spans: list[tuple[int, int]] = []
    start = None
    for i, b in enumerate(out_b + [False]):
        if b and start is None:
            start = i
        elif not b and start is not None:
            spans.append((start, i))
            start = None
    return "".join(out_c), out_s, spans


# --------------------------------------------------------------------------- sentences

_SENT_END = re.compile(r"[。！？!?]+[”’」』）)]*|[；;](?=\s*$)")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (absolute offsets)."""
    spans = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        if m.end() > pos:
            spans.append((pos, m.end()))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        spans.append((pos, end))
    return spans


# --------------------------------------------------------------------------- script

#: characters of the Simplified standard that OpenCC t2s still converts when no phrase it knows holds them:
#: in a Simplified text they are meant (乾县, 乾务镇 stay, not 干县; 濛洼, the flood basin on the Huai, not 蒙洼)
SIMPLIFIED_TOO = frozenset("乾濛")
#: share of CJK characters OpenCC t2s changes at or above which a text is called Traditional
TRADITIONAL_SHARE = 0.05
_PIECE = re.compile(r"[^，。；！？、：\n]*[，。；！？、：\n]|[^，。；！？、：\n]+")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in Simplified script, character for character the same length."""
    cc = _t2s()
    out = cc.convert(text)
    if out == text:
        return text
    parts: list[str] = []
    # phrase by phrase (conversions never span punctuation), so that a length change stays local
    for piece in _PIECE.findall(text):
        conv = cc.convert(piece) if any(ord(c) >= 0x2E80 for c in piece) else piece
        if len(conv) != len(piece):
            conv = "".join(d if len(d := cc.convert(c)) == 1 else c for c in piece)
        parts.append(conv)
    out = "".join(parts)
    assert len(out) == len(text)
    return out


def simplified_view(text: str) -> tuple[str | None, str, int]:
    """(Simplified view or None when nothing changes, script "Hans"/"Hant"/"mixed", characters changed)."""
    if not any(ord(c) >= 0x3400 for c in text):
        return None, "Hans", 0
    out = to_simplified(text)
    if out == text:
        return None, "Hans", 0
    changed = sum(1 for a, b in zip(text, out) if a != b and a not in SIMPLIFIED_TOO)
    cjk = sum(1 for c in text if 0x3400 <= ord(c) <= 0x9FFF or 0x20000 <= ord(c) <= 0x2FA1F)
    if changed < TRADITIONAL_SHARE * max(cjk, 1):  # a Simplified text: its Simplified-too characters are meant
        out = "".join(a if a in SIMPLIFIED_TOO else b for a, b in zip(text, out))
        if not changed:
            return None, "Hans", 0
        return out, "mixed", changed
    return out, "Hant", sum(1 for a, b in zip(text, out) if a != b)


# --------------------------------------------------------------------------- assembly


def normalise(ex: Extracted, source: SourceInfo) -> Document:
    blocks, cont_from, cont_on, repairs = repair_layout(ex.blocks)
    parts: list[str] = []
    smap = array("i")
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pos = 0
    for b in blocks:
        text, srcs, bold = normalise_chars(_rstrip_runs(_lstrip_runs(b.runs)))
        if not text:
            continue
        if parts:
            parts.append("\n")
            smap.append(smap[-1] + 1 if len(smap) else 0)
            pos += 1
        start = pos
        parts.append(text)
        smap.extend(srcs)
        pos += len(text)
        idx = len(paragraphs)
        paragraphs.append(
            Paragraph(idx, start, pos, b.heading, tuple((start + s, start + e) for s, e in bold))
        )
    full = "".join(parts)
    for p in paragraphs:
        for s, e in split_sentences(full, p.start, p.end):
            sentences.append(Sentence(len(sentences), s, e, p.index))
    smap.append((smap[-1] + 1) if len(smap) else 0)
    if not full.strip():
        raise InputError(f"{source.name}: no text found in the file")
    simplified, script, changed = simplified_view(full)
    script_note = (
        f"{'Traditional' if script == 'Hant' else 'some Traditional'} script: the extractor reads a "
        f"Simplified view ({changed} characters converted)"
        if simplified is not None
        else None
    )
    return Document(
        text=full,
        source_text=ex.source_text,
        source_map=smap,
        paragraphs=paragraphs,
        sentences=sentences,
        source=source,
        continued_from=cont_from,
        continues_on=cont_on,
        repairs=list(ex.notes) + repairs + ([script_note] if script_note else []),
        simplified=simplified,
        script=script,
    )


_MB = 1024 * 1024
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: what a file is, by its first bytes: refused with this name when it is not a report
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Office file (.doc/.xls/.wps; save it as .docx)"),
    (b"{\\rtf", "an RTF document (save it as .docx or .txt)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
)


def byte_limit(name: str) -> tuple[int, str]:
    """The largest file accepted for ``name``'s kind, and what to call that kind."""
    suffix = Path(name).suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return MAX_HTML_BYTES, "a web page"
    if READERS.get(suffix, "kg.read:").startswith("kg.read:"):
        return MAX_TEXT_BYTES, "a text report"
    return MAX_BYTES, f"a {suffix} report"


def _check_size(size: int, name: str) -> None:
    limit, kind = byte_limit(name)
    if size > limit:
        raise InputError(f"{name}: {size / _MB:.1f} MB is over the {limit // _MB} MB limit for {kind}")


def _reader_for_content(data: bytes, name: str) -> tuple[Reader, str | None]:
    """The reader for what the bytes are (a PDF named .txt is read as a PDF); refuses binaries."""
    suffix = Path(name).suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head and suffix != ".pdf":
        return _load("kg.readers.pdf:read_pdf"), "the file is a PDF document: read as .pdf"
    if head.startswith(b"PK\x03\x04") and suffix != ".docx":
        import io
        import zipfile

        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise InputError(f"{name}: is a damaged or truncated ZIP archive, not a report") from None
        if "word/document.xml" in names:
            return _load("kg.readers.docx:read_docx"), "the file is a Word document: read as .docx"
        raise InputError(f"{name}: is a ZIP archive, not a report (unpack it first)")
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise InputError(f"{name}: is {what}, not a report")
    return reader_for(Path(name)), None


def _load(target: str) -> Reader:
    import importlib

    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def read_bytes(
    data: bytes,
    *,
    name: str = "input.txt",
    path: str | None = None,
    encoding: str | None = None,
) -> Document:
    """Read a report from bytes; the suffix of ``name`` picks the reader (unless the bytes say
    otherwise: a PDF or Word file under another name is read as what it is)."""
    _check_size(len(data), name)
    if not data:
        raise InputError(f"{name}: the file is empty")
    reader, note = _reader_for_content(data, name)
    ex = reader(data, name=name, encoding=encoding)
    if note:
        ex.notes.insert(0, note)
    check_chars(len(ex.source_text), name)
    info = SourceInfo(
        path=path or name,
        name=Path(name).name,
        sha256=hashlib.sha256(data).hexdigest(),
        format=ex.format,
        encoding=ex.encoding,
        size=len(data),
    )
    return normalise(ex, info)


def read_path(path: str | Path, *, encoding: str | None = None) -> Document:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder, not a report file")
    try:
        _check_size(p.stat().st_size, str(p))  # before reading: a huge file is refused at once
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror})") from None
    # the path as given names the file in every message (SourceInfo.name is still its file name)
    return read_bytes(data, name=str(p), path=str(p), encoding=encoding)
