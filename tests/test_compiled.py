"""The compiled annotation module (setup.py builds bbiccheck/nlp.py with Cython) against the same source
run as plain Python: the two must give identical annotations, and the build must be the current source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import bbiccheck.nlp

SOURCE = Path(bbiccheck.nlp.__file__).with_name("nlp.py")
COMPILED = not bbiccheck.nlp.__file__.endswith(".py")

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
print(sys.modules["bbiccheck.nlp"].__file__, file=sys.stderr)
"""

# The same script with bbiccheck.nlp taken from its Python source, not from the compiled module.
AS_PYTHON = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("bbiccheck.nlp", {str(SOURCE)!r})
module = importlib.util.module_from_spec(spec)
sys.modules["bbiccheck.nlp"] = module
spec.loader.exec_module(module)
"""


def annotations(prelude: str) -> tuple[str, str]:
    """(the annotations, the file bbiccheck.nlp was loaded from)"""
    samples = Path(__file__).parent.parent / "samples"
    done = subprocess.run([sys.executable, "-c", prelude + ANNOTATE, str(samples)], capture_output=True, text=True,
                          check=True)
    return done.stdout, done.stderr.strip()


@pytest.mark.skipif(bool(os.environ.get("BBICCHECK_NO_EXTENSIONS")), reason="built without the compiled module")
def test_the_annotation_module_is_compiled_and_current():
    """`make install` compiles it (a failed compile only warns), so CI would not notice a lost build."""
    assert COMPILED, f"{bbiccheck.nlp.__file__} is the Python source: run `make install` (or pip install -e .)"
    built = Path(bbiccheck.nlp.__file__).stat().st_mtime
    for source in (SOURCE, SOURCE.with_suffix(".pxd")):
        assert built >= source.stat().st_mtime, f"{source.name} changed after the build: run `make install`"
    version = subprocess.run([sys.executable, "-m", "bbiccheck", "--version"], capture_output=True, text=True)
    assert version.stdout.strip().endswith("(compiled annotation)")


def test_compiled_and_python_annotations_are_identical():
    (compiled, module), (python, source) = annotations(""), annotations(AS_PYTHON)
    assert module == bbiccheck.nlp.__file__ and source == str(SOURCE)
    assert compiled.count("\n") > 300 and "Cue(label='risk'" in compiled and "Cue(label='date'" in compiled
    assert compiled == python
