"""Shortcuts the checks take must give what the plain code they replace gives, whatever the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bbiccheck.checks.base import has_words, words_up_to
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
def test_words_up_to_is_the_word_count_capped(section: Section, limit: int):
    assert words_up_to(section, limit) == min(section.word_count(), limit)
    assert has_words(section, limit) == section.has_words(limit)


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
    from bbiccheck.checks.analysis_summary import _positions, shingles

    lemmas = tuple(lemmas)
    assert shingles(lemmas, n) == [lemmas[i:i + n] for i in range(len(lemmas) - n + 1)]
    assert _positions(len(lemmas) * 1000)[:len(lemmas) * 1000] == list(range(len(lemmas) * 1000))
