"""One case as a unit of work: load, check, redact, write its HTML report, summarise, serialise.

Runs in a worker process (or in-process with --jobs 1). The Checker is built once per worker by
``init_worker`` from picklable data, because the Checker itself holds the spaCy pipeline. The Case and
the HTML are dropped here; only a small ``CaseSummary`` and the report's JSON bytes (its part of
caseload.json, which the parent spools to disk at once) travel back to the parent.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from bbiccheck.caseload.summary import CaseSummary, summarise
from bbiccheck.config import Config
from bbiccheck.engine import GC_THRESHOLDS, Checker
from bbiccheck.files import write_atomic
from bbiccheck.load import CaseSource, shown
from bbiccheck.model import Case, CaseReport, ReadError
from bbiccheck.ruleset import RuleSet


@dataclass(frozen=True)
class Settings:
    """What every case of a run shares; sent once per worker, not once per case."""

    out: Path  # the report folder
    check_date: dt.date
    lang: str
    redact: bool
    debug: bool


@dataclass(frozen=True)
class Job:
    source: CaseSource
    sort_key: tuple[str, str]
    stem: str  # file name stem, unique in the run


_state: tuple[Checker, Settings] | None = None


def init_worker(ruleset: RuleSet, config: Config, select: frozenset[str], settings: Settings) -> None:
    # The validated RuleSet is passed rather than the rule folders: run_caseload only receives the
    # Checker, which does not remember the --rules folders, and re-reading YAML could differ mid-run.
    global _state
    _state = (Checker(ruleset, config, select), settings)
    if multiprocessing.parent_process() is not None:  # a pool worker, not the caller's own process
        # The rules and the spaCy pipeline live as long as the worker: out of the cyclic GC's reach they
        # are not scanned again at every full collection (~15 % of a case's time).
        _state[0].prepare()
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)


def case_html(stem: str, out: Path) -> Path:
    return out / "cases" / f"{stem}.html"


class Checked(NamedTuple):
    summary: CaseSummary
    part: bytes  # the CaseReport as JSON: this case's entry in caseload.json


def run_job(job: Job) -> Checked:
    assert _state is not None, "init_worker was not called"
    checker, settings = _state
    try:
        return check_one(checker, settings, job)
    except Exception as error:  # a bug on one case must not stop the batch
        if settings.debug:
            raise
        return record_failure(settings, job, type(error).__name__)


def check_one(checker: Checker, settings: Settings, job: Job) -> Checked:
    from bbiccheck.report.html import render_html
    from bbiccheck.report.redact import Redactor

    case = checker.load(job.source, settings.lang, settings.debug)
    report = checker.check_case(case, settings.check_date, settings.lang)
    redactor = Redactor.from_case(case) if settings.redact else None
    shown = redactor.report(report) if redactor else report
    # render_html masks through the redactor itself; it gets the original report so offsets stay valid
    html = render_html([(case, report)], settings.check_date, settings.lang, redactor=redactor)
    write_atomic(case_html(job.stem, settings.out), html.encode("utf-8"))
    return checked(shown, job)


def checked(report: CaseReport, job: Job) -> Checked:
    # pydantic's own serialiser: the bytes of json.dumps(model_dump(mode="json"), ensure_ascii=False,
    # separators=(",", ":")) in one pass, without the intermediate dicts
    return Checked(summarise(report, job.sort_key, job.stem), report.model_dump_json().encode("utf-8"))


def failure_message(kind: str, lang: str) -> str:
    if lang == "en":
        return (f"The case could not be checked (internal error: {kind}). The other cases were checked; "
                "run this case alone with --debug and report the problem.")
    return (f"Ärendet kunde inte granskas (internt fel: {kind}). Övriga ärenden granskades; "
            "kör ärendet ensamt med --debug och rapportera felet.")


def record_failure(settings: Settings, job: Job, kind: str) -> Checked:
    """A case that crashed is reported like an unreadable one: an error on the case, no findings.
    Also called by the parent when a worker process died, so it must not need the Checker."""
    from bbiccheck.report.html import render_html

    source = job.source
    message = failure_message(kind, settings.lang)
    path = shown(source.path)
    report = CaseReport(id=source.id, path=path, errors=[ReadError(path=path, message=message)])
    if settings.redact:
        from bbiccheck.report.redact import Redactor

        report = Redactor().report(report)  # no names are known, but personnummer in folder names are masked
    try:
        case = Case(id=report.id, path=report.path, errors=report.errors)
        html = render_html([(case, report)], settings.check_date, settings.lang)
        write_atomic(case_html(job.stem, settings.out), html.encode("utf-8"))
    except Exception:  # noqa: BLE001, S110 - no page then; the dashboard and JSON still list the case
        pass
    return checked(report, job)
