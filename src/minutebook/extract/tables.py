"""One reader for the tables in a pack's text.

The text layer writes a table row as one line of TAB-separated cells (text
packs converted from PDF, and our own PDF reader for ruled tables); Markdown
packs use pipe tables. Real packs break tables across pages: the header is
printed again after each break, a running heading sits between the pieces,
and a row can be split in two by the break. Cells carry HTML fragments
(`<p>`, `<br>`, `<u>`) left by converters. This module turns all of that into
`Table`s that keep their caption and the line each row starts on, so every
figure read from them can be cited.
"""

from __future__ import annotations

import html
import re

from minutebook.extract.dates import MONTH
from minutebook.model import Line, Table

# A number as tables print it: -1,234.5  £63,292  25.0%  (12)
NUMBER_RE = re.compile(r"^\(?[-+−–]?\s*£?\s*\d[\d,]*(?:\.\d+)?\s*%?\)?$")
# Periods printed as column or row labels are labels, not values: 2021-22, 2021/22, Q1 2023
PERIOD_LABEL_RE = re.compile(r"^(?:19|20)\d{2}\s*[-/–]\s*(?:19|20)?\d{2}$|^Q[1-4]\b")
_MONTH = rf"{MONTH}\.?\s*'?(?:19|20)?\d{{2}}"  # 'Apr 22', 'April 2022
PERIOD_CELL_RE = re.compile(rf"^(?:{_MONTH}\s*[-–—]\s*{_MONTH}|(?:19|20)\d{{2}}\s*[-/–]\s*(?:19|20)?\d{{2}})$", re.I)
HEADER_WORDS = {
    "name",
    "title",
    "role",
    "item",
    "action",
    "actions",
    "lead",
    "date",
    "agency",
    "organisation",
    "organization",
    "indicator",
    "measure",
    "target",
    "total",
    "description",
    "timescale",
    "deadline",
    "by when",
    "owner",
    "outcome",
    "outcomes",
    "status",
    "comments",
    "position",
    "representing",
    "attendance",
}
PIPE_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
TAG_BREAK_RE = re.compile(r"<\s*(br\s*/?|/p|/li|/div|/tr)\s*>", re.I)
TAG_RE = re.compile(r"<[^<>]{1,200}>")
# Compiled once: these run on every cell of every table (module-level re.sub looks the pattern up each call).
FOOTNOTE_MARK_RE = re.compile(r"\s*[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+$")
NUMBER_DECOR_RE = re.compile(r"[£,%()\s+]")
# A direction arrow or a RAG rating printed after a dashboard's figure: status, not part of the value.
STATUS_MARK_RE = re.compile(r"(?:\s*(?:[▲▼△▽↑↓⬆⬇↗↘→←►◄▶◀]|\((?:red|amber|green)\)|\b(?:red|amber|green)\b))+\s*$", re.I)
# A note in brackets after a figure, in words: what kind of figure it is, not part of it.
FIGURE_NOTE_RE = re.compile(r"(?<=[\d%])\s*\((?:[A-Za-z][A-Za-z .'’-]{0,30})\)$")
STATUS_WORD_RE = re.compile(r"red|amber|green|r|a|g|rag", re.I)  # a RAG rating in a cell of its own
CELL_SPACES_RE = re.compile(r"[ \t\u00a0]+")
BULLET_RE = re.compile(r"\s*•\s*")
NON_WORD_RE = re.compile(r"\W+")
CELL_MARKUP_RE = re.compile(r"[<&*•\n\t\u00a0]|  ")  # what clean_cell acts on beyond the ends' spaces
CAPTION_LABEL_RE = re.compile(r"^(?:\*\*|__)?(table|figure|chart)\s+\d+", re.I)  # '**Table 2: ...' in Markdown too
MAX_INTERLUDE = 8  # lines allowed between the pieces of a table split by a page break
CAPTION_MAX = 160


def clean_cell(text: str) -> str:
    """A cell's words without the markup converters leave: paragraph and
    line-break tags become new lines, other tags go, entities are decoded,
    `**bold**` marks are dropped."""
    if not CELL_MARKUP_RE.search(text):
        return text.strip()  # most cells: nothing below would change them
    text = TAG_BREAK_RE.sub("\n", text)
    text = TAG_RE.sub(" ", text)
    text = html.unescape(text).replace("**", "")
    if text.count("•") > 1:  # a bulleted list flattened into one cell: one bullet a line
        text = BULLET_RE.sub("\n• ", text)
    parts = [CELL_SPACES_RE.sub(" ", p).strip() for p in text.split("\n")]
    return "\n".join(p for p in parts if p)


def _figure(cell: str) -> str:
    """A cell's figure without what is printed after it: a direction arrow or RAG rating ('214 ▼',
    '3.84 (Amber)', '32.4% Green'), then footnote marks ('189²')."""
    c = cell.strip()
    if c and not c[-1].isdigit() and c[-1] != "%":
        c = STATUS_MARK_RE.sub("", c)
        if c.endswith(")"):
            c = FIGURE_NOTE_RE.sub("", c)  # '152 (revised figure)', '0.21 (provisional)'
    return FOOTNOTE_MARK_RE.sub("", c)


def is_number(cell: str) -> bool:
    c = _figure(cell)
    return bool(c) and bool(NUMBER_RE.match(c)) and not PERIOD_LABEL_RE.match(c)


def parse_number(cell: str) -> float | None:
    """'1,212,138' -> 1212138.0; '£63,292' -> 63292.0; '-18.80%' -> -18.8;
    '(12)' -> -12.0 (accounts' negative); '214 ▼' -> 214.0. None when the cell is not a number."""
    c = _figure(cell).replace("−", "-").replace("–", "-")
    if not c or not NUMBER_RE.match(c) or PERIOD_LABEL_RE.match(c):
        return None
    negative = c.startswith("(") and c.endswith(")")
    c = NUMBER_DECOR_RE.sub("", c)
    try:
        value = float(c)
    except ValueError:
        return None
    return -value if negative else value


# A bulleted or numbered paragraph converted with a TAB after its mark ('•<TAB>First time entrants: 165 ...',
# '6.2<TAB>First time entrants. In 2024/25, 41 children ...'): prose, not a table's row.
BULLET_TAB_RE = re.compile(r"^\s*(?:[•·▪◦●○■□➢►]|\d{1,2}(?:\.\d{1,2}){0,2}\.?(?=\t[^\t]{80,}$))\t(?=[^\t]*$)")


def _row_kind(text: str) -> str | None:
    """'tab', 'pipe', 'separator' or None for a line that is not a table row."""
    if "\t" in text and text.strip("\t ").strip() and not BULLET_TAB_RE.match(text):
        return "tab"
    s = text.strip()
    if s.startswith("|") and s.count("|") >= 2:
        return "separator" if PIPE_SEPARATOR_RE.match(s) else "pipe"
    return None


def _cells(text: str, kind: str) -> list[str]:
    if kind == "pipe":
        s = text.strip()
        s = s[1:] if s.startswith("|") else s
        s = s[:-1] if s.endswith("|") else s
        return [clean_cell(c) for c in s.split("|")]
    return [clean_cell(c) for c in text.split("\t")]


def _norm_row(row: list[str]) -> str:
    return "\t".join(NON_WORD_RE.sub(" ", c).strip().lower() for c in row).strip("\t")


def _is_caption(text: str) -> bool:
    s = text.strip()
    return (
        0 < len(s) <= CAPTION_MAX
        and not s.startswith(("-", "•", "¹", "²", "³"))
        and not s.endswith((".", ":", ";", ","))
    )


def _caption(lines: list[Line], start: int) -> str | None:
    """The short line just above a table (skipping blanks and at most one
    paragraph), preferring one that says 'Table N'."""
    seen = 0
    fallback: str | None = None
    below: list[str] = []  # the lines between a 'Table N' label and the table: its caption wrapped
    i = start - 1
    while i >= 0 and seen < 3:
        text = lines[i].text.strip()
        i -= 1
        if not text:
            continue
        if _row_kind(text):
            break
        seen += 1
        if CAPTION_LABEL_RE.match(text):
            return clean_cell(" ".join([text, *reversed(below)]))
        below.append(text)
        if fallback is None and _is_caption(text):
            fallback = clean_cell(text)
    return fallback


# a count and, after it in brackets, its rate ('74 (241)', '52 / 148 (35.1%)', '– (176)', '(3.71)'): a figure, for
# telling heading rows from the body (which of the two a reader takes, the row's own words say)
COUNT_THEN_RATE = re.compile(r"(?:[–—-]|\d[\d,]*(?:\s*/\s*\d[\d,]*)?)?\s*\((?P<v>\d[\d,]*(?:\.\d+)?\s*%?)\)")


def _header_rows(rows: list[list[str]]) -> int:
    """How many rows at the top are headings. Where the table holds figures,
    every leading row without one is a heading row (multi-row headers);
    in a table of words only, the first row is a heading when it uses
    heading words ('Name', 'Action', 'Lead') or is in capitals."""
    has_numbers = [
        any(is_number(c) or (c.endswith(")") and COUNT_THEN_RATE.fullmatch(c.strip())) for c in r[1:])
        and not (k == 0 and _years_heading(r))
        for k, r in enumerate(rows)
    ]
    if any(has_numbers):
        n = 0
        for row, flag in zip(rows, has_numbers, strict=True):
            if flag or n >= 3:
                break
            if n and row[0].strip() and not any(c.strip() for c in row[1:]):
                break  # a group title under the heading ('Binary reoffending rate (%)'): the body's first row
            n += 1
        return n if n < len(rows) else 1
    first = [c.strip().lower() for c in rows[0] if c.strip()]
    if first and (any(c in HEADER_WORDS for c in first) or all(c.isupper() for c in rows[0] if c.strip())):
        return 1
    return 0


YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")


def _years_heading(row: list[str]) -> bool:
    """A heading row of years ('Area | 2022 | 2023 | 2024'): two or more distinct years in order after a
    word, which read as numbers but head the columns."""
    years = [c.strip() for c in row[1:] if c.strip()]
    return (
        len(years) >= 2
        and all(YEAR_RE.match(y) for y in years)
        and len(set(years)) == len(years)
        and years in (sorted(years), sorted(years, reverse=True))
        and not is_number(row[0])
    )


def _is_continuation(prev: list[str], row: list[str]) -> bool:
    """A row split by a page break: its first cell is empty and it only
    carries words where the row before it had words."""
    if not prev or not row or row[0].strip() or not prev[0].strip():
        return False
    filled = [i for i, c in enumerate(row) if c.strip()]
    return bool(filled) and all(i < len(prev) and prev[i].strip() and not is_number(row[i]) for i in filled)


def _finish(block: list[tuple[Line, list[str]]], caption: str | None, separator_at: int | None) -> Table:
    width = max(len(cells) for _, cells in block)
    rows = [cells + [""] * (width - len(cells)) for _, cells in block]
    header = separator_at if separator_at is not None else _header_rows(rows)
    for k in range(min(header, len(rows) - 1)):
        short = block[k][1]
        if len(short) < width and all(PERIOD_PART.search(c) for c in short if c.strip()):
            # 'Jan 23 –<TAB>Jan 24 –' over 'Area<TAB>Dec 23<TAB>Dec 24': a heading's first line, its periods over the
            # columns of figures and nothing over the rows' labels
            rows[k] = [""] * (width - len(short)) + short
    return Table(
        caption=caption,
        rows=rows,
        citation=block[0][0].cite(),
        header_rows=header,
        row_citations=[line.cite() for line, _ in block],
    )


# a piece of a period heading: a year, a month, a quarter ('Jan 23 –', '2024/25', 'Q3')
PERIOD_PART = re.compile(
    r"\b(?:(?:19|20)?\d{2}(?:/\d{2})?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4])\b", re.I
)


def _subheading(text: str) -> bool:
    """A short title line between a table's rows that names the rows below it, not a caption of the
    next table ('Table 3: ...'), a note or a sentence."""
    s = clean_cell(text)
    return (
        0 < len(s) <= 100
        and not CAPTION_LABEL_RE.match(s)
        and not s.endswith((".", ":", ";", ","))
        and not re.match(r"^(?:source|note|notes|\*)\b", s, re.I)
        and not any(is_number(w) for w in s.split())
    )


SPACE_CELL_RE = re.compile(r"\S+(?: \S+)*")  # a cell of a space-aligned line: words parted by single spaces
MIN_SPACE_ROWS = 3


def _space_cells(text: str) -> list[tuple[int, int, str]] | None:
    """(start, end, text) of each cell of a line laid out with runs of spaces (pdftotext -layout);
    None for a line that cannot be a row (TABs, pipes, a long run of words)."""
    if "\t" in text or "|" in text or not text.strip():
        return None
    cells = [(m.start(), m.end(), m.group()) for m in SPACE_CELL_RE.finditer(text.rstrip())]
    return None if any(len(c) > 80 for _, _, c in cells) else cells


def _labelled(cells: list[tuple[int, int, str]]) -> bool:
    """Whether a space-aligned row starts with its label ('Calderbrook', 'Apr 23 - Mar 24' down the side), not
    with a figure, or with the first of a row of periods."""
    first = cells[0][2]
    if is_number(first) or first in "-–":
        return False
    return not (PERIOD_CELL_RE.match(first) and all(PERIOD_CELL_RE.match(c) for _, _, c in cells))


def _period_cells(cells: list[tuple[int, int, str]] | None) -> bool:
    """A row of the periods of the figures printed under them, perhaps after a label."""
    if not cells or len(cells) < 2:
        return False
    data = cells[1:] if _labelled(cells) else cells
    return len(data) >= 2 and all(PERIOD_CELL_RE.match(c) for _, _, c in data)


def _figure_row(cells: list[tuple[int, int, str]] | None) -> bool:
    """A label and two or more figures after it ('-' for none), perhaps the period they are for in a last
    column ('... 3.59   4.12   3.92   Apr 22 - Mar 23') or a RAG rating ('... 204   187   154   Amber'): a
    row of a space-aligned table. Under a label, a row may print only figures (the year before)."""
    if not cells or len(cells) < 2:
        return False  # a line of words: most lines, asked first
    data = cells[1:] if _labelled(cells) else cells
    if data and (PERIOD_CELL_RE.match(data[-1][2]) or STATUS_WORD_RE.fullmatch(data[-1][2])):
        data = data[:-1]
    return len(data) >= 2 and all(is_number(c) or c in "-–" for _, _, c in data)


def _space_columns(rows: list[list[tuple[int, int, str]]]) -> list[tuple[int, int]]:
    """The figure columns as character spans: each row's figures (all but its label) laid over each
    other, overlapping spans merged, so right- and left-aligned figures both find their column."""
    spans = sorted((a, b) for cells in rows for a, b, _ in (cells[1:] if _labelled(cells) else cells))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _column_of(columns: list[tuple[int, int]], a: int, b: int) -> int:
    """The column a cell at characters a..b sits under: the one it overlaps most, else the nearest."""
    overlap = [min(b, hi) - max(a, lo) for lo, hi in columns]
    best = max(range(len(columns)), key=lambda k: overlap[k])
    if overlap[best] > 0:
        return best
    mid = (a + b) / 2
    return min(range(len(columns)), key=lambda k: abs((columns[k][0] + columns[k][1]) / 2 - mid))


def space_aligned_as_tabs(lines: list[Line]) -> list[Line]:
    """Lines of a space-aligned table rewritten with TABs between cells, so one reader serves both
    layouts. A table is a run of at least three rows of a label and figures, with short group titles
    between them ('Binary reoffending rate (%)', written as a row of one cell) and up to three
    heading lines above them, whose words are put under the figure columns they stand over
    ('East of' / 'England' is one heading). Each figure goes under its column by position, so a row
    with a figure missing keeps the others in place; prose never qualifies."""
    out = list(lines)
    cells = [_space_cells(line.text) for line in lines]
    i, n = 0, len(lines)
    while i < n:
        if not _figure_row(cells[i]):
            i += 1
            continue
        rows, titles, j = [i], [], i + 1
        if i and _period_cells(cells[i - 1]) and _labelled(cells[i - 1]):  # type: ignore[arg-type]
            rows.insert(0, i - 1)  # 'First time entrants   Jan 24 – Dec 24 ...' over the first figures
        while j < n:
            if _figure_row(cells[j]) or (_period_cells(cells[j]) and j + 1 < n and _figure_row(cells[j + 1])):
                rows.append(j)  # figures, or the periods of the figures in the next row
            elif cells[j] and len(cells[j]) == 1 and j + 1 < n and _figure_row(cells[j + 1]):
                titles.append(j)  # a group title over the rows below it
            elif not lines[j].text.strip() and j + 1 < n and (_figure_row(cells[j + 1]) or _period_cells(cells[j + 1])):
                pass  # a blank line inside the table
            else:
                break
            j += 1
        if len(rows) < 2:
            i = j
            continue
        columns = _space_columns([cells[k] for k in rows])  # type: ignore[misc]
        above = cells[i - 1] if i else None
        if above and len(above) == 1 and above[0][0] < columns[0][0] - 2 and not above[0][2].endswith((".", ":")):
            titles.insert(0, i - 1)  # the first group's title, over the first row
        top = min([rows[0], *titles])
        heading = _space_heading(lines, cells, top - 1, columns)
        if len(rows) + (1 if heading else 0) < MIN_SPACE_ROWS:
            i = j
            continue
        if heading:  # on the last heading line, next to the rows; the lines above it emptied
            heads, text = heading
            out[heads[-1]] = Line(number=lines[heads[-1]].number, page=lines[heads[-1]].page, text=text)
            for h in heads[:-1]:
                out[h] = Line(number=lines[h].number, page=lines[h].page, text="")
        for k in rows:
            labelled = _labelled(cells[k])  # type: ignore[arg-type]
            row = [cells[k][0][2] if labelled else ""] + [""] * len(columns)  # type: ignore[index]
            for a, b, text in cells[k][1:] if labelled else cells[k]:  # type: ignore[index,union-attr]
                row[1 + _column_of(columns, a, b)] = text
            out[k] = Line(number=lines[k].number, page=lines[k].page, text="\t".join(row))
        for k in titles:
            out[k] = Line(number=lines[k].number, page=lines[k].page, text=lines[k].text.strip() + "\t")
        i = j
    return out


Cells = list[tuple[int, int, str]]


def _space_heading(
    lines: list[Line], cells: list[Cells | None], k: int, columns: list[tuple[int, int]]
) -> tuple[list[int], str] | None:
    """The heading lines just above a space-aligned table's first row or title (at most three, a
    blank line allowed below them) and their words joined into one heading row, each under its
    column; a caption or a sentence is no heading."""
    while k >= 0 and not lines[k].text.strip():
        k -= 1
    heads: list[int] = []
    while k >= 0 and len(heads) < 3:
        found = cells[k]
        if not found or (len(found) == 1 and found[0][0] < columns[0][0] - 2):
            break  # one cell from the labels' side: a caption or a title over the table, not a heading
        if any(len(c.split()) > 6 for _, _, c in found) or found[-1][2].endswith("."):
            break
        heads.append(k)
        k -= 1
    heads.reverse()
    if not heads:
        return None
    corner, names = "", [""] * len(columns)
    for h in heads:
        for a, b, text in cells[h]:  # type: ignore[union-attr]
            if b <= columns[0][0] - 2:
                corner = f"{corner} {text}".strip()  # over the labels: the table's corner
            else:
                c = _column_of(columns, a, b)
                names[c] = f"{names[c]} {text}".strip()
    return (heads, "\t".join([corner, *names])) if any(names) else None


def find_tables(lines: list[Line]) -> list[Table]:
    """Every table in reading order. A table is a run of row lines; it goes
    on across blank lines and page breaks when what follows is more rows of
    the same width, and across a few short lines (a running heading, a
    group title) when the rows after them repeat its header, which is
    then dropped."""
    lines = space_aligned_as_tabs(lines)
    tables: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        kind = _row_kind(lines[i].text)
        if kind not in ("tab", "pipe"):
            i += 1
            continue
        start = i
        caption = _caption(lines, start)
        block: list[tuple[Line, list[str]]] = []
        separator_at: int | None = None
        header: str | None = None
        width = 0
        while i < n:
            k = _row_kind(lines[i].text)
            if k == "separator":
                if separator_at is None and block:
                    separator_at = len(block)
                i += 1
                continue
            if k in ("tab", "pipe"):
                cells = _cells(lines[i].text, k)
                if header is None:
                    header = _norm_row(cells)
                if block and _norm_row(cells) == header and len(block) > 1:
                    i += 1  # header printed again after a page break
                    continue
                page_break = bool(block) and block[-1][0].page != lines[i].page
                if page_break and _is_continuation(block[-1][1], cells):
                    prev_line, prev = block[-1]
                    merged = [
                        (a + "\n" + b).strip() if b.strip() else a
                        for a, b in zip(
                            prev + [""] * (len(cells) - len(prev)), cells + [""] * (len(prev) - len(cells)), strict=True
                        )
                    ]
                    block[-1] = (prev_line, merged)
                else:
                    block.append((lines[i], cells))
                    width = max(width, len(cells))
                i += 1
                continue
            # Not a row: look past blanks and a few short lines for more of this table.
            j = i
            interlude: list[Line] = []
            while j < n and not _row_kind(lines[j].text) and len(interlude) <= MAX_INTERLUDE:
                if lines[j].text.strip():
                    if not _is_caption(lines[j].text) and len(lines[j].text.strip()) > CAPTION_MAX:
                        break
                    interlude.append(lines[j])
                j += 1
            if j >= n or not _row_kind(lines[j].text) or _row_kind(lines[j].text) == "separator":
                break
            nk = _row_kind(lines[j].text)
            nxt = _cells(lines[j].text, nk or "tab")
            repeats_header = header is not None and _norm_row(nxt) == header
            same_width = len(nxt) == width and width > 1
            has_figures = any(is_number(c) for _, cells in block for c in cells[1:])
            next_figures = any(is_number(c) for c in nxt[1:]) and not _years_heading(nxt)
            next_periods = _period_row(nxt) and any(_period_row(cells) for _, cells in block)
            if has_figures and not repeats_header and not next_figures and not next_periods:
                break  # a new heading row after a gap: the next table, not more of this one
            crosses_page = lines[j].page != lines[i - 1].page
            if not interlude and same_width:
                i = j  # rows after blank lines
                continue
            running_heading = not interlude or any(clean_cell(x.text) == caption for x in interlude)
            if repeats_header and (running_heading or crosses_page):
                for line in interlude:
                    text = clean_cell(line.text)
                    if text and text != caption:
                        block.append((line, [text]))
                i = j
                continue
            title = clean_cell(interlude[0].text) if len(interlude) == 1 else ""
            if same_width and not repeats_header and not crosses_page and title != caption and _subheading(title):
                # 'Binary reoffending rate (%)' over the rows it names, inside one table: a row of one cell
                block.append((interlude[0], [title]))
                i = j
                continue
            break
        if block:
            tables.append(_finish(block, caption, separator_at))
    return tables


def _period_row(cells: list[str]) -> bool:
    """A row printing the period of each figure in the row under it ('Custody rate | Apr 24 – Mar 25 | ...')."""
    data = [c.strip() for c in cells[1:] if c.strip()]
    return len(data) >= 2 and all(PERIOD_CELL_RE.match(c) for c in data)


def columns(table: Table) -> list[str]:
    """One heading per column, with multi-row headers joined top to bottom
    and a heading that spans columns carried across them ('Annual Budget'
    over '2021-22' and '2022-23')."""
    width = max((len(r) for r in table.rows), default=0)
    rows = [list(r) + [""] * (width - len(r)) for r in table.rows[: table.header_rows]]
    for r, row in enumerate(rows[:-1]):
        carry = ""
        for i, cell in enumerate(row):
            if cell.strip():
                carry = cell.strip()
            elif carry and any(lower[i].strip() for lower in rows[r + 1 :]):
                row[i] = carry
    return [" ".join(c.strip() for c in col if c.strip()) for col in zip(*rows, strict=True)] if rows else [""] * width


def body(table: Table) -> list[tuple[list[str], int]]:
    """The rows below the header, each with its index in `table.rows`."""
    return [(row, i) for i, row in enumerate(table.rows) if i >= table.header_rows]


def as_text(table: Table) -> str:
    """The table as TAB rows again (for search and display)."""
    return "\n".join("\t".join(c.replace("\n", " ") for c in row) for row in table.rows)
