"""Language detection: the labelled set, the hard cases, bad input, the reply language."""
from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
from collections import Counter
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from retrieval.language import (CODES, LangdetectDetector, LanguageGuess, LinguaDetector,
                                RuleLanguageDetector, default_detector, detect_language, reply_language)

ROOT = Path(__file__).resolve().parents[2]
LANG_SET = ROOT / "tests" / "data" / "lang_id.jsonl"
SHARED = Path(os.environ.get("RAFIQ_SHARED_DATA", ROOT.parent / "shared" / "data"))
CLASSES = ("fr", "ar", "ary", "ary-Latn", "en", "zgh", "und")
# Measured on tests/data/lang_id.jsonl (bench/language_id.py), either backend: 1.0 for every class
# but ary (0.945) and und (0.983). The floor leaves room for small rule changes, not a broken class.
FLOOR = 0.9


def _rows() -> list[dict]:
    return [json.loads(line) for line in LANG_SET.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=["lingua", "langdetect"])
def detector(request) -> RuleLanguageDetector:
    backend = LinguaDetector() if request.param == "lingua" else LangdetectDetector()
    return RuleLanguageDetector(backend)


def test_labelled_set_has_35_messages_per_class():
    counts = Counter(row["lang"] for row in _rows())
    assert set(counts) == set(CLASSES)
    assert min(counts.values()) >= 35, counts


@pytest.mark.parametrize("lang", CLASSES)
def test_per_class_accuracy_on_labelled_set(detector, lang):
    rows = [row for row in _rows() if row["lang"] == lang]
    wrong = [(row["text"], detector.detect(row["text"]).code) for row in rows]
    wrong = [(text, got) for text, got in wrong if got != lang]
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= FLOOR, f"{lang}: {accuracy:.3f}, errors: {wrong[:5]}"


@pytest.mark.parametrize("text, code, script", [
    ("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ", "zgh", "Tfng"),
    ("ⵜⴰⵏⵎⵉⵔⵜ e-Takwine", "zgh", "mixed"),
    ("ⵣ Bonjour à tous, le module 3 est en ligne", "fr", "Latn"),  # one ⵣ is a flag, not Tamazight
    ("salam, kifach ndir l'inscription f e-Takwine?", "ary-Latn", "Latn"),
    ("Bonjour, je suis formatrice au CRMEF, wach kayn live lyoma?", "ary-Latn", "Latn"),
    ("Bonjour, la séance de demain est maintenue inchallah ?", "fr", "Latn"),
    ("wach l quiz dyal module 2 mazal m7lol?", "ary-Latn", "Latn"),
    ("واش الـ quiz ديال module 2 مفتوح؟", "ary", "mixed"),
    ("هل يمكنني تغيير مجموعة العمل؟", "ar", "Arab"),
    ("ما فهمتش شنو خاصني ندير", "ary", "Arab"),
    ("Can I still submit the assignment?", "en", "Latn"),
    ("La deadline du module 2 ?", "fr", "Latn"),
    ("Bonjour\n\n\n\n\n\n\nle quiz est fermé\r\n\r\n", "fr", "Latn"),
])
def test_specific_messages(text, code, script):
    guess = detect_language(text)
    assert (guess.code, guess.script) == (code, script)
    assert 0.0 <= guess.confidence <= 1.0

@pytest.mark.parametrize("text", [
    "drt compte walakin ma jani hta email d activation", "nsit mot de passe dyal la plateforme",
    "bdit le module 2 walakin ma l9itch les ressources", "lakin le forum ma kaytl3ch",
    "mchit l la page du module w walo", "tlfatli la grille d'évaluation",
])
def test_darija_written_in_latin_letters_with_french_words_is_arabizi(text):
    """Common Darija words (walakin, jani, nsit, bdit, mchit, tlfatli…) were missing from the Arabizi lexicon:
    a message mixing them with French nouns was taken for French, answered in French and searched without
    its Arabic rewrite."""
    assert detect_language(text).code == "ary-Latn"



@pytest.mark.parametrize("text", [
    "", "   \n\t ", "👍🙏😂", "❤️❤️", "2024", "06 12 34 56 78", "???", "...", "ok", "OK 👍", "lol",
    "https://www.example.org/mooc/module-2?id=3", "@rafiq_bot", "(www.e-takwine.ma)", "tuteur@crmef.ma", "qsdfghjklm", "jjjjjjjj", "15h30",
])
def test_no_language(text):
    assert detect_language(text).code == "und"


def test_emoji_and_empty_have_no_script():
    assert detect_language("🙂🙂").script == "none"
    assert detect_language("") == LanguageGuess("und", 1.0, "none")


@pytest.mark.parametrize("garbage", [
    bytes(range(256)).decode("latin-1"),
    random.Random(0).randbytes(3000).decode("utf-8", errors="replace"),
    "\ud800\udfff abc \x00\x01\x02 \ufffd\ufffd\ufffd",  # lone surrogates and control characters
    "@" * 5000, "a@" * 3000, "a." * 3000,  # shapes that make address regexes backtrack
])
def test_binary_garbage_is_undetermined_without_error(garbage):
    assert detect_language(garbage).code == "und"


def test_long_text_is_decided_on_its_beginning():
    french = "Le module de didactique commence lundi et le devoir est à rendre vendredi. " * 60
    guess = detect_language(french + "واش كاين شي جديد؟ " * 6000)  # about 110 KB in all
    assert len(french) > 4000 and guess.code == "fr"


def test_100_kb_message_returns_a_guess():
    text = "salam, kifach ndir l'inscription f e-Takwine? " * 2200
    assert len(text.encode("utf-8")) > 100_000
    assert detect_language(text).code == "ary-Latn"


def test_non_string_input_is_refused():
    with pytest.raises(TypeError):
        detect_language(b"bonjour")  # type: ignore[arg-type]


def test_language_guess_is_validated_and_frozen():
    with pytest.raises(ValueError):
        LanguageGuess("de", 0.5, "Latn")
    with pytest.raises(ValueError):
        LanguageGuess("fr", 1.5, "Latn")
    guess = LanguageGuess("fr", 0.9, "Latn")
    with pytest.raises(FrozenInstanceError):
        guess.code = "ar"  # type: ignore[misc]


@pytest.mark.parametrize("code, preferred, expected", [
    ("ar", None, "ar"), ("ary", None, "ar"), ("ary-Latn", None, "ar"), ("fr", None, "fr"),
    ("en", None, "fr"), ("und", None, "fr"), ("zgh", None, "ar"),
    ("fr", "ar", "ar"), ("ary-Latn", "fr", "fr"), ("en", "ar", "ar"), ("zgh", "fr", "fr"),
])
def test_reply_language(code, preferred, expected):
    assert reply_language(code, preferred) == expected


def test_reply_language_refuses_unknown_preference():
    with pytest.raises(ValueError):
        reply_language("fr", "de")


class _CountingBackend:
    """A backend that always answers English and counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def detect(self, text: str) -> LanguageGuess:
        self.calls += 1
        return LanguageGuess("en", 0.8, "Latn")


def test_backend_is_asked_only_when_the_rules_cannot_tell():
    backend = _CountingBackend()
    rules = RuleLanguageDetector(backend)
    assert rules.detect("wach kayn chi guide dyal tuteurs?").code == "ary-Latn"
    assert rules.detect("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ").code == "zgh"
    assert rules.detect("Est-ce que le quiz est ouvert ?").code == "fr"
    assert backend.calls == 0
    assert rules.detect("Portfolio").code == "en"  # no function word: the backend decides
    assert backend.calls == 1


@pytest.mark.parametrize("backend", [LinguaDetector, LangdetectDetector])
def test_library_backends(backend):
    detector = backend()
    assert detector.detect("Bonjour, le forum est ouvert à tous les formateurs").code == "fr"
    assert detector.detect("Thank you for the quick answer").code == "en"
    assert detector.detect("شكرا على الرد السريع").code == "ar"
    assert detector.detect("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ").code == "und"  # neither library knows Tifinagh
    assert detector.detect("").code == "und"


def test_default_detector_is_shared():
    assert default_detector() is default_detector()


def test_import_loads_no_library():
    code = "import sys, retrieval.language; print(sorted({'lingua', 'langdetect', 'Stemmer'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_code_is_reachable():
    seen = {detect_language(row["text"]).code for row in _rows()}
    assert seen == set(CODES)


# Shared evaluation data (../shared/data): a regression guard, far below the measured figures.
def _sample(lines: list[str], k: int = 200) -> list[str]:
    return random.Random(0).sample(lines, min(k, len(lines)))


@pytest.mark.skipif(not (SHARED / "nllb_seed_ary_zgh").is_dir(), reason="shared NLLB-Seed data absent")
def test_nllb_seed_darija_and_tamazight():
    folder = SHARED / "nllb_seed_ary_zgh"
    for name, code, floor in (("zgh_Tfng", "zgh", 0.99), ("ary_Arab", "ary", 0.7), ("eng_Latn", "en", 0.95)):
        lines = [l for l in (folder / name).read_text("utf-8").splitlines() if l.strip()]
        sample = _sample(lines)
        accuracy = sum(detect_language(t).code == code for t in sample) / len(sample)
        assert accuracy >= floor, (name, accuracy)  # measured: zgh 1.0, ary 0.81, en 1.0


@pytest.mark.skipif(not (SHARED / "doda_darija_mit_2023").is_dir(), reason="shared DODa data absent")
def test_doda_arabizi():
    with (SHARED / "doda_darija_mit_2023" / "sentences.csv").open(encoding="utf-8", newline="") as f:
        lines = [row["darija"] for row in csv.DictReader(f) if row["darija"].strip()]
    sample = _sample(lines)
    accuracy = sum(detect_language(t).code == "ary-Latn" for t in sample) / len(sample)
    assert accuracy >= 0.8, accuracy  # measured: 0.89 on 500 lines


def test_an_arabizi_word_ending_on_a_digit_is_arabizi_but_a_french_word_and_its_number_is_not():
    """"w ila tmse7 lia post f forum?" was read as English (0.77) and answered in French: "tmse7" was taken for a word
    and its number, like "module3" (found by a newcomer)."""
    from retrieval.language_rules import is_digit_word
    assert is_digit_word("tmse7") and is_digit_word("nfta7")
    assert not is_digit_word("module3") and not is_digit_word("groupe2") and not is_digit_word("cohorte2026")
    assert detect_language("w ila tmse7 lia post f forum?").code == "ary-Latn"
    assert detect_language("le module3 commence quand ?").code == "fr"
