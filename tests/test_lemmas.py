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
