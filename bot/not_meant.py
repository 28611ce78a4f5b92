""""No, that's not what I meant" right after a reply ("لا، ماشي هادشي لي بغيت", "la, machi hadchi li bghit",
"non, ce n'est pas ce que je voulais", "لا، ليس هذا ما أقصده"): the other sections close to the question asked, to
choose from, or rephrase / ask a tutor. Read as a message of its own, the Darija and Arabizi wordings got the caring
reply to distress with emergency numbers and an urgent ticket (moderation's model alone, 0.41 and 0.48); the French
one a ticket saying the guide had no answer; the MSA one the rest of the page just read (a newcomer)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.clarified import declined_reply
from bot.conversation import LastTurn
from bot.dialogue import clarify_decision
from bot.texts import t
from bot.types import Button, Citation, Decision, Intent, Kind
from bot.unclear import unclear_reply
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

_NO = r"(?:(?:non|nan|no|la|lla|laa|لا|لاء)\W*\s*)?"
_MEANT_FR = (r"(?:je (?:voulais|veux|cherchais|cherche|demandais|demande|voulais dire|veux dire)|j'?ai demande"
             r"|ma question)")
_MEANT_MSA = r"(?:اقصده|اقصد|قصدته|قصدت|اريده|اريد|طلبته|سالت عنه|ابحث عنه|سؤالي)"
_MEANT_ARY = r"(?:بغيت|قصدت|كنقصد|سولت عليه|سولت|طلبت|كنقلب عليه|كنسول عليه)"
_MEANT_LAT = r"(?:bghit|9sdt|9adt|qsdt|kan9sed|kanqsed|swlt|sewelt|sowlt|tlbt|kanqlleb 3lih|kan9elleb 3lih)"
_NOT_MEANT = re.compile(
    rf"^{_NO}(?:ce n'?est pas|c'?est pas|pas)\s+(?:du tout\s+)?(?:ca|cela|ce que {_MEANT_FR}|ma question)"
    rf"(?:\s+du tout)?$"
    rf"|^{_NO}(?:ليس|ماشي|مشي|ما شي)\s+(?:هذا|هذه|ذلك|هادشي|هادا|هادي|هاد الشي|هذا هو)"
    rf"(?:\s+(?:ما|الذي|التي|لي|اللي|اش|شنو)\s+(?:{_MEANT_MSA}|{_MEANT_ARY}))?(?:\s+(?:ابدا|خالص|بتاتا))?$"
    rf"|^{_NO}(?:machi|mashi|mchi|mach)\s+(?:hadchi|hada|hadi|had chi|hakka)"
    rf"(?:\s+(?:li|lli|elli|ach|chno)\s+{_MEANT_LAT})?(?:\s+(?:ga3|khales|bzaf))?$"
    # "لا، ولا واحد منها", "non, aucun", "la, hta wa7ed" (a newcomer got "that is all the guide says" of the page)
    rf"|^{_NO}(?:aucune?|(?:ولا|حتي|تا|hta|7ta|ta|tta|7tta)\s*(?:واحد|واحده|wa7ed|wahed|wa7da))(?:\s+(?:منها|منهم|منهما|"
    rf"des deux|d'?entre (?:eux|elles)|mnhom|menhom|de (?:ces|ceux|celles)(?: la| ci)?(?: \w+)?))?$"
    # "aucun de ces choix", "rien de tout ça", "لا شيء من هذه", "walo mn hadou" (the same options came back)
    rf"|^{_NO}(?:rien de (?:tout )?(?:ca|cela|ceci)|لا شيء (?:من|مما) (?:هذه|هذا|ذلك|هاذو|هادو|سبق)(?: \w+)?"
    rf"|aucune? des (?:\d|deux|trois|options|propositions|choix)"
    rf"|(?:walo|wlou|والو) (?:mn|men|من) (?:hadou|hadchi|hado|هادو|هادشي))$")


def not_meant(text: str) -> bool:
    """The message only says the reply was not what the trainer meant (see the module's docstring)."""
    norm = re.sub(r"[^\w\s']", " ", normalize_text(text or ""))
    return bool(_NOT_MEANT.match(re.sub(r"\s+", " ", norm).strip()))


OTHER_OPTIONS = 3  # at most this many other sections offered
SEARCHED = 8  # passages of the question read again for them


def not_meant_reply(tutor: Tutor, text: str, lang: str, last: LastTurn | None) -> Decision | None:
    """After an answer, the sections close to its question that it did not cite, to choose from (those the search
    finds plausible: its clarifying floor); with none, after a clarifying question or with no exchange before it,
    rephrase or ask a tutor.
    A bare "non" to a clarifying question is `declined_reply`'s; "not understood" and a question word alone are
    `unclear_reply`'s. None when the message says more than that."""
    if last is not None and (declined := declined_reply(text, lang, last)) is not None:
        return declined
    if (unclear := unclear_reply(tutor, text, lang, last)) is not None:
        return unclear  # "ما فهمتش مزيان، عاود شرح ليا", "chno" (not taken for a question of its own or a choice)
    if not not_meant(text):
        return None
    if last is not None and not last.clarifying and last.question.strip():
        floor = getattr(tutor.engine.calibration, "clarify_floor", 0.0)
        titles, code = tutor.engine.index.titles, "fr" if lang == "fr" else "ar"
        seen, options = set(last.sections), []
        for passage in tutor.engine.search(last.question, SEARCHED):
            section = passage.chunk.section_id
            if section in seen or passage.base < floor or (section, code) not in titles:
                continue
            seen.add(section)
            options.append(Citation(section, titles[(section, code)], code))
        if options:
            offered = clarify_decision(tuple(options[:OTHER_OPTIONS]), lang, Intent.FOLLOW_UP)
            listing = "\n".join(f"{n}. {c.title}" for n, c in enumerate(offered.options, 1))
            return replace(offered, body=t("not_meant_options", lang, options=listing))
    return Decision(Kind.ANSWER, t("clarify_declined", lang), lang, Intent.FOLLOW_UP,
                    buttons=(Button(t("ask_tutor", lang), "tutor"),))
