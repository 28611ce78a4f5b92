"""`rest_of_list`: "plus de détails" after a list shrunk to its headings gives those items in full, in order."""
from __future__ import annotations

from retrieval.elided import rest_of_list

SECTION = """Préparer un atelier demande une démarche en cinq temps.

1. Situer l'atelier : sa place dans le module et ce que les participants ont déjà fait avant.
2. Connaître le public : effectif, acquis, attentes et contraintes horaires de chacun.
3. Choisir les activités : une accroche, une production en groupes, une mise en commun structurée.
4. Minuter chaque temps, en gardant une marge pour les imprévus et les questions.
5. Rédiger la fiche : objectifs, étapes, durées, supports et modalités d'évaluation.

Après l'atelier, noter ce qui a marché et ce qu'il faut changer."""

SHRUNK = """Préparer un atelier demande une démarche en cinq temps.
1. Situer l'atelier : sa place dans le module et ce que les participants ont déjà fait avant.
2. Connaître le public : …
3. Choisir les activités : …
4. Minuter chaque temps, en gardant une marge pour les imprévus et les questions.
5. Rédiger la fiche : …"""


def test_the_items_shrunk_to_their_heading_are_given_in_full_in_order():
    rest = rest_of_list(SHRUNK, SECTION, max_words=120)
    assert rest.splitlines() == [
        "2. Connaître le public : effectif, acquis, attentes et contraintes horaires de chacun.",
        "3. Choisir les activités : une accroche, une production en groupes, une mise en commun structurée."]


def test_asked_again_it_goes_on_after_the_last_item_given():
    first = rest_of_list(SHRUNK, SECTION, max_words=120)
    again = rest_of_list(first, SECTION, max_words=120)
    assert again.splitlines()[0].startswith("4. Minuter") and again.splitlines()[-1].startswith("5. Rédiger")


def test_a_small_budget_gives_the_first_missing_item_and_stops():
    assert rest_of_list(SHRUNK, SECTION, max_words=5).splitlines() == [
        "2. Connaître le public : effectif, acquis, attentes et contraintes horaires de chacun."]


def test_a_list_shown_whole_has_no_rest():
    assert rest_of_list(SECTION, SECTION) == ""
    assert rest_of_list("Après l'atelier, noter ce qui a marché et ce qu'il faut changer.", SECTION) == ""
