"""Split a pack into the documents it is bound from, in order.

A pack is an agenda front sheet, minutes of earlier meetings, then the reports
and what is attached to them. Documents announce themselves with general
signs, not one council's words: a `Minutes of the meeting of ...` heading, a
routing block (`Cabinet` / `Council` / a date) on a report's cover, `Public
report`, `From: ... To: ...`, an `Appendix N` heading that is not a list of
appendices, the blank-page notice or `This report is published ...` line a
report ends with. The words are kept in the pattern table below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutebook.extract import dates
from minutebook.extract.council import KIND_ALONE, PLACE_ALONE
from minutebook.model import Line, Segment
from minutebook.patterns import scanning
from minutebook.prose import ends_on_joining_word

DATE_ONLY = re.compile(rf"^(?:{dates.DATE_ONLY.pattern})$", re.I)  # a date alone on a line, as `dates` reads one
BODY_WORD = scanning(  # asked of every line
    r"\b(?:council|cabinet|committee|board|panel|sub-committee|commission|forum|authority|executive|assembly|scrutiny)\b",
    re.I,
)

# The house-style words each kind of document announces itself with.
# (`Minutes of the previous meeting` is an agenda item's title, not a heading.)
# The body named before its minutes: 'FINANCE AND GENERAL PURPOSES COMMITTEE – Minutes of the meeting held on
# ...', 'Hensmoor Parish Council – Minutes of the Parish Council Meeting held on ...'.
NAMED_FIRST = (
    r"(?-i:(?:[A-Z][\w&'’,-]*\s+|(?:and|of|the|for)\s+){0,8}"
    r"(?:COMMITTEE|Committee|COUNCIL|Council|CABINET|Cabinet|BOARD|Board|PANEL|Panel|FORUM|Forum))"
)
BODY_FIRST = rf"^\W*{NAMED_FIRST}\s+[–—:-]\s+minutes\s+of\s+the\s+(?:(?-i:[A-Z][\w&'’-]*)\s+){{0,5}}meeting\s+held\b"
# (the body, then the rest of the sentence: the name before the dash, or the one the meeting is named for)
BODY_FIRST_MINUTES = re.compile(
    rf"^\W*({NAMED_FIRST})\s+[–—:-]\s+minutes\s+of\s+the\s+meeting\s+held\b(.{{0,260}})", re.I | re.S
)
BODY_IN_MINUTES = re.compile(
    rf"^\W*{NAMED_FIRST}\s+[–—:-]\s+minutes\s+of\s+the\s+((?:(?-i:[A-Z][\w&'’-]*)\s+){{1,5}}?)meeting\s+held\b(.{{0,260}})",
    re.I | re.S,
)
MINUTES_HEAD = re.compile(
    # the article may go: the Scots 'Minute(s) of Meeting of the Housing Committee held in ...'
    r"^\W*minutes?\s+of\s+(?:(?:an?|the)\s+(?!(?:previous|last)\b)(?:[\w-]+\s+){0,3}?)?meeting\b.{0,200}?\b(?:held|of)\b"
    r"|^\W*minutes\s+of\s+the\s+(?:[\w&',-]+\s+){1,9}?held\s+(?:on|at|in)\b"  # `MINUTES OF THE CABINET HELD ON`
    # 'Minutes of Planning Committee Meeting of Slieve Dara District Council held on ...' (no article)
    r"|^\W*minutes\s+of\s+(?!(?:last|previous|earlier)\b)(?:(?-i:[A-Z])[\w&'’-]*\s+){1,6}meeting\s+of\s+.{3,80}?\bheld\b"
    f"|{BODY_FIRST}"  # the body named first
    # the place and date first, as Scottish minutes open: 'Town House, ABERDEEN, 25 November 2025. Minute of Meeting
    # of the EDUCATION AND CHILDREN'S SERVICES COMMITTEE.'
    r"|^[^.]{0,80}?\b\d{4}\.\s+minutes?\s+of\s+meeting\s+of\b",
    re.I,
)
# `MINUTES OF THE HEALTH AND WELLBEING BOARD` on a line of its own at the top: the body's own record
# (not `Minutes of the previous meeting`, an agenda item's title).
MINUTES_OF_BODY = re.compile(
    r"^\W*(?:draft\s+)?minutes\s+of\s+(?:an?\s+|the\s+)(?!(?:previous|last|earlier)\b)[A-Za-z&',\s-]{3,90}\W*$", re.I
)
# `Minutes`, `Draft Minutes`, the Scots `Minute of Meeting`, a bilingual `COFNODION / MINUTES`.
# ('Notes of meeting', 'Record of meeting': a partnership board's minutes by another name)
MINUTES_WORD = re.compile(
    r"^\W*(?:[^/\d]{2,40}/\s*)?(?:draft\s+)?(?:minutes?(?:\s+of\s+(?:the\s+)?meeting)?"
    r"|(?:notes|record)\s+of\s+(?:the\s+)?meeting|meeting\s+notes)(?:\s*/[^/\d]{2,40})?\W*$",
    re.I,
)
# `RECORD OF DECISIONS`, `Schedule of Executive Decisions`, `Decision Record`: an executive's minutes.
DECISION_RECORD = re.compile(
    # ('CABINET – RECORD OF DECISIONS': the body named before its dash)
    r"^\W*(?:[A-Z][\w&'’ ]{2,60}\s+[–—-]\s+)?(?:(?:record|schedule|register|summary)\s+of\s+"
    r"(?:(?:executive|cabinet|the)\s+)?decisions(?:\s+taken)?|decisions?\s+(?:record|sheet)s?)\W*$",
    re.I,
)
# An attendance heading: `Present`, the Scots `Sederunt`, a bilingual `PRESENNOL / PRESENT`.
PRESENT = re.compile(
    r"^\W*(?:[^/:]{2,30}/\s*)?(?:present|attendance|attendees|(?:members|councillors) present|sederunt)\b\s*:?", re.I
)
# The council's own name as a heading line: `LONDON BOROUGH OF ALDERWICK`, `Glanmorfa County Council`,
# Welsh `CYNGOR SIR ...`, Gaelic `COMHAIRLE ...`.
COUNCIL_LINE = re.compile(
    r"^\W*(?:(?:london\s+|royal\s+)?borough\s+of|city\s+of|county\s+of|cyngor|comhairle)\b[^,;:]{2,60}$"
    r"|^\W*[A-Za-z][^,;:]{1,60}\bcouncil\W*$"
    r"|^\W*[A-Za-z][^,;:]{1,60}\b(?:combined|rescue|national park)\s+authority\W*$",
    re.I,
)
PUBLIC_REPORT = re.compile(r"^\W*(?:public|private|cabinet|council|committee)\s+report\W*$", re.I)
# `Report to: Cabinet`, `REPORT TO THE PLANNING COMMITTEE`: the first line of many councils' report covers.
# (a capital R: '... and to' / 'report to the Commissioner by 8 February' is a sentence going on)
REPORT_TO_BODY = re.compile(r"^\W*R(?i:eport\s+to)\b\s*:?\s*(?i:the\s+)?\S.{0,80}$")
REPORT_FROM = re.compile(r"^\W*from\s*:\s*\S", re.I)
REPORT_TO = re.compile(r"^\W*to\s*:\s*\S", re.I)
APPENDIX = re.compile(
    r"^\W*(?:appendix|annex|annexe)\s+(?:[A-Z]|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b[^\n]{0,120}$",
    re.I,
)
# '... as set out in exempt' / 'Appendix 2, subject to ...': a sentence wrapped before the word, not a heading
# A web page's link to a paper: its file type and size, or the item it belongs to ('..., item 6a PDF 264 KB').
PAPER_LINK = re.compile(r"\b(?:PDF|DOCX?|XLSX?)\s+\d[\d.]*\s*[KMG]B\s*$|,\s+item\s+\w{1,4}\b", re.I)
APPENDIX_IN_SENTENCE = re.compile(
    r"^\W*(?i:appendix|annex|annexe)\s+\w{1,5},\s+[a-z]"
    # ('Appendix 3 to the report was designated as exempt from publication.': a sentence about it)
    r"|^\W*(?i:appendix|annex|annexe)\s+\w{1,5}\s+(?:to\s+the\s+(?:submitted\s+)?report\s+)?"
    r"(?:was|is|were|has|had|will|would|sets|contains|shows|provides)\s"
    # ('Appendix 3 to the report at Item 6 – Paragraphs 8 and 9' under an exempt item of a Scottish summons: which
    # paper the item is, no appendix beginning)
    r"|^\W*(?i:appendix|annex|annexe)\s+\w{1,5}\s+to\s+(?:the\s+)?report\s+(?:at|under|for)\s+(?i:item)\s+\d"
)
CONTENTS_ENTRY = re.compile(r"(?:\t|\.{3,}|\s{2,})\s*\d{1,3}\s*$")
QUESTIONS = re.compile(
    r"^\W*(?:agenda\s+item\s+\d{1,2}[a-z]?\s*[:.–-]\s*)?"  # 'Agenda Item 9: Questions from Members ...'
    r"(?:booklet\s+\d+|written questions|questions?\s+(?:and|&)\s+answers|question\s+1|"
    r"questions?\s+(?:to|from)\s+(?:the\s+)?(?:leader|cabinet|members?|public))"
    r"(?:\s+under\s+(?:council\s+)?procedure\s+rule\s+[\d.]+)?\W*$",
    re.I,
)
# 'From: Councillor Sadia Hussain (Ellerby Ward)' / 'To: Councillor ..., Cabinet Member for ...': a member's question
MEMBER_ROUTED = re.compile(r"^\W*(?:from|to)\s*:\s*(?:councillor|cllr)\b", re.I)
WORK_PROGRAMME = re.compile(
    r"^\W*(?:[\w&' -]{0,80}\s)?(?:work\s*programme|forward\s+plan)(?:\s+\d{4}[-/]?\d{0,4})?\W*$", re.I
)
WORK_PROGRAMME_TABLE = re.compile(r"\bitem\b.*\bdate of meeting\b", re.I)
BRIEFING_NOTE = re.compile(r"^\W*(?:[\w&' -]{0,60}\s)?briefing\s+note\b(?!s)[^\n]{0,100}$", re.I)
PLAN_TITLE = re.compile(r"\b(?:plan|strategy)\b", re.I)
REPORT_END = re.compile(r"^\W*this report is published on\b|^\W*end of report\W*$", re.I)
TITLE_LABEL = re.compile(r"^\W*(?:report\s+)?(?:title|subject)\s*:\s*(.*)$", re.I)
# `Agenda Item 6` is ModernGov's stamp on a report's first page, not a front sheet.
AGENDA_WORD = re.compile(
    # ('SUPPLEMENTARY AGENDA': papers that were to follow, listed as the agenda lists them)
    r"^\W*(?:(?:(?:supplementary|supplemental|additional)\s+)?a\s*g\s*e\s*n\s*d\s*a(?!\s+item\s+\d)"
    r"|items on the agenda|public business|unrestricted items|"
    r"order of business|business to be transacted|business(?=\W*$))\b",  # a Scottish notice's 'BUSINESS' heading
    re.I,
)
# (a link in a list of the meeting's pages; a page titled 'Agenda and minutes' lists its agenda's items still)
# ('- Agenda' among '- Issue history' / '- Printed minutes PDF 198 KB': a minutes page's link to its agenda)
PAGE_LINKS = re.compile(r"^\s*[-•]\s+agenda(?:\s+(?:and|&)\s+minutes)?\W*$", re.I)
# A decision recorded: `RESOLVED:`, `Resolved -`, `it was AGREED`.
DECIDED = re.compile(r"\b(?:RESOLVED|AGREED|DECIDED)\b|\bResolved\s*[:–-]")
QUESTION_LINE = re.compile(r"^\W*question\s+(?:\d+|by|from|submitted by)\b", re.I)
NUMBERED_ITEM = re.compile(r"^\W{0,4}\d{1,2}[.)]?\s+\S")


# A council website's page title and navigation above the document: not the document's own title.
PAGE_TITLE = re.compile(
    r"^\W*(?:(?:agendas?|meeting documents|councillors and committees|skip to main content|how can we help you)\W*$"
    r"|agendas?(?:,\s*(?:decisions|reports))?\s+and\s+(?:minutes|decisions)\W*$|meeting documents\W*$)",
    re.I,
)


@dataclass
class _Start:
    index: int  # index into lines
    kind: str
    title: str


MARKUP = re.compile(r"[*_`#|]+")
SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    return SPACES.sub(" ", MARKUP.sub(" ", text)).strip(" -–:")


def _next_filled(lines: list[Line], i: int, count: int) -> list[int]:
    out: list[int] = []
    j = i + 1
    while j < len(lines) and len(out) < count:
        if lines[j].text.strip():
            out.append(j)
        j += 1
    return out


def _prev_filled(lines: list[Line], i: int, count: int) -> list[int]:
    out: list[int] = []
    j = i - 1
    while j >= 0 and len(out) < count:
        if lines[j].text.strip():
            out.append(j)
        j -= 1
    return out


# A post whose title holds a body's word: `Chief Executive` signing a summons above its date is no routing block.
POST = re.compile(
    r"^\W*(?:(?:deputy|interim|acting|assistant)\s+)?chief\s+executive\b"
    r"|^\W*executive\s+(?:director|head|officer|assistant|manager)\b",
    re.I,
)


def _is_body_line(text: str) -> bool:
    """A short line naming a body (`Cabinet`, `Council Meeting`, `Children &
    Young People Overview and Scrutiny Committee`), not an address or a sentence."""
    if len(text) > 120 or "\t" in text or not BODY_WORD.search(text):
        return False  # cheap tests first: most lines of a pack are paragraphs
    t = _clean(text)
    return (
        bool(t)
        and len(t) <= 90
        and bool(BODY_WORD.search(t))
        and not POST.match(t)
        and "," not in t
        and ";" not in t
        and "\t" not in text
        and len(t.split()) <= 12
    )


def _heading_start(lines: list[Line], i: int, floor: int) -> int:
    """Pull a document's start back over the council / body / date lines
    printed just above its heading."""
    start = i
    for j in _prev_filled(lines, i, 4):
        if j <= floor:
            break
        t = lines[j].text
        if _is_body_line(t) or DATE_ONLY.match(t.strip()) or COUNCIL_LINE.match(t.strip()):
            start = j
        elif KIND_ALONE.fullmatch(lines[start].text.strip()) and PLACE_ALONE.fullmatch(t.strip()):
            start = j  # 'Eastwold' / 'County Council': a logo's two lines, the council's name whole
        else:
            break
    return start


def _classify_cover(lines: list[Line], after: int, block_from: int | None = None) -> tuple[str, str]:
    """What a routing block (bodies and dates) heads: minutes, questions, a
    work programme, a briefing note, a front sheet or a report, judged by the
    lines that follow it, or by the block's own 'Minutes of the Executive'
    between the council and the date."""
    for j in range(block_from if block_from is not None else after, after):
        # (or its record of decisions, 'CABINET – RECORD OF DECISIONS', the meeting's formal record)
        if MINUTES_OF_BODY.match(lines[j].text.strip()) or DECISION_RECORD.match(lines[j].text.strip()):
            return "minutes", _clean(lines[j].text)
    if block_from is not None:
        # 'Minutes' / 'Health Overview & Scrutiny Committee' / 'Tuesday, 20 January 2026': the word over the block
        for j in _prev_filled(lines, block_from, 2):
            if MINUTES_WORD.match(lines[j].text.strip()):
                return "minutes", _clean(lines[j].text)
    follow = _next_filled(lines, after, 5)
    for k, j in enumerate(follow[:4]):
        t = lines[j].text.strip()
        if MINUTES_WORD.match(t) or MINUTES_HEAD.match(t):
            return "minutes", _clean(t)
        # ('Members Present:' alone over a table of 'Cllr ...' cells: the names on the next line)
        named = t if not t.endswith(":") or k + 1 >= len(follow) else f"{t} {lines[follow[k + 1]].text}"
        if PRESENT.match(t) and re.search(r"(?:councillor|cllr|mr|mrs|ms|alderm[ae]n)\b", named, re.I):
            # 'AREA 2 PLANNING COMMITTEE' / 'Wednesday, 14th January, 2026' / 'Present: Cllr M Ashenden (Chair)':
            # who was there, under the body and the date (and a line or two that say where: 'MEETING OF THE
            # PLANNING COMMITTEE' / 'Held in the Council Chamber ...'), is its minutes
            return "minutes", _clean(lines[after].text)
        if QUESTIONS.match(t) or QUESTION_LINE.match(t):
            return "questions", _clean(t)
        if WORK_PROGRAMME.match(t) or WORK_PROGRAMME_TABLE.search(t):
            return "work_programme", _clean(t)
        if BRIEFING_NOTE.match(t):
            return "briefing_note", _clean(t)
    opening = 0
    for j in _next_filled(lines, after, 30):
        t = lines[j].text.strip()
        if AGENDA_WORD.match(t) and len(t) < 40:
            return "agenda", "Agenda"  # a front sheet headed by its body and date
        if NUMBERED_ITEM.match(t) and re.search(r"apolog|declarations? of", t, re.I):
            opening += 1
    if opening >= 2:
        return "agenda", "Agenda"
    return "report", _report_title(lines, after)


def _report_title(lines: list[Line], after: int) -> str:
    """A cover's `Title:` (or `Subject:`) when it has one, else the first line
    after the routing block that is not a form label."""
    follow = _next_filled(lines, after, 40)
    for k, j in enumerate(follow):
        m = TITLE_LABEL.match(lines[j].text.strip())
        if m:
            if _clean(m.group(1)):
                return _clean(m.group(1))
            if k + 1 < len(follow):
                return _clean(lines[follow[k + 1]].text)
    for j in follow[:6]:
        t = _clean(lines[j].text)
        if t and not DATE_ONLY.match(t) and len(t) < 150 and not t.endswith(":") and not PUBLIC_REPORT.match(t):
            return t
    return ""


def _runs_on(lines: list[Line], i: int) -> bool:
    """Line i carries on the sentence above it: that one stops on a joining word, or this one ends as a
    clause does (',' or ';')."""
    text = lines[i].text.strip()
    prev = _prev_filled(lines, i, 1)
    above = lines[prev[0]].text.strip() if prev else ""
    return text.endswith((",", ";")) or ends_on_joining_word(above)


def _routing_block(lines: list[Line], i: int) -> int | None:
    """A report cover starts with the bodies it goes to and the dates it goes
    there, each on its own short line (`Cabinet` / `Council` / `29 October
    2019`). Returns the index of the last date line, or None."""
    if not _is_body_line(lines[i].text) or len(_clean(lines[i].text).split()) > 10:
        return None
    last_date = None
    for j in _next_filled(lines, i, 5):
        t = lines[j].text.strip()
        if DATE_ONLY.match(t):
            last_date = j
        elif last_date is None and _is_body_line(t) and len(_clean(t).split()) <= 10:
            continue
        else:
            break
    return last_date


def _find_starts(lines: list[Line]) -> list[_Start]:
    starts: list[_Start] = []
    current = "agenda"
    after_end = False  # a report has just ended: the next thing is what it attaches
    blocks_seen: set[tuple[str, ...]] = set()  # the routing blocks (bodies and dates) that started a paper
    i = 0
    n = len(lines)
    while i < n:
        text = lines[i].text.strip()
        if not text:
            i += 1
            continue
        floor = starts[-1].index if starts else -1
        found: _Start | None = None
        # bold words inside a heading (`**MINUTES** of the **ANNUAL MEETING** ... held`) are still the heading
        plain = SPACES.sub(" ", MARKUP.sub("", text)) if "*" in text or "_" in text else text
        # (every minutes heading holds the word: one cheap look before the pattern's)
        headed = ("inute" in plain or "INUTE" in plain) and MINUTES_HEAD.match(plain)
        if headed and len(text) < 300 and not _agenda_entry(lines, i):
            found = _Start(_heading_start(lines, i, floor), "minutes", _clean(text))
        elif (date_at := _routing_block(lines, i)) is not None:
            block = tuple(SPACES.sub(" ", ln.text.strip()).lower() for ln in lines[i : date_at + 1] if ln.text.strip())
            if current == "agenda" and block in blocks_seen:
                # 'Cabinet' / '2 March 2026' heading every page of the agenda: its running header, no new paper
                i = date_at + 1
                continue
            blocks_seen.add(block)
            kind, title = _classify_cover(lines, date_at, i)
            found = _Start(_council_above(lines, i, floor), kind, title)
            i = date_at
        elif PUBLIC_REPORT.match(text) or REPORT_TO_BODY.match(text):
            kind, title = _classify_cover(lines, i)
            found = _Start(i, "report", title)
        elif BRIEFING_NOTE.match(text) and len(text.split()) <= 12 and current != "briefing_note":
            found = _Start(_heading_start(lines, i, floor), "briefing_note", _clean(text))
        elif (
            REPORT_FROM.match(text)
            and any(REPORT_TO.match(lines[j].text) for j in _next_filled(lines, i, 3))
            and not (current == "questions" and MEMBER_ROUTED.match(text))
        ):
            found = _Start(i, "report", _report_title(lines, i))
        elif QUESTIONS.match(text) and current != "questions":
            found = _Start(_heading_start(lines, i, floor), "questions", _clean(text))
        elif WORK_PROGRAMME_TABLE.search(text) and current != "work_programme":
            prev = _prev_filled(lines, i, 1)
            at = prev[0] if prev and _is_body_line(lines[prev[0]].text) and prev[0] > floor else i
            found = _Start(at, "work_programme", _clean(lines[at].text))
        elif (
            APPENDIX.match(text)
            and not CONTENTS_ENTRY.search(lines[i].text)
            and current != "plan"
            and not _runs_on(lines, i)  # '... as set out in' / 'Appendix A to the report;': a sentence goes on
            and not APPENDIX_IN_SENTENCE.match(text)  # 'Appendix 2, subject to planning permission ...'
            and not PAPER_LINK.search(text)  # '- Appendix 1 – Action Plan, item 6a PDF 264 KB': a link to a paper
        ):
            near = _next_filled(lines, i, 3) + _prev_filled(lines, i, 3)
            in_list = any(APPENDIX.match(lines[j].text.strip()) for j in near)
            title = _clean(text)
            # a bare `Appendix A` on a front sheet is the item's paper reference, not the appendix itself
            reference = current == "agenda" and len(title.split()) <= 2
            repeat = bool(starts) and starts[-1].title == title
            if not in_list and not reference and not repeat and len(title.split()) <= 16:
                kind = "plan" if PLAN_TITLE.search(title) else "appendix"
                found = _Start(i, kind, title)
        elif after_end and len(text) < 120:
            title = _clean(text)
            if not PLAN_TITLE.search(title):  # a title often runs over two short lines
                nxt = _next_filled(lines, i, 1)
                if nxt and len(lines[nxt[0]].text) < 80 and PLAN_TITLE.search(lines[nxt[0]].text):
                    title = f"{title} {_clean(lines[nxt[0]].text)}"
            kind = "plan" if PLAN_TITLE.search(title) else "appendix"
            found = _Start(i, kind, title)
        after_end = False
        if REPORT_END.match(text):
            after_end = True
        if found is not None and found.kind == "report" and starts and starts[-1].kind == "report":
            # `Public report` and the routing block under it are one cover
            if found.index - starts[-1].index <= 12:
                if not starts[-1].title:
                    starts[-1].title = found.title
                found = None
        if found is not None and starts and (found.kind == "report" or found.kind == starts[-1].kind):
            if _filled_between(lines, starts[-1].index, found.index) < 3:
                found = None  # the heading lines of the document just started (`Question 1` / `COUNTY COUNCIL` / date)
            elif found.kind == starts[-1].kind == "minutes" and _still_heading(lines, starts[-1].index, i):
                found = None  # a bilingual heading block: the Welsh and the English sentence open one set of minutes
        if found is not None and not (starts and starts[-1].index >= found.index):
            starts.append(found)
            current = found.kind
        i += 1
    return starts


def _council_above(lines: list[Line], i: int, floor: int) -> int:
    """A cover's start, pulled back over the council's name printed above it,
    and over short capital lines between (the other language's title in a
    bilingual heading block: `CYNGOR SIR ...` / `... COUNTY COUNCIL` / `PWYLLGOR
    CRAFFU` / `SCRUTINY COMMITTEE`)."""
    start = i
    for j in _prev_filled(lines, i, 4):
        t = lines[j].text.strip()
        if j <= floor:
            break
        if COUNCIL_LINE.match(t):
            start = j
        elif KIND_ALONE.fullmatch(lines[start].text.strip()) and PLACE_ALONE.fullmatch(t):
            start = j  # 'Tamarmouth' / 'City Council': a logo's two lines, the council's name whole
        elif not (t.isupper() and len(t.split()) <= 6):
            break
    return start


def _still_heading(lines: list[Line], a: int, b: int) -> bool:
    """Nothing but heading lines since the minutes that started at `a`: no
    attendance list, no numbered minute, at most a dozen lines."""
    filled = [ln.text.strip() for ln in lines[a:b] if ln.text.strip()]
    return len(filled) <= 12 and not any(
        PRESENT.match(t) or (NUMBERED_ITEM.match(t) and not DATE_ONLY.match(t)) for t in filled
    )


def _filled_between(lines: list[Line], a: int, b: int) -> int:
    return sum(1 for ln in lines[a:b] if ln.text.strip())


def _agenda_entry(lines: list[Line], i: int) -> bool:
    """`Minutes of the meeting held on ...` as an agenda item's title: its
    number on the line above, or its page range beside it."""
    if re.search(r"\bpages?\s+\d", lines[i].text, re.I):
        return True
    prev = _prev_filled(lines, i, 1)
    return bool(prev) and bool(re.fullmatch(r"\W{0,2}\d{1,3}[.)]?\W{0,2}", lines[prev[0]].text.strip()))


def _front_kind(lines: list[Line], end: int) -> str:
    """What the opening stretch before the first other document is: an agenda
    front sheet when it says so or lists numbered items; minutes when it
    opens with an attendance list; otherwise other."""
    numbered = questions = 0
    opening = [ln for ln in lines[:end] if ln.text.strip()][:60]  # a front sheet says what it is at the top
    if any(DECISION_RECORD.match(ln.text.strip()) for ln in opening[:8]):
        return "minutes"  # an executive's record of decisions is its meeting's formal record
    for line in opening:
        t = line.text.strip()
        # (not a sentence wrapped onto a line: '... appearing on the' / 'agenda.', '... in item 6 on the' / 'agenda
        # because his daughter ...'; nor a ModernGov page's link '- Agenda and minutes' over the meeting's minutes)
        if AGENDA_WORD.match(t) and not t[:1].islower() and not PAGE_LINKS.match(t):
            return "agenda"
        if NUMBERED_ITEM.match(t) and re.search(r"apolog|declaration|minutes?\b|\(pages?\s+\d", t, re.I):
            numbered += 1  # an agenda without the word: numbered items, the usual opening business among them
        if QUESTION_LINE.match(t):
            questions += 1
    if questions >= 2:
        return "questions"
    filled = [ln.text for ln in lines[:end] if ln.text.strip()][:15]
    if any(MINUTES_OF_BODY.match(t) for t in filled[:4]):
        return "minutes"  # `MINUTES OF THE HEALTH AND WELLBEING BOARD` heading the document, its date below
    # the date may close a wrapped opening sentence ('A Court ... holden in the Guildhall on Thursday 5' /
    # 'March 2026 at 1.00 pm.') under a masthead of two or three lines
    # ('EDUCATION SCRUTINY COMMITTEE, 12/02/26': the date in figures, the year in two)
    dated_heading = any(DATE_ONLY.search(t) or re.search(r"\d{4}|\b\d{1,2}/\d{1,2}/\d{2}\b", t) for t in filled[:6])
    if any(PRESENT.match(t) for t in filled) and dated_heading:
        return "minutes"
    if any(MINUTES_WORD.match(t) for t in filled[:6]) and any(PRESENT.match(t) for t in filled):
        # a web page headed 'Minutes', a partnership's 'Minutes of the meeting' under its name, over the
        # attendance: its numbered items are the minutes
        return "minutes"
    said = [ln.text.strip() for ln in opening]
    if any(MINUTES_WORD.match(t) for t in said) and any(PRESENT.match(t) for t in said):
        # a web page's 'Minutes' heading over its numbered minutes, its attendance above them, under a site's
        # menus and a meeting's list of documents
        return "minutes"
    headed = any(MINUTES_WORD.match(t) for t in filled[:6])
    if numbered >= 2 and not headed:
        return "agenda"
    body = " ".join(ln.text for ln in lines[:end] if ln.text.strip())[:200_000]
    decided = len(DECIDED.findall(body))
    if headed and decided >= 2:
        # headed 'minutes' over a 'membership' list marking who was absent (Nottinghamshire's), no 'Present': its
        # numbered items decide things, as an agenda's do not
        return "minutes"
    if numbered >= 2:
        return "agenda"
    # a record of decisions with no `Present` heading or with its lines run together: a date at the
    # top and decisions recorded below (`RESOLVED: That ...`) make it its meeting's minutes
    dated = [t for t in filled[:4] if re.search(r"\b(?:19|20)\d\d\b", t[:400])]
    if dated and decided >= 2:
        return "minutes"
    if any(len(t) > 300 and re.search(r"\bpresent\b", t[:1500], re.I) for t in dated):
        return "minutes"  # heading, attendance and minutes run onto one line (a PDF's line breaks lost)
    return "other"


MEETING_LABEL = re.compile(r"^\W*(?:date|time|venue|place|location)\s*:", re.I)


def _meeting_cover(front: list[Line]) -> bool:
    """A cover that says when and where a meeting is, label by label ('Date:', 'Time:', 'Venue:')."""
    return sum(1 for ln in front[:40] if MEETING_LABEL.match(ln.text)) >= 2


def _last_filled(lines: list[Line], start: int, stop: int) -> int:
    j = stop - 1
    while j > start and not lines[j].text.strip():
        j -= 1
    return j


def segment(lines: list[Line]) -> list[Segment]:
    """agenda, minutes, report, briefing_note, appendix, plan, questions,
    work_programme, other: each with its first and last line."""
    first = next((i for i, ln in enumerate(lines) if ln.text.strip()), None)
    if first is None:
        return []
    starts = _find_starts(lines)
    if not starts or starts[0].index > first:
        end = starts[0].index if starts else len(lines)
        kind = _front_kind(lines, end)
        if kind == "other" and starts and starts[0].kind == "agenda" and _meeting_cover(lines[first:end]):
            # 'Cabinet' / 'Date:<TAB>Monday 2 March 2026' / 'Venue: ...' / 'Membership' over a page of advice, then
            # 'Cabinet' / '2 March 2026' / 'Agenda': the front sheet's cover and its agenda, one document
            starts.pop(0)
            kind = "agenda"
        title = next(
            (_clean(ln.text) for ln in lines[first:end] if _clean(ln.text) and not PAGE_TITLE.match(ln.text.strip())),
            "",
        )
        starts.insert(0, _Start(first, kind, "Agenda" if kind == "agenda" else title))
    out: list[Segment] = []
    for k, s in enumerate(starts):
        stop = starts[k + 1].index if k + 1 < len(starts) else len(lines)
        last = _last_filled(lines, s.index, stop)
        out.append(Segment(s.kind, s.title, lines[s.index].cite(), lines[last].cite()))
    return out
