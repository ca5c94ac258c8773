"""Caseload review: every case of a caseload checked in parallel, streamed to per-case reports, then
caseload.json, findings.csv and the supervisor's dashboard (index.html) in the report folder.

Layout of OUT:
  index.html        dashboard (links into cases/)
  cases/<id>.html   one HTML report per case
  caseload.json     the JSON report of every case plus a ``summary`` object
  findings.csv      one row per finding, for Excel
Memory stays flat: a worker writes its case's HTML at once and returns a few hundred bytes of summary
and the case's JSON, which the parent appends to one unnamed temporary file (a file per case cost
more to delete than to write on some disks); the aggregate files are then streamed from it in
case-id order, so reruns (also after an interrupted run) give the same bytes whatever order the
workers finished in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bbiccheck.caseload.summary import CaseSummary
from bbiccheck.caseload.worker import (
    Checked,
    Job,
    Settings,
    case_html,
    init_worker,
    record_failure,
    run_job,
)
from bbiccheck.load import discover
from bbiccheck.report.themes import THEMES

if TYPE_CHECKING:
    from bbiccheck.engine import Checker

_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass
class CaseloadSummary:
    """What the CLI needs for its exit code, plus figures for callers and tests."""

    cases: int = 0
    findings: int = 0
    unreadable: int = 0  # files (and crashed cases) that could not be checked
    worst_severities: set[str] = field(default_factory=set)
    report_dir: Path | None = None


def file_stems(ids_paths: Iterable[tuple[str, str]], redact: bool) -> Iterator[str]:
    """A file name per case, unique even on case-insensitive file systems.

    With --redact a folder named after the child must not reappear as a file name, so the name is a
    hash of the case path instead: stable between runs, but saying nothing about the family."""
    used: set[str] = set()
    for case_id, path in ids_paths:
        if redact:
            stem = "arende-" + hashlib.sha256(path.encode("utf-8")).hexdigest()[:12]
        else:
            stem = _UNSAFE.sub("_", case_id).strip("._")[:80] or "arende"
        unique, n = stem, 1
        while unique.lower() in used:
            n += 1
            unique = f"{stem}-{n}"
        used.add(unique.lower())
        yield unique


def caseload_summary(summaries: list[CaseSummary]) -> dict:
    """The ``summary`` object of caseload.json."""
    severities, categories, themes = Counter(), Counter(), Counter()
    for s in summaries:
        severities.update(s.severities)
        categories.update(s.categories)
        themes.update(s.themes)
    return {
        "cases": len(summaries),
        "documents": sum(s.documents for s in summaries),
        "findings": sum(severities.values()),
        "severities": {k: severities[k] for k in ("error", "warning", "info")},
        "categories": dict(sorted(categories.items())),
        "themes": {k: themes[k] for k in THEMES},
        "unreadable_files": sum(len(s.errors) for s in summaries),
        "cases_with_unreadable_files": sum(1 for s in summaries if s.errors),
        "cases_overdue": sum(1 for s in summaries if s.tier == 0),
        "cases_approaching": sum(1 for s in summaries if s.tier == 1),
        "cases_with_limits_met_late": sum(1 for s in summaries if s.late_days is not None),
    }


def _progress(total: int):
    """A rich progress bar on an interactive terminal only: logs and CI stay clean."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    progress = Progress(TextColumn("[bold]bbiccheck[/]"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=Console(stderr=True), transient=True)
    progress.add_task("cases", total=total)
    return progress


def run_caseload(checker: Checker, paths: Iterable[Path], report_dir: Path, check_date: dt.date, *,
                 lang: str = "sv", jobs: int | None = None, redact: bool = False, baseline: Path | None = None,
                 debug: bool = False) -> CaseloadSummary:
    from bbiccheck.caseload.outputs import write_aggregates
    from bbiccheck.caseload.pool import run_in_process, run_pool
    from bbiccheck.files import write_atomic
    from bbiccheck.report.dashboard import render_dashboard

    report_dir = Path(report_dir)
    settings = Settings(report_dir, check_date, lang, redact, debug)
    sources = [s for path in paths for s in discover(Path(path))]
    keys = [(s.id, str(s.path)) for s in sources]
    job_list = [Job(s, key, stem) for s, key, stem in zip(sources, keys, file_stems(keys, redact))]
    del sources
    workers = jobs or os.cpu_count() or 1
    initargs = (checker.ruleset, checker.config, checker.select, settings)

    def crashed(job: Job, error: BaseException) -> Checked:
        return record_failure(settings, job, type(error).__name__)

    if workers == 1 or len(job_list) <= 1:
        results = run_in_process(job_list, run_job, init_worker, initargs)
    else:
        results = run_pool(job_list, run_job, init_worker, initargs, min(workers, len(job_list)), crashed, debug)
    report_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=report_dir, prefix=".parts-") as spool:
        summaries: list[CaseSummary] = []
        spans: dict[str, tuple[int, int]] = {}  # stem -> where its JSON lies in the spool
        progress = _progress(len(job_list))
        if progress:
            progress.start()
        try:
            for _job, (summary, part) in results:
                spans[summary.stem] = (spool.tell(), len(part))
                spool.write(part)
                summaries.append(summary)
                if progress:
                    progress.advance(progress.task_ids[0])
        finally:
            if progress:
                progress.stop()
        del job_list

        summaries.sort(key=lambda s: s.sort_key)
        new_index: dict = {}
        on_case = None
        if baseline is not None:
            from bbiccheck.compare import finding_refs

            def on_case(case: dict) -> None:
                new_index.setdefault(case["id"], []).extend(finding_refs(case))

        write_aggregates(report_dir, _read_spans(spool, (spans[s.stem] for s in summaries)), check_date.isoformat(),
                         lang, caseload_summary(summaries), on_case)
    comparison = None
    if baseline is not None:
        from bbiccheck.compare import compare_index, index_cases

        old = json.loads(Path(baseline).read_text(encoding="utf-8"))
        comparison = compare_index(index_cases(old.get("cases", [])), new_index, old.get("check_date"),
                                   check_date.isoformat())
        del old
    html = render_dashboard(summaries, check_date, lang, comparison, redacted=redact)
    write_atomic(report_dir / "index.html", html.encode("utf-8"))
    _remove_stale_case_reports(report_dir, {s.stem for s in summaries})

    severities = Counter()
    for s in summaries:
        severities.update(s.severities)
    return CaseloadSummary(cases=len(summaries), findings=sum(severities.values()),
                           unreadable=sum(len(s.errors) for s in summaries),
                           worst_severities={k for k, n in severities.items() if n}, report_dir=report_dir)


def _remove_stale_case_reports(report_dir: Path, stems: set[str]) -> None:
    """A case report from an earlier run into the same folder whose case is gone (closed, moved, or now
    named differently with --redact) would linger with a child's details and no link to it."""
    current = {case_html(stem, report_dir) for stem in stems}
    for page in report_dir.glob(str(case_html("*", Path()))):
        if page not in current:
            page.unlink(missing_ok=True)


def _read_spans(spool, spans: Iterable[tuple[int, int]]) -> Iterator[bytes]:
    for offset, length in spans:
        spool.seek(offset)
        yield spool.read(length)
