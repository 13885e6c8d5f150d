"""Printed pack page numbers -> PDF page indexes.

A ModernGov pack stamps `Page N` on its pages and the agenda's `(Pages 17 -
98)` counts in those numbers, not in PDF pages: the front sheet, letters and
blank pages before page 1 are unnumbered. So an agenda range or a citation
only points at the right place through this map. It is built from
`Page.printed` (read by the PDF layer) and is empty when the document prints no
pack numbers, as a stand-alone front sheet does: its `(Pages 1 - 10)` refer to
the reports pack, a different file, and are left unmapped rather than guessed.
"""

from __future__ import annotations

from minutebook.model import AgendaItem, Document


def printed_to_file(doc: Document) -> dict[int, int]:
    """Printed page number -> 1-based file page. Unstamped pages between two
    stamps whose numbers rise in step with the file (a blank page has no
    stamp) take the number they must have; nothing is extrapolated beyond the
    first or last stamp."""
    stamped = [(p.number, p.printed) for p in doc.pages if p.printed is not None]
    mapping: dict[int, int] = {}
    for (file_a, printed_a), (file_b, printed_b) in zip(stamped, stamped[1:], strict=False):
        if printed_b - printed_a == file_b - file_a:
            for k in range(file_b - file_a):
                mapping.setdefault(printed_a + k, file_a + k)
    for file_page, printed in stamped:
        mapping.setdefault(printed, file_page)
    return mapping


def file_page_of(doc: Document, printed: int) -> int | None:
    """The file page that carries printed page `printed`, or None when the document does not print it."""
    return printed_to_file(doc).get(printed)


def map_agenda_pages(doc: Document, items: list[AgendaItem]) -> None:
    """Fill `file_pages` for every agenda item whose printed range this
    document holds; a range the file only partly holds keeps the part it has."""
    mapping = printed_to_file(doc)
    if not mapping:
        return
    for item in _walk(items):
        if not item.pages:
            continue
        first, last = item.pages[0], item.pages[-1]
        inside = [mapping[n] for n in range(first, last + 1) if n in mapping]
        if inside:
            item.file_pages = [min(inside), max(inside)]


def _walk(items: list[AgendaItem]) -> list[AgendaItem]:
    out: list[AgendaItem] = []
    for item in items:
        out.append(item)
        out.extend(_walk(item.items))
    return out
