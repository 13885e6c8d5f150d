"""The migrations build exactly the tables schema.py describes, so a change
to the schema without a migration fails here, not on a user's record."""

from __future__ import annotations

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
