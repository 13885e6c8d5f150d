"""The table reader: TAB rows, pipe tables, page breaks, HTML in cells."""

from __future__ import annotations

from minutebook.extract.tables import columns, find_tables, parse_number
from minutebook.model import Document, Line, Page


def _lines(*pages: list[str]):
    doc = Document("t.txt", "0", "text", [Page(i + 1, list(p)) for i, p in enumerate(pages)], paged=len(pages) > 1)
    return doc.lines()


def test_tab_rows_become_one_table_with_caption_and_row_citations() -> None:
    lines = _lines(
        [
            "Some text before.",
            "Table 1: Partner contributions",
            "Agency\tStaffing\tTotal",
            "Police\t1,000\t1,000",
            "Health\t£2,500\t2,500",
            "",
            "After the table.",
        ]
    )
    [table] = find_tables(lines)
    assert table.caption == "Table 1: Partner contributions"
    assert table.header_rows == 1
    assert table.rows[2] == ["Health", "£2,500", "2,500"]
    assert [c.line for c in table.row_citations] == [3, 4, 5]
    assert table.citation.line == 3


def test_header_repeated_after_page_break_is_dropped_and_rows_join() -> None:
    lines = _lines(
        ["Improvement Plan", "\tAction\tLead\tBy When", "1.\tDo a thing\tA Person\tQ1"],
        ["Improvement Plan", "\tAction\tLead\tBy When", "2.\tDo another\tB Person\tQ2"],
    )
    [table] = find_tables(lines)
    assert [r[0] for r in table.rows] == ["", "1.", "2."]
    assert table.row_citations[2].page == 2


def test_row_split_by_page_break_is_rejoined() -> None:
    lines = _lines(
        ["Agency\tAction\tLead", "1.\tIncrease resilience, raising awareness of the\tJ Carlin"],
        ["\trisks of gang associations\t"],
    )
    [table] = find_tables(lines)
    assert len(table.rows) == 2
    assert table.rows[1][1] == "Increase resilience, raising awareness of the\nrisks of gang associations"


def test_html_fragments_in_cells_are_cleaned() -> None:
    lines = _lines(["Action\tLead", "<p>Review cases</p> <p>Report to Board</p>\t<u>A Seymour</u> &amp; team<br>CYOS"])
    [table] = find_tables(lines)
    assert table.rows[1] == ["Review cases\nReport to Board", "A Seymour & team\nCYOS"]


def test_multi_row_header_joins_spanning_heading() -> None:
    lines = _lines(["Agency\tAnnual Budget\t", "\t2021-22\t2022-23", "Police\t58,235\t59,507", "Budget\t1\t2"])
    [table] = find_tables(lines)
    assert table.header_rows == 2
    assert columns(table) == ["Agency", "Annual Budget 2021-22", "Annual Budget 2022-23"]


def test_markdown_pipe_table() -> None:
    lines = _lines(["| Item | Pages |", "|--|---|", "| 5. Performance | 17 - 40 |", "| 6. Feedback | 41 - 64 |"])
    [table] = find_tables(lines)
    assert table.header_rows == 1
    assert table.rows[1] == ["5. Performance", "17 - 40"]


def test_two_tables_with_the_same_header_and_a_caption_between_stay_apart() -> None:
    lines = _lines(["\tWhite\tMixed", "Male\t43%\t2%", "Census for the county", "\tWhite\tMixed", "Male\t61%\t6%"])
    assert len(find_tables(lines)) == 2


def test_numbers_are_read_as_printed() -> None:
    assert parse_number("1,212,138") == 1212138.0
    assert parse_number("£63,292") == 63292.0
    assert parse_number("-18.80%") == -18.8
    assert parse_number("2021-22") is None
    assert parse_number("Q1") is None


def test_footnote_marks_and_flattened_bullets() -> None:
    assert parse_number("156*") == 156.0
    assert parse_number("25.0%¹") == 25.0
    lines = _lines(
        ["Item\tDetail", 'Reports\t<ul style="list-style-type: none"> • Feedback report • Youth Justice </ul>']
    )
    [table] = find_tables(lines)
    assert table.rows[1][1] == "• Feedback report\n• Youth Justice"


def test_space_aligned_table_with_blank_corner_is_read_like_a_tab_table() -> None:
    lines = _lines(
        [
            "Figure 5: School attendance by term",
            "                 Autumn 2023     Spring 2024",
            "Northshire       91.2%           90.4%",
            "Statistical nbr  92.0%           91.7%",
            "",
            "The  council  wrote  this  paragraph  with  double  spaces  but  it  is  prose.",
        ]
    )
    [table] = find_tables(lines)
    assert table.caption == "Figure 5: School attendance by term"
    assert table.rows == [
        ["", "Autumn 2023", "Spring 2024"],
        ["Northshire", "91.2%", "90.4%"],
        ["Statistical nbr", "92.0%", "91.7%"],
    ]
    assert columns(table) == ["", "Autumn 2023", "Spring 2024"]
    assert [c.line for c in table.row_citations] == [2, 3, 4]


def test_prose_with_double_spaces_is_not_a_table() -> None:
    lines = _lines(
        ["Members  noted  the  report.", "Cllr  Smith  asked  about  12  items.", "It  was  agreed  3  to  1."]
    )
    assert find_tables(lines) == []


def test_a_new_heading_row_after_blank_lines_starts_a_new_table() -> None:
    lines = _lines(
        [
            "Waiting time (days)\tNorthshire\tRegion",
            "2023\t41\t38",
            "",
            "",
            "Cases closed\tNorthshire\tRegion",
            "2023\t310\t295",
        ]
    )
    first, second = find_tables(lines)
    assert first.rows[0][0] == "Waiting time (days)" and len(first.rows) == 2
    assert second.rows[0][0] == "Cases closed" and second.rows[1] == ["2023", "310", "295"]


def test_a_heading_row_of_years_heads_the_columns() -> None:
    [table] = find_tables(_lines(["Area\t2022\t2023\t2024", "Ashvale\t203\t181\t156", "England\t154\t150\t146"]))
    assert table.header_rows == 1
    assert columns(table) == ["Area", "2022", "2023", "2024"]


def test_a_subheading_between_rows_stays_in_the_table_as_a_row_of_one_cell() -> None:
    lines = _lines(
        [
            "Table 2: Proven reoffending",
            "\tApr 21 – Mar 22\tApr 22 – Mar 23",
            "Binary reoffending rate (%)",
            "Ashvale\t36.1%\t33.7%",
            "Reoffences per reoffender",
            "Ashvale\t4.37\t3.88",
            "Source: Ministry of Justice.",
            "Table 3: Custody",
            "Area\tJan 23 – Dec 23\tJan 24 – Dec 24",
            "Ashvale\t0.26\t0.19",
        ]
    )
    first, second = find_tables(lines)
    labels = [r[0] for r in first.rows]
    assert labels == ["", "Binary reoffending rate (%)", "Ashvale", "Reoffences per reoffender", "Ashvale"]
    assert second.caption == "Table 3: Custody"  # a caption line is the next table's, never a subheading


def test_a_caption_wrapped_over_two_lines_is_read_whole() -> None:
    lines = _lines(
        [
            "Table 1: First time entrants to the youth justice system – rate per 100,000 of the 10-",
            "17 population",
            "Area\tJan 22 – Dec 22\tJan 23 – Dec 23",
            "Ashvale\t212\t196",
        ]
    )
    [table] = find_tables(lines)
    assert table.caption == (
        "Table 1: First time entrants to the youth justice system – rate per 100,000 of the 10- 17 population"
    )


def test_a_space_aligned_table_with_group_titles_and_a_heading_over_two_lines() -> None:
    lines = _lines(
        [
            " Table 1: National indicators",
            "",
            "                                          Ashvale       East of      England        YJS",
            "                                                        England                  family",
            " First time entrants (rate per 100,000 aged 10-17)",
            "     Apr 23 - Mar 24                            118         131          146        124",
            "     Apr 24 - Mar 25                            109         127                     121",
            " Custody rate (per 1,000 aged 10-17)",
            "     Apr 23 - Mar 24                           0.08        0.10         0.12       0.09",
        ]
    )
    [table] = find_tables(lines)
    assert table.caption == "Table 1: National indicators"
    assert columns(table) == ["", "Ashvale", "East of England", "England", "YJS family"]
    assert table.rows[1:] == [
        ["First time entrants (rate per 100,000 aged 10-17)", "", "", "", ""],
        ["Apr 23 - Mar 24", "118", "131", "146", "124"],
        ["Apr 24 - Mar 25", "109", "127", "", "121"],  # a figure missing: the others stay in their columns
        ["Custody rate (per 1,000 aged 10-17)", "", "", "", ""],
        ["Apr 23 - Mar 24", "0.08", "0.10", "0.12", "0.09"],
    ]


def test_a_dashboard_figure_with_its_arrow_rag_rating_or_footnote_is_the_figure():
    cells = ["214 ▼", "189² ▼", "38.9% ▲", "3.84 (Amber)", "0.21¹ (Amber)", "32.4% Green"]
    assert [parse_number(c) for c in cells] == [214.0, 189.0, 38.9, 3.84, 0.21, 32.4]
    assert [parse_number(c) for c in ["*", "Red", "▼", "(12)"]] == [None, None, None, -12.0]


def test_a_space_aligned_table_with_the_period_in_its_last_column():
    from minutebook.extract.tables import space_aligned_as_tabs

    rows = [
        "      Indicator                                 Harrowgate     London    England    Period",
        "      Binary reoffending rate                        31.2%      33.9%      31.8%    Apr 22 - Mar 23",
        "      Reoffences per reoffender                       3.59       4.12       3.92    Apr 22 - Mar 23",
        "      Custody rate (per 1,000 aged 10-17)             0.15       0.21       0.12    Apr 24 - Mar 25",
    ]
    lines = space_aligned_as_tabs([Line(i + 1, None, t) for i, t in enumerate(rows)])
    periods = [ln.text.split("\t")[-1].strip() for ln in lines[1:]]
    assert periods == ["Apr 22 - Mar 23", "Apr 22 - Mar 23", "Apr 24 - Mar 25"]
    assert lines[2].text.split("\t")[1:4] == ["3.59", "4.12", "3.92"]


def test_a_bold_markdown_caption_wrapped_over_two_lines():
    from minutebook.extract.tables import find_tables
    from minutebook.model import Line

    text = [
        "**Table 2: First time entrants to the youth justice system (rate per",
        "100,000 children aged 10 to 17)**",
        "",
        "| Area | Jan 23 - Dec 23 | Jan 24 - Dec 24 |",
        "|---|---|---|",
        "| Brackwater | 204 | 178 |",
    ]
    (table,) = find_tables([Line(i + 1, None, t) for i, t in enumerate(text)])
    assert table.caption.startswith("Table 2: First time entrants") and "100,000" in table.caption


def test_a_periods_first_heading_line_stands_over_the_figures_not_the_labels() -> None:
    lines = _lines(
        [
            "First time entrants (rate per 100,000 10-17 year olds)",
            "Jan 23 –\tJan 24 –",
            "Area\tDec 23\tDec 24",
            "Wrekinford\t243\t219",
            "England\t173\t162",
        ]
    )
    [table] = find_tables(lines)
    assert table.header_rows == 2
    assert table.rows[:2] == [["", "Jan 23 –", "Jan 24 –"], ["Area", "Dec 23", "Dec 24"]]
