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
from pathlib import Path
from typing import Callable

from kg.errors import EncodingError, InputError

MAX_BYTES = 64 * 1024 * 1024  # a report is far smaller; refuse what would only exhaust memory


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
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>|<!--.*?-->")
_LINE = re.compile(r"[^\n]*\n|[^\n]+")


def _lines(text: str):
    """Yield ``(line_without_newline, offset)``; ``\\r`` is dropped."""
    for m in _LINE.finditer(text):
        line = m.group(0).rstrip("\n").rstrip("\r")
        yield line, m.start()


def _inline_runs(line: str, base: int, bold: bool, *, markdown: bool) -> tuple[list[Run], bool]:
    """Split one line into runs; ``**`` toggles bold and HTML-like tags are dropped (markdown)."""
    runs: list[Run] = []
    if not markdown:
        return ([Run(line, base, bold)] if line else []), bold
    pos = 0
    token = re.compile(r"\*\*|__|" + _HTML_TAG.pattern)
    for m in token.finditer(line):
        if m.start() > pos:
            runs.append(Run(line[pos : m.start()], base + pos, bold))
        if m.group(0) in ("**", "__"):
            bold = not bold
        pos = m.end()
    if pos < len(line):
        runs.append(Run(line[pos:], base + pos, bold))
    return runs, bold


def split_blocks(text: str, *, markdown: bool) -> list[RawBlock]:
    """Cut text into blocks at blank lines (and markdown headings); lines inside a block join."""
    blocks: list[RawBlock] = []
    current: list[Run] = []
    bold = False
    first_line_of_block: list[tuple[str, int]] = []

    def flush():
        nonlocal current, bold, first_line_of_block
        if current and any(r.text.strip() for r in current):
            blocks.append(RawBlock(current))
        current, bold, first_line_of_block = [], False, []

    for line, off in _lines(text):
        if not line.strip():
            flush()
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
            blocks.append(RawBlock([Run(line, off)]))
            continue
        runs, bold = _inline_runs(line, off, bold, markdown=markdown)
        current.extend(runs)
        first_line_of_block.append((line, off))
    flush()
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


def read_markdown(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    text, enc = decode(data, encoding=encoding, name=name)
    return Extracted(text, split_blocks(text, markdown=True), "markdown", enc)


def read_plain(data: bytes, *, name: str, encoding: str | None = None) -> Extracted:
    text, enc = decode(data, encoding=encoding, name=name)
    return Extracted(text, split_blocks(text, markdown=False), "text", enc)


Reader = Callable[..., Extracted]

#: suffix -> "module:function"; readers for other formats register here and load lazily.
READERS: dict[str, str] = {
    ".md": "kg.read:read_markdown",
    ".markdown": "kg.read:read_markdown",
    ".txt": "kg.read:read_plain",
    ".text": "kg.read:read_plain",
}


def reader_for(path: Path) -> Reader:
    target = READERS.get(path.suffix.lower(), "kg.read:read_plain")
    module, func = target.split(":")
    import importlib

    return getattr(importlib.import_module(module), func)


# --------------------------------------------------------------------------- layout repair

_CONT_START = re.compile(r"^\s*[(（]\s*((?:紧接|接|上接|续)第?[一二三四五六七八九十百\d]+版)\s*[)）]\s*")
_CONT_END = re.compile(r"\s*[(（]\s*((?:下转|转|转接|接)第?[一二三四五六七八九十百\d]+版)\s*[)）]\s*$")
_LICENCE = re.compile(
    r"^(本作品是中华人民共和国的|本作品是中華人民共和國的|本作品来自|本作品在全世界都属于公有领域|"
    r"Public domain|注：中文维基文库社群认为)"
)
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
    join_next = False
    for i, b in enumerate(cleaned):
        text = _block_text(b)
        prev = out[-1] if out else None
        prev_open = (
            prev is not None
            and not prev.heading
            and not _is_heading_line(prev.text)
            and not _all_bold(prev)
            and _ends_open(prev.text)
            # a page break cuts a running paragraph; a short title without a full stop is a title
            and (len(_block_text(prev)) >= 60 or _block_text(prev)[-1:] in "，、")
            and any(c in prev.text for c in "。；;，,")
        )
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
            tail = _block_text(prev)[-4:]
            repairs.append(f"joined a paragraph split across a page break: …{tail}|{text[:4]}…")
            out[-1] = RawBlock(_rstrip_runs(prev.runs) + _lstrip_runs(b.runs), prev.heading)
        else:
            out.append(b)
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


def _rstrip_runs(runs: list[Run]) -> list[Run]:
    out = list(runs)
    while out:
        r = out[-1]
        s = r.text.rstrip(_WS)
        if s:
            out[-1] = Run(s, r.src, r.bold)
            break
        out.pop()
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
        if c in _ZERO_WIDTH or c in "\r\n":
            continue
        o = ord(c)
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
    return Document(
        text=full,
        source_text=ex.source_text,
        source_map=smap,
        paragraphs=paragraphs,
        sentences=sentences,
        source=source,
        continued_from=cont_from,
        continues_on=cont_on,
        repairs=repairs,
    )


def read_bytes(
    data: bytes,
    *,
    name: str = "input.txt",
    path: str | None = None,
    encoding: str | None = None,
) -> Document:
    """Read a report from bytes; the suffix of ``name`` picks the reader."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data) // (1024 * 1024)} MB is too large for a report")
    reader = reader_for(Path(name))
    ex = reader(data, name=name, encoding=encoding)
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
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: {size // (1024 * 1024)} MB is too large for a report")
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror})") from None
    return read_bytes(data, name=p.name, path=str(p), encoding=encoding)
