"""Terminal text and Markdown: content, order, escaping, and no colour codes off a terminal."""

from __future__ import annotations

import io

from rich.console import Console
from sample_case import CHECK_DATE, sample_report

from bbiccheck.model import Report
from bbiccheck.report.markdown import render_markdown
from bbiccheck.report.text import render_text


def test_text_one_line_per_finding():
    _, report = sample_report()
    out = render_text(report, "sv")
    lines = out.splitlines()
    assert lines[0] == "Ärende arende-17"
    assert len(lines) == 1 + len(report.cases[0].findings) + 1 + 1  # header, findings, unreadable file, summary
    assert ("arende-17/utredning.docx: Barnets behov > Familj och miljö > stycke 14  varning  RISK01  "
            "Riskfaktorn nämns utan att det framgår vad den betyder för barnet.") in lines
    assert lines[1].startswith("arende-17  fel  TID02")  # case-level first
    assert lines[-1] == "7 iakttagelser i 1 ärende: 3 fel, 3 varningar, 1 info. 1 fil kunde inte läsas."


def test_text_plain_off_terminal_and_coloured_on_one():
    _, report = sample_report()
    file = io.StringIO()
    returned = render_text(report, "sv", Console(file=file, width=100))
    assert "\x1b[" not in file.getvalue() and "\x1b[" not in returned
    assert file.getvalue().splitlines() == returned.splitlines()  # soft wrap: one line each, whatever the width
    tty = io.StringIO()
    render_text(report, "sv", Console(file=tty, force_terminal=True, color_system="standard"))
    assert "\x1b[" in tty.getvalue()


def test_text_empty_report():
    out = render_text(Report(check_date=CHECK_DATE, cases=[]), "sv")
    assert out == "Inga iakttagelser i 0 ärenden.\n"


def test_markdown_grouping_and_order():
    _, report = sample_report()
    md = render_markdown(report, "sv")
    order = ["# Återkopplingsrapport", "## Ärende: arende-17", "### Tidsgränser", "### Filer som inte kunde läsas",
             "### Hela ärendet", "#### Planera och genomföra utredning", "#### Tidsgränser",
             "### Dokument: arende-17/utredning.docx", "#### BBIC som arbetsmodell", "#### Analysarbetet",
             "#### SMARTA mål och uppdrag", "#### Barnets röst"]
    positions = [md.index(h + "\n") for h in order]
    assert positions == sorted(positions)
    assert "| Utredning | 2026-01-10 | 2026-05-10 | – | överskriden |" in md
    assert "*Fråga att reflektera över:* Hur påverkar missbruket Elsas vardag?" in md
    assert "(Brister i: S, M, T)" in md
    assert "beslut.docx" not in md  # a document without findings gets no heading


def test_markdown_escapes_markup():
    _, report = sample_report()
    report.cases[0].findings[0].message = "Se *alla* <b>mål</b> och `kod`"
    md = render_markdown(report, "sv")
    assert r"Se \*alla\* \<b>mål\</b> och \`kod\`" in md
