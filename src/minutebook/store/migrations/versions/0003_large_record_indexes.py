"""indexes for a large record: the foreign keys that replacing a document
checks, and a meeting's memberships

Without an index on the referring column, PostgreSQL (and SQLite with
foreign keys on) checks every deleted minute item or agenda item by scanning
the whole referring table: replacing one document took 15.6 s at 10^6
passages, 14 s of it in these checks, and 6.8 s with these indexes
(bench/scale.py --store-rows, docs/benchmarks.md). On an existing large
PostgreSQL record, create them first with CREATE INDEX CONCURRENTLY under
the same names to avoid locking writes; this migration then finds them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_passages_minute_item_id", "passages", "minute_item_id"),
    ("ix_agenda_items_parent_id", "agenda_items", "parent_id"),
    ("ix_memberships_meeting_id", "memberships", "meeting_id"),
]


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [column], unique=False, if_not_exists=True)


def downgrade() -> None:
    for name, table, _column in INDEXES:
        op.drop_index(name, table_name=table, if_exists=True)
