"""The Discourse API answering 500 three times, then 200: every message Rafiq owes the forum (flag,
private notice, public reply) is delivered once, and a thread's messages in the order they were queued.
The real app (FastAPI over HTTP, forum workers, outbox, SQLite) against the Discourse stand-in."""
from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from bot.store.schema import OutboxMessage
from tests.channels.forum_support import discourse, forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import SECRET, wait_until
from tests.support.forum_standins import make_post, signed_webhook

pytestmark = pytest.mark.reliability

# (topic, author, text): a question with a phone number gets a flag, a private notice, then the answer
POSTS = ((21, "samira", "Comment organiser l'évaluation par les pairs dans mon groupe de stagiaires ? "
                        "Vous pouvez m'appeler au 06 12 34 56 78."),
         (22, "youssef", "J'ai oublié mon mot de passe e-Takwine, comment me reconnecter à la plateforme ?"))


def queued(services) -> list[tuple[int, str, str]] | None:
    """(topic, kind, state) of the Discourse outbox rows in queue order."""
    with services.store.session() as s:
        found = s.scalars(select(OutboxMessage).where(OutboxMessage.channel == "discourse").order_by(OutboxMessage.id))
        return [(int(r.recipient.split("/")[1].split("#")[0]), (r.payload or {}).get("kind", "reply"), r.state)
                for r in found]


def received(request: dict) -> tuple[int, str]:
    """(topic, kind) of a Discourse API request made by Rafiq."""
    body = request["body"]
    if request["path"].startswith("/post_actions"):
        return body["id"] // 10, "flag"  # post ids are topic * 10 here
    if body.get("archetype") == "private_message":
        return next(t for t, author, _ in POSTS if author == body["target_recipients"]), "notify"
    return body["topic_id"], "reply"


def test_discourse_failing_three_times_then_recovering_delivers_each_message_once_in_order(forum_app, discourse):
    server, services, _ = forum_app(discourse)
    discourse.fail_next(times=3, status=500)  # the next three API calls, whatever they are
    for event_id, (topic, author, text) in enumerate(POSTS, start=1):
        post = make_post(post_id=topic * 10, topic_id=topic, raw=text, topic_title="Question", username=author,
                         post_number=1)
        body, headers = signed_webhook(SECRET, "post_created", post, event_id)
        assert httpx.post(f"{server.url}/hooks/discourse", content=body, headers=headers, timeout=30).status_code == 202

    rows = wait_until(lambda: (found := queued(services)) and len(found) == 4
                      and all(state == "delivered" for *_, state in found) and found, timeout=50)
    assert [r.get("status") for r in discourse.requests][:3] == [500, 500, 500]
    sent = [received(r) for r in discourse.requests if r.get("status") == 200]
    expected = [(topic, kind) for topic, kind, _ in rows]
    assert sorted(sent) == sorted(expected) and len(set(sent)) == len(sent)  # each message once, nothing else
    assert [kind for topic, kind in expected if topic == 21] == ["flag", "notify", "reply"]
    for topic, _, _ in POSTS:  # a thread's messages in the order they were queued
        assert [k for t, k in sent if t == topic] == [k for t, k in expected if t == topic], sent
