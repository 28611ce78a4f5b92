"""A blessing is not a curse: the Moroccan and Arabic formulas of thanks are set aside before the models read.

"الله يجازيك بخير", "الله يخليك", "جزاك الله خيرا", "allah y7fdek": the everyday ways of thanking someone in
Darija, MSA and Arabizi. The learned models see "الله" + a verb + "you" and read a curse ("الله يلعن…"): the
forum held "الله يجازيك بخير" as toxic (0.78). Only formulas that are always kind are listed (not "الله
يعطيك…", which can end in a curse, nor "الله يهديك", often a reproach); the learned models read the message
without them, and an insult elsewhere in it is still read. Example::

    without_blessings("الله يجازيك بخير، مفهوم دابا")  # ("، مفهوم دابا", 1)
"""
from __future__ import annotations

import re

_GOD = r"(?:الله|اللاه|لله|ربي)"
_KIND_VERB = (r"(?:ي|إ|ا)?(?:جازي|جزي|خلي|حفظ|بارك|وفق|سهل|عاون|كثر خير|رحم الوالدين|رحم والديك|شافي|فرح|نور|"
              r"جعل\w* في ميزان)\w*")
_ARABIC = re.compile(
    rf"{_GOD}\s+{_KIND_VERB}(?:\s+(?:ب?الخير|خيرا?|بخير|فيك|فيكم|عليك|عليكم|حسناتك|دربك|طريقك))?"
    r"|(?:جزاك|جزاكم|جازاك|جازاكم)\s+الله(?:\s+خيرا?)?|(?<!لا)(?<!لا )بارك\s+الله\s+(?:فيك|فيكم)"
    r"|تبارك\s+الله(?:\s+عليك\w*)?"
    r"|الله\s+يعطيك\s+(?:الصحه|الصحة|العافيه|العافية)|يعطيك\s+(?:الصحه|الصحة|العافيه|العافية)")
_LATIN = re.compile(
    r"\b(?:allah|alah|llah|lah|lahh|rabi|rbi)\s+(?:y|i)?(?:jazi|jazik|jazikom|jaziha|jzik|khalik|khlik|khelik|"
    r"khalikom|7fdek|7afdek|7fedk|7fadek|7fdkom|barek|bark|waf9ek|wf9ek|wafa9ek|sahel|sehel|3awnek|3awnk|"
    r"kther khirek|ktar khirek|kter khirek|rham lwalidin|rhem lwalidin|rham walidin|chafik|chafi)\w*"
    r"(?:\s+(?:bikhir|bkhir|bi5ir|b5ir|lkhir|fik|fikom))?"
    r"|\b(?:jazak|jazakom)\s+(?:allah|allahu|allahou)(?:\s+khayran|\s+khair|\s+khir)?"
    r"|(?<!la)(?<!la )\bbaraka?\s*(?:allah|allahou|allahu|lahou|lah)\s+(?:fik|fikom|fiki)\b|\btbarkal?lah\b"
    r"|\b(?:allah|lah)\s+(?:y|i)3tik\s+(?:sa7a|se77a|saha|sa77a)\b")


def without_blessings(normalized: str) -> tuple[str, int]:
    """The normalized message with its blessing formulas removed, and how many there were."""
    kept, found = normalized, 0
    for pattern in (_ARABIC, _LATIN):
        kept, n = pattern.subn(" ", kept)
        found += n
    return kept, found

