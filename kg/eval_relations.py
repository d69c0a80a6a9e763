"""Score ``rkg:locatedIn`` of projects against ``tests/gold/<report>.relations.jsonl`` (``kg eval``).

Gold lines: ``{"relation": "locatedIn", "subject": <gold project name>, "objects": [place names]}``,
one per required gold project, places in their usual short form (丽水, 宁波, 长江).

The score is conditional on finding the project: for each gold project that a predicted Project
matches (by the entity matching of :mod:`kg.eval_entities`), its predicted places are compared with
the gold places. A predicted place matches a gold place when one of its names (label, altLabels,
and for a division its full and short name) equals the gold name. True positives: gold places
predicted; false negatives: gold places not predicted; false positives: predicted places that are
no gold place. Projects the extractor did not find are counted in ``found`` (tp = found, fn = not
found), so the table shows how many projects the relation score rests on.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import DataError
from kg.eval import Score
from kg.eval_entities import clean, entity_labels, load_gold
from kg.knowledge import read_jsonl

TASK = "relations"


def load_relations(gold_dir: Path, report_id: str) -> list[dict] | None:
    path = Path(gold_dir) / f"{report_id}.relations.jsonl"
    if not path.is_file():
        return None
    out = []
    for n, d in read_jsonl(path):
        if d.get("relation") != "locatedIn" or not d.get("subject") or not isinstance(d.get("objects"), list):
            raise DataError(f"{path}:{n}: needs relation locatedIn, a subject and a list of objects")
        out.append(d)
    return out


def place_names(result) -> dict[str, set[str]]:
    """Place IRI → its names (cleaned): every place entity of the report and every division."""
    from kg.ids import place_iri
    from kg.places import admin_table

    names: dict[str, set[str]] = {}
    for ent in result.extras.get("entities", []):
        if ent.type == "Place":
            names[str(ent.iri)] = entity_labels(ent)
    from kg.components.places import named_places
    from kg.ids import entity_iri

    named = {str(entity_iri("place", p.name)): p for p in named_places()}
    for ent in result.extras.get("entities", []):
        for iri in ent.located_in:
            if iri in names:
                continue
            if iri in named:  # a named place (华东, 长江) that is not mentioned on its own
                p = named[iri]
                names[iri] = {clean(n) for n in (p.name, *p.aliases)}
                continue
            code = iri.rsplit("/", 1)[-1]
            d = admin_table().get(code)
            if d is not None and str(place_iri(code)) == iri:
                names[iri] = {clean(d.name), clean(d.short)}
    return names


def score(result, gold_dir) -> list[Score]:
    rid = result.report_id
    rels = load_relations(Path(gold_dir), rid)
    gold = load_gold(Path(gold_dir), rid)
    if rels is None or gold is None:
        return []
    forms = {g.name: g.forms for g in gold if g.type == "Project"}
    projects = [e for e in result.extras.get("entities", []) if e.type == "Project"]
    names = place_names(result)
    tp = fp = fn = found = missed = 0
    for rel in rels:
        gforms = forms.get(rel["subject"])
        if gforms is None:
            raise DataError(f"{rid}.relations.jsonl: {rel['subject']!r} is no Project of {rid}.entities.jsonl")
        ent = next((e for e in projects if entity_labels(e) & gforms), None)
        if ent is None:
            missed += 1
            continue
        found += 1
        want = {clean(o) for o in rel["objects"]}
        got = [names.get(iri, set()) for iri in sorted(ent.located_in)]
        hit = {w for w in want if any(w in g for g in got)}
        tp += len(hit)
        fn += len(want - hit)
        fp += sum(1 for g in got if not (g & want))
    return [
        Score(rid, TASK, "locatedIn", "kg", tp, fp, fn),
        Score(rid, TASK, "projects found", "kg", found, 0, missed),
    ]
