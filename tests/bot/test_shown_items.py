"""`shown_items`: the numbers of the list items a reply was made of, when it was only those."""
from __future__ import annotations

from bot.shown_items import shown_items


def test_a_reply_made_of_list_items_gives_their_numbers():
    shown = ("3. Connaître le public : effectif, acquis.\n4. Sélectionner l'essentiel du contenu.\n\n"
             "📖 Source : Comment préparer une séance de formation ? [eng-session-preparation]")
    assert shown_items(shown) == [3, 4]


def test_a_reply_with_a_lead_or_prose_gives_none():
    assert shown_items("Voici une démarche pas à pas.\n1. Situer la séance.\n2. Fixer les objectifs.") == []
    assert shown_items("La motivation baisse après quelques semaines.") == []
    assert shown_items("") == []
