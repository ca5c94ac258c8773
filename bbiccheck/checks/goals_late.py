"""``kind: goals_late`` — goals first written when the intervention had already started.

What it checks: an intervention or placement has started (``start``) and its goals first appear at or
after the start — a ``goal_events`` event ("Målen formulerades vid uppstartsmötet 2026-05-04") or a
document of ``late_types`` (the genomförandeplan) with a goal section — while no decision, care plan,
assignment or investigation (``goal_types``) holds goals by then (a goal section of at least
``min_goal_words`` words; an undated one is taken as earlier).
Why it matters: goals belong in the decision, the care plan or the assignment, so that the provider
starts with a direction and the family knows what the help is for.
Example: insatsen startade 2026-05-04; målen formulerades vid uppstartsmötet 2026-05-04 -> GOALS_SET_LATE.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import DocType, Document, Finding


class GoalsLateRule(RuleSpec):
    kind: Literal["goals_late"]
    start: list[str] = Field(default_factory=lambda: ["insats_paborjad", "placering_paborjad"])
    goal_events: list[str] = Field(default_factory=lambda: ["mal_formulerat"])
    goal_types: list[DocType] = Field(default_factory=lambda: [DocType.vardplan, DocType.uppdrag, DocType.beslut, DocType.utredning])
    late_types: list[DocType] = Field(default_factory=lambda: [DocType.genomforandeplan])
    goal_sections: list[str] = Field(default_factory=lambda: ["mal"])
    min_goal_words: int = Field(12, ge=1, description="Ett målavsnitt med färre ord ('Målen formuleras vid uppstarten') har inga mål.")
    grace_days: int = Field(0, ge=0, description="Mål som skrivs så här många dagar före start räknas också som sena.")


def has_goals(rule: GoalsLateRule, ctx: CheckContext, doc: Document) -> bool:
    return any(s.has_words(rule.min_goal_words) for s in ctx.sections(doc, rule.goal_sections))


@register("goals_late", GoalsLateRule, provides={"start_date", "goal_date"})
def check_goals_late(rule: GoalsLateRule, ctx: CheckContext) -> Iterator[Finding]:
    starts = ctx.events.of(rule.start)
    if not starts:
        return
    start = starts[0][0].date
    late = [(m.date, m, d) for m, d in ctx.events.of(rule.goal_events) if (start - m.date).days <= rule.grace_days]
    late += [(d.date or start, None, d) for d in ctx.case.documents
             if d.type in rule.late_types and has_goals(rule, ctx, d) and (d.date is None or d.date >= start)]
    if not late:
        return
    goal_date, mention, doc = min(late, key=lambda item: item[0])
    # goals in the care plan or assignment by then (even one written just after an urgent placement) are in time
    if any(d.type in rule.goal_types and has_goals(rule, ctx, d) and (d.date is None or d.date <= goal_date)
           for d in ctx.case.documents):
        return
    values = {"start_date": start.isoformat(), "goal_date": goal_date.isoformat()}
    if mention is not None:
        yield ctx.finding(rule, doc=doc, block=mention.block, start=mention.start, end=mention.end,
                          text=mention.text, values=values)
    else:
        yield ctx.finding(rule, doc=doc, values=values)
