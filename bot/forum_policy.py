"""What the Tutor decides about a forum post (called by `Tutor.handle` for forum contexts).

    distress ──────────────► ESCALATE (urgent, private: the author is written to, not the thread)
    hold / hide ───────────► HOLD / HIDE (+ a review ticket when held, or when the forum takes no flags)
    a reply, an edit, stale ► IGNORE, or MASK when it holds personal data (also a question whose answer would be
                             the rule on personal data itself: its author is told privately, not in the thread)
    off topic, no answer ──► IGNORE (published as it is, left to people: no ticket, no draft); administration:
                             ESCALATE (a ticket: the guide does not treat it, a tutor may)
    a thread's question ───► ANSWER (sure, the forum can be posted to, auto-reply on)
                             SUGGEST (an answer tutors may publish: a "forum_suggestion" ticket; close to
                             several sections: the first one's, the others cited)
                             ESCALATE (nothing good enough: the Tutor's own escalation ticket)
                             IGNORE (greetings, thanks, a vague word: left to people)
    giving up the course ──► ESCALATE (private: the encouragement written to the author, a "discouraged" ticket)
    unanswered in time ────► ESCALATE (a "forum_unanswered" ticket: `chase_unanswered`, for the periodic check)
The forum adapter carries the Decision out (post, flag, notify) and renders it; it decides nothing: what the
author is told about a held, hidden or masked post comes written in `Decision.notice`.
"""
from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np

from bot.administration import administration_ticket
from bot.forum_answer import forum_text
from bot.roles.states import DISCOURAGED
from bot.understanding import Route
from bot.texts import t, text_lang
from bot.types import Context, Decision, Intent, Kind, Message, Reason, TicketAsk
from moderation.messages import explanation, moderator_note, section_title
from moderation.personal_data import without_masks
from moderation.verdict import Verdict

if TYPE_CHECKING:
    from bot.store.schema import ForumThread
    from bot.tutor import Tutor

# a thread that is only a greeting, thanks or a feeling is left to people (and the unanswered check)
PERSONAL_DATA_RULE = "charter-personal-data"
_LEFT_TO_PEOPLE = {Route.GREETING: Intent.GREETING, Route.THANKS: Intent.THANKS, Route.SUPPORT: Intent.SOCIO}


def decide_post(tutor: Tutor, message: Message, stored: str, detected: str, lang: str,
                verdict: Verdict) -> Decision:
    """The Decision for one forum post (moderated with `verdict`; `stored` is its masked text)."""
    masked = bool(verdict.spans) or verdict.action == "mask"
    if verdict.action == "escalate" or tutor.in_distress(stored, verdict):
        distress = tutor.distress(lang, private=True)
        if not verdict.spans:
            return distress
        return replace(distress, masked=True, notice=_mask_notice(message, distress.lang, verdict))
    if verdict.action in ("hold", "hide"):
        return _moderated(message, lang, verdict)
    if message.context == Context.FORUM_REPLY or not message.wants_answer:
        return Decision(Kind.MASK if masked else Kind.IGNORE, "", lang, Intent.QUESTION, masked=masked,
                        notice=_mask_notice(message, lang, verdict) if masked else "")
    decision = _question(tutor, message, stored, lang)
    # far from the course and no sure answer: no ticket (#16), nor a draft for tutors ("une recette de couscous ?"
    # got a suggestion on response times at 0.14, a newcomer); an administrative question keeps its ticket
    if verdict.verdict == "off_topic" and decision.kind in (Kind.ESCALATE, Kind.SUGGEST) \
            and decision.reason != Reason.NO_MATCH and not tutor.off_topic_tickets:
        return Decision(Kind.IGNORE, "", lang, Intent.QUESTION, reason=Reason.OFF_TOPIC)
    if masked and decision.kind in (Kind.ANSWER, Kind.SUGGEST) and PERSONAL_DATA_RULE in [
            c.id for c in decision.citations + decision.options]:
        # the number just masked drew the rule on personal data: told privately already, not quoted in the thread
        # ("هذا رقمي 0661234567" got a public reply quoting the charter at its author, a newcomer)
        return Decision(Kind.MASK, "", lang, Intent.QUESTION, masked=True, notice=_mask_notice(message, lang, verdict))
    return replace(decision, masked=masked, notice=_mask_notice(message, decision.lang, verdict) if masked else "")


def flag_text(verdict: Verdict | None, masked: bool = False) -> str:
    """What the forum's moderators read on a flag: why, in French and Arabic (`moderation.messages.moderator_note`)."""
    return moderator_note(verdict, masked)


def _moderated(message: Message, lang: str, verdict: Verdict) -> Decision:
    """A post against the charter: flagged by the adapter; a tutor reviews it when held or unflaggable."""
    kind = Kind.HOLD if verdict.action == "hold" else Kind.HIDE
    reviewed = kind == Kind.HOLD or not message.can_flag
    found = ({"kind": "moderation", "post_id": message.external_id, "url": message.url, **verdict.appeal()},)
    ticket = TicketAsk(Reason.FORUM_REVIEW, private=True, found=found) if reviewed else None
    reason = Reason(verdict.verdict) if verdict.verdict in set(Reason) else Reason.FORUM_REVIEW
    return Decision(kind, "", lang, Intent.MODERATED, reason=reason, ticket=ticket,
                    notice=moderation_notice(verdict, lang, message.can_flag, ticket is not None))


def moderation_notice(verdict: Verdict, lang: str, flagged: bool, reviewed: bool) -> str:
    """What Rafiq really did about a held or hidden post (flagged, handed to tutors, or both), why, the appeal."""
    lang = text_lang(lang)
    parts = explanation(verdict, lang)
    if flagged:
        review = t("notice_also_reviewed", lang) if reviewed else ""
        return t("notice_flagged", lang, review=review, **parts)
    return t("notice_reviewed", lang, **parts)


def _mask_notice(message: Message, lang: str, verdict: Verdict) -> str:
    """The author asked to mask their personal data, or told that moderators were asked to."""
    section = verdict.charter_section or "charter-personal-data"
    return t("mask_notice" if message.can_flag else "mask_self_notice", lang,
             title=section_title(section, lang), section=section)


def _question(tutor: Tutor, message: Message, stored: str, lang: str) -> Decision:
    """A thread's question: answered publicly, suggested to tutors, or escalated. It is read without the tokens that
    masked its personal data (a question on logging in with a phone number was read as one on personal data, or as
    off topic, and nobody answered it)."""
    stored = without_masks(stored)
    route, answer = tutor.understand(stored, lang)  # the same reading of a message as in a chat
    if route == Route.CALENDAR and tutor.organizational:
        calendar_text = tutor.organizational.answer(stored, lang)
        if calendar_text:
            return _publish_or_suggest(tutor, message, Decision(Kind.ANSWER, calendar_text, lang,
                                                                Intent.ORGANIZATIONAL, confidence=1.0))
    from bot.not_working import platform_broken_reply  # (reads the dialogue module, which reads the Tutor)
    from bot.tutor_roles import roles_asked

    if (broken := platform_broken_reply(tutor, stored, lang, route, answer)) is not None:
        return _publish_or_suggest(tutor, message, broken)  # "had lplateforme… kat9tl3": not the encouragement
    if route == Route.SUPPORT and tutor.support is not None:
        return _discouraged(tutor, message, stored, lang)
    if route in (Route.GUIDE, Route.UNSURE) and (roles := roles_asked(tutor, answer, stored, lang)) is not None:
        return _suggest_between(tutor, message, roles, stored, lang)  # "les rôles du tuteur": not one role in public
    if route in _LEFT_TO_PEOPLE:
        return Decision(Kind.IGNORE, "", lang, _LEFT_TO_PEOPLE[route])  # left to people (and the unanswered check)
    if route == Route.OFF_TOPIC and not tutor.off_topic_tickets:  # a football match: left to people, no ticket
        return administration_ticket(tutor, answer, stored, lang) or Decision(  # the ministry: a tutor's
            Kind.IGNORE, "", lang, Intent.QUESTION, reason=Reason.OFF_TOPIC)
    decision = tutor.retrieve(stored, lang, Intent.QUESTION, answer=answer)
    if decision.kind == Kind.CLARIFY:  # a forum thread is not a dialogue: the tutors choose
        return _suggest_between(tutor, message, decision, stored, lang)
    if decision.kind == Kind.ESCALATE:
        return decision
    return _publish_or_suggest(tutor, message, replace(decision, buttons=()))


def _discouraged(tutor: Tutor, message: Message, stored: str, lang: str) -> Decision:
    """A post about giving up the course ("je pense abandonner le MOOC"): the encouragement written privately to the
    author, saying a tutor was told, and a private ticket for the tutors (it got nothing at all: a newcomer)."""
    body = tutor.support.respond(stored, lang, message.user, default=DISCOURAGED,
                                 alerted=t("alerted_writes", lang, eta=tutor.eta_text(lang)))
    return Decision(Kind.ESCALATE, body or "", lang, Intent.SOCIO, reason=Reason.DISCOURAGED,
                    ticket=TicketAsk(Reason.DISCOURAGED, private=True))


def _suggest_between(tutor: Tutor, message: Message, clarify: Decision, stored: str, lang: str) -> Decision:
    """A question close to several sections (a clarifying question in a chat): the first option's answer as a
    draft for the tutors, never published by itself, the other options cited with it. It was ignored, and the post
    waited for the unanswered check (48 hours) with no ticket ("Je n'arrive pas à me connecter depuis hier", found
    by a newcomer)."""
    from bot.dialogue import section_decision  # the dialogue module reads the Tutor, which reads this one

    first = section_decision(tutor, clarify.options[0].id, stored, lang) if clarify.options else None
    if first is None:
        return replace(clarify, kind=Kind.IGNORE, body="")
    others = tuple(c for c in clarify.options[1:] if c.id not in {f.id for f in first.citations})
    draft = replace(first, buttons=(), citations=first.citations + others, confidence=min(
        float(first.confidence), float(clarify.confidence)))
    return _publish_or_suggest(tutor, message, draft, publish=False)


def _publish_or_suggest(tutor: Tutor, message: Message, answer: Decision, publish: bool = True) -> Decision:
    """Post a sure answer; otherwise (or when not to `publish`) give tutors a draft to publish (with the similar
    threads)."""
    bar = tutor.forum_min_confidence or tutor.engine.threshold
    if publish and tutor.forum_auto_reply and message.can_publish and float(answer.confidence) >= bar:
        return answer
    draft = {"kind": "suggestion", "text": compose_reply(forum_text(answer), answer.lang, list(message.related)),
             "answer": forum_text(answer).strip(), "confidence": round(float(answer.confidence), 4),
             "citations": [{"id": c.id, "title": c.title, "lang": c.lang} for c in answer.citations],
             "similar": [{"title": title, "url": url} for title, url in message.related], "url": message.url}
    return replace(answer, kind=Kind.SUGGEST, reason=Reason.FORUM_SUGGESTION,
                   ticket=TicketAsk(Reason.FORUM_SUGGESTION, found=(draft,)))


def compose_reply(answer: str, lang: str, similar: list[tuple[str, str]] | None = None) -> str:
    """A forum answer in Markdown: the answer with its sources, similar threads, then the signature."""
    parts = [answer.strip()]
    if similar:
        links = "\n".join(f"- [{_link_text(title)}]({url})" if url else f"- {_link_text(title)}"
                          for title, url in similar)
        parts.append(f"{t('similar_discussions', lang)}\n{links}")
    parts.append(f"{t('signature', lang)}\n_{t('footer', lang)}_")
    return "\n\n".join(parts)


def _link_text(title: str) -> str:
    """A thread's title as plain link text: no markup a forum could render (a title "<script>…" was posted as is
    under Rafiq's name), no brackets or line breaks that would break the Markdown link."""
    plain = html.escape(re.sub(r"<[^>]*>", " ", title), quote=False)
    return re.sub(r"\s+", " ", re.sub(r"[\[\]\n]", " ", plain)).strip()[:120] or "…"


def unanswered_window(now: datetime, hours: float, within_days: float) -> tuple[datetime, datetime]:
    """Which threads are chased: posted at least `hours` ago, and not more than `within_days` days ago (an
    older thread is left alone); the forum adapter gathers the open, visible threads posted in this window
    that nobody replied to and that have no ticket yet."""
    return now - timedelta(hours=hours), now - timedelta(days=within_days)


def chase_unanswered(tutor: Tutor, message: Message, thread: ForumThread) -> Decision:
    """A thread nobody answered in time (`message`: its question, from the forum adapter): tutors take it, on
    a FORUM_UNANSWERED ticket showing the thread; the ticket is opened (or joined) by the recorder."""
    found = {"kind": "thread", "title": thread.title, "url": thread.url, "posted_at": thread.posted_at.isoformat()}
    vector = tuple(float(x) for x in np.frombuffer(thread.vector, dtype=np.float32)) if thread.vector else None
    lang = thread.lang or "fr"
    decision = Decision(Kind.ESCALATE, "", lang, Intent.QUESTION, reason=Reason.FORUM_UNANSWERED,
                        ticket=TicketAsk(Reason.FORUM_UNANSWERED, found=(found,), question=message.text[:3500]),
                        query_vector=vector)
    return tutor.recorder.open_asked(message, decision)
