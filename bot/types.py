"""Neutral records that travel through the Tutor: an incoming `Message` and the `Decision` about it.

    channel adapter ──Message(context=chat|web|forum post)──► Tutor.handle ──Decision──► adapter
                                                                  │
                                                      recorder: history, the ticket it asks for

The vocabulary (kinds, reasons, intents, contexts, ticket states, priorities) is a set of `StrEnum`s, so a typo is an
error and not a silently different string; they compare equal to their values, which the store keeps.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum

from bot.texts import t
from moderation.verdict import Verdict
from retrieval.types import Citation


class Context(StrEnum):
    """Where a message was written: it changes what may be said (nothing is "published" in a chat)."""

    CHAT = "chat"  # a private chat (Telegram, the CLI)
    WEB = "web"  # the web chat page
    FORUM_QUESTION = "forum_question"  # the first post of a forum thread
    FORUM_REPLY = "forum_reply"  # a later post in a thread (moderated, not answered)

    @property
    def is_forum(self) -> bool:
        """True for forum posts."""
        return self in (Context.FORUM_QUESTION, Context.FORUM_REPLY)


class Kind(StrEnum):
    """What the channel must do with a Decision."""

    ANSWER = "answer"  # say `body` (with `citations`); on a forum: a public reply
    CLARIFY = "clarify"  # ask the trainer what they mean
    SUGGEST = "suggest"  # a draft for tutors to publish (forum answers not sure enough to post)
    ESCALATE = "escalate"  # a tutor takes it (`ticket`); `body` tells the trainer
    HOLD = "hold"  # a post kept for review (flag it, tell the author)
    HIDE = "hide"  # a post to hide (flag it, tell the author)
    MASK = "mask"  # a post with personal data to mask (ask the moderators, tell the author)
    IGNORE = "ignore"  # nothing to say (a forum reply that needs no answer, an edit, a stale post)


class Intent(StrEnum):
    """What the message asks for."""

    GREETING = "greeting"
    THANKS = "thanks"
    HUMAN = "human"
    ORGANIZATIONAL = "organizational"
    SOCIO = "socio_cognitive"
    QUESTION = "question"
    FOLLOW_UP = "follow_up"
    INVALID = "invalid"
    MODERATED = "moderated"
    TIFINAGH = "tifinagh"
    HANDED_OVER = "handed_over"  # "ask a tutor" pressed (or "oui" to the offer): an earlier message handed over


class Reason(StrEnum):
    """Why a Decision is what it is (tickets keep it; tutor cards and the console label it)."""

    NONE = ""
    LOW_CONFIDENCE = "low_confidence"
    NO_MATCH = "no_match"
    CLARIFY = "clarify"
    HUMAN_REQUESTED = "human_requested"
    NOT_HELPFUL = "not_helpful"
    DISTRESS = "distress"
    UNSUPPORTED_LANGUAGE = "unsupported_language"
    ABUSIVE_MESSAGE = "abusive_message"
    TOXIC = "toxic"
    SPAM = "spam"
    OFF_TOPIC = "off_topic"
    FORUM_REVIEW = "forum_review"
    FORUM_SUGGESTION = "forum_suggestion"
    FORUM_UNANSWERED = "forum_unanswered"
    DISCOURAGED = "discouraged"  # a forum post about giving up the course: the author is written to, a tutor told
    APPEAL = "appeal"  # the author contests a moderation decision ("je conteste", "أطعن"): a tutor reads it


class TicketState(StrEnum):
    """Where a ticket is in its life (bot/escalation.py draws it); the store keeps the value."""

    OPEN = "open"
    CLAIMED = "claimed"
    ANSWERED = "answered"
    CLOSED = "closed"
    REOPENED = "reopened"

    @property
    def is_open(self) -> bool:
        """True while a tutor still has to answer (open, claimed or reopened)."""
        return self in OPEN_TICKET_STATES


OPEN_TICKET_STATES = (TicketState.OPEN, TicketState.CLAIMED, TicketState.REOPENED)


class Priority(IntEnum):
    """Ticket priority: lower is more urgent."""

    DISTRESS = 0
    HIGH = 1
    NORMAL = 2


@dataclass(frozen=True)
class Message:
    """A message from a trainer on any channel.

    Example: ``Message(channel="telegram", user="42", thread="42", text="ما هو التقويم التكويني؟")``
    `verdict` is a moderation verdict already given to this very text (a forum post retried), so it is
    never moderated twice; `can_publish` is False where the channel cannot post a public answer.
    """

    channel: str
    user: str
    text: str
    thread: str = ""
    lang_hint: str | None = None  # the language the trainer chose: always answered in it
    lang_default: str | None = None  # an interface's language: used only when the message's cannot be told
    display_name: str = ""
    external_id: str = ""
    received_at: datetime | None = None
    context: Context = Context.CHAT
    verdict: Verdict | None = None
    can_publish: bool = True
    can_flag: bool = True  # the forum takes flags (Moodle does not: a moderated post then goes to tutors)
    wants_answer: bool = True  # False for an edited or stale forum post: moderate and index only
    edited: bool = False  # an edit of a post already seen (never counted as a re-post)
    url: str = ""  # the post's public link, for tutors
    related: tuple[tuple[str, str], ...] = ()  # similar earlier threads (title, url), for a forum answer


@dataclass(frozen=True)
class Button:
    """A button under a reply; `action` is what the channel sends back when it is pressed."""

    label: str
    action: str


@dataclass(frozen=True)
class TicketAsk:
    """The ticket a Decision asks for: who follows it and what tutors should see."""

    reason: Reason
    priority: Priority = Priority.NORMAL
    private: bool = False  # followed by the author only (a held post, distress on a forum), not the thread
    found: tuple[dict, ...] = ()
    question: str = ""  # what tutors read; empty = the message as stored (masked)
    matchable: bool = True  # False: worded alike by everyone ("je veux parler à un tuteur"), never joined by meaning


@dataclass(frozen=True)
class Decision:
    """What Rafiq does about one message, with what it relied on.

    `body` is what the trainer reads, without the citation line; `text` adds it. The recorder fills
    `ticket_id`, `ticket_created`, `interaction_id` and `user_id` once the decision is stored.
    """

    kind: Kind
    body: str
    lang: str
    intent: Intent | str
    confidence: float = 0.0
    citations: tuple[Citation, ...] = ()
    buttons: tuple[Button, ...] = ()
    reason: Reason | str = Reason.NONE
    options: tuple[Citation, ...] = ()  # the sections a clarifying question offers (answered by "1", "2"...)
    see_also: tuple[Citation, ...] = ()  # one or two related sections, named after the citation
    detected: str = ""
    verdict: Verdict | None = None
    ticket: TicketAsk | None = None
    masked: bool = False  # the message held personal data (masked in storage; a forum post is flagged)
    notice: str = ""  # what a forum post's author is told about its moderation (held, hidden, masked)
    ticket_id: int | None = None
    ticket_created: bool = False
    interaction_id: int | None = None
    user_id: int | None = None  # the sender's row, set by the recorder (so a channel need not look it up)
    query_vector: tuple[float, ...] | None = field(default=None, compare=False, repr=False)
    other_lang_chosen: bool = False  # cited in the other language on purpose ("w b darija?"), not for want of one
    lang_kept: bool = False  # the trainer chose `lang` for what follows ("b lfrancais 3afak" first, "dorénavant…")

    @property
    def escalate(self) -> bool:
        """True when a tutor takes the message (also a "oui" to the tutor offered, whose ticket the hand-over opened:
        it said `"escalate": false`, and the page did not mark the message handed over)."""
        return self.ticket is not None or self.ticket_id is not None

    @property
    def text(self) -> str:
        """The body followed by its citation line (what a plain-text channel shows)."""
        return f"{self.body}\n\n{self.sources}" if self.citations else self.body

    @property
    def sources(self) -> str:
        """The citation line, and the related sections to see too ('' without citations)."""
        if not self.citations:
            return ""
        line = citation_line(self.citations, self.lang, self.only_other_lang)
        if _SHRUNK_STEP.search(self.body):  # "3. Connaître le public : …": how to read that step whole
            line = f"{t('steps_hint', self.lang)}\n{line}"
        elif self.body.rstrip().endswith("…"):  # a list cut: how to read the rest (a newcomer saw no way to)
            line = f"{t('rest_hint', self.lang)}\n{line}"
        if self.see_also:
            related = t("list_separator", self.lang).join(f"{c.title} [{c.id}]" for c in self.see_also)
            line += f"\n{t('see_also', self.lang)}{colon(self.lang)} {related}"
        return line

    @property
    def only_other_lang(self) -> bool:
        """True when the cited section exists only in the other language."""
        return bool(self.citations) and not self.other_lang_chosen and all(c.lang != self.lang for c in self.citations)

    def to_json(self) -> dict:
        """The public `ask` JSON shape."""
        return {
            "answer": self.text,
            "lang": self.lang,
            "intent": str(self.intent),
            "confidence": round(min(max(float(self.confidence), 0.0), 1.0), 4),  # a probability, as documented
            "citations": [{"id": c.id, "title": c.title, "lang": c.lang} for c in self.citations],
            "escalate": self.escalate,
            "reason": str(self.reason),
        }


# a numbered step the excerpt shrank to its label ("3. Connaître le public : …"): a newcomer took such lists for cut
_SHRUNK_STEP = re.compile(r"^\d+\.\s[^\n]*…\s*$", re.MULTILINE)


def citation_line(citations: tuple[Citation, ...], lang: str, other_lang: bool = False) -> str:
    """'📖 Source : Title [id] ; ...' in the reply language (Arabic separators for Arabic)."""
    cites = t("list_separator", lang).join(f"{c.title} [{c.id}]" for c in citations)
    note = f" {t('only_other_lang', lang)}" if other_lang else ""
    return f"📖 {t('source', lang)}{colon(lang)} {cites}{note}"


def colon(lang: str) -> str:
    """A colon as the language writes it: French puts a space before it ("Source :"), Arabic does not."""
    return " :" if lang == "fr" else ":"
