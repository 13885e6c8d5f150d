"""Read queries behind the pages and the JSON API.

Each function takes a SQLAlchemy connection and returns plain dicts and lists,
so the HTML templates and the `/api/` routes show exactly the same objects.
Nothing here writes. Every fact carries `document_id`, `page` and `line`, and
`source` (the URL that opens its page) so a reader can always check it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from minutebook.store.schema import (
    agenda_items,
    attendance,
    bodies,
    councils,
    decisions,
    declarations,
    documents,
    meetings,
    memberships,
    minute_items,
    people,
    person_names,
    resolutions,
    segments,
    vote_records,
    votes,
)

Row = dict[str, Any]

PDF_FORMAT = "pdf"


# ---------------------------------------------------------------- citations


def source_url(document_id: int | None, fmt: str | None, page: int | None, line: int | None) -> str | None:
    """The link that opens a cited fact where it was read: the stored PDF at its
    page, or for text and HTML sources the text around the cited line."""
    if document_id is None:
        return None
    if fmt == PDF_FORMAT and page:
        return f"/documents/{document_id}/file#page={int(page)}"
    if line:
        return f"/documents/{document_id}/text?line={int(line)}#L{int(line)}"
    if page:
        return f"/documents/{document_id}/text?page={int(page)}"
    return f"/documents/{document_id}"


def _cited(row: Row, formats: dict[int, str]) -> Row:
    row["source"] = source_url(
        row.get("document_id"), formats.get(row.get("document_id") or -1), row.get("page"), row.get("line")
    )
    return row


def _formats(conn: Connection, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = conn.execute(select(documents.c.id, documents.c.format).where(documents.c.id.in_(wanted)))
    return {r.id: r.format for r in rows}


def _cite_all(conn: Connection, rows: list[Row]) -> list[Row]:
    formats = _formats(conn, {r.get("document_id") for r in rows})
    return [_cited(r, formats) for r in rows]


def _dicts(result: Any) -> list[Row]:
    return [dict(r._mapping) for r in result]


# ---------------------------------------------------------------- councils, bodies, meetings

_MEETING_COLS = [
    meetings.c.id,
    meetings.c.date,
    meetings.c.time,
    meetings.c.venue,
    meetings.c.status,
    meetings.c.council_id,
    councils.c.name.label("council"),
    meetings.c.body_id,
    bodies.c.name.label("body"),
]


def _meeting_select() -> Any:
    return (
        select(*_MEETING_COLS)
        .select_from(meetings)
        .outerjoin(councils, councils.c.id == meetings.c.council_id)
        .outerjoin(bodies, bodies.c.id == meetings.c.body_id)
    )


def list_councils(conn: Connection) -> list[Row]:
    meeting_counts = (
        select(meetings.c.council_id, func.count().label("n"), func.max(meetings.c.date).label("latest"))
        .group_by(meetings.c.council_id)
        .subquery()
    )
    body_counts = select(bodies.c.council_id, func.count().label("n")).group_by(bodies.c.council_id).subquery()
    q = (
        select(
            councils.c.id,
            councils.c.name,
            councils.c.slug,
            func.coalesce(meeting_counts.c.n, 0).label("meetings"),
            func.coalesce(body_counts.c.n, 0).label("bodies"),
            meeting_counts.c.latest,
        )
        .outerjoin(meeting_counts, meeting_counts.c.council_id == councils.c.id)
        .outerjoin(body_counts, body_counts.c.council_id == councils.c.id)
        .order_by(councils.c.name)
    )
    return _dicts(conn.execute(q))


def latest_meetings(
    conn: Connection, limit: int = 10, council_id: int | None = None, body_id: int | None = None
) -> list[Row]:
    q = _meeting_select()
    if council_id is not None:
        q = q.where(meetings.c.council_id == council_id)
    if body_id is not None:
        q = q.where(meetings.c.body_id == body_id)
    q = q.order_by(meetings.c.date.desc().nulls_last(), meetings.c.id.desc()).limit(limit)
    return _dicts(conn.execute(q))


def get_council(conn: Connection, council_id: int) -> Row | None:
    row = conn.execute(select(councils).where(councils.c.id == council_id)).first()
    if row is None:
        return None
    council = dict(row._mapping)
    q = (
        select(
            bodies.c.id,
            bodies.c.name,
            func.count(meetings.c.id).label("meetings"),
            func.max(meetings.c.date).label("latest"),
        )
        .outerjoin(meetings, meetings.c.body_id == bodies.c.id)
        .where(bodies.c.council_id == council_id)
        .group_by(bodies.c.id, bodies.c.name)
        .order_by(bodies.c.name)
    )
    council["bodies"] = _dicts(conn.execute(q))
    council["meetings"] = latest_meetings(conn, limit=25, council_id=council_id)
    return council


def get_body(conn: Connection, body_id: int) -> Row | None:
    row = conn.execute(
        select(bodies.c.id, bodies.c.name, bodies.c.council_id, councils.c.name.label("council"))
        .outerjoin(councils, councils.c.id == bodies.c.council_id)
        .where(bodies.c.id == body_id)
    ).first()
    if row is None:
        return None
    body = dict(row._mapping)
    body["meetings"] = latest_meetings(conn, limit=500, body_id=body_id)
    body["members"] = current_members(conn, body_id)
    body["members_from"] = None
    if not body["members"]:
        body["members"], body["members_from"] = members_from_attendance(conn, body_id)
    return body


def members_from_attendance(conn: Connection, body_id: int) -> tuple[list[Row], Row | None]:
    """For a body whose papers print no membership list: the members the latest
    minutes record as present or sending apologies (officers left out)."""
    latest = conn.execute(
        select(meetings.c.id, meetings.c.date)
        .where(meetings.c.body_id == body_id, meetings.c.id.in_(select(attendance.c.meeting_id)))
        .order_by(meetings.c.date.desc().nulls_last(), meetings.c.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return [], None
    rows = _dicts(
        conn.execute(
            select(
                attendance.c.person_id,
                attendance.c.name,
                attendance.c.role,
                attendance.c.status,
                attendance.c.document_id,
                attendance.c.page,
                attendance.c.line,
            )
            .where(
                attendance.c.meeting_id == latest.id,
                or_(attendance.c.kind.is_(None), attendance.c.kind == "member"),
            )
            .order_by(attendance.c.id)
        )
    )
    seen: set[int] = set()
    out = []
    for r in _cite_all(conn, rows):
        if r["person_id"] not in seen:
            seen.add(r["person_id"])
            out.append(r)
    return out, {"meeting_id": latest.id, "date": latest.date}


def current_members(conn: Connection, body_id: int) -> list[Row]:
    """The membership as the most recent meeting that lists one prints it; a
    body whose papers never list members falls back to everyone recorded."""
    latest = conn.execute(
        select(memberships.c.meeting_id)
        .outerjoin(meetings, meetings.c.id == memberships.c.meeting_id)
        .where(memberships.c.body_id == body_id)
        .order_by(meetings.c.date.desc().nulls_last(), memberships.c.id.desc())
        .limit(1)
    ).scalar()
    q = (
        select(
            memberships.c.person_id,
            people.c.name,
            memberships.c.role,
            memberships.c.document_id,
            memberships.c.page,
            memberships.c.line,
        )
        .join(people, people.c.id == memberships.c.person_id)
        .where(memberships.c.body_id == body_id)
    )
    if latest is not None:
        q = q.where(memberships.c.meeting_id == latest)
    q = q.order_by(memberships.c.id)
    seen: set[int] = set()
    out = []
    for r in _cite_all(conn, _dicts(conn.execute(q))):
        if r["person_id"] not in seen:
            seen.add(r["person_id"])
            out.append(r)
    return out


def get_meeting(conn: Connection, meeting_id: int) -> Row | None:
    row = conn.execute(_meeting_select().where(meetings.c.id == meeting_id)).first()
    if row is None:
        return None
    meeting = dict(row._mapping)
    meeting["documents"] = _meeting_documents(conn, meeting_id)
    meeting["agenda"] = _agenda(conn, meeting_id)
    meeting["attendance"] = _attendance(conn, meeting_id)
    meeting["declarations"] = _cite_all(
        conn,
        _dicts(
            conn.execute(
                select(
                    declarations.c.id,
                    declarations.c.person_id,
                    declarations.c.name,
                    declarations.c.item,
                    declarations.c.kind,
                    declarations.c.text,
                    declarations.c.document_id,
                    declarations.c.page,
                    declarations.c.line,
                )
                .where(declarations.c.meeting_id == meeting_id)
                .order_by(declarations.c.id)
            )
        ),
    )
    meeting["minutes"] = _minute_items(conn, minute_items.c.meeting_id == meeting_id)
    return meeting


def _meeting_documents(conn: Connection, meeting_id: int) -> list[Row]:
    docs = _dicts(
        conn.execute(
            select(documents.c.id, documents.c.name, documents.c.format, documents.c.pages, documents.c.source_url)
            .where(documents.c.meeting_id == meeting_id)
            .order_by(documents.c.id)
        )
    )
    by_id = {d["id"]: d for d in docs}
    for d in docs:
        d["parts"] = []
        d["url"] = f"/documents/{d['id']}"
    if docs:
        segs = _dicts(
            conn.execute(
                select(segments)
                .where(segments.c.document_id.in_(by_id))
                .order_by(segments.c.document_id, segments.c.position)
            )
        )
        for s in segs:
            doc = by_id[s["document_id"]]
            s["source"] = source_url(doc["id"], doc["format"], s["page"], s["line"])
            doc["parts"].append(s)
    return docs


def _agenda(conn: Connection, meeting_id: int) -> list[Row]:
    rows = _cite_all(
        conn,
        _dicts(
            conn.execute(
                select(agenda_items)
                .where(agenda_items.c.meeting_id == meeting_id)
                .order_by(agenda_items.c.document_id, agenda_items.c.position)
            )
        ),
    )
    formats = _formats(conn, {r["document_id"] for r in rows})
    children: dict[int | None, list[Row]] = defaultdict(list)
    for r in rows:
        r["items"] = []
        if r["file_page_from"] and formats.get(r["document_id"]) == PDF_FORMAT:
            r["pages_source"] = source_url(r["document_id"], PDF_FORMAT, r["file_page_from"], None)
        else:
            r["pages_source"] = None
        children[r["parent_id"]].append(r)
    for r in rows:
        r["items"] = children.get(r["id"], [])
    return children.get(None, [])


def _attendance(conn: Connection, meeting_id: int) -> Row:
    rows = _cite_all(
        conn,
        _dicts(
            conn.execute(
                select(
                    attendance.c.person_id,
                    attendance.c.name,
                    attendance.c.status,
                    attendance.c.role,
                    attendance.c.kind,
                    attendance.c.substitute_for,
                    attendance.c.document_id,
                    attendance.c.page,
                    attendance.c.line,
                )
                .where(attendance.c.meeting_id == meeting_id)
                .order_by(attendance.c.id)
            )
        ),
    )
    out: Row = {"present": [], "apologies": [], "substitutes": [], "officers": []}
    for r in rows:
        if r["status"] == "apologies":
            out["apologies"].append(r)
        elif r["status"] == "substitute":
            out["substitutes"].append(r)
        elif r["kind"] in ("officer", "other"):
            out["officers"].append(r)
        else:
            out["present"].append(r)
    return out


def _minute_items(conn: Connection, where: Any) -> list[Row]:
    items = _cite_all(
        conn,
        _dicts(
            conn.execute(
                select(
                    minute_items.c.id,
                    minute_items.c.meeting_id,
                    minute_items.c.number,
                    minute_items.c.title,
                    minute_items.c.text,
                    minute_items.c.public,
                    minute_items.c.document_id,
                    minute_items.c.page,
                    minute_items.c.line,
                )
                .where(where)
                .order_by(minute_items.c.document_id, minute_items.c.position)
            )
        ),
    )
    if not items:
        return items
    ids = [i["id"] for i in items]
    res = _cite_all(
        conn,
        _dicts(
            conn.execute(
                select(
                    resolutions.c.id,
                    resolutions.c.minute_item_id,
                    resolutions.c.text,
                    resolutions.c.document_id,
                    resolutions.c.page,
                    resolutions.c.line,
                )
                .where(resolutions.c.minute_item_id.in_(ids))
                .order_by(resolutions.c.minute_item_id, resolutions.c.position)
            )
        ),
    )
    vts = _votes(conn, votes.c.minute_item_id.in_(ids))
    by_item_res: dict[int, list[Row]] = defaultdict(list)
    by_item_votes: dict[int, list[Row]] = defaultdict(list)
    for r in res:
        by_item_res[r["minute_item_id"]].append(r)
    for v in vts:
        by_item_votes[v["minute_item_id"]].append(v)
    for i in items:
        i["resolutions"] = by_item_res.get(i["id"], [])
        i["votes"] = by_item_votes.get(i["id"], [])
        i["url"] = f"/minutes/{i['id']}"
    return items


def _votes(conn: Connection, where: Any) -> list[Row]:
    vts = _cite_all(
        conn,
        _dicts(
            conn.execute(
                select(
                    votes.c.id,
                    votes.c.minute_item_id,
                    votes.c.meeting_id,
                    votes.c.motion,
                    votes.c.count_for,
                    votes.c.count_against,
                    votes.c.count_abstain,
                    votes.c.result,
                    votes.c.document_id,
                    votes.c.page,
                    votes.c.line,
                )
                .where(where)
                .order_by(votes.c.id)
            )
        ),
    )
    if not vts:
        return vts
    recs = _dicts(
        conn.execute(
            select(vote_records.c.vote_id, vote_records.c.person_id, vote_records.c.name, vote_records.c.position)
            .where(vote_records.c.vote_id.in_([v["id"] for v in vts]))
            .order_by(vote_records.c.id)
        )
    )
    by_vote: dict[int, Row] = {v["id"]: v for v in vts}
    for v in vts:
        v["for"], v["against"], v["abstain"] = [], [], []
    for r in recs:
        if r["position"] in ("for", "against", "abstain"):
            by_vote[r["vote_id"]][r["position"]].append({"person_id": r["person_id"], "name": r["name"]})
    return vts


def get_minute_item(conn: Connection, item_id: int) -> Row | None:
    items = _minute_items(conn, minute_items.c.id == item_id)
    if not items:
        return None
    item = items[0]
    item["meeting"] = None
    if item["meeting_id"] is not None:
        row = conn.execute(_meeting_select().where(meetings.c.id == item["meeting_id"])).first()
        item["meeting"] = dict(row._mapping) if row else None
    doc = conn.execute(
        select(documents.c.id, documents.c.name, documents.c.format).where(documents.c.id == item["document_id"])
    ).first()
    item["document"] = dict(doc._mapping) if doc else None
    return item


# ---------------------------------------------------------------- people


def get_person(conn: Connection, person_id: int) -> Row | None:
    row = conn.execute(
        select(people.c.id, people.c.name, people.c.kind, people.c.council_id, councils.c.name.label("council"))
        .outerjoin(councils, councils.c.id == people.c.council_id)
        .where(people.c.id == person_id)
    ).first()
    if row is None:
        return None
    person = dict(row._mapping)
    roles = _dicts(
        conn.execute(
            select(
                memberships.c.body_id,
                bodies.c.name.label("body"),
                memberships.c.role,
                func.count().label("times"),
                func.max(meetings.c.date).label("latest"),
            )
            .select_from(memberships)
            .outerjoin(bodies, bodies.c.id == memberships.c.body_id)
            .outerjoin(meetings, meetings.c.id == memberships.c.meeting_id)
            .where(memberships.c.person_id == person_id)
            .group_by(memberships.c.body_id, bodies.c.name, memberships.c.role)
            .order_by(bodies.c.name, memberships.c.role)
        )
    )
    person["roles"] = roles
    person["names"] = [
        r[0]
        for r in conn.execute(
            select(person_names.c.name)
            .where(person_names.c.person_id == person_id)
            .group_by(person_names.c.name)
            .order_by(person_names.c.name)
        )
    ]
    person["attendance"] = _person_attendance(
        conn, person_id, [r["body_id"] for r in roles if r["body_id"] is not None]
    )
    person["declarations"] = _cite_all(
        conn,
        _dicts(
            conn.execute(
                select(
                    declarations.c.id,
                    declarations.c.meeting_id,
                    meetings.c.date,
                    bodies.c.name.label("body"),
                    declarations.c.item,
                    declarations.c.kind,
                    declarations.c.text,
                    declarations.c.document_id,
                    declarations.c.page,
                    declarations.c.line,
                )
                .select_from(declarations)
                .outerjoin(meetings, meetings.c.id == declarations.c.meeting_id)
                .outerjoin(bodies, bodies.c.id == meetings.c.body_id)
                .where(declarations.c.person_id == person_id)
                .order_by(meetings.c.date.desc().nulls_last(), declarations.c.id)
            )
        ),
    )
    person["votes"] = _one_per_vote(
        conn,
        _dicts(
            conn.execute(
                select(
                    vote_records.c.position,
                    votes.c.id.label("vote_id"),
                    votes.c.motion,
                    votes.c.result,
                    votes.c.minute_item_id,
                    minute_items.c.number.label("item"),
                    minute_items.c.title.label("item_title"),
                    votes.c.meeting_id,
                    meetings.c.date,
                    bodies.c.name.label("body"),
                    votes.c.document_id,
                    votes.c.page,
                    votes.c.line,
                )
                .select_from(vote_records)
                .join(votes, votes.c.id == vote_records.c.vote_id)
                .outerjoin(minute_items, minute_items.c.id == votes.c.minute_item_id)
                .outerjoin(meetings, meetings.c.id == votes.c.meeting_id)
                .outerjoin(bodies, bodies.c.id == meetings.c.body_id)
                .where(vote_records.c.person_id == person_id)
                .order_by(meetings.c.date.desc().nulls_last(), votes.c.id)
            )
        ),
    )
    return person


def _one_per_vote(conn: Connection, rows: list[Row]) -> list[Row]:
    """A person named twice in one division (`Cole` and `P Cole`) voted once."""
    seen: set[tuple[Any, Any]] = set()
    out = []
    for r in rows:
        if (r["vote_id"], r["position"]) not in seen:
            seen.add((r["vote_id"], r["position"]))
            out.append(r)
    return _cite_all(conn, out)


def _person_attendance(conn: Connection, person_id: int, body_ids: list[int]) -> Row:
    """Meetings they were expected at: every meeting where they are recorded
    (present, apologies, substituting) plus meetings of bodies they sit on
    whose minutes record attendance but do not name them (absent without
    apologies). Attended means present or substituting."""
    recorded = _dicts(
        conn.execute(
            select(
                attendance.c.meeting_id,
                attendance.c.status,
                attendance.c.role,
                attendance.c.document_id,
                attendance.c.page,
                attendance.c.line,
            ).where(attendance.c.person_id == person_id)
        )
    )
    by_meeting: dict[int, Row] = {}
    for r in recorded:
        prev = by_meeting.get(r["meeting_id"])
        if prev is None or (prev["status"] == "apologies" and r["status"] != "apologies"):
            by_meeting[r["meeting_id"]] = r
    if body_ids:
        with_attendance = select(attendance.c.meeting_id).distinct().scalar_subquery()
        rows = conn.execute(
            select(meetings.c.id).where(and_(meetings.c.body_id.in_(body_ids), meetings.c.id.in_(with_attendance)))
        )
        for (mid,) in rows:
            by_meeting.setdefault(
                mid,
                {"meeting_id": mid, "status": "absent", "role": None, "document_id": None, "page": None, "line": None},
            )
    if not by_meeting:
        return {"meetings": [], "attended": 0, "expected": 0, "percent": None}
    info = {r["id"]: r for r in _dicts(conn.execute(_meeting_select().where(meetings.c.id.in_(list(by_meeting)))))}
    rows_out = []
    for mid, r in by_meeting.items():
        m = info.get(mid, {})
        rows_out.append({**r, "date": m.get("date"), "body": m.get("body"), "council": m.get("council")})
    rows_out.sort(key=lambda r: r["date"] or "", reverse=True)
    rows_out = _cite_all(conn, rows_out)
    attended = sum(1 for r in rows_out if r["status"] in ("present", "substitute"))
    expected = len(rows_out)
    return {
        "meetings": rows_out,
        "attended": attended,
        "expected": expected,
        "percent": round(100.0 * attended / expected, 1),
    }


# ---------------------------------------------------------------- decisions


def list_decisions(
    conn: Connection,
    *,
    council: str | None = None,
    body: str | None = None,
    since: str | None = None,
    until: str | None = None,
    words: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Row:
    """Every resolution, newest meeting first, filtered by council and body
    (name or id), a date range and words that must all appear in it."""
    q = (
        select(
            resolutions.c.id,
            resolutions.c.text,
            resolutions.c.minute_item_id,
            minute_items.c.number.label("item"),
            minute_items.c.title.label("item_title"),
            resolutions.c.meeting_id,
            meetings.c.date,
            meetings.c.council_id,
            councils.c.name.label("council"),
            meetings.c.body_id,
            bodies.c.name.label("body"),
            resolutions.c.document_id,
            resolutions.c.page,
            resolutions.c.line,
        )
        .select_from(resolutions)
        .join(minute_items, minute_items.c.id == resolutions.c.minute_item_id)
        .outerjoin(meetings, meetings.c.id == resolutions.c.meeting_id)
        .outerjoin(councils, councils.c.id == meetings.c.council_id)
        .outerjoin(bodies, bodies.c.id == meetings.c.body_id)
    )
    conds = []
    if council:
        conds.append(_name_or_id(councils, council))
    if body:
        conds.append(_name_or_id(bodies, body))
    if since:
        conds.append(meetings.c.date >= since)
    if until:
        conds.append(meetings.c.date <= until)
    for word in (words or "").split()[:20]:
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conds.append(
            or_(resolutions.c.text.ilike(pattern, escape="\\"), minute_items.c.title.ilike(pattern, escape="\\"))
        )
    if conds:
        q = q.where(and_(*conds))
    total = conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0
    q = q.order_by(
        meetings.c.date.desc().nulls_last(), resolutions.c.meeting_id, minute_items.c.position, resolutions.c.position
    )
    rows = _cite_all(conn, _dicts(conn.execute(q.limit(limit).offset(offset))))
    return {"total": total, "decisions": rows}


def list_decision_notices(
    conn: Connection,
    *,
    council: str | None = None,
    body: str | None = None,
    since: str | None = None,
    until: str | None = None,
    words: str | None = None,
    limit: int = 50,
) -> list[Row]:
    """Decision notices published on a council's site (ModernGov `mgIssueHistory` pages,
    kept by `minutebook sync`), with the same filters; `body` matches the decision maker."""
    q = (
        select(
            decisions.c.id,
            decisions.c.title,
            decisions.c.decision_maker,
            decisions.c.date,
            decisions.c.status,
            decisions.c.key_decision,
            decisions.c.text,
            decisions.c.source_url,
            decisions.c.meeting_id,
            councils.c.name.label("council"),
            decisions.c.document_id,
            decisions.c.page,
            decisions.c.line,
        )
        .select_from(decisions)
        .outerjoin(councils, councils.c.id == decisions.c.council_id)
    )
    conds = []
    if council:
        conds.append(_name_or_id(councils, council))
    if body:
        conds.append(func.lower(decisions.c.decision_maker).like(f"%{_escape_like(body.lower())}%", escape="\\"))
    if since:
        conds.append(decisions.c.date >= since)
    if until:
        conds.append(decisions.c.date <= until)
    for word in (words or "").split()[:20]:
        pattern = f"%{_escape_like(word)}%"
        conds.append(or_(decisions.c.title.ilike(pattern, escape="\\"), decisions.c.text.ilike(pattern, escape="\\")))
    if conds:
        q = q.where(and_(*conds))
    q = q.order_by(decisions.c.date.desc().nulls_last(), decisions.c.id.desc()).limit(limit)
    return _cite_all(conn, _dicts(conn.execute(q)))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _name_or_id(table: Any, value: str) -> Any:
    if value.isdigit() and len(value) <= 18:  # an id; longer digit strings cannot be one
        return table.c.id == int(value)
    return func.lower(table.c.name) == value.lower()


def filter_choices(conn: Connection) -> Row:
    """Councils and bodies for the filter drop-downs."""
    return {
        "councils": [r[0] for r in conn.execute(select(councils.c.name).order_by(councils.c.name))],
        "bodies": [r[0] for r in conn.execute(select(bodies.c.name).distinct().order_by(bodies.c.name))],
    }


# ---------------------------------------------------------------- documents


def get_document(conn: Connection, document_id: int) -> Row | None:
    row = conn.execute(
        select(
            documents.c.id,
            documents.c.path,
            documents.c.name,
            documents.c.sha256,
            documents.c.format,
            documents.c.pages,
            documents.c.paged,
            documents.c.meeting_id,
            documents.c.council_id,
            documents.c.source_url,
            councils.c.name.label("council"),
        )
        .outerjoin(councils, councils.c.id == documents.c.council_id)
        .where(documents.c.id == document_id)
    ).first()
    if row is None:
        return None
    doc = dict(row._mapping)
    doc["parts"] = _dicts(
        conn.execute(select(segments).where(segments.c.document_id == document_id).order_by(segments.c.position))
    )
    for s in doc["parts"]:
        s["source"] = source_url(document_id, doc["format"], s["page"], s["line"])
    return doc


def public_document(doc: Row) -> Row:
    """A document as the API shows it: no server file path."""
    out = {k: v for k, v in doc.items() if k != "path"}
    out["file"] = f"/documents/{doc['id']}/file" if doc["format"] == PDF_FORMAT else None
    out["text"] = f"/documents/{doc['id']}/text"
    return out
