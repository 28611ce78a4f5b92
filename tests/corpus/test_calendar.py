"""corpus/calendar.py and calendar_parse.py: calendar.yaml into aware datetimes, with clear errors."""
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import yaml

from corpus import CalendarError, load_calendar, parse_calendar

CASA = ZoneInfo("Africa/Casablanca")

CALENDAR = """\
timezone: Africa/Casablanca
cohort: {id: "2026-b", name_ar: "الفوج الثاني 2026", name_fr: "Cohorte 2026-B", start: 2026-11-02, end: 2027-03-19}
modules:
  - {id: m1, number: 1, title_ar: "التقويم", title_fr: "L'évaluation", opens: 2026-11-02, closes: 2026-11-22}
  - {id: m2, number: 2, title_ar: "التخطيط", title_fr: "La planification", opens: 2026-11-23, closes: 2027-02-28}
assignments:
  - {id: m1-a1, module: m1, title_ar: "الواجب الأول", title_fr: "Devoir 1", due: "2026-11-20T23:59"}
  - {id: m2-a1, module: m2, title_ar: "الواجب الثاني", title_fr: "Devoir 2", due: 2027-02-12}
live_sessions:
  - {id: live-m1, module: m1, title_ar: "حصة مباشرة 1", title_fr: "Séance en direct 1", start: "2026-11-12T18:00",
     duration_minutes: 60, link: "https://meet.example.org/rafiq-m1"}
  - {id: live-before-ramadan, module: m2, title_ar: "قبل رمضان", title_fr: "Avant Ramadan",
     start: "2027-02-03T18:00", duration_minutes: 60}
  - {id: live-night-change, module: m2, title_ar: "ليلة تغيير الساعة", title_fr: "Nuit du changement",
     start: "2027-02-07T01:45", duration_minutes: 120}
  - {id: live-in-ramadan, module: m2, title_ar: "في رمضان", title_fr: "Pendant Ramadan",
     start: "2027-02-10T18:00", duration_minutes: 90}
"""


@pytest.fixture
def cal(tmp_path):
    path = tmp_path / "calendar.yaml"
    path.write_text(CALENDAR, encoding="utf-8")
    return load_calendar(path)


def test_records_are_frozen_and_times_aware_in_the_named_zone(cal):
    assert cal.timezone == "Africa/Casablanca" and cal.cohort.start == date(2026, 11, 2)
    assert [m.id for m in cal.modules] == ["m1", "m2"]
    a1 = cal.assignments[0]
    assert a1.due == datetime(2026, 11, 20, 23, 59, tzinfo=CASA)
    assert a1.due.tzinfo is CASA  # a tz database zone, not a fixed offset
    assert cal.assignments[1].due == datetime(2027, 2, 12, 23, 59, tzinfo=CASA)  # a date alone means 23:59
    assert cal.modules[0].closes == datetime(2026, 11, 23, tzinfo=CASA)  # the end of the closing day
    with pytest.raises(AttributeError):
        cal.modules[0].number = 3  # type: ignore[misc]


def test_ramadan_2027_clock_change_comes_from_the_tz_database(cal):
    """Morocco leaves UTC+1 for UTC+0 during Ramadan: in 2027 from 7 February 03:00 to 14 March."""
    before, night, during = (next(s for s in cal.live_sessions if s.id == i)
                             for i in ("live-before-ramadan", "live-night-change", "live-in-ramadan"))
    assert before.start.utcoffset() == timedelta(hours=1)
    assert before.start.astimezone(timezone.utc).hour == 17
    assert during.start.utcoffset() == timedelta(0)
    assert during.start.astimezone(timezone.utc).hour == 18
    # clocks go back from 03:00 to 02:00: two real hours from 01:45 (UTC+1) end at 02:45 (UTC+0)
    assert night.start.utcoffset() == timedelta(hours=1)
    assert night.end.replace(tzinfo=None) == datetime(2027, 2, 7, 2, 45)
    assert night.end.utcoffset() == timedelta(0)
    assert night.end.astimezone(timezone.utc) - night.start.astimezone(timezone.utc) == timedelta(hours=2)


def test_upcoming_is_sorted_across_the_clock_change(cal):
    now = datetime(2027, 2, 6, 23, 0, tzinfo=CASA)
    assert [e.id for e in cal.upcoming(now, limit=3)] == ["live-night-change", "live-in-ramadan", "m2-a1"]
    assert [e.id for e in cal.upcoming(now, limit=None, kinds=("assignment",))] == ["m2-a1"]
    utc_now = now.astimezone(timezone.utc)  # the same instant, another zone: same answer
    assert cal.upcoming(utc_now, limit=3) == cal.upcoming(now, limit=3)
    first = cal.upcoming(datetime(2026, 11, 1, tzinfo=CASA), limit=2)
    assert [(e.kind, e.id) for e in first] == [("module", "m1"), ("live_session", "live-m1")]
    assert cal.upcoming(datetime(2027, 3, 1, tzinfo=CASA)) == []
    with pytest.raises(ValueError):
        cal.upcoming(datetime(2027, 2, 6, 23, 0))


def test_current_module_and_titles(cal):
    assert cal.current_module(datetime(2026, 11, 22, 23, 59, tzinfo=CASA)).id == "m1"
    assert cal.current_module(datetime(2026, 11, 23, 0, 0, tzinfo=CASA)).id == "m2"
    # 23:30 UTC on 22 November is already 00:30 on the 23rd in Casablanca
    assert cal.current_module(datetime(2026, 11, 22, 23, 30, tzinfo=timezone.utc)).id == "m2"
    assert cal.current_module(datetime(2026, 10, 1, tzinfo=CASA)) is None
    m1 = cal.module("m1")
    assert cal.title(m1, "ar") == "التقويم" and cal.title(m1, "fr") == "L'évaluation"
    assert cal.title(m1, "ary") == "التقويم" and cal.title(m1, "en") == "L'évaluation"
    assert cal.title(cal.cohort, "ar") == "الفوج الثاني 2026"


def broken(**changes):
    data = yaml.safe_load(CALENDAR)
    for dotted, value in changes.items():
        target = data
        *path, last = dotted.split("__")
        for key in path:
            target = target[int(key)] if key.isdigit() else target[key]
        if value is None:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(("changes", "code", "needle"), [
    ({"cohort__name_ar": None}, "cal-missing-key", "name_ar"),
    ({"timezone": None}, "cal-missing-key", "timezone"),
    ({"timezone": "Mars/Olympus"}, "cal-unknown-timezone", "Mars/Olympus"),
    ({"timezone": "UTC+1"}, "cal-unknown-timezone", "UTC+1"),
    ({"modules__0__opens": "2026-13-02"}, "cal-bad-date", "2026-13-02"),
    ({"modules__0__closes": "2026-10-01"}, "cal-closes-before-opens", "modules[1] (m1)"),
    ({"modules__1__number": 1}, "cal-duplicate-number", "modules[2] (m2)"),
    ({"modules__1__id": "m1"}, "cal-duplicate-id", "'m1'"),
    ({"cohort__end": "2026-01-01"}, "cal-ends-before-start", "cohort"),
    ({"assignments__0__module": "m9"}, "cal-unknown-module", "'m9'"),
    ({"assignments__0__due": "le 20 novembre"}, "cal-bad-datetime", "le 20 novembre"),
    ({"assignments__0__due": "2026-11-20T23:59+01:00"}, "cal-offset-given", "m1-a1"),
    ({"live_sessions__1__start": "2027-03-14T02:30"}, "cal-nonexistent-time", "2027-03-14 02:30"),
    ({"live_sessions__1__start": "2027-02-07T02:30"}, "cal-ambiguous-time", "2027-02-07 02:30"),
    ({"live_sessions__0__start": "2026-11-12"}, "cal-bad-datetime", "live-m1"),
    ({"live_sessions__0__duration_minutes": 0}, "cal-bad-duration", "live-m1"),
    ({"live_sessions__0__link": "meet.example.org"}, "cal-bad-link", "meet.example.org"),
    ({"modules": {"id": "m1"}}, "cal-not-list", "modules"),
])
def test_invalid_calendars_raise_clear_errors(changes, code, needle):
    with pytest.raises(CalendarError) as info:
        parse_calendar(broken(**changes), "calendar.yaml")
    err = info.value
    assert err.code == code
    assert needle in err.message("fr") and needle in err.message("ar")
    assert str(err).startswith("calendar.yaml: ")


def test_unreadable_files(tmp_path):
    path = tmp_path / "calendar.yaml"
    path.write_text("timezone: [Africa/Casablanca\n", encoding="utf-8")
    with pytest.raises(CalendarError) as info:
        load_calendar(path)
    assert info.value.code == "cal-yaml"
    path.write_bytes(CALENDAR.encode("utf-16"))
    with pytest.raises(CalendarError) as info:
        load_calendar(path)
    assert info.value.code == "encoding"
    with pytest.raises(CalendarError) as info:
        load_calendar(tmp_path / "absent.yaml")
    assert info.value.code == "io"
    with pytest.raises(CalendarError) as info:
        parse_calendar("- just\n- a list\n")
    assert info.value.code == "cal-not-mapping"
