"""The Bot API methods of the stand-in and the Update builders (a mixin for ``BotApiStandIn``).

Every method runs with the stand-in's lock held and answers like Telegram, including the common
refusals a real bot meets: empty or too long text, bad ``parse_mode`` markup, editing a message
into the same content, callback data over 64 bytes, a webhook that is not HTTPS.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

from tests.support._bot_settings import ApiError, BotSettings, bad_request
from tests.support._parse_mode import EntityParseError, visible_text
from tests.support._telegram import (
    error_body, make_chat, make_message, make_user, same_markup, utf16_len,
)

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


def _normal_chat_id(value: Any) -> Any:
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value


class BotMethods(BotSettings):
    """Mixin: state lives on ``BotApiStandIn``; call ``_call`` with the lock held."""

    bot_id: int
    bot_user: dict
    _updates: list[dict]
    _update_ids: Any
    _callback_ids: Any
    _message_ids: dict[Any, int]
    _messages: dict[tuple[Any, int], dict]
    _chats: dict[Any, dict]
    _callbacks: set[str]
    _files: set[str]
    _webhook: dict[str, Any]
    _commands: dict[tuple[str, str], list]

    def _call(self, method: str, params: dict) -> tuple[int, dict]:
        """Run one method; unknown methods answer ``true`` (they are still recorded)."""
        handler: Callable[[Any, dict], Any] | None = _HANDLERS.get(method.lower())
        try:
            result = handler(self, params) if handler else True
        except ApiError as exc:
            return exc.status, error_body(exc.status, exc.description)
        return 200, {"ok": True, "result": result}

    # -- chats and messages ------------------------------------------------------------------
    def _chat(self, chat_id: Any, chat_type: str | None = None, first_name: str = "Samira",
              is_forum: bool = False) -> dict:
        chat_id = _normal_chat_id(chat_id)
        if chat_id not in self._chats:
            if chat_type is None:
                numeric = isinstance(chat_id, int)
                chat_type = "private" if numeric and chat_id > 0 else "supergroup"
            self._chats[chat_id] = make_chat(chat_id, chat_type, first_name, is_forum)
        elif is_forum and self._chats[chat_id]["type"] != "private":
            self._chats[chat_id]["is_forum"] = True
        return self._chats[chat_id]

    def _next_message_id(self, chat_id: Any) -> int:
        self._message_ids[chat_id] = self._message_ids.get(chat_id, 0) + 1
        return self._message_ids[chat_id]

    def _store(self, message: dict) -> dict:
        chat_id = message["chat"]["id"]
        self._message_ids[chat_id] = max(self._message_ids.get(chat_id, 0), message["message_id"])
        self._messages[(chat_id, message["message_id"])] = message
        return copy.deepcopy(message)

    def _quoted(self, chat_id: Any, message_id: int) -> dict | None:
        found = self._messages.get((chat_id, message_id))
        if found is None:
            return None
        return {k: v for k, v in copy.deepcopy(found).items() if k != "reply_to_message"}

    def _message_update(self, chat_id: int, text: str, user_id: int | None = None,
                        first_name: str = "Samira", language_code: str = "ar",
                        chat_type: str = "private", reply_to_message_id: int | None = None,
                        message_thread_id: int | None = None) -> dict:
        with self._cond:  # type: ignore[attr-defined]
            chat = self._chat(chat_id, chat_type, first_name, message_thread_id is not None)
            sender = make_user(abs(chat_id) if user_id is None else user_id, first_name,
                               language_code)
            reply = None
            if reply_to_message_id is not None:
                reply = self._quoted(chat["id"], reply_to_message_id) or {
                    "message_id": reply_to_message_id, "date": int(time.time()), "chat": chat}
            message = make_message(
                self._next_message_id(chat["id"]), chat, sender, text, reply_to_message=reply,
                message_thread_id=message_thread_id,
                is_topic_message=True if message_thread_id is not None else None)
            return {"update_id": next(self._update_ids), "message": self._store(message)}

    def _photo_update(self, chat_id: int, caption: str | None, user_id: int | None = None,
                      first_name: str = "Samira", language_code: str = "ar", chat_type: str = "private",
                      reply_to_message_id: int | None = None) -> dict:
        """A message Update carrying a photo (three sizes, largest last) and an optional caption."""
        with self._cond:  # type: ignore[attr-defined]
            chat = self._chat(chat_id, chat_type, first_name)
            sender = make_user(abs(chat_id) if user_id is None else user_id, first_name, language_code)
            reply = None
            if reply_to_message_id is not None:
                reply = self._quoted(chat["id"], reply_to_message_id) or {
                    "message_id": reply_to_message_id, "date": int(time.time()), "chat": chat}
            message = make_message(self._next_message_id(chat["id"]), chat, sender, None,
                                   photo=self._new_photo(), caption=caption, reply_to_message=reply)
            return {"update_id": next(self._update_ids), "message": self._store(message)}

    def _new_photo(self) -> list[dict]:
        """PhotoSize objects of a new photo; their file ids become known to the stand-in."""
        number = len(self._files) // 3 + 1
        sizes = []
        for width, height, size in ((90, 68, 1_532), (320, 240, 18_290), (1280, 960, 154_010)):
            file_id = f"AgACAgQAAxkBAAI{number:04d}w{width}"
            self._files.add(file_id)
            sizes.append({"file_id": file_id, "file_unique_id": f"AQAD{number:04d}{width}",
                          "width": width, "height": height, "file_size": size})
        return sizes

    def _callback_update(self, chat_id: int, user_id: int, data: str, message_id: int,
                         first_name: str = "Samira", language_code: str = "ar") -> dict:
        with self._cond:  # type: ignore[attr-defined]
            chat = self._chat(chat_id)
            message = self._messages.get((chat["id"], message_id))
            if message is None:
                message = make_message(message_id, chat, self.bot_user, "…")
                self._store(message)
            query_id = f"{self.bot_id}{next(self._callback_ids):08d}"
            self._callbacks.add(query_id)
            query = {
                "id": query_id,
                "from": make_user(user_id, first_name, language_code),
                "message": copy.deepcopy(message),
                "chat_instance": f"{abs(hash(chat['id'])) % 10**12}",
                "data": data,
            }
            return {"update_id": next(self._update_ids), "callback_query": query}

    # -- shared checks -----------------------------------------------------------------------
    def _chat_id(self, params: dict) -> Any:
        chat_id = _normal_chat_id(params.get("chat_id"))
        if chat_id in (None, ""):
            raise bad_request("chat_id is empty")
        return chat_id

    @staticmethod
    def _text(params: dict) -> str:
        text = params.get("text")
        if text is None or not str(text).strip():
            raise bad_request("message text is empty")
        try:
            shown = visible_text(str(text), params.get("parse_mode"))
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from exc
        if utf16_len(shown) > 4096:
            raise bad_request("message is too long")
        return shown

    @staticmethod
    def _inline_markup(params: dict) -> dict | None:
        markup = params.get("reply_markup")
        if not isinstance(markup, dict) or "inline_keyboard" not in markup:
            return None  # reply keyboards are not echoed in Message.reply_markup
        for row in markup["inline_keyboard"]:
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                    raise bad_request("BUTTON_DATA_INVALID")
        return markup

    def _editable(self, params: dict) -> dict:
        key = (self._chat_id(params), _normal_chat_id(params.get("message_id")))
        message = self._messages.get(key)
        if message is None:
            raise bad_request("message to edit not found")
        if message["from"]["id"] != self.bot_id:
            raise bad_request("message can't be edited")
        return message

    # -- methods -----------------------------------------------------------------------------
    def get_me(self, params: dict) -> dict:
        """getMe."""
        return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    def send_message(self, params: dict) -> dict:
        """sendMessage: returns the Message as the chat now shows it."""
        chat = self._chat(self._chat_id(params))
        text, markup = self._text(params), self._inline_markup(params)
        reply_params = params.get("reply_parameters") or {}
        reply_id = _normal_chat_id(reply_params.get("message_id", params.get("reply_to_message_id")))
        reply = None
        if reply_id is not None:
            reply = self._quoted(chat["id"], reply_id)
            lenient = reply_params.get("allow_sending_without_reply",
                                       params.get("allow_sending_without_reply"))
            if reply is None and not lenient:
                raise bad_request("message to be replied not found")
        message = make_message(self._next_message_id(chat["id"]), chat, self.bot_user, text,
                               reply_markup=markup, reply_to_message=reply,
                               message_thread_id=params.get("message_thread_id"))
        return self._store(message)

    def send_photo(self, params: dict) -> dict:
        """sendPhoto: a known file_id, an http(s) URL or an upload; the caption obeys parse_mode and
        Telegram's 1024-character limit."""
        chat = self._chat(self._chat_id(params))
        photo = params.get("photo")
        if isinstance(photo, dict):  # an upload (multipart)
            sizes = self._new_photo()
        elif isinstance(photo, str) and photo in self._files:
            sizes = next(m["photo"] for m in self._messages.values()
                         if any(p["file_id"] == photo for p in m.get("photo", [])))
        elif isinstance(photo, str) and photo.startswith(("http://", "https://")):
            sizes = self._new_photo()
        else:
            raise bad_request("wrong file identifier/HTTP URL specified")
        caption = params.get("caption")
        shown = None
        if caption:
            try:
                shown = visible_text(str(caption), params.get("parse_mode"))
            except EntityParseError as exc:
                raise bad_request(f"can't parse entities: {exc}") from exc
            if utf16_len(shown) > 1024:
                raise bad_request("message caption is too long")
        markup = self._inline_markup(params)
        reply_params = params.get("reply_parameters") or {}
        reply_id = _normal_chat_id(reply_params.get("message_id", params.get("reply_to_message_id")))
        reply = self._quoted(chat["id"], reply_id) if reply_id is not None else None
        if reply_id is not None and reply is None and not reply_params.get("allow_sending_without_reply"):
            raise bad_request("message to be replied not found")
        message = make_message(self._next_message_id(chat["id"]), chat, self.bot_user, None,
                               photo=copy.deepcopy(sizes), caption=shown, reply_markup=markup,
                               reply_to_message=reply)
        return self._store(message)

    def edit_message_text(self, params: dict) -> dict | bool:
        """editMessageText: a text edit without reply_markup drops the inline keyboard."""
        text, markup = self._text(params), self._inline_markup(params)
        if params.get("inline_message_id"):
            return True
        message = self._editable(params)
        if message.get("text") == text and same_markup(message.get("reply_markup"), markup):
            raise ApiError(400, NOT_MODIFIED)
        message["text"] = text
        return self._set_markup(message, markup)

    def edit_message_reply_markup(self, params: dict) -> dict | bool:
        """editMessageReplyMarkup."""
        markup = self._inline_markup(params)
        if params.get("inline_message_id"):
            return True
        message = self._editable(params)
        if same_markup(message.get("reply_markup"), markup):
            raise ApiError(400, NOT_MODIFIED)
        return self._set_markup(message, markup)

    def _set_markup(self, message: dict, markup: dict | None) -> dict:
        message.pop("reply_markup", None)
        if markup and markup.get("inline_keyboard"):
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def answer_callback_query(self, params: dict) -> bool:
        """answerCallbackQuery: the id must come from a pushed callback."""
        if str(params.get("callback_query_id")) not in self._callbacks:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        if len(str(params.get("text") or "")) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        return True

_HANDLERS: dict[str, Callable[[Any, dict], Any]] = {
    "getme": BotMethods.get_me,
    "sendmessage": BotMethods.send_message,
    "sendphoto": BotMethods.send_photo,
    "editmessagetext": BotMethods.edit_message_text,
    "editmessagereplymarkup": BotMethods.edit_message_reply_markup,
    "answercallbackquery": BotMethods.answer_callback_query,
    "setwebhook": BotSettings.set_webhook,
    "deletewebhook": BotSettings.delete_webhook,
    "getwebhookinfo": BotSettings.get_webhook_info,
    "setmycommands": BotSettings.set_my_commands,
    "deletemycommands": BotSettings.delete_my_commands,
    "getmycommands": BotSettings.get_my_commands,
    "sendchataction": BotSettings.send_chat_action,
}
