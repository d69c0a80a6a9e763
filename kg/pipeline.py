"""Compose the stages: sources → documents → skeletons (→ extraction stages) → dataset → files."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import RDF, Dataset

from kg import graph
from kg.errors import InputError, KgError
from kg.extract import add_entities, extract_entities
from kg.components.places import add_places
from kg.components.projects import add_programme_project_facts
from kg.network import add_comentions
from kg.graph import ReportGraph, ReportResult, build_dataset
from kg.metadata import void_for_build
from kg.observations import add_observations, extract_observations, observations_csv
from kg.read import READERS, Document, read_path
from kg.skeleton import build_skeleton

BUNDLED_REPORT = Path(__file__).resolve().parent / "data" / "reports" / "zhejiang-2025.md"

#: extraction stages run on every report after the skeleton, in order (entities, figures, …)
STAGES: list[Callable[[ReportResult], None]] = [extract_entities, extract_observations]

#: what turns a report into triples, in order
CONTRIBUTORS: list[Callable[[ReportGraph], None]] = [*graph.CONTRIBUTORS, add_entities, add_observations,
                                                   add_places, add_comentions, add_programme_project_facts]


def process(
    doc: Document,
    *,
    year: int | None = None,
    region: str | None = None,
    title: str | None = None,
) -> ReportResult:
    skel = build_skeleton(doc, year=year, region=region, title=title)
    result = ReportResult(doc, skel)
    for stage in STAGES:
        stage(result)
    return result


def collect_sources(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders expand to the report files directly inside them, sorted."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
        if p.is_dir():
            found = sorted(
                f for f in p.iterdir() if f.is_file() and not f.name.startswith(".") and f.suffix.lower() in READERS
            )
            if not found:
                known = ", ".join(sorted(READERS))
                raise InputError(f"{p}: no report files in this folder (looked for {known})")
            out.extend(found)
        else:
            out.append(p)
    return out


@dataclass
class BuildSummary:
    out_dir: Path
    reports: list[tuple[str, str, Path]] = field(default_factory=list)  # (id, title, source)
    failures: list[tuple[Path, str]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def _read_one(src: Path, options: dict) -> tuple[ReportResult | None, str | None]:
    """Read and process one source: (result, None), or (None, the error's message)."""
    try:
        doc = read_path(src, encoding=options.get("encoding"))
        return process(doc, year=options.get("year"), region=options.get("region"), title=options.get("title")), None
    except KgError as e:
        return None, str(e)


def _warm_up() -> None:
    """Load the spaCy pipeline, the lexicons and the division table by processing a short text."""
    from kg.read import read_bytes

    text = "政府工作报告\n\n一、2024年工作回顾\n\n推进杭甬高铁建设，地区生产总值增长5.5%。\n"
    process(read_bytes(text.encode("utf-8"), name="warm-up-2025.txt"))


def _fork_context():
    """The ``fork`` start method where the platform has it (workers then share what the parent
    loaded), else None."""
    import multiprocessing

    return multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


def _outcomes(sources: list[Path], options: dict, jobs: int, progress: Callable[[Path], None] | None):
    """(source, result, error) for every source, in the sources' order whatever ``jobs`` is."""
    if jobs <= 1 or len(sources) <= 1:
        for src in sources:
            res, err = _read_one(src, options)
            if progress:
                progress(src)
            yield src, res, err
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed

    context = _fork_context()
    if context is not None:
        _warm_up()  # the workers start with the pipeline and its tables loaded
    done: dict[int, tuple[ReportResult | None, str | None]] = {}
    with ProcessPoolExecutor(max_workers=min(jobs, len(sources)), mp_context=context) as pool:
        futures = {pool.submit(_read_one, src, options): k for k, src in enumerate(sources)}
        for fut in as_completed(futures):
            done[futures[fut]] = fut.result()
            if progress:
                progress(sources[futures[fut]])
    for k, src in enumerate(sources):
        yield (src, *done[k])


def read_and_process(
    sources: list[Path],
    *,
    year: int | None = None,
    region: str | None = None,
    title: str | None = None,
    encoding: str | None = None,
    progress: Callable[[Path], None] | None = None,
    jobs: int = 1,
) -> tuple[list[ReportResult], list[tuple[Path, str]]]:
    """Read and process the sources, ``jobs`` at a time in worker processes (the reports are
    independent); results come back in the sources' order, so the build is the same for any
    ``jobs``."""
    results: list[ReportResult] = []
    failures: list[tuple[Path, str]] = []
    seen: dict[str, Path] = {}
    options = {"year": year, "region": region, "title": title, "encoding": encoding}
    for src, res, err in _outcomes(sources, options, jobs, progress):
        if err is not None:
            failures.append((src, err))
        elif res.report_id in seen:
            failures.append((src, f"{src}: gives report id {res.report_id!r}, as does {seen[res.report_id]} "
                                  "(build them separately, or give --year/--region)"))
        else:
            seen[res.report_id] = src
            results.append(res)
    return results, failures


def class_counts(ds: Dataset) -> dict[str, int]:
    from kg.ontology import RKG

    counts: dict[str, set] = {}
    for g in ds.graphs():
        for s, o in g.subject_objects(RDF.type):
            if o in RKG:
                counts.setdefault(str(o).rsplit("#", 1)[-1], set()).add(s)
    return {k: len(v) for k, v in sorted(counts.items())}


#: the writers of one build, set before worker processes are forked (they inherit it)
_WRITE_TASKS: list[tuple[Path, Callable[[], bytes | None]]] = []


def _write_task(k: int) -> bool:
    """Run writer ``k`` of :data:`_WRITE_TASKS`: write its file atomically; False when it has none."""
    from kg import write

    path, render = _WRITE_TASKS[k]
    data = render()
    if data is None:
        return False
    write.atomic_write(path, data)
    return True


def write_outputs(ds: Dataset, results: list[ReportResult], out_dir: Path, jobs: int = 1) -> list[Path]:
    """Write every output file; with ``jobs`` > 1 the files are rendered and written by forked
    worker processes that share the finished dataset (the bytes are the same)."""
    from kg import write
    from kg.viz import render_html

    title = results[0].skeleton.title if len(results) == 1 else f"report-kg: {len(results)} reports"
    tasks: list[tuple[Path, Callable[[], bytes | None]]] = [
        *((out_dir / name, lambda fn=fn: fn(ds)) for name, fn in write.FORMATS.items()),
        *((out_dir / name, lambda fn=fn: fn(ds, results)) for name, fn in EXTRA_OUTPUTS),
        (out_dir / "graph.html", lambda: render_html(ds, title=title)),
    ]
    global _WRITE_TASKS
    _WRITE_TASKS = tasks
    try:
        context = _fork_context() if jobs > 1 else None
        if context is not None:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context) as pool:
                # the slowest first, so that two workers finish together
                order = sorted(range(len(tasks)), key=lambda k: tasks[k][0].suffix not in (".jsonld", ".html", ".ttl"))
                done = dict(zip(order, pool.map(_write_task, order)))
        else:
            done = {k: _write_task(k) for k in range(len(tasks))}
    finally:
        _WRITE_TASKS = []
    return [tasks[k][0] for k in range(len(tasks)) if done[k]]


#: further files a build writes: (file name, fn(dataset, results) -> bytes | None)
EXTRA_OUTPUTS: list[tuple[str, Callable[[Dataset, list[ReportResult]], bytes | None]]] = [
    ("void.ttl", void_for_build),  # kg.metadata: VoID/DCAT description of the build
    ("observations.csv", observations_csv),  # kg.observations: one row per observation
]


def build(
    sources: list[Path],
    out_dir: Path,
    *,
    year: int | None = None,
    region: str | None = None,
    title: str | None = None,
    encoding: str | None = None,
    progress: Callable[[Path], None] | None = None,
    jobs: int = 1,
) -> BuildSummary:
    """Build the graph of ``sources`` into ``out_dir``; ``jobs`` worker processes at a time (0: one
    per CPU), with the same output for any number."""
    t0 = time.perf_counter()
    if jobs == 0:
        import os

        jobs = os.cpu_count() or 1
    results, failures = read_and_process(
        sources, year=year, region=region, title=title, encoding=encoding, progress=progress, jobs=jobs
    )
    summary = BuildSummary(out_dir=out_dir, failures=failures)
    if not results:
        if len(failures) == 1:
            raise InputError(failures[0][1])
        reasons = "; ".join(msg if str(src) in msg else f"{src}: {msg}" for src, msg in failures)
        raise InputError(f"none of the {len(sources)} sources could be built, nothing was written: {reasons}")
    ds = build_dataset(results, CONTRIBUTORS)
    summary.files = write_outputs(ds, results, out_dir, jobs=jobs)
    summary.reports = [(r.report_id, r.skeleton.title, Path(r.doc.source.path)) for r in results]
    summary.counts = class_counts(ds)
    summary.triples = sum(len(g) for g in ds.graphs())
    summary.seconds = time.perf_counter() - t0
    return summary
