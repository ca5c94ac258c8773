"""Compiles the hot modules with Cython where a C compiler is at hand, as black and mypy are compiled
with mypyc. The modules are plain Python: without a compiler, or with BBICCHECK_NO_EXTENSIONS=1, the
same source runs interpreted and gives the same results, only slower. Everything else is in pyproject.toml."""

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The annotation hot path (bbiccheck/nlp.py), typed for Cython by its augmenting bbiccheck/nlp.pxd.
COMPILED = ["bbiccheck/nlp.py"]


class OptionalBuildExt(build_ext):
    """A failed compile leaves the pure-Python module in place instead of failing the install."""

    def run(self):
        try:
            super().run()
        except Exception as error:  # no compiler, no Python headers, a compile error
            print(f"bbiccheck: not compiled ({error}); the pure-Python modules are used", file=sys.stderr)


def extensions():
    if os.environ.get("BBICCHECK_NO_EXTENSIONS"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        return []
    return cythonize(COMPILED, language_level=3, quiet=True,
                     compiler_directives={"annotation_typing": False})  # typing comes from the .pxd files


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
