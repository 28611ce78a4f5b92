"""A list that is not the main block of an excerpt is shown whole, or last, or not at all: "l'attestation on
l'obtient comment ?" got two conditions of four, "…", then a later paragraph, read as the whole list (a newcomer)."""
from __future__ import annotations

from retrieval.blocks import parse_blocks
from retrieval.excerpt import render
from retrieval.focus import Focus

CONDITIONS = ("- avoir consulté les activités obligatoires de chaque module du parcours de formation en ligne ;\n"
              "- avoir remis tous les devoirs notés et atteint le seuil fixé, par exemple une moyenne minimale ;\n"
              "- avoir participé au forum ou aux classes virtuelles lorsque c'est exigé par l'équipe ;\n"
              "- avoir rempli le questionnaire de fin de formation, si la plateforme le demande.")
CLOSING = ("L'attestation n'est générée qu'après la clôture des évaluations : il est normal d'attendre quelques jours "
           "après la fin du dernier module. Vérifiez que votre nom est correctement orthographié ; sinon, corrigez "
           "votre profil et signalez l'erreur au support avant de la télécharger de nouveau. Si une condition reste "
           "marquée non remplie alors que vous avez fait l'activité, écrivez à votre tuteur en joignant une capture "
           "d'écran de la page de progression, et gardez une copie du fichier.")
TEXT = f"Conditions habituelles :\n{CONDITIONS}\n\n{CLOSING}"


def lines_after_a_cut(text: str) -> list[str]:
    lines = [line for line in text.split("\n") if line.strip()]
    cut = next((i for i, line in enumerate(lines) if line.rstrip().endswith("…")), None)
    return [] if cut is None else lines[cut + 1:]


def test_a_list_before_the_main_paragraph_is_whole_or_left_out():
    blocks = parse_blocks(TEXT)
    text = render(blocks, Focus(main=1, extras=(0,)), "fr", 120, set())
    assert lines_after_a_cut(text) == [], text
    conditions = [line for line in CONDITIONS.split("\n") if line.split()[1] in text]
    assert len(conditions) in (0, 4), text  # all four conditions, or none: never two then "…"
    assert "clôture des évaluations" in text


def test_nothing_follows_a_main_list_cut_short():
    # "et l'accompagnement d'un prof stagiaire en difficulté ?": three items, "…", then "Trois pièges…"
    item = "- partir des situations vécues par les stagiaires, un incident en classe ou une séance filmée, plutôt que d'un exposé théorique"
    long_item = "- " + " ".join(["laisser chercher, accepter le silence et l'erreur comme matière de travail"] * 4)
    pitfalls = "Trois pièges sont fréquents : faire à la place du stagiaire, juger plutôt qu'aider, tout dire soi-même."
    blocks = parse_blocks(f"Concrètement :\n{item}\n{long_item}\n{item}\n\n{pitfalls}")
    text = render(blocks, Focus(main=0, extras=(1,)), "fr", 55, set())
    assert "…" in text and lines_after_a_cut(text) == [], text
