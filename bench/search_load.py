"""Load on the web search page: requests/s and latency of GET /search on loopback.

    .venv/bin/python bench/search_load.py [--passages 100000] [--requests 3000]
        [--concurrency 8] [--workers 1] [--seconds 60]

Builds (or reuses) a record of ~100,000 passages with the store's own bench
builder (bench/search_latency.py), starts `minutebook serve` on a free
loopback port, and drives it with a small keep-alive HTTP/1.1 client (asyncio
streams, no third-party load tool), with a bounded number of requests and a
time cap so it always stops by itself. In the same run it measures two
baselines, so the numbers read as ratios on whatever machine runs them:

- static: the same client against /static/favicon.svg (the HTTP stack alone);
- raw search(): the library call the page makes, in this process, one at a time.

/search is driven twice, and each is reported on its own:

- cold: every request a query the server has not seen (--cold distinct
  queries drawn from the record's own words: single words, pairs and quoted
  phrases, plus the search bench's fixed set), so the per-worker answer cache
  never helps: ranking, facet counts, snippets and the page are all computed;
- warm: the same queries again up to --requests (answered from the answer
  cache, as repeated searches, paging and facet clicks are; two unmeasured
  rounds first, so every worker has seen them).

Beside wall-clock latency the server's CPU time per request is printed (from
/proc, the server's whole process group), which holds when other work on the
machine changes the wall-clock numbers.

Target (issue 5): at least 200 requests/s with p95 under 100 ms on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
TARGET_RPS = 200
TARGET_P95_MS = 100


def build_record(path: Path, passages: int) -> tuple[str, list[str]]:
    """The record and query set from the store's search bench (bench/search_latency.py), not a second builder."""
    sys.path.insert(0, str(BENCH))
    import search_latency  # type: ignore[import-not-found]

    if not path.exists():
        if hasattr(search_latency, "fill"):  # parse_corpus() then fill(url, parsed, want, parse_seconds)
            parsed, parse_seconds = search_latency.parse_corpus()
            search_latency.fill(str(path), parsed, passages, parse_seconds)
        else:  # its first form: build(db, want)
            search_latency.build(str(path), passages)
    else:
        print(f"reusing the record at {path} (delete it to rebuild)")
    return f"sqlite:///{path}", list(search_latency.QUERIES)


def pick_queries(url: str, n: int = 200, seed: int = 7) -> list[str]:
    """Distinct queries drawn from the record's own words: single words, pairs and quoted phrases."""
    from sqlalchemy import func, select

    from minutebook.store import open_store
    from minutebook.store.schema import passages

    rng = random.Random(seed)
    store = open_store(url)
    with store.engine.connect() as conn:
        top = conn.execute(select(func.max(passages.c.id))).scalar() or 0
        texts = []
        for _ in range(n):
            row = conn.execute(
                select(passages.c.text).where(passages.c.id >= rng.randint(1, max(top, 1))).limit(1)
            ).first()
            if row:
                texts.append(row[0])
    store.close()
    out = []
    for text in texts:
        words = [w for w in re.findall(r"[A-Za-z]{5,}", text)]
        if len(words) < 3:
            continue
        shape = rng.random()
        if shape < 0.5:
            out.append(rng.choice(words).lower())
        elif shape < 0.8:
            out.append(" ".join(w.lower() for w in rng.sample(words, 2)))
        else:
            i = rng.randrange(len(words) - 1)
            out.append(f'"{words[i]} {words[i + 1]}"')
    return list(dict.fromkeys(out)) or ["council"]


# ---------------------------------------------------------------- the load client


async def _worker(
    host: str, port: int, paths: list[str], counter: list[int], stop_at: float, lat: list[float], errors: list[str]
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while counter[0] > 0 and time.perf_counter() < stop_at:
            counter[0] -= 1
            path = paths[counter[0] % len(paths)]
            t = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: keep-alive\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            m = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head)
            if m:
                await reader.readexactly(int(m.group(1)))
            else:  # chunked
                while True:
                    size = int((await reader.readline()).strip(), 16)
                    await reader.readexactly(size + 2)
                    if size == 0:
                        break
            lat.append(time.perf_counter() - t)
            if status != 200:
                errors.append(f"{status} {path}")
    finally:
        writer.close()


async def _drive(
    host: str, port: int, paths: list[str], requests: int, concurrency: int, seconds: float
) -> tuple[list[float], list[str], float]:
    counter = [requests]
    lat: list[float] = []
    errors: list[str] = []
    start = time.perf_counter()
    stop_at = start + seconds
    await asyncio.gather(*(_worker(host, port, paths, counter, stop_at, lat, errors) for _ in range(concurrency)))
    return lat, errors, time.perf_counter() - start


def load(host: str, port: int, paths: list[str], requests: int, concurrency: int, seconds: float) -> dict[str, float]:
    lat, errors, wall = asyncio.run(_drive(host, port, paths, requests, concurrency, seconds))
    if errors:
        print(f"  {len(errors)} non-200 answers, e.g. {errors[:3]}")
    return summarise(lat, wall)


def summarise(lat: list[float], wall: float) -> dict[str, float]:
    lat = sorted(lat)
    if not lat:
        return {"n": 0, "rps": 0.0, "p50": 0.0, "p95": 0.0, "p99": 0.0}
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
    return {"n": len(lat), "rps": len(lat) / wall, "p50": q[49] * 1000, "p95": q[94] * 1000, "p99": q[98] * 1000}


# ---------------------------------------------------------------- the server


def group_cpu_seconds(pgid: int) -> float:
    """User + system CPU seconds of every live process in a process group (the server and its workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # after the name: state, ppid, pgrp, ..., utime (12), stime (13)
            total += int(fields[11]) + int(fields[12])
    return total / tick


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int, workers: int) -> subprocess.Popen:
    exe = Path(sys.executable).parent / "minutebook"
    cmd = [str(exe), "serve", "--db", url, "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server stopped: {proc.stdout.read() if proc.stdout else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                pass
            # every worker imported and answering: a few quick requests
            load("127.0.0.1", port, ["/static/favicon.svg"], 20, 4, 10)
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start within 60 s")


def stop_server(proc: subprocess.Popen) -> None:
    import signal

    try:
        os.killpg(proc.pid, signal.SIGTERM)  # the server and its workers, all started by us
        proc.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(proc.pid, signal.SIGKILL)


# ---------------------------------------------------------------- main


def raw_search(url: str, queries: list[str], n: int) -> dict[str, float]:
    from minutebook.search import search
    from minutebook.store import open_store

    store = open_store(url)
    lat = []
    start = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        search(store, queries[i % len(queries)], limit=20)
        lat.append(time.perf_counter() - t)
    wall = time.perf_counter() - start
    store.close()
    return summarise(lat, wall)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--passages", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=3000, help="warm search requests to send (a cap)")
    ap.add_argument("--cold", type=int, default=1500, help="distinct first-time queries to draw from the record")
    ap.add_argument("--seconds", type=float, default=60, help="time cap for each load phase")
    ap.add_argument("--concurrency", type=int, default=8, help="keep-alive connections")
    ap.add_argument(
        "--workers", type=int, default=1, help="uvicorn worker processes (1 measured best: one answer cache)"
    )
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "minutebook-bench" / "search-100k.db")
    args = ap.parse_args()

    args.db.parent.mkdir(parents=True, exist_ok=True)
    url, fixed = build_record(args.db, args.passages)
    drawn = [q for q in pick_queries(url, n=args.cold) if q not in fixed]
    queries = list(dict.fromkeys(fixed + drawn))
    random.Random(11).shuffle(queries)  # common and rare words mixed through the run, not in blocks
    paths = [f"/search?q={quote_plus(q)}" for q in queries]
    print(f"{len(queries)} distinct queries: the search bench's {len(fixed)} and {len(drawn)} drawn from the record")
    print(f"cores: {os.cpu_count()}, uvicorn workers: {args.workers}, connections: {args.concurrency}")

    raw = raw_search(url, queries, min(500, len(queries)))
    load_before = os.getloadavg()[0]
    port = free_port()
    proc = start_server(url, port, args.workers)
    cpu: dict[str, float] = {}

    def measured(name: str, run_paths: list[str], n: int) -> dict[str, float]:
        before = group_cpu_seconds(proc.pid)
        result = load("127.0.0.1", port, run_paths, n, args.concurrency, args.seconds)
        cpu[name] = (group_cpu_seconds(proc.pid) - before) * 1000 / max(1, result["n"])
        return result

    try:
        load("127.0.0.1", port, ["/static/favicon.svg"], 200, args.concurrency, 30)  # warm up
        static = measured("static", ["/static/favicon.svg"], args.requests)
        cold = measured("cold", paths, len(paths))  # each query once: nothing cached
        # twice more, unmeasured: each worker process keeps its own answers, so both must have seen each query
        load("127.0.0.1", port, paths, 2 * len(paths), args.concurrency, args.seconds)
        warm = measured("warm", paths, args.requests)  # asked again
    finally:
        stop_server(proc)

    def line(name: str, r: dict[str, float], key: str | None = None) -> str:
        per = f"{cpu[key]:>8.1f}" if key else f"{'':>8}"
        return f"{name:<34} {r['n']:>6} {r['rps']:>9.0f} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['p99']:>8.1f} {per}"

    print(f"\n{'':<34} {'n':>6} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'CPU ms':>8}")
    print(line("raw search() (1 thread, cold)", raw))
    print(line("GET /static (baseline)", static, "static"))
    print(line("GET /search, cold (first asking)", cold, "cold"))
    print(line("GET /search, warm (asked again)", warm, "warm"))
    print(
        f"\n/search cold reaches {cold['rps'] / static['rps']:.2f}x the static baseline's throughput, "
        f"warm {warm['rps'] / static['rps']:.2f}x ({len(queries)} distinct queries; CPU ms = server CPU per request); "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    for name, r in (("cold", cold), ("warm", warm)):
        ok = r["rps"] >= TARGET_RPS and r["p95"] < TARGET_P95_MS
        print(
            f"target >= {TARGET_RPS} req/s and p95 < {TARGET_P95_MS} ms, {name}: {'met' if ok else 'NOT met'} "
            f"({r['rps']:.0f} req/s, p95 {r['p95']:.1f} ms)"
        )


if __name__ == "__main__":
    main()
