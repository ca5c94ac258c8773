"""Compiles the hot modules with Cython where a C compiler is at hand, as black and mypy are compiled
with mypyc. Without a compiler, or with BBICCHECK_NO_EXTENSIONS=1, the same code runs interpreted and gives
the same results, only slower: the compiled modules are plain Python, spacy_structs.pyx has a
plain-Python twin (spacy_arrays.py), docx_plain.pyx one in docx_reader.py (plain_runs), lemma_search.pyx one
in lemmas.py (SortedWords), unvalidated.pyx one in sections.py (unvalidated), and printable.pyx is
str.isprintable. Everything else is in pyproject.toml."""

import os
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# The annotation hot path (bbiccheck/nlp.py) and what it makes (annotations.py), typed for Cython by their
# augmenting .pxd files; then the hottest plain-Python modules of loading and checking, compiled untyped (no
# .pxd: the source is the only definition, so they can change freely; analysis_summary.pxd types two loops).
# Each is here for the instructions it saves (callgrind, >= 100 k per document); small or rarely run modules
# stay interpreted. A module whose pydantic models have methods cannot be compiled: pydantic takes a compiled
# method for a field without an annotation (model.py, checks/base.py, checks/deadline.py). The Makefile lists
# the same files for rebuilds.
COMPILED = ["bbiccheck/annotations.py", "bbiccheck/nlp.py",
            "bbiccheck/load/docx_reader.py", "bbiccheck/load/docx_styles.py", "bbiccheck/load/dates.py",
            "bbiccheck/load/sections.py", "bbiccheck/load/tables.py", "bbiccheck/load/textnorm.py",
            "bbiccheck/patterns.py",
            "bbiccheck/checks/analysis_summary.py", "bbiccheck/checks/risk_explained.py",
            "bbiccheck/checks/child_voice.py"]
# Reads and writes spaCy's token structs: compiled against the installed spaCy's headers, for its version only.
SPACY_STRUCTS = "bbiccheck/spacy_structs.pyx"
# The docx reader's plain-paragraph scan on lxml's nodes: compiled against the installed lxml's headers.
DOCX_PLAIN = "bbiccheck/load/docx_plain.pyx"
# str.isprintable for clean_text, with Latin-1 text decided by a table.
PRINTABLE = "bbiccheck/load/printable.pyx"
# pydantic models made without validation (sections.unvalidated) through the C slots of their descriptors.
UNVALIDATED = "bbiccheck/load/unvalidated.pyx"
# The lemma store's binary search over its arrays' raw bytes.
LEMMA_SEARCH = "bbiccheck/lemma_search.pyx"


class OptionalBuildExt(build_ext):
    """A failed compile leaves the pure-Python module in place instead of failing the install."""

    def run(self):
        try:
            super().run()
        except Exception as error:  # no compiler, no Python headers
            print(f"bbiccheck: not compiled ({error}); the pure-Python modules are used", file=sys.stderr)

    def build_extensions(self):
        for ext in list(self.extensions):  # each on its own: one that fails does not stop the others
            try:
                self.build_extension(ext)
            except Exception as error:  # a compile error
                self.extensions.remove(ext)  # nothing to copy or install for it
                print(f"bbiccheck: {ext.name} not compiled ({error}); its pure-Python twin is used",
                      file=sys.stderr)


def extensions():
    if os.environ.get("BBICCHECK_NO_EXTENSIONS"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        return []
    modules = cythonize(COMPILED, language_level=3, quiet=True,
                        compiler_directives={"annotation_typing": False})  # typing comes from the .pxd files
    try:
        modules += cythonize([spacy_structs()], language_level=3, quiet=True)
    except Exception as error:  # spaCy not in the build environment, or its headers do not translate
        print(f"bbiccheck: spacy_structs not compiled ({error}); spacy_arrays is used", file=sys.stderr)
    try:
        modules += cythonize([docx_plain()], language_level=3, quiet=True)
    except Exception as error:  # lxml's headers not at hand
        print(f"bbiccheck: docx_plain not compiled ({error}); docx_reader.plain_runs is used", file=sys.stderr)
    modules += cythonize([Extension("bbiccheck.load.printable", [PRINTABLE]),
                          Extension("bbiccheck.load.unvalidated", [UNVALIDATED]),
                          Extension("bbiccheck.lemma_search", [LEMMA_SEARCH])], language_level=3, quiet=True)
    return modules


def spacy_structs() -> Extension:
    """Compiled against the headers of the spaCy in the build environment, and told its version."""
    import numpy  # spaCy's Doc header cimports NumPy's
    import spacy.about

    return Extension("bbiccheck.spacy_structs", [SPACY_STRUCTS], language="c++", include_dirs=[numpy.get_include()],
                     define_macros=[("BBICCHECK_SPACY_VERSION", f'"{spacy.about.__version__}"')])


def docx_plain() -> Extension:
    """Compiled against the headers of the lxml in the build environment (its C API, libxml2's node structs),
    and told its version."""
    import lxml
    import lxml.etree

    return Extension("bbiccheck.load.docx_plain", [DOCX_PLAIN], include_dirs=lxml.get_include(),
                     define_macros=[("BBICCHECK_LXML_VERSION", f'"{lxml.etree.__version__}"')])


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
