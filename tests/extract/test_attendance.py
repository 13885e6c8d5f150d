"""Who was there and who sent apologies, as a reader of the minutes would list them."""

from __future__ import annotations

from minutebook.extract.attendance import apologies_in_text, is_prose, label_of, parse_attendance, people_from
from minutebook.extract.minutes import extract_minutes
from minutebook.model import Line


def text_lines(text: str) -> list[Line]:
    return [Line(i + 1, None, t) for i, t in enumerate(text.splitlines())]


def test_agenda_wording_with_no_names_does_not_stop_the_search():
    text = (
        "Apologies. To receive apologies for absence from Members. "
        "Minutes: Apologies were received from Councillors Ada Pennock and Rhys Tolland."
    )
    assert apologies_in_text(text) == ["Ada Pennock", "Rhys Tolland"]


def test_apology_sentence_that_runs_on_gives_only_the_absent_member():
    text = (
        "Apologies for absence were received from Councillor Mia Brandt in her absence the meeting was chaired "
        "by Councillor Owen Fisk."
    )
    assert apologies_in_text(text) == ["Mia Brandt"]


def test_names_with_particles_and_brackets_are_kept_whole():
    text = "Apologies were received from Mr Piet van Dam (unwell) and Mrs Jo de Witt."
    assert apologies_in_text(text) == ["Piet van Dam", "Jo de Witt"]


def test_inline_numbered_apologies_heading():
    text = """Minutes of a Meeting of Brookhill Community Council held on Tuesday 3rd March 2020 at 7pm.
Present: Mrs Ann Rudd, Mr Tom Pike and Mr Len Oates.
1. Apologies for absence: Mr Ivor Hale, Mrs Bet Lowe (car trouble) and Mr Sam Reed.
2. Declarations of interest: None
3. Footpath Repairs
The repairs were approved.
"""
    (m,) = extract_minutes(text_lines(text), [])
    assert m.apologies == ["Ivor Hale", "Bet Lowe", "Sam Reed"]


def test_the_person_in_the_chair_is_not_an_apology():
    assert apologies_in_text("Apologies: Cllr Rob Dean, The Mayor (Cllr Jan Hook) in the Chair") == ["Rob Dean"]


def test_attendance_block_apologies_label():
    block = text_lines("Present: Cllr A Lamb (Chair), Cllr B Wood\nApologies: Cllr C Ash")
    present, apologies, _ = parse_attendance(block)
    assert [p.name for p in present] == ["A Lamb", "B Wood"] and apologies == ["C Ash"]


def test_titles_and_officers_in_an_apologies_list_are_not_names():
    text = "Apologies: Cllr P Vane Cllr R Holt Rev K Amos, Mayor’s Chaplain Mr D Lyle, Police Liaison Officer"
    assert apologies_in_text(text) == ["P Vane", "R Holt", "K Amos", "D Lyle"]


def test_initials_and_how_someone_attended_are_not_roles():
    block = text_lines(
        "Present: Cllr Mrs. R. Tanner (RT), Cllr P.J. Owen-Lloyd (PJOL), Cllr S. Beck (via VC), "
        "Cllr T. Marsh (Vice-Chair)"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.role) for p in present] == [
        ("R. Tanner", None),
        ("P.J. Owen-Lloyd", None),
        ("S. Beck", None),
        ("T. Marsh", "Vice-Chair"),
    ]


def test_present_list_faults():
    block = text_lines(
        "Present: Cllr Jo Price – Hughes, Cllr Al Neve – Chair, Cllr Ed Lowe\n"
        "Councillors: Ray Hunt (Mayor) Sue Bell (Deputy Mayor) Tom Dix, Pat Oxley\n"
        "In Attendance:\nChief Executive\nMr Tom Dix in the Chair"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.role, p.kind) for p in present] == [
        ("Jo Price-Hughes", None, "member"),
        ("Al Neve", "Chair", "member"),
        ("Ed Lowe", None, "member"),
        ("Ray Hunt", "Mayor", "member"),
        ("Sue Bell", "Deputy Mayor", "member"),
        ("Tom Dix", "Chair", "member"),
        ("Pat Oxley", None, "member"),
    ]


def test_the_mayor_before_the_name_is_not_a_name():
    present, _, _ = parse_attendance(text_lines("Present    The Mayor, Cllr. D. Rowe (in the chair), Cllr. E. Mann"))
    # the office printed before the name is the role (the Mayor presiding, as the office says)
    assert [(p.name, p.role) for p in present] == [("D. Rowe", "Mayor"), ("E. Mann", None)]


def test_name_role_dash_organisation_lines_are_one_person_each():
    block = text_lines(
        "Members Present:\n"
        "Councillor Ann Pike (Chair) – Cabinet Member for Housing and Planning\n"
        "Dr Raj Patel (Vice-Chair) – North and West Clinical Commissioning Group\n"
        "Councillor Tom Hill – Cabinet Member for Roads and Transport\n"
        "Chief Inspector Lisa Grant – Eastshire Constabulary"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.role) for p in present] == [
        ("Ann Pike", "Chair"),
        ("Dr Raj Patel", "Vice-Chair"),
        ("Tom Hill", "Cabinet Member for Roads and Transport"),
        ("Lisa Grant", "Eastshire Constabulary"),
    ]


def test_apology_sentences_in_a_minute_item():
    assert apologies_in_text("An apology for absence was received from Cllr Quennell.") == ["Quennell"]
    assert apologies_in_text("An apology for her absence was received from Councillor Orme.") == ["Orme"]
    assert apologies_in_text(
        "As apologies had been received from the Mayor and Councillors Abbot, Birch and Cole, the meeting was "
        "inquorate."
    ) == ["Abbot", "Birch", "Cole"]
    assert apologies_in_text("Apologies for absence were received from Councillors Dee Fox and Gil Hart.") == [
        "Dee Fox",
        "Gil Hart",
    ]


def test_apologies_for_leaving_early_are_not_apologies_for_absence():
    text = (
        "There were apologies for absence from Councillor Ada Moss. Councillor Ben Rook gave his apologies for "
        "having to leave the meeting early."
    )
    assert apologies_in_text(text) == ["Ada Moss"]


def test_apologies_also_received_add_to_the_list():
    text = (
        "Apologies for absence were received from Councillor Ada Moss.  Apologies were also received from "
        "Councillor Cy Lowe, who was unwell. The Chair sent apologies from no one else."
    )
    assert apologies_in_text(text) == ["Ada Moss", "Cy Lowe"]


def test_a_role_printed_before_its_holder_in_brackets_and_in_the_chair():
    present, _, _ = parse_attendance(
        text_lines(
            "Present: The Mayor (Councillor Catherine Oyelaran) in the Chair; The Deputy\n"
            "Mayor (Councillor Graham Pettifer);\n"
            "Councillors Farida Ahmed and Jonathan Birkett.\n"
        )
    )
    assert [(p.name, p.role) for p in present] == [
        ("Catherine Oyelaran", "Mayor"),
        ("Graham Pettifer", "Deputy Mayor"),
        ("Farida Ahmed", None),
        ("Jonathan Birkett", None),
    ]


def test_officers_each_with_a_role_after_a_dash_separated_by_semicolons():
    present, _, _ = parse_attendance(
        text_lines(
            "Officers: Richard Vosper – Chief Executive; Amanda Leyland – Director of Law\n"
            "and Governance; Rachel Dunmore – Democratic Services Manager.\n"
        )
    )
    assert [(p.name, p.kind) for p in present] == [
        ("Richard Vosper", "officer"),
        ("Amanda Leyland", "officer"),
        ("Rachel Dunmore", "officer"),
    ]
    assert present[0].role == "Chief Executive"


def test_an_attendance_table_with_a_column_saying_how_each_member_attended():
    present, apologies, subs = parse_attendance(
        text_lines(
            "Attendance\n"
            "Member\tAttendance\n"
            "County Councillor Janet Abernethy (Chairman)\tPresent\n"
            "County Councillor Oliver Grayling\tApologies\n"
            "County Councillor Desmond Pyke\tAbsent\n"
            "County Councillor Wendy Tolland\tSubstitute for Cllr Grayling\n"
            "Officers and others in attendance\n"
            "Name\tRole\n"
            "Bernadette Royle\tExecutive Director of Adult Services\n"
            "Karen Whitby\tChief Operating Officer, Orrin Valley NHS Foundation Trust\n"
        )
    )
    assert [(p.name, p.role, p.kind) for p in present] == [
        ("Janet Abernethy", "Chairman", "member"),
        ("Wendy Tolland", "Substitute", "member"),
        ("Bernadette Royle", "Executive Director of Adult Services", "officer"),
        ("Karen Whitby", "Chief Operating Officer, Orrin Valley NHS Foundation Trust", "officer"),
    ]
    assert apologies == ["Oliver Grayling"]
    assert subs == [{"name": "Wendy Tolland", "for": "Grayling"}]


def test_the_chair_named_again_with_an_initial_is_the_same_person():
    present, _, _ = parse_attendance(
        text_lines("Sederunt:\nMr Iain Macrae (Chair)\nMs Joanna Tulloch\nMr I Macrae in the Chair.\n")
    )
    assert [(p.name, p.role) for p in present] == [("Iain Macrae", "Chair"), ("Joanna Tulloch", None)]


def test_a_list_wrapped_inside_a_name_keeps_the_name_whole():
    present, _, _ = parse_attendance(
        text_lines(
            "Members present:\tCouncillors Grace Adebayo (Chair), Liam Doherty, Rebecca Foulkes, Niall\n"
            "Gallagher, Shanice Hamilton and Ruth Lindqvist\n"
        )
    )
    assert [p.name for p in present] == [
        "Grace Adebayo",
        "Liam Doherty",
        "Rebecca Foulkes",
        "Niall Gallagher",
        "Shanice Hamilton",
        "Ruth Lindqvist",
    ]


def test_a_substitute_for_a_member_named_over_a_line_break_is_not_that_member():
    present, _, _ = parse_attendance(
        text_lines(
            "Present:\n"
            "Councillor Alan Pritchard (Northvale District Council) – Chair\n"
            "Councillor Dominic Faulkner (Kingsford District Council)\n"
            "Councillor Hazel Winstanley (Kingsford District Council) – substitute for Councillor\n"
            "Trevor Aldous\n"
        )
    )
    assert [(p.name, p.role) for p in present] == [
        ("Alan Pritchard", "Chair"),  # the council a member sits for is no role
        ("Dominic Faulkner", "Kingsford District Council"),
        ("Hazel Winstanley", "Substitute"),
    ]


def test_an_attendance_table_of_name_role_and_attendance():
    present, apologies, _ = parse_attendance(
        text_lines(
            "Attendance\nName\tRole\tAttendance\n"
            "Cllr Philip Amesbury\tChairman\tPresent\n"
            "Cllr Sheila Farthing\tMember\tApologies\n"
            "Cllr Trevor Penhaligon\tMember\tAbsent\n"
            "Mrs Karen Whitlow\tTown Clerk\tPresent\n"
        )
    )
    assert [(p.name, p.role, p.kind) for p in present] == [
        ("Philip Amesbury", "Chairman", "member"),
        ("Karen Whitlow", "Town Clerk", "officer"),
    ]
    assert apologies == ["Sheila Farthing"]


def test_officers_with_roles_wrapped_anywhere_in_a_semicolon_list():
    present, _, _ = parse_attendance(
        text_lines(
            "OFFICERS IN ATTENDANCE\n"
            "Meinir Caradog – Corporate Director of\n"
            "Communities; Alun Griffiths – Head of\n"
            "Regeneration; Nerys Hopkin – Scrutiny\n"
            "Officer; Lowri Ellis – Democratic Services\n"
            "Officer\n"
        )
    )
    assert [(p.name, p.role) for p in present] == [
        ("Meinir Caradog", "Corporate Director of Communities"),
        ("Alun Griffiths", "Head of Regeneration"),
        ("Nerys Hopkin", "Scrutiny Officer"),
        ("Lowri Ellis", "Democratic Services Officer"),
    ]


def test_apologies_from_a_second_member_after_a_clause_about_the_first():
    text = (
        "Apologies were received from Councillor Terence Hadfield (Fellbridge District Council), for whom no "
        "substitute had been nominated, and from Councillor Lorna Beeston (Sallowby District Council)."
    )
    assert apologies_in_text(text) == ["Terence Hadfield", "Lorna Beeston"]


def test_a_labelled_line_after_a_semicolon_list_starts_its_own_list():
    present, _, _ = parse_attendance(
        text_lines(
            "Present:\tAldermen A Boyd and B Carr; Councillors C\n"
            "Dunne, E Egan and F\n"
            "Flynn\n"
            "In Attendance:Director of Environmental Services (Mr G Hale)\n"
            "Democratic Services Officer (Mrs H Irwin)\n"
        )
    )
    assert [(p.name, p.kind) for p in present] == [
        ("A Boyd", "member"),
        ("B Carr", "member"),
        ("C Dunne", "member"),
        ("E Egan", "member"),
        ("F Flynn", "member"),
        ("G Hale", "officer"),
        ("H Irwin", "officer"),
    ]
    assert present[-2].role == "Director of Environmental Services"


def test_a_role_before_its_holder_is_the_holders_role():
    present, _, _ = parse_attendance(
        text_lines(
            "Present: Councillors Anne Hale (Chair) and Ben Irwin.\n"
            "Independent Person: Mrs Carol Jessop.\n"
            "Clerk: Mr David Kemp\n"
        )
    )
    assert [(p.name, p.role, p.kind) for p in present] == [
        ("Anne Hale", "Chair", "member"),
        ("Ben Irwin", None, "member"),
        ("Carol Jessop", "Independent Person", "other"),
        ("David Kemp", "Clerk", "officer"),
    ]


def test_a_role_wrapped_after_a_comma_is_not_a_person():
    present, _, _ = parse_attendance(
        text_lines(
            "In attendance:\tDr Ann Hale – Police and Crime Commissioner\n"
            "Superintendent Ben Irwin – Head of Local Policing,\n"
            "Northvale Police\n"
        )
    )
    assert [(p.name, p.role) for p in present] == [
        ("Dr Ann Hale", "Police and Crime Commissioner"),
        ("Ben Irwin", "Head of Local Policing, Northvale Police"),
    ]


def test_officers_printed_job_first_with_their_names_in_brackets():
    present, _, _ = parse_attendance(
        text_lines(
            "Officers in attendance: Chief Executive (Alison Drake); Director of Legal and Governance\n"
            "and Monitoring Officer (Jonathan Pell); Director of Finance (Kiran Bassi).\n"
        )
    )
    assert [(p.name, p.role, p.kind) for p in present] == [
        ("Alison Drake", "Chief Executive", "officer"),
        ("Jonathan Pell", "Director of Legal and Governance and Monitoring Officer", "officer"),
        ("Kiran Bassi", "Director of Finance", "officer"),
    ]


def test_a_name_wrapped_after_the_forename():
    present, _, _ = parse_attendance(
        text_lines(
            "Also present: Councillor Graham Pybus (Leader of the Opposition) and Councillor Ruth\n"
            "Akinola (Chair, Children and Young People Scrutiny Panel)\n"
        )
    )
    assert [(p.name, p.role) for p in present] == [
        ("Graham Pybus", "Leader of the Opposition"),
        ("Ruth Akinola", "Chair, Children and Young People Scrutiny Panel"),
    ]


def test_an_untitled_name_wrapped_inside_a_list_of_names_with_their_jobs():
    present, _, _ = parse_attendance(
        text_lines(
            "Also present: Gwyn Tudur Edwards (Chief Executive), Sian Mererid\n"
            "Pugh (Corporate Director), Iola Wyn Bowen\n"
            "(Monitoring Officer) and Lowri Haf Evans (Democratic Services Officer).\n"
        )
    )
    assert [(p.name, p.role) for p in present] == [
        ("Gwyn Tudur Edwards", "Chief Executive"),
        ("Sian Mererid Pugh", "Corporate Director"),
        ("Iola Wyn Bowen", "Monitoring Officer"),
        ("Lowri Haf Evans", "Democratic Services Officer"),
    ]


def test_a_name_and_role_table_reads_one_person_a_row():
    present, _, _ = parse_attendance(
        text_lines(
            "Present:\n"
            "Name\tRole\n"
            "Councillor Sarah Beckwith\tChair\n"
            "Councillor Rita Moss\tVice-Chair\n"
            "Kayleigh Roper\tCo-opted Member (Children in Care Council)\n"
        )
    )
    assert [(p.name, p.role) for p in present] == [
        ("Sarah Beckwith", "Chair"),
        ("Rita Moss", "Vice-Chair"),
        ("Kayleigh Roper", "Co-opted Member (Children in Care Council)"),
    ]


def test_label_cells_beside_their_names_give_members_and_officers():
    present, _, _ = parse_attendance(
        text_lines(
            "Members\tCouncillors Ada Brook (Chair), Colm Dane and Eve Ford\n"
            "Officers\tGus Hale (Licensing Officer); Ivy Jones (Legal Adviser); Kit Lane\n"
            "(Democratic Services Officer)\n"
        )
    )
    assert [(p.name, p.role, p.kind) for p in present] == [
        ("Ada Brook", "Chair", "member"),
        ("Colm Dane", None, "member"),
        ("Eve Ford", None, "member"),
        ("Gus Hale", "Licensing Officer", "officer"),
        ("Ivy Jones", "Legal Adviser", "officer"),
        ("Kit Lane", "Democratic Services Officer", "officer"),
    ]


HEARING = """\
NORTHMERE DISTRICT COUNCIL
Licensing Sub-Committee A
Minutes of the hearing
Date\tMonday 3 March 2025
Time\t2.00 pm
Members\tCouncillors Ada Brook (Chair), Colm Dane and Eve Ford
Officers\tGus Hale (Licensing Officer)
1. APOLOGIES FOR ABSENCE
None were received.
2. APPLICATION FOR A PREMISES LICENCE – THE MILL, 4 HIGH STREET
Application\tNew premises licence
Representations\tPolice (withdrawn on 20 February 2025); two residents
Present for the applicant\tMr Lee Moss (Director, Mill Bars Ltd); Ms Nia Owen (Solicitor)
Responsible authority present\tMs Pat Quinn (Environmental Health Officer); PC Rob Shaw (Police Licensing Officer)
Other persons present\tMr Sam Todd (local resident)
The Sub-Committee heard from the parties.
DECISION
The application is GRANTED as applied for.
3. APPLICATION TO VARY A PREMISES LICENCE – THE OLD BANK
Present for the licence holder\tMr Lee Moss (Director, Mill Bars Ltd)
DECISION
The application is REFUSED.
"""


def test_a_hearing_under_a_members_label_cell_is_one_set_with_each_items_parties_present():
    # 'Present for the applicant' inside an item starts no set of minutes of its own (its dates are not
    # the meeting's), and the parties it names attended the meeting.
    lines = text_lines(HEARING)
    (minutes,) = extract_minutes(lines, [])
    assert (minutes.body, minutes.date) == ("Licensing Sub-Committee A", "2025-03-03")
    assert [i.number for i in minutes.items] == ["1", "2", "3"]
    assert [(p.name, p.kind) for p in minutes.present] == [
        ("Ada Brook", "member"),
        ("Colm Dane", "member"),
        ("Eve Ford", "member"),
        ("Gus Hale", "officer"),
        ("Lee Moss", "other"),
        ("Nia Owen", "other"),
        ("Pat Quinn", "officer"),
        ("Rob Shaw", "other"),
        ("Sam Todd", "other"),
    ]


def test_a_stray_closing_bracket_in_a_list_ends_in_time():
    # A bracket broken by a comma leaves a piece ending in ')' with no '(' ('Borough Council)'): reading
    # the last bracket off it must stop, not go round for ever.
    import signal

    def too_long(*_):  # noqa: ANN002, ANN202
        raise TimeoutError("people_from did not return")

    old = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(10)
    try:
        people = people_from("Councillor Ann Bee (Northby), Borough Council), Councillor Cy Dale", "member", None)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert [p.name for p in people] == ["Ann Bee", "Cy Dale"]


def test_a_long_label_all_but_touching_a_name_with_no_honorific():
    """'Non-voting members Jonathan Pascoe-Reid, ...': the label's cell meets the names' column with no gap
    left in the text; a label of two words before a name and its comma is still a label. One word is not
    ('Present Day Services, ...' is no label and a name)."""
    assert label_of("Non-voting members Jonathan Pascoe-Reid, Police and Crime Commissioner")[2].startswith(
        "Jonathan Pascoe-Reid"
    )
    assert label_of("Present Day Services, Adult Social Care") is None


def test_a_label_cell_of_its_own_and_a_firm_after_the_names():
    """'External auditor: | Ellis Crane (Key Audit Partner) and Naomi Strudwick (Audit Manager), Hallam' /
    'Whitcombe LLP': a label that opens a group of its own, not more of 'Also present'; the firm is no one."""
    lines = [
        "Also present:\tCouncillor Joanna Pyke (Cabinet Member for Finance and Resources)",
        "External auditor:\tEllis Crane (Key Audit Partner) and Naomi Strudwick (Audit Manager), Hallam",
        "Whitcombe LLP",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [p.name for p in present] == ["Joanna Pyke", "Ellis Crane", "Naomi Strudwick"]


def test_apologies_from_one_and_from_another():
    text = (
        "Apologies for absence were received from Councillor Linda Fothergill and from Mr Francis Kilbride "
        "(Roman Catholic Diocesan Representative). Councillor Peter Quayle attended as substitute."
    )
    assert apologies_in_text(text) == ["Linda Fothergill", "Francis Kilbride"]


def test_a_ward_column_co_opted_representatives_and_a_forename_at_a_line_end():
    """'Ward | Councillors present' rows name wards, then people; 'Co-opted community representatives:' is a
    label; '..., Ravi' / 'Mistry (...)' is one name; a police inspector is no council officer."""
    lines = [
        "Ward\tCouncillors present",
        "Northfield\tMargaret Ellison (Chair), Tom Ridgeway",
        "Barrow Hill\tGavin O'Rourke, Lesley Pryor-Hughes",
        "Co-opted community representatives: Janet Fairclough (Northfield Residents’ Association), Ravi",
        "Mistry (Barrow Hill Community Forum)",
        "Also in attendance: Inspector Dawn Kellaway (Greyholme Police, North Neighbourhood Team),",
        "Marcus Oyelaran (Area Manager)",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.kind) for p in present] == [
        ("Margaret Ellison", "member"),
        ("Tom Ridgeway", "member"),
        ("Gavin O'Rourke", "member"),
        ("Lesley Pryor-Hughes", "member"),
        ("Janet Fairclough", "member"),
        ("Ravi Mistry", "member"),
        ("Dawn Kellaway", "other"),
        ("Marcus Oyelaran", "officer"),
    ]


def test_when_someone_was_there_is_neither_prose_nor_a_role():
    """'– for items 25/061 to 25/065' and '(from 7.48pm)' say when; a county councillor in attendance is not a
    council officer."""
    lines = [
        "Present:",
        "- Cllr Gareth Collins (from 7.48pm)",
        "In attendance:",
        "- Mrs Lorna Haddington (Clerk)",
        "- County Councillor Angela Brierley (Mardenshire County Council) – for items 25/061 to 25/065",
        "- District Councillor Mark Tolland (Tessbury District Council)",
    ]
    assert not is_prose(lines[4])
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    got = {p.name: (p.kind, p.role) for p in present}
    assert got["Gareth Collins"] == ("member", None)
    assert got["Angela Brierley"][0] == "other" and got["Mark Tolland"][0] == "other"


def test_partners_in_attendance_each_a_name_a_dash_and_a_role_with_commas_of_its_own():
    lines = [
        "Present: Cllr H Ashworth (Chair), Cllrs M Iqbal and B Sutcliffe",
        "Co-opted: Susan Marsland (Healthwatch Kestonbury)",
        "In attendance: Ms Claire Rushworth – Director of Nursing, NHS Mid Pennine Integrated Care Board; Ms Priya",
        "Chauhan – Director of Strategy and Partnerships, NHS Mid Pennine Integrated Care Board; Mr Stephen",
        "Holroyd – Head of Adult Social Care; Mrs Rebecca Kaye – Scrutiny and Governance Officer",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    got = [(p.name, p.kind, p.role) for p in present]
    assert ("Susan Marsland", "member", "Healthwatch Kestonbury") in got
    nhs = "Director of Strategy and Partnerships, NHS Mid Pennine Integrated Care Board"
    assert ("Priya Chauhan", "other", nhs) in got
    assert ("Stephen Holroyd", "officer", "Head of Adult Social Care") in got
    assert ("Rebecca Kaye", "officer", "Scrutiny and Governance Officer") in got


def test_advisory_members_are_a_group_of_their_own():
    lines = [
        "Present: Cllr Rosalind Treharne (Vice-Chair)",
        "Advisory members (non-voting): Jeremy Rowse (Harbour Master, Tamar Harbour Commissioners) and "
        "Owen Carthew (Natural England).",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [p.name for p in present] == ["Rosalind Treharne", "Jeremy Rowse", "Owen Carthew"]


def test_a_substitute_named_on_a_nested_bullet_under_the_member():
    lines = [
        "Members Present:",
        "• Councillor Colin Fairweather",
        "• Councillor Naomi Greaves",
        "o substituting for Councillor Peter Ashdown",
        "• Councillor Ian Holroyd",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role) for p in present] == [
        ("Colin Fairweather", None),
        ("Naomi Greaves", "Substitute"),
        ("Ian Holroyd", None),
    ]


def test_a_joint_board_s_members_under_each_council_s_label_cell_even_wrapped():
    lines = [
        "Present:",
        "Borough Council Members:\tCouncillor A Clarke (Chairman), Councillors P Dunmall and S Farrow-Price",
        "Kent County Council\tMr R J Hollands (Vice-Chairman), Mrs S Ashby and Mr",
        "Members:\tD Kemsley",
        "Parish Council Representative: Mr K Seager (Bretling Parish Council)",
        "Officers:\tMs N Achebe (Highway Manager, Kent Highways)",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role, p.kind) for p in present] == [
        ("A Clarke", "Chairman", "member"),
        ("P Dunmall", None, "member"),
        ("S Farrow-Price", None, "member"),
        ("R J Hollands", "Vice-Chairman", "member"),
        ("S Ashby", None, "member"),
        ("D Kemsley", None, "member"),
        ("K Seager", "Bretling Parish Council", "member"),
        ("N Achebe", "Highway Manager, Kent Highways", "officer"),
    ]


def test_a_grid_of_surnames_beside_councillors_and_members_told_as_also_present():
    lines = [
        "Present:\tCouncillor Tonkin (Chairman)",
        "Councillors:\tAtherton\tAyres\tBain\tBatters",
        "Bolitho\tBowden\tJ Dyer\tBurden",
        "Councillors Mrs F Chittenden and O Marsham were also present pursuant to Council Procedure Rule No",
        "15.21.",
        "Apologies:\tCouncillors Angwin and Bray",
    ]
    present, apologies, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.kind) for p in present] == [
        ("Tonkin", "member"),
        *[(n, "member") for n in ("Atherton", "Ayres", "Bain", "Batters", "Bolitho", "Bowden", "J Dyer", "Burden")],
        ("F Chittenden", "other"),
        ("O Marsham", "other"),
    ]
    assert apologies == ["Angwin", "Bray"]


def test_a_grid_cell_wrapped_inside_its_bracket_keeps_the_cells_beside_it():
    """A borderless four-column grid whose second cell wrapped ('J. Ashton (Deputy' / 'Mayor)'): the rest of
    the bracket, alone on the next line, is that cell's, and the names after it are people of their own."""
    lines = [
        "PRESENT:\tThe Mayor (Councillor M. Kenyon) in the Chair",
        "Councillors",
        "Z. Ahmed\tJ. Ashton (Deputy\tL. Barlow\tP. Birtwistle",
        "Mayor)",
        "A. Bradshaw\tC. Brierley\tH. Butterworth\tS. Cheetham",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role) for p in present][1:6] == [
        ("Z. Ahmed", None),
        ("J. Ashton", "Deputy Mayor"),
        ("L. Barlow", None),
        ("P. Birtwistle", None),
        ("A. Bradshaw", None),
    ]


def test_councillors_after_a_plural_title_are_several_people_even_with_a_role_at_the_end():
    lines = [
        "Present: Cllr Martin Wardell (Chair)",
        "Also present: Cllrs Graham Pettit, Susan Harrow (Opposition Leader)",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role) for p in present] == [
        ("Martin Wardell", "Chair"),
        ("Graham Pettit", None),
        ("Susan Harrow", "Opposition Leader"),
    ]


def test_officers_whose_jobs_hold_brackets_inside_brackets():
    lines = [
        "Present: The Mayor Councillor Susan Medhurst (Chairman)",
        "Officers in Attendance: Daniel Ashworth (Chief Executive), Helen Corbishley (Director of Finance,",
        "Policy and Development (Section 151 Officer)), Nadia Farooq (Head of Legal (Monitoring Officer))",
        "and Tom Sayers (Democratic Services Officer)",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role) for p in present][1:] == [
        ("Daniel Ashworth", "Chief Executive"),
        ("Helen Corbishley", "Director of Finance, Policy and Development (Section 151 Officer)"),
        ("Nadia Farooq", "Head of Legal (Monitoring Officer)"),
        ("Tom Sayers", "Democratic Services Officer"),
    ]


def test_officers_each_printed_job_first_in_one_wrapped_list():
    lines = [
        "PRESENT:\tMr R A Pennock (Chairman)",
        "IN ATTENDANCE: Chief Fire Officer Gareth Penhaligon, Deputy Chief Fire Officer Rachel Amesbury,",
        "Director of Finance and Corporate Services Helen Strudwick, Clerk to the Authority",
        "Ian Marchbank and Democratic",
        "Services Officer Tom Ridgewell.",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role) for p in present][1:] == [
        ("Gareth Penhaligon", "Chief Fire Officer"),
        ("Rachel Amesbury", "Deputy Chief Fire Officer"),
        ("Helen Strudwick", "Director of Finance and Corporate Services"),
        ("Ian Marchbank", "Clerk to the Authority"),
        ("Tom Ridgewell", "Democratic Services Officer"),
    ]


def test_board_members_each_named_with_the_job_and_body_they_come_from():
    lines = [
        "PRESENT: Mr D Hollingworth (Chairman), Cabinet Member for Adult Social Care, Kent County Council; Dr M",
        "Achterberg, Chair, NHS Kent and Medway; Mr J Pardoe, Kent County Council; Cllr P Whitelaw, District Council",
        "representative and Ms G Haldane, Healthwatch Kent",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role) for p in present] == [
        ("D Hollingworth", "Chairman, Cabinet Member for Adult Social Care, Kent County Council"),
        ("Dr M Achterberg", "Chair, NHS Kent and Medway"),
        ("J Pardoe", "Kent County Council"),
        ("P Whitelaw", "District Council representative"),
        ("G Haldane", "Healthwatch Kent"),
    ]


def test_constituent_councils_and_officers_printed_job_first():
    lines = [
        "Present:",
        "Mercia County Council: Councillors R Ellery (Chair), J A Bancroft and M Dhillon",
        "Stanbury City Council: Councillors B Fenton and C Lyttelton (Vice-Chair)",
        "Officers: Chief Fire Officer Andrew Kettleborough; Treasurer Paul Okonedo; Clerk and Monitoring Officer "
        "Helen Tranter",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    got = [(p.name, p.role, p.kind) for p in present]
    assert got[:5] == [
        ("R Ellery", "Chair", "member"),
        ("J A Bancroft", None, "member"),
        ("M Dhillon", None, "member"),
        ("B Fenton", None, "member"),
        ("C Lyttelton", "Vice-Chair", "member"),
    ]
    assert got[5:] == [
        ("Andrew Kettleborough", "Chief Fire Officer", "officer"),
        ("Paul Okonedo", "Treasurer", "officer"),
        ("Helen Tranter", "Clerk and Monitoring Officer", "officer"),
    ]


def test_a_label_broken_after_its_first_word_and_a_note_of_when_someone_was_there():
    block = text_lines(
        "Present:\nMr D Sowden\tParish member\nAlso\n"
        "present:\tCllr W Pattinson (ward member for Thornby) for minute 40/25"
    )
    present, _, _ = parse_attendance(block)
    assert [p.name for p in present] == ["D Sowden", "W Pattinson"]
    assert (present[1].role, present[1].kind) == ("ward member for Thornby", "other")


def test_a_joint_committees_attendance_table_grouped_by_council():
    """The council each member sits for in a first column, printed once a group: a place, not a person;
    the last column says who was there."""
    block = text_lines(
        "Council\tMember\tAttendance\n"
        "Lindmoor County Council\tCllr J Pike (Chair)\tPresent\n"
        "\tCllr R Ellery\tPresent\n"
        "Castlebury City Council\tCllr H Nazir (Vice-Chair)\tPresent\n"
        "\tCllr K Lowe\tAbsent\n"
        "\tCllr S Adeyemi\tApologies\n"
        "\tCllr T Harcourt\tSubstitute for Cllr S Adeyemi"
    )
    present, apologies, _ = parse_attendance(block)
    assert [(p.name, p.role) for p in present] == [
        ("J Pike", "Chair"),
        ("R Ellery", None),
        ("H Nazir", "Vice-Chair"),
        ("T Harcourt", "Substitute"),
    ]
    assert apologies == ["S Adeyemi"]


def test_people_parted_by_semicolons_each_with_a_job_and_body_after_commas():
    people = people_from(
        "Dr S Mensah, Medical Director, NHS Lindmoor and Castlebury Integrated Care Board; Ms B Harland, "
        "Manager, Healthwatch North Lindmoor",
        "other",
        None,
    )
    assert [(p.name, p.role) for p in people] == [
        ("Dr S Mensah", "Medical Director, NHS Lindmoor and Castlebury Integrated Care Board"),
        ("B Harland", "Manager, Healthwatch North Lindmoor"),
    ]


def test_officers_parted_by_semicolons_the_last_after_and_each_job_holding_commas_and_and():
    people = people_from(
        "Mr S Harwood, Corporate Director of Growth, Environment and Transport; Mrs E Quainton, Director of "
        "Environment and Circular Economy; Mr O Bramley, Head of Waste Management; and Mr K Vyse, Democratic "
        "Services Officer",
        "officer",
        None,
    )
    assert [(p.name, p.role) for p in people] == [
        ("S Harwood", "Corporate Director of Growth, Environment and Transport"),
        ("E Quainton", "Director of Environment and Circular Economy"),
        ("O Bramley", "Head of Waste Management"),
        ("K Vyse", "Democratic Services Officer"),
    ]


def test_officers_named_without_titles_parted_by_semicolons_keep_jobs_with_commas_and_and():
    people = people_from(
        "Fiona Lumsden, Chief Executive; Derek Sangster, Head of Legal and People (Monitoring Officer); Moira "
        "Dinnie, Chief Officer, Strathmoriston Health and Social Care Partnership; and Lynne Cowie, Committee Officer.",
        "officer",
        None,
    )
    assert [(p.name, p.role) for p in people] == [
        ("Fiona Lumsden", "Chief Executive"),
        ("Derek Sangster", "Head of Legal and People (Monitoring Officer)"),
        ("Moira Dinnie", "Chief Officer, Strathmoriston Health and Social Care Partnership"),
        ("Lynne Cowie", "Committee Officer"),
    ]


def test_officers_named_by_initial_parted_by_semicolons_keep_jobs_with_and():
    people = people_from(
        "K Dunbar, Head of Adult and Older People Services; Dr P Ure, Associate Medical Director; and L Moffat, "
        "Committee Officer, Kinross Council.",
        "officer",
        None,
    )
    assert [(p.name, p.role) for p in people] == [
        ("K Dunbar", "Head of Adult and Older People Services"),
        ("Dr P Ure", "Associate Medical Director"),
        ("L Moffat", "Committee Officer, Kinross Council"),
    ]


def test_an_external_auditor_one_a_line_is_one_person():
    lines = [
        "IN ATTENDANCE:\tMr N Brindley, Head of Internal Audit",
        "Ms Z Harrowby, External Audit (Grant Thornton)",
        "Mr T Ingleby, Democratic Services Officer",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role) for p in present] == [
        ("N Brindley", "Head of Internal Audit"),
        ("Z Harrowby", "External Audit (Grant Thornton)"),
        ("T Ingleby", "Democratic Services Officer"),
    ]


def test_cabinet_members_one_a_line_with_portfolios_wrapped_anywhere():
    """A decision notice's 'Present:' one councillor a line, each portfolio after a comma and wrapped wherever
    the line ran out ('..., Young' / 'People and Schools', '... Member' / 'for Housing'); an apology told the
    same way is one name."""
    lines = [
        "Present:\tCouncillor Sarah Whitmore, Leader of the Council (Chair)",
        "Councillor Tobias Fairclough, Deputy Leader and Cabinet Member",
        "for Housing and Homelessness",
        "Councillor Grace Adeyemi, Cabinet Member for Children, Young",
        "People and Schools",
        "Councillor Kwame Asante, Cabinet Member for Community Safety",
        "and Regeneration",
        "Also present:\tCouncillor Farah Qureshi, Chair of the Overview and Scrutiny",
        "Committee",
        "Apologies:\tCouncillor Rebecca Oduya, Cabinet Member for Equalities and",
        "Resident Engagement",
    ]
    present, apologies, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role) for p in present] == [
        ("Sarah Whitmore", "Leader of the Council (Chair)"),
        ("Tobias Fairclough", "Deputy Leader and Cabinet Member for Housing and Homelessness"),
        ("Grace Adeyemi", "Cabinet Member for Children, Young People and Schools"),
        ("Kwame Asante", "Cabinet Member for Community Safety and Regeneration"),
        ("Farah Qureshi", "Chair of the Overview and Scrutiny Committee"),
    ]
    assert apologies == ["Rebecca Oduya"]


def test_witnesses_one_a_line_name_dash_job_with_their_organisations_wrapped():
    lines = [
        "Also in attendance:\tDr Priya Raman - Chief Medical Officer, Dorminster and Wessex",
        "Integrated Care Board",
        "Fiona Maitland - Chief Operating Officer, Dorminster Hospitals",
        "NHS Foundation Trust",
        "Louise Penhale - Chief Executive, Healthwatch Dorminster",
        "- Councillor Fiona Oduya",
        "- Joanne Revill – Director of Public Health",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert sorted((p.name, p.role or "") for p in present) == [
        ("Dr Priya Raman", "Chief Medical Officer, Dorminster and Wessex Integrated Care Board"),
        ("Fiona Maitland", "Chief Operating Officer, Dorminster Hospitals NHS Foundation Trust"),
        ("Fiona Oduya", ""),
        ("Joanne Revill", "Director of Public Health"),
        ("Louise Penhale", "Chief Executive, Healthwatch Dorminster"),
    ]


def test_an_also_present_row_of_a_table_naming_an_office_then_its_holder():
    lines = [
        "Present:",
        "Mayor Jane Holloway (Chair)\tMayor of North Mercia",
        "Councillor Huw Bevan\tLeader, Teme Valley District Council",
        "Also present\tPolice and Crime Commissioner Nadia Farrow",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role, p.kind) for p in present][-1] == (
        "Nadia Farrow",
        "Police and Crime Commissioner",
        "other",
    )


def test_how_someone_attended_in_a_bracket_after_their_role_is_no_role():
    people = people_from(
        "Mr H Gatland (Leader of the Council) (virtually) and Mrs F Oxenbury (Cabinet Member for Environment)",
        "other",
        None,
    )
    assert [(p.name, p.role) for p in people] == [
        ("H Gatland", "Leader of the Council"),
        ("F Oxenbury", "Cabinet Member for Environment"),
    ]


def test_name_and_job_entries_run_together_in_one_table_cell():
    people = people_from(
        "Kieran Doyle – Director of Environment, Transport and Planning Sarah Whitlam – Head of Highways and "
        "Transport Anil Mehta – Traffic Management Team Leader",
        "officer",
        None,
    )
    assert [(p.name, p.role) for p in people] == [
        ("Kieran Doyle", "Director of Environment, Transport and Planning"),
        ("Sarah Whitlam", "Head of Highways and Transport"),
        ("Anil Mehta", "Traffic Management Team Leader"),
    ]


def test_an_apology_with_a_job_after_a_dash_is_one_name():
    people = people_from(
        "Councillor Lesley Brandreth – Cabinet Member for Corporate Services and Digital", "apologies", None
    )
    assert [p.name for p in people] == ["Lesley Brandreth"]


def test_a_markdown_attendance_table_under_its_label():
    block = text_lines(
        "**Present:**\n\n| Councillor | Portfolio |\n|---|---|\n"
        "| Councillor Margaret Ashworth (Chair) | Leader of the Council |\n"
        "| Councillor Derek Halliwell | Cabinet Member for Highways, Transport and Parking |\n"
    )
    present, _, _ = parse_attendance(block)
    assert [p.name for p in present] == ["Margaret Ashworth", "Derek Halliwell"]  # no 'Transport' from the role


def test_a_partnership_attendance_table_of_name_organisation_and_role():
    """A partnership board's attendance as Word tables: 'Name | Organisation | Role' with group rows, the
    chair in the Role cell's bracket; the apologies table's substitute stands in for the absent member. Rows
    ending in a comma or a dash are still rows of their own, and a vacant seat is no one."""
    block = text_lines(
        "ATTENDANCE\n"
        "Name\tOrganisation\tRole\n"
        "Board members\n"
        "Cllr Sarah Penrose\tCalderholme Metropolitan Borough Council\tCabinet Member for Safer Communities (Chair)\n"
        "Alison Brereton\tWest Pennine Fire and Rescue Service\tGroup Manager, Calderholme District\n"
        "Mark Holroyd\tNHS Pennine and Dales Integrated Care Board\tAssociate Director, Calderholme Place\n"
        "APOLOGIES\n"
        "Name\tOrganisation\tRole\tSubstitute\n"
        "Simon Harte\tOffice of the Police and Crime Commissioner\tHead of Partnerships\tLisa Hendry\n"
        "Cllr Peter Lindley\tCalderholme Metropolitan Borough Council\tCabinet Member for Housing\t–\n"
        "Nadia Rahman\tCalderholme Metropolitan Borough Council\tDirector of Children’s Services\t–"
    )
    present, apologies, subs = parse_attendance(block)
    assert [(p.name, p.role) for p in present] == [
        ("Sarah Penrose", "Chair"),
        ("Alison Brereton", "Group Manager, Calderholme District"),
        ("Mark Holroyd", "Associate Director, Calderholme Place"),
    ]
    assert apologies == ["Simon Harte", "Peter Lindley", "Nadia Rahman"]
    assert subs == [{"name": "Lisa Hendry", "for": "Simon Harte"}]
    council_table = text_lines(
        "Present:\nCouncil\tMember\tSubstitute\n"
        "South Tamar District Council\tCllr Martin Kessell\t–\n"
        "South Tamar District Council\tVacant\tCllr Nigel Burt"
    )
    assert "Vacant" not in [p.name for p in parse_attendance(council_table)[0]]


def test_auditors_and_an_independent_person_in_label_cells_without_colons():
    """'External auditor | Caldmore Whitby LLP – Nadia Rosenthal, Key Audit Partner': the label cell says who
    they are, the firm before the dash is not a person and their roles do not run into the officers'."""
    block = text_lines(
        "Members present\tCouncillors P Ashdown (Chair) and M Fairclough\n"
        "Independent Person\tMr J Threlfall (co-opted, non-voting)\n"
        "Officers\tAmanda Greaves, Director of Finance and Section 151 Officer\n"
        "External auditor\tCaldmore Whitby LLP – Nadia Rosenthal, Key Audit Partner\n"
        "Internal audit\tPennine Audit Partnership – Graham Ackroyd, Head of Internal Audit"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind) for p in present] == [
        ("P Ashdown", "member"),
        ("M Fairclough", "member"),
        ("J Threlfall", "other"),
        ("Amanda Greaves", "officer"),
        ("Nadia Rosenthal", "other"),
        ("Graham Ackroyd", "other"),
    ]
    assert present[3].role.startswith("Director of Finance") and "Key Audit" not in present[3].role
    assert present[4].role == "Key Audit Partner"


def test_a_name_broken_after_its_welsh_particle_is_one_name():
    block = text_lines(
        "Present: Councillor Gwilym Parry (Chair);\n"
        "Councillors Menna Hughes (Vice-Chair), Alun ap\n"
        "Rhys, Sian Ellis and Owen Pritchard."
    )
    assert [p.name for p in parse_attendance(block)[0]] == [
        "Gwilym Parry",
        "Menna Hughes",
        "Alun ap Rhys",
        "Sian Ellis",
        "Owen Pritchard",
    ]


def test_a_councillor_and_ward_table_names_no_one_in_its_ward_column():
    block = text_lines(
        "PRESENT\nCouncillor\tWard\nMargaret Ackroyd*\tHolmbrook North\nDaniel Fenwick\tAiredale East\n"
        "Peter Lockwood\tNormanby\n* Chair"
    )
    assert [p.name for p in parse_attendance(block)[0]] == ["Margaret Ackroyd", "Daniel Fenwick", "Peter Lockwood"]


def test_a_chair_marked_by_a_footnote_star():
    block = text_lines(
        "PRESENT\nCouncillor\tWard\nMargaret Ackroyd*\tHolmbrook North\nDaniel Fenwick\tAiredale East\n* Chair"
    )
    present = parse_attendance(block)[0]
    assert [(p.name, p.role) for p in present] == [("Margaret Ackroyd", "Chair"), ("Daniel Fenwick", None)]


def test_the_last_word_of_a_job_wrapped_onto_its_own_line():
    block = text_lines(
        "Cabinet Members present:\n"
        "Councillor Dr Farida Rahman – Cabinet Member for Adult Social Care and Public\n"
        "Health\n"
        "Councillor Owen Pritchard-Jones – Cabinet Member for Children, Education and\n"
        "Skills"
    )
    present = parse_attendance(block)[0]
    assert [(p.name, p.role) for p in present] == [
        ("Dr Farida Rahman", "Cabinet Member for Adult Social Care and Public Health"),
        ("Owen Pritchard-Jones", "Cabinet Member for Children, Education and Skills"),
    ]


def test_a_role_bracket_left_open_at_the_end_of_a_line():
    text = """Minutes of the Overview and Scrutiny Committee held on 25 November 2025
PRESENT: Councillors A Ellery (Chair) and B Bright
ALSO PRESENT: Councillor Grace Mensah (Cabinet Member for Housing) and Councillor Ruth Abernethy (lead
signatory to the call-in, minute 6)
Officers:
Mark Devlin – Director of Housing Needs and Homelessness
1. APOLOGIES FOR ABSENCE
There were no apologies."""
    (m,) = extract_minutes(text_lines(text), [])
    assert ("Ruth Abernethy", "lead signatory to the call-in, minute 6") in [(p.name, p.role) for p in m.present]


def test_a_pension_boards_attendance_in_groups_without_colons():
    text = """Minutes of the meeting of the Thamesvale Local Pension Board held on Wednesday 22 October 2025
Employer Representatives
Councillor Margaret Ellery\tThamesvale County Council
Andrew Pryce\tDirector of Finance, Wexcombe District Council
Scheme Member Representatives
Kevin Doherty\tUNISON, Thamesvale Local Government Branch
Independent Chair
Dr Malcolm Fenwick\t(in the Chair)
Apologies\tCouncillor Peter Wragg (Employer Representative) and Sandra Cole (Scheme Member Representative).
LPB 25/30\tDeclarations of interest
No declarations were made."""
    (m,) = extract_minutes(text_lines(text), [])
    names = [p.name for p in m.present]
    assert {"Margaret Ellery", "Andrew Pryce", "Kevin Doherty", "Dr Malcolm Fenwick"} <= set(names)
    assert m.apologies == ["Peter Wragg", "Sandra Cole"]


def test_an_apologies_label_over_a_sentence_naming_them():
    text = """Minutes of the Extraordinary Meeting of the Council held on Thursday 5 March 2026
PRESENT: The Mayor (Councillor Ann Dale) in the Chair; Councillors Bryn Aske, Carol Fenn and Dev Ghosh.
APOLOGIES: Apologies for absence were received from Councillors Eric Hale, Faye Irwin
and Gus Jolly.
12.\tMINUTES
RESOLVED: That the minutes be approved."""
    (m,) = extract_minutes(text_lines(text), [])
    assert m.apologies == ["Eric Hale", "Faye Irwin", "Gus Jolly"]


def test_a_member_representing_table_whose_cells_wrap():
    """Under 'Member | Representing' each row is one person, the words after the dash their office (commas and
    'and' included); a row's cells wrapped onto the next line go on in their own cells."""
    block = text_lines("""PRESENT
Member\tRepresenting
Mayor Ada Quill (Chair)\tMayor of the Northmarch (voting)
Councillor Ben Rudd – Leader, Avonby Borough Council\tConstituent council (voting)
Cara Sell – Police and Crime Commissioner for the North\tPolice and Crime Commissioner (non-
March\tvoting)
Dai Toft OBE – Chair, Northmarch and Eskdale Local\tBusiness community (non-voting)
Enterprise Partnership""")
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.role) for p in present] == [
        ("Ada Quill", "Chair"),
        ("Ben Rudd", "Leader, Avonby Borough Council"),
        ("Cara Sell", "Police and Crime Commissioner for the North March"),
        ("Dai Toft", "Chair, Northmarch and Eskdale Local Enterprise Partnership"),
    ]


def test_apologies_from_a_councillor_and_from_an_officer():
    text = """Minutes of the meeting of the Cabinet held on Tuesday 9 December 2025
Present: Councillors Ann Dale (Chair) and Bryn Aske.
Apologies for absence were received from Councillor Cai Dunn (Cabinet Member for Housing) and from Dora Ellis
(Director of Place).
1.\tMINUTES
RESOLVED: That the minutes be approved."""
    (m,) = extract_minutes(text_lines(text), [])
    assert m.apologies == ["Cai Dunn", "Dora Ellis"]


def test_councils_and_nhs_bodies_named_as_labels_inside_an_attendance_paragraph():
    block = text_lines("""Present:\tAldmoor County Council: Councillors J Hebb (Chair) and M Aske; Brackley Borough
Council: Councillors D Whit (Vice-Chair) and K Ahmed.
In attendance: NHS Aldmoor Integrated Care Board: Dr Helen Cross (Chief Medical Officer)
Brackley Hospitals NHS Foundation Trust: Sarah Ling (Chief Operating Officer)""")
    present, _, _ = parse_attendance(block)
    assert [p.name for p in present] == ["J Hebb", "M Aske", "D Whit", "K Ahmed", "Dr Helen Cross", "Sarah Ling"]


def test_a_name_broken_in_a_three_column_list_and_a_job_beginning_lord_in_brackets():
    block = text_lines("""Present:\tThe Lord Mayor (Councillor Pat Holroyd) in the Chair
Councillor Ann Akhtar\tCouncillor Mike Garvey\tCouncillor Jo Pettifer
Councillor Dr Helen\tCouncillor Siobhan Dowd\tCouncillor Jen Wainwright
Fairweather
Councillor Meg Fenby\tCouncillor Ray Okon\tCouncillor Tom Whitfield
Officers:\tAndrew Pemberton (Chief Executive) and Rhys Whitcombe (Lord Mayor’s Secretary)""")
    present, _, _ = parse_attendance(block)
    names = [p.name for p in present]
    assert "Dr Helen Fairweather" in names and "Fairweather" not in names
    assert ("Rhys Whitcombe", "Lord Mayor’s Secretary") in [(p.name, p.role) for p in present]


def test_partners_and_young_people_named_under_labels_of_their_own():
    block = text_lines("""Board members present:\tCouncillors Deb Ash (Chair) and Nat Oko
Young people:\tJay (Children in Care Council) and Amira (Care Leavers Forum)
Partners:\tKaren Oduya, Designated Nurse for Children in Care (NHS Wold ICB); Martin Cready, Virtual School
Head (Harlingmoor Council)
Officers:\tRebecca Thorne (Director of Children’s Services)""")
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind) for p in present] == [
        ("Deb Ash", "member"),
        ("Nat Oko", "member"),
        ("Jay", "other"),
        ("Amira", "other"),
        ("Karen Oduya", "other"),
        ("Martin Cready", "other"),
        ("Rebecca Thorne", "officer"),
    ]


def test_also_attending_is_a_label():
    block = text_lines("""PRESENT: Councillors Joan Kett (Chair) and Tunde Bak
ALSO ATTENDING: Councillors Luke Hart and Mina Osei""")
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind) for p in present][-2:] == [("Luke Hart", "other"), ("Mina Osei", "other")]


def test_a_table_row_of_a_person_and_a_long_description_of_who_they_represent():
    text = """Minutes of the meeting of the Schools Forum held on Wednesday 12 November 2025
Present
Name\tRepresenting
Mrs Alison Thwaite (Chair)\tMaintained primary schools – Headteacher, Fernlea Primary School
Mrs Joanne Pritchard\tEarly years private, voluntary and independent providers – Little Oaks Nursery Group
Ms Sarah Quinlan\tTeaching and support staff trade unions (NEU)
Apologies: Mrs Julia Penrose.
1.\tElection of Chair
Mrs Thwaite was elected Chair."""
    (m,) = extract_minutes(text_lines(text), [])
    assert [p.name for p in m.present] == ["Alison Thwaite", "Joanne Pritchard", "Sarah Quinlan"]


def test_jobs_before_names_with_a_note_and_roles_said_before_the_names():
    text = """Minutes of a meeting of the Standards Hearing Sub-Committee held on Wednesday 21 January 2026
Present:\tCouncillors Hilary Stan (Chair), Omar Sidd and Trevor Ans
Officers:\tMonitoring Officer (Cath Lyall), Investigating Officer (Alasdair Merri,
external solicitor), Democratic Services Officer (Kirsty Holds)
Also present:\tCouncillor Brian Latch (Subject Member, Ashworth Parish Council) and his
representative Mr Derek Ibbit; the complainant Mrs Janet Rudd
Four members of the public and one representative of the press
SHS/1\tELECTION OF CHAIR
RESOLVED: That Councillor Stan be elected Chair."""
    (m,) = extract_minutes(text_lines(text), [])
    got = [(p.name, p.role) for p in m.present][3:]
    assert got == [
        ("Cath Lyall", "Monitoring Officer"),
        ("Alasdair Merri", "Investigating Officer"),
        ("Kirsty Holds", "Democratic Services Officer"),
        ("Brian Latch", "Subject Member, Ashworth Parish Council"),
        ("Derek Ibbit", "representative"),
        ("Janet Rudd", "complainant"),
    ]


def test_a_grid_of_attendance_marks_and_notes_of_when_people_were_there():
    text = """Minutes of the meeting of the Overview and Scrutiny Committee held on 12 March 2026
ATTENDANCE
Member\tPresent\tApologies\tAbsent
Cllr Andrew Pell (Chair)\t✓
Cllr Teresa Dunk\t\t✓
Cllr Simon Ferr\t\t\t✓
Cllr Neil Quai (substitute for Cllr Teresa Dunk)\t✓
Also present:\tCouncillor Diane Whit (Cabinet Member for Transport) for minutes OSC 35 and OSC 36, and two
members of the public; Councillor Ann Dela (ward member, for item 4)
OSC 31\tMINUTES
RESOLVED: That the minutes be approved."""
    (m,) = extract_minutes(text_lines(text), [])
    assert [(p.name, p.role) for p in m.present] == [
        ("Andrew Pell", "Chair"),
        ("Neil Quai", "Substitute"),
        ("Diane Whit", "Cabinet Member for Transport"),
        ("Ann Dela", "ward member"),
    ]
    assert m.apologies == ["Teresa Dunk"]


def test_apologies_each_with_who_substituted_for_them_wrapped_over_lines():
    text = """Minutes of the meeting of the Joint Waste Committee held on Thursday 15 January 2026
Present: Councillors Gill Hart (Chair), Adrian Coom (substitute) and Ros Tamb (substitute)
Apologies: Councillor Margaret Dowl (Brackenshire County Council), for whom Councillor Adrian Coom
substituted; Councillor Neil Fair (Wendlow District Council), for whom Councillor Ros Tamb
substituted; and Councillor Alison Kirk (Wendlow District Council).
JWC/14\tApologies for Absence
Apologies were received as set out above."""
    (m,) = extract_minutes(text_lines(text), [])
    assert m.apologies == ["Margaret Dowl", "Neil Fair", "Alison Kirk"]


def test_a_label_after_a_full_stop_and_a_count_of_the_public_after_the_list():
    text = """Minutes of the meeting of the Planning Committee held on Wednesday 4 March 2026
Present: Councillor Mrs J Ell (Chair); Councillors P Marsh (Vice-Chair), W Slade (substitute) and A
Venn. Also present: Councillor F Moor (ward member for Ferncote).
Officers: Lorna Proth (Development Manager) and Hannah Godd (Democratic Services Officer). 31 members
of the public and one representative of the press attended.
PC.85\tAPOLOGIES FOR ABSENCE
None."""
    (m,) = extract_minutes(text_lines(text), [])
    assert [(p.name, p.kind) for p in m.present] == [
        ("J Ell", "member"),
        ("P Marsh", "member"),
        ("W Slade", "member"),
        ("A Venn", "member"),
        ("F Moor", "other"),
        ("Lorna Proth", "officer"),
        ("Hannah Godd", "officer"),
    ]


def test_a_label_wrapped_in_its_narrow_cell_under_a_list_left_open():
    block = text_lines("""Present:\tCouncillors J Holt (Chair) and P Drans (Ashbrook ward); R Fent and G
Oldr (Cragside ward)
Community\tPauline Sykes (Chair, Ashbrook Residents’ Association) and Desmond Acheb
representatives:\t(Chair, Millfield Tenants’ Association)
In attendance:\tLucy Pick (Democratic Services Officer)""")
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind) for p in present] == [
        ("J Holt", "member"),
        ("P Drans", "member"),
        ("R Fent", "member"),
        ("G Oldr", "member"),
        ("Pauline Sykes", "other"),
        ("Desmond Acheb", "other"),
        ("Lucy Pick", "officer"),
    ]


def test_a_sacres_groups_head_their_members_and_are_no_one():
    block = text_lines("""Present:
Group A – Christian denominations and other religions
Mrs R Kaur (Sikh community) and Mr V Patel (Hindu community)
Group B – Church of England
Revd Canon J Whitlock (Chair) and Mr T Yardley
Group D – The Local Authority
Councillors M Greaves (Vice-Chair), P Lind and B Okonjo
Co-opted (non-voting): Ms E Farrow and Mr R Kingdon
Officers: Mrs J Pryce (Adviser for Religious Education)""")
    present, _, _ = parse_attendance(block)
    assert [p.name for p in present] == [
        "R Kaur",
        "V Patel",
        "J Whitlock",
        "T Yardley",
        "M Greaves",
        "P Lind",
        "B Okonjo",
        "E Farrow",
        "R Kingdon",
        "J Pryce",
    ]
    assert [p.role for p in present if p.name in ("E Farrow", "R Kingdon")] == ["Co-opted", "Co-opted"]


def test_officers_as_jobs_each_closed_by_who_holds_it():
    text = (
        "Chief Executive (Helen Ashdown), Head of Legal and Democratic Services and Monitoring Officer (Priya "
        "Chandran), Head of Housing and Communities (Gareth Lloyd) and Democratic Services Officer (Owen Pritchard)"
    )
    assert [(p.name, p.role) for p in people_from(text, "officer", None)] == [
        ("Helen Ashdown", "Chief Executive"),
        ("Priya Chandran", "Head of Legal and Democratic Services and Monitoring Officer"),
        ("Gareth Lloyd", "Head of Housing and Communities"),
        ("Owen Pritchard", "Democratic Services Officer"),
    ]
    chaired = people_from("Councillors J Thorncliffe (Leader, in the Chair), R Pellow (Deputy Leader)", "member", None)
    assert [(p.name, p.role) for p in chaired] == [("J Thorncliffe", "Leader, Chair"), ("R Pellow", "Deputy Leader")]


def test_a_ward_first_table_with_a_party_column_and_the_public_counted_after_the_apologies():
    block = text_lines("""Members present
Ward\tCouncillor\tParty
Abbeygate\tCllr Susan Holt (Chair)\tCon
Denholme East\tCllr Gareth Pryce\tLab
Millbrook\tCllr R Dale (substitute for Cllr P Frith)\tLD
Apologies for absence were received from Councillors Peter Frith and Janet Ormerod. There were 26 members of
the public present.""")
    present, apologies, _ = parse_attendance(block)
    assert [(p.name, p.role) for p in present] == [
        ("Susan Holt", "Chair"),
        ("Gareth Pryce", None),
        ("R Dale", "substitute for Cllr P Frith"),
    ]
    assert apologies == ["Peter Frith", "Janet Ormerod"]
    assert [
        (p.name, p.role) for p in people_from("Councillors A Mistry (Lab) and O Fairclough (LD)", "member", None)
    ] == [
        ("A Mistry", None),
        ("O Fairclough", None),
    ]


def test_a_police_officer_named_in_brackets_after_the_force():
    people = people_from(
        "Clerk to the Board (Gillian Mackay), Depute Clerk (Robert Sim) and Police Scotland (Sergeant David "
        "Carmichael)",
        "officer",
        None,
    )
    assert [(p.name, p.role, p.kind) for p in people] == [
        ("Gillian Mackay", "Clerk to the Board", "officer"),
        ("Robert Sim", "Depute Clerk", "officer"),
        ("David Carmichael", "Police Scotland", "other"),
    ]


def test_an_assemblys_members_their_postnominals_police_ranks_and_an_irish_name():
    present = people_from(
        "Assembly Members: Helena Marchetti AM (Chair), Desmond Achebe MBE AM (Deputy Chair) and Rupert Ashcroft AM",
        "member",
        None,
    )
    assert [(p.name, p.role) for p in present] == [
        ("Helena Marchetti", "Chair"),
        ("Desmond Achebe", "Deputy Chair"),
        ("Rupert Ashcroft", None),
    ]
    guests, _, _ = parse_attendance(
        text_lines("""Also present:\tKathryn Osei – Deputy Mayor for Policing and Crime
Assistant Commissioner Fiona Braddock – Frontline Policing, Brackenmoor Police Service
Commander Ravi Sandhu – Neighbourhood Policing, Brackenmoor Police Service""")
    )
    assert [p.name for p in guests] == ["Kathryn Osei", "Fiona Braddock", "Ravi Sandhu"]
    assert [p.name for p in people_from("The Mayor (Councillor N Ó Murchú)", "member", None)] == ["N Ó Murchú"]
    assert apologies_in_text(
        "Apologies for absence were received from Yvonne Delacroix AM. An apology for lateness."
    ) == ["Yvonne Delacroix"]


def test_a_remote_attendance_mark_is_not_a_role():
    people = people_from(
        "Councillors Mrs M Eddowes (Chair), T Farrow (R) and G Uttley (Vice-Chair) (R)", "member", None
    )
    assert [(p.name, p.role) for p in people] == [
        ("M Eddowes", "Chair"),
        ("T Farrow", None),
        ("G Uttley", "Vice-Chair"),
    ]


def test_apologies_going_on_to_the_co_opted_members_said_first():
    text = (
        "Apologies for absence were received from Councillors A Pritchard and S-J Lowther and from the co-opted "
        "members Mrs A Kowalczyk and Mr D Costello."
    )
    assert apologies_in_text(text) == ["A Pritchard", "S-J Lowther", "A Kowalczyk", "D Costello"]


def test_attending_after_the_apologies_lists_the_officers():
    present, apologies, _ = parse_attendance(
        text_lines("""Present: Councillor Kirsteen Mair (Chair), Councillors Hanif Akram and Anne Tolmie.
Apologies: Councillors Stewart Gourlay and Jennifer Harkins.
Attending: M Rennie (Clerk); F Doherty, Executive Director of Neighbourhoods; and C Brodie, Principal Solicitor.""")
    )
    assert apologies == ["Stewart Gourlay", "Jennifer Harkins"]
    assert [(p.name, p.kind) for p in present[3:]] == [
        ("M Rennie", "officer"),
        ("F Doherty", "officer"),
        ("C Brodie", "officer"),
    ]


def test_the_mayor_first_then_councillors_by_surname_alone():
    present, _, _ = parse_attendance(
        text_lines("Present: The Mayor (Councillor Naghi), Councillors Addison, Amos, J Brown, K Brown and Whittle")
    )
    assert [p.name for p in present] == ["Naghi", "Addison", "Amos", "J Brown", "K Brown", "Whittle"]


def test_a_hearing_s_parties_each_under_a_label_of_their_own():
    present, _, _ = parse_attendance(
        text_lines("""Present:\tChairman: Councillor P M Beaney
Also Present:\tApplicant: Mr G Pellow (Designated Premises Supervisor)
Interested parties: Mrs J Mayhew and Mr C Fairbrass (local residents)
Responsible authorities: PC L Pettit (Kent Police Licensing Officer)""")
    )
    assert [(p.name, p.kind) for p in present][-2:] == [("C Fairbrass", "other"), ("L Pettit", "other")]


def test_a_last_entry_broken_after_its_forename_joins_its_surname_on_the_line_below():
    block = text_lines(
        "Present: Cllr Dafydd Price (Chair), Cllr Morwenna\nEllis.\nApologies: Cllr Tomos Gray, Cllr Iolo\nBevan."
    )
    present, apologies, _ = parse_attendance(block)
    assert [p.name for p in present] == ["Dafydd Price", "Morwenna Ellis"]
    assert apologies == ["Tomos Gray", "Iolo Bevan"]


def test_a_surname_after_a_title_at_a_lines_end_is_a_whole_entry():
    present, _, _ = parse_attendance(text_lines("Present: Cllr Hale, Cllr Ince\nCllr Joyce."))
    assert [p.name for p in present] == ["Hale", "Ince", "Joyce"]


def test_a_chairmans_row_over_the_councillors_is_a_member():
    block = text_lines(
        "Present:\nChairman:\tCouncillor T Oduya\nVice-Chairman:\tCouncillor F Lamb\nCouncillors:\tR Cass\nM Dunne"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind, p.role) for p in present] == [
        ("T Oduya", "member", "Chairman"),
        ("F Lamb", "member", "Vice-Chairman"),
        ("R Cass", "member", None),
        ("M Dunne", "member", None),
    ]


def test_a_chairmans_role_stays_with_the_chairman_when_the_councillors_follow_unlabelled():
    block = text_lines("Present:\nChairman:\tCouncillor T Oduya\nCouncillors R Cass, M Dunne and P\nFord")
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind, p.role) for p in present] == [
        ("T Oduya", "member", "Chairman"),
        ("R Cass", "member", None),
        ("M Dunne", "member", None),
        ("P Ford", "member", None),
    ]


def test_a_cabinet_member_also_present_is_no_officer_whatever_words_the_portfolio_has():
    block = text_lines(
        "ALSO PRESENT: Mr J Radley (Cabinet Member for Community and Regulatory Services) and Mrs F Quinn\n"
        "(Deputy Cabinet Member for Adult Social Care)\nIN ATTENDANCE: Mr P Lowe (Head of Commissioning)"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind) for p in present] == [("J Radley", "other"), ("F Quinn", "other"), ("P Lowe", "officer")]


def test_members_present_in_person_and_remotely_non_committee_members_and_officers_job_dash_name():
    block = text_lines(
        "In the Chair:\tAlderman R Gill\n"
        "Committee Members present (in person): Alderman J Craw, Councillors A Boyd and C Dale\n"
        "Committee Members present (remotely): Councillor F Lavin\n"
        "Non-Committee Members present:\tCouncillor G Wall\n"
        "Officers present:\tDirector of Environment - Mr D Hutch;\n"
        "Head of Waste - Ms C McAlee;\n"
        "Committee Officer - Mrs J Moff"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind, p.role) for p in present] == [
        ("R Gill", "member", "Chair"),
        ("J Craw", "member", None),
        ("A Boyd", "member", None),
        ("C Dale", "member", None),
        ("F Lavin", "member", None),
        ("G Wall", "other", None),
        ("D Hutch", "officer", "Director of Environment"),
        ("C McAlee", "officer", "Head of Waste"),
        ("J Moff", "officer", "Committee Officer"),
    ]


def test_officers_a_line_each_job_first_and_a_count_of_the_press_and_public():
    block = text_lines(
        "In Attendance:\tChief Executive – Mrs A Tully\n"
        "Director of Corporate Services – Mr K McVay\n"
        "Head of Finance – Mr J Burnside\n"
        "Press and Public:\t2 members of the press and 6 members of the public"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind, p.role) for p in present] == [
        ("A Tully", "officer", "Chief Executive"),
        ("K McVay", "officer", "Director of Corporate Services"),
        ("J Burnside", "officer", "Head of Finance"),
    ]


def test_one_titled_person_a_line_whose_roles_wrap_and_hold_commas():
    block = text_lines(
        "Present:\tCouncillor Dan Hart, Leader of the Council (Chairperson)\n"
        "Councillor Petra Gall, Portfolio Holder for Business\n"
        "Management\n"
        "Councillor Amy Hass, Portfolio Holder for Planning, Heritage and\n"
        "Culture\n"
        "Councillor Gail Ofor, Portfolio Holder for Community Safety,\n"
        "Highways and Enforcement"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.role) for p in present] == [
        ("Dan Hart", "Leader of the Council (Chairperson)"),
        ("Petra Gall", "Portfolio Holder for Business Management"),
        ("Amy Hass", "Portfolio Holder for Planning, Heritage and Culture"),
        ("Gail Ofor", "Portfolio Holder for Community Safety, Highways and Enforcement"),
    ]


def test_an_apology_with_the_members_office_after_a_comma_is_one_name():
    assert apologies_in_text(
        "Apologies for absence were received from Councillor Lauren Whit, Portfolio Holder for Education."
    ) == ["Lauren Whit"]


def test_who_was_in_the_chair_under_the_apologies_is_no_apology():
    block = text_lines(
        "Present:\tCouncillor Moira Lind (Convener), Councillors Doug Arbu and Fiona Carg.\n"
        "Apologies:\tCouncillors Brian Kydd and Susan Mitch.\n"
        "Councillor Moira Lind, Convener, in the Chair."
    )
    _, apologies, _ = parse_attendance(block)
    assert apologies == ["Brian Kydd", "Susan Mitch"]


def test_a_hearings_table_of_parties_names_each_party_once_and_none_an_officer():
    block = text_lines(
        "Also present:\tApplicant\tMr Dom Farr (Director, The Old Forge\n"
        "Bar Ltd)\n"
        "Applicant's\tMs Hattie Lyle (Solicitor, Kendall Licensing\n"
        "representative\tLLP)\n"
        "Responsible Authority\tPC Stu Mabe (Kent Police Licensing\n"
        "Officer)"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind) for p in present] == [
        ("Dom Farr", "other"),
        ("Hattie Lyle", "other"),
        ("Stu Mabe", "other"),
    ]


def test_a_labelled_line_after_a_table_of_councillors_and_wards_is_no_ward():
    block = text_lines(
        "PRESENT:\nCouncillor\tWard\nCllr Helen Pett (Town Mayor)\tAbbey\nCllr Amina Chou\tPriory\n"
        "IN ATTENDANCE:\tTown Clerk (Mrs Karen Holn), Deputy Town Clerk (Mr Daniel Epp)"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.kind) for p in present] == [
        ("Helen Pett", "member"),
        ("Amina Chou", "member"),
        ("Karen Holn", "officer"),
        ("Daniel Epp", "officer"),
    ]


def test_a_heading_cell_joining_two_headings_keeps_each_row_one_person_and_names_the_substitutes():
    block = text_lines(
        "Board members present\n"
        "Name\tOrganisation and role\n"
        "Cllr Rosa Penn\tCabinet Member for Health, Ashmoor County Council (Chair)\n"
        "Insp Karl Dunne\tAshmoor Police\n"
        "Apologies\n"
        "Name\tOrganisation and role\tSubstituted by\n"
        "Tessa Vine\tDirector of Children’s Services, Ashmoor County Council\tOwen Pike\n"
        "Cllr Ned Ruiz\tCabinet Member for Housing, Ashmoor County Council\t–"
    )
    present, apologies, subs = parse_attendance(block)
    assert [(p.name, p.kind) for p in present] == [("Rosa Penn", "member"), ("Karl Dunne", "member")]
    assert present[1].role == "Ashmoor Police"
    assert apologies == ["Tessa Vine", "Ned Ruiz"]
    assert subs == [{"name": "Owen Pike", "for": "Tessa Vine"}]


def test_officers_printed_job_first_with_an_initialled_name_in_brackets():
    block = text_lines(
        "Officers:\tDirector of Planning (R Ellison), Head of Development Management (S Oakes),\n"
        "Solicitor (T Quirke), Democratic Services Officer (L Marr)"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.role, p.kind) for p in present] == [
        ("R Ellison", "Director of Planning", "officer"),
        ("S Oakes", "Head of Development Management", "officer"),
        ("T Quirke", "Solicitor", "officer"),
        ("L Marr", "Democratic Services Officer", "officer"),
    ]


def test_apologies_received_from_a_bulleted_list():
    text = "Apologies for absence were received from: • Councillor J Bick • Councillor Mrs P Good • Councillor T Holl"
    assert apologies_in_text(text) == ["J Bick", "P Good", "T Holl"]


def test_a_list_wrapped_between_an_initial_and_its_surname_keeps_one_name():
    block = text_lines(
        "PRESENT:\tCouncillor A Fenwick in the Chair\n"
        "Councillors B Hollis, C Marsh, D Oyelaran, E Pratt, F Quinn and G\n"
        "Shah\n"
        "Co-opted Members: Mr H Ibbotson (Healthwatch Ashmoor)"
    )
    present, _, _ = parse_attendance(block)
    names = ["A Fenwick", "B Hollis", "C Marsh", "D Oyelaran", "E Pratt", "F Quinn", "G Shah", "H Ibbotson"]
    assert [p.name for p in present] == names


def test_a_parish_rfo_named_in_brackets_after_the_job_is_an_officer():
    block = text_lines(
        "In attendance: the Town Clerk (Gillian Thorne), the RFO (Anil Deshmukh), 3 members of the public"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.role, p.kind) for p in present] == [
        ("Gillian Thorne", "Town Clerk", "officer"),
        ("Anil Deshmukh", "RFO", "officer"),
    ]


def test_a_label_wrapped_alone_in_its_cell_and_a_deputations_body_after_its_people():
    block = text_lines("""Members present:\tAldermen J Corr and R Dunlop (R)
Councillors C Brady, A Devlin (R), S Ferris, K
Gillen and F Quinn
Non-Committee\tCouncillor R Gault (R)
Member:
Independent\tMr T Ashdown
Member:
Also in attendance:\tMs E Rafferty and Mr G Stewart, Glenmore Rivers Trust (Item 4)""")
    present, _, _ = parse_attendance(block)
    got = [(p.name, p.kind) for p in present]
    assert got[:7] == [
        ("J Corr", "member"),
        ("R Dunlop", "member"),
        ("C Brady", "member"),
        ("A Devlin", "member"),
        ("S Ferris", "member"),
        ("K Gillen", "member"),
        ("F Quinn", "member"),
    ]
    assert ("R Gault", "other") in got  # 'Non-Committee Member:', its label's last word under it
    # an audit committee's independent member is one of its members, unlike a standards Independent Person
    assert [(p.name, p.kind, p.role) for p in present if p.name == "T Ashdown"] == [
        ("T Ashdown", "member", "Independent Member")
    ]
    assert {"E Rafferty", "G Stewart"} <= {p.name for p in present}
    assert not any("Trust" in p.name for p in present)  # the body they came from, not a third person


def test_apologies_recorded_for_members():
    text = "Apologies for non-attendance were recorded for Alderman H Laverty and Councillor G Moffitt."
    assert apologies_in_text(text) == ["H Laverty", "G Moffitt"]


def test_the_office_printed_before_the_name_is_the_role():
    block = text_lines("""PRESENT:\tThe Mayor, Councillor Ama Ndoro (in the Chair);
the Deputy Mayor, Councillor Arjun Sethi;
Councillors
Olu Adeyinka, Farah Ahmed and Charles Aldred""")
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.role) for p in present] == [
        ("Ama Ndoro", "Mayor"),
        ("Arjun Sethi", "Deputy Mayor"),
        ("Olu Adeyinka", None),
        ("Farah Ahmed", None),
        ("Charles Aldred", None),
    ]
    # one line each, joined by the reader with a comma
    two_lines = text_lines(
        "Present:\nThe Mayor, Councillor Ama Ndoro (in the Chair)\nThe Deputy Mayor, Councillor Arjun Sethi"
    )
    present, _, _ = parse_attendance(two_lines)
    assert [(p.name, p.role) for p in present] == [("Ama Ndoro", "Mayor"), ("Arjun Sethi", "Deputy Mayor")]


def test_a_welsh_pcso_s_rank_before_the_name_is_no_part_of_it():
    present, _, _ = parse_attendance(text_lines("Also present: PCSO Kim Amos; SCCH Gethin Rowlands (item 5 only).\n"))
    assert [p.name for p in present] == ["Kim Amos", "Gethin Rowlands"]


def test_a_forename_alone_after_the_lists_last_and_has_its_surname_on_the_next_line():
    present, _, _ = parse_attendance(
        text_lines("Present: Councillors Nia Wyn Bebb, Huw Prys Jones and Elwyn\nJones.\n")
    )
    assert [p.name for p in present] == ["Nia Wyn Bebb", "Huw Prys Jones", "Elwyn Jones"]


def test_an_apology_for_two_broken_after_the_second_forename_names_two():
    _, apologies, _ = parse_attendance(
        text_lines(
            "Present: Councillors Ann Bell and Carl Dee.\n"
            "Apologies for absence were received from Councillors Elaine Formby and Jonathan\nBlundell.\n"
        )
    )
    assert apologies == ["Elaine Formby", "Jonathan Blundell"]


def test_the_councils_a_member_represents_are_not_a_person():
    block = text_lines(
        "Present:\n"
        "Non-constituent members\n"
        "Councillor Tom Gadsby (non-voting)\tAshfell District Councils (Kelsby District Council)\n"
        "Councillor Hannah Whitlock (non-voting)\tAshfell District Councils (Brantmoor Borough Council)"
    )
    present, _, _ = parse_attendance(block)
    assert [p.name for p in present] == ["Tom Gadsby", "Hannah Whitlock"]


def test_a_role_cell_wrapped_onto_a_line_of_its_own_in_a_table_of_officers():
    block = text_lines(
        "Officers in attendance:\n"
        "Name\tInterim role\tSeconded from\n"
        "Neil Ashdown\tInterim Chief Finance Officer\tFelbridge Borough Council\n"
        "(Section 151 Officer)\n"
        "Jonathan Eade\tImplementation Programme\tKestonshire County Council\n"
        "Director\n"
        "Lucy Penhaligon\tDemocratic Services Officer\tAshwold District Council"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.role) for p in present] == [
        ("Neil Ashdown", "Interim Chief Finance Officer (Section 151 Officer)"),
        ("Jonathan Eade", "Implementation Programme Director"),
        ("Lucy Penhaligon", "Democratic Services Officer"),
    ]


def test_a_labels_row_of_name_and_office_and_councillors_beside_their_portfolios():
    block = text_lines(
        "Present:\tCouncillor M Pennock (Chair)\tLeader of the Council\n"
        "Councillor R Hesketh\tPortfolio Holder for Housing and Communities\n"
        "Also Present:\tCouncillor T Ambler\tChair of Overview and Scrutiny Committee\n"
        "Officers:\tHelen Mawdsley\tChief Executive\n"
        "Graham Sutcliffe\tDirector of Finance"
    )
    present, _, _ = parse_attendance(block)
    assert [(p.name, p.role) for p in present] == [
        ("M Pennock", "Chair, Leader of the Council"),
        ("R Hesketh", "Portfolio Holder for Housing and Communities"),
        ("T Ambler", "Chair of Overview and Scrutiny Committee"),
        ("Helen Mawdsley", "Chief Executive"),
        ("Graham Sutcliffe", "Director of Finance"),
    ]


def test_honorary_aldermen_and_service_ranks_are_titles():
    block = text_lines(
        "Also present:\tHonorary Aldermen R Fensome, Mrs D Pickavance and G Tranter\n"
        "Lieutenant Colonel J M Ashworth-Hale MBE (Commanding Officer)\n"
        "Major (Retd) P Dunstable (Regimental Secretary)"
    )
    present, _, _ = parse_attendance(block)
    assert [p.name for p in present] == ["R Fensome", "D Pickavance", "G Tranter", "J M Ashworth-Hale", "P Dunstable"]


def test_a_town_meetings_guests_one_a_line_each_their_own_entry():
    """A police sergeant invited to report is a person of his own, not the role of the councillor above him, and
    the town clerk listed among the members is the council's officer."""
    block = text_lines("""Present:\tCllr Mrs P Ashdown (Town Mayor) in the Chair
Cllrs T Brindley, Mrs S Carrow and K Lyle
Mr G Halloran (Town Clerk)
District Councillor Mrs A Pennock (Dunmore Town Ward)
Police Sergeant M Garside (Dunmore Safer Neighbourhood Team)
and 38 members of the public""")
    present = parse_attendance(block)[0]
    assert [(p.name, p.role) for p in present][-3:] == [
        ("G Halloran", "Town Clerk"),
        ("A Pennock", "Dunmore Town Ward"),
        ("M Garside", "Dunmore Safer Neighbourhood Team"),
    ]
    assert present[-3].kind == "officer"


def test_an_apology_told_in_a_sentence_of_its_own_after_the_list():
    text = (
        "Apologies had been received from Cllr G Whitworth (work commitment). County Cllr A Pemberton had also "
        "sent apologies."
    )
    assert apologies_in_text(text) == ["G Whitworth", "A Pemberton"]


def test_councillors_alone_over_a_grid_of_surnames():
    """A full council's attendance: 'Councillors' on its own line over a borderless table of surnames, three to
    a row, read across; each surname a councillor, as 'Councillors: A, B, C' would print them."""
    block = text_lines("""PRESENT:\tThe Mayor (Councillor Mrs B Rishworth) in the Chair
Councillors
Ahmed\tFairclough\tPickles
Ainscough\tFielden\tPilling
Akram\tA Khan\tRamsden
Ashton\tHaigh""")
    names = [p.name for p in parse_attendance(block)[0]]
    assert names == [
        "B Rishworth",
        "Ahmed",
        "Fairclough",
        "Pickles",
        "Ainscough",
        "Fielden",
        "Pilling",
        "Akram",
        "A Khan",
        "Ramsden",
        "Ashton",
        "Haigh",
    ]


def test_an_area_boards_partners_and_the_councils_officers_under_their_labels():
    block = text_lines("""Also Present:
Wessex Downs Council Officers:
Karen Ebdon\t– Community Engagement Manager
Partners:
Jenny Croucher\t– Clerk, Stokeleigh Parish Council
Station Manager Claire Pettigrew – Wessex Downs Fire Service""")
    got = [(p.name, p.role, p.kind) for p in parse_attendance(block)[0]]
    assert got == [
        ("Karen Ebdon", "Community Engagement Manager", "officer"),
        ("Jenny Croucher", "Clerk, Stokeleigh Parish Council", "other"),
        ("Claire Pettigrew", "Station Manager, Wessex Downs Fire Service", "other"),
    ]


def test_a_police_officer_sending_apologies_after_a_councillor():
    text = "Apologies were received from Cllr Simon Heathcote and from Sergeant Dawn Yeatman, Wessex Police."
    assert apologies_in_text(text) == ["Simon Heathcote", "Dawn Yeatman"]


def test_a_co_opted_member_by_initial_sending_apologies_after_the_councillors():
    text = (
        "Apologies were received from Councillor R Aske (substituted by Councillor T Lund) and Councillor B Orme, "
        "and from P Varley (Diocesan Representative)."
    )
    assert apologies_in_text(text) == ["R Aske", "B Orme", "P Varley"]


def test_a_chairs_office_in_the_cell_beside_the_name_and_a_note_after_a_guests_bracket():
    block = text_lines("""Present:
Councillor R Ashworth\tChairman
Councillor T Brennan\tVice-Chairman
Councillor J Devlin
Also present:\tthe Leader of the Council (Councillor N Oldroyd) and the Cabinet Member
for Environment (Councillor F Quayle) (call-in, minute 34)""")
    got = [(p.name, p.role) for p in parse_attendance(block)[0]]
    assert got == [
        ("R Ashworth", "Chairman"),
        ("T Brennan", "Vice-Chairman"),
        ("J Devlin", None),
        ("N Oldroyd", "Leader of the Council"),
        ("F Quayle", "Cabinet Member for Environment"),
    ]


def test_a_cabinets_name_and_portfolio_cells_both_wrapped():
    block = text_lines("""Present:\tCouncillor R Templeman (Leader, in the Chair)
Councillor Mrs H Penrose\tCabinet Member for Children, Education
and Families
Councillor Dr C Ashworth-\tCabinet Member for Public Health and
Reid\tCommunities""")
    got = [(p.name, p.role) for p in parse_attendance(block)[0]]
    assert ("H Penrose", "Cabinet Member for Children, Education and Families") in got
    assert ("Dr C Ashworth-Reid", "Cabinet Member for Public Health and Communities") in got
    assert len(got) == 3


def test_who_chaired_told_under_the_apologies_is_no_apology():
    lines = [
        "Present:\tM Brodie (Chair); Councillor R Bain; and J Tosh",
        "Apologies:\tDr I Gill, Clinical Director; and B Lamont, Service User Representative.",
        "M Brodie in the Chair.",
    ]
    present, apologies, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert apologies == ["Dr I Gill", "B Lamont"]
    assert [p.name for p in present] == ["M Brodie", "R Bain", "J Tosh"]


def test_the_press_counted_in_brackets_is_no_one_present():
    lines = ["In Attendance:", "A Gillan, Director of Environmental Services", "Press (2 no.)"]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [p.name for p in present] == ["A Gillan"]


def test_a_grids_offices_wrapped_under_two_of_its_columns_go_on_their_own_cells():
    lines = [
        "Present:",
        "Cllr G Ashby\tCllr Mrs P Keane (Vice-\tCllr R Bamber",
        "(Chairman)\tChairman)",
        "Cllr S Chaudry\tCllr T Dunne\tCllr A Fenn",
    ]
    present, _, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [(p.name, p.role) for p in present] == [
        ("G Ashby", "Chairman"),
        ("P Keane", "Vice-Chairman"),
        ("R Bamber", None),
        ("S Chaudry", None),
        ("T Dunne", None),
        ("A Fenn", None),
    ]


def test_a_bilingual_apologies_label_over_one_apology_with_its_role_after_a_dash():
    lines = [
        "Present (Yn bresennol):",
        "Councillor Rhian Powell (Chair) – Leader, Ceri County Council",
        "Apologies (Ymddiheuriadau):",
        "Dr Ifor Morgan – co-opted member (non-voting), Prifysgol Ceri",
    ]
    present, apologies, _ = parse_attendance([Line(i + 1, 1, t) for i, t in enumerate(lines)])
    assert [p.name for p in present] == ["Rhian Powell"]
    assert apologies == ["Dr Ifor Morgan"]


def test_a_worker_or_practitioner_after_a_dash_is_a_job():
    people = people_from("Jordan Mensah – Youth Participation Worker", "officer", None)
    assert [(p.name, p.role) for p in people] == [("Jordan Mensah", "Youth Participation Worker")]


def test_a_lord_mayor_before_her_name_and_a_surname_of_two_words_after_a_line_break():
    """'Lord Mayor (Councillor X)' is the office, then who holds it ('Lord' no peer's title here); in a list of
    forenames and surnames, a forename alone at a line's end goes on to a surname of two words."""
    present, _, _ = parse_attendance(
        text_lines(
            "PRESENT:-\tLord Mayor (Councillor Yvonne Castellano) in the Chair.\n"
            "Councillors\n"
            "Saima Ahmed, Waseem Akhtar, Tariq Ali, Deborah Allsop, Mark Astbury, Gurpreet\n"
            "Singh Atwal, Olivia Bancroft and Hamida Zaman.\n"
        )
    )
    assert [(p.name, p.role) for p in present] == [
        ("Yvonne Castellano", "Lord Mayor"),
        ("Saima Ahmed", None),
        ("Waseem Akhtar", None),
        ("Tariq Ali", None),
        ("Deborah Allsop", None),
        ("Mark Astbury", None),
        ("Gurpreet Singh Atwal", None),
        ("Olivia Bancroft", None),
        ("Hamida Zaman", None),
    ]


def test_essex_cabinet_attendance_portfolios_wrapped_guests_and_an_officers_bracket():
    """A borderless 'Councillor | Cabinet Member Responsibility' table whose portfolio wraps after a comma, a
    'Councillors attending as guests:' paragraph, and an officer's '(S151 Officer)' on the line under the entry."""
    present, _, _ = parse_attendance(
        text_lines(
            "Present:\n"
            "Councillor\tCabinet Member Responsibility\n"
            "Councillor R Ashdown\tLeader of the Council (Chairman)\n"
            "Councillor C Ferreira\tCabinet Member for Education Excellence, Lifelong\n"
            "Learning and Employability\n"
            "Councillors attending as guests: Councillor G Yeldham (Leader of the Liberal Democrat\n"
            "Group), Councillor H Quarrie and Councillor B Stannard\n"
            "Officers:\tNicola Prothero, Chief Executive\n"
            "Adrian Collingwood, Executive Director, Corporate Services\n"
            "(S151 Officer)\n"
        )
    )
    assert sorted((p.name, p.role) for p in present) == sorted(
        [
            ("R Ashdown", "Leader of the Council (Chairman)"),
            ("C Ferreira", "Cabinet Member for Education Excellence, Lifelong Learning and Employability"),
            ("G Yeldham", "Leader of the Liberal Democrat Group"),
            ("H Quarrie", None),
            ("B Stannard", None),
            ("Nicola Prothero", "Chief Executive"),
            ("Adrian Collingwood", "Executive Director, Corporate Services (S151 Officer)"),
        ]
    )


def test_an_apology_with_a_portfolio_of_several_parts_names_one_person():
    assert apologies_in_text(
        "Apologies for absence were received from Councillor D Hartigan, Cabinet Member for Environment, Waste "
        "Reduction and Climate Action, and Councillor P Smith."
    ) == ["D Hartigan", "P Smith"]


def test_an_officer_support_label_broken_over_two_lines():
    present, _, _ = parse_attendance(
        text_lines(
            "PRESENT: Councillor Danielle Yeboah and Councillor Adam Zielinski\n"
            "OFFICER\nSUPPORT: Eleanor Drummond (Chief Executive)\n"
            "Paul Kaczmarek (Director of Law and Governance)\n"
        )
    )
    assert [(p.name, p.kind) for p in present] == [
        ("Danielle Yeboah", "member"),
        ("Adam Zielinski", "member"),
        ("Eleanor Drummond", "officer"),
        ("Paul Kaczmarek", "officer"),
    ]


def test_parties_described_before_their_names_at_a_hearing():
    text = (
        "the Applicant (Mr Owen Hale) and his representative Mr Ravi Shah of Shah Lowe Solicitors; "
        "three residents who had made representations (Mr Tom Pryce, Mrs Ann Lyle and Ms Jo Marsh)"
    )
    got = [(p.name, p.role) for p in people_from(text, "other", None)]
    assert got == [
        ("Owen Hale", "Applicant"),
        ("Ravi Shah", "representative, Shah Lowe Solicitors"),
        ("Tom Pryce", "residents who had made representations"),
        ("Ann Lyle", "residents who had made representations"),
        ("Jo Marsh", "residents who had made representations"),
    ]


def test_a_partys_role_before_a_comma_and_a_name_before_and():
    text = (
        "the applicant, Mr Tom Kellett, and his agent, Mr Owen Marsh (Marsh Licensing); "
        "Mr K Dale and Mr D Ives (objectors)"
    )
    got = [(p.name, p.role) for p in people_from(text, "other", None)]
    assert got[:2] == [("Tom Kellett", "applicant"), ("Owen Marsh", "agent, Marsh Licensing")]
    assert {"K Dale", "D Ives"} <= {name for name, _ in got}


def test_an_elected_mayors_cabinet_in_name_and_office_tables_by_how_they_attended():
    block = text_lines("""Members Present in Person:
Mayor Rhona Vail\tExecutive Mayor
Councillor Sam Odell\tCabinet Member for Environment and the Climate
Emergency
Councillor Lena Marsh Cabinet Member for Children, Youth Services and Lifelong Learning
Members In Attendance Virtually:
Councillor Ida Penn\tChair, Overview and Scrutiny Committee
Officers Present in Person:
Tom Hale\t(Chief Executive)
Apologies:
Councillor Ravi Dutt\tCabinet Member for Culture and Leisure""")
    present, apologies, _ = parse_attendance(block)
    got = {(p.name, p.role, p.kind) for p in present}
    assert got == {
        ("Rhona Vail", "Executive Mayor", "member"),
        ("Sam Odell", "Cabinet Member for Environment and the Climate Emergency", "member"),
        ("Lena Marsh", "Cabinet Member for Children, Youth Services and Lifelong Learning", "member"),
        ("Ida Penn", "Chair, Overview and Scrutiny Committee", "member"),
        ("Tom Hale", "Chief Executive", "officer"),
    }
    assert apologies == ["Ravi Dutt"]


def test_an_area_boards_partners_listed_organisation_first():
    block = text_lines("""Also Present:
Ellen Marsh (Democratic Services Officer)
Town and Parish Councils:
Hungerbourne Town Council – Diane Ford
Partners:
Wessex Police – Inspector Gareth Pell
Kennet Downs Community First Responders – Alan Pope
Group D – The Local Authority""")
    present, _, _ = parse_attendance(block)
    got = {(p.name, p.role) for p in present}
    assert {
        ("Diane Ford", "Hungerbourne Town Council"),
        ("Gareth Pell", "Wessex Police"),
        ("Alan Pope", "Kennet Downs Community First Responders"),
    } <= got
    assert not {p.name for p in present} & {"Kennet Downs Community First Responders", "The Local Authority"}


def test_a_label_wrapped_in_its_cell_its_last_word_under_the_names():
    block = text_lines("""PRESENT:\tCouncillors Graham Lumsden (Convener) and Aileen Baird.
ALSO\tCouncillor Duncan Methven (for paragraph 306).
ATTENDING:
APOLOGIES FOR\tCouncillors Brian Keddie and Lorna Shearer.
ABSENCE:""")
    present, apologies, _ = parse_attendance(block)
    assert "Duncan Methven" in {p.name for p in present}
    assert apologies == ["Brian Keddie", "Lorna Shearer"]


def test_an_apology_told_in_a_sentence_with_the_members_office_in_brackets():
    text = (
        "Councillor Alison Kemp (Cabinet Member for Built Environment, Housing and Sustainable Development) had sent "
        "her apologies. The Leader would present the item on housing delivery in her absence."
    )
    assert apologies_in_text(text) == ["Alison Kemp"]


def test_the_body_a_party_is_there_for_after_their_bracket_keeps_them_in_the_list():
    people = people_from(
        "Mrs Helen Ashdown and Mr Graham Tillotson (interested parties); "
        "PC Sarah Rendell (Police Licensing Officer) for Norvale Constabulary",
        "other",
        None,
    )
    assert [(p.name, p.role) for p in people] == [
        ("Helen Ashdown", None),
        ("Graham Tillotson", "interested parties"),
        ("Sarah Rendell", "Police Licensing Officer, Norvale Constabulary"),
    ]


def test_a_label_of_two_words_wrapped_in_its_cell_beside_the_first_names():
    present, apologies, _ = parse_attendance(
        text_lines(
            "Councillors Present: Speaker Cllr Ruth Ade (Chair), Cllr Polly Zeller\n"
            "Apologies:\tCllr Olu Bamgbose and Cllr Hugo Sternberg\n"
            "Officers in\tDawn Carter-Mensah (Chief Executive)\n"
            "attendance:\tGareth Lunn (Interim Group Director, Finance)\n"
        )
    )
    assert apologies == ["Olu Bamgbose", "Hugo Sternberg"]
    assert [(p.name, p.kind) for p in present][2:] == [("Dawn Carter-Mensah", "officer"), ("Gareth Lunn", "officer")]


def test_councillors_who_attended_as_observers_told_in_a_sentence_over_two_lines():
    present, _, _ = parse_attendance(
        text_lines(
            "PRESENT: COUNCILLOR R T ASHWORTH (LEADER OF THE COUNCIL)\n"
            "Councillors Mrs J E Pellinger (Deputy Leader) and G W Hagworth (Executive Councillor\n"
            "for Commercial and Environmental Management)\n"
            "Councillors K Brantingham, Mrs S Owersby and P J Tealby attended the meeting\n"
            "as observers.\n"
        )
    )
    assert [p.name for p in present][-3:] == ["K Brantingham", "S Owersby", "P J Tealby"]


def test_an_officer_line_whose_job_is_a_lawyers():
    (person,) = people_from("Susan Threl, Senior Lawyer", "officer", None)
    assert (person.name, person.role) == ("Susan Threl", "Senior Lawyer")


def test_labelled_cells_whose_entries_wrap_under_the_label_with_no_tab():
    """Medway's record: a label, a tab, then entries set at a hanging indent; a job's last word, a bracket's close
    or an organisation's end wraps to a line of its own, and a substitute's pair is told in a bracket."""
    present, _, subs = parse_attendance(
        text_lines(
            "Present:\n"
            "Councillors:\tHollings (Chairperson), Kavan\nand Lomas\n"
            "Co-opted members without voting rights:\tImogen Treach (Medbury Youth\nCouncil)\n"
            "Substitutes:\tCouncillors Sarwan (Substitute for Pendle)\n"
            "In Attendance:\tRosalind Whitcomb, Director of People and Deputy Chief\nExecutive\n"
            "Niamh Corrig, Assistant Director, Children's Social Care\n"
            "Councillor Priya Venkat, Portfolio Holder for Children's\nServices\n"
        )
    )
    got = {p.name: p.role for p in present}
    assert got == {
        "Hollings": "Chairperson",
        "Kavan": None,
        "Lomas": None,
        "Imogen Treach": "Medbury Youth Council",
        "Sarwan": "Substitute",
        "Rosalind Whitcomb": "Director of People and Deputy Chief Executive",
        "Niamh Corrig": "Assistant Director, Children's Social Care",
        "Priya Venkat": "Portfolio Holder for Children's Services",
    }
    assert subs == [{"name": "Sarwan", "for": "Pendle"}]


def test_a_heading_word_after_a_list_that_has_ended_is_not_its_last_entrys():
    present, _, _ = parse_attendance(
        text_lines(
            "Present: Councillors Rosa Hep (Chairman), Trevor Add (Vice-Chairman) and Bridget Carm.\n"
            "Officers in attendance: Neil Ash (Head of Planning), Paul Grea (Highways Development Control, "
            "Thornby County Council) and Imogen Tarr (Democratic Services Officer).\nItems\n"
        )
    )
    assert {p.name: p.role for p in present if p.kind == "officer" or p.name == "Paul Grea"} == {
        "Neil Ash": "Head of Planning",
        "Paul Grea": "Highways Development Control, Thornby County Council",
        "Imogen Tarr": "Democratic Services Officer",
    }


def test_an_alderman_named_by_surname_alone_after_the_title():
    assert apologies_in_text("Apologies were reported on behalf of Alderman Lenn and Councillor Magin.") == [
        "Lenn",
        "Magin",
    ]
    assert [p.name for p in people_from("Aldermen Lenn and Ferg", "member", None)] == ["Lenn", "Ferg"]


def test_absent_members_who_sent_apologies_are_its_apologies():
    _, apologies, _ = parse_attendance(
        text_lines(
            "Present:\tCouncillor Fiona Hask (Leader, Chairman)\n"
            "Absent:\tCouncillor Gareth Pinn (Arun Vale – Housing) and\n"
            "Councillor Helen Tread (Seaford – Culture and Tourism) (with apologies)\n"
        )
    )
    assert apologies == ["Gareth Pinn", "Helen Tread"]


def test_added_members_for_education_items_are_members():
    present, _, _ = parse_attendance(
        text_lines(
            "Present\nCouncillors Kinn (Convener), Mowa (Vice-Convener) and Ball.\n"
            "Added members for education items: Catriona Imri (Religious Representative), Alasdair Nobl (Parent\n"
            "Representative).\n"
        )
    )
    assert [(p.name, p.kind) for p in present if "Representative" in (p.role or "")] == [
        ("Catriona Imri", "member"),
        ("Alasdair Nobl", "member"),
    ]


def test_public_speakers_listed_with_the_attendance_are_not_attendance():
    present, _, _ = parse_attendance(
        text_lines(
            "Present: Councillor Ann Bee (Chair) and Councillor Carl Dee\nPublic Speakers: Mr J Fell, Mrs K Gow\n"
        ),
    )
    assert [p.name for p in present] == ["Ann Bee", "Carl Dee"]


def test_officers_listed_a_line_each_keep_their_initials_and_their_order():
    present, _, _ = parse_attendance(
        text_lines(
            "PRESENT: Councillor H. Morgan (Chair)\n"
            "The following Officers were in attendance:\n"
            "T. Abbot, Chief Executive;\n"
            "K.M. Rowe, Head of Legal and Democratic Services;\n"
            "F. Elwyn, Democratic Services Officer.\n"
        )
    )
    assert [(p.name, p.role) for p in present] == [
        ("H. Morgan", "Chair"),
        ("T. Abbot", "Chief Executive"),
        ("K.M. Rowe", "Head of Legal and Democratic Services"),
        ("F. Elwyn", "Democratic Services Officer"),
    ]


def test_the_mayor_and_councillors_share_the_title_over_the_whole_list():
    people = people_from(
        "The Mayor (Councillor Quarrie) and Councillors Abney, Birtles, Mrs Cowan, Dimmock and Eshelby", "member", None
    )
    assert [(p.name, p.role) for p in people] == [
        ("Quarrie", "Mayor"),
        ("Abney", None),
        ("Birtles", None),
        ("Cowan", None),
        ("Dimmock", None),
        ("Eshelby", None),
    ]


def test_a_hearings_parties_listed_item_by_item_under_also_present_are_there():
    present, _, _ = parse_attendance(
        text_lines(
            "PRESENT:\tCouncillors Ruth Amberley (Chair) and Simon Kettle\n"
            "ALSO PRESENT:\tJoan Pell (Licensing Officer)\n"
            "For item 5: Tariq Noor (applicant), Mrs Ella Dunn (objector)\n"
            "For items 6 and 7: PC Ian Royle (Police Licensing Unit)\n"
        )
    )
    assert [(p.name, p.role) for p in present][2:] == [
        ("Joan Pell", "Licensing Officer"),
        ("Tariq Noor", "applicant"),
        ("Ella Dunn", "objector"),
        ("Ian Royle", "Police Licensing Unit"),
    ]


def test_police_and_fire_officers_a_line_each_with_the_service_they_are_there_for():
    present, _, _ = parse_attendance(
        text_lines(
            "Present:\nMr A Ross\nAlso in attendance:\nChief Inspector N Steel, Police Scotland\n"
            "Group Commander B Orr, Scottish Fire and Rescue Service\n"
        )
    )
    assert {p.name: p.role for p in present} == {
        "A Ross": None,
        "N Steel": "Police Scotland",
        "B Orr": "Scottish Fire and Rescue Service",
    }


def test_councillors_in_columns_under_their_parties_names_and_an_observer():
    present, _, _ = parse_attendance(
        text_lines(
            "Present – Councillors\nLABOUR\tCONSERVATIVE\nAinsworth Booth-Clegg Craven\tDenby\n"
            "Observers: Councillor Firth (Minute 5)\n"
        )
    )
    assert [(p.name, p.kind) for p in present] == [
        ("Ainsworth", "member"),
        ("Booth-Clegg", "member"),
        ("Craven", "member"),
        ("Denby", "member"),
        ("Firth", "other"),
    ]


def test_an_unmarked_co_opted_member_one_a_line_under_a_present_key_was_not_there():
    present, _, _ = parse_attendance(
        text_lines(
            "Members: (* present)\n* Councillor Ruth Hale (Chairman)\t* Councillor Priya Chand\n"
            "Co-opted members:\t* Mr Daniel Oke (Employer representative – district councils)\n"
            "Mrs Lorna Beck (Employer representative – academies and\ncolleges)\n"
            "* Ms Carol Fen (Scheme member representative)\n"
        )
    )
    assert [p.name for p in present] == ["Ruth Hale", "Priya Chand", "Daniel Oke", "Carol Fen"]
