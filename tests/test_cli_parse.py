"""`minutebook parse`: bad input never stops the others, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from shared_corpus import SAMPLES


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "minutebook.cli", *args], capture_output=True, text=True, timeout=120)


def test_empty_and_binary_files_are_named_and_the_rest_still_parsed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 50)
    good = SAMPLES / "manordeilo-salem-community-council-minutes-2020-06-10.html"
    proc = run("parse", "--json", str(empty), str(junk), str(good))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "empty.txt: empty file" in proc.stderr
    assert "junk.txt: binary data" in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 1 and out[0]["source"]["format"] == "html"


def test_not_really_a_pdf(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"\x00\x01\x02 this is not a pdf at all \xff\xfe" * 100)
    proc = run("parse", "--json", str(fake))
    assert proc.returncode == 1
    assert "fake.pdf: not a PDF" in proc.stderr
    assert proc.stdout == ""


def test_wrong_extension_is_read_by_content(tmp_path: Path) -> None:
    html_as_txt = tmp_path / "minutes.txt"
    html_as_txt.write_bytes((SAMPLES / "manordeilo-salem-community-council-minutes-2020-06-10.html").read_bytes())
    proc = run("parse", "--json", str(html_as_txt))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"]["format"] == "html"
    assert "content is html" in proc.stderr


def test_a_novel_is_not_a_meeting(tmp_path: Path) -> None:
    novel = tmp_path / "novel.txt"
    novel.write_text("It was a bright cold day in April, and the clocks were striking thirteen.\n" * 40)
    proc = run("parse", "--json", str(novel))
    assert proc.returncode == 0
    out = json.loads(proc.stdout)
    assert out["council"] is None and out["meeting"]["date"] is None
    assert out["agenda"] == [] and out["minutes"] == [] and out["members"] == []
    assert "novel.txt: does not look like a council meeting document" in proc.stderr


def test_usage_error_exit_2() -> None:
    assert run("parse").returncode == 2
    assert run("no-such-command").returncode == 2
