"""Every set of minutes in a pack: attendance, numbered minutes, resolutions, votes.

A pack may bind several sets (a Council pack binding the last two meetings'
minutes), and stand-alone minutes are one set. A set is found by its
attendance heading (`Present:`, `PRESENT`, `Attendance`) with a date just
above it; its minutes are the numbered headings that follow, chosen as the
best run of increasing numbers so that numbered paragraphs and resolution
points inside a minute are not taken for minutes. Minutes with no numbers
split at headings in capitals or bold (CMIS prints the number at the start of
the paragraph below); the segmenter's minutes documents stand in where no
attendance heading is printed. House-style words live in the pattern tables
below, not in branches per council.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from minutebook.extract import dates
from minutebook.extract.agenda import LINK_DEBRIS
from minutebook.extract.attendance import (
    ALSO_PRESENT_SENTENCE,
    HEADER_CELL,
    HONORIFIC_START,
    LORD_OFFICE,
    STATUS_CELL,
    apologies_in_text,
    is_prose,
    label_of,
    label_text,
    line_text,
    open_bracket,
    parse_attendance,
    parties_present,
    plain,
    present_from_text,
    presiding,
    split_at_labels,
)
from minutebook.extract.council import title_case
from minutebook.extract.meeting import BODY_LABEL, HOLDER_IN_BRACKETS
from minutebook.extract.names import clean_name, split_role
from minutebook.extract.resolutions import (
    BODY_STEM,
    DECISION,
    DECISION_LEAD,
    MOVEMENT_NOTE,
    POINT,
    ends_sentence,
    next_marker,
    resolutions_in,
)
from minutebook.extract.votes import extract_votes
from minutebook.model import Line, MinuteItem, Minutes, Segment
from minutebook.prose import ends_on_joining_word, join_wrapped
from minutebook.segment import BODY_FIRST_MINUTES, BODY_IN_MINUTES

# ---------------------------------------------------------------- pattern tables


# The line a set of minutes' attendance starts with.
# ('present the strategy.' going on from the line above is no label: the bare word only in capitals or title case)
ATTENDANCE_ANCHOR = re.compile(
    r"^\W*(?:(?-i:PRESENT|Present)\b(?!\s+for\b)|Present\s*(?:\([^()]*\)\s*)?(?::|$)|present\s*:|attendance\s*:?\s*$|attendees\s*:?|those\s+present\b"
    r"|sederunt\b|in\s+the\s+chair\s*:"
    # a membership printed whole with its key to who was absent: 'Persons absent are marked with an ‘A’'
    r"|(?:persons|members|those|councillors)\s+(?:absent|not\s+present)\s+(?:are\s+)?(?:marked|shown|denoted)\b"
    # a pension board's groups: 'Employer Representatives' over their names
    r"|(?:employer|scheme\s+member|employee|member)\s+representatives\s*:?\s*$"
    r"|(?:(?:committee|board|cabinet|panel)\s+)?members\s+present\b|councillors\s+present\b"
    # 'Committee Members in attendance in Chamber:' (Northern Ireland's)
    r"|(?:committee|board|cabinet|panel)\s+members\s+in\s+attendance\b"
    r"|(?:[A-Z][\w-]*\s+){1,2}members\s+present\s*(?::|$)"
    r"|(?:young\s+)?(?:people|adults)\s+present\s*(?::|$)"  # a youth council's 'Young people present:'
    # 'Members:' over or beside councillors' names only under a minutes heading (find_sets)
    r"|members\s*(?::\s*$|:?\s+(?:councillors?|cllrs?)\b|:?\s*\(\s*\*?\s*(?:=\s*|denotes\s+)?present\s*\))"
    # an attendance register's heading row: 'Councillor | Attendance' over 'Name | Present'
    r"|(?:councillors?|members?|names?)\s+(?:attendance|status)\s*$"
    # ... or 'Name | Representing | Present / Apologies' over each member's status
    r"|(?:councillors?|members?|names?)\s+[^:]{0,60}?\bpresent\s*/\s*apologies\s*$)",
    re.I,
)
# Where a set of minutes says it is over.
CLOSING = re.compile(
    r"meeting\s+(?:was\s+)?(?:closed|ended|rose|finished|concluded|terminated)\s+at\b|closed\s+the\s+meeting\s+at\b"
    r"|^\W*\(?\s*(?:the\s+)?meeting\s+(?:closed|ended|rose)\b"
    # 'Duration of meeting: 10.00 am - 1.25 pm' (Dorset's), over the chair's signature and any appendix
    r"|^\W*duration\s+of\s+(?:the\s+)?meeting\s*:",
    re.I,
)
# The label of the meeting's own date in a label/value header ('Date of meeting:', 'Meeting date:', 'Date:').
DATE_ALONE = re.compile(r"\W*(?:date(?:\s+of\s+(?:the\s+)?meeting)?|meeting\s+date)\W*", re.I)
DATE_LABEL = re.compile(r"^\W*(?:date(?:\s+of\s+(?:the\s+)?meeting)?|meeting\s+date)\s*:", re.I)
DATE_CELL = re.compile(r"^\W*(?:date(?:\s+of\s+(?:the\s+)?meeting)?|meeting\s+date)\s*\t", re.I)  # 'Date | Tuesday ...'
MINUTES_LABEL = re.compile(r"^\W*minutes\s*:\s*$", re.I)
# Section headings that switch items between public and private business.
SECTIONS: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"^\W*(?:public\s+business|unrestricted\s+items?|part\s+(?:1|i|a|one)\b.*|open\s+(?:business|items?))\W*$",
            re.I,
        ),
        True,
    ),
    (
        re.compile(
            r"^\W*(?:private\s+business|restricted\s+items?|exempt\s+items?|exempt\s+business|confidential\s+items?"
            r"|confidential\s+business|part\s+(?:2|ii|b|two)\b.*|items?\s+(?:taken\s+)?in\s+private)\W*$",
            re.I,
        ),
        False,
    ),
]
SPEECH_AT_END = re.compile(r",\s+(?:said|stated|advised|noted|introduced|explained|presented|reported|referred)$")
SPEECH = re.compile(r"\b(?:said|stated|advised|noted|introduced|explained|proposed|seconded|provided|referred|asked)\b")
# '(Item 5)', '[Item 4a]', '(Agenda No. 3)': the agenda item a minute records, after its title
AGENDA_ITEM = (
    r"(?:agenda\s+(?:item\s+)?no\.?\s*|(?:agenda\s+)?item\.?\s+(?:no\.?\s*)?)[\w.()/-]+"  # ('(Agenda Item. 3)')
)
TAKEN_AT = re.compile(r"\s*\(\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*\)\s*$", re.I)
ITEM_REF_AT_END = re.compile(rf"\s*(?:\(\s*{AGENDA_ITEM}\s*\)|\[\s*{AGENDA_ITEM}\s*\])\s*(?:\*\*)?\s*$", re.I)
# a title in capitals, its agenda item, then the minute's text on the same line
ITEM_REF_RUN_IN = re.compile(
    rf"^(?P<t>(?=[^a-z]*[A-Z]{{3}})[^a-z]{{3,120}}?)\s*(?P<ref>(?i:\(\s*{AGENDA_ITEM}\s*\)|\[\s*{AGENDA_ITEM}\s*\]))\s+"
    r"(?P<rest>\S.*)$"
)
ITEM_REF = re.compile(rf"^\s*(?:\(\s*{AGENDA_ITEM}\s*\)|\[\s*{AGENDA_ITEM}\s*\])\s*$", re.I)
HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:[-•]\s*)?(?:\*\*)?\s*"
    r"(?P<num>(?:(?i:minute|min\.?|item)\s*(?i:no\.?\s*)?)?"  # 'Minute No. ', 'Item '
    # 'PL/41/23', '21.44', '56/23', 'C 10/034', a parish's 'Cou/285/07-08'
    # (a joint committee's longer prefix with its slash: 'JHOSC/25/13')
    # (and the municipal year as a range before the running number: 'CAB/2025-26/045')
    # ('Exe/26/1', 'AP2 26/4': a committee's prefix, the year, then a running number of any width)
    # ('HWB 25/26 41': a board's prefix, the municipal year, then the running number, spaces between)
    # ('WDC/LA03/VAR/0139': a licensing application's reference, the number of a hearing's one item)
    r"(?:[A-Z][A-Z0-9]{1,5}/(?:[A-Z0-9]{2,6}/){1,2}\d{2,5}(?![\d/])"
    r"|[A-Z]{2,6}\s\d{2}/\d{2}\s\d{1,4}(?![\d/])"
    r"|[A-Z][A-Za-z]{1,4}(?:/|\d?\s)\d{2}/\d{1,4}(?![\d/])"
    r"|(?:[A-Z]{1,4}[ ./]?|[A-Z]{5,6}/|[A-Z][a-z]{1,3}/|\d{2}\.(?=\d))?\d{1,4}(?:[-/]\d{2,4}(?:[-/]\d{2,3})?)?))"
    r"(?P<dot>\.|(?<=\d):(?=\s))?(?:\*\*)?\s+(?:[-–:]\s+)?(?:\*\*)?\s*(?P<title>\S.*)$"  # 'Minute 151:  Title'
)
# a minute lettered, its title in capitals: 'A.<TAB>APOLOGIES FOR ABSENCE', 'M. DATE OF NEXT MEETING'
LETTER_HEADING = re.compile(r"^\s*(?P<num>[A-Z])\.\s+(?P<title>(?=[^a-z]*[A-Z]{3})[A-Z][A-Z0-9 ,&'’()/–-]{2,100})$")
BARE_NUMBER = re.compile(  # a minute number alone on its line, the title on the next ('1.', 'CL75-24/25', '56/23')
    r"^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?P<num>\d{1,4}\.|(?:[A-Z]{1,4}|[A-Z]{2,6}/)?\d{1,4}[-/]\d{2,4}(?:/\d{2})?\.?|[A-Z]{1,4}\.?\d{1,4}\.?)"
    r"\s*(?:\*\*)?\s*$"
)
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,3}\s*$", re.I)
# The number cell of a minute heading printed as a table row ('| 21. | **TITLE** |', '21.<TAB>TITLE').
ROW_NUMBER = re.compile(
    r"(?:\*\*)?\s*(?:(?:[A-Z]{1,4}[ ./]?|[A-Z]{5,6}/)?\d{1,4}(?:[-/]\d{2,4})?\.?"
    r"|[A-Z]{2,6}\s\d{2}/\d{2}\s\d{1,4})\s*(?:\*\*)?"  # ('HWB 25/26 41')
)
# ---------------------------------------------------------------- located structure


@dataclass
class LocatedItem:
    number: str | None
    title: str
    heading: Line
    body: list[Line]
    public: bool = True
    agenda: str | None = None  # the agenda item the minute records ('(Item 5)' under '105. Call-in ...')


@dataclass
class LocatedSet:
    start: int  # index into lines of the attendance anchor
    end: int  # index one past the set's last line
    header: list[Line]
    attendance: list[Line]
    items: list[LocatedItem] = field(default_factory=list)
    preamble: list[Line] = field(default_factory=list)  # prose between attendance and the first minute
    date: str | None = None  # where no header prints it (a single item's web page)
    body: str | None = None  # where a label names it (a record's 'Decision taken by:')


def heading_date(text: str) -> str | None:
    """A minutes heading's date, '05/03/2024' included (see dates.iso_date)."""
    return dates.iso_date(text, numeric=True)


# The heading row of minutes printed as a table: 'Minute No. | Subject | Discussion and decision'.
MINUTES_TABLE_HEAD = re.compile(
    # ('Minute | Application and site | Officer recommendation | Speakers | Committee decision': a planning table)
    r"^\W*(?:minute|min\.?|item)\s*(?:no\.?|number|ref(?:erence)?)?\.?\s*\t\s*"
    r"(?:subject|title|item|heading|application|proposal|site)\b.*\t",
    re.I,
)


# A record of decisions printed as one table, an item a row: 'Item | Decision | Reasons for decision | ...'.
DECISIONS_TABLE_HEAD = re.compile(r"^\W*(?:item|minute|no\.?)[^\t]{0,20}\t\s*decisions?(?:\s+taken)?\s*(?:\t|$)", re.I)
# What a decision table's item cell prints under the item's title: its key decision status, portfolio, report.
TITLE_META = re.compile(
    r"\s+(?:(?:not\s+a\s+)?key\s+decision\b|report\s+of\s+the\b|(?:cabinet|executive|lead)\s+member\s+for\b"
    r"|portfolio\s+holder\b|wards?(?:\s+affected)?\s*:)",
    re.I,
)


# a tally printed inside a cell's text, after the decision's full stop: 'For 8, Against 2, Abstain 1'
CELL_TALLY = re.compile(
    r"(?:(?<=\.)\s+|^)((?:For|Against)\s*:?\s*\d{1,3}(?:\s*,?\s*(?:For|Against|Abstain\w*|Abstentions?)\s*:?\s*\d{1,3})+)"
)


# a numbered point inside a cell's text: '... for the following reasons : 1. The site ...', '... whole. 2. The ...'
CELL_POINT = re.compile(r"(?<=[.:])\s+(?=\d{1,2}\.\s+[A-Z])")


def _cell_paragraphs(text: str) -> list[str]:
    """A table cell's text as a paragraph would print it: a tally inside it on a line of its own, and the
    numbered points of a decision a line each."""
    m = CELL_TALLY.search(text)
    if not m:
        return [p for p in CELL_POINT.split(text) if p.strip()]
    parts = [*_cell_paragraphs(text[: m.start()].strip()), m.group(1), *_cell_paragraphs(text[m.end() :].strip())]
    return [p for p in parts if p]


NOTHING_DECLARED = re.compile(r"(?:none|nil|n/a)(?:\s+declared)?\.?", re.I)  # an interests cell with nothing in it
NOT_DECIDED = re.compile(r"^\W*(?:deferred|withdrawn|no\s+decision)\b", re.I)
FIRST_INLINE_POINT = re.compile(r"(?::|;(?:\s+and)?)\s+\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s")  # after the stem or a point
INLINE_POINT = re.compile(r"\s+(?=\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s)")


def _decision_table_rows(lines: list[Line], head: int) -> list[Line]:
    """The rows of a decisions table under its heading row as minutes: each numbered row a heading line
    ('45<TAB>Title', the item cell's lines after the title left off) and its Decision cell below it,
    then its declarations cell where one is printed; a row without a number (an item running on over a
    page) adds its Decision cell to the item above. The reasons and alternatives are not what was
    decided."""
    heads = [c.strip().lower() for c in line_text(lines[head]).split("\t")]
    interests = next((k for k, h in enumerate(heads) if re.search(r"\b(?:declarations?|interests?)\b", h)), None)
    # on a page where the heading row is printed again, what is above it is the page's running header
    headed = {
        x.page: k
        for k, x in enumerate(lines)
        if k > head and x.page is not None and DECISIONS_TABLE_HEAD.match(line_text(x))
    }
    out: list[Line] = []
    for k, line in enumerate(lines):
        cells = [c.strip() for c in line_text(line).split("\t")]
        if DECISIONS_TABLE_HEAD.match(line_text(line)) or len(cells) < 2 or k < headed.get(line.page, -1):
            continue
        m = re.match(r"^(?:item\s+)?(?P<num>[A-Z]{0,4}\d{1,4}[a-z]?)\.?\s+(?P<title>\S.*)$", cells[0], re.I)
        decided = cells[1]
        if m:
            title = TITLE_META.split(m.group("title"), maxsplit=1)[0].strip()
            out.append(Line(line.number, line.page, f"{m.group('num')}\t{title}"))
            if decided and not (DECISION.match(decided) or DECISION_LEAD.match(decided) or NOT_DECIDED.match(decided)):
                decided = f"Decision: {decided}"  # the column says it is the decision: 'That the plan be approved.'
        # the cell's points, run together when its lines were joined: 'Cabinet: (a) notes ...; (b) approves ...'
        parts = INLINE_POINT.split(decided) if FIRST_INLINE_POINT.search(decided) else [decided]
        out += [Line(line.number, line.page, part) for part in parts if part.strip()]
        said = cells[interests] if interests is not None and interests < len(cells) else ""
        if said and not NOTHING_DECLARED.fullmatch(said):
            out.append(Line(line.number, line.page, said))
    return out


# Minutes kept as one table, an item a row: 'Item | Discussion | Action / Owner', the item cell '3. Minutes and
# action log', what was said and decided in the next cell, the actions agreed (not decisions) in the last.
DISCUSSION_TABLE_HEAD = re.compile(
    r"^\W*(?:agenda\s+)?(?:item|minute)s?\s*(?:no\.?)?\s*\t\s*(?:discussion|notes?|summary|minutes?|points?\s+raised)\b",
    re.I,
)
ACTION_COLUMN = re.compile(r"\b(?:actions?|owner|lead|by\s+whom|by\s+when|deadline|responsib\w*)\b", re.I)
ITEM_CELL = re.compile(r"^(?P<num>\d{1,3}[a-z]?)[.)]?\s+(?P<title>\S.*)$")
# where a decision begins inside a discussion cell ('... low confidence in reporting. AGREED: (a) That ...'),
# and the points it runs on to ('(a) That ... (b) That ...')
CELL_DECISION = re.compile(r"(?<=[.:;])\s+(?=(?:AGREED|RESOLVED|DECISIONS?|DECIDED)\s*:)")
CELL_STEM = re.compile(r"^(?P<verb>(?:AGREED|RESOLVED|DECISIONS?|DECIDED)\s*:)\s*(?P<rest>.*)$")


def _discussion_table_rows(lines: list[Line], head: int) -> list[Line]:
    """Minutes kept as a table of items as minutes: each numbered row a heading line ('3.<TAB>Minutes and
    action log') and its discussion cell below it, a decision inside the cell on lines of its own ('AGREED:',
    'The Board:', '(a) ...'), as printed minutes set them. A row whose item cell is empty or holds no number
    (a row run on over a page) goes on with the item above, its item cell the title's last words."""
    heads = [c.strip() for c in line_text(lines[head]).split("\t")]
    said_columns = [k for k, h in enumerate(heads) if k and not ACTION_COLUMN.search(h)] or [1]
    out: list[Line] = []
    heading = None  # index in out of the last item's heading line
    for line in lines[head + 1 :]:
        cells = [c.strip() for c in line_text(line).split("\t")]
        if DISCUSSION_TABLE_HEAD.match(line_text(line)):
            continue  # the heading row printed again on a page
        if len(cells) < 2:
            out.append(line)  # the table has ended: 'The meeting closed at 11.52 am.'
            heading = None
            continue
        said = " ".join(cells[k] for k in said_columns if k < len(cells) and cells[k])
        m = ITEM_CELL.match(cells[0])
        if (
            re.fullmatch(r"\d{1,3}[a-z]?[.)]?", cells[0])
            and len(cells) == 2
            and _unnumbered_title(cells[1], labels_ok=True)
        ):
            # '2<TAB>Apologies for Absence' (Wiltshire's area boards): the number alone in its cell, the title the
            # first line of the summary cell, what was discussed on the lines below it
            heading = len(out)
            out.append(Line(line.number, line.page, f"{cells[0].rstrip('.)')}.\t{cells[1]}"))
            continue
        if m:
            heading = len(out)
            out.append(Line(line.number, line.page, f"{m.group('num')}.\t{m.group('title')}"))
        elif cells[0] and heading is not None:  # the title's last words, its cell broken over the page
            top = out[heading]
            joiner = "" if top.text.endswith(("–", "-", "/")) else " "
            out[heading] = Line(top.number, top.page, f"{top.text}{joiner}{cells[0]}")
        for part in CELL_DECISION.split(said):
            stem = CELL_STEM.match(part)
            if stem:
                out.append(Line(line.number, line.page, stem.group("verb")))
                part = stem.group("rest")
                body = BODY_STEM.match(part)
                if body:
                    out.append(Line(line.number, line.page, body.group(0).strip()))
                    part = part[body.end() :].strip()
            points = INLINE_POINT.split(part) if re.match(r"\((?:a|i|1)\)\s", part) else [part]
            out += [Line(line.number, line.page, p.strip()) for p in points if p.strip()]
    return out


def _gutter_cells(line: Line) -> list[str]:
    return [c.strip() for c in line_text(line).split("\t")]


def _gutter_minutes_start(lines: list[Line]) -> int | None:
    """Where minutes set in two columns begin: a narrow left one holding each minute's number over its
    title ('54' over 'Declarations of Interest'), a wide right one what was minuted, so the lines read
    '54 | Councillor X declared ...', 'Declarations of Interest | Expansion of ...'. At least three
    numbered rows, and at least two of them with the title going on in the left cell of the next line."""
    numbered = [
        k
        for k, x in enumerate(lines)
        if len(c := _gutter_cells(x)) == 2 and ROW_NUMBER.fullmatch(c[0]) and len(c[1]) >= 30
    ]
    titled = [
        k
        for k in numbered
        if k + 1 < len(lines)
        and len(c := _gutter_cells(lines[k + 1])) == 2
        and len(c[0]) <= 40
        and re.match(r"[A-Z][A-Za-z'’,:–-]*(?:\s|$)", c[0])
        and len(c[1]) >= 20  # words of a title, no '2.1'
        and not ROW_NUMBER.fullmatch(c[0])
    ]
    return numbered[0] if len(numbered) >= 3 and len(titled) >= 2 else None


MARGIN_OWNER = re.compile(r"[A-Z][A-Za-z/&]{0,7}")  # who is to act, in the margin: 'Clerk', 'TM', 'RFO'


def _margin_view(lines: list[Line]) -> list[Line] | None:
    """Minutes with a margin column beside the text ('Ref. / Action | Minute'): the minute's number beside its
    title ('TC25/101 | APOLOGIES FOR ABSENCE'), and beside the paragraphs below it a resolution's own reference
    ('R25/212 | It was RESOLVED ...', a second series of numbers) or who is to act ('Clerk | the damage ...').
    The headings stay as rows; the margin's other cells are no minute numbers and no words of what was
    minuted, so those lines keep their text cell alone. None unless three numbers of one shape sit beside
    titles and two of another beside sentences."""
    heads: dict[str, list[int]] = {}
    rows = [(k, c) for k, x in enumerate(lines) if x.text.count("\t") == 1 and len(c := _gutter_cells(x)) == 2]
    for k, (a, b) in rows:
        if ROW_NUMBER.fullmatch(a) and _unnumbered_title(b.strip(), labels_ok=True):  # 'APOLOGIES FOR ABSENCE
            heads.setdefault(re.sub(r"\d+", "9", a), []).append(k)
    shape, titled = max(heads.items(), key=lambda kv: len(kv[1]), default=("", []))
    if len(titled) < 3:
        return None
    after = [(k, a, b) for k, (a, b) in rows if k > titled[0] and re.sub(r"\d+", "9", a) != shape]
    # a reference of two numbers ('R25/212'), never a point's own marker ('1.', 'R1')
    refs = [k for k, a, b in after if ROW_NUMBER.fullmatch(a) and re.search(r"\d[-/.]\d", a) and is_prose(b)]
    if len(refs) < 2:
        return None
    owners = [k for k, a, b in after if MARGIN_OWNER.fullmatch(a) and is_prose(b)]
    out = list(lines)
    for k in refs + owners:
        out[k] = Line(lines[k].number, lines[k].page, _gutter_cells(lines[k])[1])
    return out


def _gutter_minutes(lines: list[Line]) -> list[Line]:
    """Two-column minutes as a heading line ('54<TAB>Declarations of Interest', the left cells joined) and
    the right cells' text below it, line by line."""
    out: list[Line] = []
    head: Line | None = None
    title: list[str] = []
    body: list[Line] = []

    def flush() -> None:
        if head is not None:
            number = _gutter_cells(head)[0]
            out.append(Line(head.number, head.page, f"{number}\t{' '.join(title)}"))
        out.extend(body)

    for line in lines:
        cells = _gutter_cells(line)
        if len(cells) == 2 and ROW_NUMBER.fullmatch(cells[0]):
            flush()
            head, title, body = line, [], [Line(line.number, line.page, cells[1])]
            continue
        if len(cells) == 2 and cells[0] and head is not None:
            title.append(cells[0])  # the title going on in the left column
            body.append(Line(line.number, line.page, cells[1]))
            continue
        body.append(line)
    flush()
    return out


ACTION_BY_ALONE = re.compile(r"^\s*\t*\s*action\s+by\s*$", re.I)  # the column's heading, its cell alone on the line


def _without_action_column(lines: list[Line]) -> list[Line]:
    """Minutes set in a table whose narrow right column says who acts ('ACTION BY' over 'Corporate Director'): the
    column's short cells come after a TAB on the lines beside them; they are no words of the minutes."""
    head = next((k for k, x in enumerate(lines) if "CTION" in x.text.upper() and ACTION_BY_ALONE.match(x.text)), None)
    if head is None:
        return lines
    out = lines[:head]
    for x in lines[head + 1 :]:
        text = x.text
        cells = text.split("\t")
        # (beside a line of the minutes, not a minute's number in its own cell: '295<TAB>PROCUREMENT STRATEGY ...')
        if len(cells) == 2 and len(cells[0].strip()) >= 20 and 0 < len(cells[1].strip()) <= 40:
            text = cells[0].rstrip()
        elif len(cells) == 2 and not cells[0].strip() and len(cells[1].strip()) <= 40:
            text = ""  # the column's cell on a line of its own
        out.append(Line(x.number, x.page, text) if text != x.text else x)
    return out


def _expand(lines: list[Line]) -> list[Line]:
    """Headings run together (`**1. Apologies****2. Declarations**`) become one line each;
    bare page numbers left in the text are dropped."""
    out: list[Line] = []
    heads = [k for k, x in enumerate(lines) if "\t" in x.text and MINUTES_TABLE_HEAD.match(line_text(x))]
    tabled = bool(heads) and not _table_inside_a_minute(lines, heads[0])
    decisions = next((k for k, x in enumerate(lines) if DECISIONS_TABLE_HEAD.match(line_text(x))), None)
    if decisions is not None:  # the rows above it (who was there) as they are; the table's rows as minutes
        return _expand(lines[:decisions]) + _decision_table_rows(lines[decisions:], 0)
    discussion = next(
        (k for k, x in enumerate(lines) if "\t" in x.text and DISCUSSION_TABLE_HEAD.match(line_text(x))), None
    )
    if discussion is not None:  # who was there as it is; the table's rows as minutes
        return _expand(lines[:discussion]) + _discussion_table_rows(lines[discussion:], 0)
    margin = _margin_view(lines)
    if margin is not None:
        lines = margin
    lines = _without_action_column(lines)
    if not tabled:
        lines = _decision_columns(lines)
    gutter = _gutter_minutes_start(lines) if margin is None else None
    if gutter is not None:  # the rows above it as they are; the two columns as headings and what they minuted
        return _expand(lines[:gutter]) + _gutter_minutes(lines[gutter:])
    for line in lines:
        t = line_text(line)
        if PAGE_NUMBER.match(t) or (tabled and MINUTES_TABLE_HEAD.match(t)):
            continue  # a page number; the table's heading row, printed again on each page
        cells = t.split("\t") if tabled else []
        if len(cells) >= 3 and ROW_NUMBER.fullmatch(cells[0].strip()) and cells[1].strip():
            # a minutes table's row, 'ASC/24/16 | Minutes | The minutes ... RESOLVED – that ...': the number and
            # subject are the minute's heading, the rest of the row what it minuted
            out.append(Line(line.number, line.page, f"{cells[0].strip()}\t{cells[1].strip()}"))
            # each cell a paragraph of its own; in a decision cell, the tally under the decision on a line of its
            # own ('... in the report. For 8, Against 2, Abstain 1')
            said = [p for c in cells[2:] if c.strip() for p in _cell_paragraphs(c.strip())]
            out += [Line(line.number, line.page, p) for p in said]
            continue
        if len(cells) >= 3 and not cells[0].strip() and any(c.strip() for c in cells[1:]):
            # the row run on over a page: its cells' text goes on with the minute above
            said = [p for c in cells[1:] if c.strip() for p in _cell_paragraphs(c.strip())]
            out += [Line(line.number, line.page, p) for p in said]
            continue
        if re.search(r"\*\*\s*\*\*\s*-?\s*\d", t):
            for part in re.split(r"\*\*\s*\*\*(?=\s*-?\s*\d)", t):
                bare = part.strip(" *")
                if bare:
                    out.append(Line(line.number, line.page, bare if HEADING.match(bare) else part))
            continue
        label = _wrapped_label(out[-1], line) if out else None
        if label is not None:  # 'Panel Members' / 'present:' down the left column: one label, on the first line
            out[-1], line = label
        run_on = PRESENT_RUN_ON.search(t) if "resent" in t or "RESENT" in t else None
        if run_on:  # '... Minute of Meeting of the X COMMITTEE. Present:- Councillor Y, Convener; ...'
            out += [Line(line.number, line.page, t[: run_on.start()]), Line(line.number, line.page, t[run_on.end() :])]
            continue
        out.append(line)
    return out


# a table's column of what the committee decided ('Decision', 'Committee decision'), and of how it voted on each
# row ('For / Against / Abstain' in one column, or 'For' | 'Against' | 'Abstain' in three)
DECISION_COLUMN = re.compile(r"(?:committee(?:'s|’s)?\s+)?decision(?:\s+of\s+the\s+committee)?", re.I)
VOTES_COLUMN = re.compile(r"for\s*/\s*against(?:\s*/\s*abst\w*)?", re.I)
SIDE_COLUMN = re.compile(r"(for|against|abst\w*)", re.I)
CELL_COUNTS = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})(?:\s*/\s*(\d{1,3}))?")


def _decision_columns(lines: list[Line]) -> list[Line]:
    """A table inside a minute with a column of the committee's decisions and one of its votes (a planning
    committee's applications, a row each: 'Item | Application | Site and proposal | Speakers | Decision | For /
    Against / Abstain'), or a column headed 'Committee decision': under each row, its decision and its vote as a
    paragraph would print them ('Decision: APPROVED subject to ...', 'For 8, Against 2, Abstain 1'), a row run on
    over a page (its first cells empty) joined to it first."""
    out: list[Line] = []
    done = 0  # lines before this are in `out`
    # (a heading row holds a TAB and the word; most lines hold neither)
    for at in (k for k, x in enumerate(lines) if "\t" in x.text and "ecision" in x.text):
        if at < done:
            continue  # a row of a table read already
        heads = [c.strip() for c in line_text(lines[at]).split("\t")]
        column = next((n for n, h in enumerate(heads) if DECISION_COLUMN.fullmatch(h)), None)
        if column is None or len(heads) < 3:
            continue
        sides = {n: m.group(1).lower()[:3] for n, h in enumerate(heads) if (m := SIDE_COLUMN.fullmatch(h))}
        tally = next((n for n, h in enumerate(heads) if VOTES_COLUMN.fullmatch(h)), None)
        if tally is None and len(sides) < 2 and not re.match(r"committee", heads[column], re.I):
            continue  # (not an appeals table's 'Decision' column: 'Dismissed', 'Allowed' is the Inspector's)
        rows: list[tuple[Line, list[str]]] = []
        k = at + 1
        while k < len(lines) and lines[k].text.count("\t") >= 2:  # (not the next minute's 'PL.45<TAB>TITLE')
            cells = [c.strip() for c in line_text(lines[k]).split("\t")]
            if cells == heads:
                pass  # the heading row printed again over the table's next page
            elif cells[0] or not rows:
                rows.append((lines[k], cells))
            else:  # the row above run on over a page: each cell's text goes on
                row = rows[-1][1]
                for n, c in enumerate(cells):
                    if c and n < len(row):
                        row[n] = join_wrapped(row[n], c)
            k += 1
        out += lines[done:k]
        done = k
        for line, cells in rows:
            said = cells[column] if column < len(cells) else ""
            if said:
                out += [Line(line.number, line.page, p) for p in _cell_paragraphs(f"Decision: {said}")]
            vote = _row_vote(cells, tally, sides)
            if vote:
                out.append(Line(line.number, line.page, vote))
    return out + lines[done:] if done else lines


def _row_vote(cells: list[str], tally: int | None, sides: dict[int, str]) -> str | None:
    """A row's vote in the words of minutes: 'For 8, Against 2, Abstain 1', or 'Vote: Unanimous'."""
    counts: dict[str, str] = {}
    if tally is not None and tally < len(cells):
        if re.fullmatch(r"(?:unanimous(?:ly)?|nem\.?\s*con\.?)", cells[tally], re.I):
            return "Vote: Unanimous"
        m = CELL_COUNTS.fullmatch(cells[tally])
        if m:
            counts = {"for": m.group(1), "aga": m.group(2), **({"abs": m.group(3)} if m.group(3) else {})}
    elif len(sides) >= 2:
        counts = {side: cells[n] for n, side in sides.items() if n < len(cells) and cells[n].isdigit()}
    if "for" not in counts or "aga" not in counts:
        return None
    words = {"for": "For", "aga": "Against", "abs": "Abstain"}
    return ", ".join(f"{words[side]} {counts[side]}" for side in ("for", "aga", "abs") if side in counts)


def _table_inside_a_minute(lines: list[Line], head: int) -> bool:
    """A planning table whose rows count its applications from 1 ('Item | Application | ... | Decision') under a
    minute's own heading ('PL.44<TAB>PLANNING APPLICATIONS'): the rows are that minute's, not minutes."""
    row = next((line_text(x) for x in lines[head + 1 : head + 4] if "\t" in x.text), "")
    if not re.fullmatch(r"1[.)]?", row.split("\t")[0].strip()):
        return False
    for x in reversed(lines[max(0, head - 80) : head]):
        t = line_text(x)
        m = HEADING.match(_row_heading(t) or t) if t.count("\t") <= 1 else None
        if m and not re.fullmatch(r"1[.)]?", m.group("num").strip()):
            return True
    return False


# who was there, told straight on from the sentence naming the meeting (Scottish minutes)
PRESENT_RUN_ON = re.compile(r"(?<=\.)\s+(?=(?-i:Present|PRESENT)\s*:-?\s)")


def _wrapped_label(above: Line, line: Line) -> tuple[Line, Line] | None:
    """An attendance label wrapped in its table cell ('Panel Members' over 'present:', the names in
    the next column): the label whole on the first line and the second line's names alone, or None."""
    if "\t" not in line.text or "\t" not in above.text:
        return None  # most lines: no cells
    upper, lower = line_text(above).split("\t", 1), line_text(line).split("\t", 1)
    if len(upper) < 2 or len(lower) < 2 or not re.match(r"^[a-z][\w ]{0,30}:?$", lower[0].strip()):
        return None
    label = f"{upper[0].strip()} {lower[0].strip()}"
    if ATTENDANCE_ANCHOR.match(label_text(plain(upper[0]))) or not ATTENDANCE_ANCHOR.match(label):
        return None
    return (
        Line(above.number, above.page, f"{label}\t{upper[1]}"),
        Line(line.number, line.page, lower[1]),
    )


# ---------------------------------------------------------------- finding sets


def _anchors(lines: list[Line]) -> list[int]:
    out = []
    for i, line in enumerate(lines):
        t = label_text(plain(line_text(line)))
        if ATTENDANCE_ANCHOR.match(t) and len(t) < 600:
            above = plain(line_text(lines[i - 1])).rstrip() if i else ""
            # ('The following decision was taken with the agreement of all Cabinet' / 'Members present:-': a
            # sentence's end wrapped onto its own line, no list of who came)
            if re.match(r"\W*(?:members|councillors)\s+present\b", t, re.I) and re.search(
                r"\b(?:all|other)(?:\s+[A-Z][a-z]+)?$", above
            ):
                continue
            out.append(i)
    return out


def _header_window(lines: list[Line], i: int, floor: int, part: bool = False) -> list[Line]:
    """The few lines above an attendance anchor that name the meeting and its date; for the second part of an
    evening's business (`part`), up to its heading ('ORDINARY MEETING'), above which is the part before."""
    out: list[Line] = []
    j = i - 1
    while j >= floor and len(out) < 8:
        if line_text(lines[j]).strip():
            out.append(lines[j])
            if part and PART_HEADING.fullmatch(plain(line_text(lines[j]))):
                return list(reversed(out))
        j -= 1
    # a web page's 'Meeting details' table over its list of documents: its 'Date' row a few lines further up
    labelled = any(DATE_LABEL.match(plain(line_text(x))) or DATE_CELL.match(line_text(x)) for x in out)
    k, more = j, 0
    while not labelled and k >= floor and more < 8:
        if DATE_CELL.match(line_text(lines[k])) or DATE_LABEL.match(plain(line_text(lines[k]))):
            out += [x for x in lines[k : j + 1] if line_text(x).strip()][::-1]
            break
        more += bool(line_text(lines[k]).strip())
        k -= 1
    if (
        not labelled
        and not any(PART_HEADING.fullmatch(plain(line_text(x))) for x in out)
        and not any(heading_date(LATER_MEETING.sub(" ", plain(line_text(x)))) for x in out)
    ):
        # a web page's heading ('Planning Committee, Monday, 9th February, 2026 1.00 pm') over its venue,
        # contact, minutes status and list of documents: the window reaches up to it
        # (not past an evening's part heading: the part above has its own date)
        k, more = j, 0
        while k >= floor and more < 6 and not PART_HEADING.fullmatch(plain(line_text(lines[k]))):
            if line_text(lines[k]).strip():
                more += 1
                if heading_date(LATER_MEETING.sub(" ", plain(line_text(lines[k])))):
                    out += [x for x in lines[k : j + 1] if line_text(x).strip()][::-1]
                    break
            k -= 1
    return list(reversed(out))


# A sentence about the later meeting that approves these minutes: 'These minutes were approved as a correct
# record at the meeting of Cabinet on 13 January 2026', '... subject to approval at the next meeting on ...',
# 'Minutes status: Draft. These will be submitted for approval at the next meeting of the committee on ...' (in
# Welsh 'yng nghyfarfod nesaf y pwyllgor', 'cyfarfod' mutated after 'yn', 'i', 'ei').
# (not 'To confirm as a correct record the minutes of the meeting held on ...', which is these minutes' own)
LATER_MEETING = re.compile(
    r"\b(?:(?:correct|true|accurate)\s+record\s+(?:at|by)|subject\s+to\s+(?:approval|confirmation|ratification)"
    r"|next\s+meeting|(?:c|g|ngh|ch)yfarfod\s+nesaf)\b[^.]*",
    re.I,
)


def _set_date(header: list[Line]) -> str | None:
    joined = " ".join(plain(line_text(x)) for x in header)
    for k, line in enumerate(header):  # a label/value block: 'Date of meeting:  Wednesday, 24 January 2024'
        if DATE_LABEL.match(plain(line_text(line))) or DATE_CELL.match(line_text(line)):
            d = heading_date(plain(line_text(line)))
            if d:
                return d
        # a web page's 'Date' over 'Tuesday 9 December 2025'
        if DATE_ALONE.fullmatch(plain(line_text(line))) and k + 1 < len(header):
            d = heading_date(plain(line_text(header[k + 1])))
            if d:
                return d
    # the meeting's own heading line wins ("Minutes of ... held on ..."), else the date nearest the anchor
    # ('Minutes of the meeting ... held on' before a bare 'held'; never 'The Annual Parish Meeting will be held on')
    for said in (r"\bminutes\s+of\b", r"\bminutes\b|(?<!\bbe\s)\bheld\b"):
        for idx, line in enumerate(header):
            if re.search(said, line_text(line), re.I):
                d = heading_date(LATER_MEETING.sub(" ", " ".join(plain(line_text(x)) for x in header[idx : idx + 3])))
                if d:
                    return d
    for line in reversed(header):
        if OTHER_DATE_LABEL.match(plain(line_text(line))):
            continue  # 'Date of publication: ...', 'Call-in deadline: ...': not the meeting's date
        d = heading_date(LATER_MEETING.sub(" ", plain(line_text(line))))
        if d:
            return d
    return heading_date(joined)


OTHER_DATE_LABEL = re.compile(
    r"^\W*(?:date\s+of\s+(?:publication|issue|despatch|dispatch)|(?:publication|issue)\s+date|published|issued"
    r"|despatched|dispatched|call-?\s?in\b)",
    re.I,
)


# A title that says what the paper is, not whose meeting: 'Minutes', 'Minutes of the hearing'.
GENERIC_TITLE = re.compile(
    r"^\W*(?:minutes?|notes|record)(?:\s+of\s+(?:(?:the|a)\s+)?(?:meeting|hearing|proceedings))?\W*$", re.I
)


def _set_body(header: list[Line]) -> str | None:
    for line in header:  # a label/value header: 'Meeting: Cabinet', 'Committee | Planning Committee'
        m = BODY_LABEL.match(plain(line_text(line))) or BODY_LABEL.match(line_text(line).strip())
        if m:
            body = plain(m.group(1)).strip(" .")
            return title_case(body) if body.isupper() else body
    joined = " ".join(plain(line_text(x)) for x in header)
    for line in header:  # 'PLANNING COMMITTEE – Minutes of the meeting held on ...'
        named = BODY_FIRST_MINUTES.match(plain(line_text(line))) or BODY_IN_MINUTES.match(plain(line_text(line)))
        if named:
            body = named.group(1).strip()
            return title_case(body) if body.isupper() else body
    m = re.search(r"(?P<joint>\bjoint\s+)?meeting\s+of\s+(?:the\s+)?(?P<b>.+?)\s+(?:held|on|at)\b", joined, re.I)
    if m:  # ('the joint meeting of the Cabinet and the Scrutiny Committee': both bodies, meeting as one)
        return f"Joint Meeting of the {m.group('b').strip(' ,')}" if m.group("joint") else m.group("b").strip(" ,")
    for line in header:  # 'DECISION OF THE CABINET MEMBER FOR HIGHWAYS': who decided is the body
        m = re.match(
            r"^\W*(?:record\s+of\s+)?decisions?\s+(?:taken\s+)?(?:of|by)\s+the\s+(?P<b>.{3,80})$",
            plain(line_text(line)),
            re.I,
        )
        if m:
            b = m.group("b").strip(" .")
            return title_case(b) if b.isupper() else b
    for line in header:
        m = re.search(r"^\W*(?P<b>[A-Z][\w&' ,-]+?)\s+held\s+(?:their|its|a)\s+meeting", plain(line_text(line)))
        if m:
            return m.group("b").strip()
    for idx, line in enumerate(header):
        if heading_date(line_text(line)) and idx > 0 and not heading_date(line_text(header[idx - 1])):
            above = idx - 1
            while above > 0 and GENERIC_TITLE.match(plain(line_text(header[above]))):
                above -= 1  # 'Licensing Sub-Committee B' over 'Minutes of the hearing' over the date
            prev = plain(line_text(header[above]))
            if 3 < len(prev) < 120 and not re.search(r"[.;]$", prev):
                return prev
    return None


def _segment_ranges(lines: list[Line], segments: list[Segment] | None) -> list[tuple[int, int]]:
    """The minutes the segmenter found, as [first, last] indexes into `lines`."""
    out = []
    numbers = [x.number for x in lines]
    for seg in segments or []:
        if seg.kind != "minutes":
            continue
        first = bisect.bisect_left(numbers, seg.start.line)
        last = bisect.bisect_right(numbers, seg.end.line) - 1
        if first <= last:
            out.append((first, last))
    return out


def _one_anchor_per_block(lines: list[Line], anchors: list[int]) -> list[int]:
    """'In the Chair: ...' then 'Members present: ...' a few lines below is one attendance block, not two
    sets: an anchor with no date between it and the one above belongs to it (unless a part's heading parts
    them: 'ANNUAL MEETING' ... 'ORDINARY MEETING')."""
    out: list[int] = []
    for a in anchors:
        between = lines[out[-1] + 1 : a] if out else []
        if (
            out
            and a - out[-1] <= 15
            and not any(heading_date(line_text(x)) for x in between)
            and not any(PART_HEADING.fullmatch(plain(line_text(x))) for x in between)
        ):
            continue
        out.append(a)
    return out


# The heading of one part of an evening's business: 'ANNUAL MEETING' over its minutes, then 'ORDINARY MEETING'
# over another set with its own attendance and numbers from 1, the same day.
PART_HEADING = re.compile(
    r"\W*(?:the\s+)?(?:annual|ordinary|special|extraordinary|extra-ordinary)\s+(?:general\s+|parish\s+|town\s+)?"
    r"(?:council\s+)?meeting(?:\s+of\s+the\s+council)?\W*",
    re.I,
)


def _part_of_evening(lines: list[Line], a: int, earlier: list[int]) -> bool:
    """An attendance anchor under a part's heading, after a dated set: the same meeting's second part."""
    return bool(earlier) and any(
        PART_HEADING.fullmatch(plain(line_text(x))) for x in _header_window(lines, a, earlier[-1] + 1, part=True)
    )


# 'ADJOURNED MEETING – RECONVENED ON MONDAY 9 FEBRUARY 2026', 'Reconvened meeting – Thursday 16 October 2025'
RECONVENED = re.compile(r"^\W*(?:adjourned\s+meeting\b.{0,20}\breconvened|reconvened\s+meeting)\b", re.I)


def _reconvened(header: list[Line]) -> bool:
    return any(RECONVENED.match(plain(line_text(x))) and len(line_text(x)) <= 100 for x in header)


def find_sets(lines: list[Line], segments: list[Segment] | None = None) -> list[LocatedSet]:
    """Every set of minutes: an attendance anchor with a date above it and numbered minutes below.
    The segmenter's minutes documents bound a set that prints no closing line, and stand for the
    set where minutes print no attendance heading."""
    lines = _expand(lines)
    ranges = _segment_ranges(lines, segments)
    anchors: list[int] = []
    parts: set[int] = set()  # anchors of an evening's second part, dated by the part before
    for a in _anchors(lines):
        if heading_date(" ".join(line_text(x) for x in _header_window(lines, a, 0))):
            anchors.append(a)
        elif _part_of_evening(lines, a, anchors):
            anchors.append(a)
            parts.add(a)
    anchors = _one_anchor_per_block(lines, anchors)
    # an adjourned meeting's attendance on the day it reconvened: the same meeting, its minutes going on
    resumed = [a for k, a in enumerate(anchors) if k and _reconvened(_header_window(lines, a, anchors[k - 1] + 1))]
    anchors = [a for a in anchors if a not in resumed]
    sets: list[LocatedSet] = []
    floor = 0
    for k, a in enumerate(anchors):
        if sets and a < sets[-1].end:
            continue
        header = _header_window(lines, a, floor, part=a in parts)
        nxt = next((b for b in anchors[k + 1 :] if b > a), None)
        limit = len(lines)
        if nxt is not None:
            limit = max(a + 1, nxt - len(_header_window(lines, nxt, a + 1, part=nxt in parts)))
            limit = min([limit] + [st for st, _ in ranges if a < st <= nxt])
        end = limit
        closed = False
        for j in range(a + 1, nxt if nxt is not None else len(lines)):
            if CLOSING.search(line_text(lines[j])):
                end, closed = j + 1, True
                break
        if not closed:
            end = min([end] + [last + 1 for st, last in ranges if st <= a <= last])
        located = _locate_items(lines, a, end)
        if located is None:
            continue
        attendance, items, preamble = located
        if not items and len(attendance) < 2:
            continue
        above = line_text(lines[a - 1]).strip() if a else ""
        if "\t" in above and all(HEADER_CELL.fullmatch(plain(c)) for c in above.split("\t") if c.strip()):
            attendance = [lines[a - 1], *attendance]  # 'Name | Organisation | Role' over 'Present': its columns
        opening = _minute_over_attendance(header, items, preamble)
        if opening is not None:  # '1. Calling of the Roll and Apologies for Absence' printed above 'Present:'
            items.insert(0, opening)
        said_minutes = any(re.search(r"\bminutes?\b|\bheld\b", line_text(x), re.I) for x in header)
        if (
            a not in parts
            and re.match(r"^\W*members\b(?!\s+present)", line_text(lines[a]), re.I)
            and not any(re.search(r"\bminutes\b", line_text(x), re.I) for x in header)
        ):
            continue  # 'Members:' over a front sheet's membership, not a meeting's attendance
        in_segment = any(st <= a <= last for st, last in ranges)
        if not (said_minutes or in_segment or len(parse_attendance(attendance)[0]) >= 2):
            continue  # an 'Attendance' heading in a report, not a meeting's attendance
        located_set = LocatedSet(a, end, header, attendance, items, preamble)
        if sets and a in parts and not _set_date(header):
            located_set.date = sets[-1].date or _set_date(sets[-1].header)  # the evening's second part: its date
        sets.append(located_set)
        floor = end
    for b in resumed:  # who came on the second day are the meeting's attendance too
        into = next((x for x in sets if x.start < b < x.end), None)
        again = _locate_items(lines, b, into.end) if into is not None else None
        if into is not None and again is not None:
            into.attendance = [*into.attendance, *again[0]]
    if not sets and not ranges and sum(1 for x in lines if MINUTES_LABEL.match(line_text(x))) >= 2:
        ranges = [(0, len(lines) - 1)]  # a ModernGov 'Agenda and minutes' page: each item's 'Minutes:' below it
    for st, last in ranges:
        if any(st <= x.start <= last or x.start <= st < x.end for x in sets):
            continue
        header = [x for x in lines[st : st + 12] if line_text(x).strip()][:6]
        labelled = sum(1 for x in lines[st : last + 1] if MINUTES_LABEL.match(line_text(x))) >= 2
        if not _set_date(header) and not labelled:
            continue  # a web page's 'Minutes:' under each item is minutes even with no date heading: date null
        located = _locate_items(lines, st, last + 1, anchored=False)
        if located and all(RECORD_PART_NUMBER.match(line_text(x.heading)) for x in located[1]):
            continue  # '5. Dispensation granted ...: none', '6. Reason(s) ...': a decision record's parts, no minutes
        if located and len(located[1]) >= 2:
            first_line = located[1][0].heading.number
            above = [x for x in lines[st : last + 1] if x.number < first_line]
            sets.append(LocatedSet(st, last + 1, header, _page_attendance(above), located[1]))
    if not sets:
        record = _decision_records(lines)
        if record is not None:
            sets.append(record)
    if not sets:
        table = _table_of_items(lines)
        if table is not None:
            sets.append(table)
    if not sets:
        page = _minuted_page(lines)
        if page is not None:
            sets.append(page)
    sets.sort(key=lambda x: x.start)
    return sets


ITEM_PAGE = re.compile(r"^\W*(?:agenda\s+item|issue\s*-\s*decisions|decisions\s+(?:published|for\s+issue)\b)", re.I)
DATED_HEAD = re.compile(r"^\W*(?P<d>\d{1,2}/\d{1,2}/\d{4})\s+-\s+\S")
PAGE_LABEL = re.compile(r"^\W*(?:minutes|decision)\s*:", re.I)
ATTENDANCE_HEADING = re.compile(r"^\s*attendance(?:\s+details)?\s*:?\s*$", re.I)  # a heading, not a '- ' link to it
NUMBERED_HEAD = re.compile(r"^\d{1,4}\.\s+[A-Z]")  # '112. Revenue and Capital Budget Monitoring 2023/24
PAGE_DECISION = re.compile(
    r"^\W*(?:(?:decision\s*:\s*)?RESOLVED\b|(?:the\s+)?(?:committee|council|board|cabinet|panel)\s+resolved\s+to\b"
    r"|.*\bcarried\s+unanimously\b)",
    re.I,
)


def _minuted_page(lines: list[Line]) -> LocatedSet | None:
    """A web page holding one agenda item and what was minuted on it ('Minutes:' or 'Decision:' over
    'RESOLVED ...'), with no minutes heading and no attendance list: one set, its date null unless
    printed. An agenda or report quoting a recommendation prints no such label."""
    filled = [k for k, x in enumerate(lines) if line_text(x).strip()]
    if not filled:
        return None
    texts = [line_text(x) for x in lines]
    labels = [k for k in filled if PAGE_LABEL.match(texts[k])]
    page = any(ITEM_PAGE.match(texts[k]) for k in filled[:3])
    if not labels and not page:
        return None
    start = labels[0] if labels else filled[0]
    if not any(PAGE_DECISION.match(texts[k]) for k in filled if k >= start) and not any(
        re.match(r"^\W*(?:there\s+were\s+)?(?:an\s+)?apolog(?:y|ies)\b", texts[k], re.I) and apologies_in_text(texts[k])
        for k in filled
        if k > start
    ):
        return None  # neither a decision nor whose apologies were received
    heads: list[int] = []  # each label's item heading: the first line after the last label's paragraph
    prev = -1
    for lab in labels or [start]:
        k = next(
            (j for j in filled if prev < j < lab and not PAGE_LABEL.match(texts[j]) and not ITEM_PAGE.match(texts[j])),
            None,
        )
        if k is not None:
            heads.append(k)
        prev = lab
        while prev + 1 < len(lines) and texts[prev + 1].strip():
            prev += 1
        if PAGE_LABEL.match(texts[lab]) and not PAGE_LABEL.sub("", texts[lab]).strip():
            prev = next((j for j in filled if j > lab), lab)
            while prev + 1 < len(lines) and texts[prev + 1].strip():
                prev += 1
    if not heads:
        heads = [
            next(
                (
                    k
                    for k in filled
                    if not ITEM_PAGE.match(texts[k])
                    and not MINUTES_LABEL.match(texts[k])
                    and not (labels and k > labels[0])
                ),
                labels[0] if labels else filled[0],
            )
        ]
    dated = [k for k in filled if DATED_HEAD.match(texts[k])]
    # a page of decisions: '112. Revenue and Capital Budget Monitoring' over 'Decision Maker:', 'Decision:'
    numbered = [k for k in filled if NUMBERED_HEAD.match(texts[k])]
    if dated and labels:  # a decisions list: '19/01/2023 - TITLE ref: 5466' above each 'Decision:'
        heads = sorted({max(k for k in dated if k < lab) for lab in labels if any(k < lab for k in dated)})
    elif dated and not labels:
        heads = dated[:1]
    elif labels and len(numbered) >= 2 and all(any(k < lab for k in numbered) for lab in labels):
        heads = sorted({max(k for k in numbered if k < lab) for lab in labels})
    items = []
    for n, h in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        title = re.sub(r"\s+", " ", texts[h]).strip()
        if MINUTES_LABEL.match(title):  # the page opens with its 'Minutes:' label: no item title printed
            title = "Minutes"
        body = lines[h + 1 : end]
        items.append(LocatedItem(None, title, lines[h], body))
    attendance = _page_attendance(lines[: heads[0]])
    when = DATED_HEAD.match(texts[dated[0]]) if dated else None  # the meeting's date, not an earlier meeting's
    date = heading_date(when.group("d")) if when else None
    if date is None and labels and numbered:  # the page's own heading: 'Cabinet - Tuesday, 19th March, 2024'
        date = next((d for k in filled[:4] if k < heads[0] and (d := heading_date(texts[k]))), None)
    return LocatedSet(heads[0], len(lines), [], attendance, items, date=date)


def _page_attendance(above: list[Line]) -> list[Line]:
    """The attendance above a web page's first item: its tables under an 'Attendance details' heading
    (ModernGov), else a list whose labels were lost."""
    at = [k for k, x in enumerate(above) if ATTENDANCE_HEADING.match(line_text(x))]
    return above[at[-1] :] if at else _unlabelled_attendance(above)


def _unlabelled_attendance(above: list[Line]) -> list[Line]:
    """Minutes whose 'Present' / 'In attendance' labels were lost (cells of a table the text did not keep):
    a paragraph opening 'Cllrs A, B and C' under the heading is who was present, and the 'Name, Job' lines
    after it the officers in attendance. Given back as labelled lines for parse_attendance."""
    start = next(
        (
            k
            for k, x in enumerate(above)
            if re.match(r"^\W*(?:Councillors|Cllrs\.?)\s+[A-Z]", line_text(x)) and "," in line_text(x)
        ),
        None,
    )
    if start is None:
        return []
    out = [Line(above[start].number, above[start].page, "Present:")]
    k = start
    while k < len(above) and line_text(above[k]).strip() and not is_prose(plain(line_text(above[k]))):
        out.append(above[k])
        k += 1
    officers = []
    for x in above[k:]:
        t = plain(line_text(x))
        if not t:
            continue
        if not re.match(r"^[A-Z][\w.'’ -]{1,40},\s+[A-Z]", t) or label_of(t):
            break
        officers.append(x)
    if officers:
        out += [Line(officers[0].number, officers[0].page, "In attendance:")] + officers
    return out


TABLE_HEAD = re.compile(r"^\s*\|?\s*No\.?\s*\|\s*Items?\s*\|?\s*$", re.I)
ROW_LABEL = re.compile(r"\b(?:Additional\s+documents|Decision|Minutes)\s*:", re.I)
# Where an item's title ends in a table row: its agenda wording ('To receive ...'), a file badge, a label.
TITLE_END = re.compile(
    r"\s+To\s+[a-z]|\s*\b(?:Additional\s+documents|Decision|Minutes)\s*:|\s+(?:pdf\s+icon\s+)?PDF\s+\d"
)


# The labels of a record of decisions set out as 'label | value' rows, one block a decision.
RECORD_NUMBER = re.compile(r"^decision\s+(?:number|no\.?|reference|ref\.?|ref(?:erence)?\s+no\.?)$", re.I)
RECORD_TITLE = re.compile(r"^(?:title|subject(?:\s+matter)?|decision\s+title|item|report\s+title)$", re.I)
RECORD_DECISION = re.compile(r"^(?:(?:the\s+)?decisions?(?:\s+(?:taken|made))?|resolution|resolved)$", re.I)
RECORD_INTERESTS = re.compile(
    # ('Interests and Nature of Interests Declared': ModernGov's label on a decision's page)
    r"^(?:conflicts?\s+of\s+interests?|declarations?\s+of\s+interests?(?:\s+made)?"
    r"|interests\s+and\s+nature\s+of\s+interests\s+declared|interests?\s+declared)$",
    re.I,
)


NUMBER_LABEL_ANYWHERE = re.compile(r"decision[\s*_]+(?:number|no\b|ref)", re.I)  # where RECORD_NUMBER may match
TITLE_LABEL = re.compile(r"^\W*(?:title|subject)\s*:", re.I)  # a record numbered by nothing but its title
# a record's numbered parts: '1. The decision:', '2. Reason(s) for the decision:'
RECORD_PART_NUMBER = re.compile(
    r"^\s*\d{1,2}\.\s+(?=(?:the\s+)?(?:decision|reason|other|alternative|conflict|dispensation))", re.I
)
PART_POINT = re.compile(r"^\s*\d{1,2}\.(\d{1,2})\s+(\S.*)$")  # '1.2 That the Executive Member notes ...'
LABEL_LINE = re.compile(r"^([A-Za-z][A-Za-z ]{1,50}):\s*(.*)$")  # 'Date of decision: 11 November 2024'
# 'The Cabinet Member for Highways decided:' over the numbered decisions: the lead-in, not a decision
RECORD_LEAD_IN = re.compile(r"^.{0,120}\b(?:decided|resolved|agreed?|approved)\s*(?:to|that)?\s*:\s*$", re.I)


# The other parts of a decision record, which end the decision's points.
RECORD_END = re.compile(
    r"^\W*(?:reasons?\b|alternative|dispensations?|consultation|signed|date\b|key\s+decision|call-?\s?in"
    r"|decision\s+maker|summary|background|financial|legal|implications|contact)",
    re.I,
)
DECISION_MAKER = re.compile(r"^\W*decision\s+(?:maker|taken\s+by)\b", re.I)
DETAILS_HEADING = re.compile(r"^\W*decision\s+details\W*$", re.I)
DECIDED_AT = re.compile(r"^\W*decided\s+at\s+meeting\s*:\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*(?P<m>\S.{2,120})$", re.I)
DECISION_DATE = re.compile(
    r"^\W*(?:date\s+of\s+(?:the\s+)?(?:decision|meeting)|(?:decision|meeting)\s+date|date\s+decision\s+(?:taken|made))\b",
    re.I,
)
# '... Marlow Road Exempt item: the report and appendices contain ...': a note after the title in its cell
TITLE_NOTE = re.compile(r"(?<=\w)\s+(?:exempt|confidential|not\s+for\s+publication)\b[^:]{0,30}:\s.*$", re.I)
NUMBERED_THAT = re.compile(r"^\(?\d{1,2}[.)]\s+That\b")
# 'Agenda item 6: School Admission Arrangements': the agenda's number before the item's title
AGENDA_ITEM_PREFIX = re.compile(r"^\W*(?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}[a-z]?\s*[:.–—-]\s*", re.I)
# who decides, after the holder's name: 'Cabinet Member for Highways', 'Leader of the Council', 'Cabinet'
DECIDER = re.compile(r"^(?:the\s+)?(?P<b>[A-Z][\w&'’ ,-]{2,100})$")
RECORD_LABELS = (RECORD_NUMBER, RECORD_TITLE, RECORD_DECISION, RECORD_INTERESTS, RECORD_END)


def _paired_labels(lines: list[Line]) -> list[tuple[int, Line]]:
    """The lines with a row of labels over a row of their values ('DECISION TAKEN BY: | DECISION NO:' over
    'Mrs H Crouchley, | 25/00012', boxes of a form) rewritten as one 'label | value' row each."""
    out: list[tuple[int, Line]] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        cells = [c.strip() for c in line_text(line).split("\t")]
        below = [c.strip() for c in line_text(lines[k + 1]).split("\t")] if k + 1 < len(lines) else []
        if len(cells) >= 2 and all(c.endswith(":") for c in cells) and len(below) == len(cells):
            pairs = zip(cells, below, strict=True)
            out += [(k, Line(line.number, line.page, f"{label}\t{value}")) for label, value in pairs]
            k += 2
            continue
        if len(cells) == 1 and len(below) == 1 and _field_label(cells[0]) and below[0] and not _field_label(below[0]):
            # a web page's field, its label over its value ('Decision reference' / 'UD/2026/03': Drupal's fields)
            out.append((k, Line(line.number, line.page, f"{cells[0]}\t{below[0]}")))
            k += 2
            continue
        out.append((k, line))
        k += 1
    return out


def _field_label(text: str) -> bool:
    """A label that names what a record is ('Decision reference', 'Subject', 'Decision maker', 'Date of decision'),
    standing alone with no colon."""
    return any(p.fullmatch(text) for p in (RECORD_NUMBER, RECORD_TITLE, DECISION_MAKER, DECISION_DATE))


def _decision_records(lines: list[Line]) -> LocatedSet | None:
    """A record of decisions printed as 'label | value' rows (a ruled table read from a PDF), a
    block a decision: 'Decision number | CAB/2024/041', 'Title | ...', 'Decision | Cabinet RESOLVED
    to: 1. ... 2. ...', 'Conflicts of interest | ...'. Each block is a minute numbered by its
    reference; its decision and any interest declared are what it minuted."""
    numbered = any(NUMBER_LABEL_ANYWHERE.search(x.text) for x in lines)
    # (or a decision maker's record of decisions with no numbers, each its 'Title:': a decision day's records; or
    # ModernGov's 'Decision details' page, its title the line under that heading)
    titled = not numbered and any(DECISION_MAKER.match(x.text) for x in lines[:60])
    details = next((k for k, x in enumerate(lines[:10]) if DETAILS_HEADING.match(x.text)), None) if titled else None
    # (or ModernGov's list of a meeting's decisions: each decision's title a line of its own over its 'Decision
    # Maker:' row, no label of its own)
    # (not a form's own heading, 'Decision Record' over its 'Decision Maker:', where each form has its 'Title:')
    labelled = titled and any(TITLE_LABEL.match(x.text) for x in lines)
    over_makers = (
        [
            k
            for k in range(len(lines) - 1)
            if DECISION_MAKER.match(lines[k + 1].text)
            and _unnumbered_title(line_text(lines[k]).strip(), labels_ok=True)
        ]
        if titled and not labelled and details is None
        else []
    )
    over_makers = over_makers if len(over_makers) >= 2 else []
    titled = titled and (details is not None or bool(over_makers) or labelled)
    if not numbered and not titled:
        return None  # no 'Decision number' label: no record (one cheap pass before the label-by-label one)
    items: list[LocatedItem] = []
    first = None
    decided_on = None  # 'Date of decision: 3 December 2025'
    under: LocatedItem | None = None  # a 'Decision' heading's item, while its points follow on lines of their own
    titling: LocatedItem | None = None  # an item whose title wraps onto the lines below its label
    interests = False  # `under` holds what its record declares, not its decision
    paired = _paired_labels(lines)
    if details is not None:  # 'Decision details' / 'Residents’ parking zone – Abbeyfields': the title's label
        title_at = next((k for k in range(details + 1, len(lines)) if line_text(lines[k]).strip()), None)
        paired = [(k, Line(x.number, x.page, f"Title:\t{line_text(x)}") if k == title_at else x) for k, x in paired]
    if over_makers:
        paired = [(k, Line(x.number, x.page, f"Title:\t{line_text(x)}") if k in over_makers else x) for k, x in paired]
    for at, (k, line) in enumerate(paired):
        text = RECORD_PART_NUMBER.sub("", line_text(line).strip())
        if re.match(r"\d{1,2}\.\d{1,2}\t", text):  # '1.3<TAB>That ...': a point set at a tab stop, no label's cell
            text = text.replace("\t", " ", 1)
            line = Line(line.number, line.page, text)
        if DECISION_DATE.match(text):
            decided_on = decided_on or heading_date(plain(text))
        cells = text.split("\t")
        colon = LABEL_LINE.match(text) if len(cells) < 2 else None
        if colon and not any(p.match(colon.group(1).strip()) for p in RECORD_LABELS):
            colon = None  # 'The Cabinet Member for Highways decided:' is not a label of the record
        if len(cells) < 2 and not colon and RECORD_END.match(text) and not text[:1].islower():
            # ('consultation, and the officer responses ...': a decision's line wrapped, not the record's next part)
            under = None  # 'Reasons for the decision': the decision's points have ended
            continue
        heading = colon is not None and not colon.group(2).strip() and RECORD_DECISION.match(colon.group(1).strip())
        if colon and not heading:  # 'Decision reference: CMD/HW/2024/019', 'Subject: ...'
            cells = [colon.group(1), colon.group(2)]
        elif len(cells) < 2 and RECORD_DECISION.match(text.rstrip(" :")) and items:  # 'Decision' or 'Decision:' alone
            under, titling = items[-1], None
            under.body.append(Line(line.number, line.page, "Decision:"))
            continue
        if len(cells) < 2 and titling is not None and not colon and text and not re.match(r"[-•]\s", text):
            # (not a link listed under it: '- Find out more about this issue')
            # 'Title: A3187 London Road ... – Proposed' / 'Waiting Restrictions ...': the title wrapped in its cell
            titling.title = join_wrapped(titling.title, text)
            continue
        titling = None
        if len(cells) < 2:
            after = line_text(paired[at + 1][1]).strip() if at + 1 < len(paired) else ""
            # 'Having considered the report ... listed' / 'below, I have decided:': a lead-in over two lines or more
            lead_in = RECORD_LEAD_IN.match(text) or _leads_in(text, [line_text(x) for _, x in paired[at + 1 : at + 4]])
            if under is not None and re.search(r"\w", text) and not lead_in:  # (not a page's stray '–')
                # ('1. The decision:' over '1.1 That the Executive Member approves ...': the part's own points)
                sub = PART_POINT.match(line_text(line)) if not interests else None
                under.body.append(Line(line.number, line.page, f"({sub.group(1)}) {sub.group(2)}") if sub else line)
            continue
        under, interests = None, False
        label, value = plain(cells[0]).rstrip(" :").strip(), plain(" ".join(cells[1:]))
        if items and RECORD_INTERESTS.match(label) and not value:
            # '4. Conflicts of interest:' over '4.1 ... declared by the decision-maker: None' / '4.2 ... consulted:
            # Councillor X ... declared a personal interest ...': what is declared under the part's heading
            under, interests = items[-1], True
            under.body += [Line(line.number, line.page, ""), Line(line.number, line.page, "Conflicts of interest:")]
            continue
        if RECORD_NUMBER.match(label) and value:
            first = k if first is None else first
            items.append(LocatedItem(value, "", line, []))
        elif titled and RECORD_TITLE.match(label) and value:
            first = k if first is None else first
            items.append(LocatedItem(None, TITLE_NOTE.sub("", value), line, []))
            titling = items[-1]
        elif not items or not value:
            continue
        elif RECORD_TITLE.match(label) and not items[-1].title:  # (not a table's 'Item | Amount £' under it)
            items[-1].title = TITLE_NOTE.sub("", AGENDA_ITEM_PREFIX.sub("", value))
        elif RECORD_DECISION.match(label):  # the label is the printed 'Decision': kept when no verb follows
            # ('That Council be recommended to: ...' is the decision itself: it keeps its label)
            decided = DECISION.match(value) or (DECISION_LEAD.match(value) and not re.match(r"that\s", value, re.I))
            after = line_text(paired[at + 1][1]) if at + 1 < len(paired) else "\t"
            if NUMBERED_THAT.match(value) and "\t" not in after:
                # '1. That the admission arrangements ...' wrapped over the lines below: the cell's numbered points,
                # each a line of its own (points run on in one line are parted after the label)
                items[-1].body.append(Line(line.number, line.page, "Decision:"))
                decided = True
            items[-1].body.append(Line(line.number, line.page, value if decided else f"{label}: {value}"))
            under = items[-1]  # the cell's text wrapped onto the lines below, up to the next label
        elif RECORD_INTERESTS.match(label) and not NOTHING_DECLARED.fullmatch(value):
            items[-1].body.append(Line(line.number, line.page, value))
            under = items[-1]
    items = [x for x in items if x.title or x.body]
    if not items or first is None or not any(x.body for x in items):
        return None  # (a report's cover, 'Decision No: 26/00021' over its subject, decided nothing yet)
    # the lines heading the record, not its labels ('Decision maker: Councillor X, Cabinet Member for ...')
    header = [x for x in lines[:first] if line_text(x).strip() and not DECISION_MAKER.match(line_text(x))][:6]
    # signed and dated at its foot: a line that is a date and nothing else ('24 March 2025')
    dated = (line_text(x).strip() for x in lines[first:])
    signed = next((heading_date(t) for t in dated if dates.DATE_ONLY.fullmatch(t) and heading_date(t)), None)
    # ('Decided at meeting: 10/02/2026 - Cabinet Member for Transport and Highways Decision Session': the session)
    session = next((m.group("m").strip() for x in lines if (m := DECIDED_AT.match(line_text(x)))), None)
    return LocatedSet(
        first, len(lines), header, [], items, date=decided_on or signed, body=session or _decision_maker(lines)
    )


def _leads_in(text: str, below: list[str]) -> bool:
    """The line starts a lead-in sentence that ends, a few lines on, on 'I have decided:'."""
    sentence = text
    for t in below:
        if ends_sentence(sentence) or sentence.rstrip().endswith(":") or "\t" in t:
            break
        sentence = f"{sentence} {t.strip()}"
    return sentence != text and RECORD_LEAD_IN.match(sentence[-120:].lstrip()) is not None


def _decision_maker(lines: list[Line]) -> str | None:
    """Who took a record's decisions, from its 'Decision maker' or 'Decision taken by' label: the office
    after the holder's name ('Councillor R Pennock, Cabinet Member for Highways'; the name and a comma
    over the office on the line below), or the body itself ('Cabinet')."""
    paired = [(k, line_text(x).strip()) for k, x in _paired_labels(lines)]
    for at, (k, text) in enumerate(paired):
        if not DECISION_MAKER.match(text):
            continue
        value = re.sub(r"^\W*decision\s+(?:maker|taken\s+by)\s*:?\s*", "", text, flags=re.I).strip(" \t")
        value = HOLDER_IN_BRACKETS.sub("", value.split("\t")[0].strip())  # '... Transport (Councillor Gareth'
        name, _, office = value.partition(",")
        below = next((t for j, t in paired[at + 1 :] if j > k and t), "")  # past the row of boxes it heads
        if not office.strip() and (value.endswith(",") or not value):
            office = below  # the office on the line below the name
        elif re.search(r"\b(?:and|of|for|the|&)$", office.strip()) and "\t" not in below and ":" not in below:
            office = f"{office} {below}"  # 'Cabinet Member for Children and' / 'Education'
        elif not office.strip():
            office = name  # 'Decision maker | Cabinet': no name, the body itself
        m = DECIDER.match(plain(office).strip(" .;"))
        return m.group("b").strip(" ,") if m and "\t" not in office else None
    return None


def _table_of_items(lines: list[Line]) -> LocatedSet | None:
    """A ModernGov page printed as a table ('No. | Item |') whose unnumbered rows each hold an item's title,
    its agenda wording and 'Minutes:' / 'Decision:' inline: each row is a minute, what follows its label the
    minuted text. Rows are parted by lines holding only '|'."""
    head = next((k for k, x in enumerate(lines) if TABLE_HEAD.match(line_text(x))), None)
    if head is None:
        return None
    rows: list[list[Line]] = []
    cur: list[Line] = []
    for line in lines[head + 1 :]:
        t = line_text(line).strip()
        if re.fullmatch(r"[-|:\s]*", t):
            if cur:
                rows.append(cur)
            cur = []
            continue
        cur.append(line)
    if cur:
        rows.append(cur)
    rows = [r for r in rows if any(ROW_LABEL.search(line_text(x)) for x in r)]
    if len(rows) < 2:
        return None
    items: list[LocatedItem] = []
    for row in rows:
        first = plain(line_text(row[0]))
        end = TITLE_END.search(first)
        title = first[: end.start()].strip(" |") if end else first.strip(" |")
        body: list[Line] = []
        for line in row:
            t = line_text(line).strip().rstrip("|").strip()
            labels = list(ROW_LABEL.finditer(t))
            minuted = [m for m in labels if m.group(0).lower().startswith("minutes")]
            if minuted:
                body = []  # what was minuted replaces the decision printed above it
            if labels:
                t = t[(minuted or labels)[-1].end() :].strip()
            if t:
                body.append(Line(line.number, line.page, t))
        items.append(LocatedItem(None, title, row[0], body))
    return LocatedSet(head, len(lines), [], [], items)


def _minute_over_attendance(header: list[Line], items: list[LocatedItem], preamble: list[Line]) -> LocatedItem | None:
    """The minute numbered one before the first minute found, printed just above the attendance heading
    (Scottish minutes open with '1. Calling of the Roll and Apologies for Absence', then 'Present:'): the
    attendance and the prose under it are that minute's."""
    if items and not (items[0].number and re.fullmatch(r"\d{1,4}", items[0].number)):
        return None
    want = str(int(items[0].number) - 1) if items else "1"
    for line in header[-3:]:
        m = HEADING.match(line_text(line))
        if m and m.group("num").strip() == want and m.group("dot") and _title_ok(m.group("title")):
            return LocatedItem(want, plain(m.group("title")), line, list(preamble), items[0].public if items else True)
    return None


# ---------------------------------------------------------------- minute headings


@dataclass
class _Cand:
    index: int  # heading line index
    last: int  # last line index the heading takes
    num: str
    seq: int
    shape: str
    title: str
    score: float
    rest: str | None = None  # a run-in heading's text after its title, the minute's first line
    agenda: str | None = None  # the agenda item it records: '(Item 5)'


# a run-in heading: the title in capitals, a dash, and the minute's text on the same line
# ('PE/25/087 APOLOGIES FOR ABSENCE – Apologies were received ...'); the capitals may hold a dash of
# their own ('STREET NAMING – ORCHARD RISE PHASE 2 – South Tessdale ...'), so the split is where
# ordinary writing (a word in lower case, or a decision word) begins
CAPITALS_COLON_RUN_IN = re.compile(r"^(?P<title>(?=[^a-z]*[A-Z]{4})[A-Z“\"‘'(][^a-z:]*?):\s+(?P<rest>\S.*)$")
REFERENCE_AT_END = re.compile(r"\((?:ref(?:erence)?|application(?:\s+no)?)\b[^()]*\)\s*$", re.I)
RUN_IN = re.compile(
    r"^(?P<title>(?=[^a-z]*[A-Z]{4})[A-Z“\"‘'(][^a-z]*?)\s+[–—-]\s+"
    r"(?P<rest>(?:\S*[a-z]|(?:RESOLVED|AGREED|NOTED)\b|\S+\s+\S*[a-z]).*)$"
)


# ... or in sentence case, ended by a full stop, or by a dash or colon before a clause, as a parish clerk types
# it ('25/141 Apologies for absence. Apologies were received from ...', '25/146 Planning – the following
# applications were considered:'); the full stop first ('Grant request – Kelsworth Memorial Hall. Cllr Mundy ...')
SENTENCE_CASE_RUN_IN = (
    re.compile(r"(?P<title>[A-Z][^.:;]{1,70}?)\.\s+(?P<rest>\S.*)$"),
    re.compile(r"(?P<title>[A-Z][^.:;–—]{1,70}?)(?:\s+[–—-]|:)\s+(?P<rest>\S.*)$"),
)
# what a run-in title never is: a sentence of the minute ('The Clerk reported. ...'), an abbreviation's dot
NOT_A_RUN_IN_TITLE = re.compile(
    r"^(?:the|it|this|that|there|members?|cllrs?|councillors?|mr|mrs|ms|dr|he|she|they)\b"
    r"|\b(?:was|were|is|are|had|has|have|be|been|noted|reported|asked|agreed|resolved|received|said|presented"
    r"|explained|confirmed|considered|declared|approved|thanked|welcomed|informed|stated|advised)\b"
    r"|\b(?:cllr|mr|mrs|ms|dr|no|st|ref|para)$",
    re.I,
)
CLAUSE_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|been|reported|presented|considered|received|noted|asked|said|explained"
    r"|confirmed|agreed|resolved|declared|thanked|welcomed|informed|adjourned|discussed|approved|updated|circulated"
    r"|proposed|seconded|gave|read|stated|outlined|provided|held)\b"
)


SENTENCE_OPENER = re.compile(
    r"(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|District\s+Cllr|County\s+Cllr"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s"
)


def _sentence_case_run_in(text: str) -> tuple[str, str] | None:
    """The title and the minute's first words where both share the number's line; None where the line is a
    title alone, or a numbered paragraph."""
    for before_clause, pattern in enumerate(SENTENCE_CASE_RUN_IN):
        m = pattern.match(text)
        if not m or len(m.group("title").split()) > 8 or NOT_A_RUN_IN_TITLE.search(m.group("title").strip()):
            continue
        rest = m.group("rest")
        if len(rest.split()) < 3:
            continue  # ('Matters arising: none')
        if not before_clause and re.match(r"[A-Z(]", rest):
            return m.group("title").strip(), rest
        # after a dash or a colon, a clause with its verb ('Planning – the following applications were
        # considered:', 'Highways: Cllr Okafor reported new potholes ...'); not a title's own second part
        # ('Library Service Review – Outcome of Consultation', 'Better Care Fund 2025-26: Quarter 2 Return'), and
        # after a dash only in lower case ('Localism Act 2011 – Complaint that a member has failed ...' is a title)
        dashed = text[m.end("title") :].lstrip()[:1] != ":"
        if before_clause and CLAUSE_VERB.search(" ".join(rest.split()[:6])) and not (dashed and rest[:1].isupper()):
            return m.group("title").strip(), rest
        # ('Apologies: Cllr Okafor – accepted.', 'Minutes: The minutes of ...', 'Date of next meeting: Tuesday 14th
        # April ...': after the colon, a sentence's first word, a person or a day; never a title's second part)
        # ('Highways: Verge parking on Church Road: Cllr Colley has spoken ...': a topic of the minute run in after it;
        # not 'Debate: The Local Electricity Bill', 'County Matter: Waste: Extension of ...', a title in parts)
        topic = re.match(r"[A-Z][^.:;]{2,60}:\s+(?P<after>[A-Z].*)", rest)
        opened = SENTENCE_OPENER.match(rest) or (topic and SENTENCE_OPENER.match(topic.group("after")))
        determined = re.match(r"(?:The|A|An|This|These|It|There)\s", rest) and CLAUSE_VERB.search(
            " ".join(rest.split()[:12])
        )
        if before_clause and not dashed and (opened or determined):
            return m.group("title").strip(), rest
    return None


def _title_cased(text: str) -> bool:
    """Every word of four letters or more starts with a capital: a heading's words, not a sentence's."""
    words = [w.strip("'‘’\"“”()") for w in text.split()]
    long = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    return len(long) >= 3 and all(w[:1].isupper() for w in long)


def _title_ok(title: str) -> bool:
    t = plain(title)
    if not t or len(t) > 250 or "\t" in title:
        return False
    if not re.match(r"^[A-Z0-9“\"‘'(£]", t):
        return False
    if re.fullmatch(r"(?:DECISIONS?|Decisions?)\W*", t):
        return True  # '7. DECISION': a hearing's item, the sub-committee's decision under it
    if re.fullmatch(r"RECOMMENDATIONS?\s+(?:TO|FROM)\s+(?:THE\s+)?[A-Z][A-Z &'’-]{2,60}", t):
        return True  # '4. RECOMMENDATIONS TO THE EXECUTIVE' (Bradford's standing item): a minute's title in capitals
    if (
        DECISION.match(t)
        # (not 'Agreed Syllabus review – timetable': a title naming the agreed syllabus)
        or DECISION_WORD_TITLE.match(t)
        or (DECISION_LEAD.match(t) and CAPS_VERB.search(t))
    ):
        return False  # ('7.4<TAB>The Committee RESOLVED to' over its bullets: a paragraph's decision, no heading)
    if re.fullmatch(r"[\d.,%£\s()-]+", t):
        return False
    # ('7.1 | Cllr X, Cabinet Member for Economy, introduced' / 'the report ...': a paragraph's first line)
    return not SPEECH_AT_END.search(t)


# '* 123<TAB>Minutes' keyed '* DENOTES DELEGATED MATTER WITH POWER TO ACT': a mark before a minute's number
FOOTNOTE_MARK = re.compile(r"^[*†‡]\s*(?=\d)")


# a decision's word opening a numbered paragraph: 'RESOLVED', 'Agreed:' (not 'Agreed Syllabus review – timetable', a
# title naming the agreed syllabus)
DECISION_WORD_TITLE = re.compile(
    r"^(?:(?-i:RESOLVED|AGREED)\b|(?:resolved|agreed)\b(?=\s*(?:$|[:,.–-]|that\b|to\b|unanim)))", re.I
)
# the decision word of 'The Committee RESOLVED to' / 'AGREED:' (not the last word of 'PLANNING APPEALS DECIDED')
CAPS_VERB = re.compile(r"\b(?:RESOLVED|AGREED|DECIDED)\s*(?:to\b|that\b|[:–-])")


def _agenda_ref(text: str) -> str | None:
    m = re.search(r"(?:item\s+(?:no\.?\s*)?|agenda\s+no\.?\s*)([\w.()/-]+?)\s*[)\]]", text, re.I)
    return m.group(1) if m else None


REFERENCE_LABEL = re.compile(r"[A-Z][A-Za-z ]{0,30}?\b(?:Number|No\.?|Ref(?:erence)?\.?)\s*:?")


def _title_below_note(raw: str) -> str | None:
    """The title on the line under a note of who left or came in: a table's labelled first row
    ('Application Number | 25/01490/CH') or a short line that is not a sentence."""
    cells = [c.strip() for c in raw.split("\t") if c.strip()]
    if len(cells) == 2 and REFERENCE_LABEL.fullmatch(cells[0]):
        return f"{cells[0]} {cells[1]}"
    t = plain(raw)
    if len(cells) == 1 and t and len(t) <= 120 and not is_prose(t):
        return t
    return None


# A minutes table's heading row with a column for who acts on each minute: 'No. | Minute | Action'.
ACTION_HEAD = re.compile(
    r"^\W*(?:no\.?|minute\s+no\.?|ref\.?|item)\t+[^\t]{2,30}\t+(?:action(?:\s+by)?|actions|responsible|lead|owner)\W*$",
    re.I,
)


def _row_heading(raw: str, action_column: bool = False) -> str | None:
    """A minute heading printed as a two-cell table row, the number in the first cell and the title in the
    second ('| 21. | **TITLE** |' in Markdown, '21.<TAB>TITLE' from a word processor's table), as the
    one-line heading '21. **TITLE**'. Rows with more cells (an agenda's page column) are not headings."""
    if raw.lstrip().startswith("|"):
        cells = raw.strip().strip("|").split("|")
    elif "\t" in raw.strip():
        cells = raw.strip().split("\t")
    else:
        return None
    cells = [c.strip() for c in cells if c.strip()]
    if cells and (marked := FOOTNOTE_MARK.match(cells[0])):
        cells[0] = cells[0][marked.end() :]  # '* 123 | Minutes': a mark keyed in a footnote, not the number's
    if len(cells) == 3 and action_column and len(cells[2]) <= 60:
        cells = cells[:2]  # 'HWB 25/26 43 | Minutes of the Previous Meeting | JL / 13 Mar': who acts on it
    elif len(cells) == 3 and ITEM_REF.match(cells[2]):
        cells = cells[:2]  # '1/26 | APOLOGIES FOR ABSENCE | [Item 1]': the agenda item it records, set to the right
    elif len(cells) == 3 and REFERENCE_LABEL.fullmatch(cells[1]) and re.search(r"\d", cells[2]):
        # '258 | Application Number | 25/01234/CH': a number in the margin beside a table's first row
        cells = [cells[0], f"{cells[1]} {cells[2]}"]
    if len(cells) != 2 or not ROW_NUMBER.fullmatch(cells[0]):
        return None
    num = cells[0].replace("**", "").strip()
    if not num.endswith(".") and "/" not in num:
        num += "."  # a table's number cell is a heading's number whether or not it has a full stop
    return f"{num} {cells[1]}"


def _capitals_above(lines: list[Line], i: int, lo: int) -> tuple[int, str, list[str]] | None:
    """A title in capitals on the line or two straight above line i, none of them numbered, perhaps with a
    sentence or two between it and line i ('Councillor X left the meeting prior to consideration of this
    item.'): its first line's index, the title, and the sentences between."""
    between: list[str] = []
    j = i - 1
    while j >= max(lo, i - 4) and _prose_line(lines[j]):
        between.insert(0, plain(line_text(lines[j])))
        j -= 1
    if between and not between[-1].endswith("."):
        return None
    found: list[int] = []
    while j >= max(lo, i - len(between) - 3):
        t = plain(line_text(lines[j]))
        if not t or not re.search(r"[A-Z]{3}", t) or t != t.upper() or t.endswith(".") or len(t) > 120:
            break
        # (a paper's reference on a line of its own under the title's dash: '... NORTH OF THE CITY -' / 'CFS/25/284')
        ref = BARE_NUMBER.match(t) and j > lo and plain(line_text(lines[j - 1])).endswith(("-", "–"))
        if "\t" in line_text(lines[j]) or ((HEADING.match(t) or BARE_NUMBER.match(t)) and not ref):
            break
        found.insert(0, j)
        j -= 1
    if not found:
        return None
    return found[0], " ".join(plain(line_text(lines[x])) for x in found), between


def _title_above_number(lines: list[Line], i: int, lo: int, below: str) -> int | None:
    """A minute number printed in a margin frame comes out of the text layer after its title: the heading's line
    straight above the bare number, where the line under it opens a paragraph, not a title."""
    if i - 1 < lo or not is_prose(plain(below)):
        return None
    raw = line_text(lines[i - 1])
    heading = plain(raw)
    if "\t" in raw or BARE_NUMBER.match(heading) or not _unnumbered_title(heading, labels_ok=True):
        return None
    # (the line before the heading ends what it says: not 'Mr P' / 'Jones' / '3.', a list's last name)
    before = plain(line_text(lines[i - 2])) if i - 2 >= lo else ""
    return i - 1 if not before or ends_sentence(before) or before.endswith(":") else None


def _prose_line(line: Line) -> bool:
    t = plain(line_text(line))
    return bool(t) and t != t.upper() and is_prose(t)


def _candidates(lines: list[Line], lo: int, hi: int) -> list[_Cand]:
    out: list[_Cand] = []
    action_column = any(ACTION_HEAD.match(line_text(x).strip()) for x in lines[lo:hi] if "\t" in x.text)
    for i in range(lo, hi):
        raw = line_text(lines[i])
        row = _row_heading(raw, action_column)
        if row:
            raw = row
        num, title, last, start = None, None, i, i
        lettered = LETTER_HEADING.match(raw)
        m = BARE_NUMBER.match(raw) if not lettered else None
        if lettered:  # 'A. APOLOGIES FOR ABSENCE': a clerk's minutes lettered, their points numbered inside
            num, title = lettered.group("num"), lettered.group("title")
        elif m:
            j = i + 1
            while j < hi and not line_text(lines[j]).strip():
                j += 1
            if j < hi and j - i <= 2:
                num, title, last = m.group("num").rstrip("."), line_text(lines[j]).strip(), j
                above = _title_above_number(lines, i, lo, title)
                if above is not None:  # 'Apologies for Absence' / 'C.41' / 'Apologies ... were received from ...'
                    start, title, last = above, plain(line_text(lines[above])), i
        else:
            m = HEADING.match(raw)
            # a number with its letters ('M.047', 'CAB 12') is a minute's own; a bare '12' may open a paragraph
            bare = m is not None and not (
                m.group("dot") or "/" in m.group("num") or "**" in raw or re.match(r"[A-Z]{1,4}[ .]\d", m.group("num"))
            )
            short = len(m.group("title")) <= 120 and not is_prose(m.group("title")) if m else False
            if m and (not bare or short or ITEM_REF_RUN_IN.match(plain(m.group("title")))):
                num, title = m.group("num"), m.group("title")
        if num is None or title is None:
            continue
        rest = None
        # (a paragraph's line, long or a sentence whole; not a short title 'Staffing – annual pay review')
        paragraph = is_prose(title) and (len(title) >= 70 or ends_sentence(title))
        above = _capitals_above(lines, i, lo) if not BARE_NUMBER.match(raw) and paragraph else None
        if above is not None:
            # 'MINUTE OF PREVIOUS MEETING' over '3.<TAB>The Committee had before it ...': the number opens the
            # minute's first paragraph, its title the capitals above (Scottish minutes)
            start, title, rest = above[0], above[1], " ".join([*above[2], plain(title)])
        ref_run_in = ITEM_REF_RUN_IN.match(plain(title)) if rest is None and "(" in title else None
        if ref_run_in:  # 'APOLOGIES FOR ABSENCE (Item A1) Received from Councillor Whitlock.': the title, then its text
            title, rest = ref_run_in.group("t"), ref_run_in.group("rest")
        run_in = RUN_IN.match(plain(title)) if " " in title and not BARE_NUMBER.match(raw) and rest is None else None
        if run_in and REFERENCE_AT_END.search(run_in.group("title")):
            run_in = None  # 'REAR OF 3 LAVENDER MEWS, N4 (REF: 2025/2874) – Demolition of ...': the site, then what
        if run_in is None and rest is None and ": " in title and not BARE_NUMBER.match(raw):
            # 'Min 2026/012 APOLOGIES FOR ABSENCE: Apologies were received ...': the capitals end at a colon before
            # a clause (not 'URGENT ITEM: Flood Recovery Grant Scheme', a title's own label)
            run_in = CAPITALS_COLON_RUN_IN.match(plain(title))
            said = " ".join(run_in.group("rest").split()[:8]) if run_in else ""
            clause = CLAUSE_VERB.search(said) or (dates.DATE_ONLY.match(said) and re.search(r"[a-z]", said))
            run_in = run_in if run_in and clause else None  # ('... NEXT MEETING: Wednesday 11 March 2026 at 7.30pm')
        if run_in and len(run_in.group("title")) <= 120:
            title, rest = run_in.group("title"), run_in.group("rest")
        elif rest is None and not BARE_NUMBER.match(raw) and (cut := _sentence_case_run_in(plain(title))):
            title, rest = cut
        if rest is None and last + 1 < hi and MOVEMENT_NOTE.match(plain(title)):
            below = _title_below_note(line_text(lines[last + 1]))
            if below:  # '260 | Cllr. Kember left the Chamber for this item.' over the application's first row
                title, rest, last = below, plain(title), last + 1
        if not _title_ok(title):
            continue
        score = 1.0
        agenda = _agenda_ref(ref_run_in.group("ref")) if ref_run_in else None  # the agenda item it records: '(Item 5)'
        same_line_ref = ITEM_REF_AT_END.search(title)  # 'Apologies for Absence (Item 1)'
        if same_line_ref:
            title, score, agenda = title[: same_line_ref.start()], score + 3, _agenda_ref(same_line_ref.group())
        title = TAKEN_AT.sub("", title)  # 'Minutes (10:01 am)': when the item was taken (York's), not its title
        # a title wrapped over lines up to `(Item N)` (ModernGov printed minutes; a planning application's
        # heading, its description and applicant, runs to five lines or more); a run-in heading ends on its line
        for j in range(last + 1, min(last + 9, hi) if rest is None else last + 1):
            if ITEM_REF.match(line_text(lines[j])):
                extra = [plain(line_text(lines[x])) for x in range(last + 1, j)]
                if all(e and not HEADING.match(e) for e in extra):
                    title = " ".join([plain(title)] + extra)
                    last = j
                    score += 3
                    agenda = _agenda_ref(line_text(lines[j]))
                break
        else:
            title, last = _wrapped_title(lines, title, last, hi) if rest is None else (title, last)
        t = plain(title)
        if raw.count("**") >= 2 or title.strip().endswith("**"):
            score += 0.5
        if row:  # a table of minute numbers is set apart from the numbered points within a minute
            score += 1
        # ('26/05 Planning:' over the applications, a parish's heading in words)
        if t.endswith(":") and (t[:-1].isupper() or len(t[:-1].split()) <= 4) and len(t) <= 60 and "/" in num:
            title = t = t[:-1].rstrip()  # 'Min 2026/018 FINANCE:' over its lettered sub-minutes: a heading
        elif t.endswith(":") or t.endswith(",") or t.endswith(";"):
            score -= 2
        if HONORIFIC_START.match(t) and not LORD_OFFICE.match(t):  # (not 'Lord Mayor's business': the office's)
            score -= 1.5
        if _after_decision_label(lines, i, lo):  # 'Decision:' / 'RESOLVED -' then '1. To approve ...': a point
            score -= 2
        if SPEECH.search(t) and len(t) > 40 and not re.match(r"questions?\b", t, re.I):
            score -= 1.5  # (not 'Questions asked under Standing Order 7(1)(2) and (5).': a minute of the questions)
        if lettered:  # (its title in capitals, a heading's look, over the points numbered inside it)
            seq = ord(num) - ord("A") + 1
            out.append(_Cand(start, last, num, seq, "letter.", plain(title), score + 0.5, rest, agenda))
            continue
        # ('Item 6 – Highways Maintenance Contract Extension': the word and the dash say it is a heading)
        item_dash = re.match(r"^\W*item\s+\d{1,3}[a-z]?\s+[–—-]\s+[A-Z]", raw, re.I)
        if not m.groupdict().get("dot") and not BARE_NUMBER.match(raw) and "/" not in num and "**" not in raw:
            # (a record's items, some left out, number with gaps: the heading's own words outweigh the gaps)
            score += 0.25 if item_dash else -0.75
        if len(t) > 160:
            score -= 0.5
        if re.fullmatch(r"[A-Za-z]{1,3}0\d", num.strip()) and LISTED_BY.search(t):
            # 'S01<TAB>Affordable housing on the Wharfside site – Margaret Lyddon': a public forum's statement, its
            # reference and who made it, listed inside a minute; no minute of its own
            score -= 1.5
        # the running number, and the shape a run of minutes shares ('CL', '/23', '21.' ...)
        digits = re.search(r"(\d+)((?:[-/]\d+)*)$", num)
        if not digits:
            continue
        seq = int(digits.group(1))
        prefix = num[: digits.start()].strip().lower()
        shape = prefix + digits.group(2)
        num_alone = re.sub(r"^(?:minute|min\.?|item)\s*(?:no\.?\s*)?", "", num, flags=re.I)
        # '24/031', '2025/141', 'Min 2026/012': the year, then the running number
        year_first = re.fullmatch(r"(\d{2}|(?:19|20)\d{2})/(0\d+|\d{3,})", num_alone.strip())
        if year_first:
            seq, shape = int(year_first.group(2)), year_first.group(1) + "/"
        num = num_alone
        out.append(_Cand(start, last, num, seq, shape, plain(title), score, rest, agenda))
        ref = re.fullmatch(
            r"([A-Za-z]{1,4}\d?[ /.-]?(?:\d{2}|\d{4}-\d{2})[/.-]|[A-Z]{5,6}/\d{2}/)(\d{1,4})", num.strip()
        )  # 'EX/24/06', 'C 10/034', 'CAB/2025-26/045', 'AP2 26/4'
        if ref:  # 'EX/24/06': a decision reference, the year and then the running number
            out.append(_Cand(i, last, num, int(ref.group(2)), ref.group(1).lower(), plain(title), score, rest, agenda))
        both = re.fullmatch(r"(\d{2})/([1-9]\d)", num.strip())
        if both:  # '26/10' after '26/09': the year first again, the run gone past nine (or minute 26 of 2010)
            out.append(_Cand(i, last, num, int(both.group(2)), both.group(1) + "/", plain(title), score, rest))
    return out


def _same_style(above: str, own: str) -> bool:
    """Two numbered lines printed alike: both begin in capitals or neither, both end a sentence or neither."""
    a, b = (m.group("rest").strip() if (m := POINT.match(x)) else x.strip() for x in (above, own))
    return bool(a and b) and a[0].isupper() == b[0].isupper() and ends_sentence(a) == ends_sentence(b)


def _after_decision_label(lines: list[Line], i: int, lo: int) -> bool:
    """The line above (blank lines aside) is a decision verb standing alone: 'Decision:', 'RESOLVED -'; or the
    point is one of a list under it, with the decision's own short lines between ('Resolved:' / 'Permit' /
    'Subject to the following conditions and notes:' / 'Conditions' / '1. Standard time' / '2. Approved plans')."""
    j, steps = i - 1, 0
    own = plain(line_text(lines[i]))
    # a list's last points run on past the minute's own number ('5.1 ...' / 'RESOLVED: ... conditions:' / '1.' ...
    # '8.' / '5.2 ...'): a point is read as one of the run above it only where a numbered line, not a paragraph,
    # comes after it ('5. Hackney carriage policy' over its report's paragraph is the next minute)
    # (past the point's own wrapped lines, which go on in lower case; a 'REASONS:' label under the last point too)
    below = next((t for x in lines[i + 1 : i + 6] if (t := plain(line_text(x))) and not re.match(r"[a-z]", t)), "")
    run_on = bool(re.match(r"\W{0,3}\d|[A-Z][A-Za-z]{2,20}\s*:", below))
    # (or the point is the list's last, a sentence wrapping in lower case, '6. A direct telephone number for the
    # manager on duty shall be made available to' / 'local residents.': a condition's words, no minute's heading)
    after = plain(line_text(lines[i + 1])) if i + 1 < len(lines) else ""
    said = m.group("rest") if (m := POINT.match(own)) else own
    run_on = run_on or (len(said) > 60 and not ends_sentence(said) and re.match(r"[a-z]", after) is not None)
    point = own  # the list's point read last, going up
    # what was read just before this line, going up: a point of the list, or the colon line right above its first
    under: str | None = "point"
    while j >= lo and steps < 16:
        t = plain(line_text(lines[j]))
        if t:
            md = DECISION.match(t)
            if md and (not md.group("rest").strip(" :-–") or under == "stem" or (under == "point" and t.endswith(":"))):
                return True  # ('RESOLVED: To approve ... subject to' / 'the following conditions:' / '1. ...')
            if (
                run_on
                and under == "point"
                and re.match(r"[a-z£]|\d[\d:.,]*\s+[a-z]", t)
                and not t.endswith(":")
                and not POINT.match(t)
            ):
                # the point above wrapped: 'safle ar unrhyw adeg.' under '3. Ni chaniateir ...' ('08:00 and 20:00.')
                j -= 1
                continue
            earlier = POINT.match(t)
            if run_on and earlier and next_marker(point, earlier.group("m").lower()):
                point, steps, under = t, steps + 1, "point"  # the point before in the same list ('5. ...' over '6.')
                j -= 1
                continue
            if under == "stem" and "\t" in line_text(lines[j]):
                j -= 1  # a table inside the decision ('... a S106 Agreement to secure:' / its rows / 'And the following
                continue  # conditions:' / '1. Time limit - outline')
            if under == "stem" and not ends_sentence(t) and steps < 8:
                steps += 1  # the stem's earlier lines ('To grant ... subject to' / '... additional conditions:')
                j -= 1
                continue
            under = "stem" if under == "point" and t.endswith(":") else None
            if steps and not (len(t) <= 60 and not ends_sentence(t)) and not t.endswith(":"):
                return False  # prose above: not a decision's list
            above = POINT.match(t)
            if not steps and above and not (next_marker(own, above.group("m").lower()) and _same_style(t, own)):
                # '(b) That ...' over '3  Attainment Challenge', '1. to approve the minute as a correct record.' over
                # '2. Revenue Budget Monitoring': the list above ended, a minute begins
                return False
            if not steps and not above and (ends_sentence(t) or len(t) > 60) and not t.endswith(":"):
                return False  # a sentence just above: the decision above it has ended
            steps += 1
        j -= 1
    return False


DAY_MONTH_END = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{dates.MONTH}$", re.I)


REFERENCE_LABEL_START = re.compile(
    r"(?:planning\s+)?application\s+(?:no\.?|number|ref)|ref(?:erence)?\s*(?:no\.?)?\s*:?\s*\S", re.I
)


def _wrapped_title(lines: list[Line], title: str, last: int, hi: int) -> tuple[str, int]:
    """A heading that runs on to the next line: it ends on a joining word, or it is in capitals
    and so is the short line under it."""
    t = plain(title)
    if last + 1 >= hi:
        return title, last
    nxt = plain(line_text(lines[last + 1]))
    # ('... COOPERAGE YARD TAPROOM,' over '9 WHARF LANE, FENNLOW': an address's number, no minute's, in a heading
    # broken at its comma)
    numbered = HEADING.match(nxt)
    cut = t.endswith(",") and t.isupper() and nxt.isupper() and numbered and not numbered.group("dot")
    # ('... Variation of Condition 12 of planning permission' / '14/1187/CM to extend the hours ...': a reference
    # going on in the title, no minute's number)
    ref_next = (
        len(t) >= 40 and re.search(r"[a-z]$", t) is not None and re.match(rf"{APPLICATION_REF}/?[A-Z]", nxt) is not None
    )
    cut = cut or bool(numbered and ref_next)
    if not nxt or (numbered and not cut) or ITEM_REF.match(nxt) or DECISION.match(nxt) or len(nxt) > 100:
        return title, last
    joining = ends_on_joining_word(t) or re.search(r"(?:\s&|[-–,])$", t)  # ('... with access from' / 'Pilgrims Lane')
    # ('..., Moor Lane, Wrangaton:' / 'Planning Application No. DCC/4333/2025': a long heading's last part, after
    # its colon)
    joining = joining or (len(t) >= 60 and t.endswith(":") and REFERENCE_LABEL_START.match(nxt) is not None)
    # a long line, cut; or one cut after a colon ('TOWN HALL ACCESSIBILITY:' over 'PLATFORM LIFT')
    # (or a shorter one whose next word was too long to fit: 'PERFORMANCE MONITORING AND BUDGET' /
    # 'MONITORING/FORECAST OUTTURN 2025-26 AS AT QUARTER 3', the next line a long one of its own)
    long_next = len(nxt) >= 30 and len(t) >= 20 and len(t) + 1 + len(nxt.split()[0]) > len(nxt) if nxt else False
    capitals = t.isupper() and (len(t) >= 40 or t.endswith(":") or long_next) and nxt.isupper() and not label_of(nxt)
    # a long heading whose next line goes on in lower case: '... – Outline' / 'application for up to 120 dwellings'
    lower = len(t) >= 60 and re.match(r"^[a-z]", nxt) is not None and not re.match(r"^[a-z]{1,4}[.)]\s", nxt)
    lower = lower or ref_next
    # 'Planning Application PA25/01234 - Land North of Trevenna Road, St Elwyn' / '- Hybrid application for ...', or
    # '... - Former Polgarrow Clay Dry, Tregony' / 'Road, St Merran - Full application for ...': an application's
    # site and proposal, set apart by dashes, broken over lines
    applied = re.search(r"\bapplication\b", t, re.I) is not None and re.search(r"\s[-–—]\s", t) is not None
    lower = (
        lower
        or (
            applied
            and not ends_sentence(t)
            and (
                re.match(r"[-–—]\s", nxt) is not None
                # (the site going on to the proposal's dash, the title so far naming no proposal; not 'Speakers:
                # Objector – Mrs Gwen Tallis' under a whole title)
                or (
                    nxt[:1].isupper()
                    and len(re.findall(r"\s[-–—]\s", t)) == 1
                    and re.search(r"\s[-–—]\s", nxt) is not None
                    and ":" not in nxt
                )
            )
        )
    )
    # ('(2 x 1-' / 'bedroom and ...': a word broken at its hyphen runs on without a space)
    joined = join_wrapped(t, nxt)
    if re.search(rf"\bNo\.?\s*:?\s*{APPLICATION_REF}$", t) and nxt[:1].isupper() and not HEADING.match(nxt):
        # 'Planning Application - Application No: 2025/62/93310/W' / 'Erection of 14 holiday lodges, ...' /
        # '... Holmevale.': the application's proposal and site under its reference, to the full stop
        more, k = nxt, last + 1
        while not ends_sentence(more) and k + 1 < hi and k - last < 4 and plain(line_text(lines[k + 1])):
            k += 1
            more = join_wrapped(more, plain(line_text(lines[k])))
        if ends_sentence(more) and len(more) <= 300:
            return f"{t} {more}", k
    if DAY_MONTH_END.search(t) and re.fullmatch(r"(?:19|20)\d{2}\)?", nxt):
        return joined, last + 1  # '... Committee held on 13 January' / '2026': a date's year wrapped
    if lower:
        return _wrapped_title(lines, joined, last + 1, hi)  # and on, while it goes on in lower case
    if joining and len(joined) <= 300:
        return _wrapped_title(lines, joined, last + 1, hi)  # and on, while each line stops mid-phrase
    if capitals and len(joined) <= 200:
        # and on, while the capitals go on: 'PERFORMANCE MONITORING AND BUDGET' / 'MONITORING/FORECAST OUTTURN
        # 2025-26 AS AT QUARTER 3' / '(CORPORATE SERVICES AND BUDGET)'
        return _wrapped_title(lines, joined, last + 1, hi)
    if joining or capitals:
        return joined, last + 1
    return title, last


# who brought a petition, statement or question, named after its title's dash: '... – Margaret Lyddon (1,146
# signatures)', '... – Avonport Housing Action'
LISTED_BY = re.compile(r"\s[–—-]\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+(?:\s*\([^()]*\)?)?$")


def _best_chain(cands: list[_Cand]) -> list[_Cand]:
    """The run of headings whose numbers go up by small steps with the best total score:
    numbered paragraphs and resolution points restart at 1 inside a minute, so they lose."""
    n = len(cands)
    if not n:
        return []
    best = [c.score for c in cands]
    prev = [-1] * n
    for j in range(n):
        for i in range(max(0, j - 400), j):  # a minute's predecessor is never hundreds of numbered lines back
            ci, cj = cands[i], cands[j]
            step = cj.seq - ci.seq
            if ci.shape != cj.shape or not 1 <= step <= 5 or cj.index <= ci.last:
                continue
            s = best[i] + cj.score - 0.5 * (step - 1)
            if s > best[j]:
                best[j], prev[j] = s, i
    end = max(range(n), key=lambda k: best[k])
    if best[end] <= 0:
        return []
    chain = []
    while end != -1:
        chain.append(cands[end])
        end = prev[end]
    return [c for c in reversed(chain) if c.score > -1]


def _locate_items(
    lines: list[Line], a: int, end: int, anchored: bool = True
) -> tuple[list[Line], list[LocatedItem], list[Line]] | None:
    chain = _best_chain(_candidates(lines, a + 1, end))
    running = _headings_over_numbered_decisions(lines, a + 1, end) or _headings_over_paragraphs(lines, a + 1, end)
    if running:  # the numbers are the paragraphs', run on through the minutes: the headings are the minutes
        chain = []
    first = chain[0].index if chain else end
    if not chain:  # no numbered minutes: the first heading in capitals or bold ends the attendance
        first = (
            running[0] if running else next((x for x in range(a + 1, end) if _plain_heading(line_text(lines[x]))), end)
        )
        if first == end:  # nor any in capitals or bold: headings in title case between paragraphs (Belfast's)
            filled = [x for x in range(a + 1, end) if line_text(lines[x]).strip()]
            titled = _title_case_headings([lines[x] for x in filled])
            first = filled[titled[0]] if titled else end
    if not anchored:
        a = first
    # the attendance block: from the anchor to the first minute or a section heading
    attendance: list[Line] = []
    # 'Chair:<TAB>Mr D Latimer' over 'Present:<TAB>Cllr S Oldroyd, ...' (Peak District's): who chaired, named on a
    # labelled line of the heading just above the list of those present, was there too
    # ('Chair:' / 'Vice-Chair:' over it: both lines, nearest last)
    chairs = 0
    while chairs < 2 and a - chairs > 0 and CHAIR_LINE.match(line_text(lines[a - chairs - 1])):
        chairs += 1
    attendance.extend(lines[a - chairs : a])
    between: list[Line] = []  # prose among the attendance lists ('Councillor X attended as a substitute for Y')
    public = True
    labels = [x for x in range(a, first) if label_of(plain(line_text(lines[x])))]
    last_label = labels[-1] if labels else a
    j = a
    while j < first:
        t = plain(line_text(lines[j]))
        sec = next((pub for pat, pub in SECTIONS if pat.match(t)), None)
        if sec is not None:
            public = sec
            j += 1
            break
        # '... (lead' / 'signatory to the call-in)', '... and his' / 'representative Mr D Ibbitson; ...'
        last = line_text(attendance[-1]).rstrip() if attendance else ""
        # (or a line going on in lower case from one that ended no sentence: '... for whom Councillor A Coombe' /
        # 'substituted; Councillor N Fairclough ...')
        # (or a bracket after a name the line above ended on: '... Ms Farah Qureshi' / '(Environmental Health); two
        # local residents ...')
        going_on = bool(last) and not last.endswith((".", ":", ";"))
        going_on = going_on and (t[:1].islower() or (t[:1] == "(" and last[-1:].isalpha()))
        if attendance and (open_bracket(last) or re.search(r"\b(?:and|his|her|their)$", last) or going_on):
            attendance.append(lines[j])
            j += 1
            continue
        # ('Mrs J Pritchard<TAB>Early years private, voluntary and independent providers – ...': a row of an
        # attendance table, however many words in lower case its second cell holds)
        # ('Deborah Ince<TAB>Support staff trade unions (UNISON)<TAB>Present': a row with its status cell)
        row = line_text(lines[j]).strip()
        if j > a and re.fullmatch(
            r"\W*(?:declarations?|disclosures?)\s+of\s+(?:members['’]?\s+)?interests?\W*", t, re.I
        ):
            break  # 'Declarations of interest' over 'Member | Item | Interest', before the first minute: no attendance
        below = next((plain(line_text(x)) for x in lines[j + 1 : first] if line_text(x).strip()), "")
        if j > a and len(t.split()) >= 2 and _plain_heading(t) and is_prose(below) and not HONORIFIC_START.match(t):
            # 'RECORDING AND VOTING ARRANGEMENTS' over the Chair's reminder, before the first minute: a heading of
            # the meeting's business, no one attending
            if j < last_label:
                between.append(lines[j])
                j += 1
                continue
            break
        person_row = "\t" in row and (HONORIFIC_START.match(row) or STATUS_CELL.fullmatch(row.split("\t")[-1].strip()))
        told = ALSO_PRESENT_SENTENCE.match(t)  # 'Councillors A and B were also present pursuant to ...'
        # ('In attendance' alone over 'Ms F Guthrie, Depute Chief Executive (...); ... and Mrs E Cumming, Committee
        # Services Officer, as Clerk to the Committee.': the list its bare label heads, however it reads)
        said_label = label_of(plain(line_text(attendance[-1]))) if attendance else None
        under_bare_label = said_label is not None and not said_label[2] and HONORIFIC_START.match(t) is not None
        if (
            j > a
            and is_prose(t)
            and not (person_row or told or label_of(t) or under_bare_label)
            and len(split_at_labels(lines[j])) == 1
        ):
            if j < last_label:
                between.append(lines[j])
                j += 1
                continue
            break
        attendance.append(lines[j])
        j += 1
    items: list[LocatedItem] = []
    # an unnumbered minute before the first numbered one ('Election of Chair', its paragraphs numbered 1., 2.)
    rest = [x for x in lines[j:first] if line_text(x).strip()]
    preamble = between + rest
    if not chain:  # no numbered minutes at all: headings in capitals or bold
        tail = [x for x in lines[first:end] if line_text(x).strip()]
        heading_lines = {lines[x].number for x in running}
        heads = [
            k for k, x in enumerate(tail) if x.number in heading_lines or (not running and _plain_heading(line_text(x)))
        ]
        if len(heads) < 2 and not running:
            heads = _title_case_headings(tail)
        if len(heads) >= 2:
            for n, k in enumerate(heads):
                stop = heads[n + 1] if n + 1 < len(heads) else len(tail)
                title, body = plain(line_text(tail[k])), tail[k + 1 : stop]
                if body and re.fullmatch(r"\([^().]{2,60}\)", plain(line_text(body[0]))):
                    # 'Capital Programme Third Review 2025/2026' / '(including Treasury Management)': the title's
                    # bracket on a line of its own
                    title, body = f"{title} {plain(line_text(body[0]))}", body[1:]
                items.append(LocatedItem(None, title, tail[k], body, public))
            items = _roman_numbers(_number_from_paragraphs(items))
            return attendance, items, preamble
    if len(rest) >= 2 and _unnumbered_title(plain(line_text(rest[0]))) and resolutions_in(rest[1:]):
        items.append(LocatedItem(None, plain(line_text(rest[0])), rest[0], rest[1:], public))
        preamble = between
    for k, c in enumerate(chain):
        stop = chain[k + 1].index if k + 1 < len(chain) else end
        said = lines[c.last]  # (a run-in heading's line, or the numbered paragraph under a title in capitals)
        body: list[Line] = [Line(said.number, said.page, c.rest)] if c.rest else []
        next_public = public
        for j in range(c.last + 1, stop):
            t = plain(line_text(lines[j]))
            sec = next((pub for pat, pub in SECTIONS if pat.match(t)), None)
            if sec is not None:
                next_public = sec
                continue
            body.append(lines[j])
        title, body = _report_title(c.title, body)
        for part in _split_titled_sub_minutes(LocatedItem(c.num, title, lines[c.index], body, public, c.agenda)):
            items.extend(_split_applications(part))
        public = next_public
    return attendance, items, preamble


# A minute headed by whose report it was, in capitals: '90. REPORT OF THE EXECUTIVE DIRECTOR OF PLACE'
# (an officer's or office-holder's; not 'REPORTS FROM COUNTY AND DISTRICT COUNCILLORS', a minute of what they said)
REPORT_OF_HEADING = re.compile(
    r"^\W*REPORTS?\s+(?:OF|BY)\s+(?:THE\s+)?(?:[A-Z&,'’-]+\s+){0,4}?"
    r"(?:DIRECTOR|OFFICER|CHIEF|HEAD|MANAGER|CABINET\s+MEMBER|PORTFOLIO\s+HOLDER|LEADER|CLERK|TREASURER)\b"
)


def _report_title(title: str, body: list[Line]) -> tuple[str, list[Line]]:
    """Northumberland's minutes head a report's minute with whose report it was ('REPORT OF THE EXECUTIVE DIRECTOR
    OF PLACE', wrapping in capitals) and print its subject on the line below, in words: the subject names the
    minute, as every other minute's title does."""
    if not REPORT_OF_HEADING.match(title):
        return title, body
    k = 0
    while k < len(body) and not re.search(r"[a-z]", line_text(body[k])) and len(line_text(body[k]).split()) <= 8:
        k += 1  # the heading's capitals wrapped ('... RESOURCES AND SECTION' / '151 OFFICER')
    if k >= len(body) or k > 2:
        return title, body
    subject = plain(line_text(body[k]))
    words = subject.split()
    long_words = [w for w in words if len(w) >= 4 and w.isalpha()]
    titled = 2 <= len(words) <= 16 and 2 * sum(w[:1].isupper() for w in long_words) >= len(long_words)
    # (a title's words may read as a phrase, 'Position at the end of December 2025': no sentence's end, no label)
    if not (titled and re.search(r"[a-z]", subject) and _unnumbered_title(subject, prose_ok=True)):
        return title, body
    if k + 1 < len(body) and not re.search(r"[.:]$|^[A-Z][a-z]", plain(line_text(body[k + 1])) or "."):
        return title, body  # (the line below goes on with the subject's sentence: prose, not a title)
    return subject, body[k + 1 :]


CHAIR_LINE = re.compile(
    r"^\W*(?:vice[- ]?)?chair(?:man|woman|person)?\s*:\s*(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z]", re.I
)
RUNNING_PARAGRAPH = re.compile(r"^\s*(\d{1,3})\.\s+\S")


def _headings_over_paragraphs(lines: list[Line], lo: int, hi: int) -> list[int]:
    """West Sussex's minutes: a heading in words ('Declarations of Interest') over paragraphs numbered through the
    whole minutes (1 to 48), so that the number under each heading skips those of the paragraphs above it. The
    headings' indexes, where three or more stand so and the numbers under them go up with a skip; else none."""
    found: list[tuple[int, int]] = []
    for i in range(lo, hi - 1):
        t = plain(line_text(lines[i]))
        # a heading's words may read as a phrase ('Minutes of the last meeting of the Committee'): a short line, no
        # sentence, not the rest of a line above that broke off mid-phrase
        # ('Consideration having been given to the report, it was:-': a sentence leading into a decision)
        if not (0 < len(t) <= 80 and t[:1].isupper()) or re.search(r"[.:,;]-?$", t) or HEADING.match(t):
            continue
        if "\t" in line_text(lines[i]) or HONORIFIC_START.match(t) or label_of(t):
            continue
        above = plain(line_text(lines[i - 1])) if i > lo else ""
        if above and (ends_on_joining_word(above) or re.search(r"[,–—-]$", above)):
            continue
        if len(t.split()) == 1 and above and not ends_sentence(above):
            continue  # ('... commissioned by the County' / 'Council': a word carried over)
        below = next((j for j in range(i + 1, min(i + 3, hi)) if line_text(lines[j]).strip()), None)
        m = RUNNING_PARAGRAPH.match(line_text(lines[below])) if below is not None else None
        if m:
            found.append((i, int(m.group(1))))
    numbers = [n for _, n in found]
    if len(found) < 3 or numbers != sorted(set(numbers)) or numbers[0] > 2:
        return []
    skips = sum(1 for x, y in zip(numbers, numbers[1:], strict=False) if y - x > 1)
    return [i for i, _ in found] if skips >= 2 else []


NUMBERED_DECISION = re.compile(r"^\s*(\d{1,3})\.\s+(?:RESOLVED|AGREED|DECIDED)\b")


def _section_line(t: str) -> bool:
    return any(pat.match(t) for pat, _ in SECTIONS)


def _headings_over_numbered_decisions(lines: list[Line], lo: int, hi: int) -> list[int]:
    """Sunderland's minutes: headings in words over prose, and only the decisions numbered, through the whole
    minutes ('1. RESOLVED that ...' under 'Minutes', '2. RESOLVED ...' and '3. RESOLVED ...' under the budget):
    the numbers are the decisions', the headings are the minutes. The headings' indexes, where every numbered
    paragraph is a decision, in order, and three or more headings stand over them; else none."""
    numbered = [(i, m) for i in range(lo, hi) if (m := RUNNING_PARAGRAPH.match(line_text(lines[i])))]
    decisions = [int(m.group(1)) for i, m in numbered if NUMBERED_DECISION.match(line_text(lines[i]))]
    if len(decisions) < 3 or len(decisions) != len(numbered) or decisions[0] > 2:
        return []
    if decisions != sorted(set(decisions)):
        return []
    heads: list[int] = []
    for i in range(lo, hi - 1):
        raw = line_text(lines[i])
        t = plain(raw)
        if "\t" in raw or not _unnumbered_title(t, labels_ok=True) or re.search(r"[-–—]$", t):
            continue
        label = label_of(t)
        if HONORIFIC_START.match(t) or (label and label[0] != "apologies"):  # ('Also present:-': the attendance's)
            continue
        above = plain(line_text(lines[i - 1])) if i > lo else ""
        # a heading stands after a sentence's end or a part's heading ('Part I')
        if above and not (ends_sentence(above) or re.search(r"[.:)]-?$", above) or _section_line(above)):
            continue
        below = next((plain(line_text(lines[j])) for j in range(i + 1, hi) if line_text(lines[j]).strip()), "")
        if not below or below[:1].islower():
            continue
        heads.append(i)
    first_decision = numbered[0][0]
    if len(heads) < 3 or heads[0] > first_decision:
        return []
    return heads


def _split_titled_sub_minutes(item: LocatedItem) -> list[LocatedItem]:
    """'5.1  Environmental Services Committee - 13 February 2024' or '### 7.1 Community Pantry' under minute 5 / 7:
    a sub-minute with its own title (a short heading standing alone, not a numbered paragraph of prose) is an
    item of its own, with its own decisions."""
    # (or a minute numbered through the year: '15/26', its sub-minutes '15/26.1', Surrey's)
    if not item.number or not re.fullmatch(r"\d{1,4}(?:/\d{2,4})?", item.number.strip()):
        return [item]
    num = re.escape(item.number.strip())
    part = r"(?:\.\d{1,2}|\([a-z]\))"  # '5.1', or a CMIS '124(a)'
    sub = re.compile(rf"^\s*(?:#{{1,6}}\s*)?(?:\*\*)?\s*(?P<n>{num}{part})\.?(?:\*\*)?\s+(?P<t>\S.*)$")
    bare = re.compile(rf"^\s*(?:\*\*)?\s*(?P<n>{num}{part})\.?(?:\*\*)?\s*$")  # '5.1' alone, title below
    out = [LocatedItem(item.number, item.title, item.heading, [], item.public, item.agenda)]
    # '10.1<TAB>Motion: Safe Streets for Every School' over '10.2<TAB>Cllr X moved the motion ...': a paragraph
    # numbered next under it tells its number is a paragraph's too, no sub-minute's
    paragraphs = {
        m.group("n")
        for line in item.body
        if (m := sub.match(line_text(line)))
        and not _sub_title(plain(m.group("t")))
        and not _application_led(plain(m.group("t")))
    }
    skip = -1
    for k, line in enumerate(item.body):
        if k <= skip:
            continue
        b = bare.match(line_text(line))
        below = next((j for j in range(k + 1, min(k + 3, len(item.body))) if line_text(item.body[j]).strip()), None)
        if b and below is not None and _sub_title(plain(line_text(item.body[below]))):
            out.append(LocatedItem(b.group("n"), plain(line_text(item.body[below])), line, [], item.public))
            skip = below
            continue
        m = sub.match(line_text(line))
        nxt = item.body[k + 1] if k + 1 < len(item.body) else None
        title = plain(m.group("t")) if m else ""
        # (or set in the minutes' number gutter, a TAB after its number: '5(a)<TAB>Premises Licence Application – ...')
        gutter = bool(m) and line_text(line)[m.end("n") : m.start("t")].startswith("\t")
        standalone = (
            nxt is None or not line_text(nxt).strip() or (title.isupper() and len(title.split()) >= 2) or gutter
        )
        # ('9.3<TAB>The Interim Group Director, Finance and Corporate Resources, confirmed his' / 'statement under
        # ...': a numbered paragraph whose sentence goes on in lower case below, no heading)
        going_on = nxt is not None and plain(line_text(nxt))[:1].islower() and not ends_sentence(title)
        if standalone and going_on and not _application_led(title):
            standalone = False
        # (a planning application's title wrapped over a line or two: '4.2<TAB>25/0871/FUL – Change of use of land for
        # the siting of 12 holiday lodges,' / 'access and associated works – Cae’r-Efail, Tal-y-Waun')
        wrapped = 0
        if gutter and _application_led(title):
            while (
                k + wrapped + 1 < len(item.body)
                and wrapped < 2
                and (ends_on_joining_word(title) or re.search(r"[,–—-]$", title) or title.count("(") > title.count(")"))
            ):
                title, wrapped = join_wrapped(title, plain(line_text(item.body[k + wrapped + 1]))), wrapped + 1
        # (not a part of the decision's record: '7.4<TAB>Reasons for Decision', '7.5<TAB>Alternatives Considered ...')
        following = re.sub(r"\d+$", lambda d: str(int(d.group()) + 1), m.group("n")) if m else ""
        if following in paragraphs and following != (m.group("n") if m else ""):
            standalone = False
        if m and standalone and _sub_title(title) and not RECORD_END.match(title):  # a heading of its own
            # ('MEMBERS' QUESTIONS [Item 4a]': the agenda item it records, as a minute's title drops it)
            out.append(LocatedItem(m.group("n"), ITEM_REF_AT_END.sub("", title), line, [], item.public))
            skip = k + wrapped
            continue
        out[-1].body.append(line)
    return out


# A planning application's reference as councils print it: '24/01142/FUL', 'P/2024/0123', 'DC/24/01234/FUL',
# '2024/1234/HOU', 'PL/2024/00321'.
# (Northern Ireland's: 'LA08/2025/1234/F', the council's code, the year, the number, the kind)
# (Kirklees's '2025/62/91234/E': the year, the district's code, the number, the kind in one letter)
APPLICATION_REF = (
    r"(?:[A-Z]{1,4}/|LA\d{2}/)?(?:\d{2}|\d{4})/(?:\d{2}/(?=\d{4,6}/[A-Z]))?\d{3,6}"
    r"(?:/[A-Z]{2,6}|/[FO](?![A-Za-z])|(?<=\d{4}/\d{2}/\d{5})/[A-Z](?![A-Za-z]))?"
)
APPLICATION_HEADING = re.compile(
    rf"^\s*(?:#{{1,6}}\s*)?(?:\*\*)?\s*(?:(?:application|app\.?|ref(?:erence)?\.?)\s*(?:no\.?)?\s*:?\s*)?"
    rf"(?P<n>{APPLICATION_REF})(?:\*\*)?\s*[-–—:]\s*(?:\*\*)?\s*(?P<t>\S.*?)(?:\*\*)?\s*$",
    re.I,
)


NUMBERED_APPLICATION = re.compile(
    r"^(?P<k>\d{1,2})[.)]\s+(?P<t>(?:planning\s+)?application\s+(?:number|no\.?)\s*:?\s*[A-Z]{0,4}\d{2,4}/\S+.*)$", re.I
)
RESPONSE_AT_END = re.compile(r"\s[–—-]\s+(?:no\s+objections?|objections?|support(?:ed)?|no\s+comments?)\b[^–—]*$", re.I)


def _split_applications(item: LocatedItem) -> list[LocatedItem]:
    """Planning applications under one minute ('4. Planning applications for decision' over
    '24/01142/FUL – Former Gasworks Site, Marsh Lane'): each application is an item of its own,
    numbered by its reference and titled by its site, with its own decision and vote."""
    out = [LocatedItem(item.number, item.title, item.heading, [], item.public, item.agenda)]
    if any(APPLICATION_HEADING.match(line_text(x)) and RESPONSE_AT_END.search(line_text(x)) for x in item.body):
        return [item]  # 'PL/26/0031 – 12 Orchard Way – rear extension – No objection': a list of the responses agreed
    body = item.body
    k = 0
    while k < len(body):
        line = body[k]
        labelled = _labelled_application(body, k)
        # (not the rows of the application the minute's own heading names: 'PL/25/064 25/00488/FUL – Land ...' over
        # 'Application no.<TAB>25/00488/FUL')
        if labelled is not None and labelled[0] not in f"{item.number} {item.title}":
            # 'APPLICATION NO.<TAB>25/02817/FULLN' over 'SITE<TAB>Land at Cowdray Farm, ...': the application's form
            # of labelled rows, titled by its site
            number, title, k = labelled
            out.append(LocatedItem(number, title, line, [], item.public))
            continue
        counted = NUMBERED_APPLICATION.match(plain(line_text(line)))
        if counted:
            # '1. Application Number C25/0712/18/LL Land near Bryn Eithin, Llanfor,' / 'LL53 6RT' under '5. PLANNING
            # APPLICATIONS' (Gwynedd's): the minute's own application 5.1, its title the line, wrapped at its comma
            title, k = counted.group("t"), k + 1
            while title.endswith(",") and k < len(body) and len(plain(line_text(body[k]))) <= 40:
                title, k = f"{title} {plain(line_text(body[k]))}", k + 1
            sub = f"{item.number}.{counted.group('k')}" if item.number else counted.group("k")
            out.append(LocatedItem(sub, title, line, [], item.public))
            continue
        m = APPLICATION_HEADING.match(line_text(line))
        # (not a list of who spoke on each: '25/02817/FULLN – Mr N Strudwick (objector), ...')
        m = None if m and HONORIFIC_START.match(plain(m.group("t"))) else m
        title = plain(m.group("t")) if m else ""
        # 'Application 25/01234/FUL – Land at Trewithen Farm, ..., St Elwyn Down –' / 'Erection of 24 dwellings
        # with associated access, parking and landscaping': the site and proposal wrapped, a dash or a joining word
        # at the line's end; what it proposes reads as words, no sentence
        wrapped = 0
        while m and k + wrapped + 1 < len(body) and wrapped < 2:
            nxt = plain(line_text(body[k + wrapped + 1]))
            going_on = title.endswith(("–", "—", " -", ",")) or ends_on_joining_word(title) or nxt[:1].islower()
            if not going_on or not nxt or len(nxt) > 110 or APPLICATION_HEADING.match(nxt):
                break
            title, wrapped = f"{title} {nxt}", wrapped + 1
        described = wrapped > 0 and " – " in title and not ends_sentence(title)
        if m and _title_ok(title) and len(title) <= (250 if described else 150) and (described or not is_prose(title)):
            out.append(LocatedItem(m.group("n"), title, line, [], item.public))
            k += wrapped + 1
            continue
        out[-1].body.append(line)
        k += 1
    return out


def _application_led(title: str) -> bool:
    """A title led by a planning application's reference and a dash: '25/0871/FUL – Change of use ...'."""
    return re.match(rf"{APPLICATION_REF}\s+[–—-]\s", title) is not None


APPLICATION_NO_ROW = re.compile(
    rf"^\W*application\s+(?:no\.?|number|ref(?:erence)?\.?)\s*:?\s*\t\s*(?P<n>{APPLICATION_REF})\s*$", re.I
)
FORM_LABEL_ROW = re.compile(r"^\W*[A-Z][A-Za-z ]{1,30}:?\t")  # 'PROPOSAL<TAB>...', 'Applicant:<TAB>...'


def _labelled_application(body: list[Line], k: int) -> tuple[str, str, int] | None:
    """(reference, site, the index after the site's rows) where an application's rows of labels start at k."""
    m = APPLICATION_NO_ROW.match(line_text(body[k]))
    if not m or k + 1 >= len(body):
        return None
    site = re.match(r"^\W*site(?:\s+address)?\s*:?\s*\t\s*(?P<s>\S.*)$", line_text(body[k + 1]), re.I)
    if not site:
        return None
    title, j = plain(site.group("s")), k + 2
    while j < len(body) and j < k + 4 and line_text(body[j]).strip() and not FORM_LABEL_ROW.match(line_text(body[j])):
        # ('Land adjacent to The Old Forge, Church Street,' / 'LOCKBURY': the site wrapped in its cell)
        title, j = join_wrapped(title, plain(line_text(body[j]))), j + 1
    return m.group("n"), title, j


# a schedule's decision on an application, under one 'RESOLVED: That the applications be determined as set out
# below:' for them all (Test Valley's): 'Delegated to the Head of Planning ... to secure:', 'Then PERMISSION subject
# to conditions and notes:', 'REFUSED for the reasons:', 'DEFERRED for a site visit ...'
SCHEDULE_DECISION = re.compile(
    r"^\W*(?:(?:then\s+)?(?-i:PERMISSION|REFUSED|REFUSE|DEFERRED|DEFER|GRANTED|APPROVED|REFUSAL)\b"
    r"|delegated\s+to\s+the\b)",
    re.I,
)


def _schedule_decisions(body: list[Line]) -> list[Line]:
    """An application's lines with each schedule decision read as the decision it is ('RESOLVED: ...')."""
    return [
        Line(x.number, x.page, f"RESOLVED: {line_text(x).strip()}")
        if "\t" not in line_text(x) and SCHEDULE_DECISION.match(line_text(x))
        else x
        for x in body
    ]


def _sub_title(title: str) -> bool:
    # (a title in title case reads as one however many small words it has: '4.2<TAB>Any Unrestricted Decisions
    # 'Called in' by the Overview & Scrutiny Committee')
    # (or a planning application's, led by its reference: '4.1<TAB>25/1234/FUL – Proposed erection of ... – Land at')
    applied = _application_led(title)
    worded = not is_prose(title) or _title_cased(title) or applied
    return _title_ok(title) and len(title) <= (200 if applied else 100) and worded and not re.search(r"[.:;,]$", title)


PARAGRAPH_NUMBER = re.compile(r"^\s*(\d{2,5})\s+(?=[A-Z])")
LEADS_INTO = re.compile(r"\bit\s+was\s*[-–—:]?\s*$", re.I)  # 'Upon being put to the vote it was -'


ROMAN_HEADING = re.compile(r"^(?P<n>[IVX]{1,5})\.?\s+(?P<t>[A-Z][^a-z]{2,}\S)$")
ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"]


def _roman_numbers(items: list[LocatedItem]) -> list[LocatedItem]:
    """Dundee's minutes number their items in roman numerals ('I<TAB>DECLARATION OF INTEREST', 'II<TAB>MINUTE OF
    PREVIOUS MEETING'): where the headings' numerals run I, II, III ..., each is its item's number."""
    said = [ROMAN_HEADING.match(item.title) for item in items]
    numerals = [m.group("n") for m in said if m]
    if len(numerals) < 3 or numerals != ROMANS[: len(numerals)]:
        return items
    for item, m in zip(items, said, strict=True):
        if m:
            item.number, item.title = m.group("n"), m.group("t")
    return items


def _number_from_paragraphs(items: list[LocatedItem]) -> list[LocatedItem]:
    """CMIS minutes print the capital title above and the minute number at the start of a paragraph
    ('1234 The Chair advised ...', '1238 RESOLVED:-'): number the items when those numbers run in order. A
    number that runs on under the same title ('14510 Councillor X moved the Motion ...' then, after the division,
    '14511 RESOLVED:-') is a minute of its own under that title."""
    numbered = [
        [(k, int(m.group(1))) for k, x in enumerate(item.body) if (m := PARAGRAPH_NUMBER.match(line_text(x)))]
        for item in items
    ]
    known = [n for found in numbered for _, n in found[:1]]
    if len(known) < 2 or not all(b > a for a, b in zip(known, known[1:], strict=False)):
        return items
    out: list[LocatedItem] = []
    for item, found in zip(items, numbered, strict=True):
        # (only numbers that go up by one from the item's first: not a count or a year opening a paragraph)
        cuts = [found[0]] if found else []
        for k, n in found[1:]:
            if n == cuts[-1][1] + 1:
                cuts.append((k, n))
        if not cuts:
            out.append(item)
            continue
        item.number = str(cuts[0][1])
        out.append(item)
        # ('Upon being put to the vote it was -' over '14511 RESOLVED:-': the sentence leading into the decision)
        cuts = [cuts[0], *((k - 1 if LEADS_INTO.search(line_text(item.body[k - 1])) else k, n) for k, n in cuts[1:])]
        ends = [k for k, _ in cuts[1:]] + [len(item.body)]
        for (k, n), stop in zip(cuts[1:], ends[1:], strict=True):
            out.append(LocatedItem(str(n), item.title, item.body[k], item.body[k:stop], item.public, item.agenda))
        item.body = item.body[: ends[0]]
    return out


FORMULA_BELOW = re.compile(r"^\W*(?:moved|proposed|seconded)\s+by\b", re.I)
SIGNED_BY = re.compile(r"\W*(?:the\s+)?(?:(?:lord\s+)?mayor|chair(?:man|woman|person)?|convener|provost)\W*", re.I)
# the opening business one of the first headings of a set of minutes names
OPENING_BUSINESS = re.compile(r"^\W*(?:apolog|minutes\b|declarations?\b)", re.I)


def _title_case_headings(tail: list[Line]) -> list[int]:
    """Belfast's minutes: headings in words with no number, no capitals and no bold the text keeps ('Declarations of
    Interest', 'Revenue Estimates and District Rate 2026/27'), each a short line of its own in title case between
    paragraphs, the opening business among the first of them. A heading straight over another heads a group of
    minutes ('Governance'), no minute itself. Their indexes, where four or more stand so; else none."""
    found: list[int] = []
    for k, line in enumerate(tail[:-1]):
        raw = line_text(line)
        t = plain(raw)
        if "\t" in raw or not (0 < len(t) <= 80 and t[:1].isupper()) or re.search(r"[.:,;]$", t):
            continue
        if HONORIFIC_START.match(t) or DECISION.match(t) or label_of(t) or HEADING.match(t):
            continue
        # (a title's small words in lower case: 'Requests for use of the City Hall')
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", t) if len(w) > 3]
        if not words or sum(w[0].isupper() for w in words) < 0.6 * len(words):
            continue  # a sentence's short line, not a heading in title case
        above_raw = line_text(tail[k - 1]) if k else ""
        above = plain(above_raw)
        # (after a paragraph's end, a page's running line, or a group's heading: 'Matters referred back from
        # Council/Motions' over 'Motion: ...')
        ended = not above or re.search(r"[.;:)”’]$", above) or "\t" in above_raw
        if not ended and not (len(above) <= 60 and not re.search(r"[.:,;]$", above) and above[:1].isupper()):
            continue  # (a line of a paragraph that goes on)
        below = plain(line_text(tail[k + 1]))
        if not re.match(r"^\W*[A-Z]", below) or FORMULA_BELOW.match(below) or SIGNED_BY.fullmatch(t):
            continue  # ('Proposal' over 'Moved by Councillor A,': the formula's label; 'Chairperson' signing)
        found.append(k)
    if len(found) < 4 or not any(OPENING_BUSINESS.match(plain(line_text(tail[k]))) for k in found[:3]):
        return []
    return [k for k in found if k + 1 not in found]  # (not a group's heading over its first minute's)


def _plain_heading(raw: str) -> bool:
    """An unnumbered minute heading: a short line in capitals, or in bold on its own."""
    t = plain(raw)
    cells = [c for c in raw.split("\t") if c.strip()]
    if len(cells) >= 2 and all(len(c.split()) == 1 for c in cells):
        return False  # 'ALEXANDER<TAB>STRACHAN': a table's surnames in capitals, wrapped under their names
    letters = re.sub(r"[^A-Za-z]", "", t)
    capitals = len(letters) >= 4 and letters.isupper() and not DECISION.match(t)
    bold = bool(re.fullmatch(r"\s*\*\*[^*]+\*\*\s*", raw))
    label = label_of(t)
    if label and label[0] != "apologies":  # 'OFFICERS', 'ALSO PRESENT' belong to the attendance
        return False
    return (capitals or bold) and _unnumbered_title(t, labels_ok=True)


def _unnumbered_title(t: str, labels_ok: bool = False, prose_ok: bool = False) -> bool:
    return (
        0 < len(t) <= 80
        and bool(re.match(r"^[A-Z]", t))
        and not re.search(r"[.:,;]$", t)
        and (prose_ok or not is_prose(t))
        and (labels_ok or not label_of(t))
        and not HEADING.match(t)
        and not _section_line(t)
    )


# ---------------------------------------------------------------- assembling


def _item_text(body: list[Line]) -> str:
    return plain(" ".join(line_text(x) for x in body))


def _minuted_part(body: list[Line]) -> list[Line]:
    """On a page that prints each agenda item's text and then 'Minutes:', what was minuted."""
    marks = [k for k, x in enumerate(body) if MINUTES_LABEL.match(line_text(x))]
    return body[marks[0] + 1 :] if marks else body


# 'The Committee resolved ... to exclude the press and public ... during consideration of the following item':
# printed between two minutes, under neither's number
EXCLUDES_NEXT = re.compile(r"\bexclude\b.{0,80}\bpublic\b.{0,200}\bthe\s+following\s+items?\b", re.I | re.S)


def _exclusion_to_next(items: list[MinuteItem]) -> None:
    """An unnumbered decision to exclude the public for the following item, the last decision of the minute it
    is printed under, belongs to the item it excludes them from: the next."""
    for item, nxt in zip(items, items[1:], strict=False):
        if len(item.resolutions) >= 2 and EXCLUDES_NEXT.search(item.resolutions[-1]):
            nxt.resolutions.insert(0, item.resolutions.pop())
            nxt.resolution_citations.insert(0, item.resolution_citations.pop())


def _named_in_full(apologies: list[str], attendance: list[Line]) -> list[str]:
    """'Apologies were received from Councillors Green and Hale.' under a membership printed whole ('Councillor
    D. Green', 'Councillor F. Hale', unmarked as present): each surname as the membership prints it, where it
    prints one such name."""
    if not attendance or all(" " in a for a in apologies):
        return apologies
    listed = " ".join(line_text(x) for x in attendance)
    out = []
    for a in apologies:
        found = (
            set() if " " in a else set(re.findall(rf"\b((?:[A-Z]\.\s?){{1,3}}|[A-Z][a-z]+\s){re.escape(a)}\b", listed))
        )
        out.append(clean_name(f"{found.pop().strip()} {a}") if len(found) == 1 else a)
    return out


# A minute headed for who came, its names in its paragraph: '1/03/26 Present' over 'Cllr A (Chair), Cllr B, ...'
# (in Welsh alone, 'Presennol', 'Yn bresennol', 'Presenoldeb')
ATTENDANCE_TITLE = re.compile(
    r"\W*(?:(?:members|councillors)\s+)?present|attendance|presennol|yn\s+bresennol|presenoldeb\W*", re.I
)


def _attendance_minute(items: list[LocatedItem]) -> list[Line]:
    """The paragraph of an early minute headed 'Present', as an attendance list under that label."""
    for item in items[:3]:
        body = [x for x in item.body if line_text(x).strip()]
        if ATTENDANCE_TITLE.fullmatch(item.title.strip()) and body:
            first = body[0]
            return [Line(first.number, first.page, f"Present: {line_text(first).strip()}"), *body[1:]]
    return []


# A key to the initials the notes name people by: 'JB – Cllr Janet Bright (Chair)<TAB>SK – Sue Kerr (resident)'
INITIALS_ENTRY = re.compile(r"(?:^|\t)\s*(?P<ini>[A-Z]{2,3})\s+[–—-]\s+(?P<who>[^\t]+?)\s*(?=\t|$)")
KEY_HEADING = re.compile(r"\W*key(?:\s+to\s+initials)?\s*:?\s*", re.I)


def _initials_key(lines: list[Line]) -> dict[str, str]:
    """Initials -> who they stand for, where the attendance prints such a key (three entries or more)."""
    key = {m.group("ini"): m.group("who") for x in lines for m in INITIALS_ENTRY.finditer(line_text(x))}
    return key if len(key) >= 3 else {}


def initials_key(lines: list[Line]) -> dict[str, str]:
    """Initials -> the name they stand for ('AM' -> 'Adam Moss'), from the attendance's key; {} where none."""
    return {ini: clean_name(split_role(who)[0]) for ini, who in _initials_key(lines).items()}


def _initials_named(lines: list[Line], key: dict[str, str]) -> list[Line]:
    """The attendance with its key taken out and each person named by initials named in full: 'Present: JB
    (Chair), SK' -> 'Present: Cllr Janet Bright (Chair), Sue Kerr'."""
    names = {ini: split_role(who)[0] for ini, who in key.items()}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    out = []
    for x in lines:
        text = line_text(x)
        if INITIALS_ENTRY.search(text) or KEY_HEADING.fullmatch(text):
            continue
        out.append(Line(x.number, x.page, pattern.sub(lambda m: names[m.group()], text)))
    return out


APOLOGIES_TITLE = re.compile(r"\W*apolog(?:y|ies)(?:\s+for\s+absence)?\W*", re.I)


def to_minutes(s: LocatedSet) -> Minutes:
    key = _initials_key(s.attendance)
    attendance = _initials_named(s.attendance, key) if key else s.attendance
    present, apologies, listed_subs = parse_attendance(attendance)
    roles = {clean_name(name): role for name, role in map(split_role, key.values())}
    for p in present:  # the key's bracket is who they are: 'Sue Kerr (resident)'
        p.role = p.role or roles.get(p.name)
    if not present and (minute := _attendance_minute(s.items)):
        present, told_apologies, listed_subs = parse_attendance(minute)
        apologies = apologies or told_apologies
    # the minute's own heading may carry the list ('1. Apologies for absence: Mr X, Mr Y')
    # (or a later minute headed for them: an annual meeting's apologies come after the election of its chair)
    told = s.items[:4] + [item for item in s.items[4:] if re.search(r"\bapolog", item.title, re.I)]
    for said in [_item_text(s.preamble)] + [f"{item.title}. {_item_text(item.body)}" for item in told]:
        if not apologies:
            apologies = apologies_in_text(said)
    for item in told:  # 'APOLOGIES FOR ABSENCE' over 'Councillor X – medical / illness', one a line
        if not apologies and APOLOGIES_TITLE.fullmatch(plain(item.title)) and 0 < len(item.body) <= 12:
            apologies = parse_attendance([Line(item.heading.number, item.heading.page, "Apologies:"), *item.body])[1]
    subs = listed_subs[:]
    for sub in present_from_text([s.attendance, s.preamble] + [item.body for item in told], present):
        if sub not in subs:
            subs.append(sub)
    parties_present([item.body for item in s.items], present)
    # (a meeting adjourned and reconvened lists each sitting's attendance: each person once)
    present = [p for k, p in enumerate(present) if all(q.name != p.name for q in present[:k])]
    apologies = _named_in_full(list(dict.fromkeys(apologies)), s.attendance)
    chair = presiding(line_text(s.header[-1])) if s.header else None
    if chair and all(p.name != chair.name for p in present):  # 'X, in the Chair' printed over 'Members present:'
        chair.citation = s.header[-1].cite()
        present.insert(0, chair)
    for p in present:  # 'Councillor X (substitute for Councillor Y)' in the attendance list
        m = re.match(r"^(?:as\s+(?:a\s+)?)?substitut\w*\s+for\s+(?P<for>.+)$", p.role or "", re.I)
        if m:
            subs.append({"name": p.name, "for": clean_name(m.group("for"))})
            p.role = "Substitute"
    items: list[MinuteItem] = []
    for it in s.items:
        body = _minuted_part(it.body)
        res = resolutions_in(body)
        if not res and it.number and re.fullmatch(APPLICATION_REF, it.number):
            res = resolutions_in(_schedule_decisions(body))
        if not res and len(body) < len(it.body):  # ModernGov's 'Decision:' block above the 'Minutes:' one
            res = [
                (r, line)
                for r, line in resolutions_in(it.body[: len(it.body) - len(body)])
                if not re.fullmatch(r"(?:there\s+(?:were|was)\s+)?(?:none|nil|no\s+\w+)\.?", r.strip(), re.I)
            ]
        items.append(
            MinuteItem(
                number=it.number,
                title=LINK_DEBRIS.sub("", it.title).strip() or it.title,  # 'Minutes pdf icon PDF 45 KB'
                resolutions=[r for r, _ in res],
                resolution_citations=[line.cite() for _, line in res],
                # a parish minute told on its heading line: '(3 for ...)'; a run-in heading's text is the body's
                votes=extract_votes(body if body and body[0].number == it.heading.number else [it.heading] + body),
                text=_item_text(body),
                public=it.public,
                citation=it.heading.cite(),
            )
        )
    _exclusion_to_next(items)
    anchor_line = s.header[0] if s.header else (s.attendance[0] if s.attendance else None)
    return Minutes(
        body=s.body or _set_body(s.header),
        date=s.date or _set_date(s.header),
        present=present,
        apologies=apologies,
        substitutions=subs,
        items=items,
        citation=anchor_line.cite() if anchor_line else None,
    )


# 'Recorded Vote – Minute 91: Amendment' heading a table of who voted how in an appendix after the minutes
RECORDED_VOTE_OF = re.compile(
    r"^\W*recorded\s+votes?\s*[–—:-]\s*minute\s+(?:no\.?\s*)?(?P<n>[\w./()-]+?)\s*(?::|$)", re.I
)
SEE_RECORDED = re.compile(r"\brecorded\s+vote\b[^()]{0,40}\bsee\b", re.I)  # '(recorded vote: see Appendix 1)'


def _votes_recorded_apart(sets: list[Minutes], lines: list[Line]) -> None:
    """Recorded votes printed apart from their minutes, in an appendix after them ('Recorded Vote – Minute 91:
    Amendment' over its table), go back to the minute they name: each fills, in order, the votes that minute told
    with '(recorded vote: see Appendix 1)' and no counts, or is added to it."""
    heads = [k for k, x in enumerate(lines) if "ecorded" in x.text and RECORDED_VOTE_OF.match(x.text)]
    if not heads:
        return
    told = {x.number: x.text for x in lines}
    for n, k in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else min(len(lines), k + 120)
        counted = [v for v in extract_votes(lines[k:stop]) if any(c is not None for c in v.counts.values())]
        named = RECORDED_VOTE_OF.match(lines[k].text).group("n")  # type: ignore[union-attr]
        target = next(
            (
                it
                for m in sets
                for it in m.items
                if it.number == named and it.citation and it.citation.line < lines[k].number
            ),
            None,
        )
        if target is None or not counted:
            continue
        waiting = [
            v
            for v in target.votes
            if v.citation
            and all(c is None for c in v.counts.values())
            and SEE_RECORDED.search(f"{told.get(v.citation.line, '')} {told.get(v.citation.line + 1, '')}")
            and not v.for_
        ]
        if waiting:  # this table's vote is the first of the minute's still waiting for its counts
            v, grid = waiting[0], counted[0]
            v.counts, v.for_, v.against, v.abstain = grid.counts, grid.for_, grid.against, grid.abstain
            v.warnings += grid.warnings
            v.result = v.result or grid.result
        else:
            target.votes.append(counted[0])


_LAST: list = [None, None, []]  # the lines, the segments' key and the sets found in them


def locate_minutes(lines: list[Line], segments: list[Segment] | None = None) -> list[LocatedSet]:
    """find_sets, remembered for the one list of lines (and segments) a parse passes to every
    extractor; the list itself is held, so another document's lines are never taken for it."""
    key = tuple((x.kind, x.start.line, x.end.line) for x in segments or [])
    if _LAST[0] is not lines or _LAST[1] != key:
        _LAST[:] = [lines, key, find_sets(lines, segments)]
    return _LAST[2]


def extract_minutes(lines: list[Line], segments: list[Segment]) -> list[Minutes]:
    sets = [to_minutes(s) for s in locate_minutes(lines, segments)]
    if sets and any("ecorded" in x.text for x in lines):  # (a cheap look first: most packs print no such appendix)
        _votes_recorded_apart(sets, lines)
    return sets
