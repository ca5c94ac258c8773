"""The loader hands the Haystack it made for date tagging to the checks (``Document._derived``, read by
``DocumentIndex.haystack``): for every document of the test corpora it must be the one the checks would make
of the document's blocks, and tagging with it must give the dates tagging without it gives."""

from __future__ import annotations

from pathlib import Path

from bbiccheck.checks.base import CheckContext
from bbiccheck.engine import Checker
from bbiccheck.load import discover
from bbiccheck.model import Case, Document
from bbiccheck.patterns import Haystack

ROOT = Path(__file__).parent


def test_handed_haystack_is_the_checks_own():
    checker = Checker.create()
    documents = 0
    for corpus in ("corpus", "corpus_holdout", "load"):
        for source in discover(ROOT / corpus):
            case = checker.load(source)
            for doc in case.documents:
                handed = CheckContext(case, check_date=None).haystack(doc)
                assert handed is doc._derived.haystack
                made = Haystack((b.index, b.text) for b in doc.blocks())
                assert (handed.keys, handed.lowered, handed.latin1, handed.starts, handed.exact) == \
                       (made.keys, made.lowered, made.latin1, made.starts, made.exact)
                tagger = checker.ruleset.lexicon.tagger(doc.type.value)
                blocks = list(doc.blocks())
                assert tagger.mentions(blocks, haystack=handed) == tagger.mentions(blocks)
                documents += 1
    assert documents > 20


def test_handed_haystack_is_not_part_of_the_value():
    checker = Checker.create()
    loaded = checker.load(next(discover(ROOT / "corpus"))).documents[0]
    assert loaded._derived.haystack is not None
    assert loaded == Document(**{name: getattr(loaded, name) for name in Document.model_fields})
    assert loaded.model_copy()._derived.haystack is loaded._derived.haystack
    assert CheckContext(Case(id="x", path="x", documents=[Document(path="y")]), check_date=None).haystack(
        Document(path="y")).keys == []
