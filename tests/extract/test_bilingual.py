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


def test_an_english_table_of_two_columns_is_left_alone():
    text = "Name\tRole\nBernadette Royle\tExecutive Director of Adult Services\nSamira Hollis\tScrutiny Officer\n"
    lines = lines_of(text)
    assert english_view(lines) == lines
