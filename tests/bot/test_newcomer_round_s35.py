"""Defects a newcomer found by talking to the running server (session of 2026-12-07, twenty-first): "are you a
robot?" opened a ticket, a deadline asked with a live session lost the deadline, a month after a live session's
date went to a tutor, "ok w module 4?" after dates got a menu of guide pages."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.types import Intent, Kind
from bot.about_rafiq import asks_for_figures, asks_who_i_am
from tests.bot.helpers import Clock, say

MONDAY_7_DECEMBER = datetime(2026, 12, 7, 4, 0, tzinfo=ZoneInfo("Africa/Casablanca"))


@pytest.mark.parametrize("text", ["t'es un robot ou une vraie personne ?", "واش انت روبو ولا بنادم؟", "chkoun nta?",
                                  "wach nta robot?", "هل أنت إنسان أم آلة؟", "Qui es-tu ?",
                                  "est-ce que je parle à un robot ?"])
def test_asking_whether_rafiq_is_a_robot_is_recognised(text):
    assert asks_who_i_am(text)


@pytest.mark.parametrize("text", ["c'est quoi le rôle du tuteur ?", "je suis formateur",
                                  "le robot pédagogique en classe, c'est utile ?", "شكون هو المؤطر ديالي؟"])
def test_other_messages_do_not_ask_it(text):
    assert not asks_who_i_am(text)


@pytest.mark.slow
@pytest.mark.parametrize("text, lang", [("t'es un robot ou une vraie personne ?", "fr"),
                                        ("واش انت روبو ولا بنادم؟", "ar")])
def test_rafiq_says_it_is_a_program_and_opens_no_ticket(full_services, text, lang):
    # the French got "votre demande est transmise à un tuteur humain", the Darija "no sure answer" and a ticket
    decision = say(full_services, text, user=f"newcomer-s35-robot-{lang}")
    assert decision.kind == Kind.ANSWER and not decision.ticket_created and not decision.citations
    assert decision.lang == lang and ("Rafiq" in decision.body or "رفيق" in decision.body)
    assert [b.action for b in decision.buttons] == ["tutor"]


def _at_monday(services):
    services.tutor.organizational.clock = Clock(MONDAY_7_DECEMBER)
    return services.tutor.organizational


@pytest.mark.slow
@pytest.mark.parametrize("text, lang, due", [
    ("c quoi la date limite du devoir 2 du module 2 et il y a une classe virtuelle avant ?", "fr", "18 décembre"),
    ("ewa imta akhir ajal dyal devoir module 2 ? w wach kayn chi 7issa live 9bel?", "ar", "18 دجنبر"),
])
def test_a_deadline_asked_with_a_live_session_gets_both(full_services, text, lang, due):
    # only the live session came back (already past): the due date was never given
    organizational = _at_monday(full_services)
    live = organizational.calendar.upcoming(organizational.clock(), limit=1, kinds=("live_session",))[0]
    decision = say(full_services, text, user=f"newcomer-s35-two-{lang}")
    assert decision.intent == Intent.ORGANIZATIONAL, decision.to_json()
    assert due in decision.body and (organizational.calendar.title(live, lang) in decision.body
                                     or "3 " in decision.body), decision.body


@pytest.mark.slow
@pytest.mark.parametrize("first, then, lang", [("Quelle est la prochaine classe virtuelle ?", "et le mois prochain ?", "fr"),
                                               ("imta l live jaya?", "w chhar jay?", "ar")])
def test_a_month_after_a_live_sessions_date_gives_that_months_live_sessions(full_services, first, then, lang):
    # "et le mois prochain ?" got "no sure answer" and a ticket
    _at_monday(full_services)
    user = f"newcomer-s35-month-{lang}"
    assert say(full_services, first, user=user).intent == Intent.ORGANIZATIONAL
    decision = say(full_services, then, user=user)
    assert decision.intent == Intent.ORGANIZATIONAL and not decision.ticket_created, decision.to_json()
    assert ("Le mois prochain" in decision.body or "الشهر المقبل" in decision.body), decision.body
    assert ("15 janvier" not in decision.body and "15 يناير" not in decision.body), decision.body  # no deadline


@pytest.mark.slow
def test_ok_and_a_module_after_a_deadline_reads_with_the_deadline(full_services):
    # "ok w module 4?" got a choice between the forum's themes and the platform's navigation
    _at_monday(full_services)
    user = "newcomer-s35-ok-and"
    assert say(full_services, "imta akhir ajal dyal devoir module 2?", user=user).intent == Intent.ORGANIZATIONAL
    decision = say(full_services, "ok w module 4?", user=user)
    assert decision.intent == Intent.ORGANIZATIONAL and not decision.options, decision.to_json()
    assert "4" in decision.body


@pytest.mark.parametrize("text, lang", [
    ("ma fhmtch mzyan l3arbia, 3tini jawab b lfrancais 3afak: kifach nwjd l'analyse des besoins?", "fr"),
    ("ma fhmtch l3arbia, jawbni b lfrancais: kifach ndir grille d'evaluation?", "fr"),
    ("بالفرنسية عافاك، كيف أبني شبكة تقويم؟", "fr"),
    ("comment préparer une séance ? en arabe svp", "ar"),
])
def test_a_language_asked_for_with_a_question_is_read(text, lang):
    from bot.conversation_language import conversation_language, language_asked_with_a_question
    assert language_asked_with_a_question(text) == lang
    assert conversation_language(text, "ar" if lang == "fr" else "fr", "") == lang


@pytest.mark.parametrize("text", ["et en arabe ?", "Je peux écrire en arabe sur le forum ?", "merci, et en arabe ?",
                                  "Bonjour, je suis arabophone. Comment déposer mon devoir ?"])
def test_a_message_naming_a_language_without_asking_the_answer_in_it_is_not(text):
    from bot.conversation_language import language_asked_with_a_question
    assert language_asked_with_a_question(text) is None


@pytest.mark.slow
def test_a_question_asking_its_answer_in_french_is_answered_in_french(full_services):
    # it came back in Arabic; the same request as a second message worked
    decision = say(full_services, "ma fhmtch l3arbia, jawbni b lfrancais: kifach ndir grille d'evaluation?",
                   user="newcomer-s35-in-french")
    assert decision.lang == "fr" and decision.citations, decision.to_json()
    assert decision.citations[0].id == "ass-rubrics" and decision.citations[0].lang == "fr"


@pytest.mark.slow
@pytest.mark.parametrize("none", ["non aucun des deux", "ni l'un ni l'autre", "حتى واحد", "hta wa7ed"])
def test_none_of_the_options_declines_them(full_services, none):
    # "non aucun des deux" got the same options again
    user = f"newcomer-s35-none-{len(none)}-{none[:2]}"
    assert say(full_services, "tuteur", user=user).kind == Kind.CLARIFY
    decision = say(full_services, none, user=user)
    assert decision.kind == Kind.ANSWER and not decision.options and not decision.citations, decision.to_json()
    assert [b.action for b in decision.buttons] == ["tutor"]


@pytest.mark.slow
def test_a_ticket_after_declining_the_options_carries_the_question_asked(full_services):
    # the card showed "je veux parler a un tuteur ↪ non aucun des deux": the tutor could not see what was needed
    from bot.store.ticket_details import question_asked
    user = "newcomer-s35-declined-ticket"
    assert say(full_services, "tuteur", user=user).kind == Kind.CLARIFY
    say(full_services, "non aucun des deux", user=user)
    decision = say(full_services, "je veux parler a un tuteur", user=user)
    assert decision.ticket_created, decision.to_json()
    ticket = full_services.tickets.get(decision.ticket_id)
    assert question_asked(ticket.question, ticket.reason) == "tuteur", ticket.question
    assert "non aucun des deux" in ticket.question


@pytest.mark.slow
def test_an_insult_about_the_tutors_gets_the_calm_reply_to_abuse(full_services):
    # the model's toxic score said about people (0.76) was under the chat's bar: a choice of guide pages came back
    from bot.texts import t
    decision = say(full_services, "هاد المنصة خايبة بزاف و المؤطرين ديالكم حمير ما كيجاوبوش", user="newcomer-s35-insult")
    assert t("chat_abuse", "ar") in decision.body and not decision.options, decision.to_json()


@pytest.mark.parametrize("text, example", [("tu as un modele de message ?", True), ("un modèle ?", True),
                                           ("c'est quoi le modèle SAMR ?", False), ("le modele ADDIE", False)])
def test_a_model_asked_for_is_an_example(text, example):
    # "tu as un modele de message ?" after the page on reviving inactive participants got the netiquette page
    from bot.conversation import asks_for_example
    assert asks_for_example(text) is example


@pytest.mark.parametrize("text, broken", [("le bouton deposer n'apparait pas", True), ("la page ne s'ouvre pas", True),
                                          ("ما كيبانش الزر ديال الإيداع", True), ("lbouton ma kaybanch", True),
                                          ("le bouton apparaît où ?", False), ("Comment déposer mon devoir ?", False)])
def test_something_that_does_not_show_does_not_work(text, broken):
    from bot.not_working import says_not_working
    assert says_not_working(text) is broken


@pytest.mark.slow
def test_a_button_that_does_not_show_after_the_submission_steps_gets_the_technical_page(full_services):
    # it got the same page's paragraph on formats and size
    user = "newcomer-s35-button"
    assert say(full_services, "Comment déposer mon devoir sur e-Takwine ?", user=user).citations[0].id == \
        "dig-etakwine-submission"
    decision = say(full_services, "le bouton deposer n'apparait pas", user=user)
    assert [c.id for c in decision.citations][:1] == ["dig-etakwine-technical"] or decision.escalate, \
        decision.to_json()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_an_answer_with_steps_shrunk_to_their_labels_says_how_to_read_one(lang):
    # "3. Connaître le public : …" was taken for a cut answer; the step's number gives it whole
    from bot.texts import t
    from bot.types import Citation, Decision
    shrunk = Decision(Kind.ANSWER, "Voici.\n1. Situer la séance : sa place.\n3. Connaître le public : …", lang,
                      Intent.QUESTION, citations=(Citation("eng-session-preparation", "Préparer", lang),))
    whole = Decision(Kind.ANSWER, "Voici.\n1. Situer la séance : sa place.", lang, Intent.QUESTION,
                     citations=shrunk.citations)
    assert t("steps_hint", lang) in shrunk.text and t("steps_hint", lang) not in whole.text


@pytest.mark.parametrize("text, asks", [("fin nl9a had les stats?", True), ("où voir les statistiques de Rafiq ?", True),
                                        ("أين أجد الإحصائيات؟", True), ("comment évaluer une formation ?", False),
                                        ("le tableau de bord d'e-Takwine", False)])
def test_figures_asked_for_are_recognised(text, asks):
    assert asks_for_figures(text) is asks


@pytest.mark.slow
def test_a_coordinator_asking_where_the_figures_are_is_pointed_to_the_console(full_services):
    # "fin nl9a had les stats?" was heard as off topic
    decision = say(full_services, "fin nl9a had les stats?", user="newcomer-s35-figures")
    assert "/console/stats" in decision.body and not decision.ticket_created, decision.to_json()


@pytest.mark.slow
def test_a_question_with_a_word_of_contempt_in_a_story_is_still_the_guides(full_services):
    # the rule above first read "تقلق وسكت" (got upset and fell silent: contempt's words) as abuse
    decision = say(full_services, "ملي حضرت الحصة وبديت نعطي الملاحظات، المتدرب تقلق وسكت. كيفاش خاص تكون المقابلة "
                   "من بعد الحصة؟", user="newcomer-s35-story")
    assert decision.reason != "abusive_message" and decision.citations, decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("first, then, shown", [
    ("Quelle est la prochaine classe virtuelle ?", "et en fevrier ?", "17 février"),
    ("شنو كاين هاد الشهر؟", "وفي شهر فبراير؟", "17 فبراير"),
    ("chno kayn had simana f MOOC?", "w mn b3d?", "18 دجنبر"),
])
def test_a_month_or_the_period_after_asked_after_dates_gets_that_periods_dates(full_services, first, then, shown):
    # "et en fevrier ?" got the page on recordings, "وفي شهر فبراير؟" the off-topic reply, "w mn b3d?" "say more"
    _at_monday(full_services)
    user = f"newcomer-s35-period-{len(first)}"
    assert say(full_services, first, user=user).intent == Intent.ORGANIZATIONAL
    decision = say(full_services, then, user=user)
    assert decision.intent == Intent.ORGANIZATIONAL and shown in decision.body, decision.to_json()


def test_a_language_request_is_left_out_of_the_question_searched():
    # "… repondez en arabe svp" found the page on which language to write in
    from bot.conversation_language import without_language_request
    assert without_language_request("Qu'est-ce que le tutorat en ligne ? repondez en arabe svp") == \
        "Qu'est-ce que le tutorat en ligne ?"
    assert without_language_request("ma fhmtch l3arbia, jawbni b lfrancais: kifach ndir grille d'evaluation?") == \
        "kifach ndir grille d'evaluation?"
    assert without_language_request("Comment déposer mon devoir ?") == "Comment déposer mon devoir ?"


@pytest.mark.slow
def test_posting_ones_phone_number_asked_after_the_rules_is_the_charters(full_services):
    # "واش مسموح نحط رقم التليفون ديالي؟" got the off-topic reply (the intent model: off topic at 0.8)
    decision = say(full_services, "واش مسموح نحط رقم التليفون ديالي؟", user="newcomer-s35-phone")
    assert [c.id for c in decision.citations][:1] == ["charter-personal-data"], decision.to_json()


@pytest.mark.slow
def test_registering_in_arabizi_is_answered_and_its_step_read(full_services):
    # "e-takwine" was rewritten "ا - takwine": the navigation page first, then a menu (0.93), "3tini l'etape 6" the
    # same menu again
    user = "newcomer-s35-register"
    assert say(full_services, "kifach nsajel f e-takwine?", user=user).citations[0].id == "dig-etakwine-registration"
    decision = say(full_services, "3tini l'etape 6", user=user)
    assert decision.citations[0].id == "dig-etakwine-registration" and "6." in decision.body, decision.to_json()


@pytest.mark.slow
def test_pay_asked_in_arabizi_is_not_the_guides(full_services):
    # a menu of training plan, professional development and formative assessment
    decision = say(full_services, "imta ghadi ykhelsouna 3la had l formation? kayn chi t3wid?", user="newcomer-s35-pay")
    assert decision.reason == "no_match" and not decision.options and not decision.citations, decision.to_json()
