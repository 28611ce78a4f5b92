"""The encouragement ended with "un tuteur (une personne) : écrivez « tuteur »" / "اكتب «مؤطر»"; a newcomer who did
so got a choice between the guide's pages on tutors (the bare word names a topic). Right after that reply, the
word alone asks for a person; elsewhere it still names the topic (blind writers expect a choice for it), so the
texts now ask for words that reach a person anywhere ("je veux un tuteur", "أريد مؤطرا")."""
from __future__ import annotations

import re

import pytest

from bot.roles.intents import tutor_word_alone
from bot.texts import t
from bot.types import Intent, Reason
from tests.bot.helpers import say

_QUOTED = re.compile(r"(?:écrivez|اكتب) «\s?([^»]+?)\s?»|«\s?([^»]+?)\s?» pour parler")


@pytest.mark.parametrize("text, alone", [("tuteur", True), ("Tuteur svp", True), ("le tuteur ?", True),
                                         ("مؤطر", True), ("المؤطر عافاك", True), ("tuteur humain", False),
                                         ("le rôle du tuteur", False), ("formateur", False)])
def test_the_tutor_word_alone(text, alone):
    assert tutor_word_alone(text) is alone


@pytest.mark.parametrize("feeling, word, lang", [("je me sens découragé, trop de travail", "tuteur", "fr"),
                                                 ("كنحس بالإحباط، بزاف ديال الخدمة", "مؤطر", "ar")])
def test_the_word_the_encouragement_asks_for_reaches_a_person(make_services, feeling, word, lang):
    services = make_services()
    user = f"tutor-word-{lang}"
    cheered = say(services, feeling, user=user)
    assert cheered.intent == Intent.SOCIO and t("offer", lang, forum="").split(":")[0] in cheered.body
    reply = say(services, word, user=user)
    assert reply.reason == Reason.HUMAN_REQUESTED and reply.ticket_created, reply.to_json()


def test_the_word_alone_with_no_encouragement_before_is_not_a_hand_over(make_services):
    reply = say(make_services(), "tuteur", user="tutor-word-none")
    assert reply.reason != Reason.HUMAN_REQUESTED


@pytest.mark.slow
@pytest.mark.parametrize("key, lang", [("offer", "fr"), ("offer", "ar"), ("onboarding", "fr"), ("onboarding", "ar"),
                                       ("who_i_am", "fr"), ("who_i_am", "ar")])
def test_the_words_the_texts_ask_for_reach_a_person_from_a_first_message(full_services, key, lang):
    """A trainer types what the encouragement or the onboarding checklist says to type, in a new conversation:
    the tester's "tuteur" after the checklist got a menu of the guide's pages on tutors."""
    text = t(key, lang, forum="") if key == "offer" else t(key, lang, module="", deadline="", forum="", reminders="")
    words = [a or b for a, b in _QUOTED.findall(text)]
    assert words, text
    reply = say(full_services, words[0], user=f"promised-words-{key}-{lang}")
    assert reply.reason == Reason.HUMAN_REQUESTED, (words[0], reply.to_json())
