"""``mark_negated`` finds each cue's sentence by walking the sentence starts along the matches (they come by
start) and copies the matches only when one is negated: it must mark exactly what the definition does, the
sentence found by bisection and every match rebuilt."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from hypothesis import given, settings
from hypothesis import strategies as st

from bbiccheck.nlp import Word, mark_negated

BEFORE = frozenset({"inget", "ingen", "inte"})
AFTER = frozenset({"inte", "ej"})
LABELS = {"risk"}


def word(lower: str) -> Word:
    return Word(0, lower, lower, lower, 0, False, False, False, None, False, False, False, False)


def negated_by_definition(matches, tokens, starts, labels, before, after, window):
    marked = []
    for start, end, label, negated in matches:
        if label in labels:
            first = starts[bisect_right(starts, start) - 1]
            following = bisect_left(starts, end)
            last = starts[following] if following < len(starts) else len(tokens)
            negated = any(tokens[i].lower in before for i in range(max(first, start - window), start)) or \
                any(tokens[i].lower in after for i in range(end, min(last, end + 3)))
        marked.append((start, end, label, negated))
    return marked


@st.composite
def paragraphs(draw):
    """Words, sentence starts and distinct matches within one sentence each, sorted as match_cues makes them."""
    n = draw(st.integers(1, 24))
    words = [word(draw(st.sampled_from(["inte", "ej", "inget", "ingen", "x", "y"]))) for _ in range(n)]
    starts = [0] + sorted(draw(st.sets(st.integers(1, n - 1), max_size=n - 1))) if n > 1 else [0]
    matches = set()
    for start in draw(st.lists(st.integers(0, n - 1), max_size=8)):
        s = bisect_right(starts, start) - 1
        limit = starts[s + 1] if s + 1 < len(starts) else n
        end = draw(st.integers(start + 1, limit))
        matches.add((start, end, draw(st.sampled_from(["risk", "skydd"])), False))
    return words, starts, sorted(matches, key=lambda m: (m[0], m[2], m[1]))


@settings(max_examples=1500, derandomize=True, deadline=None)
@given(paragraphs())
def test_mark_negated_marks_as_the_definition(paragraph):
    words, starts, matches = paragraph
    marked = mark_negated(matches, words, starts, LABELS, BEFORE, AFTER, 5)
    assert marked == negated_by_definition(matches, words, starts, LABELS, BEFORE, AFTER, 5)
    if not any(m[3] for m in marked):
        assert marked is matches  # nothing negated: no copy


def test_a_negated_match_leaves_the_given_list_unchanged():
    words = [word(w) for w in ["inget", "missbruk", "."]]
    matches = [(1, 2, "risk", False)]
    assert mark_negated(matches, words, [0], LABELS, BEFORE, AFTER, 5) == [(1, 2, "risk", True)]
    assert matches == [(1, 2, "risk", False)]
