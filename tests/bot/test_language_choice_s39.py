"""A language the trainer chose for what follows lasts (session of 2026-12-07, twenty-fifth): "من فضلك أجبني بالفرنسية
من الآن فصاعدا" and "b lfrancais 3afak" as a first message switched one reply only; "/lang fr" on the page was said
to be noted while the next French questions came back in Arabic (the previous reply's language)."""
from __future__ import annotations

import httpx
import pytest

from bot.channels.web import create_app
from bot.types import Message
from tests.bot.helpers import say
from tests.channels.console_helpers import ServerThread


@pytest.fixture
def server(make_services):
    with ServerThread(create_app(make_services())) as running:
        yield running


@pytest.mark.slow
@pytest.mark.parametrize("choice, then, lang", [
    ("من فضلك أجبني بالفرنسية من الآن فصاعدا", "ما هو التقويم التكويني؟", "fr"),
    ("b lfrancais 3afak", "kifach ndir l'evaluation formative?", "fr"),
    ("réponds-moi en arabe désormais", "c'est quoi l'évaluation formative ?", "ar"),
])
def test_a_language_chosen_for_what_follows_lasts_on_telegram(full_services, choice, then, lang):
    user = f"s39-kept-{len(choice)}-{lang}"
    say(full_services, "bonjour" if lang == "ar" else "السلام عليكم", user=user)
    chosen = say(full_services, choice, user=user)
    assert chosen.lang == lang and chosen.lang_kept, chosen.to_json()
    answered = say(full_services, then, user=user)
    assert answered.lang == lang and answered.citations, answered.to_json()


@pytest.mark.slow
def test_a_one_off_request_for_the_other_language_is_not_kept(full_services):
    user = "s39-kept-one-off"
    say(full_services, "c'est quoi l'évaluation formative ?", user=user)
    again = say(full_services, "en arabe stp", user=user)
    assert again.lang == "ar" and not again.lang_kept, again.to_json()
    back = say(full_services, "et l'évaluation sommative, c'est quoi ?", user=user)
    assert back.lang == "fr", back.to_json()


@pytest.mark.slow
def test_a_french_question_on_a_page_set_to_french_is_answered_in_french(full_services):
    user = "s39-page-fr-after-arabic"
    first = full_services.tutor.handle(Message(channel="web", user=user, text="ما هو التقويم التشخيصي؟",
                                               lang_default="ar"))
    assert first.lang == "ar"
    then = full_services.tutor.handle(Message(channel="web", user=user, text="c'est quoi l'evaluation diagnostique ?",
                                              lang_default="fr"))
    assert then.lang == "fr", then.to_json()


def test_the_page_is_told_to_switch_when_a_language_is_chosen(server):
    user = "s39-web-page-lang-" + "x" * 6
    reply = httpx.post(server.url + "/api/ask", json={"user": user, "text": "/lang fr", "lang": "ar"}, timeout=30).json()
    assert reply["page_lang"] == "fr" and reply["lang"] == "fr", reply
    plain = httpx.post(server.url + "/api/ask", json={"user": user, "text": "bonjour", "lang": "fr"}, timeout=30).json()
    assert plain["page_lang"] is None, plain
