"""Search latency on a record of >= 100,000 passages, against raw FTS5 in the same run.

    .venv/bin/python bench/search_latency.py [--passages 100000] [--repeat 15]

Builds the record from the real corpus (../shared/corpus, else samples/):
ingests it once through the real parser (that run gives the ingest rate in
pages/s), then copies its passages with SQL under varied council names and
meeting dates until there are enough (re-parsing would only measure the
parser again). Then times `minutebook.search.search()` for a fixed query set
against the raw FTS5 query `SELECT rowid, bm25(passages_fts) FROM passages_fts
WHERE passages_fts MATCH ? ORDER BY bm25(passages_fts) LIMIT 20` with the same
MATCH text, interleaved, and prints p50/p95 of each (wall clock and this
process's CPU time, which holds when the machine's load varies) and the ratios.
Target (issue 4): search() p95 within 2x of raw and under 50 ms.

With --pg URL (a server where the user may create databases, e.g.
postgresql://mb:mb@127.0.0.1:5432/postgres) the same record is also built in
a scratch PostgreSQL database and search() is timed against the raw
`ts_rank_cd ... ORDER BY ... LIMIT 20` query there.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, literal_column, select, text

from minutebook.parallel import parse_many
from minutebook.paths import expand_paths
from minutebook.search import search
from minutebook.store import open_store, schema
from minutebook.store.query import parse_query, to_fts5, to_tsquery

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
QUERIES = [
    "youth justice",
    '"youth justice plan"',
    "budget",
    "devolution",
    "justic*",
    "budget OR finance",
    "kent NOT budget",
    "council",
    "reoffending",
    '"accountable body"',
    "first time entrants",
    "capital programme",
    "(school OR education) AND transport",
    "safeguarding children",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def parse_corpus() -> tuple[list, float]:
    source = CORPUS if CORPUS.exists() else ROOT / "samples"
    t0 = time.perf_counter()
    parsed = [o.parsed for o in parse_many(expand_paths([source])) if o.parsed is not None]
    seconds = time.perf_counter() - t0
    pages = sum(len(p.document.pages) for p in parsed)
    print(f"source: {source} ({len(parsed)} readable documents, {pages} pages)")
    return parsed, seconds


def fill(url: str, parsed: list, want: int, parse_seconds: float) -> None:
    """Store the parsed corpus (timed: the ingest rate), then copy its passages until there are `want`."""
    store = open_store(url)
    t0 = time.perf_counter()
    for p in parsed:
        store.ingest(p)
    stored = time.perf_counter() - t0
    pages = sum(len(p.document.pages) for p in parsed)
    print(
        f"ingest ({store.dialect}): {pages / (parse_seconds + stored):.1f} pages/s overall "
        f"(parse {pages / parse_seconds:.1f} pages/s, store {pages / stored:.1f} pages/s = "
        f"{len(parsed) / stored:.1f} documents/s)"
    )
    pg = store.dialect == "postgresql"
    shifted = (
        "to_char(date::date - make_interval(years => :k), 'YYYY-MM-DD')" if pg else "date(date, '-' || :k || ' years')"
    )
    start = time.perf_counter()
    with store.engine.begin() as conn:
        n, top = conn.execute(text("SELECT count(*), max(id) FROM passages")).one()
        for k in range(1, max(0, -(-(want - n) // n)) + 1):
            cid = conn.execute(
                text("INSERT INTO councils (name, slug) VALUES (:n, :s) RETURNING id"),
                {"n": f"Benchshire {k} District Council", "s": f"benchshire-{k}"},
            ).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO passages (council_id, body_id, meeting_id, document_id, minute_item_id, kind, item,"
                    f" date, page, line, end_line, text) SELECT :cid, body_id, meeting_id, document_id, minute_item_id,"
                    f" kind, item, {shifted}, page, line, end_line, text FROM passages WHERE id <= :top"
                ),
                {"cid": cid, "k": k % 12, "top": top},
            )
        total = conn.execute(text("SELECT count(*) FROM passages")).scalar_one()
    store.merge_search_index()  # what `minutebook ingest` does after a run
    if pg:
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE passages"))
    print(f"record ({store.dialect}): {total} passages (copied with SQL in {time.perf_counter() - start:.1f}s)")
    store.close()


def time_queries(url: str, repeat: int) -> None:
    store = open_store(url)
    if store.dialect == "sqlite":
        raw_conn = sqlite3.connect(url)
        raw_sql = (
            "SELECT rowid, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH ? "
            "ORDER BY bm25(passages_fts) LIMIT 20"
        )

        def raw(q: str) -> None:
            raw_conn.execute(raw_sql, (to_fts5(parse_query(q).node),)).fetchall()

        label = "raw FTS5 bm25"
    else:
        pg_conn = store.engine.connect()
        tsv = literal_column("passages.tsv")

        def raw(q: str) -> None:
            node = parse_query(q).node
            score = func.ts_rank_cd(tsv, to_tsquery(node)).label("s")
            stmt = select(schema.passages.c.id, score).where(tsv.op("@@")(to_tsquery(node))).order_by(score.desc())
            pg_conn.execute(stmt.limit(20)).all()

        label = "raw ts_rank_cd"
    timings: dict[str, list[float]] = {label: [], "search": [], "search+facets": []}
    cpu: dict[str, list[float]] = {name: [] for name in timings}  # CPU time: holds when the machine's load varies
    for q in QUERIES:  # warm the caches
        raw(q)
        search(store, q, facets=False)
    hits = {}
    calls = {label: raw, "search": lambda q: search(store, q, limit=20, facets=False)}
    calls["search+facets"] = lambda q: search(store, q, limit=20, facets=True)
    for _ in range(repeat):
        for q in QUERIES:
            for name, call in calls.items():
                c0, t0 = time.process_time(), time.perf_counter()
                result = call(q)
                timings[name].append((time.perf_counter() - t0) * 1000)
                cpu[name].append((time.process_time() - c0) * 1000)
                if name == "search+facets":
                    n = getattr(result, "facet_sample", None)  # (a search.py before facet_sample: None)
                    sample = f" (facets: best {n})" if n else ""
                    hits[q] = f"{result.total}{'+' if result.total_capped else ''}{sample}"
    print(f"--- {store.dialect}")
    for q in QUERIES:
        print(f"  {hits[q]:>28} matches  {q}")
    print(f"{'':>14}  wall p50 / p95 ms     CPU p50 / p95 ms")
    for name, values in timings.items():
        print(
            f"{name:>14}: {statistics.median(values):7.2f} / {percentile(values, 0.95):7.2f}    "
            f"{statistics.median(cpu[name]):7.2f} / {percentile(cpu[name], 0.95):7.2f}"
        )
    for kind, table in (("wall", timings), ("CPU", cpu)):
        for name in ("search", "search+facets"):
            r50 = statistics.median(table[name]) / statistics.median(table[label])
            r95 = percentile(table[name], 0.95) / percentile(table[label], 0.95)
            print(f"ratio {name}/raw ({kind}): p50 {r50:.2f}x   p95 {r95:.2f}x")
    print("target: search p95 <= 2x raw and < 50 ms")
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--pg", help="also on PostgreSQL: a server URL whose user may create databases")
    args = ap.parse_args()
    parsed, parse_seconds = parse_corpus()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        fill(db, parsed, args.passages, parse_seconds)
        time_queries(db, args.repeat)
    if args.pg:
        server = args.pg.replace("postgresql://", "postgresql+psycopg://", 1)
        name = f"mb_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = args.pg.rsplit("/", 1)[0] + "/" + name
            fill(url, parsed, args.passages, parse_seconds)
            time_queries(url, args.repeat)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()
