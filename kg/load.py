"""Put a build into triple stores: remote servers over HTTP, and a persistent local store.

Remote (``kg load``): the SPARQL 1.1 Graph Store HTTP Protocol (GSP). Each report's named graph
is *replaced*: the first request for a graph is a ``PUT ?graph=IRI``, further chunks of a large
graph are ``POST``\\ ed to the same graph, so loading the same build twice leaves the server as it
was. Bodies are N-Triples (sent as ``text/turtle``, of which N-Triples is a subset, so every server
takes them). Works with Oxigraph (``http://host:7878/store``), Apache Jena Fuseki
(``http://host:3030/DATASET/data``), GraphDB (``…/repositories/REPO/rdf-graphs/service``) and
Virtuoso (``…/sparql-graph-crud-auth``, which names the graph ``graph-uri``).

Transient failures (connection reset, a timeout, HTTP 429/502/503/504) are retried with
exponential backoff; a retried request is safe because a PUT replaces and a POST of triples already
there adds nothing (our graphs have no blank nodes; a graph with blank nodes goes in one request).

Local (``open_local``): a build folder gets an Oxigraph store folder ``store/`` next to its graph,
bulk-loaded once in a temporary folder and renamed into place, stamped with the SHA-256 of the
graph file it came from, and reused (opened read-only, in milliseconds) while that file is
unchanged. ``kg query`` and ``kg serve`` use it, so a corpus build is not re-parsed on every query.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import shutil
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from kg.errors import DataError, InputError, RemoteError
from kg.ids import ID
from kg.store import _FORMATS, graph_file, open_store

#: the named graph that ``kg load --void`` puts the dataset description (void.ttl) into
VOID_GRAPH = ID + "graph/void"

DEFAULT_CHUNK = 50_000  # triples per request
MAX_CHUNK_BYTES = 8 * 1024 * 1024  # and never more bytes than this per request (servers' body limits)
TRANSIENT_STATUS = {408, 429, 502, 503, 504}
_TRIPLE_FORMATS = {".ttl", ".nt"}

# --------------------------------------------------------------------------- reading a build


@dataclass
class GraphData:
    """One graph to send: its IRI and its triples as sorted N-Triples lines (bytes, with newline)."""

    iri: str
    lines: list[bytes]
    has_blank_nodes: bool = False

    @property
    def triples(self) -> int:
        return len(self.lines)


def read_graphs(path: str | Path, *, graph: str | None = None) -> list[GraphData]:
    """The named graphs of a build folder or graph file, sorted by IRI.

    Files of triples (.ttl, .nt) have no named graphs: give ``graph`` to say which graph they go to.
    With ``graph`` and a dataset file, every quad goes to that one graph.
    """
    f = graph_file(path)
    suffix = f.suffix.lower()
    if suffix in _TRIPLE_FORMATS and not graph:
        raise InputError(
            f"{f}: a {suffix} file holds no named graphs",
            hint="load graph.trig or the build folder, or say where the triples go with --graph IRI",
        )
    if graph:
        _check_iri(graph)
    groups: dict[str, list[ox.Triple]] = {}
    blanks: set[str] = set()
    default_triples = 0
    try:
        for q in ox.parse(path=str(f), format=_FORMATS[suffix]):
            if graph:
                name = graph
            elif isinstance(q.graph_name, ox.DefaultGraph):
                default_triples += 1
                continue
            else:
                name = q.graph_name.value
            groups.setdefault(name, []).append(q.triple)
            if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode):
                blanks.add(name)
    except (SyntaxError, ValueError, OSError) as e:
        raise DataError(f"{f}: cannot be parsed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    if not groups:
        extra = f" ({default_triples} triples in the default graph; give --graph IRI)" if default_triples else ""
        raise DataError(f"{f}: no named graphs to load{extra}")
    out = []
    for name in sorted(groups):
        data = ox.serialize(groups[name], format=ox.RdfFormat.N_TRIPLES)
        lines = sorted(set(line + b"\n" for line in data.split(b"\n") if line.strip()))
        out.append(GraphData(name, lines, name in blanks))
    return out


def chunks(lines: list[bytes], size: int, max_bytes: int = MAX_CHUNK_BYTES) -> list[bytes]:
    """Request bodies of at most ``size`` triples and ``max_bytes`` bytes (a longer line goes alone)."""
    if size < 1:
        raise InputError(f"--chunk-size must be at least 1 (got {size})")
    out: list[bytes] = []
    cur: list[bytes] = []
    cur_bytes = 0
    for line in lines:
        if cur and (len(cur) >= size or cur_bytes + len(line) > max_bytes):
            out.append(b"".join(cur))
            cur, cur_bytes = [], 0
        cur.append(line)
        cur_bytes += len(line)
    if cur or not out:
        out.append(b"".join(cur))
    return out


def _check_iri(iri: str) -> None:
    try:
        ox.NamedNode(iri)
    except ValueError:
        raise InputError(f"{iri!r} is not an absolute IRI") from None


# --------------------------------------------------------------------------- the HTTP client


def graph_param_for(endpoint: str) -> str:
    """The query parameter naming the graph: ``graph`` (the standard), ``graph-uri`` for Virtuoso."""
    return "graph-uri" if "sparql-graph-crud" in urllib.parse.urlsplit(endpoint).path else "graph"


def _excerpt(body: bytes, n: int = 200) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return text if len(text) <= n else text[: n - 1] + "…"


class GraphStoreClient:
    """A SPARQL 1.1 Graph Store HTTP Protocol client on urllib: PUT/POST/GET/DELETE of a graph.

    ``sleep`` is what waits between retries (tests pass a fast one).
    """

    def __init__(
        self,
        endpoint: str,
        *,
        user: str | None = None,
        password: str | None = None,
        graph_param: str | None = None,
        timeout: float = 300.0,
        retries: int = 4,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ):
        parts = urllib.parse.urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(f"{endpoint!r} is not an http(s) URL of a graph store endpoint")
        if (user is None) != (password is None):
            raise InputError("give both --user and --password, or neither")
        self.endpoint = endpoint
        self.graph_param = graph_param or graph_param_for(endpoint)
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.sleep = sleep
        self.user = user
        self._password = password
        self.requests = 0
        self._count_lock = threading.Lock()
        self._local = threading.local()  # one opener per thread: the auth handlers keep state

    @property
    def _opener(self) -> urllib.request.OpenerDirector:
        opener = getattr(self._local, "opener", None)
        if opener is None:
            handlers: list = []
            if self.user is not None:
                mgr = urllib.request.HTTPPasswordMgrWithPriorAuth()
                mgr.add_password(None, self.endpoint, self.user, self._password, is_authenticated=True)
                # Basic is sent up front (Fuseki, GraphDB, Oxigraph behind a proxy); a Digest
                # challenge (Virtuoso's …-auth endpoints) is answered by the digest handler.
                handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
            opener = self._local.opener = urllib.request.build_opener(*handlers)
        return opener

    def _count(self) -> None:
        with self._count_lock:
            self.requests += 1

    def url(self, graph: str | None, extra: str = "") -> str:
        if graph is None and not extra:
            return self.endpoint
        params = [f"{self.graph_param}={urllib.parse.quote(graph, safe='')}"] if graph is not None else []
        params += [extra] if extra else []
        sep = "&" if urllib.parse.urlsplit(self.endpoint).query else "?"
        return self.endpoint + sep + "&".join(params)

    def probe(self) -> str:
        """Ask the endpoint who it is (HEAD); returns its Server header ('' when it does not say).

        Fails early, with the usual one-line errors, when the server is down or wants a password;
        other refusals of HEAD are ignored (not every store answers HEAD on its endpoint).
        """
        try:
            req = urllib.request.Request(self.endpoint, method="HEAD")
            req.add_header("User-Agent", "report-kg (kg load)")
            self._count()
            with self._opener.open(req, timeout=self.timeout) as resp:
                return resp.headers.get("Server", "")
        except urllib.error.HTTPError as e:
            if e.code == 401:
                raise self._http_error("HEAD", self.endpoint, 401, e.reason, _read_quietly(e), 1) from None
            return e.headers.get("Server", "") if e.headers else ""
        except (urllib.error.URLError, http.client.HTTPException, OSError) as e:
            reason = e.reason if isinstance(e, urllib.error.URLError) else e
            if isinstance(reason, ConnectionRefusedError):
                raise RemoteError(f"cannot connect to {self._where()}: connection refused",
                                  hint="is the server running, and are host and port right?") from None
            if isinstance(reason, socket.gaierror):
                raise RemoteError(f"cannot connect to {self._where()}: unknown host") from None
            return ""  # the first real request reports it (and retries it if it is transient)

    def request(self, method: str, graph: str | None, body: bytes | None = None,
                content_type: str = "text/turtle", accept: str | None = None, extra: str = "") -> tuple[int, bytes]:
        url = self.url(graph, extra)
        attempt = 0
        while True:
            attempt += 1
            delay = self.backoff * (2 ** (attempt - 1))
            try:
                return self._once(method, url, body, content_type, accept)
            except urllib.error.HTTPError as e:
                data = _read_quietly(e)
                if e.code in TRANSIENT_STATUS and attempt <= self.retries:
                    delay = max(delay, _retry_after(e.headers.get("Retry-After")))
                    self.sleep(delay)
                    continue
                raise self._http_error(method, url, e.code, e.reason, data, attempt) from None
            except (urllib.error.URLError, http.client.HTTPException, OSError) as e:
                reason = e.reason if isinstance(e, urllib.error.URLError) else e
                if isinstance(reason, ConnectionRefusedError):
                    raise RemoteError(
                        f"cannot connect to {self._where()}: connection refused",
                        hint="is the server running, and are host and port right?",
                    ) from None
                if isinstance(reason, socket.gaierror):
                    raise RemoteError(f"cannot connect to {self._where()}: unknown host") from None
                if _transient(reason) and attempt <= self.retries:
                    self.sleep(delay)
                    continue
                what = type(reason).__name__ if not str(reason) else f"{type(reason).__name__}: {reason}"
                tries = f" (after {attempt} attempts)" if attempt > 1 else ""
                raise RemoteError(f"{method} {url} failed{tries}: {what}") from None

    def _once(self, method, url, body, content_type, accept) -> tuple[int, bytes]:
        req = urllib.request.Request(url, data=body, method=method)
        if body is not None:
            req.add_header("Content-Type", content_type)
        if accept:
            req.add_header("Accept", accept)
        req.add_header("User-Agent", "report-kg (kg load)")
        self._count()
        with self._opener.open(req, timeout=self.timeout) as resp:
            return resp.status, resp.read()

    def _where(self) -> str:
        p = urllib.parse.urlsplit(self.endpoint)
        return f"{p.scheme}://{p.netloc}"

    def _http_error(self, method, url, code, reason, data, attempt) -> RemoteError:
        tries = f" after {attempt} attempts" if attempt > 1 else ""
        answer = _excerpt(data)
        said = f": {answer}" if answer else ""
        if code == 401:
            if self.user is None:
                return RemoteError(f"{self.endpoint}: 401 Unauthorized{said}", hint="the server wants --user and --password")
            return RemoteError(f"{self.endpoint}: 401 Unauthorized: the server refused the password of user {self.user!r}{said}")
        if code == 403:
            return RemoteError(f"{method} {url}: 403 Forbidden{said}", hint="the user may not write to this store")
        if code == 404:
            return RemoteError(
                f"{method} {url}: 404 Not Found{said}",
                hint="is the endpoint the graph store service? e.g. http://host:7878/store (Oxigraph), "
                "http://host:3030/DATASET/data (Fuseki)",
            )
        return RemoteError(f"{method} {url}: HTTP {code} {reason}{tries}{said}")

    def put(self, graph: str, body: bytes, extra: str = "") -> None:
        self.request("PUT", graph, body, extra=extra)

    def post(self, graph: str, body: bytes, extra: str = "") -> None:
        self.request("POST", graph, body, extra=extra)

    def get(self, graph: str, accept: str = "application/n-triples") -> bytes:
        return self.request("GET", graph, accept=accept)[1]

    def delete(self, graph: str) -> None:
        self.request("DELETE", graph)


def _read_quietly(e: urllib.error.HTTPError) -> bytes:
    try:
        return e.read() or b""
    except Exception:
        return b""


def _retry_after(value: str | None) -> float:
    try:
        return min(60.0, max(0.0, float(value))) if value else 0.0
    except ValueError:
        return 0.0


def _transient(reason) -> bool:
    return isinstance(
        reason,
        (ConnectionResetError, ConnectionAbortedError, BrokenPipeError, TimeoutError, socket.timeout,
         http.client.RemoteDisconnected, http.client.IncompleteRead, http.client.BadStatusLine),
    )


# --------------------------------------------------------------------------- kg load


@dataclass
class LoadSummary:
    endpoint: str
    graphs: list[tuple[str, int]] = field(default_factory=list)  # (graph IRI, triples)
    requests: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.graphs)


def load(
    path: str | Path,
    endpoint: str,
    *,
    user: str | None = None,
    password: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    graph: str | None = None,
    graph_param: str | None = None,
    with_void: bool = False,
    transactional: bool = False,
    parallel: int = 2,
    timeout: float = 300.0,
    retries: int = 4,
    backoff: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
    progress: Callable[[str, int], None] | None = None,
) -> LoadSummary:
    """Replace each named graph of ``path`` on the server behind ``endpoint`` (GSP).

    ``with_void``: also put the build's ``void.ttl`` into the graph :data:`VOID_GRAPH`.
    On Oxigraph (found by a HEAD request first) requests go through its bulk loader, several times
    faster; ``transactional`` keeps each request one transaction instead. ``parallel`` graphs are
    sent at the same time (each graph's chunks in order).
    """
    t0 = time.perf_counter()
    if chunk_size < 1:
        raise InputError(f"--chunk-size must be at least 1 (got {chunk_size})")
    if parallel < 1:
        raise InputError(f"--parallel must be at least 1 (got {parallel})")
    client = GraphStoreClient(endpoint, user=user, password=password, graph_param=graph_param,
                              timeout=timeout, retries=retries, backoff=backoff, sleep=sleep)
    summary = LoadSummary(endpoint)
    who = client.probe()  # before reading: a server that is down or wants a password fails at once
    graphs = read_graphs(path, graph=graph)
    if with_void:
        graphs.append(_void_graph(path))
    extra = ""
    if not transactional and who.lower().startswith("oxigraph"):
        # Oxigraph's own extension: each request goes through its bulk loader, not one big transaction
        extra = "no_transaction"
        summary.notes.append("Oxigraph: requests use its bulk loader (no_transaction); --transactional to turn off")
    for g in graphs:
        if g.has_blank_nodes and g.triples > chunk_size:
            summary.notes.append(f"{g.iri}: has blank nodes, sent in one request")

    def send(g: GraphData) -> tuple[str, int]:
        # a graph's chunks go in order (PUT, then POSTs); different graphs may go side by side
        bodies = [b"".join(g.lines)] if g.has_blank_nodes else chunks(g.lines, chunk_size)
        client.put(g.iri, bodies[0], extra)
        for body in bodies[1:]:
            client.post(g.iri, body, extra)
        return g.iri, g.triples

    def done(item: tuple[str, int]) -> None:
        summary.graphs.append(item)
        if progress:
            progress(*item)

    if parallel == 1 or len(graphs) == 1:
        for g in graphs:
            done(send(g))
    else:
        with ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="kg-load") as pool:
            futures = [pool.submit(send, g) for g in graphs]
            try:
                for f in futures:
                    done(f.result())
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
    summary.requests = client.requests
    summary.seconds = time.perf_counter() - t0
    return summary


def _void_graph(path: str | Path) -> GraphData:
    p = Path(path)
    void = (p if p.is_dir() else p.parent) / "void.ttl"
    if not void.is_file():
        raise DataError(f"{void}: no dataset description here (it is written by `kg build` or `kg void`)")
    return read_graphs(void, graph=VOID_GRAPH)[0]


# --------------------------------------------------------------------------- the local store

STORE_DIR = "store"
STAMP = "source.json"
_STAMP_VERSION = 1


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _stamp_of(folder: Path) -> dict | None:
    try:
        return json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def store_is_current(build: Path) -> bool:
    """Whether ``build/store/`` holds exactly the build's graph file as it is now."""
    build = Path(build)
    folder = build / STORE_DIR
    stamp = _stamp_of(folder)
    if not stamp or stamp.get("version") != _STAMP_VERSION or not (folder / "db").is_dir():
        return False
    f = graph_file(build)
    return stamp.get("file") == f.name and stamp.get("sha256") == sha256_file(f)


def make_store(graph: Path, folder: Path) -> Path:
    """Bulk-load ``graph`` into a new Oxigraph store in ``folder`` (made in a temporary folder next
    to it and renamed into place, so it is never half-written). Returns the database path."""
    folder = Path(folder)
    sha = sha256_file(graph)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", suffix=".tmp", dir=folder.parent))
    try:
        store = ox.Store(str(tmp / "db"))
        try:
            store.bulk_load(path=str(graph), format=_FORMATS[graph.suffix.lower()])
        except (SyntaxError, ValueError) as e:
            raise DataError(f"{graph}: cannot be parsed: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
        store.flush()
        quads = len(store)
        del store  # closes the database: it can now be moved and opened read-only
        stamp = {"version": _STAMP_VERSION, "file": graph.name, "sha256": sha, "quads": quads}
        (tmp / STAMP).write_text(json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        old = None
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}-old-", dir=folder.parent))
            os.replace(folder, old / "x")
        os.replace(tmp, folder)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder / "db"


def ensure_store(build: str | Path) -> Path | None:
    """The database path of ``build/store/``, made or remade if the graph file changed.

    None when ``build`` is not a folder or cannot be written to (callers then parse in memory).
    """
    build = Path(build)
    if not build.is_dir():
        return None
    f = graph_file(build)
    folder = build / STORE_DIR
    if store_is_current(build):
        return folder / "db"
    try:
        return make_store(f, folder)
    except PermissionError:
        return None
    except OSError as e:
        if e.errno in (13, 30):  # EACCES, EROFS: a read-only build folder
            return None
        raise DataError(f"{folder}: cannot write the store ({e.strerror or e})") from None


def open_local(path: str | Path) -> ox.Store:
    """A store to query a build folder or graph file with.

    A build folder uses its persistent store (made once, reused while the graph is unchanged),
    opened read-only; a single file, or a folder we cannot write to, is parsed into memory.
    """
    db = ensure_store(path) if Path(path).is_dir() else None
    if db is None:
        return open_store(path)
    try:
        return ox.Store.read_only(str(db))
    except OSError as e:
        raise DataError(f"{db}: cannot open the store ({e}); delete {db.parent} to have it rebuilt") from None

