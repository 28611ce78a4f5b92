"""Defects found by newcomers in the session of 2026-12-07 (twenty-sixth): a woman's words of not wanting to live
heard as a hard time with the course, a trainer's workload taken for advertising, thanks and "c tout ?" misread."""
from __future__ import annotations

import pytest

from bot.roles.intents import polite_only
from moderation.lexicon import LexiconClassifier
from tests.bot.helpers import say


@pytest.mark.parametrize("text", ["ما بقيتش قادرة، كلشي تقاد عليا، ما بقيتش باغية نعيش",
                                  "mab9itch baghya n3ich, kolchi t9ad 3liya", "je veux plus vivre"])
def test_not_wanting_to_live_said_by_a_woman_is_in_the_distress_lexicon(text):
    assert LexiconClassifier().classify(text)["distress"] >= 0.85


@pytest.mark.slow
def test_not_wanting_to_live_gets_the_caring_reply_then_the_numbers_again(full_services):
    # it got the encouragement of a hard time with the course (a small step, the next deadline, a question to reflect
    # on), then "your request no. 7… Tuesday 08:30" to "who can I call now?", then "glad to help!"
    user = "s40-distress-feminine"
    first = say(full_services, "ما بقيتش قادرة، كلشي تقاد عليا، ما بقيتش باغية نعيش", user=user)
    assert first.reason == "distress" and "141" in first.body and "📝" not in first.body, first.body
    then = say(full_services, "شكون نقدر نعيط ليه دابا؟", user=user)
    assert "141" in then.body, then.body
    last = say(full_services, "شكرا، غير بغيت شي حد يسمعني", user=user)
    assert "سعيد بمساعدتك" not in last.body and "141" in last.body, last.body


@pytest.mark.slow
def test_a_workload_barely_heard_as_advertising_gets_the_encouragement(full_services):
    # "ma3ndich lwa9t, 3ndi les cours f lcentre w les visites de stage" (spam 0.59, the model alone) got "I do not
    # relay advertisements or links"
    decision = say(full_services, "ma3ndich lwa9t, 3ndi les cours f lcentre w les visites de stage", user="s40-busy")
    assert decision.reason != "spam" and decision.intent == "socio_cognitive", decision.to_json()


@pytest.mark.slow
def test_a_report_of_someone_selling_work_is_not_taken_for_an_advertisement(full_services):
    decision = say(full_services, "kayn chi wa7ed bgha ybi3 lina les devoirs wajdin f groupe whatsapp",
                   user="s40-report-seller")
    assert decision.reason != "spam" and decision.intent != "moderated", decision.to_json()


@pytest.mark.parametrize("text", ["baraka llahou fik", "يعطيك الصحة", "الله يعطيك الصحة", "y3tik sa7a",
                                  "jazak allah khayran", "جزاك الله خيرا"])
def test_common_thanks_are_thanks(text):
    # "baraka llahou fik" was off topic; "يعطيك الصحة" got "write your question in a sentence"
    assert polite_only(text) == "thanks"


@pytest.mark.slow
def test_c_tout_after_an_answer_asks_for_the_rest(full_services):
    # "c tout ?" got "your question seems far from the course" (twice); "c'est tout ?" was understood
    user = "s40-c-tout"
    say(full_services, "c quoi l'évaluation diagnostique", user=user)
    decision = say(full_services, "c tout ?", user=user)
    assert decision.reason != "off_topic" and [c.id for c in decision.citations] == ["ass-diagnostic"], \
        decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("text", ["ra9m dyali 0612345678 ila bghito t3iyto lia", "رقمي هو 0698765432 عيطو ليا الله يخليكم",
                                  "bghit chi tuteur ykalmni daba, ra9mi 0661234567 w email ghita.b@yahoo.fr"])
def test_a_number_given_to_be_called_goes_to_a_person_who_writes(full_services, text):
    # "ra9m dyali … ila bghito t3iyto lia" got the forum charter's rule on personal data; the hand-over for
    # "bghit chi tuteur ykalmni daba, ra9mi …" left her waiting for a call that never comes
    decision = say(full_services, text, user=f"s40-call-me-{len(text)}")
    assert decision.escalate and decision.reason == "human_requested", decision.to_json()
    assert "لا يتصلون بالهاتف" in decision.body and "0612345678" not in decision.body, decision.body


@pytest.mark.slow
def test_a_guide_answer_with_a_number_to_call_keeps_the_answer_and_says_tutors_write(full_services):
    decision = say(full_services, "Appelez-moi au 06 12 34 56 78 svp, comment changer mon mot de passe ?",
                   user="s40-call-me-password")
    assert [c.id for c in decision.citations] == ["dig-etakwine-login-password"], decision.to_json()
    assert "n'appellent pas" in decision.body, decision.body


@pytest.mark.slow
@pytest.mark.parametrize("broken", ["la video du module 2 se lance pas", "lvideo dyal module 2 ma katkhdmch 3ndi"])
def test_a_video_that_does_not_start_after_another_page_gets_the_technical_page(full_services, broken):
    # after the steps to submit, "la video du module 2 se lance pas" got that page's paragraph on formats (its
    # "vidéo de séance"); in Darija, a choice between submitting and how to word a question
    user = f"s40-video-{len(broken)}"
    say(full_services, "et pour deposer mon devoir c comment", user=user)
    decision = say(full_services, broken, user=user)
    assert [c.id for c in decision.citations] == ["dig-etakwine-technical"], decision.to_json()

