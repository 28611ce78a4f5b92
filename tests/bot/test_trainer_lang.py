"""Proactive messages go out in the trainer's language (#12, defect 14): bot/user_lang.py and the scheduler."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.roles.nudges import NudgePolicy
from bot.scheduler import Scheduler
from bot.store.schema import OutboxMessage
from bot.store import Store
from bot.user_lang import trainer_lang
from tests.bot.helpers import make_trainer

CASA = ZoneInfo("Africa/Casablanca")
UTC = timezone.utc
ARABIC_SIGNATURE = "رفيق، المساعد الآلي"
FRENCH_SIGNATURE = "Rafiq, l'assistant automatique"


def said(store: Store, user_id: int, text: str, detected: str, reply_lang: str) -> None:
    """One message of the trainer and the language Rafiq answered it in."""
    store.add_interaction(user_id=user_id, channel="telegram", thread="", text=text, detected_lang=detected,
                          reply_lang=reply_lang, intent="question", reply_text="…")


def test_a_trainer_who_writes_arabic_gets_reminders_digest_and_nudges_in_arabic_after_a_stray_emoji(
        store, outbox, calendar):
    arabic = make_trainer(store, "7", lang=None)
    for question in ("ما هو التقويم التكويني؟", "كيف أحضر حصة تكوينية؟", "متى آخر أجل للعمل الثاني؟"):
        said(store, arabic, question, "ar", "ar")
    said(store, arabic, "👍", "und", "fr")  # says nothing about the language: answered in both, stored as fr
    said(store, arabic, "ok merci", "fr", "fr")  # one French word among Arabic questions
    chose_french = make_trainer(store, "8", lang="fr")
    said(store, chose_french, "ما هو التقويم التكويني؟", "ar", "ar")  # their choice wins
    unknown = make_trainer(store, "9", lang=None)
    seen = datetime(2026, 11, 20, tzinfo=CASA).astimezone(UTC)
    for user_id in (arabic, chose_french, unknown):
        store.update_user(user_id, last_seen_at=seen)

    scheduler = Scheduler(store, outbox, calendar, policy=NudgePolicy(after_days=7))
    report = scheduler.tick(datetime(2026, 12, 2, 9, 5, tzinfo=CASA))
    assert report.reminders >= 3 and report.nudges == 3
    assert scheduler.tick(datetime(2026, 12, 14, 9, 30, tzinfo=CASA)).digests == 3

    with store.session() as s:
        rows = list(s.scalars(select(OutboxMessage)))
    by_user: dict[str, list[OutboxMessage]] = {}
    for row in rows:
        by_user.setdefault(row.recipient, []).append(row)
    kinds = {r.payload["kind"] for r in by_user["7"]}
    assert kinds == {"reminder", "digest", "nudge"}
    for row in by_user["7"]:
        assert ARABIC_SIGNATURE in row.text and FRENCH_SIGNATURE not in row.text, row.dedupe_key
        assert row.payload["lang"] == "ar"
    assert all(FRENCH_SIGNATURE in r.text for r in by_user["8"] + by_user["9"])


def test_trainer_lang_prefers_the_choice_then_most_recent_spoken_language(store):
    user_id = make_trainer(store, "1", lang=None)
    assert trainer_lang(store, store.find_user("telegram", "1")) is None
    said(store, user_id, "?", "und", "fr")
    assert trainer_lang(store, store.find_user("telegram", "1")) is None
    said(store, user_id, "salam, kifach ndir l'inscription?", "ary-Latn", "ar")
    said(store, user_id, "Bonjour", "fr", "fr")
    assert trainer_lang(store, store.find_user("telegram", "1")) == "fr"  # a tie: the latest
    said(store, user_id, "واش كاين لايف اليوم؟", "ary", "ar")
    assert trainer_lang(store, store.find_user("telegram", "1")) == "ar"
    store.update_user(user_id, lang="fr")
    assert trainer_lang(store, store.find_user("telegram", "1")) == "fr"
