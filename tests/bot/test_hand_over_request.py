"""A hand-over to a person asked for in so many words goes to a person (`bot.roles.intents.hand_over_asked`), whatever
the intent model hears in the course's and the team's words."""
from __future__ import annotations

import pytest

from bot.roles.intents import hand_over_asked
from bot.types import Reason
from tests.bot.helpers import say


@pytest.mark.parametrize("text, expected", [
    ("هل يمكنكم تحويلي إلى أحد أعضاء فريق المساق؟", True),
    ("أرجو أن يتواصل معي أحد المسؤولين عن التكوين", True),
    ("هل أستطيع التحدث مع شخص حقيقي من الفريق البيداغوجي؟", True),
    ("Pouvez-vous transférer ma demande à une personne de l'équipe ?", True),
    ("كيف أتواصل مع مؤطري عبر المنصة؟", False),
    ("هل الأجوبة تأتي من شخص حقيقي أم من برنامج؟", False),
    ("هل يمكن تحويل المتدربين إلى فوج آخر؟", False),
    ("Comment transférer un fichier à un collègue ?", False),
])
def test_a_hand_over_asked_in_so_many_words_is_told_from_questions_about_contacting(text, expected):
    assert hand_over_asked(text) is expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "هل يمكنكم تحويل طلبي إلى شخص من فريق التأطير؟ لدي مشكلة في الشهادة",
    "هل يمكن أن يتواصل معي أحد أعضاء فريق المساق؟",
    "هل يمكنني التواصل مع شخص حقيقي بخصوص التسجيل؟",
])
def test_a_hand_over_in_msa_reaches_a_person(full_services, text):
    """These were answered from the guide (the attestation, peer support, recordings): the model heard content."""
    decision = say(full_services, text, user="hand-over")
    assert decision.reason == Reason.HUMAN_REQUESTED, (decision.kind, decision.citations)


@pytest.mark.parametrize("text", [
    "dans quels cas Rafiq passe ma question à un vrai tuteur ?",
    "comment Rafiq transmet ma demande à une personne ?",
])
def test_a_question_on_how_questions_are_handed_over_is_no_request(text):
    assert not hand_over_asked(text)
