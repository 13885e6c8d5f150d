"""Writing one parsed document into the record, inside the caller's transaction.

The caller (`Store.ingest`) opens one transaction per document, so a crash
part-way leaves the record as it was before that document. A front sheet, the
printed minutes and the reports pack of one meeting find the same meeting row
by council + body + date; minutes of an earlier meeting bound into a pack are
filed under that earlier meeting.
"""

from __future__ import annotations

import json
import os
import re
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, select, update

from minutebook import identity
from minutebook.extract.names import clean_name
from minutebook.model import AgendaItem, Citation, MinuteItem, ParsedDocument
from minutebook.store import schema as s
from minutebook.store.passages import chunk_document, passage_key

# For the crash test: when set to a file path, the ingest writes that file and
# sleeps inside the open transaction of each document, so a test can kill it
# at a known point (tests/store/test_crash.py, tests/test_ingest.py).
PAUSE_ENV = "MINUTEBOOK_INGEST_PAUSE"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _norm(name: str | None) -> str | None:
    if name is None:
        return None
    name = re.sub(r"\s+", " ", name).strip()
    return name or None


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return str(value)


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str)) if value is not None else None


def _cite(c: Citation | None) -> dict[str, int | None]:
    return {"page": c.page if c else None, "line": c.line if c else None}


def is_eq(column, value):  # type: ignore[no-untyped-def]
    """`column = value`, or `IS NULL` for None: councils and bodies may be unknown."""
    return column.is_(None) if value is None else column == value


def council_id(conn: Connection, name: str | None) -> int | None:
    name = _norm(name)
    if not name:
        return None
    row = conn.execute(select(s.councils.c.id).where(func.lower(s.councils.c.name) == name.lower())).first()
    if row:
        return row[0]
    return conn.execute(insert(s.councils).values(name=name, slug=slugify(name))).inserted_primary_key[0]


def body_id(conn: Connection, council: int | None, name: str | None) -> int | None:
    name = _norm(name)
    if not name:
        return None
    row = conn.execute(
        select(s.bodies.c.id).where(is_eq(s.bodies.c.council_id, council), func.lower(s.bodies.c.name) == name.lower())
    ).first()
    if row:
        return row[0]
    return conn.execute(insert(s.bodies).values(council_id=council, name=name)).inserted_primary_key[0]


def meeting_id(conn: Connection, council: int | None, body: int | None, date: str | None, **fields: Any) -> int | None:
    """The one meeting of this council's body on this date, made when new;
    fields fill in what the row does not know yet (never overwrite)."""
    if not date:
        return None
    m = s.meetings.c
    row = (
        conn.execute(select(s.meetings).where(is_eq(m.council_id, council), is_eq(m.body_id, body), m.date == date))
        .mappings()
        .first()
    )
    values = {k: v for k, v in fields.items() if v is not None}
    if row is None:
        return conn.execute(
            insert(s.meetings).values(council_id=council, body_id=body, date=date, **values)
        ).inserted_primary_key[0]
    missing = {k: v for k, v in values.items() if row.get(k) in (None, "") or (k == "status" and v != "held")}
    if missing:
        conn.execute(update(s.meetings).where(m.id == row["id"]).values(**missing))
    return row["id"]


MEETING_TABLES = (
    s.documents, s.passages, s.agenda_items, s.attendance, s.memberships, s.minute_items, s.resolutions, s.votes,
    s.declarations, s.indicators, s.decisions,
)  # fmt: skip


def same_body_and_date(conn: Connection, body: str | None, date: str | None) -> list[tuple[int, int | None]]:
    """(meeting id, council id) of meetings of a body of this name on this date, in any council or none."""
    body = _norm(body)
    if not body or not date:
        return []
    m, b = s.meetings.c, s.bodies.c
    stmt = (
        select(m.id, m.council_id)
        .join(s.bodies, b.id == m.body_id)
        .where(func.lower(b.name) == body.lower(), m.date == date)
    )
    return [(r[0], r[1]) for r in conn.execute(stmt)]


def adopt_meeting(conn: Connection, orphan: int, council: int, body_name: str) -> int:
    """A meeting first stored without its council (a report whose pages never
    name it) joins that council's meeting of the same body and date, or
    becomes it; rows read from its documents take the council too."""
    body = body_id(conn, council, body_name)
    m = s.meetings.c
    date = conn.execute(select(m.date).where(m.id == orphan)).scalar_one()
    target = conn.execute(select(m.id).where(m.council_id == council, is_eq(m.body_id, body), m.date == date)).scalar()
    if target is None:
        conn.execute(update(s.meetings).where(m.id == orphan).values(council_id=council, body_id=body))
        target = orphan
    else:
        for table in MEETING_TABLES:
            conn.execute(update(table).where(table.c.meeting_id == orphan).values(meeting_id=target))
        conn.execute(delete(s.meetings).where(m.id == orphan))
    for table in (s.documents, s.passages, s.indicators, s.decisions):
        conn.execute(
            update(table).where(table.c.meeting_id == target, table.c.council_id.is_(None)).values(council_id=council)
        )
    conn.execute(update(s.passages).where(s.passages.c.meeting_id == target).values(body_id=body))
    return target


MEETING_TABLES = (
    s.documents,
    s.passages,
    s.minute_items,
    s.agenda_items,
    s.attendance,
    s.memberships,
    s.declarations,
    s.indicators,
    s.decisions,
    s.votes,
    s.resolutions,
)


def delete_document(conn: Connection, document: int) -> None:
    """Take out every row read from this document, then what it alone held up.

    Only the meetings this document's rows pointed at can be orphaned by
    taking it out, so only those are checked: a scan of every meeting against
    every table took seconds per replacement at 10^6 passages."""
    touched: set[int] = set()
    for t in MEETING_TABLES:
        key = t.c.id if t is s.documents else t.c.document_id
        held = select(t.c.meeting_id).where(key == document, t.c.meeting_id.is_not(None)).distinct()
        touched.update(conn.execute(held).scalars())
    for table in s.DOCUMENT_TABLES:
        conn.execute(delete(table).where(table.c.document_id == document))
    conn.execute(delete(s.documents).where(s.documents.c.id == document))
    conn.execute(
        delete(s.people).where(~select(s.person_names.c.id).where(s.person_names.c.person_id == s.people.c.id).exists())
    )
    for meeting in sorted(touched):
        if any(conn.execute(select(t.c.id).where(t.c.meeting_id == meeting).limit(1)).first() for t in MEETING_TABLES):
            continue
        conn.execute(
            delete(s.meetings).where(
                and_(s.meetings.c.id == meeting, s.meetings.c.source_url.is_(None), s.meetings.c.remote_id.is_(None))
            )
        )


class DocumentWriter:
    """Writes one ParsedDocument's rows on an open connection."""

    def __init__(self, conn: Connection, parsed: ParsedDocument) -> None:
        self.conn = conn
        self.parsed = parsed
        self.council: int | None = None
        self.document: int = 0
        self._known: dict[str, dict[int, list[identity.NameForm]]] = {}
        self._names_written: set[tuple[int, str]] = set()

    # ------------------------------------------------------------ people
    def person(
        self, printed: str, *, kind: str = "member", citation: Citation | None = None, apart: set[int] | None = None
    ) -> int | None:
        """The person this printed name is, in this council (made when new), with the evidence kept.
        `apart`: people already named in the same list (attendance, a vote's
        names), whom a differently printed name there cannot be."""
        name = clean_name(printed)
        form = identity.parse_name(name)
        if form is None:
            return None
        known = self._known.get(form.surname)
        if known is None:
            rows = self.conn.execute(
                select(s.person_names.c.person_id, s.person_names.c.name).where(
                    is_eq(s.person_names.c.council_id, self.council), s.person_names.c.surname_key == form.surname
                )
            ).all()
            known = {}
            for pid, n in rows:
                f = identity.parse_name(n)
                if f:
                    known.setdefault(pid, []).append(f)
            self._known[form.surname] = known
        candidates = known
        if apart:
            candidates = {
                k: v
                for k, v in known.items()
                if k not in apart or any(f.printed.lower() == form.printed.lower() for f in v)
            }
        result = identity.match(form, candidates)
        if result.person_key is None and apart:
            beside = [v for k, v in known.items() if k in apart and all(identity.agree(form, f) for f in v)]
            if beside:
                names = ", ".join(sorted({f.printed for v in beside for f in v}))
                result = identity.Match(None, "listed-apart", f"{name!r} is printed in the same list as {names}")
        pid = result.person_key
        if pid is None:
            pid = self.conn.execute(
                insert(s.people).values(council_id=self.council, name=name, kind=kind)
            ).inserted_primary_key[0]
            known[pid] = []
        else:
            best = max(known[pid], key=lambda f: f.display_weight, default=None)
            if best is not None and form.display_weight > best.display_weight:
                self.conn.execute(update(s.people).where(s.people.c.id == pid).values(name=name))
        if (pid, name.lower()) not in self._names_written:
            self._names_written.add((pid, name.lower()))
            self.conn.execute(
                insert(s.person_names).values(
                    person_id=pid,
                    council_id=self.council,
                    name=name,
                    surname_key=form.surname,
                    document_id=self.document,
                    rule=result.rule,
                    evidence=result.evidence,
                    **_cite(citation),
                )
            )
        if all(f.printed.lower() != form.printed.lower() for f in known[pid]):
            known[pid].append(identity.NameForm(name, form.surname, form.forenames))
        if apart is not None:
            apart.add(pid)
        return pid  # type: ignore[return-value]

    # ------------------------------------------------------------ document
    def write(self, *, source_url: str | None, fetched_at: Any, meeting_meta: dict[str, Any] | None) -> None:
        p, doc, conn = self.parsed, self.parsed.document, self.conn
        meta = dict(meeting_meta or {})
        self.council = council_id(conn, meta.get("council") or p.council)
        body_name = meta.get("body") or p.meeting.body
        main_date = meta.get("date") or p.meeting.date
        same = same_body_and_date(conn, body_name, main_date)
        if self.council is None:
            # a report that never names its council: the one council holding this body's meeting that day
            known = {c for _, c in same if c is not None}
            if len(known) == 1:
                self.council = known.pop()
        else:
            for orphan, c in same:
                if c is None:
                    adopt_meeting(conn, orphan, self.council, body_name)  # type: ignore[arg-type]
        main_body = body_id(conn, self.council, body_name)
        main_meeting = meeting_id(
            conn,
            self.council,
            main_body,
            main_date,
            time=meta.get("time") or p.meeting.time,
            venue=meta.get("venue") or p.meeting.venue,
            status=meta.get("status"),
            source_url=meta.get("source_url"),
            remote_id=meta.get("remote_id"),
            fetched_at=_as_str(meta.get("fetched_at")),
        )
        self.document = conn.execute(
            insert(s.documents).values(
                path=doc.path,
                name=Path(doc.path).name,
                sha256=doc.sha256,
                format=doc.format,
                pages=len(doc.pages) if doc.paged else None,
                paged=doc.paged,
                council_id=self.council,
                meeting_id=main_meeting,
                source_url=source_url,
                remote_id=_as_str(meta.get("document_remote_id")),
                fetched_at=_as_str(fetched_at),
                ingested_at=now_iso(),
                extras=_jsonable(p.extras),
                warnings=_jsonable(p.warnings + doc.warnings),
            )
        ).inserted_primary_key[0]
        d = self.document

        if p.segments:
            conn.execute(
                insert(s.segments),
                [
                    {
                        "document_id": d,
                        "position": i,
                        "kind": g.kind,
                        "title": g.title,
                        "page": g.start.page,
                        "line": g.start.line,
                        "end_page": g.end.page,
                        "end_line": g.end.line,
                    }
                    for i, g in enumerate(p.segments)
                ],
            )
        listed: set[int] = set()
        for member in p.members:
            pid = self.person(member.name, kind=member.kind, citation=member.citation, apart=listed)
            if pid:
                conn.execute(
                    insert(s.memberships).values(
                        person_id=pid,
                        body_id=main_body,
                        meeting_id=main_meeting,
                        role=member.role,
                        document_id=d,
                        **_cite(member.citation),
                    )
                )
        self._agenda(p.agenda, main_meeting, None, [0])

        minute_item_ids: dict[tuple[int, int], tuple[int, int | None, int | None, str | None]] = {}
        for mi, minutes in enumerate(p.minutes):
            m_date = minutes.date or main_date
            if m_date == main_date:  # stand-alone minutes record the document's own meeting, however they name the body
                m_body, m_meeting = main_body, main_meeting
            else:
                m_body = body_id(conn, self.council, minutes.body) if minutes.body else main_body
                m_meeting = meeting_id(conn, self.council, m_body, m_date)
            if m_meeting is None:
                m_meeting = main_meeting
            self._attendance(minutes, m_meeting)
            for ii, item in enumerate(minutes.items):
                minute_item_ids[(mi, ii)] = (self._minute_item(item, ii, m_meeting), m_meeting, m_body, m_date)

        for dec in p.declarations:
            conn.execute(
                insert(s.declarations).values(
                    meeting_id=main_meeting,
                    person_id=self.person(dec.name, citation=dec.citation),
                    name=clean_name(dec.name),
                    item=dec.item,
                    kind=dec.kind,
                    text=dec.text,
                    document_id=d,
                    **_cite(dec.citation),
                )
            )
        if p.indicators:
            conn.execute(
                insert(s.indicators),
                [
                    {
                        "council_id": self.council,
                        "meeting_id": main_meeting,
                        "document_id": d,
                        "name": ind.name,
                        "period": ind.period,
                        "value": ind.value,
                        "unit": ind.unit,
                        "area": ind.area,
                        "flags": ind.flags or None,
                        **_cite(ind.citation),
                    }
                    for ind in p.indicators
                ],
            )
        for dec in p.extras.get("decisions") or []:
            if isinstance(dec, dict):
                self._decision(dec, main_meeting)

        self._passages(main_meeting, main_body, main_date, minute_item_ids)
        pause = os.environ.get(PAUSE_ENV)
        if pause:
            tmp = Path(f"{pause}.tmp")
            tmp.write_text(doc.path)
            tmp.replace(pause)  # appears whole: a watcher never reads it half-written
            time.sleep(120)

    def _minute_item(self, item: MinuteItem, position: int, meeting: int | None) -> int:
        """One minute with its resolutions and votes (each voter matched to a person)."""
        conn, d = self.conn, self.document
        item_id = conn.execute(
            insert(s.minute_items).values(
                meeting_id=meeting,
                document_id=d,
                position=position,
                number=item.number,
                title=item.title,
                text=item.text or None,
                public=item.public,
                **_cite(item.citation),
            )
        ).inserted_primary_key[0]
        for ri, text in enumerate(item.resolutions):
            c = item.resolution_citations[ri] if ri < len(item.resolution_citations) else item.citation
            conn.execute(
                insert(s.resolutions).values(
                    minute_item_id=item_id, meeting_id=meeting, document_id=d, position=ri, text=text, **_cite(c)
                )
            )
        for vote in item.votes:
            vote_id = conn.execute(
                insert(s.votes).values(
                    minute_item_id=item_id,
                    meeting_id=meeting,
                    document_id=d,
                    motion=vote.motion,
                    count_for=vote.counts.get("for"),
                    count_against=vote.counts.get("against"),
                    count_abstain=vote.counts.get("abstain"),
                    result=vote.result,
                    warnings=vote.warnings or None,
                    **_cite(vote.citation),
                )
            ).inserted_primary_key[0]
            records = []
            voters: set[int] = set()
            for position_, names in (("for", vote.for_), ("against", vote.against), ("abstain", vote.abstain)):
                for n in names:
                    pid = self.person(n, citation=vote.citation, apart=voters)
                    if pid:
                        records.append(
                            {
                                "vote_id": vote_id,
                                "person_id": pid,
                                "name": clean_name(n),
                                "position": position_,
                                "document_id": d,
                            }
                        )
            if records:
                conn.execute(insert(s.vote_records), records)
        return item_id  # type: ignore[no-any-return]

    def _agenda(self, items: list[AgendaItem], meeting: int | None, parent: int | None, counter: list[int]) -> None:
        for item in items:
            pages = item.pages or [None, None]
            fpages = item.file_pages or [None, None]
            aid = self.conn.execute(
                insert(s.agenda_items).values(
                    document_id=self.document,
                    meeting_id=meeting,
                    parent_id=parent,
                    position=counter[0],
                    number=item.number,
                    title=item.title,
                    printed_from=pages[0],
                    printed_to=pages[-1],
                    file_page_from=fpages[0],
                    file_page_to=fpages[-1],
                    public=item.public,
                    **_cite(item.citation),
                )
            ).inserted_primary_key[0]
            counter[0] += 1
            self._agenda(item.items, meeting, aid, counter)

    def _attendance(self, minutes: Any, meeting: int | None) -> None:
        rows = []
        present: set[int] = set()
        for person in minutes.present:
            pid = self.person(
                person.name, kind=person.kind, citation=person.citation or minutes.citation, apart=present
            )
            if pid:
                rows.append(
                    {
                        "person_id": pid,
                        "name": clean_name(person.name),
                        "status": "present",
                        "role": person.role,
                        "kind": person.kind,
                        **_cite(person.citation or minutes.citation),
                    }
                )
        sent: set[int] = set()
        for name in minutes.apologies:
            pid = self.person(name, citation=minutes.citation, apart=sent)
            if pid:
                rows.append(
                    {"person_id": pid, "name": clean_name(name), "status": "apologies", **_cite(minutes.citation)}
                )
        for sub in minutes.substitutions:
            name = sub.get("name") if isinstance(sub, dict) else None
            pid = self.person(name, citation=minutes.citation) if name else None
            if pid:
                rows.append(
                    {
                        "person_id": pid,
                        "name": clean_name(name),
                        "status": "substitute",  # type: ignore[arg-type]
                        "substitute_for": sub.get("for"),
                        **_cite(minutes.citation),
                    }
                )
        if rows:
            self.conn.execute(
                insert(s.attendance),
                [
                    {
                        "meeting_id": meeting,
                        "document_id": self.document,
                        "role": None,
                        "kind": None,
                        "substitute_for": None,
                        **r,
                    }
                    for r in rows
                ],
            )

    def _decision(self, dec: dict[str, Any], meeting: int | None) -> None:
        cite = dec.get("citation") or {}
        self.conn.execute(
            insert(s.decisions).values(
                council_id=self.council,
                meeting_id=meeting,
                document_id=self.document,
                title=dec.get("title"),
                decision_maker=dec.get("decision_maker"),
                date=dec.get("date"),
                status=dec.get("status"),
                key_decision=dec.get("key_decision"),
                call_in=_as_str(dec.get("call_in")),
                text=dec.get("text"),
                source_url=dec.get("source_url"),
                remote_id=_as_str(dec.get("remote_id")),
                page=cite.get("page"),
                line=cite.get("line"),
            )
        )

    def _passages(
        self,
        meeting: int | None,
        body: int | None,
        date: str | None,
        minute_items: dict[tuple[int, int], tuple[int, int | None, int | None, str | None]],
    ) -> None:
        rows = []
        base = {"council_id": self.council, "document_id": self.document}
        for ch in chunk_document(self.parsed):
            item_id, m_meeting, m_body, m_date = (
                minute_items.get(ch.minute_ref, (None, meeting, body, date))
                if ch.minute_ref
                else (None, meeting, body, date)
            )
            rows.append(
                {
                    **base,
                    "meeting_id": m_meeting,
                    "body_id": m_body,
                    "date": m_date,
                    "minute_item_id": item_id,
                    "kind": ch.kind,
                    "item": ch.item,
                    "page": ch.page,
                    "line": ch.line,
                    "end_line": ch.end_line,
                    "text": ch.text,
                }
            )
        for (mi, ii), (item_id, m_meeting, m_body, m_date) in minute_items.items():
            item = self.parsed.minutes[mi].items[ii]
            for ri, text in enumerate(item.resolutions):
                c = item.resolution_citations[ri] if ri < len(item.resolution_citations) else item.citation
                if text.strip():
                    rows.append(
                        {
                            **base,
                            "meeting_id": m_meeting,
                            "body_id": m_body,
                            "date": m_date,
                            "minute_item_id": item_id,
                            "kind": "resolution",
                            "item": item.number,
                            **_cite(c),
                            "end_line": c.line if c else None,
                            "text": text,
                        }
                    )
        self._keys(rows)
        if rows:
            self.conn.execute(insert(s.passages), rows)

    def _keys(self, rows: list[dict[str, Any]]) -> None:
        """Each passage's stable key; the same words twice in one meeting's item get -2, -3..."""
        c = s.councils.c
        council = self.conn.execute(select(c.name).where(c.id == self.council)).scalar() if self.council else None
        bodies: dict[int | None, str | None] = {None: None}
        seen: dict[str, int] = {}
        for row in rows:
            if row["body_id"] not in bodies:
                bodies[row["body_id"]] = self.conn.execute(
                    select(s.bodies.c.name).where(s.bodies.c.id == row["body_id"])
                ).scalar()
            key = passage_key(council, bodies[row["body_id"]], row["date"], row["kind"], row["item"], row["text"])
            seen[key] = seen.get(key, 0) + 1
            row["stable_key"] = key if seen[key] == 1 else f"{key}-{seen[key]}"
