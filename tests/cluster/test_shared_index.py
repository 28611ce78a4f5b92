"""A FAQ entry or a question key added on one worker is searchable on every worker without a rebuild.

Each worker polls the shared change log every 0.5 s (`bot.index_sync.SYNC_INTERVAL_S`); these tests wait for
the change to arrive (a generous bound, so a loaded machine does not fail them) and never time it."""
from __future__ import annotations

import asyncio

import pytest
from fastapi.testclient import TestClient

from bot.channels.web import create_app
from bot.escalation import TicketRequest
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient
from tests.channels.forum_support import wait_until

pytestmark = pytest.mark.postgres

Q_FR = "Les frais de déplacement pour la journée présentielle au CRMEF sont-ils remboursés ?"
A_FR = ("Oui. Remplissez le formulaire de remboursement remis par votre centre, joignez vos titres de "
        "transport, et déposez le tout au secrétariat dans les quinze jours qui suivent la journée.")


def test_a_faq_entry_published_on_worker_a_is_answered_by_worker_b(make_worker):
    a, b = make_worker("a", console_tokens=ACCOUNTS), make_worker("b", console_tokens=ACCOUNTS)
    ticket, _ = a.tickets.open(TicketRequest("telegram", "42", Q_FR, "fr", "low_confidence"))
    with TestClient(create_app(a, warm=False), base_url="http://127.0.0.1") as on_a, \
            TestClient(create_app(b, warm=False), base_url="http://127.0.0.1") as on_b:
        nadia = ConsoleClient(on_a, "nadia")
        done = nadia.post(f"/console/tickets/{ticket.id}/faq", question_fr=Q_FR, answer_fr=A_FR)
        assert "m=faq_added" in done.headers["location"]
        wait_until(lambda: b.index_sync.applied > 0)  # B's own sync worker, started with its app
        r = on_b.post("/api/ask", json={"text": Q_FR})
        assert r.status_code == 200, r.text
        assert [c["id"] for c in r.json()["citations"]][:1] == [f"faq-t{ticket.id}"], r.json()
        page = ConsoleClient(on_b, "nadia").client.get(f"/console/tickets/{ticket.id}")
        assert page.status_code == 200


async def test_an_approved_key_on_worker_a_is_searchable_on_worker_b_without_a_rebuild(make_worker, monkeypatch):
    from bot.question_keys import approve
    from bot.store.schema import KeyProposal

    a, b = make_worker("a"), make_worker("b")
    key = "comment noter le billet de sortie pendant la séance"
    user = a.store.get_or_create_user("web", "anon-1")
    with a.store.session() as s:
        row = KeyProposal(user_id=user.id, section_id="ass-formative", lang="fr", question=key, normalized=key)
        s.add(row)
        s.flush()
        number = row.id
    embedded: list[str] = []  # what both workers embed (they share the embedder): the changed section, each once
    real = b.engine.embedder.embed_passages
    monkeypatch.setattr(b.engine.embedder, "embed_passages", lambda texts: embedded.extend(texts) or real(texts))
    total = len(b.engine.index.chunks)
    await b.index_sync.start()
    try:
        assert approve(a.store, a.engine, a.settings.corpus_dir, number, "karim") is not None
        await asyncio.to_thread(wait_until, lambda: b.index_sync.applied > 0)
        questions = [c.text for c in b.engine.index.chunks if c.section_id == "ass-formative" and not c.is_text]
        assert key in questions, "the key reached worker B's live index"
    finally:
        await b.index_sync.stop()
    section = [c for c in b.engine.index.chunks if c.section_id == "ass-formative" and c.lang == "fr"]
    assert 0 < len(embedded) == 2 * len(section) and len(section) < total, "applied incrementally, no rebuild"


def test_a_worker_started_later_serves_the_entries_published_elsewhere(make_worker):
    from bot.knowledge import KnowledgeBase, entry_from_fields
    from bot.index_sync import IndexChanges

    a = make_worker("a")
    KnowledgeBase(a.settings.corpus_dir, a.engine, IndexChanges(a.store)).promote(
        entry_from_fields(9, {"question_fr": Q_FR, "answer_fr": A_FR}))
    c = make_worker("c")  # another machine: its corpus has no faq-t9 file
    assert not (c.settings.corpus_dir / "faq" / "faq-t9.fr.md").exists()
    c.warm_up()
    assert c.engine.index.has_version("faq-t9", "fr")
    assert c.engine.search(Q_FR)[0].chunk.section_id == "faq-t9"
    assert c.index_sync.step() == 0, "nothing left to apply after the warm-up"


def test_a_follow_up_on_worker_b_is_read_against_the_exchange_on_worker_a(make_worker):
    from bot.types import Message

    a, b = make_worker("a"), make_worker("b")
    first = a.tutor.handle(Message(channel="web", user="anon-followup-18", text="Qu'est-ce que l'évaluation formative ?"))
    assert first.citations and first.citations[0].id == "ass-formative"
    again = b.tutor.handle(Message(channel="web", user="anon-followup-18", text="un exemple"))
    assert again.intent == "follow_up" and again.citations[0].id == "ass-formative", again.to_json()
