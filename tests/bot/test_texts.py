"""One text catalogue: every key in Arabic and French, the same placeholders in both, no key defined twice."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path
from types import SimpleNamespace

import pytest

import bot.texts
from bot.texts import MODULES, TEXTS, both, by_lang, merge, t, text_lang

ROOT = Path(__file__).resolve().parents[2]
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
# Written the same in both languages on purpose: the French language button names French in French.
SAME_IN_BOTH = {"choose_lang_fr"}


def placeholders(text: str) -> set[str]:
    """The names between braces ({{ and }} are literal braces, not placeholders)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def letters_outside_placeholders(text: str) -> str:
    return "".join(ch for literal, _, _, _ in string.Formatter().parse(text) for ch in literal if ch.isalpha())


def test_every_key_is_written_in_arabic_and_in_french() -> None:
    missing = [key for key, entry in TEXTS.items()
               if not {"ar", "fr"} <= set(entry) <= {"ar", "fr", "ar_f", "fr_f"}
               or not all(str(text).strip() for text in entry.values())]
    assert missing == []


def test_a_feminine_variant_takes_its_texts_placeholders_and_its_letters() -> None:
    """"ar_f" / "fr_f" (a woman addressed as she wrote of herself, bot/addressee.py) say the same with the same values."""
    variants = [(key, code) for key, entry in TEXTS.items() for code in ("ar", "fr") if code + "_f" in entry]
    assert variants, "no text has a feminine variant"
    for key, code in variants:
        entry = TEXTS[key]
        assert placeholders(entry[code + "_f"]) == placeholders(entry[code]) and entry[code + "_f"] != entry[code], key
        if code == "ar":
            assert ARABIC_LETTER.search(letters_outside_placeholders(entry["ar_f"])), key


def test_both_languages_take_the_same_placeholders_and_render() -> None:
    differ = {key: (placeholders(e["ar"]), placeholders(e["fr"])) for key, e in TEXTS.items()
              if placeholders(e["ar"]) != placeholders(e["fr"])}
    assert differ == {}
    for key, entry in TEXTS.items():
        values = {name: f"<{name}>" for name in placeholders(entry["ar"])}
        for lang in ("ar", "fr"):
            rendered = t(key, lang, **values)
            assert all(value in rendered for value in values.values()), (key, lang)


def test_arabic_texts_are_written_in_arabic_letters() -> None:
    latin = []
    for key, entry in TEXTS.items():
        letters = letters_outside_placeholders(entry["ar"])
        if not letters:  # a layout such as "🎥 {title} — {when}"
            continue
        if key in SAME_IN_BOTH:
            assert entry["ar"] == entry["fr"], key
        elif not ARABIC_LETTER.search(letters):
            latin.append(key)
    assert latin == []


def test_no_key_is_defined_in_two_modules() -> None:
    assert sum(len(module.TEXTS) for module in MODULES) == len(TEXTS)
    first = SimpleNamespace(__name__="bot.texts.first", TEXTS={"hello": {"ar": "مرحبا", "fr": "Bonjour"}})
    second = SimpleNamespace(__name__="bot.texts.second", TEXTS={"hello": {"ar": "أهلا", "fr": "Salut"}})
    with pytest.raises(ValueError, match="'hello' is defined in both bot.texts.first and bot.texts.second"):
        merge((first, second))


def test_every_module_of_the_package_is_merged() -> None:
    package = Path(bot.texts.__file__).parent
    modules = {path.stem for path in package.glob("*.py") if path.stem != "__init__"}
    assert modules == {module.__name__.rsplit(".", 1)[1] for module in MODULES}


def test_no_other_module_of_bot_keeps_a_table_of_arabic_and_french_texts() -> None:
    offences = []
    for path in (ROOT / "bot").rglob("*.py"):
        if path.parent.name == "texts":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict) and {getattr(k, "value", None) for k in node.keys} == {"ar", "fr"} \
                    and all(isinstance(v, (ast.Constant, ast.JoinedStr)) for v in node.values) \
                    and any(ARABIC_LETTER.search(ast.unparse(v)) for v in node.values):
                offences.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offences == []


def test_languages_fold_to_arabic_or_french() -> None:
    for code in ("ar", "ary", "ary-Latn", "AR", "ar-MA"):
        assert text_lang(code) == "ar" and t("source", code) == "المصدر"
    for code in ("fr", "fr-FR", "en", "zgh", "", None):
        assert text_lang(code) == "fr"
    assert t("source", "en") == "Source"


def test_both_and_by_lang_give_the_two_languages() -> None:
    assert both("source") == "المصدر\n\nSource"
    assert by_lang("too_long", n=5, limit=4) == {"ar": t("too_long", "ar", n=5, limit=4),
                                                 "fr": t("too_long", "fr", n=5, limit=4)}


def test_one_distress_text_gives_the_emergency_numbers_and_when_a_person_reads() -> None:
    assert [key for key in TEXTS if "distress" in key and not key.startswith(("reason_", "verdict_"))] == ["distress"]
    for lang in ("ar", "fr"):
        text = TEXTS["distress"][lang]
        assert "15" in text and "141" in text and "SAMU" in text and "{availability}" in text


def test_console_templates_only_ask_for_keys_the_catalogue_has() -> None:
    asked = set()
    for page in (ROOT / "bot" / "channels" / "web" / "templates").rglob("*.html"):
        asked |= set(re.findall(r"""\b_\(\s*["']([a-z0-9_]+)["']""", page.read_text(encoding="utf-8")))
    prefixes = {key for key in asked if key.endswith("_")}  # _("state_" ~ ticket.state): a family of keys
    assert asked and sorted(asked - prefixes - set(TEXTS)) == []
    assert sorted(p for p in prefixes if not any(key.startswith(p) for key in TEXTS)) == []


def test_the_lower_layers_own_messages_are_in_both_languages_with_the_same_placeholders() -> None:
    """corpus and moderation cannot import bot: their author-facing messages stay there, held to the same rule."""
    from corpus.messages import MESSAGES
    from moderation.messages import CHARTER_TITLES

    assert {code for code, (fr, ar) in MESSAGES.items() if not (fr.strip() and ar.strip())} == set()
    assert {code for code, (fr, ar) in MESSAGES.items() if placeholders(fr) != placeholders(ar)} == set()
    assert {section for section, titles in CHARTER_TITLES.items()
            if set(titles) != {"ar", "fr"} or not ARABIC_LETTER.search(titles["ar"])} == set()
