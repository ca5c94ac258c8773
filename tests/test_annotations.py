"""Cue and Sentence, compiled (setup.py) and as Python source: the values the checks read behave as the
NamedTuple and dataclass they replaced — fields, equality, hashing, repr."""

from __future__ import annotations

import importlib.util
import pickle
from pathlib import Path

import pytest

import bbiccheck.annotations as compiled


def from_source():
    source = Path(compiled.__file__).with_name("annotations.py")
    spec = importlib.util.spec_from_file_location("annotations_source", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(params=["compiled", "source"])
def annotations(request):
    return compiled if request.param == "compiled" else from_source()


def test_a_cue_compares_hashes_and_prints_by_its_values(annotations):
    Cue = annotations.Cue
    cue = Cue("risk", 3, 11, "missbruk")
    assert (cue.label, cue.start, cue.end, cue.text, cue.negated) == ("risk", 3, 11, "missbruk", False)
    assert cue == Cue("risk", 3, 11, "missbruk", False) and hash(cue) == hash(Cue("risk", 3, 11, "missbruk"))
    assert cue != Cue("risk", 3, 11, "missbruk", True) and cue != ("risk", 3, 11, "missbruk", False)
    assert len({cue, Cue("risk", 3, 11, "missbruk"), Cue("name", 0, 5, "Tindra")}) == 2
    assert repr(cue) == "Cue(label='risk', start=3, end=11, text='missbruk', negated=False)"
    # compiled, the offsets are C integers (annotations.pxd), read back as ints
    far = Cue("risk", 100_000, 100_008, "missbruk")
    assert (far.start, far.end) == (100_000, 100_008) and type(far.start) is int


def test_a_sentence_answers_for_its_cues_and_is_not_hashable(annotations):
    Cue, Sentence = annotations.Cue, annotations.Sentence
    cues = [Cue("risk", 0, 8, "Missbruk"), Cue("risk", 20, 25, "våld", True), Cue("orsak", 9, 16, "eftersom")]
    sentence = Sentence(2, 0, 30, "Missbruk eftersom inget våld.", ("missbruk", "våld"), cues)
    assert sentence.labels() == {"risk", "orsak"}
    assert sentence.has("risk") and sentence.has("orsak") and not sentence.has("skydd")
    assert sentence.has("risk", negated=True) and not sentence.has("orsak", negated=True)
    assert Sentence(2, 0, 1, "x", ()).cues == []
    assert sentence == Sentence(2, 0, 30, "Missbruk eftersom inget våld.", ("missbruk", "våld"), list(cues))
    assert sentence != Sentence(3, 0, 30, "Missbruk eftersom inget våld.", ("missbruk", "våld"), list(cues))
    with pytest.raises(TypeError):
        hash(sentence)
    assert repr(sentence).startswith("Sentence(block=2, start=0, end=30, text='Missbruk eftersom inget våld.', "
                                     "lemmas=('missbruk', 'våld'), cues=[Cue(label='risk'")


def test_compiled_values_survive_pickling():
    """A caseload worker could send them to the parent process."""
    cue = compiled.Cue("date", 0, 10, "2026-11-25")
    sentence = compiled.Sentence(0, 0, 10, "2026-11-25", (), [cue])
    assert pickle.loads(pickle.dumps(cue)) == cue and pickle.loads(pickle.dumps(sentence)) == sentence
