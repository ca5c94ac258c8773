"""Redaction: declared names and personnummer never reach a redacted text, Markdown or HTML report."""

from __future__ import annotations

import re

import pytest
from sample_case import CHECK_DATE, NAMES, sample, sample_report

from bbiccheck.model import Block, BlockKind, Finding, Location
from bbiccheck.report.html import render_html
from bbiccheck.report.markdown import render_markdown
from bbiccheck.report.redact import Redactor, declared_names, names_in_value, redact_report
from bbiccheck.report.text import render_text

# A deliberately broad oracle, independent of the implementation's pattern.
PNR_LIKE = re.compile(r"(?<!\d)(?:\d{2})?\d{6}\s?[-+–]?\s?[\dXx*]{4}(?![\d\w])")


def leaks(output: str) -> list[str]:
    found = [n for n in NAMES if re.search(rf"(?<!\w){re.escape(n)}", output)]
    return found + PNR_LIKE.findall(output)


@pytest.mark.parametrize("text", [
    "20140315-1234", "140315-1234", "140315+1234", "201403151234", "1403151234", "140315 - 1234",
    "140315-XXXX", "140315-xxxx", "20140375-1234", "140315 1234", "140315–1234",
])
def test_personnummer_forms(text):
    assert Redactor().apply(f"Elsa, {text}, bor hemma.") == "Elsa, [personnummer], bor hemma."


@pytest.mark.parametrize("text", ["2026-03-02", "Dnr IFO 2026-0123", "tel 070-123 45 67", "kl. 16.40",
                                  "1234567890123", "141315-1234"])
def test_not_personnummer(text):
    assert Redactor().apply(text) == text


def test_names_from_declared_fields():
    case, _ = sample()
    redactor = Redactor.from_case(case)
    assert {"Elsa Andersson", "Elsa", "Andersson", "Anna Ek-Berg", "Ek-Berg", "Ek", "Berg", "Jonas Berg"} <= redactor.names
    assert "Karin" not in redactor.names and "Lund" not in redactor.names  # the case worker is kept
    assert redactor.apply("Elsas mamma Anna Ek-Berg och ELSA") == "[namn] mamma [namn] och [namn]"


def test_name_sources():
    assert names_in_value("Okänd") == set()
    assert names_in_value("Anna Ek och Jonas Berg, 800101-1234") >= {"Anna Ek", "Jonas Berg", "Anna", "Berg"}
    blocks = [
        Block(index=0, kind=BlockKind.table_cell, text="Namn", start=0, end=4, table=0, row=0, col=0),
        Block(index=1, kind=BlockKind.table_cell, text="Relation", start=0, end=8, table=0, row=0, col=1),
        Block(index=2, kind=BlockKind.table_cell, text="Lisa Holm", start=0, end=9, table=0, row=1, col=0),
        Block(index=3, kind=BlockKind.table_cell, text="Syster", start=0, end=6, table=0, row=1, col=1),
        Block(index=4, kind=BlockKind.paragraph, text="Barnet Omar Ali, 140315-1234, bor hos mamma.", start=0, end=44),
        Block(index=5, kind=BlockKind.fact, label="Modern", text="Modern: Sara Nilsson", start=0, end=20),
        Block(index=6, kind=BlockKind.fact, label="Namn, personnummer", text="Namn, personnummer: Kim Öst, 120101-1234",
              start=0, end=40),
        Block(index=7, kind=BlockKind.fact, label="Handläggare", text="Handläggare: Per Åström", start=0, end=22),
    ]
    names = declared_names(blocks)
    assert {"Lisa Holm", "Omar Ali", "Sara Nilsson", "Kim Öst", "Öst"} <= names
    assert "Syster" not in names and "Per" not in names and "Barnet" not in names


def test_report_copy_is_redacted_and_original_untouched():
    case, report = sample()
    redacted = Redactor.from_case(case).report(report)
    dumped = redacted.model_dump_json()
    assert not leaks(dumped)
    assert "Karin Lund" in dumped  # authors are kept by design
    assert "Elsa" in report.model_dump_json()  # the input is not changed


def test_text_and_markdown_redacted():
    case, report = sample_report()
    redacted = redact_report(report, [case])
    for output in (render_text(redacted, "sv"), render_markdown(redacted, "sv")):
        assert not leaks(output), leaks(output)
        assert "[namn]" in output and "[personnummer]" in output
    assert leaks(render_markdown(report, "sv"))  # the oracle does find them unredacted


def test_html_redacted_also_across_mark_edges():
    case, report = sample()
    block = next(b for b in case.documents[0].blocks() if b.text.startswith("Pappan har ett missbruk. Jonas"))
    # a span that ends inside "Jonas Berg": masking piece by piece would leak "Jo"
    report.findings.append(Finding(rule="X01", category="OTHER", severity="info", message="m",
                                   document=case.documents[0].path,
                                   location=Location(block=block.index, start=10, end=27)))
    html = render_html([(case, report)], CHECK_DATE, "sv", Redactor.from_case(case))
    assert not leaks(html), leaks(html)
    assert not re.search(r">Jo<|>nas|Jo</mark>", html)
    assert "Namn och personnummer är maskerade." in html
    assert leaks(render_html([(case, report)], CHECK_DATE, "sv"))
