"""Reading the knowledge files: lexicons in ``kg/data`` and patterns in ``kg/patterns`` (JSONL)."""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import DataError

DATA_DIR = Path(__file__).resolve().parent / "data"
PATTERNS_DIR = Path(__file__).resolve().parent / "patterns"


def read_jsonl(path: Path) -> list[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSON-lines file; a line that is no JSON
    object, or a file that cannot be read, is a :class:`DataError` naming the file and line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise DataError(f"{path}: cannot read the file ({e.strerror or e})") from None
    out: list[tuple[int, dict]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as e:
            raise DataError(f"{path}:{n}: not JSON ({e.msg})") from None
        if not isinstance(entry, dict):
            raise DataError(f"{path}:{n}: not a JSON object")
        out.append((n, entry))
    return out


def load_jsonl(path: Path, required: tuple[str, ...] = ()) -> list[dict]:
    """One JSON object a line; every entry must say where it came from (``source``) and have the
    ``required`` keys. A broken file is a :class:`DataError` naming the file and line."""
    out: list[dict] = []
    for n, entry in read_jsonl(path):
        missing = [k for k in ("source", *required) if not entry.get(k)]
        if missing:
            raise DataError(f"{path}:{n}: entry lacks {', '.join(missing)}")
        out.append(entry)
    return out
