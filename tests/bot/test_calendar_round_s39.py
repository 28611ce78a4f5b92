"""Calendar questions a newcomer saw misread (session of 2026-12-07, twenty-fifth): an assignment this week, a reminder
for a day, the link of a month's live session, the course's end with no year."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.types import Intent
from tests.bot.helpers import Clock, say


def _on_december_7th(services) -> None:
    services.tutor.organizational.clock = Clock(datetime(2026, 12, 7, 16, 0, tzinfo=ZoneInfo("Africa/Casablanca")))


@pytest.mark.slow
@pytest.mark.parametrize("text, words", [("y a un devoir cette semaine ?", "Cette semaine"),
                                         ("wach kayn chi devoir had l2ousbou3?", "هذا الأسبوع")])
def test_an_assignment_this_week_is_the_calendars(full_services, text, words):
    # both got the FAQ page on weekly hours ("comptez trois à quatre heures par semaine")
    _on_december_7th(full_services)
    decision = say(full_services, text, user=f"s39-week-{len(text)}")
    assert decision.intent == Intent.ORGANIZATIONAL and words in decision.body, decision.to_json()


def test_a_reminder_for_a_day_of_the_calendar_is_a_reminder_request():
    # "rappelle moi le 17 fevrier stp" right after February's calendar got the off-topic reply
    from bot.reminder_requests import asks_for_reminders
    assert asks_for_reminders("rappelle moi le 17 fevrier stp") and asks_for_reminders("ذكرني يوم 17 فبراير")
    assert not asks_for_reminders("rappelle-moi la différence entre formative et sommative")


@pytest.mark.slow
def test_a_months_live_sessions_come_with_their_links(full_services):
    # "ou je trouve le lien de la classe virtuelle de janvier ?" listed January's sessions without their links
    _on_december_7th(full_services)
    decision = say(full_services, "ou je trouve le lien de la classe virtuelle de janvier ?", user="s39-jan-link")
    lives = [line for line in decision.body.splitlines() if "🎥" in line]
    assert lives and all("Lien : https://" in line for line in lives), decision.body


@pytest.mark.slow
def test_the_courses_dates_across_two_years_say_the_years(full_services):
    # "du lundi 2 novembre au vendredi 19 mars": which March?
    decision = say(full_services, "le MOOC se termine quand exactement ?", user="s39-cohort-end")
    assert "2026" in decision.body and "2027" in decision.body, decision.body


@pytest.mark.slow
def test_short_follow_ups_on_a_module_stay_on_the_calendar(full_services):
    # "c quoi le devoir" after module 3's dates got the steps to upload a file; "et pour le module 4 ?" after the
    # rubrics' page got the charter's rule on staying on topic; "lien?" after module 4's dates the rule against spam
    _on_december_7th(full_services)
    user = "s39-module-follow-ups"
    say(full_services, "module 3?", user=user)
    assignment = say(full_services, "c quoi le devoir", user=user)
    assert assignment.intent == Intent.ORGANIZATIONAL and "module 3" in assignment.body, assignment.to_json()
    say(full_services, "la grille d'evaluation du devoir elle est ou", user=user)
    module = say(full_services, "et pour le module 4 ?", user=user)
    assert module.intent == Intent.ORGANIZATIONAL and "Module 4" in module.body, module.to_json()
    link = say(full_services, "lien?", user=user)
    assert link.intent == Intent.ORGANIZATIONAL and "https://" in link.body and not link.citations, link.to_json()



@pytest.mark.slow
@pytest.mark.parametrize("text", ["salam, fo9ach l live jay w chno lien dyalo?",
                                  "c'est quand la prochaine classe virtuelle et c'est quoi le lien ?"])
def test_a_second_part_asking_the_link_of_the_date_is_the_calendars(full_services, text):
    # the live session came with the forum's rule against spam after it, cited as the source
    _on_december_7th(full_services)
    decision = say(full_services, text, user=f"s39-live-and-link-{len(text)}")
    assert decision.intent == Intent.ORGANIZATIONAL and "https://" in decision.body, decision.to_json()
    assert not decision.citations, decision.to_json()


@pytest.mark.slow
def test_and_after_that_in_arabizi_after_a_deadline_is_the_next_one(full_services):
    # "w ba3dha?" after module 3's deadline got the file formats of the page on submitting
    _on_december_7th(full_services)
    say(full_services, "fo9ach akhir ajal dyal module 3?", user="s39-ba3dha")
    decision = say(full_services, "w ba3dha?", user="s39-ba3dha")
    assert decision.intent == Intent.ORGANIZATIONAL and not decision.citations and "4" in decision.body, decision.body


@pytest.mark.slow
def test_each_question_of_a_message_is_answered(full_services):
    # "quand est ce que le module 3 commence et c quoi le devoir a rendre ?" got the deadline without the start; "شنو
    # هو التعلم المقلوب؟ و فوقاش الحصة المباشرة الجاية؟" the live session alone, the flipped-learning half dropped
    _on_december_7th(full_services)
    both = say(full_services, "quand est ce que le module 3 commence et c quoi le devoir a rendre ?", user="s39-two-1")
    assert "21 décembre" in both.body and "15 janvier" in both.body, both.body
    mixed = say(full_services, "شنو هو التعلم المقلوب؟ و فوقاش الحصة المباشرة الجاية؟", user="s39-two-2")
    assert "https://" in mixed.body and [c.id for c in mixed.citations] == ["eng-flipped"], mixed.to_json()


def test_a_part_asking_a_date_the_calendar_lacks_is_not_given_to_the_guide():
    # the second question of a message is answered from the guide only when it asks no date
    from bot.two_part import guide_parts
    assert guide_parts("c'est quand le concours des inspecteurs ? et les résultats du mouvement sortent quand ?") == []
    assert guide_parts("شنو هو التعلم المقلوب؟ و فوقاش الحصة المباشرة الجاية؟") == ["شنو هو التعلم المقلوب"]


@pytest.mark.slow
def test_turning_reminders_on_after_a_live_sessions_date_is_a_reminder_request(full_services):
    # "Comment j'active les rappels ?" right after the next live session got a paragraph of the page on missing one
    _on_december_7th(full_services)
    user = "s39-reminders-after-live"
    from bot.types import Message
    full_services.tutor.handle(Message(channel="web", user=user, text="Quand a lieu la prochaine classe virtuelle ?"))
    decision = full_services.tutor.handle(Message(channel="web", user=user, text="Comment j'active les rappels ?"))
    assert decision.intent == Intent.ORGANIZATIONAL and not decision.citations, decision.to_json()
