"""Terminal output: one line per finding (file, location, severity, rule, message) and a summary line.

Built as rich ``Text`` so a TTY gets colour, while a file or pipe gets plain text (rich leaves colour out
when the console is not a terminal). The plain text is always returned, for tests and for ``--out``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rich.console import Console
from rich.text import Text

from bbiccheck.model import CaseReport, Finding, Report, Severity
from bbiccheck.report.i18n import noun, severity_label, t

SEVERITY_STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "cyan"}
SEVERITY_ORDER = (Severity.error, Severity.warning, Severity.info)


def location_label(finding: Finding, lang: str) -> str:
    """'Analys > stycke 13' — block numbers are 1-based for people (Location.block is 0-based)."""
    loc = finding.location
    if loc is None:
        return ""
    parts = [loc.section] if loc.section else []
    if loc.block is not None:
        parts.append(f"{t('block', lang)} {loc.block + 1}")
    return " > ".join(parts)


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Case-level findings first, then by document, then in reading order, worst first on a tie."""
    def key(f: Finding) -> tuple:
        loc = f.location
        return (f.document is not None, f.document or "", loc.block if loc and loc.block is not None else -1,
                loc.start if loc and loc.start is not None else -1, -Severity(f.severity).rank, f.rule)
    return sorted(findings, key=key)


def severity_counts(findings: Iterable[Finding], lang: str) -> str:
    """'1 fel, 2 varningar, 0 info'."""
    counts = Counter(Severity(f.severity) for f in findings)
    return ", ".join(f"{counts[s]} {severity_label(s, lang, plural=counts[s] != 1)}" for s in SEVERITY_ORDER)


def finding_line(case: CaseReport, finding: Finding, lang: str) -> Text:
    line = Text()
    line.append(finding.document or case.path, style="bold")
    where = location_label(finding, lang)
    if where:
        line.append(f": {where}", style="dim")
    sev = Severity(finding.severity)
    line.append("  ")
    line.append(severity_label(sev, lang), style=SEVERITY_STYLE[sev])
    line.append("  ")
    line.append(finding.rule, style="magenta")
    line.append("  ")
    line.append(finding.message)
    return line


def text_lines(report: Report, lang: str) -> list[Text]:
    lines: list[Text] = []
    for case in report.cases:
        lines.append(Text(f"{t('case', lang)} {case.id}", style="bold underline"))
        for finding in sorted_findings(case.findings):
            lines.append(finding_line(case, finding, lang))
        for error in case.errors:
            lines.append(Text.assemble((error.path, "bold"), "  ", (t("errors", lang), "red"), f": {error.message}"))
    findings = [f for _, f in report.findings()]
    cases = len(report.cases)
    if findings:
        summary = t("summary_line", lang, n=len(findings), findings=noun("n_finding", len(findings), lang),
                    cases=cases, case_word=noun("n_case", cases, lang), counts=severity_counts(findings, lang))
    else:
        summary = t("no_findings_line", lang, cases=cases, case_word=noun("n_case", cases, lang))
    errors = sum(len(c.errors) for c in report.cases)
    if errors:
        summary += " " + t("unreadable_line", lang, n=errors, files=noun("n_file", errors, lang))
    lines.append(Text(summary, style="bold"))
    return lines


def render_text(report: Report, lang: str = "sv", console: Console | None = None) -> str:
    """Prints to ``console`` when given (colour only on a terminal) and returns the plain text."""
    lines = text_lines(report, lang)
    if console is not None:
        for line in lines:
            console.print(line, soft_wrap=True, highlight=False)
    return "\n".join(line.plain for line in lines) + "\n"
