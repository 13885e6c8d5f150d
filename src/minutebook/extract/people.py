"""Members of the body as the front sheet lists them, with roles."""

from __future__ import annotations

from minutebook.model import Line, Person, Segment


def extract_members(lines: list[Line], segments: list[Segment]) -> list[Person]:
    return []
