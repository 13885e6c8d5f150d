"""Ingest on a real Dask cluster into a real PostgreSQL gives the record a
single-process ingest gives, even when a worker is killed mid-run or the
client itself dies and the job is run again.

A real scheduler and two worker processes on 127.0.0.1; PostgreSQL from
MINUTEBOOK_TEST_PG (`.ci/run` starts one), a fresh database per record.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from shared_corpus import CORPUS, SAMPLES
from sqlalchemy import select
from sqlalchemy.pool import NullPool

import minutebook.ingest
from minutebook.ingest import ingest_paths
from minutebook.parallel import parse_many
from minutebook.paths import expand_paths
from minutebook.store import open_store, schema

pytestmark = pytest.mark.postgres

PG_ENV = "MINUTEBOOK_TEST_PG"
SLOW = 0.15  # seconds added to each parse, so that a run lasts long enough to be interrupted


@pytest.fixture(scope="module")
def new_database() -> Iterator[Callable[[], str]]:
    """Makes fresh, empty databases on the test server; drops them at the end."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"needs PostgreSQL: set {PG_ENV}=postgresql://USER:PASS@HOST:PORT/DB (.ci/run does)")
    base = server.rsplit("/", 1)[0]
    admin_url = base.replace("postgresql://", "postgresql+psycopg://", 1) + "/postgres"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def make() -> str:
        name = f"mb_dask_{uuid.uuid4().hex[:10]}"
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except OperationalError as exc:
            pytest.skip(f"PostgreSQL at {server} is not reachable: {str(exc.orig).strip().splitlines()[0]}")
        made.append(name)
        return f"{base}/{name}"

    try:
        yield make
    finally:
        with admin.connect() as conn:
            for name in made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def files() -> list[str]:
    """The corpus where it is here (samples/ in a fresh clone), relative to
    the repository so the workers must resolve paths the way remote ones do."""
    source = CORPUS if CORPUS.exists() else SAMPLES
    paths = expand_paths([source])
    assert len(paths) >= 6
    return [str(p) for p in paths]


@pytest.fixture(scope="module")
def reference(new_database, files) -> dict[str, object]:
    """What a single-process ingest of the same files records."""
    url = new_database()
    summary = ingest_paths(files, url, progress=False)
    assert summary.added >= 5
    return digest(url)


def digest(url: str) -> dict[str, object]:
    """The record's content, independent of row ids and ingest times: rows
    per table, every table's non-key values as a sorted multiset, and per
    document its bytes, its meeting and its resolutions."""
    store = open_store(url)
    try:
        out: dict[str, object] = {"counts": store.counts()}
        skip = {"ingested_at", "fetched_at"}
        with store.engine.connect() as conn:
            for table in schema.metadata.sorted_tables:
                keys = {c.name for c in table.primary_key} | {c.parent.name for c in table.foreign_keys}
                cols = [c for c in table.columns if c.name not in keys | skip]
                rows = conn.execute(table.select().with_only_columns(*cols)).all()
                out[table.name] = sorted(repr(tuple(r)) for r in rows)
            d, m, b, c, r = schema.documents, schema.meetings, schema.bodies, schema.councils, schema.resolutions
            docs = conn.execute(
                d.select()
                .with_only_columns(d.c.id, d.c.sha256, d.c.path, c.c.name, b.c.name, m.c.date)
                .select_from(
                    d.outerjoin(m, d.c.meeting_id == m.c.id)
                    .outerjoin(b, m.c.body_id == b.c.id)
                    .outerjoin(c, m.c.council_id == c.c.id)
                )
            ).all()
            per_doc = []
            for doc_id, sha, path, council, body, date in docs:
                texts = conn.execute(r.select().with_only_columns(r.c.text).where(r.c.document_id == doc_id)).scalars()
                per_doc.append((sha, path, council, body, date, sorted(texts)))
            out["documents by content"] = sorted(per_doc)
        return out
    finally:
        store.close()


def assert_same_record(url: str, reference: dict[str, object]) -> None:
    """The record at `url` equals the reference; on failure, say where it differs."""
    got = digest(url)
    differ = []
    for key, want in reference.items():
        if got[key] != want:
            if isinstance(want, list):
                extra = [r for r in got[key] if r not in want][:2]  # type: ignore[union-attr]
                missing = [r for r in want if r not in got[key]][:2]  # type: ignore[operator]
                differ.append(f"{key}: extra {extra} missing {missing}")
            else:
                differ.append(f"{key}: {got[key]} != {want}")
    assert not differ, "\n".join(differ)


def _slow_parse_many():
    """parse_many whose parse waits a little first; a closure, so Dask sends
    it to the workers by value."""
    from minutebook.parse import parse_path

    def slow(path, ocr=False):
        time.sleep(SLOW)
        return parse_path(path, ocr=ocr)

    return partial(parse_many, parse=slow)


def _documents(url: str) -> int:
    """Documents stored so far: one light query, so a watcher polling it sees
    the run's progress promptly."""
    from sqlalchemy import create_engine, text

    engine = _ENGINES.get(url) or _ENGINES.setdefault(
        url, create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1), poolclass=NullPool)
    )
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM documents")).scalar_one()


_ENGINES: dict[str, object] = {}


def test_a_slow_first_document_holds_back_nothing(cluster):
    """Results wait, in order, behind a slow document; none is dropped."""
    from minutebook.parse import parse_path

    paths = [str(p) for p in expand_paths([SAMPLES])]

    def first_is_slow(path, ocr=False):
        if path == paths[0]:
            time.sleep(1.0)
        return parse_path(path, ocr=ocr)

    outcomes = list(parse_many(paths, scheduler=cluster.scheduler_address, window=2, parse=first_is_slow))
    assert [o.path for o in outcomes] == paths
    assert all(o.ok for o in outcomes)
    assert {o.worker for o in outcomes} == set(cluster.scheduler_info["workers"])  # parsed on the cluster


def test_a_file_the_workers_cannot_see_says_so(cluster, tmp_path):
    [outcome] = parse_many([tmp_path / "not-on-shared-storage.pdf"], scheduler=cluster.scheduler_address)
    assert not outcome.ok
    assert "no such file on the Dask worker tcp://" in outcome.error
    assert "client's paths" in outcome.error


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(cluster, new_database, files, reference, monkeypatch):
    from distributed import Client

    url = new_database()
    open_store(url).close()  # migrate first, so the watcher can count
    monkeypatch.setattr(minutebook.ingest, "parse_many", _slow_parse_many())
    seen: dict[str, int] = {}

    def kill_a_worker_once_writing_began() -> None:
        with Client(cluster.scheduler_address, set_as_default=False) as client:
            pids = client.run(os.getpid)
            deadline = time.monotonic() + 30
            while (stored := _documents(url)) < 2 and time.monotonic() < deadline:
                time.sleep(0.02)
            os.kill(next(iter(pids.values())), signal.SIGKILL)
            seen["stored when killed"] = stored

    killer = threading.Thread(target=kill_a_worker_once_writing_began)
    killer.start()
    summary = ingest_paths(files, url, progress=False, scheduler=cluster.scheduler_address)
    killer.join()
    assert 2 <= seen["stored when killed"] < len(files) // 2  # really mid-run
    assert_same_record(url, reference)
    again = ingest_paths(files, url, progress=False, scheduler=cluster.scheduler_address)
    assert again.added == again.replaced == 0
    assert again.unchanged == summary.added + summary.unchanged
    assert_same_record(url, reference)


CLIENT = """
import sys
from functools import partial
import time
import minutebook.ingest
from minutebook.parallel import parse_many
from minutebook.parse import parse_path

def slow(path, ocr=False):
    time.sleep({slow})
    return parse_path(path, ocr=ocr)

minutebook.ingest.parse_many = partial(parse_many, parse=slow)
minutebook.ingest.ingest_paths(sys.argv[3:], sys.argv[1], progress=False, scheduler=sys.argv[2])
"""


def test_rerunning_after_the_client_dies_completes_the_record(cluster, new_database, files, reference):
    url = new_database()
    open_store(url).close()
    script = CLIENT.format(slow=SLOW)
    client = subprocess.Popen([sys.executable, "-c", script, url, cluster.scheduler_address, *files])
    try:
        deadline = time.monotonic() + 40
        while _documents(url) < 2 and client.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert client.poll() is None, "the client finished before it could be killed"
        client.send_signal(signal.SIGKILL)  # mid-run, possibly mid-transaction
        client.wait(10)
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()
    partway = _documents(url)
    assert 2 <= partway < reference["counts"]["documents"]

    # The job run again, from the command line this time.
    from typer.testing import CliRunner

    from minutebook.cli import app

    args = ["ingest", "--quiet", "--db", url, "--scheduler", cluster.scheduler_address, *files]
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (0, 1), result.output  # 1 when the corpus holds an unreadable file
    added = reference["counts"]["documents"] - partway
    assert f"documents: {added} added, " in result.output  # what was stored is kept, only hashed
    assert_same_record(url, reference)


def test_the_same_files_from_another_folder_are_read_where_the_client_is(cluster, new_database, tmp_path, monkeypatch):
    """Relative paths name files under the client's folder, wherever the workers run."""
    monkeypatch.chdir(SAMPLES)  # the workers were started in another folder
    relative = [str(Path(p).relative_to(SAMPLES)) for p in expand_paths([SAMPLES])]
    url = new_database()
    summary = ingest_paths(relative, url, progress=False, scheduler=cluster.scheduler_address)
    assert summary.failures == []
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            stored = sorted(conn.execute(select(schema.documents.c.path)).scalars())
    finally:
        store.close()
    assert stored == sorted(relative)


def test_workers_running_other_code_are_refused(cluster, monkeypatch):
    import minutebook
    import minutebook.parallel
    from minutebook.errors import MinutebookError

    monkeypatch.setattr(minutebook, "__version__", "0.0.1")  # here only, not on the workers
    with pytest.raises(MinutebookError, match="other minutebook code"):
        minutebook.parallel.connect(cluster.scheduler_address)
