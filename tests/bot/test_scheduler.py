"""bot/scheduler.py with reminders.py and digest.py: on time, once, across clock changes and workers."""
import asyncio
import threading
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.store.outbox import Outbox
from bot.roles.digest import CalendarSnapshots
from bot.roles.nudges import NudgePolicy
from bot.roles.onboarding import set_reminders
from bot.scheduler import Scheduler
from bot.store.schema import OutboxMessage
from bot.store import Store
from corpus.calendar import load_calendar
from tests.bot.helpers import Clock, make_trainer

CASA = ZoneInfo("Africa/Casablanca")
UTC = timezone.utc

RAMADAN_2027 = """\
timezone: Africa/Casablanca
cohort: {id: "2027-r", name_ar: "فوج رمضان", name_fr: "Cohorte Ramadan", start: 2027-01-04, end: 2027-04-30}
modules:
  - {id: m1, number: 1, title_ar: "الوحدة", title_fr: "Le module", opens: 2027-01-04, closes: 2027-04-30}
assignments:
  - {id: across-feb, module: m1, title_ar: "عمل بعد تغيير الساعة", title_fr: "Travail après le changement d'heure",
     due: "2027-02-08T23:59"}
live_sessions:
  - {id: across-march, module: m1, title_ar: "حصة بعد العودة إلى الساعة القانونية",
     title_fr: "Séance après le retour à GMT+1", start: "2027-03-14T18:00", duration_minutes: 60}
"""


def trainer(store: Store, external_id: str, seen: datetime, **fields) -> int:
    """A trainer who opted in and was last seen at `seen` (so no nudge is due during the test)."""
    return make_trainer(store, external_id, last_seen=seen, **fields)


def rows(store: Store) -> list[OutboxMessage]:
    with store.session() as s:
        return list(s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def run_clock(scheduler: Scheduler, start: datetime, end: datetime, step: timedelta) -> dict[str, datetime]:
    """Tick from start to end; returns each queued message's dedupe key → the instant it was queued."""
    seen, now = {}, start
    before = set()
    while now <= end:
        scheduler.tick(now)
        current = {r.dedupe_key for r in rows(scheduler.store)}
        for key in current - before:
            seen[key] = now
        before = current
        now += step
    return seen


def test_scenario_7_deadline_reminders_wednesday_morning_and_friday_noon_once_each(store, outbox, calendar):
    trainer(store, "42", datetime(2026, 11, 29, tzinfo=CASA), lang="fr")
    scheduler = Scheduler(store, outbox, calendar)
    seen = run_clock(scheduler, datetime(2026, 11, 30, tzinfo=CASA), datetime(2026, 12, 5, tzinfo=CASA),
                     timedelta(minutes=30))
    m2a1 = {k: v for k, v in seen.items() if k.startswith("reminder:m2-a1@")}
    assert len(m2a1) == 2
    times = sorted(v.astimezone(CASA) for v in m2a1.values())
    assert times == [datetime(2026, 12, 2, 9, 0, tzinfo=CASA), datetime(2026, 12, 4, 12, 0, tzinfo=CASA)]
    live = sorted(v.astimezone(CASA) for k, v in seen.items() if k.startswith("reminder:live-m2@"))
    assert live == [datetime(2026, 12, 2, 9, 0, tzinfo=CASA), datetime(2026, 12, 3, 17, 0, tzinfo=CASA)]
    texts = {r.dedupe_key: r.text for r in rows(store)}
    early = next(t for k, t in texts.items() if k.startswith("reminder:m2-a1@") and ":2d:" in k)
    assert "Rafiq, l'assistant automatique" in early
    assert "vendredi 4 décembre à 23h59 (après-demain), heure du Maroc" in early
    assert "/reminders_off" in early


def test_reminders_follow_moroccan_clocks_across_the_ramadan_2027_changes(store, outbox, tmp_path):
    path = tmp_path / "calendar.yaml"
    path.write_text(RAMADAN_2027, encoding="utf-8")
    calendar = load_calendar(path)
    make_trainer(store, "7", lang="ar", cohort=None)
    scheduler = Scheduler(store, outbox, calendar, policy=NudgePolicy(after_days=365))  # reminders only
    feb = run_clock(scheduler, datetime(2027, 2, 5, tzinfo=UTC), datetime(2027, 2, 9, tzinfo=UTC), timedelta(minutes=15))
    two_days_before = next(v for k, v in feb.items() if ":2d:" in k)
    same_day = next(v for k, v in feb.items() if ":day:" in k)
    # 09:00 on Saturday 6 February is still UTC+1; noon on Monday 8 February is already UTC+0
    assert two_days_before == datetime(2027, 2, 6, 8, 0, tzinfo=UTC)
    assert same_day == datetime(2027, 2, 8, 12, 0, tzinfo=UTC)
    assert two_days_before.astimezone(CASA).hour == 9 and same_day.astimezone(CASA).hour == 12
    march = run_clock(scheduler, datetime(2027, 3, 12, tzinfo=UTC), datetime(2027, 3, 15, tzinfo=UTC),
                      timedelta(minutes=15))
    day_before = next(v for k, v in march.items() if ":1d:" in k)
    hour_before = next(v for k, v in march.items() if ":1h:" in k)
    # 09:00 on Saturday 13 March is still Ramadan time (UTC+0): same local hour, UTC one hour later than in Feb
    assert day_before == datetime(2027, 3, 13, 9, 0, tzinfo=UTC)
    assert (day_before.hour - two_days_before.hour) == 1
    assert day_before.astimezone(CASA).hour == 9
    # the session starts at 18:00 on 14 March, after clocks went forward (UTC+1): 17:00 local = 16:00 UTC
    assert hour_before == datetime(2027, 3, 14, 16, 0, tzinfo=UTC)
    assert len([r for r in rows(store) if r.dedupe_key.startswith("reminder:")]) == 4  # each reminder once
    text = next(r.text for r in rows(store) if ":1h:" in r.dedupe_key)
    assert "بعد ساعة (18:00)" in text and "رفيق، المساعد الآلي" in text


def test_tick_twice_and_a_restart_send_once(store, outbox, calendar, tmp_path):
    now = datetime(2026, 12, 2, 9, 5, tzinfo=CASA)
    trainer(store, "42", now - timedelta(days=1))
    first = Scheduler(store, outbox, calendar).tick(now)
    assert first.reminders == 2  # m2-a1 two days before, live-m2 the day before
    again = Scheduler(store, outbox, calendar).tick(now + timedelta(minutes=1))
    assert again.reminders == 0 and again.already_claimed == 2
    restarted = Store(store.url)  # a new process on the same database
    later = Scheduler(restarted, Outbox(restarted), calendar).tick(now + timedelta(hours=2))
    assert later.reminders == 0
    restarted.dispose()
    assert len(rows(store)) == 2


def test_two_workers_at_the_same_instant_send_each_reminder_once(store, calendar, tmp_path):
    now = datetime(2026, 12, 2, 9, 0, tzinfo=CASA)
    for i in range(5):
        trainer(store, str(i), now - timedelta(days=1))
    stores = [Store(store.url), Store(store.url)]
    workers = [Scheduler(s, Outbox(s), calendar) for s in stores]
    reports = []
    barrier = threading.Barrier(2)

    def work(scheduler):
        barrier.wait()
        reports.append(scheduler.tick(now))

    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.dispose()
    assert sum(r.reminders for r in reports) == 10  # 2 reminders × 5 trainers, split between workers
    assert sum(r.already_claimed for r in reports) == 10
    keys = [r.dedupe_key for r in rows(store)]
    assert len(keys) == len(set(keys)) == 10


def test_opting_out_stops_reminders_digests_and_queued_messages(store, outbox, calendar):
    seen = datetime(2026, 12, 1, tzinfo=CASA)
    me = trainer(store, "42", seen)
    trainer(store, "43", seen, reminders=False)
    scheduler = Scheduler(store, outbox, calendar)
    scheduler.tick(datetime(2026, 12, 2, 9, 0, tzinfo=CASA))
    mine = [r for r in rows(store) if r.user_id == me]
    assert len(mine) == 2 and all(r.recipient == "42" for r in rows(store))
    cancelled = set_reminders(store, me, False)
    assert cancelled == 2 and all(r.state == "cancelled" for r in rows(store))
    assert Outbox(store).claim_due("telegram") == []
    report = scheduler.tick(datetime(2026, 12, 4, 12, 0, tzinfo=CASA))
    assert report.sent == 0
    monday = scheduler.tick(datetime(2026, 12, 7, 9, 30, tzinfo=CASA))
    assert monday.digests == 0
    set_reminders(store, me, True)
    assert scheduler.tick(datetime(2026, 12, 7, 9, 31, tzinfo=CASA)).digests == 1


def test_only_direct_channels_and_the_calendar_cohort_are_addressed(store, outbox, calendar):
    seen = datetime(2026, 12, 1, tzinfo=CASA)
    trainer(store, "forum-user", seen, channel="discourse")
    trainer(store, "other-cohort", seen, cohort="2025-a")
    trainer(store, "ok", seen)
    Scheduler(store, outbox, calendar).tick(datetime(2026, 12, 2, 9, 0, tzinfo=CASA))
    assert {r.recipient for r in rows(store)} == {"ok"}


def test_weekly_digest_on_monday_lists_the_week_and_what_changed(store, outbox, calendar, tmp_path):
    seen = datetime(2026, 12, 13, tzinfo=CASA)
    trainer(store, "42", seen, lang="ar")
    trainer(store, "43", seen, lang="fr")
    snapshots = CalendarSnapshots(tmp_path / "snapshots")
    scheduler = Scheduler(store, outbox, calendar, snapshots=snapshots)
    assert scheduler.tick(datetime(2026, 12, 13, 9, 30, tzinfo=CASA)).digests == 0  # a Sunday
    assert scheduler.tick(datetime(2026, 12, 14, 8, 59, tzinfo=CASA)).digests == 0  # Monday, before 09:00
    assert scheduler.tick(datetime(2026, 12, 14, 9, 30, tzinfo=CASA)).digests == 2
    assert scheduler.tick(datetime(2026, 12, 14, 10, 0, tzinfo=CASA)).digests == 0
    fr = next(r.text for r in rows(store) if r.recipient == "43" and r.dedupe_key.startswith("digest:"))
    assert "Rafiq, l'assistant automatique" in fr
    assert "Conception du scénario d'un dispositif de formation » : vendredi 18 décembre à 23h59 (dans 4 jours)" in fr
    assert "Ce qui a changé" not in fr  # no earlier record to compare with: no claim either way
    # the next week the calendar changed: the module 3 deadline moved by two days
    moved = replace(calendar, assignments=tuple(
        replace(a, due=a.due + timedelta(days=2)) if a.id == "m3-a1" else a for a in calendar.assignments))
    trainer(store, "42", datetime(2026, 12, 20, tzinfo=CASA), lang="ar")
    Scheduler(store, outbox, moved, snapshots=snapshots).tick(datetime(2026, 12, 21, 9, 0, tzinfo=CASA))
    ar = [r.text for r in rows(store) if r.recipient == "42" and r.dedupe_key.startswith("digest:2026-W52")]
    assert len(ar) == 1
    assert "فُتحت الوحدة 3 «تنشيط حصص التكوين»" in ar[0]
    assert "تغيّر موعد «جذاذة تنشيط حصة تكوينية مع تحليل بعدي»: أصبح الأحد 17 يناير 2027" in ar[0]
    assert "بدلا من الجمعة 15 يناير 2027 على الساعة 23:59." in ar[0]


@pytest.mark.asyncio
async def test_run_loop_ticks_until_stopped(store, outbox, calendar):
    clock = Clock(datetime(2026, 12, 2, 9, 0, tzinfo=CASA))
    trainer(store, "42", clock.now - timedelta(days=1))
    scheduler = Scheduler(store, outbox, calendar, clock=clock, interval=0.01)
    await scheduler.start()
    for _ in range(200):
        if len(rows(store)) == 2:
            break
        await asyncio.sleep(0.01)
    await scheduler.stop()
    assert len(rows(store)) == 2
