"""Defects found by newcomers in the session of 2026-12-07 (twenty-sixth), third part: examples the guide does not
give, repeats, the cohort's thread, Darija words, hard moments, complaints, modules named "dedans"."""
from __future__ import annotations

import pytest

from moderation.lexicon import LexiconClassifier
from tests.bot.helpers import say


@pytest.mark.slow
def test_an_example_the_section_does_not_give_is_said_so(full_services):
    # "3tini exemple" after the portfolio got its paragraph on common mistakes, given as if it were the example
    user = "s40-no-example"
    say(full_services, "ok, chno howa portfolio réflexif?", user=user)
    decision = say(full_services, "3tini exemple", user=user)
    assert decision.body.startswith("لا يعطي الدليل مثالا جاهزا") and decision.citations, decision.body
    assert decision.citations[0].id == "ass-portfolio" and decision.buttons, decision.to_json()


def test_a_follow_up_s_answer_drops_the_paragraphs_already_shown():
    from bot.shown_items import unseen_part
    shown = "Liste :\n- un ;\n- deux."
    assert unseen_part("Liste :\n- un ;\n- deux.\n\nPièges : trois.", shown) == "Pièges : trois."
    assert unseen_part("Liste :\n- un ;\n- deux.", shown) == "Liste :\n- un ;\n- deux."  # nothing new: said so elsewhere
    assert unseen_part("Autre chose.\n\nEncore.", shown) == "Autre chose.\n\nEncore."


@pytest.mark.slow
def test_a_follow_up_does_not_send_the_first_reply_s_list_again(full_services):
    # "وإلا كان شي واحد كيكتب كلام خايب؟" after the forum's facilitation got its list again word for word, then pitfalls
    user = "s40-no-repeat"
    first = say(full_services, "كيفاش نسير النقاش فالمنتدى مع المتدربين؟", user=user)
    then = say(full_services, "وإلا كان شي واحد كيكتب كلام خايب؟", user=user)
    assert first.body.split("\n")[1] not in then.body, then.body


@pytest.mark.slow
@pytest.mark.parametrize("text", ["fin kayn forum dyal cohorte dyali?", "où est le fil de ma cohorte sur le forum ?"])
def test_the_cohort_s_thread_asked_for_itself_gets_it(full_services, text):
    # "fin kayn forum dyal cohorte dyali?" got a choice of the charter's topics, forum facilitation, changing cohort
    decision = say(full_services, text, user=f"s40-cohort-thread-{len(text)}")
    assert decision.body.startswith("🤝") and not decision.options, decision.to_json()


@pytest.mark.slow
def test_how_many_modules_in_darija_is_the_calendar_s(full_services):
    # "واخا، وشحال ديال الوحدات كاينين فالمساق كامل؟" got a choice of the attestation, the training plan and assessment
    decision = say(full_services, "واخا، وشحال ديال الوحدات كاينين فالمساق كامل؟", user="s40-how-many-modules")
    assert decision.intent == "organizational" and not decision.options, decision.to_json()


@pytest.mark.slow
def test_a_trainee_who_disrupts_in_darija_gets_the_page_on_difficult_situations(full_services):
    # "كيفاش نتعامل مع متدرب كيشوش فالقسم؟" got the flipped classroom at 0.80 (its "القسم المعكوس")
    decision = say(full_services, "كيفاش نتعامل مع متدرب كيشوش فالقسم؟", user="s40-disrupts")
    assert [c.id for c in decision.citations][:1] == ["fac-difficult-situations"], decision.to_json()


@pytest.mark.slow
def test_a_request_for_a_person_after_another_question_adds_that_question_to_the_open_ticket(full_services):
    # "Ok, je peux parler à un tuteur ?" right after a question Rafiq answered was added to the earlier ticket alone:
    # no tutor saw the question it was about
    user = "s40-request-after-question"
    first = say(full_services, "je veux parler a un tuteur", user=user)
    say(full_services, "c quoi l'évaluation diagnostique", user=user)
    say(full_services, "et l'évaluation sommative c quoi ?", user=user)
    again = say(full_services, "Ok, je peux parler à un tuteur ?", user=user)
    assert again.ticket_id == first.ticket_id, again.to_json()
    ticket = full_services.tickets.get(first.ticket_id)
    assert "sommative" in ticket.question and ticket.question.count("diagnostique") == 1, ticket.question


@pytest.mark.slow
@pytest.mark.parametrize("text, sections", [
    ("Comment donner un feedback et comment construire une grille critériée ?", {"ass-feedback", "ass-rubrics"}),
    ("ما هو التقويم التكويني؟ وكيف أبني شبكة الملاحظة؟", {"ass-formative", "sup-observation-grid"}),
])
def test_two_guide_questions_in_one_message_get_both_answers(full_services, text, sections):
    # one of the two was dropped without a word (5 of 7 such messages, a newcomer)
    decision = say(full_services, text, user=f"s40-two-questions-{len(text)}")
    assert {c.id for c in decision.citations} == sections, decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("text, lang", [
    ("Mon père est décédé la semaine dernière, je n'ai pas pu rendre le devoir du module 2", "fr"),
    ("توفي الوالد الأسبوع الماضي وما قدرتش نكمل الواجب", "ar"), ("mat lia bba had simana, ma9dertch nsift devoir", "ar"),
])
def test_a_death_in_the_family_gets_condolences_and_the_way_to_a_tutor(full_services, text, lang):
    # "Mon père est décédé…" got the late-work page's "write to your tutor before the deadline"; "Ma mère est décédée…"
    # a choice of guide pages (a newcomer, 3 of 3)
    decision = say(full_services, text, user=f"s40-bereaved-{len(text)}")
    assert decision.body.startswith(("Toutes mes condoléances", "أحر التعازي")) and decision.buttons, decision.body
    assert not decision.citations and decision.lang == lang, decision.to_json()


@pytest.mark.parametrize("text", ["c'est quoi le décès d'un projet ?", "مات ليا الحاسوب", "le projet est mort"])
def test_a_death_that_is_not_a_person_s_is_not_bereavement(text):
    from bot.bereavement import bereaved
    assert not bereaved(text)


@pytest.mark.slow
def test_after_the_caring_reply_the_next_messages_stay_with_the_alert(full_services):
    # two messages after the caring reply, "شكون غادي يهضر معايا؟" got a ticket saying the guide had no answer,
    # "sm7 liya" "write your question in a sentence", "Merci, ça me fait du bien de l'écrire" "glad to help!"
    user = "s40-caring-moment"
    first = say(full_services, "ما بقيتش باغية نعيش", user=user)
    assert first.reason == "distress", first.to_json()
    for text in ("شكون غادي يهضر معايا؟", "sm7 liya", "je ne sais pas", "Qui va lire mon message ? C'est une vraie personne ?"):
        decision = say(full_services, text, user=user)
        assert "141" in decision.body and decision.ticket_id in (None, first.ticket_id), (text, decision.to_json())
    thanks = say(full_services, "Merci, ça me fait du bien de l'écrire quelque part.", user=user)
    assert "Avec plaisir" not in thanks.body and "سعيد بمساعدتك" not in thanks.body, thanks.body
    still = say(full_services, "comment déposer mon devoir ?", user=user)  # a sure guide question is answered
    assert [c.id for c in still.citations] == ["dig-etakwine-submission"], still.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("text", ["bghit nhbes l mooc, ma 3ndich lwe9t w ma fahma walo",
                                  "wlah ma b9itch 9ader, bzaf 3lia had l mooc"])
def test_discouragement_in_arabizi_gets_the_encouragement(full_services, text):
    # the first got the page on MOOC formats (0.69), the second study hours starting mid-section
    decision = say(full_services, text, user=f"s40-arabizi-discouraged-{len(text)}")
    assert decision.intent == "socio_cognitive" and not decision.citations, decision.to_json()


@pytest.mark.parametrize("text", ["Honnêtement je ne sais pas si ça vaut encore la peine de continuer… ni le MOOC ni le "
                                  "reste.", "à quoi bon continuer"])
def test_hopelessness_beyond_the_course_is_distress(text):
    assert LexiconClassifier().classify(text)["distress"] >= 0.5


@pytest.mark.slow
@pytest.mark.parametrize("text", ["هذه الأجوبة عامة جدا ولا تفيدني، أنا غير راض عن هذه الخدمة",
                                  "C'est n'importe quoi ce bot, ça fait trois fois que je pose la question et j'ai "
                                  "jamais de vraie réponse"])
def test_a_complaint_about_rafiq_as_a_first_message_is_heard(full_services, text):
    # both got a choice of the charter's rules (or the page on asking good questions)
    decision = say(full_services, text, user=f"s40-complaint-first-{len(text)}")
    assert decision.reason == "not_helpful" and decision.buttons and not decision.options, decision.to_json()


@pytest.mark.slow
def test_a_french_term_in_an_arabic_conversation_keeps_arabic(full_services):
    # "و l'auto-évaluation؟" after an Arabic answer was answered in French (3 of 4 such messages)
    user = "s40-mixed-term"
    say(full_services, "شنو هو التقويم التكويني؟", user=user)
    decision = say(full_services, "و l'auto-évaluation؟", user=user)
    assert decision.lang == "ar" and [c.id for c in decision.citations] == ["ass-self-assessment"], decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("dated, turns", [
    ("quand commence le module 3 ?", ("Et il y a un devoir dedans ?", "c pour quand ?")),
    ("متى تفتح المجزوءة 3؟", ("وفيها شي واجب؟", "وإمتا كتسد؟")),
])
def test_an_assignment_or_a_bare_when_after_a_module_s_dates_is_the_calendar_s(full_services, dated, turns):
    # "Et il y a un devoir dedans ?" got the steps to submit, "c pour quand ?" the page on formats, "وفيها شي واجب؟"
    # the platform's navigation, "وإمتا كتسد؟" "write your question in a sentence" (a newcomer, French 3 of 3)
    user = f"s40-module-dedans-{len(dated)}"
    say(full_services, dated, user=user)
    for text in turns:
        decision = say(full_services, text, user=user)
        assert decision.intent == "organizational" and "3" in decision.body and not decision.citations, \
            (text, decision.to_json())


def test_qd_is_when():
    from bot.roles.calendar_query import parse_calendar_query
    query = parse_calendar_query("ok et le devoir du module 3 c pr qd")
    assert query is not None and query.kind == "deadline" and query.module == 3


@pytest.mark.slow
def test_the_small_step_asked_in_a_longer_darija_sentence_gets_the_guide_s_advice(full_services):
    # "وشنو هي الخطوة الصغيرة لي نبدا بيها اليوم؟" after the encouragement that proposed it got the off-topic reply
    user = "s40-small-step"
    say(full_services, "صافي عييت من هاد المساق، بزاف عليا", user=user)
    decision = say(full_services, "وشنو هي الخطوة الصغيرة لي نبدا بيها اليوم؟", user=user)
    assert decision.citations and decision.reason != "off_topic", decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("dated, then, section", [
    ("imta kaybda module 6?", "w chno hiya SAMR li ghadi nqraw fih?", "dig-ict-integration"),
    ("le module 4 ouvre quand ?", "Et pour le devoir de ce module, une grille critériée : des conseils pour la construire ?",
     "ass-rubrics"),
])
def test_a_guide_question_of_its_own_naming_this_module_is_the_guide_s(full_services, dated, then, section):
    # the dev sets caught these when "fih" / "ce module" first meant the module just dated, whatever was asked
    user = f"s40-this-module-guide-{len(then)}"
    say(full_services, dated, user=user)
    decision = say(full_services, then, user=user)
    assert [c.id for c in decision.citations][:1] == [section], decision.to_json()



@pytest.mark.slow
def test_how_to_animate_the_cohort_s_forum_is_the_guide_s_not_the_thread(full_services):
    # the dev dialogues caught "كيفاش ننشط المنتدى ديال الفوج؟" getting "your cohort's thread is on the forum"
    decision = say(full_services, "كيفاش ننشط المنتدى ديال الفوج؟", user="s40-animate-forum")
    assert [c.id for c in decision.citations][:1] == ["tut-forum-facilitation"], decision.to_json()


@pytest.mark.slow
def test_a_concept_in_a_reply_to_a_clarifying_question_is_read_with_the_options(full_services):
    # "grille" then "d'observation, l stagiaire f classe multiniveaux": the reply to the choice got "the guide does not
    # treat multigrade classes" (the dev dialogues caught it)
    user = "s40-clarified-concept"
    assert say(full_services, "grille", user=user).options
    decision = say(full_services, "d'observation, pour un stagiaire en classe multiniveaux", user=user)
    assert [c.id for c in decision.citations][:1] == ["sup-observation-grid"], decision.to_json()
