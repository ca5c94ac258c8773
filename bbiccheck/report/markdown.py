"""Markdown for pasting into a ticket or an email: case -> document -> supervision theme -> findings.

Plain CommonMark only (headings, lists, one table for time limits) so it reads well both rendered and
as raw text in an email.
"""

from __future__ import annotations

import re

from bbiccheck.model import CaseReport, Finding, Report, Severity
from bbiccheck.report.i18n import category_label, severity_label, status_label, t
from bbiccheck.report.text import location_label, severity_counts, sorted_findings
from bbiccheck.report.themes import group_by_theme, theme_label

_SPECIAL = re.compile(r"([\\`*_<|])")  # ">" is harmless mid-line, and lines never start with text


def md(text: str) -> str:
    """Escape what would turn plain text into markup; newlines become spaces (one list item each)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def finding_md(finding: Finding, lang: str) -> list[str]:
    head = [f"**{severity_label(Severity(finding.severity), lang).capitalize()}**", f"`{finding.rule}`",
            md(category_label(finding.category, lang))]
    where = location_label(finding, lang)
    if where:
        head.append(md(where))
    lines = [f"- {' · '.join(head)}  ", f"  {md(finding.message)}"]
    if finding.facets:
        lines[-1] += f" ({t('facets_failing', lang)}: {', '.join(finding.facets)})"
    for key in ("why", "reference", "reflection", "better"):
        value = getattr(finding, key)
        if value:
            lines[-1] += "  "
            lines.append(f"  *{t(key, lang)}:* {md(value)}")
    return lines


def themed(findings: list[Finding], lang: str, level: str) -> list[str]:
    out: list[str] = []
    for theme, items in group_by_theme(sorted_findings(findings)):
        out += ["", f"{level} {theme_label(theme, lang)}", ""]
        for finding in items:
            out += finding_md(finding, lang)
    return out


def case_md(case: CaseReport, lang: str) -> list[str]:
    out = ["", f"## {t('case', lang)}: {md(case.id)}", "",
           f"{t('summary', lang)}: {severity_counts(case.findings, lang)}."]
    if case.deadlines:
        out += ["", f"### {t('deadlines', lang)}", "",
                f"| {t('deadline', lang)} | {t('start', lang)} | {t('due', lang)} | {t('end', lang)} | {t('status', lang)} |",
                "|---|---|---|---|---|"]
        for d in case.deadlines:
            end = d.end.isoformat() if d.end else "–"
            out.append(f"| {md(d.label)} | {d.start.isoformat()} | {d.due.isoformat()} | {end} | "
                       f"{status_label(d.status, lang)} |")
    if case.errors:
        out += ["", f"### {t('errors', lang)}", ""]
        out += [f"- {md(e.path)}: {md(e.message)}" for e in case.errors]
    case_level = [f for f in case.findings if f.document is None]
    if case_level:
        out += ["", f"### {t('whole_case', lang)}"] + themed(case_level, lang, "####")
    documents = list(dict.fromkeys([d.path for d in case.documents] +
                                   [f.document for f in case.findings if f.document is not None]))
    for path in documents:
        findings = [f for f in case.findings if f.document == path]
        if findings:
            out += ["", f"### {t('document', lang)}: {md(path)}"] + themed(findings, lang, "####")
    return out


def render_markdown(report: Report, lang: str = "sv") -> str:
    findings = [f for _, f in report.findings()]
    out = [f"# {t('report_title', lang)}", "",
           f"{t('check_date', lang)}: {report.check_date.isoformat()}  ",
           f"{t('summary', lang)}: {severity_counts(findings, lang)}."]
    for case in report.cases:
        out += case_md(case, lang)
    return "\n".join(out).strip() + "\n"
