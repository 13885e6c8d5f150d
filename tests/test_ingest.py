"""`minutebook ingest`: every input accounted for, bad files named, the rest stored."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from shared_corpus import SAMPLES

from minutebook.ingest import ingest_paths
from minutebook.store import open_store


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "minutebook.cli", *args], capture_output=True, text=True, timeout=300)


def test_corpus_twice_leaves_the_same_counts(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "record.db")
    first = ingest_paths([corpus], db, progress=False)
    assert first.added > 10
    assert first.record["passages"] > 500 and first.record["meetings"] > 0
    second = ingest_paths([corpus], db, progress=False)
    assert second.added == 0 and second.replaced == 0
    assert second.unchanged == first.added
    assert second.record == first.record
    # the one failure in the corpus is the scanned pack with no text layer, reported both times
    assert [Path(p).name for p, _ in second.failures] == [Path(p).name for p, _ in first.failures]


def test_a_corrupt_file_is_named_and_the_rest_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("coventry-cabinet-2019-10-29.txt", "kent_cabinet_2025-01-30_printed_minutes.pdf"):
        shutil.copy(SAMPLES / name, folder / name)
    broken = folder / "broken.pdf"
    broken.write_bytes((SAMPLES / "kent_cabinet_2025-01-30_agenda_frontsheet.pdf").read_bytes()[:3000])
    db = tmp_path / "record.db"
    proc = run("ingest", str(folder), "--db", str(db))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "broken.pdf:" in proc.stderr
    assert "2 added, 0 skipped as unchanged, 0 replaced, 1 failed" in proc.stdout
    store = open_store(str(db))
    assert store.counts()["documents"] == 2
    store.close()
    again = run("ingest", str(folder), "--db", str(db))
    assert "0 added, 2 skipped as unchanged, 0 replaced, 1 failed" in again.stdout


def test_ingest_without_paths_is_a_usage_error(tmp_path: Path) -> None:
    proc = run("ingest", "--db", str(tmp_path / "x.db"))
    assert proc.returncode == 2
    assert "ingest needs at least one PATH" in proc.stderr


def test_a_bad_database_url_is_one_line(tmp_path: Path) -> None:
    proc = run(
        "ingest", str(SAMPLES / "coventry-cabinet-2019-10-29.txt"), "--db", str(tmp_path / "no" / "such" / "x.db")
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_default_record_is_minutebook_db_in_the_working_folder(tmp_path: Path) -> None:
    env_free = subprocess.run(
        [sys.executable, "-m", "minutebook.cli", "ingest", "-q", str(SAMPLES / "coventry-cabinet-2019-10-29.txt")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={k: v for k, v in __import__("os").environ.items() if k != "MINUTEBOOK_DB"},
    )  # fmt: skip
    assert env_free.returncode == 0, env_free.stderr
    assert (tmp_path / "minutebook.db").exists()


def test_ctrl_c_keeps_what_was_stored_and_says_so(tmp_path: Path) -> None:
    import os
    import signal
    import time

    from minutebook.store.writer import PAUSE_ENV

    db = str(tmp_path / "record.db")
    ingest_paths([SAMPLES / "warwickshire-cyp-osc-2024-09-17.txt"], db, progress=False)
    marker = tmp_path / "inside-transaction"
    proc = subprocess.Popen(
        [sys.executable, "-m", "minutebook.cli", "ingest", "-q", "--db", db, str(SAMPLES / "coventry-cabinet-2019-10-29.txt")],  # noqa: E501
        env={**os.environ, PAUSE_ENV: str(marker)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 90
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    assert "0 added" in out
    store = open_store(db)
    assert store.counts()["documents"] == 1
    store.close()


def test_an_ingest_leaves_the_search_index_in_one_segment(tmp_path: Path) -> None:
    """Each document's transaction adds a full-text index segment; a run merges
    them so that searches read one b-tree, and what they find is unchanged."""
    from sqlalchemy import text

    db = str(tmp_path / "record.db")
    for sample in sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("*.html")):
        ingest_paths([sample], db, progress=False)  # one run per file: one segment or more each
    store = open_store(db)
    with store.engine.connect() as conn:
        segments = conn.execute(text("SELECT count(DISTINCT segid) FROM passages_fts_idx")).scalar_one()
        found = conn.execute(text("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'council'")).scalar_one()
        stored = conn.execute(text("SELECT count(*) FROM passages WHERE lower(text) LIKE '%council%'")).scalar_one()
    store.close()
    assert segments == 1
    assert found > 0 and found <= stored  # LIKE also matches 'councillor'; the index finds the word


def test_a_failed_index_merge_loses_no_documents(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """The merge runs after the documents are stored: if it fails, they stay, and the run reports them."""
    from sqlalchemy.exc import OperationalError

    from minutebook.store import Store

    def locked(self: Store, pages: int = 0) -> None:
        raise OperationalError("INSERT INTO passages_fts ...", {}, Exception("database is locked"))

    monkeypatch.setattr(Store, "merge_search_index", locked)
    db = str(tmp_path / "record.db")
    summary = ingest_paths(sorted(SAMPLES.glob("*.txt")), db, progress=False)
    assert summary.added == 2 and not summary.failures and not summary.interrupted
    assert summary.record["passages"] > 0
