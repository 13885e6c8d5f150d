"""Declarations of interest: who, against which item, what.

Read from the minutes: a sentence in which named people `declared` (or
`disclosed`) an interest. The item is the minute or agenda item the sentence
names (`Minute 37`, `item 5`), else a minute of the same set whose title the
sentence names (`an interest in Planning Applications`), else the minute the
sentence sits in when that is not the declarations minute itself. One entry
per person: `B Hastie and R Moon declared interests` gives two. Also read:
`An interest was declared by ...`, names listed one a line or in a table under
`The following interests were declared:`, and, under a declarations heading,
`X declared that ...` without the word interest.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from minutebook.extract.attendance import HONORIFIC_START, OFFICE_AFTER_NAME, looks_like_name, plain
from minutebook.extract.minutes import LocatedItem, LocatedSet, initials_key, locate_minutes
from minutebook.extract.names import HONORIFIC, clean_name, split_names, split_role
from minutebook.model import Declaration, Line, Minutes, Segment

# '(who had declared an interest at minute 22)', 'having declared an interest': a declaration told again, not made
TOLD_AGAIN = r"(?<!\bhad\s)(?<!\bhaving\s)(?<!\bpreviously\s)"
# Kent's 'made a Voluntary Announcement of Other Interests (VAOI)'
# ('made a Voluntary Announcement as he was a member of X Parish Council')
ANNOUNCED = r"made\s+an?\s+(?:voluntary\s+)?announcement\s+(?:of|as|that|in\s+respect\s+of)\b"
# 'made an Other Significant Interest declaration in item 7': the kind before the noun
KIND_DECLARATION = r"made\s+an?\s+(?:[\w-]+\s+){0,3}interests?\s+declarations?\b"
DECLARED = re.compile(
    TOLD_AGAIN
    + rf"\b(?:(?:declared|disclosed|registered|made\s+(?:a\s+)?declarations?\s+of|{ANNOUNCED})\b"
    # the Scottish Councillors' Code declares a 'connection' as well as an interest
    + r"(?=[^.]{0,80}\b(?:interests?|connections?)\b)"
    + rf"|{KIND_DECLARATION})",
    re.I,
)
# under a declarations heading: 'Councillor X stated that, as ward member, ... he had therefore pre-determined'
DECLARED_LOOSE = re.compile(
    TOLD_AGAIN + rf"\b(?:declared|disclosed|{ANNOUNCED}|{KIND_DECLARATION}|made\s+(?:a\s+)?declarations?\b(?:\s+of)?"
    # (a dot inside a reference, 'Minute PL.62', ends no sentence)
    r"|stated\s+that(?=(?:[^.]|\.(?=\S)){0,300}\b(?:pre-?determin|interest|bias))"
    # 'made a statement in respect of Minute OS.47. ... He considered that he had predetermined the matter'
    # 'Councillor X said that he was a Member of Y Parish Council, but he had not participated in ...'
    # 'For reasons of transparency, Councillor X advised that she was a member of Y Parish Council'
    r"|(?:said|advised|stated)\s+that\s+(?:he|she|they)\s+(?:was|were|is|are)\s+(?:an?\s+)?"
    r"(?:member|trustee|governor|director)s?\s+of\b"
    # 'Councillor X drew the Board’s attention to her position as a director of Y' (Leeds's wording)
    r"|drew\s+(?:the\s+)?(?:[\w’']+\s+){0,2}attention\s+to\s+(?:his|her|their)\s+"
    r"(?:position|role|membership|employment|appointment|interests?)\b"
    # ('... drew the Board’s attention to the fact that she was a trustee of Kirkstall Bridge Community Allotments')
    r"|drew\s+(?:the\s+)?(?:[\w’']+\s+){0,2}attention\s+to\s+the\s+fact\s+that\s+(?:he|she|they)\s+"
    r"(?:was|were|is|are)\s+(?:an?\s+)?(?:member|trustee|governor|director|employee|employed)"
    r"|made\s+a\s+(?:pre-?determination\s+)?statement(?=\s+(?:in\s+respect\s+of|regarding|on|about)\b)"
    r"(?=.{0,500}?\bpre-?determin))",
    re.I,
)
DECLARED_BY = re.compile(r"\binterests?\s+(?:was|were)\s+(?:declared|disclosed|made)\s+by\s+", re.I)
# Minutes in Welsh alone, the verb first: 'Datganodd y Cynghorydd X fuddiant personol yn eitem 6' (X declared a
# personal interest), 'Datganodd y Cyng. X ddiddordeb ...', 'Datganwyd buddiant gan y Cynghorydd X' (an interest
# was declared by X). The noun softened after its verb: 'buddiant' -> 'fuddiant', 'diddordeb' -> 'ddiddordeb'.
WELSH_INTEREST = r"(?:[bf]uddiant|d?diddordeb)(?:au)?\b"
WELSH_DECLARED = re.compile(rf"\bDatganodd\s+(?P<who>(?:[^.;()]|(?<=Cyng)\.){{3,120}}?)\s+{WELSH_INTEREST}")
WELSH_DECLARED_BY = re.compile(rf"\bDatganwyd\s+{WELSH_INTEREST}[^.;]{{0,60}}?\bgan\s+")
WELSH_AND = re.compile(r"\s+ac?\s+(?=(?:[Yy]\s+)?(?:Cynghorydd|Cyng\b|[A-ZÂÊÎÔÛŴŶ]))")
LISTED = re.compile(
    # a colon, or a dash with spaces round it ('Ms P Kaur-Whitfield' is one name)
    r"^(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?P<who>(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+[^–—:-]{2,60}?)"
    r"(?:\s*:\s*|\s+[–—-]\s+)(?P<rest>.*\binterest.*)$",
    re.I,
)
NAME_THEN_WHY = re.compile(
    r"^(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?P<who>(?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+[-–—:]\s+(?P<why>\S.*)$"
)
# '- Councillor D Parry in item 7 on the agenda (application C25/1033), because ...' under 'The following members
# declared a personal interest:': who, then the item ('Y Cynghorydd D Parry yn eitem 7 ...' in Welsh)
NAME_IN_ITEM = re.compile(
    r"^(?:[-–•▪]\s+|\(?[a-z0-9]{1,4}[.)]\s*)?(?P<who>" + HONORIFIC.pattern.lstrip("^") + r"[A-Z][\w'’.-]*"
    # ('• Cllr Bence in respect of item 6, Adult Social Care Improvement Plan, as a trustee of ...')
    r"(?:\s+(?:ap\s+|ab\s+)?[A-Z][\w'’.-]*){0,3})"
    # ('• Councillor Siân Haf Ellis (a member of this Planning Committee), in item 5.1 ...': who she is, between)
    r"(?:\s*\([^()]{1,80}\),?)?\s+(?:in\s+respect\s+of|in|on|for|regarding|yn|ar)\s+"
    r"(?=(?:agenda\s+)?(?:items?|minutes?|eitem)\b)"
    r"(?P<why>.+)$",
    re.I,
)
# 'Item 4bi – Mr B Lobban (Financial)': the item first, then who, the kind in brackets.
ITEM_FIRST = re.compile(
    r"^(?:(?:agenda\s+)?item|minute)\s*(?:no\.?\s*)?(?P<n>\d{1,4}(?:\.\d{1,2})?[a-z]{0,5}(?:\([a-z0-9]{1,4}\))*)"
    r"\s*[-–—:]\s*(?P<who>[^()]+?)\s*(?:\((?P<why>[^()]+)\))?\s*\.?$",
    re.I,
)
# 'Cllr A Jones..........Finance (reimbursement).': a name and why, joined by a dotted leader.
DOTTED = re.compile(r"^(?P<who>[^.…]{3,60}?)\s*(?:\.{3,}|…+[.…]*)\s*(?P<why>\S.*)$")
NUMBER_OPENERS = frozenset("0123456789(")
# 'Member | Interest', 'Councillor | Minute Number | Nature of Interest'
# 'Member | Interest', 'Councillor | Item | Nature of interest', 'Councillor | Interest | Minute No.'
INTEREST_TABLE_HEAD = re.compile(
    r"(?:names?|members?|councillors?)(?:\t+[^\t]*)*?\t+[^\t]*\binterests?\b[^\t]*(?:\t+[^\t]*)*", re.I
)
LEAD_IN = re.compile(
    r"\b(?:following|these)\b.{0,60}\b(?:interests?|declarations?)\b"
    # 'Datganodd yr aelodau canlynol eu bod â buddiant personol': the following members declared an interest
    rf"|\bDatganodd\s+yr\s+aelodau\s+canlynol\b.{{0,60}}{WELSH_INTEREST}",
    re.I,
)
ITEM_NAMED = re.compile(
    r"\b(?:minutes?|agenda\s+item|item|min\.|decision|eitem|cofnod)\s*(?:no\.?\s*)?"  # (Welsh: 'eitem', 'cofnod')
    # ('in item C006/26': a minute's letter before its number)
    # ('minute 6/26-27': the municipal year after its slash)
    r"(?P<n>(?:[A-Z]{1,4}[/.]?)?\d{1,4}(?:/\d{2,4}(?:-\d{2}\b)?){0,2}(?:\.\d{1,2})?(?:\s?\([a-z0-9]{1,3}\)|[a-z]\b)?)",
    re.I,
)
# Kinds of interest, first match wins.
KINDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"non[- ]?pecuniary", re.I), "non-pecuniary"),
    # the 2020 model code's third kind, an interest held by a friend or relative, not on the register
    (re.compile(r"non[- ]?regist(?:e)?rable", re.I), "non-registrable"),
    (re.compile(r"disclosable\s+pecuniary|\bDPI\b|\bpecuniary", re.I), "dpi"),
    (re.compile(r"other\s+(?:registrable|significant|registerable|disclosable)", re.I), "other"),
    (re.compile(r"prejudicial", re.I), "prejudicial"),
    (re.compile(r"personal", re.I), "personal"),
    # in Welsh: 'buddiant ariannol' (pecuniary), 'personol a rhagfarnol' / "a sy'n rhagfarnu" (prejudicial)
    (re.compile(r"\bariannol\b", re.I), "dpi"),
    (re.compile(r"\brhagfarn", re.I), "prejudicial"),
    (re.compile(r"\bpersonol\b", re.I), "personal"),
]
# '(minute 1)', '(see minute 45 above)': where the interest was declared, told again under the item it concerns
BACK_REFERENCE = re.compile(
    r"\((?:see\s+|as\s+declared\s+(?:at|in)\s+)?(?:minutes?|items?)\s+[\w./]+(?:\s+above)?\)", re.I
)
DECLARATIONS_TITLE = re.compile(
    r"\b(?:declarations?|disclosures?)\b.*\binterests?\b|\binterests?\b|\bdisclosures?\s+by\s+members\b", re.I
)
# A full stop ends a sentence unless it closes an initial, an honorific or 'No.' ('in Minute No. 106').
SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bCllr)(?<!\bCllrs)(?<!\bSt)(?<!\bNo)(?<!\bCyng)\.(?=\s|$)"
    # an application's reference in capitals ends a sentence too: '... on application 25/01234/CH. Cllr. Kember'
    r"|(?<=\d/[A-Z]{2})\.(?=\s|$)|(?<=\d/[A-Z]{3})\.(?=\s|$)|(?<=\d/[A-Z]{4})\.(?=\s|$)|(?<=\d/[A-Z]{5})\.(?=\s|$)"
)


def _paragraphs(body: list[Line]) -> list[tuple[str, list[tuple[int, Line]]]]:
    """Blank-separated paragraphs, each with where its lines start in its text (so a declaration cites the line
    its sentence starts on); one cut by a page break (mid-sentence, or going on in lower case) is rejoined."""
    out: list[tuple[str, list[tuple[int, Line]]]] = []
    cur: list[str] = []
    starts: list[tuple[int, Line]] = []
    for k, line in enumerate(body):
        t = plain(line.text.replace("\f", ""))
        if cur and cur[-1].endswith(".") and _sub_heading(t, body[k + 1].text if k + 1 < len(body) else ""):
            t = ""  # 'Other interests' between two declarations: a heading over the next, part of neither
        # a typed underline under a heading parts too, as does a label in capitals ('CONFLICT OF INTEREST
        # DECLARED BY ANY MEMBER OR OFFICER:', 'DISPENSATION GRANTED ...:') over what a decision notice says of it
        if not t or re.fullmatch(r"[-=_~]{3,}", t) or (t.endswith(":") and t.isupper()):
            if cur:
                out.append((" ".join(cur), starts))
                cur, starts = [], []
            continue
        if cur and t[:1] in NUMBER_OPENERS and re.match(r"^(?:\d{1,3}\.\d{1,3}|\([a-z0-9]{1,3}\)|\d{1,2}\))\s", t):
            out.append((" ".join(cur), starts))
            cur, starts = [], []  # a numbered paragraph ('2.2 ...', '(b) ...', '2) ...') starts one of its own
        if not cur and out and _cut_by_page_break(out[-1][0], t):
            prev, starts = out.pop()
            cur = [prev]
        starts.append((len(" ".join(cur)) + 1 if cur else 0, line))
        cur.append(t)
    if cur:
        out.append((" ".join(cur), starts))
    return out


def _sub_heading(text: str, below: str) -> bool:
    """A short line with no stop after a sentence's end, over a line opening a sentence: a heading
    ('Other significant interests (OSIs)'), not words of a paragraph."""
    return (
        0 < len(text.split()) <= 6
        and text[:1].isupper()
        and not re.search(r"[.,;:]$", text)
        and not HONORIFIC_START.match(text)
        and plain(below)[:1].isupper()
    )


def _cut_by_page_break(prev: str, nxt: str) -> bool:
    """A paragraph that stops mid-sentence and goes on in the next: the next part starts in lower
    case, or the first stops inside a quotation or brackets, or on a joining word."""
    if re.search(r"[.:;!?]$", prev) or re.match(r"^\(?[a-z0-9]{1,3}[.)]\s|^[-–•]\s", nxt):
        return False
    if re.match(r"^[a-z]", nxt):
        return True
    quotes = (prev.count("'") + prev.count("‘")) % 2 == 1 or prev.count("“") > prev.count("”")
    opened = prev.count("(") > prev.count(")") or quotes
    return bool(opened or re.search(r"\b(?:the|of|and|to|a|an|in|for|with|by|on|at)$", prev))


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    start = 0
    for m in SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    m = SENTENCE_END.search(text, at)
    end = m.end() if m else len(text)
    return start, end


def _subject_names(subject: str) -> list[str]:
    """The people a declaration's subject names; a lead-in clause before a comma is dropped
    ('As Directors of X Ltd, B Hastie and R Moon', 'In relation to item 6, Councillor Y')."""
    # a paragraph's own marker: '(b) Cllr X', '125.1 Cllr X'
    s = re.sub(r"^(?:\(?[a-z0-9]{1,3}[.)]|\d{1,4}\.\d{1,3})\s+", "", subject.strip(" ,;:"))
    s = re.sub(r"\s+(?:each|both|all)$", "", s)  # 'Councillor A and Councillor B each': each of them declared
    tries = [s]
    titled = list(re.finditer(r"\b(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Alderm[ae]n)\s+[A-Z]", s))
    if titled and titled[0].start() > 0 and ":" in s[: titled[0].start()]:
        # ('In relation to the agenda item entitled ‘Depot: Disposal of Surplus Land’ (Minute No. 108), Councillor
        # L Nuttall': a colon inside the item's title, the titled name after it)
        tries.append(s[titled[0].start() :])
    if ":" in s:  # 'Declarations of interest: Councillor X declared ...'
        tries.append(s.rsplit(":", 1)[1])
    if "," in s:
        tries += [s.split(",", 1)[1], s.rsplit(",", 1)[1]]
    if titled and titled[0].start() > 0:  # 'At the start of this item Councillor Bryn Hale'
        tries.append(s[titled[0].start() :])
    if len(titled) >= 2:  # '... apologies had been received from Councillor X, ...; and that Councillor Y'
        tries.append(s[titled[-1].start() :])
    # 'Councillor Amira Hassan referred to item 8 (...) and stated that she is ...': the titled name, then its verb
    lead = re.match(
        r"(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr|Alderm[ae]n)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+(?=\s+[a-z])", s
    )
    if lead:
        tries.append(lead.group())
    # ('Councillor Alan Brightwell-Shaw, Executive Member for Adult Services and Public Health,': the office after the
    # name is no one)
    tries += [OFFICE_AFTER_NAME.sub("", t) for t in tries if "Member" in t and OFFICE_AFTER_NAME.search(t)]
    for t in tries:
        names = _all_names(t)
        if names:
            return names
    return []


def _all_names(text: str, members: bool = False) -> list[str]:
    """Every part a name, or none; `members`: the text lists members, so a bare surname is a name."""
    s = re.sub(r"^(?:both|each\s+of|and)\s+", "", text.strip(" ,;:"), flags=re.I)
    if not s:
        return []
    names: list[str] = []
    # 'Cllrs A and B', 'Alderman McAuley': the title shared by the names after it
    titled = re.match(r"^\W*(?:councillors?|cllrs?\.?|alderm[ae]n)\s", s, re.I)
    shared = "Cllr " if members or titled else ""
    for part in split_names(s):
        raw, _role = split_role(part)
        name = clean_name(raw)
        if looks_like_name(raw, name) or looks_like_name(shared + raw, name):
            names.append(name)
        else:
            return []  # a subject that is not all names ("Members who were district councillors")
    return names


def _kind(sentence: str) -> str:
    for pattern, kind in KINDS:
        if pattern.search(sentence):
            return kind
    return "other"


# a planning application's reference, which heads the minute that decided it: 'LW/25/01502/OA', '25/501234/FULL'
APPLICATION_REF = re.compile(r"\b(?:[A-Z]{1,4}/)?\d{2,4}/\d{3,6}/[A-Z]{2,6}\b")


def _item_for(rest: str, item: LocatedItem, s: LocatedSet) -> str | None:
    m = ITEM_NAMED.search(rest)
    if m:
        number = re.sub(r"\s+", "", m.group("n"))
        # 'in Item 5': the agenda's number; the minute that records agenda item 5 ('105. ... (Item 5)') is its item
        agenda = m.group().lower().startswith(("item", "agenda"))
        # (so too where a minute bears the same number: minutes '1.'-'7.' print '(Item 2)'-'(Item 8)' under
        # their titles, and 'Item 6' is the agenda's)
        recorded = [o.number for o in s.items if agenda and o.agenda == number and o.number]
        return recorded[0] if len(recorded) == 1 else number
    low = rest.lower()
    for other in s.items:
        title = other.title.lower().strip(" .")
        if other is not item and len(title) >= 5 and re.search(rf"\b{re.escape(title)}\b", low):
            return other.number
    for ref in APPLICATION_REF.findall(rest):  # 'in application LW/25/01502/OA (Land south of ...)'
        headed = [o.number for o in s.items if o is not item and ref in o.title]
        if len(headed) == 1:
            return headed[0]
    if not DECLARATIONS_TITLE.search(item.title):
        return item.number
    return None


def _found(
    para: str, loose: bool = False, initials: dict[str, str] | None = None
) -> list[tuple[list[str], int, int, str]]:
    """(names, where the sentence starts and ends, the words after the verb) for each declaration a
    paragraph makes, in reading order; under a declarations heading (`loose`) 'X declared that he
    knew a person involved in item 6' counts too; a person named by initials the attendance's key gives
    ('AM declared ...') is named in full."""
    out = []
    for m in (DECLARED_LOOSE if loose else DECLARED).finditer(para):
        start, end = _sentence_bounds(para, m.start())
        subject = para[start : m.start()].strip(" ,;:")
        named = initials.get(subject) if initials else None
        names = [named] if named else _subject_names(para[start : m.start()])
        if names:
            out.append((names, start, end, para[m.end() : end]))
    for m in DECLARED_BY.finditer(para):  # 'An interest was declared by Councillor X in item 5'
        out += _declared_by(para, m, BY_WHOM_ENDS, _all_names)
    if "Datgan" in para:
        for m in WELSH_DECLARED.finditer(para):
            start, end = _sentence_bounds(para, m.start())
            names = _welsh_names(m.group("who"))
            if names:
                out.append((names, start, end, para[m.end() : end]))
        for m in WELSH_DECLARED_BY.finditer(para):  # 'Datganwyd buddiant gan y Cynghorydd X yn eitem 5'
            out += _declared_by(para, m, WELSH_BY_WHOM_ENDS, _welsh_names)
    listed = LISTED.match(para)  # 'Councillor A Smith - Item 5 - personal interest as ...'
    if listed and not out:
        names = _all_names(listed.group("who"))
        if names:
            out.append((names, 0, len(para), listed.group("rest")))
    return sorted(out, key=lambda found: found[1])


# where the names after 'declared by' end: 'in item 5', 'as ...', a full stop
BY_WHOM_ENDS = re.compile(r"\s+(?:in|on|at|for|as|because|regarding|relating|who|which)\b|[.;]")
WELSH_BY_WHOM_ENDS = re.compile(r"\s+(?:yn|mewn|ar|oherwydd|gan|fel)\s|[.;,(]")


def _declared_by(
    para: str, m: re.Match[str], ends: re.Pattern[str], names_of: Callable[[str], list[str]]
) -> list[tuple[list[str], int, int, str]]:
    """A declaration told in the passive, its people after the verb: (names, sentence bounds, the words after)."""
    start, end = _sentence_bounds(para, m.start())
    tail = para[m.end() : end]
    cut = ends.search(tail)
    names = names_of(tail[: cut.start()] if cut else tail)
    return [(names, start, end, tail)] if names else []


def _welsh_names(who: str) -> list[str]:
    """The names of Welsh words 'y Cynghorydd X a'r Cyng. Y': 'a' / 'ac' read as 'and' (`clean_name` takes the
    titles off)."""
    return _all_names(" and ".join(p.strip() for p in WELSH_AND.split(who.strip()) if p.strip()))


# the closing words of a declarations minute, no one's own: 'There were no other declarations.', 'No requests for
# dispensations had been received.', 'No dispensations were requested.' (not 'No dispensation was required.', hers)
NO_OTHER = re.compile(
    r"(?<=[.;])\s+(?:there\s+were\s+no\s+other|no\s+other|no\s+(?:further\s+)?(?:requests?\b|dispensations\s+(?:were|had))"
    r"|ni\s+(?:ddatganwyd|chafwyd)\b)",  # Welsh: 'Ni ddatganwyd unrhyw fuddiant arall.' (none other declared)
    re.I,
)


ASIDE = re.compile(r"\((?=\s*(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s[^()]{0,80}\bdeclared\b)")


def _aside(para: str, start: int, end: int, stop: int) -> str | None:
    """A declaration told as an aside in brackets, to its closing bracket; None where it opens no bracket."""
    opened = ASIDE.search(para, start, end)
    if opened is None:
        return None
    at, depth = opened.start(), 0
    for k in range(at, stop):
        depth += {"(": 1, ")": -1}.get(para[k], 0)
        if depth == 0:
            return para[at : k + 1]
    return None


def _own_words(para: str, start: int, end: int, starts: list[int], names: list[str]) -> str:
    """A declaration's words: its sentence and the whole sentences after it ('She left the room.')
    up to the next declaration's, so two declarations sharing a paragraph do not share their text.
    A sentence led by someone else ('Councillor Y made a transparency statement') or a run of
    unpunctuated fields after it ('Key decision Yes') ends it."""
    stop = min((at for at in starts if at > start), default=len(para))
    aside = _aside(para, start, end, stop)
    if aside is not None:  # '(Councillor X declared a personal interest in this matter ...)': the aside is all of it
        return aside
    if stop - start > 700:
        return para[start:end]
    out = para[start:end]
    # a paragraph's closing words that no one declared: 'There were no other declarations of interest.'
    stop = min([stop] + [m.start() for m in NO_OTHER.finditer(para, end, stop)])
    at = end
    while at < stop:
        nxt = SENTENCE_END.search(para, at, stop)
        if not nxt:
            break
        sentence = para[at : nxt.end()]
        told = HONORIFIC.match(sentence.strip())
        if told and not any(n.split()[-1] in sentence[: told.end() + 40] for n in names):
            break
        out += sentence
        at = nxt.end()
    return out


def declarations_in(s: LocatedSet) -> list[Declaration]:
    out: list[Declaration] = []
    seen: set[tuple[str, str | None]] = set()
    # declarations made before the first minute (under an unnumbered heading) count too
    # ('Declarations of interest' over 'Member | Item | Interest', a web page's section before item 1: its heading)
    head = plain(s.preamble[0].text) if s.preamble else ""
    titled = head if len(head) <= 60 and DECLARATIONS_TITLE.search(head) else ""
    body = s.preamble[1:] if titled else s.preamble  # (the heading no part of its first paragraph)
    preamble = [LocatedItem(None, titled, s.preamble[0], body)] if s.preamble else []
    initials = initials_key(s.attendance)
    for item in preamble + s.items:
        own = len(out)  # where this item's declarations start
        for para, starts in _paragraphs(item.body):
            found = _found(para, loose=bool(DECLARATIONS_TITLE.search(item.title)), initials=initials)
            for names, start, end, rest in found:
                sentence = para[start:end]
                if BACK_REFERENCE.search(sentence) and all(any(d.name == n for d in out) for n in names):
                    continue  # '... declared a non-pecuniary interest (minute 1) and withdrew': told above already
                named = rest if ITEM_NAMED.search(rest) or not ITEM_NAMED.search(sentence) else sentence
                number = _item_for(named, item, s)
                text = _own_words(para, start, end, [at for _, at, _, _ in found], names)
                text = re.sub(r"^\W*minutes\s*:\s*", "", text, flags=re.I)  # a web page's 'Minutes:' label
                text = re.sub(r"^\(?[0-9a-z]{1,3}[.)]\s+(?=[A-Z])", "", text)  # its paragraph number: "1) Mr X ..."
                text = re.sub(
                    r"(?<=[.)])\s+\(?\d{1,2}[.)]$", "", text.strip()
                )  # '... (Item 6). 2.': the next one's number
                for name in names:
                    if (name, number) in seen:
                        continue
                    seen.add((name, number))
                    begins = start + len(para[start:end]) - len(para[start:end].lstrip())
                    cited = max((at for at in starts if at[0] <= begins), key=lambda at: at[0])[
                        1
                    ]  # its sentence's line
                    out.append(Declaration(name, number, _kind(sentence), text.strip(), cited.cite()))
        for name, number, kind, text, line in _listed_after_lead_in(item, s) + _listed_under_heading(item, s):
            if (name, number) not in seen:
                seen.add((name, number))
                # (a sentence read in the table's rows run together, '347 Mrs X Made a Voluntary Announcement ...',
                # names no item: the row says it whole)
                out[own:] = [d for d in out[own:] if not (d.name == name and d.item is None)]
                out.append(Declaration(name, number, kind, text, line.cite()))
    return out


def _listed_after_lead_in(item: LocatedItem, s: LocatedSet) -> list[tuple[str, str | None, str, str, Line]]:
    """'Members declared personal interests in minute 96 as follows:' then one 'Name - why' a line,
    or 'The following interests were declared:' over a table (Name | Item | Interest)."""
    out = []
    body = item.body
    for i, line in enumerate(body):
        lead = plain(line.text.replace("\f", ""))
        titled = bool(DECLARATIONS_TITLE.search(item.title))
        if titled and INTEREST_TABLE_HEAD.fullmatch(line.text.strip()) and not (i and _ends_lead(body[i - 1])):
            lead = item.title  # the table's heading row straight under the minute's title: no lead-in sentence
        elif not lead.endswith((":", ";", ":-", " –", " -")):  # ('... at this meeting –' over a table)
            continue
        if lead.count("(") > lead.count(")"):
            continue  # '... in item 5 (Scrutiny Review:' / 'Youth Violence – Final Report) as ...': a title's colon
        below = next((x.text.strip() for x in body[i + 1 : i + 3] if x.text.strip()), "")
        # under a declarations heading, 'as set out in the table below:' over 'Member | Interest'
        tabled = titled and bool(INTEREST_TABLE_HEAD.fullmatch(below) or lead == item.title)
        if not (DECLARED.search(lead) or LEAD_IN.search(lead) or tabled) and i:
            # ('(a) The following members declared a personal interest in the items noted, for' / 'the reasons
            # noted:': the lead-in wrapped, its colon on the second line)
            joined = f"{plain(body[i - 1].text.replace(chr(12), ''))} {lead}"
            lead = joined if DECLARED.search(joined) or LEAD_IN.search(joined) else lead
        if not (DECLARED.search(lead) or LEAD_IN.search(lead) or tabled):
            continue
        number = _item_for(lead, item, s) if ITEM_NAMED.search(lead) else None
        kind = _kind(lead)
        last = lead  # the line read last
        for nxt in body[i + 1 :]:
            raw = nxt.text.replace("\f", "").strip()
            t = plain(raw)
            before, last = last, (t or last)
            named_first = NAME_IN_ITEM.match(t)
            if named_first and len(names := _all_names(named_first.group("who"), members=True)) == 1:
                why = named_first.group("why")
                out.append((names[0], number or _item_for(why, item, s), kind, f"{lead} {t}", nxt))
                continue
            # ('• Item 6: Ms K Currie (non-financial)': one a bullet, the item first)
            first = ITEM_FIRST.match(re.sub(r"^[-–•▪]\s+", "", t))
            if not first and (not t or re.match(r"^[-–•]\s", t)):
                continue  # blank, or a further line for the person above
            if "\t" in raw:
                cells = [plain(c) for c in raw.split("\t") if c.strip()]
                # the table's header row ('Name | Minute Number | ...', 'Member name | ...'; not 'Councillor Carew')
                if re.search(r"\b(?:name|member|councillor)s?\b", cells[0], re.I) and len(cells[0].split()) <= 2:
                    if not HONORIFIC_START.match(cells[0]) or INTEREST_TABLE_HEAD.fullmatch(raw):
                        continue
                row = _table_row(cells, item, s, number, kind)
                if row is None:
                    break
                out.append((*row, t, nxt))
                continue
            if first:  # 'Item 4bi – Mr B Lobban (Financial)'
                why = first.group("why") or ""
                for name in _all_names(first.group("who"), members=True):
                    out.append(
                        (
                            name,
                            first.group("n"),
                            _kind(why) if any(p.search(why) for p, _ in KINDS) else kind,
                            f"{lead} {t}",
                            nxt,
                        )
                    )
                continue
            if t.endswith((":", ":-")) and t[:1].isupper() and not NAME_THEN_WHY.match(t):
                break  # 'The Committee also NOTED the following Transparency Statement:-': another list begins
            m = NAME_THEN_WHY.match(t)
            if not m and out and (t[:1].islower() or not re.search(r"[.;]$", before)):
                continue  # '... which receives grant funding from the County' / 'Council': the entry above goes on
            if not m:
                break
            names = _all_names(m.group("who"), members=True)
            if len(names) != 1:
                break
            why = m.group("why")
            named = number or (_item_for(why, item, s) if ITEM_NAMED.search(why) else _item_for(lead, item, s))
            own_kind = _kind(why) if any(p.search(why) for p, _ in KINDS) else kind
            out.append((names[0], named, own_kind, f"{lead} {t}", nxt))
    return out


def _listed_under_heading(item: LocatedItem, s: LocatedSet) -> list[tuple[str, str | None, str, str, Line]]:
    """Under a declarations heading, with no lead-in sentence: 'Cllr A Jones.......Finance (reimbursement).'
    one a line, or a table read one cell a line under its header 'Councillor | Minute No. | Nature of interest'."""
    if not DECLARATIONS_TITLE.search(item.title):
        return []
    out: list[tuple[str, str | None, str, str, Line]] = []
    filled = [x for x in item.body if plain(x.text.replace("\f", ""))]
    texts = [plain(x.text.replace("\f", "")) for x in filled]
    for line, t in zip(filled, texts, strict=True):
        m = DOTTED.match(t)
        if m:
            names = _all_names(m.group("who"), members=True)
            if len(names) == 1:
                why = m.group("why").strip(" .")
                number = _item_for(why, item, s) if ITEM_NAMED.search(why) else None
                out.append((names[0], number, _kind(why), t, line))
    for k in range(len(texts) - 2):
        head = texts[k : k + 3]
        if not (
            re.fullmatch(r"(?:name\s+of\s+)?(?:councillors?|members?|names?)", head[0], re.I)
            and re.search(r"\b(?:minute|item|agenda)\b", head[1], re.I)
            and len(head[1]) <= 30
            and re.search(r"\b(?:nature|interest|reason|type)\b", head[2], re.I)
            and len(head[2]) <= 40
        ):
            continue
        j = k + 3
        while j + 2 < len(texts):
            who, ref, why = texts[j : j + 3]
            names = _all_names(who, members=True)
            num = re.match(
                r"^(?:(?:agenda\s+)?item|minute)?\s*(?:no\.?\s*)?(\d{1,4}(?:[./]\d{1,4})?[a-z]?)\b", ref, re.I
            )
            if len(names) != 1 or not num:
                break
            out.append((names[0], num.group(1), _kind(why), f"{who} - {ref} - {why}", filled[j]))
            j += 3
        break
    return out


def _ends_lead(line: Line) -> bool:
    return plain(line.text.replace("\f", "")).endswith((":", ";", ":-"))


def _table_row(
    cells: list[str], item: LocatedItem, s: LocatedSet, number: str | None, kind: str
) -> tuple[str, str | None, str] | None:
    """(name, item, kind) from a row 'Councillor A Smith | 5 | Personal - school governor'."""
    names = _all_names(cells[0], members=True)
    if len(names) != 1:
        return None
    rest = " ".join(cells[1:])
    for cell in cells[1:]:
        # ('8 – Recommendations of the Cabinet': the minute's number, then its title)
        m = re.fullmatch(
            r"(?:(?:agenda\s+)?item|minute)?\s*(\d{1,4}(?:/\d{2,4})?(?:\([a-z0-9]{1,3}\))?)(?:\s+[–—-]\s+\S.*)?",
            cell,
            re.I,
        )
        if m:
            number = m.group(1)
            break
    else:
        number = number or _item_for(rest, item, s)
    if any(p.search(rest) for p, _ in KINDS):
        kind = _kind(rest)
    return names[0], number, kind


def extract_declarations(lines: list[Line], segments: list[Segment], minutes: list[Minutes]) -> list[Declaration]:
    out: list[Declaration] = []
    for s in locate_minutes(lines, segments):
        out.extend(declarations_in(s))
    return out
