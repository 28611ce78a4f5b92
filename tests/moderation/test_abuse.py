"""Darija and Arabizi abuse whatever the spelling, and ordinary words that only look like insults.

The sentences are written for these tests; none is in the training data or in the evaluation sets.
"""
from __future__ import annotations

import pytest

from moderation import Moderator
from moderation.abuse import AbuseLexicon, fold, skeleton
from moderation.text import normalize


def cues(text: str) -> list[str]:
    return [hit.cue for hit in AbuseLexicon().hits(normalize(text))]


@pytest.mark.parametrize("text", [
    "sir t9awed",                       # issue #16: passed at 0.42
    "sir t9aaaawed a sa7bi",
    "tqawd mn hna",
    "skot a l7maaaar",
    "ya 7 m a r",                        # letters split by spaces
    "nta h.m.a.r",                       # ... or by dots
    "9.a.7.b.a",
    "z a m e l",
    "يا حمـــــار",                      # tatweel
    "ح م ا ر وصافي",
    "نتا مكلخخخخخ",
    "c.o.n.n.a.r.d",
    "sale c0nnard",
])
def test_spelling_variants_of_insults_are_held(moderator: Moderator, text: str) -> None:
    verdict = moderator.check(text, context="forum")
    assert (verdict.verdict, verdict.action) == ("toxic", "hold"), (verdict.labels, verdict.cues)


def test_an_insult_said_to_someone_weighs_more_than_the_word() -> None:
    assert cues("ya 7mar") == ["vocative_insult"] and cues("nta ghir mkelakh") == ["vocative_insult"]
    assert cues("had lformateur 7mar") == ["predicate_insult"]
    assert cues("f l9issa dyal j7a kayn 7mar") == ["insult"]  # a donkey in a story stays a weak cue


@pytest.mark.parametrize("text", [
    "zamil dyali 3ndo nafs lmochkil",    # "zamil" is a colleague, not the slur "zamel"
    "stylo 7mer wla zre9?",              # "7mer" is red, not "7mar"
    "l7out wa lkelb f l9issa",           # "wa" is also "and": not a vocative there
    "il y a 3 modules et 2 devoirs",
])
def test_ordinary_words_that_look_like_insults_are_not_matched(text: str) -> None:
    assert [c for c in cues(text) if c != "insult"] == []


def test_fold_and_skeleton() -> None:
    assert fold("9a7ba") == fold("qahba") == fold("kahba") == "kahba"
    assert fold("7maaar") == "hmar" and fold("2019") == "2019"
    assert skeleton(fold("t9awed")) == skeleton(fold("tqawd")) == "tkwd"


@pytest.mark.parametrize("text", ["chno homa l9awa3id dyal forum?", "9awa3id l'évaluation", "had l9a3ida wad7a"])
def test_a_word_with_ayn_is_not_an_insult_of_the_same_consonants(text: str) -> None:
    """3 (ع) is a consonant in a skeleton: "9awa3id" (rules) is not "9awad" (pimp)."""
    assert AbuseLexicon().hits(text) == []
    assert [h.cue for h in AbuseLexicon().hits("sir l9awad")] == ["vulgar_insult"]


@pytest.mark.parametrize("text", ["had lmooc khayb w ma fih walo", "sf7a katbayn khayba", "l'internet khaib lyoum"])
def test_khayb_bad_is_not_the_vulgar_insult_of_the_same_consonants(text: str) -> None:
    """"had lmooc khayb w ma fih walo, ghir dya3 lwe9t" (criticism of the course) got the abuse reply and a ticket:
    its skeleton "khb" was that of "kahba". "kh" before a vowel is one letter (خ); the insult is still heard."""
    assert AbuseLexicon().hits(text) == []
    for insult in ("nti kahba", "khba", "sir a 9a7ba"):
        assert [h.cue for h in AbuseLexicon().hits(insult)] == ["vulgar_insult"], insult


@pytest.mark.parametrize("text", ["choukran a khouya, lah ykhlik", "merci lah ykhlik lina"])
def test_may_god_keep_you_is_a_blessing_not_an_insult(text: str) -> None:
    """"lah ykhlik" (may God keep you), said when thanking, was listed with the curses ("lah yn3el"): a trainer's
    thanks got the abuse reply and a ticket. The curses are still heard."""
    assert [h.cue for h in AbuseLexicon().hits(normalize(text)) if h.cue == "vulgar_insult"] == []
    assert [h.cue for h in AbuseLexicon().hits(normalize("lah yn3el bok"))] == ["vulgar_insult"]

