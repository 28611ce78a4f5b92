"""The server secret and the keyed pseudonyms made with it.

The secret comes from `RAFIQ_SECRET_KEY`, or else from `$RAFIQ_DATA_DIR/secret.key`, created once with
32 random bytes and mode 0600. Several workers must share it: set `RAFIQ_SECRET_KEY` (or share the file).
It is never stored in the database, so a copy of the database alone cannot turn a Telegram id into
its moderation records. Example::

    secret = server_secret(settings)
    ref = pseudonym(secret, "7301234567")   # 32 hex characters, the same for the same id
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from bot.settings import Settings

SECRET_FILE = "secret.key"


def server_secret(settings: Settings) -> bytes:
    """The configured secret, or the one kept in the data folder (created on first use)."""
    if settings.secret_key:
        return settings.secret_key.encode("utf-8")
    path = Path(settings.data_dir) / SECRET_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text(encoding="utf-8").strip().encode("utf-8")


def pseudonym(secret: bytes, value: str) -> str:
    """A keyed reference to `value` (HMAC-SHA256, 32 hex characters)."""
    return hmac.new(secret, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:32]
