"""The tables several workers share on one database (imported by `bot.store.schema`, migration 0010).

    index_changes   every FAQ entry or approved question key put into the index, in order: each worker
                    applies the rows it has not seen (`bot.index_sync`), a restart merges them
    job_leases      a named job (scheduler, SLA re-alerts, Moodle polling) runs on the one worker that
                    holds its lease; a dead worker's lease runs out and a live one takes it
    rate_hits       requests counted by the shared rate limiter (PostgreSQL only; SQLite keeps it in memory)
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.clock import utcnow
from bot.store.schema import Base


class IndexChange(Base):
    """Sections put into the live index by one worker (a FAQ entry, a section with a new key), for all."""

    __tablename__ = "index_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # faq | key
    section_id: Mapped[str] = mapped_column(String(128))
    sections: Mapped[list] = mapped_column(JSON, default=list)  # each language version, every field
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class JobLease(Base):
    """Who runs a named job, until when (renewed while alive)."""

    __tablename__ = "job_leases"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(128))
    lease_until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    acquired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RateHit(Base):
    """One request counted against a key (`scope:key`); rows older than the window are deleted."""

    __tablename__ = "rate_hits"
    __table_args__ = (Index("ix_rate_hits_key_at", "key", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(191))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
