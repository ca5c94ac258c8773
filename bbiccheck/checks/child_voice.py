"""``kind: child_voice`` — the child's own views or account, or why the child was not heard.

What it checks: a document in ``applies_to`` passes when it records what the child said: the child as
the one who tells or describes something (the child — ``child_cues`` or the child's name — stands
before a ``speech_cues`` word or right after it, "berättar Elsa", with no adult or other person before
it; in the child's own section (``sections``) or in a sentence about a conversation with the child any
subject will do, and what the child wants or thinks (``wish_cues``) counts there too; "Hugo: tycker om
..." counts), or a reason for not speaking with the child that is not only a parent's word
(``reason_cues``). That a conversation took place, or a heading "Barnets berättelse" over the parents'
account, does not pass on its own. The child's
name is taken from a form field ("Barnets namn", "Barn") or is the first name the document uses most.
Why it matters: the child has the right to be heard, and the child's best interest cannot be judged
without the child's own view.
Example: an utredning where only the parents, the school and BVC are quoted -> CHILD_VOICE_MISSING.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.annotations import Sentence
from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import BlockKind, Document, Finding

CHILD_FIELD = re.compile(r"^(barn|barnet|barnets namn|den unge|den unges namn|ungdom|namn på barnet|elev)$", re.IGNORECASE)
CAPITALISED = re.compile(r"(?<=[a-zåäö,] )([A-ZÅÄÖ][a-zåäöé]{2,})(?:s)?\b")
NOT_NAMES = frozenset("Mamma Pappa Skolan Förskolan Socialtjänsten Utredningen Barnet Analys Bedömning Hon Han De Vi "
                      "Hälsa Utbildning Inför Enligt Efter Vid Under Sedan Det Den Detta BBIC SoL LVU BUP BVC".split())


class ChildVoiceRule(RuleSpec):
    kind: Literal["child_voice"]
    sections: list[str] = Field(default_factory=lambda: ["barnets_berattelse"])
    conversation_cues: list[str] = Field(default_factory=lambda: ["barnsamtal"])
    talk_cues: list[str] = Field(default_factory=lambda: ["samtal"],
                                 description="'Samtal med Hugo', 'Vid samtalen ritade Astrid': ett samtal och barnet i samma mening.")
    child_cues: list[str] = Field(default_factory=lambda: ["barnref"])
    speech_cues: list[str] = Field(default_factory=lambda: ["yttrande"])
    wish_cues: list[str] = Field(default_factory=lambda: ["onskan"],
                                 description="'vill', 'tycker': räknas bara i avsnittet om barnets berättelse.")
    adult_cues: list[str] = Field(default_factory=lambda: ["vuxen"])
    reason_cues: list[str] = Field(default_factory=lambda: ["ej_samtal"])


class CueLabels:
    """A rule's cue-label fields as plain attributes: they are read for every cue of every sentence until
    the child is heard, and a pydantic field read costs about ten plain ones."""

    __slots__ = ("conversation_cues", "talk_cues", "child_cues", "speech_cues", "wish_cues", "adult_cues",
                 "reason_cues")

    def __init__(self, rule: ChildVoiceRule):
        for name in self.__slots__:
            setattr(self, name, getattr(rule, name))


@register("child_voice", ChildVoiceRule, needs_nlp=True, provides=set())
def check_child_voice(rule: ChildVoiceRule, ctx: CheckContext) -> Iterator[Finding]:
    labels = CueLabels(rule)
    for doc in ctx.documents(rule):
        names = child_names(doc)
        own = {b.index for sec in ctx.sections(doc, rule.sections) for b in sec.all_blocks()}
        if any(child_heard(labels, s, names, s.block in own) for s in ctx.sentences_of(doc)):
            continue
        empty = ctx.sections(doc, rule.sections)
        yield ctx.finding(rule, doc=doc, block=empty[0].heading_block if empty else None,
                          text=empty[0].title if empty else None)


def child_heard(rule: ChildVoiceRule | CueLabels, sentence: Sentence, names: set[str], in_own_section: bool) -> bool:
    """Does the sentence give the child's own account or views, or a reason the child was not heard?"""
    if attributed_to_child(rule, sentence, rule.reason_cues, names, in_own_section):
        return True
    # a speech cue is rare: look for one before asking whether the sentence is about a talk with the child
    speaks = any(c.label in rule.speech_cues for c in sentence.cues)
    if speaks and attributed_to_child(rule, sentence, rule.speech_cues, names,
                                      in_own_section or child_conversation(rule, sentence, names)):
        return True
    if in_own_section and attributed_to_child(rule, sentence, rule.wish_cues, names, True):
        return True
    return labelled_by_child(sentence.text, names)


def child_names(doc: Document) -> set[str]:
    """The child's first name: from a form field, else the capitalised word used most mid-sentence."""
    for block in doc.blocks():
        if block.kind == BlockKind.fact and block.label and CHILD_FIELD.match(block.label):
            value = block.text[len(block.label) + 2:].split()
            if value:
                return {value[0].strip(",").lower()}
    counts = Counter(m.group(1) for m in CAPITALISED.finditer(doc.text) if m.group(1) not in NOT_NAMES)
    return {counts.most_common(1)[0][0].lower()} if counts else set()


def attributed_to_child(rule: ChildVoiceRule | CueLabels, sentence: Sentence, labels: list[str], names: set[str],
                        in_own_section: bool) -> bool:
    """The first cue of ``labels`` is the child's: the child (a child word or the child's name, or in the
    child's own section any subject) comes before it, and no adult or other person does. Passive forms
    ('Filip beskrivs som') say what others say about the child."""
    cues = [c for c in sentence.cues if c.label in labels and not c.text.lower().endswith("s")]
    if not cues:
        return False
    first = min(c.start for c in cues)
    before = [c for c in sentence.cues if c.start < first]
    if any(c.label in rule.adult_cues or (c.label == "name" and not is_child(c.text, names)) for c in before):
        return False
    if in_own_section:
        return True
    words = sentence.text[: first - sentence.start].replace(",", " ").split()
    after = sentence.text[first - sentence.start:].split()[1:3]  # V2 inversion: "berättar Elsa", "ritade Astrid"
    return (any(c.label in rule.child_cues for c in before) or any(is_child(w, names) for w in words)
            or any(is_child(w.strip(",.:"), names) for w in after))


def labelled_by_child(text: str, names: set[str]) -> bool:
    """A line of the child's own words: "Hugo: tycker om att vara hos båda."."""
    m = CHILD_SPEAKS.match(text)
    return m is not None and is_child(m.group(1), names)


def is_child(word: str, names: set[str]) -> bool:
    word = word.lower()
    return word in names or word.removesuffix("s") in names


CHILD_SPEAKS = re.compile(r"^\s*([A-ZÅÄÖ][a-zåäöé]+)\s*:\s+\S")  # "Hugo: tycker om att vara hos båda."
JOINT = re.compile(r"^\s*(och|samt|tillsammans med|med)\b", re.IGNORECASE)


def child_conversation(rule: ChildVoiceRule | CueLabels, sentence: Sentence, names: set[str]) -> bool:
    """A conversation with the child, not a joint meeting ("med barnet och vårdnadshavarna")."""
    child_named = any(c.label in rule.child_cues or (c.label == "name" and is_child(c.text, names)) for c in sentence.cues)
    for cue in sentence.cues:
        if (cue.label in rule.conversation_cues or (cue.label in rule.talk_cues and child_named)) and not cue.negated:
            after = sentence.text[cue.end - sentence.start:]
            adults = [c for c in sentence.cues if c.label in rule.adult_cues and 0 <= c.start - cue.end <= 25]
            if not (JOINT.match(after) and adults):
                return True
    return False
