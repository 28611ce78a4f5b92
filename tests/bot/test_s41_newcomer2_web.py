"""The web page and its API, as a second newcomer found them (session 41): commands drawn backwards in Arabic ("calendar/",
"forget ok/"), a long link running past the bubble at 390 px, /forget answered in French after an Arabic question
when the request names no language, and a "no" to the /forget question not understood."""
from __future__ import annotations

import httpx
import pytest

from bot.channels.web import create_app
from bot.types import Message
from tests.channels.console_helpers import ServerThread
from tests.channels.test_web import ARGS, CHROMIUM

USER = "w" + "s41newcomertwo" * 2
LINK = "https://etakwine.example.org/register/confirmation-du-compte-formateur-cohorte-2026-b"


@pytest.fixture
def server(make_services):
    services = make_services()
    with ServerThread(create_app(services)) as running:
        running.services = services
        yield running


def _ask(server, user: str, text: str, **body) -> dict:
    response = httpx.post(server.url + "/api/ask", json={"user": user, "text": text, **body}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("text, command", [("/help", "/calendar"), ("/help", "/next"), ("/forget", "/forget ok"),
                                           ("/privacy", "/forget")])
def test_commands_in_an_arabic_reply_are_isolated_left_to_right(server, text, command):
    reply = _ask(server, USER + "iso", text, lang="ar")
    assert f"\u2066{command}\u2069" in reply["answer"], reply["answer"]


def test_forget_without_a_page_language_answers_in_the_conversations(server):
    # "ما هو التقويم التكويني؟" then "/forget" through the API: French only
    user = USER + "lang"
    first = _ask(server, user, "ما هو التقويم التكويني؟")
    assert first["lang"] == "ar", "else this checks nothing"
    asked = _ask(server, user, "/forget")
    assert asked["lang"] == "ar" and "forget ok" in asked["answer"] and "J'effacerai" not in asked["answer"], asked


@pytest.mark.parametrize("no, lang", [("لا، تراجعت", "ar"), ("non, finalement non", "fr"), ("la, safi", "ar"),
                                      ("Non merci, je garde tout", "fr")])
def test_a_no_after_the_forget_question_cancels_and_erases_nothing(server, no, lang):
    # it got the formative-assessment section's next paragraph
    user = USER + "no" + str(len(no))
    question = "ما هو التقويم التكويني؟" if lang == "ar" else "C'est quoi l'évaluation formative ?"
    first = _ask(server, user, question)
    _ask(server, user, "/forget", lang=lang)
    reply = _ask(server, user, no, lang=lang)
    assert reply["lang"] == lang and not reply["citations"] and not reply["escalate"], reply
    assert "/forget" in reply["answer"], reply  # nothing erased, and how to erase later
    kept = server.services.tutor.recorder.history(Message(channel="web", user=user, text=""))
    assert question in [row.text for row in kept], [row.text for row in kept]
    assert reply["answer"] != first["answer"]


def _send(page, text: str) -> None:
    count = page.locator(".msg.bot").count()
    page.fill("#text", text)
    page.click("#send")
    page.wait_for_function(f"document.querySelectorAll('.msg.bot').length > {count}", timeout=60_000)


# a command in an Arabic line: its slash drawn before its first letter (left to right), and what follows it in the
# sentence drawn to its left (the line right to left): "/calendar — الجدول الزمني" was drawn "الجدول الزمني — /calendar"
# read from the right, i.e. "calendar/" first
_READS_RIGHT = """(command) => {
  for (const div of document.querySelectorAll('.msg.bot')) {
    const walker = document.createTreeWalker(div, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.data.indexOf(command);
      if (i < 0) continue;
      const left = (k) => { const r = document.createRange(); r.setStart(node, k); r.setEnd(node, k + 1);
                            return r.getBoundingClientRect().left; };
      let next = i + command.length;
      while (next < node.data.length && /[\\s\\u200e\\u200f\\u2066-\\u2069]/.test(node.data[next])) next++;
      return left(i) < left(i + 1) && left(next) < left(i);
    }
  }
  return null;
}"""
# every bubble holds its text: nothing drawn past its edges
_OVERFLOWING = """() => [...document.querySelectorAll('.msg')].filter(div => {
  const box = div.getBoundingClientRect();
  const range = document.createRange(); range.selectNodeContents(div);
  const text = range.getBoundingClientRect();
  return div.scrollWidth > div.clientWidth + 1 || text.left < box.left - 1 || text.right > box.right + 1;
}).map(div => div.textContent.slice(0, 60))"""


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_commands_read_left_to_right_and_links_wrap_on_the_arabic_page(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto(server.url + "/")
        _send(page, "/help")
        _send(page, "/forget")
        for command in ("/calendar", "/next", "/forget ok"):
            assert page.evaluate(_READS_RIGHT, command) is True, command
        _send(page, f"التسجيل: {LINK} ما هذا الرابط؟")
        page.screenshot(path=str(tmp_path / "arabic-390.png"), full_page=True)
        assert page.evaluate(_OVERFLOWING) == []
        browser.close()
