"""An option of a clarifying question named in words: "la formative" after « L'évaluation sommative / Évaluer un
dispositif / L'évaluation formative » is the third."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.conversation import CHOICE, CHOICES, OTHER_LANG, LastTurn, bare_number, follow_up
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

# A reply to "Vous cherchez : 1. … 2. … 3. …" this short may name its option by a word of that option's title alone
# ("la formative" after « L'évaluation sommative / Évaluer un dispositif / L'évaluation formative »).
OPTION_WORDS_MAX = 5
_TITLE_STOP = frozenset("les des une pour dans avec sur par quoi comment quel quelle est faire مع في على من الى عن كيف "
                        "ما هو هي".split())


def title_words(text: str) -> set[str]:
    """A text's words as titles are compared: accents and articles dropped ("L'évaluation", "lrole"), a compound
    kept whole ("l'auto-évaluation" named formative assessment's "évaluation")."""
    words = [w.strip("-") for w in re.findall(r"\w[\w-]*", normalize_text(text).replace("'", " "))]
    stripped = {w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words}
    stripped |= {w[1:] for w in words if re.fullmatch(r"l[a-z]{4,}", w)}  # Arabizi's glued article: "lpedagogique"
    return {w for w in stripped if len(w) > 2 and w not in _TITLE_STOP}


def option_in_words(tutor: Tutor, text: str, last: LastTurn) -> int | None:
    """The number of the offered option a short reply names by a title word no other option has, or None."""
    if not last.clarifying or len(last.sections) < 2 or len(text.split()) > OPTION_WORDS_MAX:
        return None
    if (follow := follow_up(text)) is not None and follow[0] in (OTHER_LANG, CHOICE):
        return None  # "en arabe stp", "le deuxième": asked again in that language, or chosen by number
    return option_of_words(tutor, text, last.sections)


def option_of_words(tutor: Tutor, text: str, sections: tuple[str, ...]) -> int | None:
    """The number of the section among `sections` whose title has a word of `text` no other one has, or None."""
    titles = tutor.engine.index.titles
    words = [title_words(" ".join(titles.get((s, code), "") for code in ("fr", "ar"))) for s in sections]
    asked = title_words(re.sub(r"(?<!\w)و(?=ال)", "", text))  # "والبيداغوجي؟": "and the pedagogical?"
    own = [(asked & mine) - set().union(*(w for j, w in enumerate(words) if j != i)) for i, mine in enumerate(words)]
    named = [i for i, shared in enumerate(own) if shared]
    return named[0] + 1 if len(named) == 1 else None


def ranked(text: str) -> bool:
    """An option chosen by its number or rank ("2", "le deuxième", "التانية"), not by a bare "oui" / "ok"."""
    norm = normalize_text(text).strip(" ?!.؟،,")
    return bare_number(text) is not None or any(re.fullmatch(pattern, norm) for pattern in CHOICES.values())
