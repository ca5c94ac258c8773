"""``sections.make_block``, ``make_section`` and ``dates.make_mention`` build Blocks, Sections and DateMentions
without pydantic validation: every block, section and date mention of the test corpora, and random ones, must
equal the validated model field by field (types included), dump to the same JSON and copy the same. They are
made by ``unvalidated``, done in C by bbiccheck/load/unvalidated.pyx where that is built: the same state as
its Python twin."""

from __future__ import annotations

import datetime as dt
from importlib.util import find_spec
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bbiccheck.engine import Checker
from bbiccheck.load import discover
from bbiccheck.load.dates import make_mention
from bbiccheck.load.sections import make_block, make_section, unvalidated
from bbiccheck.model import Block, BlockKind, DateMention, Section

ROOT = Path(__file__).parent
SECTION_FIELDS = ("title", "key", "level", "heading_block")  # what make_section is given (no blocks yet)


def _same(make, model, fields: dict, update: dict) -> None:
    built, validated = make(**fields), model(**fields)
    assert built == validated
    for name in model.model_fields:
        a, b = getattr(built, name), getattr(validated, name)
        assert a == b and type(a) is type(b), name
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_dump_json(exclude_unset=True) == validated.model_dump_json(exclude_unset=True)
    assert built.model_copy(update=update) == validated.model_copy(update=update)


def _same_block(fields: dict) -> None:
    _same(make_block, Block, fields, {"kind": BlockKind.header})


def _same_section(fields: dict) -> None:
    _same(make_section, Section, fields, {"level": 3})
    built = make_section(**fields)
    built.blocks.append(None)  # each section has lists of its own
    assert make_section(**fields).blocks == []


def _same_mention(fields: dict) -> None:
    _same(make_mention, DateMention, fields, {"event": "x"})


def _corpus_documents():
    checker = Checker.create()
    for corpus in ("corpus", "corpus_holdout", "load"):
        for source in discover(ROOT / corpus):
            yield from checker.load(source).documents


def test_corpus_blocks_and_sections_equal_validated_ones():
    blocks = sections = 0
    for document in _corpus_documents():
        for block in [*document.blocks(), *document.headers]:
            _same_block({name: getattr(block, name) for name in Block.model_fields})
            blocks += 1
        for section in document.root.walk():
            if section.level > 0:  # the root is validated
                _same_section({name: getattr(section, name) for name in SECTION_FIELDS})
                sections += 1
    assert blocks > 1000 and sections > 100


def test_corpus_mentions_equal_validated_ones():
    mentions = 0
    for document in _corpus_documents():
        for mention in document.dates:
            _same_mention({name: getattr(mention, name) for name in DateMention.model_fields})
            mentions += 1
    assert mentions > 100


_opt_int = st.none() | st.integers(0, 10**6)
_opt_str = st.none() | st.text(max_size=8)


@given(st.integers(0, 10**6), st.sampled_from(list(BlockKind)), st.text(max_size=20), st.integers(0, 10**6),
       st.integers(0, 10**6), _opt_str, _opt_str, _opt_int, _opt_int, _opt_int)
def test_random_blocks_equal_validated_ones(index, kind, text, start, end, style, label, table, row, col):
    _same_block(dict(index=index, kind=kind, text=text, start=start, end=end, style=style, label=label,
                     table=table, row=row, col=col))


@given(st.text(max_size=20), _opt_str, st.integers(0, 9), _opt_int)
def test_random_sections_equal_validated_ones(title, key, level, heading_block):
    _same_section(dict(title=title, key=key, level=level, heading_block=heading_block))


def test_assigning_a_field_leaves_every_blocks_fields_set_whole():
    """make_block's Blocks share one fields set holding every field: assigning one must not change it."""
    a = make_block(0, BlockKind.paragraph, "a", 0, 1, None, None, None, None, None)
    b = make_block(1, BlockKind.paragraph, "b", 3, 4, None, None, None, None, None)
    a.text = "c"
    assert a.model_fields_set == b.model_fields_set == set(Block.model_fields)
    assert b.model_dump_json(exclude_unset=True) == b.model_dump_json()


@given(st.dates(), st.none() | st.times(), _opt_str, st.integers(0, 10**6), st.integers(0, 10**6),
       st.integers(0, 10**6), st.text(max_size=20))
def test_random_mentions_equal_validated_ones(date, time, event, block, start, end, text):
    _same_mention(dict(date=date, time=time, event=event, block=block, start=start, end=end, text=text))


def test_assigning_a_field_leaves_every_mentions_fields_set_whole():
    a = make_mention(dt.date(2026, 1, 2), None, None, 0, 0, 1, "a")
    b = make_mention(dt.date(2026, 1, 3), None, "x", 1, 0, 1, "b")
    a.event = "y"
    assert a.model_fields_set == b.model_fields_set == set(DateMention.model_fields)


BUILT = find_spec("bbiccheck.load.unvalidated") is not None


def _state(model) -> tuple:
    return (type(model), model.__dict__, model.__pydantic_fields_set__, model.__pydantic_extra__,
            model.__pydantic_private__)


@pytest.mark.skipif(not BUILT, reason="unvalidated not built")
@given(st.integers(0, 10**6), st.sampled_from(list(BlockKind)), st.text(max_size=20), _opt_str, st.dates())
def test_unvalidated_in_c_is_its_python_twin(index, kind, text, key, date):
    from bbiccheck.load import unvalidated as c

    fields_set = {"index", "text"}
    for model, values in [
        (Block, dict(index=index, kind=kind, text=text, start=0, end=len(text), style=key, label=None, table=None,
                     row=None, col=None)),
        (Section, dict(title=text, key=key, level=1, heading_block=index, blocks=[], children=[])),
        (DateMention, dict(date=date, time=None, event=key, block=index, start=0, end=1, text=text)),
    ]:
        made, twin = c.unvalidated(model, dict(values), fields_set), unvalidated(model, dict(values), fields_set)
        assert _state(made) == _state(twin)
        assert made.__pydantic_fields_set__ is fields_set  # shared, as the twin shares it
        assert made == twin and made.model_dump_json() == twin.model_dump_json()


@pytest.mark.skipif(not BUILT, reason="unvalidated not built")
def test_unvalidated_in_c_refuses_what_its_twin_refuses():
    from bbiccheck.load import unvalidated as c

    for make in (c.unvalidated, unvalidated):
        with pytest.raises(TypeError):
            make(dict, {}, set())  # not a pydantic model
        with pytest.raises(TypeError):
            make(Block, [], set())  # an instance dict that is not a dict
