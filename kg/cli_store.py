"""Commands for triple stores: ``kg load`` (into a server), ``kg serve`` (a SPARQL endpoint) and
``kg void`` (rewrite a build's dataset description). Registered on the ``kg`` group in kg/cli.py.

Thin: the work is in kg.load, kg.serve and kg.metadata; errors are KgErrors, which the group
turns into one line.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.argument("path", type=click.Path(path_type=Path), default=Path("output"))
@click.option("--endpoint", required=True, metavar="URL",
              help="The Graph Store Protocol endpoint: http://HOST:7878/store (Oxigraph), "
                   "http://HOST:3030/DATASET/data (Fuseki), …/repositories/REPO/rdf-graphs/service (GraphDB), "
                   "…/sparql-graph-crud-auth (Virtuoso).")
@click.option("--user", help="User name (HTTP Basic, or Digest when the server asks for it).")
@click.option("--password", envvar="KG_PASSWORD", help="Password (or set KG_PASSWORD).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=50_000, show_default=True,
              help="Triples per request; a larger graph is PUT in its first chunk and POSTed in the rest.")
@click.option("--graph", "graph", metavar="IRI", help="Put every triple into this graph (needed for .ttl/.nt files).")
@click.option("--graph-param", help="The query parameter naming the graph (default: graph; graph-uri for Virtuoso).")
@click.option("--void", "with_void", is_flag=True,
              help="Also put the build's void.ttl into the graph https://w3id.org/report-kg/id/graph/void.")
@click.option("--parallel", type=click.IntRange(1, 16), default=2, show_default=True,
              help="Graphs sent at the same time.")
@click.option("--transactional", is_flag=True,
              help="On Oxigraph, make each request one transaction instead of using its bulk loader (slower).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=300.0, show_default=True, help="Seconds per request.")
@click.option("--retries", type=click.IntRange(min=0), default=4, show_default=True,
              help="Retries of a request on transient errors (reset, timeout, 429, 502, 503, 504), with backoff.")
def load(path, endpoint, user, password, chunk_size, graph, graph_param, with_void, parallel, transactional, timeout,
         retries):
    """Load a build (or a graph file) into a triple store over HTTP.

    Each report's named graph is replaced (SPARQL 1.1 Graph Store Protocol PUT), so loading the
    same build twice changes nothing.
    """
    from kg.load import load as run_load

    bar = None
    progress = None
    if sys.stderr.isatty():
        from rich.progress import Progress

        bar = Progress(transient=True)
        task = bar.add_task("loading graphs", total=None)
        bar.start()

        def progress(_iri, _n):
            bar.advance(task)

    try:
        s = run_load(path, endpoint, user=user, password=password, chunk_size=chunk_size, graph=graph,
                     graph_param=graph_param, with_void=with_void, transactional=transactional, parallel=parallel,
                     timeout=timeout, retries=retries,
                     progress=progress)
    finally:
        if bar is not None:
            bar.stop()
    n = len(s.graphs)
    click.echo(f"Loaded {n} graph{'s' if n != 1 else ''}, {s.triples:,} triples into {s.endpoint} "
               f"in {s.seconds:.1f} s ({s.requests} request{'s' if s.requests != 1 else ''})")
    for note in s.notes:
        click.echo(f"  note: {note}")


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="A build folder or a graph file (.trig, .ttl, .nt, .nq, .jsonld).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0.01), default=10.0, show_default=True,
              help="Seconds a query may run; a longer one is stopped and answered with 503.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Most rows (or triples) in an answer; a longer one is cut (header X-KG-Truncated).")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Query worker processes (queries that can run at once).")
@click.option("--quiet", "-q", is_flag=True, help="Do not log requests.")
def serve(data, host, port, timeout, max_rows, workers, quiet):
    """Serve a build as a read-only SPARQL endpoint (SPARQL 1.1 Protocol at /sparql).

    Also / (a query page), /graph.html, /ontology and /void. Stop with Ctrl-C.
    """
    import signal

    from kg.serve import ServeConfig, make_server

    def log(line: str) -> None:
        click.echo(line, err=True)

    srv = make_server(ServeConfig(data=data, host=host, port=port, timeout=timeout, max_rows=max_rows,
                                  workers=workers), log=None if quiet else log)

    def stop(_signum, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started with SIGINT ignored
    click.echo(f"Serving {data} at {srv.url}/ (SPARQL: {srv.url}/sparql); Ctrl-C to stop")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"note: listening on {host}, not only on this machine", err=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopping.")
    finally:
        srv.close()


@click.command()
@click.argument("path", type=click.Path(path_type=Path, file_okay=False), default=Path("output"))
@click.option("--build-time", metavar="TIME",
              help="Record this build time: now, seconds since 1970, or ISO 8601 (default: SOURCE_DATE_EPOCH "
                   "if set, else no time, so the file stays byte-for-byte reproducible).")
def void(path, build_time):
    """(Re)write void.ttl, the VoID/DCAT description of a build, from its graph."""
    from kg.metadata import build_time_from_env, parse_build_time, write_void

    when = parse_build_time(build_time) if build_time else build_time_from_env()
    out = write_void(path, build_time=when)
    click.echo(f"Wrote {out}" + (f" (build time {when.isoformat()})" if when else ""))
