"""Supervision themes: the six topics a supervisor works with (seed 003), each finding placed in one.

Reports group findings by theme so that a supervision session can take one topic at a time; the CLI
dashboard uses the same mapping. Every Category maps to exactly one theme.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from bbiccheck.model import Category, Finding

THEMES: dict[str, dict[str, str]] = {  # in the order a report shows them
    "bbic_model": {"sv": "BBIC som arbetsmodell", "en": "BBIC as a way of working"},
    "planning": {"sv": "Planera och genomföra utredning", "en": "Planning and carrying out the investigation"},
    "analysis": {"sv": "Analysarbetet", "en": "The analysis"},
    "goals": {"sv": "SMARTA mål och uppdrag", "en": "SMART goals and assignments"},
    "deadlines": {"sv": "Tidsgränser", "en": "Time limits"},
    "child_voice": {"sv": "Barnets röst", "en": "The child's voice"},
}

CATEGORY_THEME: dict[Category, str] = {
    Category.PREASSESSMENT_OVERDUE: "deadlines",
    Category.INVESTIGATION_OVERDUE: "deadlines",
    Category.DEADLINE_APPROACHING: "deadlines",
    Category.PROTECTION_ASSESSMENT_LATE: "deadlines",
    Category.REVIEW_OVERDUE: "deadlines",
    Category.PLAN_MISSING: "planning",
    Category.ANALYSIS_MISSING: "analysis",
    Category.ANALYSIS_SUMMARY: "analysis",
    Category.RISK_UNEXPLAINED: "analysis",
    Category.CENTRAL_NEEDS_MISSING: "analysis",
    Category.CHILD_VOICE_MISSING: "child_voice",
    Category.GOAL_NOT_SMART: "goals",
    Category.GOALS_SET_LATE: "goals",
    # a missing genomförandeplan is about planning the intervention with the provider (seed 003:
    # "Planera utförande och genomförande av insats"), closest to the assignment theme
    Category.IMPLEMENTATION_PLAN_MISSING: "goals",
    Category.TEMPLATE_UNFILLED: "bbic_model",  # "BBIC used as forms to fill" is the model theme
    Category.OTHER: "bbic_model",
}

_BY_LABEL = {label.lower(): key for key, names in THEMES.items() for label in names.values()}


def theme_of(finding: Finding) -> str:
    """The theme key of a finding: its own ``theme`` when the rule set one we know, else by category."""
    if finding.theme:
        own = finding.theme.strip()
        if own in THEMES:
            return own
        if own.lower() in _BY_LABEL:
            return _BY_LABEL[own.lower()]
    return CATEGORY_THEME.get(finding.category, "bbic_model")


def theme_label(key: str, lang: str = "sv") -> str:
    return THEMES[key]["en" if lang == "en" else "sv"]


F = TypeVar("F", bound=Finding)


def group_by_theme(findings: Iterable[F]) -> list[tuple[str, list[F]]]:
    """(theme key, findings) in THEMES order, empty themes left out, findings kept in their order."""
    groups: dict[str, list[F]] = {key: [] for key in THEMES}
    for finding in findings:
        groups[theme_of(finding)].append(finding)
    return [(key, items) for key, items in groups.items() if items]
