"""text -> segments -> extractors -> model. No I/O beyond reading the file.

Each extractor takes the pack's lines and its segments and returns plain
model objects; this module only wires them in order, so a stage can be run,
tested and replaced alone.
"""

from __future__ import annotations

from pathlib import Path

from minutebook.extract.agenda import extract_agenda, items_headed
from minutebook.extract.bilingual import english_view
from minutebook.extract.council import council_in_running_lines, only_council_named
from minutebook.extract.declarations import extract_declarations
from minutebook.extract.determination import determination_view
from minutebook.extract.indicators import extract_indicators
from minutebook.extract.meeting import (
    corporation_of,
    extract_meeting,
    meeting_from_minutes,
    meeting_from_running_lines,
)
from minutebook.extract.minutes import extract_minutes
from minutebook.extract.people import extract_members
from minutebook.extract.welsh import welsh_view
from minutebook.model import Document, Line, ParsedDocument, Segment
from minutebook.pagemap import map_agenda_pages
from minutebook.segment import segment
from minutebook.text import read_document


def parse_document(doc: Document) -> ParsedDocument:
    """Run every extractor over an already-read document."""
    english = english_view(doc.lines())  # Welsh and English side by side: the English column, same line numbers
    lines = welsh_view(english)  # Welsh alone: its formulae glossed in English, its words as printed
    lines = determination_view(lines)  # a licensing hearing's notice of determination: read as its minutes
    segments = segment(lines)
    council, meeting = extract_meeting(lines, segments)
    # (where the text names none, the council its running header or footer names, taken off the pages as chrome)
    council = council or council_in_running_lines([t for p in doc.pages for t in p.removed])
    result = ParsedDocument(document=doc, council=council, meeting=meeting, segments=segments)
    result.members = extract_members(lines, segments)
    result.agenda = extract_agenda(lines, segments, doc)
    map_agenda_pages(doc, result.agenda)  # printed (Pages 17 - 98) -> PDF pages, where the file prints them
    result.minutes = extract_minutes(lines, segments)
    result.meeting = meeting_from_minutes(lines, segments, meeting, result.minutes, council)  # stand-alone minutes
    council = result.council = council or corporation_of(lines, result.meeting.body)
    if not council and result.minutes:  # minutes headed by their body alone: the one council their sentences name
        council = result.council = only_council_named(lines)
    if not result.agenda and not result.minutes and result.meeting.date:
        result.agenda = items_headed(lines)  # a meeting's update sheet: the items it takes up, a heading each
    if not result.minutes and not result.agenda:  # a report alone: its meeting in its running footer
        result.meeting = meeting_from_running_lines([t for p in doc.pages for t in p.removed], result.meeting)
    result.declarations = extract_declarations(lines, segments, result.minutes)
    result.indicators, extras = extract_indicators(doc, lines, segments, council)
    result.extras.update(extras)
    _titled_as_printed(segments, english, lines)  # (once every reader has read them as glossed)
    found = [council, result.meeting.date, result.meeting.body, result.meeting.venue]  # venue: a decisions page's
    if not any(found + [result.agenda, result.minutes, result.members]):
        result.warnings.append(
            f"{doc.path}: does not look like a council meeting document (no meeting, agenda or minutes found)"
        )
    return result


def _titled_as_printed(segments: list[Segment], printed: list[Line], read: list[Line]) -> list[Segment]:
    """A segment titled from a line the views glossed ('Minutes of the hearing' for 'Cofnodion Gwrandawiad', a
    notice's title read as a minutes heading) keeps the title the paper prints."""
    glossed = {r.text.strip(): p.text.strip() for p, r in zip(printed, read, strict=True) if p.text != r.text}
    for s in segments:
        s.title = glossed.get(s.title, s.title)
    return segments


def parse_path(path: str | Path, *, ocr: bool = False) -> ParsedDocument:
    """Read and parse one file; raises UnreadableDocument with the reason."""
    return parse_document(read_document(path, ocr=ocr))
