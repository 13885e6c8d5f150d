"""passages.stable_key: a stable identifier for every passage

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Records made before this revision get their keys computed here, with the rule
as it stood when this migration was written (kept in this file on purpose).
"""

from __future__ import annotations

import hashlib
import re

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _key(council: str | None, body: str | None, date: str | None, kind: str, item: str | None, text: str) -> str:
    words = re.sub(r"\s+", " ", text).strip().lower()
    basis = "|".join([(council or "").lower(), (body or "").lower(), date or "", kind, item or "", words])
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:20]


def upgrade() -> None:
    # plain ALTER TABLE, never batch mode: recreating passages would drop its full-text triggers
    op.add_column("passages", sa.Column("stable_key", sa.String(length=40), nullable=True))
    op.create_index(op.f("ix_passages_stable_key"), "passages", ["stable_key"], unique=False)
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT p.id, p.document_id, c.name, b.name, p.date, p.kind, p.item, p.text FROM passages p "
            "LEFT JOIN councils c ON c.id = p.council_id LEFT JOIN bodies b ON b.id = p.body_id ORDER BY p.id"
        )
    ).all()
    seen: dict[tuple[int, str], int] = {}
    updates = []
    for pid, doc, council, body, date, kind, item, text in rows:
        key = _key(council, body, date, kind, item, text)
        n = seen[(doc, key)] = seen.get((doc, key), 0) + 1
        updates.append({"pid": pid, "key": key if n == 1 else f"{key}-{n}"})
    if updates:
        bind.execute(sa.text("UPDATE passages SET stable_key = :key WHERE id = :pid"), updates)


def downgrade() -> None:
    op.drop_index(op.f("ix_passages_stable_key"), table_name="passages")
    op.execute("ALTER TABLE passages DROP COLUMN stable_key")
