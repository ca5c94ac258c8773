"""The lemma store answers as the table it was built from, built in memory or saved and opened (mapped)."""

import numpy

from bbiccheck.lemmas import LemmaStore

TABLE = {"mamman": "mamma", "mammas": "mamma", "barnen": "barn", "barns": "barn", "å": "å", "ärendet": "ärende"}
PROBES = [*TABLE, *TABLE.values(), "", "mam", "mammans", "zzz", "a" * 40, "Mamman", "x\0y"]


def test_opened_store_answers_as_the_table(tmp_path):
    built = LemmaStore.from_dict(TABLE)
    built.save(tmp_path / "store")
    opened = LemmaStore.open(tmp_path / "store")
    # plain arrays over the mapped files: a numpy.memmap costs ~4,000 instructions more per look-up
    assert all(type(a) is numpy.ndarray for a in (opened.forms, opened.lemma_of, opened.lemmas_array))
    for store in (built, opened):
        for word in PROBES:
            assert store.get(word, "-") == TABLE.get(word, "-")
            assert (word in store) == (word in TABLE)
            assert store.is_lemma(word) == (word in set(TABLE.values()))
        assert store.lemmas() == sorted(set(TABLE.values()), key=str.encode)


def test_compiled_search_finds_as_the_plain_one():
    """lemma_search.pyx (built by setup.py) answers as its plain-Python twin, for stored words, their prefixes
    and extensions, and keys it must not find (empty, too long, with a NUL)."""
    import pytest

    compiled = pytest.importorskip("bbiccheck.lemma_search")
    from bbiccheck.lemmas import SortedWords

    words = sorted({w.encode() for w in [*TABLE, *TABLE.values(), "a", "ab", "abc", "b", "öga", "ö"]})
    array = numpy.array(words, dtype=f"S{max(map(len, words))}")
    probes = {*(w.decode() for w in words), "", "aa", "abcd", "mamm", "mammanx", "z", "\xff", "ä" * 4, "a\0",
              "x\0y", "ab" * 10, *(w.decode()[:-1] for w in words if len(w.decode()) > 1)}
    for rows in (array, array[:1], array[:0]):
        plain, fast = SortedWords(rows), compiled.SortedWords(rows)
        for word in sorted(probes):
            assert fast.find(word) == plain.find(word), (rows, word)
    with pytest.raises(UnicodeEncodeError):
        compiled.SortedWords(array).find("\ud800")


def test_compiled_search_on_any_words():
    import pytest
    from hypothesis import given, strategies as st

    compiled = pytest.importorskip("bbiccheck.lemma_search")
    from bbiccheck.lemmas import SortedWords

    text = st.text(alphabet="abö\0", max_size=5)

    @given(st.sets(text.filter(lambda w: w and "\0" not in w), min_size=1), st.lists(text, max_size=20))
    def agree(stored, probes):
        words = sorted(w.encode() for w in stored)
        array = numpy.array(words, dtype=f"S{max(map(len, words))}")
        plain, fast = SortedWords(array), compiled.SortedWords(array)
        for word in [*stored, *probes]:
            assert fast.find(word) == plain.find(word)

    agree()
