"""An ingest killed with SIGKILL inside a document's transaction leaves the
record exactly as it was before that document, on both back ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from shared_corpus import SAMPLES

from minutebook.parse import parse_path
from minutebook.store import open_store
from minutebook.store.writer import PAUSE_ENV


def test_kill_mid_document_leaves_no_half_document(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    store.ingest(parse_path(SAMPLES / "warwickshire-cyp-osc-2024-09-17.txt"))
    before = store.counts()
    store.close()

    marker = tmp_path / "inside-transaction"
    env = {**os.environ, PAUSE_ENV: str(marker)}
    victim = SAMPLES / "coventry-cabinet-2019-10-29.txt"
    proc = subprocess.Popen(
        [sys.executable, "-m", "minutebook.cli", "ingest", str(victim), "--db", db_url, "-q"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while not marker.exists():
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "ingest ended early"
            assert time.monotonic() < deadline, "the ingest never reached the pause inside its transaction"
            time.sleep(0.05)
        # every row of the document is written by now, none committed
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL

    store = open_store(db_url)
    assert store.counts() == before
    assert store.ingest(parse_path(victim)) == "added"  # and it goes in whole on the next run
    assert store.counts()["documents"] == before["documents"] + 1
    store.close()
