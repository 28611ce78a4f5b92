"""/forget leaves nothing of the trainer: not in any column of any table, not in the database files.

A trainer touches every table through the real bot (questions, a phone number, /tutor, a tutor's answer
naming her, a distress message, reminders), then forgets. Every column of every table and the raw
SQLite files (database and WAL) are searched for her id, her name, her words and her phone number.
"""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from bot.privacy import ERASED
from bot.store.schema import Base, FaqProposal, ForumCursor, ForumEvent, ForumThread, OutboxMessage, TelegramInbox
from tests.channels.conftest import TUTORS
from tests.channels.helpers import bot_messages, callbacks, press, reply_count, until

TRAINER = 7301234567
NAME = "Samira Bennani"
PHONE = "06 12 34 56 78"
QUESTION = "Comment préparer une séance de formation ?"
WITH_PHONE = f"Je n'arrive pas à joindre mon centre, rappelez-moi au {PHONE} s'il vous plaît"
TUTOR_ASK = f"Quand aura lieu la remise des attestations au CRMEF de Settat ? mon mail samira.b@example.ma {PHONE}"
DISTRESS = "je n'en peux plus de vivre, je veux tout arrêter"
ANSWER = "Bonjour Samira Bennani, la remise aura lieu en juin ; je vous rappelle au 06 12 34 56 78."
# Tables that hold nothing about a person (ids of processed updates, forum read positions, tutors' console
# sessions).
NOT_HERS = {"forum_cursors", "processed_events", "console_sessions",
            "index_changes", "job_leases", "rate_hits"}  # shared by workers; rate_hits: PostgreSQL only


def needles() -> list[str]:
    words = [QUESTION, WITH_PHONE[:40], TUTOR_ASK[:40], DISTRESS, "Bennani", str(TRAINER), PHONE, "0612345678",
             "samira.b@example.ma"]
    return words


def encodings(needle: str) -> list[bytes]:
    """How a string can sit in a file: UTF-8, or escaped inside JSON."""
    return [needle.encode("utf-8"), json.dumps(needle)[1:-1].encode("ascii")]


async def test_forget_erases_every_trace_in_every_table_and_file(start_bot, tg_services, api, tmp_path):
    services = tg_services()
    runtime = await start_bot(services)
    store = services.store
    api.push_message(TRAINER, "/start", language_code="fr", first_name=NAME)
    [welcome] = await reply_count(api, TRAINER, 1)
    await press(api, TRAINER, "ob:consent:yes", welcome["message_id"], language_code="fr", first_name=NAME)
    for i, message in enumerate((QUESTION, WITH_PHONE, f"/tutor {TUTOR_ASK}", DISTRESS, "/reminders_on")):
        before = len(bot_messages(api, TRAINER))
        api.push_message(TRAINER, message, language_code="fr", first_name=NAME)
        replies = await reply_count(api, TRAINER, before + 1)
        if message == QUESTION:  # helpful: her question becomes a proposed question key (bot/question_keys.py)
            up = next(c for c in callbacks(replies[-1]) if c.startswith("fb:up:"))
            await press(api, TRAINER, up, replies[-1]["message_id"], language_code="fr", first_name=NAME)
    cards = await until(api, lambda: [m for m in bot_messages(api, TUTORS)] if len(bot_messages(api, TUTORS)) >= 2
                        else None)
    tutor_card = next(m for m in cards if "attestations" in m["text"])
    assert PHONE not in tutor_card["text"] and "samira.b@example.ma" not in tutor_card["text"], \
        "/tutor masks personal data like every other path"
    ticket_id = int(callbacks(tutor_card)[0].rsplit(":", 1)[1])
    await until(api, lambda: services.tickets.get(ticket_id).tutor_message_id)
    api.push_message(TUTORS, ANSWER, user_id=9003, first_name="Karim", chat_type="supergroup",
                     reply_to_message_id=tutor_card["message_id"])
    await until(api, lambda: any("juin" in m["text"] for m in bot_messages(api, TRAINER)))
    user = store.find_user("telegram", str(TRAINER))
    store.claim_send(f"reminder:test:{user.id}", user.id)
    with store.session() as s:  # someone else names her on the forum (personal data is masked there)
        s.add(ForumEvent(source="discourse", event_id="e1", kind="post_created",
                         payload={"raw": "Demandez à Samira Bennani, elle sait"}, state="done"))
        s.add(ForumThread(forum="discourse", channel="discourse", thread_id="t1", title="Attestations",
                          text="Samira Bennani a laissé son numéro [téléphone masqué]"))
        s.add(ForumCursor(key="moodle:1", value="0"))
        s.add(FaqProposal(ticket_id=ticket_id, proposed_by="karim",  # a tutor proposes her ticket for the FAQ
                          fields={"question_fr": services.tickets.get(ticket_id).question, "answer_fr": ANSWER}))
        s.add(TelegramInbox(update_id="990001", sender=str(TRAINER),  # received, not yet handled (a crash)
                            payload={"update_id": 990001, "message": {"text": WITH_PHONE, "from": {"id": TRAINER}}}))
    store.first_time("telegram", "update:1")

    with store.session() as s:
        empty = [t.name for t in Base.metadata.sorted_tables
                 if s.execute(select(t)).first() is None and t.name not in NOT_HERS]
    assert not empty, f"the trainer should have touched every table; nothing in {empty}"

    api.push_message(TRAINER, "/forget", language_code="fr", first_name=NAME)
    explain = (await reply_count(api, TRAINER, len(bot_messages(api, TRAINER)) + 1))[-1]
    await press(api, TRAINER, "forget:yes", explain["message_id"], language_code="fr", first_name=NAME)
    await until(api, lambda: "Vos données sont effacées" in bot_messages(api, TRAINER)[-1]["text"])
    await until(api, lambda: ERASED in api.messages(TUTORS)[[m["message_id"] for m in api.messages(TUTORS)]
                                                              .index(tutor_card["message_id"])]["text"])
    await until(api, lambda: _nothing_pending(store))
    await runtime.stop()

    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)).mappings():
                cell_text = json.dumps({k: v for k, v in row.items()}, default=str, ensure_ascii=False)
                for needle in needles():
                    assert needle not in cell_text, f"{needle!r} left in {table.name}: {cell_text[:300]}"
    database = Path(store.url.split("///", 1)[1])
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        if path.exists():
            raw = path.read_bytes()
            for needle in needles():
                for encoded in encodings(needle):
                    assert encoded not in raw, f"{needle!r} left in the file {path.name}"
    store.dispose()


def _nothing_pending(store) -> bool:
    with store.session() as s:
        return s.scalar(select(OutboxMessage.id).where(OutboxMessage.state == "pending")) is None
