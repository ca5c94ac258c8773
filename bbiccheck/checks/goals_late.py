"""``kind: goals_late`` — goals first written when the intervention had already started.

What it checks: the earliest ``start`` event (insats or placement started) against the earliest goal:
a ``goal_events`` event ("Målen formulerades 2026-05-04") or the date of a document of ``goal_types``
(vårdplan, uppdrag, beslut, utredning) that has a goal section. When the first goal is dated on or
after the start, the goals were set late. Undated goal documents are taken as earlier (no finding).
Why it matters: goals belong in the decision, the care plan or the assignment, so that the provider
starts with a direction and the family knows what the help is for.
Example: insatsen startade 2026-05-04; målen formulerades vid uppstartsmötet 2026-05-04 -> GOALS_SET_LATE.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import DocType, Finding


class GoalsLateRule(RuleSpec):
    kind: Literal["goals_late"]
    start: list[str] = Field(default_factory=lambda: ["insats_paborjad", "placering_paborjad"])
    goal_events: list[str] = Field(default_factory=lambda: ["mal_formulerat"])
    goal_types: list[DocType] = Field(default_factory=lambda: [DocType.vardplan, DocType.uppdrag, DocType.beslut, DocType.utredning])
    goal_sections: list[str] = Field(default_factory=lambda: ["mal"])
    grace_days: int = Field(0, ge=0, description="Mål som skrivs så här många dagar före start räknas också som sena.")


@register("goals_late", GoalsLateRule, provides={"start_date", "goal_date"})
def check_goals_late(rule: GoalsLateRule, ctx: CheckContext) -> Iterator[Finding]:
    starts = ctx.events.of(rule.start)
    if not starts:
        return
    start, _ = starts[0]
    goal_docs = [d for d in ctx.case.documents if d.type in rule.goal_types and ctx.sections(d, rule.goal_sections)]
    if any(d.date is None for d in goal_docs):
        return
    goals = [(m.date, m, d) for m, d in ctx.events.of(rule.goal_events)]
    goals += [(d.date, None, d) for d in goal_docs]
    if not goals:
        return
    first_date, mention, doc = min(goals, key=lambda g: g[0])
    if (start.date - first_date).days > rule.grace_days:
        return
    values = {"start_date": start.date.isoformat(), "goal_date": first_date.isoformat()}
    if mention is not None:
        yield ctx.finding(rule, doc=doc, block=mention.block, start=mention.start, end=mention.end,
                          text=mention.text, values=values)
    else:
        yield ctx.finding(rule, doc=doc, values=values)
