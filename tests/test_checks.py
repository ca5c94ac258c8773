"""Shortcuts the checks take must give what the plain code they replace gives, whatever the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bbiccheck.model import Block, BlockKind, Section

# words, all kinds of whitespace (str.split's: tabs, no-break space, line separators) and empty texts
_TEXT = st.lists(st.sampled_from(["ord", "Två", "å", "  ", "\t", "\n", "\xa0", "\u2028", "\u3000", "x.y", ""]),
                 max_size=12).map("".join)
_KIND = st.sampled_from([BlockKind.paragraph, BlockKind.placeholder, BlockKind.fact, BlockKind.list_item])


@st.composite
def sections(draw, depth: int = 0) -> Section:
    blocks = [Block(index=i, kind=draw(_KIND), text=draw(_TEXT), start=0, end=0)
              for i in range(draw(st.integers(0, 4)))]
    children = draw(st.lists(sections(depth + 1), max_size=3)) if depth < 2 else []
    return Section(title="t", level=depth + 1, blocks=blocks, children=children)


@settings(max_examples=400, deadline=None)
@given(sections(), st.integers(0, 30))
def test_a_capped_word_count_is_the_word_count_capped(section: Section, limit: int):
    assert section.word_count(limit) == min(section.word_count(), limit)
    assert section.has_words(limit) == (section.word_count() >= limit)


def _walk_reference(section: Section):
    """The recursive definition of Section.walk: the section, then each child's walk in order."""
    yield section
    for child in section.children:
        yield from _walk_reference(child)


@settings(max_examples=300, deadline=None)
@given(sections())
def test_the_model_walks_depth_first_in_document_order(root: Section):
    expected = list(_walk_reference(root))
    assert [id(s) for s in root.walk()] == [id(s) for s in expected]
    assert [id(b) for b in root.all_blocks()] == [id(b) for s in expected for b in s.blocks]


@settings(max_examples=300, deadline=None)
@given(sections())
def test_the_document_index_walks_as_the_model_does(root: Section):
    from bbiccheck.checks.base import DocumentIndex
    from bbiccheck.model import Document

    doc = Document(path="d.docx", root=root)
    index = DocumentIndex(doc)
    assert [id(b) for b in index.blocks] == [id(b) for b in doc.blocks()]
    assert [id(s) for s in index.sections] == [id(s) for s in doc.sections()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 5), min_size=1, max_size=20))
def test_most_common_picks_as_counter_does(picks: list[int]):
    from collections import Counter

    from bbiccheck.checks.analysis_summary import most_common

    objects = [object() for _ in range(6)]
    items = [objects[i] for i in picks]
    expected = {id(o): o for o in items}[Counter(map(id, items)).most_common(1)[0][0]]
    assert most_common(items) is expected


@given(st.lists(st.sampled_from(["a", "b", "c", None]), max_size=12), st.integers(2, 8))
def test_shingles_are_every_run_of_n(lemmas: list, n: int):
    from bbiccheck.checks.analysis_summary import shingles

    lemmas = tuple(lemmas)
    assert shingles(lemmas, n) == [lemmas[i:i + n] for i in range(len(lemmas) - n + 1)]


_LEMMAS = st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=8).map(tuple)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_LEMMAS, max_size=3), max_size=6), st.lists(_LEMMAS, min_size=1, max_size=3),
       st.integers(2, 4), st.sets(st.integers(0, 5)))
def test_source_index_is_the_first_sentence_of_each_wanted_shingle(blocks, analysis, n, skip):
    """_source_index against its definition: each wanted shingle of a sentence outside ``skip``, mapped to the
    first such sentence (blocks in order) that has it."""
    from types import SimpleNamespace

    from bbiccheck.annotations import Sentence
    from bbiccheck.checks.analysis_summary import AnalysisSummaryRule, _source_index, shingles

    rule = AnalysisSummaryRule.model_construct(kind="analysis_summary", shingle=n, exclude_from_sources=[])
    doc = SimpleNamespace(path="d")
    annotated = {b: [Sentence(b, 0, 0, "", lemmas) for lemmas in sentences] for b, sentences in enumerate(blocks)}
    ctx = SimpleNamespace(sentences={"d": annotated}, sections=lambda doc, keys: [])
    wanted = {gram for lemmas in analysis for gram in shingles(lemmas, n)}
    expected: dict = {}
    for b, sentences in annotated.items():
        for sentence in sentences if b not in skip else ():
            for gram in shingles(sentence.lemmas, n):
                if gram in wanted:
                    expected.setdefault(gram, sentence)
    found = _source_index(rule, ctx, doc, skip, wanted)
    assert found.keys() == expected.keys() and all(found[g] is expected[g] for g in expected)


def _phrase_reference(rule, ctx):
    """check_phrase as it was before it read only the candidate blocks: every block, in order."""
    from bbiccheck.checks.phrase import written_from

    for doc in ctx.documents(rule):
        if rule.only_dated_from and not written_from(doc, rule.only_dated_from):
            continue
        blocks = ([b for section in ctx.sections(doc, rule.in_sections) for b in section.all_blocks()]
                  if rule.in_sections else ctx.blocks(doc))
        for block in blocks:
            if block.kind == BlockKind.placeholder:
                if rule.placeholders:
                    yield ctx.finding(rule, doc=doc, block=block.index, start=0, end=len(block.text),
                                      text=block.text, values={"match": block.text})
                continue
            if m := rule.compiled.first_match(block.text):
                yield ctx.finding(rule, doc=doc, block=block.index, start=m.start(), end=m.end(),
                                  text=block.text, values={"match": m.group(0)})


def test_phrase_reads_the_blocks_the_plain_loop_finds(ruleset):
    import datetime as dt
    from pathlib import Path

    from bbiccheck.checks import CHECKS, CheckContext
    from bbiccheck.engine import Checker
    from bbiccheck.load import discover

    checker = Checker(ruleset)
    phrase_rules = [r for r in ruleset.rules if r.kind == "phrase"]
    variants = [r.model_copy(update=update) for r in phrase_rules
                for update in ({}, {"placeholders": not r.placeholders}, {"only_dated_from": None},
                               {"in_sections": ["analys", "bedomning", "barnets_behov", "halsa"]},
                               {"patterns": r.patterns + [r"\bär\b", r"(?i)SKOLAN", r"\d+"]})]
    for variant in variants:
        variant.__dict__.pop("compiled", None)  # the cached Patterns of the rule it was copied from
    root = Path(__file__).parent
    found = 0
    for folder in (root / "corpus", root.parent / "samples"):
        for source in discover(folder):
            ctx = CheckContext(checker.load(source), dt.date(2026, 11, 25))
            for rule in variants:
                expected = list(_phrase_reference(rule, ctx))
                assert list(CHECKS["phrase"].run(rule, ctx)) == expected
                found += len(expected)
    assert found > 50


def _goal_statements_reference(rule, ctx, doc):
    """goal_statements as it was before it read only the candidate blocks: every block, in order."""
    from bbiccheck.checks.goal_smart import NO_GOALS, _strip_label

    patterns, columns, not_goals = rule.compiled
    annotated = ctx.sentences.get(doc.path, {})
    blocks = ctx.blocks(doc)
    headers = {(b.table, b.col): b.text for b in blocks if b.row == 0 and b.kind == BlockKind.table_cell}
    goal_tables = {t for (t, _), h in headers.items() if columns.first_match(h)}
    in_goal_section = set()
    for section in ctx.sections(doc, rule.goal_sections):
        section_blocks = list(section.all_blocks())
        if any(b.table in goal_tables for b in section_blocks):
            continue
        in_goal_section |= {b.index for b in section_blocks}
    rows = {}
    for b in blocks:
        if b.table is not None:
            rows.setdefault((b.table, b.row), []).append(b)
    for block in blocks:
        sentences = annotated.get(block.index, [])
        if block.kind in NO_GOALS or not sentences:
            continue
        context = []
        if block.table is not None:
            header = headers.get((block.table, block.col), "")
            label = block.label or header
            if block.row == 0 and block.kind == BlockKind.table_cell and header:
                continue
            is_goal_cell = columns.first_match(label) is not None
            if (block.kind == BlockKind.fact and not is_goal_cell) or (block.table in goal_tables and not is_goal_cell):
                continue
            context = [s for other in rows.get((block.table, block.row), []) if other.index != block.index
                       for s in annotated.get(other.index, [])]
            if block.kind == BlockKind.fact:
                sentences = [_strip_label(s, block) for s in sentences]
            in_section = block.index in in_goal_section or is_goal_cell
        else:
            in_section = block.index in in_goal_section
        for sentence in sentences:
            text = sentence.text.strip()
            if not in_section and not patterns.first_match(text):
                continue
            if len(text.split()) >= rule.min_words and not not_goals.first_match(text):
                yield sentence, context


def test_goal_statements_read_the_blocks_the_plain_loop_finds(ruleset):
    import datetime as dt
    from pathlib import Path

    from bbiccheck.checks import CheckContext
    from bbiccheck.checks.goal_smart import goal_statements
    from bbiccheck.engine import Checker
    from bbiccheck.nlp import annotate

    checker = Checker(ruleset)
    rules = [r for r in ruleset.rules if r.kind == "goal_smart"]
    variants = [r.model_copy(update=update) for r in rules
                for update in ({}, {"goal_sections": ["mal", "analys", "bedomning", "insats"]},
                               {"goal_patterns": r.goal_patterns + [r"\bska\b"]})]
    for variant in variants:
        variant.__dict__.pop("compiled", None)
    root = Path(__file__).parent
    found = 0
    for folder in (root / "corpus", root.parent / "samples"):
        from bbiccheck.load import discover

        for source in discover(folder):
            case = checker.load(source)
            ctx = CheckContext(case, dt.date(2026, 11, 25))
            for doc in case.documents:
                ctx.sentences[doc.path] = annotate(checker.nlp, ((b.index, b.text) for b in ctx.blocks(doc)))
            for rule in variants:
                for doc in case.documents:
                    expected = list(_goal_statements_reference(rule, ctx, doc))
                    assert list(goal_statements(rule, ctx, doc)) == expected
                    found += len(expected)
    assert found > 50
