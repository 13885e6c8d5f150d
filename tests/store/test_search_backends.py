"""search() gives the same matches on SQLite and PostgreSQL for the query language's every form."""

from __future__ import annotations

from minutebook.model import ParsedDocument
from minutebook.search import search
from minutebook.store import open_store

QUERIES = {
    '"youth justice plan"': None,
    "justic*": None,
    "budget OR devolution": None,
    "kent NOT budget": None,
    "(budget OR finance) AND council": None,
    'youth "justice': "quote",
}


def test_query_forms_and_marks(db_url: str, parsed_samples: list[ParsedDocument]) -> None:
    store = open_store(db_url)
    for p in parsed_samples:
        store.ingest(p)
    totals = {}
    for query, note in QUERIES.items():
        result = search(store, query, limit=10)
        totals[query] = result.total
        assert result.total > 0, query
        assert sum(n for _, n in result.facets["kind"]) == result.total
        assert all("<mark>" in h.snippet_html() for h in result.hits), query
        if note:
            assert any(note in n for n in result.notes)
    assert totals['"youth justice plan"'] < totals["justic*"]
    store.close()


def test_both_back_ends_find_the_same_passages(tmp_path, pg_url: str, parsed_samples: list[ParsedDocument]) -> None:  # type: ignore[no-untyped-def]
    totals = []
    for url in (str(tmp_path / "record.db"), pg_url):
        store = open_store(url)
        for p in parsed_samples:
            store.ingest(p)
        totals.append({q: search(store, q, facets=False).total for q in QUERIES})
        store.close()
    sqlite, postgres = totals
    for query in QUERIES:  # the two stemmers differ a little (Porter vs Snowball english)
        assert abs(sqlite[query] - postgres[query]) <= max(2, sqlite[query] // 10), (
            query,
            sqlite[query],
            postgres[query],
        )
