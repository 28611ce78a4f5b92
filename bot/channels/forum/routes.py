"""Forum hooks of the one FastAPI app: ``POST /hooks/discourse`` and ``POST /hooks/forum`` (generic).

Both answer fast: the request is checked (size, HMAC signature, rate), the post is written to the
forum inbox, and a worker does the rest (`service.py`). Answers:

| status | body | when |
|---|---|---|
| 202 | ``{"status": "accepted", "id"}`` | stored, will be processed |
| 200 | ``{"status": "duplicate" \\| "ignored" \\| "pong", ...}`` | replay, own post, private message, ping... |
| 400 / 401 / 413 / 429 / 503 | ``{"error", "message": {"ar", "fr"}}`` | bad payload / signature / size / rate / not configured |

Replay protection: event ids and post ids are stored once (a replay is a "duplicate"); a post older
than `max_age_hours` when first seen is indexed for similar threads but never answered publicly; the
generic webhook also signs a timestamp that must be within `timestamp_window_s` of now. An edit of a post
never received (its "created" delivery lost) is accepted as that post's creation (`ForumService.accept_edit`).
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from bot.channels.forum.service import ForumService
from bot.channels.forum.compose import error_body
from bot.channels.forum.types import DISCOURSE
from bot.channels.forum.webhooks import (WebhookRejected, check_generic_signature, check_rate, check_signature,
                                         discourse_post_claim, edit_stamp, load_json, parse_discourse,
                                         parse_generic, read_body)

log = logging.getLogger(__name__)


def get_forum(request: Request) -> ForumService:
    """The forum service of the app's services (`bot.app.add_forum`); 503 "not configured" without one."""
    forum = request.app.state.services.forum
    if forum is None:
        raise HTTPException(503, detail=error_body("not_configured", "err_not_configured"))
    return forum


Forum = Annotated[ForumService, Depends(get_forum)]


def rejected(exc: WebhookRejected) -> JSONResponse:
    """The JSON answer for a refused request."""
    return JSONResponse(error_body(exc.code, exc.key, **exc.values), status_code=exc.status, headers=exc.headers)


def _accepted(row_id: int | None) -> JSONResponse:
    if row_id is None:
        return JSONResponse({"status": "duplicate"}, status_code=200)
    return JSONResponse({"status": "accepted", "id": row_id}, status_code=202)


router = APIRouter(tags=["forum"])


@router.post("/hooks/discourse", status_code=202)
async def discourse_hook(request: Request, forum: Forum) -> JSONResponse:
    """A Discourse webhook (topic_created, post_created, post_edited; ping)."""
    cfg = forum.config
    if not cfg.discourse_secret:
        return rejected(WebhookRejected(503, "not_configured", "err_not_configured"))
    try:
        body = await read_body(request, cfg.max_body_bytes)
        check_signature(cfg.discourse_secret, body, request.headers.get("x-discourse-event-signature"))
        event = request.headers.get("x-discourse-event", "").strip()
        event_id = request.headers.get("x-discourse-event-id", "").strip()
        for name, value in (("X-Discourse-Event", event), ("X-Discourse-Event-Id", event_id)):
            if not value:
                raise WebhookRejected(400, "missing_header", "err_missing_header", {"header": name})
        # X-Discourse-Instance is not signed: it names nothing here; counted in a thread (a database query
        # with several workers on PostgreSQL)
        await asyncio.to_thread(check_rate, forum.limiter, DISCOURSE)
        if event == "ping":
            return JSONResponse({"status": "pong"})
        data = load_json(body)
        parsed = parse_discourse(event, data, cfg.discourse_url, cfg.discourse_api_username)
    except WebhookRejected as exc:
        return rejected(exc)
    if isinstance(parsed, str):
        return JSONResponse({"status": "ignored", "reason": parsed})
    if parsed.edited:  # of a post never seen (its post_created lost): handled as that post's creation
        return _accepted(await forum.accept_edit(DISCOURSE, event_id, parsed, discourse_post_claim(
            replace(parsed, edited=False)), discourse_post_claim(parsed, edit_stamp(data))))
    return _accepted(await forum.accept(DISCOURSE, event_id, event, parsed, [discourse_post_claim(parsed)]))


@router.post("/hooks/forum", status_code=202)
async def generic_hook(request: Request, forum: Forum) -> JSONResponse:
    """A post from any forum, in the documented JSON schema (docs/forum-webhook.md)."""
    cfg = forum.config
    if not cfg.generic_secret:
        return rejected(WebhookRejected(503, "not_configured", "err_not_configured"))
    try:
        body = await read_body(request, cfg.max_body_bytes)
        check_generic_signature(cfg.generic_secret, body, request.headers.get("x-rafiq-timestamp"),
                                request.headers.get("x-rafiq-signature"), cfg.timestamp_window_s)
        event_id, post = parse_generic(load_json(body))
        await asyncio.to_thread(check_rate, forum.limiter, f"forum:{post.forum}")
    except WebhookRejected as exc:
        return rejected(exc)
    source = f"forum:{post.forum}"
    created = (f"{source}:post", post.post_id)
    if post.edited:  # of a post never seen (its "created" delivery lost): handled as that post's creation
        stamp = post.created_at.isoformat() if post.created_at else event_id
        return _accepted(await forum.accept_edit(source, event_id, post, created,
                                                 (f"{source}:edit", f"{post.post_id}@{stamp}")))
    return _accepted(await forum.accept(source, event_id, "post_created", post, [created]))
