"""Entity evaluation: the extractor and a do-it-yourself baseline against ``tests/gold/*.entities.jsonl``.

Registered as ``SCORERS["entities"]`` in :mod:`kg.eval`. Scoring is per report and per type, at the
level of distinct things (not mentions):

- a predicted entity's labels are its canonical label and its aliases (the texts it was named by),
  plus full and short name for an administrative division — what the graph gives as
  ``skos:prefLabel``/``skos:altLabel``; quotation marks and whitespace are removed before comparing;
- a prediction *matches* a gold entry of the same type when one of its labels equals the entry's
  name or one of its aliases;
- true positives: required gold entries matched by at least one prediction; false negatives:
  required entries matched by none; false positives: predictions that match no entry at all.
  Entries marked ``"optional": true`` count neither way (tests/gold/README.md says which and why).
- the same policy from the other side (rule (a) of tests/gold/README.md: "a system may list it or
  not"): a predicted place or organisation every mention of which lies inside the name of another
  entity (浙能 in 浙能六横电厂二期, 杭州 in 二十国集团领导人杭州峰会) is a true positive when it
  matches an entry and no false positive when it does not.

The baseline is what one would write in an afternoon: ``jieba.posseg`` tags ``ns`` → Place,
``nt`` → Organization, ``nz`` → Programme, and every quoted term “…” → Programme; nothing for
Project and Event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import DataError
from kg.eval import Score

TYPES = ("Programme", "Project", "Place", "Organization", "Event")
TASK = "entities"
_STRIP = re.compile(r"[“”‘’\"'《》「」『』〈〉\s]")


def clean(s: str) -> str:
    return _STRIP.sub("", s)


@dataclass(frozen=True)
class GoldEntity:
    type: str
    name: str
    forms: frozenset[str]  # name and aliases, cleaned
    optional: bool


def load_gold(gold_dir: Path, report_id: str) -> list[GoldEntity] | None:
    """The gold entities of a report, or None when it has no entity annotations."""
    path = Path(gold_dir) / f"{report_id}.entities.jsonl"
    if not path.is_file():
        return None
    from kg.knowledge import read_jsonl

    out = []
    for n, e in read_jsonl(path):
        if e.get("type") not in annotated_types(report_id) or not e.get("name"):
            raise DataError(f"{path}:{n}: needs a type ({', '.join(annotated_types(report_id))}) and a name")
        forms = frozenset(clean(f) for f in [e["name"], *e.get("aliases", [])] if clean(f))
        out.append(GoldEntity(e["type"], e["name"], forms, bool(e.get("optional"))))
    return out


def entity_labels(ent) -> set[str]:
    """The labels the graph gives an entity (prefLabel and altLabels), cleaned."""
    from kg.places import CHINA, admin_table

    labels = {ent.label, *ent.aliases}
    code = ent.attrs.get("adcode")
    if code:
        d = CHINA if str(code) == CHINA.adcode else admin_table().get(str(code))
        if d is not None:
            labels |= {d.name, d.short}
    return {c for c in (clean(x) for x in labels) if c}


class Nested(frozenset):
    """The labels of a prediction named only inside another entity's name (see the module docstring)."""


def mention_spans(entities) -> list[tuple[int, int, str]]:
    """(start, end, type) of every mention of every entity."""
    return [(m.start, m.end, e.type) for e in entities for m in e.mentions]


def nested_only(ent, spans: list[tuple[int, int, str]]) -> bool:
    """Is every mention of a place or organisation inside a longer mention of another entity?"""
    if ent.type not in ("Place", "Organization") or not ent.mentions:
        return False
    return all(
        any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) and t != ent.type for a, b, t in spans)
        for m in ent.mentions
    )


def kg_predictions(result) -> dict[str, list[set[str]]]:
    preds: dict[str, list[set[str]]] = {t: [] for t in TYPES}
    entities = result.extras.get("entities", [])
    spans = mention_spans(entities)
    for ent in entities:
        if ent.type in preds:
            labels = entity_labels(ent)
            preds[ent.type].append(Nested(labels) if nested_only(ent, spans) else labels)
    return preds


_QUOTED = re.compile(r"“([^“”\n]{1,30})”")
_BASELINE_TAGS = {"ns": "Place", "nt": "Organization", "nz": "Programme"}


def baseline_predictions(text: str) -> dict[str, list[set[str]]]:
    """jieba tags and quoted terms; one prediction per distinct string and type."""
    from kg.components.places import _jieba

    found: dict[str, set[str]] = {t: set() for t in TYPES}
    for w, flag in _jieba().cut(text):
        t = _BASELINE_TAGS.get(flag)
        if t and clean(w):
            found[t].add(clean(w))
    for m in _QUOTED.finditer(text):
        if clean(m.group(1)):
            found["Programme"].add(clean(m.group(1)))
    return {t: [{w} for w in sorted(ws)] for t, ws in found.items()}


def count(preds: list[set[str]], gold: list[GoldEntity]) -> tuple[int, int, int]:
    """(tp, fp, fn) of one type; see the module docstring."""
    matched: set[int] = set()
    fp = 0
    for labels in preds:
        hits = [i for i, g in enumerate(gold) if labels & g.forms]
        if not hits and not isinstance(labels, Nested):
            fp += 1
        matched.update(hits)
    required = [i for i, g in enumerate(gold) if not g.optional]
    tp = sum(1 for i in required if i in matched)
    return tp, fp, len(required) - tp


def annotated_types(report_id: str) -> tuple[str, ...]:
    """The types a report's gold covers: all of them unless :data:`kg.eval.GOLD_TYPES` says fewer."""
    from kg.eval import GOLD_TYPES

    return GOLD_TYPES.get(report_id, TYPES)


def score_report(report_id: str, system: str, preds: dict[str, list[set[str]]], gold: list[GoldEntity]) -> list[Score]:
    out = []
    for t in annotated_types(report_id):
        tp, fp, fn = count(preds.get(t, []), [g for g in gold if g.type == t])
        out.append(Score(report_id, TASK, t, system, tp, fp, fn))
    return out


def score(result, gold_dir) -> list[Score]:
    """Scores of the extractor (``kg``) and the baseline on one processed report."""
    rid = result.report_id
    gold = load_gold(Path(gold_dir), rid)
    if gold is None:
        return []
    return score_report(rid, "kg", kg_predictions(result), gold) + score_report(
        rid, "baseline", baseline_predictions(result.doc.analysis_text), gold
    )


def errors(result, gold_dir, type_: str) -> tuple[list[str], list[str]]:
    """For development: (false positives, false negatives) of one type, as names."""
    gold = [g for g in (load_gold(Path(gold_dir), result.report_id) or []) if g.type == type_]
    fps, matched = [], set()
    entities = result.extras.get("entities", [])
    spans = mention_spans(entities)
    for ent in entities:
        if ent.type != type_:
            continue
        hits = [i for i, g in enumerate(gold) if entity_labels(ent) & g.forms]
        matched.update(hits)
        if not hits and not nested_only(ent, spans):
            fps.append(ent.label)
    fns = [g.name for i, g in enumerate(gold) if not g.optional and i not in matched]
    return sorted(fps), sorted(fns)
