"""Which Latin-script words an Arabizi writer borrowed from French and keeps as they are ("statut mazal
brouillon", "CNDP"): the rest of an Arabizi message is spelled in Arabic letters by retrieval.darija."""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from typing import Iterable

FRENCH_SUFFIXES = ("tion", "tions", "ment", "ments", "eur", "eurs", "age", "ique", "iques", "aire",
                   "aires", "ite", "ance", "ence", "oir", "ette", "isme", "iste", "ier", "iere", "gie", "phie")
FRENCH_HINTS = frozenset("""le la les des du de un une et pour avec dans sur pas que qui quoi comment
seance stagiaire stagiaires formateur formatrice formateurs module modules cours grille evaluation
inscription plateforme lien mot passe attestation devoir forum live tuteur tutrice encadrant groupe
mooc email mail code compte video fichier pdf word note notes examen stage classe eleve eleves
certificat badge portfolio projet tache competence objectif objectifs participants collegues
role roles plateforme niveau niveaux ressource ressources critere criteres fichiers lien liens live
deadline tuteurs tutrice formatrices seances activite activites travail travaux groupe groupes
session sessions scenario scenarios grille grilles observation entretien feedback quiz test peer review pairs
""".split())


def fold_latin(word: str) -> str:
    """`word` in lower case with the common French accents removed."""
    return word.lower().replace("é", "e").replace("è", "e").replace("ê", "e").replace("à", "a")


# The French guide's own words (scripts/build_french_words.py): "statut", "brouillon", "virtuelle", "mentorat".
FRENCH_WORDS_FILE = Path(__file__).with_name("french_words.txt")
MIN_FRENCH_WORD = 4  # shorter words ("ma", "la", "li", "had") are Darija as often as French


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


def french_vocabulary(texts: Iterable[str], darija_words: Iterable[str] = ()) -> list[str]:
    """The sorted French words of `texts` (MIN_FRENCH_WORD letters or more, lower case, no accents), less
    `darija_words` (the Arabizi words retrieval.darija knows, which win anyway)."""
    darija = set(darija_words)
    words = {_strip_accents(w) for text in texts for w in re.findall(r"[^\W\d_]+", text)}
    return sorted(w for w in words if len(w) >= MIN_FRENCH_WORD and w.isascii() and w not in darija)


@functools.lru_cache(maxsize=1)
def french_words() -> frozenset[str]:
    """The bundled French vocabulary (empty when the file is missing)."""
    try:
        return frozenset(FRENCH_WORDS_FILE.read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


def looks_french(word: str) -> bool:
    """True for a word an Arabizi writer borrowed from French (kept in Latin letters), or an acronym ("CNDP")."""
    w = fold_latin(word).strip("'")
    if any(ch in word.lower() for ch in "éèêàçùâîô"):
        return True
    if len(word) >= 2 and word.isalpha() and (word.isupper() or any(c.isupper() for c in word[1:])):
        return True  # an acronym or a name in mixed case: "CNDP", "ChatGPT"
    return (w in FRENCH_HINTS or (len(w) > 4 and w.endswith(FRENCH_SUFFIXES))
            or (len(w) >= MIN_FRENCH_WORD and _strip_accents(w) in french_words()))
