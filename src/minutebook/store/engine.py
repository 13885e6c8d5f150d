"""Database URLs, engines and migrations for both back ends."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect

from minutebook.errors import MinutebookError

DEFAULT_DB = "minutebook.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(MinutebookError):
    """The record could not be opened or written; the message says which and why."""


def normalise_url(url: str | None = None) -> str:
    """None -> $MINUTEBOOK_DB -> ./minutebook.db. A bare path means a SQLite
    file; `postgresql://` gets the psycopg 3 driver."""
    raw = url or os.environ.get("MINUTEBOOK_DB") or DEFAULT_DB
    if raw.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    if raw.startswith("postgresql+") or raw.startswith("sqlite:"):
        return raw
    if "://" in raw:
        raise StoreError(f"{raw}: unsupported database URL (use a file path, sqlite:///PATH or postgresql://...)")
    return f"sqlite:///{Path(raw).expanduser()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")  # readers (the web app) are not blocked by an ingest
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def sqlite_driver() -> dict[str, Any]:
    """The DB-API module for SQLite: pysqlite3 where it is installed (the
    pysqlite3-binary wheel carries SQLite 3.51; Debian 12's Python links 3.40),
    because the newer FTS5 ranks the search bench's mix of queries about 1.35x
    faster (word pairs and phrases; one common word takes the same time). The
    file format is the same, so a record written with one is read by the
    other; without the wheel the standard library's sqlite3 serves."""
    try:
        from pysqlite3 import dbapi2
    except ImportError:
        return {}
    return {"module": dbapi2}


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:" and not Path(path).parent.exists():
            raise StoreError(f"{path}: folder {Path(path).parent} does not exist")
        engine = create_engine(url, **sqlite_driver())
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there)."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        if "alembic_version" in inspect(conn).get_table_names():
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
