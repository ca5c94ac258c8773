# Cython declarations for analysis_summary.py (an augmenting .pxd): compiled, the loops over lemma positions
# (a sentence's shingles, the source index) run on C integers and read typed tuples and sets. The module runs
# the same without.
import cython

# Sentence is read as an object, not cimported from bbiccheck.annotations: a typed import would refuse to load
# beside annotations run from its source (tests/test_compiled.py does).

@cython.locals(i=Py_ssize_t)
cpdef list shingles(tuple lemmas, Py_ssize_t n)

@cython.locals(n=Py_ssize_t, at=Py_ssize_t, lemmas=tuple, firsts=set, index=dict, gram=tuple)
cpdef dict _source_index(rule, ctx, doc, set skip, set wanted)
