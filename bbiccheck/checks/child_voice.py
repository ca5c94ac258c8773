"""``kind: child_voice`` — the child's own views or account, or why the child was not heard.

What it checks: a document in ``applies_to`` passes when it has a section for the child's account
(``sections``) with at least ``min_words`` words, or a sentence that records a conversation with the
child (``conversation_cues``), or the child as the one who says, wants or describes something (the child —
``child_cues`` or the child's name — stands before a ``speech_cues`` word, with no ``adult_cues`` word
before it), or a documented reason for not speaking with the child (``reason_cues``). The child's name
is taken from a form field ("Barnets namn", "Barn") or is the first name the document uses most.
Why it matters: the child has the right to be heard, and the child's best interest cannot be judged
without the child's own view.
Example: an utredning where only the parents, the school and BVC are quoted -> CHILD_VOICE_MISSING.
"""

from __future__ import annotations

from typing import Iterator, Literal
from collections import Counter
import re

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import BlockKind, Document, Finding
from bbiccheck.nlp import Sentence

CHILD_FIELD = re.compile(r"^(barn|barnet|barnets namn|den unge|den unges namn|ungdom|namn på barnet|elev)$", re.IGNORECASE)
CAPITALISED = re.compile(r"(?<=[a-zåäö,] )([A-ZÅÄÖ][a-zåäöé]{2,})(?:s)?\b")
NOT_NAMES = frozenset("Mamma Pappa Skolan Förskolan Socialtjänsten Utredningen Barnet Analys Bedömning Hon Han De Vi "
                      "Hälsa Utbildning Inför Enligt Efter Vid Under Sedan Det Den Detta BBIC SoL LVU BUP BVC".split())


class ChildVoiceRule(RuleSpec):
    kind: Literal["child_voice"]
    sections: list[str] = Field(default_factory=lambda: ["barnets_berattelse"])
    min_words: int = Field(15, ge=1)
    conversation_cues: list[str] = Field(default_factory=lambda: ["barnsamtal"])
    child_cues: list[str] = Field(default_factory=lambda: ["barnref"])
    speech_cues: list[str] = Field(default_factory=lambda: ["yttrande"])
    adult_cues: list[str] = Field(default_factory=lambda: ["vuxen"])
    reason_cues: list[str] = Field(default_factory=lambda: ["ej_samtal"])


@register("child_voice", ChildVoiceRule, needs_nlp=True, provides=set())
def check_child_voice(rule: ChildVoiceRule, ctx: CheckContext) -> Iterator[Finding]:
    for doc in ctx.documents(rule):
        if any(s.word_count() >= rule.min_words for s in ctx.sections(doc, rule.sections)):
            continue
        names = child_names(doc)
        if any(s.has(*rule.conversation_cues) or s.has(*rule.reason_cues) or child_speaks(rule, s, names)
               for s in ctx.sentences_of(doc)):
            continue
        empty = ctx.sections(doc, rule.sections)
        yield ctx.finding(rule, doc=doc, block=empty[0].heading_block if empty else None,
                          text=empty[0].title if empty else None)


def child_names(doc: Document) -> set[str]:
    """The child's first name: from a form field, else the capitalised word used most mid-sentence."""
    for block in doc.blocks():
        if block.kind == BlockKind.fact and block.label and CHILD_FIELD.match(block.label):
            value = block.text[len(block.label) + 2:].split()
            if value:
                return {value[0].strip(",").lower()}
    counts = Counter(m.group(1) for m in CAPITALISED.finditer(doc.text) if m.group(1) not in NOT_NAMES)
    return {counts.most_common(1)[0][0].lower()} if counts else set()


def child_speaks(rule: ChildVoiceRule, sentence: Sentence, names: set[str]) -> bool:
    speech = [c.start for c in sentence.cues if c.label in rule.speech_cues]
    if not speech:
        return False
    first_speech = min(speech)
    words = sentence.text[: first_speech - sentence.start].lower().replace(",", " ").split()
    child = sentence.has(*rule.child_cues) and any(c.start < first_speech for c in sentence.cues if c.label in rule.child_cues)
    child = child or any(w.rstrip("s") in names or w in names for w in words)
    adult = any(c.start < first_speech for c in sentence.cues if c.label in rule.adult_cues)
    return child and not adult
