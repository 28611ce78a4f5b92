"""Commands typed on the web chat page (Telegram has its own handlers): /help, /privacy, /forget, /reminders_on.

/privacy and /forget were read as questions: the guide's page on personal data came back, which tells the trainer
to type /privacy and /forget (a newcomer went round in that circle). On the page, /forget erases at once: the
command is typed in full, and the conversation is only the page's random id."""
from __future__ import annotations

from bot.texts import t
from bot.types import Decision, Intent, Kind

HELP_COMMANDS = frozenset({"/help", "/aide", "/start", "/مساعدة"})
PRIVACY_COMMANDS = frozenset({"/privacy", "/confidentialite", "/confidentialité", "/خصوصية"})
FORGET_COMMANDS = frozenset({"/forget", "/oublier", "/effacer", "/حذف"})
REMINDER_COMMANDS = frozenset({"/reminders_on", "/reminders_off", "/rappels", "/تذكير"})


def web_command(forgetter, text: str, user: str, lang: str | None) -> Decision | None:
    """The reply to a command typed on the page (its help, what is kept, erasing the conversation), or None for a
    message that is not one. `forgetter` is the services' (`bot.privacy.Forgetter`)."""
    command, lang = text.strip().lower(), lang or "fr"
    if command in HELP_COMMANDS:
        return Decision(Kind.ANSWER, t("web_help", lang), lang, Intent.GREETING, confidence=1.0)
    if command in PRIVACY_COMMANDS:
        return Decision(Kind.ANSWER, t("web_privacy", lang), lang, Intent.GREETING, confidence=1.0)
    if command in REMINDER_COMMANDS:  # Rafiq cannot write first on the page: how to get the dates instead
        return Decision(Kind.ANSWER, t("reminders_not_here", lang), lang, Intent.ORGANIZATIONAL, confidence=1.0)
    if command in FORGET_COMMANDS:
        forgetter.forget("web", user)
        return Decision(Kind.ANSWER, t("web_forgotten", lang), lang, Intent.GREETING, confidence=1.0)
    return None
