# Cython declarations for annotations.py (an augmenting .pxd): compiled, Cue and Sentence are C structs.

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
