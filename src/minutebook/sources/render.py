"""ModernGov replies -> `ParsedDocument`, so the store ingests them like any file.

A GetMeeting reply is itself a source: it says who was expected and who
came, what each item was called, whether it was restricted, and (once
published) the minute of each item. Rendering it as a short text document,
with every agenda item, minute and attendee cited to its line, lets the one
writer in `minutebook.store` file it (meeting, agenda items, minutes,
attendance, passages for search) in one transaction, with the reply's URL
and fetch time on the document row that every one of those rows points to.

What has no column of its own (party, ward, declaration counts, the minute
HTML, linked documents) travels in `extras["moderngov"]`, stored as the
document's JSON extras.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict

from minutebook.model import (
    AgendaItem,
    Citation,
    Document,
    Meeting,
    MinuteItem,
    Minutes,
    Page,
    ParsedDocument,
    Person,
    Segment,
)
from minutebook.sources.moderngov import Attendee, Decision, MeetingDetail

PRESENT = ("present", "attended", "in attendance", "virtual", "remote")
APOLOGIES = ("apolog",)
# "RESOLVED that …", "Agreed: …", "It was DECIDED to …", or a line that is only a heading ("Decision", "Decisions:")
DECISION_HEAD = re.compile(
    r"^\s*(?:it\s+was\s+)?(?:resolved|agreed|decided|recommended)(?:\s*[:,\-–]\s*|\s+(?=that\b|to\b)|\s*$)(.*)$"
    r"|^\s*(?:decisions?|resolutions?)\s*[:\-–]?\s*$",
    re.I,
)


class _Lines:
    """Text being laid out, handing back the Citation of each line added."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str = "") -> Citation:
        self.lines.append(re.sub(r"\s+", " ", text).strip())
        return Citation(page=None, line=len(self.lines))

    def block(self, text: str) -> None:
        for ln in text.splitlines():
            if ln.strip():
                self.add(ln)


def _kind(a: Attendee) -> str:
    role = (a.role or "").lower()
    if "officer" in role or (a.member_type or "").upper() == "O":
        return "officer"
    return "member"


def _attendee_line(a: Attendee) -> str:
    bits = [b for b in (a.role, a.party, a.ward) if b]
    return f"{a.name}" + (f" ({', '.join(bits)})" if bits else "") + (f": {a.attendance}" if a.attendance else "")


def resolutions_of(text: str) -> list[str]:
    """The decided points of a minute: what follows a RESOLVED / AGREED /
    DECIDED / Decision heading, one string per numbered or separate line."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out: list[str] = []
    for i, ln in enumerate(lines):
        m = DECISION_HEAD.match(ln)
        if not m:
            continue
        rest = (m.group(1) or "").strip(" :")
        if rest and not rest.lower().startswith("that"):
            out.append(rest)
        elif rest:
            out.append(rest[4:].strip() or rest)
        for follow in lines[i + 1 :]:
            if DECISION_HEAD.match(follow):
                break
            out.append(re.sub(r"^(?:\(?[0-9a-z]{1,3}[.)]|[-•])\s+", "", follow))
        break
    return [r for r in out if r]


def meeting_to_parsed(detail: MeetingDetail, reply: bytes, path: str, council: str | None) -> ParsedDocument:
    """One GetMeeting reply as a ParsedDocument whose citations are lines of
    its own rendering (what `minutebook parse --text` would show for it)."""
    out = _Lines()
    status = "Cancelled" if detail.cancelled else (detail.status or "").title() or None
    body = detail.committee_title
    head = out.add(f"{body or 'Meeting'}: {detail.date or 'date unknown'}{' ' + detail.time if detail.time else ''}")
    if detail.location:
        out.add(f"Venue: {detail.location}")
    if status:
        out.add(f"Status: {status}")
    meeting = Meeting(body=body, date=detail.date, time=detail.time, venue=detail.location, citation=head)

    members: list[Person] = []
    present: list[Person] = []
    apologies: list[str] = []
    segments: list[Segment] = []
    if detail.attendees:
        out.add()
        start = out.add("Attendees")
        for a in detail.attendees:
            c = out.add(_attendee_line(a))
            person = Person(name=a.name, role=a.role, kind=_kind(a), citation=c)
            members.append(person)
            att = (a.attendance or "").lower()
            if any(att.startswith(p) for p in PRESENT):
                present.append(Person(name=a.name, role=a.role, kind=_kind(a), citation=c))
            elif any(att.startswith(p) for p in APOLOGIES):
                apologies.append(a.name)
        segments.append(Segment("other", "Attendees", start, Citation(None, len(out.lines))))

    agenda: list[AgendaItem] = []
    if detail.items:
        out.add()
        start = out.add("Agenda")
        for item in detail.items:
            c = out.add(f"{item.number}. {item.title}" + (" (restricted)" if item.restricted else ""))
            agenda.append(AgendaItem(number=item.number, title=item.title, public=not item.restricted, citation=c))
            out.block(item.text)
            for doc in item.documents:
                out.add(f"Document: {doc.title}" + (" (restricted)" if doc.restricted else ""))
        segments.append(Segment("agenda", "Agenda", start, Citation(None, len(out.lines))))

    minutes: list[Minutes] = []
    minuted = [i for i in detail.items if i.minutes_html.strip()]
    if minuted:
        out.add()
        start = out.add(f"Minutes: {body or ''} {detail.date or ''}".strip())
        items = []
        for item in minuted:
            number = item.minute_number or item.number
            c = out.add(f"{number}. {item.title}")
            first = len(out.lines) + 1
            text = item.minutes_text
            out.block(text)
            picked = resolutions_of(text)
            cites = []
            for r in picked:
                line = next(
                    (n for n in range(first, len(out.lines) + 1) if r[:40] and r[:40] in out.lines[n - 1]), c.line
                )
                cites.append(Citation(None, line))
            items.append(
                MinuteItem(
                    number=number,
                    title=item.title,
                    resolutions=picked,
                    text=text,
                    public=not item.restricted,
                    citation=c,
                    resolution_citations=cites,
                )
            )
        minutes.append(
            Minutes(
                body=body,
                date=detail.date,
                present=present,
                apologies=apologies,
                items=items,
                citation=start,
            )
        )
        segments.append(Segment("minutes", "Minutes", start, Citation(None, len(out.lines))))
    elif present or apologies:
        # attendance recorded before the minutes are: still worth keeping
        minutes.append(Minutes(body=body, date=detail.date, present=present, apologies=apologies, citation=head))

    doc = Document(
        path=path,
        sha256=hashlib.sha256(reply).hexdigest(),
        format="xml",
        pages=[Page(number=1, lines=out.lines)],
        paged=False,
    )
    extras = {
        "moderngov": {
            "meeting_id": detail.id,
            "status": detail.status,
            "agenda_published": detail.agenda_published,
            "minutes_published": detail.minutes_published,
            "decisions_published": detail.decisions_published,
            "attendees": [asdict(a) for a in detail.attendees],
            "items": [
                {
                    "id": i.id,
                    "number": i.number,
                    "minute_number": i.minute_number,
                    "title": i.title,
                    "restricted": i.restricted,
                    "declaration_count": i.declaration_count,
                    "is_decision": i.is_decision,
                    "decision_html": i.decision_html,
                    "minutes_html": i.minutes_html,
                    "documents": [asdict(d) for d in i.documents],
                }
                for i in detail.items
            ],
            "documents": [asdict(d) for d in detail.documents],
        }
    }
    return ParsedDocument(
        document=doc,
        council=council,
        meeting=meeting,
        members=members,
        agenda=agenda,
        segments=segments,
        minutes=minutes,
        extras=extras,
    )


def decision_to_parsed(decision: Decision, page: Document, council: str | None, remote_id: str) -> ParsedDocument:
    """A decision page as a document holding one decision, so the decision
    row points at a document row with the page's URL and fetch time."""
    lines = page.lines()
    first = next((ln for ln in lines if decision.title and decision.title in ln.text), lines[0] if lines else None)
    record = {
        "title": decision.title,
        "decision_maker": decision.decision_maker,
        "date": decision.date,
        "status": decision.status,
        "key_decision": decision.key_decision,
        "call_in": decision.call_in_text,
        "text": decision.text,
        "source_url": decision.url,
        "remote_id": remote_id,
        "citation": {"page": first.page, "line": first.number} if first else {},
    }
    return ParsedDocument(
        document=page,
        council=council,
        extras={
            "decisions": [record],
            "moderngov_decision": {
                "published": decision.published,
                "effective": decision.effective,
                "call_in": decision.call_in,
                "meeting_url": decision.meeting_url,
                "issue_url": decision.issue_url,
                "documents": [asdict(d) for d in decision.documents],
            },
        },
    )
