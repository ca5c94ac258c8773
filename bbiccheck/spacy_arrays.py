"""The functions of bbiccheck/spacy_structs.pyx written with spaCy's public array API: what bbiccheck.nlp
uses where that module is not compiled, or was compiled for another spaCy version. Same results
(tests/test_spacy_structs.py, tests/test_compiled.py)."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, LEMMA, ORTH
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

_ORTH_IDX = [ORTH, IDX]
_LEMMA = [LEMMA]
_SENTENCIZER = Sentencizer(overwrite=True)  # only its set_annotations is used: writes the flags into the Doc


class WordCache:
    """A cache of one object per ORTH, in a dict."""

    def __init__(self) -> None:
        self._held: dict[int, object] = {}

    def __len__(self) -> int:
        return len(self._held)

    def get(self, orth: int) -> object | None:
        """The object cached for ``orth``, or None."""
        return self._held.get(orth)

    def add(self, orth: int, value: object) -> None:
        """Caches ``value`` for ``orth`` (replacing any earlier one)."""
        self._held[orth] = value

    def clear(self) -> None:
        self._held.clear()

    def words_and_offsets(self, doc: Doc) -> tuple[list, list[int], list[tuple[int, int]]]:
        """Each token's cached object (None where there is none yet), its IDX, and the (token index, ORTH)
        of the tokens without one, as three lists."""
        orths, offsets = doc.to_array(_ORTH_IDX).T.tolist()
        held = self._held
        found = [held.get(orth) for orth in orths]
        missing = [(i, orth) for i, orth in enumerate(orths) if found[i] is None]
        return found, offsets, missing


def set_lemmas(doc: Doc, ids: list[int]) -> None:
    """Sets each token's LEMMA to a StringStore id."""
    doc.from_array(_LEMMA, numpy.array(ids, dtype="uint64"))


def set_sentence_starts(doc: Doc, starts: list[int]) -> None:
    """Marks ``starts`` (token indexes) as sentence starts and every other token as not one."""
    flags = [False] * len(doc)
    for i in starts:
        flags[i] = True
    _SENTENCIZER.set_annotations([doc], [flags])
