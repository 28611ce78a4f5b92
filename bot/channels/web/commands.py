"""Commands typed on the web chat page (Telegram has its own handlers): /help, /privacy, /forget, /lang,
/reminders_on.

/privacy and /forget were read as questions: the guide's page on personal data came back, which tells the trainer
to type /privacy and /forget (a newcomer went round in that circle). On the page, as on Telegram, /forget first says
what will be erased and asks to confirm (SCENARIOS §9): the page shows a button that sends "/forget ok", which
erases; the confirmation is typed in the command itself. The question is kept as the conversation's latest exchange:
a "no" right after it ("لا، تراجعت", "non, finalement non", "la, safi") cancels and says nothing was erased (it got the
next paragraph of the section read before: a newcomer)."""
from __future__ import annotations

from bot.forget_declined import declines
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind, Message

HELP_COMMANDS = frozenset({"/help", "/aide", "/start", "/مساعدة"})
PRIVACY_COMMANDS = frozenset({"/privacy", "/confidentialite", "/confidentialité", "/خصوصية"})
FORGET_COMMANDS = frozenset({"/forget", "/oublier", "/effacer", "/حذف"})
FORGET_CONFIRMATIONS = frozenset({"ok", "oui", "yes", "confirmer", "confirme", "نعم", "أؤكد", "اؤكد", "تأكيد"})
CONFIRMED_FORGET = "/forget ok"  # what the confirm button sends, in both languages
LANGUAGE_COMMANDS = frozenset({"/lang", "/langue", "/لغة", "/اللغة"})
LANGUAGES = {"fr": "fr", "francais": "fr", "français": "fr", "ar": "ar", "arabe": "ar", "العربية": "ar",
             "عربية": "ar", "الفرنسية": "fr"}
REMINDER_COMMANDS = frozenset({"/reminders_on", "/reminders_off", "/rappels", "/تذكير"})


def _asked_to_forget(recorder, message: Message) -> bool:
    """The conversation's latest exchange was the /forget question, not confirmed yet."""
    rows = recorder.history(message, limit=1) if recorder is not None else []
    return bool(rows) and (rows[0].text or "").strip().lower() in FORGET_COMMANDS


def web_command(forgetter, text: str, user: str, lang: str | None, recorder=None) -> Decision | None:
    """The reply to a command typed on the page (its help, what is kept, erasing the conversation), or None for a
    message that is not one. `forgetter` is the services' (`bot.privacy.Forgetter`); with the Tutor's `recorder`, the
    /forget question is kept as the conversation's latest exchange, so that a "no" typed after it cancels (nothing is
    erased, said so) instead of being read with the exchange before."""
    command, lang = text.strip().lower(), lang or "fr"
    head, _, rest = command.partition(" ")
    message = Message(channel="web", user=user, text=text)
    if recorder is not None and declines(text) and _asked_to_forget(recorder, message):
        return recorder.record(message, Decision(Kind.ANSWER, t("web_forget_cancelled", lang), lang, Intent.GREETING,
                                                 confidence=1.0), text)
    if command in HELP_COMMANDS:
        return Decision(Kind.ANSWER, t("web_help", lang), lang, Intent.GREETING, confidence=1.0)
    if command in PRIVACY_COMMANDS:
        return Decision(Kind.ANSWER, t("web_privacy", lang), lang, Intent.GREETING, confidence=1.0)
    if head in LANGUAGE_COMMANDS:  # Telegram's /lang: on the page, its language buttons (the page switches too)
        chosen = LANGUAGES.get(rest.strip())
        return Decision(Kind.ANSWER, t("web_language", chosen) if chosen else t("web_language_which", lang),
                        chosen or lang, Intent.GREETING, confidence=1.0, lang_kept=bool(chosen))
    if command in REMINDER_COMMANDS:  # Rafiq cannot write first on the page: how to get the dates instead
        return Decision(Kind.ANSWER, t("reminders_not_here", lang), lang, Intent.ORGANIZATIONAL, confidence=1.0)
    if forgets(text):
        forgetter.forget("web", user)
        return Decision(Kind.ANSWER, t("web_forgotten", lang), lang, Intent.GREETING, confidence=1.0)
    if command in FORGET_COMMANDS:  # nothing erased yet: what would be, and the button that confirms
        asked = Decision(Kind.ANSWER, t("web_forget_explain", lang, confirm=CONFIRMED_FORGET), lang,
                         Intent.GREETING, confidence=1.0,
                         buttons=(Button(t("forget_yes", lang), "send:" + CONFIRMED_FORGET),))
        return recorder.record(message, asked, text) if recorder is not None else asked
    return None


def forgets(text: str) -> bool:
    """The message is the confirmed /forget ("/forget ok"), which erases the conversation."""
    head, _, rest = text.strip().lower().partition(" ")
    return head in FORGET_COMMANDS and rest.strip(" .!") in FORGET_CONFIRMATIONS
