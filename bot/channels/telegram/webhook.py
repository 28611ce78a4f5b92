"""`POST /telegram/webhook`: Telegram's webhook behind the FastAPI app, checked by its secret token.

Telegram sends the secret given to setWebhook in the `X-Telegram-Bot-Api-Secret-Token` header; a
request without it, or with another one, gets 401. The update is handed to the running application
(python-telegram-bot's custom webhook pattern): 200 once it is written to the inbox, so a crash after
that loses nothing and a crash before it makes Telegram send it again. Replies go through the outbox.
"""
from __future__ import annotations

import hmac
import json
import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

log = logging.getLogger(__name__)
router = APIRouter()
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1_000_000


@router.post("/telegram/webhook", include_in_schema=False)
async def telegram_webhook(request: Request) -> JSONResponse:
    """Accept one update from Telegram when the secret token matches."""
    services = request.app.state.services
    runtime = services.telegram
    expected = services.settings.telegram_webhook_secret or ""
    given = request.headers.get(SECRET_HEADER, "")
    if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
        return JSONResponse({"ok": False, "error": "unauthorized"}, status_code=401)
    if runtime is None or not runtime.started:
        return JSONResponse({"ok": False, "error": "telegram_off"}, status_code=503)
    body = await request.body()
    try:
        data = json.loads(body) if len(body) <= MAX_BODY else None
    except ValueError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        return JSONResponse({"ok": False, "error": "bad_update"}, status_code=400)
    await runtime.feed(data)
    return JSONResponse({"ok": True})
