"""The store: SQLAlchemy 2 over SQLite (default) or PostgreSQL, schema by Alembic migrations.

Example::

    store = Store("sqlite:///var/rafiq.db"); store.migrate()
    with store.session() as s: ...
"""
from __future__ import annotations

import ast
import logging
import threading
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.store.schema import Interaction, OutboxMessage, ProcessedEvent, SendClaim, User, utcnow

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK = 0x5241464951_18  # an advisory lock key: one worker migrates at a time (the others then find it done)
_PARSING = threading.Lock()  # CPython 3.11 can raise SystemError when threads build ASTs at once (gh-106905)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted rows are zeroed in the file, not left in free pages
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def migration_heads(folder: Path = MIGRATIONS / "versions") -> set[str]:
    """The head revisions of the migration files, read from their `revision` and `down_revision`
    assignments without importing Alembic; empty when a file cannot be read that way (Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in folder.glob("*.py"):
        if path.name == "__init__.py":
            continue
        found: dict[str, object] = {}
        try:
            with _PARSING:
                tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in tree.body:
                target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else \
                    node.target if isinstance(node, ast.AnnAssign) else None
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and node.value:
                    found[target.id] = ast.literal_eval(node.value)
        except (OSError, SyntaxError, ValueError):
            return set()
        revision, down = found.get("revision"), found.get("down_revision")
        if not isinstance(revision, str) or "down_revision" not in found:
            return set()
        revisions.add(revision)
        parents.update([down] if isinstance(down, str) else list(down or ()))
    return revisions - parents


class Store:
    """Users, history, tickets, outbox and dedupe records, behind one small API."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        """Bring the schema to the latest migration (Alembic is not even imported when it is there already:
        importing it costs 0.2-0.5 s of every command)."""
        heads = migration_heads()
        if heads and self.revisions() == heads:
            log.debug("database schema at %s: nothing to migrate", ", ".join(sorted(heads)))
            return
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        with self.engine.begin() as connection:
            if connection.dialect.name == "postgresql":  # workers starting together migrate one at a time
                connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")

    def revisions(self) -> set[str]:
        """The migrations the database is at (empty when it has none, or cannot say)."""
        try:
            with self.engine.connect() as connection:
                return {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
        except SQLAlchemyError:
            return set()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed on success, rolled back on error."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except Exception:
                s.rollback()
                raise

    def checkpoint(self) -> None:
        """SQLite: copy the WAL into the database and truncate it, so deleted rows leave no old copy
        in the WAL file (secure_delete zeroes them in the database itself). A no-op elsewhere."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    # users -----------------------------------------------------------------------------------
    def get_or_create_user(self, channel: str, external_id: str, display_name: str = "") -> User:
        """The user for this channel and id, created on first contact."""
        with self.session() as s:
            user = s.scalar(select(User).where(User.channel == channel, User.external_id == external_id))
            if user is not None:
                return user
        try:
            with self.session() as s:
                user = User(channel=channel, external_id=external_id, display_name=display_name[:128])
                s.add(user)
            return user
        except IntegrityError:  # created by a concurrent request
            with self.session() as s:
                return s.scalar(select(User).where(User.channel == channel, User.external_id == external_id))

    def find_user(self, channel: str, external_id: str) -> User | None:
        """The user, or None."""
        with self.session() as s:
            return s.scalar(select(User).where(User.channel == channel, User.external_id == external_id))

    def update_user(self, user_id: int, **fields) -> None:
        """Set fields of a user."""
        with self.session() as s:
            s.execute(update(User).where(User.id == user_id).values(**fields))

    # history ---------------------------------------------------------------------------------
    def add_interaction(self, **fields) -> Interaction:
        """Store one message and its reply."""
        with self.session() as s:
            row = Interaction(**fields)
            s.add(row)
            s.execute(update(User).where(User.id == fields["user_id"]).values(last_seen_at=utcnow()))
        return row

    def set_feedback(self, interaction_id: int, value: str) -> Interaction | None:
        """Record helpful / not helpful on an answer."""
        with self.session() as s:
            row = s.get(Interaction, interaction_id)
            if row is not None:
                row.feedback = value
            return row

    def interaction(self, interaction_id: int) -> Interaction | None:
        """One interaction, or None."""
        with self.session() as s:
            return s.get(Interaction, interaction_id)

    def history(self, user_id: int, limit: int = 50) -> list[Interaction]:
        """A user's latest interactions, newest first."""
        with self.session() as s:
            return list(s.scalars(select(Interaction).where(Interaction.user_id == user_id)
                                  .order_by(Interaction.id.desc()).limit(limit)))

    def mailbox(self, channel: str, recipient: str, after: int = 0, limit: int = 50) -> list[OutboxMessage]:
        """A recipient's outbox rows not yet given up (pending or delivered) newer than `after`, oldest first."""
        with self.session() as s:
            return list(s.scalars(
                select(OutboxMessage).where(OutboxMessage.channel == channel, OutboxMessage.recipient == recipient,
                                            OutboxMessage.id > after,
                                            OutboxMessage.state.in_(("pending", "delivered")))
                .order_by(OutboxMessage.id).limit(limit)))

    # dedupe ----------------------------------------------------------------------------------
    def first_time(self, source: str, event_id: str) -> bool:
        """Record an event id; False when it was already seen (the caller must skip it)."""
        try:
            with self.session() as s:
                s.add(ProcessedEvent(source=source, event_id=str(event_id)))
            return True
        except IntegrityError:
            return False

    def claim_send(self, key: str, user_id: int | None = None) -> bool:
        """Claim a scheduled send once across restarts and workers; False when already claimed."""
        try:
            with self.session() as s:
                s.add(SendClaim(key=key, user_id=user_id))
            return True
        except IntegrityError:
            return False

    def claimed(self, keys: list[str]) -> set[str]:
        """Those of `keys` already claimed with `claim_send`."""
        with self.session() as s:
            return set(s.scalars(select(SendClaim.key).where(SendClaim.key.in_(list(keys)))))

    def now(self) -> datetime:
        """Now in UTC (one place, so tests can reason about it)."""
        return utcnow()
