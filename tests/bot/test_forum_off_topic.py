"""An off-topic forum question (#16) stays published and is left to people: no hiding, no tutor ticket."""
from __future__ import annotations

import copy

from bot.types import Context, Kind, Message, Reason
from moderation.verdict import Verdict

OFF = Verdict(labels={"off_topic": 0.97}, verdict="off_topic", action="publish", charter_section="charter-on-topic",
              lang="fr")
MATCH = "Qui a gagné le match du Raja contre le Wydad dimanche soir au complexe Mohammed V ?"


def post(text: str, verdict: Verdict) -> Message:
    return Message(channel="discourse", user="discourse:9", text=text, thread="discourse/77", external_id="770",
                   context=Context.FORUM_QUESTION, verdict=verdict, can_flag=True)


def unsure(services):
    strict = copy.copy(services.engine)  # the guide answers nothing here: such a post would be escalated
    strict._threshold_override = 1.01  # above any confidence
    services.engine = services.tutor.engine = strict
    return services.tutor


def test_an_off_topic_question_is_left_published_without_a_ticket(make_services):
    tutor = unsure(make_services())
    # without moderation's verdict the Tutor's own reading hears it off topic too (a draft for tutors, before)
    plain = tutor.handle(post(MATCH, Verdict(labels={}, lang="fr")))
    assert (plain.kind, plain.reason) == (Kind.IGNORE, Reason.OFF_TOPIC) and plain.ticket is None
    decision = tutor.handle(post(MATCH, OFF))
    assert (decision.kind, decision.reason) == (Kind.IGNORE, Reason.OFF_TOPIC)
    assert decision.ticket is None and decision.notice == "" and not decision.escalate


def test_off_topic_tickets_can_be_restored(make_services):
    tutor = unsure(make_services())
    tutor.off_topic_tickets = True
    assert tutor.handle(post(MATCH, OFF)).kind == Kind.ESCALATE
