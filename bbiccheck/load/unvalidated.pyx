# cython: language_level=3
"""``sections.unvalidated`` in C: a pydantic model made and its state set through the C slots that
``object.__new__`` and its four slot descriptors' ``__set__`` end in.

From Python each ``__set__`` is a method-wrapper call (an argument tuple, the wrapper's checks: ≈ 620
instructions, four a model, ≈ 140 models a document); here each is the descriptor type's ``tp_descr_set``.
setup.py builds it; where it is not built, sections.py's ``unvalidated`` (its Python twin) is used.
tests/test_make_models.py holds the two to each other.
"""

from cpython.object cimport PyObject, PyTypeObject, Py_TYPE
from cpython.type cimport PyType_Check, PyType_IsSubtype
from pydantic import BaseModel

cdef extern from "Python.h":
    PyTypeObject PyBaseObject_Type  # object

# BaseModel's slots: the instance dict and pydantic's three (see sections.py)
cdef object _DICT = BaseModel.__dict__["__dict__"]
cdef object _FIELDS_SET = BaseModel.__dict__["__pydantic_fields_set__"]
cdef object _EXTRA = BaseModel.__dict__["__pydantic_extra__"]
cdef object _PRIVATE = BaseModel.__dict__["__pydantic_private__"]
cdef tuple _NO_ARGS = ()


cdef inline int _set(object descr, object obj, object value) except -1:
    return Py_TYPE(descr).tp_descr_set(descr, obj, value)


def unvalidated(model, values, fields_set):
    """See ``unvalidated`` in sections.py. The setters check ``values`` (a dict) as the twin's do."""
    if not (PyType_Check(model) and PyType_IsSubtype(model, BaseModel)):  # object.__new__ refuses other layouts
        raise TypeError(f"{model!r} is not a pydantic model")
    made = PyBaseObject_Type.tp_new(model, <PyObject*>_NO_ARGS, NULL)  # object.__new__(model)
    _set(_DICT, made, values)
    _set(_FIELDS_SET, made, fields_set)
    _set(_EXTRA, made, None)
    _set(_PRIVATE, made, None)
    return made
