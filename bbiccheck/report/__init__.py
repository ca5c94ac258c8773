"""Reporters, one module per output format. Each takes the finished Report (and, where the document
text is shown, the checked cases) and returns text; none of them imports the checks."""

from __future__ import annotations

from bbiccheck.model import Case, CaseReport, Report

Items = list[tuple[Case, CaseReport]]


def render(fmt: str, report: Report, items: Items, *, lang: str = "sv", include_text: bool = True,
           redactors: list | None = None) -> str:
    """Render ``report`` in ``fmt``; formats import lazily so a run loads only what it writes."""
    if fmt == "json":
        from bbiccheck.report.json_report import render_json

        return render_json(report, include_text=include_text)
    if fmt == "text":
        from bbiccheck.report.text import render_text

        return render_text(report, lang)
    if fmt == "markdown":
        from bbiccheck.report.markdown import render_markdown

        return render_markdown(report, lang)
    if fmt == "html":
        from bbiccheck.report.html import render_html

        redactor = None
        if redactors:
            from bbiccheck.report.redact import Redactor

            redactor = Redactor(name for r in redactors for name in r.names)
        return render_html(items, report.check_date, lang, redactor)
    if fmt == "sarif":
        from bbiccheck.report.sarif import render_sarif

        return render_sarif(report)
    if fmt == "junit":
        from bbiccheck.report.junit import render_junit

        return render_junit(report)
    raise ValueError(f"unknown format {fmt!r}")
