"""A question asking how long or how many gets the part of the section with the figure: "combien de temps pour
avoir une réponse ?" got the section's framing opening alone, with no delay in it (a newcomer)."""
from __future__ import annotations

import pytest

from retrieval.blocks import parse_blocks
from retrieval.focus import find_focus, question_kinds

TEXT = ("Savoir combien de temps attendre une réponse évite l'inquiétude. Les délais diffèrent selon qui répond.\n\n"
        "Rafiq répond en quelques secondes, à toute heure.\n\n"
        "Quelques conseils :\n- anticipez : « urgent : devoir du module 2 à rendre vendredi » ;\n"
        "- relancez une seule fois, poliment.\n\n"
        "Les tuteurs répondent dans le délai annoncé, par exemple sous 48 heures ouvrables.")


@pytest.mark.parametrize("question", ["combien de temps pour avoir une reponse ?", "ch7al kaytsna bach yjawbni?",
                                      "كم من الوقت أنتظر الجواب؟", "quel délai de réponse ?"])
def test_a_quantity_is_asked(question):
    assert "quantity" in question_kinds(question)


def test_the_block_with_a_figure_follows_a_main_block_without_one():
    blocks = parse_blocks(TEXT)
    focus = find_focus("combien de temps pour avoir une reponse ?", blocks)
    assert "48 heures" not in blocks[focus.main].text
    assert "48 heures" in blocks[focus.extras[0]].text  # not the tips' "module 2"


def test_a_question_asking_no_quantity_keeps_its_order():
    blocks = parse_blocks(TEXT)
    focus = find_focus("pourquoi attendre une réponse ?", blocks)
    assert not focus.extras or "48 heures" not in blocks[focus.extras[0]].text
