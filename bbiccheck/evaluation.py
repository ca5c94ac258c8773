"""Precision and recall per category on a labelled corpus (tests/corpus/<case>/labels.yaml).

A case's labels list the deficiencies it truly has (``expected``) and traps it must not be flagged for.
Case-level categories (time limits, missing documents) are compared per case; content categories per
(case, document file name). Each (case, category[, document]) counts once, however many findings it has.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from bbiccheck.engine import Checker
from bbiccheck.load import discover
from bbiccheck.model import Category

CASE_LEVEL = {Category.PREASSESSMENT_OVERDUE, Category.INVESTIGATION_OVERDUE, Category.DEADLINE_APPROACHING,
              Category.PROTECTION_ASSESSMENT_LATE, Category.REVIEW_OVERDUE, Category.GOALS_SET_LATE,
              Category.PLAN_MISSING, Category.IMPLEMENTATION_PLAN_MISSING}


class Label(BaseModel):
    model_config = ConfigDict(extra="ignore")
    category: Category
    document: str | None = None
    note: str = ""


class CaseLabels(BaseModel):
    model_config = ConfigDict(extra="ignore")
    check_date: dt.date
    style: str = ""
    producer: str = ""
    expected: list[Label] = Field(default_factory=list)
    traps: list[Label] = Field(default_factory=list)


def key(case: str, category: Category, document: str | None) -> tuple:
    return (case, category, None if category in CASE_LEVEL else (Path(document).name if document else None))


@dataclass
class Evaluation:
    expected: set = field(default_factory=set)
    predicted: set = field(default_factory=set)
    cases: int = 0

    def scores(self) -> dict[Category, tuple[int, int, int, float, float]]:
        """category -> (true positives, false positives, false negatives, precision, recall)."""
        result = {}
        for category in Category:
            exp = {k for k in self.expected if k[1] == category}
            pred = {k for k in self.predicted if k[1] == category}
            tp, fp, fn = len(exp & pred), len(pred - exp), len(exp - pred)
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / (tp + fn) if tp + fn else 1.0
            result[category] = (tp, fp, fn, precision, recall)
        return result


def evaluate_corpus(corpus: Path, checker: Checker | None = None) -> Evaluation:
    checker = checker or Checker.create()
    evaluation = Evaluation()
    for labels_file in sorted(corpus.glob("*/labels.yaml")):
        case_dir = labels_file.parent
        labels = CaseLabels.model_validate(yaml.safe_load(labels_file.read_text(encoding="utf-8")))
        evaluation.cases += 1
        evaluation.expected |= {key(case_dir.name, l.category, l.document) for l in labels.expected}
        for source in discover(case_dir):
            report = checker.check_case(checker.load(source), labels.check_date)
            evaluation.predicted |= {key(case_dir.name, f.category, f.document) for f in report.findings}
    return evaluation


def format_table(evaluation: Evaluation, verbose: bool = False) -> str:
    lines = [f"{evaluation.cases} cases", f"{'category':<28} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}"]
    for category, (tp, fp, fn, precision, recall) in evaluation.scores().items():
        lines.append(f"{category.value:<28} {tp:>4} {fp:>4} {fn:>4} {precision:>10.2f} {recall:>8.2f}")
    if verbose:
        for name, keys in (("false positive", evaluation.predicted - evaluation.expected),
                           ("false negative", evaluation.expected - evaluation.predicted)):
            for case, category, document in sorted(keys, key=str):
                lines.append(f"{name}: {case} {category.value} {document or ''}")
    return "\n".join(lines)
