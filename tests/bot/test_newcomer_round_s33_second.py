"""Defects a newcomer found by talking to the running server (session of 2026-12-06, nineteenth), second part:
the tutor's roles, "it doesn't work", Arabizi's French words and negation, the date after the last one."""
from __future__ import annotations

import pytest

from bot.types import Kind, Reason
from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Quels sont les rôles du tuteur en ligne ?", "ما هي أدوار المؤطر عن بعد؟",
                                  "شنو هو الدور ديال المؤطر عن بعد؟"])
def test_the_tutors_role_asked_without_naming_one_offers_the_three_roles(full_services, text):
    # MSA and Darija opened a ticket (the page on contacting one's tutor first, 0.15); French got one role at 0.96
    decision = say(full_services, text, user=f"newcomer-s33-roles-{len(text)}")
    assert decision.kind == Kind.CLARIFY, decision.to_json()
    assert {o.id for o in decision.options} == {"tut-organizational-role", "tut-pedagogical-role",
                                                "tut-socio-cognitive-role"}


@pytest.mark.slow
@pytest.mark.parametrize("text,section", [("Quel est le rôle organisationnel du tuteur ?", "tut-organizational-role"),
                                          ("ما هو دور المؤطر في تنشيط المنتدى؟", "tut-forum-facilitation")])
def test_a_role_named_or_a_page_found_surely_is_answered_not_offered(full_services, text, section):
    decision = say(full_services, text, user=f"newcomer-s33-role-{len(text)}")
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == section, decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("first,then", [
    ("Je n'arrive pas à déposer mon devoir sur la plateforme", "ça ne marche pas, j'ai essayé"),
    ("ما قدرتش نصيفط الواجب فالمنصة", "ما خدماتش"),
    ("كيف أسترجع كلمة المرور في المنصة؟", "لم ينجح الأمر"),
])
def test_it_does_not_work_after_a_platform_how_to_gets_the_technical_page(full_services, first, then):
    # a ticket saying the guide had no sure answer, or the same page's next paragraph
    user = f"newcomer-s33-broken-{len(first)}"
    assert say(full_services, first, user=user).citations[0].id.startswith("dig-etakwine-")
    decision = say(full_services, then, user=user)
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "dig-etakwine-technical", decision.to_json()


@pytest.mark.slow
def test_it_does_not_work_after_advice_goes_to_a_tutor(full_services):
    user = "newcomer-s33-broken-advice"
    say(full_services, "Comment gérer un stagiaire qui monopolise la parole ?", user=user)
    decision = say(full_services, "ça ne marche pas", user=user)  # it got the same page's next paragraph
    assert decision.escalate and not decision.citations, decision.to_json()


def test_a_word_after_a_french_article_stays_french_in_arabizi():
    from retrieval.darija import arabizi_to_arabic
    # "la fin" (the end) was rewritten "la اين" (where): the training plan came first at 0.83
    assert "fin" in arabizi_to_arabic("kifach n9yem les stagiaires dyali f la fin dyal module?").split()
    assert arabizi_to_arabic("fin kayn la plateforme?").startswith("اين")


@pytest.mark.slow
def test_assessing_at_the_end_of_a_module_in_arabizi_is_summative_assessment(full_services):
    decision = say(full_services, "kifach n9yem les stagiaires dyali f la fin dyal module?", user="newcomer-s33-fin")
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "ass-summative", decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("first,then,human", [
    ("كيفاش نحط الواجب فالمنصة؟", "والو ما خدماتش، بغيت بنادم يعاوني", True),  # a person asked for: the hand-over
    ("kifach ndir l'inscription f e-takwine?", "w ila ma khdemch lien d'activation?", False),  # a case put
])
def test_it_does_not_work_with_a_person_asked_for_or_as_a_case_put_is_not_the_technical_page(full_services, first,
                                                                                               then, human):
    user = f"newcomer-s33-broken-{len(then)}"
    say(full_services, first, user=user)
    decision = say(full_services, then, user=user)
    assert (decision.reason == Reason.HUMAN_REQUESTED) is human, decision.to_json()
    if not human:
        assert decision.citations and decision.citations[0].id == "dig-etakwine-registration", decision.to_json()


@pytest.mark.parametrize("text,code", [("la video ma khdamach", "ary-Latn"), ("le devoir ma tsiftch", "ary-Latn"),
                                       ("ma fille est malade", "fr"), ("c'est ma recherche", "fr")])
def test_darijas_negation_after_french_words_is_arabizi(text, code):
    from retrieval.language import detect_language
    # "ma" counted as the French "my": the trainer got the off-topic reply in French
    assert detect_language(text).code == code


def test_no_module_after_the_last_one_is_not_told_as_no_live_session(calendar):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.roles.calendar_after import one_after
    from bot.roles.calendar_query import CalendarQuery
    from bot.roles.organizational import CalendarAnswerer
    from tests.bot.helpers import Clock
    answerer = CalendarAnswerer(calendar, clock=Clock(datetime(2026, 12, 1, 10, tzinfo=ZoneInfo("Africa/Casablanca"))))
    modules = calendar.upcoming(answerer.clock(), limit=None, kinds=("module",))
    # it answered "no upcoming live session" when no module followed
    assert one_after(answerer, CalendarQuery("next_module"), "fr", steps=len(modules)) is None
    from bot.texts import t
    assert one_after(answerer, CalendarQuery("live"), "fr", steps=50) == t("no_live", "fr")
