"""Papers printed in Welsh and English side by side: the extractors read the English column."""

from __future__ import annotations

from minutebook.extract.bilingual import english_view
from minutebook.model import Line


def lines_of(text: str) -> list[Line]:
    return [Line(i + 1, 1, t) for i, t in enumerate(text.splitlines())]


BILINGUAL = (
    "COFNODION cyfarfod y PWYLLGOR CRAFFU a\tMINUTES of the meeting of the SCRUTINY\n"
    "gynhaliwyd yn Siambr y Cyngor ddydd Iau\tCOMMITTEE held in the Council Chamber on\n"
    "PRESENT\n"
    "PRESENNOL\n"
    "Y Cynghorydd Eleri Prydderch (Cadeirydd)\tCouncillor Eleri Prydderch (Chair)\n"
    "1. APOLOGIES\n"
    "1. YMDDIHEURIADAU\n"
    "Derbyniwyd ymddiheuriadau gan y Cynghorwyr Iwan Tudur a\tApologies were received from Councillors Iwan\n"
    "Mared Wynne.\tTudur and Mared Wynne.\n"
)


def test_the_english_column_stands_in_with_the_same_line_numbers():
    view = english_view(lines_of(BILINGUAL))
    assert [(x.number, x.text) for x in view] == [
        (1, "MINUTES of the meeting of the SCRUTINY"),
        (2, "COMMITTEE held in the Council Chamber on"),
        (3, "PRESENT"),
        (4, ""),  # the Welsh heading of its own
        (5, "Councillor Eleri Prydderch (Chair)"),
        (6, "1. APOLOGIES"),
        (7, ""),
        (8, "Apologies were received from Councillors Iwan"),
        (9, "Tudur and Mared Wynne."),
    ]


def test_a_heading_whose_number_and_title_sit_in_cells_of_their_own_in_each_column():
    view = english_view(lines_of(BILINGUAL + "3.\tCofnodion\t3.\tMinutes\n"))
    assert view[-1].text == "3.\tMinutes"


def test_a_masthead_across_both_columns_and_a_welsh_cells_overflow_read_as_english():
    text = (
        "CYNGOR CYMUNED PENRHOS FACH / PENRHOS FACH COMMUNITY COUNCIL\n"
        + BILINGUAL
        + "Cyng. Aled Rhys, Cyng. Nia Bowen a\tCllr Aled Rhys, Cllr Nia Bowen and Cllr Osian\n"
        + "Chyng. Osian Lloyd.\n"
        + "am 7.00\tat 7.00 pm\n"
        + "yh\n"
    )
    view = english_view(lines_of(text))
    assert view[0].text == "PENRHOS FACH COMMUNITY COUNCIL"
    assert [x.text for x in view[-4:]] == ["Cllr Aled Rhys, Cllr Nia Bowen and Cllr Osian", "", "at 7.00 pm", ""]


def test_an_english_table_of_two_columns_is_left_alone():
    text = "Name\tRole\nBernadette Royle\tExecutive Director of Adult Services\nSamira Hollis\tScrutiny Officer\n"
    lines = lines_of(text)
    assert english_view(lines) == lines


STACKED = (
    "Cyngor Bwrdeistref Sirol Tregarnedd\nTregarnedd County Borough Council\n"
    "COFNODION CYFARFOD Y CABINET\nMINUTES OF THE CABINET MEETING\n"
    "YN BRESENNOL / PRESENT:\nCynghorydd / Councillor Rhian Pritchard (Cadeirydd / Chair)\n"
    "Cynghorwyr / Councillors: Emyr Watkins, Elin Rowlands a / and Mererid Tomos\n"
    "SWYDDOGION / OFFICERS:\nGwenan Morgan – Prif Weithredwr / Chief Executive\n"
    "1.\tYMDDIHEURIADAU\nAPOLOGIES\n"
    "Derbyniwyd ymddiheuriad am absenoldeb gan y Cynghorydd Hywel Prosser a oedd yn\n"
    "sâl.\n"
    "An apology for absence was received from Councillor Hywel Prosser.\n"
    "2.\tCOFNODION\nMINUTES\n"
    "PENDERFYNWYD cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 21 Hydref 2025 fel cofnod cywir.\n"
    "RESOLVED that the minutes of the meeting held on 21 October 2025 be approved as a correct record.\n"
    "Cyflwynodd y Cynghorydd Emyr Watkins yr adroddiad ar y gyllideb, a oedd yn dangos gorwariant o\n"
    "£4.86m ar gyfer y flwyddyn.\n"
    "Councillor Emyr Watkins presented the report on the budget, which showed an overspend of £4.86m.\n"
    "Holodd y Cynghorydd Sioned Huws a oedd y Cyngor wedi gwneud cais i Lywodraeth Cymru am gyllid.\n"
    "Councillor Sioned Huws asked whether the Council had applied to the Welsh Government for funding.\n"
    "Cadarnhaodd y Prif Weithredwr fod trafodaethau yn parhau gyda Chymdeithas Llywodraeth Leol Cymru.\n"
    "The Chief Executive confirmed that discussions were continuing with the Welsh Local Government Association.\n"
    "Nodwyd hefyd y byddai adroddiad pellach yn cael ei gyflwyno i'r Cabinet ym mis Chwefror.\n"
    "It was also noted that a further report would be submitted to the Cabinet in February.\n"
    "Ni wnaed unrhyw ddatganiadau eraill o fuddiant gan y Cynghorwyr yn ystod y cyfarfod.\n"
    "No other declarations of interest were made by the Councillors during the meeting.\n"
    "Daeth y cyfarfod i ben am 3.52 y.p. a diolchodd y Cadeirydd i bawb am eu cyfraniad.\n"
    "The meeting closed at 3.52 pm and the Chair thanked everyone for their contributions.\n"
)


def test_a_paper_printed_twice_welsh_over_english_reads_as_its_english():
    view = english_view(lines_of(STACKED))
    assert [x.number for x in view] == list(range(1, len(STACKED.splitlines()) + 1))  # a line for every line
    texts = [x.text for x in view if x.text]  # the Welsh lines blank
    assert texts[:9] == [
        "Tregarnedd County Borough Council",
        "MINUTES OF THE CABINET MEETING",
        "PRESENT:",
        "Councillor Rhian Pritchard (Chair)",
        "Councillors: Emyr Watkins, Elin Rowlands and Mererid Tomos",
        "OFFICERS:",
        "Gwenan Morgan – Chief Executive",
        "1.\tAPOLOGIES",  # the number goes to the English title under the Welsh one
        "An apology for absence was received from Councillor Hywel Prosser.",  # the Welsh sentence and its tail off
    ]
    assert "sâl." not in texts and not any("PENDERFYNWYD" in t for t in texts)
    by_text = {x.text: x.number for x in view}
    assert by_text["1.\tAPOLOGIES"] == 10 and by_text["MINUTES OF THE CABINET MEETING"] == 4  # lines as printed


def test_a_stacked_agenda_takes_each_english_title_with_its_pages():
    welsh = "Derbyn adroddiad y Cyfarwyddwr am y cynnydd a wnaed yn ystod y flwyddyn gyda'r cynllun ac wedi hynny."
    lines = lines_of(
        "RHAGLEN\nAGENDA\n"
        + "".join(f"{welsh}\nTo receive the report of the Director on progress {n}.\n" for n in range(1, 12))
        + "4.\tCanlyniadau Arholiadau ac Asesiadau Allanol 2025\tTudalennau 13 - 34\n"
        "Examination and External Assessment Outcomes 2025\tPages 13 - 34\n"
    )
    view = [x.text for x in english_view(lines) if x.text]
    assert view[-1] == "4.\tExamination and External Assessment Outcomes 2025\tPages 13 - 34"


def test_an_english_agenda_of_numbered_tab_rows_is_not_read_as_two_languages():
    """Item numbers in a column of their own ('1.', '(a)') are no Welsh column: '(a)' holds a Welsh 'a'."""
    text = "AGENDA\n1.\tApologies for absence\n2.\tMinutes\n3.\tQuestions from Members\n(a)\tFrom Councillor A Smith\n"
    lines = lines_of(text)
    assert english_view(lines) == lines
