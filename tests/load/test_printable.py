"""bbiccheck.load.printable (str.isprintable with Latin-1 text decided by a table, for clean_text) is
str.isprintable, on every Latin-1 character and on random text of every storage width."""

from __future__ import annotations

from importlib.util import find_spec

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

BUILT = find_spec("bbiccheck.load.printable") is not None


@pytest.mark.skipif(not BUILT, reason="printable not built")
def test_every_latin1_character_alone_and_in_text():
    from bbiccheck.load.printable import isprintable

    for code in range(256):
        for text in (chr(code), f"Barnets mamma{chr(code)}säger", f"{chr(code)}å"):
            assert isprintable(text) == text.isprintable(), hex(code)
    assert isprintable("") is True


@pytest.mark.skipif(not BUILT, reason="printable not built")
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=255), st.characters()), max_size=40))
def test_random_text(text):
    from bbiccheck.load.printable import isprintable

    assert isprintable(text) == text.isprintable()
