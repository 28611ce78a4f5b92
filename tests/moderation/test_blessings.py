"""Blessings are thanks, not curses: "الله يجازيك بخير" was held on the forum as toxic (0.78)."""
from __future__ import annotations

import pytest

from moderation.blessings import without_blessings
from moderation.model import model_text

BLESSINGS = [
    "الله يجازيك بخير",
    "الله يخليك",
    "جزاك الله خيرا",
    "الله يحفظك أستاذ، فهمت دابا",
    "allah yjazik bkhir",
    "Allah y7fdek, chokran bzaf",
    "بارك الله فيك على الشرح",
]


@pytest.mark.parametrize("text", BLESSINGS)
def test_a_blessing_is_published_on_the_forum(moderator, text):
    verdict = moderator.check(text, context="forum")
    assert verdict.verdict == "ok" and verdict.action == "publish", verdict.labels


@pytest.mark.parametrize("text", ["الله يخليك يا حمار", "الله يلعن بوك", "allah yn3el bok a l7mar"])
def test_an_insult_or_a_curse_with_gods_name_is_still_held(moderator, text):
    verdict = moderator.check(text, context="forum")
    assert verdict.verdict == "toxic" and verdict.action != "publish", verdict.labels


@pytest.mark.parametrize("text, left", [("الله يجازيك بخير، مفهوم دابا", "، مفهوم دابا"),
                                        ("الله ياخد فيك الحق", "الله ياخد فيك الحق"),
                                        ("الله يعطيك شي بلية", "الله يعطيك شي بلية"),
                                        ("لابارك الله فيكم", "لابارك الله فيكم"),
                                        ("la baraka allah fikom", "la baraka allah fikom")])
def test_only_formulas_that_are_always_kind_are_set_aside(text, left):
    assert without_blessings(model_text(text))[0].strip() == model_text(left)
