"""A question on the online tutor's role without saying which ("Quels sont les rôles du tuteur en ligne ?",
"ما هي أدوار المؤطر عن بعد؟", "chno howa dor tuteur?"): the guide describes three, one page each (organizational,
pedagogical, socio-cognitive), and no page on all of them. Read alone, such a question found one of the three at 0.96
in French, and in Arabic the page on contacting one's tutor (0.15, a ticket): it gets the three to choose from."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialogue import clarify_decision
from bot.types import Citation, Decision, Intent
from retrieval.normalize import normalize_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

ROLE_SECTIONS = ("tut-organizational-role", "tut-pedagogical-role", "tut-socio-cognitive-role")
_ROLE = re.compile(r"\broles?\b|(?<!\w)(?:ال)?(?:دور|ادوار)(?!\w)|\b(?:dour|dor|dawr|adwar|l?adwar)\b")
_TUTOR = re.compile(r"\btut(?:eur|rice|or)s?\b|موطر|مؤطر|\bl?mo2at+ir|\bl?mou2at+ir|\bencadrant")
# a role named ("le rôle organisationnel", "الدور الاجتماعي المعرفي"), or another person's ("rôle du formateur")
_NAMED = re.compile(r"organis\w*|pedagog\w*|socio\w*|cognitif\w*|tandim\w*|تنظيم\w*|بيداغوج\w*|تربوي\w*|اجتماع\w*|"
                    r"معرف\w*|formateur|formatrice|مكون|l?mokawin|rafiq|رفيق")
MAX_WORDS = 12  # "Quels sont les rôles du tuteur en ligne dans ce MOOC ?" (its "?" no word)
# pages that name the tutor without saying what a tutor does: "ما هي أدوار المؤطر؟" found how to contact one (0.9)
NOT_ABOUT_ROLES = ("faq-contact-tutor",)


def roles_asked(tutor: Tutor, answer: Answer, text: str, lang: str) -> Decision | None:
    """The three role pages to choose from, when the message asks about the tutor's role without naming one and
    the guide is not sure of another page ("ما هو دور المؤطر في تنشيط المنتدى؟": the forum's); else None (also when
    the index lacks one of them)."""
    norm = normalize_text(text)
    if sum(1 for word in norm.split() if re.search(r"\w", word)) > MAX_WORDS or not (_ROLE.search(norm) and _TUTOR.search(norm)) or _NAMED.search(norm):
        return None
    if answer.answered and answer.citations and answer.citations[0].id not in ROLE_SECTIONS + NOT_ABOUT_ROLES:
        return None
    titles = tutor.engine.index.titles
    code = "fr" if lang == "fr" else "ar"
    if any((section, code) not in titles for section in ROLE_SECTIONS):
        return None
    options = tuple(Citation(section, titles[(section, code)], code) for section in ROLE_SECTIONS)
    return clarify_decision(options, lang, Intent.QUESTION)
