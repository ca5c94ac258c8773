"""Case-insensitive regular expressions tried on many texts, with a cheap pre-filter.

Rule and lexicon patterns (template phrases, goal wording, event triggers) are searched in every block
or sentence, and most texts match none of them. ``Patterns`` finds, once per pattern, literals that every
match must contain, and searches only the patterns whose literal occurs in the lower-cased text. The
literals come from Python's own regex parser (``re._parser``, private): should it change, a pattern whose
literals cannot be worked out is simply always searched, so results never depend on it.

A rule that tries the same patterns on every block of a document first asks ``Patterns.possible`` which
blocks may match at all: one scan of the document's lower-cased text (a ``Haystack``, built once per
document) rules out the blocks that hold none of the literals, without lower-casing each of them.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Hashable, Iterable, Iterator
from itertools import accumulate
from re import _constants, _parser


class Patterns:
    """Case-insensitive regular expressions (rule and lexicon patterns) that are cheap to try on many texts.

    A regex search costs a scan of the whole text, and most texts match none of the patterns. So each
    pattern comes with literals that every match contains (one of them, lower-cased): "klicka (eller tryck
    )?här" needs "klicka " – and only a pattern whose literal is in the lower-cased text is searched.

    A case-insensitive regex gets no start-of-match shortcut from Python's engine: it is tried at every
    character (≈ 9 µs for a 60-character sentence). So where every match of a pattern starts with one of
    a few literals (its ``heads``: "utredning(en)? (inleddes|...)" starts with "utredning"), it is tried
    only where one of them occurs in the lower-cased text; a pattern anchored at "^" only at the start.
    """

    def __init__(self, patterns: Iterable[str]):
        self.compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
        self.heads = [_pattern_heads(rx.pattern) if not rx.flags & re.MULTILINE else None for rx in self.compiled]
        self.by_literal: dict[str, list[int]] = {}  # literal -> the patterns that need it (or another one)
        self.always: list[int] = []  # patterns without a known literal
        for i, rx in enumerate(self.compiled):
            literals = _pattern_literals(rx.pattern)
            if literals is None:
                self.always.append(i)
            for literal in literals or ():
                self.by_literal.setdefault(literal, []).append(i)
        # what ``possible`` scans for: a literal that holds another one ("målet " holds "mål") is in no text
        # the other misses, and each scan reads the whole document
        self.scanned = [lit for lit in self.by_literal if not any(o != lit and o in lit for o in self.by_literal)]

    def candidates(self, text: str) -> list[int]:
        """Indexes (in order) of the patterns that may match ``text``: the others cannot."""
        lowered = lower(text)
        return self._candidates(lowered, _unsure(lowered))

    def _candidates(self, lowered: str, unsure: bool) -> list[int]:
        if unsure:
            return list(range(len(self.compiled)))
        found = [i for literal, indexes in self.by_literal.items() if literal in lowered for i in indexes]
        return sorted(set(found).union(self.always)) if found else self.always

    def matches(self, text: str) -> Iterator[tuple[int, re.Match]]:
        """``(i, m)`` for every match ``m`` of every pattern ``i`` in ``text``: each pattern's ``finditer``,
        in the patterns' order."""
        lowered = lower(text)
        unsure = _unsure(lowered)
        # the heads are found in the lower-cased text at the match's offset unless lower-casing moved the
        # offsets or made an unsure character (``_unsure``)
        sure = len(lowered) == len(text) and not unsure
        for i in self._candidates(lowered, unsure):
            heads = self.heads[i] if sure else None
            if heads is None:
                for m in self.compiled[i].finditer(text):
                    yield i, m
            elif not heads:  # anchored at the start: at most one match
                if m := self.compiled[i].match(text):
                    yield i, m
            else:
                for m in _at_heads(self.compiled[i], heads, text, lowered):
                    yield i, m

    def first_match(self, text: str) -> re.Match | None:
        """The match of the first pattern that matches ``text``."""
        for _, m in self.matches(text):
            return m
        return None

    def possible(self, haystack: Haystack) -> set[Hashable]:
        """The keys of the haystack's texts that one of the patterns may match: the others match none."""
        if self.always or not haystack.exact:
            return set(haystack.keys)
        lowered, starts, keys, found = haystack.lowered, haystack.starts, haystack.keys, set()
        for literal in self.scanned:
            at = lowered.find(literal)
            while at >= 0:
                n = bisect_right(starts, at) - 1
                found.add(keys[n])
                at = lowered.find(literal, starts[n + 1]) if n + 1 < len(starts) else -1  # on to the next text
        return found


class Haystack:
    """Texts (a document's blocks, by key) lower-cased and joined once, for ``Patterns.possible``.

    A literal in a lower-cased text is in the lower-cased join at that text's offset, as ``lower`` maps
    each character on its own (final sigma aside, which no literal holds); one that straddles two texts
    only lets a text through that then fails its own search.
    """

    def __init__(self, items: Iterable[tuple[Hashable, str]]):
        items = list(items)
        self.keys: list[Hashable] = [key for key, _ in items]
        texts = [text for _, text in items]
        joined = "\n".join(texts)
        # the joined texts in Latin-1, any other character as "?" (None if one of those is a digit): where
        # its digits 0-9 are, the texts' ``\d`` matches are (dates.py scans it for them)
        self.lowered, self.latin1 = _lowered_and_latin1(joined)
        self.starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        # lower() turns "İ" into two characters, which moves the offsets; and ``candidates`` tries every
        # pattern on a text with an unsure character (``_unsure``): then no text is ruled out
        self.exact = len(self.lowered) == len(joined) and not _unsure(self.lowered)


def _at_heads(rx: re.Pattern, heads: tuple[str, ...], text: str, lowered: str) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern whose every match starts with one of ``heads`` in ``lowered``:
    ``rx`` is tried where one of them occurs, in order, from the end of the previous match (a match holds
    its head: never empty). ``match`` at an offset still sees the text before it (``\\b``, lookbehinds)."""
    find = lowered.find
    at = min([a for a in map(find, heads) if a >= 0], default=-1)
    while at >= 0:
        m = rx.match(text, at)
        after = at + 1
        if m:
            yield m
            after = m.end()
        at = min([a for head in heads if (a := find(head, after)) >= 0], default=-1)


def _unsure(lowered: str) -> bool:
    """Whether a lower-cased text holds "ı", "ſ" or U+0307: these match "i"/"s" case-insensitively but
    lower-case to something else ("İ" to "i" + U+0307). Spelt out: this runs on every text."""
    return "ı" in lowered or "ſ" in lowered or "\u0307" in lowered


def lower(text: str) -> str:
    """``text.lower()``, five times faster for Swedish text: ``str.lower`` looks every non-ASCII character
    up in the Unicode tables, but Latin-1 lower-cases into itself one character for one, so a byte
    table does the same."""
    return _lowered_and_latin1(text)[0]


def _lowered_and_latin1(text: str) -> tuple[str, bytes | None]:
    """``lower(text)``, and the text in Latin-1 with "?" for any other character (None if one of those is a
    digit), which the lower-casing encodes anyway."""
    try:
        encoded = text.encode("latin-1")
    except UnicodeEncodeError:
        lowered, encoded, digit = _beyond_latin1(text)
        return lowered, None if digit else encoded
    return encoded.translate(_LATIN1_LOWER).decode("latin-1"), encoded


def _beyond_latin1(text: str) -> tuple[str, bytes, bool]:
    """``lower`` of a text with characters beyond Latin-1 (en dashes and curly quotes in most Word
    documents): the byte table lower-cases the rest, and only those characters are looked up. Also the
    text in Latin-1 with "?" for each of those, and whether one of them is a digit (``\\d``).

    The "replace" encoding writes one "?" for each of them; each "?" that was not one in the text is
    put back lower-cased on its own. ``str.lower`` maps every character on its own but "Σ" (final sigma
    depends on the letters around it): a text with one is lower-cased whole."""
    encoded = text.encode("latin-1", "replace")
    lowered = encoded.translate(_LATIN1_LOWER).decode("latin-1")
    pieces, done, digit, whole = [], 0, False, False
    at = encoded.find(b"?")
    while at >= 0:
        char = text[at]
        if char != "?":
            whole = whole or char == "\u03a3"
            digit = digit or char.isdecimal()
            pieces += (lowered[done:at], char.lower())
            done = at + 1
        at = encoded.find(b"?", at + 1)
    pieces.append(lowered[done:])
    return text.lower() if whole else "".join(pieces), encoded, digit


_LATIN1_LOWER = bytes(range(256)).decode("latin-1").lower().encode("latin-1")


# Characters whose case-insensitive matches all lower-case to their own lower case, apart from the three
# unsure ones (``_unsure``) that ``candidates`` looks for. Any other character ends a literal.
_PLAIN = frozenset(map(chr, range(128))) | frozenset("åäöéüÅÄÖÉÜ")


@functools.cache  # the lexicon's taggers (one per document type) share most patterns
def _pattern_literals(pattern: str) -> set[str] | None:
    try:
        return _literals(_parser.parse(pattern, re.IGNORECASE))
    except Exception:  # noqa: BLE001 - a private parser that may change: then the pattern is always searched
        return None


@functools.cache
def _pattern_heads(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased literals of which every match of ``pattern`` starts with one (the shortest of those that
    start alike), ``()`` for a pattern anchored at the text's start, None if unknown."""
    try:
        heads = _heads(list(_parser.parse(pattern, re.IGNORECASE)))
    except Exception:  # noqa: BLE001 - a private parser that may change: then the pattern is searched
        return None
    if heads is None or "" in heads and len(heads) > 1:
        return None
    if heads == {""}:
        return ()
    return tuple(sorted(h for h in heads if not any(o != h and h.startswith(o) for o in heads)))


def _heads(items: list) -> set[str] | None:
    """Of the parsed regex ``items``: what ``_pattern_heads`` says, ``{""}`` for anchored."""
    if not items:
        return None  # an empty match
    op, av = items[0]
    rest = items[1:]
    if op is _constants.LITERAL and chr(av) in _PLAIN:
        run = ""
        for op, av in items:
            if op is not _constants.LITERAL or chr(av) not in _PLAIN:
                break
            run += chr(av).lower()
        return {run}
    if op is _constants.AT:
        if av is _constants.AT_BEGINNING or av is _constants.AT_BEGINNING_STRING:
            return {""}
        return _heads(rest) if av is _constants.AT_BOUNDARY else None  # zero width
    if op is _constants.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
        return _heads([*av[3], *rest])
    if op is _constants.BRANCH:
        heads = [_heads([*branch, *rest]) for branch in av[1]]
        return None if None in heads else set().union(*heads)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[1] == 1:  # once or "?"
        once = _heads([*av[2], *rest])
        if av[0] == 1 or once is None:
            return once
        never = _heads(rest)
        return None if never is None else once | never
    return None


def _literals(items) -> set[str] | None:
    """Lower-cased strings of which every match of the parsed regex ``items`` holds one, or None if unknown."""
    best, run = None, ""
    for op, av in [*items, (None, None)]:
        if op is _constants.LITERAL and chr(av) in _PLAIN:
            run += chr(av).lower()
            continue
        found = None
        if op is _constants.SUBPATTERN:  # a group: (group, flags on, flags off, its items)
            found = _literals(av[3])
        elif op is _constants.ATOMIC_GROUP:
            found = _literals(av)
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _literals(av[2])
        elif op is _constants.BRANCH:
            branches = [_literals(branch) for branch in av[1]]
            if None not in branches:  # one of the branches' literals; "xx-xx" holds "xx", so "xx" is enough
                found = set().union(*branches)
                found = {lit for lit in found if not any(other != lit and other in lit for other in found)}
        for candidate in ({run} if run else None, found):
            # the rarest literals: few of them (one "[" rather than "ange" or "namn" after it), then long ones
            if candidate and (best is None or _rarity(candidate) > _rarity(best)):
                best = candidate
        run = ""
    return best


def _rarity(literals: set[str]) -> tuple[int, int]:
    return -len(literals), min(map(len, literals))
