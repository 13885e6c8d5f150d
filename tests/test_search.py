"""`minutebook search`: phrases from real packs, each hit's citation opening
the right document at the right page and line; filters; queries that do not
parse never end in a traceback."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from shared_corpus import SAMPLES

from minutebook.ingest import ingest_paths
from minutebook.search import QueryError, search
from minutebook.store import open_store
from minutebook.text import read_document

PHRASES = ['"youth justice plan"', '"accountable body"', '"printed minutes"', '"devolution"', '"budget monitoring"']


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("search") / "record.db")
    summary = ingest_paths([SAMPLES], db, progress=False)
    assert summary.failed == 0
    return db


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def test_each_hit_cites_the_page_and_line_it_came_from(record: str) -> None:
    store = open_store(record)
    checked = 0
    for phrase in PHRASES:
        result = search(store, phrase, limit=50, facets=False)
        for hit in result.hits:
            lines = read_document(hit.path).lines()
            assert hit.line is not None and 1 <= hit.line <= len(lines)
            cited = lines[hit.line - 1]
            assert cited.page == hit.page, (phrase, hit.document, hit.line)
            near = _norm(" ".join(ln.text for ln in lines[hit.line - 1 : hit.line + 8]))
            assert _norm(hit.text)[:40] in near, (phrase, hit.document, hit.line)
            assert "\x01" in hit.marked  # the matched words are marked
            checked += 1
    store.close()
    assert checked >= 10


def test_phrase_is_stricter_than_its_words(record: str) -> None:
    store = open_store(record)
    phrase = search(store, '"youth justice plan"', facets=False).total
    words = search(store, "youth justice plan", facets=False).total
    either = search(store, "youth OR plan", facets=False).total
    assert 0 < phrase <= words <= either
    prefix = search(store, "justic*", facets=False).total
    assert prefix >= search(store, "justice", facets=False).total > 0
    without = search(store, "justice NOT youth", facets=False)
    assert all("youth" not in h.text.lower() for h in without.hits)
    store.close()


def test_filters_and_facets(record: str) -> None:
    store = open_store(record)
    everything = search(store, "council", limit=5)
    assert sum(n for _, n in everything.facets["kind"]) == everything.total
    assert everything.total > len(everything.hits)
    page2 = search(store, "council", limit=5, offset=5)
    assert {h.passage_id for h in page2.hits}.isdisjoint({h.passage_id for h in everything.hits})
    kent = search(store, "council", council="kent", limit=100, facets=False)
    assert kent.hits and all(h.council == "Kent County Council" for h in kent.hits)
    recent = search(store, "council", since="2024-01-01", limit=100, facets=False)
    assert recent.hits and all(h.date and h.date >= "2024-01-01" for h in recent.hits)
    old = search(store, "council", until="2020-12-31", limit=100, facets=False)
    assert all(h.date and h.date <= "2020-12-31" for h in old.hits)
    resolutions = search(store, "council", kind="resolution", limit=100, facets=False)
    assert resolutions.hits and all(h.kind == "resolution" for h in resolutions.hits)
    assert search(store, "council", council="no such council anywhere").total == 0
    store.close()


def test_facets_of_a_large_match_set_count_the_best_matches_and_say_so(
    record: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import minutebook.search as search_module

    store = open_store(record)
    exact = search(store, "council", limit=5)
    assert exact.facet_sample is None
    monkeypatch.setattr(search_module, "FACET_SAMPLE", 7)
    best = search(store, "council", limit=5)
    assert best.facet_sample == 7 and sum(n for _, n in best.facets["kind"]) == 7
    # the page, its order and the total are the same whether facets are asked for or not
    plain = search(store, "council", limit=5, facets=False)
    assert [h.passage_id for h in best.hits] == [h.passage_id for h in plain.hits] == [h.passage_id for h in exact.hits]
    assert best.total == plain.total == exact.total
    for offset in (5, 10):
        with_facets = search(store, "council", limit=5, offset=offset)
        without = search(store, "council", limit=5, offset=offset, facets=False)
        assert [h.passage_id for h in with_facets.hits] == [h.passage_id for h in without.hits]
        assert with_facets.total == without.total == exact.total
    beyond = search(store, "council", limit=5, offset=exact.total + 5, facets=False)
    assert beyond.hits == [] and beyond.total == exact.total
    last = search(store, "council", limit=5, offset=exact.total - 2, facets=False)
    assert len(last.hits) == 2 and last.total == exact.total
    store.close()


def test_bad_input_is_one_clear_error(record: str) -> None:
    store = open_store(record)
    with pytest.raises(QueryError, match="not a date"):
        search(store, "budget", since="13/09/2024")
    with pytest.raises(QueryError, match="--kind"):
        search(store, "budget", kind="spreadsheet")
    with pytest.raises(QueryError):
        search(store, "   ")
    for query in ['youth "justice', "(budget", "budget AND", "OR", "NOT budget", "budget ) (", "-", "AND OR NOT"]:
        try:
            result = search(store, query, facets=False)
        except QueryError as exc:
            assert str(exc) and "\n" not in str(exc)
        else:
            assert result.notes or result.total >= 0
    store.close()


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "minutebook.cli", *args], capture_output=True, text=True, timeout=120)


def test_cli_json_lines_follow_the_contract(record: str) -> None:
    proc = cli("search", '"youth justice"', "--db", record, "--json", "--limit", "3")
    assert proc.returncode == 0, proc.stderr
    hits = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(hits) == 3
    keys = {"kind", "snippet", "text", "council", "body", "date", "item", "document", "page", "line", "score"}
    assert all(keys <= set(h) for h in hits)
    assert all("[" in h["snippet"] and "]" in h["snippet"] for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_cli_human_output_and_errors(record: str) -> None:
    proc = cli("search", "accountable", "--db", record, "--kind", "resolution")
    assert proc.returncode == 0
    assert (
        "Coventry City Council › Cabinet › 2019-10-08 › item 37 › coventry-cabinet-2019-10-29.txt › line" in proc.stdout
    )
    bad = cli("search", "budget", "--db", record, "--since", "yesterday")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "YYYY-MM-DD" in bad.stderr
    unbalanced = cli("search", 'youth "justice', "--db", record)
    assert unbalanced.returncode == 0 and "Traceback" not in unbalanced.stderr
    assert "quote is not closed" in unbalanced.stderr
    nothing = cli("search", "AND", "--db", record)
    assert nothing.returncode == 2 and len(nothing.stderr.strip().splitlines()) == 1


def test_search_on_a_missing_postgres_is_one_line(tmp_path: Path) -> None:
    proc = cli("search", "budget", "--db", "postgresql://nobody:x@127.0.0.1:1/none")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "cannot open the record" in proc.stderr


def test_search_without_a_record_says_how_to_make_one(tmp_path: Path) -> None:
    proc = cli("search", "budget", "--db", str(tmp_path / "none.db"))
    assert proc.returncode == 1 and "minutebook ingest" in proc.stderr
    assert not (tmp_path / "none.db").exists()
