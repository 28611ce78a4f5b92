"""Forum posts a newcomer sent through the webhook (session of 2026-12-07, twenty-second): a trainer about to give up
got nothing at all (no reply, no private word, no ticket); a couscous recipe and an introduction became answer drafts
for the tutors; a question on the ministry's decisions is a tutor's (the scenario "Nothing in the guide")."""
from __future__ import annotations

import pytest

from bot.types import Context, Intent, Kind, Message, Reason
from moderation.verdict import Verdict

OFF = Verdict(labels={"off_topic": 0.91}, verdict="off_topic", action="publish", charter_section="charter-on-topic",
              lang="fr")


def post(text: str, n: int, verdict: Verdict | None = None) -> Message:
    return Message(channel="discourse", user=f"discourse:s36-{n}", text=text, thread=f"discourse/36{n}",
                   external_id=f"36{n}", context=Context.FORUM_QUESTION, verdict=verdict, can_flag=True)


@pytest.mark.slow
@pytest.mark.parametrize("n, text, lang", [
    (1, "Je décroche\nje n'arrive plus à suivre, trop de travail entre le centre et le MOOC, je pense abandonner le MOOC",
     "fr"),
    (2, "إحباط\nأشعر بالإحباط، تأخرت كثيرا في المجزوءات ولا أظن أنني سأكمل هذا المساق", "ar"),
    (3, "3yit\n3yit bzaf, ma b9itch kanfhem walo f had l MOOC, kanfker nkhrej mno", "ar"),
])
def test_a_post_about_giving_up_is_written_to_privately_and_a_tutor_told(full_services, n, text, lang):
    decision = full_services.tutor.handle(post(text, n))
    assert decision.kind == Kind.ESCALATE and decision.reason == Reason.DISCOURAGED, decision.to_json()
    assert decision.ticket is not None and decision.ticket.private and decision.ticket_created
    assert decision.intent == Intent.SOCIO and decision.lang == lang and decision.body.strip()


@pytest.mark.slow
@pytest.mark.parametrize("n, text, verdict", [
    (4, "Couscous\nVous avez une bonne recette de couscous pour vendredi ? Le mien est toujours trop sec.", OFF),
    (5, "الماتش\nواش تفرجتو فالماتش ديال المنتخب البارح؟ شنو رايكم فالمدرب؟", None),
])
def test_a_post_far_from_the_course_gets_no_ticket_and_no_draft(full_services, n, text, verdict):
    decision = full_services.tutor.handle(post(text, n, verdict))
    assert decision.kind == Kind.IGNORE and not decision.ticket_created, decision.to_json()


@pytest.mark.slow
def test_a_post_on_the_ministrys_decisions_goes_to_a_tutor(full_services):
    text = "Mission\nquand est ce que le ministere publie la liste des formateurs retenus pour la mission a l etranger ?"
    decision = full_services.tutor.handle(post(text, 6))
    assert decision.kind == Kind.ESCALATE and decision.reason == Reason.NO_MATCH and decision.ticket_created


@pytest.mark.slow
def test_a_question_under_a_title_opening_with_bonjour_is_answered_or_suggested(full_services):
    # "Le guide ne traite pas de « Bonjour »": the post got nothing back (a newcomer)
    text = "Devoir module 2\nBonjour, je n arrive pas a deposer mon devoir du module 2, le bouton envoyer est grise."
    decision = full_services.tutor.handle(post(text, 7))
    assert decision.reason != Reason.OFF_TOPIC and decision.kind in (Kind.ANSWER, Kind.SUGGEST), decision.to_json()
