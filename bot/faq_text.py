"""A FAQ entry's fields drafted from a ticket: the question and the tutor's answer without what was personal.

A draft was pre-filled with "Bonjour Hanae, utilisez « Mot de passe oublié ? »… — Amina", "Salam Fatima, ana Amina,
l'tutrice dyalk…", a sentence asking to be called at "[téléphone masqué]", a thread's title run into its post, and a
French answer in the Arabic answer's field (a tester). Here the greeting with a first name, the tutor introducing
themself and their signature are taken out, a sentence holding masked contact details is dropped, a title is kept
apart from its post by " — ", and each text goes to the field of the language it is written in.
"""
from __future__ import annotations

import re

from bot.masking import mask_text
from bot.store.ticket_details import question_asked
from moderation.personal_data import TOKENS, NEUTRAL_TOKEN
from retrieval.language import detect_language

FIELDS = ("question_ar", "answer_ar", "question_fr", "answer_fr")
_MASKS = tuple(token for tokens in TOKENS.values() for token in tokens.values()) + (NEUTRAL_TOKEN,)
_GREETING = re.compile(
    r"^\s*(?:bonjour|bonsoir|salut|salam|slm|salamo?\s*3alaykom|hello|coucou|ch[èe]re?|السلام\s+عليكم|سلام|مرحبا|"
    r"أهلا|اهلا|صباح\s+الخير|مساء\s+الخير)(?:\s+(?:madame|monsieur|mme|m\.|mr|الأستاذة?|أستاذة?|أختي|أخي))?"
    r"(?:\s+[^\s,!.،:;]{2,30})?\s*[,!.،:;]+\s*", re.IGNORECASE)
_INTRODUCTION = re.compile(r"^\s*(?:ana|je\s+suis|c['’]est|moi\s+c['’]est|أنا|انا)\s+[^.!?؟\n]{0,80}?"
                           r"(?:tut\w*|tuteur|tutrice|formateur|formatrice|مؤطر\w*|مكون\w*)[^.!?؟\n,،]*[,،.!…]*\s*",
                           re.IGNORECASE)
_SIGN_OFF = re.compile(r"(?:\n|\s)(?:[—–]|--?)\s*[^\s—–\-:;,.?!]+(?:\s[^\s:;,.?!]+){0,2}\s*$|"
                       r"(?:\n|^)\s*(?:cordialement|bien\s+à\s+vous|bonne\s+(?:journée|soirée|continuation)|bon\s+courage|"
                       r"مع\s+تحياتي|تحياتي|بالتوفيق|بالتوفيق\s+للجميع)\s*[,،!.]?\s*[^\n]{0,40}$", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟…]*\s*|\n")


def without_contacts(text: str) -> str:
    """The text without the sentences that hold masked contact details ("Appelez-moi au [téléphone masqué]…")."""
    return "".join(part for part in _SENTENCE.findall(text) if not any(mask in part for mask in _MASKS)).strip()


def plain_answer(text: str) -> str:
    """A tutor's answer without its greeting of a first name, the tutor introducing themself, and the signature."""
    text = _SIGN_OFF.sub("", text.strip()).strip()
    text = _GREETING.sub("", text, count=1)
    text = _INTRODUCTION.sub("", text, count=1).strip()
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def plain_question(question: str) -> str:
    """A ticket's question on one line: a thread's title kept apart from its post, the trainer's later lines left out."""
    lines = [line.strip() for line in (question or "").splitlines()
             if line.strip() and not line.strip().startswith(("↪", "+"))]
    return " — ".join(without_contacts(line) or line for line in lines[:2]).strip(" —")


def field_lang(text: str, default: str) -> str:
    """The field ("ar" or "fr") for a text: the language it is written in; Arabic script is Arabic, Latin script is
    French unless it reads as Darija (Arabizi: the ticket's own language)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return default if default in ("ar", "fr") else "fr"
    arabic = sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters)
    if arabic >= 0.5:
        return "ar"
    return "fr" if detect_language(text[:2000]).code == "fr" else (default if default in ("ar", "fr") else "fr")


def draft_fields(question: str, answer: str, lang: str, max_question: int, max_answer: int,
                 reason: str = "") -> dict[str, str]:
    """The FAQ form's fields drafted from one ticket (texts masked, then cleaned), each in its language's field; a bare
    request for a person stands for the question asked before it (`question_asked`)."""
    fields = {key: "" for key in FIELDS}
    base = "ar" if (lang or "").startswith("ar") else "fr"
    question = question_asked(question, reason, max_question) if reason == "human_requested" else question
    asked = plain_question(mask_text(question or "", base))
    if asked:
        fields[f"question_{field_lang(asked, base)}"] = asked[:max_question]
    said = plain_answer(without_contacts(mask_text(answer or "", base)))
    if said:
        fields[f"answer_{field_lang(said, base)}"] = said[:max_answer]
    return fields
