"""A forum question close to several sections (a clarifying question in a chat) becomes a draft for the tutors:
it was ignored, with no reply and no ticket until the unanswered check 48 hours later ("Je n'arrive pas à me
connecter depuis hier, aidez-moi svp", found by a newcomer)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.channels.forum.pipeline import ForumProcessor
from bot.channels.forum.threads import ThreadIndex
from bot.channels.forum.types import ForumConfig, ForumPost
from bot.store.schema import Ticket


@pytest.mark.slow
def test_a_question_close_to_several_sections_is_a_suggestion_for_the_tutors(full_services):
    services = full_services
    threads = ThreadIndex(services.store, embed=services.engine.embedder.embed_query)
    processor = ForumProcessor(services, threads, ForumConfig.from_settings(services.settings))
    post = ForumPost(forum="discourse", channel="discourse", thread_id="9", post_id="901", author="hind",
                     title="Connexion", text="Je n'arrive pas à me connecter depuis hier, aidez-moi svp")
    with services.store.session() as s:
        before = set(s.scalars(select(Ticket.id).where(Ticket.reason == "forum_suggestion")))
    assert processor.process(post, processor.moderate(post)) == "suggested"
    with services.store.session() as s:
        [ticket] = [t for t in s.scalars(select(Ticket).where(Ticket.reason == "forum_suggestion"))
                    if t.id not in before]
    draft = ticket.found[0]
    assert draft["kind"] == "suggestion" and draft["text"]
    assert "dig-etakwine-login-password" in [c["id"] for c in draft["citations"]]
