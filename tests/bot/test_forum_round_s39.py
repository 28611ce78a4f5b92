"""Forum posts a newcomer saw lost (session of 2026-12-07, twenty-fifth): a question holding a phone or staff number
got the flag and the notice, then no reply and no ticket; a question on travel costs was left as off topic."""
from __future__ import annotations

import pytest

from bot.types import Context, Kind, Message


def _post(services, n: int, text: str):
    message = Message(channel="discourse", user=f"discourse:s39-{n}", text=text, thread=f"discourse/39{n}",
                      external_id=f"39{n}", context=Context.FORUM_QUESTION, can_flag=True)
    return services.tutor.handle(message)


@pytest.mark.slow
@pytest.mark.parametrize("n, text", [
    (1, "اتصلوا بي على الرقم 0661234567 من فضلكم، عندي مشكل فالدخول للمنصة"),
    (2, "Numéro SOM 1234567 — je ne reçois pas mon attestation de fin de module"),
    (3, "Mon matricule c'est le 4567890, je n'arrive pas à m'inscrire sur e-takwine"),
])
def test_a_question_holding_personal_data_is_masked_and_still_taken_up(full_services, n, text):
    decision = _post(full_services, n, text)
    assert decision.masked and decision.notice, decision.to_json()
    assert decision.kind in (Kind.ANSWER, Kind.SUGGEST, Kind.ESCALATE), decision.to_json()
    assert "charter-personal-data" not in [c.id for c in decision.citations], decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("n, text", [(4, "C'est pour le remboursement du déplacement, comment faire ?")])
def test_travel_costs_on_the_forum_go_to_a_tutor(full_services, n, text):
    decision = _post(full_services, n, text)
    assert decision.kind == Kind.ESCALATE and decision.reason == "no_match", decision.to_json()


def test_the_tokens_that_masked_personal_data_are_not_read():
    from moderation.personal_data import without_masks
    assert without_masks("اتصلوا بي على الرقم [رقم هاتف محجوب] من فضلكم") == "اتصلوا بي على الرقم من فضلكم"
    assert without_masks("Numéro SOM [matricule masqué] — attestation") == "Numéro SOM — attestation"
    assert without_masks("une [grille] critériée") == "une [grille] critériée"


@pytest.mark.parametrize("text", ["Numéro SOM 1234567 — je ne reçois pas mon attestation", "mon PPR est bloqué"])
def test_an_identifiers_label_is_no_subject_the_guide_lacks(text):
    from bot.unnamed_subject import unnamed_subject
    assert unnamed_subject(text, frozenset({"attestation"})) is None


@pytest.mark.slow
def test_a_chat_question_holding_a_number_is_read_without_it(full_services):
    # "can I post my phone number to get help faster? 0661234567" got "nothing sure in the guide" and a ticket; the
    # same words without the number get the charter's rule on personal data
    from tests.bot.helpers import say
    decision = say(full_services, "واش نقدر نحط رقم التلفون ديالي باش يعاونوني بزربة؟ 0661234567", user="s39-chat-number")
    offered = [c.id for c in decision.citations] + [c.id for c in decision.options]
    assert not decision.escalate and "charter-personal-data" in offered, decision.to_json()
