"""A FAQ entry published from a ticket keeps the trainer's own question as a key (session of 2026-12-07,
twenty-fifth): the tutor's rewording was its only question, and the very question that led to the entry went to a
tutor again."""
from __future__ import annotations

import httpx
import yaml

from bot.escalation import TicketRequest
from tests.channels.console_helpers import ConsoleClient
from tests.channels.test_console_hardening import faq_console  # noqa: F401 (the fixture)

ASKED = "Est-ce que les formateurs du CFIE auront une prime pour le tutorat du MOOC cette année ?"


def test_the_trainers_question_is_a_key_of_the_entry_published(faq_console):  # noqa: F811
    services, server = faq_console
    ticket, _ = services.tickets.open(TicketRequest("web", "trainer-prime-0001", ASKED, "fr", "no_match"))
    with httpx.Client(base_url=server.url, timeout=30) as client:
        ConsoleClient(client, "nadia").post(f"/console/tickets/{ticket.id}/faq", question_fr="Prime de tutorat ?",
                                            answer_fr="Aucune prime n'est prévue cette année.")
    text = (services.settings.corpus_dir / "faq" / f"faq-t{ticket.id}.fr.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---")[1])
    assert meta["questions"] == ["Prime de tutorat ?", ASKED], meta
    assert services.engine.index.has_version(f"faq-t{ticket.id}", "fr")


def test_a_question_too_long_or_the_same_adds_no_key():
    from bot.knowledge import FaqEntry, FaqVersion, with_asked
    entry = FaqEntry(3, (FaqVersion("fr", "Prime ?", "Non."),))
    assert with_asked(entry, "fr", "Prime ?") == entry and with_asked(entry, "fr", "x" * 400) == entry
    assert with_asked(entry, "ar", "منحة؟") == entry  # no Arabic version to add it to
