"""The meeting a user would look up: council, body, date, time and venue, as the pack prints them."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_corpus import SAMPLES, corpus_file, sample_or_corpus

from minutebook.extract.council import council_names
from minutebook.extract.meeting import hhmm, iso_date
from minutebook.parse import parse_path


def parse_text(tmp_path: Path, text: str, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_text(text)
    return parse_path(path)


def facts(parsed) -> tuple:
    m = parsed.meeting
    return parsed.council, m.body, m.date, m.time, m.venue


def test_coventry_cabinet_front_sheet():
    p = parse_path(sample_or_corpus("coventry-cabinet-2019-10-29.txt", "seeds/coventry-cabinet-2019-10-29.txt"))
    assert facts(p) == ("Coventry City Council", "Cabinet", "2019-10-29", "14:00", "Committee Room 3 - Council House")


def test_full_council_body_comes_from_the_bound_minutes_when_the_front_sheet_names_none():
    p = parse_path(corpus_file("seeds/coventry-city-council-2022-10-18.txt"))
    assert facts(p) == ("Coventry City Council", "Council", "2022-10-18", "14:00", "Council Chamber - Council House")


def test_warwickshire_labelled_front_sheet_and_council_from_signatory_block():
    p = parse_path(sample_or_corpus("warwickshire-cyp-osc-2024-09-17.txt", "seeds/warwickshire-cyp-osc-2024-09-17.txt"))
    assert facts(p) == (
        "Warwickshire County Council",
        "Children & Young People Overview and Scrutiny Committee",
        "2024-09-17",
        "10:00",
        "Committee Room 2, Shire Hall",
    )


def test_kent_cabinet_front_sheet_pdf():
    p = parse_path(SAMPLES / "kent_cabinet_2025-01-30_agenda_frontsheet.pdf")
    assert facts(p) == (
        "Kent County Council",  # confirmed by the kent.gov.uk address printed broken over two lines
        "Cabinet",
        "2025-01-30",
        "10:00",
        "Council Chamber, Sessions House, County Hall, Maidstone",
    )


def test_kent_summons_sentence_gives_body_date_time_and_venue():
    p = parse_path(corpus_file("kent/kent_county_council_2025-01-09_agenda_frontsheet.pdf"))
    council, body, date, time, venue = facts(p)
    assert (body, date, time) == ("County Council", "2025-01-09", "10:00")
    assert venue.startswith("Council Chamber, County Hall, Maidstone")
    # the name is only in the logo; 'the County Council' at 'County Hall, Maidstone, Kent, ME14 1XQ' says it
    assert council == "Kent County Council"


@pytest.mark.parametrize(
    ("name", "body", "date"),
    [
        ("kent_cabinet_2025-01-30_printed_minutes.pdf", "Cabinet", "2025-01-30"),
        ("kent_county_council_2025-01-09_printed_minutes.pdf", "County Council", "2025-01-09"),
    ],
)
def test_stand_alone_minutes_give_the_meeting_they_record(name, body, date):
    p = parse_path(SAMPLES / name)
    assert (p.council, p.meeting.body, p.meeting.date) == ("Kent County Council", body, date)
    assert p.meeting.venue == "Council Chamber, Sessions House, County Hall, Maidstone"
    assert p.meeting.time is None  # printed minutes give no start time


def test_supplement_covering_letter_names_the_meeting_not_the_letter_date():
    p = parse_path(corpus_file("kent/kent_county_council_2025-02-13_budget_amendments_supplement_pack.pdf"))
    assert (p.meeting.body, p.meeting.date) == ("County Council", "2025-02-13")


def test_welsh_community_council_html_minutes():
    p = parse_path(SAMPLES / "manordeilo-salem-community-council-minutes-2020-06-10.html")
    assert facts(p) == (
        "Manordeilo and Salem Community Council",
        "Community Council",  # a local council's own meeting goes by its tier, as a parish's 'Parish Council'
        "2020-06-10",
        "19:30",
        "remotely via Zoom",
    )


def test_labels_of_an_unseen_house_style(tmp_path):
    text = (
        "Borsetshire District Council\n\nPLANNING COMMITTEE\n\nDate: Wednesday, 5 March 2025\nTime: 6.30 pm\n"
        "Venue: The Guildhall, High Street, Borchester\n\nAGENDA\n\n"
        "1. Apologies for absence\n2. Declarations of interest\n"
    )
    p = parse_text(tmp_path, text)
    assert facts(p) == (
        "Borsetshire District Council",
        "Planning Committee",
        "2025-03-05",
        "18:30",
        "The Guildhall, High Street, Borchester",
    )


@pytest.mark.parametrize(
    "text",
    [
        "# Project README\n\nInstall with pip. Run `make test`. Dates like 5 March 2025 mean nothing here.\n",
        "It was the best of times, it was the worst of times. On the 3rd of May 1850 at 2 pm the council of "
        "elders met in the Great Hall; nobody took minutes.\n\nChapter 2\n\nShe walked on.\n",
    ],
)
def test_not_a_meeting_document_gives_nothing(tmp_path, text):
    p = parse_text(tmp_path, text)
    assert facts(p) == (None, None, None, None, None)
    assert p.members == [] and p.agenda == []


@pytest.mark.parametrize(
    ("heading", "council"),
    [
        ("Barsetshire County Council\nAdult Social Care Service\n", "Barsetshire County Council"),
        ("Loxley Council\nCyngor Loxley\n", "Loxley Council"),
        ("Loxley Community Safety Partnership\nLoxley City Council\n", "Loxley City Council"),
        ("COUNCIL OF THE ISLES OF LOXLEY\n", "Council of the Isles of Loxley"),
    ],
)
def test_a_stand_alone_plan_headed_by_its_councils_name_gives_the_council(tmp_path, heading, council):
    text = (
        f"{heading}\nHomelessness Strategy 2025-2028\n\nContents\n1. Introduction\n2. Our priorities\n\n"
        "Introduction\n\nThis strategy sets out how partners will prevent homelessness over three years.\n"
    )
    p = parse_text(tmp_path, text)
    assert facts(p) == (council, None, None, None, None)  # the council only: no meeting is read from a plan
    assert not p.warnings


def test_a_council_named_only_inside_a_plans_text_is_not_its_council(tmp_path):
    text = (
        "Homelessness Strategy 2025-2028\nLoxley Community Safety Partnership\n\n"
        "Introduction\n\nThis strategy was agreed with Loxley City Council and its partners.\n"
    )
    assert parse_text(tmp_path, text).council is None


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("Tuesday, 29th October 2019", "2019-10-29"),
        ("9th January, 2025", "2025-01-09"),
        ("the 10th June 2020", "2020-06-10"),
        ("THURSDAY, 13 FEBRUARY 2025", "2025-02-13"),
        ("no date here", None),
    ],
)
def test_dates_as_printed(printed, iso):
    assert iso_date(printed) == iso


@pytest.mark.parametrize(
    ("printed", "hm"),
    [
        ("2.00 pm", "14:00"),
        ("10.00 am", "10:00"),
        ("7.30pm", "19:30"),
        ("10am", "10:00"),
        ("12 noon", "12:00"),
        ("12.15 pm", "12:15"),
        ("19:30", "19:30"),
        ("6.30 p.m.", "18:30"),
        ("1000 HOURS", "10:00"),
        ("14.15 hrs", "14:15"),
        ("2.00 - 4.47 pm", "14:00"),  # a span, its meridiem printed once at its end
        ("11.00 - 1.30 pm", "11:00"),
        ("page 12", None),
    ],
)
def test_times_as_printed(printed, hm):
    assert hhmm(printed) == hm


def test_a_report_alone_names_the_meeting_it_goes_to():
    p = parse_path(corpus_file("kent/kent_cabinet_2025-01-30_report_24-00108_budget_monitoring.pdf"))
    assert (p.meeting.body, p.meeting.date, p.meeting.time) == ("Cabinet", "2025-01-30", None)


def test_numeric_dates_24_hour_times_and_venues_over_lines_under_labels(tmp_path):
    text = (
        "Notice of Meeting\n\nTo: All Members of the Council\n\nSpecial Meeting of the Council\n\n"
        "Date: 03/04/2025\nTime: 19.00\nVenue:\nThe Guildhall,\nMarket Place\n\nAgenda\n\n"
        "1. Apologies\n2. Declarations of interest\n\nBorchester Town Council\n"
    )
    p = parse_text(tmp_path, text)
    assert facts(p) == ("Borchester Town Council", "Council", "2025-04-03", "19:00", "The Guildhall, Market Place")


def test_unlabelled_front_sheet_with_time_between_date_and_place(tmp_path):
    text = (
        "Planning Committee\n\nWednesday 5 March 2025\n\n7.00 pm\n\nCouncil Chamber, Civic Offices\n\n"
        "1. Apologies for absence\n2. Declarations of interest\n\nBorsetshire District Council\n"
    )
    p = parse_text(tmp_path, text)
    assert facts(p) == (
        "Borsetshire District Council",
        "Planning Committee",
        "2025-03-05",
        "19:00",
        "Council Chamber, Civic Offices",
    )


def test_question_booklet_heading_names_the_meeting():
    p = parse_path(corpus_file("kent/kent_county_council_2025-03-13_questions_and_answers.pdf"))
    assert (p.council, p.meeting.body, p.meeting.date) == ("Kent County Council", "County Council", "2025-03-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Borsetshire District Council\n\nMinutes of a meeting of the Planning Committee held on Tuesday, "
            "4 March 2025 at 7.00 pm in the Council Chamber, Civic Offices. Present: Councillors A, B.\n\n"
            "1. Apologies\n",
            (
                "Borsetshire District Council",
                "Planning Committee",
                "2025-03-04",
                "19:00",
                "Council Chamber, Civic Offices",
            ),
        ),
        (
            "PLANNING COMMITTEE\n\nMINUTES OF THE MEETING HELD ON 4 MARCH 2025 AT 7.00 PM\n\n"
            "PRESENT: Councillors A Smith (Chair), B Jones\n\n1. APOLOGIES\n",
            (None, "Planning Committee", "2025-03-04", "19:00", None),
        ),
    ],
)
def test_minutes_headings_of_other_house_styles(tmp_path, text, expected):
    assert facts(parse_text(tmp_path, text)) == expected


def test_moderngov_web_page_heading_body_date_and_time(tmp_path):
    html = (
        "<html><body><h1>Agenda and minutes</h1>"
        "<h2>Overview and Scrutiny Committee - Tuesday, 4th March, 2025 7.00 pm</h2>"
        "<p><strong>Venue:</strong> Council Chamber, Town Hall, Barchester</p><h2>Items</h2><table>"
        "<tr><td>1.</td><td>Apologies for absence</td></tr><tr><td>2.</td><td>Declarations of interest</td></tr>"
        "<tr><td>3.</td><td>Minutes of the previous meeting <span>PDF 120 KB</span></td></tr>"
        "</table><p>Barchester Borough Council</p></body></html>"
    )
    p = parse_text(tmp_path, html, "agenda.html")
    assert facts(p) == (
        "Barchester Borough Council",
        "Overview and Scrutiny Committee",
        "2025-03-04",
        "19:00",
        "Council Chamber, Town Hall, Barchester",
    )
    assert [(a.number, a.title) for a in p.agenda] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Minutes of the previous meeting"),
    ]


def test_markdown_headed_front_sheet(tmp_path):
    text = (
        "# Borsetshire District Council\n\n## Licensing Committee\n\n**Date:** 5 March 2025\n\n**Time:** 2pm\n\n"
        "**Venue:** Room 4, Civic Centre\n\n## Agenda\n\n1. Apologies\n2. Minutes\n"
    )
    p = parse_text(tmp_path, text, "front.md")
    assert facts(p) == (
        "Borsetshire District Council",
        "Licensing Committee",
        "2025-03-05",
        "14:00",
        "Room 4, Civic Centre",
    )


def test_labels_naming_the_meeting_win_over_a_publication_date(tmp_path):
    text = (
        "Licensing Committee\n\nPublished: 20 February 2025\n\nDate of meeting: Wednesday, 5 March 2025\n"
        "Time of meeting: 10.30 am\nVenue of meeting: Room 4, Civic Centre\n\nAgenda\n\n1. Apologies\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "Licensing Committee",
        "2025-03-05",
        "10:30",
        "Room 4, Civic Centre",
    )


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("Bath and North East Somerset Council", ["Bath and North East Somerset Council"]),
        ("Isle of Wight Council", ["Isle of Wight Council"]),
        ("City of York Council", ["City of York Council"]),
        ("SOLIHULL METROPOLITAN BOROUGH COUNCIL", ["Solihull Metropolitan Borough Council"]),
        ("Royal Borough of Greenwich", ["Royal Borough of Greenwich"]),
        ("Leader of Kent County Council", ["Kent County Council"]),
        ("Extraordinary Meeting of Council", []),
        ("Full Council", []),
    ],
)
def test_council_names_as_printed(printed, names):
    assert [n for _, n in council_names(printed)] == names


@pytest.mark.parametrize(
    "above",
    [
        "ROYAL BOROUGH OF WESTBRIDGE\n\n",  # the council's name as a heading line
        "CYNGOR BWRDEISTREF SIROL TREFEGLWYS\nTREFEGLWYS COUNTY BOROUGH COUNCIL\n\nPWYLLGOR CYNLLUNIO\n"
        "PLANNING COMMITTEE\n\nCOFNODION / MINUTES\n\n",  # a Welsh / English title block
        # a web page's site chrome
        "Home\n- News\n- Meetings\n- Contact us\nMinutes – March meeting\nPosted on 14 March 2025 by Clerk\n",
    ],
)
def test_the_meeting_is_read_whatever_is_printed_above_the_minutes_heading(tmp_path, above):
    text = above + (
        "Minutes of the meeting of the Planning Committee held on Thursday, 6 March 2025 at 2.00 pm "
        "in the Council Chamber, Civic Centre\n\nPresent: Councillors A Lloyd (Chair), B Rees\n\n"
        "1. Apologies for absence\nNone.\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "Planning Committee",
        "2025-03-06",
        "14:00",
        "Council Chamber, Civic Centre",
    )


def test_time_after_a_venue_printed_before_the_date(tmp_path):
    text = (
        "Minutes of a meeting of the Licensing Sub-Committee held in Room 4, The Guildhall, Market Street, "
        "Barchester on Monday, 3rd February 2025 at 10.30 a.m.\n\nPresent: Councillor C Dunn (Chairman)\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "Licensing Sub-Committee",
        "2025-02-03",
        "10:30",
        "Room 4, The Guildhall, Market Street, Barchester",
    )


def test_24_hour_hours_time_and_venue_after_it_in_a_capitals_heading(tmp_path):
    text = (
        "MINUTES OF A MEETING OF THE AUDIT COMMITTEE HELD ON WEDNESDAY 9 APRIL 2025 AT 1415 HOURS IN "
        "ROOM 101, CIVIC OFFICES, NEWTOWN\n\nPRESENT:- Councillor Evans in the Chair;\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "Audit Committee",
        "2025-04-09",
        "14:15",
        "Room 101, Civic Offices, Newtown",
    )


def test_venue_after_the_time_stops_at_the_end_of_its_line(tmp_path):
    text = (
        "MINUTES of the meeting of the EXECUTIVE held on Monday 7 April 2025 at 6.00 pm at the Guildhall, "
        "High Street, Barchester\nCouncillors present:\nCouncillor A Smith (Leader) (Chair)\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "Executive",
        "2025-04-07",
        "18:00",
        "Guildhall, High Street, Barchester",
    )


def test_a_body_heading_with_a_logo_s_place_name_in_a_cell_beside_it(tmp_path):
    text = (
        "Council\tSwaleford\nCOUNCIL\nMeeting held on Thursday, 26 February 2026\n7.00pm to 10.45pm\n"
        "Record of the meeting\nPresent:\tThe Worshipful The Mayor of Swaleford (Councillor Margaret Ellison)\n"
    )
    assert facts(parse_text(tmp_path, text))[1:3] == ("Council", "2026-02-26")


def test_a_welsh_council_s_heading_beside_its_welsh_name_and_the_place_and_hours_under_the_attendance(tmp_path):
    text = (
        "COUNTY COUNCIL\tCyngor Sir Caerwen\nCaerwen County Council\nWednesday, 14 January 2026\n"
        "PRESENT: Councillor H.L. Pryce (Chair)\nCouncillors: C.A. Bevan, L. Bowen and T. Wyn\n"
        "Also in attendance: E. Llewelyn, Chief Executive; S. Pugh, Director of Corporate Services.\n"
        "Chamber, County Hall, Llanwerydd and remotely: 10.00 am - 1.15 pm\n1.\tAPOLOGIES FOR ABSENCE\nNone.\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "County Council",
        "2026-01-14",
        "10:00",
        "Chamber, County Hall, Llanwerydd",
    )


def test_a_place_named_after_the_hour_is_the_venue_without_a_room_word(tmp_path):
    text = (
        "JOINT TRANSPORTATION BOARD\nMINUTES of the Joint Transportation Board held on Monday 12 January 2026 "
        "at 6.00 pm at the Gateway,\nSandlebury\nPresent:\nCouncillor A Clarke (Chairman)\n"
    )
    assert facts(parse_text(tmp_path, text))[2:] == ("2026-01-12", "18:00", "Gateway, Sandlebury")


@pytest.mark.parametrize(
    ("printed", "body"),
    [
        ("the Executive of Barset County Council", "Executive"),
        ("the Licensing Committee of the London Borough of Westbridge", "Licensing Committee"),
        ("Full Council", "Council"),
        ("Upper Wick Town Council", "Town Council"),  # the council's own meeting, a local council's tier
        ("Barset County Council", "County Council"),  # a county's, as counties call it
        ("Barset City Council", "City Council"),  # a city's, as 'a meeting of the City Council'
        ("the evidence session of the Transport Scrutiny Committee", "Transport Scrutiny Committee"),
    ],
)
def test_body_named_with_its_council(tmp_path, printed, body):
    council = "Upper Wick Town Council" if "Wick" in printed else "Barset County Council"
    if printed == "Barset City Council":
        council = printed
    if "Westbridge" in printed:
        council = "London Borough of Westbridge"
    text = (
        f"{council}\n\nMinutes of the meeting of {printed} held on Tuesday, 1 April 2025 at 7.00 pm.\n\n"
        "Present: Councillors A Smith (Chair), B Jones\n"
    )
    assert facts(parse_text(tmp_path, text))[:2] == (council, body)


def test_date_time_and_venue_in_a_table_under_a_header_row(tmp_path):
    text = (
        "Minute of Meeting\nInfrastructure, Land and Environment Policy Board\n\n"
        "Date                 Time      Venue\n"
        "Wednesday, 4 June 2025   10:00     Council Chambers (Renfrew), Council Headquarters, Paisley\n\n"
        "Sederunt\nCouncillor A Doig (Convener); Councillor B Kerr\n\n1   Revenue Budget Monitoring\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "Infrastructure, Land and Environment Policy Board",
        "2025-06-04",
        "10:00",
        "Council Chambers (Renfrew), Council Headquarters, Paisley",
    )


def test_summons_sentence_names_the_body_not_the_signatory_under_it(tmp_path):
    text = (
        "BARSET DISTRICT COUNCIL\n\nDear Councillor,\n\nYou are summoned to attend a meeting of the LICENSING "
        "COMMITTEE to be held in the Council Chamber, District Offices, Barchester on MONDAY, 2 JUNE 2025 at "
        "10.00 am.\n\nYours sincerely,\n\nA Person\nChief Executive\n\nAGENDA\n\n1. Apologies for Absence\n"
        "2. Declarations of Interest\n"
    )
    assert facts(parse_text(tmp_path, text)) == (
        "Barset District Council",
        "Licensing Committee",
        "2025-06-02",
        "10:00",
        "Council Chamber, District Offices, Barchester",
    )


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "MINUTES OF THE LICENSING COMMITTEE HELD ON FRIDAY, 7TH MARCH 2025 AT 2.00PM IN THE GUILDHALL, BARCHESTER",
            ("Licensing Committee", "2025-03-07", "14:00", "Guildhall, Barchester"),
        ),
        (
            "Minutes of the Executive Meeting held on Friday 7 March 2025 at 9.30am, Room 12, Civic Offices",
            ("Executive", "2025-03-07", "09:30", "Room 12, Civic Offices"),
        ),
    ],
)
def test_minutes_headings_without_meeting_of(tmp_path, heading, expected):
    text = heading + "\n\nPRESENT: Councillors A Smith (Chairman), B Jones\n\n1. APOLOGIES\nNone.\n"
    parsed = parse_text(tmp_path, text)
    assert facts(parsed)[1:] == expected
    assert [s.kind for s in parsed.segments] == ["minutes"]


def test_council_named_only_in_the_notice_sentence(tmp_path):
    text = (
        "NOTICE OF MEETING\n\nNotice is hereby given that a meeting of the Full Council of Lower Wick Parish "
        "Council will be held at the Reading Room, Mill Lane on Monday 9th June 2025 commencing at 7.15pm.\n\n"
        "AGENDA\n1. To receive apologies for absence\n2. To receive declarations of interest\n"
    )
    assert facts(parse_text(tmp_path, text)) == (
        "Lower Wick Parish Council",
        "Council",  # printed `Full Council`: the council meeting as a whole
        "2025-06-09",
        "19:15",
        "Reading Room, Mill Lane",
    )


def test_minutes_under_the_body_heading_and_labels_under_the_minutes_heading(tmp_path):
    text = (
        "STANDARDS COMMITTEE\n\nMinutes of a meeting held on Friday 4 July 2025 at 11.00 am in Room 3, "
        "Guildhall\n\nPresent: Councillor A Smith (Chair)\n\n1. Apologies\nNone.\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == ("Standards Committee", "2025-07-04", "11:00", "Room 3, Guildhall")
    text = (
        "Minutes of the Audit Committee meeting held on Friday 4 July 2025\n\nVenue: Room 3, Guildhall\n"
        "Time: 6.00pm - 8.10pm\n\nPresent: Councillor A Smith (Chair)\n\n1. Apologies\nNone.\n"
        "2. Date of next meeting\nTime: 2.00 pm\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == ("Audit Committee", "2025-07-04", "18:00", "Room 3, Guildhall")


def test_an_authority_publishing_as_a_council_does(tmp_path):
    text = (
        "NORTH RIDING COMBINED AUTHORITY\n\nMinutes of the meeting of the Overview and Scrutiny Committee held on "
        "Monday 7 July 2025 at 10.00 am at Civic Hall, Northallerton\n\nPresent: Councillor A Smith (Chair)\n"
    )
    assert facts(parse_text(tmp_path, text)) == (
        "North Riding Combined Authority",
        "Overview and Scrutiny Committee",
        "2025-07-07",
        "10:00",
        "Civic Hall, Northallerton",
    )


@pytest.mark.parametrize("printed", ["03/04/25", "3.4.2025", "03-04-2025"])
def test_numeric_dates_under_a_label_in_other_forms(tmp_path, printed):
    text = f"Licensing Committee\n\nDate: {printed}\nTime: 10am\n\nAgenda\n\n1. Apologies\n2. Minutes\n"
    assert facts(parse_text(tmp_path, text))[1:4] == ("Licensing Committee", "2025-04-03", "10:00")


def test_a_long_covering_letter_before_bound_minutes_does_not_take_their_meeting(tmp_path):
    letter = "".join(f"Paragraph {k} of a covering letter about the budget papers.\n" for k in range(20))
    text = (
        f"Dear Councillor,\n\n{letter}\nYours sincerely,\n\n"
        "Minutes of the meeting of the Cabinet held on Tuesday, 4 March 2025 at 10.00 am\n\n"
        "Present: Councillor A Smith (Chair)\n\n1. Apologies\nNone.\n"
    )
    assert parse_text(tmp_path, text).meeting.date != "2025-03-04"


def test_minutes_heading_set_out_one_phrase_a_line(tmp_path):
    text = (
        "Minutes of the Meeting of the\nLICENSING COMMITTEE\nheld on Monday, 7 July 2025\nat 10.00 am\n"
        "in Committee Room 2,\nCivic Centre, Barchester\n\nPRESENT:\nCouncillor A Smith (Chair)\n\n1. Apologies\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "Licensing Committee",
        "2025-07-07",
        "10:00",
        "Committee Room 2, Civic Centre, Barchester",
    )


def test_a_full_council_heading_line_is_the_council_meeting(tmp_path):
    text = (
        "Barset Borough Council\n\nFULL COUNCIL\n\nDate: Wednesday, 16 July 2025\nTime: 7.00 pm\n"
        "Venue: Council Chamber, Town Hall\n\nAGENDA\n1. Apologies\n2. Minutes\n"
    )
    assert facts(parse_text(tmp_path, text))[:2] == ("Barset Borough Council", "Council")


def test_a_county_councils_own_meeting_is_the_county_council(tmp_path):
    """Counties call their full meeting 'County Council', and a running header 'X County Council – date' says
    no more than that the meeting is the council's own."""
    text = (
        "Barset County Council – 18 February 2026\nBARSET COUNTY COUNCIL\n"
        "MINUTES of a meeting of the County Council held at County Hall, Barchester on\n"
        "Wednesday 18 February 2026 at 10.30 am\nPresent: Mr T Gill (Chairman)\n"
    )
    assert facts(parse_text(tmp_path, text))[:3] == ("Barset County Council", "County Council", "2026-02-18")


@pytest.mark.parametrize(
    "heading",
    [
        "Minutes of the proceedings of the Council held on Wednesday 21 May 2025 at 7pm in the Council Chamber",
        "MINUTES OF THE ANNUAL COUNCIL HELD ON WEDNESDAY 21 MAY 2025 AT 7.00 PM IN THE COUNCIL CHAMBER",
    ],
)
def test_council_meeting_headings_with_proceedings_or_a_kind_of_meeting(tmp_path, heading):
    text = f"BARSET BOROUGH COUNCIL\n\n{heading}\n\nPresent: Councillor A Smith\n\n1. Election of Mayor\n"
    assert facts(parse_text(tmp_path, text))[1:4] == ("Council", "2025-05-21", "19:00")


def test_record_of_decisions_with_a_label_block(tmp_path):
    text = (
        "Barset Metropolitan Borough Council\n\nRECORD OF DECISIONS\n\nCabinet\n\n"
        "Date of meeting:   Tuesday, 8 July 2025\nTime:      5.30 pm\nPlace:     Room 5, Civic Centre\n\n"
        "Date of publication:  10 July 2025\n\nMembers present:\nCouncillor A Smith - Leader (Chair)\n"
    )
    parsed = parse_text(tmp_path, text)
    assert [s.kind for s in parsed.segments] == ["minutes"]
    assert facts(parsed) == (
        "Barset Metropolitan Borough Council",
        "Cabinet",
        "2025-07-08",
        "17:30",
        "Room 5, Civic Centre",
    )


def test_a_letter_date_among_contact_lines_is_not_the_meeting_date(tmp_path):
    text = (
        "BARSET DISTRICT COUNCIL\n\nContact: A Clerk, Democratic Services\nDirect line: 01632 960000\n"
        "Date: 20 June 2025\n\nDear Councillor\n\nYou are summoned to attend a meeting of the LICENSING COMMITTEE "
        "to be held in the Council Chamber on MONDAY, 30 JUNE 2025 at 10.00 AM.\n\nAGENDA\n1. Apologies\n2. Minutes\n"
    )
    assert facts(parse_text(tmp_path, text))[1:4] == ("Licensing Committee", "2025-06-30", "10:00")


def test_markdown_minutes_heading_tagged_minutes_and_an_authority_meeting(tmp_path):
    text = (
        "# Barset Town Council\n\n## Staffing Committee — Minutes\n\n**Date:** Tuesday 1 July 2025\n"
        "**Time:** 7pm\n\n### Present\n\n- Cllr A Smith (Chair)\n"
    )
    assert facts(parse_text(tmp_path, text, "minutes.md"))[:3] == (
        "Barset Town Council",
        "Staffing Committee",
        "2025-07-01",
    )
    text = (
        "WESTSHIRE FIRE AND RESCUE AUTHORITY\n\nMinutes of the Meeting of the Authority held at Service "
        "Headquarters, Bridge Road, Barchester on Friday 4 July 2025 commencing at 10:00 hours.\n\n"
        "Members:\n  Councillor A Smith (Chairman)\n"
    )
    assert facts(parse_text(tmp_path, text)) == (
        "Westshire Fire and Rescue Authority",
        "Westshire Fire and Rescue Authority",  # `the Authority` meets as itself
        "2025-07-04",
        "10:00",
        "Service Headquarters, Bridge Road, Barchester",
    )


def test_a_date_in_an_item_confirming_earlier_minutes_is_not_the_meetings_date(tmp_path):
    # a web page's list of items with no date heading: the only date is the earlier meeting's
    text = (
        "Agenda and minutes\n\nVenue: Guildhall, Amberford\n\nItems\nNo. Item\n\n1.\n\nApologies\n\n"
        "Minutes:\n\nNone.\n\n2.\n\nMinutes\n\nTo confirm the minutes of the meeting of the Licensing Committee "
        "held on 3 March 2023.\n\nMinutes:\n\nRESOLVED: that the minutes be approved.\n"
    )
    p = parse_text(tmp_path, text)
    assert p.meeting.date is None
    assert p.meeting.body == "Licensing Committee"  # a body approves its own minutes
    assert p.meeting.venue == "Guildhall, Amberford"


def test_a_dated_heading_wins_over_an_earlier_meeting_named_first(tmp_path):
    text = (
        "Planning Committee\n\nAgenda\n\nTo approve the minutes of the meeting of the Planning Committee held on "
        "2 May 2024 and a meeting of the Planning Committee will be held on Tuesday, 4 June 2024 at 7.00 pm "
        "in the Council Chamber, Town Hall.\n\n1. Apologies for absence\n2. Declarations of interest\n"
    )
    p = parse_text(tmp_path, text)
    assert p.meeting.date == "2024-06-04"


def test_a_web_pages_link_text_is_not_part_of_the_venue_and_a_decision_is_not_the_body(tmp_path):
    text = (
        "Agenda, decisions and minutes\n\nVenue: Committee Room 4 - Riverside House. View directions\n\n"
        "Contact: Democratic Services\n\nItems\nNo. Item\n\n1.\n\nExempt business\n\nMinutes:\n\n"
        "The Committee resolved:-\n\nto take item 9 in private.\n"
    )
    p = parse_text(tmp_path, text)
    assert p.meeting.venue == "Committee Room 4 - Riverside House"
    assert p.meeting.body is None


def test_minutes_heading_with_time_run_into_date_and_an_unlabelled_venue_line(tmp_path):
    text = (
        "Eastbridge Borough Council\nHousing Committee\n7.00pm14 March 2024\nRiverside Hall - Main Chamber\n"
        "MINUTES\nPresent: Councillor Adams (Chair), Councillor Baker\n1 Apologies\n1.1 None.\n"
    )
    p = parse_text(tmp_path, text)
    venue = "Riverside Hall - Main Chamber"
    assert facts(p) == ("Eastbridge Borough Council", "Housing Committee", "2024-03-14", "19:00", venue)


def test_stand_alone_minutes_give_the_meeting_they_record_with_a_welsh_body_in_english(tmp_path):
    text = (
        "Cyngor Llawn\n\n12/03/2024\n\nPresent:       Cllr Alun Jones\n\nCllr Beth Price\n\n"
        "1. Apologies\n\nApologies were received from Cllr Dafydd Evans.\n\n2. Minutes\n\n"
        "RESOLVED that the minutes of the meeting held on 13 February 2024 be approved.\n"
    )
    p = parse_text(tmp_path, text)
    assert (p.meeting.body, p.meeting.date) == ("Council", "2024-03-12")
    assert p.meeting.date == p.minutes[0].date


def test_minutes_bound_after_a_front_sheet_do_not_give_the_front_sheets_meeting_their_date(tmp_path):
    text = (
        "Finance Committee\n\nAgenda\n\n1. Apologies\n2. Minutes of the last meeting\n\n"
        "Minutes of the meeting of the Finance Committee held on Monday, 5 February 2024\n\n"
        "Present: Councillor A Smith (Chair)\n\n1. Apologies\nNone.\n"
    )
    p = parse_text(tmp_path, text)
    assert p.meeting.body == "Finance Committee"
    assert p.meeting.date is None


def test_minutes_of_the_named_meeting_followed_by_its_date(tmp_path):
    text = (
        "Minutes of the Town Council Meeting 9th May 2023\n\n"
        "Present: Cllr A Lane (Mayor), Cllr B Hill\n\n1. Apologies\nNone.\n"
    )
    p = parse_text(tmp_path, text)
    assert (p.meeting.body, p.meeting.date) == ("Town Council", "2023-05-09")


def test_a_decisions_page_without_the_words_agenda_or_minutes_at_the_top(tmp_path):
    text = (
        "Meeting papers\n\nLicensing Board\nWednesday, 3rd April, 2024 6.00 pm\n\nPlace:\nRoom 2, Civic Offices, "
        "Old Market\nItem Description Decision\nL 24/011 Apologies\nApologies were received from Councillor Jones.\n"
        "L 24/012 Premises licence\nIt was proposed by Councillor Ames, seconded by Councillor Bell and\n\n"
        "RESOLVED: That the licence be granted.\n"
    )
    p = parse_text(tmp_path, text)
    assert facts(p)[1:] == ("Licensing Board", "2024-04-03", "18:00", "Room 2, Civic Offices, Old Market")


def test_minutes_run_onto_one_long_line(tmp_path):
    # PDF text with its line breaks lost: the heading, attendance and minutes are one line
    text = (
        "Minutes of a Meeting of Ashcombe Parish Council held at 7.30pm on Tuesday 6 February 2024 at the "
        "Village Hall, Mill Lane, Ashcombe Ash/101/23-24 Present: Cllr A Dean (Chairman), Cllr B Fox and "
        "Cllr C Gray. Ash/102/23-24 Apologies for Absence Apologies were received from Cllr D Hart. "
        "Ash/103/23-24 Declarations of Interest None. Ash/104/23-24 Minutes RESOLVED that the minutes be signed.\n"
    )
    p = parse_text(tmp_path, text)
    venue = "Village Hall, Mill Lane, Ashcombe"
    assert facts(p) == ("Ashcombe Parish Council", "Parish Council", "2024-02-06", "19:30", venue)


def test_a_story_about_a_council_meeting_is_still_not_a_meeting_document(tmp_path):
    text = (
        "The Committee\nA novel, first printed 3 May 1850\n\nChapter 1\n\nThe councillors were present in the hall, "
        "and the mayor was in the chair. Nobody took minutes that night, and his apologies came too late.\n\n"
        "Chapter 2\n\nShe walked on.\n"
    )
    p = parse_text(tmp_path, text)
    assert facts(p) == (None, None, None, None, None)


def test_a_table_flattened_decisions_page_gives_its_venue_and_not_the_earlier_meetings_date(tmp_path):
    text = (
        "Venue: Council Chamber - Town Hall, Bridge Street\nContact: Democratic Services\nNo. | Item |\n---|---|\n"
        "Apologies for Absence Minutes: Resolved: That apologies be noted. |\n|\n"
        "Minutes of the previous meeting To receive the record of proceedings of the ordinary meeting of the "
        "Council held on 4 June 2024. Minutes: Resolved: That the minutes be approved. |\n|\n"
        "Declarations of Interest Minutes: There were no declarations of interest. |\n"
    )
    p = parse_text(tmp_path, text)
    assert (p.meeting.date, p.meeting.venue) == (None, "Council Chamber - Town Hall, Bridge Street")
    assert not any("does not look like" in w for w in p.warnings)


def test_the_body_from_minutes_of_its_own_earlier_meeting_when_the_page_names_none(tmp_path):
    text = (
        "Agenda, decisions and minutes\n\nVenue: Online, Remote Meeting\n\nItems\nNo. Item\n\n12/24\n\n"
        "Minutes of Previous Meeting: 5 March 2024\n\nMinutes:\n\n"
        "The Minutes of the Scrutiny Board meeting held on 5 March 2024 were approved as a correct record.\n"
    )
    p = parse_text(tmp_path, text)
    assert (p.meeting.body, p.meeting.date) == ("Scrutiny Board", None)


def test_a_decision_approving_earlier_minutes_does_not_date_a_record_of_decisions(tmp_path):
    text = (
        "Meeting papers\n\nLicensing Board\nWednesday, 3rd April, 2024 6.00 pm\n\nItem Description Decision\n"
        "L 24/011 Minutes\nRESOLVED: That the Minutes of the proceedings of the meeting of the Board held on "
        "6 March 2024 be approved.\nL 24/012 Fees\nRESOLVED: That the fees be agreed.\n"
    )
    p = parse_text(tmp_path, text)
    assert facts(p)[1:4] == ("Licensing Board", "2024-04-03", "18:00")


def test_a_numeric_date_heading_with_its_time(tmp_path):
    text = "Cyngor Llawn\n\n05/03/2024 at 6:30 pm\n\nPresent:  Cllr A Jones\n\nCllr B Price\n\n1. Apologies\n\nNone.\n"
    p = parse_text(tmp_path, text)
    assert facts(p)[1:4] == ("Council", "2024-03-05", "18:30")


def test_a_stray_page_number_above_the_heading_does_not_end_it(tmp_path):
    text = "3\n\nCabinet\n\nAgenda\n\nTuesday, 4 June 2024 at 2.00 pm\n\n1. Apologies\n2. Minutes of 7 May 2024\n"
    p = parse_text(tmp_path, text)
    assert facts(p)[1:4] == ("Cabinet", "2024-06-04", "14:00")


def test_a_minutes_of_heading_on_its_own_line_names_the_body_not_the_attendance_label(tmp_path):
    text = (
        "Fenmarsh District Council\n\nMINUTES OF THE AIR QUALITY PARTNERSHIP BOARD\n\n"
        "Held on Monday, 4th March, 2024 at 10.00 am\nin the Willow Room, Fenmarsh House, Fenmarsh\n\n"
        "**Board Members Present:**\n\nCouncillor Ann Pike (Chair)\nDr Omar Reid\n\n"
        "**1. Apologies**\n\nNone were received.\n\n**2. Minutes**\n\nRESOLVED – That the minutes be agreed.\n"
    )
    p = parse_text(tmp_path, text)
    assert p.meeting.body == "Air Quality Partnership Board"
    assert p.meeting.venue == "Willow Room, Fenmarsh House, Fenmarsh"


def test_minutes_of_the_meeting_of_the_council_heading_gives_council(tmp_path):
    text = (
        "Borough of Ashmere\n\nMINUTES OF THE MEETING OF THE COUNCIL\n\nTuesday 9 April 2024, 7.30 pm\n"
        "Council Chamber, Town Hall, Ashmere\n\n**Present:**\nCouncillors: Ann Pike, Omar Reid, Tom Hill\n\n"
        "**Apologies for absence** were received from Councillor Sue Lamb.\n\n**1. Declarations of Interest**\n\n"
        "None.\n\n**2. Minutes**\n\nRESOLVED – That the minutes be agreed.\n"
    )
    p = parse_text(tmp_path, text)
    assert p.meeting.body == "Council"
    assert p.meeting.date == "2024-04-09"


def test_an_issue_history_heading_gives_the_body_and_its_date(tmp_path):
    text = (
        "Issue - meetings\n\nPark Byelaws\n\nMeeting: 14/03/2023 - Westbridge Parks Committee (Item 41)\n\n"
        "41 Minutes of Former Panels\n\nMembers are asked to confirm the following minutes as a correct record:\n\n"
        "1.   The minutes of the Parks Panel, 3 March 2023\n\n2.   The minutes of the Roads Panel, 9 March 2023\n"
    )
    parsed = parse_text(tmp_path, text)
    assert (parsed.meeting.body, parsed.meeting.date) == ("Westbridge Parks Committee", "2023-03-14")
    assert parsed.agenda == []


def test_a_decisions_list_gives_the_decision_maker_without_its_label(tmp_path):
    text = (
        "Decisions\n\nDecisions published\n\n02/02/2022 - PARKING CHARGES ref: 101    For Determination\n\n"
        "Decision Maker: Council\n\nMade at meeting: 02/02/2022 - Council\n\nDecision published: 03/02/2022\n\n"
        "Decision:\n\nRESOLVED: That the charges be agreed.\n\n"
        "02/02/2022 - BUDGET ref: 102    For Determination\n\nDecision Maker: Council\n\n"
        "Made at meeting: 02/02/2022 - Council\n\nDecision:\n\nRESOLVED: That the budget be set.\n"
    )
    m = parse_text(tmp_path, text).meeting
    assert (m.body, m.date) == ("Council", "2022-02-02")


def test_a_sentence_about_a_meeting_of_the_committee_names_no_body(tmp_path):
    text = (
        "Issue - decisions\n\nTo confirm the minutes of the meeting held on 5 April 2022 as a correct record\n\n"
        "The minutes were not approved.\n\n(1) that an additional meeting of the Committee is held to consider them.\n"
    )
    m = parse_text(tmp_path, text).meeting
    assert (m.body, m.date) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Agenda item\n\nMinutes\n\nTo agree the public minutes and summary of the meeting held on 6 June 2021.\n\n"
        "Minutes:\n\nRESOLVED - That the minutes be agreed.\n",
        "Agenda item\n\n(i) To note the Minutes of Committee meetings held between 1 May 2021 - 30 June 2021.\n\n"
        "a) Parks Committee     3 May 2021\n\nb) Roads Committee     7 June 2021\n",
    ],
)
def test_an_earlier_meetings_date_or_a_period_is_not_the_meetings_date(tmp_path, text):
    assert parse_text(tmp_path, text).meeting.date is None


def test_a_period_before_the_meeting_date_is_skipped(tmp_path):
    text = (
        "Westbridge Parish Council\n\nAgenda\n\nFor the period from 1 April 2021 - 30 June 2021 the meeting "
        "will be held on 5 July 2021 at 7.00 pm in the Village Hall\n\n1. Apologies\n"
    )
    assert parse_text(tmp_path, text).meeting.date == "2021-07-05"


def test_the_councils_of_a_joint_committee_are_not_its_body(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(
        "Northvale District Council • Eastbrook Borough Council • Kingsford District Council\n"
        "SOUTHMERE JOINT WASTE COMMITTEE\n"
        "Minutes of the meeting held in the Council Chamber, Eastbrook Civic Centre on Thursday 27 June 2024\n"
        "Present:\nCouncillor Alan Pritchard (Northvale District Council) – Chair\n"
        "Councillor Sunita Rao (Eastbrook Borough Council)\n\n1. APOLOGIES\nNone.\n"
    )
    meeting = parse_path(path).meeting
    assert (meeting.body, meeting.date) == ("Southmere Joint Waste Committee", "2024-06-27")


def test_a_council_heading_set_beside_a_contact_box_is_confirmed_by_the_email_domain(tmp_path):
    p = parse_text(
        tmp_path,
        "Contact:\tJane Hale\n"
        "ASHVALE DISTRICT COUNCIL\tDirect line: 01632 960412\n"
        "Email:\tdemocratic.services@ashvale.gov.uk\n"
        "NOTICE OF MEETING\n"
        "You are hereby summoned to attend a meeting of the LICENSING COMMITTEE to be held in the\n"
        "Council Chamber, Ashvale House on WEDNESDAY, 9 OCTOBER 2024 at 10.00 am.\n"
        "AGENDA\n"
        "1. Apologies for Absence\n"
        "2. Declarations of Interest\n"
        "3. Review of a Premises Licence (Pages 5 - 18)\n",
    )
    assert p.council == "Ashvale District Council"


def test_a_kent_style_summons_with_the_date_beside_a_contact_box_and_the_name_only_in_the_logo(tmp_path):
    p = parse_text(
        tmp_path,
        "AGENDA\n"
        "GROWTH, ECONOMIC DEVELOPMENT AND COMMUNITIES\n"
        "CABINET COMMITTEE\n"
        "Wednesday,\t13th\tNovember, Ask for:\tRhiannon Pask\n"
        "2024, at 10.00 am\tTelephone: 03000 416522\n"
        "Council Chamber, Sessions House, Email:\trhiannon.pask@kent.gov.uk\n"
        "County Hall, Maidstone\n"
        "UNRESTRICTED ITEMS\n"
        "1. Apologies and Substitutes\n"
        "2. Minutes of the meeting held on 18 September 2024 (Pages 1 - 14)\n"
        "3. Kent Community Safety Agreement - Annual Review (Pages 15 - 30)\n",
    )
    assert facts(p) == (
        "Kent County Council",  # kent.gov.uk, meeting at County Hall, and 'Kent' as the text spells it
        "Growth, Economic Development and Communities Cabinet Committee",
        "2024-11-13",
        "10:00",
        "Council Chamber, Sessions House, County Hall, Maidstone",
    )


def test_a_kent_summons_whose_venue_and_address_both_wrap_beside_the_contact_box(tmp_path):
    """'... Sessions House, County' / 'Hall, Maidstone': a building's name broken inside its cell; the contact's
    address broken after its dot ('@kent.gov.' / 'uk')."""
    p = parse_text(
        tmp_path,
        "AGENDA\n"
        "ENVIRONMENT AND TRANSPORT CABINET COMMITTEE\n"
        "Tuesday, 17th March, 2026, at 10.00 am Ask for:\tHayley Brimstead\n"
        "Council Chamber, Sessions House, County Telephone:\t03000 416278\n"
        "Hall, Maidstone\tEmail:\thayley.brimstead@kent.gov.\n"
        "uk\n"
        "UNRESTRICTED ITEMS\n"
        "1. Apologies and Substitutes\n"
        "2. Minutes of the meeting held on 22 January 2026 (Pages 1 - 8)\n"
        "3. Kent Highway Asset Management Plan 2026-31 (Pages 9 - 54)\n",
    )
    assert facts(p) == (
        "Kent County Council",
        "Environment and Transport Cabinet Committee",
        "2026-03-17",
        "10:00",
        "Council Chamber, Sessions House, County Hall, Maidstone",
    )


def test_kent_supplement_whose_council_is_in_the_logo_gets_it_from_the_contact_officers_address():
    p = parse_path(corpus_file("kent/kent_county_council_2025-01-09_item3_supplement_devolution.pdf"))
    assert p.council == "Kent County Council"  # joel.cook@kent.gov.uk, before a government department's address


def test_a_welsh_councils_bilingual_heading_on_one_line_and_a_hybrid_venue(tmp_path):
    p = parse_text(
        tmp_path,
        "Cyngor Sir Glaslyn County Council\n"
        "CABINET\n"
        "A meeting of the Cabinet will be held in the Council Chamber, County Hall, Porthglaslyn and by remote "
        "attendance (hybrid meeting) on TUESDAY, 8 JULY 2025 at 10.00 am.\n"
        "AGENDA\n"
        "1. Apologies for Absence\n"
        "2. Declarations of Interest\n",
    )
    assert facts(p) == (
        "Glaslyn County Council",
        "Cabinet",
        "2025-07-08",
        "10:00",
        "Council Chamber, County Hall, Porthglaslyn",
    )


def test_a_council_named_after_who_administers_it():
    line = "Administered by Plymwood City Council on behalf of three councils"
    assert [name for _, name in council_names(line)] == ["Plymwood City Council"]


def test_a_summons_to_a_meeting_of_the_city_council_which_will_be_held(tmp_path):
    from minutebook.parse import parse_path

    path = tmp_path / "summons.txt"
    path.write_text(
        "DUNMERE CITY COUNCIL\n\nYou are hereby summoned to attend a meeting of the City Council which will be held in "
        "the Council Chamber, The Guildhall, Castle Street, Dunmere at 2.00 pm on Tuesday, 25 November 2025.\n\n"
        "AGENDA\n1. Apologies for absence\n2. Declarations of interest\n"
    )
    meeting = parse_path(path).meeting
    assert (meeting.body, meeting.date, meeting.time) == ("City Council", "2025-11-25", "14:00")


def test_the_fire_and_rescue_authority_meeting_is_the_authority_itself(tmp_path):
    from minutebook.parse import parse_path

    path = tmp_path / "fra.txt"
    path.write_text(
        "MERCIA VALE FIRE AND RESCUE AUTHORITY\n"
        "Minutes of the meeting of the Fire and Rescue Authority held at Service Headquarters, Lichford Road, "
        "Stanbury on Thursday 16 October 2025 at 10.30 am\n"
        "Present: Councillors R Ellery (Chair), J A Bancroft and M Dhillon\n"
        "FRA/25/31\tApologies for Absence\nNone.\nFRA/25/32\tMinutes\nRESOLVED that the minutes be approved.\n"
    )
    result = parse_path(path)
    assert result.council == "Mercia Vale Fire and Rescue Authority"
    assert result.meeting.body == "Mercia Vale Fire and Rescue Authority"


def test_a_masthead_with_the_kind_of_authority_on_a_line_of_its_own(tmp_path):
    """'Ashdale Moors' over 'NATIONAL PARK AUTHORITY' is one name; a member's row naming the council that
    appointed him ('Cllr J Ashworth | Kelderby District Council') is not the council."""
    text = (
        "Ashdale Moors\nNATIONAL PARK AUTHORITY\nMinutes of the Planning Committee held at Aldstone House on "
        "Thursday 9 October 2025 at 10.00 am\nPresent:\nMember\tAppointed by\nMrs J Hartley (Chair)\tSecretary of "
        "State member\nCllr J Ashworth\tKelderby District Council\nCllr L Fairbairn\tKelderby District Council\n"
        "34/25\tApologies for Absence\nNone.\n"
    )
    assert parse_text(tmp_path, text).council == "Ashdale Moors National Park Authority"


def test_a_joint_committee_under_the_masthead_of_its_host(tmp_path):
    """The three councils on one strap line are the committee's partners; 'hosted by' says whose it is. The
    committee's name, wrapped over two lines above 'Minutes of the meeting held on ...', is the body."""
    text = (
        "LINDMOOR COUNTY COUNCIL · CASTLEBURY CITY COUNCIL · NORTH LINDMOOR COUNCIL\n"
        "Joint Health Overview and Scrutiny Committee – Lindmoor and\nCastlebury\n"
        "hosted by Castlebury City Council\n"
        "Minutes of the meeting held on Thursday 13 November 2025 at 10.00 am at The Guildhall, Castlebury\n"
        "Attendance\nCouncil\tMember\tAttendance\nLindmoor County Council\tCllr J Pike (Chair)\tPresent\n"
        "14. Apologies and substitutions\nNone.\n"
    )
    assert facts(parse_text(tmp_path, text))[:2] == (
        "Castlebury City Council",
        "Joint Health Overview and Scrutiny Committee – Lindmoor and Castlebury",
    )


def test_a_joint_committee_names_its_administering_authority(tmp_path):
    """Both constituent councils name its members; the one its label says runs it is the record's council."""
    text = (
        "TARNWICK AND OSMERE CREMATORIUM JOINT COMMITTEE\n"
        "Constituent councils: Tarnwick District Council and Osmere Borough Council\n"
        "Administering authority: Osmere Borough Council\n"
        "MINUTES of the meeting of the Tarnwick and Osmere Crematorium Joint Committee held at the Council Offices, "
        "Tarnwick on Thursday, 25 June 2026 at 10.00 am.\nPresent:\n"
        "Tarnwick District Council:\tCouncillors P Alder and S Orme\n"
        "Osmere Borough Council:\tCouncillors R Castle (Chairman) and J Mabb\n"
        "JC/26/01\tAPOLOGIES\nNone.\n"
    )
    assert parse_text(tmp_path, text).council == "Osmere Borough Council"


def test_a_licensing_board_serviced_by_a_councils_department(tmp_path):
    text = (
        "STRATHMORRACH LICENSING BOARD\nLicensing (Scotland) Act 2005\n"
        "Serviced by Strathmorrach Council, Legal and Democratic Services\n"
        "MINUTE of MEETING of the STRATHMORRACH LICENSING BOARD held in the Council Chamber, Balmerran on "
        "Wednesday 18 March 2026 at 10.30 am.\nSederunt:\nCouncillor M Hendry (Convener)\n"
        "1. DECLARATIONS OF INTEREST\nNone.\n"
    )
    assert parse_text(tmp_path, text).council == "Strathmorrach Council"


def test_a_hybrid_meetings_venue_is_the_room_not_the_video_call(tmp_path):
    text = (
        "MINUTE of MEETING of the ARDMORVEN INTEGRATION JOINT BOARD held in the Council Chamber, Ardmorven "
        "House, Kilmoray and by Microsoft Teams on Wednesday 26 November 2025 at 2.00 pm\n"
        "Present:\nCouncillor A Reid (Chair)\n1. DECLARATIONS OF INTEREST\nNone.\n"
    )
    venue = "Council Chamber, Ardmorven House, Kilmoray"
    assert facts(parse_text(tmp_path, text))[2:] == ("2025-11-26", "14:00", venue)


def test_venues_named_in_the_plural_and_a_heading_over_who_administers_the_body(tmp_path):
    scottish = (
        "STRATHALLAN COUNCIL\nMinute of Meeting of the Education, Children and Families Committee\n"
        "held in the Council Chambers, Municipal Buildings, Kirkbrae, on\nTuesday 4 November 2025 at 10.00am\n"
        "Present:\tCouncillor Morag Lindsay (Convener)\n1. DECLARATIONS OF INTEREST\nNone.\n"
    )
    assert facts(parse_text(tmp_path, scottish))[4] == "Council Chambers, Municipal Buildings, Kirkbrae"
    joint = (
        "TAMAR ESTUARY JOINT COMMITTEE\nMinutes of the meeting held on Thursday 6 November 2025 at 10.00 am at "
        "Plymwood\nGuildhall\nAdministered by Plymwood City Council on behalf of Plymwood City Council, South "
        "Tamar District Council and East Moor Borough\nCouncil\nPresent:\nCllr Gwen Polglase (Chair)\n"
        "1. Apologies\nNone.\n"
    )
    assert facts(parse_text(tmp_path, joint))[4] == "Plymwood Guildhall"


def test_a_decision_sessions_time_from_the_line_that_closes_it(tmp_path):
    text = (
        "DECISION SESSION – EXECUTIVE MEMBER FOR TRANSPORT\nDate\t14 October 2025\n"
        "Present\tCouncillor Kilbride (Executive Member)\n21.\tDeclarations of Interest\nNone were declared.\n"
        "22.\tMinutes\nResolved: That the minutes be approved.\n"
        "[The meeting started at 10.00 am and finished at 10.52 am]\n"
    )
    assert facts(parse_text(tmp_path, text))[2:4] == ("2025-10-14", "10:00")


def test_a_record_of_decisions_names_its_body_and_venue_on_its_own_lines(tmp_path):
    text = (
        "Brantshire County Council\nCabinet – Record of Decisions\n"
        "Meeting held on Tuesday 16 September 2025 at 2.00 pm, Council Chamber, Shire Hall, Corvedon\n"
        "Date of publication: Thursday 18 September 2025\nPresent:\n"
        "Councillor Andrew Coldicott – Leader of the Council (Chair)\n"
        "Item\t5. Budget Monitoring\nDecision\tThat Cabinet notes the forecast overspend.\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "Cabinet",
        "2025-09-16",
        "14:00",
        "Council Chamber, Shire Hall, Corvedon",
    )


def test_a_moderngov_minutes_page_with_its_menus_and_footer(tmp_path):
    text = (
        "Minutes\nCorporate Parenting Board\n- Attendance details\n- Committee details\n"
        "Venue: The Wrekin Room, Severnmere Civic Centre, Kingsferry\nDate: Wednesday, 5th November, 2025 10.00 am\n"
        "Present: Councillor Joanna Prendergast (Chair); Councillors Martin Aske and Fatima Begum\n"
        "No.\tItem\n9. Apologies for Absence\nMinutes:\n"
        "Apologies for absence were received from Councillor Rhiannon Beck and from Sarah Odell (Designated Nurse).\n"
        "10. Declarations of Interest\nMinutes:\nThere were no declarations of interest.\n"
        "11. Minutes of the Previous Meeting\nMinutes:\nRESOLVED – That the minutes be approved.\n"
        "- Privacy\n© Severnmere Council 2025. This page was last updated on 19 November 2025.\n"
    )
    p = parse_text(tmp_path, text)
    assert facts(p) == (
        "Severnmere Council",  # from the footer's copyright line
        "Corporate Parenting Board",
        "2025-11-05",
        "10:00",
        "The Wrekin Room, Severnmere Civic Centre, Kingsferry",
    )
    assert p.agenda == []  # a page headed 'Minutes': its numbered items are the minutes
    (m,) = p.minutes
    assert m.apologies == ["Rhiannon Beck", "Sarah Odell"]


def test_a_county_councils_summons_with_its_name_only_in_the_logo_gets_it_from_the_address(tmp_path):
    """'the County Council' meeting at 'County Hall, Maidstone, Kent, ME14 1XQ': the county named before the
    postcode is the council's; a district's address in a county names no county council."""
    summons = (
        "DEMOCRATIC SERVICES\nSESSIONS HOUSE\nTuesday, 31 December 2024\nTo:\tAll Members of the County Council\n"
        "An extraordinary meeting of the County Council will be held in the Council Chamber,\n"
        "County Hall, {town}, ME14 1XQ on Thursday, 9th January, 2025 at 10.00 am.\n"
        "AGENDA\n1. Apologies for Absence\n2. Declarations of Interest\n"
    )
    assert parse_text(tmp_path, summons.format(town="Maidstone, Kent")).council == "Kent County Council"
    assert parse_text(tmp_path, summons.format(town="Maidstone")).council is None
    district = summons.replace("County Council", "District Council").replace("County Hall", "Civic Centre")
    assert parse_text(tmp_path, district.format(town="Maidstone, Kent")).council != "Kent County Council"


def test_a_cmis_pages_title_names_the_body(tmp_path):
    page = (
        "Meeting of Licensing and Public Protection Committee, Tuesday 18 November 2025 2.00 pm\n"
        "Venue:\tCommittee Room 2, The Guildhall, Harbourgate\n"
        "Attendance\nAttendee\tRole\tAttendance\nCouncillor Margaret Oyelaran\tChair\tPresent\n"
    )
    m = parse_text(tmp_path, page).meeting
    assert (m.body, m.date, m.time) == ("Licensing and Public Protection Committee", "2025-11-18", "14:00")


def test_a_plan_published_as_a_web_page_is_the_council_that_owns_the_page(tmp_path):
    page = (
        "<html><body><h1>Northwold Youth Justice Plan 2025 to 2026</h1>"
        "<p>Published by the Northwold Youth Justice Service on behalf of the Management Board.</p>"
        "<p>Every youth justice partnership must publish a plan each year.</p>"
        "<footer><p>© Northwold Council 2025</p></footer></body></html>"
    )
    assert parse_text(tmp_path, page, "plan.html").council == "Northwold Council"


def test_a_venue_wrapped_in_its_cell_beside_a_contact_box(tmp_path):
    sheet = (
        "Wessex Police and Crime Panel\nAGENDA\n"
        "Date:\tThursday, 5 February 2026\nTime:\t10.30 am\n"
        "Place:\tCouncil Chamber, County Hall,\tEmail: pcp@wessex.gov.uk\nWestgate, Winterbury\n"
        "1.\tApologies for Absence\n2.\tDeclarations of Interest\n"
    )
    m = parse_text(tmp_path, sheet).meeting
    assert m.venue == "Council Chamber, County Hall, Westgate, Winterbury"


def test_a_boards_heading_sentence_run_into_the_next_and_a_strap_line_beside_its_council(tmp_path):
    """A masthead's two cells ('FUND NAME<TAB>X County Council – Administering Authority') name the council in
    the second, not across both; a heading sentence without a full stop ends where the next sentence starts."""
    text = (
        "THAMESWICK PENSION FUND\tThameswick County Council – Administering Authority\n"
        "Local Pension Board\n"
        "Minutes of the meeting of the Thameswick Local Pension Board held on Tuesday 14\n"
        "October 2025 at 10.00 am in Room 4, Shire Hall, Castle Street, Brayford\n"
        "The Board is established under Regulation 106 to assist the Council as scheme manager.\n"
    )
    p = parse_text(tmp_path, text)
    assert p.council == "Thameswick County Council"
    assert p.meeting.venue == "Room 4, Shire Hall, Castle Street, Brayford"


def test_a_logos_place_and_kind_with_a_strap_line_set_between_them(tmp_path):
    text = (
        "Northmarch\n"
        "Combined Authority Board\n"
        "COMBINED AUTHORITY\tMinutes\n"
        "Minutes of the meeting held on Friday 6 March 2026 at 10.00 am in the Boardroom, Canal House, Avonby\n"
    )
    assert parse_text(tmp_path, text).council == "Northmarch Combined Authority"


def test_a_plan_whose_logo_sits_beside_its_partners_logos(tmp_path):
    """'FENMARSH<TAB>Fenmarsh YJS' / 'Youth Justice Service' / 'County Council': the council's crest beside the
    service's logo, read across; the service is no council."""
    text = (
        "FENMARSH\tFenmarsh YJS\nYouth Justice Service\nCounty Council\nYouth Justice Plan\n2025-2026\n"
        "Foreword\nThis plan sets out how the partnership will reduce offending by children.\n"
    )
    assert parse_text(tmp_path, text).council == "Fenmarsh County Council"


def test_a_plan_whose_logo_does_not_spell_its_council_takes_the_name_printed_whole_inside(tmp_path):
    """'Calderbrook' over 'Council' among its partners' logos; the name in full only after a signature's comma
    and in a table's cell, its place the service's."""
    text = (
        "Calderbrook\tWest Yorkshire\tNHS West Yorkshire\n"
        "Council\tPolice\tIntegrated Care Board\n"
        "Calderbrook Youth Justice Service\nYouth Justice Plan\n2025-26\n"
        "Helen Marsh\nDirector of Children's Services, Calderbrook Metropolitan Borough Council\n"
        "Agency\tStaffing costs\tTotal\n"
        "Calderbrook Metropolitan Borough Council\t842,600\t939,000\n"
        "West Yorkshire Police\t61,000\t61,000\n"
    )
    assert parse_text(tmp_path, text).council == "Calderbrook Metropolitan Borough Council"


def test_an_hour_broken_over_the_line_before_the_room_is_no_part_of_the_venue(tmp_path):
    text = (
        "London Borough of Harrowfield\nCABINET\n"
        "Record of decisions taken at the meeting held on Tuesday 10 February 2026 at 7.00\n"
        "pm in Committee Room 1, Harrowfield Civic Centre\n"
        "Present:\tCouncillor Sarah Whitmore, Leader of the Council (Chair)\n"
        "1. Apologies for Absence\nThere were no apologies.\n"
    )
    meeting = parse_text(tmp_path, text).meeting
    assert (meeting.time, meeting.venue) == ("19:00", "Committee Room 1, Harrowfield Civic Centre")


def test_a_logos_place_beside_the_address_over_a_postcode_and_then_its_kind(tmp_path):
    """A masthead table: the crest's 'THORNDALE' / 'DISTRICT COUNCIL' in one cell, the address in the next, so
    the place reads beside the county and the kind comes a line later, under the postcode."""
    text = (
        "Thorndale House\tMarket Street\n"
        "THORNDALE\tWestshire\n"
        "TD4 9RM\n"
        "DISTRICT COUNCIL\n"
        "Please ask for:\tJo Holt\n"
        "You are summoned to attend a meeting of the CABINET to be held in the Council Chamber, Thorndale House "
        "on Wednesday, 11 March 2026 at 6.00 pm.\n"
        "AGENDA\n1.\tApologies for Absence\n2.\tMinutes (Pages 3 - 8)\n"
    )
    assert parse_text(tmp_path, text).council == "Thorndale District Council"


def test_a_minutes_page_headed_body_dash_date_over_labels_on_their_own_lines(tmp_path):
    """'Cabinet – 9 December 2025' heads a web page whose Time and Location sit under their labels; the
    minutes are of that meeting, not of the later one that approved them."""
    text = (
        "Cabinet – 9 December 2025\n"
        "Minutes of the meeting. These minutes were approved as a correct record at the meeting of Cabinet on "
        "13 January 2026.\n"
        "Date\nTuesday 9 December 2025\nTime\n10am\nLocation\nCommittee Room 1, Civic Centre, Bridge Street\n"
        "Attendees\n- Councillor Ann Dale (Chair) – Leader of the Council\n"
        "1. Minutes\nDecision\n1. To approve the minutes of the meeting held on 11 November 2025.\n"
    )
    p = parse_text(tmp_path, text)
    assert (p.meeting.date, p.meeting.time, p.meeting.venue) == (
        "2025-12-09",
        "10:00",
        "Committee Room 1, Civic Centre, Bridge Street",
    )
    assert [m.date for m in p.minutes] == ["2025-12-09"]


def test_a_joint_committees_heading_under_the_hosts_strip_and_over_its_host_sentence(tmp_path):
    text = (
        "BRACKLEY BOROUGH COUNCIL | Democratic Services\tHost authority for the Joint Committee\n"
        "Aldmoor, Brackley and Corran Joint Health Overview and\n"
        "Scrutiny Committee\n"
        "A joint committee of Aldmoor County Council, Brackley Borough Council and Corran City Council,\n"
        "and administered by Brackley Borough Council.\n"
        "Minutes of the meeting held on Wednesday 14 January 2026 at 10.00 am in the Council Chamber, Town Hall\n"
        "Present: Councillors J Hebb (Chair) and M Aske\n"
        "1.\tMinutes\nRESOLVED: That the minutes be approved.\n"
    )
    p = parse_text(tmp_path, text)
    assert p.meeting.body == "Aldmoor, Brackley and Corran Joint Health Overview and Scrutiny Committee"


def test_minutes_of_a_hearing_wrapped_over_two_lines_keep_the_whole_venue(tmp_path):
    text = (
        "FENMOOR DISTRICT COUNCIL\tHearing minutes\n"
        "Licensing Sub-Committee\n"
        "Minutes of the hearing held on Thursday 15 January 2026 at 10.00 am in Committee Room 2, Fenmoor\n"
        "House, Bridge Street, Fenmoor FN1 1AB\n"
        "Present:\tCouncillors Helen Marsh (Chair), Ray Oduya and Pat Kenning\n"
        "LSC/12\tAPPOINTMENT OF CHAIR\nRESOLVED: That Councillor Marsh be appointed Chair.\n"
    )
    p = parse_text(tmp_path, text)
    assert (p.meeting.body, p.meeting.venue) == (
        "Licensing Sub-Committee",
        "Committee Room 2, Fenmoor House, Bridge Street, Fenmoor FN1 1AB",
    )


def test_a_report_names_its_meeting_in_a_header_table(tmp_path):
    text = (
        "HAMBLEFORD COUNTY COUNCIL\n"
        "Report to:\tCabinet\tDate:\t9 December 2025\n"
        "Report of:\tDirector of Children’s Services\tKey decision:\tNo\n"
        "Youth Justice Plan 2025/26\n"
        "1. Purpose of the report\n"
        "1.1\tTo present the Youth Justice Plan 2025/26 to Cabinet.\n"
        "2. Recommendations\n"
        "2.1\tIt is recommended that Cabinet endorses the Plan.\n"
    )
    p = parse_text(tmp_path, text)
    assert (p.meeting.body, p.meeting.date) == ("Cabinet", "2025-12-09")


def test_a_report_addressed_to_its_meeting_over_the_date(tmp_path):
    text = (
        "TARNSIDE BOROUGH COUNCIL\n"
        "Report to Cabinet\n"
        "10 June 2025\n"
        "Youth Justice Plan 2025-26\n"
        "Report of:\tDirector of Children’s Services\n"
        "1. Summary\n"
        "1.1 The Council is required to produce an annual youth justice plan.\n"
    )
    p = parse_text(tmp_path, text)
    assert (p.meeting.body, p.meeting.date) == ("Cabinet", "2025-06-10")


def test_an_annual_parish_meeting_is_its_own_body(tmp_path):
    text = (
        "STOWMERE PARISH COUNCIL\n"
        "Minutes of the Annual Parish Meeting of Stowmere held on Wednesday 22 April\n"
        "2026 at 7.00 pm in Stowmere Village Hall\n"
        "Present: Cllr Mrs J Pellow (Chairman of the Parish Council, in the Chair) and 23 residents.\n"
        "1.\tWelcome and Apologies for Absence\n"
        "Apologies for absence were received from Cllr H Yeo, the Revd C Moyle (Rector of Stowmere with Nethercombe)"
        " and Mrs E Rundle (President of the WI).\n"
        "2.\tChairman’s Report\nThe Chairman presented her report.\n"
    )
    p = parse_text(tmp_path, text)
    assert (p.council, p.meeting.body, p.meeting.date) == (
        "Stowmere Parish Council",
        "Annual Parish Meeting",
        "2026-04-22",
    )
    assert p.minutes[0].apologies == ["H Yeo", "C Moyle", "E Rundle"]


def test_a_joint_committees_attendance_headed_by_its_councils_names_no_one_council(tmp_path):
    text = (
        "Hosted by Brackley County Council on behalf of Brackley County Council and Wendmoor District Council\n"
        "Brackley and Wendmoor Joint Waste Committee\n"
        "Minutes of the meeting held on Thursday 15 January 2026 at 2.00 pm in Committee Room 1, County Hall\n"
        "Present:\n"
        "Brackley County Council\tWendmoor District Council\n"
        "Councillor Gill Hart (Chair)\tCouncillor Simon Oko (Vice-Chair)\n"
        "JWC/14\tApologies for Absence\nNone.\n"
    )
    assert parse_text(tmp_path, text).council == "Brackley County Council"


def test_a_cmis_minutes_page_dated_by_its_date_row_not_by_the_meeting_that_approves_it(tmp_path):
    text = (
        "Skip to main content\nCommittees\n- Council\n- Cabinet\nCabinet\nMeeting details\n"
        "Committee\tCabinet\nDate\tTuesday, 18 November 2025\nTime\t2.00 pm\nVenue\tCouncil Chamber, Civic Hall\n"
        "Documents\n- Agenda10/11/2025 12:05PDF 164 KB\n- Reports pack10/11/2025 12:05PDF 4 MB\n"
        "- Printed minutes26/11/2025 16:30PDF 212 KB\n"
        "Minutes status: Draft. These minutes are subject to approval at the next meeting of the Cabinet on "
        "16 December 2025.\nAttendance\nPresent\nCouncillor Helen Marwood (Chair), Councillor Liam Fairclough\n"
        "Minutes\n40\tApologies for Absence\nNone.\n41\tDeclarations of Interest\nNone.\n"
        "42\tMinutes of the Previous Meeting\nRESOLVED – That the minutes be approved.\n"
        "Copyright © 2025 Eskerby Council\n"
    )
    p = parse_text(tmp_path, text)
    assert [(m.date, [i.number for i in m.items]) for m in p.minutes] == [("2025-11-18", ["40", "41", "42"])]
    assert p.agenda == []
    assert p.council == "Eskerby Council"


def test_a_boards_notes_of_meeting_are_its_minutes(tmp_path):
    text = (
        "Wrenshire Youth Justice Service\n"
        "Youth Justice Management Board\n"
        "Notes of meeting\n"
        "Date:\tThursday 29 January 2026\n"
        "Time:\t2.00 pm – 4.15 pm\n"
        "Attendees\n"
        "Name\tOrganisation\tRole\n"
        "Alison Pemberton\tWrenshire County Council\tDirector of Children’s Services (Chair)\n"
        "Helen Dray\tProbation Service\tHead of Probation Delivery Unit\n"
        "1.\tApologies and declarations of interest\n"
        "Apologies were noted as above.\n"
        "2.\tMinutes of the last meeting\n"
        "Board agreed: 1. The minutes were agreed as a correct record.\n"
        "3.\tPerformance report\n"
        "The Board noted the report.\n"
    )
    p = parse_text(tmp_path, text)
    assert p.agenda == []
    assert [(m.body, m.date, [i.number for i in m.items]) for m in p.minutes] == [
        ("Youth Justice Management Board", "2026-01-29", ["1", "2", "3"])
    ]
    assert p.meeting.body == "Youth Justice Management Board"


def test_a_london_borough_masthead_over_its_name_and_a_venue_beside_a_contact_box(tmp_path):
    text = (
        "LONDON BOROUGH OF\nRavensgate\nHousing Scrutiny Sub-Committee\nAGENDA\n"
        "Date:\tWednesday 4 February 2026\nContact:\n"
        "Time:\t7.30 pm\tOlusegun Bamidele, Democratic\n"
        "Venue: Committee Rooms 1 & 2, Town Hall, Kingsland\tServices\n"
        "Parade, Ravensgate, London E18 4RG\tTel: 020 8937 4416\n"
        "Membership: Councillors Bernadette Okafor (Chair), Daniel\nFitzwilliam (Vice-Chair) and Jonathan Stroud\n"
        "Co-opted Members: Ms Grace Adebayo (Tenant Representative)\n\n"
        "1. Apologies for absence\n2. Declarations of interest\n3. Minutes (Pages 1 - 8)\n"
    )
    p = parse_text(tmp_path, text)
    assert p.council == "London Borough of Ravensgate"
    assert p.meeting.venue == "Committee Rooms 1 & 2, Town Hall, Kingsland Parade, Ravensgate, London E18 4RG"
    assert [(m.name, m.role) for m in p.members] == [
        ("Bernadette Okafor", "Chair"),
        ("Daniel Fitzwilliam", "Vice-Chair"),
        ("Jonathan Stroud", None),
        ("Grace Adebayo", "Co-opted"),
    ]


SCOTTISH_MINUTE = """TESTBURGH CITY COUNCIL
EDUCATION COMMITTEE
Town House, TESTBURGH, 25 November 2025. Minute of Meeting of the EDUCATION
COMMITTEE. Present:- Councillor Fordyce, Convener; Councillor McRobbie,
Vice-Convener; and Councillors Allardyce, Bremner and Cormack.
DETERMINATION OF EXEMPT BUSINESS
1.\tThe Convener proposed that the Committee consider item 12.1 on the agenda with the press and public
excluded.
The Committee resolved:-
to exclude the press and public from the meeting during consideration of item 12.1.
MINUTE OF PREVIOUS MEETING OF 16 SEPTEMBER 2025
2.\tThe Committee had before it the minute of its previous meeting of 16 September 2025, for
approval.
The Committee resolved:-
to approve the minute as a correct record.
"""


def test_a_scottish_minute_opening_with_place_and_date_then_present_run_on(tmp_path):
    parsed = parse_text(tmp_path, SCOTTISH_MINUTE)
    assert (parsed.meeting.date, parsed.meeting.venue) == ("2025-11-25", "Town House, Testburgh")
    (minutes,) = parsed.minutes
    assert [(p.name, p.role) for p in minutes.present] == [
        ("Fordyce", "Convener"),
        ("McRobbie", "Vice-Convener"),
        ("Allardyce", None),
        ("Bremner", None),
        ("Cormack", None),
    ]
    assert [(i.number, i.title, i.resolutions) for i in minutes.items] == [
        (
            "1",
            "DETERMINATION OF EXEMPT BUSINESS",
            ["to exclude the press and public from the meeting during consideration of item 12.1."],
        ),
        ("2", "MINUTE OF PREVIOUS MEETING OF 16 SEPTEMBER 2025", ["to approve the minute as a correct record."]),
    ]


def test_minutes_naming_councillors_surname_first_under_a_running_header(tmp_path):
    parsed = parse_text(
        tmp_path,
        """Cabinet – 3 February 2026
TESTWORTH METROPOLITAN BOROUGH COUNCIL
Minutes of a meeting of the Cabinet held on Tuesday, 3 February 2026 in Committee Room 1, Town
Hall, Testworth
Commenced 10.00 am\tConcluded 11.47 am
Present: Councillor Hussain, M. (Leader of the Council) (in the Chair)
Councillors Armitage, P.; Bennett-Clarke, J.; Lowe, R. and O'Hara, T.
Also in attendance: Councillors Greenwood, A. (Leader of the Opposition) and Shah, N.
Apologies: Councillor Walsh, B.
101.\tDISCLOSURES OF INTEREST
Councillor Dar, S. declared an other registrable interest in Minute 103 as a school governor.
102.\tMINUTES
RESOLVED – That the minutes of the meeting held on 13 January 2026 be signed as a correct record.
""",
    )
    assert (parsed.meeting.time, parsed.meeting.venue) == ("10:00", "Committee Room 1, Town Hall, Testworth")
    (minutes,) = parsed.minutes
    assert [p.name for p in minutes.present] == [
        "M. Hussain",
        "P. Armitage",
        "J. Bennett-Clarke",
        "R. Lowe",
        "T. O'Hara",
        "A. Greenwood",
        "N. Shah",
    ]
    assert minutes.apologies == ["B. Walsh"]
    assert [d.name for d in parsed.declarations] == ["S. Dar"]


def test_minutes_marking_delegated_matters_with_an_asterisk_before_the_number(tmp_path):
    parsed = parse_text(
        tmp_path,
        """CABINET
11 February 2026
Present:-
Councillors J Tremlett (Chair), M Pengelly and A Lethbridge
* 123\tMinutes
It was MOVED by Councillor Tremlett, SECONDED by Councillor Pengelly, and
RESOLVED that the minutes of the meeting held on 14 January 2026 be signed as a correct record.
124\tItems Requiring Urgent Attention
No item was raised as a matter of urgency.
* 125\tAdmission Arrangements 2027/28
(Councillor A Lethbridge declared a personal interest in this matter by virtue of being a governor of Wrayford
College.) The Cabinet considered the Report of the Director of Children's Services.
It was MOVED by Councillor Pengelly, SECONDED by Councillor Tremlett, and
RESOLVED (a) that the admission arrangements be approved;
(b) that the published admission number of Wrayford College be increased to 240.
The Meeting started at 10.30 am and finished at 12.47 pm
* DENOTES DELEGATED MATTER WITH POWER TO ACT
""",
    )
    assert parsed.meeting.time == "10:30"
    (minutes,) = parsed.minutes
    assert [i.number for i in minutes.items] == ["123", "124", "125"]
    assert minutes.items[2].resolutions == [
        "that the admission arrangements be approved;",
        "that the published admission number of Wrayford College be increased to 240.",
    ]
    (declared,) = parsed.declarations
    assert (declared.item, declared.text) == (
        "125",
        "(Councillor A Lethbridge declared a personal interest in this matter by virtue of being a governor of "
        "Wrayford College.)",
    )


def test_a_declaration_ends_before_the_minute_says_there_were_no_others(tmp_path):
    parsed = parse_text(
        tmp_path,
        """Minutes of the meeting of Testley Parish Council held on Monday 9 March 2026 at 7.30pm in the Village Hall
Present: Cllrs A Kingdom (Chair), B Lowe and C Moss
1. Declarations of interest
Cllr B Lowe declared a pecuniary interest in item 3 as the owner of Lowe Landscapes Ltd. No requests for
dispensations had been received.
2. Minutes
RESOLVED to approve the minutes of 9 February 2026.
3. Grounds maintenance
RESOLVED to accept the quotation from Lowe Landscapes Ltd.
""",
    )
    assert [d.text for d in parsed.declarations] == [
        "Cllr B Lowe declared a pecuniary interest in item 3 as the owner of Lowe Landscapes Ltd."
    ]


def test_the_guildhall_keeps_its_the_time_comes_from_the_duration_minute_and_membership_is_disclosed(tmp_path):
    parsed = parse_text(
        tmp_path,
        """MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON THURSDAY 22 JANUARY 2026
Present: Councillor Spooner (Chairman) and Councillors Bryant, Cooper and Kimmance
123.\tDISCLOSURES BY MEMBERS AND OFFICERS
Councillor Kimmance said that he was a Member of Staplecombe Parish Council, but he had not participated
in the Parish Council's discussions on the application.
124.\tMINUTES OF THE MEETING HELD ON 18 DECEMBER 2025
RESOLVED: That the Minutes of the meeting held on 18 December 2025 be approved as a correct record.
125.\tDURATION OF MEETING
6.00 p.m. to 8.47 p.m.
""",
    )
    assert parsed.meeting.time == "18:00"
    assert [d.name for d in parsed.declarations] == ["Kimmance"]
    later = parse_text(
        tmp_path,
        "Minutes of a meeting of the Policy and Resources Committee held on Wednesday, 4th February, 2026 at 7.00 pm"
        " in The Guildhall, Testchester\nPresent: Councillor Baker (Chair) and Councillor Gower\n1\tApologies\nNone.\n",
        name="later.txt",
    )
    assert later.meeting.venue == "The Guildhall, Testchester"


def test_a_logo_beside_the_heading_sentence_names_the_council_and_a_voluntary_announcement_is_declared(tmp_path):
    parsed = parse_text(
        tmp_path,
        """Minutes of the meeting of the CABINET held at the Council Offices,
Whitcombe on Monday, 2 February 2026 at 5.00 pm.\tTESTGATE
DISTRICT COUNCIL
Present:
Chairman:\tCouncillor K J Ashdown
Councillors S M Pettifer and O C de L Warrender
85\tDECLARATIONS OF INTEREST
Councillor O C de L Warrender made a Voluntary Announcement of Other Interests (VAOI) in Minute No 86 by
reason that he is a member of Ashmarsh Town Council.
86\tDISPOSAL OF LAND AT COASTGUARD ROAD
RESOLVED: That the land be disposed of.
""",
    )
    assert (parsed.council, parsed.meeting.venue) == ("Testgate District Council", "Council Offices, Whitcombe")
    assert [d.name for d in parsed.declarations] == ["O C de L Warrender"]


def test_a_declaration_in_an_agenda_item_points_at_the_minute_that_records_it(tmp_path):
    parsed = parse_text(
        tmp_path,
        """MINUTES of a meeting of the Scrutiny Committee held in the Council Chamber, Sessions House, County Hall,
Maidstone on Wednesday, 28 January 2026.
PRESENT: Mr A Hollingbery (Chairman), Mrs R Benfield (Vice-Chairman) and Mr D Whitlock
101.\tApologies and Substitutes
(Item 2)
Apologies were received from Mr Carr.
102.\tDeclarations of Interests by Members in items on the Agenda for this meeting
(Item 3)
Mr Whitlock declared an interest in Item 5 as a member of a parish council affected by the decision.
103.\tMinutes of the meeting held on 10 December 2025
(Item 4)
RESOLVED that the minutes be approved as a correct record.
104.\tCall-in of Decision 25/00112
(Item 5)
RESOLVED that the decision be noted.
""",
    )
    assert [(d.name, d.item) for d in parsed.declarations] == [("Whitlock", "104")]


def test_a_council_web_page_of_minutes_titled_body_date_minutes(tmp_path):
    parsed = parse_text(
        tmp_path,
        """Licensing Committee – 21 January 2026: minutes
Date
21 January 2026
Time
6pm
Location
Council Chamber, Civic Offices, Bridge Street, Testfield
Councillors present
- Councillor Margaret Ellery (Chair)
- Councillor Priyesh Mandal (Vice-Chair)
1. Apologies for absence
None.
2. Hackney carriage fares
The committee voted 8 in favour, with 1 abstention.
Resolved: that the table of fares be approved.
""",
    )
    assert (parsed.meeting.body, parsed.meeting.date, parsed.meeting.time, parsed.meeting.venue) == (
        "Licensing Committee",
        "2026-01-21",
        "18:00",
        "Council Chamber, Civic Offices, Bridge Street, Testfield",
    )
    assert parsed.agenda == []
    (minutes,) = parsed.minutes
    (vote,) = minutes.items[1].votes
    assert (vote.counts["for"], vote.counts["abstain"], vote.result) == (8, 1, "carried")


def test_a_borough_s_logo_broken_before_of_around_its_crest_letter(tmp_path):
    parsed = parse_text(
        tmp_path,
        """LONDON BOROUGH
B
OF TESTMERE
MINUTES OF THE COUNCIL MEETING HELD ON WEDNESDAY 4 MARCH 2026 AT 7.30 PM, TOWN HALL, FAIRFIELD STREET
PRESENT: The Mayor (Councillor A Okafor) in the Chair; Councillors B Ahmed and C Byrne
1.\tAPOLOGIES FOR ABSENCE
None.
""",
    )
    assert parsed.council == "London Borough of Testmere"


def test_a_declaration_ends_before_the_next_numbered_paragraph(tmp_path):
    parsed = parse_text(
        tmp_path,
        """Minutes of the meeting of the Testshire Cabinet Committee held on Tuesday 16 September 2025 at 10.00 am
PRESENT: Mr A Hale (Chairman) and Mrs B Okonjo
61.\tDeclarations of Interests
1. Mrs Okonjo declared that her husband worked for the youth justice service, in relation to Item 6 (the Plan).
2. Mr Hale declared that his son held a travel pass, in relation to Item 7.
62.\tMinutes
RESOLVED that the minutes be approved.
""",
    )
    assert [d.text for d in parsed.declarations][0].endswith("in relation to Item 6 (the Plan).")


def test_minutes_under_a_running_header_take_the_hour_and_place_from_their_own_dated_line(tmp_path):
    text = (
        "Council - 18 March 2026\n"
        "LONDON BOROUGH OF ASHGROVE\n"
        "MINUTES OF THE COUNCIL MEETING\n"
        "Wednesday 18 March 2026 at 7.00 pm, Council Chamber, Civic Centre\n"
        "PRESENT: The Mayor (Councillor Ada Lowe) in the Chair\n"
        "Councillors: Ben Carr, Dora Finch\n"
        "1. Minutes\n"
        "RESOLVED: That the minutes of the meeting held on 21 January 2026 be agreed.\n"
    )
    path = tmp_path / "council.txt"
    path.write_text(text)
    meeting = parse_path(path).meeting
    assert (meeting.date, meeting.time, meeting.venue) == ("2026-03-18", "19:00", "Council Chamber, Civic Centre")


def test_a_plans_crest_over_two_lines_names_its_council(tmp_path):
    text = "⚜\nWESSEXSHIRE\nCOUNTY COUNCIL\nStet fortuna domus\nYouth Justice Plan\n2025 - 2026\n"
    path = tmp_path / "plan.txt"
    path.write_text(text)
    assert parse_path(path).council == "Wessexshire County Council"


def test_minutes_under_a_two_line_masthead_take_the_body_under_the_word_minutes_and_a_held_at_label(tmp_path):
    text = (
        "Ashcombe\n"
        "Borough Council\n"
        "Minutes\n"
        "Planning Committee\n"
        "Held at:\tCommittee Room 2, Town Hall, Ashcombe\n"
        "Date:\tTuesday, 10 March 2026\n"
        "Present:\tCouncillors A Moss (Chair), B Hart and C Lane\n"
        "12.\tMinutes\n"
        "RESOLVED: That the minutes of the meeting held on 10 February 2026 be agreed.\n"
    )
    path = tmp_path / "planning.txt"
    path.write_text(text)
    parsed = parse_path(path)
    meeting = parsed.meeting
    assert parsed.council == "Ashcombe Borough Council"
    assert (meeting.body, meeting.date) == ("Planning Committee", "2026-03-10")
    assert meeting.venue == "Committee Room 2, Town Hall, Ashcombe"


def test_a_heading_over_an_attendance_table_ends_before_its_members_present_heading(tmp_path):
    text = (
        "ASHMOOR COUNTY COUNCIL\n"
        "Health and Wellbeing Board\n"
        "Minutes of the meeting held on Thursday 22 January 2026 at 2.00 pm in Committee Room 1, County\n"
        "Hall, Ashmoor\n"
        "Board members present\n"
        "Name\tOrganisation and role\n"
        "Cllr Rosa Penn\tCabinet Member for Health, Ashmoor County Council (Chair)\n"
        "1.\tApologies\n"
        "None.\n"
    )
    path = tmp_path / "board.txt"
    path.write_text(text)
    assert parse_path(path).meeting.venue == "Committee Room 1, County Hall, Ashmoor"


def test_a_borough_styled_without_the_word_council_names_its_council_on_a_line_of_its_own(tmp_path):
    text = "Borough of Ashmoor\nAshmoor Youth Justice Service\nYouth Justice Plan\n2025-26\n"
    path = tmp_path / "plan.txt"
    path.write_text(text)
    assert parse_path(path).council == "Borough of Ashmoor"
    path.write_text("The Borough of Ashmoor has a population of 120,000.\n")
    assert parse_path(path).council is None


def test_a_place_named_before_the_day_is_the_venue_whatever_its_words(tmp_path):
    text = (
        "ASHMOOR NATIONAL PARK AUTHORITY\n"
        "Minutes of the Planning Committee held at the Old Mill, Thornby on Friday 13 February\n"
        "2026 at 10.00 am\n"
        "Present:\tCllr P Harrop (Chair), Mr J Whitfield\n"
        "PC 14/26\tApologies for Absence\n"
        "None.\n"
    )
    path = tmp_path / "planning.txt"
    path.write_text(text)
    meeting = parse_path(path).meeting
    assert (meeting.date, meeting.time, meeting.venue) == ("2026-02-13", "10:00", "Old Mill, Thornby")


def test_a_questions_paper_takes_the_hour_and_place_from_its_sentence_about_the_same_day(tmp_path):
    text = (
        "Ashmoor County Council\tCounty Council – 19 March 2026\n"
        "ASHMOOR COUNTY COUNCIL\n"
        "COUNTY COUNCIL MEETING – 19 MARCH 2026\n"
        "QUESTIONS UNDER PROCEDURE RULE 1.17\n"
        "The following questions have been received from Members for answer at the meeting of the County\n"
        "Council to be held at County Hall, Ashton on Thursday 19 March 2026 at 10.00 am. The written answers\n"
        "are set out below. An extraordinary meeting will be held at Ashton Library on 23 April 2026 at 2.00 pm.\n"
        "Question 1\n"
        "Question by Mr R Thorn to Mrs A Kendall, Cabinet Member for Highways\n"
        "How many potholes were repaired?\n"
    )
    path = tmp_path / "questions.txt"
    path.write_text(text)
    meeting = parse_path(path).meeting
    assert (meeting.body, meeting.date, meeting.time) == ("County Council", "2026-03-19", "10:00")
    assert meeting.venue == "County Hall, Ashton"


def test_a_decision_recommended_to_council_names_no_council(tmp_path):
    text = (
        "ASHMOOR BOROUGH COUNCIL\n"
        "CABINET\n"
        "Minutes of the meeting held on Thursday 29 January 2026\n"
        "PRESENT:\tCouncillor R Fenn (Chairman), Councillor D Aldous\n"
        "55.\tCOUNCIL TAX BASE 2026/27\n"
        "RECOMMENDED TO COUNCIL:\n"
        "That the council tax base for 2026/27 be 41,226.4 Band D equivalents.\n"
        "56.\tBUDGET 2026/27\n"
        "RECOMMENDED TO COUNCIL:\n"
        "That the budget be approved.\n"
    )
    path = tmp_path / "cabinet.txt"
    path.write_text(text)
    assert parse_path(path).council == "Ashmoor Borough Council"


def test_council_under_the_councils_whole_name_is_the_councils_own_meeting(tmp_path):
    text = (
        "ASHMOOR BOROUGH COUNCIL\n"
        "COUNCIL\n"
        "MINUTES of the Meeting held in the Council Chamber, Ashmoor House on Wednesday, 28 January 2026.\n"
        "PRESENT: Councillor Ann Hollins (Mayor), Councillors Tom Ashby and Priya Bhatt.\n"
        "1.\tApologies\n"
        "None.\n"
    )
    path = tmp_path / "council.txt"
    path.write_text(text)
    assert parse_path(path).meeting.body == "Council"


def test_a_hearing_of_a_sub_committee_and_who_came_with_the_subject_member(tmp_path: Path):
    doc = parse_text(
        tmp_path,
        "Ashby District Council\n"
        "STANDARDS SUB-COMMITTEE\n"
        "Minutes of a Hearing of the Standards Sub-Committee held on Tuesday 10 March 2026\n"
        "at 10.00 am in Committee Room 1, Civic Offices, Ashby\n"
        "Present:\tCouncillors Mrs J Carr (Chair), T Rusk and R Salt\n"
        "Also present:\tthe Subject Member, Councillor K Penn (accompanied by\n"
        "Mr Owen Ask, Solicitor, Ask Lister LLP)\n"
        "41. APPOINTMENT OF CHAIR FOR THE HEARING\n"
        "RESOLVED that Councillor Mrs J Carr be appointed Chair for the hearing.\n",
    )
    assert (doc.meeting.body, doc.meeting.date) == ("Standards Sub-Committee", "2026-03-10")
    (m,) = doc.minutes
    assert [p.name for p in m.present] == ["J Carr", "T Rusk", "R Salt", "K Penn", "Owen Ask"]


def test_a_reports_cover_naming_its_committee_over_a_date_label(tmp_path: Path):
    doc = parse_text(
        tmp_path,
        "CSC/25/31\n"
        "Ashbury County Council\n"
        "Children’s Scrutiny Committee\n"
        "Date:\t18 November 2025\n"
        "Report of:\tDirector of Children’s Services\n"
        "Youth Justice Plan 2025-26 and Youth Justice Performance\n"
        "1. Purpose of the report\n"
        "1.1\tThis report presents the Youth Justice Plan 2025-26 to the Committee.\n",
    )
    assert (doc.meeting.body, doc.meeting.date) == ("Children’s Scrutiny Committee", "2025-11-18")


def test_a_bilingual_front_sheet_s_date_printed_twice_over_its_venue(tmp_path):
    p = parse_text(
        tmp_path,
        "Llwydiarth County Council\nNOTICE OF MEETING\nEducation Scrutiny Committee\n"
        "Date:\tDydd Iau, 22 Ionawr 2026\nThursday, 22 January 2026\n2.00 pm\n"
        "Council Chamber, County Hall, Aberllwyd\nAGENDA\n1. APOLOGIES\nTo receive apologies.\n",
    )
    assert facts(p) == (
        "Llwydiarth County Council",
        "Education Scrutiny Committee",
        "2026-01-22",
        "14:00",
        "Council Chamber, County Hall, Aberllwyd",
    )


def test_minutes_of_the_monthly_meeting_under_a_councils_masthead_are_its_meeting(tmp_path):
    p = parse_text(
        tmp_path,
        "ASH COMMUNITY COUNCIL\nMinutes of the Monthly Meeting\n"
        "Monday 2 February 2026, 7.00pm, Committee Room, Community Centre, Ash\n"
        "Present: Cllr A Jones (Chair), Cllr B Smith.\n1. Apologies\nNone.\n",
    )
    assert facts(p) == (
        "Ash Community Council",
        "Community Council",
        "2026-02-02",
        "19:00",
        "Committee Room, Community Centre, Ash",
    )


def test_a_shadow_authority_is_the_council_it_becomes_and_a_table_of_seconded_officers_names_none(tmp_path):
    text = (
        "KESTONSHIRE SHADOW AUTHORITY\nShadow Executive\n"
        "Minutes of the meeting of the Shadow Executive held at County Hall, Kestonbury, on Thursday 16 July 2026 at"
        " 10.00 am\nPresent:\nCouncillor Helen Marchbank\tLeader of the Shadow Authority (in the Chair)\n"
        "Implementation Team officers in attendance:\nName\tInterim role\tSeconded from\n"
        "Neil Ashdown\tInterim Chief Finance Officer\tFelbridge Borough Council\n"
        "Jonathan Eade\tProgramme Director\tKestonshire County Council\n"
        "Lucy Penhaligon\tDemocratic Services Officer\tKestonshire County Council\n"
        "SE/14\tAPOLOGIES FOR ABSENCE\nNone.\n"
    )
    p = parse_text(tmp_path, text)
    assert p.council == "Kestonshire Council"
    (minutes,) = p.minutes
    assert [(x.name, x.kind, x.role) for x in minutes.present if x.kind == "officer"] == [
        ("Neil Ashdown", "officer", "Interim Chief Finance Officer"),
        ("Jonathan Eade", "officer", "Programme Director"),
        ("Lucy Penhaligon", "officer", "Democratic Services Officer"),
    ]


def test_a_combined_county_authoritys_masthead_over_two_lines(tmp_path):
    text = (
        "ASHFELL AND WRAYBURN\nCOMBINED COUNTY AUTHORITY\n"
        "Minutes of the meeting of the Combined County Authority Board held on Thursday 12 March 2026 at 2.00 pm\n"
        "Present:\nCouncillor M Eastwood (Chair)\nCCA/25/31\tAPOLOGIES\nNone.\n"
    )
    assert parse_text(tmp_path, text).council == "Ashfell and Wrayburn Combined County Authority"


def test_a_report_alone_names_its_meeting_in_its_running_footer():
    from minutebook.extract.meeting import meeting_from_running_lines
    from minutebook.model import Meeting

    removed = ["Planning Committee – 11 March 2026\tPage 1", "Planning Committee – 11 March 2026\tPage 2"]
    found = meeting_from_running_lines(removed, Meeting())
    assert (found.body, found.date) == ("Planning Committee", "2026-03-11")
    dated = Meeting(body="Cabinet", date="2026-01-30")  # a date the text gave wins
    assert meeting_from_running_lines(removed, dated).date == "2026-01-30"


def test_a_scottish_local_review_body_is_a_body(tmp_path):
    text = (
        "ARDCRAIG COUNCIL\n"
        "MINUTE of MEETING of the LOCAL REVIEW BODY held in Committee Room 2, Council Offices, Portcraig on "
        "Wednesday 11 March 2026 at 2.00 pm.\nPresent:\tCouncillor Fiona MacRae (Chair)\n"
        "1. DECLARATIONS OF INTEREST\nNone.\n"
    )
    assert parse_text(tmp_path, text).meeting.body == "Local Review Body"


def test_an_annual_town_meeting_not_named_for_its_town(tmp_path):
    """The electors' annual meeting, its heading naming no parish after it: the assembly is the body, and the hall
    named before the day its venue."""
    text = (
        "DUNMORE TOWN COUNCIL\n"
        "Minutes of the Annual Town Meeting held at the Corn Exchange, Market Place,\n"
        "Dunmore on Thursday 16 April 2026 at 7.00 pm\n"
        "Present:\tCllr Mrs P Ashdown (Town Mayor) in the Chair\n"
        "1. Welcome and Apologies\nApologies were received from Cllr H Prewett.\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "Annual Town Meeting",
        "2026-04-16",
        "19:00",
        "Corn Exchange, Market Place, Dunmore",
    )


def test_a_unitary_named_without_its_kind_by_its_officers_gov_uk_domain(tmp_path):
    """An area board's heading names no council; its officers' addresses are at wessexdowns.gov.uk and the text
    speaks of 'Wessex Downs Council' (not 'Kent Council Leaders', a line's end, or a label's first words)."""
    text = (
        "ASHBOURNE VALE AREA BOARD\nPlace:\tAshbourne Town Hall\nDate:\t4 March 2026\nStart Time:\t6.30 pm\n"
        "Please direct any enquiries on these minutes to:\nLewis Farrant, lewis.farrant@wessexdowns.gov.uk\n"
        "Present:\nCllr Helen Arkwright (Chairman)\n"
        "1\tPartner updates\nWessex Downs Council had set its budget for 2026/27 on 24 February 2026.\n"
    )
    assert parse_text(tmp_path, text).council == "Wessex Downs Council"


def test_minutes_dated_only_by_their_running_header_held_where_and_when_below(tmp_path):
    text = (
        "Licensing and Regulatory Committee – 4 March 2026\nHEXBRIDGE DISTRICT COUNCIL\n"
        "LICENSING AND REGULATORY COMMITTEE\nMINUTES\nHeld in the Council Chamber, Hexbridge House at 6.00 pm\n"
        "Present:\tCouncillors P Marwood (Chair) and S Aldous\nLR23\tAPOLOGIES\nNone.\n"
    )
    assert facts(parse_text(tmp_path, text))[1:] == (
        "Licensing and Regulatory Committee",
        "2026-03-04",
        "18:00",
        "Council Chamber, Hexbridge House",
    )


def test_a_joint_boards_council_is_the_one_that_employs_its_clerk(tmp_path):
    """A health and social care board's minute prints no council heading; its committee officer's council runs it."""
    path = tmp_path / "minute.txt"
    path.write_text(
        "KILBRANNAN INTEGRATION JOINT BOARD\n"
        "MINUTE of MEETING of the KILBRANNAN INTEGRATION JOINT BOARD held in the Council Chamber, Tarbert on\n"
        "4 March 2026 at 10.00 am\n"
        "Present:\tA Moir (NHS Kilbrannan) (Chair); Councillor B Gray; and C Hunter (NHS Kilbrannan).\n"
        "In Attendance:\tD Rae, Chief Officer; and E Kerr, Committee Officer, Kilbrannan Council.\n"
        "1. APOLOGIES FOR ABSENCE\n"
        "There were no apologies.\n"
    )
    assert parse_path(path).council == "Kilbrannan Council"


def test_a_reports_council_is_the_one_hosting_the_service_it_inspects(tmp_path):
    """An inspectorate's report on a youth justice service names its council once, as the service's host."""
    path = tmp_path / "inspection.txt"
    path.write_text(
        "An inspection of youth justice services in Wexcombe\n"
        "HM Inspectorate of Probation\n"
        "Overall rating: Good\n"
        "Background\n"
        "Wexcombe YJS is hosted by Wexcombe Borough Council within its Children's Services directorate and\n"
        "works with the police, probation and health partners.\n"
    )
    assert parse_path(path).council == "Wexcombe Borough Council"


def test_a_joint_committees_name_over_its_bracketed_area_is_one_name(tmp_path):
    path = tmp_path / "jhosc.txt"
    path.write_text(
        "JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE\n"
        "(NORTH ASHMOOR, WEXBY AND CALDER)\n"
        "Minutes of the meeting held on Monday 2 February 2026 at 2.00 pm at County Hall, Ashbridge\n"
        "Present: Councillors A Pendle (Chair), M Rowe and S Tait\n"
        "1. Apologies\nThere were none.\n"
    )
    assert (
        parse_path(path).meeting.body
        == "Joint Health Overview and Scrutiny Committee (North Ashmoor, Wexby and Calder)"
    )


def test_a_venue_naming_a_room_then_after_a_dash_the_rooms_other_name(tmp_path):
    text = (
        "Barset County Council\nMinutes of the Meeting of the Children, Families and Skills Scrutiny Committee\n"
        "held on Wednesday, 4th March, 2026 at 10.30 am in Committee Room 'B' - The Diamond Jubilee Room, County Hall, "
        "Barchester\nPresent:\nCounty Councillor Ann Wilkins (Chair)\n"
    )
    assert (
        facts(parse_text(tmp_path, text))[-1]
        == "Committee Room 'B' - The Diamond Jubilee Room, County Hall, Barchester"
    )


def test_a_body_headed_as_its_meeting_over_the_date_is_the_body_itself(tmp_path):
    text = (
        "CITY OF ABERDYFI COUNCIL\n"
        "CABINET MEETING: 19 FEBRUARY 2026\n"
        "Cabinet Members Present:\tCouncillor Ann Rees (Leader)\n"
        "Councillor Huw Bevan\n"
        "101\tDECLARATIONS OF INTEREST\n"
        "None were received.\n"
    )
    path = tmp_path / "cabinet.txt"
    path.write_text(text)
    meeting = parse_path(path).meeting
    assert (meeting.body, meeting.date) == ("Cabinet", "2026-02-19")


def test_minutes_headed_by_the_hour_before_the_date_and_the_place_alone_under_a_running_header(tmp_path):
    text = (
        "HOUSING COMMITTEE\t14 JANUARY 2026\n"
        "ASHLING CITY COUNCIL\n"
        "HOUSING COMMITTEE\n"
        "5.30pm 14 JANUARY 2026\n"
        "COUNCIL CHAMBER, ASHLING TOWN HALL\n"
        "MINUTES\n"
        "Present: Councillor Veal (Chair) Odum (Deputy Chair), Pike and Rowe\n"
        "PART ONE\n"
        "41\tPROCEDURAL BUSINESS\n"
        "41.1\tApologies for absence were received from Councillor Stone.\n"
        "41.2\tThere were no declarations of interest in matters appearing on the\n"
        "agenda.\n"
        "42\tTENANCY STRATEGY\n"
        "RESOLVED: That the Committee agrees the strategy.\n"
    )
    path = tmp_path / "housing.txt"
    path.write_text(text)
    parsed = parse_path(path)
    assert (parsed.meeting.date, parsed.meeting.time) == ("2026-01-14", "17:30")
    assert parsed.meeting.venue == "Council Chamber, Ashling Town Hall"
    assert parsed.agenda == [] and len(parsed.minutes) == 1


def test_a_court_of_common_council_is_the_body_of_the_city_corporation_the_text_names(tmp_path):
    text = (
        "ASHDOWN, MAYOR\n"
        "COURT OF COMMON COUNCIL\n"
        "Thursday 5th March 2026\n"
        "MEMBERS PRESENT\n"
        "Alderman Sir Peter Ashdown\tDeputy Anne Hollis\n"
        "1. Apologies\n"
        "The Town Clerk reported apologies from Alderman Lorna Castle.\n"
        "2. Policy Statement\n"
        "The Chairman made a statement on the City of London Corporation's priorities for the year.\n"
        "Resolved – That the statement be received.\n"
    )
    path = tmp_path / "court.txt"
    path.write_text(text)
    parsed = parse_path(path)
    assert (parsed.council, parsed.meeting.body) == ("City of London Corporation", "Court of Common Council")


def test_minutes_headed_with_a_note_on_their_printing_and_the_mayor_styled_in_full(tmp_path):
    text = (
        "Minutes of the Council\n"
        "(Council decisions shown in bold text)\n"
        "Thursday, 26 February 2026\n"
        "Present:\n"
        "The Worshipful the Mayor of Bayhaven (Councillor Pennick) (In the Chair)\n"
        "Deputy Mayor (Councillor Halloran)\n"
        "Councillors Abbiss, Bastable and Zealley\n"
        "85. Apologies\n"
        "There were no apologies.\n"
    )
    path = tmp_path / "council.txt"
    path.write_text(text)
    parsed = parse_path(path)
    assert parsed.meeting.body == "Council"
    assert "Pennick" in {p.name for p in parsed.minutes[0].present}


def test_a_scottish_committees_heading_council_dash_body_and_a_blended_meeting_venue(tmp_path):
    text = (
        "THE FORTHSHIRE COUNCIL - CABINET COMMITTEE\n"
        "HYBRID MEETING\n"
        "Lomond Room – Forthshire House, Kirkbrae – Blended Meeting\n"
        "12 March 2026\t10.00 am – 12.45 pm\n"
        "PRESENT:\tCouncillors Graham Lumsden (Convener) and Aileen Baird.\n"
        "301. DECLARATIONS OF INTEREST\n"
        "None.\n"
    )
    path = tmp_path / "cabinet.txt"
    path.write_text(text)
    meeting = parse_path(path).meeting
    assert (meeting.body, meeting.time) == ("Cabinet Committee", "10:00")
    assert meeting.venue == "Lomond Room – Forthshire House, Kirkbrae"


def test_a_heading_sentence_wrapped_before_its_hour_and_place(tmp_path):
    text = (
        "Deben Vale County Council\n"
        "Minutes of the meeting of the People Overview and Scrutiny Committee held on 11\n"
        "March 2026 at 10:00 am at Endeavour House, Stowbridge.\n"
        "Present: Councillors Gill Rush (Chairman) and Nigel Otter.\n"
        "14. Public Participation Session\n"
        "There were no applications to speak.\n"
    )
    path = tmp_path / "scrutiny.txt"
    path.write_text(text)
    meeting = parse_path(path).meeting
    assert (meeting.date, meeting.time, meeting.venue) == ("2026-03-11", "10:00", "Endeavour House, Stowbridge")


def test_a_reports_cover_rows_name_its_meeting(tmp_path):
    text = (
        "Agenda Item 8\n"
        "WOLDS AND OUSE COUNTY COUNCIL\n"
        "Report to:\tCabinet\n"
        "Date:\t17 June 2025\n"
        "Report of:\tDirector of Children’s Services\n"
        "Subject:\tYouth Justice Plan 2025-26\n"
        "1. Purpose\n"
        "1.1\tThis report presents the Youth Justice Plan 2025-26 for the Cabinet to recommend to Council.\n"
    )
    path = tmp_path / "report.txt"
    path.write_text(text)
    meeting = parse_path(path).meeting
    assert (meeting.body, meeting.date) == ("Cabinet", "2025-06-17")


def test_a_body_in_capitals_keeps_its_hyphened_words_as_written():
    from minutebook.extract.council import title_case

    assert title_case("PLANNING SUB-COMMITTEE A") == "Planning Sub-Committee A"
    assert title_case("IS-BWYLLGOR TRWYDDEDU") == "Is-bwyllgor Trwyddedu"
    assert title_case("STRATFORD-UPON-AVON DISTRICT COUNCIL") == "Stratford-upon-Avon District Council"


def test_the_place_between_the_day_and_the_hour_the_meeting_commenced(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Chiltvale Council\n"
        "Minutes of the meeting of the Strategic Sites Committee held on Thursday 5 February 2026 in\n"
        "The Oculus, Gatehouse Road, Aylbury, commencing at 2.30 pm and concluding at 5.52 pm.\n"
        "Members present\nH Penrose and R Castellane (Chairman)\n1 Apologies\nNone.\n2 Minutes\nApproved.\n",
    )
    assert (parsed.meeting.venue, parsed.meeting.time) == ("The Oculus, Gatehouse Road, Aylbury", "14:30")


def test_the_place_after_the_dates_comma_and_before_the_hour_on_a_minutes_heading(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Minutes\nSevernshire County Council\nThursday, 15 January 2026, County Hall, Sevminster - 10.00 am\n"
        "Present:\tCllr Jane Elm (Chairman), Cllr Alan Amery\n2199 Apologies\nNone.\n2200 Minutes\nApproved.\n",
    )
    assert (parsed.meeting.venue, parsed.meeting.time) == ("County Hall, Sevminster", "10:00")


def test_minutes_headed_by_their_body_alone_take_the_one_principal_council_their_sentences_name(tmp_path):
    text = (
        "CABINET\nMINUTES of a meeting of the Cabinet held at County Hall, Lewford on 10 February 2026.\n"
        "PRESENT\tCouncillors Malcolm Treadgold (Chair), Nigel Ashburn and Clare Dunsfold\n"
        "58.\tMinutes\n58.1\tRESOLVED to approve the minutes of the meeting held on 13 January 2026.\n"
        "59.\tApologies for absence\n59.1\tApologies were received from Councillor Penelope Hartfield.\n"
        "60.\tDisclosure of interests\n60.1\tCouncillor Nigel Ashburn declared a personal interest in item 5 as a\n"
        "member of Lewford Town Council, which is a precepting authority.\n"
        "61.\tBudget\n61.1\tThe report said that West Wealden County Council would\n"
        "set a balanced budget.\n61.2\tIt was RESOLVED to note the report.\n"
    )
    assert parse_text(tmp_path, text).council == "West Wealden County Council"
    two = text.replace("Lewford Town Council", "Kingsford District Council")
    assert parse_text(tmp_path, two).council is None  # two principal councils named: neither is surely the one


def test_a_report_addressed_to_a_body_over_a_date_of_meeting_row_names_its_meeting(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Agenda Item 7\nLOWMOOR COUNTY COUNCIL\nReport to Cabinet\nDate of meeting:\t15 July 2025\n"
        "Report of:\tDirector of Children's Services\nTitle:\tYouth Justice Plan 2025-26\n1. Summary\n"
        "This report presents the Youth Justice Plan 2025-26 for approval.\n",
    )
    assert (parsed.meeting.body, parsed.meeting.date) == ("Cabinet", "2025-07-15")


def test_a_venue_with_an_abbreviated_saint_in_its_address(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Minutes of the meeting of Planning and regulatory committee held at The Council Chamber - The Shire Hall,\n"
        "St. Peter's Square, Wyeford, WR1 2HX on Wednesday 21 January 2026 at 10.00 am\n"
        "Present: Councillor A Brook (chairperson)\nCouncillors: B Cole and D Eady\n87. APOLOGIES FOR ABSENCE\nNone.\n"
        "88. MINUTES\nRESOLVED: That the minutes be approved.\n",
    )
    assert parsed.meeting.venue == "The Council Chamber - The Shire Hall, St. Peter's Square, Wyeford, WR1 2HX"


def test_a_meeting_that_took_place_is_read_as_one_held(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Minutes of a meeting of the Cabinet that took place in the Council Chamber, County\n"
        "Hall, Brackton on Tuesday 17 March 2026 at 10.15am\n"
        "Present:\nCouncillor A Pell\tLeader of the Council (Chairman)\n"
        "1. Apologies\nNone.\n2. Minutes\nResolved: That the minutes be approved.\n",
    )
    meeting = parsed.meeting
    assert (meeting.body, meeting.date, meeting.time) == ("Cabinet", "2026-03-17", "10:15")
    assert meeting.venue == "Council Chamber, County Hall, Brackton"


def test_a_member_of_a_town_council_or_its_speaker_does_not_name_the_council_that_met(tmp_path):
    text = (
        "Minutes of the meeting of the Northern Planning Committee held on 10 March 2026\n"
        "in the Council Chamber, Shirehall, Abbeyford, SY2 6ND\n2.00 - 4.47 pm\n"
        "Present\nCouncillor Gareth Pryce (Chairman)\nCouncillors Helen Bask, Nigel Ash and Sally Hebden\n"
        "58\tApologies for Absence\nNone.\n61\tDisclosable Pecuniary Interests\n"
        "Councillor Sally Hebden stated that she was a member of Wemley Town Council.\n"
        "62\tLand North Of Mill Lane, Wemley (25/04412/OUT)\n"
        "Councillor Rhian Alder, on behalf of Wemley Town Council, spoke against the proposal.\n"
        "RESOLVED:\nThat planning permission be granted.\n"
    )
    parsed = parse_text(tmp_path, text)
    assert parsed.council is None
    assert (parsed.meeting.time, parsed.meeting.venue) == ("14:00", "Council Chamber, Shirehall, Abbeyford, SY2 6ND")


def test_minutes_of_meeting_held_with_no_article_under_the_bodys_heading(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Clydeburn City Council\nCity Administration Committee\n"
        "Minutes of meeting held in the City Chambers, Clydeburn, on Thursday, 5th March\n2026, at 10 am.\n"
        "Present: Councillor Aileen Brod (Chair), Ruth Aik and Hamish Bair.\n"
        "1\tDeclarations of interest.\nNo declarations of interest were made.\n"
        "2\tMinutes.\nThe minutes of 19th February 2026 were approved.\n",
    )
    meeting = parsed.meeting
    assert (meeting.body, meeting.date, meeting.time) == ("City Administration Committee", "2026-03-05", "10:00")
    assert meeting.venue == "City Chambers, Clydeburn"


def test_a_name_of_meeting_row_in_the_heading_table_names_the_body(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Isle of Wrax Council\nMinutes\nName of meeting\tCABINET\n"
        "Date and Time\tThursday 12 February 2026 commencing at 5.00 pm\n"
        "Venue\tCouncil Chamber, County Hall, Newchurch\nPresent\tCllrs P Jordan (Chairman), K Ellery and M Fara\n"
        "45. Apologies\nNone.\n46. Minutes\nRESOLVED:\nTHAT the minutes of the meeting be approved.\n",
    )
    assert (parsed.meeting.body, parsed.meeting.time) == ("Cabinet", "17:00")


def test_a_body_and_a_date_in_figures_with_a_two_figure_year_head_minutes_over_present(tmp_path):
    """Gwynedd's: 'EDUCATION SCRUTINY COMMITTEE, 12/02/26' then 'PRESENT:', the word 'minutes' nowhere, and
    'agenda' only inside a sentence wrapped onto a line of its own."""
    parsed = parse_text(
        tmp_path,
        "CYNGOR MOELFRE COUNCIL\nEDUCATION AND ECONOMY SCRUTINY COMMITTEE, 12/02/26\n"
        "PRESENT: Councillor Gerallt Tud (Chair)\nCouncillors:\tMenna Pryd, Iolo Gwyn and Huw Rhyd.\n"
        "1. APOLOGIES\nApologies were received from Councillor Ieuan Fych.\n"
        "2. DECLARATION OF PERSONAL INTEREST\nCouncillor Huw Rhyd declared a personal interest in item 3 on the\n"
        "agenda because his daughter is employed by a company in the scheme.\n"
        "3. SKILLS SCHEME\nThe report was submitted by the Cabinet Member.\nRESOLVED\nTo accept the report.\n"
        "The meeting commenced at 10.30 am and concluded at 12.40 pm.\n",
    )
    assert (parsed.meeting.body, parsed.meeting.date) == ("Education and Economy Scrutiny Committee", "2026-02-12")
    assert parsed.agenda == []
    (minutes,) = parsed.minutes
    assert [i.number for i in minutes.items] == ["1", "2", "3"]
    assert minutes.items[2].resolutions == ["To accept the report."]


def test_a_minute_of_meeting_of_the_council_itself_is_the_councils_meeting(tmp_path):
    parsed = parse_text(
        tmp_path,
        "DUNMORE, 4 March 2026. Minute of Meeting of DUNMORE CITY COUNCIL.\n"
        "Present:- Lord Provost Morag Dalgle, Chairperson; and COUNCILLORS Alasdair Bair and Kirsty Black.\n"
        "1. DECLARATIONS OF INTEREST OR CONNECTION\nThere were no declarations.\n"
        "2. MINUTE OF MEETING OF DUNMORE CITY COUNCIL OF 10 DECEMBER 2025 - FOR APPROVAL\n"
        "The Council resolved:-\nto approve the minute as a correct record.\n",
    )
    assert (parsed.meeting.body, parsed.meeting.date) == ("Council", "2026-03-04")


def test_a_bilingual_council_heading_and_a_place_and_hours_line_under_the_attendance(tmp_path):
    parsed = parse_text(
        tmp_path,
        "TYWI COUNTY COUNCIL / CYNGOR SIR TYWI\nEXECUTIVE BOARD\nMonday, 16 February 2026\n"
        "PRESENT: Councillor D. Prosser (Chair)\nCouncillors (In Person):\nG. Meredith and A. Vaughan\n"
        "The following Officers were in attendance:\nW. Walcott, Chief Executive;\n"
        "E. Bryer, Democratic Services Officer.\n"
        "Chamber - County Hall, Caerwen. SA33 4PQ and remotely - 10.00 am - 11.35 am\n"
        "1. APOLOGIES FOR ABSENCE.\nThere were no apologies.\n2. BUDGET\nRESOLVED that the budget be approved.\n",
    )
    meeting = parsed.meeting
    assert (meeting.body, meeting.time, meeting.venue) == (
        "Executive Board",
        "10:00",
        "Chamber - County Hall, Caerwen. SA33 4PQ",
    )
    assert sorted(p.name for p in parsed.minutes[0].present if p.kind == "officer") == ["E. Bryer", "W. Walcott"]


def test_two_councils_shared_name_in_a_running_header_is_no_part_of_the_body(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Arun Dale & Seaford Councils\tJoint Strategic Committee\nJOINT STRATEGIC COMMITTEE\n10 March 2026 at 6.30 pm\n"
        "Council Chamber, Seaford Town Hall\nPresent:\nArun Dale District Council\tSeaford Borough Council\n"
        "Councillor Fiona Hask (Leader, Chairman)\tCouncillor Martin Dunst (Leader)\n"
        "JSC/071/25-26\tDeclarations of Interest\nNone.\n"
        "JSC/072/25-26\tMinutes\nResolved, that the minutes be approved.\n",
    )
    assert (parsed.meeting.body, parsed.meeting.date) == ("Joint Strategic Committee", "2026-03-10")


def test_a_labelled_venue_of_a_hybrid_meeting_is_the_place(tmp_path):
    parsed = parse_text(
        tmp_path,
        "NOTICE OF MEETING\nChildren and Young People Scrutiny Committee\nDate: Tuesday, 10 March 2026\n"
        "Time: 10.00 am\n"
        "Venue: Multi-Location Meeting – Council Chamber, Civic Offices, Glannau and via Microsoft Teams\n"
        "AGENDA\n1. Apologies\n2. Declarations of Interest\n3. Minutes (Pages 3 - 10)\n",
    )
    assert parsed.meeting.venue == "Council Chamber, Civic Offices, Glannau"


def test_a_council_its_town_and_how_it_met_over_the_building_and_the_day(tmp_path):
    parsed = parse_text(
        tmp_path,
        "2026 K.C. 212\nTHE STRATHAIRD COUNCIL – DUNLEVEN – HYBRID MEETING\nCouncil Chamber, Strathaird House\n"
        "26 February, 2026\t10.00 a.m. – 4.15 p.m.\n"
        "PRESENT: Councillors Morag Dunn (Provost), Alastair Kidd and Fiona Bell.\n"
        "321. DECLARATIONS OF INTEREST\nNo declarations of interest were made.\n"
        "322. MINUTE\nThe Council agreed to approve the minute.\n",
    )
    m = parsed.meeting
    assert (m.body, m.date, m.time, m.venue) == ("Council", "2026-02-26", "10:00", "Council Chamber, Strathaird House")


def test_the_hour_it_commenced_on_the_24_hour_clock(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Minutes of a meeting of the Executive held on Tuesday, 3 March 2026 in the Council Chamber - City Hall\n"
        "Commenced 1030\nConcluded 1145\nPresent – Councillors Ainsworth and Denby\n"
        "1. DISCLOSURES OF INTEREST\nNo disclosures of interest were received.\n"
        "2. MINUTES\nResolved – That the minutes be signed.\n",
    )
    assert parsed.meeting.time == "10:30"


def test_a_committees_meeting_held_at_a_place_in_capitals_on_a_day(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Planning Committee – 11 March 2026\nELMSFORD DISTRICT COUNCIL\n"
        "PLANNING COMMITTEE MEETING held at COUNCIL CHAMBER - COUNCIL OFFICES,\n"
        "LONDON ROAD, SAFFORD on WEDNESDAY, 11 MARCH 2026 at 10.00 am\n"
        "Present:\tCouncillor G Marsh (Chair)\n"
        "PC120 APOLOGIES FOR ABSENCE\nThere were none.\nPC121 MINUTES\nRESOLVED that the minutes be approved.\n",
    )
    m = parsed.meeting
    assert (m.body, m.time, m.venue) == (
        "Planning Committee",
        "10:00",
        "Council Chamber - Council Offices, London Road, Safford",
    )


def test_a_committees_meeting_of_its_council_with_members_in_the_chamber_and_online(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Minutes of Planning Committee Meeting of Slieve Dara District Council held on\n"
        "Wednesday 11 March 2026 at 10.00 am in the Council Chamber, Ardmore and via\nMicrosoft Teams\n"
        "Chairperson:\tCouncillor R Quinn\n"
        "Committee Members in attendance in Chamber: Alderman D Tate\nCouncillor M Boyle\n"
        "Committee Members in attendance via Teams: Councillor J Hanna\n"
        "Officials in attendance:\tMr A McKee, Chief Planning Officer\n"
        "P/021/2026:\tApologies\nThere were none.\nP/022/2026:\tDeclarations of Interest\nThere were none.\n",
    )
    assert (parsed.meeting.body, parsed.meeting.venue) == ("Planning Committee", "Council Chamber, Ardmore")
    (m,) = parsed.minutes
    assert {(p.name, p.kind) for p in m.present} == {
        ("R Quinn", "member"),
        ("D Tate", "member"),
        ("M Boyle", "member"),
        ("J Hanna", "member"),
        ("A McKee", "officer"),
    }


def test_the_day_the_clerk_signed_the_summons_is_not_the_meetings(tmp_path):
    parsed = parse_text(
        tmp_path,
        "LITTLE ASHCOMBE PARISH COUNCIL\nTo: All Members of the Parish Council\n"
        "You are hereby summoned to attend the Ordinary Meeting of the Parish Council to be held in the\n"
        "Village Hall, Church Lane, Little Ashcombe on Monday 13 April 2026 at 7.30 pm for the purpose\n"
        "of transacting the following business.\nJ Potter\nClerk to the Council\nDate: 7 April 2026\n"
        "AGENDA\n1. To receive apologies for absence.\n2. To receive declarations of interest.\n"
        "3. To approve the minutes of the meeting held on 9 March 2026.\n",
    )
    assert (parsed.meeting.date, parsed.meeting.time) == ("2026-04-13", "19:30")


def test_the_ordinary_meeting_held_somewhere_under_a_community_councils_name(tmp_path):
    parsed = parse_text(
        tmp_path,
        "LLANFAIR ISAF COMMUNITY COUNCIL\n"
        "Minutes of the Ordinary Meeting held at the Memorial Hall, Llanfair Isaf on Tuesday\n"
        "10th March 2026 at 7.00pm\n"
        "Present:\tCllrs G. Hughes (Chair), E. Roberts and D. Jones.\n"
        "2025/141\tApologies\nThere were none.\n2025/142\tDeclarations of Interest\nThere were none.\n",
    )
    assert (parsed.meeting.body, parsed.meeting.date, parsed.meeting.time) == (
        "Community Council",
        "2026-03-10",
        "19:00",
    )


def test_a_questions_paper_under_a_running_header_names_its_meeting_in_capitals(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Hartmoor County Council\tItem 9\nHARTMOOR COUNTY COUNCIL\nCOUNTY COUNCIL MEETING – 19 MARCH 2026\n"
        "QUESTIONS FROM MEMBERS\nQuestions submitted under Standing Order 12\nQuestion 1\n"
        "Mr D Fair to ask the Cabinet Member for Highways and Transport (Mrs H Quarry):\n"
        "How many potholes were repaired in February?\nAnswer\n1,204 potholes were repaired.\nQuestion 2\n"
        "Mrs A Bell to ask the Leader of the Council (Mr R Gold):\nWhen will the budget be published?\nAnswer\n"
        "In January.\n",
    )
    assert (parsed.meeting.body, parsed.meeting.date) == ("County Council", "2026-03-19")
