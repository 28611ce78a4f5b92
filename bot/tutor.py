"""The Tutor: the one place where Rafiq decides what to say.

    Message ──► guards ──► language ──► moderation ──► intent ──► roles / retrieval ──► decision ──► Reply

Channels build a `Message`, call `Tutor.handle`, and render the `Reply`; they decide nothing.
Persistence (history, tickets, outbox) goes through the injected `Recorder`; the default keeps nothing.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import Protocol

from bot.guards import clean_text, problem_with
from bot.roles import intents
from bot.texts import both, t
from bot.types import Button, Message, Reply
from moderation.personal_data import mask
from moderation.verdict import Verdict
from retrieval.engine import RetrievalEngine
from retrieval.language import detect_language, reply_language
from retrieval.types import Answer

log = logging.getLogger(__name__)

CLARIFY_BAND = 0.6  # a short question whose confidence is within this fraction of the threshold
CLARIFY_MAX_WORDS = 4


class ModerationPort(Protocol):
    """What the Tutor needs from moderation."""

    def check(self, text: str, lang: str | None = None, author: str | None = None,
              context: str = "chat") -> Verdict: ...

    def author_message(self, verdict: Verdict, lang: str | None = None) -> str: ...


class OrganizationalPort(Protocol):
    """Answers questions about the calendar, or None when the message is not about it."""

    def answer(self, text: str, lang: str) -> str | None: ...


class SupportPort(Protocol):
    """Socio-cognitive replies (encouragement, reflection, peers), or None when none fits."""

    def state(self, text: str) -> str | None: ...

    def respond(self, text: str, lang: str, user: str) -> str | None: ...

    def respond_distress(self, lang: str, availability: str = "") -> str: ...


class Recorder(Protocol):
    """Persists a handled message and its reply; returns the reply with ids filled in."""

    def preferred_lang(self, message: Message) -> str | None: ...

    def record(self, message: Message, reply: Reply, stored_text: str, detected: str,
               answer: Answer | None) -> Reply: ...


class PassThroughModerator:
    """A moderator that lets everything through (used when moderation is switched off)."""

    def check(self, text: str, lang: str | None = None, author: str | None = None,
              context: str = "chat") -> Verdict:
        """Publish everything."""
        return Verdict(labels={}, masked_text=text)

    def author_message(self, verdict: Verdict, lang: str | None = None) -> str:
        """Nothing to explain."""
        return ""


class NullRecorder:
    """Keeps nothing: for one-off CLI questions."""

    def preferred_lang(self, message: Message) -> str | None:
        """No stored preference."""
        return None

    def record(self, message, reply, stored_text, detected, answer) -> Reply:
        """Return the reply unchanged."""
        return reply


def answer_buttons(lang: str) -> tuple[Button, ...]:
    """Helpful / not helpful / ask a tutor, under every answer."""
    return (Button(t("helpful", lang), "fb:up"), Button(t("not_helpful", lang), "fb:down"),
            Button(t("ask_tutor", lang), "tutor"))


def format_answer(answer: Answer, lang: str) -> str:
    """Answer text followed by its citation line."""
    cites = t("list_separator", lang).join(f"{c.title} [{c.id}]" for c in answer.citations)
    note = f" {t('only_other_lang', lang)}" if answer.lang != lang else ""
    return f"{answer.text}\n\n📖 {t('source', lang)}: {cites}{note}"


class Tutor:
    """Decides the reply to one message.

    Example::

        tutor = Tutor(engine)
        reply = tutor.handle(Message(channel="cli", user="me", text="Comment préparer une séance ?"))
        print(reply.text, reply.citations)
    """

    def __init__(self, engine: RetrievalEngine, moderator: ModerationPort | None = None,
                 organizational: OrganizationalPort | None = None, support: SupportPort | None = None,
                 recorder: Recorder | None = None, eta_text=None, max_words: int = 120,
                 urgent_eta_text=None) -> None:
        self.engine = engine
        self.moderator = moderator or PassThroughModerator()
        self.organizational = organizational
        self.support = support
        self.recorder = recorder or NullRecorder()
        self.eta_text = eta_text or (lambda lang: "")
        self.urgent_eta_text = urgent_eta_text or (lambda lang: "")
        self.max_words = max_words

    def handle(self, message: Message) -> Reply:
        """Decide and persist the reply to `message`."""
        text = clean_text(message.text)
        preferred = message.lang_hint or self.recorder.preferred_lang(message)
        problem = problem_with(text)
        if problem:
            key, values = problem
            code = detect_language(text[:2000]).code if text else "und"
            lang = preferred or reply_language(code)
            known = preferred or code in ("ar", "ary", "ary-Latn", "fr")
            body = t(key, lang, **values) if known else both(key, **values)
            reply = Reply(text=body, lang=lang, intent="invalid", reason=key)
            return self.recorder.record(message, reply, mask(text, lang=lang)[:2000], code, None)  # mask, then cut
        guess = detect_language(text)
        lang = reply_language(guess.code, preferred)
        verdict = self.moderator.check(text, lang=lang, author=message.user, context=message.channel)
        stored = verdict.masked_text or text
        reply, answer = self._decide(text, guess.code, lang, verdict, message)
        return self.recorder.record(message, reply, stored, guess.code, answer)

    def _decide(self, text: str, detected: str, lang: str, verdict: Verdict,
                message: Message) -> tuple[Reply, Answer | None]:
        if detected == "zgh":
            body = "\n\n".join(t("tifinagh", code, eta=self.eta_text(code)) for code in ("ar", "fr"))
            return self._escalation(body, lang, "tifinagh", "unsupported_language"), None
        support_state = self.support.state(text) if self.support else None
        if verdict.verdict == "distress" or support_state == "distress":
            when = self.urgent_eta_text(lang)
            caring = (self.support.respond_distress(lang, when) if self.support
                      else t("distress", lang, availability=when).replace(" \n", "\n"))
            return self._escalation(caring, lang, intents.SOCIO, "distress", priority=0), None
        if verdict.action in ("hide", "hold") and verdict.verdict in ("toxic", "spam"):
            return self._objectionable(verdict, lang), None
        intent = intents.detect_intent(text)
        if intent == intents.GREETING:
            return Reply(text=t("greeting", lang), lang=lang, intent=intent, confidence=1.0), None
        if intent == intents.THANKS:
            return Reply(text=t("thanks", lang), lang=lang, intent=intent, confidence=1.0), None
        if intent == intents.HUMAN:
            return self._escalation(t("human_requested", lang, eta=self.eta_text(lang)), lang, intent,
                                    "human_requested"), None
        if intent == intents.ORGANIZATIONAL and self.organizational:
            calendar_text = self.organizational.answer(text, lang)
            if calendar_text:
                return Reply(text=calendar_text, lang=lang, intent=intent, confidence=1.0), None
        if intent == intents.SOCIO and self.support:
            support_text = self.support.respond(text, lang, message.user)
            if support_text:
                return Reply(text=support_text, lang=lang, intent=intent, confidence=1.0), None
        return self._retrieve(text, lang, intent if intent != intents.ORGANIZATIONAL else intents.QUESTION)

    def _objectionable(self, verdict: Verdict, lang: str) -> Reply:
        """A calm private-chat reply to abuse or advertising: nothing is "published" in a chat.

        Abuse the policy wants a person to look at ("hold") also goes to a tutor; the rest does not.
        """
        if verdict.verdict == "spam":
            return Reply(text=t("chat_spam", lang), lang=lang, intent="moderated", reason="spam")
        if verdict.action == "hold":
            text = f"{t('chat_abuse', lang)} {t('chat_abuse_ticket', lang, eta=self.eta_text(lang))}"
            return self._escalation(text, lang, "moderated", "abusive_message")
        return Reply(text=t("chat_abuse", lang), lang=lang, intent="moderated", reason="toxic")

    def _retrieve(self, text: str, lang: str, intent: str) -> tuple[Reply, Answer]:
        answer = self.engine.answer(text, lang, self.max_words)
        if answer.answered:
            return Reply(text=format_answer(answer, lang), lang=lang, intent=intent,
                         confidence=answer.confidence, citations=answer.citations,
                         buttons=answer_buttons(lang)), answer
        best = answer.passages[0] if answer.passages else None
        if (best and len(text.split()) <= CLARIFY_MAX_WORDS
                and answer.confidence >= CLARIFY_BAND * self.engine.threshold):
            title = self.engine.index.titles.get((best.chunk.section_id, lang), best.chunk.title)
            return Reply(text=t("clarify", lang, title=title), lang=lang, intent=intent,
                         confidence=answer.confidence, reason="clarify"), answer
        reply = self._escalation(t("low_confidence", lang, eta=self.eta_text(lang)), lang, intent,
                                 answer.reason or "low_confidence")
        return replace(reply, confidence=answer.confidence), answer

    def _escalation(self, text: str, lang: str, intent: str, reason: str, priority: int = 2) -> Reply:
        return Reply(text=text, lang=lang, intent=intent, escalate=True, reason=reason,
                     extra={"priority": priority})
