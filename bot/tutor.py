"""The Tutor: the one place where Rafiq decides what to do with a message, in a chat or on a forum.

    Message ──► guards ──► language ──► moderation ──► forum post? ──► bot/forum_policy.py
                                                     └─ chat ──► intent ──► roles / retrieval ──► Decision

Channels build a `Message`, call `Tutor.handle`, and carry out the `Decision` (say it, post it, flag it);
they decide nothing. The recorder stores the message and opens the ticket a Decision asks for: it is
the one place where tickets are opened. The default recorder keeps nothing (one-off CLI questions).
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import Protocol

from bot.forum_policy import decide_post
from bot.guards import clean_text, problem_with
from bot.roles import intents
from bot.texts import both, t
from bot.types import Button, Decision, Intent, Kind, Message, Priority, Reason, TicketAsk
from moderation.personal_data import mask
from moderation.verdict import Verdict
from retrieval.engine import RetrievalEngine
from retrieval.language import detect_language, reply_language
from retrieval.types import Answer

log = logging.getLogger(__name__)

CLARIFY_BAND = 0.6  # a short question whose confidence is within this fraction of the threshold
CLARIFY_MAX_WORDS = 4
MAX_QUESTION_CHARS = 3500  # what retrieval reads of a long forum post


class ModerationPort(Protocol):
    """What the Tutor needs from moderation."""

    def check(self, text: str, lang: str | None = None, author: str | None = None,
              context: str = "chat", ref: str | None = None) -> Verdict: ...


class OrganizationalPort(Protocol):
    """Answers questions about the calendar, or None when the message is not about it."""

    def answer(self, text: str, lang: str) -> str | None: ...


class SupportPort(Protocol):
    """Socio-cognitive replies (encouragement, reflection, peers), or None when none fits."""

    def state(self, text: str) -> str | None: ...

    def respond(self, text: str, lang: str, user: str) -> str | None: ...

    def respond_distress(self, lang: str, availability: str = "") -> str: ...


class Recorder(Protocol):
    """Persists a handled message and its decision (opening the ticket it asks for); returns the
    decision with ids filled in."""

    def preferred_lang(self, message: Message) -> str | None: ...

    def record(self, message: Message, decision: Decision, stored_text: str) -> Decision: ...


class PassThroughModerator:
    """A moderator that lets everything through (used when moderation is switched off)."""

    def check(self, text: str, lang: str | None = None, author: str | None = None,
              context: str = "chat", ref: str | None = None) -> Verdict:
        """Publish everything."""
        return Verdict(labels={}, masked_text=text)


class NullRecorder:
    """Keeps nothing: for one-off CLI questions."""

    def preferred_lang(self, message: Message) -> str | None:
        """No stored preference."""
        return None

    def record(self, message: Message, decision: Decision, stored_text: str) -> Decision:
        """Return the decision unchanged."""
        return decision


def answer_buttons(lang: str) -> tuple[Button, ...]:
    """Helpful / not helpful / ask a tutor, under every answer."""
    return (Button(t("helpful", lang), "fb:up"), Button(t("not_helpful", lang), "fb:down"),
            Button(t("ask_tutor", lang), "tutor"))


def found_passages(answer: Answer | None) -> tuple[dict, ...]:
    """What Rafiq found for a question, as tutors see it on the ticket."""
    if answer is None:
        return ()
    return tuple({"id": p.chunk.section_id, "title": p.chunk.title, "lang": p.chunk.lang,
                  "confidence": round(p.confidence, 3), "text": p.chunk.text[:400]} for p in answer.passages[:3])


class Tutor:
    """Decides what to do with one message.

    Example::

        tutor = Tutor(engine)
        decision = tutor.handle(Message(channel="cli", user="me", text="Comment préparer une séance ?"))
        print(decision.kind, decision.text, decision.citations)
    """

    def __init__(self, engine: RetrievalEngine, moderator: ModerationPort | None = None,
                 organizational: OrganizationalPort | None = None, support: SupportPort | None = None,
                 recorder: Recorder | None = None, eta_text=None, max_words: int = 120,
                 urgent_eta_text=None, forum_auto_reply: bool = True, forum_min_confidence: float = 0.0) -> None:
        self.engine = engine
        self.moderator = moderator or PassThroughModerator()
        self.organizational = organizational
        self.support = support
        self.recorder = recorder or NullRecorder()
        self.eta_text = eta_text or (lambda lang: "")
        self.urgent_eta_text = urgent_eta_text or (lambda lang: "")
        self.max_words = max_words
        self.forum_auto_reply = forum_auto_reply
        self.forum_min_confidence = forum_min_confidence

    def handle(self, message: Message) -> Decision:
        """Decide what to do with `message` and persist it."""
        text = clean_text(message.text)
        preferred = message.lang_hint or self.recorder.preferred_lang(message)
        problem = problem_with(text)
        if problem and not (message.context.is_forum and problem[0] == "too_long"):
            key, values = problem
            code = detect_language(text[:2000]).code if text else "und"
            lang = preferred or reply_language(code)
            known = preferred or code in ("ar", "ary", "ary-Latn", "fr")
            body = t(key, lang, **values) if known else both(key, **values)
            decision = Decision(Kind.ANSWER, body, lang, Intent.INVALID, reason=key, detected=code)
            return self.recorder.record(message, decision, mask(text, lang=lang)[:2000])  # mask, then cut
        guess = detect_language(text[:4000])
        lang = reply_language(guess.code, preferred)
        verdict = message.verdict or self.moderate(message, text, lang)
        stored = verdict.masked_text or text
        if message.context.is_forum:
            decision = decide_post(self, message, stored, guess.code, lang, verdict)
        else:
            decision = self._chat(text, guess.code, lang, verdict, message)
        decision = replace(decision, detected=guess.code, verdict=verdict,
                           masked=decision.masked or bool(verdict.spans))
        return self.recorder.record(message, decision, stored)

    def moderate(self, message: Message, text: str | None = None, lang: str | None = None) -> Verdict:
        """The moderation verdict on a message (a forum post's is stored with its event and handed back
        in `Message.verdict`, so a post is moderated once however often it is retried)."""
        text = clean_text(message.text) if text is None else text
        # an edited post is not a re-post: its author is left out of the repeat count
        author = None if message.edited else message.user
        ref = {"ref": f"{message.channel}:{message.external_id}"} if message.external_id else {}
        return self.moderator.check(text, lang=lang, author=author,
                                    context="forum" if message.context.is_forum else message.channel, **ref)

    def escalate(self, message: Message, reason: Reason, body: str = "", found: tuple[dict, ...] | None = None,
                 priority: Priority = Priority.NORMAL) -> Decision:
        """Hand `message` to a tutor on request (/tutor, "not helpful" → ask a tutor) and record it.

        `found` is what the trainer already saw; when None, the guide is searched once for the tutors.
        """
        text = mask(clean_text(message.text), lang=message.lang_hint or "fr")
        lang = message.lang_hint or reply_language(detect_language(text).code)
        answer = self.engine.answer(text, lang, self.max_words) if found is None and text else None
        decision = Decision(Kind.ESCALATE, body or t("human_requested", lang, eta=self.eta_text(lang)), lang,
                            Intent.HUMAN, reason=reason,
                            ticket=TicketAsk(reason, priority, found=found if found is not None else found_passages(answer)),
                            query_vector=answer.query_vector if answer else None)
        return self.recorder.record(message, decision, text)

    # chat --------------------------------------------------------------------------------------
    def _chat(self, text: str, detected: str, lang: str, verdict: Verdict, message: Message) -> Decision:
        if detected == "zgh":
            body = "\n\n".join(t("tifinagh", code, eta=self.eta_text(code)) for code in ("ar", "fr"))
            return self._escalation(body, lang, Intent.TIFINAGH, Reason.UNSUPPORTED_LANGUAGE)
        if self.in_distress(text, verdict):
            return self.distress(lang)
        if verdict.action in ("hide", "hold") and verdict.verdict in ("toxic", "spam"):
            return self._objectionable(verdict, lang)
        intent = intents.detect_intent(text)
        if intent == intents.GREETING:
            return Decision(Kind.ANSWER, t("greeting", lang), lang, Intent.GREETING, confidence=1.0)
        if intent == intents.THANKS:
            return Decision(Kind.ANSWER, t("thanks", lang), lang, Intent.THANKS, confidence=1.0)
        if intent == intents.HUMAN:
            return self._escalation(t("human_requested", lang, eta=self.eta_text(lang)), lang, Intent.HUMAN,
                                    Reason.HUMAN_REQUESTED)
        if intent == intents.ORGANIZATIONAL and self.organizational:
            calendar_text = self.organizational.answer(text, lang)
            if calendar_text:
                return Decision(Kind.ANSWER, calendar_text, lang, Intent.ORGANIZATIONAL, confidence=1.0)
        if intent == intents.SOCIO and self.support:
            support_text = self.support.respond(text, lang, message.user)
            if support_text:
                return Decision(Kind.ANSWER, support_text, lang, Intent.SOCIO, confidence=1.0)
        return self.retrieve(text, lang, Intent.QUESTION)

    def in_distress(self, text: str, verdict: Verdict) -> bool:
        """Moderation or the support role hears distress in the message."""
        return verdict.verdict == "distress" or bool(self.support and self.support.state(text) == "distress")

    def distress(self, lang: str, private: bool = False) -> Decision:
        """The caring reply, with emergency numbers and an honest time, and an urgent ticket."""
        when = self.urgent_eta_text(lang)
        caring = (self.support.respond_distress(lang, when) if self.support
                  else t("distress", lang, availability=when).replace(" \n", "\n"))
        return self._escalation(caring, lang, Intent.SOCIO, Reason.DISTRESS, Priority.DISTRESS, private=private)

    def _objectionable(self, verdict: Verdict, lang: str) -> Decision:
        """A calm private-chat reply to abuse or advertising: nothing is "published" in a chat.

        Abuse the policy wants a person to look at ("hold") also goes to a tutor; the rest does not.
        """
        if verdict.verdict == "spam":
            return Decision(Kind.ANSWER, t("chat_spam", lang), lang, Intent.MODERATED, reason=Reason.SPAM)
        if verdict.action == "hold":
            body = f"{t('chat_abuse', lang)} {t('chat_abuse_ticket', lang, eta=self.eta_text(lang))}"
            return self._escalation(body, lang, Intent.MODERATED, Reason.ABUSIVE_MESSAGE)
        return Decision(Kind.ANSWER, t("chat_abuse", lang), lang, Intent.MODERATED, reason=Reason.TOXIC)

    def retrieve(self, text: str, lang: str, intent: Intent) -> Decision:
        """Answer from the guide, ask to clarify a short vague question, or hand it to a tutor."""
        answer = self.engine.answer(text[:MAX_QUESTION_CHARS], lang, self.max_words)
        vector = answer.query_vector
        if answer.answered:
            return Decision(Kind.ANSWER, answer.text, lang, intent, confidence=answer.confidence,
                            citations=answer.citations, buttons=answer_buttons(lang), query_vector=vector)
        best = answer.passages[0] if answer.passages else None
        if (best and len(text.split()) <= CLARIFY_MAX_WORDS
                and answer.confidence >= CLARIFY_BAND * self.engine.threshold):
            title = self.engine.index.titles.get((best.chunk.section_id, lang), best.chunk.title)
            return Decision(Kind.CLARIFY, t("clarify", lang, title=title), lang, intent,
                            confidence=answer.confidence, reason=Reason.CLARIFY, query_vector=vector)
        decision = self._escalation(t("low_confidence", lang, eta=self.eta_text(lang)), lang, intent,
                                    Reason(answer.reason) if answer.reason in set(Reason) else Reason.LOW_CONFIDENCE,
                                    found=found_passages(answer))
        return replace(decision, confidence=answer.confidence, query_vector=vector)

    def _escalation(self, body: str, lang: str, intent: Intent, reason: Reason,
                    priority: Priority = Priority.NORMAL, found: tuple[dict, ...] = (),
                    private: bool = False) -> Decision:
        return Decision(Kind.ESCALATE, body, lang, intent, reason=reason,
                        ticket=TicketAsk(reason, priority, private=private, found=found))
