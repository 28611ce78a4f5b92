"""What a trainer writes right after asking for a person: the reason of the request ("je veux parler à un tuteur"
then "c'est pour un problème de note sur mon devoir du module 2") goes with it to the tutor, not to the guide.

    hand-over ─► "c'est pour un problème de note…" ─► added to the open ticket, "J'ai ajouté votre message…"
    hand-over ─► "المشكل فالنقطة ديال الواجب الأول" ─► the same, even where the guide has a sure answer
    hand-over ─► "c'est pour la note de mon devoir, j'ai eu 8/20 et je comprends pas pourquoi" ─► the case told (its
                 "why" is not a guide question): added to the ticket, said so (it got the submission steps, a newcomer)
    hand-over ─► "vous répondez quand ?", "vs répondez qd ?" ─► the ticket's promise again
    hand-over ─► a question ("وحتى يجاوبني، فين نلقى التسجيل؟") ─► read as usual (the tutor still comes), and added
                 to the open ticket too: the tutor reads what the trainer wanted to ask (it was left out, a newcomer)
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.conversation import leans_on_conversation, word_count
from bot.own_request import asks_about_the_answer, asks_when_answered, pending_request_reply
from bot.roles.intents import asks_something
from bot.store.ticket_details import add_detail
from bot.texts import t
from bot.types import Decision, Intent, Kind, Message, Reason
from bot.understanding import Route
from moderation.personal_data import mask
from retrieval.normalize import normalize_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

NOT_A_DETAIL = (Route.GREETING, Route.THANKS, Route.HUMAN)

# The case told, opening the message (normalized): "c'est pour une question sur la note…", "c pour…", "ça concerne…",
# "hadchi 3la…", "ra l mochkil f…", "الأمر يتعلق ب…", "بخصوص…", "المشكل ف…", "السؤال على…"
_CASE = re.compile(
    r"^(?:(?:oui|ok|d'?accord|merci)\W+)?(?:c'?est|c|ce|ca|cela)\s+(?:pour|par rapport|a propos|au sujet|concern\w*|"
    r"une question (?:sur|sur la|a propos)|un (?:probleme|souci) (?:de|avec|sur))\b|^(?:ca|cela) concerne\b|"
    r"^(?:mon|ma|j'?ai) (?:probleme|souci|question)\b|^(?:hadchi|had chi|ra|rah|l?mochkil|l?mouchkil|soual|so2al)"
    r"\s+(?:3la|ala|f|fi|dyal|hwa)\b|"
    r"^(?:الامر|الموضوع|السؤال|المشكل|المشكله|هادشي|راه|سؤالي|مشكلتي)\s+(?:يتعلق|على|علي|ف|في|ديال|هو|بخصوص)|"
    r"^(?:بخصوص|فيما يخص|يتعلق الامر)(?!\w)")
# Asking only through what the trainer does not understand or know ("je comprends pas pourquoi", "ma fhemtch 3lach",
# "ما فهمتش علاش"): told, not asked of the guide
_NOT_KNOWN_WHY = re.compile(
    r"\b(?:comprends?|sais|vois)\s+pas\s+(?:pourquoi|comment|quoi)\b|\bma ?(?:fhemt|fhmt|3reft|fhamt)\w*\s+(?:3lach|3lah|kifach|"
    r"chno)\b|(?<!\w)ما ?(?:فهمت|عرفت)\w*\s+(?:علاش|كيفاش|شنو|لماذا|كيف)(?!\w)|لا (?:افهم|اعرف) (?:لماذا|كيف)")
# When the tutor answers, in forms `asks_when_answered` misses: "vous répondez quand ?", "vs répondez qd ?",
# "la réponse c'est pour quand ?", "réponse qd ?"
_WHEN_MORE = re.compile(r"\brepon\w*\b.*\b(?:quand|qd)\b|\b(?:quand|qd)\b.*\brepon\w*|"
                        r"\b(?:imta|fo9ach|fou9ach)\b.*\b(?:y?jawb\w*|y?jaweb\w*|jwab|jawab)")
WHEN_MAX_WORDS = 10


def tells_the_case(text: str) -> bool:
    """The message tells the trainer's case ("c'est pour la note de mon devoir…", "المشكل فالنقطة…") or asks only
    through what the trainer does not understand ("…et je comprends pas pourquoi"), without a question mark at its end;
    not a guide question asked as such."""
    norm = normalize_text(text).strip()
    return bool(_CASE.search(norm)) or (not norm.endswith(("?", "؟")) and bool(_NOT_KNOWN_WHY.search(norm)))


def detail_for_tutor(tutor: Tutor, route: Route, answer: Answer, text: str, lang: str,
                     message: Message) -> Decision | None:
    """Right after a hand-over, a message that asks nothing of its own (nor thanks, a greeting or another request
    for a person): added to the trainer's open ticket, and the trainer told so; else None. The guide's sure answer
    does not keep it from the tutor: "المشكل فالنقطة ديال الواجب الأول" reached the page on asking good questions."""
    if tutor.memory is None or route in NOT_A_DETAIL:
        return None
    handed = tutor.memory.last_intent(message.channel, message.user) in (Intent.HUMAN, Intent.HANDED_OVER)
    # right after a question the guide has nothing on went to a tutor (an administrative one): "ومتى تصدر النتائج؟"
    # got the off-topic reply, "et ça compte pour l'avancement ?" a second ticket (a newcomer)
    unanswered = tutor.memory.last_notice(message.channel, message.user) == Reason.NO_MATCH and leans_on_conversation(
        text)  # a question of its own after it (allowances after transfers) is a ticket of its own
    if not (handed or unanswered) or asks_when_answered(text) or asks_about_the_answer(text):
        return None  # "d'ici combien de temps ?": the ticket's promise again (`bot.own_request`)
    if word_count(text) <= WHEN_MAX_WORDS and _WHEN_MORE.search(normalize_text(text)):
        return pending_request_reply(tutor, text, lang, message, open_only=True)  # "vs répondez qd ?": the same
    user = tutor.recorder.find_user(message)
    store = getattr(tutor.recorder, "store", None)
    if user is None or store is None or add_detail(store, user.id, mask(text, lang=lang)) is None:
        return None
    if asks_something(text) and not tells_the_case(text) and (handed or (route == Route.GUIDE and answer.answered)):
        return None  # in the ticket, and answered as usual where the guide can
    return Decision(Kind.ANSWER, t("detail_added", lang), lang, Intent.HUMAN)
