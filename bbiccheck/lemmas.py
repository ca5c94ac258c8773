"""The Swedish lookup lemma table (spacy-lookups-data ``sv`` ``lemma_lookup``) as a compact, memory-mapped store.

spaCy's own ``Table`` costs 2.5–3 s to build (660,305 entries hashed one by one) and ~200 MB in every
process. This store holds the same mapping as three sorted NumPy arrays written once to the user's cache
folder (``$XDG_CACHE_HOME/bbiccheck`` or ``~/.cache/bbiccheck``) and memory-mapped afterwards: opening it
takes about a millisecond, and the page cache shares it between processes (caseload workers).

Look-ups are the Table's: ``store.get(word, default)`` and ``word in store`` answer exactly what
``Table.get``/``Table.__contains__`` answered for a string ``word`` (the Table keyed strings by their
64-bit hash, so the only difference would be a hash collision, and there is none among the keys).
``store.lemmas()`` are the distinct values (``set(table.values())``). Without a writable cache folder the
arrays are built in memory (same answers, slower start).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import numpy

FORMAT = 1  # bump when the files' layout changes
_FILES = ("forms.npy", "lemma_of.npy", "lemmas.npy")


def cache_root() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "bbiccheck"


def source_file() -> Path | None:
    """The data file load_lookups('sv', ['lemma_lookup']) reads, found without importing spaCy."""
    import importlib.util

    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or not spec.submodule_search_locations:
        return None
    data = Path(list(spec.submodule_search_locations)[0]) / "data"
    for path in (data / "sv_lemma_lookup.json", data / "sv_lemma_lookup.json.gz"):  # load_language_data's order
        if path.is_file():
            return path
    return None


def _cache_dir(source: Path) -> Path:
    st = source.stat()
    key = hashlib.sha1(f"{FORMAT}:{source.resolve()}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:16]
    return cache_root() / f"sv-lemmas-{key}"


class SortedWords:
    """The rows of a NumPy ``S<width>`` array (strictly increasing, NUL-padded, no NUL inside): ``find(word)``
    is the index of ``word`` as UTF-8, or -1. The plain-Python twin of bbiccheck/lemma_search.pyx."""

    def __init__(self, array: numpy.ndarray):
        self.array, self.width = array, array.dtype.itemsize

    def find(self, word: str) -> int:
        # A key longer than the width would be compared truncated, and NUL bytes are padding; neither occurs
        # among the stored words, so such a word is simply not found.
        key = word.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError, as spaCy's hashing did
        if not key or len(key) > self.width or b"\0" in key:
            return -1
        i = int(self.array.searchsorted(key))
        return i if i < len(self.array) and self.array[i] == key else -1


try:  # the same search compiled, over the array's raw bytes (≈ 1,000 instead of ≈ 13,000 instructions)
    from bbiccheck.lemma_search import SortedWords as _CompiledSortedWords
except ImportError:
    _CompiledSortedWords = SortedWords


class LemmaStore:
    """Sorted UTF-8 word forms (fixed width), the index of each one's lemma, and the sorted distinct lemmas."""

    def __init__(self, forms: numpy.ndarray, lemma_of: numpy.ndarray, lemmas: numpy.ndarray):
        self.forms, self.lemma_of, self.lemmas_array = forms, lemma_of, lemmas
        self._forms, self._lemmas = _CompiledSortedWords(forms), _CompiledSortedWords(lemmas)

    def __len__(self) -> int:
        return len(self.forms)

    def get(self, word: str, default=None):
        i = self._forms.find(word)
        return default if i < 0 else self.lemmas_array[self.lemma_of[i]].decode("utf-8")

    def __contains__(self, word) -> bool:
        return isinstance(word, str) and self._forms.find(word) >= 0

    def is_lemma(self, word: str) -> bool:
        return self._lemmas.find(word) >= 0

    def lemmas(self) -> list[str]:
        return [b.decode("utf-8") for b in self.lemmas_array.tolist()]

    @classmethod
    def from_dict(cls, table: dict[str, str]) -> LemmaStore:
        forms = sorted(w.encode("utf-8") for w in table)
        lemma_list = sorted({v.encode("utf-8") for v in table.values()})
        lemma_index = {v: i for i, v in enumerate(lemma_list)}
        lemma_of = numpy.array([lemma_index[table[w.decode("utf-8")].encode("utf-8")] for w in forms], dtype="<i4")
        forms_array = numpy.array(forms, dtype=f"S{max(map(len, forms))}")
        lemmas_array = numpy.array(lemma_list, dtype=f"S{max(map(len, lemma_list))}")
        # The arrays must give back exactly these bytes (no truncation, no NUL padding lost) in strictly
        # increasing order, or searchsorted would not find every word.
        for array, items in ((forms_array, forms), (lemmas_array, lemma_list)):
            if array.tolist() != items or any(b"\0" in item for item in items) or \
                    (len(array) > 1 and not (array[:-1] < array[1:]).all()):
                raise ValueError("lemma store: the words do not round-trip through the arrays")
        return cls(forms_array, lemma_of, lemmas_array)

    def save(self, folder: Path) -> None:
        """Written to a temporary folder and renamed into place, so a reader never sees a partial store."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=folder.name + ".tmp-", dir=folder.parent))
        try:
            for name, array in zip(_FILES, (self.forms, self.lemma_of, self.lemmas_array)):
                numpy.save(tmp / name, array, allow_pickle=False)
            os.replace(tmp, folder)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            if not folder.is_dir():
                raise

    @classmethod
    def open(cls, folder: Path) -> LemmaStore:
        # as plain ndarrays over the mapped memory: numpy.memmap, a subclass, wraps the result of every look-up
        # in Python code (~half of a look-up's ~17,000 instructions; a new word form costs several)
        forms, lemma_of, lemmas = (numpy.asarray(numpy.load(folder / name, mmap_mode="r", allow_pickle=False))
                                   for name in _FILES)
        return cls(forms, lemma_of, lemmas)


def _source_dict() -> dict[str, str]:
    """The table exactly as spaCy's ``load_lookups('sv', ['lemma_lookup'])`` reads it."""
    from spacy.util import load_language_data, registry

    return load_language_data(registry.lookups.get("sv")["lemma_lookup"])


def load_store() -> LemmaStore:
    """The cached store, built and written on first use (or built in memory if it cannot be cached)."""
    source = source_file()
    folder = _cache_dir(source) if source else None
    if folder is not None:
        try:
            return LemmaStore.open(folder)
        except Exception:  # missing (first use) or unreadable: build it again
            pass
    store = LemmaStore.from_dict(_source_dict())
    if folder is not None:
        try:
            store.save(folder)
        except OSError:
            pass
    return store
