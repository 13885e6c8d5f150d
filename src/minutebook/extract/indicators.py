"""Figures out of reports: indicators from tables and headline sentences."""

from __future__ import annotations

from typing import Any

from minutebook.model import Document, Indicator, Line, Segment


def extract_indicators(
    doc: Document, lines: list[Line], segments: list[Segment], council: str | None
) -> tuple[list[Indicator], dict[str, Any]]:
    return [], {}
