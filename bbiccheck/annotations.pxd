# Cython declarations for annotations.py (an augmenting .pxd): compiled, Cue and Sentence are C structs.
import cython

cdef class Cue:
    cdef public str label
    cdef public object start
    cdef public object end
    cdef public str text
    cdef public object negated


cdef class Sentence:
    cdef public object block
    cdef public object start
    cdef public object end
    cdef public str text
    cdef public tuple lemmas
    cdef public list cues

    @cython.locals(c=Cue, found=set)
    cpdef set labels(self)


# C functions for bbiccheck.nlp (nlp.pxd cimports them)
@cython.locals(made=Cue)
cpdef Cue new_cue(str label, object start, object end, str text, object negated)

@cython.locals(made=Sentence)
cpdef Sentence new_sentence(object block, object start, object end, str text, tuple lemmas, list cues)
