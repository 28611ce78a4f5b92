"""A ticket without a question vector (a held forum post, an appeal) never breaks later escalations."""
from __future__ import annotations

from sqlalchemy import text

from bot.escalation import TicketRequest, TicketService
from bot.types import Message

OUT_OF_SCOPE = "Quel est le tarif du train entre Oujda et Tanger ?"


def held_post_request() -> TicketRequest:
    return TicketRequest(channel="discourse", recipient="discourse/7#70#amine", question="[message retenu]",
                         lang="ar", reason="forum_review", vector=None)


def test_a_ticket_without_vector_is_stored_as_sql_null(store):
    tickets = TicketService(store)
    ticket, _ = tickets.open(held_post_request())
    with store.engine.connect() as c:
        assert c.execute(text("SELECT question_vector IS NULL FROM tickets WHERE id = :i"),
                         {"i": ticket.id}).scalar() == 1


def test_escalation_still_works_after_a_held_post_ticket(make_services):
    services = make_services()
    services.tutor.off_topic_tickets = True  # an unanswerable question becomes a ticket (with its vector)
    services.tickets.open(held_post_request())
    reply = services.tutor.handle(Message(channel="web", user="visitor-1", text=OUT_OF_SCOPE))
    assert reply.escalate and reply.ticket_id is not None


def test_rows_written_by_older_code_or_another_embedder_are_skipped(store):
    tickets = TicketService(store)
    first, _ = tickets.open(held_post_request())
    odd, _ = tickets.open(held_post_request())
    with store.engine.begin() as c:  # what the old code wrote, and a vector of another dimension
        c.execute(text("UPDATE tickets SET question_vector = 'null' WHERE id = :i"), {"i": first.id})
        c.execute(text("UPDATE tickets SET question_vector = '[0.5, 0.5]' WHERE id = :i"), {"i": odd.id})
    vector = tuple([1.0] + [0.0] * 383)
    same = TicketRequest(channel="telegram", recipient="42", question="q", lang="fr", reason="low_confidence",
                         vector=vector)
    ticket, created = tickets.open(same)
    assert created
    again, created_again = tickets.open(TicketRequest(channel="telegram", recipient="43", question="q",
                                                      lang="fr", reason="low_confidence", vector=vector))
    assert not created_again and again.id == ticket.id, "the same question still joins the open ticket"


def test_the_migration_turns_json_null_into_sql_null(tmp_path):
    from alembic import command
    from alembic.config import Config

    from bot.store import MIGRATIONS, Store

    store = Store(f"sqlite:///{tmp_path}/m.db")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", store.url)
    with store.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0004")
    with store.engine.begin() as c:
        c.execute(text("INSERT INTO tickets (channel, thread, question, lang, found, reason, priority, state, "
                       "question_vector, created_at, updated_at) VALUES ('discourse', 't', 'q', 'ar', '[]', "
                       "'forum_review', 2, 'open', 'null', '2026-12-01', '2026-12-01')"))
    store.migrate()
    with store.engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM tickets WHERE question_vector IS NULL")).scalar() == 1
    store.dispose()
