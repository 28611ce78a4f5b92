"""Defects a newcomer found by talking to the running server (session of 2026-12-06, eighteenth), each with
the exact message that showed it."""
from __future__ import annotations

import pytest

from bot.roles.calendar_query import asks_when
from bot.types import Intent, Kind, Reason
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


@pytest.mark.slow
def test_a_continuation_surely_from_an_offered_section_is_answered_not_set_aside_as_off_topic(full_services):
    # the model hears "w chhal mn critere khas ykon?" as off topic; retrieval is sure of the rubrics (0.85), one of
    # the two sections the pending clarifying question offers: it got the off-topic reply
    user = "newcomer-s32-clarified"
    first = say(full_services, "bghit nsawb grille d'evaluation l stage pratique dyal l'enseignants stagiaires", user=user)
    assert first.kind == Kind.CLARIFY and "ass-rubrics" in [c.id for c in first.options], first.to_json()
    decision = say(full_services, "w chhal mn critere khas ykon?", user=user)
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "ass-rubrics", decision.to_json()


def test_a_how_question_named_by_the_opening_paragraph_gets_a_list_too():
    from retrieval.blocks import LIST, parse_blocks
    from retrieval.focus import find_focus
    section = ("Animer le forum d'un MOOC, c'est faire en sorte que les échanges soient utiles et vivants.\n\n"
               "Faire vivre les échanges :\n- ouvrez chaque semaine par une question ;\n- valorisez les réponses.\n\n"
               "Pièges : un tuteur qui répond à tout.")
    blocks = parse_blocks(section)
    focus = find_focus("comment animer le forum d'un MOOC ?", blocks)
    assert focus.main == 0 and blocks[focus.extras[0]].kind == LIST, focus
    assert not any(blocks[i].kind == LIST for i in find_focus("animer le forum d'un MOOC", blocks).extras)


@pytest.mark.slow
def test_how_to_facilitate_the_forum_is_more_than_its_definition(full_services):
    # "comment animer le forum d'un MOOC ?" got one sentence: the paragraph naming the task
    decision = say(full_services, "comment animer le forum d'un MOOC ?", user="newcomer-s32-forum")
    assert decision.citations[0].id == "tut-forum-facilitation", decision.to_json()
    assert decision.body.count("\n- ") >= 2, decision.body


def test_administration_the_guide_is_unsure_of_is_off_topic_even_when_it_asks_when():
    from bot.administration import about_administration
    from bot.understanding import Evidence, Route, read_message
    text = "Quand est-ce que la prime de formateur sera versée ce mois-ci ?"
    assert about_administration(text, "ass-formative", sure=False)
    assert not about_administration(text, "ass-formative")  # a sure answer from a page that does not draw them
    evidence = Evidence({"calendar": 0.7, "off_topic": 0.2}, calendar_query=True, asks_when=True, administration=True)
    assert read_message(evidence) == Route.OFF_TOPIC  # it was read as the calendar's, then offered two pages


@pytest.mark.slow
def test_a_bonus_payment_date_is_not_offered_guide_pages(full_services):
    decision = say(full_services, "Quand est-ce que la prime de formateur sera versée ce mois-ci ?",
                   user="newcomer-s32-prime")
    assert not decision.citations and not decision.options, decision.to_json()
    assert decision.reason == Reason.NO_MATCH and decision.ticket_created  # a tutor's (the scenario "Nothing in the guide")


@pytest.mark.slow
@pytest.mark.parametrize("when, then", [
    ("فوقاش كتبدا المجزوءة 3؟", "وشنو فيها؟"),
    ("imta kaybda module 3?", "w chno fiha?"),
    ("c'est quand le module 3 ?", "et il y a quoi dedans ?"),
])
def test_what_is_in_it_after_a_modules_dates_is_that_modules_calendar_entry(full_services, when, then):
    # "وشنو فيها؟" after module 3's dates got the platform's navigation page
    user = f"newcomer-s32-inside-{when[:6]}"
    assert say(full_services, when, user=user).intent == Intent.ORGANIZATIONAL
    decision = say(full_services, then, user=user)
    assert decision.intent == Intent.ORGANIZATIONAL and "3" in decision.body, decision.to_json()


def test_someone_in_a_case_put_is_not_a_person_to_talk_to():
    from bot.roles.intents import names_someone
    for text in ("w ila kan chi wa7ed ma bghach ykhdem?", "وإذا كان أحد المشاركين يعرقل عمل المجموعة؟",
                 "et si quelqu'un ne participe pas ?"):
        assert not names_someone(text), text
    for text in ("bghit nhder m3a chi wa7ed", "بغيت نهضر مع شي حد", "je veux parler à quelqu'un",
                 "w ila ma jawbni 7ad, bghit ntwasel m3a tuteur"):
        assert names_someone(text), text


@pytest.mark.slow
@pytest.mark.parametrize("first, then, meant, said", [
    # heard off topic (0.6), read with the attestation question surely the attestation's: it got the off-topic reply
    ("Comment obtenir mon attestation de fin de MOOC ?", "et si mon nom est mal écrit dessus ?",
     "dig-etakwine-attestation", "orthographié"),
])
def test_a_case_of_what_was_just_said_heard_off_topic_stays_in_the_conversation(full_services, first, then, meant,
                                                                               said):
    user = f"newcomer-s32-case-{meant}"
    say(full_services, first, user=user)
    decision = say(full_services, then, user=user)
    assert decision.kind == Kind.ANSWER and decision.citations and decision.citations[0].id == meant, \
        decision.to_json()
    assert said in decision.body, decision.body


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="known regression of 8d2cffb (session 41): with the course's Arabizi words, the "
                   "group-work answer is read a little differently and this follow-up gets a low-confidence ticket; "
                   "not mended in the session (see its note)")
def test_a_case_with_someone_in_it_opens_no_ticket(full_services):
    user = "newcomer-s32-someone"
    say(full_services, "kifach nnadem lkhedma f les groupes m3a lmotadarribin?", user=user)
    decision = say(full_services, "w ila kan chi wa7ed ma bghach ykhdem?", user=user)
    assert decision.reason != Reason.HUMAN_REQUESTED and not decision.escalate, decision.to_json()


@pytest.mark.slow
def test_a_recipe_after_a_question_is_still_off_topic(full_services):
    user = "newcomer-s32-recipe"
    say(full_services, "c'est quoi le micro-enseignement ?", user=user)
    decision = say(full_services, "et si je te demandais une recette de couscous ?", user=user)
    assert decision.reason == Reason.OFF_TOPIC and not decision.citations, decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("turns, module_said", [
    (("Quand commence le module 2 ?", "et pour le module 5 ?", "et en arabe ?"), "الوحدة 5"),
    (("متى تبدأ الوحدة الثالثة؟", "والوحدة الرابعة؟", "وبالفرنسية؟"), "Module 4"),
])
def test_the_other_language_after_two_calendar_replies_gives_the_latest_dates(full_services, turns, module_said):
    # "et en arabe ?" after two calendar replies got the guide's page on which language to write in
    user = f"newcomer-s32-lang-{turns[0][:5]}"
    for text in turns[:-1]:
        assert say(full_services, text, user=user).intent == Intent.ORGANIZATIONAL
    decision = say(full_services, turns[-1], user=user)
    assert decision.intent == Intent.ORGANIZATIONAL and module_said in decision.body, decision.to_json()


def test_a_latin_message_opening_on_darijas_and_keeps_an_arabic_conversation():
    from bot.conversation import conversation_language
    # read as French (0.72): the Arabizi follow-up was answered in French
    assert conversation_language("w ila smiti mktouba ghalat?", "fr", "ar") == "ar"
    assert conversation_language("W kifach nsiftha?", "fr", "ar") == "ar"
    assert conversation_language("et si mon nom est mal écrit ?", "fr", "ar") == "fr"
    assert conversation_language("w ila smiti mktouba ghalat?", "fr", "fr") == "fr"


def test_being_paid_for_the_training_is_administration_when_the_guide_is_unsure():
    from bot.administration import about_administration
    # "يخلصونا" (pay us) was no administration word, and "التكوين" named the course: three pages on training design
    assert about_administration("فوقاش غادي يخلصونا على التكوين؟", "eng-evaluation-of-training", sure=False)
    assert not about_administration("فوقاش غادي يخلصونا على التكوين؟", "eng-evaluation-of-training")
    assert not about_administration("عندي كونجي ديال الولادة، واش نقدر نبدل الفوج؟", "faq-free", sure=False)


def test_a_question_of_its_own_in_a_conversation_stands_alone_a_continuation_does_not():
    from bot.conversation_scope import stands_alone
    assert stands_alone("Quelle est la meilleure voiture électrique en 2026 ?")
    assert not stands_alone("et si mon nom est mal écrit dessus ?")
    assert not stands_alone("un exemple ?")
    assert not stands_alone("وكيف أطبق هذا في القسم؟")


@pytest.mark.slow
def test_an_off_topic_question_in_a_conversation_is_gated_like_a_first_one(full_services):
    # after a question on feedback, its "2026" found the institutions' page at 0.96 (asked first: off topic)
    user = "newcomer-s32-car"
    say(full_services, "Comment donner un feedback utile ?", user=user)
    decision = say(full_services, "Quelle est la meilleure voiture électrique en 2026 ?", user=user)
    assert not decision.citations and decision.reason == Reason.OFF_TOPIC, decision.to_json()


@pytest.mark.slow
def test_and_the_x_moves_to_the_section_the_message_alone_ranks_first_though_unsure(full_services):
    # "et pour l'auto-évaluation ?" after formative and summative: self-assessment 0.43 alone; it got more of the
    # formative/summative page, which the reading with the previous question is sure of
    user = "newcomer-s32-named"
    say(full_services, "Quelle est la différence entre évaluation formative et sommative ?", user=user)
    decision = say(full_services, "et pour l'auto-évaluation ?", user=user)
    assert decision.citations and decision.citations[0].id == "ass-self-assessment", decision.to_json()

