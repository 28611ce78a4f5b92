"""A paragraph announcing the list after it ("celles qui suivent sont des exemples courants.") is quoted with that
list, even when the list has a lead line of its own: the French answer on the attestation's conditions stopped
before the conditions (found by a newcomer)."""
from __future__ import annotations

from retrieval.blocks import parse_blocks
from retrieval.excerpt import build_excerpt
from tests.conftest import ROOT

SECTION = """L'attestation certifie que vous avez suivi le cours et rempli ses conditions. Les conditions exactes sont \
publiées au début ; celles qui suivent sont des exemples courants.

Conditions habituelles :
- avoir consulté les activités obligatoires ;
- avoir remis tous les devoirs notés ;
- avoir rempli le questionnaire final.

Pour la télécharger, ouvrez la page de progression puis l'activité « Attestation » et gardez une copie du fichier."""


def test_the_announcing_paragraph_is_read_as_such():
    blocks = parse_blocks(SECTION)
    assert blocks[0].announces_next and not blocks[-1].announces_next


def test_the_announced_list_comes_with_its_paragraph():
    excerpt = build_excerpt("Quelles sont les conditions pour obtenir l'attestation ?", {"fr": SECTION}, "fr",
                            max_words=120)
    assert "celles qui suivent" in excerpt and "avoir remis tous les devoirs notés" in excerpt, excerpt
    assert excerpt.index("celles qui suivent") < excerpt.index("Conditions habituelles")


def test_the_guides_attestation_conditions_are_quoted():
    text = (ROOT / "corpus/guide/06-digital/dig-etakwine-attestation.fr.md").read_text(encoding="utf-8")
    body = text.split("---", 2)[2].strip()
    excerpt = build_excerpt("Quelles sont les conditions pour obtenir l'attestation du MOOC ?", {"fr": body}, "fr",
                            max_words=120)
    assert "Conditions habituelles" in excerpt and "avoir remis tous les devoirs notés" in excerpt, excerpt
