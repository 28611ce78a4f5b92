"""Personal data detectors (Moroccan phone numbers, e-mails, CIN, Massar codes, bank numbers, payroll numbers) and
masking.

Detection runs on a copy of the text whose Arabic-Indic digits are folded to ASCII one for one, so
spans are valid on the original. Masking replaces each span by a labelled token in the reader's
language, e.g. ``[téléphone masqué]`` / ``[رقم هاتف محجوب]``: a reader (and a tutor) still
understands what was there, which a neutral ``▒▒▒`` (``style="neutral"``) does not say. Example::

    >>> mask("appelez-moi au 06 12 34 56 78", lang="fr")
    'appelez-moi au [téléphone masqué]'

False positives are avoided on dates (``06.12.2024 10:30``), years, times, amounts and module
numbers: phone numbers need their prefix (0, +212, 00212, 212) and exactly nine national digits with
one kind of separator; a CIN with only four digits needs a context word (CIN, بطاقة ...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.text import fold_digits

KINDS = ("phone", "email", "cin", "massar", "bank", "staff")

TOKENS = {
    "fr": {
        "phone": "[téléphone masqué]",
        "email": "[e-mail masqué]",
        "cin": "[CIN masquée]",
        "massar": "[code Massar masqué]",
        "bank": "[numéro bancaire masqué]",
        "staff": "[matricule masqué]",
    },
    "ar": {
        "phone": "[رقم هاتف محجوب]",
        "email": "[بريد إلكتروني محجوب]",
        "cin": "[رقم البطاقة الوطنية محجوب]",
        "massar": "[رمز مسار محجوب]",
        "bank": "[رقم بنكي محجوب]",
        "staff": "[رقم التأجير محجوب]",
    },
}
NEUTRAL_TOKEN = "▒▒▒"
_ANY_TOKEN = re.compile("|".join(re.escape(token) for lang in TOKENS.values() for token in lang.values())
                        + "|" + re.escape(NEUTRAL_TOKEN))


def without_masks(text: str) -> str:
    """The text with the tokens that masked its personal data taken out, for reading what it asks (the words of
    "[رقم هاتف محجوب]" drew a forum question on logging in to the charter's page, or made it off topic)."""
    if "[" not in text and NEUTRAL_TOKEN not in text:
        return text
    return re.sub(r"[ \t]+([,.;:!?،؟])", r"\1", re.sub(r"[ \t]{2,}", " ", _ANY_TOKEN.sub(" ", text))).strip()

_SEP = r"[ .\-\u00a0]"
_PHONE = re.compile(
    r"(?<![0-9A-Za-z+])(?<!\d[ .\-])"
    r"(?P<prefix>(?:\(\s?(?:\+|00)\s?212\s?\)|(?:\+|00)\s?212|212(?=" + _SEP + r"?[5-8]))"
    + _SEP + r"?(?:\(0\)" + _SEP + r"?|0" + _SEP + r"?)?|0" + _SEP + r"?)"
    r"(?P<national>[5-8](?:" + _SEP + r"?\d){8})"
    r"(?!" + _SEP + r"?\d+\b)"  # not followed by more digits (a digit starting an Arabizi word is fine)
)
_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_EMAIL_OBFUSCATED = re.compile(
    r"(?<![\w.])[A-Za-z0-9._%+-]+\s*(?:\[at\]|\(at\)|\{at\}|\s(?:arobase|arobas)\s)\s*[A-Za-z0-9-]+"
    r"\s*(?:\.|\[dot\]|\(dot\)|\s(?:point|dot)\s)\s*(?:com|ma|fr|net|org|edu)\b",
    re.IGNORECASE,
)
_CIN = re.compile(r"(?<![A-Za-z0-9])(?P<letters>[A-Za-z]{1,2})(?P<space>[ \-]?)(?P<digits>\d{4,6})(?![A-Za-z0-9])")
_CIN_CONTEXT = re.compile(
    r"\bc\.?i\.?n\b|\bcni\b|carte (?:nationale|d'identit)|بطاق|التعريف|ta3rif|la carte", re.IGNORECASE
)
_CIN_NOT = frozenset({"ma", "fr", "iso", "nf", "pc", "tv", "hd", "mp", "id", "dh", "mad", "cp", "ce", "pv"})
# A civil servant's payroll or staff number named ("رقم التأجير 1234567", "matricule 1234567", "PPR: 1234567", "DOTI
# 123456"): a newcomer's post kept it in clear while its CIN was masked
# A few short words may stand between the label and the number ("رقم التأجير ديالي هو 3456789", "Mon matricule c'est
# le 4567890", "ra9m tta2jir dyali 5678901": a newcomer's posts kept them in clear, and a tutor's public reply quoted one)
_STAFF = re.compile(r"(?:\bmatricule|\bn(?:um(?:[ée]ro)?|°)? ?(?:de )?(?:somme?|som|matricule)|\bppr|\bdoti|"
                    r"\bra9m (?:t|l)?t?(?:a2?|aa)jiri?|رقم (?:ال)?تا?جيري?|رقم (?:ال)?تأجيري?|تأجيري|تاجيري|التاجير|التأجير|"
                    r"رقم (?:ال)?دوتي)"
                    r"(?:\W{1,4}(?:ديالي|ديالك|ديال|dyali|diali|dyal|dial|هو|هي|est|c'est|c|le|la|mon|ma|n°|nr|no)){0,3}"
                    r"\W{0,4}(?:est |هو |:)?\W{0,3}(?P<digits>\d{5,8})(?!\d)", re.IGNORECASE)
# A phone number outside Morocco ("+33 6 12 34 56 78", "0033 612345678"): a country code, then 7 to 12 digits
_PHONE_ABROAD = re.compile(r"(?<![0-9A-Za-z+])(?:\+|00)\s?(?!212)[1-9]\d{0,2}(?:[ .\-]?\(0\))?(?:[ .\-]?\d){7,12}(?![ .\-]?\d)")
# An address spelled out ("latifa point benali at gmail point com")
_EMAIL_SPELLED = re.compile(
    r"(?<![\w.])[A-Za-z0-9_%+-]+(?:\s(?:point|dot)\s[A-Za-z0-9_%+-]+)*\s(?:at|arobase|arobas)\s"
    r"(?:gmail|yahoo|hotmail|outlook|live|icloud|menara|taalim|men)\s*(?:\.|\s(?:point|dot)\s)\s*(?:com|ma|fr|net|org|gov\.ma)\b",
    re.IGNORECASE)
_MASSAR = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]\d{9}(?![A-Za-z0-9])")
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z]{2}|ma|Ma)\d{2}(?:[ \-]?[A-Z0-9]{4}){2,7}(?:[ \-]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])"
)
_RIB = re.compile(r"(?<![0-9A-Za-z])\d(?:[ .\-]?\d){23}(?![ .\-]?\d)")
_CARD = re.compile(r"(?<!\d)\d{4}(?P<s>[ \-]?)\d{4}(?P=s)\d{4}(?P=s)\d{4}(?!\d)")
_DATE_LIKE = re.compile(r"^\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}")


@dataclass(frozen=True)
class Match:
    """One personal datum found: the span [start, end) in the original text and its kind."""

    start: int
    end: int
    kind: str


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _phones(text: str) -> list[Match]:
    out = []
    for m in _PHONE.finditer(text):
        national = m.group("national")
        separators = {c for c in national if not c.isdigit()}
        if len(separators) > 1 or _DATE_LIKE.match(m.group(0)):
            continue
        out.append(Match(m.start(), m.end(), "phone"))
    out += [Match(m.start(), m.end(), "phone") for m in _PHONE_ABROAD.finditer(text)]
    return out


def _banks(text: str) -> list[Match]:
    out = []
    for m in _IBAN.finditer(text):
        body = re.sub(r"[ \-]", "", m.group(0))
        if body[:2].upper() == "MA" and len(body) == 28 and body[2:].isdigit():
            out.append(Match(m.start(), m.end(), "bank"))
        elif 15 <= len(body) <= 34 and body[:2].isupper() and sum(c.isdigit() for c in body) >= 12:
            out.append(Match(m.start(), m.end(), "bank"))
    out += [Match(m.start(), m.end(), "bank") for m in _RIB.finditer(text)]
    for m in _CARD.finditer(text):
        if _luhn(re.sub(r"\D", "", m.group(0))):
            out.append(Match(m.start(), m.end(), "bank"))
    return out


def _ids(text: str) -> list[Match]:
    out = [Match(m.start(), m.end(), "massar") for m in _MASSAR.finditer(text)]
    out += [Match(m.start("digits"), m.end("digits"), "staff") for m in _STAFF.finditer(text)]
    for m in _CIN.finditer(text):
        letters, digits = m.group("letters"), m.group("digits")
        if letters.lower() in _CIN_NOT:
            continue
        window = text[max(0, m.start() - 40): m.start()]
        has_context = bool(_CIN_CONTEXT.search(window))
        strong = letters.isupper() and len(digits) >= 5 and not m.group("space")
        if strong or has_context:
            out.append(Match(m.start(), m.end(), "cin"))
    return out


def _emails(text: str) -> list[Match]:
    found = [Match(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    found += [Match(m.start(), m.end(), "email") for m in _EMAIL_OBFUSCATED.finditer(text)]
    found += [Match(m.start(), m.end(), "email") for m in _EMAIL_SPELLED.finditer(text)]
    return found


def find_personal_data(text: str) -> list[Match]:
    """All personal data spans in `text`, sorted and without overlaps (the earlier detector wins)."""
    folded = fold_digits(text)
    chosen: list[Match] = []
    for detector in (_emails, _banks, _ids, _phones):
        for match in detector(folded):
            if not any(match.start < c.end and c.start < match.end for c in chosen):
                chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)


def mask(text: str, matches: list[Match] | None = None, lang: str = "fr", style: str = "label") -> str:
    """`text` with each personal datum replaced by a token in `lang` ("fr" or "ar") or by ▒▒▒."""
    if matches is None:
        matches = find_personal_data(text)
    tokens = TOKENS["ar" if lang.startswith("ar") else "fr"]
    parts, last = [], 0
    for m in sorted(matches, key=lambda m: m.start):
        parts.append(text[last:m.start])
        parts.append(NEUTRAL_TOKEN if style == "neutral" else tokens[m.kind])
        last = m.end
    parts.append(text[last:])
    return "".join(parts)
