"""`minutebook sync`: walk a ModernGov site into the record.

GetCommittees -> GetMeetings -> GetMeeting, then every linked document and
the decision pages. Each meeting's metadata is written in one transaction and
each document is ingested in its own, so an interrupted sync leaves only
whole records behind and the next run picks up the documents still missing:
a document already held (same site and attachment id) is never fetched again.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from minutebook.errors import MinutebookError, UnreadableDocument
from minutebook.sources.http import Fetched, FetchError, PoliteFetcher
from minutebook.sources.moderngov import (
    AgendaEntry,
    Committee,
    LinkedDocument,
    MeetingDetail,
    ModernGovError,
    parse_committees,
    parse_decision_details,
    parse_delegated_decisions,
    parse_meeting,
    parse_meetings,
    ws_date,
    ws_url,
)
from minutebook.sources.render import decision_to_parsed, meeting_to_parsed
from minutebook.store import Store
from minutebook.store import moderngov_records as records
from minutebook.text import sniff_format

Progress = Callable[[str], None]


class SyncError(MinutebookError):
    """The sync could not go on at all (the site's listing failed)."""


@dataclass
class SyncReport:
    committees: list[str] = field(default_factory=list)
    meetings_seen: int = 0
    meetings_written: int = 0  # new or changed since the last sync
    cancelled: int = 0
    documents_fetched: int = 0
    documents_held: int = 0  # already in the record: not fetched
    documents_restricted: int = 0  # exempt papers: not published, not fetched
    decisions_written: int = 0
    decisions_held: int = 0
    failures: list[str] = field(default_factory=list)
    requests: int = 0

    def summary(self) -> str:
        parts = [
            f"{len(self.committees)} committee(s)",
            f"{self.meetings_seen} meeting(s) seen, {self.meetings_written} new or changed",
            f"{self.cancelled} cancelled",
            f"{self.documents_fetched} document(s) fetched, {self.documents_held} already held",
            f"{self.decisions_written} decision(s) added, {self.decisions_held} already held",
            f"{len(self.failures)} failed",
            f"{self.requests} request(s)",
        ]
        return "; ".join(parts)


def site_base(url: str) -> str:
    """What a user pastes (the home page, a committee page, the web service)
    -> the site root the web service hangs from."""
    raw = url.strip()
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    path = parts.path
    m = re.search(r"/(?:mgWebService\.asmx|[^/]*\.aspx|[^/]*\.asmx)(?:/.*)?$", path, re.I)
    if m:
        path = path[: m.start()]
    return f"{parts.scheme}://{parts.netloc}{path.rstrip('/')}"


def site_key(base: str) -> str:
    """The site part of remote ids: attachment and meeting ids are per site."""
    parts = urlsplit(base)
    return (parts.netloc + parts.path).lower()


GENERIC_HOST_LABELS = set(
    "www democracy moderngov modgov mg committees democratic meetings council councillors decisionmaking minutes "
    "cmis gov uk org co com net".split()
)


def default_council(base: str) -> str:
    """A council name from the host when the user gives none:
    democracy.manchester.gov.uk -> 'Manchester'. Better given with --council."""
    host = urlsplit(base).hostname or base
    labels = [x for x in host.split(".") if x]
    for label in labels:
        if label.lower() not in GENERIC_HOST_LABELS and not label.isdigit():
            return label.replace("-", " ").title()
    return host


def attachment_id(doc: LinkedDocument) -> str:
    if doc.attachment_id:
        return doc.attachment_id
    q = parse_qs(urlsplit(doc.url).query)
    if "ID" in q:
        return q["ID"][0]
    m = re.search(r"/documents/s(\d+)/", doc.url)  # documents/s7942/... is attachment 7942
    return m.group(1) if m else hashlib.sha256(doc.url.encode()).hexdigest()[:20]


SUFFIX = {"pdf": ".pdf", "html": ".html", "text": ".txt"}


def _file_name(title: str, fallback: str) -> str:
    return re.sub(r"[^\w.()&,' -]+", "_", title or fallback).strip(" ._")[:150] or fallback


class Syncer:
    """One sync of one site into one record."""

    def __init__(
        self,
        base_url: str,
        store: Store | None,
        fetcher: PoliteFetcher,
        *,
        council: str | None = None,
        progress: Progress | None = None,
        papers_dir: Path | None = None,
    ) -> None:
        self.base = site_base(base_url)
        self.papers_dir = papers_dir
        self.site = site_key(self.base)
        self.store = store
        self.fetcher = fetcher
        guess = default_council(self.base)
        self.council = council or (records.council_like(store, guess) if store else None) or guess
        self.progress = progress or (lambda _msg: None)
        self.report = SyncReport()

    def rid(self, kind: str, ident: object) -> str:
        return f"{self.site}/{kind}/{ident}"

    @contextmanager
    def saved(self, content: bytes, folder: str, name: str) -> Iterator[tuple[Path, str]]:
        """The fetched bytes as a file to read, and the path to record for it.
        Kept under `papers_dir` when given, so the web app can open the cited
        page later; otherwise a temporary file and a path naming the site.
        A file whose ingest fails is removed: nothing half-kept."""
        if self.papers_dir is None:
            with tempfile.TemporaryDirectory(prefix="minutebook-sync-") as tmp:
                path = Path(tmp) / name
                path.write_bytes(content)
                yield path, f"{self.site}/{folder}/{name}"
            return
        target = self.papers_dir / re.sub(r"[^\w.-]+", "_", self.site) / folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        part.write_bytes(content)
        part.replace(target)
        try:
            yield target, str(target.resolve())
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    # ------------------------------------------------------------ listing

    def _xml(self, operation: str, params: dict[str, str] | None = None) -> Fetched:
        try:
            return self.fetcher.get(ws_url(self.base, operation), params)
        except FetchError as exc:
            raise SyncError(
                f"{exc}\n(is {self.base} a ModernGov site? its web service is /mgWebService.asmx)"
            ) from None

    def committees(self) -> list[Committee]:
        got = self._xml("GetCommittees")
        try:
            return parse_committees(got.content, got.url)
        except ModernGovError as exc:
            raise SyncError(str(exc)) from None

    def pick_committees(self, wanted: str | None) -> list[Committee]:
        if wanted and wanted.strip().isdigit():
            return [Committee(id=int(wanted), title="")]  # GetMeetings names it; no need to list them all
        found = self.committees()
        if not wanted:
            return [c for c in found if not c.deleted and not c.expired]
        w = wanted.strip().lower()
        exact = [c for c in found if c.title.lower() == w]
        if exact:
            return exact
        partial = [c for c in found if w in c.title.lower()]
        if len(partial) == 1:
            return partial
        names = ", ".join(f"{c.title} ({c.id})" for c in (partial or found)[:15])
        what = "matches more than one committee" if partial else "matches no committee"
        raise SyncError(f"--committee {wanted!r} {what}; choose by name or id: {names}")

    # ------------------------------------------------------------ the walk

    def run(
        self,
        *,
        committee: str | None = None,
        since: date | None = None,
        until: date | None = None,
        delegated: bool = False,
    ) -> SyncReport:
        """Sync meetings from `since` (default a year ago) to `until`
        (default 90 days ahead), then delegated decisions when asked."""
        today = date.today()
        since = since or today - timedelta(days=365)
        until = until or today + timedelta(days=90)
        try:
            for com in self.pick_committees(committee):
                got = self._xml(
                    "GetMeetings", {"lCommitteeId": str(com.id), "sFromDate": ws_date(since), "sToDate": ws_date(until)}
                )
                try:
                    meetings = parse_meetings(got.content, got.url)
                except ModernGovError as exc:
                    raise SyncError(str(exc)) from None
                title = com.title or next((m.committee_title for m in meetings if m.committee_title), "") or str(com.id)
                self.report.committees.append(title)
                self.progress(f"{title}: {len(meetings)} meeting(s) from {since} to {until}")
                for summary in meetings:
                    if summary.committee_id in (None, com.id):
                        self.sync_meeting(summary.id, title)
            if delegated:
                self.sync_delegated(since, until)
        finally:
            self.report.requests = self.fetcher.stats.requests
        return self.report

    def _fail(self, what: str, exc: Exception) -> None:
        self.report.failures.append(f"{what}: {exc}")
        self.progress(f"    failed: {what}: {exc}")

    def sync_meeting(self, meeting_id: int, committee_title: str) -> None:
        self.report.meetings_seen += 1
        try:
            got = self.fetcher.get(ws_url(self.base, "GetMeeting"), {"lMeetingId": str(meeting_id)})
            detail = parse_meeting(got.content, got.url, base_url=self.base + "/")
        except (FetchError, ModernGovError) as exc:
            self._fail(f"meeting {meeting_id}", exc)
            return
        detail.committee_title = detail.committee_title or committee_title
        meta = self.meeting_meta(detail, got.fetched_at)
        if records.reschedule(self.store, meta["remote_id"], detail.date):
            self.progress(f"  meeting {detail.id} moved to {detail.date}")
        parsed = meeting_to_parsed(
            detail, got.content, f"{self.site}/meeting/{detail.id}/GetMeeting-{detail.id}.xml", self.council
        )
        result = self.store.ingest(
            parsed,
            source_url=got.url,
            fetched_at=got.fetched_at,
            meeting_meta={
                **meta,
                "status": "cancelled" if detail.cancelled else None,
                "document_remote_id": self.rid("meeting-reply", detail.id),
            },
        )
        records.set_status(self.store, meta["remote_id"], self.status_of(detail))
        if result != "unchanged":
            self.report.meetings_written += 1
        if detail.cancelled:
            self.report.cancelled += 1
        state = "cancelled" if detail.cancelled else detail.status or "status unknown"
        self.progress(f"  {detail.date} {detail.committee_title} ({state}): {len(detail.items)} item(s), {result}")
        self.fetch_documents(detail.all_documents(), meta)
        for item in detail.items:
            if item.is_decision and (item.decision_published or detail.decisions_published):
                self.sync_decision(f"{self.base}/ieDecisionDetails.aspx?AIId={item.id}", f"ai{item.id}", meta)

    @staticmethod
    def status_of(detail: MeetingDetail) -> str:
        """held | cancelled | scheduled, the record's words for a meeting."""
        if detail.cancelled:
            return "cancelled"
        if detail.date and detail.date > date.today().isoformat():
            return "scheduled"
        return "held"

    def meeting_meta(self, detail: MeetingDetail, fetched_at: str) -> dict:
        """What the site says about the meeting, which overrides what a
        document's front sheet might be read as."""
        return {
            "council": self.council,
            "body": detail.committee_title,
            "date": detail.date,
            "time": detail.time,
            "venue": detail.location,
            "source_url": f"{self.base}/ieListDocuments.aspx?MId={detail.id}",
            "remote_id": self.rid("meeting", detail.id),
            "fetched_at": fetched_at,
        }

    # ------------------------------------------------------------ documents

    def fetch_documents(self, docs: list[tuple[AgendaEntry | None, LinkedDocument]], meta: dict | None) -> None:
        todo: list[LinkedDocument] = []
        for _item, doc in docs:
            if doc.is_url:
                continue
            if doc.restricted:
                self.report.documents_restricted += 1
                continue
            if records.held_document(self.store, self.rid("attachment", attachment_id(doc))):
                self.report.documents_held += 1
                continue
            todo.append(doc)
        if not todo:
            return
        # download at most two at a time (the fetcher's cap too); parse and
        # write here one by one, so the record has a single writer
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(self.fetcher.get, doc.url) for doc in todo]
            for doc, fut in zip(todo, futures, strict=True):
                try:
                    self._ingest(fut.result(), doc, meta)
                except (FetchError, UnreadableDocument) as exc:
                    self._fail(f"document {doc.title!r}", exc)

    def _ingest(self, got: Fetched, doc: LinkedDocument, meta: dict | None) -> None:
        from minutebook.parse import parse_document
        from minutebook.text import read_document

        aid = attachment_id(doc)
        rid = self.rid("attachment", aid)
        sha = hashlib.sha256(got.content).hexdigest()
        if records.adopt(self.store, sha, remote_id=rid, source_url=got.url, fetched_at=got.fetched_at):
            self.report.documents_held += 1  # the same bytes are already in the record
            return
        fmt = sniff_format(got.content)
        if fmt is None:
            raise UnreadableDocument(got.url, f"not a PDF, HTML or text document ({got.content_type or 'no type'})")
        with self.saved(got.content, f"attachment/{aid}", _file_name(doc.title, aid) + SUFFIX[fmt]) as (path, rec):
            doc_read = read_document(path)
            try:
                parsed = parse_document(doc_read)
            except Exception as exc:  # one extractor's bug must not stop a sync of hundreds of papers
                raise UnreadableDocument(got.url, f"could not be parsed ({exc.__class__.__name__}: {exc})") from exc
            parsed.document.path = rec
            self.store.ingest(
                parsed,
                source_url=got.url,
                fetched_at=got.fetched_at,
                meeting_meta={**(meta or {"council": self.council}), "document_remote_id": rid},
            )
        self.report.documents_fetched += 1
        self.progress(f"    + {doc.title}")

    # ------------------------------------------------------------ decisions

    def sync_delegated(self, since: date, until: date) -> None:
        params = {
            "RP": "0",
            "K": "0",
            "V": "0",
            "DM": "0",
            "HD": "0",
            "DS": "2",
            "ACT": "Find",
            "DR": f"{ws_date(since)}-{ws_date(until)}",
        }
        try:
            got = self.fetcher.get(f"{self.base}/mgDelegatedDecisions.aspx", params)
        except FetchError as exc:
            self._fail("decisions list", exc)
            return
        listing = parse_delegated_decisions(got.content, got.url)
        self.progress(f"decisions: {len(listing)} listed from {since} to {until}")
        for row in listing:
            self.sync_decision(row.url, row.id, None)

    def sync_decision(self, url: str, ident: str, meta: dict | None) -> None:
        from minutebook.text import read_document

        rid = self.rid("decision", ident)
        if records.held_decision(self.store, rid):
            self.report.decisions_held += 1
            return
        try:
            got = self.fetcher.get(url)
            decision = parse_decision_details(got.content, got.url)
        except (FetchError, ModernGovError) as exc:
            self._fail(f"decision {url}", exc)
            return
        if meta is None and decision.meeting_url and decision.decision_maker and decision.date:
            meta = {"council": self.council, "body": decision.decision_maker, "date": decision.date}
        with self.saved(got.content, f"decision/{ident}", _file_name(decision.title, "decision") + ".html") as (
            path,
            rec,
        ):
            page = read_document(path)
            page.path = rec
            result = self.store.ingest(
                decision_to_parsed(decision, page, self.council, rid),
                source_url=got.url,
                fetched_at=got.fetched_at,
                meeting_meta={
                    **(meta or {"council": self.council}),
                    "document_remote_id": self.rid("decision-page", ident),
                },
            )
        if result == "unchanged":
            self.report.decisions_held += 1
        else:
            self.report.decisions_written += 1
            self.progress(f"  decision: {decision.title} ({decision.date or 'no date'})")
        self.fetch_documents([(None, d) for d in decision.documents], meta)
