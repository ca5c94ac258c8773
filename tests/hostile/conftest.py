"""Shared runs of the real CLI on a copy of samples/ (plus a case holding a unique marker sentence).

Every run goes through the guard in tests/hostile/guard/sitecustomize.py: no network, DEBUG
logging to stderr, and a log of any write-mode open of an input file. The runs are started
together (two at a time) and shared by test_no_network.py and test_integrity.py, because each
costs a full start of the checker (rules, lexicon, spaCy tables: ~10 s).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hostile_run import Run, Started, finish_all
from make_inputs import MARKER, SAMPLES, good_docx

GUARD = Path(__file__).parent / "guard"
TODAY = "2026-11-25"


def guard_env(log: Path, inputs: Path | None = None, **extra: str) -> dict[str, str]:
    env = {"PYTHONPATH": str(GUARD), "BBICCHECK_GUARD_LOG": str(log), "BBICCHECK_GUARD_DEBUG_LOG": "1"}
    if inputs is not None:
        env["BBICCHECK_GUARD_INPUTS"] = str(inputs.resolve())
    return env | extra


def tree_hashes(folder: Path) -> dict[str, tuple[str, int]]:
    """sha256 and mtime (ns) of every file under ``folder``, by relative path."""
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@dataclass
class SampleRuns:
    root: Path
    inputs: Path
    log: Path
    before: dict
    after: dict
    runs: dict[str, Run] = field(default_factory=dict)

    def guard_lines(self) -> list[str]:
        return self.log.read_text("utf-8").splitlines() if self.log.exists() else []


RUNS = {
    # name: arguments after "check <inputs>"
    "json_annotate_1": ["--format", "json", "--annotate", "ann1", "--debug"],
    "json_annotate_2": ["--format", "json", "--annotate", "ann2", "--debug"],
    "html": ["--format", "html", "--output", "report.html", "--debug"],
    "caseload_jobs1": ["--report-dir", "rep1", "--jobs", "1", "--debug"],
    "caseload_jobs2": ["--report-dir", "rep2", "--jobs", "2", "--debug"],
}


@pytest.fixture(scope="session")
def sample_runs(tmp_path_factory) -> SampleRuns:
    root = tmp_path_factory.mktemp("samples_runs")
    inputs = root / "arenden"
    shutil.copytree(SAMPLES, inputs, symlinks=True)
    marker_case = inputs / "99_markor"
    marker_case.mkdir()
    good_docx(marker_case / "utredning.docx", [
        "Barnet Tindra är nio år och bor med sin mamma.",
        MARKER,
        "Mamman berättar att Tindra har hög frånvaro i skolan sedan mars 2026.",
    ])
    log = root / "guard.log"
    result = SampleRuns(root, inputs, log, tree_hashes(inputs), {})
    pending = list(RUNS.items())
    while pending:  # two at a time: CI machines have at least two cores
        wave, pending = pending[:2], pending[2:]
        started = [(name, Started(["check", inputs.name, "--today", TODAY, *args], root,
                                  guard_env(log, inputs), name=name)) for name, args in wave]
        result.runs.update(zip((name for name, _ in started), finish_all([run for _, run in started])))
    result.after = tree_hashes(inputs)
    return result


@pytest.fixture(scope="session", autouse=True)
def built_lemma_store():
    """Memory bars are about steady state: the lemma store is built once per machine (its first build
    holds spaCy's whole table in memory for a moment), so build it before any run is measured, in a
    process of its own (this one stays small)."""
    subprocess.run([sys.executable, "-c", "from bbiccheck.lemmas import load_store; load_store()"],
                   check=True, timeout=600)
