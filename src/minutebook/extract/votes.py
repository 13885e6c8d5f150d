"""Recorded votes: For (57) / Against (12) / Abstain (1) with name lists.

A recorded vote is a run of tally headings (`For (14)`, `Against: 45`,
`Abstentions (2)`), each followed by the names that voted that way, then a
result line (`Amendment lost.`, `Substantive Motion carried.`). The motion is
the paragraph that proposed it (`X proposed and Y seconded ...`), found by the
paragraph number the vote refers to, else the nearest proposal above. Where
the printed count and the names listed disagree both are kept and the Vote
carries a warning: PDF text of multi-column name lists can come out of order.

Also read: `There voted for the motion:` lists with the count after dot
leaders, Scottish roll-call divisions (motion against amendment), and votes
told in one sentence (`On being put to the vote the motion was LOST (4 for, 7
against, 0 abstentions)`, `... seconded Cllr Y; 4 in favour, 1 against`,
`all in favour`). A decision taken without a vote (`Agreed unanimously.`) is
not a vote.
"""

from __future__ import annotations

import bisect
import re

from minutebook.extract.names import HONORIFIC, clean_name, split_names
from minutebook.extract.resolutions import SENTENCE_END, next_filled
from minutebook.model import Line, Vote

# Tally headings and result words (house-style words in one place).
TALLY_WORDS = {
    "for": r"for|(?:in\s+)?favour",  # ('Voting: Favour: 9  Against: 2  Abstained: 0')
    "against": r"against",
    # (a Scottish division's 'declined to vote (1)')
    "abstain": r"abstain(?:ed|ing|ers)?|abstentions?|declined\s+to\s+vote",
}
TALLY_PATTERN = "|".join(f"(?:{p})" for p in TALLY_WORDS.values())
TALLY = re.compile(
    r"(?:(?:votes?|voting)\s+)?(?P<word>" + TALLY_PATTERN + r")"
    # what was voted on between the word and its count: 'For the motion (14):', 'Against the amendment: 3'
    r"(?:\s+(?:the\s+)?(?:substantive\s+|original\s+|amended\s+)?"
    r"(?P<what>motion|amendment|recommendations?|proposals?|referral)"
    # or a candidate in an election: 'For Councillor D Okonkwo: Councillors ...'
    r"|\s+(?P<cand>(?:Councillor|Cllr)\.?\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+(?=\s*:)))?"
    # ('Abstain – (0)': a dash before the bracketed count)
    # ('For the motion (18 votes):': the count's unit in its bracket)
    r"\s*(?:(?:[:–—-]\s*)?\(\s*(?P<n1>\d{1,3})(?:\s+(?:votes?|members?|councill?ors?))?\s*\)|[:\-–]\s*(?P<n2>\d{1,3})\b(?![,.]\d)"
    # 'For 19, Against 0, Abstain 0', 'For 11 Against 3 Abstentions 2 – carried' (not '... against 18,967 in 2024/25')
    r"|\s(?P<n3>\d{1,3})(?![,.]\d)(?=\s*(?:[,;.–—]|-\s|\((?!\s*\d)|$|(?:" + TALLY_PATTERN + r")\b))"
    r"|\s*:\s*(?=[^()]+\(\s*\d{1,3}\s*\)\s*[,;.]?\s*$)"  # 'For: A Smith, B Jones (2)': the count after the names
    # ': Councillors A, B and C', ': County Councillors ...': no count
    # ('For – Councillors A, B, ... (16)': a dash for the colon, the count after the names on a later line)
    r"|\s*[:–—-]\s*(?=(?:County\s+)?(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z]|(?:none|nil)\b"
    # ('For – Stafton City Council, Wrekinshire Council ... (5);': a combined authority's councils, a vote each)
    r"|(?:[A-Z][\w'’-]*\s+){1,4}(?:Council|Authority)\b)"
    # 'For the Motion:' / 'Abstentions:' ending its line, the names below it (or with no colon: 'For the amendment',
    # 'Abstentions', Leicestershire's headings over their names)
    r"|\s*:\s*$|(?:(?<=motion)|(?<=amendment)|(?<=tions))\s*$)",
    re.I,
)
TALLY_WORD_AT_END = re.compile(rf"\b(?:{TALLY_PATTERN})\s*:$", re.I)
COUNT_AT_START = re.compile(r"^(\d{1,3})\b")
TALLY_START = re.compile(rf"^(?:{TALLY_PATTERN})\s*[:–-]?\s*\d{{1,3}}\b\.?", re.I)  # 'Abstain 1.' opening a line
RESULT = re.compile(
    # ('The recommendation was therefore not agreed.': lost)
    # (not what a decision foresees: '... 45 metres of hedgerow would be lost (4 for, 2 against)')
    r"(?<!\bwould be )(?<!\bwill be )(?<!\bcould be )"
    r"\b(?P<word>carried|lost|fell(?!\s+(?:one|two|three|four|five|\d+|an?|the|trees?)\b)|defeated|rejected|not\s+(?:carried|agreed|approved|adopted|passed)|agreed|approved"
    r"|adopted|passed|was\s+not\s+agreed"
    # a vote needing more than a simple majority: 'the required majority was achieved' / 'was not achieved'
    r"|(?:required|necessary|requisite)\s+(?:[\w-]+\s+){0,2}?majority\s+(?:was\s+|being\s+)?(?:not\s+)?"
    r"(?:achieved|obtained|secured|reached|met))\b",
    re.I,
)
# 'There voted for the motion:' / 'Those who abstained:' headings over a list of names.
VOTED_HEAD = re.compile(
    r"^\W*(?:the\s+following\s+)?(?:there|those(?:\s+who)?|members(?:\s+who)?|councillors(?:\s+who)?)?\s*"
    r"(?P<verb>voted\s+for|voted\s+in\s+favour|voted\s+against|abstained"
    r"|voting\s+for|voting\s+in\s+favour|voting\s+against|abstaining)\b[^:]{0,120}:\s*"
    # ('Members voting for the amendment: Councillors Hamilton-Reid, Okonjo and Sands (3).': the names on its line)
    r"(?P<names>(?:Councill?ors?|Cllrs?\.?)\s+[A-Z].*"
    # ('Councillors voting for: Adebayo, Fairbairn and Raman': surnames, their title said before the colon)
    r"|(?<=councillors\svoting\sfor:\s)[A-Z].*|(?<=councillors\svoting\sagainst:\s)[A-Z].*)?$",
    re.I,
)
# 'Councillor X abstained.', 'Councillors X and Y abstained from voting.': a vote's abstainers told in a sentence
ABSTAINED = re.compile(
    r"^\W*(?P<names>(?:Councill?ors?|Cllrs?\.?)\s+[A-Z][^.:;]{1,150}?)\s+abstained"
    r"(?:\s+from\s+(?:the\s+)?vot(?:e|ing))?\s*\.?\s*$",
    re.I,
)
# A Scottish roll-call division: 'the following members voted for the amendment: Councillors A, B and C.'
DIVISION_HEAD = re.compile(
    r"(?:^|\b)(?:the\s+following\s+members\s+)?voted\s+(?P<dir>for|against)\s+the\s+(?P<side>motion|amendment)"
    r"\s*:\s*(?P<names>.*)$",
    re.I,
)
# A Scottish division's sides, one a line: 'Motion (7) – Councillors A, B ...', 'Amendment (4) – ...'
SIDE_LINE = re.compile(
    r"^\W*(?P<side>motion|amendment|neither|abstentions?)\s*\((?P<n>\d{1,3})\)\s*[–—:-]\s*(?P<names>\S.*)$", re.I
)
# 'On a division, there voted for the motion 7 (Provost Kerr, ...) and for the amendment 4 (Councillors ...).'
# (or with no names: 'there voted for the amendment 3 and for the motion 5, and the motion was accordingly carried')
DIVISION_COUNTED = re.compile(
    r"\bvoted\s+for\s+the\s+motion\s+(?P<m>\d{1,3})(?:\s*\((?P<mn>[^()]*)\))?\s*,?\s*and\s+for\s+the\s+amendment\s+"
    r"(?P<a>\d{1,3})\b(?:\s*\((?P<an>[^()]*)\))?",
    re.I,
)
# '... there voted for the amendment 5 (Councillors ...) and for the motion 7 (Councillors ...)': the other way round
DIVISION_COUNTED_AMENDMENT_FIRST = re.compile(
    r"\bvoted\s+for\s+the\s+amendment\s+(?P<a>\d{1,3})(?:\s*\((?P<an>[^()]*)\))?\s*,?\s*and\s+for\s+the\s+motion\s+"
    r"(?P<m>\d{1,3})\b(?:\s*\((?P<mn>[^()]*)\))?",
    re.I,
)
# 'On a division, 5 members voted for the motion, namely Councillor Reid, ..., and 3 members voted for the
# amendment, namely Councillors Buchanan, Drummond and Lennox, and the motion was accordingly carried.'
# '47.18<TAB>On being put to the vote ...': a paragraph's number before a TAB, the rest of the line prose
LABEL_TAB = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3}){0,2}|\([a-z0-9]{1,4}\)|[a-z0-9]{1,3}\))\.?\t[^\t]{20,}$")
# 'Vote<TAB>For: 6 (...) Against: 2 (...)': a decision box's row of the vote, its label in a cell of its own
VOTE_ROW = re.compile(r"^\W*vot(?:e|es|ing)\s*:?\s*\t", re.I)
DIVISION_MEMBERS = re.compile(
    r"\b(?P<m>\d{1,3})\s+(?:members?\s+)?voted\s+for\s+the\s+motion(?:\s*,?\s*namely\s+(?P<mn>[^()]+?))?\s*,?\s*and\s+"
    r"(?P<a>\d{1,3})\s+(?:members?\s+voted\s+)?for\s+the\s+amendment"  # '... and 4 for the amendment'
    r"(?:\s*,?\s*namely\s+(?P<an>[^()]+?))?(?=\s*,\s*and\s+the\b|\s*[.;]|\s*$)",
    re.I,
)
# '3 members voted for the amendment and 5 for the motion, which was accordingly declared carried': the amendment's
# side told first
DIVISION_AMENDMENT_FIRST = re.compile(
    r"\b(?P<a>\d{1,3})\s+(?:members?\s+)?voted\s+for\s+the\s+amendment(?:\s*,?\s*namely\s+(?P<an>[^()]+?))?\s*,?\s*and\s+"
    r"(?P<m>\d{1,3})\s+(?:members?\s+voted\s+)?for\s+the\s+motion"
    r"(?:\s*,?\s*namely\s+(?P<mn>[^()]+?))?(?=\s*,|\s*[.;]|\s*$)",
    re.I,
)
DIVISION_SUMMARY = re.compile(r"(\d{1,3})\s+members?\s+having\s+voted\s+for\s+the\s+(motion|amendment)", re.I)
# Tallies inside a sentence: '(4 for, 7 against, 0 abstentions)', '5 in favour, 2 against and 0 abstentions'.
# A count is a whole number of its own: not the pence of '£285.47 for a Band D property', not a percentage's tail.
# The count may also follow its word and what was voted on: 'voted FOR the veto 2, AGAINST the veto 6'.
# (not the end of a year: '2025/26 against', '... in 2024-25 against the national indicators')
COUNT_NUMBER = r"(?<![\d.,£$€/])(?<!\d[-–])(\d{1,3})(?![\d.,]\d|%)"
COUNT_AFTER = r"(?:\s+the\s+[a-z]+)?(?:\s*:)?\s+(\d{1,3})(?![\d.,]\d|%)(?=\s*(?:[,;.()—–]|and\b|$))"  # 'For: 7,'
# after a bare '7 for': what a tally goes on with ('7 for, 3 against', '7 for the motion'), not '18 for travel'
FOR_ENDS = r"(?=\s*(?:[,;.)—–]|and\b|against\b|with\b|$|the\s+(?:motion|amendment|recommendations?|proposal)\b))"
INLINE_COUNTS = {
    "for": re.compile(
        # ('2 votes being cast in favour and 5 against')
        rf"\b{COUNT_NUMBER}\s+(?:(?:votes?\s+(?:being\s+|were\s+)?(?:cast\s+)?|(?:members?|councillors?)\s+(?:voting\s+|voted\s+)?"
        rf"|voting\s+)?in\s+favour\b"
        rf"|(?:votes?\s+|(?:members?|councillors?)\s+(?:voting\s+|voted\s+)?|voting\s+|voted\s+)for\b|for{FOR_ENDS})"
        rf"|\b(?:voted\s+)?(?:for|in\s+favour){COUNT_AFTER}",
        re.I,
    ),
    "against": re.compile(
        rf"\b{COUNT_NUMBER}\s+(?:votes?\s+|(?:members?|councillors?)\s+(?:voting\s+|voted\s+)?|voting\s+|voted\s+)?against\b"
        rf"|\bagainst{COUNT_AFTER}"  # ('4 voted for the amendment, 6 against')
        r"|\b(none|nil)\s+against\b",  # ('7 votes for, none against and 1 abstention')
        re.I,
    ),
    "abstain": re.compile(
        rf"\b(\d{{1,3}}|no)\s+(?:abstentions?|abstained|abstaining)\b|\b(?:abstentions?|abstained|abstain){COUNT_AFTER}"
        # Northern Ireland's 'eight Members voted for ..., five against and one no vote': who recorded no vote
        r"|\b(\d{1,3})\s+no\s+votes?\b",
        re.I,
    ),
}
# 'agreed by 9 votes to 4', 'lost by 5 votes to 7 with 1 abstention': for, then against.
BY_VOTES = re.compile(  # ... or 'on a vote of 4 to 2'
    # ('on a recorded vote of 34 votes to 21, with 2 abstentions')
    rf"\b(?:by\s+{COUNT_NUMBER}\s+votes?|vote\s+of\s+{COUNT_NUMBER}(?:\s+votes?)?)\s+to\s+{COUNT_NUMBER}\b"
    rf"(?:\s*,?\s*with\s+{COUNT_NUMBER}\s+abstentions?)?",
    re.I,
)
# A parish's score after the result: 'Proposed Cllr A, seconded Cllr B, carried 5-2' (for, against, abstentions);
# a motion's line under it: 'Carried 7 votes to 5'
SCORE_AFTER_RESULT = re.compile(
    # ('The amendment was put and lost (6:9).': Wirral's, the score in brackets)
    r"\b(?P<word>carried|lost|agreed|defeated)\s+(?:by\s+)?\(?(\d{1,3})\s*(?:[-–:]|\s+votes?\s+to\s+)\s*(\d{1,3})"
    r"(?:\s*[-–:]\s*(\d{1,3}))?(?![\d/-]|\.\d|:\d)",  # ('carried 5:3:1': for, against, abstentions)
    re.I,
)
# Wirral's decision with its score, for and against (and abstentions), in brackets: 'Resolved (9:6) – That ...'
DECISION_SCORE = re.compile(r"\bresolved\s*\((\d{1,3})\s*:\s*(\d{1,3})(?:\s*:\s*(\d{1,3}))?\)\s*[-–—:]", re.I)
VOTE_CONTEXT = re.compile(
    r"\bvot(?:e|ed|es|ing)\b|\bproposed\b|\bseconded\b|\bmoved\b|show\s+of\s+hands|\bcarried\b|\blost\b", re.I
)
PUT_TO_VOTE = re.compile(r"\bvote\b|\bvoted\s+on\b|\bshow\s+of\s+hands\b", re.I)
# the sentence after one that put a proposal to the vote, saying how it went: 'The motion was carried.'
RESULT_NEXT = re.compile(
    r"^\W*(?:the|this|that)\s+(?:substantive\s+|original\s+|amended\s+)?(?:motion|amendment|recommendations?|proposals?)"
    r"\s+(?:was|were)\s+(?:therefore\s+|accordingly\s+)?(?:carried|lost|defeated|not\s+carried)\b[^.]{0,40}\.?\s*$",
    re.I,
)
# (not what a decision foresees: '... 45 metres of hedgerow would be lost (4 for, 2 against)')
VOTE_RESULT = re.compile(
    # (nor a tree works application: 'Fell one ash tree affected by ash dieback')
    r"(?<!\bwould be )(?<!\bwill be )(?<!\bcould be )"
    r"\b(carried|lost|fell(?!\s+(?:one|two|three|four|five|\d+|an?|the|trees?)\b)|defeated|not\s+carried)\b",
    re.I,
)
ALL_IN_FAVOUR = re.compile(
    r"\ball\s+in\s+favour\b|\bunanimously\s+in\s+favour\b|\b(?:was|were)\s+carried\s+unanimously\b"
    # '(proposed Cllr Pryor, seconded Cllr Ahmed, unanimous)': the parish formula's 'all in favour'
    r"|\bseconded\b[^.()]{0,80}?[,;]\s*(?:unanimous(?:ly)?|nem\.?\s*con)\b"
    # a labelled 'Vote: Unanimous' under 'Proposed:' / 'Seconded:'; 'DECISION: Deferred ... (unanimous)'
    r"|\bvote\s*:\s*(?:unanimous(?:ly)?|all\s+in\s+favour|nem\.?\s*con)\b"
    r"|\bdecision\s*:[^()]{0,200}\((?:unanimous(?:ly)?|nem\.?\s*con\.?)\)"
    # ('By way of Microsoft Forms and verbal confirmation (and in noting there were 2 abstentions) this was
    # unanimously agreed.': a Welsh council's hybrid vote on the motion moved and seconded before it)
    r"|\bby\s+way\s+of\b[^.]{0,120}?\b(?:this|which|it)\s+was\s+unanimously\s+agreed\b",
    re.I,
)
# What every vote told in a sentence has (a count, 'vote', or 'in favour' / 'unanimously'): sentences
# without any are passed over before the patterns above are tried on them.
MAY_BE_A_VOTE = re.compile(r"\d|vote|favour|unanimous|show of hands", re.I)
# (or a numbered paragraph's number: '... which was lost. 106.5 The Chair then put ...')
# (and after a quotation's closing marks: '... growth from 2027-28.’”' / 'On being put to the vote ...')
SENTENCE_BREAK = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][’”\"'])|(?<=[.!?][’”\"'][’”\"']))\s+(?=[A-Z(]|\d{1,3}(?:\.\d{1,3}){1,2}\s+[A-Z])"
)
COUNT_ALONE = re.compile(r"^\(\s*(\d{1,3})\s*\)$")  # '(11)' printed under a list of names: its count
TRAILING_COUNT = re.compile(
    r"(?:\s*[.…·]{3,}|\s{2,}|\t)\s*(\d{1,3})\s*$|\s*\(\s*(\d{1,3})\s*\)\s*[,;.]?\s*$"
    r"|\.?\s*Total\s+(?:equals|=)\s*(\d{1,3})\.?\s*$"  # '... and Derek Wraight. Total equals 7.'
)
CARRIED = {"carried", "agreed", "approved", "adopted", "passed"}
PROPOSED = re.compile(r"\b(?:proposed|moved)\b.{0,200}?\bseconded\b", re.I | re.S)
PARAGRAPH_REF = re.compile(r"\b(?:set\s+out\s+(?:in|at)|in)\s+paragraph\s+(?P<n>\d{1,3})\b", re.I)
PARAGRAPH_START = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+")
NEXT_MOTION = re.compile(r"^\W*(?:proposed|moved|seconded)\s+by\b", re.I)  # 'Proposed by Councillor X, ...': no name
RECORD_LABEL = re.compile(
    r"^\W*(?:record\s+of\s+(?:the\s+)?vot(?:e|ing)|voting\s+record"
    # ('(In accordance with the Constitution, the following votes were recorded: For: ...': the sentence before them)
    r"|(?:in\s+accordance\s+with\s+[^:,]{3,60},\s*)?the\s+following\s+votes?\s+(?:was|were)\s+recorded)\s*:\s*",
    re.I,
)
NAME_HONORIFIC = re.compile(rf"{HONORIFIC.pattern}|^(?:Dr|Prof|Professor)\.?\s+", re.I)


def _kind_of_verb(verb: str) -> str:
    v = verb.lower()
    return "abstain" if v.startswith("abstain") else "against" if "against" in v else "for"


def _kind(word: str) -> str:
    w = word.lower()
    for kind, pattern in TALLY_WORDS.items():
        if re.fullmatch(pattern, w):
            return kind
    return "for"


def _text_keeping_tabs(line: Line) -> str:
    return re.sub(r"[^\S\t]+", " ", line.text.replace("\f", "").replace("*", "")).strip()


def _text(line: Line) -> str:
    return re.sub(r"\s+", " ", line.text.replace("\f", "").replace("*", "")).strip()


# A party's name heading its members in a recorded vote's list: 'Green – Mr F Pelling, Ms G Sinden; Labour – ...'.
PARTY_IN_LIST = re.compile(
    r"(?:^|(?<=[;:.]))\s*[A-Z][A-Za-z&'’ ]{1,40}?\s+[–—-]\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Councillors?|Cllrs?)\b)"
)


SURNAME_ALONE = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")


def _surname_alone(cell: str) -> bool:
    """A cell holding one surname and nothing else ('Ashfield'), not a title ('Mrs')."""
    return bool(SURNAME_ALONE.fullmatch(cell)) and not NAME_HONORIFIC.fullmatch(f"{cell} ")


def _names(chunks: list[str], cells: bool = False) -> list[str]:
    """Names from the lines under a tally: comma lists run over line ends ('Mr \nHook'), one name a
    line, or names side by side with only their honorifics between them (columns read across); a party's
    name heading its members ('Labour – Mrs H Ayres, Mr I Brand; ...') is not a name. A table's cells
    (`cells`) are a name each, honorific or not ('D R Bebb' over 'S Cadwaladr'), unless one runs on from
    the cell above ('Mrs' over 'Pemberton-Hale')."""
    listed = " ".join(chunks)
    if listed.strip() and SURNAMES_FIRST.fullmatch(listed):
        # 'Ahmed, D' a line or a cell: one name each, surname first as printed
        return [m.group().strip() for m in SURNAME_FIRST.finditer(listed)]
    chunks = [PARTY_IN_LIST.sub(" ", c) for c in chunks]
    chunks = [re.sub(r"\bCounty\s+(?=Councill?ors?\b)", "", c) for c in chunks]  # 'County Councillors A, B'
    # ('...; Abstain: County' / 'Councillor Bethan Morse': the title broken over the line's end)
    chunks = [
        re.sub(r"\s*\bCounty$", "", c) if k + 1 < len(chunks) and re.match(r"\s*Councill?ors?\b", chunks[k + 1]) else c
        for k, c in enumerate(chunks)
    ]
    # (a column of surnames alone, 'Ashfield' over 'Bainbridge': a name a cell, not one name wrapped)
    filled = [c.strip() for c in chunks if c.strip()]
    alone = sum(1 for c in filled if _surname_alone(c))
    surnames = cells and (alone >= 3 or alone == len(filled) >= 2)
    joined = ""
    for c in (c.strip() for c in chunks):
        if not c:
            continue
        runs_on = joined.endswith((",", "&", "-")) or re.search(
            r"\b(?:and|[A-Z])\.?$" if cells else r"\b(?:and|[A-Z][a-z]{0,2})\.?$", joined
        )
        runs_on = runs_on or (cells and NAME_HONORIFIC.fullmatch(joined.rsplit(" ", 1)[-1] + " "))
        new_entry = joined and not runs_on
        whole = NAME_HONORIFIC.match(c) or (cells and len(c.split()) >= 2 and c[0].isupper())
        whole = whole or (surnames and _surname_alone(c))
        joined = f"{joined}, {c}" if new_entry and whole else f"{joined} {c}".strip()
    out: list[str] = []
    for part in split_names(joined):
        # (not inside a double title: 'Councillor Mrs S Egerton' is one name)
        for piece in re.split(
            r"(?<!\bCouncillor)(?<!\bCllr)(?<!\bCllr\.)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Councillor|Cllr|Reverend|Revd)\.?\s+[A-Z])",
            part,
        ):
            name = clean_name(re.sub(r"\s*\([^()]*\)\s*$", "", piece))  # 'Cllr Oyelaran (Mayor)': the role goes
            if name and not re.search(r"\d", name) and len(name.split()) <= 5 and re.match(r"^[A-Z]", name):
                out.append(name)
    return out


def _prose(text: str) -> bool:
    outside = re.sub(r"\([^()]*\)", "", text)
    return len([w for w in re.findall(r"\b[a-z][a-z'’-]+\b", outside) if w not in {"and", "de", "van", "von"}]) >= 4


def _check_count(vote: Vote, kind: str, names: list[str]) -> None:
    """Where the printed count and the names listed disagree, both are kept and the vote says so."""
    printed = vote.counts.get(kind)
    if printed is not None and names and printed != len(names):
        vote.warnings.append(f"{kind}: printed count {printed} but {len(names)} names listed")


def _majority(counts: dict[str, int | None]) -> str | None:
    """'carried' or 'lost' by the counts for and against, where both are known and differ."""
    yes, no = counts.get("for"), counts.get("against")
    if yes is None or no is None or yes == no:
        return None
    return "carried" if yes > no else "lost"


def _tally_count(m: re.Match[str]) -> str | None:
    """The count a TALLY match found, in whichever of its forms ('For (14)', 'For: 14', 'For 14')."""
    return m.group("n1") or m.group("n2") or m.group("n3")


def _is_result(text: str) -> bool:
    return bool(RESULT.search(text)) and len(text.split()) <= 12 and not TALLY.search(text)


def _decided(text: str) -> bool:
    """The text tells a proposal's vote and its outcome ('On being put to the vote the amendment was lost')."""
    outcome = re.search(r"\b(?:was|were)\s+(?:carried|lost|defeated|agreed)\b", text, re.I)
    return bool(PUT_TO_VOTE.search(text) and outcome)


def _result_word(text: str) -> str:
    m = RESULT.search(text)
    if not m:
        return ""
    word = re.sub(r"\s+", " ", m.group("word").lower())
    if "majority" in word:
        return "lost" if " not " in word else "carried"
    return "carried" if word in CARRIED else "lost"


# The outcome told in the sentence after the tally: 'the Chair declared the proposal carried', 'the motion was lost'.
RESULT_STATED = re.compile(
    r"\b(?:declared|was|were|being)\s+(?:the\s+(?:substantive\s+)?(?:motion|amendment|proposal|recommendations?)\s+)?"
    r"(?:(?:therefore|thus|accordingly|duly)\s+)?(?P<word>carried|lost|defeated|not\s+carried|fell)\b",
    re.I,
)


def _stated_result(texts: list[str], i: int) -> str | None:
    """The result a sentence starting at line i states, read to its full stop (at most four lines)."""
    sentence = texts[i]
    for j in range(i + 1, min(i + 4, len(texts))):
        aside = all(NOT_VOTING.search(said) for said in SENTENCE_END.split(sentence) if said.strip())
        if (sentence.rstrip().endswith(".") and not aside) or not texts[j]:
            break
        sentence = f"{sentence} {texts[j]}"
    for said in SENTENCE_END.split(sentence):
        if m := RESULT_STATED.search(said):
            return _result_word(m.group(0))
        if not NOT_VOTING.search(said):
            return None  # ('Cllr A did not vote. The motion was carried.': the result after who kept out of it)
    return None


# A sentence under a recorded vote saying who took no part in it.
NOT_VOTING = re.compile(r"\b(?:did\s+not|didn[’']t)\s+vote\b|\btook\s+no\s+part\b", re.I)


def _motion(texts: list[str], start: int, floor: int) -> str | None:
    """The proposal the vote at `start` decides: the paragraph it names, else the nearest proposal above."""
    ref = None
    for j in range(start - 1, max(floor, start - 4) - 1, -1):
        m = PARAGRAPH_REF.search(texts[j])
        if m:
            ref = m.group("n")
            break
    begin = None
    if ref:
        for j in range(start - 1, -1, -1):
            m = PARAGRAPH_START.match(texts[j])
            if m and m.group("n") == ref:
                begin = j
                break
    if begin is None:
        for j in range(start - 1, floor - 1, -1):
            window = " ".join(texts[j : j + 3])
            if PROPOSED.search(window) and re.search(r"\b(?:proposed|moved)\b", texts[j], re.I):
                begin = j
                break
    if begin is None:
        return None
    parts = [texts[begin]]
    decided_at = begin if _decided(texts[begin]) else None
    for j in range(begin + 1, start):
        if decided_at is None and _is_result(texts[j]):
            decided_at = j
        if PARAGRAPH_START.match(texts[j]) or TALLY.match(texts[j]) or _is_result(texts[j]):
            break
        parts.append(texts[j])
        if decided_at is None and _decided(" ".join(parts)):
            decided_at = j
    # a proposal already put to the vote and decided above ('... an amendment ... On being put to the vote the
    # amendment was lost.'): this vote is on what was put next ('The substantive motion was then put ...')
    if decided_at is not None and not ref:  # a paragraph the vote names is its motion, decided or not
        rest = " ".join(x for x in texts[decided_at + 1 : start] if x and not TALLY.match(x)).strip()
        if rest:
            return re.split(r"(?<=[.!?])\s+(?=[A-Z])", re.sub(r"\s+", " ", rest))[0]
    motion = re.sub(r"\s+", " ", " ".join(parts)).strip()
    motion = PARAGRAPH_START.sub("", motion, count=1)
    return motion or None


def _side_headings_apart(lines: list[Line]) -> list[Line]:
    """Names set in two newspaper columns read across ('Lockyer, J<TAB>Against the Motion (31)'): a side's
    heading in the right-hand column opens its own line, so its count is read and the names after it go to it."""
    out: list[Line] = []
    for x in lines:
        cells = [c.strip() for c in x.text.split("\t")] if "\t" in x.text else []
        if (
            len(cells) == 2
            and TALLY.fullmatch(cells[1])
            and (SURNAME_FIRST.fullmatch(cells[0]) or NAME_HONORIFIC.match(cells[0]))
        ):
            out.extend(Line(x.number, x.page, c) for c in cells)
        else:
            out.append(x)
    return out


# 'Ahmed, D', 'Bell, R L': a division list's name, surname first
SURNAME_FIRST = re.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?,\s+(?:[A-Z]\.?(?![\w'’])\s*){1,3}")
SURNAMES_FIRST = re.compile(rf"\s*(?:{SURNAME_FIRST.pattern},?\s*)+")  # a line of them, two columns read across


# a side's label after a semicolon, its names going on after it: '...; Against: County Councillors D and E'
SIDE_AFTER_SEMICOLON = re.compile(r";\s*(?P<word>for|against|abstain(?:ed)?|abstentions?)\s*:\s*", re.I)


def _unbracket_named_sides(texts: list[str]) -> None:
    """'For the motion - 7 votes' / 'For the amendment - 4 votes' over '(For the motion: Councillors A, B ...' /
    'For the amendment: Councillors C, D ...)': the names of the sides just counted, in one bracket, read as the
    lists they are."""
    for i, t in enumerate(texts):
        m = TALLY.match(t, 1) if t.startswith("(") and ")" not in t else None
        if not m or _tally_count(m) is not None or not m.group("what"):
            continue
        close = next((j for j in range(i, min(i + 6, len(texts))) if texts[j].rstrip().endswith(")")), None)
        if close is None or any("(" in texts[j] for j in range(i + 1, close + 1)):
            continue
        texts[i] = t[1:]
        texts[close] = texts[close].rstrip()[:-1]


def extract_votes(lines: list[Line]) -> list[Vote]:
    """Votes recorded within one minute item's lines."""
    if any("\t" in x.text for x in lines):
        lines = _side_headings_apart(lines)
    texts = [_text(x) for x in lines]
    for i in range(len(texts) - 1):
        # 'The Sub-Committee voted: For: 3, Against:' / '2, Abstain: 1.': a count carried over the line's end goes
        # back to its word
        if texts[i][-1:] == ":" and TALLY_WORD_AT_END.search(texts[i]) and (n := COUNT_AT_START.match(texts[i + 1])):
            texts[i], texts[i + 1] = f"{texts[i]} {n.group(1)}", texts[i + 1][n.end() :].lstrip(" ,")
        elif (
            texts[i].endswith(",")
            and TALLY.search(texts[i])
            and (rest := TALLY_START.match(texts[i + 1]))
            and len(texts[i + 1]) <= rest.end() + 2
        ):
            # 'Vote: For 7, Against 0,' / 'Abstain 1.': the last count wrapped onto a line of its own
            texts[i], texts[i + 1] = f"{texts[i]} {rest.group(0).strip()}", texts[i + 1][rest.end() :].lstrip(" .")
        elif texts[i].endswith(" Total") and (n := re.match(r"equals\s+\d{1,3}\.?", texts[i + 1])):
            texts[i], texts[i + 1] = (
                f"{texts[i]} {n.group(0)}",
                texts[i + 1][n.end() :].lstrip(),
            )  # 'Total' / 'equals 4.'
    _unbracket_named_sides(texts)
    votes: list[Vote] = []
    cur: Vote | None = None
    bucket: list[str] | None = None
    bucket_kind = "for"
    floor = 0
    chunks: dict[str, list[str]] = {}
    contest = False  # the vote open is an election between two candidates ('For Councillor A: ...')
    roll_call = False  # the vote open is a division of a motion against an amendment ('For the amendment (14):')
    boxed = False  # the vote open is a decision box's 'Vote' row, the decision printed in the row beside it
    absorbed: list[int] = []  # sentences summing up the lists of names above them, read as those votes' counts

    def finish(v: Vote) -> None:
        nonlocal contest, boxed, roll_call
        for kind in ("for", "against", "abstain"):
            lines_of = chunks.get(kind, [])
            trailing = TRAILING_COUNT.search(lines_of[-1]) if lines_of else None
            if trailing:  # 'Councillors A, B and C ........ 24'
                lines_of[-1] = lines_of[-1][: trailing.start()]
                if v.counts.get(kind) is None:
                    v.counts[kind] = int(trailing.group(1) or trailing.group(2) or trailing.group(3))
            names = _names(lines_of)
            setattr(v, "for_" if kind == "for" else kind, names)
            _check_count(v, kind, names)
        if v.result is None and (contest or boxed or roll_call):
            # an election between two candidates: the one with more votes wins; a 'Vote' row beside the
            # 'Decision' row of a decision box: the decision printed is the one the majority voted for; a
            # Scottish division of the motion against the amendment: the side with more votes is adopted
            v.result = _majority(v.counts)
        elif v.result is None and not any(chunks.get(kind) for kind in ("for", "against", "abstain")):
            # 'The vote was taken and recorded as: For 7, Against 3, Abstain 1' with no word on the result: a simple
            # majority decides, as a tally told in a sentence is read
            v.result = _majority(v.counts)
        contest = boxed = roll_call = False
        votes.append(v)

    columns, covered = _tally_columns(lines)
    grid, grid_lines = _mark_grid(lines)
    columns, covered = columns + grid, covered + grid_lines
    by_motion, motion_lines = _motion_grid(lines)
    columns, covered = columns + by_motion, covered + motion_lines
    in_columns = set(covered)
    for i, t in enumerate(texts):
        if lines[i].number in in_columns:  # a vote printed as columns of names: read whole below
            if cur is not None:
                finish(cur)
                cur, bucket, chunks = None, None, {}
            floor = i + 1
            continue
        tallies = list(TALLY.finditer(t))
        # 'For (14) ...' opens the line, or follows 'the voting was as follows:' on it
        leads_with_tally = bool(tallies) and (tallies[0].start() == 0 or t[: tallies[0].start()].rstrip().endswith(":"))
        head = VOTED_HEAD.match(t)
        division = DIVISION_HEAD.search(t)
        if division and head and not division.group("names").strip():
            division = None  # 'The following Members voted FOR the amendment:' with the names below: a tally
        abstained = ABSTAINED.match(t) if cur is not None and "bstained" in t else None
        if abstained:  # 'Councillor Cledwyn Hopcyn abstained.' under the lists of a vote being read: counted as named
            chunks.setdefault("abstain", []).append(abstained.group("names"))
            cur.counts["abstain"] = (cur.counts.get("abstain") or 0) + len(_names([abstained.group("names")]))
            bucket, bucket_kind = None, None
            continue
        side = SIDE_LINE.match(t) if "(" in t else None
        if side:  # 'Motion (7) – Councillors A, B and C.' / 'Amendment (4) – Councillors D and E.'
            word = side.group("side").lower()
            kind = "for" if word == "motion" else "against" if word == "amendment" else "abstain"
            if cur is None or chunks.get(kind):
                if cur is not None:
                    finish(cur)
                cur = Vote(motion=_motion(texts, i, floor), citation=lines[i].cite())
                chunks = {}
            roll_call, bucket_kind = True, kind
            cur.counts[kind] = int(side.group("n"))
            bucket = chunks.setdefault(kind, [])
            bucket.append(side.group("names").strip().rstrip("."))
            continue
        if division and not leads_with_tally:  # 'voted for the amendment: Councillors A, B and C.'
            kind = _division_side(division, texts)
            if cur is None or chunks.get(kind):
                if cur is not None:
                    finish(cur)
                cur = Vote(motion=_motion(texts, i, floor), citation=lines[i].cite())
                chunks = {}
            bucket = chunks.setdefault(kind, [])
            if division.group("names").strip():
                bucket.append(division.group("names").strip().rstrip("."))
            continue
        if cur is not None and DIVISION_SUMMARY.search(t):
            for n, side in DIVISION_SUMMARY.findall(t):
                cur.counts["for" if side.lower() == "motion" else "against"] = int(n)
            if cur.counts.get("abstain") is None and not chunks.get("abstain"):
                cur.counts["abstain"] = 0  # a division lists abstainers when there are any
            sentence, j = t, i + 1
            while not sentence.rstrip().endswith(".") and j < len(texts) and texts[j] and j <= i + 3:
                sentence, j = f"{sentence} {texts[j]}", j + 1  # the result may wrap onto the next line
            cur.result = _result_word(sentence) or None
            finish(cur)
            cur, bucket, chunks = None, None, {}
            floor = i + 1
            continue
        if head and not leads_with_tally:  # 'There voted for the motion:' with the names below
            kind = _kind_of_verb(head.group("verb"))
            if cur is None or (kind == "for" and chunks.get("for")):
                if cur is not None:
                    finish(cur)
                cur = Vote(motion=_motion(texts, i, floor), citation=lines[i].cite())
                chunks = {}
            bucket = chunks.setdefault(kind, [])
            bucket_kind = kind
            if head.group("names"):
                bucket.append(head.group("names").strip())
            continue
        prev = texts[i - 1] if i else ""
        opened = prev.rfind("(")
        bracket = opened > prev.rfind(")") and TALLY.search(prev[opened:])
        # '... were carried (For 6,' / 'Against 2, Abstentions 0).', '... to the vote. For 7,' / 'Against 3, ...':
        # a tally begun in the sentence above, read as a sentence
        # (not one after a colon, 'there voted: For 9,' / 'Against 21.': a recorded vote's tallies, read here)
        begun = prev.rstrip().endswith(",") and any(
            m.start() > 0 and not prev[: m.start()].rstrip().endswith(":") for m in TALLY.finditer(prev)
        )
        if leads_with_tally and (bracket or begun):
            continue
        if leads_with_tally:
            told = False  # the line goes on to tell the result: the vote is whole
            for k, m in enumerate(tallies):
                kind = _kind(m.group("word"))
                first_side = cur is not None and (chunks.get("for") or cur.counts.get("for") is not None)
                if m.group("cand") and first_side and not chunks.get("against") and cur.counts.get("against") is None:
                    # 'For Councillor R Haworth: ...' after the first candidate's list or count: the other side
                    kind, contest = "against", True
                amendment = (m.group("what") or "").lower() == "amendment"
                if amendment and kind == "for" and cur is not None and chunks.get("for") and not chunks.get("against"):
                    # a Scottish roll call: 'For the motion (18): ...' / 'For the amendment (14): ...', one division,
                    # those for the amendment against the motion
                    kind, roll_call = "against", True
                n = _tally_count(m)
                # 'For 7, Against 2, Abstain 0 – carried' under the lists of names it counts: the same vote
                counting = cur is not None and n and chunks.get(kind) and cur.counts.get(kind) is None
                # 'For: 7; Against: 2; Abstain: 0' over 'For: Councillors A, B ... Against: ...': the names it counts
                naming = cur is not None and not n and cur.counts.get(kind) is not None and not chunks.get(kind)
                if (
                    not counting
                    and not naming
                    and (cur is None or (kind == "for" and (cur.counts.get("for") is not None or chunks.get("for"))))
                ):
                    if cur is not None:
                        finish(cur)
                    cur = Vote(motion=_motion(texts, i, floor), citation=lines[i].cite())
                    chunks = {}
                    # '... put to the vote and were carried by 8 votes to 3, the voting being as follows:'
                    said = re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(texts[max(floor, i - 2) : i]))
                    # (the sentence that ends in the colon: an amendment LOST in the sentence before is another vote,
                    # unless that colon ends a label of a few words: 'The amendment was put to the vote and was
                    # LOST.' / 'Record of the vote:' over the tallies)
                    lead = said[-1]
                    if lead.rstrip().endswith(":") and len(lead.split()) <= 5 and len(said) > 1:
                        lead = f"{said[-2]} {lead}" if PUT_TO_VOTE.search(said[-2]) else lead
                    if lead.rstrip().endswith(":") and (told_before := VOTE_RESULT.search(lead)):
                        cur.result = (
                            "lost" if re.match(r"lost|fell|defeated|not", told_before.group(1), re.I) else "carried"
                        )
                if counting:
                    cur.counts[kind] = int(n)
                    said = t[m.end() :].strip() if k == len(tallies) - 1 else ""
                    if said[:1] in (".", "–", "—", "-") and _is_result(said.lstrip(".–—- ")):
                        # 'For: 7, Against: 3, Abstentions: 1 – carried' under the names it counts
                        cur.result, told = _result_word(said.lstrip(".–—- ")), True
                    continue
                boxed = boxed or bool(VOTE_ROW.match(lines[i].text))
                if not naming:
                    cur.counts[kind] = int(n) if n else None
                tail_end = tallies[k + 1].start() if k + 1 < len(tallies) else len(t)
                tail = t[m.end() : tail_end].lstrip(" ,;:").rstrip(" ;:")  # a trailing comma: the list runs on
                if tail.startswith("(") and tail.endswith(")") and tail.count("(") == 1:
                    tail = tail[1:-1]  # 'For: 6 (Cllrs Raman, Okafor, ...)': the names in a bracket after the count
                if re.match(r"(?:none|nil)\b\.?", tail, re.I):  # 'Abstain: None', 'Abstain: none. The motion ...'
                    cur.counts[kind], tail = cur.counts.get(kind) or 0, ""
                bucket, bucket_kind = chunks.setdefault(kind, []), kind  # ('(27)' alone under the list: its count)
                if n and tail[:1] in (".", "–", "—", "-"):  # 'Abstain 0. The proposal was agreed.', '... 2 – carried'
                    said = tail.lstrip(".–—- ")
                    if said and not said.endswith(".") and i + 1 < len(texts) and len(texts[i + 1]) < 40:
                        said = f"{said} {texts[i + 1]}"  # '... 0 – the required majority was' / 'achieved.'
                    if tail[:1] == "." or _is_result(said):
                        cur.result = _result_word(said) or cur.result
                        told, tail = cur.result is not None, ""
                if tail:
                    bucket.append(tail)
            if told:
                finish(cur)
                cur, bucket, chunks = None, None, {}
                floor = i + 1
            continue
        if cur is None:
            continue
        if _is_result(t) and cur.result is not None and SUBSTANTIVE.match(t):
            # 'The amendment was put to the vote and was LOST.' / tallies / 'The substantive recommendations were
            # then put to the vote and were CARRIED.': the next vote's result, told with the tallies below it
            finish(cur)
            cur, bucket, chunks = None, None, {}
            floor = i
            continue
        if DECISION_TOLD.match(t):
            # 'Decision: APPROVED subject to ...' under a tally: the next decision, not this vote's result
            finish(cur)
            cur, bucket, chunks = None, None, {}
            floor = i
            continue
        if _is_result(t):
            absorbed.append(lines[i].number)  # (the vote's own result: no vote of its own again below)
            cur.result = _result_word(t)
            if roll_call and re.search(r"\bamendment\b", t, re.I) and cur.result:
                # 'The amendment was accordingly carried': the division was for the motion, which fell
                cur.result = "lost" if cur.result == "carried" else "carried"
            finish(cur)
            cur, bucket, chunks = None, None, {}
            floor = i + 1
            continue
        if not t:
            continue
        if t.startswith("(") and t.rstrip(" .").endswith(")") and not COUNT_ALONE.match(t):
            continue  # '(The Lord Mayor did not vote.)': an aside, no names
        if PAGE_STAMP.fullmatch(t) or (len(t) < 80 and "," not in t and RUNNING_HEADER.search(t)):
            continue  # 'Page 9' / 'City Council – 23 September 2025': a page break inside a list of names
        alone = COUNT_ALONE.match(t)
        if alone and bucket is not None and cur.counts.get(bucket_kind) is None:
            cur.counts[bucket_kind] = int(alone.group(1))
            continue
        # 'The Mayor did not vote.': a sentence after the names, too short for _prose, ends the list
        # ('Cllr Mole did not vote.': who kept out of it, no name of a side)
        sentence = (re.match(r"(?:The|It|There|This)\s", t) or NOT_VOTING.search(t)) and t.rstrip().endswith(".")
        # 'Decision:', 'RESOLVED' under the names: the decision the vote carried, no one's name
        decision = DECISION_LABEL.fullmatch(t) or DECISION_AFTER.match(t)
        if PARAGRAPH_START.match(t) or _prose(t) or sentence or decision or NEXT_MOTION.match(t):
            if cur.result is None:  # 'The result of the vote being For 12, ... the Chair declared the proposal carried'
                cur.result = _stated_result(texts, i)
            finish(cur)  # (which reads the counts printed after the names)
            if not decision and _summing_up(texts, i, cur):
                absorbed.append(lines[i].number)  # 'Therefore it was 20 for, 38 against and 2 abstentions and ...'
            if cur.result is None and decision:  # the decision printed under the tally went the majority's way
                cur.result = _majority(cur.counts)
            cur, bucket, chunks = None, None, {}
            floor = i + 1
            continue
        if bucket is not None:
            # names printed in columns ('H Langstaff<TAB>J Mewburn'): each cell a name of the list
            cells = re.sub(r"\s*\t\s*", ", ", _text_keeping_tabs(lines[i])) if "\t" in lines[i].text else ""
            rest = f"{cells}," if cells else t
            # ('... Carys Elis and Llinos Parri; Against:' / 'County Councillors D, E; Abstain: County Councillor F)':
            # the next side's names after a semicolon in the same run of lines)
            while True:
                side = SIDE_AFTER_SEMICOLON.search(rest)
                piece = (rest[: side.start()] if side else rest).strip()
                if piece.endswith(")") and piece.count(")") > piece.count("("):
                    piece = piece[:-1].strip()  # ('... Councillor Bethan Morse)': the bracket the sentence opened
                if re.fullmatch(r"(?:none|nil)\.?", piece, re.I):  # 'Against: None; Abstain: None)'
                    cur.counts[bucket_kind], piece = cur.counts.get(bucket_kind) or 0, ""
                bucket.append(piece)
                if side is None:
                    break
                bucket_kind = _kind(side.group("word"))
                bucket = chunks.setdefault(bucket_kind, [])
                rest = rest[side.end() :]
    if cur is not None:
        finish(cur)
    votes += columns
    inline = _inline_votes(lines, texts, [v.citation.line for v in votes if v.citation] + covered + absorbed)
    # 'The result of the vote being For 12, Against 8, Abstentions 1, the Chair declared ...': the recorded
    # vote just read, told again in a sentence, is not another vote
    votes += _table_votes(lines, texts, in_columns)  # (before the sentences: one may tell a table's vote again)
    _results_from_decisions(lines, votes)  # (and with their results, for a sentence telling one again to match)
    said = {ln.number: ln.text for ln in lines} if inline else {}
    starts = [x.citation.line for x in inline if x.citation]  # where each sentence's vote is told
    for v in inline:  # (each sentence's vote once: not again beside a vote already read)
        if any(_told_again(v, w) for w in votes):
            continue
        told = f"{said.get(v.citation.line, '')} {said.get(v.citation.line + 1, '')}" if v.citation else ""
        counted = next(
            (
                w
                for w in votes
                if _counted_below(v, w, told, _lines_over(said, w.citation.line) if w.citation else "")
                # (not past another sentence's vote between them: 'Amendment C ... carried.' / 'The motion ... was
                # declared carried:' / its tally)
                and not any(v.citation and w.citation and v.citation.line < at < w.citation.line for at in starts)
            ),
            None,
        )
        # ('... Councillor A Thwaite required it to be recorded that he abstained ...)' over '(... Councillors R
        # Bentley and B Iqbal required it to be recorded that they respectively voted against ...)': one decision)
        dissent = ASKED_RECORDED.search(told) or REQUIRED_RECORDED.search(told)
        asked_only = dissent and not any(n is not None for n in v.counts.values())
        above = next((w for w in reversed(votes) if _just_below(v, w)), None) if asked_only else None
        if above is not None:
            # 'Councillors Burt and Jago asked that their votes against be recorded' under the vote already read:
            # its names, where they are all of that side
            for side, attr in (("for", "for_"), ("against", "against"), ("abstain", "abstain")):
                names = getattr(v, attr)
                if names and above.counts[side] in (None, len(names)) and not getattr(above, attr):
                    setattr(above, attr, names)
            continue
        if counted is None:
            votes.append(v)
            continue
        counted.result = counted.result or v.result  # the sentence's result word for tallies that print none
        if not counted.motion or counted.motion.rstrip().endswith(":"):
            counted.motion = v.motion  # what the sentence over the tallies put to the vote
    for v in votes:  # 'Decision carried: For 6, Against 1': the result told just before its tally
        if v.result is not None or v.citation is None:
            continue
        line = next((x.text for x in lines if x.number == v.citation.line), "")
        before = RESULT_BEFORE_TALLY.search(line)
        v.result = _result_word(before.group(1)) if before else v.result
    votes.sort(key=lambda v: v.citation.line if v.citation else 0)
    votes = _voters_in_one_line(lines, texts, _roll_call_lines(lines, texts, votes))
    votes = _ballot_of_options(lines, texts, _ballot_of_two(lines, texts, votes))
    votes = _counted_then_named(_told_then_counted(_heading_repeated(lines, votes), lines))
    votes = sorted(
        votes + _sides_named_in_a_sentence(lines, texts, votes), key=lambda v: v.citation.line if v.citation else 0
    )
    _sides_counted_above(lines, texts, votes)
    # 'For: Councillor A, Councillor B' with no count printed or told: as many as are named (where those for are
    # named: 'Councillor X asked that his vote against be recorded' does not say how many voted against)
    for v in (v for v in votes if v.for_):
        for kind, attr in (("for", "for_"), ("against", "against"), ("abstain", "abstain")):
            if v.counts.get(kind) is None and getattr(v, attr):
                v.counts[kind] = len(getattr(v, attr))
    _results_from_decisions(lines, votes)
    return votes


# 'On a vote being taken, the MOTION received 8 votes and the AMENDMENT received 5 votes, with 1 abstention, and
# the MOTION was therefore CARRIED, the votes having been cast as follows:'
SIDES_RECEIVED = re.compile(
    r"\bthe\s+motion\s+received\s+(?P<m>\d{1,3})\s+votes?\s+and\s+the\s+amendment\s+received\s+(?P<a>\d{1,3})\s+"
    r"votes?(?:\s*,?\s*with\s+(?P<n>\d{1,3}|no)\s+abstentions?)?",
    re.I,
)


def _summing_up(texts: list[str], i: int, vote: Vote) -> bool:
    """The sentence right under a vote's lists of names that counts them ('Therefore it was 20 for, 38 against and
    2 abstentions and the amendment was lost.'): the vote's counts, where it printed none and they fit its names;
    its result too, or, where the sentence ends on 'it was' over 'RESOLVED:', the majority's."""
    if any(vote.counts.get(k) is not None for k in ("for", "against", "abstain")) or not (vote.for_ or vote.against):
        return False
    said = {k: _count(p.search(texts[i])) for k, p in INLINE_COUNTS.items()}
    counts = {k: _as_count(n) for k, n in said.items()}
    if counts["for"] is None or counts["against"] is None:
        return False
    sizes = {"for": len(vote.for_), "against": len(vote.against), "abstain": len(vote.abstain)}
    if any(sizes[k] and counts[k] not in (None, sizes[k]) for k in sizes):
        return False  # (another vote's counts)
    vote.counts = counts
    below = next_filled(texts, i + 1)
    decided = re.search(r"\bit\s+was\W*$", texts[i]) and below is not None and DECISION_AFTER.match(texts[below])
    vote.result = _majority(counts) if decided else _result_word(texts[i]) or vote.result
    return True


def _heading_repeated(lines: list[Line], votes: list[Vote]) -> list[Vote]:
    """A table's heading row of counts ('FOR (17)<TAB>AGAINST (27)<TAB>ABSTAINED (2)') printed again over the
    rest of the table on the next page: one vote, whose names and result go on under the repeat."""
    out: list[Vote] = []
    for v in votes:
        prev = out[-1] if out else None
        if prev is not None and prev.result is None and v.citation and prev.citation and _told_again(v, prev):
            here, there = _index_of(lines, v.citation.line), _index_of(lines, prev.citation.line)
            if here is not None and there is not None and "\t" in lines[here].text:
                if lines[here].text.strip() == lines[there].text.strip():
                    prev.for_, prev.against = prev.for_ + v.for_, prev.against + v.against
                    prev.abstain, prev.result = prev.abstain + v.abstain, v.result
                    continue
        out.append(v)
    return out


def _index_of(lines: list[Line], number: int) -> int | None:
    """Where the line printed as number `number` stands in the item's lines."""
    return next((k for k, x in enumerate(lines) if x.number == number), None)


def _sides_counted_above(lines: list[Line], texts: list[str], votes: list[Vote]) -> None:
    """A division whose lists of names print no counts, told in the sentence over them: the motion's votes for,
    the amendment's against."""
    for v in votes:
        if v.citation is None or any(v.counts.get(k) is not None for k in ("for", "against")):
            continue
        at = _index_of(lines, v.citation.line)
        if at is None:
            continue
        said = SIDES_RECEIVED.search(" ".join(texts[max(0, at - 4) : at]))
        if said:
            n = said.group("n")
            v.counts = {"for": int(said.group("m")), "against": int(said.group("a")), "abstain": _as_count(n)}
            v.result = v.result or _majority(v.counts)  # (the side with more votes is adopted)


def _results_from_decisions(lines: list[Line], votes: list[Vote]) -> None:
    """'On being put to the vote: For 6, Against 1, Abstention 1.' over 'RESOLVED that ...', or a tally under the
    decision it counts: what was put went as the counts say, though no result word is printed."""
    for v in votes:
        if (
            v.result is None
            and v.citation
            and (_decision_follows(lines, v.citation.line) or _decision_above(lines, v.citation.line))
        ):
            # ('(6 in favour, 1 abstention)' under the decision: no one against, so it carried)
            v.result = _majority(v.counts) or (
                "carried" if v.counts.get("for") and v.counts.get("against") is None else None
            )


# 'Ellerby Borough Council – Councillor Helen Grimshaw: For': one member's vote a line, perhaps after who they
# represent, under the tally of a vote that needs more than a simple majority
ROLL_LINE = re.compile(
    r"^\W*(?:[^:\t]{0,80}?\s[–—-]\s+)?(?P<who>[A-Z][^:–—\t]{2,60}?)\s*(?::|\t)\s*"  # 'Name: For', 'Name | For'
    r"(?P<how>for|against|abstain(?:ed)?|abstention)\.?\s*$",
    re.I,
)


ROLL_ENDINGS = ("for", "against", "abstain", "abstained", "abstention")


def _roll_call_lines(lines: list[Line], texts: list[str], votes: list[Vote]) -> list[Vote]:
    """Runs of three or more 'Member: For' lines: the names of the vote told just above them (its counts
    checked against them), or a vote of their own where none is."""
    ending = {j for j, t in enumerate(texts) if t[-1:] in "rtndRTND." and t.rstrip(" .").lower().endswith(ROLL_ENDINGS)}
    if len(ending) < 3:
        return votes  # (one cheap pass: most minutes print no such lines)
    i = 0
    while i < len(texts):
        run: list[tuple[str, str]] = []
        j = i
        while j in ending and (m := ROLL_LINE.match(lines[j].text.strip())) and (name := clean_name(m.group("who"))):
            run.append((name, _kind(m.group("how"))))
            j += 1
        if len(run) < 3:
            i = j + 1 if j > i else i + 1
            continue
        start = lines[i].number
        above = [v for v in votes if v.citation and start - 6 <= v.citation.line < start and not (v.for_ or v.against)]
        vote = above[-1] if above else Vote(motion=_motion(texts, i, 0), citation=lines[i].cite())
        if not above:
            votes.append(vote)
            after = next((t for t in texts[j : j + 3] if t.strip()), "")
            told = _is_result(after) or bool(RESULT_STATED.search(after))
            # 'The recommendations were CARRIED.' under the table, else the majority of the names
            vote.result = _result_word(after) if told else None
        for kind in ("for", "against", "abstain"):
            names = [n for n, k in run if k == kind]
            setattr(vote, "for_" if kind == "for" else kind, names)
            if vote.counts.get(kind) is None and not above:
                vote.counts[kind] = len(names)
            _check_count(vote, kind, names)
        vote.result = vote.result or _majority(vote.counts)
        i = j
    votes.sort(key=lambda v: v.citation.line if v.citation else 0)
    return votes


# 'Group A – for; Group B – for; Group C – against; Group D – for.': each voter's way in one sentence, as a SACRE's
# four groups (a single vote each) or a joint committee's councils vote
VOTER_ENTRY = re.compile(
    r"(?P<who>[A-Z][^;:–—\t]{0,60}?)\s+[–—-]\s+(?P<how>for|against|abstain(?:ed)?|abstention)", re.I
)


def _voters_in_one_line(lines: list[Line], texts: list[str], votes: list[Vote]) -> list[Vote]:
    """A line listing three or more voters each with the way they voted: a vote of its own, its result as told
    in the sentence after it, else the majority."""
    for i, t in enumerate(texts):
        if t.count(";") < 2 or not re.search(r"[–—-]\s+(?:for|against)\b", t, re.I):
            continue  # (one cheap test a line: most minutes print no such lines)
        if i and texts[i - 1].rstrip().endswith(";") and VOTER_ENTRY.search(texts[i - 1].rsplit(":", 1)[-1]):
            # ('... one vote per committee: Committee A – for;' / 'Committee B – for; ...': the list began above)
            i, t = i - 1, f"{texts[i - 1].rstrip()} {t}"
        listed = t.rsplit(":", 1)[-1].strip()
        end = re.search(r"\.(?:\s|$)", listed)
        after = listed[end.end() :] if end else ""
        entries = [e.strip() for e in (listed[: end.start()] if end else listed).split(";")]
        found = [VOTER_ENTRY.fullmatch(e) for e in entries]
        if len(entries) < 3 or not all(found):
            continue
        if any(v.citation and v.citation.line == lines[i].number for v in votes):
            continue
        vote = Vote(motion=_motion(texts, i, 0), citation=lines[i].cite())
        for kind in ("for", "against", "abstain"):
            names = [m.group("who").strip() for m in found if m and _kind(m.group("how")) == kind]
            setattr(vote, "for_" if kind == "for" else kind, names)
            vote.counts[kind] = len(names) if names or kind != "abstain" else None
        told = RESULT_STATED.search(" ".join([after, *texts[i + 1 : i + 3]]))
        vote.result = _result_word(told.group(0)) if told else _majority(vote.counts)
        votes.append(vote)
    votes.sort(key=lambda v: v.citation.line if v.citation else 0)
    return votes


# A ballot between two candidates told on one line: 'Cllr D Hargreave 9 votes, Cllr S Pomeroy 6 votes',
# 'Deputy Helen Marsh 48, Alderman Thomas Wrenfield 31.' under 'The votes were:'
BALLOT_LINE = re.compile(
    r"^(?:.*\bvotes\s+were\s*:\s*)?(?P<a>[A-Z][^,\d:;]{2,60}?)\s+(?P<na>\d{1,4})(?P<va>\s+votes?)?\s*,\s*(?:and\s+)?"
    r"(?P<b>[A-Z][^,\d:;]{2,60}?)\s+(?P<nb>\d{1,4})(?P<vb>\s+votes?)?\s*\.?$"
)
CANDIDATE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5}")


def _ballot_of_two(lines: list[Line], texts: list[str], votes: list[Vote]) -> list[Vote]:
    """A contested election of two candidates, recorded (as a division of a motion against an amendment is)
    as one vote on electing the winner: the winner's votes for, the other's against."""
    for i, t in enumerate(texts):
        told = None
        if "received" in t or "Derbyniodd" in t:
            two = " ".join(texts[i : i + 2])
            told = RECEIVED_VOTES.search(two) or WELSH_RECEIVED_VOTES.search(two)
        if told and told.start() < len(t):
            # 'Mr Wickenden received 48 votes and Mrs Stonham received 21 votes.', perhaps over a line's end
            counted = any(v.citation and v.citation.line == lines[i].number for v in votes)
            if not counted and told.group("na") != told.group("nb"):  # (a tie is decided elsewhere: by lot, a vote)
                votes.append(_elected(told, lines[i]))
            continue
        if "," not in t or len(t) > 160 or not re.search(r"\d", t):
            continue  # (cheap tests first: most lines are no ballot)
        m = BALLOT_LINE.match(t.strip())
        if not m or re.match(r"(?:for|against|abstain)", m.group("a").strip(), re.I):
            continue  # 'For 62, Against 14': a tally, read elsewhere
        said = (m.group("va") and m.group("vb")) or re.search(r"\bvotes\s+were\s*:\s*$", texts[i - 1] if i else "")
        a, b = clean_name(m.group("a")), clean_name(m.group("b"))
        if not said or not (CANDIDATE.fullmatch(a) and CANDIDATE.fullmatch(b)) or m.group("na") == m.group("nb"):
            continue
        if any(v.citation and v.citation.line == lines[i].number for v in votes):
            continue
        votes.append(_elected(m, lines[i]))
    votes.sort(key=lambda v: v.citation.line if v.citation else 0)
    return votes


# a show of hands among options, one a line under the sentence that calls it: 'There was a vote by show of hands:'
# over '• Option A: mental health in schools – 14 votes', '• Option B: safer streets – 9 votes', ...
# ('Cllr T Okafor<TAB>8 votes' under 'Second ballot:': a candidate's, the count at a tab stop)
# (or a ballot's candidates, each with a bare count at a tab stop under 'The votes were:': 'Deputy A Hollis<TAB>34')
OPTION_TALLY = re.compile(
    r"^\W*(?P<what>[^\t]{3,100}?)\s*(?:(?:[–—:-]|\t)\s*(?P<n>\d{1,4})\s+votes?|\t\s*(?P<bare>\d{1,4}))\s*[.;]?$",
    re.I,
)
# an exhaustive ballot's round that decided nothing: 'No candidate having an absolute majority ..., Cllr Pennicott
# ... was eliminated'
ELIMINATED = re.compile(r"\bno\s+(?:candidate|option|nominee)\s+having\b|\bwas\s+eliminated\b", re.I)
CALLS_A_VOTE = re.compile(r"\b(?:vote|votes|voting|show\s+of\s+hands|ballot)\b[^.]*:\s*$", re.I)


def _ballot_of_options(lines: list[Line], texts: list[str], votes: list[Vote]) -> list[Vote]:
    """Each option's tally in a vote among three or more, as a vote on that option: the most votes carried, the
    rest lost. Two options are a contest, recorded as one vote on the winner (as `_ballot_of_two` does)."""
    taken = {v.citation.line for v in votes if v.citation}
    k = 0
    while k < len(texts):
        # ('... There was a vote by show of' / 'hands:': the sentence wrapped)
        if not (texts[k].rstrip().endswith(":") and CALLS_A_VOTE.search(f"{texts[k - 1] if k else ''} {texts[k]}")):
            k += 1
            continue
        run = []
        k += 1
        while k < len(texts) and (m := OPTION_TALLY.match(lines[k].text.strip())):
            run.append((m, lines[k]))
            k += 1
        counts = [int(m.group("n") or m.group("bare")) for m, _ in run]
        if len(run) < 2 or counts.count(max(counts)) > 1 or any(x.number in taken for _, x in run):
            continue  # (a tie is decided elsewhere: by lot, the chair's casting vote)
        if k < len(texts) and ELIMINATED.search(" ".join(texts[k : k + 2])):
            continue  # a first ballot that only put out the last candidate: the next ballot decides
        if len(run) == 2:
            won, lost = sorted(counts, reverse=True)
            m, line = run[counts.index(won)]
            votes.append(_winner(m.group("what").strip(), won, lost, line))
            continue
        for (m, line), n in zip(run, counts, strict=True):
            vote = Vote(
                motion=m.group("what").strip(), citation=line.cite(), result="carried" if n == max(counts) else "lost"
            )
            vote.counts = {"for": n, "against": None, "abstain": None}
            votes.append(vote)
    votes.sort(key=lambda v: v.citation.line if v.citation else 0)
    return votes


RECEIVED_VOTES = re.compile(
    r"(?P<a>(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+received\s+"
    r"(?P<na>\d{1,4})\s+votes?\s*,?\s+and\s+(?P<b>(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:received\s+)?(?P<nb>\d{1,4})\s+votes?"  # ('... and Mrs B 21 votes')
)
# The same in Welsh, the verb first: 'Derbyniodd y Cyng. A 7 pleidlais a'r Cyng. B 4 pleidlais' (A received 7 votes
# and B 4 votes)
_WELSH_TITLE = r"(?:[Yy]\s+)?(?:Cyng\.?|Cynghorydd|Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\s+"
_WELSH_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:ap|ab)\s+)?[A-Z][\w'’.-]*){0,3}"
WELSH_RECEIVED_VOTES = re.compile(
    rf"\bDerbyniodd\s+{_WELSH_TITLE}(?P<a>{_WELSH_NAME})\s+(?P<na>\d{{1,4}})\s+(?:o\s+)?[bp]leidlais\s*,?\s+"
    rf"(?:a[’']r|ac?|and)\s+{_WELSH_TITLE}(?P<b>{_WELSH_NAME})\s+(?P<nb>\d{{1,4}})\s+(?:o\s+)?[bp]leidlais"
)


def _elected(m: re.Match[str], line: Line) -> Vote:
    """One vote on electing the candidate with more votes: theirs for, the other's against."""
    a, b = clean_name(m.group("a")), clean_name(m.group("b"))
    won, lost = sorted((int(m.group("na")), int(m.group("nb"))), reverse=True)
    return _winner(f"Election of {a if int(m.group('na')) == won else b}", won, lost, line)


def _winner(motion: str, won: int, lost: int, line: Line) -> Vote:
    """A contest of two, as one vote on the winner: the winner's votes for, the other's against."""
    vote = Vote(motion=motion, citation=line.cite(), result="carried")
    vote.counts = {"for": won, "against": lost, "abstain": None}
    return vote


def _counted_then_named(votes: list[Vote]) -> list[Vote]:
    """A vote box of counts ('For | Against | Abstain' over '6 | 4 | 0') with the names listed right under it
    ('For: Councillors A, B ...'): one vote, the counts checked against the names."""
    out: list[Vote] = []
    for v in votes:
        box = out[-1] if out else None
        if (
            box is not None
            and box.citation
            and v.citation
            and 0 < v.citation.line - box.citation.line <= 3
            and not (box.for_ or box.against or box.abstain)
            and box.counts.get("for") is not None
            and (v.for_ or v.against)
            and all(v.counts.get(k) in (None, box.counts.get(k)) for k in ("for", "against", "abstain"))
        ):
            box.for_, box.against, box.abstain = v.for_, v.against, v.abstain
            box.result = box.result or v.result
            for kind, names in (("for", v.for_), ("against", v.against), ("abstain", v.abstain)):
                _check_count(box, kind, names)
            continue
        out.append(v)
    return out


def _told_then_counted(votes: list[Vote], lines: list[Line]) -> list[Vote]:
    """'On being put to the vote the motion was carried:' over 'For: 4, Against: 3': one vote, its result from the
    sentence and its counts from the line under it (not 'Vote: Unanimous' over the next row's 'For 6, Against 4')."""
    out: list[Vote] = []
    unanimous = {x.number for x in lines if "nanim" in x.text and ALL_IN_FAVOUR.search(x.text)}
    for v in votes:
        told = out[-1] if out else None
        if (
            told is not None
            and told.citation
            and v.citation
            and v.citation.line - told.citation.line == 1
            and told.result
            and not any(told.counts.get(k) is not None for k in ("for", "against", "abstain"))
            and not (told.for_ or told.against)
            and any(v.counts.get(k) is not None for k in ("for", "against"))
            and not (told.citation.line in unanimous and (v.counts.get("against") or v.counts.get("abstain")))
        ):
            v.result, v.motion = told.result, told.motion or v.motion
            v.citation = told.citation
            out[-1] = v
            continue
        out.append(v)
    return out


# ('The Forum AGREED that ...': the body named before its verb in capitals)
DECISION_AFTER = re.compile(
    # ('(9) RESOLVED that ...': a paragraph's own number before it)
    r"^\W*(?:\d{1,3}[.)]\s+)?(?:(?:it\s+was\s+|[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,4})?(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\b"
    r"|(?:[Rr]esolved|[Aa]greed)\s*[:–-]?\s*(?:that|to)\b"  # ('Resolved: that the fares be approved.')
    r"|[Tt]he\s+(?:committee|sub-committee|council|cabinet|board|panel)\s+(?:resolved|agreed)\b)"
)
DECISION_LABEL = re.compile(r"\W*(?:decisions?|resolved|resolutions?)\s*[:–—-]?\s*", re.I)
DECISION_TOLD = re.compile(r"\W*decision\s*:\s*\S", re.I)  # the label and the decision it prints
# What a decision above a tally opens with: 'RESOLVED', 'the Board RECOMMENDED to the Cabinet Member that:', or in
# the words of 'The committee resolved that:'
DECISION_ABOVE = re.compile(
    r"\b(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\b|\b(?:[Rr]esolved|[Aa]greed)\s*[:–-]?\s*(?:that|to)\b"
    r"|^\W*[Dd]ecision\s*:\s*\S"  # ('Decision: APPROVED subject to ...', a table's decision cell)
    r"|^\W*[Rr]esolution\s+(?:[Nn]o\.?\s*)?\d[\d/.-]*\s*[:–—-]"  # ('Resolution 2025/187: That ...')
)


OWN_LIST = re.compile(
    r"\W*(?:(?:for|against|abstentions?|abstain(?:ed)?)\s*:|(?:councillors?|cllrs?\.?)\s+[A-Z])", re.I
)


def _decision_follows(lines: list[Line], number: int) -> bool:
    """The line after the vote's (the next filled one) records a decision: what was put was carried or lost
    as the counts say, though no result word is printed."""
    at = _index_of(lines, number)
    if at is None:
        return False
    # (the two lines after it: a sentence that began on a heading's line goes on to the next; a 'Decision' box's
    # label stands over 'The committee agreed to:')
    # (and the vote's own lists: 'For: Councillor A,' / 'Councillor B' / 'Against: none' / 'Abstentions: none')
    filled = [
        t
        for x in lines[at + 1 : at + 7]
        if (t := _text(x)).strip() and not re.fullmatch(r"\W*decisions?\W*", t, re.I) and not OWN_LIST.match(t)
    ]
    # ('(Mrs K Sands ... took no' / 'part in the vote.)' between the tally and 'RESOLVED:': a note in brackets)
    if filled and filled[0].lstrip().startswith("(") and not DECISION_AFTER.match(filled[0]):
        closes = next((k for k, t in enumerate(filled[:4]) if t.rstrip().endswith(")")), None)
        filled = filled[closes + 1 :] if closes is not None else filled
    return any(DECISION_AFTER.match(t) for t in filled[:2])


# A tally on a line of its own: 'For 8, Against 2', or in its bracket '(6 in favour, 1 abstention)', or after its
# label 'Voting: For – 8 Against – 3'
TALLY_LINE = re.compile(
    r"(?:vot(?:e|es|ing)\s*:\s*)?(?:" + TALLY.pattern + r")|\(\s*\d{1,3}\s+(?:votes?\s+)?(?:for|in\s+favour)\b", re.I
)


RECORDED_AS_FOLLOWS = re.compile(r"^\W*a\s+recorded\s+vote\s+was\s+taken\b.*\bas(?:\s+follows\s*:?)?\s*$", re.I)


def _decision_above(lines: list[Line], number: int) -> bool:
    """The tally is printed under the decision it carried ('RESOLVED: That permission be GRANTED ...' / 'For 8,
    Against 2, Abstain 1'), in the same paragraph or table cell: the counts say how it went."""
    # ('Record of the vote: For: 6, Against: 3, Abstain: 1': a label before the tally)
    at = next(
        (
            k
            for k, x in enumerate(lines)
            if x.number == number
            # (or after who proposed and seconded it: 'Proposed: Cllr A<TAB>Seconded: Cllr B<TAB>Vote: For 11, ...')
            and (
                TALLY_LINE.match(RECORD_LABEL.sub("", _text(x)))
                or VOTE_AFTER_SECONDER.search(_text(x))
                # ('A recorded vote was taken in accordance with Council Procedure Rule 42(5) as' / 'follows:' under
                # the decision: Kirklees's, its sides named below)
                or RECORDED_AS_FOLLOWS.search(_text(x))
            )
        ),
        None,
    )
    if at is None:
        return False
    # (the decision's points between: '... grounds:' / 4 points; a 'Record of the vote:' label; a planning
    # decision's conditions and obligations, lettered under numbered parts)
    for x in reversed(lines[max(0, at - 40) : at]):
        t = _text(x)
        if not t.strip() or TALLY.match(t):
            return False
        if DECISION_ABOVE.search(t):
            return True
    return False


VOTE_AFTER_SECONDER = re.compile(r"\bseconded\b.*\bvote\s*:\s*(?:for|against)\b", re.I)
PAGE_STAMP = re.compile(r"(?:page\s+)?\d{1,4}", re.I)
RUNNING_HEADER = re.compile(r"\s[–—-]\s.*\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*$")  # 'City Council – 23 September 2025'


def _told_again(vote: Vote, earlier: Vote) -> bool:
    """The same counts, a few lines after a vote already read (after its lists of names, a name a line at most:
    'There being 38 votes for the motion and none against, ...' under a table of 39 names)."""
    named = len(earlier.for_) + len(earlier.against) + len(earlier.abstain)
    if not (vote.citation and earlier.citation) or not 0 < vote.citation.line - earlier.citation.line <= 12 + named:
        return False
    kinds = ("for", "against", "abstain")
    told = [k for k in kinds if vote.counts.get(k) is not None]
    # (all three where none is named; where names were read, the counts the sentence gives)
    return bool(told) and all(vote.counts.get(k) == earlier.counts.get(k) for k in (told if named else kinds))


def _just_below(vote: Vote, earlier: Vote) -> bool:
    return bool(vote.citation and earlier.citation and 0 < vote.citation.line - earlier.citation.line <= 8)


CASTING_VOTE = re.compile(r"\bcasting\s+vote\s+(against|for|in\s+favour)\b", re.I)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
SUBSTANTIVE = re.compile(r"\W*the\s+substantive\b", re.I)


def _lines_over(said: dict[int, str], line: int) -> str:
    """The two lines over a tally ('... the amendment was LOST.' / 'The result of the vote was:')."""
    return f"{said.get(line - 2, '')} {said.get(line - 1, '')}"


def _counted_below(vote: Vote, recorded: Vote, said: str, above: str = "") -> bool:
    """'The amendment was put to the vote and was LOST.' over 'Record of the vote:' and its tallies, or 'The
    substantive recommendations were then put to the vote and were CARRIED.' over the decision and its record:
    the sentence (`said`) tells the vote the tallies count, not another. `above`: the lines right over the tallies."""
    if not (vote.citation and recorded.citation):
        return False
    # (or counted in the sentence as the tallies below count: '... not carried, 14 members voting for the amendment
    # and 32 against. The vote was recorded as follows:' over the names, a long motion quoted above it)
    told = [k for k in vote.counts if vote.counts.get(k) is not None]
    listed = {"for": recorded.for_, "against": recorded.against, "abstain": recorded.abstain}
    tallied = {k: recorded.counts.get(k) if recorded.counts.get(k) is not None else len(listed[k]) for k in listed}
    if told and any(vote.counts[k] != tallied[k] for k in told):
        return False
    gap = recorded.citation.line - vote.citation.line
    if ALL_IN_FAVOUR.search(said) and (recorded.counts.get("against") or recorded.counts.get("abstain")):
        return False  # 'Vote: Unanimous' is no tally with members against below it: the next row's vote
    # (a tally with no result word printed went as its counts say)
    if gap <= 0 or vote.result != (recorded.result or _majority(recorded.counts) or (told and _majority(tallied))):
        return False
    # (a tally right under the end of a long sentence that gave the result and counted no votes: '... “4. Bring
    # forward proposals ...” ... On being put to the vote, the amendment was LOST' over 'For | Against | Abstain')
    ended = not told and bool(PUT_TO_VOTE.search(above) and VOTE_RESULT.search(above))
    return gap <= 2 or (gap <= 16 and (SUBSTANTIVE.match(said) is not None or len(told) >= 2 or ended))


def _division_side(division: re.Match[str], texts: list[str]) -> str:
    """Which way a 'voted ... the motion/amendment:' list voted. Against is against; for the motion is
    for; for the amendment is against the motion where the lists set the motion against the amendment
    (Scottish divisions), and for where the vote is on the amendment ('voted for' / 'voted against the
    amendment')."""
    if division.group("dir").lower() == "against":
        return "against"
    if division.group("side").lower() == "motion":
        return "for"
    return "against" if any(re.search(r"voted\s+for\s+the\s+motion", t, re.I) for t in texts) else "for"


VOTED_COUNT = re.compile(r"\bvoted\s+\d{1,3}\s+(?:for|in\s+favour)\b", re.I)


def _vote_clauses(sentence: str) -> list[str]:
    """A sentence telling two votes in clauses parted by a semicolon, each its own: 'Primary maintained members
    voted 5 for, 1 against; secondary maintained members voted 3 for, 0 against.'"""
    if "voted" not in sentence or len(VOTED_COUNT.findall(sentence)) < 2 or "; " not in sentence:
        return [sentence]
    return [c for c in re.split(r"(?<=;)\s+", sentence) if c]


REPEATED_HEADING = "\x00"  # the mark for a table's heading row printed again, in `_inline_votes`' rows


# A division told in one sentence by name, no count printed: 'Councillors Brennan, Croft and Devlin voted in favour
# of referring the decision back, Councillors Fairclough and Gillam voted against, and Councillor Ashworth
# abstained.'
SIDE_NAMED = (
    r"(?:^|[,;:]\s+(?:and\s+|while\s+|whilst\s+)?|\bthe\s+vote,?\s+)"
    r"(?P<{0}>(?:Councillors?|Cllrs?\.?)\s+[A-Z](?:(?!\bvoted\b)[^.;:]){{0,300}}?)"
    r"\s+(?:voted|were)\s+{1}"
)
NAMED_FOR = re.compile(SIDE_NAMED.format("who", r"(?:in\s+favour|for)\b"))
NAMED_AGAINST = re.compile(SIDE_NAMED.format("who", r"against\b"))
NAMED_ABSTAINED = re.compile(
    r"(?:^|[,;:]\s+(?:and\s+)?)(?P<who>(?:Councillors?|Cllrs?\.?)\s+[A-Z](?:(?!\bvoted\b)[^.;:]){0,200}?)\s+abstained\b"
)


def _sides_named_in_a_sentence(lines: list[Line], texts: list[str], votes: list[Vote]) -> list[Vote]:
    """Votes told by naming who voted each way in one sentence, where no vote is read there already; the
    counts are the names, the result the sentence's or the next one's ('The motion was therefore CARRIED.')."""
    if not any("voted" in t for t in texts):  # (a cheap look first: most minutes tell no division by name)
        return []
    taken = {v.citation.line for v in votes if v.citation}
    out: list[Vote] = []
    sentences = _sentences(texts)
    for n, (i, sentence) in enumerate(sentences):
        if "voted" not in sentence or "against" not in sentence or lines[i].number in taken:
            continue
        for_ = NAMED_FOR.search(sentence)
        against = NAMED_AGAINST.search(sentence)
        if not for_ or not against:
            continue
        vote = Vote(motion=None, citation=lines[i].cite())
        vote.for_, vote.against = _names([for_.group("who")]), _names([against.group("who")])
        abstained = NAMED_ABSTAINED.search(sentence)
        vote.abstain = _names([abstained.group("who")]) if abstained else []
        if not vote.for_ or not vote.against:
            continue
        vote.counts = {"for": len(vote.for_), "against": len(vote.against), "abstain": len(vote.abstain) or None}
        after = sentences[n + 1][1] if n + 1 < len(sentences) else ""
        told = RESULT_STATED.search(sentence) or RESULT_STATED.search(after)
        vote.result = _result_word(told.group(0)) if told else _majority(vote.counts)
        out.append(vote)
    return out


def _sentences(texts: list[str]) -> list[tuple[int, str]]:
    """(line index where it starts, sentence) over paragraphs of consecutive lines; table rows
    (TAB-separated) stand alone."""
    out: list[tuple[int, str]] = []
    para: list[int] = []

    def flush() -> None:
        if not para:
            return
        joined, starts = "", []
        for k in para:
            starts.append((len(joined) + (1 if joined else 0), k))
            joined = f"{joined} {texts[k]}" if joined else texts[k]
        pos = 0
        offsets = [off for off, _ in starts]
        for piece in (c for p in SENTENCE_BREAK.split(joined) for c in _vote_clauses(p)):
            at = joined.index(piece, pos)
            line = starts[bisect.bisect_right(offsets, at) - 1][1]  # the line the sentence starts on
            out.append((line, piece))
            pos = at + len(piece)
        para.clear()

    for k, t in enumerate(texts):
        if t == REPEATED_HEADING:
            continue  # a table's heading printed again over the rest of a row: the paragraph goes on under it
        if not t or "\t" in t or t.startswith("|"):  # a table row (TABs, or Markdown's '| a | b |')
            flush()
            continue
        para.append(k)
    flush()
    return out


def _as_count(n: str | None) -> int | None:
    """A count as printed, 'no' (abstentions) or 'none' / 'nil' (against) being none at all."""
    return None if n is None else 0 if n.lower() in ("no", "none", "nil") else int(n)


def _count(m: re.Match[str] | None) -> str | None:
    """The count an INLINE_COUNTS pattern found, in whichever of its forms ('2 for' or 'for the veto 2')."""
    return next((g for g in m.groups() if g is not None), None) if m else None


NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "no one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
# 'four Members voting in favour and two against, with one abstention': a count in words before a way of voting
COUNT_WORD = re.compile(
    r"\b(" + "|".join(w for w in NUMBER_WORDS if w != "no") + r")\b(?=\s+(?:(?:members?|councillors?)\s+)?"
    r"(?:voting\s+|voted\s+)?(?:in\s+favour|for\b|against|abstentions?|abstained|votes?\b|no\s+votes?\b))",
    re.I,
)


def _figures_for_words(sentence: str) -> str:
    """A vote's counts written in words, as figures ('four ... in favour' -> '4 ... in favour')."""
    if not COUNT_WORD.search(sentence):
        return sentence
    return COUNT_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1).lower()]), sentence)


TALLY_CELL = 200  # characters: a cell this long holds sentences, not a tally's figure
# '... was then put to the vote and, on a show of hands, was AGREED.': carried, in the words of a decision
AGREED_ON_VOTE = re.compile(
    r"\bput\s+to\s+(?:the\s+|a\s+)?vote\b[^.]{0,60}?\b(?:was|were)\s+(?:then\s+)?(?:unanimously\s+)?"
    r"(?:agreed|approved|adopted|passed)\b"
    # ('... which was agreed (unanimous) as follows:', '... agreed (recorded vote: see Appendix 1) as follows:')
    r"|\b(?:was|were)\s+(?:agreed|carried|approved)\s+\((?:unanimous(?:ly)?|recorded\s+vote\b[^()]*)\)",
    re.I,
)
PROPOSED_ROW = re.compile(r"^\W*(?:proposed|moved)(?:\s+by)?\s*:?\s*[^\t]{2,60}\t\s*seconded\b", re.I)
# 'Decision carried: For 6, Against 1': the result told just before its tally, a vote of its own
RESULT_BEFORE_TALLY = re.compile(r"\b(carried|lost|rejected)\s*:\s*(?=(?:for|against)\b)", re.I)


def _carried_unopposed(counts: dict[str, int | None], before: str) -> bool:
    """'RESOLVED to approve the payments. Proposed Cllr A, Seconded Cllr B, 11 in favour, 1 abstention.': a
    count that names the abstentions and no one against, told after the decision it counts, carried it."""
    return bool(counts.get("for") and counts.get("abstain") is not None and counts.get("against") is None) and bool(
        DECISION_ABOVE.search(before)
    )


def _inline_votes(lines: list[Line], texts: list[str], taken: list[int]) -> list[Vote]:
    """Votes told in a sentence: 'On being put to the vote the motion was LOST (4 for, 7 against, 0
    abstentions).', '... seconded Cllr Nwosu; 4 in favour, 1 against.', '... all in favour.'"""
    out: list[Vote] = []
    skip = set(taken)
    # table rows (TAB-separated in `lines`; `texts` has them as spaces) and recorded-vote tables end a paragraph
    rows = [
        "\t" if ("\t" in ln.text and not LABEL_TAB.match(ln.text)) or ln.number in skip else t
        for ln, t in zip(lines, texts, strict=True)
    ]
    # minutes printed as one table whose row breaks over a page: the heading row printed again ('Min. No. | Item |
    # Action') is passed over, and the rest of the row's cell under it ('<TAB>against, 0 abstentions. ...') goes on
    # with the paragraph it broke from
    for k in range(len(lines) - 1):
        head, nxt = lines[k].text, lines[k + 1].text
        if (
            "\t" in head
            and len(head) < 80
            and not re.search(r"\d", head)
            and nxt.startswith("\t")
            and nxt.count("\t") == 1
            and len(nxt) >= 60
            and lines[k + 1].number not in skip
        ):
            rows[k], rows[k + 1] = REPEATED_HEADING, texts[k + 1]
    for k in range(1, len(lines)):  # (the heading taken off already: the cell's rest right under the line it breaks)
        cell, above = lines[k].text, lines[k - 1].text.rstrip()
        if (
            cell.startswith("\t")
            and cell.count("\t") == 1
            and len(cell) >= 60
            and "\t" not in above
            and above
            and not above.endswith((".", ":", ";"))
            and lines[k].number not in skip
        ):
            rows[k] = texts[k]
    # 'Proposed: Cllr A<TAB>Seconded: Cllr B<TAB>All in favour': a sentence set out in cells
    for k, ln in enumerate(lines):
        if rows[k] == "\t" and ln.number not in skip and PROPOSED_ROW.match(ln.text):
            rows[k] = ", ".join(c.strip() for c in ln.text.split("\t") if c.strip()).rstrip(".") + "."
    for k, ln in enumerate(lines):  # a decisions table's cell of prose tells its vote in a sentence of its own
        if rows[k] == "\t" and ln.number not in skip and len(ln.text) >= TALLY_CELL:
            cell = max(ln.text.split("\t"), key=len)
            rows[k] = cell.strip() if len(cell) >= TALLY_CELL and TALLY.search(cell) else rows[k]
    sentences = _sentences(rows)
    for n, (i, sentence) in enumerate(sentences):
        if not MAY_BE_A_VOTE.search(sentence):
            continue
        # counts in words only where no count is printed in figures ('five members voted in favour and two
        # against, and it was RESOLVED to RECOMMEND to Full Council on 27 January 2026:' has a date's)
        if not any(ch.isdigit() for ch in sentence):
            sentence = _figures_for_words(sentence)
        elif ("favour" in sentence or "against" in sentence) and not any(
            p.search(sentence) for p in INLINE_COUNTS.values()
        ):
            sentence = _figures_for_words(sentence)  # (a cheap look first: most sentences with figures are no votes)
        # the next sentence, where it follows straight on (on this line or the next, no recorded vote between)
        after = sentences[n + 1][1] if n + 1 < len(sentences) and sentences[n + 1][0] - i <= 1 else ""
        if (
            PUT_TO_VOTE.search(sentence)
            and not VOTE_RESULT.search(sentence)
            and not sentence.rstrip().endswith(":")
            and RESULT_NEXT.match(after)
        ):
            sentence = f"{sentence} {after}"  # '... put to the vote on a show of hands. The motion was carried.'
        t = texts[i]
        if lines[i].number in taken or TALLY.match(t) or DIVISION_HEAD.search(t) or DIVISION_SUMMARY.search(t):
            continue
        tally = TALLY.search(sentence)
        # a sentence opening with its tally in the middle of a line ('... to the vote. For 7, Against 3,
        # Abstentions 1 — the recommendation was carried.'): no recorded vote above has read it
        opens_mid_line = tally is not None and tally.start() == 0 and not sentence.startswith(t[:20])
        # a tally the sentence leads with, or after a colon, is a recorded vote read from its tallies above;
        # one inside the sentence is not ('... seconded Cllr B (For 5, Against 1).', 'there voted For 9, Against 2')
        led = tally is not None and (tally.start() == 0 or sentence[: tally.start()].rstrip().endswith(":"))
        # (not 'Decision carried: For 6, Against 1': a result told over its own tally)
        # ('the voting was as follows:' over a recorded vote, read from its lists; not '... which was agreed
        # (unanimous) as follows:' over the motion's words)
        follows = re.search(r"\bas\s+follows\b", sentence, re.I) and not AGREED_ON_VOTE.search(sentence)
        if (led and not opens_mid_line and not RESULT_BEFORE_TALLY.search(sentence)) or follows:
            continue

        counted = (
            DIVISION_COUNTED.search(sentence)
            or DIVISION_COUNTED_AMENDMENT_FIRST.search(sentence)
            or DIVISION_MEMBERS.search(sentence)
            or DIVISION_AMENDMENT_FIRST.search(sentence)
        )
        if counted:  # a Scottish division: for the motion is for, for the amendment against the motion
            vote = Vote(motion=None, citation=lines[i].cite())
            vote.for_, vote.against = _names([counted.group("mn") or ""]), _names([counted.group("an") or ""])
            vote.counts = {"for": int(counted.group("m")), "against": int(counted.group("a")), "abstain": None}
            told = RESULT_STATED.search(f"{sentence} {after}") or VOTE_RESULT.search(after)
            vote.result = _result_word(told.group(0)) if told else _majority(vote.counts)
            out.append(vote)
            continue
        counts = {k: _count(p.search(sentence)) for k, p in INLINE_COUNTS.items()}
        by_votes = BY_VOTES.search(sentence) if counts["for"] is None and counts["against"] is None else None
        if by_votes:
            yes = by_votes.group(1) or by_votes.group(2)
            counts = {"for": yes, "against": by_votes.group(3), "abstain": by_votes.group(4)}
        scored = SCORE_AFTER_RESULT.search(sentence) if counts["for"] is None and counts["against"] is None else None
        if scored:
            counts = {"for": scored.group(2), "against": scored.group(3), "abstain": scored.group(4)}
        decided = DECISION_SCORE.search(sentence) if counts["for"] is None and counts["against"] is None else None
        if decided:  # 'Resolved (9:6) – That ...': the decision carries its score
            counts = {"for": decided.group(1), "against": decided.group(2), "abstain": decided.group(3)}
        # counts only where the sentence is about a vote ('24 in favour of option A' in a consultation is not)
        counted = counts["for"] is not None or counts["against"] is not None
        bracketed = re.search(  # '(3 for and 2 against)', '(For 5, Against 2)'
            # ('(and in noting there were 6 For, 1 Against and 1 Abstention) this was agreed by the majority present')
            r"\((?:[^()\d]{0,40}?\s)?\s*(?:\d{1,3}\s+(?:votes?\s+)?(?:for|in\s+favour)\b|(?:for|in\s+favour)\s*:?\s*\d{1,3}\b)"
            r"[^()]*\b(?:against|abstentions?|abstained)\b[^()]*\)",  # '(6 in favour, 1 abstention)'
            sentence,
            re.I,
        )
        has_counts = counted and bool(VOTE_CONTEXT.search(sentence) or bracketed or decided)  # '(3 for and 2 against)'
        # (not a word of the motion quoted in it: '... the hours lost to ambulance handover delays ...”')
        result = VOTE_RESULT.search(QUOTED.sub(" ", sentence) if "“" in sentence or '"' in sentence else sentence)
        voted = PUT_TO_VOTE.search(sentence) and result
        unanimous = ALL_IN_FAVOUR.search(sentence)
        agreed = AGREED_ON_VOTE.search(sentence)
        asked = None
        if "recorded" in sentence:
            asked = ASKED_RECORDED.search(sentence) or REQUIRED_RECORDED.search(sentence)
        if not (has_counts or voted or unanimous or agreed or asked):
            continue
        vote = Vote(motion=None, citation=lines[i].cite())
        for k, c in counts.items():
            vote.counts[k] = _as_count(c)
        if result:
            vote.result = "lost" if re.match(r"lost|fell|defeated|not", result.group(1), re.I) else "carried"
        elif unanimous or agreed:
            vote.result = "carried"
        elif majority := _majority(vote.counts):  # the majority decides
            vote.result = majority
        elif casting := CASTING_VOTE.search(sentence):  # a tie, and which way the chair's casting vote went
            vote.result = "lost" if casting.group(1).lower() == "against" else "carried"
        elif _carried_unopposed(vote.counts, sentences[n - 1][1] if n else ""):
            vote.result = "carried"
        if asked:  # 'Councillor X asked that his vote against the decision be recorded': who voted so, by name
            # (each note in turn, where two run together unstopped: '(... Councillor A required it to be recorded
            # that he abstained ...)' / '(... Councillors B and C required it to be recorded that they ... voted
            # against ...)')
            notes = [*ASKED_RECORDED.finditer(sentence), *REQUIRED_RECORDED.finditer(sentence)]
            for note in sorted(notes, key=lambda m: m.start()):
                names = _names([note.group("who")])
                way = note.group("way") or "abstain"
                side = "against" if way.lower() == "against" else "abstain" if way == "abstain" else "for"
                if vote.counts[side] in (None, len(names)):  # (one of several against is no list of them)
                    setattr(vote, "for_" if side == "for" else side, names)
            vote.result = vote.result or "carried"  # dissent recorded from a decision the meeting made
        proposal = PROPOSED.search(sentence) or re.search(r"\b(?:proposed|moved)\b", sentence, re.I)
        vote.motion = sentence if proposal else _motion(texts, i + 1, 0)
        out.append(vote)
    return out


# 'Councillor X asked that his vote against the decision be recorded', '..., Councillor Y asking that her vote
# against be recorded', 'Councillors A and B requested that their abstentions be recorded'
ASKED_RECORDED = re.compile(
    r"(?P<who>\b(?:Councillors?|Cllrs?\.?)\s+[A-Z][^()]{0,120}?)\s+(?:asked|asking|requested|requesting)\s+that\s+"
    r"(?:his|her|their)\s+(?:votes?\s+(?P<way>against|for|in\s+favour)|(?P<way2>abstentions?))\b"
    r"[^.]{0,60}?\bbe\s+recorded",
)
# 'Councillor X required it to be recorded that he abstained from voting on / voted against the decisions ...'
REQUIRED_RECORDED = re.compile(
    r"(?P<who>\b(?:Councillors?|Cllrs?\.?)\s+[A-Z][^()]{0,120}?)\s+(?:required|asked|requested)\s+(?:that\s+)?"
    # ('Councillors R Bentley and B Iqbal required it to be recorded that they respectively voted against ...')
    r"(?:it\s+)?(?:to\s+)?be\s+recorded\s+that\s+(?:he|she|they)\s+(?:(?:each|both|respectively|all)\s+)?"
    r"(?:voted\s+(?P<way>against|for|in\s+favour)|abstained)\b"
)


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")] if "|" in text else []


def _row_cells(text: str) -> list[str]:
    """A table row's cells: TAB-separated (a PDF's ruled table, a leading TAB for an empty first
    cell) or Markdown's '| a | b |'; a line of neither is one cell."""
    text = text.replace("\f", "").rstrip()
    if "\t" in text:
        return [c.strip() for c in text.split("\t")]
    return _cells(text) or [text.strip()]


# A column's heading: 'For', 'Against:', 'Abstentions', 'For the Motion (7):', 'For the Amendment (4)'
TALLY_HEAD = re.compile(
    rf"(?:votes?\s+|voting\s+)?(?P<word>{TALLY_PATTERN})"
    r"(?:\s+(?:the\s+)?(?P<what>(?:substantive\s+|original\s+|amended\s+)?(?:motion|amendment)))?"
    r"\s*(?:\(\s*(?P<n>\d{1,3})\s*\))?\s*:?",
    re.I,
)
CONTINUED = re.compile(r"\s*\(cont(?:inued|'?d)?\.?\)$", re.I)
# 'Total: 6', '(6)', 'TOTAL AGAINST: 27'
TOTAL_CELL = re.compile(
    r"(?:total(?:\s+(?:for|against|in\s+favour|abstain(?:ed|ing|ions?)?))?\s*:?\s*)?\(?\s*(\d{1,3})\s*\)?", re.I
)
NAME_CELL = re.compile(  # 'Cllr Oyelaran (Mayor)', 'Mrs I Munro', 'A Smith-Jones'
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Councillor|Cllr)\.?\s+)?"
    # ('Llŷr ap Iorwerth', 'Pieter van Dijk': a surname's particle in lower case)
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:ap|ab|ferch|van|von|de|du|da|di|le|la|bin|ibn)\s+)?[A-Z][\w'’.-]*){0,4}"
    r"(?:,\s*(?:[A-Z]\.?\s?){1,3})?"  # ('Harding, P (LD)': a surname first, its initials after it)
    r"(?:\s*\([^()]{1,40}\))?"
)


# 'Mrs K Barlow G Booth A Crompton': a cell whose names Word set one to a paragraph, run together by the text layer
NAME_IN_RUN = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Cllr|Councillor)\.?\s+)?(?:[A-Z]\.?\s*){1,3}\s[A-Z][a-z'’][\w'’-]*"
    r"(?:\s*\([^()]{1,40}\))?"
)


def _initials_first(cell: str) -> str:
    """'Harding, P (LD)' -> 'P Harding (LD)': one name, its surname printed first."""
    m = SURNAME_FIRST.match(cell)
    if not m:
        return cell
    surname, initials = m.group().split(",", 1)
    return f"{initials.strip()} {surname.strip()}{cell[m.end() :].rstrip()}".replace("  ", " ")


def _names_run(cell: str) -> list[str]:
    """The names of a cell that is a run of initialled names and nothing else; else the cell as it is."""
    if cell.count(" ") < 3:
        return [cell]
    found = [m.group(0).strip() for m in NAME_IN_RUN.finditer(cell)]
    if len(found) < 2 or "".join(found).replace(" ", "") != cell.replace(" ", ""):
        return [cell]
    return found


def _tally_columns(lines: list[Line]) -> tuple[list[Vote], list[int]]:
    """Recorded votes printed as columns: a heading row of the ways of voting ('For | Against |
    Abstain') over the names in each column, row by row, and maybe a row of totals ('Total: 6').
    A column's names are its cells down the rows (a row with one cell is the first column's); the
    result is the short sentence after the table, else the majority. Also the line numbers the
    tables cover, so the sentences around them are not read as votes of their own."""
    out: list[Vote] = []
    covered: list[int] = []
    i = 0
    while i < len(lines):
        head = _row_cells(lines[i].text)
        if len(head) < 2 or not all(TALLY_HEAD.fullmatch(c) for c in head):
            i += 1
            continue
        heads = [TALLY_HEAD.fullmatch(c) for c in head]
        kinds = [_kind(h.group("word")) for h in heads]  # type: ignore[union-attr]
        whats = [(h.group("what") or "").lower() for h in heads]  # type: ignore[union-attr]
        if any(w.endswith("motion") for w in whats):  # a division: those for the amendment vote against the motion
            kinds = [
                "against" if k == "for" and w.endswith("amendment") else k for k, w in zip(kinds, whats, strict=True)
            ]
        if len(set(kinds)) != len(kinds):
            i += 1
            continue
        cells: dict[str, list[str]] = {k: [] for k in kinds}
        printed = {
            k: int(h.group("n"))
            for k, h in zip(kinds, heads, strict=True)
            if h.group("n")  # type: ignore[union-attr]
        }
        j = i + 1
        while j < len(lines):
            if not lines[j].text.strip():
                # a page's end, the heading printed again over the rest of the table on the next page
                over = next((n for n in range(j + 1, min(j + 4, len(lines))) if lines[n].text.strip()), None)
                if over is None or _row_cells(lines[over].text) != head:
                    break
                j = over
            row = _row_cells(lines[j].text)
            if row == head or all(TALLY_HEAD.fullmatch(CONTINUED.sub("", c)) for c in row):
                # the heading printed again over the rest of the table on the next page ('FOR (continued)')
                j += 1
                continue
            columns = kinds
            # (not a row whose leading TAB says which column it is in: '<TAB>Councillor Lindqvist')
            if (
                len(row) < len(kinds)
                and row[0]
                and printed
                and len(cells[kinds[0]]) >= printed.get(kinds[0], len(lines))
            ):
                # a borderless table's longer column running on below the others, its rows with no TAB to say
                # where they stand: the columns whose printed counts are not yet met
                columns = [k for k in kinds if len(cells[k]) < printed.get(k, len(lines))] or kinds
            filled = [(k, c) for k, c in zip(columns, row, strict=False) if c]
            if len(row) > len(kinds) or not filled:
                break
            if all(TOTAL_CELL.fullmatch(c) for _, c in filled):
                printed = {k: int(TOTAL_CELL.fullmatch(c).group(1)) for k, c in filled}  # type: ignore[union-attr]
                j += 1
                break
            filled = [(k, name) for k, c in filled for name in _names_run(c)]
            if not all(NAME_CELL.fullmatch(c) and not RESULT.search(c) for _, c in filled):
                break
            if "\t" not in lines[j].text and len(filled[0][1].split()) < 2:
                break  # a line of its own under the table ('Decision'), not a one-word name in the first column
            for k, c in filled:
                cells[k].append(_initials_first(c))
            j += 1
        if j == i + 1 or not any(cells.values()):
            i += 1
            continue
        vote = Vote(motion=_motion([_text(x) for x in lines], i, 0), citation=lines[i].cite())
        for k in kinds:
            names = _names(cells[k], cells=True) if cells[k] else []
            setattr(vote, "for_" if k == "for" else k, names)
            vote.counts[k] = printed.get(k, len(names))  # no total printed: the names are the count
            _check_count(vote, k, names)
        after = next((x for x in lines[j : j + 3] if x.text.strip()), None)
        before = " ".join(_text(x) for x in lines[max(0, i - 4) : i])
        if after is not None and _is_result(_text(after)):
            vote.result = _result_word(_text(after))
            covered.append(after.number)
        elif before.endswith(":") and RESULT.search(re.split(r"(?<=[.!?])\s+", before)[-1]):
            # '... and the Motion was therefore CARRIED, votes having been cast as follows:'
            vote.result = _result_word(re.split(r"(?<=[.!?])\s+", before)[-1])
        elif majority := _majority(printed):
            vote.result = majority
        covered.extend(x.number for x in lines[i:j])
        out.append(vote)
        i = j
    return out, covered


# A mark in a vote grid's cell: the member voted that way.
MARK_CELL = re.compile(r"[xX✓✔√•●]|yes|y", re.I)
NAME_HEAD = re.compile(r"(?:name|member|councillor|cllr)s?(?:\s+name)?", re.I)


# A column of a grid of several votes: 'Amendment 1', 'Substantive motion', 'Recommendation 2'
MOTION_HEAD = re.compile(
    r"(?:(?:substantive|original|amended)\s+)?(?:motion|amendment|recommendation|proposal)s?(?:\s+\w{1,3})?", re.I
)
MOTION_WORD = re.compile(r"motion|amendment|recommendation|proposal", re.I)
WAY_CELL = re.compile(r"(?P<word>for|against|abstain(?:ed)?|abstention)|[–—-]|", re.I)  # '–': not voting
TOTAL_ROW = re.compile(rf"\W*total\s+(?P<word>{TALLY_PATTERN})\W*", re.I)


def _motion_grid(lines: list[Line]) -> tuple[list[Vote], list[int]]:
    """Recorded votes on several motions printed as one grid: 'Councillor | Amendment 1 | Amendment 2 |
    Substantive motion' over a row a member with the way they voted in each motion's column ('For', 'Against',
    'Abstain', '–' for not voting), the heading printed again after a page break, 'Total For | 8 | 7 | 11' rows
    under it. One vote a column: its names, its counts (as printed, checked against the names), and its result
    from the sentence after the grid that names it ('Amendment 1 was LOST'), else the majority."""
    out: list[Vote] = []
    covered: list[int] = []
    i = 0
    while i < len(lines):
        raw = lines[i].text
        if "\t" not in raw and "|" not in raw or not MOTION_WORD.search(raw):
            i += 1  # (a cheap test first: most lines are no grid's heading row)
            continue
        head = _row_cells(raw)
        if len(head) < 3 or not NAME_HEAD.fullmatch(head[0]) or not all(MOTION_HEAD.fullmatch(c) for c in head[1:]):
            i += 1
            continue
        names: list[dict[str, list[str]]] = [{"for": [], "against": [], "abstain": []} for _ in head[1:]]
        printed: list[dict[str, int]] = [{} for _ in head[1:]]
        j = i + 1
        while j < len(lines):
            row = _row_cells(lines[j].text)
            if not lines[j].text.strip() or row == head:
                j += 1
                continue
            total = TOTAL_ROW.fullmatch(row[0]) if len(row) == len(head) else None
            if total and all(re.fullmatch(r"\d{1,3}", c) for c in row[1:]):
                for k, c in enumerate(row[1:]):
                    printed[k][_kind(total.group("word"))] = int(c)
                j += 1
                continue
            ways = [WAY_CELL.fullmatch(c) for c in row[1:]] if len(row) == len(head) else []
            if not ways or not all(ways) or not NAME_CELL.fullmatch(row[0]):
                break
            for k, way in enumerate(ways):
                if way and way.group("word"):
                    names[k][_kind_of_verb(way.group("word"))].append(clean_name(row[0]) or row[0])
            j += 1
        if not any(n["for"] or n["against"] for n in names):
            i += 1
            continue
        after = " ".join(_text(x) for x in lines[j : j + 6])
        for k, motion in enumerate(head[1:]):
            vote = Vote(motion=motion, citation=lines[i].cite())
            vote.for_, vote.against, vote.abstain = names[k]["for"], names[k]["against"], names[k]["abstain"]
            for kind in ("for", "against", "abstain"):
                vote.counts[kind] = printed[k].get(kind, len(names[k][kind]))
                _check_count(vote, kind, names[k][kind])
            told = re.search(rf"\b{re.escape(motion)}\b[^.]{{0,40}}?\b(carried|lost|fell|defeated)\b", after, re.I)
            vote.result = _result_word(told.group(1)) if told else _majority(vote.counts)
            out.append(vote)
        covered += [x.number for x in lines[i:j]]
        i = j
    return out, covered


ABSENT_HEAD = re.compile(r"\W*(?:absent|not\s+present|did\s+not\s+vote)\W*", re.I)


def _mark_grid(lines: list[Line]) -> tuple[list[Vote], list[int]]:
    """Recorded votes printed as a grid: a heading row 'Councillor | (Authority |) For | Against |
    Abstain' over one row a member, a mark ('X', '✓') under the way each voted, perhaps a 'Total' row
    or a totals line under it, the heading printed again after a page break. A row with no mark is a
    member who did not vote. Counts are the marks; totals printed beside them are kept, with a warning
    where they differ. Also the line numbers the grid covers."""
    out: list[Vote] = []
    covered: list[int] = []
    i = 0
    while i < len(lines):
        head = _row_cells(lines[i].text)
        first = next((k for k, c in enumerate(head) if TALLY_HEAD.fullmatch(c)), None)
        if (
            len(head) < 3
            or not NAME_HEAD.fullmatch(head[0])
            or first is None
            or first == 0
            or not all(TALLY_HEAD.fullmatch(c) or ABSENT_HEAD.fullmatch(c) for c in head[first:])
        ):
            i += 1
            continue
        # (an 'Absent' column beside the ways of voting: who did not vote, no way of voting)
        kinds = [_kind(way.group("word")) if (way := TALLY_HEAD.fullmatch(c)) else "absent" for c in head[first:]]
        if len(set(kinds)) != len(kinds):
            i += 1
            continue
        names: dict[str, list[str]] = {k: [] for k in kinds}
        printed: dict[str, int] = {}
        j = i + 1
        while j < len(lines):
            t = lines[j].text.replace("\f", "").strip()
            row = _row_cells(lines[j].text)
            if not t or row == head:
                j += 1
                continue
            marks = row[first:]
            if re.match(r"^\W*totals?\b", row[0], re.I) or (not row[0] and any(marks)):
                nums = [TOTAL_CELL.fullmatch(c) for c in marks]
                printed.update({k: int(m.group(1)) for k, m in zip(kinds, nums, strict=False) if m})
                j += 1
                break
            if (
                len(row) > len(head)
                or not NAME_CELL.fullmatch(row[0])
                or not all(not c or MARK_CELL.fullmatch(c) for c in marks)
            ):
                break
            for k, c in zip(kinds, marks, strict=False):
                if c:
                    names[k].append(row[0])
            j += 1
        if not any(names.values()):
            i += 1
            continue
        vote = Vote(motion=_motion([_text(x) for x in lines], i, 0), citation=lines[i].cite())
        after = [x for x in lines[j : j + 4] if x.text.strip()]
        if after and not printed and len(TALLY.findall(_text(after[0]))) >= 2:  # 'For: 21  Against: 8  Abstain: 2'
            for m in TALLY.finditer(_text(after[0])):
                n = _tally_count(m)
                if n:
                    printed[_kind(m.group("word"))] = int(n)
            covered.append(after.pop(0).number)
        for k in (k for k in kinds if k != "absent"):
            # one name a cell ('Cllr Aoife Brennan (substitute)'), not a list run on over lines
            cells = [clean_name(re.sub(r"\s*\([^()]*\)\s*$", "", c)) for c in names[k]]
            setattr(vote, "for_" if k == "for" else k, cells)
            vote.counts[k] = len(names[k])
            if k in printed and printed[k] != len(names[k]):
                vote.warnings.append(f"{k}: printed count {printed[k]} but {len(names[k])} marks in the grid")
        if after and _is_result(_text(after[0])):
            vote.result = _result_word(_text(after[0]))
            covered.append(after[0].number)
        else:  # a way of voting with no column had no votes
            vote.result = _majority({k: vote.counts.get(k, 0) for k in ("for", "against")})
        covered.extend(x.number for x in lines[i:j])
        out.append(vote)
        i = j
    return out, covered


def _table_votes(lines: list[Line], texts: list[str], skip: set[int]) -> list[Vote]:
    """A vote printed as a table: a row of tally headings ('| For | Against | Abstain |'), perhaps after other
    columns ('Proposed by | Seconded by | For | Against | Abstain', a blank corner cell), over a row with a
    number under each ('Cllr A | Cllr B | 8 | 2 | 1', 'Number of votes | 6 | 1 | 1') and perhaps a row of the
    names under each ('Councillors | Okafor, Lee | Hart | Mirza')."""
    out: list[Vote] = _tally_rows(lines, texts)
    for i, t in enumerate(texts):
        lower = t.lower()
        if "against" not in lower and "abstain" not in lower or lines[i].number in skip:
            continue  # a row of tally headings names at least two ways of voting (not a row of a grid read above)
        head = _row_cells(lines[i].text) if "\t" in lines[i].text else _cells(t)
        tallied = [k for k, c in enumerate(head) if re.fullmatch(TALLY_PATTERN, c.rstrip(":"), re.I)]
        if len(tallied) < 2 or tallied != list(range(tallied[0], len(head))):
            continue  # the tally headings are the last columns, one after another
        kinds = [_kind(head[k].rstrip(":")) for k in tallied]
        if len(set(kinds)) != len(kinds):
            continue
        rows = [_row_cells(x.text) if "\t" in x.text else _cells(_text(x)) for x in lines[i + 1 : i + 4]]
        at = next((n for n, r in enumerate(rows) if len(r) == len(head) and _numbers_at(r, tallied)), None)
        if at is None:
            named = _named_row(rows[0] if rows else [], head, tallied)
            if named is not None:  # 'For | Against | Abstain' over the names alone: each cell's names counted
                vote = Vote(motion=_motion(texts, i, 0), citation=lines[i].cite())
                for kind, names in zip(kinds, named, strict=True):
                    setattr(vote, "for_" if kind == "for" else kind, names)
                    vote.counts[kind] = len(names)
                vote.result = (_stated_result(texts, i + 2) if i + 2 < len(texts) else None) or _majority(vote.counts)
                out.append(vote)
            continue
        vote = Vote(motion=_motion(texts, i, 0), citation=lines[i].cite())
        for kind, k in zip(kinds, tallied, strict=True):
            vote.counts[kind] = int(rows[at][k])
        named = rows[at + 1] if at + 1 < len(rows) else []
        if len(named) == len(head) and not _numbers_at(named, tallied) and any(named[k] for k in tallied):
            for kind, k in zip(kinds, tallied, strict=True):  # 'Councillors | Okafor, Lee | Hart | Mirza'
                names = [] if re.fullmatch(r"none|nil|-|", named[k], re.I) else _names([named[k]])
                setattr(vote, "for_" if kind == "for" else kind, names)
        vote.result = _majority(vote.counts)
        out.append(vote)
    return out


def _named_row(row: list[str], head: list[str], columns: list[int]) -> list[list[str]] | None:
    """The names under each tally heading, each led by its honorific ('Councillor Ahmed Councillor Brathwaite'),
    or None when the row is not names alone."""
    if len(row) != len(head) or not any(row[k] for k in columns):
        return None
    cells = [row[k].strip() for k in columns]
    if not all(not c or re.fullmatch(r"none|nil|-", c, re.I) or NAME_HONORIFIC.match(c) for c in cells):
        return None
    return [[] if not c or re.fullmatch(r"none|nil|-", c, re.I) else _names([c]) for c in cells]


def _numbers_at(row: list[str], columns: list[int]) -> bool:
    return all(re.fullmatch(r"\d{1,3}", row[k]) for k in columns)


def _tally_rows(lines: list[Line], texts: list[str]) -> list[Vote]:
    """A recorded vote as a table with one row a way of voting: '| For | A Smith, B Jones | 2 |',
    '| Against | None | 0 |'."""
    out: list[Vote] = []
    cur: Vote | None = None
    for i, t in enumerate(texts):
        cells = _cells(t)
        kind = _kind(cells[0]) if len(cells) >= 2 and re.fullmatch(TALLY_PATTERN, cells[0], re.I) else None
        count = cells[-1] if kind and re.fullmatch(r"\d{1,3}", cells[-1]) else None
        if kind is None or count is None:
            if cur is not None and not re.fullmatch(r"[-|:\s]*", t) and not cells:
                cur = None
            continue
        if cur is None or cur.counts.get(kind) is not None:
            cur = Vote(motion=_motion(texts, i, 0), citation=lines[i].cite())
            out.append(cur)
        cur.counts[kind] = int(count)
        names = [] if len(cells) < 3 or re.fullmatch(r"none|nil|-", cells[1], re.I) else _names([cells[1]])
        setattr(cur, "for_" if kind == "for" else kind, names)
        cur.result = _majority(cur.counts) or cur.result
    return out
