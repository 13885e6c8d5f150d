"""Papers printed in Welsh only: their formulae in English for the extractors, their words as printed.

Many of Wales's community and town councils, and some of its principal councils, print their minutes and
agendas in Welsh alone. The extractors find a paper's structure by its English formulae (`Present:`,
`Apologies:`, `RESOLVED`, `held on ... at ... in ...`, `5 for, 2 against`), and the record keeps the
paper's own words for what was decided and who was there. So for a paper in Welsh alone the view glosses
those formulae and nothing else: an attendance label and the titles and joining words of its list, the
joining words of the heading sentence, the verb that opens a decision, the counts and result of a vote,
the labels of a front sheet. Names, titles, decisions, places and dates keep their Welsh (`dates` reads
Welsh months), so the record is the Welsh of the page. Line numbers stay, and every citation points where
it did; the stored text is the page's.

A bilingual paper is left to `bilingual`, whose English view comes first: after it, a paper still reads
as Welsh only when almost none of its words are English ones.
"""

from __future__ import annotations

import re

from minutebook.extract.bilingual import ENGLISH_WORDS, WELSH_MARKERS, WELSH_WORDS, _share
from minutebook.model import Line

MIN_MARKERS = 3  # of Welsh's commonest words (English papers print none), before the words are weighed at all
MIN_LABELS = 1  # Welsh labels at lines' starts ('Dyddiad:', 'Presenoldeb'), where the prose is too short to weigh
MIN_WELSH_SHARE = 0.2  # of a paper's words, Welsh function words: Welsh prose
MAX_ENGLISH_SHARE = 0.05  # of its words, English function words: none but a title or an address

# ---------------------------------------------------------------- labels at a line's start
# (Welsh label, its English). Longest first: 'Hefyd yn bresennol' before 'Yn bresennol'.
LABELS = [
    (r"hefyd\s+yn\s+bresennol|yn\s+bresennol\s+hefyd|eraill\s+a\s+wahoddwyd|gwahoddedigion", "Also present"),
    (r"yn\s+bresennol|presennol", "Present"),
    (r"presenoldeb|mynychwyr", "Attendance"),  # ('Mynychwyr': a ModernGov page's attendees)
    (r"dogfennau\s+ategol", "Supporting documents"),
    (r"yn\s+absennol\s+gydag?\s+ymddiheuriad(?:au)?|ymddiheuriadau(?:\s+am\s+absenoldeb)?|ymddiheuriad", "Apologies"),
    (r"yn\s+absennol|absennol", "Absent"),
    (r"swyddogion(?:\s+yn\s+bresennol)?|swyddog", "Officers"),
    (r"yn\s+mynychu", "In attendance"),
    (r"aelodau\s+cyfetholedig|aelod\s+cyfetholedig", "Co-opted members"),
    (r"aelodau\s+lleol|aelod\s+lleol", "Local members"),  # ward councillors there for their ward's item
    (r"eitemau", "Items"),  # a web page's heading over its table of items
    (r"aelodau(?:\s+yn\s+bresennol|[’']n\s+bresennol)?", "Members"),  # ('Aelodau'n bresennol:' too)
    (r"aelodau\s+ex[- ]officio", "Ex-officio members"),
    (r"rhybudd\s+o\s+gyfarfod", "Notice of meeting"),
    (r"dirprwyon|eilyddion", "Substitutes"),
    (r"o\s+blaid", "For"),  # a recorded vote's lists
    (r"yn\s+erbyn", "Against"),
    (r"yn\s+ymatal|ymatal(?:iadau)?", "Abstain"),
    (r"dyddiad\s+ac\s+amser", "Date and time"),
    (r"dyddiad", "Date"),
    (r"amser", "Time"),
    (r"lleoliad", "Venue"),
    (r"pwynt\s+cyswllt|swyddog\s+cyswllt|cyswllt", "Contact"),
    (r"aelodaeth", "Membership"),
    (r"rhaglen", "Agenda"),
]
LABEL = re.compile(
    r"^(?P<lead>\W*)(?P<label>" + "|".join(f"(?:{p})" for p, _ in LABELS) + r")(?P<end>\s*(?:\(\d+\))?\s*(?::|$|\t))",
    re.I,
)
# labels over lists of people, whose titles and joining words are glossed too
LISTS = {
    "In attendance",
    "Members",
    "Attendance",
    "Also present",
    "Present",
    "Apologies",
    "Absent",
    "Officers",
    "Co-opted members",
    "Local members",
    "Substitutes",
    "For",
    "Against",
    "Abstain",
}

NUMBERS = {  # (and as mutated after 'a' / 'ac': 'a phedwar aelod o'r cyhoedd')
    "phedwar": "four",
    "bedwar": "four",
    "thri": "three",
    "dri": "three",
    "ddau": "two",
    "ddwy": "two",
    "thair": "three",
    "dair": "three",
    "phum": "five",
    "bum": "five",
    "un": "one",
    "dau": "two",
    "dwy": "two",
    "tri": "three",
    "tair": "three",
    "pedwar": "four",
    "pedair": "four",
    "pum": "five",
    "pump": "five",
    "chwe": "six",
    "chwech": "six",
    "saith": "seven",
    "wyth": "eight",
    "naw": "nine",
    "deg": "ten",
}

# In an attendance list: titles and joining words.
IN_LIST = [
    # ('y Cynghorydd Sir Dilwyn Price': a title; '(Cynghorydd Sir)' after a name is a role, and stays)
    (
        re.compile(r"\b[Yy]\s+[Cc]ynghorydd\s+[Ss]ir(?=\s+[A-ZÂÊÎÔÛŴŶ])|\b[Cc]ynghorydd\s+[Ss]ir(?=\s+[A-ZÂÊÎÔÛŴŶ])"),
        "County Councillor",
    ),
    (re.compile(r"\b[Yy]\s+[Cc]ynghorwyr\b|\b[Cc]ynghorwyr\b|\b[Gg]ynghorwyr\b"), "Councillors"),
    (re.compile(r"\b[Yy]\s+[Cc]ynghorydd\b(?!\s+[Ss]ir\b)|\b[CcGg]ynghorydd\b(?!\s+[Ss]ir\b)"), "Councillor"),
    (re.compile(r"\b(?:[Yy]\s+)?[CcGg]yng\b\.?"), "Cllr"),
    (re.compile(r"\b(?:Y|y)\s+Dirprwy\s+Faer\b"), "the Deputy Mayor"),
    (re.compile(r"\b(?:Y|y)\s+Maer\b"), "the Mayor"),
    # 'a’r Cynghorydd X': and (the) Councillor X; 'a’r Clerc, Mrs Glenys Morgan': and the Clerk, ...
    (re.compile(r"(?<=\s)a[’']r(?=\s+(?:Councillor|Cllr|Cynghorydd|Cyng)\b|\s*$)"), "and"),
    (re.compile(r"(?<=\s)a[’']r(?=\s+[A-ZÂÊÎÔÛŴŶ])"), "and the"),
    (re.compile(r"\(\s*yn\s+y\s+[Gg]adair\s*\)"), "(in the Chair)"),
    (re.compile(r"\b(?:aelod(?:au)?|cynrychiolydd|cynrychiolwyr)\s+o[’']r\s+cyhoedd\b"), "members of the public"),
    (re.compile(r"\b(?:aelod(?:au)?|cynrychiolydd|cynrychiolwyr)\s+o[’']r\s+wasg\b"), "members of the press"),
    (re.compile(r"\b(?:aelod(?:au)?|cynrychiolydd|cynrychiolwyr)\s+o[’']r\s*$"), "members of the"),  # wrapped
    (re.compile(r"^(\s*)cyhoedd\b"), r"\1public"),
    (re.compile(r"^(\s*)wasg\b"), r"\1press"),
    (
        re.compile(r"\b(" + "|".join(NUMBERS) + r")\s+(?=members\b)", re.I),
        lambda m: NUMBERS[m.group(1).lower()] + " ",
    ),
    # '(hyd at gofnod 26/17)', '(hyd at ddiwedd eitem 5)': there until then, no role
    (re.compile(r"\bhyd\s+at\s+(?:ddiwedd\s+)?[gc]ofnod\b"), "until minute"),
    (re.compile(r"\bhyd\s+at\s+(?:ddiwedd\s+)?eitem\b"), "until item"),
    (re.compile(r"\beitemau\b"), "items"),
    (re.compile(r"\beitem\b"), "item"),
    (re.compile(r"\byn\s+unig\b"), "only"),
    # 'Meirion Jones ac Eirian Watkin', '... ac one member of the public' (its number glossed above); not inside a
    # role's bracket ('(Clerc a Swyddog Ariannol Cyfrifol)' stays as printed)
    (
        re.compile(
            r"(?:(?<=\s)|^)ac?(?=\s+(?:[A-ZÂÊÎÔÛŴŶ]|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s))"
        ),
        lambda m: m.group(0) if _in_role(m.string, m.start()) else "and",
    ),
    (re.compile(r"(?:(?<=\s)|^)a\s+chan\b"), "and from"),  # '... Tudur Owen Jones,' / 'a chan Mr Dylan Rowlands'
    (re.compile(r"(?<=\s)ac?\s*$"), lambda m: m.group(0) if _in_role(m.string, m.start()) else "and"),  # wrapped
    (re.compile(r"(?<=,)\s+[Yy]\s*$"), ""),  # '..., y' / 'Cynghorydd Nerys Llwyd': the title's article wrapped
]


def _in_role(text: str, at: int) -> bool:
    """Inside a role, where a Welsh 'a' is part of it: in a bracket ('(Clerc a Swyddog Ariannol Cyfrifol)'), or
    after a name's dash ('Ifan Prys Roberts – Pennaeth Adran Economi a Chymuned')."""
    if text.count("(", 0, at) > text.count(")", 0, at):
        return True
    dash = max(text.rfind(" – ", 0, at), text.rfind(" - ", 0, at), text.rfind(" — ", 0, at))
    return dash >= 0 and not re.search(r"[,;]", text[dash:at])


COUNCILLORS_ALONE = re.compile(r"\W*(?:[Yy]\s+)?(?:CYNGHORWYR|[Cc]ynghorwyr)\W*")
# 'Eitem 6:' over who came for item 6 only, in an attendance list
ITEM_LABEL = re.compile(r"^(\W*)[Ee]item(au)?(?=\s+\d[\w/]*(?:\s*(?:,|a|ac|–|-)\s*\d[\w/]*)*\s*:)")
# 'Derbyniwyd ymddiheuriad(au) gan y Cynghorydd X' (apologies were received from), in an item's words
APOLOGIES_FROM = re.compile(r"\bDerbyniwyd\s+ymddiheuriad(?:au)?\s+(?:am\s+absenoldeb\s+)?(?:gan|oddi\s+wrth)\b")

# ---------------------------------------------------------------- the heading sentence
HELD = re.compile(r"\b(?:a\s+)?gynhaliwyd\b", re.I)  # 'a gynhaliwyd': (which was) held
TO_BE_HELD = re.compile(r"\ba\s+gynhelir\b|\bi[’']w\s+gynnal\b", re.I)  # 'a gynhelir', "i'w gynnal": to be held
# a summons: 'Fe'ch gwysir i fynychu cyfarfod misol Cyngor Cymuned X a gynhelir yn ...' (you are summoned to attend)
SUMMONED = re.compile(
    r"\bFe[’']ch\s+gwysir\s+i\s+fynychu\s+(?:y\s+)?cyfarfod\s+(?:(?!(?:o|y|yr)\s)(?P<adj>[a-z]+)\s+)?"
    r"(?:(?:o[’']r|o|y|yr)\s+)?",
    re.I,
)
# 'Cofnodion cyfarfod misol Cyngor ...', 'COFNODION CYFARFOD O GYNGOR ...', 'Cofnodion y Cyfarfod Misol', 'Cofnodion'
MINUTES_OF = re.compile(
    r"^(?P<lead>\W*)cofnodion(?:\s+(?:y\s+)?(?:o\s+)?(?:g|c)yfarfod(?:\s+|$)"
    r"(?:(?!(?:o|y|yr)\s)(?P<adj>[a-z]+)(?:\s+|$))?"
    # ('Cofnodion Cyfarfod Blynyddol a Chyfarfod Cyffredin y Cyngor': two meetings of one evening)
    r"(?:a\s+(?:ch|c|g)yfarfod\s+(?P<adj2>[a-z]+)\s+)?(?:(?:o[’']r|o|y|yr)\s+)?|\W*$)",
    re.I,
)
ADJECTIVES = {
    "misol": "monthly",
    "arbennig": "special",
    "blynyddol": "annual",
    "cyffredin": "ordinary",
    "rhithiol": "virtual",
    "hybrid": "hybrid",
}
# 'nos Lun', 'ddydd Mawrth', 'ar ddydd Iau,': the weekday, glossed so the sentence reads 'on Monday'
WEEKDAYS = {
    "llun": "Monday",
    "lun": "Monday",
    "mawrth": "Tuesday",
    "fawrth": "Tuesday",
    "mercher": "Wednesday",
    "fercher": "Wednesday",
    "iau": "Thursday",
    "gwener": "Friday",
    "wener": "Friday",
    "sadwrn": "Saturday",
    "sul": "Sunday",
}
ON_WEEKDAY = re.compile(r"(?:\bar\s+)?\b(?:dd?ydd|nos)(?:\s+(" + "|".join(WEEKDAYS) + r")\b|\s*$)", re.I)
WEEKDAY_FIRST = re.compile(r"^\s*(" + "|".join(WEEKDAYS) + r")\b", re.I)  # its 'nos' at the end of the line above
SENTENCE_END = re.compile(r"[.:;]\s*$")
# 'am 7.00yh', 'am 1.00 y.p.', "am 7.30 o'r gloch", 'am 10.30 y.b.': the time, in the English way of printing it
TIME = re.compile(
    r"\b(?:am\s+)?(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*"
    r"(?:(?P<pm>y\.?\s?h\.?|y\.?\s?p\.?|yr\s+hwyr|y\s+prynhawn|y\s+nos)|(?P<am>y\.?\s?b\.?|y\s+bore)"
    r"|(?P<clock>o[’']r\s+gloch(?:\s+(?P<part>y\s+bore|yr\s+hwyr|y\s+prynhawn|y\s+nos))?))"
    r"(?![^\W\d_])",
    re.I,
)
AT_TIME = re.compile(
    r"\bam\s+(?=\d{1,2}(?:[.:]\d{2})?\s*(?:y\.?\s?[hpb]\b|yh|yp|yb|yr\s+hwyr|y\s+(?:bore|prynhawn|nos)\b"
    r"|o[’']r\s+gloch|a\.?m|p\.?m|\d))",
    re.I,
)
REMOTE = re.compile(r"\bac?\s+yn\s+rhithiol\b|\ba\s+rhithiol\b", re.I)  # 'ac yn rhithiol': and remotely
# 'yn Neuadd y Pentref', 'yn y Siambr', 'yn' at the end of a line the place begins the next
IN_PLACE = re.compile(r"(?<=[\s,])yn(?:\s+(?=(?:y\s+|yr\s+)?[A-ZÂÊÎÔÛŴŶ])|\s*$)")

# ---------------------------------------------------------------- decisions and votes
# The verb that opens a decision: 'PENDERFYNWYD:', 'Penderfynwyd', 'PENDERFYNIAD', 'Cytunwyd i ...'
DECIDED = [
    # 'Penderfynodd y Cyngor beidio â gwrthwynebu ...': the body decided (to) ...
    (
        re.compile(
            r"(?:(?<=^)|(?<=[\s.;:(]))Penderfynodd\s+(?:y|yr)\s+(?:Cyngor|Pwyllgor|Cabinet|Bwrdd|Panel|[Aa]elodau)\b"
        ),
        "RESOLVED",
    ),
    (re.compile(r"(?:(?<=^)|(?<=[\s.;:(]))(?:PENDERFYNWYD|Penderfynwyd|penderfynwyd(?=\s*:))\b"), "RESOLVED"),
    (re.compile(r"^(\W*)(?:PENDERFYNIAD(?:AU)?|Penderfyniad(?:au)?)(?=\s*:?\s*$)"), r"\1DECISION"),
    # the headings after a decision, as Gwynedd prints them: 'TRAFODAETH' (discussion), 'RHESYMAU DROS Y
    # PENDERFYNIAD' (reasons for the decision)
    (
        re.compile(
            r"^(\W*)(?:RHESYMAU|Rhesymau|RHESWM|Rheswm)\s+(?:DROS|dros)\s+(?:Y|y)\s+(?:PENDERFYNIAD|penderfyniad)(?=\s*:?\s*$)"
        ),
        r"\1REASONS FOR THE DECISION",
    ),
    (re.compile(r"(?:(?<=^)|(?<=[.;:]\s)|(?<=^\W)|(?<=^\W\W))(?:CYTUNWYD|Cytunwyd)\b"), "AGREED"),
]
TRAFODAETH = re.compile(r"^(\W*)(?:TRAFODAETH|Trafodaeth)(?=\s*:?\s*$)")
# A named vote told in sentences: 'Pleidleisiodd y Cynghorwyr canlynol o blaid y cynnig: A, B ac C (3).' (the
# following councillors voted for the motion), '... yn erbyn:', 'Ataliodd y Cynghorydd X ei bleidlais.' (abstained)
VOTED_LIST = re.compile(
    r"^(\W*)Pleidleisiodd\s+(?:y\s+)?(?:Cynghorwyr|Councillors|Cynghorydd|[Cc]yng\.?|[Aa]elodau|[Aa]elod)\s+"
    r"(?:canlynol\s+)?"
    r"(?P<way>o\s+blaid|yn\s+erbyn)(?:\s+y\s+(?P<what>cynnig|gwelliant))?\s*:"
)
ABSTAINED = re.compile(
    r"^(\W*)Ataliodd\s+(?P<who>(?:y\s+)?(?:Cynghorydd|Cyng\.?|Cynghorwyr)\s+[^.]{2,120}?)\s+(?:ei|eu)\s+"
    r"(?:b|ph|p)leidlais(?:iau)?\b"  # 'ei bleidlais' (his vote), 'ei phleidlais' (hers)
)
VOTE_WORDS = [
    # 'O blaid (6), Yn erbyn (4), Atal (1)': each way of voting, its count in brackets after it
    (re.compile(r"\b[Oo]\s+blaid\s*(?=\(\d)"), "For "),
    (re.compile(r"\b[Yy]n\s+erbyn\s*(?=\(\d)"), "Against "),
    (re.compile(r"\b(?:[Yy]n\s+)?(?:[Yy]matal|[Aa]tal)\s*(?=\(\d)"), "Abstain "),
    (
        re.compile(r"\bo\s+(\d{1,3})\s+[bp]leidlais\s+i\s+(\d{1,3})\b", re.I),
        r"by \1 votes to \2",
    ),  # 'o 6 pleidlais i 3'
    (re.compile(r"\b(\d{1,3})\s+o\s+blaid\s+y\s+gwelliant\b", re.I), r"\1 for the amendment"),
    (re.compile(r"\b(\d{1,3})\s+o\s+blaid\s+y\s+cynnig\b", re.I), r"\1 for the motion"),
    (re.compile(r"\b(\d{1,3})\s+(?:pleidlais\s+)?o\s+blaid\b", re.I), r"\1 for"),
    (re.compile(r"\b(\d{1,3})\s+(?:pleidlais\s+)?yn\s+erbyn\b", re.I), r"\1 against"),
    (re.compile(r"\b(\d{1,3})\s+(?:yn\s+)?(?:ymatal(?:iad(?:au)?)?|atal)\b", re.I), r"\1 abstentions"),
    (re.compile(r"^(\W*)(?:yn\s+)?ymatal\b", re.I), r"\1abstained"),  # '..., 6 yn erbyn ac 1' / 'yn ymatal.'
    (re.compile(r"(?<=\s)ac?\s+(?=\d{1,3}(?:\s|$))"), "and "),  # '6 o blaid a 3 yn erbyn', '... ac 1' / 'yn ymatal'
    # ('a chariwyd y cynnig': softened after 'a')
    (
        re.compile(
            r"\b(?:cariwyd|chariwyd|pasiwyd|phasiwyd)\s+y\s+(?:cynnig|gwelliant)\b|\b(?:cariwyd|chariwyd)\b", re.I
        ),
        "the motion was carried",
    ),
    (
        re.compile(r"\b(?:c?h?ollwyd|gwrthodwyd|trechwyd|methodd)\s+y\s+(?:cynnig|gwelliant)\b", re.I),
        "the motion was lost",
    ),
    (re.compile(r"\bpleidlais\s+wedi[’']i\s+chofnodi\b", re.I), "recorded vote"),
]
WRAPPED_COUNT = re.compile(r"\b(\d{1,3})\s+(o|yn)\s*$", re.I)
WRAPPED_PHRASES = {"o": ("blaid", "for"), "yn": ("erbyn", "against")}
VOTE_CUE = re.compile(
    r"\bo\s+blaid\b|\byn\s+erbyn\b|\bymatal|\byn\s+atal\b|\bc?h?ariwyd\b|\bc?h?ollwyd\b|\bpleidlais", re.I
)
# an item or point of its own: '5.', '12/26', 'CT/26/01', '(b)'
NUMBERED = re.compile(r"^\W{0,3}(?:(?:[A-Z]{1,4}/)?\d{1,4}(?:/\d{2,4}){0,2}[.)]?|\(?[a-z]\))\s")
NUMBERED_TITLE = re.compile(r"^\W{0,3}(?:[A-Z]{1,4}/)?\d{1,3}(?:/\d{2,4}){0,2}[.)]?\s+(.+?)\s*$")  # and its title
ABBREVIATION_END = re.compile(r"\b(?:Cyng|Cllr|Mr|Mrs|Ms|Dr|Parch|[A-Z])\.\s*$")
TITLE_START = re.compile(r"\W*(?:[Yy]\s+)?(?:Cyng\b|Cynghorydd|Cynghorwyr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b")
# the heading of one part of an evening's business: the annual meeting, then the ordinary one
PART = re.compile(
    r"\W*(?:CYFARFOD|[Cc]yfarfod)\s+(BLYNYDDOL|CYFFREDIN|ARBENNIG|[Bb]lynyddol|[Cc]yffredin|[Aa]rbennig)\W*"
)
PARTS = {"blynyddol": "ANNUAL", "cyffredin": "ORDINARY", "arbennig": "SPECIAL"}
MINUTES_LABEL = re.compile(r"^(\W*)(?:COFNODION|Cofnodion)\s*:")
HEARING = re.compile(r"\W*(?:COFNODION|[Cc]ofnodion|COFNOD|[Cc]ofnod)\s+(?:[Yy]\s+)?(?:GWRANDAWIAD|[Gg]wrandawiad)\W*")
# 'CYFARFOD O'R PWYLLGOR CYNLLUNIO' alone on a masthead: a meeting of the body
MEETING_OF = re.compile(r"^(\W*)(?:CYFARFOD|[Cc]yfarfod)\s+(?:O[’']R|o[’']r|O|o|Y|y|YR|yr)\s+(?=\S[^.]{2,60}$)")
# a table's heading words and the marks in its cells
HEADINGS = {
    "enw": "Name",
    "aelod": "Member",
    "aelodau": "Members",
    "cynghorydd": "Councillor",
    "cynghorwyr": "Councillors",
    "presennol": "Present",
    "ymddiheuriad": "Apologies",
    "ymddiheuriadau": "Apologies",
    "absennol": "Absent",
    "o blaid": "For",
    "yn erbyn": "Against",
    "ymatal": "Abstain",
    "swydd": "Role",
    "rôl": "Role",
    "rhif": "No.",  # a table of minutes: 'Rhif | Cofnod | Gweithredu' (No. | Minute | Action)
    "cofnod": "Minute",
    "eitem": "Item",  # a web page's table of items: 'Rhif | Eitem'
    "gweithredu": "Action",
    "cam gweithredu": "Action",
}
CELL_WORDS = {"ydy": "Yes", "ydw": "Yes", "do": "Yes", "oedd": "Yes", "nac ydy": "No", "na": "No", "cyfanswm": "Total"}
PAGES = re.compile(r"\bTudalennau(?=\s*\d)")  # 'Tudalennau 12 - 41': an agenda item's pages
PAGE = re.compile(r"\b(?:Tudalen|Tud\.)(?=\s*\d)")  # 'Tudalen 2': a page's footer
PAGE_OF = re.compile(r"\bTudalen\s+(\d{1,4})\s+o\s+(\d{1,4})\b")  # 'Tudalen 1 o 5': page 1 of 5


def welsh_only(lines: list[Line]) -> bool:
    """A paper in Welsh alone: a fifth of its words Welsh function words, and hardly an English one. (Its
    prose has Welsh's commonest words; a front sheet, little prose, has Welsh labels.)"""
    text = "\n".join(x.text for x in lines)
    if sum(text.count(w) for w in WELSH_MARKERS) < MIN_MARKERS and (
        ("yngor" not in text and "YNGOR" not in text) or sum(1 for x in lines if LABEL.match(x.text)) < MIN_LABELS
    ):
        return False
    return _share(text, WELSH_WORDS) >= MIN_WELSH_SHARE and _share(text, ENGLISH_WORDS) <= MAX_ENGLISH_SHARE


def welsh_view(lines: list[Line]) -> list[Line]:
    """The lines with their Welsh formulae glossed in English (see the module's docstring); unchanged for a
    paper not in Welsh alone."""
    if not welsh_only(lines):
        return lines
    out: list[Line] = []
    lists, headings = _Lists(), _Headings()
    wrapped: str | None = None  # the second word of a phrase the line above ended with ('7 o' / 'blaid')
    for k, line in enumerate(lines):
        nxt = lines[k + 1].text if k + 1 < len(lines) else ""
        text, wrapped = _wrapped_phrase(line.text, wrapped, nxt)
        text, label = lists.gloss(text)
        text = headings.gloss(text, line.text, label)
        text = _formulae(text)
        out.append(Line(line.number, line.page, text) if text != line.text else line)
    return out


def _wrapped_phrase(text: str, wrapped: str | None, nxt: str) -> tuple[str, str | None]:
    """'... Pleidleisiodd 7 o' / 'blaid, 3 yn erbyn ...': a count's phrase finished on the next line is glossed
    whole on this one, and its word taken off the next (`wrapped`, handed on)."""
    if wrapped and text.lstrip().lower().startswith(wrapped):
        text = text[: len(text) - len(text.lstrip())] + text.lstrip()[len(wrapped) :].lstrip()
    after = WRAPPED_COUNT.search(text)
    if after and nxt.lstrip().lower().startswith(WRAPPED_PHRASES[after.group(2).lower()][0]):
        second, english = WRAPPED_PHRASES[after.group(2).lower()]
        return text[: after.start(2)] + english, second
    return text, None


class _Lists:
    """Labels, and the lists of people and tables under them: a list's titles and joining words are glossed
    while it goes on."""

    def __init__(self) -> None:
        self.in_list = False  # under a label over people
        self.in_table = False  # under a table's heading row of Welsh words
        self.prev = ""  # the line before, as printed

    def gloss(self, text: str) -> tuple[str, re.Match[str] | None]:
        original = text
        label = LABEL.match(text) if not _table_heading(text) else None  # ('Aelodau<TAB>Presennol?': a table's)
        if label:
            english = _english_label(label)
            text = label.group("lead") + english + label.group("end") + text[label.end() :]
            self.in_list = english in LISTS
            if english in ("Date", "Time", "Date and time"):
                text = _when(text)  # 'Amser: 1.00 y.p.' -> 'Time: 1.00pm'
        elif (titled := NUMBERED_TITLE.match(text)) and (heading := LABEL.fullmatch(titled.group(1))):
            # '1/03/26<TAB>Presennol' over its paragraph of names: the minute keeps its title, its names are glossed
            self.in_list = _english_label(heading) in LISTS
        elif self.in_list and not _list_goes_on(self.prev, text):
            self.in_list = False
        elif COUNCILLORS_ALONE.fullmatch(text):
            text = "Councillors"  # a membership's group heading, over its names
        elif self.in_list and ITEM_LABEL.match(text):
            text = ITEM_LABEL.sub(lambda m: m.group(1) + ("Items" if m.group(2) else "Item"), text)  # 'Eitem 6:'
        self.in_table = "\t" in text and (self.in_table or _table_heading(text))
        if self.in_table:
            text = _table_row(text)
        if APOLOGIES_FROM.search(text):
            text, self.in_list = APOLOGIES_FROM.sub("Apologies were received from", text), True  # its names too
        if self.in_list or self.in_table:
            for pattern, english in IN_LIST:
                text = pattern.sub(english, text)
        self.prev = original
        return text, label


class _Headings:
    """The meeting's heading sentence ('Cofnodion cyfarfod ... a gynhaliwyd yn ... nos Lun ... am 7.00yh'),
    which may wrap over lines, and the lines that head the minutes or a part of them."""

    def __init__(self) -> None:
        self.done = False  # a heading sentence has been read
        self.going_on = False  # ... and wraps onto the next line

    def gloss(self, text: str, printed: str, label: re.Match[str] | None) -> str:
        if MINUTES_LABEL.match(text):
            return MINUTES_LABEL.sub(r"\1Minutes:", text)  # a ModernGov page's 'Cofnodion:' over what was minuted
        if MINUTES_OF.match(text) or (not self.done and (HELD.search(text) or SUMMONED.search(text))):
            # every 'Cofnodion cyfarfod ...' heading; a sentence with 'a gynhaliwyd' only until a heading is read:
            # later on it is an item's words ('cofnodion y cyfarfod a gynhaliwyd ar 5 Ionawr'), kept as printed
            sentence = bool(HELD.search(text)) or not MINUTES_OF.fullmatch(text.strip())
            glossed = _heading(text)
            # (a post's title 'Cofnodion cyfarfod Ionawr 2026', left as it is, is no heading sentence)
            self.done = self.done or glossed != text
            self.going_on = glossed != printed and sentence and not SENTENCE_END.search(glossed)
            return glossed
        if self.going_on and (label or NUMBERED.match(text) or PART.fullmatch(text)):
            self.going_on = False  # the heading sentence ended unpunctuated: a label, a minute or a part's heading
            return _part(text)
        if self.going_on:
            # the heading sentence wrapped: 'a gynhaliwyd yn Neuadd Goffa Llanfeirian nos' / 'Fawrth, 10fed
            # Mawrth 2026 am 7.30 o’r gloch'
            text = TO_BE_HELD.sub("to be held", HELD.sub("held", text))
            text = WEEKDAY_FIRST.sub(lambda m: WEEKDAYS[m.group(1).lower()], text)
            text = _when(IN_PLACE.sub("in ", text))
            self.going_on = not SENTENCE_END.search(text)
            return text
        if ON_WEEKDAY.search(text) and TIME.search(text):
            return _when(text)  # 'Dyddiad ac Amser: Dydd Iau, 5 Chwefror 2026, 10.30 y.b.'
        if PART.fullmatch(text):
            return _part(text)
        if HEARING.fullmatch(text):
            return "Minutes of the hearing"  # 'Cofnodion Gwrandawiad' under a sub-committee's name
        if MEETING_OF.match(text):
            return MEETING_OF.sub(r"\1Meeting of the ", text)  # 'CYFARFOD O'R PWYLLGOR CYNLLUNIO' on a masthead
        return text


def _formulae(text: str) -> str:
    """A line's decision, discussion, vote and page formulae, wherever they stand."""
    if TRAFODAETH.match(text):
        text = TRAFODAETH.sub(r"\1DISCUSSION", text)
    if "ENDERFYN" in text or "enderfyn" in text or "ytunwyd" in text or "YTUNWYD" in text:
        for pattern, english in DECIDED:
            text = pattern.sub(english, text)
    if (voted := VOTED_LIST.match(text)) or (abstained := ABSTAINED.match(text)):
        if voted:
            way = "for" if voted.group("way").lower().startswith("o") else "against"
            what = "amendment" if voted.group("what") == "gwelliant" else "motion"
            text = f"{voted.group(1)}The following Councillors voted {way} the {what}:{text[voted.end() :]}"
        else:
            text = f"{abstained.group(1)}{abstained.group('who')} abstained{text[abstained.end() :]}"
        for pattern, english in IN_LIST:  # the names' titles and joining words
            text = pattern.sub(english, text)
    elif VOTE_CUE.search(text):
        for pattern, english in VOTE_WORDS:
            text = pattern.sub(english, text)
    if "Tud" in text:
        text = PAGE.sub("Page", PAGES.sub("Pages", PAGE_OF.sub(r"Page \1 of \2", text)))
    return text


def _part(text: str) -> str:
    """'CYFARFOD BLYNYDDOL' over one part of an evening's business -> 'ANNUAL MEETING'; other text as it is."""
    part = PART.fullmatch(text)
    return f"{PARTS[part.group(1).lower()]} MEETING" if part else text


def _english_label(label: re.Match[str]) -> str:
    return next(e for p, e in LABELS if re.fullmatch(p, label.group("label"), re.I))


def _list_goes_on(prev: str, text: str) -> bool:
    """A list of people goes on to this line: not a blank, an item's heading or a decision, and not a sentence
    of prose after the list's full stop ('... a phedwar aelod o'r cyhoedd.' / 'Croesawodd y Maer ...')."""
    if not text.strip() or NUMBERED.match(text) or _decision(text):
        return False
    # (not an abbreviation's dot: '..., Cyng.' / 'Aled Morgans, ...')
    ended = SENTENCE_END.search(prev) is not None and not ABBREVIATION_END.search(prev)
    return not ended or "\t" in text or bool(TITLE_START.match(text)) or text.lstrip().startswith("(")


def _table_heading(text: str) -> bool:
    """A table's heading row in Welsh: 'Enw | Presennol | Ymddiheuriad', 'Cynghorydd | O blaid | Yn erbyn'."""
    cells = [c.strip(" ?:").lower() for c in text.split("\t") if c.strip()]
    return len(cells) >= 2 and all(c in HEADINGS for c in cells)


def _table_row(text: str) -> str:
    """A row of such a table, its heading words and its marks in English ('Ydy' -> 'Yes')."""
    cells = text.split("\t")
    out = []
    for cell in cells:
        word = cell.strip()
        key = word.strip(" ?:").lower()
        english = HEADINGS.get(key) or CELL_WORDS.get(key)
        out.append(cell.replace(word.strip(" ?:"), english) if english and word else cell)
    return "\t".join(out)


def _decision(text: str) -> bool:
    return bool(re.match(r"\W*(?:PENDERFYNWYD|Penderfynwyd|PENDERFYNIAD|Cytunwyd)\b", text))


def _heading(text: str) -> str:
    """'Cofnodion cyfarfod misol Cyngor Cymuned X a gynhaliwyd nos Lun 12 Ionawr 2026 am 7.00yh yn Neuadd y
    Pentref' -> 'Minutes of the monthly meeting of Cyngor Cymuned X held on Monday 12 Ionawr 2026 at 7.00pm in
    Neuadd y Pentref'."""
    m = MINUTES_OF.match(text)
    if m:
        adjective = ADJECTIVES.get((m.group("adj") or "").lower())
        if m.group("adj") and adjective is None:
            return text  # 'Cofnodion y cyfarfod blaenorol': an item's title, not the heading
        rest = text[m.end() :]
        rest = re.sub(r"^(?:G|g)yngor\b", "Cyngor", rest)  # 'o Gyngor Tref X': the council's name unmutated
        meeting = f"the {adjective} meeting" if adjective else "the meeting"
        if m.group("adj2") and (second := ADJECTIVES.get(m.group("adj2").lower())):
            meeting = (
                f"the {adjective} meeting and {second} meeting" if adjective else f"the meeting and {second} meeting"
            )
        meeting += " of " if rest.strip() else ""  # ('Cofnodion y Cyfarfod Misol' under the council's masthead)
        text = m.group("lead") + "Minutes of " + (meeting if "yfarfod" in m.group(0) else "") + rest
    summoned = SUMMONED.search(text)
    if summoned:
        adjective = ADJECTIVES.get((summoned.group("adj") or "").lower())
        meeting = f"the {adjective} meeting of " if adjective else "the meeting of "
        rest = re.sub(r"^(?:G|g)yngor\b", "Cyngor", text[summoned.end() :])
        text = text[: summoned.start()] + "You are summoned to attend " + meeting + rest
    text = TO_BE_HELD.sub("to be held", HELD.sub("held", text))
    return _when(IN_PLACE.sub("in ", text))


def _when(text: str) -> str:
    text = REMOTE.sub("and remotely", text)
    text = ON_WEEKDAY.sub(_on_weekday, text)
    text = AT_TIME.sub("at ", text)
    return TIME.sub(_time, text)


def _on_weekday(m: re.Match[str]) -> str:
    """'nos Lun' -> 'on Monday'; 'Nos Fercher, 8 Ebrill ...' opening a line -> 'On Wednesday, ...'."""
    before = m.string[: m.start()].rstrip()
    if m.group(1) and before.endswith(",") and m.group(0).startswith("Dydd "):
        return WEEKDAYS[m.group(1).lower()]  # 'Pwyllgor Cynllunio, Dydd Llun, 9fed Chwefror, 2026': a heading's day
    on = "On" if not before and m.group(0)[:1].isupper() else "on"
    return f"{on} {WEEKDAYS[m.group(1).lower()]}" if m.group(1) else on


def _time(m: re.Match[str]) -> str:
    """'7.00yh' -> '7.00pm'; "7.30 o'r gloch" -> '7.30pm' (an evening's hour, as a community council meets,
    unless 'y bore' says morning)."""
    hour, minutes = int(m.group("h")), m.group("m") or "00"
    if m.group("pm"):
        half = "pm"
    elif m.group("am"):
        half = "am"
    else:
        part = (m.group("part") or "").lower()
        half = "am" if "bore" in part or (not part and 9 <= hour <= 11) else "pm"
    lead = "at " if m.group(0).lower().startswith("am ") else ""
    return f"{lead}{hour}.{minutes}{half}"
