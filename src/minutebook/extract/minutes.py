"""Every set of minutes in a pack: attendance, numbered minutes, resolutions, votes."""

from __future__ import annotations

from minutebook.model import Line, Minutes, Segment


def extract_minutes(lines: list[Line], segments: list[Segment]) -> list[Minutes]:
    return []
