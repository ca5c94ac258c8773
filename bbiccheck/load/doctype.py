"""Which kind of BBIC document a file is: from its file name, title, first heading and opening lines."""

from __future__ import annotations

import re
import unicodedata

from bbiccheck.model import DocType


def fold(text: str) -> str:
    """Lower-case, '_'/'-' as spaces, and å/ä/ö kept (file names are often ASCII-folded, so both are listed)."""
    return re.sub(r"[\s_\-]+", " ", unicodedata.normalize("NFC", text).lower())


class DocTypeTable:
    def __init__(self, phrases: dict[str, list[str]]):
        self.phrases = sorted(((fold(p), DocType(t)) for t, ps in phrases.items() for p in ps),
                              key=lambda item: len(item[0]), reverse=True)

    def match(self, text: str | None) -> DocType | None:
        if not text:
            return None
        folded = fold(text)
        hits = [(m.start(), -len(phrase), doctype) for phrase, doctype in self.phrases
                if (m := re.search(rf"(?<![a-zåäö]){re.escape(phrase)}", folded))]
        # the phrase that comes first names the document ("Uppföljning av genomförandeplan"); then the longest
        return min(hits, key=lambda h: h[:2])[2] if hits else None

    def guess(self, file_name: str, title: str | None, first_heading: str | None, opening: str) -> DocType:
        stem = file_name.rsplit(".", 1)[0]
        for source in (first_heading, title, stem, opening):
            found = self.match(source)
            if found:
                return found
        return DocType.other
