"""Defects found by a newcomer in the session of 2026-12-07 (a woman trainer writing Darija in Arabic script, Arabizi and
French): a person asked for to help got a guide page; "I didn't understand, explain again" jumped to another section,
chose an option or repeated the opening word for word; an example the answer had quoted was denied; "lmodule" opened a
ticket and "chno" answered a clarifying question asked two turns before."""
from __future__ import annotations

import pytest

from bot.not_understood import only_not_understood
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


@pytest.mark.parametrize("text, alone", [
    ("ما فهمتش مزيان، عاود شرح ليا", True), ("j'ai pas bien compris, tu peux expliquer autrement?", True),
    ("expliquez moi autrement svp", True), ("ma fhmtch, 3awd chr7 b tari9a sahla", True),
    ("لم أفهم جيدا، اشرح لي بطريقة أبسط", True), ("c'est pas clair, vous pouvez reformuler ?", True),
    ("ma fhmtch kifach nsift devoir", False), ("je ne comprends pas pourquoi ma note est zéro", False)])
def test_not_understood_said_alone_is_told_from_a_question_of_its_own(text, alone):
    assert only_not_understood(text) is alone


@pytest.mark.slow
@pytest.mark.parametrize("question, unclear, lang", [
    ("kifach nsift devoir dyal module 2?", "ما فهمتش مزيان، عاود شرح ليا", "ar"),  # not the page on asking
    ("Comment animer le forum d'un MOOC ?", "j'ai pas bien compris, tu peux expliquer autrement?", "fr"),
    ("شنو هو التقويم التشخيصي؟", "expliquez moi autrement svp", "fr"),  # French, after an Arabic answer
    ("Qu'est-ce que le feedback ?", "je n'ai pas bien compris, vous pouvez reformuler ?", "fr"),
    ("شنو هو التقويم التشخيصي؟", "لم أفهم جيدا، اشرح لي بطريقة أبسط", "ar"),
])
def test_not_understood_after_an_answer_explains_the_same_section_with_a_part_not_shown(full_services, question,
                                                                                       unclear, lang):
    # jumped to another section, got a clarifying question between unrelated pages, or the next paragraph in Arabic;
    # without an example, the opening sentence already shown came back word for word after "الأهم:"
    user = f"s41-unclear-{len(question)}-{len(unclear)}"
    first = say(full_services, question, user=user)
    decision = say(full_services, unclear, user=user)
    assert decision.kind == Kind.ANSWER and decision.lang == lang, decision.to_json()
    assert [c.id for c in decision.citations][:1] == [first.citations[0].id], decision.to_json()
    part = decision.body.split("\n\n")[0].split("\n")[1:]  # the part given, under its lead
    assert part and not all(line.strip(" -…") in first.body for line in part), decision.body
    assert t("tutor_can_explain", lang) in decision.body and decision.buttons, decision.body


@pytest.mark.slow
@pytest.mark.parametrize("question, unclear", [("la grille", "ma fhmtch, 3awd chr7 b tari9a sahla"),
                                               ("chno howa dawr dyal tuteur f forum?", "ما فهمتش مزيان، عاود شرح ليا")])
def test_not_understood_after_a_clarifying_question_offers_the_options_again_not_one_of_them(full_services, question,
                                                                                            unclear):
    user = f"s41-unclear-clarify-{len(question)}"
    asked = say(full_services, question, user=user)
    assert asked.kind == Kind.CLARIFY, asked.to_json()
    decision = say(full_services, unclear, user=user)
    assert decision.kind == Kind.CLARIFY and not decision.citations, decision.to_json()
    assert [o.id for o in decision.options] == [o.id for o in asked.options], decision.to_json()
    again = say(full_services, "chno", user=user)  # "what?" right after the options: the options again
    assert again.kind == Kind.CLARIFY and not again.citations, again.to_json()


def test_the_example_missing_text_says_clearly_what_follows():
    assert "وهذا ما يضيفه" not in t("example_not_in_guide", "ar", title="X")
    for lang in ("ar", "fr"):
        assert t("example_not_in_guide", lang, title="X").rstrip().endswith(":")


@pytest.mark.slow
def test_a_course_word_alone_in_a_conversation_asks_what_about_it(full_services):
    # "lmodule" alone opened a ticket (low_confidence)
    user = "s41-lmodule"
    say(full_services, "شنو هو التقويم التكويني؟", user=user)
    decision = say(full_services, "lmodule", user=user)
    assert not decision.escalate and decision.ticket is None and "lmodule" in decision.body, decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("then", ["chno", "oui", "ma fhmtch"])
def test_a_clarifying_question_with_an_aside_after_it_is_not_answered_by_a_word_that_is_no_option(full_services,
                                                                                                 then):
    # "chno" two turns after a clarifying question silently answered its option 1
    user = f"s41-old-choice-{then}"
    asked = say(full_services, "la grille", user=user)
    assert asked.kind == Kind.CLARIFY, asked.to_json()
    aside = say(full_services, "il fait beau à Rabat ?", user=user)  # it got the observation grid, an option
    assert not aside.citations, aside.to_json()
    decision = say(full_services, then, user=user)
    assert not decision.citations and decision.kind != Kind.CLARIFY, decision.to_json()


@pytest.mark.slow
def test_a_clarifying_question_with_an_aside_after_it_is_still_answered_by_its_number(full_services):
    user = "s41-old-choice-number"
    asked = say(full_services, "la grille", user=user)
    say(full_services, "il fait beau à Rabat ?", user=user)
    chosen = say(full_services, "2", user=user)
    assert [c.id for c in chosen.citations][:1] == [asked.options[1].id], chosen.to_json()
