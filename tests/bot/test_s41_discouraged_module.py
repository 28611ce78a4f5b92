"""Discouragement that names the trainer's own module: the small step, the reflection and the deadline are that
module's, not the calendar's current one; "je me sens nulle" said of herself is discouragement, not a guide question
(a newcomer, session 41)."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.roles.states import DISCOURAGED, detect_state
from bot.roles.support import SupportResponder
from tests.bot.helpers import Clock, say

CASA = ZoneInfo("Africa/Casablanca")


def _line(reply: str, icon: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith(icon))


def _responder(calendar) -> SupportResponder:
    return SupportResponder(calendar, Clock(datetime(2026, 12, 1, 10, tzinfo=CASA)))


@pytest.mark.parametrize("text, lang, module", [
    ("راني معطلة بزاف، باقا فالوحدة 3 و الناس كاملين سبقوني", "ar", "الوحدة 3"),
    ("je suis découragée, je suis toujours au module 3", "fr", "module 3"),
    ("3yit, mazal f module 4 w nas kamlin sab9oni", "ar", "الوحدة 4"),
])
def test_the_small_step_is_in_the_module_she_named(calendar, text, lang, module):
    responder = _responder(calendar)
    current = calendar.current_module(responder.clock()).number
    reply = responder.respond(text, lang, user="1")
    assert module in _line(reply, "👣") and module in _line(reply, "🪞"), reply
    assert str(current) not in _line(reply, "👣"), "not the calendar's current module"


def test_the_deadline_shown_is_her_modules(calendar):
    responder = _responder(calendar)
    module = next(m for m in calendar.modules if m.number == 3)
    titles = {calendar.title(a, "fr") for a in calendar.assignments if a.module == module.id}
    reply = responder.respond("je suis découragée, encore au module 3", "fr", user="1")
    assert any(title in _line(reply, "📝") for title in titles), reply


def test_without_a_module_named_the_current_one_as_before(calendar):
    responder = _responder(calendar)
    current = calendar.current_module(responder.clock()).number
    reply = responder.respond("je suis découragée", "fr", user="1")
    assert f"module {current}" in _line(reply, "👣"), reply


@pytest.mark.parametrize("text", ["je me sens nulle", "j'ai l'impression d'être nulle", "حاسة براسي ما كنسواش",
                                  "kan7ess rassi nulla", "أشعر أنني فاشلة"])
def test_feeling_worthless_is_discouragement(text):
    assert detect_state(text) == DISCOURAGED


def test_a_question_on_a_learner_who_feels_worthless_is_not_her_state():
    assert detect_state("comment aider un stagiaire qui se sent nul ?") is None


@pytest.mark.slow
@pytest.mark.parametrize("text, module", [
    ("je suis trop en retard, encore au module 3 alors que les autres avancent, je me sens nulle", "module 3"),
    ("راني معطلة بزاف، باقا فالوحدة 3 و الناس كاملين سبقوني، حاسة براسي ما كنسواش", "الوحدة 3"),
])
def test_the_newcomers_messages_get_the_encouragement_in_her_module(full_services, text, module):
    decision = say(full_services, text, user=f"s41-behind-{len(text)}")
    assert decision.intent == "socio_cognitive" and not decision.citations, decision.to_json()
    assert module in _line(decision.body, "👣"), decision.body
