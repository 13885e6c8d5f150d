"""The source documents behind citations: the stored PDF itself, and the
text of text/HTML documents around a cited line.

The record keeps each document's path and sha256. A file is only served when
it still has the content that was ingested, so a citation never opens a
different version of a document than the one it was read from.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from minutebook.model import Document

CONTEXT_LINES = 40


@lru_cache(maxsize=256)
def _sha256(path: str, mtime_ns: int, size: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def locate(path: str, base_dirs: tuple[Path, ...] = ()) -> Path | None:
    """The stored path, or for a relative one (`minutebook ingest samples`) the same path under
    the record's folder, so the server need not run from the folder the ingest ran in."""
    p = Path(path)
    candidates = [p] if p.is_absolute() else [p, *(base / p for base in base_dirs)]
    return next((c for c in candidates if c.is_file()), None)


def file_if_unchanged(path: str, sha256: str, base_dirs: tuple[Path, ...] = ()) -> tuple[Path | None, str | None]:
    """(path, None) when the file is there with the ingested content, else (None, why)."""
    p = locate(path, base_dirs)
    if p is None:
        return None, "the source file is no longer where it was ingested from"
    st = p.stat()
    if _sha256(str(p), st.st_mtime_ns, st.st_size) != sha256:
        return None, "the source file has changed since it was ingested, so its pages may no longer match the record"
    return p, None


@lru_cache(maxsize=32)
def _read(path: str, mtime_ns: int, size: int) -> Document:
    from minutebook.text import read_document

    return read_document(Path(path))


def document_lines(
    path: str, sha256: str, base_dirs: tuple[Path, ...] = ()
) -> tuple[list[tuple[int, int | None, str]] | None, str | None]:
    """Every line of the document as (line number, page, text), numbered as
    `minutebook parse --text` numbers them, or (None, why)."""
    p, why = file_if_unchanged(path, sha256, base_dirs)
    if p is None:
        return None, why
    st = p.stat()
    try:
        doc = _read(str(p), st.st_mtime_ns, st.st_size)
    except Exception as exc:  # unreadable now: say so rather than fail the page
        return None, f"the source file could not be read: {exc}"
    return [(ln.number, ln.page, ln.text) for ln in doc.lines()], None


def window(
    lines: list[tuple[int, int | None, str]], line: int | None, page: int | None
) -> list[tuple[int, int | None, str]]:
    """The lines to show: CONTEXT_LINES either side of `line`, or all of `page`."""
    if line is not None:
        return [t for t in lines if line - CONTEXT_LINES <= t[0] <= line + CONTEXT_LINES]
    if page is not None:
        return [t for t in lines if t[1] == page]
    return lines[: CONTEXT_LINES * 3]
