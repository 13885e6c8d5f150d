"""Headline indicators read from the seed packs' Youth Justice Plans, values
and periods checked against the documents by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutebook.extract.indicators import MEASURES, _any_measure, _paragraphs, from_sentence
from minutebook.model import Line
from minutebook.parse import parse_document, parse_path

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def indicators_in(text: list[str], council: str) -> list:
    """The indicators a pack of these lines gives, one page of plain text."""
    from minutebook.extract.indicators import extract_indicators
    from minutebook.model import Document, Page

    lines = [Line(i + 1, 1, t) for i, t in enumerate(text)]
    doc = Document(path="x.txt", sha256="0", format="text", pages=[Page(number=1, lines=text)])
    return extract_indicators(doc, lines, [], council)[0]


def corpus_file(relative: str) -> Path:
    """A file under ../shared/corpus, or skip saying why (a fresh clone has none)."""
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"needs ../shared/corpus/{relative} (absent in a fresh clone)")
    return path


def _find(indicators, name, area, period=None):
    return [i for i in indicators if i.name == name and i.area == area and (period is None or i.period == period)]


@pytest.fixture(scope="module")
def warwickshire():
    return parse_path(corpus_file("seeds/warwickshire-cyp-osc-2024-09-17.txt"))


@pytest.fixture(scope="module")
def coventry_2019():
    return parse_path(corpus_file("seeds/coventry-cabinet-2019-10-29.txt"))


@pytest.fixture(scope="module")
def coventry_2022():
    return parse_path(corpus_file("seeds/coventry-city-council-2022-10-18.txt"))


def test_warwickshire_fte_table_every_area_and_period(warwickshire) -> None:
    fte = {(i.period, i.area): i.value for i in warwickshire.indicators if i.name == "First time entrants"}
    assert fte[("January 2023 - December 2023", "Warwickshire")] == 156.0
    assert fte[("January 2023 - December 2023", "West Midlands")] == 145.0
    assert fte[("January 2023 - December 2023", "YOT Family")] == 134.0
    assert fte[("January 2023 - December 2023", "National")] == 167.0
    assert fte[("January 2022 - December 2022", "Warwickshire")] == 193.0
    # The '% change from selected baseline' row is a change, not an observation.
    assert -18.8 not in fte.values()


def test_warwickshire_reoffending_keeps_periods_as_printed_and_flags_the_odd_cell(warwickshire) -> None:
    binary = _find(warwickshire.indicators, "Binary reoffending rate", "Warwickshire")
    assert {(i.period, i.value) for i in binary} >= {("Apr 21 - Mar 22", 25.0), ("Apr 20 – Mar 21", 18.3)}
    [odd] = _find(warwickshire.indicators, "Binary reoffending rate", "National", "Apr 20 – Mar 21")
    assert odd.value == 1.0 and odd.flags  # printed '1.0' with no % sign: kept, flagged
    # The text says 32.2 where the table says 32.1: both kept, the sentence flagged.
    national = {i.value: i for i in _find(warwickshire.indicators, "Binary reoffending rate", "National")}
    assert 32.1 in national and 32.2 in national and national[32.2].flags


def test_warwickshire_custody_difference_is_not_taken_for_a_rate(warwickshire) -> None:
    # '0.04 per 1000 below the previous cohort rate' is a change; the rate itself was in a lost chart.
    assert not [i for i in warwickshire.indicators if i.name == "Custody rate"]


def test_coventry_2019_headline_sentences(coventry_2019) -> None:
    inds = coventry_2019.indicators
    assert _find(inds, "Binary reoffending rate", "Coventry")[0].value == 39.6
    freq = {i.area: i.value for i in inds if i.name == "Reoffending frequency" and i.citation.line == 369}
    assert freq == {"Coventry": 1.26, "YOT Family": 1.84, "England": 1.58}
    custody = {i.area: (i.period, i.value) for i in inds if i.name == "Custody rate"}
    assert custody == {"Coventry": ("2018/19", 0.23), "England": ("2018/19", 0.31), "YOT Family": ("2018/19", 0.43)}
    # First-time entrants are printed only as counts (311 -> 235) and in lost charts: no rate is invented.
    assert not [i for i in inds if i.name == "First time entrants"]


def test_coventry_2022_headline_sentences(coventry_2022) -> None:
    inds = coventry_2022.indicators
    fte = {(i.area, i.period): i.value for i in inds if i.name == "First time entrants"}
    assert fte[("Coventry", "2021/22")] == 112.0
    assert fte[("YOT Family", "Jan 21-Dec 21")] == 197.0
    binary = {(i.area, i.period): i.value for i in inds if i.name == "Binary reoffending rate"}
    assert binary[("Coventry", "Jul 19 – Jun 20")] == 36.8
    assert binary[("YOT Family", "Jul 19 – Jun 20")] == 33.8
    freq = {i.area: i.value for i in inds if i.name == "Reoffending frequency" and i.value > 1}
    assert freq == {"Coventry": 2.64, "YOT Family": 3.58}
    custody = {i.area: i.value for i in inds if i.name == "Custody rate"}
    assert custody == {"Coventry": 0.29, "YOT Family": 0.21}
    assert all(i.unit == "per 1,000 aged 10-17" for i in inds if i.name == "Custody rate")


def test_comparators_in_the_sentence_after_the_figure_and_a_chain_of_earlier_levels() -> None:
    text = (
        "First time entrants: In 2024/25 the rate of first time entrants was 178 per 100,000 young people aged 10-17, "
        "down from 214 in 2023/24 and 251 in 2022/23. This compares with 203 for London and 158 for England."
    )
    got = {(o.area, o.period, o.value) for o in from_sentence(text, Line(1, 1, text), "Kestlebury")}
    assert got == {
        ("Kestlebury", "2024/25", 178.0),
        ("Kestlebury", "2023/24", 214.0),
        ("Kestlebury", "2022/23", 251.0),
        ("London", "2024/25", 203.0),
        ("England", "2024/25", 158.0),
    }


def test_sentence_rules_on_their_own() -> None:
    line = Line(7, 3, "binary reoffending 36.8% (Jul 19 – Jun 20), while the England rate was 32.1%.")
    found = from_sentence(line.text, line, "Kent")
    assert [(i.area, i.value, i.period) for i in found] == [
        ("Kent", 36.8, "Jul 19 – Jun 20"),
        ("England", 32.1, "Jul 19 – Jun 20"),
    ]
    assert found[0].citation.page == 3 and found[0].citation.line == 7
    changes = "First time entrants fell by 12 per 100,000 and there were 40 children in custody, 5 fewer."
    assert from_sentence(changes, line, "Kent") == []
    rate = "The first time entrant rate was 220 per 100,000 in 2023/24."
    [fte] = from_sentence(rate, line, "Kent")
    assert (fte.name, fte.value, fte.period, fte.unit) == (
        "First time entrants",
        220.0,
        "2023/24",
        "per 100,000 aged 10-17",
    )


def test_cli_reads_the_record_as_table_json_and_csv(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from minutebook.cli import app
    from minutebook.store import open_store

    db = str(tmp_path / "record.db")
    with open_store(db) as store:
        store.ingest(parse_path(corpus_file("seeds/coventry-city-council-2022-10-18.txt")))
        store.ingest(parse_path(corpus_file("seeds/warwickshire-cyp-osc-2024-09-17.txt")))
    runner = CliRunner()
    out = runner.invoke(
        app, ["indicators", "--db", db, "--json", "--name", "First time entrants", "--council", "coventry"]
    )
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert {(r["period"], r["value"], r["area"]) for r in rows} >= {("2021/22", 112.0, "Coventry")}
    assert all(r["council"] == "Coventry City Council" and r["line"] for r in rows)
    out = runner.invoke(app, ["indicators", "--db", db, "--csv", "--council", "warwickshire"])
    assert out.exit_code == 0 and out.stdout.startswith("name,council,period,area,value")
    assert "January 2023 - December 2023" in out.stdout
    out = runner.invoke(app, ["indicators", "--db", db, "--name", "Custody rate"])
    assert out.exit_code == 0 and "0.29" in out.stdout
    out = runner.invoke(app, ["indicators", "--db", db, "--json", "--name", "first time"])
    names = {json.loads(line)["name"] for line in out.stdout.splitlines()}
    assert names == {"First time entrants"}, "--name matches part of a name, ignoring case"
    assert runner.invoke(app, ["indicators", "--db", db, "--json", "--csv"]).exit_code == 2


def _table_obs(rows: list[str], caption: str = "Performance") -> list:
    from minutebook.extract.indicators import from_table
    from minutebook.extract.tables import find_tables
    from minutebook.model import Document, Page

    doc = Document("t.pdf", "0", "pdf", [Page(4, [caption, *rows])])
    return [o for t in find_tables(doc.lines()) for o in from_table(t, "Kent")]


def test_table_layouts_long_form_measure_rows_and_counts() -> None:
    long_form = _table_obs(
        ["Area\tPeriod\tFTE rate per 100,000", "Kent\tJan 23 - Dec 23\t180", "England\tJan 23 - Dec 23\t170"]
    )
    assert {(o.area, o.period, o.value) for o in long_form} == {
        ("Kent", "Jan 23 - Dec 23", 180.0),
        ("England", "Jan 23 - Dec 23", 170.0),
    }
    assert all(o.citation.page == 4 for o in long_form)
    measure_rows = _table_obs(
        ["Indicator\t2022/23\t2023/24", "Binary reoffending rate\t31.2%\t29.0%", "Custody rate per 1,000\t0.1\t0.05"]
    )
    assert {(o.name, o.area, o.period, o.value) for o in measure_rows} == {
        ("Binary reoffending rate", "Kent", "2022/23", 31.2),
        ("Binary reoffending rate", "Kent", "2023/24", 29.0),
        ("Custody rate", "Kent", "2022/23", 0.1),
        ("Custody rate", "Kent", "2023/24", 0.05),
    }
    counts = _table_obs(["Measure\t2022/23\t2023/24", "Number of first time entrants\t120\t98"])
    assert counts == []  # a count of children is not the rate
    one_period = _table_obs(
        ["\tKent\tSouth East", "Reoffences per reoffender\t3.1\t3.4"], caption="Reoffending, Apr 21 - Mar 22"
    )
    assert {(o.name, o.area, o.period, o.value) for o in one_period} == {
        ("Reoffending frequency", "Kent", "Apr 21 - Mar 22", 3.1),
        ("Reoffending frequency", "South East", "Apr 21 - Mar 22", 3.4),
    }


def test_a_frequency_column_among_the_national_measures_is_reoffending_s() -> None:
    obs = _table_obs(
        ["Comparator\tFTE rate\tBinary %\tFrequency\tCustody rate", "South East\t141\t31.5\t3.72\t0.10"],
        caption="Table 5: Comparators, 2024/25",
    )
    assert ("Reoffending frequency", "South East", "2024/25", 3.72) in {
        (o.name, o.area, o.period, o.value) for o in obs
    }
    alone = _table_obs(["Service\tFrequency\tCost", "Street cleansing\t3\t120"], caption="Table 2: Services, 2024/25")
    assert alone == []  # a frequency of something else, no national measure beside it


def test_kpi_table_reads_code_rows_by_their_measure_cell_and_leaves_targets_out() -> None:
    obs = _table_obs(
        [
            "Ref\tIndicator\tQ3 2023/24\tQ4 2023/24\tTarget\tChange",
            "KPI 4\tSchool attendance\t88%\t90%\t92%\t+2",
            "YJ 2\tReoffending rate (binary, live tracker)\t33.0%\t30.5%\t28%\t-2.5",
            "YJ 3\tCustodial sentences per 1,000 aged 10-17\t0.2\t0.15\t0.1\t-0.05",
        ],
        caption="Quarterly scorecard",
    )
    assert {(o.name, o.area, o.period, o.value) for o in obs} == {
        ("Binary reoffending rate", "Kent", "Q3 2023/24", 33.0),
        ("Binary reoffending rate", "Kent", "Q4 2023/24", 30.5),
        ("Custody rate", "Kent", "Q3 2023/24", 0.2),
        ("Custody rate", "Kent", "Q4 2023/24", 0.15),
    }


def test_a_dashboard_whose_latest_and_previous_cells_hold_their_own_periods() -> None:
    obs = _table_obs(
        [
            "Measure\tLatest\tPrevious\tEngland\tRAG",
            "First time entrants (rate per 100,000 aged 10-17)\tJan–Dec 2024 214\tJan–Dec 2023 246\t161\tAmber",
            "Binary reoffending rate (%)\tApr 22–Mar 23 cohort 30.9%\tApr 21–Mar 22 cohort 35.6%\t31.6%\tGreen",
        ],
        caption="Youth justice performance dashboard",
    )
    assert {(o.name, o.area, o.period, o.value) for o in obs} == {
        ("First time entrants", "Kent", "Jan–Dec 2024", 214.0),
        ("First time entrants", "Kent", "Jan–Dec 2023", 246.0),
        ("First time entrants", "England", "Jan–Dec 2024", 161.0),
        ("Binary reoffending rate", "Kent", "Apr 22–Mar 23", 30.9),
        ("Binary reoffending rate", "Kent", "Apr 21–Mar 22", 35.6),
        ("Binary reoffending rate", "England", "Apr 22–Mar 23", 31.6),
    }


def test_a_heading_row_again_part_way_down_gives_the_rows_below_their_periods() -> None:
    obs = _table_obs(
        [
            "Measure\tQ1 2024/25\tQ2 2024/25\tTarget\tRAG",
            "First time entrants per 100,000 (rolling 12 months)\t181\t176\t170\tAmber",
            "Reoffending\tJan–Mar 23 cohort\tApr–Jun 23 cohort\tTarget\tRAG",
            "Binary reoffending rate (%)\t29.8\t31.4\t30.0\tGreen",
        ],
        caption="Table 3: Performance scorecard",
    )
    assert {(o.name, o.period, o.value) for o in obs} == {
        ("First time entrants", "Q1 2024/25", 181.0),
        ("First time entrants", "Q2 2024/25", 176.0),
        ("Binary reoffending rate", "Jan–Mar 23", 29.8),
        ("Binary reoffending rate", "Apr–Jun 23", 31.4),
    }


def test_areas_as_rows_space_aligned_with_the_measure_only_in_the_caption() -> None:
    obs = _table_obs(
        [
            "                Jul 21 - Jun 22     Jul 22 - Jun 23",
            "Kent            3.40                3.12",
            "South East      3.71                3.66",
        ],
        caption="Chart 6: Frequency of reoffending (reoffences per reoffender)",
    )
    assert {(o.name, o.area, o.period, o.value) for o in obs} == {
        ("Reoffending frequency", "Kent", "Jul 21 - Jun 22", 3.4),
        ("Reoffending frequency", "Kent", "Jul 22 - Jun 23", 3.12),
        ("Reoffending frequency", "South East", "Jul 21 - Jun 22", 3.71),
        ("Reoffending frequency", "South East", "Jul 22 - Jun 23", 3.66),
    }


def test_two_tab_tables_after_blank_lines_keep_their_own_measures() -> None:
    obs = _table_obs(
        [
            "Binary rate (%)\tKent\tSouth East",
            "Jan 22 - Dec 22\t30.0%\t31.0%",
            "",
            "",
            "Reoffences per reoffender\tKent\tSouth East",
            "Jan 22 - Dec 22\t3.3\t3.6",
        ]
    )
    assert {(o.name, o.area, o.value) for o in obs} == {
        ("Binary reoffending rate", "Kent", 30.0),
        ("Binary reoffending rate", "South East", 31.0),
        ("Reoffending frequency", "Kent", 3.3),
        ("Reoffending frequency", "South East", 3.6),
    }


def test_sentence_measure_then_colon_and_period_after_the_unit() -> None:
    line = Line(
        3,
        None,
        "Reoffending frequency: 2.91 reoffences per reoffender in the Jan 22 - Dec 22 cohort, against 3.30 for Wales.",
    )
    found = from_sentence(line.text, line, "Kent")
    assert [(i.name, i.area, i.value, i.period) for i in found] == [
        ("Reoffending frequency", "Kent", 2.91, "Jan 22 - Dec 22"),
        ("Reoffending frequency", "Wales", 3.3, "Jan 22 - Dec 22"),
    ]
    custody = "Kent had a custody rate of 0.21 per 1,000 young people aged 10-17 during Jan 23 - Dec 23."
    [c] = from_sentence(custody, line, "Kent")
    assert (c.name, c.area, c.value, c.period) == ("Custody rate", "Kent", 0.21, "Jan 23 - Dec 23")
    national = "The binary reoffending rate for the 2022/23 cohort was 28.0%, compared with 31.5% nationally."
    assert [(i.area, i.value) for i in from_sentence(national, line, "Kent")] == [("Kent", 28.0), ("National", 31.5)]


def test_pipe_table_rows_are_not_read_again_as_sentences_and_home_comes_from_the_council_line() -> None:
    from minutebook.model import Document, Page

    doc = Document(
        "t.md",
        "0",
        "text",
        [
            Page(
                1,
                [
                    "Eastmere District Council",
                    "",
                    "| Measure | Period | Eastmere | England |",
                    "|---|---|---|---|",
                    "| Reoffending rate (% of cohort) | Apr 22 - Mar 23 | 25.5% | 31.0% |",
                ],
            )
        ],
    )
    found = [o for o in parse_document(doc).indicators]
    assert sorted((o.area, o.value) for o in found) == [("Eastmere", 25.5), ("England", 31.0)]


def test_age_bands_are_not_values() -> None:
    line = Line(2, None, "")
    for text in (
        "Reoffending rates for young people aged 10 to 17 in the Jan 22 - Dec 22 cohort",
        "First time entrants are a rate per 100,000 of the local 10- to 17-year-old population.",
        "The first time entrant rate counts children aged 10–17 in Kent during 2023/24.",
        "The custody rate covers the 12 to 18 age group.",
    ):
        assert from_sentence(text, line, "Kent") == [], text


def test_a_head_count_is_not_a_rate() -> None:
    line = Line(2, None, "")
    text = (
        "The rate of first time entrants fell between 2022 and 2023. "
        "In actual numbers, this is a fall from 120 children to 97."
    )
    assert from_sentence(text, line, "Kent") == []


def test_a_share_of_reoffending_and_a_target_are_not_the_binary_rate() -> None:
    line = Line(2, None, "")
    for text in (
        "In 2021/22 a small group of children (12) committed the majority of reoffending, 58.2%.",
        "In 2021/22, 58.2% of reoffending was committed by children already known to the service.",
        "Our 2022/23 target for reoffending is 30%.",
        "The reoffending milestone for 2022/23 is 30%.",
    ):
        assert from_sentence(text, line, "Kent") == [], text
    kept = "The binary reoffending rate for 2021/22 was 31.4%, against a target of 30%."
    assert [(i.name, i.value) for i in from_sentence(kept, line, "Kent")] == [("Binary reoffending rate", 31.4)]


def test_pipe_table_with_header_missing_its_corner_cell_keeps_areas_and_periods() -> None:
    obs = _table_obs(
        [
            "| April to March 2023 | April to March 2024 | |",
            "|---|---|---|",
            "| Eastmere | 201 | 175 |",
            "| North West | 190 | 181 |",
            "| National | 169 | 160 |",
        ],
        caption="First time entrants per 100,000 children aged 10 to 17",
    )
    assert {(o.name, o.area, o.period, o.value) for o in obs} == {
        ("First time entrants", "Eastmere", "April to March 2023", 201.0),
        ("First time entrants", "Eastmere", "April to March 2024", 175.0),
        ("First time entrants", "North West", "April to March 2023", 190.0),
        ("First time entrants", "North West", "April to March 2024", 181.0),
        ("First time entrants", "National", "April to March 2023", 169.0),
        ("First time entrants", "National", "April to March 2024", 160.0),
    }


def test_home_from_a_plan_title_names_the_area() -> None:
    from minutebook.extract.indicators import home_from_text

    assert home_from_text([Line(1, None, "Eastmere Youth Justice Plan 2025 to 2026")]) == "Eastmere"
    assert home_from_text([Line(1, None, "Youth Justice Plan 2025 to 2026")]) is None
    assert home_from_text([Line(1, None, "National Youth Justice Strategy")]) is None


def test_a_subheading_row_names_the_measure_of_the_rows_below_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "Ashvale Youth Justice Plan 2025-26\n"
        "Table 2: Proven reoffending by children\n"
        "\tApr 21 – Mar 22\tApr 22 – Mar 23\n"
        "Binary reoffending rate (%)\n"
        "Ashvale\t36.1%\t33.7%\n"
        "England and Wales\t32.2%\t31.5%\n"
        "Reoffences per reoffender (frequency)\n"
        "Ashvale\t4.37\t3.88\n"
        "England and Wales\t4.10\t3.94\n"
    )
    found = {(i.name, i.period, i.area, i.value) for i in parse_path(path).indicators}
    assert ("Binary reoffending rate", "Apr 22 – Mar 23", "Ashvale", 33.7) in found
    assert ("Reoffending frequency", "Apr 21 – Mar 22", "England and Wales", 4.10) in found
    assert not any(name == "Binary reoffending rate" and value == 4.37 for name, _, _, value in found)


def test_an_earlier_level_in_the_next_sentence_keeps_the_measure_before_it() -> None:
    text = (
        "Six children received a custodial sentence in Oct 23 - Sep 24, a custody rate of 0.24 per 1,000 children "
        "aged 10-17. This was down from 0.28 per 1,000 (seven children) in Oct 22 - Sep 23."
    )
    found = {(i.name, i.period, i.value) for i in from_sentence(text, Line(1, None, text), "Ashvale")}
    assert ("Custody rate", "Oct 22 - Sep 23", 0.28) in found


def test_comparators_after_compared_with_take_the_measure_and_period_before_them() -> None:
    text = (
        "The custody rate fell to 0.09 per 1,000 children aged 10-17 in 2024/25, compared with 0.12 for Wales "
        "and 0.11 for England and Wales."
    )
    found = {(i.name, i.period, i.area, i.value) for i in from_sentence(text, Line(1, None, text), "Glaslyn")}
    assert ("Custody rate", "2024/25", "Wales", 0.12) in found
    assert ("Custody rate", "2024/25", "England", 0.11) in found


def test_prose_wrapped_over_lines_under_a_heading_is_read_as_one_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "Ashvale Youth Justice Plan 2025-26\n"
        "5.2 First time entrants\n"
        "Published YJB data for Jan 24 – Dec 24 show that 52 Ashvale children received a first youth caution\n"
        "or court conviction. The rate of 184 per 100,000 children aged 10-17 is above the regional rate of 171\n"
        "and the England and Wales rate of 149.\n"
        "5.4 Frequency of reoffending\n"
        "The 55 children in the Apr 22 – Mar 23 cohort who reoffended committed 199 further offences\n"
        "between them, an average of 3.62 reoffences per reoffender.\n"
        "The number of first time entrants has fallen from 48 in 2022 to 39 in 2024.\n"
    )
    found = {(i.name, i.period, i.value) for i in parse_path(path).indicators}
    # the figures on the second and third lines of the paragraph, named by its heading (their period, in the
    # sentence before, is not carried over: left unknown rather than guessed)
    assert {("First time entrants", 184.0), ("First time entrants", 171.0)} <= {(n, v) for n, _, v in found}
    assert ("Reoffending frequency", "Apr 22 – Mar 23", 3.62) in found
    assert not any(value == 39.0 for _, _, value in found)  # a count of children, not the rate
    # each figure cited to the line it is printed on, not the paragraph's first
    lines_of = {i.value: i.citation.line for i in parse_path(path).indicators}
    assert (lines_of[184.0], lines_of[149.0], lines_of[3.62]) == (4, 5, 8)


def test_quarters_with_two_digit_years_and_a_measure_continued_by_rows_with_no_label() -> None:
    quarters = _table_obs(
        [
            "Indicator\tQ3 23/24\tQ4 23/24\tTarget\tRAG",
            "First time entrants<br>(rate per 100,000)\t163\t158\t150\tGreen",
        ],
        caption="Table 1: National indicators, local data",
    )
    assert {(o.period, o.value) for o in quarters} == {("Q3 23/24", 163.0), ("Q4 23/24", 158.0)}  # no target
    continued = _table_obs(
        [
            "<p>Indicator</p>\t<p>Period</p>\t<p>Kent</p>\t<p>South East</p>",
            "<p>Binary reoffending rate</p>\t<p>Oct 22 – Sep 23</p>\t34.2%\t31.6%",
            "\t<p>Oct 21 – Sep 22</p>\t36.9%\t32.4%",
        ],
        caption="Table 4: National indicators – Kent and comparators",
    )
    assert ("Binary reoffending rate", "Oct 21 – Sep 22", "South East", 32.4) in {
        (o.name, o.period, o.area, o.value) for o in continued
    }


def test_the_any_measure_shortcut_finds_what_the_plain_pattern_finds():
    """The lookahead on the measures' first letters only skips characters no measure can begin with."""
    fast = _any_measure(tuple(MEASURES))
    plain = re.compile("|".join(f"(?:{p})" for _, p, _ in MEASURES), re.I)
    assert fast.pattern.startswith("(?=[")
    texts = [
        "The FTE rate fell to 168 per 100,000.",
        "Binary re-offending was 36.8%; the frequency rate 1.2 re-offences per re-offender.",
        "Custodial sentences: 0.12 per 1,000 (first-time entrants 201).",
        "No measure here: the budget, the FTEs of staff? (ftes) Reoffend.",
        "xfte notbinary precustody",
    ]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    odd = (("Odd", r"[Xy]z|first", None),)  # an alternative opening with a class: no shortcut, same pattern
    assert _any_measure(odd).pattern == "(?:[Xy]z|first)"


def test_an_earlier_level_after_from_takes_its_own_period() -> None:
    """'down from 214 in Jan 23 - Dec 23': the earlier level, with the period printed after it, not the
    later level's period printed before it in the sentence."""
    line = Line(1, 1, "")
    fte = (
        "The rate of first time entrants fell to 187 per 100,000 children aged 10-17 in Jan 24 - Dec 24, "
        "down from 214 in Jan 23 - Dec 23, a fall of 12.6%."
    )
    assert [(i.value, i.period) for i in from_sentence(fte, line, "Thornfield")] == [
        (187.0, "Jan 24 - Dec 24"),
        (214.0, "Jan 23 - Dec 23"),
    ]
    binary = (
        "Binary reoffending. Of the 80 children in the Apr 22 - Mar 23 cohort, 27 reoffended, down from "
        "36.9% for the Apr 21 - Mar 22 cohort."
    )
    assert [(i.name, i.value, i.period) for i in from_sentence(binary, line, "Thornfield")] == [
        ("Binary reoffending rate", 36.9, "Apr 21 - Mar 22")
    ]
    custody = (
        "Use of custody. Three children received custodial sentences in Apr 24 - Mar 25, a rate of 0.14 "
        "per 1,000 children aged 10-17, up from 0.09 (two children) in Apr 23 - Mar 24."
    )
    assert [(i.value, i.period) for i in from_sentence(custody, line, "Thornfield")] == [
        (0.14, "Apr 24 - Mar 25"),
        (0.09, "Apr 23 - Mar 24"),
    ]
    unknown = "The binary rate was 31.0% in Apr 22 - Mar 23, down from 35.2%."  # the earlier level's period unprinted
    assert [(i.value, i.period) for i in from_sentence(unknown, line, "Thornfield")] == [(31.0, "Apr 22 - Mar 23")]


def test_a_sentence_going_on_about_the_rate_after_a_full_stop_at_a_line_end() -> None:
    """'... rate fell to 178 per 100,000 in Jan 24 - Dec 24.' ending a PDF line, then 'The rate has fallen
    ..., from 231 in Jan 21 - Dec 21': the second sentence is about the measure the first named."""
    from minutebook.extract.indicators import _paragraphs

    lines = [
        Line(1, 1, "The first time entrant rate fell to 178 per 100,000 in Jan 24 - Dec 24, which was 43 children."),
        Line(2, 1, "The rate has fallen in each of the last three years, from 231 in Jan 21 - Dec 21, and is now"),
        Line(3, 1, "below the YJS family average."),
    ]
    ((first, text, parts),) = _paragraphs(lines)
    assert [(i.value, i.period) for i in from_sentence(text, first, "Brackenmoor", parts)] == [
        (178.0, "Jan 24 - Dec 24"),
        (231.0, "Jan 21 - Dec 21"),
    ]


def test_headline_bullets_with_a_tab_after_the_bullet() -> None:
    """'•<TAB>Reoffences per reoffender: 3.21 (Apr 22 - Mar 23); England 3.84.': a bullet's prose, not a table
    row; a comparator after a semicolon takes the clause before's measure and period; 'a year earlier
    (Apr 21 - Mar 22)' is the earlier level's period; 'This is down from 181 in ...' is a rate still."""

    text = [
        "Headline performance",
        "•\tFirst time entrants: 165 per 100,000 children aged 10-17 in Jan 24 - Dec 24 (Lindale), compared with "
        "148 for England. This is down from 181 in Jan 23 - Dec 23.",
        "•\tBinary reoffending: 29.8% for the Apr 22 - Mar 23 cohort, down from 33.1% a year earlier "
        "(Apr 21 - Mar 22).",
        "•\tReoffences per reoffender: 3.21 (Apr 22 - Mar 23); England 3.84.",
    ]
    found = indicators_in(text, "Lindale Council")
    assert sorted((i.name, i.area, i.period, i.value) for i in found) == sorted(
        [
            ("First time entrants", "Lindale", "Jan 24 - Dec 24", 165.0),
            ("First time entrants", "England", "Jan 24 - Dec 24", 148.0),
            ("First time entrants", "Lindale", "Jan 23 - Dec 23", 181.0),
            ("Binary reoffending rate", "Lindale", "Apr 22 - Mar 23", 29.8),
            ("Binary reoffending rate", "Lindale", "Apr 21 - Mar 22", 33.1),
            ("Reoffending frequency", "Lindale", "Apr 22 - Mar 23", 3.21),
            ("Reoffending frequency", "England", "Apr 22 - Mar 23", 3.84),
        ]
    )


def test_the_same_cohort_and_comparators_of_an_earlier_clause() -> None:
    line = Line(1, 1, "")
    text = (
        "The binary reoffending rate has improved from 34.6% for the Apr 21 - Mar 22 cohort, and the frequency of "
        "reoffending has fallen from 4.05 reoffences per reoffender for the same cohort."
    )
    assert [(i.value, i.period) for i in from_sentence(text, line, "Harrowgate")] == [
        (34.6, "Apr 21 - Mar 22"),
        (4.05, "Apr 21 - Mar 22"),
    ]
    text = (
        "The binary reoffending rate of 31.2% is now below both the London and England rates, and the custody "
        "rate has fallen to 0.15 per 1,000."
    )
    assert [(i.value, i.area) for i in from_sentence(text, line, "Harrowgate")] == [
        (31.2, "Harrowgate"),
        (0.15, "Harrowgate"),
    ]


def test_a_numbered_paragraph_with_a_tab_after_its_number_is_prose() -> None:
    from minutebook.extract.tables import find_tables

    text = (
        "6.2\tFirst time entrants. Our rate has fallen by 17% since 2021/22, but in 2024/25 it was still 172 "
        "per 100,000, compared with 161 for our YJB family."
    )
    lines = [Line(1, 1, text)]
    assert find_tables(lines) == []
    from minutebook.extract.indicators import _paragraphs

    ((first, joined, parts),) = _paragraphs(lines)
    assert "\t" not in joined
    assert [i.value for i in from_sentence(joined, first, "Dunmere", parts)] == [172.0, 161.0]


def test_a_note_under_a_table_gives_the_cohorts_its_year_columns_stand_for() -> None:
    """Reoffending is published by cohort a year behind: a note under the table says which cohort each year
    column holds, for the measures it names; the other rows keep the years their columns print."""

    text = [
        "Table 1: National indicators",
        "Measure\t2023/24\t2024/25",
        "First time entrants per 100,000 aged 10-17\t240\t221",
        "Binary reoffending rate (%)\t35.2\t31.0",
        "Reoffences per reoffender\t4.01\t3.70",
        "First time entrant figures are for the financial year. Reoffending figures are for the cohorts",
        "Apr 22 - Mar 23 and Apr 23 - Mar 24 respectively.",
    ]
    found = indicators_in(text, "Lindale Council")
    assert sorted((i.name, i.period, i.value) for i in found) == sorted(
        [
            ("First time entrants", "2023/24", 240.0),
            ("First time entrants", "2024/25", 221.0),
            ("Binary reoffending rate", "Apr 22 - Mar 23", 35.2),
            ("Binary reoffending rate", "Apr 23 - Mar 24", 31.0),
            ("Reoffending frequency", "Apr 22 - Mar 23", 4.01),
            ("Reoffending frequency", "Apr 23 - Mar 24", 3.70),
        ]
    )


def test_a_percentage_in_a_row_that_mentions_custody_is_not_the_custody_rate() -> None:
    """'Children released from custody with suitable accommodation (%)': the custody rate is per 1,000
    children, so a percentage is another measure that happens to name custody."""

    text = [
        "Table 3: Local key performance indicators",
        "Indicator\t2023-24\t2024-25",
        "Children released from custody with suitable accommodation on the day of release (%)\t75%\t80%",
        "Custody rate per 1,000 aged 10-17\t0.31\t0.27",
    ]
    found = indicators_in(text, "Lindale Council")
    assert sorted((i.name, i.period, i.value) for i in found) == [
        ("Custody rate", "2023-24", 0.31),
        ("Custody rate", "2024-25", 0.27),
    ]


def test_a_comparator_after_an_earlier_level_takes_the_later_levels_period() -> None:
    line = Line(1, 1, "")
    text = (
        "The first time entrant rate has fallen to 164 per 100,000 children aged 10-17 for January to December "
        "2024, down from 201 for January to December 2023, and was now below the London rate of 172."
    )
    found = {(i.area, i.period, i.value) for i in from_sentence(text, line, "Wendmore", [])}
    assert ("London", "January to December 2024", 172.0) in found
    assert ("Wendmore", "January to December 2023", 201.0) in found
    told = "The rate of 0.13 per 1,000 is down from 0.21 in Apr 23 - Mar 24, when the family rate was 0.16."
    family = [i for i in from_sentence("Custody: " + told, line, "Wendmore", []) if i.value == 0.16]
    assert [i.period for i in family] == ["Apr 23 - Mar 24"]  # 'when ...': of the earlier period still


def test_a_comparator_in_brackets_after_the_figure_is_its_area() -> None:
    text = (
        "Youth justice – first time entrants to the youth justice system: 168 per 100,000 young people aged "
        "10-17 for October 2024 to September 2025 (England 154), down from 191 for October 2023 to September 2024."
    )
    found = {(i.area, i.period, i.value) for i in from_sentence(text, Line(1, 1, ""), "Calderholme", [])}
    assert found == {
        ("Calderholme", "October 2024 to September 2025", 168.0),
        ("England", "October 2024 to September 2025", 154.0),
        ("Calderholme", "October 2023 to September 2024", 191.0),
    }


def test_each_figures_period_printed_over_it_in_a_space_aligned_table() -> None:
    """'Indicator  Ashworth  Statistical neighbours  England  RAG' over, for each measure, its name and the
    period of each figure, the unit and the figures (a RAG word after them), then the year before's periods
    and figures under a blank label: every figure has the period printed over it and the area over its
    column."""
    obs = _table_obs(
        [
            "Indicator                     Ashworth          Statistical neighbours   England            RAG",
            "",
            "First time entrants           Jan 24 – Dec 24   Jan 24 – Dec 24          Jan 24 – Dec 24",
            "rate per 100,000 aged 10-17   204               187                      154                Amber",
            "                              Jan 23 – Dec 23   Jan 23 – Dec 23          Jan 23 – Dec 23",
            "                              231               192                      161",
            "",
            "Custody rate                  Apr 24 – Mar 25   Apr 24 – Mar 25          Apr 24 – Mar 25",
            "per 1,000 aged 10-17          0.20              0.14                     0.11               Red",
            "                              Apr 23 – Mar 24   Apr 23 – Mar 24          Apr 23 – Mar 24",
            "                              0.16              0.16                     0.12",
        ],
        caption="Table 3: National youth justice indicators",
    )
    assert {(o.name, o.area, o.period, o.value) for o in obs} == {
        ("First time entrants", "Ashworth", "Jan 24 – Dec 24", 204.0),
        ("First time entrants", "Statistical neighbours", "Jan 24 – Dec 24", 187.0),
        ("First time entrants", "England", "Jan 24 – Dec 24", 154.0),
        ("First time entrants", "Ashworth", "Jan 23 – Dec 23", 231.0),
        ("First time entrants", "Statistical neighbours", "Jan 23 – Dec 23", 192.0),
        ("First time entrants", "England", "Jan 23 – Dec 23", 161.0),
        ("Custody rate", "Ashworth", "Apr 24 – Mar 25", 0.2),
        ("Custody rate", "Statistical neighbours", "Apr 24 – Mar 25", 0.14),
        ("Custody rate", "England", "Apr 24 – Mar 25", 0.11),
        ("Custody rate", "Ashworth", "Apr 23 – Mar 24", 0.16),
        ("Custody rate", "Statistical neighbours", "Apr 23 – Mar 24", 0.16),
        ("Custody rate", "England", "Apr 23 – Mar 24", 0.12),
    }


def test_first_time_entrants_named_by_what_they_did() -> None:
    """'... children entered the youth justice system for the first time in <period>, a rate of 163 per 100,000':
    the measure is named by its definition; the earlier level 'when our rate was 192' keeps its own period."""
    text = (
        "45 Northwold children entered the youth justice system for the first time in Jan 24 – Dec 24, a rate of"
        " 163 per 100,000 children aged 10-17. This is a fall of 15% on Jan 23 – Dec 23, when our rate was 192"
        " (East Midlands 161, England 146)."
    )
    found = {(i.name, i.area, i.period, i.value) for i in from_sentence(text, Line(1, 1, ""), "Northwold", [])}
    assert found == {
        ("First time entrants", "Northwold", "Jan 24 – Dec 24", 163.0),
        ("First time entrants", "Northwold", "Jan 23 – Dec 23", 192.0),
        ("First time entrants", "East Midlands", "Jan 23 – Dec 23", 161.0),
        ("First time entrants", "England", "Jan 23 – Dec 23", 146.0),
    }


def test_the_number_of_first_time_entrants_given_per_100000_is_their_rate() -> None:
    text = (
        "The number of first time entrants to the youth justice system had fallen to 182 per 100,000 young people"
        " aged 10 to 17 for October 2024 to September 2025, from 214 for October 2023 to September 2024; the rate"
        " for England for October 2024 to September 2025 was 159."
    )
    found = {(i.area, i.period, i.value) for i in from_sentence(text, Line(1, 1, ""), "Dunholme", [])}
    assert found == {
        ("Dunholme", "October 2024 to September 2025", 182.0),
        ("Dunholme", "October 2023 to September 2024", 214.0),
        ("England", "October 2024 to September 2025", 159.0),
    }
    counted = "The number of first time entrants has fallen from 48 in 2022/23 to 39 in 2023/24."
    assert from_sentence(counted, Line(1, 1, ""), "Dunholme", []) == []


def test_a_period_printed_right_after_the_figure_wins_over_one_earlier_in_the_sentence():
    text = [
        "Youth Justice Plan",
        "The binary reoffending rate for the April 2023 to March 2024 cohort was 30.6%, and the use of custody "
        "remained low at 0.07 per 1,000 young people aged 10 to 17 in April 2024 to March 2025 (two custodial "
        "sentences).",
    ]
    found = lindale_indicators(text)
    assert sorted((i.name, i.period, i.value) for i in found) == [
        ("Binary reoffending rate", "April 2023 to March 2024", 30.6),
        ("Custody rate", "April 2024 to March 2025", 0.07),
    ]


def test_a_comparator_for_the_twelve_months_to_a_month():
    text = [
        "Youth Justice Plan",
        "For the 12 months to March 2025 the custody rate was 0.20 per 1,000 in Lindale, against 0.11 for England.",
    ]
    found = lindale_indicators(text)
    assert sorted((i.area, i.period, i.value) for i in found) == [
        ("England", "12 months to March 2025", 0.11),
        ("Lindale", "12 months to March 2025", 0.2),
    ]


def test_rates_per_thousand_and_per_100k():
    text = [
        "Youth Justice Plan",
        "The use of custody was low at 0.18 per thousand children (2024/25). First time entrants fell to 154 per "
        "100k children (Jan–Dec 2024).",
    ]
    found = lindale_indicators(text)
    assert sorted((i.name, i.period, i.value) for i in found) == [
        ("Custody rate", "2024/25", 0.18),
        ("First time entrants", "Jan–Dec 2024", 154.0),
    ]


def test_the_average_for_a_comparator_in_the_next_sentence():
    text = [
        "Youth Justice Plan",
        "Our first time entrant rate fell to 172 per 100,000 in Jan 24 - Dec 24. The average for our YJB family of "
        "similar services was 161 per 100,000 in Jan 24 - Dec 24.",
    ]
    found = lindale_indicators(text)
    assert sorted((i.area, i.value) for i in found) == [("Lindale", 172.0), ("YOT Family", 161.0)]


def lindale_indicators(text: list[str]):
    """The indicators a plain-text paper of Lindale Council prints in these lines."""

    found = indicators_in(text, "Lindale Council")
    return found


def test_a_sentence_on_our_rate_goes_on_about_the_measure_of_the_line_before():
    found = lindale_indicators(
        [
            "4.1 First time entrants",
            "Fewer children entered the youth justice system for the first time in 2024 than in 2023.",
            "Our rate for Jan 24 – Dec 24 was 172 per 100,000, down from 202 in Jan 23 – Dec 23.",
        ]
    )
    assert sorted((i.name, i.period, i.value) for i in found) == [
        ("First time entrants", "Jan 23 – Dec 23", 202.0),
        ("First time entrants", "Jan 24 – Dec 24", 172.0),
    ]


def test_staff_in_fte_posts_are_not_first_time_entrants_and_a_cells_note_is_not_its_figure() -> None:

    text = [
        "The service's establishment is shown below; figures are full-time equivalent (FTE) posts.",
        "Team\t2024-25 FTE posts\t2025-26 FTE posts",
        "Case management\t12.0\t13.5",
        "Table 1: First time entrants (rate per 100,000 children aged 10-17)",
        "Area\tJan 23 - Dec 23\tJan 24 - Dec 24",
        "Tarnside\t224\t211",
        "England\t152 (revised figure)\t147 (provisional)",
    ]
    found = indicators_in(text, "Tarnside Borough Council")
    assert sorted((i.area, i.period, i.value) for i in found) == [
        ("England", "Jan 23 - Dec 23", 152.0),
        ("England", "Jan 24 - Dec 24", 147.0),
        ("Tarnside", "Jan 23 - Dec 23", 224.0),
        ("Tarnside", "Jan 24 - Dec 24", 211.0),
    ]


def test_a_percentage_of_a_named_cohort_is_a_rate_not_a_count() -> None:
    line = Line(1, 1, "")
    found = from_sentence(
        "Reoffending: 29.4% of the Apr–Jun 2023 cohort reoffended, compared with 31.2% for England.",
        line,
        "Greaveshaw",
    )
    assert [(o.area, o.value) for o in found] == [("Greaveshaw", 29.4), ("England", 31.2)]


def test_targets_staff_and_shares_are_not_indicators_and_a_key_names_the_areas() -> None:

    text = [
        "Table 1: Staffing (full-time equivalent posts)",
        "Team\t2024/25 FTE\t2025/26 FTE",
        "Court team\t14.5\t14.0",
        "Table 3: Key performance indicators",
        "Indicator\tBaseline (2022/23)\t2024/25\tTarget 2025/26\tRAG",
        "First time entrants (rate per 100,000 aged 10-17)\t204\t171\t160\tGreen",
        "Children leaving custody with suitable accommodation on release (%)\t60\t100\t100\tGreen",
        "Table 4: Comparators 2024/25",
        "Area\tFirst time entrants (per 100,000)",
        "County\t171",
        "Reg\t163",
        "England\t147",
        "Key: County = Kelmshire; Reg = East Midlands.",
    ]
    found = indicators_in(text, "Kelmshire County Council")
    assert sorted((i.area, i.period, i.value) for i in found) == [
        ("East Midlands", "2024/25", 163.0),
        ("England", "2024/25", 147.0),
        ("Kelmshire", "2022/23", 204.0),
        ("Kelmshire", "2024/25", 171.0),
        ("Kelmshire", "2024/25", 171.0),
    ]


def test_a_dashboards_big_figure_panels_read_down_the_page() -> None:

    text = [
        "3. Our performance at a glance",
        "142",
        "first time entrants per 100,000 children aged 10-17",
        "January to December 2024",
        "England: 151 | Region: 160",
        "0. 12",
        "custodial sentences per 1,000 children aged 10-17",
        "April 2024 to March 2025",
        "England: 0.11 | Region: 0.15",
        "Source: Youth Justice Board. ‘Region’ is the North East.",
        "Reoffending fell, compared with 35.8% of the April 2022 to March 2023 cohort.",
    ]
    found = indicators_in(text, "Scarthby Borough Council")
    assert sorted((i.name, i.area, i.period, i.value) for i in found) == [
        ("Binary reoffending rate", "Scarthby", "April 2022 to March 2023", 35.8),
        ("Custody rate", "England", "April 2024 to March 2025", 0.11),
        ("Custody rate", "North East", "April 2024 to March 2025", 0.15),
        ("Custody rate", "Scarthby", "April 2024 to March 2025", 0.12),
        ("First time entrants", "England", "January to December 2024", 151.0),
        ("First time entrants", "North East", "January to December 2024", 160.0),
        ("First time entrants", "Scarthby", "January to December 2024", 142.0),
    ]


def test_a_charts_data_described_in_words_as_period_value_pairs() -> None:

    text = [
        "Figure 1 description: first time entrants per 100,000 children aged 10-17, by calendar year: 2021: 245;",
        "2022: 210; 2023: 198. England 2023: 154.",
        "",
        "Figure 3 description: average number of further offences committed by each child who reoffended: Apr 21",
        "- Mar 22 cohort: 4.05; Apr 22 - Mar 23 cohort: 3.88.",
        "",
        "Figure 5 description: number of children on the caseload at the end of each month: Apr 24: 212; May 24: 219.",
    ]
    found = indicators_in(text, "Sallowshire County Council")
    assert sorted((i.name, i.area, i.period, i.value) for i in found) == [
        ("First time entrants", "England", "2023", 154.0),
        ("First time entrants", "Sallowshire", "2021", 245.0),
        ("First time entrants", "Sallowshire", "2022", 210.0),
        ("First time entrants", "Sallowshire", "2023", 198.0),
        ("Reoffending frequency", "Sallowshire", "Apr 21 - Mar 22", 4.05),
        ("Reoffending frequency", "Sallowshire", "Apr 22 - Mar 23", 3.88),
    ]


def test_a_charts_pairs_without_colons_and_comparators_after_a_semicolon() -> None:
    text = [
        "Figure 2: First time entrants per 100,000 aged 10-17, year ending December: 2021",
        "294; 2022 257; 2023 232. Wales 2023: 169.",
        "",
        "Figure 3: Binary reoffending rate (%), by annual cohort: Apr 19 - Mar 20",
        "41.2; Apr 20 - Mar 21 37.5.",
        "",
        "There were three custodial sentences in 2024/25, a rate of 0.19 per 1,000 children aged",
        "10-17; Wales 0.14, YJS family 0.16.",
    ]
    found = indicators_in(text, "Cwm Tawel County Borough Council")
    assert sorted((i.name, i.area, i.period, i.value) for i in found) == [
        ("Binary reoffending rate", "Cwm Tawel", "Apr 19 - Mar 20", 41.2),
        ("Binary reoffending rate", "Cwm Tawel", "Apr 20 - Mar 21", 37.5),
        ("Custody rate", "Cwm Tawel", "2024/25", 0.19),
        ("Custody rate", "Wales", "2024/25", 0.14),
        ("Custody rate", "YOT Family", "2024/25", 0.16),
        ("First time entrants", "Cwm Tawel", "2021", 294.0),
        ("First time entrants", "Cwm Tawel", "2022", 257.0),
        ("First time entrants", "Cwm Tawel", "2023", 232.0),
        ("First time entrants", "Wales", "2023", 169.0),
    ]


def test_a_latest_column_beside_period_columns_takes_the_most_recent_period() -> None:
    text = [
        "Table 2: National indicators",
        "Indicator\tApr 24 - Mar 25\tApr 23 - Mar 24\tEngland (latest)",
        "First time entrants (rate per 100,000 aged 10-17)\t201\t223\t154",
        "Custody rate (per 1,000 aged 10-17)\t0.18\t0.29\t0.13",
    ]
    found = indicators_in(text, "Holmewater Metropolitan Borough Council")
    assert sorted((i.name, i.area, i.period, i.value) for i in found if i.area == "England") == [
        ("Custody rate", "England", "Apr 24 - Mar 25", 0.13),
        ("First time entrants", "England", "Apr 24 - Mar 25", 154.0),
    ]


def test_custodial_sentences_counted_beside_the_custody_rate_are_no_rate():
    found = indicators_in(
        [
            "The custody rate for January to December 2024 was 0.09 per 1,000 children aged 10 to 17,",
            "equivalent to 15 custodial sentences, the lowest rate recorded in Kent.",
        ],
        "Kent County Council",
    )
    assert [(i.name, i.value) for i in found] == [("Custody rate", 0.09)]


def test_a_measure_and_its_period_over_each_area_s_figure():
    found = indicators_in(
        ["FTE rate per 100,000 (rolling 12 months to March 2025): City 214, Core Cities 236, England 154"],
        "Stourhaven City Council",
    )
    assert [(i.name, i.period, i.area, i.value) for i in found] == [
        ("First time entrants", "rolling 12 months to March 2025", "City", 214.0),
        ("First time entrants", "rolling 12 months to March 2025", "Core Cities", 236.0),
        ("First time entrants", "rolling 12 months to March 2025", "England", 154.0),
    ]


def test_a_comparator_s_level_for_the_same_cohort_in_a_sentence_of_its_own():
    """'Our YJS family average for the same cohort was 30.9%.': the sentence names no measure and no period of
    its own; both are the sentence before's, and the figure is the comparator's."""
    line = Line(1, 1, "")
    text = (
        "Reoffending. Of the 191 children in the April 2022 to March 2023 cohort, 57 reoffended within twelve "
        "months, a binary rate of 29.8%, compared with 31.4% in the South West. Our YJS family average for the "
        "same cohort was 30.9%. Those who reoffended committed 195 further offences."
    )
    got = [(i.name, i.value, i.period, i.area) for i in from_sentence(text, line, "Wessexshire")]
    assert ("Binary reoffending rate", 30.9, "April 2022 to March 2023", "YOT Family") in got
    assert len(got) == 3


def test_sentences_going_on_about_the_measure_the_one_before_named():
    """'That compares with 241 in 2022/23.', 'In 2022/23 it was 0.36.', 'the London figure was 189': each
    sentence names no measure, the one before it does; a gap between two rates ('to 8 in 2024/25') is none."""
    line = Line(1, 1, "")
    text = (
        "First time entrants. In 2024/25, 58 children entered the youth justice system for the first time, a rate "
        "of 212 per 100,000 children aged 10-17. That compares with 241 in 2022/23. In 2023/24 the London figure "
        "was 189, so the gap has narrowed from 48 to 31."
    )
    got = [(i.name, i.value, i.period, i.area) for i in from_sentence(text, line, "Thamesbury")]
    assert got == [
        ("First time entrants", 212.0, "2024/25", "Thamesbury"),
        ("First time entrants", 241.0, "2022/23", "Thamesbury"),
        ("First time entrants", 189.0, "2023/24", "London"),
    ]
    text = "Six children were sentenced to custody in 2024/25, a rate of 0.22 per 1,000. In 2022/23 it was 0.36."
    assert [(i.value, i.period) for i in from_sentence(text, line, "Thamesbury")] == [
        (0.22, "2024/25"),
        (0.36, "2022/23"),
    ]


def test_a_rate_far_into_a_paragraph_about_one_measure_and_children_entering_the_justice_system():
    line = Line(1, 1, "")
    text = (
        "The number of children entering the justice system for the first time fell from 61 in 2023/24 to 48 in "
        "2024/25, a rate of 196 per 100,000. Two years ago, in 2022/23, the rate was 282 per 100,000, so it has "
        "fallen by almost a third. Our rate remains above the county average, although the gap has narrowed: in "
        "2023/24 West Yorkshire's rate was 186 per 100,000. The gap with England has narrowed from 16 per 100,000 "
        "in 2023/24 to 8 in 2024/25."
    )
    got = [(i.value, i.period) for i in from_sentence(text, line, "Calderbrook")]
    assert got == [(196.0, "2024/25"), (282.0, "2022/23"), (186.0, "2023/24")]


def test_a_comparison_wrapped_after_below_is_one_paragraph():
    lines = [
        Line(1, 1, "Of the 148 children in the April 2022 to March 2023 cohort, 47 reoffended within twelve"),
        Line(2, 1, "months, a binary rate of 31.8%, down from 34.6% for the previous cohort and below"),
        Line(3, 1, "London's 33.9%. For the Apr 20 - Mar 21 cohort the rate was 38.1%."),
    ]
    assert len(_paragraphs(lines)) == 1


def test_a_sentence_in_a_narrow_column_goes_on_past_a_line_shorter_than_a_pages_width():
    lines = [
        Line(1, 1, "The rate of first time entrants fell to 186"),
        Line(2, 1, "per 100,000 in 2024/25. Our rate is above"),
        Line(3, 1, "the region’s, and England’s rate in"),
        Line(4, 1, "2023/24 was 161 per 100,000, so there is more"),
        Line(5, 1, "to do before we match it."),
    ]
    assert len(_paragraphs(lines)) == 1


def test_a_comparators_heading_over_a_period_names_the_area_of_its_column():
    found = indicators_in(
        [
            "Table 1: National indicators",
            "Indicator\tAshmoor 2023/24\tAshmoor 2024/25\tRegional 2024/25\tStatistical neighbours 2024/25",
            "First time entrants rate per 100,000 aged 10-17\t212\t186\t171\t165",
        ],
        "Ashmoor Borough Council",
    )
    assert [(i.value, i.period, i.area) for i in found] == [
        (212.0, "2023/24", "Ashmoor"),
        (186.0, "2024/25", "Ashmoor"),
        (171.0, "2024/25", "Regional"),
        (165.0, "2024/25", "Statistical neighbours"),
    ]


def test_a_paragraph_about_the_boroughs_rate_goes_on_with_the_measure_the_one_before_named():
    lines = [
        Line(1, 1, "Ashmoor’s first time entrant rate of 154 per 100,000 in Jan–Dec 2024 put the borough below"),
        Line(2, 1, "the London rate of 161. Forty children entered the youth justice system for the first time."),
        Line(3, 1, "A year earlier, in Jan–Dec 2023, the borough’s rate stood at 183 per 100,000 and London’s at"),
        Line(4, 1, "170, so the gap has closed."),
    ]
    paragraphs = _paragraphs(lines)
    assert len(paragraphs) == 1
    line, text, parts = paragraphs[0]
    found = from_sentence(text, line, "Ashmoor", parts)
    assert (183.0, "Jan–Dec 2023", "Ashmoor") in [(i.value, i.period, i.area) for i in found]


def test_a_priority_to_keep_or_bring_a_rate_below_a_figure_is_an_aim_not_a_level():
    line = Line(1, 1, "x")
    text = (
        "Prevention and diversion: keep the first time entrant rate below 140 per 100,000, and bring our "
        "first time entrant rate below 190 per 100,000 by March 2026. The rate was 199 per 100,000 in 2024/25."
    )
    found = [(i.value, i.period) for i in from_sentence(text, line, "Ashmoor")]
    assert found == [(199.0, "2024/25")]


def test_the_same_cohort_after_a_table_is_the_one_the_prose_above_named():
    lines = [
        "4.2 Reoffending. Of the 113 children in the Apr 22 - Mar 23 cohort, 31 reoffended within",
        "twelve months, a binary reoffending rate of 27.4%.",
        "Table 2: Binary reoffending rate (% of the cohort who reoffended)",
        "The 31 children who reoffended committed 112 further offences between them. The reoffences per",
        "reoffender rate was 3.84 for England and Wales in the same cohort.",
    ]
    found = {(i.value, i.period) for i in indicators_in(lines, "Ashmoor County Council")}
    assert (3.84, "Apr 22 - Mar 23") in found


def test_a_clause_closed_by_a_semicolon_goes_on_onto_a_lower_case_line():
    lines = [
        Line(
            1,
            1,
            "Custody. The custody rate was 0.16 per 1,000 in Jan-Dec 2024, above the region's but below England's;",
        ),
        Line(
            2,
            1,
            "our YJS family's rate for Jan-Dec 2024 was 0.12 per 1,000 children aged 10-17, the lowest in the group.",
        ),
    ]
    assert len(_paragraphs(lines)) == 1


def test_a_key_figures_box_and_the_prose_under_numbered_headings_set_at_a_tab():
    found = indicators_in(
        [
            "Farrowdale Youth Justice Plan 2025-26",
            "KEY FIGURES",
            "First time entrants: 171 per 100,000 children aged 10-17 (Apr 24 – Mar 25) – England",
            "152",
            "Reoffending: 31.2% of the Jul 22 – Jun 23 cohort reoffended – England 32.9%",
            "Reoffences per reoffender: 3.48 (same cohort) – England 3.91",
            "4.1\tFirst time entrants",
            "In 2024/25, 96 Farrowdale children received a first caution or conviction, a rate of 171 per 100,000 "
            "children aged 10-17, down from 190 in 2023/24. The England rate fell from 160 in 2023/24 to 152 in "
            "2024/25, so the gap has narrowed from 30 to 19. In 2024/25 the average for our YJB family of similar "
            "services was 158.",
            "4.2\tReoffending",
            "Of the 218 children in the Jul 22 – Jun 23 cohort, 68 reoffended, a binary rate of 31.2%, down from "
            "33.0% for the Jul 21 – Jun 22 cohort. They committed 237 further offences, an average of 3.48 "
            "reoffences per reoffender, down from 3.77 for the previous cohort.",
            "4.3\tUse of custody",
            "England’s custody rate was 0.10 in 2024/25 and 0.12 in 2023/24.",
            "Measure\t2023/24\t2024/25",
            "Turnaround: children who did not reoffend during the programme (%)\t84\t88",
            "Children in suitable accommodation (%)\t90\t93",
        ],
        "Farrowdale Council",
    )
    got = {(i.name, i.period, i.value, i.area) for i in found}
    # the England figure wrapped onto a line of its own is England's, of its line's period
    assert ("First time entrants", "Apr 24 – Mar 25", 152.0, "England") in got
    # the section's heading names the measure of the prose under it: earlier levels and a comparator's average
    assert ("First time entrants", "2023/24", 190.0, "Farrowdale") in got
    assert ("First time entrants", "2023/24", 160.0, "England") in got
    assert {(i.name, i.period, i.value) for i in found if i.value == 158.0} == {
        ("First time entrants", "2024/25", 158.0)
    }
    # '(same cohort)' is the cohort named on the line above; 'the previous cohort' the one before the latest
    assert ("Reoffending frequency", "Jul 22 – Jun 23", 3.48, "Farrowdale") in got
    assert ("Reoffending frequency", "Jul 22 – Jun 23", 3.91, "England") in got
    assert ("Reoffending frequency", "Jul 21 – Jun 22", 3.77, "Farrowdale") in got
    # 'England’s rate was 0.10 in 2024/25 and 0.12 in 2023/24': both England's
    assert ("Custody rate", "2023/24", 0.12, "England") in got
    values = {i.value for i in found}
    assert not values & {30.0, 19.0}  # the gap between two rates, not a rate
    assert not values & {84.0, 88.0}  # children who did NOT reoffend: a Turnaround measure, not the binary rate
    assert all(i.value <= 100 for i in found if i.unit == "%")


def test_a_row_of_dashboard_tiles_is_read_tile_by_tile():
    """Tiles side by side come out of the text layer as rows of TAB cells, one cell per tile: the names, the
    big figures (with a change badge), the periods and a strip of comparators."""
    found = indicators_in(
        [
            "Kelbourne Youth Justice Plan 2025-26",
            "Figure 2: The national indicators",
            "First time entrants per 100,000 aged 10-17\tBinary reoffending rate",
            "171 ▲ 6 on 2023\t27.5%",
            "Jan–Dec 2024\tOct 2022–Sep 2023 cohort",
            "England 147 · North West 162\tEngland 32.2% · North West 33.0%",
            "Reoffences per reoffender\tUse of custody per 1,000 aged 10-17",
            "3.21\t0.11",
            "Oct 2022–Sep 2023 cohort\tJan–Dec 2024",
            "England 3.89 | YOT family 3.50\tEngland 0.12 | North West 0.14",
        ],
        "Kelbourne Council",
    )
    got = {(i.name, i.period, i.value, i.area) for i in found}
    assert got == {
        ("First time entrants", "Jan–Dec 2024", 171.0, "Kelbourne"),
        ("First time entrants", "Jan–Dec 2024", 147.0, "England"),
        ("First time entrants", "Jan–Dec 2024", 162.0, "North West"),
        ("Binary reoffending rate", "Oct 2022–Sep 2023", 27.5, "Kelbourne"),
        ("Binary reoffending rate", "Oct 2022–Sep 2023", 32.2, "England"),
        ("Binary reoffending rate", "Oct 2022–Sep 2023", 33.0, "North West"),
        ("Reoffending frequency", "Oct 2022–Sep 2023", 3.21, "Kelbourne"),
        ("Reoffending frequency", "Oct 2022–Sep 2023", 3.89, "England"),
        ("Reoffending frequency", "Oct 2022–Sep 2023", 3.5, "YOT Family"),
        ("Custody rate", "Jan–Dec 2024", 0.11, "Kelbourne"),
        ("Custody rate", "Jan–Dec 2024", 0.12, "England"),
        ("Custody rate", "Jan–Dec 2024", 0.14, "North West"),
    }


def test_further_offences_after_a_rate_are_a_count():
    line = Line(1, 1, "x")
    text = "Of the 65 children, 20 reoffended, a binary rate of 30.8%, and they committed 69 further offences."
    assert [i.value for i in from_sentence(text, line, "Kelbourne")] == [30.8]


def test_rows_that_name_only_their_area_after_a_dash_continue_the_measure_above_with_a_footnoted_period_note():
    found = indicators_in(
        [
            "Table 3: National indicators by quarter, 2024-25",
            "Indicator\tQ1 24/25\tQ2 24/25",
            "First time entrants – Ashbury\t207\t203",
            "– North West\t176\t172",
            "– England\t160\t156",
            "Binary reoffending rate (%)1 – Ashbury\t39.0\t36.8",
            "– North West\t31.9\t31.4",
            "Measure\tQ1 24/25\tQ2 24/25",
            "Staff turnover – Ashbury\t12\t9",
            "1 Reoffending figures are for the cohorts of children cautioned or convicted in Oct–Dec 2022 and",
            "Jan–Mar 2023 respectively.",
            "In the year to March 2025 the rate of first time entrants was 198 per 100,000 children aged 10-17.",
        ],
        "Ashbury Council",
    )
    got = {(i.name, i.period, i.value, i.area) for i in found}
    assert {
        ("First time entrants", "Q1 24/25", 207.0, "Ashbury"),
        ("First time entrants", "Q2 24/25", 172.0, "North West"),
        ("First time entrants", "Q1 24/25", 160.0, "England"),
        # the note under the table, its footnote mark before it, says which cohort each quarter's column holds
        ("Binary reoffending rate", "Oct–Dec 2022", 39.0, "Ashbury"),
        ("Binary reoffending rate", "Jan–Mar 2023", 31.4, "North West"),
    } <= got
    assert not any(i.value in (12.0, 9.0) for i in found)  # a row of another measure ends the run
    # 'the year to March 2025': a period as printed
    assert any(i.period == "year to March 2025" and i.value == 198.0 for i in found)


def test_a_tables_figure_told_again_in_prose_is_kept_only_for_the_same_period_in_other_words():
    found = indicators_in(
        [
            "Table 2: First time entrants per 100,000 aged 10-17",
            "Indicator\tQ3 24/25\tQ4 24/25",
            "First time entrants\t194\t189",
            "In the year to March 2025 the first time entrant rate was 189 per 100,000 children aged 10-17.",
            "In Jan 23 – Dec 23 the first time entrant rate was 194 per 100,000 children aged 10-17.",
        ],
        "Ashbury Council",
    )
    got = sorted((i.period, i.value) for i in found)
    # the fourth quarter of 2024/25 ends in March 2025: the same figure for the same period, kept as the prose
    # names it; 194 is the table's for Q3 24/25, so the prose giving it for 2023 is a misreading left out
    assert got == [("Q3 24/25", 194.0), ("Q4 24/25", 189.0), ("year to March 2025", 189.0)]


def test_a_tiles_comparator_strip_wrapped_out_of_its_column_goes_to_the_tile_of_its_size():
    found = indicators_in(
        [
            "Kelbourne Youth Justice Plan 2025-26",
            "First time entrants\tBinary reoffending rate",
            "187 ▼ 25 on Jan 23 - Dec 23\t29.4% ▼ 3.7 points",
            "per 100,000 10-17 year olds, Jan 24 - Dec 24\tof children reoffended (Apr 23 - Mar 24",
            "cohort)",
            "London 172 | England 151 | YOT family 164",
            "London 31.0%\tEngland 32.4%",
            "Reoffences per reoffender\tCustody rate",
            "3.62 ▼ 0.33 on previous cohort\t0.27 ▼ 0.08 on Jan 23 - Dec 23",
            "average further offences by each child who reoffended\tper 1,000 10-17 year olds (Jan 24 - Dec 24)",
            "(Apr 23 - Mar 24 cohort)",
            "London 0.15 | England 0.09 | YOT family 0.18",
            "London 3.88 | England 3.79 | YOT family 3.71",
        ],
        "Kelbourne Council",
    )
    got = {(i.name, i.period, i.value, i.area) for i in found}
    assert {
        ("First time entrants", "Jan 24 - Dec 24", 172.0, "London"),
        ("First time entrants", "Jan 24 - Dec 24", 164.0, "YOT Family"),
        ("Binary reoffending rate", "Apr 23 - Mar 24", 32.4, "England"),
        # the period wrapped alone under the row is the one tile's that had none
        ("Reoffending frequency", "Apr 23 - Mar 24", 3.62, "Kelbourne"),
        ("Reoffending frequency", "Apr 23 - Mar 24", 3.88, "London"),
        ("Custody rate", "Jan 24 - Dec 24", 0.15, "London"),
    } <= got
    assert not any(i.name == "Custody rate" and i.value == 3.88 for i in found)  # the strips printed out of order


def test_previous_and_current_year_columns_take_their_years_from_the_notes_their_marks_point_to():
    found = indicators_in(
        [
            "Table 1: National youth justice indicators, Ashbury",
            "Indicator\tPrevious year\tCurrent year\tDirection of travel\tRAG",
            "First time entrants (rate per 100,000)1\t204\t181\t↓\tGreen",
            "Binary reoffending rate (%)2\t30.8%\t33.6%\t↑\tRed",
            "1 Previous year: Jan–Dec 2023; current year: Jan–Dec 2024.",
            "2 Reoffending: previous year is the Apr 21 – Mar 22 cohort; current year the Apr 22 – Mar 23 cohort.",
            "Table 2: Comparators, current year",
            "Indicator\tAshbury\tEngland",
            "First time entrants (rate per 100,000)\t181\t147",
            "Binary reoffending rate (%)\t33.6%\t32.2%",
        ],
        "Ashbury Council",
    )
    got = {(i.name, i.period, i.value, i.area) for i in found}
    assert {
        ("First time entrants", "Jan–Dec 2023", 204.0, "Ashbury"),
        ("First time entrants", "Jan–Dec 2024", 181.0, "Ashbury"),
        ("Binary reoffending rate", "Apr 21 – Mar 22", 30.8, "Ashbury"),
        ("Binary reoffending rate", "Apr 22 – Mar 23", 33.6, "Ashbury"),
        # a later table's 'current year' is the same year for the same measure
        ("First time entrants", "Jan–Dec 2024", 147.0, "England"),
        ("Binary reoffending rate", "Apr 22 – Mar 23", 32.2, "England"),
    } <= got


def test_a_first_caution_or_conviction_names_the_first_time_entrant_rate():
    line = Line(1, 1, "x")
    text = (
        "In Jan 24 - Dec 24, 48 Kelby children received a first youth caution or conviction, a rate of 187 per "
        "100,000 children aged 10-17, down from 212 in Jan 23 - Dec 23. England’s rate was 151, and the use of "
        "custody remained low at 0.07 per 1,000 in the same year."
    )
    got = [(i.name, i.period, i.value, i.area) for i in from_sentence(text, line, "Kelby")]
    assert ("First time entrants", "Jan 23 - Dec 23", 212.0, "Kelby") in got
    # the custody figure after England's, past the measure it names, is not England's
    assert [i.area for i in from_sentence(text, line, "Kelby") if i.value == 0.07] == ["Kelby"]


def test_comparators_after_an_earlier_cohort_compared_with_take_the_latest_and_an_average_of_further_offences():
    text = (
        "Reoffending: 31.4% of the April to June 2023 cohort reoffended (binary rate), compared with 33.9% for the "
        "April to June 2022 cohort; North West 34.6%, England 32.0%. Each reoffender committed 3.9 further offences "
        "on average (frequency), England 3.5."
    )
    found = {(o.name, o.period, o.value, o.area) for o in from_sentence(text, Line(1, 1, text), "Calderbrook")}
    assert ("Binary reoffending rate", "April to June 2022", 33.9, "Calderbrook") in found
    assert ("Binary reoffending rate", "April to June 2023", 34.6, "North West") in found
    assert ("Binary reoffending rate", "April to June 2023", 32.0, "England") in found
    assert any(name == "Reoffending frequency" and value == 3.9 for name, _p, value, _a in found)


def test_the_same_period_is_the_level_compareds_and_an_average_of_further_offences_each():
    text = (
        "The rate of first time entrants in Calverdale had fallen to 164 per 100,000 young people aged 10-17 in the "
        "period January to December 2024, from 181 per 100,000 in January to December 2023. The rate for England "
        "over the same period was 158 per 100,000. The binary reoffending rate for the April 2022 to March 2023 "
        "cohort was 33.8%. Those who reoffended had committed an average of 4.12 further offences each, and two "
        "children had committed 9 further offences each."
    )
    got = {(o.name, o.area, o.period, o.value) for o in from_sentence(text, Line(1, 1, text), "Calverdale")}
    assert ("First time entrants", "England", "January to December 2024", 158.0) in got
    assert ("Reoffending frequency", "Calverdale", "April 2022 to March 2023", 4.12) in got
    assert not any(value == 9.0 for _, _, _, value in got)


def test_a_note_pairing_each_year_column_with_its_cohort() -> None:
    """Year columns whose reoffending cells are the cohort published that year, as the note under the table says
    year by year; a quarter paired with its cohort keeps its quarter (the note only explains it)."""
    years = [
        "Table 4: Tywi national indicators, 2022 to 2024",
        "Indicator\t2022\t2023\t2024",
        "First time entrants per 100,000 aged 10-17\t248\t208\t168",
        "Binary reoffending rate (%)\t40.0\t37.5\t32.7",
        "First time entrants: calendar years. Reoffending: the cohort published in the year shown, so",
        "2022 = Apr 2020–Mar 2021 cohort, 2023 = Apr 2021–Mar 2022 cohort and 2024 = Apr 2022–Mar 2023 cohort.",
    ]
    got = {(i.name, i.period, i.value) for i in indicators_in(years, "Tywi County Council")}
    assert ("Binary reoffending rate", "Apr 2020–Mar 2021", 40.0) in got
    assert ("Binary reoffending rate", "Apr 2022–Mar 2023", 32.7) in got
    assert ("First time entrants", "2022", 248.0) in got
    quarters = [
        "Indicator\tQ1 2024/25\tQ2 2024/25",
        "Binary reoffending rate (%)\t36.0\t35.1",
        "Reoffending: Q1 2024/25 = July 2021 to June 2022 cohort; Q2 2024/25 = October 2021 to September 2022 cohort.",
    ]
    got = {(i.period, i.value) for i in indicators_in(quarters, "Tywi County Council")}
    assert got == {("Q1 2024/25", 36.0), ("Q2 2024/25", 35.1)}


def test_the_frequency_beside_a_binary_rate() -> None:
    text = (
        "For the previous cohort, Apr 2021–Mar 2022, the binary reoffending rate was 33.9% and the frequency 3.87. "
        "The frequency of Board meetings is 4 a year."
    )
    got = {(o.name, o.period, o.value) for o in from_sentence(text, Line(1, 1, text), "Kestonshire")}
    assert ("Reoffending frequency", "Apr 2021–Mar 2022", 3.87) in got
    assert not any(value == 4.0 for _, _, value in got)


def test_a_comparator_after_an_earlier_cohort_compared_with_than_is_the_latest_cohorts() -> None:
    text = (
        "Of the 142 children in the April to June 2023 cohort, 47 went on to reoffend. Those 47 children committed "
        "171 further offences, an average of 3.64 reoffences per reoffender in the April to June 2023 cohort — "
        "lower than the 4.12 for the April to June 2022 cohort and close to the London average of 3.58."
    )
    got = {(o.area, o.period, o.value) for o in from_sentence(text, Line(1, 1, text), "Fennhurst")}
    assert ("Fennhurst", "April to June 2022", 4.12) in got
    assert ("London", "April to June 2023", 3.58) in got


def test_a_table_of_counts_with_their_rates_in_brackets_under_area_and_year_headings() -> None:
    text = [
        "Table 2: National youth justice indicators, Wexbury and comparators",
        "Indicator\tMeasure shown\tWexbury 2023\tWexbury 2024\tRegion 2024\tEngland 2024",
        "First time entrants\tNumber (rate per 100,000 aged 10-17)\t74 (241)\t61 (198)\t– (176)\t– (147)",
        "Binary reoffending\tReoffenders / cohort (%)\t52 / 148 (35.1%)\t47 / 142 (33.1%)\t(32.0%)\t(31.7%)",
        "Custody\tNumber (rate per 1,000)\t6 (0.20)\t4 (0.13)\t– (0.14)\t– (0.11)",
        "Reoffending is measured on a cohort of children released from custody, tracked for twelve months:",
        "2023 = Apr 2021–Mar 2022 cohort; 2024 = Apr 2022–Mar 2023 cohort.",
    ]
    got = {(i.name, i.period, i.value, i.area) for i in indicators_in(text, "Wexbury Council")}
    assert ("First time entrants", "2023", 241.0, "Wexbury") in got
    assert ("First time entrants", "2024", 147.0, "England") in got
    assert ("Binary reoffending rate", "Apr 2021–Mar 2022", 35.1, "Wexbury") in got
    assert ("Custody rate", "2024", 0.14, "Region") in got  # custody's years are its own, not the cohorts
    assert not any(value in (74.0, 52.0, 6.0) for _, _, value, _ in got)  # the counts are no rates


def test_a_frequency_row_with_no_period_takes_the_binary_rates_cohort() -> None:
    obs = _table_obs(
        [
            "Measure\tKent\tEngland and Wales",
            "Reoffending rate % (Apr 2022 – Mar 2023 cohort)\t30.1%\t31.9%",
            "Frequency of reoffending (reoffences per reoffender)\t3.52\t3.88",
        ]
    )
    assert {(o.name, o.area, o.period, o.value) for o in obs if o.name == "Reoffending frequency"} == {
        ("Reoffending frequency", "Kent", "Apr 2022 – Mar 2023", 3.52),
        ("Reoffending frequency", "England and Wales", "Apr 2022 – Mar 2023", 3.88),
    }


def test_an_easy_read_plans_table_in_plain_words() -> None:
    obs = _table_obs(
        [
            "What we counted\tWhen\tNumber",
            "Children in trouble for the first time, for every 100,000 children aged 10 to 17\t"
            "April 2024 to March 2025\t142",
            "Children who did it again, out of every 100\tApril 2022 to March 2023\t29",
            "Times they did it again, on average\tApril 2022 to March 2023\t3.1",
        ],
        caption="How we did last year",
    )
    assert {(o.name, o.period, o.value) for o in obs} == {
        ("First time entrants", "April 2024 to March 2025", 142.0),
        ("Binary reoffending rate", "April 2022 to March 2023", 29.0),
        ("Reoffending frequency", "April 2022 to March 2023", 3.1),
    }


def test_key_points_in_bullets_with_earlier_levels_and_comparators(tmp_path: Path) -> None:
    """A plan's performance bullets: each level, the earlier one it is 'down from', England after a semicolon or
    in brackets, and a frequency of the 'same cohort' as the binary rate's latest, not its earlier one."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Ashvale Youth Justice Plan 2025-26\n"
        "Performance summary\n"
        "• FTEs: 160 per 100,000 10-17 population (Jan–Dec 2024), down from 181 (Jan–Dec 2023); England 150.\n"
        "• BRR (binary reoffending rate): 30.2% for the Apr 22 – Mar 23 cohort (England 31.9%), down from 33.0% "
        "for Apr 21 – Mar 22.\n"
        "• Frequency: 3.5 reoffences per reoffender (same cohort); England 3.8.\n"
    )
    found = {(i.name, i.period, i.area, i.value) for i in parse_path(path).indicators}
    assert {
        ("First time entrants", "Jan–Dec 2024", "Ashvale", 160.0),
        ("First time entrants", "Jan–Dec 2023", "Ashvale", 181.0),
        ("First time entrants", "Jan–Dec 2024", "England", 150.0),
        ("Binary reoffending rate", "Apr 22 – Mar 23", "Ashvale", 30.2),
        ("Binary reoffending rate", "Apr 22 – Mar 23", "England", 31.9),
        ("Binary reoffending rate", "Apr 21 – Mar 22", "Ashvale", 33.0),
        ("Reoffending frequency", "Apr 22 – Mar 23", "Ashvale", 3.5),
        ("Reoffending frequency", "Apr 22 – Mar 23", "England", 3.8),
    } == found


def test_a_welsh_plans_bilingual_comparator_heading_and_a_target_below_a_figure() -> None:
    obs = _table_obs(
        [
            "Dangosydd / Indicator\tCyfnod / Period\tKent\tCymru / Wales",
            "Custody rate per 1,000\tJan–Dec 2024\t0.12\t0.10",
        ]
    )
    assert {(o.area, o.value) for o in obs} == {("Kent", 0.12), ("Wales", 0.10)}
    said = from_sentence(
        "Priority 1: reduce first time entrants to fewer than 150 per 100,000 by March 2026.", Line(1, 1, ""), "Kent"
    )
    assert said == []


def test_a_plan_on_a_pages_tiles_side_by_side(tmp_path: Path) -> None:
    """A poster's tiles read as cells of one line: each a measure, its figure, its period and England's."""
    path = tmp_path / "poster.txt"
    path.write_text(
        "Ashvale Youth Justice Plan on a Page 2025–26\n"
        "Ashvale Council | Ashvale Youth Justice Service\n"
        "How we are doing\n"
        "First time entrants 171 per 100,000 children aged 10–17 Jan–Dec 2024 England 154\t"
        "Custody 0.15 per 1,000 children aged 10–17 in custody Jan–Dec 2024 England 0.11\n"
    )
    p = parse_path(path)
    assert p.council == "Ashvale Council"
    assert {(i.name, i.period, i.area, i.value) for i in p.indicators} == {
        ("First time entrants", "Jan–Dec 2024", "Ashvale", 171.0),
        ("First time entrants", "Jan–Dec 2024", "England", 154.0),
        ("Custody rate", "Jan–Dec 2024", "Ashvale", 0.15),
        ("Custody rate", "Jan–Dec 2024", "England", 0.11),
    }


def test_a_row_of_tiles_whose_captions_name_their_measures_and_a_same_cohort(tmp_path: Path) -> None:
    path = tmp_path / "tiles.txt"
    path.write_text(
        "Ashvale Youth Justice Plan on a Page 2025–26\n"
        "Reoffending\tReoffences per reoffender\n"
        "32.4%\t3.71\n"
        "reoffended within 12 months\taverage reoffences\n"
        "Apr 22–Mar 23 cohort\tsame cohort\n"
        "England 31.9%\tEngland 3.89\n"
    )
    found = {(i.name, i.period, i.area, i.value) for i in parse_path(path).indicators}
    assert found == {
        ("Binary reoffending rate", "Apr 22–Mar 23", "Ashvale", 32.4),
        ("Binary reoffending rate", "Apr 22–Mar 23", "England", 31.9),
        ("Reoffending frequency", "Apr 22–Mar 23", "Ashvale", 3.71),
        ("Reoffending frequency", "Apr 22–Mar 23", "England", 3.89),
    }


def test_a_figure_in_brackets_takes_the_period_printed_after_them() -> None:
    text = (
        "Four children were sentenced to custody in Apr 24 - Mar 25, a rate of 0.07 per 1,000 children aged 10-17, "
        "compared with seven children (0.12 per 1,000) in Apr 23 - Mar 24."
    )
    assert [(i.value, i.period) for i in from_sentence(text, Line(1, 1, ""), "Ashcombe")] == [
        (0.07, "Apr 24 - Mar 25"),
        (0.12, "Apr 23 - Mar 24"),
    ]


def test_a_heading_of_two_tiers_names_the_areas_and_same_period_last_year_is_a_year_before() -> None:
    """'Ashcombe' over 'Latest period' and 'Same period last year', 'Comparators' over 'South West' and 'England':
    the areas are the names in either tier, and last year's column is the row's period a year earlier."""
    text = [
        "Table 2: National indicators",
        "Measure\tAshcombe\t\tComparators",
        "\tLatest period\tSame period last year\tSouth West\tEngland",
        "First time entrants per 100,000 aged 10-17 Jan 24 - Dec 24\t148\t171\t139\t152",
        "Custody rate per 1,000 aged 10-17 Apr 24 - Mar 25\t0.07\t0.12\t0.08\t0.11",
    ]
    found = indicators_in(text, "Ashcombe County Council")
    assert sorted((i.name, i.period, i.value, i.area) for i in found) == sorted(
        [
            ("First time entrants", "Jan 24 - Dec 24", 148.0, "Ashcombe"),
            ("First time entrants", "Jan 23 - Dec 23", 171.0, "Ashcombe"),
            ("First time entrants", "Jan 24 - Dec 24", 139.0, "South West"),
            ("First time entrants", "Jan 24 - Dec 24", 152.0, "England"),
            ("Custody rate", "Apr 24 - Mar 25", 0.07, "Ashcombe"),
            ("Custody rate", "Apr 23 - Mar 24", 0.12, "Ashcombe"),
            ("Custody rate", "Apr 24 - Mar 25", 0.08, "South West"),
            ("Custody rate", "Apr 24 - Mar 25", 0.11, "England"),
        ]
    )


def test_a_comparator_over_the_same_twelve_months() -> None:
    text = (
        "First-time entrants to the youth justice system fell to 188 per 100,000 10-17 year olds in the year to "
        "December 2024 (Jan 24 - Dec 24), from 231 a year earlier; the North West average was 171 and the national "
        "rate 147. Our YJS family averaged 164 over the same twelve months."
    )
    found = from_sentence(text, Line(1, 1, ""), "Ashworth Vale")
    assert [(i.period, i.area) for i in found if i.value == 164.0] == [("Jan 24 - Dec 24", "YOT Family")]


def test_a_scorecard_with_a_period_column_after_each_figure() -> None:
    """'Fenmarsh (latest) | Period | Previous | Period | Family | England': each figure's period in the column
    after it; 'Previous' is the service's own figure a period before, no area."""
    text = [
        "Table 1: Youth justice performance scorecard",
        "Indicator\tFenmarsh (latest)\tPeriod\tPrevious\tPeriod\tFamily\tEngland",
        "First time entrants per 100,000 aged 10-17\t162\tJan 24 - Dec 24\t181\tJan 23 - Dec 23\t158\t152",
    ]
    found = indicators_in(text, "Fenmarsh County Council")
    assert sorted((i.period, i.value, i.area) for i in found) == sorted(
        [
            ("Jan 24 - Dec 24", 162.0, "Fenmarsh"),
            ("Jan 23 - Dec 23", 181.0, "Fenmarsh"),
            ("Jan 24 - Dec 24", 158.0, "Family"),
            ("Jan 24 - Dec 24", 152.0, "England"),
        ]
    )


def test_figures_told_in_a_minute_of_a_presentation_over_broken_lines():
    """Minutes of a scrutiny meeting telling the plan's figures in prose: a comparator's name broken over two
    lines ('the South' / 'West region'), a sentence in the past going on about the measure ('This compared
    with ...'), 'the same cohort' of the latest cohort the bullet above reported (not the earlier one it was
    compared with), and a family's average told with the measure's name between the figure and its base."""
    got = indicators_in(
        [
            "The Head of Service reported that the rate of first time entrants to the youth justice system had",
            "fallen to 138 per 100,000 young people aged 10-17 in the year to December 2024, against 154 for the South",
            "West region. This compared with 166 per 100,000 in the year to December",
            "2023, and reflected the work of the diversion panel with the police.",
            "Members were advised that:",
            "• the binary reoffending rate for the April 2022 to March 2023 cohort was 28.1%, an improvement",
            "on the rate of 31.9% for the April 2021 to March 2022 cohort;",
            "• children in the same cohort who reoffended committed an average of 3.41 reoffences each.",
            "Councillor Abney asked how the borough compared with similar areas. The Head of Service said that",
            "the average for the service's YJS family of comparable authorities had been 150 first time entrants",
            "per 100,000 in the year to December 2024.",
        ],
        "Ormsby Council",
    )
    found = {(i.name, i.period, i.value, i.area) for i in got}
    assert ("First time entrants", "year to December 2024", 154.0, "South West") in found
    assert ("First time entrants", "year to December 2023", 166.0, "Ormsby") in found
    assert ("Reoffending frequency", "April 2022 to March 2023", 3.41, "Ormsby") in found
    assert ("First time entrants", "year to December 2024", 150.0, "YOT Family") in found


def test_a_reports_numbered_paragraphs_with_their_numbers_at_a_tab_stop():
    """A cabinet report's '4.2<TAB>First time entrants: ...' paragraphs: the first line's number at a tab stop reads
    as a table row, but the prose wraps onto the lines below, so the paragraph is read as prose."""
    got = indicators_in(
        [
            "4.1\tThe service's performance against the national indicators is set out below for each one in turn.",
            "4.2\tFirst time entrants: the rate per 100,000 10-17 year olds was 168 in the 12",
            "months to December 2024 (England 154; YJS family 159).",
            "4.3\tUse of custody: the custody rate was 0.11 per 1,000 children aged 10-17 in the 12",
            "months to December 2024 (England 0.13).",
        ],
        "Wolds Council",
    )
    found = {(i.name, i.period, i.value, i.area) for i in got}
    assert ("First time entrants", "12 months to December 2024", 168.0, "Wolds") in found
    assert ("First time entrants", "12 months to December 2024", 154.0, "England") in found
    assert ("Custody rate", "12 months to December 2024", 0.11, "Wolds") in found


def test_a_row_of_tiles_with_a_caption_between_each_name_and_its_figure(tmp_path: Path) -> None:
    """A slide's tiles: 'Reoffending (frequency)' over 'reoffences per reoffender' over '3.41', the period and an
    'England: 3.89 | South West: 3.50' strip under each figure."""
    path = tmp_path / "tiles.txt"
    path.write_text(
        "Severnmouth Youth Justice Plan 2025-26 Summary\nPerformance headlines\n"
        "Reoffending (binary)\tReoffending (frequency)\n"
        "% of children who reoffend\treoffences per reoffender\n"
        "31.4%\t3.41\n"
        "Apr 22 – Mar 23 cohort\tApr 22 – Mar 23 cohort\n"
        "England: 31.9% | South West: 29.6%\tEngland: 3.89 | South West: 3.50\n"
    )
    found = {(i.name, i.area, i.value) for i in parse_path(path).indicators}
    assert found == {
        ("Binary reoffending rate", "Severnmouth", 31.4),
        ("Binary reoffending rate", "England", 31.9),
        ("Binary reoffending rate", "South West", 29.6),
        ("Reoffending frequency", "Severnmouth", 3.41),
        ("Reoffending frequency", "England", 3.89),
        ("Reoffending frequency", "South West", 3.5),
    }


def test_a_table_cell_with_its_own_period_in_brackets_after_the_figure(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "Wyvernbury Youth Justice Plan 2025-26\nTable 3: National indicators\n"
        "Indicator\tBaseline Jan–Dec 2023\tLatest Jan–Dec 2024\tDirection of travel\n"
        "First time entrants (rate per 100,000 children aged 10-17)\t178\t159\tImproved\n"
        "Binary reoffending rate\t34.8% (Apr 21–Mar 22 cohort)\t32.1% (Apr 22–Mar 23 cohort)\tImproved\n"
    )
    found = {(i.name, i.period, i.value) for i in parse_path(path).indicators}
    assert ("Binary reoffending rate", "Apr 21–Mar 22", 34.8) in found
    assert ("Binary reoffending rate", "Apr 22–Mar 23", 32.1) in found
    assert ("First time entrants", "Jan–Dec 2024", 159.0) in found


def test_a_table_with_rate_and_change_under_each_measure_its_periods_in_the_caption() -> None:
    found = _table_obs(
        [
            "Area\tFirst time entrants (per 100,000)\t\tCustody (per 1,000)\t",
            "\tRate\tChange\tRate\tChange",
            "Kent\t168\t-12.4\t0.09\t-0.04",
            "England\t160\t-4.1\t0.11\t+0.01",
        ],
        caption="Table 2: National indicators. FTE and custody: Jan 24 - Dec 24. Reoffending: Jul 22 - Jun 23 cohort.",
    )
    assert sorted((o.name, o.area, o.period, o.value) for o in found) == [
        ("Custody rate", "England", "Jan 24 - Dec 24", 0.11),
        ("Custody rate", "Kent", "Jan 24 - Dec 24", 0.09),
        ("First time entrants", "England", "Jan 24 - Dec 24", 160.0),
        ("First time entrants", "Kent", "Jan 24 - Dec 24", 168.0),
    ]


def test_a_table_of_areas_by_measure_its_periods_in_the_note_under_it() -> None:
    found = indicators_in(
        [
            "Table 3: National indicators, Brackenford and comparators",
            "Area\tFirst time entrants (rate per 100,000)\tReoffending rate (%)\tReoffences per reoffender",
            "Brackenford\t218\t34.1\t3.62",
            "England\t155\t31.4\t3.52",
            "FTE: Jan-Dec 2024; reoffending: Apr 22 - Mar 23 cohort",
        ],
        "Brackenford City Council",
    )
    got = {(o.name, o.area, o.period, o.value) for o in found}
    assert ("Reoffending frequency", "England", "Apr 22 - Mar 23", 3.52) in got
    assert ("First time entrants", "England", "Jan-Dec 2024", 155.0) in got


def test_an_earlier_level_of_a_bare_year_after_down_from() -> None:
    text = (
        "First time entrants: 182 per 100,000 young people aged 10-17 (January to December 2024), down from 204 in "
        "2023; London 156, England 149."
    )
    found = {(o.period, o.value, o.area) for o in from_sentence(text, Line(1, 1, text), "Thamesmead")}
    assert ("2023", 204.0, "Thamesmead") in found
    assert ("January to December 2024", 182.0, "Thamesmead") in found


def test_comparators_bare_beside_a_latest_figure_that_prints_its_period() -> None:
    found = _table_obs(
        [
            "Indicator\tBaseline (period)\tLatest (period)\tChange\tFamily average\tEngland",
            "First time entrants (rate per 100,000 aged 10-17)\t186 (Jan-Dec 23)\t171 (Jan-Dec 24)\t-8.1%\t164\t152",
        ],
        caption="Performance summary",
    )
    got = {(o.area, o.period, o.value) for o in found}
    assert ("England", "Jan-Dec 24", 152.0) in got
    assert ("Kent", "Jan-Dec 23", 186.0) in got
