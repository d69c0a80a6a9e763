"""Shared fixtures: the bundled report read once, and one build of it per test session."""

from __future__ import annotations

import pytest

from helpers import BUNDLED


@pytest.fixture(scope="session")
def bundled_doc():
    from kg.read import read_path

    return read_path(BUNDLED)


@pytest.fixture(scope="session")
def bundled_skeleton(bundled_doc):
    from kg.skeleton import build_skeleton

    return build_skeleton(bundled_doc)


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The bundled report built once into a temporary folder, through the library."""
    from kg.pipeline import BUNDLED_REPORT, build

    out = tmp_path_factory.mktemp("build")
    summary = build([BUNDLED_REPORT], out)
    return out, summary


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A real Oxigraph server (``oxigraph serve``, installed next to this Python) on a free port of
    127.0.0.1 for the session; stopped at the end. ``server.store`` is its Graph Store endpoint,
    ``server.select(q)`` runs a query (rows as dicts of values), ``server.quads()`` fetches the whole
    dataset, ``server.clear()`` drops every graph."""
    import socket
    import subprocess
    import sys
    import time
    import types
    import urllib.parse
    import urllib.request
    from pathlib import Path

    exe = Path(sys.executable).parent / "oxigraph"
    if not exe.is_file():
        pytest.skip("no oxigraph server next to the Python (pip install oxigraph==0.5.13)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    loc = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([str(exe), "serve", "--location", str(loc / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def call(path, data=None, headers=None, method=None):
        req = urllib.request.Request(base + path, data=data, headers=headers or {}, method=method)
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.read()

    def select(q):
        import json

        body = urllib.parse.urlencode({"query": q}).encode()
        data = json.loads(call("/query", body, {"Content-Type": "application/x-www-form-urlencoded",
                                                "Accept": "application/sparql-results+json"}))
        return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]

    def quads():
        import pyoxigraph as ox

        return set(ox.parse(call("/store", headers={"Accept": "application/n-quads"}), format=ox.RdfFormat.N_QUADS))

    def clear():
        call("/update", b"DROP ALL", {"Content-Type": "application/sparql-update"})

    deadline = time.monotonic() + 30
    while True:
        try:
            call("/query?query=ASK%7B%7D")
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start on port {port}")
            time.sleep(0.1)
    yield types.SimpleNamespace(base=base, store=base + "/store", port=port, select=select, quads=quads, clear=clear)
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
