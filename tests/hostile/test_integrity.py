"""Nothing lost or changed: originals are only read, outputs appear whole or not at all, and the
same input, rules and check date give the same bytes.

The CLI runs come from the ``sample_runs`` fixture (conftest.py): a copy of samples/ checked with
--annotate (twice), --format html, and --report-dir with --jobs 1 and --jobs 2.
"""

from __future__ import annotations

import json
import pathlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TODAY, guard_env
from make_inputs import SAMPLES

from bbiccheck.cli import main

# --------------------------------------------------------------------------------------------
# Originals


def test_originals_unchanged_after_annotate_and_report_dir(sample_runs):
    assert sample_runs.before, "no input files were hashed"
    assert sample_runs.after == sample_runs.before  # same files, same bytes, same mtimes, nothing added


def test_originals_are_never_opened_for_writing(sample_runs):
    """The audit hook of the guard logs every write-mode open under the input folder, in every process."""
    assert [line for line in sample_runs.guard_lines() if line.startswith("write-open ")] == []
    assert (sample_runs.root / "ann1").is_dir()  # the runs did write: their outputs, elsewhere


def test_write_open_detector_works(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.docx").write_bytes(b"x")
    log = tmp_path / "guard.log"
    code = f"open({str(inputs / 'a.docx')!r}, 'rb').close(); open({str(inputs / 'a.docx')!r}, 'r+b').close()"
    subprocess.run([sys.executable, "-c", code], env=guard_env(log, inputs), check=True, timeout=60)
    assert [line for line in log.read_text().splitlines() if line.startswith("write-open ")] == [
        f"write-open {inputs.resolve() / 'a.docx'}"]


# --------------------------------------------------------------------------------------------
# Determinism


def test_same_input_gives_byte_identical_json(sample_runs):
    first, second = sample_runs.runs["json_annotate_1"], sample_runs.runs["json_annotate_2"]
    assert first.stdout and json.loads(first.stdout)["cases"]
    assert first.stdout == second.stdout


def test_caseload_outputs_identical_with_one_and_two_jobs(sample_runs):
    one, two = sample_runs.root / "rep1", sample_runs.root / "rep2"
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert {"caseload.json", "findings.csv", "index.html"} <= {str(f) for f in files}
    assert len([f for f in files if str(f).startswith("cases")]) == 8  # 7 samples + the marker case
    assert files == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    for f in files:
        assert (one / f).read_bytes() == (two / f).read_bytes(), f


# --------------------------------------------------------------------------------------------
# Atomic outputs: an interruption mid-write leaves the old file or none, and no temp file


class Interrupted(RuntimeError):
    """A failure in the middle of writing an output (a renderer bug, a full disk). Not a
    KeyboardInterrupt: click turns that into "Aborted!", hiding which exception got through;
    ``files.atomic_path`` treats both alike (it cleans up on any BaseException)."""


@pytest.fixture(scope="module")
def small_case(tmp_path_factory) -> Path:
    case = tmp_path_factory.mktemp("atomic") / "arende"
    case.mkdir()
    for name in ("uppdrag.docx", "utredning.docx"):
        shutil.copy(SAMPLES / "03_kevin_forsenad_utredning" / name, case / name)
    return case


def leftovers(folder: Path) -> list[Path]:
    """Hidden files: the temporary files of files.atomic_path (".<name>.<random>.tmp") and, should the
    system lack unnamed temporary files, the caseload's spool of case reports (".parts-*")."""
    return list(folder.rglob(".*"))


def test_report_file_interrupted_mid_write(small_case, tmp_path, monkeypatch):
    out = tmp_path / "out" / "rapport.json"
    out.parent.mkdir()
    out.write_text("old complete report", encoding="utf-8")
    real_write = pathlib.Path.write_bytes
    written: list[int] = []

    def half_then_interrupt(self, data):
        real_write(self, data[: len(data) // 2])
        written.append(len(data) // 2)
        raise Interrupted()

    monkeypatch.setattr(pathlib.Path, "write_bytes", half_then_interrupt)
    result = CliRunner().invoke(main, ["check", str(small_case), "--format", "json", "--today", TODAY,
                                       "--output", str(out)])
    assert isinstance(result.exception, Interrupted) and written and written[0] > 100
    assert out.read_text(encoding="utf-8") == "old complete report"
    assert leftovers(out.parent) == []


def test_caseload_aggregates_interrupted_mid_stream(small_case, tmp_path, monkeypatch):
    """caseload.json and findings.csv are streamed case by case: the renderer fails after the first
    case's rows; the previous run's files stay whole under their names, and no temp file is left."""
    cases = tmp_path / "arenden"
    for name in ("a", "b"):
        shutil.copytree(small_case, cases / name)
    rep = tmp_path / "rep"
    args = ["check", str(cases), "--report-dir", str(rep), "--jobs", "1", "--today", TODAY]
    assert CliRunner().invoke(main, args).exit_code == 1
    before = {name: (rep / name).read_bytes() for name in ("caseload.json", "findings.csv")}
    assert json.loads(before["caseload.json"])["summary"]["cases"] == 2

    from bbiccheck.caseload import outputs

    real_rows, calls = outputs.csv_rows, []

    def rows_then_fail(case, lang):
        calls.append(case["id"])
        if len(calls) == 2:
            raise Interrupted()
        yield from real_rows(case, lang)

    monkeypatch.setattr(outputs, "csv_rows", rows_then_fail)
    result = CliRunner().invoke(main, args)
    assert isinstance(result.exception, Interrupted) and calls == ["a", "b"]
    for name, data in before.items():
        assert (rep / name).read_bytes() == data, name
    assert leftovers(rep) == []


def test_annotated_copy_interrupted_mid_write(small_case, tmp_path, monkeypatch):
    import docx.document

    real_save = docx.document.Document.save

    def half_then_interrupt(self, path):
        real_save(self, path)
        data = Path(path).read_bytes()
        Path(path).write_bytes(data[: len(data) // 2])
        raise Interrupted()

    monkeypatch.setattr(docx.document.Document, "save", half_then_interrupt)
    ann = tmp_path / "ann"
    result = CliRunner().invoke(main, ["check", str(small_case), "--format", "json", "--today", TODAY,
                                       "--annotate", str(ann)])
    assert isinstance(result.exception, Interrupted)
    assert [p for p in ann.rglob("*") if p.is_file()] == []
