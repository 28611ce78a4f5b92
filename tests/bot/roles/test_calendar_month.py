"""A month asked about ("y a-t-il une classe virtuelle ce mois-ci ?", "wach kayn chi live had chhar?", "et le mois
prochain ?"): that month's dates, or that there are none before the next (a newcomer got January's session with
no word that December had none, and a ticket for "et le mois prochain ?")."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.roles.calendar_period import Period, period_of
from bot.roles.calendar_query import CalendarQuery, parse_calendar_query
from bot.roles.organizational import CalendarAnswerer
from tests.bot.helpers import Clock

CASA = ZoneInfo("Africa/Casablanca")
MONDAY_7_DECEMBER = datetime(2026, 12, 7, 4, 0, tzinfo=CASA)  # after December's live session (the 3rd)


@pytest.mark.parametrize("text, kind", [
    ("y a-t-il une classe virtuelle ce mois-ci ?", "live_month"), ("wach kayn chi live had chhar?", "live_month"),
    ("هل توجد حصة مباشرة هذا الشهر؟", "live_month"), ("et le mois prochain ?", "next_month"),
    ("qu'est-ce qui est prévu ce mois-ci ?", "month"), ("شنو كاين الشهر الجاي؟", "next_month"),
    ("chno kayn chhar jay?", "next_month"),
])
def test_a_month_is_recognised(text, kind):
    assert parse_calendar_query(text) == CalendarQuery(kind)


def test_a_module_with_a_month_is_not_the_months_question():
    assert parse_calendar_query("le devoir du module 3 ce mois-ci ?") != CalendarQuery("month")


@pytest.mark.parametrize("kind, today, expected", [
    ("month", date(2026, 12, 7), Period(date(2026, 12, 1), date(2026, 12, 31), "month", 0)),
    ("live_next_month", date(2026, 12, 31), Period(date(2027, 1, 1), date(2027, 1, 31), "month", 1)),
    ("next_month", date(2027, 1, 31), Period(date(2027, 2, 1), date(2027, 2, 28), "month", 1)),
    ("next_week", date(2026, 12, 7), Period(date(2026, 12, 14), date(2026, 12, 20), "week", 1)),
    ("deadline", date(2026, 12, 7), None),
])
def test_the_period_a_kind_names(kind, today, expected):
    assert period_of(kind, today) == expected


def test_a_month_whose_live_sessions_are_past_lists_them_as_past_and_gives_the_next(calendar):
    text = CalendarAnswerer(calendar, clock=Clock(MONDAY_7_DECEMBER)).answer(
        "y a-t-il une classe virtuelle ce mois-ci ?", "fr")
    assert text.startswith("📅 Ce mois-ci (du mardi 1 décembre au jeudi 31 décembre")
    assert "jeudi 3 décembre" in text and "(passé)" in text
    assert "7 janvier" in text  # the next one, said after


def test_next_month_lists_its_dates(calendar):
    answerer = CalendarAnswerer(calendar, clock=Clock(MONDAY_7_DECEMBER))
    text = answerer.answer("y a-t-il une classe virtuelle le mois prochain ?", "fr")
    assert text.startswith("📅 Le mois prochain (du vendredi 1 janvier au dimanche 31 janvier")
    assert "7 janvier" in text and "27 janvier" in text and "15 janvier" not in text  # live sessions only
    arabic = answerer.answer("شنو كاين الشهر الجاي؟", "ar")
    assert arabic.startswith("📅 الشهر المقبل") and "15 يناير" in arabic  # deadlines too


def test_a_month_without_dates_says_so(calendar):
    late = datetime(2027, 3, 20, 10, 0, tzinfo=CASA)
    text = CalendarAnswerer(calendar, clock=Clock(late)).answer("هل توجد حصة مباشرة الشهر المقبل؟", "ar")
    assert "لا توجد حصة مباشرة في هذا الشهر" in text


@pytest.mark.parametrize("text, kind, month", [
    ("ما هي الآجال في شهر يناير؟", "deadline_named_month", 1), ("les echeances du mois de janvier svp", "deadline_named_month", 1),
    ("chno kayn f fevrier f calendrier?", "named_month", 2), ("wach kayna chi classe virtuelle f fevrier?", "live_named_month", 2),
    ("et en décembre ?", "named_month", 12), ("وفي شهر فبراير؟", "named_month", 2), ("w f janvier chno kayn?", "named_month", 1),
    ("ما هي مواعيد الأسبوع الحالي؟", "week", None), ("والأسبوع الجاي؟", "next_week", None),
])
def test_a_month_by_its_name_and_this_week_in_arabic_are_recognised(text, kind, month):
    # a newcomer got December's deadline for January, the whole calendar for February, the off-topic reply for
    # "et en décembre ?" and the weekly hours' page for this week in Arabic
    assert parse_calendar_query(text) == CalendarQuery(kind, month=month)


@pytest.mark.parametrize("text", ["j'ai commencé mon stage en janvier, comment préparer ma première visite ?",
                                  "comment faire mon devoir en mai", "je pars en vacances en juillet"])
def test_a_month_named_in_a_message_that_asks_no_date_is_not_the_calendars(text):
    query = parse_calendar_query(text)
    assert query is None or query.kind != "named_month"


def test_a_month_named_is_the_nearest_one(calendar):
    answerer = CalendarAnswerer(calendar, clock=Clock(MONDAY_7_DECEMBER))
    text = answerer.answer("les échéances de janvier ?", "fr")
    assert text.startswith("📅 En janvier 2027") and "15 janvier" in text and "18 décembre" not in text
    assert "حصة مباشرة" not in answerer.answer("ما هي الآجال في شهر يناير؟", "ar")  # deadlines only


@pytest.mark.parametrize("kind, month, expected", [("week", None, ("next_week", None)), ("next_week", None, None),
                                                   ("named_month", 1, ("named_month", 2)),
                                                   ("live_month", None, ("live_named_month", 1)),
                                                   ("deadline_named_month", 12, ("deadline_named_month", 1))])
def test_the_period_after(kind, month, expected):
    from bot.roles.calendar_period import period_after
    assert period_after(kind, month, date(2026, 12, 7)) == expected


def test_a_week_named_in_a_question_on_practice_asks_no_date():
    # "la semaine d'après" with "quand" took the question to the calendar (a dev set's, read after the change)
    from bot.roles.calendar_query import asks_for_a_date
    text = "L'entretien après une visite, on le fait quand : le jour même ou la semaine d'après ?"
    assert not asks_for_a_date(text, parse_calendar_query(text))
