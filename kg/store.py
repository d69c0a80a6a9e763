"""The embedded SPARQL store (Oxigraph) over what ``kg build`` wrote.

``open_store(path)`` takes a build folder (it reads ``graph.trig``, falling back to the other
formats) or one graph file, and returns an in-memory ``pyoxigraph.Store``. The default graph of
a query is the union of all reports' graphs.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox

from kg.errors import DataError, QueryError
from kg.ontology import PREFIXES

_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
}
_PREFERRED = ("graph.trig", "graph.nq", "graph.ttl", "graph.nt", "graph.jsonld")


def graph_file(path: str | Path) -> Path:
    """The graph file for a build folder or a file path."""
    p = Path(path)
    if p.is_dir():
        for name in _PREFERRED:
            if (p / name).is_file():
                return p / name
        raise DataError(f"{p}: no graph file here (run `kg build --out {p}` first)")
    if not p.exists():
        raise DataError(f"{p}: no such file or folder")
    if p.suffix.lower() not in _FORMATS:
        raise DataError(f"{p}: unknown graph format {p.suffix!r} (use .trig, .ttl, .nt, .nq or .jsonld)")
    return p


def open_store(path: str | Path) -> ox.Store:
    f = graph_file(path)
    store = ox.Store()
    try:
        store.load(path=str(f), format=_FORMATS[f.suffix.lower()])
    except (SyntaxError, ValueError, OSError) as e:
        raise DataError(f"{f}: cannot be parsed: {e}") from None
    return store


def run_query(store: ox.Store, sparql: str):
    try:
        return store.query(sparql, use_default_graph_as_union=True, prefixes=dict(PREFIXES))
    except SyntaxError as e:
        msg = str(e).splitlines()[0] if str(e) else "syntax error"
        raise QueryError(f"malformed SPARQL query: {msg}") from None
    except (ValueError, OSError, RuntimeError) as e:
        raise QueryError(f"query failed: {e}") from None


def term_text(term) -> str:
    """A term as a person reads it: IRIs as they are, literals by their value."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def format_results(results, fmt: str) -> str:
    """table, csv (SPARQL 1.1 CSV), tsv or json (SPARQL 1.1 Query Results JSON)."""
    if isinstance(results, ox.QueryBoolean):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(results)})
        return "true" if bool(results) else "false"
    if isinstance(results, ox.QueryTriples):
        data = results.serialize(format=ox.RdfFormat.TURTLE if fmt != "json" else ox.RdfFormat.JSON_LD)
        return data.decode("utf-8")
    if fmt == "json":
        return results.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
    if fmt == "csv":
        return results.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
    if fmt == "tsv":
        return results.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
    variables = [v.value for v in results.variables]
    rows = [[term_text(sol[v]) for v in variables] for sol in results]
    return render_table(variables, rows)


def render_table(headers: list[str], rows: list[list[str]]) -> str:
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    def cell(s: str) -> str:
        s = s.replace("\n", " ")
        return s if width(s) <= 60 else s[:29] + "…"

    rows = [[cell(c) for c in r] for r in rows]
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells):
        return " | ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(headers), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def rows_as_csv(headers: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(headers)
    w.writerows(rows)
    return buf.getvalue()
