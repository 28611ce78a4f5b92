"""The web page's buttons (#14): a clarifying question's sections, and "ask a tutor" for the latest question, over
real HTTP and in headless Chromium."""
from __future__ import annotations

import httpx
import pytest

from bot.channels.web import create_app
from bot.question_keys import KeyProposals
from tests.channels.conftest import unsure
from tests.channels.console_helpers import ServerThread
from tests.channels.test_web import ARGS, CHROMIUM

USER = "w" + "0123456789abcdef" * 2


@pytest.fixture
def unsure_server(make_services):
    services = unsure(make_services())
    with ServerThread(create_app(services)) as running:
        running.services = services
        yield running


def test_a_clarifying_question_lists_its_sections_and_a_number_chooses_one(unsure_server):
    asked = httpx.post(unsure_server.url + "/api/ask", json={"text": "évaluation formative ou sommative ?",
                                                              "user": USER}, timeout=30).json()
    assert asked["reason"] == "clarify" and len(asked["options"]) >= 2
    assert all(set(o) == {"id", "title", "lang"} and o["title"] in asked["answer"] for o in asked["options"])
    chosen = httpx.post(unsure_server.url + "/api/ask", json={"text": "1", "user": USER}, timeout=30).json()
    assert [c["id"] for c in chosen["citations"]] == [asked["options"][0]["id"]] and chosen["options"] == []
    assert unsure_server.services.tickets.unclaimed() == [], "a clarifying question opens no ticket"


def test_ask_a_tutor_hands_the_latest_question_to_a_tutor(unsure_server):
    question = "évaluation formative ou sommative ?"
    httpx.post(unsure_server.url + "/api/ask", json={"text": question, "user": USER, "lang": "fr"}, timeout=30)
    reply = httpx.post(unsure_server.url + "/api/tutor", json={"user": USER, "lang": "fr"}, timeout=30).json()
    assert reply["escalate"] and reply["reason"] == "human_requested" and reply["user"] == USER
    [ticket] = unsure_server.services.tickets.unclaimed()
    assert ticket.question == question


def test_ask_a_tutor_refuses_a_missing_or_malformed_user(unsure_server):
    for body in ({}, {"user": "web"}, {"user": USER, "lang": "de"}):
        response = httpx.post(unsure_server.url + "/api/tutor", json=body)
        assert response.status_code == 422, body
        assert "الطلب غير صالح" in response.json()["message"]["ar"]


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_the_page_shows_the_sections_as_buttons_and_a_press_answers(unsure_server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 420, "height": 900})
        page.goto(unsure_server.url + "/")
        page.fill("#text", "كلمة المرور أو التسجيل؟")
        page.click("#send")
        page.wait_for_selector(".msg.bot .choices button.option", timeout=30_000)
        options = page.locator(".msg.bot .choices button.option")
        assert options.count() >= 2 and options.first.inner_text().startswith("1. ")
        assert page.locator(".msg.bot .choices button.ask-tutor").inner_text() == "🙋 اسأل مؤطرا"
        assert options.first.evaluate("e => getComputedStyle(e).direction") == "rtl"
        page.screenshot(path=str(tmp_path / "choices-ar.png"))
        title = options.first.inner_text()
        options.first.click()
        page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 3", timeout=30_000)
        assert page.locator(".msg.me").last.inner_text() == title
        assert "📖" in page.locator(".msg.bot").last.inner_text()
        assert page.locator(".msg.bot").nth(1).locator(".choices").count() == 0, "the pressed choice is gone"
        page.locator(".msg.bot").last.locator("button.feedback.up").click()
        page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 4", timeout=30_000)
        assert page.locator(".msg.bot").last.inner_text() == "شكرا على رأيك!"
        assert len(KeyProposals(unsure_server.services.store).pending()) == 0, "a chosen option is no question key"
        browser.close()


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_a_reply_asking_which_topic_offers_a_tutor_on_the_page(unsure_server, tmp_path):
    """"donne-moi un exemple" opening a conversation is asked "about which topic?"; the reply carries an "ask a
    tutor" button on Telegram, and now on the page too (it showed none: the page offered one only under an answer,
    an off-topic reply or a clarifying question)."""
    asked = httpx.post(unsure_server.url + "/api/ask", json={"text": "donne-moi un exemple", "user": USER},
                       timeout=30).json()
    assert asked["offers_tutor"] is True and not asked["citations"] and not asked["options"] and not asked["escalate"]
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 420, "height": 900})
        page.goto(unsure_server.url + "/")
        page.get_by_text("Français").click()
        page.fill("#text", "donne-moi un exemple")
        page.click("#send")
        page.wait_for_selector(".msg.bot .choices button.ask-tutor", timeout=30_000)
        assert page.locator(".msg.bot .choices button.ask-tutor").inner_text() == "🙋 Demander à un tuteur"
        page.screenshot(path=str(tmp_path / "which-topic-fr.png"))
        page.locator(".msg.bot .choices button.ask-tutor").click()
        page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 3", timeout=30_000)
        browser.close()
    assert [t.question for t in unsure_server.services.tickets.unclaimed()] == ["donne-moi un exemple"]


@pytest.fixture
def server(make_services):
    services = make_services()
    with ServerThread(create_app(services)) as running:
        running.services = services
        yield running


QUESTION = "Comment préparer une séance de formation ?"


def test_helpful_proposes_the_question_as_a_key_of_the_cited_section(server):
    asked = httpx.post(server.url + "/api/ask", json={"text": QUESTION, "user": USER}, timeout=30).json()
    assert asked["citations"] and asked["interaction"] >= 1
    said = httpx.post(server.url + "/api/feedback", json={"user": USER, "interaction": asked["interaction"],
                                                           "value": "up", "lang": "fr"}).json()
    assert said == {"answer": "Merci pour votre avis !", "lang": "fr", "recorded": True}
    [proposal] = KeyProposals(server.services.store).pending()
    assert (proposal.section_id, proposal.question) == (asked["citations"][0]["id"], QUESTION)


def test_not_helpful_offers_a_tutor_who_gets_that_question(server):
    asked = httpx.post(server.url + "/api/ask", json={"text": QUESTION, "user": USER}, timeout=30).json()
    httpx.post(server.url + "/api/ask", json={"text": "Bonjour", "user": USER}, timeout=30)
    said = httpx.post(server.url + "/api/feedback", json={"user": USER, "interaction": asked["interaction"],
                                                           "value": "down", "lang": "fr"}).json()
    assert said["recorded"] and "tuteur" in said["answer"]
    reply = httpx.post(server.url + "/api/tutor", json={"user": USER, "lang": "fr", "reason": "not_helpful",
                                                         "interaction": asked["interaction"]}).json()
    assert reply["escalate"]
    [ticket] = server.services.tickets.unclaimed()
    assert (ticket.question, ticket.reason) == (QUESTION, "not_helpful")
    assert KeyProposals(server.services.store).pending() == []


def test_feedback_on_another_browsers_answer_is_not_recorded(server):
    asked = httpx.post(server.url + "/api/ask", json={"text": QUESTION, "user": USER}, timeout=30).json()
    other = "w" + "fedcba9876543210" * 2
    said = httpx.post(server.url + "/api/feedback", json={"user": other, "interaction": asked["interaction"],
                                                           "value": "up", "lang": "ar"}).json()
    assert said == {"answer": "لم يعد هذا الزر صالحا.", "lang": "ar", "recorded": False}
    assert KeyProposals(server.services.store).pending() == []
    bad = httpx.post(server.url + "/api/feedback", json={"user": USER, "interaction": 0, "value": "maybe"})
    assert bad.status_code == 422


def test_ask_a_tutor_and_feedback_without_a_language_keep_the_conversations(unsure_server):
    """From an Arabizi conversation, "ask a tutor" and 👎 sent without `lang` answered in French and recorded the
    ticket as French, so the tutor answered in French (a newcomer)."""
    user = "w" + "arabizi-lang-0001" * 2
    asked = httpx.post(unsure_server.url + "/api/ask", json={"text": "chno howa l'évaluation formative?",
                                                              "user": user}, timeout=30).json()
    assert asked["lang"] == "ar", "else this checks nothing"
    reply = httpx.post(unsure_server.url + "/api/tutor", json={"user": user}, timeout=30).json()
    assert reply["escalate"] and reply["lang"] == "ar"
    [ticket] = unsure_server.services.tickets.unclaimed()
    assert ticket.lang == "ar"
    voted = httpx.post(unsure_server.url + "/api/feedback", json={"user": user, "interaction": asked["interaction"],
                                                                  "value": "down"}, timeout=30).json()
    assert voted["lang"] == "ar" and voted["recorded"]
