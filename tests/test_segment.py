"""The documents a pack is bound from, in order, as a reader would list them."""

from __future__ import annotations

from pathlib import Path

from shared_corpus import SAMPLES, corpus_file, sample_or_corpus

from minutebook.parse import parse_path
from minutebook.segment import segment
from minutebook.text import read_document


def kinds(path: Path) -> list[str]:
    return [s.kind for s in segment(read_document(path).lines())]


def segments(path: Path):
    return segment(read_document(path).lines())


def test_coventry_cabinet_pack():
    segs = segments(sample_or_corpus("coventry-cabinet-2019-10-29.txt", "seeds/coventry-cabinet-2019-10-29.txt"))
    assert [s.kind for s in segs] == ["agenda", "minutes", "report", "plan", "report", "plan"]
    assert segs[1].title.startswith("Minutes of the Meeting of Cabinet held at 2.00 pm")
    assert segs[2].title == "Youth Justice Plan"
    assert "Youth Justice Plan 2019" in segs[3].title
    # in order, without overlap, each start before its end
    for a, b in zip(segs, segs[1:], strict=False):
        assert a.start.line <= a.end.line < b.start.line


def test_council_pack_binds_two_sets_of_minutes_reports_appendix_and_questions():
    segs = segments(corpus_file("seeds/coventry-city-council-2022-10-18.txt"))
    got = [s.kind for s in segs]
    assert got[:3] == ["agenda", "minutes", "minutes"]
    assert got.count("report") == 4
    assert "appendix" in got and got[-1] == "questions"
    assert [s.title for s in segs if s.kind == "report"] == [
        "Coventry's Youth Justice Strategy and Plan – 2021-23 (Update 2022) (Youth Justice Plan)",
        "Family Hub and Start for Life Programme",
        "Loan for Material Recycling Facility",
        "Amendments to Appointments",
    ]


def test_warwickshire_pack_reports_appendices_plan_and_work_programme():
    got = kinds(sample_or_corpus("warwickshire-cyp-osc-2024-09-17.txt", "seeds/warwickshire-cyp-osc-2024-09-17.txt"))
    assert got[:3] == ["agenda", "minutes", "report"]
    assert got.count("report") == 3
    assert "plan" in got and got[-1] == "work_programme"


def test_stand_alone_documents():
    assert kinds(SAMPLES / "kent_cabinet_2025-01-30_agenda_frontsheet.pdf") == ["agenda"]
    assert kinds(SAMPLES / "kent_cabinet_2025-01-30_printed_minutes.pdf") == ["minutes"]
    assert kinds(SAMPLES / "manordeilo-salem-community-council-minutes-2020-06-10.html") == ["minutes"]
    assert kinds(corpus_file("kent/kent_county_council_2025-03-13_questions_and_answers.pdf")) == ["questions"]
    assert kinds(corpus_file("kent/kent_cabinet_2025-01-30_report_24-00108_budget_monitoring.pdf")) == ["report"]


def test_citations_point_at_the_page_a_document_starts_on():
    segs = segments(corpus_file("kent/kent_county_council_2025-01-09_item3_supplement_devolution.pdf"))
    assert [(s.kind, s.start.page) for s in segs] == [("agenda", 1), ("report", 3), ("appendix", 15)]


def test_empty_and_plain_prose():
    assert segment([]) == []
    from minutebook.model import Line

    prose = [Line(1, None, "It was a dark and stormy night."), Line(2, None, "The end.")]
    assert [s.kind for s in segment(prose)] == ["other"]


def test_front_sheet_headed_by_body_and_date_is_an_agenda_not_a_report(tmp_path):
    path = tmp_path / "pack.txt"
    path.write_text(
        "Planning Committee\n\nWednesday 5 March 2025\n\n7.00 pm\n\nCouncil Chamber, Civic Offices\n\n"
        "1. Apologies for absence\n2. Declarations of interest\n3. Minutes (Pages 1 - 6)\n\n\n"
        "Planning Committee\n\n5 February 2025\n\nMinutes\n\nPresent: Councillors A Smith (Chair), B Jones\n"
    )
    assert kinds(path) == ["agenda", "minutes"]


def test_a_minutes_item_on_the_front_sheet_does_not_start_minutes(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(
        "Cabinet\n\nDate: 6 March 2025\n\nAGENDA\n\n1.\nApologies\n\n"
        "2.\nMinutes of the Meeting held on 9th January 2025\n\n3.\nBudget (Pages 5 - 9)\n\n"
        "4. Minutes of the meeting of the Audit Panel held on 2 March 2025 (Pages 10 - 12)\n"
    )
    assert kinds(path) == ["agenda"]


def test_report_to_covers_and_briefing_notes_of_other_house_styles(tmp_path):
    path = tmp_path / "pack.txt"
    path.write_text(
        "Cabinet\n\nDate: 6 March 2025\n\nAGENDA\n\n1. Apologies\n2. Declarations of interest\n"
        "3. Leisure Strategy (Pages 3 - 20)\n\n\n"
        "Report to: Cabinet\n\nDate of meeting: 6 March 2025\n\nSubject: Leisure Strategy\n\n1. Purpose\n\ntext\n\n"
        "Appendix A: Consultation responses\n\nresponses\n\n"
        "Briefing Note: Swimming pool condition survey\n\ntext\n"
    )
    segs = segment(read_document(path).lines())
    assert [(s.kind, s.title) for s in segs] == [
        ("agenda", "Agenda"),
        ("report", "Leisure Strategy"),
        ("appendix", "Appendix A: Consultation responses"),
        ("briefing_note", "Briefing Note: Swimming pool condition survey"),
    ]


def _segs_of(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text)
    return segments(path)


def test_council_heading_line_belongs_to_the_minutes_under_it(tmp_path):
    segs = _segs_of(
        tmp_path,
        "ROYAL BOROUGH OF WESTBRIDGE\n\nMinutes of the meeting of the Cabinet held on 4 March 2025 at 7.00 pm\n\n"
        "Present: Councillors A Smith (Chair), B Jones\n\n1. Apologies\nNone.\n",
    )
    assert [(s.kind, s.start.line) for s in segs] == [("minutes", 1)]


def test_bilingual_heading_block_opens_one_set_of_minutes(tmp_path):
    segs = _segs_of(
        tmp_path,
        "CYNGOR SIR TREFAWR\nTREFAWR COUNTY COUNCIL\n\nPWYLLGOR CRAFFU\nSCRUTINY COMMITTEE\n14 MAY 2025\n\n"
        "COFNODION / MINUTES\n\nCofnodion cyfarfod y Pwyllgor a gynhaliwyd ddydd Mercher, 14 Mai 2025.\n\n"
        "Minutes of the meeting of the Scrutiny Committee held on Wednesday, 14 May 2025 at 10.00 am.\n\n"
        "PRESENNOL / PRESENT: Councillor C Davies (Chair)\n\n1. APOLOGIES\nNone.\n",
    )
    assert [(s.kind, s.start.line) for s in segs] == [("minutes", 1)]


def test_scots_minute_of_meeting_with_a_sederunt_is_minutes(tmp_path):
    segs = _segs_of(
        tmp_path,
        "Minute of Meeting\nPlanning and Climate Board\n\nDate          Time     Venue\n"
        "Tuesday, 3 June 2025   10:00    Council Chambers, Paisley\n\nSederunt\nCouncillor A Doig (Convener)\n\n"
        "1   Revenue Budget Monitoring\n",
    )
    assert [s.kind for s in segs] == ["minutes"]


def test_an_item_titled_minutes_of_the_previous_meeting_does_not_start_a_set_of_minutes(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "Venue: Room 1, Civic Centre\nNo. | Item |\n---|---|\nApologies Minutes:None. |\n|\n"
        "Minutes of the previous meeting PDF 40 KB Minutes:RESOLVED: That the minutes of the meeting held on "
        "2 May 2024 be agreed. |\n"
    )
    assert "minutes" not in kinds(path)


def test_a_dated_record_of_decisions_without_a_minutes_heading_is_minutes(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "Meeting papers\n\nLicensing Board\nWednesday, 3rd April, 2024 6.00 pm\n\nItem Description Decision\n"
        "L 24/011 Apologies\nRESOLVED: That the apologies be noted.\n"
        "L 24/012 Minutes\nRESOLVED: That the Minutes of the meeting of the Board held on 6 March 2024 be approved.\n"
    )
    assert kinds(path) == ["minutes"]


def test_minutes_run_onto_one_line_are_minutes_and_a_story_is_not(tmp_path):
    squashed = tmp_path / "squashed.txt"
    squashed.write_text(
        "Minutes of a Meeting of Ashcombe Parish Council held at 7.30pm on Tuesday 6 February 2024 at the "
        "Village Hall, Mill Lane, Ashcombe Ash/101/23-24 Present: Cllr A Dean (Chairman), Cllr B Fox and "
        "Cllr C Gray. Ash/102/23-24 Apologies for Absence Apologies were received from Cllr D Hart.\n"
    )
    story = tmp_path / "story.txt"
    story.write_text(
        "It was 1850 and the town was cold. " * 12 + "Everyone present that night remembered it.\n\nChapter 2\n"
    )
    assert kinds(squashed) == ["minutes"]
    assert kinds(story) == ["other"]


def test_a_web_pages_title_is_not_the_documents_title(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "Agendas, reports and minutes\nHarbour Board\nDate: Thursday, 4 April 2024\n"
        "Present:\nMr A Bell, Mrs C Dunn\n1. Apologies\nNone.\n"
    )
    segs = segments(path)
    assert segs[0].kind == "minutes" and segs[0].title == "Harbour Board"


def test_a_minutes_heading_with_bold_words_inside_starts_minutes(tmp_path):
    text = (
        "Barset County Council\n\nCounty Council\n\nDate: 9 October 2025\n\nAGENDA\n\n"
        "1. Apologies\n\n2. Minutes (Pages 1 - 6)\n\n3. Budget\n\n"
        "**MINUTES** of the **ORDINARY MEETING** of the **COUNTY COUNCIL** held at Shire Hall on "
        "**Thursday, 10 July 2025**.\n\n**PRESENT:** Councillors A Ash and B Birch\n\n"
        "**1 APOLOGIES**\n\nNone.\n\n**2 BUDGET**\n\n**RESOLVED:**\n\n(1) That the budget be approved.\n"
    )
    path = tmp_path / "pack.txt"
    path.write_text(text)
    parsed = parse_path(path)
    assert [s.kind for s in parsed.segments] == ["agenda", "minutes"]
    assert [a.number for a in parsed.agenda] == ["1", "2", "3"]


def test_a_minutes_of_the_body_heading_at_the_top_makes_minutes_not_an_agenda(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(
        "Fenmarsh District Council\n\nMINUTES OF THE AIR QUALITY PARTNERSHIP BOARD\n\n"
        "Held on Monday, 4th March, 2024 at 10.00 am\n\n**Board Members Present:**\n\nDr Omar Reid\n\n"
        "**1. Apologies**\n\nNone.\n\n**2. Minutes of the last meeting**\n\nAgreed.\n"
    )
    assert kinds(path) == ["minutes"]
    agenda = tmp_path / "a.txt"
    agenda.write_text(
        "Fenmarsh District Council\n\nMinutes of the previous meeting of the Board are attached.\n\n"
        "1. Apologies for absence\n\n2. Minutes of the previous meeting\n"
    )
    assert "minutes" not in kinds(agenda)


def test_scots_minutes_of_meeting_with_no_article_start_minutes():
    from minutebook.model import Line

    text = (
        "The Glenbraigh Council\n"
        "Minutes of Meeting of the Housing and Communities Committee held in the Council Chamber on\n"
        "Thursday 7 March 2024 at 10.30 am.\n"
        "Sederunt: Mr Iain Macrae (Chair)\n"
        "Business\n"
        "1. Calling of the Roll and Apologies for Absence\n"
    )
    lines = [Line(i + 1, None, t) for i, t in enumerate(text.splitlines())]
    assert [s.kind for s in segment(lines)] == ["minutes"]


def test_a_chief_executive_signing_a_summons_above_its_date_is_no_report_cover(tmp_path):
    path = tmp_path / "summons.txt"
    path.write_text(
        "Ashvale Metropolitan Borough Council\n"
        "CABINET\n"
        "Tuesday, 24 June 2025 at 5.30 pm\n"
        "Meeting Room 1, Ashvale Civic Centre\n"
        "You are requested to attend the above meeting of the Cabinet.\n"
        "Declan Rourke\n"
        "Chief Executive\n"
        "Monday, 16 June 2025\n"
        "AGENDA\n"
        "1.\tApologies for Absence\n"
        "2.\tDeclarations of Interest\n"
    )
    parsed = parse_path(path)
    assert [s.kind for s in parsed.segments] == ["agenda"]
    assert (parsed.meeting.body, parsed.meeting.date, parsed.meeting.time) == ("Cabinet", "2025-06-24", "17:30")


def test_appendix_named_inside_a_sentence_wrapped_onto_its_own_line_starts_nothing(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(
        "MINUTES of a meeting of the Cabinet held on Thursday, 27 March 2025.\n"
        "PRESENT: Mr R Gough (Chairman) and Mr D Murphy\n"
        "109. Highways Asset Management Plan\n"
        "4. RESOLVED that Cabinet agree to:\n"
        "(i) approve the Highways Asset Management Plan 2025-2030 as set out in\n"
        "Appendix A to the report;\n"
        "(ii) delegate authority to the Director to make minor amendments.\n"
        "110. Quarterly Performance Report\n"
        "RESOLVED that the report be noted.\n"
    )
    assert [s.kind for s in parse_path(path).segments] == ["minutes"]


def test_members_questions_each_routed_from_a_councillor_to_a_councillor_stay_one_paper(tmp_path):
    """'From: Councillor A' / 'To: Councillor B, Cabinet Member for ...' under 'Question 2' is a question in
    the paper, not a report's cover; the paper's heading may name its agenda item and procedure rule."""
    questions = "\n".join(
        f"Question {n}\nFrom: Councillor A{n} Smith (Ward {n})\nTo:\tCouncillor B Jones, Cabinet Member for Roads\n"
        f"How many potholes were repaired in ward {n}?\nAnswer:\nThere were {n}00 repairs.\n"
        for n in range(1, 4)
    )
    text = (
        "Wardleigh Metropolitan Borough Council\nCouncil – Wednesday 15 October 2025\n"
        "Agenda Item 9: Questions from Members under Council Procedure Rule 11\n"
        "The following questions have been submitted by Members of the Council.\n" + questions
    )
    assert [s.kind for s in _segs_of(tmp_path, text)] == ["questions"]


def test_a_sentence_wrapped_before_appendix_does_not_start_one(tmp_path):
    text = (
        "Minutes of the meeting of the Cabinet held on 16 September 2025 at 2.00 pm\n"
        "Present: Councillor A Smith (Chair)\n1. Land at Mill Street\nRESOLVED that Cabinet\n"
        "(a) approves the disposal on the terms set out in exempt\n"
        "Appendix 2, subject to planning permission for not fewer than 85 homes; and\n"
        "(b) delegates authority to the Director of Resources.\n2. Household Support Fund\nNoted.\n"
    )
    assert [s.kind for s in _segs_of(tmp_path, text)] == ["minutes"]


def test_a_scottish_notice_of_meeting_over_its_business_is_an_agenda(tmp_path):
    """'NOTICE OF MEETING' ... 'BUSINESS' over '1. Declarations of Interest', '3. Minute of Meeting of ...':
    the front sheet is an agenda; 'ITEM WHICH THE COMMITTEE MAY WISH TO CONSIDER IN PRIVATE' makes what follows
    private, and the recommendation printed under an item's title is not more of the title."""
    text = "\n".join(
        [
            "GLENMORROW COUNCIL",
            "NOTICE OF MEETING",
            "EDUCATION AND CHILDREN’S SERVICES COMMITTEE",
            "Date: Thursday 4 December 2025",
            "BUSINESS",
            "",
            "1. Declarations of Interest",
            "",
            "2. Minute of Meeting of the Education and Children’s Services Committee of 30 October 2025",
            "",
            "3. Exclusion of the Public",
            "It is recommended that the Committee resolve in terms of Section 50A(4) of the Local Government (Scotland)"
            " Act 1973 that the public be excluded from the meeting during consideration of the following item.",
            "",
            "ITEM WHICH THE COMMITTEE MAY WISH TO CONSIDER IN PRIVATE",
            "",
            "4. Residential Childcare Placements – Framework Contract Extension",
        ]
    )
    path = tmp_path / "notice.txt"
    path.write_text(text)
    parsed = parse_path(path)
    assert [s.kind for s in parsed.segments][:1] == ["agenda"]
    assert [(a.number, a.title, a.public) for a in parsed.agenda] == [
        ("1", "Declarations of Interest", True),
        ("2", "Minute of Meeting of the Education and Children’s Services Committee of 30 October 2025", True),
        ("3", "Exclusion of the Public", True),
        ("4", "Residential Childcare Placements – Framework Contract Extension", False),
    ]


def test_a_web_pages_link_to_an_appendix_starts_no_appendix(tmp_path):
    text = (
        "Agenda\n"
        "Children and Young People Scrutiny Committee, Tuesday 10 February 2026 10.00 am\n"
        "6. Children’s Services Improvement\n"
        "6a Ofsted Focused Visit: Action Plan Update PDF 318 KB\n"
        "To receive an update on the action plan.\n"
        "Additional documents:\n"
        "- Appendix 1 – Focused Visit Action Plan, item 6a PDF 264 KB\n"
        "6b Sufficiency Strategy 2026-2029 PDF 540 KB\n"
        "To comment on the draft Sufficiency Strategy.\n"
        "7. Work Programme 2025/26 PDF 156 KB\n"
    )
    path = tmp_path / "agenda.html"
    path.write_text(f"<html><body>{''.join(f'<p>{t}</p>' for t in text.splitlines())}</body></html>")
    assert [d.kind for d in parse_path(path).segments] == ["agenda"]


def test_a_logos_place_over_its_kind_of_council_opens_the_minutes_under_it(tmp_path):
    text = (
        "Eastmoor\n"
        "County Council\n"
        "Scrutiny Committee\n"
        "Minutes of the Meeting held on Wednesday 18 February 2026 at 10am in the Council Chamber, County Hall\n"
        "Present:\tCllr Fiona Ashworth (Chair), Cllr Graham Pendle\n"
        "1.\tApologies\n"
        "None.\n"
    )
    path = tmp_path / "minutes.txt"
    path.write_text(text)
    parsed = parse_path(path)
    assert [(s.kind, s.start.line) for s in parsed.segments] == [("minutes", 1)]
    assert (parsed.council, parsed.meeting.body) == ("Eastmoor County Council", "Scrutiny Committee")


def test_minutes_told_by_their_word_over_the_body_and_date_or_a_present_label_over_a_table(tmp_path):
    """'Minutes' over 'Health Scrutiny Committee' / 'Tuesday, 20 January 2026', and a 'Members Present:' label alone
    over a table of 'Cllr ...' cells: minutes, not a front sheet, though their numbered minutes open with
    apologies and declarations."""
    head = "Cotsford County Council\nMinutes\nHealth Scrutiny Committee\nTuesday, 20 January 2026\n"
    rest = (
        "Held at: Shire Hall, Glevum\nMembers Present:\nCllr Rosa Telling (Chair)\tCllr Piers Ashdown\n"
        "1. APOLOGIES\n1.1 Apologies were received from Cllr Gareth Pollitt.\n"
        "2. DECLARATIONS OF INTEREST\n2.1 None were made.\n3. WORK PLAN\nThe committee NOTED the work plan.\n"
    )
    for text in (head + rest, head.replace("Minutes\n", "") + rest):
        path = tmp_path / "minutes.txt"
        path.write_text(text, encoding="utf-8")
        assert "agenda" not in kinds(path)
        assert "minutes" in kinds(path)


def test_a_web_pages_link_to_the_agenda_and_minutes_does_not_make_the_minutes_an_agenda(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "Minutes:\nBrindleton Area Committee - Thursday, 15th January, 2026 6.00 pm\n- Agenda and minutes\n"
        "- Attendance details\nVenue: Brindleton Library\nPresent\nCouncillor Alison Pennington (Chair)\n"
        "1. Minutes\nThe minutes of the meeting held on 27 November 2025 were approved.\n"
        "2. Declarations of Interest\nNone.\n",
        encoding="utf-8",
    )
    assert kinds(path) == ["minutes"]


def test_a_councils_name_printed_over_two_lines_above_the_body_starts_the_minutes(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Tamarmouth\nCity Council\nCabinet\nMonday 9 March 2026\nPRESENT:\nCouncillor Penhallow, in the Chair.\n"
        "Councillors Ashworth, Carew and Rowse.\n1. Apologies\nNone.\n2. Declarations of Interest\nNone.\n",
        encoding="utf-8",
    )
    p = parse_path(path)
    assert [s.kind for s in p.segments] == ["minutes"]
    assert p.meeting.body == "Cabinet"


def test_a_cover_saying_when_and_where_then_the_agenda_under_a_running_header_is_one_front_sheet(tmp_path):
    """Norfolk's: a cover ('Cabinet' / 'Date:' / 'Time:' / 'Venue:' / 'Membership') over a page of advice, then
    'Cabinet' / '2 March 2026' / 'Agenda', the same two lines heading the next page as its running header."""
    advice = "".join(f"Advice for members of the public, paragraph {n}, about attending.\n" for n in range(20))
    path = tmp_path / "pack.txt"
    path.write_text(
        "Broadland Vale County Council\nCabinet\nDate:\tMonday 2 March 2026\nTime:\t10 am\n"
        "Venue:\tCouncil Chamber, County Hall\nMembership\nCllr Judith Rackham-Bell\tLeader\n"
        + advice
        + "Cabinet\n2 March 2026\nAgenda\n1. Apologies for Absence\n2. Minutes\n3. Declarations of Interest\n"
        "\f\nCabinet\n2 March 2026\n4. Budget Monitoring\nReport by the Executive Director of Finance\n"
        "5. Risk Management\n",
        encoding="utf-8",
    )
    p = parse_path(path)
    assert [s.kind for s in p.segments] == ["agenda"]
    assert [a.number for a in p.agenda] == ["1", "2", "3", "4", "5"]
    assert (p.meeting.body, p.meeting.date, p.meeting.time) == ("Cabinet", "2026-03-02", "10:00")


def test_a_sentence_about_an_appendix_in_the_minutes_starts_no_appendix(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(
        "EXECUTIVE BOARD\nWEDNESDAY, 18TH FEBRUARY, 2026\nPRESENT: Councillor J Lewis in the Chair\n"
        "Councillors L Nuttall and R Bentley\n104\tMINUTES\nRESOLVED – That the minutes be approved.\n"
        "108\tKIRKSTALL BRIDGE DEPOT\nThe Director submitted a report on the disposal.\n"
        "Appendix 3 to the report was designated as exempt from publication.\n"
        "RESOLVED – That the disposal be approved.\n109\tTRANSPORT STRATEGY\nRESOLVED – That the report be noted.\n",
        encoding="utf-8",
    )
    assert kinds(path) == ["minutes"]
