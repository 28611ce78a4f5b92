"""Outbox payloads: what each kind of outgoing message carries, built and read here only.

    writer ──ChatMessage / ForumMessage / TutorRelay──► .to_json() ──► outbox row (JSON) ──► from_json ──► sender

The stored JSON is what it always was (the same keys, an unset field left out), so rows written before
these classes existed read the same; keys a class does not know are ignored when reading (a `TutorRelay`
row reads as the `ChatMessage` or `ForumMessage` of its follower's channel). A private forum recipient,
``<forum>/<thread>#<post>#<author>``, is a `ForumRecipient`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

Run = tuple[str, "str | None"]  # a piece of text and its style (see bot/channels/telegram/render.py)
RECIPIENT_MAX = 128


def _json(obj: Any, always: tuple[str, ...] = ()) -> dict:
    """The fields set (not None, not empty, not False), plus `always`, in declaration order."""
    out = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name in always or value not in (None, "", (), [], {}, False):
            out[f.name] = [list(r) for r in value] if f.name == "runs" else value
    return out


def _known(cls: type, data: dict | None) -> dict:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in (data or {}).items() if k in names}


@dataclass(frozen=True)
class ChatMessage:
    """A message to a chat (Telegram; the web mailbox reads `kind` and `lang`).

    `runs` styled text (else the row's plain text), `keyboard` rows of ``{"label", "action"}`` or `buttons`
    (a flat list, one a row), `photo` a Telegram file id, `reply_to` a message id, `op` "send" or "edit"
    (with `message_id`; `fallback_send`: a new message when the edit is refused), `key` the dedupe key
    (remembers which parts of a long message went out), `kind` and `ticket_id` (a "ticket_card": its
    message id is recorded on the ticket once delivered), `erase_after_delivery` (deleted once sent).
    """

    key: str = ""
    runs: tuple[Run, ...] | None = None
    lang: str | None = None
    op: str = ""
    message_id: int | None = None
    fallback_send: bool = False
    erase_after_delivery: bool = False
    kind: str = ""
    ticket_id: int | None = None
    keyboard: list[list[dict]] | None = None
    buttons: list[dict] | None = None
    photo: str = ""
    reply_to: int | None = None

    @property
    def is_edit(self) -> bool:
        """True for an edit of a message already sent."""
        return self.op == "edit"

    def to_json(self) -> dict:
        """The stored form (`runs` and `lang` kept, even empty, when runs are given: as the channel wrote it)."""
        return _json(self, ("runs", "lang") if self.runs is not None else ())

    @classmethod
    def from_json(cls, data: dict | None) -> ChatMessage:
        """Read a stored payload (unknown keys ignored)."""
        known = _known(cls, data)
        if known.get("runs") is not None:
            known["runs"] = tuple((r[0], r[1] if len(r) > 1 else None) for r in known["runs"])
        return cls(**known)


class ForumKind(StrEnum):
    """What a forum outbox row asks the forum's poster to do."""

    REPLY = "reply"  # Rafiq's public answer in the thread
    NOTIFY = "notify"  # a notice to the post's author (held post, distress, masking)
    FLAG = "flag"  # flag the post for the forum's moderators (`verdict`)
    TUTOR_ANSWER = "tutor_answer"  # a tutor's answer, relayed (queued by `AnswerRelay`)
    TUTOR_CORRECTION = "tutor_correction"
    TUTOR_CLOSED = "tutor_closed"


@dataclass(frozen=True)
class ForumMessage:
    """A message to a forum: `target` (a `ForumTarget`'s fields) names the post precisely, else the
    recipient's thread is looked up."""

    kind: str = ForumKind.REPLY
    target: dict | None = None
    lang: str | None = None
    verdict: str = ""
    ticket_id: int | None = None

    def to_json(self) -> dict:
        """The stored form (`kind` always)."""
        return _json(self, ("kind",))

    @classmethod
    def from_json(cls, data: dict | None) -> ForumMessage:
        """Read a stored payload: a missing kind is a reply, a missing language French."""
        return cls(**{"lang": "fr", **_known(cls, data)})


@dataclass(frozen=True)
class TutorRelay:
    """A tutor's answer, correction or close relayed to one follower of a ticket, on any channel."""

    kind: str  # "tutor_answer", "tutor_correction", "tutor_closed"
    ticket_id: int
    lang: str
    photo: str = ""  # a Telegram file id (only to a follower on the channel the photo came from)

    def to_json(self) -> dict:
        """The stored form."""
        return _json(self, ("kind", "ticket_id", "lang"))


@dataclass(frozen=True)
class ForumRecipient:
    """An outbox recipient on a forum: ``<forum>/<thread>`` (the thread), or
    ``<forum>/<thread>#<post>#<author>`` (that post's author alone: a private message)."""

    forum: str
    thread_id: str
    post_id: str = ""
    author: str = ""
    private: bool = field(default=False)

    @classmethod
    def parse(cls, recipient: str) -> ForumRecipient:
        """Read a recipient string (the inverse of `str`)."""
        thread, _, rest = recipient.partition("#")
        forum, _, thread_id = thread.partition("/")
        post_id, _, author = rest.partition("#")
        return cls(forum, thread_id, post_id, author, private=bool(rest))

    @classmethod
    def author_of(cls, thread_key: str, post_id: str, author: str) -> ForumRecipient:
        """The private recipient of one post's author in the thread ``<forum>/<thread>``."""
        forum, _, thread_id = thread_key.partition("/")
        return cls(forum, thread_id, str(post_id), author, private=True)

    @property
    def thread_key(self) -> str:
        """``<forum>/<thread>``."""
        return f"{self.forum}/{self.thread_id}"

    def __str__(self) -> str:
        text = f"{self.thread_key}#{self.post_id}#{self.author}" if self.private else self.thread_key
        return text[:RECIPIENT_MAX]
