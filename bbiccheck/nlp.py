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
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from bbiccheck.spacy_import import import_spacy_without_cli

import_spacy_without_cli()  # before spaCy's own first import below

from spacy.attrs import IDX, SENT_START
from spacy.lang.sv import Swedish
from spacy.lang.sv.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from bbiccheck import regex_cache
from bbiccheck.annotations import (  # Cue and Sentence re-exported: they used to be defined here
    Cue,
    Sentence,
    new_cue,
    new_sentence,
)
from bbiccheck.lemmas import LemmaStore, load_store
from bbiccheck.load.dates import find_dates

try:  # spaCy's token structs read and written in C (built by setup.py for the installed spaCy)
    from bbiccheck.spacy_structs import WordCache, set_lemmas, set_sentence_starts
except (ImportError, ValueError):  # not built, or for another spaCy (ValueError: Cython found a smaller Doc)
    from bbiccheck.spacy_arrays import WordCache, set_lemmas, set_sentence_starts

CUES_KEY = "cues"  # doc.user_data[CUES_KEY]: the cue matches, [(start token, end token, label, negated)]
SENTENCES_KEY = "sentence_starts"  # doc.user_data[SENTENCES_KEY]: the first token of each sentence
WORDS_KEY = "words"  # doc.user_data[WORDS_KEY]: the Word of each token
OFFSETS_KEY = "offsets"  # doc.user_data[OFFSETS_KEY]: the character offset of each token

SENTENCE_FINAL = frozenset(Sentencizer.default_punct_chars)  # where spaCy's sentencizer ends a sentence
ARTICLES = frozenset({"en", "ett"})  # like_num says yes, but "en skala" is not an amount
STOP = frozenset("och i att det som en på är av för med till den har de inte om ett han hon så men var sig "
                 "från vi kan eller när även också ska skall hade under efter".split())


class Word:
    """What the pipeline needs of a word form (a vocabulary entry), worked out once per process.

    Every component reads the tokens as Words (``words(doc)``): one array read and one dict look-up
    per token instead of an array read per attribute and component. A plain class so that the compiled
    module (nlp.pxd) reads its fields as C fields."""

    def __init__(self, orth: int, text: str, lower: str, lemma: str, lemma_id: int, punct: bool,
                 sentence_final: bool, like_num: bool, content_lemma: str | None, number: bool,
                 capitalised: bool, name_like: bool, digit: bool):
        self.orth = orth  # StringStore hash of the text
        self.text = text
        self.lower = lower
        self.lemma = lemma  # the lookup lemma of the lower-case form (the table is case-sensitive: 'Målet' is not in it)
        self.lemma_id = lemma_id
        self.punct = punct
        self.sentence_final = sentence_final
        self.like_num = like_num
        self.content_lemma = content_lemma  # the lemma of a content word (alphabetic, not a stop word), else None
        self.number = number  # a 'number' cue: like_num, and not the article 'en'/'ett'
        self.capitalised = capitalised  # title-case and alphabetic: a name if the document uses it as one or it is unknown
        self.name_like = name_like
        self.digit = digit  # holds a decimal digit (\d), which every date does
        # (a cue matcher's key, what the word form may start in its patterns): CueMatcher's memo, kept here
        # because a dict look-up by ORTH per token cost more than the rest of matching a word
        self.cue_starts = None


_WORDS = WordCache()  # ORTH -> Word, looked up in C when spacy_structs is compiled
WORDS_LIMIT = 500_000  # the cache is emptied above this many Words


def word(vocab, orth: int) -> Word:
    found = _WORDS.get(orth)
    if found is None:
        if len(_WORDS) > WORDS_LIMIT:
            _WORDS.clear()
        lexeme = vocab[orth]
        text, lower = lexeme.orth_, lexeme.lower_
        lemma = lemma_table().get(lower, lower)
        capitalised = lexeme.is_title and lexeme.is_alpha
        found = Word(
            orth, text, lower, lemma, vocab.strings.add(lemma), lexeme.is_punct, text in SENTENCE_FINAL,
            lexeme.like_num, lemma if lexeme.is_alpha and lower not in STOP else None,
            lexeme.like_num and lower not in ARTICLES, capitalised, capitalised and _name_like(text, lower),
            has_digit(text))
        _WORDS.add(orth, found)
    return found


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit (``any(c.isdecimal() for c in text)``): a loop, as compiled a
    generator is an object made per call (~50 new word forms a document)."""
    for c in text:
        if c.isdecimal():
            return True
    return False


def words(doc: Doc) -> list[Word]:
    """The Word of every token, read once per Doc and shared by the pipeline's components (with the token
    offsets, read in the same call: each array read of a Doc has a fixed cost, and paragraphs are short)."""
    found = doc.user_data.get(WORDS_KEY)
    if found is None:
        found, doc.user_data[OFFSETS_KEY] = words_and_offsets(doc)
        doc.user_data[WORDS_KEY] = found
    return found


def words_and_offsets(doc: Doc) -> tuple[list[Word], list[int]]:
    """The Word and the character offset of every token."""
    found, offsets, missing = _WORDS.words_and_offsets(doc)
    vocab = doc.vocab
    for i, orth in missing:  # new words, made and cached (a repeat within the Doc is found by then)
        found[i] = word(vocab, orth)
    return found, offsets


class PunctuationSentencizer:
    """spaCy's rule-based ``sentencizer`` (same punctuation, same decisions), run on the Words.

    A sentence starts at the first token after a sentence-final mark ('.', '?', '!') that is neither
    punctuation nor such a mark itself. spaCy's own component makes a Token object per token, which cost
    as much as tokenising."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = first_tokens(words(doc))
        set_sentence_starts(doc, starts)
        doc.user_data[SENTENCES_KEY] = starts
        return doc


def first_tokens(tokens: list[Word]) -> list[int]:
    """The first token of each sentence: the first after a sentence-final mark that is neither
    punctuation nor such a mark itself (and the first token of all)."""
    starts = [0]
    n = len(tokens)
    i = 0
    while i < n:
        w = tokens[i]
        i += 1
        if w.sentence_final:
            while i < n:  # the run of punctuation after the mark
                w = tokens[i]
                if not (w.punct or w.sentence_final):
                    starts.append(i)
                    break
                i += 1
    return starts


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, as the sentencizer recorded them (or read from the Doc)."""
    starts = doc.user_data.get(SENTENCES_KEY)
    if starts is None:
        starts = doc.user_data[SENTENCES_KEY] = [i for i, flag in enumerate(doc.to_array(SENT_START).tolist())
                                                  if flag == 1]
    return starts


@Language.factory("bbic_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> PunctuationSentencizer:
    return PunctuationSentencizer()


class LowerLookupLemmatizer:
    """Sets every token's lemma to its Word's: the lookup lemma of its lower-case form."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            set_lemmas(doc, lemma_ids(words(doc)))
        return doc


def lemma_ids(tokens: list[Word]) -> list[int]:
    """The lemma's StringStore id of every token (a loop the compiled module runs on C fields)."""
    ids = []
    for w in tokens:
        ids.append(w.lemma_id)
    return ids


@Language.factory("bbic_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> LowerLookupLemmatizer:
    lemma_table()  # opened when the pipeline is built, not at the first document
    return LowerLookupLemmatizer()


@lru_cache(maxsize=1)
def lemma_table() -> LemmaStore:
    """spacy-lookups-data's Swedish ``lemma_lookup``: ``get``/``in`` answer as spaCy's Table did for a word,
    from a memory-mapped store built once in the user's cache folder (bbiccheck.lemmas)."""
    return load_store()


class NegationMarker:
    """Marks cues of the given labels as negated when a negation word stands shortly before them in the
    same sentence ('inget missbruk', 'inte utsatt för våld') or shortly after ('missbruk förekommer inte')."""

    def __init__(self, labels: list[str], negations: list[str], window: int):
        self.labels = set(labels)
        self.before = frozenset(negations)  # compared with each token's lower-case form
        self.after = frozenset(("inte", "ej", "aldrig"))
        self.window = window

    def __call__(self, doc: Doc) -> Doc:
        matches = doc.user_data.get(CUES_KEY, [])
        if matches:
            doc.user_data[CUES_KEY] = self.mark(matches, words(doc), sentence_starts(doc))
        return doc

    def mark(self, matches: list[tuple], tokens: list[Word], starts: list[int]) -> list[tuple]:
        """The matches with ``negated`` set; the same list if none has a label to mark."""
        if has_label(matches, self.labels):
            return mark_negated(matches, tokens, starts, self.labels, self.before, self.after, self.window)
        return matches


def has_label(matches: list[tuple], labels: set[str]) -> bool:
    """Whether a match has one of ``labels`` (a loop, not ``any()`` over a generator: compiled, a generator
    is an object made per call)."""
    for m in matches:
        if m[2] in labels:
            return True
    return False


def mark_negated(matches: list[tuple], tokens: list[Word], starts: list[int], labels: set[str],
                 before: frozenset[str], after: frozenset[str], window: int) -> list[tuple]:
    """The matches, those of ``labels`` with ``negated`` set as NegationMarker describes. The matches come
    unmarked (``negated`` False) and by start, as match_cues makes them; a copy is made only when one is
    negated (≈ 2 a document), else the same list is returned."""
    marked = matches
    s = 0  # the sentence of the match: starts[s] <= its start < starts[s + 1]
    for index in range(len(matches)):
        m = matches[index]
        if m[2] in labels:
            start, end = m[0], m[1]
            # the sentence as spaCy's Span.sent gives it: from the start at or before the cue's first
            # token to the next start at or after its end
            while s + 1 < len(starts) and starts[s + 1] <= start:
                s += 1
            first = starts[s]
            following = s + 1
            while following < len(starts) and starts[following] < end:
                following += 1
            last = starts[following] if following < len(starts) else len(tokens)
            negated = False
            for i in range(max(first, start - window), start):
                w = tokens[i]
                if w.lower in before:
                    negated = True
                    break
            if not negated:
                for i in range(end, min(last, end + 3)):
                    w = tokens[i]
                    if w.lower in after:
                        negated = True
                        break
            if negated:
                if marked is matches:
                    marked = list(matches)
                marked[index] = (start, end, m[2], True)
    return marked


@Language.factory("bbic_negation", default_config={"labels": ["risk"], "negations": [], "window": 5})
def make_negation(nlp: Language, name: str, labels: list[str], negations: list[str], window: int) -> NegationMarker:
    return NegationMarker(labels, negations, window)


def token_pattern(phrase: str) -> list[dict]:
    """'missbruk' matches every inflection the lookup table ties to it; 'risk*' is a prefix; '#' a number."""
    pattern = []
    for term in phrase.lower().split():
        if term == "#":
            pattern.append({"LIKE_NUM": True})
        elif term.endswith("*") and len(term) > 1:
            pattern.append({"LOWER": {"REGEX": f"^{term[:-1]}"}})
        elif not any(c.isalnum() for c in term):
            pattern.append({"ORTH": term})
        else:
            pattern.append({"LEMMA": {"IN": sorted({term, lemma_table().get(term, term)})}})
    return pattern


class CueMatcher:
    """Finds cue phrases, written to ``doc.user_data[CUES_KEY]``: exactly the matches spaCy's ``span_ruler``
    makes from ``token_pattern`` patterns (every match, de-duplicated) that lie within one sentence,
    sorted by (start, label, end), found through an index instead of the generic Matcher, and kept as
    tuples (a Span object per cue cost more than matching).

    The generic Matcher evaluates each distinct ``LEMMA IN`` / ``REGEX`` predicate of every pattern's
    first token as a Python call on every token (~900 calls per token with the default lexicon), which
    was most of the time of a whole check. Here what a word form may start is worked out once (by its
    first-token lemma, prefix and orth indexes) and remembered, and only those candidate patterns are
    tried on the following tokens. A literal prefix regex ``^word`` is tested as ``startswith('word')``.
    """

    def __init__(self):
        self.patterns: list[tuple[str, tuple]] = []  # (label, token tests)
        self.by_lemma: dict[str, list[int]] = {}
        self.by_prefix: dict[str, list[int]] = {}  # literal prefixes, by their first two characters
        self.by_initial: dict[str, list[int]] = {}  # one-character literal prefixes
        self.by_orth: dict[str, list[int]] = {}
        self.numeric: list[int] = []  # first token LIKE_NUM: tried at number-like tokens
        self.always: list[int] = []  # first token a non-literal regex: tried at every token
        self._key = object()  # marks what this matcher remembered in a Word (Word.cue_starts); new with new patterns

    @staticmethod
    def _test(spec: dict) -> tuple:
        if len(spec) != 1:
            raise ValueError(f"unsupported cue token pattern {spec!r}")
        ((attr, value),) = spec.items()
        if attr == "LEMMA" and isinstance(value, dict) and set(value) == {"IN"}:
            return ("lemma", frozenset(value["IN"]))
        if attr == "LOWER" and isinstance(value, dict) and set(value) == {"REGEX"}:
            if _literal_prefix(value["REGEX"]):
                return ("prefix", value["REGEX"][1:])
            return ("regex", re.compile(value["REGEX"]))
        if attr == "LIKE_NUM" and value is True:
            return ("like_num",)
        if attr == "ORTH" and isinstance(value, str):
            return ("orth", value)
        raise ValueError(f"unsupported cue token pattern {spec!r}")

    def add_patterns(self, patterns: list[dict]) -> None:
        for entry in patterns:
            tests = tuple(self._test(t) for t in entry["pattern"])
            if not tests:
                continue  # an empty pattern matches nothing (span_ruler drops start == end)
            number = len(self.patterns)
            self.patterns.append((entry["label"], tests))
            self._key = object()
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
        doc.user_data[CUES_KEY] = self.matches(words(doc), sentence_starts(doc))
        return doc

    def matches(self, tokens: list[Word], starts: list[int]) -> list[tuple]:
        """The cue matches of the tokens (Words) with these sentence starts (match_cues)."""
        return match_cues(tokens, self._key, self._split, self.patterns, starts)

    def _split(self, w: Word):
        """What a word form may start: the labels of one-token patterns it matches, and the longer
        patterns whose first test it passes, by their second token's lemma (so a common first word
        such as 'har' or 'i' does not try every pattern it starts) and the rest. None if nothing."""
        numbers = [number for number in self.candidates(w) if passes(self.patterns[number][1][0], w)]
        if not numbers:
            return None
        labels, by_second, others = [], {}, []
        for number in numbers:
            label, tests = self.patterns[number]
            if len(tests) == 1:
                labels.append(label)
            elif tests[1][0] == "lemma":
                for lemma in tests[1][1]:
                    by_second.setdefault(lemma, []).append(number)
            else:
                others.append(number)
        return tuple(sorted(set(labels))), by_second, tuple(others)  # sorted: match_cues emits them in order

    def candidates(self, w: Word) -> tuple[int, ...]:
        """The patterns whose first token a word form may match."""
        return (*self.by_lemma.get(w.lemma, ()), *self.by_prefix.get(w.lower[:2], ()),
                *self.by_initial.get(w.lower[:1], ()), *self.by_orth.get(w.text, ()),
                *(self.numeric if w.like_num else ()), *self.always)


def passes(test: tuple, w: Word) -> bool:
    """Whether a word passes one token test of a cue pattern (CueMatcher._test)."""
    kind = test[0]
    if kind == "lemma":
        return w.lemma in test[1]
    if kind == "prefix":
        return w.lower.startswith(test[1])
    if kind == "regex":
        return test[1].search(w.lower) is not None
    if kind == "like_num":
        return w.like_num
    return w.text == test[1]


def match_cues(tokens: list[Word], key: object, split, patterns: list[tuple[str, tuple]], starts: list[int]) -> list[tuple]:
    """The cue matches (start, end, label, False), distinct and sorted by (start, label, end): the order
    longest_per_label keeps them in. What a word form may start (``split``, most: nothing) is remembered
    in its Word under the matcher's ``key``: its one-word labels (sorted) are matches at once, its longer patterns are tried on the
    tokens that follow. The matches are made in order, start by start; only at a start with a longer match
    (rare) are that start's matches sorted and de-duplicated. A cue lies within one sentence (so a paragraph
    cut at sentence starts loses none)."""
    found = []
    longer = []  # (label, end) of the longer matches at one start
    following = 0  # the first sentence start after token i, found when a longer match needs it
    n = len(tokens)
    for i in range(n):
        w = tokens[i]
        memo = w.cue_starts
        if memo is not None and memo[0] is key:
            entry = memo[1]
        else:  # new, or remembered for another matcher (or before new patterns)
            entry = split(w)
            w.cue_starts = (key, entry)  # one tuple, set at once: a concurrent check sees the old or the new
        if entry is None:
            continue
        labels, by_second, others = entry
        if i + 1 < n:
            if by_second:
                after = tokens[i + 1]  # a Word (nlp.pxd): its lemma is read as a C field, not looked up by name
                second = by_second.get(after.lemma)
                if second:
                    extend_matches(longer, tokens, i, second, 2, patterns)
            if others:
                extend_matches(longer, tokens, i, others, 1, patterns)
        if not longer:
            for label in labels:
                found.append((i, i + 1, label, False))
            continue
        for label in labels:
            longer.append((label, i + 1))
        if len(longer) > 1:
            longer.sort()  # by label, then end; a repeat (two patterns, one match) is skipped below
        while following < len(starts) and starts[following] <= i:
            following += 1
        last_label, last_end = None, 0
        for label, end in longer:
            if end == last_end and label == last_label:
                continue
            last_label, last_end = label, end
            if end == i + 1 or following == len(starts) or starts[following] >= end:  # within one sentence
                found.append((i, end, label, False))
        longer = []
    return found


def extend_matches(longer: list, tokens: list[Word], i: int, numbers, checked: int, patterns: list[tuple[str, tuple]]) -> None:
    """Adds (label, end) to ``longer`` for the patterns among ``numbers`` that match from token ``i``;
    their first ``checked`` token tests are known to pass."""
    n = len(tokens)
    for number in numbers:
        label, tests = patterns[number]
        size = len(tests)
        if i + size > n:
            continue
        k = checked
        while k < size and passes(tests[k], tokens[i + k]):
            k += 1
        if k == size:
            longer.append((label, i + size))


def _literal_prefix(regex: str) -> bool:
    """'^word' with no regex syntax after the anchor: matches exactly the strings starting with 'word'."""
    return len(regex) > 1 and regex[0] == "^" and re.escape(regex[1:]) == regex[1:]


@Language.factory("bbic_cues")
def make_cue_matcher(nlp: Language, name: str) -> CueMatcher:
    return CueMatcher()


def swedish_tokenizer(nlp: Language) -> Tokenizer:
    """The tokeniser of ``spacy.blank("sv")`` (tests/test_startup.py holds them equal), with its three
    regexes from the regex cache: compiling them was most of the start-up of a one-document check."""
    defaults = nlp.Defaults
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        # the expressions of spacy.util.compile_prefix_regex, compile_suffix_regex and compile_infix_regex
        prefix_search=regex_cache.compile("|".join("^" + p for p in defaults.prefixes if p.strip())).search,
        suffix_search=regex_cache.compile("|".join(p + "$" for p in defaults.suffixes if p.strip())).search,
        infix_finditer=regex_cache.compile("|".join(p for p in defaults.infixes if p.strip())).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def build_nlp(cues: dict[str, list[str]], negatable: list[str]) -> Language:
    nlp = Swedish(create_tokenizer=swedish_tokenizer)  # spacy.blank("sv") without resolving its config
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
    first or last token is taken). The matches come distinct and sorted by (start, label, end) (match_cues),
    and what is kept stays in that order. Only the longer matches (≈ 3 in a paragraph that has any) need
    filter_spans' order; the spans kept of a label do not overlap, so a match is dropped if it is a longer
    match not kept, or a one-word match that a kept span of its label covers. Those lie next to the span in
    the matches (they come by start), so only they are looked at, not every match. With nothing dropped
    (most paragraphs) the matches are already the answer."""
    longer = []
    for index in range(len(matches)):
        m = matches[index]
        start, end = m[0], m[1]  # C integers when compiled (nlp.pxd)
        if end - start > 1:
            longer.append((start - end, start, m[2], index))  # sorts longest first, then earliest
    if not longer:
        return matches
    longer.sort()
    spans = []  # the longer matches kept, as (start, end, label); a few, so searched in a loop
    dropped = []  # indexes of the matches dropped
    for negative_length, start, label, index in longer:
        end = start - negative_length
        for first, last, taken in spans:
            if taken == label and (first <= start < last or first < end <= last):
                dropped.append(index)
                break
        else:
            spans.append((start, end, label))
            # the one-word matches of its label that it covers: from those at its start (before or after it)
            # to the last that starts within it
            j = index
            while j > 0 and matches[j - 1][0] == start:
                j -= 1
            while j < len(matches):
                m = matches[j]
                first, last = m[0], m[1]
                if first >= end:
                    break
                if last - first == 1 and m[2] == label:
                    dropped.append(j)
                j += 1
    if not dropped:
        return matches
    dropped.sort()
    kept = []
    k = 0  # dropped[k] is the next match to leave out
    for index in range(len(matches)):
        if k < len(dropped) and dropped[k] == index:
            k += 1
        else:
            kept.append(matches[index])
    return kept


INFLECTIONS = ("arnas", "ernas", "arna", "erna", "ens", "ans", "ets", "en", "an", "et", "na", "ns", "s", "n")


# A capital after a lower-case letter or comma and a space, and at least two lower-case letters: a word the
# text capitalises mid-sentence. The definition of what mid_sentence_capitals finds (tests hold them equal).
MID_SENTENCE_CAPITAL = re.compile(r"([A-ZÅÄÖ](?<=[a-zåäöé,] [A-ZÅÄÖ])[a-zåäöé]{2,})\b")


def proper_nouns(texts: Iterable[str]) -> frozenset[str]:
    """Words a document capitalises mid-sentence: in Swedish only proper nouns are ('med Tindra', 'Tindras').

    The texts are searched as one, joined by line breaks (one search costs less than one per paragraph): a
    match cannot reach across a line break, as it wants a space before the capital and a word boundary
    after the word, so the matches are those of each text."""
    found = {name.lower() for name in mid_sentence_capitals("\n".join(texts))}
    return frozenset(w.removesuffix("s") if w.endswith("s") and w.removesuffix("s") in found else w for w in found)


def mid_sentence_capitals(text: str) -> list[str]:
    """``MID_SENTENCE_CAPITAL.findall(text)``, found by one pass over the characters. Compiled (nlp.pxd), the
    pass reads each character once from the string's data in C, ~30 times cheaper than the regex engine's
    search, which tests a character class at each of a document's ~20,000 characters (and ~4 times cheaper
    than indexing the text at each character, which checks the index and the string's kind every time)."""
    found = []
    start = -1  # a capital after a lower-case letter or comma and a space, while lower-case letters follow it
    second = last = "\n"  # the two characters before c
    i = 0  # c's index
    for c in text:
        if start >= 0:
            if c not in "abcdefghijklmnopqrstuvwxyzåäöé":
                # two or more lower-case letters, then a word boundary (\b: no letter, digit or '_')
                if i - start > 2 and not (c.isalnum() or c == "_"):
                    found.append(text[start:i])
                start = -1  # c follows a letter: it starts no match
        elif c in "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ" and last == " " and second in "abcdefghijklmnopqrstuvwxyzåäöé,":
            start = i
        second = last
        last = c
        i += 1
    if start >= 0 and i - start > 2:  # \b at the end of the text
        found.append(text[start:])
    return found


def _name_like(text: str, lower: str) -> bool:
    """A capitalised word that looks like a name: long enough, and not a word the lexicon knows."""
    if len(text) < 3:
        return False
    # 'Pappan', 'Mammas' are inflected common nouns, not names
    return not is_known(lower) and not any(lower.endswith(e) and is_known(lower[: -len(e)]) for e in INFLECTIONS)


_KNOWN: dict[str, bool] = {}


def is_known(word: str) -> bool:
    """A stop word, or a lemma or word form of the lookup table ('Mamma', 'Utan' are not names); memoised
    (a store look-up is a binary search)."""
    known = _KNOWN.get(word)
    if known is None:
        if len(_KNOWN) > 500_000:
            _KNOWN.clear()
        table = lemma_table()
        known = _KNOWN[word] = word in STOP_WORDS or table.is_lemma(word) or word in table
    return known


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
    """Sentences with lemmas and cues for each (block index, text); offsets are the block's.

    Each paragraph (or part of a long one) is tokenised and annotated in one pass (annotate_part) that does
    the work of the pipeline's components on the Doc's Words, without running them: each component call
    stored its result in the Doc for the next to read back, which cost more than the work on a short
    paragraph. Nothing reads the Doc afterwards, so its lemmas and sentence starts are not written
    (``nlp(text)`` runs the components, which do; tests/test_nlp_one_pass.py holds the two to the same
    sentences)."""
    items = list(blocks)
    result: dict[int, list[Sentence]] = {index: [] for index, _ in items}
    names = proper_nouns([t for _, t in items])
    matcher, negation = nlp.get_pipe("bbic_cues"), nlp.get_pipe("bbic_negation")
    tokenizer, short = nlp.tokenizer, min(part_size, nlp.max_length)
    for index, text in items:
        if len(text) <= short:  # most paragraphs: one part, tokenised as nlp.make_doc does (without its Python call)
            result[index] += annotate_part(tokenizer(text), index, 0, text, names, matcher, negation)
            continue
        for part in parts_of(nlp, index, text, part_size):
            result[index] += annotate_part(make_doc(nlp, part.text), index, part.offset, part.text, names, matcher,
                                           negation)
    return result


def annotate_part(doc: Doc, block: int, offset: int, text: str, names: frozenset[str], matcher: CueMatcher,
                  negation: NegationMarker) -> list[Sentence]:
    """The sentences of a tokenised Doc of ``text``, which starts at ``offset`` in block ``block``, as the
    pipeline's components would give them (``nlp(text)``, then ``sentences_of`` on what they stored in the Doc)."""
    tokens, idxs = words_and_offsets(doc)
    if not tokens:
        return []
    starts = first_tokens(tokens)
    matches = negation.mark(matcher.matches(tokens, starts), tokens, starts)
    return sentences_of(tokens, idxs, starts, matches, block, offset, text, names)


def sentences_of(tokens: list[Word], idxs: list[int], starts: list[int], matches: list[tuple], block: int,
                 shift: int, text: str, names: frozenset[str]) -> list[Sentence]:
    """The sentences of a paragraph's (or part's) Words and token offsets, with block offsets: ``text`` (the
    Doc's) starts at ``shift`` in block ``block``.

    A sentence's cues: its phrases (by start, then label), dates, numbers and names."""
    n = len(tokens)
    kept = longest_per_label(matches)
    k = 0  # kept[k:] lie in this sentence or later ones (the matches come by start)
    result = []
    for s in range(len(starts)):
        first = starts[s]
        end = starts[s + 1] if s + 1 < len(starts) else n
        start = idxs[first]
        w = tokens[end - 1]
        last = idxs[end - 1]  # read into a C integer when compiled (nlp.pxd), so that the sums are C sums
        sent_text = text[start:last + len(w.text)]
        cues = []
        while k < len(kept):  # the sentence's phrases
            m = kept[k]
            at = m[0]
            if at >= end:
                break
            cues.append(phrase_cue(m, tokens, idxs, shift, text))
            k += 1
        start += shift
        lemmas = []
        numbers = found_names = None  # most sentences have neither
        digits = False
        for i in range(first, end):
            w = tokens[i]
            if w.content_lemma:
                lemmas.append(w.content_lemma)
            if w.number:
                if numbers is None:
                    numbers = []
                at = idxs[i]
                numbers.append(new_cue("number", at + shift, at + shift + len(w.text), w.text, False))
            if w.capitalised and (w.name_like or w.lower in names or w.lower.removesuffix("s") in names):
                if found_names is None:
                    found_names = []
                at = idxs[i]
                found_names.append(new_cue("name", at + shift, at + shift + len(w.text), w.text, False))
            digits = digits or w.digit
        if digits:  # a sentence with no digit has no date: most have none
            for d in find_dates(sent_text, default_year=2000):
                cues.append(new_cue("date", start + d.start, start + d.end, sent_text[d.start:d.end], False))
        if numbers is not None:
            cues += numbers
        if found_names is not None:
            cues += found_names
        result.append(new_sentence(block, start, start + len(sent_text), sent_text, tuple(lemmas), cues))
    return result


def phrase_cue(match: tuple, tokens: list[Word], idxs: list[int], shift: int, text: str) -> Cue:
    """The Cue of a phrase match (start token, end token, label, negated) in ``text``, which starts at ``shift``."""
    first, end = match[0], match[1]
    w = tokens[end - 1]
    # the offsets are read into C integers when compiled (nlp.pxd), as the Cue's are: the sums are C sums
    start, last = idxs[first], idxs[end - 1]
    stop = last + len(w.text)
    # a one-word cue shares its word's string (most are: ~400,000 in a 60,000-paragraph document)
    return new_cue(match[2], start + shift, stop + shift, w.text if end - first == 1 else text[start:stop], match[3])
