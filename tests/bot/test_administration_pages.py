"""A question about the trainer's own administration (leave, a transfer, a strike, a doctorate) is not answered from
the pages that draw such questions (changing cohort, institutions, licences): they found them surely while the guide
has nothing to say (dev out-of-scope questions)."""
from __future__ import annotations

import pytest

from bot.administration import about_administration
from bot.types import Reason
from tests.bot.helpers import say


@pytest.mark.parametrize("text, section", [
    ("wach n9der nakhod congé bach nkmel doctorat dyali?", "faq-change-cohort"),
    ("بغيت نطلب الانتقال لمركز آخر قريب لداري، شنو الوراق اللي خاصني نجمع؟", "faq-change-cohort"),
    ("Est-ce que les formateurs des CRMEF sont concernés par la grève nationale de jeudi ?", "prof-institutions"),
    ("هل يحق لي الحصول على رخصة استثنائية لحضور مناقشة أطروحتي في الجامعة؟", "dig-resources-copyright"),
])
def test_the_trainers_administration_is_not_the_guides(text, section):
    assert about_administration(text, section)


@pytest.mark.parametrize("text, section", [
    ("عندي كونجي ديال الولادة، واش نقدر نبدل الفوج؟", "faq-change-cohort"),  # the course's cohort
    ("حصلت على رخصة مرضية طويلة، هل يمكنني الالتحاق بفوج لاحق؟", "faq-change-cohort"),
    ("وجدت فيديو برخصة CC BY-NC-ND، هل يحق لي ترجمته؟", "dig-resources-copyright"),  # a licence, not leave
    ("Est-ce que l'attestation du MOOC compte pour l'avancement ?", "faq-attestation-career"),
    ("wach n9der nakhod congé bach nkmel doctorat dyali?", "sup-observation"),  # not a page drawing these
    # the dev dialogues caught these: promotion is the attestation page's topic, a bare "رخصة" a licence
    ("je veux savoir si elle compte pour mon avancement", "faq-attestation-career"),
    ("مثلا فيديو برخصة تمنع التعديل، ماذا يمكنني أن أفعل به؟", "dig-resources-copyright"),
    ("شرح ليا أكثر الرخص ديال كرياتيف كومونز", "dig-resources-copyright"),
])
def test_the_course_or_another_page_keeps_the_guide(text, section):
    assert not about_administration(text, section)


@pytest.mark.slow
def test_a_transfer_request_goes_to_a_tutor(full_services):
    decision = say(full_services, "بغيت نطلب الانتقال لمركز آخر قريب لداري، شنو الوراق اللي خاصني نجمع؟",
                   user="admin-transfer")
    assert decision.reason == Reason.NO_MATCH and decision.ticket_created and not decision.citations, decision.to_json()
