"""Which kind of BBIC document a file is: from its file name, title, first heading and opening lines."""

from __future__ import annotations

import re
import unicodedata

from bbiccheck.model import DocType

_SEPARATORS = re.compile(r"[\s_\-]+")


def fold(text: str) -> str:
    """Lower-case, '_'/'-' as spaces, and å/ä/ö kept (file names are often ASCII-folded, so both are listed)."""
    return _SEPARATORS.sub(" ", unicodedata.normalize("NFC", text).lower())


class DocTypeTable:
    def __init__(self, phrases: dict[str, list[str]]):
        folded = sorted(((fold(p), DocType(t)) for t, ps in phrases.items() for p in ps),
                        key=lambda item: len(item[0]), reverse=True)
        # compiled once: every document's title, heading, file name and opening lines are matched
        self.phrases = [(phrase, re.compile(rf"(?<![a-zåäö]){re.escape(phrase)}"), doctype) for phrase, doctype in folded]

    def match(self, text: str | None) -> DocType | None:
        if not text:
            return None
        folded = fold(text)
        # a match holds the phrase: most phrases are ruled out by a substring test, far cheaper than a regex
        # search, which tries its lookbehind at every character
        hits = [(m.start(), -len(phrase), doctype) for phrase, rx, doctype in self.phrases
                if phrase in folded and (m := rx.search(folded))]
        # the phrase that comes first names the document ("Uppföljning av genomförandeplan"); then the longest
        return min(hits, key=lambda h: h[:2])[2] if hits else None

    def guess(self, file_name: str, title: str | None, first_heading: str | None, opening: str) -> DocType:
        stem = file_name.rsplit(".", 1)[0]
        for source in (first_heading, title, stem, opening):
            found = self.match(source)
            if found:
                return found
        return DocType.other
