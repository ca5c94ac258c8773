"""``annotate`` does the work of the pipeline's components in one pass per Doc (``annotate_part``) instead of
running them: its sentences must be those of the pipeline run as spaCy runs it (``nlp(text)``, each
component storing its result in the Doc) and read back by ``sentences``."""

from __future__ import annotations

import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bbiccheck.annotations import Cue, Sentence
from bbiccheck.nlp import (
    CUES_KEY,
    OFFSETS_KEY,
    annotate,
    parts_of,
    pipeline,
    proper_nouns,
    sentence_starts,
    sentences_of,
    words,
)
from tests.test_nlp import random_text, sample_paragraphs

# dates, numbers, names and negated cues, which the one pass makes itself
EXTRA = ["Den 12 maj 2026 träffade Tindra och Tindras mamma Sara handläggaren.",
         "Inget missbruk förekommer. Missbruk förekommer inte. Pappa har ett missbruk, 3 år.",
         "Hög frånvaro i skolan sedan 2026-01-15; ingen oro för våld. Ca 12 ggr.", "", " ", "...", "Hej!!! Nej?! (Ja.)"]


@pytest.fixture(scope="module")
def nlp(lexicon):
    return pipeline(lexicon.cues, lexicon.negatable)


def sentences(doc, part, names: frozenset[str]) -> list[Sentence]:
    """The sentences of a Doc the pipeline has processed, read back from what its components stored in it."""
    tokens = words(doc)
    if not tokens:
        return []
    return sentences_of(tokens, doc.user_data[OFFSETS_KEY], sentence_starts(doc), doc.user_data.get(CUES_KEY, []),
                        part.block, part.offset, part.text, names)


def through_the_pipeline(nlp, items: list[tuple[int, str]], part_size: int = 20_000) -> dict[int, list[Sentence]]:
    """annotate as it was: every part through ``nlp`` (all four components), then ``sentences``."""
    names = proper_nouns(text for _, text in items)
    return {index: [s for part in parts_of(nlp, index, text, part_size) for s in sentences(nlp(part.text), part, names)]
            for index, text in items}


def test_the_one_pass_equals_the_pipeline_on_the_samples(nlp):
    items = list(enumerate(sample_paragraphs() + EXTRA))
    ours = annotate(nlp, items)
    assert ours == through_the_pipeline(nlp, items)
    cues = [c for found in ours.values() for s in found for c in s.cues]
    assert {"date", "number", "name", "risk"} <= {c.label for c in cues} and any(c.negated for c in cues)


@settings(max_examples=150, derandomize=True, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=4),
       st.sampled_from([40, 200, 20_000]))
def test_the_one_pass_equals_the_pipeline(nlp, seed, paragraphs, part_size):
    rng = random.Random(seed)
    items = [(i * 3, random_text(rng, rng.randrange(0, 60)) + rng.choice(["", " den 3 maj 2026.", " Sara."]))
             for i in range(paragraphs)]
    assert annotate(nlp, items, part_size=part_size) == through_the_pipeline(nlp, items, part_size)


def test_cues_and_sentences_are_as_their_classes_make_them(nlp):
    """The one pass fills Cue and Sentence fields without calling the classes: each must equal (and repr as)
    the object the class makes from the same values."""
    for found in annotate(nlp, list(enumerate(EXTRA))).values():
        for s in found:
            made = Sentence(s.block, s.start, s.end, s.text, s.lemmas, s.cues)
            assert type(s) is Sentence and s == made and repr(s) == repr(made)
            assert type(s.lemmas) is tuple and type(s.cues) is list
            for c in s.cues:
                made = Cue(c.label, c.start, c.end, c.text, c.negated)
                assert type(c) is Cue and c == made and hash(c) == hash(made) and repr(c) == repr(made)
                assert type(c.start) is int and type(c.end) is int and type(c.negated) is bool


def test_new_cue_and_new_sentence_make_what_the_classes_make():
    from bbiccheck.annotations import new_cue, new_sentence

    cue, made = new_cue("risk", 3, 9, "våld", True), Cue("risk", 3, 9, "våld", True)
    assert type(cue) is Cue and cue == made and hash(cue) == hash(made) and repr(cue) == repr(made)
    sentence, made = new_sentence(2, 0, 9, "Våld. Ja.", ("våld",), [cue]), Sentence(2, 0, 9, "Våld. Ja.", ("våld",), [cue])
    assert type(sentence) is Sentence and sentence == made and repr(sentence) == repr(made)


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(st.text(alphabet="abzåäöéAZÅÄÖÉÜü s,.\n–1_²", max_size=40))
@example("med Tindra_x, Tindra2 och Tindraü, Tindra² å Ola. Med Tindras, é Éva a Åsa")
def test_mid_sentence_capitals_are_the_regex_matches(text):
    """proper_nouns scans for capitals instead of searching MID_SENTENCE_CAPITAL: the same words, in order
    (letters outside the classes, digits, '_' and '²' test the word boundary)."""
    from bbiccheck.nlp import MID_SENTENCE_CAPITAL, mid_sentence_capitals

    assert mid_sentence_capitals(text) == MID_SENTENCE_CAPITAL.findall(text)


def test_mid_sentence_capitals_of_the_samples():
    from bbiccheck.nlp import MID_SENTENCE_CAPITAL, mid_sentence_capitals

    text = "\n".join(sample_paragraphs())
    assert len(MID_SENTENCE_CAPITAL.findall(text)) > 20
    assert mid_sentence_capitals(text) == MID_SENTENCE_CAPITAL.findall(text)


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.text(alphabet="a1²٣Ⅷ½ ", max_size=8))
def test_has_digit_is_any_decimal(text):
    """A Word's ``digit`` (has_digit, a loop) is ``any(c.isdecimal() for c in text)``: '²', 'Ⅷ', '½' are
    numeric but not decimal, '٣' is."""
    from bbiccheck.nlp import has_digit

    assert has_digit(text) == any(c.isdecimal() for c in text)
