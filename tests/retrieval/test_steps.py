"""A step asked for by its number ("détaillez le point 5", "وما هي المرحلة السادسة؟") after an answer whose list
showed it as a heading ("5. Choisir les activités, en quatre temps : …") gets that step whole; it got the
section's closing paragraph."""
from __future__ import annotations

import pytest

from retrieval.steps import asked_step, step_excerpt

SECTION = """Préparer un atelier, c'est choisir une démarche. Voici une démarche pas à pas.

1. Situer l'atelier dans le module.
2. Fixer les objectifs : ce que les participants sauront faire.
3. Choisir les activités, en trois temps : une accroche, une production, une mise en commun.

Après l'atelier, noter ce qui a fonctionné."""

ARABIC = """تحضير ورشة هو اختيار منهجية. وهذه منهجية خطوة بخطوة.

1. تحديد موقع الورشة في الوحدة.
2. تحديد الأهداف.
3. اختيار الأنشطة على ثلاث مراحل."""


@pytest.mark.parametrize("text, number", [
    ("Pouvez-vous détailler le point 5, les quatre temps ?", 5), ("la 3e étape ?", 3), ("cinquième étape svp", 5),
    ("et le deuxième point ?", 2), ("وما هي المرحلة السادسة؟", 6), ("الخطوة 3", 3), ("شرح ليا النقطة الثانية", 2),
    ("chno hiya nu9ta 4?", 4),
])
def test_the_step_asked_for_is_read_by_number_or_ordinal(text, number):
    assert asked_step(text) == number


@pytest.mark.parametrize("text", ["Comment préparer une séance ?", "le premier temps de la séance",
                                  "المرحلة الابتدائية", "ما هي مراحل التقويم؟"])
def test_no_step_is_read_where_none_is_asked(text):
    assert asked_step(text) is None


def test_the_step_comes_whole_with_its_number_without_an_announcing_sentence():
    # "Voici une démarche pas à pas." / "هذه منهجية خطوة بخطوة." before the step read as stray (two newcomers, session
    # of the twenty-fourth); words that name the list ("Étapes pour le préparer :") still lead it
    assert step_excerpt(SECTION, 3) == ("3. Choisir les activités, en trois temps : "
                                        "une accroche, une production, une mise en commun.")
    assert step_excerpt(SECTION, 7) == ""
    assert step_excerpt(ARABIC, 2).startswith("2. تحديد الأهداف"), "never opens on و"
    named = "Préparer un atelier.\n\nÉtapes pour le préparer :\n\n1. Fixer l'objectif.\n2. Choisir les activités."
    assert step_excerpt(named, 2) == "Étapes pour le préparer :\n2. Choisir les activités."


def test_the_tutor_answers_a_step_asked_for_after_the_list(make_services):
    from bot.types import Kind
    from tests.bot.helpers import follow_up_on_session_preparation

    step = follow_up_on_session_preparation(make_services(), "Pouvez-vous détailler le point 5 ?", user="st1")
    assert step.kind == Kind.ANSWER and step.citations[0].id == "eng-session-preparation"
    assert "5. Choisir les activités, en quatre temps : une accroche qui mobilise" in step.text
