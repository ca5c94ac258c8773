# cython: language_level=3, boundscheck=False, wraparound=False
"""A word's index among the lemma store's sorted fixed-width UTF-8 words (bbiccheck/lemmas.py), found by a
binary search over the array's raw bytes.

NumPy's ``searchsorted`` and the element comparison cost ≈ 13,000 instructions a look-up, and a new word form
(a name, a date: ≈ 7 a document) costs up to five; this costs ≈ 1,000. setup.py builds it; where it is not
built, lemmas.py uses its plain-Python twin (``lemmas.SortedWords``), and tests/test_lemmas.py holds the two
to each other.
"""

from libc.string cimport memchr, memcmp


cdef class SortedWords:
    """The rows of a C-contiguous NumPy ``S<width>`` array: strictly increasing, NUL-padded, no NUL inside."""

    cdef const unsigned char[::1] data  # the rows' bytes, one after another
    cdef Py_ssize_t width, count

    def __init__(self, array):
        self.width = array.dtype.itemsize
        self.count = len(array)
        self.data = array.reshape(-1).view("u1")

    def find(self, str word not None) -> int:
        """The index of ``word`` (as UTF-8) among the rows, or -1. A key longer than a row or holding a NUL
        is not among them; a lone surrogate raises UnicodeEncodeError, as ``str.encode`` does."""
        cdef bytes key = word.encode("utf-8")
        cdef const unsigned char* k = key
        cdef Py_ssize_t n = len(key), lo = 0, hi = self.count, mid
        cdef const unsigned char* row
        cdef int order
        if n == 0 or n > self.width or memchr(k, 0, n) != NULL:
            return -1
        while lo < hi:  # the first row not below the key (the key NUL-padded to the width, as NumPy compares)
            mid = (lo + hi) >> 1
            row = &self.data[mid * self.width]
            order = memcmp(row, k, n)
            if order < 0:
                lo = mid + 1
            else:
                hi = mid
        if lo < self.count:
            row = &self.data[lo * self.width]
            if memcmp(row, k, n) == 0 and (n == self.width or row[n] == 0):
                return lo
        return -1
