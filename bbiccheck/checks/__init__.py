"""The registry of check kinds. This import list is the table of contents: one module per kind."""

from bbiccheck.checks import (  # noqa: F401
    analysis_summary,
    central_needs,
    child_voice,
    deadline,
    empty_section,
    goal_smart,
    goals_late,
    phrase,
    required_document,
    required_section,
    risk_explained,
)
from bbiccheck.checks.base import CHECKS, CheckContext, RuleSpec

__all__ = ["CHECKS", "CheckContext", "RuleSpec"]
