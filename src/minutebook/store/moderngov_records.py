"""What a ModernGov sync asks the record before fetching: is this attachment,
meeting reply or decision already held?

Remote ids are scoped by site (`democracy.manchester.gov.uk/attachment/60860`)
because ModernGov numbers attachments and meetings per site. Writing goes
through `Store.ingest`, one transaction per document; this module only reads,
plus one small update: a file first ingested by hand and later met on the
site (same bytes) is given the site's id and URL, so the next sync does not
fetch it again.
"""

from __future__ import annotations

from sqlalchemy import select, update

from minutebook.store import Store, schema
from minutebook.store.writer import is_eq


def held_document(store: Store, remote_id: str) -> int | None:
    """The document row already holding this site's attachment, if any."""
    d = schema.documents.c
    with store.engine.connect() as conn:
        row = conn.execute(select(d.id).where(d.remote_id == remote_id).limit(1)).first()
    return row[0] if row else None


def document_by_sha(store: Store, sha256: str) -> int | None:
    d = schema.documents.c
    with store.engine.connect() as conn:
        row = conn.execute(select(d.id).where(d.sha256 == sha256).limit(1)).first()
    return row[0] if row else None


def held_decision(store: Store, remote_id: str) -> bool:
    t = schema.decisions.c
    with store.engine.connect() as conn:
        return conn.execute(select(t.id).where(t.remote_id == remote_id).limit(1)).first() is not None


def adopt(store: Store, sha256: str, *, remote_id: str, source_url: str, fetched_at: str) -> int | None:
    """Same bytes already held (ingested by hand, or under another id): give
    the held row the site's id and URL where it has none. Returns its id."""
    d = schema.documents.c
    with store.engine.begin() as conn:
        row = conn.execute(select(d.id, d.remote_id).where(d.sha256 == sha256).limit(1)).first()
        if row is None:
            return None
        if row[1] is None:
            conn.execute(
                update(schema.documents)
                .where(d.id == row[0])
                .values(remote_id=remote_id, source_url=source_url, fetched_at=fetched_at)
            )
        return row[0]


def meeting_of(store: Store, remote_id: str) -> int | None:
    m = schema.meetings.c
    with store.engine.connect() as conn:
        row = conn.execute(select(m.id).where(m.remote_id == remote_id).limit(1)).first()
    return row[0] if row else None


def council_like(store: Store, word: str) -> str | None:
    """The one council already in the record whose name contains `word`
    ('Manchester' -> 'Manchester City Council'), so a sync without --council
    files its meetings beside packs ingested by hand."""
    c = schema.councils.c
    with store.engine.connect() as conn:
        rows = conn.execute(select(c.name).where(c.name.ilike(f"%{word}%"))).all()
    return rows[0][0] if len(rows) == 1 else None


def reschedule(store: Store, remote_id: str, date: str | None) -> bool:
    """A meeting the site has moved to another day keeps its one row (and the
    papers filed under it) instead of leaving a stale twin on the old date.
    True when it moved."""
    if not date:
        return False
    m = schema.meetings.c
    with store.engine.begin() as conn:
        row = conn.execute(select(m.id, m.date, m.council_id, m.body_id).where(m.remote_id == remote_id)).first()
        if row is None or row.date == date:
            return False
        same_day = conn.execute(
            select(m.id).where(is_eq(m.council_id, row.council_id), is_eq(m.body_id, row.body_id), m.date == date)
        ).first()
        if same_day:
            return False
        conn.execute(update(schema.meetings).where(m.id == row.id).values(date=date))
        p = schema.passages.c
        conn.execute(update(schema.passages).where(p.meeting_id == row.id).values(date=date))
    return True


def set_status(store: Store, remote_id: str, status: str) -> None:
    """The site's word on a meeting wins, both ways: a cancelled meeting that
    is reinstated becomes scheduled or held again, and one still to come is
    scheduled rather than the record's default, held."""
    m = schema.meetings.c
    with store.engine.begin() as conn:
        conn.execute(update(schema.meetings).where(m.remote_id == remote_id, m.status != status).values(status=status))
