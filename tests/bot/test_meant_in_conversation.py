"""A message in a conversation means the section its own words and the previous exchange agree on
(`bot.chat_flow._meant_in_conversation`), even when the guide reads it alone as surely about another one."""
from __future__ import annotations

import pytest

from tests.bot.helpers import say

pytestmark = pytest.mark.slow  # reads real answers: the real model


def test_a_follow_up_the_guide_reads_alone_elsewhere_is_read_with_the_conversation(full_services):
    """"Et la grille, je la prépare comment ?" after a question on classroom visits: alone, "grille" leans to the
    assessment rubrics; with the visit before it, it is the observation grid (`chat_flow._meant_in_conversation`)."""
    say(full_services, "Comment se déroule une visite de classe chez un stagiaire ?", user="grid")
    decision = say(full_services, "Et la grille, je la prépare comment ?", user="grid")
    assert [c.id for c in decision.citations][:1] == ["sup-observation-grid"]


def test_an_example_asked_for_is_of_the_last_answer_even_when_the_model_hears_it_off_topic(full_services):
    """"donne moi un exemple de phrase bien faite" after a question on feedback: the intent model hears it as off
    topic, and the trainer was told what Rafiq can help with; it is an example of the last answer."""
    say(full_services, "comment rédiger un feedback utile ?", user="example-off-topic")
    decision = say(full_services, "donne moi un exemple de phrase bien faite", user="example-off-topic")
    assert [c.id for c in decision.citations][:1] == ["ass-feedback"], decision.reason


def test_a_how_question_answering_a_clarifying_question_is_read_not_asked_again(full_services):
    """"kifach nwasel lih message?" after "tuteur" and its options: "kifach" opened it as "more", and a "more"
    while a choice waits asked the same choice again; a question of its own is read with the options."""
    say(full_services, "tuteur", user="how-after-options")
    decision = say(full_services, "kifach nwasel lih message?", user="how-after-options")
    assert [c.id for c in decision.citations][:1] == ["faq-contact-tutor"], decision.kind


@pytest.mark.parametrize("text, lang", [("slt, 3ndi mochkil", "ar"), ("Bonjour, j'ai un problème", "fr"),
                                        ("عندي مشكل", "ar")])
def test_a_problem_announced_but_not_told_gets_asked_which(full_services, text, lang):
    """"slt, 3ndi mochkil" got the whole encouragement (a small step, a deadline, a reflection prompt); the
    trainer expected "what is the problem?" (a newcomer). Told, it is answered from the guide."""
    decision = say(full_services, text, user=f"problem-{lang}-{len(text)}")
    assert decision.lang == lang and not decision.escalate and not decision.citations
    assert ("quel est le problème" in decision.text) if lang == "fr" else ("ما المشكل" in decision.text), decision.text
    told = say(full_services, "j'ai un problème avec mon mot de passe", user="problem-told")
    assert [c.id for c in told.citations][:1] == ["dig-etakwine-login-password"]
