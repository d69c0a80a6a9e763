"""Property-based tests (hypothesis): offsets always lead back to the source, and no input crashes
read → skeleton with anything but a :class:`kg.errors.KgError`."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KgError
from kg.read import read_bytes
from kg.skeleton import build_skeleton

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# pieces reports are made of, and pieces of the markup and noise they come with
PIECES = [
    "各位代表：", "现在，我代表省人民政府向大会报告政府工作。", "一、2024年工作回顾", "（一）坚持创新驱动。",
    "**加快建设创新浙江**", "全省生产总值增长５．５％，", "過去一年，國民經濟穩定增長。", "一是", "二是",
    "(紧接第一版)", "(下转第四版)", "# 政府工作报告", "## 二、2025年目标任务", "— 3 —", "第 2 页",
    "<script>alert(1)</script>", "<b>", "</b>", "<p>", "<!-- x -->", "<style>\n", "</style>", "&amp;", "__",
    "\n", "\n\n", "\r\n", "\u3000\u3000", " ", "\t", "\f", "\x00", "\u200b", "\ufeff", ",", ":", "(", ")",
    "PM2.5", "1.", "——", "“", "”", "本作品是中华人民共和国的", "Public domain", "字库未存字注释：",
]
TEXT = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)),
    max_size=40,
).map("".join)


def _related(src: str, c: str) -> bool:
    """``c`` is ``src`` or a normalised form of it (width, ASCII punctuation in Chinese, script, space,
    paired typewriter quotes)."""
    full = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
    return (
        src == c
        or unicodedata.normalize("NFKC", src) == c
        or full.get(src) == c
        or (src.isspace() and c == " ")
        or (src == '"' and c in "“”")  # typewriter quotes around Chinese text, paired (read.py)
    )


@FAST
@given(TEXT, st.sampled_from(["x.md", "x.txt", "x.html"]))
def test_properties_offsets_map_back_to_the_source(text, name):
    try:
        doc = read_bytes(text.encode("utf-8"), name=name)
    except KgError:
        return
    assert len(doc.source_map) == len(doc.text) + 1
    if doc.simplified is not None:
        assert len(doc.simplified) == len(doc.text)
    for i, c in enumerate(doc.text):
        if c == "\n":
            continue
        src = doc.source_text[doc.source_map[i]]
        assert _related(src, c), (i, c, src)
    for p in doc.paragraphs:
        s0, s1 = doc.source_span(p.start, p.end)
        assert 0 <= s0 <= s1 <= len(doc.source_text)


@FAST
@given(TEXT, st.sampled_from(["utf-8", "utf-16", "gb18030", "utf-8-sig"]), st.sampled_from(["r.md", "r.txt", "r.htm"]))
def test_properties_any_text_reads_and_skeletons_or_raises_kg_error(text, encoding, name):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        doc = read_bytes(data, name=name)
        build_skeleton(doc)
    except KgError:
        pass


@FAST
@given(st.binary(max_size=3000), st.sampled_from(["b.txt", "b.md", "b.html", "b.docx", "b.pdf", "b.doc"]))
def test_properties_any_bytes_read_or_raise_kg_error(data, name):
    try:
        doc = read_bytes(data, name=name)
        build_skeleton(doc)
    except KgError:
        pass


@pytest.fixture(scope="module")
def small_files():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_readers import source_blocks, to_docx, to_pdf

    blocks = source_blocks("各位代表：\n\n**（一）坚持创新驱动。**全省生产总值增长5.5%。\n\n二、2025年目标任务\n")
    return {"r.docx": to_docx(blocks), "r.pdf": to_pdf(blocks)}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_properties_damaged_docx_and_pdf_raise_kg_error(small_files, data):
    name = data.draw(st.sampled_from(sorted(small_files)))
    raw = bytearray(small_files[name])
    cut = data.draw(st.integers(min_value=0, max_value=len(raw)))
    flips = data.draw(st.lists(st.integers(min_value=0, max_value=len(raw) - 1), max_size=5))
    for i in flips:
        raw[i] ^= 0xFF
    try:
        doc = read_bytes(bytes(raw[:cut] if data.draw(st.booleans()) else raw), name=name)
        build_skeleton(doc)
    except KgError:
        pass
