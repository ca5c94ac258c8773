"""Whitespace normalisation shared by the readers, so every format yields text the same way.

Inside a block: every run of whitespace (tabs, non-breaking and other Unicode spaces) becomes one
space, each line is stripped and empty lines go; invisible characters (soft hyphen, zero-width
space/joiners, BOM) and stray control characters are removed. A newline survives only where the
source had a manual line break inside one paragraph.
"""

from __future__ import annotations

import re

# Not shown when rendered (soft hyphen, zero-width space/joiners, word joiner, BOM), and control
# characters other than whitespace (PDF text layers carry some): dropped.
_DROP = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1b\x7f]")
_LINE_BREAK = re.compile("\r\n?|[\u2028\u2029]")
_BLANKS = re.compile(r"[^\S\n]+")  # any Unicode whitespace except the newline


def clean_text(text: str) -> str:
    """Normalise whitespace inside one block (see the module docstring)."""
    text = _LINE_BREAK.sub("\n", _DROP.sub("", text))
    lines = (_BLANKS.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
