"""The page in real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

A reader loads the seed story, moves the slider with the keyboard, reads the
figures, the chart and the map, reloads a shared URL, and opens a blog whose
text carries HTML that must stay text. Screenshots go to artifacts/.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_web_api import Server

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "kz-2022-01-06.ro.txt"
ARTIFACTS = ROOT / "artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

if not os.path.exists(CHROMIUM):
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python) is not installed")

HOSTILE = """\
09:00 A reader wrote: <script>alert(1)</script> and nothing else happened in Springfield.
09:30 Another one sent <img src=x onerror=alert(1)> as a picture caption.
10:00 Officials said the square is quiet again.
"""


def _ingest(path: str, story: str, file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsrewind", "ingest", str(file), "--story", story, "--store", path, "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not SEED.is_file():
        pytest.skip("the shared seed corpus is not beside the project")
    folder = tmp_path_factory.mktemp("browser")
    path = str(folder / "site.sqlite")
    _ingest(path, "kz", SEED)
    hostile = folder / "hostile-en.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    _ingest(path, "hostile", hostile)
    with Server(path) as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    pg = context.new_page()
    pg.errors = []
    pg.dialogs = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"web-{name}.png"))


def open_story(page: Any, base: str, query: str) -> None:
    page.goto(f"{base}/?{query}")
    page.wait_for_selector("body[data-ready='1']", timeout=15_000)


def slide_to(page: Any, hhmm: str) -> None:
    """Move the slider with the keyboard, one update at a time, until the clock reads hhmm."""
    slider = page.locator("#slider")
    slider.focus()
    page.keyboard.press("Home")
    total = int(slider.get_attribute("max") or 0)
    for _ in range(total + 1):
        at = page.locator("body").get_attribute("data-at") or ""
        if at.endswith("T" + hhmm):
            break
        page.keyboard.press("ArrowRight")
        page.wait_for_function("(v) => document.body.dataset.at !== v", arg=at, timeout=5_000)
    assert (page.locator("body").get_attribute("data-at") or "").endswith("T" + hhmm)
    page.wait_for_function(f"document.querySelector('#clock').textContent.includes('{hhmm}')")


def security_killed(page: Any) -> Any:
    return page.locator(".figure[data-measure='killed'][data-group='security']").first


def test_slider_moves_the_death_toll(site: Server, page: Any) -> None:
    open_story(page, site.base, "story=kz")
    slide_to(page, "10:40")
    card = security_killed(page)
    page.wait_for_function(
        "() => { const c = document.querySelector(\".figure[data-measure='killed'][data-group='security'] .fig-value\");"
        " return c && c.textContent === '12'; }",
        timeout=5_000,
    )
    assert card.locator(".fig-value").inner_text() == "12"
    shot(page, "1040")
    slide_to(page, "17:20")
    page.wait_for_function(
        "() => { const c = document.querySelector(\".figure[data-measure='killed'][data-group='security'] .fig-value\");"
        " return c && c.textContent === '18'; }",
        timeout=5_000,
    )
    card = security_killed(page)
    assert card.locator(".fig-value").inner_text() == "18"
    assert card.locator(".fig-who").inner_text().startswith("reported by 18")
    # the step chart: three points, each linked to its entry, the slider's moment drawn
    chart = card.locator(".chart-box")
    assert chart.get_attribute("data-points") == "3"
    assert chart.locator("circle.point").count() == 3
    assert chart.locator("line.now").count() == 1
    hrefs = [chart.locator("a.point-link").nth(i).get_attribute("href") for i in range(3)]
    assert all(h and h.startswith("#e-") for h in hrefs)
    # the entry of 17:20 is marked new since the previous update
    assert page.locator(".entry.is-new").count() >= 1
    shot(page, "1720")
    assert page.errors == []


def test_map_shows_places_over_outlines(site: Server, page: Any) -> None:
    open_story(page, site.base, "story=kz&at=2022-01-06T17:20")
    names = page.locator("#places li.place").evaluate_all("items => items.map(i => i.dataset.name)")
    assert "Almaty" in names and "Taraz" in names
    labels = page.locator("#map .map-label").all_inner_texts()
    assert "Almaty" in labels and "Taraz" in labels
    # offline (no tiles in tests): country outlines are drawn under the points, not a grey box
    assert page.locator(".leaflet-outlines-pane path").count() > 0
    page.locator("#map").screenshot(path=str(ARTIFACTS / "web-map.png"))


def test_shared_url_reloads_the_same_state(site: Server, page: Any, browser: Any) -> None:
    open_story(page, site.base, "story=kz")
    slide_to(page, "10:40")
    page.select_option("#f-lang", "ro")
    page.wait_for_function("location.search.includes('lang=ro')")
    url = page.url
    assert "story=kz" in url and "at=2022-01-06T10%3A40" in url or "at=2022-01-06T10:40" in url
    before = (page.locator("#clock").inner_text(), security_killed(page).locator(".fig-value").inner_text())
    entries_before = page.locator("#entries .entry").count()
    other = browser.new_context(viewport={"width": 1440, "height": 1000}).new_page()
    other.goto(url)
    other.wait_for_selector("body[data-ready='1']", timeout=15_000)
    after = (other.locator("#clock").inner_text(), security_killed(other).locator(".fig-value").inner_text())
    assert after == before
    assert other.locator("#entries .entry").count() == entries_before
    assert other.locator("#f-lang").input_value() == "ro"
    assert other.locator("#slider").input_value() == page.locator("#slider").input_value()
    other.context.close()


def test_hostile_text_stays_text(site: Server, page: Any) -> None:
    open_story(page, site.base, "story=hostile")
    texts = page.locator("#entries .entry .text").all_inner_texts()
    joined = "\n".join(texts)
    assert "<script>alert(1)</script>" in joined
    assert "<img src=x onerror=alert(1)>" in joined
    assert page.locator("#entries script, #entries img").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.errors == []
    shot(page, "hostile")


def test_diff_view_lists_what_changed(site: Server, page: Any) -> None:
    open_story(page, site.base, "story=kz")
    page.select_option("#d-from", index=0)
    page.click("#d-go")
    page.wait_for_selector("#diff p")
    assert "new update" in page.locator("#diff p").first.inner_text()
