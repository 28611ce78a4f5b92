"""Posting back to forums: one `ForumPoster` per forum, and the outbox `Sender` that drives them.

- `DiscoursePoster`: ``POST /posts.json`` (Api-Key, Api-Username), ``POST /post_actions`` (flags),
  private messages to tell an author why a post was held.
- `CallbackPoster`: the generic forums' ``callback_url``, signed like the generic webhook.
- `MoodlePoster` lives in `moodle.py`.
HTTP failures become `ForumApiError`s (a `DeliveryError` carrying the HTTP `status`): 429 and 5xx,
timeouts and refused connections are retried with backoff by the outbox; 401/403 too (a key can be
fixed); 400/404/422 are permanent.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import asdict, replace
from typing import Protocol

import httpx

from bot.channels.forum.compose import compose_relay
from bot.channels.forum.threads import ThreadIndex
from bot.channels.forum.types import ForumTarget
from bot.channels.forum.webhooks import sign
from bot.errors import DeliveryError, ForumApiError
from bot.payloads import ForumKind, ForumMessage, ForumRecipient
from bot.texts import t

log = logging.getLogger(__name__)

# Discourse post action types: 3 off-topic, 4 inappropriate, 7 notify moderators, 8 spam.
FLAG_TYPES = {"toxic": 4, "spam": 8, "off_topic": 3, "personal_data": 7}


class ForumPoster(Protocol):
    """Writes to one forum: a reply in a thread, a flag on a post, a private word to an author.

    A poster whose forum takes no flags says so with a class attribute ``flags = False``.
    """

    async def reply(self, target: ForumTarget, text: str) -> str | None: ...

    async def flag(self, target: ForumTarget, verdict: str, note: str) -> str | None: ...

    async def notify(self, target: ForumTarget, text: str, lang: str) -> str | None: ...


def check_response(response: httpx.Response, what: str) -> None:
    """Raise the right `ForumApiError` for a non-2xx answer (its `status` is the HTTP status)."""
    status = response.status_code
    if status < 300:
        return
    if status == 429:
        wait = response.headers.get("retry-after", "")
        raise ForumApiError(f"{what}: rate limited (Retry-After {wait!r})",
                            retry_after=float(wait) if wait.isdigit() else 30.0, status=status)
    permanent = status in (400, 404, 410, 413, 422)
    raise ForumApiError(f"{what}: HTTP {status} {response.text[:120]}", permanent=permanent, status=status)


async def send_http(client: httpx.AsyncClient, method: str, url: str, what: str, **kwargs) -> httpx.Response:
    """One HTTP call; transport failures become retryable `ForumApiError`s (no status)."""
    try:
        response = await client.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise ForumApiError(f"{what} {method} {url}: {exc.__class__.__name__}") from exc
    check_response(response, what)
    return response


class DiscoursePoster:
    """Discourse API adapter.

    Example: ``await DiscoursePoster(url, key, "rafiq", client).reply(ForumTarget("discourse", "11",
    post_number=1), "Voici ...")``
    """

    def __init__(self, base_url: str, api_key: str, api_username: str, client: httpx.AsyncClient) -> None:
        self.base_url = base_url.rstrip("/")
        self.headers = {"Api-Key": api_key, "Api-Username": api_username}
        self.client = client

    async def reply(self, target: ForumTarget, text: str) -> str | None:
        """Reply in the topic, under the question post."""
        body = {"topic_id": int(target.thread_id), "raw": text}
        if target.post_number:
            body["reply_to_post_number"] = target.post_number
        response = await send_http(self.client, "POST", f"{self.base_url}/posts.json", "discourse reply",
                                   json=body, headers=self.headers)
        return str(response.json().get("id", ""))

    async def flag(self, target: ForumTarget, verdict: str, note: str) -> str | None:
        """Flag the post for the moderators (spam, inappropriate, off-topic or a note to moderators)."""
        kind = FLAG_TYPES.get(verdict, 7)
        body = {"id": int(target.post_id), "post_action_type_id": kind, "flag_topic": False}
        if kind == 7:
            body["message"] = note[:500]
        try:
            await send_http(self.client, "POST", f"{self.base_url}/post_actions", "discourse flag",
                            json=body, headers=self.headers)
        except ForumApiError as exc:
            if exc.status == 422:  # already flagged: nothing left to do
                return "already-flagged"
            raise
        return f"flag:{target.post_id}:{kind}"

    async def notify(self, target: ForumTarget, text: str, lang: str) -> str | None:
        """A private message to the post's author."""
        if not target.author:
            raise DeliveryError("discourse notify: unknown author", permanent=True)
        body = {"title": t("notice_title", lang), "raw": text, "archetype": "private_message",
                "target_recipients": target.author}
        response = await send_http(self.client, "POST", f"{self.base_url}/posts.json", "discourse notify",
                                   json=body, headers=self.headers)
        return str(response.json().get("id", ""))


class CallbackPoster:
    """Generic forums: POSTs a signed JSON to the thread's ``callback_url`` (see docs/forum-webhook.md)."""

    def __init__(self, secret: str, client: httpx.AsyncClient) -> None:
        self.secret = secret
        self.client = client

    async def _post(self, target: ForumTarget, kind: str, text: str, **extra) -> str | None:
        if not target.callback_url:
            raise DeliveryError("callback: this thread has no callback_url", permanent=True)
        body = json.dumps({"kind": kind, "forum": target.forum, "thread_id": target.thread_id,
                           "post_id": target.post_id, "author": target.author, "text": text, **extra},
                          ensure_ascii=False).encode("utf-8")
        stamp = str(int(time.time()))
        headers = {"Content-Type": "application/json", "X-Rafiq-Timestamp": stamp,
                   "X-Rafiq-Signature": sign(self.secret, stamp.encode() + b"." + body)}
        response = await send_http(self.client, "POST", target.callback_url, f"callback {kind}",
                                   content=body, headers=headers)
        try:
            answer = response.json()
        except ValueError:
            answer = None
        return str(answer.get("post_id", "")) if isinstance(answer, dict) else None

    async def reply(self, target: ForumTarget, text: str) -> str | None:
        """Ask the forum to publish a reply in the thread."""
        return await self._post(target, "reply", text)

    async def flag(self, target: ForumTarget, verdict: str, note: str) -> str | None:
        """Tell the forum the post was held or hidden, and why."""
        return await self._post(target, "flag", note, verdict=verdict)

    async def notify(self, target: ForumTarget, text: str, lang: str) -> str | None:
        """Ask the forum to pass a private message to the author."""
        return await self._post(target, "notify", text, lang=lang)


class ForumSender:
    """The outbox `Sender` of one forum channel: finds the thread and calls its poster.

    The payload is a `bot.payloads.ForumMessage` (its `kind` a `ForumKind`; `target`, optional, names the
    post precisely). A private `ForumRecipient` (``<forum>/<thread>#<post>#<author>``): everything but a flag
    goes to that author only, by private message (held posts, distress), never to the thread.
    """

    def __init__(self, poster: ForumPoster, threads: ThreadIndex) -> None:
        self.poster = poster
        self.threads = threads

    async def send(self, recipient: str, text: str, payload: dict) -> str | None:
        """Deliver one outbox message to the forum."""
        message = ForumMessage.from_json(payload)
        target, private = await asyncio.to_thread(self._target, ForumRecipient.parse(recipient), message)
        kind, lang = message.kind, message.lang
        if kind == ForumKind.FLAG:
            return await self.poster.flag(target, message.verdict, text)
        if kind == ForumKind.NOTIFY:
            return await self.poster.notify(target, text, lang)
        relayed = kind in (ForumKind.TUTOR_ANSWER, ForumKind.TUTOR_CORRECTION)
        if kind == ForumKind.TUTOR_CLOSED:  # "closed without an answer" is the author's to read, not the thread's
            return await self.poster.notify(target, text, lang)  # (a football post's closing was posted in public)
        if private:  # a held or distressed post's author: every word goes to them alone, never the thread
            return await self.poster.notify(target, compose_relay(text, lang, private=True) if relayed else text, lang)
        if kind == ForumKind.TUTOR_ANSWER:
            external = await self.poster.reply(target, compose_relay(text, lang))
            try:  # the answer is out: a failure here must not make the outbox post it twice
                await asyncio.to_thread(self.threads.set_state, target.forum, target.thread_id, "answered")
            except Exception:
                log.exception("could not mark thread %s answered", recipient)
            return external
        return await self.poster.reply(target, compose_relay(text, lang) if relayed else text)

    def _target(self, recipient: ForumRecipient, message: ForumMessage) -> tuple[ForumTarget, bool]:
        if isinstance(message.target, dict):
            return ForumTarget(**message.target), recipient.private
        thread = self.threads.get(recipient.forum, recipient.thread_id)
        if thread is None and not recipient.private:
            raise DeliveryError(f"unknown forum thread {str(recipient)!r}", permanent=True)
        target = ForumTarget(forum=recipient.forum, thread_id=recipient.thread_id,
                             post_id=thread.question_post_id if thread else "",
                             post_number=thread.post_number if thread else None,
                             author=thread.author if thread else "", title=thread.title if thread else "",
                             callback_url=thread.callback_url if thread else "")
        if recipient.private:
            target = replace(target, post_id=recipient.post_id, post_number=None, author=recipient.author)
        return target, recipient.private


def target_payload(target: ForumTarget) -> dict:
    """A target as stored in an outbox payload."""
    return asdict(target)
