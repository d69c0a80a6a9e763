"""Paths shared by the tests (importable as ``helpers``: pytest puts tests/ on sys.path)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "national"
BUNDLED = ROOT / "kg" / "data" / "reports" / "zhejiang-2025.md"


def corpus(year: int) -> Path:
    return CORPUS / f"{year}.txt"
