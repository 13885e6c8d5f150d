"""Search answers are kept per worker for speed, but never outlive a change to the record."""

from __future__ import annotations

from fastapi.testclient import TestClient
from webrecord import hostile_document

from minutebook.model import Meeting, ParsedDocument
from minutebook.store import open_store
from minutebook.text import read_document
from minutebook.web import searching
from minutebook.web.app import create_app


def test_a_new_document_is_found_after_the_same_search_was_answered(tmp_path, monkeypatch):
    monkeypatch.setattr(searching, "VERSION_CHECK_SECONDS", 0.0)
    url = f"sqlite:///{tmp_path / 'r.db'}"
    with open_store(url) as store:
        store.ingest(hostile_document(tmp_path))
    client = TestClient(create_app(url))
    assert "0 results" in client.get("/search?q=allotments").text
    assert "0 results" in client.get("/search?q=allotments").text  # answered from the cache

    extra = tmp_path / "later.txt"
    extra.write_text("PARISH COUNCIL\nThe allotments waiting list was discussed.\n", encoding="utf-8")
    with open_store(url) as store:
        store.ingest(
            ParsedDocument(
                document=read_document(extra),
                council="Ambridge Parish Council",
                meeting=Meeting("Council", "2024-05-01"),
            )
        )
    html = client.get("/search?q=allotments").text
    assert "1 result for" in html and "<mark>allotments</mark>" in html
