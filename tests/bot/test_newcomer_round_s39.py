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


@pytest.mark.slow
@pytest.mark.parametrize("problem, still", [
    ("je n'arrive pas à me connecter à e-takwine, la page plante", "ça marche toujours pas"),
    ("la plateforme e-takwine plante tout le temps", "j'ai tout essayé, la page ne s'ouvre toujours pas"),
    ("ma bghatch t7el lia la plateforme", "jarrebt kolchi w walou"),
    ("المنصة ما بغاتش تحل ليا", "مازال ما خدامش"),
])
def test_still_broken_after_the_technical_page_goes_to_a_person(full_services, problem, still):
    # "ça marche toujours pas" after the technical page got its first paragraph again; "jarrebt kolchi w walou" a
    # ticket saying the guide had no answer; "المنصة ما بغاتش تحل ليا" a clarifying question with one option
    user = f"s39-still-broken-{len(problem)}-{len(still)}"
    first = say(full_services, problem, user=user)
    assert [c.id for c in first.citations][:1] == ["dig-etakwine-technical"], first.to_json()
    then = say(full_services, still, user=user)
    assert then.escalate and then.reason == "human_requested" and not then.citations, then.to_json()


def test_still_not_understood_is_not_a_broken_platform():
    from bot.not_working import says_not_working
    assert not says_not_working("mazal ma fhemtch l far9 binathom")
    assert not says_not_working("مازال ما فهمتش الفرق")


@pytest.mark.slow
def test_the_platform_not_working_is_not_distress_but_words_of_distress_still_are(full_services):
    # moderation's model alone hears "j'ai tout essayé" as distress (0.55): a trainer whose page would not open got
    # the crisis reply and its emergency numbers
    broken = say(full_services, "j'ai tout essayé, la page ne s'ouvre toujours pas", user="s39-broken-not-distress")
    assert broken.reason != "distress" and broken.intent != "socio_cognitive", broken.to_json()
    hurt = say(full_services, "la plateforme ne marche pas et franchement je veux mourir", user="s39-broken-distress")
    assert hurt.reason == "distress" and hurt.escalate, hurt.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("after, lang", [("واش كاين شي حد نهضر معاه دابا؟", "ar"), ("non c'est pas le mooc, c'est tout", "fr")])
def test_a_message_after_the_caring_reply_joins_the_alert_and_repeats_the_numbers(full_services, after, lang):
    # "is there someone I can talk to now?" got "your request no. 4 is with the tutors… in about an hour", without
    # the emergency numbers; distress heard again got the caring reply word for word
    user = f"s39-after-caring-{lang}"
    first = say(full_services, {"ar": "ما بقيتش باغية نعيش، حتى حاجة ما بقات عندها معنى",
                                "fr": "je suis épuisée, je n'ai plus envie de vivre"}[lang], user=user)
    assert first.reason == "distress" and first.ticket_id, first.to_json()
    then = say(full_services, after, user=user)
    assert then.ticket_id == first.ticket_id and then.reason == "distress" and then.body != first.body, then.to_json()
    assert "141" in then.body and "15" in then.body and f"{first.ticket_id}" in then.body, then.body


@pytest.mark.slow
def test_a_video_that_will_not_start_gets_the_technical_page_and_then_a_person(full_services):
    # "la video du module 2 ne se lance pas chez moi" got a choice of pages, then "ca marche tjrs pas" the off-topic
    # reply ("Votre question semble éloignée de la formation")
    user = "s39-video-will-not-start"
    first = say(full_services, "la video du module 2 ne se lance pas chez moi", user=user)
    assert [c.id for c in first.citations] == ["dig-etakwine-technical"], first.to_json()
    then = say(full_services, "ca marche tjrs pas", user=user)
    assert then.escalate and then.reason == "human_requested", then.to_json()


def test_still_not_working_to_a_choice_offering_the_technical_page_picks_it():
    from bot.not_working import says_not_working
    assert says_not_working("ca marche tjrs pas") and says_not_working("la vidéo ne se lance pas")


@pytest.mark.slow
@pytest.mark.parametrize("text", ["j'ai rate le devoir du module 2", "فاتني الواجب ديال الوحدة 2"])
def test_an_assignment_missed_gets_the_late_work_page(full_services, text):
    # it got the steps to upload a file
    decision = say(full_services, text, user=f"s39-missed-work-{len(text)}")
    assert [c.id for c in decision.citations][:1] == ["faq-late-submission"], decision.to_json()


def test_a_trainee_who_missed_the_assignment_is_not_the_writers_late_work():
    from bot.late_work import cannot_hand_in_on_time
    assert not cannot_hand_in_on_time("comment réagir quand un stagiaire a raté le devoir ?")


@pytest.mark.slow
@pytest.mark.parametrize("question, lang", [("c quoi le microenseignement ?", "fr"), ("ما هو التدريس المصغر؟", "ar")])
def test_a_thumbs_up_after_an_answer_is_thanks_in_the_conversations_language(full_services, question, lang):
    # "👍" got "وصلتني رموز فقط / Je n'ai reçu que des symboles"
    user = f"s39-thumbs-{lang}"
    say(full_services, question, user=user)
    decision = say(full_services, "👍🏽", user=user)
    assert decision.intent == "thanks" and decision.lang == lang, decision.to_json()
    assert say(full_services, "🤬", user=user).intent == "invalid"


@pytest.mark.parametrize("lang, hint", [("fr", "« la suite »"), ("ar", "«الباقي»")])
def test_an_answer_cut_says_how_to_read_the_rest(lang, hint):
    # lists cut with "…" gave no way to read the rest (only numbered steps said "write its number")
    from bot.conversation import follow_up
    from bot.types import Citation, Decision, Intent, Kind
    cut = Decision(Kind.ANSWER, "Conditions :\n- une grille claire ;\n…", lang, Intent.QUESTION,
                   citations=(Citation("ass-peer", "Pairs", lang),))
    assert hint in cut.text and follow_up(hint.strip("«» ")) == ("more", None), cut.text
    whole = Decision(Kind.ANSWER, "Une grille claire.", lang, Intent.QUESTION, citations=(Citation("ass-peer", "P", lang),))
    assert hint not in whole.text


@pytest.mark.slow
def test_a_request_for_a_person_after_the_encouragement_gets_no_emergency_numbers(full_services):
    # "ما بقيتش قادر نكمل، بغيت نحبس المووك كامل" got the encouragement (tutors alerted), then "I want to talk to a real
    # person" got the civil protection's number (a newcomer, after 6a4fa65's alert for a distress that had them)
    user = "s39-quit-then-person"
    first = say(full_services, "ما بقيتش قادر نكمل، بغيت نحبس المووك كامل", user=user)
    assert "141" not in first.body, first.body
    then = say(full_services, "بغيت نهضر مع شي واحد حقيقي ماشي روبو", user=user)
    assert then.escalate and "141" not in then.body and "15" not in then.body, then.to_json()
