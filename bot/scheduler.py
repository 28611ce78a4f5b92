"""The scheduler: reminders, the weekly digest and nudges, sent through the outbox, each exactly once.

    tick(now) ──► due reminders × opted-in trainers ─┐
              ──► Monday digest × opted-in trainers ──┼─► store.claim_send(key) ──► outbox.enqueue(key, …)
              ──► silent opted-in trainers (nudge) ───┘      (False: another worker or an earlier run sent it)

`tick` is one synchronous pass at a given instant, so tests drive it with any clock; `start` / `stop`
repeat it every `interval` seconds in a `PeriodicWorker` (in a worker thread), owned by the app's
`Lifecycle`. The outbox wakes the Telegram delivery worker for every message queued. Every send is
claimed in the store first, so restarts and several workers never double a message. Only trainers
who opted in (`User.reminders`) and who use a channel able to receive direct messages are addressed.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, Iterable

from sqlalchemy import select

from bot.clock import UTC, as_utc
from bot.payloads import ChatMessage
from bot.store.outbox import Outbox
from bot.roles.digest import CalendarSnapshots, digest_due, digest_key, digest_text, week_id
from bot.roles.nudges import NudgePolicy, nudge_key, nudge_text
from bot.roles.onboarding import OPT_OUT_ACTION
from bot.roles.reminders import due_reminders, reminder_text
from bot.store.schema import SendClaim, User
from bot.store import Store
from bot.texts import t
from bot.user_lang import trainer_lang
from bot.workers import PeriodicWorker
from corpus.calendar import Calendar

log = logging.getLogger(__name__)
DIRECT_CHANNELS = ("telegram",)


@dataclass(frozen=True)
class TickReport:
    """What one pass queued, per kind, and how many sends were already claimed elsewhere."""

    reminders: int = 0
    digests: int = 0
    nudges: int = 0
    already_claimed: int = 0

    @property
    def sent(self) -> int:
        """Messages queued by this pass."""
        return self.reminders + self.digests + self.nudges


class Scheduler:
    """Sends Rafiq's proactive messages on time, once.

    Example::

        scheduler = Scheduler(store, outbox, calendar, policy=NudgePolicy(after_days=settings.nudge_after_days))
        scheduler.tick(datetime.now(timezone.utc))     # one pass (tests)
        await scheduler.start(); ...; await scheduler.stop()   # in the app's lifecycle
    """

    name = "scheduler"

    def __init__(self, store: Store, outbox: Outbox, calendar: Calendar, policy: NudgePolicy | None = None,
                 clock: Callable[[], datetime] | None = None, interval: float = 60.0,
                 channels: Iterable[str] = DIRECT_CHANNELS, snapshots: CalendarSnapshots | None = None) -> None:
        self.store = store
        self.outbox = outbox
        self.calendar = calendar
        self.policy = policy or NudgePolicy()
        self.clock = clock or (lambda: datetime.now(UTC))
        self.interval = interval
        self.channels = tuple(channels)
        self.snapshots = snapshots
        self.worker = PeriodicWorker(self.name, interval, self.tick)

    # one pass ---------------------------------------------------------------------------------
    def tick(self, now: datetime | None = None) -> TickReport:
        """Queue every message due at `now` (aware; default: the clock) that no one has sent yet."""
        now = as_utc(now or self.clock())
        counts = {"reminders": 0, "digests": 0, "nudges": 0, "already_claimed": 0}
        reminders = due_reminders(self.calendar, now)
        digest_week = week_id(now, self.calendar.tz) if digest_due(self.calendar, now) else None
        old = self.snapshots.before(digest_week) if (digest_week and self.snapshots) else None
        if reminders or digest_week:
            users = self._recipients()
            keys = [d.key(u.id) for u in users for d in reminders]
            keys += [digest_key(digest_week, u.id) for u in users] if digest_week else []
            seen = self._claimed(keys)
            for user in users:
                lang = self._lang(user)
                for due in reminders:
                    self._send(counts, seen, "reminders", due.key(user.id), user, lang,
                               lambda: reminder_text(self.calendar, due, lang, now))
                if digest_week:
                    self._send(counts, seen, "digests", digest_key(digest_week, user.id), user, lang,
                               lambda: digest_text(self.calendar, lang, now, old))
        if digest_week and self.snapshots:
            self.snapshots.record(digest_week, self.calendar)
        for user in self._silent(now) if self._cohort_running(now) else ():
            number = self.policy.slot(user.last_seen_at, user.last_nudge_at, now)
            if number is None:
                continue
            lang = self._lang(user)
            if self._send(counts, set(), "nudges", nudge_key(user.id, user.last_seen_at, number), user, lang,
                          lambda: nudge_text(self.calendar, lang, user.last_seen_at, now)):
                self.store.update_user(user.id, last_nudge_at=now)
        report = TickReport(**counts)
        if report.sent:
            log.info("scheduler queued %d reminders, %d digests, %d nudges", report.reminders, report.digests,
                     report.nudges)
        return report

    def _send(self, counts: dict, seen: set[str], kind: str, key: str, user: User, lang: str,
              render: Callable[[], str]) -> bool:
        if key in seen:  # claimed by an earlier pass: skip without touching the claims table
            counts["already_claimed"] += 1
            return False
        text = render()  # before claiming, so a rendering error never burns the claim
        if not self.store.claim_send(key, user.id):
            counts["already_claimed"] += 1
            return False
        payload = ChatMessage(kind=kind.rstrip("s"), lang=lang,
                              buttons=[{"label": t("reminders_off_button", lang), "action": OPT_OUT_ACTION}])
        self.outbox.enqueue(key, user.channel, user.external_id, text, payload.to_json(), user.id)
        counts[kind] += 1
        return True

    def _claimed(self, keys: list[str]) -> set[str]:
        found: set[str] = set()
        with self.store.session() as s:
            for i in range(0, len(keys), 500):
                found.update(s.scalars(select(SendClaim.key).where(SendClaim.key.in_(keys[i:i + 500]))))
        return found

    def _cohort_running(self, now: datetime) -> bool:
        day = now.astimezone(self.calendar.tz).date()
        return self.calendar.cohort.start <= day <= self.calendar.cohort.end

    def _audience(self):
        cohort = self.calendar.cohort.id
        return (select(User).where(User.reminders.is_(True), User.channel.in_(self.channels),
                                   (User.cohort.is_(None)) | (User.cohort == cohort)).order_by(User.id))

    def _recipients(self) -> list[User]:
        with self.store.session() as s:
            return list(s.scalars(self._audience()))

    def _silent(self, now: datetime) -> list[User]:
        limit = now - timedelta(days=self.policy.after_days)
        with self.store.session() as s:
            return list(s.scalars(self._audience().where(User.last_seen_at <= limit)))

    def _lang(self, user: User) -> str:
        return trainer_lang(self.store, user) or "fr"

    # the loop ---------------------------------------------------------------------------------
    async def start(self) -> None:
        """Tick every `interval` seconds in the background; an error in one pass never ends the loop."""
        await self.worker.start()

    async def stop(self) -> None:
        """Stop the loop and wait for the current pass to finish."""
        await self.worker.stop()
