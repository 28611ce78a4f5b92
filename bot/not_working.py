""""It doesn't work" right after an answer ("ça ne marche pas, j'ai essayé", "ما خدماتش", "lam yanjah al amr"): the
platform's page on technical problems and whom to contact, after one of its how-to pages; else a tutor, who gets the
conversation. Read as a message of its own, it got a ticket saying the guide had no answer, or the same page's next
paragraph (a newcomer)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.conversation import LastTurn
from bot.dialogue import section_decision
from bot.roles.intents import names_someone
from bot.types import Decision, Intent
from bot.understanding import Route
from retrieval.normalize import normalize_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

TECHNICAL = "dig-etakwine-technical"
PLATFORM_PREFIX = "dig-etakwine-"
MAX_WORDS = 10
_NOT_WORKING = re.compile(
    r"\b(?:ne|n')\s*(?:marche|fonctionne)\s+(?:toujours\s+|tjrs\s+|tjs\s+|plus\s+|vraiment\s+)?pas\b"
    r"|\bn'?a\s+pas\s+(?:marche|fonctionne)|\b(?:marche|fonctionne)\s+pas\b"
    r"|\b(?:toujours|tjrs|tjs)\s+(?:le\s+meme\s+probleme|bloque|rien)\b|\brien\s+ne\s+(?:marche|fonctionne)"
    # after the technical page: "ça marche toujours pas", "j'ai tout essayé", "jarrebt kolchi w walou", "جربت كلشي
    # والو", "مازال ما خدامش" (it got the same page's first paragraph again, or a ticket saying the guide had no answer)
    r"|\b(?:marche|fonctionne)\s+(?:toujours|tjrs|tjs|tjr|encore|plus)\s+pas\b|\bj'?ai\s+(?:deja\s+)?tout\s+essaye"
    r"|\bj[ae]rr?[ae]?bt\s+(?:kolchi|kulchi|koulchi|kolshi)|(?<!\w)جربت (?:كلشي|كل شيء|كل شي)(?!\w)"
    r"|\b(?:mazal|ma zal|mazel|baqi|ba9i)\s+ma\s?(?:khd|khed|nf3|t7el|7el|ban|bayn|mcha|tl3|tle3)\w*"
    r"|(?<!\w)(?:مازال|ما زال|باقي|لا يزال|ما زالت|مازالت|لا زال|لا زالت) (?:ما ?(?:خد|نفع|تحل|بان|مشا|طلع)\w*|لا (?:يعمل|تعمل|يشتغل|تشتغل))"
    r"|(?<!\w)ما ?(?:خدمات|خدام|خدم|خدمت|نفع|نفعات|مشات)ش(?!\w)|(?<!\w)ماخدماتش|لم (?:ينجح|تنجح|يعمل|تعمل|يفلح|يشتغل)"
    r"|(?<!\w)لا (?:يعمل|تعمل|يشتغل)(?!\w)|نفس المشكل"
    r"|\bma ?(?:khdm|khdam|khedam|khdem|nf3|mcha)\w*ch\b|\bmakhdamach\b|\b(?:nafs|nfs) (?:l?mochkil|l?mouchkil)\b"
    # "le bouton déposer n'apparaît pas", "la page ne s'ouvre pas", "ما كيبانش الزر", "la yadhhar" (a newcomer got the
    # page's paragraph on formats)
    r"|\b(?:ne|n')\s*(?:s'|se\s+)?(?:apparait|affiche|ouvre|charge|lance|demarre|joue|lit)\s+(?:toujours\s+|tjrs\s+|plus\s+)?pas\b"
    # phone style, with no "ne": "la video du module 2 se lance pas", "ça charge pas", "lvideo ma katkhdmch"
    r"|\b(?:s'|se\s+)(?:affiche|ouvre|charge|lance|demarre|joue)\s+(?:toujours\s+|tjrs\s+|plus\s+)?pas\b"
    r"|\b(?:ca|ce|elle|il)\s+(?:charge|demarre|s'ouvre|s'affiche)\s+(?:toujours\s+|tjrs\s+|plus\s+)?pas\b"
    r"|\bma ?(?:kat|kay|tat|tay|ka|ta)(?:khdm|khdem|khedm|nf3|t7ell?|tban|mchi)\w*ch\b"
    r"|(?<!\w)ما ?(?:كت|كي|تي|تت)(?:خدم|نفع|تحل|بان|مشي)\w*ش(?!\w)"
    r"|(?<!\w)(?:لا|لم) (?:يظهر|تظهر|يفتح|تفتح|يتحمل|يشتغل)(?!\w)|(?<!\w)ما ?(?:كيبان|كتبان|بان|باين|كيتحل|كتتحل|تحل)ش(?!\w)"
    r"|\bma ?(?:kayban|katban|ban|bayn|kayt7ell?|katt7ell?)ch\b"
    # "won't open": "المنصة ما بغاتش تحل ليا", "ma bghatch t7el", "ma bghach ykhdem"
    r"|(?<!\w)ما ?بغا(?:ت|تش|ش) (?:ت|ي|تت|يت)?(?:حل|تحل|خدم|فتح|تفتح|شعل|طلع)\w*"
    r"|\bma ?bgha(?:t|tch|ch|tsh) (?:t|y|tt|yt)?(?:7el|7ell|khdem|khdm|fte7|tl3|che3el)\w*"
    # it keeps cutting out or crashing ("had lplateforme… kat9tl3 kol mera": a newcomer got the encouragement)
    r"|\b(?:kat|tat|kay|tay)?(?:9t[ael]?3|qt[ael]?3|w9[ae]f|bloki)\w*|\bplant(?:e|ent)\b|\bbug\w*|\bse deconnecte\w*"
    r"|(?<!\w)(?:كت|تي|كي|ت|ي)(?:قطع|توقف|بلوكي)\w*(?!\w)|(?<!\w)(?:تنقطع|ينقطع|يتوقف|تتوقف)(?!\w)")


# What the message says does not work, when it is the platform's or the computer's ("ما خدامش عندي الفيديو" after the
# recordings' page, "ça ne marche pas, le lien ne s'ouvre pas" after a live session's: a ticket, or the password's page)
_TECHNICAL_THING = re.compile(
    r"\bl?(?:videos?|lien|liens|micro|camera|cam|son|page|plateforme|platform|fichier|navigateur|bouton|liyen|lvideo"
    r"|lfidyo|fidyo)\b|(?<!\w)(?:ال)?(?:فيديو|فيديوهات|رابط|ميكرو|كاميرا|صوت|صفحه|منصه|بلاتفورم|ملف|متصفح|زر)(?!\w)")


# "w ila ma khdemch lien d'activation?", "وإلا ما خدمش بالملاحظات ديالي؟": a case put, not a report
_IF = re.compile(r"^(?:et\s+)?si\b|^(?:w|o|wa)?\s*(?:ila|ida|idha|wila)\b|^و?(?:اذا|الا|ايلا|لو)(?!\w)")


def says_not_working(text: str) -> bool:
    """A sentence of the message says something does not work, and is not a case put ("Quand est la classe
    virtuelle ? et si le lien ne marche pas ?")."""
    sentences = (part.strip() for part in re.split(r"[?.!؟]+", normalize_text(text)))
    return any(_NOT_WORKING.search(part) and not _IF.search(part) for part in sentences)


def reports_broken_platform(text: str) -> bool:
    """A message of at most 2 × MAX_WORDS words saying a thing of the platform or the computer does not work."""
    norm = normalize_text(text)
    return says_not_working(text) and bool(_TECHNICAL_THING.search(norm)) and len(norm.split()) <= 2 * MAX_WORDS


def broken_link_reply(tutor: Tutor, text: str, lang: str) -> Decision | None:
    """"Le lien de la classe virtuelle de jeudi ne marche pas": the technical page (its part on live sessions), not
    the calendar's line with the same link again (a newcomer); None for other messages."""
    if not says_not_working(text) or len(normalize_text(text).split()) > 2 * MAX_WORDS:
        return None
    return section_decision(tutor, TECHNICAL, text, lang, Intent.FOLLOW_UP)


def not_working_reply(tutor: Tutor, text: str, lang: str, last: LastTurn) -> Decision | None:
    """The reply to "it doesn't work" right after an answer (see the module), or None for other messages: a case
    put ("et si ça ne marche pas ?") and a request for a person ("ما خدماتش، بغيت بنادم يعاوني": the hand-over's)."""
    norm = normalize_text(text)
    if len(norm.split()) > MAX_WORDS or not _NOT_WORKING.search(norm) or _IF.search(norm):
        return None
    if last.clarifying:  # "ça marche tjrs pas" to a choice offering the technical page (it got the off-topic reply)
        technical = TECHNICAL in last.sections or bool(_TECHNICAL_THING.search(norm))
        return section_decision(tutor, TECHNICAL, f"{last.question} {text}", lang, Intent.FOLLOW_UP) \
            if technical and not names_someone(text) else None
    if names_someone(text):
        return None
    platform = last.sections[0].startswith(PLATFORM_PREFIX) or bool(_TECHNICAL_THING.search(norm))
    if platform and last.sections[0] != TECHNICAL:
        found = section_decision(tutor, TECHNICAL, f"{last.question} {text}", lang, Intent.FOLLOW_UP)
        if found is not None:
            return found
    return tutor.human_requested(lang)


# Pages retrieval picks for "the platform crashes" because they name the platform: registering, finding one's way
MISREAD_AS_BROKEN = frozenset({"dig-etakwine-registration", "dig-etakwine-navigation"})


def platform_broken_reply(tutor: Tutor, text: str, lang: str, route: Route, answer: Answer) -> Decision | None:
    """"had lplateforme khayba, kat9tl3 kol mera", "la plateforme plante tout le temps" as a message of its own: the
    technical page and whom to contact (a newcomer's got the encouragement for a discouraged trainer, another the page
    on registering, "la vidéo ne se lance pas" a choice of pages); else None. A guide answer from another page
    stands."""
    cited = answer.citations[0].id if answer.citations else ""
    if route not in (Route.SUPPORT, Route.UNSURE, Route.OFF_TOPIC) and not (
            route == Route.GUIDE and (cited in MISREAD_AS_BROKEN or not answer.answered)):
        return None
    if not reports_broken_platform(text) or names_someone(text):
        return None
    return section_decision(tutor, TECHNICAL, text, lang, Intent.QUESTION)
