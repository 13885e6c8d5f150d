"""The record's tables, as SQLAlchemy Core objects shared by SQLite and PostgreSQL.

Every fact row carries `document_id` plus the `page` and `line` it was read
from, so any row can be traced back to its source and opened there. Dates are
ISO `YYYY-MM-DD` strings (identical on both back ends, sortable, and readable
as they are when the SQLite file is opened in Datasette).

Full text lives beside `passages`: an FTS5 external-content table
`passages_fts` in SQLite, a generated `tsv` column with a GIN index in
PostgreSQL. Both are created by the migrations (see `store/fts.py`), not here,
because neither can be spelt portably in Core.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _cite() -> list[Column]:
    """Where the row was read: 1-based file page (None for unpaged text) and
    1-based line of `minutebook parse --text`."""
    return [Column("page", Integer), Column("line", Integer)]


def _doc(nullable: bool = False) -> Column:
    return Column("document_id", Integer, ForeignKey("documents.id"), nullable=nullable, index=True)


councils = Table(
    "councils",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("slug", String(200), nullable=False),
)

bodies = Table(
    "bodies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("council_id", Integer, ForeignKey("councils.id"), index=True),
    Column("name", String(300), nullable=False),
)

meetings = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("council_id", Integer, ForeignKey("councils.id"), index=True),
    Column("body_id", Integer, ForeignKey("bodies.id"), index=True),
    Column("date", String(10), index=True),
    Column("time", String(5)),
    Column("venue", Text),
    Column("status", String(20), nullable=False, server_default="held"),  # held | cancelled | scheduled
    Column("source_url", Text),
    Column("remote_id", String(100)),
    Column("fetched_at", String(40)),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("path", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),  # file name, what a citation prints
    Column("sha256", String(64), nullable=False, index=True),
    Column("format", String(10), nullable=False),
    Column("pages", Integer),
    Column("paged", Boolean, nullable=False, server_default="1"),
    Column("council_id", Integer, ForeignKey("councils.id"), index=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    Column("source_url", Text),
    Column("remote_id", String(100)),
    Column("fetched_at", String(40)),
    Column("ingested_at", String(40), nullable=False),
    Column("extras", JSON),  # ParsedDocument.extras as parsed (youth justice plan sections, budget rows...)
    Column("warnings", JSON),
)

segments = Table(
    "segments",
    metadata,
    Column("id", Integer, primary_key=True),
    _doc(),
    Column("position", Integer, nullable=False),
    Column("kind", String(30), nullable=False),
    Column("title", Text),
    Column("page", Integer),
    Column("line", Integer),
    Column("end_page", Integer),
    Column("end_line", Integer),
)

agenda_items = Table(
    "agenda_items",
    metadata,
    Column("id", Integer, primary_key=True),
    _doc(),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    Column("parent_id", Integer, ForeignKey("agenda_items.id"), index=True),
    Column("position", Integer, nullable=False),
    Column("number", String(40)),
    Column("title", Text),
    Column("printed_from", Integer),
    Column("printed_to", Integer),
    Column("file_page_from", Integer),
    Column("file_page_to", Integer),
    Column("public", Boolean, nullable=False, server_default="1"),
    *_cite(),
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("council_id", Integer, ForeignKey("councils.id"), index=True),
    Column("name", String(200), nullable=False),  # the fullest form seen
    Column("kind", String(20), nullable=False, server_default="member"),  # member | officer | other
)

person_names = Table(
    "person_names",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=False, index=True),
    Column("council_id", Integer, ForeignKey("councils.id")),
    Column("name", String(200), nullable=False),  # as printed
    Column("surname_key", String(100), nullable=False),
    _doc(),
    *_cite(),
    Column("rule", String(40), nullable=False),  # new | same-name | initials-compatible | ...
    Column("evidence", Text),  # why this name was taken to be this person
    Index("ix_person_names_council_surname", "council_id", "surname_key"),
)

memberships = Table(
    "memberships",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=False, index=True),
    Column("body_id", Integer, ForeignKey("bodies.id"), index=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    Column("role", String(100)),
    _doc(),
    *_cite(),
)

attendance = Table(
    "attendance",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("status", String(20), nullable=False),  # present | apologies | substitute
    Column("role", String(100)),
    Column("kind", String(20)),  # member | officer | other
    Column("substitute_for", String(200)),
    _doc(),
    *_cite(),
)

minute_items = Table(
    "minute_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    _doc(),
    Column("position", Integer, nullable=False),
    Column("number", String(40)),
    Column("title", Text),
    Column("text", Text),
    Column("public", Boolean, nullable=False, server_default="1"),
    *_cite(),
)

resolutions = Table(
    "resolutions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("minute_item_id", Integer, ForeignKey("minute_items.id"), nullable=False, index=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    _doc(),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    *_cite(),
)

votes = Table(
    "votes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("minute_item_id", Integer, ForeignKey("minute_items.id"), nullable=False, index=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    _doc(),
    Column("motion", Text),
    Column("count_for", Integer),
    Column("count_against", Integer),
    Column("count_abstain", Integer),
    Column("result", String(20)),
    Column("warnings", JSON),
    *_cite(),
)

vote_records = Table(
    "vote_records",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("vote_id", Integer, ForeignKey("votes.id"), nullable=False, index=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("position", String(10), nullable=False),  # for | against | abstain
    _doc(),
)

declarations = Table(
    "declarations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    Column("person_id", Integer, ForeignKey("people.id"), index=True),
    Column("name", String(200), nullable=False),
    Column("item", String(40)),
    Column("kind", String(40)),
    Column("text", Text),
    _doc(),
    *_cite(),
)

indicators = Table(
    "indicators",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("council_id", Integer, ForeignKey("councils.id"), index=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    _doc(),
    Column("name", Text, nullable=False),
    Column("period", String(100)),
    Column("value", Float),
    Column("unit", String(100)),
    Column("area", String(200)),
    Column("flags", JSON),
    *_cite(),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("council_id", Integer, ForeignKey("councils.id"), index=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    _doc(nullable=True),
    Column("title", Text),
    Column("decision_maker", String(300)),
    Column("date", String(10), index=True),
    Column("status", String(100)),
    Column("key_decision", Boolean),
    Column("call_in", Text),
    Column("text", Text),
    Column("source_url", Text),
    Column("remote_id", String(100)),
    *_cite(),
)

passages = Table(
    "passages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("council_id", Integer, ForeignKey("councils.id"), index=True),
    Column("body_id", Integer, ForeignKey("bodies.id"), index=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), index=True),
    _doc(),
    Column("minute_item_id", Integer, ForeignKey("minute_items.id"), index=True),
    Column(
        "kind", String(20), nullable=False, index=True
    ),  # agenda | minute | resolution | report | appendix | plan | other
    Column("item", String(40)),  # the agenda or minute number it belongs to
    Column("date", String(10), index=True),  # the meeting's date, copied for filters
    Column("page", Integer),
    Column("line", Integer),
    Column("end_line", Integer),
    Column("text", Text, nullable=False),
    # Stable across re-ingest and republication: the same words under the same
    # council, body, date, kind and item get the same key (see passages.passage_key)
    Column("stable_key", String(40), index=True),
)

# Rows that belong to one document, children before parents: deleting a
# document's rows in this order never breaks a foreign key.
DOCUMENT_TABLES = [
    passages,
    vote_records,
    votes,
    resolutions,
    declarations,
    indicators,
    attendance,
    memberships,
    person_names,
    minute_items,
    agenda_items,
    segments,
    decisions,
]
