"""Load test of `bbiccheck serve`: a real server in a subprocess on a free loopback port.

    .venv/bin/python bench/load_serve.py [--requests 2000] [--clients 16] [--doc FILE]

Sends ``--requests`` checks of one realistic document from ``--clients`` concurrent clients and
prints errors, latency (p50/p90/p99), throughput and the server's RSS after the first 100 requests
and at the end (the growth must stay within 10 %). Every response must carry the same findings as
the first one: concurrent checks share one Checker, so a thread-safety bug would show here.

Traffic goes to 127.0.0.1 only; the run is bounded by the request count and by --max-seconds, and it
stops the server it started (by its pid) whatever happens.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOC = ROOT / "samples" / "03_kevin_forsenad_utredning" / "utredning.docx"
TODAY = "2026-11-25"
WARM_REQUESTS = 100


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def generated_docx() -> Path:
    """A stand-in when samples/ is missing: an investigation of realistic length, made with python-docx."""
    import docx

    document = docx.Document()
    document.add_heading("Utredning", 1)
    document.add_paragraph("Utredningen inleddes 2026-03-02 efter en anmälan från skolan.")
    for title in ("Barnets behov", "Föräldrarnas förmåga", "Familj och miljö", "Analys", "Bedömning"):
        document.add_heading(title, 2)
        for i in range(8):
            document.add_paragraph(f"Stycke {i} om {title.lower()}: skolan beskriver hög frånvaro under hösten, "
                                   "och vid samtal berättar barnet att hon oroar sig för mamma.")
    path = Path(tempfile.mkdtemp()) / "utredning.docx"
    document.save(path)
    return path


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def signature(response: httpx.Response) -> str:
    cases = response.json()["cases"]
    return json.dumps([[(f["rule"], f["document"], (f["location"] or {}).get("block")) for f in c["findings"]]
                       for c in cases])


async def run_load(base: str, doc: Path, total: int, clients: int, deadline: float, server: psutil.Process):
    data = doc.read_bytes()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    mismatches = 0
    expected: str | None = None
    rss_after_warm: int | None = None
    issued = 0
    lock = asyncio.Lock()

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal issued, expected, mismatches, rss_after_warm
        while True:
            async with lock:
                if issued >= total or time.monotonic() > deadline:
                    return
                issued += 1
            t0 = time.perf_counter()
            try:
                response = await http.post("/v1/check", files={"file": (doc.name, data)}, data={"today": TODAY})
                status = response.status_code
            except httpx.HTTPError:
                response, status = None, -1  # connection-level failure
            latencies.append(time.perf_counter() - t0)
            statuses[status] = statuses.get(status, 0) + 1
            if status == 200:
                sig = signature(response)
                if expected is None:
                    expected = sig
                elif sig != expected:
                    mismatches += 1
            done = sum(statuses.values())
            if done == WARM_REQUESTS and rss_after_warm is None:
                rss_after_warm = server.memory_info().rss

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:
        started = time.perf_counter()
        await asyncio.gather(*[client(http) for _ in range(clients)])
        elapsed = time.perf_counter() - started
    return latencies, statuses, mismatches, rss_after_warm, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--max-concurrent", type=int, help="server's --max-concurrent (default: --clients)")
    parser.add_argument("--doc", type=Path, help=f"document to send (default: {DEFAULT_DOC.relative_to(ROOT)})")
    parser.add_argument("--max-seconds", type=float, default=1200, help="stop sending after this long")
    args = parser.parse_args()

    doc = args.doc or (DEFAULT_DOC if DEFAULT_DOC.is_file() else generated_docx())
    port = free_port()
    log_path = Path(tempfile.mkdtemp(prefix="bbiccheck-load-")) / "server.log"
    command = [sys.executable, "-m", "bbiccheck", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--max-concurrent", str(args.max_concurrent or args.clients), "--timeout", "120"]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        t0 = time.monotonic()
        while True:
            if process.poll() is not None:
                print(log_path.read_text(), file=sys.stderr)
                raise SystemExit("the server exited during start-up")
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() - t0 > 180:
                raise SystemExit("the server did not start within 180 s")
            time.sleep(0.2)
        startup = time.monotonic() - t0
        server = psutil.Process(process.pid)
        rss_idle = server.memory_info().rss
        deadline = time.monotonic() + args.max_seconds
        latencies, statuses, mismatches, rss_warm, elapsed = asyncio.run(
            run_load(base, doc, args.requests, args.clients, deadline, server))
        rss_end = server.memory_info().rss
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()

    done = sum(statuses.values())
    errors = done - statuses.get(200, 0)
    growth = (rss_end - rss_warm) / rss_warm * 100 if rss_warm else float("nan")
    mb = 1024 * 1024
    result = {
        "document": str(doc.relative_to(ROOT) if doc.is_relative_to(ROOT) else doc.name),
        "document_bytes": doc.stat().st_size,
        "requests": done, "clients": args.clients, "statuses": statuses, "errors": errors,
        "finding_mismatches": mismatches,
        "startup_s": round(startup, 1), "elapsed_s": round(elapsed, 1),
        "requests_per_s": round(done / elapsed, 2),
        "p50_ms": round(percentile(latencies, 0.50) * 1000), "p90_ms": round(percentile(latencies, 0.90) * 1000),
        "p99_ms": round(percentile(latencies, 0.99) * 1000), "max_ms": round(max(latencies) * 1000),
        "mean_ms": round(statistics.fmean(latencies) * 1000),
        "rss_idle_mb": round(rss_idle / mb, 1), "rss_after_100_mb": round((rss_warm or 0) / mb, 1),
        "rss_end_mb": round(rss_end / mb, 1), "rss_growth_pct": round(growth, 1),
        "cpus": os.cpu_count(),
    }
    print(json.dumps(result, indent=2))
    ok = errors == 0 and mismatches == 0 and done >= args.requests and abs(growth) <= 10
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
