"""Council and the meeting the document is for (front sheet, or minutes heading)."""

from __future__ import annotations

from minutebook.model import Line, Meeting, Segment


def extract_meeting(lines: list[Line], segments: list[Segment]) -> tuple[str | None, Meeting]:
    return None, Meeting()
