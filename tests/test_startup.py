"""Start-up shortcuts (docs: the cold start of one check): spaCy without its command line, libyaml for
rule files, and the GC tuning of a CLI process. Each must be invisible apart from the time it saves."""

from __future__ import annotations

import gc
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bbiccheck.cli import main
from bbiccheck.ruleset import RuleError, load_rules, parse_yaml

ROOT = Path(__file__).resolve().parents[1]
CLI_MODULES = ("spacy.cli", "typer", "weasel", "requests", "httpx")


def run_python(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.splitlines()[-1])


def test_spacy_is_imported_without_its_cli_and_the_cli_still_works():
    result = run_python(f"""
        import json, sys
        import bbiccheck.nlp
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in {CLI_MODULES!r} or m.startswith("spacy.cli"))
        import spacy
        info = spacy.info(silent=True)  # the stub's info: imports the real one
        import spacy.cli
        print(json.dumps({{"loaded": loaded, "info": sorted(info), "download": callable(spacy.cli.download),
                          "cli_is_real": hasattr(spacy.cli, "download") and spacy.cli.__file__ is not None}}))
    """)
    assert result["loaded"] == []  # if this fails, spaCy's __init__ changed: see bbiccheck/spacy_import.py
    assert "spacy_version" in result["info"]
    assert result["download"] and result["cli_is_real"]


def test_spacy_import_falls_back_when_the_stubs_are_not_enough():
    """A spaCy whose __init__ wants more of spacy.cli than the stubs give is imported whole."""
    result = run_python("""
        import json, sys
        from bbiccheck.spacy_import import import_spacy_without_cli
        import_spacy_without_cli({"spacy.cli": {"__path__": []}})  # no spacy.cli.info: spaCy's import fails
        import spacy  # as bbiccheck.nlp does next
        import bbiccheck.nlp as nlp
        doc = spacy.blank("sv")("Barnet sover.")
        print(json.dumps({"nlp": nlp.__name__, "cli_real": hasattr(sys.modules["spacy.cli"], "download"),
                          "tokens": len(doc)}))
    """)
    assert result == {"nlp": "bbiccheck.nlp", "cli_real": True, "tokens": 3}


def test_rule_yaml_parses_as_pyyaml_does():
    for path in sorted((ROOT / "rules").rglob("*.yaml")):
        source = path.read_text(encoding="utf-8")
        assert parse_yaml(source) == yaml.safe_load(source), path


def test_invalid_rule_yaml_gets_the_pure_python_message():
    source = "id: LOK01\nname: [unclosed\n"
    with pytest.raises(yaml.YAMLError) as ours:
        parse_yaml(source)
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.safe_load(source)
    assert str(ours.value) == str(pure.value)


def test_text_only_libyaml_accepts_gives_a_rule_error_with_a_line(tmp_path):
    """libyaml reads 'i<TAB>d: X' as the key 'i\\td' (the pure-Python parser rejects it): the rule then
    fails validation, and the line of the problem is found with the same parser."""
    text = (ROOT / "rules" / "mal" / "MAL01.yaml").read_text(encoding="utf-8").replace("MAL01", "LOK01")
    (tmp_path / "LOK01.yaml").write_text(text.replace("id: LOK01", "i\td: LOK01", 1), encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_rules([tmp_path])
    assert all(line.startswith(f"{tmp_path / 'LOK01.yaml'}:") for line in str(error.value).splitlines())


def test_in_process_cli_leaves_the_gc_alone(tmp_path):
    (tmp_path / "utredning.txt").write_text("# Utredning\n\nBarnet sover.\n", encoding="utf-8")
    frozen = gc.get_freeze_count()
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--today", "2026-11-25", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_cli_process_and_in_process_give_the_same_report(tmp_path):
    """The GC and thread tuning happen only in a process of its own; the report must not change."""
    case = ROOT / "samples"
    args = ["check", str(case), "--today", "2026-11-25", "--format", "json", "--fail-on", "never"]
    own = subprocess.run([sys.executable, "-m", "bbiccheck", *args], cwd=ROOT, capture_output=True, text=True,
                         timeout=300, check=False)
    assert own.returncode == 0, own.stderr
    assert own.stdout == CliRunner().invoke(main, args).output


def test_the_tokenizer_is_spacy_blank_sv_s():
    """bbiccheck builds spaCy's Swedish tokeniser itself (its regexes from the regex cache): every setting
    must be that of spacy.blank("sv"), for the installed spaCy."""
    import spacy

    from bbiccheck.nlp import swedish_tokenizer

    reference = spacy.blank("sv")
    ours = swedish_tokenizer(reference)
    ref = reference.tokenizer
    for search in ("prefix_search", "suffix_search", "infix_finditer"):
        assert getattr(ours, search).__self__ == getattr(ref, search).__self__  # same source, flags, program
    assert ours.token_match is ref.token_match and ours.url_match is ref.url_match
    assert ours.rules == ref.rules
    text = ("Mamma (f. 1988) sa: \"Han mår bra!\" – 3,5 km, 08:30, t.ex. ca 20 %, S:t Eriks "
            "www.example.se/sida?a=1, e-post sara.larsson@example.se; BUP:s bedömning 2026-03-02.")
    assert [t.text for t in ours(text)] == [t.text for t in ref(text)]


PATTERNS = [
    (r"(?P<iso>(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d))(?!\d)", 0),
    (r"(?<![a-zåäö])hög\s+frånvaro|missbruk\w*", re.IGNORECASE),
    (r"""\b(?:[A-ZÅÄÖ][a-zåäö]+)  # a capitalised word
         (?:\s+[A-ZÅÄÖ][a-zåäö]+)*""", re.VERBOSE),
    (r"[\wåäöÅÄÖ\u00C0-\u024F]+(?:-[\w]+)*|[.!?…]", 0),
]


@pytest.fixture()
def regex_cache(tmp_path, monkeypatch):
    from bbiccheck import regex_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return regex_cache


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_regex_cache_gives_re_compile_s_pattern_first_and_from_the_cache(regex_cache, monkeypatch, pattern, flags):
    first = regex_cache.compile(pattern, flags)
    assert first == re.compile(pattern, flags)
    assert regex_cache._path(pattern, flags).is_file()

    def compile_again(*args):
        raise AssertionError("the stored program was not used")

    monkeypatch.setattr(regex_cache.re, "compile", compile_again)
    cached = regex_cache.compile(pattern, flags)
    monkeypatch.undo()
    assert cached == re.compile(pattern, flags)
    assert cached.groupindex == first.groupindex and cached.groups == first.groups
    text = "Tindra Larsson har hög  frånvaro sedan 2026-03, MISSBRUKET nämns ej!"
    assert [m.span() for m in cached.finditer(text)] == [m.span() for m in re.compile(pattern, flags).finditer(text)]


def test_regex_cache_ignores_a_damaged_file(regex_cache):
    pattern, flags = PATTERNS[0]
    regex_cache.compile(pattern, flags)
    path = regex_cache._path(pattern, flags)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)
    assert regex_cache._read(path) is not None  # written again, whole


def test_regex_cache_stores_nothing_that_is_not_re_compile_s_program(regex_cache, monkeypatch):
    """If re's internals ever build another program than re.compile does, that program is not kept."""
    pattern, flags = PATTERNS[1]
    other = regex_cache._program(PATTERNS[0][0], 0)
    monkeypatch.setattr(regex_cache, "_program", lambda p, f: other)
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)
    assert not regex_cache._path(pattern, flags).exists()


def test_regex_cache_without_a_writable_cache_folder(tmp_path, monkeypatch):
    from bbiccheck import regex_cache

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    pattern, flags = PATTERNS[2]
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)
