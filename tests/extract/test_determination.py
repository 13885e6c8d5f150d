"""A licensing hearing's notice of determination, read as the record of the hearing it reports."""

from __future__ import annotations

from pathlib import Path

from minutebook.extract.determination import determination_view
from minutebook.model import Line
from minutebook.parse import parse_path

# An invented notice, laid out as councils send them after a hearing under the Licensing Act 2003.
NOTICE = """Ashvale District Council
Our ref:\tLIC/PREM/26/0042
NOTICE OF DETERMINATION
Licensing Act 2003 – Licensing Sub-Committee
Application for a premises licence: The Corn Store, 4 Mill Yard, Ashvale
Application reference:\tLIC/PREM/26/0042
Applicant:\tCorn Store Taverns Limited
Date of hearing:\tWednesday 4 March 2026 at 10.00 am
Place of hearing:\tCommittee Room 1, Ashvale House, Ashvale
Members of the Sub-Committee:\tCouncillors Ann Hale (Chair), Ben Irwin and Cara Jones
Legal adviser:\tSimon Trevaskis, Senior Solicitor
The application
1. On 12 January 2026 the applicant applied for a premises licence for a bar with a courtyard.
2. Four local residents made representations about noise from the courtyard.
Decision
The Sub-Committee has determined to GRANT the application subject to the following conditions:
1. The courtyard shall not be used by customers after 22:00.
2. A noise limiter shall be fitted to the amplified sound equipment.
and to REFUSE the sale of alcohol after 23:00 on Sundays.
Reasons
1. The only licensing objective engaged was the prevention of public nuisance.
2. The conditions meet the residents' concerns.
"""


def test_the_notice_is_read_as_the_minutes_of_its_hearing(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE)
    p = parse_path(path)
    assert (p.meeting.body, p.meeting.date, p.meeting.time) == ("Licensing Sub-Committee", "2026-03-04", "10:00")
    assert "NOTICE OF DETERMINATION" in [s.title for s in p.segments]  # its own title, not the gloss read from it
    assert p.meeting.venue == "Committee Room 1, Ashvale House, Ashvale"
    (minutes,) = p.minutes
    assert [x.name for x in minutes.present if x.kind == "member"] == ["Ann Hale", "Ben Irwin", "Cara Jones"]
    (item,) = minutes.items  # one application, numbered by its reference; the letter's paragraphs are prose
    assert (item.number, item.title) == (
        "LIC/PREM/26/0042",
        "Application for a premises licence: The Corn Store, 4 Mill Yard, Ashvale",
    )
    assert item.resolutions == [
        "The courtyard shall not be used by customers after 22:00.",
        "A noise limiter shall be fitted to the amplified sound equipment.",
        "to REFUSE the sale of alcohol after 23:00 on Sundays.",
    ]


def test_other_papers_pass_through_unchanged() -> None:
    lines = [Line(1, 1, "Notice of meeting"), Line(2, 1, "Date: 4 March 2026"), Line(3, 1, "1. Minutes")]
    assert determination_view(lines) is lines


# ... and a decision notice whose details are a table of label and value cells, its sections numbered.
DECISION_NOTICE = (
    "London Borough of Ashgrove\nDecision Notice\nLICENSING ACT 2003\n"
    "Review of a premises licence – The Lantern, 12 High Street\n"
    "Hearing date and time\tThursday 19 February 2026, 7.00 pm\n"
    "Venue\tCommittee Room 2, Ashgrove Town Hall\n"
    "Panel members\tCouncillor Nadia Rahman (Chair) Councillor Peter Ossington Councillor Leah Whitcombe\n"
    "Licence reference\tLN/22/00418\n"
    "1. Summary of representations\n"
    "The police said that officers had been called to the premises on 14 occasions.\n"
    "2. Decision of the Sub-Committee\n"
    "Having considered the representations, the Sub-Committee has decided to take the following steps:\n"
    "1. To remove Mr A Kola as the designated premises supervisor.\n"
    "2. To suspend the licence for a period of four weeks.\n"
    "3. Reasons\n"
    "The Sub-Committee found that the management of the premises had failed.\n"
)


def test_a_decision_notice_set_out_as_a_table_of_details(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(DECISION_NOTICE)
    p = parse_path(path)
    assert (p.meeting.date, p.meeting.time, p.meeting.venue) == (
        "2026-02-19",
        "19:00",
        "Committee Room 2, Ashgrove Town Hall",
    )
    (minutes,) = p.minutes
    assert [x.name for x in minutes.present] == ["Nadia Rahman", "Peter Ossington", "Leah Whitcombe"]
    (item,) = minutes.items
    assert item.number == "LN/22/00418"
    assert item.resolutions == [
        "To remove Mr A Kola as the designated premises supervisor.",
        "To suspend the licence for a period of four weeks.",
    ]


# ... and a standards hearing's decision notice, its title in capitals and its decision a finding.
STANDARDS_NOTICE = (
    "Ashvale District Council\nDECISION NOTICE\nStandards Hearing Sub-Committee\n"
    "Localism Act 2011 – Complaint that a member has failed to comply with the Code of Conduct\n"
    "Complaint reference:\tSC/2025/07\n"
    "Hearing date:\tWednesday 4 March 2026 at 2.00 pm\n"
    "Venue:\tCouncil Chamber, Vale House, Ashvale\n"
    "Hearing Sub-Committee members:\tCouncillor Margaret Tidmarsh (Chair)\n"
    "Councillor Imran Bhatti\nCouncillor Neil Fothergill\n"
    "The complaint\n"
    "1. On 22 September 2025 the Monitoring Officer received a complaint about the conduct of a councillor.\n"
    "Decision\n"
    "2. The Sub-Committee found that Councillor Umpleby failed to comply with paragraph 3.1 of the Code.\n"
    "Reasons\n"
    "3. The conduct was disrespectful and was repeated in e-mails after the meeting.\n"
)


def test_a_standards_decision_notice_in_capitals_with_its_finding(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(STANDARDS_NOTICE)
    p = parse_path(path)
    assert (p.meeting.body, p.meeting.date) == ("Standards Hearing Sub-Committee", "2026-03-04")
    (minutes,) = p.minutes
    assert [x.name for x in minutes.present] == ["Margaret Tidmarsh", "Imran Bhatti", "Neil Fothergill"]
    (item,) = minutes.items
    assert item.number == "SC/2025/07"
    assert item.title.startswith("Localism Act 2011 – Complaint that a member has failed")
    assert item.resolutions == ["Councillor Umpleby failed to comply with paragraph 3.1 of the Code."]


# A taxi licensing notice whose paragraphs are numbered by one list running through the letter's sections.
DRIVER_NOTICE = """Fenmarsh District Council
Our ref:\tTX/2026/004
Please ask for: Jo Blake
Date:\t9 March 2026
Dear Sir,
REGULATORY SUB-COMMITTEE
NOTICE OF DECISION – HACKNEY CARRIAGE DRIVER’S LICENCE
Driver reference:\tTX/2026/004
Licence:\tHackney carriage driver’s licence no. HC/204 (expires 31 August
2027)
Date of hearing:\tThursday 5 March 2026 at 2.00 pm
Venue:\tRoom 3, Civic Centre, Fenmarsh
Members of the Sub-Committee: Councillor Ann Hale (Chair)
Councillor Ben Irwin
Councillor Cara Jones
I write to confirm the decision of the Regulatory Sub-Committee, which met on 5 March 2026.
Background
1. The Driver has held a licence issued by the Council since 2018 and drives for a local firm.
2. In January 2026 the Driver was convicted of speeding and did not tell the Council of it.
Decision
3. The Sub-Committee determined that the Driver is not a fit and proper person and resolved to SUSPEND his licence.
4. The Driver must return his badge to the Licensing Service by 5.00 pm on 12 March 2026.
Reasons
5. The Driver had not notified the Council of the conviction within 48 hours, as his conditions require.
"""


def test_a_notice_numbering_its_paragraphs_through_every_section(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(DRIVER_NOTICE)
    p = parse_path(path)
    # the hearing's hour is on its date's line, under a value wrapped onto a line of its own
    assert (p.meeting.date, p.meeting.time) == ("2026-03-05", "14:00")
    (item,) = p.minutes[0].items
    # '3.' under 'Decision' carries on the letter's numbering: the decision is its sentence, and what follows
    # from it ('The Driver must return his badge') is the letter's next paragraph, not another decision
    assert item.resolutions == [
        "The Sub-Committee determined that the Driver is not a fit and proper person and resolved to SUSPEND his "
        "licence."
    ]


def test_a_reason_restating_the_decision_is_not_another_decision(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    reasons = """6. The Sub-Committee decided that the suspension should take effect at once because of the risk
to passengers while any appeal was pending.
Right of appeal
7. The Driver may appeal to the magistrates' court within 21 days.
"""
    path.write_text(DRIVER_NOTICE + reasons)
    (item,) = parse_path(path).minutes[0].items
    # why the Sub-Committee decided as it did, under 'Reasons', in the narrative's lower case: the decision above
    # told again, not a second one
    assert item.resolutions == [
        "The Sub-Committee determined that the Driver is not a fit and proper person and resolved to SUSPEND his "
        "licence."
    ]
