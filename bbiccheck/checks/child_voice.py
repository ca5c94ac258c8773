"""``kind: child_voice`` — the child's own views or account, or why the child was not heard.

What it checks: a document in ``applies_to`` passes when it has a section for the child's account
(``sections``) with at least ``min_words`` words, or a sentence that records a conversation with the
child (``conversation_cues``), or the child saying, wanting or describing something (``child_cues`` and
``speech_cues`` in one sentence), or a documented reason for not speaking with the child (``reason_cues``).
Why it matters: the child has the right to be heard, and the child's best interest cannot be judged
without the child's own view.
Example: an utredning where only the parents, the school and BVC are quoted -> CHILD_VOICE_MISSING.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import Finding


class ChildVoiceRule(RuleSpec):
    kind: Literal["child_voice"]
    sections: list[str] = Field(default_factory=lambda: ["barnets_berattelse"])
    min_words: int = Field(15, ge=1)
    conversation_cues: list[str] = Field(default_factory=lambda: ["barnsamtal"])
    child_cues: list[str] = Field(default_factory=lambda: ["barnref"])
    speech_cues: list[str] = Field(default_factory=lambda: ["yttrande"])
    reason_cues: list[str] = Field(default_factory=lambda: ["ej_samtal"])


@register("child_voice", ChildVoiceRule, needs_nlp=True, provides=set())
def check_child_voice(rule: ChildVoiceRule, ctx: CheckContext) -> Iterator[Finding]:
    for doc in ctx.documents(rule):
        if any(s.word_count() >= rule.min_words for s in ctx.sections(doc, rule.sections)):
            continue
        if any(s.has(*rule.conversation_cues) or s.has(*rule.reason_cues)
               or (s.has(*rule.child_cues) and s.has(*rule.speech_cues)) for s in ctx.sentences_of(doc)):
            continue
        empty = ctx.sections(doc, rule.sections)
        yield ctx.finding(rule, doc=doc, block=empty[0].heading_block if empty else None,
                          text=empty[0].title if empty else None)
