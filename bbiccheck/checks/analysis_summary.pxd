# Cython declarations for analysis_summary.py (an augmenting .pxd): compiled, the source index's loop over
# lemma positions runs on C integers and reads typed tuples and sets. The module runs the same without.
import cython

from bbiccheck.annotations cimport Sentence


@cython.locals(n=Py_ssize_t, at=Py_ssize_t, lemmas=tuple, firsts=set, index=dict, sentence=Sentence, gram=tuple)
cpdef dict _source_index(rule, ctx, doc, set skip, set wanted)
