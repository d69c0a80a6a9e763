"""Run every benchmark in bench/ (``make bench``): each bench_*.py is a script printing a table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
status = 0
for script in sorted(here.glob("bench_*.py")):
    print(f"== {script.name}", flush=True)
    status |= subprocess.run([sys.executable, str(script)], cwd=here.parent).returncode
sys.exit(status)
