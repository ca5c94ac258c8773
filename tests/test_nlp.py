"""The NLP layer's own components against spaCy's: they replace ``sentencizer`` and ``span_ruler`` for
speed, so they must give exactly what spaCy's would on the same tokens."""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span
from spacy.util import filter_spans

from bbiccheck.nlp import CUES_KEY, annotate, longest_per_label, pipeline, token_pattern
from bbiccheck.ruleset import load_rules

SAMPLES = Path(__file__).parent.parent / "samples"

WORDS = ("Mamma", "berättar", "att", "Tindra", "inte", "har", "missbruk", "hög", "frånvaro", "i", "skolan",
         "t.ex.", "ca", "3", "år", "våld", "ingen", "oro", "förekommer", "aldrig", "pappa", "s.k.", "Dr.",
         "12", "maj", "2026", "risk", "för", "skydd", "saknas", "utan", "behov")
MARKS = (".", "!", "?", "...", "?!", ",", ":", ";", "–", "(", ")", "”", "'", "…", "..")


def random_text(rng: random.Random, length: int) -> str:
    parts = []
    for _ in range(length):
        parts.append(rng.choice(MARKS) if rng.random() < 0.25 else rng.choice(WORDS))
        if rng.random() < 0.2:
            parts[-1] += rng.choice(MARKS)  # glued punctuation: 'skolan.' '"Nej"!'
    return " ".join(parts)


@pytest.fixture(scope="module")
def nlp(lexicon):
    return pipeline(lexicon.cues, lexicon.negatable)


@pytest.fixture(scope="module")
def spacy_reference(lexicon):
    """spaCy's own sentencizer and span_ruler with the same patterns (and our lemmatizer, which the
    LEMMA patterns need)."""
    reference = spacy.blank("sv")
    reference.add_pipe("sentencizer")
    reference.add_pipe("bbic_lemmatizer")
    ruler = reference.add_pipe("span_ruler", config={"spans_key": CUES_KEY})
    ruler.add_patterns([{"label": label, "pattern": token_pattern(p)}
                        for label, phrases in lexicon.cues.items() if label != "negation" for p in phrases])
    return reference


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=40))
def test_sentence_starts_equal_spacy_sentencizer(nlp, spacy_reference, seed, length):
    text = random_text(random.Random(seed), length)
    ours = [t.is_sent_start for t in nlp(text)]
    theirs = [t.is_sent_start for t in spacy_reference(text)]
    assert ours == theirs, text


def sample_paragraphs() -> list[str]:
    from bbiccheck.load import discover, load_case

    lexicon = load_rules().lexicon
    return [block.text for source in discover(SAMPLES) for doc in load_case(source, lexicon).documents
            for block in doc.blocks()]


def test_cue_matches_equal_span_ruler(nlp, spacy_reference):
    """On every paragraph of the samples and on word salad: the same (start, end, label) matches, ours
    distinct and sorted by (start, label, end) (the matcher makes them in that order, not by sorting)."""
    rng = random.Random(7)
    texts = [random_text(rng, 30) for _ in range(150)] + sample_paragraphs()
    assert len(texts) > 500
    for text in texts:
        ours = [(s, e, label) for s, e, label, _ in nlp(text).user_data[CUES_KEY]]
        reference = spacy_reference(text)
        theirs = {(span.start, span.end, span.label_) for span in reference.spans[CUES_KEY]}
        assert ours == sorted(theirs, key=lambda m: (m[0], m[2], m[1])), text


def test_a_cue_lies_within_one_sentence():
    """A longer match across a sentence start is dropped (span_ruler would keep it); one that ends where the
    next sentence starts is kept."""
    nlp = spacy.blank("sv")
    for name in ("bbic_sentencizer", "bbic_lemmatizer", "bbic_cues"):
        nlp.add_pipe(name)
    nlp.get_pipe("bbic_cues").add_patterns([
        {"label": "x", "pattern": [{"ORTH": "."}, {"LOWER": {"REGEX": "^h"}}]},
        {"label": "y", "pattern": [{"LOWER": {"REGEX": "^h"}}, {"LOWER": {"REGEX": "^d"}}]},
        {"label": "z", "pattern": [{"LOWER": {"REGEX": "^d"}}, {"ORTH": "."}]},
        {"label": "z", "pattern": [{"LOWER": {"REGEX": "^d"}}]}])
    doc = nlp("Nej. Hej då. ... hej då")  # sentences start at tokens 0, 2 and 6
    assert [t.i for t in doc if t.is_sent_start] == [0, 2, 6]
    assert doc.user_data[CUES_KEY] == [(2, 4, "y", False), (3, 4, "z", False), (3, 5, "z", False),
                                       (6, 8, "y", False), (7, 8, "z", False)]


def test_negation_within_the_sentence_only(nlp):
    sentences = annotate(nlp, [(0, "Inget missbruk förekommer. Missbruk förekommer inte. Pappa har ett missbruk. "
                                   "Det är inte så. Missbruk finns.")])[0]
    negated = [[c.negated for c in s.cues if c.label == "risk"] for s in sentences]
    assert negated[0] == [True] and negated[1] == [True] and negated[2] == [False]
    assert negated[4] == [False]  # 'inte' in the sentence before does not reach across the full stop


def test_longest_per_label_keeps_the_longest_of_overlapping_matches():
    matches = [(0, 1, "risk", False), (0, 2, "risk", True), (1, 2, "risk", False), (1, 2, "skydd", False),
               (5, 6, "risk", False)]
    assert longest_per_label(matches) == [(0, 2, "risk", True), (1, 2, "skydd", False), (5, 6, "risk", False)]


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.lists(st.text(alphabet="aåéAÅZs ,.\n–1", max_size=30), max_size=6))
def test_proper_nouns_of_the_texts_joined_are_those_of_each(texts):
    """proper_nouns searches the texts joined by line breaks: the same matches as text by text."""
    from bbiccheck.nlp import MID_SENTENCE_CAPITAL, proper_nouns

    found = {m.group(1).lower() for text in texts for m in MID_SENTENCE_CAPITAL.finditer(text)}
    expected = {w.removesuffix("s") if w.endswith("s") and w.removesuffix("s") in found else w for w in found}
    assert proper_nouns(texts) == expected


@lru_cache(maxsize=1)
def twenty_tokens():
    return spacy.blank("sv").make_doc("x " * 20)


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.sets(st.tuples(st.integers(0, 12), st.integers(1, 4), st.sampled_from(["risk", "skydd", "orsak"]),
                         st.booleans())))
def test_longest_per_label_is_filter_spans_per_label(drawn):
    """Against spaCy's filter_spans on each label's matches, for distinct matches in match_cues' order."""
    distinct = {(start, start + length, label): negated for start, length, label, negated in drawn}
    matches = sorted(((s, e, label, negated) for (s, e, label), negated in distinct.items()),
                     key=lambda m: (m[0], m[2], m[1]))
    doc = twenty_tokens()
    kept = set()
    for label in {m[2] for m in matches}:
        spans = [Span(doc, s, e, label) for s, e, lab, _ in matches if lab == label]
        kept |= {(span.start, span.end, label) for span in filter_spans(spans)}
    assert longest_per_label(matches) == [m for m in matches if m[:3] in kept]


@settings(max_examples=40, derandomize=True, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=40, max_value=400))
def test_a_long_paragraph_annotated_in_parts_equals_the_whole(nlp, seed, part_size):
    """parts_of cuts a long paragraph only where a sentence starts: tokens, sentences, cues, negation
    and offsets are those of the paragraph annotated whole."""
    from bbiccheck.nlp import parts_of

    rng = random.Random(seed)
    text = " ".join(random_text(rng, 12) + rng.choice([". ", "! ", " "]) for _ in range(15)).strip()
    assert len(parts_of(nlp, 0, text, part_size)) > 1 or len(text) <= part_size
    assert annotate(nlp, [(0, text)], part_size=part_size) == annotate(nlp, [(0, text)])


def test_annotations_are_the_same_after_the_word_cache_is_emptied(nlp, monkeypatch):
    """words() fills the Word cache as it meets new words; emptying it (as word() does above WORDS_LIMIT,
    here lowered to force it within a paragraph) changes no annotation."""
    import bbiccheck.nlp as nlp_module

    texts = [(i, text) for i, text in enumerate(sample_paragraphs()[:20])]
    expected = annotate(nlp, texts)
    nlp_module._WORDS.clear()
    monkeypatch.setattr(nlp_module, "WORDS_LIMIT", 5)
    assert annotate(nlp, texts) == expected
    assert len(nlp_module._WORDS) <= 6
