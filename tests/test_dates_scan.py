"""The date tagger's whole-document scans must agree with the per-text functions they stand in for."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bbiccheck.load.dates import SENTENCE_END, TIME_OF_DAY, digit_runs, digit_runs_by_text, has_date, time_of_day
from bbiccheck.patterns import Haystack

_PIECES = ["2026-03-01", "20260301", "1 mars", "den 3 maj 2025", "12/4 2024", "123", "0", " ", "\n", "a", "Å", "-",
           "850101-1234", "kl. 10", "–", "٣", "²", "x"]
texts = st.lists(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=8).map("".join), max_size=6)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(texts)
def test_digit_runs_by_text_are_each_texts_own(items):
    runs = digit_runs_by_text(Haystack(enumerate(items)))
    if runs is None:  # a digit beyond Latin-1 ("٣"): the tagger scans each text on its own
        assert any(ord(c) > 255 and c.isdecimal() for t in items for c in t)
        return
    assert runs == [list(digit_runs(t)) for t in items]
    assert [has_date(t, r) for t, r in zip(items, runs)] == [has_date(t) for t in items]


_OLD_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”])")
_TEXT_PIECES = ["kl. 10.30", "Kl 9", "KLOCKAN 23:15", "\u212al. 8", "klockan", "kl", "bl.a. Det", "t.ex. Hon", "Mamma.",
                "Är", " ", "  ", "\n", ".", "!", "?", "\u00a0", "\u2003", "”Nej", "\"Ja", "2026-03-01.", "s. 4", "x", "İ", "–"]
prose = st.lists(st.sampled_from(_TEXT_PIECES) | st.text(max_size=3), max_size=14).map("".join)


@settings(max_examples=500, derandomize=True, deadline=None)
@given(prose)
def test_sentence_gaps_are_the_lookbehind_pattern_s(text):
    assert [(m.start("gap"), m.end()) for m in SENTENCE_END.finditer(text)] == \
        [m.span() for m in _OLD_SENTENCE_END.finditer(text)]


@settings(max_examples=500, derandomize=True, deadline=None)
@given(prose)
def test_time_of_day_is_the_plain_search_s(text):
    m = TIME_OF_DAY.search(text)
    expected = None if not m or int(m["h"]) > 23 else dt.time(int(m["h"]), int(m["m"] or 0))
    assert time_of_day(text) == expected
