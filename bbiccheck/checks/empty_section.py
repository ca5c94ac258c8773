"""``kind: empty_section`` — a template heading left with nothing under it.

What it checks: a section whose heading is a known BBIC section (it has a key) and which holds fewer
than ``min_words`` words, itself and its sub-sections together. A group heading (``group_sections``)
directly followed by another heading is not empty, whatever level the template gave the areas.
Why it matters: an empty heading from the template shows a part of the child's situation that was
never investigated or never written down — or the template steered the work.
Example: "Barnets berättelse" directly followed by "Föräldrarnas förmåga" -> TEMPLATE_UNFILLED.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import Finding


class EmptySectionRule(RuleSpec):
    kind: Literal["empty_section"]
    min_words: int = Field(1, ge=1)
    ignore_sections: list[str] = Field(default_factory=list, description="Avsnitt som får vara tomma.")
    group_sections: list[str] = Field(default_factory=list,
                                      description="Samlingsrubriker: följs de direkt av en annan rubrik är de inte tomma.")


@register("empty_section", EmptySectionRule, provides={"section"})
def check_empty_section(rule: EmptySectionRule, ctx: CheckContext) -> Iterator[Finding]:
    # read in the loop: locals, not model fields (a pydantic attribute costs ten local reads)
    ignore, group, min_words = rule.ignore_sections, rule.group_sections, rule.min_words
    for doc in ctx.documents(rule):
        sections = ctx.index(doc).sections
        headings = {s.heading_block for s in sections if s.heading_block is not None}
        for section in sections:
            key, heading = section.key, section.heading_block
            if key is None or key in ignore or heading is None:
                continue
            if key in group and heading + 1 in headings:
                continue  # "BARNETS UTVECKLING" followed by "HÄLSA" at the same level groups the areas
            if not section.has_words(min_words):
                yield ctx.finding(rule, doc=doc, block=section.heading_block, text=section.title,
                                  values={"section": section.title})
