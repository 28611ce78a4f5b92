"""An excerpt opening on a pronoun for the section's subject comes after the sentence that names it."""
from __future__ import annotations

import pytest

from retrieval.answer import with_its_subject

SECTION = """L'attestation de réussite certifie que vous avez suivi le cours. Elle est publiée en fin de cohorte.

Conditions :
- avoir remis les devoirs ;
- avoir participé au forum.

Pour la télécharger :
1. ouvrir la page de progression ;
2. ouvrir l'activité « Attestation »."""


def test_a_span_opening_on_a_pronoun_gets_the_sentence_naming_its_subject_first():
    span = "Pour la télécharger :\n1. ouvrir la page de progression ;\n2. ouvrir l'activité « Attestation »."
    out = with_its_subject(span, SECTION)
    assert out.startswith("L'attestation de réussite certifie que vous avez suivi le cours.\n\nPour la télécharger")


@pytest.mark.parametrize("span", ["Conditions :\n- avoir remis les devoirs ;",
                                  "Pour les étapes, voir plus bas.",
                                  "L'attestation de réussite certifie que vous avez suivi le cours. Elle est publiée."])
def test_a_span_that_names_its_subject_is_left_alone(span):
    assert with_its_subject(span, SECTION) == span


def test_the_subject_comes_first_only_within_the_word_budget():
    span = "Pour la télécharger :\n1. ouvrir la page de progression ;\n2. ouvrir l'activité « Attestation »."
    assert with_its_subject(span, SECTION, max_words=15) == span
