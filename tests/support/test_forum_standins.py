"""Self-tests of the Discourse, Moodle and callback stand-ins over real HTTP (httpx)."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator

import httpx
import pytest

from tests.support._moodle_wire import unflatten
from tests.support.forum_standins import (
    CallbackStandIn,
    DiscourseStandIn,
    MoodleStandIn,
    deliver_webhook,
    make_post,
    make_topic,
    signed_webhook,
)

AUTH = {"Api-Key": "discourse-test-key", "Api-Username": "rafiq"}
REPLY = "Merci pour la question : voici une piste."
POST_FIELDS = {"id", "username", "created_at", "cooked", "raw", "post_number",
               "reply_to_post_number", "topic_id", "topic_title", "category_id", "user_id",
               "topic_archetype", "hidden"}


@pytest.fixture
def discourse() -> Iterator[DiscourseStandIn]:
    with DiscourseStandIn() as standin:
        yield standin


@pytest.fixture
def moodle() -> Iterator[MoodleStandIn]:
    with MoodleStandIn(token="tok") as standin:
        yield standin


def _ws(moodle: MoodleStandIn, function: str, **params: object) -> httpx.Response:
    data = {"wstoken": "tok", "wsfunction": function, "moodlewsrestformat": "json", **params}
    return httpx.post(moodle.endpoint, data=data)


# -- Discourse -------------------------------------------------------------------------------
def test_discourse_reply_needs_the_api_headers(discourse: DiscourseStandIn) -> None:
    body = {"topic_id": 11, "raw": REPLY, "reply_to_post_number": 1}
    refused = httpx.post(f"{discourse.base_url}/posts.json", json=body,
                         headers={**AUTH, "Api-Key": "wrong"})
    assert refused.status_code == 403 and refused.json()["error_type"] == "invalid_access"
    created = httpx.post(f"{discourse.base_url}/posts.json", json=body, headers=AUTH)
    assert created.status_code == 200
    post = created.json()
    assert post["id"] and post["topic_id"] == 11 and post["reply_to_post_number"] == 1
    assert post["username"] == "rafiq" and post["raw"] == REPLY
    assert discourse.posts == [post]
    assert [r["status"] for r in discourse.requests] == [403, 200]


def test_discourse_accepts_form_bodies_and_numbers_posts_per_topic(
        discourse: DiscourseStandIn) -> None:
    first = discourse.add_post(11, "Question posée par une stagiaire du CRMEF.")
    reply = httpx.post(f"{discourse.base_url}/posts.json", headers=AUTH,
                       data={"topic_id": "11", "raw": REPLY, "reply_to_post_number": "1"}).json()
    assert (first["post_number"], reply["post_number"]) == (1, 2)
    topic = httpx.get(f"{discourse.base_url}/t/11.json").json()
    assert [p["id"] for p in topic["post_stream"]["posts"]] == [first["id"], reply["id"]]


def test_discourse_refuses_short_and_repeated_posts(discourse: DiscourseStandIn) -> None:
    url = f"{discourse.base_url}/posts.json"
    short = httpx.post(url, headers=AUTH, json={"topic_id": 11, "raw": "Oui."})
    assert short.status_code == 422 and "too short" in short.json()["errors"][0]
    assert httpx.post(url, headers=AUTH, json={"topic_id": 11, "raw": REPLY}).status_code == 200
    again = httpx.post(url, headers=AUTH, json={"topic_id": 11, "raw": REPLY})
    assert again.status_code == 422 and "too similar" in again.json()["errors"][0]
    assert len(discourse.posts) == 1


def test_discourse_failure_injection_and_rate_limit(discourse: DiscourseStandIn) -> None:
    url = f"{discourse.base_url}/posts.json"
    discourse.fail_next(status=429, retry_after=7)
    discourse.fail_next(status=502)
    limited = httpx.post(url, headers=AUTH, json={"topic_id": 1, "raw": REPLY})
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "7"
    assert limited.json()["extras"]["wait_seconds"] == 7
    assert httpx.post(url, headers=AUTH, json={"topic_id": 1, "raw": REPLY}).status_code == 502
    assert httpx.post(url, headers=AUTH, json={"topic_id": 1, "raw": REPLY}).status_code == 200
    assert discourse.wait_for(lambda posts: len(posts) == 1)[0]["topic_id"] == 1


def test_discourse_flags_are_recorded(discourse: DiscourseStandIn) -> None:
    post = discourse.add_post(11, "Message publicitaire répété plusieurs fois.")
    url = f"{discourse.base_url}/post_actions"
    answer = httpx.post(url, headers=AUTH, json={"id": post["id"], "post_action_type_id": 8})
    assert answer.status_code == 200 and answer.json()["actions_summary"][0]["id"] == 8
    assert httpx.post(url, headers=AUTH,
                      data={"id": str(post["id"]), "post_action_type_id": "99"}).status_code == 400
    assert discourse.flags == [{"id": post["id"], "post_action_type_id": 8}]


def test_signed_webhook_verifies_with_hmac_over_the_raw_bytes() -> None:
    post = make_post(raw="كيف أقيم عمل المتدربين؟", topic_archetype="regular")
    body, headers = signed_webhook("s3cret", "post_created", post, event_id=42)
    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["X-Discourse-Event-Signature"], expected)
    assert headers["X-Discourse-Event-Type"] == "post"
    assert headers["X-Discourse-Event"] == "post_created"
    assert headers["X-Discourse-Event-Id"] == "42" and headers["X-Discourse-Instance"]
    assert json.loads(body) == {"post": post} and "كيف".encode() in body
    forged = "sha256=" + hmac.new(b"other", body, hashlib.sha256).hexdigest()
    assert not hmac.compare_digest(forged, expected)
    assert POST_FIELDS <= set(post)


def test_webhook_payload_builders_cover_topics_and_ping() -> None:
    topic = make_topic(title="Planification des séances", topic_id=5)
    body, headers = signed_webhook("k", "topic_created", topic)
    assert json.loads(body)["topic"]["id"] == 5 and headers["X-Discourse-Event-Type"] == "topic"
    ping, ping_headers = signed_webhook("k", "ping")
    assert json.loads(ping) == {"ping": "OK"} and ping_headers["X-Discourse-Event-Type"] == "ping"


def test_deliver_webhook_resends_identical_bytes_until_2xx() -> None:
    with CallbackStandIn(path="/discourse") as hook:
        hook.fail_next(times=2, status=500)
        statuses = deliver_webhook(hook.url, "s3cret", "post_created", make_post(), event_id=9,
                                   retries=4)
        received = hook.received
    assert statuses == [500, 500, 200]
    assert len({r["body"] for r in received}) == 1
    assert {r["headers"]["x-discourse-event-id"] for r in received} == {"9"}
    assert hook.json_bodies()[0]["post"]["id"] == 101


# -- Moodle ----------------------------------------------------------------------------------
def test_moodle_invalid_token_is_http_200_with_an_exception(moodle: MoodleStandIn) -> None:
    answer = httpx.post(moodle.endpoint, data={"wstoken": "bad", "moodlewsrestformat": "json",
                                               "wsfunction": "core_webservice_get_site_info"})
    assert answer.status_code == 200
    assert answer.json() == {"exception": "moodle_exception", "errorcode": "invalidtoken",
                             "message": "Invalid token - token not found"}
    unknown = _ws(moodle, "core_no_such_function").json()
    assert unknown["errorcode"] == "invalidrecord"


def test_moodle_site_info_gives_the_bot_user(moodle: MoodleStandIn) -> None:
    info = _ws(moodle, "core_webservice_get_site_info").json()
    assert info["userid"] == moodle.bot_user_id and info["siteurl"] == moodle.base_url
    assert "mod_forum_add_discussion_post" in {f["name"] for f in info["functions"]}


def test_moodle_round_trip_discussions_posts_and_reply(moodle: MoodleStandIn) -> None:
    old = moodle.add_discussion(3, "Évaluation formative", "<p>Comment faire ?</p>", created=1000)
    new = moodle.add_discussion(3, "التخطيط", "<p>سؤال</p>", created=2000)
    listed = _ws(moodle, "mod_forum_get_forum_discussions", forumid=3).json()
    assert listed["warnings"] == []
    rows = listed["discussions"]
    assert [r["discussion"] for r in rows] == [new["discussion"], old["discussion"]]
    assert rows[1]["id"] == old["postid"] and rows[1]["numreplies"] == 0
    assert {"name", "subject", "message", "userid", "created", "modified", "timemodified"} <= set(rows[1])
    reply = _ws(moodle, "mod_forum_add_discussion_post", postid=old["postid"],
                subject="Re: Évaluation formative", message="<p>Une piste</p>",
                **{"options[0][name]": "discussionsubscribe", "options[0][value]": "0"}).json()
    assert reply["postid"] and reply["warnings"] == []
    assert moodle.posted[0]["options"] == {"discussionsubscribe": "0"}
    assert moodle.posted[0]["parentid"] == old["postid"]
    rows = _ws(moodle, "mod_forum_get_forum_discussions", forumid=3, sortorder=1).json()["discussions"]
    assert rows[0]["discussion"] == old["discussion"] and rows[0]["numreplies"] == 1
    posts = _ws(moodle, "mod_forum_get_discussion_posts", discussionid=old["discussion"],
                sortby="created", sortdirection="ASC").json()["posts"]
    assert [p["parentid"] for p in posts] == [None, old["postid"]]
    assert posts[1]["author"] == {**posts[1]["author"], "id": moodle.bot_user_id}


def test_moodle_sorting_paging_and_errors(moodle: MoodleStandIn) -> None:
    for day in range(3):
        moodle.add_discussion(4, f"Sujet {day}", "<p>?</p>", created=1000 + day)
    page = _ws(moodle, "mod_forum_get_forum_discussions", forumid=4, sortorder=4, page=1,
               perpage=2).json()["discussions"]
    assert [r["name"] for r in page] == ["Sujet 2"]
    assert _ws(moodle, "mod_forum_get_forum_discussions", forumid=99).json()["exception"]
    bad_parent = _ws(moodle, "mod_forum_add_discussion_post", postid=1, subject="s", message="m")
    assert bad_parent.json()["errorcode"] == "invalidparentpostid"
    missing = _ws(moodle, "mod_forum_get_discussion_posts").json()
    assert missing["exception"] == "invalid_parameter_exception"
    moodle.fail_next(status=503)
    assert _ws(moodle, "core_webservice_get_site_info").status_code == 503
    moodle.fail_next(errorcode="servicenotavailable", function="core_webservice_get_site_info")
    injected = _ws(moodle, "core_webservice_get_site_info")
    assert injected.status_code == 200 and injected.json()["errorcode"] == "servicenotavailable"
    xml = httpx.post(moodle.endpoint, data={"wstoken": "tok", "wsfunction": "x"})
    assert xml.text.startswith("<?xml")


def test_moodle_flattened_arrays_are_rebuilt() -> None:
    rebuilt = unflatten([("options[1][name]", "private"), ("options[1][value]", "1"),
                         ("options[0][name]", "discussionsubscribe"), ("options[0][value]", "0"),
                         ("postid", "5")])
    assert rebuilt == {"postid": "5", "options": [
        {"name": "discussionsubscribe", "value": "0"}, {"name": "private", "value": "1"}]}


# -- callback --------------------------------------------------------------------------------
def test_callback_records_json_posts_and_injected_failures() -> None:
    with CallbackStandIn() as hook:
        hook.fail_next(status=503)
        assert httpx.post(hook.url, json={"ticket": 1}).status_code == 503
        assert httpx.post(hook.url, json={"ticket": 2}).status_code == 200
        got = hook.wait_for(lambda received: len(received) == 2)
    assert [r["status"] for r in got] == [503, 200]
    assert hook.json_bodies() == [{"ticket": 2}]
    assert got[1]["headers"]["content-type"] == "application/json"
