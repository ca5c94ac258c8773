"""``dates.make_mention`` builds DateMentions without pydantic validation: every mention the tagger makes for the
test corpora, and random ones, must equal the validated model field by field (types included), dump to the same
JSON and copy the same (as tests/test_make_models.py holds make_block and make_section)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bbiccheck.engine import Checker
from bbiccheck.load import discover
from bbiccheck.load.dates import make_mention
from bbiccheck.model import DateMention

ROOT = Path(__file__).parent
FIELDS = ("date", "time", "event", "block", "start", "end", "text")


def _same(fields: dict) -> None:
    built, validated = make_mention(**fields), DateMention(**fields)
    assert built == validated
    for name in DateMention.model_fields:
        a, b = getattr(built, name), getattr(validated, name)
        assert a == b and type(a) is type(b), name
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_dump_json(exclude_unset=True) == validated.model_dump_json(exclude_unset=True)
    assert built.model_copy(update={"event": "x"}) == validated.model_copy(update={"event": "x"})


def test_corpus_mentions_equal_validated_ones():
    checker = Checker.create()
    mentions = 0
    for corpus in ("corpus", "corpus_holdout", "load"):
        for source in discover(ROOT / corpus):
            for document in checker.load(source).documents:
                for mention in document.dates:
                    _same({name: getattr(mention, name) for name in FIELDS})
                    mentions += 1
    assert mentions > 100


@given(st.dates(), st.none() | st.times(), st.none() | st.text(max_size=8), st.integers(0, 10**6),
       st.integers(0, 10**6), st.integers(0, 10**6), st.text(max_size=20))
def test_random_mentions_equal_validated_ones(date, time, event, block, start, end, text):
    _same(dict(date=date, time=time, event=event, block=block, start=start, end=end, text=text))


def test_assigning_a_field_leaves_every_mentions_fields_set_whole():
    a = make_mention(dt.date(2026, 1, 2), None, None, 0, 0, 1, "a")
    b = make_mention(dt.date(2026, 1, 3), None, "x", 1, 0, 1, "b")
    a.event = "y"
    assert a.model_fields_set == b.model_fields_set == set(DateMention.model_fields)
