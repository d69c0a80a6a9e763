"""Apply the gold policy on optional entries to every ``*.entities.jsonl`` (see README.md).

    .venv/bin/python tests/gold/normalise_entities.py          # rewrite the files in place
    .venv/bin/python tests/gold/normalise_entities.py --check  # exit 1 if a file would change

An entry becomes ``"optional": true`` when

(a) it is a Place and every occurrence of its name and aliases in the report text lies inside an
    occurrence of the name or an alias of another annotated entity (杭州 only in G20杭州峰会), or
(b) its ``note`` calls it borderline or doubtful (the words ``borderline``, ``doubt``, ``doubtful``), or
(c) neither its name nor any alias occurs in the report text (a name the annotator reconstructed
    from an elliptical list: 上海、天津的钢铁厂 → 天津钢铁厂); a system cannot cite it.

Nothing is added or deleted, and nothing already optional is made required. The decision uses the
report text and the gold file only, never system output. Idempotent; keeps line order.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.eval import GOLD_REPORTS  # noqa: E402
from kg.read import read_path  # noqa: E402

DOUBT = re.compile(r"\b(borderline|doubt|doubtful)\b", re.IGNORECASE)
_QUOTES = re.compile(r"[“”‘’\"'《》「」『』〈〉\s]")


def clean(s: str) -> str:
    return _QUOTES.sub("", s)


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    out, i = [], text.find(form)
    while form and i >= 0:
        out.append((i, i + len(form)))
        i = text.find(form, i + 1)
    return out


def only_inside_other_names(entry: dict, others: list[dict], text: str) -> bool | None:
    """True when every occurrence of ``entry`` sits inside another entry's name; None if absent."""
    own = {clean(f) for f in [entry["name"], *entry.get("aliases", [])] if clean(f)}
    spans = sorted({sp for f in own for sp in occurrences(text, f)}, key=lambda s: (s[0], -s[1]))
    # the same mention may match two of its own forms (东北 inside 东北地区): keep the longest
    spans = [s for s in spans if not any(t != s and t[0] <= s[0] and s[1] <= t[1] for t in spans)]
    if not spans:
        return None
    outer: list[tuple[int, int]] = []
    for o in others:
        for f in {clean(x) for x in [o["name"], *o.get("aliases", [])]} - own:
            if f:
                outer.extend(occurrences(text, f))
    return all(any(a <= s and e <= b and (b - a) > (e - s) for a, b in outer) for s, e in spans)


def normalise_file(path: Path) -> tuple[str, list[str]]:
    rid = path.name.split(".")[0]
    text = clean(read_path(ROOT / GOLD_REPORTS[rid]).text)
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    log: list[str] = []
    for i, e in enumerate(entries):
        if e.get("optional"):
            continue
        why = None
        forms = {clean(f) for f in [e["name"], *e.get("aliases", [])] if clean(f)}
        if DOUBT.search(e.get("note", "")):
            why = "note"
        elif not any(f in text for f in forms):
            why = "no form of it in the text"  # an annotator's reconstruction (elliptical lists)
        elif e["type"] in ("Place", "Organization"):
            others = [o for j, o in enumerate(entries) if j != i]
            inside = only_inside_other_names(e, others, text)
            if inside:
                why = "inside another name"
            elif inside is None:
                log.append(f"{rid}: {e['type']} {e['name']} not found in the text (left as it is)")
        if why:
            e["optional"] = True
            log.append(f"{rid}: optional {e['type']} {e['name']} ({why})")
    out = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    return out, log


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed = False
    for path in sorted((ROOT / "tests" / "gold").glob("*.entities.jsonl")):
        out, log = normalise_file(path)
        for line in log:
            print(line)
        if out != path.read_text(encoding="utf-8"):
            changed = True
            if not check:
                path.write_text(out, encoding="utf-8")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
