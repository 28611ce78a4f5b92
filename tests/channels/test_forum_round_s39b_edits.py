"""What a tester found on the forum side (round s39b): a ``post_edited`` for a post Rafiq never saw (the forum lost
the "created" delivery) was accepted with 202, then got no answer and no ticket: the question was lost. Discourse's
``post_edited`` had the same gap. Such an edit is now handled as the post's creation (moderated, answered,
suggested or escalated, old or not by the post's own date); a late "created" for it is a duplicate; an edit of a
known post is still moderated and re-indexed only, never answered twice."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.channels.forum_support import discourse, forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import GENERIC_SECRET, SECRET, generic_webhook, wait_until
from tests.channels.test_forum_discourse import LOGIN_FR, PEER_FR, post_hook, question
from tests.support.forum_standins import CallbackStandIn, signed_webhook

SOURCE = "forum:etakwine"


@pytest.fixture
def callback():
    with CallbackStandIn() as standin:
        yield standin


def generic(event_id: str, event: str, text: str = PEER_FR, callback_url: str = "", **extra) -> dict:
    return {"event_id": event_id, "forum": "etakwine", "thread_id": "t-1", "post_id": "p-1", "author": "samira",
            "title": "Évaluation par les pairs", "text": text, "event": event, "callback_url": callback_url, **extra}


def send(server, payload: dict) -> httpx.Response:
    body, headers = generic_webhook(GENERIC_SECRET, payload)
    return httpx.post(f"{server.url}/hooks/forum", content=body, headers=headers, timeout=30)


def replies(got: list[dict]) -> list[dict]:
    return [r["json"] for r in got if (r["json"] or {}).get("kind") == "reply"]


def test_an_edit_of_a_post_never_seen_is_answered_as_a_new_post(forum_app, callback):
    server, _, forum = forum_app()
    assert send(server, generic("e-edit", "post_edited", callback_url=callback.url)).status_code == 202
    reply = replies(callback.wait_for(replies, timeout=60))[0]
    assert (reply["thread_id"], reply["post_id"]) == ("t-1", "p-1") and "ass-peer" in reply["text"]
    wait_until(lambda: forum.inbox.outcomes(SOURCE) == [("e-edit", "done", "replied")], timeout=60)
    # the "created" delivery arriving late is the same post: not answered twice
    assert send(server, generic("e-created", "post_created", callback_url=callback.url)).json() == {
        "status": "duplicate"}
    # a later edit of it is an edit of a known post: moderated and re-indexed only
    again = generic("e-edit-2", "post_edited", PEER_FR + " Merci !", callback.url, created_at="2026-11-23T09:00:00Z")
    assert send(server, again).status_code == 202
    wait_until(lambda: [o for _, _, o in forum.inbox.outcomes(SOURCE)] == ["replied", "reindexed"], timeout=60)
    server.call(forum.idle())
    assert len(replies(callback.received)) == 1


def test_without_a_callback_an_edit_never_seen_becomes_a_suggestion_for_tutors(forum_app):
    server, services, forum = forum_app()
    assert send(server, generic("e-edit", "post_edited")).status_code == 202
    wait_until(lambda: forum.inbox.outcomes(SOURCE) == [("e-edit", "done", "suggested")], timeout=60)
    ticket = services.tickets.get(forum.threads.get("etakwine", "t-1").ticket_id)
    assert ticket.reason == "forum_suggestion" and ticket.thread == "etakwine/t-1"


def test_an_edit_of_a_known_post_is_not_answered_again(forum_app, callback):
    server, _, forum = forum_app()
    assert send(server, generic("e-created", "post_created", callback_url=callback.url)).status_code == 202
    callback.wait_for(replies, timeout=60)
    assert send(server, generic("e-edit", "post_edited", PEER_FR + " (modifié)", callback.url)).status_code == 202
    wait_until(lambda: [o for _, _, o in forum.inbox.outcomes(SOURCE)] == ["replied", "reindexed"], timeout=60)
    server.call(forum.idle())
    assert len(replies(callback.received)) == 1


def test_a_discourse_edit_of_a_post_never_seen_is_answered_and_its_late_creation_is_a_duplicate(forum_app, discourse):
    server, _, forum = forum_app(discourse)
    first = question(91, LOGIN_FR, "Connexion", username="salma")
    edited = {**first, "updated_at": datetime.now(UTC).isoformat()}
    assert post_hook(server, *signed_webhook(SECRET, "post_edited", edited, 201)).status_code == 202
    assert [p["topic_id"] for p in discourse.wait_for(lambda p: p, timeout=60)] == [91]
    wait_until(lambda: forum.inbox.outcomes("discourse") == [("201", "done", "replied")], timeout=60)
    assert post_hook(server, *signed_webhook(SECRET, "post_created", first, 202)).json() == {"status": "duplicate"}
    server.call(forum.idle())
    assert [p["topic_id"] for p in discourse.posts] == [91]


def test_a_discourse_edit_of_an_old_post_never_seen_is_indexed_but_not_answered(forum_app, discourse):
    # the post's own created_at counts, not the edit's time: an old post edited today is no new question
    server, _, forum = forum_app(discourse)
    old = question(92, PEER_FR, "Ancienne question", created_at=datetime.now(UTC) - timedelta(hours=30))
    edited = {**old, "updated_at": datetime.now(UTC).isoformat()}
    assert post_hook(server, *signed_webhook(SECRET, "post_edited", edited, 203)).status_code == 202
    wait_until(lambda: forum.inbox.outcomes("discourse") == [("203", "done", "indexed_stale")], timeout=60)
    assert forum.threads.get("discourse", "92").vector is not None and discourse.posts == []
