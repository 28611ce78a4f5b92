"""Language of a short message: fr, ar (MSA), ary (Darija), ary-Latn (Arabizi), en, zgh, und.

Rules decide what no library knows (Tifinagh, Arabizi, Darija vs MSA, emoji and gibberish); a
library backend behind the `LanguageDetector` protocol (lingua by default, langdetect as the
alternative, both restricted to Arabic, French and English) settles French vs English when the
function words do not. Everything heavy loads on first use; `warm_up()` does it up front.

    >>> detect_language("salam, kifach ndir l'inscription f e-Takwine?").code
    'ary-Latn'
"""
from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from retrieval.language_rules import arabic_evidence, is_number, latin_evidence
from retrieval.normalize import normalize_text

__all__ = ["LanguageGuess", "LanguageDetector", "LinguaDetector", "LangdetectDetector",
           "RuleLanguageDetector", "default_detector", "detect_language", "reply_language",
           "script_of", "CODES", "SCRIPTS"]

logger = logging.getLogger(__name__)

CODES = ("fr", "ar", "ary", "ary-Latn", "en", "zgh", "und")
SCRIPTS = ("Arab", "Latn", "Tfng", "mixed", "none")
MAX_CHARS = 4000  # a message's language is decided on its first 4000 characters

# Checked on single whitespace-separated pieces (never on the whole text: no backtracking blow-up).
_ADDRESS = re.compile(r"(?:https?://|www\.|@)\S*|[^@\s]+@[^@\s]+|"
                      r"[\w-]+(?:\.[\w-]+)*\.(?:ma|com|org|net|fr|edu|gov|io|ly|me)(?:/\S*)?", re.I)
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class LanguageGuess:
    """A detected language code, how sure the detector is, and the message's script."""

    code: str
    confidence: float
    script: str

    def __post_init__(self) -> None:
        if self.code not in CODES or self.script not in SCRIPTS:
            raise ValueError(f"unknown language code or script: {self.code!r}, {self.script!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must lie in [0, 1], got {self.confidence}")


class LanguageDetector(Protocol):
    """Anything that guesses the language of a text."""

    def detect(self, text: str) -> LanguageGuess:
        """Return the language guess for `text`."""
        ...


def _clean(text: str) -> str:
    """Cut to MAX_CHARS, drop URLs, e-mails and mentions, turn control characters into spaces."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text[:MAX_CHARS])
    return " ".join(piece for piece in text.split() if not _is_address(piece))


def _is_address(piece: str) -> bool:
    """A URL, an e-mail address or a @mention, possibly wrapped in punctuation."""
    piece = piece.strip("()[]<>{}\"'«»,;:!?.")
    return 3 <= len(piece) <= 300 and _ADDRESS.fullmatch(piece) is not None


def _script_counts(text: str) -> dict[str, int]:
    counts = {"Arab": 0, "Latn": 0, "Tfng": 0, "other": 0}
    for char in text:
        if not char.isalpha():
            continue
        code = ord(char)
        if 0x2D30 <= code <= 0x2D7F:
            counts["Tfng"] += 1
        elif 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC:
            counts["Arab"] += 1
        elif code < 0x250 or 0x1E00 <= code <= 0x1EFF:
            counts["Latn"] += 1
        else:
            counts["other"] += 1
    return counts


def _script_label(counts: dict[str, int]) -> str:
    main = {k: counts[k] for k in ("Arab", "Latn", "Tfng")}
    total = sum(main.values())
    if total == 0:
        return "none"
    best = max(main, key=main.__getitem__)
    return best if main[best] >= 0.8 * total else "mixed"


def script_of(text: str) -> str:
    """The script of `text`: Arab, Latn, Tfng, mixed or none."""
    return _script_label(_script_counts(_clean(text)))


class LinguaDetector:
    """lingua-language-detector restricted to Arabic, French and English, built on first use.

    Example: ``LinguaDetector().detect("Bonjour à tous").code`` -> ``'fr'``
    """

    _CODES = {"ARABIC": "ar", "FRENCH": "fr", "ENGLISH": "en"}

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._detector = None

    def warm_up(self) -> None:
        """Build the detector and load its three language models now."""
        self._get(preload=True)

    def _get(self, preload: bool = False):
        with self._lock:
            if self._detector is None:
                from lingua import Language, LanguageDetectorBuilder

                builder = LanguageDetectorBuilder.from_languages(
                    Language.ARABIC, Language.FRENCH, Language.ENGLISH)
                if preload:
                    builder = builder.with_preloaded_language_models()
                self._detector = builder.build()
            return self._detector

    def detect(self, text: str) -> LanguageGuess:
        """Return ar, fr, en or und with lingua's relative confidence."""
        clean = _clean(text)
        values = self._get().compute_language_confidence_values(clean)
        script = _script_label(_script_counts(clean))
        if not values or values[0].value <= 0.0:
            return LanguageGuess("und", 0.0, script)
        top = values[0]
        return LanguageGuess(self._CODES[top.language.name], min(1.0, top.value), script)


class LangdetectDetector:
    """langdetect with only its ar, fr and en profiles, seeded (seed 0) for repeatable answers.

    Example: ``LangdetectDetector().detect("Thank you so much").code`` -> ``'en'``
    """

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._lock = threading.Lock()
        self._factory = None

    def warm_up(self) -> None:
        """Load the three language profiles now."""
        self._get()

    def _get(self):
        with self._lock:
            if self._factory is None:
                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

                factory = DetectorFactory()
                factory.load_json_profile(
                    [Path(PROFILES_DIRECTORY, code).read_text("utf-8") for code in ("ar", "fr", "en")])
                factory.set_seed(self._seed)
                self._factory = factory
            return self._factory

    def detect(self, text: str) -> LanguageGuess:
        """Return ar, fr, en or und with langdetect's probability."""
        from langdetect.lang_detect_exception import LangDetectException

        clean = _clean(text)
        script = _script_label(_script_counts(clean))
        detector = self._get().create()
        detector.append(clean)
        try:
            best = detector.get_probabilities()[0]
        except (LangDetectException, IndexError) as error:
            logger.debug("langdetect found no features: %s", error)
            return LanguageGuess("und", 0.0, script)
        return LanguageGuess(best.lang, min(1.0, float(best.prob)), script)


def _und(script: str, confidence: float) -> LanguageGuess:
    return LanguageGuess("und", confidence, script)


class RuleLanguageDetector:
    """Rules for Tifinagh, Darija, Arabizi and noise; a library backend for French vs English.

    Example: ``RuleLanguageDetector(LinguaDetector()).detect("واش كاين لايف اليوم؟").code`` -> ``'ary'``
    """

    def __init__(self, backend: LanguageDetector | None = None) -> None:
        self.backend: LanguageDetector = backend if backend is not None else LinguaDetector()

    def warm_up(self) -> None:
        """Load the backend's models now rather than on the first message."""
        warm = getattr(self.backend, "warm_up", None)
        if warm is not None:
            warm()

    def detect(self, text: str) -> LanguageGuess:
        """Guess the language of a short message (any length is accepted)."""
        clean = _clean(text)
        counts = _script_counts(clean)
        script = _script_label(counts)
        letters = counts["Arab"] + counts["Latn"] + counts["Tfng"]
        visible = [c for c in text[:MAX_CHARS] if not c.isspace()]
        noise = sum(1 for c in visible if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Co", "Cs"))
        if letters == 0 or counts["other"] > letters or noise > 0.2 * max(len(visible), 1):
            return _und(script, 1.0 if letters + counts["other"] == 0 else 0.8)
        if counts["Tfng"] >= 3 and counts["Tfng"] >= 0.25 * letters:
            return LanguageGuess("zgh", min(1.0, 0.6 + 0.4 * counts["Tfng"] / letters), script)
        words = _TOKEN.findall(normalize_text(clean))
        arabic = [w for w in words if "\u0600" <= w[0] <= "\u08ff"]
        latin = [w for w in words if w.isascii() and not is_number(w)]
        darija, msa = arabic_evidence(arabic)
        if arabic and len(arabic) >= len(latin):
            if darija > 0 and darija >= msa:
                return LanguageGuess("ary", min(0.95, 0.55 + 0.1 * darija - 0.05 * msa), script)
            return LanguageGuess("ar", min(0.95, 0.6 + 0.1 * msa) if darija == 0 else 0.55, script)
        if darija >= 1 and darija > msa:
            return LanguageGuess("ary", 0.6, script)
        return self._latin(latin, script)

    def _latin(self, words: list[str], script: str) -> LanguageGuess:
        if not words:
            return _und(script, 0.9)
        ev = latin_evidence(words)
        function = ev.fr + ev.en
        if ev.neutral + ev.junk >= ev.n and function == 0 and ev.strong == 0:
            return _und(script, 0.7)
        if ev.junk >= max(1, ev.n / 2) and function == 0:
            return _und(script, 0.6)
        if (ev.strong and ev.arabizi >= 0.5 * function and (ev.strong >= 2 or ev.arabizi >= function)
                and ev.arabizi >= 0.12 * ev.n) or (
                ev.arabizi and not function and ev.n <= 3):  # weak words alone decide only short messages
            confidence = 0.5 + 0.1 * ev.arabizi if ev.strong else 0.5
            return LanguageGuess("ary-Latn", min(0.95, confidence), script)
        if ev.fr != ev.en:
            margin = abs(ev.fr - ev.en)
            return LanguageGuess("fr" if ev.fr > ev.en else "en", min(0.95, 0.6 + 0.1 * margin), script)
        guess = self.backend.detect(" ".join(words))
        if guess.code in ("fr", "en"):
            return LanguageGuess(guess.code, guess.confidence, script)
        return _und(script, 0.5)


@functools.lru_cache(maxsize=1)
def default_detector() -> RuleLanguageDetector:
    """The shared detector (rules + lingua), created once; call `.warm_up()` at start-up."""
    return RuleLanguageDetector(LinguaDetector())


@functools.lru_cache(maxsize=4096)
def detect_language(text: str) -> LanguageGuess:
    """Detect the language of a message with the default detector; a message's language is detected once,
    however many parts of the pipeline (Tutor, search, excerpt, intent model) ask for it (the guess is frozen)."""
    return default_detector().detect(text)


_REPLY = {"ar": "ar", "ary": "ar", "ary-Latn": "ar", "fr": "fr", "zgh": "ar"}


def reply_language(code: str, preferred: str | None = None) -> str:
    """The language to answer in ("ar" or "fr"): the user's preference first, else from `code`."""
    if preferred:
        if preferred not in ("ar", "fr"):
            raise ValueError(f"preferred reply language must be 'ar' or 'fr', got {preferred!r}")
        return preferred
    return _REPLY.get(code, "fr")
