"""Agenda items: number as printed, title, page range, public or private, sub-items."""

from __future__ import annotations

from minutebook.model import AgendaItem, Document, Line, Segment


def extract_agenda(lines: list[Line], segments: list[Segment], doc: Document) -> list[AgendaItem]:
    return []
