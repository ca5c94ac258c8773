# Cython declarations for annotations.py (an augmenting .pxd): compiled, Cue and Sentence are C structs.
import cython

# The character offsets are C integers: a Cue or Sentence is made from C integers (bbiccheck.nlp), and as
# Python ints most offsets (those above 256) were an object each (~3,000 a document); the few that checks
# read are made as they are read.
cdef class Cue:
    cdef public str label
    cdef public Py_ssize_t start
    cdef public Py_ssize_t end
    cdef public str text
    cdef public object negated


cdef class Sentence:
    cdef public object block
    cdef public Py_ssize_t start
    cdef public Py_ssize_t end
    cdef public str text
    cdef public tuple lemmas
    cdef public list cues

    @cython.locals(c=Cue, found=set)
    cpdef set labels(self)


# C functions for bbiccheck.nlp (nlp.pxd cimports them)
@cython.locals(made=Cue)
cpdef Cue new_cue(str label, Py_ssize_t start, Py_ssize_t end, str text, object negated)

@cython.locals(made=Sentence)
cpdef Sentence new_sentence(object block, Py_ssize_t start, Py_ssize_t end, str text, tuple lemmas, list cues)
