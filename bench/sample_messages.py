"""Print one sample of each message Rafiq sends on its own initiative, in Arabic and French, as Markdown.

The samples come from the real code path: a temporary SQLite store, two trainers who opted in (one
Arabic, one French), the bundled calendar, and the Scheduler ticked at chosen instants; what it
queued in the outbox is printed. The onboarding checklist and the opt-in texts come from
`bot.roles.onboarding`. Used to write docs/proactive-messages.md.

    python bench/sample_messages.py > /tmp/samples.md
"""
from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bot.store.outbox import Outbox  # noqa: E402
from bot.roles.digest import CalendarSnapshots  # noqa: E402
from bot.roles.nudges import NudgePolicy  # noqa: E402
from bot.roles.onboarding import onboarding_text, reminders_confirmation, reminders_question  # noqa: E402
from bot.scheduler import Scheduler  # noqa: E402
from bot.store.schema import OutboxMessage  # noqa: E402
from bot.store import Store  # noqa: E402
from corpus.calendar import load_calendar  # noqa: E402

CASA = ZoneInfo("Africa/Casablanca")
FORUM = "https://forum.example.org/c/cohorte-2026-b"


def _at(*args: int) -> datetime:
    return datetime(*args, tzinfo=CASA)


def _queued(store: Store, since_id: int) -> list[OutboxMessage]:
    with store.session() as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.id > since_id).order_by(OutboxMessage.id)))


def _block(title: str, when: str, texts: dict[str, str]) -> str:
    out = [f"### {title}", f"_{when}_", ""]
    for lang in ("ar", "fr"):
        out += [f"**{'العربية' if lang == 'ar' else 'Français'}**", "", "```text", texts[lang], "```", ""]
    return "\n".join(out)


def main() -> None:
    """Run the scheduler on a throw-away store and print what it queued."""
    calendar = load_calendar(ROOT / "corpus" / "calendar.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/samples.db")
        store.migrate()
        ids = {}
        for lang in ("ar", "fr"):
            user = store.get_or_create_user("telegram", f"trainer-{lang}")
            store.update_user(user.id, lang=lang, reminders=True, cohort="2026-b",
                              last_seen_at=_at(2026, 11, 30).astimezone(timezone.utc))
            ids[user.id] = lang
        snapshots = CalendarSnapshots(Path(tmp) / "snapshots")
        scheduler = Scheduler(store, Outbox(store), calendar, policy=NudgePolicy(after_days=7), snapshots=snapshots)
        blocks, last = [], 0

        def run(title: str, moment: datetime, prefix: str, sched: Scheduler = scheduler) -> None:
            nonlocal last
            sched.tick(moment)
            rows = [r for r in _queued(store, last) if r.dedupe_key.startswith(prefix)]
            last = max([last] + [r.id for r in _queued(store, last)])
            texts = {ids[r.user_id]: r.text for r in rows}
            blocks.append(_block(title, f"queued at {moment:%A %d %B %Y %H:%M} (Casablanca); key {rows[0].dedupe_key}",
                                 texts))

        blocks.append(_block("Onboarding checklist (after /start)", "Monday 23 November 2026, 10:00",
                             {lang: onboarding_text(calendar, lang, _at(2026, 11, 23, 10), FORUM)
                              for lang in ("ar", "fr")}))
        blocks.append(_block("Reminder opt-in question, then the confirmations (on / off)", "after the checklist",
                             {lang: "\n\n".join([reminders_question(lang), reminders_confirmation(True, lang),
                                                 reminders_confirmation(False, lang)]) for lang in ("ar", "fr")}))
        run("Deadline reminder, two days before at 09:00", _at(2026, 12, 2, 9, 0), "reminder:m2-a1")
        last = 0
        run("Live session reminder, the day before at 09:00", _at(2026, 12, 2, 9, 0), "reminder:live-m2")
        run("Live session reminder, one hour before", _at(2026, 12, 3, 17, 0), "reminder:live-m2")
        run("Deadline reminder, on the day at 12:00", _at(2026, 12, 4, 12, 0), "reminder:m2-a1")
        for uid in ids:  # both trainers were active that week: no nudge yet
            store.update_user(uid, last_seen_at=_at(2026, 12, 13).astimezone(timezone.utc))
        scheduler.tick(_at(2026, 12, 14, 9, 0))  # the week before: recorded as the digest's baseline
        last = max(r.id for r in _queued(store, 0))
        for uid in ids:  # and again the week after; then they go silent
            store.update_user(uid, last_seen_at=_at(2026, 12, 20, 18).astimezone(timezone.utc))
        moved = replace(calendar, assignments=tuple(
            replace(a, due=a.due + timedelta(days=2)) if a.id == "m3-a1" else a for a in calendar.assignments))
        run("Weekly digest, Monday 09:00 (here the module 3 deadline had been moved by two days)",
            _at(2026, 12, 21, 9, 0), "digest:",
            Scheduler(store, Outbox(store), moved, snapshots=snapshots))
        run("Nudge after 7 days without a visit (at most one a week)", _at(2026, 12, 28, 10, 0), "nudge:")
        store.dispose()
    print("\n".join(blocks))


if __name__ == "__main__":
    main()
