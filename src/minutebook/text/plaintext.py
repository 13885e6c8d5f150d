"""Plain text and Markdown packs (text converted from PDF, form feeds = pages)."""

from __future__ import annotations

from pathlib import Path

from minutebook.model import Document, Page
from minutebook.text.cleanup import clean_pages


def decode(data: bytes) -> str:
    """UTF-8 first (with or without BOM), then Windows-1252, which is what
    councils' older exports use."""
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def read_text(path: Path, data: bytes, sha256: str) -> Document:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    chunks = text.split("\f")
    paged = len(chunks) > 1
    if chunks and chunks[-1].strip() == "" and paged:
        chunks.pop()
    pages = [Page(number=i + 1, lines=chunk.split("\n")) for i, chunk in enumerate(chunks)]
    for page in pages:
        if page.lines and page.lines[-1] == "":
            page.lines.pop()
    pages = clean_pages(pages)
    return Document(path=str(path), sha256=sha256, format="text", pages=pages, paged=paged)
