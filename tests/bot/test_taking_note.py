""""ok" is taking note, not a question (found by a newcomer: after an answer, "ok" got the next part of it; alone,
"Je ne vois pas encore ce que vous cherchez sur « ok »"; the coordinators' gaps page listed "ok" as a guide gap)."""
from __future__ import annotations

import pytest

from bot.roles.intents import THANKS, acknowledged_only, polite_only, thanks_reply
from bot.texts import t
from bot.types import Intent
from tests.bot.helpers import say


@pytest.mark.parametrize("text", ["ok", "Ok.", "d'accord", "c'est clair", "okay parfait", "واخا", "wakha", "tamam"])
def test_taking_note_is_heard_as_such(text):
    assert acknowledged_only(text) and polite_only(text) == THANKS and thanks_reply(text) == "acknowledged"


@pytest.mark.parametrize("text", ["ok mais pourquoi ?", "ok et le devoir ?", "ok 3afak fin nl9a lbouton", "oui"])
def test_taking_note_with_something_else_is_not(text):
    assert not acknowledged_only(text) and thanks_reply(text) != "acknowledged"


def test_thanks_with_it_are_thanks():
    assert polite_only("ok merci") == THANKS and thanks_reply("ok merci") == "thanks"


@pytest.mark.slow
def test_ok_after_an_answer_is_acknowledged_not_the_next_part(full_services):
    say(full_services, "Comment préparer une séance de formation ?", user="taking-note-1")
    reply = say(full_services, "ok", user="taking-note-1")
    assert reply.intent == Intent.THANKS and reply.body == t("acknowledged", "fr") and not reply.citations


@pytest.mark.slow
def test_ok_after_a_clarifying_question_takes_the_first_option(full_services):
    asked = say(full_services, "tuteur ?", user="taking-note-2")
    assert asked.options, "else this checks nothing"
    reply = say(full_services, "ok", user="taking-note-2")
    assert reply.citations and reply.citations[0].id == asked.options[0].id


@pytest.mark.slow
@pytest.mark.parametrize("thanks", ["ok merci", "wakha chokran"])
def test_ok_with_thanks_after_a_clarifying_question_is_thanks(full_services, thanks):
    """"ok merci" after a clarifying question was read as choosing its first option (a newcomer)."""
    user = f"taking-note-3-{thanks}"
    asked = say(full_services, "tuteur ?", user=user)
    assert asked.options, "else this checks nothing"
    reply = say(full_services, thanks, user=user)
    assert reply.intent == Intent.THANKS and not reply.citations, reply.to_json()
