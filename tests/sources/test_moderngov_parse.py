"""Reading ModernGov replies and pages: the real Manchester and Kirklees
fixtures, and the traps (double-encoded titles, entity bombs, error pages)."""

from __future__ import annotations

import pytest
from mg_site import BILLION_LAUGHS, HTML_ERROR
from shared_corpus import corpus_file

from minutebook.sources.moderngov import (
    ModernGovError,
    decode_title,
    iso_time,
    parse_committees,
    parse_decision_details,
    parse_delegated_decisions,
    parse_meeting,
    parse_meetings,
    parse_xml,
)
from minutebook.sources.render import meeting_to_parsed, resolutions_of
from minutebook.sources.sync import default_council, site_base


def _ws(name: str) -> bytes:
    return corpus_file(f"moderngov-webservice/{name}").read_bytes()


def test_committees_and_meetings_lists():
    committees = parse_committees(_ws("manchester_GetCommittees_excerpt.xml"))
    audit = next(c for c in committees if c.id == 144)
    assert audit.title == "Audit Committee" and not audit.expired
    assert next(c for c in committees if c.id == 312).expired
    meetings = parse_meetings(_ws("manchester_GetMeetings_audit_committee_2026.xml"))
    assert [(m.id, m.date, m.time, m.status) for m in meetings] == [
        (4966, "2026-01-13", "10:00", "cancelled"),
        (4967, "2026-02-10", "10:00", "confirmed"),
    ]


def test_meeting_reply_items_minutes_attendees_and_documents():
    m = parse_meeting(_ws("manchester_GetMeeting_4967_audit_committee_with_minutes.xml"))
    assert (m.date, m.time, m.location) == ("2026-02-10", "10:00", "Council Antechamber, Level 2, Town Hall Extension")
    assert m.committee_title == "Audit Committee" and not m.cancelled
    # the printed number ("1.", "9."), not ModernGov's internal order (4, 12)
    assert [(i.number, i.title) for i in m.items] == [("1", "Minutes"), ("9", "Work Programme")]
    assert m.items[1].minutes_text.startswith("The Committee considered a report of the Governance")
    assert "<p" not in m.items[1].minutes_text
    assert m.items[0].declaration_count == 0 and not m.items[0].restricted
    doc = m.items[0].documents[0]
    assert (doc.attachment_id, doc.url) == ("60860", "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860")
    a = m.attendees[0]
    assert (a.name, a.role, a.party, a.ward, a.attendance) == (
        "Basil Curley",
        "Committee Member",
        "LAB",
        "Charlestown",
        "Expected",
    )


def test_cancelled_meeting_is_cancelled():
    m = parse_meeting(_ws("manchester_GetMeeting_4966_cancelled_no_minutes.xml"))
    assert m.cancelled and m.items == []
    parsed = meeting_to_parsed(m, b"reply", "x/GetMeeting-4966.xml", "Manchester City Council")
    assert parsed.meeting.date == "2026-01-13"
    assert parsed.members[0].name == "Basil Curley"
    assert parsed.minutes == []  # expected attendees are members, not attendance


def test_rendered_reply_cites_the_line_each_fact_is_on():
    m = parse_meeting(_ws("manchester_GetMeeting_4967_audit_committee_with_minutes.xml"))
    parsed = meeting_to_parsed(m, b"reply", "x/GetMeeting-4967.xml", None)
    lines = parsed.document.lines()
    for item in parsed.agenda:
        assert lines[item.citation.line - 1].text.startswith(f"{item.number}. {item.title}")
    minute = parsed.minutes[0].items[1]
    assert lines[minute.citation.line - 1].text == "9. Work Programme"
    assert minute.number == "9"


def test_titles_double_encoded_by_moderngov_are_decoded_once_more():
    xml = (
        b'<?xml version="1.0"?><committees><committee><committeeid>7</committeeid>'
        b"<committeetitle>Health &amp;amp; Wellbeing Board</committeetitle></committee></committees>"
    )
    assert parse_committees(xml)[0].title == "Health & Wellbeing Board"
    assert decode_title("Fish & Chips") == "Fish & Chips"  # a plain ampersand stays


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (BILLION_LAUGHS, "declares entities"),
        (HTML_ERROR, "HTML page"),
        (b"<?xml version='1.0'?><meeting><meetingid>1</meetingid>", "malformed XML"),
        (b"", "empty reply"),
        (b"<?xml version='1.0'?><error>Missing parameter</error>", "expected a <meeting> reply, got <error>"),
    ],
)
def test_bad_replies_are_refused_with_a_reason(data, reason):
    with pytest.raises(ModernGovError, match=reason):
        parse_xml(data, "meeting", "GetMeeting?lMeetingId=1")


def test_external_entities_are_refused():
    xxe = b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><meeting>&x;</meeting>'
    with pytest.raises(ModernGovError, match="entities"):
        parse_xml(xxe, "meeting")


def test_decision_details_page():
    url = "https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=5"
    d = parse_decision_details(_ws("kirklees_ieDecisionDetails_policy_committee_2015_trimmed.html"), url)
    assert d.title == "Minutes of Previous Meeting"
    assert (d.decision_maker, d.date, d.published) == ("Policy Committee", "2015-10-19", "2015-10-22")
    assert (d.status, d.key_decision, d.call_in) == ("Recommendations Approved", False, False)
    assert d.text == (
        "The Minutes of the Policy Committee meeting on 23 September 2015 were approved as a correct record."
    )
    assert d.meeting_url == "https://democracy.kirklees.gov.uk/ieListDocuments.aspx?CId=151&MID=4832"
    assert [(x.attachment_id, x.title) for x in d.documents] == [("7942", "polc2 - 23.09.2015")]
    assert d.documents[0].url.endswith("/documents/s7942/polc2 - 23.09.2015.pdf")


def test_delegated_decisions_list_keeps_decisions_only():
    rows = parse_delegated_decisions(
        _ws("kirklees_mgDelegatedDecisions_list_trimmed.html"), "https://democracy.kirklees.gov.uk/x.aspx"
    )
    assert [r.id for r in rows] == ["13567", "13149"]  # the issue-history row is not a decision
    assert rows[0].title.startswith("Settlement Agreement with Network Rail Infrastructure Limited (NRIL)")
    assert "ref:" not in rows[0].title
    assert (rows[1].published, rows[1].call_in) == ("2025-11-03", "Not for call-in")


@pytest.mark.parametrize(
    ("raw", "iso"), [("10.00 am", "10:00"), ("2.30 pm", "14:30"), ("12.00 pm", "12:00"), ("18:00", "18:00"), ("", None)]
)
def test_times(raw, iso):
    assert iso_time(raw) == iso


def test_resolutions_follow_the_decision_heading():
    text = "The Committee considered the report.\nResolved:\n(1) To note the report.\n(2) To approve the plan."
    assert resolutions_of(text) == ["To note the report.", "To approve the plan."]
    assert resolutions_of("RESOLVED – That the minutes be approved.") == ["the minutes be approved."]
    assert resolutions_of("Just a discussion.") == []


def test_what_users_paste_becomes_the_site_root():
    assert (
        site_base("https://democracy.kent.gov.uk/ieListDocuments.aspx?CId=144&MId=1") == "https://democracy.kent.gov.uk"
    )
    assert site_base("democracy.manchester.gov.uk/") == "https://democracy.manchester.gov.uk"
    assert site_base("https://x.gov.uk/moderngov/mgWebService.asmx") == "https://x.gov.uk/moderngov"
    assert default_council("https://democracy.manchester.gov.uk") == "Manchester"
    assert default_council("https://moderngov.lambeth.gov.uk") == "Lambeth"


def _held_meeting() -> bytes:
    """The 10 Feb reply as it reads once attendance is taken, with a printed
    minutes PDF hung from the meeting itself rather than an item."""
    reply = _ws("manchester_GetMeeting_4967_audit_committee_with_minutes.xml")
    reply = reply.replace(b'attendance="Expected"', b'attendance="Present"')
    extra = (
        b'<attendee membertype="U" memberid="7" name="Councillor Jane Doe" roledescription="Chair" '
        b'attendance="Apologies" politicalparty="LD" ward="Didsbury West"></attendee></attendees>'
        b"<linkeddocuments><linkeddoc><attachmentid>70001</attachmentid><title>Printed minutes 10th-Feb-2026</title>"
        b"<url>mgConvert2PDF.aspx?ID=70001</url><isrestricted>False</isrestricted></linkeddoc></linkeddocuments>"
    )
    return reply.replace(b"</attendees>", extra)


def test_attendance_taken_becomes_present_and_apologies():
    m = parse_meeting(_held_meeting(), base_url="https://democracy.manchester.gov.uk/")
    parsed = meeting_to_parsed(m, b"reply", "x/GetMeeting-4967.xml", None)
    minutes = parsed.minutes[0]
    assert [(p.name, p.role) for p in minutes.present] == [("Basil Curley", "Committee Member")]
    assert minutes.apologies == ["Jane Doe"]
    assert {p.name for p in parsed.members} == {"Basil Curley", "Jane Doe"}


def test_papers_hung_from_the_meeting_itself_are_found():
    m = parse_meeting(_held_meeting(), base_url="https://democracy.manchester.gov.uk/")
    assert [(d.attachment_id, d.url) for d in m.documents] == [
        ("70001", "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=70001")
    ]
    assert [d.attachment_id for _item, d in m.all_documents()] == ["70001", "60860", "60909"]


def test_decision_page_with_a_named_decision_maker_and_call_in():
    page = """<div id="modgov"><h2 class="mgSubTitleTxt">Library opening hours &amp; staffing</h2>
    <div class="mgContent">
    <p><span class="mgLabel">Decision Maker: </span><a href="mgCommitteeDetails.aspx?ID=133">Cabinet</a></p>
    <p><span class="mgLabel">Decision status: </span><span>Implemented</span></p>
    <p><span class="mgLabel">Is Key decision?: </span>Yes</p>
    <p><span class="mgLabel">Subject to call-in?: </span>Yes</p>
    <h3 class="mgSubSubTitleTxt">Decision:</h3><div class="mgWordPara"><p>1. To approve the new hours.</p>
    <p>2. To consult staff.</p></div>
    <p><span class="mgLabel">Date of decision: </span>04/03/2025</p>
    <p><span class="mgLabel">Date comes into force if not called in: </span>12/03/2025</p>
    </div></div>"""
    d = parse_decision_details(page, "https://democracy.example.gov.uk/ieDecisionDetails.aspx?ID=77")
    assert (d.id, d.title, d.decision_maker) == ("77", "Library opening hours & staffing", "Cabinet")
    assert (d.status, d.key_decision, d.call_in) == ("Implemented", True, True)
    assert (d.date, d.effective) == ("2025-03-04", "2025-03-12")
    assert d.text == "1. To approve the new hours.\n2. To consult staff."


def test_a_page_that_is_not_a_decision_is_refused():
    with pytest.raises(ModernGovError, match="not a ModernGov decision details page"):
        parse_decision_details(HTML_ERROR, "https://x.gov.uk/ieDecisionDetails.aspx?ID=1")


def test_narrative_that_merely_starts_with_decision_words_is_not_a_resolution():
    assert resolutions_of("Decisions taken by the Leader were noted by members.") == []
    assert resolutions_of("Decision\nThe Committee agreed to note the report.") == [
        "The Committee agreed to note the report."
    ]
    assert resolutions_of("It was AGREED to defer the item.") == ["to defer the item."]
