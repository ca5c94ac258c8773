"""Running jobs across processes: bounded submissions, results as they complete, crash isolation.

At most ``4 × workers`` jobs are submitted at a time, so a caseload of any size never queues more than
that many pickled jobs and results. When a worker process dies (segfault, out of memory), Python marks
the whole pool broken and fails every job in flight; we cannot tell which job killed it, so those jobs
are re-run one at a time in a fresh pool, and the one that breaks it again is recorded as crashed.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

J = TypeVar("J")
R = TypeVar("R")

IN_FLIGHT_PER_WORKER = 4


def _context() -> multiprocessing.context.BaseContext:
    # forkserver where it exists: forking the parent directly is unsafe once it runs threads (the
    # progress bar, the executor's own manager thread); spawn elsewhere (Windows, macOS default).
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        # import once in the server, not per worker. bbiccheck.nlp (spaCy, ~0.5 s and ~60 MB) is named
        # because the engine no longer imports it, the reader and HTML report because the first case
        # would: workers fork with them loaded and share their pages.
        ctx.set_forkserver_preload(["bbiccheck.caseload.worker", "bbiccheck.nlp", "bbiccheck.load.docx_reader",
                                    "bbiccheck.report.html"])
    return ctx


def start_forkserver() -> None:
    """Start the fork server now: its imports (~1 s) then run while the parent loads the rules and finds
    the cases, instead of after, when the first job is submitted."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def run_in_process(jobs: Iterable[J], work: Callable[[J], R], init: Callable[..., None],
                   initargs: tuple) -> Iterator[tuple[J, R]]:
    init(*initargs)
    for job in jobs:
        yield job, work(job)


def run_pool(jobs: Iterable[J], work: Callable[[J], R], init: Callable[..., None], initargs: tuple,
             workers: int, on_crash: Callable[[J, BaseException], R], debug: bool = False) -> Iterator[tuple[J, R]]:
    """Yields (job, result) in completion order. ``on_crash`` makes the result of a job whose
    worker died or whose result could not be returned."""
    pending = iter(jobs)
    limit = max(1, workers) * IN_FLIGHT_PER_WORKER
    while True:
        suspects: list[J] = []
        pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=init, initargs=initargs)
        try:
            inflight: dict[Future, J] = {}
            while True:
                while len(inflight) < limit and (job := next(pending, None)) is not None:
                    inflight[pool.submit(work, job)] = job
                if not inflight:
                    break
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                for future in done:
                    job = inflight.pop(future)
                    try:
                        yield job, future.result()
                    except BrokenProcessPool:
                        suspects.append(job)
                    except Exception as error:
                        if debug:
                            raise
                        yield job, on_crash(job, error)
                if suspects:
                    suspects.extend(inflight.values())
                    break
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C: do not wait for queued cases
            raise
        pool.shutdown(wait=True)
        if not suspects:
            return
        yield from _isolate(suspects, work, init, initargs, on_crash)


def _isolate(suspects: list[J], work: Callable[[J], R], init: Callable[..., None], initargs: tuple,
             on_crash: Callable[[J, BaseException], R]) -> Iterator[tuple[J, R]]:
    """Each suspect alone in a one-worker pool; a new pool only after a crash."""
    pool: ProcessPoolExecutor | None = None
    try:
        for job in suspects:
            if pool is None:
                pool = ProcessPoolExecutor(1, mp_context=_context(), initializer=init, initargs=initargs)
            try:
                result = pool.submit(work, job).result()
            except BrokenProcessPool as error:
                pool.shutdown(wait=True)
                pool = None
                result = on_crash(job, error)
            except Exception as error:  # noqa: BLE001 - e.g. an unpicklable result: still only this case
                result = on_crash(job, error)
            yield job, result
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
