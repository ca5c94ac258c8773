"""Every good and bad example of every default rule, one test each (`pytest -k MAL01`)."""

import pytest

from bbiccheck.ruleset import load_rules
from bbiccheck.testing import example_problem

RULESET = load_rules()
CASES = [(rule, example) for rule in RULESET.rules for example in rule.examples]


@pytest.mark.parametrize(("rule", "example"), CASES, ids=[f"{r.id}-{e.slug}" for r, e in CASES])
def test_rule_example(rule, example):
    assert example_problem(RULESET, rule.id, example) is None
