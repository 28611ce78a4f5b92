"""Defects found by newcomers in the session of 2026-12-07 (twenty-sixth), second part: two questions in one message,
"not understood", modules in a conversation, concepts the guide lacks, examples, hard moments, complaints."""
from __future__ import annotations

import pytest

from tests.bot.helpers import say


@pytest.mark.slow
def test_a_guide_question_then_a_date_gets_both(full_services):
    # "Comment motiver…, et quand a lieu la prochaine classe virtuelle ?" got the motivation page alone, the date dropped
    decision = say(full_services, "Comment motiver les participants qui décrochent du MOOC, et quand a lieu la "
                                  "prochaine classe virtuelle ?", user="s40-two-parts")
    assert [c.id for c in decision.citations][:1] == ["fac-motivation"], decision.to_json()
    assert "🎥" in decision.body and "meet." in decision.body, decision.body


@pytest.mark.slow
@pytest.mark.parametrize("question, not_understood, lang, lead", [
    ("comment formuler un objectif opérationnel ?", "je n'ai pas compris", "fr", "Prenons un exemple du guide"),
    ("Qu'est-ce que le feedback ?", "je comprends pas", "fr", "L'essentiel"),
    ("شنو هو التقويم التشخيصي؟", "عاود شرح ليا بطريقة ساهلة", "ar", "الأهم"),
    ("salam, bghit nfhem chno hiya la pratique réflexive", "ma fhamtch", "ar", "الأهم"),
])
def test_not_understood_gets_the_example_or_the_key_sentence_and_a_tutor(full_services, question, not_understood,
                                                                          lang, lead):
    # "je comprends pas" got the section's next part, "Je ne comprends pas." the opening again, "jcomprend pas" another
    # section; "عاود شرح ليا بطريقة ساهلة" a choice of three unrelated pages
    user = f"s40-not-understood-{len(question)}"
    first = say(full_services, question, user=user)
    decision = say(full_services, not_understood, user=user)
    assert decision.citations and decision.citations[0].id == first.citations[0].id, decision.to_json()
    assert decision.body.startswith(lead) and decision.buttons and decision.lang == lang, decision.body


@pytest.mark.slow
def test_a_module_just_dated_is_the_one_its_follow_ups_speak_of(full_services):
    # after module 4's dates: "w chno fih?" got the platform's navigation page, "w ach khasni nsift fih w imta?" the
    # next deadline (module 2's), "kayn chi classe virtuelle f had lmodule?" the recordings FAQ
    user = "s40-module-4"
    say(full_services, "imta lmodule 4 kayt7el?", user=user)
    what = say(full_services, "w chno fih?", user=user)
    assert what.intent == "organizational" and "4" in what.body and not what.citations, what.to_json()
    due = say(full_services, "w ach khasni nsift fih w imta?", user=user)
    assert "الوحدة 4" in due.body and "الوحدة 2" not in due.body, due.body
    live = say(full_services, "kayn chi classe virtuelle f had lmodule?", user=user)
    assert live.intent == "organizational" and "الوحدة 4" in live.body, live.body


@pytest.mark.slow
@pytest.mark.parametrize("text, module", [("شنو هي الآجال ديال المجزوءة 2؟", "2"), ("شنو كاين فالوحدة 4؟", "4"),
                                          ("qu'est-ce qu'il y a dans le module 4 ?", "4")])
def test_a_module_s_deadlines_or_contents_asked_in_darija_are_the_calendar_s(full_services, text, module):
    # "شنو هي الآجال ديال المجزوءة 2؟" got the platform's navigation page, "شنو كاين فالوحدة 4؟" session planning
    decision = say(full_services, text, user=f"s40-module-words-{len(text)}")
    assert decision.intent == "organizational" and module in decision.body and not decision.citations, \
        decision.to_json()


@pytest.mark.parametrize("text", ["fakrni 9bel b jouj iyam", "fakrni b l'ajal", "rappelle-moi la veille"])
def test_remind_me_some_days_before_is_a_reminder_request(text):
    from bot.reminder_requests import asks_for_reminders
    assert asks_for_reminders(text)  # "fakrni 9bel b jouj iyam" went to a tutor


@pytest.mark.slow
@pytest.mark.parametrize("text, term", [
    ("jai une question sur la pedagogie differenciee, cmt differencier pr des eleves de niveaux differents",
     "la pédagogie différenciée"),
    ("c quoi la pedagogie de projet", "la pédagogie de projet"),
    ("Comment faire une carte mentale en formation ?", "la carte mentale"),
    ("كيف أطبق البيداغوجيا الفارقية في القسم؟", "البيداغوجيا الفارقية"),
])
def test_a_concept_the_guide_does_not_treat_is_said_so(full_services, text, term):
    # the first got the page on evaluating a training scheme, the second the page on adult learning, the third a
    # choice of three pages that only name a mind map in passing
    decision = say(full_services, text, user=f"s40-concept-{len(text)}")
    assert not decision.citations and f"«{term}»" in decision.body.replace("« ", "«").replace(" »", "»"), \
        decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("text, section", [
    ("Demain j'anime une séance de 3h sur la gestion de classe, comment je la prépare et je la minute ?",
     "eng-session-preparation"),
    ("Comment ouvrir et clore une séance ? on peut faire une carte mentale collective ?", "fac-opening-closing"),
])
def test_a_concept_named_as_a_setting_or_quoted_by_the_page_keeps_the_answer(full_services, text, section):
    decision = say(full_services, text, user=f"s40-concept-kept-{len(text)}")
    assert [c.id for c in decision.citations][:1] == [section], decision.to_json()


def test_a_concept_is_treated_when_a_section_version_names_it_twice_or_in_its_title():
    from bot.untreated_concepts import MARKER, treated_markers
    once = [("a.fr", "Titre", "On peut faire une carte mentale. Autre chose."), ("b.fr", "X", "La carte mentale aide.")]
    assert MARKER + "mind_map" not in treated_markers(once)
    twice = [("a.fr", "Titre", "Une carte mentale. Puis une autre carte mentale en fin de séance.")]
    assert MARKER + "mind_map" in treated_markers(twice)
    titled = [("c.fr", "La pédagogie de projet", "Elle organise l'apprentissage autour d'une production.")]
    assert MARKER + "project" in treated_markers(titled)

