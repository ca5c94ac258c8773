"""Running the real CLI in a child process and measuring it (peak memory, wall time).

Peak memory is the child's own high-water mark (``VmHWM`` in /proc, the kernel's exact peak of the
process's memory since its exec, read every 50 ms), and, for runs that start worker processes, the
largest sum of PSS over the process tree seen by polling with psutil: PSS splits pages the processes
share (the forked interpreter, spaCy, the memory-mapped lemma store) between them, where a sum of RSS
would count them once per worker. Not ``ru_maxrss``: on Linux a child started with vfork inherits its
parent's peak in it (a pytest process of 440 MB made every child "440 MB").
Output goes to files, not pipes, so a chatty child can never block on a full pipe.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
HANG_GUARD_SECONDS = 120  # a hang guard only, not a performance assertion (see docs/robustness.md)

# What an error message must not contain, and the verbs that say what to do.
PYTHON_NAMES = re.compile(r"Traceback|BadZipFile|KeyError|ValueError|OSError|XMLSyntaxError|"
                          r"\b[A-Z][A-Za-z]+(Error|Exception)\b|errno|\.py\b")
ACTIONS_SV = ("kör igen", "ange", "kontrollera", "spara", "exportera", "dela upp", "förenkla", "be om")
ACTIONS_EN = ("run again", "give", "check", "save", "export", "split", "simplify", "ask for")


@dataclass
class Run:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float
    seconds: float
    own_mb: float = 0.0  # the started process's own high-water mark
    tree_mb: float = 0.0  # the largest PSS sum over its process tree


class Started:
    def __init__(self, args: list[str], cwd: Path, env: dict[str, str] | None = None, name: str = "run"):
        self.args = args
        self.out = cwd / f".{name}.stdout"
        self.err = cwd / f".{name}.stderr"
        full_env = dict(os.environ, PYTHONUNBUFFERED="1", **(env or {}))
        full_env.pop("COLUMNS", None)
        with open(self.out, "wb") as out, open(self.err, "wb") as err:
            self.started = time.monotonic()
            self.proc = psutil.Popen([sys.executable, "-m", "bbiccheck", *args], cwd=cwd, env=full_env,
                                     stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                     start_new_session=True)
        self.tree_peak = 0
        self.high_water = 0

    def poll_tree(self) -> None:
        try:
            with open(f"/proc/{self.proc.pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        self.high_water = max(self.high_water, int(line.split()[1]) * 1024)
        except (OSError, ValueError):
            pass  # gone (or a zombie) between two polls
        try:
            procs = [self.proc] + self.proc.children(recursive=True)
            total = 0
            for p in procs:
                try:
                    total += p.memory_full_info().pss
                except psutil.Error:
                    pass
            self.tree_peak = max(self.tree_peak, total)
        except psutil.Error:
            pass

    def finish(self, timeout: float = HANG_GUARD_SECONDS) -> Run:
        return finish_all([self], timeout)[0]

    def _ended(self, timeout: float) -> Run | None:
        """The Run if the process has exited (else None); kills it past the hang guard."""
        pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
        if not pid:
            if time.monotonic() > self.started + timeout:
                os.killpg(self.proc.pid, signal.SIGKILL)
                os.wait4(self.proc.pid, 0)
                raise AssertionError(f"bbiccheck {' '.join(self.args)} still running after {timeout} s (hang guard)")
            return None
        seconds = time.monotonic() - self.started
        self.proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        own = self.high_water or usage.ru_maxrss * 1024  # ru_maxrss (KB) only if it ended before a poll
        mb = 1024 * 1024
        return Run(self.args, self.proc.returncode, self.out.read_text("utf-8"), self.err.read_text("utf-8"),
                   max(own, self.tree_peak) / mb, seconds, own / mb, self.tree_peak / mb)


def finish_all(started: list[Started], timeout: float = HANG_GUARD_SECONDS) -> list[Run]:
    """Waits for runs started together, polling the memory of every one still running: a run finished
    one after the other would go unmeasured while an earlier one is waited for."""
    runs: dict[int, Run] = {}
    while len(runs) < len(started):
        for i, run in enumerate(started):
            if i not in runs:
                run.poll_tree()
                ended = run._ended(timeout)
                if ended is not None:
                    runs[i] = ended
        time.sleep(0.05)
    return [runs[i] for i in range(len(started))]


def run_cli(args: list[str], cwd: Path, env: dict[str, str] | None = None, name: str = "run",
            timeout: float = HANG_GUARD_SECONDS) -> Run:
    return Started(args, cwd, env, name).finish(timeout)
