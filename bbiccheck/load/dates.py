"""Swedish dates: finding them in text, tying them to case events, and counting calendar time.

All date arithmetic lives here: limits count calendar days from the day after the starting event, and
months are calendar months with month-end clamping (2026-01-31 + 1 month = 2026-02-28).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bbiccheck.load.sections import make_model
from bbiccheck.model import Block, BlockKind, DateMention
from bbiccheck.patterns import Haystack, Patterns, lower

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

# One alternation, so a position is claimed by one form only. A compact date followed by a dash and four
# digits is a personnummer, never a date. Every form starts with a digit or "den": the lookahead lets the
# regex engine pass over any other position with one test instead of trying the four forms (4x faster).
DATE = re.compile(
    r"(?=[\dd])(?:"
    r"(?<![\d-])(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\d])"
    r"|(?<![\d-])(?P<compact>(?P<cy>(?:19|20)\d\d)(?P<cm>[01]\d)(?P<cd>[0-3]\d))(?![\d]|-\d{4}|\s?-\s?[\dX]{4})"
    rf"|(?<![\w/])(?:den\s+)?(?P<textual>(?P<td>[0-3]?\d)(?::\s?[ae])?\.?\s+(?P<tm>{_MONTH_NAMES})\.?(?:\s+(?P<ty>(?:19|20)\d\d))?)(?![\wåäö])"
    r"|(?<![\d/.-])(?P<slash>(?P<sd>[0-3]?\d)/(?P<sm>[01]?\d)(?:[\s-]+|/)(?P<sy>(?:19|20)\d\d))(?!\d)"
    r")",
    re.IGNORECASE,
)
TIME_OF_DAY = re.compile(r"\b(?:kl\.?|klockan)\s*(?P<h>[0-2]?\d)(?:[.:](?P<m>[0-5]\d))?", re.IGNORECASE)
# The gap between two sentences: whitespace after a full stop, "!" or "?", before a capital, digit or quote.
# The stop is matched, not looked behind for: a pattern that starts with a character set is searched by
# skipping to those characters, not tried at every position (~20 times cheaper).
SENTENCE_END = re.compile(r"[.!?](?P<gap>\s+)(?=[A-ZÅÄÖ0-9\"”])")
ABBREVIATION = re.compile(r"(?:\b(?:kl|ca|t\.ex|bl\.a|s|nr|resp|jfr|p|kap|dvs|m\.m|o\.s\.v|f\.d|d\.v\.s)\.)$", re.IGNORECASE)
_NEXT_DAY = r"dagen efter|påföljande dag|nästkommande dag|följande dag"
NEXT_DAY = re.compile(rf"\b(?:{_NEXT_DAY})\b", re.IGNORECASE)
# Every DATE form holds a digit (``\d``, as in DATE): text without one is skipped (see has_digit).
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
# An ABBREVIATION match ends at the sentence end and is at most 7 characters long, so it is searched for
# only in the last characters before it (``\b`` still sees the character before the search start).
_ABBREVIATION_REACH = 16
# Looked up once: an Enum member read as a class attribute costs ~0.1 µs, and every block is asked.
_UNDATED, _FACT = (BlockKind.heading, BlockKind.placeholder), BlockKind.fact
_MAX_LABELS, _MAX_LABEL_LENGTH = 4096, 200  # fact labels remembered by a tagger (see EventTagger.label_events)


# Every DateMention's fields set: all of them (see sections.make_block), one set shared by every mention.
_MENTION_FIELDS = set(DateMention.model_fields)


def make_mention(date: dt.date, time: dt.time | None, event: str | None, block: int, start: int, end: int,
                 text: str) -> DateMention:
    """``DateMention(...)`` with every field given, without pydantic's validation (≈ 45 k instructions a mention,
    most of them the date's): the tagger passes exact types, as ``sections.make_block`` is passed them.
    tests/test_make_models.py holds it to the validated model."""
    return make_model(DateMention, {"date": date, "time": time, "event": event, "block": block, "start": start,
                                     "end": end, "text": text}, _MENTION_FIELDS)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int
    has_year: bool = True


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_period(day: dt.date, *, days: int = 0, months: int = 0) -> dt.date:
    return add_months(day, months) + dt.timedelta(days=days)


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit as ``\\d`` matches one.

    The regex engine looks every character up in the Unicode tables, which for a document's ~20,000
    characters costs more than the date search itself. A Latin-1 text can hold no digit but 0-9 (the
    other Unicode digits lie beyond U+00FF), and looking for each of those is a memchr scan.
    """
    if text.isascii() or _is_latin1(text):
        for digit in "0123456789":
            if digit in text:
                return True
        return False
    return _DIGIT.search(text) is not None


def _is_latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def find_dates(text: str, default_year: int | None = None, yearless: list[int] | None = None) -> list[FoundDate]:
    """Every date in ``text``. A date without a year ("2 mars") takes ``default_year`` or is skipped (and its
    offset appended to ``yearless``: with no such date, every ``default_year`` gives the same result)."""
    found: list[FoundDate] = []
    if not has_digit(text):
        return found
    for m in date_matches(text):
        has_year = True
        try:
            if m.group("iso"):
                day = dt.date(int(m["iy"]), int(m["im"]), int(m["id"]))
                start, end = m.start("iso"), m.end("iso")
            elif m.group("compact"):
                day = dt.date(int(m["cy"]), int(m["cm"]), int(m["cd"]))
                start, end = m.start("compact"), m.end("compact")
            elif m.group("textual"):
                year = m["ty"]
                has_year = year is not None
                if not has_year and default_year is None:
                    if yearless is not None:
                        yearless.append(m.start())
                    continue
                day = dt.date(int(year) if year else default_year, MONTHS[m["tm"].lower()], int(m["td"]))
                start, end = m.start(), m.end("textual")
            else:
                day = dt.date(int(m["sy"]), int(m["sm"]), int(m["sd"]))
                start, end = m.start("slash"), m.end("slash")
        except ValueError:  # 2026-02-30, month 13: not a date
            continue
        found.append(FoundDate(day, start, end, has_year))
    return found


def digit_runs(text: str) -> Iterator[int]:
    """Where each run of digits (``\\d+``) in ``text`` starts, in order.

    A regex search costs ~300 instructions per character even for ``\\d+``; in Latin-1 text (whose only
    digits are 0-9, see has_digit) a byte table marks the digits and ``bytes.find`` jumps from run to run.
    """
    try:
        marks = text.encode("latin-1").translate(_DIGIT_MARKS)
    except UnicodeEncodeError:
        yield from (run.start() for run in _DIGIT_RUN.finditer(text))
        return
    yield from _marked_runs(marks)


def digit_runs_by_text(haystack: Haystack) -> list[list[int]] | None:
    """``digit_runs`` of each of the haystack's texts, from one scan of its joined text (the line break
    between two texts is no digit); None when a character beyond Latin-1 in them is a digit.

    Most blocks hold no digit: this spares them a scan of their own, and the encoding is the one the
    haystack made for lower-casing (its "?" for a character beyond Latin-1 is no digit either)."""
    if haystack.latin1 is None:
        return None
    starts, runs = haystack.starts, [[] for _ in haystack.keys]
    for at in _marked_runs(haystack.latin1.translate(_DIGIT_MARKS)):
        n = bisect_right(starts, at) - 1
        runs[n].append(at - starts[n])
    return runs


def _marked_runs(marks: bytes) -> Iterator[int]:
    at = marks.find(b"0")
    while at >= 0:
        yield at
        after = marks.find(b".", at)
        if after < 0:
            return
        at = marks.find(b"0", after)


_DIGIT_MARKS = bytes(ord("0") if chr(i) in "0123456789" else ord(".") for i in range(256))


def date_matches(text: str) -> Iterator[re.Match]:
    """``DATE.finditer(text)``, trying DATE only where a match can start.

    A regex search tries the pattern at every character, ~450 instructions each even where the lookahead
    fails at once (a sentence of 60 characters: ~28,000). A match starts at a digit that follows no digit
    (each form's lookbehind refuses one), or at the "den" that stands, with whitespace, right before such
    a digit. So DATE is tried there only, in order and from the end of the previous match, as finditer
    does; its lookbehinds still see the text before.
    """
    end = 0
    for at in digit_runs(text):
        if at < end:
            continue
        space = at  # where the whitespace before the digits starts ("\s" is str.isspace)
        while space > end and text[space - 1].isspace():
            space -= 1
        m = None
        if space < at and space - 3 >= end and text[space - 3:space].lower() == "den":
            m = DATE.match(text, space - 3)
        m = m or DATE.match(text, at)
        if m:
            end = m.end()
            yield m


REFERS_BACK = Patterns([rf"\b(?:samma dag|{_NEXT_DAY})\b"])  # to the previous date


def has_date(text: str, runs: Iterable[int] | None = None) -> bool:
    """Whether DATE matches somewhere in ``text`` (``find_dates`` may still refuse it: 2026-02-30).
    ``runs``: the text's ``digit_runs``, if known."""
    # Every DATE form starts at a digit that follows no digit (each form's lookbehind refuses one), or at a
    # "den" before such a digit, where it matches from the digit too (the lookbehind then sees the space
    # after "den"). So DATE is tried only where a run of digits starts, not at every character as a
    # search does; its lookbehinds still see the text before.
    if runs is None:
        return has_digit(text) and any(DATE.match(text, at) for at in digit_runs(text))
    return any(DATE.match(text, at) for at in runs)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Cheap sentence spans for date tagging (the NLP layer does the real segmentation for rules)."""
    start = 0
    for m in SENTENCE_END.finditer(text):
        gap = m.start("gap")
        if ABBREVIATION.search(text, max(0, gap - _ABBREVIATION_REACH), gap):
            continue
        yield start, gap
        start = m.end()
    if start < len(text):
        yield start, len(text)


class EventTagger:
    """Ties dates to named events using the trigger patterns of rules/lexicon/events.yaml."""

    def __init__(self, events: dict[str, list[str]], exclusions: dict[str, list[str]] | None = None):
        self.names = [name for name, ps in events.items() for _ in ps]  # of each trigger pattern
        self.patterns = Patterns(p for ps in events.values() for p in ps)
        self.exclusions = {name: Patterns(ps) for name, ps in (exclusions or {}).items() if ps}
        self._label_events: dict[str, list[str | None]] = {}  # fact label -> the events its triggers name

    def triggers(self, text: str) -> list[tuple[int, int, str]]:
        """Trigger matches in a sentence; an event's ``unless`` pattern in the sentence cancels them
        ("Utredningen ska vara avslutad senast ..." is a plan, not the closing)."""
        hits = [(m.start(), m.end(), self.names[i]) for i, m in self.patterns.matches(text)]
        excluded = {name for name in {h[2] for h in hits}
                    if name in self.exclusions and self.exclusions[name].first_match(text)}
        return sorted(h for h in hits if h[2] not in excluded)

    def events_for(self, hits: list[tuple[int, int, str]], date_start: int, after: int = 0,
                   last: bool = False) -> list[str | None]:
        """Every event whose trigger stands between the previous date (``after``) and this one; if none, the
        nearest trigger after the date. "Målen formulerades vid uppstartsmötet 2026-05-04" is two events.
        The last date of a sentence also takes what follows it: "... 2026-09-07 när insatsen startade"."""
        between = {h[2] for h in hits if after <= h[0] < date_start}
        later = [h for h in hits if h[0] >= date_start]
        if last:
            between |= {h[2] for h in later}
        elif not between and later:
            between = {later[0][2]}
        return sorted(between) or [None]

    def mentions(self, blocks: Iterable[Block], default_year: int | None = None,
                 yearless: list[int] | None = None, haystack: Haystack | None = None) -> list[DateMention]:
        """``yearless``: see ``find_dates`` (empty afterwards = ``default_year`` would change nothing).
        ``haystack``: the blocks' texts in order (under any keys), if the caller has made it."""
        found: list[DateMention] = []
        blocks = list(blocks)
        if not blocks:  # most documents' page headers: none
            return found
        # The blocks that may refer back, from one scan of the document's lower-cased text: cheaper than
        # lower-casing and scanning each block on its own.
        if haystack is None:
            haystack = Haystack(enumerate(block.text for block in blocks))
        keys, may_refer_back = haystack.keys, REFERS_BACK.possible(haystack)
        # where each block's digit runs start, from the same scan: a block without a digit has no date
        runs = digit_runs_by_text(haystack)
        for n, block in enumerate(blocks):
            if (runs is not None and not runs[n] and keys[n] not in may_refer_back) or block.kind in _UNDATED:
                continue
            if block.kind == _FACT and block.label:
                found.extend(self._fact(block, default_year, yearless))
                continue
            # Only a sentence with a date or one that refers back to the previous date can give a mention: a
            # block with neither is not split into sentences. A sentence's date is a DATE match in the whole
            # block too (sentences are cut at whitespace, which none of DATE's lookarounds refuses), so one
            # search of the block settles it; most blocks with a digit hold no date (ages, personnummer).
            # Event triggers and the time of day are looked for only in a sentence with a mention.
            if not has_date(block.text, None if runs is None else runs[n]) and (keys[n] not in may_refer_back or not REFERS_BACK.first_match(block.text)):
                continue
            for s, e in sentences(block.text):
                sentence = block.text[s:e]
                dates = find_dates(sentence, default_year, yearless)
                if dates:
                    hits = self.triggers(sentence)
                    time = time_of_day(sentence)
                    previous_end = 0
                    for n, d in enumerate(dates):
                        events = self.events_for([h for h in hits if not overlaps(h, d)], d.start, previous_end,
                                                 last=n == len(dates) - 1)
                        previous_end = d.end
                        for event in events:
                            found.append(make_mention(d.date, time, event, block.index, s, e, sentence))
                elif found and REFERS_BACK.first_match(sentence):
                    hits = self.triggers(sentence)
                    if hits:
                        shift = 1 if NEXT_DAY.search(sentence) else 0
                        found.append(make_mention(found[-1].date + dt.timedelta(days=shift), time_of_day(sentence),
                                                  hits[0][2], block.index, s, e, sentence))
        return found

    def label_events(self, label: str) -> list[str | None]:
        """The events a fact's label names (``[None]`` for none). Remembered: the documents of a caseload share
        their templates' labels ("Anmälan inkom", "Datum"), and matching the triggers costs ≈ 0.1 M instructions
        a label. Bounded, as ``SectionTable.key_for``, so a hostile document cannot grow it at will."""
        events = self._label_events.get(label)
        if events is None:
            events = self.events_for(self.triggers(label), len(label))
            if len(self._label_events) < _MAX_LABELS and len(label) <= _MAX_LABEL_LENGTH:
                self._label_events[label] = events
        return events

    def _fact(self, block: Block, default_year: int | None, yearless: list[int] | None = None) -> list[DateMention]:
        label = block.label or ""
        value = block.text[len(label) + 2:]
        dates = find_dates(value, default_year, yearless)
        if not dates:
            return []  # triggers matter only for a date
        label_events = self.label_events(label)
        value_hits = self.triggers(value) if label_events == [None] else []
        time = time_of_day(value)
        result = []
        for d in dates:
            events = label_events if label_events != [None] else self.events_for(value_hits, d.start)
            result.extend(make_mention(d.date, time, event, block.index, 0, len(block.text), block.text)
                          for event in events)
        return result


def overlaps(hit: tuple[int, int, str], found: FoundDate) -> bool:
    return hit[0] < found.end and found.start < hit[1]


def time_of_day(text: str) -> dt.time | None:
    # every match holds "kl" lower-cased (its "k" may be "K" or the Kelvin sign): most texts hold none,
    # and a regex search tries every character
    if "kl" not in lower(text):
        return None
    m = TIME_OF_DAY.search(text)
    if not m or int(m["h"]) > 23:
        return None
    return dt.time(int(m["h"]), int(m["m"] or 0))


def section_events(root, mentions: list[DateMention], events: dict[str, str], default_year: int | None) -> list[DateMention]:
    """Dates that a section's heading gives an event: "Skyddsbedömning 2026-11-12 kl. 10.00" as a heading,
    or a section "Omedelbar skyddsbedömning" whose text opens with "2026-09-08 kl. 10.30. Isak är i skolan."."""
    found = []
    for section in root.walk():
        event = events.get(section.key or "")
        if event is None or any(m.event == event for m in mentions):
            continue
        in_title = find_dates(section.title, default_year)
        if in_title and section.heading_block is not None:
            found.append(make_mention(in_title[0].date, time_of_day(section.title), event, section.heading_block, 0,
                                      len(section.title), section.title))
            continue
        blocks = {b.index for b in section.blocks}
        first = next((m for m in mentions if m.block in blocks), None)
        if first is not None:
            found.append(first.model_copy(update={"event": event}))
    return found
