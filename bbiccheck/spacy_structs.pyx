# cython: language_level=3
"""What the annotation pipeline (bbiccheck.nlp) reads from and writes to a spaCy Doc, done on spaCy's token
structs in C. ``Doc.to_array``/``from_array`` build a NumPy array per call, which on a short paragraph
costs more than the work itself; here it is a loop over ``doc.c``.

setup.py compiles this against the headers of the installed spaCy. Token structs are laid out per spaCy
version, so under any other version the import fails (ImportError) and bbiccheck.nlp uses the same
functions written with spaCy's array API (bbiccheck/spacy_arrays.py): the same results, only slower.
"""

from spacy.about import __version__ as SPACY_VERSION

from cpython.list cimport PyList_New, PyList_SET_ITEM
from cpython.ref cimport PyObject, Py_INCREF
from libc.stdlib cimport calloc, free
from spacy.tokens.doc cimport Doc
from spacy.typedefs cimport attr_t

cdef extern from *:
    """
    #ifndef BBICCHECK_SPACY_VERSION
    #define BBICCHECK_SPACY_VERSION ""  /* not built by setup.py: never matches */
    #endif
    """
    const char* BBICCHECK_SPACY_VERSION

BUILT_FOR = BBICCHECK_SPACY_VERSION.decode()
if BUILT_FOR != SPACY_VERSION:
    raise ImportError(f"bbiccheck.spacy_structs was built for spaCy {BUILT_FOR or '?'}, not {SPACY_VERSION}")


cdef size_t INITIAL_SLOTS = 4096  # a power of two, as every size of the table


cdef struct Slot:
    attr_t orth
    PyObject* value  # NULL: an empty slot


cdef class WordCache:
    """A cache of one object per ORTH (bbiccheck.nlp's Words), looked up in C by the uint64 hash: in a dict
    each look-up first made a Python int of the hash, which cost more than the look-up.

    The table is open-addressing with linear probing, at most half full: ORTH is spaCy's 64-bit hash of the
    text, so its low bits pick the slot as they are. A std::unordered_map, as before, cost a division and a
    chase through list nodes per token (its ``find`` was ~1.4 % of a check's time, a cache miss a token)."""

    cdef dict held  # ORTH -> object: owns the references that the slots borrow
    cdef Slot* slots
    cdef size_t mask  # the number of slots - 1 (a power of two)

    def __cinit__(self):
        self.held = {}
        self.allocate(INITIAL_SLOTS)

    def __dealloc__(self):
        free(self.slots)

    cdef int allocate(self, size_t count) except -1:
        cdef Slot* slots = <Slot*>calloc(count, sizeof(Slot))
        if slots == NULL:
            raise MemoryError()
        free(self.slots)
        self.slots = slots
        self.mask = count - 1
        return 0

    cdef inline Slot* slot(self, attr_t orth) noexcept:
        """``orth``'s slot, or the empty slot where it would go."""
        cdef size_t i = orth & self.mask
        while self.slots[i].value != NULL and self.slots[i].orth != orth:
            i = (i + 1) & self.mask
        return &self.slots[i]

    def __len__(self):
        return len(self.held)

    def get(self, attr_t orth):
        """The object cached for ``orth``, or None."""
        cdef PyObject* value = self.slot(orth).value
        return None if value == NULL else <object>value

    def add(self, attr_t orth, value):
        """Caches ``value`` for ``orth`` (replacing any earlier one)."""
        cdef Slot* old
        cdef Slot* at
        cdef size_t i, count
        if orth not in self.held and 2 * (<size_t>len(self.held) + 1) > self.mask + 1:  # kept at most half full
            old, count = self.slots, self.mask + 1
            self.slots = NULL
            self.allocate(2 * count)
            for i in range(count):
                if old[i].value != NULL:
                    self.slot(old[i].orth)[0] = old[i]
            free(old)
        self.held[orth] = value  # holds the reference that the slot borrows
        at = self.slot(orth)
        at.orth = orth
        at.value = <PyObject*>value

    def clear(self):
        self.allocate(INITIAL_SLOTS)
        self.held.clear()

    def words_and_offsets(self, Doc doc):
        """Each token's cached object (None where there is none yet), its IDX, and the (token index, ORTH)
        of the tokens without one, as three lists."""
        cdef int i
        cdef attr_t orth
        cdef object item
        # made at their full length and filled in place: grown by appends, each list was reallocated
        # several times per paragraph
        cdef list found = PyList_New(doc.length), offsets = PyList_New(doc.length), missing = []
        cdef PyObject* cached
        for i in range(doc.length):
            orth = doc.c[i].lex.orth
            cached = self.slot(orth).value
            if cached == NULL:
                item = None
                missing.append((i, orth))
            else:
                item = <object>cached
            Py_INCREF(item)  # PyList_SET_ITEM takes over a reference
            PyList_SET_ITEM(found, i, item)
            item = doc.c[i].idx
            Py_INCREF(item)
            PyList_SET_ITEM(offsets, i, item)
        return found, offsets, missing


def set_lemmas(Doc doc, list ids):
    """Sets each token's LEMMA to a StringStore id: ``doc.from_array([LEMMA], ids)``."""
    if len(ids) != doc.length:
        raise ValueError(f"{len(ids)} lemmas for {doc.length} tokens")
    cdef int i
    for i in range(doc.length):
        doc.c[i].lemma = ids[i]


def set_sentence_starts(Doc doc, list starts):
    """Marks ``starts`` (token indexes) as sentence starts and every other token as not one, as spaCy's
    ``Sentencizer(overwrite=True).set_annotations`` does with a flag per token."""
    cdef int i
    for i in starts:
        if not 0 <= i < doc.length:
            raise IndexError(f"sentence start {i} outside a Doc of {doc.length} tokens")
    for i in range(doc.length):
        doc.c[i].sent_start = -1
    for i in starts:
        doc.c[i].sent_start = 1
