"""void.ttl: the VoID/DCAT description a build writes beside its graph."""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime, timezone

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from helpers import BUNDLED
from kg.cli import cli
from kg.errors import InputError
from kg.metadata import build_time_from_env, parse_build_time, void_for_path

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
RKG = "https://w3id.org/report-kg/ontology#"


@pytest.fixture(scope="module")
def void(built):
    out, _ = built
    store = ox.Store()
    store.load(path=str(out / "void.ttl"), format=ox.RdfFormat.TURTLE)
    graph = ox.Store()
    graph.load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    return out, store, graph


def one(store, query):
    rows = list(store.query(query))
    assert len(rows) == 1, rows
    return rows[0]


def test_metadata_counts_match_the_graph(void):
    _, meta, graph = void
    g = one(graph, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    row = one(meta, f"SELECT ?n WHERE {{ ?d <{VOID}subset> <{g['g'].value}> . <{g['g'].value}> <{VOID}triples> ?n }}")
    assert int(row["n"].value) == int(g["n"].value)
    areas = one(graph, f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{ ?a a <{RKG}PolicyArea> }} }}")
    part = one(meta, f"SELECT ?n WHERE {{ <{g['g'].value}> <{VOID}classPartition> ?p . "
                     f"?p <{VOID}class> <{RKG}PolicyArea> ; <{VOID}entities> ?n }}")
    assert int(part["n"].value) == int(areas["n"].value) > 0
    subjects = one(graph, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o FILTER(isIRI(?s)) } }")
    ents = one(meta, f"SELECT ?n WHERE {{ <{g['g'].value}> <{VOID}entities> ?n }}")
    assert ents["n"].value == subjects["n"].value


def test_metadata_records_the_source_and_its_sha256(void):
    _, meta, _ = void
    sha = hashlib.sha256(BUNDLED.read_bytes()).hexdigest()
    row = one(meta, "SELECT ?title ?value WHERE { ?src <http://purl.org/dc/terms/title> ?title ; "
                    "<http://spdx.org/rdf/terms#checksum>/<http://spdx.org/rdf/terms#checksumValue> ?value . "
                    "?act <http://www.w3.org/ns/prov#used> ?src }")
    assert row["value"].value == sha and row["title"].value == BUNDLED.name


def test_metadata_lists_each_output_file_with_its_media_type(void):
    _, meta, _ = void
    rows = {r["t"].value: r["m"].value for r in meta.query(
        f"SELECT ?t ?m WHERE {{ ?d <{DCAT}distribution> ?x . ?x <http://purl.org/dc/terms/title> ?t ; <{DCAT}mediaType> ?m }}")}
    want = {"graph.ttl": "text/turtle", "graph.trig": "application/trig", "graph.nt": "application/n-triples",
            "graph.jsonld": "application/ld+json", "graph.html": "text/html"}
    for name, media in want.items():
        assert rows[name].endswith("/" + media), name
    assert "void.ttl" not in rows


def test_metadata_has_no_blank_nodes_and_no_time_by_default(void):
    out, meta, _ = void
    assert not [q for q in meta if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)]
    assert b"dateTime" not in (out / "void.ttl").read_bytes()


def test_metadata_is_the_same_read_back_from_the_graph(built):
    out, _ = built
    assert void_for_path(out) == (out / "void.ttl").read_bytes()


def test_metadata_build_time_only_when_asked(built, tmp_path, monkeypatch):
    out, _ = built
    copy = tmp_path / "b"
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns("store"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1741136400")
    res = CliRunner().invoke(cli, ["void", str(copy)])
    assert res.exit_code == 0, res.output
    text = (copy / "void.ttl").read_text(encoding="utf-8")
    assert '"2025-03-05T01:00:00Z"^^xsd:dateTime' in text
    res = CliRunner().invoke(cli, ["void", str(copy), "--build-time", "2025-03-05T09:00:00+08:00"])
    assert (copy / "void.ttl").read_text(encoding="utf-8") == text
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    CliRunner().invoke(cli, ["void", str(copy)])
    assert (copy / "void.ttl").read_bytes() == (out / "void.ttl").read_bytes()


def test_metadata_parses_times():
    assert parse_build_time("0") == datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert parse_build_time("2025-03-05 09:00") == datetime(2025, 3, 5, 9, tzinfo=timezone.utc)
    assert parse_build_time("now").tzinfo is not None
    with pytest.raises(InputError):
        parse_build_time("yesterday")
    with pytest.raises(InputError):
        build_time_from_env({"SOURCE_DATE_EPOCH": "soon"})
    assert build_time_from_env({}) is None
