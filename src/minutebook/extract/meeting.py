"""Council and the meeting the document is for (front sheet, or minutes heading).

The front sheet prints the meeting as labels (`Date:` / `Time and Date` /
`Venue:` / `Place`) or as a sentence (`A meeting of the County Council will
be held in the Council Chamber ... on Thursday, 9th January, 2025 at 10.00
am`); stand-alone minutes print it in their heading (`MINUTES of a meeting
of the Cabinet held in ... on Thursday, 30 January 2025`). Nothing is
guessed: a value not printed stays None.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from minutebook.extract.council import (
    COUNCIL_HINT,
    HOSTED_BY,
    KIND_ALONE,
    WELSH_COUNCIL,
    copyright_owner,
    council_behind,
    council_heading,
    council_named_whole,
    council_names,
    find_council,
    tidy,
    title_case,
    welsh_whole_name,
    whole_name,
)
from minutebook.extract.dates import DATE, DATE_ONLY, MONTH, WEEKDAY, iso_date
from minutebook.model import Line, Meeting, Minutes, Segment
from minutebook.patterns import scanning
from minutebook.prose import ends_on_joining_word
from minutebook.segment import BODY_FIRST_MINUTES, BODY_IN_MINUTES, MINUTES_WORD, NAMED_FIRST

# `2.00 pm`, `6.30 p.m.`, `10am`, `19:30`, `noon`, and the 24-hour `1000 HOURS` / `10.00 hrs`.
TIME = re.compile(
    r"\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|\b(\d{1,2}):(\d{2})\b|\b(noon|midday)\b"
    r"|\b([01]?\d|2[0-3])[.:]?([0-5]\d)\s*(?:hours|hrs)\b",
    re.I,
)
# a span of hours with the meridiem once, at its end: '2.00 - 4.47 pm'
SPAN = re.compile(
    r"(?<![\d.:])(1[0-2]|0?[1-9])[.:]([0-5]\d)\s*(?:-|–|to)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)"
)

BODY_WORD = scanning(  # asked of every line
    r"\b(?:council|cabinet|committee|board|panel|sub-committee|commission|forum|authority|executive|assembly|scrutiny|"
    # (a Scottish planning 'Local Review Body'; and the Welsh of a paper in Welsh alone)
    r"partnership|group|review\s+body|cyngor|pwyllgor|is-bwyllgor|bwrdd|fforwm)\b",
    re.I,
)
NOT_A_BODY = re.compile(
    r"\b(?:chamber|house|hall|offices?|room|centre|democratic services|agenda|minutes|members?:|membership|"
    r"report|meeting|summons|governance|services|www|@|email|tel|telephone|"
    r"chief\s+executive|director|head\s+of|monitoring\s+officer|clerk|"  # a signatory's title under a summons
    r"present|in\s+attendance|apologies)\b",  # an attendance label (`Board Members Present:`) is never a body
    re.I,
)
# Words that make a line a department's or an office's name, unless the line ends in a body's own word
# (`Democratic Services` is not a body; `Education and Children's Services Policy Board` is).
SOFT_NOT_A_BODY = re.compile(r"\b(?:offices?|governance|services)\b", re.I)
ENDS_AS_BODY = re.compile(
    r"\b(?:cabinet|committee|board|panel|sub-committee|commission|forum|assembly|partnership)$", re.I
)


def _not_a_body(text: str) -> bool:
    if COUNCIL_HINT.search(text) and len(list(council_names(text))) >= 2:
        return True  # 'Northvale District Council • Eastbrook Borough Council': the councils of a joint body
    if ENDS_AS_BODY.search(text.strip()):
        return bool(NOT_A_BODY.search(SOFT_NOT_A_BODY.sub(" ", text)))
    return bool(NOT_A_BODY.search(text))


# Sentences naming the meeting: "a meeting of the County Council will be held in ... on ...",
# "Minutes of the Meeting of Cabinet held at 2.00 pm on ...", "... of the Cabinet that took place in ...".
HELD = r"(?:held|took\s+place)\b"
MEETING_OF = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(.{2,90}?)\s+(?:which\s+|that\s+)?(?:(?:will|is to|shall)\s+be\s+|to\s+be\s+)?"
    + HELD
    + r"(.{0,260})",
    re.I | re.S,
)
# `MINUTES OF THE PLANNING COMMITTEE HELD ON ...`, `Minutes of the Cabinet Meeting held on ...`: no `meeting of`.
MINUTES_OF = re.compile(
    # ('Minutes of a Hearing of the Standards Sub-Committee held on ...': the body the hearing is of)
    r"^\W*minutes\s+of\s+(?:an?\s+|the\s+)?(?:(?:hearing|sitting)\s+of\s+(?:the\s+)?)?(.{2,90}?)\s+(?:meeting\s+)?"
    + HELD
    + r"(.{0,260})",
    re.I | re.S,
)
# `Minutes of a meeting held on ...`: the body is the heading above; group 1 stays empty. (Glasgow's
# `Minutes of meeting held in ...` has no article.)
UNNAMED_MINUTES = re.compile(
    r"^\W*minutes\s+of\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?(?:meeting|hearing)()\s+" + HELD + r"(.{0,260})", re.I | re.S
)
MEETING_HELD = re.compile(r"\bmeeting\s+(?:(?:will|is to|shall)\s+be\s+|to\s+be\s+)held\b(.{0,260})", re.I | re.S)
HELD_SENTENCE = re.compile(
    r"^\s*(?:the\s+)?(.{2,90}?)\s+held\s+(?:their|its|a|an|the)\s+(?:\w+\s+)?meeting\b(.{0,200})", re.I | re.S
)
# A place printed straight after the time, with no `in`/`at`: `held on ... at 10am, Committee Room 1, Civic Centre`.
VENUE_AFTER_TIME = re.compile(
    r"(?:\d\s*(?:a\.?m\.?|p\.?m\.?)|\bhours|\bnoon)\s*,\s*(?:the\s+)?(.{3,140}?)(?=[.;]\s|$)", re.I
)
VENUE_IN = re.compile(
    # ('in the Council Chamber', 'IN THE CHAMBER': the article no part of the name; 'in The Guildhall': the building's)
    # ('... in Committee Room 1 - City Hall, Wharfeside' / 'Commenced 10.30 am': the hours' labels under it)
    r"\b(?:in|at)\s+(?:(?-i:the|THE)\s+)?(.{3,140}?)(?=\s+on\s+(?:the\s+)?(?:\w+day|\d)|\s+at\s+\d|,?\s+commencing\b"
    r"|\s+(?-i:Commenced|Concluded|Started|Finished)\b"
    r"|,?\s+\d{1,2}[.:]\d{2}\s*(?:[-–]|to\b|[ap]\.?m)"  # ('..., SY2 6ND 2.00 - 4.47 pm': the hours after the place)
    r"|(?<!\bSt)(?<!\bSt\.)[.;]\s|$"  # (not an abbreviation's: 'The Shire Hall, St. Peter's Square')
    # a heading sentence with no full stop, run into the next one: '... County Hall, Wallingbury The Board is ...'
    r"|(?<![,\s–—-])(?<!\bin)(?<!\bat)\s+(?-i:The)\s)",
    re.I,
)
# `COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025` heading a supplement's covering letter; `EDUCATION SCRUTINY
# COMMITTEE, 12/02/26` heading Gwynedd's minutes.
BODY_DASH_DATE = re.compile(
    # ('PLANNING COMMITTEE 02/03/26': the date in figures after a space alone)
    # ('Planning Sub-Committee - Tuesday, 10th March, 2026 7.00 pm': a hyphen inside the body's name)
    rf"^\W*([A-Za-z&'’ ]{{3,80}}?(?:-[A-Za-z][A-Za-z&'’ ]{{1,60}}?)?)"
    rf"(?:\s*[-–:,]\s*|\s+(?=\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\W*$))"
    rf"((?:{WEEKDAY},?\s+)?\d{{1,2}}\w*\s+{MONTH},?\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))"
    r"(?:,?\s*(?:at\s+)?(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hours|hrs)?))?\W*$",
    re.I,
)
SIGNATORY = re.compile(
    r"^\W*(?:(?:town|parish|deputy|assistant)\s+)?(?:clerk|proper\s+officer|chief\s+executive|head\s+of|director"
    r"|monitoring\s+officer|democratic\s+services|governance\s+services)\b",
    re.I,
)
VENUE_WORDS = re.compile(
    r"\b(?:chambers?|rooms?|hall|house|centre|center|buildings?|offices?|library|guildhall|civic|suite|zoom|teams|"
    r"remote(?:ly)?|online|virtual(?:ly)?|pavilion|church|school|institute|lodge|castle|court|headquarters|hq|"
    r"depot|museum|theatre|hotel|college|university|academy"
    # and in Welsh: 'Neuadd Goffa', 'Siambr y Cyngor', 'Festri Capel Bethel', 'Swyddfeydd y Cyngor'
    r"|neuadd|siambr|ystafell|festri|capel|canolfan|swyddfa|swyddfeydd|ysgol|llyfrgell|eglwys|pafiliwn)\b",
    re.I,
)
LABEL = re.compile(
    r"^\W*(time and date|date and time|date|time|venue|place|location|where|when|meeting venue|meeting date|held at)\b"
    r"(?:\s+of\s+(?:the\s+)?meeting\b)?"
    r"\W*?(:)?\W*?\s*(.*)$",
    re.I,
)
# The body under a label: `Meeting: Overview and Scrutiny Panel`, `Committee: Planning Committee`.
# ('Name of meeting<TAB>CABINET': the Isle of Wight's label row)
BODY_LABEL = re.compile(
    r"^\W*(?:(?:name\s+of\s+)?meeting|meeting\s+(?:of|name)|committee|body|decision\s+maker)\s*(?::|\t)\s*(\S.{2,90})$",
    re.I,
)
# A ModernGov issue's or decision's meeting: `Meeting: 08/07/2024 - Planning Committee (Item 82)`,
# `Made at meeting: 19/01/2023 - Council`: (date, body).
ISSUE_MEETING = re.compile(
    r"^\W*(?:made\s+at\s+)?meeting\s*:\s*(\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(\S.{1,90}?)(?:\s*\(item\s+[\w.]+\))?\W*$",
    re.I,
)
MEETING_WORDS = re.compile(
    r"^(?:(?:special|extraordinary|ordinary|annual)\s+)?meeting\s+of\s+(?:the\s+)?|\s+meeting$", re.I
)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")
NOTICE_OF_MEETING = re.compile(r"(?:notice\s+of\s+(?:the\s+)?meeting|summons(?:\s+to\s+attend)?)", re.I)
BARE_24H = re.compile(r"^\s*([01]?\d|2[0-3])[.:]([0-5]\d)\s*(?:hrs|hours|h)?\s*$", re.I)
LETTER_BLOCK = re.compile(
    r"\b(?:contact|direct line|direct dial|telephone|tel|e-?mail|our ref|your ref|ask for|enquiries|fax)\b\s*:?", re.I
)
CONTACT_CUT = re.compile(r"\s*\b(?:ask for|telephone|tel|e-?mail|contact|enquiries|direct dial)\b\s*:?.*$", re.I)


def hhmm(text: str) -> str | None:
    """'2.00 pm' -> '14:00', '10am' -> '10:00', '19:30' -> '19:30'; '2.00 - 4.47 pm' -> '14:00' (a
    meeting's span, the meridiem printed once at its end)."""
    m = TIME.search(text)
    if not m:
        return None
    span = SPAN.search(text, 0, m.end())
    if span and span.end() == m.end() and (end := hhmm(m.group(0))) is not None:
        h, mi = int(span.group(1)) % 12, int(span.group(2))
        start = (h + 12) * 60 + mi if m.group(3).lower().startswith("p") else h * 60 + mi
        if start > int(end[:2]) * 60 + int(end[3:]):
            start -= 12 * 60  # '11.00 - 1.30 pm': the morning's hour
        return f"{start // 60:02d}:{start % 60:02d}"
    if m.group(6):
        return "12:00"
    if m.group(7):
        h, mi = int(m.group(7)), int(m.group(8))
    elif m.group(4):
        h, mi = int(m.group(4)), int(m.group(5))
    else:
        h, mi = int(m.group(1)), int(m.group(2) or 0)
        pm = m.group(3).lower().startswith("p")
        if h > 12:
            return None
        if pm and h != 12:
            h += 12
        if not pm and h == 12:
            h = 0
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


# `Full Council` is the council meeting as a whole, which minutes and the record call `Council`.
FULL_COUNCIL = re.compile(r"^(?:the\s+)?full\s+(?=council$)", re.I)


# the holder after an office, in brackets: 'Cabinet Member for Highways (Councillor Gareth Trevanion)', the bracket
# perhaps wrapped open
HOLDER_IN_BRACKETS = re.compile(r"\s*\((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s[^()]*\)?\s*$")


PRINTING_NOTE = re.compile(
    r"\s*\([^()]*\b(?:shown|printed|set\s+out|appear)\s+in\s+(?:bold|italics?|capitals)\b[^()]*\)\s*$", re.I
)


def _clean_body(raw: str) -> str | None:
    """The body's own name: `the Cabinet of Glanmorfa County Council` ->
    `Cabinet` (a body `of` a council names the council, not itself);
    `Full Council` -> `Council`."""
    t = HOLDER_IN_BRACKETS.sub("", tidy(raw)) if "(" in raw else tidy(raw)
    # ('Minutes of the Council' / '(Council decisions shown in bold text)': a note on how the minutes are printed)
    t = PRINTING_NOTE.sub("", t) if "(" in t else t
    if re.fullmatch(r"(?:the\s+)?annual\s+(?:parish|town|village|community)\s+(?:meeting|assembly)", t, re.I):
        return title_case(re.sub(r"^the\s+", "", t, flags=re.I))  # the electors' meeting is its own body
    kinds = r"(?:special|extraordinary|ordinary|annual|adjourned|reconvened)"
    t = re.sub(rf"^(?:an?|the)\s+(?:{kinds}\s+)*", "", t, flags=re.I)
    t = re.sub(r"^(?:special|extraordinary|ordinary|annual)\s+meeting\s+of\s+(?:the\s+)?", "", t, flags=re.I)
    # 'evidence session of the Scrutiny Committee', 'inquiry sitting of the Panel': the kind of sitting, then who sat
    t = re.sub(r"^(?:[a-z-]+\s+){0,2}(?:session|sitting)\s+of\s+(?:the\s+)?", "", t, flags=re.I)
    # `Minutes of the proceedings of the Council`; `Annual Council`, `Extraordinary Full Council`
    t = re.sub(r"^(?:proceedings|business)\s+of\s+(?:the\s+)?", "", t, flags=re.I)
    t = re.sub(rf"^{kinds}\s+(?=(?:\w+\s+)?council$)", "", t, flags=re.I)
    t = _without_council(t)
    t = FULL_COUNCIL.sub("", t)
    # 'COUNTY COUNCIL MEETING': the council's own; 'CABINET MEETING: 12 MARCH 2026': the Cabinet's (a parish
    # meeting, which is a body of its own, is no body word's)
    t = re.sub(r"\b(council|cabinet|committee|board|panel|executive|forum|assembly)\s+meeting$", r"\1", t, flags=re.I)
    if not t or len(t.split()) > 12 or not BODY_WORD.search(t) or DECIDING.search(t):
        return None  # `meeting of the Committee is held`: a sentence's words, not a name
    return title_case(t)


def _without_council(text: str) -> str:
    """`Cabinet of Glanmorfa County Council` -> `Cabinet`; the council's own
    name (`Little Hadley Parish Council`) is left whole."""
    m = re.search(r"\s+of\s+(?:the\s+)?(\S.*)$", text)
    if not m or not COUNCIL_HINT.search(m.group(1)):
        return text
    named = list(council_names(m.group(1)))
    if named and named[0][0] == 0 and len(named[0][1]) >= len(m.group(1)) - 1 and BODY_WORD.search(text[: m.start()]):
        return text[: m.start()]
    return text


# '[The meeting started at 10.00 am and finished at 10.52 am]': the time, where the heading gives none.
MEETING_STARTED = re.compile(
    r"(?:\bmeeting\s+(?:started|commenced|began|opened)\s+at|^\W*(?:commenced|started|time\s+commenced)\s*:?)"
    r"\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hours|hrs))",  # 'Commenced 10.00 am<TAB>Concluded 11.47 am'
    re.I | re.M,
)
# 'Commenced 1030' / 'Concluded 1145' on lines of their own (Bradford's): the hour on the 24-hour clock, no stop
STARTED_24_HOUR = re.compile(
    r"^\W*(?:commenced|started|time\s+commenced)\s*:?\s+([01]\d|2[0-3])([0-5]\d)\s*$", re.I | re.M
)
# A hybrid meeting's room 'and remotely via Microsoft Teams': the venue is the room.
REMOTE_TOO = re.compile(
    r"\s+(?:and|&)\s+(?:remotely|virtually|online|by\s+remote\s+attendance"
    r"|(?:by|via|on|through)\s+(?:microsoft\s+)?(?:teams|zoom|webex|skype|video\s*conferenc\w*))\b.*$"
    # ('Lomond Room – Forthshire House, Kirkbrae – Blended Meeting': how it met, after a dash)
    r"|\s+[–—-]\s+(?:blended|hybrid|remote|virtual|online)\s+meeting\b.*$"
    r"|\s*/\s*(?:virtual|remote|hybrid|online)\b.*$",  # ('... County Hall, Llanfair / Virtual Meeting')
    re.I,
)


# '10:00 hours in', '6.00 pm at the': the hour before the place
HOUR_THEN_PLACE = re.compile(
    r"^(?:\d{1,2}[.:]\d{2}|\d{3,4}|\d{1,2})\s*(?:hours|hrs|a\.?m\.?|p\.?m\.?)?\s+(?:in|at)\s+(?:(?-i:the|THE)\s+)?",
    re.I,
)
YEAR_AT_END = re.compile(r"\b(?:19|20)\d{2},?\s*$")
WEEKDAY_OR_MONTH = re.compile(rf"(?:{WEEKDAY}|{MONTH})\b", re.I)


PLACE_AFTER_DATE = re.compile(
    r",\s*(?P<v>(?-i:[A-Z])[^–—]{2,100}?)\s*(?:[-–—]\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)?\s*$", re.I
)
COMMENCING = re.compile(r",?\s+commencing\b", re.I)
ON_THE_DAY = re.compile(rf"\s+on\s+(?:the\s+)?(?:{WEEKDAY}|\d)", re.I)


def _venue_from(text: str) -> str | None:
    """The place after `in` / `at` that names a room or hall (`at 10:00 hours
    in Committee Rooms 3 & 4, Council House` gives the rooms, not the hour)."""
    for m in VENUE_IN.finditer(text):
        v = tidy(REMOTE_TOO.sub("", CONTACT_CUT.sub("", m.group(1))))
        v, timed = HOUR_THEN_PLACE.subn("", v)
        if v and not v[0].isdigit() and VENUE_WORDS.search(v):
            return v
        if timed and v[:1].isupper() and not WEEKDAY_OR_MONTH.match(v):
            return v  # '... at 6.00 pm at the Gateway, Sandlebury': a place named after the hour, whatever it is
        if v[:1].isupper() and not WEEKDAY_OR_MONTH.match(v) and len(v) <= 60 and ON_THE_DAY.match(text, m.end(1)):
            return v  # '... held at the Old Mill, Thornby on Friday 13 February': a place named before the day
        if (
            v[:1].isupper()
            and not WEEKDAY_OR_MONTH.match(v)
            and len(v) <= 80
            and YEAR_AT_END.search(text, 0, m.start())
        ):
            # '... held at 2.00 pm on 24 February 2026 at Woodhatch Place, Reighford.': the place after the day
            return v.rstrip(".")
        if v[:1].isupper() and not WEEKDAY_OR_MONTH.match(v) and len(v) <= 100 and COMMENCING.match(text, m.end(1)):
            # '... held on Thursday 5 February 2026 in The Oculus, Gatehouse Road, Aylbury, commencing at 2.30 pm':
            # the place named between the day and the hour the meeting began
            return v
    after = VENUE_AFTER_TIME.search(text)
    if after:
        v = tidy(CONTACT_CUT.sub("", after.group(1)))
        if v and not v[0].isdigit() and VENUE_WORDS.search(v) and not re.match(r"(?:on|when)\b", v, re.I):
            return v
    return None


# the council's own meeting, named by the council's name and no 'held': 'Minute of Meeting of DUNMORE CITY COUNCIL.'
MINUTE_OF_COUNCIL = re.compile(
    r"\bminutes?\s+of\s+(?:the\s+)?meeting\s+of\s+(?:the\s+)?[A-Za-z&'’ ]{2,60}?\s+"
    r"(?:city|county|borough|district)?\s*council\W*$",
    re.I,
)
# 'Minutes of the Annual Parish Meeting of Stowford held on ...': the electors' assembly, named for its parish or
# not ('Minutes of the Annual Town Meeting held at the Corn Exchange ...')
ANNUAL_ASSEMBLY = re.compile(
    r"\b(annual\s+(?:parish|town|village|community)\s+(?:meeting|assembly))"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’ -]{1,40}?)?\s+held\b(.{0,260})",
    re.I | re.S,
)


def _meeting_sentence(text: str) -> re.Match[str] | None:
    """The sentence naming a meeting: (body, the rest of the sentence)."""
    assembly = ANNUAL_ASSEMBLY.search(text)
    if assembly and not EARLIER_MEETING.search(text[: assembly.start()]):
        return assembly
    m = BODY_MEETING_OF_COUNCIL.search(text)
    if m and not EARLIER_MEETING.search(text[: m.start()]):
        return m
    m = next((m for m in _meetings_of(text) if not EARLIER_MEETING.search(text[: m.start()])), None)
    if m:
        return m
    # 'PLANNING COMMITTEE – Minutes of the meeting held on ...', 'X Parish Council – Minutes of the Parish Council
    # Meeting held on ...'
    m = BODY_FIRST_MINUTES.search(text) or BODY_IN_MINUTES.search(text) or BODY_MEETING_HELD.search(text)
    if m:
        return m
    m = MINUTES_OF.search(text)  # `Minutes of the last meeting held on ...` names no body: not this meeting
    if m and _clean_body(m.group(1)):
        return m
    return UNNAMED_MINUTES.search(text)  # `Minutes of a meeting held on ...` under the body's own heading


# 'PLANNING COMMITTEE MEETING held at COUNCIL CHAMBER - ... on WEDNESDAY, 11 MARCH 2026 at 10.00 am' (Uttlesford's):
# the body, its meeting, where and when, with no 'minutes of'
# 'Minutes of Planning Committee Meeting of Mourne Valley District Council held on ...' (Northern Ireland's): the
# body's meeting, of its council
BODY_MEETING_OF_COUNCIL = re.compile(
    rf"\bminutes\s+of\s+(?:the\s+|an?\s+)?({NAMED_FIRST})\s+meeting\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w&'’-]*\s+){1,5}?(?:(?:City|County|Borough|District|Town|Parish)\s+)?Council\s+(held\b.{0,260})",
    re.I | re.S,
)
# (not 'Minutes of the Full Council Meeting held on ...', a heading the sentences of minutes are read by)
BODY_MEETING_HELD = re.compile(
    rf"^\W*(?!(?:draft\s+)?minutes?\b|notes\b|record\b)({NAMED_FIRST})\s+meeting\s+held\b(.{{0,260}})", re.I | re.S
)
# The words before `meeting of X held on ...` that make it an earlier meeting, not this one.
# (`Minutes of a Meeting of X held ...` heading a page is this meeting's own record.)
EARLIER_MEETING = re.compile(
    r"\b(?:confirm|approve|agree|sign|receive|note|adopt|accept|that)\s+(?:\w+\s+){0,4}?"
    r"(?:minutes?|record|notes)\s+of\s+(?:(?:the\s+)?proceedings\s+of\s+)?(?:the\s+|an?\s+|its\s+)?(?:\w+\s+)?$"
    r"|\b(?:minutes?|record|notes)\s+of\s+(?:the\s+|its\s+)?(?:last|previous|earlier|preceding)\s+$"
    r"|\b(?:last|previous|earlier|preceding)\s+$",
    re.I,
)


BODYS_MINUTES = re.compile(
    r"\bminutes\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?([A-Z][\w&' -]{1,60}?)\s+meeting\s+held\b", re.I
)


def _meetings_of(text: str) -> Iterable[re.Match[str]]:
    """Every `meeting of X ... held ...` in the text, overlapping: the sentence
    about an earlier meeting must not swallow the one about this meeting."""
    for at in re.finditer(r"\bmeeting\s+of\b", text, re.I):
        m = MEETING_OF.match(text, at.start())
        if m:
            yield m


def _body_of(text: str, m: re.Match[str]) -> str | None:
    """The body a `meeting of X held ...` names; 'the joint meeting of the Cabinet and the Scrutiny Committee'
    is both bodies meeting as one, under that name."""
    body = _clean_body(m.group(1))
    if body and re.search(r"\bjoint\s+$", text[max(0, m.start() - 8) : m.start()], re.I):
        return f"Joint Meeting of the {body}"
    return body


def _from_sentence(text: str) -> Meeting | None:
    """`... meeting of the County Council will be held in the Council Chamber,
    County Hall, Maidstone on Thursday, 9th January, 2025 at 10.00 am`, or
    `Meeting to be held in Civic Hall, Leeds on Tuesday, 21st January, 2025`.
    `To confirm the minutes of the meeting of Council held on ...` names an
    earlier meeting, not this one."""
    m = next((m for m in _meetings_of(text) if not EARLIER_MEETING.search(text[: m.start()])), None)
    if not m:
        h = MEETING_HELD.search(text)
        if not h:
            return None
        rest = h.group(1)
        return Meeting(body=None, date=iso_date(rest), time=hhmm(rest[:160]), venue=_venue_from(rest))
    body = _body_of(text, m)
    rest = m.group(2)
    return Meeting(body=body, date=iso_date(rest), time=hhmm(rest[:160]), venue=_venue_from(rest))


def _front_labels(front: list[Line]) -> Meeting:
    """Labelled front sheets: `Date:` / `Time:` / `Venue:`, or the label on
    its own line with the value under it (`Time and Date` / `2.00 pm on ...`)."""
    meeting = Meeting()
    filled = [ln for ln in front if ln.text.strip()]
    for k, line in enumerate(filled[:60]):
        issue = ISSUE_MEETING.match(tidy(line.text.replace("\t", " ")))
        if issue and not meeting.body:
            meeting.body = _clean_body(issue.group(2))
            meeting.date = meeting.date or _numeric_date(NUMERIC_DATE.match(issue.group(1)))  # type: ignore[arg-type]
            continue
        # ('Meeting<TAB>CABINET': a label and its value in the cells of a borderless table, no colon)
        b = BODY_LABEL.match(tidy(line.text.replace("\t", " "))) or BODY_LABEL.match(line.text.strip())
        if b and not meeting.body:
            meeting.body = _clean_body(b.group(1))  # `Meeting: Overview and Scrutiny Panel`
        m = LABEL.match(tidy(line.text) if "\t" not in line.text else line.text.split("\t")[0].strip())
        if not m:
            continue
        label = m.group(1).lower()
        value = m.group(3).strip()
        near = " ".join(ln.text for ln in filled[max(0, k - 2) : k + 3])
        if label == "date" and "meeting" not in line.text.lower() and LETTER_BLOCK.search(near):
            continue  # `Date: 3 May 2024` among `Contact:` / `Direct line:` is the letter's date, not the meeting's
        signed = any(SIGNATORY.match(ln.text) and len(ln.text.split()) <= 6 for ln in filled[max(0, k - 2) : k])
        if label == "date" and signed:
            continue  # 'J Potter' / 'Clerk to the Council' / 'Date: 7 April 2026': the day the summons was signed
        if "\t" in line.text and value:
            # 'Venue: Committee Rooms 1 & 2, Town Hall, Kingsland<TAB>Services' over 'Parade, Ravensgate<TAB>Tel: ...':
            # the value in the label's own cell, wrapped in it, a contact box's words beside it
            nxt = filled[k + 1].text.split("\t")[0].strip() if k + 1 < len(filled) else ""
            if label in VENUE_LABELS and nxt and not LABEL.match(nxt) and len(nxt) < 80 and not value.endswith("."):
                value = f"{value} {nxt}"
        elif "\t" in line.text:
            value = " ".join(line.text.split("\t")[1:])
            cell = line.text.split("\t")[1].strip()
            nxt = filled[k + 1].text.split("\t")[0].strip() if k + 1 < len(filled) else ""
            if cell.endswith(",") and nxt and not LABEL.match(nxt) and len(nxt) < 60:
                # 'Place:<TAB>Council Chamber, County Hall,<TAB>Email: ...' over 'Westgate, Winterbury': an address
                # wrapped in its cell, a contact box beside it
                value = f"{cell} {nxt}"
        if value and not m.group(2) and "\t" not in line.text:
            continue  # `Dates for your diary`, `Where the meeting ...`: not a label
        if not value and k + 1 < len(filled):
            value = filled[k + 1].text
            for nxt in filled[k + 2 : k + 5]:  # an address set out over lines: `The Guildhall,` / `Market Place`
                if not value.rstrip().endswith(",") or LABEL.match(nxt.text.strip()):
                    break
                value = f"{value.rstrip()} {nxt.text.strip()}"
        value = tidy(value)
        if not value:
            continue
        if "date" in label or label == "when":
            numeric = NUMERIC_DATE.search(value)
            meeting.date = meeting.date or iso_date(value) or (_numeric_date(numeric) if numeric else None)
        if "time" in label or label == "when":
            meeting.time = meeting.time or hhmm(value) or _bare_time(value)
        elif "date" in label and TIME.search(value):
            meeting.time = meeting.time or hhmm(value)  # 'Date of hearing: Tuesday 14 April 2026 at 10.00 am'
        if label in VENUE_LABELS:
            meeting.venue = meeting.venue or tidy(CONTACT_CUT.sub("", value))
    return meeting


VENUE_LABELS = ("venue", "place", "location", "where", "meeting venue", "held at")


TABLE_LABEL = re.compile(r"^(?:date|time|venue|place|location|meeting date|meeting time|meeting venue)$", re.I)
CELL_GAP = re.compile(r"\t+|\s{2,}|\s*\|\s*")


def _cells(text: str) -> list[tuple[int, str]]:
    """A table row's cells with where each starts (columns set out with
    spaces, tabs or markdown pipes)."""
    out, pos = [], 0
    for part in CELL_GAP.split(text.rstrip()):
        at = text.find(part, pos) if part else pos
        if part.strip():
            out.append((at, part.strip(" *_")))
        pos = at + len(part)
    return out


def _label_table(front: list[Line]) -> Meeting:
    """Date, time and venue set out as a table: a header row of labels only
    (`Date    Time    Venue`) over the row of values. Each value goes to the
    header it sits under (by column, or in order when the counts agree)."""
    meeting = Meeting()
    filled = [ln for ln in front if ln.text.strip() and not re.fullmatch(r"[\s|:\-]+", ln.text)]
    for k, line in enumerate(filled[:40]):
        head = _cells(line.text)
        if len(head) < 2 or not all(TABLE_LABEL.match(c) for _, c in head) or k + 1 >= len(filled):
            continue
        row = _cells(filled[k + 1].text)
        if len(row) == len(head):
            pairs = [(h, v) for (_, h), (_, v) in zip(head, row, strict=True)]
        else:  # a cell broken by spaces inside it: give each piece to the column it starts in
            pairs = []
            for at, v in row:
                h = max((c for c in head if c[0] <= at + 2), default=head[0], key=lambda c: c[0])[1]
                pairs.append((h, v))
        values: dict[str, str] = {}
        for h, v in pairs:
            key = h.lower().split()[-1]
            values[key] = f"{values[key]} {v}" if key in values else v
        meeting.date = iso_date(values.get("date", ""))
        meeting.time = hhmm(values.get("time", "")) or _bare_time(values.get("time", ""))
        venue = values.get("venue") or values.get("place") or values.get("location")
        meeting.venue = tidy(venue) if venue else None
        return meeting
    return meeting


def _numeric_date(m: re.Match[str]) -> str | None:
    """`03/04/2025` (or `03/04/25`) under a `Date:` label: day first, as UK councils print it."""
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    year = year + 2000 if year < 100 else year
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None


# A sentence's verb: `The Committee resolved:-` is a decision, not the body's name as a heading.
DECIDING = re.compile(
    r"\b(?:resolved|agreed|decided|noted|considered|received|recommended|approved|had|has|was|were|is|are|will)\b",
    re.I,
)
# A web page's links and file badges printed after a value: `Town Hall. View directions`, `pdf icon PDF 341 KB`.
PAGE_CHROME = re.compile(
    r"[\s.,;-]*\b(?:view|get|show)\s+(?:directions|map|location)\b.*$"
    r"|\s*\b(?:pdf|word|doc|docx|xls|xlsx)\s+icon\b.*$"
    r"|\s*\b(?:PDF|DOCX?|XLSX?|RTF|HTML)\s+\d[\d.,]*\s*[KMG]B\b.*$",
    re.I,
)


def without_page_chrome(text: str) -> str:
    """A value as the document states it, without the web page's link text after it."""
    return PAGE_CHROME.sub("", text).strip()


def _council_second_half(above: str, printed: str) -> bool:
    """'Harnwick' / 'DISTRICT COUNCIL': the second half of the council's name
    on a masthead, never a body's name."""
    # (not 'COUNCIL' under 'ELMSBOURNE BOROUGH COUNCIL': the council's meeting, under its whole name)
    return (
        bool(KIND_ALONE.fullmatch(printed))
        and not whole_name(above)
        and bool(whole_name(f"{above} {title_case(printed)}"))
    )


def _front_body(front: list[Line], council: str | None) -> str | None:
    """The body's name as a heading line near the top of the front sheet
    (`Cabinet`, `Children & Young People Overview and Scrutiny Committee`)."""
    above = ""  # the heading line before, when it may be the first half of the body's name
    previous = ""  # the line before, as printed
    for line in [ln for ln in _before_items(front) if ln.text.strip()][:15]:
        # ('To:<TAB>All Members of ...'; not the date set out beside it: '...Cabinet      8 September 2025')
        parts = re.split(r"\t|\s{3,}", line.text.strip())
        addressed = TO_MEMBERS_OF.match(" ".join(parts[:2]) if parts[0].endswith(":") else parts[0])
        if addressed and _body_like(addressed.group(1)) and not whole_name(addressed.group(1)):
            return title_case(addressed.group(1))  # 'To: All Members of the Cabinet': the summons' own body
        cells = [c for c in line.text.split("\t") if c.strip()]
        t = tidy(cells[0]) if cells else ""
        if len(cells) == 2 and not BODY_WORD.search(t) and BODY_WORD.search(cells[1]) and ":" not in line.text:
            t = tidy(cells[1])  # 'Wessex | Wessex Police and Crime Panel': a logo's word, the body beside it
        if _council_second_half(previous, t):
            above = previous = ""
            continue
        previous = t
        if NOTICE_OF_MEETING.fullmatch(t):
            above = ""
            continue  # 'NOTICE OF MEETING' over 'CARE SCRUTINY COMMITTEE': what the paper is, not half the name
        t = MINUTES_TAG.sub("", MEETING_WORDS.sub("", t))  # ('CABINET AGENDA': the body, then what the paper is)
        if not t or len(t.split()) > 12 or _not_a_body(t) or DATE.search(t) or re.search(r"\d|:", t):
            above = ""
            continue
        # 'GROWTH, ECONOMIC DEVELOPMENT AND COMMUNITIES' / 'CABINET COMMITTEE': a name in capitals over two lines
        whole = f"{above} {t}" if above and t.isupper() and not BODY_WORD.search(above) else t
        above = t if t.isupper() and len(t.split()) <= 8 and not list(council_names(t)) else ""
        t = whole
        if re.match(r"^(?:to|dear|from|for)\b", t, re.I) or PERSON_AND_JOB.match(t) or TITLED.match(t):
            continue  # 'Imogen Salter, Scrutiny Officer': who to ask; 'Councillor A Price (Leader': a member
        if council and t.lower() == council.lower():
            continue
        if _councils_name(t):
            continue  # the council's masthead, in English or Welsh ('CYNGOR SIR CAERWYDD')
        if BODY_WORD.search(t) and t[0].isupper() and not DECIDING.search(t):
            return title_case(t)
    return None


TO_MEMBERS_OF = re.compile(r"^\W*to\s*:?\s*(?:all\s+)?(?:the\s+)?members\s+of\s+(?:the\s+)?(.{2,80}?)\W*$", re.I)
TITLED = re.compile(r"^(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]")  # a member of it, not the body
PERSON_AND_JOB = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][\w'’-]+,\s+\S")
# Where a front sheet's heading ends and its list of items begins: a bare item number (`1.` on its own
# line, as a web page's table of items reads), an `Items` / `No. Item` table header, or a numbered
# opening item (`1. Apologies for absence`). A date below it belongs to an item (`To confirm the minutes
# of the meeting held on ...`), not to the meeting.
FIRST_ITEM = re.compile(
    r"^\W{0,4}\d{1,3}[.)]?\W{0,2}$|^\W*(?:no\.?\s+)?items?\W*(?:no\.?\s+item)?\W*$|^\W*no\.?[\s|]+item\b"
    r"|^\W{0,4}\d{1,3}[.)]?\s+(?:apolog|declarations?\s+of|minutes\b|to\s+(?:confirm|approve|receive)\b)",
    re.I,
)


def _before_items(front: list[Line]) -> list[Line]:
    """The front sheet's heading: its lines before the first agenda item. A
    bare number among the first lines is a stray page number, not an item."""
    filled = 0
    for k, line in enumerate(front):
        t = line.text.strip()
        if not t:
            continue
        filled += 1
        if FIRST_ITEM.match(t) and not (filled <= 3 and re.fullmatch(r"\W{0,4}\d{1,3}\W{0,2}", t)):
            return front[:k]
    return front


# The words before a date that make it an earlier meeting's (`To confirm the minutes of the meeting held on X`,
# `the public minutes and summary of the meeting held on X`) or a period's (`meetings held between X - Y`).
EARLIER_DATE = re.compile(
    r"\b(?:confirm|approve|agree|sign|receive|note|adopt|accept|that|submitted)\b[^.]{0,100}?\bminutes\b[^.]{0,100}?"
    rf"\bheld\s+(?:on\s+)?(?:the\s+)?(?:{WEEKDAY},?\s+)?$"
    r"|\bminutes\s+of\s+(?:the\s+|its\s+)?(?:last|previous|earlier|preceding)\b[^.]{0,80}$"
    r"|\b(?:between|since|from)\s+(?:the\s+)?(?:[^.]{0,40}?\d{4}\s*(?:[-–—]|to|and)\s*)?$",
    re.I,
)


# A ModernGov page for one agenda item (`Agenda item` / `Minutes` / `To agree the minutes of ...`).
ONE_ITEM_PAGE = re.compile(r"^\W*agenda\s+item\W*$", re.I)


def _front_date_time(front: list[Line]) -> tuple[str | None, str | None, int | None]:
    """The first date printed on the front sheet (its lines joined, so a
    date broken over lines still reads) and the time printed beside it."""
    filled = [ln for ln in _before_items(front) if ln.text.strip()][:40]
    # a contact box set beside the date ('Wednesday, 13th November, Ask for: ...' / '2024, at 10.00 am'): left out
    text = " ".join(tidy(CONTACT_CUT.sub("", ln.text)) for ln in filled)
    if filled and ONE_ITEM_PAGE.match(filled[0].text):
        return None, None, None  # one item's web page: its dates are the item's business, not the meeting's
    dates = (m for m in DATE.finditer(text) if not EARLIER_DATE.search(text[max(0, m.start() - 200) : m.start()]))
    m = next(dates, None)
    if not m:
        return None, None, None
    near = text[max(0, m.start() - 40) : m.end() + 40]
    time = hhmm(near) if TIME.search(near) else None
    return iso_date(m.group(0)), time, m.end()


def _place_before_date(block: list[Line]) -> str | None:
    """Scottish minutes open with where and when, then what: 'Town House, ABERDEEN, 25 November 2025. Minute
    of Meeting of the ...': the place is the words before the date."""
    for line in [ln for ln in block if ln.text.strip()][:10]:
        m = DATE.search(line.text)
        if m and re.match(r"\.\s+minutes?\s+of\s+meeting\b", line.text[m.end() :], re.I):
            place = line.text[: m.start()].strip(" ,")
            if 3 <= len(place) <= 80 and "." not in place:
                return ", ".join(title_case(p.strip()) for p in place.split(","))
    return None


def _venue_on_date_line(front: list[Line]) -> str | None:
    """`TUESDAY, 14 JANUARY 2025 AT 10:00 HOURS IN COMMITTEE ROOMS 3 & 4, COUNCIL HOUSE`."""
    for line in [ln for ln in front if ln.text.strip()][:20]:
        m = DATE.search(line.text)
        if m:
            return _venue_from(line.text[m.end() :])
    return None


# a building's name broken over a line: 'County' / 'Hall', 'Civic' / 'Centre', 'Council' / 'Offices'
BUILDING_FIRST_HALF = re.compile(r"\b(?:County|Town|Civic|City|Guild|Council|Village|Community|Municipal|Shire)$")
BUILDING_SECOND_HALF = re.compile(r"(?:Hall|Centre|Center|Offices|House|Buildings|Chambers?)\b")


def _front_venue(front: list[Line]) -> str | None:
    """An unlabelled venue: the lines right under the date line that name a
    room or hall (`Council Chamber, Sessions House,` / `County Hall, Maidstone`)."""
    filled = [ln for ln in front if ln.text.strip()][:20]
    for k, line in enumerate(filled):
        before = CONTACT_CUT.sub("", filled[k - 1].text) if k else ""
        if not DATE.search(line.text) and not DATE.search(f"{before} {CONTACT_CUT.sub('', line.text)}"):
            continue  # the date line, or the line a date broken over two lines ends on
        parts: list[str] = []
        for nxt in filled[k + 1 : k + 5]:
            cut = CONTACT_CUT.sub("", nxt.text.split("\t")[0]).strip()
            t = tidy(cut)
            if not parts and TIME.search(t) and len(t) < 25:
                continue  # `7.00 pm` printed between the date and the place
            if not parts and DATE.search(t) and iso_date(t) == iso_date(line.text):
                continue  # the same date again in the other language: 'Dydd Iau, 22 Ionawr 2026' / 'Thursday, ...'
            if not t or "@" in t or re.match(r"^[\d\s]+$", t):
                break
            if not parts and not VENUE_WORDS.search(t):
                break
            parts.append(t)
            below = (
                tidy(CONTACT_CUT.sub("", filled[k + 1 + len(parts)].text.split("\t")[0]))
                if k + 1 + len(parts) < len(filled)
                else ""
            )
            if BUILDING_FIRST_HALF.search(t) and BUILDING_SECOND_HALF.match(below):
                parts[-1] = f"{t} {below}"  # 'Sessions House, County' / 'Hall, Maidstone': a building's name wrapped
                break
            if not cut.endswith(","):
                break
        if parts:
            venue = ", ".join(p.rstrip(",") for p in parts)
            venue = re.sub(r"^(?:[ap]\.?m\.?|hours|hrs)\s+", "", venue, flags=re.I)  # 'at 7.00' / 'pm in Room 1'
            return title_case(re.sub(r"^(?:in|at)\s+(?:the\s+)?", "", venue, flags=re.I))  # `in the Jubilee Room, ...`
        # (a running header's date over the masthead: 'POLICY & RESOURCES COMMITTEE<TAB>12 MARCH 2026' / ... /
        # '4.00pm 12 MARCH 2026' / 'COUNCIL CHAMBER, WYKE TOWN HALL': the place is under the heading's own date)
    return None


def _minutes_meeting(block: list[Line]) -> Meeting:
    """The meeting a set of minutes records, from its heading: `Minutes of the
    Meeting of Cabinet held at 2.00 pm on Tuesday, 8 October 2019`, or a body
    line, a date line and `Minutes` (Warwickshire), or `X Community Council
    held their meeting remotely via Zoom at 7.30pm on the 10th June 2020`; a
    Welsh council's 'Chamber, County Hall, X and remotely: 10.00 am - 1.15 pm'
    under the attendance gives the place and the hour where the heading does not."""
    meeting = _heading_of_minutes(block)
    if meeting.venue is None or meeting.time is None:
        venue, time = _held_at(block)
        meeting.venue, meeting.time = meeting.venue or venue, meeting.time or time
    if meeting.venue is None or meeting.time is None:
        said = next(
            (
                m
                for ln in block[:60]
                if (":" in ln.text or " - " in ln.text) and (m := PLACE_AND_HOURS.match(tidy(ln.text)))
            ),
            None,
        )
        if said and VENUE_WORDS.search(said.group("place")):
            meeting.venue = meeting.venue or said.group("place")
            meeting.time = meeting.time or hhmm(said.group("hour"))
    return meeting


HELD_AT = re.compile(
    r"^\W*held\s+(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][^.;]{3,100}?)\s+(?:at|from)\s+"
    r"(?P<hour>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\W*$",
    re.I,
)


def _held_at(block: list[Line]) -> tuple[str | None, str | None]:
    """(venue, time) from 'Held in the Council Chamber, Hexbridge House at 6.00 pm' under a heading that prints no
    date (the running header does)."""
    held = next((m for ln in block[:12] if "eld" in ln.text and (m := HELD_AT.match(tidy(ln.text)))), None)
    if held is None:
        # 'HELD AT COUNCIL CHAMBER, COUNTY HALL, LLANFAIR / VIRTUAL' / 'MEETING' / 'ON THURSDAY, 12 MARCH 2026 AT
        # 10.00 AM': the phrase wrapped over the heading's lines, the day after the place
        at = next((k for k, ln in enumerate(block[:12]) if re.match(r"^\W*held\s+(?:in|at)\s", ln.text, re.I)), None)
        text = tidy(" ".join(ln.text for ln in block[at : at + 3])) if at is not None else ""
        venue = _venue_from(text) if text else None
        return (title_case(venue), hhmm(text)) if venue else (None, None)
    return _venue_from(f"in {held.group('place')}"), hhmm(held.group("hour"))


# 'Chamber, County Hall, Llanwerydd and remotely: 10.00 am - 1.15 pm': where, and from when to when
PLACE_AND_HOURS = re.compile(
    # (or a dash before the hours: 'Chamber - County Hall, Carmarthen. SA31 1JP and remotely - 10.00 am - 11.35 am')
    r"^(?P<place>[A-Z][^:]{3,100}?)(?:\s+and\s+(?:remotely|virtually|online))?(?:\s*:|\s+[-–])\s*"
    r"(?P<hour>\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)\s*[-–—]\s*\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\s*$",
    re.I,
)


def _heading_of_minutes(block: list[Line]) -> Meeting:
    filled = [ln for ln in block if ln.text.strip()][:12]
    said = _heading_sentence(block)
    if said is not None:
        said.body = said.body or _heading_meeting(filled).body  # `CABINET` / `Minutes of a meeting held on ...`
        return said
    text = tidy(" ".join(ln.text.strip() for ln in filled))
    # (the heading is above the attendance list: 'The minutes of the meeting of the Cabinet held on 11 November' in
    # the first minute, under 'CABINET' / 'Tuesday, 9 December 2025' / 'Present: ...', is an earlier meeting's)
    body_at = next((k for k, ln in enumerate(filled) if k and BODY_OF_DOCUMENT.match(ln.text)), None)
    heading_end = len(tidy(" ".join(ln.text.strip() for ln in filled[:body_at]))) if body_at else len(text)
    # `RESOLVED: That the Minutes of the meeting of the Council held on ...` names an earlier meeting
    m = next(
        (m for m in _meetings_of(text) if m.start() < heading_end and not EARLIER_MEETING.search(text[: m.start()])),
        None,
    )
    if m:
        rest = m.group(2)
        head = re.split(r"\.\s", rest)[0]  # this sentence only; `7.00 pm` keeps its dot
        return Meeting(
            body=_body_of(text, m),
            date=iso_date(rest[:160]),
            time=hhmm(head[:60]),
            venue=_venue_from(rest[:200]),
        )
    for line in filled[:4]:
        h = HELD_SENTENCE.match(tidy(line.text))
        if h:
            rest = h.group(2)
            subject = h.group(1)
            body = _council_meeting(tidy(subject)) if re.search(r"\bcouncil$", subject, re.I) else _clean_body(subject)
            venue = _venue_from(rest) or _remote_venue(rest)
            return Meeting(body=body, date=iso_date(rest), time=hhmm(rest), venue=venue)
    return _heading_meeting(filled)


# Where a heading sentence's paragraph ends: an attendance or other label, a list of councillors.
PARAGRAPH_END = re.compile(
    # (a label's colon, not an hour's: 'March 2026 at 10:00 am at Endeavour House' goes on with the sentence)
    r"^\W*(?:[A-Za-z][\w' /-]{0,40}:(?!\d)|(?:present|sederunt|apologies|attendance|in attendance|also present)\b|"
    # ('Board members present' as a heading of its own over the attendance table)
    r"(?:councillors?|cllrs?)\b|[A-Za-z][\w' ]{0,30}\bpresent\W*$)",
    re.I,
)


# The first line of a document's body under its heading: an attendance list or a numbered item.
BODY_OF_DOCUMENT = re.compile(
    r"^\W*(?:[^/:]{2,30}/\s*)?(?:p\s?r\s?e\s?s\s?e\s?n\s?t|sederunt|attendance(?!\s+details)|in attendance|apologies|"
    # (a numbered item, not a date on a line of its own: '21 January 2026' under a 'Date' label)
    # (nor a page's reference in a year's minute book: '2026 F.C. 45')
    r"(?:councillors|members)\s+present)\b|^(?!\W{0,4}(?:19|20)\d{2}\s+[A-Z][A-Z.]{0,5}\s+\d{1,4}\s*$)"
    r"\W{0,4}\d{1,4}[.)]?\s+(?!" + MONTH + r"\b)[A-Za-z]",
    re.I,
)


def _heading_sentence(block: list[Line]) -> Meeting | None:
    """`Minutes of the meeting of X held on <date> at <time> at/in <venue>`
    read from its own paragraph: the lines from the one naming the meeting to
    a blank line, the end of the sentence or the next label (`Present:`), so
    neither the time nor the venue is looked for in the attendance list under
    it, and a time after a long venue (`held in <venue> on <date> at 6.30
    p.m.`) is still read."""
    lines = block[:40]
    for k, line in enumerate(lines):
        if BODY_OF_DOCUMENT.match(line.text):
            break  # past the heading: a minute there (`minutes of the meeting held on ...`) is another meeting
        if not re.search(r"meeting|minutes", line.text, re.I):
            continue
        parts = [line.text.strip()]
        # a heading may be set out one phrase a line: `CABINET` / `held on ...` / `at 7.00 pm` / `in ...`
        for nxt in lines[k + 1 : k + 7]:
            t = nxt.text.strip()
            first = t.split("\t")[0].strip()
            if "\t" in t and parts[-1].endswith(",") and len(first) >= 20 and not PARAGRAPH_END.match(first):
                parts.append(first)  # '... held at the Council Offices,' / 'Whitcombe on Monday, ...<TAB>DUNSGATE': a
                break  # logo's line beside the sentence's last
            if not t or parts[-1].endswith(".") or PARAGRAPH_END.match(t) or "\t" in t or HOSTED_BY.match(t):
                # a table row ('Panel Members<TAB>Councillor ...') is never the heading's sentence, nor
                # 'Administered by X Council on behalf of ...' under it
                break
            parts.append(t)
        text = tidy(" ".join(parts))
        m = _meeting_sentence(text)
        own = MINUTE_OF_COUNCIL.search(text) if not m else None
        if own and iso_date(text[: own.start()]):
            # 'DUNMORE, 4 March 2026. Minute of Meeting of DUNMORE CITY COUNCIL.': Aberdeen's heading, the
            # council itself meeting
            return Meeting(body="Council", date=iso_date(text[: own.start()]), time=None, venue=None)
        if not m:
            continue
        rest = m.group(2)
        # this sentence only; `7.00 pm` and `6.30 p.m.` keep their dots
        # (and 'St. Peter's Square' its dot: an abbreviation, no sentence's end)
        head = re.split(r"(?<![ap]\.m)(?<!\b[ap])(?<!\bSt)\.\s", rest)[0]
        venue = _venue_from(head)  # ('... held at COUNCIL CHAMBER - COUNCIL OFFICES, ... on WEDNESDAY, ...')
        return Meeting(
            body=_body_of(text, m), date=iso_date(head), time=hhmm(head), venue=title_case(venue) if venue else None
        )
    return None


def _before_attendance(block: list[Line]) -> list[Line]:
    """The heading of a set of minutes: its lines before the attendance list or the first minute."""
    for k, line in enumerate(block[:60]):
        if BODY_OF_DOCUMENT.match(line.text):
            return block[:k]
    return block[:20]


# 'Finance Committee — Minutes', 'Cabinet – Record of Decisions': what the paper is, after the body's name
MINUTES_TAG = re.compile(
    r"\s*[-–—:|]\s*(?:(?:draft\s+)?minutes|record\s+of\s+(?:executive\s+)?decisions|decision\s+(?:notice|list))$"
    r"|^(?:draft\s+)?minutes\s*[-–—:|]\s*"
    # ('CABINET AGENDA' as a front sheet's title: the body, then what the paper is)
    r"|(?<=[A-Za-z])\s+(?-i:AGENDA|Agenda)$",
    re.I,
)
# `MINUTES OF THE HEALTH AND WELLBEING BOARD`, `MINUTES OF THE MEETING OF THE COUNCIL` as a heading line
# of its own (the date on the next line, no `held`): the words after it are the body's name.
MINUTES_OF_HEADING = re.compile(
    r"^\W*(?:draft\s+)?minutes\s+of\s+(?:an?\s+|the\s+)?(?:(?:special|extraordinary|ordinary|annual)\s+)?"
    r"(?:meeting\s+of\s+(?:the\s+)?)?(?=\S)",
    re.I,
)


# a CMIS page's title: 'Meeting of Licensing and Public Protection Committee, Tuesday 18 November 2025 2.00 pm'
MEETING_OF_DATED = re.compile(rf"^\W*meeting\s+of\s+(?:the\s+)?(.{{2,80}}?)\s*,?\s*(?:on\s+)?(?:{WEEKDAY}\W*)?$", re.I)
MINUTES_OF_DATED = re.compile(
    rf"^\W*minutes\s+of\s+(?:an?\s+|the\s+)?(.{{2,80}}?)\s+meeting\b\W*(?:held\s+)?(?:on\s+)?(?:the\s+)?(?:{WEEKDAY}\W*)?$",
    re.I,
)


def _body_like(text: str) -> bool:
    return bool(BODY_WORD.search(text)) and not _not_a_body(text) and len(text.split()) <= 12


BODY_MEETING_DATED = re.compile(r"^\W*([A-Z][\w&,' -]{2,80}?)\s+meeting\s*[:\-–—]\s*$", re.I)
# ('Adult Social Care Scrutiny Committee – minutes – 24 February 2026': a CMS page's title, the dashes round the word)
BODY_MINUTES_DATED = re.compile(r"^\W*([A-Z][\w&,' -]{2,80}?)(?:\s+[-–—])?\s+minutes\s*[:\-–—]?\s*$", re.I)


def _heading_meeting(filled: list[Line]) -> Meeting:
    """A body line and a date line at the head of a document (`COUNTY
    COUNCIL` / `Thursday 13 March 2025`)."""
    meeting = Meeting()
    # 'Safer Calderholme Partnership' / ... / 'Calderholme Community Safety Partnership Board' / 'Minutes of the
    # meeting': the body is the one named right over the word 'Minutes', not a brand above it
    for k in range(1, min(6, len(filled))):
        if BODY_OF_DOCUMENT.match(filled[k].text):
            break
        above = MEETING_WORDS.sub("", tidy(filled[k - 1].text))
        sentence_end = re.match(r"[a-z]", above) or above.endswith(".")  # '... and administered by X Council.'
        if (
            MINUTES_WORD.match(filled[k].text)
            and "\t" not in filled[k - 1].text
            and _body_like(above)
            and not sentence_end
        ):
            if k > 1 and _council_second_half(tidy(filled[k - 2].text), tidy(filled[k - 1].text)):
                continue  # 'Marshbourne' / 'District Council' / 'Minutes' / 'Cabinet': the body is under the word
            if not whole_name(above):
                meeting.body = title_case(above)
            break
    for k, line in enumerate(filled[:6]):
        if BODY_OF_DOCUMENT.match(line.text):
            break  # the attendance list or the first minute: no heading below it
        if "\t" in line.text and not re.search(r"\w", line.text.split("\t")[0]):
            continue  # a logo: a mark in a cell of its own beside words ('◆ | District Council')
        cells = re.split(r"\t|\s+\|\s+", line.text.strip())
        if len(cells) > 1 and _councils_name(tidy(cells[0])):
            continue  # a masthead strip: 'BRACKWELL BOROUGH COUNCIL | Democratic Services<TAB>Host authority ...'
        t = tidy(line.text)
        beside = tidy(cells[1]) if len(cells) == 2 else ""
        if (
            beside
            and _body_like(tidy(cells[0]))
            and (re.fullmatch(r"[A-Z][\w'’-]+", beside) or whole_name(beside) or WELSH_COUNCIL.match(beside))
        ):
            # 'Council<TAB>Swaleford', 'COUNTY COUNCIL<TAB>Cyngor Sir Caerwen': the body, a logo's place name or the
            # council's own in a cell beside it
            t = tidy(cells[0])
        # the end of a sentence ('and administered by Brackwell Borough Council.') is no body's heading
        sentence_end = bool(re.match(r"[a-z]", t) or (t.endswith(".") and len(t) > 40))
        if ends_on_joining_word(t) and k + 1 < len(filled) and "\t" not in filled[k + 1].text:
            t = f"{t} {tidy(filled[k + 1].text)}"  # 'Joint Health ... Committee – Lindmoor and' / 'Castlebury'
        elif k + 1 < len(filled) and (rest := _rest_before_acronym(t, tidy(filled[k + 1].text))):
            t = f"{t} {rest}"  # '... Standing Advisory Council on Religious' / 'Education (SACRE)'
        elif (
            k + 1 < len(filled)
            and re.fullmatch(r"\([^()]{3,80}\)", below := tidy(filled[k + 1].text))
            and not PRINTING_NOTE.fullmatch(below)
        ):
            t = f"{t} {below}"  # 'JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE' / '(NORTH WEALDSHIRE, HARTMOOR ...)'
        how_met = HOW_MET_HEADING.match(t) if not meeting.body else None
        if how_met and (
            _body_like(how_met.group("b")) or whole_name(re.sub(r"^the\s+", "", how_met.group("b"), flags=re.I))
        ):
            # 'THE KINFORTH COUNCIL – BALMERIE – HYBRID MEETING' over 'Kinforth House – Main Building' (Fife's): the
            # body, the town, how it met; the building on the line below
            named = re.sub(r"^the\s+", "", how_met.group("b"), flags=re.I)
            meeting.body = "Council" if whole_name(named) else title_case(how_met.group("b"))
            below = tidy(filled[k + 1].text) if k + 1 < len(filled) else ""
            if below and "\t" not in filled[k + 1].text and not DATE.search(below) and VENUE_WORDS.search(below):
                meeting.venue = below if len(below) <= 80 else None
            continue
        dashed = COUNCIL_DASH_BODY.match(t) if not meeting.body and "council" in t.lower() else None
        if (
            dashed
            and whole_name(re.sub(r"^the\s+", "", dashed.group("c"), flags=re.I))
            and _body_like(dashed.group("b"))
        ):
            meeting.body = title_case(dashed.group("b"))  # 'THE FORTHSHIRE COUNCIL - CABINET COMMITTEE': the council's
            continue
        issue = ISSUE_MEETING.match(t)
        if issue:  # `Made at meeting: 19/01/2023 - Council`
            meeting.body = meeting.body or _clean_body(issue.group(2))
            meeting.date = meeting.date or _numeric_date(NUMERIC_DATE.match(issue.group(1)))  # type: ignore[arg-type]
            continue
        label = BODY_LABEL.match(t)
        t = label.group(1) if label else t  # `Decision Maker: Council`
        t = MINUTES_TAG.sub("", t)  # `Finance Committee — Minutes`, `Minutes: Finance Committee`
        if not DATE.search(t) and not re.search(r"\bheld\b", t, re.I):
            t = MINUTES_OF_HEADING.sub("", t)  # `MINUTES OF THE MEETING OF THE COUNCIL` -> `COUNCIL`
        numeric = NUMERIC_DATE.match(t.strip()) if not meeting.date and not DATE.search(t) else None
        if numeric and len(t) < 60 and (when := _numeric_date(numeric)):  # `24/02/2014 at 6:30 pm` heading a page
            meeting.date, meeting.time = when, hhmm(t[numeric.end() :])
            continue
        if not meeting.date and DATE.search(t):
            meeting.date = iso_date(t)
            meeting.time = hhmm(t)
            meeting.venue = (
                _venue_from(t) or meeting.venue
            )  # 'Meeting held on Tuesday 16 September 2025 at 2.00 pm, Shire Hall'
            # ('Thursday, 15 January 2026, County Hall, Sevminster - 10.00 am': the place after the date's comma)
            place = PLACE_AFTER_DATE.match(t, DATE.search(t).end())
            if not meeting.venue and place and VENUE_WORDS.search(place.group("v")):
                meeting.venue = place.group("v")
            before = t[: DATE.search(t).start()]
            # `Minutes of the Town Council Meeting 27th April 2021`, `Health and Wellbeing Board minutes: 11 June 2024`
            named = MINUTES_OF_DATED.match(before) or BODY_MINUTES_DATED.match(before) or MEETING_OF_DATED.match(before)
            named = named or BODY_MEETING_DATED.match(before)  # 'COUNTY COUNCIL MEETING – 19 MARCH 2026'
            if named and not meeting.body:
                meeting.body = _clean_body(named.group(1))
        elif meeting.time is None and DATE.search(t) and iso_date(t) == meeting.date and hhmm(t):
            # 'Council - 21 January 2026' (a running header's first printing) over 'Wednesday 21 January 2026 at
            # 7.30 pm, Council Chamber, Town Hall': the same day, with its hour and place
            meeting.time, meeting.venue = hhmm(t), meeting.venue or _venue_from(t)
        elif not meeting.body and not sentence_end and (t := MEETING_WORDS.sub("", t)) and _body_like(t):
            # ('Harnwick' / 'DISTRICT COUNCIL': the second half of the council's name on a masthead, not a body)
            above = tidy(filled[k - 1].text) if k else ""
            printed = tidy(line.text)
            if not _councils_name(t) and not _council_second_half(above, printed):
                meeting.body = title_case(t)
    return meeting


# 'THE KINFORTH COUNCIL – BALMERIE – HYBRID MEETING', 'CABINET COMMITTEE - GLENROTHES - BLENDED MEETING'
HOW_MET_HEADING = re.compile(
    r"^\W*(?P<b>[A-Z][^\d–—]{2,80}?)\s+[-–—]\s+(?P<p>[A-Z][\w'’ ]{2,40}?)\s+[-–—]\s+"
    r"(?:hybrid|blended|remote|virtual|multi-?location)\s+meeting\W*$",
    re.I,
)
# 'THE FORTHSHIRE COUNCIL - CABINET COMMITTEE': the council, a dash, its body
COUNCIL_DASH_BODY = re.compile(r"^\W*(?P<c>.{3,80}?\bcouncil)\s+[-–—]\s+(?P<b>[^\d]{3,80}?)\W*$", re.I)


def _rest_before_acronym(text: str, below: str) -> str | None:
    """A heading broken before its last words, which its acronym follows on the line below ('Thornbury Vale
    Standing Advisory Council on Religious' / 'Education (SACRE)'): those words, where the acronym's letters are
    the initials the whole name ends with."""
    m = re.fullmatch(r"(?P<w>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4})\s*\((?P<a>[A-Z]{3,8})\)", below)
    if not m or text.endswith((".", ":", ")")):
        return None
    initials = "".join(w[0] for w in f"{text} {m.group('w')}".split() if w[:1].isupper())
    return m.group("w") if initials.endswith(m.group("a")) else None


def _councils_name(text: str) -> bool:
    """The text is a council's name and nothing more, in English or in Welsh ('CYNGOR SIR DYFNANT'), or in both
    ('TYWI COUNTY COUNCIL / CYNGOR SIR TYWI')."""
    if " / " in text:
        return all(_councils_name(half.strip()) for half in text.split(" / ", 1))
    if SHARED_COUNCILS.fullmatch(text.strip()):
        return True  # 'Adur & Worthing Councils': two councils' shared services under one name
    return bool(whole_name(text) or (("YNGOR" in text or "yngor" in text) and welsh_whole_name(text)))


def _remote_venue(text: str) -> str | None:
    m = re.search(r"\b((?:remotely|virtually|online)\s+(?:via|on|using|by)\s+(?:microsoft\s+)?\w+)", text, re.I)
    return m.group(1) if m else None


HOW_IT_MET = re.compile(r"^(?:multi-?location|hybrid|blended|remote|virtual)\s+meeting\s*[–—-]\s*", re.I)
SHARED_COUNCILS = re.compile(r"[A-Z][\w'’ -]{2,40}\s+(?:&|and)\s+[A-Z][\w'’ -]{2,40}\s+Councils")
COVER_BODY = re.compile(r"^[A-Z][\w’'&,\- ]{2,70}\b(?:Committee|Cabinet|Board|Panel|Forum|Commission)$")
REPORT_TO = re.compile(r"\W*(?:report\s+)?to\s*:?", re.I)
DATE_LABEL = re.compile(r"(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?\s*:?", re.I)  # 'Date of meeting:'
REPORT_TO_BODY = re.compile(r"\W*report\s+to\s+(?:the\s+)?([A-Z][\w&'’ -]{2,60}?)\W*", re.I)


def _body_dash_date(block: list[Line]) -> tuple[str, str | None, str | None] | None:
    """`COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025` near the top, or a
    report's `To: Cabinet, 30 January 2025`: (body, date)."""
    filled = list(itertools.islice((ln for ln in block if ln.text.strip()), 15))
    for k, line in enumerate(filled):
        text = re.sub(r"^\W*to\s*:\s*", "", line.text.replace("\t", " "), flags=re.I)
        cells = [c.strip() for c in line.text.split("\t")]
        addressed = REPORT_TO_BODY.fullmatch(tidy(line.text))
        if addressed and k + 1 < len(filled) and DATE_ONLY.fullmatch(tidy(filled[k + 1].text)):
            text = f"{addressed.group(1)}, {tidy(filled[k + 1].text)}"  # 'Report to Cabinet' over '10 June 2025'
        elif addressed and k + 1 < len(filled) and len(dated_row := filled[k + 1].text.split("\t")) == 2:
            if DATE_LABEL.fullmatch(dated_row[0].strip()) and DATE_ONLY.fullmatch(tidy(dated_row[1])):
                text = f"{addressed.group(1)}, {tidy(dated_row[1])}"  # ... over 'Date of meeting:<TAB>15 July 2025'
        if len(cells) == 2 and _councils_name(tidy(cells[0])):
            text = cells[1]  # 'Brackenshire County Council<TAB>County Council – 19 March 2026': a running header
        dated = next((k for k, c in enumerate(cells) if DATE_LABEL.fullmatch(c)), None)
        if REPORT_TO.fullmatch(cells[0]) and dated and dated + 1 < len(cells):
            text = f"{cells[1]}, {cells[dated + 1]}"  # a report's header table: 'Report to: | Cabinet | Date: | ...'
        below = filled[k + 1].text.split("\t") if k + 1 < len(filled) else []
        if (
            len(cells) == 1
            and not addressed  # ('Report to Cabinet' over 'Date of meeting: ...': read above, the body alone)
            and len(below) == 2
            and COVER_BODY.search(cells[0])
            and not _councils_name(tidy(cells[0]))
            and DATE_LABEL.fullmatch(below[0].strip())
            and DATE_ONLY.fullmatch(tidy(below[1]))
        ):
            text = f"{cells[0]}, {tidy(below[1])}"  # a report's cover: 'Children’s Scrutiny Committee' over 'Date: ...'
        if (
            len(cells) == 2
            and REPORT_TO.fullmatch(cells[0])
            and cells[0].rstrip().endswith(":")
            and len(below) == 2
            and DATE_LABEL.fullmatch(below[0].strip())
            and DATE_ONLY.fullmatch(tidy(below[1]))
        ):
            text = f"{cells[1]}, {tidy(below[1])}"  # a report's cover rows: 'Report to:<TAB>Cabinet' / 'Date:<TAB>...'
        # ('Licensing Committee – 21 January 2026: minutes': a web page's title, what the page is after the date)
        h = BODY_DASH_DATE.match(re.sub(r"\s*[:–—-]\s*(?:draft\s+)?minutes\s*$", "", tidy(text), flags=re.I))
        if h and re.search(r"\b(?:minutes|held|meeting\s+of)\b", h.group(1), re.I):
            continue  # `Minutes of the meeting of Full Council held on Tuesday, 1 April ...`: a sentence, not a heading
        if h and SIGNATORY.match(h.group(1)):
            continue  # 'Clerk to the Council, 5 January 2026': who signed the summons, and when
        if h and _clean_body(h.group(1)):
            when = h.group(3) or ""
            return _clean_body(h.group(1)) or "", iso_date(h.group(2), numeric=True), hhmm(when) or _bare_time(when)
    return None


def _started_at(block: list[Line]) -> str | None:
    """'[The meeting started at 10.00 am and finished at 10.52 am]' at the end, 'Commenced 10.00 am' under the
    heading: when a set of minutes that prints no time in its heading began."""
    # (where minutes say it: under the heading, or in their closing lines)
    text = "\n".join(ln.text for ln in (block if len(block) <= 120 else block[:60] + block[-60:]))
    started = MEETING_STARTED.search(text)
    if started:
        return hhmm(started.group(1))
    clock = STARTED_24_HOUR.search(text)
    if clock:
        return f"{clock.group(1)}:{clock.group(2)}"
    # a minute of its own at the end: 'DURATION OF MEETING' over '6.00 p.m. to 8.47 p.m.'
    duration = DURATION.search(text)
    if duration is None:
        return None
    span = re.search(
        r"(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?)\s*(?:to|until|[-–])\s*\d",
        text[duration.end() : duration.end() + 120],
        re.I,
    )
    return hhmm(span.group(1)) if span else None


DURATION = re.compile(r"^\W*(?:\d{1,4}\.?\s+)?duration\s+of\s+(?:the\s+)?meeting\b", re.I | re.M)


def _bare_time(text: str) -> str | None:
    m = BARE_24H.match(text)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else None


def _slice(lines: list[Line], seg: Segment) -> list[Line]:
    first = lines[0].number
    return lines[seg.start.line - first : seg.end.line - first + 1]


def extract_meeting(lines: list[Line], segments: list[Segment]) -> tuple[str | None, Meeting]:
    """(council, meeting). The meeting is the front sheet's; for stand-alone
    minutes, the meeting they record. A document that is neither gives
    (None, Meeting()) rather than a guess."""
    if not lines or not segments:
        return None, Meeting()
    first = segments[0]
    opening = next((s for s in segments if s.kind != "other"), first)
    leading = sum(1 for ln in lines if ln.text.strip() and ln.number < opening.start.line)
    if first.kind == "other" and opening.kind in ("agenda", "minutes", "report") and leading <= 15:
        # a few lines before the front sheet or the minutes heading (a web page's title and
        # navigation, a heading block) name no other meeting: the document's meeting is theirs.
        # A longer opening (a covering letter) may bind earlier minutes: those are not its meeting.
        first = opening
    block = _slice(lines, first)
    minutes_blocks = [_slice(lines, s) for s in segments if s.kind == "minutes"]
    meeting = Meeting()
    heading = _body_dash_date(block)
    if first.kind == "agenda":
        meeting = _front_labels(block)
        if heading:
            meeting.body, meeting.date = heading[0], heading[1]
            meeting.time = meeting.time or heading[2]
        heading_lines = _before_items(block)
        text = tidy(" ".join(ln.text.strip() for ln in heading_lines if ln.text.strip()))
        said = _from_sentence(text)
        date, time, _ = _front_date_time(block)
        same_line = _venue_on_date_line(block)
        meeting.date = meeting.date or (said.date if said else None) or date
        meeting.time = meeting.time or (said.time if said else None) or time
        meeting.venue = meeting.venue or (said.venue if said else None) or same_line or _front_venue(block)
        front = _front_body(block, None)
        if front and KIND_ALONE.fullmatch(front) and said and said.body:
            front = None  # 'DISTRICT COUNCIL' on a masthead over 'a meeting of the CABINET to be held ...'
        meeting.body = meeting.body or front or (said.body if said else None)
        if not meeting.body:
            # `To confirm the minutes of the meeting of the Executive Board held on ...`: a body approves
            # its own minutes, so the earlier meeting names this one's body (never its date)
            whole = tidy(" ".join(ln.text.strip() for ln in block if ln.text.strip()))
            earlier = [m.group(1) for m in _meetings_of(whole) if EARLIER_MEETING.search(whole[: m.start()])]
            earlier += [m.group(1) for m in BODYS_MINUTES.finditer(whole)]  # `the Minutes of the Cabinet meeting held`
            meeting.body = next((b for name in earlier if (b := _clean_body(name))), None)
        if not meeting.body and minutes_blocks:
            # a pack binds the minutes of the same body's last meeting
            meeting.body = _minutes_meeting(minutes_blocks[0]).body
        meeting.citation = block[0].cite()
    elif heading:  # a supplement's covering letter names the meeting it belongs to
        meeting = Meeting(body=heading[0], date=heading[1], time=heading[2], citation=block[0].cite())
        labels = _front_labels(_before_attendance(block))  # 'Cabinet – 9 December 2025' over 'Time' / '10am'
        if labels.date in (None, meeting.date):
            meeting.time, meeting.venue = meeting.time or labels.time, labels.venue
        # minutes under a running header 'Cabinet – 3 February 2026': their heading sentence says where
        said = _heading_sentence(block) if first.kind == "minutes" and not meeting.venue else None
        if said is not None and said.date in (None, meeting.date):
            meeting.time, meeting.venue = meeting.time or said.time or _started_at(block), said.venue
        if first.kind == "minutes" and (meeting.time is None or meeting.venue is None):
            # or a dated line of their heading: 'Wednesday 21 January 2026 at 7.30 pm, Council Chamber, Town Hall'
            head = _heading_meeting([ln for ln in block if ln.text.strip()])
            if head.date == meeting.date:
                meeting.time, meeting.venue = meeting.time or head.time, meeting.venue or head.venue
            venue, time = _held_at(block)
            meeting.time, meeting.venue = meeting.time or time, meeting.venue or venue
        if meeting.time is None or meeting.venue is None:
            # '... for answer at the meeting of the County Council to be held at County Hall, Brackton on Thursday 19
            # March 2026 at 10.00 am.': the opening sentence naming the same day says when and where
            opening_text = tidy(" ".join(ln.text.strip() for ln in block[:25] if ln.text.strip()))
            for m in _meetings_of(opening_text):
                head = re.split(r"(?<![ap]\.m)(?<!\b[ap])\.\s", m.group(2))[0]
                if iso_date(head) == meeting.date:
                    meeting.time, meeting.venue = meeting.time or hhmm(head), meeting.venue or _venue_from(head)
                    break
    elif first.kind == "questions":
        meeting = _heading_meeting([ln for ln in block if ln.text.strip()])
        meeting.citation = block[0].cite()
    elif first.kind == "minutes":
        # a heading run onto one line with the attendance and the minutes is read up to where they start
        meeting = _minutes_meeting([Line(ln.number, ln.page, _cut_heading(ln.text)) for ln in block[:60]])
        if not meeting.body and first is not segments[0]:
            # 'Minutes of the meeting held on ...' under a masthead the minutes begin below: the masthead names it
            meeting.body = _heading_meeting([ln for ln in _slice(lines, segments[0]) if ln.text.strip()]).body
        labels = _front_labels(_before_attendance(block))  # `Venue:` / `Time:` under the heading
        meeting.body = labels.body or meeting.body  # `Meeting: Cabinet` says it, whatever the heading says
        meeting.date = meeting.date or labels.date
        meeting.time = meeting.time or labels.time
        meeting.venue = meeting.venue or labels.venue
        if not meeting.venue:  # 'Council Chamber - Guildhall, Aberarth and Remotely via Microsoft Teams': the room
            rooms = (tidy(REMOTE_TOO.sub("", ln.text)) for ln in block[:12] if REMOTE_TOO.search(ln.text))
            meeting.venue = next((r for r in rooms if VENUE_WORDS.search(r) and not DATE.search(r)), None)
        if not meeting.venue:
            meeting.venue = _remote_venue(" ".join(ln.text for ln in block[:12]))
        if not meeting.venue:  # `Hove Town Hall - Council Chamber` on the line under the date, unlabelled
            meeting.venue = _front_venue(_before_attendance(block))
        if not meeting.venue:  # 'Town House, ABERDEEN, 25 November 2025. Minute of Meeting of the ...'
            meeting.venue = _place_before_date(block)
        if not meeting.time:  # 'Date: Wednesday, 5th November, 2025 10.00 am': the time beside the date
            date, time, _ = _front_date_time(_before_attendance(block))
            if date and meeting.date in (None, date):
                meeting.date, meeting.time = date, time
        meeting.time = meeting.time or _started_at(block)
        meeting.citation = block[0].cite()
    table = _label_table(block)
    meeting.date = meeting.date or table.date
    meeting.time = meeting.time or table.time
    meeting.venue = meeting.venue or table.venue
    if meeting.venue:
        # ('Council Chamber, Civic Offices, Glannau and via Microsoft Teams': a hybrid meeting's venue is the place)
        # ('Multi-Location Meeting – Council Chamber, County Hall, ...': how it met, before the place)
        venue = HOW_IT_MET.sub("", without_page_chrome(meeting.venue))
        meeting.venue = REMOTE_TOO.sub("", venue).strip(" ,") or None
    if not (meeting.body or meeting.date) and first.kind == "other" and opening.kind == "questions" and leading <= 15:
        # 'Hartmoor County Council<TAB>Item 9' over 'COUNTY COUNCIL MEETING – 19 MARCH 2026' / 'QUESTIONS FROM
        # MEMBERS': a questions paper's running header over its own heading, which names the meeting
        meeting = _heading_meeting([ln for ln in _slice(lines, opening) if ln.text.strip()])
    looks_like_meeting = (
        first.kind in ("agenda", "minutes")
        or heading is not None
        or any(s.kind in ("minutes", "report", "questions") for s in segments)
    )
    if not looks_like_meeting:
        loose = _unannounced_heading(lines)
        if loose is None:
            # a plan or a report on its own: the council heading it, or owning the web page it is on
            # (or, named in neither way, the one that hosts its service: 'Harrowfield YJS is hosted by ...')
            found = council_heading(lines) or copyright_owner(lines) or council_named_whole(lines)
            return found or council_behind(lines), Meeting()
        meeting = loose
    council = find_council(lines, _slice(lines, segments[0]) + block if first is not segments[0] else block)
    council = council or _council_in_sentence(block)
    if meeting.body:
        meeting.body = FULL_COUNCIL.sub("", meeting.body)  # however it was found: a `FULL COUNCIL` heading line too
    # 'the Authority', 'the Fire and Rescue Authority' of 'Mercia Vale Fire and Rescue Authority': the authority itself
    generic = (
        meeting.body is not None
        and council is not None
        and council.endswith("Authority")
        and council.lower().endswith(meeting.body.lower())
    )
    if meeting.body and council and (meeting.body.lower() == council.lower() or generic):
        meeting.body = _council_meeting(council)  # `Meeting of the Authority`: the authority itself
    if not meeting.body and council and first.kind == "minutes":
        # 'ASH COMMUNITY COUNCIL' / 'Minutes of the Monthly Meeting': the meeting of the council on the masthead
        opening = [tidy(ln.text) for ln in block if ln.text.strip()][:6]
        # ('Minutes of the Ordinary Meeting held at the Memorial Hall ... on ...': the same, with where and when)
        if any((m := UNNAMED_MEETING.match(t)) and re.fullmatch(r"(?:\s+held\b.*)?", t[m.end() :]) for t in opening):
            meeting.body = _council_meeting(council)
    return council, meeting


# Minutes that name no body: 'Minutes of the Monthly Meeting', 'Minutes of the Ordinary Meeting'.
UNNAMED_MEETING = re.compile(
    r"(?:draft\s+)?minutes\s+of\s+(?:the\s+|an?\s+)?(?:(?:monthly|ordinary|annual|special|extraordinary)\s+)?meeting",
    re.I,
)


# The business of a meeting, counted by kind: a document that names its meeting in a heading without
# the words `Agenda` or `Minutes` (a web page's `Meeting documents`, PDF text run onto one line) is
# taken for one only when it also reads like one. A novel that mentions a council and a date does not.
MEETING_BUSINESS = {
    "present": re.compile(r"\b(?:present|sederunt|in attendance)\b", re.I),
    # (and in a paper in Welsh alone, whose minutes keep their Welsh titles: 'YMDDIHEURIADAU', 'DATGAN BUDDIANT')
    "apologies": re.compile(r"\bapologies\b|\bymddiheuriad", re.I),
    "decision": re.compile(
        r"\b(?:RESOLVED|AGREED|DECIDED)\b|(?i:\bit was (?:resolved|agreed)\b|\b(?:resolved|decision)\s*[:–-])"
    ),
    "interests": re.compile(
        r"\bdeclarations?\s+of\s+(?:\w+\s+)?interests?\b|\bdatgan\s+(?:[bf]uddiant|d?diddordeb)", re.I
    ),
    "chair": re.compile(r"\b(?:in the chair|chair(?:man|person)?\b|mayor\b)", re.I),
    "members": re.compile(r"\b(?:councillors?|cllrs?\.?)\s+[A-Z]"),
    "minutes": re.compile(r"\bminutes\b", re.I),
    "proposed": re.compile(r"\b(?:proposed|seconded|moved)\s+by\b", re.I),
}
# The kinds only a meeting's record has; prose about a meeting has a chair and people present too.
FORMAL_BUSINESS = {"apologies", "decision", "interests", "proposed"}
# Where a heading run onto one line with the rest ends: the attendance list or the first minute.
# A minute's reference (`Cou/285/07-08`, `56/23`) starting the first minute ends it too.
HEADING_END = re.compile(
    r"\b(?:present|apologies|sederunt|in attendance)\b\s*:?|\s\d{1,3}\.\s+[A-Z]{3}"
    r"|\s(?:[A-Za-z]{1,5}/)?\d{1,4}/\d{2}(?:-\d{2})?(?=\s)",
    re.I,
)


def _unannounced_heading(lines: list[Line]) -> Meeting | None:
    """A meeting's heading at the very top of a document that does not say
    `Agenda` or `Minutes` where the segmenter looks: a body line and a date
    line (`Council` / `Tuesday, 11th May, 2010 7.30 pm`), or a sentence
    naming the meeting (`Minutes of a Meeting of X held at 7.00pm on ...`),
    even when the PDF ran it onto one long line. Taken only with both a body
    and a date, and when the document records at least three kinds of a
    meeting's business (attendance, apologies, decisions, interests, ...)."""
    filled = [ln for ln in lines if ln.text.strip()]
    if not filled:
        return None
    sample = " ".join(ln.text for ln in filled[:400])
    kinds = {kind for kind, pattern in MEETING_BUSINESS.items() if pattern.search(sample)}
    if len(kinds) < 3 or len(kinds & FORMAL_BUSINESS) < 2:
        return None
    top = filled[:8]
    text = tidy(" ".join(ln.text.strip() for ln in top))[:1500]
    cut = HEADING_END.search(text)
    head = text[: cut.start()] if cut else text[:400]
    said = next((m for m in _meetings_of(head) if not EARLIER_MEETING.search(head[: m.start()])), None)
    meeting: Meeting | None = None
    if said:
        rest = said.group(2)
        subject = tidy(said.group(1))
        body = (
            _council_meeting(subject)
            if re.search(r"\bcouncil$", subject, re.I) and list(council_names(subject))
            else _clean_body(subject)
        )
        meeting = Meeting(body=body, date=iso_date(rest), time=hhmm(rest[:80]), venue=_venue_from(rest))
    else:
        short = [Line(ln.number, ln.page, _cut_heading(ln.text)) for ln in top[:6]]
        meeting = _heading_meeting(short)
        meeting.venue = meeting.venue or _front_venue(short)
        labels = _front_labels(top)
        meeting.venue = meeting.venue or labels.venue
        meeting.time = meeting.time or labels.time
    labelled = _front_labels(filled[:3]).venue  # a web page's `Venue:` line opening the page
    if not (meeting.body and meeting.date) and not labelled:
        return None
    if not (meeting.body and meeting.date):
        meeting = Meeting(venue=labelled)  # a heading half read is not this meeting's: the labelled venue only
    meeting.citation = top[0].cite()
    return meeting


def _cut_heading(text: str) -> str:
    """A long line's heading part, before the attendance list it runs into."""
    if len(text) <= 300:
        return text
    cut = HEADING_END.search(text)
    return text[: cut.start()] if cut and cut.start() < 600 else text[:400]


CORPORATION = re.compile(r"\bCity\s+of\s+[A-Z][\w'’-]+\s+Corporation\b")


def corporation_of(lines: list[Line], body: str | None) -> str | None:
    """The city corporation whose Court of Common Council met, where no heading names it, only the text ('... the
    City of London Corporation's priorities ...')."""
    if not body or not body.lower().endswith("common council"):
        return None
    return next((m.group(0) for ln in lines if "orporation" in ln.text for m in CORPORATION.finditer(ln.text)), None)


def _council_in_sentence(block: list[Line]) -> str | None:
    """A council named only in the sentence naming the meeting: `a meeting of
    the Full Council of Westbridge Town Council will be held ...`."""
    text = tidy(" ".join(ln.text.strip() for ln in block[:40] if ln.text.strip()))
    for pattern in (MEETING_OF, MINUTES_OF):
        for m in pattern.finditer(text if pattern is MEETING_OF else text[:300]):
            subject = tidy(m.group(1))
            tails = [subject] + [t for t in re.split(r"\s+of\s+(?:the\s+)?", subject, flags=re.I)[1:]]
            for tail in tails:
                for _, name in council_names(tail):
                    if subject.lower().endswith(name.lower()):
                        return name
    return None


def _council_meeting(council: str) -> str:
    """The body when the meeting is the council's own (`Minutes of the Meeting of
    Little Hadley Parish Council`): a local council's meeting goes by its tier
    (`Parish Council`, `Town Council`, `Community Council`), as its papers call
    it; a county or city council's by `County Council` or `City Council`, as their papers call their full
    meetings (Kent's 'County Council', 'a meeting of the City Council'); another principal council's by
    `Council`."""
    if council.endswith("Authority"):
        return council  # an authority's own meeting goes by its name
    welsh = re.match(r"Cyngor\s+(?:(Cymuned|Tref|Dinas)\s)?", council)
    if welsh:  # a council named in Welsh alone: 'Cyngor Cymuned Llanysgawen' meets as 'Cyngor Cymuned'
        return f"Cyngor {welsh.group(1)}" if welsh.group(1) else "Cyngor"
    m = re.search(r"\b(Parish|Town|Community|Village|Neighbourhood|County|City)\s+Council$", council, re.I)
    return f"{m.group(1).title()} Council" if m else "Council"


def _councils_own(body: str, council: str) -> bool:
    """The body is the council itself: its name, or, in a paper in Welsh alone, 'y Cyngor' ('Cyfarfod Misol y
    Cyngor': the council's own monthly meeting)."""
    return body.lower() == council.lower() or (body == "Cyngor" and council.startswith("Cyngor "))


# Welsh names of bodies, as bilingual councils head their minutes: the record keeps the English name.
WELSH_BODIES = {
    "cyngor llawn": "Council",
    "cyngor": "Council",
    "cyfarfod y cyngor": "Council",
    "cabinet": "Cabinet",
    "pwyllgor cynllunio": "Planning Committee",
    "pwyllgor trwyddedu": "Licensing Committee",
    "pwyllgor archwilio": "Audit Committee",
    "pwyllgor cyllid": "Finance Committee",
    "pwyllgor craffu": "Scrutiny Committee",
    "pwyllgor safonau": "Standards Committee",
}


def english_body(body: str, council: str | None = None) -> str:
    """`Cyngor Llawn` (Full Council) -> `Council`; an English name is returned as it is, and so is every name
    of a council that names itself in Welsh alone (`Cyngor Cymuned Llanysgawen`): its record is in Welsh."""
    if council and council.startswith("Cyngor "):
        return body
    return WELSH_BODIES.get(tidy(body).lower(), body)


def meeting_from_minutes(
    lines: list[Line], segments: list[Segment], meeting: Meeting, minutes: list[Minutes], council: str | None
) -> Meeting:
    """Stand-alone minutes: the document's meeting is the one they record, so
    what the heading did not give is taken from the set of minutes the document
    opens with. Only when that set starts the document (a few title lines
    above it at most) and no agenda comes first: minutes bound into a pack are
    an earlier meeting's, and their date is never this meeting's."""
    if not minutes or minutes[0].citation is None:
        return meeting
    first = minutes[0]
    opening = next((s for s in segments if s.kind != "other"), None)
    # a 'report' the set of minutes opens (minutes that print no 'Minutes' heading, their body and date only)
    opens_it = opening is not None and opening.kind == "report" and first.citation.line <= opening.start.line + 6
    # (or a record of decisions heading the paper, before any part the segmenter named: 'Record of Officer Decision')
    heads = opening is not None and not first.present and first.citation.line < opening.start.line
    if opening is not None and opening.kind != "minutes" and not (opens_it or heads):
        return meeting
    at = opening.start.line if opening is not None and not heads else first.citation.line
    if sum(1 for ln in lines if ln.text.strip() and ln.number < at) > 15:
        return meeting
    if meeting.date and first.date and meeting.date != first.date:
        return meeting  # two meetings: the heading's is the document's
    body = english_body(first.body, council) if first.body else None
    if body and council and _councils_own(body, council):
        body = _council_meeting(council)
    # an officer who took a record's decisions ('Director of Environment and Transport'), no one attending: its body
    # (or a portfolio holder's: 'Executive Member for Universal Services', whose portfolio may end in 'Services')
    taker = body is not None and not first.present and bool(OFFICER_TAKER.fullmatch(body) or PORTFOLIO.fullmatch(body))
    if body and not taker and (not BODY_WORD.search(body) or _not_a_body(body) or DECIDING.search(body)):
        body = None
    if meeting.body:
        meeting.body = english_body(meeting.body, council)
        if council and meeting.body == "Cyngor" and _councils_own(meeting.body, council):
            meeting.body = _council_meeting(council)
    meeting.body = meeting.body or body
    if meeting.body and meeting.body.isupper():
        meeting.body = title_case(meeting.body)  # 'COURT OF COMMON COUNCIL' as its heading prints it
    meeting.date = meeting.date or first.date
    if not meeting.time and meeting.date == first.date:  # 'The Meeting started at 10.30 am and finished at ...'
        meeting.time = _started_at([ln for ln in lines if ln.number >= first.citation.line])
    if meeting.citation is None:
        meeting.citation = first.citation
    return meeting


PORTFOLIO = re.compile(r"(?:Deputy\s+)?(?:Cabinet|Executive|Lead)\s+Member\s+for\s+[A-Z][\w,&'’ -]{3,100}")
OFFICER_TAKER = re.compile(
    r"(?:(?:Executive|Corporate|Strategic|Assistant|Deputy)\s+)?(?:Director|Head)\s+of\s+[A-Z][\w,&' -]{3,80}"
    r"|Chief\s+(?:Executive|Officer|Finance\s+Officer)"
)


# a running line's page number, printed beside what it repeats: 'Planning Committee – 11 March 2026<TAB>Page 2'
PAGE_CELL = re.compile(r"\t\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.I)


def meeting_from_running_lines(removed: list[str], meeting: Meeting) -> Meeting:
    """A committee report printed on its own may name its meeting only in the footer on every page ('Planning
    Committee – 11 March 2026'), which the text layer takes off as a running line: the body and date from there,
    where the text gave none."""
    if meeting.date or not removed:
        return meeting
    found = _body_dash_date([Line(0, None, PAGE_CELL.sub("", text)) for text in dict.fromkeys(removed)])
    if found is None:
        return meeting
    body, date, time = found
    meeting.date, meeting.body, meeting.time = date, meeting.body or body, meeting.time or time
    return meeting
