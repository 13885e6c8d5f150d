"""What the text layer takes off a page, and what it must leave alone."""

from __future__ import annotations

from minutebook.model import Page
from minutebook.text.cleanup import clean_pages


def pages_of(*texts: str) -> list[Page]:
    return [Page(number=i + 1, lines=t.split("\n")) for i, t in enumerate(texts)]


def test_moderngov_page_stamp_is_removed_and_remembered_as_the_printed_number():
    pages = clean_pages(pages_of("Report\nbody text", "more text\nPage 17", "end\nPage 18 Agenda Item 3"))
    assert [p.printed for p in pages] == [None, 17, 18]
    assert pages[1].lines == ["more text"] and pages[1].removed == ["Page 17"]
    assert pages[2].lines == ["end"]


def test_bare_page_numbers_that_track_the_file_page_go_and_figures_stay():
    pages = clean_pages(pages_of("1\nMinutes\ntext", "2\nmore\ntext", "3\nTotal\n382"))
    assert [p.lines[0] for p in pages] == ["Minutes", "more", "Total"]
    assert [p.printed for p in pages] == [1, 2, 3]
    # "382" ends page 3 but is no page number (its offset from the file page matches no other)
    assert pages[2].lines[-1] == "382"


def test_running_header_repeats_go_the_first_stays():
    header = "Kent County Council Labour Group - Alternative Budget"
    pages = clean_pages(pages_of(*[f"{header}\nsection {n}\ntext" for n in range(1, 5)]))
    assert pages[0].lines[0] == header
    assert all(header not in p.lines for p in pages[1:])
    assert all(header in p.removed for p in pages[1:])


def test_headings_that_differ_only_by_number_are_not_running_headers():
    pages = clean_pages(pages_of(*[f"Question {n}\nCOUNTY COUNCIL\nanswer" for n in range(1, 6)]))
    assert [p.lines[0] for p in pages] == [f"Question {n}" for n in range(1, 6)]


def test_blank_page_notice_orphan_bold_and_footnote_debris_go_bold_inside_lines_stays():
    (page,) = clean_pages(pages_of("**Minutes** of the meeting\n**\nThis page is intentionally left blank\n³\nEnd"))
    assert page.lines == ["**Minutes** of the meeting", "End"]
    assert len(page.removed) == 3


def test_unpaged_text_keeps_numbers_that_are_content():
    (page,) = clean_pages(pages_of("Figures\n\n190\n\nfoster households\nPage 34\nmore"))
    assert page.lines == ["Figures", "", "190", "", "foster households", "more"]
    assert page.printed == 34  # short enough to be one printed page


def test_a_stamp_inside_a_whole_unpaged_pack_numbers_no_file_page():
    (page,) = clean_pages(pages_of("\n".join(["text"] * 500 + ["Page 34"] + ["more"] * 500)))
    assert "Page 34" in page.removed and page.printed is None


def test_a_time_run_into_the_date_after_it_gets_its_space_back_and_nothing_else_changes():
    pages = clean_pages(pages_of("Licensing Panel\n6.30pm12 March 2024\n10am3rd June 2023\nRoom 4pm3 stays"))
    assert pages[0].lines == ["Licensing Panel", "6.30pm 12 March 2024", "10am 3rd June 2023", "Room 4pm3 stays"]


def test_a_running_header_after_page_stamps_in_unpaged_text_goes_after_its_first_showing():
    body = [f"point {n}\n\nPage {n}\n\nCabinet – 20 May 2025\n" for n in range(1, 5)]
    (page,) = clean_pages(pages_of("Cabinet – 20 May 2025\n" + "".join(body) + "RESOLVED that the report be noted."))
    kept = [ln for ln in page.lines if ln.strip()]
    assert kept.count("Cabinet – 20 May 2025") == 1
    assert kept[-1] == "RESOLVED that the report be noted."
    assert "point 4" in kept


def test_a_report_stamp_after_page_stamps_stays():
    text = "".join(f"text {n}\nPage {n}\nAgenda Item {n}\n" for n in range(1, 5))
    (page,) = clean_pages(pages_of(text))
    assert [ln for ln in page.lines if ln.startswith("Agenda Item")] == [f"Agenda Item {n}" for n in range(1, 5)]


def test_a_footer_with_its_page_number_in_a_cell_of_its_own_is_running_matter():
    footer = "Chairman’s initials ........................\t{}"
    texts = [f"{n}{n}. Minute heading\nBody line {n}a\nBody line {n}b\n{footer.format(n)}" for n in range(1, 5)]
    pages = clean_pages(pages_of(*texts))
    assert [p.removed for p in pages] == [[], [footer.format(2)], [footer.format(3)], [footer.format(4)]]
    # a table's last rows on each page, their figures not following the pages, stay
    table = clean_pages(pages_of(*(f"Heading {n}\nTotal\t{n * 7}\nrow\t{n * n}" for n in range(1, 5))))
    assert table[3].lines == ["Heading 4", "Total\t28", "row\t16"]


def test_markdown_from_a_converter_reads_as_its_text():
    from minutebook.text.plaintext import unescape_markdown

    text = "## 45\\. Declarations of Interest\n1\\. That the rate of 146[^2] be noted\\\nAnn Lee -- Chief Executive\n"
    assert unescape_markdown(text) == (
        "## 45. Declarations of Interest\n1. That the rate of 146 be noted\nAnn Lee – Chief Executive\n"
    )


def test_a_minute_books_page_reference_goes_from_every_page_and_a_decision_heading_stays():
    pages = clean_pages(
        pages_of(*[f"2026 CAB {141 + n}\nDecision\nThe Committee noted report {n}.\nmore text" for n in range(4)])
    )
    assert [p.lines[0] for p in pages] == ["Decision"] * 4
    assert pages[0].removed == ["2026 CAB 141"]
