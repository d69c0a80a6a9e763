"""The command line, in-process (click's CliRunner)."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from kg.cli import cli


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def cli_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli-build")
    res = CliRunner().invoke(cli, ["build", "--out", str(out)])
    assert res.exit_code == 0, res.output
    return out, res.output


def test_cli_build_writes_five_files_and_a_summary(cli_build):
    out, output = cli_build
    for name in ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld", "graph.html"):
        assert (out / name).stat().st_size > 1000, name
    assert "zhejiang-2025" in output
    assert "PolicyArea 17" in output
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "temporary files left behind"


def test_cli_query_table(runner, cli_build):
    out, _ = cli_build
    q = "SELECT ?t WHERE { ?a a rkg:PolicyArea ; rkg:title ?t ; rkg:inPart/rkg:number 2 ; rkg:number 1 }"
    res = runner.invoke(cli, ["query", q, "--data", str(out)])
    assert res.exit_code == 0, res.output
    assert "发挥政策引导保障支撑作用" in res.output
    assert "(1 row)" in res.output


def test_cli_query_csv_and_json(runner, cli_build):
    out, _ = cli_build
    q = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a rkg:PolicyArea }"
    res = runner.invoke(cli, ["query", q, "--data", str(out), "--format", "csv"])
    assert res.exit_code == 0
    assert res.output.splitlines() == ["n", "17"]
    res = runner.invoke(cli, ["query", q, "--data", str(out / "graph.ttl"), "--format", "json"])
    data = json.loads(res.output)
    assert data["head"]["vars"] == ["n"]
    assert data["results"]["bindings"][0]["n"]["value"] == "17"


def test_cli_query_from_file(runner, cli_build, tmp_path):
    out, _ = cli_build
    q = tmp_path / "q.rq"
    q.write_text("ASK { ?r a rkg:Report ; rkg:year 2025 }", encoding="utf-8")
    res = runner.invoke(cli, ["query", f"@{q}", "--data", str(out)])
    assert res.output.strip() == "true"


@pytest.mark.parametrize(
    "args, message",
    [
        (["query", "SELEC ?x", "--data", "{out}"], "Error: malformed SPARQL query"),
        (["query", "SELECT * {?s ?p ?o}", "--data", "{out}/nope"], "no such file or folder"),
        (["query", "@{out}/missing.rq", "--data", "{out}"], "cannot read the query file"),
        (["build", "{out}/missing.md", "--out", "{out}/x"], "no such file or folder"),
        (["validate", "{out}/nope.ttl"], "no such file or folder"),
    ],
)
def test_cli_errors_are_one_line_without_traceback(runner, cli_build, args, message):
    out, _ = cli_build
    res = runner.invoke(cli, [a.replace("{out}", str(out)) for a in args])
    assert res.exit_code != 0
    assert message in res.output
    assert "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1, res.output


def test_cli_validate_passes_the_built_graph(runner, cli_build):
    out, _ = cli_build
    res = runner.invoke(cli, ["validate", str(out)])
    assert res.exit_code == 0, res.output
    assert "conforms" in res.output


def test_cli_validate_rejects_a_graph_without_a_required_property(runner, cli_build, tmp_path):
    out, _ = cli_build
    lines = (out / "graph.nt").read_text(encoding="utf-8").splitlines()
    kept = [l for l in lines if "ontology#inPart>" not in l or "/area/1>" not in l.split(" ", 1)[0]]
    assert len(kept) < len(lines)
    bad = tmp_path / "bad.nt"
    bad.write_text("\n".join(kept) + "\n", encoding="utf-8")
    res = runner.invoke(cli, ["validate", str(bad)])
    assert res.exit_code == 1
    assert "inPart" in res.output
    assert "violation" in res.output


def test_cli_build_empty_file_fails_cleanly_and_writes_nothing(runner, tmp_path):
    src = tmp_path / "empty.md"
    src.write_bytes(b"")
    res = runner.invoke(cli, ["build", str(src), "--out", str(tmp_path / "out")])
    assert res.exit_code == 1
    assert "empty" in res.output
    assert not (tmp_path / "out").exists()


def test_cli_build_folder_reports_failures_and_builds_the_rest(runner, tmp_path):
    from helpers import BUNDLED

    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(BUNDLED, src / "zhejiang-2025.md")
    (src / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    res = runner.invoke(cli, ["build", str(src), "--out", str(tmp_path / "out")])
    assert res.exit_code == 1
    assert "broken.txt" in res.output and "binary" in res.output
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_cli_version_and_help(runner):
    assert runner.invoke(cli, ["--version"]).exit_code == 0
    res = runner.invoke(cli, ["-h"])
    for cmd in ("build", "query", "validate"):
        assert cmd in res.output


def test_cli_build_with_jobs_writes_the_same_files(runner, tmp_path):
    from helpers import corpus

    from kg.cli import cli

    src = tmp_path / "src"
    src.mkdir()
    for year in (1993, 2002, 2008):
        (src / corpus(year).name).write_bytes(corpus(year).read_bytes())
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        r = runner.invoke(cli, ["build", str(src), "--out", str(out), "--jobs", jobs])
        assert r.exit_code == 0, r.output
        assert "Built 3 reports" in r.output
        outs.append(out)
    names = sorted(p.name for p in outs[0].iterdir())
    assert names == sorted(p.name for p in outs[1].iterdir())
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def _read_one_with_pid(src, options):
    """kg.pipeline._read_one, marking the result with the process that read it (module level: the
    worker processes must be able to unpickle it)."""
    import os

    from kg.pipeline import _read_one as real

    res, err = (_ORIGINAL_READ_ONE or real)(src, options)
    if res is not None:
        res.extras["pid"] = os.getpid()
    return res, err


_ORIGINAL_READ_ONE = None


def test_pipeline_jobs_read_reports_in_worker_processes_and_keep_their_order(monkeypatch):
    import os

    from helpers import corpus

    from kg import pipeline

    monkeypatch.setitem(globals(), "_ORIGINAL_READ_ONE", pipeline._read_one)
    monkeypatch.setattr(pipeline, "_read_one", _read_one_with_pid)
    sources = [corpus(y) for y in (2008, 1993, 2002)]
    results, failures = pipeline.read_and_process(sources, jobs=2)
    assert not failures
    assert [r.report_id for r in results] == ["national-2008", "national-1993", "national-2002"]
    assert all(r.extras["pid"] != os.getpid() for r in results)
