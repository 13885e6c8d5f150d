"""Split a pack into the documents it is bound from, in order."""

from __future__ import annotations

from minutebook.model import Line, Segment


def segment(lines: list[Line]) -> list[Segment]:
    """agenda, minutes, report, briefing_note, appendix, plan, questions,
    work_programme, other: each with its first and last line."""
    if not lines:
        return []
    return [Segment("other", "", lines[0].cite(), lines[-1].cite())]
