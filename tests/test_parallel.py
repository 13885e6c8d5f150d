"""Parsing many documents at once gives what parsing them one by one gives,
in the same order, and a bad file or a dying process costs only that file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from shared_corpus import SAMPLES

from minutebook.errors import MinutebookError
from minutebook.parallel import MAX_ATTEMPTS, connect, parse_many, parse_one
from minutebook.parse import parse_path
from minutebook.paths import expand_paths


def _json(outcomes):
    return [(o.path, o.parsed.to_json() if o.ok else o.error) for o in outcomes]


def test_processes_give_the_single_process_result_in_input_order():
    paths = expand_paths([SAMPLES])
    assert len(paths) >= 4
    serial = list(parse_many(paths))
    parallel = list(parse_many(paths, workers=2, window=2))
    assert [o.path for o in parallel] == [str(p) for p in paths]
    assert _json(parallel) == _json(serial)
    assert all(o.ok for o in parallel)


def test_unreadable_files_come_back_as_failures_in_place(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = SAMPLES / "coventry-cabinet-2019-10-29.txt"
    paths = [good, tmp_path / "missing.pdf", empty, good]
    outcomes = list(parse_many(paths, workers=2))
    assert [o.ok for o in outcomes] == [True, False, False, True]
    assert outcomes[1].error == f"{tmp_path / 'missing.pdf'}: no such file"
    assert outcomes[2].error == f"{empty}: empty file"


def _die_on_empty_name(path, ocr=False):
    """A parser that takes its whole process down on one file, as an
    out-of-memory kill or a crash inside the PDF library would."""
    if "poison" in str(path):
        os._exit(13)
    return parse_path(path, ocr=ocr)


def test_a_document_that_kills_its_process_fails_alone(tmp_path):
    poison = tmp_path / "poison.txt"
    poison.write_text("Minutes of the Cabinet\n")
    paths = [*expand_paths([SAMPLES])[:2], poison, *expand_paths([SAMPLES])[4:5]]
    outcomes = list(parse_many(paths, workers=2, parse=_die_on_empty_name))
    assert [o.path for o in outcomes] == [str(p) for p in paths]
    failed = [o for o in outcomes if not o.ok]
    assert [o.path for o in failed] == [str(poison)]
    assert f"died {MAX_ATTEMPTS} times" in failed[0].error
    assert _json([o for o in outcomes if o.ok]) == _json(parse_many(p for p in paths if p != poison))


def test_a_remote_worker_reads_relative_paths_from_the_clients_folder(tmp_path, monkeypatch):
    root = SAMPLES.parent
    relative = str((SAMPLES / "kent_cabinet_2025-01-30_printed_minutes.pdf").relative_to(root))
    monkeypatch.chdir(root)
    here = parse_one(relative)
    monkeypatch.chdir(tmp_path)  # the worker runs somewhere else
    there = parse_one(relative, base=str(root))
    assert there.ok, there.error
    assert there.parsed.document.path == relative
    assert there.parsed.to_json() == here.parsed.to_json()


def test_no_scheduler_says_how_to_start_one():
    with pytest.raises(MinutebookError, match="dask scheduler"):
        connect("tcp://127.0.0.1:9", timeout="1s")


def test_zero_workers_is_a_usage_error():
    with pytest.raises(MinutebookError, match="--workers"):
        list(parse_many([Path("x.txt")], workers=0))


def test_files_the_record_already_holds_are_hashed_not_parsed(tmp_path):
    same = tmp_path / "same.txt"
    same.write_text((SAMPLES / "coventry-cabinet-2019-10-29.txt").read_text())
    edited = tmp_path / "edited.txt"
    edited.write_text("Minutes of the Cabinet held on 1 May 2024\n")
    stored = {str(same): parse_path(same).document.sha256, str(edited): "0" * 64}
    for workers in (1, 2):
        outcomes = list(parse_many([same, edited], workers=workers, known=stored))
        assert [(o.unchanged, o.ok) for o in outcomes] == [(True, False), (False, True)]


def test_ingest_refuses_zero_workers_as_a_usage_error(tmp_path):
    from typer.testing import CliRunner

    from minutebook.cli import app

    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), "--db", str(tmp_path / "r.db"), "--workers", "0"])
    assert result.exit_code == 2
    assert not (tmp_path / "r.db").exists()


def test_an_ingest_on_two_processes_records_what_one_process_does(tmp_path):
    from test_dask_ingest import assert_same_record, digest

    from minutebook.ingest import ingest_paths

    files = [str(p) for p in expand_paths([SAMPLES])]
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    ingest_paths(files, one, progress=False)
    ingest_paths(files[:2], two, progress=False)  # a run cut short...
    again = ingest_paths(files, two, progress=False, workers=2)  # ...and run again on two processes
    assert (again.unchanged, again.added) == (2, len(files) - 2)
    assert_same_record(two, digest(one))
