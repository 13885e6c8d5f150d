"""`minutebook sync` against a stand-in ModernGov site on 127.0.0.1 (see
mg_site.py): the Manchester Audit Committee lands in the record, a second
sync fetches no document again, and faults leave nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
from mg_site import Fault, ModernGovSite, site_fixture  # noqa: F401 (the `site` fixture)
from sqlalchemy import select

from minutebook.sources.http import PoliteFetcher
from minutebook.sources.sync import Syncer, SyncError
from minutebook.store import open_store, schema


def _sync(site: ModernGovSite, db: Path, **kw):  # noqa: ANN202
    store = open_store(str(db))
    fetch_kw = {"delay": 0.0, "backoff": 0.01, "timeout": 0.5, "retries": 1}
    fetch_kw.update(kw.pop("fetch", {}))
    try:
        with PoliteFetcher(**fetch_kw) as fetcher:
            syncer = Syncer(site.base, store, fetcher, council="Manchester City Council")
            args = {"committee": "Audit Committee", "since": None, "until": None}
            args.update(kw)
            return syncer.run(**args)
    finally:
        store.close()


def _rows(db: Path, query):  # noqa: ANN001, ANN202
    store = open_store(str(db))
    try:
        with store.engine.connect() as conn:
            return conn.execute(query).mappings().all()
    finally:
        store.close()


def test_sync_records_the_audit_committee_meetings_items_minutes_and_attendees(site: ModernGovSite, tmp_path: Path):
    db = tmp_path / "mb.db"
    report = _sync(site, db)
    assert report.failures == []
    assert report.committees == ["Audit Committee"]

    m = schema.meetings.c
    meetings = {r["date"]: r for r in _rows(db, select(schema.meetings).where(m.remote_id.is_not(None)))}
    assert meetings["2026-01-13"]["status"] == "cancelled"
    assert meetings["2026-02-10"]["status"] != "cancelled"
    assert meetings["2026-02-10"]["time"] == "10:00"
    assert meetings["2026-02-10"]["venue"] == "Council Antechamber, Level 2, Town Hall Extension"
    assert meetings["2026-02-10"]["fetched_at"] and meetings["2026-02-10"]["source_url"].startswith(site.base)

    feb = meetings["2026-02-10"]["id"]
    a = schema.agenda_items.c
    items = _rows(db, select(a.number, a.title, a.public).where(a.meeting_id == feb).order_by(a.position))
    assert [(i["number"], i["title"]) for i in items] == [("1", "Minutes"), ("9", "Work Programme")]

    mi = schema.minute_items.c
    minutes = _rows(db, select(mi.number, mi.text).where(mi.meeting_id == feb).order_by(mi.position))
    assert minutes[1]["number"] == "9"
    assert "future Work\nProgramme" not in minutes[1]["text"]  # HTML reflowed, not raw markup
    assert "Work Programme for the remainder of 2025/26" in minutes[1]["text"]

    mem = schema.memberships.c
    people = _rows(db, select(schema.people.c.name, mem.role).join(schema.people).where(mem.meeting_id == feb))
    assert {"name": "Basil Curley", "role": "Committee Member"} in [dict(p) for p in people]

    d = schema.documents.c
    docs = _rows(db, select(d.remote_id, d.source_url, d.fetched_at, d.format, d.extras))
    attachments = [r for r in docs if "/attachment/" in (r["remote_id"] or "")]
    assert len(attachments) == 2  # the minutes of 25 Nov 2025 and the work programme, as PDFs
    assert all(r["format"] == "pdf" for r in attachments)
    assert all(r["fetched_at"] and r["source_url"].startswith(site.base) for r in docs)
    reply = next(r for r in docs if "/meeting-reply/4967" in (r["remote_id"] or ""))
    attendee = reply["extras"]["moderngov"]["attendees"][0]
    assert (attendee["party"], attendee["ward"]) == ("LAB", "Charlestown")
    assert reply["extras"]["moderngov"]["items"][0]["declaration_count"] == 0

    p = schema.passages.c
    hits = _rows(db, select(p.kind, p.item).where(p.text.like("%future Work%Programme%")))
    assert {"kind": "minute", "item": "9"} in [dict(h) for h in hits]


def test_second_sync_fetches_no_document_again(site: ModernGovSite, tmp_path: Path):
    db = tmp_path / "mb.db"
    _sync(site, db)
    assert site.count("mgConvert2PDF") == 2
    before = len(site.requests)
    report = _sync(site, db)
    again = site.requests[before:]
    assert not [r for r in again if "mgConvert2PDF" in r]
    assert report.documents_fetched == 0 and report.documents_held == 2
    assert report.meetings_written == 0  # replies unchanged: nothing rewritten


def test_sync_is_polite(site: ModernGovSite, tmp_path: Path):
    _sync(site, tmp_path / "mb.db")
    assert site.requests[0] == "/robots.txt"
    assert all(ua.startswith("minutebook/") for ua in site.user_agents)
    assert site.max_in_flight <= 2


def test_robots_txt_that_forbids_us_is_obeyed(site: ModernGovSite, tmp_path: Path):
    site.robots = b"User-agent: minutebook\nDisallow: /\n"
    with pytest.raises(SyncError, match="robots.txt"):
        _sync(site, tmp_path / "mb.db")
    assert site.requests == ["/robots.txt"]


def test_unknown_committee_lists_the_choices(site: ModernGovSite, tmp_path: Path):
    with pytest.raises(SyncError, match=r"Audit Committee \(144\)"):
        _sync(site, tmp_path / "mb.db", committee="Committee")
