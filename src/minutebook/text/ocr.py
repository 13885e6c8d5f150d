"""OCR for scanned packs: pypdfium2 renders the pages, Tesseract reads them.

Optional (`pip install minutebook[ocr]` and Debian's `tesseract-ocr`): a PDF
with no text layer is otherwise reported as such, never read as empty. The
`tesseract` program is called directly, all pages in one run (it reads a list
of images and separates their text with form feeds), which is much faster than
one process a page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pypdfium2 as pdfium

from minutebook.errors import UnreadableDocument
from minutebook.model import Page

DPI = 300  # Tesseract's accuracy falls off quickly below about 300 dpi on small print
TIMEOUT_PER_PAGE = 60


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def ocr_pages(path: Path, pdf: pdfium.PdfDocument, pages: Iterable[int] | None = None, lang: str = "eng") -> list[Page]:
    """Pages of OCR'd lines for the given 0-based page indexes (all by default)."""
    exe = tesseract_path()
    if exe is None:
        raise UnreadableDocument(
            str(path), "no text layer, and --ocr needs the tesseract program (Debian: apt-get install tesseract-ocr)"
        )
    indexes = list(range(len(pdf)) if pages is None else pages)
    with tempfile.TemporaryDirectory(prefix="minutebook-ocr-") as tmp:
        images = []
        for i in indexes:
            page = pdf[i]
            try:
                bitmap = page.render(scale=DPI / 72, grayscale=True)
                image = Path(tmp) / f"page-{i + 1:05d}.png"
                bitmap.to_pil().save(image)
                images.append(str(image))
            finally:
                page.close()
        listing = Path(tmp) / "pages.txt"
        listing.write_text("\n".join(images) + "\n")
        env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one thread each: the machine is shared
        try:
            proc = subprocess.run(
                [exe, str(listing), "stdout", "-l", lang, "--psm", "3"],
                capture_output=True,
                text=True,
                timeout=TIMEOUT_PER_PAGE * max(len(images), 1),
                env=env,
            )
        except subprocess.TimeoutExpired as exc:
            raise UnreadableDocument(str(path), "no text layer, and OCR took too long (tesseract timed out)") from exc
    if proc.returncode != 0:
        raise UnreadableDocument(str(path), f"no text layer, and OCR failed: {proc.stderr.strip()[-300:]}")
    texts = proc.stdout.split("\f")
    out: list[Page] = []
    for k, i in enumerate(indexes):
        text = texts[k] if k < len(texts) else ""
        lines = [ln.rstrip() for ln in text.splitlines()]
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        out.append(Page(number=i + 1, lines=_squeeze_blank(lines)))
    return out


def _squeeze_blank(lines: list[str]) -> list[str]:
    """Tesseract puts a blank line between paragraphs; keep one, never runs of them."""
    out: list[str] = []
    for ln in lines:
        if not ln.strip() and out and not out[-1].strip():
            continue
        out.append(ln)
    return out
