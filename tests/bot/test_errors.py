"""One exception tree: every class Rafiq raises on purpose is a `RafiqError`, reachable from `bot.errors`."""
from __future__ import annotations

import pytest

import bot.errors as errors
from bot.errors import (CorpusError, DeliveryError, FaqError, ForumApiError, MoodleError, RafiqError, TicketError,
                        WebhookRejected)


def test_every_class_of_the_tree_is_a_rafiq_error_and_keeps_its_old_bases():
    classes = [getattr(errors, name) for name in errors.__all__]
    assert all(issubclass(cls, RafiqError) for cls in classes), classes
    assert issubclass(CorpusError, ValueError) and issubclass(FaqError, ValueError)
    assert issubclass(errors.IndexMismatchError, errors.IndexLoadError)
    assert issubclass(MoodleError, ForumApiError) and issubclass(ForumApiError, DeliveryError)


def test_the_old_homes_still_export_the_same_classes():
    from bot.channels.forum.webhooks import WebhookRejected as from_webhooks
    from bot.escalation import TicketError as from_escalation
    from bot.knowledge import FaqError as from_knowledge
    from bot.store.outbox import DeliveryError as from_outbox
    from moderation.model import ModelError
    from retrieval.embedders import EmbedderError
    from retrieval.index import IndexMismatchError

    assert (from_webhooks, from_escalation, from_knowledge, from_outbox) == (
        WebhookRejected, TicketError, FaqError, DeliveryError)
    assert (ModelError, EmbedderError, IndexMismatchError) == (
        errors.ModelError, errors.EmbedderError, errors.IndexMismatchError)


def test_a_moodle_error_is_permanent_unless_a_retry_or_a_new_token_can_cure_it():
    assert MoodleError("invalidrecord", "mod_forum_add_discussion_post: no post 9").permanent
    assert not MoodleError("invalidtoken", "core_webservice_get_site_info: bad token").permanent
    assert MoodleError("http_error", "x: HTTP 502", 502).status == 502


def test_messages_name_the_ticket_and_the_field(store):
    from bot.escalation import TicketRequest, TicketService
    from bot.knowledge import entry_from_fields

    tickets = TicketService(store)
    ticket, _ = tickets.open(TicketRequest("telegram", "42", "Quand ?", "fr", "human"))
    with pytest.raises(TicketError, match=rf"ticket #{ticket.id}: the answer of 'karim' is empty") as caught:
        tickets.answer(ticket.id, "karim", "  ")
    assert caught.value.ticket_id == ticket.id
    with pytest.raises(TicketError, match=r"ticket #999 cannot be answered by 'karim'"):
        tickets.answer(999, "karim", "En juin.")
    with pytest.raises(FaqError, match=r"faq_too_long: fr: question 301/300") as too_long:
        entry_from_fields(7, {"question_fr": "q" * 301, "answer_fr": "En juin."})
    assert too_long.value.code == "faq_too_long"


def test_a_refused_webhook_reads_well_in_a_log():
    assert str(WebhookRejected(429, "rate_limited", "err_rate_limited", {"seconds": 7})) == \
        "429 rate_limited {'seconds': 7}"


def test_the_drawn_tree_names_every_rafiq_error_in_the_code():
    """bot/errors.py's docstring is the map of the tree: a class deriving from RafiqError anywhere must be on it."""
    import ast
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    drawn = set(re.findall(r"(\w+)\b", errors.__doc__.split("::", 1)[1].split("\n\n", 2)[1]))
    classes = {node.name for package in ("bot", "corpus", "retrieval", "moderation")
               for path in (root / package).rglob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.ClassDef) and (node.name.endswith("Error") or node.name == "WebhookRejected")}
    assert "RafiqError" in drawn and sorted(classes - drawn) == []
