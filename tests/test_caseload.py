"""Caseload review: parallel run, streamed outputs, dashboard, CSV, determinism, comparison over time.

A caseload of six small cases in the mini text format (one of them an unreadable .docx of random bytes)
is checked a few times; the expensive runs are module-scoped fixtures shared by the tests.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from bbiccheck.caseload import run_caseload
from bbiccheck.caseload.pool import run_pool
from bbiccheck.cli import main
from bbiccheck.compare import compare
from bbiccheck.engine import Checker
from bbiccheck.model import CaseReport

CHECK_DATE = dt.date(2026, 11, 25)
CHILD_VOICE = ("## Barnets berättelse\n\nMaja berättar att hon trivs i skolan men blir ledsen när föräldrarna bråkar. "
               "Hon säger att hon vill bo kvar hemma och träffa sina kompisar.\n")


def utredning(started: str, worker: str | None, extra: str = "", closed: str | None = None) -> str:
    facts = f"| Handläggare | {worker} |\n" if worker else ""
    end = f"\n## Beslut\n\nUtredningen avslutades {closed}.\n" if closed else ""
    return (f"# Utredning\n\n{facts}| Utredningen inleddes | {started} |\n\n"
            f"## Bakgrund\n\nAnmälan inkom från skolan om hög frånvaro.\n\n{extra}\n"
            f"## Analys\n\nMaja har hög frånvaro.\n{end}")


# id -> {file name: text or bytes}. Ids are not in urgency order on purpose.
CASES: dict[str, dict[str, str | bytes]] = {
    "arende-01": {"utredning.md": utredning("2026-07-30", "Karin Lund", CHILD_VOICE)},  # 5 days left
    "arende-02": {"utredning.md": utredning("2026-03-01", "Omar Said", CHILD_VOICE, closed="2026-05-20")},
    "arende-03": {"utredning.docx": random.Random(3).randbytes(4096)},  # unreadable, in the middle
    "arende-04": {"utredning.md": utredning("2026-06-10", "Karin Lund")},  # 46 days over
    "arende-05": {"utredning.md": utredning("2026-10-01", "Omar Said")},
    "arende-06": {"utredning.md": utredning("2026-09-01", None, CHILD_VOICE)},  # no handläggare
}


def write_caseload(root: Path, cases: dict[str, dict[str, str | bytes]] = CASES) -> Path:
    for case_id, files in cases.items():
        folder = root / case_id
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            target = folder / name
            target.write_bytes(content) if isinstance(content, bytes) else target.write_text(content, encoding="utf-8")
    return root


def run(caseload: Path, out: Path, jobs: int = 1, baseline: Path | None = None, lang: str = "sv"):
    return run_caseload(Checker.create(), [caseload], out, CHECK_DATE, lang=lang, jobs=jobs, baseline=baseline)


@pytest.fixture(scope="module")
def caseload(tmp_path_factory) -> Path:
    return write_caseload(tmp_path_factory.mktemp("caseload") / "load")


@pytest.fixture(scope="module")
def first(caseload, tmp_path_factory):
    out = tmp_path_factory.mktemp("out1")
    return run(caseload, out, jobs=1), out


@pytest.fixture(scope="module")
def parallel(caseload, tmp_path_factory):
    out = tmp_path_factory.mktemp("out2")
    return run(caseload, out, jobs=2), out


def load_json(out: Path) -> dict:
    return json.loads((out / "caseload.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- the run and its files

def test_every_case_is_reported_and_the_unreadable_one_is_listed(first):
    summary, out = first
    data = load_json(out)
    assert [c["id"] for c in data["cases"]] == sorted(CASES)  # sorted, the unreadable one included
    broken = next(c for c in data["cases"] if c["id"] == "arende-03")
    assert broken["errors"] and broken["errors"][0]["path"].endswith("utredning.docx")
    assert summary.unreadable == 1 and summary.cases == 6
    assert "error" in summary.worst_severities
    for case_id in CASES:
        assert (out / "cases" / f"{case_id}.html").is_file()
    dashboard = (out / "index.html").read_text(encoding="utf-8")
    section = dashboard[dashboard.index('id="unreadable"'):]
    assert "arende-03" in section and "utredning.docx" in section
    assert sorted(p.name for p in out.iterdir()) == ["caseload.json", "cases", "findings.csv", "index.html"]


def test_caseload_json_has_the_report_shape_plus_summary(first):
    _, out = first
    data = load_json(out)
    assert data["schema_version"] and data["check_date"] == "2026-11-25"
    for case in data["cases"]:
        CaseReport.model_validate(case)
    total = sum(len(c["findings"]) for c in data["cases"])
    assert data["summary"]["findings"] == total
    assert data["summary"]["unreadable_files"] == 1
    assert data["summary"]["cases_overdue"] == 1 and data["summary"]["cases_approaching"] == 1


def test_findings_csv_has_one_row_per_finding_and_opens_in_swedish_excel(first):
    _, out = first
    raw = (out / "findings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM makes Excel read UTF-8
    with open(out / "findings.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header == ["Ärende", "Dokument", "Handläggare", "Regel", "Kategori", "Tema", "Allvarlighet", "Avsnitt",
                      "Meddelande"]
    data = load_json(out)
    assert len(body) == sum(len(c["findings"]) for c in data["cases"])
    assert all(len(row) == len(header) for row in body)
    overdue = [row for row in body if row[0] == "arende-04" and row[3] == "TID02"]
    assert overdue and overdue[0][2] == "Karin Lund" and overdue[0][1] == "utredning.md"


def test_urgency_order_overdue_then_approaching_then_by_errors(first):
    _, out = first
    html = (out / "index.html").read_text(encoding="utf-8")
    table = html[html.index('id="cases"'):html.index("</table>", html.index('id="cases"'))]
    order = re.findall(r'href="cases/([\w-]+)\.html"', table)
    assert order[:2] == ["arende-04", "arende-01"]
    assert sorted(order) == sorted(CASES)
    action = html[html.index('id="action"'):html.index('id="timeline"')]
    assert re.findall(r'href="cases/([\w-]+)\.html"', action) == ["arende-04", "arende-01"]
    assert "46 dagar över" in action and "5 dagar kvar" in action


def test_findings_are_grouped_per_case_worker(first):
    _, out = first
    html = (out / "index.html").read_text(encoding="utf-8")
    heat = html[html.index('class="heat"'):]
    assert re.search(r'<td class="name">Karin Lund</td><td class="num">2</td>', heat)
    assert re.search(r'<td class="name">Omar Said</td><td class="num">2</td>', heat)
    # arende-03 (unreadable) and arende-06 (no Handläggare fact) have no known author
    assert re.search(r'<td class="name muted">okänd handläggare</td><td class="num">2</td>', heat)


def test_timeline_shows_open_investigations(first):
    _, out = first
    html = (out / "index.html").read_text(encoding="utf-8")
    timeline = html[html.index('id="timeline"'):html.index('id="categories"')]
    assert "<svg" in timeline
    for case_id in ("arende-01", "arende-04", "arende-05", "arende-06"):
        assert case_id in timeline
    assert "arende-02" not in timeline  # closed in time


def test_parallel_output_equals_in_process_output(first, parallel):
    (s1, out1), (s2, out2) = first, parallel
    for name in ("caseload.json", "findings.csv", "index.html"):
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes(), name
    for case_id in CASES:
        assert (out1 / "cases" / f"{case_id}.html").read_bytes() == (out2 / "cases" / f"{case_id}.html").read_bytes()
    assert (s1.worst_severities, s1.unreadable) == (s2.worst_severities, s2.unreadable)


def test_rerun_after_an_interrupted_run_gives_the_same_bytes(caseload, first, tmp_path):
    _, out1 = first
    out = tmp_path / "out"
    shutil.copytree(out1, out)
    # what an interrupted run can leave: a half-written temp file, a truncated aggregate (the spool of
    # case reports has no name, so it goes with the process)
    (out / ".caseload.json.x.tmp").write_text("half", encoding="utf-8")
    (out / "findings.csv").write_text("broken", encoding="utf-8")
    run(caseload, out, jobs=1)
    for name in ("caseload.json", "findings.csv", "index.html"):
        assert (out / name).read_bytes() == (out1 / name).read_bytes(), name


def test_a_rerun_removes_the_reports_of_cases_that_are_gone(caseload, first, tmp_path):
    _, out1 = first
    out = tmp_path / "out"
    shutil.copytree(out1, out)
    (out / "cases" / "arende-99-gammalt.html").write_text("<p>Stängt ärende</p>", encoding="utf-8")
    (out / "cases" / "anteckning.txt").write_text("not ours", encoding="utf-8")
    run(caseload, out, jobs=1)
    assert sorted(p.name for p in (out / "cases").iterdir()) == sorted(
        [p.name for p in (out1 / "cases").iterdir()] + ["anteckning.txt"])
    assert len(list((out / "cases").glob("*.html"))) == len(CASES)


def test_a_crash_on_one_case_is_recorded_and_the_batch_goes_on(caseload, tmp_path, monkeypatch):
    from bbiccheck.caseload import worker

    original = worker.check_one

    def flaky(checker, settings, job):
        if job.source.id == "arende-02":
            raise RuntimeError("boom")
        return original(checker, settings, job)

    monkeypatch.setattr(worker, "check_one", flaky)
    summary = run(caseload, tmp_path / "out", jobs=1)
    data = load_json(tmp_path / "out")
    crashed = next(c for c in data["cases"] if c["id"] == "arende-02")
    assert "RuntimeError" in crashed["errors"][0]["message"] and not crashed["findings"]
    assert summary.cases == 6 and summary.unreadable == 2
    assert (tmp_path / "out" / "cases" / "arende-02.html").is_file()


def _square_or_die(n: int) -> int:
    if n == 3:
        os._exit(1)  # a worker process dying outright (segfault, OOM killer)
    return n * n


def _no_init() -> None:
    pass


def test_a_dying_worker_process_costs_only_its_own_case():
    results = dict(run_pool(range(8), _square_or_die, _no_init, (), 2, on_crash=lambda job, error: -1))
    assert results == {0: 0, 1: 1, 2: 4, 3: -1, 4: 16, 5: 25, 6: 36, 7: 49}


# ---------------------------------------------------------------- change over time

def finding(rule: str, text: str | None = None, block: int | None = None, document: str = "c1/utr.md") -> dict:
    location = {"text": text, "block": block} if text or block is not None else None
    return {"rule": rule, "category": "GOAL_NOT_SMART", "severity": "warning", "message": f"{rule} msg",
            "document": document, "location": location}


def test_compare_finds_fixed_new_and_remaining():
    old = {"check_date": "2026-10-01", "cases": [
        {"id": "c1", "path": "c1", "findings": [finding("MAL01", "Målet är att må bra."), finding("RISK01", block=4),
                                                 finding("MAL01", "Ett annat mål.")]},
        {"id": "gone", "path": "gone", "findings": [finding("BARN01", document="gone/u.md")]}]}
    new = {"check_date": "2026-11-25", "cases": [
        {"id": "c1", "path": "/elsewhere/c1", "findings": [
            finding("MAL01", "Målet är att må bra.", document="/elsewhere/c1/utr.md"),  # same, other folder
            finding("ANA01", block=9, document="/elsewhere/c1/utr.md")]},
        {"id": "added", "path": "added", "findings": [finding("BARN01", document="added/u.md")]}]}
    comparison = compare(old, new)
    assert comparison.totals() == {"fixed": 2, "new": 2, "remaining": 1}
    c1 = next(c for c in comparison.cases if c.id == "c1")
    assert {r.rule for r in c1.fixed} == {"RISK01", "MAL01"} and [r.rule for r in c1.new] == ["ANA01"]
    assert comparison.added() == ["added"] and comparison.removed() == ["gone"]
    assert comparison.themes()["goals"] == {"fixed": 1 + 1, "new": 2, "remaining": 1}  # all test findings are goals


def test_compare_command_and_baseline_section(caseload, first, tmp_path):
    _, out1 = first
    changed = write_caseload(tmp_path / "load", CASES)
    # arende-04 gets the child's voice (BARN01 fixed); arende-05 loses its author fact and gains nothing else
    (changed / "arende-04" / "utredning.md").write_text(utredning("2026-06-10", "Karin Lund", CHILD_VOICE),
                                                        encoding="utf-8")
    out2 = tmp_path / "out2"
    run(changed, out2, jobs=1, baseline=out1 / "caseload.json")
    comparison = compare(load_json(out1), load_json(out2))
    case4 = next(c for c in comparison.cases if c.id == "arende-04")
    assert [r.rule for r in case4.fixed] == ["BARN01"] and case4.remaining and not case4.new
    html = (out2 / "index.html").read_text(encoding="utf-8")
    assert "Förändring sedan förra körningen" in html
    section = html[html.index('id="change"'):html.index('id="cases"')]
    assert "arende-04" in section

    runner = CliRunner()
    result = runner.invoke(main, ["compare", str(out1 / "caseload.json"), str(out2 / "caseload.json"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["totals"]["fixed"] >= 1 and data["cases"][0]["id"] == "arende-04"
    text = runner.invoke(main, ["compare", str(out1 / "caseload.json"), str(out2 / "caseload.json")]).output
    assert "Åtgärdade" in text and "BARN01" in text
    md = runner.invoke(main, ["compare", str(out1 / "caseload.json"), str(out2 / "caseload.json"), "--format",
                              "markdown"]).output
    assert md.startswith("# Förändring sedan förra körningen") and "| Tema |" in md


def test_dashboard_in_english(caseload, tmp_path):
    run(caseload, tmp_path / "en", jobs=1, lang="en")
    html = (tmp_path / "en" / "index.html").read_text(encoding="utf-8")
    assert 'lang="en"' in html and "Caseload overview" in html and "unknown case worker" in html
    assert "Ärendeöversikt" not in html and "okänd handläggare" not in html
    with open(tmp_path / "en" / "findings.csv", encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle, delimiter=";"))[0] == "Case"


# ---------------------------------------------------------------- the dashboard in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           f"--user-data-dir={tmp_path / 'profile'}", *args],
                          check=False, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_dashboard_renders_in_headless_chromium(first, tmp_path):
    _, out = first
    url = (out / "index.html").resolve().as_uri()
    dom = chromium(tmp_path, "--dump-dom", url).stdout
    assert "Ärendeöversikt" in dom
    for case_id in CASES:
        assert case_id in dom
    assert dom.count("<svg") >= 3  # category and theme bars, timeline
    shot = tmp_path / "dashboard.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,2000", url)
    assert shot.is_file() and shot.stat().st_size > 10_000


# ---------------------------------------------------------------- details

def test_caseload_json_is_formatted_like_the_json_report(first):
    _, out = first
    text = (out / "caseload.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def test_redacted_run_masks_names_everywhere_and_in_file_names(tmp_path):
    named = {"arende-07": {"utredning.md": "# Utredning\n\n| Barnets namn | Elsa Andersson |\n| Handläggare | Karin Lund |\n"
                                           "| Utredningen inleddes | 2026-06-10 |\n\n## Analys\n\nElsa har hög frånvaro.\n"}}
    caseload = write_caseload(tmp_path / "load", named)
    out = tmp_path / "out"
    run_caseload(Checker.create(), [caseload], out, CHECK_DATE, jobs=1, redact=True)
    [page] = list((out / "cases").iterdir())
    assert re.fullmatch(r"arende-[0-9a-f]{12}\.html", page.name)
    for path in [page, out / "index.html", out / "caseload.json", out / "findings.csv"]:
        text = path.read_text(encoding="utf-8-sig")
        assert "Elsa" not in text and "Andersson" not in text, path.name
    assert "Karin Lund" in (out / "index.html").read_text(encoding="utf-8")  # staff names are kept


def test_csv_cells_that_excel_would_run_as_formulas_are_neutralised():
    from bbiccheck.caseload.outputs import safe_cell

    assert safe_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert safe_cell("-1") == "'-1" and safe_cell("Analys") == "Analys" and safe_cell(None) == ""


def test_file_names_are_unique_and_safe():
    from bbiccheck.caseload import file_stems

    stems = list(file_stems([("Ärende 1/a", "x"), ("ärende 1/A", "y"), ("..", "z")], redact=False))
    assert stems == ["Ärende_1_a", "ärende_1_A-2", "arende"]


def test_urgency_sorts_overdue_then_near_then_met_late_then_by_errors():
    from bbiccheck.caseload.summary import CaseSummary, DeadlineInfo

    def case(case_id: str, status: str | None = None, days: int | None = None, errors: int = 0) -> CaseSummary:
        due = dt.date(2026, 5, 1)
        end = due + dt.timedelta(days=days) if status == "late" else None
        limits = [DeadlineInfo("TID02", "Utredning", dt.date(2026, 1, 1), due, end, status, None if end else days)] \
            if status else []
        return CaseSummary((case_id, case_id), case_id, case_id, severities={"error": errors}, deadlines=limits)

    cases = [case("quiet", errors=1), case("busy", errors=5), case("near9", "approaching", 9),
             case("over3", "overdue", -3), case("near2", "approaching", 2), case("over40", "overdue", -40),
             case("open", "open", 90, errors=2), case("late5", "late", 5), case("late30", "late", 30, errors=0)]
    assert [c.id for c in sorted(cases, key=CaseSummary.urgency)] == \
        ["over40", "over3", "near2", "near9", "late30", "late5", "busy", "open", "quiet"]
