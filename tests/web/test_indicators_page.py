"""The indicators pages over a record holding the three seed packs: the
first-time entrant rates of Warwickshire and Coventry side by side (chart
and table), the plan pages with their sections and figures linked to the
source, the JSON API, and escaping of document text."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"
SEEDS = [
    "warwickshire-cyp-osc-2024-09-17.txt",
    "coventry-cabinet-2019-10-29.txt",
    "coventry-city-council-2022-10-18.txt",
]
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _seed(name: str) -> Path:
    for folder in (SAMPLES, CORPUS / "seeds"):
        if (folder / name).exists():
            return folder / name
    pytest.skip(f"needs the seed {name} (samples/ or ../shared/corpus/seeds)")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from minutebook.parse import parse_path
    from minutebook.store import open_store
    from minutebook.web.app import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('indicators') / 'record.db'}"
    with open_store(url) as store:
        for name in SEEDS:
            parsed = parse_path(_seed(name))
            if name.startswith("warwickshire"):  # hostile text in a figure's area must come out escaped
                parsed.indicators[0].area = "<script>alert(1)</script>"
            store.ingest(parsed)
    return create_app(url)


@pytest.fixture(scope="module")
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def test_index_lists_every_indicator_with_counts_and_the_plans(client: TestClient) -> None:
    r = client.get("/indicators")
    assert r.status_code == 200
    assert "First time entrants" in r.text and "Binary reoffending rate" in r.text
    assert "/indicators?name=First%20time%20entrants" in r.text or "name=First+time+entrants" in r.text
    assert "Warwickshire Youth Justice Service Strategic Plan 2024 / 25" in r.text
    assert "/plans/coventry/2019" in r.text and "/plans/warwickshire/2024" in r.text


def test_one_indicator_every_council_side_by_side_with_chart_and_table(client: TestClient) -> None:
    r = client.get("/indicators", params={"name": "First time entrants"})
    assert r.status_code == 200
    html = r.text
    assert "<svg" in html and "<table" in html and "<script" not in html.replace("&lt;script", "")
    assert "&lt;script&gt;" in html  # document text escaped
    # Warwickshire's table and Coventry's 2022 plan sentences, side by side.
    for value in ("156", "193", "112", "197"):
        assert f'data-value="{value}"' in html
    assert "Coventry" in html and "Warwickshire" in html
    assert "/documents/" in html  # each figure links to its source line


def test_unknown_indicator_and_bad_parameters_are_4xx(client: TestClient) -> None:
    assert client.get("/indicators", params={"name": "No such thing"}).status_code == 404
    assert client.get("/indicators", params={"name": "x" * 500}).status_code == 400
    assert client.get("/plans/coventry/1066").status_code == 400  # out of range: the app answers 400
    assert client.get("/plans/nowhere/2022").status_code == 404


def test_plan_page_lists_sections_and_figures_linked_to_lines(client: TestClient) -> None:
    r = client.get("/plans/coventry/2022")
    assert r.status_code == 200
    html = r.text
    assert (
        "Coventry&#39;s Youth Justice Strategy and Plan" in html or "Coventry's Youth Justice Strategy and Plan" in html
    )
    assert "Voice of the child" in html and "Looking forward" in html
    assert "?line=" in html  # sections and figures link to their lines
    assert "0.29" in html and "444,288" in html and "Management board (15)" in html
    r = client.get("/plans/warwickshire/2025")
    assert r.status_code == 200 and "Management board (21)" in r.text


def test_api(client: TestClient) -> None:
    names = client.get("/api/indicators").json()["names"]
    assert {"First time entrants", "Binary reoffending rate", "Custody rate"} <= {n["name"] for n in names}
    rows = client.get("/api/indicators", params={"name": "First time entrants", "council": "coventry"}).json()
    values = {(r["period"], r["value"]) for r in rows["indicators"]}
    assert ("2021/22", 112.0) in values and all(r["source"] for r in rows["indicators"])
    plan = client.get("/api/plans/warwickshire/2024").json()
    assert plan["years"] == [2024, 2025] and len(plan["board"]) == 21


# ---------------------------------------------------------------- in a browser


@pytest.fixture(scope="module")
def live_server(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.browser
def test_browser_shows_seed_fte_rates_side_by_side(live_server: str) -> None:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"needs Chromium at {CHROMIUM} (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(live_server + "/indicators")
            page.get_by_role("link", name="First time entrants").click()
            page.wait_for_url("**/indicators?name=*")
            chart = page.get_by_role("img", name="First time entrants by council, period and comparator")
            assert chart.is_visible()
            bars = page.locator("svg g.bar")
            labels = [bars.nth(i).get_attribute("data-label") or "" for i in range(bars.count())]
            assert any(label.startswith("Warwickshire") for label in labels)
            assert any(label.startswith("Coventry") for label in labels)
            table = page.locator("table#figures")
            row = table.locator("tr", has_text="2021/22")
            assert "112" in row.first.inner_text()
            assert "156" in table.locator("tr", has_text="January 2023 - December 2023").first.inner_text()
            # Both councils' bars are drawn, with widths that follow their values.
            wk = page.locator('svg g.bar[data-value="156"] rect').first.bounding_box()
            cv = page.locator('svg g.bar[data-value="112"] rect').first.bounding_box()
            assert wk and cv and wk["width"] > cv["width"] > 0
            assert not errors, f"console errors: {errors}"
        finally:
            browser.close()
