"""The membership a user checks on a front sheet: who sits on the body, and who chairs it."""

from __future__ import annotations

from pathlib import Path

from shared_corpus import SAMPLES, corpus_file, sample_or_corpus

from minutebook.extract.names import clean_name
from minutebook.parse import parse_path


def members_of(path: Path) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in parse_path(path).members]


def parse_text(tmp_path: Path, text: str):
    path = tmp_path / "front.txt"
    path.write_text(text)
    return parse_path(path)


def test_coventry_cabinet_groups_give_roles():
    got = members_of(sample_or_corpus("coventry-cabinet-2019-10-29.txt", "seeds/coventry-cabinet-2019-10-29.txt"))
    assert len(got) == 17
    roles = dict(got)
    assert roles["G Duggins"] == "Chair" and roles["A S Khan"] == "Deputy Chair"
    assert roles["P Hetheron"] is None  # printed so on the front sheet; the minutes spell it otherwise
    assert [n for n, r in got if r == "Non-voting Deputy Cabinet Member"] == [
        "P Akhtar",
        "R Ali",
        "B Gittins",
        "G Lloyd",
        "D Welsh",
    ]
    # "(non-voting Opposition representatives)" describes the group, the heading gives the role
    assert [n for n, r in got if r == "By invitation"] == ["A Andrews", "G Ridley"]
    assert ("J O'Boyle", None) in got and ("M Mutton", None) in got  # the list wrapped over two lines


def test_full_council_one_sentence_list():
    got = members_of(corpus_file("seeds/coventry-city-council-2022-10-18.txt"))
    assert len(got) == 53
    assert got[0] == ("F Abbott", None) and got[-1] == ("D Welsh", None)
    assert ("K Maton", "Chair") in got and ("J Birdi", "Deputy Chair") in got
    assert [n for n, r in got if r] == ["J Birdi", "K Maton"]
    assert "S Agboola" not in dict(got)  # not printed in the list, so not added


def test_warwickshire_one_a_line_with_co_optees():
    got = members_of(
        sample_or_corpus("warwickshire-cyp-osc-2024-09-17.txt", "seeds/warwickshire-cyp-osc-2024-09-17.txt")
    )
    assert len(got) == 12
    assert got[:2] == [("Marian Humphreys", "Chair"), ("Jerry Roodhouse", "Vice-Chair")]
    assert ("Penny-Anne O'Donnell", None) in got
    # printed bare on the front sheet; the minutes call them "Co-optees"
    assert got[-2:] == [("Michael Cowland", "Co-opted"), ("Phil Johnson", "Co-opted")]


def test_front_sheets_without_a_membership_list_give_none():
    assert members_of(SAMPLES / "kent_cabinet_2025-01-30_agenda_frontsheet.pdf") == []
    assert members_of(SAMPLES / "kent_cabinet_2025-01-30_printed_minutes.pdf") == []  # attendance is not membership


def test_labelled_roles_and_a_tabbed_list_of_an_unseen_house_style(tmp_path):
    text = (
        "Borsetshire District Council\n\nLicensing Committee\n\nDate: 5 March 2025\n\nMembership\n\n"
        "Chair: Councillor Jane Archer\nVice-Chair: Cllr. Tom Forrest\nCouncillor Eddie Grundy\tSubstitute\n"
        "Councillors Lynda Snell, Dr Richard Locke and Mrs Usha Franks\n\nAGENDA\n\n1. Apologies\n2. Minutes\n"
    )
    got = [(p.name, p.role) for p in parse_text(tmp_path, text).members]
    assert got == [
        ("Jane Archer", "Chair"),
        ("Tom Forrest", "Vice-Chair"),
        ("Lynda Snell", None),
        ("Dr Richard Locke", None),
        ("Usha Franks", None),
    ]


def test_honorifics_off_dr_kept():
    assert clean_name("Councillor Marian Humphreys") == "Marian Humphreys"
    assert clean_name("Dr Shade Agboola") == "Dr Shade Agboola"


def test_abbreviated_police_ranks_are_titles_before_a_name():
    assert clean_name("PC Stacey Lund") == "Stacey Lund"
    assert clean_name("DCI R Bell") == "R Bell"
    assert clean_name("Ch Supt A Khan") == "A Khan"
    assert clean_name("Di Jones") == "Di Jones"  # a forename, not a rank


def test_an_elected_mayors_title_comes_off_but_a_deputy_mayor_stays():
    assert clean_name("Mayor Helen Marchbank") == "Helen Marchbank"
    assert clean_name("Mayor of Severnvale") == "Mayor of Severnvale"
    assert clean_name("Deputy Mayor J Smith") == "Deputy Mayor J Smith"


def test_headings_without_colons_and_wards_after_names(tmp_path):
    text = (
        "LEEDS CITY COUNCIL\n\nSCRUTINY BOARD (ADULTS AND HEALTH)\n\n"
        "Meeting to be held in Civic Hall, Leeds on Tuesday, 21st January, 2025 at 1.30 pm\n\nMEMBERSHIP\n\n"
        "Councillors\n\nA Scopes (Chair) - Adel and Wharfedale;\nJ Smith - Hyde Park and Woodhouse;\n\n"
        "Co-opted Member (Voting)\n\nMs A Brown\n\nA G E N D A\n\n1\tApologies\n2\tLate items\n"
    )
    parsed = parse_text(tmp_path, text)
    assert [(p.name, p.role) for p in parsed.members] == [
        ("A Scopes", "Chair"),
        ("J Smith", None),
        ("A Brown", "Co-opted Member (Voting)"),
    ]
    m = parsed.meeting
    assert (parsed.council, m.body, m.date, m.time, m.venue) == (
        "Leeds City Council",
        "Scrutiny Board (Adults and Health)",
        "2025-01-21",
        "13:30",
        "Civic Hall, Leeds",
    )


def test_members_printed_in_two_columns_and_bold_labels(tmp_path):
    text = (
        "Audit Committee\n\nDate: 3 April 2025\n\nMembers of the Committee\n"
        "Councillor A Smith (Chair)\tCouncillor B Jones\nCouncillor C Brown\tCouncillor D Green (Vice-Chair)\n"
        "Mr E Black (Independent Member)\n\nAGENDA\n1. Apologies\n2. Minutes (Pages 1 - 4)\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [
        ("A Smith", "Chair"),
        ("B Jones", None),
        ("C Brown", None),
        ("D Green", "Vice-Chair"),
        ("E Black", "Independent Member"),
    ]
    bold = "**Cabinet**\n\n**Membership:** Councillors Smith (Chairman), Jones (Vice Chairman), Brown\n\n**AGENDA**\n"
    assert [(p.name, p.role) for p in parse_text(tmp_path, bold).members] == [
        ("Smith", "Chairman"),
        ("Jones", "Vice Chairman"),
        ("Brown", None),
    ]


def test_party_brackets_are_not_roles(tmp_path):
    text = (
        "Licensing Committee\n\nDate: 5 March 2025\n\nMembership:\n"
        "Councillor Jane Doe (Chair) (Labour)\nCouncillor John Smith (Conservative)\n\nAGENDA\n1. Apologies\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [
        ("Jane Doe", "Chair"),
        ("John Smith", None),
    ]


def test_a_sentence_about_members_of_the_public_is_no_membership_list(tmp_path):
    text = (
        "Cabinet\n\nDate: 5 March 2025\n\nMembers of the public are welcome to attend this meeting\n\n"
        "John Smith\n\nAGENDA\n1. Apologies\n2. Minutes\n"
    )
    assert parse_text(tmp_path, text).members == []
    quorum = (
        "Cabinet\n\nMembership:\nCouncillor A Smith (Chair)\nCouncillor B Jones\nQuorum: 3\n\n"
        "Contact: John Smith, Democratic Services\n\nAGENDA\n1. Apologies\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, quorum).members] == [("A Smith", "Chair"), ("B Jones", None)]


def test_a_contact_name_after_the_list_is_not_a_member(tmp_path):
    text = (
        "Cabinet\n\nDate: 5 March 2025\n\nMembership\nCouncillor A Smith (Chair)\nCouncillor B Jones\n\n"
        "John Smith\nDemocratic Services Officer\n\nAGENDA\n1. Apologies\n2. Minutes\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [("A Smith", "Chair"), ("B Jones", None)]


def test_leicester_style_commission_front_sheet(tmp_path):
    text = (
        "Meeting of the CHILDREN, YOUNG PEOPLE AND EDUCATION SCRUTINY COMMISSION\n\n"
        "Date: TUESDAY, 3 SEPTEMBER 2024\nTime: 5:30 pm\nLocation: MEETING ROOM G.01, CITY HALL, LEICESTER\n\n"
        "Members of the Commission\n\nCouncillor Batool (Chair)\nCouncillor Dr Moore (Vice-Chair)\n"
        "Councillors Bonham, Cassidy and Joel\n\n"
        "Members of the Commission are invited to attend the above meeting to consider the items listed overleaf.\n\n"
        "AGENDA\n\n1. WELCOME AND APOLOGIES FOR ABSENCE\n\n2. DECLARATIONS OF INTEREST\n\n"
        "3. MINUTES OF PREVIOUS MEETING\nAppendix A\n\nThe minutes of the meeting held on 4 June 2024 are attached.\n\n"
        "4. YOUTH JUSTICE PLAN\nAppendix B\n\nLeicester City Council\n"
    )
    parsed = parse_text(tmp_path, text)
    assert [(p.name, p.role) for p in parsed.members] == [
        ("Batool", "Chair"),
        ("Dr Moore", "Vice-Chair"),  # Dr kept, as CONTRACT.md prints it
        ("Bonham", None),
        ("Cassidy", None),
        ("Joel", None),
    ]
    assert [a.title for a in parsed.agenda] == [
        "WELCOME AND APOLOGIES FOR ABSENCE",
        "DECLARATIONS OF INTEREST",
        "MINUTES OF PREVIOUS MEETING",
        "YOUTH JUSTICE PLAN",
    ]
    m = parsed.meeting
    assert (parsed.council, m.body, m.date, m.time) == (
        "Leicester City Council",
        "Children, Young People and Education Scrutiny Commission",
        "2024-09-03",
        "17:30",
    )


def test_a_list_wrapped_before_its_last_and(tmp_path):
    text = "Cabinet\n\nMembership:\nCouncillors K Caan, G Duggins (Chair), P Hetheron\nand P Seaman\n\nAGENDA\n"
    assert [p.name for p in parse_text(tmp_path, text).members] == ["K Caan", "G Duggins", "P Hetheron", "P Seaman"]


def test_membership_in_a_markdown_table(tmp_path):
    text = (
        "Cabinet\n\nDate: 5 March 2025\n\nMembership\n\n| Councillor | Role |\n|---|---|\n"
        "| Councillor A Smith | Chair |\n| Councillor B Jones | Vice-Chair |\n| Councillor C Brown | |\n\n"
        "AGENDA\n1. Apologies\n"
    )
    got = [(p.name, p.role) for p in parse_text(tmp_path, text).members]
    assert got == [("A Smith", "Chair"), ("B Jones", "Vice-Chair"), ("C Brown", None)]


def test_labelled_councillors_and_substitutes_lines(tmp_path):
    text = (
        "Cabinet\n\nDate: 5 March 2025\n\nMembership\nCouncillors: A Smith (Chair), B Jones\n"
        "Substitutes: Councillors C Brown and D Green\n\nAGENDA\n1. Apologies\n"
    )
    got = [(p.name, p.role) for p in parse_text(tmp_path, text).members]
    assert got == [("A Smith", "Chair"), ("B Jones", None)]  # substitutes are not the body's membership


def test_substitute_and_reserve_members_are_not_the_membership_and_the_list_goes_on_after_them(tmp_path):
    text = (
        "Barset Borough Council\n\nAudit Committee\n\nDate: 2 June 2025\n\nMembership:\n\n"
        "Councillor F Hale (Chairman)\nCouncillor Mrs G Ince (Vice-Chairman)\nCouncillors H Jay and K Lamb\n\n"
        "Named Substitutes: Councillors M Nye and P Ord\nReserve Members: Councillor R Sole\n"
        "Co-opted Member: Mr T Udall\n\nAGENDA\n\n1. Apologies for Absence\n2. Minutes\n"
    )
    got = [(p.name, p.role) for p in parse_text(tmp_path, text).members]
    assert got == [
        ("F Hale", "Chairman"),
        ("G Ince", "Vice-Chairman"),
        ("H Jay", None),
        ("K Lamb", None),
        ("T Udall", "Co-opted Member"),
    ]


def test_roles_after_a_dash_or_a_comma(tmp_path):
    text = (
        "Westbridge City Council\n\nEXECUTIVE\n\nTUESDAY 8 JULY 2025\n\nMEMBERSHIP\n\n"
        "Councillor U Vance - Chairman\nCouncillor W Xu - Vice-Chairman\nCouncillor Y Young - Riverside Ward\n\n"
        "AGENDA\n1. Apologies\n2. Minutes\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [
        ("U Vance", "Chairman"),
        ("W Xu", "Vice-Chairman"),
        ("Y Young", None),  # a ward after the dash is not a role
    ]
    text = (
        "Westbridge City Council\n\nAudit Panel\n\nDate: 8 July 2025\n\n"
        "Membership: Councillor A Abel, Chairman, Councillor B Bell, Vice-Chairman, Councillors C Cole and D Dee\n\n"
        "AGENDA\n1. Apologies\n2. Minutes\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [
        ("A Abel", "Chairman"),
        ("B Bell", "Vice-Chairman"),
        ("C Cole", None),
        ("D Dee", None),
    ]


def test_chair_and_vice_chair_labels_above_the_members_label(tmp_path):
    text = (
        "Meeting: Standards Sub-Committee\nDate: Thursday 10 July 2025\nTime: 6.30pm\nVenue: Room 2, Civic Centre\n"
        "Chair: Councillor E Ellis\nVice-Chair: Councillor F Fox\n\nMembers: Councillors G Gray, H Hart\n\n"
        "Agenda\n\n1 Apologies for absence\n2 Declarations of interest\n"
    )
    parsed = parse_text(tmp_path, text)
    assert [(p.name, p.role) for p in parsed.members] == [
        ("E Ellis", "Chair"),
        ("F Fox", "Vice-Chair"),
        ("G Gray", None),
        ("H Hart", None),
    ]
    m = parsed.meeting
    assert (m.body, m.date, m.time, m.venue) == (
        "Standards Sub-Committee",
        "2025-07-10",
        "18:30",
        "Room 2, Civic Centre",
    )


def test_membership_in_two_columns_set_out_with_spaces(tmp_path):
    text = (
        "Barset District Council\n\nPlanning Committee\n\nMembers of the Committee:\n"
        "Councillor J Ash (Chairman)          Councillor K Birch (Vice-Chairman)\n"
        "Councillor L Cedar                   Councillor M Dogwood\n\n"
        "Date: Tuesday, 1 July 2025\n\nAGENDA\n1. Apologies for absence\n2. Declarations of interest\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [
        ("J Ash", "Chairman"),
        ("K Birch", "Vice-Chairman"),
        ("L Cedar", None),
        ("M Dogwood", None),
    ]


def test_scots_and_welsh_office_holders(tmp_path):
    text = (
        "Glenside Council\n\nNotice of Meeting\n\nLeisure Policy Board\n\nDate: Wednesday, 4 June 2025\n\n"
        "Membership\nCouncillor N Nairn (Convener)\nCouncillor O Orr (Depute Convener)\nProvost P Pirie\n"
        "Councillor Q Quin (Presiding Member)\nCouncillor R Rhys (Deputy Presiding Member)\n\n"
        "Agenda\n\n1  Declarations of Interest\n2  Budget Monitoring\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [
        ("N Nairn", "Convener"),
        ("O Orr", "Depute Convener"),
        ("P Pirie", "Provost"),  # a civic office printed as a title is the role, not part of the name
        ("Q Quin", "Presiding Member"),
        ("R Rhys", "Deputy Presiding Member"),
    ]


def test_membership_as_a_bulleted_list_of_a_web_page(tmp_path):
    html = (
        "<html><body><h1>Licensing Committee</h1><p>Date: Tuesday, 8 July 2025</p><h2>Membership</h2>"
        "<ul><li>Councillor S Slater (Chair)</li><li>Councillor T Tan (Vice-Chair)</li><li>Councillor U Upton</li></ul>"
        "<h2>Agenda</h2><ol><li>Apologies for absence</li><li>Chairman's Announcements</li></ol></body></html>"
    )
    path = tmp_path / "front.html"
    path.write_text(html)
    assert [(p.name, p.role) for p in parse_path(path).members] == [
        ("S Slater", "Chair"),
        ("T Tan", "Vice-Chair"),
        ("U Upton", None),
    ]


def test_membership_under_party_group_headings_with_seat_counts(tmp_path):
    text = (
        "BARSET COUNTY COUNCIL\n\nENVIRONMENT CABINET COMMITTEE\n\nTuesday, 8th July, 2025, at 2.00 pm\n"
        "Council Chamber, County Hall, Barchester\n\nMembership (6)\n\n"
        "Independent (3):   Mr N Noble (Chairman), Mrs O Oak (Vice-Chairman),\n                   Mr P Pike\n\n"
        "Labour (2):        Ms Q Quay and Mr R Reed\n\nGreen (1):         Mr S Sage\n\n"
        "UNRESTRICTED ITEMS\n\n1 Introduction/Webcasting Announcement\n2 Apologies and Substitutes\n"
    )
    parsed = parse_text(tmp_path, text)
    assert [(p.name, p.role) for p in parsed.members] == [
        ("N Noble", "Chairman"),
        ("O Oak", "Vice-Chairman"),
        ("P Pike", None),  # the party is not a role
        ("Q Quay", None),
        ("R Reed", None),
        ("S Sage", None),
    ]
    assert [s.kind for s in parsed.segments] == ["agenda"]  # `UNRESTRICTED ITEMS` says it is an agenda
    assert [a.number for a in parsed.agenda] == ["1", "2"]


def test_membership_rows_with_party_and_ward_columns(tmp_path):
    text = (
        "Barset District Council\n\nLicensing Committee\n\nDate: 1 July 2025\n\nMembership\n\n"
        "Councillor V Vine      Independent      Riverside      Chairman\n"
        "Councillor W Wren      Labour           Abbey\n"
        "Councillor X Yew\tGreen\tCastle\n\nAGENDA\n1. Apologies\n2. Minutes\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [
        ("V Vine", "Chairman"),
        ("W Wren", None),
        ("X Yew", None),
    ]


def test_a_bracket_naming_whom_a_member_represents_leaves_the_group_role(tmp_path):
    text = (
        "Barset Borough Council\n\nSchools Forum Scrutiny Panel\n\nDate: 3 March 2025\n\n"
        "Members of the Panel:\n\nCouncillor T Tarn (Chair)\nCouncillor U Urn\n\n"
        "Co-opted Members (voting on schools matters):\n\n"
        "Ms V Vale (Roman Catholic Diocese)\nMr W Weir (Parent Governor Representative)\n"
        "Mrs Y Ashe (Vice-Chair)\n\nAGENDA\n1. Apologies\n2. Minutes\n"
    )
    members = [(p.name, p.role) for p in parse_text(tmp_path, text).members]
    assert members[:2] == [("T Tarn", "Chair"), ("U Urn", None)]
    roles = dict(members)
    assert roles["V Vale"].startswith("Co-opted")  # the heading's role, not the diocese
    assert roles["W Weir"].startswith("Co-opted")
    assert roles["Y Ashe"] == "Vice-Chair"  # an office in brackets still wins


def test_a_representative_bracket_is_the_role_when_no_heading_gives_one(tmp_path):
    text = (
        "Barset Borough Council\n\nSchools Panel\n\nDate: 3 March 2025\n\nMembership:\n\n"
        "Councillor T Tarn (Chair)\nMr W Weir (Parent Governor Representative)\n\nAGENDA\n1. Apologies\n"
    )
    roles = dict((p.name, p.role) for p in parse_text(tmp_path, text).members)
    assert roles["W Weir"] == "Parent Governor Representative"


def test_a_typed_councillors_label_over_a_list_and_a_lay_members_line(tmp_path):
    text = (
        "Glasfryn County Council\n\nAudit Committee\n\nMonday, 3 June 2024 at 2.00 pm\n\nMembership:\n\n"
        "County Councillor Ann Pike (Chair)\nCounty Councillors: Omar Reid, Tom Hill,\nSue Lamb and Ray Dunn\n"
        "Lay Members: Mr Ben Cole (Lay Member), Mrs Jo Vine (Lay Member)\n\n"
        "Contact: Ella Price, Democratic Services\n\n"
        "AGENDA\n\n1. Apologies for Absence\n\n2. Minutes (Pages 3 - 8)\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [
        ("Ann Pike", "Chair"),
        ("Omar Reid", None),
        ("Tom Hill", None),
        ("Sue Lamb", None),
        ("Ray Dunn", None),
        ("Ben Cole", "Lay Member"),
        ("Jo Vine", "Lay Member"),
    ]


def test_a_membership_paragraph_wrapped_inside_an_entry(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Calderwick Metropolitan Borough Council\nCabinet\nDate: Tuesday, 19 November 2024\n\n"
        "Members: Councillor Nadia Okafor (Leader of the Council and Chair), Councillor Ian Treloar\n"
        "(Deputy Leader and Vice-Chair), Councillors Joel Armitage, Maureen Haworth, Kieran Lomax,\n"
        "Bernadette Quayle and Priya Venkatesh.\n\nAGENDA\n\n1. Apologies for Absence\n2. Declarations of Interest\n",
    )
    assert [(p.name, p.role) for p in parsed.members] == [
        ("Nadia Okafor", "Leader of the Council and Chair"),
        ("Ian Treloar", "Deputy Leader and Vice-Chair"),
        ("Joel Armitage", None),
        ("Maureen Haworth", None),
        ("Kieran Lomax", None),
        ("Bernadette Quayle", None),
        ("Priya Venkatesh", None),
    ]


def test_a_joint_authority_membership_listed_under_each_constituent_council(tmp_path):
    parsed = parse_text(
        tmp_path,
        "KESTLEIGH AND BARROWDALE FIRE AND RESCUE AUTHORITY\n"
        "To: All Members of the Kestleigh and Barrowdale Fire and Rescue Authority\n"
        "Date of issue: 4 December 2024\n"
        "SUMMONS TO ATTEND A MEETING OF THE AUTHORITY on Friday 13 December 2024 at 10.30 am\n"
        "MEMBERSHIP OF THE AUTHORITY\n"
        "Kestleigh County Council: Councillors Brian Ambler (Chair), Eileen Copley, Hamish\n"
        "Drever and Sunita Rai\n"
        "Barrowdale City Council: Councillors Declan Hurley (Vice-Chair) and Monica Ives\n\n"
        "AGENDA\n1.\tApologies for Absence\n2.\tDeclarations of Interest\n",
    )
    assert [(p.name, p.role) for p in parsed.members] == [
        ("Brian Ambler", "Chair"),
        ("Eileen Copley", None),
        ("Hamish Drever", None),
        ("Sunita Rai", None),
        ("Declan Hurley", "Vice-Chair"),
        ("Monica Ives", None),
    ]


def test_a_membership_tables_heading_row_is_no_member(tmp_path):
    p = parse_text(
        tmp_path,
        "Ashvale Metropolitan Borough Council\n"
        "CABINET\n"
        "Tuesday, 24 June 2025 at 5.30 pm\n"
        "Membership of the Cabinet\n"
        "Councillor\tPortfolio\n"
        "Councillor Sarah Whitlock\tLeader of the Council (Chair)\n"
        "Councillor Imran Qureshi\tCabinet Member for Finance\n"
        "AGENDA\n"
        "1.\tApologies for Absence\n",
    )
    assert [(m.name, m.role) for m in p.members] == [
        ("Sarah Whitlock", "Leader of the Council (Chair)"),
        ("Imran Qureshi", "Cabinet Member for Finance"),
    ]


def test_a_membership_table_with_accented_names_and_a_wrapped_role_cell(tmp_path):
    p = parse_text(
        tmp_path,
        "Tollmere Council\n"
        "Cabinet\n"
        "Date:\tWednesday, 16th July, 2025\n"
        "Membership\n"
        "Councillor\tRole / Portfolio\n"
        "Councillor Sinéad Madden\tCabinet Member for Communities, Culture and Leisure\n"
        "Councillor Daniel Okonkwo-Reid\tCabinet Member for Environment, Transport and Climate\n"
        "Emergency\n"
        "Councillor Owen Truscott\tCabinet Member for Children, Young People and Education\n"
        "Quorum: 3 Members\n"
        "Contact\n"
        "AGENDA\n"
        "1. Apologies for Absence\n",
    )
    assert [(m.name, m.role) for m in p.members] == [
        ("Sinéad Madden", "Cabinet Member for Communities, Culture and Leisure"),
        ("Daniel Okonkwo-Reid", "Cabinet Member for Environment, Transport and Climate Emergency"),
        ("Owen Truscott", "Cabinet Member for Children, Young People and Education"),
    ]


def test_co_opted_members_with_clergy_titles_and_roles_wrapped_inside_brackets(tmp_path):
    p = parse_text(
        tmp_path,
        "MARLVALE COUNTY COUNCIL\n"
        "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n"
        "Thursday, 9 October 2025 at 10.00 a.m.\n"
        "MEMBERSHIP: Councillors Rachel Ebdon (Chairman) and Tom Haverley.\n"
        "\n"
        "Co-opted Members (voting on education matters only): Revd Canon Michael Ashby (Diocese\n"
        "of Kingsholt), Mrs Sunita Varma (Parent Governor Representative – Primary) and\n"
        "Mr Daniel Okoro (Parent Governor Representative – Secondary).\n"
        "\n"
        "AGENDA\n"
        "1. APOLOGIES FOR ABSENCE\n",
    )
    names = [m.name for m in p.members]
    assert names == ["Rachel Ebdon", "Tom Haverley", "Michael Ashby", "Sunita Varma", "Daniel Okoro"]


def test_a_membership_by_political_group_with_honours_and_names_broken_after_initials(tmp_path):
    p = parse_text(
        tmp_path,
        "AGENDA\nSCRUTINY COMMITTEE\nWednesday, 13th November, 2024, at 10.00 am\n"
        "Membership (6)\n"
        "Conservative (4):\tMr R J Calloway (Chair), Mr I Hazelwood, MBE, Mr R\n"
        "Littlejohn and Mrs D\n"
        "Stanbridge\n"
        "Labour (1)\tMrs B Okonjo\n"
        "Liberal Democrat (1):\tMr G Tamblyn\n"
        "Webcasting Notice\n"
        "Please note: this meeting may be filmed.\n"
        "UNRESTRICTED ITEMS\n"
        "1. Apologies and Substitutes\n",
    )
    names = [m.name for m in p.members]
    assert names == ["R J Calloway", "I Hazelwood", "R Littlejohn", "D Stanbridge", "B Okonjo", "G Tamblyn"]


def test_a_membership_table_of_name_and_ward_columns_twice_across_with_the_mayor_above(tmp_path):
    p = parse_text(
        tmp_path,
        "London Borough of Ashvale\nSUMMONS\nDate:\tWednesday, 17 September 2025\n"
        "MEMBERSHIP OF THE COUNCIL\n"
        "\n"
        "The Mayor: Councillor Grace Adeyinka\n"
        "\n"
        "Councillor\tWard\tCouncillor\tWard\n"
        "Yusuf Abdi\tAbbey Mills\tComfort Johnson\tFernside\n"
        "Farhana Ahmed\tBrookfield\tAnil Kapoor\tBrookfield\n"
        "Kofi Amponsah\tCanalside\n"
        "\n"
        "AGENDA\n"
        "1. Apologies for Absence\n",
    )
    assert [(m.name, m.role) for m in p.members] == [
        ("Grace Adeyinka", "Mayor"),
        ("Yusuf Abdi", None),
        ("Comfort Johnson", None),
        ("Farhana Ahmed", None),
        ("Anil Kapoor", None),
        ("Kofi Amponsah", None),
    ]


def test_names_under_a_group_heading_after_a_blank_line_are_members_too(tmp_path):
    p = parse_text(
        tmp_path,
        "Ashvale County Council\nCorporate Parenting Panel\nMonday 3 March 2025\n"
        "Membership:\n"
        "Councillor Patrick Dunne\n"
        "Councillor Imogen Trask\n"
        "\n"
        "Co-opted Members (non-voting)\n"
        "\n"
        "Kayleigh Roper – Children in Care Council\n"
        "Marcus Tillotson – Care Leavers' Forum\n"
        "\n"
        "AGENDA\n"
        "1. Apologies for Absence\n",
    )
    assert [m.name for m in p.members] == ["Patrick Dunne", "Imogen Trask", "Kayleigh Roper", "Marcus Tillotson"]


def test_a_portfolio_column_before_the_cabinet_member_column(tmp_path):
    """'Portfolio | Cabinet Member': the role first, the member second; a portfolio with a comma in it is
    not a name list wrapped onto the next row."""
    text = (
        "Cabinet\n\nDate: 8 July 2025\n\nMembership\n\nPortfolio\tCabinet Member\n"
        "Leader of the Council (Chair)\tCouncillor Joanne Pilling\n"
        "Communities, Culture and Leisure\tCouncillor Peter Lomax\n"
        "Highways and Transport\tCouncillor Hannah Greenhalgh\n\nAGENDA\n1. Apologies\n"
    )
    got = [(p.name, p.role) for p in parse_text(tmp_path, text).members]
    assert got == [
        ("Joanne Pilling", "Leader of the Council (Chair)"),
        ("Peter Lomax", "Communities, Culture and Leisure"),
        ("Hannah Greenhalgh", "Highways and Transport"),
    ]


def test_co_opted_members_under_a_qualified_heading_and_an_empty_seat(tmp_path):
    text = (
        "Scrutiny Committee\n\nDate: 2 October 2025\n\nMembership\n\n"
        "Councillor Rebecca Thwaite (Chair)\tCouncillor Linda Fothergill\n\n"
        "Education Co-opted Members (voting on education matters only)\n\n"
        "Mrs Margaret Holme\tChurch of England Diocesan Representative\n"
        "Vacancy\tParent Governor Representative (Primary)\n\nAGENDA\n1. Apologies\n"
    )
    got = [(p.name, p.role) for p in parse_text(tmp_path, text).members]
    assert got == [
        ("Rebecca Thwaite", "Chair"),
        ("Linda Fothergill", None),
        (
            "Margaret Holme",
            "Education Co-opted Member (voting on education matters only), Church of England Diocesan Representative",
        ),
    ]


def test_a_membership_list_in_layout_text_with_wrapped_portfolios(tmp_path):
    text = (
        "CABINET\n\n          Date:       Tuesday 16 September 2025\n\n      Membership\n"
        "      Councillor                  Portfolio\n"
        "      Helen Marchetti             Leader of the Council\n"
        "      Devinder Sahota             Deputy Leader and Cabinet Member for Finance\n"
        "                                  and Resources\n"
        "      Niamh Brennan               Cabinet Member for Children, Young People and\n"
        "                                  Schools\n"
        "      Quorum: 3 Members\n\nAGENDA\n1. Apologies\n"
    )
    got = [(p.name, p.role) for p in parse_text(tmp_path, text).members]
    assert got == [
        ("Helen Marchetti", "Leader of the Council"),
        ("Devinder Sahota", "Deputy Leader and Cabinet Member for Finance and Resources"),
        ("Niamh Brennan", "Cabinet Member for Children, Young People and Schools"),
    ]


def test_scottish_civic_titles_before_a_name():
    assert [clean_name(n) for n in ["Bailie Gordon Drummond", "Provost Jean Kerr", "Lord Provost A Lamb"]] == [
        "Gordon Drummond",
        "Jean Kerr",
        "A Lamb",
    ]


def test_a_party_after_each_name_in_a_membership_table_is_neither_name_nor_role(tmp_path):
    text = (
        "Notice of Meeting\nChildren's Services Scrutiny Committee\nDate\tTuesday, 8 July 2025\nMembership:\n"
        "Councillor Rosalind Tewkes (Chair) Liberal Democrat\tCouncillor Marcus Aldred-Finch (Vice-Chair) Conservative"
        "\tCouncillor Bethan Carrow Liberal Democrat\n"
        "Councillor Imran Dadabhoy Labour\tCouncillor Alan Green\tCouncillor Sian Rowe Reform UK\n\nAGENDA\n"
        "1. Apologies\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [
        ("Rosalind Tewkes", "Chair"),
        ("Marcus Aldred-Finch", "Vice-Chair"),
        ("Bethan Carrow", None),
        ("Imran Dadabhoy", None),
        ("Alan Green", None),  # a surname that is also a party stays
        ("Sian Rowe", None),
    ]


def test_a_role_bracket_wrapped_inside_its_cell_of_a_membership_table(tmp_path):
    text = (
        "Notice of Meeting\nEducation and Skills Scrutiny Committee\nDate:\tThursday, 22 January 2026\nMembership:\n"
        "Councillor Meinir Bowen (Chair\tCouncillor Tomos Ellis-Griffiths (Vice-\n"
        "of the Committee)\tChair)\n"
        "Councillor Alun ap Dafydd\tCouncillor Sarah Beddoe\n\nAGENDA\n1. Apologies\n"
    )
    names = [p.name for p in parse_text(tmp_path, text).members]
    assert names == ["Meinir Bowen", "Tomos Ellis-Griffiths", "Alun ap Dafydd", "Sarah Beddoe"]


def test_a_numbered_membership_list_running_on_into_co_opted_members(tmp_path):
    text = (
        "HALLOWSHIRE COUNTY COUNCIL\nChildren and Families Overview and Scrutiny Committee\n\n"
        "A meeting of the Committee will be held at County Hall on Wednesday, 12 November 2025 at 10.00 am.\n\n"
        "Membership\n\n1.\tCouncillor M J Pollard (Chairman)\n2.\tCouncillor R Tancock\n\n"
        "Co-opted Members (voting on education matters only)\n\n"
        "3.\tMr D Hext (Church of England Diocese of Wellhampton)\n"
        "4.\tMrs R Okafor (Parent Governor Representative)\n\n"
        "AGENDA\n\n1.\tApologies for Absence\n2.\tMinutes of the Previous Meeting (Pages 5 - 8)\n"
    )
    doc = parse_text(tmp_path, text)
    assert [p.name for p in doc.members] == ["M J Pollard", "R Tancock", "D Hext", "R Okafor"]
    assert [(a.number, a.title, a.pages) for a in doc.agenda] == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes of the Previous Meeting", [5, 8]),
    ]  # the numbered members are not agenda items


def test_a_role_wrapped_under_a_name_in_a_three_column_membership(tmp_path):
    """57 councillors in three columns read across the rows; '(Deputy Mayor)' wrapped under its name in the
    middle column is that councillor's role, and the names below it are still members. The council is named
    only in a footer of pieces parted by middle dots."""
    rows = [
        "Councillor Eleanor Brightwell\tCouncillor Alan Kavanagh\tCouncillor Robert Stanhope",
        "Councillor Declan Carey\tCouncillor Tomasz Kowalczyk\tCouncillor Mei-Ling Tan",
        "Councillor Leon Clarke\t(Deputy Mayor)\tCouncillor Oliver Thackeray",
        "Councillor Amara Cole\tCouncillor Grace Mensah (Mayor)\tCouncillor Precious Udeh",
    ]
    text = "\n".join(
        [
            "You are hereby summoned to attend a MEETING OF THE COUNCIL to be held at Wexham Town Hall on"
            " WEDNESDAY, 21 JANUARY 2026 at 7.30 pm.",
            "MEMBERSHIP OF THE COUNCIL",
            *rows,
            "",
            "AGENDA",
            "1.\tApologies for Absence",
            "2.\tDeclarations of Interest",
            "London Borough of Wexham · Governance Services · Wexham Town Hall, Broadwater Road, London SE29 4HT",
        ]
    )
    path = tmp_path / "summons.txt"
    path.write_text(text)
    p = parse_path(path)
    roles = {m.name: m.role for m in p.members}
    assert len(roles) == 11 and roles["Tomasz Kowalczyk"] == "Deputy Mayor" and roles["Grace Mensah"] == "Mayor"
    assert roles["Leon Clarke"] is None and "Precious Udeh" in roles
    assert p.council == "London Borough of Wexham"


def test_a_joint_panels_membership_by_appointing_authority(tmp_path):
    """'Appointing authority | Member | Substitute': the members are the Member column's (two of one authority
    may share a cell), independent co-opted members are co-opted, substitutes are not members. The panel is
    named beside the host's logo word, not by the contact officer; a description that goes on 'report to the
    Commissioner by ...' starts no report."""
    text = "\n".join(
        [
            "Wessex\tWessex Police and Crime Panel",
            "County Council\tAGENDA",
            "Enquiries to:",
            "Date:\tThursday, 5 February 2026",
            "Imogen Salter, Scrutiny Officer",
            "MEMBERSHIP",
            "Appointing authority\tMember\tSubstitute",
            "Aldermouth City Council\tCouncillor Rukhsana Begum Councillor Neil Trevithick (Vice-Chair)\tCouncillor Amy"
            " Latchford Councillor Graham Pinnock",
            "Chalkhurst District Council\tCouncillor Dr Anwen Price\tCouncillor Tom Blakemore",
            "Fordingham District Council\tCouncillor Geoffrey Lumb (Chair)\tCouncillor Helen Marchbank",
            "Independent co-opted member\tMrs Eleanor Whitcombe\t–",
            "AGENDA",
            "1.\tApologies for Absence and Substitutes",
            "2.\tPolice and Crime Commissioner’s Proposed Precept 2026/27",
            "To review the proposed precept notified by the Commissioner under Schedule 5 to the Act, and to",
            "report to the Commissioner by 8 February 2026. The Commissioner proposes a Band D precept.",
            "(a) Report of the Commissioner\tPages 7 - 30",
            "3.\tPolice and Crime Plan Performance Report – Quarter 3\tPages 37 - 58",
        ]
    )
    p = parse_text(tmp_path, text)
    assert [(m.name, m.role) for m in p.members] == [
        ("Rukhsana Begum", None),
        ("Neil Trevithick", "Vice-Chair"),
        ("Dr Anwen Price", None),
        ("Geoffrey Lumb", "Chair"),
        ("Eleanor Whitcombe", "Co-opted"),
    ]
    assert p.meeting.body == "Wessex Police and Crime Panel"
    assert [a.number for a in p.agenda] == ["1", "2", "3"]


def test_a_grid_of_members_whose_cells_wrap_with_party_brackets(tmp_path):
    """Cells run together on a line ('... (Lab) Councillor P Ackroyd'), their brackets wrapped onto the line below
    in column order, a surname wrapped under its forename; party brackets are no roles."""
    text = (
        "NOTICE OF MEETING\nLicensing Committee\nDate:\tMonday, 16 February 2026\n"
        "Membership\n"
        "Councillor Margaret Holt\tCouncillor Imran Sadiq (Lab) Councillor Pauline Ack\tCouncillor Tariq Bash (Lab)\n"
        "(Lab) (Chair)\t(Vice-Chair)\t(Con)\n"
        "Councillor Denise Brear\tCouncillor Christopher\tCouncillor Sandra Fair\tCouncillor Joe Green\n"
        "(Lab)\tDunwell (LD)\t(Lab)\t(Con)\n"
        "Councillor Alan Lumb (Ind)\tCouncillor Dan Royle (LD)\n"
        "Substitutes\nCouncillor Gary Entwistle (Lab)\n"
        "AGENDA\n1.\tApologies for Absence\n"
    )
    got = [(p.name, p.role) for p in parse_text(tmp_path, text).members]
    assert got == [
        ("Margaret Holt", "Chair"),
        ("Imran Sadiq", "Vice-Chair"),
        ("Pauline Ack", None),
        ("Tariq Bash", None),
        ("Denise Brear", None),
        ("Christopher Dunwell", None),
        ("Sandra Fair", None),
        ("Joe Green", None),
        ("Alan Lumb", None),
        ("Dan Royle", None),
    ]


def test_a_summons_table_whose_name_cells_wrap_their_brackets_keeps_both_roles_and_stops_at_the_letter(tmp_path):
    text = (
        "Ashcombe District Council\n"
        "To:\tAll Members of the Cabinet\n"
        "Councillor A Price (Leader of the Council and\tPortfolio Holder for Strategy\n"
        "Chair)\n"
        "Councillor M Okoro (Deputy Leader and Vice-\tPortfolio Holder for Finance\n"
        "Chair)\n"
        "Councillor D Whitlock\tPortfolio Holder for Leisure, Health and\n"
        "Wellbeing\n"
        "Dear Councillor,\n"
        "You are requested to attend a meeting of the CABINET to consider the business set out in\n"
        "the agenda overleaf.\n"
        "Date:\tWednesday, 11 March 2026\n"
        "AGENDA\n"
        "1. Apologies for Absence\n"
    )
    path = tmp_path / "summons.txt"
    path.write_text(text)
    parsed = parse_path(path)
    assert parsed.meeting.body == "Cabinet"
    assert [(m.name, m.role) for m in parsed.members] == [
        ("A Price", "Leader of the Council and Chair, Portfolio Holder for Strategy"),
        ("M Okoro", "Deputy Leader and Vice-Chair, Portfolio Holder for Finance"),
        ("D Whitlock", "Portfolio Holder for Leisure, Health and Wellbeing"),
    ]


def test_a_bracket_wrapped_in_the_middle_cell_of_a_grid_of_names(tmp_path: Path):
    doc = parse_text(
        tmp_path,
        "Thornbury District Council\n"
        "To:\tAll Members of the Licensing Committee\n"
        "Councillor P Hollis (Chairman)\tCouncillor Mrs J Atwell (Vice-\tCouncillor S Bellow\n"
        "Chairman)\n"
        "Councillor R Crow\tCouncillor A Dabbs\tCouncillor Mrs K Ellery\n"
        "Quorum: 3 Members\n"
        "Dear Councillor,\n"
        "You are summoned to attend a meeting of the Licensing Committee to be held on Wednesday, "
        "18 March 2026 at 6.30 pm.\n"
        "AGENDA\n"
        "1. Apologies for Absence\n",
    )
    assert [(p.name, p.role) for p in doc.members] == [
        ("P Hollis", "Chairman"),
        ("J Atwell", "Vice-Chairman"),
        ("S Bellow", None),
        ("R Crow", None),
        ("A Dabbs", None),
        ("K Ellery", None),
    ]


def test_a_co_opted_members_bracketed_role_in_a_cell_of_its_own(tmp_path):
    p = parse_text(
        tmp_path,
        "KELD COUNTY COUNCIL\nNOTICE OF MEETING\nCARE SCRUTINY COMMITTEE\n"
        "Date and time:\tThursday, 5 February 2026, 10.30am\nVenue:\tCouncil Chamber, County Hall\n"
        "Membership (4)\nCouncillors\nAnnwen Daniels\tMair Rowlands (Vice-Chair)\n"
        "Co-opted members\nMr Iolo Bebb\t(Lay Member)\nMrs Sioned Maelor\t(Unpaid Carers Representative)\n"
        "AGENDA\n1. APOLOGIES\nTo receive apologies.\n",
    )
    assert [(m.name, m.role) for m in p.members] == [
        ("Annwen Daniels", None),
        ("Mair Rowlands", "Vice-Chair"),
        ("Iolo Bebb", "Co-opted, Lay Member"),
        ("Sioned Maelor", "Co-opted, Unpaid Carers Representative"),
    ]
    # 'NOTICE OF MEETING' over the committee's name says what the paper is; it is no part of the name
    assert p.meeting.body == "Care Scrutiny Committee"


def test_a_membership_table_beside_a_sidebar_of_meeting_details(tmp_path):
    """A landscape front sheet: the sidebar's heading shares the line with 'Membership', the sidebar's lines fall
    between the table's rows, and the role column is not next to the names."""
    text = (
        "Health and Wellbeing Board\nAGENDA\n"
        "MEETING DETAILS\tMembership\n"
        "Member\tOrganisation\tRole on the Board\n"
        "Date\nThursday 27 November 2025\n"
        "Councillor Ann Hollis\tKelmoor Council – Cabinet Member for Health\tChair\n"
        "Time\n2.00 pm\n"
        "Martin Oyelaran\tNHS Kelmoor ICB – Place Director\tVice-Chair\n"
        "Venue\nCommittee Room 1, Kelmoor Town Hall\n"
        "Dr Farah Mirza\tKelmoor Council – Director of Public Health\tStatutory member\n"
        "Patricia Lund\tHealthwatch Kelmoor – Chair\tMember\n"
        "Kelmoor\n"
        "Agenda\n"
        "Item\tTitle\tLead\tPages\n"
        "1\tApologies for Absence\tChair\t–\n"
    )
    assert [(p.name, p.role) for p in parse_text(tmp_path, text).members] == [
        ("Ann Hollis", "Chair"),
        ("Martin Oyelaran", "Vice-Chair"),
        ("Dr Farah Mirza", "Statutory member"),
        ("Patricia Lund", None),
    ]


def test_a_county_councillors_postnominal_is_not_part_of_the_name():
    from minutebook.extract.names import clean_name

    printed = ("Mr. N. D. Barnsdale CC", "Ms. Betty Loddington CC", "Dr. R. K. A. Fenshaw CC")
    assert [clean_name(n) for n in printed] == [
        "N. D. Barnsdale",
        "Betty Loddington",
        "Dr. R. K. A. Fenshaw",
    ]


def test_a_membership_of_names_and_offices_after_a_dash_one_office_wrapped_after_its_for(tmp_path):
    parsed = parse_text(
        tmp_path,
        "Calderwell Council\nCabinet\nTuesday, 10 February 2026 at 10.30 am\nMembership\n"
        "Councillor R Hartley (Chair) - Leader of the Council\n"
        "Councillor N Ashworth-Kaye (Deputy Chair) - Deputy Leader and Cabinet Member for\n"
        "Economic Growth and Regeneration\n"
        "Councillor P Dobson - Cabinet Member for Adults and Health\n"
        "Councillor C Ingham - Cabinet Member for Transport and Highways\n"
        "Contact:\tHelen Crowther, Democratic Services Officer\n"
        "Agenda\n1. Apologies for Absence\n2. Declarations of Interest\n3. Minutes\n",
    )
    assert [(p.name, p.role) for p in parsed.members] == [
        ("R Hartley", "Chair"),
        ("N Ashworth-Kaye", "Deputy Chair"),
        ("P Dobson", "Cabinet Member for Adults and Health"),
        ("C Ingham", "Cabinet Member for Transport and Highways"),
    ]


def test_a_committees_religious_and_teacher_representatives_under_their_labels(tmp_path):
    parsed = parse_text(
        tmp_path,
        "STRATHMORE COUNCIL\nEducation Committee\nThursday, 5 March 2026 at 10.00 am\n"
        "Members\nCouncillor Alasdair Rattray (Chair)\nCouncillor Rhona Tait\n"
        "Religious Representatives:\tRev Andrew Hamilton (Church of Scotland)\nMrs Bernadette Quinn (Roman Catholic "
        "Church)\nTeacher Representative:\tMs Gillian Yule\nBUSINESS\n1. Declarations of interest\n"
        "2. Minute of Meeting of 22 January 2026\n3. Revenue Budget Monitoring\n",
    )
    assert [m.name for m in parsed.members] == [
        "Alasdair Rattray",
        "Rhona Tait",
        "Andrew Hamilton",
        "Bernadette Quinn",
        "Gillian Yule",
    ]
