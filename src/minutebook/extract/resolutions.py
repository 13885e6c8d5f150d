"""Resolutions in a minute: what a council decided, as the points it printed.

A decision starts at its verb (`RESOLVED`, `AGREED`, `DECIDED`, `RECOMMENDED`,
'It was RESOLVED that', '26) RESOLVED'), mid-line after a sentence or at the
start of a line, and runs on as the numbered, lettered or bulleted points
below it; a decision printed as one sentence is one point. Split from
minutes.py, which finds the minutes these are read from.
"""

from __future__ import annotations

import re

from minutebook.extract.attendance import line_text, plain
from minutebook.model import Line
from minutebook.prose import ends_on_joining_word, join_wrapped

DECISION = re.compile(
    # ('The Forum ADVISED the County Council that:': an advisory forum's advice, its decision)
    # (Hertfordshire's panels print theirs under 'CONCLUSION:')
    r"^(?P<verb>RESOLVED|AGREED|DECIDED|RECOMMENDED|ADVISED(?=\s+the\s+[A-Z][^:]{2,60}\bthat\b)|DECISIONS?|RESOLUTIONS?"
    # ('RECOMMENDATION to the Cabinet Member: That ...': a forum's recommendation to who decides, in capitals)
    r"|RECOMMENDATIONS?\s+to\s+(?:the\s+)?[A-Z][\w&'’ ]{2,60}(?=:)"
    r"|CONCLUSIONS?(?=\s*:)"
    # a council's own running number for each decision: 'Resolution 2025/187: That ...', 'Resolution No. 14 –'
    r"|(?i:resolution)\s+(?i:no\.?\s*)?\d[\d/.-]*(?=\s*[:–—-])"
    # a heading over the committee's own recommendations, 'Recommendations to Cabinet' (not a report's list)
    r"|(?i:recommendations?\s+to\s+(?:the\s+)?)(?:[A-Z][\w&'’-]*\s*){1,4}(?=\s*:?\s*$)"
    r"|(?:Resolved|Agreed|Decided|Recommended|Decisions?|Resolutions?)"
    # 'The Committee resolved in terms of Section 50A(4) ...': a Scottish council excluding the public
    # ('Resolved unanimously – That ...': how, before its dash)
    r"(?=\s*(?:$|:|,|[-–—]\s*(?:$|[Tt]hat\b|[Tt]o\b)|\bthat\b|in\s+terms\s+of\b|unanimously\s*[:–—-]"
    # ('Resolved (9:6) – That ...', 'Resolved (unanimously) – That': Wirral's, the tally in brackets)
    r"|\((?:unanimously|\d{1,3}\s*:\s*\d{1,3}(?:\s*:\s*\d{1,3})?)\)\s*[:–—-])))"
    # ('RESOLVED¹ – That ...', read 'RESOLVED1 –': a footnote's mark on the word)
    r"(?:[¹²³⁴⁵⁶⁷⁸⁹]|(?<=[A-Z])\d(?=\s*[–—:-]))?\b\s*(?P<rest>.*)$"
)
LEAD_ADVERBS = frozenset({"accordingly", "therefore", "then", "also", "further", "thereafter", "subsequently"})
DECISION_LEAD = re.compile(
    r"^(?:it\s+was|(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){0,5})\s+(?:unanimously\s+)?"
    r"(?=(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|(?-i:ADVISED))\b)",
    re.I,
)
# Scottish minutes: 'After consideration, the committee noted the report.', 'Accordingly, the committee' over its
# lettered points: the body's decision in the verbs of what it did
CONSIDERED_LEAD = re.compile(
    # ('After discussion, the Committee:' over its points, Belfast's; not its 'After discussion, the Committee noted
    # the legal advice provided.', what it was told)
    r"^\W*after\s+discussion\s*,\s*the\s+(?:committee|sub-committee|council|board|panel)\s*:\s*$"
    r"|^\W*(?:after\s+consideration|accordingly|thereafter)\s*,\s*the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:committee|sub-committee|council|board|panel|cabinet|forum)\s*:?\s*"  # ('Thereafter, the Committee:')
    r"(?=$|\((?:a|i|1)\)|(?:noted|approved|agreed|instructed|requested|delegated|authorised|endorsed|recommended"
    r"|refused|granted|continued|deferred|decided|resolved|adopted)\b)"
    # 'The committee approved the proposals.': a sentence of its own saying what the body decided
    # ('The Cabinet agreed the recommendations set out in the confidential appendix.': Essex's, for a private item)
    r"|^\W*the\s+(?:committee|sub-committee|council|board|panel|cabinet)\s+"
    # ('The Committee granted approval to the application, subject to ...': a planning committee's, in Belfast's)
    # ('The Committee adopted the recommendation.': Belfast's, the report's recommendation its decision)
    r"(?=(?:approved|instructed|authorised|(?:agreed|adopted)\s+the\s+(?:remaining\s+)?recommendations?|granted"
    r"|refused)\W)",
    re.I,
)
RECOMMENDED_TO_COUNCIL = re.compile(
    r"^\W*the\s+(?:cabinet|executive|committee|board)\s+recommended\s+(?:to\s+)?(?:the\s+)?"
    r"(?:full\s+|county\s+|city\s+|borough\s+)?council\s+(?:to|that)\s",
    re.I,
)
# A body that decides, as the subject of 'agreed to' / 'decided to' (not 'the Chair agreed to write').
DECIDING_BODIES = (
    r"(?:sub-committee|committee|council|cabinet|board|panel|authority|forum|commission|executive|meeting)"
)
PERSON_AGREEING = re.compile(
    r"\b(?:chair(?:man|woman|person)?|vice-?chair\w*|mayor|leader|clerk|officer|director|councillor\s+\S+"
    r"|(?:mr|mrs|ms|miss|dr|cllr)\.?\s+\S+(?:\s+\S+)?)\s*$",  # ('Mr Stanbury agreed that this would be discussed')
    re.I,
)
BODY_DECIDING = re.compile(rf"\b{DECIDING_BODIES}\s*$|\b(?-i:CC|PC|TC)\s*$", re.I)  # 'The CC': a local council
# 'The Board NOTED the training plan ...': a body noting in capitals, its formal word in this house style, is a
# decision told as the whole sentence (a bare 'NOTED.' or 'Members noted ...' in narrative is not)
NOTED_BY_BODY = re.compile(
    rf"(?:^|(?<=[.;:])\s+)(?P<n>(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){{0,4}}(?i:{DECIDING_BODIES})\s+NOTED\s+(?=[a-z]))"
)
# a deciding body, then its grounds between commas, then its decision's verb: the grounds are not the decision
BODY_WITH_GROUNDS = re.compile(
    rf"^((?:The\s+)?(?:[A-Z][\w&'’-]*\s+){{0,4}}(?i:{DECIDING_BODIES}))\s*,\s*(?:having|being|after|following|upon)\s"
    r"[^,;]{3,250},\s*(?=(?:unanimously\s+)?(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)\b)"
)
COLON_DASH = re.compile(r":\s*[—–-]\s*$")
AND_THEN = re.compile(r"^\W*and\s+(?=(?:to|that)\s)", re.I)
OR_FAILING = re.compile(r"^\W*or\s*,?\s+(?:if|where|failing|in\s+the\s+event)\b", re.I)
CAPS_THAT = re.compile(r"^\W*THAT\s")
WITH_THEN = re.compile(r"^\W*with\s+the\s+\w+", re.I)
# the heading of why, after a decision: 'Reasons for the decision', a notice's 'Reasons', 'The reasons'
PARAGRAPH_DECIMAL = re.compile(r"^\s*\d{1,3}(?:\.\d{1,2})+\.?\s+")
REASONS_SECTION = re.compile(
    r"\W*(?:the\s+)?reasons?(?:\s+for\s+(?:the\s+)?(?:decisions?|determination|refusal))?\W*", re.I
)
# the statutory record printed under a Cabinet decision's points, lettered: '(a) Reasons for the decision:', '(b)
# Alternative options considered and rejected:', '(c) Conflicts of interest declared ...', '(d) Dispensations granted'
RECORD_PART = re.compile(
    r"(?:reasons?\s+for\s+(?:the\s+)?decisions?|(?:alternative|other)\s+options?|conflicts?\s+of\s+interest"
    r"|dispensations?)\b",
    re.I,
)
REASON_LINE = re.compile(r"^\W*reasons?(?:\s+for\s+(?:the\s+)?decisions?)?\s*:", re.I)
DECISION_ROW = re.compile(r"^\W*decisions?\s*:?\s*\t(?=\s*\S)", re.I)
# 'CABINET DECISION CD 89 (2025/26):', 'EXECUTIVE DECISION NO. 23:': the body's decision under its reference (not a
# 'KEY DECISION' or a 'PROPOSED DECISION', which name a decision to come)
DECISION_WITH_REF = re.compile(
    r"^\W*(?:(?!(?:KEY|NON-KEY|URGENT|PROPOSED|FORTHCOMING|DRAFT)\b)[A-Z][A-Z&'’-]+\s+){1,3}DECISION"
    r"(?:\s+(?:NO\.?\s*)?[A-Z]{0,5}\s?\d[\w/.-]*(?:\s*\([\w/.-]{1,12}\))?)?\s*:\s*(?=\S)"
)
# 'The Board:', 'The Sub-Committee:' alone on a line under a 'Decision' label: who decided, over the points
# a body, or its members from one council, named alone on its line over its decision's points
BODY_NAMED = re.compile(
    rf"(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){{0,4}}(?:members\s+of\s+the\s+(?:[A-Z][\w&'’-]*\s+){{0,4}})?"
    rf"{DECIDING_BODIES}",
    re.I,
)
BODY_STEM = re.compile(rf"(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){{0,4}}{DECIDING_BODIES}\s*[:–—-]+", re.I)
# A paragraph's own number or letter before a decision ('26) RESOLVED', '(9) RESOLVED', 'b) It was RESOLVED'), or the
# bare minute number a CMIS paragraph opens with ('1238 RESOLVED:-').
OUTER_MARKER = re.compile(
    r"^\s*(?P<m>\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|\d{2,5}(?=\s+(?:it\s+was\s+)?(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\b)"
    r"|\d{1,4}\.\d{1,3}(?=\s))\s+(?=\S)"  # '124.1  RESOLVED: to ...': a sub-minute's number
)
# A decision after the end of a sentence in the same line, in capitals.
# (the Welsh 'Cyng.' is 'Cllr')
SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|No))(?<!\bMrs)(?<!\bCllr)(?<!\bCyng)\.(?=\s|$)")
BY_VOTES_COUNT = re.compile(
    r"by\s+(?:a\s+majority\s+(?:of\s+)?)?\d{1,3}\s+votes?\s+to\s+\d{1,3}(?:\s*,?\s*with\s+\d{1,3}\s+abstentions?)?\s+"
    r"(?=(?:that|to)\b)",
    re.I,
)
MID_LINE_DECISION = re.compile(
    r"(?<=[.;:])\s+(?P<d>(?:It\s+was\s+)?(?:RESOLVED|AGREED|DECIDED)\b)"
    r"|(?<=,)\s+(?P<d2>it\s+was\s+(?:unanimously\s+)?(?:RESOLVED|AGREED|DECIDED)\b)"  # '..., it was RESOLVED that'
    # '... Following discussion it was RESOLVED to object': the verb in capitals says it, whatever comes before
    r"|(?<=\s)(?P<d3>it\s+was\s+(?:unanimously\s+)?(?:RESOLVED|AGREED|DECIDED)\b)"
    # 'On a vote of 4 to 2 the Joint Committee AGREED:', 'Following the debate, the Board RECOMMENDED to the
    # Cabinet Member that:': the body named, the verb in capitals
    r"|(?<=\s)(?P<d4>the\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|ADVISED)\b)"
    # 'It was proposed by Councillor X, seconded by Alderman Y and AGREED that ...': the verb after 'and' (or
    # 'and RESOLVED:' over lettered points)
    # ('Proposed by ..., Seconded by ... and RECOMMENDED that Council approve:': a committee's decision to Council)
    r"|(?<=\sand\s)(?P<d5>(?:unanimously\s+)?(?:RESOLVED|AGREED|RECOMMENDED)\b)"
    r"(?=\s+(?:unanimously\s+)?(?:that|to)\b|\s*:|\s*$)"
    # '... moved by Councillor X, seconded by Councillor Y and CARRIED that Council Procedure Rule 11.6 be suspended'
    r"|(?<=\sand\s)(?P<d11>CARRIED)(?=\s+that\b)"
    # 'Proposed Cllr Okoro, seconded Cllr Patel, all in favour, RESOLVED to accept ...': after a comma, in capitals
    r"|(?<=,)\s+(?P<d13>(?:RESOLVED|AGREED))(?=\s+(?:that|to)\b)"
    # 'Councillor A proposed, Councillor B seconded and Members agreed the minutes as a correct record': after a
    # proposer and a seconder, the members' agreeing is the meeting's decision, not a view
    r"|(?<=\sand\s)(?P<d12>(?:Members|(?:the\s+)?Council|the\s+(?:Committee|Cabinet|Board|Panel))\s+"
    r"(?:unanimously\s+)?agreed)\b"
    # 'Application 25/01288/HOU – 12 Mill Lane – single storey rear extension – RESOLVED: No objection'
    r"|(?<=\s[–—]\s)(?P<d6>(?:RESOLVED|AGREED|DECIDED)\b)(?=\s*:|\s+(?:that|to)\b)"
    # a parish's decisions in lower case after the sentence before: '... taken as read. It was agreed that the
    # minutes be approved', '..., the meeting agreed to record its thanks to ...', 'It was agreed by a show of
    # hands (19 for, 2 against) that ...'
    # ('... for absence. The council resolved to accept the reasons given.')
    r"|(?<=[.;])\s+(?P<d7>It\s+was\s+(?:unanimously\s+)?(?:agreed|resolved)\b)"
    r"(?=(?:\s+by\s+[^.]{1,80}?)?\s+(?:that|to)\b)"
    rf"|(?<=[.;,])\s+(?P<d8>the\s+(?:meeting|{DECIDING_BODIES})\s+(?:unanimously\s+)?(?:agreed|resolved)\b)"
    r"(?=\s+(?:that|to)\b)"
    # '... obtained. The CC agreed to buy ...': a local council's decision told in its minutes' own words (a
    # committee's 'The Panel agreed to both changes' in a paragraph of discussion is not its decision)
    r"|(?<=[.;])\s+(?P<d9>The\s+(?:CC|PC|TC|(?:Community|Parish|Town)\s+Council)\s+(?:unanimously\s+)?agreed\b)"
    r"(?=\s+(?:that|to)\b)"
    # '... for absence. The council resolved to accept the reasons given.': any body, in the verb of a decision
    rf"|(?<=[.;])\s+(?P<d15>The\s+(?i:{DECIDING_BODIES})\s+(?:unanimously\s+)?resolved\b)(?=\s+(?:that|to)\b)"
    # '... 1 abstained, and it was agreed to award ...'
    r"|(?<=,\sand)\s+(?P<d10>it\s+was\s+(?:unanimously\s+)?agreed\b)(?=\s+(?:that|to)\b)"
    # 'After discussion it was agreed by 6 votes to 2 to object ...': a vote taken says it was decided
    rf"|(?<=\s)(?P<d14>it\s+was\s+(?:unanimously\s+)?agreed\b)(?=\s+{BY_VOTES_COUNT.pattern})"
    # '... expire in May 2026. Resolved: to purchase ...', '... no footway. Resolved to object on highway grounds.'
    # (a small council's decision after the report's sentence, the word in title case)
    r"|(?<=[.;])\s+(?P<d16>Resolved)(?=\s*:|\s+(?:that|to)\b)"
)
SECONDED_OR_CARRIED = re.compile(r"\bseconded\b|\bcarried\b", re.I)
MID_LINE_GROUPS = (
    "d", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10", "d11", "d12", "d13", "d14", "d15", "d16"
)  # fmt: skip
POINT = re.compile(
    r"^\s*(?:[-•–]\s+)?(?:\*\*)?\s*(?P<m>\(\d{1,2}\)|\([a-z]\)|\([ivx]{1,5}\)|\d{1,2}[.)]|[a-zA-Z][.)]|[ivx]{1,5}[.)]"
    r"|R\d{1,2}(?:[.):]|(?=\t))"  # a recommendation's own number: 'R1.', or 'R1' in its own cell"
    r"|\d{1,2}(?=\t+(?:[a-z]|That\b))"  # a number set at a tab stop with no stop after it: '1<TAB>note the ...'
    # (Birmingham's decisions numbered under their minute's number: '1228.1 Approved ...', '1228.2 Recommended ...')
    r"|\d{3,5}\.\d{1,2}(?=\s+[A-Z][a-z]))"
    r"\s+(?:\*\*)?\s*(?P<rest>\S.*)$"
)
CARRIED = re.compile(r"\b(?:was|were)\s+(?:put\s+to\s+the\s+vote\s+and\s+)?carried\b.*[.:]\s*$", re.I)
BULLET = re.compile(r"^\s*[-•–▪●]\s*(?:\*\*)?\s*(?P<rest>\S.*)$")


def _marker_type(m: str) -> str:
    if re.fullmatch(r"\(\d+\)", m):
        return "(1)"
    if re.fullmatch(r"\([ivx]+\)", m):
        return "(i)"
    if re.fullmatch(r"\([a-z]\)", m):
        return "(a)"
    if re.fullmatch(r"\d+[.)]", m):
        return "1" + m[-1]
    if m.isdigit():
        return "1"
    if re.fullmatch(r"[ivx]+[.)]", m):
        return "i" + m[-1]
    if re.fullmatch(r"R\d+[.):]", m):
        return "R1"
    if re.fullmatch(r"\d+\.\d+", m):
        return "n.1"
    if re.fullmatch(r"[a-zA-Z][.)]", m):  # 'A)' then 'b)': councils mix the case of one list
        return "a" + m[-1]
    return "?"


def _point(text: str) -> tuple[str, str] | None:
    """(marker type, text) for a numbered, lettered or bulleted point."""
    m = POINT.match(text)
    if m:
        return _marker_type(m.group("m")), m.group("rest")
    m = BULLET.match(text)
    if m:
        return "bullet", m.group("rest")
    return None


def _body_alone(text: str) -> bool:
    """'The Executive:', 'Cabinet:' alone on its line (over its numbered points): who decided, each word of its
    name in capitals ('Questions to the Committee:' heads no decision)."""
    return bool(BODY_STEM.fullmatch(text)) and all(w[:1].isupper() for w in text.split())


def _starts_lower(text: str) -> bool:
    return bool(re.match(r"^\W*[a-z]", plain(text)))


DECLARATIONS_NOTED = re.compile(
    r"\bnoted\s+the\s+following\s+(?:declarations?\b|transparency\s+statements?\b|interests?\s+declared\b)", re.I
)


def resolutions_in(body: list[Line]) -> list[tuple[str, Line]]:
    """Decisions after RESOLVED / AGREED / DECIDED / RECOMMENDED: one string per point, each with
    the line it starts on."""
    body = _label_off_points(body)
    # ('The LRB agreed:—' over its lettered points: the colon and the dash Scottish minutes print end a stem)
    texts = [COLON_DASH.sub(":", t) if ":" in t else t for t in (line_text(x) for x in body)]
    # 'Agreed.' alone on its line under a proposal: the meeting's word, as 'AGREED.' is
    texts = [BARE_AGREED.sub("AGREED.", t) if len(t) < 12 else t for t in texts]
    texts = _under_bare_labels(texts)
    for i in range(len(texts) - 1):
        # '... taken as read. It was' / 'agreed that the minutes ...': the decision begun at a line's end starts the
        # next line, where its sentence is
        m = IT_WAS_AT_END.search(texts[i])
        # (in lower case only: 'It was' / 'RESOLVED' is read where it starts, mid-line)
        if m and (re.search(r"\b(?:agreed|resolved)\b", m.group(1)) or AGREED_AT_START.match(texts[i + 1])):
            texts[i], texts[i + 1] = texts[i][: m.start()], f"{m.group(1)} {texts[i + 1].lstrip()}"
    out: list[tuple[str, Line]] = []
    reasons = False  # under a 'Reasons' heading after the decision, whose paragraphs say why it was made
    noted = _inside_notes(texts)
    i = 0
    while i < len(body):
        if noted[i]:  # '(The decisions ... were not eligible for Call In, as the' / 'Board resolved that ...)'
            i += 1
            continue
        if out and REASONS_SECTION.fullmatch(plain(texts[i])):
            reasons = True
        elif reasons and _section_heading(texts[i]) and (i == 0 or ends_sentence(plain(texts[i - 1]))):
            reasons = False  # 'Right of appeal' (not a running header in the middle of a sentence)
        agreed = _minutes_agreed(texts, i)
        if agreed:  # 'Agreed as accurate.', '... were AGREED as a correct record and signed by the Chair.'
            out.append((agreed[0], body[i]))
            i = agreed[1]
            continue
        md, outer, inline = _decision(texts[i])
        noted_then = _noted_and_agreed(texts, i) if not md and " noted " in texts[i] else None
        if noted_then:  # 'The Committee noted the report, which ..., and agreed that ...': one sentence, decided
            out.append((noted_then[0], body[i]))
            i = noted_then[1]
            continue
        if md and DECLARATIONS_NOTED.search(texts[i]):
            # 'The Committee NOTED the following declarations of interest:-' over 'Item 6: Mrs R Gillanders ...':
            # the declarations' list, introduced, no decision
            i += 1
            continue
        if reasons and md and not md.group("verb").isupper():
            # 'The Sub-Committee decided that the revocation should have immediate effect because ...': a reason
            # restating the decision in its narrative's words (a decision in capitals is still one)
            i += 1
            continue
        alone = texts[i].rstrip()[-1:] in (":", "-", "–", "—") and _body_alone(plain(texts[i]))
        # (not the end of a sentence from the line above: '... moved as an amendment that the' / 'Committee:-')
        alone = alone and not (i and ends_on_joining_word(plain(texts[i - 1])))
        # (nor a motion's own words as moved: '... seconded a motion as set' / 'out below:' / 'This Council:')
        alone = alone and not MOTION_SET_OUT.search(" ".join(plain(t) for t in texts[max(0, i - 2) : i]))
        if (
            not md
            and plain(texts[i]).endswith(":")
            and AGREED_AS_FOLLOWS.search(f"{plain(texts[i - 1]) if i else ''} {plain(texts[i])}")
        ):
            # 'The original motion was then before members for consideration, which was' / 'agreed (unanimous) as
            # follows:': the motion's final words below are the decision
            md, outer, inline = DECISION.match("RESOLVED:"), None, False
        if not md and (CARRIED.search(texts[i]) or alone):
            # 'put to the vote and carried unanimously.' over (1) (2) (3); 'The Executive:' over '(1) Note ...'
            k = next_filled(texts, i + 1)
            if k is not None and _point(texts[k]) and not _titled_point_over_prose(texts, k):
                md, outer, inline = DECISION.match("RESOLVED:"), None, False
        if not md and out and BODY_NAMED.fullmatch(plain(texts[i])) and i and ends_sentence(plain(texts[i - 1])):
            # after the first council's decision, '... The Arun Vale District Council members of the Joint Strategic
            # Committee' / 'agreed' / '(1) to extend ...': the second council's, told the same way
            k = next_filled(texts, i + 1)
            after = next_filled(texts, k + 1) if k is not None else None
            verb = k is not None and re.fullmatch(r"(?:agreed|resolved|decided)(?:\s+(?:to|that))?:?", plain(texts[k]))
            if verb and after is not None and _point(texts[after]):
                md, outer, inline, i = DECISION.match("RESOLVED:"), None, False, k
        if not md:
            i += 1
            continue
        k = next_filled(texts, i + 1)
        # (not the first of its points, 'Thereafter, the Committee:' / 'i. AGREED the transfer ...')
        if (
            not md.group("rest").strip(" :-–—")
            and k is not None
            and _decision(texts[k])[0]
            and not _first_marker(texts[k])
        ):
            i = k  # a 'Decision' heading over the decision itself ('The Committee DECIDED:'): read that
            continue
        after = next_filled(texts, k + 1) if k is not None else None
        if (
            not md.group("rest").strip(" :-–—")
            and k is not None
            and after is not None
            and (plain(texts[k]).endswith(",") or (ends_sentence(plain(texts[k])) and MOTION_RESULT.search(texts[k])))
            and _decision(texts[after])[0]
        ):
            # 'DECISION' / 'Having considered the report,' / 'it was resolved:': the clause leads in
            # ('Decision' / 'Having received a majority of votes, the motion was carried.' / 'The Council agreed:-':
            # what became of the motion, then the decision)
            i = after
            continue
        # 'RESOLVED (unanimously) that', 'RESOLVED UNANIMOUSLY:', 'RESOLVED by 5 votes to 2 with 1 abstention to
        # object' - how it was decided is not the decision
        stem = HOW_AT_START.sub("", md.group("rest").strip(" :-–—")).strip(" :-–—,")
        on_its_line = stem  # (the stem may take in the lines under it below)
        k = next_filled(texts, i + 1)
        # 'Decision' / 'The Board:' / '(i) noted ...': who decided, then its points; 'RESOLVED:' / 'Cabinet
        # recommends that the County Council on 10 February 2026:' / '1. Sets ...': what the points complete
        lead_in = k is not None and not _point(texts[k]) and plain(texts[k]).endswith(":") and len(texts[k]) <= 160
        # ('Resolved:' / 'That' / '(i) the General Fund revenue budget ...': the points' shared first word alone)
        lead_in = lead_in or (k is not None and re.fullmatch(r"that\s*[:,–-]?", plain(texts[k]), re.I) is not None)
        # ('Decision,' / 'The Joint Strategic Committee' / '(1) noted ...', Adur & Worthing's: the body alone, no
        # colon; or its members, the verb wrapped onto a line of its own: '... members of the Joint Strategic
        # Committee' / 'agreed' / '(1) to extend ...')
        named = k is not None and md.group("rest").strip() in ("", ",") and BODY_NAMED.fullmatch(plain(texts[k]))
        if not stem and k is not None and (BODY_STEM.fullmatch(plain(texts[k])) or lead_in or named):
            after = next_filled(texts, k + 1)
            if (
                named
                and after is not None
                and re.fullmatch(r"(?:agreed|resolved|decided)(?:\s+(?:to|that))?:?", plain(texts[after]))
            ):
                after = next_filled(texts, after + 1)
            if after is not None and _point(texts[after]):
                k = after
        elif not stem and k is not None and not _point(texts[k]):
            # 'Resolved:' / 'Permit' / 'Subject to the following conditions and notes:' / 'Conditions' / '1. ...':
            # the decision's word and its stem in short lines over its points
            colon = _stem_colon(texts, k, short=True)
            # ('RESOLVED:' / 'That ... the application be REFUSED for the' / 'following reasons:' / '1. ...': the
            # decision's sentence, wrapped, over its points)
            that = re.match(r"\W*that\b", plain(texts[k]), re.I) is not None
            if colon is None and (md.group("verb").upper().startswith("DECISION") or that):
                # 'DECISION:' over 'To grant the application ... subject to' / ... / '... additional conditions:'
                colon = _stem_colon(texts, k, reach=4)
            k = (_first_point_below(texts, colon) if colon is not None else None) or k
        listed = INLINE_LIST.match(stem)
        if (
            listed
            and ends_sentence(stem)  # the whole decision on this line (a table cell), not run on below
            and len(points := _inline_points(stem[listed.end() :])) >= 2
            and (k is None or not _point(texts[k]))
        ):
            # 'Cabinet RESOLVED to: 1. Approve ... 2. Delegate ...' on one line (a table cell): a point each
            out.extend((plain(t), body[i]) for t in points)
            i += 1
            continue
        first_point = _point(texts[k]) if k is not None else None
        head = k if plain(md.group("rest")).endswith(":") else None  # where a table of the points may start
        if k is not None and not first_point and stem and not ends_sentence(stem):
            # 'RESOLVED to note matters ... since the' / 'last meeting relating to:' / '(a) ...': a stem wrapped
            # over a line or two before its points
            j = _stem_colon(texts, k, reach=8)
            below = next_filled(texts, j + 1) if j is not None else None
            head = below if below is not None and "\t" in texts[below] else head
            after = _first_point_below(texts, j) if j is not None else None
            if (
                after is not None
                and j is not None
                and (below_point := _point(texts[after]))
                and below_point[0] != outer
            ):
                stem, k, first_point = f"{stem} {plain(' '.join(texts[k : j + 1]))}", after, below_point
        adopted = ADOPTED_IN_FULL.search(plain(md.group("rest"))) or (
            not stem and k is not None and MOTION_PREAMBLE.match(plain(texts[k]))
        )  # ('RESOLVED:-' over 'This Council notes that ...': the motion carried, as printed)
        if k is not None and not first_point and adopted:
            # 'RESOLVED: That the substantive motion be adopted, namely:' over the motion as printed: what it
            # resolves are the points under its own 'This Council therefore resolves to:'
            own = _motions_own_points(texts, k)
            if own is not None:
                k, first_point, stem = own, _point(texts[own]), ""
        tabled = _table_of_points(body, texts, head) if head is not None else []
        if tabled and head is not None:  # 'RESOLVED: That the following recommendations be referred to Cabinet:'
            out.extend(tabled)  # over a table of them (the stem wrapped or not)
            i = head + 1 + len(tabled)
            continue
        unmarked: list[tuple[str, Line]] = []
        if k is not None and not first_point:
            start: int | None = None
            if plain(md.group("rest")).endswith(":"):
                start = k
            elif stem and not ends_sentence(stem) and len(plain(texts[k])) < 60 and plain(texts[k]).endswith(":"):
                start = next_filled(texts, k + 1)  # the stem wrapped: '... for the municipal year' / '2025/26:'
            if start is not None:
                unmarked, listed_to = _unmarked_list(body, texts, start)
        sibling = inline and first_point is not None and first_point[0] == _enclosing_point(texts, i)
        if (
            k is not None
            and first_point
            # ('(7) RESOLVED that:' over '(1) the net revenue ...': points numbered afresh, as the paragraphs are)
            and (first_point[0] != outer or _first_marker(texts[k]))
            and not sibling
            and (not stem or not ends_sentence(stem))
            and not (stem and _next_run_in(stem, texts[k]))  # ('the committee (1) noted ...;' / '(2) approved ...')
        ):
            verb_line = i
            points, i = _decision_points(body, texts, k, first_point[0], outer)
            whole = plain(" ".join([on_its_line, *texts[verb_line + 1 : k]])).strip()
            if REASONS_FOLLOW.search(stem):
                # 'That the decision be referred back to the Cabinet for the following reasons:': a decision of its
                # own, then why
                points = [(stem, body[k - 1] if k else body[i - 1]), *points]
            elif WANTS_ITS_POINTS.search(whole) and all(
                _starts_lower(t) and not THAT.match(t) and len(t) <= 120 for t, _ in points
            ):
                # 'That planning permission be granted subject to:' / '- the conditions set out in Appendix 1;' /
                # '- any modifications ...': short points, the sentence's own words, one decision with it (long
                # ones, each a condition set out in full, are a decision each)
                cite = body[verb_line] if stem else body[verb_line + 1]
                points = [(f"{whole} {' '.join(t for t, _ in points)}", cite)]
        elif unmarked:
            points, i = unmarked, listed_to
        else:
            points, i = _decision_sentence(body, texts, i, k, stem, inline)
            points = _run_in_points(points)
            if points and not stem and md.group("verb").upper().startswith("DECISION"):
                more, i = _paragraphs_to_heading(body, texts, i)  # 'DECISION' over two paragraphs, then 'DISCUSSION'
                points += more
            if points and all(not re.search(r"\w", t) for t, _ in points):
                points = _what_was_proposed(
                    texts, i - 1, points[0][1]
                )  # '... seconded by Cllr Y to pay the bills. AGREED.'
            after_table = _points_after_table(texts, i) if points and points[-1][0].rstrip().endswith(":") else None
            if after_table is not None:
                # '... APPROVED subject to the completion of a S106 Agreement to secure:' over its table, then 'And
                # the following conditions:' over '1. Time limit - outline', ...: the decision, then its conditions
                more, i = _decision_points(body, texts, after_table, _point(texts[after_table])[0], outer)  # type: ignore[index]
                points += more
            labelled = next_filled(texts, i) if points and ends_sentence(points[-1][0]) else None
            first = next_filled(texts, labelled + 1) if labelled is not None else None
            conditions = _point(texts[first]) if first is not None else None
            if conditions and first is not None and CONDITIONS_LABEL.fullmatch(plain(texts[labelled or 0])):
                # 'RESOLVED: To approve.' / 'Conditions:' / '1. Five years.' / '2. In accordance with the plans.'
                # (Gwynedd's): the decision, then its conditions or reasons listed under their label, each its own
                more, i = _decision_points(body, texts, first, conditions[0], outer)
                points += more
        out.extend((plain(t), line) for t, line in points)
    if not out and any("arried" in t or "ARRIED" in t for t in texts):
        # ('... was declared carried.' / 'Resolved accordingly.': the motion quoted above is what was resolved)
        out = _carried_motions(body, texts, accordingly=any(RESOLVED_ACCORDINGLY.match(t) for t in texts))
    if any(SECONDED_LINE.match(t) for t in texts) and not any(CAPS_DECISION_START.match(t) for t in texts):
        said = {plain(t) for t, _ in out}
        out.extend(p for p in _seconded_proposals(body, texts) if plain(p[0]) not in said)
    return [(t, line) for t, line in out if t]


# (a body noting, not a person: 'The Executive Member noted the objections ... and agreed that ...' is what she said
# before her decision)
NOTED_LEAD = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,4}(?:Committee|Sub-Committee|Council|Board|Cabinet|Panel|Forum|Authority)"
    r"\s+noted\s+"
)
NOTED_AND_AGREED = re.compile(r",?\s+and\s+(?:also\s+)?agreed\s+(?:that|to)\s")


def _noted_and_agreed(texts: list[str], i: int) -> tuple[str, int] | None:
    """Belfast's 'The Committee noted the report, which forecast ..., and agreed that the underspend be ...': a
    sentence the body opens by noting what it was told and closes with what it agreed, decided whole; and the line
    after it. Noting alone decides nothing."""
    if not NOTED_LEAD.match(plain(texts[i])):
        return None
    sentence, j = plain(texts[i]), i + 1
    while not ends_sentence(sentence) and j < min(len(texts), i + 5) and texts[j].strip():
        sentence, j = join_wrapped(sentence, plain(texts[j])), j + 1
    end = SENTENCE_END.search(sentence)
    sentence = sentence[: end.end()] if end else sentence
    return (sentence, j) if NOTED_AND_AGREED.search(sentence) else None


CONDITIONS_LABEL = re.compile(r"(?:conditions|reasons(?:\s+for\s+refusal)?)\s*:", re.I)


# Belfast's proposals: 'Moved by Councillor A,' / 'Seconded by Councillor B,' / 'That the Committee agrees ...', and
# then how the vote on it went: 'On a vote, eight Members voted for the proposal and seven against and it was
# declared carried.', 'The original proposal ... was thereupon put to the meeting, when ... it was declared carried.'
SECONDED_LINE = re.compile(r"^\W*(?i:seconded\s+by\s+(?:the\s+)?)[A-Z][^,.;:]{2,60},?\s*$")
CAPS_DECISION_START = re.compile(r"^\W*(?:RESOLVED|AGREED|DECIDED)\b")
VOTED_OUTCOME = re.compile(
    r"\b(?:voted\s+for\s+the|the\s+(?:original|substantive|amended))\s+(?P<what>amendment|proposal|motion)\b"
    r".{0,240}?\bdeclared\s+(?P<result>carried|lost)\b",
    re.I,
)


def _seconded_proposals(body: list[Line], texts: list[str]) -> list[tuple[str, Line]]:
    """The proposals moved and seconded under an item, each 'That ...' sentence under its seconder, that the vote
    on it carried: what was decided, where no RESOLVED says it (an amendment lost, or a proposal lost, decides
    nothing)."""
    out: list[tuple[str, Line]] = []
    pending: dict[str, tuple[str, Line]] = {}
    i = 0
    while i < len(texts):
        k = next_filled(texts, i + 1) if SECONDED_LINE.match(plain(texts[i])) else None
        if k is not None and re.match(r"That\s", plain(texts[k])):
            words, j = plain(texts[k]), k
            while not ends_sentence(words) and j + 1 < len(texts) and j - k < 10 and texts[j + 1].strip():
                j += 1
                words = join_wrapped(words, plain(texts[j]))
            above = " ".join(plain(t) for t in texts[max(0, i - 3) : i])
            what = "amendment" if re.search(r"\bamendment\b", above, re.I) else "proposal"
            pending[what] = (words, body[k])
            i = j + 1
            continue
        if pending and texts[i].strip():
            sentence, j = plain(texts[i]), i
            while not ends_sentence(sentence) and j + 1 < len(texts) and j - i < 4 and texts[j + 1].strip():
                j += 1
                sentence = join_wrapped(sentence, plain(texts[j]))
            told = VOTED_OUTCOME.search(sentence)
            if told:
                what = "amendment" if told.group("what").lower() == "amendment" else "proposal"
                decided = pending.pop(what, None)
                if decided and told.group("result").lower() == "carried":
                    out.append(decided)
                i = j + 1
                continue
        i += 1
    return out


def _inside_notes(texts: list[str]) -> list[bool]:
    """The lines that go on inside a note in brackets begun on a line above ('(Under the provisions of Council
    Procedure Rule 16.5, ...', '(The decisions referred to within this minute were not eligible for Call In, as
    the' / 'Board resolved that ...)'): what the note tells is no decision (a point's '(a)' opens no note)."""
    out = [False] * len(texts)
    depth = 0
    for i, t in enumerate(texts):
        out[i] = depth > 0
        if depth == 0 and not (t.lstrip().startswith("(") and not _point(t)):
            continue
        depth = max(0, depth + t.count("(") - t.count(")"))
    return out


# A motion moved in its own words, in quotation marks: '“That this meeting asks ...”'
QUOTED_MOTION = re.compile(r"^\s*[“\"‘']\s*(?:That\s+)?(?P<words>[A-Za-z].*)$")
QUOTE_END = re.compile(r"[”\"’']\s*$")
# what became of it: 'The motion was CARRIED', 'the motion was declared lost', 'The amendment was LOST.'
MOTION_RESULT = re.compile(
    r"\b(?P<what>motion|amendment|proposal)\s+(?:was|is)\s+(?:\w+\s+){0,3}?(?P<result>carried|lost|defeated|fell)\b",
    re.I,
)


# a motion printed after its mover's sentence: '... seconded a motion as set out below:', '... the following motion:'
MOTION_SET_OUT = re.compile(
    r"\b(?:a|the\s+following)\s+motion\s*(?:as\s+set\s+out\s+below|as\s+follows)?\s*:\s*$", re.I
)
# the motion then agreed in its final words: '... which was agreed (recorded vote: see Appendix 1) as follows:'
AGREED_AS_FOLLOWS = re.compile(r"\bwhich\s+was\s+(?:agreed|carried)\b[^.]{0,60}?\bas\s+follows\s*:\s*$", re.I)


RESOLVED_ACCORDINGLY = re.compile(r"^\W*resolved\s+accordingly\W*$", re.I)
# ('The substantive motion was then put to the vote and was declared carried.': over 'Resolved accordingly.')
MOTION_PUT_AND_RESULT = re.compile(
    r"\b(?P<what>motion|amendment|proposal)\s+(?:was|is)\s+(?:\w+\s+){0,9}?(?P<result>carried|lost|defeated|fell)\b",
    re.I,
)


def _carried_motions(body: list[Line], texts: list[str], accordingly: bool = False) -> list[tuple[str, Line]]:
    """An item with no RESOLVED whose motions are quoted and then declared carried or lost (an annual town
    meeting's electors' motions, a motion on notice printed in full): a motion carried is what was decided."""
    out: list[tuple[str, Line]] = []
    quoted: tuple[str, Line] | None = None
    i = 0
    while i < len(texts):
        above = f"{plain(texts[i - 1])} {plain(texts[i])}" if i else plain(texts[i])
        k = next_filled(texts, i + 1) if MOTION_SET_OUT.search(above) else None
        if k is not None and re.match(r"\W*that\s", plain(texts[k])):
            # '... seconded a motion as set out below:' / 'that Councillor Sobey be appointed ...': the motion's one
            # sentence, as printed
            words, j = plain(texts[k]), k
            while not ends_sentence(words) and j + 1 < len(texts) and j - k < 15 and texts[j + 1].strip():
                j += 1
                words = join_wrapped(words, plain(texts[j]))
            if ends_sentence(words):
                quoted, i = (words, body[k]), j + 1
                continue
        m = QUOTED_MOTION.match(texts[i])
        if m:
            words, j = m.group("words").strip(), i
            reach = 25 if accordingly else 15  # (a budget's motion quoted whole runs long)
            while not QUOTE_END.search(words) and j + 1 < len(texts) and j - i < reach and texts[j + 1].strip():
                j += 1
                words = join_wrapped(words, texts[j].strip())
            if QUOTE_END.search(words):
                # (an amendment's words, 'Amendment – moved by ...' / '“Delete paragraph (d) ...”', decide nothing
                # themselves: the motion quoted before it is what a later 'motion ... carried' carries)
                moved = " ".join([plain(t) for t in texts[max(0, i - 4) : i] if t.strip()][-2:])
                if not (accordingly and re.search(r"\bamendment\b", moved, re.I)):
                    quoted = (plain(QUOTE_END.sub("", words)), body[i])
                i = j + 1
                continue
        result = (MOTION_PUT_AND_RESULT if accordingly else MOTION_RESULT).search(texts[i])
        if result and quoted:
            if result.group("what").lower() != "amendment" and result.group("result").lower() == "carried":
                out.extend((p, quoted[1]) for p in (_quoted_points(quoted[0]) if accordingly else [quoted[0]]))
            if not accordingly or result.group("what").lower() != "amendment":
                quoted = None
        i += 1
    return out


def _quoted_points(words: str) -> list[str]:
    """A motion quoted whole, its stem over lettered points ('That this Council ...: (a) approves ...; (b) ...'): the
    points, each a decision, as a decision's points under its stem are; one sentence stays whole."""
    m = re.search(r":\s*\(a\)\s+", words)
    if not m:
        return [words]
    return [p.strip() for p in re.split(r"\s+\([b-z]\)\s+", words[m.end() :]) if p.strip()]


# A proposal's words: 'Proposed by Cllr X, seconded by Cllr Y, to pay the bills.', the Welsh 'Cynigiwyd gan y Cyng.
# X, eiliwyd gan y Cyng. Y i dalu'r biliau.' ('i': to, kept as 'to' is; 'bod': that); an abbreviation's dot ends
# no sentence.
PROPOSED = re.compile(
    r"\b(?:proposed|moved|cynigiwyd)\b(?:[^.]|(?<=Cyng|Cllr)\.|(?<=\b[A-Z])\.)*?\b(?:seconded|eiliwyd)\s+(?:by|gan)\s+"
    r"(?:[^.]|(?<=Cyng|Cllr)\.|(?<=\b[A-Z])\.)*?,?\s(?:that\s+(?P<that>[^.]{3,300}\.)|(?P<what>(?:to|i|bod)\s+[^.]{3,300}\.))",
    re.I,
)


BARE_AGREED = re.compile(r"^\s*Agreed\.\s*$")
# a line of its own agreeing the last meeting's minutes, its subject the item's title: 'Agreed as accurate.'
AGREED_AS_A_RECORD = re.compile(r"^\s*Agreed\s+as\s+(?:an?\s+)?(?:accurate|correct|true)(?:\s+record)?\s*\.?\s*$")
# the last meeting's minutes agreed in a sentence, the verb in capitals as the house style's formal word: 'The minutes
# of the meeting held on 16 October 2025 were AGREED as a correct record and signed by the Chair.'
RECORD_AGREED = re.compile(
    r"\b(?:was|were)\s+(?:AGREED|APPROVED|CONFIRMED)\s+as\s+(?:an?\s+)?(?:correct|true|accurate)\b"
)


def _minutes_agreed(texts: list[str], i: int) -> tuple[str, int] | None:
    """The last meeting's minutes agreed as a record, in a line of its own or a sentence with the verb in capitals:
    the decision's words, and the line after them."""
    if len(texts[i]) < 40 and AGREED_AS_A_RECORD.match(texts[i]):
        return plain(texts[i]), i + 1
    if "AGREED" not in texts[i] and "APPROVED" not in texts[i] and "CONFIRMED" not in texts[i]:
        return None
    if not RECORD_AGREED.search(texts[i]):
        return None
    sentence, j = plain(texts[i]), i + 1
    k = i  # ('The Minutes of the Meeting of the ... Committee' / 'held on 17 November 2025 were APPROVED as ...':
    while k > max(0, i - 3) and re.match(r"[a-z]", plain(texts[k])) and texts[k - 1].strip():  # its first lines)
        if ends_sentence(plain(texts[k - 1])):
            break
        k -= 1
        sentence = f"{plain(texts[k])} {sentence}"
    while not ends_sentence(sentence) and j < min(len(texts), i + 4) and texts[j].strip():
        sentence, j = f"{sentence} {plain(texts[j])}", j + 1
    mo = OUTER_MARKER.match(sentence) or re.match(r"^\d{1,3}(?:\.\d{1,3})+\s+", sentence)  # ('3.1<TAB>The minutes')
    return (sentence[mo.end() :] if mo else sentence), j


# the sentence right before a bare 'Agreed.': 'the Clerk proposed that X.', 'The Clerk recommended that X.'
PROPOSED_ALONE = re.compile(r"\b(?:proposed|recommended|suggested)\s+that\s+(?P<that>[^.]{3,300}\.)\s*$")
# a parish's answer to a planning application, agreed on the line below: 'Response: No objection.'
RESPONSE = re.compile(r"^\W*(?:response|observations?|comments?)\s*:\s*(?P<r>\S.{0,200})$", re.I)


def _what_was_proposed(texts: list[str], i: int, cite: Line) -> list[tuple[str, Line]]:
    """A bare 'AGREED.' after a proposal: what was proposed is what was agreed; nothing where no proposal says it."""
    before = " ".join(plain(t) for t in texts[max(0, i - 2) : i + 1])
    before = before[: before.rfind("AGREED")] if "AGREED" in before else before
    found = list(PROPOSED.finditer(before))
    if found:
        return [(found[-1].group("that") or found[-1].group("what"), cite)]
    # ('BALC membership: the Clerk proposed that the Council renew ...' / 'Agreed.': no seconder printed)
    alone = PROPOSED_ALONE.search(before)
    answer = RESPONSE.match(plain(texts[i - 1])) if i >= 1 else None  # (the line i is the 'AGREED.')
    return [(alone.group("that"), cite)] if alone else [(answer.group("r"), cite)] if answer else []


# A decision's sentence broken off before its object, the points under it completing it ('... be granted
# subject to:' over '(a) the conditions set out in Appendix 1; (b) ...').
WANTS_ITS_POINTS = re.compile(
    r"\b(?:subject\s+to|to\s+include|including|comprising|consisting\s+of)(?:\s+the\s+following)?\s*:$", re.I
)
THAT = re.compile(r"\W*that\b", re.I)
# (a call-in's referral keeps its words; a planning refusal's 'for the following reasons:' is only its reasons' stem)
REASONS_FOLLOW = re.compile(r"\bbe\s+referred\b.*\bfor\s+the\s+following\s+reasons?\s*:\s*$", re.I)
IT_WAS_AT_END = re.compile(r"(?<=[.;])\s+(It\s+was\b[^.]{0,40})$")
AGREED_AT_START = re.compile(r"\s*(?:agreed|resolved)\b")
IT_WAS_AGREED_AT_START = re.compile(r"\s*it\s+was\s+(?:unanimously\s+)?(?:agreed|resolved)\b\s*")


def _label_off_points(body: list[Line]) -> list[Line]:
    """'Decision<TAB>1. Having considered ...': a decision box's label on the line of its first point, read as
    the label over its points (as 'RESOLVED:' over '1. ...'), each line keeping its citation."""
    out: list[Line] = []
    for n, line in enumerate(body):
        boxed = DECISION_ROW.match(line.text)
        rest = line.text[boxed.end() :].strip() if boxed else ""
        if boxed and POINT.match(rest):
            out += [Line(line.number, line.page, "Decision:"), Line(line.number, line.page, rest)]
            continue
        # 'AGREED:<TAB>(a) that ...' over '(b) that ...': the first point beside its label, the rest below
        beside = FIRST_POINT_BESIDE.match(line.text)
        if beside and _next_point_below(line.text[beside.end() :], body[n + 1 : n + 8]):
            label, first = line.text[: beside.end("label")], line.text[beside.end("label") :].strip(" \t:-–")
            out += [Line(line.number, line.page, f"{label.strip()}:"), Line(line.number, line.page, first)]
            continue
        out.append(line)
    return out


def _next_point_below(first: str, below: list[Line]) -> bool:
    """A point of the first point's kind ('(b)' after '(a)') in the lines below, its text wrapped perhaps."""
    kind = _point(first)
    if kind is None:
        return False
    return any((p := _point(x.text)) is not None and p[0] == kind[0] for x in below)


FIRST_POINT_BESIDE = re.compile(
    r"^\s*(?P<label>RESOLVED|AGREED|DECIDED)\s*(?::-?|\t|\s[–—-]\s|\s)\s*(?=(?:\((?:1|a|i)\)|(?:1|a)[.)])\s)"
)


def _unmarked_list(body: list[Line], texts: list[str], k: int) -> tuple[list[tuple[str, Line]], int]:
    """'RESOLVED that Cabinet be recommended:' over points printed one a line with no numbers (an HTML list
    read as text): each line ends as a list's points do ('...;', '...; and', the last with a full stop); or
    each names a thing and, after a dash, who or what ('Ravensby Citizens Advice – Councillor F Rahman'), a
    line that leaves a bracket open going on to the next. The points and where the list ends."""
    out: list[tuple[str, Line]] = []
    j = k
    cur: list[str] = []
    first = body[k] if k < len(body) else None
    spans = []  # how many lines each point took: a point may wrap ('the site lies outside ...' / '... Local Plan;')
    while j < len(body) and texts[j].strip() and not _decision(texts[j])[0]:
        t = plain(texts[j])
        if not cur:
            first = body[j]
        cur.append(t)
        j += 1
        # ('That the Scheme, attached at Appendix A to the report,' / 'be approved ...': one sentence wrapped)
        goes_on = t.endswith(",") and j < len(body) and _starts_lower(texts[j])
        if re.search(r"(?:[;,]|[;,]\s+(?:and|or)|\.)$", t) and first is not None and not goes_on:
            out.append((" ".join(cur), first))
            spans.append(len(cur))
            cur = []
            if t.endswith("."):
                break
        elif len(cur) >= 4:
            break
    wrapped = any(n > 1 for n in spans)
    # (a wrapped list's points end as a list's do, with ';' or '; and', all but the last)
    if cur or (wrapped and not all(re.search(r";(?:\s+(?:and|or))?$", t) for t, _ in out[:-1])):
        out = []
    if len(out) >= 2:
        return out, j
    out, j = [], k
    while j < len(body) and PAIR_ENTRY.match(plain(texts[j])) and not _decision(texts[j])[0]:
        t, line = plain(texts[j]), body[j]
        j += 1
        # '... (substitute: Councillor B' / 'Varley)', '– Councillors A Naylor and' / 'B Colley', '..., Nasreen' /
        # 'Chaudhry and P Lind' (a forename alone after the list's comma)
        while (
            (t.count("(") > t.count(")") or re.search(r"(?:\band|,)$|,\s*[A-Z][a-z'’-]+$", t))
            and j < len(body)
            and texts[j].strip()
            and not PAIR_ENTRY.match(plain(texts[j]))
        ):
            t, j = f"{t} {plain(texts[j])}", j + 1
        out.append((t, line))
    return (out, j) if len(out) >= 2 else ([], k)


# 'Pennine Moors Joint Countryside Committee – Councillor H Rushton': a thing and, after a dash, who or what
PAIR_ENTRY = re.compile(r"^[A-Z][^–—:;]{2,80}?\s[–—-]\s+[A-Z]\S*(?:\s+\S+){0,12}$")


POINTS_COLUMN = re.compile(r"recommendations?|resolutions?|decisions?", re.I)


def _table_of_points(body: list[Line], texts: list[str], k: int) -> list[tuple[str, Line]]:
    """A stem's points printed as a table under it ('No. | Recommendation | Lead Cabinet Member' over rows 'R1 |
    That ... | Cabinet Member for Housing'): the Recommendation cell of each row, a point each."""
    heads = [c.strip() for c in texts[k].split("\t")]
    column = next((n for n, h in enumerate(heads) if POINTS_COLUMN.fullmatch(h)), None)
    if column is None or len(heads) < 2:
        return []
    out: list[tuple[str, Line]] = []
    for j in range(k + 1, len(texts)):
        cells = texts[j].split("\t")
        if len(cells) < 2:
            break
        said = plain(cells[column]) if column < len(cells) else ""
        if said:
            out.append((said, body[j]))
    if out and sum(len(t.split()) for t, _ in out) < 4 * len(out):
        return []  # 'Approve', 'Approve; proceed to TRO': a schedule's verdicts under a decision the stem says whole
    return out


def _enclosing_point(texts: list[str], i: int) -> str | None:
    """The kind of point a line's paragraph opens with ('(d) Application ... /  ... – RESOLVED: No objection'):
    a decision told inside a lettered entry, the next letter is the next entry, not a point of the decision."""
    for x in range(i, max(-1, i - 6), -1):
        if not texts[x].strip() or re.match(r"\s*\d{1,3}\.\d{1,3}\b", texts[x]):
            return None  # (a paragraph of its own, '7.4<TAB>The Committee RESOLVED to', is inside no entry above)
        p = _point(texts[x])
        if p:
            return p[0]
    return None


def next_filled(texts: list[str], j: int) -> int | None:
    while j < len(texts) and not texts[j].strip():
        j += 1
    return j if j < len(texts) else None


def _letter_after(text: str, last: str) -> bool:
    """The point's marker is the letter after the last one: '(i)' after '(h)', '(v)' after '(u)'."""
    m = POINT.match(text)
    mark = m.group("m").strip("()").lower() if m else ""
    return len(mark) == 1 and len(last) == 1 and ord(mark) == ord(last) + 1


def _first_marker(text: str) -> bool:
    m = POINT.match(text)
    return bool(m and re.fullmatch(r"\(?(?:1|a|i)[.)]|\d+\.1", m.group("m").strip()))


def _titled_point_over_prose(texts: list[str], k: int) -> bool:
    """'(b) Christmas lights' over 'Moved by Mr R Gethin ...': the item's next part, titled, not a decision's
    point."""
    point = _point(texts[k])
    title = plain(point[1]).strip() if point else ""
    j = next_filled(texts, k + 1)
    return 0 < len(title) <= 60 and not re.search(r"[.;:,]$", title) and (j is None or _point(texts[j]) is None)


def _subheading(texts: list[str], j: int) -> bool:
    """A short line with no full stop and a lettered or numbered point right under it: a heading that
    groups a decision's points ('2026-36 Capital Programme' over '(a) The 10-year capital programme')."""
    t = plain(texts[j]).strip()
    k = next_filled(texts, j + 1)
    return 0 < len(t) <= 80 and not re.search(r"[.;:,]$", t) and k is not None and _point(texts[k]) is not None


def _decision_points(
    body: list[Line], texts: list[str], k: int, list_type: str, outer: str | None
) -> tuple[list[tuple[str, Line]], int]:
    """The points of a decision list starting at line k, all of one marker type; other markers
    fold into the point above (nested bullets), a page break inside a point is rejoined."""
    out: list[tuple[str, Line]] = []
    cur: list[str] | None = None
    cur_line: Line | None = None
    subs: list[tuple[list[str], Line]] = []  # the current point's own numbered points, where it has them
    bulleted = True  # and whether they are all bullets
    stem_end = 0  # how much of the current point comes before them

    def flush() -> None:
        nonlocal cur, subs, bulleted
        if cur is None or cur_line is None:
            return
        stem = plain(" ".join(cur[:stem_end]))
        # each a sentence of its own, or a clause of its own ('(i) that the first hour of parking be free ...;')
        whole = all(
            (re.match(r"\W*[A-Z]|£\d", s[0]) and ends_sentence(s[-1]))
            or (re.match(r"\W*that\s", s[0]) and re.search(r"[.;](?:\s+and)?\s*$", plain(s[-1])))
            for s, _ in subs
        )
        if subs and stem.endswith(":") and (whole or (bulleted and len(subs) >= 2)):
            # '(b) the following additional conditions:' over '1. The rear yard shall ...' '2. A noise ...': each
            # condition a sentence of its own, a point each, the lettered stem dropped; so too bullets under
            # '(a) permission be granted subject to conditions covering:' (numbered sub-points completing their
            # stem's sentence in lower case stay one point with it)
            out.extend((" ".join(s), line) for s, line in subs)
        else:
            out.append((" ".join(cur), cur_line))
        cur, subs, bulleted = None, [], True

    last_letter = ""
    titles = True  # every point so far a title on one line
    # a decision set out as 'THAT ...' paragraphs in capitals ('THAT planning permission be refused ... for the
    # following reasons:' over its reasons): a 'THAT ...' after the list is the decision's next part
    caps_that = any(CAPS_THAT.match(plain(t)) for t in texts[max(0, k - 4) : k])
    j = k
    while j < len(body):
        t = texts[j]
        if not t.strip():
            nb = next_filled(texts, j)
            if nb is None:
                break
            p = _point(texts[nb])
            nested = p is not None and p[0] != outer and _indent(texts[nb]) > _indent(texts[k])
            if (p and p[0] == list_type) or (cur is not None and (_starts_lower(texts[nb]) or nested)):
                j = nb
                continue
            resumed = _after_page_break(texts, nb, list_type) if cur is not None else None
            if (
                cur is not None
                and resumed is not None
                and (_runs_on(cur[-1]) or next_marker(texts[resumed], last_letter))
            ):
                j = resumed  # '(b) ...; and' / 'Page 2' / 'Cabinet – 10 June 2025' / '(c) ...'; '(2) ...' / ... / '(3)'
                continue
            break
        pt = _point(t)
        if pt and list_type == "(a)" and pt[0] == "(i)" and _letter_after(t, last_letter):
            pt = ("(a)", pt[1])  # '(i)' after '(h)': the ninth letter, not a roman one
        # (a point of a list numbered as the paragraphs are goes on while its numbers follow: '(2)' after '(1)')
        going_on = pt is not None and pt[0] == list_type == outer and (j == k or next_marker(t, last_letter))
        if pt and pt[0] == list_type and (mk := POINT.match(t)):
            last_letter = mk.group("m").strip("()").lower()
        ended = cur is not None and re.search(r"(?:[.;]|;\s+and)\s*$", plain(cur[-1]))
        # ('10. Biodiversity enhancement' / 'Notes to Applicant' / '1. Working with the Applicant': a heading over
        # points numbered again from the first)
        restarts = cur is not None and (nb := next_filled(texts, j + 1)) is not None and _first_marker(texts[nb])
        # ('63.2<TAB>Reasons': numbered as the minute's paragraphs are, the decision told at a paragraph's end)
        if cur is not None and REASONS_SECTION.fullmatch(PARAGRAPH_DECIMAL.sub("", plain(t))):
            break  # 'Reasons for the decision' over paragraphs numbered afresh: why, not more of the decision
        if cur is not None and pt and pt[0] != list_type and RECORD_PART.match(pt[1]):
            break  # '(a) Reasons for the decision: ...', '(c) Conflicts of interest ...': the decision's record
        if not pt and (ended or restarts) and _subheading(texts, j):
            j += 1  # a heading over the next points ('2026-27 Council Tax'), not part of the point above
            continue
        if cur is not None and REASON_LINE.match(plain(t)):
            # 'Reason: To maintain visibility ...' under a point: why it was decided, not more of it; the
            # points may go on below it ('(ii) That ...')
            flush()
            while j + 1 < len(body) and texts[j + 1].strip() and not _point(texts[j + 1]):
                j += 1
            nb = next_filled(texts, j + 1)
            if nb is None or not (p := _point(texts[nb])) or p[0] != list_type:
                j += 1
                break
            j = nb
            continue
        mo = OUTER_MARKER.match(plain(t))
        own_point = pt is not None and pt[0] == list_type  # ('iii. AGREED that ...' among 'i. NOTED ...' points)
        if (_decision(t)[0] and not own_point) or (
            mo and outer and _marker_type(mo.group("m")) == outer and not going_on
        ):
            break  # the next decision, or the next numbered paragraph of the minute
        if not pt and cur is not None and OR_FAILING.match(plain(t)) and re.search(r"[;.]\s*$", plain(cur[-1])):
            # '• details of the drainage scheme ...;' / 'or, if a satisfactory legal agreement cannot be completed,
            # that the application be REFUSED ...': after the list, the decision's other limb
            flush()
            cur, cur_line = [plain(t)], body[j]
            j += 1
            continue
        more = AND_THEN.match(plain(t)) if not pt and cur is not None else None
        if not pt and cur is not None and caps_that and CAPS_THAT.match(plain(t)) and ends_sentence(plain(cur[-1])):
            flush()
            # ('... Local Plan 2024.' / 'THAT the Head of Development ...': the formula's 'THAT' taken off, as the
            # first paragraph's is)
            cur, cur_line = [plain(t)[CAPS_THAT.match(plain(t)).end() :]], body[j]
            j += 1
            continue
        if (more or (not pt and cur is not None and WITH_THEN.match(plain(t)))) and ends_sentence(plain(cur[-1])):
            # '... on request.' / 'and to REFUSE the extension of hours on Sundays, ...': after the list, the stem's
            # sentence goes on to a second decision ('determined to GRANT ..., subject to: 1. ... 5. ... and to
            # REFUSE ...'); or to a part of the one granted ('... quietly.' / 'with the hours for the sale of alcohol
            # reduced to ...')
            flush()
            cur, cur_line = [plain(t)[more.end() :] if more else plain(t)], body[j]
            j += 1
            continue
        if pt and pt[0] == list_type:
            # (a list of conditions by their titles: each a line of its own, short, no sentence)
            titles = (cur is None or titles) and len(plain(pt[1])) <= 80 and not re.search(r"[.;:,]$", plain(pt[1]))
            flush()
            cur, cur_line = [pt[1]], body[j]
        elif cur is not None:
            if not pt and "\t" in t and plain(" ".join(cur)).endswith(":"):
                j += 1  # '... for each valuation band be as follows:' over a table: the point's table, not its words
                continue
            if not pt and ends_sentence(plain(cur[-1])) and re.match(r"^\W*[A-Z]", t) and j > k:
                if not _reason_between(texts, j, list_type, last_letter):
                    break  # the list has ended and the minute's prose goes on
            # (the last title short of the line's width: a point that fills its line wraps onto the next)
            if not pt and titles and len(cur) == 1 and len(plain(cur[0])) <= 55 and re.match(r"^\W*[A-Z]", t) and out:
                break  # '17. Dust management plan' / '18. Boundary treatment' / 'In the event of ...': a list of titles
            titles = titles and pt is not None
            # '1) The development ... shall begin within three years.' / 'In pursuance of section 91 ...' /
            # '2) ...': a condition's reason under it, the list going on below
            if pt:
                stem_end = stem_end if subs else len(cur)
                subs.append(([pt[1]], body[j]))
                bulleted = bulleted and pt[0] == "bullet"
            elif subs:
                subs[-1][0].append(t)
            cur.append(pt[1] if pt else t)
        j += 1
    flush()
    return out, j


# a stem over the text it adopts: '... be adopted, namely:', '... in the following terms:'
ADOPTED_IN_FULL = re.compile(r"\b(?:namely|as\s+follows|in\s+the\s+following\s+terms)\s*:$", re.I)
# a motion's preamble: 'This Council notes that ...', 'The Council believes ...'
MOTION_PREAMBLE = re.compile(
    r"^\W*(?:this|the)\s+council\s+(?:(?:further\s+)?notes|believes|recognises|welcomes|acknowledges"
    r"|is\s+concerned)\b",
    re.I,
)
# a motion's own lead-in to its points: 'This Council therefore resolves to:', '... calls on the Cabinet to:'
MOTIONS_LEAD_IN = re.compile(r"\b(?:resolves?|agrees?|calls\s+(?:up)?on|requests?|asks?)\b.{0,120}:$", re.I)


# a numbered paragraph under a decision's label alone, saying what the body did: '5.5<TAB>The Panel recommended ...'
BODY_DID = re.compile(
    rf"^\W*(?:\d{{1,2}}\.\d{{1,2}}\.?\s+)?(?:the\s+)?{DECIDING_BODIES}\s+"
    r"(?P<v>noted|recommended|agreed|approved|resolved|decided|endorsed|authorised)\b",
    re.I,
)


DECISION_BESIDE_REASON = re.compile(
    r"(?:resolved|decision)\s*:?\t(?:the\s+)?reasons?\s+for\s+(?:the\s+)?decision\s*:?", re.I
)


def _under_bare_labels(texts: list[str]) -> list[str]:
    """'CONCLUSION:' alone over '5.5<TAB>The Panel recommended to Cabinet that ...': the decision is what the body
    did, from its verb; over '6.4<TAB>The Panel noted the report.' it noted what it was told, no decision, as
    'The IJB noted the report.' is none."""
    out = list(texts)
    for k in range(len(texts) - 1):
        cells = [plain(c) for c in texts[k].split("\t") if c.strip()]
        if len(cells) == 2 and DECISION_BESIDE_REASON.fullmatch(f"{cells[0]}\t{cells[1]}"):
            # 'RESOLVED | Reason for decision' over 'That planning permission be granted ... | As set out in the
            # report.' (Powys's): the decision the first cell of the row under the heading row, the reason no part
            j = next_filled(texts, k + 1)
            if j is not None and "\t" in texts[j]:
                out[k], out[j] = "", f"RESOLVED: {plain(texts[j].split(chr(9))[0])}"
            continue
        md = DECISION.match(plain(texts[k]))
        if not md or md.group("rest").strip(" :-–—") or not md.group("verb").upper().startswith("CONCLUSION"):
            continue
        j = next_filled(texts, k + 1)
        did = BODY_DID.match(plain(texts[j])) if j is not None else None
        if did and j is not None:
            out[k] = ""
            out[j] = "" if did.group("v").lower() == "noted" else f"RESOLVED: {plain(texts[j])[did.start('v') :]}"
    return out


def _points_after_table(texts: list[str], j: int) -> int | None:
    """The first point under an 'And the following conditions:' that comes after a table (rows of cells) from line j,
    a decision's second stem after the table its first led into."""
    k = j
    while k < len(texts) and ("\t" in texts[k] or not texts[k].strip()):
        k += 1
    if k == j or k >= len(texts):
        return None
    t = plain(texts[k])
    if not (t.endswith(":") and re.match(r"(?:and|together\s+with|plus)\b", t, re.I)):
        return None
    return _first_point_below(texts, k)


def _motions_own_points(texts: list[str], k: int, reach: int = 30) -> int | None:
    """The first point under the lead-in of a motion printed in full from line k, before any other decision."""
    for j in range(k, min(k + reach, len(texts))):
        t = plain(texts[j])
        if _decision(texts[j])[0] or _point(texts[j]):
            return None
        if MOTIONS_LEAD_IN.search(t):
            return _first_point_below(texts, j)
    return None


def _stem_colon(texts: list[str], k: int, short: bool = False, reach: int = 2) -> int | None:
    """The line ending in a colon that closes a stem wrapped over a line or two from line k ('RESOLVED to note
    matters ... since the' / 'last meeting relating to:'); with `short`, a stem of short lines that are not
    sentences ('Permit' / 'Subject to the following conditions and notes:'). None where the decision's one
    sentence ends first, the next decision starts below it, or the colon's line is a decision of its own
    ('RESOLVED: That the following ... be referred to Cabinet:'). `reach`: the lines the stem may take."""
    j = k
    while j < min(k + reach, len(texts) - 1) and texts[j].strip() and not plain(texts[j]).endswith(":"):
        t = plain(texts[j])
        if ends_sentence(t) or _decision(texts[j + 1])[0] or (short and (len(t) > 60 or _point(texts[j]))):
            return None
        j += 1
    t = plain(texts[j])
    return j if t.endswith(":") and len(t) <= 160 and not _decision(texts[j])[0] else None


def _first_point_below(texts: list[str], j: int) -> int | None:
    """The first point under the stem's colon at line j, over a heading of the points if there is one ('agree the
    following:' / '2026-36 Capital Programme' / '(a)')."""
    after = next_filled(texts, j + 1)
    if after is not None and not _point(texts[after]) and _subheading(texts, after):
        after = next_filled(texts, after + 1)
    return after if after is not None and _point(texts[after]) else None


def _reason_between(texts: list[str], j: int, list_type: str, last: str) -> bool:
    """The unnumbered paragraph at j is followed, within a few lines, by the list's next point."""
    for x in range(j + 1, min(j + 6, len(texts))):
        p = _point(texts[x])
        if p:
            return p[0] == list_type and next_marker(texts[x], last)
        if not texts[x].strip():
            return False
    return False


def next_marker(text: str, last: str) -> bool:
    """The point's marker follows the last one: '(3)' after '(2)', '(c)' after '(b)'."""
    m = POINT.match(text)
    mark, last = re.sub(r"[().]", "", m.group("m").lower() if m else ""), re.sub(r"[().]", "", last)
    if mark.isdigit() and last.isdigit():
        return int(mark) == int(last) + 1
    return _letter_after(text, last)


def _runs_on(text: str) -> bool:
    """A point that says another follows ('...;', '...; and')."""
    return bool(re.search(r"(?:;|;\s*and|,\s*and|\band)\s*$", plain(text)))


def _after_page_break(texts: list[str], k: int, list_type: str) -> int | None:
    """Where a list's next point is printed after a page's stamp and running header: the point's line,
    if only a few short lines that end no sentence (page furniture) come before it."""
    seen = 0
    for j in range(k, min(len(texts), k + 8)):
        t = plain(texts[j])
        if not t:
            continue
        p = _point(texts[j])
        if p and p[0] == list_type:
            return j
        seen += 1
        if seen > 3 or len(t) > 100 or t.endswith((".", ":", ";")):
            return None
    return None


def _decision_sentence(
    body: list[Line], texts: list[str], i: int, k: int | None, stem: str, inline: bool
) -> tuple[list[tuple[str, Line]], int]:
    """A single decision: the rest of the line (after 'that'), or the paragraph below it."""
    text = re.sub(r"^that\s*[,:]?\s*", "", stem, flags=re.I) if stem else ""
    cite = body[i]
    j = i + 1
    if not text:
        if k is None:
            return [], len(body)
        text, cite, j = plain(texts[k]), body[k], k + 1
        # '... and RESOLVED' / 'unanimously that ...': how it was decided opens the next line
        if HOW_AT_START.match(text):
            text = re.sub(r"^that\s*[,:]?\s*", "", HOW_AT_START.sub("", text).strip(" ,"), flags=re.I) or text
    end = SENTENCE_END.search(text)
    if inline and end:  # a decision told inside a paragraph is its sentence
        # ('... on Church Road (proposed MC, seconded BQ, all in favour). The Clerk will ...': how it was decided
        # is no part of it)
        said = text[: end.end()]
        found = [(TALLY_AT_END.sub(".", said) if TALLY_AT_END.search(said) else said, cite)]
        rest = text[end.end() :].strip()
        # and another later in the paragraph ('... be noted. AGREED: that the officer report ...'), one a sentence
        while (again := _decision(rest)[0]) is not None:
            more = re.sub(r"^that\s*[,:]?\s*", "", again.group("rest").strip(" :-–—"), flags=re.I)
            stop = SENTENCE_END.search(more)
            found.append((more[: stop.end()] if stop else more, cite))
            rest = more[stop.end() :].strip() if stop else ""
        return found, j
    # 'That planning permission be refused for the following reason:' over one paragraph: the reason, all of it
    whole = bool(FOLLOWING_REASON.search(text))
    text = f"{text}:" if whole else text
    parts = [text]
    while j < len(body) and not ends_sentence(parts[-1]) and (rest := _rest_over_page_break(texts, j)):
        # '... ar sail diffyg lle parcio' / 'Rhif<TAB>Cofnod<TAB>Gweithredu' / '<TAB>a’r effaith ar y lôn gul ...': a
        # table of minutes broken by a page, its heading row printed again, the decision's cell going on
        parts.append(rest[0])
        j = rest[1]
    while (
        j < len(body)
        and texts[j].strip()
        and (not _point(texts[j]) or _next_run_in(" ".join(parts), texts[j]))
        # ('AGREED:<TAB>On the proposal of Councillor A, seconded by Alderman B,' / 'it was agreed to approve ...': the
        # clause the decision's line opened goes on, no new decision)
        and (
            not _decision(texts[j])[0]
            or (texts[j - 1].rstrip().endswith(",") and IT_WAS_AGREED_AT_START.match(texts[j]))
        )
        and (not OUTER_MARKER.match(plain(texts[j])) or _next_run_in(" ".join(parts), texts[j]))
        and not re.match(r"^\W*(?:note|\(note)\b", texts[j], re.I)
        and "\t" not in texts[j]
        and not MOVEMENT_NOTE.match(plain(texts[j]))
        and not SIGNATURE_LINE.match(texts[j])  # the chair's dotted line to sign on, under the last minute
    ):
        if re.match(r"^\W*[A-Z]", texts[j]) and (
            ends_sentence(parts[-1]) or TALLY_AT_END.search(parts[-1]) or _paragraph_ended(texts, i, j)
        ):
            break  # a new sentence on a new line: the decision has ended
        if j - 1 == i and texts[i].rstrip().endswith(",") and not parts[-1].endswith(","):
            parts[-1] += ","  # (the stem's comma, cut from the decision's own line, goes on to the clause below)
        parts.append(texts[j])
        j += 1
    decided = HOW_IT_WAS_DECIDED.split(plain(" ".join(parts)), maxsplit=1)[0]
    if not stem and BODY_WITH_GROUNDS.match(decided):
        # under a 'Decision' heading: 'The Board, being satisfied that ...' / '... public health, agreed to suspend
        # ...': the body's grounds wrapped over lines, its decision after them
        again = _decision(decided)[0]
        decided = again.group("rest").strip(" :-–—") if again else decided
    # the decision is its sentence: '... signed by the Chair and the RFO. The Clerk will publish the notice ...'
    # goes on about something else (a next point, '2. Delegate ...', is not that)
    end = NEXT_SENTENCE.search(decided) or NEXT_DECISION.search(decided)
    further: list[tuple[str, Line]] = []
    if end and not whole and not re.match(r"That\b", decided[end.end() :]):
        # '... to the rugby club. RESOLVED' / 'also to give £150 to the paper.': a second decision told after it
        again = DECISION.match(decided[end.end() :]) if NEXT_DECISION.match(decided, end.start()) else None
        if again and (more := re.sub(r"^that\s*[,:]?\s*", "", again.group("rest").strip(" :-–—"), flags=re.I)):
            further = [(more, cite)]
        decided = decided[: end.start() + 1]
    decided = TALLY_AT_END.sub(".", decided) if TALLY_AT_END.search(decided) else decided
    found = [(point, cite) for point in _inline_points(decided)] + further
    after = next_filled(texts, j) if CAPS_THAT.match(parts[0]) and not further else None
    if after is not None and CAPS_THAT.match(texts[after]) and ends_sentence(decided):
        # 'RESOLVED:' / 'THAT Cllr A be nominated ...' / 'THAT the Monitoring Officer be authorised ...': decisions
        # set out as paragraphs opening 'THAT' in capitals, each one of its own
        more, j = _decision_sentence(body, texts, after, after, "", False)
        found += more
    return found, j


# What follows a decision box's paragraphs: 'DISCUSSION', 'Reasons for the decision', the next heading in capitals.
AFTER_DECISION = re.compile(r"\W*(?:discussion|debate|reasons?\s+for\s+(?:the\s+)?decisions?)\W*", re.I)
MAX_DECISION_PARAGRAPHS = 4


def _paragraphs_to_heading(body: list[Line], texts: list[str], j: int) -> tuple[list[tuple[str, Line]], int]:
    """The paragraphs after a 'DECISION' heading's first, each a decision, when a heading ends them
    ('DISCUSSION', 'REASONS FOR THE DECISION', a heading in capitals, the next item) within a few
    paragraphs; none where no heading comes, as the minute's narrative may go on unheaded."""
    found: list[tuple[str, Line]] = []
    at = j
    while at < len(body) and len(found) <= MAX_DECISION_PARAGRAPHS:
        text = plain(texts[at])
        if not text:
            at += 1
            continue
        if REASON_LINE.match(text):
            return found, at  # ('Decision:' / '... was awarded £2,450.' / 'Reason: ...': why, after what was decided)
        if _decision(texts[at])[0]:
            # (the next application's lines, then its own 'Decision:': the paragraphs between lead up to that one)
            return [], j
        if AFTER_DECISION.fullmatch(text) or _capitals_heading(text) or _point(texts[at]) or OUTER_MARKER.match(text):
            return found, at
        # (a notice's 'Reasons' heading: the decision's paragraph is over, and what follows it in the section is
        # what the decision entails, not more of it)
        if not re.match(r"^\W*[A-Z]", text) or "\t" in texts[at] or REASONS_SECTION.fullmatch(text):
            break
        parts, start = [text], at
        at += 1
        while (
            at < len(body)
            and plain(texts[at])
            and not ends_sentence(parts[-1])
            and not _point(texts[at])
            and not _decision(texts[at])[0]
        ):
            parts.append(plain(texts[at]))
            at += 1
        if not ends_sentence(parts[-1]):
            break
        found.append((" ".join(parts), body[start]))
    return [], j


def _section_heading(text: str) -> bool:
    """'Right of appeal': a short line of its own, capitalised, with no stop and no decision's word."""
    t = plain(text).strip()
    return 0 < len(t) <= 60 and t[0].isupper() and not re.search(r"[.;:,]$", t) and _decision(text)[0] is None


def _capitals_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(text.split()) <= 12


def _rest_over_page_break(texts: list[str], j: int) -> tuple[str, int] | None:
    """A table row's sentence going on over a page break: the table's heading row printed again (short cells,
    no sentence in them), then the row's rest in its second cell, led by a TAB. (its text, the line after it)"""
    cells = [c.strip() for c in texts[j].split("\t")]
    heading = len(cells) >= 2 and all(c and len(c.split()) <= 3 and not re.search(r"\w{4,}\.$", c) for c in cells)
    k = j + 1 if heading else j
    if k >= len(texts) or not texts[k].startswith("\t") or (not heading and k == j and j == 0):
        return None
    if not heading and not texts[k].strip()[:1].islower():
        return None  # (a row's second cell that starts a sentence of its own is no rest of this one)
    cell = texts[k].strip().split("\t")[0].strip()
    return (plain(cell), k + 1) if cell else None


SIGNATURE_LINE = re.compile(r"^\s*(?:[._…]\s*){5,}")
FOLLOWING_REASON = re.compile(r"\bfor\s+the\s+following\s+reasons?$", re.I)


def _paragraph_ended(texts: list[str], i: int, j: int) -> bool:
    """The line before j is short beside the full lines above it in the decision: the last line of its
    paragraph ('... to be carried out' / 'to BS 3998:2010' / 'The Deputy Town Clerk will submit ...')."""
    if j - 1 <= i or any(texts[x].rstrip().endswith(":") for x in range(i, j)):
        return False  # under a colon, a list's entries, each as long as it is
    full = max(len(texts[x].strip()) for x in range(i, j - 1))
    return full >= 50 and len(texts[j - 1].strip()) < 0.6 * full


# A full stop and a new sentence after it ('... by the Chair and the RFO. The Clerk will publish ...'); not an
# initial ('Mr J. Smith') or an abbreviation ('St. Mary's', 'No. 5', the Welsh 'Cyng.' for 'Cllr').
NEXT_SENTENCE = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|No))(?<!\bMrs)(?<!\bCllr)(?<!\bCyng)\.\s+"
    r"(?=[A-Z][a-z]|\d{2,4}/\d)"  # ('26/00517/FUL, ...')
)
# A full stop and another decision's verb after it: '... to the rugby club. RESOLVED also to give ...'
NEXT_DECISION = re.compile(r"(?<!\b[A-Z])(?<!\bCllr)(?<!\bCyng)\.\s+(?=(?:RESOLVED|AGREED|DECIDED)\b)")
# Who proposed it and how the vote went, printed after the decision in the same paragraph: not the decision.
HOW_IT_WAS_DECIDED = re.compile(
    r"(?<=[.!?])\s+(?=(?:proposed|seconded|moved|proposer|on\s+being\s+put|upon\s+being\s+put|the\s+vote\s+was"
    r"|voting\s*:|votes?\s*:)\b)",
    re.I,
)
# '(For 5, Against 2).', '(proposed Cllr Pryor, seconded Cllr Ahmed, unanimous).' after the decision
TALLY_AT_END = re.compile(
    r"\s*\((?:(?:\d{1,3}\s+)?(?:for|in\s+favour)|unanimous|nem\.?\s*con|proposed|moved|seconded)\b[^()]*\)\s*\.?\s*$",
    re.I,
)
HOW_AT_START = re.compile(
    r"^\(?(?:unanimously|accordingly|nem\.?\s*con\.?|by\s+(?:a\s+)?majority(?:\s+vote)?"
    r"|by\s+(?:a\s+majority\s+(?:of\s+)?)?\d{1,3}\s+votes?\s+to\s+\d{1,3}(?:,?\s+with\s+\d{1,3}\s+abstentions?)?)\)?(?=\W|$)"
    # '(on a vote of 10 in favour, 6 against) that ...'
    r"|^\((?:on\s+a\s+vote\s+of\s+|by\s+)?\d{1,3}\s+(?:votes?\s+)?(?:in\s+favour|for)\b[^()]{0,60}\)"
    r"|^\(\d{1,3}\s*:\s*\d{1,3}(?:\s*:\s*\d{1,3})?\)",  # '(9:6)': for and against
    re.I,
)


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


# ('That Council be recommended to: (1) adopt ...; (2) set ...': a lead-in closed by its colon goes too)
INLINE_LIST = re.compile(r"^(?:(?:to|that)?\s*[:–—-]?\s*|[^:()]{0,120}:\s*)(?=(?:\((?:1|a|i)\)|(?:1|a)[.)])\s)", re.I)


def _sequence(first: str) -> list[str]:
    """The markers of a list opened by 'i', 'a' or '1', in order."""
    if first == "i":
        return ROMAN
    if first == "a":
        return [chr(c) for c in range(ord("a"), ord("k"))]
    return [str(n) for n in range(1, 11)]


def _next_run_in(said: str, line: str) -> bool:
    """'After consideration, the committee (1) noted ...;' / '(2) approved ...': the next point of a run-in list
    wrapped to open a line, the sentence going on."""
    if ends_sentence(said) or not (first := re.search(r"\((?:a|i|1)\)\s", said)) or first.start() > 80:
        return False
    seq = _sequence(first.group(0)[1])
    last = [m for m in re.findall(r"\(([a-z]{1,4}|\d{1,2})\)\s", said[first.start() :]) if m in seq][-1]
    nxt = seq[seq.index(last) + 1] if seq.index(last) + 1 < len(seq) else None
    return nxt is not None and line.lstrip().startswith(f"({nxt}) ")


def _run_in_points(points: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """'RESOLVED that the Committee (a) note Decision 25/00112; (b) ask the Cabinet Member ...; and (c) ask
    ...' wrapped over lines: a short stem, then lettered points in one paragraph, a decision each."""
    if len(points) != 1:
        return points
    text, line = points[0]
    m = re.search(r"\((?:a|i|1)\)\s", text)
    if m is None or m.start() > 80 or ends_sentence(text[: m.start()]):
        return points
    parts = _inline_points(text[m.start() :])
    return [(p, line) for p in parts] if len(parts) >= 2 else points


def _inline_points(text: str) -> list[str]:
    """'(i) that grants be awarded; and (ii) that the others be offered a meeting': points told in one
    sentence, each opened by the next marker of the first one's kind, are one decision each."""
    m = re.match(r"^\s*\((i|a|1)\)\s+|^\s*(1|a)([.)])\s+", text)  # '(i) ... (ii) ...', '1. ... 2. ...'
    if not m:
        return [text]
    first = m.group(1) or m.group(2)
    seq = _sequence(first)
    opener, closer = (r"\(", r"\)") if m.group(1) else ("", re.escape(m.group(3)))
    points, rest = [], text[m.end() :]
    for marker in seq[1:]:
        # a bare '2.' starts a point only after the end of the one before ('... approved. 2. That ...')
        cut = (
            re.search(rf"\s+{opener}{marker}{closer}\s+", rest)
            if opener
            else re.search(rf"(?<=[.;:])\s+(?:and\s+|or\s+)?{marker}{closer}\s+(?=\S)", rest)  # ('...; and 4. adopt')
        )
        if not cut:
            break
        points.append(rest[: cut.start()].strip())
        rest = rest[cut.end() :]
    # the last point ends where a note on how it was decided or who left begins ('... 2026. Decision carried: For 6,
    # Against 1', '... agreements. Mayor X left the room for this item and did not vote.')
    note = AFTER_LAST_POINT.search(rest)
    points.append((rest[: note.start() + 1] if note else rest).strip())
    return points if len(points) >= 2 else [text]


# 'Cllr. Kember left the Chamber for this item.': who came or went, a note beside the business, not part of it
CAME_OR_WENT = (
    r"(?:[A-Z][\w'’.-]*\s+){1,5}(?i:left|joined|arrived\s+(?:at|in)|returned\s+to|rejoined|re-?entered|withdrew\s+from)"
    r"\s+the\s+(?i:room|meeting|chamber|council\s+chamber)\b"
)
MOVEMENT_NOTE = re.compile(rf"^{CAME_OR_WENT}[^.]*\.$")
AFTER_LAST_POINT = re.compile(
    r"\.\s+(?=(?:(?:The\s+)?(?i:decision|motion|recommendations?|proposal)s?\s+(?:was\s+|were\s+)?(?i:carried|lost)\b"
    rf"|(?:For|Votes?)\s*:?\s*\d|{CAME_OR_WENT}))"
)


# what a planning authority or another body decided, reported under a 'Decisions:' label
ANOTHER_BODY_DECIDED = re.compile(
    r"^\W*(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,5}(?:Council|Authority|Inspectorate|Government|Board)\s+"
    r"(?:has|have|had)\s+(?:now\s+)?(?:granted|refused|approved|permitted|determined|decided|issued|allowed|dismissed)\b"
)


# who presides declaring the outcome of an election or appointment: 'Whereupon the Lord Mayor declared X duly elected',
# 'There being no contest, the Lord Mayor declared A and B duly appointed' (not 'declared the Motion carried')
DECLARED_ELECTED = re.compile(
    r"^\W*(?:(?:Whereupon|Thereupon)\s+|There\s+being\s+no\s+(?:contest|other\s+nominations?),\s+)the\s+"
    r"(?:Lord\s+)?(?:Mayor|Chair(?:man)?|Provost|Convener)\s+declared\s+"
    r"(?!(?:it|that|the\s+(?:motion|amendment|recommendations?|proposal|result))\b)",
    re.I,
)
DECIDED_BY_ANOTHER = re.compile(
    r"\b(?:granted|refused|approved|permitted|determined|allowed|dismissed)\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’&-]*\s+){1,5}(?:Council|Authority|Inspectorate|Government|Board)\b"
)


def _decision(text: str) -> tuple[re.Match[str] | None, str | None, bool]:
    """The decision a line holds: the match, the type of paragraph number before it ('26) RESOLVED
    that'), and whether it sits inside a paragraph ('It was RESOLVED to ...', '... extension. It was
    RESOLVED to make no objection.'), where the decision is that one sentence."""
    raw = plain(text)
    boxed = DECISION_ROW.match(text)
    if boxed:  # 'Decision<TAB>GRANTED subject to conditions': a decision box's row, its label in a cell of its own
        raw = f"DECISION: {plain(text[boxed.end() :])}"
    referenced = DECISION_WITH_REF.match(raw) if "DECISION" in raw else None
    if referenced:
        raw = f"DECISION: {raw[referenced.end() :]}"
    outer = None
    mo = OUTER_MARKER.match(raw)
    if mo:
        outer = _marker_type(mo.group("m"))
        raw = raw[mo.end() :]
    inline = False
    # 'Decision: RESOLVED: that ...': a web page's label before the decision
    raw = re.sub(r"^(?:decision|minutes)\s*:\s*(?=(?:RESOLVED|AGREED|DECIDED)\b)", "", raw, flags=re.I)
    # ('Recommendations: The Committee agreed to recommend that:' over its points: the body's own, as a decision is)
    label = re.match(r"^(?:decisions?|recommendations?)\s*:\s*", raw, re.I)
    # ('Decision: That Council be recommended to: ...': the decision itself, its 'recommended' no lead's verb)
    labelled = False
    if label and DECISION_LEAD.match(raw[label.end() :]) and not re.match(r"that\s", raw[label.end() :], re.I):
        raw = raw[label.end() :]  # 'Decision: The Council agreed to note the report.': the label, then who decided
        labelled = True
    if ", " in raw[:40]:  # 'The Board, being satisfied that ..., agreed to suspend ...': why, between its commas
        raw = BODY_WITH_GROUNDS.sub(r"\1 ", raw)
    # (a cheap look first; 'The Cabinet approved ...' in a record of decisions is read whole elsewhere)
    bodies = ("ommittee", "ouncil", "oard", "agreed the recommendation")
    if "ouncil" in raw and RECOMMENDED_TO_COUNCIL.match(raw):
        # 'The Cabinet recommended the Council to approve the Pay Policy Statement ...': Gateshead's decision for
        # Council, told whole in a sentence
        return DECISION.match(f"RESOLVED: {raw.strip()}"), outer, True
    considered = CONSIDERED_LEAD.match(raw) if any(b in raw for b in bodies) else None
    if considered:  # 'After consideration, the committee (a) noted the report; (b) approved ...': the body's decision
        return DECISION.match(f"RESOLVED: {raw[considered.end() :]}"), outer, True
    low = raw.lower()
    # (what every mid-line decision holds)
    verb = "resolved" in low or "agreed" in low or "decided" in low or "CARRIED that" in raw or "RECOMMENDED" in raw
    led = DECISION_LEAD.match(raw)
    # ('The Mayor agreed the recommendations as set out, and RESOLVED': a person agreeing, then the decision in
    # capitals after the comma)
    person_led = led is not None and raw[led.end() :][:1].islower() and bool(PERSON_AGREEING.search(led.group(0)))
    mid = None if not verb or DECISION.match(raw) or (led and not person_led) else MID_LINE_DECISION.search(raw)
    if mid and mid.group("d12") and not SECONDED_OR_CARRIED.search(raw, 0, mid.start()):
        # ('... and Members agreed that the verges should be raised': with no seconder, and nothing carried, a view;
        # 'The motion was accordingly carried and the Council agreed:-' is the Council's decision)
        mid = None
    noted = (
        None
        if mid or "NOTED" not in raw or DECISION.match(raw) or DECISION_LEAD.match(raw)
        else NOTED_BY_BODY.search(raw)
    )
    if noted:
        return DECISION.match(f"RESOLVED: {raw[noted.start('n') :]}"), outer, True
    if mid:
        raw, inline = (
            raw[mid.start(next(g for g in MID_LINE_GROUPS if mid.group(g))) :],
            True,
        )
        if mid.group("d11"):
            raw = f"RESOLVED{raw[len('CARRIED') :]}"  # carried that X: the meeting's decision that X
        elif mid.group("d16"):
            raw = f"RESOLVED{raw[len('Resolved') :]}"  # 'Resolved to object ...': the decision, as 'RESOLVED to' is
        elif mid.group("d12"):
            raw = f"RESOLVED {raw[mid.end('d12') - mid.start('d12') :].strip()}"  # agreed X: the decision X
    # 'It was RESOLVED that', 'The Committee RESOLVED:'; not inside a decision ('RESOLVED that X be agreed')
    lead = None if DECISION.match(raw) else DECISION_LEAD.match(raw)
    if (
        lead
        and raw[lead.end() :][:1].islower()
        and not re.search(r"(?:^|\s)it\s+was$", lead.group(0).strip(), re.I)  # ('After discussion it was agreed')
        and re.search(r"\b(?:been|be|being|were|are|is|was)\s*$", lead.group(0).strip(), re.I)
    ):
        return None, None, False  # '... twelve of which had been resolved by the Council': a passive in a narrative
    if lead and re.fullmatch(r"(?:the\s+)?members", lead.group(0).strip(), re.I) and raw[lead.end() :][:1].islower():
        lead = None  # 'Members agreed that the verges should be raised with ...': the members' view, no decision
        if not DECISION.match(raw):
            return None, None, False
    if lead:
        said = lead.group(0).strip().lower()
        raw, inline = raw[lead.end() :], True
        # 'It was resolved that ...'; Scottish minutes: 'The Committee resolved:-' (a body named in capitals)
        named = lead.group(0).split()[1 if said.startswith("the ") else 0 :]
        # ('The Board accordingly agreed:': how the body came to decide, no word of its name)
        named = [w for w in named if w.lower() not in LEAD_ADVERBS] or named
        # ('The Chair agreed that this should be added': a person agreeing in the discussion decides nothing)
        person = not raw[:1].isupper() and bool(PERSON_AGREEING.search(lead.group(0)))
        # ('The committee resolved that:' opening its sentence: 'resolved' is the formal word, whatever the case)
        formal = lead.group(0).startswith("The ") and raw[:8].lower() == "resolved"
        # (a body's name: 'Marchetti agreed that ...', a surname alone, is someone agreeing in the discussion)
        body_named = all(w[:1].isupper() for w in named) and BODY_DECIDING.search(" ".join(named)) is not None
        # ('After discussion it was agreed ...': the same as 'It was agreed', after how it came to be decided)
        it_was = said == "it was" or said.endswith(" it was")
        if (it_was or body_named or formal) and not person:
            raw = raw[:1].upper() + raw[1:]
        # 'agreed by a show of hands (19 for, 2 against) that ...', 'resolved unanimously to:': how it was decided is
        # not the decision
        raw = re.sub(
            r"^(agreed|resolved|decided)\s+"
            r"(?:by\s+(?!(?:a\s+majority\s+(?:of\s+)?)?\d{1,3}\s+votes?\b)[^.]{1,80}?|unanimously|nem\.?\s*con\.?)\s+"
            r"(?=(?:that|to)\b)",
            r"\1 ",
            raw,
            flags=re.I,
        )
        # ('agreed by 6 votes to 2 to object ...': the count is how, not what)
        raw = re.sub(rf"^(agreed|resolved|decided)\s+{BY_VOTES_COUNT.pattern}", r"\1 ", raw, flags=re.I)
        raw = re.sub(r"^[Rr]esolved(?=\s+to\b)", "RESOLVED", raw)  # 'The Committee resolved to note the report'
        if labelled and body_named and not person:
            # 'Decision: The Committee agreed its Forward Work Programme, subject to ...': under its label, what the
            # body agreed is the decision, whatever follows the verb
            raw = re.sub(r"^[Aa]greed(?=\s+(?!to\b|that\b)[a-z])", "RESOLVED", raw)
        # Scottish minutes: 'The Committee agreed to note the report.'; a parish's 'It was agreed to write to ...'
        # (not a clause going on from the line above: 'been consulted before the Cabinet agreed to ...')
        clause = re.match(r"(?!the\s|it\s)[a-z]", lead.group(0)) is not None
        if (BODY_DECIDING.search(lead.group(0)) and not clause) or it_was:
            raw = re.sub(r"^([Aa]greed|[Dd]ecided)(?=\s+to\b)", lambda v: v.group(1).upper(), raw)
    declared = DECLARED_ELECTED.match(raw) if "declared" in raw else None
    if declared and not DECISION.match(raw):
        # 'Whereupon the Lord Mayor declared Deputy Anne Hollis duly elected.': the ballot's outcome, the Court's
        # decision though no 'Resolved' is printed
        return DECISION.match(f"RESOLVED: {raw}"), outer, True
    md = DECISION.match(raw)
    if (
        md
        and md.group("verb").lower().startswith(("decision", "decided"))
        and (ANOTHER_BODY_DECIDED.match(md.group("rest")) or DECIDED_BY_ANOTHER.search(md.group("rest")))
    ):
        # 'Decisions: Highland Council has granted 25/04410/FUL ...', 'Decided: 25/03190/HOU (garage) granted by
        # Highland Council.': another body's decision, reported
        return None, None, False
    return md, (outer if md else None), inline


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?][\"”’']?$", text.strip()))
