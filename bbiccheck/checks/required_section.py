"""``kind: required_section`` — a section each document of a type must have, with real content.

What it checks: every document in ``applies_to`` has a section whose key is in ``sections`` with at
least ``min_words`` words (sub-sections included).
Why it matters: an investigation without an analysis gives the decision-maker facts but no reasons.
Example: an utredning with Bakgrund, Barnets behov and Förslag till beslut but no Analys -> ANALYSIS_MISSING.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import Finding


class RequiredSectionRule(RuleSpec):
    kind: Literal["required_section"]
    sections: list[str] = Field(min_length=1, description="Avsnittsnycklar (rules/lexicon/sections.yaml) som uppfyller kravet.")
    min_words: int = Field(20, ge=0, description="Ett avsnitt med färre ord räknas som tomt.")


@register("required_section", RequiredSectionRule, provides={"words", "section"})
def check_required_section(rule: RequiredSectionRule, ctx: CheckContext) -> Iterator[Finding]:
    for doc in ctx.documents(rule):
        found = ctx.sections(doc, rule.sections)
        # counted up to min_words only: more changes neither the answer nor the message, which is given
        # only when every section has fewer
        words = max((s.word_count(rule.min_words) for s in found), default=0)
        if words >= rule.min_words:
            continue
        heading = found[0].heading_block if found else None
        yield ctx.finding(rule, doc=doc, block=heading, text=found[0].title if found else None,
                          values={"words": words, "section": found[0].title if found else ""})
