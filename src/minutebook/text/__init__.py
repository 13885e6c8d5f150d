"""Text layer: any supported source file -> `Document` (pages of lines).

The format is sniffed from the bytes, not trusted from the extension, so a PDF
saved as `.txt` is still read as a PDF and a text file called `.pdf` is still
read as text (with a warning).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from minutebook.errors import UnreadableDocument
from minutebook.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
FORMAT_OF_SUFFIX = {
    **dict.fromkeys(PDF_SUFFIXES, "pdf"),
    **dict.fromkeys(HTML_SUFFIXES, "html"),
    **dict.fromkeys(TEXT_SUFFIXES, "text"),
}


def sniff_format(data: bytes) -> str | None:
    """pdf | html | text from the content, or None for binary junk."""
    head = data[:1024].lstrip()
    if data[:1024].find(b"%PDF-") != -1:
        return "pdf"
    low = head[:512].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or any(
        tag in low for tag in (b"<body", b"<div", b"<p>", b"<p ", b"<table", b"<h1", b"<h2")
    ):
        return "html"
    sample = data[:65536]
    if b"\x00" in sample:
        return None
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # a multi-byte character cut at the sample's end is fine
            try:
                sample.decode("cp1252")
            except UnicodeDecodeError:
                return None
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and controls / len(sample) > 0.01:
        return None
    return "text"


def read_document(path: str | Path, *, ocr: bool = False) -> Document:
    """Read one file into pages of cleaned lines, or raise UnreadableDocument."""
    p = Path(path)
    if not p.exists():
        raise UnreadableDocument(str(p), "no such file")
    if p.is_dir():
        raise UnreadableDocument(str(p), "is a folder, not a document")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(str(p), f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise UnreadableDocument(str(p), "empty file")
    fmt = sniff_format(data)
    suffix = p.suffix.lower()
    if fmt is None:
        if suffix in PDF_SUFFIXES:
            raise UnreadableDocument(str(p), "not a PDF (no %PDF- header): the file is damaged or of another kind")
        raise UnreadableDocument(str(p), "binary data, not a text, HTML or PDF document")
    sha = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    expected = FORMAT_OF_SUFFIX.get(suffix)
    if expected is None:
        warnings.append(f"{p}: unfamiliar extension {suffix or '(none)'}; read as {fmt} from its content")
    elif expected != fmt:
        warnings.append(f"{p}: extension says {expected} but the content is {fmt}; read as {fmt}")

    if fmt == "pdf":
        from minutebook.text.pdf import read_pdf

        doc = read_pdf(p, data, sha, ocr=ocr)
    elif fmt == "html":
        from minutebook.text.html import read_html

        doc = read_html(p, data, sha)
    else:
        from minutebook.text.plaintext import read_text

        doc = read_text(p, data, sha)
    doc.warnings[:0] = warnings
    return doc
