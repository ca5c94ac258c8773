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
_LINE_BREAKS = ("\r\n", "\r", "\u2028", "\u2029")  # CR LF first: one break, not two

try:  # str.isprintable with Latin-1 text decided by a table (built by setup.py)
    from bbiccheck.load.printable import isprintable as _isprintable
except ImportError:
    _isprintable = str.isprintable


def clean_text(text: str) -> str:
    """Normalise whitespace inside one block (see the module docstring)."""
    if _isprintable(text):
        # Most text: no line break, no control or invisible character (all are non-printable), and
        # no whitespace but " " (all other whitespace is non-printable too). One C scan settles it.
        if "  " in text or text[:1] == " " or text[-1:] == " ":
            return " ".join(text.split())
        return text
    text = _DROP.sub("", text)
    for line_break in _LINE_BREAKS:  # str.replace: far cheaper than a regex alternation
        text = text.replace(line_break, "\n")
    # str.split() splits on exactly the Unicode whitespace the regex \s matches, and is far cheaper
    # than substituting every single space of a long paragraph.
    if "\n" not in text:  # most blocks are one line
        return " ".join(text.split())
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
