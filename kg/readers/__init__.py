"""Readers of the formats users get reports in, beyond plain text and markdown (kg.read).

Each reader turns the bytes of one file into :class:`kg.read.Extracted`: the text it found
(``source_text``) cut into raw blocks of runs that point into that text, so that evidence offsets
stay valid. They are registered in :data:`kg.read.READERS` and imported only when a file of their
kind is read. See docs/input-formats.md.

- :mod:`kg.readers.html`  a government site's page: the article, without the site's chrome
- :mod:`kg.readers.docx`  Word: bold runs and heading styles are structure
- :mod:`kg.readers.pdf`   PDF: lines joined into paragraphs, page numbers and running headers dropped
"""

from __future__ import annotations

import re

from kg.read import Extracted, RawBlock, Run

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: font names of bold faces: Bold, Black, Heavy, and the Hei (黑体) faces official documents use
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|,b$|hei(?:ti)?\b|simhei|黑", re.I)


def one_line(message: object, limit: int = 160) -> str:
    """A third-party error message as one short line."""
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class TextBuilder:
    """Builds ``source_text`` and the blocks whose runs point into it.

    Blocks are separated by a line break in ``source_text``; a run is added only with text.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._runs: list[Run] = []
        self.blocks: list[RawBlock] = []

    def add(self, text: str, bold: bool = False) -> None:
        if not text:
            return
        text = _CONTROL.sub("", text)
        if not text:
            return
        self._runs.append(Run(text, self._len, bold))
        self._parts.append(text)
        self._len += len(text)

    def gap(self, text: str = "\n") -> None:
        """Text in ``source_text`` that no run holds (a line break inside a paragraph)."""
        self._parts.append(text)
        self._len += len(text)

    def end_block(self, heading: int = 0) -> None:
        runs = self._runs
        self._runs = []
        if not runs:
            return
        if any(r.text.strip(" \t\r\n\u3000\u00a0") for r in runs):
            self.blocks.append(RawBlock(runs, heading))
        self._parts.append("\n")
        self._len += 1

    @property
    def text_length(self) -> int:
        return self._len

    def extracted(self, fmt: str, encoding: str | None = None, notes: list[str] | None = None) -> Extracted:
        self.end_block()
        return Extracted("".join(self._parts), self.blocks, fmt, encoding, list(notes or []))
