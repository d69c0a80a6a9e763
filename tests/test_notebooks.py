"""The notebooks run: every code cell is executed in order, as a kernel would."""

from __future__ import annotations

import json
import os

import pytest
from helpers import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebooks_run(path, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("KG_NOTEBOOK_OUT", str(tmp_path / "out"))
    monkeypatch.setenv("KG_NOTEBOOK_YEARS", "2023 2024")
    nb = json.loads(path.read_text(encoding="utf-8"))
    namespace: dict = {"__name__": "__notebook__"}
    for i, cell in enumerate(c for c in nb["cells"] if c["cell_type"] == "code"):
        exec(compile("".join(cell["source"]), f"{path.name}[{i}]", "exec"), namespace)
    out = capsys.readouterr().out
    assert "生产总值" in out
    assert namespace["growth"], "no national growth targets found"
    assert os.environ["KG_NOTEBOOK_OUT"] in str(namespace["OUT"])
