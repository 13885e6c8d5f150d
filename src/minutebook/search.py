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
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import ARRAY, Integer, Select, bindparam, column, func, literal_column, or_, select, table, text
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
            # It keeps the page shown and, when facets are asked for, the
            # best FACET_SAMPLE matches: facets are counted over those (all
            # of them when there are fewer), never over every match again.
            want = offset + limit
            plan = _postgres_plan(parsed.node, shape) if pg else _sqlite_plan(shape)
            if not pg:
                params["fts_query"] = to_fts5(parsed.node)
            if facets:
                keep = max(want, FACET_SAMPLE)
                ranked = conn.execute(plan["top"], {**params, "lim": keep, "off": 0}).all()
                shown = ranked[offset:want]
                seen_all = len(ranked) < keep  # every match was ranked: the count is known
                seen = len(ranked)
            else:  # a later page: the database skips the rows before it
                shown = ranked = conn.execute(plan["top"], {**params, "lim": limit, "off": offset}).all()
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
            facet_counts: dict[str, list[tuple[str, int]]] = {}
            facet_sample = None
            if facets:
                counted = ranked[:FACET_SAMPLE]
                facet_counts = _facets(conn, [r[0] for r in counted], pg)
                if total > len(counted) or capped:  # say so: the counts are not of every match
                    facet_sample = len(counted)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc).splitlines()[0]
        raise QueryError(f"the search {query!r} could not be run: {reason}") from None
    return SearchResult(query, hits, total, limit, offset, facet_counts, notes, capped, facet_sample)


def _page(conn: Any, plan: dict[str, Any], params: dict[str, Any], shown: list[Any]) -> list[Hit]:
    """The page of hits shown, in ranked order: only these rows are marked
    (snippet() / ts_headline()) and joined to their citations."""
    ids = [r[0] for r in shown]
    if not ids:
        return []
    marks = dict(conn.execute(plan["marks"], {**params, "ids": ids}).all())
    rows = {r["id"]: dict(r) for r in conn.execute(plan["rows"], {"ids": ids}).mappings()}
    hits = []
    for pid, score in shown:
        if pid in rows:
            rows[pid]["score"], rows[pid]["marked"] = score, marks.get(pid)
            hits.append(_hit(rows[pid]))
    return hits


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
    """The statements for one combination of filters, built once. The ranking
    statement is the raw FTS5 query (joined to passages only when a filter
    needs it); snippet() and the citation joins run for the page shown only,
    which in the ranking statement they would do for every match."""
    p = s.passages.c
    filters = _filters(shape)
    fts = literal_column("passages_fts")
    match = fts.op("MATCH")(bindparam("fts_query"))
    source = _FTS.join(s.passages, p.id == _FTS.c.rowid) if filters else _FTS
    bm25 = func.bm25(fts)
    ids = bindparam("ids", expanding=True)
    snip = func.snippet(fts, 0, MARK_OPEN, MARK_CLOSE, "…", 24)
    return {
        # ties broken by rowid, so a page is the same whatever number of matches is kept
        "top": select(_FTS.c.rowid, (-bm25).label("score")).select_from(source).where(match, *filters)
        .order_by(bm25, _FTS.c.rowid).limit(bindparam("lim")).offset(bindparam("off")),
        "marks": select(_FTS.c.rowid, snip).where(match, _FTS.c.rowid.in_(ids)),
        "rows": _hit_columns(literal_column("NULL"), literal_column("0")).select_from(_citation_source())
        .where(p.id.in_(ids)),
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
    ids = bindparam("ids", expanding=True)
    marked = func.ts_headline(_PG_CONFIG, p.text, to_tsquery(node), _PG_HEADLINE)
    some = select(p.id).where(match, *filters).limit(COUNT_CAP + 1).subquery()
    return {
        "top": select(p.id, score.label("score")).where(match, *filters).order_by(score.desc(), p.id)
        .limit(bindparam("lim")).offset(bindparam("off")),
        "marks": select(p.id, marked).where(p.id.in_(ids)),
        "rows": _hit_columns(literal_column("NULL"), literal_column("0")).select_from(_citation_source())
        .where(p.id.in_(ids)),
        "count": select(func.count()).select_from(some),
    }  # fmt: skip


def _hit_columns(marked: Any, score: Any) -> Select:
    p, d = s.passages.c, s.documents.c
    return select(
        p.id, p.kind, p.text, p.date, p.item, p.page, p.line, p.document_id, p.meeting_id, p.council_id, p.body_id,
        p.stable_key, p.minute_item_id,
        s.councils.c.name.label("council"), s.bodies.c.name.label("body"), d.name.label("document"),
        d.path.label("path"), d.format, s.minute_items.c.title.label("minute_title"), score.label("score"),
        marked.label("marked"),
    )  # fmt: skip


def _hit(row: Any) -> Hit:
    return Hit(
        kind=row["kind"], marked=row["marked"] or row["text"][:200], text=row["text"], council=row["council"],
        body=row["body"], date=row["date"], item=row["item"], document=row["document"], path=row["path"],
        page=row["page"], line=row["line"], score=float(row["score"] or 0.0), passage_id=row["id"],
        document_id=row["document_id"], meeting_id=row["meeting_id"], council_id=row["council_id"],
        body_id=row["body_id"], stable_key=row["stable_key"], minute_item_id=row["minute_item_id"],
        minute_title=row["minute_title"], format=row["format"],
    )  # fmt: skip


_FACETS_SQL = """
WITH m AS MATERIALIZED (SELECT council_id, body_id, kind, substr(date, 1, 4) AS year FROM passages WHERE {ids})
SELECT 'council', c.name, count(*) FROM m JOIN councils c ON c.id = m.council_id GROUP BY c.name
UNION ALL SELECT 'body', b.name, count(*) FROM m JOIN bodies b ON b.id = m.body_id GROUP BY b.name
UNION ALL SELECT 'kind', kind, count(*) FROM m GROUP BY kind
UNION ALL SELECT 'year', year, count(*) FROM m WHERE year IS NOT NULL GROUP BY year
"""
# the ids as one value (a JSON text for SQLite, an array for PostgreSQL), not thousands of bound values
_FACET_STATEMENTS = {
    "sqlite": text(_FACETS_SQL.format(ids="id IN (SELECT value FROM json_each(:ids))")),
    "postgresql": text(_FACETS_SQL.format(ids="id = ANY(:ids)")).bindparams(bindparam("ids", type_=ARRAY(Integer))),
}


def _facets(conn: Any, ids: list[int], pg: bool) -> dict[str, list[tuple[str, int]]]:
    """Counts of the given matches by council, body, kind and year, biggest
    first, in one statement: the rows are read once, then grouped four ways
    (bodies of the same name in several councils count together)."""
    out: dict[str, list[tuple[str, int]]] = {k: [] for k in ("council", "body", "kind", "year")}
    if not ids:
        return out
    # in rowid order (SQLite): each row's page is then read once, not once per id
    stmt = _FACET_STATEMENTS["postgresql" if pg else "sqlite"]
    for key, value, n in conn.execute(stmt, {"ids": ids if pg else json.dumps(sorted(ids))}).all():
        out[key].append((str(value), n))
    for values in out.values():
        values.sort(key=lambda kv: (-kv[1], kv[0]))
    return out
