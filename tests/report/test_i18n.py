"""Labels exist in both languages, and an English report carries no Swedish UI label."""

from __future__ import annotations

import re

import pytest
from sample_case import CHECK_DATE, sample_en

from bbiccheck.model import Category
from bbiccheck.report import i18n
from bbiccheck.report.html import render_html
from bbiccheck.report.markdown import render_markdown
from bbiccheck.report.text import render_text
from bbiccheck.report.themes import CATEGORY_THEME, THEMES

SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")


def test_every_label_in_both_languages():
    tables = [i18n.LABELS, i18n.SEVERITY, i18n.SEVERITY_PLURAL, i18n.CATEGORY, i18n.DOCTYPE, THEMES]
    for table in tables:
        for key, row in table.items():
            assert set(row) == {"sv", "en"}, key
            assert row["sv"].strip() and row["en"].strip(), key
            assert not SWEDISH_LETTERS.search(row["en"]), (key, row["en"])  # no Swedish left in English


def test_every_category_has_a_label_and_a_theme():
    assert set(i18n.CATEGORY) == set(Category)
    assert set(CATEGORY_THEME) == set(Category) and set(CATEGORY_THEME.values()) <= set(THEMES)


def test_unknown_language_falls_back_to_swedish():
    assert i18n.t("findings", "de") == "Iakttagelser"
    assert i18n.noun("n_case", 1, "sv") == "ärende" and i18n.noun("n_case", 2, "en") == "cases"


def swedish_only_labels() -> list[str]:
    english = {s.lower() for s in i18n.all_labels("en")} | {v["en"].lower() for v in THEMES.values()}
    swedish = i18n.all_labels("sv") + [v["sv"] for v in THEMES.values()]
    words = set()
    for label in swedish:
        for part in re.split(r"[|]", re.sub(r"\{\w+\}", "|", label)):
            part = re.sub(r"\s+", " ", part).strip(" .:,")
            if len(part) >= 3 and part.lower() not in english:
                words.add(part)
    return sorted(words)


@pytest.fixture(scope="module")
def english_outputs() -> dict[str, str]:
    case, report = sample_en()
    return {"text": render_text(report, "en"), "markdown": render_markdown(report, "en"),
            "html": render_html([(case, report.cases[0])], CHECK_DATE, "en")}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_no_swedish_label_in_english_output(english_outputs, fmt):
    output = english_outputs[fmt]
    leaked = [label for label in swedish_only_labels()
              if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", output)]
    assert not leaked
    assert not SWEDISH_LETTERS.search(output)


def test_english_output_uses_english_labels(english_outputs):
    assert "Whole case" in english_outputs["html"] and "Question to reflect on" in english_outputs["html"]
    assert 'lang="en"' in english_outputs["html"]
    assert "4 findings in 1 case: 1 error, 2 warnings, 1 info." in english_outputs["text"]
    assert "### Whole case" in english_outputs["markdown"]
