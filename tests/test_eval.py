"""Entity evaluation: matching rules, optional gold entries, the baseline, the gold policy, ``kg eval``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from helpers import ROOT
from kg.errors import DataError
from kg.eval import Score
from kg.eval_entities import GoldEntity, baseline_predictions, clean, count, load_gold


def gold(name: str, *aliases: str, optional: bool = False, type_: str = "Place") -> GoldEntity:
    return GoldEntity(type_, name, frozenset(clean(x) for x in (name, *aliases)), optional)


def test_eval_matches_any_label_against_name_or_alias_without_quotes():
    g = [gold("浙江", "浙江省"), gold("“一带一路”国际合作高峰论坛")]
    assert count([{"浙江省人民政府", "浙江省"}, {"一带一路国际合作高峰论坛"}], g) == (2, 0, 0)
    assert count([{"杭州"}], g) == (0, 1, 2)


def test_eval_optional_entries_count_neither_way():
    g = [gold("杭州", optional=True), gold("宁波")]
    assert count([{"杭州"}, {"宁波"}], g) == (1, 0, 0)  # 杭州 is no false positive
    assert count([], g) == (0, 0, 1)  # and missing it is no false negative


def test_eval_load_gold_rejects_unknown_types(tmp_path):
    from kg.errors import DataError

    (tmp_path / "r.entities.jsonl").write_text('{"type": "Thing", "name": "x"}\n', encoding="utf-8")
    with pytest.raises(DataError):
        load_gold(tmp_path, "r")
    assert load_gold(tmp_path, "absent") is None


def test_eval_baseline_reads_tags_and_quoted_terms():
    preds = baseline_predictions("深入实施“凤凰行动”计划，支持杭州打造人工智能高地")
    assert {"凤凰行动"} in preds["Programme"]
    assert {"杭州"} in preds["Place"]
    assert preds["Project"] == [] and preds["Event"] == []


def test_eval_gold_files_follow_the_optional_policy():
    """Re-applying the policy changes nothing (tests/gold/README.md)."""
    script = ROOT / "tests" / "gold" / "normalise_entities.py"
    res = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stdout + res.stderr
    for path in (ROOT / "tests" / "gold").glob("*.entities.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            if "borderline" in e.get("note", "").lower():
                assert e.get("optional") is True, e


def test_eval_render_groups_by_task_marks_held_out_and_averages():
    from kg.cli_eval import render

    scores = [
        Score("zhejiang-2025", "entities", "Place", "kg", 9, 1, 0),
        Score("zhejiang-2025", "entities", "Place", "baseline", 3, 9, 6),
        Score("national-2017", "entities", "Place", "kg", 1, 0, 1),
        Score("national-2011", "entities", "Place", "kg", 4, 0, 4),
        Score("national-2024", "entities", "Place", "kg", 2, 0, 0),  # development for entities
        Score("national-2024", "observations", "value", "kg", 5, 5, 0),  # held out for observations
    ]
    text = render(scores, "table")
    assert text.index("== entities ==") < text.index("== observations ==")
    entities, observations = text.split("== observations ==")
    assert "national-2011 (held out" in entities and "zhejiang-2025 (development)" in entities
    assert "national-2024 (development)" in entities and "national-2024 (held out)" in observations
    dev = entities.split("micro-average, development reports")[1].split("micro-average, held-out")[0]
    assert "12/1/1" in dev  # 9+1+2 true positives, 1+0+0 false positives, 0+1+0 false negatives
    data = json.loads(render(scores, "json"))
    assert data["entities"]["reports"]["national-2011"]["held_out"] is True
    assert data["entities"]["reports"]["national-2024"]["held_out"] is False
    assert data["observations"]["reports"]["national-2024"]["held_out"] is True
    assert data["entities"]["micro"]["development"]["Place"]["kg"]["f1"] == pytest.approx(2 * 12 / (2 * 12 + 1 + 1), abs=1e-4)
    md = render(scores, "markdown")
    assert "| type | kg P |" in md


@pytest.fixture(scope="module")
def zhejiang_scores():
    from kg.eval import run_eval

    return run_eval(["zhejiang-2025"], ["entities"])


def test_eval_kg_beats_the_baseline_on_the_bundled_report(zhejiang_scores):
    by = {(s.type, s.system): s for s in zhejiang_scores}
    for t in ("Place", "Organization", "Event"):
        assert by[(t, "kg")].f1 >= 0.8, (t, by[(t, "kg")])
        assert by[(t, "kg")].f1 > by[(t, "baseline")].f1, t
    assert by[("Event", "baseline")].tp == 0  # the baseline has no events


def test_eval_cli_rejects_unknown_tasks_and_reports():
    from kg.cli import cli

    res = CliRunner().invoke(cli, ["eval", "--task", "nonsense"])
    assert res.exit_code == 1 and "no scorer for nonsense" in res.output
    res = CliRunner().invoke(cli, ["eval", "--report", "nowhere-1999", "--task", "entities"])
    assert res.exit_code == 1 and "no gold for nowhere-1999" in res.output


def test_eval_scores_only_the_types_a_partial_gold_file_covers(tmp_path):
    from kg.eval_entities import load_gold, score_report

    (tmp_path / "national-2005.entities.jsonl").write_text(
        json.dumps({"type": "Project", "name": "青山水库", "aliases": [], "note": ""}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    gold = load_gold(tmp_path, "national-2005")
    preds = {"Project": [{"青山水库"}], "Place": [{"青山"}], "Programme": [{"某某工程"}]}
    scores = score_report("national-2005", "kg", preds, gold)
    assert [(s.type, s.tp, s.fp, s.fn) for s in scores] == [("Project", 1, 0, 0)]  # Place, Programme not scored
    (tmp_path / "national-2005.entities.jsonl").write_text(
        json.dumps({"type": "Place", "name": "青山"}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    with pytest.raises(DataError):
        load_gold(tmp_path, "national-2005")


def test_eval_a_type_can_be_development_in_a_held_out_report():
    from kg.cli_eval import render
    from kg.eval import DEVELOPMENT_BY_TYPE

    rep = "national-2011"  # held out for all types but Project
    assert rep in DEVELOPMENT_BY_TYPE[("entities", "Project")]
    scores = [Score(rep, "entities", "Project", "kg", 1, 0, 0), Score(rep, "entities", "Place", "kg", 3, 0, 0)]
    data = json.loads(render(scores, "json"))
    assert data["entities"]["micro"]["development"]["Project"]["kg"]["tp"] == 1
    assert data["entities"]["micro"]["held-out"]["Place"]["kg"]["tp"] == 3
    assert "development for Project" in render(scores, "table")


def test_eval_relations_scores_located_in_of_the_projects_found(tmp_path):
    from kg.eval_relations import score
    from kg.pipeline import process
    from kg.read import read_bytes

    src = "# 浙江省2025年政府工作报告\n\n二、2025年目标任务和重点工作\n\n推动温福高铁、丽水机场等项目开工建设。\n"
    result = process(read_bytes(src.encode("utf-8"), name="zhejiang-2025.md"), region="浙江")
    gold = [
        {"type": "Project", "name": "温福高铁", "aliases": []},
        {"type": "Project", "name": "丽水机场", "aliases": []},
        {"type": "Project", "name": "青山水库", "aliases": []},
    ]
    rels = [
        {"relation": "locatedIn", "subject": "温福高铁", "objects": ["温州", "福州"]},
        {"relation": "locatedIn", "subject": "丽水机场", "objects": ["丽水", "杭州"]},
        {"relation": "locatedIn", "subject": "青山水库", "objects": ["青山"]},
    ]
    for name, rows in (("entities", gold), ("relations", rels)):
        (tmp_path / f"zhejiang-2025.{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    got = {s.type: (s.tp, s.fp, s.fn) for s in score(result, tmp_path)}
    assert got["locatedIn"] == (3, 0, 1)  # 温州, 福州, 丽水 found; 杭州 (made up for the test) not
    assert got["projects found"] == (2, 0, 1)  # 青山水库 is not in the text


def test_eval_scores_a_report_under_the_id_its_gold_is_filed_under():
    # corpus/passages/suzhou-2024.txt is built as suzhou-320500-2024 (苏州 and 宿州 share "suzhou")
    from kg.eval import run_eval

    scores = run_eval(["suzhou-2024"], ["entities"])
    assert {s.report for s in scores} == {"suzhou-2024"}
    assert sum(s.tp for s in scores if s.system == "kg") > 0


def test_eval_an_organisation_named_only_inside_another_name_is_never_a_false_positive():
    from types import SimpleNamespace

    from kg.eval_entities import GoldEntity, count, kg_predictions

    def ent(type_, label, spans):
        return SimpleNamespace(type=type_, label=label, aliases=set(), attrs={},
                               mentions=[SimpleNamespace(start=a, end=b) for a, b in spans])

    result = SimpleNamespace(extras={"entities": [
        ent("Project", "浙能六横电厂二期", [(0, 8)]),
        ent("Organization", "浙能", [(0, 2)]),  # only inside the project's name
        ent("Organization", "国家电网", [(20, 24)]),  # named on its own
    ]})
    preds = kg_predictions(result)["Organization"]
    gold = [GoldEntity("Organization", "中国石化", frozenset({"中国石化"}), False)]
    assert count(preds, gold) == (0, 1, 1)  # 国家电网 is a false positive, 浙能 is not
