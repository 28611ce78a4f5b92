"""Defects a newcomer found by talking to the running server (session of 2026-12-06, eighteenth), each with
the exact message that showed it."""
from __future__ import annotations

import pytest

from bot.roles.calendar_query import asks_when
from bot.types import Intent, Kind
from tests.bot.helpers import say


@pytest.mark.parametrize("text,when", [
    ("J'ai rendu mon devoir du module 2 avec trois jours de retard, est-ce qu'il sera quand même corrigé ?", False),
    ("Comment animer une classe virtuelle quand les stagiaires gardent la caméra éteinte ?", False),
    ("que faire quand j'ai raté la séance ?", False),
    ("quand commence le module 3 ?", True),
    ("quand le module 3 commence-t-il ?", True),
    ("je voudrais savoir quand je dois rendre le devoir", True),
    ("le devoir c'est pour quand ?", True),
])
def test_quand_meme_and_a_when_clause_ask_no_date(text, when):
    assert asks_when(text) is when


@pytest.mark.slow
def test_a_late_assignment_of_a_named_module_gets_the_late_work_page_not_its_dates(full_services):
    # it got only module 2's deadlines ("quand même" read as "when")
    decision = say(full_services, "J'ai rendu mon devoir du module 2 avec trois jours de retard, est-ce qu'il "
                                  "sera quand même corrigé ?", user="newcomer-s32-late")
    assert decision.intent != Intent.ORGANIZATIONAL
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "faq-late-submission", decision.to_json()


def test_a_paragraph_ending_on_wa_ma_yali_announces_the_list_after_it():
    from retrieval.blocks import parse_blocks
    blocks = parse_blocks("تثبت الشهادة أنك أنهيت المساق؛ وما يلي أمثلة شائعة منها.\n\nالشروط:\n- الأول؛\n- الثاني.")
    assert blocks[0].announces_next


@pytest.mark.slow
def test_the_attestations_conditions_are_shown_after_the_paragraph_announcing_them(full_services):
    # the answer ended on «وما يلي أمثلة شائعة منها.» and no list followed
    decision = say(full_services, "متى أحصل على شهادة إتمام المساق؟ وما شروطها؟", user="newcomer-s32-attestation")
    assert decision.citations[0].id == "dig-etakwine-attestation", decision.to_json()
    assert "وما يلي أمثلة شائعة منها." in decision.body and "الشروط المعتادة" in decision.body, decision.body


def test_a_sick_leave_found_by_the_licences_page_is_administration_even_during_the_training():
    from bot.administration import about_administration
    # "فوسط التكوين" names the training, which kept a Creative Commons answer at 0.73
    assert about_administration("واش نقدر ناخد رخصة مرضية فوسط التكوين؟ شكون نعلم؟", "dig-resources-copyright")
    assert not about_administration("شنو هي رخصة المشاع الإبداعي اللي خاصني نختار لفيديو ديال التكوين؟",
                                    "dig-resources-copyright")
    assert not about_administration("عندي رخصة ولادة، واش نقدر نبدل الفوج؟", "faq-change-cohort")
