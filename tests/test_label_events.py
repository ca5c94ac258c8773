"""``EventTagger.label_events`` remembers the events of each fact label: for every fact label of the test
corpora, asked again and again, it must give what matching the label's triggers gives; the memory is bounded."""

from __future__ import annotations

from pathlib import Path

from bbiccheck.engine import Checker
from bbiccheck.load import dates
from bbiccheck.load import discover
from bbiccheck.load.dates import EventTagger
from bbiccheck.model import BlockKind

ROOT = Path(__file__).parent


def test_corpus_labels_give_the_events_of_their_triggers():
    checker = Checker.create()
    lexicon = checker.ruleset.lexicon
    labels = {block.label for corpus in ("corpus", "corpus_holdout", "load") for source in discover(ROOT / corpus)
              for document in checker.load(source).documents for block in document.blocks()
              if block.kind == BlockKind.fact and block.label}
    assert len(labels) > 20
    for doc_type in (None, "utredning", "forhandsbedomning", "genomforandeplan"):
        tagger = lexicon.tagger(doc_type)
        for label in sorted(labels) * 2:  # the second time from memory
            assert tagger.label_events(label) == tagger.events_for(tagger.triggers(label), len(label)), label


def test_remembered_labels_are_bounded(monkeypatch):
    monkeypatch.setattr(dates, "_MAX_LABELS", 3)
    tagger = EventTagger({"anmalan_inkom": ["anmälan inkom"]})
    for n in range(10):
        assert tagger.label_events(f"Anmälan inkom {n}") == ["anmalan_inkom"]
    assert len(tagger._label_events) == 3
    assert tagger.label_events("x" * 300) == [None] and "x" * 300 not in tagger._label_events
