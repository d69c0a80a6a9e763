"""graph.html in a real browser: headless Chromium loads the page from disk, runs its inlined
JavaScript and dumps the DOM it built. Skipped where no Chromium is installed (Debian's package
``chromium`` puts it at /usr/bin/chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed")

#: no sandbox (root in CI), no GPU, and none of the background connections a closed network refuses
_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync")


def dump_dom(page, tmp_path) -> str:
    """The DOM of ``page`` after its scripts ran (eight seconds of virtual time)."""
    profile = tmp_path / "profile"
    profile.mkdir()
    run = subprocess.run([CHROMIUM, *_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=8000",
                          "--dump-dom", page.resolve().as_uri()],
                         capture_output=True, timeout=180, check=True)
    return run.stdout.decode("utf-8")


def test_browser_draws_the_bundled_graph_offline(built, tmp_path):
    out, _ = built
    dom = dump_dom(out / "graph.html", tmp_path)
    # vis-network, inlined, ran and drew its canvas: no script had to come from the network
    assert "<canvas" in dom and 'class="vis-network"' in dom
    assert "项目 (Project)" in dom and "地点 (Place)" in dom  # the legend


def test_browser_runs_nothing_from_a_reports_text(tmp_path):
    from kg.graph import ReportResult, build_dataset
    from kg.read import read_bytes
    from kg.skeleton import build_skeleton
    from kg.viz import render_html

    src = ("二、2025年目标任务和重点工作\n\n**（一）<script>document.body.setAttribute('data-pwned','1')</script>"
           "推进改革。加快建设<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
           "“x”工程**，全省生产总值增长5%。\n")
    doc = read_bytes(src.encode("utf-8"), name="evil-2025.md")
    ds = build_dataset([ReportResult(doc, build_skeleton(doc, region="浙江"))])
    page = tmp_path / "graph.html"
    page.write_bytes(render_html(ds, title="<img src=x onerror=\"document.body.setAttribute('data-pwned','3')\">"))
    dom = dump_dom(page, tmp_path)
    assert "<canvas" in dom  # the page itself ran
    assert re.search(r"<body[^>]*data-pwned", dom) is None  # nothing in the text or title ran
