"""The readers behind the calendar fixes for a second newcomer (session 41): a question on the course's times during
Ramadan, Ramadan's hour from the tz database, and a worry about being blocked at a deadline."""
from __future__ import annotations

from datetime import date

import pytest

from bot.deadline_worry import blocked_at_deadline
from bot.ramadan_times import asks_ramadan_times, ramadan_shift


def test_ramadans_hour_comes_from_the_tz_database(calendar):
    assert ramadan_shift(calendar) == (date(2027, 2, 7), date(2027, 3, 13))


@pytest.mark.parametrize("text", ["pendant le ramadan les heures des échéances changent ?", "وهل تتغير المواعيد في رمضان؟",
                                  "f ramadan wach kaytbdlo l'horaires dyal live?",
                                  "les classes virtuelles pendant le ramadan c'est à quelle heure ?",
                                  "واش الآجال كتبقى فنفس الساعة فرمضان؟"])
def test_the_courses_times_in_ramadan_are_asked(text):
    assert asks_ramadan_times(text)


@pytest.mark.parametrize("text", ["Comment motiver mes stagiaires pendant le ramadan ?",
                                  "les horaires du CRMEF pendant le ramadan ?", "quelle est la date limite du module 2 ?"])
def test_other_ramadan_questions_are_not_the_calendars(text):
    assert not asks_ramadan_times(text)


@pytest.mark.parametrize("text", ["et si ça bloque encore la veille de l'échéance ?",
                                  "w ila tbloka lplateforme nhar lajal?", "وإلا بلوكات المنصة ليلة الأجل؟",
                                  "si la plateforme plante le jour de la date limite ?"])
def test_blocked_at_a_deadline_is_heard(text):
    assert blocked_at_deadline(text)


@pytest.mark.parametrize("text", ["quelle est la date limite ?", "la plateforme bloque quand je lance la vidéo",
                                  "quand est l'échéance si la plateforme plante ?"])
def test_a_date_asked_or_a_problem_without_a_deadline_is_not(text):
    assert not blocked_at_deadline(text)
