"""A language the trainer chose on the web page (its button, or "from now on in French" switching it) is kept for
every reply, whatever the message's language, until she changes it: the page sends `lang_chosen` with its `lang`
(a newcomer, session 41: "من دابا جاوبني بالفرنسية عافاك" switched the page, and the next Arabic question was
answered in Arabic). A message entirely in French in an Arabic conversation is answered in French."""
from __future__ import annotations

import json

import httpx
import pytest

from bot.channels.web import create_app
from bot.conversation_language import conversation_language
from tests.bot.helpers import say
from tests.channels.console_helpers import ServerThread
from tests.channels.test_web import ARGS, CHROMIUM

USER = "w" + "s41chosenlanguage" * 2


@pytest.fixture
def server(make_services):
    services = make_services()
    with ServerThread(create_app(services)) as running:
        running.services = services
        yield running


def _ask(server, user: str, **body) -> dict:
    response = httpx.post(server.url + "/api/ask", json={"user": user, **body}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_chosen_language_wins_over_the_messages(server):
    for text in ("شنو هو ملف الإنجاز؟", "chno howa l portfolio?", "ما هو التقويم التكويني؟"):
        assert _ask(server, USER, text=text, lang="fr", lang_chosen=True)["lang"] == "fr", text
    assert _ask(server, USER + "a", text="Qu'est-ce que le portfolio ?", lang="ar", lang_chosen=True)["lang"] == "ar"


def test_without_lang_chosen_lang_stays_a_default(server):
    # other clients send `lang` as before: an Arabic message is answered in Arabic on a French page
    assert _ask(server, USER + "b", text="شنو هو ملف الإنجاز؟", lang="fr")["lang"] == "ar"


def test_a_language_asked_with_the_question_still_wins(server):
    reply = _ask(server, USER + "c", text="jawbni b l3arbia 3afak: chno howa l portfolio dyal stagiaires?", lang="fr",
                 lang_chosen=True)
    assert reply["lang"] == "ar", reply


@pytest.mark.parametrize("text", ["expliquez moi autrement svp", "je comprends pas", "tu peux simplifier ?",
                                  "redis-moi ça autrement"])
def test_a_short_french_sentence_is_answered_in_french_after_arabic(text):
    assert conversation_language(text, "fr", "ar") == "fr"


@pytest.mark.parametrize("text", ["w l formative?", "et l'éthique ?", "ok et le lien ?", "w module 4?",
                                  "ana ma fhemtch 3afak"])
def test_a_borrowed_topic_or_arabizi_keeps_the_conversations_arabic(text):
    assert conversation_language(text, "fr", "ar") == "ar"


@pytest.mark.slow
def test_explain_otherwise_in_french_after_an_arabic_answer(full_services):
    user = "s41-autrement"
    first = say(full_services, "شنو هو ملف الإنجاز؟", user=user)
    assert first.lang == "ar" and first.citations, first.to_json()
    then = say(full_services, "expliquez moi autrement svp", user=user)
    assert then.lang == "fr", then.to_json()


def _asked(page, text: str) -> tuple[dict, dict]:
    """Type `text` on the page and send it: the /api/ask request's body and its reply."""
    with page.expect_response(lambda r: r.url.endswith("/api/ask")) as caught:
        page.fill("#text", text)
        page.click("#send")
    response = caught.value
    return json.loads(response.request.post_data), response.json()


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_the_page_keeps_a_language_chosen_from_now_on(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 420, "height": 900})
        page.goto(server.url + "/")
        sent, reply = _asked(page, "من دابا جاوبني بالفرنسية عافاك")
        assert "lang_chosen" not in sent and reply["page_lang"] == "fr", (sent, reply)
        page.wait_for_function("document.documentElement.lang === 'fr'", timeout=30_000)
        sent, reply = _asked(page, "شنو هو ملف الإنجاز؟")
        assert sent["lang"] == "fr" and sent["lang_chosen"] is True and reply["lang"] == "fr", (sent, reply)
        page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 3", timeout=30_000)
        page.screenshot(path=str(tmp_path / "chosen-fr.png"), full_page=True)
        page.reload()  # the choice is the trainer's until she changes it: it outlives the page
        sent, reply = _asked(page, "chno howa l portfolio?")
        assert sent["lang_chosen"] is True and reply["lang"] == "fr", (sent, reply)
        page.get_by_text("العربية").click()  # she changes it with the button
        sent, reply = _asked(page, "Qu'est-ce que le portfolio ?")
        assert sent["lang"] == "ar" and sent["lang_chosen"] is True and reply["lang"] == "ar", (sent, reply)
        browser.close()


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_a_language_button_pressed_is_a_choice(server):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 420, "height": 900})
        page.goto(server.url + "/")
        sent, reply = _asked(page, "شنو هو ملف الإنجاز؟")  # nothing chosen: the message's language
        assert "lang_chosen" not in sent and reply["lang"] == "ar", (sent, reply)
        page.get_by_text("Français").click()
        sent, reply = _asked(page, "شنو هو ملف الإنجاز؟")
        assert sent["lang_chosen"] is True and reply["lang"] == "fr", (sent, reply)
        browser.close()
