"""``kind: goal_smart`` — goals that cannot be followed up: not specific, measurable or time-bound.

What it checks: every goal statement — sentences in goal sections (list items, paragraphs, the goal
column of a goal table), and sentences matching ``goal_patterns`` anywhere ("Målet är att ...") — is
judged per facet. S: names who does or shows what (an actor or a concrete behaviour) and has no vague
wording. M: an observable measure (a number, amount, frequency or instrument) or a step that is done or
not ("har ansökt om", "är upprättad"). T: a date or period. In a goal section with a goal table, only the
table's goal column holds goals.
The other cells of a goal table's row count for M and T (a "Tidsram" column). A finding lists the
failing facets in ``facets``.
Why it matters: a goal that cannot be measured cannot be followed up, and then nobody knows whether the
intervention helps the child.
Example: "Målet är att familjen ska må bättre." -> GOAL_NOT_SMART, facets S, M, T.
"""

from __future__ import annotations

from functools import cached_property
from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.annotations import Sentence
from bbiccheck.checks.base import CheckContext, RuleSpec, Spec, register, spoken_list
from bbiccheck.patterns import Patterns
from bbiccheck.model import Block, BlockKind, Document, Finding

Facet = Literal["S", "M", "T"]
NO_GOALS = frozenset({BlockKind.placeholder, BlockKind.heading})  # tested on every block: made once


class FacetCues(Spec):
    any_of: list[str] = Field(default_factory=list, description="Minst en av dessa signaler krävs.")
    none_of: list[str] = Field(default_factory=list, description="Ingen av dessa får finnas.")


class GoalSmartRule(RuleSpec):
    kind: Literal["goal_smart"]
    goal_sections: list[str] = Field(default_factory=lambda: ["mal"])
    goal_patterns: list[str] = Field(default_factory=lambda: [r"\bmålet (med [\w ]+ )?är att\b", r"^(del)?mål\s*\d*\s*:"])
    goal_columns: list[str] = Field(default_factory=lambda: [r"^(del)?mål", r"^önskat resultat", r"^förväntat resultat"])
    not_goals: list[str] = Field(default_factory=lambda: [r"\bmål(en)? (har )?(\w+ )?(formulerats|tagits fram|diskuterats|följts upp|arbetats fram|formulerades|formuleras|togs fram)",
                                                          r"\bmål\w* (ovan )?(följs|ska följas|kommer att följas) upp",
                                                          r"^(praktiskt|aktivitet(er)?|insats(er)?|ansvarig|ansvar|kommentar|övrigt)\s*:",
                                                          r"^(utredningen|utredningstiden|förhandsbedömning(en)?|beslutet)\b",
                                                          r"\b\d+ kap\.? \d+",
                                                          r"\b(centrala|viktigaste|främsta) behov",
                                                          r"\?\s*[–-]?\s*$",
                                                          r"^(mål|delmål|insats|tidsram|ansvarig|uppföljning)$",
                                                          r"\b(utredningen|genomförandeplan(en)?|vårdplan(en)?|beslutet|uppdraget)\b.*\b(avslutas|upprättas|skrivs|revideras|upprättades)\b"])
    min_words: int = Field(3, ge=1)
    facets: dict[Facet, FacetCues] = Field(default_factory=lambda: {
        "S": FacetCues(any_of=["aktor", "name", "beteende"], none_of=["vag"]),
        # "har ansökt om ... senast" is done or not; "låser inte in Liam" is never, which can be observed
        "M": FacetCues(any_of=["number", "matt", "fullgjort", "nollmal"]),
        "T": FacetCues(any_of=["date", "tid"]),
    })

    @cached_property
    def compiled(self) -> tuple[Patterns, Patterns, Patterns]:
        return Patterns(self.goal_patterns), Patterns(self.goal_columns), Patterns(self.not_goals)


@register("goal_smart", GoalSmartRule, needs_nlp=True, provides={"missing_facets", "goal"})
def check_goal_smart(rule: GoalSmartRule, ctx: CheckContext) -> Iterator[Finding]:
    names = {"S": "specifikt", "M": "mätbart", "T": "tidsatt"} if ctx.lang != "en" else \
            {"S": "specific", "M": "measurable", "T": "time-bound"}
    for doc in ctx.documents(rule):
        for sentence, context in goal_statements(rule, ctx, doc):
            failing = [f for f, cues in rule.facets.items() if not facet_holds(cues, sentence, context)]
            if failing:
                yield ctx.finding(rule, doc=doc, block=sentence.block, start=sentence.start, end=sentence.end,
                                  text=sentence.text, facets=failing,
                                  values={"missing_facets": spoken_list([names[f] for f in failing], ctx.lang),
                                          "goal": sentence.text})


def facet_holds(cues: FacetCues, sentence: Sentence, context: list[Sentence]) -> bool:
    if any(sentence.has(c) for c in cues.none_of):
        return False
    return not cues.any_of or any(s.has(*cues.any_of) for s in [sentence, *context])


def goal_statements(rule: GoalSmartRule, ctx: CheckContext, doc: Document) -> Iterator[tuple[Sentence, list[Sentence]]]:
    patterns, columns, not_goals = rule.compiled
    may_state_goal = patterns.possible(ctx.haystack(doc))  # the blocks where a goal pattern may match
    annotated = ctx.sentences.get(doc.path, {})
    index = ctx.index(doc)
    table_blocks = index.table_blocks
    headers = {(b.table, b.col): b.text for b in table_blocks if b.row == 0 and b.kind == BlockKind.table_cell}
    goal_tables = {t for (t, _), h in headers.items() if columns.first_match(h)}
    in_goal_section = set()
    for section in ctx.sections(doc, rule.goal_sections):
        section_blocks = list(section.all_blocks())
        if any(b.table in goal_tables for b in section_blocks):
            continue  # with a goal table, the goals are in its goal column; the prose around it is not
        in_goal_section |= {b.index for b in section_blocks}
    rows: dict[tuple, list[Block]] = {}
    for b in table_blocks:
        if b.table is not None:
            rows.setdefault((b.table, b.row), []).append(b)
    # most blocks are prose outside the goal sections where no goal pattern can match: not read at all
    candidates = {b.index for b in table_blocks if b.table is not None} | in_goal_section | may_state_goal
    for block in index.blocks_with(candidates):
        sentences = annotated.get(block.index, [])
        if block.kind in NO_GOALS or not sentences:
            continue
        context: list[Sentence] = []
        if block.table is not None:
            header = headers.get((block.table, block.col), "")
            label = block.label or header
            if block.row == 0 and block.kind == BlockKind.table_cell and header:
                continue  # the header row itself
            is_goal_cell = columns.first_match(label) is not None
            if (block.kind == BlockKind.fact and not is_goal_cell) or (block.table in goal_tables and not is_goal_cell):
                continue
            context = [s for other in rows.get((block.table, block.row), []) if other.index != block.index
                       for s in annotated.get(other.index, [])]
            if block.kind == BlockKind.fact:  # judge the value, not "Mål: "
                sentences = [_strip_label(s, block) for s in sentences]
            in_section = block.index in in_goal_section or is_goal_cell
        else:
            in_section = block.index in in_goal_section
        if not in_section and block.index not in may_state_goal:
            continue  # a table cell where no goal pattern can match
        for sentence in sentences:
            text = sentence.text.strip()
            if not in_section and not patterns.first_match(text):
                continue  # tested first, as the cheapest way out
            if len(text.split()) >= rule.min_words and not not_goals.first_match(text):
                yield sentence, context


def _strip_label(sentence: Sentence, block: Block) -> Sentence:
    cut = len(block.label or "") + 2
    if sentence.start >= cut:
        return sentence
    return Sentence(sentence.block, cut, sentence.end, block.text[cut:sentence.end], sentence.lemmas,
                    [c for c in sentence.cues if c.start >= cut])
