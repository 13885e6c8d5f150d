"""Declarations of interest as a reader checks them: who, against which minute, what kind."""

from __future__ import annotations

from shared_corpus import SAMPLES, corpus_file, sample_or_corpus

from minutebook.extract.declarations import declarations_in, extract_declarations
from minutebook.extract.minutes import extract_minutes, find_sets
from minutebook.model import Line
from minutebook.parse import parse_path
from minutebook.text import read_document


def declarations_of(lines: list[Line]):
    return extract_declarations(lines, [], extract_minutes(lines, []))


def text_lines(text: str) -> list[Line]:
    return [Line(i + 1, None, t) for i, t in enumerate(text.splitlines())]


def test_a_table_of_interests_straight_under_the_minute_s_title(tmp_path):
    text = """Minutes of the County Council held on 14 January 2026
Present: Councillors D.M. Jones, E. Prosser and T. Wyn
2.\tDECLARATIONS OF PERSONAL INTERESTS
Councillor\tMinute Number\tNature of Interest
D.M. Jones\t8 – Recommendations of the Cabinet\tHer son is employed by the Council.
E. Prosser\t9 – Notice of Motion\tHer husband is a director of a bus company – prejudicial interest.
3.\tMINUTES
RESOLVED that the minutes be signed as a correct record.
"""
    path = tmp_path / "council.txt"
    path.write_text(text)
    got = [(d.name, d.item, d.kind) for d in parse_path(path).declarations]
    assert got == [("D.M. Jones", "8", "personal"), ("E. Prosser", "9", "prejudicial")]


def test_voluntary_announcements_and_a_sentence_ending_in_an_application_s_reference(tmp_path):
    text = """Minutes of the Planning Committee held on 21 January 2026
Present: Cllrs. Farrance, Lepper and Kember
254\tDeclarations of Interest
Cllr. Farrance made a Voluntary Announcement as he was a member of Hatchden Parish Council,
which had commented on application 25/01234/CH. Cllr. Mrs Lepper made a Voluntary Announcement as
she was a member of CPRE Kent.
255\tMinutes
Resolved: That the Minutes be approved.
"""
    path = tmp_path / "planning.txt"
    path.write_text(text)
    assert [d.name for d in parse_path(path).declarations] == ["Farrance", "Lepper"]


def test_two_officers_declaring_against_a_later_minute():
    path = sample_or_corpus("coventry-cabinet-2019-10-29.txt", "seeds/coventry-cabinet-2019-10-29.txt")
    lines = read_document(path).lines()
    decs = declarations_of(lines)
    assert [(d.name, d.item) for d in decs] == [("B Hastie", "37"), ("R Moon", "37")]
    # the text is rejoined across the page break inside the quoted title
    assert "Industrialisation Centre – Loan from WMCA’. They withdrew" in decs[0].text
    assert decs[0].citation.line == 121


def test_councillor_declaring_in_a_bound_set_and_none_declared_in_the_other():
    lines = read_document(corpus_file("seeds/coventry-city-council-2022-10-18.txt")).lines()
    decs = declarations_of(lines)
    assert [(d.name, d.item, d.kind) for d in decs] == [("G Ridley", "47", "other")]


def test_item_named_by_its_title_in_welsh_minutes():
    lines = read_document(SAMPLES / "manordeilo-salem-community-council-minutes-2020-06-10.html").lines()
    decs = declarations_of(lines)
    # 'an interest in Planning Applications' -> minute 11, PLANNING
    assert [(d.name, d.item) for d in decs] == [("J. Davies", "11")]
    assert decs[0].text.startswith("Cllr. J. Davies declared an interest in Planning Applications E/40554")


def test_kinds_items_and_non_names():
    text = """Minutes of the Meeting of the Planning Committee held on 12 March 2024

Present: Councillor A Smith (Chair), Councillor B Jones, Councillor C Patel

12/24. Declarations of Interest

Councillor B Jones declared a disclosable pecuniary interest in Minute 14/24 as the applicant's neighbour.
Councillor C Patel declared a non-pecuniary interest in agenda item 6.
Members who were district councillors declared an interest.

13/24. Minutes

There were no declarations of interest.

14/24. Land at Mill Lane

Councillor A Smith declared an other registrable interest as a trustee of the charity.
"""
    decs = declarations_of(text_lines(text))
    assert [(d.name, d.item, d.kind) for d in decs] == [
        ("B Jones", "14/24", "dpi"),
        ("C Patel", "6", "non-pecuniary"),
        ("A Smith", "14/24", "other"),  # no item named: the minute it sits in
    ]


def test_declarations_made():
    text = """Minutes of the Meeting of the Audit Committee held on 4 March 2024

Present: Councillor A Smith (Chair), Councillor B Jones

1. Declarations

Councillor B Jones made a declaration of interest in item 2.
Declarations of interest were made by Councillor A Smith in item 2.

2. Accounts

Noted.
"""
    assert [(d.name, d.item) for d in declarations_of(text_lines(text))] == [("B Jones", "2"), ("A Smith", "2")]


def test_under_a_declarations_heading_a_declaration_need_not_say_interest():
    text = """Minutes of the meeting of the Licensing Committee held on 12 January 2023
Present: Councillor G Carpenter (Chair), Councillor Thomson
1 DECLARATIONS OF INTEREST
Cllr Thomson declared that he knew of a person involved in a matter under discussion on agenda item 6.
2 LICENCE REVIEW
The Committee declared its support for the officers.
"""
    assert [(d.name, d.item) for d in declarations_of(text_lines(text))] == [("Thomson", "6")]


def test_names_listed_under_a_lead_in():
    text = """Minutes of the Council Meeting held on 16 April 2008
Present: The Lord Mayor Councillor A Smith (Chair), Councillor A McKenna, Councillor Morton
91. Declarations of Interest
(a) Members declared personal interests in minute 96 of this meeting as follows:

A McKenna - Trustee of registered charity Relate
Morton - Employee, Headingley Development Trust
- Governor, Horsforth School

(b) Councillor Smith declared a personal and prejudicial interest in minute 96 of this meeting.
92. Minutes
Agreed.
"""
    decs = declarations_of(text_lines(text))
    assert [(d.name, d.item, d.kind) for d in decs] == [
        ("Smith", "96", "prejudicial"),
        ("A McKenna", "96", "personal"),
        ("Morton", "96", "personal"),
    ]


def test_declarations_table_under_a_lead_in():
    text = """Minutes of the Meeting of the Schools Forum held on 4 March 2024
Present: Councillor A Smith (Chair), Councillor B Jones
1. Declarations of Interest
The following interests were declared:
Name\tItem\tInterest
Councillor A Smith\t5\tPersonal - school governor
Councillor B Jones\tItem 6\tDisclosable pecuniary interest
2. Minutes
Agreed.
"""
    decs = declarations_of(text_lines(text))
    assert [(d.name, d.item, d.kind) for d in decs] == [("A Smith", "5", "personal"), ("B Jones", "6", "dpi")]


def test_the_model_codes_three_kinds_are_told_apart():
    # The 2020 model code: disclosable pecuniary, other registrable, non-registrable.
    text = """Minutes of the Meeting of the Planning Committee held on 4 March 2024
Present: Councillor A Smith (Chair), Councillor B Jones, Councillor C Patel
1. Declarations of Interest
Councillor A Smith declared a non-registerable interest in item 5 as a neighbour of the applicant.
Councillor B Jones declared an other registrable interest in item 6 as a trustee of the charity.
Councillor C Patel declared a disclosable pecuniary interest in item 7 and left the room.
2. Minutes
Agreed.
"""
    decs = declarations_of(text_lines(text))
    assert [(d.name, d.item, d.kind) for d in decs] == [
        ("A Smith", "5", "non-registrable"),
        ("B Jones", "6", "other"),
        ("C Patel", "7", "dpi"),
    ]


def test_each_declaration_in_a_shared_paragraph_keeps_only_its_own_words():
    text = """Minutes of the Meeting of the Town Council held on 4 March 2024
Present: Councillor A Smith (Chair), Councillor B Jones
1. Declarations of Interest
The Chair reminded members of the code of conduct. Councillor A Smith declared a pecuniary
interest in minute 5 as her husband is employed by the applicant. She left the room for that
item. Councillor Smith returned for minute 6. Councillor B Jones declared a non-pecuniary
interest in minute 6 as a member of the club.
2. Minutes
Agreed.
"""
    decs = declarations_of(text_lines(text))
    assert [(d.name, d.text) for d in decs] == [
        (
            "A Smith",
            "Councillor A Smith declared a pecuniary interest in minute 5 as her husband is employed"
            " by the applicant. She left the room for that item. Councillor Smith returned for minute 6.",
        ),
        ("B Jones", "Councillor B Jones declared a non-pecuniary interest in minute 6 as a member of the club."),
    ]


def test_a_scottish_connection_in_a_run_in_paragraph_before_the_first_item():
    text = """Education Committee - Minute of meeting - 3 June 2025
Sederunt: Councillor A Smith (Convener), Councillor B Cairncross
Declarations of interest: Councillor Cairncross declared a connection under the Councillors' Code of Conduct as a
parent of a child at Kinloch Primary School and took no part in item 5.
1. Minute of Previous Meeting
The Committee agreed to approve the minute.
5. School Estate
The Committee agreed to note the report.
"""
    decs = declarations_of(text_lines(text))
    assert [(d.name, d.item) for d in decs] == [("Cairncross", "5")]


def test_a_table_of_members_interests_and_a_numbered_paragraph_under_the_declarations_heading():
    text = """Minutes of the Police and Crime Committee held on 14 January 2026
Present: Helena Marchetti AM (Chair), Rupert Ashcroft AM, Niamh Fitzgerald AM
2\tDeclarations of Interests (Item 2)
2.1\tThe Committee noted the list of offices held by Assembly Members, as set out in the table below:
Member\tInterest
Helena Marchetti AM\tMember, Brackenmoor Borough of Hollins
Rupert Ashcroft AM\tMember, Brackenmoor Borough of Selwood Vale
2.2\tNiamh Fitzgerald AM declared a non-pecuniary interest in Item 6 as her brother is a police constable.
3\tMinutes (Item 3)
Resolved: That the minutes be signed.
"""
    decs = declarations_of(text_lines(text))
    assert [d.name for d in decs] == ["Niamh Fitzgerald", "Helena Marchetti", "Rupert Ashcroft"]
    assert decs[0].citation.line == 8


def test_numbered_declaration_after_a_lead_in_ending_with_a_semicolon():
    text = """Minutes of the meeting of the Scrutiny Commission held on 6 June 2022
Present: Councillor A Smith (Chair), Councillor Parton
1.
Minutes of the Previous Meeting
The minutes were approved.
2.
Declarations of Pecuniary interests and other registrable and non-registrable interests
The following declaration was made;

      i.        Councillor Parton – Exempt item 8a on the agenda – As a member of the County Council.
3.
Declarations of the Party Whip
No declarations were made.
"""
    assert [(d.name, d.item) for d in declarations_of(text_lines(text))] == [("Parton", "8a")]


def test_declaration_in_a_labelled_header_against_a_prefixed_decision_reference():
    text = """Minutes of the Licensing Board held on 2 May 2024

Board Members present:
Councillor Ada Pryce (Chair)
Councillor Tom Ferris

Declarations of interest: Councillor Tom Ferris declared a personal interest in decision LB/24/12 as a licence holder.

LB/24/11   Minutes
Decision:
That the minutes be approved.

LB/24/12   Taxi Fares
Decision:
That the fares be increased.
"""
    decs = declarations_of(text_lines(text))
    assert [(d.name, d.item, d.kind) for d in decs] == [("Tom Ferris", "LB/24/12", "personal")]


def test_declaration_inside_a_numbered_sub_minute():
    text = """Minutes of the Meeting of Trewint Parish Council held on Monday 3rd June 2024

Present:     Cllrs A. Tonkin, B. Pollard and C. Rowse

41          DECLARATIONS OF INTEREST
41.1        Cllr C. Rowse declared a pecuniary interest in item 43.2 as a supplier.
41.2        No dispensations were requested.

42          FINANCE
42.1        RESOLVED: to approve payments.
"""
    decs = declarations_of(text_lines(text))
    assert [(d.name, d.item) for d in decs] == [("C. Rowse", "43.2")]


def test_declaration_in_a_web_page_minutes_cell_under_an_attendance_heading():
    """A ModernGov 'Agenda and minutes' page: an 'Attendance' heading with 'Present:' below it is one
    attendance block, and each item's 'Minutes:' cell is read for declarations."""
    text = """Planning Committee - Tuesday, 4th June, 2024 6.30 pm
Venue: Town Hall
Attendance
Present: Councillors Ivy Stone (Chair), Omar Reyes and Kit Lamb.
Officers: Dee Hart (Planning Manager).
Items
No.\tItem
12.
Declarations of interest
Minutes:
Councillor Omar Reyes declared a personal interest in item 14 as a neighbour of the site.
13.
Minutes of the previous meeting
Minutes:
RESOLVED that the minutes be approved.
14.
Land at Mill Lane
Minutes:
RESOLVED that planning permission be granted.
"""
    lines = text_lines(text)
    (m,) = extract_minutes(lines, [])
    assert [p.name for p in m.present] == ["Ivy Stone", "Omar Reyes", "Kit Lamb", "Dee Hart"]
    assert [(d.name, d.item) for d in declarations_of(lines)] == [("Omar Reyes", "14")]


MINUTES_HEAD = """Minutes of the Meeting of Westerby Town Council held on Monday 6 May 2019
Present: Cllr Ann Cole (Chair), Cllr Ben Dray, Cllr Cai Evans, Cllr Di Ford

"""


def test_three_column_table_read_one_cell_a_line():
    text = (
        MINUTES_HEAD
        + """1. Declarations of Interest
Councillor
Minute No.
Nature of Interest
Ben Dray
4 – Leisure Centre Lease
Member of the leisure trust board
Cai Evans
5 – Allotments
Rents an allotment plot
2. Minutes
RESOLVED: that the minutes be signed.
"""
    )
    found = [(d.name, d.item) for d in declarations_of(text_lines(text))]
    assert found == [("Ben Dray", "4"), ("Cai Evans", "5")]


def test_item_first_declarations_after_a_lead_in_ending_colon_dash():
    text = (
        MINUTES_HEAD
        + """1. Declarations of Interest
The Council NOTED the following declarations of interest:-

Item 6aii – Mr B Dray (Financial)
Item 7 – Mrs D Ford (Non-financial)

2. Minutes
RESOLVED: that the minutes be signed.
"""
    )
    found = [(d.name, d.item) for d in declarations_of(text_lines(text))]
    assert found == [("B Dray", "6aii"), ("D Ford", "7")]


def test_dotted_leader_lines_under_a_declarations_heading():
    text = (
        MINUTES_HEAD
        + """1. Declarations of Interest.
Cllr Ben Dray.............................Grants (trustee of the applicant).
Cllr Di Ford……………………………………Item 5 (neighbour of the site).
2. Minutes
RESOLVED: that the minutes be signed.
"""
    )
    found = [(d.name, d.item) for d in declarations_of(text_lines(text))]
    assert found == [("Ben Dray", None), ("Di Ford", "5")]


def test_a_web_page_declaration_text_leaves_off_the_minutes_label():
    text = """Declarations of Interest

Minutes: Cllr Ormsby declared a non-pecuniary interest in the item on Grants as a trustee of the club.

H21 Grants
Minutes: The Clerk introduced the report.
RESOLVED: that the grants be awarded.
"""
    lines = text_lines(text)
    (d,) = extract_declarations(lines, [], extract_minutes(lines, []))
    assert d.name == "Ormsby"
    assert d.text.startswith("Cllr Ormsby declared")


def test_a_declaration_made_in_respect_of_an_item_under_the_declarations_heading():
    decs = declarations_of(
        text_lines(
            "MINUTES of a meeting of the Planning Applications Committee held on Wednesday, 9 April 2025.\n"
            "PRESENT: Mr W Garroway (Chairman), Mr C Abbiss and Mr P Bramhall\n"
            "32.\tDeclarations of Interests by Members in items on the Agenda\n"
            "Mr Bramhall made a declaration in respect of Item C1 that he was a Member of\n"
            "Tonbridge and Malling Borough Council, which had been consulted on the application.\n"
            "33.\tMinutes\n"
            "RESOLVED that the Minutes be signed.\n"
        )
    )
    assert [d.name for d in decs] == ["Bramhall"]


def test_a_declaration_made_at_the_start_of_an_item_after_a_lead_in_phrase():
    decs = declarations_of(
        text_lines(
            "Minutes of the Overview and Scrutiny Committee held on 23 January 2025\n"
            "Present: Councillors Ann Hale (Chair), Bryn Irwin and Cara Jones\n"
            "OS.46\tDraft Budget 2025/26\n"
            "At the start of this item Councillor Bryn Irwin declared a non-registrable\n"
            "interest as his daughter is employed in the Revenues service.\n"
        )
    )
    assert [(d.name, d.item) for d in decs] == [("Bryn Irwin", "OS.46")]


def test_a_declaration_told_again_is_not_made_again_and_a_hyphen_is_not_a_separator():
    """'(who had declared an interest at minute 22)' refers back to a declaration; 'Ms Priya Kaur-Whitfield
    of ...' is one name, not 'Ms Priya Kaur' then a dash and the interest."""
    text = """Minutes of the Pension Fund Committee held on Thursday, 18 September 2025
Present: Councillor A Trevaskis (Chairman), Councillors D Carne and T Spargo.
22 DECLARATIONS OF INTEREST
Councillor Dominic Carne declared an other registrable interest as a deferred member of the Fund.
23 ACTUARIAL VALUATION
Ms Priya Kaur-Whitfield of Hymans Robertson, the Fund Actuary, presented the results. (c) Councillor Carne (who
had declared an interest at minute 22) asked how the valuation allowed for the McCloud remedy.
RESOLVED – That the results be noted.
"""
    assert [d.name for d in declarations_of(text_lines(text))] == ["Dominic Carne"]


def test_a_member_stating_under_the_declarations_heading_that_he_had_pre_determined():
    text = """Minutes of the Planning Committee held on Wednesday 19 November 2025
Members present: Councillor Pauline Ashworth (Chair), Councillors Colin Marsden and Tariq Rehman.
PL/42 Declarations of Interest
Councillor Colin Marsden stated that, as ward member for Hartside, he had spoken publicly against
application 25/00871/FUL (Minute PL/44) and that he had therefore pre-determined the application.
PL/43 Minutes of the Previous Meeting
RESOLVED: That the minutes be approved.
"""
    assert [d.name for d in declarations_of(text_lines(text))] == ["Colin Marsden"]


def test_an_interest_told_again_under_the_item_it_concerns_is_one_declaration():
    lines = text_lines(
        "Minutes of the meeting of the Cabinet held on 10 November 2025\n"
        "Present: Councillor A Smith (Chair), Councillor Joseph Mensah\n"
        "1. Declarations of Interest\n"
        "Councillor Joseph Mensah declared a non-pecuniary interest in item 2 as his sister works for the bidder.\n"
        "2. Award of Contract for Repairs\n"
        "RESOLVED: 1. That the contract be awarded.\n"
        "Conflicts of interest declared by Cabinet Members: Councillor Joseph Mensah declared a non-pecuniary "
        "interest (minute 1) and withdrew.\n"
    )
    assert [(d.name, d.item) for d in declarations_of(lines)] == [("Joseph Mensah", "2")]


def test_a_predetermination_statement_under_declarations_is_minuted_as_one():
    text = """Minutes of the Overview and Scrutiny Committee held on 17 November 2025
PRESENT: Councillors P Whitcombe (Chairman), R Baines and L Ferrier
OS.45 DECLARATIONS OF INTEREST
Councillor L Ferrier declared a personal interest in Minute OS.47 as her husband is a member of the Cabinet.
Councillor R Baines made a statement in respect of Minute OS.47. As the ward member he had spoken publicly
against the closure. He considered that he had predetermined the matter and would withdraw.
OS.46 MINUTES
RESOLVED that the minutes be approved.
OS.47 CALL-IN: STATION ROAD CAR PARK
The Committee considered the call-in."""
    lines = [Line(i + 1, None, t) for i, t in enumerate(text.splitlines())]
    (s,) = find_sets(lines)
    found = [(d.name, d.item, d.kind) for d in declarations_in(s)]
    assert found == [("L Ferrier", "OS.47", "personal"), ("R Baines", "OS.47", "other")]
    named = text.replace("made a statement", "made a predetermination statement")
    (s,) = find_sets([Line(i + 1, None, t) for i, t in enumerate(named.splitlines())])
    assert ("R Baines", "OS.47", "other") in [(d.name, d.item, d.kind) for d in declarations_in(s)]


def test_a_predetermination_stated_around_a_minute_reference_with_a_dot():
    text = (
        "Minutes of the meeting of the Planning Committee held on Wednesday 11 February 2026\n"
        "Present: Councillors A Prosser (Chair), P Kingsley and C Lacey\n"
        "PL.59\tDECLARATIONS OF INTEREST\n"
        "Councillor Paul Kingsley stated that, as ward member, he had spoken against application 25/01208/OUT\n"
        "(Minute PL.62) at a public meeting, and that he had therefore predetermined the application.\n"
        "PL.60\tMINUTES\nRESOLVED: That the minutes be approved.\n"
    )
    lines = [Line(i + 1, None, t) for i, t in enumerate(text.splitlines())]
    assert [d.name for d in declarations_of(lines)] == ["Paul Kingsley"]


def test_no_member_declaring_is_no_declaration():
    text = (
        "Minutes of the Budget Meeting of the Council held on Thursday 26 February 2026\n"
        "Present: Councillors A Ash (Chair) and B Bell\n"
        "85.\tDECLARATIONS OF INTEREST\n"
        "Councillor Rhys Talb declared an other registrable interest in item 89 as a trustee of the Hall.\n"
        "No Member declared that section 106 of the Local Government Finance Act 1992 applied to them.\n"
        "86.\tMINUTES\nRESOLVED: That the minutes be approved.\n"
    )
    lines = [Line(i + 1, None, t) for i, t in enumerate(text.splitlines())]
    assert [d.name for d in declarations_of(lines)] == ["Rhys Talb"]


def test_an_interest_in_minute_no_dot_names_that_minute():
    text = (
        "Minutes of the meeting of the Cabinet held on Monday 9 March 2026\n"
        "Present: Councillors A Ash (Chair) and B Bell\n"
        "201\tDECLARATIONS OF INTEREST\n"
        "Councillor B Bell made a Voluntary Announcement of Other Interests in Minute\n"
        "No. 203 (Allotments Strategy) by reason that she rents an allotment.\n"
        "202\tMINUTES\nRESOLVED: That the minutes be approved.\n"
        "203\tALLOTMENTS STRATEGY\nRESOLVED: That the strategy be approved.\n"
    )
    assert [(d.name, d.item) for d in declarations_of(text_lines(text))] == [("B Bell", "203")]


def test_an_agenda_reference_under_the_title_is_not_part_of_the_declaration():
    text = (
        "Minutes of the meeting of the Council held on Tuesday 15 July 2025\n"
        "Present: Councillors A Ash (Chair) and K Eddy\n"
        "C/24\tDeclarations of Interest\n(Agenda No. 3)\n"
        "Councillor K Eddy declared a disclosable pecuniary interest in Minute C/25 as a harbour tenant.\n"
        "C/25\tHarbour Revision Order\n(Agenda No. 4)\nRESOLVED: That the Order be made.\n"
    )
    (declaration,) = declarations_of(text_lines(text))
    assert declaration.text.startswith("Councillor K Eddy declared")
    assert declaration.item == "C/25"


def test_declarations_numbered_one_a_paragraph_each_cite_their_own_line_without_the_number():
    text = (
        "Minutes of the meeting of the County Council held on Thursday 27 November 2025\n"
        "Present: Mr A Ash (Chairman) and Mrs B Bell\n"
        "13.\tDeclarations of Interest\n"
        "1) Mr C Cole declared an Other Significant Interest in Item 9 as a director of a bus company.\n"
        "2) Mrs B Bell declared an interest in Item 9 as her son drives for the same company.\n"
        "14.\tMinutes\nRESOLVED that the minutes be approved.\n"
    )
    found = declarations_of(text_lines(text))
    assert [(d.name, d.text[:12], d.citation.line) for d in found] == [
        ("C Cole", "Mr C Cole de", 4),
        ("B Bell", "Mrs B Bell d", 5),
    ]


def test_declarations_under_sub_headings_are_one_each_whatever_verb_says_them():
    text = (
        "Minutes of the meeting of the Cabinet held on Tuesday 10 February 2026\n"
        "Present: Councillors A Ash (Chair), P Gall and A Hass\n"
        "4\tDeclarations of Interests\n"
        "Other significant interests (OSIs)\n"
        "Councillor P Gall declared an OSI in item 6 because his son bid for the site.\n"
        "He left the meeting for that item.\n"
        "Other interests\n"
        "Councillor A Hass referred to item 5 (Local Plan) and stated that she is a member of the\n"
        "Hoo Forum, which has made representations. She remained in the meeting.\n"
        "5\tLocal Plan\nThe Cabinet agreed the consultation.\n"
        "6\tDisposal of Depot\nThe Cabinet agreed the disposal.\n"
    )
    found = declarations_of(text_lines(text))
    assert [(d.name, d.item) for d in found] == [("P Gall", "6"), ("A Hass", "5")]
    assert "Other interests" not in found[0].text


def test_a_table_of_interests_with_the_minute_number_last_gives_each_row_once():
    text = (
        "Minutes of a Meeting of the Cabinet held on the 12th February 2026\n"
        "Present: Cllrs. Ratt (Chairman), Danv, Kett, Mrs Tolh.\n"
        "341\tDeclarations of Interest\n"
        "Councillor\tInterest\tMinute No.\n"
        "Danv\tMade a Voluntary Announcement as she was a Director of Ashworth Homes Ltd.\t344\n"
        "Mrs Tolh\tMade a Voluntary Announcement as she was a Kent County Councillor.\t343\n"
        "342\tMinutes\nResolved:\nThat the Minutes be approved.\n"
        "343\tBudget\nResolved:\nThat the budget be approved.\n"
        "344\tHousing\nResolved:\nThat the plan be approved.\n"
    )
    assert [(d.name, d.item) for d in declarations_of(text_lines(text))] == [("Danv", "344"), ("Tolh", "343")]


def test_item_n_is_the_agenda_item_a_minute_records_even_where_a_minute_bears_that_number():
    text = (
        "MINUTES of a meeting of the Joint Committee held on Wednesday, 4 March 2026.\n"
        "PRESENT: Mr A Ash (Chairman), Cllr R Tuff\n"
        "3.\tDeclarations of Interests by Members in items on the Agenda\n(Item 4)\n"
        "Cllr R Tuff declared that he was a governor of the hospital trust named in Item 6.\n"
        "4.\tMinutes\n(Item 5)\nRESOLVED that the minutes are correctly recorded.\n"
        "5.\tStroke services\n(Item 6)\nRESOLVED that the report be noted.\n"
        "6.\tWork programme\n(Item 7)\nRESOLVED that the work programme be noted.\n"
    )
    assert [(d.name, d.item) for d in declarations_of(text_lines(text))] == [("R Tuff", "5")]


def test_an_interest_declaration_made_as_a_noun_after_its_kind():
    """'Mr X made an Other Significant Interest declaration in item 7 as ...': the kind of interest before
    the noun, no 'declared' anywhere."""
    text = (
        "Minutes of the meeting of the Cabinet Committee held on Wednesday 14 January 2026\n"
        "PRESENT: Mr E Ellacombe (Chair), Mrs R Lusted\n"
        "3.\tDeclarations of Interests by Members in items on the Agenda\n"
        "Mr Ellacombe made an Other Significant Interest declaration in item 7 as his\n"
        "wife is a headteacher at Luddenham Vale Primary School. He left the meeting for that item.\n"
        "7.\tProposal to close Elmstone Down Primary School\nThe Committee endorsed the decision.\n"
    )
    found = declarations_of(text_lines(text))
    assert [(d.name, d.item, d.kind) for d in found] == [("Ellacombe", "7", "other")]
    assert found[0].text.endswith("He left the meeting for that item.")


def test_a_decision_notice_s_conflict_field_telling_again_a_declaration_made_at_item_2():
    """A record of decisions names each item's conflicts under a label in capitals; one that refers back ('(see
    item 2)') was made at item 2 already, and the labels around it are no part of any declaration."""
    text = (
        "Record of decisions taken at the meeting of the Cabinet held on Tuesday 10 February 2026\n"
        "Present:\tCouncillor Sarah Whitmore, Leader of the Council (Chair)\n"
        "2. Declarations of Interest\n"
        "Councillor Tobias Fairclough declared a personal interest in item 5 as a non-executive director\n"
        "of Harrowfield Homes Limited. He remained in the meeting.\n"
        "5. Housing Revenue Account Business Plan\n"
        "DECISION:\n(1) That the Business Plan be approved.\n"
        "CONFLICT OF INTEREST DECLARED BY ANY MEMBER OR OFFICER:\n"
        "Councillor Tobias Fairclough declared a personal interest as a non-executive director\n"
        "of Harrowfield Homes Limited (see item 2).\n"
        "DISPENSATION GRANTED BY THE HEAD OF PAID SERVICE:\nNone.\n"
    )
    found = declarations_of(text_lines(text))
    assert [(d.name, d.item) for d in found] == [("Tobias Fairclough", "5")]
    assert found[0].text.endswith("He remained in the meeting.")


def test_an_item_named_by_its_letter_and_number_is_that_minute():
    """'in item C006/26', 'in respect of Item D2': a minute numbered with a letter, or the agenda's lettered item
    a minute records."""
    text = (
        "Minutes of the Monthly Meeting of the Council held on Monday 2 February 2026\n"
        "Present: Councillors T Donnelly and D Hagan\n"
        "C002/26\tDeclarations of Interest\n"
        "Alderman T Donnelly declared an interest in item C006/26 as a member of the Lough Neagh Partnership.\n"
        "C006/26\tMinutes of Environment Committee\nThe minutes were adopted.\n"
    )
    found = declarations_of(text_lines(text))
    assert [(d.name, d.item) for d in found] == [("T Donnelly", "C006/26")]


def test_declarations_run_together_in_one_paragraph_each_cite_the_line_their_sentence_starts_on():
    text = (
        "Minutes of the Strategic Planning Committee held on Thursday 12 February 2026\n"
        "Present: Councillors Colin Laity and Morwenna Jago\n"
        "46\tDeclarations of Interest\n"
        "Councillor Colin Laity declared an other registrable interest in minute 49 as a\n"
        "member of Porthleven Town Council. He had come to the meeting with an open mind and\n"
        "remained in the room for the item.\n"
        "Councillor Morwenna Jago declared a non-registrable interest in minute 50 as her\n"
        "daughter lives opposite the site. She left the room.\n"
        "49\tLand East of Trevethan Road\nApproved.\n"
        "50\tLand at Carnkie Vean\nDeferred.\n"
    )
    lines = text_lines(text)
    found = declarations_of(lines)
    assert [(d.name, d.citation.line) for d in found] == [("Colin Laity", 4), ("Morwenna Jago", 7)]


def test_an_item_numbered_with_the_municipal_year_keeps_the_whole_year():
    text = (
        "Minutes of the Annual Meeting of the Town Council held on Tuesday 19 May 2026\n"
        "Present: Cllrs A Holt and B Whitlow\n"
        "4/26-27\tDeclarations of Interest\n"
        "Cllr B Whitlow declared an interest in minute 6/26-27 as a trustee of the Almshouse Charity.\n"
        "6/26-27\tAppointment of Representatives to Outside Bodies\nRESOLVED to approve the list.\n"
    )
    found = declarations_of(text_lines(text))
    assert [(d.name, d.item) for d in found] == [("B Whitlow", "6/26-27")]


def test_bullets_naming_a_member_and_an_item_under_a_lead_in(tmp_path):
    text = (
        "PLANNING COMMITTEE\n\n"
        "Minutes of the meeting of the Planning Committee held on Monday, 9 February 2026 at 1.00 pm.\n\n"
        "PRESENT: Councillors Gwilym Roberts (Chair), Mair Huws, Dewi Parry and Ffion Tudur.\n\n"
        "1. DECLARATION OF PERSONAL INTEREST\n\n"
        "(a) The following members declared a personal interest, for the reasons noted:\n\n"
        "- Councillor Dewi Parry in item 2 on the agenda (application C25/1033), because his brother-in-law owns"
        " land adjoining the site. He left the meeting during the discussion.\n"
        "- Councillor Ffion Tudur in item 3 on the agenda, as she is a member of the hall's committee.\n\n"
        "2. APPLICATION C25/1033 OLD COAL YARD\n\nRESOLVED: To approve.\n\n"
        "3. APPLICATION C25/1102 MEMORIAL HALL\n\nRESOLVED: To defer.\n"
    )
    path = tmp_path / "minutes.txt"
    path.write_text(text)
    found = [(d.name, d.item, d.kind) for d in parse_path(path).declarations]
    assert found == [("Dewi Parry", "2", "personal"), ("Ffion Tudur", "3", "personal")]


def test_an_interest_told_by_drawing_attention_or_late_in_a_sentence_of_clauses():
    """Leeds: 'Councillor X drew the Board’s attention to her position as a director of Y' under the declarations
    heading; Essex: one sentence of 'that ...' clauses, the declaration the last, after an apology with a portfolio."""
    drew = declarations_of(
        text_lines("""Minutes of the Executive Board held on Wednesday 18 March 2026
Present: Councillors P Okafor, R Ashworth and D Pickles
123\tDECLARATION OF INTERESTS
In relation to the agenda item entitled 'Bus Partnership' (Minute No. 129 refers), Councillor P
Okafor drew the Board’s attention to her position as a director of Airedale Community Transport Ltd.
124\tMINUTES
RESOLVED – That the minutes be approved.""")
    )
    assert [(d.name, d.item) for d in drew] == [("P Okafor", "129")]
    clauses = declarations_of(
        text_lines("""Minutes of the meeting of the Cabinet held on Tuesday 17 March 2026
Present: Councillors R Ashdown, C Ferreira and T Okafor
1.\tMembership, Apologies, Substitutions and Declarations of Interest
The report was received and it was noted that apologies for absence had been received from Councillor D
Hartigan, Cabinet Member for Environment, Waste Reduction and Climate Action; and that Councillor C Ferreira
declared a Code Interest in item 6 as a governor of Moulsfield Primary Academy.
2.\tMinutes
The minutes were approved.""")
    )
    assert [(d.name, d.item) for d in clauses] == [("C Ferreira", "6")]


def test_a_transparency_statement_listed_after_the_declarations_is_no_declaration(tmp_path):
    """Highland's: 'The Committee NOTED the following declarations of interest:-' over 'Item N: Name (kind)'
    entries, then 'also NOTED the following Transparency Statement:-' over one more: a member who considered an
    interest and found none to declare. Neither lead-in is a decision of the committee."""
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Minutes of Meeting of the Education Committee held in the Council Chamber, Inverbrae on Thursday 19 "
        "February 2026 at 10.30 am.\nPresent:\nMr A Macleod\tMrs I Campbell\n"
        "1. Calling of the Roll and Apologies for Absence\nThere were no apologies.\n"
        "2. Declarations of Interest/Transparency Statement\n"
        "The Committee NOTED the following declarations of interest:-\n"
        "Item 6: Mrs R Gillanders (non-financial)\nItem 7: Mr H Souter (non-financial)\n"
        "The Committee also NOTED the following Transparency Statement:-\nItem 5: Ms A MacIver\n"
        "3. Good News\nThe Committee NOTED the good news stories.\n",
        encoding="utf-8",
    )
    p = parse_path(path)
    assert [(d.name, d.item) for d in p.declarations] == [("R Gillanders", "6"), ("H Souter", "7")]
    assert p.minutes[0].items[1].resolutions == []


def test_a_member_drawing_attention_to_the_fact_she_was_a_trustee_under_an_item_title_with_a_colon(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(
        "EXECUTIVE BOARD\nWEDNESDAY, 18TH FEBRUARY, 2026\nPRESENT: Councillor J Lewis in the Chair\n"
        "Councillors L Nuttall and R Bentley\n103\tDECLARATION OF INTERESTS\n"
        "In relation to the agenda item entitled ‘Kirkstall Bridge Depot: Disposal of\n"
        "Surplus Land’ (Minute No. 108), Councillor L Nuttall drew the Board’s attention\n"
        "to the fact that she was a trustee of Kirkstall Bridge Community Allotments.\n"
        "104\tMINUTES\nRESOLVED – That the minutes be approved.\n"
        "108\tKIRKSTALL BRIDGE DEPOT: DISPOSAL OF SURPLUS LAND\nRESOLVED – That the disposal be approved.\n",
        encoding="utf-8",
    )
    assert [(d.name, d.item) for d in parse_path(path).declarations] == [("L Nuttall", "108")]


def test_an_items_title_quoted_with_a_colon_wrapped_over_the_line_is_no_lead_in(tmp_path):
    path = tmp_path / "osc.txt"
    path.write_text(
        "Minutes of the meeting of the Committee held on 3 February 2026\n"
        "Present: Councillors Anne Bee (Chair), Marcus Obi and Carl Dee\n1. Declarations of Interest\n"
        "Councillor Marcus Obi declared a non-pecuniary interest in item 5 (Scrutiny Review:\n"
        "Youth Violence – Final Report) as a volunteer mentor with the Riverside Boxing\n"
        "Academy, which gave evidence to the review. He remained in the meeting.\n"
        "2. Minutes\nRESOLVED that the minutes be approved.\n"
    )
    assert [(d.name, d.item) for d in parse_path(path).declarations] == [("Marcus Obi", "5")]


def test_declarations_noted_as_bullets_each_naming_its_item_first(tmp_path):
    path = tmp_path / "area.txt"
    path.write_text(
        "Minutes of Meeting of the Strathbeg Area Committee held in the Council Chamber, Dornie on Monday, "
        "2 March 2026 at 10.30 am.\nPresent:\nMr A Ross\nMs B Gunn\n"
        "1. Declarations of Interest\nThe Committee NOTED the following declarations of interest:\n"
        "• Item 4: Ms B Gunn (non-financial)\n"
        "2. Ward Discretionary Fund\nThe Committee APPROVED the awards.\n"
        "3. Housing Performance\nThe Committee NOTED the report.\n4. Roads Programme\nThe Committee NOTED the report.\n"
    )
    assert [(d.name, d.item) for d in parse_path(path).declarations] == [("B Gunn", "4")]


def test_two_members_who_each_declared_an_interest(tmp_path):
    path = tmp_path / "pensions.txt"
    path.write_text(
        "MINUTES of the meeting of the PENSION FUND COMMITTEE held at County Hall, Dorminster on 13 March 2026\n"
        "Present: Councillor Ruth Hale (Chairman), Councillor Keith Amber and Councillor Priya Chand\n"
        "24/26\tDECLARATIONS OF INTEREST\n"
        "Councillor Keith Amber and Councillor Priya Chand each declared a non-pecuniary\n"
        "personal interest in all items on the agenda as deferred members of the Fund.\n"
        "25/26\tMINUTES OF PREVIOUS MEETING\nRESOLVED: That the minutes be approved.\n"
    )
    assert [d.name for d in parse_path(path).declarations] == ["Keith Amber", "Priya Chand"]


def test_a_table_of_declarations_under_its_heading_before_the_first_minute(tmp_path):
    path = tmp_path / "scrutiny.txt"
    path.write_text(
        "Adult Social Care Scrutiny Committee – minutes – 24 February 2026\nAttendance\nMembers present\n"
        "Councillor Margaret Thurloe (Chair), Councillor Gillian Brereton, Councillor Neil Kershaw\n"
        "Declarations of interest\nMember\tItem\tInterest\n"
        "Councillor Gillian Brereton\t1\tOther registrable interest – trustee of the Carers’ Centre.\n"
        "Councillor Neil Kershaw\t2\tDisclosable pecuniary interest – his wife is a director of a care agency.\n"
        "1. Minutes of the previous meeting\nResolved\n1. That the minutes be approved.\n"
        "2. Public questions\nThere were none.\n"
    )
    parsed = parse_path(path)
    assert parsed.meeting.body == "Adult Social Care Scrutiny Committee"
    assert [(d.name, d.item) for d in parsed.declarations] == [("Gillian Brereton", "1"), ("Neil Kershaw", "2")]
