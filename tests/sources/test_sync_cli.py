"""`minutebook sync` as a user runs it: exit status, summary, a killed sync
that resumes, and options a user can get wrong."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from mg_site import Fault, ModernGovSite, site_fixture  # noqa: F401 (the `site` fixture)

from minutebook.store import open_store


def _cmd(site: ModernGovSite, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "minutebook.cli", "sync", site.base, "--committee", "144", "--db", str(db),
            "--delay", "0", "--timeout", "2", "--council", "Manchester City Council",
            "--papers", str(db.parent / "papers"), *extra]  # fmt: skip


def _run(site: ModernGovSite, db: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd(site, db, *extra), capture_output=True, text=True, timeout=240, env=env)


def _counts(db: Path) -> dict[str, int]:
    store = open_store(str(db))
    try:
        return store.counts()
    finally:
        store.close()


def test_sync_command_fills_the_record_and_says_what_it_did(site: ModernGovSite, tmp_path: Path):
    db = tmp_path / "mb.db"
    proc = _run(site, db, "--since", "2026-01-01", "--until", "2026-03-31")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "2 meeting(s) seen" in proc.stdout and "2 document(s) fetched" in proc.stdout
    assert "cancelled" in proc.stderr  # progress names the cancelled meeting
    meetings = [r for r in site.requests if "GetMeetings" in r]
    assert "sFromDate=01%2F01%2F2026" in meetings[0] and "sToDate=31%2F03%2F2026" in meetings[0]

    again = _run(site, db)
    assert again.returncode == 0
    assert "0 document(s) fetched, 2 already held" in again.stdout
    kept = sorted(p.name for p in (tmp_path / "papers").rglob("*.pdf"))
    assert kept == ["6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025.pdf", "DRAFT WP FEBRUARY 2026.pdf"]


def test_failures_exit_1_and_are_named(site: ModernGovSite, tmp_path: Path):
    site.faults["/mgConvert2PDF.aspx?ID=60909"] = Fault("huge")
    proc = _run(site, tmp_path / "mb.db", "--max-mb", "0.25")
    assert proc.returncode == 1
    assert "failed: document 'DRAFT WP FEBRUARY 2026'" in proc.stderr and "more than the limit" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_site_that_is_not_moderngov_exits_1_with_a_reason(site: ModernGovSite, tmp_path: Path):
    site.faults["/mgWebService.asmx/GetMeetings"] = Fault("html")
    proc = _run(site, tmp_path / "mb.db")
    assert proc.returncode == 1
    assert "sync failed:" in proc.stderr and "HTML page" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_dates_are_usage_errors(site: ModernGovSite, tmp_path: Path):
    proc = _run(site, tmp_path / "mb.db", "--since", "13/01/2026")
    assert proc.returncode == 2 and "--since '13/01/2026': use YYYY-MM-DD" in proc.stderr
    proc = _run(site, tmp_path / "mb.db", "--since", "2026-03-01", "--until", "2026-01-01")
    assert proc.returncode == 2 and "is after --until" in proc.stderr
    assert site.requests == []


def test_a_killed_sync_leaves_whole_records_and_the_next_one_finishes(site: ModernGovSite, tmp_path: Path):
    db = tmp_path / "mb.db"
    site.faults["/mgConvert2PDF.aspx?ID=60909"] = Fault("huge")
    assert _run(site, db, "--max-mb", "0.25").returncode == 1  # everything but the work programme
    site.faults.clear()
    before = _counts(db)

    # kill the next sync inside the transaction that writes the work programme
    pause = tmp_path / "paused"
    env = {**os.environ, "MINUTEBOOK_INGEST_PAUSE": str(pause)}
    proc = subprocess.Popen(_cmd(site, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        deadline = time.monotonic() + 120
        while not pause.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        assert pause.exists(), "the sync never reached the document write"
        assert "DRAFT WP" in pause.read_text()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert _counts(db) == before  # nothing of the half-written document

    done = _run(site, db)
    assert done.returncode == 0, done.stderr
    assert "1 document(s) fetched, 1 already held" in done.stdout
    after = _counts(db)
    assert after["documents"] == before["documents"] + 1
    assert after["meetings"] == before["meetings"]


def test_list_shows_committees_to_choose_from_and_writes_nothing(site: ModernGovSite, tmp_path: Path):
    proc = subprocess.run(
        [sys.executable, "-m", "minutebook.cli", "sync", site.base + "/mgCommitteeDetails.aspx?ID=144", "--list",
         "--delay", "0"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "   144  Audit Committee" in proc.stdout.splitlines()
    assert "312  Appointment Sub Committee for Director of Adult Social Services  (expired)" in proc.stdout
    assert not (tmp_path / "minutebook.db").exists()
