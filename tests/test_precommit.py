"""The pre-commit hook of .pre-commit-hooks.yaml, run for real by pre-commit against a snapshot of this tree.

pre-commit clones a hook repository at a commit, so the test commits a snapshot of the working tree
(tracked and untracked files, as `git ls-files -co --exclude-standard` lists them) into a temporary
repository: it tests what is on disk, before the lead commits. The `bbiccheck` hook is
`language: python`: pre-commit builds a virtualenv and pip-installs this package and its dependencies
from the package index (about a minute here with a warm pip cache), which is also the check that
`pip install .` gives a working tool, rules included.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-25"
GOOD = "# Anteckning\n\nMöte med skolan om schemat.\n"
BAD = "# Utredning\n\nUtredningen inleddes 2026-01-10.\n"  # overdue, no analysis, no child voice: errors


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    return subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args], cwd=cwd,
                          env=env, check=True, capture_output=True, text=True).stdout.strip()


def snapshot(target: Path) -> str:
    """Commit the project's files as they are on disk into ``target``; return the commit sha."""
    listed = git(ROOT, "ls-files", "-co", "--exclude-standard", "-z").split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if not source.exists() and not source.is_symlink():
            continue  # deleted in the working tree
        dest = target / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest, follow_symlinks=False)  # bbiccheck/_rules is a symlink: keep it one
    git(target, "init", "-q")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "snapshot")
    return git(target, "rev-parse", "HEAD")


def pre_commit(work: Path, home: Path, *files: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--files", *files], cwd=work, env=env,
                          capture_output=True, text=True, timeout=900)


def test_hook_fails_on_bad_document_and_passes_good_one(tmp_path):
    hook_repo = tmp_path / "hook-repo"
    hook_repo.mkdir()
    sha = snapshot(hook_repo)

    work = tmp_path / "work"
    work.mkdir()
    git(work, "init", "-q")
    (work / "good.md").write_text(GOOD, encoding="utf-8")
    (work / "bad.md").write_text(BAD, encoding="utf-8")
    # --today pins the check date so the deadline findings do not depend on the clock.
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n"
        f"  - repo: {hook_repo}\n"
        f"    rev: {sha}\n"
        f"    hooks:\n"
        f"      - id: bbiccheck\n"
        f"        args: [--fail-on, error, --today, '{TODAY}']\n"
        f"        additional_dependencies: []\n",
        encoding="utf-8")
    git(work, "add", "-A")
    home = tmp_path / "pre-commit-home"

    both = pre_commit(work, home, "good.md", "bad.md")
    assert both.returncode == 1, both.stdout + both.stderr
    assert "bad.md" in both.stdout and "BARN01" in both.stdout
    assert "exit code: 1" in both.stdout  # findings, not a crash (2) or an unreadable file (4)

    good = pre_commit(work, home, "good.md")  # the environment is reused: seconds, not a minute
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout

    skipped = pre_commit(work, home, ".pre-commit-config.yaml")  # not a document: the hook does not run
    assert skipped.returncode == 0 and "no files to check" in skipped.stdout.lower()


def test_hooks_file_declares_both_hooks():
    import yaml

    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"bbiccheck", "bbiccheck-system"}
    for hook in hooks.values():
        assert hook["entry"] == "bbiccheck check"
        assert hook["files"] == r"\.(docx|odt|md)$"
        assert hook["pass_filenames"] is True
        assert hook["args"] == ["--fail-on", "error"]
    assert hooks["bbiccheck"]["language"] == "python"
    assert hooks["bbiccheck-system"]["language"] == "system"
