"""The moderation page's words: what decided a decision, read out in the page's language (the engine's line,
"toxic 1.00 >= 0.50 -> hold (toxic:model, toxic:vocative_insult)", was shown as it is on the Arabic page too: a
tester), and the codes of channels, languages and models as words. Numbers and codes are wrapped in Unicode
isolates (FSI … PDI), so an Arabic sentence keeps "1.00" and "0.50" where they are written. Example::

    explained(decision, "fr").sentence
    # '« injurieux » : score 1.00, au moins le seuil de 0.50, donc : retenu pour relecture.' (numbers isolated)
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.moderation_review import Decision, reasoning
from bot.texts import TEXTS, t

FSI, PDI = "\u2068", "\u2069"


def isolated(text: object) -> str:
    """`text` between Unicode isolates: a number or a code keeps its place in a sentence of either direction."""
    return f"{FSI}{text}{PDI}"


def word(prefix: str, code: str, lang: str) -> str:
    """The word for `code` in the family `prefix` ("mw_channel", "verdict"…), else the code itself, isolated."""
    key = f"{prefix}_{code}"
    return t(key, lang) if key in TEXTS else isolated(code)


def cue_word(cue: str, lang: str) -> str:
    """A cue ("toxic:vocative_insult", "spam:repeat:3", "spam:links>=3") as words; an unknown one as its code."""
    name = cue.split(":", 1)[1] if ":" in cue else cue
    if name.startswith("repeat:") and name[7:].isdigit():
        return t("mw_cue_repeat", lang, n=isolated(name[7:]))
    return word("mw_cue", name, lang)


@dataclass(frozen=True)
class Explained:
    """What decided, in words: the sentence (empty when the line is of another shape) and the cues."""

    sentence: str
    cues: str


def explained(decision: Decision, lang: str) -> Explained:
    """The decision's reason line as a sentence, and every cue that fired (the deciding class's and the others', as
    "Règles" listed them) in `lang`; the raw line stays on the page."""
    parts = reasoning(decision.reason)
    cues = decision.cues or (parts.cues if parts is not None else ())
    listed = t("list_sep", lang).join(dict.fromkeys(cue_word(c, lang) for c in cues))
    cue_line = t("mw_cues", lang, cues=listed) if listed else ""
    if parts is None:
        return Explained("", cue_line)
    sentence = t("mw_reason", lang, verdict=word("verdict", parts.verdict, lang), score=isolated(parts.score),
                 limit=isolated(parts.limit), action=word("action", parts.action, lang))
    return Explained(sentence, cue_line)
