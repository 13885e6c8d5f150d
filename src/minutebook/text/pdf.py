"""PDF text layer on pypdfium2 (fast, permissive licence; see DESIGN.md)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from minutebook.errors import UnreadableDocument
from minutebook.model import Document, Page
from minutebook.text.cleanup import clean_pages


def read_pdf(path: Path, data: bytes, sha256: str, *, ocr: bool = False) -> Document:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument(str(path), f"not a readable PDF ({exc})") from exc
    pages: list[Page] = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            pages.append(Page(number=i + 1, lines=text.split("\n")))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    if not any(line.strip() for p in pages for line in p.lines):
        raise UnreadableDocument(str(path), f"no text layer ({len(pages)} pages of images); try --ocr")
    return Document(path=str(path), sha256=sha256, format="pdf", pages=clean_pages(pages), paged=True)
