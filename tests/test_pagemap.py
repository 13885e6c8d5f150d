"""Printed pack page numbers map to the PDF pages that carry them."""

from __future__ import annotations

from shared_corpus import corpus_file

from minutebook.model import AgendaItem, Document, Page
from minutebook.pagemap import file_page_of, map_agenda_pages, printed_to_file
from minutebook.text import read_document


def _doc(printed: list[int | None]) -> Document:
    return Document("x.pdf", "0", "pdf", [Page(i + 1, ["text"], printed=p) for i, p in enumerate(printed)])


def test_blank_pages_between_stamps_take_their_number() -> None:
    # front sheet, blank, then pack pages 1..5 with page 2 and 4 blank (unstamped)
    doc = _doc([None, None, 1, None, 3, None, 5])
    assert printed_to_file(doc) == {1: 3, 2: 4, 3: 5, 4: 6, 5: 7}


def test_nothing_is_guessed_before_the_first_stamp_or_across_a_jump() -> None:
    doc = _doc([None, 1, 2, None, 9])
    mapping = printed_to_file(doc)
    assert 0 not in mapping and 3 not in mapping
    assert mapping == {1: 2, 2: 3, 9: 5}


def test_front_sheet_ranges_are_not_mapped_when_the_file_prints_no_numbers() -> None:
    item = AgendaItem("3", "Minutes", pages=[1, 10])
    map_agenda_pages(_doc([None, None, None]), [item])
    assert item.file_pages is None


def test_supplement_pack_agenda_range_points_at_the_report_pages() -> None:
    doc = read_document(corpus_file("kent/kent_county_council_2025-01-09_item3_supplement_devolution.pdf"))
    sub = AgendaItem("3a", "sub", pages=[5, 6])
    item = AgendaItem("3", "English Devolution White Paper", pages=[1, 18], items=[sub])
    map_agenda_pages(doc, [item])
    assert item.file_pages == [3, 20]
    assert item.items[0].file_pages == [7, 8]
    assert file_page_of(doc, 1) == 3
    # the page the map names is the one that printed the number
    assert doc.pages[file_page_of(doc, 18) - 1].printed == 18


def test_budget_pack_blank_pages_are_mapped_through() -> None:
    doc = read_document(corpus_file("kent/kent_county_council_2025-02-13_budget_amendments_supplement_pack.pdf"))
    mapping = printed_to_file(doc)
    assert mapping[2] == 4  # an intentionally blank page without a stamp
    assert mapping[7] == 9
