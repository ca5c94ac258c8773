# cython: language_level=3
"""``str.isprintable`` for clean_text (bbiccheck/load/textnorm.py), which asks it of every block's text.

CPython looks every character up in Unicode's tables (≈ 25 instructions a character, ≈ 0.5 M a document).
Text in one-byte storage (Latin-1: Swedish text without dashes or curly quotes) is decided here by a table
of its 256 characters, filled at import from ``str.isprintable`` itself; any other text goes to
``str.isprintable``. setup.py builds it; where it is not built, textnorm uses ``str.isprintable``.
tests/load/test_printable.py holds the two to each other.
"""

from cpython.unicode cimport PyUnicode_1BYTE_KIND, PyUnicode_DATA, PyUnicode_GET_LENGTH, PyUnicode_KIND

cdef bint _LATIN1[256]
for _code in range(256):
    _LATIN1[_code] = chr(_code).isprintable()


def isprintable(str text not None):
    """``text.isprintable()``."""
    cdef const unsigned char* data
    cdef Py_ssize_t i
    if PyUnicode_KIND(text) != PyUnicode_1BYTE_KIND:
        return text.isprintable()
    data = <const unsigned char*>PyUnicode_DATA(text)
    for i in range(PyUnicode_GET_LENGTH(text)):
        if not _LATIN1[data[i]]:
            return False
    return True
