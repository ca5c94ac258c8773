"""The command line: arguments in, one call into the engine, a report out, an exit code back.

Exit codes (documented in the README; integrators rely on them):
  0  no findings at or above the fail level, every file read
  1  findings at or above the fail level
  2  bad usage, configuration or rule files (nothing was checked)
  4  some file could not be read (added to 1: 5 = findings and unreadable files)
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from pathlib import Path

import click

from bbiccheck import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 4
FAIL_LEVELS = ("error", "warning", "info", "never")


def parse_date(ctx, param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; use YYYY-MM-DD") from None


class Program(click.Group):
    """The command group. Called as a program (console script, ``python -m bbiccheck``) rather than the
    way CliRunner calls it (``main.main(...)``), it owns its process and may tune it (see start_up)."""

    owns_process = False

    def __call__(self, *args, **kwargs):
        self.owns_process = True
        return super().__call__(*args, **kwargs)


def build() -> str:
    """Whether setup.py compiled the annotation module (without it the same code annotates ~30 % slower)."""
    from importlib.util import find_spec

    origin = find_spec("bbiccheck.nlp").origin or ""  # finds the module without importing it (and spaCy)
    return "pure Python" if origin.endswith(".py") else "compiled annotation"


@click.group(cls=Program, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bbiccheck", message=f"%(prog)s, version %(version)s ({build()})")
def main() -> None:
    """bbiccheck – granskar BBIC-utredningar och planer offline och ger återkoppling för lärande."""


def fail(message: str, debug: bool, error: Exception | None = None) -> None:
    if debug and error is not None:
        raise error
    click.echo(f"bbiccheck: {message}", err=True)
    sys.exit(EXIT_USAGE)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--today", "today", callback=parse_date, help="Check date YYYY-MM-DD for every deadline (default: today).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "html", "sarif", "junit"]), default="text",
              show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write the report to FILE instead of stdout.")
@click.option("--annotate", "annotate_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Write a copy of each .docx with Word comments to this folder.")
@click.option("--report-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Caseload mode: per-case reports, dashboard, findings.csv and caseload.json in this folder.")
@click.option("--baseline", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="An earlier caseload.json to compare with (with --report-dir).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Processes for --report-dir (default: all cores).")
@click.option("--lang", type=click.Choice(["sv", "en"]), help="Report language (default sv).")
@click.option("--redact", is_flag=True, help="Mask personnummer and the names the documents declare.")
@click.option("--no-text", is_flag=True, help="Leave quoted document text out of the JSON output.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), help="Lowest severity that gives exit code 1 (default error).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="bbiccheck.yaml to use (default: found in the checked folder or a parent).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Extra rule folder (repeatable).")
@click.option("--select", help="Run only these rule ids, comma-separated.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def check(paths, today, fmt, output, annotate_dir, report_dir, baseline, jobs, lang, redact, no_text, fail_on,
          config_path, rule_dirs, select, debug):
    """Check case files: a document, a case folder, or a caseload of case folders."""
    start_up()
    if report_dir is not None and jobs != 1 and (os.cpu_count() or 1) > 1:
        from bbiccheck.caseload.pool import start_forkserver

        start_forkserver()
    from bbiccheck.config import ConfigError, find_config, load_config
    from bbiccheck.engine import Checker
    from bbiccheck.ruleset import RuleError

    try:
        config = load_config(config_path or find_config(paths[0]))
        checker = Checker.create(config, rule_dirs, [s.strip() for s in select.split(",")] if select else ())
    except (ConfigError, RuleError) as error:
        fail(str(error), debug, error)
    lang = lang or config.lang or "sv"
    fail_on = fail_on or config.fail_on or "error"
    check_date = today or dt.date.today()  # the only place the clock is read
    for path in paths:
        if not path.exists() and not path.is_symlink():
            fail(f"{path}: no such file or folder", debug)

    if report_dir is not None:
        from bbiccheck.caseload import run_caseload

        start_up_done()
        summary = run_caseload(checker, paths, report_dir, check_date, lang=lang, jobs=jobs, redact=redact,
                               baseline=baseline, debug=debug)
        sys.exit(exit_code(summary.worst_severities, summary.unreadable, fail_on))

    from bbiccheck.model import Report
    from bbiccheck.report import render

    checker.prepare()
    start_up_done()
    reports, shown, redactors = [], [], []  # only the HTML report shows document text and keeps the Case
    for case, case_report in checker.check_paths(paths, check_date, lang, debug):
        if redact:
            from bbiccheck.report.redact import Redactor

            redactors.append(Redactor.from_case(case))
            case_report = redactors[-1].report(case_report)
        if annotate_dir is not None:
            write_annotations(case, case_report, annotate_dir, lang, redact)
        reports.append(case_report)
        if fmt == "html":
            shown.append((case, case_report))
    report = Report(check_date=check_date, lang=lang, cases=reports)
    text = render(fmt, report, shown, lang=lang, include_text=not no_text, redactors=redactors)
    if output:
        from bbiccheck.files import write_atomic

        write_atomic(output, text.encode("utf-8"))
    else:
        click.echo(text, nl=False)
    severities = {f.severity.value for _, f in report.findings()}
    unreadable = sum(len(c.errors) for c in report.cases)
    sys.exit(exit_code(severities, unreadable, fail_on))


def start_up() -> None:
    """Tuning for a check in a process of its own; in-process callers (CliRunner in the tests) keep theirs.

    Start-up (imports, rule models, the spaCy pipeline) makes many long-lived objects and next to no
    garbage: the cyclic GC would only scan them again and again (~0.1 s) and once more at exit (~0.25 s).
    So it runs with the GC off, and start_up_done freezes what it built out of the GC's reach.
    NumPy's OpenBLAS starts a thread per core on import and joins them at exit (~0.05 s); nothing here
    does linear algebra (the user's own setting wins, and caseload workers inherit this one)."""
    if main.owns_process:
        gc.disable()
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def start_up_done() -> None:
    if main.owns_process:
        from bbiccheck.engine import GC_THRESHOLDS

        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)
        gc.enable()


def exit_code(severities: set[str], unreadable: int, fail_on: str) -> int:
    order = ["info", "warning", "error"]
    failing = fail_on != "never" and any(order.index(s) >= order.index(fail_on) for s in severities)
    return (EXIT_FINDINGS if failing else EXIT_CLEAN) | (EXIT_UNREADABLE if unreadable else 0)


def write_annotations(case, case_report, out_dir: Path, lang: str, redact: bool) -> None:
    from bbiccheck.report.docx_annotate import annotate_docx

    if redact:  # the copy holds the whole document: redacting only the comments would promise too much
        click.echo(f"bbiccheck: {case.id}: no annotated copy with --redact (the copy would hold the full text)", err=True)
        return

    out_dir.mkdir(parents=True, exist_ok=True)
    case_level = [f for f in case_report.findings if f.document is None]
    for doc in case.documents:
        if Path(doc.path).suffix.lower() not in (".docx", ".docm"):
            continue
        findings = [f for f in case_report.findings if f.document == doc.path] + case_level
        # a single file keeps its name; documents of a case folder go into a folder named after the case
        target = out_dir / Path(doc.path).name if Path(case.path).is_file() else out_dir / case.id / Path(doc.path).name
        annotate_docx(Path(doc.path), target, doc, findings, lang)


@main.group()
def rules() -> None:
    """List, show, test and describe the rules."""


def _load(rule_dirs, debug):
    from bbiccheck.ruleset import RuleError, load_rules

    try:
        return load_rules(list(rule_dirs))
    except RuleError as error:
        fail(str(error), debug, error)


@rules.command("list")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--lang", type=click.Choice(["sv", "en"]), default="sv")
def rules_list(rule_dirs, lang):
    """One line per rule: id, severity, category, title."""
    ruleset = _load(rule_dirs, False)
    for rule in ruleset.rules:
        click.echo(f"{rule.id:<9} {rule.severity.value:<8} {rule.category.value:<28} {rule.title(lang)}")


@rules.command("show")
@click.argument("rule_id")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--lang", type=click.Choice(["sv", "en"]), default="sv")
def rules_show(rule_id, rule_dirs, lang):
    """The full explanation of one rule."""
    ruleset = _load(rule_dirs, False)
    rule = ruleset.get(rule_id.upper())
    if rule is None:
        fail(f"no rule {rule_id}; see `bbiccheck rules list`", False)
    labels = {"sv": ("Kategori", "Allvarlighet", "Gäller", "Varför", "Referens", "Reflektionsfråga", "Bättre", "Exempel", "Fil"),
              "en": ("Category", "Severity", "Applies to", "Why", "Reference", "Reflection question", "Better", "Examples", "File")}[lang]
    fb = rule.feedback
    click.echo(f"{rule.id} – {rule.title(lang)} ({rule.name})\n")
    click.echo(f"{labels[0]}: {rule.category.value}\n{labels[1]}: {rule.severity.value}\n"
               f"{labels[2]}: {', '.join(t.value for t in rule.applies_to) or '*'}\n")
    click.echo(f"{rule.message(lang)}\n")
    for label, text in zip(labels[3:7], (fb.why, fb.reference, fb.reflection, fb.better)):
        click.echo(f"{label}: {text(lang)}\n")
    click.echo(f"{labels[7]}: " + ", ".join(f"{e.name} ({e.expect})" for e in rule.examples))
    click.echo(f"{labels[8]}: {ruleset.files[rule.id]}")


@rules.command("test")
@click.argument("rule_dirs", nargs=-1, type=click.Path(path_type=Path, file_okay=False, exists=True))
def rules_test(rule_dirs):
    """Run the good and bad examples of every rule (default rules plus DIRs)."""
    from bbiccheck.testing import run_all_examples

    ruleset = _load(rule_dirs, False)
    failures = 0
    for rule, example, problem in run_all_examples(ruleset):
        if problem:
            failures += 1
            click.echo(f"FAIL {rule.id} {example.name}: {problem}")
    total = sum(len(r.examples) for r in ruleset.rules)
    click.echo(f"{total - failures}/{total} examples pass")
    sys.exit(EXIT_FINDINGS if failures else EXIT_CLEAN)


@rules.command("schema")
def rules_schema():
    """JSON Schema for rule files (point your editor's YAML validation at it)."""
    import json

    from bbiccheck.ruleset import rule_schema

    click.echo(json.dumps(rule_schema(), ensure_ascii=False, indent=2))


@main.command("eval")
@click.argument("corpus", type=click.Path(path_type=Path, file_okay=False, exists=True), default=Path("tests/corpus"))
@click.option("--verbose", "-v", is_flag=True, help="List every false positive and false negative.")
def evaluate(corpus, verbose):
    """Precision and recall per category on a labelled corpus (tests/corpus)."""
    from bbiccheck.evaluation import evaluate_corpus, format_table

    result = evaluate_corpus(corpus)
    click.echo(format_table(result, verbose))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True)
@click.option("--token-file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="File holding a bearer token that every /v1 request must send.")
@click.option("--max-upload-mb", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--max-concurrent", type=click.IntRange(min=1), default=8, show_default=True,
              help="Checks running at once; more get 503.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a check may take; slower ones get 504.")
def serve(host, port, token_file, max_upload_mb, max_concurrent, timeout):
    """HTTP service: POST /v1/check, GET /v1/rules, GET /healthz, API docs at /docs."""
    import logging

    try:
        import uvicorn

        from bbiccheck.serve import MB, Settings, create_app, read_token
    except ImportError as error:
        fail(f"the service needs the serve extra: pip install 'bbiccheck[serve]' ({error.name} is missing)", False)
    try:
        token = read_token(token_file)
    except (OSError, ValueError) as error:
        fail(str(error), False)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings(token=token, max_upload_bytes=max_upload_mb * MB, max_concurrent=max_concurrent,
                        timeout=timeout)
    # Access logs are off: the service logs its own counts and timings, and nothing else.
    uvicorn.run(create_app(settings), host=host, port=port, access_log=False, log_level="info")


@main.command("compare")
@click.argument("old", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.argument("new", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["sv", "en"]), default="sv", help="Language of the labels.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def compare_command(old, new, fmt, lang, debug):
    """Fixed, new and remaining findings between two runs (caseload.json or JSON reports), old first."""
    import json

    from bbiccheck.compare import compare
    from bbiccheck.report.compare_report import render_comparison

    try:
        reports = [json.loads(path.read_text(encoding="utf-8")) for path in (old, new)]
        if not all(isinstance(r, dict) and isinstance(r.get("cases"), list) for r in reports):
            raise ValueError("not a bbiccheck JSON report (no 'cases' list)")
        comparison = compare(*reports)
    except (OSError, ValueError, KeyError, TypeError) as error:
        fail(f"cannot compare {old} and {new}: {error}", debug, error)
    click.echo(render_comparison(comparison, fmt, lang), nl=False)


if __name__ == "__main__":
    main()
