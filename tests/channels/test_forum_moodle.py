"""The Moodle connector against the web-service stand-in over HTTP: new posts are picked up once across
a restart, error bodies (HTTP 200 + exception) are detected and retried, held posts get a private word."""
from __future__ import annotations

import pytest

from tests.channels.forum_support import forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import wait_until
from tests.support.forum_standins import MoodleStandIn

TOKEN = "moodle-test-token"


@pytest.fixture
def moodle():
    with MoodleStandIn(token=TOKEN) as standin:
        standin.add_forum(3)
        yield standin


def moodle_settings(moodle: MoodleStandIn) -> dict:
    return {"moodle_url": moodle.base_url, "moodle_token": TOKEN, "moodle_forum_ids": "3"}


def polls(moodle: MoodleStandIn) -> int:
    return sum(1 for name, _ in moodle.calls if name == "mod_forum_get_forum_discussions")


def test_the_poller_picks_up_new_posts_once_across_a_restart(forum_app, moodle):
    first = moodle.add_discussion(3, "Évaluation par les pairs",
                                  "<p>Comment organiser l'évaluation par les pairs dans mon groupe ?</p>")
    server, _, forum = forum_app(settings=moodle_settings(moodle))
    posted = moodle.wait_for(lambda p: len(p) == 1, timeout=30)
    assert posted[0]["parentid"] == first["postid"] and "ass-peer" in posted[0]["message"]
    assert "<p>" in posted[0]["message"] and posted[0]["options"] == {}
    done = polls(moodle)
    wait_until(lambda: polls(moodle) >= done + 2)  # the bot's own reply is read back, and skipped
    server.stop()

    second = moodle.add_discussion(3, "Mot de passe", "<p>J'ai oublié mon mot de passe e-Takwine, "
                                                      "comment me reconnecter ?</p>", userid=21)
    moodle.add_reply(first["postid"], "<p>Même question pour moi, merci.</p>", userid=22)
    server, _, forum = forum_app(settings=moodle_settings(moodle))
    moodle.wait_for(lambda p: len(p) == 2, timeout=30)
    done = polls(moodle)
    wait_until(lambda: polls(moodle) >= done + 3)
    server.call(forum.idle())
    assert sorted(p["parentid"] for p in moodle.posted) == sorted([first["postid"], second["postid"]])
    outcomes = sorted(o for _, _, o in forum.inbox.outcomes("moodle"))
    assert outcomes == ["replied", "replied", "reply_seen"]
    assert forum.threads.get("moodle", str(first["discussion"])).replied_at is not None
    assert forum.inbox.cursor("moodle:3")


def test_error_bodies_are_detected_and_retried(forum_app, moodle):
    moodle.fail_next(1, errorcode="invalidtoken", function="mod_forum_get_forum_discussions")
    moodle.fail_next(1, errorcode="invalidtoken", function="mod_forum_add_discussion_post")
    moodle.add_discussion(3, "Connexion", "<p>J'ai oublié mon mot de passe e-Takwine, comment me reconnecter ?</p>")
    forum_app(settings=moodle_settings(moodle))
    posted = moodle.wait_for(lambda p: len(p) == 1, timeout=30)
    adds = [params for name, params in moodle.calls if name == "mod_forum_add_discussion_post"]
    assert len(adds) == 2 and len(posted) == 1  # one refused with an exception body, then posted


def test_a_held_post_gets_a_private_reply_and_no_answer(forum_app, moodle):
    held = moodle.add_discussion(3, "Toi", "<p>Tu es vraiment un imbécile, ferme-la et arrête tes questions "
                                           "idiotes.</p>", userid=30)
    _, services, forum = forum_app(settings=moodle_settings(moodle))
    posted = moodle.wait_for(lambda p: len(p) == 1, timeout=30)
    assert posted[0]["parentid"] == held["postid"] and posted[0]["options"] == {"private": "1"}
    assert "charter-respect" in posted[0]["message"]
    wait_until(lambda: forum.inbox.outcomes("moodle") and forum.inbox.outcomes("moodle")[0][2] == "held")
    assert forum.threads.get("moodle", str(held["discussion"])).state == "hidden"


def test_a_hidden_post_on_moodle_goes_to_tutors_and_the_author_is_told_so(forum_app, moodle):
    from sqlalchemy import select

    from bot.store.schema import Ticket

    spam = moodle.add_discussion(3, "Promo", "<p>Achetez des rapports de stage prêts à l'emploi, contactez-nous sur "
                                             "whatsapp http://bit.ly/abc http://bit.ly/def http://bit.ly/ghi</p>",
                                 userid=31)
    _, services, forum = forum_app(settings=moodle_settings(moodle))
    posted = moodle.wait_for(lambda p: len(p) == 1, timeout=30)
    wait_until(lambda: forum.inbox.outcomes("moodle") and forum.inbox.outcomes("moodle")[0][2] == "hidden")
    # Moodle takes no flags: Rafiq cannot have it hidden, so tutors review it and the author hears just that
    assert posted[0]["parentid"] == spam["postid"] and posted[0]["options"] == {"private": "1"}
    assert "transmis votre message à l'équipe des tuteurs" in posted[0]["message"]
    assert "pas été publié" not in posted[0]["message"] and "charter-no-spam" in posted[0]["message"]
    with services.store.session() as s:
        assert [t.reason for t in s.scalars(select(Ticket))] == ["forum_review"]
