"""Rules and lexicons from YAML, validated, with errors that name the file, the line and the field.

A malformed rule stops the run before anything is checked (RuleError). Local rule folders come after
the default one: they add rules (a duplicate id is an error) and extend the lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Union

import yaml
from pydantic import Field, TypeAdapter, ValidationError

from bbiccheck.checks import CHECKS, RuleSpec
from bbiccheck.lexicon import Lexicon, LexiconFile

RESERVED_CUES = {"date", "number", "name"}
# libyaml's parser when PyYAML was built with it: ~15x faster than the pure-Python one on our rule files.
_FAST_LOADER = yaml.CSafeLoader if yaml.__with_libyaml__ else None


class RuleError(Exception):
    """One or more rule files are wrong; str() is one line per problem: 'file:line: field: message'."""


def default_rules_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "rules", here / "_rules"):
        if candidate.is_dir():
            return candidate
    raise RuleError("the default rules folder is missing from the installation")


@lru_cache(maxsize=1)
def rule_adapter() -> TypeAdapter:
    union = Annotated[Union[tuple(c.spec for c in CHECKS.values())], Field(discriminator="kind")]
    return TypeAdapter(union)


def line_of(source: str, loc: tuple) -> int:
    """The line of the YAML node at ``loc`` (a pydantic error location), or of its nearest parent."""
    node = _safe_yaml(yaml.compose, source)  # the parser that accepted the text
    line = node.start_mark.line if node else 0
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == key), None)
            if match is None:
                key_node = next((k for k, _ in node.value if k.value == key), None)
                return (key_node.start_mark.line if key_node else line) + 1
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
        line = node.start_mark.line
    return line + 1


def describe(path: Path, source: str, error: ValidationError, kind: str | None) -> list[str]:
    lines = []
    for e in error.errors():
        loc = tuple(e["loc"])
        if kind and loc and loc[0] == kind:  # the discriminator tag leads every location
            loc = loc[1:]
        field = ".".join(str(p) for p in loc) or "(rule)"
        lines.append(f"{path}:{line_of(source, loc)}: {field}: {e['msg']}")
    return lines


@dataclass
class RuleSet:
    rules: list[RuleSpec]
    lexicon: Lexicon
    files: dict[str, Path]  # rule id -> its YAML file

    def get(self, rule_id: str) -> RuleSpec | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def load_rules(rule_dirs: list[Path] | None = None) -> RuleSet:
    dirs = [default_rules_dir()] + [Path(d) for d in (rule_dirs or []) if Path(d).resolve() != default_rules_dir().resolve()]
    problems: list[str] = []
    lexicon_files: list[LexiconFile] = []
    rules: list[RuleSpec] = []
    seen: dict[str, Path] = {}
    for rule_dir in dirs:
        if not rule_dir.is_dir():
            problems.append(f"{rule_dir}: rule folder not found")
            continue
        for path in sorted((rule_dir / "lexicon").glob("*.yaml")):
            source = read_source(path, problems)
            if source is None:
                continue
            try:
                lexicon_files.append(LexiconFile.model_validate(parse_yaml(source) or {}))
            except ValidationError as error:
                problems.extend(describe(path, source, error, None))
            except yaml.YAMLError as error:
                problems.append(f"{path}:{_yaml_line(error)}: invalid YAML: {_yaml_problem(error)}")
        for path in sorted(p for p in rule_dir.rglob("*.yaml") if "lexicon" not in p.relative_to(rule_dir).parts):
            source = read_source(path, problems)
            if source is None:
                continue
            try:
                data = parse_yaml(source)
            except yaml.YAMLError as error:
                problems.append(f"{path}:{_yaml_line(error)}: invalid YAML: {_yaml_problem(error)}")
                continue
            if not isinstance(data, dict):
                problems.append(f"{path}:1: a rule file must be a mapping with id, kind, category, ...")
                continue
            kind = data.get("kind")
            try:
                rule = rule_adapter().validate_python(data)
            except ValidationError as error:
                problems.extend(describe(path, source, error, kind if kind in CHECKS else None))
                continue
            if rule.id in seen:
                problems.append(f"{path}:{line_of(source, ('id',))}: id: {rule.id} is already defined in {seen[rule.id]}")
                continue
            if path.stem != rule.id:
                problems.append(f"{path}:{line_of(source, ('id',))}: id: the file must be named {rule.id}.yaml")
            seen[rule.id] = path
            rules.append(rule)
    lexicon = Lexicon(lexicon_files)
    if not problems:  # with a broken lexicon every reference would look unknown
        problems.extend(_cross_references(rules, lexicon, seen))
    if problems:
        raise RuleError("\n".join(problems))
    return RuleSet(rules, lexicon, seen)


def parse_yaml(source: str):
    return _safe_yaml(yaml.load, source)


def _safe_yaml(api, source: str):
    """``api`` (yaml.load or yaml.compose) with a safe loader: libyaml's when PyYAML has it, else, or if
    libyaml rejects the text, the pure-Python one, so an invalid file gets the same message and line
    whichever way PyYAML was built. The two gave the same data on our rule files and on 3,000 fuzzed
    variants of them; libyaml accepts a few more texts (a tab inside a plain key), which then go on to
    validation like any other rule."""
    if _FAST_LOADER is not None:
        try:
            return api(source, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    return api(source, Loader=yaml.SafeLoader)


def read_source(path: Path, problems: list[str]) -> str | None:
    """A YAML file's text; None, with a 'file:line: ...' problem, if it cannot be read or is not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as error:
        problems.append(f"{path}:1: cannot read the file: {error.strerror or error}")
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.append(f"{path}:{line}: not UTF-8 text (byte {data[error.start]:#04x}); save the file as UTF-8")
        return None


def _cross_references(rules: list[RuleSpec], lexicon: Lexicon, files: dict[str, Path]) -> list[str]:
    """A cue, event or section a rule names must exist: an unknown name would silently match nothing."""
    problems = []
    known = {"cue": set(lexicon.cues) | RESERVED_CUES, "event": set(lexicon.events), "section": set(lexicon.sections)}
    for rule in rules:
        path = files[rule.id]
        source = path.read_text(encoding="utf-8")
        for field, kind, names in referenced_names(rule):
            for name in names:
                if name not in known[kind]:
                    problems.append(f"{path}:{line_of(source, (field,))}: {field}: unknown {kind} '{name}'")
        provided = CHECKS[rule.kind].provides
        try:
            fields = rule.message_fields()
        except ValueError as error:  # a stray brace: str.format would fail on every finding
            problems.append(f"{path}:{line_of(source, ('message',))}: message: not a valid template ({error}); "
                            "write a literal brace as {{ or }}")
            continue
        for name in fields - provided:
            problems.append(f"{path}:{line_of(source, ('message',))}: message: kind {rule.kind} does not provide {{{name}}}")
    return problems


REFERENCE_FIELDS = {
    "cue": ("reasoning_cues", "reported_cues", "conversation_cues", "child_cues", "speech_cues", "reason_cues",
            "needs_cues", "risk_cue", "skip_cues", "adult_cues", "outcome_cues", "link_cues", "wish_cues", "talk_cues"),
    "event": ("start", "end", "unless", "when_events", "goal_events"),
    "section": ("sections", "in_sections", "analysis_sections", "exclude_from_sources", "needs_sections",
                "goal_sections", "satisfied_by_sections", "ignore_sections"),
}


def referenced_names(rule: RuleSpec):
    for kind, fields in REFERENCE_FIELDS.items():
        for field in fields:
            value = getattr(rule, field, None)
            if value is None:
                continue
            yield field, kind, [value] if isinstance(value, str) else list(value)
    if hasattr(rule, "facet_cues"):
        yield "facet_cues", "cue", [c for cues in rule.facet_cues.values() for c in cues]
    if hasattr(rule, "facets") and isinstance(rule.facets, dict):
        yield "facets", "cue", [c for f in rule.facets.values() for c in f.any_of + f.none_of]


def _yaml_line(error: yaml.YAMLError) -> int:
    mark = getattr(error, "problem_mark", None)
    return mark.line + 1 if mark else 1


def _yaml_problem(error: yaml.YAMLError) -> str:
    return getattr(error, "problem", None) or str(error).splitlines()[0]


def rule_schema() -> dict:
    """JSON Schema for rule files (bbiccheck rules schema), for editor validation and completion."""
    return rule_adapter().json_schema()
