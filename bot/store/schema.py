"""The store's tables (SQLAlchemy 2 declarative). Migrations in `bot/store/migrations/` follow this file."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.clock import utcnow  # noqa: F401 (re-exported: the tables' default, imported from here by many)


class Base(DeclarativeBase):
    """Declarative base of every table."""


class User(Base):
    """A trainer (or forum participant) on one channel."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(128))
    display_name: Mapped[str] = mapped_column(String(128), default="")
    lang: Mapped[str | None] = mapped_column(String(8), nullable=True)
    centre: Mapped[str | None] = mapped_column(String(32), nullable=True)
    cohort: Mapped[str | None] = mapped_column(String(64), nullable=True)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    onboarding_step: Mapped[str] = mapped_column(String(32), default="new")
    reminders: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_nudge_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Interaction(Base):
    """One message and Rafiq's reply (the text is stored with personal data masked)."""

    __tablename__ = "interactions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    thread: Mapped[str] = mapped_column(String(128), default="")
    text: Mapped[str] = mapped_column(Text)
    detected_lang: Mapped[str] = mapped_column(String(16))
    reply_lang: Mapped[str] = mapped_column(String(8))
    intent: Mapped[str] = mapped_column(String(32))
    reply_text: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    citations: Mapped[list] = mapped_column(JSON, default=list)
    escalate: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(64), default="")
    feedback: Mapped[str | None] = mapped_column(String(8), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)


class Ticket(Base):
    """An escalation to human tutors."""

    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    interaction_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    channel: Mapped[str] = mapped_column(String(32))
    thread: Mapped[str] = mapped_column(String(128), default="")
    question: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    found: Mapped[list] = mapped_column(JSON, default=list)
    reason: Mapped[str] = mapped_column(String(64))
    priority: Mapped[int] = mapped_column(Integer, default=2)
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)
    claimed_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    answered_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    tutor_message_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    question_vector: Mapped[list | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    announced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class TicketFollower(Base):
    """A trainer waiting for a ticket's answer (the asker and anyone who asked the same later)."""

    __tablename__ = "ticket_followers"
    __table_args__ = (UniqueConstraint("ticket_id", "channel", "recipient"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=True)
    channel: Mapped[str] = mapped_column(String(32))
    recipient: Mapped[str] = mapped_column(String(128))
    lang: Mapped[str] = mapped_column(String(8))


class TicketEvent(Base):
    """One step in a ticket's life (opened, joined, claimed, answered, closed, reopened, announced, merged)."""

    __tablename__ = "ticket_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(128), default="")
    note: Mapped[str] = mapped_column(String(255), default="")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OutboxMessage(Base):
    """A message to deliver; written before delivery, marked delivered after."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(191), unique=True)
    channel: Mapped[str] = mapped_column(String(32), index=True)
    recipient: Mapped[str] = mapped_column(String(128))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_error: Mapped[str] = mapped_column(String(255), default="")
    external_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ProcessedEvent(Base):
    """An incoming update or webhook event already handled (dedupe by source and id)."""

    __tablename__ = "processed_events"
    __table_args__ = (UniqueConstraint("source", "event_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(64))
    event_id: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ModerationEntry(Base):
    """A moderation decision: reason, scores, cues and evidence; the masked text (never the unmasked one)
    only when a class was found, and the tutor's label when they overturned it (a training candidate)."""

    __tablename__ = "moderation_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    author: Mapped[str] = mapped_column(String(128))
    verdict: Mapped[str] = mapped_column(String(32), index=True)
    action: Mapped[str] = mapped_column(String(16))
    labels: Mapped[dict] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    lang: Mapped[str] = mapped_column(String(16), default="", server_default="")
    cues: Mapped[list | None] = mapped_column(JSON, nullable=True)
    evidence: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="", server_default="")
    overturned_to: Mapped[str | None] = mapped_column(String(32), nullable=True)
    overturned_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    overturned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    ref: Mapped[str | None] = mapped_column(String(191), nullable=True)  # the post ("<channel>:<post id>"), if any


class SendClaim(Base):
    """A scheduled send claimed once (reminders, nudges), so restarts and two workers never double it."""

    __tablename__ = "send_claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(191), unique=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ForumEvent(Base):
    """A forum webhook or polled post, written before it is processed (the forum inbox)."""

    __tablename__ = "forum_events"
    __table_args__ = (UniqueConstraint("source", "event_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(64))
    event_id: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(32), default="")
    last_error: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # the moderation verdict, stored once (a retry reuses it); SQL NULL until the post is moderated
    verdict: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    # a "working" event belongs to its worker until then (renewed while processing); a pending one waits
    # until then before it is tried again
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ForumThread(Base):
    """A forum thread: its question (masked), vector for similar threads, and whether anyone answered."""

    __tablename__ = "forum_threads"
    __table_args__ = (UniqueConstraint("forum", "thread_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    forum: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(32))
    thread_id: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(255), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(500), default="")
    lang: Mapped[str] = mapped_column(String(8), default="")
    author: Mapped[str] = mapped_column(String(128), default="")
    question_post_id: Mapped[str] = mapped_column(String(64), default="")
    post_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    callback_url: Mapped[str] = mapped_column(String(500), default="")
    vector: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    visible: Mapped[bool] = mapped_column(Boolean, default=True)
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)
    ticket_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    replied_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    posted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ForumCursor(Base):
    """Where a polled forum was read up to (e.g. a Moodle forum's last `timemodified`)."""

    __tablename__ = "forum_cursors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(128), unique=True)
    value: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TelegramInbox(Base):
    """A Telegram update written on receipt, before Telegram is told it arrived; deleted once handled.

    Updates still here at start-up were received but not handled (a crash): they are handled again.
    """

    __tablename__ = "telegram_inbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    update_id: Mapped[str] = mapped_column(String(32), unique=True)
    sender: Mapped[str] = mapped_column(String(32), default="", index=True)  # Telegram user id, for /forget
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    holder: Mapped[str] = mapped_column(String(64), default="")  # the worker handling it (several workers)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ConsoleSessionRow(Base):
    """A signed-in console session, known server-side so that logging out revokes it (`sid_hash` = sha256)."""

    __tablename__ = "console_sessions"
    sid_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account: Mapped[str] = mapped_column(String(128), index=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class FaqProposal(Base):
    """A tutor's FAQ entry for a ticket, waiting for the coordination to publish it (one per ticket)."""

    __tablename__ = "faq_proposals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), unique=True)
    fields: Mapped[dict] = mapped_column(JSON, default=dict)  # question_ar, answer_ar, question_fr, answer_fr
    proposed_by: Mapped[str] = mapped_column(String(128))
    proposed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)  # pending|published|declined
    decided_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class KeyProposal(Base):
    """A trainer's (masked) question proposed as a question key of the section whose answer they found helpful.

    `user_id` ties it to the trainer (/forget deletes it, approved or not); one row per (section, normalized
    question); a tutor approves (the key is then merged into the section at every warm-up) or rejects it."""

    __tablename__ = "key_proposals"
    __table_args__ = (UniqueConstraint("section_id", "normalized"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[str] = mapped_column(String(128))
    lang: Mapped[str] = mapped_column(String(8))
    question: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(String(400))
    interaction_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)  # pending|approved|rejected
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


from bot.store import cluster_schema  # noqa: E402,F401 (the shared tables join Base.metadata)
