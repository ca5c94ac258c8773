import pytest

from bbiccheck.ruleset import load_rules


@pytest.fixture(scope="session")
def ruleset():
    return load_rules()


@pytest.fixture(scope="session")
def lexicon(ruleset):
    return ruleset.lexicon
