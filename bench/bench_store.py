"""Benchmarks of the triple-store side (not a test): loading and serving the whole corpus.

    .venv/bin/python bench/bench_store.py                 # builds the corpus first (a few minutes)
    .venv/bin/python bench/bench_store.py --build DIR     # reuse a build of the corpus
    .venv/bin/python bench/bench_store.py --keep DIR      # build into DIR and keep it

1. Builds all 50 national reports and the bundled one into a temporary folder, once.
2. Load: ``oxigraph load`` of the same quads (N-Quads) into a fresh store, against ``kg load`` of
   the build into a fresh ``oxigraph serve`` (both as commands, start-up included; the server is
   started before the clock). Aim: kg load <= 2x oxigraph load.
3. Serve: median latency of the query page's example queries (and a few more) against
   ``kg serve`` on the corpus build, over HTTP. Aim: < 50 ms.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen | None = None, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            if (proc is not None and proc.poll() is not None) or time.monotonic() > deadline:
                raise SystemExit(f"{url} did not come up")
            time.sleep(0.05)


def build_corpus(out: Path) -> float:
    t0 = time.perf_counter()
    sources = [str(ROOT / "corpus" / "national"), str(ROOT / "kg" / "data" / "reports" / "zhejiang-2025.md")]
    subprocess.run([str(BIN / "kg"), "build", *sources, "--out", str(out)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def count_on(base: str) -> int:
    q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    req = urllib.request.Request(f"{base}/query?{q}", headers={"Accept": "text/csv"})
    return int(urllib.request.urlopen(req, timeout=60).read().decode().split()[1])


def time_oxigraph_load(nq: Path, tmp: Path, runs: int) -> list[float]:
    times = []
    for i in range(runs):
        loc = tmp / f"oxload-{i}"
        t0 = time.perf_counter()
        subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(loc), "--file", str(nq)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return times


def time_kg_load(build: Path, tmp: Path, runs: int, extra: list[str], expect: int) -> list[float]:
    times = []
    for i in range(runs):
        port = free_port()
        proc = subprocess.Popen([str(BIN / "oxigraph"), "serve", "--location", str(tmp / f"oxserve-{'-'.join(extra)}-{i}"),
                                 "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base + "/query?query=ASK%7B%7D", proc)
            t0 = time.perf_counter()
            subprocess.run([str(BIN / "kg"), "load", str(build), "--endpoint", base + "/store", *extra], check=True,
                           stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - t0)
            got = count_on(base)
            if got != expect:
                raise SystemExit(f"kg load left {got} quads on the server, not {expect}")
        finally:
            proc.terminate()
            proc.wait(30)
    return times


QUERIES = {
    "count per graph": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "reports by year": "SELECT ?r ?t ?y WHERE { ?r a rkg:Report ; dcterms:title ?t ; rkg:year ?y } ORDER BY ?y",
    "areas of 2017": "SELECT ?t WHERE { ?a a rkg:PolicyArea ; rkg:title ?t ; "
                     "rkg:inReport <https://w3id.org/report-kg/id/report/national-2017> }",
    "sentences with 改革 (20)": "SELECT ?s WHERE { ?s a rkg:Sentence ; nif:anchorOf ?x . FILTER(CONTAINS(?x, \"改革\")) } LIMIT 20",
    "ASK a report of 1954": "ASK { ?r a rkg:Report ; rkg:year 1954 }",
    "CONSTRUCT one report": "CONSTRUCT { ?r ?p ?o } WHERE { ?r a rkg:Report ; ?p ?o ; rkg:year 2024 }",
}


def bench_serve(build: Path, repeats: int) -> list[tuple[str, float, float, int]]:
    from kg.serve import EXAMPLES, ServeConfig, make_server

    srv = make_server(ServeConfig(data=build, port=0, timeout=30, max_rows=10_000, workers=2))
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    rows = []
    try:
        queries = dict(QUERIES)
        for label, q in EXAMPLES:
            queries.setdefault("page: " + label, q)
        for label, q in queries.items():
            url = f"{srv.url}/sparql?" + urllib.parse.urlencode({"query": q})
            lat = []
            size = 0
            for _ in range(repeats):
                t0 = time.perf_counter()
                with urllib.request.urlopen(url, timeout=60) as r:
                    size = len(r.read())
                lat.append((time.perf_counter() - t0) * 1000)
            rows.append((label, statistics.median(lat), min(lat), size))
    finally:
        srv.shutdown()
        srv.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", type=Path, help="an existing build of the corpus to use")
    ap.add_argument("--keep", type=Path, help="build into this folder (and keep it)")
    ap.add_argument("--runs", type=int, default=3, help="load runs of each kind (median reported)")
    ap.add_argument("--repeats", type=int, default=20, help="requests per query")
    args = ap.parse_args()

    import pyoxigraph as ox

    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmpname:
        tmp = Path(tmpname)
        if args.build:
            build = args.build
            print(f"build: reusing {build}")
        else:
            build = args.keep or tmp / "build"
            print(f"build: {build_corpus(build):.1f} s for the corpus (50 national reports + the bundled one)")
        quads = list(ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG))
        nq = tmp / "graph.nq"
        ox.serialize(quads, str(nq), format=ox.RdfFormat.N_QUADS)
        graphs = len({q.graph_name for q in quads})
        print(f"data: {len(quads):,} quads in {graphs} named graphs; graph.trig {build.joinpath('graph.trig').stat().st_size / 1e6:.1f} MB, "
              f"graph.nq {nq.stat().st_size / 1e6:.1f} MB")

        ox_t = time_oxigraph_load(nq, tmp, args.runs)
        kg_t = time_kg_load(build, tmp, args.runs, [], len(quads))
        kg_tx = time_kg_load(build, tmp, args.runs, ["--transactional"], len(quads))
        ox_m, kg_m, kg_txm = statistics.median(ox_t), statistics.median(kg_t), statistics.median(kg_tx)
        print()
        print(f"{'load (median of ' + str(args.runs) + ')':<44} {'seconds':>8} {'vs oxigraph load':>17}")
        print(f"{'oxigraph load --file graph.nq':<44} {ox_m:>8.2f} {1.0:>16.2f}x")
        print(f"{'kg load (bulk loader, no_transaction)':<44} {kg_m:>8.2f} {kg_m / ox_m:>16.2f}x")
        print(f"{'kg load --transactional':<44} {kg_txm:>8.2f} {kg_txm / ox_m:>16.2f}x")
        print(f"aim: kg load <= 2x oxigraph load: {'met' if kg_m <= 2 * ox_m else 'NOT met'}")

        t0 = time.perf_counter()
        from kg.load import ensure_store

        ensure_store(build)
        print(f"\nlocal store: ready in {time.perf_counter() - t0:.2f} s (made once, then reused)")
        rows = bench_serve(build, args.repeats)
        print(f"\n{'kg serve query (' + str(args.repeats) + ' requests each)':<52} {'median ms':>10} {'min ms':>8} {'bytes':>9}")
        for label, med, best, size in rows:
            print(f"{label[:52]:<52} {med:>10.1f} {best:>8.1f} {size:>9,}")
        overall = statistics.median([r[1] for r in rows])
        print(f"median of the medians: {overall:.1f} ms; aim < 50 ms: {'met' if overall < 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
