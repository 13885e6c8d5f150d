"""The record: one store interface over SQLite (default) and PostgreSQL.

    from minutebook.store import open_store
    store = open_store()                      # $MINUTEBOOK_DB or ./minutebook.db
    store = open_store("postgresql://mb:mb@127.0.0.1/minutebook")
    store.ingest(parse_path("pack.pdf"))      # 'added' | 'unchanged' | 'replaced'

Opening runs the Alembic migrations to the newest schema. `Store.engine` is a
SQLAlchemy engine over the tables in `minutebook.store.schema`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select, text, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from minutebook.model import ParsedDocument
from minutebook.store import schema
from minutebook.store.engine import StoreError, make_engine, migrate, normalise_url
from minutebook.store.writer import DocumentWriter, body_id, council_id, delete_document, is_eq, meeting_id

__all__ = ["Store", "StoreError", "open_store", "schema"]


# pages of about 4 KB: the most one ingest spends merging the full-text index
SEARCH_MERGE_PAGES = 20_000


class Store:
    """The record behind one database URL."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(
        self,
        parsed: ParsedDocument,
        *,
        source_url: str | None = None,
        fetched_at: Any = None,
        meeting_meta: dict[str, Any] | None = None,
    ) -> str:
        """Store one parsed document in one transaction: 'added', 'unchanged'
        (same bytes already stored, by sha256) or 'replaced' (same path, new
        bytes: the old rows go, the new ones come in, all or nothing).

        meeting_meta (from a ModernGov sync) fills or overrides what the
        document says: council, body, date, time, venue, status, source_url,
        remote_id, fetched_at, document_remote_id."""
        doc = parsed.document
        d = schema.documents.c
        with self.engine.begin() as conn:
            old = conn.execute(select(d.id, d.sha256).where(d.path == doc.path)).first()
            if old and old.sha256 == doc.sha256:
                return "unchanged"
            if conn.execute(select(d.id).where(d.sha256 == doc.sha256).limit(1)).first():
                if old:  # this path now holds a copy of another stored file: its own old rows go
                    delete_document(conn, old.id)
                return "unchanged"
            if old:
                delete_document(conn, old.id)
            DocumentWriter(conn, parsed).write(source_url=source_url, fetched_at=fetched_at, meeting_meta=meeting_meta)
        return "replaced" if old else "added"

    def merge_search_index(self, pages: int = SEARCH_MERGE_PAGES) -> None:
        """After an ingest, merge SQLite's full-text index towards one b-tree.
        Each document's transaction adds a small index segment and FTS5 merges
        them only in fours, so a record built document by document is searched
        across a dozen segments, every query reading each one (ranking a
        common word ~20% slower, docs/benchmarks.md). The work is bounded, so a
        small ingest into a big record stays quick; the next ingest goes on
        where this one stopped. PostgreSQL's GIN index needs nothing."""
        if self.dialect != "sqlite":
            return
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO passages_fts(passages_fts, rank) VALUES ('merge', :n)"), {"n": -pages})

    def upsert_meeting(self, council: str, body: str | None, date: str, **fields: Any) -> int:
        """A meeting known from a listing (ModernGov) before or without its
        papers, e.g. a cancelled one: fields time, venue, status, source_url,
        remote_id, fetched_at. Returns its id; the same meeting's documents
        later join it."""
        with self.engine.begin() as conn:
            c = council_id(conn, council)
            b = body_id(conn, c, body)
            mid = meeting_id(conn, c, b, date, **fields)
            if fields.get("status"):
                conn.execute(update(schema.meetings).where(schema.meetings.c.id == mid).values(status=fields["status"]))
        return mid  # type: ignore[return-value]

    def add_decision(self, *, council: str | None, **fields: Any) -> int:
        """A decision from a ModernGov decision page (decision_maker, date,
        title, status, key_decision, call_in, text, source_url, remote_id,
        meeting_id). The same council + remote_id (or source_url) is updated,
        not duplicated."""
        allowed = {c.name for c in schema.decisions.c} - {"id", "council_id"}
        values = {k: v for k, v in fields.items() if k in allowed}
        t = schema.decisions.c
        with self.engine.begin() as conn:
            c = council_id(conn, council)
            key = None
            if values.get("remote_id"):
                key = t.remote_id == str(values["remote_id"])
            elif values.get("source_url"):
                key = t.source_url == values["source_url"]
            if key is not None:
                row = conn.execute(select(t.id).where(key, is_eq(t.council_id, c))).first()
                if row:
                    conn.execute(update(schema.decisions).where(t.id == row[0]).values(**values))
                    return row[0]
            return conn.execute(insert(schema.decisions).values(council_id=c, **values)).inserted_primary_key[0]

    def counts(self) -> dict[str, int]:
        """Rows in every table, for summaries and for checking a re-ingest changed nothing."""
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in schema.metadata.sorted_tables
            }


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (creating and migrating as needed) the record at `url`: None ->
    $MINUTEBOOK_DB -> ./minutebook.db; `sqlite:///path`, a file path, or
    `postgresql://user:pass@host/db`. With create=False a SQLite file that
    does not exist is an error instead of a new, empty record (for commands
    that only read)."""
    full = normalise_url(url)
    if not create and full.startswith("sqlite:///"):
        path = Path(full.split("///", 1)[1])
        if str(path) != ":memory:" and not path.exists():
            raise StoreError(f"no record at {path}: run `minutebook ingest PATH...` first, or give --db")
    engine = make_engine(full)
    try:
        migrate(engine)
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc).splitlines()[0]
        raise StoreError(f"cannot open the record at {url or full}: {reason}") from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open the record at {url or full}: {str(exc).splitlines()[0]}") from None
    return Store(engine, full)
