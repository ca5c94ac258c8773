"""The fast paths of ``patterns``: lower-casing text beyond Latin-1 piece by piece, and ``candidates``
testing the scanned literals first. Each must give exactly what its plain definition gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bbiccheck.patterns import Haystack, Patterns, lower
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
