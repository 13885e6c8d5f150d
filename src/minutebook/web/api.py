"""The JSON API under /api/: the same objects the pages show, described by
/api/openapi.json. Read-only; errors answer JSON `{"error", "details"}`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from minutebook.web import queries
from minutebook.web.pages import MAX_ID, Db, Id, PageNo
from minutebook.web.params import check_page, check_query, check_text, decision_filters, end_date, parse_date
from minutebook.web.searching import PAGE_SIZE, run_search_async

router = APIRouter(prefix="/api")

Obj = dict[str, Any]


def _found(obj: Obj | None, what: str, ident: int) -> Obj:
    if obj is None:
        raise HTTPException(404, f"There is no {what} with id {ident} in this record.")
    return obj


@router.get("/councils", summary="Every council in the record, with counts of meetings and bodies")
def api_councils(conn: Db) -> list[Obj]:
    return queries.list_councils(conn)


@router.get("/councils/{council_id}", summary="A council, its bodies and its recent meetings")
def api_council(conn: Db, council_id: Id) -> Obj:
    return _found(queries.get_council(conn, council_id), "council", council_id)


@router.get("/bodies/{body_id}", summary="A committee or other body: its meetings and current members")
def api_body(conn: Db, body_id: Id) -> Obj:
    return _found(queries.get_body(conn, body_id), "body", body_id)


@router.get("/meetings", summary="The latest meetings, newest first")
def api_meetings(
    conn: Db,
    council_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    body_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[Obj]:
    return queries.latest_meetings(conn, limit=limit, council_id=council_id, body_id=body_id)


@router.get(
    "/meetings/{meeting_id}",
    summary="A meeting: agenda, attendance, declarations, minutes with resolutions and votes, documents",
)
def api_meeting(conn: Db, meeting_id: Id) -> Obj:
    return _found(queries.get_meeting(conn, meeting_id), "meeting", meeting_id)


@router.get("/minutes/{item_id}", summary="One minute: its text, resolutions, votes and citation")
def api_minute(conn: Db, item_id: Id) -> Obj:
    return _found(queries.get_minute_item(conn, item_id), "minute", item_id)


@router.get("/people/{person_id}", summary="A person: roles, attendance record, declarations and votes")
def api_person(conn: Db, person_id: Id) -> Obj:
    return _found(queries.get_person(conn, person_id), "person", person_id)


@router.get("/documents/{document_id}", summary="A source document and the parts it is bound from")
def api_document(conn: Db, document_id: Id) -> Obj:
    return queries.public_document(_found(queries.get_document(conn, document_id), "document", document_id))


@router.get(
    "/decisions",
    summary="Every resolution (and, on page 1, published decision notices), filtered by council, body, dates and words",
)
def api_decisions(
    conn: Db,
    q: str | None = None,
    council: str | None = None,
    body: str | None = None,
    since: str | None = None,
    until: str | None = None,
    page: PageNo = 1,
) -> Obj:
    page = check_page(page)
    wanted = decision_filters(q, council, body, since, until)
    result = queries.list_decisions(conn, **wanted, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    notices = queries.list_decision_notices(conn, **wanted) if page == 1 else []
    return {"page": page, "page_size": PAGE_SIZE, **result, "notices": notices}


@router.get("/search", summary="Full-text search: hits best first with marked snippets, and facets")
async def api_search(
    request: Request,
    q: str,
    council: str | None = None,
    body: str | None = None,
    kind: str | None = None,
    year: str | None = None,
    since: str | None = None,
    until: str | None = None,
    page: PageNo = 1,
) -> Obj:
    query = check_query(q)
    if not query:
        raise HTTPException(400, "q: give some words to search for.")
    page = check_page(page)
    result = await run_search_async(
        request.app.state.store,
        query,
        council=check_text("council", council),
        body=check_text("body", body),
        kind=check_text("kind", kind, 40),
        year=check_text("year", year, 4),
        since=parse_date("since", since),
        until=end_date("until", until),
        page=page,
    )
    for hit in result["hits"]:
        hit.pop("marked", None)  # control-character markers: `snippet` ([ ]) and `snippet_html` (<mark>) carry them
    return {"query": query, "page": page, "page_size": PAGE_SIZE, **result}
