"""Defects a newcomer found by talking to the running server (session of 2026-12-07, twentieth): "that's not what I
meant" heard as distress, menus offered again and again or with absurd options, a definition asked in a
conversation answered from the page before, a tutor's closing notice showing the ticket's markup."""
from __future__ import annotations

import pytest

from bot.not_meant import not_meant
from bot.types import Kind, Reason
from tests.bot.helpers import delivered, say


@pytest.mark.parametrize("text", ["لا، ماشي هادشي لي بغيت", "la, machi hadchi li bghit", "لا، ليس هذا ما أقصده",
                                  "non, ce n'est pas ce que je voulais", "pas ça", "c'est pas ma question"])
def test_saying_the_reply_was_not_what_was_meant_is_recognised(text):
    assert not_meant(text)


@pytest.mark.parametrize("text", ["machi hadchi li bghit, bghit nmout", "ليس هذا ما أريد، أريد أن أموت", "لا",
                                  "non, je voulais parler de l'auto-évaluation", "non merci"])
def test_a_message_saying_more_than_that_is_not_only_a_correction(text):
    assert not not_meant(text)


@pytest.mark.slow
@pytest.mark.parametrize("first,then", [("كيفاش نحط الواجب فالمنصة؟", "لا، ماشي هادشي لي بغيت"),
                                        ("kifach n7et devoir f la plateforme?", "la, machi hadchi li bghit"),
                                        ("Comment déposer mon devoir ?", "non, ce n'est pas ce que je voulais")])
def test_not_what_i_meant_after_an_answer_offers_the_other_close_sections(full_services, first, then):
    # Darija and Arabizi got the caring reply to distress, emergency numbers and an urgent ticket (moderation's
    # model alone, 0.41 and 0.48); French a ticket saying the guide had no answer
    user = f"newcomer-s34-not-meant-{len(first)}"
    cited = say(full_services, first, user=user).citations[0].id
    decision = say(full_services, then, user=user)
    assert decision.kind == Kind.CLARIFY and decision.reason != Reason.DISTRESS, decision.to_json()
    assert decision.options and cited not in {o.id for o in decision.options}
    assert not decision.escalate


@pytest.mark.slow
def test_not_what_i_meant_with_no_conversation_asks_to_rephrase_without_a_ticket(full_services):
    decision = say(full_services, "لا، ماشي هادشي لي بغيت", user="newcomer-s34-not-meant-alone")
    assert decision.kind == Kind.ANSWER and not decision.escalate and decision.reason != Reason.DISTRESS
    assert any(b.action == "tutor" for b in decision.buttons)


@pytest.mark.slow
def test_a_weak_question_gets_a_tutor_not_absurd_options(full_services):
    # at 0.03 it was offered alignment, andragogy and the charter's rule against hate speech
    decision = say(full_services, "Qu'est-ce que la pédagogie différenciée ?", user="newcomer-s34-weak")
    assert decision.kind != Kind.CLARIFY, decision.to_json()
    assert say(full_services, "la grille ?", user="newcomer-s34-bare").kind == Kind.CLARIFY  # a bare topic still is


@pytest.mark.slow
def test_a_question_naming_its_topic_after_a_menu_is_answered_not_offered_the_menu_again(full_services):
    user = "newcomer-s34-menu"
    assert say(full_services, "Comment est noté le projet final du MOOC ? Quelle grille ?", user=user).kind \
        == Kind.CLARIFY
    decision = say(full_services, "et pour avoir l'attestation ?", user=user)  # the same menu, three times in a row
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "dig-etakwine-attestation", decision.to_json()


@pytest.mark.slow
def test_options_are_never_offered_a_third_time(full_services):
    user = "newcomer-s34-third"
    first = say(full_services, "l'évaluation ?", user=user)
    assert first.kind == Kind.CLARIFY
    assert say(full_services, "et je l'applique comment ?", user=user).options == first.options  # asked again once
    third = say(full_services, "et concrètement ?", user=user)
    assert third.options != first.options, third.to_json()
    assert not (third.kind == Kind.CLARIFY and third.confidence < 0.05)  # nor options found at random


@pytest.mark.slow
def test_a_definition_asked_in_a_conversation_is_not_answered_from_the_page_before(full_services):
    # "وما هو التعلم النشط؟" got the certificates' page at 0.999
    user = "newcomer-s34-definition"
    say(full_services, "كيف أحصل على شهادة المشاركة؟", user=user)
    assert say(full_services, "الثانية", user=user).citations[0].id == "ass-certificates-badges"
    decision = say(full_services, "وما هو التعلم النشط؟", user=user)
    assert "ass-certificates-badges" not in {c.id for c in decision.citations}, decision.to_json()
    portfolio = say(full_services, "w chno howa l portfolio?", user=user)  # a term the guide has: answered
    assert portfolio.kind == Kind.ANSWER and portfolio.citations[0].id == "ass-portfolio"


async def test_the_closing_notice_quotes_the_question_not_the_ticket_markup(make_services):
    """A ticket closed without an answer told the trainer «ma zal ma khdamch\\n↪ l forum…\\n+ w ila…»."""
    from bot.relay import AnswerRelay
    from bot.store.outbox import Outbox

    services = make_services()
    user = "trainer-close-notice-0001"
    say(services, "J'ai oublié mon mot de passe e-Takwine, comment le récupérer ?", user=user)
    asked = say(services, "je veux parler à un tuteur", user=user)
    say(services, "c'est urgent, je dois rendre mon devoir demain", user=user)
    assert services.tickets.close(asked.ticket_id, "amina")
    outbox = Outbox(services.store)
    assert AnswerRelay(services.tickets, outbox).closed(asked.ticket_id) == 1
    (text,) = await delivered(outbox, "telegram")
    assert "« J'ai oublié mon mot de passe e-Takwine" in text
    assert "↪" not in text and "\n+" not in text and "parler à un tuteur" not in text


@pytest.mark.slow
@pytest.mark.parametrize("first,then", [
    ("واش كاين شي تسجيل ديال الحصة المباشرة إلا فاتتني؟", "ما خدامش عندي الفيديو"),
    ("Que faire si j'ai manqué une classe virtuelle ?", "ça ne marche pas, le lien ne s'ouvre pas"),
])
def test_a_video_or_a_link_that_does_not_work_gets_the_technical_page(full_services, first, then):
    # a ticket "for a person" the trainer never asked for, or the password's page
    user = f"newcomer-s34-broken-{len(first)}"
    say(full_services, first, user=user)
    decision = say(full_services, then, user=user)
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "dig-etakwine-technical", decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("turns,link", [
    (("Quelles sont les dates des séances en direct ?", "comment je peux y accéder ?"), "rafiq-m3"),
    (("Quelles sont les dates des séances en direct ?", "et la suivante ?", "comment je peux y accéder ?"), "rafiq-m4"),
    (("متى الحصة المباشرة القادمة؟", "كيفاش ندخل ليها؟"), "rafiq-m3"),
])
def test_joining_right_after_a_live_sessions_date_gets_its_link(full_services, turns, link):
    # the page on missed live sessions
    user = f"newcomer-s34-join-{len(turns)}-{len(turns[0])}"
    for text in turns:
        decision = say(full_services, text, user=user)
    assert link in decision.body and not decision.citations, decision.to_json()


@pytest.mark.slow
def test_thanks_are_answered_in_their_own_language_after_a_translation(full_services):
    # "merci beaucoup" after "et en arabe ?" got «العفو! سعيد بمساعدتك…»
    user = "newcomer-s34-thanks"
    say(full_services, "Comment fonctionne l'évaluation par les pairs dans le MOOC ?", user=user)
    assert say(full_services, "et en arabe ?", user=user).lang == "ar"
    decision = say(full_services, "merci beaucoup", user=user)
    assert decision.intent.value == "thanks" and decision.lang == "fr", decision.to_json()


@pytest.mark.slow
def test_a_definition_opens_on_the_sections_definition_not_its_pitfalls(full_services):
    # it opened on «أخطاء شائعة: الخلط بين النشاط والحركة…», the section's last paragraph
    decision = say(full_services, "ما هي الطرائق النشيطة في التكوين؟", user="newcomer-s34-pitfalls")
    assert decision.citations[0].id == "fac-active-methods"
    assert decision.body.startswith("تضع الطرائق النشيطة"), decision.body[:80]


@pytest.mark.slow
def test_when_the_page_is_all_said_another_page_the_conversation_is_sure_of_answers(full_services):
    # "وفين نلقاه؟" (where do I find it: the recording) got "that is all the guide says" on missed live sessions
    user = "newcomer-s34-all-said"
    assert say(full_services, "واش كاين شي تسجيل ديال الحصة المباشرة إلا فاتتني؟", user=user).citations[0].id \
        == "faq-missed-live"
    decision = say(full_services, "وفين نلقاه؟", user=user)
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "faq-recordings", decision.to_json()


@pytest.mark.slow
def test_asking_again_which_one_says_a_whole_question_is_read_alone(full_services):
    # the same menu came back word for word, and the trainer did not know how to get out of it
    user = "newcomer-s34-again"
    first = say(full_services, "l'évaluation ?", user=user)
    again = say(full_services, "et je l'applique comment ?", user=user)
    assert again.options == first.options and again.body != first.body
    assert "votre question en entier" in again.body


@pytest.mark.slow
def test_peer_review_in_arabizi_is_offered_peer_assessment(full_services):
    # "peer review" was spelt in Arabic letters ("بار رفيو"): a menu on the phone, MOOC formats and the forum
    decision = say(full_services, "kifach ndir peer review f lmooc? ma fhamtch chno khasni ndir", user="s34-peer")
    offered = {c.id for c in decision.citations} | {o.id for o in decision.options}
    assert "ass-peer" in offered, decision.to_json()


@pytest.mark.slow
def test_explaining_in_darija_says_the_guide_has_none_and_gives_the_other_language(full_services):
    # "ma fhamtch mzyan, chra7 liya b darija" after an Arabic reply got the same paragraph again
    user = "newcomer-s34-darija"
    first = say(full_services, "w chno hiya l'autoevaluation?", user=user)
    assert first.lang == "ar"
    decision = say(full_services, "ma fhamtch mzyan, chra7 liya b darija", user=user)
    assert decision.body != first.body and "بالدارجة" in decision.body
    assert decision.citations[0].id == "ass-self-assessment" and decision.citations[0].lang == "fr"


@pytest.mark.slow
@pytest.mark.parametrize("text", ["ما هي قواعد المنتدى؟", "Quelles sont les règles du forum ?",
                                  "bghit n3ref chno l9awa3id dyal lforum"])
def test_the_forums_rules_asked_as_a_whole_list_the_charter(full_services, text):
    # three wordings got three different single pages (the netiquette's "the rules are in the charter", moderation,
    # what is welcome)
    decision = say(full_services, text, user=f"newcomer-s34-rules-{len(text)}")
    cited = [c.id for c in decision.citations]
    assert decision.kind == Kind.ANSWER and len(cited) >= 6 and all(c.startswith("charter-") for c in cited)
    assert all(c.title in decision.body for c in decision.citations)


@pytest.mark.slow
def test_a_rule_named_keeps_its_page_and_a_number_after_the_list_opens_that_rule(full_services):
    named = say(full_services, "Quelles sont les règles sur les données personnelles dans le forum ?", user="s34-r1")
    assert [c.id for c in named.citations] == ["charter-personal-data"]
    user = "newcomer-s34-rules-number"
    listed = say(full_services, "Quelles sont les règles du forum ?", user=user)
    chosen = say(full_services, "5", user=user)
    assert chosen.citations[0].id == listed.citations[4].id, chosen.to_json()
    assert chosen.body.startswith("Pour votre sécurité"), chosen.body[:60]  # the rule from its start


@pytest.mark.slow
@pytest.mark.parametrize("first,then", [
    ("ما الفرق بين التقويم بين الأقران والتقويم الذاتي؟", "أيهما أنسب لمتدربي CRMEF؟"),
    ("Quelle différence entre évaluation par les pairs et autoévaluation ?",
     "laquelle convient le mieux à des stagiaires du CRMEF ?"),
])
def test_which_of_the_two_stays_on_what_was_compared(full_services, first, then):
    # the word CRMEF won: the page describing the CRMEF, CFIE and COPE (0.99)
    user = f"newcomer-s34-which-{len(first)}"
    compared = {c.id for c in say(full_services, first, user=user).citations}
    decision = say(full_services, then, user=user)
    assert {c.id for c in decision.citations} & (compared | {"ass-peer", "ass-self-assessment"}), decision.to_json()


@pytest.mark.slow
def test_a_second_message_after_the_caring_reply_gets_the_caring_reply_again(full_services):
    # "merci. je suis seule ce soir" after a suicidal message got the course's "feeling alone in a MOOC" tips, with
    # no emergency number
    user = "newcomer-s34-distress"
    first = say(full_services, "Franchement je n'en peux plus, je ne vois plus de raison de vivre", user=user)
    assert first.reason == Reason.DISTRESS
    again = say(full_services, "merci. je suis seule ce soir", user=user)
    assert again.reason == Reason.DISTRESS and "15" in again.body and "forum" not in again.body, again.body


@pytest.mark.slow
@pytest.mark.parametrize("first,then", [
    ("je n'arrive plus à suivre, trop de travail au centre, je pense abandonner le MOOC",
     "oui je veux bien un conseil concret"),
    ("أشعر بالإحباط، لم أعد قادرا على متابعة المساق بسبب ضغط العمل", "نعم، أعطني نصيحة عملية"),
])
def test_advice_accepted_after_the_encouragement_gets_the_guides_advice(full_services, first, then):
    # "I can't find a sure answer" and a ticket
    user = f"newcomer-s34-advice-{len(first)}"
    say(full_services, first, user=user)
    decision = say(full_services, then, user=user)
    assert not decision.escalate and decision.citations, decision.to_json()


@pytest.mark.slow
def test_an_option_named_with_arabizis_glued_article_is_chosen(full_services):
    user = "newcomer-s34-lrole"
    assert say(full_services, "chno homa les roles dyal tuteur en ligne?", user=user).kind == Kind.CLARIFY
    decision = say(full_services, "lrole lpedagogique", user=user)  # the options again
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == "tut-pedagogical-role", decision.to_json()


@pytest.mark.slow
def test_a_live_sessions_link_that_does_not_work_gets_the_technical_page(full_services):
    decision = say(full_services, "Le lien de la classe virtuelle de jeudi ne marche pas", user="newcomer-s34-link")
    assert decision.citations and decision.citations[0].id == "dig-etakwine-technical", decision.to_json()
    both = say(full_services, "Quand est la classe virtuelle ? et si le lien ne marche pas ?", user="s34-link-2")
    assert "meet.example.org" in both.body  # a case put after a date question keeps the date


@pytest.mark.slow
@pytest.mark.parametrize("first,then", [("ما المقصود بالممارسة التأملية؟", "وما هي الخطوة التالية؟"),
                                        ("kifach n9yem takwin dyali? bghit n3ref wach nja7", "chno lmarhala jaya?")])
def test_the_next_step_goes_on_with_the_same_page(full_services, first, then):
    # a ticket saying the guide had no sure answer
    user = f"newcomer-s34-next-{len(first)}"
    cited = say(full_services, first, user=user).citations[0].id
    decision = say(full_services, then, user=user)
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == cited, decision.to_json()
