"""A known week of activity (2026-W48, Africa/Casablanca) for the weekly report's tests and the dashboard's."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import update

from bot.store.schema import ModerationEntry, Ticket, User

CASA = ZoneInfo("Africa/Casablanca")
UTC = timezone.utc
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=CASA)


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A local Casablanca moment in 2026, as UTC."""
    return datetime(2026, month, day, hour, minute, tzinfo=CASA).astimezone(UTC)


def _user(store, channel: str, ext: str, created: datetime) -> int:
    uid = store.get_or_create_user(channel, ext).id
    with store.session() as s:
        s.execute(update(User).where(User.id == uid).values(created_at=created))
    return uid


def _ask(store, uid, channel, lang, when, intent="question", escalate=False, reason="", feedback=None) -> int:
    row = store.add_interaction(user_id=uid, channel=channel, thread="t", text="…", detected_lang=lang,
                                reply_lang="fr" if lang == "fr" else "ar", intent=intent, reply_text="…",
                                confidence=0.5, citations=[], escalate=escalate, reason=reason,
                                created_at=when)
    if feedback:
        store.set_feedback(row.id, feedback)
    return row.id


def _ticket(store, interaction_id, channel, lang, created, answered=None) -> None:
    with store.session() as s:
        s.add(Ticket(interaction_id=interaction_id, channel=channel, question="…", lang=lang, reason="low_confidence",
                     created_at=created, updated_at=created, answered_at=answered,
                     state="answered" if answered else "open", answer="…" if answered else None))


def seed_week(store) -> None:
    """Seven questions in every variety and channel, three tickets, votes, moderation, five trainers."""
    a = _user(store, "telegram", "1", at(1, 9, month=10))
    b = _user(store, "web", "2", at(1, 9, month=10))
    c = _user(store, "discourse", "3", at(1, 9, month=10))
    d = _user(store, "telegram", "4", at(1, 9, month=10))  # silent since Nov 1: inactive
    _user(store, "telegram", "5", at(28, 9))  # registered two days before the week's end: not inactive
    _ask(store, d, "telegram", "fr", at(1, 10), intent="greeting")
    _ask(store, b, "web", "fr", at(18, 10))  # W47: only in the trend
    _ask(store, a, "telegram", "ar", at(23, 9), feedback="up")
    _ask(store, a, "telegram", "ary", at(23, 10), feedback="down")
    _ask(store, a, "telegram", "ary-Latn", at(24, 9), reason="clarify")
    _ask(store, a, "telegram", "ar", at(24, 9, 5), intent="greeting")  # not a question
    q4 = _ask(store, b, "web", "fr", at(24, 9, 55), escalate=True, reason="low_confidence")
    _ask(store, b, "web", "fr", at(29, 23, 30), reason="off_topic")  # Sunday 23:30 local: still W48
    q6 = _ask(store, c, "discourse", "fr", at(27, 16, 55), escalate=True, reason="no_match")
    q9 = _ask(store, a, "telegram", "ary", at(25, 10, 55), escalate=True, reason="human_requested")
    _ask(store, b, "web", "fr", at(30, 0, 30))  # Monday 00:30 local: W49, not in the report
    _ticket(store, q4, "web", "fr", at(24, 10), at(24, 10, 30))  # 30 min, in working hours
    _ticket(store, q6, "discourse", "fr", at(27, 17), at(30, 9, 30))  # Fri 17:00 → Mon 09:30: breached
    _ticket(store, q9, "telegram", "ar", at(25, 11))  # never answered by NOW: breached
    with store.session() as s:
        for verdict, day in (("toxic", 23), ("toxic", 26), ("spam", 27), ("ok", 27), ("toxic", 16)):
            s.add(ModerationEntry(channel="telegram", author="x", verdict=verdict, action="hide",
                                  created_at=at(day, 12)))
