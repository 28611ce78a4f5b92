"""Defects found in the session of 2026-12-07 (twenty-fifth): a language asked for before any question, /lang typed
on the web page."""
from __future__ import annotations

import pytest

from bot.types import Message
from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("text, lang", [("b lfrancais 3afak", "fr"), ("بالفرنسية عافاك", "fr"), ("en arabe svp", "ar")])
def test_a_language_asked_before_any_question_is_noted(full_services, text, lang):
    # "b lfrancais 3afak" as a first message got a clarifying question between the guide's pages on languages and
    # netiquette; "en arabe svp" got the page on the course's languages
    decision = say(full_services, text, user=f"s39-lang-first-{len(text)}-{lang}")
    assert decision.lang == lang and not decision.citations and not decision.options, decision.to_json()
    assert "/lang " + lang in decision.body and not decision.escalate, decision.body


@pytest.mark.slow
def test_a_language_asked_on_the_page_names_the_page_button(full_services):
    decision = full_services.tutor.handle(Message(channel="web", user="s39-lang-first-web-uuuu", text="b lfrancais"))
    assert decision.lang == "fr" and "« Français »" in decision.body and not decision.citations, decision.to_json()


@pytest.mark.slow
def test_a_language_asked_after_an_off_topic_reply_still_repeats_that_reply(full_services):
    user = "s39-lang-after-off-topic"
    say(full_services, "quel temps fera-t-il à Rabat demain ?", user=user)
    decision = say(full_services, "en arabe", user=user)
    assert decision.lang == "ar" and decision.reason == "off_topic", decision.to_json()


@pytest.mark.parametrize("typed, lang", [("/lang fr", "fr"), ("/lang ar", "ar"), ("/langue arabe", "ar")])
def test_lang_typed_on_the_page_switches_its_language(typed, lang):
    # "/lang fr" on the page was read as a topic ("لم أعرف بعد ما تبحث عنه بخصوص «/lang fr»")
    from bot.channels.web.commands import web_command
    decision = web_command(None, typed, "s39-web-lang-uuuu", "fr" if lang == "ar" else "ar")
    assert decision is not None and decision.lang == lang and "Français" in decision.body, decision
    unknown = web_command(None, "/lang de", "s39-web-lang-uuuu", "fr")
    assert unknown is not None and unknown.lang == "fr" and "/lang ar" in unknown.body
