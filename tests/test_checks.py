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
