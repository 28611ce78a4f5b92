"""bot/roles/nudges.py through the Scheduler: one nudge a week at most, stopped by an answer or opt-out."""
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.store.outbox import Outbox
from bot.roles.nudges import NudgePolicy, missed_lines
from bot.roles.onboarding import set_reminders
from bot.scheduler import Scheduler
from bot.store.schema import OutboxMessage
from bot.store import Store
from tests.bot.helpers import make_trainer

CASA = ZoneInfo("Africa/Casablanca")
START = datetime(2026, 12, 7, 10, 0, tzinfo=CASA)


def nudges(store: Store, user_id: int | None = None) -> list[OutboxMessage]:
    with store.session() as s:
        query = select(OutboxMessage).where(OutboxMessage.dedupe_key.startswith("nudge:")).order_by(OutboxMessage.id)
        if user_id is not None:
            query = query.where(OutboxMessage.user_id == user_id)
        return list(s.scalars(query))


def daily(scheduler: Scheduler, start: datetime, days: int, every: timedelta = timedelta(hours=6)) -> list[datetime]:
    """Tick every `every` for `days` days; returns the instants at which a nudge was queued."""
    sent, now = [], start
    while now < start + timedelta(days=days):
        if scheduler.tick(now).nudges:
            sent.append(now)
        now += every
    return sent


def test_silent_trainer_gets_at_most_one_nudge_a_week_then_they_stop(store, outbox, calendar):
    aicha = make_trainer(store, "aicha", last_seen=START - timedelta(days=7))
    sent = daily(Scheduler(store, outbox, calendar, policy=NudgePolicy(after_days=7)), START, days=60)
    assert len(sent) == 4  # max_per_silence
    assert all(b - a >= timedelta(days=7) for a, b in zip(sent, sent[1:]))
    texts = [r.text for r in nudges(store, aicha)]
    assert len(texts) == 4
    first = texts[0]
    assert first.startswith("👋 Bonjour, c'est Rafiq, l'assistant automatique du MOOC.")
    assert "Depuis votre dernière visite : " in first and "À venir : " in first
    assert "reprendre" in first and "/reminders_off" in first
    assert not any(word in first.lower() for word in ("retard", "oubli", "manqué à", "négligé"))


def test_nudges_stop_when_the_trainer_answers(store, outbox, calendar):
    user = make_trainer(store, "samir", last_seen=START - timedelta(days=8))
    scheduler = Scheduler(store, outbox, calendar, policy=NudgePolicy(after_days=7))
    assert scheduler.tick(START).nudges == 1
    store.update_user(user, last_seen_at=START + timedelta(days=1))  # answered the nudge the next day
    assert daily(scheduler, START + timedelta(days=1), days=7) == []  # active again: nothing
    # silent again for a week after answering: a new silence, and the weekly cap still holds
    later = daily(scheduler, START + timedelta(days=8), days=2)
    assert len(later) == 1 and later[0] - START >= timedelta(days=8)


def test_weekly_cap_holds_across_silences(store, outbox, calendar):
    user = make_trainer(store, "nora", last_seen=START - timedelta(days=3))
    scheduler = Scheduler(store, outbox, calendar, policy=NudgePolicy(after_days=3))
    assert scheduler.tick(START).nudges == 1
    store.update_user(user, last_seen_at=START + timedelta(hours=1))
    sent = daily(scheduler, START + timedelta(hours=2), days=10, every=timedelta(hours=1))
    assert sent and sent[0] - START >= timedelta(days=7)


def test_opting_out_stops_nudges(store, outbox, calendar):
    user = make_trainer(store, "karim", last_seen=START - timedelta(days=20))
    set_reminders(store, user, False)
    assert daily(Scheduler(store, outbox, calendar), START, days=21) == []
    assert nudges(store) == []


def test_two_workers_and_a_restart_send_one_nudge(store, calendar):
    make_trainer(store, "ines", last_seen=START - timedelta(days=9))
    other = Store(store.url)
    first = Scheduler(store, Outbox(store), calendar).tick(START)
    second = Scheduler(other, Outbox(other), calendar).tick(START)
    other.dispose()
    assert first.nudges + second.nudges == 1 and len(nudges(store)) == 1


def test_what_was_missed_fits_in_two_lines_in_both_languages(calendar):
    since, now = datetime(2026, 11, 25, tzinfo=CASA), datetime(2026, 12, 22, 10, tzinfo=CASA)
    fr = missed_lines(calendar, "fr", since, now)
    assert fr[0].startswith("Depuis votre dernière visite : le module 3 a ouvert")
    assert "autres dates" in fr[0] and fr[1].startswith("À venir : « Fiche d'animation")
    ar = missed_lines(calendar, "ar", since, now)
    assert ar[0].startswith("منذ زيارتك الأخيرة: فُتحت الوحدة 3") and "الجمعة 15 يناير 2027" in ar[1]
    assert all("\n" not in line for line in (*fr, *ar))


def test_policy_slot_numbers_the_nudges_of_one_silence():
    policy = NudgePolicy(after_days=7, max_per_silence=2)
    seen = START - timedelta(days=7)
    assert policy.slot(seen, None, START - timedelta(hours=1)) is None
    assert policy.slot(seen, None, START) == 0
    assert policy.slot(seen, START, START + timedelta(days=6)) is None
    assert policy.slot(seen, START, START + timedelta(days=7)) == 1
    assert policy.slot(seen, START + timedelta(days=7), START + timedelta(days=14)) is None  # max reached
