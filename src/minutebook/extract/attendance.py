"""Who attended a meeting: the present / apologies / substitutes / officers lists at the head of a
set of minutes, and the people the minutes' prose records as attending or substituting.

Split out of minutes.py, which finds the sets and their numbered minutes; this module only reads
the attendance lines it is handed. House-style words live in the pattern tables below.
"""

from __future__ import annotations

import functools
import re

from minutebook.extract.council import council_names
from minutebook.extract.names import (
    PARTY_NAMES,
    PARTY_SHORT,
    POLICE_RANK,
    clean_name,
    split_names,
    split_role,
    surname_last,
)
from minutebook.model import Line, Person
from minutebook.prose import ends_on_joining_word, join_wrapped

# ---------------------------------------------------------------- pattern tables

# Attendance labels: (pattern, kind, role). Most specific first.
ATTENDANCE_LABELS: list[tuple[re.Pattern[str], str, str | None]] = [
    (re.compile(p, re.I), kind, role)
    for p, kind, role in [
        (r"in\s+the\s+chair", "member", "Chair"),
        (
            r"apolog(?:ies|y)(?:\s+for\s+absence)?(?:\s+(?:were\s+|was\s+)?received\s+from)?|absent\s+with\s+apologies",
            "apologies",
            None,
        ),
        (r"absent(?:\s+without\s+apologies)?", "absent", None),
        # 'Press and Public: 2 members of the press and 6 members of the public': a count, no one by name
        (
            # (and the public who spoke on an application: 'Public Speakers: ...', no part of the meeting's attendance)
            r"(?:press\s+and\s+public|public\s+and\s+press|members\s+of\s+the\s+(?:public|press)|public\s+speakers?)"
            r"(?=\s*:)",
            "public",
            None,
        ),
        (r"deputy\s+cabinet\s+members?", "member", "Deputy Cabinet Member"),
        (r"non-?\s?voting\s+opposition\s+members?", "member", "Non-Voting Opposition Member"),
        # councillors not on the committee, there for an item in their ward: 'Local Members', 'Ward Councillors'
        (r"local\s+members?", "other", "Local Member"),
        (r"ward\s+(?:councillors?|members?)", "other", "Ward Councillor"),
        (r"non-?\s?voting\s+members?", "member", "Non-voting"),
        (r"other\s+members?(?:\s+present)?", "member", "Other Member"),
        # 'Added members for education items:' (a Scottish council's church and parent representatives)
        (r"added\s+members?(?:\s+for\s+[a-z ]{3,40}?)?(?=\s*:)", "member", "Added member"),
        # 'Co-opted members', 'Co-opted community representatives'
        (
            r"(?:[A-Z][\w-]*\s+)?co-?opted\s+(?:[a-z]+\s+)?(?:members?|representatives?)|co-?optees?"
            r"|co-?opted(?:\s*\([^()]*\))?(?=\s*:)",  # 'Co-opted (non-voting):'
            "member",
            "Co-opted",
        ),
        (r"substitute\s+members?|substitutes?", "member", "Substitute"),
        (r"advisory\s+members?(?:\s*\([^()]*\))?", "member", "Advisory member"),  # 'Advisory members (non-voting)'
        (r"honorary\s+alderm[ae]n|honorary\s+alderwom[ae]n", "other", "Honorary Alderman"),
        (r"independent\s+persons?", "other", "Independent Person"),  # a standards co-optee
        (r"independent\s+members?", "member", "Independent Member"),  # an audit committee's co-opted member
        # a pension board's groups over their names
        (r"employer\s+representatives?", "member", "Employer Representative"),
        (r"(?:scheme\s+member|employee|member)\s+representatives?", "member", "Scheme Member Representative"),
        (r"independent\s+chair(?:man|person)?", "member", "Independent Chair"),
        (r"(?:external|internal)\s+audit(?:ors?)?", "other", None),  # 'External auditor | Firm LLP – Name, Partner'
        # ('Also present with the agreement of the Chairman: Councillor E. White')
        (
            r"also\s+(?:present|in\s+attendance|attending)(?:\s+(?:with|at|by)\s+[^:]{3,60}(?=:))?|others\s+present"
            r"|other\s+attendees|guests?",
            "other",
            None,
        ),
        # who a board hears from without being its members: partner agencies, young people, witnesses, the
        # community's representatives on an area committee
        (r"(?:community|residents?['’]?|tenants?['’]?|youth|voluntary\s+sector)\s+representatives?", "other", None),
        (
            r"partners?(?:\s+(?:present|representatives?|agencies))?|young\s+people(?:\s+present)?|witnesses",
            "other",
            None,
        ),
        (
            r"employees(?:\s*\(by\s+directorate\))?"
            r"|officer\s+support"  # ('OFFICER SUPPORT:' under a London council assembly's members)
            r"|(?:council\s+)?officers?(?:\s+and\s+others)?(?:\s+present|\s+in\s+attendance|\s+attending)?"
            r"|adults\s+(?:present|in\s+attendance)"  # (a youth council's: its staff and guests)
            r"|officials\s+(?:present|in\s+attendance)"  # (Northern Ireland's word for its officers)
            r"|staff(?:\s+present)?",
            "officer",
            None,
        ),
        (r"in\s+attendance(?:\s+(?:virtually|remotely|online))?", "officer", None),
        # 'The following Officers were in attendance:' (Carmarthenshire's)
        (r"the\s+following\s+officers\s+(?:were\s+)?(?:also\s+)?(?:in\s+attendance|present)(?=\s*:)", "officer", None),
        # 'Implementation Team officers in attendance:', 'Democratic Services officers present:'
        (r"(?:[A-Z][\w-]*\s+){1,3}officers?\s+(?:present|in\s+attendance|attending)", "officer", None),
        # 'Wessex Downs Council Officers:' among an area board's partners
        (r"(?:[A-Z][\w'’-]*\s+){1,4}council\s+officers?(?=\s*:)", "officer", None),
        (r"attending(?=\s*:)", "officer", None),
        # councillors who are not members of the body: 'Members in attendance:', 'Members attending in accordance
        # with Standing Order 25'
        (
            r"(?:(?:committee|cabinet|board|panel)\s+)?members?\s+(?:in\s+attendance|attending)"
            r"(?:\s+in\s+accordance\s+with\s+standing\s+order\s+\d+\w*)?"
            # 'Councillors attending as guests:' (Essex's Cabinet: opposition leaders and local members)
            r"|(?:councillors?|members?)\s+(?:attending|present|in\s+attendance)\s+as\s+(?:guests?|observers?)(?=\s*:)",
            "member",
            None,
        ),  # Scottish minutes: 'Attending: M Rennie (Clerk); F Doherty, ...'
        # 'Observers: Councillor Midgley (Minute 5)': a councillor watching a body she is no member of
        (r"observers?(?=\s*:)", "other", None),
        # 'For item 5: Mr A Bell (applicant), ...' under 'Also present:' (a hearing's parties, item by item)
        (
            r"for\s+(?:agenda\s+)?(?:items?|minutes?)\s+\d[\d.]*(?:\s*(?:,|and|&|to|-|–)\s*\d[\d.]*)*(?=\s*:)",
            "other",
            None,
        ),
        # 'Non-Committee Members present:': councillors there who say they are not the body's members
        (r"non-?\s?(?:committee|cabinet|board|panel)\s+members?(?:\s+present)?", "other", None),
        (  # 'Committee Members present (in person):', '... (remotely):'
            r"(?:committee\s+|cabinet\s+|board\s+|panel\s+)?members?(?:\s+present(?:\s*\([^()]{1,30}\))?)?"
            r"|councillors\s+present|sederunt"
            r"|present\s+(?:on|at)\s+[^:]{2,40}(?=\s*:)"  # 'Present on 16 October:' (a reconvened meeting)
            r"|present(?:\s*\([^()]*\))?"
            r"|(?:(?:county|city|borough|district|town|parish)\s+)?(?:councillors?|cllrs?\.?)(?=\s*:)",
            "member",
            None,
        ),
        (r"attendance", "member", None),
        (r"(?:[A-Z][\w-]*\s+){1,2}members\s+present(?=\s*:)", "member", None),  # 'Executive Members present:'
    ]
]
HONORIFIC_START = re.compile(
    r"^(?:Councillors?|Cllrs?\.?|Alderm[ae]n|Alderwom[ae]n|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+[A-Z]"
)
NAME_START = re.compile(
    r"(?:(?:Councillor|Cllr|Alderm[ae]n|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]{1,3}\.?\s+)+[A-Z][\w'’-]+|"
    r"(?:Councillor|Cllr|Alderm[ae]n|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+"
)
JOB_WORDS = re.compile(
    r"\b(?:director|manager|head|officer|executive|assistant|leader|clerk|counsel|lead|solicitor|accountant|analyst|"
    r"advis[eo]r|co-?ordinator|team|services?|chief|governance|democratic|corporate|monitoring|co-?optees?|"
    r"representative|strategic|interim|acting|deputy|secretary|treasurer|engineer|planner|consultant|partner|"
    r"mayor(?:'s|’s)?|mayoress|chaplain|constable|sergeant|inspector|nurse|commissioner|audit(?:ors?)?"
    # ('Youth Participation Worker', 'Senior Lawyer')
    r"|worker|practitioner|specialist|administrator|lawyer|barrister|surveyor"
    r"|RFO|CEO|CFO"  # ('the RFO (Anil Deshmukh)': a parish's Responsible Financial Officer)
    # and the Welsh of a paper in Welsh alone: 'Clerc', 'Prif Weithredwr', 'Swyddog Monitro', 'Pennaeth Cyllid'
    r"|clerc|swyddog|weithredwr|pennaeth|cyfarwyddwr|rheolwr|ysgrifennydd|trysorydd|cyfreithiwr)\b",
    re.I,
)
# One-word roles printed after a name and a dash ('A Smith – Chair').
ROLE_WORD = re.compile(
    r"chair(?:man|woman|person)?|vice-?chair\w*|mayor\w*|leader|convener|provost|speaker|clerk|treasurer|president"
    r"|substitute|observer|co-?opted|apologies|absent|independent|labour|conservative|liberal|green|reform",
    re.I,
)
PARTICLES = {"de", "van", "von", "der", "den", "le", "la", "da", "di", "du", "ap", "ab", "al", "el", "bin", "of", "st"}
NOT_NAMES = {
    "members",
    "member",
    "officers",
    "officer",
    "chair",
    "chairman",
    "clerk",
    "all",
    "none",
    "nil",
    "the clerk",
    "present",
    "apologies",
    "councillors",
    "mbe",
    "obe",
    "cbe",
    "jp",
    "dl",
}
# Capitalised words of headings and job titles that are never part of a person's name.
NOT_NAME_WORDS = {
    "declarations",
    "declaration",
    "interest",
    "interests",
    "statements",
    "statement",
    "minutes",
    "apologies",
    "report",
    "reports",
    "council",
    "councils",
    "committee",
    "meeting",
    "business",
    "item",
    "items",
    "agenda",
    "attendance",
    "public",
    "private",
    "exempt",
    "update",
    "plan",
    "strategy",
    "budget",
    "policy",
    "board",
    "panel",
    "cabinet",
    "members",
    "officers",
    "questions",
    "petitions",
    "announcements",
    "matters",
    "arising",
    "notes",
    "none",
    "housing",
    "neighbourhoods",
    "education",
    "finance",
    "resources",
    "transparency",
    "group",  # a sub-heading: 'Group A – Church of England' (a SACRE's groups), 'Labour Group'
    "groups",
    "councillors",
    "llp",
    "ltd",
    "limited",
    "plc",
    "llc",
    "inc",  # a firm ('Hallam Whitcombe LLP', the auditors'), not a person
}
SUB_PAIR = re.compile(  # ('Councillor Kieran Marsh attended as substitute for Councillor Paul Dungworth')
    r"^(?P<who>.+?)\s+(?:(?:attended|was\s+present)\s+as\s+(?:a\s+)?substitute\s+for|for|in\s+place\s+of|replacing"
    r"|substituting\s+for)\s+(?P<for>.+)$",
    re.I,
)
WITH_APOLOGIES = re.compile(r"\s*\(\s*with\s+apolog(?:y|ies)\s*\)\W*$", re.I)
BRACKETED_SUB = re.compile(r"\s*\((?:as\s+)?(?:substitute|substituting)\s+for\s+([^()]+)\)", re.I)
ATTENDED = re.compile(
    r"^(?P<who>(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:attended|was\s+(?:also\s+)?(?:present|in\s+attendance))\b\s*(?P<rest>[^.]*)"
)
SUBSTITUTED = re.compile(
    r"(?P<who>(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:substituted|(?:was\s+)?substituting|was\s+(?:a\s+)?substitute|attended\s+as\s+(?:a\s+)?substitute)\s+for\s+"
    r"(?P<for>(?:(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
# 'Councillor Helen Marsh (Chair) – Cabinet Member for Adult Social Care and Health': one person a line; all
# after the dash is their role or organisation, 'and' there joins words of the role, not names.
DASH_PERSON_LINE = re.compile(r"^(?P<name>[^,()–—]+?)\s*(?:\((?P<bracket>[^()]+)\))?\s+[–—-]\s+(?P<role>[^\t]+)$")
ONE_PERSON_LINE = re.compile(r"^(?P<name>[^,()–—]+?)(?:,|\s+[–—-])\s+(?P<role>[^\t]+)$")
SUBSTITUTE_NAMED_ALONE = re.compile(
    r"(?P<who>(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:attended|was\s+present)\s+as\s+(?:a|the)\s+substitute\b(?!\s+for\b)"
)
SUBSTITUTED_BY = re.compile(
    r"(?P<for>(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*"
    r"\(\s*(?:(?:substituted|replaced)\s+by|substitute\s*(?::|-|–))\s*(?P<who>[^()]+?)\s*\)"
)
APOLOGIES_BY = re.compile(
    r"(?P<who>(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    # (who they are in a bracket between: 'Councillor Alison Kemble (Cabinet Member for ...) had sent her apologies')
    r"(?:\([^()]{2,160}\)\s+)?"
    # ('County Cllr A Pemberton had also sent apologies')
    r"(?:had\s+)?(?:also\s+)?(?:given|gave|sent|tendered|submitted|offered)\s+(?:his|her|their)?\s*(?:formal\s+)?apologies"
    r"(?!\s+for\s+(?:having\s+to\s+)?(?:leav|arriv|being\s+late|lateness))"  # 'for having to leave the meeting'
)
# How many of the public came, in figures or words: '4', 'four', 'several'
HOW_MANY = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many)"
# Those at a meeting who are not people to name: 'Press (2)', '4 members of the public', 'Public (5)'.
NOT_PEOPLE = re.compile(
    rf"^\W*(?:{HOW_MANY}\s+)?"
    r"(?:(?:members?|representatives?)\s+of\s+(?:the\s+)?)?(?:press|public|media|observers?)\b"
    r"(?:\s*\(\d+(?:\s*no\.?)?\))?\W*$"  # ('Press (2 no.)': how many, as Northern Irish minutes count them)
    r"|^\W*(?:vacant|vacancy|tbc|to\s+be\s+confirmed)\W*$",  # a seat with no one in it
    re.I,
)
# ('The apologies of the under-mentioned Members were received:': a lead-in closed by its colon)
APOLOGIES_FROM = re.compile(
    r"\bapolog(?:y|ies)\b(?:[^.]{0,80}?\b(?:from|on\s+behalf\s+of|(?:recorded|noted)\s+for)(?:\s*:)?|(?:\s+for\s+absence)?\s*:-?"
    r"|[^.:]{0,80}?\b(?:received|submitted|tendered|noted)\s*:-?)\s+(?P<names>.+)",
    re.I,
)
# Where a list of names has ended and a sentence about them goes on: a lower-case word that is not a
# joining word or a surname particle ('from Cllr A in her absence the meeting was chaired by Cllr B').
NAMES_END = re.compile(r"\s(?=(?!(?:and|or)\b|the\s+(?:Revd|Rev|Reverend|Rt|Very)\b)[a-z][a-z'’-]*\b)")


# ---------------------------------------------------------------- text


def line_text(line: Line) -> str:
    return line.text.replace("\f", "").rstrip()


MARKUP_RE = re.compile(r"\*+|__+|`")
SPACES_RE = re.compile(r"\s+")


@functools.lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """Markup off, whitespace collapsed: the text a reader sees. (Asked of every line by several
    passes of the minutes reader: remembered per text, the markup pass skipped when there is none.)"""
    if "*" in text or "__" in text or "`" in text:
        text = MARKUP_RE.sub("", text)
    return SPACES_RE.sub(" ", text).strip()


def label_text(text: str) -> str:
    """A label as a reader would read it: 'P R E S E N T :' -> 'PRESENT :', and of a bilingual label
    'PRESENNOL / PRESENT:' the last language ('PRESENT:')."""
    t = text
    m = SPACED_LABEL.match(t)
    if m and SPACED_LABEL_WORD.match(m.group(1).replace(" ", "")):
        t = m.group(1).replace(" ", "") + m.group(2)
    m = BILINGUAL_LABEL.match(t) if "/" in t else None
    if m and m.group(1).upper() == m.group(1):
        t = m.group(2)
    return t


SPACED_LABEL = re.compile(r"^\W*((?:[A-Za-z]\s+){2,}[A-Za-z])\b(.*)$")
SPACED_LABEL_WORD = re.compile(r"present|apologies|attendance|sederunt|absent|officers", re.I)
BILINGUAL_LABEL = re.compile(r"^\W*([^\W\d][^/:()]{1,40}?)\s+/\s+(?=[A-Z])(.*)$")


# ---------------------------------------------------------------- attendance


def is_prose(text: str) -> bool:
    outside = re.sub(r"\([^()]*\)", "", text)
    outside = re.sub(r"\b(?:\d+\s+)?members?\s+of\s+(?:the\s+)?(?:public|press)\b", "", outside)
    outside = re.sub(r"\bin\s+the\s+chair\b", "", outside, flags=re.I)  # 'The Chairman (Cllr X) in the Chair'
    outside = ATTENDANCE_NOTE.sub("", outside)  # '– for items 25/061 to 25/065': when they were there
    words = re.findall(r"\b[a-z][a-z'’-]+\b", outside)
    words = [w for w in words if w not in PARTICLES and w not in {"and"}]
    return len(words) >= 3


def label_of(text: str) -> tuple[str, str | None, str] | None:
    """'Deputy Cabinet Members Councillor P Akhtar' -> ('member', 'Deputy Cabinet Member', 'Councillor P Akhtar')."""
    text = label_text(text)
    # 'Members Present in Person:', 'Members In Attendance Virtually:', 'Officers Present in Person:': how they
    # attended, after the label
    text = HOW_ATTENDED.sub("", text) if ":" in text else text
    for pat, kind, role in ATTENDANCE_LABELS:
        # ('Apologies (Ymddiheuriadau):': the label's Welsh, or a note, in brackets before its colon)
        m = re.match(
            rf"^\W*(?:{pat.pattern})(?:\s*\([^()]{{1,40}}\)(?=\s*:))?\s*(?::-?|-|–)?\s*(?P<rest>.*)$", text, re.I
        )
        if not m:
            continue
        rest = m.group("rest")
        label_end = text[: len(text) - len(rest)]
        # 'Non-voting members Jonathan Pascoe-Reid, Police and Crime Commissioner': a label of two words or
        # more (its cell all but meets the names' column) before a name with no honorific
        plain_name = len(label_end.split()) >= 2 and NAME_BEFORE_ROLE.match(rest)
        if rest and not (":" in label_end or NAME_START.match(rest) or HONORIFIC_START.match(rest) or plain_name):
            continue
        return kind, role, rest
    return None


# (or whether they vote: 'Co-opted members without voting rights:')
# ('Committee Members in attendance in Chamber:', '... via Teams:': Northern Ireland's, where they sat)
HOW_ATTENDED = re.compile(
    r"\s+(?:in\s+person|virtually|remotely|online|with(?:out)?\s+(?:voting\s+rights|a\s+vote)"
    r"|in\s+(?:the\s+)?chamber|via\s+(?:microsoft\s+)?(?:teams|zoom))(?=\s*:)",
    re.I,
)
# an organisation, a dash, the person there for it (the entry's name last)
ORG_DASH_NAME = re.compile(r"^(?P<org>[A-Z][^–—,;()]{2,80}?)\s+[–—]\s+(?P<who>[A-Z][^–—,;()]{2,60})$")
ORG_WORDS = re.compile(
    r"\b(?:Council|Service|Services|Responders|Club|Society|Group|Network|Forum|Alliance|Agency|Church)\b"
)


BRACKET_THEN_ORG = re.compile(
    r"\((?P<r>[^()]+)\)\s+(?:for|of|from|representing)\s+(?P<org>(?:the\s+)?[A-Z][^,;()]{1,60}?)(?=\s*(?:[,;.]|\s+and\s|$))"
)


def _person_for_org(text: str, kind: str, role: str | None) -> Person | None:
    """The one person an 'organisation – person' entry names, the organisation their role; None where the line is no
    such entry, or the words after the dash name another body or a description ('Group D – The Local Authority')."""
    org = ORG_DASH_NAME.match(text.strip())
    if not org or not (OUTSIDE_ORGANISATION.search(org.group("org")) or ORG_WORDS.search(org.group("org"))):
        return None
    found = people_from(org.group("who"), kind, role)
    if len(found) != 1:
        return None
    name = found[0].name
    person = (
        looks_like_name(org.group("who"), name)
        and PLAIN_NAME.fullmatch(name) is not None
        and not re.search(r"\b(?:the|of|and|for)\b", name, re.I)
        and not (ORG_WORDS.search(name) or OUTSIDE_ORGANISATION.search(name) or COUNCIL_WORDS.search(name))
    )
    if not person:
        return None
    found[0].role = found[0].role or org.group("org").strip()
    return found[0]


COUNCIL_WORDS = re.compile(r"\b(?:Council|Authority|Committee|Board|Group)\b")
NAME_BEFORE_ROLE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*(?:,|\(|$)")


def looks_like_name(raw: str, name: str) -> bool:
    if not name or name.lower() in NOT_NAMES or re.search(r"\d", name):
        return False
    party = PARTY_SHORT.fullmatch(name) or re.fullmatch(PARTY_NAMES, name)
    if party and not (name == "Green" and HONORIFIC_START.match(plain(raw))):  # ('Councillors Green and Hale')
        return False  # a party column's cell: 'Con', 'Lab', 'Liberal Democrat'
    tokens = name.split()
    if any(tok.lower() in NOT_NAME_WORDS for tok in tokens):
        return False  # a heading: 'Declarations of Interest', 'Transparency Statements'
    if tokens[0].lower() in {"no", "none", "all", "each", "any", "every", "both"}:
        return False  # 'No Member declared that ...': nobody
    if (JOB_WORDS.search(name) or OUTSIDE_ORGANISATION.search(name)) and not HONORIFIC_START.match(plain(raw)):
        return False  # a job title or a body: 'Chief Executive', 'Legal Services', 'Ardcarran Rivers Trust'
    if len(tokens) > 6:
        return False
    for tok in tokens:
        if tok.lower() in PARTICLES:
            continue
        if not (tok[:1].isupper() and re.match(r"^[\w'’.-]+$", tok)):  # any capital: 'Ó Murchú', 'Ŵyn'
            return False
    if len(tokens) == 1:
        return bool(HONORIFIC_START.match(plain(raw)) or re.match(r"^\s*(?:Cllrs?|Councillors?)\b", raw, re.I))
    return True


def _join_block(texts: list[str]) -> str:
    """Lines of one attendance block as one list: a line that ends mid-list or inside brackets runs on."""
    out = prev = ""
    for t in texts:
        t = t.strip()
        if not t:
            continue
        if not out:
            out = prev = t
            continue
        open_brackets = out.count("(") > out.count(")")
        if out.endswith(";"):  # the list's own separator ends the line
            out, prev = f"{out} {t}", t
            continue
        last = re.split(r"[,;]\s*", out)[-1]
        # 'Councillors A Smith, B Jones, Niall' / 'Gallagher, C Brown': a list wrapped inside a name
        # ... or after a forename: '... and Councillor Ruth' / 'Akinola (Chair, Scrutiny Panel)'
        forename = re.search(r"\b(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z][\w'’-]*$", prev)
        wrapped = (
            # (or a lone forename after a comma: '..., Ravi' / 'Mistry (Barrow Hill Community Forum), ...')
            (
                prev.count(",") >= 2
                or ("," in prev and " and " in prev)
                or forename
                or ("," in prev and re.fullmatch(r"[A-Z][a-z][\w'’-]*", last.strip()))
            )
            and not prev.endswith((",", ";", ".", ":", ")"))
            and (re.match(r"^[A-Z][\w'’-]*(?:,|\s+\(|\s+and\b|$)", t) or _surname_of_two_words(prev, last, t))
            and not HONORIFIC_START.match(t)
        )
        runs_on = (
            wrapped
            or out.endswith((",", "&", "(", "-", "–"))
            # 'The Deputy' / 'Mayor (Councillor G Pettifer)': a role printed before its name in brackets
            or (re.match(r"^the\s", last, re.I) and "(" not in last and re.match(r"^[A-Z][\w-]*\s*\(", t))
            or re.search(r"\b(?:and|Mr|Mrs|Ms|Dr|Miss|Councillor|Cllr|[A-Z])\.?$", out)
            or open_brackets
            or re.match(r"^[a-z(]|^and\b", t)
        )
        out = f"{out} {t}" if runs_on else f"{out}, {t}"
        prev = t
    return out


COUNCIL_OR_HONORIFIC_END = (
    r"(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Rev|Revd|Reverend|County|City|Borough|District|Town|Parish|Community)$"
)


def split_at_honorifics(part: str) -> list[str]:
    """'Councillor N Akhtar Councillor R Lancaster' (two columns read across) -> two names.
    Not inside brackets, and not a 'Dr' that follows another honorific ('Councillor Dr Moore')."""
    cuts = []
    depth = 0
    for m in re.finditer(
        r"[()]|\s(?=(?:Councillor|Cllr|Alderm[ae]n|Mr|Mrs|Ms|Miss|Dr|Rev(?:erend|d)?)\.?\s+[A-Z])", part
    ):
        if m.group(0) == "(":
            depth += 1
        elif m.group(0) == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not re.search(COUNCIL_OR_HONORIFIC_END, part[: m.start()]):
            since = part[cuts[-1] + 1 if cuts else 0 : m.start()].strip()
            if re.fullmatch(r"[A-Z][a-z]+", since):
                continue  # 'Cornwall Councillor L. Jory': the council a councillor sits on, not a name
            cuts.append(m.start())
    pieces, last = [], 0
    for c in cuts:
        pieces.append(part[last:c])
        last = c + 1
    pieces.append(part[last:])
    # ('Mr K Dunmore and Mr D Ibbitson (representative)': the 'and' before the next name joins, it names no one)
    return [re.sub(r",?\s+and$", "", x) if k < len(pieces) - 1 else x for k, x in enumerate(pieces) if x.strip()]


def _dash_role_to_brackets(part: str) -> str:
    """'Councillor W Achebe - Executive Member for Finance' -> 'Councillor W Achebe (Executive Member for Finance)':
    a role printed after a dash reads as one in brackets."""
    m = re.match(r"^(?P<n>[^()–—]+?)\s+[-–—]\s+(?P<r>[A-Z][^()]*(?:\([^()]*\))?)$", part)
    held = ROLE_THEN_NAME.match(m.group("n")) if m and not HONORIFIC_START.match(m.group("n")) else None
    if m and held and not looks_like_name(m.group("n"), clean_name(m.group("n"))):
        # 'Station Manager Claire Pettigrew – Wessex Downs Fire and Rescue Service': the job before the name
        return f"{held.group('name')} ({held.group('role')}, {m.group('r')})"
    if not m or not looks_like_name(m.group("n"), clean_name(m.group("n"))):
        return part
    role = m.group("r")
    if re.fullmatch(r"[A-Z][a-z'’]+", role) and not (JOB_WORDS.search(role) or ROLE_WORD.fullmatch(role)):
        return f"{m.group('n')}-{role}"  # 'Wendy Morris – Twiddy': a double-barrelled surname printed with a dash
    if NAME_START.match(role) or looks_like_name(role, clean_name(role)):
        return part  # two people, not a person and a role
    return f"{m.group('n')} ({role})"


def _rejoin_roles(text: str, parts: list[str]) -> list[str]:
    """'Clerk and Monitoring Officer (Mrs A. Whitlock)' was split at its 'and': a piece with no name that is
    followed by a role-first piece ('Monitoring Officer (Mrs A. Whitlock)') joins it again."""
    out: list[str] = []
    for part in parts:
        prev = out[-1] if out else None
        role_first = re.match(r"^[^()]+\((?P<b>[^()]+)\)$", part.strip())
        joined = re.search(rf"{re.escape(prev.strip())}\s+(and|&)\s+", text) if prev is not None else None
        if (
            prev is not None
            and joined
            and "(" not in prev
            and not NAME_START.search(prev)
            and role_first
            and HONORIFIC_START.match(role_first.group("b").strip())
        ):
            out[-1] = f"{prev.strip()} {joined.group(1)} {part.strip()}"
            continue
        out.append(part)
    return out


# 'Councillor H Winstanley (Kingsford District Council) – substitute for Councillor T Aldous'
SUBSTITUTE_CELL = re.compile(r"^(?:substitut(?:e|ing)\s+)?for\s+((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+\S.*)$")
SUBSTITUTE_FOR = re.compile(
    # '... – substituting for X', '..., as substitute for X', '... substituting for X' (a nested bullet's words);
    # in brackets it is read where brackets are
    # ('Councillor Kieran Marsh attended as substitute for Councillor Paul Dungworth and ...' under its label)
    r"(?:\s*[-–—,]\s*|\s+)(?:(?:attended|was\s+present)\s+)?(?:as\s+(?:a\s+)?)?substitut(?:e|ing)\s+for\s+"
    r"(?:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s*){1,4}",
)


CHAIR_AFTER_COMMA = re.compile(
    r"(?P<n>\b(?:Councillor|Cllr\.?|Bailie|Provost)\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+),\s+"
    r"(?P<r>(?:(?:Depute|Deputy|Vice)[- ]?)?(?:Convener|Chair(?:man|woman|person)?)|(?:Lord\s+)?Provost)"
    r"(?=\s*(?:;|,\s+and\b|\.?$|\.,?\s))"  # (or a full stop ending each line: 'Councillor Treloar, Vice Chair.')
)


OFFICE_BEFORE_NAME = re.compile(
    r"(?:^\s*(?:the\s+)?|(?<=[;)])\s*,?\s*(?:the\s+)?|(?<=,)\s*the\s+)"
    r"(?P<r>(?:(?:Deputy|Lord|Civic|Vice)[- ])?(?:Mayor|Chair(?:man)?|Provost)),\s+"
    r"(?P<n>(?:Councillor|Cllr\.?|Alderman)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:\s*\(in\s+the\s+chair\))?",
    re.I,
)
ACCOMPANIED_BY = re.compile(r"\s*\(accompanied\s+by\s+(?P<who>[^()]{3,120})\)", re.I)
# ('The Mayor (Councillor Pettigrew) and Councillors Adeyemi, Ashworth, ...': the office's holder, then the list)
PLURAL_TITLE = re.compile(r"(?:[,;]|(?<=\))\s+and)\s*(?P<t>(?:Councillors|Cllrs\.?)\s+[A-Z])")


def people_from(text: str, kind: str, role: str | None) -> list[Person]:
    """A printed list of people with roles in brackets or after a comma."""
    out: list[Person] = []
    plural = PLURAL_TITLE.search(text)
    if plural and not HONORIFIC_START.match(text.strip()):
        # 'The Mayor (Councillor Naghi), Councillors Addison, Amos, ...': an office first, then a list whose
        # title counts for every name in it
        return people_from(text[: plural.start()], kind, role) + people_from(text[plural.start("t") :], kind, role)
    if "(" in text:
        # 'The Worshipful the Mayor of Bayhaven (Councillor Pennick) (In the Chair)': the style of the office, and
        # the chair in a bracket of its own after the holder's
        text = re.sub(
            r"(\((?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\b[^()]*\))\s*\(\s*in\s+the\s+chair\s*\)",
            r"\1 in the Chair",
            text,
            flags=re.I,
        )
        text = re.sub(r"^\W*the\s+(?:right\s+)?worshipful\s+(?=the\s+(?:lord\s+)?mayor\b)", "", text, flags=re.I)
        # 'PC Sarah Rendell (Police Licensing Officer) for Norvale Constabulary': the body they are there for,
        # after their bracket, is part of their role
        text = BRACKET_THEN_ORG.sub(
            lambda m: (
                f"({m.group('r')}, {m.group('org')})"
                if ORG_WORDS.search(m.group("org")) or OUTSIDE_ORGANISATION.search(m.group("org"))
                else m.group(0)
            ),
            text,
        )
    # 'Hungerbourne Town Council – Diane Fothergill', 'Wessex Police – Inspector Gareth Pelling': who is there for an
    # organisation, the organisation first
    for_org = _person_for_org(text, kind, role) if "–" in text or "—" in text else None
    if for_org is not None:
        return [for_org]
    text = surname_last(text)  # 'Councillors Armitage, P.; Dar, S.': each name surname first
    # 'Present: Assembly Members: Helena Marchetti AM (Chair), ...': a group's own label inside the list
    text = re.sub(r"^\s*(?:[A-Z][\w-]*\s+){1,2}Members\s*:\s*", "", text)
    # 'Councillors A, B and C': the list's honorific counts for every name in it
    # ('Alderman Lennox and Councillor Maginness': an alderman's title likewise, where a surname alone follows it)
    alderman = re.match(r"^\W*(?:alderm[ae]n|alderwom[ae]n)\s+[A-Z][\w'’-]+\s*(?:,|;|and\b|&|$)", text, re.I)
    shared = "Cllr " if re.match(r"^\W*(?:councillors?|cllrs?\.?)\s", text, re.I) or alderman else ""
    text = SUBSTITUTE_FOR.sub(" (Substitute)", text)  # the member substituted for was not there
    # 'Councillor K Pennycook (accompanied by Mr Owen Askwith, Solicitor, Askwith Lister LLP)': two people there
    text = ACCOMPANIED_BY.sub(r"; \g<who>", text) if "ccompanied" in text else text
    # '... and Hannah Goddard (Democratic Services Officer). 31 members of the public ... attended.': a count
    # of the public after the list is no one in it
    counted = next((m for m in re.finditer(r"\.\s+", text) if PUBLIC_COUNT.match(text[m.end() :])), None)
    text = text[: counted.start()] if counted else text
    # '... and his representative Mr D Ibbitson; the complainant Mrs J Ruddock': who they are, said before the name
    # ('... and his representative Mr Rupert Vane of Vane Castell Solicitors': the firm with the role)
    text = ROLE_BEFORE_NAME.sub(_role_after_name, text)
    # '...; two local residents who had made representations (Mr Alan Brook and Mrs Sandra Pike)': who they are,
    # then the names of each of them
    text = ROLE_OVER_NAMES.sub(_each_under_role, text) if "(" in text else text
    # '... and the Clerk, Mrs Glenys Morgan': a job in capitals, a comma, its titled holder
    text = THE_JOB_COMMA_NAME.sub(
        lambda m: f"{m.group('sep')} {m.group('n')} ({m.group('r')})" if JOB_WORDS.search(m.group("r")) else m.group(0),
        text,
    )
    # 'Councillor(s): R Bevan-Hughes, L S Gwilym and ...' (Swansea's): the title for every name after it; a grid's
    # 'Councillor(s)' heading cells name no one
    if "(s)" in text:
        text = re.sub(r"\bCouncillor\(s\)\s*:?\s*", "Councillors ", text)
        if not re.sub(r"\bCouncillors\b", "", text).strip(" \t:"):
            return []
    # 'Present: Councillor D W Helliwell (Presiding Member) presided': who presided, named in the list's place
    text = re.sub(r"(?<=\))\s+presided\b[.,;]?", ",", text) if "presided" in text else text
    # 'Councillor Mandeep Sahota Chairman of the Overview Committee': a table's cells run together, the office
    # straight after the titled name
    text = OFFICE_RUN_ON.sub(r"\g<n> (\g<r>)", text) if "\t" not in text else text
    # 'Councillor Fordyce, Convener; Councillor McRobbie, Vice-Convener; and Councillors ...': the chair's office
    # after a comma reads as one in brackets
    text = CHAIR_AFTER_COMMA.sub(r"\g<n> (\g<r>)", text)
    # 'The Mayor, Councillor Patricia Ndlovu (in the Chair); the Deputy Mayor, Councillor Arjun Sehgal;': the office
    # before the name (the Mayor presiding, as the office says)
    if any(word in text.lower() for word in ("mayor", "chair", "provost")):  # (most lists name no office first)
        text = OFFICE_BEFORE_NAME.sub(r"; \g<n> (\g<r>)", text)
    starts = (
        [m.start() for m in NAME_DASH_ENTRY.finditer(text) if not JOB_WORDS.search(m.group())]
        if ";" not in text
        else []
    )
    if len(starts) >= 2 and starts[0] == 0:
        # 'Kieran Doyle – Director of Environment, Transport and Planning Sarah Whitlam – Head of ...': a cell's
        # lines run together, each entry a name and a dash before its job; each name starts an entry
        text = "; ".join(text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True))
    # ('...; and Lynne Cowie, Committee Officer': the last entry after its 'and')
    entries = [re.sub(r"^and\s+", "", e.strip()) for e in text.split(";") if e.strip()]
    dashed = [DASH_PERSON_LINE.match(e if len(entries) > 1 else text) for e in entries] if kind == "apologies" else []
    if dashed and all(
        d
        and (JOB_WORDS.search(d.group("role")) or HONORIFIC_START.match(d.group("name")))
        and not NAME_START.search(d.group("role"))
        for d in dashed
    ):
        # 'Councillor Lesley Brandreth – Cabinet Member for Corporate Services and Digital': one apology, the
        # 'and' in the job's title no list of names ('Dr Ifan Morris – co-opted member (non-voting), Prifysgol
        # Cambria': nor its commas); or one a line, each with why ('Councillor Priya Hallam – medical / illness')
        return [p for d in dashed if d for p in people_from(d.group("name"), kind, role)]
    office = NAME_COMMA_ROLE.match(text.strip().rstrip(".")) if kind == "apologies" and len(entries) == 1 else None
    if office and HONORIFIC_START.match(text) and ELECTED_OFFICE.match(office.group("role")):
        # 'Councillor Rebecca Oduya, Cabinet Member for Equalities and Resident Engagement': one apology, her office
        # after the comma
        return people_from(office.group("name"), kind, role)
    # 'Chief Executive (A Drake); Director of Legal and Governance and Monitoring Officer (J Pell)': entries
    # parted by semicolons, each closed by its bracket, hold commas and 'and' of their own
    # (one person an entry: 'Councillors A (X), B (Y)' after a semicolon is a list again)
    whole_entries = len(entries) >= 2 and all(re.search(r"\)\W*$", e) and e.count("(") == 1 for e in entries)
    # 'Chief Executive (Helen Ashdown), Head of Housing and Communities (Gareth Lloyd)': jobs, each closed by
    # who holds it, parted by commas; a job's own 'and' parts nothing
    held = re.split(r"(?<=\))\s*,\s*(?:and\s+)?|(?<=\))\s+and\s+", text.strip().rstrip("."))
    if (
        not whole_entries
        and len(held) >= 2
        and all(re.fullmatch(r"[^()]+\([^()]+\)", e.strip()) for e in held)
        and all(JOB_WORDS.search(e.split("(")[0]) and not HONORIFIC_START.match(e.strip()) for e in held)
    ):
        entries, whole_entries = [e.strip() for e in held], True
    jobs_first = _jobs_then_names(text, kind) if kind == "officer" and len(entries) == 1 else None
    if jobs_first:  # 'Chief Fire Officer Gareth Penhaligon, Clerk to the Authority Ian Marchbank and ...'
        return jobs_first
    held_by = [_job_then_holder(e) for e in entries]
    # ('Police and Crime Commissioner Nadia Farrow' alone under 'Also present'; not a rank, 'Inspector Gareth Lyle')
    alone = len(entries) == 1 and (m := ROLE_THEN_NAME.match(entries[0])) and len(m.group("role").split()) >= 2
    alone = alone and not POLICE_RANK.match(entries[0])
    if (len(entries) >= 2 or alone) and kind != "apologies" and all(held_by):
        # 'Chief Fire Officer Andrew Kettleborough; Treasurer Paul Okonedo; ...', 'Director of Environment - Mr D
        # Hutchinson; Head of Waste - Ms C McAuley': each a job, then who holds it
        return [Person(name, job, kind) for name, job in filter(None, held_by)]
    if len(entries) >= 2 and all(DASH_PERSON_LINE.match(e) for e in entries):
        # 'Dr A Okonkwo – Medical Director, Kestonbury and District NHS Foundation Trust; Ms C Rushworth – ...':
        # each entry a person and a role after a dash, whose commas and 'and's are the role's own
        dashed = [_dash_person(e, kind) for e in entries]
        if all(dashed):
            return [p for p in dashed if p is not None]
    named = _named_entries(entries, kind) if len(entries) >= 3 else None
    if (
        named
    ):  # 'Mr D Hollingworth (Chairman), Cabinet Member ..., Kent County Council; Mr J Pardoe, Kent County Council'
        return named
    if len(entries) >= 2 and all(NAME_COMMA_ROLE.match(e) for e in entries):
        # 'Dr S Mensah, Medical Director, NHS Lindmoor ICB; Ms L Harrowby, Director of ...': entries parted by
        # semicolons, each a name and, after its first comma, the job and the body it is held at
        people = [_name_comma_role(e, kind) for e in entries]
        if all(people):
            return [p for p in people if p is not None]
    pieces = [p for whole in (entries if whole_entries else split_names(text)) for p in split_at_honorifics(whole)]
    # 'A Buckfield (Mayor) A Brooker': a role in brackets ends a name even with no comma after it
    pieces = [q for p in pieces for q in re.split(r"(?<=\))\s+(?=[A-Z][\w'’.-]*\s)", p) if q.strip()]
    for part in _rejoin_roles(text, pieces):
        part = NOTE_AT_END.sub("", NOTE_IN_BRACKET.sub("", part.strip().rstrip(".;")))  # '... for minute 40/25': when
        # '(R)' keyed under the list ('R = attended remotely'), a party's '(C)': a mark, not a role
        part = re.sub(r"\s*\([A-Z]\)(?=\s*(?:\(|$))", "", part)
        in_chair = re.search(r"\s+in\s+the\s+chair\b", part, re.I)
        if in_chair and part[: in_chair.start()].endswith(")"):
            part = part[: in_chair.start()]  # 'The Mayor (Councillor X) in the Chair': the role says who presides
        elif in_chair and part[: in_chair.start()].endswith(",") and part.rfind("(", 0, in_chair.start()) > 0:
            # '(Leader, in the Chair)', '(Leader, in the Chair for items 1-4)': the office, and the chair taken
            part = f"{part[: in_chair.start()]} Chair{part[in_chair.end() :]}"
        elif in_chair:
            part = f"{part[: in_chair.start()]} (Chair){part[in_chair.end() :]}"
        part = _dash_role_to_brackets(part)
        if NOT_PEOPLE.match(part):
            continue
        while (note := re.search(r"(?<=\))\s*\(([^()]*)\)$", part)) and (
            _not_a_role("", note.group(1)) or re.search(rf"(?:^|,\s*){ITEMS_ONLY.pattern}$", note.group(1), re.I)
        ):  # ('... (Councillor F Quayle) (call-in, minute 34)': what they came for, after who they are)
            part = part[: note.start()]  # 'Mr H Gatland (Leader of the Council) (virtually)': how, after the role
        raw, bracket = split_role(part)
        role_first = (
            bracket
            and HONORIFIC_START.match(bracket)
            and (not HONORIFIC_START.match(plain(raw)) or LORD_OFFICE.match(plain(raw)))  # 'Lord Mayor (Councillor X)'
            and not (JOB_WORDS.search(bracket) and not JOB_WORDS.search(raw))  # '(Lord Mayor’s Secretary)': a job
        )
        # (not 'Colin Rae, Service Manager (Early Years)': a job in brackets going on from the name before it)
        follows_name = bool(out) and out[-1].role in (None, role)
        if (
            bracket
            and not role_first
            and kind in ("officer", "other")
            and not HONORIFIC_START.match(plain(raw))
            and not follows_name
        ):
            # 'Chief Executive (Alison Drake)' in a list of officers: a job, then who holds it (and perhaps a note
            # after a comma: 'Investigating Officer (Alasdair Merriman, external solicitor)')
            holder, _, note = bracket.partition(",")
            holder = holder.strip() if not note or note.strip()[:1].islower() else bracket.strip()
            role_first = bool(
                JOB_WORDS.search(raw)
                and not JOB_WORDS.search(holder)
                and (PLAIN_NAME.fullmatch(holder) or INITIALLED_NAME.fullmatch(holder))  # ('Solicitor (T Quirke)')
            )
            # 'Police Scotland (Sergeant David Carmichael)': the body, then its officer by rank and name
            ranked = clean_name(holder)
            role_first = role_first or bool(
                OUTSIDE_BODY.search(raw) and ranked != holder and PLAIN_NAME.fullmatch(ranked)
            )
            bracket = holder if role_first else bracket
        if role_first:
            # 'Chief Executive (Ms F Magee)', 'The Mayor (Alderman S McIlwaine)': the role first, the name in brackets
            title = re.sub(r"^the\s+", "", plain(raw), flags=re.I)
            raw, bracket = bracket, f"{title} ({role})" if role and role != title else title
        while raw.endswith(")"):  # 'Nadia Rahman (Leader of the Council) (Chair)': the last bracket is the role
            before, _ = split_role(raw)
            if before == raw:  # a ')' with no '(' to match: nothing more comes off
                break
            raw = before
        name = clean_name(raw)
        councillor = re.match(r"^\W*(?:councillors?|cllrs?)\b", raw, re.I) or shared
        # a list's shared 'Councillors' does not make a job title ('PCC Link Officer') a councillor's name
        # ('Deputy Helen Marsh': a City title, gone from the name, is no job)
        job = bool(out and JOB_WORDS.search(name) and not HONORIFIC_START.match(plain(raw)))
        raw = raw if HONORIFIC_START.match(plain(raw)) else shared + raw
        bare_surname = (  # 'McKay (Acting Chief Accountant)'
            bracket and kind != "apologies" and len(raw.split()) == 1 and looks_like_name(f"Mr {raw}", name)
        )
        if not job and (looks_like_name(raw, name) or bare_surname):
            if bracket and re.fullmatch(r"in\s+the\s+chair", bracket, re.I):
                bracket = "Chair"
            if bracket and _not_a_role(name, bracket):
                bracket = None
            who = kind
            if (
                kind == "other"
                and bracket
                and JOB_WORDS.search(bracket)
                and not councillor
                and not OUTSIDE_BODY.search(bracket)
                and not ELECTED_OFFICE.search(bracket)
                and not (role and PARTY_CATEGORY.fullmatch(role))  # an applicant's job is no officer's
            ):  # not 'Inspector X (Greyholme Police, North Neighbourhood Team)' nor 'Mrs X (Cabinet Member for ...)'
                who = "officer"  # 'Also in attendance: Mr L Parker (Solicitor)'
            titled_councillor = re.match(r"^\W*(?:councillors?|cllrs?)\b", raw, re.I)
            if kind == "member" and bracket and not titled_councillor and COUNCILS_OFFICER.search(bracket):
                who = "officer"  # 'Present: ... Mr G Halloran (Town Clerk)': the clerk in the members' list
            if kind == "officer" and re.search(r"\b(?:councillors?|cllrs?)\b", raw, re.I):
                who = "other"  # 'In attendance: ... Cornwall Councillor L. Jory': a councillor is not an officer
            if kind == "officer" and (bracket or role) and OUTSIDE_BODY.search(bracket or role or ""):
                who = "other"  # 'In attendance: ... Inspector X (Greyholme Police)': the police's, not the council's
            if kind in ("officer", "other") and bracket == "Chair":
                who = "member"  # 'Mrs I McCallum in the Chair' under 'In Attendance:' presides; not an officer
            out.append(Person(name, bracket or role, who))
        elif out and (job or JOB_WORDS.search(part) or is_prose(part)) and kind != "apologies":
            prev = out[-1]
            extra = plain(part).strip(" ,.")
            if prev.role and prev.role != role:
                prev.role = f"{prev.role}, {extra}"
            else:
                prev.role = extra
    return out


# The council's own officers a small council lists with its members: its clerk, its finance officer, its minute-taker
COUNCILS_OFFICER = re.compile(
    r"^(?:(?:town|parish|deputy|assistant|locum|acting)\s+)*(?:clerk|RFO|responsible\s+financial\s+officer"
    r"|democratic\s+services\s+officer|committee\s+(?:officer|clerk)|minute[- ]taker)\b",
    re.I,
)


# A forename (an initial perhaps) and surname, then a dash: where an entry of 'Name – Job title' begins.
NAME_DASH_ENTRY = re.compile(
    r"(?:(?<=\s)|^)(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?\s+[A-Z][\w'’-]+\s+[–—]\s"
)
# (or a name with no title: 'Karen Oduya, Designated Nurse')
NAME_COMMA_ROLE = re.compile(
    r"^(?P<name>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?\s+[^,;()]+"
    r"|[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
    r"|(?:[A-Z]\.?\s*){1,3}\s[A-Z][a-z'’-]*[a-z][\w'’-]*),\s+(?P<role>.+?)[\s.]*$"  # ('N Kinnear, Head of ...')
)


# a forename and a surname ending an entry whose job comes first: '... Clerk to the Authority Ian Marchbank'
NAME_AT_END = re.compile(r"\s(?P<name>[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]*[a-z][\w'’-]*)$")


def _jobs_then_names(text: str, kind: str) -> list[Person] | None:
    """A list of officers each printed job first, commas between them and 'and' before the last: 'Chief Fire
    Officer Gareth Penhaligon, Director of Finance and Corporate Services Helen Strudwick and Democratic
    Services Officer Tom Ridgewell'. An 'and' parts two entries only where a name ends the words before it."""
    if "(" in text or ";" in text or HONORIFIC_START.match(text.strip()):
        return None
    merged: list[str] = []
    buf = ""
    for part in text.strip().rstrip(".").split(", "):
        # (a comma where the list's lines were joined, '... Clerk to the Authority, Ian Marchbank': one entry)
        buf = f"{buf} {part}" if buf else part
        if NAME_AT_END.search(buf):
            merged.append(buf)
            buf = ""
    if buf:
        merged.append(buf)
    entries: list[str] = []
    for part in merged:
        at = 0
        for m in re.finditer(r"\s+and\s+", part):
            if NAME_AT_END.search(part[at : m.start()]) and JOB_WORDS.match(part[m.end() :]):
                entries.append(part[at : m.start()])
                at = m.end()
        entries.append(part[at:])
    people = []
    for e in entries:
        m = NAME_AT_END.search(e)
        role = e[: m.start()].strip() if m else ""
        if not m or not JOB_WORDS.search(role) or JOB_WORDS.search(m.group("name")):
            return None
        people.append(Person(m.group("name"), role, kind))
    return people if len(people) >= 2 else None


# 'Mr D Hollingworth (Chairman), Cabinet Member for ..., Kent County Council': who, then what and where
NAMED_ENTRY = re.compile(
    r"^(?P<name>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?\s+[^,;()]+?)"
    r"\s*(?:\((?P<bracket>[^()]*)\))?\s*,\s*(?P<role>\S.*?)[\s.]*$"
)


def _named_entries(entries: list[str], kind: str) -> list[Person] | None:
    """Entries parted by semicolons, each a titled name and, after its comma, the job or body it comes from (a
    board's members: 'Ms G Haldane, Healthwatch Kent'); 'and' before the last one's title parts two entries."""
    parts = [
        p.strip() for e in entries for p in re.split(r"\s+and\s+(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s)", e)
    ]
    found = [NAMED_ENTRY.match(p) for p in parts]
    if not all(found):
        return None
    out = []
    for m in filter(None, found):
        said = ", ".join(x for x in (m.group("bracket"), m.group("role")) if x)
        out.append(Person(clean_name(m.group("name")), said, kind))
    return out


def _name_comma_role(entry: str, kind: str) -> Person | None:
    m = NAME_COMMA_ROLE.match(entry)
    if not m or kind == "apologies":
        return None
    raw, role = m.group("name"), m.group("role")
    name = clean_name(raw)
    if HONORIFIC_START.match(role) or not JOB_WORDS.search(role) or not looks_like_name(raw, name):
        return None  # 'Cllr A Smith, Cllr B Jones': two names; 'Mr C Brown, Healthwatch': no job
    if JOB_WORDS.search(raw):
        return None  # 'Designated Nurse, Karen Oduya': the job first, no name before the comma
    councillor = re.match(r"^\W*(?:councillor|cllr)\b", raw, re.I)
    return Person(name, role, "other" if kind == "officer" and councillor else kind)


MINUTE_REFERENCE = re.compile(r"[A-Z][A-Za-z]{0,4}[ /]?\d{1,4}(?:/\d{1,4}){1,2}")  # 'Exe/26/4', 'OS/45/25'


def _not_a_role(name: str, bracket: str) -> bool:
    """'E. Ballard (EB)': the initials minutes use for a member later on; '(via VC)', '(remotely)': how they
    attended. Neither is a role."""
    if re.fullmatch(r"(?:via|by)\s+.+|virtual(?:ly)?|remote(?:ly)?|online|on\s*line", bracket.strip(), re.I):
        return True
    if (
        ATTENDANCE_NOTE.fullmatch(bracket.strip())
        or MINUTE_REFERENCE.fullmatch(bracket.strip())
        or ITEMS_ONLY.fullmatch(bracket.strip())
    ):
        return True  # '(from 7.48pm)', '(for items 5 to 7)', '(Exe/26/4)', '(item 6)': when they were there
    if PARTY_SHORT.fullmatch(bracket) or re.fullmatch(PARTY_NAMES, bracket.strip()):
        return True  # '(Lab)', '(Liberal Democrat)': the party they sit for
    capitals = re.findall(r"[A-Z]", name)
    last = name.split()[-1] if name.split() else ""
    return bool(
        re.fullmatch(r"[A-Z]{2,5}", bracket)
        and capitals
        and bracket[0] == capitals[0]
        and bracket[-1] in re.findall(r"[A-Z]", last)
    )


def _strip_directorate(text: str) -> str:
    """'People G Quinton (...)' -> 'G Quinton (...)': a directorate label before an officer's name."""
    m = NAME_START.search(text)
    if m and m.start() > 0:
        prefix = text[: m.start()].strip()
        short = len(prefix.split()) <= 4 and "," not in prefix and "(" not in prefix
        # ('L.R. Jones, Head of Law': the name's first initial is no directorate)
        initials = re.fullmatch(r"(?:[A-Z]\.\s*)+", prefix)
        if prefix and short and not initials and not NAME_START.match(prefix):
            return text[m.start() :]
    return text


def _more_with_roles(role: str) -> bool:
    """'Chief Executive; B Jones – Director of Law': what follows a first name and dash is a list, each with a role."""
    outside = re.sub(r"\([^()]*\)", "", role)  # '(Team Leader - Participation)' is this person's role
    return ";" in outside or bool(re.search(r",\s*[A-Z][\w'’.-]*\s+[A-Z][\w'’-]+\s+[–—-]\s", outside))


def _dash_person(text: str, kind: str) -> Person | None:
    """'Dr Jane Smith (Vice-Chair) – NHS Redbourne and Wyre Integrated Care Board': a name, perhaps a role in
    brackets, then a dash and the rest of the line as role or organisation (never more names)."""
    m = DASH_PERSON_LINE.match(text)
    if not m or kind == "apologies":
        return None
    for_org = _person_for_org(text, kind, None)
    if for_org is not None:  # 'Kennet Downs Community First Responders – Alan Pocock': the organisation first
        return for_org
    role = m.group("role").strip(" ,.;")
    more_names = re.search(r"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]", role)
    if more_names or re.match(r"(?:[A-Z]\.?\s+)+[A-Z][a-z]", role):
        return None  # 'Cllr A Smith – Cllr B Jones', 'A Smith – B Jones, Cllr C Hall': more people
    if _more_with_roles(role):
        return None
    if re.fullmatch(r"[A-Z][a-z'’]+", role) and not (JOB_WORDS.search(role) or ROLE_WORD.fullmatch(role)):
        return None  # 'Wendy Morris – Twiddy': a double-barrelled surname
    raw = m.group("name")
    name = clean_name(raw)
    if not looks_like_name(raw, name):
        return None
    bracket = m.group("bracket")
    if bracket and re.fullmatch(r"in\s+the\s+chair", bracket, re.I):
        bracket = "Chair"
    who = kind
    if kind == "officer" and re.search(r"\b(?:councillors?|cllrs?)\b", raw, re.I):
        who = "other"  # 'County Councillor X (Mardenshire County Council)': a councillor, of another council
    elif kind == "officer" and OUTSIDE_BODY.search(role):
        who = "other"  # '– Medical Director, Kestonbury and District NHS Foundation Trust': not the council's
    if ATTENDANCE_NOTE.fullmatch(role):
        role = ""  # '– for items 25/061 to 25/065': when they were there, not who they are
    if bracket and role and any(True for _ in council_names(bracket)):
        bracket = None  # 'Cllr A Pritchard (Northvale District Council) – Chair': the council they sit for is no role
    return Person(name, bracket or role or None, who)


PLURAL_START = re.compile(r"^\W*(?:Councillors|Cllrs)\.?\s")


def _one_person(text: str, kind: str) -> Person | None:
    """'Johnny Kyriacou, Assistant Director for Education Services': one officer a line, the job after a comma."""
    text = surname_last(text)  # 'Councillor Hussain, M. (Leader)': a name surname first, no job after its comma
    dashed = _dash_person(text, kind)
    if dashed:
        return dashed
    one = ONE_PERSON_LINE.match(text)
    if not one or kind == "apologies" or PLURAL_START.match(text):
        return None  # ('Cllrs Graham Pettit, Susan Harrow (Opposition Leader)': the plural title, several people)
    role = one.group("role")
    # (', Cabinet Member for Finance', ', Chair of the Overview and Scrutiny Committee': offices, not names)
    said = JOB_WORDS.search(role) or ELECTED_OFFICE.search(role) or CHAIR_OF.match(role) or is_prose(role)
    # ('Chief Inspector N Steven, Police Scotland': the body he is there for)
    said = said or (OUTSIDE_ORGANISATION.search(role) and POLICE_RANK.match(text.strip()))
    if not said or NAME_START.search(role) or _more_with_roles(role):
        return None
    name = clean_name(one.group("name"))
    if not looks_like_name(one.group("name"), name):
        return None
    if kind == "officer" and re.match(r"^\W*(?:councillors?|cllrs?)\b", one.group("name"), re.I):
        kind = "other"  # a councillor in attendance is not an officer
    return Person(name, role.strip(" ,."), kind)


# A table of attendance: the heading row, and a last column saying how each member attended.
# A two-column heading row over one person a row: 'Name | Role', 'Member | Representing', 'Councillor | Portfolio'
NAME_HEADS = frozenset({"name", "member", "councillor"})
ROLE_HEADS = frozenset(
    {
        "role",
        "position",
        "portfolio",
        "representing",
        "organisation",
        "title",
        "job title",
        "interim role",
        "acting role",
    }
)
HEADER_WORD = (
    r"(?:members?|names?|councillors?|attendees?|attendance|status|(?:(?:interim|acting|job)\s+)?(?:roles?|position|title)"
    r"|organisation|representing|seconded\s+from|employer"
    r"|portfolios?|substitutes?|substituted\s+by|party|political\s+group"
    r"|notes|comments|(?:councillors|members)\s+present|wards?|(?:electoral\s+)?divisions?|schools?"
    r"|(?:appointing\s+)?(?:council|authority)s?)"
)
# a heading cell may join two headings: 'Organisation and role', 'Role / Organisation'
HEADER_CELL = re.compile(rf"{HEADER_WORD}(?:\s*(?:\band\b|&|/)\s*{HEADER_WORD})?", re.I)
HEADER_JOIN = re.compile(r"\s*(?:\band\b|&|/)\s*")
# a table's column of places, or of the councils a joint committee's members sit for: not people
PLACE_HEADER = re.compile(r"wards?|(?:electoral\s+)?divisions?|(?:appointing\s+)?(?:council|authority)s?", re.I)
STATUS_CELL = re.compile(
    r"(?:present|attended|in\s+attendance|present\s*\((?:remotely|virtually|online)\)|present\s+as\s+(?:a\s+)?substitute"
    # 'Present (Chair)': who chaired; 'Present (from item 5)': when they came
    r"|present\s*\((?:(?P<chair>(?:vice[- ]?)?chair(?:man|woman|person)?)|from\s+[^()]{1,30}|until\s+[^()]{1,30})\)"
    r"|(?P<apologies>apologies(?:\s+(?:received|given|sent))?(?:,?\s+sent\s+(?:a\s+)?substitute)?|sent\s+apologies)"
    # 'Apologies Substitute: Paul Henshaw': who came in the member's place
    r"(?:[,;.]?\s+substitute(?:d)?(?:\s*:\s*|\s+by\s+)(?P<sub>[A-Z][^()]{2,60}))?"
    r"|(?P<absent>absent|not\s+present|did\s+not\s+attend)"
    r"|substitute(?:d)?\s+for\s+(?P<for>.+))",
    re.I,
)


MARK_CELL = re.compile(r"[✓✔√xX•●]|yes|y", re.I)  # the mark in a grid's status column


def _status_of(m: re.Match[str]) -> str:
    return "apologies" if m.group("apologies") else "absent" if m.group("absent") else "present"


FOOTNOTE_ROLE = re.compile(
    r"^\s*(?P<mark>[*†‡])\s*(?P<role>(?:Vice[- ])?Chair(?:man|person)?|Mayor|Deputy\s+Mayor|Leader)\s*$", re.I
)


def _footnoted_roles(block: list[Line]) -> list[Line]:
    """'Margaret Ackroyd*' over a footnote '* Chair': the role put in a bracket after the name, as a list
    prints it ('Margaret Ackroyd (Chair)'), and the footnote, no one's name, left out."""
    notes = {m.group("mark"): m.group("role") for x in block if (m := FOOTNOTE_ROLE.match(line_text(x)))}
    if not notes:
        return block
    out = []
    for line in block:
        text = line_text(line)
        if FOOTNOTE_ROLE.match(text):
            continue
        for mark, role in notes.items():
            text = re.sub(rf"(?<=[\w’'.]){re.escape(mark)}(?=[\s,;]|$)", f" ({role})", text)
        out.append(Line(line.number, line.page, text))
    return out


def _wide_columns(cells: list[str]) -> tuple[int, int | None, int | None] | None:
    """Where the name, the role and a substitute are in a heading row of three cells or more ('Name |
    Organisation | Role | Substitute'), a partnership's attendance table; None for another table."""
    heads = [c.lower() for c in cells]
    if len([c for c in cells if c]) < 3 or any(
        PLACE_HEADER.fullmatch(c) or c in ("attendance", "status") for c in heads
    ):
        return None  # a column of places or of who attended: read as those tables are
    name = next((k for k, c in enumerate(heads) if re.fullmatch(r"names?|members?|attendees?|councillors?", c)), None)
    if name is None:
        return None
    role = next(
        (
            k
            for k, c in enumerate(heads)
            if any(
                re.fullmatch(r"(?:(?:interim|acting|job)\s+)?(?:roles?|position|title)", h)
                for h in HEADER_JOIN.split(c)
            )
        ),
        None,
    )  # ('Organisation and role': the role column)
    sub = next(
        (k for k, c in enumerate(heads) if re.fullmatch(r"substitutes?|deputy|represented\s+by|substituted\s+by", c)),
        None,
    )
    return name, role, sub


def _name_and_role(name: str, role: str) -> bool:
    """A person in one cell and what they do in the next (not two people side by side)."""
    if CHAIR_ALONE.fullmatch(role.strip()):  # 'Councillor T Brennan<TAB>Vice-Chairman'
        return looks_like_name(name, clean_name(split_role(name)[0]))
    if NAME_START.match(role) or HONORIFIC_START.match(role) or looks_like_name(role, clean_name(role)):
        return False
    return looks_like_name(name, clean_name(split_role(name)[0])) and bool(
        JOB_WORDS.search(role) or PORTFOLIO.search(role) or is_prose(role)
    )


CHAIR_ALONE = re.compile(r"(?:vice[- ]?|deputy\s+)?chair(?:man|woman|person)?", re.I)
# a councillor's office beside the name: 'Portfolio Holder for Housing and Communities', 'Cabinet Member for ...',
# 'Chair of Overview and Scrutiny Committee'
PORTFOLIO = re.compile(
    # ('Chair, Overview and Scrutiny Committee': the office, a comma, the body)
    r"\b(?:portfolio|(?:cabinet|lead|executive)\s+member|member\s+for"
    r"|(?:vice[- ]?)?chair(?:man|woman|person)?(?:\s+of\b|,))",
    re.I,
)


LABEL_AFTER_SEMICOLON = re.compile(r"(?<=[;.])\s+(?=[A-Z][A-Za-z’' ]{2,40}:)")


def split_at_labels(line: Line) -> list[Line]:
    """One paragraph holding two lists ('Present: ... and S Venkataraman; In attendance: the Deputy
    Town Clerk (Mrs K Brierley)', '... and A Venn. Also present: Councillor F Moorhouse'), as a line for each,
    parted where the second label begins."""
    text = line_text(line)
    if ";" not in text and ". " not in text:
        return [line]
    cuts = [m.end() for m in LABEL_AFTER_SEMICOLON.finditer(text) if label_of(plain(text[m.end() :]))]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(text)]
    parts = [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    return [Line(line.number, line.page, part) for part in parts if part]


def _unwrapped(block: list[Line]) -> list[Line]:
    """The block with a line that breaks after an honorific ('... substitute for Councillor' /
    'Trevor Aldous') joined to the next, so no line starts with half a name."""
    out: list[Line] = []
    width = max((len(line_text(x).strip()) for x in block), default=0)
    cell_width = max((len(line_text(x).strip().split("\t")[0]) for x in block if "\t" in line_text(x)), default=0)
    for k, line in enumerate(block):
        prev = line_text(out[-1]).rstrip() if out else ""
        text = line_text(line).strip()
        after = line_text(block[k + 1]).strip() if k + 1 < len(block) else ""
        if "\t" in text and after and _label_wrapped_in_its_cell(text, after):
            out.append(line)  # a label wrapped in its cell starts here, whatever the line above left open
            continue
        if "\t" in prev and "\t" not in text and _label_ends_below(prev.split("\t", 1)[0].strip(), text):
            # 'APOLOGIES FOR<TAB>Councillors Brian Keddie and Lorna Shearer.' / 'ABSENCE:': the label's cell wrapped,
            # its last word on a line of its own under the names
            p0, p_rest = prev.split("\t", 1)
            out[-1] = Line(out[-1].number, out[-1].page, f"{p0.strip()} {text}\t{p_rest.strip()}")
            continue
        if "\t" in prev and text and _label_wrapped_in_its_cell(prev, text):
            # 'Community<TAB>Pauline Sykes (...) and Desmond Achebe' / 'representatives:<TAB>(Chair, ...)': the label's
            # cell too narrow for it, both cells going on (or the label's alone: 'Non-Committee<TAB>...' / 'Member:')
            (p0, p_rest), (t0, t_rest) = prev.split("\t", 1), (text.split("\t", 1) + [""])[:2]
            out[-1] = Line(
                out[-1].number, out[-1].page, f"{p0.strip()} {t0.strip()}\t{p_rest.strip()} {t_rest.strip()}".rstrip()
            )
            continue
        if "\t" in prev and text and _continues_cells(prev.split("\t"), text.split("\t"), cell_width):
            # a table row whose cells wrapped ('A – Commissioner for the Pennine<TAB>Commissioner (non-' /
            # 'Marches<TAB>voting)'): each piece goes on its own cell
            cells = prev.split("\t")
            pieces = text.split("\t")
            places = list(range(len(pieces)))
            if len(pieces) == 1 and (
                re.match(r"(?:and|&|of|for)\s", pieces[0].strip())
                or PORTFOLIO_PART.fullmatch(pieces[0].strip())
                or (not _forename_at_end(cells[0]) and _office_goes_on(cells, pieces[0].strip()))
            ):
                places = [len(cells) - 1]  # '... Children, Education' / 'and Families': the office's cell goes on
            elif 1 < len(pieces) < len(cells):
                places = _bracket_places(cells, pieces) or _surname_places(cells, pieces) or places
            elif len(pieces) == 1 and _closes_bracket(pieces[0]):
                places = [n for n, c in enumerate(cells) if open_bracket(c)][:1] or [
                    0
                ]  # 'J. Ashton (Deputy' / 'Mayor)'
            for n, piece in zip(places, pieces, strict=True):
                cells[n] = join_wrapped(cells[n], piece.strip())
            out[-1] = Line(out[-1].number, out[-1].page, "\t".join(cells))
            continue
        # a label's first word alone, its cell too narrow for the rest ('Also' / 'present:<TAB>Cllr W Pattinson')
        if (
            prev
            and text
            and re.fullmatch(r"[A-Za-z]+", prev)
            # (or one that is a label itself, the rest its own: 'OFFICER' / 'SUPPORT: Eleanor Drummond ...')
            and (not label_of(prev) or re.match(r"[A-Z]+\s*:", text) is not None)
            and label_of(plain(f"{prev} {text}"))
        ):
            out[-1] = Line(out[-1].number, out[-1].page, f"{prev} {text}")
            continue
        # a labelled line ('In Attendance: ...') starts a list of its own
        # 'Councillor Dr Farida Rahman – Cabinet Member for Adult Social Care and Public' / 'Health': one word alone
        # under a name and its job that filled the line is the job's last word, no one's name (not a heading such
        # as 'Apologies' under a short line)
        if (
            prev
            and re.fullmatch(r"[A-Z][\w'’-]+", text)
            # (or after its comma: 'Rosalind Whitcombe, Director of People and Deputy Chief' / 'Executive')
            and (
                re.search(r"\S\s[–—-]\s\S", prev)
                # (not in a list of entries each with a title first, read whole by their titles later)
                or (
                    re.search(r"[a-z],\s+[A-Z]", cell := prev.split("\t")[-1])
                    and not (_titled_start(cell) and _titled_start(after))
                )
            )
            and len(prev) >= 0.75 * width
            and not prev.endswith((".", ")"))  # (a list's end, then the page's next heading: 'Items')
            and not label_of(text)
        ):
            out[-1] = Line(out[-1].number, out[-1].page, f"{prev} {text}")
            continue
        if (
            prev
            and "\t" not in prev  # (a table row's bracket goes on its own cell, below)
            and re.fullmatch(r"\([^()]{2,60}\)", text)
            and not prev.rstrip().endswith((")", ".", ":", ";"))
        ):
            # 'Adrian Collingwood, Executive Director, Corporate Services' / '(S151 Officer)': the entry's bracket
            out[-1] = Line(out[-1].number, out[-1].page, f"{prev} {text}")
            continue
        if prev and "\t" not in text and open_bracket(prev) and re.fullmatch(r"[^()\t]{1,40}\)[.,;]?", text):
            # 'Co-opted members:<TAB>Imogen Treacher (Medbourne Youth' / 'Council)': the bracket closed below
            out[-1] = Line(out[-1].number, out[-1].page, join_wrapped(prev, text))
            continue
        if prev and re.fullmatch(r"as\s+(?:an?\s+)?observers?\W*", text, re.I):
            # '... and P J Tealby attended the meeting' / 'as observers.': the sentence's last words
            out[-1] = Line(out[-1].number, out[-1].page, f"{prev} {text}")
            continue
        rows = prev.count("\t") >= 2 and text.count("\t") == prev.count("\t")  # two rows of one table
        if (
            prev
            and text
            and (_wraps(prev) or _forename_broken(prev, text) or _titled_entry_goes_on(prev, text, after))
            and not rows
            and not (":" in text[:40] and label_of(plain(text)))
            and not PUBLIC_COUNT.match(text)  # 'Four members of the public and one representative of the press'
        ):
            joined = join_wrapped(prev, text)  # '(Vice-' / 'Chair)'
            out[-1] = Line(out[-1].number, out[-1].page, joined)
            continue
        out.append(line)
    return [part for line in out for part in split_at_labels(line)]


def _label_ends_below(cell: str, text: str) -> bool:
    """A label's first words in a row's first cell ('APOLOGIES FOR'), its last word alone on the next line
    ('ABSENCE:'); not a whole label over another ('Present:' / 'In attendance:')."""
    return (
        text.endswith(":")
        and len(text.split()) <= 2
        and not cell.endswith(":")
        and label_of(f"{cell} {text}") is not None
    )


def _label_wrapped_in_its_cell(prev: str, text: str) -> bool:
    first, below = prev.split("\t", 1)[0].strip(), text.split("\t", 1)[0].strip()
    if COUNCIL_CELL.fullmatch(f"{first} {below}") and not first.endswith(":"):
        return True  # 'Kent County Council' / 'Members:', a constituent council's members
    return (
        # ('Non-Committee' / 'Member:', 'Officers in' / 'attendance:')
        bool(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*(?:\s+(?:in|of|for|from|by))?", first))
        and below.endswith(":")
        and not label_of(plain(first))
        and label_of(plain(f"{first} {below}")) is not None
    )


PORTFOLIO_PART = re.compile(r"[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z][\w'’-]+")  # 'Learning and Employability'


def _forename_at_end(cell: str) -> bool:
    return bool(re.search(r"\b(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'’-]+$", cell.strip()))


def _office_goes_on(prev: list[str], word: str) -> bool:
    """One capitalised word under a 'name | office' row whose office is a portfolio left open: its last word."""
    return (
        len(prev) == 2
        and re.fullmatch(r"[A-Z][\w'’-]+", word) is not None
        and PORTFOLIO.search(prev[-1]) is not None
        and not prev[-1].rstrip().endswith((".", ")", ","))
    )


def _continues_cells(prev: list[str], cells: list[str], cell_width: int) -> bool:
    """Whether a line is the wrapped rest of the table row above it: its first piece is a few words that start
    no entry (no title, no dash, no label), and either a bracket the row left open closes in the same cell, or
    it is the one piece under a 'Name – job' cell that filled its column."""
    first = cells[0].strip()
    if (
        len(cells) > len(prev)
        or not first
        or len(first.split()) > 3
        or HONORIFIC_START.match(first)
        or re.search(r"\s[–—-]\s|:", first)
        or label_of(first)
    ):
        return False
    if len(cells) == len(prev) > 1:
        # ('Councillor Dr C Ashworth-<TAB>Cabinet Member for Public Health and' / 'Reid<TAB>Communities': both
        # cells broken, the name at its hyphen, the office on its 'and')
        broken = prev[0].rstrip().endswith("-") and ends_on_joining_word(prev[-1].strip())
        return broken or any(open_bracket(p) and _closes_bracket(c) for p, c in zip(prev, cells, strict=True))
    if 1 < len(cells) < len(prev) and (_bracket_places(prev, cells) or _surname_places(prev, cells)):
        return True  # 'Cllr G Ashworth<TAB>Cllr Mrs P Kenyon (Vice-<TAB>Cllr R Bamford' / '(Chairman)<TAB>Chairman)'
    if len(cells) == 1 and len(prev) > 1 and re.match(r"(?:and|&|of|for)\s", first) and not prev[-1].endswith("."):
        return True  # '... Cabinet Member for Children, Education' / 'and Families': the last cell goes on
    if len(cells) == 1 and len(prev) > 1 and _closes_bracket(first):
        # 'Z. Ahmed<TAB>J. Ashton (Deputy<TAB>L. Barlow' / 'Mayor)': a borderless grid's cell wrapped, the rest
        # under it with no TAB to say which column; the one cell left open takes it
        return sum(1 for p in prev if open_bracket(p)) == 1
    if len(cells) == 1 and len(prev) == 2 and re.search(r",\s*[A-Z][\w'’-]+$", prev[-1].strip()):
        # 'Cabinet Member for Education Excellence, Lifelong' / 'Learning and Employability': a portfolio's last part
        return PORTFOLIO_PART.fullmatch(first) is not None
    if len(cells) == 1 and len(prev) > 1 and re.fullmatch(r"[A-Z][\w'’-]+", first):
        # 'Councillor Dr Helen<TAB>Councillor ...' / 'Fairweather': a name broken after its forename in the first cell
        # (or 'Councillor X<TAB>Cabinet Member for Environment and the Climate' / 'Emergency': the office's last word)
        return _forename_at_end(prev[0]) or _office_goes_on(prev, first)
    return (
        len(cells) == 1
        and bool(re.search(r"\S\s[–—]\s\S", prev[0]))
        and len(prev[0].strip()) >= 0.7 * cell_width
        and not first.endswith((".", ";"))
    )


def _surname_places(cells: list[str], pieces: list[str]) -> list[int] | None:
    """Which cells of a grid of names with surnames in capitals ('Bailie Helen WRIGHT<TAB>Councillor John<TAB>
    Councillor Morven') the surnames on the line under it ('ALEXANDER<TAB>STRACHAN') complete: the cells still
    wanting theirs, in order; None where the pieces are not surnames alone or do not fit those cells."""
    if not all(re.fullmatch(r"(?:Mc|Mac)?[A-Z][A-Z'’-]+", p.strip()) for p in pieces):
        return None
    wanting = [
        n
        for n, c in enumerate(cells)
        if HONORIFIC_START.match(c.strip()) and not re.search(r"\b(?:Mc|Mac)?[A-Z][A-Z'’-]+$", c.strip())
    ]
    caps_style = any(re.search(r"\s(?:Mc|Mac)?[A-Z][A-Z'’-]{2,}$", c.strip()) for c in cells)
    return wanting if caps_style and len(wanting) == len(pieces) else None


def _bracket_places(cells: list[str], pieces: list[str]) -> list[int] | None:
    """Which cells of a borderless grid's row the fewer pieces of the line under it go on, where each piece is a
    bracket: one that closes a bracket a cell left open goes on that cell, one whole ('(Chairman)') on a cell with
    none open, in order left to right; None where they cannot all be placed so, or none closes a bracket."""
    places: list[int] = []
    at = 0
    for k, piece in enumerate(pieces):
        text = piece.strip()
        closes = _closes_bracket(text) and "(" not in text
        whole = re.fullmatch(r"\([^()]+\)", text) is not None
        if not (closes or whole):
            return None
        # (a place for each piece still to come)
        fits = [n for n in range(at, len(cells) - (len(pieces) - k - 1)) if open_bracket(cells[n]) == closes]
        if not fits:
            return None
        places.append(fits[0])
        at = fits[0] + 1
    return places if any(_closes_bracket(p) and "(" not in p for p in pieces) else None


ROLE_BEFORE_NAME = re.compile(
    # ('the applicant, Mr Thomas Kellaway, and his agent, Mr Owen Pemberton (Pemberton Licensing Consultants)': a
    # comma after who they are, the list's first entry, a firm in a bracket after the name)
    r"(?P<sep>^|[;,]|\s+and)\s*(?:the|his|her|their)\s+(?P<r>[a-z][a-z' -]{2,40}?),?\s+"
    r"(?P<n>(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?:\s+of\s+(?P<of>[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,5})|\s*\((?P<b>[^()]{2,80})\))?"
)


def _role_after_name(m: re.Match[str]) -> str:
    """'... and his representative Mr Rupert Vane of Vane Castell Solicitors' -> '... and Mr Rupert Vane
    (representative, Vane Castell Solicitors)': who they are in the bracket the list's reader takes a role from."""
    firm, role, sep = m.group("of") or m.group("b"), m.group("r"), m.group("sep")
    if firm and role.lower() in firm.lower():
        role, firm = firm, None  # 'his representative, Mr X (trade union representative)': the bracket says it all
    return f"{sep}{' ' if sep else ''}{m.group('n')} ({role}{', ' + firm if firm else ''})"


# 'two local residents who had made representations (Mr Alan Brook and Mrs Sandra Pike)': a description of several
# people, then their titled names in its bracket
ROLE_OVER_NAMES = re.compile(
    r"(?:^|(?<=[;,]))(?P<sep>\s*(?:and\s+)?)(?P<r>[A-Za-z][^;,()]{2,80}?)\s*\((?P<ns>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s[^()]+)\)"
)


def _each_under_role(m: re.Match[str]) -> str:
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("ns").strip())
    if len(names) < 2 or HONORIFIC_START.match(m.group("r")) or not all(HONORIFIC_START.match(n) for n in names):
        return m.group(0)
    role = re.sub(r"^(?:the|two|three|four|five|six|several|both)\s+", "", m.group("r").strip(), flags=re.I)
    return m.group("sep") + "; ".join(f"{n} ({role})" for n in names)


THE_JOB_COMMA_NAME = re.compile(
    # (not an office the chair's passes read: 'The Mayor, Councillor X (in the Chair)')
    r"(?P<sep>^|[;,]|\s+and)\s*(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?!(?:Deputy\s+|Lord\s+|Vice[- ])?(?:Mayor|Chair|Chairman|Chairwoman|Provost|Convener)\b)"
    r"(?P<r>[A-Z][\w'’-]*(?:\s+(?:of|and|&|[A-Z][\w'’-]*)){0,5})"
    r",\s+(?P<n>(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
FOR_WHOM = re.compile(
    r",?\s*for\s+whom\s+[^;,.]{3,60}?\s+(?:substituted|attended(?:\s+as\s+(?:a\s+)?substitute)?)", re.I
)
PUBLIC_COUNT = re.compile(
    rf"^\W*(?:there\s+(?:were|was)\s+)?{HOW_MANY}\s+"
    r"(?:members?|representatives?|residents?)\s+of\s+the\s+(?:public|press|media)\b",
    re.I,
)


def open_bracket(text: str) -> bool:
    """A bracket opened and not closed: the entry goes on on the next line."""
    return text.count("(") > text.count(")")


def _closes_bracket(text: str) -> bool:
    """The rest of an entry whose bracket the line above left open: 'Mayor)'."""
    return text.count(")") > text.count("(")


# an office whose first word is a peer's title: 'Lord Mayor (Councillor X)' is the office, then who holds it
LORD_OFFICE = re.compile(r"^(?:the\s+)?(?:Deputy\s+)?Lord\s+(?:Mayor|Provost|Lieutenant)\b", re.I)


def _surname_of_two_words(prev: str, last: str, text: str) -> bool:
    """In a list of forenames and surnames, a forename alone at a line's end ('..., Mark Astbury, Gurpreet') over
    a surname of two words ('Singh Atwal, Olivia Bancroft, ...')."""
    entries = [e.strip() for e in re.split(r",\s*|\s+and\s+", prev) if e.strip()]
    full_names = sum(1 for e in entries[:-1] if len(e.split()) >= 2) >= max(2, len(entries) - 2)
    return (
        full_names
        and re.fullmatch(r"[A-Z][a-z][\w'’-]*", last.strip()) is not None
        and re.match(r"^[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*(?:,|\s+and\b)", text) is not None
    )


TWO_TITLED = re.compile(r"\b(?:Councillors|Cllrs)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+and\s+\S+$")


def _forename_broken(prev: str, text: str) -> bool:
    """A list's last entry broken after its forename or initials ('..., Cllr Robin' / 'Morris.', '... and G' /
    'Shah'): the line under it opens with the surname, no title or label, so no new entry starts there."""
    return (
        # (a list of two has no comma: 'from Councillors Elaine Formby and Jonathan' / 'Blundell.')
        ("," in prev or TWO_TITLED.search(prev))
        # (or after its initials: '... F Quinn and G' / 'Shah')
        and re.search(
            r"\b(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'’-]+$|(?:,|\band)\s+(?:[A-Z]\.?\s+)*[A-Z]\.?$"
            # ('..., Huw Prys Jones and Elwyn' / 'Jones.': a forename alone after the list's last 'and')
            r"|\band\s+[A-Z][a-z'’-]+$",
            prev,
        )
        is not None
        and re.match(r"[A-Z][\w'’-]+(?:[.,;]|\s+\(|$)", text) is not None
        and not HONORIFIC_START.match(text)
        and label_of(plain(text)) is None
    ) or _bracketed_entry_broken(prev, text)


def _bracketed_entry_broken(prev: str, text: str) -> bool:
    """In a list of 'Name (Job)' entries, one broken inside its name ('..., Siân Mererid' / 'Pugh (Corporate
    Director), ...'): the line under it opens with the rest of the name and the entry's bracket."""
    return (
        ")," in prev
        and re.search(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$", prev) is not None
        and re.match(r"[A-Z][\w'’-]+\s+\([^()]+\)", text) is not None
        and label_of(plain(text)) is None
    )


CHAIR_OF = re.compile(r"(?:vice[- ]?)?chair(?:man|woman|person)?\s+of\b", re.I)


def _titled_entry_goes_on(prev: str, text: str, after: str) -> bool:
    """One person a line with the job after a comma or a dash, the job wrapped ('Councillor Grace Adeyemi,
    Cabinet Member for Children, Young' / 'People and Schools'; 'Fiona Maitland - Chief Operating Officer,
    Dorminster Hospitals' / 'NHS Foundation Trust'): a line that is no entry of its own goes on with the entry
    above where it starts in lower case ('for Housing and Homelessness') or the next entry comes straight
    after it."""

    def entry(line: str) -> bool:
        t = plain(line.split("\t")[-1])
        return bool((HONORIFIC_START.match(t) and NAME_COMMA_ROLE.match(t)) or DASH_PERSON_LINE.match(t))

    if "\t" in text or not entry(prev):
        return False
    if LIST_BULLET.match(text) or HONORIFIC_START.match(text) or label_of(plain(text)) or entry(text):
        return False  # ('- Councillor Fiona Oduya': a list's bullet opens an entry of its own)
    if NAME_COMMA_ROLE.match(text):
        return False
    return text[:1].islower() or entry(after) or bool(HONORIFIC_START.match(plain(after.split("\t")[-1])))


def _wraps(prev: str) -> bool:
    """Whether a line of an attendance list breaks mid-entry: after an honorific ('... for Councillor'),
    a word that cannot end one ('Corporate Director of', 'Vice-'), a comma ('Head of Local Policing,' /
    'Wendmoor Police'), or inside a list of entries with
    roles parted by semicolons ('A – Chief Executive; B – Head of' / 'Regeneration; C – ...')."""
    if re.search(rf"\b{COUNCIL_OR_HONORIFIC_END}", prev):
        return True
    if re.search(r"\b(?:of|and|for|the|to|with|his|her|their|&)$|\w-$|[–—]$|,$", prev, re.I):
        return True
    if open_bracket(prev):
        return True  # a bracket left open: '... Councillor Ruth Abernethy (lead' / 'signatory to the call-in)'
    if re.search(r"\s(?:ap|ab|ferch|verch|van|von|de|du|bin|ibn)$", prev):
        return True  # a surname's particle: 'Alun ap' / 'Rhys', 'Pieter van' / 'Dijk'

    return ";" in prev and not prev.endswith((".", ";", ":"))


# A membership printed whole with a key to who came: 'Members: (*present)', '* Present', '(* denotes present)'
PRESENT_KEY = re.compile(r"\(\s*\*\s*(?:=\s*|denotes\s+)?present\s*\)|^\s*\*\s*(?:=\s*|denotes\s+)?present\s*$", re.I)
STARRED = re.compile(r"^\s*\*")


def _starred_only(block: list[Line]) -> list[Line]:
    """Under a key that marks who was present with an asterisk, the names with the mark and none without
    it: an unmarked member was not there (an apology, if any, is told elsewhere). The grid of names beside
    the key (under 'Members: (*present)', or over a '*Present' line of its own) loses its unmarked names; a
    labelled list further on ('Deputy Cabinet Members: *A, *B') does where it holds the mark, and is left
    whole where it holds none ('Members in attendance: ...')."""
    at = next((k for k, x in enumerate(block) if PRESENT_KEY.search(line_text(x))), None)
    if at is None:
        return block
    out = list(block)
    key = line_text(block[at])
    out[at] = Line(block[at].number, block[at].page, PRESENT_KEY.sub("", key))
    grid = set()
    if PRESENT_KEY.fullmatch(key.strip()):  # '*Present' under the grid: the rows above it, up to a heading
        k = at - 1
        while k >= 0 and "*" in line_text(block[k]):
            grid.add(k)
            k -= 1
    below = True
    for k in range(at + 1, len(block)):
        below = below and not re.match(r"^[^*:\t]{2,60}:", line_text(block[k]))
        if below and not PRESENT_KEY.fullmatch(key.strip()):
            grid.add(k)
    starred_list = False  # under a label whose list holds the mark, one entry a line ('Co-opted members: * Mr A')
    last_kept = False  # whether the entry above was kept, for the lines its words wrap onto
    for k in range(len(block)):
        if k == at:
            continue
        text = line_text(block[k])
        label = re.match(r"^[^*:\t]{2,60}:\s*", text)
        head, rest = (text[: label.end()], text[label.end() :]) if label else ("", text)
        if label or not text.strip():
            starred_list = k > at and "*" in rest
        elif starred_list and k not in grid and "*" not in rest:
            # 'Mrs L Beckwith (Employer representative – academies and' / 'colleges)' among starred entries: not
            # there, and the line her entry wraps onto with her (a starred entry's wrapped line stays with it)
            wrapped = re.match(r"[a-z)(]", rest.strip()) is not None
            last_kept = last_kept and wrapped
            if not last_kept:
                out[k] = Line(block[k].number, block[k].page, "")
            continue
        if k not in grid and ("*" not in rest or k < at):
            continue
        entries = [e for e in re.split(r"\t|,\s*(?=\*)|,\s+(?=[A-Z])", rest) if e.strip()]
        kept = [STARRED.sub("", e).strip() for e in entries if STARRED.match(e)]
        last_kept = bool(entries) and STARRED.match(entries[-1]) is not None
        out[k] = Line(block[k].number, block[k].page, head + ", ".join(kept) if kept else "")
    return out


# A hearing's parties under 'Also Present:', each kind under a label of its own on its line
PARTY_GROUP = re.compile(
    r"^(?:[A-Z][a-z'’]+(?:\s+[a-z]+){0,3}):\s+(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|PC|PS|DC|Sgt|Insp)\.?\s)"
)
# who a party is at a hearing, in a cell of its own before the person: 'Applicant', 'Responsible Authority'
PARTY_CATEGORY = re.compile(
    r"(?:the\s+)?(?:applicants?(?:['’]s?\s+(?:representatives?|solicitors?|agents?))?|responsible\s+authorit(?:y|ies)"
    r"|interested\s+part(?:y|ies)|other\s+persons?|objectors?|licen[cs]e\s+holders?|witness(?:es)?)",
    re.I,
)


PARTY_PERSON = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr|PC|PS|DC|Sgt|Insp|Inspector|Sergeant)\.?\s+[A-Z]")


def _party_rows(block: list[Line]) -> list[Line]:
    """A hearing's table of parties, 'Also present: | Applicant | Mr D Farrow (Director, ...)': each row's party
    cell read as a label before its person ('Applicant: Mr D Farrow ...'), the row's first label on a line of its
    own before it."""
    out: list[Line] = []
    for line in block:
        cells = line_text(line).split("\t")
        at = next(
            (
                k
                for k in range(len(cells) - 1)
                if PARTY_CATEGORY.fullmatch(cells[k].strip()) and PARTY_PERSON.match(cells[k + 1].strip())
            ),
            None,
        )
        if at is None:
            out.append(line)
            continue
        if at:  # the list's label before the party: 'Also present:'
            out.append(Line(line.number, line.page, "\t".join(cells[:at])))
        rest = "\t".join(c.strip() for c in cells[at + 1 :])
        out.append(Line(line.number, line.page, f"{cells[at].strip()}: {rest}"))
    return out


ROLE_DASH = re.compile(r"^[–—-]\s+(?=\S)")
BARE_TITLE = re.compile(r"\s*(?:Councillors|Cllrs\.?)\s*")  # (no colon: 'Councillors:' is a label, read as one)


def _grid_under_title(block: list[Line]) -> list[Line]:
    """'Councillors' alone on its line over a grid of surnames ('Ahmed<TAB>Fairclough<TAB>Pickles'): the title
    as the grid's label, as 'Councillors:<TAB>Ahmed<TAB>...' prints it, so its rows are read as one list."""
    out = list(block)

    def grid(k: int) -> bool:
        cells = [plain(c) for c in line_text(block[k]).split("\t")] if k < len(block) else []
        return len(cells) >= 2 and all(GRID_NAME.fullmatch(c) for c in cells)

    for k, line in enumerate(block[:-1]):
        if BARE_TITLE.fullmatch(line_text(line)) and grid(k + 1) and grid(k + 2):
            out[k + 1] = Line(block[k + 1].number, block[k + 1].page, f"Councillors:\t{line_text(block[k + 1])}")
            out[k] = Line(line.number, line.page, "")
    return out


def _party_columns(block: list[Line]) -> list[Line]:
    """'LABOUR<TAB>LIBERAL DEMOCRAT' over columns of surnames (Bradford's 'Present – Councillors' table): the
    parties' names head the columns, no one's; the surnames under them, a cell's lines run together or a name a
    line, are one list of councillors."""
    out = list(block)
    party = re.compile(rf"(?:{PARTY_NAMES}|Green|Labour|Liberal\s+Democrat)(?:\s+(?:Group|Party))?", re.I)
    for k, line in enumerate(block):
        heads = [plain(c) for c in line_text(line).split("\t") if plain(c)]
        if not heads or not all(party.fullmatch(c) for c in heads):
            continue
        names: list[str] = []
        j = k + 1
        while j < len(block):
            words = line_text(block[j]).split()
            if not words or not all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) and not party.fullmatch(w) for w in words):
                break
            names.extend(words)
            j += 1
        if names:
            out[k] = Line(line.number, line.page, "")
            out[k + 1] = Line(block[k + 1].number, block[k + 1].page, "Councillors " + ", ".join(names) + ".")
            for x in range(k + 2, j):
                out[x] = Line(block[x].number, block[x].page, "")
    return out


OFFICE_RUN_ON = re.compile(
    r"(?:^|(?<=[,;]\s))(?P<n>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+"
    r"(?P<r>(?:(?:Vice[- ])?Chair(?:man|woman|person)?|Leader)\s+of\s+the\s+[A-Z][^,;()]{2,80}"
    # (a portfolio of several parts ending the line, no one named after it: 'Councillor X Cabinet Member for
    # Children, Youth Services and Lifelong Learning')
    r"|(?:Deputy\s+)?(?:Cabinet|Executive|Lead)\s+Member\s+for\s+[A-Z]"
    r"(?:(?!\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b)[^;()]){2,120}$"
    r"|(?:Deputy\s+)?(?:Cabinet|Executive|Lead)\s+Member\s+for\s+[A-Z][^,;()]{2,80})(?=\s*(?:[,;]|$))"
)
# A membership printed whole with a key to who did not come: 'Persons absent are marked with an ‘A’', 'A = absent'
ABSENT_KEY = re.compile(
    r"^\W*(?:persons|members|those|councillors)\s+(?:absent|not\s+present)\s+(?:are\s+)?(?:marked|shown|denoted)\s+"
    r"(?:with\s+|by\s+|as\s+)?(?:an?\s+)?[‘'\"“(]?(?P<m>[A-Z*†])[’'\"”)]?\W*$"
    r"|^\W*[‘'\"(]?(?P<m2>[A-Z])[’'\")]?\s*(?:=|denotes|-|–)\s*absent\W*$",
    re.I,
)


def _absent_marked(block: list[Line]) -> list[Line]:
    """Under a key that marks who was absent ('Persons absent are marked with an ‘A’'), the membership's rows lose
    their marked names ('A Ruth Stainsby'): only the unmarked were there. The key itself names no one."""
    at = next((k for k, x in enumerate(block) if ABSENT_KEY.match(line_text(x))), None)
    if at is None:
        return block
    key = ABSENT_KEY.match(line_text(block[at]))
    mark = re.escape((key.group("m") or key.group("m2")) if key else "A")
    out = list(block)
    out[at] = Line(block[at].number, block[at].page, "")
    for k in range(at + 1, len(block)):
        text = line_text(block[k])
        if label_of(plain(text)) and not re.fullmatch(r"\W*councillors?\W*", text, re.I):
            break  # 'OTHER COUNCILLORS IN ATTENDANCE': a list of its own, no one marked in it
        cells = [c for c in text.split("\t")]
        kept = [c for c in cells if not re.match(rf"^\s*{mark}\s+(?=[A-Z])", c)]
        if len(kept) != len(cells):
            out[k] = Line(block[k].number, block[k].page, "\t".join(kept))
    return out


def parse_attendance(block: list[Line]) -> tuple[list[Person], list[str], list[dict[str, str | None]]]:
    """(present, apologies, substitutions) from the attendance lists at the head of a set of minutes."""
    block = _absent_marked(_starred_only(block))
    present: list[Person] = []
    chairs: list[Person] = []  # who a line of its own says was in the chair
    apologies: list[str] = []
    subs: list[dict[str, str | None]] = []
    groups: list[tuple[str, str | None, list[str], Line]] = []
    kind, role = "member", None
    name_role = False  # under a 'Name | Role' heading row
    marked: list[str | None] = []  # under a 'Member | Present | Apologies | Absent' heading row: each column's status
    place_first = False  # under a 'Ward | Councillors present' heading row: the first cell is a place
    place_last = False  # under a 'Councillor | Ward' heading row: the last cell is a place
    markdown = False  # inside a Markdown table of attendance ('| Councillor | Portfolio |' over its rows)
    wide: tuple[int, int | None, int | None] | None = None  # under 'Name | Organisation | Role': those columns
    after_holder = False  # the line above named one role's holder ('Chairman: Councillor X')
    for line in _party_rows(_unwrapped(_footnoted_roles(_party_columns(_grid_under_title(block))))):
        below_holder, after_holder = after_holder, False
        if line_text(line).lstrip().startswith("|"):  # a Markdown table's row: its cells, as a TAB row
            cells_md = [c.strip() for c in line_text(line).strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-*:?", c) for c in cells_md):
                continue  # the row under the heading row: '|---|---|'
            markdown = markdown or all(HEADER_CELL.fullmatch(plain(c)) for c in cells_md if c)
            if not markdown:
                continue  # another table ('| Minute No. | |'): no one's attendance
            line = Line(line.number, line.page, "\t".join(cells_md))
        elif line_text(line).strip():
            markdown = False
        if LIST_BULLET.match(line_text(line)):  # '- Councillor A Pryce (Chair) – ...': a web page's list
            line = Line(line.number, line.page, LIST_BULLET.sub("", line_text(line)))
        t = plain(line_text(line))
        if not t:
            continue
        also = ALSO_PRESENT_SENTENCE.match(t)
        if also:  # 'Cllrs. Quested and Yeo were also present.': an 'Also present:' list told as a sentence
            who = also.group("who") or also.group("who3") or also.group("who2").rstrip(".")
            line = Line(line.number, line.page, f"Also present: {who}")
            t = plain(line_text(line))
        # ('Karen Ebdon<TAB>– Community Engagement Manager': the dash before the role is no part of it)
        cells = [ROLE_DASH.sub("", plain(c)) for c in line_text(line).split("\t")]
        while len(cells) > 2 and not cells[-1]:
            cells.pop()  # an empty 'Notes' cell
        stood_in = SUBSTITUTE_CELL.match(cells[1]) if len(cells) == 2 and cells[0] else None
        if stood_in:  # 'Cllr Hannah Kemp | for Cllr Nigel Fairhurst': who sat, and for whom (not there)
            for p in people_from(cells[0], "member", "Substitute")[:1]:
                p.citation = line.cite()
                present.append(p)
                subs.append({"name": p.name, "for": clean_name(stood_in.group(1))})
            continue
        if len(cells) >= 3 and HEADER_CELL.fullmatch(cells[0]) and all(STATUS_CELL.fullmatch(c) for c in cells[1:]):
            # 'Member | Present | Apologies | Absent': a grid of marks, each row's mark under its status
            marked = [None] + [_status_of(STATUS_CELL.fullmatch(c)) for c in cells[1:]]  # type: ignore[arg-type]
            continue
        at = next((k for k, c in enumerate(cells) if k and MARK_CELL.fullmatch(c)), None) if marked else None
        if marked and at is not None and at < len(marked) and cells[0]:
            group_kind, group_role = (groups[-1][0], groups[-1][1]) if groups else (kind, role)
            who = people_from(cells[0], group_kind, group_role)
            if marked[at] == "apologies":
                apologies.extend(p.name for p in who)
            elif marked[at] == "present":
                for p in who:
                    p.citation = line.cite()
                    present.append(p)
            continue
        if len(cells) >= 2 and all(HEADER_CELL.fullmatch(c) for c in cells if c):
            # a table's heading row: 'Member | Attendance', 'Name | Role'; under 'Name | Role' each row is one person
            heads = [c.lower() for c in cells if c]
            name_role = len(heads) == 2 and heads[0] in NAME_HEADS and set(HEADER_JOIN.split(heads[1])) <= ROLE_HEADS
            place_first = bool(PLACE_HEADER.fullmatch(cells[0]))
            # 'Councillor | Ward': the place in the last column
            place_last = len(cells) == 2 and not place_first and bool(PLACE_HEADER.fullmatch(cells[-1]))
            wide = _wide_columns(cells)
            continue
        if (
            wide
            and len(cells) == 1
            and present
            and present[-1].role
            and present[-1].citation is not None
            and line.number == present[-1].citation.line + 1
            and len(t) <= 40
            and not label_of(t)
            and (t.startswith("(") or t[:1].islower() or not looks_like_name(t, clean_name(t)))
            and not HONORIFIC_START.match(t)  # ('Cllr Tom Kershaw (Youth Champion)': the next person)
        ):
            # 'Jonathan Eade | Implementation Programme | Kestonshire County Council' over 'Director': the role's
            # cell wrapped onto a line of its own
            present[-1].role = f"{present[-1].role} {t}"
            continue
        if wide and len(cells) > wide[0] and cells[wide[0]] and not label_of(t):
            # 'Cllr Sarah Penrose | Calderholme MBC | Cabinet Member for ... (Chair)': a row of a table of people
            # with more columns than a name and a role; under 'Apologies', a name with its substitute
            name_at, role_at, sub_at = wide
            group_kind, group_role = (groups[-1][0], groups[-1][1]) if groups else (kind, role)
            who = people_from(cells[name_at], group_kind, group_role)[:1]
            said = cells[role_at] if role_at is not None and role_at < len(cells) else ""
            chair = re.search(r"\((?P<r>(?:vice[- ])?chair(?:man|person)?)\)\s*$", said, re.I)
            for p in who:
                p.citation = line.cite()
                if group_kind == "apologies":
                    apologies.append(p.name)
                    stand_in = cells[sub_at] if sub_at is not None and sub_at < len(cells) else ""
                    if re.search(r"[A-Za-z]{2}", stand_in):
                        subs.append({"name": clean_name(stand_in), "for": p.name})
                    continue
                if said:
                    p.role = chair.group("r") if chair else said
                present.append(p)
            continue
        if len(cells) < 2 or (cells[0].rstrip().endswith(":") and label_of(cells[0]) is not None):
            place_first = place_last = False  # (or a label's row after the table: 'IN ATTENDANCE: | Town Clerk ...')
        elif place_last:  # 'Margaret Ackroyd* | Holmbrook North': the ward is no one
            cells = cells[:1]
            line = Line(line.number, line.page, line_text(line).split("\t")[0])
            t = plain(line_text(line))
        elif place_first:  # 'Northfield | Margaret Ellison (Chair), Tom Ridgeway': the ward is no one
            cells = cells[1:]
            line = Line(line.number, line.page, "\t".join(line_text(line).split("\t")[1:]))
            t = plain(line_text(line))
        # the status in the last cell, or before a 'Notes' cell ('Name | Role | Present | Left for item 92')
        at = next((k for k in range(len(cells) - 1, 0, -1) if STATUS_CELL.fullmatch(cells[k])), 0) if cells[0] else 0
        status = STATUS_CELL.fullmatch(cells[at]) if at and at >= len(cells) - 2 else None
        if status:  # 'County Councillor A Smith (Chairman) | Present', '... | Apologies', '... | Substitute for Cllr B'
            group_kind, group_role = (groups[-1][0], groups[-1][1]) if groups else (kind, role)
            who = people_from(
                cells[0],
                "apologies" if status.group("apologies") else group_kind,
                "Substitute" if status.group("for") else group_role,
            )
            if status.group("chair") and who and not who[0].role:
                who[0].role = status.group("chair").title()
            if at > 1 and who and not who[0].role and any(cells[1:at]):
                who[0].role = " ".join(c for c in cells[1:at] if c)  # 'Name | Role | Attendance'
            councillor = re.match(r"^\W*(?:councillors?|cllrs?)\b", cells[0], re.I)
            if who and who[0].role and JOB_WORDS.search(who[0].role) and not councillor and who[0].kind == "member":
                who[0].kind = "officer"  # 'Mrs K Whitlow | Town Clerk | Present'

            if status.group("apologies"):
                apologies.extend(p.name for p in who)
                for p in people_from(status.group("sub") or "", group_kind, "Substitute") if who else []:
                    p.citation = line.cite()
                    present.append(p)
                    subs.append({"name": p.name, "for": who[0].name})
            elif not status.group("absent"):
                for p in who:
                    p.citation = line.cite()
                    present.append(p)
                    if status.group("for"):
                        subs.append({"name": p.name, "for": clean_name(status.group("for"))})
            continue
        if (
            len(cells) == 2
            and all(cells)
            and groups
            and not label_of(t)
            and not label_of(f"{cells[0]}: {cells[1]}")  # ('Also present | Police and Crime Commissioner X')
            and (name_role or _name_and_role(*cells))
        ):
            # 'Bernadette Royle | Executive Director of Adult Services': a table of people and their roles
            group_kind, group_role = groups[-1][0], groups[-1][1]
            # 'Sarah Okoro – Police and Crime Commissioner for X': one person, the dash's words her office
            dashed = _dash_person(cells[0], group_kind) if name_role else None
            for p in [dashed] if dashed else people_from(cells[0], group_kind, group_role)[:1]:
                if group_kind == "apologies":  # 'Apologies:' over 'Councillor X | Cabinet Member for ...'
                    apologies.append(p.name)
                    continue
                # ('Stephen Hale | (Chief Executive)': the job in its own brackets)
                p.role, p.citation = p.role or re.sub(r"^\((.*)\)$", r"\1", cells[1].strip()), line.cite()
                present.append(p)
            continue
        if PRESIDED.search(t) and not label_of(t):
            # 'Councillor Lindsay, Convener, presided.': who chaired, listed elsewhere; no apology (or listed only
            # here, a line of its own: 'Councillor Penhallow OBE, in the Chair.')
            chaired = presiding(t)
            if chaired is not None:
                chaired.citation = line.cite()
                chairs.append(chaired)
            continue
        if groups and groups[-1][0] == "apologies" and PRESIDING_LINE.match(t):
            continue  # 'M Hepburn in the Chair.' under the apologies: who chaired, listed above; no apology
        council_label = COUNCIL_LABEL.match(line_text(line).strip())
        if council_label:  # 'Mercia County Council: Councillors R Ellery (Chair), ...': which council, no role
            line = Line(line.number, line.page, line_text(line).strip()[council_label.end() :])
            t, cells = plain(line_text(line)), [t]
        label = label_of(t)
        holder = not label and (label := _role_label(t)) is not None  # 'Chairman: Councillor X': one person's role
        party = PARTY_GROUP.match(t) if not label and groups and groups[-1][0] == "other" else None
        if party:  # under 'Also Present:', 'Interested parties: Mrs J Mayhew ...', 'Responsible authorities: PC ...'
            category = t[: party.end()].rstrip(": ")
            label = ("other", category if PARTY_CATEGORY.fullmatch(category) else None, t[party.end() :])
        if not label and len(cells) == 2 and all(cells):  # 'Officers | Gwen Hallett (Licensing Officer); ...'
            label = label_of(f"{cells[0]}: {cells[1]}")  # a label cell is a label with its colon
        if (
            not label
            and len(cells) == 2
            and all(cells)
            and CELL_LABEL.fullmatch(cells[0])
            and (NAME_START.match(cells[1]) or PLAIN_NAME.match(cells[1]))
        ):
            # 'External auditor: | Ellis Crane (Key Audit Partner) and ...': who they are, in a label cell of its own
            label = ("other", cells[0].rstrip(": "), cells[1])
        if label:
            kind, role, rest = label
            rest = ORGANISATION_FIRST.sub("", rest)  # 'Caldmore Whitby LLP – Nadia Rosenthal, Key Audit Partner'
            beside = [plain(c) for c in line_text(line).split(":", 1)[-1].split("\t") if plain(c)]
            if len(beside) >= 2 and all(GRID_NAME.fullmatch(c) for c in beside) and plain(" ".join(beside)) == rest:
                # 'Councillors:<TAB>Atherton<TAB>Ayres<TAB>Bain': a grid's first row, its next rows more of the list
                rest = ", ".join(beside) + ","
            if COUNCILLORS_LABEL.match(t) and rest[:1].isupper() and not NAME_START.match(rest):
                rest = f"Councillors {rest}"  # 'Councillors: Rahim, Kelsall, Boateng': the label their shared title
            rest = COUNCILLORS_LABEL.sub("Councillors ", rest)  # 'Councillors (for items in brackets): Whitworth'
            groups.append((kind, role, [], line))
            if not rest:
                continue
            t = rest
            if len(beside) == 2 and ":" in line_text(line) and _name_and_role(*beside):
                # 'Officers:<TAB>Helen Mawdsley<TAB>Chief Executive': the label's row of a table of people and roles
                for p in people_from(beside[0], kind, role)[:1]:
                    p.role, p.citation = f"{p.role}, {beside[1]}" if p.role else beside[1], line.cite()
                    present.append(p)
                continue
        if not groups:
            groups.append((kind, role, [], line))
        elif below_holder and not label and HONORIFIC_START.match(t):
            groups.append((groups[-1][0], None, [], line))  # 'Councillors A, B' under 'Chairman: Councillor X'
        columns = re.search(r"\t|(?<=\S)\s{3,}(?=\S)", line_text(line).split(":", 1)[-1].strip())
        # (a list begun job first, 'IN ATTENDANCE: Chief Fire Officer Gareth Penhaligon, ...', goes on over the lines
        # below: 'Ian Marchbank, Head of ...' there is no one person and his job)
        job_first = bool(groups and groups[-1][2] and JOB_WORDS.match(groups[-1][2][0]) and "(" not in groups[-1][2][0])
        # ('W. Walcott, Chief Executive;' a line, the last 'E. Bryer, Democratic Services Officer.': one list, read
        # in its place, not the last line on its own)
        listing = bool(groups and groups[-1][2] and groups[-1][2][-1].rstrip().endswith(";") and not label)
        one = None if columns or listing or (job_first and not label) else _one_person(t, kind)
        if one:
            one.citation = line.cite()
            present.append(one)
            continue
        if label:
            groups[-1][2].append(t)
            after_holder = holder
            continue
        for col in re.split(r"\t|(?<=\S)\s{3,}(?=\S)", line_text(line)):  # columns: a TAB or a wide gap
            col = plain(col)
            if not col:
                continue
            if groups[-1][0] == "officer" and not _job_then_holder(col):
                col = _strip_directorate(col)  # (not a job before its holder's dash: 'Head of Waste - Ms C McAlee;')
            groups[-1][2].append(col)
    for kind, role, texts, line in groups:
        if kind == "absent" and WITH_APOLOGIES.search(_join_block(texts)):
            kind = "apologies"  # 'Absent: Councillor A and Councillor B (with apologies)': absent, having sent them
            texts = [WITH_APOLOGIES.sub("", _join_block(texts))]
        if kind in ("absent", "public"):
            continue
        if kind == "apologies":
            joined = SECOND_FROM.sub("and ", _join_block(texts))  # '... from Councillor A (X) and from B (Y)'
            joined = FOR_WHOM.sub("", joined)  # '..., for whom Councillor B substituted': B was there
            # 'APOLOGIES: Apologies for absence were received from Councillors A, B and C.': the label's sentence
            said = apologies_in_text(joined) if re.match(r"\W*apolog(?:y|ies)\b", joined, re.I) else []
            apologies.extend(said or [p.name for p in people_from(joined, "apologies", None)])
            continue
        titled = _titled_lines(texts)
        if len(texts) >= 2 and all(_job_then_holder(t) for t in texts):
            joined = "; ".join(t.rstrip("; ") for t in texts)  # 'Chief Executive – Mrs A Toland' a line, each one
        elif titled:
            joined = "; ".join(titled)
        else:
            joined = _join_block(texts)
        if role == "Substitute":  # 'Substitutes: Councillor D. Kerr for Councillor E. Whitlock'
            # ('Councillors Sarwar (Substitute for Pendlebury)': the pair's words in a bracket)
            joined = BRACKETED_SUB.sub(r" for \1", joined)
            pairs = [SUB_PAIR.match(part.strip()) for part in split_names(joined.replace(" and ", ", "))]
            if pairs and all(pairs):
                for m in filter(None, pairs):
                    who, for_ = clean_name(m.group("who")), clean_name(m.group("for"))
                    subs.append({"name": who, "for": for_})
                    present.append(Person(who, "Substitute", kind, line.cite()))
                continue
        # 'Aldermoor County Council: Councillors A, B; Brackwell Borough Council: ...', 'NHS X Trust: Sarah L (...)':
        # who each body sent, its name a label inside the list
        joined = BODY_LABEL_INSIDE.sub("; ", joined).strip("; ")
        for p in people_from(joined, kind, role):
            p.citation = line.cite()
            present.append(p)
    named = {p.name for p in present}
    present = [p for p in chairs if p.name not in named] + present
    return _chair_once(present), apologies, subs


def _titled_start(text: str) -> bool:
    """The text opens with a title, after any label ('Also in attendance: Dr Anita Rao, ...')."""
    found = label_of(text)
    return bool(HONORIFIC_START.match(found[2] if found else text))


def _titled_lines(texts: list[str]) -> list[str] | None:
    """One person a line, each line opening with a title and a comma after the name ('Councillor Gemma Ofori,
    Portfolio Holder for Community Safety,' / 'Highways and Enforcement'): a line with no title goes on with the
    entry above, and the commas inside a role part no one."""
    if len(texts) < 3 or not HONORIFIC_START.match(texts[0]):
        return None
    out: list[str] = []
    for t in texts:
        if HONORIFIC_START.match(t) and not PLURAL_START.match(t):
            out.append(t.strip())
        elif out:
            out[-1] = join_wrapped(out[-1], t.strip())
    if len(out) < 3 or len(out) == len(texts) or not all(NAME_COMMA_ROLE.match(e) for e in out):
        return None
    return out


GRID_NAME = re.compile(r"(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’-]+")  # 'Atherton', 'J Dyer' in a grid of names
ALSO_PRESENT_SENTENCE = re.compile(
    r"^\W*(?P<who>(?:Councillors?|Cllrs?)\.?\s+[A-Z].{0,200}?)\s+(?:was|were)\s+also\s+(?:present|in\s+attendance)\b"
    # ('Also in attendance were Councillors G Dunstable, M O'Halloran and T Birchinlee-Ward.')
    r"|^\W*(?i:also\s+(?:present|in\s+attendance)\s+(?:was|were))\s+(?P<who2>(?:Councillors?|Cllrs?)\.?\s+[A-Z].{0,200})$"
    # ('Councillors K Brantingham, Mrs S Owersby and P J Tealby attended the meeting' / 'as observers.')
    r"|^\W*(?P<who3>(?:Councillors?|Cllrs?)\.?\s+[A-Z].{0,200}?)\s+attended\s+(?:the\s+meeting\s*)?(?:as\s+observers?\W*)?$"
)
# 'Councillors:' as a label, its names bare surnames; '(for items in brackets)' a note on what follows
COUNCILLORS_LABEL = re.compile(r"^\W*(?:Councillors|Cllrs\.?)\s*(?:\([^()]{1,40}\))?\s*:\s*")
BODY_LABEL_INSIDE = re.compile(
    r"(?:^|[;,])\s*(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|&)){0,9}\s+"
    r"(?:Council|Board|Trust|Authority|Service|Partnership|Police|Commissioner|ICB)\s*:\s*(?=[A-Z])"
)


# A firm or body before the person it sent, after a dash: 'Pennine Audit Partnership – Graham Ackroyd, Head of ...'
ORGANISATION_FIRST = re.compile(
    r"^[A-Z][^–—,;()]{2,60}?\b(?:LLP|Ltd|Limited|plc|Partnership|Services?|Trust|Audit|Consulting|Associates)\b"
    r"[^–—,;()]{0,20}?\s+[–—]\s+(?=[A-Z])"
)
# 'Councillor Lindsay, Convener, presided.', 'Councillor Moira Lindsay, Convener, in the Chair.': who chaired, a line
# of its own under the lists
PRESIDED = re.compile(r"\bpresided\b\W*$|^[^()]{4,80},\s+in\s+the\s+chair\W*$", re.I)
# A constituent council naming its members in a joint body's attendance: 'Stanbury City Council: Councillors ...'.
# 'Kent County Council Members:<TAB>Mr R J Hollands (Vice-Chairman), Mrs S Ashby' beside a board's own
# 'Borough Council Members:' (a joint transportation board)
COUNCIL_CELL = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?:City|County|Borough|District|Town|Metropolitan\s+Borough)?\s*Council"
    r"(?:\s+(?:Members|Representatives))?\s*:"
)
COUNCIL_LABEL = re.compile(
    rf"^{COUNCIL_CELL.pattern}\s*(?=(?:Councillors?|Cllrs?|(?:Mr|Mrs|Ms|Miss|Dr)(?=\s+[A-Z]))\b)"
)
# 'Chief Fire Officer Andrew Kettleborough': a job printed before the name, in a list of officers.
ROLE_THEN_NAME = re.compile(
    r"^(?P<role>(?:(?:[A-Z][\w'’-]*|and|of|the|for|&)\s+){0,6}(?:Officer|Manager|Director|Treasurer|Clerk|Executive|"
    r"Head|Solicitor|"
    r"Advis[eo]r|Secretary|Commander|Inspector|Superintendent|Constable|Auditor|Commissioner))\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,2})$"
)
# 'Director of Environment - Mr D Hutchinson': the job, a dash, then its titled holder
JOB_DASH_NAME = re.compile(
    r"^(?P<role>[A-Z][^;–—()]*?)\s+[-–—]\s+(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+[A-Z][^;,()–—]*?)[\s.]*$"
)


def _job_then_holder(entry: str) -> tuple[str, str] | None:
    """(name, job) for an entry printed job first: 'Chief Fire Officer Andrew Kettleborough', 'Head of Waste - Ms C
    McAuley'."""
    e = entry.strip().rstrip(".; ")
    m = ROLE_THEN_NAME.match(e)
    if m is None:
        m = JOB_DASH_NAME.match(e)
        if m is None or not JOB_WORDS.search(m.group("role")):
            return None
    return clean_name(m.group("name")), m.group("role")


LIST_BULLET = re.compile(r"^\s*(?:[-•▪*]|o(?=\s+[a-z]))\s+(?=\S)")  # Word's second level: 'o substituting for ...'
# When someone was there, printed beside their name: 'for items 25/061 to 25/065', 'from 7.48pm', 'until item 6'.
ATTENDANCE_NOTE = re.compile(
    # ('for item 5(a)', 'for minutes OSC 35 and OSC 36': a reference may have its letters apart from its number)
    r"\b(?:(?:for|from|until|till|during|after|before)\s+(?:items?|minutes?)\s+(?:[A-Z]{1,5}\s+)?[\w./]+(?:\(\w{1,3}\))?"
    r"(?:\s+(?:to|and|-|–)\s+(?:[A-Z]{1,5}\s+)?[\w./]+(?:\(\w{1,3}\))?)?"
    r"|(?:from|until|till|after|before|left\s+at|arrived\s+at)\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)",
    re.I,
)
# a ward councillor's '(item 6)', '(items 5 and 7)': the business they came for
ITEMS_ONLY = re.compile(r"(?:agenda\s+)?(?:items?|minutes?)\s+\w{1,6}(?:\s*(?:,|and|&|to|-|–)\s*\w{1,6})*", re.I)
NOTE_AT_END = re.compile(r"\s*[–—-]?\s+(?:" + ATTENDANCE_NOTE.pattern + r")\s*$", re.I)
NOTE_IN_BRACKET = re.compile(
    r"\s*,\s*(?:" + ATTENDANCE_NOTE.pattern + r")\s*(?=\))", re.I
)  # '(ward member, for item 4)'
CELL_LABEL = re.compile(r"[A-Z][A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,3}\s*:")  # a label cell: 'External auditor:'
PLAIN_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")  # 'Alison Drake': a name with no honorific
INITIALLED_NAME = re.compile(r"(?:[A-Z]\.?\s*){1,3}\s[A-Z][a-z][\w'’-]*")  # 'T Quirke', 'J.P. Okafor'

# 'Independent Person: Mrs J Oldcastle', 'Clerk: Mr T Hale': a role, then who held it.
ROLE_LABEL = re.compile(
    r"^(?P<role>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4})\s*:\s+"
    r"(?P<rest>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Councillor|Cllr|Professor|Prof|Rev|Revd)\.?\s+[A-Z].*)$"
)


def _role_label(text: str) -> tuple[str, str | None, str] | None:
    """(kind, role, rest) for a line that names a role before its holder, as label_of does for a list's label."""
    m = ROLE_LABEL.match(text)
    if not m:
        return None
    role = m.group("role")
    if COUNCIL_REPRESENTATIVE.search(role):  # 'Parish Council Representative: Mr K Seager': a council's member
        return "member", role, m.group("rest")
    if CHAIR_ROLE.fullmatch(role):  # 'Chairman: Councillor K J Pennock', a row over 'Councillors: ...'
        return "member", role, m.group("rest")
    if PARTY_CATEGORY.fullmatch(role):  # 'Applicant's representative: Ms H Lyle (Solicitor)': a party, no officer
        return "other", role, m.group("rest")
    return ("officer" if JOB_WORDS.search(role) else "other"), role, m.group("rest")


COUNCIL_REPRESENTATIVE = re.compile(r"\bCouncil\s+Representatives?$")
CHAIR_ROLE = re.compile(r"(?:(?:Depute|Deputy|Vice)[- ]?)?(?:Convener|Chair(?:man|woman|person)?)", re.I)


def _initial_and_surname(name: str) -> tuple[str, str]:
    words = [w for w in name.replace(".", " ").split() if w.lower() not in ("dr", "prof")]
    return (words[0][:1].upper(), words[-1].lower()) if len(words) >= 2 else ("", name.lower())


def _chair_once(present: list[Person]) -> list[Person]:
    """'X in the Chair' printed after the list that already names X: one person, who chaired; and one
    named again under 'Substitutes: X for Y': one person, who substituted."""
    out: list[Person] = []
    for p in present:
        same = next((q for q in out if q.name == p.name), None)
        if same is None and p.role == "Chair":  # 'Mr I Macrae in the Chair.' under 'Mr Iain Macrae (Chair)'
            same = next((q for q in out if _initial_and_surname(q.name) == _initial_and_surname(p.name)), None)
        if same is not None and p.role == "Chair":  # already listed: one person, who chaired
            same.role = same.role or "Chair"
            continue
        if same is not None and same.role == "Chair" and p.role is None:
            continue
        if same is not None and p.role == "Substitute" and same.kind == p.kind:
            same.role = same.role or p.role  # listed, then named again as a substitute: one person
            continue
        out.append(p)
    return out


def apologies_in_text(text: str) -> list[str]:
    """Names after 'apologies ... from' or 'Apologies for absence:'. Every such sentence is tried in turn:
    an agenda's 'To receive apologies for absence from Members' names no one, the minute below it does."""
    out: list[str] = []
    for start in re.finditer(r"\bapolog(?:y|ies)\b", text, re.I):  # 'An apology for absence was received from'
        m = APOLOGIES_FROM.match(text, start.start())
        if not m:
            continue
        if out and not re.search(r"\balso\b", m.group(0)[: m.start("names") - m.start()], re.I):
            continue  # after the first list only '... were also received from X' adds to it
        out += [n for n in _apology_names(m.group("names")) if n not in out]
    # 'Ms Grehan had given her formal apologies but was attending the meeting virtually'
    for m in APOLOGIES_BY.finditer(text):
        name = clean_name(m.group("who"))
        if name and name not in out:
            out.append(name)
    return out


# '... from Councillor R Beck and from Sarah Odell (Designated Nurse)': a second name, with or without a title
SECOND_FROM = re.compile(
    # ('... and from the co-opted members Mrs A Kowalczyk and Mr D Costello': who they are, said first)
    # (or a police officer's rank: '... and from Sergeant Dawn Yeatman, Wessex Police')
    r"\band\s+(?:also\s+)?from\s+(?:the\s+(?:[a-z-]+\s+){1,3})?(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr"
    r"|(?:Police\s+)?(?:Sergeant|Inspector|Constable)|Sgt|PC|PCSO|Insp)\.?\s+[A-Z]"
    # ('... and from J Threlfall (Parent Governor Representative)': initials before the surname)
    r"|(?:[A-Z][a-z'’-]+|(?:[A-Z]\.?\s*){1,3})\s+[A-Z][\w'’-]+\s*(?:\(|[.,;]|$))"
)


OFFICE_AFTER_NAME = re.compile(
    r",\s*(?:the\s+)?(?:Deputy\s+)?(?:Portfolio\s+Holder|Cabinet\s+Member|Executive\s+Member|Lead\s+Member)\b[^,;]*"
    # (a portfolio of several parts: '..., Cabinet Member for Environment, Waste Reduction and Climate Action', up to
    # the next titled name)
    r"(?:,(?!\s*(?:and\s+)?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s)[^,;]*)*"
)


def _apology_names(names: str) -> list[str]:
    # 'from: • Councillor A • Councillor B': a bulleted list, a name a bullet
    names = re.sub(r"\s*[•▪◦]\s*", ", ", names).lstrip(", ")
    # the sentence ends at a full stop that does not close an initial or an honorific
    end = re.search(
        r"(?:(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St))(?<!\bMrs)(?<!\bCllr)(?<!\bCllrs)"
        r"|(?<=\b(?:AM|MS|MP|JP|DL))|(?<=\b(?:MSP|MLA|MEP|MBE|OBE|CBE)))\.(?:\s|$)",  # ('Yvonne Delacroix AM.')
        names,
    )
    if end:
        names = names[: end.start()]
    names = re.sub(r"(?:^|(?<=[,;]))[^,;]*\bin\s+the\s+chair\b", "", names, flags=re.I)  # who presided
    names = OFFICE_AFTER_NAME.sub("", names)  # 'Councillor X, Portfolio Holder for Education': X's office, no one
    # 'Cllr X (Cllr Y substituting)': who sat in X's place is no apology, nor is X's name lost with the bracket
    names = re.sub(r"\s*\([^()]*\bsubstitut[^()]*\)", "", names, flags=re.I)
    # '...; Karen Whitlock, Head of Waste Services, attended in his place': a clause after the list, someone there
    parts = names.split(";")
    names = ";".join(
        parts[:1] + [p for p in parts[1:] if not re.search(r"\b(?:attended|was\s+present|deputised)\b", p)]
    )
    # 'from the Mayor and Councillors A, B': an office named with no name before the list
    names = re.sub(
        r"^\s*(?:the\s+)?(?:Lord\s+)?(?:Mayor|Chair(?:man)?|Leader|Vice[- ]Chair(?:man)?)\s+and\s+(?=[A-Z])", "", names
    )
    depth, cut = 0, len(names)
    for k, ch in enumerate(names):  # the list ends at the first word of prose outside brackets
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch == " " and NAMES_END.match(names, k):
            word = re.match(r"\s([a-z][a-z'’-]*)", names[k:])
            if word and word.group(1) not in PARTICLES:
                cut = k
                break
    joined = re.search(r"\s+and\s*$", names[:cut])
    if joined:  # 'from Councillor X and from Mr Y': the second list starts at its 'and'
        cut = joined.start()
    found = [p.name for p in people_from(names[:cut], "apologies", None)]
    # '... X (Fellbridge), for whom no substitute had been nominated, and from Councillor Y.': a second list
    more = SECOND_FROM.search(names[cut:])
    if more:
        found += [n for n in _apology_names(names[cut + more.end() :]) if n not in found]
    return found


# A label cell naming who attended an item: 'Present for the applicant', 'Other persons present',
# 'Responsible authority present', 'Also in attendance' (a licensing hearing's parties, an item's guests).
PARTY_LABEL = re.compile(r"^(?:also\s+)?present\b.{0,40}|^.{0,40}\bpresent|^(?:also\s+)?in\s+attendance\b.{0,30}", re.I)
OUTSIDE_BODY = re.compile(r"\b(?:police|constabulary|fire|ambulance|nhs)\b", re.I)
# An office a councillor holds, whatever job words it has ('Deputy Cabinet Member for ... Services'): no officer's
ELECTED_OFFICE = re.compile(
    r"\b(?:cabinet\s+member|portfolio\s+holder|executive\s+member|lead\s+member|(?:deputy\s+)?leader\s+of\b)", re.I
)


def parties_present(bodies: list[list[Line]], present: list[Person]) -> None:
    """Add the people a minute item lists in a 'label | names' row as present there: they attended the
    meeting. They come as the parties to the item, so a job in brackets makes them a council officer
    only where it is an officer's and names no other service ('Environmental Health Officer', not a
    solicitor for the applicant or a police licensing officer)."""
    known = {p.name for p in present}
    for body in bodies:
        for p in _item_attendees(body):
            if p.name not in known:
                present.append(p)
                known.add(p.name)
        for line in body:
            cells = line_text(line).split("\t")
            if len(cells) != 2 or not PARTY_LABEL.fullmatch(plain(cells[0])) or not cells[1].strip():
                continue
            for p in people_from(plain(cells[1]), "other", None):
                if p.name in known:
                    continue
                officer = bool(p.role and re.search(r"\bofficer\b", p.role, re.I) and not OUTSIDE_BODY.search(p.role))
                p.kind, p.citation = "officer" if officer else "other", line.cite()
                present.append(p)
                known.add(p.name)


# 'The following were in attendance:', 'In attendance for this item:' over a bulleted list of who came for it
ITEM_ATTENDANCE = re.compile(
    r"^\W*(?:the\s+following\s+(?:were|was)\s+(?:also\s+)?(?:in\s+attendance|present)"
    r"|(?:also\s+)?(?:in\s+attendance|present)\s+(?:for|at)\s+(?:this|the)\s+item)\s*:\s*$",
    re.I,
)
ITEM_ATTENDANCE_INLINE = re.compile(
    r"^\W*(?:\(\d{1,2}\)\s*)?(?:also\s+)?(?:in\s+attendance|present)\s+(?:for|at)\s+(?:this|the)\s+item\s*:\s*"
    r"(?P<rest>\S.*)$",
    re.I,
)
# an organisation after a job's comma: its holder came from outside the council
OUTSIDE_ORGANISATION = re.compile(
    r"\b(?:NHS|Trust|Association|Police|Constabulary|University|College|Ltd|Limited|plc|Healthwatch|Board|Commission"
    r"|Partnership|Foundation|Charity|Federation|Fire\s+and\s+Rescue|Ambulance|Integrated\s+Care)\b"
)


PARAGRAPH_NUMBER = re.compile(r"^\s*\(?\d{1,2}(?:\.\d{1,2})?[.)]\s")


def _item_attendees(body: list[Line]) -> list[Person]:
    """The people a minute lists under 'The following were in attendance:', a bullet each ('• Nadia Brennan,
    Director of Adults and Health', a role wrapped onto the next line): the name before the first comma, the
    role after it; a councillor or an executive member is a member, a job at an outside body someone other,
    any other job a council officer."""
    out: list[Person] = []
    k = 0
    while k < len(body):
        if "ttendance" not in body[k].text and "resent" not in body[k].text:
            k += 1  # (one cheap look: most lines name no one in attendance)
            continue
        inline = ITEM_ATTENDANCE_INLINE.match(plain(line_text(body[k])))
        if inline:  # '(1) In attendance for this item: Ms P Roper (Director of Strategy, NHS ...) and Mr G ...'
            said, first = inline.group("rest"), body[k]
            while (
                not said.rstrip().endswith(".")
                and k + 1 < len(body)
                and line_text(body[k + 1]).strip()
                and not PARAGRAPH_NUMBER.match(line_text(body[k + 1]))  # ('1. The Chair welcomed the guests')
            ):
                k += 1
                said = f"{said} {plain(line_text(body[k]))}"
            for p in people_from(said.rstrip(" ."), "other", None):
                p.kind, p.citation = _attendee_kind(p.name, p.role), first.cite()
                out.append(p)
            k += 1
            continue
        if not ITEM_ATTENDANCE.match(plain(line_text(body[k]))):
            k += 1
            continue
        entries: list[tuple[str, Line]] = []
        k += 1
        if k < len(body) and not LIST_BULLET.match(line_text(body[k]).strip()):
            # 'Present for this item:' over 'Name (Job, Body)' entries a line each, no bullets: one list
            first, said = body[k], ""
            while k < len(body) and line_text(body[k]).strip() and not PARAGRAPH_NUMBER.match(line_text(body[k])):
                said = f"{said} {plain(line_text(body[k]))}".strip()
                k += 1
            for p in people_from(said.rstrip(" ."), "other", None) if "(" in said else []:
                p.kind, p.citation = _attendee_kind(p.name, p.role), first.cite()
                out.append(p)
            continue
        while k < len(body):
            t = line_text(body[k]).strip()
            if LIST_BULLET.match(t):
                entries.append((LIST_BULLET.sub("", t), body[k]))
            elif entries and t and (t[:1].islower() or len(t.split()) <= 3) and not t.endswith(":"):
                entries[-1] = (f"{entries[-1][0]} {t}", entries[-1][1])  # the role wrapped onto the next line
            else:
                break
            k += 1
        for text, line in entries:
            name_part, _, role = plain(text).partition(",")
            name, role = clean_name(name_part), role.strip(" .;") or None
            if not name or not looks_like_name(name_part, name):
                continue
            out.append(Person(name, role, _attendee_kind(name_part, role), line.cite()))
    return out


def _attendee_kind(name: str, role: str | None) -> str:
    """A councillor or an executive member is a member, a job at an outside body someone other, any other job
    a council officer's."""
    if re.match(r"\W*(?:councillor|cllr)\b", name, re.I) or (role and ELECTED_OFFICE.search(role)):
        return "member"
    if role and (OUTSIDE_ORGANISATION.search(role) or OUTSIDE_BODY.search(role)):
        return "other"
    return "officer"


PRESIDING_LINE = re.compile(r"^(?P<who>[^()]{4,120}?),?\s+in\s+the\s+chair\.?$", re.I)


def presiding(text: str) -> Person | None:
    """Who a line above the attendance list says presided: 'The Right Honourable The Lord Mayor, Alderman Sir
    Marcus Fenwick-Hale, in the Chair', 'Councillor A Smith in the Chair'."""
    m = PRESIDING_LINE.match(plain(text))
    if not m:
        return None
    *office, raw = [x.strip() for x in m.group("who").split(",")]
    name = clean_name(raw)
    if not looks_like_name(raw, name):
        return None
    return Person(name, "Chair", "member")


def present_from_text(bodies: list[list[Line]], present: list[Person]) -> list[dict[str, str | None]]:
    """People the minutes record as attending or substituting, outside the attendance block."""
    subs: list[dict[str, str | None]] = []
    known = {p.name for p in present}
    for body in bodies:
        for k, line in enumerate(body):
            t = plain(line_text(line))
            found = [(m.group("who"), m.group("for")) for m in SUBSTITUTED.finditer(t)]
            found += [(m.group("who"), m.group("for")) for m in SUBSTITUTED_BY.finditer(t)]
            # 'Apologies were received from Councillor J Kaur. Councillor K Lister attended as a' / 'substitute.':
            # a substitute named for no one, the sentence perhaps wrapped; the one apology beside it is whom for
            nxt = body[k + 1].text if k + 1 < len(body) else ""
            asked = "ubstitute" in line.text or "ubstitute" in nxt  # (one cheap look before the pattern's)
            after = plain(line_text(body[k + 1])) if asked and nxt else ""
            for m in SUBSTITUTE_NAMED_ALONE.finditer(f"{t} {after}" if after else t) if asked else ():
                who = clean_name(m.group("who"))
                # (one the attendance list named in full already: 'Mr L Kimbell (Substitute for Mr O Marchant)')
                if m.start() < len(t) and not any(p.name == who or p.name.endswith(f" {who}") for p in present):
                    said = apologies_in_text(t)
                    found.append((m.group("who"), said[0] if len(said) == 1 else None))
            for who_raw, for_raw in found:
                who, for_ = clean_name(who_raw), clean_name(for_raw) if for_raw else None
                if {"name": who, "for": for_} in subs:
                    continue
                subs.append({"name": who, "for": for_})
                match = next((p for p in present if p.name == who), None)
                if match:
                    match.role = match.role or "Substitute"
                else:
                    present.append(Person(who, "Substitute", "member", line.cite()))
                    known.add(who)
            m = ATTENDED.match(t)
            if m and not found:
                who = clean_name(m.group("who"))
                # ('Mr Pennington was present as a substitute ...' for 'Mr W Pennington' of the list)
                if who and who not in known and not any(p.name.endswith(f" {who}") for p in present):
                    rest = re.sub(r"^as\s+(?:the\s+)?", "", m.group("rest").strip(), flags=re.I)
                    role = rest[:1].upper() + rest[1:] if rest else None
                    present.append(Person(who, role, "other", line.cite()))
                    known.add(who)
    return subs
