"""``kg eval``: score the extractor (and the baselines) against the gold annotations.

Prints what the scorers of :data:`kg.eval.SCORERS` return, grouped by task, then by report: one row
per type (or field) with precision, recall and F1 of every system side by side, held-out reports
marked, and micro-averages over the development and over the held-out reports.
"""

from __future__ import annotations

import json

import click

from kg.eval import GOLD_REPORTS, SCORERS, Score, is_development


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    s = Score("", "", "", "", tp, fp, fn)
    return s.precision, s.recall, s.f1


def summarise(scores: list[Score]) -> dict:
    """Scores grouped as {task: {"reports": {report: {type: {system: counts}}}, "micro": {...}}}."""
    out: dict = {}
    for s in scores:
        task = out.setdefault(s.task, {"reports": {}, "micro": {}})
        rep = task["reports"].setdefault(s.report, {})
        rep.setdefault(s.type, {})[s.system] = (s.tp, s.fp, s.fn)
        group = "development" if is_development(s.report, s.task, s.type) else "held-out"
        groups = [group] if group == "development" else [group, f"held-out, {collection(s.report)}"]
        for g in groups:
            acc = task["micro"].setdefault(g, {}).setdefault(s.type, {}).setdefault(s.system, [0, 0, 0])
            acc[0] += s.tp
            acc[1] += s.fp
            acc[2] += s.fn
    return out


def collection(report: str) -> str:
    """Which kind of text a gold report is: the national corpus or the provincial and city passages."""
    from kg.eval import GOLD_REPORTS

    src = GOLD_REPORTS.get(report, "")
    if src.startswith("corpus/national/"):
        return "national"
    if src.startswith("corpus/passages/"):
        return "provincial and city"
    return "bundled"


#: the micro-average blocks, in the order they are printed
MICRO_GROUPS = ("development", "held-out", "held-out, national", "held-out, provincial and city", "held-out, bundled")


def _systems(block: dict) -> list[str]:
    names = {sys for types in block.values() for sys in types}
    return sorted(names, key=lambda n: (n != "kg", n))


def _rows(block: dict, systems: list[str]) -> list[list[str]]:
    rows = []
    for type_ in sorted(block, key=_type_order):
        row = [type_]
        for sysname in systems:
            c = block[type_].get(sysname)
            if c is None:
                row += ["", "", "", ""]
                continue
            p, r, f = _prf(*c)
            row += [f"{p:.2f}", f"{r:.2f}", f"{f:.2f}", f"{c[0]}/{c[1]}/{c[2]}"]
        rows.append(row)
    return rows


_ORDER = ("Programme", "Project", "Place", "Organization", "Event")


def _type_order(t: str):
    return (_ORDER.index(t), t) if t in _ORDER else (len(_ORDER), t)


def _header(systems: list[str]) -> list[str]:
    h = ["type"]
    for s in systems:
        h += [f"{s} P", f"{s} R", f"{s} F1", f"{s} tp/fp/fn"]
    return h


def _title(report: str, task: str) -> str:
    if is_development(report, task):
        return f"{report} (development)"
    from kg.eval import DEVELOPMENT_BY_TYPE

    dev_types = sorted(t for (k, t), reps in DEVELOPMENT_BY_TYPE.items() if k == task and report in reps)
    if not dev_types:
        return f"{report} (held out)"
    if task == "entities":
        from kg.eval_entities import annotated_types

        if set(annotated_types(report)) <= set(dev_types):
            return f"{report} (development)"
    return f"{report} (held out; development for {', '.join(dev_types)})"


def render(scores: list[Score], fmt: str) -> str:
    data = summarise(scores)
    if fmt == "json":
        return json.dumps(_as_json(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    lines: list[str] = []
    for task in sorted(data):
        tdata = data[task]
        sections = [(_title(r, task), tdata["reports"][r]) for r in _report_order(tdata["reports"], task)]
        for group in MICRO_GROUPS:
            if group in tdata["micro"]:
                block = {t: {s: tuple(c) for s, c in v.items()} for t, v in tdata["micro"][group].items()}
                sections.append((f"micro-average, {group} reports", block))
        lines.append(f"# {task}" if fmt == "markdown" else f"== {task} ==")
        for title, block in sections:
            systems = _systems(block)
            header, rows = _header(systems), _rows(block, systems)
            lines.append("")
            lines.append(f"## {title}" if fmt == "markdown" else title)
            lines.append("")
            lines.extend(_markdown(header, rows) if fmt == "markdown" else _table(header, rows))
        lines.append("")
    return "\n".join(lines)


def _report_order(reports: dict, task: str) -> list[str]:
    known = list(GOLD_REPORTS)
    return sorted(reports, key=lambda r: (not is_development(r, task), known.index(r) if r in known else len(known), r))


def _markdown(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(x) for x in col) for col in zip(header, *rows)]
    fmt = lambda r: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))  # noqa: E731
    return [fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows]


def _as_json(data: dict) -> dict:
    out = {}
    for task, tdata in data.items():
        entry = {"reports": {}, "micro": {}}
        for rep, block in tdata["reports"].items():
            entry["reports"][rep] = {
                "held_out": not is_development(rep, task),
                "types": {t: {s: _counts(c) for s, c in v.items()} for t, v in block.items()},
            }
        for group, block in tdata["micro"].items():
            entry["micro"][group] = {t: {s: _counts(c) for s, c in v.items()} for t, v in block.items()}
        out[task] = entry
    return out


def _counts(c) -> dict:
    tp, fp, fn = c
    p, r, f = _prf(tp, fp, fn)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@click.command("eval")
@click.option("--report", "reports", multiple=True, metavar="ID",
              help=f"A gold report to score (repeatable; default: all of {', '.join(GOLD_REPORTS)}).")
@click.option("--task", "tasks", multiple=True, metavar="TASK",
              help="What to score (repeatable; default: every registered scorer, e.g. entities, observations).")
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "json"]), default="table", show_default=True)
def eval_cmd(reports, tasks, fmt):
    """Score the extractor and the baselines against the gold annotations in tests/gold.

    Per report and per type: precision, recall and F1 of kg and of the baseline side by side
    (tp/fp/fn behind them), held-out reports marked, and micro-averages over the development and
    over the held-out reports.
    """
    from kg.errors import DataError
    from kg.eval import run_eval

    unknown = [t for t in tasks if t not in SCORERS]
    if unknown:
        raise DataError(f"no scorer for {', '.join(unknown)} (known: {', '.join(sorted(SCORERS)) or 'none'})")
    scores = run_eval(list(reports) or None, list(tasks) or None)
    click.echo(render(scores, fmt), nl=False)
