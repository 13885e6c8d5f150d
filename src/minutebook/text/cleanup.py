"""Clean-up shared by every text source: running headers and footers, page
number debris and blank-page notices come off, and are remembered on the page.

Lines are removed, never renumbered behind the user's back: `parse --text`
prints the cleaned lines, and citations count lines of that output. Line text
is left alone (bold `**` inside a line stays; extractors strip what they need;
only a space lost between a time and a date, `4.00pm1 July 2021`, is put back),
so that every extractor sees the words the document printed.
"""

from __future__ import annotations

import re
from collections import Counter

from minutebook.model import Page

BLANK_PAGE = re.compile(r"^\W*this page (?:has been |is )?(?:intentionally|deliberately) (?:left )?blank\W*$", re.I)
# "Page 17", "Page 17 of 98", "- 17 -", "17", and ModernGov's stamp "Page 17 Agenda Item 3".
PAGE_NUMBER = re.compile(
    r"^\s*[-–(]?\s*(?:page\s+)?(\d{1,4})(?:\s+of\s+\d{1,4})?\s*[-–)]?"
    r"(?:\s+agenda\s+item\s+[\w.()]+)?\s*$",
    re.I,
)
# A stamp that names the page explicitly is page debris wherever it stands (even in unpaged text).
AGENDA_ITEM = re.compile(r"^\W*agenda\s+item\b", re.I)  # a report's own stamp: where it starts, never running matter
PAGE_STAMP = re.compile(r"^\s*page\s+(\d{1,4})(?:\s+of\s+\d{1,4})?(?:\s+agenda\s+item\s+[\w.()]+)?\s*$", re.I)
ORPHAN_MARKUP = re.compile(r"^\s*(?:\*\*|__)+\s*$")
FOOTNOTE_DEBRIS = re.compile(r"^\s*[\u00b9\u00b2\u00b3\u2070-\u2079]+\s*$")  # a lone superscript digit
# A time run into the date after it, where the PDF lost the space between them: `4.00pm1 July 2021`.
TIME_INTO_DATE = re.compile(
    r"(\d\s?[ap]\.?m\.?)(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.I,
)
MAX_PAGE_LINES = 150  # more lines than a printed page holds
EDGE = 2  # how many non-empty lines at the top and bottom of a page can be running matter


def _edge_indexes(lines: list[str]) -> list[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE] + filled[-EDGE:]))


def _shape(line: str) -> str:
    """A running header with the page number in it ("Page 3 of 10", "Chairman's initials ....<TAB>4") repeats
    once its digits are blurred; other lines must repeat exactly (`Question 2` is a heading)."""
    s = re.sub(r"\s+", " ", line.strip().lower())
    return re.sub(r"\d+", "#", s) if "page" in s or PAGE_CELL.search(line) else s


def _blurred(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


# A minute book's own page reference heading each page: the year, the body's letters, the running page ('2026 CAB
# 141'); two numbers at least, so a heading such as 'Question 2' is never taken for one
MINUTE_BOOK_PAGE = re.compile(r"^(?=.*\d.*\D\d)[\w ./-]{0,30}?\b(\d{1,4})$")
# A footer's page number in a cell of its own at the end of the line: 'Chairman’s initials .........<TAB>4'.
PAGE_CELL = re.compile(r"\S\t\s*(\d{1,4})\s*$")


def _running_shapes(pages: list[Page]) -> set[str]:
    """Lines at the page edges that repeat on at least three pages and on a
    half of them: running headers and footers (tab rows are table content)."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    numbered: Counter[tuple[str, int]] = Counter()  # a footer with its page number in a cell, by number less page
    for p, page in enumerate(pages):
        seen.update({_shape(page.lines[i]) for i in _edge_indexes(page.lines) if "\t" not in page.lines[i]})
        for i in _edge_indexes(page.lines):
            run = MINUTE_BOOK_PAGE.match(page.lines[i].strip())
            if run:  # ('2026 CAB 141' over each page: the minute book's page, going up with the pages)
                numbered[(_blurred(page.lines[i]), int(run.group(1)) - p)] += 1
            cell = PAGE_CELL.search(page.lines[i]) if page.lines[i].count("\t") == 1 else None
            if cell:  # ('Total<TAB>4' ending a table's page is no footer: its figure does not follow the pages)
                numbered[(_shape(page.lines[i]), int(cell.group(1)) - p)] += 1
    need = max(3, (len(pages) + 1) // 2)
    for (shape, _), n in numbered.items():
        seen[shape] = max(seen[shape], n)
    return {
        s
        for s, n in seen.items()
        if n >= need and len(s) > 2 and not PAGE_NUMBER.match(s.replace("#", "1")) and not NEVER_RUNNING.match(s)
    }


# a decision's heading that happens to open three pages ('Decision' over 'The Committee:-') is the minutes' own
NEVER_RUNNING = re.compile(r"^\W*(?:decisions?|resolved|agreed|recommended|decided)\W*$")


def _stamped_headers(lines: list[str]) -> set[int]:
    """Indexes of running headers in text with page stamps but no page breaks (`Page 2` /
    `Cabinet – 20 May 2025` at the top of each page of bound minutes): the first line after a
    stamp, where the same line opens three or more pages; all but its first showing. Only the
    top of a page counts: a decision that happens to end three pages is content."""
    tops: dict[str, list[int]] = {}
    stamps = [i for i, line in enumerate(lines) if PAGE_STAMP.match(line.strip())]
    for i in stamps:
        j = next((j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].strip()), None)
        if j is None or "\t" in lines[j] or len(lines[j]) > 100 or PAGE_STAMP.match(lines[j].strip()):
            continue
        text = lines[j].strip()
        if BLANK_PAGE.match(text) or AGENDA_ITEM.match(text):
            continue
        tops.setdefault(re.sub(r"\s+", " ", text.lower()), []).append(j)
    out: set[int] = set()
    for key, found in tops.items():
        if len(found) >= 3:  # its first showing stays, wherever it is (the top of the first page has no stamp)
            first = next(i for i, line in enumerate(lines) if re.sub(r"\s+", " ", line.strip().lower()) == key)
            out.update(j for j in found if j != first)
    return out


def _bare_numbers(pages: list[Page]) -> set[tuple[int, int]]:
    """(page, line) of bare numbers at page edges that are page numbers: the
    printed number keeps one offset from the file page on at least two pages,
    which a figure that happens to end a page does not."""
    found: list[tuple[int, int, int]] = []
    for p, page in enumerate(pages):
        for i in _edge_indexes(page.lines):
            m = PAGE_NUMBER.match(page.lines[i].strip())
            if m:
                found.append((p, i, int(m.group(1)) - page.number))
    offsets = Counter(off for _, _, off in found)
    good = {off for off, n in offsets.items() if n >= 2}
    return {(p, i) for p, i, off in found if off in good}


def _unglue(line: str) -> str:
    """The one change made inside a line: the space a PDF lost between a time and a date put back."""
    return TIME_INTO_DATE.sub(r"\1 ", line) if "m" in line else line


def clean_pages(pages: list[Page]) -> list[Page]:
    """Remove blank-page notices, printed page numbers, repeated running
    headers/footers (the first showing stays: it is often the document's
    title), lone footnote marks and orphan `**`; record the printed page
    number on the page when it prints one."""
    paged = len(pages) > 1
    running = _running_shapes(pages) if paged else set()
    bare_numbers = _bare_numbers(pages) if paged else set()
    shown: set[str] = set()
    for p, page in enumerate(pages):
        edges = set(_edge_indexes(page.lines)) if paged else set()
        headers = set() if paged else _stamped_headers(page.lines)
        kept: list[str] = []
        for i, line in enumerate(page.lines):
            text = line.strip()
            if BLANK_PAGE.match(text) or ORPHAN_MARKUP.match(line) or FOOTNOTE_DEBRIS.match(line) or i in headers:
                page.removed.append(line)
                continue
            stamp = PAGE_STAMP.match(text)
            bare = PAGE_NUMBER.match(text) if (p, i) in bare_numbers else None
            if stamp or bare:
                number = int((stamp or bare).group(1))
                # one long "page" is unpaged text: a stamp inside it numbers no file page
                if page.printed is None and (paged or len(page.lines) <= MAX_PAGE_LINES):
                    page.printed = number
                page.removed.append(line)
                continue
            if i in edges and text:
                shape = _shape(line)
                book = shape not in running and MINUTE_BOOK_PAGE.match(text) is not None
                shape = _blurred(line) if book else shape
                if shape in running:
                    if shape in shown or book:  # (a minute book's page reference is no title, even the first)
                        page.removed.append(line)
                        continue
                    shown.add(shape)
            kept.append(_unglue(line))
        page.lines = kept
    return pages
