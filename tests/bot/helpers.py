"""Helpers shared by the bot tests: a controllable clock and a trainer factory."""
from __future__ import annotations

import copy
from datetime import datetime, timezone

from bot.store import Store

UTC = timezone.utc


class Clock:
    """A controllable clock: `clock()` returns the current instant; `clock.now = ...` moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make_trainer(store: Store, external_id: str, *, lang: str = "fr", reminders: bool = True,
                 cohort: str | None = "2026-b", last_seen: datetime | None = None, channel: str = "telegram"):
    """A trainer in the store with the given settings; returns the user's id."""
    user = store.get_or_create_user(channel, external_id, f"Trainer {external_id}")
    fields = {"lang": lang, "reminders": reminders, "cohort": cohort}
    if last_seen is not None:
        fields["last_seen_at"] = last_seen.astimezone(UTC)
    store.update_user(user.id, **fields)
    return user.id


def say(services, text: str, user: str = "t1"):
    """One Telegram message from `user` through the services' Tutor; its Decision."""
    from bot.types import Message

    return services.tutor.handle(Message(channel="telegram", user=user, thread=user, text=text))


def read_at(services, threshold: float | None = None):
    """Make `services` answer only from `threshold` (default: the stricter of the calibrated thresholds) with a
    private copy of its engine, which shares the read-only index; returns that engine."""
    strict = copy.copy(services.engine)
    calibration = strict.calibration
    strict._threshold_override = (max(calibration.threshold, calibration.answer_threshold)
                                  if threshold is None else threshold)
    services.engine = services.tutor.engine = strict
    return strict


def follow_up_on_session_preparation(services, text: str, user: str):
    """Ask how to prepare a session (its answer lists ten steps, with an example in step 6), then `text`; the
    follow-up's Decision."""
    first = say(services, "Comment préparer une séance de formation ?", user=user)
    assert first.citations and first.citations[0].id == "eng-session-preparation", "else this checks nothing"
    return say(services, text, user=user)


async def delivered(outbox, channel: str) -> list[str]:
    """The texts the outbox delivers now on `channel`, to a sender that keeps them."""
    texts: list[str] = []

    class Keeping:
        async def send(self, recipient, text, payload):
            texts.append(text)
            return str(len(texts))

    await outbox.deliver_due(channel, Keeping())
    return texts

