"""`next_excerpt`: what a section says after the part already shown ("plus de détails")."""
from __future__ import annotations

from retrieval.excerpt import next_excerpt

SECTION = """Le devoir se dépose depuis l'activité « Devoir » du module concerné, avant la date limite.

Étapes :
1. Ouvrez l'activité et cliquez sur « Ajouter un travail ».
2. Glissez votre fichier dans la zone prévue à cet effet.
3. Cliquez sur « Enregistrer » puis sur « Remettre le devoir ».

Si le bouton « Remettre » n'apparaît pas, vérifiez que la date limite n'est pas passée et écrivez au tuteur."""


def test_the_part_after_the_one_shown_is_given():
    shown = "Le devoir se dépose depuis l'activité « Devoir » du module concerné, avant la date limite."
    more = next_excerpt(shown, SECTION, "fr", max_words=120)
    assert more.startswith("Étapes")
    assert "1. Ouvrez" in more and "3. Cliquez" in more
    assert "Le devoir se dépose" not in more


def test_after_the_last_part_nothing_more_is_invented():
    shown = "Si le bouton « Remettre » n'apparaît pas, vérifiez que la date limite n'est pas passée et écrivez au tuteur."
    assert next_excerpt(SECTION, SECTION, "fr") == ""
    assert "Étapes" in next_excerpt(shown, SECTION, "fr")  # the parts not shown yet, from the start


def test_an_excerpt_from_elsewhere_gives_nothing():
    assert next_excerpt("Une phrase qui ne vient pas de cette section du tout.", SECTION, "fr") == ""
