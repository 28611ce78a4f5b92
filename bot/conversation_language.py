"""The language Rafiq replies in within a conversation: the message's own, the previous reply's for a message too
short to tell, or the one the message asks for while asking a question ("ma fhmtch mzyan l3arbia, 3tini jawab b
lfrancais 3afak: kifach nwjd l'analyse des besoins?": it was answered in Arabic, a newcomer)."""
from __future__ import annotations

import re

from bot.language_request import language_asked_in, other_language_asked, word_count
from bot.roles.intents import polite_only
from retrieval.normalize import normalize_text

# A Latin-script message this short cannot say whether it is French or Arabizi ("w l formative?", "et
# l'éthique ?", "ok merci"): it keeps the conversation's language.
KEEPS_LANGUAGE_WORDS = 4
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def conversation_language(text: str, lang: str, previous: str, known: bool = True) -> str:
    """The reply language of a message in a conversation: `lang` (read from the message), except that a
    very short Latin-script message, or one whose language detection cannot tell (`known` False: "w ila kant
    CC BY-NC?" read as English), keeps the previous reply's language (`previous`); thanks or a greeting never do."""
    if (asked := language_asked_with_a_question(text)) is not None:
        return asked
    if previous == "ar" and _ARABIC_LETTER.search(text) and not (known and polite_only(text)):
        return previous  # "و l'auto-évaluation؟" in an Arabic conversation (read as French: the reply switched)
    if previous not in ("ar", "fr") or previous == lang or _ARABIC_LETTER.search(text) or (known and polite_only(text)):
        return lang  # "merci beaucoup" after "et en arabe ?": French, as the thanks are
    if previous == "ar" and _DARIJA_AND.match(normalize_text(text)):  # "w ila smiti mktouba ghalat?" read as French
        return previous
    if known and lang == "fr" and french_sentence(text):  # "expliquez moi autrement svp" after an Arabic answer
        return lang
    return previous if word_count(text) <= KEEPS_LANGUAGE_WORDS or not known else lang


# A short Latin-script message that is a French sentence, not a topic that Darija borrows ("w l formative?", "et le
# lien ?"): a French pronoun or a verb addressed to Rafiq ("expliquez moi autrement svp", "je comprends pas", "tu peux
# simplifier ?"), and no Arabizi word (`_ARABIZI_MARK`: a digit for a letter, Darija's own words)
_FRENCH_SENTENCE = re.compile(
    r"\b(?:je|j'|tu|vous|nous|moi|toi|m'|t'|c'est|est-ce|qu'est|expliqu\w*|reexpliqu\w*|redi[st]\w*|reformul\w*|"
    r"simplifi\w*|comprend\w*|compris|pouv\w*|peux|pourri\w*|voudr\w*|veux|voulez|donne[zr]?|dites|montre[zr]?)\b"
    r"|(?<=\s)j'|^j'")
_ARABIZI_MARK = re.compile(r"[a-z][235679]|[235679][a-z]|\b(?:chno|chnou|ach|wach|kifach|kifash|ana|nta|nti|dyal|dyali|"
                           r"bghit|daba|mzyan|walo|3afak|afak|hadchi|hada|hadi|chi|ghir|bzaf|machi|wakha|safi|"
                           r"liya|lia)\b")


def french_sentence(text: str) -> bool:
    """A Latin-script message is a French sentence (a French pronoun or a verb asking Rafiq something) with no Arabizi
    mark: it is answered in French whatever language the conversation was in."""
    norm = normalize_text(text or "").replace("’", "'")
    return bool(_FRENCH_SENTENCE.search(norm)) and not _ARABIZI_MARK.search(norm) and not _ARABIC_LETTER.search(text)


def page_choice(text: str, lang: str | None, chosen: bool) -> str | None:
    """The language a message on a page is answered in whatever its own: the one it asks for with its question
    ("jawbni b l3arbia: chno howa portfolio?", on a page set to French too), else the page's `lang` when the trainer
    chose it (`chosen`: a language button pressed, a "from now on" request), else None (the message's language)."""
    if (asked := language_asked_with_a_question(text)) is not None:
        return asked
    return lang if chosen and lang in ("ar", "fr") else None


# Darija's "and" opening a Latin-script message ("w ila…", "w kifach…"): no French or English message opens so
_DARIJA_AND = re.compile(r"^(?:w|wa|o ila|o ida)\s+[a-z0-9]")


# where a request for a language ends and the question starts: "…b lfrancais 3afak: kifach…", "بالفرنسية، كيف…"
_CLAUSE = re.compile(r"[:,;.!،؛]+|[?؟]+\s")
MIN_QUESTION_WORDS = 3


def language_asked_with_a_question(text: str) -> str | None:
    """The language ("ar" or "fr") one clause of a message asks the answer in, when another clause asks a question
    of at least MIN_QUESTION_WORDS words ("jawbni b lfrancais: kifach ndir grille d'evaluation?"); else None."""
    norm = normalize_text(text or "")
    clauses = [c.strip() for c in _CLAUSE.split(norm) if c.strip()]
    asked = {i: lang for i, c in enumerate(clauses) if (lang := other_language_asked(c)) is not None}
    question = any(word_count(c) >= MIN_QUESTION_WORDS for i, c in enumerate(clauses) if i not in asked)
    if not asked or not question:
        return None
    if len(set(asked.values())) == 1:
        return next(iter(asked.values()))
    # "ma fhmtch l3arbia, 3tini b lfrancais: …": the language asked "in" is meant, not the one not understood
    return language_asked_in(norm)


def without_language_request(text: str) -> str:
    """The message without its clauses asking for a language, when it asks a question too ("Qu'est-ce que le tutorat
    en ligne ? repondez en arabe svp" is searched as its question: read whole, it found the page on which language to
    write in); else the message itself."""
    if language_asked_with_a_question(text) is None:
        return text
    kept = [c for c in re.split(r"(?<=[:,;.!،؛?؟])\s*", text or "")
            if c.strip() and other_language_asked(normalize_text(c.strip(" :,;.!،؛"))) is None]
    return " ".join(kept).strip() or text
