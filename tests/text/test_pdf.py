"""The PDF text layer: reading order, repairs, running lines and honest failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from shared_corpus import corpus_file

from minutebook.errors import UnreadableDocument
from minutebook.model import Page
from minutebook.text import read_document
from minutebook.text.pdf import _lines_with_tables, _Run, build_lines, repair_hyphens, strip_running_lines
from minutebook.text.pdftables import RuledTable

DATA = Path(__file__).parent / "data"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "minutebook.cli", *args], capture_output=True, text=True, timeout=120)


# ---------------------------------------------------------------- reading order


def test_two_column_list_is_read_row_by_row_with_a_tab() -> None:
    # Content streams often give the left column first; the reader must rebuild rows by position.
    runs = [
        _Run(50, 700, 150, 710, "Mr A Able"),
        _Run(50, 686, 150, 696, "Mr C Cole"),
        _Run(300, 700, 400, 710, "Mrs B Bell"),
        _Run(300, 686, 400, 696, "Ms D Dean"),
    ]
    assert [ln.text for ln in build_lines(runs)] == ["Mr A Able\tMrs B Bell", "Mr C Cole\tMs D Dean"]


def test_text_set_over_other_text_is_a_column_of_its_own() -> None:
    # A heading box that runs under a contact box beside it: the two never join into one word.
    runs = [_Run(58, 772, 411, 786, "ASHVALE DISTRICT COUNCIL"), _Run(275, 774, 330, 781, "Direct line: 01632")]
    assert build_lines(runs)[0].text == "ASHVALE DISTRICT COUNCIL\tDirect line: 01632"


def test_a_number_cell_spaced_inside_by_pdfium_is_closed_up() -> None:
    runs = [_Run(50, 700, 120, 710, "East Midlands"), _Run(200, 700, 230, 710, "32 .9")]
    runs.append(_Run(300, 700, 330, 710, "0. 13"))
    assert build_lines(runs)[0].text == "East Midlands\t32.9\t0.13"
    # words and figures in prose are left alone
    assert build_lines([_Run(50, 700, 300, 710, "in 2023. 14 children")])[0].text == "in 2023. 14 children"


def test_text_inside_a_tables_box_but_in_none_of_its_cells_is_kept() -> None:
    # A poster's four tiles side by side, the rules closing cells round the outer two only: the middle tiles'
    # words are still read, as lines of the page.
    rows = [[(400, 670, 1156, 700)], [(400, 505, 584, 670), (972, 505, 1156, 670)]]
    table = RuledTable((400, 505, 1156, 700), rows)

    def run(x: float, y: float, text: str) -> _Run:
        return _Run(x, y - 4, x + 5 * len(text), y + 4, text)

    runs = [run(410, 685, "How we are doing"), run(410, 600, "Custody"), run(600, 600, "Reoffending")]
    runs += [run(800, 600, "Frequency"), run(980, 600, "Entrants"), run(600, 580, "32.4%")]
    texts = [ln.text for ln in _lines_with_tables(runs, [table])]
    # (a block of their own, together, under the table's rows)
    assert texts[-2:] == ["Reoffending\tFrequency", "32.4%"]


def test_a_ruled_table_with_a_heading_spanning_rows_and_columns_keeps_its_grid() -> None:
    # 'Area' spans both heading rows; each measure spans two period columns (a YJP table's grouped heading).
    rows = [
        [(54, 633, 157, 673), (157, 653, 349, 673), (349, 653, 541, 673)],
        [(157, 633, 253, 653), (253, 633, 349, 653), (349, 633, 445, 653), (445, 633, 541, 653)],
        [(54, 614, 157, 633), (157, 614, 253, 633), (253, 614, 349, 633), (349, 614, 445, 633), (445, 614, 541, 633)],
    ]
    table = RuledTable((54, 614, 541, 673), rows)

    def run(x: float, y: float, text: str) -> _Run:
        return _Run(x, y - 4, x + 5 * len(text), y + 4, text)

    runs = [run(60, 653, "Area"), run(160, 663, "Binary rate (%)"), run(352, 663, "Per reoffender")]
    runs += [run(160, 643, "2022"), run(256, 643, "2023"), run(352, 643, "2022"), run(448, 643, "2023")]
    runs += [run(60, 623, "Ashvale"), run(160, 623, "36.4"), run(256, 623, "33.1"), run(352, 623, "4.27")]
    runs.append(run(448, 623, "3.69"))
    assert [ln.text for ln in _lines_with_tables(runs, [table])] == [
        "Area\tBinary rate (%)\t\tPer reoffender",
        "\t2022\t2023\t2022\t2023",
        "Ashvale\t36.4\t33.1\t4.27\t3.69",
    ]


def test_a_ruled_cell_holding_a_heading_over_paragraphs_keeps_its_lines() -> None:
    """Minutes set out as a table ('Minute No. | Item | Action'): a cell's bold title, wrapped or not, is the row's
    line and the paragraphs under it stay lines of their own, so the title stays a heading; a cell of names one a
    line, and a narrow column's wrapped words, are still joined into the row."""
    rows = [
        [(54, 560, 130, 700), (130, 560, 460, 700), (460, 560, 540, 700)],
        [(54, 480, 130, 560), (130, 480, 460, 560), (460, 480, 540, 560)],
    ]
    table = RuledTable((54, 480, 540, 700), rows)

    def run(x: float, y: float, text: str) -> _Run:
        return _Run(x, y - 4, x + 4.5 * len(text), y + 4, text)

    body = [
        "Apologies for absence were received from Councillor Nigel",
        "Brayford and Councillor Rachel Quinn. There were no",
        "substitutions.",
    ]
    runs = [run(58, 690, "AG/26/01"), run(134, 690, "Apologies for Absence and")]
    runs += [run(134, 678, "Substitutions")] + [run(134, 666 - 12 * k, t) for k, t in enumerate(body)]
    runs += [run(464, 690, "AP"), run(464, 678, "23.03.26")]
    names = ["Councillor Margaret Ellison (Chair)", "Councillor David Prothero", "Councillor Amrit Bains"]
    runs += [run(58, 550, "Members")] + [run(134, 550 - 12 * k, t) for k, t in enumerate(names)]
    assert [ln.text for ln in _lines_with_tables(runs, [table])] == [
        "AG/26/01\tApologies for Absence and Substitutions\tAP 23.03.26",
        *body,
        "Members\t" + " ".join(names),
    ]


def test_a_word_hyphenated_at_a_cells_line_end_is_joined_without_a_space() -> None:
    table = RuledTable((50, 600, 400, 640), [[(50, 600, 100, 640), (100, 600, 400, 640)]])
    runs = [_Run(55, 625, 70, 633, "R1"), _Run(105, 625, 390, 633, "That the post be funded from the long-")]
    runs += [_Run(105, 610, 300, 618, "term empty homes premium and a two-"), _Run(105, 602, 200, 609, "- storey plan")]
    assert [ln.text for ln in _lines_with_tables(runs, [table])] == [
        "R1\tThat the post be funded from the long-term empty homes premium and a two- - storey plan"
    ]


def test_list_label_with_hanging_indent_is_joined_by_a_space() -> None:
    runs = [_Run(50, 700, 60, 710, "3."), _Run(90, 700, 300, 710, "Minutes of the last meeting")]
    assert build_lines(runs)[0].text == "3. Minutes of the last meeting"


def test_ligatures_are_spelled_out() -> None:
    assert build_lines([_Run(50, 700, 200, 710, "The \ufb01nancial of\ufb01cer")])[0].text == "The financial officer"


def test_line_end_hyphen_joins_a_split_word_but_keeps_real_hyphens() -> None:
    lines = ["the Council's Demo-", "cratic Services team, city-", "regions and Mr Barrington-", "King attended"]
    # the document spells 'democratic' elsewhere, never 'cityregions' or 'barringtonking'
    vocabulary = {"democratic", "city", "regions", "barrington", "king"}
    assert repair_hyphens(lines, vocabulary) == [
        "the Council's Democratic",
        "Services team, city-regions",
        "and Mr Barrington-King",
        "attended",
    ]


def test_a_range_of_years_broken_at_its_hyphen_is_one_again() -> None:
    lines = ["the draft Strategy 2026-", "2032 and its action plan for", "the years 10-", "17 of age"]
    assert repair_hyphens(lines, set()) == [
        "the draft Strategy 2026-2032",
        "and its action plan for",
        "the years 10-",
        "17 of age",
    ]


def test_a_ruled_cell_whose_heading_has_space_after_it_ends_there_in_a_wide_column() -> None:
    """A wide column whose paragraph lines are all well short of its widest line (a RESOLVED line runs to the
    edge): the space set after the bold title says where the heading ends, not the lines' lengths."""
    table = RuledTable((54, 400, 560, 700), [[(54, 400, 130, 700), (130, 400, 560, 700)]])

    def run(x: float, y: float, text: str) -> _Run:
        return _Run(x, y - 4, x + 4.5 * len(text), y + 4, text)

    body = [
        "The minutes of the meeting held on 14 January 2026 were",
        "submitted together with the Board’s action log.",
        "RESOLVED: That the Board approve the minutes of the meeting held on 14 January as a record.",
    ]
    runs = [run(58, 690, "HWB 25/26 43"), run(134, 690, "Minutes of the Previous Meeting and Action Log")]
    runs += [run(134, 672 - 12 * k, t) for k, t in enumerate(body)]
    assert [ln.text for ln in _lines_with_tables(runs, [table])] == [
        "HWB 25/26 43\tMinutes of the Previous Meeting and Action Log",
        *body,
    ]


def test_letter_spaced_heading_and_paragraph_numbers_read_as_words() -> None:
    assert build_lines([_Run(200, 700, 300, 712, "A G E N D A")])[0].text == "AGENDA"
    runs = [_Run(72, 700, 85, 710, "1.2"), _Run(87.5, 700, 300, 710, "The decision to request")]
    assert build_lines(runs)[0].text == "1.2 The decision to request"
    runs = [_Run(72, 700, 200, 711, "work with you ove"), _Run(201.9, 700, 207, 711, "r the")]
    assert build_lines(runs)[0].text == "work with you over the"


def test_numbered_headings_are_not_running_lines_and_a_running_header_stays_once() -> None:
    pages = [Page(i + 1, [f"Question {i + 1}", "COUNTY COUNCIL", f"Question by member {i}", "text"]) for i in range(5)]
    strip_running_lines(pages)
    assert pages[0].lines[:2] == ["Question 1", "COUNTY COUNCIL"]
    assert pages[3].lines[0] == "Question 4" and "COUNTY COUNCIL" not in pages[3].lines
    assert "COUNTY COUNCIL" in pages[3].removed


def test_running_footer_and_pack_page_stamp_are_removed_and_remembered() -> None:
    topics = ["roads", "schools", "parks", "libraries"]
    pages = [
        Page(i + 1, [f"About {t}", f"On {t}", "Cabinet 30 January 2025", f"Page {i + 3}"]) for i, t in enumerate(topics)
    ]
    strip_running_lines(pages)
    assert [p.printed for p in pages] == [3, 4, 5, 6]
    assert pages[1].lines == ["About schools", "On schools"]
    assert "Cabinet 30 January 2025" in pages[1].removed


def test_a_footer_with_its_page_number_in_a_cell_of_its_own_goes_from_every_page() -> None:
    topics = ["roads", "schools", "parks", "libraries"]
    pages = [Page(i + 1, [f"About {t}", f"On {t}", f"Council 24 February 2026\t{i + 1}"]) for i, t in enumerate(topics)]
    pages += [Page(5, ["More", "text", "5\tAP2 140126"])]
    strip_running_lines(pages)
    assert [p.lines for p in pages[:2]] == [["About roads", "On roads"], ["About schools", "On schools"]]
    assert pages[0].removed == ["Council 24 February 2026\t1"]


def test_a_minute_number_in_the_margin_beside_a_ruled_table_s_row_opens_that_row() -> None:
    table = RuledTable(
        (100, 600, 400, 640),
        [[(100, 620, 200, 640), (200, 620, 400, 640)], [(100, 600, 200, 620), (200, 600, 400, 620)]],
    )
    runs = [
        _Run(60, 626, 80, 634, "258"),
        _Run(105, 626, 190, 634, "Application Number"),
        _Run(205, 626, 300, 634, "25/01234/CH"),
    ]
    runs += [_Run(105, 606, 150, 614, "Ward"), _Run(205, 606, 300, 614, "Weald Central")]
    assert [ln.text for ln in _lines_with_tables(runs, [table])] == [
        "258\tApplication Number\t25/01234/CH",
        "Ward\tWeald Central",
    ]


def test_a_bare_number_at_the_top_of_a_page_whose_footer_counts_it_is_kept() -> None:
    pages = [Page(i + 1, [f"Heading {i}", f"text {i}", f"more {i}", f"P 210126\t{i + 1}"]) for i in range(4)]
    pages[1].lines.insert(0, "258")
    strip_running_lines(pages)
    assert pages[1].lines == ["258", "Heading 1", "text 1", "more 1"]


def test_a_running_footer_goes_from_the_first_page_too() -> None:
    pages = [Page(i + 1, [f"Heading {i}", f"text {i}", f"more {i}", "YOUR COUNCIL online"]) for i in range(4)]
    strip_running_lines(pages)
    assert pages[0].lines == ["Heading 0", "text 0", "more 0"] and pages[0].removed == ["YOUR COUNCIL online"]


def test_a_title_s_last_word_at_a_page_s_top_is_kept_where_a_bare_number_at_its_foot_counts_it() -> None:
    pages = [Page(i + 1, [f"Heading {i}", f"text {i}", f"more {i}", f"{i + 1}"]) for i in range(4)]
    pages[3].lines.insert(0, "2031")
    strip_running_lines(pages)
    assert pages[3].lines == ["2031", "Heading 3", "text 3", "more 3"] and pages[3].removed == ["4"]


def test_a_footer_whose_page_number_sits_between_dashes_in_its_own_cell_goes() -> None:
    pages = [
        Page(i + 1, [f"Heading {i}", f"text {i}", f"Planning Committee 5 February 2026\t- {i + 1} -"]) for i in range(4)
    ]
    strip_running_lines(pages)
    assert all(len(p.lines) == 2 for p in pages)


def _make_pdf(path: Path, rows: list[tuple[str, float, float]], rotate: int = 0) -> Path:
    """A one-page PDF with Helvetica text at visual positions (x, y up) of the
    page as a reader sees it; with rotate=90 the page is stored portrait with
    /Rotate 90 and the text turned to read level, as landscape tables often are."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    for text, x, y in rows:
        obj = raw.FPDFPageObj_NewTextObj(pdf, b"Helvetica", ctypes.c_float(11))
        buf = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
        raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
        if rotate == 90:
            raw.FPDFPageObj_Transform(obj, 0, 1, -1, 0, 595 - y, x)
        else:
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        raw.FPDFPage_InsertObject(page, obj)
    raw.FPDFPage_GenerateContent(page)
    if rotate:
        page.set_rotation(rotate)
    pdf.save(str(path))
    pdf.close()
    return path


ROWS = [
    ("Mr A Able", 50, 500),
    ("Mrs B Bell", 400, 500),
    ("Mr C Cole", 50, 486),
    ("Ms D Dean", 400, 486),
    ("Page 7", 400, 30),
]


@pytest.mark.parametrize("rotate", [0, 90])
def test_columns_read_row_by_row_on_upright_and_rotated_pages(tmp_path: Path, rotate: int) -> None:
    doc = read_document(_make_pdf(tmp_path / f"r{rotate}.pdf", ROWS, rotate))
    assert doc.pages[0].lines == ["Mr A Able\tMrs B Bell", "Mr C Cole\tMs D Dean"]
    assert doc.pages[0].printed == 7


def _set_pieces(path: Path, lines: list[tuple[float, list[tuple[str, bytes, float]]]]) -> Path:
    """A one-page PDF with each piece of text its own text object, set left to right along its line
    from x=50, each followed by its gap: how Word sets a word or a run of one font, and a browser a
    letter-spaced glyph."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    for y, pieces in lines:
        x = 50.0
        for text, font, gap in pieces:
            obj = raw.FPDFPageObj_NewTextObj(pdf, font, ctypes.c_float(11))
            buf = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
            raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            raw.FPDFPage_InsertObject(page, obj)
            box = [ctypes.c_float() for _ in range(4)]
            raw.FPDFPageObj_GetBounds(obj, *box)
            x = box[2].value + gap
    raw.FPDFPage_GenerateContent(page)
    pdf.save(str(path))
    pdf.close()
    return path


def test_a_line_set_as_several_text_objects_is_cut_where_each_begins(tmp_path: Path) -> None:
    # Word sets a text object a word (or a run of one font): pdfium gives the line one rectangle per
    # object, and each piece must start where its object does, a word or a font change inside a word.
    lines = [
        [
            ("The", b"Helvetica", 3),
            ("County", b"Helvetica-Bold", 3),
            ("Coun", b"Helvetica", 0),
            ("cil", b"Helvetica-Bold", 3),
        ],
        [("Name", b"Helvetica", 200), ("Role", b"Helvetica", 3)],
    ]
    path = _set_pieces(tmp_path / "objects.pdf", list(zip((700, 680), lines, strict=True)))
    assert read_document(path).pages[0].lines == ["The County Council", "Name\tRole"]


def test_page_in_an_agendas_page_column_is_a_reference_not_the_stamp(tmp_path: Path) -> None:
    # 'Page 11' in the right-hand cell of an agenda row is the paper's page; the pack's own 'Page 2' at
    # the foot, alone on its line, is the stamp.
    lines = [
        (700, [("6. Work Programme 2025/26", b"Helvetica", 250), ("Page 11", b"Helvetica", 3)]),
        (40, [("Page 2", b"Helvetica", 3)]),
    ]
    page = read_document(_set_pieces(tmp_path / "agenda.pdf", lines)).pages[0]
    assert page.lines == ["6. Work Programme 2025/26\tPage 11"]
    assert page.printed == 2


# ---------------------------------------------------------------- real Kent PDFs


def test_kent_minutes_read_in_order_with_pages_kept() -> None:
    doc = read_document(corpus_file("kent/kent_county_council_2025-01-09_printed_minutes.pdf"))
    assert len(doc.pages) == 10
    first = doc.pages[0].lines
    assert first[0] == "KENT COUNTY COUNCIL"
    assert any(ln.startswith("PRESENT: Mr N Baker, Mr M Baldock") for ln in first)
    assert "283. Apologies for Absence" in first
    assert doc.text().count("\f") == 9


def test_pack_pages_carry_the_printed_moderngov_number() -> None:
    doc = read_document(corpus_file("kent/kent_county_council_2025-01-09_item3_supplement_devolution.pdf"))
    printed = [p.printed for p in doc.pages]
    assert printed[:3] == [None, None, 1]  # letter and blank page are not numbered
    assert printed[-1] == 18
    assert not any(ln.strip() == "Page 18" for ln in doc.pages[-1].lines)
    assert "Page 18" in doc.pages[-1].removed
    assert doc.pages[1].lines == []  # 'This page is intentionally left blank' comes off


def test_margin_stamp_does_not_break_a_table_row() -> None:
    doc = read_document(corpus_file("kent/kent_county_council_2025-02-13_budget_amendments_supplement_pack.pdf"))
    page = doc.pages[8]
    assert page.printed == 7
    assert any(ln.startswith("-88,865.5\t-290.5\t-89,156.0 TOTAL SAVINGS & INCOME") for ln in page.lines)


# ---------------------------------------------------------------- failures


def _reason(path: Path) -> str:
    with pytest.raises(UnreadableDocument) as info:
        read_document(path)
    assert str(path) in str(info.value)
    return info.value.reason


def test_scanned_pdf_is_reported_as_having_no_text_layer() -> None:
    reason = _reason(corpus_file("other/scanned-agenda-pack-no-text-layer.pdf"))
    assert "no text layer" in reason and "--ocr" in reason


def test_encrypted_pdf_says_it_needs_a_password() -> None:
    assert "encrypted" in _reason(DATA / "encrypted.pdf")


def test_truncated_pdf_says_truncated(tmp_path: Path) -> None:
    src = corpus_file("kent/kent_cabinet_2025-01-30_agenda_frontsheet.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(src[: len(src) // 2])
    assert "truncated" in _reason(cut)


def test_zero_byte_pdf_says_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert "empty" in _reason(empty)


def test_junk_called_pdf_says_not_a_pdf(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(bytes(range(256)) * 8)
    assert "not a PDF" in _reason(junk)


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = corpus_file("kent/kent_cabinet_2025-01-30_agenda_frontsheet.pdf")
    proc = _cli("parse", "--json", str(DATA / "encrypted.pdf"), str(good))
    assert proc.returncode == 1
    assert "encrypted.pdf: encrypted PDF" in proc.stderr
    assert len(proc.stdout.strip().splitlines()) == 1
    assert good.name in proc.stdout


# ---------------------------------------------------------------- ruled tables


def test_ruled_table_cells_with_wrapped_text_become_one_tab_row() -> None:
    doc = read_document(corpus_file("kent/kent_county_council_2025-01-09_item3_supplement_devolution.pdf"))
    text = doc.text()
    # the cell wraps over four lines in the PDF; one row, cells separated by TABs
    assert "Removal of gateway review from investment fund, after Gateway One complete\t\t\tX" in text


def test_layout_boxes_are_not_mistaken_for_table_cells() -> None:
    # Appendix D's column-group boxes hold many columns each: the row-by-position lines are kept.
    doc = read_document(corpus_file("kent/kent_county_council_2025-02-13_budget_amendments_supplement_pack.pdf"))
    assert any(ln.startswith("31,721.5\t31,721.5 Base Budget Changes\t10,289.7") for ln in doc.pages[8].lines)


def _rule(pdf, page, x0: float, y0: float, x1: float, y1: float) -> None:  # noqa: ANN001
    import pypdfium2.raw as raw

    path = raw.FPDFPageObj_CreateNewPath(x0, y0)
    raw.FPDFPath_LineTo(path, x1, y1)
    raw.FPDFPath_SetDrawMode(path, 0, True)
    raw.FPDFPage_InsertObject(page, path)


def test_generated_ruled_table_with_a_wrapped_cell_reads_as_one_row(tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    path = _make_pdf(
        tmp_path / "t.pdf",
        [
            ("Name", 60, 686),
            ("Role", 260, 686),
            ("Mr A Able", 60, 665),
            ("of Kent", 60, 650),
            ("Chair", 260, 665),
            ("Notes below", 60, 600),
        ],
    )
    pdf = pdfium.PdfDocument(path)
    page = pdf[0]
    for y in (700, 680, 640):
        _rule(pdf, page, 50, y, 450, y)
    for x in (50, 250, 450):
        _rule(pdf, page, x, 640, x, 700)
    raw.FPDFPage_GenerateContent(page)
    out = tmp_path / "table.pdf"
    pdf.save(str(out))
    pdf.close()
    lines = read_document(out).pages[0].lines
    assert lines == ["Name\tRole", "Mr A Able of Kent\tChair", "Notes below"]


def test_a_dense_drawing_is_not_searched_for_tables(tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from minutebook.text.pdftables import find_tables

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(842, 595)
    for k in range(600):
        _rule(pdf, page, 10, 10 + k * 0.9, 830, 10 + k * 0.9)
        _rule(pdf, page, 10 + k * 1.3, 10, 10 + k * 1.3, 580)
    raw.FPDFPage_GenerateContent(page)
    assert find_tables(page) == []


def test_scanned_pages_inside_a_text_pdf_are_named(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(corpus_file("kent/kent_cabinet_2025-01-30_agenda_frontsheet.pdf")), [0])
    mixed.import_pages(pdfium.PdfDocument(corpus_file("other/scanned-agenda-pack-no-text-layer.pdf")), [0])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    mixed.close()
    doc = read_document(path)
    assert doc.pages[0].lines and doc.pages[1].lines == []
    assert any("page 2 has no text layer" in w and "--ocr" in w for w in doc.warnings)


def test_pdf_with_no_pages_is_a_named_failure(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    path = tmp_path / "nopages.pdf"
    pdf = pdfium.PdfDocument.new()
    pdf.save(str(path))
    pdf.close()
    reason = _reason(path)  # pdfium's own error code for this case is unreliable, hence either wording
    assert "no pages" in reason or "cannot open" in reason


def test_a_cell_set_a_glyph_at_a_time_is_one_column_but_a_real_gap_is_two():
    """Browsers print each glyph as its own text object: a cell then holds a run a letter, and only
    neighbours on a line say whether the cell's text splits into columns."""
    from minutebook.text.pdf import _holds_columns, _Run

    letters = [_Run(60 + 6 * i, 655, 65 + 6 * i, 663, ch) for i, ch in enumerate("Apologies")]
    assert not _holds_columns(letters)
    assert _holds_columns(letters + [_Run(300, 655, 330, 663, "Present")])


def test_digits_set_a_glyph_at_a_time_stay_one_number():
    from minutebook.text.pdf import _Run, build_lines

    runs = [
        _Run(57.9, 273.4, 64.0, 282.1, "2"),
        _Run(66.3, 273.4, 72.2, 281.9, "1"),
        _Run(74.2, 273.4, 76.2, 275.6, ". "),
    ]
    runs += [_Run(97.7, 273.4, 105.6, 281.9, "D"), _Run(107.3, 273.4, 113.2, 281.9, "E")]
    assert build_lines(runs)[0].text.startswith("21.")


def test_a_letter_spaced_heading_loses_the_spaces_pdfium_reads_into_kerning_gaps(tmp_path: Path) -> None:
    # Letter-spaced capitals set a glyph at a time: where a pair's gap is a shade wider than the rest,
    # pdfium adds a word space ('KEL L INGFORD'); a space no wider than the letters' own gaps is none.
    import pypdfium2 as pdfium

    letters = [(c, 1.5) for c in "KE"] + [("L", 2.0), ("L", 2.0)] + [(c, 1.5) for c in "INGFOR"]
    letters += [("D", 7.0)] + [(c, 1.5) for c in "COUNCIL"]
    path = _set_pieces(tmp_path / "spaced.pdf", [(700, [(c, b"Helvetica-Bold", gap) for c, gap in letters])])
    assert pdfium.PdfDocument(path)[0].get_textpage().get_text_range() == "KEL L INGFORD COUNCIL"
    assert read_document(path).pages[0].lines == ["KELLINGFORD COUNCIL"]


def test_a_table_whose_row_rules_stop_short_of_its_frame_keeps_its_rows(tmp_path: Path) -> None:
    # Browsers draw a cell's bottom border to the cell's edge, a point inside the box's frame:
    # pdfplumber's table finder lets rules meet within 3 points, so the rows stay rows.
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    path = _make_pdf(
        tmp_path / "t.pdf",
        [("Ward", 60, 686), ("Chandlery", 260, 686), ("Grounds", 60, 666), ("Public nuisance", 260, 666)],
    )
    pdf = pdfium.PdfDocument(path)
    page = pdf[0]
    for y in (700, 660):
        _rule(pdf, page, 50, y, 450, y)  # the frame
    _rule(pdf, page, 52, 680, 447.5, 680)  # a row's border, short of the frame at both ends
    for x in (50, 450):
        _rule(pdf, page, x, 660, x, 700)
    _rule(pdf, page, 250, 660, 250, 700)
    raw.FPDFPage_GenerateContent(page)
    out = tmp_path / "short.pdf"
    pdf.save(str(out))
    pdf.close()
    assert read_document(out).pages[0].lines == ["Ward\tChandlery", "Grounds\tPublic nuisance"]


def test_a_table_cut_by_the_page_end_closes_its_last_row() -> None:
    """Column rules stopping together at the foot of the page with no rule across: the row runs on over
    the page, and its cells close where the rules stop."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from minutebook.text.pdftables import find_tables

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    for y in (700, 680, 640):
        _rule(pdf, page, 50, y, 350, y)
    for x in (50, 150, 250, 350):
        _rule(pdf, page, x, 700, x, 560)  # down to the page's foot margin, no rule across at 560
    raw.FPDFPage_GenerateContent(page)
    (table,) = find_tables(page)
    assert [len(row) for row in table.rows] == [3, 3, 3]
    assert abs(table.box[1] - 560) < 2  # the last row reaches the cut


def test_commas_set_alone_stay_on_their_line_and_make_no_column() -> None:
    """A browser sets each glyph of justified text on its own: a comma's box sits low and is too short to
    overlap the letters by half, but it belongs to their line, and two commas far apart are no columns."""
    from minutebook.text.pdf import _holds_columns

    def word(x: float, text: str, base: float = 700) -> _Run:
        return _Run(x, base, x + 5 * len(text), base + 7, text)  # no descenders: the box sits on the baseline

    def comma(x: float, base: float = 700) -> _Run:
        return _Run(x, base - 2.5, x + 2, base + 1, ",")

    runs = [word(50, "Services"), comma(90), word(95, "in"), word(108, "consultation"), comma(168), word(173, "with")]
    runs += [word(50, "the"), word(68, "Cabinet"), word(110, "Member")]
    runs[6:] = [_Run(r.left, r.bottom - 11, r.right, r.top - 11, r.text) for r in runs[6:]]
    assert [ln.text for ln in build_lines(runs)] == ["Services, in consultation, with", "the Cabinet Member"]
    assert not _holds_columns(runs)


def _two_columns(left: list[str], right: list[str]) -> list[_Run]:
    """A heading across the page over two columns set line for line on one grid (as CSS columns set them)."""
    runs = [_Run(50, 780, 540, 792, "MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON 14 OCTOBER 2025")]
    for k, text in enumerate(left):
        runs.append(_Run(50, 750 - 14 * k, 50 + 4.5 * len(text), 760 - 14 * k, text))
    for k, text in enumerate(right):
        runs.append(_Run(310, 750 - 14 * k, 310 + 4.5 * len(text), 760 - 14 * k, text))
    return runs


LEFT = [
    "The Town Clerk reported that the rents had not",
    "been reviewed since 2022 and that the income",
    "no longer covered the cost of water and of the",
    "hedges at the two sites, and the shortfall in the",
    "last year had been met from the reserve of the",
    "Council. Members noted that the rents would",
    "still be lower than those of the other councils",
    "in the district and that the society had agreed",
]
RIGHT = [
    "that the increase was fair. It was proposed and",
    "seconded that the rents be increased by ten per",
    "cent from the first of October and the motion was",
    "carried. The Mayor thanked the members of the",
    "society for the work they had done in the year",
    "and the Clerk was asked to write to the tenants",
    "of the plots to tell them of the new rents in the",
    "time that the agreement of the tenancy requires.",
]


def test_a_page_in_two_columns_of_prose_reads_down_each_column() -> None:
    from minutebook.text.pdf import _column_order

    found = _column_order(_two_columns(LEFT, RIGHT), 595)
    assert found is not None
    groups, gutter = found
    assert 250 < gutter < 310  # in the gap between the longest left line and the right column
    text = [ln.text for group in groups for ln in build_lines(group)]
    assert text == ["MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON 14 OCTOBER 2025", *LEFT, *RIGHT]


def test_columns_side_by_side_in_two_languages_or_of_short_cells_are_read_by_rows() -> None:
    """Welsh beside English is a line and its translation; names or figures beside text are a table."""
    from minutebook.text.pdf import _column_order

    welsh = [
        "Adroddodd y Clerc nad oedd y rhenti wedi eu",
        "hadolygu ers 2022 a bod yr incwm yn llai na",
        "chost y dŵr a'r gwrychoedd ar y ddau safle yn y",
        "flwyddyn, a bod y diffyg wedi ei dalu o gronfa",
        "wrth gefn y Cyngor. Nododd yr aelodau y byddai",
        "y rhenti yn is na rhai cynghorau eraill yn yr",
        "ardal a bod y gymdeithas wedi cytuno bod y",
        "cynnydd yn deg ac y dylid ei gymeradwyo yn y",
    ]
    assert _column_order(_two_columns(welsh, LEFT), 595) is None
    figures = ["£3,960.00", "£2,318.25", "£1,284.35", "£850.00", "£412.00", "£96.50", "£1,020.00", "£77.25"]
    assert _column_order(_two_columns(LEFT, figures), 595) is None


def test_a_justified_line_pulled_wide_is_one_line_of_words_not_columns() -> None:
    words = ["Wexcombe", "Community", "Larder", "had", "been"]
    runs, x = [], 50.0
    for w in words:
        runs.append(_Run(x, 700, x + 5 * len(w), 709, w))
        x += 5 * len(w) + 16  # wider than a tab stop at this size
    assert [ln.text for ln in build_lines(runs)] == ["Wexcombe Community Larder had been"]
    headings = [_Run(50 + 70 * k, 700, 90 + 70 * k, 709, w) for k, w in enumerate(["Area", "2022", "2023", "2024"])]
    assert [ln.text for ln in build_lines(headings)] == ["Area\t2022\t2023\t2024"]


def test_a_ruled_tables_columns_on_a_page_of_prose_are_no_gutter() -> None:
    """A wide ruled table's column gaps line up down the page as a gutter does; they are the table's."""
    from minutebook.text.pdf import _column_order

    runs: list[_Run] = []
    for k in range(8):  # the table: a label and three figures a row, a figure column starting mid-page
        y = 700 - 14 * k
        runs += [
            _Run(50, y, 150, y + 9, f"Measure {k}"),
            _Run(300, y, 330, y + 9, "12.3"),
            _Run(360, y, 390, y + 9, "45.6"),
            _Run(420, y, 450, y + 9, "78.9"),
        ]
    for k in range(20):  # prose below it, a word a run
        y = 560 - 14 * k
        runs += [_Run(50 + 100 * w, y, 140 + 100 * w, y + 9, "words ") for w in range(5)]
    box = (45.0, 595.0, 460.0, 712.0)
    table = RuledTable(box, [[(45.0, 700.0 - 14 * k, 200.0, 712.0 - 14 * k)] for k in range(8)])
    assert _column_order(runs, 595, None, [table]) is None


def test_a_running_header_first_printed_on_page_two_is_removed_there_too() -> None:
    """A header from the second page on (the first page has the masthead) would otherwise sit in the middle
    of a sentence that runs over the page."""
    pages = [Page(1, ["TOWN COUNCIL", "Minutes of the meeting", "(d) lintels – RESOLVED: No objection"])]
    said = {2: "(e) signs – RESOLVED: Objection", 3: "2025 and 2042, of which 620", 4: "APPENDIX"}
    pages += [Page(i, ["Town Council – Planning Committee – 17 November 2025", said[i]]) for i in (2, 3, 4)]
    strip_running_lines(pages)
    assert pages[1].lines == ["(e) signs – RESOLVED: Objection"]
    assert "Town Council – Planning Committee – 17 November 2025" in pages[1].removed


def test_a_logo_beside_the_opening_sentence_is_read_before_it_and_its_stops_stay_in_the_sentence():
    # the sentence's lines at 11pt, the logo's at 14pt set between them at the right; the '.' of '2.00' a glyph
    # of its own whose low box touches the logo's line too
    runs = [
        _Run(50, 760, 242, 772, "MINUTES of the meeting held at 2"),
        _Run(242, 760, 245, 763, "."),
        _Run(245, 760, 330, 772, "00 pm on 27"),
        _Run(420, 749, 540, 761, "Brackenshire"),
        _Run(50, 742, 320, 754, "January 2026 at Fellgate House, Stenford."),
        _Run(420, 730, 540, 742, "COUNTY COUNCIL"),
        _Run(50, 718, 520, 730, "These minutes are subject to confirmation by the Cabinet."),
    ]
    assert [ln.text for ln in build_lines(runs)] == [
        "Brackenshire",
        "COUNTY COUNCIL",
        "MINUTES of the meeting held at 2.00 pm on 27",
        "January 2026 at Fellgate House, Stenford.",
        "These minutes are subject to confirmation by the Cabinet.",
    ]


def test_a_grid_cell_filled_to_its_edge_still_ends_where_the_next_column_starts():
    # four columns of names; in the third row a long name leaves less than a column gap before the fourth
    rows = [
        ("Olu Adeyemi", "Carol Everard", "Rupert Lansdowne", "Ian Redfern"),
        ("Farah Akhtar", "Ahmed Farouk", "Fatima Lodhi", "Imran Siddique"),
        ("Charles Ash", "Grace Fitz", "Jonathan Marchbank", "Joanne Stroud"),
        ("Brian Ashworth", "Harriet Foxley", "Alison Marsh", "Leon Thompson"),
    ]
    runs = []
    for k, row in enumerate(rows):
        top = 700 - 14 * k
        rights = [150, 262, 389, 470] if k != 2 else [150, 262, 403, 485]
        for (left, right), name in zip(zip([66, 182, 298, 415], rights, strict=True), row, strict=True):
            runs.append(_Run(left, top - 10, right, top, name))
    assert [ln.text for ln in build_lines(runs)][2] == "Charles Ash\tGrace Fitz\tJonathan Marchbank\tJoanne Stroud"


def test_a_numbered_title_at_a_tab_stop_stays_one_cell():
    runs = [_Run(66, 690, 92, 700, "1."), _Run(101, 690, 200, 700, "Apologies for absence")]
    runs.append(_Run(400, 690, 440, 700, "Pages 3 - 8"))
    runs += [_Run(66, 676 - 14 * k, 80, 686 - 14 * k, "A B") for k in range(3)]  # a column gap before 'C D'

    runs += [_Run(101, 676 - 14 * k, 200, 686 - 14 * k, "C D") for k in range(3)]
    assert build_lines(runs)[0].text == "1. Apologies for absence\tPages 3 - 8"


def test_a_welsh_papers_page_count_footer_goes_from_every_page() -> None:
    topics = ["ffyrdd", "ysgolion", "parciau"]
    pages = [
        Page(i + 1, [f"Am {t}", f"Ar {t}", f"Llythrennau blaen y Cadeirydd: ........\tTudalen {i + 1} o 3"])
        for i, t in enumerate(topics)
    ]
    pages += [Page(4, ["Rhagor", "Tudalen 4"])]
    strip_running_lines(pages)
    assert [p.lines for p in pages] == [
        ["Am ffyrdd", "Ar ffyrdd"],
        ["Am ysgolion", "Ar ysgolion"],
        ["Am parciau", "Ar parciau"],
        ["Rhagor"],
    ]


def test_a_table_cells_heading_over_lettered_paragraphs_keeps_its_lines() -> None:
    # minutes set out as one ruled table: 'Matters Arising' over '(a) ...' / '(b) ...' is a heading over points,
    # not one run-on line that hides the minute's title
    table = RuledTable(
        (50, 600, 500, 700),
        [[(50, 600, 120, 700), (120, 600, 430, 700), (430, 600, 500, 700)]],
    )
    runs = [
        _Run(55, 686, 100, 694, "26/16"),
        _Run(125, 686, 220, 694, "Matters Arising"),
        _Run(125, 672, 425, 680, "(a) Memorial Park benches: two quotations were received for"),
        _Run(125, 658, 425, 666, "repairing the benches. It was resolved to accept the lower one."),
        _Run(125, 644, 425, 652, "(b) Potholes: the Clerk is to write again to the Highways team."),
        _Run(435, 686, 495, 694, "Clerk"),
    ]
    lines = [ln.text for ln in _lines_with_tables(runs, [table])]
    assert lines[0] == "26/16\tMatters Arising\tClerk"
    assert lines[1].startswith("(a) Memorial Park benches")


def test_a_table_cell_of_names_and_roles_one_a_line_keeps_them_apart() -> None:
    table = RuledTable((50, 600, 500, 700), [[(50, 600, 200, 700), (200, 600, 500, 700)]])
    runs = [
        _Run(55, 686, 190, 694, "Officers in attendance"),
        _Run(205, 686, 450, 694, "Martin Oyelaran – Legal Adviser"),
        _Run(205, 672, 450, 680, "Susan Trent – Licensing Officer"),
    ]
    assert [ln.text for ln in _lines_with_tables(runs, [table])] == [
        "Officers in attendance\tMartin Oyelaran – Legal Adviser; Susan Trent – Licensing Officer"
    ]


def test_a_decision_heading_opening_several_pages_is_no_running_header() -> None:
    pages = [Page(i + 1, ["Decision", f"The Committee noted report {i}.", "text"]) for i in range(4)]
    strip_running_lines(pages)
    assert [p.lines[0] for p in pages] == ["Decision"] * 4
