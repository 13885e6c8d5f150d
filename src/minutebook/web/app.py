"""The FastAPI app: server-rendered pages and a JSON API over one record.

Read-only by construction: only GET routes, and every database connection
the app opens is switched to read-only (`PRAGMA query_only` on SQLite, a
read-only default transaction on PostgreSQL), so nothing can write through
the web even by mistake. Bad parameters answer 400/404/422 with a page (or
JSON under /api/) saying what was wrong, never a 500.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine, event
from starlette.exceptions import HTTPException as StarletteHTTPException

from minutebook.store.query import QueryError
from minutebook.web import filters
from minutebook.web.params import BadParameter
from minutebook.web.security import SecurityHeaders

HERE = Path(__file__).resolve().parent
log = logging.getLogger("minutebook.web")

templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.auto_reload = False  # templates ship with the package: no stat() of the file on every page
filters.install(templates.env)

TITLES = {
    400: "That request could not be answered",
    404: "Not found",
    405: "Not allowed",
    422: "That request could not be answered",
}


MMAP_BYTES = 1 << 30


def _read_only(engine: Engine) -> None:
    """Make every future connection of this engine refuse writes."""
    engine.dispose()
    sqlite = engine.dialect.name == "sqlite"

    @event.listens_for(engine, "connect")
    def _set_read_only(dbapi_connection: Any, _record: Any) -> None:
        cur = dbapi_connection.cursor()
        if sqlite:
            cur.execute("PRAGMA query_only=ON")
            # read through the OS page cache that every worker shares, not a
            # 2 MB private cache per connection: the facet counts read a
            # thousand scattered rows (bench/search_load.py)
            cur.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        else:
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        cur.close()
        if not sqlite:
            dbapi_connection.commit()


def create_app(url: str | None = None) -> FastAPI:
    """The app over the record at `url` (default: $MINUTEBOOK_DB, then ./minutebook.db)."""
    from minutebook.store import open_store

    store = open_store(url)
    _read_only(store.engine)

    app = FastAPI(
        title="Minutebook",
        summary="UK council meetings, decisions and votes, each fact cited to its page.",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the Swagger page loads scripts from a CDN: no third parties here
        redoc_url=None,
    )
    app.state.store = store
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _install_error_handlers(app)

    from minutebook.web import api, pages

    app.include_router(pages.router)
    app.include_router(api.router)
    try:
        from minutebook.web.indicators import router as indicators_router
    except ImportError as exc:  # the indicators page is a separate part; the app works without it
        log.info("indicators page not available: %s", exc)
        app.include_router(pages.indicators_fallback)
    else:
        app.include_router(indicators_router)
    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` with several workers: the record comes from $MINUTEBOOK_DB."""
    return create_app(os.environ.get("MINUTEBOOK_DB"))


# ---------------------------------------------------------------- errors


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str, details: list[str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message, "details": details or []}, status_code=status)
    return templates.TemplateResponse(
        request,
        "error.html",
        {"title": TITLES.get(status, "Something went wrong"), "message": message, "details": details or []},
        status_code=status,
    )


def _describe_validation(exc: RequestValidationError) -> list[str]:
    out = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        name = ".".join(loc) or "parameter"
        value = err.get("input")
        shown = repr(value)[:60] if isinstance(value, str | int | float) else ""
        out.append(f"{name}: {err.get('msg', 'invalid value')}" + (f" (got {shown})" if shown else ""))
    return out


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter) -> Response:
        return error_response(request, 400, f"The {exc.name!r} parameter is not right: {exc.message}.")

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return error_response(request, 400, f"That search could not be run: {str(exc).removeprefix('--')}.")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 400, "Some parameters of this request are not right.", _describe_validation(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404 and exc.detail == "Not Found":
            message = f"There is no page at {request.url.path[:200]}."
        else:
            message = str(exc.detail)
        return error_response(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("error answering %s", request.url.path)
        return error_response(
            request, 500, "Something went wrong on our side answering this request; it has been logged."
        )


def html_error(request: Request, status: int, message: str) -> HTMLResponse:
    """For routes that want to answer an error page directly."""
    return error_response(request, status, message)  # type: ignore[return-value]
