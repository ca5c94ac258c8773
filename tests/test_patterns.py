"""``Patterns`` pre-filters regex searches by literals every match must contain: it must never skip a
pattern that would have matched, whatever the text (case, Unicode look-alikes, partial literals)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bbiccheck.patterns import Haystack, Patterns, _pattern_literals, lower


def every_pattern(ruleset) -> list[str]:
    """The rule set's own regexes: phrase rules, goal wording and the lexicon's event triggers."""
    found = []
    for rule in ruleset.rules:
        for field in ("patterns", "goal_patterns", "goal_columns", "not_goals"):
            found += getattr(rule, field, None) or []
    lexicon = ruleset.lexicon
    for patterns in [*lexicon.events.values(), *lexicon.event_exclusions.values(),
                     *(p for by_event in lexicon.events_in.values() for p in by_event.values())]:
        found += patterns
    return sorted(set(found))


@pytest.fixture(scope="module")
def patterns(ruleset):
    found = every_pattern(ruleset)
    assert len(found) > 80
    return found


def naive_first_match(compiled: list[re.Pattern], text: str) -> re.Match | None:
    return next((m for rx in compiled if (m := rx.search(text))), None)


def pieces(patterns: list[str]) -> list[str]:
    """Words taken from the patterns themselves, so that generated texts often (nearly) match."""
    return sorted({w for p in patterns for w in re.findall(r"[a-zåäöA-ZÅÄÖ]{2,}", p)})


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.data())
def test_prefilter_never_changes_the_first_match(patterns, data):
    words = pieces(patterns)
    tricky = ["İ", "ı", "ſ", "K", "\u0307", "[", "]", "…", "X", "2026-03-01", "  ", "-"]
    parts = data.draw(st.lists(st.sampled_from(words + tricky), max_size=12))
    text = " ".join(p.upper() if data.draw(st.booleans()) else p for p in parts)
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    ours = Patterns(patterns)
    expected = naive_first_match(compiled, text)
    got = ours.first_match(text)
    assert (got and (got.re.pattern, got.span())) == (expected and (expected.re.pattern, expected.span())), text
    # every pattern that matches is among the candidates
    assert {i for i, rx in enumerate(compiled) if rx.search(text)} <= set(ours.candidates(text)), text


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.data())
def test_possible_never_rules_out_a_text_that_matches(ruleset, patterns, data):
    """``possible`` on a document's texts keeps every text that one of the patterns matches."""
    groups = [getattr(rule, field) for rule in ruleset.rules
              for field in ("patterns", "goal_patterns", "goal_columns", "not_goals") if getattr(rule, field, None)]
    words = pieces(patterns) + ["[", "xx", "2001:453", "Målet är att", "İ", "\u0307"]
    texts = [" ".join(p.upper() if data.draw(st.booleans()) else p
                      for p in data.draw(st.lists(st.sampled_from(words), max_size=8)))
             for _ in range(data.draw(st.integers(1, 5)))]
    haystack = Haystack(enumerate(texts))
    for group in groups:
        compiled = [re.compile(p, re.IGNORECASE) for p in group]
        matching = {i for i, text in enumerate(texts) if naive_first_match(compiled, text)}
        assert matching <= Patterns(group).possible(haystack), texts


def test_a_literal_holding_another_is_not_scanned():
    ours = Patterns([r"\bmålet (med [\w ]+ )?är att\b", r"^(del)?mål\s*\d*\s*:"])
    assert set(ours.by_literal) == {"målet ", "mål"} and ours.scanned == ["mål"]
    haystack = Haystack(enumerate(["Målet är att Elsa", "Ingenting", "Delmål 1: skolan"]))
    assert ours.possible(haystack) == {0, 2}


def test_literals_of_simple_patterns():
    assert _pattern_literals(r"klicka (eller tryck )?här") == {"klicka "}
    assert _pattern_literals(r"\b(?:xx|yy)\d") == {"xx", "yy"}
    assert _pattern_literals(r"(?:xx|yy)-\d") == {"-"}  # one literal rather than two
    assert _pattern_literals(r"\w+") is None  # nothing known: always searched


def test_a_pattern_the_parser_cannot_read_is_always_searched(monkeypatch):
    from bbiccheck import patterns as module

    def broken(*_):
        raise RuntimeError("parser changed")

    monkeypatch.setattr(module, "_parser", SimpleNamespace(parse=broken))
    module._pattern_literals.cache_clear()
    try:
        ours = Patterns(["målet är"])
        assert ours.always == [0] and ours.first_match("MÅLET ÄR att") is not None
    finally:
        module._pattern_literals.cache_clear()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x24F)) | st.text())
def test_lower_is_str_lower(text):
    """The byte-table lower-casing of Latin-1 text gives what str.lower gives, for any text."""
    assert lower(text) == text.lower()


def test_lower_of_every_latin1_character():
    every = "".join(map(chr, range(256)))
    assert lower(every) == every.lower() and lower("ÅSA ÖLVIN Ärende") == "åsa ölvin ärende"
