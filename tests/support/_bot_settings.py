"""Bot API settings methods of the stand-in: webhook, commands, chat actions (a mixin).

Refusals follow Telegram: a webhook must be HTTPS on port 80, 88, 443 or 8443 with a secret of
1-256 ``[A-Za-z0-9_-]``; commands are 1-32 ``[a-z0-9_]`` with a 1-256 character description.
"""

from __future__ import annotations

import copy
import re
from typing import Any

_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_WEBHOOK_PORTS = {80, 88, 443, 8443}
_CHAT_ACTIONS = frozenset(
    {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
     "upload_document", "choose_sticker", "find_location", "record_video_note",
     "upload_video_note"}
)


class ApiError(Exception):
    """A refusal answered as ``{"ok": false, "error_code": status, "description": ...}``."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def bad_request(description: str) -> ApiError:
    """A 400 "Bad Request: ..." refusal."""
    return ApiError(400, f"Bad Request: {description}")


class BotSettings:
    """Mixin: webhook and command state live on ``BotApiStandIn``; lock held by the caller."""

    _updates: list[dict]
    _webhook: dict[str, Any]
    _commands: dict[tuple[str, str], list]

    @staticmethod
    def _commands_key(scope: dict | None, language_code: str | None) -> tuple[str, str]:
        scope = scope or {"type": "default"}
        return (repr(sorted(scope.items())), language_code or "")

    def _chat_id(self, params: dict) -> Any:
        raise NotImplementedError

    def set_webhook(self, params: dict) -> bool:
        """setWebhook: HTTPS on 80/88/443/8443 only; an empty url removes the webhook."""
        url = str(params.get("url") or "")
        if not url:
            return self.delete_webhook(params)
        match = re.match(r"^https://[^/:]+(?::(\d+))?(/.*)?$", url)
        if match is None:
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if match.group(1) and int(match.group(1)) not in _WEBHOOK_PORTS:
            raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET.match(str(secret)):
            raise bad_request("secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {k: params[k] for k in
                         ("url", "secret_token", "max_connections", "allowed_updates", "ip_address")
                         if params.get(k) is not None}
        return True

    def delete_webhook(self, params: dict) -> bool:
        """deleteWebhook (optionally dropping pending updates)."""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {}
        return True

    def get_webhook_info(self, params: dict) -> dict:
        """getWebhookInfo."""
        info = {"url": self._webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}
        for key in ("max_connections", "allowed_updates", "ip_address"):
            if key in self._webhook:
                info[key] = self._webhook[key]
        return info

    def set_my_commands(self, params: dict) -> bool:
        """setMyCommands, stored per scope and language."""
        commands = params.get("commands") or []
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not _COMMAND.match(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        self._commands[key] = copy.deepcopy(commands)
        return True

    def delete_my_commands(self, params: dict) -> bool:
        """deleteMyCommands."""
        self._commands.pop(self._commands_key(params.get("scope"), params.get("language_code")), None)
        return True

    def get_my_commands(self, params: dict) -> list:
        """getMyCommands."""
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        return copy.deepcopy(self._commands.get(key, []))

    def send_chat_action(self, params: dict) -> bool:
        """sendChatAction."""
        self._chat_id(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True


