"""A question about something the guide never names (ChatGPT, artificial intelligence, Google Classroom) is not
answered from the nearest page: Rafiq says the guide does not speak of it and offers a tutor. The issue's own
example: "Puis-je utiliser ChatGPT pour mon devoir ?" got the steps to submit an assignment (0.40)."""
from __future__ import annotations

import pytest

from bot.types import Kind, Reason
from bot.unnamed_subject import AI, GuideVocabulary, answers_any_subject, off_topic_text, unnamed_subject
from tests.bot.helpers import say

VOCABULARY = frozenset({"takwine", "mooc", "forum", "devoir", "samr", "tpack", "moodle", "crmef"})


@pytest.mark.parametrize("text, term", [
    ("Puis-je utiliser ChatGPT pour mon devoir ?", "ChatGPT"),
    ("wach n9der nkhdem b chatgpt f devoir?", "ChatGPT"),
    ("Comment créer une classe sur Google Classroom ?", "Google Classroom"),  # the whole platform name
    ("كيف أستعمل دالة VLOOKUP في برنامج إكسل؟", "VLOOKUP"),
    ("l'IA générative peut-elle m'aider ?", AI),
    ("هل يمكنني استعمال الذكاء الاصطناعي في إعداد الواجب؟", AI),
    ("واش نقدر نستعمل شات جي بي تي فالديفوار؟", "شات جي بي تي"),
])
def test_what_the_guide_never_names_is_found(text, term):
    assert unnamed_subject(text, VOCABULARY) == term


@pytest.mark.parametrize("text", [
    "Comment déposer mon devoir sur e-Takwine ?",        # "Takwine" after "e-"
    "wach n9der ntab3 lMOOC ghir b telephone?",           # Arabizi's glued article
    "Je suis formateur au CRMEF de Fès, comment préparer une séance ?",  # a place is a setting
    "C'est quoi le modèle SAMR ?",                        # the guide names it
    "Bonjour, je voudrais savoir comment on évalue.",     # a capital at a sentence's start
    "JE NE TROUVE PAS LE BOUTON DEPOSER",                 # a message in capitals
    "Merci Amina ! Et le devoir du module 3, c'est pour quand ?",  # a person thanked (the calendar's question)
    "la tutrice Salma ne répond pas à mon message",       # a person named by role
])
def test_what_the_guide_names_or_a_setting_is_not(text):
    assert unnamed_subject(text, VOCABULARY) is None


def test_once_the_guide_names_it_the_question_is_the_guides():
    """A tutor's FAQ entry on ChatGPT puts the word in the index: its questions are answered from it."""
    assert unnamed_subject("Puis-je utiliser ChatGPT ?", VOCABULARY | {"chatgpt"}) is None


def test_the_vocabulary_follows_the_index():
    vocabulary = GuideVocabulary()
    first, second = object(), object()
    assert "chatgpt" not in vocabulary.words(first, ["Déposer un devoir"])
    assert "chatgpt" in vocabulary.words(second, ["ChatGPT et les devoirs"])


def test_the_charter_and_the_platform_pages_answer_for_any_subject():
    assert answers_any_subject("charter-on-topic") and answers_any_subject("faq-mobile")
    assert not answers_any_subject("dig-etakwine-submission") and not answers_any_subject(None)


@pytest.mark.parametrize("lang, words", [("fr", "« ChatGPT »"), ("ar", "«ChatGPT»")])
def test_the_reply_names_what_the_guide_does_not_speak_of(lang, words):
    assert words in off_topic_text("Puis-je utiliser ChatGPT ?", lang, VOCABULARY)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["Puis-je utiliser ChatGPT pour mon devoir ?",
                                      "wach n9der nkhdem b chatgpt f devoir?",
                                      "هل يمكنني استعمال الذكاء الاصطناعي في إعداد الواجب؟"])
def test_a_question_on_what_the_guide_never_names_gets_no_guide_answer(full_services, question):
    """Before, the French and the Arabizi questions got the steps to submit an assignment (0.40 and 0.68)."""
    decision = say(full_services, question, user=f"unnamed-{len(question)}-{question[:3]}")
    assert not decision.citations, [c.id for c in decision.citations]
    assert decision.kind == Kind.ANSWER and decision.reason == Reason.OFF_TOPIC
    assert [b.action for b in decision.buttons] == ["tutor"]


@pytest.mark.slow
@pytest.mark.parametrize("question, section", [
    ("On peut discuter du match du Raja dans le forum du MOOC ?", "charter-on-topic"),
    ("Je n'ai qu'un smartphone Android, je pourrai quand même suivre ?", "faq-mobile"),
])
def test_a_name_in_a_question_the_guide_answers_for_any_subject_keeps_the_answer(full_services, question, section):
    decision = say(full_services, question, user=f"unnamed-kept-{len(question)}")
    assert [c.id for c in decision.citations][:1] == [section], (decision.kind, decision.reason)
