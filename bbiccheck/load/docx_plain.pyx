# cython: language_level=3
"""The docx reader's scan of a paragraph of plain runs, and of a container's children, done on libxml2's nodes
through lxml's C API.

Through lxml's Python API each child costs a proxy object and each ``.tag`` a formatted "{namespace}local"
string (≈ 3 k instructions an element); here the usual names (w:r, w:t, w:pPr, w:rPr) are recognised in C,
and only the properties found become proxies (``children``: the children, without formatting their tags).
Any other element's short name comes from ``docx_styles.short_name`` as in the reader. So ``plain_runs`` and
``children`` here are those of docx_reader.py, their plain-Python twins, used where this module is not built
(setup.py builds it against the installed lxml's headers); tests/load/test_docx_plain_paragraph.py holds the
two to each other. Under another lxml version than the one it was built for the import fails (ImportError), as
spacy_structs' does under another spaCy, and the twins are used.
"""

from lxml.etree import __version__ as LXML_VERSION

from libc.string cimport strcmp
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport (
    _Element,
    _isElement,
    elementFactory,
    import_lxml__etree,
    namespacedName,
    textOf,
)

from bbiccheck.load.docx_styles import W_NAMESPACES, short_name

cdef extern from *:
    """
    #ifndef BBICCHECK_LXML_VERSION
    #define BBICCHECK_LXML_VERSION ""  /* not built by setup.py: never matches */
    #endif
    """
    const char* BBICCHECK_LXML_VERSION

BUILT_FOR = BBICCHECK_LXML_VERSION.decode()
if BUILT_FOR != LXML_VERSION:
    raise ImportError(f"bbiccheck.load.docx_plain was built for lxml {BUILT_FOR or '?'}, not {LXML_VERSION}")

import_lxml__etree()

cdef bytes _W = W_NAMESPACES[0].encode()
cdef bytes _W_STRICT = W_NAMESPACES[1].encode()


cdef inline bint _in_w(tree.xmlNode* node) noexcept:
    """In the WordprocessingML namespace (transitional or ISO Strict): what ``tags("w:…")`` match."""
    if node.ns is NULL or node.ns.href is NULL:
        return False
    href = <const char*>node.ns.href
    return strcmp(href, _W) == 0 or strcmp(href, _W_STRICT) == 0


cdef str _kind(tree.xmlNode* node):
    """The element's short name, as ``docx_styles.name`` gives it; the usual ones without making a string."""
    if _in_w(node):
        local = <const char*>node.name
        if strcmp(local, "r") == 0:
            return "w:r"
        if strcmp(local, "t") == 0:
            return "w:t"
        if strcmp(local, "rPr") == 0:
            return "w:rPr"
        if strcmp(local, "pPr") == 0:
            return "w:pPr"
        if strcmp(local, "p") == 0:
            return "w:p"
        if strcmp(local, "tbl") == 0:
            return "w:tbl"
        if strcmp(local, "tr") == 0:  # table rows and cells: _rows, _cell_elements
            return "w:tr"
        if strcmp(local, "tc") == 0:
            return "w:tc"
    return short_name(namespacedName(node))


def children(_Element parent not None):
    """See ``children`` in docx_reader.py."""
    cdef tree.xmlNode* el = parent._c_node.children
    out = []
    while el is not NULL:
        if el.type == tree.XML_ELEMENT_NODE:
            out.append((_kind(el), elementFactory(parent._doc, el)))
        elif _isElement(el):  # comments, PIs, entity references: no short name
            out.append(("", elementFactory(parent._doc, el)))
        el = el.next
    return out


def plain_runs(_Element p not None, not_plain_inline, not_plain_run):
    """See ``plain_runs`` in docx_reader.py. Comments and processing instructions (no short name) are
    skipped there too."""
    cdef tree.xmlNode* el = p._c_node.children
    cdef tree.xmlNode* c
    cdef tree.xmlNode* ppr = NULL
    cdef tree.xmlNode* rpr
    cdef Py_ssize_t pieces
    cdef bint unset = False
    texts = []
    rprs = []
    while el is not NULL:
        if el.type == tree.XML_ELEMENT_NODE:
            kind = _kind(el)
            if kind == "w:r":
                rpr = NULL
                pieces = 0
                c = el.children
                while c is not NULL:
                    if c.type == tree.XML_ELEMENT_NODE:
                        ckind = _kind(c)
                        if ckind == "w:t":
                            text = textOf(c)
                            if text:
                                texts.append(text)
                                if not text.isspace():
                                    pieces += 1
                        elif ckind == "w:rPr":
                            if rpr is NULL and _in_w(c):  # not an unbound "w:rPr" name
                                rpr = c
                        elif ckind in not_plain_run:
                            return None
                    c = c.next
                if pieces:
                    if rpr is NULL:
                        unset = True
                    else:
                        rprs.append(elementFactory(p._doc, rpr))
            elif kind == "w:pPr":
                if ppr is NULL and _in_w(el):
                    ppr = el
            elif kind in not_plain_inline:
                return None
        el = el.next
    return None if ppr is NULL else elementFactory(p._doc, ppr), "".join(texts), rprs, unset
