"""Whether a question asks about something the guide never names: a product or a body ("ChatGPT", "Google
Classroom", "Microsoft Teams", "VLOOKUP"), or artificial intelligence, on which the guide has no page.

Retrieval places such a question on the nearest page whatever its subject: "Puis-je utiliser ChatGPT pour mon
devoir ?" got the steps to submit an assignment at 0.40, "Comment créer une classe sur Google Classroom ?" the
platform's navigation. A name is a Latin word written with a capital inside it or in capitals ("ChatGPT", "IA"),
or capitalized away from a sentence's start ("Google Classroom"), that no text of the index holds (the guide in
both languages, its question keys, the FAQ entries tutors added: once a tutor adds one on ChatGPT, the guide
names it). On the dev sets' single questions (blind2-19, 22, 25-27), such a name was found in 89 of the 880
out-of-scope questions and in 5 of the 4,400 content ones: three about what may be posted on the forum (a
football club, a city: the charter answers for any subject) and one about a phone (the platform's pages speak of
devices), which keep their answers, and an Arabizi word with a capital for an emphatic letter ("tanDim": a name
starts with a capital); places (Moroccan cities and regions) are settings, not subjects. On the same
sets, 10 out-of-scope questions that had a guide answer or a ticket now get the polite reply naming the thing.
"""
from __future__ import annotations

import re
from typing import Iterable

from bot.other_service import PLATFORM_PAGES
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind, Reason
from bot.untreated_concepts import treated_markers, untreated_concept
from retrieval.normalize import normalize_french, normalize_text

# sections that answer for any subject named: what may be posted on the forum, how to use the course's platform
# from some device or browser (`bot.other_service.PLATFORM_PAGES`: "Android", "iPhone")
ANY_SUBJECT_PREFIXES = ("charter-",)

# artificial intelligence and its common tools, in the ways trainers write them (the guide has no page on them)
_AI = re.compile(
    r"\b(?:chat ?gpt|gpt-?\d*|gemini|copilot|deepseek|midjourney|"
    r"intelligence artificielle|intelligences artificielles|ia generative|l'ia|d'ia|une ia|les ia|"
    r"dka2 (?:stina3i|istina3i|l2istina3i)|dkaa (?:stina3i|istina3i))\b|"
    r"(?<!\w)(?:ال|بال|ب|ف|فال)?(?:ذكاء الاصطناعي|ذكاء اصطناعي|ذكاء الإصطناعي)(?!\w)|"
    r"(?<!\w)(?:ت?شات ?جي ?بي ?تي|جيميناي|كوبايلوت|ديب ?سيك)(?!\w)", re.IGNORECASE)
_AI_CAPS = re.compile(r"(?<![\w'])(?:IA|AI)(?![\w'])")
_AI_TOOL = re.compile(r"chat ?gpt|gpt|gemini|copilot|deepseek|midjourney|شات|جيميناي|كوبايلوت|ديب", re.IGNORECASE)
_TOOL_SPELLING = {"chatgpt": "ChatGPT", "gpt": "GPT", "gemini": "Gemini", "copilot": "Copilot", "deepseek": "DeepSeek",
                  "midjourney": "Midjourney"}
AI = "AI"  # what `unnamed_subject` returns for artificial intelligence itself, named per language by `off_topic_text`

# capitalized words that are places (a trainer's centre or town): a setting, not what is asked about
_PLACES = frozenset(normalize_french(w) for w in """
maroc morocco rabat sale kenitra casablanca casa mohammedia settat berrechid eljadida jadida safi marrakech
marrakesh essaouira agadir tiznit taroudant guelmim laayoune dakhla tanger tanja tetouan larache chefchaouen
alhoceima hoceima nador oujda berkane taza fes fez meknes ifrane khenifra errachidia ouarzazate zagora
benimellal beni mellal khouribga azilal draa tafilalet souss massa oriental sahara atlas
""".split())

# words before a person's name: greetings, thanks, titles, roles ("Merci Amina", "Bonjour Karim", "Mme Bennani",
# "la tutrice Salma", "si Ahmed", "ostad Khalid")
_ADDRESS = frozenset(normalize_french(w) for w in """
merci bonjour bonsoir salut salam slm coucou hello cher chere chers mme madame mlle mademoiselle monsieur mr m
dr pr professeur prof tuteur tutrice formateur formatrice inspecteur inspectrice coordinateur coordinatrice collegue
directeur directrice ami amie si sidi lalla ostad oustad ustad ostada chokran choukran shukran chkran et avec
suis appelle appele c'est cest ana smiti mari femme epoux epouse fils fille frere soeur
""".split())  # "je suis Karima, formatrice…", "mon mari Ahmed…": a person (they got "le guide ne traite pas de « Karima »")
# the labels of a trainer's identifiers ("Numéro SOM 1234567 — je ne reçois pas mon attestation": the number is said
# with its label, the question is elsewhere; it got "le guide ne traite pas de « SOM »")
_IDENTIFIERS = frozenset("som ppr doti cin cni cnie rib iban matricule".split())
_WORD = re.compile(r"(?<![\w'-])([A-Za-z][A-Za-z0-9]*)(?![\w-])")
_GREETINGS = frozenset("bonjour bonsoir salut salam slt cc coucou merci".split())
_SENTENCE_END = ".?!:;«»\"()[]\n…"


class GuideVocabulary:
    """The Latin words of an index's texts (normalized), built once per index."""

    def __init__(self) -> None:
        self._index: object | None = None
        self._words: frozenset[str] = frozenset()

    def words(self, index: object, texts: Iterable[str] | None = None) -> frozenset[str]:
        """The words of `index` (its chunks' titles and texts), rebuilt when the index changes."""
        if index is not self._index:
            chunks = list(getattr(index, "chunks", ())) if texts is None else []
            source = texts if texts is not None else (f"{c.title}\n{c.text}" for c in chunks)
            words: set[str] = set()
            for text in source:
                words.update(re.findall(r"[a-z0-9]+", normalize_french(text)))
            words |= treated_markers((f"{c.section_id}.{c.lang}", c.title, c.text) for c in chunks  # "pédagogie de
                                     if getattr(c, "is_text", True))  # projet"…: the guide's text, not its keys
            self._index, self._words = index, frozenset(words)
        return self._words


def _is_name(word: str, text: str, start: int) -> bool:
    """A capital inside the word or a word in capitals ("ChatGPT", "VLOOKUP"), or a capitalized word away from
    a sentence's start ("Classroom" in "une classe sur Google Classroom") and not a person's name after a word
    that addresses or names someone ("Merci Amina !", "Mme Bennani", "mon tuteur Youssef")."""
    if len(word) < 3 or not word[0].isupper():
        return False
    if any(c.isupper() for c in word[1:]):
        return True
    before = text[:start].rstrip()
    # a new line starts a sentence: "Devoir module 2\nBonjour, je n'arrive pas…" (a forum title, then the post)
    # named "Bonjour" as a subject the guide never treats (a newcomer: the post got nothing back)
    if not before or before[-1] in _SENTENCE_END or "\n" in text[len(before):start] or not word[1:].islower():
        return False
    if normalize_french(word) in _GREETINGS or normalize_french(word) in _ADDRESS:  # "…, Mme Bennani du CFIE"
        return False
    previous = re.findall(r"[\w']+", normalize_french(before))[-2:]
    return not any(w in _ADDRESS for w in previous)


def unnamed_subject(text: str, vocabulary: frozenset[str]) -> str | None:
    """The first thing `text` names that the guide never does (as written), or a teaching concept no section of it
    treats (`bot.untreated_concepts`), or None."""
    if vocabulary and (concept := untreated_concept(text, vocabulary)) is not None:
        return concept
    if "chatgpt" not in vocabulary and "artificielle" not in vocabulary:
        ai = _AI_CAPS.search(text or "") or _AI.search(text or "") or _AI.search(normalize_text(text or ""))
        if ai:
            named = ai.group(0).strip()
            return _TOOL_SPELLING.get(named.lower().replace(" ", ""), named) if _AI_TOOL.match(named) else AI
    platform = _PLATFORM.search(text or "")  # "et moodle ou google classroom c mieux que e-takwine ?", lower case
    if platform and normalize_french(platform.group(0).split()[-1]) not in vocabulary:
        return platform.group(0).title()
    latin = [m.group(1) for m in _WORD.finditer(text or "")]
    if len(latin) >= 3 and sum(w.isupper() for w in latin) * 2 > len(latin):  # written in capitals: no names
        return None
    for match in _WORD.finditer(text or ""):
        word = match.group(1)
        if not _is_name(word, text, match.start(1)):
            continue
        folded = normalize_french(word)
        glued = folded[1:] if folded[:1] == "l" else folded  # Arabizi's article glued on: "lMOOC"
        if folded in vocabulary or glued in vocabulary or folded in _PLACES or folded in _IDENTIFIERS:
            continue
        if text[max(0, match.start(1) - 2):match.start(1)] == "e-":  # "e-Takwine"
            continue
        return word
    return None


_VOCABULARY = GuideVocabulary()


def vocabulary_of(engine: object) -> frozenset[str]:
    """The words of the engine's current index (empty before it is warmed up)."""
    try:
        index = engine.index  # type: ignore[attr-defined]
    except (RuntimeError, AttributeError):  # not warmed up, or an engine without an index
        return frozenset()
    return _VOCABULARY.words(index)


# learning and meeting platforms other than the course's: the platform pages answer for devices, not for these
_OTHER_PLATFORMS = frozenset({"google classroom", "classroom", "moodle", "teams", "ms teams", "microsoft teams", "zoom",
                              "canva", "padlet", "kahoot", "genially", "edmodo", "meet"})


_PLATFORM = re.compile(r"\b(?:google classroom|classroom|moodle|ms teams|microsoft teams|padlet|kahoot|genially|edmodo)\b",
                       re.IGNORECASE)


def another_platform(term: str) -> bool:
    """The name is another learning or meeting platform's (the guide's platform pages are about e-Takwine)."""
    return normalize_french(term) in _OTHER_PLATFORMS


def answers_any_subject(section_id: str | None) -> bool:
    """The section answers whatever subject is named: the forum's charter (what may be posted), or a page on using
    the platform from some device ("un smartphone Android… je pourrai quand même suivre ?"; another service's
    account on those pages is `bot.other_service`'s)."""
    return bool(section_id) and (section_id.startswith(ANY_SUBJECT_PREFIXES) or section_id in PLATFORM_PAGES)


def off_topic_text(text: str, lang: str, vocabulary: frozenset[str]) -> str:
    """The reply to a question the guide does not answer: naming what it never speaks of when the question names
    it ("Le guide du formateur ne traite pas de « ChatGPT »…"), else what Rafiq helps with."""
    term = unnamed_subject(text, vocabulary) if vocabulary else None
    if term == AI:
        term = t("artificial_intelligence", lang)
    return t("not_in_guide", lang, term=term) if term else t("off_topic", lang)


def off_topic_decision(text: str, lang: str, vocabulary: frozenset[str], query_vector=None) -> Decision:
    """The polite reply to a question the guide does not answer (`off_topic_text`), with a button to ask a tutor."""
    return Decision(Kind.ANSWER, off_topic_text(text, lang, vocabulary), lang, Intent.QUESTION, reason=Reason.OFF_TOPIC,
                    buttons=(Button(t("ask_tutor", lang), "tutor"),), query_vector=query_vector)
