"""PDF text layer on pypdfium2 (fast, permissive licence; PyMuPDF is AGPL).

pdfium's own text order follows the content stream, which in Word-made packs
often gives a two-column attendance list column by column and a table cell by
cell. So lines are rebuilt from pdfium's text rectangles instead: grouped by
their vertical position, ordered left to right, with a TAB where a wide gap
separates columns (the shape the text packs use for tables). Then the
PDF-specific debris comes off: ligatures, line-end hyphens, running headers
and footers, and the ModernGov `Page N` stamp, which is kept as `Page.printed`
so agenda ranges can be mapped to file pages (see `minutebook.pagemap`).
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from minutebook.errors import UnreadableDocument
from minutebook.model import Document, Page
from minutebook.prose import join_wrapped
from minutebook.text.cleanup import NEVER_RUNNING, clean_pages
from minutebook.text.pdftables import RuledTable, find_tables

LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)
# Characters pdfium or the producer leave in extracted text that mean nothing to a reader.
JUNK = str.maketrans({"\x00": "", "\ufffe": "-", "\ufeff": "", "\x02": "-", "\xad": "", "\xa0": " ", "\t": " "})
# Symbol-font bullets arrive as private-use code points.
BULLETS = str.maketrans({c: "•" for c in "\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8\uf02d\u25aa\u25cf\u2023\u25e6"})
CLEAN = {**JUNK, **LIGATURES, **BULLETS}  # one pass over each run's text
# A list label set off by a hanging indent (`1.`, `2)`, `(a)`, `iv.`, a bullet) is joined to its text with a
# space, as text packs print it, not split off as a table column.
LIST_LABEL = re.compile(
    r"^(?:\(?\d{1,4}(?:\.\d{1,3})*[.)]|\(\d{1,3}\)|\(?[a-z]{1,2}\)|\(?[ivxlc]{1,6}[.)]|[a-z][.)]|[•\-–*])$", re.I
)

TAB_SPACES = re.compile(r" *\t *")
# A heading set letter by letter (`A G E N D A`); five or more, so initials (`M A J Hood`) are left alone.
LETTERS_SPACED_INSIDE = re.compile(r" [A-Z] [A-Z] [A-Z] ")  # what every LETTER_SPACED run holds inside it
LETTER_SPACED = re.compile(r"(?<![\w.])(?:[A-Z] ){4,}[A-Z](?![\w.])")
INNER_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
PACK_PAGE = re.compile(r"^\s*page\s+(\d{1,4})\s*$", re.I)  # the ModernGov pack stamp
# (a footer's number in a cell of its own: 'Council 24 February 2026<TAB>1', '2<TAB>AP2 140126'; and in Welsh,
# 'Tudalen 2 o 5')
PAGE_COUNTER = re.compile(
    r"\b(?:page|tudalen)\b|\d+\s*(?:of|o|/)\s*\d+|^\W*\d+\W*$|\t\s*(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?\s*$|^\s*\d{1,4}\s*\t",
    re.I,
)  # ('- 2 -' in a cell of its own)
BARE_NUMBER = re.compile(r"\s*\d{1,4}\s*$")
PAGE_NUMBER = re.compile(r"^\s*(?:(?:page|tudalen)\s+)?\d{1,4}(?:\s*(?:of|o|/)\s*\d{1,4})?\s*$", re.I)
LINE_END_HYPHEN = re.compile(r"(?<![\w-])([A-Za-z]+)-$")  # a word, then a hyphen ending the line
NEXT_WORD = re.compile(r"([A-Za-z]+)([,.;:)]?)(?:\s+|$)")
YEAR_RANGE_END = re.compile(r"(?<![\w-])(?:19|20)\d{2}-$")  # '2026-' ending a line
NEXT_YEAR = re.compile(r"((?:19|20)?\d{2})(?!\d)([,.;:)]?)(?:\s+|$)")  # '2032', '27' opening the next
EDGE_LINES = 3  # how many lines at the top and bottom of a page may be running headers or footers


@dataclass(slots=True)
class _Run:
    left: float
    bottom: float
    right: float
    top: float
    text: str
    stamp: bool = False  # a margin stamp (text set at an angle, `Page N`): a line of its own, after the page's lines


@dataclass(slots=True)
class _Line:
    top: float
    bottom: float
    text: str


def read_pdf(path: Path, data: bytes, sha256: str, *, ocr: bool = False) -> Document:
    """Read a PDF into pages of lines, or raise UnreadableDocument saying why."""
    pdf = open_pdf(path, data)
    warnings: list[str] = []
    try:
        if len(pdf) == 0:
            raise UnreadableDocument(str(path), "PDF with no pages: nothing to read")
        raw: list[list[_Line]] = []
        broken: list[int] = []
        layout = _Layout()  # a gutter found on one page holds for the next (a last page's short right column)
        for i in range(len(pdf)):
            try:
                raw.append(_page_lines(pdf, i, layout))
            except pdfium.PdfiumError:  # one damaged page costs that page, not the file
                raw.append([])
                broken.append(i + 1)
        if broken and len(broken) == len(raw):
            raise UnreadableDocument(str(path), "damaged PDF: no page can be loaded")
        if broken:
            warnings.append(f"{path}: {_page_list(broken)} could not be read (damaged); their text is missing")
        pages = [Page(number=i + 1, lines=[ln.text for ln in lines]) for i, lines in enumerate(raw)]
        empty = [p.number for p in pages if p.number not in broken and not any(ln.strip() for ln in p.lines)]
        if empty and len(empty) + len(broken) == len(pages) and not ocr:
            raise UnreadableDocument(
                str(path),
                f"no text layer ({len(raw)} pages of images, nothing to read); try --ocr to read it with Tesseract",
            )
        scanned = [n for n in empty if _has_picture(pdf, n - 1)] if len(empty) < len(pages) else empty
        if scanned and ocr:
            from minutebook.text.ocr import ocr_pages

            for read in ocr_pages(path, pdf, pages=[n - 1 for n in scanned]):
                pages[read.number - 1].lines = read.lines
            what = _page_list(scanned)
            warnings.append(f"{path}: {what} read by OCR (no text layer); expect misread words and names")
        elif scanned:
            verb = "has" if len(scanned) == 1 else "have"
            warnings.append(
                f"{path}: {_page_list(scanned)} {verb} no text layer (scanned images), so their text is "
                "missing; try --ocr"
            )
    finally:
        pdf.close()
    strip_running_lines(pages)
    vocabulary = _Vocabulary([page.lines for page in pages])  # the lines before any repair
    for page in pages:
        page.lines = repair_hyphens(page.lines, vocabulary)
    if b"%%EOF" not in data[-2048:]:
        warnings.append(f"{path}: the PDF has no end marker (%%EOF): it may be truncated and pages may be missing")
    pages = clean_pages(pages)
    return Document(path=str(path), sha256=sha256, format="pdf", pages=pages, paged=True, warnings=warnings)


def _has_picture(pdf: pdfium.PdfDocument, index: int) -> bool:
    """Whether a page without text shows an image (a scan) rather than nothing (a blank page)."""
    page = pdf[index]
    try:
        for k in range(pdfium.raw.FPDFPage_CountObjects(page)):
            kind = pdfium.raw.FPDFPageObj_GetType(pdfium.raw.FPDFPage_GetObject(page, k))
            if kind in (pdfium.raw.FPDF_PAGEOBJ_IMAGE, pdfium.raw.FPDF_PAGEOBJ_FORM):
                return True
        return False
    finally:
        page.close()


def _page_list(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    shown = ", ".join(str(n) for n in numbers[:10]) + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")
    return f"pages {shown}"


def open_pdf(path: Path, data: bytes) -> pdfium.PdfDocument:
    """Open the bytes with pdfium, turning its error codes into reasons a user can act on."""
    if len(data) < 64 or b"%PDF-" not in data[:1024]:
        raise UnreadableDocument(str(path), "not a PDF (no %PDF- header): the file is damaged or of another kind")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg or "security" in msg:
            reason = "encrypted PDF: it needs a password to open; ask the publisher for an open copy"
            raise UnreadableDocument(str(path), reason) from exc
        if b"%%EOF" not in data[-2048:]:
            reason = "truncated PDF: the file ends before the PDF does (incomplete download?)"
            raise UnreadableDocument(str(path), reason) from exc
        if "success" in msg:  # pdfium fails without an error code when the page tree is empty
            raise UnreadableDocument(str(path), "PDF with no pages: nothing to read") from exc
        raise UnreadableDocument(str(path), f"damaged PDF that pdfium cannot open ({exc})") from exc


@dataclass(slots=True)
class _Layout:
    gutter: float | None = None  # the x of the gap between two columns of prose on the page before


def _page_lines(pdf: pdfium.PdfDocument, index: int, layout: _Layout | None = None) -> list[_Line]:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            runs = _runs(textpage, page)
        finally:
            textpage.close()
        tables = find_tables(page) if runs and not page.get_rotation() else []
        width = page.get_width()
    finally:
        page.close()
    hint = layout.gutter if layout else None
    found = _column_order(runs, width, hint, tables)
    if layout is not None:
        layout.gutter = found[1] if found else None
    columns = found[0] if found else None
    if columns is None:
        return _lines_with_tables(runs, tables) if tables else build_lines(runs)
    stamps = build_lines([r for r in runs if r.stamp])
    if tables:  # a table inside a column: its rows in that column's flow
        return [ln for group in columns for ln in _lines_with_tables(group, tables)] + stamps
    return [ln for group in columns for ln in build_lines(group)] + stamps


def _one_language(left: list[_Run], right: list[_Run]) -> bool:
    """Whether two columns are written in one language: four or more of the ten words each uses most are
    the same ('the', 'and', 'of'). A page in Welsh and English side by side shares few more than names."""

    def common(runs: list[_Run]) -> set[str]:
        words = re.findall(r"[^\W\d_]+", " ".join(ln.text for ln in build_lines(runs)).lower())
        return {w for w, _ in Counter(words).most_common(10)}

    return len(common(left) & common(right)) >= 4


def _spread_words(text: str) -> bool:
    """A line of prose set wide by justification, every word a 'column': three gaps or more, each piece
    one word of letters, a third of them or more in lower case (a row of headings or figures is not)."""
    pieces = text.strip().split("\t")
    if len(pieces) < 4 or any(" " in p.strip() or not p.strip() for p in pieces):
        return False
    words = [p.strip() for p in pieces]
    if any(not re.fullmatch(r"[A-Za-z][\w'’,.;:()-]*", w) for w in words):
        return False
    return sum(w[0].islower() for w in words) * 3 >= len(words)


def _column_order(
    runs: list[_Run], width: float, hint: float | None = None, tables: list[RuledTable] | None = None
) -> tuple[list[list[_Run]], float] | None:
    """A page set in two columns of prose (a newsletter-style town council's minutes), as groups of runs in
    reading order: down the left column, then down the right, between the lines that run across both (a
    heading over the columns, a closing line under them); and the gutter's x. None for any other page: a
    two-column list of names or a table set by position is read row by row, its left column not reaching
    the gutter or its right one not prose. With the gutter of the page before (`hint`), a few lines side
    by side are enough: a last page's right column may hold only the closing lines."""
    body = [r for r in runs if not r.stamp]
    if len(body) < 12:
        return None
    lo, hi = 0.3 * width, 0.7 * width
    # a right column's lines all start at one x in the middle of the page: without that, no columns (one pass)
    starts = Counter(round(r.left) for r in body if lo < r.left < hi)
    if not starts or starts.most_common(1)[0][1] < (2 if hint is not None else 6):
        return None
    if tables and sum(1 for r in body if any(_inside(r, t.box) for t in tables)) > 0.3 * len(body):
        return None  # a page mostly of ruled tables has their columns, not columns of prose
    # (a ruled table's rows below are no evidence of a gutter either)
    bands: list[tuple[float, float, list[_Run]]] = []
    for run in sorted(body, key=lambda r: -r.top):
        h = max(run.top - run.bottom, 1.0)
        share = 0.0 if _low_mark(run.text) else 0.5
        for k in range(len(bands) - 1, max(-1, len(bands) - 4), -1):
            top, bottom, members = bands[k]
            if min(top, run.top) - max(bottom, run.bottom) > share * min(h, max(top - bottom, 1.0)):
                members.append(run)
                bands[k] = (max(top, run.top), min(bottom, run.bottom), members)
                break
        else:
            bands.append((run.top, run.bottom, [run]))
    ruled = {id(r) for r in body if any(_inside(r, t.box) for t in tables)} if tables else set()
    gaps: list[tuple[float, float, int]] = []  # (from, to, band) for each wide gap in the middle of a line
    for k, (top, bottom, members) in enumerate(bands):
        members.sort(key=lambda r: r.left)
        if ruled and any(id(r) in ruled for r in members):
            continue  # a ruled table's row: its gaps are the table's columns, no gutter
        right = members[0].right
        for b in members[1:]:
            if b.left - right > _tab_gap(top - bottom) and right < hi and b.left > lo:  # a column gap, not a word's
                gaps.append((max(right, lo), min(b.left, hi), k))
            right = max(right, b.right)
    at_hint = {k for a, b, k in gaps if hint is not None and a <= hint <= b}
    if len(gaps) < 6 and len(at_hint) < 2:
        return None
    # the gutter: the point inside the most lines' gaps, or the page before's where lines still part there
    events = sorted([(a, 1) for a, _, _ in gaps] + [(b, -1) for _, b, _ in gaps])
    depth, best, gutter = 0, 0, 0.0
    for x, step in events:
        depth += step
        if depth > best:
            best, gutter = depth, x + 0.5
    if hint is not None and len(at_hint) >= 2:
        gutter = hint
    two_sided = {k for a, b, k in gaps if a <= gutter <= b}
    continued = hint is not None and abs(gutter - hint) <= 3.0
    if len(two_sided) < (2 if continued else 6) or (not continued and len(two_sided) < 0.4 * len(bands)):
        return None
    margin = min(r.left for r in body)
    filled = sum(
        1
        for k in two_sided
        if max(r.right for r in bands[k][2] if r.right <= gutter) >= margin + 0.8 * (gutter - margin)
    )
    if filled < 0.6 * len(two_sided):
        return None  # the left column stops well short of the gutter: a list or a table, read by rows
    right_text = [sum(len(r.text) for r in bands[k][2] if r.left >= gutter) for k in two_sided]
    if sum(right_text) < 20 * len(two_sided):
        return None  # figures or short cells on the right ('£3,960.00'): a table set by position
    if not continued and not _one_language(
        [r for k in two_sided for r in bands[k][2] if r.right <= gutter],
        [r for k in two_sided for r in bands[k][2] if r.left >= gutter],
    ):
        return None  # Welsh beside English: parallel columns, each line beside its translation, read by rows
    out: list[list[_Run]] = []
    left: list[_Run] = []
    right: list[_Run] = []
    for k, (_top, _bottom, members) in enumerate(bands):
        sides = {r.right <= gutter for r in members}
        tabled = bool(ruled) and any(id(r) in ruled for r in members)  # a table in a column, prose beside it
        if k not in two_sided and not tabled and len(sides) == 2 or any(r.left < gutter < r.right for r in members):
            out += [left, right, members]  # a line across both columns, with no gutter in it
            left, right = [], []
            continue
        for r in members:
            (left if r.right <= gutter else right).append(r)
    out += [left, right]
    return [group for group in out if group], gutter


def _inside(run: _Run, box: tuple[float, float, float, float]) -> bool:
    x, y = (run.left + run.right) / 2, (run.bottom + run.top) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _cell_runs(table: RuledTable, runs: list[_Run]) -> dict[tuple[int, int], list[_Run]]:
    """Runs inside each cell of the table: the first row whose band holds
    the run's middle, then the first cell of that row that does. Rows are
    found by bisection where their bands run down the page without
    overlapping (a table of many rows costs a few steps a run, not a scan)."""
    out: dict[tuple[int, int], list[_Run]] = {}
    # a row's band is where all its cells are: a cell spanning rows ('Area' beside two heading rows) is taller
    tops = [-min(c[3] for c in row) for row in table.rows]  # rising down the page
    bottoms = [max(c[1] for c in row) for row in table.rows]
    # Bisection finds the first row holding y only where no two row bands overlap and both edges fall.
    stacked = all(bottoms[i] >= -tops[i + 1] and bottoms[i] >= bottoms[i + 1] for i in range(len(tops) - 1))
    stacked = stacked and all(tops[i] <= tops[i + 1] for i in range(len(tops) - 1))
    box = table.box
    for run in runs:
        if run.stamp:
            continue
        x, y = (run.left + run.right) / 2, (run.bottom + run.top) / 2
        if not (box[0] <= x <= box[2] and box[1] <= y <= box[3]):
            continue
        if stacked:
            ri = bisect_right(tops, -y) - 1  # the last row whose top is at or above y
            while ri > 0 and bottoms[ri - 1] <= y <= -tops[ri - 1]:  # a row ending exactly at y comes first
                ri -= 1
            if ri < 0 or not bottoms[ri] <= y <= -tops[ri]:
                continue
        else:
            ri = next((i for i, row in enumerate(table.rows) if row[0][1] <= y <= row[0][3]), -1)
            if ri < 0:
                continue
        found = next((ci for ci, cell in enumerate(table.rows[ri]) if cell[0] <= x <= cell[2]), None)
        if found is None or not table.rows[ri][found][1] <= y <= table.rows[ri][found][3]:
            # under a cell spanning rows from above (or beside one): the cell whose box holds the run
            spans = (
                (rj, ci)
                for rj in range(max(0, ri - 3), min(len(table.rows), ri + 2))
                for ci, c in enumerate(table.rows[rj])
                if c[0] <= x <= c[2] and c[1] <= y <= c[3]
            )
            ri, found = next(spans, (ri, found))
        if found is not None:
            out.setdefault((ri, found), []).append(run)
    return out


def _columns(table: RuledTable) -> list[float]:
    """The left edges of the table's columns: every cell's left edge, those within a rule's width as one."""
    lefts: list[float] = []
    for left in sorted(c[0] for row in table.rows for c in row):
        if not lefts or left - lefts[-1] > 2.0:
            lefts.append(left)
    return lefts


def _column_at(grid: list[float], left: float) -> int:
    return max(0, bisect_right(grid, left + 2.0) - 1)


def _holds_columns(runs: list[_Run]) -> bool:
    """Whether a cell's text has a column gap inside one of its lines: two runs
    side by side with nothing between them wider than a tab stop. (A PDF that
    sets each glyph on its own, as browsers print, gives a cell a run a letter:
    only neighbours on a line are compared, never the first and last letters. Commas and full stops
    set alone are left out: their boxes are too short to share a line with the letters, so the commas
    of a line would make a line of their own with wide gaps.)"""
    rows: list[list[_Run]] = []
    for run in sorted((r for r in runs if not _low_mark(r.text)), key=lambda r: -r.top):
        h = run.top - run.bottom
        for row in rows:
            a = row[0]
            if min(a.top, run.top) - max(a.bottom, run.bottom) > 0.5 * min(a.top - a.bottom, h):
                row.append(run)
                break
        else:
            rows.append([run])
    for row in rows:
        row.sort(key=lambda r: r.left)
        right = row[0].right
        for b in row[1:]:
            h = max(row[0].top - row[0].bottom, b.top - b.bottom, 1.0)
            if b.left - right > _tab_gap(h):
                return True
            right = max(right, b.right)
    return False


LOW_MARKS = frozenset(",.;:")


def _low_mark(text: str) -> bool:
    """A comma, full stop, colon or semicolon set as a glyph of its own: a box that sits low on its line."""
    if len(text) > 3:  # most runs: words and lines
        return False
    marks = text.strip()
    return bool(marks) and all(c in LOW_MARKS for c in marks)


MARGIN_NUMBER = re.compile(r"(?:[A-Z]{1,4}[ /.]?)?\d{1,4}(?:/\d{1,4})?\.?")  # '258', 'C/80', 'PL 12.'


def _beside_rows(runs: list[_Run], tables: list[RuledTable]) -> dict[tuple[int, int], _Run]:
    """A minute's number printed in the margin level with a ruled table's row ('258' beside 'Application
    Number | 25/01234/CH'): a short run wholly left of the table, its middle inside the row, read as the row's
    first cell. Keyed by (table, row)."""
    out: dict[tuple[int, int], _Run] = {}
    for r in runs:
        if r.stamp or not MARGIN_NUMBER.fullmatch(r.text.strip()):
            continue
        middle = (r.top + r.bottom) / 2
        if any(
            o is not r and o.bottom < middle < o.top and o.left < r.right + 20 and o.right > r.left - 20 for o in runs
        ):
            continue  # a glyph or word of a line of text beside the table ('1' of '11%'), not a number alone
        for t in tables:
            left = t.box[0]
            if not (r.right <= left + 1 and left - r.right < 120):
                continue
            row = next(
                (k for k, cells in enumerate(t.rows) if min(c[1] for c in cells) < middle < max(c[3] for c in cells)),
                None,
            )
            if row is not None and (id(t), row) not in out:
                out[(id(t), row)] = r
                break
    return out


def _lines_with_tables(runs: list[_Run], tables: list[RuledTable]) -> list[_Line]:
    """Lines of the page with each ruled table written as one TAB-separated
    line per table row, a cell's wrapped text joined by spaces. Rules that box
    a whole layout (a panel holding its own columns) are not cells: a cell
    whose text already splits into columns means the rules do not delimit the
    table's columns, and the position-built lines are kept instead."""
    kept: list[tuple[RuledTable, dict[tuple[int, int], list[str]]]] = []
    in_cells: set[int] = set()  # the runs the kept tables' cells hold
    for table in tables:
        cell_runs = _cell_runs(table, runs)
        if any(_holds_columns(v) for v in cell_runs.values()):
            continue
        kept.append((table, {k: build_lines(v) for k, v in cell_runs.items()}))
        in_cells.update(id(r) for v in cell_runs.values() for r in v)
    if not kept:
        return build_lines(runs)
    # (a run inside a table's box but in none of its cells, where the rules close no cell around it, a poster's
    # tiles drawn side by side, is not lost: the runs so left in a table are read as a block of lines of their own,
    # together, not run into the lines of the text beside the table)
    rest = [r for r in runs if r.stamp or id(r) not in in_cells]
    orphans = {id(t): [r for r in rest if not r.stamp and _inside(r, t.box)] for t, _ in kept}
    left = {id(r) for v in orphans.values() for r in v}
    rest = [r for r in rest if id(r) not in left]
    beside = _beside_rows(rest, [t for t, _ in kept])
    placed = {id(r) for r in beside.values()}
    rest = [r for r in rest if id(r) not in placed]
    body = build_lines(rest)
    stamp_texts = {r.text.strip() for r in rest if r.stamp}
    stamps = [ln for ln in body if ln.text and ln.text in stamp_texts]
    stamped = {(ln.top, ln.bottom, ln.text) for ln in stamps}
    lines = [ln for ln in body if (ln.top, ln.bottom, ln.text) not in stamped]
    for table, cells in kept:
        grid = _columns(table)
        for ri, row in enumerate(table.rows):
            texts = [""] * len(grid)  # a cell under its column; one spanning columns or rows leaves gaps
            below: list[_Line] = []  # the paragraphs of a cell that holds a heading over them
            for ci, cell in enumerate(row):
                held = cells.get((ri, ci), [])
                heading = 0 if below else _heading_lines(held)
                if heading:
                    texts[_column_at(grid, cell[0])] = _cell_text([ln.text for ln in held[:heading]])
                    below = held[heading:]
                    continue
                texts[_column_at(grid, cell[0])] = _number_cell(_cell_text([ln.text for ln in held]))
            margin = beside.get((id(table), ri))
            texts = [margin.text.strip(), *texts] if margin else texts
            if any(t.strip() for t in texts):
                lines.append(_Line(max(c[3] for c in row), min(c[1] for c in row), "\t".join(texts).rstrip("\t")))
            lines.extend(below)
        block = build_lines(orphans[id(table)])
        # (each just under the one before, so the page's order keeps the block whole)
        lines.extend(_Line(block[0].top - 0.001 * n, ln.bottom, ln.text) for n, ln in enumerate(block))
    lines.sort(key=lambda ln: -ln.top)
    return lines + stamps


def _heading_lines(lines: list[_Line]) -> int:
    """How many lines of a cell are a short heading over paragraphs of its own ('AG/26/01 | Apologies for
    Absence' over 'Apologies were received from ...' in minutes set out as a table; an agenda's 'Draft Revenue
    Budget and Medium Term' / 'Financial Strategy 2026/27' over what the item is for); 0 where the cell is not
    one. Such a cell's lines are kept as lines, the heading on the row's line, so the heading stays a heading
    rather than running into the prose."""
    if len(lines) < 3:
        return 0
    texts = [ln.text.strip() for ln in lines]
    widest = max(len(t) for t in texts)
    short = [len(t) < 0.8 * widest for t in texts]  # (a bold heading's letters are wider)
    spaced = _space_after_heading(lines)
    h = spaced or 1
    while (
        not spaced
        and h < len(texts) - 1
        and short[h]
        and not texts[h - 1].endswith((".", ":", ";"))
        and not texts[h].endswith(".")
    ):
        h += 1  # the heading wrapped: 'Carrowby Health and Wellbeing Strategy: Annual Progress' / 'Report'
    rest = texts[h:]
    prose = (
        widest >= 45  # a column of prose, not a narrow one of wrapped labels ('25/01143/FUL' / 'Land north of')
        and all(short[:h])
        and not texts[h - 1].endswith((".", ",", ";", ":"))
        and (rest[0][:1].isupper() or rest[0].startswith("("))  # ('(a) Memorial Park benches: ...': its points)
        and sum(len(t) for t in rest) >= 60
        and len(set(PROSE_WORD.findall(" ".join(rest))) - {"and", "the", "for"}) >= 4  # prose, not names a line
        and SENTENCE_END.search(" ".join(rest)) is not None  # sentences, not a proposal's words wrapped
    )
    return h if prose else 0


def _space_after_heading(lines: list[_Line]) -> int:
    """Where a cell's heading ends by the space set after it: the first of its first three lines with a wider
    gap below it than the cell's lines have between them (its paragraphs' lines are as short as a heading
    where the column is wide); 0 where no such gap says."""
    gaps = [a.bottom - b.top for a, b in zip(lines, lines[1:], strict=False)]
    if len(gaps) < 3:
        return 0
    usual = sorted(gaps)[len(gaps) // 2]
    pitch = lines[0].top - lines[0].bottom
    return next((k + 1 for k, g in enumerate(gaps[:3]) if g > usual + 0.4 * pitch), 0)


PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")
SENTENCE_END = re.compile(r"\S\.(?:\s+[A-Z(]|$)")


SPLIT_NUMBER = re.compile(r"^\s*([-+−–]?\d[\d,]*) ?\. ?(\d+ ?%?)\s*$")


NAME_DASH_ROLE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s+–\s+.{0,40}\b(?:Officer|Adviser|Advisor|Manager|Director|Clerk"
    r"|Solicitor|Team|Authority|Head|Chief|Lead|Secretary|Executive)\b"
)


def _cell_text(lines: list[str]) -> str:
    """A cell's lines as one: a line ending in a word and a hyphen ('long-' / 'term empty homes') runs on into
    the next without a space, the hyphen kept, as `repair_hyphens` keeps it in prose. A cell listing one entry
    a line, each 'Name – Role' ('Martin Oyelaran – Legal Adviser' / 'Susan Trent – Licensing Officer'), keeps
    its entries apart with semicolons."""
    if len(lines) > 1 and all(NAME_DASH_ROLE.match(ln.strip()) for ln in lines):
        return "; ".join(ln.strip() for ln in lines)
    out = ""
    for ln in lines:
        out = join_wrapped(out, ln) if out else ln
    return out


def _number_cell(text: str) -> str:
    """A cell holding one number that pdfium spaced inside ('0. 13', '32 .9', '-12 .8%': tabular figures set
    a glyph at a time, their side bearings read as word gaps), closed up."""
    m = SPLIT_NUMBER.match(text) if " " in text.strip() else None
    return f"{m.group(1)}.{m.group(2).replace(' ', '')}" if m else text


def _runs(textpage: pdfium.PdfTextPage, page: pdfium.PdfPage) -> list[_Run]:
    """pdfium's text, cut into runs with their boxes, in the page's visual frame.

    pdfium already splits its text into lines (CR LF between them) with its
    own word spaces; each such line's rectangles give its box. A line with
    several rectangles (a column break, a change of font, a margin stamp) is
    cut at them, which keeps the page cheap (asking pdfium for the text inside
    each rectangle scans the whole page every time)."""
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # characters outside the BMP shift indexes: take the slower, exact route
        return _runs_bounded(textpage, page)
    if LONE_CAPITAL.search(text):
        text = _close_false_spaces(textpage, text)
    if LETTERS_SPACED_INSIDE.search(text) and LETTER_SPACED.search(text):  # the first, cheap, ask a page first
        text = _close_letter_spacing(textpage, text)
    upright = math.radians(-page.get_rotation()) % math.tau  # the angle of text a reader sees level
    # pdfium's C functions directly: the helper methods cost more than the work on a page of short lines.
    handle, count_rects, get_rect = textpage.raw, pdfium.raw.FPDFText_CountRects, pdfium.raw.FPDFText_GetRect
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    runs: list[_Run] = []
    # pdfium ends a line with CR LF, or with U+FFFE when it ends in a hyphen it thinks splits a word.
    for m in re.finditer(r"[^\r\n\ufffe]+\ufffe?", text):
        if not m.group().strip():
            continue
        start, count = m.start(), m.end() - m.start()
        k = count_rects(handle, start, count)
        rects = []
        for j in range(k):
            get_rect(handle, j, left, top, right, bottom)
            rects.append((left.value, bottom.value, right.value, top.value))
        if not rects:
            continue
        # Level text on an unrotated page makes wide boxes; only a tall one can be set at an angle.
        first = rects[0]
        tilted = (upright or first[3] - first[1] > first[2] - first[0]) and _tilted(textpage, start, upright)
        if len(rects) == 1 and not tilted:
            runs.append(_Run(*rects[0], m.group()))
        else:
            runs.extend(_split_runs(textpage, text, start, count, rects, tilted, level=not tilted and not upright))
    height = page.get_height()
    for run in runs:
        if run.text.lstrip()[:1] in ("p", "P") and PACK_PAGE.match(run.text):  # the stamp starts with `Page`
            # not 'Page 11' in an agenda's page column: level text beside others on its line, clear of the top
            # and bottom margins (a stamp set sideways in the side margin is a tall box)
            inside = height * 0.1 < run.bottom < height * 0.9 and run.right - run.left > run.top - run.bottom
            run.stamp = upright != 0 or not (inside and _beside(run, runs))
    return _rotate(runs, page)


def _beside(run: _Run, runs: list[_Run]) -> bool:
    """Another run shares the run's line, to its left or right."""
    return any(
        o is not run and o.bottom < run.top and o.top > run.bottom and (o.right <= run.left or o.left >= run.right)
        for o in runs
    )


# A capital standing alone between words in capitals ('KEL L INGFORD'): where letter-spaced capitals meet a
# kerning pair, pdfium can read the pair's gap as a word space.
LONE_CAPITAL = re.compile(r"[A-Z]{2} [A-Z] [A-Z]{2}")


def _close_false_spaces(textpage: pdfium.PdfTextPage, text: str) -> str:
    """The page's text with each space that pdfium added inside a letter-spaced word made NUL (which the
    run cleaner drops; offsets stay pdfium's). A space is false when the gap it stands for is no wider
    than the gaps between the word's own letters: a real word space is a quarter of the line height more."""
    box = _char_edges(textpage)
    chars = list(text)
    for m in LONE_CAPITAL.finditer(text):
        lo, hi = m.start(), m.end()  # the whole line: 'K EL L INGFORD' has a false space before the match too
        while lo > 0 and text[lo - 1] not in "\r\n":
            lo -= 1
        while hi < len(text) and text[hi] not in "\r\n":
            hi += 1
        edges = [box(k) for k in range(lo, hi)]
        gaps = [
            b[0] - a[1]
            for a, b, x, y in zip(edges, edges[1:], text[lo:hi], text[lo + 1 : hi], strict=False)
            if a and b and x != " " and y != " "
        ]
        heights = [e[3] - e[2] for e in edges if e and e[3] > e[2]]
        if not gaps or not heights:
            continue
        gaps.sort()
        letter_gap, height = gaps[len(gaps) // 2], max(heights)
        for k in range(lo + 1, hi - 1):
            a, b = edges[k - 1 - lo], edges[k + 1 - lo]
            if text[k] == " " and a and b and b[0] - a[1] < letter_gap + 0.25 * height:
                chars[k] = "\x00"
    return "".join(chars)


def _close_letter_spacing(textpage: pdfium.PdfTextPage, text: str) -> str:
    """A heading set letter by letter ('L O N D O N B O R O U G H O F'), pdfium putting a space after every
    letter: the spaces inside a word made NUL (the run cleaner drops them), the spaces between its words kept.
    A word's gap is its letters' gap and a word space more, a quarter of the line height."""
    box = _char_edges(textpage)
    chars = list(text)
    for m in LETTER_SPACED.finditer(text):
        spaces = [k for k in range(m.start(), m.end()) if text[k] == " "]
        gaps = {}
        height = 0.0
        for k in spaces:
            a, b = box(k - 1), box(k + 1)
            if a and b:
                gaps[k] = b[0] - a[1]
                height = max(height, a[3] - a[2], b[3] - b[2])
        if len(gaps) < 4 or not height:
            continue
        letter_gap = sorted(gaps.values())[len(gaps) // 2]
        for k, gap in gaps.items():
            if gap < letter_gap + 0.25 * height:
                chars[k] = "\x00"
    return "".join(chars)


def _char_edges(textpage: pdfium.PdfTextPage):  # noqa: ANN202 - a closure: index -> (left, right, bottom, top)
    handle, get_box = textpage.raw, pdfium.raw.FPDFText_GetCharBox
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))

    def edges(index: int) -> tuple[float, float, float, float] | None:
        # the c_double objects themselves: ctypes passes them by reference faster than byref() objects
        if not get_box(handle, index, left, right, bottom, top):
            return None
        return left.value, right.value, bottom.value, top.value

    return edges


def _split_runs(
    textpage: pdfium.PdfTextPage,
    text: str,
    start: int,
    count: int,
    rects: list[tuple[float, float, float, float]],
    tilted: bool,
    level: bool,
) -> list[_Run]:
    """Cut one pdfium line into one run per rectangle. pdfium starts a new
    rectangle where the characters pass to another text object, so each
    rectangle's text begins at the first character whose box starts where the
    rectangle does. Most rectangles begin a word (Word and ModernGov set a
    text object a word or a cell), so the words' first characters are tried,
    one box each; where none fits (a font change inside a word, text not level
    in PDF space) the cut is found by bisection with prefix rectangle counts,
    which is exact but costs a dozen calls."""
    cuts: list[int] = []
    lo = 1
    starts = _word_starts(text, start, count) if level else []
    w = 0
    box = _char_edges(textpage)
    for j, rect in enumerate(rects[1:]):
        rel = -1
        while w < len(starts) and starts[w] < lo:
            w += 1
        # Words in a level line run left to right: skip those left of the rectangle, try the first one at it.
        while w < len(starts):
            edges = box(start + starts[w])
            left = edges[0] if edges else None
            if left is None or left > rect[0] + EPS:
                break
            if left >= rect[0] - EPS:
                rel = starts[w]
                break
            w += 1
        if not lo <= rel < count:
            rel = _first_char_of_rect(textpage, start, count, j + 1, lo)
        cuts.append(rel)
        lo = rel + 1
    bounds = [0, *cuts, count]
    runs = []
    for r, i, k in zip(rects, bounds, bounds[1:], strict=False):
        piece = text[start + i : start + k]
        if piece.strip():
            runs.append(_Run(*r, piece, tilted))
    return runs


EPS = 1e-3  # pdfium's boxes are floats copied exactly: a rectangle's left is its first character's
WORD_START = re.compile(r"(?<!\S)\S")


def _word_starts(text: str, start: int, count: int) -> list[int]:
    """Offsets in the line of the characters that begin a word (after a space or at the start)."""
    return [m.start() - start for m in WORD_START.finditer(text, start, start + count)]


def _tilted(textpage: pdfium.PdfTextPage, index: int, upright: float) -> bool:
    """Text set at an angle to the reader's view (a margin stamp), not level on the page as displayed."""
    angle = pdfium.raw.FPDFText_GetCharAngle(textpage, index)
    if angle < 0:  # pdfium could not tell
        return False
    return abs((angle - upright + math.pi) % math.tau - math.pi) > 0.1


def _first_char_of_rect(textpage: pdfium.PdfTextPage, start: int, count: int, j: int, lo: int) -> int:
    """pdfium builds rectangles greedily along the characters, so rectangle
    j's first character is where a prefix of the line first needs j+1 of them."""
    a, b = lo, count
    while a < b:
        mid = (a + b) // 2
        if textpage.count_rects(start, mid) >= j + 1:
            b = mid
        else:
            a = mid + 1
    return a - 1


def _runs_bounded(textpage: pdfium.PdfTextPage, page: pdfium.PdfPage) -> list[_Run]:
    runs: list[_Run] = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if text and text.strip():
            runs.append(_Run(left, bottom, right, top, re.sub(r"[\r\n]+", " ", text)))
    return _rotate(runs, page)


ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")


def _space_gap(before: str, after: str, height: float, letters: bool) -> float:
    """The gap that means a word space between two pieces of a line. About a
    quarter of the line height between words; less after a paragraph number
    (`1.2` then `The`, set apart by a tab stop that pdfium reports as nothing);
    more between single letters of a letter-spaced heading (`A G E N D A`)."""
    if letters:
        return height
    if before[-1:] in "0123456789.)" and after[:1].isalpha() and not ORDINAL.match(after):
        return 0.1 * height
    return 0.25 * height


def _tab_gap(height: float) -> float:
    """A horizontal gap wider than this between two pieces of a line is a column break."""
    return max(1.5 * height, 12.0)


def _rotate(runs: list[_Run], page: pdfium.PdfPage) -> list[_Run]:
    """Turn the runs' boxes from PDF user space into the frame the reader sees on a /Rotate'd page."""
    rotation = page.get_rotation() % 360
    if not rotation:
        return runs
    width, height = page.get_size()
    if rotation in (90, 270):
        width, height = height, width  # get_size reports the rotated size
    out = []
    for run in runs:
        left, bottom, right, top = run.left, run.bottom, run.right, run.top
        if rotation == 90:
            left, bottom, right, top = bottom, width - right, top, width - left
        elif rotation == 180:
            left, bottom, right, top = width - right, height - top, width - left, height - bottom
        elif rotation == 270:
            left, bottom, right, top = height - top, left, height - bottom, right
        out.append(_Run(left, bottom, right, top, run.text, run.stamp))
    return out


def build_lines(runs: list[_Run]) -> list[_Line]:
    """Group runs that share a baseline band into lines, top to bottom, left to
    right. Runs overlapping vertically by more than half the smaller height are
    on the same line; a gap wider than about one and a half line heights is a
    column break and becomes a TAB."""
    if len(runs) == 1 and not runs[0].stamp:  # a table cell of one run, the common case: no bands to find
        run = runs[0]
        return [_Line(run.top, run.bottom, _tidy(run.text.translate(CLEAN)))]
    stamps = [r for r in runs if r.stamp]
    runs = sorted((r for r in runs if not r.stamp), key=lambda r: (-r.top, r.left))
    groups: list[list[_Run]] = []
    bands: list[tuple[float, float]] = []
    for run in runs:
        run_top, run_bottom = run.top, run.bottom
        h = max(run_top - run_bottom, 1.0)
        # A comma or full stop set as a glyph of its own sits low, with a box too short to overlap the
        # letters by half: it joins a line it touches at all, and of two it touches (a box beside the text,
        # its lines set in another size), the one whose words end where the mark begins ('2' + '.00 pm').
        low = _low_mark(run.text)
        share = 0.0 if low else 0.5
        # Only the last few lines can share a band with a run further down the sort.
        n = len(groups)
        order = range(n - 1, n - 4 if n > 3 else -1, -1)
        if low and n > 1:
            order = sorted(order, key=lambda g: min((abs(run.left - o.right) for o in groups[g]), default=1e9))
        for g in order:
            top, bottom = bands[g]
            overlap = (top if top < run_top else run_top) - (bottom if bottom > run_bottom else run_bottom)
            if overlap > share * min(h, max(top - bottom, 1.0)):
                groups[g].append(run)
                bands[g] = (top if top > run_top else run_top, bottom if bottom < run_bottom else run_bottom)
                break
        else:
            groups.append([run])
            bands.append((run_top, run_bottom))
    if len(groups) >= 3:
        groups, bands = _side_box_first(groups, bands)
    stops = _column_stops(groups, bands)
    lines: list[_Line] = []
    for group, (top, bottom) in zip(groups, bands, strict=True):
        if len(group) == 1:
            text = group[0].text.translate(CLEAN)
        else:
            height = max(top - bottom, 1.0)
            # A word space is about a quarter of the line height; letter-spaced
            # headings (`A G E N D A`) set single letters wider apart than that.
            tab_gap = _tab_gap(height)
            parts: list[str] = []
            filled: list[int] = []
            prev_right = 0.0
            for run in group:
                piece = run.text.translate(CLEAN)
                if parts:
                    gap = run.left - prev_right
                    one, last = piece.strip(), parts[-1].strip()
                    # single letters (a letter-spaced heading), or single digits of a number set a glyph at a time
                    letters = len(one) == 1 and len(last) == 1 and (one.isalpha() or (one.isdigit() and last.isdigit()))
                    if gap > tab_gap and not (len(parts) == 1 and LIST_LABEL.match(parts[0].strip())):
                        parts.append("\t")
                    elif stops and gap > 0.5 * height and _at_stop(stops, run.left) and _two_words(last, one):
                        parts.append(" ")
                        filled.append(len(parts) - 1)  # a cell filled to its edge, the next where its column starts
                    elif gap < -height:  # starts well inside the text before it: two boxes set over each other
                        parts.append("\t")
                    elif gap > _space_gap(parts[-1], piece, height, letters) or parts[-1].strip() == "•":
                        if not parts[-1].endswith(" ") and not piece.startswith(" "):
                            parts.append(" ")
                parts.append(piece)
                prev_right = run.right
            if filled and "\t" in parts:  # (in a row of columns only; a line of prose has none)
                for k in filled:
                    parts[k] = "\t"
            text = TAB_SPACES.sub("\t", "".join(parts))
            if "\t" in text and _spread_words(text):
                text = text.replace("\t", " ")  # a justified line pulled wide: 'Wexcombe  Community  Larder  had  been'
            if "\t" in text:  # a row of columns: each cell that is one number, closed up
                text = "\t".join(_number_cell(c) for c in text.split("\t"))
        lines.append(_Line(top, bottom, _tidy(text)))
    for run in stamps:
        lines.append(_Line(run.top, run.bottom, run.text.translate(CLEAN).strip()))
    return lines


def _column_stops(groups: list[list[_Run]], bands: list[tuple[float, float]]) -> dict[int, int]:
    """Where the page's columns start: the left edge (to the point) of each run that follows a column gap, and
    how many lines have one there. Sorts each line's runs left to right."""
    stops: dict[int, int] = {}
    for group, (top, bottom) in zip(groups, bands, strict=True):
        if len(group) < 2:
            continue
        group.sort(key=lambda r: r.left)
        tab_gap = _tab_gap(max(top - bottom, 1.0))
        for a, b in itertools.pairwise(group):
            if b.left - a.right > tab_gap:
                x = round(b.left)
                stops[x] = stops.get(x, 0) + 1
    return stops


def _two_words(before: str, after: str) -> bool:
    """Both sides of a gap hold two words or more, as two people's names do ('Jonathan Marchbank' | 'Joanne
    Stroud'), not a heading's number and its title ('1.' | 'Apologies') or a name's two halves."""
    return " " in before and " " in after


def _at_stop(stops: dict[int, int], left: float) -> bool:
    """Whether a run starts where two lines' columns or more start (within a point and a half): the gap before
    it, narrower than a column gap, is a table cell's filled to its edge ('Jonathan Marchbank' | 'Joanne Stroud')."""
    x = round(left)
    return stops.get(x - 1, 0) + stops.get(x, 0) + stops.get(x + 1, 0) >= 3


def _side_box_first(
    groups: list[list[_Run]], bands: list[tuple[float, float]]
) -> tuple[list[list[_Run]], list[tuple[float, float]]]:
    """A box set beside the text (a council's name as a logo beside the minutes' opening sentence) whose lines
    fall between the sentence's lines: 'MINUTES of the meeting ... on 27' / 'Brackenshire' / 'January 2026
    at ...' / 'COUNTY COUNCIL'. Its lines lie wholly right of the line between them; read them first, so the
    sentence is whole and the box's lines are together."""
    lefts = [min(r.left for r in g) for g in groups]
    rights = [max(r.right for r in g) for g in groups]
    order = list(range(len(groups)))
    k = 0
    while k + 2 < len(order):
        a, mid, b = order[k], order[k + 1], order[k + 2]
        gap = 2 * max(bands[mid][0] - bands[mid][1], 1.0)
        side = (
            lefts[a] > rights[mid] + gap
            and lefts[b] > rights[mid] + gap
            and abs(lefts[a] - lefts[b]) < 4 * gap
            and k > 0
            and lefts[a] > rights[order[k - 1]] + gap
        )
        if not side:
            k += 1
            continue
        # the box's lines, then the lines of text they fell between
        order[k - 1 : k + 3] = [a, b, order[k - 1], mid]
        k += 3
    return [groups[i] for i in order], [bands[i] for i in order]


def _tidy(text: str) -> str:
    """A line's spaces: runs of them inside the line become one, a letter-spaced heading is closed up."""
    if "  " in text:
        text = INNER_SPACES.sub(" ", text)
    if " " in text and LETTER_SPACED.search(text):
        text = LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)
    return text.strip(" ")


def _shape(line: str, blur: bool) -> str:
    """A line normalised for comparison across pages; with `blur`, numbers too,
    so `Page 3 of 9` and `Page 4 of 9` are the same footer."""
    s = re.sub(r"\s+", " ", line.strip().lower())
    return re.sub(r"\d+", "#", s) if blur else s


def strip_running_lines(pages: list[Page]) -> None:
    """Take the pack page stamp, page counters and running headers and footers
    off each page, recording them on `Page.removed` and the stamp's number on
    `Page.printed`. A running line is printed at the same place (k-th line
    from the top or the bottom) on many pages. A header's first occurrence
    stays: `COUNTY COUNCIL / Thursday 13 March 2025` on a questions booklet is
    the only place the meeting is named (a footer's goes: on page 1 it would
    cut into the text running over the page). One first printed on a later
    page goes: the first page named the meeting, and there it would break a
    sentence that runs over the page. Lines that differ only in
    their numbers are running only when they count pages; `Question 2`,
    `Question 3` are headings."""
    exact: Counter[tuple[int, str]] = Counter()
    blurred: Counter[tuple[int, str]] = Counter()
    shapes: dict[str, tuple[str, str]] = {}  # line -> its exact and blurred shape, each worked out once

    def shape(line: str) -> tuple[str, str]:
        if line not in shapes:
            shapes[line] = (_shape(line, False), _shape(line, True))
        return shapes[line]

    page_edges = [_edge_lines(page.lines) for page in pages]
    for page, edges in zip(pages, page_edges, strict=True):
        exact.update({(place, shape(page.lines[i])[0]) for i, place in edges.items()})
        blurred.update({(place, shape(page.lines[i])[1]) for i, place in edges.items()})
    needed = max(3, int(0.4 * len(pages)) + 1)

    def counts_pages(place: int, ln: str) -> bool:
        return blurred[(place, shape(ln)[1])] >= needed and bool(PAGE_COUNTER.search(ln))

    seen: set[tuple[int, str]] = set()
    for number, (page, edges) in enumerate(zip(pages, page_edges, strict=True)):
        kept: list[str] = []
        # a page whose running footer counts it ('P 210126<TAB>2', a bare '5' at the foot of every page): another bare
        # number at its edge is no page number but a minute's beside a table ('258') or a title's last word ('2031')
        bare = any(BARE_NUMBER.match(page.lines[i]) for i in edges)  # (most pages: no bare number to ask about)
        counted = bare and any(counts_pages(place, page.lines[i]) for i, place in edges.items())
        for i, ln in enumerate(page.lines):
            place = edges.get(i)
            if place is not None:
                m = PACK_PAGE.match(ln)
                if m and page.printed is None:
                    page.printed = int(m.group(1))
                    page.removed.append(ln)
                    continue
                exact_shape, blurred_shape = shape(ln)
                key = (place, exact_shape)
                counter = counts_pages(place, ln)
                if (
                    (PAGE_NUMBER.match(ln) and not (counted and BARE_NUMBER.match(ln) and not counter))
                    or counter
                    or (
                        exact[key] >= needed
                        and len(key[1]) > 1
                        and (key in seen or number > 0 or place < 0)
                        and not NEVER_RUNNING.match(key[1])
                    )
                ):
                    page.removed.append(ln)
                    continue
                seen.add(key)
            kept.append(ln)
        page.lines = kept


def _edge_lines(lines: list[str]) -> dict[int, int]:
    """Line index -> place for the first and last few non-blank lines: 1, 2, 3
    from the top and -1, -2, -3 from the bottom."""
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    places: dict[int, int] = {}
    for k, i in enumerate(reversed(idx[-EDGE_LINES:])):
        places[i] = -k - 1
    for k, i in enumerate(idx[:EDGE_LINES]):
        places[i] = k + 1
    return places


def repair_hyphens(lines: list[str], vocabulary: Collection[str] | None = None) -> list[str]:
    """Put a word broken over two lines at a hyphen back together on the
    first line (the second keeps the rest, so the line count is unchanged).
    Council documents are rarely hyphenated by the typesetter: most line-end
    hyphens are real (`city-` / `regions`, `Barrington-` / `King`), so the
    hyphen is kept unless the document itself spells the joined word without
    one elsewhere (`Demo-` / `cratic` when `democratic` occurs)."""
    out = list(lines)
    for i in range(len(out) - 1):
        line = out[i].rstrip()
        if line[-1:] != "-":  # most lines: no need to ask the pattern
            continue
        if "\t" in line:
            continue
        nxt = out[i + 1].lstrip()
        years = YEAR_RANGE_END.search(line) and NEXT_YEAR.match(nxt)
        if years:  # 'Strategy 2026-' / '2032 and its action plan': a range of years, the hyphen its own
            out[i] = line + years.group(1) + years.group(2)
            out[i + 1] = nxt[years.end() :]
            continue
        m = LINE_END_HYPHEN.search(line)
        if not m:
            continue
        w = NEXT_WORD.match(nxt)
        if not w:
            continue
        joined = m.group(1) + w.group(1)
        hyphen = "" if vocabulary and joined.lower() in vocabulary else "-"
        out[i] = line[:-1] + hyphen + w.group(1) + w.group(2)
        out[i + 1] = nxt[w.end() :]
    return out


def vocabulary_of(pages: list[Page]) -> set[str]:
    """Every word the document spells, lower-cased: the evidence for joining a hyphenated word."""
    return _words([p.lines for p in pages])


def _words(pages: list[list[str]]) -> set[str]:
    return set(re.findall(r"[a-z]+", "\n".join(ln for lines in pages for ln in lines).lower()))


class _Vocabulary(Collection[str]):
    """`vocabulary_of` the given lines, asked only when a line-end hyphen
    needs it: most documents have no such line, and a document has a handful,
    so each question is one search of the document's text (the word, not
    inside a longer one) instead of a set of every word it spells."""

    def __init__(self, pages: list[list[str]]) -> None:
        self._pages = pages
        self._text: str | None = None

    def _lowered(self) -> str:
        if self._text is None:
            self._text = "\n".join(ln for lines in self._pages for ln in lines).lower()
        return self._text

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word.isascii() or not word.isalpha() or not word.islower():
            return isinstance(word, str) and word in _words(self._pages)
        text = self._lowered()
        at = text.find(word)
        while at != -1:  # the word, not inside a longer run of letters
            end = at + len(word)
            if (at == 0 or not "a" <= text[at - 1] <= "z") and (end == len(text) or not "a" <= text[end] <= "z"):
                return True
            at = text.find(word, at + 1)
        return False

    def __bool__(self) -> bool:
        return re.search(r"[a-z]", self._lowered()) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(_words(self._pages))

    def __len__(self) -> int:
        return len(_words(self._pages))
