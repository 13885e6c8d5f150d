"""Declarations of interest: who, against which item, what."""

from __future__ import annotations

from minutebook.model import Declaration, Line, Minutes, Segment


def extract_declarations(lines: list[Line], segments: list[Segment], minutes: list[Minutes]) -> list[Declaration]:
    return []
