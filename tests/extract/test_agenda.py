"""Agenda items as a reader checks them: numbers, titles, page ranges, private items, sub-items."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_corpus import SAMPLES, corpus_file, sample_or_corpus

from minutebook.parse import parse_path


def flat(items, out=None):
    out = [] if out is None else out
    for a in items:
        out.append(a)
        flat(a.items, out)
    return out


def agenda_of(path: Path):
    return parse_path(path).agenda


def parse_text(tmp_path: Path, text: str):
    path = tmp_path / "front.txt"
    path.write_text(text)
    return parse_path(path)


def test_coventry_cabinet_items_pages_and_sub_items():
    items = agenda_of(sample_or_corpus("coventry-cabinet-2019-10-29.txt", "seeds/coventry-cabinet-2019-10-29.txt"))
    assert [a.number for a in items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [(a.number, a.title) for a in items[2].items] == [
        ("3(a)", "To agree the minutes from the meeting of Cabinet on 8th October 2019"),
        ("3(b)", "Matters arising"),
    ]
    assert (items[3].title, items[3].pages) == ("Youth Justice Plan", [11, 86])  # the "Report of ..." line is not title
    assert items[2].pages == [3, 10] and items[4].pages == [87, 140] and items[0].pages is None
    assert items[6].title.endswith("because of the special circumstances involved.")
    assert all(a.public for a in flat(items))  # "Private business: Nil"
    assert items[3].citation.line > items[2].citation.line


def test_full_council_private_item_and_dotted_sub_items():
    items = agenda_of(corpus_file("seeds/coventry-city-council-2022-10-18.txt"))
    assert len(items) == 16 and len(flat(items)) == 23
    assert [a.number for a in items[12].items] == ["13(a)", "13(b)", "13(c)", "13(d)", "13(e)"]
    assert [(a.number, a.title) for a in items[14].items] == [
        ("15.1", "To be moved by Councillor R Simpson and seconded by Councillor J Gardiner"),
        ("15.2", "To be moved by Councillor AS Khan and seconded by Councillor P Akhtar"),
    ]
    assert [a.number for a in flat(items) if not a.public] == ["16"]
    assert items[3].title == "Exclusion of the Press and Public" and items[3].public
    assert (items[15].title, items[15].pages) == ("Loan for Material Recycling Facility", [131, 184])


def test_warwickshire_bracketed_sub_items_own_line_pages_and_table_rows():
    items = agenda_of(
        sample_or_corpus("warwickshire-cyp-osc-2024-09-17.txt", "seeds/warwickshire-cyp-osc-2024-09-17.txt")
    )
    assert [a.number for a in items] == [str(n) for n in range(1, 10)]
    assert [(a.number, a.pages) for a in items[0].items] == [("1(1)", None), ("1(2)", None), ("1(3)", [5, 16])]
    assert items[0].pages is None
    assert [(a.title, a.pages) for a in items[4:8]] == [
        ("Council Delivery Plan and Performance Q1", [17, 40]),
        ("Childrens OSC Feedback report", [41, 64]),
        ("Youth Justice Plan", [65, 102]),
        ("Work Programme and items on the Forward Plan", [103, 106]),
    ]


def test_kent_front_sheet_wrapped_titles_and_page_ranges():
    items = agenda_of(SAMPLES / "kent_cabinet_2025-01-30_agenda_frontsheet.pdf")
    assert [a.number for a in items] == [str(n) for n in range(1, 10)]
    assert [a.pages for a in items] == [
        None,
        None,
        [1, 10],
        None,
        [11, 84],
        [85, 276],
        [277, 326],
        [327, 460],
        [461, 610],
    ]
    assert items[5].title.endswith("Draft Capital Programme 2025-35 and Treasury Management Strategy")
    assert items[6].title.endswith("to the Adult Social Care and Health Directorate")
    assert all(a.public for a in items)  # EXEMPT ITEMS: none at the time of publication
    assert all(a.citation.page == 1 for a in items)


def test_kent_summons_item_wrapped_over_two_lines():
    items = agenda_of(corpus_file("kent/kent_county_council_2025-01-09_agenda_frontsheet.pdf"))
    assert [a.title for a in items] == [
        "Apologies for Absence",
        "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda",
        "English Devolution White Paper",
    ]


def test_minutes_and_reports_alone_have_no_agenda():
    assert agenda_of(SAMPLES / "kent_cabinet_2025-01-30_printed_minutes.pdf") == []
    assert agenda_of(SAMPLES / "manordeilo-salem-community-council-minutes-2020-06-10.html") == []


def test_run_together_headings_and_exempt_section_of_an_unseen_house_style(tmp_path):
    text = (
        "Borsetshire District Council\n\nAGENDA\n\nPART 1 - PUBLIC ITEMS\n\n"
        "**1. Apologies****2. Declarations of Interest****3. Minutes** (Pages 3 - 8)\n"
        "4. Budget 2025/26 (Pages 9 -\n12)\n"
        "5(a) Planning application 24/0001\n\n"
        "PART 2 - EXEMPT ITEMS\n\n6. Land at Ambridge (Pages 13 - 20)\n"
    )
    items = flat(parse_text(tmp_path, text).agenda)
    assert [(a.number, a.title, a.pages, a.public) for a in items] == [
        ("1", "Apologies", None, True),
        ("2", "Declarations of Interest", None, True),
        ("3", "Minutes", [3, 8], True),
        ("4", "Budget 2025/26", [9, 12], True),
        ("5(a)", "Planning application 24/0001", None, True),
        ("6", "Land at Ambridge", [13, 20], False),
    ]


def test_tabbed_rows_with_a_page_column_and_indented_descriptions(tmp_path):
    text = (
        "Cabinet\n\nDate: Tuesday, 14 January 2025\n\nAGENDA\n\nItem\tTitle\tPages\n"
        "1.\tApologies for Absence\n2.\tDeclarations of Interest\n3.\tMinutes of the last meeting\t1 - 10\n"
        "4.\tBudget Monitoring Quarter 3\t11 - 30\n\tReport of the Director of Finance\n"
        "5.\tExclusion of the Press and Public\n\tTo resolve that the public be excluded\n\n"
        "PART II - EXEMPT INFORMATION\n\n6.\tSale of land at Mill Street\t31 - 40\n"
    )
    items = parse_text(tmp_path, text).agenda
    assert [(a.number, a.title, a.pages, a.public) for a in items] == [
        ("1", "Apologies for Absence", None, True),
        ("2", "Declarations of Interest", None, True),
        ("3", "Minutes of the last meeting", [1, 10], True),
        ("4", "Budget Monitoring Quarter 3", [11, 30], True),
        ("5", "Exclusion of the Press and Public", None, True),
        ("6", "Sale of land at Mill Street", [31, 40], False),
    ]


def test_markdown_table_with_number_column_and_number_on_its_own_line(tmp_path):
    text = (
        "**Planning Committee**\n\n**Date:** Wednesday, 12 March 2025\n\n**AGENDA**\n\n"
        "| Item | Title | Pages |\n|---|---|---|\n| 1. | Apologies for Absence | |\n"
        "| 2. | Declarations of Interest | |\n| 3. | Minutes of the previous meeting | 3 - 8 |\n"
        "| 3.1 | Matters arising | |\n| 4. | Planning applications | 9 - 40 |\n\n"
        "**PART B – EXEMPT ITEMS**\n\n5.\nLand at the old depot\n(Pages 41 - 50)\n"
    )
    items = flat(parse_text(tmp_path, text).agenda)
    assert [(a.number, a.title, a.pages, a.public) for a in items] == [
        ("1", "Apologies for Absence", None, True),
        ("2", "Declarations of Interest", None, True),
        ("3", "Minutes of the previous meeting", [3, 8], True),
        ("3.1", "Matters arising", None, True),
        ("4", "Planning applications", [9, 40], True),
        ("5", "Land at the old depot", [41, 50], False),
    ]


def test_bare_page_ranges_ending_item_lines_but_not_year_spans(tmp_path):
    text = (
        "Cabinet\n\nDate: Thursday, 6 March 2025\n\nAGENDA\nPART 1 – ITEMS CONSIDERED IN PUBLIC\n"
        "1 Apologies for Absence\nTo receive apologies.\n2 Declarations of Interest\n"
        "3 Minutes of the Previous Meeting 3 - 8\nTo confirm the minutes of the meeting held on 6 February 2025.\n"
        "4 Revenue Budget 2025 - 2026 9 - 40\nCabinet Member: Cllr A Smith\n5 Capital Strategy 2025 - 2030\n"
        "PART 2 – ITEMS CONSIDERED IN PRIVATE\n6 Property Matter 41 - 52\n"
    )
    items = parse_text(tmp_path, text).agenda
    assert [(a.number, a.title, a.pages, a.public) for a in items] == [
        ("1", "Apologies for Absence", None, True),
        ("2", "Declarations of Interest", None, True),
        ("3", "Minutes of the Previous Meeting", [3, 8], True),
        ("4", "Revenue Budget 2025 - 2026", [9, 40], True),
        ("5", "Capital Strategy 2025 - 2030", None, True),
        ("6", "Property Matter", [41, 52], False),
    ]


def test_capitals_house_style_with_ranges_under_items_and_a_private_agenda(tmp_path):
    text = (
        "BIRMINGHAM CITY COUNCIL\n\nCABINET\n\n"
        "TUESDAY, 14 JANUARY 2025 AT 10:00 HOURS IN COMMITTEE ROOMS 3 & 4, COUNCIL HOUSE, BIRMINGHAM\n\n"
        "A G E N D A\n\n1 NOTICE OF RECORDING/WEBCAST\n\nThe Chair to advise that this meeting will be webcast.\n\n"
        "2 APOLOGIES\n\n3 DECLARATIONS OF INTERESTS\n\n3 - 10\n\n"
        "4 FINANCIAL MONITORING 2024/25 QUARTER 2 AND REVENUE\nBUDGET UPDATE\n\n11 - 60\n\n"
        "PRIVATE AGENDA\n\n5 LAND DISPOSAL AT LONGBRIDGE\n"
    )
    parsed = parse_text(tmp_path, text)
    assert [(a.number, a.title, a.pages, a.public) for a in parsed.agenda] == [
        ("1", "NOTICE OF RECORDING/WEBCAST", None, True),
        ("2", "APOLOGIES", None, True),
        ("3", "DECLARATIONS OF INTERESTS", [3, 10], True),
        ("4", "FINANCIAL MONITORING 2024/25 QUARTER 2 AND REVENUE BUDGET UPDATE", [11, 60], True),
        ("5", "LAND DISPOSAL AT LONGBRIDGE", None, False),
    ]
    m = parsed.meeting
    assert (parsed.council, m.body, m.date, m.time) == ("Birmingham City Council", "Cabinet", "2025-01-14", "10:00")
    assert m.venue == "COMMITTEE ROOMS 3 & 4, COUNCIL HOUSE, BIRMINGHAM"


def test_markdown_headings_and_bold_numbers(tmp_path):
    text = (
        "Cabinet\n\nDate: 5 March 2025\n\n# Agenda\n\n### 1. Apologies\n\n**2.** Declarations of Interest\n\n"
        "**Item 3:** Minutes (Pages 1 - 4)\n\n**4. Budget** (Pages 5 - 9)\nReport of the Director\n\n"
        "Item 5\nLeisure review\n"
    )
    items = parse_text(tmp_path, text).agenda
    assert [(a.number, a.title, a.pages) for a in items] == [
        ("1", "Apologies", None),
        ("2", "Declarations of Interest", None),
        ("3", "Minutes", [1, 4]),
        ("4", "Budget", [5, 9]),
        ("5", "Leisure review", None),
    ]


def test_cmis_agenda_item_labels_and_a_likely_private_heading(tmp_path):
    text = (
        "Barset County Council\n\nLicensing Panel\n\nDate: Monday, 2 June 2025\n\nAGENDA\n\n"
        "Agenda Item 1   Apologies for Absence\nAgenda Item 2   Declarations of Interest\n"
        "Agenda Item 3\nTaxi Licensing Policy Review\n\n"
        "Items likely to be considered in private\n\nAgenda Item 4   Review of a Driver's Licence\n"
    )
    got = [(a.number, a.title, a.public) for a in parse_text(tmp_path, text).agenda]
    assert got == [
        ("1", "Apologies for Absence", True),
        ("2", "Declarations of Interest", True),
        ("3", "Taxi Licensing Policy Review", True),
        ("4", "Review of a Driver's Licence", False),
    ]


def test_part_a_and_part_b_headings(tmp_path):
    text = (
        "WESTBRIDGE CITY COUNCIL\n\nEXECUTIVE\n\nTUESDAY 8 JULY 2025 AT 2.00 PM\n\nPART A\n\n1. APOLOGIES\n"
        "2. MINUTES (Pages 1 - 6)\n\nPART B\n\n3. PROPERTY DISPOSAL (Pages 7 - 12)\n"
    )
    got = [(a.number, a.pages, a.public) for a in parse_text(tmp_path, text).agenda]
    assert got == [("1", None, True), ("2", [1, 6], True), ("3", [7, 12], False)]


def test_parish_agenda_numbered_by_year_and_sequence(tmp_path):
    text = (
        "LOWER WICK PARISH COUNCIL\n\nYou are hereby summoned to attend the meeting of Lower Wick Parish Council "
        "to be held in the Reading Room on Monday 9th June 2025 at 7.15pm.\n\nAGENDA\n\n"
        "25/061 To receive apologies for absence\n25/062 To receive declarations of interest\n"
        "25/063 To approve the minutes of the meeting held on 12th May 2025\n25/064 Highways: to note reports\n"
        "Date of next meeting: 14/07/2025\n"
    )
    got = [(a.number, a.title) for a in parse_text(tmp_path, text).agenda]
    assert got == [
        ("25/061", "To receive apologies for absence"),
        ("25/062", "To receive declarations of interest"),
        ("25/063", "To approve the minutes of the meeting held on 12th May 2025"),
        ("25/064", "Highways: to note reports"),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Private and Confidential",
        "Part Two",
        "Agenda Part B",
        "Matters for consideration in private",
        "The following item is likely to be considered in private",
        "EXEMPT INFORMATION",
    ],
)
def test_private_section_headings_of_other_house_styles(tmp_path, heading):
    text = (
        "Licensing Committee\n\nDate: Monday, 2 June 2025\n\nAGENDA\n\n1. Apologies for Absence\n"
        f"2. Minutes\n\n{heading}\n\n3. Review of a Premises Licence\n"
    )
    assert [(a.number, a.public) for a in parse_text(tmp_path, text).agenda] == [("1", True), ("2", True), ("3", False)]


def test_a_web_pages_file_badge_is_not_part_of_the_title(tmp_path):
    text = (
        "Agenda\n\nItems\nNo. Item\n\n1.\n\nApologies for absence\n\n"
        "2.\n\nBudget Monitoring Report pdf icon PDF 341 KB\n\n"
        "Additional documents:\n\n3.\n\nParking Review pdf icon\n\n"
    )
    titles = [a.title for a in flat(parse_text(tmp_path, text).agenda)]
    assert titles == ["Apologies for absence", "Budget Monitoring Report", "Parking Review"]


def test_a_web_pages_table_of_items_numbered_by_minute_and_its_minutes_points_are_not_sub_items(tmp_path):
    text = (
        "Agenda and minutes\n\nVenue: Guildhall\n\nItems\nNo. Item\n\n231.\n\nApologies\n\nMinutes:\n\n"
        "(a) The Chair welcomed everyone to the meeting.\n\n232.\n\nMinutes pdf icon PDF 50 KB\n\nMinutes:\n\n"
        "RESOLVED: That the minutes be approved.\n\n233.\n\nBudget Monitoring\n\nMinutes:\n\nNoted.\n"
    )
    items = parse_text(tmp_path, text).agenda
    expected = [("231", "Apologies"), ("232", "Minutes"), ("233", "Budget Monitoring")]
    assert [(a.number, a.title) for a in items] == expected
    assert all(a.items == [] for a in items)


def test_items_numbered_number_slash_year_on_lines_of_their_own_in_a_web_pages_table(tmp_path):
    text = (
        "Agenda, decisions and minutes\n\nItems\nNo. Item\n\n12/24\n\nApologies for Absence\n\n"
        "Minutes:\n\nNone.\n\n13/24\n\nMinutes of Previous Meeting: 4 March 2024 pdf icon PDF 300 KB\n\n"
        "14/24\n\nProcedural Matters\n"
    )
    items = parse_text(tmp_path, text).agenda
    assert [a.number for a in items] == ["12/24", "13/24", "14/24"]
    assert items[1].title == "Minutes of Previous Meeting: 4 March 2024"


def test_an_exempt_note_on_the_line_under_an_item_makes_it_private(tmp_path):
    text = (
        "Barset District Council\n\nLicensing Committee\n\nDate: 2 June 2025\n\nAGENDA\n\n"
        "1. Apologies\n\n2. Disposal of Land at Mill Lane (Pages 5 - 12)\n\n"
        "(Exempt - paragraph 3 of Part 1 of Schedule 12A)\n\n3. Street Trading Policy (Pages 13 - 20)\n"
    )
    items = {a.number: a for a in parse_text(tmp_path, text).agenda}
    assert [items[n].public for n in ("1", "2", "3")] == [True, False, True]
    assert items["2"].title == "Disposal of Land at Mill Lane"


def test_a_northern_ireland_summons_marks_restricted_items_by_their_schedule_paragraph(tmp_path):
    text = (
        "Lough Erne District Council\n\nMonthly Meeting of Council\n\nDate: 3 March 2026\n\nAGENDA\n"
        "1. Apologies\n"
        "2. Minutes of Committee Meetings\n"
        "(a) Corporate Policy and Resources Committee held on 19 February 2026 (including\n"
        "restricted items)\n"
        "3. Correspondence\n"
        "4. Tender Report – Leisure Centre Roof Replacement\n"
        "Schedule 6, paragraph 3 – information relating to the financial or business affairs of any\n"
        "particular person.\n"
    )
    items = {a.number: a for a in parse_text(tmp_path, text).agenda}
    assert [items[n].public for n in ("1", "2", "3", "4")] == [True, True, True, False]
    assert items["4"].title == "Tender Report – Leisure Centre Roof Replacement"


# a blank page in a paged file (its notice is taken off by the reader), or ModernGov's stamp for an item listed
@pytest.mark.parametrize("ending", ["\fThis page is intentionally left blank\n\f", "Agenda Item 2"])
def test_the_agenda_ends_where_the_papers_bound_behind_it_begin(tmp_path, ending):
    text = (
        "Barset District Council\n\nPlanning Committee\n\nDate: 2 June 2025\n\nAGENDA\n\n"
        "1. Apologies\n\n2. Minutes of the last meeting (Pages 3 - 6)\n\n3. Local Plan Review (Pages 7 - 20)\n\n"
        f"{ending}\n\nNotes of the site visit\n\n4. The group walked the site.\n\n"
        "5. Officers answered questions.\n\n(a) on access\n(b) on drainage\n"
    )
    assert [a.number for a in flat(parse_text(tmp_path, text).agenda)] == ["1", "2", "3"]


def test_an_agenda_item_number_printed_above_its_title_is_no_stamp(tmp_path):
    text = (
        "Barset District Council\n\nCabinet\n\nDate: 2 June 2025\n\nAGENDA\n\n"
        "Agenda Item 1\nApologies\n\nAgenda Item 2\nDeclarations of interest\n\nAgenda Item 3\nBudget Monitoring\n"
    )
    assert [a.number for a in parse_text(tmp_path, text).agenda] == ["1", "2", "3"]


def test_a_page_range_inside_a_bold_heading_is_read_and_left_off_the_title(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(
        "Glasfryn County Council\n\nAudit Committee\n\nMonday, 3 June 2024 at 2.00 pm\n\n**AGENDA**\n\n"
        "**1. Apologies for Absence**\n\n**2. Minutes (Pages 3 - 10)**\n\n"
        "**3. Treasury Management Review (Pages 11 - 24)**\n"
    )
    got = [(i.number, i.title, i.pages) for i in parse_path(path).agenda]
    assert got == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes", [3, 10]),
        ("3", "Treasury Management Review", [11, 24]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a list of options inside an item's minutes
        "Agenda and minutes\n\nNo. Item\n\nTo receive apologies for absence.\n\n"
        "The meeting was inquorate. The Chair now has two options:\n\n"
        "1.   Take the decisions alone.\n\n2.   Hold the meeting again.\n",
        # a list of minutes put to a body for confirming
        "Agenda\n\nMinutes of Former Panels\n\nMembers are asked to confirm these minutes as a correct record:\n\n"
        "1.   The minutes of the Parks Panel, 3 March 2023\n\n2.   The minutes of the Roads Panel, 9 March 2023\n",
        # a stand-alone report: its numbered paragraphs
        "Agenda Item No. 7\n\nWestbridge Scrutiny Committee: 4th May 2022\n\nReport of the Director of Place\n\n"
        "Purpose of the Report\n\n  1. To tell the Committee how the bins service did.\n\n"
        "  2. The measures we report on are these.\n",
    ],
)
def test_a_numbered_list_in_prose_or_a_report_is_not_an_agenda(tmp_path, text):
    assert parse_text(tmp_path, text).agenda == []


def test_a_list_under_an_agenda_lead_in_is_still_the_agenda(tmp_path):
    text = "Westbridge Parish Council\n\nAgenda\n\nBusiness:\n\n1. Apologies for absence\n\n2. Minutes\n"
    assert [a.title for a in parse_text(tmp_path, text).agenda] == ["Apologies for absence", "Minutes"]


def test_an_agenda_as_a_table_takes_its_titles_from_the_title_column(tmp_path):
    """'Item | Title | Lead Member | Pages': the lead member is not part of the title, nor is the key
    decision's marker or a description printed in the same cell."""
    parsed = parse_text(
        tmp_path,
        "Calderwick Metropolitan Borough Council\nCabinet\nDate:\tTuesday, 19 November 2024\n\n"
        "Item\tTitle\tLead Member\tPages\n"
        "1\tApologies for Absence\n"
        "2\tMinutes of the meeting held on 22 October 2024 To approve the minutes as a correct record.\t"
        "Leader of the Council\t3 - 10\n"
        "3\tTown Centre Regeneration Framework KEY DECISION – FP/24/071\tCouncillor Ian Treloar\t11 - 46\n"
        "4\tExclusion of the Press and Public To resolve that the press and public be excluded.\n",
    )
    assert [(a.number, a.title, a.pages) for a in parsed.agenda] == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes of the meeting held on 22 October 2024", [3, 10]),
        ("3", "Town Centre Regeneration Framework", [11, 46]),
        ("4", "Exclusion of the Press and Public", None),
    ]


def test_a_title_cell_naming_whose_report_it_is_after_the_title(tmp_path):
    """CMIS's 'Subject' cell: the title, its key decision marker, then 'Report of the ...' in one run of text."""
    parsed = parse_text(
        tmp_path,
        "Hartmoor County Council\nCabinet\nDate:\tThursday, 12 February 2026\n\n"
        "Item No.\tSubject\tLead Member\tPage No.\n"
        "1.\tApologies for Absence\n"
        "2.\tDeclarations of Interest\n"
        "5.\tRevenue Budget 2026/27 (Key Decision) Report of the Executive Director of Resources.\tCllr J Oakes\t"
        "15 - 62\n"
        "6.\tLocal Transport Plan – Adoption (Key Decision) Report of the Executive Director of Place.\t"
        "Cllr A Penn\t63 - 98\n",
    )
    assert [(a.number, a.title, a.pages) for a in parsed.agenda][2:] == [
        ("5", "Revenue Budget 2026/27", [15, 62]),
        ("6", "Local Transport Plan – Adoption", [63, 98]),
    ]


def test_sub_items_in_a_tabbed_agenda_keep_their_page_ranges(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Kestleigh Fire and Rescue Authority\nDate: Friday 13 December 2024\n\nAGENDA\n"
        "5.\tQuestions from Members of the Public\n"
        "6.\tFinance Reports\n"
        "6.1\tRevenue and Capital Budget Monitoring 2024/25\t(Pages 15 - 28)\n"
        "6.2\tMedium Term Financial Plan 2025/26 to 2028/29\t(Pages 29 - 46)\n"
        "7.\tCommunity Risk Management Plan\t(Pages 47 - 86)\n",
    )
    subs = {a.number: a.pages for a in flat(parsed.agenda)}
    assert subs["6.1"] == [15, 28] and subs["6.2"] == [29, 46] and subs["7"] == [47, 86]


def test_what_an_item_is_for_under_its_title_is_not_part_of_the_title(tmp_path):
    p = parse_text(
        tmp_path,
        "Tollmere Council\nCabinet\nDate:\tWednesday, 16th July, 2025\nAGENDA\n"
        "1. Apologies for Absence\n"
        "4. Questions from Members of the Public\n"
        "To answer any questions submitted in accordance with Cabinet Procedure Rule 9.\n"
        "5. Youth Justice Plan 2025/26\n"
        "(Pages 4 - 8)\n",
    )
    assert [(i.number, i.title) for i in p.agenda] == [
        ("1", "Apologies for Absence"),
        ("4", "Questions from Members of the Public"),
        ("5", "Youth Justice Plan 2025/26"),
    ]


def test_a_line_in_ordinary_case_under_a_title_in_capitals_is_not_part_of_it(tmp_path):
    p = parse_text(
        tmp_path,
        "MARLVALE COUNTY COUNCIL\nCABINET\nThursday, 9 October 2025\nAGENDA\n"
        " 1.    APOLOGIES FOR ABSENCE\n"
        "\n"
        " 2.    WORK PROGRAMME 2025/26                                                  29 - 30\n"
        "\n"
        " 3.    DATE OF NEXT MEETING\n"
        "       Thursday, 20 November 2025 at 10.00 a.m.\n",
    )
    titles = [(i.number, i.title) for i in p.agenda]
    assert titles == [("1", "APOLOGIES FOR ABSENCE"), ("2", "WORK PROGRAMME 2025/26"), ("3", "DATE OF NEXT MEETING")]


def test_items_numbered_by_section_letter_with_long_titles_and_a_motion_to_exclude(tmp_path):
    p = parse_text(
        tmp_path,
        "AGENDA\nPLANNING APPLICATIONS COMMITTEE\nWednesday, 12th February, 2025, at 10.00 am\n"
        "UNRESTRICTED ITEMS\n"
        "A - COMMITTEE BUSINESS\n"
        "A1\tSubstitutes\n"
        "A2\tMinutes - 15 January 2025 (Pages 1 - 8)\n"
        "C - MINERALS AND WASTE DISPOSAL\n"
        "C1\tApplication SW/24/502118 - Change of use of a yard to a waste transfer station, together with\n"
        "the erection of a 6 metre high acoustic fence at Unit 4, Ridham Dock Road, Iwade,\n"
        "Sittingbourne; Applicant: Swale Skip Hire Ltd (Pages 73 - 120)\n"
        "EXEMPT ITEMS\n"
        "E1\tMotion to Exclude the Press and Public\n"
        "That under Section 100A of the Local Government Act 1972 the public be excluded.\n",
    )
    assert [(i.number, i.pages, i.public) for i in p.agenda] == [
        ("A1", None, True),
        ("A2", [1, 8], True),
        ("C1", [73, 120], True),
        ("E1", None, False),
    ]
    assert p.agenda[2].title.endswith("Iwade, Sittingbourne; Applicant: Swale Skip Hire Ltd")
    assert p.agenda[3].title == "Motion to Exclude the Press and Public"


def test_a_title_ending_in_its_documents_link_is_whole(tmp_path):
    p = parse_text(
        tmp_path,
        "Ashvale District Council\nPlanning Committee - Wednesday, 17th April, 2024 6.30 pm\nAgenda\n"
        "1. Apologies for Absence\n"
        "2. 23/01876/FUL - Land North of Sandpit Lane, Elmstead Green PDF 1 MB\n"
        "Erection of 64 dwellings with associated access\n"
        "3. Planning Appeals Update PDF 96 KB\n",
    )
    assert [i.title for i in p.agenda] == [
        "Apologies for Absence",
        "23/01876/FUL - Land North of Sandpit Lane, Elmstead Green",
        "Planning Appeals Update",
    ]


def test_lettered_sub_items_in_a_table_under_an_item_with_no_paper(tmp_path):
    """'4 | Internal Audit and Counter Fraud | Head of Audit |' over '4a | ... | 7 - 9' and '4b | ... | 10 - 21':
    4a and 4b are the parts of item 4, which has no paper of its own."""
    text = (
        "AUDIT AND GOVERNANCE COMMITTEE\nDate: Wednesday, 3 December 2025\n\nAGENDA\n"
        "No.\tItem\tLead officer\tPages\n"
        "3\tMinutes of the Previous Meeting\tDemocratic Services Officer\t4 - 6\n"
        "4\tInternal Audit and Counter Fraud\tHead of Audit Partnership\n"
        "4a\tInternal Audit Progress Report 2025/26\tHead of Audit Partnership\t7 - 9\n"
        "4b\tCounter Fraud Strategy – Annual Review\tHead of Audit Partnership\t10 - 21\n"
        "5\tTreasury Management Mid-Year Review\tDirector of Finance\t22 - 33\n"
    )
    agenda = parse_text(tmp_path, text).agenda
    assert [(a.number, a.pages) for a in agenda] == [("3", [4, 6]), ("4", None), ("5", [22, 33])]
    assert [(s.number, s.title, s.pages) for s in agenda[1].items] == [
        ("4a", "Internal Audit Progress Report 2025/26", [7, 9]),
        ("4b", "Counter Fraud Strategy – Annual Review", [10, 21]),
    ]


def test_a_title_broken_after_a_dash_goes_on_on_the_indented_line_with_its_pages(tmp_path):
    text = (
        "SCRUTINY COMMITTEE\nDate: Thursday, 2 October 2025\n\nAGENDA\n\n"
        "5.\tYouth Justice Service – Annual Performance Update (Pages 7 - 12)\n\tReport of the Director\n\n"
        "6.\tElective Home Education and Children Missing Education –\n\tAnnual Report 2024/25 (Pages 13 - 16)\n"
        "\tReport of the Director of Education and Skills\n\n7.\tWork Programme 2025/26 (Pages 17 - 18)\n"
    )
    agenda = parse_text(tmp_path, text).agenda
    assert [(a.number, a.title, a.pages) for a in agenda] == [
        ("5", "Youth Justice Service – Annual Performance Update", [7, 12]),
        ("6", "Elective Home Education and Children Missing Education – Annual Report 2024/25", [13, 16]),
        ("7", "Work Programme 2025/26", [17, 18]),
    ]


def test_a_short_title_in_layout_text_over_its_description(tmp_path):
    text = (
        "CABINET\nDate: Tuesday 16 September 2025\n\nAGENDA\n\n"
        "      4.     Public Questions and Deputations\n"
        "             Questions and requests to present a deputation must reach Governance\n"
        "             Services by 12 noon on Thursday 11 September 2025.\n\n"
        "      5.     Youth Justice Plan 2025/26                                               9 - 18\n"
    )
    agenda = parse_text(tmp_path, text).agenda
    assert [(a.number, a.title) for a in agenda] == [
        ("4", "Public Questions and Deputations"),
        ("5", "Youth Justice Plan 2025/26"),
    ]


def test_a_single_page_in_an_agendas_page_column(tmp_path):
    text = (
        "Scrutiny Committee\n\nDate: Tuesday, 8 July 2025\n\nAGENDA\n\n"
        "3. Minutes of the Previous Meeting\tPages 3 - 4\n6. Work Programme 2025/26\tPage 11\n"
    )
    items = parse_text(tmp_path, text).agenda
    assert [(a.number, a.pages) for a in items] == [("3", [3, 4]), ("6", [11, 11])]


def test_a_council_summons_questions_motions_and_recommendations(tmp_path):
    text = (
        "Harnwick District Council\nCouncil\nDate: Wednesday 10 December 2025\n"
        "AGENDA\n1.\tApologies for absence\n2.\tMinutes\n3.\tDeclarations of interest\n"
        "4.\tFrom Councillor Desmond Okafor to the Leader of the Council:\n"
        "“In March 2025 the Cabinet agreed to sell the former Bridge Street car park for housing. What progress\n"
        "has been made with the sale?”\n"
        "5.\tMedium Term Financial Strategy (Pages 3 - 28)\n"
        "Cabinet (minute CAB.58) RECOMMENDS that Council:\n(a) approves the Strategy at Appendix A;\n"
        "(b) notes the forecast budget gap; and\n"
        "6.\tRural Bus Services\n"
        "Proposed by Councillor Helen Ashdown, Seconded by Councillor Peter Kinsella\n"
        "“This Council notes that the 47 bus service was withdrawn.”\n"
    )
    titles = {a.number: a.title for a in flat(parse_text(tmp_path, text).agenda)}
    assert titles["4"] == "From Councillor Desmond Okafor to the Leader of the Council"  # not the question too
    assert titles["6"] == "Rural Bus Services"  # not its movers
    assert titles["5"] == "Medium Term Financial Strategy" and "5(a)" not in titles  # the recommendation's points


def test_a_summons_under_a_masthead_printing_the_councils_name_over_two_lines(tmp_path):
    text = (
        "Harnwick\nDISTRICT COUNCIL\nTo: The Chairman and Members of Harnwick District Council\n"
        "You are hereby summoned to attend a meeting of the Council to be held in the Council Chamber, Civic "
        "Offices, Harnwick on Wednesday 10 December 2025 at 7.00 pm.\n"
        "AGENDA\n1.\tApologies for absence\n2.\tMinutes\n3.\tDeclarations of interest\n"
    )
    doc = parse_text(tmp_path, text)
    assert (doc.council, doc.meeting.body) == ("Harnwick District Council", "Council")


def test_a_parish_agenda_with_a_paper_column_sub_item_descriptions_and_an_exclusion(tmp_path):
    """'26/003<TAB>To approve the minutes ...<TAB>A': the paper's letter (or a dash) is no part of the title;
    the line under a row describes it unless it goes on in lower case; a short sub-item line is whole, its
    description under it; a resolution 'to exclude the press and public for the following item' makes the
    item after it private. The Clerk's signature line and date are not the meeting."""
    text = "\n".join(
        [
            "Ashcombe Magna Parish Council",
            "To: All Members of the Council",
            "You are hereby summoned to attend the meeting of Ashcombe Magna Parish Council to be held in the",
            "Village Hall, Church Street, Ashcombe Magna on Monday 12 January 2026 at 7.30 pm for the purpose of",
            "transacting the following business.",
            "Clerk to the Council, 5 January 2026",
            "AGENDA",
            "26/001\tTo receive apologies for absence\t–",
            "26/002\tTo receive declarations of interest and consider requests for dispensations\t–",
            "Members are reminded of their duty under the Localism Act 2011 to declare any interest.",
            "26/003\tTo consider the following planning applications:\t–",
            "(a) 25/03121/HOU – 14 Church Street, Ashcombe Magna",
            "Single-storey rear extension and replacement detached garage",
            "(b) 25/03188/FUL – Land adjacent to Fernleigh, Back Lane, Ashcombe Magna, Little Ashcombe",
            "Erection of one detached dwelling with new vehicular access and parking at the rear of the site",
            "26/004\tTo consider a request from the Village Hall Management Committee for a grant\tE",
            "of £750 towards roof repairs",
            "26/005\tTo resolve, under the Public Bodies (Admission to Meetings) Act 1960, to exclude\t–",
            "the press and public for the following item:",
            "26/006\tStaffing matters – Clerk’s salary review\tG",
        ]
    )
    path = tmp_path / "agenda.txt"
    path.write_text(text)
    p = parse_path(path)
    assert (p.meeting.date, p.meeting.time) == ("2026-01-12", "19:30")
    got = [(a.number, a.title, a.public) for a in p.agenda]
    assert got == [
        ("26/001", "To receive apologies for absence", True),
        ("26/002", "To receive declarations of interest and consider requests for dispensations", True),
        ("26/003", "To consider the following planning applications", True),
        (
            "26/004",
            "To consider a request from the Village Hall Management Committee for a grant of £750 towards roof repairs",
            True,
        ),
        (
            "26/005",
            "To resolve, under the Public Bodies (Admission to Meetings) Act 1960, to exclude the press and"
            " public for the following item",
            True,
        ),
        ("26/006", "Staffing matters – Clerk’s salary review", False),
    ]
    assert [s.title for s in p.agenda[2].items][0] == "25/03121/HOU – 14 Church Street, Ashcombe Magna"


def test_a_northern_ireland_agenda_with_papers_for_adoption_and_items_in_committee(tmp_path):
    text = "\n".join(
        [
            "You are hereby summoned to attend the monthly meeting of Lisnaharra and Glenmoyle Borough Council which"
            " will be held in the Council Chamber, Civic Centre on Monday, 2 February 2026 at 7.00 pm.",
            "AGENDA",
            "1.\tApologies",
            "2.\tMinutes of Council Meeting held on 5 January 2026 (copy herewith)",
            "(a) Planning Committee – 8 January 2026\tfor adoption",
            "(b) Leisure and Community Development Committee – 15 January\tfor adoption",
            "2026",
            "Minute LCD 07/26 (Glenmoyle Greenway Phase 2) was deferred to Council by the Committee.",
            "3.\tSeal Documents (schedule herewith)",
            "‘IN COMMITTEE’",
            "4.\tTender Report – Leisure Centre Refurbishment (copy herewith)",
        ]
    )
    path = tmp_path / "ni.txt"
    path.write_text(text)
    items = parse_path(path).agenda
    assert [(a.number, a.title, a.public) for a in items] == [
        ("1", "Apologies", True),
        ("2", "Minutes of Council Meeting held on 5 January 2026", True),
        ("3", "Seal Documents", True),
        ("4", "Tender Report – Leisure Centre Refurbishment", False),
    ]
    assert [s.title for s in items[1].items] == [
        "Planning Committee – 8 January 2026",
        "Leisure and Community Development Committee – 15 January 2026",
    ]


def test_a_planning_agenda_whose_applications_are_rows_of_a_table(tmp_path):
    """'Item | Application No. | Site address and proposal | Ward | Recommendation | Page': each row a sub-item
    titled by its reference and site (not its ward or recommendation), its page from the Page column; a sentence
    going on 'item 6.2 will take place ...' is no item. 'Venue<TAB>Council Chamber, ...' names no council."""
    text = "\n".join(
        [
            "Wyndham\tAgenda front sheet",
            "DISTRICT COUNCIL\tOpen to the public",
            "Planning Committee",
            "Date\tWednesday 28 January 2026",
            "Venue\tCouncil Chamber, Wyndham House, Station Road, Ashby Wyndham",
            "AGENDA",
            "5.\tPlanning Applications – Reports of the Head of Planning",
            "6.\tPlanning Applications",
            "Item\tApplication No.\tSite address and proposal\tWard\tRecommendation\tPage",
            "6.1\t25/01187/FUL\tLand north of Mill Lane, Ashcombe Erection of 24 dwellings\tAshcombe\tGrant\t13",
            "6.2\t25/01342/OUT\tFormer Brickworks, Kiln Road, Hatherden Outline application for up to 60 dwellings and"
            " a community building, with a new access from Kiln Road\tHatherden\tRefuse\t23",
            "Applications may be taken in a different order. Members are reminded that a site visit to",
            "item 6.2 will take place on Monday 26 January 2026 at 10.00 am.",
            "7.\tPlanning Appeals Decisions (Pages 61 - 64)",
        ]
    )
    path = tmp_path / "planning.txt"
    path.write_text(text)
    p = parse_path(path)
    assert p.council == "Wyndham District Council"
    six = next(a for a in p.agenda if a.number == "6")
    assert [(s.number, s.title, s.pages) for s in six.items] == [
        ("6.1", "25/01187/FUL – Land north of Mill Lane, Ashcombe Erection of 24 dwellings", [13, 13]),
        (
            "6.2",
            "25/01342/OUT – Former Brickworks, Kiln Road, Hatherden Outline application for up to 60 dwellings and a"
            " community building, with a new access from Kiln Road",
            [23, 23],
        ),
    ]
    assert [a.number for a in p.agenda] == ["5", "6", "7"]


def test_a_parish_summons_signed_and_dated_over_year_numbered_items_with_dotted_sub_items(tmp_path):
    text = (
        "HIGH WICK PARISH COUNCIL\n"
        "Members of the Council are hereby summoned to attend the meeting of High Wick Parish Council to be held in "
        "the Village Hall on Monday 9 February 2026 at 7.30 pm.\n"
        "L. Brampton\nLorna Brampton, Clerk to the Council\n3 February 2026\n"
        "AGENDA\n"
        "26/01\tTo receive apologies for absence\n"
        "26/02\tPlanning\n"
        "26/02.1\tTo consider application 26/00088/HOU – 2 Pound Lane\n"
        "26/02.2\tTo note decisions notified by the District Council\n"
        "26/03\tTo confirm the date of the next meeting: Monday 9 March 2026 at 7.30 pm\n"
        "Any member unable to attend should send apologies to the Clerk before the meeting. Papers for items 26/02\n"
        "are available from the Clerk.\n"
    )
    agenda = parse_text(tmp_path, text).agenda
    assert [(a.number, a.title) for a in agenda] == [
        ("26/01", "To receive apologies for absence"),
        ("26/02", "Planning"),
        ("26/03", "To confirm the date of the next meeting: Monday 9 March 2026 at 7.30 pm"),
    ]
    assert [s.number for s in agenda[1].items] == ["26/02.1", "26/02.2"]


def test_a_wide_agenda_table_whose_subject_cells_hold_a_title_over_a_summary(tmp_path):
    text = (
        "Aldmere Council\nCabinet\nWednesday, 14 January 2026 at 2.00 pm\nCouncil Chamber, Guildhall\nAGENDA\n"
        "No.\tSubject\tLead Member\tWards affected\tKey decision\tPages\n"
        "1\tApologies for Absence To receive any apologies for absence from members.\t–\t–\tNo\t–\n"
        "2\tPublic Questions Questions received by 12 noon on Friday, 9 January 2026.\tCllr R Fair\t–\tNo\t–\n"
        "3\tBudget Proposals 2026/27 Items 3a and 3b will be presented together.\tCllr O Pritt\tAll\t–\n"
        "3a\tDraft Revenue Budget 2026/27 to 2029/30 A net revenue budget of £274.6m and a rise of 4.99%.\t"
        "Cllr O Pritt\tAll\tYes – KD/2025/94\t79 - 126\n"
        "4\tFerrers Road Depot – Disposal of Land Exempt – paragraph 3. Terms for the sale of 2.3 hectares.\t"
        "Cllr D Ash\tFerrers; Northgate\tYes – KD/2025/102\t197 - 210\n"
    )
    agenda = parse_text(tmp_path, text).agenda
    assert [(a.number, a.title) for a in agenda] == [
        ("1", "Apologies for Absence"),
        ("2", "Public Questions"),
        ("3", "Budget Proposals 2026/27"),
        ("4", "Ferrers Road Depot – Disposal of Land"),
    ]
    assert [(s.number, s.title, s.pages) for s in agenda[2].items] == [
        ("3a", "Draft Revenue Budget 2026/27 to 2029/30", [79, 126])
    ]


def test_a_range_in_the_right_hand_cell_of_the_line_under_a_title_broken_on_a_joining_word(tmp_path):
    text = (
        "NOTICE OF MEETING\nLicensing Committee\nMonday, 16 February 2026 at 10.00 am\nAGENDA\n"
        "1.\tApologies for Absence\n"
        "2.\tStreet Trading – Proposed Designation of Consent Streets in\n"
        "Scarthorpe Town Centre\n"
        "Report of the Director of Place\t(Pages 51 - 68)\n"
        "To consider the outcome of the statutory notice.\n"
    )
    agenda = parse_text(tmp_path, text).agenda
    assert [(a.number, a.title, a.pages) for a in agenda] == [
        ("1", "Apologies for Absence", None),
        ("2", "Street Trading – Proposed Designation of Consent Streets in Scarthorpe Town Centre", [51, 68]),
    ]


def test_a_sentence_about_an_item_under_another_is_not_that_item(tmp_path):
    text = (
        "CABINET\nTuesday, 16 December 2025 at 7.00 pm\nAGENDA\n"
        "1.\tAPOLOGIES FOR ABSENCE\n"
        "2.\tEXCLUSION OF THE PRESS AND PUBLIC\n"
        "\tItem 3 is likely to be subject to a motion to exclude the press and public.\n"
        "3.\tDEPOT – SURRENDER OF LEASE\n"
    )
    agenda = parse_text(tmp_path, text).agenda
    assert [(a.number, a.title) for a in agenda] == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "EXCLUSION OF THE PRESS AND PUBLIC"),
        ("3", "DEPOT – SURRENDER OF LEASE"),
    ]


def test_a_web_pages_sub_items_numbered_with_a_letter_and_a_space(tmp_path):
    text = (
        "Borsetshire District Council\n\nAGENDA\n\n"
        "5. Youth Justice Plan 2025-26 PDF 412 KB\nReport of the Director.\n"
        "6. Children’s Services Improvement\n"
        "6a Ofsted Focused Visit: Action Plan Update PDF 318 KB\nTo receive an update.\n"
        "6b Sufficiency Strategy 2026-2029 PDF 540 KB\nTo comment on the strategy.\n"
        "7. Work Programme 2025/26\n"
    )
    numbers = [a.number for a in flat(parse_text(tmp_path, text).agenda)]
    assert numbers == ["5", "6", "6a", "6b", "7"]


def test_a_contents_list_with_dot_leaders_gives_each_item_its_pages(tmp_path):
    text = (
        "HOLMSTEAD\tMarket Street\n"
        "HB1 2XY\n"
        "DISTRICT COUNCIL\n"
        "You are summoned to attend a meeting of the CABINET to be held in the Council Chamber, Holmstead House,\n"
        "Holmstead on Wednesday, 15 April 2026 at 6.00 pm.\n"
        "AGENDA\n"
        "1. Apologies for Absence..........................................................\n"
        "2. Minutes of the meeting held on 11 March 2026...............................5 - 12\n"
        "3. Holmstead Town Centre Masterplan Supplementary Planning Document –\n"
        "Adoption Following Public Consultation.......................................13 - 60\n"
        "4. Fees and Charges 2026/27.......................................................61 - 74\n"
    )
    parsed = parse_text(tmp_path, text)
    assert [(i.number, i.title, i.pages) for i in parsed.agenda] == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes of the meeting held on 11 March 2026", [5, 12]),
        (
            "3",
            "Holmstead Town Centre Masterplan Supplementary Planning Document – Adoption Following Public Consultation",
            [13, 60],
        ),
        ("4", "Fees and Charges 2026/27", [61, 74]),
    ]
    assert parsed.meeting.body == "Cabinet"


def test_a_supplementary_agenda_lists_the_items_that_were_to_follow_whatever_their_numbers(tmp_path):
    text = (
        "LONDON BOROUGH OF ASHGROVE\n"
        "CABINET\n"
        "SUPPLEMENTARY AGENDA\n"
        "Tuesday 24 March 2026 at 7.00 pm\n"
        "Committee Rooms 1 and 2, Ashgrove Civic Centre\n"
        "The following papers were marked “to follow” on the main agenda and are now available:\n"
        "Item\tTitle\tPages\n"
        "6\tHousing Revenue Account Business Plan – Appendix C\t3 - 4\n"
        "9\tLocal Plan Review – Consultation Responses Key decision – Forward Plan reference KD/2026/014\t5\n"
        "11\tRevenue Budget Monitoring 2025/26 – Quarter 3\t6\n"
        "Agenda Item 6\n"
        "1. Summary of the proposal\n"
        "The Business Plan sets out how the Council will manage its homes.\n"
    )
    path = tmp_path / "supplement.txt"
    path.write_text(text)
    parsed = parse_path(path)
    assert (parsed.meeting.body, parsed.meeting.date, parsed.meeting.time) == ("Cabinet", "2026-03-24", "19:00")
    assert [(a.number, a.title, a.pages) for a in parsed.agenda] == [
        ("6", "Housing Revenue Account Business Plan – Appendix C", [3, 4]),
        ("9", "Local Plan Review – Consultation Responses", [5, 5]),
        ("11", "Revenue Budget Monitoring 2025/26 – Quarter 3", [6, 6]),
    ]


def test_dot_leaders_a_single_page_and_a_title_wrapped_before_its_leader(tmp_path: Path):
    doc = parse_text(
        tmp_path,
        "Thornbury District Council\n"
        "You are summoned to attend a meeting of the Licensing Committee to be held on Wednesday, "
        "18 March 2026 at 6.30 pm.\n"
        "AGENDA\n"
        "1. Apologies for Absence.............................................\n"
        "To receive apologies for absence.\n"
        "2. Minutes of the meeting held on 21 January 2026.........................5 - 12\n"
        "3. Street Trading – Designation of Additional Consent Streets in Thornbury Town\n"
        "Centre Following Public Consultation..............................13 - 30\n"
        "To consider the responses to the notice of intention to designate.\n"
        "4. Committee Work Programme 2026/27...........................................31\n",
    )
    got = [(i.number, i.title, i.pages) for i in doc.agenda]
    assert got == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes of the meeting held on 21 January 2026", [5, 12]),
        (
            "3",
            "Street Trading – Designation of Additional Consent Streets in Thornbury Town Centre Following Public "
            "Consultation",
            [13, 30],
        ),
        ("4", "Committee Work Programme 2026/27", [31, 31]),
    ]


def test_a_supplements_items_listed_by_their_agenda_numbers_with_titles_wrapped_before_their_pages(tmp_path: Path):
    doc = parse_text(
        tmp_path,
        "AGENDA\n"
        "ADULT SOCIAL CARE CABINET COMMITTEE - THURSDAY, 12 MARCH 2026\n"
        "Please find enclosed a supplement to the agenda for the meeting of the Adult Social Care Cabinet "
        "Committee to be held on Thursday, 12th March, 2026, at 2.00 pm.\n"
        "Agenda Item No\n"
        "7\t26/00021 - Proposed Revision of Rates Payable and Charges Levied by Kent\n"
        "County Council for Adult Social Care Services 2026-27 (Pages 45 - 46)\n"
        "9\t26/00026 - Drug and Alcohol Treatment and Recovery Services – Contract\n"
        "Extension (Pages 47 - 48)\n"
        "Yours sincerely\n",
    )
    assert [(i.number, i.title, i.pages) for i in doc.agenda] == [
        (
            "7",
            "26/00021 - Proposed Revision of Rates Payable and Charges Levied by Kent County Council for Adult "
            "Social Care Services 2026-27",
            [45, 46],
        ),
        ("9", "26/00026 - Drug and Alcohol Treatment and Recovery Services – Contract Extension", [47, 48]),
    ]


def test_bulleted_points_under_an_item_are_not_its_title(tmp_path):
    p = parse_text(
        tmp_path,
        "ASH COMMUNITY COUNCIL\nDear Councillor,\nYou are summoned to attend the monthly meeting of Ash Community "
        "Council to be held in the Village Hall, Ash on Wednesday, 11 March 2026 at 7.00pm.\nAGENDA\n1. Apologies\n"
        "2. Matters arising from the minutes\n– Faulty street light near Bethania Chapel – reply from the County\n"
        "– Dog fouling on the river path\n3. Correspondence\n– One Voice Wales – training\n"
        "4. Date of the next meeting\n",
    )
    assert [(a.number, a.title) for a in p.agenda] == [
        ("1", "Apologies"),
        ("2", "Matters arising from the minutes"),
        ("3", "Correspondence"),
        ("4", "Date of the next meeting"),
    ]


def test_a_planning_update_sheet_takes_up_items_under_headings_of_their_own(tmp_path):
    text = (
        "MARBECK DISTRICT COUNCIL\nPlanning Committee – 11 March 2026\n"
        "Update Sheet: Late Representations and Amendments\n"
        "This sheet reports representations received since the agenda was published.\n"
        "Item 5 – 25/01452/FUL – Land at Orchard Farm, Mill Road, Hensby\n"
        "Erection of 46 dwellings with new vehicular access from Mill Road.\n"
        "Additional representations:\nSeven further letters have been received.\n"
        "Item 7 – 25/01590/OUT – Former Cattle Market, Sallowfield – WITHDRAWN\nby the applicant\n"
        "Item 8 – 25/01633/FUL – Barn at Dunsby Grange, Upper Dunsby\nRecommendation: No change.\n"
    )
    p = parse_text(tmp_path, text)
    assert (p.meeting.body, p.meeting.date) == ("Planning Committee", "2026-03-11")
    assert [(i.number, i.title) for i in p.agenda] == [
        ("5", "25/01452/FUL – Land at Orchard Farm, Mill Road, Hensby"),
        ("7", "25/01590/OUT – Former Cattle Market, Sallowfield"),
        ("8", "25/01633/FUL – Barn at Dunsby Grange, Upper Dunsby"),
    ]


def test_a_summons_recommendations_lettered_under_an_item_are_not_sub_items(tmp_path):
    text = (
        "BRANTWICK\tChief Executive: Helen Marsh\nTown Hall\nBOROUGH COUNCIL\tMarket Place\n"
        "You are hereby summoned to attend the Annual Meeting of the Council to be held in the Council Chamber, "
        "Town Hall, Brantwick on Wednesday 20 May 2026 at 11.00 am.\n"
        "AGENDA\n1. Election of Mayor\n2. Apologies for absence\n3. Calendar of meetings 2026/27\n"
        "Recommended:\n(a) That the calendar of meetings for 2026/27 be approved.\n"
        "(b) That Mr Graham Tillotson be re-appointed as the Independent Member.\n"
        "4. Scheme of delegation\n"
    )
    p = parse_text(tmp_path, text)
    assert p.council == "Brantwick Borough Council"  # the logo's two lines, an address beside them a line longer
    assert [(i.number, i.items) for i in p.agenda] == [("1", []), ("2", []), ("3", []), ("4", [])]


def test_a_titles_years_wrapped_onto_their_own_line_are_no_page_range(tmp_path):
    text = (
        "Cabinet\n\nDate: Monday 2 March 2026\n\nAGENDA\n\n1. Apologies for Absence\n2. Minutes\n"
        "3. Broadland Vale Fire and Rescue Service Community Risk Management Plan\n2026-2030\n"
        "4. Finance Monitoring Report\n61 - 103\n"
    )
    items = parse_text(tmp_path, text).agenda
    assert [(a.number, a.pages) for a in items][2:] == [("3", None), ("4", [61, 103])]


def test_a_scottish_summons_mark_over_an_exempt_item_is_no_item_of_its_own(tmp_path):
    text = (
        "Education Committee\n\nTHURSDAY, 5 MARCH 2026 at 10.30 am\n\nBUSINESS\n1. Declarations of interest\n"
        "2. Minute of Meeting of 22 January 2026 (copy herewith)\n3. Revenue Budget Monitoring (copy herewith)\n"
        "Exempt Information\nThe Committee is asked to resolve that the public be excluded for the following items.\n"
        "Item 4 – not for publication\n4. Learning Estate Strategy – Site Appraisal (copy herewith)\n"
        "Appendix 3 to the report at Item 3 – Paragraphs 8 and 9\n"
    )
    items = parse_text(tmp_path, text).agenda
    assert [(a.number, a.title, a.public) for a in items][3:] == [
        ("4", "Learning Estate Strategy – Site Appraisal", False)
    ]


def test_a_supplements_table_of_the_items_to_follow_headed_agenda_no(tmp_path):
    parsed = parse_text(
        tmp_path,
        "WESSEX COUNTY COUNCIL\nSupplementary Agenda\nCabinet\nDate:\tTuesday, 17 March 2026\nTime:\t10.00 am\n"
        "The following papers were marked “to follow” on the agenda and are now available:\n"
        "Agenda No\tItem\tPages\n"
        "7.\tBudget Monitoring Quarter 3 Report of the Executive Director of Resources.\t1 - 12\n"
        "9.\tSchool Admissions 2027/28 Report of the Director of Children's Services.\t13 - 20\n",
    )
    assert [(a.number, a.title, a.pages) for a in parsed.agenda] == [
        ("7", "Budget Monitoring Quarter 3", [1, 12]),
        ("9", "School Admissions 2027/28", [13, 20]),
    ]


def test_a_decisions_lettered_points_on_an_agenda_and_minutes_page_are_no_sub_items(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Agenda and minutes\nPlanning Committee - Tuesday, 10th March, 2026 6.30 pm\n"
        "Venue: Council Chamber, Civic Centre, Harrowdale\nItems\n1. Apologies for absence\nNone.\n"
        "2. 25/00123/FUL - Land at Oak Farm\nMinutes:\n"
        "RESOLVED: That planning permission be GRANTED subject to a legal agreement to secure:\n"
        "(a) 35% affordable housing on site;\n(b) a contribution of £120,000 to education; and\n"
        "3. Appeals Update\nThe update was NOTED.\n",
    )
    assert [(a.number, a.title, a.items) for a in parsed.agenda] == [
        ("1", "Apologies for absence", []),
        ("2", "25/00123/FUL - Land at Oak Farm", []),
        ("3", "Appeals Update", []),
    ]


def test_a_summons_exempt_items_each_over_which_paper_it_is(tmp_path):
    parsed = parse_text(
        tmp_path,
        "STRATHMORE COUNCIL\nEducation Committee\nThursday, 5 March 2026 at 10.00 am\nBUSINESS\n"
        "1. Declarations of interest\n2. Minute of Meeting of 22 January 2026\n"
        "3. Learning Estate Strategy – Outline Business Case (copy herewith)\n"
        "Item 4 – not for publication\n4. Learning Estate Strategy – Site Appraisal (copy herewith)\n"
        "Appendix 3 to the report at Item 3 – Paragraphs 8 and 9\n"
        "Item 5 – not for publication\n5. Additional Support Needs – Out of Authority Placement (copy herewith)\n"
        "Report by Head of Inclusion – Paragraph 3\n",
    )
    assert [a.number for a in parsed.agenda] == ["1", "2", "3", "4", "5"]


def test_a_front_sheet_titled_body_then_agenda_and_an_item_titled_exempt(tmp_path):
    parsed = parse_text(
        tmp_path,
        "LONDON BOROUGH OF WENDHAM\nCABINET AGENDA\nWednesday 11 March 2026 at 6.30 pm\n"
        "Council Chamber, Town Hall, Beaumont Street\nA G E N D A\n1. Apologies for Absence\n"
        "2. Disclosure of Interests\n3. Minutes of the Previous Meeting (Page 5)\n"
        "4. Exempt: Depot Site Disposal (Pages 13 - 20)\n",
    )
    assert parsed.meeting.body == "Cabinet"
    assert [(a.number, a.public) for a in parsed.agenda] == [("1", True), ("2", True), ("3", True), ("4", False)]


def test_a_minutes_pages_link_to_its_agenda_makes_no_agenda(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Minutes\nPlanning Sub-Committee - Tuesday, 10th March, 2026 7.00 pm\nVenue: Committee Room 1, Town Hall\n"
        "- Agenda\n- Issue history\n- Printed minutes PDF 198 KB\nAttendance\n"
        "Present: Councillors Amara Okafor (Chair), Declan Rowntree and Priscilla Annan\nItems\n"
        "1. Apologies for Absence\nMinutes:\nThere were none.\n2. Minutes\nMinutes:\n"
        "RESOLVED: That the minutes of the meeting held on 10 February 2026 be approved.\n",
    )
    assert parsed.meeting.body == "Planning Sub-Committee"
    assert parsed.agenda == []
    assert [i.number for i in parsed.minutes[0].items] == ["1", "2"]
