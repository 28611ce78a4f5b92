"""The one time helper: stored timestamps made aware, UTC, and named zones."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.clock import UTC, aware, as_utc, local, utcnow, zone
from bot.errors import ConfigError
from bot.sla import WorkingHours


def test_naive_timestamps_are_utc_and_aware_ones_keep_their_instant():
    naive = datetime(2026, 12, 7, 9, 30)
    assert aware(naive) == datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
    casablanca = datetime(2026, 10, 2, 10, 0, tzinfo=zone("Africa/Casablanca"))
    assert aware(casablanca) is casablanca
    assert as_utc(casablanca) == datetime(2026, 10, 2, 9, 0, tzinfo=UTC)
    assert aware(None) is None and as_utc(None) is None
    assert utcnow().tzinfo is UTC


def test_local_time_follows_the_tz_database_and_the_default_zone_is_casablanca():
    assert local(datetime(2026, 10, 2, 9, 0)).strftime("%H:%M") == "10:00"  # UTC+1
    assert local(datetime(2026, 3, 2, 9, 0), "Africa/Casablanca").strftime("%H:%M") == "09:00"  # Ramadan
    assert zone(timezone(timedelta(hours=2))) == timezone(timedelta(hours=2))


def test_an_unknown_zone_or_working_hours_name_the_variable_and_the_value():
    with pytest.raises(ConfigError, match=r"RAFIQ_TIMEZONE='Mars/Olympus': unknown time zone"):
        zone("Mars/Olympus")
    with pytest.raises(ConfigError, match=r"RAFIQ_WORKING_HOURS='8h-18h': expected HH:MM-HH:MM"):
        WorkingHours("8h-18h")
