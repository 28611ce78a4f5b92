"""Insults, slurs and threats found whatever their spelling: Arabizi digits, repeated or split letters.

    normalized text ──► tokens (letters split by spaces, dots or dashes joined back: "h.m.a.r", "7 m a r")
                    ──► fold: 7→h, 9→k, 3→a, 2→a, 5→kh, 8→gh, q→k, 0→o, 1→i, @→a; doubled letters once
                    ──► lexicon lookup (`abuse_terms`): as folded, and for "skeleton" words without vowels
                    ──► a "noun" said to someone ("ya 7mar", "nta 7mar", "espèce d'idiot") weighs more
Example::

    >>> [h.cue for h in AbuseLexicon().hits(normalize("sir t9aaawed a l7mar"))]
    ['vulgar_insult', 'vocative_insult']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from moderation import abuse_terms as terms
from moderation.text import normalize

_LATIN = re.compile(r"[a-z]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_EDGE = re.compile(r"^[^\w@$*]+|[^\w@$*]+$")
_INNER_SEPARATORS = re.compile(r"(?<=\w)[.\-_·*]+(?=\w)")
_LOOKALIKES = {"7": "h", "9": "k", "3": "a", "2": "a", "5": "kh", "8": "gh", "6": "t", "q": "k",
               "0": "o", "1": "i", "@": "a", "$": "s"}
_ARABIZI = str.maketrans(_LOOKALIKES)
# for skeletons, 3 (ع) stays a consonant: "9awa3id" (rules) is not "9awad"
_ARABIZI_AYN = str.maketrans({**_LOOKALIKES, "3": "3"})
_DOUBLES = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouy]")
_ARTICLE_LATIN = ("l", "el")
_CLITICS = ("و", "ف", "ب", "ل")


@dataclass(frozen=True)
class AbuseHit:
    """One match: its cue, weight, and where it lies in the normalized text (character offsets)."""

    cue: str
    weight: float
    start: int
    end: int


@dataclass(frozen=True)
class _Token:
    folded: str
    skeleton: str
    start: int
    end: int
    ayn: str = ""  # folded with 3 (ع) kept as a consonant, what skeletons are made of


@dataclass(frozen=True)
class _Entry:
    cue: str
    weight: float
    noun: bool
    article: bool = False  # matched with an article: "a l7mar" (Darija vocative "a") counts
    fused_vocative: bool = False  # "ياحمار", "يالحمار"


def fold(token: str, keep_ayn: bool = False) -> str:
    """A token as the lexicon compares it: Arabizi digits and look-alikes as letters, doubled letters once
    (`keep_ayn`: 3 stays 3, a consonant, for `skeleton`)."""
    if _LATIN.search(token):
        token = token.translate(_ARABIZI_AYN if keep_ayn else _ARABIZI).replace("'", "")
    elif not _ARABIC.search(token):
        return token  # a number stays a number
    return _DOUBLES.sub(r"\1", token)


# "kh" before a vowel is one letter (خ): "khayb" (bad, said of everything) is not "kahba" (k, h: an insult);
# "khba" keeps both letters, as "kahba" written without its vowel.
_KHA = re.compile(r"kh(?=[aeiouy])")


def skeleton(folded: str) -> str:
    """A folded Latin token without its vowels (the first letter kept); Arabic script is returned as it is."""
    if not _LATIN.search(folded) or len(folded) < 3:
        return folded
    folded = _KHA.sub("x", folded)
    return folded[0] + _VOWELS.sub("", folded[1:])


def tokens(normalized: str) -> list[_Token]:
    """The tokens of a normalized text, split letters joined back, each folded, with offsets."""
    raw: list[tuple[str, int, int]] = []
    for match in re.finditer(r"\S+", normalized):
        word = _EDGE.sub("", match.group())
        if not word:
            continue
        offset = match.start() + match.group().find(word)
        word = _INNER_SEPARATORS.sub("", word)
        for part in re.finditer(r"[^']+", word):  # French elision and Arabizi l': "t'es", "l'7mar"
            raw.append((part.group(), offset + part.start(), offset + part.end()))
    joined: list[tuple[str, int, int]] = []
    i = 0
    while i < len(raw):  # "7 m a r", "ح م ا ر", "q.a.h.b.a": three or more single letters are one word
        j = i
        while j < len(raw) and len(raw[j][0]) == 1 and (raw[j][0].isalpha() or raw[j][0] in "3579"):
            j += 1
        if j - i >= 3 and sum(raw[k][0].isdigit() for k in range(i, j)) <= 2:
            joined.append(("".join(t for t, _, _ in raw[i:j]), raw[i][1], raw[j - 1][2]))
            i = j
        else:
            joined.append(raw[i])
            i += 1
    out = []
    for text, start, end in joined:
        ayn = fold(text, keep_ayn=True)
        out.append(_Token(fold(text), skeleton(ayn), start, end, ayn))
    return out


def _folded(words) -> frozenset:
    return frozenset(fold(normalize(w)) for w in words)


VOCATIVES = _folded(terms.DARIJA_VOCATIVES | terms.ARABIC_VOCATIVES)
ARTICLE_VOCATIVES = _folded(terms.ARTICLE_VOCATIVES)
DARIJA_FILLERS = _folded(terms.DARIJA_FILLERS)
FRENCH_FILLERS = _folded(terms.FRENCH_FILLERS)
FRENCH_MARKERS = _folded(terms.FRENCH_MARKERS)
FRENCH_PAIRS = frozenset((fold(a), fold(b)) for a, b in terms.FRENCH_PAIRS)
PERSON_WORDS = _folded(terms.PERSON_WORDS)


class AbuseLexicon:
    """Finds the entries of `abuse_terms.ABUSE` in a normalized text; see the module docstring."""

    def __init__(self, entries: list[tuple[str, float, str, list[str]]] | None = None) -> None:
        self._entries = entries or terms.ABUSE

    @cached_property
    def _index(self) -> tuple[dict[tuple[str, ...], _Entry], dict[tuple[str, ...], _Entry], tuple[int, ...]]:
        exact: dict[tuple[str, ...], _Entry] = {}
        skeletal: dict[tuple[str, ...], _Entry] = {}

        def put(table: dict, key: tuple[str, ...], entry: _Entry) -> None:
            known = table.get(key)
            if known is None or entry.weight > known.weight:
                table[key] = entry

        for cue, weight, kind, words in self._entries:
            noun = cue == "insult"
            for term in words:
                found = tokens(normalize(term))
                parts = tuple(t.folded for t in found)
                entry = _Entry(cue, weight, noun)
                put(exact, parts, entry)
                if kind == "skeleton":
                    put(skeletal, tuple(t.skeleton for t in found), entry)
                head, rest = parts[0], parts[1:]
                if _ARABIC.search(head):
                    for clitic in _CLITICS:
                        put(exact, (clitic + head,) + rest, entry)
                    if not head.startswith("ال"):
                        put(exact, ("ال" + head,) + rest, _Entry(cue, weight, noun, article=True))
                    if noun and not head.startswith("ال"):
                        put(exact, ("يا" + head,) + rest, _Entry(cue, weight, noun, fused_vocative=True))
                        put(exact, ("يال" + head,) + rest, _Entry(cue, weight, noun, fused_vocative=True))
                elif noun or kind == "skeleton":  # "l7mar", "lmkelakh", "el 9a7ba"
                    for article in _ARTICLE_LATIN:
                        variant = _Entry(cue, weight, noun, article=True)
                        put(exact, (article + head,) + rest, variant)
                        if kind == "skeleton":
                            put(skeletal, (skeleton(article + found[0].ayn),) + tuple(t.skeleton for t in found[1:]),
                                variant)
        lengths = tuple(sorted({len(k) for k in exact} | {len(k) for k in skeletal}))
        return exact, skeletal, lengths

    def hits(self, normalized: str) -> list[AbuseHit]:
        """Every entry found (the longest at each position), nouns said to someone weighed up."""
        exact, skeletal, lengths = self._index
        toks = tokens(normalized)
        found: list[AbuseHit] = []
        i = 0
        while i < len(toks):
            best: tuple[float, int, _Entry] | None = None
            for length in lengths:
                if i + length > len(toks):
                    break
                window = toks[i:i + length]
                for entry in (exact.get(tuple(t.folded for t in window)),
                              skeletal.get(tuple(t.skeleton for t in window))):
                    if entry is not None and (best is None or (entry.weight, length) > best[:2]):
                        best = (entry.weight, length, entry)
            if best is None:
                i += 1
                continue
            _, length, entry = best
            cue, weight = entry.cue, entry.weight
            if entry.noun:
                if entry.fused_vocative or _said_to_someone(normalized, toks, i, entry.article):
                    cue, weight = "vocative_insult", terms.VOCATIVE_WEIGHT
                elif _said_about_someone(toks, i) and weight < terms.PREDICATE_WEIGHT:
                    cue, weight = "predicate_insult", terms.PREDICATE_WEIGHT
            found.append(AbuseHit(cue, weight, toks[i].start, toks[i + length - 1].end))
            i += length
        return found


def _said_to_someone(normalized: str, toks: list[_Token], i: int, article: bool) -> bool:
    """True when the word at `i` is addressed to someone: "ya 7mar", "rak ghir mkelakh", "t'es qu'un con"."""
    j = i - 1
    while j >= 0 and toks[j].folded in DARIJA_FILLERS and i - j <= 2:
        j -= 1
    if j >= 0:
        word = toks[j].folded
        if word in ARTICLE_VOCATIVES:  # "a l7mar"; "wa" also means "and": only at the start of a clause
            before = normalized[toks[j - 1].end:toks[j].start] if j else "."
            return article and (word in ("a", "ا") or any(c in before for c in ".,;:!?،؟"))
        if word in VOCATIVES:
            return True
    j = i - 1
    while j >= 0 and toks[j].folded in FRENCH_FILLERS and i - j <= 3:
        j -= 1
    if j < 0:
        return False
    return toks[j].folded in FRENCH_MARKERS or (j >= 1 and (toks[j - 1].folded, toks[j].folded) in FRENCH_PAIRS)


def _said_about_someone(toks: list[_Token], i: int) -> bool:
    """True when the word at `i` describes a person: "had lformateur 7mar", "ce tuteur est un âne"."""
    for j in range(max(0, i - 3), i):
        word = toks[j].folded
        if word in PERSON_WORDS or (word[:1] == "l" and word[1:] in PERSON_WORDS):
            return True
        # "والمؤطر ديالنا حمار" after a question: "and our tutor…" (the conjunction glued to the article)
        if any(word.startswith(glued) and word[len(glued):] in PERSON_WORDS for glued in _GLUED):
            return True
    return False


_GLUED = ("وال", "فال", "و", "ف")
