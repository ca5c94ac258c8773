"""The check pipeline: case -> NLP annotation (only if a rule needs it) -> checks by kind -> findings.

``Checker`` holds what is costly to build (rules, lexicon, spaCy pipeline) so that a batch or the
HTTP service builds it once. Nothing here reads the clock: the check date is always passed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from pydantic import ValidationError

from bbiccheck.checks import CHECKS, CheckContext, RuleSpec
from bbiccheck.config import Config, ConfigError
from bbiccheck.load import CaseSource, discover, load_case
from bbiccheck.model import Case, CaseReport, DocumentSummary, Finding, Silenced
from bbiccheck.report.themes import CATEGORY_THEME
from bbiccheck.ruleset import RuleSet, load_rules, rule_adapter


def configure(ruleset: RuleSet, config: Config) -> list[RuleSpec]:
    """The rules to run: disabled ones removed, severities and parameters overridden (and re-validated)."""
    rules = []
    for rule in ruleset.rules:
        if rule.id in config.disable:
            continue
        update = dict(config.params.get(rule.id, {}))
        if rule.id in config.severity:
            update["severity"] = config.severity[rule.id]
        if update:
            try:
                rule = rule_adapter().validate_python(rule.model_dump() | update)
            except ValidationError as error:
                raise ConfigError(f"{config.source}: params.{rule.id}: {error.errors()[0]['msg']}") from None
        rules.append(rule)
    unknown = set(config.disable) | set(config.params) | set(config.severity)
    unknown -= {r.id for r in ruleset.rules}
    if unknown:
        raise ConfigError(f"{config.source}: unknown rule id(s): {', '.join(sorted(unknown))}")
    return rules


# For a process that checks many documents (set with gc.freeze() once the pipeline is built): a check
# makes ~100,000 short-lived objects per document (words, sentences, cues, findings), nearly all freed by
# reference counting within the paragraph or rule that made them. CPython collects its young generation
# every 700 allocations, scanning objects about to be freed anyway; every 10,000 it scans a few times
# less (callgrind: -2.6 % instructions of a whole check).
GC_THRESHOLDS = (10_000, 10, 10)


@dataclass
class Checker:
    ruleset: RuleSet
    config: Config = field(default_factory=Config)
    select: frozenset[str] = frozenset()  # run only these rule ids (empty = all)

    @classmethod
    def create(cls, config: Config | None = None, rule_dirs: Iterable[Path] = (), select: Iterable[str] = ()) -> Checker:
        config = config or Config()
        return cls(load_rules(list(config.rules) + list(rule_dirs)), config, frozenset(select))

    def __post_init__(self):
        self.rules = [r for r in configure(self.ruleset, self.config) if not self.select or r.id in self.select]
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            from bbiccheck.nlp import pipeline

            lexicon = self.ruleset.lexicon
            self._nlp = pipeline(lexicon.cues, lexicon.negatable)
        return self._nlp

    def needs_nlp(self) -> bool:
        return any(CHECKS[r.kind].needs_nlp for r in self.rules)

    def prepare(self) -> None:
        """Build now what the first check would otherwise build: the NLP pipeline, if a rule needs it."""
        if self.needs_nlp():
            self.nlp  # noqa: B018 - the property builds it

    def load(self, source: CaseSource, lang: str = "sv", debug: bool = False) -> Case:
        return load_case(source, self.ruleset.lexicon, self.config.limits, lang, debug)

    def check_case(self, case: Case, check_date: dt.date, lang: str = "sv") -> CaseReport:
        ctx = CheckContext(case, check_date, lang)
        if self.needs_nlp():
            from bbiccheck.nlp import annotate

            for doc in case.documents:
                ctx.sentences[doc.path] = annotate(self.nlp, ((b.index, b.text) for b in ctx.blocks(doc)))
        findings: list[Finding] = []
        for rule in self.rules:
            findings.extend(CHECKS[rule.kind].run(rule, ctx))
        for finding in findings:  # set in place: the checks made these findings for us alone
            finding.theme = CATEGORY_THEME[finding.category]
        findings, silenced = apply_ignores(case, findings)
        findings.sort(key=lambda f: (f.document or "", f.location.block if f.location and f.location.block is not None else -1,
                                     f.location.start or 0 if f.location else 0, f.rule))
        return CaseReport(
            id=case.id, path=case.path,
            documents=[DocumentSummary(path=d.path, type=d.type, title=d.title, author=d.author, date=d.date)
                       for d in case.documents],
            findings=findings, errors=case.errors, silenced=silenced,
            deadlines=sorted(ctx.deadlines, key=lambda d: (d.due, d.rule)),
        )

    def check_paths(self, paths: Iterable[Path], check_date: dt.date, lang: str = "sv",
                    debug: bool = False) -> Iterator[tuple[Case, CaseReport]]:
        """Streams (case, report) for every case found under ``paths``, one case in memory at a time."""
        for path in paths:
            for source in discover(Path(path)):
                case = self.load(source, lang, debug)
                yield case, self.check_case(case, check_date, lang)


def apply_ignores(case: Case, findings: list[Finding]) -> tuple[list[Finding], list[Silenced]]:
    """'bbiccheck: ignorera ID – motivering' in a document silences that rule for that document."""
    notes = {(d.path, i.rule): i.reason for d in case.documents for i in d.ignores}
    kept, counts = [], {}
    for finding in findings:
        key = (finding.document, finding.rule)
        case_level = finding.document is None and any(r == finding.rule for _, r in notes)
        if key in notes or case_level:
            doc = finding.document or next(p for p, r in notes if r == finding.rule)
            counts[(doc, finding.rule)] = counts.get((doc, finding.rule), 0) + 1
        else:
            kept.append(finding)
    silenced = [Silenced(rule=r, document=d, reason=notes[(d, r)], count=n) for (d, r), n in sorted(counts.items())]
    return kept, silenced
