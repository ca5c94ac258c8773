"""Running a rule's own good and bad examples: shared by the test suite and `bbiccheck rules test`."""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from bbiccheck.checks.base import Example, ExampleDocument
from bbiccheck.config import Config
from bbiccheck.engine import Checker
from bbiccheck.load import document_from_text
from bbiccheck.model import Case, Finding
from bbiccheck.ruleset import RuleSet

DEFAULT_EXAMPLE_DATE = dt.date(2026, 11, 25)


def run_example(ruleset: RuleSet, rule_id: str, documents: list[ExampleDocument],
                check_date: dt.date | None = None) -> list[Finding]:
    checker = Checker(ruleset, Config(), frozenset({rule_id}))
    lexicon = ruleset.lexicon
    docs = [document_from_text(d.text, d.file or f"{d.type.value}.docx", lexicon, d.type) for d in documents]
    case = Case(id="example", path="example", documents=docs)
    return checker.check_case(case, check_date or DEFAULT_EXAMPLE_DATE).findings


def example_problem(ruleset: RuleSet, rule_id: str, example: Example) -> str | None:
    """Why an example does not behave as it says, or None when it does."""
    findings = run_example(ruleset, rule_id, example.documents, example.check_date)
    shown = [f"{f.message} [{f.location.text if f.location else ''}]" for f in findings]
    if example.expect == "pass":
        if findings:
            return f"expected no finding, got {shown}"
    else:
        if not findings:
            return "expected a finding, got none"
        if example.count is not None and len(findings) != example.count:
            return f"expected {example.count} findings, got {len(findings)}: {shown}"
        if example.quote and not any(example.quote in (f.location.text or "") for f in findings if f.location):
            return f"no finding points at {example.quote!r}: {shown}"
        if example.facets is not None and sorted(findings[0].facets or []) != sorted(example.facets):
            return f"expected facets {example.facets}, got {findings[0].facets}"
    if example.improved is not None:
        improved = [example.documents[0].model_copy(update={"text": example.improved})] + example.documents[1:]
        better = run_example(ruleset, rule_id, improved, example.check_date)
        if better:
            return f"the improved text still gives {[f.message for f in better]}"
    return None


def run_all_examples(ruleset: RuleSet) -> Iterator[tuple]:
    for rule in ruleset.rules:
        for example in rule.examples:
            yield rule, example, example_problem(ruleset, rule.id, example)
