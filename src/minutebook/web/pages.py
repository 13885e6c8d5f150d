"""The HTML pages: every one server-rendered and complete without JavaScript."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path as PathLib
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from sqlalchemy import Connection, select

from minutebook.web import queries
from minutebook.web.params import check_page, check_query, check_text, decision_filters, end_date, parse_date
from minutebook.web.searching import PAGE_SIZE, run_search_async
from minutebook.web.sources import document_lines, file_if_unchanged, window

router = APIRouter(default_response_class=HTMLResponse)
indicators_fallback = APIRouter(default_response_class=HTMLResponse)

MAX_ID = 2**62
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="Record id")]
PageNo = Annotated[int, Query(description="Results page, from 1")]


def db(request: Request) -> Iterator[Connection]:
    with request.app.state.store.engine.connect() as conn:
        yield conn


Db = Annotated[Connection, Depends(db)]


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    from minutebook.web.app import templates

    return templates.TemplateResponse(request, name, context, status_code=status_code)


def not_found(what: str, ident: int) -> HTTPException:
    return HTTPException(404, f"There is no {what} with id {ident} in this record.")


def page_link(request: Request, page: int) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page" and v != ""]
    params.append(("page", str(page)))
    return f"{request.url.path}?{urlencode(params)}"


@router.get("/")
def home(request: Request, conn: Db) -> Response:
    return render(
        request,
        "home.html",
        {"councils": queries.list_councils(conn), "meetings": queries.latest_meetings(conn, limit=12)},
    )


@router.get("/councils/{council_id}")
def council_page(request: Request, conn: Db, council_id: Id) -> Response:
    council = queries.get_council(conn, council_id)
    if council is None:
        raise not_found("council", council_id)
    return render(
        request, "council.html", {"council": council, "breadcrumbs": [("Home", "/"), (council["name"], None)]}
    )


@router.get("/bodies/{body_id}")
def body_page(request: Request, conn: Db, body_id: Id) -> Response:
    body = queries.get_body(conn, body_id)
    if body is None:
        raise not_found("committee or body", body_id)
    crumbs = [
        ("Home", "/"),
        (body["council"] or "Council unknown", f"/councils/{body['council_id']}" if body["council_id"] else None),
    ]
    crumbs.append((body["name"], None))
    return render(request, "body.html", {"body": body, "breadcrumbs": crumbs})


def _meeting_crumbs(m: dict[str, Any]) -> list[tuple[str, str | None]]:
    crumbs: list[tuple[str, str | None]] = [("Home", "/")]
    if m.get("council_id"):
        crumbs.append((m["council"], f"/councils/{m['council_id']}"))
    if m.get("body_id"):
        crumbs.append((m["body"], f"/bodies/{m['body_id']}"))
    return crumbs


@router.get("/meetings/{meeting_id}")
def meeting_page(request: Request, conn: Db, meeting_id: Id) -> Response:
    meeting = queries.get_meeting(conn, meeting_id)
    if meeting is None:
        raise not_found("meeting", meeting_id)
    from minutebook.web.filters import long_date

    crumbs = _meeting_crumbs(meeting) + [(long_date(meeting["date"]), None)]
    return render(request, "meeting.html", {"meeting": meeting, "breadcrumbs": crumbs})


@router.get("/minutes/{item_id}")
def minute_page(request: Request, conn: Db, item_id: Id) -> Response:
    item = queries.get_minute_item(conn, item_id)
    if item is None:
        raise not_found("minute", item_id)
    from minutebook.web.filters import long_date

    crumbs: list[tuple[str, str | None]] = [("Home", "/")]
    if item["meeting"]:
        crumbs = _meeting_crumbs(item["meeting"]) + [
            (long_date(item["meeting"]["date"]), f"/meetings/{item['meeting_id']}")
        ]
    crumbs.append((f"Minute {item['number']}" if item["number"] else "Minute", None))
    return render(request, "minute.html", {"item": item, "breadcrumbs": crumbs})


@router.get("/people/{person_id}")
def person_page(request: Request, conn: Db, person_id: Id) -> Response:
    person = queries.get_person(conn, person_id)
    if person is None:
        raise not_found("person", person_id)
    crumbs: list[tuple[str, str | None]] = [("Home", "/")]
    if person["council_id"]:
        crumbs.append((person["council"], f"/councils/{person['council_id']}"))
    crumbs.append((person["name"], None))
    return render(request, "person.html", {"person": person, "breadcrumbs": crumbs})


@router.get("/decisions")
def decisions_page(
    request: Request,
    conn: Db,
    q: str | None = None,
    council: str | None = None,
    body: str | None = None,
    since: str | None = None,
    until: str | None = None,
    page: PageNo = 1,
) -> Response:
    page = check_page(page)
    wanted = decision_filters(q, council, body, since, until)
    words = wanted["words"]
    result = queries.list_decisions(conn, **wanted, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    notices = queries.list_decision_notices(conn, **wanted) if page == 1 else []
    pages = max(1, -(-result["total"] // PAGE_SIZE))
    return render(
        request,
        "decisions.html",
        {
            "result": result,
            "notices": notices,
            "q": words,
            "filters": {"council": council or "", "body": body or "", "since": since or "", "until": until or ""},
            "choices": queries.filter_choices(conn),
            "page": page,
            "pages": pages,
            "prev_url": page_link(request, page - 1) if page > 1 else None,
            "next_url": page_link(request, page + 1) if page < pages else None,
            "breadcrumbs": [("Home", "/"), ("Decisions", None)],
        },
    )


@router.get("/search")
async def search_page(
    request: Request,
    q: str | None = None,
    council: str | None = None,
    body: str | None = None,
    kind: str | None = None,
    year: str | None = None,
    since: str | None = None,
    until: str | None = None,
    page: PageNo = 1,
) -> Response:
    query = check_query(q)
    page = check_page(page)
    context: dict[str, Any] = {"q": query, "page": page, "result": None}
    filters = {
        "council": check_text("council", council),
        "body": check_text("body", body),
        "kind": check_text("kind", kind, 40),
        "year": check_text("year", year, 4),
        "since": since,
        "until": until,
    }
    if query:
        result = await run_search_async(
            request.app.state.store,
            query,
            council=filters["council"],
            body=filters["body"],
            kind=filters["kind"],
            year=filters["year"],
            since=parse_date("since", since),
            until=end_date("until", until),
            page=page,
        )
        pages = max(1, -(-result["total"] // PAGE_SIZE))
        base = [(k, v) for k, v in request.query_params.multi_items() if k != "page" and v != ""]
        context.update(
            result=result,
            pages=pages,
            prev_url=page_link(request, page - 1) if page > 1 else None,
            next_url=page_link(request, page + 1) if page < pages else None,
            facet_url=lambda name, value: _facet_url(base, name, value),
        )
    context["filters"] = {k: v or "" for k, v in filters.items()}
    context["breadcrumbs"] = [("Home", "/"), ("Search", None)]
    return render(request, "search.html", context)


def _facet_url(base: list[tuple[str, str]], name: str, value: str | None) -> str:
    """The search URL with one facet set to `value` (None removes it); back to page 1."""
    params = [(k, v) for k, v in base if k != name]
    if value is not None:
        params.append((name, str(value)))
    return "/search?" + urlencode(params)


@router.get("/documents/{document_id}")
def document_page(request: Request, conn: Db, document_id: Id) -> Response:
    doc = queries.get_document(conn, document_id)
    if doc is None:
        raise not_found("document", document_id)
    crumbs: list[tuple[str, str | None]] = [("Home", "/")]
    if doc["meeting_id"]:
        crumbs.append(("Meeting", f"/meetings/{doc['meeting_id']}"))
    crumbs.append((doc["name"], None))
    return render(request, "document.html", {"doc": doc, "breadcrumbs": crumbs})


def record_dirs(conn: Connection) -> tuple[PathLib, ...]:
    """Where relative document paths may be found besides the working folder: the SQLite file's folder."""
    database = conn.engine.url.database if conn.engine.dialect.name == "sqlite" else None
    return (PathLib(database).resolve().parent,) if database and database != ":memory:" else ()


@router.get("/documents/{document_id}/file", response_class=FileResponse)
def document_file(conn: Db, document_id: Id) -> Response:
    """The stored PDF, opened inline so `#page=N` lands on the cited page."""
    doc = queries.get_document(conn, document_id)
    if doc is None:
        raise not_found("document", document_id)
    if doc["format"] != queries.PDF_FORMAT:
        raise HTTPException(
            404, f"Document {document_id} is {doc['format']}, not a PDF: read it at /documents/{document_id}/text"
        )
    path, why = file_if_unchanged(doc["path"], doc["sha256"], record_dirs(conn))
    if path is None:
        raise HTTPException(410, f"{doc['name']}: {why}.")
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=doc["name"],
        content_disposition_type="inline",
        headers={"Cache-Control": "public, max-age=3600"},
    )


@router.get("/documents/{document_id}/text")
def document_text(
    request: Request,
    conn: Db,
    document_id: Id,
    line: Annotated[int | None, Query(description="Cited line (1-based, as `parse --text` numbers it)")] = None,
    page: Annotated[int | None, Query(description="File page (1-based)")] = None,
) -> Response:
    doc = queries.get_document(conn, document_id)
    if doc is None:
        raise not_found("document", document_id)
    if line is not None and line < 1:
        raise HTTPException(400, f"line {line} does not exist: lines are numbered from 1.")
    if page is not None and page < 1:
        raise HTTPException(400, f"page {page} does not exist: pages are numbered from 1.")
    lines, why = document_lines(doc["path"], doc["sha256"], record_dirs(conn))
    if lines is None:
        lines = _lines_from_passages(conn, document_id)
        if not lines:
            raise HTTPException(410, f"{doc['name']}: {why}.")
    last = lines[-1][0] if lines else 0
    if line is not None and line > last:
        raise HTTPException(404, f"{doc['name']} has {last} lines; there is no line {line}.")
    shown = window(lines, line, page)
    if page is not None and not shown:
        raise HTTPException(404, f"{doc['name']} has no page {page}.")
    crumbs: list[tuple[str, str | None]] = [("Home", "/")]
    if doc["meeting_id"]:
        crumbs.append(("Meeting", f"/meetings/{doc['meeting_id']}"))
    crumbs += [(doc["name"], f"/documents/{document_id}"), (f"Line {line}" if line else "Text", None)]
    return render(
        request,
        "document_text.html",
        {"doc": doc, "lines": shown, "line": line, "page": page, "last": last, "stale": why, "breadcrumbs": crumbs},
    )


def _lines_from_passages(conn: Connection, document_id: int) -> list[tuple[int, int | None, str]]:
    """When the source file is gone, the stored passages still hold its words, line by line."""
    from minutebook.store.schema import passages

    out: dict[int, tuple[int, int | None, str]] = {}
    rows = conn.execute(
        select(passages.c.line, passages.c.page, passages.c.text)
        .where(passages.c.document_id == document_id)
        .order_by(passages.c.line)
    )
    for r in rows:
        for i, text in enumerate((r.text or "").split("\n")):
            out.setdefault((r.line or 0) + i, ((r.line or 0) + i, r.page, text))
    return [out[k] for k in sorted(out)]


@indicators_fallback.get("/indicators")
def indicators_page(request: Request, conn: Db) -> Response:
    """A plain table of every figure, until the indicators page proper is installed."""
    from minutebook.store.schema import councils, indicators

    rows = queries._cite_all(
        conn,
        queries._dicts(
            conn.execute(
                select(
                    indicators.c.name,
                    indicators.c.period,
                    indicators.c.value,
                    indicators.c.unit,
                    indicators.c.area,
                    councils.c.name.label("council"),
                    indicators.c.document_id,
                    indicators.c.page,
                    indicators.c.line,
                )
                .outerjoin(councils, councils.c.id == indicators.c.council_id)
                .order_by(indicators.c.name, indicators.c.area, indicators.c.period)
                .limit(2000)
            )
        ),
    )
    return render(
        request, "fallback_indicators.html", {"rows": rows, "breadcrumbs": [("Home", "/"), ("Indicators", None)]}
    )
