"""A request for the previous answer in the other language, said with why ("ma fhmtch mzyan l3arbia, 3tini jawab b
lfrancais 3afak"): naming both languages, or being longer than a bare "en français ?", it was read as a question
of its own and answered from the guide's page on languages."""
from __future__ import annotations

import pytest

from bot.conversation import OTHER_LANG, follow_up
from tests.bot.helpers import say


@pytest.mark.parametrize("text, lang", [
    ("ma fhmtch mzyan l3arbia, 3tini jawab b lfrancais 3afak", "fr"),
    ("je ne comprends pas bien l'arabe, en français svp", "fr"),
    ("ما فهمتش مزيان العربية، عطيني بالفرنسية", "fr"),
    ("mafhamtch mzyan, 3awdha b l3arbia", "ar"),
])
def test_the_language_asked_in_is_meant_when_a_message_names_both_or_says_why(text, lang):
    assert follow_up(text) == (OTHER_LANG, lang)


@pytest.mark.parametrize("text", [
    "c'est quoi la différence entre le français et l'arabe dans le cours ?",
    "واش نقدر نكتب بالعربية ولا بالفرنسية فالمنتدى؟",
])
def test_a_question_about_the_languages_is_not_a_request_for_one(text):
    assert follow_up(text) is None


@pytest.mark.parametrize("text", [
    "wach n9der nsift b l3arbia?",  # after the late-work page it got that page again (a newcomer): faq-language
    "je peux écrire en arabe ?",
    "هل يمكنني أن أكتب بالفرنسية؟",
    "nqder nkteb b darija?",
])
def test_asking_whether_one_may_write_in_a_language_is_a_question_of_its_own(text):
    assert follow_up(text) is None


@pytest.mark.parametrize("text, lang", [("3awdha b l3arbia", "ar"), ("wach t9der t3awdha b lfrancais", "fr")])
def test_asking_rafiq_to_say_it_again_in_a_language_still_is(text, lang):
    assert follow_up(text) == (OTHER_LANG, lang)


@pytest.mark.slow
@pytest.mark.parametrize("first, then", [
    ("Je peux rendre mon devoir en retard ?", "je peux écrire en arabe ?"),
    ("هل يمكنني إيداع الواجب بعد الأجل؟", "هل يمكنني أن أكتب بالفرنسية؟"),
])
def test_may_i_write_in_a_language_after_an_answer_gets_the_languages_page(full_services, first, then):
    user = f"may-i-write-{len(first)}"
    assert say(full_services, first, user=user).citations[0].id == "faq-late-submission"
    decision = say(full_services, then, user=user)
    assert decision.citations and decision.citations[0].id == "faq-language", decision.to_json()


@pytest.mark.parametrize("text, lang", [("tu peux me l'envoyer en arabe ?", "ar"), ("envoie-moi ça en arabe", "ar")])
def test_send_it_to_me_in_a_language_asks_for_the_same_answer(text, lang):
    """"tu peux me l'envoyer en arabe ?" after a module's dates got the guide's page on languages (a newcomer)."""
    assert follow_up(text) == (OTHER_LANG, lang)


def test_send_it_in_arabic_after_a_calendar_reply_gives_the_dates_in_arabic(make_services):
    services = make_services()
    user = "send-it-in-arabic"
    first = say(services, "quand est la classe virtuelle du module 3 ?", user=user)
    assert first.lang == "fr" and "Lien" in first.body
    again = say(services, "tu peux me l'envoyer en arabe ?", user=user)
    assert again.lang == "ar" and "الرابط" in again.body and not again.citations, again.to_json()


@pytest.mark.parametrize("text", ["en darija stp", "b darija 3afak", "f darija", "explique en darija",
                                  "en marocain svp"])
def test_darija_asked_for_is_arabic(text):
    """"en darija stp" after a French answer got the next French paragraph (found by a newcomer)."""
    assert follow_up(text) == (OTHER_LANG, "ar")
