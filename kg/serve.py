"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a build, on the standard library.

- ``/sparql``: ``GET ?query=``, ``POST`` ``application/sparql-query`` or
  ``application/x-www-form-urlencoded`` (``query=``); ``default-graph-uri`` and ``named-graph-uri``
  are honoured (without them the default graph is the union of all reports' graphs, as in
  ``kg query``, and the usual prefixes are predeclared). Results by content negotiation (or
  ``format=``): SPARQL JSON, XML, CSV or TSV for SELECT/ASK; Turtle, N-Triples, JSON-LD or RDF/XML
  for CONSTRUCT/DESCRIBE.
- Read-only: an update (``application/sparql-update``, an ``update=`` field, or a query that reads
  as an update) is refused with 403; the store is opened read-only anyway.
- Bounded: each query runs in a worker process (``--workers`` of them, each with the build's
  persistent store open read-only). A query over ``--timeout`` seconds is answered with 503 and
  its worker is killed and replaced, so a runaway query cannot hold the server (pyoxigraph cannot
  cancel a query running in a thread). At most ``--max-rows`` rows (or triples) are returned; a cut
  result says so in the ``X-KG-Truncated`` header.
- ``/``: a small query page (static; results are put in the page as text, never as HTML);
  ``/graph.html``: the build's HTML view; ``/ontology``: ``ontology/report.ttl``;
  ``/void`` and ``/.well-known/void``: the build's ``void.ttl``. CORS headers on every answer.

The worker half (:func:`execute`) imports only pyoxigraph, so a replacement worker starts fast.
"""

from __future__ import annotations

import json
import multiprocessing
import queue
import re
import shutil
import signal
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

# --------------------------------------------------------------------------- content negotiation

#: media type → format, for SELECT and ASK results
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
#: media type → format, for CONSTRUCT and DESCRIBE results
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
#: the ``format=`` parameter's short names
FORMAT_NAMES = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "jsonld": (None, "application/ld+json"),
    "rdfxml": (None, "application/rdf+xml"),
}
_RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_CHARSET = {"text/csv", "text/tab-separated-values", "text/turtle", "text/plain", "text/xml"}


def parse_accept(header: str | None) -> list[str]:
    """Media ranges of an Accept header, best first (q=0 dropped; ties keep their order)."""
    if not header or not header.strip():
        return ["*/*"]
    ranges = []
    for i, part in enumerate(header.split(",")):
        bits = [b.strip() for b in part.split(";")]
        media = bits[0].lower()
        if not media:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((-q, i, media))
    return [m for _, _, m in sorted(ranges)] or ["*/*"]


def negotiate(accept: str | None, kind: str, fmt: str | None = None) -> tuple[str, str] | None:
    """(media type, format) for a result of ``kind`` ('solutions', 'boolean' or 'graph'), or None.

    ``fmt`` (the ``format=`` parameter) wins over the Accept header.
    """
    table = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    default = "text/turtle" if kind == "graph" else "application/sparql-results+json"
    if fmt:
        pair = FORMAT_NAMES.get(fmt.lower())
        if pair is None:
            pair = (fmt.lower(), fmt.lower())  # a media type given as format=
        media = pair[1] if kind == "graph" else pair[0]
        return (media, table[media]) if media in table else None
    for media in parse_accept(accept):
        if media == "*/*":
            return default, table[default]
        if media in table:
            return media, table[media]
        if media.endswith("/*"):
            major = media[:-1]
            if default.startswith(major):
                return default, table[default]
            for m in table:
                if m.startswith(major):
                    return m, table[m]
    return None


def _content_type(media: str) -> str:
    return f"{media}; charset=utf-8" if media in _CHARSET else media


# --------------------------------------------------------------------------- updates

_COMMENT_OR_STRING = re.compile(
    r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\"{}|^`\\\s]*>|#[^\n]*",
    re.S,
)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>)\s*)*", re.I)
_UPDATE_START = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


def is_update(text: str) -> bool:
    """Whether ``text`` reads as a SPARQL Update (after its prologue), whatever its comments say."""
    blanked = _COMMENT_OR_STRING.sub(lambda m: "<>" if m.group(0).startswith("<") else " ", text)
    m = _PROLOGUE.match(blanked)
    rest = blanked[m.end():] if m else blanked
    return bool(_UPDATE_START.match(rest.lstrip()))


# --------------------------------------------------------------------------- the worker side


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict

    @classmethod
    def text(cls, status: int, message: str, **headers) -> "Answer":
        return cls(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"), headers)


def execute(store: ox.Store, req: dict) -> Answer:
    """Run one query request (a dict: query, accept, format, max_rows, prefixes, default_graphs,
    named_graphs) and serialise the answer."""
    kw: dict = {"prefixes": req.get("prefixes") or {}}
    try:
        if req.get("default_graphs"):
            kw["default_graph"] = [ox.NamedNode(g) for g in req["default_graphs"]]
        else:
            kw["use_default_graph_as_union"] = True
        if req.get("named_graphs"):
            kw["named_graphs"] = [ox.NamedNode(g) for g in req["named_graphs"]]
    except ValueError as e:
        return Answer.text(400, f"a graph IRI is not valid: {e}")
    try:
        results = store.query(req["query"], **kw)
    except SyntaxError as e:
        msg = str(e).splitlines()[0] if str(e) else "syntax error"
        return Answer.text(400, f"malformed SPARQL query: {msg}")
    except (ValueError, OSError, RuntimeError) as e:
        return Answer.text(400, f"query failed: {e}")
    kind = "boolean" if isinstance(results, ox.QueryBoolean) else "graph" if isinstance(results, ox.QueryTriples) else "solutions"
    neg = negotiate(req.get("accept"), kind, req.get("format"))
    if neg is None:
        offers = ", ".join(sorted(set(GRAPH_TYPES if kind == "graph" else RESULT_TYPES)))
        what = req.get("format") or req.get("accept")
        return Answer.text(406, f"cannot give {kind} results as {what}; this endpoint offers {offers}")
    media, fmt = neg
    max_rows = int(req.get("max_rows") or 0)
    headers: dict = {}
    try:
        if kind == "boolean":
            body = results.serialize(format=_RESULT_FORMATS[fmt])
        elif kind == "graph":
            triples, cut = _take(results, max_rows)
            prefixes = req.get("out_prefixes") if fmt == "turtle" else None
            body = ox.serialize(triples, format=_GRAPH_FORMATS[fmt], prefixes=prefixes)
            if cut:
                headers["X-KG-Truncated"] = f"true; max-rows={max_rows}"
        else:
            variables = results.variables
            rows, cut = _take(results, max_rows)
            body = _serialize_solutions(variables, rows, fmt)
            if cut:
                headers["X-KG-Truncated"] = f"true; max-rows={max_rows}"
    except (ValueError, OSError, RuntimeError, SyntaxError) as e:
        return Answer.text(500, f"query failed while reading results: {e}")
    return Answer(200, _content_type(media), body, headers)


def _take(it, limit: int) -> tuple[list, bool]:
    out = []
    for x in it:
        if limit and len(out) >= limit:
            return out, True
        out.append(x)
    return out, False


def _serialize_solutions(variables, rows, fmt: str) -> bytes:
    """Solutions (possibly cut short) in a results format: written as SPARQL TSV (terms in their
    N-Triples form), then re-read and written by Oxigraph's own result serialisers."""
    lines = ["\t".join(str(v) for v in variables)]
    for sol in rows:
        lines.append("\t".join("" if sol[v] is None else str(sol[v]) for v in variables))
    if not variables:  # SELECT * {} and the like: rows without columns
        if fmt == "json":
            return b'{"head":{"vars":[]},"results":{"bindings":[' + b",".join([b"{}"] * len(rows)) + b"]}}"
        lines = [""]
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=_RESULT_FORMATS[fmt])


def _worker_main(conn, db_path: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    try:
        store = ox.Store.read_only(db_path)
        broken = None
    except OSError as e:
        store, broken = None, Answer.text(500, f"the store {db_path} cannot be opened: {e}")
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        if req is None:
            return
        try:
            ans = broken or execute(store, req)
        except Exception as e:  # a bug: answer it rather than die
            ans = Answer.text(500, f"internal error: {type(e).__name__}: {e}")
        try:
            conn.send(ans)
        except (OSError, ValueError):
            return


# --------------------------------------------------------------------------- the worker pool


class _Worker:
    def __init__(self, ctx, db_path: str):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, db_path), daemon=True, name="kg-serve-worker")
        self.proc.start()
        child.close()

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                kill = True
        if kill and self.proc.is_alive():
            self.proc.kill()
        self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(2)
        self.conn.close()


class WorkerPool:
    """Worker processes that run queries, each killable when its query runs over time."""

    def __init__(self, db_path: str, size: int = 2):
        methods = multiprocessing.get_all_start_methods()
        self.ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            self.ctx.set_forkserver_preload(["kg.serve"])
        self.db_path = db_path
        self.size = max(1, size)
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.closed = False
        self.restarts = 0
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        for _ in range(self.size):
            self.idle.put(self._start())

    def _start(self) -> _Worker:
        w = _Worker(self.ctx, self.db_path)
        with self._lock:
            self._all.add(w)
        return w

    def run(self, req: dict, timeout: float) -> Answer:
        deadline = time.monotonic() + timeout
        try:
            w = self.idle.get(timeout=timeout)
        except queue.Empty:
            return Answer.text(503, f"all {self.size} query workers stayed busy for {timeout:g} s; try again", **{"Retry-After": "1"})
        try:
            w.conn.send(req)
            if w.conn.poll(max(0.0, deadline - time.monotonic())):
                ans = w.conn.recv()
                self.idle.put(w)
                return ans
        except (EOFError, OSError, ValueError):
            self._replace(w)
            return Answer.text(500, "the query worker stopped unexpectedly; it has been restarted")
        self._replace(w)
        return Answer.text(503, f"query timed out after {timeout:g} s (the server's --timeout) and was stopped",
                           **{"Retry-After": "1"})

    def _replace(self, w: _Worker) -> None:
        def again():
            w.stop(kill=True)
            with self._lock:
                self._all.discard(w)
                if self.closed:
                    return
                self.restarts += 1
            self.idle.put(self._start())

        threading.Thread(target=again, daemon=True, name="kg-serve-respawn").start()

    def close(self) -> None:
        with self._lock:
            self.closed = True
        idle = []
        while True:
            try:
                idle.append(self.idle.get_nowait())
            except queue.Empty:
                break
        for w in idle:
            w.stop()
        with self._lock:
            busy = [w for w in self._all if w not in idle]
            self._all.clear()
        for w in busy:  # still running a query: no waiting for it
            w.stop(kill=True)


# --------------------------------------------------------------------------- the HTTP side

EXAMPLES = [
    ("Reports, their years and graphs",
     "SELECT ?report ?title ?year ?graph WHERE {\n  GRAPH ?graph { ?report a rkg:Report ; dcterms:title ?title ; rkg:year ?year }\n}\nORDER BY ?year"),
    ("Triples per report graph",
     "SELECT ?graph (COUNT(*) AS ?triples) WHERE {\n  GRAPH ?graph { ?s ?p ?o }\n}\nGROUP BY ?graph\nORDER BY ?graph"),
    ("Policy areas of one report, in order",
     "SELECT ?part ?n ?title WHERE {\n  ?area a rkg:PolicyArea ; rkg:title ?title ; rkg:number ?n ;\n        rkg:inPart/rkg:number ?part ;\n        rkg:inReport <https://w3id.org/report-kg/id/report/zhejiang-2025> .\n}\nORDER BY ?part ?n"),
    ("How many things of each kind",
     "SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?class }\nGROUP BY ?class\nORDER BY DESC(?n)"),
    ("Sentences that mention 高质量发展",
     "SELECT ?report ?text WHERE {\n  ?s a rkg:Sentence ; nif:anchorOf ?text ; rkg:inReport ?report .\n  FILTER(CONTAINS(?text, \"高质量发展\"))\n}\nLIMIT 20"),
    ("One report as a graph (CONSTRUCT, Turtle)",
     "CONSTRUCT { ?r ?p ?o } WHERE {\n  ?r a rkg:Report ; ?p ?o .\n  FILTER(?r = <https://w3id.org/report-kg/id/report/zhejiang-2025>)\n}"),
]


def index_page() -> bytes:
    """The query page. Static: examples are JSON in a script tag (with <, >, & escaped), results
    are added with textContent."""
    examples = json.dumps([{"label": a, "query": b} for a, b in EXAMPLES], ensure_ascii=False)
    examples = examples.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return (_INDEX.replace("__EXAMPLES__", examples)).encode("utf-8")


_INDEX = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>report-kg SPARQL endpoint</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:70em;padding:0 1em;color:#222}
textarea{width:100%;height:14em;font-family:ui-monospace,monospace;font-size:0.9em}
table{border-collapse:collapse;margin-top:1em;font-size:0.9em}td,th{border:1px solid #ccc;padding:0.2em 0.5em;text-align:left;vertical-align:top}
pre{background:#f6f6f6;padding:0.7em;overflow:auto;white-space:pre-wrap}#status{color:#555;margin-left:1em}
nav a{margin-right:1em}
</style></head>
<body>
<h1>report-kg SPARQL endpoint</h1>
<nav><a href="/graph.html">graph view</a><a href="/ontology">ontology (Turtle)</a><a href="/void">dataset description (VoID)</a></nav>
<p>Read-only SPARQL 1.1 at <code>/sparql</code> (GET <code>?query=</code> or POST). The default graph is the union of the
reports' graphs; prefixes <code>rkg: rdfs: skos: nif: dcterms: xsd: prov: geo: qb:</code> are predeclared.</p>
<p><label>Example: <select id="examples"></select></label></p>
<textarea id="query" spellcheck="false"></textarea>
<p><button id="run">Run</button><span id="status"></span></p>
<div id="out"></div>
<script id="example-data" type="application/json">__EXAMPLES__</script>
<script>
(function () {
  var examples = JSON.parse(document.getElementById("example-data").textContent);
  var select = document.getElementById("examples"), area = document.getElementById("query");
  examples.forEach(function (e, i) { var o = document.createElement("option"); o.value = i; o.textContent = e.label; select.appendChild(o); });
  select.onchange = function () { area.value = examples[select.value].query; };
  area.value = examples[0].query;
  var out = document.getElementById("out"), status = document.getElementById("status");
  function text(tag, s) { var el = document.createElement(tag); el.textContent = s; return el; }
  document.getElementById("run").onclick = function () {
    out.replaceChildren(); status.textContent = "running…"; var t0 = performance.now();
    fetch("/sparql", {method: "POST", headers: {"Content-Type": "application/x-www-form-urlencoded",
      "Accept": "application/sparql-results+json, text/turtle;q=0.9"}, body: new URLSearchParams({query: area.value})})
    .then(function (r) {
      var ms = Math.round(performance.now() - t0), cut = r.headers.get("X-KG-Truncated");
      status.textContent = r.status + " in " + ms + " ms" + (cut ? " (cut to the server's row limit)" : "");
      var type = r.headers.get("Content-Type") || "";
      if (r.ok && type.indexOf("json") >= 0) return r.json().then(show);
      return r.text().then(function (s) { out.appendChild(text("pre", s)); });
    }).catch(function (e) { status.textContent = String(e); });
  };
  function show(data) {
    if ("boolean" in data) { out.appendChild(text("pre", String(data.boolean))); return; }
    var vars = data.head.vars, table = document.createElement("table"), head = document.createElement("tr");
    vars.forEach(function (v) { head.appendChild(text("th", v)); }); table.appendChild(head);
    data.results.bindings.forEach(function (b) {
      var tr = document.createElement("tr");
      vars.forEach(function (v) { tr.appendChild(text("td", b[v] ? b[v].value : "")); });
      table.appendChild(tr);
    });
    out.appendChild(text("p", data.results.bindings.length + " rows")); out.appendChild(table);
  }
})();
</script>
</body></html>
"""

_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'")


@dataclass
class ServeConfig:
    data: Path
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 10.0
    max_rows: int = 10_000
    workers: int = 2
    max_body: int = 1 << 20


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, config: ServeConfig, db_path: Path, *, log: Callable[[str], None] | None = None,
                 cleanup: Path | None = None):
        from kg.ontology import PREFIXES, ontology_path

        self.config = config
        self.log = log
        self.prefixes = dict(PREFIXES)
        # Turtle answers leave "id:" out: its local names have slashes, which must be escaped
        self.out_prefixes = {k: v for k, v in PREFIXES.items() if k != "id"}
        self.ontology_path = ontology_path()
        folder = config.data if config.data.is_dir() else config.data.parent
        self.graph_html = folder / "graph.html"
        self.void_ttl = folder / "void.ttl"
        self.index = index_page()
        self._cleanup = cleanup
        super().__init__((config.host, config.port), Handler)  # binds first: a taken port fails fast
        try:
            self.pool = WorkerPool(str(db_path), config.workers)
        except BaseException:
            self.server_close()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}"

    def close(self) -> None:
        """Stop the workers, free the port, remove a temporary store (after serve_forever returned,
        or call ``shutdown()`` first from another thread)."""
        self.server_close()
        self.pool.close()
        if self._cleanup is not None:
            shutil.rmtree(self._cleanup, ignore_errors=True)
            self._cleanup = None


class Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "report-kg"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    # ------------------------------------------------------------ plumbing

    def log_message(self, format, *args):  # noqa: A002  (the base class's name)
        if self.server.log:
            self.server.log(f"{self.address_string()} {format % args}")

    def _send(self, ans: Answer, *, head_only: bool = False) -> None:
        self.send_response(ans.status)
        self.send_header("Content-Type", ans.content_type)
        self.send_header("Content-Length", str(len(ans.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated, Content-Type")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in ans.headers.items():
            self.send_header(k, v)
        self.end_headers()
        if not head_only:
            self.wfile.write(ans.body)

    def _file(self, path: Path, content_type: str, head_only: bool) -> None:
        try:
            body = path.read_bytes()
        except OSError:
            self._send(Answer.text(404, f"{path.name} is not in this build"), head_only=head_only)
            return
        self._send(Answer(200, content_type, body, {}), head_only=head_only)

    # ------------------------------------------------------------ methods

    def do_OPTIONS(self):
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Accept, Content-Type")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Allow", "GET, HEAD, POST, OPTIONS")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self._get(head_only=True)

    def do_GET(self):
        self._get(head_only=False)

    def _get(self, head_only: bool) -> None:
        url = urllib.parse.urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        if path in ("/", "/index.html"):
            self._send(Answer(200, "text/html; charset=utf-8", self.server.index, {"Content-Security-Policy": _CSP}),
                       head_only=head_only)
        elif path == "/sparql":
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            self._sparql(params, None, head_only)
        elif path in ("/ontology", "/ontology.ttl"):
            self._file(self.server.ontology_path, "text/turtle; charset=utf-8", head_only)
        elif path in ("/graph.html", "/graph"):
            self._file(self.server.graph_html, "text/html; charset=utf-8", head_only)
        elif path in ("/void", "/void.ttl", "/.well-known/void"):
            self._file(self.server.void_ttl, "text/turtle; charset=utf-8", head_only)
        elif path == "/health":
            self._send(Answer.text(200, "ok"), head_only=head_only)
        else:
            self._send(Answer.text(404, f"no such page: {url.path} (the SPARQL endpoint is /sparql)"), head_only=head_only)

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if (url.path.rstrip("/") or "/") != "/sparql":
            self._drain()
            self._send(Answer.text(404 if url.path not in ("/", "/ontology", "/graph.html", "/void") else 405,
                                   f"POST {url.path}: the SPARQL endpoint is /sparql"))
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._send(Answer.text(411, "a POST needs a Content-Length"))
            return
        if length > self.server.config.max_body:
            self.close_connection = True
            self._send(Answer.text(413, f"request body over {self.server.config.max_body} bytes"))
            return
        body = self.rfile.read(length)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._send(_refuse_update())
            return
        if ctype == "application/sparql-query":
            try:
                query = body.decode("utf-8")
            except UnicodeDecodeError:
                self._send(Answer.text(400, "the query is not UTF-8"))
                return
            self._sparql(params, query, False)
            return
        if ctype == "application/x-www-form-urlencoded":
            try:
                form = urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                self._send(Answer.text(400, "the form is not UTF-8"))
                return
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
            self._sparql(params, None, False)
            return
        self._send(Answer.text(415, f"unsupported Content-Type {ctype or '(none)'}: POST application/sparql-query "
                                    "or application/x-www-form-urlencoded"))

    def _drain(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if 0 < length <= self.server.config.max_body:
            self.rfile.read(length)
        elif length:
            self.close_connection = True

    def do_PUT(self):
        self._read_only()

    def do_DELETE(self):
        self._read_only()

    def do_PATCH(self):
        self._read_only()

    def _read_only(self) -> None:
        self._drain()
        self._send(Answer.text(405, f"{self.command} is not allowed: this endpoint is read-only",
                               Allow="GET, HEAD, POST, OPTIONS"))

    # ------------------------------------------------------------ SPARQL

    def _sparql(self, params: dict, query: str | None, head_only: bool) -> None:
        if "update" in params:
            self._send(_refuse_update(), head_only=head_only)
            return
        if query is None:
            queries = params.get("query") or []
            if len(queries) != 1 or not queries[0].strip():
                self._send(Answer.text(400, "give exactly one SPARQL query: /sparql?query=… or POST it"), head_only=head_only)
                return
            query = queries[0]
        if is_update(query):
            self._send(_refuse_update(), head_only=head_only)
            return
        cfg = self.server.config
        req = {
            "query": query,
            "accept": self.headers.get("Accept"),
            "format": (params.get("format") or [None])[0],
            "max_rows": cfg.max_rows,
            "prefixes": self.server.prefixes,
            "out_prefixes": self.server.out_prefixes,
            "default_graphs": params.get("default-graph-uri") or [],
            "named_graphs": params.get("named-graph-uri") or [],
        }
        ans = self.server.pool.run(req, cfg.timeout)
        ans.headers.setdefault("Vary", "Accept")
        self._send(ans, head_only=head_only)


def _refuse_update() -> Answer:
    return Answer.text(403, "this SPARQL endpoint is read-only: updates (INSERT, DELETE, LOAD, CLEAR, …) are refused")


# --------------------------------------------------------------------------- starting


def make_server(config: ServeConfig, *, log: Callable[[str], None] | None = None) -> SparqlServer:
    """A server ready to ``serve_forever()``: the build's persistent store (made once if need be)
    or, for a single graph file, a temporary store removed by ``close()``."""
    from kg.load import ensure_store, make_store
    from kg.store import graph_file

    data = Path(config.data)
    f = graph_file(data)
    db = ensure_store(data) if data.is_dir() else None
    cleanup = None
    if db is None:
        cleanup = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        try:
            db = make_store(f, cleanup / "store")
        except BaseException:
            shutil.rmtree(cleanup, ignore_errors=True)
            raise
    try:
        return SparqlServer(config, db, log=log, cleanup=cleanup)
    except OSError as e:
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)
        from kg.errors import KgError

        raise KgError(f"cannot listen on {config.host}:{config.port}: {e.strerror or e}") from None
