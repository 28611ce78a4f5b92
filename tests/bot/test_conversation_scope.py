"""A message in a conversation that does not belong to it (a recipe, a joke, a question on renewing one's ID
card) is read as a first message, not answered from the section the conversation is on
(`bot.conversation_scope`); one that points back to what was said is still read with the conversation."""
from __future__ import annotations

import pytest

from bot.conversation_scope import refers_back
from bot.types import Reason
from bot.understanding import Evidence, Route, read_message
from tests.bot.helpers import say


@pytest.mark.parametrize("text", [
    "Et la grille, je la construis comment ?", "je voulais savoir si on doit la noter ou pas", "ça marche pareil ?",
    "ومتى أستعمله؟", "وكيف أطبق هذا مع المتدربين؟", "kan9sed kifach nkhdem biha m3a les stagiaires",
    "wach n9der npartagih f groupe whatsapp?", "w ila b9a ma khdamch?", "وإلا ما وصلنيش؟", "et si elle refuse ?",
    "شكون نتاصل بيه؟"])
def test_a_message_pointing_back_is_recognised(text):
    assert refers_back(text)


@pytest.mark.parametrize("text", [
    "كيفاش نطيب طاجين باللحم والبرقوق؟", "Comment faire un tableau croisé dynamique sur Excel ?",
    "kifach nktb CV mzyan bach nkhdem f privé?", "وفين نمشيو فالعطلة هاد الصيف؟", "ما هي مراحل إعداد ملف الحج لهذا العام؟",
    "la classe virtuelle du module 3", "الأستاذة المتدربة"])
def test_a_message_of_its_own_is_not_taken_as_pointing_back(text):
    """"هاد العام" (this year) and a noun ending in ta marbuta ("الأستاذة") point at nothing said before."""
    assert not refers_back(text)


@pytest.mark.slow
@pytest.mark.parametrize("first, then, user", [
    ("ما مراحل التدريس المصغر؟", "كيفاش نجدد البطاقة الوطنية ديالي؟", "scope-id-card"),
    ("Qu'est-ce que l'alignement constructif de Biggs ?", "raconte moi une blague stp", "scope-joke"),
    ("chno hiya la nétiquette?", "kifach ntyb pastilla dyal l7out?", "scope-pastilla"),
    ("التقويم التكويني خاصو يتنقط ولا لا؟", "كيفاش نحيد الفيروس من البيسي ديالي؟", "scope-virus"),
])
def test_a_question_from_elsewhere_is_not_answered_from_the_conversations_section(full_services, first, then, user):
    """Before, the second message got the first one's section again ("raconte moi une blague" → constructive
    alignment; "كيفاش نجدد البطاقة الوطنية" → micro-teaching): "kifach" opened it as "more", or the previous
    question carried it."""
    opened = say(full_services, first, user=user)
    assert opened.citations, opened.kind
    decision = say(full_services, then, user=user)
    assert not {c.id for c in decision.citations} & {c.id for c in opened.citations}, decision.text[:200]


@pytest.mark.slow
@pytest.mark.parametrize("first, then, user, section", [
    ("Comment observer la classe d'un stagiaire ?", "Et la grille, je la construis comment ?", "scope-grid",
     "sup-observation-grid"),
    ("comment relancer les participants inactifs de ma cohorte ?", "et si je leur écris, ils reviennent ?",
     "scope-relance", "tut-dropout-prevention"),
])
def test_a_follow_up_pointing_back_stays_in_the_conversation(full_services, first, then, user, section):
    say(full_services, first, user=user)
    decision = say(full_services, then, user=user)
    assert [c.id for c in decision.citations][:1] == [section], (decision.kind, decision.reason)


@pytest.mark.slow
def test_a_short_continuation_without_a_pronoun_stays_in_the_conversation(full_services):
    """"وكم من الوقت يستغرق عادة؟" after action research: the intent model hears it as off topic (0.44, and 0.66
    since its retraining of 2026-12-05, when it got the off-topic reply), and no word points back; opening as a
    continuation, this short, that the guide reads with the previous question as surely about the same section, it
    is read with the conversation. A short continuation about something else still gets the off-topic reply."""
    say(full_services, "ما هو البحث الإجرائي؟", user="scope-how-long")
    decision = say(full_services, "وكم من الوقت يستغرق عادة؟", user="scope-how-long")
    assert [c.id for c in decision.citations][:1] == ["sup-action-research"], (decision.kind, decision.reason)
    say(full_services, "ما هو البحث الإجرائي؟", user="scope-pizza")
    elsewhere = say(full_services, "وكم ثمن البيتزا؟", user="scope-pizza")
    assert not elsewhere.citations and elsewhere.reason == Reason.OFF_TOPIC, elsewhere.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("first, then, user", [
    ("comment je télécharge l'attestation ?", "et ça compte pour la promotion ou le salaire ?", "scope-pay-fr"),
    ("kifach nl9a l'attestation dyali f site?", "w wach kat7seb lia f la promotion?", "scope-pay-arabizi"),
])
def test_a_continuation_the_guide_surely_answers_is_not_off_topic(full_services, first, then, user):
    """Before, the second message got "outside the course's topics": the intent model hears pay or promotion as
    off topic (0.7-0.8); the guide is sure of the attestation's FAQ, and the message goes on from the conversation."""
    say(full_services, first, user=user)
    decision = say(full_services, then, user=user)
    assert [c.id for c in decision.citations][:1] == ["faq-attestation-career"], (decision.kind, decision.reason)


@pytest.mark.slow
def test_a_continuation_on_another_subject_is_still_off_topic(full_services):
    say(full_services, "comment je télécharge l'attestation ?", user="scope-match")
    decision = say(full_services, "et qui a gagné le match hier ?", user="scope-match")
    assert not decision.citations and decision.reason == "off_topic", (decision.kind, decision.reason)


def test_a_sure_answer_to_a_message_going_on_from_the_conversation_is_not_set_aside_as_off_topic():
    # "et ça compte pour la promotion ou le salaire ?" after the attestation's download: the model hears pay or
    # career (off topic), the guide is sure of the attestation's FAQ; opening as a continuation, it belongs
    heard = {"off_topic": 0.8, "content": 0.1}
    assert read_message(Evidence(probabilities=heard, answered=True, confidence=0.9, has_context=True)) \
        == Route.OFF_TOPIC
    assert read_message(Evidence(probabilities=heard, answered=True, confidence=0.9, has_context=True,
                                 goes_on=True)) == Route.GUIDE
    # going on is not enough without a sure answer
    assert read_message(Evidence(probabilities=heard, confidence=0.3, has_context=True, goes_on=True)) \
        == Route.OFF_TOPIC
