"""The guide names its topics with nouns (تقويم "assessment"); trainers ask with verbs ("كيف أقوّم المتدربين؟",
Darija "كيفاش نقيم الستاجيير؟", rewritten "كيف اقيم المتدرب"). Neither the embedder nor BM25's stems connect the
two: such a question reached the professional-identity and values pages. A question carrying a first-person form
of قوّم / قيّم ("to assess") is also searched with the noun; "أقوم بـ…" ("I carry out…") is not that verb.
"""
from __future__ import annotations

import re

from retrieval.normalize import normalize_text

# first-person forms of قوّم / قيّم after normalization (hamza and shadda dropped: أقوّم، نقيّم، Darija نقيمو), the
# way a trainer asks about their own assessing; "يقوم المكون بدوره" ("carries out") is left alone
_ASSESS_VERB = re.compile(r"(?:^|\s)[ان](?:قوم|قيم)(?:و|ون|ه|ها|هم)?(?=\s|$)(?!\s+ب)")
ASSESSMENT_NOUN = "تقويم"


def with_noun(text: str) -> str:
    """`text` with the noun its assessment verb stands for appended, or `text` unchanged."""
    norm = normalize_text(text)
    if ASSESSMENT_NOUN in norm or not _ASSESS_VERB.search(norm):
        return text
    return f"{text} {ASSESSMENT_NOUN}"
