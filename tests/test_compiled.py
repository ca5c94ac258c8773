"""The compiled annotation modules (setup.py builds bbiccheck/annotations.py and nlp.py, and
spacy_structs.pyx, with Cython) against the same source run as plain Python, with spacy_arrays for
spacy_structs: the two must give identical annotations, and the build must be the current source."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

import bbiccheck.nlp

PACKAGE = Path(bbiccheck.nlp.__file__).parent
# each compiled module, and the sources it is built from
BUILT_FROM = {"annotations": ("annotations.py", "annotations.pxd"), "nlp": ("nlp.py", "nlp.pxd"),
              "spacy_structs": ("spacy_structs.pyx",)}

# Annotates every paragraph of the samples and some hard cases; prints one repr per paragraph.
ANNOTATE = """
import sys
from pathlib import Path
from bbiccheck.load import discover, load_case
from bbiccheck.nlp import annotate, pipeline
from bbiccheck.ruleset import load_rules

lexicon = load_rules().lexicon
nlp = pipeline(lexicon.cues, lexicon.negatable)
texts = [block.text for source in discover(Path(sys.argv[1])) for doc in load_case(source, lexicon).documents
         for block in doc.blocks()]
texts += ["", " ", "...", "Hej!!! Nej?! (Ja.) 12 maj 2026, kl. 13.30", "Tio barn. Tindra och Tindras mamma Sara.",
          "Inget missbruk förekommer. Missbruk förekommer inte. " * 50, "x" * 25_000 + ". Mamma har missbruk."]
for index, text in enumerate(texts):
    print(repr(sorted(annotate(nlp, [(index, text)], part_size=2_000).items())))
nlp_module = sys.modules["bbiccheck.nlp"]
print(nlp_module.__file__, nlp_module.Cue.__module__, sys.modules["bbiccheck.annotations"].__file__,
      nlp_module.set_lemmas.__module__, file=sys.stderr)
"""

# The same script with bbiccheck.annotations and nlp taken from their Python source, not from the compiled
# modules, and without spacy_structs (so that nlp uses spacy_arrays).
AS_PYTHON = f"""
import importlib.util, sys
sys.modules["bbiccheck.spacy_structs"] = None
for name in ("annotations", "nlp"):
    spec = importlib.util.spec_from_file_location("bbiccheck." + name, {str(PACKAGE)!r} + "/" + name + ".py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
"""


def annotations(prelude: str) -> tuple[str, str]:
    """(the annotations, the files bbiccheck.nlp and annotations were loaded from, and nlp's struct access)"""
    samples = Path(__file__).parent.parent / "samples"
    done = subprocess.run([sys.executable, "-c", prelude + ANNOTATE, str(samples)], capture_output=True, text=True,
                          check=True)
    return done.stdout, done.stderr.strip()


@pytest.mark.skipif(bool(os.environ.get("BBICCHECK_NO_EXTENSIONS")), reason="built without the compiled modules")
@pytest.mark.parametrize("name", BUILT_FROM)
def test_the_annotation_modules_are_compiled_and_current(name):
    """`make install` compiles them (a failed compile only warns), so CI would not notice a lost build."""
    origin = find_spec(f"bbiccheck.{name}").origin
    assert origin.endswith(".so"), f"{origin} is not compiled: run `make install` (or pip install -e .)"
    for source in BUILT_FROM[name]:
        changed = (PACKAGE / source).stat().st_mtime
        assert Path(origin).stat().st_mtime >= changed, f"{source} changed after the build: run `make install`"
    version = subprocess.run([sys.executable, "-m", "bbiccheck", "--version"], capture_output=True, text=True)
    assert version.stdout.strip().endswith("(compiled annotation)")


def test_compiled_and_python_annotations_are_identical():
    (compiled, modules), (python, sources) = annotations(""), annotations(AS_PYTHON)
    nlp = PACKAGE / "nlp.py"
    assert modules == f"{bbiccheck.nlp.__file__} bbiccheck.annotations {find_spec('bbiccheck.annotations').origin} " \
                      "bbiccheck.spacy_structs"
    assert sources == f"{nlp} bbiccheck.annotations {nlp.with_name('annotations.py')} bbiccheck.spacy_arrays"
    assert compiled.count("\n") > 300 and "Cue(label='risk'" in compiled and "Cue(label='date'" in compiled
    assert compiled == python
