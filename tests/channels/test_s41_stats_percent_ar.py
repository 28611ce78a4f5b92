"""The Arabic stats page read "% 0": the rates were "0 %" dropped into right-to-left text, so the sign was drawn on the
number's left. Each rate is now isolated left to right, as the reports isolate every number and date in Arabic
(bot/reports/html.py `_ltr`): "0 %" whatever the page's direction. Checked in the HTML and drawn in headless Chromium."""
from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from bot.channels.web import create_app
from bot.store.schema import utcnow
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient, ServerThread, browser_login

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox"]
SHOT = "/tmp/rafiq_console_stats_ar.png"
RATE = re.compile(r'<td><bdi dir="ltr">(\d+)(?:\u00a0|&nbsp;)%</bdi></td>')
# where each digit and the percent sign of a cell are drawn (x of their left edge)
POSITIONS = """td => { const out = {digits: [], pct: []};
  const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent.length; i++) {
      const ch = node.textContent[i];
      if (ch !== '%' && !/[0-9]/.test(ch)) continue;
      const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
      (ch === '%' ? out.pct : out.digits).push(range.getBoundingClientRect().x);
    }
  }
  return out; }"""


@pytest.fixture
def served(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    store = services.store
    for n, (escalate, lang) in enumerate(((False, "ar"), (True, "ar"), (False, "fr"), (False, "fr"))):
        uid = store.get_or_create_user("telegram", str(700 + n)).id
        store.add_interaction(user_id=uid, channel="telegram", thread=str(700 + n), text="سؤال؟", detected_lang=lang,
                              reply_lang=lang, intent="question", reply_text="…", confidence=0.9, citations=[],
                              escalate=escalate, reason="low_confidence" if escalate else "", created_at=utcnow())
    with ServerThread(create_app(services, warm=False)) as running:
        yield running


def test_rates_are_isolated_left_to_right_in_the_html(served):
    with httpx.Client(base_url=served.url, timeout=60) as client:
        ConsoleClient(client, "nadia")
        client.get("/console/lang/ar")
        page = client.get("/console/stats").text
    table = re.search(r'<table id="by-lang">.*?</table>', page, re.S).group(0)
    assert RATE.findall(table)[:2] == ["50", "50"], table  # Arabic: 1 of 2 answered, 1 of 2 escalated
    cells = re.findall(r"<td>([^<]*(?:<bdi[^>]*>[^<]*</bdi>)?[^<]*)</td>", table)
    rates = [c for c in cells if "%" in c]
    assert len(rates) == 6 and all(RATE.fullmatch(f"<td>{c}</td>") for c in rates), rates


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_the_arabic_stats_page_draws_the_percent_sign_after_the_number(served):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        browser_login(page, served.url)
        page.goto(served.url + "/console/lang/ar?next=/console/stats")
        page.wait_for_url("**/console/stats")
        assert page.evaluate("document.documentElement.dir") == "rtl"
        cells = page.locator("#by-lang td, #weeks td").filter(has_text="%")
        assert cells.count() >= 6
        for i in range(cells.count()):
            drawn = cells.nth(i).evaluate(POSITIONS)
            assert drawn["digits"] and len(drawn["pct"]) == 1, drawn
            assert drawn["pct"][0] > max(drawn["digits"]), (cells.nth(i).inner_text(), drawn)  # "0 %", not "% 0"
        page.locator("#by-lang").screenshot(path=SHOT)
        browser.close()
