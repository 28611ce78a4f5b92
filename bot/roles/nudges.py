"""Nudges for trainers who have not come back for a while: when one is due, its key, and its text.

A trainer silent for `after_days` gets nudge 0 of this silence; then at most one a week (nudge 1,
2, …, up to `max_per_silence`). The key names the silence (the last time they were seen) and the
nudge's number, so a nudge is claimed once across restarts and workers; a trainer who answers
starts a new silence (and is not nudged until silent again), one who opts out gets nothing.
The wording encourages rather than blames, with what they missed in two lines.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import aware
from bot.roles.timefmt import format_when
from bot.texts import t
from corpus.calendar import Assignment, Calendar, LiveSession, Module

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class NudgePolicy:
    """How long a silence lasts before a nudge, the minimum gap between nudges, and how many per silence."""

    after_days: int = 7
    gap: timedelta = WEEK
    max_per_silence: int = 4

    def slot(self, last_seen: datetime, last_nudge: datetime | None, now: datetime) -> int | None:
        """The number of the nudge due now in this silence, or None when none is due."""
        last_seen = aware(last_seen)
        idle = now - last_seen
        start = timedelta(days=self.after_days)
        if idle < start:
            return None
        if last_nudge is not None and now - aware(last_nudge) < self.gap:
            return None
        number = int((idle - start) / self.gap)
        return number if number < self.max_per_silence else None


def nudge_key(user_id: int, last_seen: datetime, number: int) -> str:
    """The claim key of nudge `number` of the silence that began at `last_seen`."""
    return f"nudge:{user_id}:{int(aware(last_seen).timestamp())}:{number}"


def _missed_item(calendar: Calendar, item: Module | Assignment | LiveSession, lang: str) -> str:
    if isinstance(item, Module):
        return t("missed_opened", lang, n=item.number)
    key = "missed_live" if isinstance(item, LiveSession) else "missed_deadline"
    return t(key, lang, title=calendar.title(item, lang))


def _join(parts: list[str], lang: str) -> str:
    if len(parts) < 2:
        return "".join(parts)
    last = (" و" if lang.startswith("ar") else " et ") + parts[-1]
    return ("، " if lang.startswith("ar") else ", ").join(parts[:-1]) + last


def missed_lines(calendar: Calendar, lang: str, since: datetime, now: datetime) -> tuple[str, str]:
    """Two lines: what happened since `since` (at most two items named), and the next deadline."""
    since = aware(since)
    happened = [i for i in calendar.events() if since < i.when <= now]
    if happened:
        latest = happened[::-1][:2]
        parts = [_missed_item(calendar, i, lang) for i in latest]
        if len(happened) > 2:
            parts.append(t("missed_more", lang, k=len(happened) - 2))
        first = t("missed", lang, items=_join(parts, lang))
    else:
        first = t("missed_nothing", lang)
    coming = calendar.upcoming(now, limit=1, kinds=("assignment",))
    second = (t("coming_deadline", lang, title=calendar.title(coming[0], lang),
                when=format_when(coming[0].due, lang, now, calendar.tz)) if coming else t("coming_nothing", lang))
    return first, second


def nudge_text(calendar: Calendar, lang: str, last_seen: datetime, now: datetime) -> str:
    """The nudge in `lang`: friendly, what was missed in two lines, one small step, the opt-out."""
    missed, coming = missed_lines(calendar, lang, last_seen, now)
    module = calendar.current_module(now)
    step = (t("nudge_step", lang, n=module.number, title=calendar.title(module, lang)) if module
            else t("nudge_step_none", lang))
    return f"{t('nudge', lang, missed=missed, coming=coming, step=step)}\n{t('opt_out_hint', lang)}"
