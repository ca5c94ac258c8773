"""Whitespace normalisation shared by the readers, so every format yields text the same way.

Inside a block: runs of spaces/tabs collapse to one space, each line is stripped, empty lines go,
non-breaking and other fixed-width spaces become ordinary spaces, and invisible characters
(soft hyphen, zero-width space, BOM) are removed. A newline survives only where the source had a
manual line break inside one paragraph.
"""

from __future__ import annotations

import re

# Spaces that render as a blank: NBSP, figure/narrow NBSP, en/em and thin spaces, ideographic space.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t\f\v"), " ")
# Characters that are not shown: soft hyphen, zero-width space/joiners, word joiner, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# Other control characters (PDF text layers carry some) are dropped.
_CONTROLS = {c: None for c in range(32) if chr(c) not in "\t\n\r\f\v"}
_TABLE = {**_CONTROLS, **_SPACES, **_INVISIBLE, ord("\r"): "\n", 0x2028: "\n", 0x2029: "\n"}
_RUN_OF_SPACES = re.compile(r" {2,}")


def clean_text(text: str) -> str:
    """Normalise whitespace inside one block (see the module docstring)."""
    text = text.translate(_TABLE)
    lines = (_RUN_OF_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
