"""A coordinator takes a published FAQ entry back (found by a newcomer: a made-up entry, published by mistake,
was given to every trainer who asked near it and nothing in the console could take it back). Over real HTTP,
with the live index, the change log other workers read, and a restart."""
from __future__ import annotations

import httpx

from bot.escalation import TicketRequest
from bot.index_sync import IndexChanges, IndexSync
from bot.types import Message
from tests.bot.escalation_helpers import private_engine
from tests.channels.console_helpers import ConsoleClient
from tests.channels.test_console_hardening import A_FR, Q_FR, faq_console  # noqa: F401 (the fixture)


def ask(services, user: str):
    return services.tutor.handle(Message(channel="telegram", user=user, thread=user, text=Q_FR))


def test_a_coordinator_withdraws_an_entry_and_rafiq_stops_answering_with_it(faq_console):  # noqa: F811
    services, server = faq_console
    ticket, _ = services.tickets.open(TicketRequest("telegram", "42", Q_FR, "fr", "low_confidence"))
    entry = services.settings.corpus_dir / "faq" / f"faq-t{ticket.id}.fr.md"
    with httpx.Client(base_url=server.url, timeout=30) as a, httpx.Client(base_url=server.url, timeout=30) as b:
        nadia, karim = ConsoleClient(a, "nadia"), ConsoleClient(b, "karim")
        nadia.post(f"/console/tickets/{ticket.id}/faq", question_fr=Q_FR, answer_fr=A_FR)
        services.engine._threshold_override = 0.0  # Rafiq answers whatever it finds (the fixture's is above all)
        assert ask(services, "901").citations[0].id == f"faq-t{ticket.id}", "else this checks nothing"
        assert 'id="faq-withdraw"' in nadia.client.get(f"/console/tickets/{ticket.id}").text
        assert 'id="faq-withdraw"' not in karim.client.get(f"/console/tickets/{ticket.id}").text
        assert karim.post(f"/console/tickets/{ticket.id}/faq/withdraw").status_code == 403  # a tutor may not
        assert entry.exists()
        done = nadia.post(f"/console/tickets/{ticket.id}/faq/withdraw")
        assert done.headers["location"].endswith("m=faq_withdrawn")
        again = nadia.post(f"/console/tickets/{ticket.id}/faq/withdraw")
        assert again.headers["location"].endswith("m=faq_not_published")
    assert not entry.exists()
    after = ask(services, "902")
    assert not any(c.id.startswith("faq-t") for c in after.citations + after.options), after.to_json()
    assert "faq_withdrawn" in [e.kind for e in services.tickets.history(ticket.id)]
    with httpx.Client(base_url=server.url, timeout=30) as client:
        page = ConsoleClient(client, "nadia").client.get(f"/console/tickets/{ticket.id}").text
    assert "retiré de la FAQ" in page and ">faq_withdrawn<" not in page  # the history names the step
    assert all(s.id != f"faq-t{ticket.id}" for s in IndexChanges(services.store).faq_sections())  # not at a restart


def test_another_worker_drops_the_withdrawn_entry_too(faq_console, tmp_path, mini_corpus_dir, mini_engine,  # noqa: F811
                                                      embedder):
    services, server = faq_console
    other, _ = private_engine(tmp_path / "other", mini_corpus_dir, embedder, mini_engine.index_dir)
    sync = IndexSync(IndexChanges(services.store), other)  # the same database, an engine of its own
    sync.after = IndexChanges(services.store).last_id()
    ticket, _ = services.tickets.open(TicketRequest("telegram", "43", Q_FR, "fr", "low_confidence"))
    with httpx.Client(base_url=server.url, timeout=30) as client:
        nadia = ConsoleClient(client, "nadia")
        nadia.post(f"/console/tickets/{ticket.id}/faq", question_fr=Q_FR, answer_fr=A_FR)
        sync.step()
        assert f"faq-t{ticket.id}" in {c.section_id for c in other.index.chunks}, "else this checks nothing"
        nadia.post(f"/console/tickets/{ticket.id}/faq/withdraw")
    sync.step()
    assert f"faq-t{ticket.id}" not in {c.section_id for c in other.index.chunks}
