"""Whether a question is about the account or the device of another service than the course's.

The guide's pages on logging in, registering, technical problems and following the course from a phone are about
e-Takwine. "J'ai oublié le mot de passe de ma boîte Gmail", "الواتساب ديالي تهكر", "mot de passe dyal Massar dyal
weldi" or "kifach ntelecharger pubg f telephone?" find them surely (0.93-0.99) while the guide has nothing to say:
on the dev sets' out-of-scope questions (blind1-19, 22, 25-27), 8 of the 30 answered from the guide were these.
A message that also names the course (the platform, the MOOC, a module, a duty, the forum, a tutor) keeps its
answer: "wach n9der nsift devoir mn gmail?" is about the course.
"""
from __future__ import annotations

import re

from retrieval.normalize import normalize_text

# the pages that speak of the course's own account, platform and phone use
PLATFORM_PAGES = frozenset({"dig-etakwine-login-password", "dig-etakwine-registration", "dig-etakwine-technical",
                            "faq-mobile"})

_LATIN_SERVICE = re.compile(
    r"\b(?:gmail|hotmail|yahoo|outlook|icloud|instagram|insta|facebook|fb|messenger|whatsapp|whatsap|watsap|"
    r"watsapp|wtsp|tiktok|snapchat|snap|twitter|linkedin|pubg|free ?fire|massar|wifi|wi-fi|netflix|banque|"
    r"bancaire|cnss|taalim|moodle|classroom|universite|university|fac|messagerie academique|boite academique)\b")
_ARABIC_SERVICE = re.compile(
    r"(?<!\w)(?:ال)?(?:فيسبوك|فايسبوك|واتساب|واتساپ|انستغرام|انستجرام|انستا|تيك ?توك|جيميل|مسار|ويفي|"
    r"وايفاي|سناب|مسنجر|بنك|البنك|موودل|مودل|جامعه|الجامعه|تعليم\.ما)(?!\w)")
_COURSE = re.compile(
    r"\b(?:e-?takwine|takwine|plateforme|platform|plateform|mooc|module|devoirs?|forum|cours|rafiq|"
    r"tut(?:eur|rice|eurs)|attestation|cohorte)\b|(?<!\w)(?:ال|ف|فال|ب|بال|ل|لل)?"
    r"(?:منصه|بلاتفورم|مجزوءه|مودول|واجب|ديفوار|منتدي|فوروم|مؤطر|موطر|رفيق|شهاده|اطيستاسيون|تكوين)(?!\w)")


def names_another_service(text: str) -> bool:
    """The message names another service's account or device (Gmail, WhatsApp, Massar, the centre's Wi-Fi…) and
    nothing of the course."""
    norm = normalize_text(text or "")
    named = _LATIN_SERVICE.search(norm) or _ARABIC_SERVICE.search(norm)
    return bool(named) and not names_the_course(norm)


def names_the_course(norm: str) -> bool:
    """A normalized message names the course (the platform, the MOOC, a module, a duty, the forum, a tutor…)."""
    return bool(_COURSE.search(norm))


def about_another_service(text: str, section_id: str | None, last_sections: tuple[str, ...] = ()) -> bool:
    """The guide's page on the course's own account or phone use (PLATFORM_PAGES) was found for a message about
    another service's (`names_another_service`): the guide does not answer it. Right after such a page
    (`last_sections`), a mailbox is the one the account is linked to (`leaves_the_platform`)."""
    if last_sections and last_sections[0] in PLATFORM_PAGES:
        return section_id in PLATFORM_PAGES and leaves_the_platform(text, last_sections)
    return section_id in PLATFORM_PAGES and names_another_service(text)


# A mailbox is also the address the course's account is linked to: "et si je n'ai plus accès à mon gmail ?" after
# e-Takwine's password goes on from it (the page says what to do then)
_MAILBOX = re.compile(r"\b(?:gmail|hotmail|yahoo|outlook|icloud)\b|(?<!\w)(?:ال)?جيميل(?!\w)")


def leaves_the_platform(text: str, sections: tuple[str, ...]) -> bool:
    """Right after the guide's page on the course's own account or phone (PLATFORM_PAGES), a message that names
    another service than a mailbox ("w dyal Massar?" after e-Takwine's password): not a follow-up on that page."""
    if not sections or sections[0] not in PLATFORM_PAGES or not names_another_service(text):
        return False
    norm = _MAILBOX.sub(" ", normalize_text(text))
    return bool(_LATIN_SERVICE.search(norm) or _ARABIC_SERVICE.search(norm))
