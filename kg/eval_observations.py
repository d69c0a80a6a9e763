"""Score observations against ``tests/gold/<report>.observations.jsonl`` (``SCORERS["observations"]``).

Matching, per report: a prediction and a gold observation can match when their values are equal as
decimals (and their ``value_max``), and their units are equal after NFKC (``％`` = ``%``). Among those
pairs, the nearest come first: the distance from the predicted figure to the gold ``context`` (found
in the source file), 0 when they overlap; pairs further apart than :data:`MAX_DISTANCE` characters
never match. Pairs are taken greedily, one to one.

Rows returned (``Score.task`` = ``observations``):

- ``type="observations"``: tp = matched, fp = predictions left over, fn = gold left over;
- ``type="indicator"``, ``"qualifier"``, ``"measure"``, ``"kind"``: among matched pairs, tp = the
  field agrees, fp = fn = it does not (so precision = recall = accuracy). An indicator agrees when
  one text contains the other (quotes, spaces and the gold's parenthesised notes left out).

The same function scores the baseline (``system="baseline"``): a number right after 增长/下降/达
(with 到/至), with the unit written after it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kg.errors import DataError
from kg.eval import Score
from kg.graph import ReportResult

MAX_DISTANCE = 20
FIELDS = ("indicator", "qualifier", "measure", "kind")


@dataclass(frozen=True)
class _Item:
    value: Decimal | None
    value_max: Decimal | None
    unit: str
    span: tuple[int, int] | None  # in the source text
    fields: dict


def _unit(u: str | None) -> str:
    return unicodedata.normalize("NFKC", u or "").replace(" ", "")


def _dec(s) -> Decimal | None:
    if s is None or s == "":
        return None
    try:
        return Decimal(str(s))
    except InvalidOperation:
        return None


def load_gold(gold_dir: Path, report_id: str) -> list[dict] | None:
    path = Path(gold_dir) / f"{report_id}.observations.jsonl"
    if not path.is_file():
        return None
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except ValueError as e:
        raise DataError(f"{path}: not JSON lines ({e})") from None


def _locate(doc, context: str) -> tuple[int, int] | None:
    if not context:
        return None
    k = doc.source_text.find(context)
    if k != -1:
        return k, k + len(context)
    k = doc.text.find(context)
    if k != -1:
        return doc.source_span(k, k + len(context))
    return None


def _gold_items(result: ReportResult, gold: list[dict]) -> list[_Item]:
    out = []
    for g in gold:
        v = _dec(g.get("value"))  # None never matches
        out.append(_Item(v, _dec(g.get("value_max")), _unit(g.get("unit")), _locate(result.doc, g.get("context", "")),
                         {k: g.get(k) for k in FIELDS}))
    return out


def _predicted(result: ReportResult) -> list[_Item]:
    doc = result.doc
    return [
        _Item(o.value, o.value_max, _unit(o.unit), doc.source_span(o.start, o.end),
              {"indicator": o.indicator, "qualifier": o.qualifier, "measure": o.measure, "kind": o.kind})
        for o in result.extras.get("observations", [])
    ]


def _baseline(result: ReportResult) -> list[_Item]:
    from kg.figures import unit_table

    doc = result.doc
    units = sorted(unit_table(), key=len, reverse=True)
    unit_re = "|".join(re.escape(u) for u in units)
    rx = re.compile(rf"(?:增长|下降|达)(?:到|至)?(\d+(?:\.\d+)?)((?:万亿|亿|万)?(?:{unit_re})?)")
    out = []
    for m in rx.finditer(doc.text):
        out.append(_Item(Decimal(m.group(1)), None, _unit(m.group(2)), doc.source_span(m.start(1), m.end()), {}))
    return out


def _distance(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    if a[0] < b[1] and b[0] < a[1]:
        return 0
    return b[0] - a[1] if b[0] >= a[1] else a[0] - b[1]


def match(gold: list[_Item], pred: list[_Item]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, nearest context first: [(gold index, prediction index)]."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p.value != g.value or p.value_max != g.value_max or p.unit != g.unit:
                continue
            d = _distance(g.span, p.span)
            if d <= MAX_DISTANCE:
                pairs.append((d, gi, pi))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


_NOTE = re.compile(r"[（(][^（）()]*[）)]")
_QUOTES = re.compile(r"[“”\"'‘’\s《》]")


def indicator_agrees(gold: str, pred: str) -> bool:
    g = _QUOTES.sub("", _NOTE.sub("", gold or ""))
    p = _QUOTES.sub("", _NOTE.sub("", pred or ""))
    return bool(g) and bool(p) and (g in p or p in g)


def _field_scores(rid: str, gold: list[_Item], pred: list[_Item], pairs) -> list[Score]:
    rows = []
    for f in FIELDS:
        ok = 0
        for gi, pi in pairs:
            gv, pv = gold[gi].fields.get(f), pred[pi].fields.get(f)
            ok += indicator_agrees(gv, pv) if f == "indicator" else (gv == pv)
        bad = len(pairs) - ok
        rows.append(Score(rid, "observations", f, "kg", ok, bad, bad))
    return rows


def score(result: ReportResult, gold_dir: Path) -> list[Score]:
    """Precision and recall of observations (kg and baseline) and field accuracy (kg) on one report."""
    raw = load_gold(gold_dir, result.report_id)
    if raw is None:
        return []
    rid = result.report_id
    gold = _gold_items(result, raw)
    rows: list[Score] = []
    pred = _predicted(result)
    pairs = match(gold, pred)
    rows.append(Score(rid, "observations", "observations", "kg", len(pairs), len(pred) - len(pairs),
                      len(gold) - len(pairs)))
    rows.extend(_field_scores(rid, gold, pred, pairs))
    base = _baseline(result)
    bpairs = match(gold, base)
    rows.append(Score(rid, "observations", "observations", "baseline", len(bpairs), len(base) - len(bpairs),
                      len(gold) - len(bpairs)))
    return rows


def unmatched(result: ReportResult, gold_dir: Path) -> tuple[list[dict], list]:
    """(gold observations not found, predicted observations not in the gold): for looking at errors."""
    raw = load_gold(gold_dir, result.report_id) or []
    gold = _gold_items(result, raw)
    obs = result.extras.get("observations", [])
    pairs = match(gold, _predicted(result))
    mg = {gi for gi, _ in pairs}
    mp = {pi for _, pi in pairs}
    return [raw[i] for i in range(len(gold)) if i not in mg], [obs[i] for i in range(len(obs)) if i not in mp]
