"""The ``kg`` command: thin click commands over the library. The only place that prints or exits.

Library errors (:class:`kg.errors.KgError`) become one line on stderr and exit status 1;
tracebacks only with ``--verbose``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError

CONTEXT = {"help_option_names": ["-h", "--help"]}


class KgGroup(click.Group):
    def invoke(self, ctx: click.Context):
        verbose = bool(ctx.params.get("verbose"))
        try:
            return super().invoke(ctx)
        except KgError as e:
            if verbose:
                raise
            raise click.ClickException(str(e)) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except BrokenPipeError:
            sys.exit(0)
        except Exception as e:  # a bug: say so in one line, keep the traceback for --verbose
            if verbose:
                raise
            raise click.ClickException(
                f"internal error: {type(e).__name__}: {e} (run `kg --verbose …` for the traceback)"
            ) from None


@click.group(cls=KgGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="kg")
@click.option("--verbose", "-v", is_flag=True, help="Show tracebacks and details of what was repaired.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Turn Chinese government work reports (政府工作报告) into knowledge graphs."""
    ctx.obj = {"verbose": verbose}


# --------------------------------------------------------------------------- build


def _size(p: Path) -> str:
    n = p.stat().st_size
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Folder to write the graph files into.")
@click.option("--year", type=int, help="The report's year, when it cannot be read from the text.")
@click.option("--region", help="The issuing region: an adcode (330000) or a name (浙江); 'national' for the State Council.")
@click.option("--title", help="The report's title (default: made from region and year).")
@click.option("--encoding", help="Decode text files with this encoding instead of detecting it.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Reports to read at once, in worker processes (0: one per CPU). The output is the same for any number.")
@click.pass_context
def build(ctx, sources, out_dir, year, region, title, encoding, jobs):
    """Build the knowledge graph of one or more reports.

    SOURCES are report files (.md, .txt, …) or folders of them. With none, the bundled
    Zhejiang 2025 report is built. Writes graph.ttl, graph.trig (one named graph per report),
    graph.nt, graph.jsonld and graph.html into --out.
    """
    from kg.pipeline import BUNDLED_REPORT, build as run_build, collect_sources

    paths = collect_sources(sources) if sources else [BUNDLED_REPORT]
    if len(paths) > 1 and (year or region or title):
        raise click.UsageError("--year, --region and --title apply to a single report")
    progress = None
    bar = None
    if len(paths) > 1 and sys.stderr.isatty():
        from rich.progress import Progress

        bar = Progress(transient=True)
        task = bar.add_task("reading reports", total=len(paths))
        bar.start()

        def progress(_p):
            bar.advance(task)

    try:
        summary = run_build(paths, out_dir, year=year, region=region, title=title, encoding=encoding,
                            progress=progress, jobs=jobs)
    finally:
        if bar is not None:
            bar.stop()
    n = len(summary.reports)
    click.echo(f"Built {n} report{'s' if n != 1 else ''} in {summary.seconds:.1f} s: {summary.triples:,} triples")
    for rid, rtitle, src in summary.reports:
        click.echo(f"  {rid:<16} {rtitle}  ({src.name})")
    click.echo("Counts: " + ", ".join(f"{k} {v:,}" for k, v in summary.counts.items()))
    click.echo(f"Files in {out_dir}/:")
    for f in summary.files:
        click.echo(f"  {f.name:<20} {_size(f):>9}")
    if summary.failures:
        click.echo(f"{len(summary.failures)} source(s) failed:", err=True)
        for src, msg in summary.failures:
            click.echo(f"  {msg}" if str(src) in msg else f"  {src}: {msg}", err=True)
        ctx.exit(1)


# --------------------------------------------------------------------------- query


@cli.command()
@click.argument("sparql")
@click.option("--data", "data", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="A build folder or a graph file (.trig, .ttl, .nt, .nq, .jsonld).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="json is SPARQL 1.1 Query Results JSON; csv the SPARQL CSV format.")
def query(sparql, data, fmt):
    """Run a SPARQL query over a build (the default graph is the union of all reports).

    SPARQL is the query text, or @FILE to read it from a file (@- for stdin). The prefixes rkg:,
    rdfs:, skos:, nif:, dcterms:, geo:, xsd: and others are predeclared.
    """
    from kg.errors import InputError
    from kg.store import format_results, run_query

    if sparql.startswith("@"):
        src = sparql[1:]
        try:
            sparql = sys.stdin.read() if src == "-" else Path(src).read_text(encoding="utf-8")
        except OSError as e:
            raise InputError(f"{src}: cannot read the query file ({e.strerror})") from None
    from kg.load import open_local  # a build folder's persistent store (issue 5), else in memory

    store = open_local(data)
    out = format_results(run_query(store, sparql), fmt)
    click.echo(out, nl=not out.endswith("\n"))


# --------------------------------------------------------------------------- validate


@cli.command()
@click.argument("path", type=click.Path(path_type=Path), default=Path("output"))
def validate(path):
    """Check a graph against the SHACL shapes (ontology/shapes.ttl).

    Exit 0 when it conforms; 1 with the violations when it does not.
    """
    from kg.validate import validate_path

    rep = validate_path(path)
    if rep.conforms:
        click.echo(f"{path}: conforms to the shapes")
        return
    click.echo(rep.text)
    raise click.ClickException(f"{path}: {rep.violations} violation(s) of the shapes")


from kg import cli_store  # noqa: E402  (issue 5: kg load, kg serve, kg void)

cli.add_command(cli_store.load), cli.add_command(cli_store.serve), cli.add_command(cli_store.void)
from kg import cli_eval  # noqa: E402  (issue 3: kg eval)
cli.add_command(cli_eval.eval_cmd)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
