"""A small record for the web tests and the load bench: the shipped
samples/, plus one text document whose facts are set by hand (so the pages'
behaviour is tested whatever the extractors make of it) and whose text
carries hostile markup (<script>, javascript: links)."""

from __future__ import annotations

import socket
from pathlib import Path

from minutebook.model import AgendaItem as Agenda
from minutebook.model import Citation, Declaration, Meeting, MinuteItem, Minutes, ParsedDocument, Person, Vote
from minutebook.parse import parse_document
from minutebook.paths import expand_paths
from minutebook.text import read_document

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

HOSTILE_TEXT = """BORSETSHIRE COUNTY COUNCIL
CABINET
Minutes of the meeting held on Tuesday 12 March 2024 at 10.00 am
Present: Councillor A Smith (Chair), Councillor B Jones, Councillor C Patel
Apologies: Councillor D Evans
Substitutes: Councillor E Green for Councillor D Evans

1. Declarations of interest
Councillor B Jones declared an other registrable interest in item 3 as a governor of Ambridge School.

2. Rural library opening hours
The Cabinet considered a report on the opening hours of rural libraries. <script>alert('pwned')</script>
See <a href="javascript:alert(1)">the consultation</a> and [the details](javascript:alert(2)).
RESOLVED that the revised opening hours for rural libraries be approved.

3. School transport policy
A recorded vote was taken on the motion to adopt the school transport policy.
For: Councillors A Smith, C Patel
Against: Councillor B Jones
The motion was carried.
RESOLVED that the school transport policy be adopted.
"""

HOSTILE_NAME = "borsetshire-cabinet-2024-03-12.txt"
RESOLUTION_LINE = 14  # "RESOLVED that the revised opening hours ..."


def _cite(line: int) -> Citation:
    return Citation(None, line)


def hostile_document(folder: Path) -> ParsedDocument:
    """The Borsetshire minutes with their facts stated, not extracted."""
    path = folder / HOSTILE_NAME
    path.write_text(HOSTILE_TEXT, encoding="utf-8")
    doc = read_document(path)
    minutes = Minutes(
        body="Cabinet",
        date="2024-03-12",
        present=[
            Person("A Smith", "Chair", citation=_cite(4)),
            Person("B Jones", citation=_cite(4)),
            Person("C Patel", citation=_cite(4)),
        ],
        apologies=["D Evans"],
        substitutions=[{"name": "E Green", "for": "D Evans"}],
        items=[
            MinuteItem(
                "1", "Declarations of interest", text="Councillor B Jones declared an interest.", citation=_cite(7)
            ),
            MinuteItem(
                "2",
                "Rural library opening hours <script>alert('title')</script>",
                resolutions=["that the revised opening hours for rural libraries be approved"],
                resolution_citations=[_cite(RESOLUTION_LINE)],
                text="\n".join(HOSTILE_TEXT.splitlines()[10:14]),
                citation=_cite(11),
            ),
            MinuteItem(
                "3",
                "School transport policy",
                resolutions=["that the school transport policy be adopted"],
                resolution_citations=[_cite(21)],
                votes=[
                    Vote(
                        "to adopt the school transport policy",
                        for_=["A Smith", "C Patel"],
                        against=["B Jones"],
                        counts={"for": 2, "against": 1, "abstain": 0},
                        result="carried",
                        citation=_cite(17),
                    )
                ],
                citation=_cite(16),
            ),
        ],
        citation=_cite(3),
    )
    return ParsedDocument(
        document=doc,
        council="Borsetshire County Council",
        meeting=Meeting("Cabinet", "2024-03-12", "10:00", "County Hall, Borchester", citation=_cite(3)),
        members=[
            Person("A Smith", "Chair", citation=_cite(4)),
            Person("B Jones", citation=_cite(4)),
            Person("C Patel", citation=_cite(4)),
            Person("D Evans", citation=_cite(5)),
        ],
        agenda=[
            Agenda("1", "Declarations of interest", citation=_cite(7)),
            Agenda("2", "Rural library opening hours", pages=[5, 12], citation=_cite(10)),
            Agenda("3", "School transport policy", pages=[13, 20], citation=_cite(16)),
        ],
        minutes=[minutes],
        declarations=[Declaration("B Jones", "3", "other", "A governor of Ambridge School.", _cite(8))],
    )


def build_record(folder: Path) -> str:
    """Ingest samples/ and the Borsetshire minutes into a SQLite file; return its URL."""
    from minutebook.store import open_store

    url = f"sqlite:///{folder / 'record.db'}"
    with open_store(url) as store:
        for path in expand_paths([SAMPLES]):
            try:
                store.ingest(parse_document(read_document(path)))
            except Exception as exc:  # a sample the parser cannot read yet must not hide the web tests
                print(f"sample {path.name} not ingested: {exc}")
        store.ingest(hostile_document(folder))
    return url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
