"""kg load into a real Oxigraph server (the session ``server`` fixture), and the persistent local store.

Errors a real triple store gives that Oxigraph does not (401, 503 then success) come from a small
real HTTP server on 127.0.0.1 started here.
"""

from __future__ import annotations

import shutil
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from helpers import corpus
from kg.cli import cli
from kg.errors import DataError, InputError, RemoteError
from kg.load import VOID_GRAPH, chunks, graph_param_for, load, open_local, read_graphs

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def two_reports(built, tmp_path_factory):
    """Two named graphs: the session's build of the bundled report and the smallest corpus report
    (built here), put together in one folder as graph.trig and void.ttl."""
    from kg.metadata import write_void
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("load-build")
    build([corpus(1975)], out / "1975")
    quads = [q for f in (built[0] / "graph.trig", out / "1975" / "graph.trig")
             for q in ox.parse(path=str(f), format=ox.RdfFormat.TRIG)]
    (out / "graph.trig").write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG))
    shutil.copy(built[0] / "graph.ttl", out / "graph.ttl")
    shutil.rmtree(out / "1975")
    write_void(out)
    return out


XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                             "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt")}


def canonical(quads):
    """Quads with numbers compared by value: Oxigraph stores xsd:nonNegativeInteger as xsd:integer and
    writes decimals canonically ("50.0" comes back as "50"), which keeps the value but not the text."""
    from decimal import Decimal

    out = set()
    for q in quads:
        o = q.object
        if isinstance(o, ox.Literal) and o.datatype.value in INTEGERS:
            o = ("integer", int(o.value))
        elif isinstance(o, ox.Literal) and o.datatype.value == XSD + "decimal":
            o = ("decimal", Decimal(o.value).normalize())
        out.add((q.subject, q.predicate, o, q.graph_name))
    return out


def local_quads(build):
    return set(ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG))


def counts_per_graph(server):
    rows = server.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]: int(r["n"]) for r in rows}


def test_load_puts_each_report_graph(server, two_reports):
    server.clear()
    s = load(two_reports, server.store)
    expected: dict[str, int] = {}
    for q in local_quads(two_reports):
        expected[q.graph_name.value] = expected.get(q.graph_name.value, 0) + 1
    assert len(expected) == 2
    assert counts_per_graph(server) == expected
    assert dict(s.graphs) == expected
    assert s.triples == sum(expected.values())


def test_load_twice_changes_nothing(server, two_reports):
    server.clear()
    load(two_reports, server.store)
    first = counts_per_graph(server)
    result = CliRunner().invoke(cli, ["load", str(two_reports), "--endpoint", server.store])
    assert result.exit_code == 0, result.output
    assert "Loaded 2 graphs" in result.output
    assert counts_per_graph(server) == first


def test_load_server_holds_exactly_the_quads_of_graph_trig(server, two_reports):
    server.clear()
    load(two_reports, server.store)
    fetched, local = server.quads(), local_quads(two_reports)
    assert len(fetched) == len(local)
    assert canonical(fetched) == canonical(local)


def test_load_replaces_what_the_graph_held_before(server, two_reports):
    server.clear()
    load(two_reports, server.store)
    g = sorted(counts_per_graph(server))[0]
    stale = ox.Quad(ox.NamedNode("https://example.org/stale"), ox.NamedNode("https://example.org/p"),
                    ox.Literal("left over"), ox.NamedNode(g))
    import urllib.request

    req = urllib.request.Request(server.store, data=ox.serialize([stale], format=ox.RdfFormat.N_QUADS),
                                 headers={"Content-Type": "application/n-quads"}, method="POST")
    urllib.request.urlopen(req, timeout=30).read()
    assert stale in server.quads()
    load(two_reports, server.store)
    after = server.quads()
    assert stale not in after and len(after) == len(local_quads(two_reports))


@pytest.mark.parametrize("transactional", [False, True])
def test_load_in_chunks_gives_the_same_as_one_put(server, two_reports, transactional):
    server.clear()
    one = load(two_reports, server.store, chunk_size=10**9, transactional=transactional)
    once = server.quads()
    server.clear()
    many = load(two_reports, server.store, chunk_size=2500, transactional=transactional)
    assert one.requests == 1 + 2  # a HEAD to see who the server is, then one PUT per graph
    assert many.requests == 1 + sum(-(-n // 2500) for _, n in many.graphs) > one.requests + 3
    assert server.quads() == once
    assert canonical(once) == canonical(local_quads(two_reports))
    assert any("no_transaction" in n for n in many.notes) is not transactional


def test_load_void_goes_to_its_own_graph(server, two_reports):
    server.clear()
    load(two_reports, server.store, with_void=True)
    counts = counts_per_graph(server)
    assert VOID_GRAPH in counts and len(counts) == 3
    rows = server.select(f"SELECT ?n WHERE {{ GRAPH <{VOID_GRAPH}> {{ ?d <http://rdfs.org/ns/void#subset> ?g }} }}")
    assert len(rows) == 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_load_refused_connection_is_one_clear_line(two_reports):
    res = CliRunner().invoke(cli, ["load", str(two_reports), "--endpoint", f"http://127.0.0.1:{free_port()}/store"])
    assert res.exit_code == 1
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and "connection refused" in lines[0] and "Traceback" not in res.output


def test_load_404_is_one_clear_line(server, two_reports):
    res = CliRunner().invoke(cli, ["load", str(two_reports), "--endpoint", server.base + "/no-such-endpoint"])
    assert res.exit_code == 1
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and "404 Not Found" in lines[0]


# --------------------------------------------------------------------------- a strict server


class Strict(BaseHTTPRequestHandler):
    """Wants Basic auth user:secret; answers the statuses queued in ``script`` first."""

    def log_message(self, *a):
        pass

    def do_PUT(self):
        self.answer()

    do_POST = do_PUT

    def answer(self):
        srv = self.server
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        srv.seen.append((self.command, self.path, self.headers.get("Authorization")))
        status = srv.script.pop(0) if srv.script else None
        if status is None and srv.password is not None:
            import base64

            want = "Basic " + base64.b64encode(f"user:{srv.password}".encode()).decode()
            if self.headers.get("Authorization") != want:
                status = 401
        status = status or 204
        body = b"" if status == 204 else f"status {status} from the strict server".encode()
        self.send_response(status)
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="store"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def strict():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Strict)
    srv.script, srv.seen, srv.password = [], [], None
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    srv.url = f"http://127.0.0.1:{srv.server_address[1]}"
    yield srv
    srv.shutdown()
    srv.server_close()


def test_load_401_is_one_clear_line(strict, two_reports):
    strict.password = "secret"
    runner = CliRunner()
    res = runner.invoke(cli, ["load", str(two_reports), "--endpoint", strict.url + "/store"])
    assert res.exit_code == 1
    assert res.output.strip().count("\n") == 0 and "401 Unauthorized" in res.output and "--user" in res.output
    res = runner.invoke(cli, ["load", str(two_reports), "--endpoint", strict.url + "/store",
                              "--user", "user", "--password", "wrong"])
    assert res.exit_code == 1 and "refused the password of user 'user'" in res.output
    res = runner.invoke(cli, ["load", str(two_reports), "--endpoint", strict.url + "/store",
                              "--user", "user"], env={"KG_PASSWORD": "secret"})
    assert res.exit_code == 0, res.output


def test_load_retries_transient_errors_with_backoff(strict, two_reports):
    strict.script = [503, 502]
    waits = []
    s = load(two_reports, strict.url + "/store", parallel=1, backoff=0.01, sleep=waits.append)
    assert waits == [0.01, 0.02]
    assert s.requests == 1 + 2 + 2  # a HEAD, two refused tries, then one PUT per graph
    strict.script = [503, 503, 503]
    with pytest.raises(RemoteError, match=r"HTTP 503 .*after 3 attempts.*strict server"):
        load(two_reports, strict.url + "/store", parallel=1, retries=2, backoff=0.01, sleep=waits.append)


def test_load_names_the_graph_as_virtuoso_wants(strict, two_reports):
    assert graph_param_for("http://h:8890/sparql-graph-crud-auth") == "graph-uri"
    assert graph_param_for("http://h:3030/ds/data") == "graph"
    load(two_reports, strict.url + "/sparql-graph-crud-auth")
    queries = [urllib.parse.parse_qs(urllib.parse.urlsplit(p).query) for _, p, _ in strict.seen]
    assert sorted(q["graph-uri"][0] for q in queries) == sorted(g.iri for g in read_graphs(two_reports))
    assert [m for m, _, _ in strict.seen] == ["PUT", "PUT"]


# --------------------------------------------------------------------------- reading and chunking


def test_load_chunks_by_triples_and_bytes():
    lines = [b"<a:s> <a:p> \"%d\" .\n" % i for i in range(10)]
    assert [c.count(b"\n") for c in chunks(lines, 4)] == [4, 4, 2]
    assert b"".join(chunks(lines, 4)) == b"".join(lines)
    size = len(lines[0])
    assert [c.count(b"\n") for c in chunks(lines, 100, max_bytes=3 * size)] == [3, 3, 3, 1]
    with pytest.raises(InputError):
        chunks(lines, 0)


def test_load_a_triples_file_needs_a_graph(two_reports, tmp_path):
    with pytest.raises(InputError, match="--graph"):
        read_graphs(two_reports / "graph.ttl")
    graphs = read_graphs(two_reports / "graph.ttl", graph="https://example.org/all")
    assert [g.iri for g in graphs] == ["https://example.org/all"]
    assert graphs[0].triples == len(set(ox.parse(path=str(two_reports / "graph.ttl"), format=ox.RdfFormat.TURTLE)))


# --------------------------------------------------------------------------- the local store


def test_load_local_store_is_made_once_and_remade_when_the_graph_changes(two_reports, tmp_path):
    build = tmp_path / "b"
    build.mkdir()
    shutil.copy(two_reports / "graph.trig", build / "graph.trig")
    n = len(local_quads(build))
    assert len(open_local(build)) == n
    stamp = (build / "store" / "source.json").stat()
    db_files = sorted(p.name for p in (build / "store" / "db").iterdir())
    assert len(open_local(build)) == n
    assert (build / "store" / "source.json").stat().st_mtime_ns == stamp.st_mtime_ns  # reused, not remade
    assert sorted(p.name for p in (build / "store" / "db").iterdir()) == db_files
    with open(build / "graph.trig", "a", encoding="utf-8") as f:
        f.write('\n<https://example.org/g> { <https://example.org/s> <https://example.org/p> "new" . }\n')
    assert len(open_local(build)) == n + 1
    assert not [p for p in build.iterdir() if p.name.startswith(".")], "temporary folders left behind"


def test_load_local_store_is_never_half_written(tmp_path):
    build = tmp_path / "b"
    build.mkdir()
    (build / "graph.trig").write_text("<https://example.org/g> { <https://example.org/s> <https://exa", encoding="utf-8")
    with pytest.raises(DataError, match="cannot be parsed"):
        open_local(build)
    assert sorted(p.name for p in build.iterdir()) == ["graph.trig"]


def test_load_kg_query_uses_the_store(two_reports, tmp_path):
    build = tmp_path / "b"
    shutil.copytree(two_reports, build, ignore=shutil.ignore_patterns("store"))
    res = CliRunner().invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?r a rkg:Report }", "--data", str(build),
                                   "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.output.split() == ["n", "2"]
    assert (build / "store" / "source.json").is_file()
