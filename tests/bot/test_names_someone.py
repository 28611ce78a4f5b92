"""A request for a human names a person, speaking to one or a hand-over: the intent model's "human" alone
("Je voudrais des conseils sur l'évaluation" 0.85, "عافاك بغيت نفهم الشبكة" 0.77) sent topic questions to a tutor
as if the trainer had asked for one."""
from __future__ import annotations

import pytest

from bot.roles.intents import human_phrase, names_someone
from bot.types import Message
from bot.understanding import Evidence, Route, read_message


@pytest.mark.parametrize("text", [
    "je veux parler à quelqu'un", "Pouvez-vous transmettre ma situation à mon tuteur ?", "un humain svp",
    "عافاك وصلني بالمؤطر ديالي", "أريد شخصا حقيقيا", "بغيت شي حد يجاوبني", "3afak wesselni b lmo2atir daba",
    "bghit nhder m3a chi bnadem", "est-ce qu'un membre de l'équipe peut me répondre ?", "حولني إلى مؤطر",
])
def test_requests_for_a_person_name_someone(text):
    assert names_someone(text)


@pytest.mark.parametrize("text", [
    "Je voudrais des conseils sur l'évaluation", "عافاك بغيت نفهم الشبكة", "bghit nfhem la grille",
    "Je voudrais comprendre la grille critériée", "كيف أحضر حصة تكوينية؟",
])
def test_topic_questions_name_no_one(text):
    assert not names_someone(text)


def test_the_models_human_vote_alone_does_not_hand_a_topic_question_to_a_tutor():
    heard = {"human": 0.85, "content": 0.06}
    assert read_message(Evidence(heard, names_someone=False, words=6)) != Route.HUMAN
    assert read_message(Evidence(heard, names_someone=True, words=6)) == Route.HUMAN
    assert read_message(Evidence({"content": 0.3, "human": 0.4}, human_phrase=True)) == Route.HUMAN


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Je voudrais des conseils sur l'évaluation", "عافاك بغيت نفهم الشبكة"])
def test_a_topic_question_the_model_hears_as_human_is_not_escalated_as_a_request(full_services, text):
    decision = full_services.tutor.handle(Message(channel="telegram", user="ns1", thread="ns1", text=text))
    assert decision.reason != "human_requested", decision.reason


@pytest.mark.parametrize("text", ["واحد كتب فالفوروم بلي عيا وبغا يوقف، كيفاش نهضر معاه؟", "كيفاش نتكلم معاهم بلا ما نجرحهم؟",
                                  "kifach nhder m3ah bla ma yt9ele9?"])
def test_talking_with_him_a_participant_is_not_a_request_for_a_person(text):
    """"كيفاش نهضر معاه؟" (how do I talk to him) matched "نهضر مع" (talk with …) and went to a tutor, though the
    question, about a discouraged participant, is the guide's."""
    assert not human_phrase(text)


@pytest.mark.parametrize("text", ["بغيت نهضر مع شي مؤطر", "نتكلم مع مؤطر عافاك", "أريد التحدث مع مؤطر",
                                  "واش كاين شي بنادم نهضر معاه؟", "كيفاش نهضر مع شي مؤطر؟",
                                  "bghit nhder m3a chi mo2atir", "bghit nhder m3a tuteur"])
def test_asking_to_talk_with_someone_is_still_a_request_for_a_person(text):
    assert human_phrase(text)


@pytest.mark.parametrize("text", ["Et si personne ne répond aux fils ?", "وإلا بغيت نولي tuteur، شنو خاصني؟",
                                  "comment devenir tuteur du MOOC ?"])
def test_nobody_or_becoming_a_tutor_names_no_one_to_talk_to(text):
    """"Et si personne ne répond aux fils ?" opened a ticket as a request for a person (found by a newcomer)."""
    assert not names_someone(text)


def test_a_person_asked_for_after_nobody_answered_is_still_named():
    assert names_someone("personne ne m'a répondu, je veux un tuteur")
