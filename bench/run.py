"""The benchmark: throughput, time per stage, the floor, scaling, memory and cold start.

    python -m bench.run [--docs N] [--jobs J] [--scale K] [--work DIR] [--quick] [--json FILE]

Parts (each can be skipped, see --help):

* **stages** – N one-document cases (utredning, ≈3,000 words × K) checked in this process with the real
  engine. Stage times are taken by wrapping, in this process only, the functions the engine calls
  (``bbiccheck.load.read_file`` / ``build`` / ``EventTagger.mentions`` / ``assemble``,
  ``bbiccheck.nlp.annotate``, every ``CHECKS[kind].run``) and by timing the JSON rendering; engine code
  is not changed. Wall time (perf_counter) and CPU time (process_time) are both reported: on a shared
  machine CPU time is the steadier figure.
* **floor** – the unavoidable work on the same files: unzip + XML parse + text extraction (every
  ``w:t`` of every ``w:p``) + spaCy tokenisation (``spacy.blank("sv")``, the Docs only). The pipeline is
  reported as a ratio to it. Within a round the two take turns, ``--chunk`` documents each, so that both
  are timed over the same stretch of a shared machine's drifting speed; of ``--rounds`` rounds the one
  with the median ratio is reported.
* **length** – documents at 1×, 4×, 16× length: time per word per stage; a stage whose time per word at
  16× is more than 1.5× that at 1× is flagged as growing faster than linear.
* **caseload** – realistic case folders (3–5 documents each) of 100, 1,000, 4,000 documents checked with
  ``--jobs J`` through the CLI caseload mode (``bbiccheck check DIR --report-dir OUT --jobs J``) when
  ``bbiccheck/caseload.py`` exists, else a ProcessPoolExecutor over ``check_case`` that writes one JSON
  report per case. Peak RSS is the process tree's (psutil, children included), polled every 50 ms.
* **cold** – ``bbiccheck check one-3000-word.docx --format json --today 2026-11-25`` in a fresh
  process, median of 5 (process start to report).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
import zipfile
from collections import defaultdict
from pathlib import Path

CHECK_DATE = dt.date(2026, 11, 25)
REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "bbiccheck"


# --------------------------------------------------------------------------------------------
# Timers


class Timer:
    """Accumulates wall and CPU seconds per stage name."""

    def __init__(self):
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[str] = []

    def wrap(self, name: str, fn, consume: bool = False):
        def timed(*args, **kwargs):
            w, c = time.perf_counter(), time.process_time()
            try:
                result = fn(*args, **kwargs)
                if consume:
                    result = list(result)
                return result
            finally:
                self.wall[name] += time.perf_counter() - w
                self.cpu[name] += time.process_time() - c
                self.calls[name] += 1

        timed.__wrapped__ = fn
        return timed

    def add(self, name: str, wall: float, cpu: float):
        self.wall[name] += wall
        self.cpu[name] += cpu
        self.calls[name] += 1


def instrument(timer: Timer):
    """Wrap the functions the engine calls (in this process only). Returns an undo function."""
    import bbiccheck.load as load
    import bbiccheck.nlp as nlp
    from bbiccheck.checks import CHECKS
    from bbiccheck.load.dates import EventTagger

    saved = [(load, "read_file", load.read_file), (load, "build", load.build), (load, "assemble", load.assemble),
             (nlp, "annotate", nlp.annotate), (EventTagger, "mentions", EventTagger.mentions)]
    load.read_file = timer.wrap("load.read", load.read_file)
    load.build = timer.wrap("load.sections", load.build)
    load.assemble = timer.wrap("load.assemble", load.assemble)
    EventTagger.mentions = timer.wrap("load.dates", EventTagger.mentions)
    nlp.annotate = timer.wrap("nlp.annotate", nlp.annotate)
    checks = dict(CHECKS)
    for kind, check in checks.items():
        CHECKS[kind] = dataclasses.replace(check, run=timer.wrap(f"rule.{kind}", check.run, consume=True))

    def undo():
        for owner, attr, value in saved:
            setattr(owner, attr, value)
        CHECKS.update(checks)

    return undo


# --------------------------------------------------------------------------------------------
# Corpus


def corpus(work: Path, name: str, **kwargs) -> Path:
    """Generate (once, cached by parameters) a corpus under work/name."""
    from bench.generate import generate

    path = work / name
    stamp = path / ".params.json"
    params = json.dumps(kwargs, sort_keys=True)
    if stamp.exists() and stamp.read_text() == params:
        return path
    if path.exists():
        shutil.rmtree(path)
    t = time.perf_counter()
    generate(path, jobs=2, **kwargs)
    stamp.write_text(params)
    print(f"  generated {name} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


def doc_files(path: Path) -> list[Path]:
    return sorted(path.glob("*/*.docx"))


def mixed_corpus(work: Path, docs: int, seed: int) -> Path:
    """Realistic case folders holding at least ``docs`` documents in all (about 3.8 per case)."""
    from bench.generate import make_case, plan_documents

    cases, total = 0, 0
    while total < docs:
        cases += 1
        total += len(plan_documents(make_case(seed, cases), None))
    return corpus(work, f"mixed-{docs}-s{seed}", cases=cases, seed=seed, scale=1.0)


# --------------------------------------------------------------------------------------------
# Stages and floor


class PipelineRun:
    """The real engine in this process, one-document cases, every stage timed (``check`` may be called
    on several slices of the files in turn; ``result`` sums them)."""

    def __init__(self, render: bool = True):
        from bbiccheck.engine import Checker

        self.checker = Checker.create()
        self.checker.nlp  # built once per process, outside the timings (reported separately)
        self.render = render
        self.timer = Timer()
        self.docs = self.words = self.chars = self.findings = 0
        self.warmed = False

    def check(self, files: list[Path]) -> None:
        from bbiccheck.engine import GC_THRESHOLDS
        from bbiccheck.load import CaseSource
        from bbiccheck.model import Report
        from bbiccheck.report import render as render_report

        checker, timer = self.checker, self.timer
        if not self.warmed:
            warm = CaseSource(files[0].stem, files[0], (files[0],))
            checker.check_case(checker.load(warm), CHECK_DATE)
            gc.freeze()  # as the CLI and the caseload workers do once the pipeline is built
            gc.set_threshold(*GC_THRESHOLDS)
            self.warmed = True
        undo = instrument(timer)
        try:
            for f in files:
                source = CaseSource(f.parent.name + "/" + f.stem, f, (f,))
                w, c = time.perf_counter(), time.process_time()
                case = checker.load(source)
                timer.add("load", time.perf_counter() - w, time.process_time() - c)
                w, c = time.perf_counter(), time.process_time()
                report = checker.check_case(case, CHECK_DATE)
                timer.add("check", time.perf_counter() - w, time.process_time() - c)
                if self.render:
                    w, c = time.perf_counter(), time.process_time()
                    render_report("json", Report(check_date=CHECK_DATE, cases=[report]), [(None, report)])
                    timer.add("render.json", time.perf_counter() - w, time.process_time() - c)
                for d in case.documents:
                    self.words += sum(len(b.text.split()) for b in d.blocks())
                    self.chars += len(d.text.encode("utf-8"))
                self.findings += len(report.findings)
                self.docs += 1
        finally:
            undo()

    def result(self) -> dict:
        timer = Timer()
        for k in self.timer.wall:
            timer.add(k, self.timer.wall[k], self.timer.cpu[k])
        # the pipeline is its timed stages: the counting above is the benchmark's own
        wall = sum(timer.wall[k] for k in ("load", "check", "render.json"))
        cpu = sum(timer.cpu[k] for k in ("load", "check", "render.json"))
        rules = sum(v for k, v in timer.cpu.items() if k.startswith("rule."))
        rules_wall = sum(v for k, v in timer.wall.items() if k.startswith("rule."))
        timer.add("check.other", timer.wall["check"] - timer.wall["nlp.annotate"] - rules_wall,
                  timer.cpu["check"] - timer.cpu["nlp.annotate"] - rules)
        timer.add("load.other", timer.wall["load"] - timer.wall["load.read"] - timer.wall["load.assemble"],
                  timer.cpu["load"] - timer.cpu["load.read"] - timer.cpu["load.assemble"])
        return dict(docs=self.docs, words=self.words, text_mb=self.chars / 1e6, findings=self.findings, wall=wall,
                    cpu=cpu, stages={k: dict(wall=timer.wall[k], cpu=timer.cpu[k]) for k in sorted(timer.wall)})


class FloorRun:
    """Unzip + XML parse + text extraction + spaCy tokenisation of the same files (``read`` may be called
    on several slices in turn, like ``PipelineRun.check``)."""

    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

    def __init__(self):
        import spacy
        from lxml import etree

        self.nlp = spacy.blank("sv")
        self.parser = etree.XMLParser(resolve_entities=False, huge_tree=False)
        self.stages = defaultdict(lambda: [0.0, 0.0])
        self.docs = 0
        list(self.nlp.tokenizer.pipe(["Uppvärmning av tokeniseraren."]))

    def _tick(self, name, w, c):
        self.stages[name][0] += time.perf_counter() - w
        self.stages[name][1] += time.process_time() - c

    def read(self, files: list[Path]) -> None:
        from lxml import etree

        p_tag, t_tag = self.W + "p", self.W + "t"
        tick = self._tick
        for f in files:
            w, c = time.perf_counter(), time.process_time()
            with zipfile.ZipFile(f) as z:
                data = z.read("word/document.xml")
            tick("unzip", w, c)
            w, c = time.perf_counter(), time.process_time()
            root = etree.fromstring(data, self.parser)
            tick("xml", w, c)
            w, c = time.perf_counter(), time.process_time()
            texts = ["".join(t.text or "" for t in p.iter(t_tag)) for p in root.iter(p_tag)]
            texts = [t for t in texts if t.strip()]
            tick("text", w, c)
            w, c = time.perf_counter(), time.process_time()
            for _ in self.nlp.tokenizer.pipe(texts):  # the Docs only: walking their Token objects is not unavoidable
                pass
            tick("tokenise", w, c)
            self.docs += 1

    def result(self) -> dict:
        # the floor is its timed steps, as the pipeline is its timed stages
        wall, cpu = sum(v[0] for v in self.stages.values()), sum(v[1] for v in self.stages.values())
        return dict(docs=self.docs, wall=wall, cpu=cpu,
                    stages={k: dict(wall=v[0], cpu=v[1]) for k, v in self.stages.items()})


def run_stages(files: list[Path], *, render: bool = True) -> dict:
    """Check each file as a one-document case in this process; time every stage."""
    run = PipelineRun(render)
    run.check(files)
    return run.result()


def run_interleaved(files: list[Path], chunk: int) -> tuple[dict, dict]:
    """The pipeline and the floor on the same files, ``chunk`` documents of one, then the same of the other:
    on a shared virtual machine the speed drifts by tens of per cent within seconds, and the two measured
    in turn over the same stretch of time see the same machine."""
    pipeline, floor = PipelineRun(), FloorRun()
    for i in range(0, len(files), chunk):
        pipeline.check(files[i:i + chunk])
        floor.read(files[i:i + chunk])
    return pipeline.result(), floor.result()


# --------------------------------------------------------------------------------------------
# Caseload (a fresh process tree, peak RSS polled)


def _tree_rss(proc, cpu: dict | None = None) -> tuple[int, int]:
    """(RSS, PSS) summed over the process tree. RSS counts a page shared by several processes (forked
    copy-on-write memory, the memory-mapped lemma store) once per process; PSS divides it among them, so
    the PSS sum is the memory the tree really holds."""
    import psutil

    rss = pss = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0, 0
    for p in procs:
        try:
            info = p.memory_full_info()
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
            if cpu is not None:
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return rss, pss


def run_tree(cmd: list[str], cwd: Path | None = None) -> dict:
    """Run ``cmd``; return wall seconds, exit code, peak RSS of its process tree, children CPU seconds."""
    import psutil

    t0 = time.perf_counter()
    before = os.times()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak, peak_pss = 0, 0
    tree_cpu: dict[int, float] = {}  # pid -> CPU seconds last seen: forkserver workers are not our children
    done = threading.Event()

    def poll():
        nonlocal peak, peak_pss
        while not done.is_set():
            rss, pss = _tree_rss(ps, tree_cpu)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            time.sleep(0.05)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    out, err = proc.communicate()
    done.set()
    thread.join()
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    cpu = max(cpu, sum(tree_cpu.values()))  # os.times misses grandchildren that the child did not wait for
    return dict(wall=wall, rc=proc.returncode, peak_rss_mb=peak / 2**20, peak_pss_mb=peak_pss / 2**20, cpu=cpu,
                stdout=out, stderr=err)


def caseload_worker(root: str, out: str, jobs: int) -> None:
    """Fallback caseload mode (no bbiccheck/caseload.py): a ProcessPoolExecutor over cases, one JSON
    report per case written to ``out``. Prints a JSON summary."""
    from concurrent.futures import ProcessPoolExecutor

    from bbiccheck.load import discover

    sources = list(discover(Path(root)))
    Path(out).mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(jobs, initializer=_init_worker) as pool:
        results = list(pool.map(_check_one, [(s, out) for s in sources], chunksize=4))
    print(json.dumps(dict(cases=len(results), docs=sum(r[0] for r in results), findings=sum(r[1] for r in results))))


_CHECKER = None


def _init_worker():
    global _CHECKER
    from bbiccheck.engine import Checker

    _CHECKER = Checker.create()


def _check_one(args):
    source, out = args
    from bbiccheck.model import Report
    from bbiccheck.report import render

    case = _CHECKER.load(source)
    report = _CHECKER.check_case(case, CHECK_DATE)
    text = render("json", Report(check_date=CHECK_DATE, cases=[report]), [(None, report)])
    (Path(out) / f"{source.id}.json").write_text(text, encoding="utf-8")
    return len(case.documents), len(report.findings)


def _has_caseload_cli() -> bool:
    """``bbiccheck check DIR --report-dir OUT`` exists (bbiccheck/caseload.py, now the package bbiccheck/caseload/)."""
    return (REPO / "bbiccheck" / "caseload.py").exists() or (REPO / "bbiccheck" / "caseload" / "__init__.py").exists()


def run_caseload(root: Path, jobs: int, out: Path) -> dict:
    if out.exists():
        shutil.rmtree(out)
    if _has_caseload_cli():
        mode = "cli"
        cmd = [str(BIN), "check", str(root), "--report-dir", str(out), "--jobs", str(jobs),
               "--today", CHECK_DATE.isoformat()]
    else:
        mode = "pool"
        cmd = [sys.executable, "-m", "bench.run", "--caseload-worker", str(root), str(out), str(jobs)]
    result = run_tree(cmd, cwd=REPO)
    result["mode"] = mode
    if mode == "cli" and result["rc"] not in (0, 1, 4, 5):
        result["error"] = result["stderr"].decode(errors="replace")[-2000:]
    if mode == "pool" and result["rc"] != 0:
        result["error"] = result["stderr"].decode(errors="replace")[-2000:]
    result.pop("stdout")
    result.pop("stderr")
    return result


def run_cold(file: Path, repeat: int = 5) -> dict:
    """Process start to report, as on an installed machine: the package's bytecode is written first (pip
    does so at install; an editable install under PYTHONDONTWRITEBYTECODE would recompile 20 modules per
    run), and one untimed run fills the user's cache (lemma store, tokeniser regexes) as a first use does."""
    import compileall

    import bbiccheck

    compileall.compile_dir(Path(bbiccheck.__file__).parent, quiet=1)
    times = []
    for i in range(repeat + 1):
        t = time.perf_counter()
        proc = subprocess.run([str(BIN), "check", str(file), "--format", "json", "--today", CHECK_DATE.isoformat()],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if i:
            times.append(time.perf_counter() - t)
        if proc.returncode not in (0, 1):
            raise RuntimeError(proc.stderr.decode()[-1000:])
    return dict(median=statistics.median(times), runs=times)


# --------------------------------------------------------------------------------------------
# Report


def machine() -> dict:
    import psutil

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from bbiccheck.cli import build

    return dict(nproc=os.cpu_count(), cpu=cpu, ram_gb=round(psutil.virtual_memory().total / 2**30, 1),
                python=platform.python_version(), load_avg=os.getloadavg(), build=build())


def fmt_stage_table(stages: dict, docs: int, words: int) -> str:
    order = ["load", "load.read", "load.assemble", "load.sections", "load.dates", "load.other", "check",
             "nlp.annotate"] + sorted(k for k in stages if k.startswith("rule.")) + ["check.other", "render.json"]
    total_cpu = stages["load"]["cpu"] + stages["check"]["cpu"] + stages.get("render.json", {}).get("cpu", 0)
    lines = ["| stage | wall s | CPU s | CPU ms/doc | CPU µs/word | share of CPU |", "|---|---:|---:|---:|---:|---:|"]
    for k in order:
        if k not in stages:
            continue
        s = stages[k]
        indent = "" if k in ("load", "check", "render.json") else "  "
        lines.append(f"| {indent}{k} | {s['wall']:.3f} | {s['cpu']:.3f} | {1000 * s['cpu'] / docs:.2f} | "
                     f"{1e6 * s['cpu'] / max(words, 1):.2f} | {100 * s['cpu'] / total_cpu:.1f}% |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--caseload-worker"]:
        caseload_worker(argv[1], argv[2], int(argv[3]))
        return
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=200, help="Documents for the stage/floor benchmark (default 200).")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--scale", type=float, default=1.0, help="Length of the stage-benchmark documents (×3,000 words).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("BBIC_BENCH_WORK", "/tmp/bbiccheck-bench")))
    ap.add_argument("--caseloads", default="100,1000,4000", help="Caseload sizes in documents ('' to skip).")
    ap.add_argument("--lengths", default="1,4,16", help="Length multipliers for the scaling run ('' to skip).")
    ap.add_argument("--batch", default="200,1000",
                    help="Batch runs: this many one-document utredning cases (≈3,300 words) through the CLI "
                         "caseload mode with --jobs ('' to skip).")
    ap.add_argument("--rounds", type=int, default=3,
                    help="Pipeline and floor runs, alternating; the round with the median ratio is reported (default 3).")
    ap.add_argument("--chunk", type=int, default=10,
                    help="Documents the pipeline and the floor check in turn within a round (default 10).")
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--quick", action="store_true", help="--docs 40 --caseloads 100 --lengths 1,4 (a smoke run).")
    ap.add_argument("--json", type=Path, help="Also write all results as JSON to this file.")
    args = ap.parse_args(argv)
    if args.quick:
        args.docs, args.caseloads, args.lengths, args.batch = min(args.docs, 40), "100", "1,4", ""
    args.work.mkdir(parents=True, exist_ok=True)
    results: dict = dict(machine=machine(), args={k: str(v) for k, v in vars(args).items()},
                         date=dt.datetime.now().isoformat(timespec="seconds"))
    say = lambda s="": print(s, flush=True)  # noqa: E731

    say(f"# bbiccheck benchmark  ({results['machine']['cpu']}, {results['machine']['nproc']} cores, "
        f"Python {results['machine']['python']}, {results['machine']['build']}, "
        f"load avg {results['machine']['load_avg'][0]:.1f})\n")

    # 1. stages + floor on N utredning documents
    path = corpus(args.work, f"utredning-{args.docs}-x{args.scale:g}-s{args.seed}", cases=args.docs, seed=args.seed,
                  scale=args.scale, only=["utredning"])
    files = doc_files(path)
    t = time.perf_counter()
    from bbiccheck.engine import Checker

    results["setup"] = {"checker_create_s": None, "nlp_build_s": None}
    t = time.perf_counter()
    checker = Checker.create()
    results["setup"]["checker_create_s"] = time.perf_counter() - t
    t = time.perf_counter()
    checker.nlp
    results["setup"]["nlp_build_s"] = time.perf_counter() - t
    # The pipeline and the floor run in turn, --chunk documents at a time (run_interleaved), and the round
    # with the median ratio is the one reported, with the spread.
    rounds = sorted((run_interleaved(files, args.chunk) for _ in range(max(1, args.rounds))),
                    key=lambda r: r[0]["cpu"] / r[1]["cpu"])
    stages, floor = rounds[len(rounds) // 2]
    results["stages"], results["floor"] = stages, floor
    n, words = stages["docs"], stages["words"]
    say(f"## Pipeline, one process: {n} utredning documents, {words / n:,.0f} words each on average "
        f"({stages['text_mb']:.1f} MB of text)\n")
    say(f"- documents/s: {n / stages['wall']:.1f} wall, {n / stages['cpu']:.1f} per CPU-second")
    say(f"- MB of text/s: {stages['text_mb'] / stages['wall']:.2f} wall, {stages['text_mb'] / stages['cpu']:.2f} per CPU-s")
    say(f"- words/s: {words / stages['cpu']:,.0f} per CPU-s")
    say(f"- setup (once per process): Checker.create {results['setup']['checker_create_s']:.2f} s, "
        f"NLP pipeline {results['setup']['nlp_build_s']:.2f} s\n")
    say(fmt_stage_table(stages["stages"], n, words))
    say(f"\n## Floor (unzip + XML parse + text + spaCy tokeniser) on the same {n} files\n")
    say("| step | wall s | CPU s | CPU ms/doc |\n|---|---:|---:|---:|")
    for k, v in floor["stages"].items():
        say(f"| {k} | {v['wall']:.3f} | {v['cpu']:.3f} | {1000 * v['cpu'] / n:.2f} |")
    say(f"| **floor** | {floor['wall']:.3f} | {floor['cpu']:.3f} | {1000 * floor['cpu'] / n:.2f} |")
    ratio_cpu = stages["cpu"] / floor["cpu"]
    ratio_wall = stages["wall"] / floor["wall"]
    spread = [s["cpu"] / f["cpu"] for s, f in rounds]
    results["floor_ratio"] = dict(cpu=ratio_cpu, wall=ratio_wall, rounds_cpu=spread)
    say(f"\n**Full pipeline / floor: {ratio_cpu:.2f}× (CPU), {ratio_wall:.2f}× (wall)**  (target ≤ 3×; median of "
        f"{len(rounds)} rounds, {args.chunk} documents of each in turn, CPU ratios "
        f"{', '.join(f'{r:.2f}' for r in spread)})\n")

    # 2. length scaling
    if args.lengths:
        say("## Length scaling (time per word must stay flat)\n")
        rows = {}
        for k in [float(x) for x in args.lengths.split(",")]:
            count = max(2, int(round(40 / k)))
            p = corpus(args.work, f"utredning-{count}-x{k:g}-s{args.seed}", cases=count, seed=args.seed, scale=k,
                       only=["utredning"])
            rows[k] = run_stages(doc_files(p), render=True)
        results["length"] = {str(k): v for k, v in rows.items()}
        ks = sorted(rows)
        names = ["load.read", "load.sections", "load.dates", "load.assemble", "nlp.annotate"] + sorted(
            {s for r in rows.values() for s in r["stages"] if s.startswith("rule.")}) + ["check.other", "render.json"]
        say("| stage | " + " | ".join(f"{k:g}× µs/word" for k in ks) + " | growth |")
        say("|---|" + "---:|" * (len(ks) + 1))
        flagged = []
        for s in names + ["total"]:
            vals = []
            for k in ks:
                r = rows[k]
                cpu = r["cpu"] if s == "total" else r["stages"].get(s, {}).get("cpu", 0.0)
                vals.append(1e6 * cpu / r["words"])
            growth = vals[-1] / vals[0] if vals[0] > 0 else float("nan")
            flag = " ⚠" if growth > 1.5 and vals[-1] > 0.2 else ""
            if flag:
                flagged.append(s)
            say(f"| {s} | " + " | ".join(f"{v:.2f}" for v in vals) + f" | {growth:.2f}×{flag} |")
        results["length_flagged"] = flagged
        say(f"\nWords per document: " + ", ".join(f"{k:g}×: {rows[k]['words'] / rows[k]['docs']:,.0f}" for k in ks))
        say("Stages growing faster than linear (µs/word at the largest length > 1.5× the smallest): "
            + (", ".join(flagged) if flagged else "none") + "\n")

    # 3. caseloads
    if args.caseloads:
        mode = "CLI --report-dir" if _has_caseload_cli() else \
            "ProcessPoolExecutor over check_case (bbiccheck/caseload.py not present)"
        say(f"## Caseload, --jobs {args.jobs}: {mode}\n")
        say("| documents | cases | words | wall s | documents/s | 3,000-word docs/s | CPU s (children) | peak RSS MB |")
        say("|---:|---:|---:|---:|---:|---:|---:|---:|")
        results["caseload"] = {}
        for size in [int(x) for x in args.caseloads.split(",")]:
            p = mixed_corpus(args.work, size, args.seed)
            manifest = json.loads((p / "manifest.json").read_text())
            ndocs = sum(len(c["documents"]) for c in manifest["cases"])
            nwords = sum(c["words"] for c in manifest["cases"])
            r = run_caseload(p, args.jobs, args.work / f"out-{size}")
            r.update(docs=ndocs, cases=len(manifest["cases"]), words=nwords)
            results["caseload"][str(size)] = r
            err = f" ERROR: {r['error'][-300:]}" if "error" in r else ""
            say(f"| {ndocs} | {len(manifest['cases'])} | {nwords:,} | {r['wall']:.1f} | {ndocs / r['wall']:.1f} | "
                f"{nwords / 3000 / r['wall']:.1f} | {r['cpu']:.1f} | {r['peak_rss_mb']:.0f} |{err}")
        say("")

    # 4. batch throughput on ≈3,000-word documents: the 40 documents/s with --jobs 2
    if args.batch and _has_caseload_cli():
        say(f"## Batch, --jobs {args.jobs}: one-document utredning cases through the CLI caseload mode\n")
        say("| documents | words each | wall s | documents/s | CPU s (children) | peak RSS MB |")
        say("|---:|---:|---:|---:|---:|---:|")
        runs = {}
        for size in [int(x) for x in args.batch.split(",")]:
            p = corpus(args.work, f"utredning-{size}-x1-s{args.seed}", cases=size, seed=args.seed, scale=1.0,
                       only=["utredning"])
            manifest = json.loads((p / "manifest.json").read_text())
            nwords = sum(c["words"] for c in manifest["cases"])
            r = runs[size] = run_caseload(p, args.jobs, args.work / f"out-batch-{size}")
            r.update(docs=size, words=nwords)
            err = f" ERROR: {r['error'][-300:]}" if "error" in r else ""
            say(f"| {size} | {nwords / size:,.0f} | {r['wall']:.1f} | {size / r['wall']:.1f} | {r['cpu']:.1f} | "
                f"{r['peak_rss_mb']:.0f} |{err}")
        results["batch"] = {str(k): v for k, v in runs.items()}
        if len(runs) > 1:
            (n1, r1), (n2, r2) = min(runs.items()), max(runs.items())
            marginal = (n2 - n1) / (r2["wall"] - r1["wall"])
            results["batch_marginal_docs_per_s"] = marginal
            say(f"\nOnce running (the {n2 - n1} documents the larger run adds, start-up left out): "
                f"**{marginal:.1f} documents/s** (target ≥ 40)\n")

    # 5. cold start
    if not args.no_cold:
        one = corpus(args.work, f"utredning-1-x1-s{args.seed}", cases=1, seed=args.seed, scale=1.0, only=["utredning"])
        cold = run_cold(doc_files(one)[0])
        results["cold"] = cold
        say(f"## Cold start: `bbiccheck check <3,000-word .docx> --format json --today {CHECK_DATE}`\n")
        say(f"median of 5: **{cold['median']:.2f} s** (runs: {', '.join(f'{x:.2f}' for x in cold['runs'])})  "
            "(target < 1.5 s)\n")

    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))


if __name__ == "__main__":
    main()
