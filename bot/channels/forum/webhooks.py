"""Webhook edge checks and payload translation: body limit, HMAC signatures, rate limits, parsing.

    WebhookRejected (status, code, text key)   raised by every check; `routes.py` turns it into JSON

Signatures: Discourse sends ``X-Discourse-Event-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>``;
the generic webhook signs ``<X-Rafiq-Timestamp>.<raw body>`` the same way in ``X-Rafiq-Signature``, so a
captured request cannot be replayed outside the timestamp window.
"""
from __future__ import annotations

import hashlib
import hmac
import html
import json
import re
import time
from datetime import datetime, timedelta

from starlette.requests import ClientDisconnect, Request

from bot.channels.forum.types import DISCOURSE, GENERIC, ForumPost, parse_time
from bot.errors import WebhookRejected
from bot.ratelimit import Limiter

FORUM_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, refusing more than `limit` bytes (413) without reading it all into memory."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise WebhookRejected(413, "payload_too_large", "err_too_large", {"limit": limit})
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise WebhookRejected(413, "payload_too_large", "err_too_large", {"limit": limit})
            chunks.append(chunk)
    except ClientDisconnect:
        raise WebhookRejected(400, "bad_payload", "err_bad_payload", {"detail": "the body was cut short"}) from None
    return b"".join(chunks)


def sign(secret: str, body: bytes) -> str:
    """``sha256=<hex HMAC-SHA256(secret, body)>``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def check_signature(secret: str, body: bytes, header: str | None) -> None:
    """Refuse (401) unless `header` is the HMAC of `body`; compared in constant time."""
    if not header or not hmac.compare_digest(sign(secret, body).encode(), header.strip().encode()):
        raise WebhookRejected(401, "bad_signature", "err_bad_signature")


def check_generic_signature(secret: str, body: bytes, timestamp: str | None, header: str | None,
                            window_s: int, now: float | None = None) -> None:
    """The generic scheme: HMAC of ``<timestamp>.<body>`` and a timestamp within `window_s` of now."""
    if not timestamp or not timestamp.strip().isdigit():
        raise WebhookRejected(401, "bad_signature", "err_bad_timestamp")  # "abc" was called missing
    check_signature(secret, timestamp.strip().encode() + b"." + body, header)
    now = time.time() if now is None else now
    if abs(now - int(timestamp)) > window_s:
        raise WebhookRejected(401, "stale_timestamp", "err_stale")


def check_rate(limiter: Limiter, key: str) -> None:
    """Count one request of `key` (a forum), or refuse with 429 and how long to wait."""
    wait = limiter.take(key)
    if wait:
        raise WebhookRejected(429, "rate_limited", "err_rate_limited", {"seconds": wait}, {"Retry-After": str(wait)})


def load_json(body: bytes) -> dict:
    """The JSON object in `body`, or 400."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise WebhookRejected(400, "bad_json", "err_bad_json") from None
    if not isinstance(data, dict):
        raise WebhookRejected(400, "bad_payload", "err_bad_payload", {"detail": "not a JSON object"})
    return data


def html_to_text(markup: str) -> str:
    """Readable text from forum HTML (paragraphs and line breaks kept, tags dropped)."""
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</h\d>", "\n", markup or "")
    text = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", text)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"[ \t]+", " ", re.sub(r"\n\s*\n+", "\n\n", text)).strip()


def is_stale(created_at: datetime | None, max_age_hours: float, now: datetime) -> bool:
    """True when a post is older than the replay window (it is indexed, never answered publicly)."""
    return created_at is not None and now - created_at > timedelta(hours=max_age_hours)


def not_after(created_at: datetime | None, now: datetime, skew_s: float) -> datetime | None:
    """`created_at`, or `now` when it is more than `skew_s` seconds ahead of it (a forum's clock drifting, a
    wrong date): a future instant is never stale, so an old post dated 2030 would be answered as new and its
    thread never chased as unanswered. Such a post is taken as arriving when received, not refused."""
    if created_at is not None and created_at - now > timedelta(seconds=skew_s):
        return now
    return created_at


def _bad(detail: str) -> WebhookRejected:
    return WebhookRejected(400, "bad_payload", "err_bad_payload", {"detail": detail})


def _time(value: object, name: str) -> datetime | None:
    """A timestamp field: None when absent, 400 when present but not a real instant (NaN, 1e20, "soon")."""
    moment = parse_time(value)
    if moment is None and value not in (None, ""):
        raise _bad(f"{name} must be ISO 8601 or a Unix timestamp")
    return moment


def _topic_url(base_url: str, slug: object, topic_id: object) -> str:
    """The public link of a Discourse topic on the configured forum ("" when no forum URL is set)."""
    return f"{base_url.rstrip('/')}/t/{slug or 'topic'}/{topic_id}" if base_url else ""


def parse_discourse(event: str, data: dict, base_url: str, bot_username: str) -> ForumPost | str:
    """The post in a Discourse webhook, or the reason it is ignored (a str); links point to `base_url`
    (``RAFIQ_DISCOURSE_URL``: the unsigned ``X-Discourse-Instance`` header is never trusted)."""
    bot = bot_username.lower()
    if event == "topic_created":
        topic = data.get("topic")
        if not isinstance(topic, dict) or topic.get("id") is None:
            raise _bad("topic_created needs a topic with an id")
        author = str((topic.get("created_by") or {}).get("username") or "")
        if topic.get("archetype") == "private_message":
            return "private_message"
        if author.lower() == bot:
            return "own_post"
        return ForumPost(forum=DISCOURSE, channel=DISCOURSE, thread_id=str(topic["id"]), post_id="",
                         author=author, text="", title=str(topic.get("title") or ""),
                         created_at=_time(topic.get("created_at"), "topic.created_at"), topic_only=True,
                         url=_topic_url(base_url, topic.get("slug"), topic["id"]))
    if event not in ("post_created", "post_edited"):
        return "unsupported_event"
    post = data.get("post")
    if not isinstance(post, dict) or post.get("id") is None or post.get("topic_id") is None:
        raise _bad("post events need a post with id and topic_id")
    username = str(post.get("username") or "")
    if username.lower() == bot:
        return "own_post"
    if post.get("topic_archetype") == "private_message":
        return "private_message"
    if post.get("post_type") not in (None, 1):
        return "not_a_regular_post"
    if post.get("deleted_at"):
        return "deleted"
    text = post.get("raw") if isinstance(post.get("raw"), str) else html_to_text(str(post.get("cooked") or ""))
    number = post.get("post_number")
    number = int(number) if isinstance(number, int) or str(number).isdigit() else None
    reply_to = post.get("reply_to_post_number")
    edited = event == "post_edited"
    if edited:  # the post keeps its own created_at: an edit of a post never seen is handled as new (and may be old)
        changed = _time(post.get("updated_at"), "post.updated_at")
        created = parse_time(post.get("created_at")) or changed
    else:
        created = _time(post.get("created_at"), "post.created_at")
    return ForumPost(  # text and title are cut only once masked (ForumPost.masked): a cut must not split a datum
        forum=DISCOURSE, channel=DISCOURSE, thread_id=str(post["topic_id"]), post_id=str(post["id"]),
        author=username, text=text, title=str(post.get("topic_title") or ""),
        is_first=number == 1, reply_to=str(reply_to) if reply_to else None,
        created_at=created,
        url=_topic_url(base_url, post.get("topic_slug"), post["topic_id"]), post_number=number, edited=edited)


def edit_stamp(data: dict) -> str:
    """A Discourse edit's ``post.updated_at`` as ISO 8601 ("" when absent): what tells one edit from another."""
    moment = parse_time(data["post"].get("updated_at")) if isinstance(data.get("post"), dict) else None
    return moment.isoformat() if moment else ""


def discourse_post_claim(post: ForumPost, updated_at: str = "") -> tuple[str, str]:
    """The (source, id) that dedupes a Discourse post across event ids."""
    if post.topic_only:
        return f"{DISCOURSE}:topic", post.thread_id
    if post.edited:
        return f"{DISCOURSE}:edit", f"{post.post_id}@{updated_at}"[:128]
    return f"{DISCOURSE}:post", post.post_id


def parse_generic(data: dict) -> tuple[str, ForumPost]:
    """(event id, post) from a generic webhook body (schema in docs/forum-webhook.md), or 400."""
    missing = [k for k in ("event_id", "forum", "thread_id", "post_id", "author", "text")
               if data.get(k) is None or str(data[k]).strip() == ""]  # "   \n\t" made a ticket with no question
    if missing:
        raise _bad("missing " + ", ".join(missing))
    too_long = [k for k, most in (("event_id", 128), ("thread_id", 64), ("post_id", 64)) if len(str(data[k])) > most]
    if too_long:  # cut, two long ids sharing their start were one post: the second was dropped as a re-delivery
        raise _bad(", ".join(too_long) + " too long: event_id at most 128 characters, thread_id and post_id 64")
    forum = str(data["forum"])
    if not FORUM_NAME.match(forum):
        raise _bad("forum must be 1-40 characters among A-Z a-z 0-9 _ . -")
    for name in ("text", "author", "title"):
        if name in data and data[name] is not None and not isinstance(data[name], str):
            raise _bad(f"{name} must be a string")
    callback = str(data.get("callback_url") or "")
    if callback and (not re.match(r"^https?://", callback) or len(callback) > 500):
        raise _bad("callback_url must be an http(s) URL of at most 500 characters")
    created = _time(data.get("created_at"), "created_at")
    event = str(data.get("event") or "post_created")
    if event not in ("post_created", "post_edited"):
        raise _bad("event must be post_created or post_edited")
    reply_to = data.get("reply_to")
    post = ForumPost(
        forum=forum, channel=GENERIC, thread_id=str(data["thread_id"]), post_id=str(data["post_id"]),
        author=str(data["author"])[:100], text=str(data["text"]),  # cut once masked
        title=str(data.get("title") or ""), is_first=reply_to in (None, ""),
        reply_to=str(reply_to) if reply_to not in (None, "") else None, created_at=created,
        url=str(data.get("url") or "")[:500], callback_url=callback, edited=event == "post_edited")
    return str(data["event_id"]), post
