"""bbiccheck.spacy_structs (spaCy's token structs read and written in C) against its twin on spaCy's public
array API, bbiccheck.spacy_arrays: the annotation pipeline uses whichever is there, so they must agree."""

from __future__ import annotations

import os

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import LEMMA, SENT_START

from bbiccheck import spacy_arrays

try:
    from bbiccheck import spacy_structs
except ImportError as error:
    spacy_structs, NOT_BUILT = None, str(error)

if os.environ.get("BBICCHECK_NO_EXTENSIONS"):
    pytestmark = pytest.mark.skip(reason="built without the compiled modules")

NLP = spacy.blank("sv")
TEXTS = st.text(st.sampled_from("abc åäö ÅÄÖ 12.,!?\n\t-"), max_size=60)


def test_the_struct_module_is_built_for_the_installed_spacy():
    """`make install` compiles it (a failed compile only warns): without it checks are 10 % slower."""
    assert spacy_structs is not None, f"bbiccheck.spacy_structs not importable ({NOT_BUILT}): run `make install`"
    assert spacy_structs.BUILT_FOR == spacy.about.__version__


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.data())
def test_lemmas_and_sentence_starts_are_written_as_spacy_writes_them(text, data):
    docs = [NLP.make_doc(text) for _ in range(2)]
    n = len(docs[0])
    lemmas = [NLP.vocab.strings.add(w) for w in data.draw(st.lists(st.sampled_from(["en", "två", "Tre"]),
                                                                       min_size=n, max_size=n))]
    starts = sorted(data.draw(st.sets(st.integers(0, n - 1)))) if n else []
    for module, doc in zip((spacy_structs, spacy_arrays), docs):
        module.set_lemmas(doc, lemmas)
        module.set_sentence_starts(doc, starts)
    written = [doc.to_array([LEMMA, SENT_START]).tolist() for doc in docs]
    assert written[0] == written[1]
    assert [t.lemma for t in docs[0]] == lemmas
    assert [t.i for t in docs[0] if t.is_sent_start] == starts


@pytest.mark.parametrize("module", [spacy_structs, spacy_arrays], ids=["structs", "arrays"])
def test_a_wrong_length_or_index_is_refused(module):
    doc = NLP.make_doc("Två ord")
    with pytest.raises(ValueError):
        module.set_lemmas(doc, [1])
    with pytest.raises(IndexError):
        module.set_sentence_starts(doc, [2])


@settings(max_examples=100, deadline=None)
@given(st.lists(TEXTS, max_size=6), st.data())
def test_the_word_caches_agree_including_after_a_clear(texts, data):
    """Both WordCaches, used as bbiccheck.nlp.words uses them (an object made for each missing ORTH and
    added), give the same objects, offsets and missing tokens, also when emptied between Docs."""
    caches = [spacy_structs.WordCache(), spacy_arrays.WordCache()]
    for text in texts:
        if data.draw(st.booleans()):
            for cache in caches:
                cache.clear()
        doc = NLP.make_doc(text)
        results = []
        for cache in caches:
            found, offsets, missing = cache.words_and_offsets(doc)
            results.append((list(found), offsets, missing))
            for i, orth in missing:
                if cache.get(orth) is None:
                    cache.add(orth, ("word", orth))
                found[i] = cache.get(orth)
            assert found == [("word", t.orth) for t in doc]
        assert results[0] == results[1]
        assert results[0][1] == [t.idx for t in doc]
        assert results[0][2] == [(t.i, t.orth) for t in doc if results[0][0][t.i] is None]
        assert len(caches[0]) == len(caches[1])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["add", "get", "clear"]),
                          # low bits alike (probing), the extremes, and enough keys to grow the table
                          st.one_of(st.integers(0, 3).map(lambda k: k << 40 | 7), st.sampled_from([0, 2**64 - 1]),
                                    st.integers(0, 2**64 - 1)),
                          st.integers(0, 5000)), max_size=60))
def test_the_compiled_word_cache_is_a_dict(operations):
    """WordCache's open-addressing table answers as a dict by ORTH: colliding slots, replacing, growing
    (a few thousand keys at once) and emptying."""
    cache, expected = spacy_structs.WordCache(), {}
    for operation, orth, count in operations:
        if operation == "add":
            for key in range(orth, min(orth + count, 2**64)) if count > 4500 else [orth]:
                value = ("word", key, len(expected))
                cache.add(key, value)
                expected[key] = value
        elif operation == "clear":
            cache.clear()
            expected.clear()
        assert cache.get(orth) is expected.get(orth) and len(cache) == len(expected)
    assert all(cache.get(key) is value for key, value in expected.items())
