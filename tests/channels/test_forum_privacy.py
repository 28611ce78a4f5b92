"""Personal data at rest in the forum inbox: once moderated (on the original text, once), an event keeps
only its masked post; a long post is masked before it is cut; processed payloads are purged after
RAFIQ_RETENTION_DAYS. And an author is told what Rafiq really did: it flags a post, it never hides it."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from bot.store.schema import ForumEvent, ModerationEntry, utcnow
from tests.channels.forum_support import discourse, forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import SECRET, wait_until
from tests.channels.test_forum_discourse import LOGIN_FR, PEER_FR, post_hook, question
from tests.support.forum_standins import signed_webhook

FILLER = "Je prépare ma séance de demain et je relis le guide du formateur pour ne rien oublier. "


def events(services) -> dict[str, ForumEvent]:
    with services.store.session() as s:
        return {row.event_id: row for row in s.scalars(select(ForumEvent))}


def all_done(forum, n: int):
    return lambda: [state for _, state, _ in forum.inbox.outcomes("discourse")] == ["done"] * n


def test_the_stored_event_keeps_only_the_masked_post_once_moderated(forum_app, discourse):
    server, services, forum = forum_app(discourse)
    post = question(71, f"{LOGIN_FR} Mon numéro : 06 12 34 56 78, mon e-mail : nadia.b@example.ma",
                    "Connexion 0661234567", username="nadia")
    post_hook(server, *signed_webhook(SECRET, "post_created", post, 1))
    wait_until(all_done(forum, 1), timeout=60)
    row = events(services)["1"]
    stored = f"{row.payload['title']} {row.payload['text']}"
    assert "06 12" not in stored and "0661234567" not in stored and "example.ma" not in stored
    assert "[téléphone masqué]" in stored and "[e-mail masqué]" in stored and "reconnecter" in stored
    # moderation read the original: the verdict, the log, the flag and the author's notice say so
    assert (row.verdict["verdict"], row.verdict["action"]) == ("personal_data", "mask")
    with services.store.session() as s:
        assert [m.verdict for m in s.scalars(select(ModerationEntry))] == ["personal_data"]
    notice = discourse.wait_for(lambda p: [x for x in p if x["topic_id"] != 71], timeout=30)[0]
    assert "charter-personal-data" in notice["raw"]
    assert "0661234567" not in forum.threads.get("discourse", "71").title


def test_a_long_post_is_masked_before_it_is_cut(forum_app, discourse):
    server, services, forum = forum_app(discourse)
    head = (FILLER * 300)[:19_995]
    text = f"{head} 06 12 34 56 78 {FILLER * 60}"  # the phone number straddles the 20,000th character
    post_hook(server, *signed_webhook(SECRET, "post_created", question(73, text, "Ma séance", username="omar"), 3))
    wait_until(all_done(forum, 1), timeout=60)
    kept = events(services)["3"].payload["text"]
    assert len(kept) <= 20_000 and "06 12" not in kept and "06" not in kept[19_990:]
    assert kept.startswith(head) and kept[len(head):].strip().startswith("[tél")  # the mask, cut: never digits


def test_processed_payloads_are_purged_after_the_retention_period(forum_app, discourse):
    server, services, forum = forum_app(discourse, settings={"retention_days": 7}, purge_interval_s=0.2)
    for event_id, topic, raw in ((4, 74, LOGIN_FR), (5, 75, PEER_FR)):
        post_hook(server, *signed_webhook(SECRET, "post_created", question(topic, raw, "Question"), event_id))
    wait_until(all_done(forum, 2), timeout=60)
    with services.store.session() as s:
        for event_id, age in (("4", 8), ("5", 6)):
            s.execute(update(ForumEvent).where(ForumEvent.event_id == event_id)
                      .values(done_at=utcnow() - timedelta(days=age)))
    wait_until(lambda: events(services)["4"].payload == {}, timeout=30)
    old, recent = events(services)["4"], events(services)["5"]
    assert old.verdict is None and old.state == "done" and old.outcome  # the row stays: a replay is a duplicate
    assert recent.payload["text"] == PEER_FR and recent.verdict["action"] == "publish"


def test_a_hidden_post_is_said_flagged_for_the_moderators_in_arabic_too(forum_app, discourse):
    server, services, forum = forum_app(discourse)
    spam = question(76, "بيع تقارير التدريب جاهزة للاستعمال، تواصلوا معنا على الواتساب "
                        "http://bit.ly/abc http://bit.ly/def http://bit.ly/ghi", "إشهار", username="bai3")
    post_hook(server, *signed_webhook(SECRET, "post_created", spam, 6))
    wait_until(all_done(forum, 1), timeout=60)
    assert forum.inbox.outcomes("discourse")[0][2] == "hidden"
    notice = discourse.wait_for(lambda p: p, timeout=30)[0]["raw"]
    assert "أبلغ رفيق مشرفي المنتدى عن رسالتك" in notice and "حسب إعدادات المنتدى" in notice
    assert "لم يتم نشر" not in notice and "charter-no-spam" in notice
    discourse.wait_for(lambda _: discourse.flags, timeout=30)
    assert [f["post_action_type_id"] for f in discourse.flags] == [8]  # spam
