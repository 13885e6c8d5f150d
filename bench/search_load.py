"""Load on the web search page: requests/s and latency of GET /search on loopback.

    .venv/bin/python bench/search_load.py [--passages 100000] [--cold 1000] [--rate 200]
        [--rate-requests 2000] [--requests 3000] [--concurrency 8] [--per-connection 10]
        [--workers CORES] [--seconds 60]

Builds (or reuses) a record of ~100,000 passages with the store's own bench
builder (bench/search_latency.py), starts `minutebook serve` (one worker per
core, as it defaults to) on a free loopback port, and drives it with a small
keep-alive HTTP/1.1 client (asyncio streams, no third-party load tool), with
a bounded number of requests and a time cap so it always stops by itself. In
the same run it measures two baselines, so the numbers read as ratios on
whatever machine runs them:

- static: the same client against /static/favicon.svg (the HTTP stack alone);
- raw search(): the library call the page makes, in this process, one at a time.

/search is driven three ways, each reported on its own:

- cold, closed loop: --concurrency connections each sending its next request
  when the last is answered (as wrk does), every request a query the server
  has not seen (--cold distinct queries drawn from the record's own words:
  single words, pairs and quoted phrases, plus the search bench's fixed set),
  so the per-worker answer cache never helps: ranking, facet counts, snippets
  and the page are all computed. This finds the most the server can answer.
- cold, open loop: --rate-requests other first-time queries sent at --rate a
  second whatever the server's pace (as wrk2 does), latency counted from when
  each was due: whether the server keeps up with that rate, and how long
  readers wait when it does.
- warm: the closed-loop queries again up to --requests (answered from the
  answer cache, as repeated searches, paging and facet clicks are; two
  unmeasured rounds first, so every worker has seen them).

Each connection carries --per-connection requests and is then closed and
another opened, as readers come and go; with 0 each connection lasts the
whole phase, which pins its requests to whichever worker accepted it (with 8
connections and 2 workers an uneven split then halves throughput in some
runs; real traffic, many readers, spreads over the workers).

Beside wall-clock latency the server's CPU time per request is printed (from
/proc, the server's whole process group), which holds when other work on the
machine changes the wall-clock numbers, and the share of it done by the
busiest worker (1/workers when the load is even).

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
from typing import Any
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


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, port: int, path: str) -> int:
    """One keep-alive GET, its whole answer read; the status code."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: keep-alive\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    m = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head)
    if m:
        await reader.readexactly(int(m.group(1)))
    else:  # chunked
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return int(head[9:12])


async def _worker(
    host: str,
    port: int,
    paths: list[str],
    counter: list[int],
    stop_at: float,
    lat: list[float],
    errors: list[str],
    per_connection: int,
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    sent = 0
    try:
        while counter[0] > 0 and time.perf_counter() < stop_at:
            if per_connection and sent == per_connection:  # this reader leaves; the next one connects afresh
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
                sent = 0
            sent += 1
            counter[0] -= 1
            path = paths[counter[0] % len(paths)]
            t = time.perf_counter()
            status = await _exchange(reader, writer, host, port, path)
            lat.append(time.perf_counter() - t)
            if status != 200:
                errors.append(f"{status} {path}")
    finally:
        writer.close()


async def _drive(
    host: str, port: int, paths: list[str], requests: int, concurrency: int, seconds: float, per_connection: int
) -> tuple[list[float], list[str], float]:
    counter = [requests]
    lat: list[float] = []
    errors: list[str] = []
    start = time.perf_counter()
    stop_at = start + seconds
    await asyncio.gather(
        *(_worker(host, port, paths, counter, stop_at, lat, errors, per_connection) for _ in range(concurrency))
    )
    return lat, errors, time.perf_counter() - start


def load(
    host: str, port: int, paths: list[str], requests: int, concurrency: int, seconds: float, per_connection: int = 0
) -> dict[str, float]:
    """Closed loop: `concurrency` connections, each sending its next request when the last is answered."""
    lat, errors, wall = asyncio.run(_drive(host, port, paths, requests, concurrency, seconds, per_connection))
    if errors:
        print(f"  {len(errors)} non-200 answers, e.g. {errors[:3]}")
    return summarise(lat, wall)


async def _paced(
    host: str, port: int, paths: list[str], rate: float, per_connection: int, max_open: int
) -> tuple[list[float], list[str], float]:
    idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter, int]] = []
    lat: list[float] = []
    errors: list[str] = []
    gate = asyncio.Semaphore(max_open)

    async def one(path: str, due: float) -> None:
        async with gate:
            if idle:
                reader, writer, used = idle.pop()
            else:
                reader, writer = await asyncio.open_connection(host, port)
                used = 0
            status = await _exchange(reader, writer, host, port, path)
            lat.append(time.perf_counter() - due)  # from when it was due: waiting for a connection counts
            if status != 200:
                errors.append(f"{status} {path}")
            if per_connection and used + 1 >= per_connection:
                writer.close()
            else:
                idle.append((reader, writer, used + 1))

    start = time.perf_counter()
    tasks = []
    for i, path in enumerate(paths):
        due = start + i / rate
        if due > time.perf_counter():
            await asyncio.sleep(due - time.perf_counter())
        tasks.append(asyncio.create_task(one(path, due)))
    await asyncio.gather(*tasks)
    wall = time.perf_counter() - start
    for _, writer, _ in idle:
        writer.close()
    return lat, errors, wall


def paced(
    host: str, port: int, paths: list[str], rate: float, per_connection: int = 0, max_open: int = 256
) -> dict[str, float]:
    """Open loop, as wrk2 drives a server: request i is sent at start + i/rate whatever
    the server's pace, on an idle keep-alive connection or a new one, and its latency
    counts from when it was due, so a server that falls behind shows it in p95
    instead of slowing the client down (closed loops hide that: coordinated omission)."""
    lat, errors, wall = asyncio.run(_paced(host, port, paths, rate, per_connection, max_open))
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


def group_cpu_seconds(pgid: int) -> dict[int, float]:
    """User + system CPU seconds of each live process in a process group (the server and its workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # after the name: state, ppid, pgrp, ..., utime (12), stime (13)
            out[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    return out


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
    ap.add_argument("--cold", type=int, default=1000, help="distinct first-time queries for the closed-loop cold phase")
    ap.add_argument("--rate", type=float, default=TARGET_RPS, help="requests/s offered in the open-loop phase")
    ap.add_argument("--rate-requests", type=int, default=2000, help="first-time queries sent in the open-loop phase")
    ap.add_argument("--seconds", type=float, default=60, help="time cap for each closed-loop phase")
    ap.add_argument("--concurrency", type=int, default=8, help="connections in the closed-loop phases")
    ap.add_argument(
        "--per-connection",
        type=int,
        default=10,
        help="requests a connection carries before the client closes it and opens another, as readers come and "
        "go (0: one connection for the whole phase, which pins it to one worker process)",
    )
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="uvicorn worker processes")
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "minutebook-bench" / "search-100k.db")
    args = ap.parse_args()

    args.db.parent.mkdir(parents=True, exist_ok=True)
    url, fixed = build_record(args.db, args.passages)
    drawn = [q for q in pick_queries(url, n=int(1.3 * (args.cold + args.rate_requests))) if q not in fixed]
    queries = list(dict.fromkeys(fixed + drawn))
    random.Random(11).shuffle(queries)  # common and rare words mixed through the run, not in blocks
    # two disjoint sets, so that every query in a cold phase is asked for the first time
    cold_q = [q for q in queries if q in fixed] + [q for q in queries if q not in fixed][: args.cold]
    random.Random(12).shuffle(cold_q)
    rate_q = [q for q in queries if q not in set(cold_q)][: args.rate_requests]
    paths = [f"/search?q={quote_plus(q)}" for q in cold_q]
    rate_paths = [f"/search?q={quote_plus(q)}" for q in rate_q]
    print(
        f"{len(cold_q)} distinct queries for the closed loop (the search bench's {len(fixed)} among them) "
        f"and {len(rate_q)} others for the open loop, all drawn from the record"
    )
    print(
        f"cores: {os.cpu_count()}, uvicorn workers: {args.workers}, closed-loop connections: {args.concurrency}, "
        f"requests per connection: {args.per_connection or 'all'}"
    )

    raw = raw_search(url, cold_q, min(500, len(cold_q)))
    load_before = os.getloadavg()[0]
    port = free_port()
    proc = start_server(url, port, args.workers)
    cpu: dict[str, float] = {}
    visit = args.per_connection

    busiest: dict[str, float] = {}

    def measured(name: str, run: Any) -> dict[str, float]:
        before = group_cpu_seconds(proc.pid)
        result = run()
        used = {pid: t - before.get(pid, 0.0) for pid, t in group_cpu_seconds(proc.pid).items()}
        cpu[name] = sum(used.values()) * 1000 / max(1, result["n"])
        busiest[name] = max(used.values()) / max(1e-9, sum(used.values()))  # 1/workers when the load is even
        return result

    host, conc, secs = "127.0.0.1", args.concurrency, args.seconds
    try:
        load(host, port, ["/static/favicon.svg"], 200, conc, 30)  # warm up
        static = measured("static", lambda: load(host, port, ["/static/favicon.svg"], args.requests, conc, secs, visit))
        cold = measured("cold", lambda: load(host, port, paths, len(paths), conc, secs, visit))  # each query once
        offered = measured("rate", lambda: paced(host, port, rate_paths, args.rate, visit))  # each query once
        # twice more, unmeasured: each worker process keeps its own answers, so both must have seen each query
        load(host, port, paths, 2 * len(paths), conc, secs, visit)
        warm = measured("warm", lambda: load(host, port, paths, args.requests, conc, secs, visit))  # asked again
    finally:
        stop_server(proc)

    def line(name: str, r: dict[str, float], key: str | None = None) -> str:
        per = f"{cpu[key]:>8.1f} {busiest[key]:>8.0%}" if key else f"{'':>8} {'':>8}"
        return f"{name:<40} {r['n']:>6} {r['rps']:>9.0f} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['p99']:>8.1f} {per}"

    head = ("n", "req/s", "p50 ms", "p95 ms", "p99 ms", "CPU ms", "busiest")
    print(f"\n{'':<40} {head[0]:>6} {head[1]:>9} " + " ".join(f"{h:>8}" for h in head[2:]))
    print(line("raw search() (1 thread, cold)", raw))
    print(line("GET /static (baseline)", static, "static"))
    print(line("GET /search, cold, closed loop", cold, "cold"))
    print(line(f"GET /search, cold, offered {args.rate:.0f}/s", offered, "rate"))
    print(line("GET /search, warm (asked again)", warm, "warm"))
    print(
        f"\n/search cold reaches {cold['rps'] / static['rps']:.2f}x the static baseline's throughput, "
        f"warm {warm['rps'] / static['rps']:.2f}x (CPU ms = server CPU per request; busiest = the share of it "
        f"done by the busiest process); "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    # the open loop is met when the server kept up with the rate offered (the last
    # answers drain after the last request is sent, hence 98%) within the latency target
    verdicts = (
        (f"cold, offered {args.rate:.0f}/s (open loop)", offered, args.rate * 0.98),
        (f"cold, closed loop ({conc} connections)", cold, TARGET_RPS),
        ("warm, closed loop", warm, TARGET_RPS),
    )
    for name, r, need in verdicts:
        ok = r["rps"] >= need and r["p95"] < TARGET_P95_MS
        if name.startswith("cold, offered") and args.rate < TARGET_RPS:
            ok = False  # a lower rate than the target proves nothing about it
        print(
            f"target >= {TARGET_RPS} req/s and p95 < {TARGET_P95_MS} ms, {name}: {'met' if ok else 'NOT met'} "
            f"({r['rps']:.0f} req/s, p95 {r['p95']:.1f} ms)"
        )


if __name__ == "__main__":
    main()
