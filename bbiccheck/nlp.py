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
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from bbiccheck.load.dates import find_dates

CUES_KEY = "cues"


@dataclass(frozen=True, slots=True)
class Cue:
    label: str
    start: int  # character offsets within the block text
    end: int
    text: str
    negated: bool = False


@dataclass(slots=True)
class Sentence:
    block: int
    start: int
    end: int
    text: str
    lemmas: tuple[str, ...]  # content-word lemmas, lower-case, for overlap measures
    cues: list[Cue] = field(default_factory=list)

    def has(self, *labels: str, negated: bool | None = False) -> bool:
        """True if a cue with one of ``labels`` is present (by default: not negated)."""
        return any(c.label in labels and (negated is None or c.negated == negated) for c in self.cues)

    def cue_texts(self, label: str) -> list[str]:
        return [c.text for c in self.cues if c.label == label and not c.negated]


class LowerLookupLemmatizer:
    """Lookup lemmas for lower-cased tokens: the Swedish table is case-sensitive ('Målet' is not found)."""

    def __init__(self, table):
        self.table = table

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lower = token.lower_
            token.lemma_ = self.table.get(lower, lower)
        return doc


@Language.factory("bbic_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> LowerLookupLemmatizer:
    return LowerLookupLemmatizer(lemma_table())


@lru_cache(maxsize=1)
def lemma_table():
    from spacy.lookups import load_lookups

    return load_lookups("sv", ["lemma_lookup"]).get_table("lemma_lookup")


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
    was most of the time of a whole check. Here a token's lemma is looked up once in a dict of the
    first-token lemma sets, prefixes are tried only for patterns whose prefix starts with the token's
    first character, and only those candidates are tried on the following tokens.
    """

    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        self.patterns: list[tuple[str, tuple]] = []  # (label, token tests)
        self.by_lemma: dict[str, list[int]] = {}
        self.by_initial: dict[str, list[int]] = {}  # literal prefix patterns, by the prefix's first character
        self.always: list[int] = []  # first token LIKE_NUM, ORTH or a non-literal regex: tried at every token

    @staticmethod
    def _test(spec: dict) -> tuple:
        if len(spec) != 1:
            raise ValueError(f"unsupported cue token pattern {spec!r}")
        ((attr, value),) = spec.items()
        if attr == "LEMMA" and isinstance(value, dict) and set(value) == {"IN"}:
            return ("lemma", frozenset(value["IN"]))
        if attr == "LOWER" and isinstance(value, dict) and set(value) == {"REGEX"}:
            return ("regex", re.compile(value["REGEX"]), value["REGEX"])
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
            first = tests[0]
            if first[0] == "lemma":
                for value in first[1]:
                    self.by_lemma.setdefault(value, []).append(number)
            elif first[0] == "regex" and _literal_prefix(first[2]):
                self.by_initial.setdefault(first[2][1], []).append(number)
            else:
                self.always.append(number)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        lemmas = [t.lemma_ for t in doc]
        lowers = [t.lower_ for t in doc]
        found: set[tuple[int, int, str]] = set()
        for i in range(n):
            lower = lowers[i]
            candidates = [*self.by_lemma.get(lemmas[i], ()), *self.by_initial.get(lower[:1], ()), *self.always]
            for number in candidates:
                label, tests = self.patterns[number]
                end = i + len(tests)
                if end > n:
                    continue
                for j, test in enumerate(tests):
                    k = i + j
                    kind = test[0]
                    if kind == "lemma":
                        ok = lemmas[k] in test[1]
                    elif kind == "regex":
                        ok = test[1].search(lowers[k]) is not None
                    elif kind == "like_num":
                        ok = doc[k].like_num
                    else:
                        ok = doc[k].orth_ == test[1]
                    if not ok:
                        break
                else:
                    found.add((i, end, label))
        spans = sorted({Span(doc, start, end, label=label, span_id="") for start, end, label in found})
        doc.spans[CUES_KEY] = list(doc.spans[CUES_KEY]) + spans if CUES_KEY in doc.spans else spans
        return doc


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
    """'hög frånvaro' and 'frånvaro' are one cue, not two: keep the longest of overlapping spans per label."""
    kept: list[Span] = []
    for label in {s.label_ for s in spans}:
        kept.extend(spacy.util.filter_spans([s for s in spans if s.label_ == label]))
    return sorted(kept, key=lambda s: (s.start, s.label_))


ARTICLES = frozenset({"en", "ett"})  # like_num says yes, but "en skala" is not an amount


def is_name(token) -> bool:
    """A capitalised word the Swedish lexicon does not know is most likely a person's name ("Alva")."""
    return token.is_title and token.is_alpha and len(token) >= 3 and token.lower_ not in lemma_table()


STOP = frozenset("och i att det som en på är av för med till den har de inte om ett han hon så men var sig "
                 "från vi kan eller när även också ska skall hade under efter".split())


def annotate(nlp: Language, blocks: Iterable[tuple[int, str]]) -> dict[int, list[Sentence]]:
    """Sentences with lemmas and cues for each (block index, text)."""
    items = list(blocks)
    result: dict[int, list[Sentence]] = {}
    for (index, text), doc in zip(items, nlp.pipe((t for _, t in items), batch_size=256)):
        sentences = []
        by_sent: dict[int, list[Cue]] = {}
        for span in longest_per_label(doc.spans.get(CUES_KEY, [])):
            by_sent.setdefault(span.sent.start, []).append(
                Cue(span.label_, span.start_char, span.end_char, span.text, span._.negated))
        for sent in doc.sents:
            cues = by_sent.get(sent.start, [])
            for d in find_dates(sent.text, default_year=2000):
                cues.append(Cue("date", sent.start_char + d.start, sent.start_char + d.end,
                                sent.text[d.start:d.end]))
            cues.extend(Cue("number", t.idx, t.idx + len(t), t.text) for t in sent
                        if t.like_num and t.lower_ not in ARTICLES)
            cues.extend(Cue("name", t.idx, t.idx + len(t), t.text) for t in sent if is_name(t))
            lemmas = tuple(t.lemma_ for t in sent if t.is_alpha and t.lower_ not in STOP)
            sentences.append(Sentence(index, sent.start_char, sent.end_char, sent.text, lemmas, cues))
        result[index] = sentences
    return result
