"""The date tagger's whole-document scans must agree with the per-text functions they stand in for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bbiccheck.load.dates import digit_runs, digit_runs_by_text, has_date
from bbiccheck.patterns import Haystack

_PIECES = ["2026-03-01", "20260301", "1 mars", "den 3 maj 2025", "12/4 2024", "123", "0", " ", "\n", "a", "Å", "-",
           "850101-1234", "kl. 10", "–", "٣", "²", "x"]
texts = st.lists(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=8).map("".join), max_size=6)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(texts)
def test_digit_runs_by_text_are_each_texts_own(items):
    runs = digit_runs_by_text(Haystack(enumerate(items)))
    if runs is None:  # not Latin-1: the tagger scans each text on its own
        assert any(not t.isascii() and max(map(ord, t)) > 255 for t in items)
        return
    assert runs == [list(digit_runs(t)) for t in items]
    assert [has_date(t, r) for t, r in zip(items, runs)] == [has_date(t) for t in items]
