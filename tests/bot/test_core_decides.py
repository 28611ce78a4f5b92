"""The core decides, channels carry out (#13): which unanswered forum threads become tickets and why, which
question a request for a tutor hands over, and the user's row read once per message."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import event, select

from bot import forum_policy
from bot.channels.forum import service as forum_service
from bot.channels.forum.service import ForumService
from bot.channels.forum.types import ForumConfig
from bot.channels.telegram import actions
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.tutors import reason_text
from bot.store.schema import ForumThread, Interaction, OutboxMessage, Ticket, User
from bot.texts import t
from bot.types import Decision, Intent, Kind, Message, Reason

QUESTION = "Comment aider un stagiaire qui ne participe jamais aux activités proposées ?"
OUT_OF_SCOPE = "Quel est le tarif du train entre Oujda et Tanger ?"


def old_thread(services, thread_id: str = "71", hours: float = 50, vector: bool = True) -> None:
    """An open, visible thread nobody replied to, posted `hours` ago."""
    vec = np.ones(8, dtype=np.float32) / np.sqrt(8) if vector else None
    with services.store.session() as s:
        s.add(ForumThread(forum="discourse", channel="discourse", thread_id=thread_id, title="Participation",
                          text=QUESTION, url=f"https://forum.example.org/t/{thread_id}", lang="fr", author="hind",
                          vector=vec.tobytes() if vec is not None else None,
                          posted_at=datetime.now(UTC) - timedelta(hours=hours)))


# 1. unanswered forum threads ------------------------------------------------------------------------
def test_the_unanswered_window_is_the_cores():
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    assert forum_policy.unanswered_window(now, 48, 14) == (now - timedelta(hours=48), now - timedelta(days=14))


def test_the_forum_channel_hands_unanswered_threads_to_the_core(make_services, monkeypatch):
    services = make_services()
    forum = ForumService(services, ForumConfig.from_settings(services.settings))
    old_thread(services)
    calls = []
    real = forum_service.chase_unanswered

    def spy(tutor, message, thread):
        calls.append((message, thread.thread_id))
        return real(tutor, message, thread)

    monkeypatch.setattr(forum_service, "chase_unanswered", spy)
    [ticket_id] = forum.check_unanswered()
    [(message, thread_id)] = calls
    assert thread_id == "71" and message.text == QUESTION and message.thread == "discourse/71"
    assert forum.threads.get("discourse", "71").state == "escalated"
    assert forum.check_unanswered() == []  # the thread has its ticket now
    ticket = services.tickets.get(ticket_id)
    assert (ticket.reason, ticket.channel, ticket.thread, ticket.question, ticket.lang) == (
        "forum_unanswered", "discourse", "discourse/71", QUESTION, "fr")
    assert ticket.found[0]["kind"] == "thread" and ticket.found[0]["url"] == "https://forum.example.org/t/71"


def test_an_unanswered_thread_is_an_escalation_with_the_reason_enum(make_services):
    services = make_services()
    old_thread(services, vector=False)
    with services.store.session() as s:
        thread = s.scalar(select(ForumThread))
    message = Message(channel="discourse", user="discourse:hind", text=QUESTION, thread="discourse/71",
                      display_name="hind")
    decision = forum_policy.chase_unanswered(services.tutor, message, thread)
    assert decision.kind == Kind.ESCALATE and decision.reason is Reason.FORUM_UNANSWERED
    assert decision.ticket.reason is Reason.FORUM_UNANSWERED and decision.ticket_created
    with services.store.session() as s:
        assert s.scalars(select(Interaction)).all() == []  # a ticket only: the post came long ago
        assert s.get(Ticket, decision.ticket_id).question_vector is None  # no vector kept: none made up
        assert s.scalar(select(User)).external_id == "discourse:hind"


def test_tutor_cards_and_the_console_label_the_unanswered_reason_in_arabic_and_french():
    key = f"reason_{Reason.FORUM_UNANSWERED}"  # what the console's label() and the cards look up
    assert key == "reason_forum_unanswered"
    french, arabic = t(key, "fr"), t(key, "ar")
    assert french != arabic and key not in (french, arabic) and arabic.strip()
    assert reason_text(Reason.FORUM_UNANSWERED) == f"{french} · {arabic}"


# 2. a request for a tutor ---------------------------------------------------------------------------
def test_the_tutor_picks_the_question_a_request_hands_over(make_services):
    services = make_services()
    tutor = services.tutor

    def request(text: str = "", user: str = "601", interaction_id: int | None = None) -> Decision:
        return tutor.request_tutor(Message(channel="telegram", user=user, thread=user, text=text, lang_hint="fr"),
                                   Reason.HUMAN_REQUESTED, interaction_id)

    usage = request()
    assert usage.kind == Kind.ANSWER and usage.body == t("tutor_usage", "fr") and usage.ticket is None
    tutor.handle(Message(channel="telegram", user="601", thread="601", text=OUT_OF_SCOPE))
    tutor.handle(Message(channel="telegram", user="601", thread="601", text="Merci beaucoup !"))
    last = request()  # the latest question, not the thanks after it
    assert last.kind == Kind.ESCALATE and last.reason is Reason.HUMAN_REQUESTED
    assert services.tickets.get(last.ticket_id).question == OUT_OF_SCOPE
    typed = request("  Une autre question pour un tuteur ?  ")
    # short, it reads with the conversation: the card carries the question before it (tests/bot/test_ticket_context.py)
    assert services.tickets.get(typed.ticket_id).question.split("\n")[0] == "Une autre question pour un tuteur ?"
    with services.store.session() as s:
        mine = s.scalars(select(Interaction).where(Interaction.text == OUT_OF_SCOPE)).first().id
    assert request(user="602", interaction_id=mine).kind == Kind.IGNORE  # not theirs: expired
    assert request(user="602", interaction_id=mine).body == t("expired", "fr")
    assert request(interaction_id=10_000).body == t("expired", "fr")
    pressed = request(interaction_id=mine)
    assert pressed.ticket_id == last.ticket_id and not pressed.ticket_created  # the same question joins


def test_the_telegram_action_passes_what_was_typed_and_carries_out(make_services, monkeypatch):
    services = make_services()
    channel = TelegramChannel(services)
    seen = []

    def request_tutor(message, reason, interaction_id=None):
        seen.append((message.text, message.lang_hint, reason, interaction_id))
        return Decision(Kind.ANSWER, "usage text", "fr", Intent.HUMAN)

    monkeypatch.setattr(services.tutor, "request_tutor", request_tutor)
    monkeypatch.setattr(TelegramChannel, "last_question", lambda *a: pytest.fail("the channel chose a question"),
                        raising=False)
    assert actions.tutor_request(channel, 7, 601, 601, "Nadia", "fr", None) == "usage text"
    assert seen == [("", "fr", Reason.HUMAN_REQUESTED, None)]
    with services.store.session() as s:
        assert s.scalar(select(OutboxMessage.text).where(OutboxMessage.dedupe_key == "tg:7")) == "usage text"

    monkeypatch.setattr(services.tutor, "request_tutor",
                        lambda message, reason, iid=None: Decision(Kind.IGNORE, "expired text", "fr", Intent.HUMAN))
    assert actions.tutor_request(channel, 8, 601, 601, "Nadia", "fr", None, "not_helpful", 5) == "expired text"
    with services.store.session() as s:
        assert s.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == "tg:8")) is None


# 3. the user's row, read once --------------------------------------------------------------------------
def user_reads(services):
    """The SELECTs on `users` the store runs (a list that grows)."""
    reads: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM users" in statement:
            reads.append(statement)

    event.listen(services.store.engine, "before_cursor_execute", count)
    return reads


def test_a_known_trainers_row_is_read_once_by_the_tutor_and_the_recorder(make_services):
    services = make_services()
    services.tutor.handle(Message(channel="telegram", user="701", thread="701", text="Bonjour"))
    reads = user_reads(services)
    decision = services.tutor.handle(Message(channel="telegram", user="701", thread="701",
                                             text="Comment préparer une séance de formation ?"))
    assert decision.interaction_id and len(reads) == 1, reads
    with services.store.session() as s:
        assert len(s.scalars(select(User)).all()) == 1


def test_a_known_user_deleted_meanwhile_is_created_again_by_the_record(make_services):
    services = make_services()
    message = Message(channel="web", user="visitor-9", text="Bonjour")
    decision = Decision(Kind.ANSWER, "Bonjour !", "fr", Intent.GREETING)
    recorded = services.tutor.recorder.record(message, decision, "Bonjour", user_id=12345)
    with services.store.session() as s:
        user = s.scalar(select(User).where(User.external_id == "visitor-9"))
        assert s.get(Interaction, recorded.interaction_id).user_id == user.id


@pytest.mark.slow
def test_a_forum_question_runs_the_embedding_model_once(make_services):
    """The similar-thread vector and the search embed the same text (title and post); the model's query cache
    makes the second a lookup (a Darija post's search embeds its MSA rewrite: a second run, by design)."""
    from bot.channels.forum.pipeline import ForumProcessor
    from bot.channels.forum.threads import ThreadIndex
    from bot.channels.forum.types import ForumPost

    services = make_services()
    embedder = services.engine.embedder
    threads = ThreadIndex(services.store, embed=embedder.embed_query)
    processor = ForumProcessor(services, threads, ForumConfig.from_settings(services.settings))
    post = ForumPost(forum="discourse", channel="discourse", thread_id="5", post_id="501", author="hind",
                     title="Préparer une séance", text="Comment préparer une séance de formation ?")
    runs = embedder.queries.misses
    verdict = processor.moderate(post)  # the worker moderates first: the model runs here, on title and post
    assert processor.process(post, verdict) == "replied"
    assert embedder.queries.misses - runs == 1  # the similar-thread vector and the search: lookups


def test_a_telegram_question_reads_the_trainers_row_once_from_arrival_to_the_queued_reply(make_services):
    services = make_services()
    channel = TelegramChannel(services)
    channel.answer(1, Message(channel="telegram", user="702", thread="702", text="Bonjour"), 702)
    reads = user_reads(services)
    decision = channel.answer(2, Message(channel="telegram", user="702", thread="702",
                                         text="Comment préparer une séance de formation ?"), 702)
    assert decision.user_id is not None and len(reads) == 1, reads  # the Tutor's; the channel reuses it
    with services.store.session() as s:
        rows = s.scalars(select(OutboxMessage).where(OutboxMessage.dedupe_key == "tg:2")).all()
    assert rows and all(r.user_id == decision.user_id for r in rows)
