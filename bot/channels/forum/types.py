"""Neutral records of the forum hooks: a post from any forum, where to post back, and the settings.

Every forum adapter (Discourse webhook, generic webhook, Moodle poller) turns what it receives into a
`ForumPost`; everything after that (moderation, the Tutor, similar threads, tickets) is the same.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime

from bot.clock import UTC, as_utc
from bot.masking import mask_post
from bot.settings import Settings

MAX_TEXT = 20_000  # characters of a post kept once masked (moderation reads the whole post first)
MAX_TITLE = 255

DISCOURSE, MOODLE, GENERIC = "discourse", "moodle", "forum"  # outbox channels
FORUM_CHANNELS = (DISCOURSE, MOODLE, GENERIC)


def parse_time(value: object) -> datetime | None:
    """An aware UTC datetime from an ISO string, a Unix timestamp or a datetime; None when unreadable
    (also NaN, infinities and instants a datetime cannot hold, such as 1e20 or -1e12)."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, datetime):
            moment = value
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            stamp = float(value)
            if not math.isfinite(stamp):
                return None
            moment = datetime.fromtimestamp(stamp, UTC)
        elif isinstance(value, str):
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        else:
            return None
        return as_utc(moment)
    except (ValueError, OverflowError, OSError):
        return None


@dataclass(frozen=True)
class ForumPost:
    """One post from a forum, whatever the forum.

    Example: ``ForumPost(forum="discourse", channel="discourse", thread_id="11", post_id="101",
    author="samira", title="Évaluation", text="Comment ...?", is_first=True, post_number=1)``
    """

    forum: str
    channel: str
    thread_id: str
    post_id: str
    author: str
    text: str
    title: str = ""
    is_first: bool = True
    reply_to: str | None = None
    created_at: datetime | None = None
    url: str = ""
    callback_url: str = ""
    post_number: int | None = None
    edited: bool = False
    stale: bool = False
    topic_only: bool = False

    @property
    def thread_key(self) -> str:
        """The recipient used in tickets and the outbox: ``<forum>/<thread id>``."""
        return thread_key(self.forum, self.thread_id)

    @property
    def user_key(self) -> str:
        """The user's external id on the channel: ``<forum>:<author>``."""
        return f"{self.forum}:{self.author}"[:128]

    def to_payload(self) -> dict:
        """A JSON-ready dict (stored in the forum inbox)."""
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat() if self.created_at else None
        return data

    @classmethod
    def from_payload(cls, data: dict) -> ForumPost:
        """The post stored by `to_payload`."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["created_at"] = parse_time(values.get("created_at"))
        return cls(**values)

    def masked(self, lang: str | None = None) -> ForumPost:
        """A copy with personal data masked in its title and text, then cut to size (never cut before masking);
        `lang` is the language moderation detected (None: read from the text)."""
        title, text = mask_post(self.title, self.text, lang)
        return replace(self, title=title[:MAX_TITLE], text=text[:MAX_TEXT])

    def with_stale(self, stale: bool) -> ForumPost:
        """A copy marked stale (older than the replay window: indexed, never answered publicly)."""
        return replace(self, stale=stale)


def thread_key(forum: str, thread_id: str) -> str:
    """``<forum>/<thread id>``: how tickets and the outbox name a forum thread."""
    return f"{forum}/{thread_id}"[:128]


def split_thread_key(key: str) -> tuple[str, str]:
    """(forum, thread id) from a thread key."""
    forum, _, thread_id = key.partition("/")
    return forum, thread_id


@dataclass(frozen=True)
class ForumTarget:
    """Where a message goes back: a thread, the post it answers, and that post's author."""

    forum: str
    thread_id: str
    post_id: str = ""
    post_number: int | None = None
    author: str = ""
    title: str = ""
    callback_url: str = ""


@dataclass(frozen=True)
class ForumConfig:
    """Forum settings: the `RAFIQ_*` values plus forum knobs (read with defaults when not in Settings).

    Example: ``ForumConfig.from_settings(settings, workers=2)`` (whether to answer publicly is the
    Tutor's decision: RAFIQ_FORUM_AUTO_REPLY and RAFIQ_FORUM_MIN_CONFIDENCE reach it, not this)
    """

    discourse_url: str = ""
    discourse_api_key: str = ""
    discourse_api_username: str = "rafiq"
    discourse_secret: str = ""
    generic_secret: str = ""
    moodle_url: str = ""
    moodle_token: str = ""
    moodle_forum_ids: tuple[int, ...] = ()
    unanswered_hours: float = 48.0
    unanswered_within_days: float = 14.0  # older threads (a first poll's backlog) never become tickets
    max_body_bytes: int = 256 * 1024
    rate_per_minute: int = 300        # accepted webhooks per forum per minute (burst of the same size)
    max_age_hours: float = 24.0       # older posts on first sight are indexed but not answered
    timestamp_window_s: int = 300     # generic webhook: |now - X-Rafiq-Timestamp| allowed
    future_skew_s: float = 300.0      # a created_at further ahead than this is taken as the time received
    similar_k: int = 3
    similar_threshold: float = 0.92
    workers: int = 2
    moodle_interval_s: float = 60.0
    unanswered_interval_s: float = 300.0
    outbox_interval_s: float = 0.5
    http_timeout_s: float = 10.0
    lease_s: float = 30.0             # an event claimed by a worker that stops renewing it is taken by another
    pickup_interval_s: float = 10.0   # how often a worker looks for events left pending or with an expired lease
    retry_delay_s: float = 5.0        # a failed event is tried again after this (3 attempts in all)
    retention_days: float = 30.0      # processed events keep their (masked) payload this long
    purge_interval_s: float = 3600.0

    @classmethod
    def from_settings(cls, settings: Settings, **overrides) -> ForumConfig:
        """The configuration from the settings (`forum_*` extras read when present), then `overrides`."""
        ids = tuple(int(x) for x in str(settings.moodle_forum_ids or "").replace(" ", "").split(",")
                    if x.strip().isdigit())
        values = {
            "discourse_url": settings.discourse_url.rstrip("/"),
            "discourse_api_key": settings.discourse_api_key,
            "discourse_api_username": settings.discourse_api_username,
            "discourse_secret": settings.discourse_webhook_secret,
            "generic_secret": settings.forum_webhook_secret,
            "moodle_url": settings.moodle_url.rstrip("/"),
            "moodle_token": settings.moodle_token,
            "moodle_forum_ids": ids,
            "unanswered_hours": settings.forum_unanswered_hours,
            "retention_days": settings.retention_days,
        }
        for f in fields(cls):  # optional knobs, e.g. RAFIQ_FORUM_AUTO_REPLY once Settings declares it
            extra = getattr(settings, f"forum_{f.name}", None)
            if f.name not in values and extra is not None:
                values[f.name] = extra
        values.update(overrides)
        return cls(**values)

    @property
    def discourse_ready(self) -> bool:
        """True when replies can be posted to Discourse."""
        return bool(self.discourse_url and self.discourse_api_key)

    @property
    def moodle_ready(self) -> bool:
        """True when the Moodle forums can be polled."""
        return bool(self.moodle_url and self.moodle_token and self.moodle_forum_ids)

    @property
    def configured(self) -> bool:
        """True when at least one forum is set up."""
        return bool(self.discourse_secret or self.generic_secret or self.moodle_ready)
