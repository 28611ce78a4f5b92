"""The Discourse webhook over real HTTP: signed posts get replies at the Discourse stand-in; forged,
replayed, oversized and too frequent requests are refused; moderation flags and explains."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import func, select

from bot.store.schema import ForumEvent, ModerationEntry, ProcessedEvent, Ticket
from tests.channels.forum_support import discourse, forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import SECRET, wait_until
from tests.support.forum_standins import make_post, signed_webhook

PEER_FR = "Comment organiser l'évaluation par les pairs dans mon groupe de stagiaires ?"
PEER_AR = "كيف أنظم التقويم بين الأقران في مجموعتي من المتدربين؟"
LOGIN_FR = "J'ai oublié mon mot de passe e-Takwine, comment me reconnecter à la plateforme ?"


def post_hook(server, body: bytes, headers: dict) -> httpx.Response:
    return httpx.post(f"{server.url}/hooks/discourse", content=body, headers=headers, timeout=30)


def question(topic_id: int, raw: str, title: str = "Question", username: str = "samira", post_id: int | None = None,
             **extra) -> dict:
    return make_post(post_id=post_id or topic_id * 10, topic_id=topic_id, raw=raw, topic_title=title,
                     username=username, post_number=1, **extra)


def count(services, table) -> int:
    with services.store.session() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_signed_webhook_gets_a_reply_with_sources_posted_by_the_bot(forum_app, discourse):
    server, services, forum = forum_app(discourse)
    body, headers = signed_webhook(SECRET, "post_created", question(11, PEER_FR, "Évaluation par les pairs"), 1)
    answer = post_hook(server, body, headers)
    assert answer.status_code == 202 and answer.json()["status"] == "accepted"
    posts = discourse.wait_for(lambda p: p, timeout=30)
    reply = posts[0]
    assert reply["topic_id"] == 11 and reply["reply_to_post_number"] == 1 and reply["username"] == "rafiq"
    assert "ass-peer" in reply["raw"] and "Source" in reply["raw"] and "Rafiq" in reply["raw"]
    assert [r["api_key"] for r in discourse.requests] == ["discourse-test-key"]
    assert wait_until(lambda: forum.inbox.outcomes("discourse") == [("1", "done", "replied")])
    assert forum.threads.get("discourse", "11").state == "bot_answered"


def test_forged_or_missing_signature_gets_401_and_nothing_is_stored(forum_app, discourse):
    server, services, _ = forum_app(discourse)
    body, headers = signed_webhook("not-the-secret", "post_created", question(12, PEER_FR), 2)
    forged = post_hook(server, body, headers)
    assert forged.status_code == 401
    assert forged.json()["error"] == "bad_signature" and set(forged.json()["message"]) == {"ar", "fr"}
    _, good_headers = signed_webhook(SECRET, "post_created", question(12, PEER_FR), 2)
    tampered = post_hook(server, body.replace(b"samira", b"intrus"), good_headers)
    unsigned = post_hook(server, body, {k: v for k, v in headers.items() if "Signature" not in k})
    assert tampered.status_code == 401 and unsigned.status_code == 401
    assert count(services, ForumEvent) == 0 and count(services, ProcessedEvent) == 0
    assert discourse.requests == []


def test_a_replayed_event_or_the_same_post_again_is_ignored(forum_app, discourse):
    server, services, forum = forum_app(discourse)
    payload = question(13, LOGIN_FR, "Mot de passe")
    body, headers = signed_webhook(SECRET, "post_created", payload, 7)
    assert post_hook(server, body, headers).status_code == 202
    replay = post_hook(server, body, headers)
    assert replay.status_code == 200 and replay.json() == {"status": "duplicate"}
    body2, headers2 = signed_webhook(SECRET, "post_created", payload, 8)  # same post, new event id
    assert post_hook(server, body2, headers2).json() == {"status": "duplicate"}
    discourse.wait_for(lambda p: p, timeout=30)
    server.call(forum.idle())
    assert len(discourse.posts) == 1 and count(services, ForumEvent) == 1


def test_ping_own_posts_and_private_messages_are_not_answered(forum_app, discourse):
    server, services, _ = forum_app(discourse)
    ping = post_hook(server, *signed_webhook(SECRET, "ping", None, 20))
    assert ping.status_code == 200 and ping.json() == {"status": "pong"}
    own = post_hook(server, *signed_webhook(SECRET, "post_created", question(14, PEER_FR, username="rafiq"), 21))
    private = post_hook(server, *signed_webhook(SECRET, "post_created",
                                                question(15, PEER_FR, topic_archetype="private_message"), 22))
    assert own.json() == {"status": "ignored", "reason": "own_post"}
    assert private.json() == {"status": "ignored", "reason": "private_message"}
    assert count(services, ForumEvent) == 0


def test_body_too_large_gets_413(forum_app, discourse):
    server, services, _ = forum_app(discourse, max_body_bytes=4096)
    body, headers = signed_webhook(SECRET, "post_created", question(16, "a " * 5000), 30)
    answer = post_hook(server, body, headers)
    assert answer.status_code == 413 and answer.json()["error"] == "payload_too_large"
    streamed = httpx.post(f"{server.url}/hooks/discourse", headers=headers, timeout=30,
                          content=iter([body[:3000], body[3000:]]))  # chunked: no Content-Length
    assert streamed.status_code == 413
    assert count(services, ForumEvent) == 0


def test_too_many_webhooks_from_one_forum_get_429(forum_app, discourse):
    server, _, _ = forum_app(discourse, rate_per_minute=2)
    statuses = [post_hook(server, *signed_webhook(SECRET, "ping", None, i)).status_code for i in range(3)]
    assert statuses == [200, 200, 429]
    refused = post_hook(server, *signed_webhook(SECRET, "ping", None, 9))
    assert refused.json()["error"] == "rate_limited" and int(refused.headers["retry-after"]) >= 1


def test_200_webhooks_at_once_are_all_processed_once(forum_app, discourse):
    server, services, forum = forum_app(discourse, rate_per_minute=1000)
    deliveries = []
    for topic in range(100, 120):  # 20 questions, each with 9 replies by other participants
        deliveries.append(signed_webhook(SECRET, "post_created", question(
            topic, f"{LOGIN_FR} (stagiaire {topic})", f"Connexion {topic}", username=f"user{topic}"), topic * 100))
        for n in range(2, 11):
            reply = make_post(post_id=topic * 100 + n, topic_id=topic, post_number=n, username=f"peer{topic}-{n}",
                              raw=f"Merci, j'ai eu le même souci au centre numéro {topic}-{n}.", topic_title="x")
            deliveries.append(signed_webhook(SECRET, "post_created", reply, topic * 100 + n))

    async def send_all() -> list[int]:
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=0)  # like Discourse: a connection each
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            answers = await asyncio.gather(*(client.post(f"{server.url}/hooks/discourse", content=b, headers=h)
                                             for b, h in deliveries + deliveries))
        return [a.status_code for a in answers]

    statuses = asyncio.run(send_all())
    assert len(deliveries) == 200
    assert statuses.count(202) == 200 and statuses.count(200) == 200  # each sent twice: one is a duplicate
    server.call(forum.idle(), timeout=240)
    outcomes = forum.inbox.outcomes("discourse")
    assert len(outcomes) == 200 and {state for _, state, _ in outcomes} == {"done"}
    assert sorted(o for _, _, o in outcomes).count("reply_seen") == 180
    posts = discourse.wait_for(lambda p: len(p) >= 20, timeout=60)
    server.call(asyncio.sleep(0.5))
    assert sorted(p["topic_id"] for p in discourse.posts) == list(range(100, 120))
    assert len(posts) == 20


def test_arabic_and_french_posts_get_suggestions_in_their_language(forum_app, discourse):
    server, services, forum = forum_app(discourse, settings={"forum_auto_reply": False})
    post_hook(server, *signed_webhook(SECRET, "post_created", question(21, PEER_FR, "Évaluation"), 41))
    post_hook(server, *signed_webhook(SECRET, "post_created", question(22, PEER_AR, "التقويم بين الأقران",
                                                                       username="karim"), 42))
    wait_until(lambda: len(forum.inbox.outcomes("discourse")) == 2 and
               all(s == "done" for _, s, _ in forum.inbox.outcomes("discourse")))
    with services.store.session() as s:
        tickets = {t.thread: t for t in s.scalars(select(Ticket))}
    fr, ar = tickets["discourse/21"], tickets["discourse/22"]
    assert (fr.reason, fr.lang, ar.reason, ar.lang) == ("forum_suggestion", "fr", "forum_suggestion", "ar")
    fr_text, ar_text = fr.found[0]["text"], ar.found[0]["text"]
    assert "Rafiq" in fr_text and "évaluation" in fr_text.lower()
    assert "رفيق" in ar_text and sum("\u0600" <= ch <= "\u06ff" for ch in ar_text) > len(ar_text) // 3
    assert fr.found[0]["citations"] and ar.found[0]["citations"]
    assert discourse.posts == []  # nothing public when replies are suggestions only


def test_held_and_hidden_posts_are_flagged_and_the_author_is_told_why(forum_app, discourse):
    server, services, forum = forum_app(discourse)
    toxic = question(31, "Tu es vraiment un imbécile, ferme-la et arrête de poser des questions idiotes.", "Toi",
                     username="yassine")
    spam = question(32, "Achetez des rapports de stage prêts à l'emploi, contactez-nous sur whatsapp "
                        "http://bit.ly/abc http://bit.ly/def http://bit.ly/ghi", "Promo", username="vendeur")
    post_hook(server, *signed_webhook(SECRET, "post_created", toxic, 51))
    post_hook(server, *signed_webhook(SECRET, "post_created", spam, 52))
    discourse.wait_for(lambda p: len(p) >= 2 and len(discourse.flags) >= 2, timeout=30)
    flags = {f["id"]: f["post_action_type_id"] for f in discourse.flags}
    assert flags == {310: 4, 320: 8}  # inappropriate, spam
    notices = {p["raw"]: p for p in discourse.posts}
    assert all(p["topic_id"] not in (31, 32) for p in discourse.posts)  # no public answer under them
    held = next(raw for raw in notices if "charter-respect" in raw)
    hidden = next(raw for raw in notices if "charter-no-spam" in raw)
    # Rafiq only flags: the author is told exactly that, never that the post was withheld or not published
    assert "signalé votre message aux modérateurs" in held and "Un tuteur va aussi le relire" in held
    assert "signalé votre message aux modérateurs" in hidden and "tuteur" not in hidden.split("appel")[0]
    assert all("appel" in raw and "en attente" not in raw and "pas été publié" not in raw for raw in (held, hidden))
    pm_bodies = [r["body"] for r in discourse.requests if r["body"].get("archetype") == "private_message"]
    assert sorted(b["target_recipients"] for b in pm_bodies) == ["vendeur", "yassine"]
    with services.store.session() as s:
        reasons = sorted(t.reason for t in s.scalars(select(Ticket)))
        actions = sorted((m.verdict, m.action) for m in s.scalars(select(ModerationEntry)))
    assert reasons == ["forum_review"] and actions == [("spam", "hide"), ("toxic", "hold")]
    assert forum.threads.get("discourse", "31").state == "hidden"


def test_a_phone_number_is_masked_and_the_author_told_while_the_question_is_answered(forum_app, discourse):
    server, services, forum = forum_app(discourse)
    post = question(33, f"{LOGIN_FR} Appelez-moi au 06 12 34 56 78 s'il vous plaît.", "Connexion", username="nadia")
    post_hook(server, *signed_webhook(SECRET, "post_created", post, 61))
    posts = discourse.wait_for(lambda p: len(p) >= 2, timeout=30)
    public = [p for p in posts if p["topic_id"] == 33]
    private = [r["body"] for r in discourse.requests if r["body"].get("archetype") == "private_message"]
    assert len(public) == 1 and "06 12 34 56 78" not in public[0]["raw"]
    assert private[0]["target_recipients"] == "nadia" and "charter-personal-data" in private[0]["raw"]
    flag = discourse.wait_for(lambda _: discourse.flags, timeout=30) and discourse.flags[0]
    assert flag["id"] == 330 and flag["post_action_type_id"] == 7 and "données personnelles" in flag["message"]
    assert forum.threads.get("discourse", "33").text.count("06 12") == 0


def test_a_post_in_distress_gets_a_private_word_with_the_emergency_numbers(forum_app, discourse):
    server, _, _ = forum_app(discourse)
    post = question(34, "je n'en peux plus de vivre, je veux en finir", "Plus la force", username="salma")
    post_hook(server, *signed_webhook(SECRET, "post_created", post, 63))
    discourse.wait_for(lambda p: len(p) >= 1, timeout=30)
    private = [r["body"] for r in discourse.requests if r["body"].get("archetype") == "private_message"]
    assert [b["target_recipients"] for b in private] == ["salma"]
    assert "15 (Protection civile)" in private[0]["raw"] and "141 (SAMU)" in private[0]["raw"]
    assert all(p["topic_id"] != 34 for p in discourse.posts)  # nothing said in the thread itself


@pytest.mark.slow  # a paraphrased thread must be close: the real model
def test_a_similar_earlier_thread_is_linked_in_the_reply(forum_app, discourse):
    server, _, forum = forum_app(discourse)
    post_hook(server, *signed_webhook(SECRET, "post_created", question(41, PEER_FR, "Évaluation par les pairs"), 71))
    discourse.wait_for(lambda p: len(p) == 1, timeout=30)
    again = question(42, "Comment organiser une évaluation entre pairs dans mon groupe de stagiaires ?",
                     "Évaluation entre pairs", username="omar", post_id=4200)
    post_hook(server, *signed_webhook(SECRET, "post_created", again, 72))
    second = discourse.wait_for(lambda p: len(p) == 2, timeout=30)[1]
    assert second["topic_id"] == 42 and "/41)" in second["raw"] and "Discussions similaires" in second["raw"]


def test_posting_failure_is_retried_without_loss(forum_app, discourse):
    server, services, forum = forum_app(discourse)
    discourse.fail_next(1, status=503, path="/posts.json")
    post_hook(server, *signed_webhook(SECRET, "post_created", question(51, LOGIN_FR, "Connexion"), 81))
    posts = discourse.wait_for(lambda p: len(p) == 1, timeout=30)
    assert posts[0]["topic_id"] == 51
    assert [r["status"] for r in discourse.requests if r["path"] == "/posts.json"] == [503, 200]
    with services.store.session() as s:
        from bot.store.schema import OutboxMessage
        row = s.scalar(select(OutboxMessage).where(OutboxMessage.channel == "discourse"))
    assert wait_until(lambda: services.outbox.get(row.id).state == "delivered")
    assert services.outbox.get(row.id).attempts == 2


def test_an_old_post_on_first_sight_is_indexed_but_not_answered(forum_app, discourse):
    server, _, forum = forum_app(discourse)
    old = question(61, PEER_FR, "Ancienne question", created_at=datetime.now(UTC) - timedelta(hours=30))
    assert post_hook(server, *signed_webhook(SECRET, "post_created", old, 91)).status_code == 202
    wait_until(lambda: forum.inbox.outcomes("discourse") == [("91", "done", "indexed_stale")])
    assert forum.threads.get("discourse", "61").vector is not None
    assert discourse.posts == []


def test_topic_created_then_its_first_post_get_one_reply_and_an_edit_is_moderated_again(forum_app, discourse):
    from tests.support.forum_standins import make_topic

    server, _, forum = forum_app(discourse)
    topic = make_topic(topic_id=81, title="Connexion à la plateforme", username="salma")
    assert post_hook(server, *signed_webhook(SECRET, "topic_created", topic, 101)).status_code == 202
    first = question(81, LOGIN_FR, "Connexion à la plateforme", username="salma")
    assert post_hook(server, *signed_webhook(SECRET, "post_created", first, 102)).status_code == 202
    discourse.wait_for(lambda p: len(p) == 1, timeout=30)
    edited = {**first, "raw": LOGIN_FR + " Mon numéro : 06 11 22 33 44.", "updated_at": "2099-01-01T00:00:00.000Z"}
    assert post_hook(server, *signed_webhook(SECRET, "post_edited", edited, 103)).status_code == 202
    wait_until(lambda: [o for _, _, o in forum.inbox.outcomes("discourse")] == ["registered", "replied", "reindexed"])
    notices = discourse.wait_for(lambda p: len(p) == 2, timeout=30)
    assert notices[1]["topic_id"] != 81 and "charter-personal-data" in notices[1]["raw"]  # a private message
    assert [p["topic_id"] for p in discourse.posts].count(81) == 1  # the edit is not answered again
    assert "06 11" not in forum.threads.get("discourse", "81").text
