"""Youth Justice Plans found inside the seed packs: title, years, sections,
budget rows (totals checked, never corrected), board and action plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutebook.parse import parse_path

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def corpus_file(relative: str) -> Path:
    """A file under ../shared/corpus, or skip saying why (a fresh clone has none)."""
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"needs ../shared/corpus/{relative} (absent in a fresh clone)")
    return path


def _plan(name: str) -> dict:
    result = parse_path(corpus_file(f"seeds/{name}.txt"))
    plan = result.to_json()["youth_justice_plan"]
    json.dumps(plan)  # JSON-ready as parse --json prints it
    return plan


@pytest.fixture(scope="module")
def warwickshire() -> dict:
    return _plan("warwickshire-cyp-osc-2024-09-17")


@pytest.fixture(scope="module")
def coventry_2019() -> dict:
    return _plan("coventry-cabinet-2019-10-29")


@pytest.fixture(scope="module")
def coventry_2022() -> dict:
    return _plan("coventry-city-council-2022-10-18")


def _budget(plan: dict) -> dict[str, tuple]:
    return {r["agency"]: (r["staffing"], r["in_kind"], r["other"], r["total"]) for r in plan["budget"]}


def test_warwickshire_plan_identity_and_template_sections(warwickshire) -> None:
    assert warwickshire["title"] == "Warwickshire Youth Justice Service Strategic Plan 2024 / 25"
    assert warwickshire["years"] == [2024, 2025]
    assert warwickshire["area"] == "Warwickshire"
    keys = [s["template"] for s in warwickshire["sections"]]
    for key in (
        "introduction",
        "governance",
        "performance_and_priorities",
        "child_first",
        "resources_and_services",
        "national_standards",
        "service_improvement_plan",
        "evidence_based_practice",
        "sign_off",
    ):
        assert key in keys
    # The cover report's own numbered paragraphs (1. Executive Summary … 6. Appendices) are not plan sections.
    assert warwickshire["sections"][0]["title"] == "1. Introduction, vision and strategy"


def test_warwickshire_budget_rows_kept_as_printed_with_mismatches_flagged(warwickshire) -> None:
    budget = _budget(warwickshire)
    assert budget["Youth Justice Board"] == (439488.0, None, 109872.0, 549360.0)
    assert budget["Local Authority"] == (1212138.0, None, 669741.0, 1881879.0)
    assert budget["Police and Crime Commissioner"] == (90000.0, None, None, 74494.0)
    assert budget["Total"] == (2074802.0, 0.0, 863195.0, 2937997.0)
    flagged = {r["agency"] for r in warwickshire["budget"] if r["flags"]}
    assert flagged == {"Police and Crime Commissioner", "Probation", "Health", "Other", "Total"}
    assert not [r for r in warwickshire["budget"] if r["agency"] == "Local Authority" and r["flags"]]


def test_warwickshire_board(warwickshire) -> None:
    assert len(warwickshire["board"]) == 21
    first = warwickshire["board"][0]
    assert (first["name"], first["role"]) == ("Nigel Minns", "Executive Director")
    assert warwickshire["actions"] == []  # the plan prints no action table


def test_coventry_2019_plan(coventry_2019) -> None:
    assert coventry_2019["years"] == [2019, 2020]
    assert coventry_2019["area"] == "Coventry"
    titles = [s["title"] for s in coventry_2019["sections"]]
    assert titles[0] == "1. Executive Summary"
    assert "Appendix 7 – Management Board Membership" in titles
    budget = _budget(coventry_2019)
    assert budget["Local Authority"] == (514409.0, 0.0, 251973.0, 766382.0)
    assert budget["YJB"] == (458602.0, 0.0, 62276.0, 520878.0)
    assert budget["Total"] == (1230359.0, 0.0, 375178.0, 1605537.0)
    assert len(budget) == 9 and not any(r["flags"] for r in coventry_2019["budget"])
    assert len(coventry_2019["board"]) == 14
    assert {m["name"]: m["board_role"] for m in coventry_2019["board"]}["Valerie Elliott"] == "Observer"
    actions = coventry_2019["actions"]
    assert [a["number"] for a in actions] == [str(n) for n in range(1, 50)]
    assert actions[0]["lead"] == "Adrian Seymour CYOS" and actions[0]["deadline"] == "Quarterly"
    assert actions[0]["theme"] == "FIRST TIME ENTRANTS"
    # Performance tables survive only as captions: listed, never filled in.
    captions = [c["caption"] for c in coventry_2019["charts_without_figures"]]
    assert any(c.startswith("Table 1: FTEs per 100,000") for c in captions)


def test_coventry_2022_plan(coventry_2022) -> None:
    assert coventry_2022["years"] == [2021, 2022, 2023]
    assert coventry_2022["title"].startswith("Coventry's Youth Justice Strategy and Plan")
    keys = {s["template"] for s in coventry_2022["sections"]}
    assert {"local_context", "child_first", "voice_of_the_child", "looking_forward", "sign_off"} <= keys
    budget = _budget(coventry_2022)
    assert budget["Youth Justice Board"] == (390871.0, None, 140736.0, 531607.0)
    assert budget["Police Service"] == (None, 59507.0, None, 59507.0)
    assert budget["Total"] == (1065239.0, None, 444288.0, 1626560.0)
    total = next(r for r in coventry_2022["budget"] if r["agency"] == "Total")
    assert any("444,288" in f and "334,792" in f for f in total["flags"])
    assert len(coventry_2022["board"]) == 15
    chair = next(m for m in coventry_2022["board"] if m["name"] == "John Gregg")
    assert chair["board_role"] == "Chair" and chair["attendance"] == "Q1, Q2, Q3, Q4"
    actions = coventry_2022["actions"]
    assert len(actions) > 80
    first = actions[0]
    assert first["number"] == "1" and first["deadline"] == "End of Q2"
    assert first["lead"].startswith("Tianne Peynado")
    # Headline indicators read from the plan travel with it.
    assert {(i["name"], i["value"]) for i in coventry_2022["indicators"]} >= {
        ("First time entrants", 112.0),
        ("Custody rate", 0.29),
    }


def test_a_plan_from_another_council_laid_out_differently() -> None:
    """A PDF-like plan: pages, a dotted contents list, areas down the side
    and periods across the top, a table header repeated after a page break."""
    from minutebook.model import Document, Page
    from minutebook.parse import parse_document

    pages = [
        ["Cabinet", "Agenda Item 7", "Report of the Director of Children's Services"],
        [
            "Borsetshire Youth Justice Service",
            "Youth Justice Plan 2023 to 2025",
            "Contents",
            "1. Introduction, vision and strategy ........ 3",
            "2. Local context ........ 4",
            "3. Child First ........ 5",
            "4. Governance, leadership and partnership arrangements ........ 6",
            "5. Performance ........ 8",
        ],
        ["1. Introduction, vision and strategy", "Our vision is a child first service."],
        ["2. Local context", "Borsetshire is rural."],
        ["3. Child First", "We see children as children."],
        [
            "4. Governance, leadership and partnership arrangements",
            "Management Board membership",
            "Name\tRole\tOrganisation",
            "A Person (Chair)\tDirector of Children's Services\tBorsetshire County Council",
            "B Person\tSuperintendent\tBorsetshire Police",
        ],
        [
            "5. Performance",
            "First time entrants rate per 100,000 aged 10-17",
            "Area\tApr 22 - Mar 23\tApr 23 - Mar 24",
            "Borsetshire\t150\t140",
            "England\t160\t150",
            "The binary reoffending rate was 30.5% (Jul 21 - Jun 22), compared with England at 32.0%.",
            "Table 9: Custody rate per 1,000",
            "",
        ],
        [
            "Partner contributions to the pooled budget 2023/24",
            "Agency\tStaffing costs\tPayments in kind\tOther delegated funds\tTotal",
            "Local Authority\t500,000\t\t100,000\t600,000",
        ],
        [
            "Partner contributions to the pooled budget 2023/24",
            "Agency\tStaffing costs\tPayments in kind\tOther delegated funds\tTotal",
            "Police\t50,000\t10,000\t\t60,000",
            "Total\t550,000\t10,000\t100,000\t660,000",
        ],
    ]
    doc = Document("borsetshire.pdf", "0", "pdf", [Page(i + 1, p) for i, p in enumerate(pages)])
    result = parse_document(doc)
    plan = result.extras["youth_justice_plan"]
    assert plan["title"] == "Youth Justice Plan 2023 to 2025"
    assert plan["years"] == [2023, 2024, 2025] and plan["area"] == "Borsetshire"
    assert [s["citation"]["page"] for s in plan["sections"]] == [3, 4, 5, 6, 7]
    assert [m["name"] for m in plan["board"]] == ["A Person", "B Person"]
    assert plan["board"][0]["board_role"] == "Chair"
    budget = {r["agency"]: r for r in plan["budget"]}
    assert set(budget) == {"Local Authority", "Police", "Total"}  # header repeated on page 9 dropped
    assert budget["Total"]["citation"]["page"] == 9 and budget["Total"]["flags"] == []
    fte = {(i.area, i.period): i.value for i in result.indicators if i.name == "First time entrants"}
    assert fte == {
        ("Borsetshire", "Apr 22 - Mar 23"): 150.0,
        ("Borsetshire", "Apr 23 - Mar 24"): 140.0,
        ("England", "Apr 22 - Mar 23"): 160.0,
        ("England", "Apr 23 - Mar 24"): 150.0,
    }
    binary = {(i.area, i.period, i.value) for i in result.indicators if i.name == "Binary reoffending rate"}
    assert binary == {("Borsetshire", "Jul 21 - Jun 22", 30.5), ("England", "Jul 21 - Jun 22", 32.0)}
    assert [c["caption"] for c in plan["charts_without_figures"]] == ["Table 9: Custody rate per 1,000"]


def test_action_plan_whose_first_column_is_the_priority() -> None:
    from minutebook.extract.tables import find_tables
    from minutebook.extract.youth_justice import action_rows
    from minutebook.model import Document, Page

    rows = [
        "Priority\tActions\tLead officer\tBy when",
        "Reduce first time entrants\tLaunch the diversion panel\tHead of YJS\tJune 2024",
        "\tReview out of court disposals\tPolice lead\tSeptember 2024",
        "Education\tAgree an ETE protocol with schools\tHead of Inclusion\tMarch 2025",
    ]
    [table] = find_tables(Document("p.pdf", "0", "pdf", [Page(1, rows)]).lines())
    actions = action_rows(table)
    assert [(a["theme"], a["action"], a["lead"], a["deadline"]) for a in actions] == [
        ("Reduce first time entrants", "Launch the diversion panel", "Head of YJS", "June 2024"),
        ("Reduce first time entrants", "Review out of court disposals", "Police lead", "September 2024"),
        ("Education", "Agree an ETE protocol with schools", "Head of Inclusion", "March 2025"),
    ]  # fmt: skip


def test_board_table_naming_partners_and_representatives() -> None:
    from minutebook.extract.tables import find_tables
    from minutebook.extract.youth_justice import board_rows, is_board_table
    from minutebook.model import Document, Page

    rows = [
        "Youth Justice Management Board membership",
        "Partner agency\tRepresentative\tRole",
        "Police\tJane Smith\tChief Superintendent",
        "Health\tDr Ali Khan (Vice-Chair)\tDirector of Nursing",
    ]
    [table] = find_tables(Document("p.pdf", "0", "pdf", [Page(1, rows)]).lines())
    assert is_board_table(table)
    board = board_rows(table)
    assert [(m["name"], m["board_role"], m["role"], m["organisation"]) for m in board] == [
        ("Jane Smith", None, "Chief Superintendent", "Police"),
        ("Dr Ali Khan", "Vice-Chair", "Director of Nursing", "Health"),
    ]


def test_a_welsh_county_boroughs_own_area():
    from minutebook.extract.youth_justice import area_name

    assert area_name("Ynys Garth County Borough Council") == "Ynys Garth"
    assert area_name("Wirral Metropolitan Borough Council") == "Wirral"


def test_a_borough_named_before_its_place_has_the_place_as_its_area():
    from minutebook.extract.youth_justice import area_name

    assert area_name("London Borough of Camden") == "Camden"
    assert area_name("Borough of Broxbourne") == "Broxbourne"
    assert area_name("City of York Council") == "York"


def test_the_plans_title_is_its_heading_not_the_forewords_sentence_naming_it():
    from minutebook.extract.youth_justice import find_plan
    from minutebook.model import Line

    text = [
        "Scarthby Borough Council",
        "Youth Justice Plan 2025-26",
        "Foreword",
        "I am pleased to introduce Scarthby’s Youth Justice Plan for 2025-26. The plan sets out how the Council",
        "1. Introduction and local context",
        "The borough has 14,000 children aged 10 to 17.",
        "2. Governance and partnership arrangements",
        "The Board meets quarterly.",
        "3. Our performance",
        "Figures improved.",
    ]
    plan = find_plan([Line(i + 1, 1, t) for i, t in enumerate(text)], [], "Scarthby Borough Council")
    assert plan is not None
    assert (plan.title, plan.area) == ("Youth Justice Plan 2025-26", "Scarthby")


def test_a_refreshs_opening_sentence_naming_the_plan_is_not_its_title():
    from minutebook.extract.youth_justice import find_plan
    from minutebook.model import Line

    text = [
        "Westby County Council",
        "Youth Justice Plan 2024–2027",
        "Year two refresh: 2025/26",
        "This refresh updates the Youth Justice Plan 2024–2027 for its second year, as the Youth Justice Board’s",
        "guidance asks.",
        "1. Introduction and local context",
        "The county has 44,000 children aged 10 to 17.",
        "2. Governance and partnership arrangements",
        "The Board meets quarterly.",
        "3. Our performance",
        "Figures improved.",
    ]
    plan = find_plan([Line(i + 1, 1, t) for i, t in enumerate(text)], [], "Westby County Council")
    assert plan is not None
    assert (plan.title, plan.area) == ("Youth Justice Plan 2024–2027", "Westby")


def test_a_plans_running_header_naming_it_as_an_appendix_is_no_section():
    from minutebook.extract.youth_justice import find_plan
    from minutebook.model import Line

    page = "Appendix A – Westby Youth Justice Plan 2025-26"
    text = [
        "Youth Justice Plan 2025-26",
        "1. Introduction",
        "The plan sets out our work.",
        "2. Local context",
        "The county has 44,000 children aged 10 to 17.",
        page,
        "3. Governance, leadership and partnership",
        "The Board meets quarterly.",
        "4. Performance",
        page,
        "Figures improved.",
        "5. Priorities",
        "Education comes first.",
        page,
        "Appendix B – Action plan",
        "Actions are listed below.",
    ]
    plan = find_plan([Line(i + 1, 1, t) for i, t in enumerate(text)], [], "Westby County Council")
    assert plan is not None
    assert [s["title"] for s in plan.sections][-2:] == ["5. Priorities", "Appendix B – Action plan"]
