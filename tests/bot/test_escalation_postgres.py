"""The store on PostgreSQL: migrations and basics, and the one-winner claim under real concurrency.

Each test runs in its own schema (dropped afterwards). Skipped with a reason when no server answers
(set RAFIQ_TEST_PG_URL to point elsewhere).
"""
from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from bot.escalation import TicketRequest, TicketService
from bot.store.outbox import Outbox
from bot.privacy import ERASED, Forgetter
from bot.relay import AnswerRelay
from bot.store.schema import Base
from bot.store import Store
from tests.bot.escalation_helpers import assert_one_winner, pg_schema_url

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_store():
    url, drop = pg_schema_url()
    store = Store(url)
    try:
        store.migrate()
        yield store
    finally:
        store.dispose()
        drop()


def test_migrations_create_every_table_and_run_twice(pg_store):
    pg_store.migrate()  # idempotent
    tables = set(inspect(pg_store.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables and "alembic_version" in tables
    with pg_store.engine.connect() as conn:
        assert conn.execute(text("select current_schema()")).scalar().startswith("rafiq_t_")
        head = conn.execute(text("select version_num from alembic_version")).scalar()
    from alembic.script import ScriptDirectory
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "bot/store/migrations")
    assert head == ScriptDirectory.from_config(cfg).get_current_head()
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with pg_store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == [], \
            "bot/store/schema.py and the migrations agree on PostgreSQL"


def test_store_basics(pg_store):
    user = pg_store.get_or_create_user("telegram", "42", "Samira")
    assert pg_store.get_or_create_user("telegram", "42").id == user.id
    pg_store.update_user(user.id, lang="ar")
    assert pg_store.find_user("telegram", "42").lang == "ar"
    row = pg_store.add_interaction(user_id=user.id, channel="telegram", thread="42", text="سؤال",
                                   detected_lang="ar", reply_lang="ar", intent="question", reply_text="جواب",
                                   confidence=0.8, citations=[{"id": "ass-formative"}], escalate=False, reason="")
    assert pg_store.set_feedback(row.id, "up").feedback == "up"
    assert [i.text for i in pg_store.history(user.id)] == ["سؤال"]
    assert pg_store.first_time("telegram", "1001") and not pg_store.first_time("telegram", "1001")
    assert pg_store.claim_send("reminder:1") and not pg_store.claim_send("reminder:1")
    outbox = Outbox(pg_store)
    assert outbox.enqueue("k1", "telegram", "42", "hello") is not None
    assert outbox.enqueue("k1", "telegram", "42", "hello") is None
    assert outbox.pending_count("telegram") == 1
    tickets = TicketService(pg_store)
    ticket, _ = tickets.open(TicketRequest("telegram", "42", "سؤال خارج الدليل", "ar", "no_match",
                                           user_id=user.id, vector=(1.0, 0.0)))
    joined, created = tickets.open(TicketRequest("telegram", "43", "نفس السؤال", "ar", "no_match",
                                                 vector=(1.0, 0.0)))
    assert not created and joined.id == ticket.id
    tickets.answer(ticket.id, "karim", "الجواب")
    assert AnswerRelay(tickets, outbox).deliver(ticket.id) == 2
    report = Forgetter(pg_store, b"k" * 32).forget("telegram", user.external_id)
    assert report.found and report.deleted["users"] == 1 and report.deleted["interactions"] == 1
    assert tickets.get(ticket.id).question == ERASED and tickets.get(ticket.id).user_id is None
    assert [e.kind for e in tickets.history(ticket.id)] == ["open", "joined", "answered"]


def test_only_one_of_several_tutors_wins_a_claim_on_postgresql(pg_store):
    assert_one_winner(TicketService(pg_store), rounds=20, tutors=8)
