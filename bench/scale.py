"""How parsing scales: documents/s on 1, 2 and N local processes and on a
Dask cluster on this machine, each against the single-process figure taken
in the same run, then what that means for the national archive.

    .venv/bin/python bench/scale.py [--repeat 6] [--processes N] [--db URL]
    .venv/bin/python bench/scale.py --store-rows 1000000 --db postgresql://...

The second form measures the PostgreSQL store, not parsing: it fills a fresh
database with the corpus plus synthetic councils, meetings, documents, items
and `--store-rows` passages (texts drawn from the corpus's own passages), then
times the real search, meeting-page and document-replacement code on it,
without and with the indexes suggested in docs/deploying.md.

The work is the shared corpus (or samples/ in a fresh clone), every readable
file repeated `--repeat` times so a run lasts long enough to time. Parsing is
timed end to end, process and cluster start-up included (a cluster's own
start-up is printed apart). The store's write rate is measured by ingesting
the distinct files once into a fresh record (SQLite, and PostgreSQL when
--db or $MINUTEBOOK_TEST_PG names one), because at scale the single writer
is the other half of the bill.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from minutebook.model import ParsedDocument  # noqa: E402
from minutebook.parallel import parse_many  # noqa: E402
from minutebook.paths import expand_paths  # noqa: E402

#: A printed A4 page of minutes holds about this many lines: used to count
#: text and HTML files, which have no pages, in page equivalents.
LINES_PER_PAGE = 50

# The national archive, as issue 8 sizes it. Each figure is an assumption.
COUNCILS = 400
MEETINGS_PER_COUNCIL_YEAR = 300  # "hundreds of meetings a year": committees, sub-committees, panels
YEARS = 15
PAGES_TOTAL = 1e8  # the order of magnitude; 400*300*15 = 1.8e6 meetings at ~55 pages each


def pages_of(parsed: ParsedDocument) -> int:
    doc = parsed.document
    if doc.paged:
        return len(doc.pages)
    return max(1, math.ceil(sum(len(p.lines) for p in doc.pages) / LINES_PER_PAGE))


def seconds_for(work: list[Path], **kwargs: object) -> float:
    start = time.perf_counter()
    failed = [o.error for o in parse_many(work, **kwargs) if not o.ok]  # type: ignore[arg-type]
    if failed:
        raise SystemExit(f"bench: {len(failed)} documents failed, e.g. {failed[0]}")
    return time.perf_counter() - start


def write_rate(url: str, files: list[Path]) -> tuple[float, float] | None:
    """Documents/s and pages/s that one writer stores, parsing excluded."""
    try:
        from minutebook.store import open_store
    except ImportError:
        return None
    parsed = [o.parsed for o in parse_many(files) if o.ok]
    store = open_store(url)
    try:
        start = time.perf_counter()
        for p in parsed:
            store.ingest(p)
        seconds = time.perf_counter() - start
    finally:
        store.close()
    return len(parsed) / seconds, sum(pages_of(p) for p in parsed) / seconds


def fresh_pg(url: str) -> str | None:
    """A new, empty database next to the one `url` names (dropped by the caller)."""
    import psycopg

    name = f"minutebook_bench_{os.getpid()}"
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        print(f"PostgreSQL at {url} not usable for the write bench: {exc}")
        return None
    return url.rsplit("/", 1)[0] + "/" + name


def drop_pg(url: str, fresh: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{fresh.rsplit("/", 1)[1]}" WITH (FORCE)')


# ---------------------------------------------------------------- the store at scale

#: Indexes migration 0003 adds for a large record: foreign keys that deleting
#: a document's rows must check, and the meeting's memberships. The bench
#: times the record without them, then with them.
SUGGESTED_INDEXES = {
    "ix_passages_minute_item_id": "passages (minute_item_id)",
    "ix_agenda_items_parent_id": "agenda_items (parent_id)",
    "ix_memberships_meeting_id": "memberships (meeting_id)",
}


def fill(conn, rows: int, per_document: int = 50) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Synthetic record around the real one: 400 councils x 10 bodies,
    rows/per_document meetings each with one document of 20 minute items,
    20 agenda items and `per_document` passages."""
    from sqlalchemy import text

    docs = max(1, rows // per_document)
    run = conn.execute
    run(text("CREATE TEMP TABLE pool AS SELECT row_number() OVER () AS n, text, kind FROM passages"))
    pool = run(text("SELECT count(*) FROM pool")).scalar_one()
    run(
        text(
            "INSERT INTO councils (name, slug) SELECT 'Synthetic Council ' || g, 'synthetic-' || g "
            "FROM generate_series(1, 400) g"
        )
    )
    c0 = run(text("SELECT min(id) FROM councils WHERE name LIKE 'Synthetic Council %'")).scalar_one()
    run(
        text(
            "INSERT INTO bodies (council_id, name) SELECT :c0 + (g % 400), 'Committee ' || g "
            "FROM generate_series(0, 3999) g"
        ),
        {"c0": c0},
    )
    b0 = run(text("SELECT min(id) FROM bodies WHERE name LIKE 'Committee %'")).scalar_one()
    run(
        text(
            "INSERT INTO meetings (council_id, body_id, date, status) "
            "SELECT :c0 + (g % 400), :b0 + (g % 4000), to_char(date '2010-01-01' + (g % 5500), 'YYYY-MM-DD'), 'held' "
            "FROM generate_series(0, :d - 1) g"
        ),
        {"c0": c0, "b0": b0, "d": docs},
    )
    m0 = run(text("SELECT max(id) - :d + 1 FROM meetings"), {"d": docs}).scalar_one()
    run(
        text(
            "INSERT INTO documents (path, name, sha256, format, pages, paged, council_id, meeting_id, ingested_at) "
            "SELECT 'synthetic/' || g || '.pdf', g || '.pdf', md5(g::text) || md5('x' || g), 'pdf', 40, true, "
            ":c0 + (g % 400), :m0 + g, '2026-01-01' FROM generate_series(0, :d - 1) g"
        ),
        {"c0": c0, "m0": m0, "d": docs},
    )
    d0 = run(text("SELECT max(id) - :d + 1 FROM documents"), {"d": docs}).scalar_one()
    run(
        text(
            "INSERT INTO minute_items (meeting_id, document_id, position, number, title, text, public, line) "
            "SELECT :m0 + g / 20, :d0 + g / 20, g % 20, (g % 20 + 1)::text, 'Item ' || g, 'Minute text', true, g % 20 "
            "FROM generate_series(0, :d * 20 - 1) g"
        ),
        {"m0": m0, "d0": d0, "d": docs},
    )
    i0 = run(text("SELECT max(id) - :n + 1 FROM minute_items"), {"n": docs * 20}).scalar_one()
    run(
        text(
            "INSERT INTO agenda_items (document_id, meeting_id, position, number, title, public, line) "
            "SELECT :d0 + g / 20, :m0 + g / 20, g % 20, (g % 20 + 1)::text, 'Agenda item ' || g, true, g % 20 "
            "FROM generate_series(0, :d * 20 - 1) g"
        ),
        {"m0": m0, "d0": d0, "d": docs},
    )
    run(text("DROP INDEX IF EXISTS ix_passages_tsv"))  # built once at the end: much faster than row by row
    run(
        text(
            "INSERT INTO passages (council_id, body_id, meeting_id, document_id, minute_item_id, kind, item, date, "
            "page, line, end_line, text) "
            "SELECT :c0 + ((g / :per) % 400), :b0 + ((g / :per) % 4000), :m0 + g / :per, :d0 + g / :per, "
            "CASE WHEN g % 2 = 0 THEN :i0 + (g / :per) * 20 + (g % 20) END, p.kind, (g % 20 + 1)::text, "
            "to_char(date '2010-01-01' + ((g / :per) % 5500), 'YYYY-MM-DD'), 1 + g % 40, g % 1000, g % 1000, "
            "p.text || ' ref' || g "
            "FROM generate_series(0, :rows - 1) g JOIN pool p ON p.n = 1 + (g::bigint * 7919) % :pool"
        ),
        {
            "c0": c0,
            "b0": b0,
            "m0": m0,
            "d0": d0,
            "i0": i0,
            "per": per_document,
            "rows": docs * per_document,
            "pool": pool,
        },
    )
    run(text("CREATE INDEX ix_passages_tsv ON passages USING gin (tsv)"))
    return {"documents": docs, "first_document": d0, "first_meeting": m0}


def best_of(fn, times: int = 3) -> float:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(times):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return min(out)


def slowest_statements(engine, fn) -> list[tuple[float, str]]:  # type: ignore[no-untyped-def]
    """Run fn, timing every SQL statement it sends: where the time goes."""
    from sqlalchemy import event

    timings: list[tuple[float, str]] = []
    started: list[float] = []

    def before(*_: object) -> None:
        started.append(time.perf_counter())

    def after(_conn, _cursor, statement, *rest) -> None:  # type: ignore[no-untyped-def]
        timings.append((time.perf_counter() - started.pop(), " ".join(statement.split())[:90]))

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)
    return sorted(timings, reverse=True)


def store_at_scale(url: str, rows: int) -> None:
    """Fill a fresh database next to `url` and time the record's own read and
    replace paths on it without SUGGESTED_INDEXES, then with them."""
    from sqlalchemy import text

    from minutebook.ingest import ingest_paths
    from minutebook.search import search
    from minutebook.store import open_store
    from minutebook.store.writer import delete_document
    from minutebook.web.queries import get_meeting

    fresh = fresh_pg(url)
    if not fresh:
        return
    try:
        source = ROOT.parent / "shared" / "corpus"
        ingest_paths([source if source.exists() else ROOT / "samples"], fresh, progress=False)
        store = open_store(fresh)
        start = time.perf_counter()
        with store.engine.begin() as conn:
            made = fill(conn, rows)
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
            size = conn.execute(text("SELECT pg_size_pretty(pg_total_relation_size('passages'))")).scalar_one()
            total = conn.execute(text("SELECT count(*) FROM passages")).scalar_one()
        print(
            f"# filled in {time.perf_counter() - start:.0f} s: {total:,} passages ({size} with indexes), "
            f"{made['documents']:,} synthetic documents and meetings"
        )
        doc = made["first_document"] + made["documents"] // 2
        meeting = made["first_meeting"] + made["documents"] // 2
        rare = f"ref{(doc - made['first_document']) * 50 + 7}"
        queries = {
            f"search '{rare}' (1 hit)": rare,
            "search 'youth justice'": '"youth justice"',
            "search 'council' (most passages)": "council",
        }

        def report(label: str) -> None:
            print(f"# {label}")
            for name, q in queries.items():
                hits = search(store, q, limit=20).total
                t = best_of(lambda q=q: search(store, q, limit=20))
                t_nofacets = best_of(lambda q=q: search(store, q, limit=20, facets=False))
                print(f"{name:<40} {t * 1000:9.1f} ms   without facets {t_nofacets * 1000:9.1f} ms   ({hits:,} hits)")
            with store.engine.connect() as conn:
                t = best_of(lambda: get_meeting(conn, meeting))
            print(f"{'meeting page (get_meeting)':<40} {t * 1000:9.1f} ms")

            def replace() -> None:
                with store.engine.connect() as conn:
                    tx = conn.begin()
                    delete_document(conn, doc)
                    tx.rollback()

            print(f"{'delete one document (replace), rolled back':<40} {best_of(replace, 2) * 1000:9.1f} ms")
            for seconds, statement in slowest_statements(store.engine, replace)[:3]:
                print(f"    {seconds * 1000:9.1f} ms  {statement}")

        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for name in SUGGESTED_INDEXES:
                conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
        report("without " + ", ".join(SUGGESTED_INDEXES.values()) + " (migrations 0001-0002)")
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for name, target in SUGGESTED_INDEXES.items():
                conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {target}"))
            conn.execute(text("ANALYZE"))
        report("with them (migration 0003)")
        store.close()
    finally:
        drop_pg(url, fresh)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=6, help="how many times each file is parsed (default 6)")
    ap.add_argument("--rounds", type=int, default=2, help="interleaved rounds; each set-up keeps its best")
    ap.add_argument("--processes", type=int, default=max(4, os.cpu_count() or 1), help="N for the N-process run")
    ap.add_argument("--db", default=os.environ.get("MINUTEBOOK_TEST_PG"), help="PostgreSQL URL for the write bench")
    ap.add_argument("--store-rows", type=int, default=0, help="measure the PostgreSQL store at this many passages")
    args = ap.parse_args()
    if args.store_rows:
        if not args.db:
            ap.error("--store-rows needs --db postgresql://... (or $MINUTEBOOK_TEST_PG)")
        store_at_scale(args.db, args.store_rows)
        return

    source = ROOT.parent / "shared" / "corpus"
    if not source.exists():
        source = ROOT / "samples"
    outcomes = list(parse_many(expand_paths([source])))  # warm-up, and which files are readable
    files = [Path(o.path) for o in outcomes if o.ok]
    pages_one = sum(pages_of(o.parsed) for o in outcomes if o.ok)  # type: ignore[arg-type]
    work = files * args.repeat
    pages = pages_one * args.repeat
    n = args.processes
    print(
        f"# {len(files)} readable files from {source} ({pages_one} pages or page equivalents), "
        f"each parsed {args.repeat} times: {len(work)} documents"
    )
    print(f"# machine: {os.cpu_count()} CPUs (shared); Python {sys.version.split()[0]}")

    from distributed import LocalCluster

    start = time.perf_counter()
    with LocalCluster(n_workers=n, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        print(f"# Dask LocalCluster with {n} worker processes started in {time.perf_counter() - start:.1f} s")
        runs = {
            "1 process (baseline)": {},
            "2 local processes": {"workers": 2},
            f"{n} local processes": {"workers": n},
            f"Dask, {n} workers x 1 thread": {"scheduler": cluster.scheduler_address},
        }
        # Rounds interleave the set-ups so that other work on a shared
        # machine weighs on all of them alike; each keeps its best round.
        best = dict.fromkeys(runs, float("inf"))
        for _ in range(args.rounds):
            for label, kwargs in runs.items():
                best[label] = min(best[label], seconds_for(work, **kwargs))
    print(f"# best of {args.rounds} interleaved rounds; process and worker start-up included")
    base = len(work) / best["1 process (baseline)"]
    for label, seconds in best.items():
        rate = len(work) / seconds
        print(f"{label:<34} {seconds:7.2f} s {rate:8.1f} docs/s {pages / seconds:8.1f} pages/s  {rate / base:5.2f}x")

    print("# one writer, parsing excluded:")
    with tempfile.TemporaryDirectory() as tmp:
        rate = write_rate(str(Path(tmp) / "bench.db"), files)
    if rate:
        print(f"{'SQLite store.ingest':<34} {rate[0]:8.1f} docs/s {rate[1]:8.1f} pages/s")
    pg_rate = None
    if args.db:
        fresh = fresh_pg(args.db)
        if fresh:
            try:
                pg_rate = write_rate(fresh, files)
            finally:
                drop_pg(args.db, fresh)
            if pg_rate:
                print(f"{'PostgreSQL store.ingest':<34} {pg_rate[0]:8.1f} docs/s {pg_rate[1]:8.1f} pages/s")

    per_core = pages * base / len(work)  # pages/s of one process
    print("# extrapolation to the national archive (assumptions in bench/scale.py and docs/benchmarks.md):")
    print(
        f"#   {COUNCILS} councils x {MEETINGS_PER_COUNCIL_YEAR} meetings/year x {YEARS} years, ~{PAGES_TOTAL:.0e} pages"
    )
    core_hours = PAGES_TOTAL / per_core / 3600
    print(
        f"#   parsing at {per_core:.0f} pages/s per process: {core_hours:,.0f} core-hours;"
        f" on 100 workers at 80% efficiency {core_hours / 100 / 0.8:,.1f} h"
    )
    if pg_rate:
        write_hours = PAGES_TOTAL / pg_rate[1] / 3600
        print(
            f"#   one PostgreSQL writer at {pg_rate[1]:.0f} pages/s: {write_hours:,.0f} h"
            f" -> shard the job by council ({write_hours / 16:,.1f} h with 16 writers, if the database keeps up)"
        )


if __name__ == "__main__":
    main()
