"""List where the gold files disagree with each other (a tool for annotators, not a scorer).

    .venv/bin/python tests/gold/consistency.py [REPORT_ID ...]

For every entry of every gold file (its name and its aliases), look in each *other* report's text
(quotation marks removed): when the name occurs there but that report's gold has no entry with
that name or alias, print it. Also print names typed differently in two files (Place in one,
Programme in another). The output is a worklist to adjudicate by the type definitions in
README.md. With ``--apply`` the missing entries whose name occurs at least once *outside* every
name of the target file's own entries (新型城镇化 on its own, not only inside 新型城镇化建设示范区)
are appended to the target file (unless ``adjudicated.jsonl`` records that they were left out
on purpose) with the same type, ``"optional"`` as in the file they come
from, and a note saying where they come from; the file is then sorted by type and name. It reads only the report texts and the gold files, never system
output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.eval import GOLD_REPORTS  # noqa: E402
from kg.eval_entities import annotated_types  # noqa: E402
from kg.read import read_path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from normalise_entities import clean, occurrences  # noqa: E402


def load(rid: str) -> list[dict]:
    path = ROOT / "tests" / "gold" / f"{rid}.entities.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def forms(e: dict) -> set[str]:
    return {clean(f) for f in [e["name"], *e.get("aliases", [])] if clean(f)}


def standalone(name: str, entries: list[dict], text: str) -> bool:
    """True when ``name`` occurs at least once outside every longer name of ``entries``."""
    outer = [sp for e in entries for f in forms(e) if len(f) > len(name) for sp in occurrences(text, f)]
    return any(not any(a <= s and e <= b for a, b in outer) for s, e in occurrences(text, name))


def decided() -> set[tuple[str, str, str]]:
    """(report, type, name) the annotators looked at and left out on purpose (``adjudicated.jsonl``)."""
    path = ROOT / "tests" / "gold" / "adjudicated.jsonl"
    if not path.exists():
        return set()
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {(d["report"], d["type"], d["name"]) for d in rows}


def main(argv: list[str]) -> int:
    apply = "--apply" in argv
    argv = [a for a in argv if a != "--apply"]
    rids = [r for r in GOLD_REPORTS if (ROOT / "tests" / "gold" / f"{r}.entities.jsonl").exists()]
    targets = argv or rids
    gold = {r: load(r) for r in rids}
    texts = {r: clean(read_path(ROOT / GOLD_REPORTS[r]).text) for r in rids}
    known = {r: {f for e in gold[r] for f in forms(e)} for r in rids}
    left_out = decided()
    for target in targets:
        text, have = texts[target], known[target]
        seen: set[tuple[str, str]] = set()
        added: list[dict] = []
        for other in rids:
            if other == target:
                continue
            for e in gold[other]:
                if e["type"] not in annotated_types(target):
                    continue  # a file annotated for some types only
                name = clean(e["name"])
                if len(name) < 2 or name in have or (e["type"], name) in seen or (target, e["type"], name) in left_out:
                    continue
                if name in text:
                    seen.add((e["type"], name))
                    status = "optional" if e.get("optional") else "required"
                    alone = standalone(name, gold[target], text)
                    print(f"{target}: missing {e['type']} {name} ({status} in {other})"
                          + ("" if alone else " [only inside another name: skipped]"))
                    if apply and alone:
                        added.append({"type": e["type"], "name": name, "aliases": [],
                                      "note": f"added for consistency with {other}"}
                                     | ({"optional": True} if e.get("optional") else {}))
        if apply and added:
            entries = sorted(gold[target] + added, key=lambda x: (x["type"], x["name"]))
            path = ROOT / "tests" / "gold" / f"{target}.entities.jsonl"
            path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in entries), encoding="utf-8")
    # one name, two types
    types: dict[str, set[tuple[str, str]]] = {}
    for r in rids:
        for e in gold[r]:
            for f in forms(e):
                types.setdefault(f, set()).add((e["type"], r))
    for f, ts in sorted(types.items()):
        if len({t for t, _ in ts}) > 1:
            print(f"type conflict: {f}: " + ", ".join(f"{t} in {r}" for t, r in sorted(ts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
