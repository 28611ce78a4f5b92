"""What a tester found on the forum side (round s39b): the "similar threads" of a forum reply linked a thread whose
first post, "Appelez-moi au 0612345678", had just been flagged for its personal data to be masked. A thread whose
first post was held, hidden or is to be masked is never offered as similar, also when another worker sharing the
database held it after this worker's cache read it."""
from __future__ import annotations

import httpx
import pytest

from tests.channels.forum_support import forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import GENERIC_SECRET, generic_webhook, wait_until
from tests.support.forum_standins import CallbackStandIn

LOGIN = "Comment me connecter à la plateforme e-Takwine ?"
PHONE = "Comment me connecter à la plateforme e-Takwine ? Appelez-moi au 0612345678"
TOXIC = "Comment me connecter à la plateforme e-Takwine ? Vous êtes tous des imbéciles, fermez-la."
SOURCE = "forum:etakwine"
KNOBS = {"similar_threshold": 0.5, "pickup_interval_s": 3600}  # the fake embedder's scores; each app its own events


@pytest.fixture
def callback():
    with CallbackStandIn() as standin:
        yield standin


def post(number: int, text: str, callback_url: str, event: str = "post_created") -> dict:
    return {"event_id": f"evt-{number}-{event}", "forum": "etakwine", "thread_id": f"t-{number}",
            "post_id": f"p-{number}", "author": f"auteur{number}", "title": "Connexion", "text": text,
            "callback_url": callback_url, "url": f"https://forum.example/t-{number}", "event": event}


def send(server, payload: dict) -> None:
    body, headers = generic_webhook(GENERIC_SECRET, payload)
    assert httpx.post(f"{server.url}/hooks/forum", content=body, headers=headers, timeout=30).status_code == 202


def reply_to(callback, number: int) -> str:
    def found(got):
        return [r["json"]["text"] for r in got if (r["json"] or {}).get("kind") == "reply"
                and r["json"]["thread_id"] == f"t-{number}"]
    return found(callback.wait_for(found, timeout=60))[0]


def processed(forum, count: int) -> None:
    wait_until(lambda: [s for _, s, _ in forum.inbox.outcomes(SOURCE)] == ["done"] * count, timeout=60)


def test_a_thread_flagged_for_masking_or_held_is_never_offered_as_similar(forum_app, callback):
    server, _, forum = forum_app(**KNOBS)
    send(server, post(1, LOGIN, callback.url))
    processed(forum, 1)
    send(server, post(2, PHONE, callback.url))
    send(server, post(3, TOXIC, callback.url))
    processed(forum, 3)
    assert [o for _, _, o in forum.inbox.outcomes(SOURCE)][2] == "held"
    assert forum.threads.get("etakwine", "t-2").visible  # still chased if nobody answers it
    send(server, post(4, LOGIN + " Merci", callback.url))
    reply = reply_to(callback, 4)
    assert "https://forum.example/t-1" in reply, reply  # the clean earlier thread is offered
    assert "https://forum.example/t-2" not in reply and "https://forum.example/t-3" not in reply, reply


def test_a_thread_held_by_another_worker_is_not_offered_from_this_workers_cache(forum_app, callback):
    one, _, forum_one = forum_app(**KNOBS)
    two, _, forum_two = forum_app(**KNOBS)  # the same database (two workers of one deployment)
    send(one, post(1, LOGIN, callback.url))
    processed(forum_one, 1)
    send(one, post(5, LOGIN + " Bonjour", callback.url))  # worker one's cache now holds thread 1
    assert "https://forum.example/t-1" in reply_to(callback, 5)
    send(two, post(1, TOXIC, callback.url, event="post_edited"))  # worker two holds thread 1
    wait_until(lambda: [o for _, _, o in forum_two.inbox.outcomes(SOURCE)][-1:] == ["held"], timeout=60)
    assert not forum_one.threads.get("etakwine", "t-1").visible
    send(one, post(6, LOGIN + " Merci", callback.url))
    reply = reply_to(callback, 6)
    assert "https://forum.example/t-1" not in reply and "https://forum.example/t-5" in reply, reply
