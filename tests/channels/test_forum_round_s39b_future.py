"""What a tester found on the forum side (round s39b): a generic webhook post dated ``2030-01-01T08:00:00Z`` was
accepted as dated in 2030. A future instant is never "old" (the stale-post rule), and its thread, posted "in 2030",
was never chased as unanswered. A created_at more than a few minutes ahead is now taken as the time the post was
received, and that is logged; the post is not refused (forum clocks drift)."""
from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import httpx

from bot.clock import as_utc

from tests.channels.forum_support import forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import GENERIC_SECRET, generic_webhook, wait_until

GREETING = "Bonjour à tous !"  # left to people: the thread stays open for the unanswered check


def post(number: int, created_at: str, text: str = GREETING) -> dict:
    return {"event_id": f"evt-s39b-{number}", "forum": "etakwine", "thread_id": f"t-{number}",
            "post_id": f"p-{number}", "author": f"auteur{number}", "title": "Salut", "text": text,
            "created_at": created_at}


def send(server, payload: dict) -> httpx.Response:
    body, headers = generic_webhook(GENERIC_SECRET, payload)
    return httpx.post(f"{server.url}/hooks/forum", content=body, headers=headers, timeout=30)


def test_a_created_at_in_the_future_is_taken_as_the_time_received_and_logged(forum_app, caplog):
    caplog.set_level(logging.WARNING, logger="bot.channels.forum.service")
    server, services, forum = forum_app()
    sent = datetime.now(UTC)
    assert send(server, post(1, "2030-01-01T08:00:00Z")).status_code == 202  # accepted, never refused
    wait_until(lambda: [s for _, s, _ in forum.inbox.outcomes("forum:etakwine")] == ["done"], timeout=60)
    posted = as_utc(forum.threads.get("etakwine", "t-1").posted_at)
    assert sent - timedelta(minutes=1) <= posted <= datetime.now(UTC), posted
    # posted "now", so the unanswered check takes it in time (dated 2030, it was never chased)
    opened = forum.check_unanswered(now=datetime.now(UTC) + timedelta(hours=49))
    assert len(opened) == 1 and services.tickets.get(opened[0]).thread == "etakwine/t-1"
    warned = [r.getMessage() for r in caplog.records if "in the future" in r.getMessage()]
    assert len(warned) == 1 and "p-1" in warned[0] and "2030-01-01" in warned[0], warned


def test_a_created_at_a_minute_ahead_is_kept(forum_app, caplog):
    caplog.set_level(logging.WARNING, logger="bot.channels.forum.service")
    server, _, forum = forum_app()
    ahead = (datetime.now(UTC) + timedelta(minutes=1)).replace(microsecond=0)
    assert send(server, post(2, ahead.isoformat())).status_code == 202
    wait_until(lambda: [s for _, s, _ in forum.inbox.outcomes("forum:etakwine")] == ["done"], timeout=60)
    assert as_utc(forum.threads.get("etakwine", "t-2").posted_at) == ahead  # a drifting clock's minute: no change
    assert not [r for r in caplog.records if "in the future" in r.getMessage()]
