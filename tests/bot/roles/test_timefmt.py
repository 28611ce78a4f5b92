"""bot/roles/timefmt.py: Moroccan dates, times and relative days in Arabic and French."""
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from bot.roles.timefmt import days_between, format_date, format_time, format_when, relative_day, relative_time

CASA = ZoneInfo("Africa/Casablanca")


def test_french_and_moroccan_arabic_month_and_day_names():
    moment = datetime(2026, 12, 4, 23, 59, tzinfo=CASA)
    assert format_date(moment, "fr") == "vendredi 4 décembre"
    assert format_date(moment, "ar") == "الجمعة 4 دجنبر"
    assert format_date(datetime(2027, 7, 12, tzinfo=CASA), "ary") == "الاثنين 12 يوليوز"
    assert format_date(datetime(2027, 8, 1, tzinfo=CASA), "ar", year=True) == "الأحد 1 غشت 2027"
    assert format_time(moment, "fr") == "23h59" and format_time(moment, "ar") == "23:59"


def test_relative_days_count_local_calendar_days_not_24_hour_blocks():
    now = datetime(2026, 12, 1, 23, 30, tzinfo=CASA)
    tomorrow_early = datetime(2026, 12, 2, 0, 15, tzinfo=CASA)  # 45 minutes later, but tomorrow
    assert days_between(now, tomorrow_early) == 1
    assert relative_day(now, tomorrow_early, "fr") == "demain"
    assert relative_day(now, tomorrow_early, "ar") == "غدا"
    in_three = datetime(2026, 12, 4, 9, tzinfo=CASA)
    assert relative_day(now, in_three, "fr") == "dans 3 jours"
    assert relative_day(now, in_three, "ar") == "بعد 3 أيام"
    assert relative_day(now, datetime(2026, 12, 3, tzinfo=CASA), "ar") == "بعد يومين"
    assert relative_day(now, datetime(2026, 12, 13, tzinfo=CASA), "ar") == "بعد 12 يوما"
    assert relative_day(now, datetime(2026, 11, 28, tzinfo=CASA), "fr") == "il y a 3 jours"


def test_relative_time_within_the_day_and_utc_input_shown_in_local_time():
    start = datetime(2027, 3, 18, 18, 0, tzinfo=CASA)
    now_utc = (start - timedelta(hours=1)).astimezone(timezone.utc)
    assert relative_time(now_utc, start, "fr") == "dans 1 heure"
    assert relative_time(now_utc, start, "ar") == "بعد ساعة"
    assert format_time(now_utc, "fr") == "17h00"  # a UTC instant is shown on Moroccan clocks


def test_format_when_adds_the_year_only_when_it_differs():
    now = datetime(2026, 12, 1, 9, tzinfo=CASA)
    assert format_when(datetime(2026, 12, 4, 23, 59, tzinfo=CASA), "fr", now) == \
        "vendredi 4 décembre à 23h59 (dans 3 jours)"
    assert format_when(datetime(2027, 1, 15, 23, 59, tzinfo=CASA), "ar", now) == \
        "الجمعة 15 يناير 2027 على الساعة 23:59 (بعد 45 يوما)"
