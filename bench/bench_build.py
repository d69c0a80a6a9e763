"""Build speed and memory: the bundled report, and the whole corpus into one graph.

Run: ``.venv/bin/python bench/bench_build.py`` (or ``make bench``). Each build runs in a fresh
process so that peak memory (ru_maxrss of the child) is the build's own.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-m", "kg", *args], check=True, cwd=ROOT, capture_output=True)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        s, mb = run(["build", "--out", f"{tmp}/bundled"])
        rows.append(("bundled report (zhejiang-2025)", 1, s, mb))
        s, mb = run(["build", str(ROOT / "corpus" / "national"), "--out", f"{tmp}/corpus"])
        n = len(list((ROOT / "corpus" / "national").glob("*.txt")))
        rows.append(("national corpus (one graph)", n, s, mb))
        triples = sum(1 for _ in open(f"{tmp}/corpus/graph.nt", encoding="utf-8"))
        s, mb = run(["build", str(ROOT / "corpus" / "national"), "--out", f"{tmp}/corpus-j2", "--jobs", "2"])
        rows.append(("national corpus, --jobs 2", n, s, mb))
        same = all((Path(tmp) / "corpus" / f.name).read_bytes() == f.read_bytes()
                   for f in sorted((Path(tmp) / "corpus-j2").iterdir()))
    print(f"{'build':<34} {'reports':>7} {'seconds':>8} {'peak MB':>8}")
    for name, n, s, mb in rows:
        print(f"{name:<34} {n:>7} {s:>8.1f} {mb:>8.0f}")
    print(f"corpus graph: {triples:,} triples; --jobs 2 wrote the same files: {same}")
    print("(peak MB: the largest single process of the build)")


if __name__ == "__main__":
    main()
