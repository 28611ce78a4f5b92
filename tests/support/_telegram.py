"""Bot API wire helpers for the stand-in: decode request parameters, build objects and errors.

The shapes follow https://core.telegram.org/bots/api (User, Chat, Message, CallbackQuery,
Update, the ``{"ok": false, ...}`` error envelope).
"""

from __future__ import annotations

import json
import time
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request

# Fields whose value is a plain string on the wire: python-telegram-bot sends strings unquoted, so
# ``json.loads`` would turn a text such as "42" or "true" into a number or a boolean.
STRING_FIELDS = frozenset(
    {
        "text", "caption", "parse_mode", "callback_query_id", "inline_message_id", "url",
        "secret_token", "language_code", "action", "data", "ip_address", "title", "description",
        "short_description", "name", "emoji", "question", "business_connection_id",
        "message_effect_id", "file_id", "sticker", "photo", "document", "audio", "video", "voice",
    }
)

ERROR_DESCRIPTIONS = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


def decode_field(name: str, raw: str) -> Any:
    """Decode one form field: JSON first, the raw string if it is not JSON or is a string field."""
    if name in STRING_FIELDS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


async def read_params(request: Request) -> dict[str, Any]:
    """Merge query string, then form / multipart / JSON body into one decoded dict."""
    params: dict[str, Any] = {k: decode_field(k, v) for k, v in request.query_params.items()}
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        body = await request.body()
        if body.strip():
            decoded = json.loads(body)
            if isinstance(decoded, dict):
                params.update(decoded)
    elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        async with request.form() as form:
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    content = await value.read()
                    params[key] = {
                        "filename": value.filename,
                        "content_type": value.content_type,
                        "size": len(content),
                    }
                else:
                    params[key] = decode_field(key, value)
    return params


def error_body(status: int, description: str | None = None, retry_after: int | None = None) -> dict:
    """The Bot API error envelope; 429 carries ``parameters.retry_after``."""
    template = description or ERROR_DESCRIPTIONS.get(status, f"Error {status}")
    body: dict[str, Any] = {
        "ok": False,
        "error_code": status,
        "description": template.format(retry_after=retry_after if retry_after is not None else 1),
    }
    if status == 429:
        body["parameters"] = {"retry_after": retry_after if retry_after is not None else 1}
    return body


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram entity offsets and lengths."""
    return len(text.encode("utf-16-le")) // 2


def make_user(user_id: int, first_name: str, language_code: str | None = None,
              is_bot: bool = False, username: str | None = None) -> dict:
    """A User object."""
    user: dict[str, Any] = {"id": user_id, "is_bot": is_bot, "first_name": first_name}
    if username:
        user["username"] = username
    if language_code:
        user["language_code"] = language_code
    return user


def make_chat(chat_id: int | str, chat_type: str = "private", first_name: str = "Samira",
              is_forum: bool = False) -> dict:
    """A Chat object: private chats carry the user's first name, others a title."""
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type == "private":
        chat["first_name"] = first_name
    else:
        chat["title"] = f"Groupe {chat_id}"
        if is_forum:
            chat["is_forum"] = True
    return chat


def make_message(message_id: int, chat: dict, sender: dict, text: str | None = None,
                 **extra: Any) -> dict:
    """A Message object; ``extra`` keys with a None value are left out."""
    message: dict[str, Any] = {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": chat,
        "from": sender,
    }
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
            ]
    message.update({k: v for k, v in extra.items() if v is not None})
    return message


def same_markup(old: Any, new: Any) -> bool:
    """Whether two reply markups are equal, an empty keyboard counting as no markup."""
    def norm(markup: Any) -> Any:
        if not markup or markup == {"inline_keyboard": []}:
            return None
        return markup

    return norm(old) == norm(new)
