"""Time in one place: now in UTC, stored timestamps made aware, and named time zones.

SQLite hands timestamps back naive (they were stored as UTC); PostgreSQL hands them back aware. Every
comparison goes through `aware` / `as_utc`, every zone through `zone` (Africa/Casablanca by default,
from the tz database, so the Ramadan clock change is applied).

    >>> from datetime import datetime
    >>> as_utc(datetime(2026, 3, 2, 9, 0)).isoformat()
    '2026-03-02T09:00:00+00:00'
    >>> local(datetime(2026, 10, 2, 9, 0), "Africa/Casablanca").strftime("%H:%M")
    '10:00'
"""
from __future__ import annotations

from datetime import datetime, timezone, tzinfo
from functools import lru_cache
from typing import overload
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigError

UTC = timezone.utc
MOROCCO = "Africa/Casablanca"


def utcnow() -> datetime:
    """Now, timezone-aware UTC."""
    return datetime.now(UTC)


@overload
def aware(moment: datetime) -> datetime: ...


@overload
def aware(moment: None) -> None: ...


def aware(moment: datetime | None) -> datetime | None:
    """`moment` with a time zone: a naive one is taken as UTC (how the store keeps them); None stays None."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@overload
def as_utc(moment: datetime) -> datetime: ...


@overload
def as_utc(moment: None) -> None: ...


def as_utc(moment: datetime | None) -> datetime | None:
    """`moment` as aware UTC (naive taken as UTC); None stays None."""
    return None if moment is None else aware(moment).astimezone(UTC)


def zone(name: str | tzinfo | None = None, variable: str = "RAFIQ_TIMEZONE") -> tzinfo:
    """The named zone (Africa/Casablanca when None; a tzinfo passes through); ConfigError naming `variable`
    and the value when the tz database has no such zone."""
    if name is None or name == "":
        return _zone(MOROCCO)
    if isinstance(name, tzinfo):
        return name
    try:
        return _zone(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(variable, name, "unknown time zone (use a tz database name such as "
                                          f"'{MOROCCO}')") from exc


@lru_cache(maxsize=32)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local(moment: datetime, tz: str | tzinfo | None = None) -> datetime:
    """`moment` (naive taken as UTC) as wall-clock time in the zone."""
    return aware(moment).astimezone(zone(tz))
