"""The one vocabulary every stage speaks.

Plain dataclasses, no behaviour beyond turning themselves into the JSON that
CONTRACT.md promises. Every fact that came from a document carries a
`Citation` so that a user can open the page it came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Citation:
    """Where a fact was read: 1-based PDF page (None for text without page
    breaks) and 1-based line of the text that `parse --text` prints."""

    page: int | None
    line: int

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "line": self.line}


# ---------------------------------------------------------------- text layer


@dataclass
class Page:
    """One page of extracted text. `number` is the 1-based page of the source
    file; `printed` is the page number the pack prints on it (`Page 17`),
    when there is one, so agenda ranges can be mapped to file pages."""

    number: int
    lines: list[str]
    printed: int | None = None
    removed: list[str] = field(default_factory=list)  # running headers/footers taken off, kept for the record


@dataclass
class Document:
    """A source file read into pages of lines. `paged` is False for plain
    text with no form feeds: citations then carry page None."""

    path: str
    sha256: str
    format: str  # pdf | text | html
    pages: list[Page]
    paged: bool = True
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[Line]:
        """All lines in reading order, each knowing its page and its line
        number in the `parse --text` output. Every page takes at least one
        line there (an empty page is one empty line), and every page after
        the first begins with a form feed glued to its first line, so the
        numbers match `sed -n Np` on that output."""
        out: list[Line] = []
        n = 0
        for page in self.pages:
            for text in page.lines or [""]:
                n += 1
                out.append(Line(n, page.number if self.paged else None, text))
        return out

    def text(self) -> str:
        """The text `minutebook parse --text` prints: pages split by form feeds."""
        return "\n\f".join("\n".join(p.lines or [""]) for p in self.pages) + "\n"


@dataclass
class Line:
    number: int  # 1-based line in the parse --text output
    page: int | None  # 1-based file page, None for unpaged text
    text: str

    def cite(self) -> Citation:
        return Citation(self.page, self.number)


# ---------------------------------------------------------------- facts


@dataclass
class Segment:
    """A piece a pack is bound from: agenda, minutes, report, briefing_note,
    appendix, plan, questions, work_programme, other."""

    kind: str
    title: str
    start: Citation
    end: Citation

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "title": self.title, "start": self.start.to_json(), "end": self.end.to_json()}


@dataclass
class Meeting:
    body: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    time: str | None = None  # HH:MM, 24-hour
    venue: str | None = None
    citation: Citation | None = None

    def to_json(self) -> dict[str, Any]:
        return {"body": self.body, "date": self.date, "time": self.time, "venue": self.venue}


@dataclass
class Person:
    """A name as printed (honorific dropped), with a role and kind where known.
    kind: member | officer | other."""

    name: str
    role: str | None = None
    kind: str = "member"
    citation: Citation | None = None

    def to_json(self, with_kind: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "role": self.role}
        if with_kind:
            d["kind"] = self.kind
        return d


@dataclass
class AgendaItem:
    number: str
    title: str
    pages: list[int] | None = None  # printed pack page range [first, last]
    public: bool = True
    items: list[AgendaItem] = field(default_factory=list)
    citation: Citation | None = None
    file_pages: list[int] | None = None  # the same range as PDF page indexes, when the pack prints page numbers

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "pages": self.pages,
            "public": self.public,
            "items": [i.to_json() for i in self.items],
            "citation": self.citation.to_json() if self.citation else None,
        } | ({"file_pages": self.file_pages} if self.file_pages else {})


@dataclass
class Vote:
    motion: str | None
    for_: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    abstain: list[str] = field(default_factory=list)
    counts: dict[str, int | None] = field(default_factory=lambda: {"for": None, "against": None, "abstain": None})
    result: str | None = None  # carried | lost
    citation: Citation | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "motion": self.motion,
            "for": self.for_,
            "against": self.against,
            "abstain": self.abstain,
            "counts": self.counts,
            "result": self.result,
            "citation": self.citation.to_json() if self.citation else None,
            "warnings": self.warnings,
        }


@dataclass
class MinuteItem:
    number: str | None
    title: str
    resolutions: list[str] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    text: str = ""  # the minute's own words, for search
    public: bool = True
    citation: Citation | None = None
    resolution_citations: list[Citation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "resolutions": self.resolutions,
            "resolution_citations": [c.to_json() for c in self.resolution_citations],
            "votes": [v.to_json() for v in self.votes],
            "public": self.public,
            "citation": self.citation.to_json() if self.citation else None,
        }


@dataclass
class Minutes:
    body: str | None
    date: str | None
    present: list[Person] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    substitutions: list[dict[str, str | None]] = field(default_factory=list)  # {"name", "for"}
    items: list[MinuteItem] = field(default_factory=list)
    citation: Citation | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "body": self.body,
            "date": self.date,
            "present": [p.to_json(with_kind=True) for p in self.present],
            "apologies": self.apologies,
            "substitutions": self.substitutions,
            "items": [i.to_json() for i in self.items],
            "citation": self.citation.to_json() if self.citation else None,
        }


@dataclass
class Declaration:
    name: str
    item: str | None
    kind: str | None  # dpi | other | non-registrable | non-pecuniary | ...
    text: str
    citation: Citation | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "item": self.item,
            "kind": self.kind,
            "text": self.text,
            "citation": self.citation.to_json() if self.citation else None,
        }


@dataclass
class Indicator:
    name: str
    period: str | None
    value: float
    unit: str | None = None
    area: str | None = None
    citation: Citation | None = None
    flags: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = {
            "name": self.name,
            "period": self.period,
            "value": self.value,
            "unit": self.unit,
            "area": self.area,
            "citation": self.citation.to_json() if self.citation else None,
        }
        if self.flags:
            d["flags"] = self.flags
        return d


@dataclass
class Table:
    """A table as rows of cells, from TAB rows in text or pdfplumber cells."""

    caption: str | None
    rows: list[list[str]]
    citation: Citation
    header_rows: int = 1
    row_citations: list[Citation] = field(default_factory=list)  # where each row starts, for per-figure citations


@dataclass
class ParsedDocument:
    """Everything `minutebook parse` found in one file."""

    document: Document
    council: str | None = None
    meeting: Meeting = field(default_factory=Meeting)
    members: list[Person] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    minutes: list[Minutes] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)  # e.g. youth justice plan sections, budget rows
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        doc = self.document
        out: dict[str, Any] = {
            "source": {
                "path": doc.path,
                "sha256": doc.sha256,
                "format": doc.format,
                "pages": len(doc.pages) if doc.paged else None,
            },
            "council": self.council,
            "meeting": self.meeting.to_json(),
            "members": [m.to_json() for m in self.members],
            "agenda": [a.to_json() for a in self.agenda],
            "documents": [s.to_json() for s in self.segments],
            "minutes": [m.to_json() for m in self.minutes],
            "declarations": [d.to_json() for d in self.declarations],
            "indicators": [i.to_json() for i in self.indicators],
            "warnings": self.warnings + doc.warnings,
        }
        for k, v in self.extras.items():
            out.setdefault(k, v)
        return out


def as_dict(obj: Any) -> dict[str, Any]:
    """Plain-dict view of any model object (for the store and exports)."""
    return asdict(obj)
