"""A follow-up on a list of cases gets the case it means, by meaning: "et pour le stagiaire qui ne participe pas ?"
after the page on difficult situations showed the dominant participant's item whole and shrank "Participant
désengagé : …" to its heading (found by a newcomer; "participe" ties the two items, "désengagé" is not said)."""
from __future__ import annotations

import pytest

from retrieval.excerpt import build_excerpt
from retrieval.item_choice import item_label

CASES = """Une situation difficile empêche le groupe de travailler : un participant qui monopolise la parole ou, au
contraire, un participant désengagé.

Selon les cas :
- Participant dominant : remerciez sa contribution puis redistribuez la parole ; confiez-lui un rôle utile.
- Participant désengagé : cherchez la cause en aparté ; donnez-lui une responsabilité concrète dans un petit groupe.
- Conflit vif : reformulez les positions de façon neutre et ramenez l'échange aux faits observés pendant la séance.
- Contestation du formateur : accueillez l'objection, reconnaissez ce qui est juste et distinguez le fond du ton."""


def test_an_item_is_labelled_by_the_words_before_its_colon_or_its_first_words():
    assert item_label("Participant désengagé : cherchez la cause en aparté") == "Participant désengagé"
    assert item_label("ouvrez chaque semaine par un message court qui pose une question") == \
        "ouvrez chaque semaine par un message court qui"


def test_a_list_after_the_main_paragraph_gives_the_item_the_question_names_whole():
    """The list was an extra block: its items were shrunk in order, whatever the question named."""
    excerpt = build_excerpt("et pour le participant désengagé ?", {"fr": CASES}, "fr", max_words=62)
    assert "cherchez la cause en aparté" in excerpt, excerpt
    assert "Participant dominant : …" in excerpt, excerpt


@pytest.mark.slow
@pytest.mark.parametrize("previous, text, lang, expected", [
    ("Comment gérer un stagiaire qui monopolise la parole ?", "et pour le stagiaire qui ne participe pas ?", "fr",
     "cherchez la cause en aparté"),
    ("كيفاش نتعامل مع متدرب كيهضر بوحدو ديما فالحصة؟", "والمتدرب لي ماكيشاركش؟", "ar", "ابحث عن السبب على انفراد"),
])
def test_a_follow_up_gets_the_item_it_means_by_meaning(full_engine, previous, text, lang, expected):
    answer = full_engine.follow_up_answer("fac-difficult-situations", previous, text, lang)
    assert expected in answer.text, answer.text
