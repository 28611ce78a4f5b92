"""A follow-up with no answer to go on from: "en arabe stp" right after Rafiq handed the question to a tutor or said it
is off topic (that notice again, in that language), "نعم", "oui", "le deuxième" with no choice pending (an
invitation to ask)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.appeals import chat_appeal
from bot.conversation import CHOICE, OTHER_LANG, LastTurn, bare_number, follow_up
from bot.conversation_language import language_asked_with_a_question
from bot.roles.intents import has_polite_word
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind, Message, Reason
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.store.schema import Interaction
    from bot.tutor import Tutor

_KEEPS_LANGUAGE = {"telegram": "language_kept_telegram", "web": "language_kept_web"}
NOTICES = {"low_confidence": "low_confidence", "no_match": "low_confidence", "human_requested": "human_requested",
           "off_topic": "off_topic"}


def reply_without_context(tutor: Tutor, text: str, lang: str, message: Message,
                          last: LastTurn | None = None) -> Decision | None:
    """"oui" / "نعم" right after Rafiq offered a tutor (a 👎, "your answers don't help"): the ticket, as the
    button would (it was read as "more" on the section); "non merci": rephrase, or the button. Else a follow-up with
    no answer (`last`) to go on from. "en arabe stp" right after Rafiq handed the question to a tutor (or said it is
    off topic): the same notice in that language, with no second ticket (it was answered from the guide's page on
    languages). The same before any question ("b lfrancais 3afak" as a first message got a clarifying question between
    the guide's pages on languages and netiquette): the language is noted, with how to keep it on the channel.
    "نعم", "oui", "le deuxième" with no choice pending: an invitation to ask (it opened a ticket of its own)."""
    if (appeal := chat_appeal(tutor, text, lang, message)) is not None:
        return appeal  # "je conteste" right after a reply to abuse: a tutor reads it (not the charter's page again)
    follow = follow_up(text)
    if declines_offer(text) and tutor.memory is not None and tutor.memory.tutor_offered(message.channel, message.user):
        return Decision(Kind.ANSWER, t("clarify_declined", lang), lang, Intent.FOLLOW_UP,  # "non merci, je vais
                        buttons=(Button(t("ask_tutor", lang), "tutor"),))  # reformuler" opened a ticket
    if (offer := takes_tutor_offer(tutor, text, follow, message)) is not None:  # in the offer's language ("oui")
        lang = offer.reply_lang if offer.reply_lang in ("ar", "fr") and len(text.split()) <= 2 else lang
        handed = tutor.request_tutor(replace(message, text="", lang_hint=lang), Reason.NOT_HELPFUL,
                                     None if offer.reason == Reason.NOT_HELPFUL else offer.id)
        return replace(handed, ticket=None)  # its ticket is open: "oui" is recorded without a second one
    if last is not None and (follow or ("",))[0] != OTHER_LANG:
        return None
    if follow is not None and follow[0] == CHOICE and not has_polite_word(text):  # "wakha chokran": thanks
        return Decision(Kind.ANSWER, t("nothing_pending", lang), lang, Intent.FOLLOW_UP)
    if tutor.memory is None or follow is None or follow[0] != OTHER_LANG:
        return None
    reason = tutor.memory.last_notice(message.channel, message.user) or ""
    lang = str(follow[1])
    if last is None and reason not in NOTICES and language_asked_with_a_question(text) is None:  # "b lfrancais
        # 3afak" before any question: noted, not a guide page ("…b lfrancais: kifach ndir grille?" is that question)
        return Decision(Kind.ANSWER, t("language_noted", lang, keep=t(_KEEPS_LANGUAGE.get(message.channel,
                                                                                            "language_kept_ask"), lang)),
                        lang, Intent.GREETING, lang_kept=True)  # a reply of its own, no follow-up of anything
    if reason not in NOTICES:
        return None
    if reason == Reason.OFF_TOPIC:
        return Decision(Kind.ANSWER, t("off_topic", lang), lang, Intent.FOLLOW_UP, reason=Reason.OFF_TOPIC,
                        buttons=(Button(t("ask_tutor", lang), "tutor"),))
    return Decision(Kind.ANSWER, t(NOTICES[reason], lang, eta=tutor.eta_text(lang)), lang, Intent.FOLLOW_UP)


# "no" to the tutor offered after 👎 ("non merci, je vais reformuler", "لا، شكرا", "la safi"): rephrase, or the button
_NO_THANKS = re.compile(r"^(?:non|no|nan|la|lla|laa|لا|لاء|pas besoin|c'?est bon|safi|صافي)(?=\W|$)(?:[\s,.!،]+(?:merci|"
                        r"شكرا|shukran|chokran|choukran|safi|صافي|ca ira|ca va|je vais reformuler|je reformule|"
                        r"ghadi n3awed|غادي نعاود|سأعيد الصياغة))*[\s.!،]*$")


def declines_offer(text: str) -> bool:
    """True for a bare "no" (with thanks, or "I'll rephrase") answering an offer."""
    return bool(_NO_THANKS.match(normalize_text(text or "").strip()))


def takes_tutor_offer(tutor: Tutor, text: str, follow: tuple[str, object] | None,
                      message: Message) -> Interaction | None:
    """The exchange a tutor was offered for, when the message is a bare "yes" to that offer ("oui", "نعم", "wakha")."""
    if tutor.memory is None or follow != (CHOICE, 1) or bare_number(text) is not None or has_polite_word(text):
        return None
    return tutor.memory.tutor_offered(message.channel, message.user)
