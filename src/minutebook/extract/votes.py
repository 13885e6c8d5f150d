"""Recorded votes: For (57) / Against (12) / Abstain (1) with name lists."""

from __future__ import annotations

from minutebook.model import Line, Vote


def extract_votes(lines: list[Line]) -> list[Vote]:
    """Votes recorded within one minute item's lines."""
    return []
