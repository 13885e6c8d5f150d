"""`minutebook serve` prints the address it serves the record on, and serves it there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from webrecord import free_port

MINUTEBOOK = str(Path(sys.executable).parent / "minutebook")


def test_serve_prints_its_address_and_answers_there(record_url, tmp_path):
    port = free_port()
    proc = subprocess.Popen(
        [MINUTEBOOK, "serve", "--db", record_url, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        first_line = proc.stdout.readline()  # type: ignore[union-attr]
        assert f"http://127.0.0.1:{port}/" in first_line
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q=libraries", timeout=2) as r:
                    body = r.read().decode()
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not answer within 20 s"
                time.sleep(0.2)
        assert "rural <mark>libraries</mark>" in body.lower()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


def test_serve_rejects_a_bad_port():
    r = subprocess.run([MINUTEBOOK, "serve", "--port", "70000"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "--port 70000" in r.stderr
