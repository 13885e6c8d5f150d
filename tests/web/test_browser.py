"""In a real browser (Debian's Chromium driven by Playwright): a reader
searches, opens a result, reaches its meeting, sees a resolution with its
citation and follows it to the source line. Screenshots of the home, meeting
and search pages go to tests/artifacts/ on every run, for a person to look at."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from webrecord import RESOLUTION_LINE

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"needs Chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.base = live_server  # type: ignore[attr-defined]
    yield pg
    context.close()
    assert not errors, f"browser console errors (a CSP violation shows here): {errors}"


def _shot(pg, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_to_meeting_to_resolution_to_source(page):  # type: ignore[no-untyped-def]
    page.goto(page.base + "/")
    _shot(page, "home")
    page.get_by_label("Search minutes, decisions and reports").fill("rural libraries opening hours")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=*")
    assert page.locator("ol.hits > li").count() >= 1
    assert page.locator("ol.hits mark").count() >= 1
    _shot(page, "search")

    page.locator("ol.hits > li a.hit-title").first.click()  # the minute the passage belongs to
    page.wait_for_url("**/minutes/*")
    assert "Rural library opening hours" in page.locator("h1").inner_text()
    page.locator(".lede a").first.click()  # its meeting
    page.wait_for_url("**/meetings/*")
    assert page.locator("h1").inner_text() == "Cabinet"
    resolution = page.locator(".resolution", has_text="rural libraries be approved")
    assert resolution.count() == 1
    cite = resolution.locator("a.cite")
    assert cite.inner_text() == f"line {RESOLUTION_LINE}"
    _shot(page, "meeting")

    cite.click()
    page.wait_for_url(f"**/text?line={RESOLUTION_LINE}#L{RESOLUTION_LINE}")
    target = page.locator(f"#L{RESOLUTION_LINE}")
    assert "RESOLVED that the revised opening hours" in target.inner_text()
    assert "hit" in (target.get_attribute("class") or "")
    _shot(page, "source")


def test_hostile_text_does_not_run(page):  # type: ignore[no-untyped-def]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(page.base + "/search?q=pwned")
    assert "<script>alert('pwned')</script>" in page.locator("ol.hits").inner_text()  # shown as text
    page.locator("ol.hits a.hit-title").first.click()
    page.locator(".lede a").first.click()  # the meeting, whose minute title carries a <script>
    page.wait_for_url("**/meetings/*")
    page.goto(page.base + "/decisions?q=libraries")
    assert dialogs == [], "no script from a document ran"
    assert page.locator("a[href^='javascript:']").count() == 0


def _tab_until(page, predicate, limit: int = 40) -> bool:  # type: ignore[no-untyped-def]
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate):
            return True
    return False


@pytest.mark.parametrize("path", ["/", "/search?q=library", "/decisions", "/meetings/1"])
def test_keyboard_reaches_skip_link_search_box_and_links_with_visible_focus(page, path):  # type: ignore[no-untyped-def]
    page.goto(page.base + path)
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.className")
    assert "skip-link" in first, "the first Tab lands on the skip link"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-48px"  # it comes into view
    assert _tab_until(page, "document.activeElement.name === 'q'"), "Tab reaches the search box"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "focus is visible on the search box"
    assert _tab_until(page, "document.activeElement.tagName === 'A' && !!document.activeElement.closest('main')"), (
        "Tab reaches links in the content"
    )
    link_outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert link_outline not in ("none", ""), "focus is visible on links"


@pytest.mark.parametrize("path", ["/", "/search?q=library", "/decisions", "/meetings/1"])
def test_every_form_field_has_a_label(page, path):  # type: ignore[no-untyped-def]
    page.goto(page.base + path)
    unlabelled = page.evaluate(
        """() => Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
             .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
             .map(el => el.outerHTML)"""
    )
    assert unlabelled == []
