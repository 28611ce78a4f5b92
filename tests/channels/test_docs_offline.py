"""`/docs` (Swagger UI) and `/redoc` render in headless Chromium with the network cut off: every asset comes
from Rafiq itself, none from a CDN."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.channels.web import create_app
from tests.channels.console_helpers import ServerThread
from tests.channels.test_web import ARGS, CHROMIUM

# every host name resolves to nothing except this machine's: a CDN cannot be reached
OFFLINE = [*ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")]


@pytest.fixture
def server(make_services):
    with ServerThread(create_app(make_services())) as running:
        yield running


@pytest.fixture
def page(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=OFFLINE)
        page = browser.new_page()
        page.requested = []  # (url, why it failed or None)
        page.on("requestfinished", lambda request: page.requested.append((request.url, None)))
        page.on("requestfailed", lambda request: page.requested.append((request.url, request.failure)))
        yield page
        browser.close()


def elsewhere(page, server) -> list[tuple[str, str | None]]:
    """Requests to another host that were not stopped by the page's own Content-Security-Policy."""
    return [(url, why) for url, why in page.requested
            if not url.startswith((server.url, "data:", "blob:")) and why != "csp"]


def test_swagger_ui_renders_offline(page, server, tmp_path: Path):
    page.goto(server.url + "/docs")
    page.wait_for_selector(".opblock-summary-path[data-path='/api/ask']", timeout=30_000)
    assert page.locator(".opblock-summary-path[data-path='/health']").count() == 1
    page.click(".opblock-summary-path[data-path='/api/ask']")
    page.wait_for_selector("text=AskResponse", timeout=10_000)
    for status in ("413", "422", "429"):
        assert page.locator(f".response[data-code='{status}']").count() == 1, status
    page.screenshot(path=str(tmp_path / "docs.png"))
    assert elsewhere(page, server) == []


def test_redoc_renders_offline(page, server):
    page.goto(server.url + "/redoc")
    page.get_by_text("/api/ask").first.wait_for(timeout=30_000)
    text = page.inner_text("body")
    assert "/health" in text and "Too many questions from this address this minute." in text
    assert elsewhere(page, server) == []
