"""The pages a reader follows: home -> council -> body -> meeting -> minute -> source,
person records, decisions and search, each showing what the record holds."""

from __future__ import annotations

import re

from webrecord import HOSTILE_NAME, RESOLUTION_LINE

from minutebook.store import open_store
from minutebook.store.schema import bodies, councils, documents, meetings, minute_items, people


def _lookup(record_url: str) -> dict[str, int]:
    store = open_store(record_url)
    with store.engine.connect() as conn:
        council = conn.execute(councils.select().where(councils.c.name == "Borsetshire County Council")).first()
        meeting = conn.execute(meetings.select().where(meetings.c.council_id == council.id)).first()
        body = conn.execute(bodies.select().where(bodies.c.id == meeting.body_id)).first()
        doc = conn.execute(documents.select().where(documents.c.name == HOSTILE_NAME)).first()
        item = conn.execute(
            minute_items.select().where(minute_items.c.number == "2", minute_items.c.document_id == doc.id)
        ).first()
        jones = conn.execute(people.select().where(people.c.name == "B Jones")).first()
        smith = conn.execute(people.select().where(people.c.name == "A Smith")).first()
        evans = conn.execute(people.select().where(people.c.name == "D Evans")).first()
        pdf = conn.execute(documents.select().where(documents.c.format == "pdf")).first()
    store.close()
    return {
        "council": council.id,
        "meeting": meeting.id,
        "body": body.id,
        "doc": doc.id,
        "item": item.id,
        "jones": jones.id,
        "smith": smith.id,
        "evans": evans.id,
        "pdf": pdf.id if pdf else 0,
    }


def test_home_lists_councils_latest_meetings_and_a_labelled_search_box(client, record_url):
    ids = _lookup(record_url)
    html = client.get("/").text
    assert f'href="/councils/{ids["council"]}">Borsetshire County Council</a>' in html
    assert f'href="/meetings/{ids["meeting"]}"' in html
    assert '<label for="q">' in html and 'id="q" name="q"' in html
    assert 'class="skip-link" href="#main"' in html


def test_council_and_body_pages(client, record_url):
    ids = _lookup(record_url)
    html = client.get(f"/councils/{ids['council']}").text
    assert f'href="/bodies/{ids["body"]}">Cabinet</a>' in html
    html = client.get(f"/bodies/{ids['body']}").text
    assert "Current members" in html
    for name in ("A Smith", "B Jones", "C Patel", "D Evans"):
        assert name in html
    assert "Chair" in html
    assert f'href="/meetings/{ids["meeting"]}"' in html


def test_meeting_page_shows_agenda_attendance_declarations_minutes_and_documents(client, record_url):
    ids = _lookup(record_url)
    html = client.get(f"/meetings/{ids['meeting']}").text
    assert "Rural library opening hours" in html
    assert re.search(r"pages 5\s*–\s*12", html)  # agenda page range
    present = html[html.index("Present (") : html.index("Apologies (")]
    assert "A Smith" in present and "C Patel" in present
    apologies = html[html.index("Apologies (") : html.index("Substitutes (")]
    assert "D Evans" in apologies
    subs = html[html.index("Substitutes (") :]
    assert "E Green" in subs and "for D Evans" in subs
    assert "A governor of Ambridge School." in html
    assert "that the revised opening hours for rural libraries be approved" in html
    # the resolution's citation opens the text at its line
    assert f'href="/documents/{ids["doc"]}/text?line={RESOLUTION_LINE}#L{RESOLUTION_LINE}"' in html
    assert "carried" in html and "For 2" in html and "Against 1" in html
    assert f'href="/documents/{ids["doc"]}"' in html


def test_minute_page_has_text_resolutions_votes_and_source_link(client, record_url):
    ids = _lookup(record_url)
    html = client.get(f"/minutes/{ids['item']}").text
    assert "that the revised opening hours for rural libraries be approved" in html
    assert "The Cabinet considered a report on the opening hours of rural libraries." in html
    assert f'href="/documents/{ids["doc"]}/text?line=11#L11"' in html  # the minute's own citation
    assert f'href="/meetings/{ids["meeting"]}"' in html


def test_source_text_opens_at_the_cited_line(client, record_url):
    ids = _lookup(record_url)
    html = client.get(f"/documents/{ids['doc']}/text?line={RESOLUTION_LINE}").text
    line = re.search(rf'<span class="ln hit" id="L{RESOLUTION_LINE}">(.*?)</span>\s*(.*?)</span>', html, re.S)
    assert line, "the cited line is marked"
    assert "RESOLVED that the revised opening hours" in line.group(2)
    r = client.get(f"/documents/{ids['doc']}/text?line=9999")
    assert r.status_code == 404 and "there is no line 9999" in r.text


def test_stored_pdf_is_served_inline_for_page_links(client, record_url):
    ids = _lookup(record_url)
    if not ids["pdf"]:
        return
    r = client.get(f"/documents/{ids['pdf']}/file")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/pdf"
    assert r.headers["content-disposition"].startswith("inline")
    assert r.content.startswith(b"%PDF")
    r = client.get(f"/documents/{ids['doc']}/file")  # a text document has no PDF
    assert r.status_code == 404 and f"/documents/{ids['doc']}/text" in r.text


def test_person_page_shows_roles_attendance_percentage_declarations_and_votes(client, record_url):
    ids = _lookup(record_url)
    html = client.get(f"/people/{ids['jones']}").text
    assert "100%" in html and "attended 1 of 1" in html
    assert "A governor of Ambridge School." in html
    assert "<strong>against</strong>" in html
    html = client.get(f"/people/{ids['evans']}").text
    assert "0%" in html and "attended 0 of 1" in html and "apologies" in html
    html = client.get(f"/people/{ids['smith']}").text
    assert "Chair" in html and "<strong>for</strong>" in html


def _text(client, url: str) -> str:
    return re.sub(r"</?mark>", "", client.get(url).text)


def test_decisions_filter_by_council_body_date_and_words(client):
    html = _text(client, "/decisions?council=Borsetshire County Council")
    assert "rural libraries be approved" in html and "school transport policy be adopted" in html
    html = client.get("/decisions?q=transport").text
    assert "school <mark>transport</mark> policy be adopted" in html and "rural libraries be approved" not in html
    html = _text(client, "/decisions?council=Borsetshire County Council&since=2024-04-01")
    assert "rural libraries" not in html
    html = _text(client, "/decisions?council=Borsetshire County Council&until=2024")
    assert "rural libraries" in html
    html = _text(client, "/decisions?body=Cabinet&q=libraries")
    assert "rural libraries be approved" in html


def test_search_marks_matches_and_offers_facets_and_links(client, record_url):
    ids = _lookup(record_url)
    html = client.get("/search?q=rural libraries").text
    assert "<mark>" in html
    assert re.search(r"\d+ results? for", html)
    facets = html[html.index('class="facets"') : html.index('aria-label="Results"')]
    assert "Borsetshire County Council" in facets and "2024" in facets and "Cabinet" in facets
    assert f'href="/minutes/{ids["item"]}"' in html  # a hit inside a minute opens that minute
    assert f'href="/meetings/{ids["meeting"]}"' in html
    html = client.get("/search?q=rural libraries&year=2019").text
    assert "0 results" in html


def test_search_paginates(client):
    first = client.get("/search?q=council").text
    total = int(re.search(r"(\d+) results? for", first).group(1))
    if total <= 20:
        return
    assert 'rel="next"' in first
    second = client.get("/search?q=council&page=2").text
    assert "page 2" in second and 'rel="prev"' in second


def test_api_serves_the_same_objects_with_openapi(client, record_url):
    ids = _lookup(record_url)
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/meetings/{meeting_id}", "/api/people/{person_id}", "/api/search", "/api/decisions"):
        assert path in spec["paths"]
    meeting = client.get(f"/api/meetings/{ids['meeting']}").json()
    assert meeting["council"] == "Borsetshire County Council" and meeting["body"] == "Cabinet"
    assert [a["number"] for a in meeting["agenda"]] == ["1", "2", "3"]
    res = [r for m in meeting["minutes"] for r in m["resolutions"]]
    assert any(r["source"] == f"/documents/{ids['doc']}/text?line={RESOLUTION_LINE}#L{RESOLUTION_LINE}" for r in res)
    person = client.get(f"/api/people/{ids['jones']}").json()
    assert person["attendance"]["percent"] == 100.0
    hits = client.get("/api/search?q=rural libraries").json()
    assert hits["total"] >= 1 and "[" in hits["hits"][0]["snippet"]
    assert "path" not in hits["hits"][0]
    assert "<mark>" in hits["hits"][0]["snippet_html"] and "\x01" not in str(hits)
    doc = client.get(f"/api/documents/{ids['doc']}").json()
    assert "path" not in doc
    decisions = client.get("/api/decisions?q=transport").json()
    assert decisions["total"] == 1


def test_indicators_page_answers(client):
    assert client.get("/indicators").status_code == 200


def test_decision_notices_from_the_council_site_show_with_safe_links(tmp_path):
    from fastapi.testclient import TestClient
    from webrecord import hostile_document

    from minutebook.web.app import create_app

    url = f"sqlite:///{tmp_path / 'r.db'}"
    with open_store(url) as store:
        store.ingest(hostile_document(tmp_path))
        common = {"council": "Borsetshire County Council", "decision_maker": "Cabinet Member for Highways"}
        store.add_decision(
            **common,
            title="Bus lane on Ambridge Road <script>alert(1)</script>",
            date="2024-06-01",
            key_decision=True,
            text="Approved the bus lane.",
            source_url="javascript:alert(1)",
            remote_id="77",
        )
        store.add_decision(
            **common,
            title="Winter gritting routes",
            date="2023-11-01",
            source_url="https://borsetshire.example/mgIssueHistoryHome.aspx?IId=78",
            remote_id="78",
        )
    client = TestClient(create_app(url))
    html = client.get("/decisions").text
    assert "Decision notices" in html and "key decision" in html
    assert "Bus lane on Ambridge Road &lt;script&gt;" in html and "<script" not in html
    assert 'href="javascript:' not in html
    assert 'href="https://borsetshire.example/mgIssueHistoryHome.aspx?IId=78"' in html
    html = client.get("/decisions?since=2024-01-01").text
    assert "Bus lane" in html and "Winter gritting" not in html
    html = client.get("/decisions?body=highways&q=gritting").text
    assert "Winter" in html and "Bus lane" not in html
    notices = client.get("/api/decisions?council=Borsetshire County Council").json()["notices"]
    assert [n["title"][:8] for n in notices] == ["Bus lane", "Winter g"]


def test_documents_ingested_by_relative_path_open_from_another_folder(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient
    from webrecord import HOSTILE_NAME, hostile_document

    from minutebook.web.app import create_app

    record = tmp_path / "record"
    record.mkdir()
    monkeypatch.chdir(record)  # as `minutebook ingest samples` stores `samples/...`
    parsed = hostile_document(record)
    parsed.document.path = HOSTILE_NAME
    url = f"sqlite:///{record / 'r.db'}"
    with open_store(url) as store:
        store.ingest(parsed)
    monkeypatch.chdir(tmp_path)  # the server runs elsewhere
    client = TestClient(create_app(url))
    r = client.get(f"/documents/1/text?line={RESOLUTION_LINE}")
    assert r.status_code == 200 and "RESOLVED that the revised opening hours" in r.text
    assert "Shown from the stored passages" not in r.text


def test_search_says_how_it_read_an_odd_query(client):
    html = client.get("/search?q=(libraries").text
    assert "Note: a bracket is not closed" in html
    html = client.get("/search?q=council&council=nowhere at all").text
    assert "no council in the record matches" in html and "0 results" in html


def test_a_body_with_no_printed_membership_shows_who_the_latest_minutes_record(tmp_path):
    from fastapi.testclient import TestClient
    from webrecord import hostile_document

    from minutebook.web.app import create_app

    parsed = hostile_document(tmp_path)
    parsed.members = []
    url = f"sqlite:///{tmp_path / 'r.db'}"
    with open_store(url) as store:
        store.ingest(parsed)
    html = TestClient(create_app(url)).get("/bodies/1").text
    members = html[html.index("Current members") : html.index("<h2>Meetings")]
    assert "No membership list is printed" in members and "12 March 2024" in members
    for name in ("A Smith", "B Jones", "C Patel", "D Evans", "E Green"):
        assert name in members
