import datetime as dt

import pytest

from bbiccheck.load import document_from_text
from bbiccheck.load.dates import add_months, find_dates

D = dt.date


@pytest.mark.parametrize("text, expected", [
    ("Anmälan inkom 2026-03-02.", D(2026, 3, 2)),
    ("inkom 20260302 via e-post", D(2026, 3, 2)),
    ("den 2 mars 2026", D(2026, 3, 2)),
    ("den 2:a mars 2026", D(2026, 3, 2)),
    ("2:e april 2026", D(2026, 4, 2)),
    ("2/3 2026", D(2026, 3, 2)),
    ("2/3-2026", D(2026, 3, 2)),
    ("14 okt. 2026", D(2026, 10, 14)),
])
def test_swedish_date_forms(text, expected):
    assert [f.date for f in find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["Elsa, 20140315-1234, bor hos mamma", "pnr 140315-1234", "2026-02-30", "version 3.2"])
def test_not_dates(text):
    assert find_dates(text) == []


def test_year_less_date_takes_default_year():
    assert [f.date for f in find_dates("Hembesök gjordes den 14 april.", 2026)] == [D(2026, 4, 14)]
    assert find_dates("Hembesök gjordes den 14 april.") == []


@pytest.mark.parametrize("start, months, expected", [
    (D(2026, 1, 10), 4, D(2026, 5, 10)),
    (D(2026, 1, 31), 1, D(2026, 2, 28)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2025, 11, 30), 3, D(2026, 2, 28)),
    (D(2026, 10, 15), 6, D(2027, 4, 15)),
])
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


def events(lexicon, text):
    doc = document_from_text(text, "x.md", lexicon)
    return [(m.event, m.date) for m in doc.dates]


def test_events_are_tied_to_their_dates(lexicon):
    found = events(lexicon, "Anmälan inkom 2026-03-02 och skyddsbedömning gjordes 2026-03-03.")
    assert ("anmalan_inkom", D(2026, 3, 2)) in found
    assert ("skyddsbedomning", D(2026, 3, 3)) in found


def test_decision_to_open_is_two_events(lexicon):
    found = events(lexicon, "Beslut om att inleda utredning fattades den 12 mars 2026.")
    assert ("forhandsbedomning_beslut", D(2026, 3, 12)) in found
    assert ("utredning_inledd", D(2026, 3, 12)) in found


def test_fact_rows_and_same_day(lexicon):
    found = events(lexicon, "| Anmälan inkom | 2026-08-18 |\n\nSkyddsbedömning gjordes samma dag.")
    assert ("anmalan_inkom", D(2026, 8, 18)) in found
    assert ("skyddsbedomning", D(2026, 8, 18)) in found


def test_time_of_day_is_kept(lexicon):
    doc = document_from_text("Anmälan inkom 2026-08-18 kl. 16.40 från polisen.", "x.md", lexicon)
    assert doc.dates[0].time == dt.time(16, 40)


def test_date_lookahead_changes_no_match():
    """DATE starts with a lookahead so the regex engine skips positions no form can start at; without it
    every match (position, form and groups) must be the same."""
    import random
    import re

    from bbiccheck.load.dates import DATE

    prefix, suffix = r"(?=[\dd])(?:", ")"
    assert DATE.pattern.startswith(prefix) and DATE.pattern.endswith(suffix)
    plain = re.compile(DATE.pattern[len(prefix):-len(suffix)], re.IGNORECASE)
    pieces = ["den ", "Den  ", "DEN\t", "2026", "1999", "03", "3", "12", "31", "-", "/", ".", ":a", ":E", " ",
              "mars", "Okt.", "april", "jan", "x", "å", "٢", "２", "-1234", "X", "d", "0",
              "2026-03-02", "20260302", "2/3 2026", "2/3-2026", "14 okt. 2026", "2:a mars", "den 2 mars 2026"]
    rng = random.Random(20261126)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in DATE.finditer(text)] == expected, repr(text)


def test_has_date_and_has_digit_agree_with_the_regex_search():
    """has_date tries DATE only where a run of digits starts, and has_digit looks for 0-9 only in Latin-1 text:
    both must answer as a plain search does, for any text (Unicode digits, "den" before a date, lookbehinds)."""
    import random

    from bbiccheck.load.dates import _DIGIT, DATE, has_date, has_digit

    pieces = ["den ", "Den  ", "DEN\t", "2026", "1999", "03", "3", "12", "31", "-", "/", ".", ":a", " ", "mars",
              "Okt.", "jan", "x", "å", "é", "–", "٢", "２", "-1234", "X", "d", "0", "2026-03-02", "20260302",
              "2/3 2026", "14 okt. 2026", "2:a mars", "den 2 mars 2026", "\u00b2", "\U0001d7d8"]
    rng = random.Random(20261127)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert has_digit(text) == (_DIGIT.search(text) is not None), repr(text)
        assert has_date(text) == (DATE.search(text) is not None), repr(text)


def test_date_matches_are_the_regex_search_s():
    """find_dates tries DATE only where a run of digits or a "den" before one starts: the same matches, in
    the same order, as DATE.finditer, whatever the text (Unicode digits and whitespace, "Eden 2 mars",
    "den" twice, a date right after another)."""
    import random

    from bbiccheck.load.dates import DATE, date_matches

    pieces = ["den ", "Den  ", "DEN\t", "den\u2003", "den\n", "Eden ", "den", "2026", "1999", "03", "3", "12", "31",
              "-", "/", ".", ":a", " ", "mars", "Okt.", "jan", "x", "å", "é", "–", "٢", "２", "-1234", "X", "d",
              "0", "2026-03-02", "20260302", "2/3 2026", "14 okt. 2026", "2:a mars", "den 2 mars 2026",
              "\u00b2", "\U0001d7d8", "\u00a0", "İ"]
    rng = random.Random(20261128)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [(m.span(), m.groupdict()) for m in DATE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in date_matches(text)] == expected, repr(text)


def test_date_matches_on_any_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from bbiccheck.load.dates import DATE, date_matches

    texts = st.lists(st.one_of(st.text(max_size=6), st.sampled_from(["den ", "2026-03-02", "2 mars", "12", "/"])),
                     max_size=8).map("".join)

    @settings(max_examples=3000, deadline=None)
    @given(texts)
    def agree(text):
        assert [(m.span(), m.groupdict()) for m in date_matches(text)] == \
               [(m.span(), m.groupdict()) for m in DATE.finditer(text)]

    agree()


def test_digit_runs_are_the_regex_s():
    import random

    from bbiccheck.load.dates import _DIGIT_RUN, digit_runs

    pieces = ["12", "0", "x", " ", "å", "–", "٢", "２", "\u00b2", "9a9", "", "ÿ", "\U0001d7d8"]
    rng = random.Random(20261129)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert list(digit_runs(text)) == [m.start() for m in _DIGIT_RUN.finditer(text)], repr(text)
