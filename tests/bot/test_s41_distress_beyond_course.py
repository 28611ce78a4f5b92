"""Distress beyond the course (sleep lost, drowning, everything weighing on her, the whole of life) gets the caring
reply with the emergency numbers, not the course's encouragement, even when the words also say a hard time with the
course (a newcomer, session 41: "small step: open the next activity of module 2" while a tutor was alerted)."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.roles.states import DISTRESS, detect_state
from bot.roles.support import SupportResponder
from bot.tutor import Tutor
from bot.types import Message
from moderation.verdict import Verdict
from retrieval.types import Answer
from tests.bot.helpers import Clock, say

CASA = ZoneInfo("Africa/Casablanca")


class NoRetrieval:
    """An engine whose guide answers nothing."""

    threshold = 0.5

    def answer(self, text, lang, *args, **kwargs):
        return Answer(text="", lang=lang, confidence=0.0, reason="no_match")


class ModelAloneHearsDistress:
    """Moderation stand-in: its learned model alone (no word of distress) flags the message at `score`."""

    def __init__(self, score: float) -> None:
        self.score = score

    def check(self, text, lang=None, author=None, context="chat", **kwargs):
        return Verdict(labels={"distress": self.score}, verdict="distress", action="escalate", masked_text=text,
                       priority="urgent", cues=("distress:model",))


def _tutor(calendar, moderator=None) -> Tutor:
    clock = Clock(datetime(2026, 12, 1, 10, tzinfo=CASA))
    return Tutor(NoRetrieval(), moderator=moderator, support=SupportResponder(calendar, clock))


BEYOND = ["ما بقيتش قادرة، كلشي تقيل عليا، حتى النعاس ما بقيتش كنعس، كنحس براسي غارقة",
          "je suis découragée, je ne dors plus depuis des semaines",
          "mab9itch 9adra, kolchi t9il 3liya, ma kan3asch",
          "لم أعد أحتمل، لا أستطيع النوم وأشعر أنني أغرق",
          "je n'en peux plus, j'étouffe"]


@pytest.mark.parametrize("text", BEYOND)
def test_a_hard_time_beyond_the_course_the_model_barely_hears_gets_the_numbers(calendar, text):
    reply = _tutor(calendar, ModelAloneHearsDistress(0.65)).handle(Message(channel="cli", user="1", text=text))
    assert reply.escalate and reply.reason == "distress" and reply.ticket.priority == 0
    assert "141" in reply.text, reply.text
    assert "👣" not in reply.text and "🪞" not in reply.text, "no course step, no reflection question"


@pytest.mark.parametrize("text", BEYOND[:3])
def test_its_words_alone_say_distress(calendar, text):
    # no moderation at all: the words say it (two signs, or one with "can't go on" or a hard time with the course)
    assert detect_state(text) == DISTRESS
    reply = _tutor(calendar).handle(Message(channel="cli", user="1", text=text))
    assert reply.escalate and "141" in reply.text, reply.text


@pytest.mark.parametrize("text", ["ما بقيتش قادر، كلشي مسدود فوجهي",
                                  "je suis découragée, trop de travail avec ce module",
                                  "3yit, bghit n7bes had l'formation"])
def test_a_course_worry_without_those_signs_keeps_the_encouragement(calendar, text):
    from bot.roles.states import signs_beyond_the_course

    assert not signs_beyond_the_course(text)
    reply = _tutor(calendar, ModelAloneHearsDistress(0.6)).handle(Message(channel="cli", user="1", text=text))
    assert "141" not in reply.text and "👣" in reply.text, reply.text


@pytest.mark.parametrize("text", ["غارقة فالخدمة هاد السيمانة", "je me noie sous le travail ce mois-ci",
                                  "je dors mal", "toute ma vie j'ai enseigné le français"])
def test_drowning_in_work_or_one_sign_alone_is_not_distress_in_words(text):
    assert detect_state(text) != DISTRESS


@pytest.mark.slow
def test_the_newcomers_message_gets_the_caring_reply_first(full_services):
    user = "s41-beyond-course"
    first = say(full_services, BEYOND[0], user=user)
    assert first.reason == "distress" and "141" in first.body, first.body
    assert "👣" not in first.body and "🪞" not in first.body, first.body


@pytest.mark.slow
def test_the_course_weighing_on_her_alone_keeps_the_encouragement(full_services):
    # "kolchi t9al 3liya" beside "can't finish this MOOC" is the course's weight: the caring reply with the emergency
    # numbers answered it for a while (a dev set's social message, caught by the lead's run)
    from tests.bot.helpers import say

    decision = say(full_services, "3yit, ma9aderch nkmel had lmooc, kolchi t9al 3liya", user="s41-heavy-alone")
    assert "141" not in decision.body and not decision.citations, decision.body
