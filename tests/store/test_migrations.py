"""The migrations build exactly the tables schema.py describes, so a change
to the schema without a migration fails here, not on a user's record."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from minutebook.store import open_store, schema


def _ours(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """Full text (passages_fts and its shadow tables, the tsv column and its index) is made by hand."""
    if type_ == "table" and name and (name.startswith("passages_fts") or name == "alembic_version"):
        return False
    if type_ == "column" and name == "tsv":
        return False
    if type_ == "index" and name == "ix_passages_tsv":
        return False
    return True


def test_migrated_record_matches_the_schema(db_url: str) -> None:
    store = open_store(db_url)
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _ours, "compare_type": False})
        diff = compare_metadata(ctx, schema.metadata)
    store.close()
    assert diff == []


def test_a_record_made_before_passage_keys_is_upgraded_in_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An existing record at revision 0001 keeps its rows, gains keys and its full-text search still works."""
    import sqlite3

    from alembic import command
    from alembic.config import Config

    from minutebook.search import search
    from minutebook.store.engine import MIGRATIONS, make_engine, normalise_url

    db = tmp_path / "old.db"
    engine = make_engine(normalise_url(str(db)))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    raw = sqlite3.connect(db)
    raw.execute("INSERT INTO councils (id, name, slug) VALUES (1, 'Barset Council', 'barset-council')")
    raw.execute(
        "INSERT INTO documents (id, path, name, sha256, format, paged, ingested_at) "
        "VALUES (1, 'a.txt', 'a.txt', 'x', 'text', 0, '2026-01-01')"
    )
    for text in ("The budget was agreed.", "The budget was agreed."):
        raw.execute(
            "INSERT INTO passages (council_id, document_id, kind, line, text) VALUES (1, 1, 'minute', 3, ?)", (text,)
        )
    raw.commit()
    raw.close()

    store = open_store(str(db))
    with store.engine.connect() as conn:
        keys = list(conn.execute(schema.passages.select().order_by(schema.passages.c.id)).mappings())
    assert keys[0]["stable_key"] and keys[1]["stable_key"] == keys[0]["stable_key"] + "-2"
    assert search(store, "budget").total == 2
    store.close()


def test_keys_survive_reingest(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from minutebook.parse import parse_path

    src = tmp_path / "minutes.txt"
    pages = ["Minutes of the Cabinet held on 8 October 2019", "37. Loan\nRESOLVED that the loan be agreed."]
    src.write_text("\n\f".join(pages) + "\n")
    store = open_store(db_url)
    store.ingest(parse_path(src))
    with store.engine.connect() as conn:
        before = set(conn.execute(schema.passages.select().with_only_columns(schema.passages.c.stable_key)).scalars())
    src.write_text("\n\f".join([*pages, "A late note on a page of its own."]) + "\n")
    assert store.ingest(parse_path(src)) == "replaced"
    with store.engine.connect() as conn:
        after = set(conn.execute(schema.passages.select().with_only_columns(schema.passages.c.stable_key)).scalars())
    assert before and None not in before
    store.close()
    assert before <= after  # the passages whose words did not change keep their keys


def test_sqlite_records_use_the_newer_sqlite_when_its_wheel_is_installed(tmp_path: Path) -> None:
    from minutebook.store.engine import make_engine, sqlite_driver

    engine = make_engine(f"sqlite:///{tmp_path / 'r.db'}")
    version = tuple(int(x) for x in engine.dialect.dbapi.sqlite_version.split("."))
    if sqlite_driver():
        assert version >= (3, 45)  # the FTS5 that ranks faster (docs/benchmarks.md)
    else:
        import sqlite3

        assert engine.dialect.dbapi.sqlite_version == sqlite3.sqlite_version
    engine.dispose()
