"""Errors a user can act on: each names the file and says what went wrong."""

from __future__ import annotations


class MinutebookError(Exception):
    """Base class: anything the CLI reports as one line instead of a traceback."""


class UnreadableDocument(MinutebookError):
    """A source file that could not be read into text (empty, binary junk,
    encrypted, truncated, no text layer...)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")
