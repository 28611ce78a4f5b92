"""Defects found by a newcomer in the session of 2026-12-07 (a woman trainer writing Darija in Arabic script, Arabizi and
French): a person asked for to help got a guide page; "I didn't understand, explain again" jumped to another section,
chose an option or repeated the opening word for word; an example the answer had quoted was denied; "lmodule" opened a
ticket and "chno" answered a clarifying question asked two turns before."""
from __future__ import annotations

import pytest

from bot.roles.requests import asks_a_person_to_help
from bot.texts import t
from bot.types import Kind
from tests.bot.helpers import say


@pytest.mark.parametrize("text", [
    "ok, bghit chi bnadem y3awnni f devoir dyal module 2, ma 3rftch mnin nbda",
    "wach kayn chi insan y3awenni f lprojet?", "بغيت شي حد يعاوني فالواجب ديال المجزوءة 2",
    "أريد شخصا يساعدني في الواجب", "واش كاين شي بنادم يعاوني؟", "j'ai besoin de quelqu'un pour m'aider",
    "je voudrais qu'une personne m'aide pour le devoir", "un humain pour m'aider svp"])
def test_a_person_asked_for_to_help_is_a_hand_over(text):
    assert asks_a_person_to_help(text)


@pytest.mark.parametrize("text", [
    "kifach n3awn chi wa7ed ma fhemch l consigne?", "ila chi wa7ed y3awnni f devoir, wach mamno3?",
    "comment aider une personne en difficulté ?", "personne ne peut m'aider ?", "quelqu'un m'a aidé à déposer",
    "les stagiaires ont besoin de quelqu'un pour les aider"])
def test_helping_someone_else_or_nobody_is_no_hand_over(text):
    assert not asks_a_person_to_help(text)


@pytest.mark.slow
@pytest.mark.parametrize("before, text", [
    ("wach nta bnadem wla robot?", "ok, bghit chi bnadem y3awnni f devoir dyal module 2, ma 3rftch mnin nbda"),
    (None, "بغيت شي حد يعاوني فالواجب ديال المجزوءة 2، ما عرفتش منين نبدا"),
    (None, "j'ai besoin de quelqu'un pour m'aider avec le devoir du module 2, je ne sais pas par où commencer"),
])
def test_a_person_asked_for_with_a_reason_gets_a_ticket(full_services, before, text):
    # got the guide's page on asking good questions, no ticket
    user = f"s41-person-{len(text)}"
    if before:
        say(full_services, before, user=user)
    decision = say(full_services, text, user=user)
    assert decision.kind == Kind.ESCALATE and decision.reason == "human_requested" and decision.ticket, \
        decision.to_json()


def test_the_example_missing_text_says_clearly_what_follows():
    assert "وهذا ما يضيفه" not in t("example_not_in_guide", "ar", title="X")
    for lang in ("ar", "fr"):
        assert t("example_not_in_guide", lang, title="X").rstrip().endswith(":")


@pytest.mark.slow
def test_an_example_the_answer_quoted_is_given_again_not_denied(full_services):
    # the answer quoted the weekly message to post («احكوا عن تعليمة أساء متدربوكم فهمها»), then "the guide gives no
    # ready example" was said
    user = "s41-example-quoted"
    first = say(full_services, "Comment animer le forum d'un MOOC ?", user=user)
    assert "« Racontez" in first.body, first.body
    denial = t("example_not_in_guide", "fr", title=first.citations[0].title).split(" ;")[0]
    for text in ("un exemple ?", "un autre exemple", "encore un exemple"):
        decision = say(full_services, text, user=user)
        assert denial not in decision.body and "«" in decision.body, decision.body
        assert [c.id for c in decision.citations][:1] == ["tut-forum-facilitation"], decision.to_json()
