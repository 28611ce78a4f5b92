"""A "no" to the /forget question ("لا، تراجعت", "non, finalement non", "la, safi", "annuler"): nothing is erased, and it
says so. Typed on the web page after the question, it got the next paragraph of the section read
before (a newcomer)."""
from __future__ import annotations

import re

from retrieval.normalize import normalize_text

# normalized; a bare "no" with thanks or "keep it", or a word of changing one's mind anywhere in a short message
_NO = re.compile(r"^\W*(?:non|no|nan|nope|la+|لا+|كلا|annul\w*|cancel\w*|الغاء|الغ|بلاش|blach)(?:[\W_]+(?:merci|شكرا|"
                 r"safi|صافي|khlas|خلاص|c'?est bon|ca va|(?:je )?(?:garde|conserve)\w*(?: tout)?|اتركها|non?|la+|لا+))*[\W_]*$|"
                 r"\b(?:finalement (?:non|pas)|laisse tomber|pas (?:maintenant|la peine)|je ne veux (?:pas|plus)|"
                 r"(?:ne|n') ?(?:efface|supprime)z? (?:rien|pas)|ma ?bghitch|ma ?b9itch|khliha|khlih|traja3t|rja3t)\b|"
                 r"(?<!\w)(?:تراجعت|رجعت فكلامي|ما ?بغيتش|ما ?بقيتش|خليها|خليه|لا اريد|لا تحذف|ما تحيد|ما تمسح)(?!\w)")
NO_WORDS = 8


def declines(text: str) -> bool:
    """A short "no" (to the /forget question): "non, finalement non", "لا، تراجعت", "la, safi", "annuler"."""
    norm = normalize_text(text or "").strip()
    return len(norm.split()) <= NO_WORDS and bool(_NO.search(norm))
