"""One decision from all the evidence, and a conversation with memory (#14)."""
from __future__ import annotations

import pytest

from bot.chat_flow import _read_in_context
from bot.conversation import CHOICE, EXAMPLE, MORE, OTHER_LANG, LastTurn, continues, follow_up
from bot.types import Kind, Reason
from tests.bot.helpers import read_at, say

pytestmark = pytest.mark.slow  # reads real answers: the real model


@pytest.mark.parametrize("text,expected", [
    ("et en arabe ?", (OTHER_LANG, "ar")), ("بالفرنسية؟", (OTHER_LANG, "fr")), ("donne-moi un exemple", (EXAMPLE, None)),
    ("عطيني مثال", (EXAMPLE, None)), ("plus de détails", (MORE, None)), ("w daba?", (MORE, None)),
    ("1", (CHOICE, 1)), ("le deuxième", (CHOICE, 2)), ("نعم", (CHOICE, 1)), ("oui c'est ça", (CHOICE, 1)),
    ("Comment préparer une séance de formation ?", None), ("", None),
    ("عطيني الجواب بالفرنسية عافاك", (OTHER_LANG, "fr")), ("peux-tu le dire en arabe ?", (OTHER_LANG, "ar")),
    ("w b lfransawiya?", (OTHER_LANG, "fr")),
    ("Comment dit-on évaluation formative en arabe ?", None),  # a question of its own, not a follow-up
    ("un cas concret ?", (EXAMPLE, None)), ("et en pratique ?", (EXAMPLE, None)), ("مثلا؟", (EXAMPLE, None)),
    ("كيفاش نطبق هادشي فالواقع؟", (EXAMPLE, None)), ("ترجم للفرنسية", (OTHER_LANG, "fr")),
    ("ترجمها للعربية", (OTHER_LANG, "ar")),
    ("Comment améliorer ma pratique ?", None), ("Comment rendre un objectif concret ?", None),
])
def test_follow_ups_are_recognised_in_both_languages_and_darija(text, expected):
    assert follow_up(text) == expected


def test_a_question_about_the_tutors_role_is_not_a_request_for_a_human(make_services):
    services = make_services()
    decision = say(services, "Quels sont les rôles du tuteur en ligne dans un MOOC ?")
    assert decision.reason != Reason.HUMAN_REQUESTED
    assert say(services, "je voudrais parler à un tuteur s'il vous plaît", user="t2").reason == Reason.HUMAN_REQUESTED
    assert say(services, "bghit nhder m3a chi mo2atir", user="t5").reason == Reason.HUMAN_REQUESTED  # not distress
    assert say(services, "bghit nhder m3a mo2atir 3afak", user="t3").reason == Reason.HUMAN_REQUESTED
    assert say(services, "بغيت نهضر مع مؤطر عفاك", user="t4").reason == Reason.HUMAN_REQUESTED


@pytest.mark.parametrize("text", ["merci beaucoup, c'est très clair", "شكرا بزاف على المساعدة", "Merci !",
                                  "merci bzaf a khouya, lah ykhlik"])  # the blessing was held as a curse
def test_thanks_in_their_common_forms_open_no_ticket(make_services, text):
    decision = say(make_services(), text)
    assert decision.intent == "thanks" and not decision.escalate


def test_et_en_arabe_gives_the_previous_answer_in_arabic(make_services):
    services = make_services()
    first = say(services, "C'est quoi l'évaluation formative ?")
    assert first.kind == Kind.ANSWER and first.citations[0].id == "ass-formative" and first.lang == "fr"
    again = say(services, "et en arabe ?")
    assert again.kind == Kind.ANSWER and again.lang == "ar"
    assert again.citations[0].id == "ass-formative" and again.citations[0].lang == "ar"
    example = say(services, "donne-moi un exemple")
    assert example.kind == Kind.ANSWER and example.citations[0].id == "ass-formative"


def test_a_bare_number_answers_the_pending_clarification(make_services):
    services = make_services()
    read_at(services, 1.01)  # nothing is sure enough to answer at once: the sections compete
    asked = say(services, "évaluation formative ou sommative ?")
    assert asked.kind == Kind.CLARIFY and asked.options and not asked.escalate
    assert [b.action for b in asked.buttons][-1] == "tutor"
    chosen = say(services, "1")
    assert chosen.kind == Kind.ANSWER and chosen.citations[0].id == asked.options[0].id


def test_a_follow_up_with_no_previous_exchange_is_not_read_as_one(make_services):
    decision = say(make_services(), "et en arabe ?", user="stranger")
    assert decision.intent != "follow_up"


def test_memory_expires(make_services):
    services = make_services(conversation_minutes=0)
    say(services, "C'est quoi l'évaluation formative ?")
    assert say(services, "et en arabe ?").intent != "follow_up"



@pytest.mark.parametrize("text", [
    "Quand je dépose mon devoir sur e-Takwine, il faut cliquer sur quel bouton ?",   # "quand": not the calendar
    "Je stresse pour ma première classe virtuelle, comment rassurer les participants anxieux ?",  # a feeling word
])
def test_a_guide_question_with_a_date_or_a_feeling_word_is_answered_from_the_guide(make_services, text):
    decision = say(make_services(), text)
    assert decision.kind == Kind.ANSWER and decision.citations, decision
    assert decision.intent not in ("organizational", "socio_cognitive")


@pytest.mark.parametrize("text", ["Quel temps fera-t-il demain à Fès ?", "شكون ربح الماتش ديال البارح؟"])
def test_an_off_topic_question_gets_the_polite_reply_and_a_button_not_a_ticket(make_services, text):
    decision = say(make_services(), text)
    assert decision.reason == Reason.OFF_TOPIC and not decision.escalate and not decision.citations
    assert [b.action for b in decision.buttons] == ["tutor"]


def test_a_follow_up_naming_another_topic_is_answered_on_that_topic(make_services):
    services = make_services()
    assert say(services, "C'est quoi l'évaluation formative ?").citations[0].id == "ass-formative"
    decision = say(services, "et pour l'évaluation sommative ?")
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "ass-summative"


def test_an_elliptical_question_is_read_with_the_previous_one(make_services):
    services = make_services()
    first = say(services, "Comment déposer mon devoir sur e-Takwine ?")
    assert first.kind == Kind.ANSWER and first.citations[0].id == "dig-etakwine-submission"
    alone = services.tutor.engine.answer("et si le bouton n'apparaît pas ?", "fr")
    assert not alone.answered, "the message alone is not enough (else this test checks nothing)"
    decision = say(services, "et si le bouton n'apparaît pas ?")
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "dig-etakwine-submission"
    # whatever the intent model calls it, an unsure message is read with the previous question
    last = LastTurn("Comment déposer mon devoir sur e-Takwine ?", "fr", ("dig-etakwine-submission",), False)
    read = _read_in_context(services.tutor, alone, "et si le bouton n'apparaît pas ?", "fr", last)
    assert read is not None and read.citations[0].id == "dig-etakwine-submission"


def test_a_new_unrelated_question_is_not_answered_from_the_previous_topic(make_services):
    services = make_services()
    assert say(services, "C'est quoi l'évaluation formative ?").citations[0].id == "ass-formative"
    question = "Quand est-ce que les primes de rendement sont versées aux fonctionnaires ?"
    decision = say(services, question)
    assert not decision.citations, decision
    last = LastTurn("C'est quoi l'évaluation formative ?", "fr", ("ass-formative",), False)
    alone = services.tutor.engine.answer(question, "fr")
    assert _read_in_context(services.tutor, alone, question, "fr", last) is None


def test_a_bare_word_that_several_sections_answer_gets_a_clarifying_question(make_services):
    services = make_services()
    sure = services.tutor.engine.answer("l'évaluation ?", "fr")
    assert sure.answered, "retrieval alone would answer it (else this test checks nothing)"
    asked = say(services, "l'évaluation ?")
    assert asked.kind == Kind.CLARIFY and len(asked.options) >= 2 and not asked.escalate
    chosen = say(services, "2")
    assert chosen.kind == Kind.ANSWER and chosen.citations[0].id == asked.options[1].id
    # one section alone answers a bare word: no question back
    assert say(services, "les pairs ?", user="t9").kind == Kind.ANSWER


@pytest.mark.parametrize("first,follow", [
    ("Comment déposer mon devoir sur e-Takwine ?", "plus de détails"),
    ("شنو هو التقويم التكويني؟", "عطيني مثال"),
])
def test_a_follow_up_on_the_same_section_shows_another_part_not_the_same_excerpt(make_services, first, follow):
    services = make_services()
    before = say(services, first)
    assert before.kind == Kind.ANSWER and before.citations
    after = say(services, follow)
    assert after.kind == Kind.ANSWER and after.citations[0].id == before.citations[0].id
    assert after.body.strip() != before.body.strip()




def test_an_arabizi_follow_up_on_the_submission_page_shows_another_part_of_it(full_services):
    """Whether "lbouton" belongs to the submission page is a question of retrieval quality, read over the whole
    guide: the mini corpus lacks the technical pages that compete with the page on reaching a tutor."""
    before = say(full_services, "kifach n7et devoir dyali f e-takwine?")
    assert before.kind == Kind.ANSWER and before.citations[0].id == "dig-etakwine-submission"
    after = say(full_services, "w ila ma l9itch lbouton?")
    assert after.kind == Kind.ANSWER and after.citations[0].id == "dig-etakwine-submission"
    assert after.body.strip() != before.body.strip()

def test_an_elliptical_follow_up_naming_a_neighbouring_section_moves_to_it(full_services):
    services = full_services
    assert say(services, "chno homa les valeurs dyal formateur?").citations[0].id == "prof-values"
    decision = say(services, "w l éthique?")
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "prof-ethics"


def test_a_bare_follow_up_in_a_darija_conversation_is_answered_in_arabic_not_clarified(full_services):
    services = full_services
    first = say(services, "chno hiya l'évaluation diagnostique?")
    assert first.citations[0].id == "ass-diagnostic" and first.lang == "ar"
    decision = say(services, "w l formative?")
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "ass-formative" and decision.lang == "ar"
    again = say(services, "w f lfrançais?")
    assert again.kind == Kind.ANSWER and again.citations[0].id == "ass-formative" and again.lang == "fr"


def test_a_short_message_the_guide_cannot_place_stays_on_the_previous_section(full_services):
    services = full_services  # the whole guide: in the mini corpus "الإيميل" (read as the e-mail) is sure of registration
    first = say(services, "نسيت كلمة السر ديالي")
    assert first.kind == Kind.ANSWER and first.citations[0].id == "dig-etakwine-login-password"
    alone = services.tutor.engine.answer("ومازال ما وصلنيش الإيميل", "ar")  # unsure, or sure of registration
    assert not alone.answered or alone.citations[0].id != "dig-etakwine-login-password", "else this checks nothing"
    decision = say(services, "ومازال ما وصلنيش الإيميل")
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "dig-etakwine-login-password"


@pytest.mark.parametrize("text,expected", [
    ("ومازال ما وصلنيش الإيميل", True), ("w ila ma l9itch lbouton?", True), ("et si je rate la date ?", True),
    ("وشحال خاص يكون فيه ديال المراحل؟", True), ("ولا بغيت نديرهم فالفوروم؟", True),
    ("واش نقدر نبدل الفوج؟", False), ("واجب ديالي ما تحطش", False), ("شكون ربح الماتش ديال البارح؟", False),
    ("Comment déposer mon devoir ?", False), ("وثيقة التسجيل فين نلقاها؟", False),
])
def test_a_message_opening_as_a_continuation_is_told_from_a_question_of_its_own(text, expected):
    assert continues(text) is expected


def test_a_short_off_topic_question_after_an_answer_is_not_read_as_its_continuation(make_services):
    services = make_services()
    first = say(services, "نسيت كلمة السر ديالي")
    assert first.kind == Kind.ANSWER and first.citations[0].id == "dig-etakwine-login-password"
    decision = say(services, "شكون ربح الماتش ديال البارح؟")
    assert decision.reason == Reason.OFF_TOPIC and not decision.citations



def test_a_reply_in_words_naming_an_offered_section_is_answered_not_asked_again(make_services):
    """After "Vous cherchez : 1. … 2. …", "je parlais de …" that ranks an offered section first got the same
    clarifying question again when retrieval alone was not sure of it."""
    services = make_services()
    strict = read_at(services, 1.01)  # nothing is sure enough to answer at once
    asked = say(services, "évaluation formative ou sommative ?")
    assert asked.kind == Kind.CLARIFY and len(asked.options) >= 2
    reply = "je parlais de l'évaluation sommative qui certifie en fin de module"
    alone = strict.answer(reply, "fr")
    named = alone.passages[0].chunk.section_id
    assert not alone.answered and named in {o.id for o in asked.options}, "else this checks nothing"
    decision = say(services, reply)
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == named


def test_a_follow_up_its_own_words_and_the_context_agree_on_is_answered_not_escalated(full_services):
    """"وكيف أساعده على وضع خطة لتطوره المهني؟" after a question on mentoring: alone it ranks the development plan
    first, not quite surely; read with the previous question that section is still among the first three.
    It was a ticket for a tutor (the two readings were never compared). Read at the stricter of the calibrated
    thresholds, or just above the message's own confidence when it is surer: at the Tutor's own threshold for
    MSA the message alone is answered already."""
    services = full_services
    follow = "وكيف أساعده على وضع خطة لتطوره المهني؟"
    alone = services.engine.answer(follow, "ar")
    strict = services.engine.calibration
    read_at(services, max(strict.threshold, strict.answer_threshold, alone.confidence + 0.01))  # a private engine
    first = say(services, "كيف أرافق أستاذا جديدا في سنته الأولى بالمدرسة؟")
    assert first.kind == Kind.ANSWER and first.citations[0].id == "sup-mentoring"
    alone = services.tutor.engine.answer(follow, "ar")
    assert not alone.answered and alone.passages[0].chunk.section_id == "sup-development-plan", "else this checks nothing"
    decision = say(services, follow)
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "sup-development-plan"


@pytest.mark.parametrize("question", ["شنو هي الأندراغوجيا؟", "chno kat3ni andragogie?"])
def test_a_definition_of_rare_jargon_is_not_taken_for_off_topic(full_services, question):
    """The intent model heard an unknown pedagogical term as off topic and set aside the guide's sure answer
    (or sent the polite "not my field" reply); definition questions on rare jargon are now content."""
    decision = say(full_services, question, user=question[:4])
    assert decision.reason != "off_topic", decision.reason
    cited = decision.citations if decision.kind == Kind.ANSWER else decision.options
    assert cited and cited[0].id == "fac-adult-learners"


def test_an_example_asked_while_a_clarifying_question_waits_asks_again_which_one(make_services):
    """"un exemple" sent while Rafiq asked "Vous cherchez : 1. … 2. …" got an example of the first option,
    chosen silently; it now asks again which section is meant."""
    services = make_services()
    read_at(services, 1.01)  # nothing is sure enough to answer at once
    asked = say(services, "évaluation formative ou sommative ?", user="t-ex")
    assert asked.kind == Kind.CLARIFY and len(asked.options) >= 2
    again = say(services, "donne-moi un exemple", user="t-ex")
    assert again.kind == Kind.CLARIFY and [o.id for o in again.options] == [o.id for o in asked.options]
    chosen = say(services, "2", user="t-ex")
    assert chosen.kind == Kind.ANSWER and chosen.citations[0].id == asked.options[1].id


@pytest.mark.parametrize("first,then,expected", [
    # a sequencing opener ("ومن بعد", "et après") followed by a question of its own moves to the section it names
    ("كيفاش ندير تحليل الحاجات ديال التكوين؟", "ومن بعد كيفاش نصيغ الأهداف؟", "eng-objectives-competencies"),
    ("Comment faire une analyse des besoins de formation ?", "et après, comment rédiger les objectifs ?",
     "eng-objectives-competencies"),
    # a short question the guide answers surely from the section the conversation is on is not off topic
    ("Comment construire une grille critériée pour corriger les travaux ?", "combien de critères au maximum ?",
     "ass-rubrics"),
])
def test_a_follow_up_is_answered_from_the_section_its_own_words_surely_name(full_services, first, then, expected):
    services = full_services
    say(services, first, user=f"su-{first}")
    decision = say(services, then, user=f"su-{first}")
    assert decision.kind == Kind.ANSWER and [c.id for c in decision.citations] == [expected]


@pytest.mark.parametrize("text,lang", [
    ("Tu peux me répondre en arabe ? c'est pour le partager avec mes collègues", "ar"),
    ("هل يمكنك أن تكتب لي ذلك بالفرنسية؟", "fr"),
])
def test_the_last_answer_in_the_other_language_asked_for_in_a_sentence(full_services, text, lang):
    services = full_services
    first = say(services, "Comment préparer une séance de formation ?" if lang == "ar" else "كيف أحضر حصة تكوينية؟",
                user=f"ol-{text}")
    decision = say(services, text, user=f"ol-{text}")
    assert decision.lang == lang and decision.citations and decision.citations[0].id == first.citations[0].id
