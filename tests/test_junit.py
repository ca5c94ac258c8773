"""JUnit XML output: suites per case, testcases per document, failures per finding, errors per unreadable file."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from bbiccheck.model import CaseReport, DocType, DocumentSummary, Finding, Location, Report, Severity, Category
from bbiccheck.report.junit import CASE_SUFFIX, render_junit
from integration_case import CHECK_DATE, check_case, write_case


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("junit")
    write_case(root)
    cwd = Path.cwd()
    os.chdir(root)
    try:
        return check_case(Path("akt"))[0]
    finally:
        os.chdir(cwd)


def test_counts_match_the_report(report):
    root = ET.fromstring(render_junit(report))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["akt"]
    suite = suites[0]
    case = report.cases[0]
    testcases = suite.findall("testcase")
    # two readable documents + the case itself + one unreadable file
    assert len(testcases) == len(case.documents) + 1 + len(case.errors) == 4
    assert len(suite.findall("testcase/failure")) == len(case.findings)
    assert len(suite.findall("testcase/error")) == len(case.errors) == 1
    failed = [t for t in testcases if t.find("failure") is not None]
    assert int(suite.get("tests")) == 4
    assert int(suite.get("failures")) == len(failed) == 3  # both documents and the case
    assert int(suite.get("errors")) == 1
    assert root.get("tests") == suite.get("tests") and root.get("failures") == suite.get("failures")


def test_testcase_names_and_failure_content(report):
    suite = ET.fromstring(render_junit(report)).find("testsuite")
    by_name = {t.get("name"): t for t in suite.findall("testcase")}
    assert set(by_name) == {"akt/utredning.md", "akt/anteckning.md", "akt" + CASE_SUFFIX, "akt/trasig.docx"}
    assert all(t.get("classname") == "akt" for t in by_name.values())
    rules = {f.get("type") for f in by_name["akt/utredning.md"].findall("failure")}
    assert {"TID02", "ANA01", "BARN01"} <= rules
    assert [f.get("type") for f in by_name["akt" + CASE_SUFFIX].findall("failure")] == ["PLAN01"]
    tid = next(f for f in by_name["akt/utredning.md"].findall("failure") if f.get("type") == "TID02")
    finding = next(f for _, f in report.findings() if f.rule == "TID02")
    assert tid.get("message") == finding.message
    assert "Utredning (stycke 1)" in tid.text  # where
    assert finding.why in tid.text  # why
    assert "Utredningen inleddes 2026-01-10." in tid.text  # the quote
    error = by_name["akt/trasig.docx"].find("error")
    assert error.get("type") == "unreadable" and ".docx" in error.get("message")


def test_a_clean_case_has_passing_testcases():
    report = Report(check_date=CHECK_DATE, cases=[CaseReport(
        id="ren", path="ren.md", documents=[DocumentSummary(path="ren.md", type=DocType.other)])])
    root = ET.fromstring(render_junit(report))
    assert root.get("failures") == "0" and root.get("errors") == "0" and root.get("tests") == "2"
    assert root.find("testsuite/testcase/failure") is None


def test_control_characters_from_word_do_not_break_the_xml():
    finding = Finding(rule="X01", category=Category.OTHER, severity=Severity.warning, message="rad\x0bbrytning\x00",
                      document="a.docx", location=Location(section="Analys", block=1, text="vertikal\x0btab"))
    report = Report(check_date=CHECK_DATE, cases=[CaseReport(
        id="a", path="a.docx", documents=[DocumentSummary(path="a.docx", type=DocType.other)], findings=[finding])])
    failure = ET.fromstring(render_junit(report)).find("testsuite/testcase/failure")
    assert failure.get("message") == "rad brytning "


def test_deterministic(report):
    assert render_junit(report) == render_junit(report)


def test_cli_junit(tmp_path, monkeypatch):
    from bbiccheck.cli import main

    write_case(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "junit.xml"
    result = CliRunner().invoke(main, ["check", "akt", "--today", CHECK_DATE.isoformat(), "--format", "junit",
                                       "-o", str(out)])
    assert result.exit_code == 5
    root = ET.parse(out).getroot()
    assert root.get("errors") == "1" and int(root.get("failures")) == 3
