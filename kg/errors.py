"""Typed errors. The CLI turns each into one line on stderr and a non-zero exit."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error report-kg raises on purpose."""

    exit_code = 1
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:  # one line, with the fix when we know it
        msg = super().__str__()
        return f"{msg} ({self.hint})" if self.hint else msg


class InputError(KgError):
    """A source file cannot be read as a report: missing, empty, binary, undecodable, truncated."""


class EncodingError(InputError):
    hint = "try --encoding, e.g. --encoding gb18030"


class StructureError(KgError):
    """The text was read but holds nothing that looks like a report."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot run."""


class DataError(KgError):
    """A graph file or build folder is missing or cannot be parsed."""


class ValidationError(KgError):
    """A graph does not conform to the shapes."""


class RemoteError(KgError):
    """A remote triple store refused or failed a request."""
