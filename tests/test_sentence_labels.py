"""``Sentence.labels`` and ``Sentence.has`` are loops (compiled: over typed Cues); they must answer as their
set-comprehension and ``any()`` definitions do, for any cues."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bbiccheck.annotations import Cue, Sentence

_labels = st.sampled_from(["risk", "orsak", "name", "date"])
_cues = st.lists(st.builds(Cue, _labels, st.integers(0, 9), st.integers(0, 9), st.just("x"), st.booleans()), max_size=6)


@given(_cues, st.lists(_labels, max_size=3), st.sampled_from([False, True, None]))
def test_labels_and_has(cues, asked, negated):
    sentence = Sentence(0, 0, 1, "x", ("x",), cues)
    assert sentence.labels() == {c.label for c in cues if not c.negated}
    assert sentence.has(*asked, negated=negated) == any(
        c.label in asked and (negated is None or c.negated == negated) for c in cues)
    assert sentence.has(*asked) == any(c.label in asked and not c.negated for c in cues)
