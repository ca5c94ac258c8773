"""The cue matcher remembers what a word form may start in the word's ``Word`` (``Word.cue_starts``), under
its own key. Words are shared by every pipeline of the process, so a pipeline must never read what another
one (or the same one before new patterns) remembered there."""

from __future__ import annotations

from bbiccheck.nlp import annotate, build_nlp

TEXT = "Pappa har ett missbruk och hög frånvaro. Barnet är tryggt hemma. Mamma har inget missbruk."


def cues(nlp) -> list[tuple]:
    return [(c.label, c.start, c.end, c.negated) for s in annotate(nlp, [(0, TEXT)])[0] for c in s.cues]


def test_pipelines_sharing_words_keep_their_own_cues():
    risk = build_nlp({"risk": ["missbruk", "hög frånvaro"], "negation": ["inget"]}, ["risk"])
    safety = build_nlp({"skydd": ["missbruk", "trygg"]}, [])
    first_risk, first_safety = cues(risk), cues(safety)
    assert ("risk", 14, 22, False) in first_risk and ("risk", 81, 89, True) in first_risk
    assert ("skydd", 14, 22, False) in first_safety and not any(c[0] == "risk" for c in first_safety)
    for _ in range(2):  # alternately: each finds the other's key in the shared Words
        assert cues(risk) == first_risk
        assert cues(safety) == first_safety


def test_new_patterns_are_matched_in_words_seen_before():
    nlp = build_nlp({"risk": ["missbruk"]}, [])
    assert not any(c[0] == "hemma" for c in cues(nlp))
    nlp.get_pipe("bbic_cues").add_patterns([{"label": "hemma", "pattern": [{"LOWER": {"REGEX": "^hemm"}}]}])
    assert ("hemma", 58, 63, False) in cues(nlp)
