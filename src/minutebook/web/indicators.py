"""Indicators and Youth Justice Plans on the web: figures compared across
councils, each linked to the line it was read from.

Pages are server-rendered with an inline SVG chart (no script, no third
party) and the same figures in a table beside it for screen readers. The
app includes `router`; nothing else here knows about the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Connection, func, select

from minutebook.extract.youth_justice import area_name
from minutebook.store.schema import councils, documents, indicators
from minutebook.web.params import check_text
from minutebook.web.queries import source_url

router = APIRouter()

MAX_ROWS = 5000
CHART_LABEL_W = 400
CHART_BAR_W = 420
CHART_ROW_H = 24


def _db(request: Request) -> Iterator[Connection]:
    with request.app.state.store.engine.connect() as conn:
        yield conn


Db = Annotated[Connection, Depends(_db)]


def _render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    from minutebook.web.app import templates

    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _slug(text: str | None) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", (text or "").lower()).strip("-")


# ---------------------------------------------------------------- queries


def _plans(conn: Connection) -> list[dict[str, Any]]:
    """Every stored Youth Justice Plan: its extras with the document it came from."""
    rows = conn.execute(
        select(
            documents.c.id,
            documents.c.name,
            documents.c.format,
            documents.c.extras,
            councils.c.name.label("council"),
        )
        .outerjoin(councils, councils.c.id == documents.c.council_id)
        .where(documents.c.extras.is_not(None))
        .order_by(documents.c.id)
    )
    out = []
    for r in rows:
        extras = r.extras if isinstance(r.extras, dict) else {}
        plan = extras.get("youth_justice_plan")
        if not isinstance(plan, dict):
            continue
        council = r.council or plan.get("council") or plan.get("area") or "Unknown council"
        years = [y for y in plan.get("years") or [] if isinstance(y, int)]
        out.append(
            {
                "document_id": r.id,
                "document": r.name,
                "format": r.format,
                "council": council,
                "area": plan.get("area"),
                "slug": _slug(plan.get("area") or council),
                "year": years[0] if years else None,
                "plan": plan,
                "url": f"/plans/{_slug(plan.get('area') or council)}/{years[0]}" if years else None,
            }
        )
    return out


def _link(doc_id: int | None, fmt: str | None, cite: dict[str, Any] | None) -> str | None:
    cite = cite or {}
    return source_url(doc_id, fmt, cite.get("page"), cite.get("line"))


def observations(
    conn: Connection, name: str | None, council: str | None, *, exact: bool = True
) -> list[dict[str, Any]]:
    """Indicator rows with their council (from the record, or from the plan
    the document holds when the pack did not name its council) and source link.
    `exact=False` matches any indicator whose name contains `name` (the CLI's
    `--name first time`), ignoring case."""
    plan_area = {p["document_id"]: p["area"] or p["council"] for p in _plans(conn)}
    q = (
        select(
            indicators.c.name,
            indicators.c.period,
            indicators.c.value,
            indicators.c.unit,
            indicators.c.area,
            indicators.c.flags,
            indicators.c.document_id,
            indicators.c.page,
            indicators.c.line,
            councils.c.name.label("council"),
            documents.c.format,
            documents.c.name.label("document"),
        )
        .outerjoin(councils, councils.c.id == indicators.c.council_id)
        .outerjoin(documents, documents.c.id == indicators.c.document_id)
        .order_by(indicators.c.name, indicators.c.document_id, indicators.c.line)
        .limit(MAX_ROWS)
    )
    if name and exact:
        q = q.where(func.lower(indicators.c.name) == name.lower())
    elif name:
        q = q.where(func.lower(indicators.c.name).contains(name.lower(), autoescape=True))
    out = []
    for r in conn.execute(q):
        row = dict(r._mapping)
        row["council"] = row["council"] or plan_area.get(row["document_id"]) or "Unknown council"
        if council and not any(_slug(council) in _slug(c) for c in (row["council"], plan_area.get(row["document_id"]))):
            continue  # part of the council's name or of its plan's area, as the CLI's --council
        row["source"] = _link(row["document_id"], row["format"], {"page": row["page"], "line": row["line"]})
        row["flags"] = row["flags"] or []
        out.append(row)
    return out


def _names(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(
            indicators.c.name,
            func.count().label("observations"),
            func.count(func.distinct(indicators.c.document_id)).label("documents"),
        )
        .group_by(indicators.c.name)
        .order_by(indicators.c.name)
    )
    return [dict(r._mapping) for r in rows]


def _chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Horizontal bars, one per figure, grouped by council then period;
    the council's own figures drawn solid, comparators lighter."""
    top = max((abs(r["value"]) for r in rows if r["value"] is not None), default=0.0) or 1.0
    bars = []
    for i, r in enumerate(rows):
        value = r["value"] or 0.0
        own = (r["area"] or "").lower() in (r["council"] or "").lower() or not r["area"]
        bars.append(
            {
                "y": i * CHART_ROW_H,
                "width": max(1.0, CHART_BAR_W * abs(value) / top),
                "label": f"{area_name(r['council'])} · {r['period'] or 'no period'} · {r['area'] or 'own area'}",
                "value": f"{value:g}",
                "own": own,
            }
        )
    return {
        "bars": bars,
        "label_w": CHART_LABEL_W,
        "bar_w": CHART_BAR_W,
        "row_h": CHART_ROW_H,
        "width": CHART_LABEL_W + CHART_BAR_W + 70,
        "height": max(CHART_ROW_H, len(bars) * CHART_ROW_H),
    }


def _sorted(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["council"] or "", r["period"] or "", r["area"] or ""))


# ---------------------------------------------------------------- pages


@router.get("/indicators", response_class=HTMLResponse)
def indicators_page(
    request: Request,
    conn: Db,
    name: Annotated[str | None, Query(description="One indicator, e.g. 'First time entrants'")] = None,
    council: Annotated[str | None, Query(description="Only this council (name or slug)")] = None,
) -> Response:
    """Every indicator with its counts; with `name`, that indicator for every
    council and period side by side, as a chart and a table."""
    name = check_text("name", name)
    council = check_text("council", council)
    crumbs: list[tuple[str, str | None]] = [("Home", "/"), ("Indicators", "/indicators" if name else None)]
    if not name:
        return _render(
            request,
            "indicators.html",
            {"names": _names(conn), "plans": _plans(conn), "breadcrumbs": crumbs},
        )
    rows = _sorted(observations(conn, name, council))
    if not rows:
        raise HTTPException(404, f"No indicator called {name!r} is recorded" + (f" for {council!r}" if council else ""))
    crumbs.append((rows[0]["name"], None))
    units = sorted({r["unit"] for r in rows if r["unit"]})
    return _render(
        request,
        "indicator.html",
        {
            "name": rows[0]["name"],
            "rows": rows,
            "units": units,
            "chart": _chart(rows),
            "council": council,
            "breadcrumbs": crumbs,
        },
    )


def _find_plan(conn: Connection, council: str, year: int) -> dict[str, Any]:
    want = _slug(council)
    for p in _plans(conn):
        slugs = {p["slug"], _slug(p["council"]), _slug(p["area"])}
        if want in slugs and year in (p["plan"].get("years") or []):
            return p
    raise HTTPException(404, f"No Youth Justice Plan for {council!r} covering {year} is recorded")


@router.get("/plans/{council}/{year}", response_class=HTMLResponse)
def plan_page(
    request: Request,
    conn: Db,
    council: Annotated[str, Path(max_length=200, description="Council slug, e.g. 'coventry'")],
    year: Annotated[int, Path(ge=1990, le=2100, description="A year the plan covers")],
) -> Response:
    """One council's plan: its sections and the figures read from it, each linked to its page."""
    p = _find_plan(conn, council, year)
    plan = p["plan"]

    def link(item: dict[str, Any]) -> dict[str, Any]:
        return {**item, "source": _link(p["document_id"], p["format"], item.get("citation"))}

    context = {
        "p": p,
        "plan": plan,
        "source": _link(p["document_id"], p["format"], plan.get("citation")),
        "sections": [link(s) for s in plan.get("sections") or [] if isinstance(s, dict)],
        "figures": [link(i) for i in plan.get("indicators") or [] if isinstance(i, dict)],
        "budget": [link(b) for b in plan.get("budget") or [] if isinstance(b, dict)],
        "board": [link(b) for b in plan.get("board") or [] if isinstance(b, dict)],
        "actions": [link(a) for a in plan.get("actions") or [] if isinstance(a, dict)],
        "charts": [link(c) for c in plan.get("charts_without_figures") or [] if isinstance(c, dict)],
        "breadcrumbs": [("Home", "/"), ("Indicators", "/indicators"), (plan.get("title") or "Plan", None)],
    }
    return _render(request, "indicators_plan.html", context)


# ---------------------------------------------------------------- JSON


@router.get("/api/indicators")
def api_indicators(
    conn: Db,
    name: Annotated[str | None, Query(description="One indicator, e.g. 'First time entrants'")] = None,
    council: Annotated[str | None, Query(description="Only this council (name or slug)")] = None,
) -> dict[str, Any]:
    """Without `name`: every indicator name with counts. With `name` (and
    optionally `council`): every observation, each with its source link."""
    name = check_text("name", name)
    council = check_text("council", council)
    if not name and not council:
        return {"names": _names(conn)}
    rows = observations(conn, name, council)
    keep = ("name", "period", "value", "unit", "area", "council", "flags", "document", "page", "line", "source")
    return {"indicators": [{k: r[k] for k in keep} for r in _sorted(rows)]}


@router.get("/api/plans")
def api_plans(conn: Db) -> dict[str, Any]:
    """Every stored Youth Justice Plan: council, years, title and page."""
    return {
        "plans": [
            {
                "council": p["council"],
                "area": p["area"],
                "years": p["plan"].get("years"),
                "title": p["plan"].get("title"),
                "url": p["url"],
                "document": p["document"],
            }
            for p in _plans(conn)
        ]
    }


@router.get("/api/plans/{council}/{year}")
def api_plan(
    conn: Db,
    council: Annotated[str, Path(max_length=200)],
    year: Annotated[int, Path(ge=1990, le=2100)],
) -> dict[str, Any]:
    """One plan as parsed: sections, figures, budget, board and actions, with citations."""
    p = _find_plan(conn, council, year)
    return {"council": p["council"], "document": p["document"], **p["plan"]}
