"""A licensing hearing's notice of determination, read as the record of the hearing.

After a hearing under the Licensing Act 2003 a council sends the parties a notice of what its sub-committee
determined and why (regulation 28 of the Hearings Regulations), and many publish it in place of minutes. It is
laid out as a letter: 'Date of hearing:' / 'Place of hearing:' / 'Members of the Sub-Committee:' / 'Parties
present:' labels, the application, the representations, then 'Decision' ('The Sub-Committee has decided to
GRANT the application ...'). This view gives those labels and that verb the words of printed minutes, and the
section on the application the application's reference as its minute number, so the readers of minutes read
the hearing: who sat, who attended, what was decided. Line numbers are unchanged, so citations hold; the
record keeps the notice's own words everywhere else.
"""

from __future__ import annotations

import re

from minutebook.extract.council import title_case
from minutebook.model import Line

HEAD = 60  # lines: where the notice's title and its labels are printed
# the notice's title: 'NOTICE OF DETERMINATION', 'Licensing Act 2003 – Notice of Determination', 'Decision Notice'
NOTICE = re.compile(
    r"\W*(?:licensing\s+act\s+2003\s*[–—-]\s*)?(?:notice\s+of\s+(?:the\s+)?(?:determination|decision)|decision\s+notice)"
    # ('NOTICE OF DECISION – PRIVATE HIRE DRIVER’S LICENCE': and what it decides)
    r"(?:\s*[–—-]\s*(?:licensing\s+act\s+2003|[^–—]{3,80}))?\W*",
    re.I,
)
END = r"(?:\s*:|(?=\t))"  # a label ends in a colon, or its table cell does
HEARING_DATE = re.compile(rf"^(\W*)(?:date\s+of\s+(?:the\s+)?hearing|hearing\s+date)(?:\s+and\s+time)?{END}", re.I)
HEARING_PLACE = re.compile(rf"^(\W*)(?:(?:place|venue)\s+of\s+(?:the\s+)?hearing|venue|place){END}", re.I)
# 'Members of the Sub-Committee:', 'Sub-Committee members:', 'Panel members', its label cell wrapped ('Members of
# the Sub-' over 'Committee:')
MEMBERS = re.compile(
    r"^(\W*)(?:members\s+of\s+the\s+(?:licensing\s+)?sub-?\s*committee|(?:[\w-]+\s+){0,2}sub-?committee\s+members"
    rf"|(?:members\s+of\s+the\s+)?panel(?:\s+members)?){END}",
    re.I,
)
MEMBERS_WRAPPED = re.compile(r"^(\W*)members\s+of\s+the\s+(?:licensing\s+)?sub-(?=\t)", re.I)
LABEL_REST = re.compile(r"^\W*committee\s*:", re.I)  # the wrapped label's second line
# the parties heard: 'Parties present:', 'Applicant / representative', 'Other persons' (the attendance reader knows
# 'Responsible authorities:' and 'Interested parties:' as they are)
PARTIES = re.compile(
    r"^(\W*)(?:(?:parties|others|persons)\s+(?:present|attending|in\s+attendance)|other\s+persons"
    rf"|(?:applicant|(?:premises\s+)?licen[cs]e\s+holder)(?:\s*/\s*representatives?)?){END}",
    re.I,
)
LABEL_CELL = re.compile(r"^(\W*[A-Z][A-Za-z/’' -]{2,40}?)\t(?=\S)")  # a details table's label cell, no colon
REFERENCE = re.compile(
    r"^\W*(?:(?:application|licen[cs]e|driver|complaint|case|hearing)\s+(?:reference|ref\.?|no\.?|number)"
    r"|our\s+ref(?:erence)?)"
    r"(?:\s*:\s*|\t)(\S+)",
    re.I,
)
# what the hearing was for: 'Application to vary a premises licence', 'Review of a premises licence – ...',
# 'Localism Act 2011 – Complaint that a member has failed to comply with ...'
APPLICATION = re.compile(
    r"^\W*(?:(?:licensing\s+act\s+2003|localism\s+act\s+2011)\s*[–—-]\s*)?"
    r"(?:application\s+(?:to|for)|review\s+of|complaint\s+(?:that|against|about|regarding|by))\s+\S.{4,200}$",
    re.I,
)
APPLICATION_HEADING = re.compile(r"\W*(?:the\s+)?application\W*", re.I)
ACT_AND_BODY = re.compile(r"^\W*licensing\s+act\s+2003\s*[–—-]\s*((?:[A-Z][\w-]*\s+){0,3}Sub-Committee)\s*$", re.I)
BODY = re.compile(r"\b((?:[A-Z(][\w()-]* ){1,3}(?:Sub-Committee|SUB-COMMITTEE))\b")  # ('Regulatory (Taxi Licensing)')
# a heading of the letter's sections ('Representations', 'THE HEARING', 'Decision', 'Reasons', 'Right of appeal',
# '1. Summary of representations', '2. Decision of the Sub-Committee')
SECTION = re.compile(r"\W*(?:[A-Z][A-Za-z’']*)(?:\s+[A-Za-z’'-]+){0,4}\W*")
DECISION_HEADING = re.compile(r"\W*(?:the\s+)?(?:decision|determination)(?:\s+of\s+the\s+[\w -]{3,40})?\W*", re.I)
PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}\.(?:\t|\s+(?=[A-Z]))")
DECIDED = re.compile(r"\b(?:has|have)\s+(?:decided|determined|resolved)\s+(?=to\b)")
FOUND = re.compile(
    r"\b(Sub-Committee|Panel)\s+found\s+that\b"
)  # a standards finding: 'The Sub-Committee found that X failed ...'


LETTER_DATE = re.compile(r"^(\W*)date\s*:", re.I)


def _over_prose(lines: list[Line], k: int) -> bool:
    """A section's heading stands over a paragraph ('The complaint' over 'On 22 September 2025 the Monitoring
    Officer received ...'); a wrapped name or address in the details above does not."""
    below = next((x.text.strip() for x in lines[k + 1 : k + 3] if x.text.strip()), "")
    if PARAGRAPH_NUMBER.match(below):
        return True  # '1.<TAB>On 2 December 2025 Mr Kellaway applied ...'
    if "\t" in below or re.match(r"[^:]{2,40}:", below):
        return False  # a label of the details: 'Hearing Sub-Committee members:<TAB>...'
    return len(below) >= 60


def _numbered_on(below: list[Line], last: int) -> bool:
    """The decision's first numbered paragraph carries on the letter's numbering ('9.' after '8.'), rather than
    starting a list of its own ('1. To modify ...')."""
    first = next((m for x in below if (m := PARAGRAPH_NUMBER.match(x.text))), None)
    return bool(first) and last > 0 and int(first.group().strip().rstrip(".")) == last + 1


def determination_view(lines: list[Line]) -> list[Line]:
    """The lines with a notice of determination's labels in the words of minutes; unchanged for any other
    paper."""
    head = lines[:HEAD]
    if not any(
        "etermination" in x.text or "ETERMINATION" in x.text or "otice" in x.text or "OTICE" in x.text for x in head
    ):
        return lines
    notice = next((k for k, x in enumerate(head) if NOTICE.fullmatch(x.text.strip())), None)
    if notice is None or not any(HEARING_DATE.match(x.text) for x in head):
        return lines
    found = (m.group(1) for x in head if (m := BODY.search(x.text)) and m.group(1)[:1].isupper())
    body = title_case(next(found, "Licensing Sub-Committee"))
    reference = next((m.group(1) for x in head if (m := REFERENCE.match(x.text))), None)
    # (else the notice's own title: 'NOTICE OF DECISION – PRIVATE HIRE DRIVER’S LICENCE')
    title = (
        next((x.text.strip() for x in head[notice:] if APPLICATION.match(x.text)), None) or head[notice].text.strip()
    )
    labels = max((k for k, x in enumerate(head) if HEARING_DATE.match(x.text) or REFERENCE.match(x.text)), default=0)
    # where the last heading 'The application' stands: a section heading before it is not the application's
    headings = (k for k, x in enumerate(lines) if APPLICATION_HEADING.fullmatch(x.text.strip()))
    last_application = max(headings, default=-1)
    out: list[Line] = []
    item_placed = in_decision = False
    # the number of the letter's last numbered paragraph before the decision: one list running through every section
    # ('8.' under 'The hearing', '9.' under 'Decision') numbers the letter's paragraphs, not the decision's points
    last_number = 0
    runs_on = False
    for k, line in enumerate(lines):
        text = line.text
        if k == notice:
            text = f"Minutes of the meeting of the {body} held to hear the application"
        elif k < notice:
            text = LETTER_DATE.sub(r"\1Date of issue:", text)  # the letter's own date, not the hearing's
        elif k < HEAD:
            text = ACT_AND_BODY.sub(r"Committee:\t\1", text)  # 'Licensing Act 2003 – Licensing Sub-Committee'
            text = HEARING_DATE.sub(r"\1Date:", text)
            text = HEARING_PLACE.sub(r"\1Venue:", text)
            text = MEMBERS.sub(r"\1Present:", text)
            text = MEMBERS_WRAPPED.sub(r"\1Present:", text)
            if k and MEMBERS_WRAPPED.match(lines[k - 1].text):
                text = LABEL_REST.sub("", text)
            text = PARTIES.sub(r"\1Also present:", text)
            text = LABEL_CELL.sub(r"\1:\t", text) if k > notice and "\t" in text and ":" not in text[:42] else text
        numbered = PARAGRAPH_NUMBER.match(text) if k > notice else None
        bare = text[numbered.end() :] if numbered else text
        if k > notice and SECTION.fullmatch(bare.strip()):
            in_decision = bool(DECISION_HEADING.fullmatch(bare.strip()))
            runs_on = in_decision and _numbered_on(lines[k + 1 : k + 6], last_number)
            text = bare  # ('2. Decision of the Sub-Committee': a section's heading, numbered)
            if not item_placed and reference and title and k > labels and _over_prose(lines, k):
                # the section on the application, or the first after the details: the hearing's one item
                if APPLICATION_HEADING.fullmatch(bare.strip()) or last_application < k:
                    text, item_placed = f"{reference}\t{title}", True
        elif numbered and (not in_decision or runs_on):
            # the letter's numbered paragraphs (the application, the representations, the reasons) are its prose,
            # not minutes
            text = bare
        elif numbered:
            # the decision's numbered steps or conditions are its points, not minutes: '1. To modify ...' -> '(1) ...'
            text = f"({numbered.group().strip().rstrip('.')}) {bare}"
        if numbered and not in_decision:
            last_number = int(numbered.group().strip().rstrip("."))
        if "decided" in text or "determined" in text or "resolved" in text:
            text = DECIDED.sub("RESOLVED ", text)  # 'The Sub-Committee has decided to GRANT ...'
        if in_decision and " found " in text:
            text = FOUND.sub(r"\1 RESOLVED that", text)
        out.append(Line(line.number, line.page, text) if text != line.text else line)
    return out
