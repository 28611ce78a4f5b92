"""Text helpers local to moderation: digit folding, normalization for the classifiers, script check.

Moderation must not import `retrieval`, so the small amount of language knowledge it needs lives
here: a same-length digit translation (spans found on it are valid on the original text), a
normalization for character n-gram models and lexicons, and a rough language guess used only when the
caller gives no `lang` (to pick the language of masking tokens and of the author message).
"""
from __future__ import annotations

import re
import unicodedata

# Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0..) digits to ASCII, one char for one char.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)

URL_RE = re.compile(
    r"(?:https?://|www\.)\S+|\b(?:[a-z0-9-]+\.)+(?:com|net|org|ma|fr|info|biz|xyz|io|me|ly|link|shop|site|online)"
    r"(?:/\S*)?",
    re.IGNORECASE,
)
EMAIL_RE = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
_LONG_NUMBER = re.compile(r"\d[\d .\-]{5,}\d")
_REPEATS = re.compile(r"(.)\1{2,}")
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_ARABIC_FOLD = str.maketrans({"ى": "ي", "ة": "ه", "ـ": None, "گ": "ك", "ڭ": "ك", "ڤ": "ف", "پ": "ب"})

ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Darija written in Latin letters: digits used as letters inside words, and very common words.
_ARABIZI_DIGIT_WORD = re.compile(r"\b[a-z]*[a-z][2379][a-z]+\b|\b[2379][a-z]{2,}\b", re.IGNORECASE)
_ARABIZI_WORDS = frozenset(
    "wach wash kifach kifash chno chnou chnu achno ash bghit bghina baghi dyal dyali dial diali "
    "hadchi hadshi hada hadi had mzyan mzian bzaf bezaf walakin wlakin daba safi wakha ila fin "
    "ana nta nti hna ntouma lihoum m3a 3la 3lach 3endi 3ndi 3andi ghir gha ghadi kayn kayna makayn "
    "machi mashi ma3rftch ma3reftch khoya khti salam slm lah lhamdulillah inchallah nchalah "
    "brit bgha kan kant kanu mabqitch mab9itch rah raha rani ndir dir kolchi walou walo liya lia lik "
    "likom sifet sifto sift chi wla bach ghedda imta mnin chkoun ach nta rak fhemt bzzaf lhedra".split()
)

_FRENCH_WORDS = frozenset(
    "le la les de des du un une et est pour je tu il elle nous vous ils au aux pas que qui sur avec dans "
    "ce cette mon ma mes votre vos son sa ses en ne plus tout bonjour merci comment quelle quel".split()
)


def fold_digits(text: str) -> str:
    """Replace Arabic-Indic digits by ASCII digits, keeping every character position."""
    return text.translate(DIGITS)


def clean(text: str) -> str:
    """Drop control, bidi and replacement characters that only hide or break words."""
    return _CONTROL.sub(" ", text)


def normalize(text: str) -> str:
    """Normalize a message for the n-gram models and lexicons (case, accents, Arabic letter forms)."""
    text = clean(fold_digits(text))
    text = unicodedata.normalize("NFKC", text).lower()
    text = EMAIL_RE.sub(" mailaddr ", text)
    text = URL_RE.sub(" httpurl ", text)
    text = _LONG_NUMBER.sub(" numlong ", text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn")
    text = text.translate(_ARABIC_FOLD).replace("’", "'").replace("`", "'")
    text = _REPEATS.sub(r"\1\1", text)
    return _SPACES.sub(" ", text).strip()


def count_urls(text: str) -> int:
    """Number of links in a text."""
    return len(URL_RE.findall(EMAIL_RE.sub(" ", text)))


def guess_lang(text: str) -> str:
    """A rough guess among "ar", "ary-Latn" and "fr" from the script and Arabizi cues."""
    arabic = len(ARABIC_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if arabic and arabic >= latin:
        return "ar"
    if not latin:
        return "ar" if arabic else "fr"
    words = re.findall(r"[a-z]+", text.lower())
    darija = sum(1 for w in words if w in _ARABIZI_WORDS) + len(_ARABIZI_DIGIT_WORD.findall(text))
    french = sum(1 for w in words if w in _FRENCH_WORDS)
    return "ary-Latn" if darija > french else "fr"


def message_lang(lang: str | None, text: str = "") -> str:
    """The language of user-facing text for a message language: "ar" or "fr"."""
    lang = (lang or guess_lang(text)).lower()
    if lang.startswith("fr") or lang.startswith("en"):
        return "fr"
    if lang.startswith("ar"):
        return "ar"
    return "ar" if ARABIC_LETTER.search(text) else "fr"
