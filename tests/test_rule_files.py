"""Meta-tests: the rule set is complete, consistent and documented."""

import re
from pathlib import Path

import pytest
import yaml

from bbiccheck.checks import CHECKS
from bbiccheck.model import Category
from bbiccheck.ruleset import RuleError, default_rules_dir, load_rules


def test_every_category_has_a_default_rule(ruleset):
    assert {r.category for r in ruleset.rules} == set(Category)


def test_every_kind_is_used(ruleset):
    assert {r.kind for r in ruleset.rules} == set(CHECKS)


def test_ids_match_files_and_areas(ruleset):
    for rule in ruleset.rules:
        path = ruleset.files[rule.id]
        assert path.stem == rule.id
        assert re.fullmatch(r"[A-Z]+[0-9]{2}", rule.id)


def test_every_rule_is_translated_and_explained(ruleset):
    for rule in ruleset.rules:
        fb = rule.feedback
        for text in (rule.title, rule.message, fb.why, fb.reference, fb.reflection, fb.better):
            assert text.sv.strip() and text.en.strip(), rule.id
            assert text.sv != text.en, rule.id
        assert rule.message_fields() <= CHECKS[rule.kind].provides, rule.id


def test_kind_docstrings_follow_what_why_example():
    for check in CHECKS.values():
        import sys

        doc = sys.modules[check.run.__module__].__doc__
        assert "What it checks" in doc and "Why it matters" in doc and "Example" in doc, check.kind


def write_rule(folder: Path, text: str, name: str = "LOK01.yaml") -> Path:
    (folder / "lok").mkdir(parents=True, exist_ok=True)
    path = folder / "lok" / name
    path.write_text(text, encoding="utf-8")
    return path


def base_rule(**overrides) -> dict:
    source = yaml.safe_load((default_rules_dir() / "mall" / "MALL01.yaml").read_text(encoding="utf-8"))
    source.update(id="LOK01", name="lokal-regel")
    source.update(overrides)
    return source


def test_malformed_rule_names_file_line_and_field(tmp_path):
    rule = base_rule(severity="kritisk")
    path = write_rule(tmp_path, yaml.safe_dump(rule, allow_unicode=True, sort_keys=False))
    with pytest.raises(RuleError) as error:
        load_rules([tmp_path])
    message = str(error.value)
    line = next(i for i, l in enumerate(path.read_text().splitlines(), 1) if l.startswith("severity:"))
    assert f"{path}:{line}: severity:" in message


def test_unknown_field_and_unknown_cue_are_errors(tmp_path):
    rule = base_rule(kind="risk_explained", risk_cue="finns_inte", patterns=None, placeholders=None)
    rule = {k: v for k, v in rule.items() if v is not None}
    write_rule(tmp_path, yaml.safe_dump(rule, allow_unicode=True, sort_keys=False))
    with pytest.raises(RuleError) as error:
        load_rules([tmp_path])
    assert "Extra inputs are not permitted" in str(error.value) or "unknown cue" in str(error.value)


def test_duplicate_id_is_an_error(tmp_path):
    write_rule(tmp_path, yaml.safe_dump(base_rule(id="MALL01"), allow_unicode=True), "MALL01.yaml")
    with pytest.raises(RuleError, match="already defined"):
        load_rules([tmp_path])


def test_rule_without_examples_fails(tmp_path):
    write_rule(tmp_path, yaml.safe_dump(base_rule(examples=[]), allow_unicode=True))
    with pytest.raises(RuleError, match="examples"):
        load_rules([tmp_path])


def test_invalid_yaml_names_the_line(tmp_path):
    path = write_rule(tmp_path, "id: LOK01\nname: [unclosed\n")
    with pytest.raises(RuleError, match=re.escape(str(path)) + r":\d+: invalid YAML"):
        load_rules([tmp_path])


def test_local_rule_and_lexicon_extend_defaults(tmp_path):
    write_rule(tmp_path, yaml.safe_dump(base_rule(patterns=["\\bhemligt ord\\b"]), allow_unicode=True))
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "sections.yaml").write_text("sections:\n  analys: [vår analys av läget]\n", encoding="utf-8")
    rules = load_rules([tmp_path])
    assert rules.get("LOK01") is not None
    assert rules.lexicon.section_table.key_for("Vår analys av läget") == "analys"
