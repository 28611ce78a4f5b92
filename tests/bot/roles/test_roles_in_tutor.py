"""The roles plugged into the real Tutor: calendar questions, support and distress, when the guide has
no sure answer (a precise calendar question and distress never reach retrieval at all)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.roles.organizational import CalendarAnswerer
from bot.roles.support import SupportResponder
from bot.tutor import Tutor
from bot.types import Message
from retrieval.types import Answer
from moderation.verdict import Verdict
from tests.bot.helpers import Clock

CASA = ZoneInfo("Africa/Casablanca")


class NoRetrieval:
    """An engine whose guide has no answer to anything (and counts how often it was asked)."""

    threshold = 0.5

    def __init__(self) -> None:
        self.asked = 0

    def answer(self, text, lang, *args, **kwargs):
        self.asked += 1
        return Answer(text="", lang=lang, confidence=0.0, reason="no_match")


class FlagsDistress:
    """Moderation stand-in: flags every message as distress, as the moderation layer does."""

    def check(self, text, lang=None, author=None, context="chat"):
        return Verdict(labels={"distress": 0.95}, verdict="distress", action="escalate", masked_text=text,
                       priority="urgent")


@pytest.fixture
def tutor(calendar):
    clock = Clock(datetime(2026, 12, 1, 10, tzinfo=CASA))
    return Tutor(NoRetrieval(), organizational=CalendarAnswerer(calendar, clock),
                 support=SupportResponder(calendar, clock))


def test_calendar_question_is_answered_by_the_organizational_role(tutor):
    reply = tutor.handle(Message(channel="cli", user="1", text="امتى الحصة المباشرة الجاية؟"))
    assert reply.intent == "organizational" and reply.lang == "ar"
    assert "الخميس 3 دجنبر على الساعة 18:00" in reply.text, "a precise question about the course's dates goes to the calendar"


def test_discouraged_trainer_is_answered_by_the_support_role(tutor):
    reply = tutor.handle(Message(channel="cli", user="1",
                                 text="je n'arrive plus à suivre, trop de travail, je pense abandonner le MOOC"))
    assert reply.intent == "socio_cognitive" and not reply.escalate
    assert "🪞 Pour réfléchir" in reply.text and "module 2" in reply.text


def test_distress_gets_the_caring_reply_and_escalates_at_top_priority(calendar):
    clock = Clock(datetime(2026, 12, 1, 10, tzinfo=CASA))
    tutor = Tutor(NoRetrieval(), moderator=FlagsDistress(), support=SupportResponder(calendar, clock))
    reply = tutor.handle(Message(channel="cli", user="1", text="je ne veux plus vivre", lang_hint="fr"))
    assert reply.escalate and reply.ticket.priority == 0
    assert "141" in reply.text and "tuteur" in reply.text
    assert tutor.engine.asked == 0, "distress is answered before anything else"


class ModelAloneHearsDistress:
    """Moderation stand-in: its learned model alone (no word of distress) flags the message at `score`."""

    def __init__(self, score: float) -> None:
        self.score = score

    def check(self, text, lang=None, author=None, context="chat"):
        return Verdict(labels={"distress": self.score}, verdict="distress", action="escalate", masked_text=text,
                       priority="urgent", cues=("distress:model", "off_topic:far_from_course"))


def _hard_time_tutor(calendar, score: float) -> Tutor:
    clock = Clock(datetime(2026, 12, 1, 10, tzinfo=CASA))
    return Tutor(NoRetrieval(), moderator=ModelAloneHearsDistress(score), support=SupportResponder(calendar, clock))


@pytest.mark.parametrize("text, empathy", [
    ("je suis découragée, j'ai l'impression que je n'y arriverai jamais", "Le découragement est fréquent"),
    ("ما بقيتش قادر، كلشي مسدود فوجهي", "الإحساس بالإحباط شائع"),
])
def test_a_hard_time_with_the_course_the_model_barely_hears_gets_encouragement_and_an_urgent_ticket(
        calendar, text, empathy):
    reply = _hard_time_tutor(calendar, 0.6).handle(Message(channel="cli", user="1", text=text))
    assert empathy in reply.text, "the encouragement of the state the words express"
    assert "141" not in reply.text, "no emergency numbers for a hard week with the course"
    assert reply.escalate and reply.reason == "distress" and reply.ticket.priority == 0, "a person still reads it first"
    assert ("J'ai aussi prévenu un tuteur" in reply.text) or ("نبّهت أيضا مؤطرا" in reply.text)


@pytest.mark.parametrize("score, text", [
    (0.9, "je suis découragée, j'ai l'impression que je n'y arriverai jamais"),  # the model is sure
    (0.6, "tout est noir, je ne vois plus d'issue"),  # no state of the course in the words
])
def test_distress_the_model_is_sure_of_or_without_a_course_state_keeps_the_caring_reply(calendar, score, text):
    reply = _hard_time_tutor(calendar, score).handle(Message(channel="cli", user="1", text=text, lang_hint="fr"))
    assert reply.escalate and reply.ticket.priority == 0
    assert "141" in reply.text
