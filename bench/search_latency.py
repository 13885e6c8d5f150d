"""Search latency on a record of >= 100,000 passages, against raw FTS5 in the same run.

    .venv/bin/python bench/search_latency.py [--passages 100000] [--repeat 15]

Builds the record from the real corpus (../shared/corpus, else samples/):
ingests it once through the real parser (that run gives the ingest rate in
pages/s), then copies its passages with SQL under varied council names and
meeting dates until there are enough (re-parsing would only measure the
parser again). Then times `minutebook.search.search()` for a fixed query set
against the raw FTS5 query `SELECT rowid, bm25(passages_fts) FROM passages_fts
WHERE passages_fts MATCH ? ORDER BY bm25(passages_fts) LIMIT 20` with the same
MATCH text, interleaved, and prints p50/p95 of each and the ratio.
Target (issue 4): search() p95 within 2x of raw and under 50 ms.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from minutebook.parallel import parse_many
from minutebook.paths import expand_paths
from minutebook.search import search
from minutebook.store import open_store
from minutebook.store.query import parse_query, to_fts5

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


def build(db: str, want: int) -> tuple[int, float, float]:
    source = CORPUS if CORPUS.exists() else ROOT / "samples"
    t0 = time.perf_counter()
    parsed = [o.parsed for o in parse_many(expand_paths([source])) if o.parsed is not None]
    t1 = time.perf_counter()
    store = open_store(db)
    t2 = time.perf_counter()
    for p in parsed:
        store.ingest(p)
    t3 = time.perf_counter()
    pages = sum(len(p.document.pages) for p in parsed)
    print(f"source: {source} ({len(parsed)} readable documents, {pages} pages)")
    print(
        f"ingest: {pages / (t1 - t0 + t3 - t2):.1f} pages/s overall (parse {pages / (t1 - t0):.1f} pages/s, "
        f"store {pages / (t3 - t2):.1f} pages/s = {len(parsed) / (t3 - t2):.1f} documents/s)"
    )
    start = time.perf_counter()
    with store.engine.begin() as conn:
        base = conn.execute(text("SELECT count(*), max(id) FROM passages")).one()
        n, top = base
        copies = max(0, -(-(want - n) // n))
        for k in range(1, copies + 1):
            cid = conn.execute(
                text("INSERT INTO councils (name, slug) VALUES (:n, :s) RETURNING id"),
                {"n": f"Benchshire {k} District Council", "s": f"benchshire-{k}"},
            ).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO passages (council_id, body_id, meeting_id, document_id, minute_item_id, kind, item,"
                    " date, page, line, end_line, text)"
                    " SELECT :cid, body_id, meeting_id, document_id, minute_item_id, kind, item,"
                    " date(date, :shift), page, line, end_line, text FROM passages WHERE id <= :top"
                ),
                {"cid": cid, "shift": f"-{k % 12} years", "top": top},
            )
        total = conn.execute(text("SELECT count(*) FROM passages")).scalar_one()
    conn2 = sqlite3.connect(db)
    conn2.execute("INSERT INTO passages_fts(passages_fts) VALUES ('optimize')")
    conn2.commit()
    conn2.close()
    store.close()
    return total, time.perf_counter() - start, pages / (t1 - t0 + t3 - t2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        total, seconds, _ = build(db, args.passages)
        print(f"record: {total} passages (copied with SQL in {seconds:.1f}s)")
        store = open_store(db)
        raw = sqlite3.connect(db)
        raw_sql = (
            "SELECT rowid, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH ? "
            "ORDER BY bm25(passages_fts) LIMIT 20"
        )
        timings: dict[str, list[float]] = {"raw": [], "search": [], "search+facets": []}
        for q in QUERIES:  # warm the page cache and statement caches
            raw.execute(raw_sql, (to_fts5(parse_query(q).node),)).fetchall()
            search(store, q, facets=False)
        hits = {}
        for _ in range(args.repeat):
            for q in QUERIES:
                match = to_fts5(parse_query(q).node)
                t0 = time.perf_counter()
                raw.execute(raw_sql, (match,)).fetchall()
                t1 = time.perf_counter()
                result = search(store, q, limit=20, facets=False)
                t2 = time.perf_counter()
                search(store, q, limit=20, facets=True)
                t3 = time.perf_counter()
                timings["raw"].append((t1 - t0) * 1000)
                timings["search"].append((t2 - t1) * 1000)
                timings["search+facets"].append((t3 - t2) * 1000)
                hits[q] = result.total
        for q in QUERIES:
            print(f"  {hits[q]:>7} matches  {q}")
        for name, values in timings.items():
            print(f"{name:>14}: p50 {statistics.median(values):6.2f} ms   p95 {percentile(values, 0.95):6.2f} ms")
        r50 = statistics.median(timings["search"]) / statistics.median(timings["raw"])
        r95 = percentile(timings["search"], 0.95) / percentile(timings["raw"], 0.95)
        print(f"ratio search/raw: p50 {r50:.2f}x   p95 {r95:.2f}x   (target p95 <= 2x and < 50 ms)")
        store.close()
        raw.close()


if __name__ == "__main__":
    main()
