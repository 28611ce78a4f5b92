"""A complaint about the course or the platform (session of 2026-12-07, twenty-fifth): it got the encouragement for a
discouraged trainer ("you have already come part of the way"), and no question about what does not work."""
from __future__ import annotations

import pytest

from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("text", ["had lmooc khayb bzaf w ntoma ghir katdhkou 3lina, walo ma kaykhdem",
                                  "هاد المساق خايب بزاف، والو ما كيخدم"])
def test_a_complaint_is_heard_and_asked_what_does_not_work(full_services, text):
    user = f"s39-complaint-{len(text)}"
    decision = say(full_services, text, user=user)
    assert decision.lang == "ar" and decision.intent != "socio_cognitive" and not decision.citations, decision.to_json()
    assert "tutor" in {b.action for b in decision.buttons} and "المنصة" in decision.body, decision.body
    taken = say(full_services, "oui", user=user)
    assert taken.escalate and taken.lang == "ar", taken.to_json()  # the offer taken, in the offer's language


@pytest.mark.parametrize("text", ["comment réagir quand un stagiaire dit que le cours est nul ?",
                                  "je suis découragée, ce mooc est trop dur pour moi",
                                  "le cours sur l'évaluation formative est très clair"])
def test_other_words_about_the_course_are_no_complaint(text):
    from bot.complaints import complains_about_the_course
    assert not complains_about_the_course(text)


@pytest.mark.slow
@pytest.mark.parametrize("text, lang", [("chno?", "ar"), ("شنو؟", "ar"), ("quoi ?", "fr")])
def test_a_question_word_alone_is_asked_which_question_without_a_ticket(full_services, text, lang):
    # "chno?" as a first message went to a tutor with a reply "within about an hour"
    decision = say(full_services, text, user=f"s39-bare-word-{len(text)}-{lang}")
    assert not decision.escalate and decision.lang == lang and not decision.citations, decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("text, lang", [("trop contente, j'ai eu une super note au devoir 1 :)", "fr"),
                                        ("فرحانة بزاف اليوم، سليت الواجب الأول", "ar"),
                                        ("ana fer7ana lyoum hamdoulah salit module 2", "ar")])
def test_good_news_is_congratulated_with_the_next_deadline(full_services, text, lang):
    # it got the encouragement for the discouraged ("vous avez déjà fait une partie du chemin"), a ticket or a choice
    # of pages (the blind sets' social messages of joy or relief, in every variety)
    decision = say(full_services, text, user=f"s39-glad-{len(text)}")
    assert decision.lang == lang and not decision.escalate and not decision.citations, decision.to_json()
    assert "👍" in decision.body and "📝" in decision.body, decision.body


@pytest.mark.parametrize("text", ["je ne suis pas contente de ma note au devoir", "comment rendre mes stagiaires fiers "
                                  "de leur module ?", "sf7a katbayn khayba f plateforme, chno ndir?"])
def test_no_good_news_nor_complaint_in_other_words(text):
    from bot.complaints import complains_about_the_course, shares_good_news
    assert not shares_good_news(text) and not complains_about_the_course(text)
