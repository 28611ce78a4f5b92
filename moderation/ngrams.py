"""Character n-grams inside word boundaries, exactly as scikit-learn's `TfidfVectorizer(analyzer="char_wb")`
builds them (with `lowercase=False` and no accent stripping), without importing scikit-learn.

scikit-learn fits the n-gram models (moderation, intents); at inference only this analyzer and the
fitted vocabulary, idf and weights are needed, and importing scikit-learn (with SciPy) costs 1.5-2 s of
every `rafiq ask`. The loop follows `sklearn.feature_extraction.text._VectorizerMixin._char_wb_ngrams`
(BSD-3-Clause); a test checks it gives the same list on the training texts. Example::

    char_wb_ngrams("ya 7mar", (2, 3))   # [' y', 'ya', 'a ', ' ya', 'ya ', ' 7', '7m', ..., 'ar ']
"""
from __future__ import annotations


def char_wb_ngrams(text: str, ngram_range: tuple[int, int] = (2, 5)) -> list[str]:
    """The n-grams of each whitespace-separated word padded with one space on each side."""
    min_n, max_n = ngram_range
    grams: list[str] = []
    append = grams.append
    for word in text.split():
        word = f" {word} "
        length = len(word)
        for n in range(min_n, max_n + 1):
            offset = 0
            append(word[offset:offset + n])
            while offset + n < length:
                offset += 1
                append(word[offset:offset + n])
            if offset == 0:  # a word shorter than n is counted once
                break
    return grams
