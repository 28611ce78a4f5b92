"""A short reply to "Vous cherchez : 1. … 2. … 3. …" that names its option by a word of that option's title alone
("la formative", "la sommative") was asked the same question again: its own words are too few for the guide to
place it surely."""
from __future__ import annotations

import pytest

from bot.conversation import LastTurn
from bot.option_words import option_in_words
from bot.types import Kind
from tests.bot.helpers import read_at, say

OFFERED = ("ass-summative", "ass-peer", "ass-formative")


def clarifying(sections=OFFERED) -> LastTurn:
    return LastTurn(question="évaluation ?", lang="fr", sections=sections, clarifying=True)


def test_a_title_word_only_one_option_has_names_it(make_services):
    tutor = make_services().tutor
    assert option_in_words(tutor, "la formative", clarifying()) == 3
    assert option_in_words(tutor, "sommative svp", clarifying()) == 1
    assert option_in_words(tutor, "par les pairs", clarifying()) == 2


def test_words_every_option_shares_or_none_has_name_nothing(make_services):
    tutor = make_services().tutor
    assert option_in_words(tutor, "l'évaluation", clarifying()) is None  # in every title
    assert option_in_words(tutor, "le portfolio", clarifying()) is None
    assert option_in_words(tutor, "la formative", LastTurn("évaluation ?", "fr", OFFERED, clarifying=False)) is None
    assert option_in_words(tutor, "je parlais en fait de la formative pour mes stagiaires du centre",
                           clarifying()) is None  # a longer reply is read as a message of its own


@pytest.mark.slow
@pytest.mark.parametrize("first, reply, meant", [("l'évaluation ?", "la formative", "ass-formative"),
                                                 ("التقويم", "الإجمالي", "ass-summative")])
def test_the_real_model_answers_the_option_named_by_its_title_word(full_services, first, reply, meant):
    asked = say(full_services, first, user="opt2")
    assert asked.kind == Kind.CLARIFY and meant in {o.id for o in asked.options}, "else this checks nothing"
    chosen = say(full_services, reply, user="opt2")
    assert chosen.kind == Kind.ANSWER and chosen.citations[0].id == meant, (chosen.kind, chosen.options)


def test_the_tutor_answers_the_option_named_by_its_title_word(make_services):
    services = make_services()
    read_at(services, 1.01)  # nothing is sure enough to answer at once: the sections compete
    asked = say(services, "évaluation formative ou sommative ?", user="opt1")
    assert asked.kind == Kind.CLARIFY and {"ass-formative", "ass-summative"} <= {o.id for o in asked.options}
    chosen = say(services, "la sommative", user="opt1")
    assert chosen.kind == Kind.ANSWER and chosen.citations[0].id == "ass-summative"


def test_a_language_or_a_number_asked_for_is_not_read_as_a_title_word():
    """"en arabe stp" asks the same options in Arabic, even where an option's title says "arabe"."""
    from types import SimpleNamespace

    titles = {("write", "fr"): "Écrire en arabe sur le forum", ("folio", "fr"): "Le portfolio professionnel"}
    tutor = SimpleNamespace(engine=SimpleNamespace(index=SimpleNamespace(titles=titles)))
    offered = clarifying(("write", "folio"))
    assert option_in_words(tutor, "sur le forum", offered) == 1
    assert option_in_words(tutor, "le portfolio", offered) == 2
    assert option_in_words(tutor, "en arabe stp", offered) is None
