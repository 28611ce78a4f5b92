"""The weekly digest: what is coming in the next seven days and what changed, every Monday at 09:00
local time while the cohort runs.

"What changed" is the modules that opened in the past week, plus the calendar's own changes (a
deadline moved, a session added or removed) when a `CalendarSnapshots` folder is given: each week's
first digest records the calendar as it was, and the next week compares against that record.
"""
from __future__ import annotations

import json
import logging
import os
from datetime import datetime, time, timedelta
from pathlib import Path

from bot.clock import UTC
from bot.roles.timefmt import format_at, format_day_when, format_when
from bot.texts import t
from corpus.calendar import Assignment, Calendar, LiveSession

log = logging.getLogger(__name__)
DIGEST_AT = time(9)
DIGEST_GRACE = timedelta(hours=12)


def week_id(now: datetime, zone) -> str:
    """The ISO week of `now` in the zone, e.g. '2027-W05'."""
    year, week, _ = now.astimezone(zone).isocalendar()
    return f"{year}-W{week:02d}"


def digest_due(calendar: Calendar, now: datetime) -> bool:
    """True from Monday 09:00 local until 12 hours later, from a week before the cohort to its end."""
    local = now.astimezone(calendar.tz)
    monday = local.date() - timedelta(days=local.weekday())
    fire = datetime.combine(monday, DIGEST_AT, tzinfo=calendar.tz).astimezone(UTC)
    in_cohort = calendar.cohort.start - timedelta(days=7) <= local.date() <= calendar.cohort.end
    return in_cohort and fire <= now < fire + DIGEST_GRACE


def digest_key(week: str, user_id: int) -> str:
    """The claim key of one user's digest for one week."""
    return f"digest:{week}:{user_id}"


def fingerprint(calendar: Calendar) -> dict[str, dict[str, str]]:
    """Each dated item's id → its moment (UTC ISO) and titles, to compare two versions of a calendar."""
    return {i.id: {"when": i.when.astimezone(UTC).isoformat(), "title_ar": i.title_ar, "title_fr": i.title_fr,
                   "kind": i.kind} for i in calendar.events(("assignment", "live_session"))}


class CalendarSnapshots:
    """One JSON file per week in a folder; the first writer of a week wins (safe with two workers)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def record(self, week: str, calendar: Calendar) -> None:
        """Save the calendar as it is this week, unless this week is already saved."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{week}.json"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(fingerprint(calendar), out, ensure_ascii=False, sort_keys=True)

    def before(self, week: str) -> dict | None:
        """The latest snapshot of a week earlier than `week`, or None."""
        if not self.folder.is_dir():
            return None
        earlier = sorted(p for p in self.folder.glob("*-W*.json") if p.stem < week)
        for path in reversed(earlier):
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                log.warning("unreadable calendar snapshot %s", path.name)
        return None


def calendar_changes(old: dict | None, calendar: Calendar, lang: str, now: datetime) -> list[str]:
    """Lines naming what moved, appeared or disappeared since the `old` fingerprint."""
    if not old:
        return []
    new, lines = fingerprint(calendar), []
    items = {i.id: i for i in calendar.events(("assignment", "live_session"))}
    title_key = "title_ar" if lang.startswith("ar") else "title_fr"
    for item_id, entry in new.items():
        item = items[item_id]
        when = format_when(item.when, lang, now, calendar.tz)
        if item_id not in old:
            lines.append(t("changed_added", lang, title=entry[title_key], when=when))
        elif old[item_id]["when"] != entry["when"]:
            before = format_at(datetime.fromisoformat(old[item_id]["when"]), lang, now, calendar.tz)
            lines.append(t("changed_moved", lang, title=entry[title_key], when=when, before=before))
    lines.extend(t("changed_removed", lang, title=entry.get(title_key, item_id))
                 for item_id, entry in old.items() if item_id not in new)
    return lines


def _coming_line(calendar: Calendar, item, lang: str, now: datetime) -> str:
    when = format_when(item.when, lang, now, calendar.tz)
    if isinstance(item, Assignment):
        return t("item_deadline", lang, title=calendar.title(item, lang), when=when)
    if isinstance(item, LiveSession):
        return t("item_live", lang, title=calendar.title(item, lang), when=when)
    return t("item_module", lang, n=item.number, title=calendar.title(item, lang),
             when=format_day_when(item.when, lang, now, calendar.tz))


def digest_text(calendar: Calendar, lang: str, now: datetime, old: dict | None = None) -> str:
    """The digest in `lang`: the next seven days, what changed (or 'no change'), signed by Rafiq."""
    week_end = now + timedelta(days=7)
    coming = [i for i in calendar.upcoming(now, limit=None) if i.when <= week_end]
    lines = [t("digest_header", lang), t("digest_coming", lang)]
    lines.extend(_coming_line(calendar, i, lang, now) for i in coming)
    if not coming:
        lines.append(t("digest_nothing", lang))
    opened = [m for m in calendar.modules if now - timedelta(days=7) < m.opens <= now]
    changed = [t("changed_opened", lang, n=m.number, title=calendar.title(m, lang)) for m in opened]
    changed += calendar_changes(old, calendar, lang, now)
    if changed or old:  # "no change" only when there is a record to compare with
        lines.append(t("digest_changed", lang))
        lines.extend(changed or [t("changed_none", lang)])
    lines.append(t("digest_footer", lang))
    return f"{chr(10).join(lines)}\n{t('opt_out_hint', lang)}"
