"""Score observations on the gold reports (kg and the regex baseline); print a table, or the errors.

    .venv/bin/python bench/observations_eval.py                    # the four gold reports
    .venv/bin/python bench/observations_eval.py zhejiang-2025 -v   # and the misses / extras
    .venv/bin/python bench/observations_eval.py national-2017 --fields  # wrong indicator/measure/…

Tune only on the development reports (zhejiang-2025, national-2017): do not look at -v or --fields
output of the held-out ones. Prints the seconds each report takes (reading, skeleton, extraction).
"""

from __future__ import annotations

import sys
import time

from kg.eval import GOLD_REPORTS, gold_dir, repo_root
from kg.eval_observations import score, unmatched
from kg.pipeline import process
from kg.read import read_path


def main(argv: list[str]) -> None:
    if "--fields" in argv:  # matched pairs whose fields disagree
        for rid in [a for a in argv if not a.startswith("-")] or list(GOLD_REPORTS):
            mismatches(rid)
        return
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or list(GOLD_REPORTS)
    print(f"{'report':<15} {'system':<9} {'type':<13} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}")
    for rid in names:
        t0 = time.perf_counter()
        result = process(read_path(repo_root() / GOLD_REPORTS[rid]))
        for s in score(result, gold_dir()):
            print(f"{s.report:<15} {s.system:<9} {s.type:<13} {s.tp:>4} {s.fp:>4} {s.fn:>4}  "
                  f"{s.precision:5.3f} {s.recall:5.3f} {s.f1:5.3f}")
        if verbose:
            miss, extra = unmatched(result, gold_dir())
            for g in miss:
                print("  MISS ", g["figure"], g["unit"], "|", g["indicator"], "|", g["context"].replace("\n", ""))
            for o in extra:
                print("  EXTRA", o.figure, o.unit, "|", o.indicator, "|", o.measure, o.kind,
                      result.doc.text[max(0, o.start - 15):o.end + 5].replace("\n", " "))
        print(f"  ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)



def mismatches(rid: str) -> None:
    """Matched pairs whose fields disagree."""
    from kg.eval_observations import FIELDS, _gold_items, _predicted, indicator_agrees, load_gold, match

    result = process(read_path(repo_root() / GOLD_REPORTS[rid]))
    raw = load_gold(gold_dir(), rid)
    gold, pred = _gold_items(result, raw), _predicted(result)
    for gi, pi in match(gold, pred):
        g, p = gold[gi].fields, pred[pi].fields
        bad = [f for f in FIELDS if not (indicator_agrees(g[f], p[f]) if f == "indicator" else g[f] == p[f])]
        if bad:
            print(raw[gi]["figure"], "|", " ; ".join(f"{f}: gold={g[f]} kg={p[f]}" for f in bad), "|",
                  raw[gi]["context"].replace("\n", ""))


if __name__ == "__main__":
    main(sys.argv[1:])
