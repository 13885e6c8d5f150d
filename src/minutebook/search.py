"""Search the record's passages: BM25-ranked hits, each with its citation.

    from minutebook.store import open_store
    from minutebook.search import search
    result = search(open_store(), '"youth justice" plan', council="Coventry", since="2019-01-01")
    for hit in result.hits:
        print(hit.snippet(), hit.citation())

One code path for both back ends: SQLite ranks with FTS5's bm25() and marks
matches with snippet(); PostgreSQL ranks with ts_rank_cd() over a GIN-indexed
tsvector and marks with ts_headline(). The query language is in
`minutebook.store.query`. Matched words come back between two sentinel
characters (MARK_OPEN, MARK_CLOSE) so each caller marks them its own way:
`[ ]` in a terminal, `<mark>` in HTML.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Float,
    Select,
    Text,
    bindparam,
    column,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    table,
    union_all,
)
from sqlalchemy.exc import DBAPIError

from minutebook.store import Store
from minutebook.store import schema as s
from minutebook.store.query import QueryError, parse_query, to_fts5, to_tsquery

__all__ = ["KINDS", "MARK_CLOSE", "MARK_OPEN", "Hit", "QueryError", "SearchResult", "search"]

MARK_OPEN = "\x01"
MARK_CLOSE = "\x02"
KINDS = ("agenda", "minute", "resolution", "report", "appendix", "plan", "other")
COUNT_CAP = 10_000
# Facets count the best this many matches (all of them when there are fewer):
# counting every match of a common word cost as much as ranking it again
FACET_SAMPLE = 1_000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FTS = table("passages_fts", column("rowid"), column("rank"))
_PG_CONFIG = literal_column("'english'::regconfig")
_PG_HEADLINE = (
    f"StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, MaxWords=30, MinWords=12, ShortWord=2, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)


@dataclass
class Hit:
    """One passage that matched, with where to find it."""

    kind: str
    marked: str  # the snippet, matched words between MARK_OPEN and MARK_CLOSE
    text: str
    council: str | None
    body: str | None
    date: str | None
    item: str | None
    document: str  # file name, as a citation prints it
    path: str  # the path the document was ingested from
    page: int | None
    line: int | None
    score: float
    passage_id: int
    document_id: int
    meeting_id: int | None
    council_id: int | None
    body_id: int | None
    stable_key: str | None = None  # survives re-ingest and republication; ids do not
    minute_item_id: int | None = None  # the minute the passage is part of, for a link to it
    minute_title: str | None = None
    format: str | None = None  # the document's format: a PDF opens at its page, text at its line

    def snippet(self, open_mark: str = "[", close_mark: str = "]") -> str:
        """The snippet on one line with matched words marked for a terminal."""
        flat = re.sub(r"\s+", " ", self.marked).strip()
        return flat.replace(MARK_OPEN, open_mark).replace(MARK_CLOSE, close_mark)

    def snippet_html(self) -> str:
        """The snippet as safe HTML with <mark> around matched words."""
        flat = html.escape(re.sub(r"\s+", " ", self.marked).strip())
        return flat.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")

    def citation(self, sep: str = " › ") -> str:
        """council › body › date › item › document › page (or line for unpaged text)."""
        parts = [self.council, self.body, self.date, f"item {self.item}" if self.item else None, self.document]
        parts.append(f"p. {self.page}" if self.page is not None else f"line {self.line}")
        return sep.join(p for p in parts if p)

    def to_json(self) -> dict[str, Any]:
        """The object CONTRACT.md promises for `search --json`, plus ids for links."""
        return {
            "kind": self.kind,
            "snippet": self.snippet(),
            "text": self.text,
            "council": self.council,
            "body": self.body,
            "date": self.date,
            "item": self.item,
            "document": self.document,
            "page": self.page,
            "line": self.line,
            "score": round(self.score, 4),
            "meeting_id": self.meeting_id,
            "document_id": self.document_id,
            "passage_id": self.passage_id,
            "stable_key": self.stable_key,
        }


@dataclass
class SearchResult:
    query: str
    hits: list[Hit]
    total: int  # every match under the filters, not just this page
    limit: int
    offset: int
    # council, body, kind, year -> [(value, count)], biggest first
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # e.g. the query did not parse and was searched as plain words
    total_capped: bool = False  # PostgreSQL stops counting at COUNT_CAP: total means "at least"
    facet_sample: int | None = None  # facets counted over this many best matches, not all `total`; None: all


def _check_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    from datetime import date

    try:
        if not _DATE.match(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"--{name} {value!r} is not a date: use YYYY-MM-DD, e.g. 2024-09-17") from None
    return value


def _check_kind(kind: str | None) -> str | None:
    if not kind:
        return None
    k = kind.strip().lower()
    k = {"minutes": "minute", "resolutions": "resolution", "reports": "report", "appendices": "appendix"}.get(k, k)
    if k not in KINDS:
        raise QueryError(f"--kind {kind!r} is not one of: {', '.join(KINDS)}")
    return k


def _ids(conn: Any, tbl: Any, text: str) -> list[int]:
    """Councils or bodies whose name contains `text` (any case), or whose slug is it."""
    like = f"%{text.strip().lower()}%"
    conds = [func.lower(tbl.c.name).like(like)]
    if "slug" in tbl.c:
        conds.append(tbl.c.slug == text.strip().lower())
    return [r[0] for r in conn.execute(select(tbl.c.id).where(or_(*conds)))]


def search(
    store: Store,
    query: str,
    *,
    council: str | None = None,
    body: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
    limit: int = 20,
    offset: int = 0,
    facets: bool = True,
) -> SearchResult:
    """Best matches first. Filters: council and body by (part of) their name,
    since/until as YYYY-MM-DD on the meeting date, kind one of KINDS. Raises
    QueryError (one line, for the user) on a bad date, kind or an empty query;
    a query that does not parse is searched as plain words (see `notes`)."""
    since, until, kind = _check_date("since", since), _check_date("until", until), _check_kind(kind)
    if limit < 1 or limit > 1000:
        raise QueryError(f"--limit {limit}: give a number from 1 to 1000")
    if offset < 0:
        raise QueryError(f"offset {offset}: must not be negative")
    parsed = parse_query(query)
    pg = store.dialect == "postgresql"
    try:
        with store.engine.connect() as conn:
            notes = list(parsed.notes)
            params: dict[str, Any] = {"since": since, "until": until, "kind": kind}
            for label, name, tbl in (("council", council, s.councils), ("body", body, s.bodies)):
                if name:
                    params[f"{label}_ids"] = _ids(conn, tbl, name)
                    if not params[f"{label}_ids"]:
                        notes.append(f"no {label} in the record matches {name!r}")
                        return SearchResult(query, [], 0, limit, offset, {}, notes)
            shape = tuple(params.get(k) is not None for k in ("council_ids", "body_ids", "since", "until", "kind"))
            params = {k: v for k, v in params.items() if v is not None}
            # One ranking pass, the cost every search pays (bm25() or
            # ts_rank_cd() must score each match before the best are known).
            # With facets (a first look at a search) one statement ranks,
            # keeps the best FACET_SAMPLE matches, and returns from them the
            # page shown, how many there were, and the facet counts: facets
            # are counted over those (all matches when there are fewer), never
            # over every match again, and the kept ids never leave the database.
            want = offset + limit
            plan = _postgres_plan(parsed.node, shape) if pg else _sqlite_plan(shape)
            if not pg:
                params["fts_query"] = to_fts5(parsed.node)
            facet_counts: dict[str, list[tuple[str, int]]] = {}
            if facets:
                keep = max(want, FACET_SAMPLE)
                rows = conn.execute(plan["first"], {**params, "keep": keep, "lim": limit, "off": offset}).all()
                shown = sorted(((r.n, r.score) for r in rows if r.what == "hit"), key=lambda h: (-h[1], h[0]))
                seen = next(r.n for r in rows if r.what == "kept")
                seen_all = seen < keep  # every match was ranked: the count is known
                facet_counts = {k: [] for k in ("council", "body", "kind", "year")}
                for r in rows:
                    if r.what in facet_counts:
                        facet_counts[r.what].append((str(r.value), r.n))
                for values in facet_counts.values():
                    values.sort(key=lambda kv: (-kv[1], kv[0]))
            else:  # a later page: the database skips the rows before it
                shown = [tuple(r) for r in conn.execute(plan["top"], {**params, "lim": limit, "off": offset})]
                seen_all = len(shown) < limit and (offset == 0 or len(shown) > 0)
                seen = offset + len(shown)
            hits = _page(conn, plan, params, shown)
            capped = False
            if seen_all:
                total = seen
            else:
                total = conn.execute(plan["count"], params).scalar_one()
                if pg:  # counting means reading every matching row from the heap: it stops at a cap
                    capped = total > COUNT_CAP
                    total = min(total, COUNT_CAP)
            facet_sample = seen if facets and (total > seen or capped) else None  # say so: not every match
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc).splitlines()[0]
        raise QueryError(f"the search {query!r} could not be run: {reason}") from None
    return SearchResult(query, hits, total, limit, offset, facet_counts, notes, capped, facet_sample)


def _page(conn: Any, plan: dict[str, Any], params: dict[str, Any], shown: list[tuple[int, float]]) -> list[Hit]:
    """The page of hits shown, in ranked order: only these rows are marked
    (snippet() / ts_headline()) and joined to their citations."""
    if not shown:
        return []
    rows = {r["id"]: r for r in conn.execute(plan["page"], {**params, "ids": [i for i, _ in shown]}).mappings()}
    return [_hit(rows[pid], score) for pid, score in shown if pid in rows]


def _filters(shape: tuple[bool, ...]) -> list[Any]:
    """The WHERE clauses for the filters given, as bound parameters, so one
    statement serves every value (and SQLAlchemy compiles it once)."""
    p = s.passages.c
    clauses = (
        lambda: p.council_id.in_(bindparam("council_ids", expanding=True)),
        lambda: p.body_id.in_(bindparam("body_ids", expanding=True)),
        lambda: p.date >= bindparam("since"),
        lambda: p.date <= bindparam("until"),
        lambda: p.kind == bindparam("kind"),
    )
    return [make() for present, make in zip(shape, clauses, strict=True) if present]


def _citation_source() -> Any:
    p = s.passages.c
    return (
        s.passages.outerjoin(s.councils, s.councils.c.id == p.council_id)
        .outerjoin(s.bodies, s.bodies.c.id == p.body_id)
        .join(s.documents, s.documents.c.id == p.document_id)
        .outerjoin(s.minute_items, s.minute_items.c.id == p.minute_item_id)
    )


@lru_cache(maxsize=64)
def _sqlite_plan(shape: tuple[bool, ...]) -> dict[str, Any]:
    """The statements for one combination of filters, built once. Ranking is
    the raw FTS5 query (joined to passages only when a filter needs it);
    snippet() and the citation joins run for the page shown only, which in
    the ranking statement they would do for every match."""
    p = s.passages.c
    filters = _filters(shape)
    fts = literal_column("passages_fts")
    match = fts.op("MATCH")(bindparam("fts_query"))
    source = _FTS.join(s.passages, p.id == _FTS.c.rowid) if filters else _FTS
    bm25 = func.bm25(fts)
    # ties broken by rowid, so a page is the same whatever number of matches is kept
    ranked = select(_FTS.c.rowid.label("id"), (-bm25).label("score")).select_from(source).where(match, *filters)
    ranked = ranked.order_by(bm25, _FTS.c.rowid)
    snip = func.snippet(fts, 0, MARK_OPEN, MARK_CLOSE, "…", 24)
    return {
        "first": _first_page(ranked),
        "top": ranked.limit(bindparam("lim")).offset(bindparam("off")),
        "page": _hit_columns(snip).select_from(_FTS.join(_citation_source(), p.id == _FTS.c.rowid))
        .where(match, _FTS.c.rowid.in_(bindparam("ids", expanding=True))),
        "count": select(func.count()).select_from(source).where(match, *filters),
    }  # fmt: skip


@lru_cache(maxsize=256)
def _postgres_plan(node: Any, shape: tuple[bool, ...]) -> dict[str, Any]:
    """Ranked with ts_rank_cd over the GIN-indexed tsvector; ts_headline only for the page shown."""
    p = s.passages.c
    filters = _filters(shape)
    tsv = literal_column("passages.tsv")
    match = tsv.op("@@")(to_tsquery(node))
    score = func.ts_rank_cd(tsv, to_tsquery(node))
    ranked = select(p.id, score.label("score")).where(match, *filters).order_by(score.desc(), p.id)
    marked = func.ts_headline(_PG_CONFIG, p.text, to_tsquery(node), _PG_HEADLINE)
    some = select(p.id).where(match, *filters).limit(COUNT_CAP + 1).subquery()
    return {
        "first": _first_page(ranked),
        "top": ranked.limit(bindparam("lim")).offset(bindparam("off")),
        "page": _hit_columns(marked).select_from(_citation_source()).where(p.id.in_(bindparam("ids", expanding=True))),
        "count": select(func.count()).select_from(some),
    }  # fmt: skip


def _first_page(ranked: Select) -> Any:
    """One statement for a first look at a search: the best `keep` matches
    kept once, then from them the page (rows 'hit': id, score), how many were
    kept ('kept') and the facet counts by council, body, kind and year (rows
    named so: value, count; bodies of one name in several councils count
    together)."""
    p, c, b = s.passages.c, s.councils, s.bodies
    top = ranked.limit(bindparam("keep")).cte("top").prefix_with("MATERIALIZED")
    m = (
        select(p.council_id, p.body_id, p.kind, func.substr(p.date, 1, 4).label("year"))
        .where(p.id.in_(select(top.c.id)))
        .cte("m")
        .prefix_with("MATERIALIZED")
    )
    page = select(top.c.id, top.c.score).order_by(top.c.score.desc(), top.c.id)
    page = page.limit(bindparam("lim")).offset(bindparam("off")).subquery()
    none = null().cast(Text)

    def named(what: str) -> Any:
        return literal(what, Text).label("what")

    n = func.count().label("n")
    return union_all(
        select(named("hit"), none.label("value"), page.c.id.label("n"), page.c.score),
        select(named("kept"), none, func.count(), null().cast(Float)).select_from(top),
        select(named("council"), c.c.name, n, null()).join_from(m, c, c.c.id == m.c.council_id).group_by(c.c.name),
        select(named("body"), b.c.name, n, null()).join_from(m, b, b.c.id == m.c.body_id).group_by(b.c.name),
        select(named("kind"), m.c.kind, n, null()).group_by(m.c.kind),
        select(named("year"), m.c.year, n, null()).where(m.c.year.is_not(None)).group_by(m.c.year),
    )


def _hit_columns(marked: Any) -> Select:
    p, d = s.passages.c, s.documents.c
    return select(
        p.id, p.kind, p.text, p.date, p.item, p.page, p.line, p.document_id, p.meeting_id, p.council_id, p.body_id,
        p.stable_key, p.minute_item_id,
        s.councils.c.name.label("council"), s.bodies.c.name.label("body"), d.name.label("document"),
        d.path.label("path"), d.format, s.minute_items.c.title.label("minute_title"), marked.label("marked"),
    )  # fmt: skip


def _hit(row: Any, score: float) -> Hit:
    return Hit(
        kind=row["kind"], marked=row["marked"] or row["text"][:200], text=row["text"], council=row["council"],
        body=row["body"], date=row["date"], item=row["item"], document=row["document"], path=row["path"],
        page=row["page"], line=row["line"], score=float(score or 0.0), passage_id=row["id"],
        document_id=row["document_id"], meeting_id=row["meeting_id"], council_id=row["council_id"],
        body_id=row["body_id"], stable_key=row["stable_key"], minute_item_id=row["minute_item_id"],
        minute_title=row["minute_title"], format=row["format"],
    )  # fmt: skip
