"""Untrusted document text stays inert; bad parameters get a 4xx that says why."""

from __future__ import annotations

import re

import pytest
from webrecord import HOSTILE_NAME

from minutebook.store import open_store
from minutebook.store.schema import documents, meetings


def _ids(record_url: str) -> tuple[int, int]:
    store = open_store(record_url)
    with store.engine.connect() as conn:
        doc = conn.execute(documents.select().where(documents.c.name == HOSTILE_NAME)).first()
        meeting = conn.execute(meetings.select().where(meetings.c.id == doc.meeting_id)).first()
    store.close()
    return doc.id, meeting.id


def test_script_and_javascript_links_in_documents_render_as_text(client, record_url):
    doc_id, meeting_id = _ids(record_url)
    pages = [
        f"/meetings/{meeting_id}",
        f"/documents/{doc_id}/text?line=12",
        "/search?q=consultation",
        "/search?q=pwned",
        "/decisions?q=library",
    ]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        html = r.text
        assert "<script" not in html.lower(), url
        assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.I), url
    text_page = client.get(f"/documents/{doc_id}/text?line=12").text
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in text_page  # shown, as text
    assert "&lt;a href=&#34;javascript:alert(1)&#34;&gt;" in text_page
    meeting_page = client.get(f"/meetings/{meeting_id}").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in meeting_page  # a hostile minute title


def test_every_page_sends_a_content_security_policy(client):
    for url in ["/", "/search?q=library", "/decisions", "/api/councils", "/no-such-page"]:
        r = client.get(url)
        csp = r.headers.get("content-security-policy", "")
        assert "default-src 'none'" in csp, url
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, url
        assert "frame-ancestors 'none'" in csp, url
        assert r.headers.get("x-content-type-options") == "nosniff", url


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("/decisions?since=2024-02-30", "2024-02-30"),
        ("/decisions?until=2024-13-01", "not a real date"),
        ("/search?q=library&since=31/12/2024", "not a real date"),
        ("/search?q=library&page=-1", "page -1"),
        ("/decisions?page=-1", "page -1"),
        ("/search?q=library&page=abc", "page"),
        ("/search?q=" + "x" * 10_000, "10,000 characters"),
        ("/search?q=library&kind=spaceship", "spaceship"),
        ("/search?q=library&year=20x4", "year"),
        ("/meetings/abc", "meeting_id"),
        ("/meetings/-5", "meeting_id"),
        ("/meetings/99999999999999999999999", "meeting_id"),
        ("/documents/1/text?line=0", "line 0"),
    ],
)
def test_bad_parameters_get_a_400_page_saying_what_was_wrong(client, url, says):
    r = client.get(url)
    assert r.status_code == 400, (url, r.status_code)
    assert "text/html" in r.headers["content-type"]
    assert says in r.text
    assert "<h1>" in r.text  # a page, not a stack trace


def test_bad_parameters_on_the_api_answer_json(client):
    r = client.get("/api/search?q=library&since=2024-02-30")
    assert r.status_code == 400
    assert "2024-02-30" in r.json()["error"]
    r = client.get("/api/search?q=" + "y" * 10_000)
    assert r.status_code == 400 and "characters" in r.json()["error"]
    r = client.get("/api/meetings/987654")
    assert r.status_code == 404 and "987654" in r.json()["error"]


def test_missing_things_are_404_with_a_message(client):
    r = client.get("/meetings/987654")
    assert r.status_code == 404 and "no meeting with id 987654" in r.text
    r = client.get("/no/such/page")
    assert r.status_code == 404 and "/no/such/page" in r.text


def test_nothing_writes_through_the_web(client, record_url):
    for method in ("post", "put", "delete", "patch"):
        r = getattr(client, method)("/search?q=library")
        assert r.status_code == 405, method
    store = open_store(record_url)
    before = store.counts()
    store.close()
    client.get("/search?q=library")
    client.get("/decisions")
    store = open_store(record_url)
    assert store.counts() == before
    store.close()


def test_the_app_connection_refuses_writes(app):
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    with app.state.store.engine.connect() as conn, pytest.raises(OperationalError):
        conn.execute(text("DELETE FROM councils"))


@pytest.mark.parametrize(
    "url",
    [
        "/api/meetings?council_id=99999999999999999999",
        "/search?q=%00",
        "/search?q=*",
        '/search?q="',
        "/search?q=NOT",
        "/search?q=AND OR NOT",
        "/search?q=(((",
        "/search?q=a&council=%25&body=_",
        "/decisions?q=%25_%5C&council=%25",
        "/decisions?council=99999999999999999999",
        "/documents/1/text?page=99999999999999999999",
        "/documents/1/text?line=99999999999999999999",
        "/people/4611686018427387905",
        "/search?q=library&since=2025-01-01&until=2024-01-01",
        "/api/search?q=",
    ],
)
def test_odd_input_never_answers_a_server_error(client, url):
    r = client.get(url)
    assert r.status_code < 500, (url, r.status_code, r.text[:300])
