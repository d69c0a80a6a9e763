"""Bad input through the command line (click's CliRunner, in-process).

A single bad file: one line naming the file and what is wrong, a non-zero exit, no traceback,
nothing written (previous output files untouched). In a folder: the other reports are built and
the exit status and summary say which failed.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner

from helpers import BUNDLED
from kg.cli import cli

GOOD = "各位代表：\n\n现在，我代表省人民政府向大会报告政府工作，请予审议。\n\n一、2024年工作回顾\n\n过去一年，全省生产总值增长5.5%。\n"


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("notes.txt", "各位代表")
    return buf.getvalue()


def _docx() -> bytes:
    from test_readers import source_blocks, to_docx

    return to_docx(source_blocks(GOOD))


def _pdf() -> bytes:
    from test_readers import source_blocks, to_pdf

    return to_pdf(source_blocks(GOOD))


def _encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner"))
    c.drawString(72, 720, "report")
    c.save()
    return buf.getvalue()


def _scanned_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(72, 72, 400, 600, fill=1)  # an image of a page: no text layer
    c.save()
    return buf.getvalue()


# name, bytes (or a function giving them), what the one line must say
CASES = [
    ("empty.md", b"", "empty"),
    ("binary.txt", bytes(range(256)) * 40, "binary"),
    ("picture.txt", _png(), "PNG image"),
    ("archive.txt", _zip(), "ZIP archive"),
    ("old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old-style Office file"),
    ("cut.md", GOOD.encode("utf-8")[:-2], "middle of a character"),
    ("cut.docx", lambda: _docx()[:1500], "damaged or truncated .docx"),
    ("cut.pdf", lambda: _pdf()[: len(_pdf()) // 2], "truncated"),
    ("notdocx.docx", GOOD.encode("utf-8"), "not a Word .docx file"),
    ("locked.pdf", _encrypted_pdf, "encrypted"),
    ("scan.pdf", _scanned_pdf, "no text layer"),
    ("old.doc", b"{\\rtf1\\ansi report}", "RTF document"),
    ("chrome.html", "<html><body><nav><a href=/>首页</a></nav><script>x()</script></body></html>".encode(), "no text"),
    ("blank.txt", "\u3000\n\n   \r\n\t\n".encode("utf-8"), "no text"),
]


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def previous_build(tmp_path_factory):
    """A good build whose files a failed build must leave as they were."""
    out = tmp_path_factory.mktemp("previous")
    res = CliRunner().invoke(cli, ["build", str(BUNDLED), "--out", str(out)])
    assert res.exit_code == 0, res.output
    return out, {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _error_line(res) -> str:
    lines = [ln for ln in res.output.splitlines() if ln.strip()]
    assert len(lines) == 1, res.output
    assert "Traceback" not in res.output
    return lines[0]


@pytest.mark.parametrize("name, data, message", CASES, ids=[c[0] for c in CASES])
def test_bad_input_single_file_is_one_line_and_writes_nothing(runner, previous_build, tmp_path, name, data, message):
    out, before = previous_build
    src = tmp_path / name
    src.write_bytes(data() if callable(data) else data)
    res = runner.invoke(cli, ["build", str(src), "--out", str(out)])
    assert res.exit_code != 0
    line = _error_line(res)
    assert line.startswith("Error: ") and name in line and message in line, line
    assert {p.name: p.read_bytes() for p in sorted(out.iterdir())} == before


def test_bad_input_missing_path(runner, tmp_path):
    res = runner.invoke(cli, ["build", str(tmp_path / "nope.md"), "--out", str(tmp_path / "out")])
    assert res.exit_code != 0
    assert "nope.md: no such file" in _error_line(res)
    assert not (tmp_path / "out").exists()


def test_bad_input_folder_without_reports(runner, tmp_path):
    (tmp_path / "notes.png").write_bytes(_png())
    (tmp_path / ".hidden.md").write_text(GOOD, encoding="utf-8")
    res = runner.invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert res.exit_code != 0
    assert "no report files in this folder" in _error_line(res)


def test_bad_input_huge_file_is_refused_before_reading(runner, tmp_path):
    from kg.read import MAX_TEXT_BYTES

    src = tmp_path / "huge.txt"
    with open(src, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: refused by its size, never read
    res = runner.invoke(cli, ["build", str(src), "--out", str(tmp_path / "out")])
    assert res.exit_code != 0
    line = _error_line(res)
    assert "huge.txt: 50.0 MB is over the" in line and f"{MAX_TEXT_BYTES // 2**20} MB limit" in line


def test_bad_input_too_many_characters_is_refused(tmp_path):
    from kg.errors import InputError
    from kg.read import MAX_CHARS, read_path

    src = tmp_path / "long.txt"
    src.write_bytes(("经济" * (MAX_CHARS // 2 + 10)).encode("gb18030"))  # small in bytes, long in text
    with pytest.raises(InputError, match="characters is over the limit"):
        read_path(src)


def test_bad_input_folder_builds_the_rest_and_names_the_failures(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "zhejiang-2025.md").write_bytes(BUNDLED.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(_png())
    (folder / "readme.png").write_bytes(_png())  # not a report suffix: not looked at
    out = tmp_path / "out"
    res = runner.invoke(cli, ["build", str(folder), "--out", str(out)])
    assert res.exit_code == 1
    assert "Built 1 report" in res.output and "Traceback" not in res.output
    assert "2 source(s) failed" in res.output
    assert "empty.txt: the file is empty" in res.output
    assert "picture.txt: is a PNG image" in res.output
    assert "readme.png" not in res.output
    assert (out / "graph.ttl").stat().st_size > 1000


@pytest.fixture(scope="module")
def markup_build(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("markup")
    md = (
        "各位代表：\n\n"
        "<script>alert('md')</script>\n\n"
        "一、2024年工作回顾\n\n"
        "**（一）坚持创新驱动<img src=x onerror=alert(2)>发展。**全省研发投入增长10%。"
        "<style>\nbody { display: none }\n</style>\n"
        "<!-- 注释：不要 -->\n\n"
        "二、2025年<b onclick=alert(3)>目标任务</b>\n\n"
        "<iframe src=\"javascript:alert(4)\">\n</iframe>**（二）推进<a href='javascript:alert(5)'>数字经济</a>。**做好工作。\n"
    )
    src = tmp / "markup-2024.md"
    src.write_text(md, encoding="utf-8")
    page = tmp / "page-2025.html"
    page.write_text(
        "<html><body><div class=content><p>各位代表：</p><p><strong>（一）推进&lt;script&gt;alert(6)&lt;/script&gt;"
        "科技创新。</strong>全省研发投入增长10%。</p></div></body></html>",
        encoding="utf-8",
    )
    out = tmp / "out"
    res = CliRunner().invoke(cli, ["build", str(src), str(page), "--out", str(out)])
    assert res.exit_code == 0, res.output
    return out


def test_bad_input_markup_never_reaches_the_outputs_as_markup(markup_build):
    out = markup_build
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    for gone in ("alert('md')", "alert(2)", "alert(3)", "alert(4)", "alert(5)", "display: none", "注释：不要", "onerror"):
        assert gone not in ttl, gone
    assert "推进数字经济" in ttl and "目标任务" in ttl
    page = (out / "graph.html").read_text(encoding="utf-8")
    for gone in ("alert('md')", "alert(2)", "alert(3)", "alert(4)", "alert(5)", "onerror=alert", "<script>alert(6)"):
        assert gone not in page, gone
    # text that is literally "<script>" on a web page stays text, escaped wherever it is shown
    assert "alert(6)" in ttl
