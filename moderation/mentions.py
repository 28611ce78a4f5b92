"""Quoting a word is not saying it: insults that are quoted, reported or asked about are set aside.

An insult found by `moderation.abuse` is a *mention* when
- it stands inside quotes (« », " ", “ ”, ' ') and the message asks or reports something (a question mark,
  "comment réagir", "chno ndir", "كيف أتصرف", "le mot", "ما معنى", "a dit", "قال ليا"...); or
- a reporting or naming cue comes just before it: "m'a traité de", "9al liya", "كيسميني", "le mot",
  "kelmat", "كلمة".
The learned models then read the message without the quoted or reported words, so "un stagiaire a dit
'hmar', comment réagir ?" is scored as the question it is, while "skot a l7mar" is not touched. Example::

    own_words("un stagiaire a dit 'hmar', comment reagir ?", hits).text  # "un stagiaire a dit  , comment reagir ?"
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.abuse import AbuseHit

_QUOTED = re.compile(
    r"«([^»]{1,80})»|“([^”]{1,80})”|\"([^\"]{1,80})\"|(?:(?<=[\s(:])|^)'([^']{1,50})'(?=[\s,.;:!?)]|$)")
_CUES = re.compile(
    r"\?|؟|\b(?:comment|que faire|quoi faire|que dois|reagir|repondre|gerer|sanction\w*|signaler|signale|"
    r"veut dire|signifie|signification|le mot|ce mot|les mots|un mot|terme|expression|insulte\w*|injure\w*|"
    r"gros mots?|dit|dire|ecrit|traite\w*|appele\w*|cite\w*|citais|kifach|kifash|chno ndir|ach ndir|"
    r"chno ma3na|ma3na|kelma|kelmat|lkelma|9al|gal|qal|kay9oul|kaygoul|kteb|ktbat|kaysebni|sebbni|cas)\b|"
    r"كيف|كيفاش|شنو ندير|اش ندير|ماذا|ما العمل|اتصرف|اتعامل|نتعامل|ارد|نرد|معني|كلمه|كلمات|عباره|"
    r"قال|قالت|كيقول|كتقول|كتب|كتبت|سماني|كيسميني|عايرني|نعتني|وصفني|شتم|سبني|كيسبني|مثال")
_REPORTED = re.compile(
    r"(?:traite\w*|appele\w*|insulte\w*|qualifie\w*|surnomme\w*)(?:\s+\S+){0,3}?\s+(?:de|d'|d)\s*$|"
    r"(?:traite\w*|appele\w*|qualifie\w*|surnomme\w*)(?:\s+\S+){1,3}?\s+d'$|"  # "traite un camarade d'idiot"
    r"(?:le|ce|du|un|les|des) (?:mot|terme|expression|insulte)s?\s*(?:de\s*)?$|"
    r"\b(?:9al|gal|qal|kay9oul|kaygoul|kat9oul|katgoul)\s+(?:liya|lia|lih|lha|lihom|l\w+)?\s*$|"
    r"\b(?:smani|kaysemmini|kaysemini|3ayrni|kay3ayer|kelmat|kelma|lkelma)\s*$|"
    r"(?:قال|قالت|كيقول|كتقول)\s+(?:ليا|لي|ليه|ليها|لهم|ل\S+)?\s*$|"
    r"(?:سماني|كيسميني|عايرني|نعتني|وصفني|نعته|وصفه)(?:\s+ب)?\s*$|(?:كلمه|كلمات|عباره)\s*$")


@dataclass(frozen=True)
class OwnWords:
    """The message without quoted or reported insults, the insults that remain the author's own, and how
    many mentions were set aside."""

    text: str
    kept: tuple[AbuseHit, ...]
    mentions: int


def quoted_spans(normalized: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted stretch, quotes included."""
    return [m.span() for m in _QUOTED.finditer(normalized)]


def _reported(normalized: str, hit: AbuseHit) -> bool:
    """A naming or reporting cue right before the hit ("m'a traité de", "9al liya", "كلمة")."""
    before = normalized[max(0, hit.start - 40):hit.start]
    before = re.sub(r"[\"'«“‘:\s]+$", " ", before)
    return bool(_REPORTED.search(before.rstrip() + " ")) or bool(_REPORTED.search(before.rstrip()))


def own_words(normalized: str, hits: list[AbuseHit]) -> OwnWords:
    """`normalized` with its mentioned insults (and the quotes holding them) blanked out."""
    quotes = quoted_spans(normalized)
    asks = bool(_CUES.search(normalized))
    cut: list[tuple[int, int]] = []
    kept: list[AbuseHit] = []
    for hit in hits:
        inside = next(((s, e) for s, e in quotes if s <= hit.start and hit.end <= e), None)
        if inside is not None and asks:
            cut.append(inside)
        elif _reported(normalized, hit):
            cut.append((hit.start, hit.end))
        else:
            kept.append(hit)
    if not cut:
        return OwnWords(normalized, tuple(kept), 0)
    mentions = len(cut)
    if asks:  # the other quoted words of a message that quotes insults are quotes too
        cut += [span for span in quotes if span not in cut]
    chars = list(normalized)
    for start, end in cut:
        chars[start:end] = " " * (end - start)
    kept = [h for h in kept if not any(s <= h.start and h.end <= e for s, e in cut)]
    return OwnWords(re.sub(r"\s+", " ", "".join(chars)).strip(), tuple(kept), mentions)
