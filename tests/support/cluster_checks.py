"""What a cluster run delivered, read from the stand-ins and the shared database: lost and duplicated
replies, the order of each chat's replies, the forum events processed (for bench/load.py and the kill test).
"""
from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from bot.store import Store
from bot.store.schema import ForumEvent, OutboxMessage
from tests.support.cluster import Tally, TimedBotApi, percentile


def telegram_outcome(api: TimedBotApi, tally: Tally) -> dict:
    """Questions sent, replies received, and per chat the replies missing or extra."""
    lost = duplicated = 0
    for chat, sent in tally.sent.items():
        got = len(api.received.get(chat, ()))
        lost += max(0, sent - got)
        duplicated += max(0, got - sent)
    return {"questions": sum(tally.sent.values()), "replies": sum(len(api.received.get(c, ())) for c in tally.sent),
            "lost": lost, "duplicated": duplicated, "timeouts": tally.timeouts}


def order_problems(database_url: str, chats: list[int]) -> list[str]:
    """For each chat: its replies were written in the order of its updates and sent in the order written
    (the Bot API's message ids grow with the outbox rows); every row delivered. Returns what is wrong."""
    store = Store(database_url)
    problems: list[str] = []
    try:
        with store.session() as s:
            rows = s.execute(select(OutboxMessage.recipient, OutboxMessage.dedupe_key, OutboxMessage.state,
                                    OutboxMessage.external_id).where(OutboxMessage.channel == "telegram")
                             .order_by(OutboxMessage.id)).all()
    finally:
        store.dispose()
    wanted = {str(c) for c in chats}
    by_chat: dict[str, list] = {}
    for row in rows:
        if row.recipient in wanted:
            by_chat.setdefault(row.recipient, []).append(row)
    for chat, chat_rows in by_chat.items():
        updates = [int(r.dedupe_key.split(":")[1]) for r in chat_rows if r.dedupe_key.startswith("tg:")]
        messages = [int(r.external_id) for r in chat_rows if r.external_id]
        if updates != sorted(updates):
            problems.append(f"chat {chat}: replies written out of update order {updates}")
        if messages != sorted(messages) or len(messages) != len(chat_rows):
            problems.append(f"chat {chat}: sent out of written order or not all sent {messages}")
        if any(r.state != "delivered" for r in chat_rows):
            problems.append(f"chat {chat}: states {[r.state for r in chat_rows]}")
    return problems


def forum_outcome(database_url: str, discourse, tally: Tally) -> dict:
    """Posts accepted, processed (done), lost (accepted, never processed), replies posted more than once
    in a topic, and the server-side latency (accepted → processed)."""
    store = Store(database_url)
    try:
        with store.session() as s:
            rows = s.execute(select(ForumEvent.event_id, ForumEvent.state, ForumEvent.created_at,
                                    ForumEvent.done_at).where(ForumEvent.source == "discourse")).all()
    finally:
        store.dispose()
    posted = {str(p) for p in tally.forum_posted}
    done = [r for r in rows if r.event_id in posted and r.state == "done"]
    waits = [(r.done_at - r.created_at).total_seconds() for r in done if r.done_at and r.created_at]
    replies = Counter(p.get("topic_id") for p in (discourse.posts if discourse is not None else []))
    return {"posts": len(posted), "processed": len(done), "lost": len(posted) - len(done),
            "failed": sum(1 for r in rows if r.event_id in posted and r.state == "failed"),
            "replies_posted": sum(replies.values()), "duplicated": sum(n - 1 for n in replies.values() if n > 1),
            "latency_ms": {"p50": round(percentile(waits, 50) * 1000, 1), "p95": round(percentile(waits, 95) * 1000, 1),
                           "p99": round(percentile(waits, 99) * 1000, 1)}}
