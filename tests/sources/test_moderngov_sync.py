"""`minutebook sync` against a stand-in ModernGov site on 127.0.0.1 (see
mg_site.py): the Manchester Audit Committee lands in the record, a second
sync fetches no document again, and faults leave nothing half-written."""

from __future__ import annotations

import hashlib
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
    papers = kw.pop("papers", None)
    try:
        with PoliteFetcher(**fetch_kw) as fetcher:
            syncer = Syncer(site.base, store, fetcher, council="Manchester City Council", papers_dir=papers)
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


def test_kept_papers_are_the_bytes_the_record_cites(site: ModernGovSite, tmp_path: Path):
    db = tmp_path / "mb.db"
    _sync(site, db, papers=tmp_path / "papers")
    d = schema.documents.c
    docs = _rows(db, select(d.path, d.sha256).where(d.format == "pdf"))
    assert len(docs) == 2
    for doc in docs:
        path = Path(doc["path"])
        assert path.is_file() and path.is_relative_to(tmp_path / "papers")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == doc["sha256"]


def test_a_paper_that_fails_is_not_kept(site: ModernGovSite, tmp_path: Path):
    site.routes["/mgConvert2PDF.aspx?ID=60909"] = b"%PDF-1.4 cut short"
    report = _sync(site, tmp_path / "mb.db", papers=tmp_path / "papers")
    assert len(report.failures) == 1 and "DRAFT WP" in report.failures[0]
    assert [p.name for p in (tmp_path / "papers").rglob("*.pdf")] == [
        "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025.pdf"
    ]


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


# ---------------------------------------------------------------- faults


def _counts(db: Path) -> dict[str, int]:
    store = open_store(str(db))
    try:
        return store.counts()
    finally:
        store.close()


def _held(db: Path) -> set[str]:
    d = schema.documents.c
    return {r["remote_id"] for r in _rows(db, select(d.remote_id)) if r["remote_id"]}


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("500", "HTTP 500"),
        ("timeout", "timed out"),
        ("html", "HTML page where the web service should send XML"),
        ("malformed", "malformed XML"),
        ("bomb", "declares entities"),
        ("truncate", "truncated"),
    ],
)
def test_a_broken_meeting_reply_is_named_and_nothing_of_it_written(site: ModernGovSite, tmp_path: Path, kind, message):
    site.faults["/mgWebService.asmx/GetMeeting?lMeetingId=4967"] = Fault(kind)
    db = tmp_path / "mb.db"
    report = _sync(site, db)
    assert len(report.failures) == 1
    assert "meeting 4967" in report.failures[0] and message in report.failures[0]
    held = _held(db)
    assert any(r.endswith("/meeting-reply/4966") for r in held)  # the other meeting is still recorded
    assert not any(r.endswith("/meeting-reply/4967") for r in held)
    assert site.count("mgConvert2PDF") == 0  # its papers were never asked for
    m = schema.meetings.c
    assert not _rows(db, select(m.id).where(m.remote_id.like("%/meeting/4967")))
    # the site recovers: the next sync completes the record
    site.faults.clear()
    again = _sync(site, db)
    assert again.failures == [] and again.documents_fetched == 2


def test_a_transient_500_is_retried(site: ModernGovSite, tmp_path: Path):
    site.faults["/mgWebService.asmx/GetMeeting?lMeetingId=4967"] = Fault("500", times=1)
    report = _sync(site, tmp_path / "mb.db")
    assert report.failures == []
    assert site.count("lMeetingId=4967") == 2


@pytest.mark.parametrize(
    ("kind", "message"), [("timeout", "timed out"), ("truncate", "truncated"), ("500", "HTTP 500")]
)
def test_a_broken_attachment_is_named_and_the_next_sync_fetches_only_it(
    site: ModernGovSite, tmp_path: Path, kind, message
):
    site.faults["/mgConvert2PDF.aspx?ID=60909"] = Fault(kind)
    db = tmp_path / "mb.db"
    report = _sync(site, db)
    assert len(report.failures) == 1 and "DRAFT WP" in report.failures[0] and message in report.failures[0]
    held = _held(db)
    assert any(r.endswith("/attachment/60860") for r in held)
    assert not any(r.endswith("/attachment/60909") for r in held)
    d = schema.documents.c
    assert not _rows(db, select(d.id).where(d.path.like("%DRAFT WP%")))  # nothing half-written

    site.faults.clear()
    before = len(site.requests)
    again = _sync(site, db)
    fetched = [r for r in site.requests[before:] if "mgConvert2PDF" in r]
    assert fetched == ["/mgConvert2PDF.aspx?ID=60909"]  # resumes: only the missing one
    assert again.failures == []


@pytest.mark.parametrize("kind", ["huge", "huge_unannounced"])
def test_a_document_over_the_size_limit_is_refused(site: ModernGovSite, tmp_path: Path, kind):
    site.faults["/mgConvert2PDF.aspx?ID=60909"] = Fault(kind)
    db = tmp_path / "mb.db"
    report = _sync(site, db, fetch={"max_bytes": 250_000})
    assert len(report.failures) == 1 and "limit of 250,000 bytes" in report.failures[0]
    assert site.count("ID=60909") == 1  # not retried
    assert not any(r.endswith("/attachment/60909") for r in _held(db))


def test_an_html_page_instead_of_the_meetings_list_stops_the_sync_with_a_reason(site: ModernGovSite, tmp_path: Path):
    site.faults["/mgWebService.asmx/GetMeetings"] = Fault("html")
    db = tmp_path / "mb.db"
    with pytest.raises(SyncError, match="HTML page"):
        _sync(site, db)
    assert _counts(db)["meetings"] == 0


def test_a_site_that_is_down_stops_the_sync_with_a_reason(site: ModernGovSite, tmp_path: Path):
    site.faults["/mgWebService.asmx/GetCommittees"] = Fault("500")
    with pytest.raises(SyncError, match=r"HTTP 500 \(tried 2 times\)"):
        _sync(site, tmp_path / "mb.db")


# ---------------------------------------------------------------- decisions


def test_delegated_decisions_are_recorded_once(site: ModernGovSite, tmp_path: Path):
    db = tmp_path / "mb.db"
    report = _sync(site, db, delegated=True)
    assert report.failures == [] and report.decisions_written == 2
    t = schema.decisions.c
    rows = {r["remote_id"].rsplit("/", 1)[1]: r for r in _rows(db, select(schema.decisions))}
    first = rows["13567"]
    assert first["title"] == "Minutes of Previous Meeting"
    assert first["decision_maker"] == "Policy Committee"
    assert (first["date"], first["status"]) == ("2015-10-19", "Recommendations Approved")
    assert first["key_decision"] is False and first["call_in"] == "No"
    assert "approved as a correct record" in first["text"]
    page = _rows(db, select(schema.documents).where(schema.documents.c.id == first["document_id"]))[0]
    assert page["source_url"].endswith("ieDecisionDetails.aspx?ID=13567") and page["fetched_at"]
    assert rows["13149"]["title"] == "Admission of the Public"
    assert _rows(db, select(t.id).where(t.meeting_id.is_not(None)))  # filed under the meeting that decided

    before = len(site.requests)
    again = _sync(site, db, delegated=True)
    assert again.decisions_held == 2
    assert not [r for r in site.requests[before:] if "ieDecisionDetails" in r]


def test_decisions_of_a_meeting_are_read_from_its_items(site: ModernGovSite, tmp_path: Path):
    key = "/mgWebService.asmx/GetMeeting?lMeetingId=4967"
    reply = site.routes[key].replace(b"<decisionpublished>False", b"<decisionpublished>True")
    at = reply.index(b"<agendaitemid>18833")  # the Work Programme item took a decision
    site.routes[key] = reply[:at] + reply[at:].replace(b"<isdecision>False", b"<isdecision>True", 1)
    site.routes["/ieDecisionDetails.aspx?AIId=18833"] = site.routes["/ieDecisionDetails.aspx?ID=13567"]
    db = tmp_path / "mb.db"
    report = _sync(site, db)
    assert report.failures == [] and report.decisions_written == 1
    assert site.count("ieDecisionDetails.aspx?AIId=18833") == 1
    m, t = schema.meetings.c, schema.decisions.c
    feb = _rows(db, select(m.id).where(m.remote_id.like("%/meeting/4967")))[0]["id"]
    row = _rows(db, select(schema.decisions))[0]
    assert row["meeting_id"] == feb and row["remote_id"].endswith("/decision/ai18833")
    assert row["status"] == "Recommendations Approved"
    _sync(site, db)
    assert site.count("ieDecisionDetails.aspx?AIId=18833") == 1  # held: not fetched again
    assert len(_rows(db, select(t.id))) == 1


def test_attendance_taken_is_recorded_with_the_meeting(site: ModernGovSite, tmp_path: Path):
    key = "/mgWebService.asmx/GetMeeting?lMeetingId=4967"
    site.routes[key] = (
        site.routes[key]
        .replace(b'attendance="Expected"', b'attendance="Present"')
        .replace(
            b"</attendees>",
            b'<attendee memberid="7" name="Councillor Jane Doe" roledescription="Chair" attendance="Apologies" '
            b'politicalparty="LD" ward="Didsbury West"></attendee></attendees>',
        )
    )
    db = tmp_path / "mb.db"
    assert _sync(site, db).failures == []
    t, m = schema.attendance.c, schema.meetings.c
    rows = _rows(db, select(t.name, t.status).join(schema.meetings).where(m.remote_id.like("%/meeting/4967")))
    assert sorted((r["name"], r["status"]) for r in rows) == [("Basil Curley", "present"), ("Jane Doe", "apologies")]


def test_a_meeting_the_site_moves_keeps_one_row(site: ModernGovSite, tmp_path: Path):
    db = tmp_path / "mb.db"
    _sync(site, db)
    key = "/mgWebService.asmx/GetMeeting?lMeetingId=4967"
    site.routes[key] = site.routes[key].replace(b"10/02/2026", b"17/02/2026")
    assert _sync(site, db).failures == []
    m = schema.meetings.c
    rows = _rows(db, select(m.date, m.status).where(m.remote_id.like("%/meeting/4967")))
    assert [r["date"] for r in rows] == ["2026-02-17"]
    assert not _rows(db, select(m.id).where(m.date == "2026-02-10"))


def test_restricted_items_are_private_and_their_papers_not_fetched(site: ModernGovSite, tmp_path: Path):
    key = "/mgWebService.asmx/GetMeeting?lMeetingId=4967"
    reply = site.routes[key]
    at = reply.index(b"<agendaitemid>18833")  # the Work Programme taken in private, its paper exempt
    site.routes[key] = reply[:at] + reply[at:].replace(b"<isrestricted>False", b"<isrestricted>True")
    db = tmp_path / "mb.db"
    report = _sync(site, db)
    assert report.failures == [] and report.documents_restricted == 1
    assert site.count("ID=60909") == 0
    a, m = schema.agenda_items.c, schema.meetings.c
    feb = select(m.id).where(m.remote_id.like("%/meeting/4967")).scalar_subquery()
    items = _rows(db, select(a.number, a.public).where(a.meeting_id == feb).order_by(a.position))
    assert [(i["number"], i["public"]) for i in items] == [("1", True), ("9", False)]


def test_a_reinstated_meeting_is_no_longer_cancelled(site: ModernGovSite, tmp_path: Path):
    db = tmp_path / "mb.db"
    _sync(site, db)
    key = "/mgWebService.asmx/GetMeeting?lMeetingId=4966"
    site.routes[key] = site.routes[key].replace(b"<meetingstatus>Cancelled", b"<meetingstatus>Confirmed")
    _sync(site, db)
    m = schema.meetings.c
    row = _rows(db, select(m.status).where(m.remote_id.like("%/meeting/4966")))[0]
    assert row["status"] in ("held", "scheduled")
