"""`minutebook export`: one file per table, readable back, citations kept."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from shared_corpus import SAMPLES

from minutebook.ingest import ingest_paths
from minutebook.store.schema import metadata


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "minutebook.cli", *args], capture_output=True, text=True, timeout=120)


def test_csv_and_json_hold_every_row(tmp_path: Path) -> None:
    db = str(tmp_path / "record.db")
    summary = ingest_paths([SAMPLES / "coventry-cabinet-2019-10-29.txt"], db, progress=False)
    for fmt in ("csv", "json"):
        out = tmp_path / fmt
        proc = run("export", "--format", fmt, "--out", str(out), "--db", db)
        assert proc.returncode == 0, proc.stderr
        assert sorted(p.stem for p in out.iterdir()) == sorted(t.name for t in metadata.sorted_tables)
        if fmt == "csv":
            with (out / "passages.csv").open(encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
        else:
            rows = json.loads((out / "passages.json").read_text(encoding="utf-8"))
        assert len(rows) == summary.record["passages"]
        assert all(r["document_id"] and r["line"] for r in rows)
        docs = json.loads((tmp_path / "json" / "documents.json").read_text()) if fmt == "json" else None
        if docs:
            assert docs[0]["name"] == "coventry-cabinet-2019-10-29.txt"


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    proc = run("export", "--format", "xlsx", "--out", str(tmp_path / "o"), "--db", str(tmp_path / "r.db"))
    assert proc.returncode == 2 and "use csv or json" in proc.stderr
