"""Dates as councils print them -> ISO `YYYY-MM-DD`: one set of rules for every extractor."""

from __future__ import annotations

import re

MONTH_NUMBERS = {
    m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
}
# Welsh months, as papers in Welsh print them ('12 Ionawr 2026'): their first three letters are none of English's.
WELSH_MONTHS = ["ion", "chw", "maw", "ebr", "mai", "meh", "gor", "aws", "med", "hyd", "tac", "rha"]
MONTH_NUMBERS.update({m: i + 1 for i, m in enumerate(WELSH_MONTHS)})
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?"
    r"|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)"
)
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# an ordinal's ending: English 'th', Welsh '10fed', '1af', '2il', '3ydd', '21ain', '11eg'
ORDINAL = r"(?:st|nd|rd|th|af|il|ydd|edd|ed|fed|eg|ain)"
# 'Tuesday, 29th October 2019', 'the 10th of June 2020', '8 Oct. 2019', Welsh '12fed o Ionawr 2026'
DATE = re.compile(
    rf"(?:\b{WEEKDAY},?\s+)?(?:the\s+)?\b(\d{{1,2}}){ORDINAL}?\s*(?:of\s+|o\s+)?({MONTH})\b\.?,?\s+(\d{{4}})\b", re.I
)
# 'January 9, 2025' (the comma is what tells it from '9 January 2025' run into a year)
DATE_MONTH_FIRST = re.compile(rf"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,\s+(\d{{4}})\b", re.I)
# A line that is a date and nothing more: 'Tuesday, 3 February 2026' under a signature, at a record's foot
DATE_ONLY = re.compile(
    rf"\W*(?:{WEEKDAY},?\s+)?(?:the\s+)?\d{{1,2}}{ORDINAL}?\s*(?:of\s+|o\s+)?{MONTH}\.?,?\s+\d{{4}}\W*", re.I
)
# '05/03/2024', day first as UK councils print it
# ('12/02/26': Gwynedd's headings print the year in two figures)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")


def iso_date(text: str, *, numeric: bool = False) -> str | None:
    """The first date printed in `text`, or None. `numeric` also reads
    '05/03/2024' (day first) where no date in words is found: right in a
    minutes heading, too loose for free text full of references."""
    m = DATE.search(text)
    us = DATE_MONTH_FIRST.search(text)
    if us and (not m or us.start() < m.start()):
        day, month, year = us.group(2), us.group(1), us.group(3)
    elif m:
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        n = NUMERIC_DATE.search(text) if numeric else None
        if n and 1 <= int(n.group(1)) <= 31 and 1 <= int(n.group(2)) <= 12:
            year = int(n.group(3)) + (2000 if len(n.group(3)) == 2 else 0)
            return f"{year:04d}-{int(n.group(2)):02d}-{int(n.group(1)):02d}"
        return None
    if not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{MONTH_NUMBERS[month[:3].lower()]:02d}-{int(day):02d}"
