"""Tutor answers reach web-chat visitors (issue #12, defect 7): each browser has its own random id, a
tutor's answer reaches the page that asked (and only it), and asks without an id never share a conversation."""
from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from bot.channels.web import create_app
from bot.store.schema import OutboxMessage, User
from tests.channels.conftest import unsure
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient, ServerThread

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUESTION = "Quand le ministère publiera-t-il la liste des formateurs retenus pour la mission à l'étranger ?"
QUESTION_AR = "بغيت نهضر مع مؤطر بخصوص لائحة المكونين المختارين للبعثة إلى الخارج"
ANSWER = "La liste paraîtra fin juin sur le portail du ministère."
AMINA, BILAL = "w" + "a" * 23, "w" + "b" * 23


@pytest.fixture
def web(make_services):
    """The app over HTTP whose Tutor escalates every question, with console accounts."""
    services = unsure(make_services(console_tokens=ACCOUNTS), clarify=False)
    with ServerThread(create_app(services, warm=False)) as server:
        yield services, server


def ask(server, text: str, **body) -> dict:
    response = httpx.post(server.url + "/api/ask", json={"text": text, **body}, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def fetch(server, user: str, after: int = 0) -> list[dict]:
    response = httpx.get(server.url + "/api/messages", params={"user": user, "after": after}, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()["messages"]


def answer_in_console(server, ticket_id: int, text: str) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as client:
        karim = ConsoleClient(client, "karim")
        assert "m=answered" in karim.post(f"/console/tickets/{ticket_id}/answer", text=text).headers["location"]


def web_users(services) -> list[str]:
    with services.store.session() as s:
        return list(s.scalars(select(User.external_id).where(User.channel == "web")))


def test_a_tutor_answer_reaches_the_browser_that_asked_and_only_it(web):
    services, server = web
    first = ask(server, QUESTION, user=AMINA)
    assert first["escalate"] and first["user"] == AMINA
    assert fetch(server, AMINA) == [] and fetch(server, BILAL) == []
    ticket = services.tickets.queue()[0]
    answer_in_console(server, ticket.id, ANSWER)
    got = fetch(server, AMINA)
    assert len(got) == 1 and ANSWER in got[0]["text"] and "Karim" in got[0]["text"]
    assert got[0]["kind"] == "tutor_answer" and got[0]["lang"] == "fr"
    assert got[0]["at"].endswith("+00:00"), "a time a browser can place (it had no zone, a newcomer)"
    assert fetch(server, BILAL) == [], "another browser sees nothing"
    with services.store.session() as s:
        row = s.get(OutboxMessage, got[0]["id"])
        assert (row.channel, row.recipient, row.state) == ("web", AMINA, "delivered")
    assert fetch(server, AMINA, after=got[0]["id"]) == [], "the page that showed it is not sent it again"
    assert [m["id"] for m in fetch(server, AMINA)] == [got[0]["id"]], "a response that never arrived is resent"


def test_asks_without_a_user_never_share_a_conversation(web):
    services, server = web
    one = ask(server, QUESTION)
    two = ask(server, QUESTION)
    assert one["user"] != two["user"] and one["user"] != "web"
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{16,128}", u) for u in (one["user"], two["user"]))
    assert sorted(web_users(services)) == sorted([one["user"], two["user"]])
    [ticket] = services.tickets.queue()
    followers = services.tickets.followers(ticket.id)
    assert sorted(f.recipient for f in followers) == sorted([one["user"], two["user"]])
    answer_in_console(server, ticket.id, ANSWER)
    assert len(fetch(server, one["user"])) == 1 and len(fetch(server, two["user"])) == 1


def test_guessable_or_shared_ids_are_refused(web):
    services, server = web
    for user in ("web", "alice", "x" * 15, "a" * 129, "../../etc", "a b" * 10):
        response = httpx.post(server.url + "/api/ask", json={"text": QUESTION, "user": user}, timeout=30)
        assert response.status_code == 422 and response.json()["fields"] == ["user"], user
        assert set(response.json()["message"]) == {"ar", "fr"}
        assert httpx.get(server.url + "/api/messages", params={"user": user}).status_code == 422
    assert httpx.get(server.url + "/api/messages").status_code == 422
    assert web_users(services) == []


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_the_page_keeps_its_own_id_and_shows_the_tutor_answer(web, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    services, server = web
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        amina, bilal = browser.new_context(viewport={"width": 900, "height": 800}), browser.new_context()
        page = amina.new_page()
        page.goto(server.url + "/")
        user = page.evaluate("localStorage.getItem('rafiq.user')")
        assert re.fullmatch(r"[A-Za-z0-9_-]{16,128}", user)
        page.reload()
        assert page.evaluate("localStorage.getItem('rafiq.user')") == user, "the id survives a reload"
        other = bilal.new_page()
        other.goto(server.url + "/")
        assert other.evaluate("localStorage.getItem('rafiq.user')") not in (user, None)

        page.fill("#text", QUESTION_AR)  # asked in Arabic, so answered in Arabic (a French one gets French)
        page.click("#send")
        page.wait_for_selector(".msg.bot.escalated", timeout=30_000)
        [ticket] = services.tickets.queue()
        assert [f.recipient for f in services.tickets.followers(ticket.id)] == [user]
        answer_in_console(server, ticket.id, ANSWER)
        page.wait_for_selector(".msg.tutor", timeout=30_000)
        shown = page.locator(".msg.tutor").inner_text()
        assert ANSWER in shown and page.evaluate("document.documentElement.dir") == "rtl"
        assert page.locator(".msg.tutor").evaluate("e => getComputedStyle(e, '::before').content").strip('"') == \
            "جواب مؤطر(ة)"
        page.screenshot(path=str(tmp_path / "chat-tutor-answer-ar.png"), full_page=True)
        page.click("button[data-lang=fr]")
        assert page.evaluate("document.documentElement.dir") == "ltr"
        long_text = "Ma question est longue. " * 200  # 4,800 characters: refused whole, kept in the box
        page.fill("#text", long_text)
        page.click("#send")
        page.wait_for_selector(".msg.bot.error")
        assert "maximum 4000 caractères" in page.locator(".msg.bot.error").inner_text()
        assert page.input_value("#text") == long_text.strip()
        assert page.locator(".msg.me").count() == 1, "the refused text is not shown as sent"
        page.screenshot(path=str(tmp_path / "chat-tutor-answer-fr.png"), full_page=True)
        page.reload()
        page.wait_for_function("Number(document.body.dataset.polls || 0) >= 1", timeout=30_000)
        # a reload shows the conversation kept by the page (s41: it was erased), the tutor's answer once, not twice
        assert page.locator(".msg.tutor").count() == 1, "a reload shows the answer once, from the page's own copy"
        assert other.locator(".msg.tutor").count() == 0
        browser.close()
    with services.store.session() as s:
        assert [r.state for r in s.scalars(select(OutboxMessage).where(OutboxMessage.channel == "web"))] == \
            ["delivered"]
