"""The record on both back ends: re-ingest is idempotent, a changed file
replaces only its own rows, one meeting per council + body + date, and every
fact row points back at its document and line."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from minutebook.model import (
    AgendaItem,
    Citation,
    Declaration,
    Meeting,
    MinuteItem,
    Minutes,
    ParsedDocument,
    Person,
    Vote,
)
from minutebook.store import open_store, schema
from minutebook.text import read_document


def _doc(tmp_path: Path, name: str, text: str) -> ParsedDocument:
    path = tmp_path / name
    path.write_text(text)
    return ParsedDocument(document=read_document(path))


def _minutes_doc(tmp_path: Path, name: str = "minutes.txt", extra: str = "") -> ParsedDocument:
    text = (
        "Minutes of the Cabinet held on 8 October 2019\n"
        "Present: Councillor A S Khan (Chair), Councillor Marian Humphreys, Councillor Dave Humphreys\n"
        "Apologies: Councillor AS Khan\n"
        "\n"
        "37. Battery Centre loan\n"
        "RESOLVED that the Council act as Accountable Body for the battery loan.\n" + extra
    )
    p = _doc(tmp_path, name, text)
    p.council = "Coventry City Council"
    p.meeting = Meeting(body="Cabinet", date="2019-10-08")
    p.minutes = [
        Minutes(
            body="Cabinet",
            date="2019-10-08",
            present=[
                Person("A S Khan", "Chair", citation=Citation(None, 2)),
                Person("Marian Humphreys", citation=Citation(None, 2)),
                Person("Dave Humphreys", citation=Citation(None, 2)),
            ],
            apologies=["AS Khan"],
            items=[
                MinuteItem(
                    "37",
                    "Battery Centre loan",
                    resolutions=["the Council act as Accountable Body for the battery loan."],
                    resolution_citations=[Citation(None, 6)],
                    votes=[
                        Vote(
                            None,
                            for_=["Councillor A Khan", "Marian Humphreys"],
                            against=["Dave Humphreys"],
                            counts={"for": 2, "against": 1, "abstain": 0},
                            result="carried",
                            citation=Citation(None, 6),
                        )
                    ],
                    citation=Citation(None, 5),
                )
            ],
            citation=Citation(None, 1),
        )
    ]
    p.declarations = [Declaration("Councillor A Khan", "37", "other", "a relative works there", Citation(None, 3))]
    return p


def test_same_file_twice_changes_nothing(db_url: str, parsed_samples: list[ParsedDocument]) -> None:
    store = open_store(db_url)
    assert [store.ingest(p) for p in parsed_samples] == ["added"] * len(parsed_samples)
    first = store.counts()
    assert [store.ingest(p) for p in parsed_samples] == ["unchanged"] * len(parsed_samples)
    assert store.counts() == first
    assert first["documents"] == len(parsed_samples) and first["passages"] > 100
    store.close()


def test_a_changed_file_replaces_only_its_own_rows(db_url: str, tmp_path: Path,
                                                   parsed_samples: list[ParsedDocument]) -> None:  # fmt: skip
    store = open_store(db_url)
    for p in parsed_samples:
        store.ingest(p)
    before = store.counts()
    assert store.ingest(_minutes_doc(tmp_path)) == "added"
    assert store.ingest(_minutes_doc(tmp_path, extra="A later correction about the zebra crossing.\n")) == "replaced"
    with store.engine.connect() as conn:
        p = schema.passages.c
        texts = [r[0] for r in conn.execute(select(p.text).where(p.text.like("%zebra%")))]
        assert len(texts) == 1
        docs = conn.execute(select(func.count()).select_from(schema.documents).where(
            schema.documents.c.path.like("%minutes.txt"))).scalar_one()  # fmt: skip
        assert docs == 1
    after = store.counts()
    assert after["documents"] == before["documents"] + 1
    assert after["minute_items"] == before["minute_items"] + 1
    assert after["resolutions"] == before["resolutions"] + 1
    store.close()


def test_front_sheet_and_minutes_of_one_meeting_are_one_meeting(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    front = _doc(tmp_path, "front.txt", "Cabinet\nTuesday, 8 October 2019 at 2.00 pm\nAgenda\n1. Apologies\n")
    front.council = "Coventry City Council"
    front.meeting = Meeting(body="Cabinet", date="2019-10-08", time="14:00", venue="Committee Room 3")
    front.agenda = [AgendaItem("1", "Apologies", citation=Citation(None, 4))]
    store.ingest(front)
    store.ingest(_minutes_doc(tmp_path))
    other = _doc(tmp_path, "other.txt", "Cabinet 8 October 2019, another council\n")
    other.council = "Warwickshire County Council"
    other.meeting = Meeting(body="Cabinet", date="2019-10-08")
    store.ingest(other)
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.meetings.c.council_id, schema.meetings.c.time, schema.meetings.c.venue)).all()
        assert len(rows) == 2  # Coventry's cabinet once, Warwickshire's once
        assert ("14:00", "Committee Room 3") in [(r.time, r.venue) for r in rows]
        meeting_of = dict(conn.execute(select(schema.documents.c.name, schema.documents.c.meeting_id)).all())
        assert meeting_of["front.txt"] == meeting_of["minutes.txt"] != meeting_of["other.txt"]
    store.close()


def test_people_matched_within_a_council_with_evidence(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    store.ingest(_minutes_doc(tmp_path))
    with store.engine.connect() as conn:
        people = dict(conn.execute(select(schema.people.c.id, schema.people.c.name)).all())
        assert sorted(people.values()) == ["A S Khan", "Dave Humphreys", "Marian Humphreys"]
        khan = next(i for i, n in people.items() if n == "A S Khan")
        pn = schema.person_names.c
        names = conn.execute(select(pn.name, pn.rule, pn.evidence).where(pn.person_id == khan)).all()
        assert {n.name for n in names} == {"A S Khan", "AS Khan", "A Khan"}
        assert all(n.evidence for n in names)
        assert "forenames-agree" in {n.rule for n in names}
        votes = conn.execute(select(schema.vote_records.c.person_id, schema.vote_records.c.position)).all()
        assert (khan, "for") in [tuple(v) for v in votes]
        dec = conn.execute(select(schema.declarations.c.person_id)).scalar_one()
        assert dec == khan
        att = conn.execute(select(schema.attendance.c.status).where(schema.attendance.c.person_id == khan)).scalars()
        assert sorted(att) == ["apologies", "present"]
    store.close()


def test_every_fact_row_names_its_document(db_url: str, parsed_samples: list[ParsedDocument], tmp_path: Path) -> None:
    store = open_store(db_url)
    for p in [*parsed_samples, _minutes_doc(tmp_path)]:
        store.ingest(p)
    with store.engine.connect() as conn:
        for table in schema.DOCUMENT_TABLES:
            if table is schema.decisions:
                continue
            orphans = conn.execute(
                select(func.count())
                .select_from(table)
                .where(~select(schema.documents.c.id).where(schema.documents.c.id == table.c.document_id).exists())
            ).scalar_one()
            assert orphans == 0, table.name
        lines = conn.execute(select(func.count()).select_from(schema.passages).where(schema.passages.c.line.is_(None)))
        assert lines.scalar_one() == 0
    store.close()


def test_reopening_an_existing_record_keeps_it(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    store.ingest(_minutes_doc(tmp_path))
    counts = store.counts()
    store.close()
    again = open_store(db_url)
    assert again.counts() == counts
    again.close()


def test_a_cancelled_meeting_from_a_listing_is_kept(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    mid = store.upsert_meeting("Coventry City Council", "Cabinet", "2019-10-08", status="cancelled",
                               source_url="https://example.org/m/1", remote_id="site/1")  # fmt: skip
    store.ingest(_minutes_doc(tmp_path))
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.meetings)).scalar_one() == 1
        assert conn.execute(select(schema.documents.c.meeting_id)).scalar_one() == mid
    store.close()


def test_a_report_that_never_names_its_council_joins_the_meeting_either_way(db_url: str, tmp_path: Path) -> None:
    def report() -> ParsedDocument:
        p = _doc(tmp_path, "report.txt", "Cabinet 8 October 2019\nBudget monitoring report\n")
        p.meeting = Meeting(body="Cabinet", date="2019-10-08")  # no council printed anywhere
        return p

    for order in ("report first", "minutes first"):
        store = open_store(db_url if order == "report first" else str(tmp_path / "second.db"))
        docs = [report(), _minutes_doc(tmp_path)]
        for p in docs if order == "report first" else reversed(docs):
            store.ingest(p)
        with store.engine.connect() as conn:
            meetings = conn.execute(select(schema.meetings.c.id, schema.meetings.c.council_id)).all()
            assert len(meetings) == 1, order
            assert meetings[0].council_id is not None
            councils = set(conn.execute(select(schema.passages.c.council_id)).scalars())
            assert councils == {meetings[0].council_id}, order
        store.close()


def test_two_names_in_one_list_are_two_people(db_url: str, tmp_path: Path) -> None:
    p = _doc(tmp_path, "list.txt", "Present: Councillors J Smith and J A Smith\nApologies: none\n")
    p.council = "Coventry City Council"
    p.meeting = Meeting(body="Cabinet", date="2020-01-07")
    p.minutes = [Minutes("Cabinet", "2020-01-07", present=[Person("J Smith"), Person("J A Smith")])]
    store = open_store(db_url)
    store.ingest(p)
    with store.engine.connect() as conn:
        rules = dict(conn.execute(select(schema.person_names.c.name, schema.person_names.c.rule)).all())
        assert conn.execute(select(func.count()).select_from(schema.people)).scalar_one() == 2
    assert rules["J A Smith"] == "listed-apart"
    store.close()


def test_a_file_overwritten_with_a_copy_of_another_keeps_no_stale_rows(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    store.ingest(_minutes_doc(tmp_path, "a.txt", extra="Only in the first version of a.\n"))
    other = _minutes_doc(tmp_path, "b.txt", extra="Text of b.\n")
    store.ingest(other)
    (tmp_path / "a.txt").write_bytes((tmp_path / "b.txt").read_bytes())
    copy = _minutes_doc(tmp_path, "a.txt", extra="Text of b.\n")
    assert copy.document.sha256 == other.document.sha256
    assert store.ingest(copy) == "unchanged"
    with store.engine.connect() as conn:
        names = set(conn.execute(select(schema.documents.c.name)).scalars())
        stale = conn.execute(
            select(func.count()).select_from(schema.passages).where(schema.passages.c.text.like("%first version%"))
        ).scalar_one()
    assert names == {"b.txt"} and stale == 0
    store.close()


def test_replacing_a_document_drops_only_the_meeting_it_alone_held(db_url: str, tmp_path: Path) -> None:
    """A pack republished with a corrected date moves to a new meeting; the old
    meeting goes with it, while a meeting another document still holds stays."""
    store = open_store(db_url)
    front = _doc(tmp_path, "front.txt", "Cabinet\nAgenda\n1. Apologies\n")
    front.council = "Coventry City Council"
    front.meeting = Meeting(body="Cabinet", date="2019-10-08")
    store.ingest(front)
    store.ingest(_minutes_doc(tmp_path))  # the same meeting as the front sheet
    moved = _minutes_doc(tmp_path, extra="Corrected.\n")
    moved.meeting = Meeting(body="Cabinet", date="2019-10-15")
    moved.minutes[0].date = "2019-10-15"
    assert store.ingest(moved) == "replaced"
    with store.engine.connect() as conn:
        dates = sorted(conn.execute(select(schema.meetings.c.date)).scalars())
    assert dates == ["2019-10-08", "2019-10-15"]  # the front sheet still holds 8 October
    lone = _doc(tmp_path, "front.txt", "Cabinet\nAgenda\n1. Apologies\n2. Minutes\n")
    lone.council = "Coventry City Council"
    lone.meeting = Meeting(body="Cabinet", date="2019-10-22")
    assert store.ingest(lone) == "replaced"
    with store.engine.connect() as conn:
        dates = sorted(conn.execute(select(schema.meetings.c.date)).scalars())
    assert dates == ["2019-10-15", "2019-10-22"]  # nothing held 8 October any more
    store.close()
