"""``kind: central_needs`` — the assessment names which of the child's needs are central.

What it checks: a document in ``applies_to`` passes when a section ``needs_sections`` (e.g. "Barnets
centrala behov") has at least ``min_words`` words, or a sentence in ``in_sections`` carries a
``needs_cues`` cue ("Elsas mest centrala behov är ...", "behöver framför allt").
Why it matters: walking through every BBIC area is not an assessment; the intervention must be aimed at
the few needs that matter most for this child, and the goals follow from them.
Example: an analysis that describes health, school and relations but never says what Elsa needs most.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import Finding


class CentralNeedsRule(RuleSpec):
    kind: Literal["central_needs"]
    needs_sections: list[str] = Field(default_factory=lambda: ["centrala_behov"])
    min_words: int = Field(10, ge=1)
    in_sections: list[str] = Field(default_factory=lambda: ["analys", "bedomning", "centrala_behov", "forslag"])
    needs_cues: list[str] = Field(default_factory=lambda: ["centralt_behov"])


@register("central_needs", CentralNeedsRule, needs_nlp=True, provides=set())
def check_central_needs(rule: CentralNeedsRule, ctx: CheckContext) -> Iterator[Finding]:
    for doc in ctx.documents(rule):
        if any(s.has_words(rule.min_words) for s in ctx.sections(doc, rule.needs_sections)):
            continue
        where = ctx.outer_sections(doc, rule.in_sections)
        if any(s.has(*rule.needs_cues) for section in where for s in ctx.sentences_of(doc, section)):
            continue
        yield ctx.finding(rule, doc=doc, block=where[0].heading_block if where else None,
                          text=where[0].title if where else None)
