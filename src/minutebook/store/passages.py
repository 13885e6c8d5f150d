"""A document's text cut into passages that follow its own structure.

A passage never crosses a page, a bound document (segment), an agenda item
or a minute heading, so its citation (first line, page) is where a reader
finds it, and its kind and item number come from where it sits. Long runs are
cut at blank lines, or at ~1,200 characters when there are none.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass

from minutebook.model import AgendaItem, Line, ParsedDocument

SEGMENT_KIND = {
    "agenda": "agenda",
    "minutes": "minute",
    "report": "report",
    "briefing_note": "report",
    "appendix": "appendix",
    "plan": "plan",
}
SOFT_LIMIT = 600  # cut at the next blank line after this many characters
HARD_LIMIT = 1200  # cut at the next line after this many


@dataclass
class Chunk:
    kind: str
    item: str | None
    page: int | None
    line: int
    end_line: int
    text: str
    minute_ref: tuple[int, int] | None = None  # (index in parsed.minutes, index in its items)


def passage_key(council: str | None, body: str | None, date: str | None, kind: str, item: str | None, text: str) -> str:
    """An identifier that survives re-ingest and republication (a corrected
    pack, the same minutes bound into a later agenda): made from where the
    words belong and the words themselves, not from file, page or row id."""
    words = re.sub(r"\s+", " ", text).strip().lower()
    basis = "|".join([(council or "").lower(), (body or "").lower(), date or "", kind, item or "", words])
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:20]


def _flatten(items: list[AgendaItem]) -> list[AgendaItem]:
    out: list[AgendaItem] = []
    for it in items:
        out.append(it)
        out.extend(_flatten(it.items))
    return out


def chunk_document(parsed: ParsedDocument) -> list[Chunk]:
    lines: list[Line] = parsed.document.lines()
    if not lines:
        return []
    segs = sorted(parsed.segments, key=lambda s: s.start.line)
    seg_starts = [s.start.line for s in segs]
    agenda = [a for a in _flatten(parsed.agenda) if a.citation]
    agenda_marks = sorted((a.citation.line, a.number) for a in agenda)  # type: ignore[union-attr]
    agenda_lines = [m[0] for m in agenda_marks]
    by_pages = [a for a in agenda if a.file_pages and len(a.file_pages) == 2]
    minute_marks = sorted(
        (it.citation.line, mi, ii, it.number)
        for mi, m in enumerate(parsed.minutes)
        for ii, it in enumerate(m.items)
        if it.citation
    )
    minute_lines = [m[0] for m in minute_marks]
    boundaries = set(seg_starts) | set(agenda_lines) | set(minute_lines)

    def context(line: Line) -> tuple[str, str | None, tuple[int, int] | None]:
        i = bisect.bisect_right(seg_starts, line.number) - 1
        seg = segs[i] if i >= 0 and line.number <= segs[i].end.line else None
        kind = SEGMENT_KIND.get(seg.kind, "other") if seg else "other"
        seg_start = seg.start.line if seg else 1
        j = bisect.bisect_right(minute_lines, line.number) - 1
        if j >= 0 and minute_marks[j][0] >= seg_start and kind in ("minute", "other"):
            _, mi, ii, number = minute_marks[j]
            return ("minute" if kind == "other" else kind), number, (mi, ii)
        k = bisect.bisect_right(agenda_lines, line.number) - 1
        if kind == "agenda" and k >= 0 and agenda_lines[k] >= seg_start:
            return kind, agenda_marks[k][1], None
        if line.page is not None:
            inside = [a for a in by_pages if a.file_pages[0] <= line.page <= a.file_pages[1]]  # type: ignore[index]
            if inside:
                return kind, inside[-1].number, None
        return kind, None, None

    chunks: list[Chunk] = []
    cur: list[Line] = []
    size = 0

    def flush() -> None:
        nonlocal cur, size
        body = [ln for ln in cur if ln.text.strip()]
        if body:
            kind, item, ref = context(body[0])
            text = "\n".join(ln.text.rstrip() for ln in cur).strip()
            chunks.append(Chunk(kind, item, body[0].page, body[0].number, body[-1].number, text, ref))
        cur, size = [], 0

    prev_page = lines[0].page
    for ln in lines:
        blank = not ln.text.strip()
        if cur and (
            ln.page != prev_page or ln.number in boundaries or size >= HARD_LIMIT or (blank and size >= SOFT_LIMIT)
        ):
            flush()
        prev_page = ln.page
        if blank and not cur:
            continue
        cur.append(ln)
        size += len(ln.text) + 1
    flush()
    return chunks
