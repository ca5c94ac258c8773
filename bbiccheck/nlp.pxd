# Cython declarations for nlp.py (an augmenting .pxd): when the module is compiled (setup.py), Word is a
# C struct and the per-token loops run on C integers. nlp.py stays plain Python and runs the same without.
# In the order of nlp.py.
import cython

from bbiccheck.annotations cimport new_cue, new_sentence  # C calls (annotations.pxd)

cdef class Word:
    cdef readonly object orth
    cdef readonly str text
    cdef readonly str lower
    cdef readonly str lemma
    cdef readonly object lemma_id
    cdef readonly bint punct
    cdef readonly bint sentence_final
    cdef readonly bint like_num
    cdef readonly str content_lemma
    cdef readonly bint number
    cdef readonly bint capitalised
    cdef readonly bint name_like
    cdef readonly bint digit
    cdef readonly object cue_starts


@cython.locals(c=Py_UCS4)
cpdef bint has_digit(str text)

cpdef list words(doc)

@cython.locals(found=list, missing=list)
cpdef tuple words_and_offsets(doc)

@cython.locals(n=Py_ssize_t, i=Py_ssize_t, w=Word)
cpdef list first_tokens(list tokens)

@cython.locals(w=Word, ids=list)
cpdef list lemma_ids(list tokens)

@cython.locals(m=tuple, start=Py_ssize_t, end=Py_ssize_t, first=Py_ssize_t, following=Py_ssize_t, last=Py_ssize_t,
               i=Py_ssize_t, w=Word, negated=bint, marked=list, s=Py_ssize_t, index=Py_ssize_t)
cpdef list mark_negated(list matches, list tokens, list starts, set labels, frozenset before, frozenset after,
                        Py_ssize_t window)

@cython.locals(m=tuple)
cpdef bint has_label(list matches, set labels)

@cython.locals(kind=str)
cpdef bint passes(tuple test, Word w)

@cython.locals(n=Py_ssize_t, i=Py_ssize_t, w=Word, labels=tuple, by_second=dict, others=tuple, found=list,
               longer=list, following=Py_ssize_t, end=Py_ssize_t, memo=tuple, last_end=Py_ssize_t, after=Word)
cpdef list match_cues(list tokens, key, split, list patterns, list starts)

@cython.locals(n=Py_ssize_t, size=Py_ssize_t, k=Py_ssize_t, tests=tuple)
cpdef extend_matches(list longer, list tokens, Py_ssize_t i, object numbers, Py_ssize_t checked, list patterns)

@cython.locals(longer=list, spans=list, dropped=list, kept=list, m=tuple, negative_length=Py_ssize_t,
               start=Py_ssize_t, end=Py_ssize_t, first=Py_ssize_t, last=Py_ssize_t, index=Py_ssize_t,
               j=Py_ssize_t, k=Py_ssize_t)
cpdef list longest_per_label(list matches)

@cython.locals(found=list, start=Py_ssize_t, i=Py_ssize_t, c=Py_UCS4, last=Py_UCS4, second=Py_UCS4)
cpdef list mid_sentence_capitals(str text)

@cython.locals(tokens=list, idxs=list, starts=list)
cpdef list annotate_part(doc, block, Py_ssize_t offset, str text, frozenset names, matcher, negation)

@cython.locals(n=Py_ssize_t, s=Py_ssize_t, k=Py_ssize_t, first=Py_ssize_t, end=Py_ssize_t, i=Py_ssize_t,
               start=Py_ssize_t, w=Word, kept=list, cues=list, sent_text=str, lemmas=list, numbers=list,
               found_names=list, result=list, digits=bint, m=tuple, at=Py_ssize_t, last=Py_ssize_t)
cpdef list sentences_of(list tokens, list idxs, list starts, list matches, block, Py_ssize_t shift, str text,
                        frozenset names)

@cython.locals(first=Py_ssize_t, end=Py_ssize_t, start=Py_ssize_t, last=Py_ssize_t, stop=Py_ssize_t, w=Word)
cdef phrase_cue(tuple match, list tokens, list idxs, Py_ssize_t shift, str text)
