"""Plain text and Markdown packs (text converted from PDF, form feeds = pages)."""

from __future__ import annotations

import re
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


# What converters to Markdown (pandoc, markitdown) add to a Word document's text: backslash escapes ('## 45\.',
# '1\.'), a backslash ending a line (a hard line break), footnote markers ('146[^2]') and '--' for an en dash.
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~'\"$&@])")
MD_HARD_BREAK = re.compile(r"\\$", re.M)
MD_FOOTNOTE_MARK = re.compile(r"\[\^[\w-]+\](?!:)")
MD_EN_DASH = re.compile(r"(?<=\S) -- (?=\S)")


def unescape_markdown(text: str) -> str:
    """The text a reader sees in converted Markdown: escapes, hard breaks and footnote markers off, '--' as '–'."""
    text = MD_HARD_BREAK.sub("", text)
    text = MD_FOOTNOTE_MARK.sub("", text)
    text = MD_EN_DASH.sub(" – ", text)
    return MD_ESCAPE.sub(r"\1", text)


def read_text(path: Path, data: bytes, sha256: str) -> Document:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in (".md", ".markdown"):
        text = unescape_markdown(text)
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
