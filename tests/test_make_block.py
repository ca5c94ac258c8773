"""``sections.make_block`` builds Blocks without validation: every block of the test corpora, and random ones,
must equal the validated ``Block`` field by field (types included) and dump to the same JSON."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bbiccheck.engine import Checker
from bbiccheck.load import discover
from bbiccheck.load.sections import make_block
from bbiccheck.model import Block, BlockKind

ROOT = Path(__file__).parent


def _same(fields: dict) -> None:
    built, validated = make_block(**fields), Block(**fields)
    assert built == validated
    for name in Block.model_fields:
        a, b = getattr(built, name), getattr(validated, name)
        assert a == b and type(a) is type(b), name
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_copy(update={"kind": BlockKind.header}) == validated.model_copy(update={"kind": BlockKind.header})


def test_corpus_blocks_equal_validated_ones():
    checker = Checker.create()
    count = 0
    for corpus in ("corpus", "corpus_holdout", "load"):
        for source in discover(ROOT / corpus):
            for document in checker.load(source).documents:
                for block in [*document.blocks(), *document.headers]:
                    _same({name: getattr(block, name) for name in Block.model_fields})
                    count += 1
    assert count > 1000


_opt_int = st.none() | st.integers(0, 10**6)
_opt_str = st.none() | st.text(max_size=8)


@given(st.integers(0, 10**6), st.sampled_from(list(BlockKind)), st.text(max_size=20), st.integers(0, 10**6),
       st.integers(0, 10**6), _opt_str, _opt_str, _opt_int, _opt_int, _opt_int)
def test_random_blocks_equal_validated_ones(index, kind, text, start, end, style, label, table, row, col):
    _same(dict(index=index, kind=kind, text=text, start=start, end=end, style=style, label=label, table=table,
               row=row, col=col))
