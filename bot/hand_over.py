"""What a trainer writes right after asking for a person: the reason of the request ("je veux parler à un tuteur"
then "c'est pour un problème de note sur mon devoir du module 2") goes with it to the tutor, not to the guide.

    hand-over ─► "c'est pour un problème de note…" ─► added to the open ticket, "J'ai ajouté votre message…"
    hand-over ─► "المشكل فالنقطة ديال الواجب الأول" ─► the same, even where the guide has a sure answer
    hand-over ─► a question ("وحتى يجاوبني، فين نلقى التسجيل؟") ─► read as usual (the tutor still comes), and added
                 to the open ticket too: the tutor reads what the trainer wanted to ask (it was left out, a newcomer)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.conversation import leans_on_conversation
from bot.own_request import asks_about_the_answer, asks_when_answered
from bot.roles.intents import asks_something
from bot.store.ticket_details import add_detail
from bot.texts import t
from bot.types import Decision, Intent, Kind, Message, Reason
from bot.understanding import Route
from moderation.personal_data import mask
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

NOT_A_DETAIL = (Route.GREETING, Route.THANKS, Route.HUMAN)


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
    user = tutor.recorder.find_user(message)
    store = getattr(tutor.recorder, "store", None)
    if user is None or store is None or add_detail(store, user.id, mask(text, lang=lang)) is None:
        return None
    if asks_something(text) and (handed or (route == Route.GUIDE and answer.answered)):
        return None  # in the ticket, and answered as usual where the guide can
    return Decision(Kind.ANSWER, t("detail_added", lang), lang, Intent.HUMAN)
