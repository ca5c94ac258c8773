"""``kind: required_document`` — a document the case must hold once something has happened.

What it checks: when the case holds a document of ``when_types`` or a dated ``when_events`` event, it
must also hold a document of ``satisfied_by_types`` or a section with one of ``satisfied_by_sections``
(with at least ``min_words`` words, so an empty template heading does not count).
Why it matters: an investigation without a plan, or an intervention without an implementation plan,
is work without a direction the family can follow.
Example: an utredning and no utredningsplan anywhere in the case -> PLAN_MISSING.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import DocType, Finding


class RequiredDocumentRule(RuleSpec):
    kind: Literal["required_document"]
    when_types: list[DocType] = Field(default_factory=list, description="Regeln gäller när akten har någon av dessa dokumenttyper.")
    when_events: list[str] = Field(default_factory=list, description="… eller någon av dessa daterade händelser.")
    satisfied_by_types: list[DocType] = Field(default_factory=list)
    satisfied_by_sections: list[str] = Field(default_factory=list, description="Avsnittsnycklar som också räknas.")
    min_words: int = Field(15, ge=0)


@register("required_document", RequiredDocumentRule, provides={"trigger"})
def check_required_document(rule: RequiredDocumentRule, ctx: CheckContext) -> Iterator[Finding]:
    docs = ctx.case.documents
    triggers = [d.type.value for d in docs if d.type in rule.when_types]
    triggers += [m.event for m, _ in ctx.events.of(rule.when_events)]
    if not triggers:
        return
    if any(d.type in rule.satisfied_by_types for d in docs):
        return
    for doc in docs:
        for section in ctx.sections(doc, rule.satisfied_by_sections):
            if section.has_words(rule.min_words):
                return
    yield ctx.finding(rule, values={"trigger": triggers[0]})
