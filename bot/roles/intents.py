"""What a message asks for: greeting, thanks, a human, the calendar, support, or the guide's content.

Short rule lists over normalized text (Arabic, Darija in both scripts, French). A message that is
only a greeting or only thanks gets a short reply; anything with a real question goes to retrieval.
"""
from __future__ import annotations

import re

from bot.roles.calendar_query import parse_calendar_query
from bot.roles.states import THANKS as _THANKS_STATE, detect_states
from retrieval.normalize import normalize_text

GREETING, THANKS, HUMAN, ORGANIZATIONAL, SOCIO, QUESTION = (
    "greeting", "thanks", "human", "organizational", "socio_cognitive", "question")

_GREETINGS = r"(salam|slm|salut|bonjour|bonsoir|coucou|hello|hi|ahlan|marhba|السلام عليكم|السلام|سلام|مرحبا|اهلا|صباح الخير|مساء الخير|صباح النور|ⴰⵣⵓⵍ|azul)"
_THANKS = r"(merci|mrc|thanks|thank you|choukran|chokran|shukran|baraka llah fik|شكرا|شكرا جزيلا|بارك الله فيك|الله يجازيك|تبارك الله)"
_HUMAN = re.compile(  # a request to be answered by a person, not the mere word "tuteur" or "مؤطر"
    r"((parler|discuter|echanger|ecrire|avoir affaire) (a|avec) (un |une |le |la |mon |ma |un vrai |une vraie )?"
    r"(tuteur|tutrice|humain|personne|conseiller|conseillere|formateur|quelqu'?un)|"
    r"(je veux|je voudrais|j'aimerais|je prefere|passez[- ]moi|transmettez|transferez) (a |avec )?"
    r"(un |une |le |la |mon |ma )?(vrai |vraie )?(tuteur|tutrice|humain|personne|conseiller)|"
    r"un (etre )?humain|une vraie personne|une personne reelle|pas (a |avec )?un robot|"
    r"بغيت نهضر مع|بغيت نتكلم مع|نتكلم مع|نهضر مع|اريد التحدث (مع|الى)|اريد التواصل مع|اريد مؤطرا|بغيت شي مؤطر|"
    r"مؤطر بشري|انسان حقيقي|شخص حقيقي|ماشي روبو|"
    r"bghit nhder m3a|bghit ntkellem m3a|bghit ntkelem m3a|bghit chi mo2atir|bghit chi mou2atir|"
    r"nhder m3a chi|m3a chi bnadem|machi robot)")
_ORGANIZATIONAL = re.compile(
    r"(date limite|deadline|echeance|quand|calendrier|prochaine seance|seance en direct|live|"
    r"rendu|a rendre|date de|horaire|planning|module \d|ouvre|ferme|"
    r"موعد|اخر اجل|اجل|متى|امتى|فوقاش|الحصه المباشره|حصه مباشره|الجدول|جدول|التقويم الزمني|"
    r"imta|fo9ach|fou9ach|lmaw3id|l7issa|live)")
_SOCIO = re.compile(
    r"(decourag|abandonn|je n'arrive plus|stress|angoiss|anxie|seul|isole|debord|trop de travail|"
    r"perdu|je ne sais pas quoi faire|fatigu|"
    r"تعبت|عييت|محبط|احباط|قلق|خايف|خائف|وحدي|بوحدي|ضايع|ما فاهم والو|بغيت نوقف|نتخلى|ضغط|"
    r"3yit|t3bt|m7bat|bghit nw9f|bghit nkhrj|mdaye3|khayef)")


def _only(pattern: str, text: str) -> bool:
    stripped = re.sub(r"[^\w\s']", " ", text).strip()
    return bool(re.fullmatch(rf"({pattern}\s*)+(\w{{0,10}}\s*){{0,2}}", stripped))


def _polite(pattern: str, text: str) -> bool:
    """Thanks or greetings with a few kind words around them ("merci beaucoup, c'est très clair"), no question."""
    if "?" in text or "؟" in text:
        return False
    words = re.sub(r"[^\w\s']", " ", text).split()
    return 0 < len(words) <= 7 and bool(re.match(rf"\W*{pattern}\b", text))


def detect_intent(text: str) -> str:
    """The intent of a message, from its normalized text."""
    norm = normalize_text(text)
    if _only(_GREETINGS, norm):
        return GREETING
    if _only(_THANKS, norm) or _polite(_THANKS, norm):
        return THANKS
    if _HUMAN.search(norm):
        return HUMAN
    if _SOCIO.search(norm) or any(s != _THANKS_STATE for s in detect_states(text)):
        return SOCIO
    if _ORGANIZATIONAL.search(norm) or parse_calendar_query(text) is not None:
        return ORGANIZATIONAL
    return QUESTION
