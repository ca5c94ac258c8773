"""JUnit XML: findings as failed tests, so any CI that shows test reports (GitLab, Jenkins, Azure) shows them.

A testsuite per case, a testcase per document (classname = case id, name = document path) plus one
for the case as a whole (case-level findings such as a missing plan), a ``<failure>`` per finding and
an ``<error>`` per file that could not be read. Every finding is a failure whatever its severity: the
exit code, not this file, decides whether the pipeline fails (``--fail-on``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from bbiccheck.model import CaseReport, Finding, Report

CASE_SUFFIX = " [case]"
# Characters XML 1.0 forbids; Word text can hold them (vertical tab for a manual line break).
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
LABELS = {"sv": ("Plats", "Varför", "stycke", "Citat"), "en": ("Location", "Why", "block", "Quote")}


def clean(text: str) -> str:
    return INVALID_XML.sub(" ", text)


def _body(finding: Finding, lang: str) -> str:
    where, why, block, quote = LABELS[lang]
    lines = [f"[{finding.severity.value}] {finding.rule} {finding.title or ''}".rstrip(), finding.message]
    loc = finding.location
    if loc is not None:
        place = " ".join(p for p in (loc.section or "", f"({block} {loc.block})" if loc.block is not None else "") if p)
        if place:
            lines.append(f"{where}: {place}")
        if loc.text:
            lines.append(f"{quote}: {loc.text}")
    if finding.why:
        lines.append(f"{why}: {finding.why}")
    return clean("\n".join(lines))


def _testcase(suite: ET.Element, classname: str, name: str, findings: list[Finding], lang: str) -> ET.Element:
    case = ET.SubElement(suite, "testcase", classname=clean(classname), name=clean(name), time="0")
    for finding in findings:
        failure = ET.SubElement(case, "failure", type=finding.rule, message=clean(finding.message))
        failure.text = _body(finding, lang)
    return case


def _suite(parent: ET.Element, case: CaseReport, lang: str, timestamp: str) -> tuple[int, int, int]:
    suite = ET.SubElement(parent, "testsuite", name=clean(case.id), timestamp=timestamp, hostname="localhost")
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", name="path", value=clean(case.path))
    tests = 0
    for doc in case.documents:
        _testcase(suite, case.id, doc.path, [f for f in case.findings if f.document == doc.path], lang)
        tests += 1
    case_level = [f for f in case.findings if f.document is None]
    _testcase(suite, case.id, case.path + CASE_SUFFIX, case_level, lang)
    tests += 1
    for error in case.errors:
        testcase = ET.SubElement(suite, "testcase", classname=clean(case.id), name=clean(error.path), time="0")
        ET.SubElement(testcase, "error", type="unreadable", message=clean(error.message)).text = clean(error.message)
        tests += 1
    # JUnit counts failed tests, not failure elements: a document with three findings is one failed test.
    failures = sum(1 for t in suite.iter("testcase") if t.find("failure") is not None)
    errors = len(case.errors)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", "0")
    suite.set("time", "0")
    return tests, failures, errors


def render_junit(report: Report) -> str:
    root = ET.Element("testsuites", name=report.tool)
    totals = [0, 0, 0]
    # The check date, not the clock: the same input gives the same file.
    timestamp = f"{report.check_date.isoformat()}T00:00:00"
    for case in report.cases:
        for i, n in enumerate(_suite(root, case, report.lang, timestamp)):
            totals[i] += n
    root.set("tests", str(totals[0]))
    root.set("failures", str(totals[1]))
    root.set("errors", str(totals[2]))
    root.set("time", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
