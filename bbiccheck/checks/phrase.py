"""``kind: phrase`` — words or patterns that should not be in a finished document.

What it checks: each block (in ``in_sections``, if given) is searched for ``patterns`` (regular
expressions, case-insensitive); with ``placeholders: true`` every unfilled content control counts too.
``only_dated_from`` limits the rule to documents written on or after a day (a repealed law cited after
the new one came into force): the document's own date, or else the latest dated event it records. One finding per block.
Why it matters: template text left in place shows BBIC used as a form to fill, not a way of working.
Example: "Klicka eller tryck här för att ange text." under Barnets berättelse -> TEMPLATE_UNFILLED.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.patterns import Patterns
from bbiccheck.model import BlockKind, Finding


class PhraseRule(RuleSpec):
    kind: Literal["phrase"]
    patterns: list[str] = Field(default_factory=list, description="Reguljära uttryck, skiftlägesokänsliga.")
    placeholders: bool = Field(False, description="Rapportera också ifyllnadsfält som inte fyllts i.")
    in_sections: list[str] = Field(default_factory=list)
    only_dated_from: dt.date | None = None

    @cached_property
    def compiled(self) -> Patterns:
        return Patterns(self.patterns)


@register("phrase", PhraseRule, provides={"match"})
def check_phrase(rule: PhraseRule, ctx: CheckContext) -> Iterator[Finding]:
    for doc in ctx.documents(rule):
        if rule.only_dated_from and not written_from(doc, rule.only_dated_from):
            continue
        index = ctx.index(doc)
        possible = rule.compiled.possible(ctx.haystack(doc))  # most documents: few blocks or none
        # only these blocks can give a finding: the others are not read at all
        wanted = possible | index.placeholders if rule.placeholders else possible
        blocks = ([b for section in ctx.sections(doc, rule.in_sections) for b in section.all_blocks() if b.index in wanted]
                  if rule.in_sections else index.blocks_with(wanted))
        for block in blocks:
            if block.kind == BlockKind.placeholder:
                if rule.placeholders:
                    yield ctx.finding(rule, doc=doc, block=block.index, start=0, end=len(block.text),
                                      text=block.text, values={"match": block.text})
                continue
            if block.index in possible and (m := rule.compiled.first_match(block.text)):
                yield ctx.finding(rule, doc=doc, block=block.index, start=m.start(), end=m.end(),
                                  text=block.text, values={"match": m.group(0)})


def written_from(doc, day: dt.date) -> bool:
    """Was the document written on or after ``day``? An undated one was if it records an event since then."""
    if doc.date is not None:
        return doc.date >= day
    return any(m.event and m.event != "uppfoljning_planerad" and m.date >= day for m in doc.dates)
