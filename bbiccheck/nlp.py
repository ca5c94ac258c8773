"""The NLP layer: a blank Swedish spaCy pipeline with rule components, and the annotations it returns.

The only module that imports spaCy. There is no trained Swedish model offline, so the pipeline is
``spacy.blank("sv")`` + sentencizer + a lower-casing lookup lemmatizer (spacy-lookups-data) + a span ruler
with the cue lexicon + a negation marker. Checks see only ``Sentence``/``Cue`` values, never spaCy objects.
Reserved cues computed here for every sentence: ``date``, ``number`` and ``name`` (a likely person's name).
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from typing import Iterable

import numpy
import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_TITLE, LEMMA, LIKE_NUM, LOWER, ORTH
from spacy.lang.sv.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from bbiccheck.annotations import (  # re-exported: they used to be defined here
    Cue,
    Sentence,
)
from bbiccheck.lemmas import LemmaStore, load_store
from bbiccheck.load.dates import find_dates

CUES_KEY = "cues"


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
        lemmas = []
        for lower_id in doc.to_array(LOWER).tolist():
            lemma_id = memo.get(lower_id)
            if lemma_id is None:
                lower = strings[lower_id]
                lemma_id = memo[lower_id] = strings.add(self.table.get(lower, lower))
            lemmas.append(lemma_id)
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


if not Span.has_extension("negated"):
    Span.set_extension("negated", default=False)


class NegationMarker:
    """Marks cues of the given labels as negated when a negation word stands shortly before them in the
    same sentence ('inget missbruk', 'inte utsatt för våld') or shortly after ('missbruk förekommer inte')."""

    def __init__(self, labels: list[str], negations: list[str], window: int):
        self.labels = set(labels)
        self.negations = set(negations)
        self.window = window

    def __call__(self, doc: Doc) -> Doc:
        for span in doc.spans.get(CUES_KEY, []):
            if span.label_ not in self.labels:
                continue
            sent = span.sent
            before = doc[max(sent.start, span.start - self.window): span.start]
            after = doc[span.end: min(sent.end, span.end + 3)]
            span._.negated = any(t.lower_ in self.negations for t in before) or any(
                t.lower_ in ("inte", "ej", "aldrig") for t in after)
        return doc


@Language.factory("bbic_negation", default_config={"labels": ["risk"], "negations": [], "window": 5})
def make_negation(nlp: Language, name: str, labels: list[str], negations: list[str], window: int) -> NegationMarker:
    return NegationMarker(labels, negations, window)


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


class CueMatcher:
    """Marks cue phrases as spans in ``doc.spans[CUES_KEY]``: exactly the spans spaCy's ``span_ruler``
    makes from ``token_pattern`` patterns (every match, de-duplicated, sorted), found through an index
    instead of the generic Matcher.

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

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        # Token attributes as StringStore hashes, read in one call (no Token object per token).
        rows = doc.to_array([LEMMA, LOWER, ORTH, LIKE_NUM]).tolist() if n else []
        strings = self.strings
        found: set[tuple[int, int, str]] = set()
        patterns = self.patterns

        def attempt(i: int, numbers: tuple[int, ...]) -> None:
            for number in numbers:
                label, tests = patterns[number]
                end = i + len(tests)
                if end > n:
                    continue
                k = i
                for test in tests:
                    kind = test[0]
                    if kind == "lemma":
                        ok = rows[k][0] in test[2]
                    elif kind == "prefix":
                        ok = strings[rows[k][1]].startswith(test[1])
                    elif kind == "regex":
                        ok = test[1].search(strings[rows[k][1]]) is not None
                    elif kind == "like_num":
                        ok = rows[k][3] != 0
                    else:
                        ok = rows[k][2] == test[2]
                    if not ok:
                        break
                    k += 1
                else:
                    found.add((i, end, label))

        memo = self._candidates
        if len(memo) > 200_000:
            memo.clear()
        for i, row in enumerate(rows):
            key = tuple(row)
            entry = memo.get(key)
            if entry is None:
                entry = memo[key] = self._split(
                    self.candidates(strings[row[0]], strings[row[1]], strings[row[2]], row[3] != 0))
            if entry is None:
                continue
            singles, by_second, others = entry
            if singles:
                attempt(i, singles)
            if i + 1 < n:
                if by_second:
                    second = by_second.get(rows[i + 1][0])
                    if second:
                        attempt(i, second)
                if others:
                    attempt(i, others)
        # span_ruler's order: sorted Spans, i.e. by (start_char, end_char, label hash), which for spans
        # of one doc is (start, end, label hash): sorting the tuples avoids comparing Span objects.
        ids = self.label_ids
        spans = [Span(doc, start, end, label=label, span_id="")
                 for start, end, label in sorted(found, key=lambda m: (m[0], m[1], ids[m[2]]))]
        doc.spans[CUES_KEY] = list(doc.spans[CUES_KEY]) + spans if CUES_KEY in doc.spans else spans
        return doc

    def _split(self, numbers: tuple[int, ...]):
        """Candidates as (one-token patterns, longer ones by their second token's lemma hash, the rest),
        so a common first word ('har', 'i') does not try every pattern it starts."""
        if not numbers:
            return None
        singles, by_second, others = [], {}, []
        for number in numbers:
            tests = self.patterns[number][1]
            if len(tests) == 1:
                singles.append(number)
            elif tests[1][0] == "lemma":
                for lemma_id in tests[1][2]:
                    by_second.setdefault(lemma_id, []).append(number)
            else:
                others.append(number)
        return tuple(singles), by_second, tuple(others)

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
    nlp.add_pipe("sentencizer")
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


def longest_per_label(spans) -> list[Span]:
    """'hög frånvaro' and 'frånvaro' are one cue, not two: keep the longest of overlapping spans per label.

    Per label this is ``spacy.util.filter_spans`` (longest first, then earliest; a span is dropped if its
    first or last token is taken), done on (start, end) read once per span instead of Span attributes."""
    by_label: dict[str, list[tuple[int, int, Span]]] = {}
    for span in spans:
        by_label.setdefault(span.label_, []).append((span.start, span.end, span))
    kept: list[tuple[int, str, Span]] = []
    for label, items in by_label.items():
        items.sort(key=lambda item: (item[1] - item[0], -item[0]), reverse=True)
        seen: set[int] = set()
        for start, end, span in items:
            if start not in seen and end - 1 not in seen:
                kept.append((start, label, span))
                seen.update(range(start, end))
    kept.sort(key=lambda item: (item[0], item[1]))
    return [span for _, _, span in kept]


ARTICLES = frozenset({"en", "ett"})  # like_num says yes, but "en skala" is not an amount


INFLECTIONS = ("arnas", "ernas", "arna", "erna", "ens", "ans", "ets", "en", "an", "et", "na", "ns", "s", "n")


MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-zåäöé,] )([A-ZÅÄÖ][a-zåäöé]{2,})\b")


def proper_nouns(texts: Iterable[str]) -> frozenset[str]:
    """Words a document capitalises mid-sentence: in Swedish only proper nouns are ('med Tindra', 'Tindras')."""
    found = {m.group(1).lower() for text in texts for m in MID_SENTENCE_CAPITAL.finditer(text)}
    return frozenset(w.removesuffix("s") if w.endswith("s") and w.removesuffix("s") in found else w for w in found)


def _name_like(text: str, lower: str, is_title: bool, is_alpha: bool) -> bool:
    if not (is_title and is_alpha and len(text) >= 3):
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


def token_rows(doc: Doc) -> list[tuple[str, ...]]:
    """``(t.idx, t.text, t.lower_, t.lemma_, t.is_alpha, t.like_num, t.is_title)`` for every token, read as
    one array of StringStore hashes and flags (no Token object per token)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    text: dict[int, str] = {}

    def string(key: int) -> str:
        value = text.get(key)
        if value is None:
            value = text[key] = strings[key]
        return value

    return [(idx, string(orth), string(lower), string(lemma), alpha != 0, num != 0, title != 0)
            for idx, orth, lower, lemma, alpha, num, title
            in doc.to_array([IDX, ORTH, LOWER, LEMMA, IS_ALPHA, LIKE_NUM, IS_TITLE]).tolist()]


def pipe_docs(nlp: Language, texts: list[str], batch_size: int = 256) -> Iterable[Doc]:
    """``nlp.pipe(texts)``, except that a text longer than ``nlp.max_length`` (one paragraph of over a
    million characters: spaCy would raise E088) is processed in pieces joined back into one Doc.

    The pieces end at a sentence end or a space where possible and are joined without inserting
    anything, so the Doc's text, token offsets, sentences, cue spans and their ``negated`` marks are
    those of the whole paragraph. Texts within the limit go through ``nlp.pipe`` unchanged."""
    limit = nlp.max_length
    for text, doc in zip(texts, nlp.pipe((t if len(t) <= limit else "" for t in texts), batch_size=batch_size)):
        if len(text) > limit:
            doc = Doc.from_docs(list(nlp.pipe(split_text(text, limit))), ensure_whitespace=False)
        yield doc


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


def annotate(nlp: Language, blocks: Iterable[tuple[int, str]]) -> dict[int, list[Sentence]]:
    """Sentences with lemmas and cues for each (block index, text)."""
    items = list(blocks)
    result: dict[int, list[Sentence]] = {}
    names = proper_nouns(t for _, t in items)
    for (index, text), doc in zip(items, pipe_docs(nlp, [t for _, t in items])):
        sentences = []
        # Token attributes and sentence bounds are read once: a spaCy Token or Span object per access
        # (three passes over every sentence, span.sent per cue) was most of the cost of annotation.
        tokens = token_rows(doc)
        sents = [(s.start, s.end, s.start_char, s.end_char, s.text) for s in doc.sents]
        sent_of = [0] * len(tokens)  # token -> start token of its sentence (what span.sent.start gives)
        for start, end, _, _, _ in sents:
            sent_of[start:end] = [start] * (end - start)
        by_sent: dict[int, list[Cue]] = {}
        for span in longest_per_label(doc.spans.get(CUES_KEY, [])):
            by_sent.setdefault(sent_of[span.start], []).append(
                Cue(span.label_, span.start_char, span.end_char, span.text, span._.negated))
        for start, end, start_char, end_char, sent_text in sents:
            cues = by_sent.get(start, [])
            for d in find_dates(sent_text, default_year=2000):
                cues.append(Cue("date", start_char + d.start, start_char + d.end, sent_text[d.start:d.end]))
            sent = tokens[start:end]
            cues.extend(Cue("number", idx, idx + len(t), t) for idx, t, lower, _, _, num, _ in sent
                        if num and lower not in ARTICLES)
            cues.extend(Cue("name", idx, idx + len(t), t) for idx, t, lower, _, alpha, _, title in sent
                        if title and alpha and (lower in names or lower.removesuffix("s") in names
                                                or _name_like(t, lower, title, alpha)))
            lemmas = tuple(lemma for _, _, lower, lemma, alpha, _, _ in sent if alpha and lower not in STOP)
            sentences.append(Sentence(index, start_char, end_char, sent_text, lemmas, cues))
        result[index] = sentences
    return result
