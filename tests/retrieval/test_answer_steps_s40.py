"""A "how / which steps" question gets the steps whole, not the opening and the pitfalls (a newcomer's round,
session of 2026-12-07): "Quelles sont les étapes du micro-enseignement ?" got the definition and "Pièges : …",
the four-step cycle left out; a question about pitfalls still gets them."""
from __future__ import annotations

import pytest

from tests.conftest import BUNDLED, cached_engine
from tests.retrieval.test_answer import answer


@pytest.fixture(scope="module")
def guide(fake_embedder):
    return cached_engine(BUNDLED, fake_embedder, "full-index-fake")


@pytest.mark.parametrize("question, lang, steps", [
    ("Quelles sont les étapes du micro-enseignement ?", "fr",
     ("1. Planifier : choisir", "2. Enseigner :", "3. Analyser : le stagiaire", "4. Replanifier")),
    ("ما هي خطوات التدريس المصغر؟", "ar", ("1. التخطيط: اختيار", "3. التحليل: يتحدث", "4. إعادة التخطيط")),
])
def test_a_steps_question_gets_every_step_in_full_and_no_pitfalls(guide, question, lang, steps):
    chunk = guide.index.section_chunks("fac-micro-teaching", lang)[-1]  # the search matched the pitfalls' passage
    got = answer(guide, question, lang, chunk).text
    for step in steps:
        assert step in got, got
    assert "Pièges" not in got and "أخطاء شائعة" not in got, got


def test_the_steps_come_before_the_pitfalls_for_a_how_question(guide):
    chunk = guide.index.section_chunks("fac-group-work", "fr")[0]
    got = answer(guide, "Comment organiser le travail en groupe ?", "fr", chunk).text
    assert "1. Choisir une tâche qui mérite un groupe" in got and "Pièges" not in got, got


def test_a_question_about_pitfalls_still_gets_them(guide):
    chunk = guide.index.section_chunks("fac-micro-teaching", "fr")[0]
    got = answer(guide, "Quels pièges éviter en micro-enseignement ?", "fr", chunk).text
    assert "confondre micro-enseignement et leçon modèle" in got, got


@pytest.mark.parametrize("question, lang, opening", [
    ("slm, wach n9der ntab3 lmooc mn telephone?", "ar", "نعم، في معظم الأنشطة"),
    ("est-ce que je peux suivre le mooc sur mon telephone ?", "fr", "Oui, pour l'essentiel"),
])
def test_a_yes_or_no_question_opens_on_the_section_s_yes_or_no(guide, question, lang, opening):
    # "wach n9der ntab3 lmooc mn telephone?" got the paragraph after "نعم…" ("some tasks stay easier on a computer"),
    # which read like a no (a newcomer, twice)
    chunk = guide.index.section_chunks("faq-mobile", lang)[-1]
    got = answer(guide, question, lang, chunk).text
    assert got.startswith(opening), got
