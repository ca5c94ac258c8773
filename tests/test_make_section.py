"""``sections.make_section`` builds Sections without validation: every section of the test corpora, and random
ones, must equal the validated ``Section`` field by field (types included) and dump to the same JSON."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bbiccheck.engine import Checker
from bbiccheck.load import discover
from bbiccheck.load.sections import make_section
from bbiccheck.model import Section

ROOT = Path(__file__).parent
_FIELDS = ("title", "key", "level", "heading_block")


def _same(fields: dict) -> None:
    built, validated = make_section(**fields), Section(**fields)
    assert built == validated
    for name in Section.model_fields:
        a, b = getattr(built, name), getattr(validated, name)
        assert a == b and type(a) is type(b), name
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_dump_json(exclude_unset=True) == validated.model_dump_json(exclude_unset=True)
    assert built.model_copy(update={"level": 3}) == validated.model_copy(update={"level": 3})
    built.blocks.append(None)  # each section has lists of its own
    assert make_section(**fields).blocks == []


def test_corpus_sections_equal_validated_ones():
    checker = Checker.create()
    count = 0
    for corpus in ("corpus", "corpus_holdout", "load"):
        for source in discover(ROOT / corpus):
            for document in checker.load(source).documents:
                for section in document.root.walk():
                    if section.level > 0:  # the root is validated
                        _same({name: getattr(section, name) for name in _FIELDS})
                        count += 1
    assert count > 100


@given(st.text(max_size=20), st.none() | st.text(max_size=8), st.integers(0, 9), st.none() | st.integers(0, 10**6))
def test_random_sections_equal_validated_ones(title, key, level, heading_block):
    _same(dict(title=title, key=key, level=level, heading_block=heading_block))


def test_assigning_a_field_leaves_every_blocks_fields_set_whole():
    """make_block's Blocks share one fields set holding every field: assigning one must not change it."""
    from bbiccheck.load.sections import make_block
    from bbiccheck.model import Block, BlockKind

    a = make_block(0, BlockKind.paragraph, "a", 0, 1, None, None, None, None, None)
    b = make_block(1, BlockKind.paragraph, "b", 3, 4, None, None, None, None, None)
    a.text = "c"
    assert a.model_fields_set == b.model_fields_set == set(Block.model_fields)
    assert b.model_dump_json(exclude_unset=True) == b.model_dump_json()
