"""kg serve over real HTTP: the server runs in a thread (its query workers are processes) on a free
port of 127.0.0.1; one test starts the command itself and stops it with Ctrl-C (SIGINT)."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.serve import ServeConfig, index_page, is_update, make_server, negotiate, parse_accept

pytestmark = pytest.mark.server

MAX_ROWS = 40
TIMEOUT = 5.0  # (a first query on a loaded two-core machine took over 1.5 s once)


@pytest.fixture(scope="module")
def data(built, tmp_path_factory):
    """A copy of the session's build (serving makes a store/ folder in it)."""
    out = tmp_path_factory.mktemp("serve-build")
    for name in ("graph.trig", "graph.html", "void.ttl"):
        shutil.copy(built[0] / name, out / name)
    return out


@pytest.fixture(scope="module")
def endpoint(data):
    import threading

    srv = make_server(ServeConfig(data=data, port=0, timeout=TIMEOUT, max_rows=MAX_ROWS, workers=2))
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv.url
    srv.shutdown()
    srv.close()


def http(url, *, data=None, headers=None, method=None):
    """(status, headers, body) of a request; HTTP errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get(endpoint, query, **headers):
    return http(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": query}), headers=headers)


def local(data, query):
    store = ox.Store()
    store.load(path=str(data / "graph.trig"), format=ox.RdfFormat.TRIG)
    from kg.ontology import PREFIXES

    return store.query(query, use_default_graph_as_union=True, prefixes=dict(PREFIXES))


def triples(body, fmt):
    return {q.triple for q in ox.parse(body, format=fmt)}


COUNT_AREAS = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a rkg:PolicyArea }"


def test_serve_select_as_json(endpoint, data):
    status, headers, body = get(endpoint, COUNT_AREAS)
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    n = json.loads(body)["results"]["bindings"][0]["n"]["value"]
    assert int(n) == int(next(iter(local(data, COUNT_AREAS)))["n"].value) > 0


def test_serve_select_as_csv_by_post(endpoint, data):
    q = "SELECT ?t WHERE { ?a a rkg:PolicyArea ; rkg:title ?t } ORDER BY ?t"
    status, headers, body = http(f"{endpoint}/sparql", data=urllib.parse.urlencode({"query": q}).encode(),
                                 headers={"Accept": "text/csv", "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    lines = body.decode("utf-8").splitlines()
    assert lines[0] == "t"
    assert lines[1:] == [s["t"].value for s in local(data, q)]


def test_serve_construct_as_turtle_and_other_rdf(endpoint, data):
    q = "CONSTRUCT { ?r ?p ?o } WHERE { ?r a rkg:Report ; ?p ?o }"
    status, headers, body = http(f"{endpoint}/sparql", data=q.encode("utf-8"),
                                 headers={"Content-Type": "application/sparql-query", "Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    got = triples(body, ox.RdfFormat.TURTLE)
    assert got == set(local(data, q)) and len(got) > 5
    status, headers, body = get(endpoint, q, Accept="application/n-triples")
    assert triples(body, ox.RdfFormat.N_TRIPLES) == got
    status, headers, body = get(endpoint, q, Accept="application/ld+json")
    assert headers["Content-Type"] == "application/ld+json"
    assert triples(body, ox.RdfFormat.JSON_LD) == got


def test_serve_results_as_xml_and_tsv(endpoint):
    status, headers, body = get(endpoint, "ASK { ?r a rkg:Report }", Accept="application/sparql-results+xml")
    assert status == 200 and b"<boolean>true</boolean>" in body
    status, headers, body = get(endpoint, "SELECT ?y WHERE { ?r rkg:year ?y }", Accept="text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?y"


def test_serve_refuses_what_it_cannot_give(endpoint):
    status, _, body = get(endpoint, COUNT_AREAS, Accept="image/png")
    assert status == 406 and b"application/sparql-results+json" in body
    status, _, body = get(endpoint, "SELEC ?x WHERE {}")
    assert status == 400 and b"malformed SPARQL query" in body


@pytest.mark.parametrize("how", ["sparql-update", "form", "get", "query-that-is-an-update"])
def test_serve_refuses_updates(endpoint, data, how):
    update = "PREFIX ex: <https://example.org/>\n# a comment\nINSERT DATA { GRAPH ex:g { ex:a ex:b ex:c } }"
    if how == "sparql-update":
        r = http(f"{endpoint}/sparql", data=update.encode(), headers={"Content-Type": "application/sparql-update"})
    elif how == "form":
        r = http(f"{endpoint}/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "get":
        r = http(f"{endpoint}/sparql?" + urllib.parse.urlencode({"update": update}))
    else:
        r = get(endpoint, update)
    status, _, body = r
    assert status == 403 and b"read-only" in body
    assert get(endpoint, "ASK { GRAPH ?g { <https://example.org/a> ?p ?o } }")[2].find(b"false") > 0


def test_serve_sends_cors_headers(endpoint):
    _, headers, _ = get(endpoint, COUNT_AREAS, Origin="https://example.org")
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = http(f"{endpoint}/sparql", method="OPTIONS",
                              headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]


def test_serve_cuts_results_to_max_rows(endpoint):
    status, headers, body = get(endpoint, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    assert headers["X-KG-Truncated"].startswith("true")
    _, headers, _ = get(endpoint, COUNT_AREAS)
    assert headers["X-KG-Truncated"] is None


def test_serve_stops_a_slow_query_and_keeps_answering(endpoint):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    t0 = time.monotonic()
    status, _, body = get(endpoint, slow)
    took = time.monotonic() - t0
    assert status == 503 and b"timed out" in body
    assert TIMEOUT <= took < TIMEOUT + 5
    for _ in range(3):  # the other worker answers at once; the killed one is replaced
        status, _, _ = get(endpoint, COUNT_AREAS)
        assert status == 200


def test_serve_static_pages(endpoint, data):
    status, headers, body = http(f"{endpoint}/ontology")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    onto = set(ox.parse(body, format=ox.RdfFormat.TURTLE))
    assert any(t.subject.value.endswith("#Report") for t in onto)
    status, headers, body = http(f"{endpoint}/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"/sparql" in body and "Content-Security-Policy" in headers
    status, _, body = http(f"{endpoint}/graph.html")
    assert status == 200 and body == (data / "graph.html").read_bytes()
    status, _, body = http(f"{endpoint}/.well-known/void")
    assert status == 200 and body == (data / "void.ttl").read_bytes()
    assert http(f"{endpoint}/nope")[0] == 404
    assert http(f"{endpoint}/sparql", data=b"x", method="PUT")[0] == 405


def test_serve_index_page_puts_no_example_text_in_as_html(monkeypatch):
    import kg.serve

    monkeypatch.setattr(kg.serve, "EXAMPLES", [("</script><script>alert(1)</script>", "SELECT * { ?s ?p '<b>&' }")])
    page = index_page().decode("utf-8")
    assert "<script>alert(1)" not in page and "<b>&" not in page
    blob = page.split('id="example-data" type="application/json">')[1].split("</script>")[0]
    assert json.loads(blob)[0]["label"] == "</script><script>alert(1)</script>"


def test_serve_negotiation():
    assert parse_accept("text/csv;q=0.5, application/sparql-results+json") == ["application/sparql-results+json", "text/csv"]
    assert negotiate(None, "solutions") == ("application/sparql-results+json", "json")
    assert negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "solutions")[1] == "xml"
    assert negotiate("application/json", "graph")[1] == "jsonld"
    assert negotiate("text/*", "graph") == ("text/turtle", "turtle")
    assert negotiate("text/csv", "graph") is None
    assert negotiate("image/png", "solutions", fmt="csv") == ("text/csv", "csv")
    assert negotiate(None, "boolean", fmt="turtle") is None


def test_serve_knows_an_update_when_it_sees_one():
    assert is_update("PREFIX a: <http://x/#INSERT>\nBASE <http://y/> DELETE WHERE { ?s ?p ?o }")
    assert is_update("  # SELECT\n clear all")
    assert not is_update('SELECT * WHERE { ?s ?p "INSERT DATA" } # DROP ALL')
    assert not is_update("PREFIX insert: <http://x/> SELECT * { ?s insert:p ?o }")
    assert not is_update("CONSTRUCT WHERE { ?s ?p ?o }")


def test_serve_command_starts_and_stops_on_ctrl_c(data):
    exe = Path(sys.executable).parent / "kg"
    proc = subprocess.Popen([str(exe), "serve", "--data", str(data), "--port", "0", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert "Serving" in line, line + proc.stderr.read()
        url = line.split(" at ")[1].split("/ ")[0]
        assert url.startswith("http://127.0.0.1:")
        status, _, body = get(url, "ASK { ?r a rkg:Report }")
        assert status == 200 and b"true" in body
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
        assert "Traceback" not in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_serve_says_so_when_the_port_is_taken_or_the_data_missing(data, tmp_path):
    import socket

    from kg.errors import DataError, KgError

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        with pytest.raises(KgError, match="cannot listen on 127.0.0.1:"):
            srv = make_server(ServeConfig(data=data, port=s.getsockname()[1]))
            srv.close()
    with pytest.raises(DataError, match="no such file or folder"):
        make_server(ServeConfig(data=tmp_path / "nope", port=0))
