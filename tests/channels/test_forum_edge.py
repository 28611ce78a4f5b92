"""The webhook edge: a signed timestamp that is no real instant (1e20, NaN, infinity, -1e12) is a 400 with a
bilingual message, not a 500, and loses nothing else; public links never come from the unsigned
X-Discourse-Instance header, only from RAFIQ_DISCOURSE_URL."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.store.schema import ForumEvent, ProcessedEvent
from tests.channels.forum_support import discourse, forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import GENERIC_SECRET, SECRET, generic_webhook, wait_until
from tests.channels.test_forum_discourse import LOGIN_FR, PEER_FR, post_hook, question
from tests.support.forum_standins import signed_webhook

NOT_INSTANTS = [1e20, float("nan"), float("inf"), float("-inf"), -1e12, 10**400]


def stored(services) -> tuple[int, int]:
    with services.store.session() as s:
        return (s.scalar(select(func.count()).select_from(ForumEvent)),
                s.scalar(select(func.count()).select_from(ProcessedEvent)))


def assert_bad_payload(answer) -> None:
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert body["error"] == "bad_payload" and "created_at" in body["message"]["fr"]
    assert set(body["message"]) == {"ar", "fr"} and body["message"]["ar"] != body["message"]["fr"]


@pytest.mark.parametrize("moment", NOT_INSTANTS, ids=["1e20", "nan", "inf", "-inf", "-1e12", "10**400"])
def test_a_discourse_timestamp_that_is_no_instant_is_a_400_and_loses_nothing(forum_app, discourse, moment):
    server, services, forum = forum_app(discourse)
    broken = {**question(81, LOGIN_FR, "Connexion"), "created_at": moment}
    assert_bad_payload(post_hook(server, *signed_webhook(SECRET, "post_created", broken, 1)))
    assert stored(services) == (0, 0)
    # the same post, correctly stamped (Discourse's retry after a fix), is accepted and answered
    assert post_hook(server, *signed_webhook(SECRET, "post_created", question(81, LOGIN_FR), 2)).status_code == 202
    wait_until(lambda: forum.inbox.outcomes("discourse") == [("2", "done", "replied")], timeout=60)
    assert [p["topic_id"] for p in discourse.wait_for(lambda p: p, timeout=30)] == [81]


@pytest.mark.parametrize("moment", NOT_INSTANTS, ids=["1e20", "nan", "inf", "-inf", "-1e12", "10**400"])
def test_a_generic_timestamp_that_is_no_instant_is_a_400(forum_app, moment):
    import httpx

    server, services, _ = forum_app()
    body, headers = generic_webhook(GENERIC_SECRET, {
        "event_id": "e-1", "forum": "etakwine", "thread_id": "t-1", "post_id": "p-1", "author": "samira",
        "text": LOGIN_FR, "created_at": moment})
    assert_bad_payload(httpx.post(f"{server.url}/hooks/forum", content=body, headers=headers, timeout=30))
    assert stored(services) == (0, 0)


@pytest.mark.slow  # a paraphrased thread must be close: the real model
def test_links_come_from_the_configured_forum_url_never_from_the_instance_header(forum_app, discourse):
    server, services, forum = forum_app(discourse)
    evil = "https://phishing.example"
    post_hook(server, *signed_webhook(SECRET, "post_created", question(82, PEER_FR, "Évaluation par les pairs"), 3,
                                      instance=evil))
    discourse.wait_for(lambda p: len(p) == 1, timeout=30)
    again = question(83, "Comment organiser une évaluation entre pairs dans mon groupe de stagiaires ?",
                     "Évaluation entre pairs", username="omar", post_id=8300)
    post_hook(server, *signed_webhook(SECRET, "post_created", again, 4, instance=evil))
    second = discourse.wait_for(lambda p: len(p) == 2, timeout=30)[1]
    assert f"({discourse.base_url}/t/" in second["raw"] and "/82)" in second["raw"]  # the similar thread's link
    assert evil not in second["raw"]
    assert forum.threads.get("discourse", "82").url.startswith(discourse.base_url + "/t/")


def test_without_a_forum_url_no_link_is_made_up(forum_app):
    server, services, forum = forum_app()  # a webhook secret, but RAFIQ_DISCOURSE_URL unset
    post_hook(server, *signed_webhook(SECRET, "post_created", question(84, PEER_FR), 5, instance="https://x.example"))
    wait_until(lambda: [s for _, s, _ in forum.inbox.outcomes("discourse")] == ["done"], timeout=60)
    assert forum.threads.get("discourse", "84").url == ""

