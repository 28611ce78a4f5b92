"""Discourse webhook payloads and signed deliveries, shaped like Discourse sends them.

    body, headers = signed_webhook("s3cret", "post_created", make_post(raw="Bonjour"), event_id=7)
    httpx.post(url, content=body, headers=headers)

Headers: ``X-Discourse-Instance``, ``X-Discourse-Event-Id``, ``X-Discourse-Event-Type``,
``X-Discourse-Event`` and ``X-Discourse-Event-Signature: sha256=<hex HMAC-SHA256(secret, body)>``.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import re
from datetime import UTC, datetime
from typing import Any

import httpx

DEFAULT_INSTANCE = "https://forum.etakwine.test"
USER_AGENT = "Discourse/3.4.0"


def _iso(moment: datetime | None) -> str:
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def cook(raw: str) -> str:
    """A rough stand-in for Discourse's Markdown renderer: escaped paragraphs in ``<p>``."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", raw) if p.strip()]
    return "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def slugify(title: str) -> str:
    """Discourse-like slug: lowercase ASCII words joined by dashes, ``topic`` when none remain."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug or "topic"


def make_post(*, post_id: int = 101, topic_id: int = 11, raw: str = "Bonjour, une question.",
              username: str = "samira", user_id: int = 20, post_number: int = 1,
              reply_to_post_number: int | None = None, topic_title: str = "Question",
              category_id: int = 5, topic_archetype: str = "regular", hidden: bool = False,
              created_at: datetime | None = None, cooked: str | None = None,
              **extra: Any) -> dict:
    """A post object as in ``post_*`` webhooks and ``/posts.json`` answers."""
    stamp = _iso(created_at)
    post = {
        "id": post_id, "name": username.title(), "username": username,
        "avatar_template": f"/user_avatar/forum/{username}/{{size}}/1_2.png",
        "created_at": stamp, "cooked": cook(raw) if cooked is None else cooked, "raw": raw,
        "post_number": post_number, "post_type": 1, "updated_at": stamp, "reply_count": 0,
        "reply_to_post_number": reply_to_post_number, "quote_count": 0,
        "incoming_link_count": 0, "reads": 1, "score": 0, "topic_id": topic_id,
        "topic_slug": slugify(topic_title), "topic_title": topic_title,
        "topic_archetype": topic_archetype, "category_id": category_id,
        "display_username": username.title(), "version": 1, "user_id": user_id,
        "hidden": hidden, "trust_level": 1, "deleted_at": None, "user_deleted": False,
        "edit_reason": None, "wiki": False, "topic_posts_count": post_number,
    }
    post.update(extra)
    return post


def make_topic(*, topic_id: int = 11, title: str = "Question", category_id: int = 5,
               user_id: int = 20, username: str = "samira", archetype: str = "regular",
               posts_count: int = 1, created_at: datetime | None = None, tags: list[str] | None = None,
               **extra: Any) -> dict:
    """A topic object as in ``topic_*`` webhooks."""
    stamp = _iso(created_at)
    person = {"id": user_id, "username": username, "name": username.title(),
              "avatar_template": f"/user_avatar/forum/{username}/{{size}}/1_2.png"}
    topic = {
        "id": topic_id, "title": title, "fancy_title": html.escape(title),
        "posts_count": posts_count, "created_at": stamp, "views": 1,
        "reply_count": max(0, posts_count - 1), "like_count": 0, "last_posted_at": stamp,
        "visible": True, "closed": False, "archived": False, "archetype": archetype,
        "slug": slugify(title), "category_id": category_id, "word_count": 0,
        "deleted_at": None, "user_id": user_id, "featured_link": None,
        "pinned_globally": False, "pinned_at": None, "pinned_until": None, "unpinned": None,
        "pinned": False, "highest_post_number": posts_count, "deleted_by": None,
        "has_deleted": False, "bookmarked": False, "participant_count": 1,
        "created_by": person, "last_poster": person, "tags": tags or [],
    }
    topic.update(extra)
    return topic


def event_type_of(event: str) -> str:
    """``post_created`` -> ``post``, ``topic_edited`` -> ``topic``, ``ping`` -> ``ping``."""
    return event if event == "ping" else event.rsplit("_", 1)[0]


def signature(secret: str, body: bytes) -> str:
    """The ``X-Discourse-Event-Signature`` value for ``body``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def signed_webhook(secret: str, event: str, payload: dict | None = None, event_id: int = 1,
                   instance: str = DEFAULT_INSTANCE,
                   event_type: str | None = None) -> tuple[bytes, dict[str, str]]:
    """Body bytes and headers of one Discourse webhook delivery.

    ``payload`` may be a bare post/topic (it is wrapped under its type, ``{"post": {...}}``) or
    already wrapped; ``ping`` defaults to ``{"ping": "OK"}``.
    """
    kind = event_type or event_type_of(event)
    if payload is None and event == "ping":
        payload = {"ping": "OK"}
    if payload is None:
        raise ValueError(f"event {event!r} needs a payload")
    if not (len(payload) == 1 and kind in payload):
        payload = {kind: payload}
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers = {
        "Accept": "*/*",
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Discourse-Instance": instance,
        "X-Discourse-Event-Id": str(event_id),
        "X-Discourse-Event-Type": kind,
        "X-Discourse-Event": event,
        "X-Discourse-Event-Signature": signature(secret, body),
    }
    return body, headers


def deliver_webhook(url: str, secret: str, event: str, payload: dict | None = None,
                    event_id: int = 1, retries: int = 0, timeout: float = 10.0) -> list[int]:
    """POST one delivery like Discourse: resend the same bytes on non-2xx up to ``retries`` times.

    Returns the HTTP status of each attempt (no back-off sleep: tests should not wait).
    """
    body, headers = signed_webhook(secret, event, payload, event_id)
    statuses: list[int] = []
    with httpx.Client(timeout=timeout) as client:
        for _ in range(retries + 1):
            status = client.post(url, content=body, headers=headers).status_code
            statuses.append(status)
            if 200 <= status < 300:
                break
    return statuses
