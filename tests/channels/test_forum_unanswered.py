"""Threads nobody answers become tickets; a tutor's answer to a forum ticket is posted in the thread."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from tests.channels.forum_support import discourse, forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import SECRET, wait_until
from tests.support.forum_standins import make_post, signed_webhook

OLD = datetime.now(UTC) - timedelta(hours=50)
QUESTION = "Comment aider un stagiaire qui ne participe jamais aux activités proposées ?"


def hook(server, payload: dict, event_id: int) -> httpx.Response:
    body, headers = signed_webhook(SECRET, "post_created", payload, event_id)
    return httpx.post(f"{server.url}/hooks/discourse", content=body, headers=headers, timeout=30)


def test_an_unanswered_thread_becomes_a_ticket_and_the_tutor_answer_is_posted_in_it(forum_app, discourse):
    server, services, forum = forum_app(discourse)
    hook(server, make_post(post_id=710, topic_id=71, raw=QUESTION, topic_title="Participation", created_at=OLD), 1)
    hook(server, make_post(post_id=720, topic_id=72, raw=QUESTION + " (autre centre)", topic_title="Participation",
                           username="karim", created_at=OLD), 2)
    hook(server, make_post(post_id=721, topic_id=72, post_number=2, raw="Essayez les binômes, cela a marché chez moi.",
                           username="hind", reply_to_post_number=1), 3)
    wait_until(lambda: len(forum.inbox.outcomes("discourse")) == 3
               and all(state == "done" for _, state, _ in forum.inbox.outcomes("discourse")))
    assert discourse.posts == []  # too old on first sight: indexed, not answered

    opened = forum.check_unanswered()
    assert len(opened) == 1 and forum.check_unanswered() == []
    ticket = services.tickets.get(opened[0])
    assert (ticket.reason, ticket.thread, ticket.channel) == ("forum_unanswered", "discourse/71", "discourse")
    assert forum.threads.get("discourse", "72").state == "answered"

    services.tickets.answer(ticket.id, "Mme Benali", "Proposez-lui un rôle précis dans le prochain travail de groupe.")
    assert services.relay.deliver(ticket.id) == 1
    reply = discourse.wait_for(lambda p: p, timeout=30)[0]
    assert reply["topic_id"] == 71 and reply["reply_to_post_number"] == 1
    assert "rôle précis" in reply["raw"] and "Mme Benali" in reply["raw"]
    assert wait_until(lambda: forum.threads.get("discourse", "71").state == "answered")


def test_a_recent_question_is_not_a_ticket_before_the_delay(forum_app, discourse):
    server, _, forum = forum_app(discourse, unanswered_hours=48, max_age_hours=12)
    hook(server, make_post(post_id=730, topic_id=73, raw=QUESTION, topic_title="Participation",
                           created_at=datetime.now(UTC) - timedelta(hours=20)), 4)
    wait_until(lambda: forum.inbox.outcomes("discourse") == [("4", "done", "indexed_stale")])
    assert forum.check_unanswered() == []
    assert forum.check_unanswered(now=datetime.now(UTC) + timedelta(days=20)) == []  # too old to chase now
    assert len(forum.check_unanswered(now=datetime.now(UTC) + timedelta(hours=29))) == 1


def test_a_suggestion_answered_by_a_tutor_is_posted_to_the_thread(forum_app, discourse):
    server, services, forum = forum_app(discourse, settings={"forum_min_confidence": 0.999999})
    hook(server, make_post(post_id=740, topic_id=74, raw=QUESTION, topic_title="Participation"), 5)
    wait_until(lambda: forum.inbox.outcomes("discourse") == [("5", "done", "suggested")])
    ticket_id = forum.threads.get("discourse", "74").ticket_id
    ticket = services.tickets.get(ticket_id)
    assert ticket.reason == "forum_suggestion" and "Rafiq" in ticket.found[0]["text"]
    services.tickets.answer(ticket_id, "M. Alami", "Je confirme la suggestion : commencez par un binôme.")
    services.relay.deliver(ticket_id)
    reply = discourse.wait_for(lambda p: p, timeout=30)[0]
    assert reply["topic_id"] == 74 and "binôme" in reply["raw"]
