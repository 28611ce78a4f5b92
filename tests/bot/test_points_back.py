"""A short follow-up pointing back to the last answer is read with it, however its words sound alone (found by a
newcomer: "كيف أبنيها؟", how do I build it?, after the rubric's page was heard off topic at 0.82, "build" as in a
house, and got "your question seems far from the course")."""
from __future__ import annotations

import pytest

from bot.conversation_scope import points_back, refers_back
from tests.bot.helpers import say


@pytest.mark.slow
def test_a_short_follow_up_pointing_back_is_read_in_the_conversation(full_services):
    first = say(full_services, "ما هي شبكة التقويم المعيارية؟", user="points-back-1")
    assert first.citations and first.citations[0].id == "ass-rubrics", "else this checks another section"
    then = say(full_services, "كيف أبنيها؟", user="points-back-1")
    assert then.citations and then.citations[0].id == "ass-rubrics", then.to_json()


@pytest.mark.slow
def test_a_short_message_pointing_at_nothing_heard_off_topic_stays_off_topic(full_services):
    say(full_services, "ما هي شبكة التقويم المعيارية؟", user="points-back-2")
    then = say(full_services, "كيف أبني منزلا؟", user="points-back-2")
    assert not then.citations, then.to_json()


def test_points_back_is_short_and_points_back():
    assert points_back("كيف أبنيها؟") and points_back("comment je la construis ?")
    assert not points_back("كيف أبني منزلا؟") and not points_back("Comment je construis une maison en bois massif ?")


@pytest.mark.parametrize("text", [
    "c'est quoi exactement et quand la faire ?", "je n'ai pas compris, plus simple stp", "ما فهمتش مزيان",
    "mafhmtch", "comment la construire ?",
    "شحال خاصو ياخد باش يجاوب؟",  # "he must": after the tutor's answering time, heard off topic (a second newcomer)
])
def test_a_pronoun_after_a_question_word_or_not_understanding_points_back(text):
    assert refers_back(text)


@pytest.mark.slow
@pytest.mark.parametrize("first, section, then", [
    ("j'ai une question sur l'évaluation diagnostique", "ass-diagnostic", "c'est quoi exactement et quand la faire ?"),
    ("c'est quoi l'autoévaluation ?", "ass-self-assessment", "je n'ai pas compris, plus simple stp"),
])
def test_a_follow_up_of_seven_words_pointing_back_stays_in_the_conversation(full_services, first, section, then):
    """Both got a choice between unrelated pages (technical problems, asking good questions…): seven words not opening
    as a continuation were read as a question of their own (found by a newcomer)."""
    user = f"points-back-{len(then)}"
    assert say(full_services, first, user=user).citations[0].id == section
    decision = say(full_services, then, user=user)
    assert decision.citations and decision.citations[0].id == section, decision.to_json()
