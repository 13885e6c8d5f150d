"""ModernGov sites: the web service (`/mgWebService.asmx/...`) and decision pages.

About 330 UK councils run ModernGov. Its web service lists committees,
meetings and, per meeting, agenda items with the minute text of each item,
attendees with role, party and ward, declaration counts, restricted flags and
linked documents. Decisions are only published as HTML pages
(`ieDecisionDetails.aspx`, `mgDelegatedDecisions.aspx`).

Parsing is pure (bytes in, plain dataclasses out) so it can be tested on saved
responses; `ModernGovClient` adds the fetching. XML goes through defusedxml:
a reply that declares entities (a "billion laughs" bomb) is refused, never
expanded.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urljoin
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from minutebook.errors import MinutebookError
from minutebook.extract.names import clean_name
from minutebook.text.html import html_to_lines


class ModernGovError(MinutebookError):
    """A reply that is not what the web service should have sent."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


# ---------------------------------------------------------------- dataclasses


@dataclass
class Committee:
    id: int
    title: str
    category: str | None = None
    deleted: bool = False
    expired: bool = False


@dataclass
class MeetingSummary:
    id: int
    committee_id: int | None
    committee_title: str | None
    date: str | None  # ISO
    time: str | None  # HH:MM
    status: str | None  # as ModernGov words it, lower-cased: confirmed, cancelled...


@dataclass
class LinkedDocument:
    attachment_id: str
    title: str
    url: str
    is_url: bool = False  # a link to another web page, not a file
    restricted: bool = False
    publication_date: str | None = None
    owner_title: str | None = None
    is_decision_attachment: bool = False


@dataclass
class AgendaEntry:
    id: str
    number: str  # the label the agenda prints ("1", "5(a)")
    title: str
    order: int | None = None  # ModernGov's own sequence (agendaitemnumber)
    minute_number: str | None = None
    text_html: str = ""
    minutes_html: str = ""
    declaration_count: int | None = None
    restricted: bool = False
    is_decision: bool = False
    decision_published: bool = False
    decision_html: str = ""
    is_call_in: bool = False
    documents: list[LinkedDocument] = field(default_factory=list)

    @property
    def minutes_text(self) -> str:
        return "\n".join(html_to_lines(self.minutes_html)) if self.minutes_html else ""

    @property
    def text(self) -> str:
        return "\n".join(html_to_lines(self.text_html)) if self.text_html else ""


@dataclass
class Attendee:
    name: str  # honorific dropped, as elsewhere in minutebook
    member_id: str | None = None
    role: str | None = None
    attendance: str | None = None  # Expected, Present, Apologies, Absent...
    party: str | None = None
    ward: str | None = None
    member_type: str | None = None
    key_posts: str | None = None
    url: str | None = None


@dataclass
class MeetingDetail:
    id: int
    date: str | None
    time: str | None
    status: str | None
    location: str | None = None
    committee_title: str | None = None
    agenda_published: bool = False
    minutes_published: bool = False
    decisions_published: bool = False
    items: list[AgendaEntry] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    documents: list[LinkedDocument] = field(default_factory=list)  # meeting-level (frontsheet, printed minutes)

    @property
    def cancelled(self) -> bool:
        return (self.status or "").startswith("cancel")

    def all_documents(self) -> list[tuple[AgendaEntry | None, LinkedDocument]]:
        """Every linked document once, with the item it hangs from."""
        seen: set[str] = set()
        out: list[tuple[AgendaEntry | None, LinkedDocument]] = []
        for item, doc in [(None, d) for d in self.documents] + [(i, d) for i in self.items for d in i.documents]:
            key = doc.attachment_id or doc.url
            if key in seen:
                continue
            seen.add(key)
            out.append((item, doc))
        return out


@dataclass
class Decision:
    id: str | None
    title: str
    url: str
    decision_maker: str | None = None
    date: str | None = None  # date of decision, ISO
    published: str | None = None  # ISO
    effective: str | None = None  # ISO, when it can be implemented
    status: str | None = None
    key_decision: bool | None = None
    call_in: bool | None = None
    call_in_text: str | None = None
    text: str = ""
    meeting_url: str | None = None
    issue_url: str | None = None
    documents: list[LinkedDocument] = field(default_factory=list)


# ---------------------------------------------------------------- small readers


def decode_title(text: str | None) -> str:
    """ModernGov HTML-encodes titles before putting them in XML, so after the
    XML layer a title still reads `Revenue &amp; Capital`; decode once more.
    Only entity-looking sequences change, so a plain `&` is left alone."""
    s = (text or "").strip()
    if "&" in s:
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def service_date(text: str | None) -> str | None:
    """A date as the web service writes it, '13/01/2026' (day first) or
    '2026-01-13', as YYYY-MM-DD. Not `extract.dates.iso_date`, which reads
    dates as documents print them ('Tuesday 13 January 2026')."""
    s = (text or "").strip()
    if not s:
        return None
    s = s.split(" ")[0]
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def iso_time(text: str | None) -> str | None:
    """'10.00 am', '2.30 pm', '14:00', 'noon' -> 'HH:MM' (24-hour)."""
    s = (text or "").strip().lower()
    if not s:
        return None
    if s in ("noon", "12 noon", "midday"):
        return "12:00"
    m = re.match(r"^(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m\.?", s)
    if m:
        h, mi = int(m.group(1)) % 12, int(m.group(2) or 0)
        if m.group(3) == "p":
            h += 12
        return f"{h:02d}:{mi:02d}" if h < 24 and mi < 60 else None
    m = re.match(r"^(\d{1,2})[.:](\d{2})$", s)
    if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    return None


def _text(el: Element | None, tag: str) -> str:
    if el is None:
        return ""
    child = el.find(tag)
    return (child.text or "").strip() if child is not None else ""


def _flag(el: Element, tag: str) -> bool:
    return _text(el, tag).lower() == "true"


def _int(text: str) -> int | None:
    s = text.strip()
    return int(s) if s.lstrip("-").isdigit() else None


def parse_xml(data: bytes, expected_root: str, url: str = "reply") -> Element:
    """Parse a web-service reply safely; refuse HTML error pages, malformed
    XML and any document that declares entities."""
    head = data[:512].lstrip().lower()
    if not head:
        raise ModernGovError(url, "empty reply where the web service should send XML")
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        raise ModernGovError(
            url,
            "the site sent an HTML page where the web service should send XML (an error page, or not ModernGov?)",
        )
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ModernGovError(
            url, f"refused: the XML declares entities ({exc.__class__.__name__}), which a web-service reply never needs"
        ) from None
    except ParseError as exc:
        raise ModernGovError(url, f"malformed XML ({exc}); the reply may be cut short, try again later") from None
    if root.tag.lower() != expected_root:
        raise ModernGovError(url, f"expected a <{expected_root}> reply, got <{root.tag}>")
    return root


# ---------------------------------------------------------------- web-service replies


def parse_committees(data: bytes, url: str = "GetCommittees") -> list[Committee]:
    root = parse_xml(data, "committees", url)
    out = []
    for el in root.findall("committee"):
        cid = _int(_text(el, "committeeid"))
        if cid is None:
            continue
        out.append(
            Committee(
                id=cid,
                title=decode_title(_text(el, "committeetitle")),
                category=decode_title(_text(el, "committeecategory")) or None,
                deleted=_flag(el, "committeedeleted"),
                expired=_flag(el, "committeeexpired"),
            )
        )
    return out


def parse_meetings(data: bytes, url: str = "GetMeetings") -> list[MeetingSummary]:
    root = parse_xml(data, "getmeetings", url)
    out = []
    for com in root.findall("committee"):
        cid = _int(_text(com, "committeeid"))
        ctitle = decode_title(_text(com, "committeetitle")) or None
        for el in com.findall("committeemeetings/meeting"):
            mid = _int(_text(el, "meetingid"))
            if mid is None:
                continue
            out.append(
                MeetingSummary(
                    id=mid,
                    committee_id=cid,
                    committee_title=ctitle,
                    date=service_date(_text(el, "meetingdate")),
                    time=iso_time(_text(el, "meetingtime")),
                    status=_text(el, "meetingstatus").lower() or None,
                )
            )
    return out


def _linked_docs(el: Element, base_url: str, found: list[Element] | None = None) -> list[LinkedDocument]:
    out = []
    for d in el.findall("linkeddocuments/linkeddoc") if found is None else found:
        url = _text(d, "url")
        if not url:
            continue
        out.append(
            LinkedDocument(
                attachment_id=_text(d, "attachmentid"),
                title=decode_title(_text(d, "title")),
                url=urljoin(base_url, url),
                is_url=_flag(d, "isurl"),
                restricted=_flag(d, "isrestricted"),
                publication_date=service_date(_text(d, "publicationdate")),
                owner_title=decode_title(_text(d, "ownertitle")) or None,
                is_decision_attachment=_flag(d, "isdecisionattachment"),
            )
        )
    return out


def _item_label(el: Element) -> str:
    display = _text(el, "fulldisplaynumberformat").strip().rstrip(".").strip()
    if display:
        return display
    num, sub = _text(el, "minutesitemnumber"), _text(el, "minutesitemsubnumber")
    if num:
        return num + sub
    return _text(el, "agendaitemnumber")


def parse_meeting(data: bytes, url: str = "GetMeeting", base_url: str = "") -> MeetingDetail:
    root = parse_xml(data, "meeting", url)
    mid = _int(_text(root, "meetingid"))
    if mid is None:
        raise ModernGovError(url, "the meeting reply has no meeting id")
    items = []
    for el in root.findall("agendaitems/agendaitem"):
        minute_no = _text(el, "minutesitemnumber") + _text(el, "minutesitemsubnumber")
        items.append(
            AgendaEntry(
                id=_text(el, "agendaitemid"),
                number=_item_label(el),
                title=decode_title(_text(el, "agendaitemtitle")),
                order=_int(_text(el, "agendaitemnumber")),
                minute_number=minute_no or None,
                text_html=_text(el, "agendatext"),
                minutes_html=_text(el, "minutesnonemptyhtmlbody"),
                declaration_count=_int(_text(el, "declarationcount")),
                restricted=_flag(el, "isrestricted"),
                is_decision=_flag(el, "isdecision"),
                decision_published=_flag(el, "isdecisionpublished"),
                decision_html=_text(el, "decisionnonemptyhtmlbody"),
                is_call_in=_flag(el, "iscallin"),
                documents=_linked_docs(el, base_url),
            )
        )
    items.sort(key=lambda i: (i.order is None, i.order or 0))
    attendees = []
    for a in root.findall("attendees/attendee"):
        raw = decode_title(a.get("name"))
        name = clean_name(raw) or raw
        if not name:
            continue
        attendees.append(
            Attendee(
                name=name,
                member_id=a.get("memberid") or None,
                role=decode_title(a.get("roledescription")) or None,
                attendance=decode_title(a.get("attendance")) or None,
                party=decode_title(a.get("politicalparty")) or None,
                ward=decode_title(a.get("ward")) or None,
                member_type=a.get("membertype") or None,
                key_posts=decode_title(a.get("keyposts")) or None,
                url=_text(a, "url") or None,
            )
        )
    # papers hung from the meeting itself (front sheet, printed minutes), wherever the reply puts them
    in_items = {id(d) for el in root.findall("agendaitems/agendaitem") for d in el.iter("linkeddoc")}
    meeting_docs = [d for d in root.iter("linkeddoc") if id(d) not in in_items]
    committee = ""
    for el in root.findall("agendaitems/agendaitem"):
        committee = committee or decode_title(_text(el, "refertocommittee"))
    return MeetingDetail(
        id=mid,
        date=service_date(_text(root, "meetingdate")),
        time=iso_time(_text(root, "meetingtime")),
        status=_text(root, "meetingstatus").lower() or None,
        location=decode_title(_text(root, "meetinglocation")) or None,
        committee_title=decode_title(_text(root, "committeetitle")) or committee or None,
        agenda_published=_flag(root, "agendapublished"),
        minutes_published=_flag(root, "minutepublished"),
        decisions_published=_flag(root, "decisionpublished"),
        items=items,
        attendees=attendees,
        documents=_linked_docs(root, base_url, meeting_docs),
    )


# ---------------------------------------------------------------- decision pages


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


LABELS = {
    "decision status": "status",
    "is key decision": "key",
    "key decision": "key",
    "is subject to call in": "call_in",
    "subject to call in": "call_in",
    "publication date": "published",
    "date of decision": "date",
    "decision maker": "maker",
    "decision made by": "maker",
    "decided at meeting": "meeting",
    "date comes into force if not called in": "effective",
    "effective from": "effective",
}


def _yes_no(value: str) -> bool | None:
    v = value.strip().lower()
    if v.startswith("yes"):
        return True
    if v.startswith("no"):
        return False
    return None


def parse_decision_details(data: bytes | str, url: str) -> Decision:
    """One `ieDecisionDetails.aspx` page -> Decision."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    if "mgLabel" not in text and "Decision details" not in text:
        raise ModernGovError(url, "not a ModernGov decision details page (no labelled fields)")
    m = re.search(r"<h2[^>]*mgSubTitleTxt[^>]*>(.*?)</h2>", text, re.S | re.I)
    title = _squash(html.unescape(re.sub(r"<[^>]+>", " ", m.group(1)))) if m else ""
    fields: dict[str, str] = {}
    meeting_url = None
    # label spans: <span class="mgLabel">Is Key decision?: </span>No</p>
    for lm in re.finditer(r'class="mgLabel"\s*>(.*?)</span>(.*?)</p>', text, re.S | re.I):
        label = _squash(html.unescape(re.sub(r"<[^>]+>", "", lm.group(1))).replace("-", " ")).rstrip(": ?").lower()
        value_html = lm.group(2)
        value = _squash(html.unescape(re.sub(r"<[^>]+>", " ", value_html)))
        key = LABELS.get(label)
        if key:
            fields[key] = value
        if key == "meeting":
            href = re.search(r'href="([^"]+)"', value_html)
            if href:
                meeting_url = urljoin(url, html.unescape(href.group(1)))
    decision_html = ""
    dm = re.search(
        r"<h3[^>]*>\s*Decision:?\s*</h3>(.*?)(?=<p>\s*<span\s+class=\"mgLabel\"|<p class=\"mgLabel\"|<h3|$)",
        text,
        re.S | re.I,
    )
    if dm:
        decision_html = dm.group(1)
    issue = re.search(r'href="(mgIssueHistoryHome\.aspx[^"]*)"', text)
    docs = []
    lists = re.search(r"Accompanying Documents:?</p>\s*<ul[^>]*>(.*?)</ul>", text, re.S | re.I)
    if lists:
        for a in re.finditer(r'<a\s+href="([^"]+)"[^>]*>(.*?)</a>', lists.group(1), re.S | re.I):
            href = urljoin(url, html.unescape(a.group(1)))
            label = _squash(html.unescape(re.sub(r"<span.*?</span>", "", a.group(2), flags=re.S)))
            sid = re.search(r"documents/s(\d+)/", href)
            # documents/s7942/... is attachment 7942, the id mgConvert2PDF.aspx?ID= takes
            docs.append(LinkedDocument(attachment_id=sid.group(1) if sid else "", title=label, url=href))
    maker = fields.get("maker")
    meeting_value = fields.get("meeting")
    if not maker and meeting_value:
        # "19/10/2015 - Policy Committee": the body that decided
        maker = _squash(meeting_value.split(" - ", 1)[1]) if " - " in meeting_value else None
    did = re.search(r"[?&]ID=(\d+)", url, re.I)
    call_in_raw = fields.get("call_in")
    return Decision(
        id=did.group(1) if did else None,
        title=title,
        url=url,
        decision_maker=maker,
        date=service_date(fields.get("date")),
        published=service_date(fields.get("published")),
        effective=service_date(fields.get("effective")),
        status=fields.get("status"),
        key_decision=_yes_no(fields["key"]) if "key" in fields else None,
        call_in=_yes_no(call_in_raw) if call_in_raw else None,
        call_in_text=call_in_raw,
        text="\n".join(html_to_lines(decision_html)),
        meeting_url=meeting_url,
        issue_url=urljoin(url, html.unescape(issue.group(1))) if issue else None,
        documents=docs,
    )


@dataclass
class DecisionListing:
    id: str
    title: str
    url: str
    published: str | None
    effective: str | None
    call_in: str | None


def parse_delegated_decisions(data: bytes | str, url: str) -> list[DecisionListing]:
    """`mgDelegatedDecisions.aspx` table -> one row per decision (rows that
    link elsewhere, e.g. an issue history, are not decisions and are skipped)."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    out = []
    for row in re.finditer(r"<tr[^>]*>(.*?)</tr>", text, re.S | re.I):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S | re.I)
        if not cells:
            continue
        link = re.search(r'<a\s+href="([^"]*ieDecisionDetails\.aspx\?[^"]*)"[^>]*>(.*?)</a>', cells[0], re.S | re.I)
        if not link:
            continue
        href = urljoin(url, html.unescape(link.group(1)))
        did = re.search(r"[?&]ID=(\d+)", href, re.I)
        title = _squash(html.unescape(re.sub(r'<span\s+class="mgHide".*?</span>', "", link.group(2), flags=re.S)))
        title = _squash(re.sub(r"<[^>]+>", "", title))
        vals = [_squash(html.unescape(re.sub(r"<[^>]+>", " ", c))) for c in cells[1:]]
        out.append(
            DecisionListing(
                id=did.group(1) if did else href,
                title=title,
                url=href,
                published=service_date(vals[0]) if len(vals) > 0 else None,
                effective=service_date(vals[1]) if len(vals) > 1 else None,
                call_in=vals[2] if len(vals) > 2 else None,
            )
        )
    return out


# ---------------------------------------------------------------- client


def ws_url(base_url: str, operation: str) -> str:
    return base_url.rstrip("/") + "/mgWebService.asmx/" + operation


def ws_date(d: date) -> str:
    return d.strftime("%d/%m/%Y")
