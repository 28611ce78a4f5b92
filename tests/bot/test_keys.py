"""Author references in the moderation log are keyed (HMAC with a server secret), not plain hashes."""
from __future__ import annotations

import hashlib
import stat

from sqlalchemy import select

from bot.keys import SECRET_FILE, pseudonym, server_secret
from bot.store.schema import ModerationEntry
from bot.settings import Settings
from bot.types import Message


def test_the_moderation_log_cannot_be_searched_by_hashing_a_known_id(make_services):
    services = make_services()
    services.tutor.handle(Message(channel="telegram", user="7301234567", text="Comment préparer une séance ?"))
    with services.store.session() as s:
        [entry] = list(s.scalars(select(ModerationEntry)))
    plain = hashlib.sha256(b"7301234567").hexdigest()
    assert entry.author and entry.author not in plain
    assert entry.author == pseudonym(server_secret(services.settings), "7301234567")


def test_the_secret_is_made_once_private_and_overridable(tmp_path):
    settings = Settings(data_dir=tmp_path)
    first = server_secret(settings)
    assert first == server_secret(settings) and len(first) >= 32
    assert stat.S_IMODE((tmp_path / SECRET_FILE).stat().st_mode) == 0o600
    assert server_secret(Settings(data_dir=tmp_path, secret_key="x" * 40)) == b"x" * 40
    assert pseudonym(first, "42") != pseudonym(b"another", "42")
