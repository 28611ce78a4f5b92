"""Reloading the web page erased the visible conversation, "a tutor will answer here" included (a second newcomer,
session 41): the page keeps its last messages in the browser, under the conversation's id, and shows them again;
/forget clears them too."""
from __future__ import annotations

import pytest

from bot.channels.web import create_app
from tests.bot.test_s41_newcomer2_web import _send
from tests.channels.console_helpers import ServerThread
from tests.channels.test_web import ARGS, CHROMIUM


@pytest.fixture
def server(make_services):
    with ServerThread(create_app(make_services())) as running:
        yield running


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_a_reload_shows_the_conversation_again_until_forget(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    shown = "els => els.map(e => { const c = e.cloneNode(true); c.querySelectorAll('.choices').forEach(b => b.remove());" \
            " return c.textContent; })"  # a bubble's text, without the buttons under it
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto(server.url + "/")
        _send(page, "ما هو التقويم التكويني؟")
        _send(page, "je veux parler à un tuteur")
        before, cited = page.eval_on_selector_all(".msg", shown), page.locator(".msg .cite-id").count()
        assert len(before) == 5 and page.locator(".msg.escalated").count() == 1, before  # a tutor will answer here
        page.reload()
        page.wait_for_function("document.querySelectorAll('.msg').length >= 5", timeout=10_000)
        assert page.eval_on_selector_all(".msg", shown) == before
        assert page.locator(".msg.escalated").count() == 1 and page.locator(".msg .cite-id").count() == cited
        page.screenshot(path=str(tmp_path / "reloaded.png"), full_page=True)
        _send(page, "/forget ok")
        page.reload()
        page.wait_for_timeout(500)
        assert len(page.eval_on_selector_all(".msg", shown)) == 1  # the welcome alone
        browser.close()
