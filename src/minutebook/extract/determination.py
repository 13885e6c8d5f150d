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

from minutebook.model import Line

HEAD = 60  # lines: where the notice's title and its labels are printed
NOTICE = re.compile(
    r"\W*(?:licensing\s+act\s+2003\s*[–—-]\s*)?notice\s+of\s+(?:the\s+)?(?:determination|decision)"
    r"(?:\s*[–—-]\s*licensing\s+act\s+2003)?\W*",
    re.I,
)
HEARING_DATE = re.compile(r"^(\W*)date\s+of\s+(?:the\s+)?hearing\s*:", re.I)
HEARING_PLACE = re.compile(r"^(\W*)(?:place|venue)\s+of\s+(?:the\s+)?hearing\s*:", re.I)
# 'Members of the Sub-Committee:', 'Sub-Committee members:', its label cell wrapped ('Members of the Sub-' over
# 'Committee:')
MEMBERS = re.compile(
    r"^(\W*)(?:members\s+of\s+the\s+(?:licensing\s+)?sub-?\s*committee|(?:licensing\s+)?sub-?committee\s+members"
    r"|(?:members\s+of\s+the\s+)?panel(?:\s+members)?)\s*:",
    re.I,
)
MEMBERS_WRAPPED = re.compile(r"^(\W*)members\s+of\s+the\s+(?:licensing\s+)?sub-(?=\t)", re.I)
LABEL_REST = re.compile(r"^\W*committee\s*:", re.I)  # the wrapped label's second line
PARTIES = re.compile(r"^(\W*)(?:parties|others|persons)\s+(?:present|attending|in\s+attendance)\s*:", re.I)
REFERENCE = re.compile(r"^\W*(?:application\s+reference|application\s+no\.?|our\s+ref(?:erence)?)\s*:\s*(\S+)", re.I)
APPLICATION = re.compile(r"^\W*application\s+(?:to|for)\s+\S.{4,200}$", re.I)
APPLICATION_HEADING = re.compile(r"\W*(?:the\s+)?application\W*", re.I)
ACT_AND_BODY = re.compile(r"^\W*licensing\s+act\s+2003\s*[–—-]\s*((?:[A-Z][\w-]*\s+){0,3}Sub-Committee)\s*$", re.I)
BODY = re.compile(r"\b((?:[A-Z][\w-]*\s+){1,3}Sub-Committee)\b")
# a heading of the letter's sections ('Representations', 'THE HEARING', 'Decision', 'Reasons', 'Right of appeal')
SECTION = re.compile(r"\W*(?:[A-Z][A-Za-z’']*)(?:\s+[A-Za-z’']+){0,4}\W*")
DECISION_HEADING = re.compile(r"\W*(?:the\s+)?(?:decision|determination)\W*", re.I)
PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}\.(?:\t|\s+(?=[A-Z]))")
DECIDED = re.compile(r"\b(?:has|have)\s+(?:decided|determined|resolved)\s+(?=to\b)")


def determination_view(lines: list[Line]) -> list[Line]:
    """The lines with a notice of determination's labels in the words of minutes; unchanged for any other
    paper."""
    head = lines[:HEAD]
    if not any("etermination" in x.text or "ETERMINATION" in x.text for x in head):
        return lines
    notice = next((k for k, x in enumerate(head) if NOTICE.fullmatch(x.text.strip())), None)
    if notice is None or not any(HEARING_DATE.match(x.text) for x in head):
        return lines
    body = next((m.group(1) for x in head if (m := BODY.search(x.text))), "Licensing Sub-Committee")
    reference = next((m.group(1) for x in head if (m := REFERENCE.match(x.text))), None)
    title = next((x.text.strip() for x in head[notice:] if APPLICATION.match(x.text)), None)
    out: list[Line] = []
    item_placed = in_decision = False
    for k, line in enumerate(lines):
        text = line.text
        if k > notice and SECTION.fullmatch(text.strip()):
            in_decision = bool(DECISION_HEADING.fullmatch(text.strip()))
        elif k > notice and not in_decision and PARAGRAPH_NUMBER.match(text):
            # the letter's numbered paragraphs (the application, the representations, the reasons) are its prose,
            # not minutes; the decision's own numbered conditions stay its points
            text = PARAGRAPH_NUMBER.sub("", text)
        if k == notice:
            text = f"Minutes of the meeting of the {body} held to hear the application"
        elif k < HEAD:
            text = ACT_AND_BODY.sub(r"Committee:\t\1", text)  # 'Licensing Act 2003 – Licensing Sub-Committee'
            text = HEARING_DATE.sub(r"\1Date:", text)
            text = HEARING_PLACE.sub(r"\1Venue:", text)
            text = MEMBERS.sub(r"\1Present:", text)
            text = MEMBERS_WRAPPED.sub(r"\1Present:", text)
            if k and MEMBERS_WRAPPED.match(lines[k - 1].text):
                text = LABEL_REST.sub("", text)
            text = PARTIES.sub(r"\1Also present:", text)
        if not item_placed and k > notice and reference and title and APPLICATION_HEADING.fullmatch(text.strip()):
            text, item_placed = f"{reference}\t{title}", True  # the section on the application: the hearing's item
        if "decided" in text or "determined" in text or "resolved" in text:
            text = DECIDED.sub("RESOLVED ", text)  # 'The Sub-Committee has decided to GRANT ...'
        out.append(Line(line.number, line.page, text) if text != line.text else line)
    return out
