"""Agenda items: number as printed, title, page range, public or private, sub-items.

Read from the front sheet (the pack's `agenda` document). General rules:
an item is a numbered line (`3.`, `3`, `Item 3:`, CMIS's `Agenda Item 3`, a parish's `25/040`, a markdown table row
`| 5. Title | 17 - 40 |`); its title is the bold text when the line has bold
(what follows is description), else the line, continued over the lines a
PDF wrapped it onto; `(Pages 3 - 10)` anywhere in the item, even broken over
lines or printed on a line of its own, gives `pages`; `(a)` / `(1)` / `15.1`
under an item are its sub-items, numbered with the parent's prefix; section
headings (`Private business`, `EXEMPT ITEMS`, `Part 2`) make what follows
private until a public heading (`Public business`, `UNRESTRICTED ITEMS`).
"""

from __future__ import annotations

import re

from minutebook.extract.dates import DATE_ONLY
from minutebook.model import AgendaItem, Document, Line, Segment
from minutebook.prose import ends_on_joining_word

ITEM = re.compile(
    # ('Item 5', 'AGENDA ITEM 5'; not a sentence going on '... a site visit to' / 'item 6.2 will take place ...')
    r"^\s*(?:[-*•]\s+)?(?:(?:agenda\s+)?(?-i:Item|ITEM)\s+)?(?:no\.?\s+)?"
    # '4a<TAB>': a table's cell; '6a Ofsted Focused Visit': a web page's sub-item, its title capitalised
    # (not an hour: '4.00pm 12 MARCH 2026' heading minutes)
    r"(\d{1,3}(?:\.\d{1,2}|\([a-z0-9]{1,4}\)|[a-z](?=[.)\t])|[a-z](?=\s+[A-Z]))?)(?:[.):](?!\d)|\t|\s)\s*(\S.*)$",
    re.I,
)
# Items numbered by the letter of their section (Kent's Planning Applications Committee: 'A1', 'C1'), and
# the sections' headings ('A - COMMITTEE BUSINESS', 'B - Any items called-in').
LETTER_ITEM = re.compile(r"^\s*([A-H]\d{1,2})(?:[.):]|\t|\s)\s*(\S.*)$")
LETTER_SECTION = re.compile(r"^\s*[A-H]\s*[-–.]\s+[A-Z]")
# Parish agendas number items by year and sequence, as their minutes will: `25/040 To receive apologies`.
YEAR_ITEM = re.compile(r"^\s*(\d{2}/\d{2,4})(?:\.(\d{1,2}))?[.:)]?\s+(\S.*)$")  # '26/07', '26/07.1'

# a recommendation's clause: 'That the calendar ... be approved', 'That Mr Graham Tillotson be re-appointed ...'
THAT_CLAUSE = re.compile(r"That\s+(?:the|this|[^.;]{0,100}?\bbe\s+[a-z-]+(?:ed|en|de)\b)")
SUB_ITEM = re.compile(r"^\s*(?:[-*•]\s+)?\(([a-z]|[ivx]{1,4}|\d{1,2})\)\s+(\S.*)$", re.I)
# A title that is only a person and a bracket ('Councillor M J Pollard (Chairman)'); not 'Councillor Call for Action'.
A_PERSON = re.compile(
    r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Revd?|Professor|Prof)\.?\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+"
    r"(?:\s*\([^()]*\))?"
)
PAGES = re.compile(r"\(?\s*\bpages?\s+(\d{1,4})(?:\s*(?:-|–|to)\s*(\d{1,4}))?\s*\)?", re.I)
# a range the line breaks off: `(Pages` / `(Pages 9 -`, finished on the next line
PAGES_OPEN = re.compile(r"\(\s*pages?\s*(?:(\d{1,4})\s*(?:-|–|to)?\s*)?$", re.I)
PAGE_RANGE_ONLY = re.compile(r"^\W*(?:pages?\s+)?(\d{1,4})\s*(?:-|–|to)\s*(\d{1,4})\W*$", re.I)
YEARS_ONLY = re.compile(r"^\W*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\W*$")


def _page_range_only(text: str) -> re.Match[str] | None:
    """'5 - 12' or 'Pages 5 - 12' alone; not a title's years wrapped onto a line of their own ('... Community Risk
    Management Plan' / '2026-2030')."""
    return None if YEARS_ONLY.match(text) else PAGE_RANGE_ONLY.match(text)


# Section headings: the house-style words for private and public parts of an agenda.
PRIVATE_SECTION = re.compile(
    r"^\W*(?:private\s+(?:business|items?|agenda|section|session|part)|(?:agenda\s+)?part\s+(?:2|ii|b|two)\b|"
    r"exempt\s+items?|exempt\s+business|private\s+and\s+confidential|exempt\s+information\W*$|"
    r"confidential\s+(?:items?|business)|restricted\s+items?|items?\s+(?:likely\s+)?to\s+be\s+(?:considered|taken)\s+in\s+private|"
    r"(?:the\s+following\s+)?(?:items?|matters?)\s+(?:is\s+|are\s+)?(?:likely\s+)?(?:to\s+be\s+|for\s+)?"
    r"(?:considered|taken|consideration)\s+in\s+private|"
    r"not\s+for\s+publication|press\s+and\s+public\s+excluded|"
    r"(?:items?|business)\s+(?:which|that)\s+[^.]{0,60}?\bin\s+private|"
    r"in\s+committee(?=\W*$))\b",  # Northern Ireland's 'IN COMMITTEE' heading  # '... MAY WISH TO CONSIDER IN PRIVATE'
    re.I,
)
PUBLIC_SECTION = re.compile(
    r"^\W*(?:public\s+(?:business|items?|agenda|section|session|part)|(?:agenda\s+)?part\s+(?:1|i|a|one)\b|unrestricted\s+items?|"
    r"open\s+(?:items?|business))\b",
    re.I,
)
# an item resolving to exclude the press and public: the items after it are taken in private
# ('... to exclude the press and public for the following item:'; not 'Exclusion of the Press and Public' early in
# an agenda, which asks whether to, for private business printed later under a heading of its own)
EXCLUSION_TITLE = re.compile(
    r"\bexclude\s+(?:the\s+)?(?:press\s+and\s+)?public\b.{0,80}\bfollowing\s+(?:items?|business|matters?)\b", re.I
)
PRIVATE_TITLE = re.compile(
    r"\((?:exempt|private|part\s+(?:2|ii|b)|confidential)\b|^(?:exempt|confidential)\s+(?:minutes|appendix|appendices|report)\b"
    r"|^(?:exempt|confidential|private)\s*[:–—-]\s*\S",  # ('Exempt: Depot Site Disposal', a ModernGov page's)
    re.I,
)
# A key decision's marker printed in its title cell: 'KEY DECISION – FP/24/071', '(Key Decision)'.
KEY_DECISION_MARK = re.compile(
    # ('Key decision – Forward Plan reference KD/2026/014')
    r"\s*[(\[]?\s*\bKEY\s+DECISION\b\s*(?:[-–:]?\s*(?:(?:forward\s+plan\s+)?ref(?:erence)?\.?\s*)?"
    r"[A-Z]{0,4}/?\d{2,4}/\d{2,4})?\s*[)\]]?",
    re.I,
)
# A description printed under the title inside one table cell, read as one run of text.
# ('Revenue Budget 2026/27 (Key Decision) Report of the Executive Director of Resources.': whose report it is)
CELL_DESCRIPTION = re.compile(
    r"(?<=\S)\s+(?=To\s+(?:consider|receive|note|agree|approve|confirm|resolve)\b"
    r"|(?:Joint\s+)?Report\s+of\s+the\s+[A-Z][^.]{3,120}\.(?:\s|$))"
)
DESCRIPTION = re.compile(
    r"^\W*(?:report|joint report|covering report|a report|"
    r"to\s+(?:consider|receive|note|agree|approve|confirm|be|follow)|the\s|this\s|that\s|members\s|there\s|up to\s|-\s|"
    r"[\w ]{1,30}:|\(|appendix\b|appendices\b|annex\b)",
    re.I,
)
# 'Proposed by Councillor A, Seconded by Councillor B', '“This Council notes ...': a motion's movers and its text
MOVED = re.compile(r"^\W*(?:proposed|moved|seconded|to\s+be\s+moved)\s+by\b|^\s*[“\"]", re.I)
# 'To answer any questions ...', 'To elect a Chair ...': what the item is for, under its title (capital T).
TO_DO = re.compile(r"^To\s+[a-z]{3,}\b")
# A page range printed at the end of an item line without the word: `3 Minutes of the Previous Meeting 3 - 8`.
# '3 - 8' ending an item's line, after a space or a contents page's dot leader ('... 2026.......5 - 12')
TRAILING_RANGE = re.compile(
    r"(?:\s|\.{3,}|…{2,})\s*(\d{1,4})\s+(?:-|–)\s+(\d{1,4})\s*$"
    r"|(?:\.{3,}|…{2,})\s*(\d{1,4})\s*$"  # one page after a dot leader ('... 2026/27..........117')
)
BRACKETED_PAGES_END = re.compile(r"\S\s+\(\s*pages?\s+\d{1,4}(?:\s*(?:-|–|to)\s*\d{1,4})?\s*\)\s*$", re.I)
LEADER_PAGES = re.compile(r"(?:\.{3,}|…{2,})\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*$")
LEADER = re.compile(r"\s*(?:\.{3,}|…{2,})\s*$")  # a dot leader run out to no page number
BOLD = re.compile(r"\*\*(.+?)\*\*")
# What a ModernGov web page prints after a title that links a document: `PDF 120 KB`.
# Its icon's alt text comes first (`pdf icon PDF 341 KB`), or alone when the size is lost.
LINK_DEBRIS = re.compile(
    r"\s+(?:(?:pdf|word|doc|docx|excel|xlsx?)\s+icon\b(?:\s+(?:PDF|DOC|DOCX|XLSX?|RTF)\s+\d+(?:\.\d+)?\s*[KMG]B\b)?"
    r"|(?:PDF|DOC|DOCX|XLSX?|RTF)\s+\d+(?:\.\d+)?\s*[KMG]B\b).*$",
    re.I,
)
NUMBER_ONLY = re.compile(
    r"^\W{0,2}(?:(?:agenda\s+)?item\s+)?\d{1,3}(?:\.\d{1,2}|\([a-z0-9]{1,4}\))?[.):]?\W{0,2}$", re.I
)
PAPER_REFERENCE = re.compile(r"^(?:appendix|annex|annexe)\s+\w{1,3}$", re.I)
# A note printed on its own line under an item that makes it private: `(Exempt - paragraph 1 of Schedule 12A)`,
# `Exempt under paragraph 3`, `(Not for publication)`, `(Part 2 - confidential)`.
PRIVATE_NOTE = re.compile(
    r"^\W*(?:\(\s*(?:exempt|private|confidential|not\s+for\s+publication|part\s+(?:2|ii|b|two))\b[^()]{0,160}\)"
    r"|(?:exempt|confidential)\b.{0,40}\b(?:paragraphs?|schedule\s+12a)\b.{0,160}"
    # the paragraph of the schedule that makes it exempt: 'Schedule 6, paragraph 3 – information relating to ...'
    # (Northern Ireland's), 'Paragraph 3 of Part 1 of Schedule 12A': a note of its own, opening with its capital (not
    # a resolution's line going on: '... as defined in' / 'paragraph 3 of Part 1 of Schedule 12A to the Act')
    r"|(?-i:S)chedule\s+(?:6|12a)\b.{0,20}?\bparagraphs?\s+\d.{0,200}"
    r"|(?-i:P)aragraphs?\s+\d{1,2}\b.{0,40}?\bschedule\s+(?:6|12a)\b.{0,200})"
    r"\W*$",
    re.I,
)
# A Scottish summons's mark over an exempt item: 'Item 9 – not for publication'.
ITEM_NOT_PUBLISHED = re.compile(
    r"^\W*item\s+\d{1,3}[a-z]?\s*[–—-]\s*(?:not\s+for\s+publication|exempt|private|confidential)\W*$", re.I
)
# Where the front sheet has ended though no new document was found: the blank-page notice a printed document
# ends with, or ModernGov's `Agenda Item 3` stamp on the first page of an item's papers (a stamp names an
# item already listed; a number printed above its title comes after the last item).
BLANK_PAGE = re.compile(
    r"^\W*this\s+page\s+(?:is\s+|has\s+been\s+)?(?:intentionally|deliberately)\s+left\s+blank\W*$", re.I
)
ITEM_STAMP = re.compile(r"^\W*agenda\s+item\s+(\d{1,3})\W*$", re.I)
HEADING_MARK = re.compile(r"^#{1,6}\s+")
BOLD_NUMBER = re.compile(r"^\*\*\s*((?:item\s+)?\d{1,3}(?:\.\d{1,2})?[.):]?)(?:\s*(\*\*)\s*|\s+)(.*)$", re.I)
# A front sheet is a few pages; past this, numbered lines are a report's paragraphs.
MAX_FRONT_LINES = 800


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", LEADER.sub("", text.replace("**", "").replace("__", ""))).strip(" \t|-–:")


def _cell_title(cell: str) -> str:
    """A table's title cell without the key decision's marker or the description printed under the title."""
    cell = KEY_DECISION_MARK.sub("", cell)
    described = CELL_DESCRIPTION.search(cell)  # 'Minutes of ... 2024 To approve the minutes ...': one cell
    return cell[: described.start()] if described else cell


def _pages_of(text: str) -> list[int] | None:
    if PAGES_OPEN.search(text.rstrip()):
        return None
    m = PAGES.search(text)
    if not m:
        return None
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else first
    return [first, last] if last >= first else None


def _title_of(rest: str) -> tuple[str, bool]:
    """(title, bold): the bold run when the line has one, else the line without its page range."""
    rest = LINK_DEBRIS.sub("", rest)
    bold = BOLD.search(rest)
    if bold:  # `**4. Minutes (Pages 3 - 10)**`: the range printed inside the bold run is not the title
        return _tidy(PAGES_OPEN.sub("", PAGES.sub("", bold.group(1)))), True
    t = PAGES.sub("", rest)
    t = PAGES_OPEN.sub("", t)
    if _trailing_range(t):
        t = TRAILING_RANGE.sub("", t)
    return _tidy(t), False


def _trailing_range(text: str) -> list[int] | None:
    """A bare `3 - 8` ending an item line is its pages; `2025 - 2026` is a year span."""
    m = TRAILING_RANGE.search(text)
    if not m:
        return None
    if m.group(3):
        return [int(m.group(3))] * 2
    first, last = int(m.group(1)), int(m.group(2))
    if first > last or (1900 <= first <= 2100 and 1900 <= last <= 2100):
        return None
    return [first, last]


BULLETED = re.compile(r"[–—•▪◦*-]\s+\S")  # a line opened by a bullet or a dash


def _unwrap_number(text: str) -> str:
    """Markdown around an item's number: `### 2. Minutes` -> `2. Minutes`;
    `**1. Apologies**` -> `1. **Apologies**` (the title stays bold);
    `**1.** Apologies` and `**Item 1:** Apologies` -> the number bare."""
    t = HEADING_MARK.sub("", text)
    m = BOLD_NUMBER.match(t)
    if not m:
        return t
    if m.group(2):
        return f"{m.group(1)} {m.group(3)}"
    return f"{m.group(1)} **{m.group(3)}"


def _split_runs(text: str) -> list[str]:
    """`**1. Apologies****2. Declarations**` is two headings run together."""
    parts = re.split(r"(?<=\*\*)(?=\*\*\s*\d)|(?<=[a-z.)])\s*(?=\*\*\s*\d{1,2}\.\s)", text)
    return [p for p in parts if p.strip()]


def _table_cells(text: str) -> list[str] | None:
    t = text.strip()
    t = re.sub(r"^[-*•]\s+", "", t)
    if not t.startswith("|"):
        return None
    cells = [c.strip() for c in t.strip("|").split("|")]
    if all(re.fullmatch(r":?-*:?", c) for c in cells):
        return []
    return [c for c in cells if c]


def _opened(text: str) -> int | bool:
    m = PAGES_OPEN.search(text.rstrip())
    if not m:
        return False
    return int(m.group(1)) if m.group(1) else True


def _place(b: _Builder, number: str, rest: str, line: Line) -> None:
    """An item or, when its number carries the last item's prefix, a sub-item."""
    parent = b.items[-1] if b.items else None
    if parent is not None and re.fullmatch(rf"{re.escape(parent.number)}(?:\.\d{{1,2}}|\([a-z0-9]{{1,4}}\))", number):
        b.add(number, rest, line, sub_of=parent)
    elif re.fullmatch(r"\d+(?:\([a-z0-9]{1,4}\)|[a-z])?", number, re.I) and b.top_ok(number):
        b.add(number, rest, line)
    elif b.numbered_table and SLASH_NUMBER.fullmatch(number) and _slash_next(b, number):
        b.add(number, rest, line)  # `77/21` on its own line in a web page's table of items


# The header of a web page's table of items, whose numbers are often the minutes' running numbers (`415.`).
# a paper's letter, a dash for none, or what is asked of the meeting ('for adoption'), in a last cell
PAPER_CELL = re.compile(r"\t\s*(?:[A-Z]|[–—-]|(?i:for\s+(?:adoption|information|noting|note|decision|approval)))\s*$")
# a note of the paper after the title: '(copy herewith)', '(schedule herewith)', '(to follow)', '(attached)'
PAPER_NOTE = re.compile(
    r"\s*\((?:(?:copy|copies|schedule|report|papers?)\s+)?(?:herewith|attached|enclosed|to\s+follow)\)\s*$", re.I
)
# the heading row of a table of items: 'Item | Application No. | Site address and proposal | Ward | ... | Page'
COLUMNS_HEAD = re.compile(r"^\W*(?:item|(?:agenda\s+)?(?:item\s+)?(?:no\.?|number)|ref(?:erence)?)\W*$", re.I)
OTHER_COLUMN = re.compile(r"\b(?:wards?|recommendation|decision|pages?|officer|paper|lead|divisions?)\b", re.I)
PAGE_COLUMN = re.compile(r"pages?(?:\s+no\.?)?", re.I)
ITEMS_HEADER = re.compile(r"^\W*no\.?[\s|]+item\W*$", re.I)
LISTED_HEADER = re.compile(r"\W*(?:agenda\s+)?item\s+no\.?\W*", re.I)


SLASH_NUMBER = re.compile(r"\d{1,4}/\d{2,4}")


def _slash_next(b: _Builder, number: str) -> bool:
    """`78/21` follows `77/21`: same second part, the first a little on."""
    if not b.items:
        return True
    last = b.items[-1].number
    if not SLASH_NUMBER.fullmatch(last):
        return False
    (seq, tail), (last_seq, last_tail) = number.split("/"), last.split("/")
    return tail == last_tail and 0 < int(seq) - int(last_seq) <= 3


class _Builder:
    def __init__(self) -> None:
        self.items: list[AgendaItem] = []
        self.public = True
        self.current: AgendaItem | None = None  # the item or sub-item the next lines may belong to
        self.open_pages: int | None | bool = False  # True, or the first page, while a range is broken off
        self.wrap = False  # the current title may continue on the next line
        self.cell_whole = False  # the title was a table cell: only a line in lower case goes on with it
        self.columns: list[str] = []  # the headings of a table of items, where one heads them
        self.width = 0  # the longest line of prose on the front sheet: a full line's length
        self.prev_len = 0  # the length of the line before, and the line
        self.prev_text = ""
        self.broken = ""  # the dash or comma the current title ends on, so it goes on
        self.pending: str | None = None  # a number printed on a line of its own, waiting for its title
        self.numbered_table = False  # under a web page's `No. Item` header: items keep their minute numbers
        self.listed = False  # under a supplement's 'Agenda Item No' heading: some of the agenda's items, in order
        # the last point of a list numbered from 1 under a line ending in a colon ('RESOLVED: To grant, subject to
        # the following conditions:'), which no item took; and the next line, to see whether the list goes on
        self.points: int | None = None
        self.next_text = ""

    def top_ok(self, number: str) -> bool:
        """Items run in order: a number too far from the last one is a paragraph, not an item."""
        base = int(re.match(r"\d+", number).group(0))  # type: ignore[union-attr]
        # (under an 'Item | Title | Pages' heading row the rows are items whatever their numbers: a supplement
        # lists the agenda's items 6, 9 and 11 that were to follow)
        if not self.items:
            # (`No. Item` / `415.`: numbered by minute; 'Agenda Item No' over items 7 and 9 that were to follow)
            return base <= 5 or self.numbered_table or bool(self.columns) or self.listed
        prev_number = self.items[-1].number
        prev = int(re.match(r"\d+", prev_number).group(0))  # type: ignore[union-attr]
        if base == prev and number != prev_number and not number.isdigit():
            return True  # 5(a) then 5(b) printed as items of their own
        return prev < base <= prev + 3 or ((bool(self.columns) or self.listed) and prev < base)

    def add(self, number: str, rest: str, line: Line, sub_of: AgendaItem | None = None) -> None:
        # '26/003<TAB>To approve the minutes ...<TAB>A': a last cell of a paper's letter or a dash for none (a
        # page number stays, read as the pages); the title's cell is whole unless its next line goes on in
        # lower case ('... for a grant<TAB>E' / 'of £750 towards roof repairs')
        papered = PAPER_CELL.search(rest)
        if papered:
            rest = rest[: papered.start()]
        rest = PAPER_NOTE.sub("", rest)
        title, bold = _title_of(rest)
        if not title or A_PERSON.fullmatch(title):
            return  # '13.<TAB>Mr D Hext (Church of England Diocese)': a numbered list of members, not an item
        pages = _pages_of(rest) or (None if bold else _trailing_range(PAGES_OPEN.sub("", rest)))
        item = AgendaItem(number=number, title=title, pages=pages, public=self.public, citation=line.cite())
        if PRIVATE_TITLE.search(title):
            item.public = False
        if sub_of is None and EXCLUSION_TITLE.search(title):
            self.public = False  # 'To resolve ... to exclude the press and public for the following item:
        if sub_of is not None:
            sub_of.items.append(item)
        else:
            self.items.append(item)
        self.current = item
        end = rest.rstrip()[-1:]
        self.broken = end if end in ("-", "–", ",") and pages is None else ""  # the title's dash: it goes on
        self.open_pages = _opened(rest)
        # a title ending in its document's link ('... Elmstead Green PDF 1 MB', a web page's) is whole
        # (a title ending in a colon is whole: 'From Councillor X to the Leader of the Council:' over the question)
        self.wrap = (
            not bold
            and item.pages is None
            and not rest.rstrip().endswith((".", "?", ":"))
            and not LINK_DEBRIS.search(rest)
        )
        self.cell_whole = bool(papered)


def _point_runs_on(b: _Builder, number: str) -> bool:
    """A decision's conditions under an item of an agenda-and-minutes page, numbered past the item's own number
    ('5. Land off Bryn Road' ... 'RESOLVED: ... conditions:' / '1.' ... '6.' / '7.' / '6. Ysgubor Tyddyn Gwyn'):
    the points after the item's number are more of the list while a numbered line comes next (an item's title has
    its description or its minutes under it)."""
    if b.points is None or not number.isdigit() or int(number) != b.points + 1:
        return False
    if not re.match(r"\W{0,3}\d", b.next_text):
        return False
    b.points += 1
    return True


def _title_over_summary(cell: str) -> str:
    """A table cell holding a bold title over a one-sentence summary, run together by the text layer ('Public
    Questions Questions received by 12 noon on Friday.'): the title, cut where the summary's sentence starts (a
    capital word followed by words in lower case), the last such start that leaves a title: in Title Case (no
    three words running in lower case) and ending no sentence. A cell with no sentence at its end is all title."""
    words = cell.split()
    if not cell.rstrip().endswith(".") or len(words) < 6:
        return cell
    for k in range(len(words) - 4, 0, -1):
        if not re.match(r"[A-Z][a-z]*$", words[k]):
            continue
        # the words after it, past a figure or a dash ('Items 8a and 8b will ...', 'Exempt – paragraph 3. ...')
        after = [x for x in words[k + 1 : k + 6] if re.match(r"[A-Za-z]", x)][:3]
        if not after or not after[0][0].islower() or sum(1 for x in after if x[0].islower()) < 2:
            continue
        title = " ".join(words[:k]).rstrip(" –-")
        if title and not title.endswith(".") and not re.search(r"(?:\b[a-z][\w’'-]*\s+){2}[a-z]", title):
            return title
    return cell


def _parse_line(b: _Builder, line: Line, text: str, prev_blank: bool) -> None:
    stripped = _unwrap_number(text.strip())
    if DATE_ONLY.fullmatch(stripped):  # '3 February 2026' under the Clerk's signature: no item's number
        return
    cells = stripped.split("\t")
    tabled = False  # a row of a table of items: its title may be long
    if len(cells) >= 3 and COLUMNS_HEAD.match(cells[0]) and not any(re.search(r"\d", c) for c in cells):
        b.columns = [c.strip().lower() for c in cells]  # 'Item | Application No. | Site address and proposal | ...'
        return
    if (
        b.columns
        and len(b.columns) - 1 <= len(cells) <= len(b.columns)  # (an empty last cell is not printed)
        and re.fullmatch(r"\d{1,3}(?:\.\d{1,2}|[a-z])?\.?", cells[0].strip())
    ):
        cells = cells + [""] * (len(b.columns) - len(cells))
        # a row of such a table: its title the cells that name the item, its page from the Page column; the ward,
        # the recommendation and the officer are not the title
        heads = b.columns[1:]
        kept = [c.strip() for c, h in zip(cells[1:], heads, strict=True) if c.strip() and not OTHER_COLUMN.search(h)]
        kept[:1] = [_title_over_summary(k) for k in kept[:1]]
        page = next((c.strip() for c, h in zip(cells[1:], heads, strict=True) if PAGE_COLUMN.fullmatch(h)), "")
        pages = f"\tPage {page}" if page.isdigit() else f"\t{page}" if page else ""  # '13': that page
        stripped = f"{cells[0].strip()}\t{' – '.join(kept)}{pages}"
        tabled = True
    if ITEMS_HEADER.match(stripped):
        b.numbered_table = True
        return
    if LISTED_HEADER.fullmatch(stripped):
        b.listed = True  # 'Agenda Item No' over the supplement's items
        return
    cells = _table_cells(stripped)
    if cells is not None:
        if not cells:
            return
        if NUMBER_ONLY.match(cells[0]) and len(cells) > 1:  # | 3. | Minutes | 3 - 8 |
            cells = [f"{cells[0]} {cells[1]}", *cells[2:]]
        m = ITEM.match(cells[0])
        if m:
            before = b.current
            _place(b, m.group(1), m.group(2), line)
            if b.current is not before and b.current is not None:
                for c in cells[1:]:
                    r = PAGE_RANGE_ONLY.match(c) or PAGES.fullmatch(c)
                    if r and b.current.pages is None:
                        b.current.pages = [int(r.group(1)), int(r.group(2) or r.group(1))]
            b.wrap = False
        return
    if b.current is not None and len(stripped) < 200 and PRIVATE_NOTE.match(stripped):
        b.current.public, b.wrap = False, False  # the item just listed is taken in private
        return
    if ITEM_NOT_PUBLISHED.match(stripped):
        b.wrap = False  # 'Item 9 – not for publication' over '9. Learning Estate ...': a mark over the item, no item
        return
    # (not the end of a title's bracket wrapped onto a line: '... held on 19 February 2026 (including' / 'restricted
    # items)')
    closes = stripped.rstrip(" .").endswith(")") and "(" not in stripped
    if PRIVATE_SECTION.match(stripped) and not ITEM.match(stripped) and not closes:
        b.public, b.current, b.wrap = False, None, False
        return
    if PUBLIC_SECTION.match(stripped) and not ITEM.match(stripped):
        b.public, b.current, b.wrap = True, None, False
        return
    if b.open_pages is not False and b.current is not None:
        if b.open_pages is True:
            r = re.match(r"^\s*(\d{1,4})\s*(?:-|–|to)\s*(\d{1,4})\s*\)", stripped)
            pages = [int(r.group(1)), int(r.group(2))] if r else None
        else:
            r = re.match(r"^\s*(?:-|–|to)?\s*(\d{1,4})\s*\)", stripped)
            pages = [int(b.open_pages), int(r.group(1))] if r else None
        b.open_pages = False
        if pages:
            b.current.pages = pages
            b.wrap = False
            return
    r = _page_range_only(stripped)
    if r and b.current is not None and b.current.pages is None:
        b.current.pages = [int(r.group(1)), int(r.group(2))]
        b.wrap = False
        return
    if b.pending is not None:
        number, b.pending = b.pending, None
        if not ITEM.match(stripped) and not NUMBER_ONLY.match(stripped):
            _place(b, number, stripped, line)  # the number printed in a column of its own, the title beside it
            return
    if b.numbered_table and SLASH_NUMBER.fullmatch(stripped.rstrip(".")):
        b.pending = stripped.rstrip(".")
        return
    if NUMBER_ONLY.match(stripped):
        number = re.sub(r"^\W*(?:(?:agenda\s+)?item\s+)?|[^\w)]+$", "", stripped, flags=re.I)
        if b.top_ok(number) if number.isdigit() else True:
            b.pending = number
        return
    lettered = LETTER_ITEM.match(stripped)
    if lettered and _letter_next(b, lettered.group(1)):
        rest = lettered.group(2)
        b.add(lettered.group(1), _cell_title(rest) if "\t" in rest else rest, line)
        return
    if LETTER_SECTION.match(stripped) and b.items and LETTER_ITEM.match(b.items[-1].number + " x"):
        b.current, b.wrap = None, False  # 'B - Any items called-in': a section's heading, not more of the last title
        return
    y = YEAR_ITEM.match(stripped)
    if y and y.group(2) and b.items and b.items[-1].number == y.group(1):
        b.add(f"{y.group(1)}.{y.group(2)}", y.group(3), line, sub_of=b.items[-1])  # '26/07.1' under '26/07'
        return
    if y and not y.group(2) and _year_next(b, y.group(1)):
        b.add(y.group(1), y.group(3), line)
        return
    m = ITEM.match(stripped)
    if m and m.group(2)[:1].islower() and re.match(r"\W*(?:agenda\s+)?item\s", stripped, re.I):
        m = None  # 'Item 12 is likely to be subject to a motion ...': a sentence about the item, under another
    tab_pages = None
    if m and "\t" in text and "\t" not in m.group(2):  # a table row of number and title only
        m = ITEM.match(stripped := f"{m.group(1)}\t{_cell_title(m.group(2))}")  # the number's cell kept: '4a'<TAB>
    if m and "\t" in m.group(2):
        # a tabbed row: `3.<TAB>Minutes of the last meeting<TAB>1 - 10`
        cells = [c.strip() for c in m.group(2).split("\t") if c.strip()]
        if len(cells) > 1 and PAPER_REFERENCE.match(cells[-1]):
            cells = cells[:-1]  # `Appendix A` in the papers column
        if cells and PAGE_RANGE_ONLY.match(cells[-1]) and len(cells) > 1:
            r = PAGE_RANGE_ONLY.match(cells[-1])
            tab_pages = [int(r.group(1)), int(r.group(2))]  # type: ignore[union-attr]
            cells = cells[:-1]
        elif len(cells) > 1 and (one := PAGES.fullmatch(cells[-1])):  # 'Page 11': a paper of one page
            tab_pages = [int(one.group(1)), int(one.group(2) or one.group(1))]
            cells = cells[:-1]
        # the title is the row's first cell; the next ones say who leads it, which wards, which paper
        stripped = f"{m.group(1)}\t{_cell_title(cells[0] if cells else '')}"
        m = ITEM.match(stripped)
    if m:
        number, rest = m.group(1), m.group(2)
        before = b.current
        parent = b.items[-1] if b.items else None
        sub = (
            (
                "." in number
                and parent is not None
                and number.split(".")[0] == parent.number
                and (len(rest) <= 150 or tabled)
            )
            or ("(" in number and parent is not None and number.split("(")[0] == parent.number)
            or (  # '4a' / '4b' under an item '4' with no paper of its own ('Internal Audit and Counter Fraud')
                parent is not None
                and parent.pages is None
                and re.fullmatch(rf"{re.escape(parent.number)}[a-z]", number)
            )
        )
        if sub:
            b.add(number, rest, line, sub_of=parent)
            if tab_pages is not None:  # '6.1<TAB>Budget Monitoring<TAB>(Pages 15 - 28)'
                b.current.pages = tab_pages  # type: ignore[union-attr]
                b.wrap = False
            return
        if re.fullmatch(r"\d+(?:\([a-z0-9]{1,4}\)|[a-z])?", number, re.I) and b.top_ok(number):
            if not _point_runs_on(b, number):
                b.add(number, rest, line)
        elif number.isdigit():
            b.points = (
                1
                if number == "1" and b.prev_text.rstrip().endswith(":")
                else b.points + 1
                if b.points is not None and int(number) == b.points + 1
                else None
            )
        if b.current is not before and tab_pages is not None:
            b.current.pages = tab_pages  # type: ignore[union-attr]
        if b.current is not before:
            if tab_pages is not None or "\t" in text:
                b.wrap = False  # a table row is whole; what follows it is description
            return
    s = SUB_ITEM.match(stripped)
    # a long `(a) ...` is a point of a description, not a sub-item; a web page's table of items prints
    # its sub-items as rows of their own (`5.1`), so an `(a)` there is a point of the minutes under it
    # ('(a) approves the Strategy ...;' under 'Cabinet RECOMMENDS that Council:': a point, never a sub-item)
    # ('(a) That the calendar of meetings for 2026/27 be approved.' under 'Recommended:': a recommendation's point)
    if (
        s
        and b.items
        and len(s.group(2)) <= 150
        and not b.numbered_table
        and not s.group(2)[:1].islower()
        and not THAT_CLAUSE.match(s.group(2))
        # ('(a) 35% affordable housing on site;' under a decision's stem: a point of the list, ended by its ';')
        and not re.search(r";(?:\s*(?:and|or))?$", s.group(2).rstrip())
    ):
        parent = b.items[-1]
        b.add(f"{parent.number}({s.group(1)})", s.group(2), line, sub_of=parent)
        return
    runs_on = b.current is not None and (
        b.broken or ends_on_joining_word(b.current.title) or b.current.title.endswith((",", "-", "–"))
    )
    # ('9. Street Trading – ... in Marlstone Town' / 'Centre and Downham Road ......95 - 110': the line the dot
    # leader runs out on ends the title that had none)
    # (or its '(Pages 45 - 46)': '7<TAB>26/00021 - Proposed Revision of ... by Kent' / 'County Council for ... 2026-27
    # (Pages 45 - 46)')
    leader_ends = (
        b.current is not None
        and b.current.pages is None
        and (LEADER_PAGES.search(stripped) or ("\t" not in stripped and BRACKETED_PAGES_END.search(stripped)))
    )
    runs_on = runs_on or bool(leader_ends and not TO_DO.match(stripped))
    # an indented line goes on with the title only where the title is broken ('... Missing Education –' over
    # '<TAB>Annual Report 2024/25 (Pages 13 - 16)'); otherwise it is the item's description
    indented_run_on = runs_on and text.startswith("\t") and "\t" not in text.strip() and b.current.pages is None
    if (
        # (a title broken on a joining word goes on, even where its row's cells said the title was whole:
        # '7.<TAB>Street Trading – Proposed Designation of Consent Streets in' / 'Scarthorpe Town Centre ...')
        (b.wrap or indented_run_on or (runs_on and b.current is not None and b.current.pages is None))
        and b.current is not None
        and not prev_blank
        and (not text.startswith("\t") or indented_run_on)
    ):
        # a title broken after a joining word or a comma goes on, whatever the next line starts with
        described = not runs_on and (DESCRIPTION.match(stripped) or TO_DO.match(stripped) or MOVED.match(stripped))
        # a short title that ends on no joining word is whole: the line under it describes the item
        # ('4. Public Questions and Deputations' / 'Questions and requests to present a deputation must ...')
        described = described or (
            not runs_on and len(b.current.title) < 35 and text.startswith(" ") and len(stripped) > 50
        )
        # a paragraph under the title ('It is recommended that the Committee resolve in terms of ...'): a title
        # wraps onto a line shorter than that, and ends on no full stop
        described = described or (not runs_on and len(stripped) > 120 and stripped.endswith("."))
        # a bulleted line under it is a point of the item ('4. Matters arising' / '– Faulty street light ...')
        described = described or (not runs_on and BULLETED.match(stripped) is not None)
        # a line holding the end of one sentence and the start of the next is a note's prose, no title's end
        described = described or (not runs_on and len(stripped) > 60 and bool(re.search(r"[a-z]\.\s+[A-Z]", stripped)))
        if b.cell_whole:  # the title's cell broken over lines goes on in lower case (or a year); else it describes
            described = not runs_on and not re.match(r"[a-z]|\d{4}\b", stripped)
        # a title line that stops well short of the page's width is whole: an upper-case line under it describes
        # the item ('(a) 25/03121/HOU – 14 Church Street, Ashcombe Magna' / 'Single-storey rear extension ...')
        short = b.width and b.prev_len < 0.6 * b.width and "\t" not in b.prev_text
        described = described or bool(not runs_on and stripped[:1].isupper() and not stripped.isupper() and short)
        upper = b.current.title.isupper()
        # a title in capitals goes on in capitals: 'DATE OF NEXT MEETING' / 'Thursday, 20 November ...' is its detail
        same_case = (not stripped.isupper() or upper) and not (upper and any(ch.islower() for ch in stripped))
        if stripped and not described and same_case:
            extra, _ = _title_of(stripped)
            # the dash the title was tidied of ('... Missing Education –')
            dash = b.broken if b.broken and not b.current.title.endswith(b.broken) else ""
            b.current.title = f"{b.current.title}{' ' if dash in ('-', '–') else ''}{dash} {extra}".strip()
            if EXCLUSION_TITLE.search(b.current.title) and b.current in b.items:
                b.public = False  # the exclusion's title, whole now: the items after it are private
            b.broken = ""
            pages = _pages_of(stripped) or _trailing_range(stripped)  # ('... Consultation.......71 - 118')
            if pages:
                b.current.pages = pages
                b.wrap = False
            if _opened(stripped) is not False:
                b.open_pages = _opened(stripped)
                b.wrap = False
            return
    b.wrap = False
    if not prev_blank and stripped and b.current is not None and b.current.pages is None:
        pages = _pages_of(stripped)
        # ('Report of the Director of Place<TAB>(Pages 11 - 36)': the range in a right-hand cell of a line under
        # the title)
        last_cell = stripped.split("\t")[-1].strip() if "\t" in stripped else ""
        if pages and (PAGES.match(stripped) or (last_cell and PAGES.fullmatch(last_cell))):
            b.current.pages = pages


def _letter_next(b: _Builder, number: str) -> bool:
    """Items numbered by section letter (Kent's 'A1', 'A2', 'C1'): the first is A1, then the next number
    in the section or the first of a later one."""
    last = next((i.number for i in reversed(b.items) if LETTER_ITEM.match(i.number + " x")), None)
    if last is None:
        return number == "A1" and not b.items
    (letter, n), (was, m) = (number[0], int(number[1:])), (last[0], int(last[1:]))
    return (letter == was and n == m + 1) or (letter > was and n == 1)


def _year_next(b: _Builder, number: str) -> bool:
    """`25/041` follows `25/040`: same year, the sequence a little on. The
    first such number opens the list only when no item came before it."""
    year, seq = number.split("/")
    if not b.items:
        return True
    last = b.items[-1].number
    if "/" not in last:
        return False
    last_year, last_seq = last.split("/")
    return year == last_year and 0 < int(seq) - int(last_seq) <= 3


def extract_agenda(lines: list[Line], segments: list[Segment], doc: Document) -> list[AgendaItem]:
    """The front sheet's items in order; [] when the document has no agenda."""
    front = [s for s in segments if s.kind == "agenda"][:1]
    if not front or not lines:
        return []
    base = lines[0].number
    b = _Builder()
    prev_blank = True
    heading: list[str] = []  # the lines before the first item
    lead = ""  # the line right before it
    first, last = front[0].start.line - base, front[0].end.line - base + 1
    b.width = max(
        (len(x.text.strip()) for x in lines[first : min(last, first + MAX_FRONT_LINES)] if "\t" not in x.text),
        default=0,
    )
    # pages that printed only the blank-page notice (the reader takes the notice off; the page stays)
    blank_pages = [
        p.number
        for p in doc.pages
        if any(BLANK_PAGE.match(t.strip()) for t in p.removed) and not any(t.strip() for t in p.lines)
    ]
    for k, line in enumerate(lines[first : min(last, first + MAX_FRONT_LINES)], start=first):
        if not line.text.strip():
            prev_blank = True
            continue
        if b.items and _front_sheet_ended(b, line.text):
            break
        if b.items and line.page is not None and b.items[0].citation is not None:
            opened = b.items[0].citation.page or 0
            if any(opened <= n < line.page for n in blank_pages):
                break  # a blank page since the items began: the front sheet's last page is behind us
        had = bool(b.items)
        b.next_text = next((x.text.strip() for x in lines[k + 1 : k + 4] if x.text.strip()), "")
        for part in _split_runs(line.text):
            _parse_line(b, line, part, prev_blank)
            b.prev_text, b.prev_len = part, len(part.strip())
        if b.items and not had and _in_prose(heading, lead):
            return []  # a report's numbered paragraphs, a list of options or of minutes: not an agenda
        if not b.items:
            heading.append(line.text.strip())
            lead = line.text.strip()
        prev_blank = False
    return b.items


# What opens a report, not a front sheet: its numbered paragraphs are not items.
REPORT_HEADING = re.compile(
    r"^\W*(?:purpose\s+of\s+(?:the\s+|this\s+)?report|reasons?\s+for\s+(?:the\s+)?recommendations?|"
    r"executive\s+summary|report\s+of\s+the\b)",
    re.I,
)
# A line that names the list under it as the agenda's: `Agenda:`, `Business:`, `Items:`.
AGENDA_LEAD = re.compile(r"\b(?:agenda|business|items?|order\s+of\s+business)\W*$", re.I)


def _in_prose(heading: list[str], lead: str) -> bool:
    """The first numbered line follows a report's heading (`Purpose of the Report`) or a sentence that
    introduces it (`The Mayor has three options:`, `Members are asked to confirm the following minutes:`)."""
    if any(REPORT_HEADING.match(t) for t in heading):
        return True
    if lead.endswith(":") and re.search(r"\b(?:RESOLVED|AGREED|DECIDED)\b", lead):
        return True  # 'Cabinet RESOLVED to:' over the points decided
    return lead.endswith(":") and len(lead.split()) >= 4 and not AGENDA_LEAD.search(lead)


def _front_sheet_ended(b: _Builder, text: str) -> bool:
    """The blank-page notice, or an `Agenda Item N` stamp for an item already listed: what follows is the
    papers bound behind the front sheet (minutes, reports), whose numbered points are not items."""
    t = text.strip()
    if len(t) > 80:
        return False
    if BLANK_PAGE.match(t):
        return True
    stamp = ITEM_STAMP.match(t)
    if stamp is None:
        return False
    last = re.match(r"\d+", b.items[-1].number)
    return last is not None and int(stamp.group(1)) <= int(last.group(0))


# A supplement's own headings, one an item it updates: 'Item 5 – 25/01452/FUL – Land at Orchard Farm, Hensby'
ITEM_HEADED = re.compile(r"^\W*Item\s+(?P<n>\d{1,3}[a-z]?)\s*[–—:-]\s+(?P<title>\S.{4,200})$")
# what has become of it, after its title: '... Sallowfield – WITHDRAWN' (over 'by the applicant')
ITEM_STATUS = re.compile(r"\s+[–—-]\s+(?:WITHDRAWN|DEFERRED|POSTPONED)\b.*$")


def items_headed(lines: list[Line]) -> list[AgendaItem]:
    """The items a paper of a meeting's agenda takes up under headings of their own ('Item 5 – ...'): a planning
    committee's update sheet, an addendum; [] unless two or more such headings count up."""
    found = [(x, m) for x in lines if "tem" in x.text and (m := ITEM_HEADED.match(x.text.strip()))]
    numbers = [int(m.group("n").rstrip("abcdefghijklmnopqrstuvwxyz")) for _, m in found]  # ('7a': 7)
    if len(found) < 2 or numbers != sorted(set(numbers)):
        return []
    return [
        AgendaItem(number=m.group("n"), title=ITEM_STATUS.sub("", m.group("title")).strip(), citation=x.cite())
        for x, m in found
    ]
