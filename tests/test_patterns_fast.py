"""The fast paths of ``patterns``: lower-casing text beyond Latin-1 piece by piece, and ``candidates``
testing the scanned literals first. Each must give exactly what its plain definition gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bbiccheck.patterns import Haystack, Patterns, _pattern_heads, lower
from tests.test_patterns import every_pattern, pieces

# characters beyond Latin-1 that Word documents hold, and the ones str.lower treats specially
_BEYOND = ["–", "—", "‘", "’", "“", "”", "…", "•", "€", "Σ", "σ", "İ", "K", "ı", "ſ", "\u0307", "\ud800", "😀", "?"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BEYOND) | st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=6)))
def test_lower_beyond_latin1_is_str_lower(parts):
    text = "".join(parts)
    assert lower(text) == text.lower()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_BEYOND) | st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=6)))
def test_haystack_lowers_like_str_lower(parts):
    texts = ["".join(parts), "ÅSA – “x”", "abc"]
    assert Haystack(enumerate(texts)).lowered == "\n".join(texts).lower()


def test_candidates_are_the_literal_definition_s(ruleset):
    """``candidates`` tests the literals that hold a scanned one only where that one occurs: the same set
    as testing every literal."""
    patterns = every_pattern(ruleset)
    ours = Patterns(patterns)
    words = pieces(patterns)

    @settings(max_examples=400, derandomize=True, deadline=None)
    @given(st.lists(st.sampled_from(words + ["İ", "K", "–", "X", "  "]), max_size=12), st.data())
    def check(parts, data):
        text = " ".join(p.upper() if data.draw(st.booleans()) else p for p in parts)
        lowered = text.lower()
        if any(c in lowered for c in ("ı", "ſ", "\u0307")):
            expected = list(range(len(ours.compiled)))
        else:
            found = {i for literal, indexes in ours.by_literal.items() if literal in lowered for i in indexes}
            expected = sorted(found | set(ours.always)) if found else ours.always
        assert ours.candidates(text) == expected

    check()


def test_matches_are_every_patterns_finditer(ruleset):
    """``matches`` tries a pattern only where one of its heads occurs (or at the start, for "^"): the same
    matches as each pattern's own ``finditer``, whatever the case and Unicode look-alikes."""
    patterns = every_pattern(ruleset)
    ours = Patterns(patterns)
    assert sum(h is not None for h in ours.heads) > len(patterns) // 2  # the shortcut is taken
    words = pieces(patterns)

    @settings(max_examples=400, derandomize=True, deadline=None)
    @given(st.lists(st.sampled_from(words + ["İ", "K", "ı", "–", "X", "  ", ".", "2026-03-01"]), max_size=12),
           st.data())
    def check(parts, data):
        text = data.draw(st.sampled_from([" ", "", "-"])).join(
            p.upper() if data.draw(st.booleans()) else p for p in parts)
        expected = [(i, m.span(), m.groups()) for i, rx in enumerate(ours.compiled) for m in rx.finditer(text)]
        assert [(i, m.span(), m.groups()) for i, m in ours.matches(text)] == expected, text

    check()


def test_heads():
    assert _pattern_heads(r"(oros)?anmälan\b") == ("anmälan", "orosanmälan")
    assert _pattern_heads(r"\b(utredningen )?avslutas\b") == ("avslutas", "utredningen avslutas")
    assert _pattern_heads(r"(insats|insatsen|behandling)[^.]") == ("behandling", "insats")  # "insats" starts both
    assert _pattern_heads(r"^(oros)?anmälan$") == ()  # anchored
    for unknown in (r"a*b", r"(^a|b)", r"[a-z]+", r"(?i:x)y", r"x?", r"\Bx"):
        assert _pattern_heads(unknown) is None, unknown
    assert Patterns([r"(?m)^x"]).heads == [None]  # "^" at every line's start
