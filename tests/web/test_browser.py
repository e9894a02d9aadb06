"""The web UI in real headless Chromium (Debian's), against ``newsgraph serve`` on a free port.

Each test saves a screenshot of its page into docs/screenshots/ for the README.
The pages must work offline: every request a page makes goes to the app itself.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from liveserver import running_server
from playwright.sync_api import Browser, Page, sync_playwright

from eventcorpus import XSS_ACTOR, XSS_BODY, XSS_TITLE

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(showcase_db: Path) -> Iterator[str]:
    with running_server(showcase_db) as url:
        yield url


class Visit:
    """A browser tab that records every request it makes and every dialog that opens."""

    def __init__(self, browser: Browser, base: str) -> None:
        self.base = base
        self.page: Page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

    def open(self, path: str) -> Page:
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, path
        return self.page

    def assert_offline(self) -> None:
        outside = [url for url in self.requests if not url.startswith(self.base) and not url.startswith("data:")]
        assert not outside, f"requests outside the app: {outside}"

    def screenshot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def visit(browser: Browser, server: str) -> Iterator[Visit]:
    tab = Visit(browser, server)
    yield tab
    tab.assert_offline()
    tab.page.close()


def api(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path) as response:
        return json.load(response)


def test_dashboard_shows_counts_chart_and_top_lists(visit: Visit) -> None:
    stats = api(visit.base, "/api/stats")
    page = visit.open("/")
    assert page.locator("h1").inner_text() == "Dashboard"
    events_count = page.locator(".count", has_text="events").first.locator("strong").inner_text()
    assert int(events_count) == stats["counts"]["events"]
    assert page.locator(".chart svg rect").count() >= (1 if stats["events_by_date"] else 0)
    top = stats["top_actors"][0]["name"]
    top_actors = page.locator("section", has=page.locator("h2", has_text="Top actors"))
    assert top_actors.locator("a", has_text=top).count() >= 1
    visit.screenshot("dashboard")


def busiest_article(base: str) -> tuple[str, list[dict[str, Any]]]:
    events = api(base, "/api/events?limit=1000")["items"]
    counts: dict[str, int] = {}
    for event in events:
        counts[event["article"]["id"]] = counts.get(event["article"]["id"], 0) + 1
    article = max(counts, key=lambda key: (counts[key], key))
    return article, [e for e in events if e["article"]["id"] == article]


def test_selecting_an_event_highlights_its_evidence_and_trigger(visit: Visit) -> None:
    article, events = busiest_article(visit.base)
    ordered = sorted(events, key=lambda e: (e["evidence"]["start"], e["trigger"]["start"], e["id"]))
    chosen = ordered[min(1, len(ordered) - 1)]
    page = visit.open(f"/articles/{article}")
    assert page.locator(".text .selected").count() == 0
    page.locator(f'.event-select[data-event="{chosen["id"]}"]').click()
    evidence = "".join(page.locator(".text .selected").all_inner_texts())
    trigger = "".join(page.locator(".text .selected-trigger").all_inner_texts())
    assert " ".join(evidence.split()) == " ".join(chosen["evidence"]["text"].split())
    assert trigger == chosen["trigger"]["text"]
    assert chosen["trigger"]["text"] in evidence
    assert page.locator(f"#event-{chosen['id']}").get_attribute("class") == "event-item selected"
    assert f"event={chosen['id']}" in page.url
    assert page.locator(".text .mention").count() >= 1  # actors are highlighted too
    visit.screenshot("article")
    # the link from the events table lands on the same highlighted evidence
    page = visit.open(f"/articles/{article}?event={chosen['id']}")
    assert "".join(page.locator(".text .selected").all_inner_texts()) == evidence


def test_filtering_events_by_actor(visit: Visit) -> None:
    stats = api(visit.base, "/api/stats")
    code = stats["top_dyads"][0]["source"] if stats["top_dyads"] else stats["top_actors"][0]["code"]
    expected = api(visit.base, f"/api/events?actor={code}&limit=1")["total"]
    page = visit.open("/events")
    page.fill('input[name="actor"]', code)
    with page.expect_navigation():
        page.click('form.filters button[type="submit"]')
    assert f"actor={code}" in page.url
    rows = page.locator("table.events tbody tr")
    assert rows.count() == min(expected, 50)
    for index in range(rows.count()):
        actors = rows.nth(index).locator("td").nth(3).inner_text() + rows.nth(index).locator("td").nth(4).inner_text()
        assert code in actors
    assert f"of {expected}" in page.locator(".pager").first.inner_text()
    first = rows.first.locator("a.evidence-link")
    visit.screenshot("events")
    with page.expect_navigation():
        first.click()
    assert page.locator(".text .selected").count() >= 1  # each row links to its evidence


def test_actor_page_shows_network_timeline_and_events(visit: Visit) -> None:
    top = api(visit.base, "/api/stats")["top_actors"][0]
    profile = api(visit.base, f"/api/actors/{urllib.request.quote(top['name'])}?code={top['code'] or '-'}")
    page = visit.open(f"/actors/{urllib.request.quote(top['name'])}?code={top['code'] or '-'}")
    assert page.locator("#actor-name").inner_text().startswith(top["name"])
    assert page.locator(".network svg circle").count() == len(profile["partners"]) + 1
    assert page.locator(".network svg line").count() >= len(profile["partners"])
    assert page.locator(".chart svg rect").count() >= 1
    visit.screenshot("actor")


def test_map_draws_the_world_and_every_located_event_offline(visit: Visit) -> None:
    places = api(visit.base, "/api/locations")
    page = visit.open("/map")
    assert page.locator(".map path.land").count() > 150
    assert page.locator(".map circle.point").count() == len(places)
    visit.screenshot("map")


def test_search_box_finds_articles(visit: Visit) -> None:
    title = api(visit.base, "/api/articles?limit=1")["items"][0]["title"]
    word = max(title.split(), key=len).strip(";:,.")
    page = visit.open("/")
    page.fill('header input[name="q"]', word)
    with page.expect_navigation():
        page.press('header input[name="q"]', "Enter")
    assert page.locator("h2", has_text="Articles").count() == 1
    assert page.locator("main a", has_text=title).count() >= 1


def test_hostile_text_is_shown_literally_and_never_runs(browser: Browser, hostile_db: Path, tmp_path: Path) -> None:
    upload = {"title": XSS_TITLE, "text": XSS_BODY + "\n\nA second paragraph <script>alert('body')</script>."}
    with running_server(hostile_db, api_key="test-key") as base:
        request = urllib.request.Request(
            f"{base}/api/articles?filename=hostile.jsonl",
            data=json.dumps(upload).encode("utf-8"),
            headers={"X-API-Key": "test-key", "Content-Type": "application/x-ndjson"},
            method="POST",
        )
        with urllib.request.urlopen(request) as response:
            uploaded = json.load(response)["articles"]
        built = api(base, "/api/articles?q=convoy")["items"]
        actor = api(base, "/api/actors?q=group")["items"][0]
        visit = Visit(browser, base)
        pages = [
            f"/articles/{uploaded[0]}",
            f"/articles/{built[0]['id']}?event=e1",
            "/",
            "/events",
            "/articles",
            f"/actors/{urllib.request.quote(actor['name'], safe='')}?code={actor['code']}",
            "/quotes",
            "/map",
            "/search?q=convoy",
        ]
        for path in pages:
            page = visit.open(path)
            spans = page.locator(".text span")
            if spans.count():
                spans.first.hover()  # a mouseover payload would fire now, had it become markup
            assert page.evaluate("() => window.__xss") is None, path
            assert page.locator("script").count() == 1, path  # only the app's own script tag
            assert page.locator("img").count() == 0, path
        page = visit.open(f"/articles/{uploaded[0]}")
        assert page.locator("#article-title").inner_text() == XSS_TITLE
        assert "<img src=x onerror=" in page.locator("#article-text").inner_text()
        assert "<script>alert('body')</script>" in page.locator("#article-text").inner_text()
        page = visit.open(f"/actors/{urllib.request.quote(actor['name'], safe='')}?code={actor['code']}")
        assert page.locator("#actor-name").inner_text().startswith(XSS_ACTOR)
        assert visit.dialogs == []
        visit.assert_offline()
        visit.page.close()
