"""Every module setup.py compiles (its COMPILED list) is built from its current source, and the whole check
gives the same report from the compiled modules as from their Python source. Most of them are compiled
untyped (no .pxd): plain Python that Cython translates, so the two must agree on every document.
(test_compiled.py holds the typed annotation modules to the same standard, paragraph by paragraph.)"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def compiled_modules() -> dict[str, Path]:
    """setup.py's COMPILED list, read without running setup.py: module name -> source file."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    files = next(ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets))
    return {file.removesuffix(".py").removesuffix("/__init__").replace("/", "."): ROOT / file for file in files}


COMPILED = compiled_modules()
# setup.py's own extensions (.pyx, not in COMPILED). spacy_structs is held to its source in test_compiled.py.
OWN_EXTENSIONS = {"bbiccheck/spacy_structs.pyx", "bbiccheck/load/docx_plain.pyx", "bbiccheck/load/printable.pyx",
                  "bbiccheck/lemma_search.pyx", "bbiccheck/load/unvalidated.pyx"}

# Imports the COMPILED modules from their .py source (before any other finder sees them), then runs the CLI.
FROM_SOURCE = f"""
import importlib.abc, importlib.util, sys
SOURCES = {{name: str(path) for name, path in {dict((n, str(p)) for n, p in COMPILED.items())!r}.items()}}

class FromSource(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in SOURCES:
            return None
        package = [SOURCES[name].rsplit("/", 1)[0]] if SOURCES[name].endswith("/__init__.py") else None
        return importlib.util.spec_from_file_location(name, SOURCES[name], submodule_search_locations=package)

sys.meta_path.insert(0, FromSource())
"""

# Checks the samples (JSON report on stdout), then names the file each COMPILED module came from (stderr).
CHECK = f"""
import sys
from bbiccheck.cli import main
try:
    main(["check", {str(ROOT / "samples")!r}, "--format", "json", "--today", "2026-11-25", "--fail-on", "never"])
except SystemExit as done:
    assert not done.code, done.code
finally:
    print(*sorted(sys.modules[name].__file__ for name in {sorted(COMPILED)!r}), file=sys.stderr)
"""


def check_samples(prelude: str) -> tuple[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", prelude + CHECK], cwd=ROOT, capture_output=True, text=True,
                          check=True, timeout=600)
    return done.stdout, done.stderr.split()


def test_setup_lists_modules_that_exist():
    assert len(COMPILED) >= 2
    for name, source in COMPILED.items():
        assert source.is_file() and name.startswith("bbiccheck."), (name, source)


def test_make_rebuilds_them_when_they_change():
    """The Makefile's COMPILED (what `make install` depends on) names each compiled module and its .pxd."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    listed = next(line for line in makefile.splitlines() if line.startswith("COMPILED :=")).split()[2:]
    sources = [str(path.relative_to(ROOT)) for path in COMPILED.values()]
    pxds = [str(path.with_suffix(".pxd").relative_to(ROOT)) for path in COMPILED.values() if path.with_suffix(".pxd").exists()]
    assert sorted(set(listed) - OWN_EXTENSIONS) == sorted(sources + pxds)


@pytest.mark.skipif(bool(os.environ.get("BBICCHECK_NO_EXTENSIONS")), reason="built without the compiled modules")
@pytest.mark.parametrize("name", sorted(COMPILED))
def test_module_is_compiled_and_current(name):
    """`make install` compiles them (a failed compile only warns), so CI would not notice a lost build."""
    origin = find_spec(name).origin
    assert origin.endswith(".so"), f"{origin} is not compiled: run `make install` (or pip install -e .)"
    for source in (COMPILED[name], COMPILED[name].with_suffix(".pxd")):
        if source.exists():
            assert Path(origin).stat().st_mtime >= source.stat().st_mtime, f"{source} changed after the build: " \
                                                                           "run `make install`"


@pytest.mark.skipif(bool(os.environ.get("BBICCHECK_NO_EXTENSIONS")), reason="built without the compiled modules")
@pytest.mark.parametrize("source", sorted(OWN_EXTENSIONS - {"bbiccheck/spacy_structs.pyx"}))
def test_own_extension_is_built_from_the_current_source(source):
    name = source.removesuffix(".pyx").replace("/", ".")
    spec = find_spec(name)  # `make install` builds it (a failure only warns)
    assert spec is not None, f"{name} is not built: run `make install`"
    assert Path(spec.origin).stat().st_mtime >= (ROOT / source).stat().st_mtime, "run `make install`"


def test_compiled_and_source_modules_give_the_same_report():
    (compiled, compiled_files), (source, source_files) = check_samples(""), check_samples(FROM_SOURCE)
    assert sorted(source_files) == sorted(str(path) for path in COMPILED.values())  # really the source
    if not os.environ.get("BBICCHECK_NO_EXTENSIONS"):
        assert all(file.endswith(".so") for file in compiled_files), compiled_files
    assert '"findings"' in compiled and compiled.count('"rule": ') > 20
    assert compiled == source
