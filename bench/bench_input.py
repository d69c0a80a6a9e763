"""Input formats and sizes: how much of the report survives each form, and what a huge file costs.

Run: ``.venv/bin/python bench/bench_input.py`` (``--quick`` skips the full build at the limit).

1. The bundled report converted into every form (tests/test_readers.py's converters: UTF-8 with
   BOM, GB18030, UTF-16 with and without BOM, Traditional script, a web page with site chrome,
   .docx, .pdf): the share of its entities (type, Simplified label), policy areas and measures
   that each form gives too, and the time to read the form.
2. A 50 MB file (refused by its size) and a report at the character limit (read, and built):
   seconds and peak memory (VmHWM), each in a fresh process; times include the imports.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
status, message = 0, ""
try:
    {body}
except BaseException as e:  # a refusal is a result here
    status, message = 1, f"{{type(e).__name__}}: {{e}}"
# VmHWM, not ru_maxrss: a child forked from a big parent inherits the parent's ru_maxrss
hwm = [ln for ln in open("/proc/self/status") if ln.startswith("VmHWM:")]
peak = int(hwm[0].split()[1]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": time.perf_counter() - t0, "status": status, "message": message, "peak_mb": peak}}))
"""


def child(body: str) -> dict:
    code = CHILD.format(body=body)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def forms_table() -> None:
    from test_readers import forms, process_bytes, same_share, signature

    from helpers import BUNDLED
    from kg.pipeline import process
    from kg.read import read_path

    original = signature(process(read_path(BUNDLED), year=2025))
    print(f"{'form':<12} {'entities':>9} {'areas':>7} {'measures':>9} {'read s':>7}   (original: "
          f"{sum(original['entities'].values())} entities, {sum(original['areas'].values())} areas, "
          f"{sum(original['measures'].values())} measures)")
    with tempfile.TemporaryDirectory() as tmp:
        for form, (name, data) in forms(BUNDLED.read_text(encoding="utf-8")).items():
            t0 = time.perf_counter()
            (Path(tmp) / f"r-{name}").write_bytes(data)
            read_path(Path(tmp) / f"r-{name}")
            seconds = time.perf_counter() - t0
            got = signature(process_bytes(data, f"zhejiang-2025-{form}-{name}", Path(tmp)))
            shares = [same_share(original[k], got[k]) for k in ("entities", "areas", "measures")]
            print(f"{form:<12} {shares[0]:>9.1%} {shares[1]:>7.1%} {shares[2]:>9.1%} {seconds:>7.2f}")


def size_table(quick: bool) -> None:
    from kg.read import MAX_CHARS

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        huge = Path(tmp) / "huge.txt"
        block = (ROOT / "kg" / "data" / "reports" / "zhejiang-2025.md").read_bytes()
        with open(huge, "wb") as f:
            while f.tell() < 50 * 1024 * 1024:
                f.write(block)
        r = child(f"from kg.read import read_path; read_path({str(huge)!r})")
        rows.append(("read a 50 MB .txt", r))
        r = child(f"from kg.cli import cli; cli.main(['build', {str(huge)!r}, '--out', {tmp + '/o1'!r}], standalone_mode=False)")
        rows.append(("kg build a 50 MB .txt", r))
        # a report at the character limit: the bundled report's text repeated
        text = block.decode("utf-8")
        n = MAX_CHARS // len(text)
        limit = Path(tmp) / "limit-2025.md"
        limit.write_text(text * n, encoding="utf-8")
        r = child(f"from kg.read import read_path; d = read_path({str(limit)!r}); print(len(d.text), file=sys.stderr)")
        rows.append((f"read {len(text) * n:,} chars ({limit.stat().st_size / 2**20:.1f} MB)", r))
        if not quick:
            r = child(f"from kg.cli import cli; cli.main(['build', {str(limit)!r}, '--out', {tmp + '/o2'!r}], standalone_mode=False)")
            rows.append((f"kg build {len(text) * n:,} chars", r))
    print(f"{'what':<34} {'seconds':>8} {'peak MB':>8}  result")
    for what, r in rows:
        result = "ok" if r["status"] == 0 else r["message"][:90]
        print(f"{what:<34} {r['seconds']:>8.2f} {r['peak_mb']:>8.0f}  {result}")


if __name__ == "__main__":
    forms_table()
    print()
    size_table("--quick" in sys.argv)
