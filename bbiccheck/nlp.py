"""The NLP layer: a blank Swedish spaCy pipeline with rule components, and the annotations it returns.

The only module that imports spaCy. There is no trained Swedish model offline, so the pipeline is
``spacy.blank("sv")`` + a punctuation sentencizer + a lower-casing lookup lemmatizer (spacy-lookups-data)
+ a cue matcher with the cue lexicon + a negation marker. Checks see only ``Sentence``/``Cue`` values,
never spaCy objects. Reserved cues computed here for every sentence: ``date``, ``number`` and ``name``
(a likely person's name). The components give what spaCy's ``sentencizer`` and ``span_ruler`` would
(tests/test_nlp.py) but work on the token arrays: a Python object per token or cue was most of the cost.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import pairwise
from typing import Iterable, NamedTuple

import numpy

from bbiccheck.spacy_import import import_spacy_without_cli

import_spacy_without_cli()  # before spaCy's own first import below

import spacy
from spacy.attrs import IDX, IS_PUNCT, LEMMA, LIKE_NUM, LOWER, ORTH, SENT_START
from spacy.lang.sv.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from bbiccheck.annotations import (  # re-exported: they used to be defined here
    Cue,
    Sentence,
)
from bbiccheck.lemmas import LemmaStore, load_store
from bbiccheck.load.dates import find_dates

CUES_KEY = "cues"  # doc.user_data[CUES_KEY]: the cue matches, [(start token, end token, label, negated)]
SENTENCES_KEY = "sentence_starts"  # doc.user_data[SENTENCES_KEY]: the first token of each sentence


class PunctuationSentencizer:
    """spaCy's rule-based ``sentencizer`` (same punctuation, same decisions), run on the token arrays.

    A sentence starts at the first token after a sentence-final mark ('.', '?', '!') that is neither
    punctuation nor such a mark itself. spaCy's own component makes a Token object per token, which cost
    as much as tokenising."""

    def __init__(self, nlp: Language):
        self.marks = frozenset(nlp.vocab.strings.add(c) for c in Sentencizer.default_punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        orths, marks = doc.to_array(ORTH).tolist(), self.marks
        starts, punct, resume = [0], None, 0
        for i in [i for i, orth in enumerate(orths) if orth in marks]:
            if i < resume:
                continue  # a mark in the run of punctuation after the previous one
            if punct is None:
                punct = doc.to_array(IS_PUNCT)
            k = i + 1
            while k < n and (punct[k] or orths[k] in marks):
                k += 1
            if k < n:
                starts.append(k)
            resume = k
        flags = numpy.full(n, -1, dtype="int64")
        flags[starts] = 1
        doc.from_array([SENT_START], flags.astype("uint64"))
        doc.user_data[SENTENCES_KEY] = starts
        return doc


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, as the sentencizer recorded them (or read from the Doc)."""
    starts = doc.user_data.get(SENTENCES_KEY)
    if starts is None:
        starts = doc.user_data[SENTENCES_KEY] = [i for i, flag in enumerate(doc.to_array(SENT_START).tolist())
                                                  if flag == 1]
    return starts


@Language.factory("bbic_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> PunctuationSentencizer:
    return PunctuationSentencizer(nlp)


class LowerLookupLemmatizer:
    """Lookup lemmas for lower-cased tokens: the Swedish table is case-sensitive ('Målet' is not found)."""

    def __init__(self, table):
        self.table = table
        self._lemma_ids: dict[int, int] = {}  # lower-case string hash -> lemma string hash

    def __call__(self, doc: Doc) -> Doc:
        # Same as ``token.lemma_ = table.get(token.lower_, token.lower_)`` for every token, done on the
        # hash arrays (no Token object per token, one table look-up per distinct word).
        if not len(doc):
            return doc
        strings, memo = doc.vocab.strings, self._lemma_ids
        if len(memo) > 500_000:
            memo.clear()
        lowers = doc.to_array(LOWER).tolist()
        lemmas = [memo.get(lower_id) for lower_id in lowers]
        for i, lemma_id in enumerate(lemmas):
            if lemma_id is None:
                lower = strings[lowers[i]]
                lemmas[i] = memo[lowers[i]] = strings.add(self.table.get(lower, lower))
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc


@Language.factory("bbic_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> LowerLookupLemmatizer:
    return LowerLookupLemmatizer(lemma_table())


@lru_cache(maxsize=1)
def lemma_table() -> LemmaStore:
    """spacy-lookups-data's Swedish ``lemma_lookup``: ``get``/``in`` answer as spaCy's Table did for a word,
    from a memory-mapped store built once in the user's cache folder (bbiccheck.lemmas)."""
    return load_store()


class NegationMarker:
    """Marks cues of the given labels as negated when a negation word stands shortly before them in the
    same sentence ('inget missbruk', 'inte utsatt för våld') or shortly after ('missbruk förekommer inte')."""

    def __init__(self, nlp: Language, labels: list[str], negations: list[str], window: int):
        strings = nlp.vocab.strings
        self.labels = set(labels)
        self.before = frozenset(strings.add(w) for w in negations)  # compared with each token's lower form
        self.after = frozenset(strings.add(w) for w in ("inte", "ej", "aldrig"))
        self.window = window

    def __call__(self, doc: Doc) -> Doc:
        matches = doc.user_data.get(CUES_KEY, [])
        if not any(m[2] in self.labels for m in matches):
            return doc
        lower = doc.to_array(LOWER).tolist()
        starts = sentence_starts(doc)
        marked = []
        for start, end, label, negated in matches:
            if label in self.labels:
                # the sentence as spaCy's Span.sent gives it: from the start at or before the cue's first
                # token to the next start at or after its end
                first = starts[bisect_right(starts, start) - 1]
                following = bisect_left(starts, end)
                last = starts[following] if following < len(starts) else len(lower)
                negated = (any(w in self.before for w in lower[max(first, start - self.window):start])
                           or any(w in self.after for w in lower[end:min(last, end + 3)]))
            marked.append((start, end, label, negated))
        doc.user_data[CUES_KEY] = marked
        return doc


@Language.factory("bbic_negation", default_config={"labels": ["risk"], "negations": [], "window": 5})
def make_negation(nlp: Language, name: str, labels: list[str], negations: list[str], window: int) -> NegationMarker:
    return NegationMarker(nlp, labels, negations, window)


def token_pattern(phrase: str) -> list[dict]:
    """'missbruk' matches every inflection the lookup table ties to it; 'risk*' is a prefix; '#' a number."""
    pattern = []
    for word in phrase.lower().split():
        if word == "#":
            pattern.append({"LIKE_NUM": True})
        elif word.endswith("*") and len(word) > 1:
            pattern.append({"LOWER": {"REGEX": f"^{word[:-1]}"}})
        elif not any(c.isalnum() for c in word):
            pattern.append({"ORTH": word})
        else:
            pattern.append({"LEMMA": {"IN": sorted({word, lemma_table().get(word, word)})}})
    return pattern


_UNSEEN = object()


class CueMatcher:
    """Finds cue phrases, written to ``doc.user_data[CUES_KEY]``: exactly the matches spaCy's ``span_ruler``
    makes from ``token_pattern`` patterns (every match, de-duplicated, sorted) that lie within one
    sentence, found through an index instead of the generic Matcher, and kept as tuples (a Span object
    per cue cost more than matching).

    The generic Matcher evaluates each distinct ``LEMMA IN`` / ``REGEX`` predicate of every pattern's
    first token as a Python call on every token (~900 calls per token with the default lexicon), which
    was most of the time of a whole check. Here a token is looked up once in dicts of first-token lemmas,
    prefixes (by their first two characters) and orths, and only those candidate patterns are tried on
    the following tokens. A literal prefix regex ``^word`` is tested as ``startswith('word')``.
    """

    def __init__(self, nlp: Language):
        self.patterns: list[tuple[str, tuple]] = []  # (label, token tests)
        self.by_lemma: dict[str, list[int]] = {}
        self.by_prefix: dict[str, list[int]] = {}  # literal prefixes, by their first two characters
        self.by_initial: dict[str, list[int]] = {}  # one-character literal prefixes
        self.by_orth: dict[str, list[int]] = {}
        self.numeric: list[int] = []  # first token LIKE_NUM: tried at number-like tokens
        self.always: list[int] = []  # first token a non-literal regex: tried at every token
        self.label_ids: dict[str, int] = {}  # label -> its StringStore hash (Span order compares it)
        self.strings = nlp.vocab.strings
        self._candidates: dict[tuple, tuple | None] = {}  # token (lemma, lower, orth, like_num) -> _split patterns

    def _test(self, spec: dict) -> tuple:
        if len(spec) != 1:
            raise ValueError(f"unsupported cue token pattern {spec!r}")
        ((attr, value),) = spec.items()
        if attr == "LEMMA" and isinstance(value, dict) and set(value) == {"IN"}:
            return ("lemma", frozenset(value["IN"]), frozenset(self.strings.add(v) for v in value["IN"]))
        if attr == "LOWER" and isinstance(value, dict) and set(value) == {"REGEX"}:
            if _literal_prefix(value["REGEX"]):
                return ("prefix", value["REGEX"][1:])
            return ("regex", re.compile(value["REGEX"]))
        if attr == "LIKE_NUM" and value is True:
            return ("like_num",)
        if attr == "ORTH" and isinstance(value, str):
            return ("orth", value, self.strings.add(value))
        raise ValueError(f"unsupported cue token pattern {spec!r}")

    def add_patterns(self, patterns: list[dict]) -> None:
        for entry in patterns:
            tests = tuple(self._test(t) for t in entry["pattern"])
            if not tests:
                continue  # an empty pattern matches nothing (span_ruler drops start == end)
            number = len(self.patterns)
            self.patterns.append((entry["label"], tests))
            self.label_ids[entry["label"]] = self.strings.add(entry["label"])
            self._candidates.clear()
            kind, value = tests[0][0], tests[0][1] if len(tests[0]) > 1 else None
            if kind == "lemma":
                for lemma in value:
                    self.by_lemma.setdefault(lemma, []).append(number)
            elif kind == "prefix":
                index = self.by_prefix if len(value) >= 2 else self.by_initial
                index.setdefault(value[:2], []).append(number)
            elif kind == "orth":
                self.by_orth.setdefault(value, []).append(number)
            elif kind == "like_num":
                self.numeric.append(number)
            else:
                self.always.append(number)

    def _passes(self, test: tuple, row: list[int]) -> bool:
        """Does the token with ``row`` = (lemma, lower, orth, like_num) hashes/flag pass one token test?"""
        kind = test[0]
        if kind == "lemma":
            return row[0] in test[2]
        if kind == "prefix":
            return self.strings[row[1]].startswith(test[1])
        if kind == "regex":
            return test[1].search(self.strings[row[1]]) is not None
        if kind == "like_num":
            return row[3] != 0
        return row[2] == test[2]

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        # Token attributes as StringStore hashes, read in one call (no Token object per token).
        rows = doc.to_array([LEMMA, LOWER, ORTH, LIKE_NUM]).tolist() if n else []
        found: set[tuple[int, int, str]] = set()
        patterns, passes = self.patterns, self._passes

        def attempt(i: int, numbers: tuple[int, ...], checked: int) -> None:
            # the first ``checked`` token tests are known to pass
            for number in numbers:
                label, tests = patterns[number]
                end = i + len(tests)
                if end <= n and all(passes(tests[k], rows[i + k]) for k in range(checked, len(tests))):
                    found.add((i, end, label))

        memo = self._candidates
        if len(memo) > 200_000:
            memo.clear()
        # keyed by lemma and orth: the lower form and like_num are the orth's lexeme's
        entries = [memo.get((row[0], row[2]), _UNSEEN) for row in rows]
        for i in [i for i, entry in enumerate(entries) if entry is not None]:  # most words start no cue
            entry = entries[i]
            if entry is _UNSEEN:
                entry = memo[(rows[i][0], rows[i][2])] = self._split(rows[i])
                if entry is None:
                    continue
            labels, by_second, others = entry
            for label in labels:
                found.add((i, i + 1, label))
            if i + 1 < n:
                if by_second:
                    second = by_second.get(rows[i + 1][0])
                    if second:
                        attempt(i, second, 2)
                if others:
                    attempt(i, others, 1)
        # a cue lies within one sentence (so a paragraph cut at sentence starts loses none)
        starts = sentence_starts(doc)
        if len(starts) > 1:
            found = {m for m in found if m[1] - m[0] == 1 or bisect_right(starts, m[0]) == bisect_right(starts, m[1] - 1)}
        # span_ruler's order: by (start, end, label hash), as its sorted Spans were
        ids = self.label_ids
        doc.user_data[CUES_KEY] = [(start, end, label, False)
                                   for start, end, label in sorted(found, key=lambda m: (m[0], m[1], ids[m[2]]))]
        return doc

    def _split(self, row: list[int]):
        """What a token (``row``) may start: the labels of one-token patterns it matches, and the longer
        patterns whose first test it passes, by their second token's lemma hash (so a common first word
        such as 'har' or 'i' does not try every pattern it starts) and the rest. None if nothing."""
        strings = self.strings
        numbers = [number for number in self.candidates(strings[row[0]], strings[row[1]], strings[row[2]], row[3] != 0)
                   if self._passes(self.patterns[number][1][0], row)]
        if not numbers:
            return None
        labels, by_second, others = [], {}, []
        for number in numbers:
            label, tests = self.patterns[number]
            if len(tests) == 1:
                labels.append(label)
            elif tests[1][0] == "lemma":
                for lemma_id in tests[1][2]:
                    by_second.setdefault(lemma_id, []).append(number)
            else:
                others.append(number)
        return tuple(dict.fromkeys(labels)), by_second, tuple(others)

    def candidates(self, lemma: str, lower: str, orth: str, like_num: bool) -> tuple[int, ...]:
        """The patterns whose first token a token with these attributes may match."""
        return (*self.by_lemma.get(lemma, ()), *self.by_prefix.get(lower[:2], ()), *self.by_initial.get(lower[:1], ()),
                *self.by_orth.get(orth, ()), *(self.numeric if like_num else ()), *self.always)


def _literal_prefix(regex: str) -> bool:
    """'^word' with no regex syntax after the anchor: matches exactly the strings starting with 'word'."""
    return len(regex) > 1 and regex[0] == "^" and re.escape(regex[1:]) == regex[1:]


@Language.factory("bbic_cues")
def make_cue_matcher(nlp: Language, name: str) -> CueMatcher:
    return CueMatcher(nlp)


def build_nlp(cues: dict[str, list[str]], negatable: list[str]) -> Language:
    nlp = spacy.blank("sv")
    nlp.add_pipe("bbic_sentencizer")
    nlp.add_pipe("bbic_lemmatizer")
    ruler = nlp.add_pipe("bbic_cues")
    ruler.add_patterns([{"label": label, "pattern": token_pattern(p)}
                        for label, phrases in cues.items() if label != "negation" for p in phrases])
    nlp.add_pipe("bbic_negation", config={"labels": negatable, "negations": cues.get("negation", []), "window": 5})
    return nlp


_PIPELINES: dict[str, Language] = {}


def pipeline(cues: dict[str, list[str]], negatable: list[str]) -> Language:
    """One pipeline per process and lexicon (building it costs more than checking a document)."""
    key = hashlib.sha1(json.dumps([cues, negatable], sort_keys=True).encode()).hexdigest()
    if key not in _PIPELINES:
        _PIPELINES[key] = build_nlp(cues, negatable)
    return _PIPELINES[key]


def longest_per_label(matches: list[tuple]) -> list[tuple]:
    """'hög frånvaro' and 'frånvaro' are one cue, not two: keep the longest of overlapping matches per label.

    Per label this is ``spacy.util.filter_spans`` (longest first, then earliest; a match is dropped if its
    first or last token is taken); the result is ordered by (start, label)."""
    by_label: dict[str, list[tuple]] = {}
    for match in matches:
        by_label.setdefault(match[2], []).append(match)
    kept: list[tuple] = []
    for items in by_label.values():
        if len(items) == 1:
            kept += items
            continue
        items.sort(key=lambda m: (m[1] - m[0], -m[0]), reverse=True)
        seen: set[int] = set()
        for match in items:
            start, end = match[0], match[1]
            if start not in seen and end - 1 not in seen:
                kept.append(match)
                seen.update(range(start, end))
    kept.sort(key=lambda m: (m[0], m[2]))
    return kept


ARTICLES = frozenset({"en", "ett"})  # like_num says yes, but "en skala" is not an amount


INFLECTIONS = ("arnas", "ernas", "arna", "erna", "ens", "ans", "ets", "en", "an", "et", "na", "ns", "s", "n")


MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-zåäöé,] )([A-ZÅÄÖ][a-zåäöé]{2,})\b")


def proper_nouns(texts: Iterable[str]) -> frozenset[str]:
    """Words a document capitalises mid-sentence: in Swedish only proper nouns are ('med Tindra', 'Tindras')."""
    found = {m.group(1).lower() for text in texts for m in MID_SENTENCE_CAPITAL.finditer(text)}
    return frozenset(w.removesuffix("s") if w.endswith("s") and w.removesuffix("s") in found else w for w in found)


def _name_like(text: str, lower: str) -> bool:
    """A capitalised word that looks like a name: long enough, and not a word the lexicon knows."""
    if len(text) < 3:
        return False
    # 'Pappan', 'Mammas' are inflected common nouns, not names
    return not is_known(lower) and not any(lower.endswith(e) and is_known(lower[: -len(e)]) for e in INFLECTIONS)


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Every lemma of the lookup table and the stop words ('Mamma', 'Utan' are not names). Word forms are
    looked up in the table itself (``is_known``)."""
    return frozenset(lemma_table().lemmas()) | STOP_WORDS


_KNOWN: dict[str, bool] = {}


def is_known(word: str) -> bool:
    """``word in known_words() or word in lemma_table()``, memoised (a store look-up is a binary search)."""
    known = _KNOWN.get(word)
    if known is None:
        if len(_KNOWN) > 500_000:
            _KNOWN.clear()
        table = lemma_table()
        known = _KNOWN[word] = word in STOP_WORDS or table.is_lemma(word) or word in table
    return known


STOP = frozenset("och i att det som en på är av för med till den har de inte om ett han hon så men var sig "
                 "från vi kan eller när även också ska skall hade under efter".split())


class TokenFacts(NamedTuple):
    """What annotation needs of a word form, worked out once per (orth, lemma) and remembered."""
    text: str
    content_lemma: str | None  # the lemma of a content word (alphabetic, not a stop word), else None
    number: bool  # a 'number' cue: like_num, and not the article 'en'/'ett'
    capitalised: bool  # title-case and alphabetic: a name if the document uses it as one or it is unknown
    lower: str
    name_like: bool


_FACTS: dict[tuple[int, int], TokenFacts] = {}


def token_facts(vocab, orth: int, lemma: int) -> TokenFacts:
    facts = _FACTS.get((orth, lemma))
    if facts is None:
        if len(_FACTS) > 500_000:
            _FACTS.clear()
        lexeme = vocab[orth]
        text, lower = lexeme.orth_, lexeme.lower_
        capitalised = lexeme.is_title and lexeme.is_alpha
        facts = _FACTS[(orth, lemma)] = TokenFacts(
            text, vocab.strings[lemma] if lexeme.is_alpha and lower not in STOP else None,
            lexeme.like_num and lower not in ARTICLES, capitalised, lower,
            capitalised and _name_like(text, lower))
    return facts


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, also for a text longer than ``nlp.max_length`` (over a million characters
    without a sentence to cut at: spaCy would raise E088), tokenised in pieces joined back into one Doc.

    The pieces end at a sentence end or a space where possible and are joined without inserting
    anything, so the Doc's text and token offsets are those of the whole text."""
    if len(text) <= nlp.max_length:
        return nlp.make_doc(text)
    return Doc.from_docs([nlp.make_doc(piece) for piece in split_text(text, nlp.max_length)], ensure_whitespace=False)


def split_text(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters that join back to ``text``: after the
    last sentence end ('. ') in a piece, else after its last space, else at the limit."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        end = window.rfind(". ")
        cut = end + 2 if end > 0 else window.rfind(" ") + 1 or limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


PART_CHARS = 20_000  # a longer paragraph is annotated in parts (see parts_of)


class Part(NamedTuple):
    block: int  # block index
    offset: int  # where the part starts in its block's text
    text: str


def parts_of(nlp: Language, index: int, text: str, size: int = PART_CHARS) -> list[Part]:
    """A block as the texts that become one spaCy Doc each: itself, or, if it is longer than ``size``,
    parts of about that size cut where a sentence starts after white space. That leaves every token,
    sentence and cue as in the whole (cues lie within a sentence), and keeps the memory of a paragraph
    of a million characters to that of a few pages (a Doc and its arrays cost ~750 bytes per token)."""
    if len(text) <= size:
        return [Part(index, 0, text)]
    doc = nlp.get_pipe("bbic_sentencizer")(nlp.tokenizer(text))  # the tokeniser alone has no length limit
    idxs = doc.to_array(IDX).tolist()
    cuts = [idxs[i] for i in sentence_starts(doc) if i > 0 and text[idxs[i] - 1].isspace()] + [len(text)]
    del doc, idxs
    parts, start = [], 0
    while start < len(text):
        within = bisect_right(cuts, start + size) - 1  # the last cut within ``size``
        end = cuts[within] if within >= 0 and cuts[within] > start else cuts[bisect_right(cuts, start)]
        parts.append(Part(index, start, text[start:end]))
        start = end
    return parts


def annotate(nlp: Language, blocks: Iterable[tuple[int, str]], part_size: int = PART_CHARS) -> dict[int, list[Sentence]]:
    """Sentences with lemmas and cues for each (block index, text); offsets are the block's."""
    items = list(blocks)
    result: dict[int, list[Sentence]] = {}
    names = proper_nouns(t for _, t in items)
    for index, text in items:
        result[index] = []
        for part in parts_of(nlp, index, text, part_size):
            doc = make_doc(nlp, part.text)
            for _, component in nlp.pipeline:
                doc = component(doc)
            result[index] += sentences(doc, part, names)
    return result


def sentences(doc: Doc, part: Part, names: frozenset[str]) -> list[Sentence]:
    """The sentences of a processed Doc, with block offsets. Token attributes are read as one array and
    each word form's facts once per process: a spaCy Token or Span object per access was most of the
    cost of annotation."""
    if not len(doc):
        return []
    text, shift = part.text, part.offset
    idxs, orths, lemma_ids = doc.to_array([IDX, ORTH, LEMMA]).T.tolist()
    tokens = [_FACTS.get(key) or token_facts(doc.vocab, *key) for key in zip(orths, lemma_ids)]
    ends = [idx + len(t.text) for idx, t in zip(idxs, tokens)]  # character end of each token
    bounds = [*sentence_starts(doc), len(tokens)]
    cues: dict[int, list[Cue]] = {first: [] for first in bounds[:-1]}  # phrases, then dates, numbers, names
    for first, end, label, negated in longest_per_label(doc.user_data.get(CUES_KEY, [])):
        # a one-word cue shares its word's string (most are: ~400,000 in a 60,000-paragraph document)
        cue_text = tokens[first].text if end - first == 1 else text[idxs[first]:ends[end - 1]]
        cues[bounds[bisect_right(bounds, first) - 1]].append(
            Cue(label, idxs[first] + shift, ends[end - 1] + shift, cue_text, negated))
    spans = [(first, end, text[idxs[first]:ends[end - 1]]) for first, end in pairwise(bounds)]
    for first, _, sent_text in spans:
        start = idxs[first] + shift
        cues[first] += [Cue("date", start + d.start, start + d.end, sent_text[d.start:d.end])
                        for d in find_dates(sent_text, default_year=2000)]
    numbers = [i for i, t in enumerate(tokens) if t.number]
    found_names = [i for i, t in enumerate(tokens) if t.capitalised
                   and (t.name_like or t.lower in names or t.lower.removesuffix("s") in names)]
    for label, positions in (("number", numbers), ("name", found_names)):
        for i in positions:
            cues[bounds[bisect_right(bounds, i) - 1]].append(Cue(label, idxs[i] + shift, ends[i] + shift, tokens[i].text))
    lemmas = [t.content_lemma for t in tokens]
    return [Sentence(part.block, idxs[first] + shift, ends[end - 1] + shift, sent_text,
                     tuple(lemma for lemma in lemmas[first:end] if lemma is not None), cues[first])
            for first, end, sent_text in spans]
