"""Defects a second newcomer found on the mended code (session of 2026-12-07, twenty-third): a greeting with a name
and a role, "I want to talk to a tutor" with the problem told, "no" to the tutor offered after 👎, how long to wait
after a hand-over, this week's work in informal words, two-digit steps, "none of the above"."""
from __future__ import annotations

import pytest

from bot.types import Intent, Reason
from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Bonjour, je suis Karima, formatrice de maths au CRMEF Casablanca-Settat",
                                  "salam, ana Hicham, formateur f COPE"])
def test_a_greeting_with_a_name_and_a_role_is_greeted(full_services, text):
    # "le guide ne traite pas de « Karima »"; the Arabizi one got the page on professional identity, in French
    decision = say(full_services, text, user=f"s37b-hello-{len(text)}")
    assert decision.intent == Intent.GREETING and not decision.citations, decision.to_json()


def test_a_title_or_a_name_after_je_suis_is_no_subject_of_its_own():
    from bot.unnamed_subject import unnamed_subject
    guide = frozenset({"cfie", "mooc"})  # the guide's own words
    assert unnamed_subject("Bonsoir a tous, Mme Bennani du CFIE, ravie de rejoindre le MOOC", guide) is None
    assert unnamed_subject("Bonjour, je suis Karima et je cherche la grille", frozenset()) is None


@pytest.mark.slow
@pytest.mark.parametrize("text", ["بغيت نهضر مع شي مؤطر، عندي مشكل فالمنصة ما قدرتش نرفع الواجب",
                                  "bghit nhder m3a chi tuteur, 3ndi mochkil f la plateforme ma9dertch nrfa3 devoir"])
def test_wanting_to_talk_to_a_tutor_with_the_problem_told_is_a_request(full_services, text):
    # the upload steps, and the page on contacting one's tutor
    decision = say(full_services, text, user=f"s37b-talk-{len(text)}")
    assert decision.reason == Reason.HUMAN_REQUESTED and decision.ticket_created, decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("no", ["non merci, je vais reformuler", "non", "la safi", "لا، شكرا"])
def test_no_to_the_tutor_offered_after_thumbs_down_opens_nothing(full_services, no):
    # "non merci, je vais reformuler" opened a ticket; "non" repeated the page; "لا، شكرا" got "glad I helped"
    user = f"s37b-no-{len(no)}"
    answered = say(full_services, "c quoi l'autoevaluation ?", user=user)
    full_services.store.set_feedback(answered.interaction_id, "down")
    decision = say(full_services, no, user=user)
    assert not decision.ticket_created and not decision.citations and decision.buttons, decision.to_json()


@pytest.mark.slow
def test_how_long_to_wait_right_after_a_hand_over_repeats_its_promise_and_keeps_the_ticket(full_services):
    user = "s37b-wait"
    handed = say(full_services, "أريد مؤطرا من فضلك", user=user)
    assert handed.ticket_created, "else this checks nothing"
    decision = say(full_services, "شحال خاصني نتسنا؟", user=user)
    assert decision.ticket_id == handed.ticket_id and not decision.citations, decision.to_json()


@pytest.mark.parametrize("text", ["c quoi le travail a rendre cette semaine?", "chno khasni ndir had simana f l MOOC?"])
def test_the_work_of_this_week_in_informal_words_is_a_date(text):
    from bot.roles.calendar_query import asks_for_a_date
    assert asks_for_a_date(text)


def test_a_two_digit_step_is_a_number():
    # "10" after a ten-step list got "only symbols received"
    from bot.conversation import bare_number
    assert bare_number("10") == 10 and bare_number("١٢") == 12 and bare_number("100") is None


@pytest.mark.parametrize("text", ["لا شيء مما سبق", "aucun des 3"])
def test_none_of_the_above_declines(text):
    from bot.not_meant import not_meant
    assert not_meant(text)


def test_a_tutors_entry_answers_an_administrative_question_only_when_surely_its_own():
    """A coordinator published an entry on the mission abroad's list; it answered the promotion list and a training
    grant (0.54-0.57), in public on the forum (a newcomer): another administrative question goes to a tutor."""
    from bot.understanding import Evidence, Route, read_message
    heard = {"content": 0.6, "off_topic": 0.3}
    assert read_message(Evidence(heard, answered=True, confidence=0.57, tutor_entry=True,
                                 administration=True)) == Route.OFF_TOPIC
    assert read_message(Evidence(heard, answered=True, confidence=0.97, tutor_entry=True,
                                 administration=True)) == Route.GUIDE
    # its own question in other words (0.75, session of the twenty-fourth: it went to a tutor again)
    assert read_message(Evidence(heard, answered=True, confidence=0.75, tutor_entry=True,
                                 administration=True)) == Route.GUIDE


@pytest.mark.slow
def test_yes_again_after_the_hand_over_opens_no_other_ticket(full_services):
    # the hand-over itself is a "not helpful" exchange: read as the offer again, "oui" would open one more ticket
    user = "s37b-yes-twice"
    answered = say(full_services, "c quoi l'autoevaluation ?", user=user)
    full_services.store.set_feedback(answered.interaction_id, "down")
    first = say(full_services, "oui", user=user)
    assert first.ticket_created, "else this checks nothing"
    again = say(full_services, "oui", user=user)
    assert not again.ticket_created and again.ticket_id in (None, first.ticket_id), again.to_json()


@pytest.mark.parametrize("text", ["Je suis malade cette semaine et je ne pourrai pas rendre le devoir du module 3 à temps. "
                                  "Qu'est-ce que je dois faire ?",
                                  "Je dois rendre mon premier devoir le 20 novembre : j'ai mis le fichier mais le statut "
                                  "reste brouillon. Mon tuteur le voit ou pas ?"])
def test_a_case_told_at_length_with_a_week_or_a_month_is_not_the_calendars(text):
    # the first version of "what do I do this week?" sent these two dev questions to the calendar
    from bot.roles.calendar_query import asks_for_a_date
    assert not asks_for_a_date(text)


@pytest.mark.parametrize("text", ["je commence aujourd'hui, je fais quoi en premier ?", "safi tsajelt, daba chno ndir?",
                                  "صافي تسجلت، دابا شنو ندير؟"])
def test_what_first_after_joining_is_where_to_start(text):
    # unrelated menus and a ticket (the second newcomer)
    from bot.getting_started import asks_where_to_start
    assert asks_where_to_start(text)


def test_a_problem_after_registering_is_not_where_to_start():
    from bot.getting_started import asks_where_to_start
    assert not asks_where_to_start("tsajelt w ma wsalnich email, chno ndir?")
    assert not asks_where_to_start("تسجلت فلابلاتفورم وما وصلنيش الإيمايل ديال التفعيل، شنو ندير؟")
