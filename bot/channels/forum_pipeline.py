"""What happens to one forum post: moderation, the thread index, the Tutor, then reply / suggestion / ticket.

    post ─► moderation ─┬─ hold/hide ─► flag + tell the author what was done (charter)
                        │                 [+ review ticket when held, or when the forum cannot be flagged]
                        ├─ escalate (distress) ─► urgent ticket + a private word to the author
                        └─ publish/mask ─► reply? mark thread answered
                                         question? index + similar threads ─► Tutor.handle
                                             sure answer ─► public reply (outbox)      [auto_reply]
                                             unsure answer ─► ticket "forum_suggestion" (text in `found`)
                                             no answer ─► the Tutor's escalation ticket (passages in `found`)
Everything outgoing goes through the outbox with a dedupe key, so reprocessing an event is harmless.
A post is moderated once: the caller stores the verdict of `moderate` (`verdict_to_json`) and passes it
back to `process` on every attempt, so a retry never counts as a re-post.
"""
from __future__ import annotations

import logging
from dataclasses import asdict, fields
from typing import Callable

from sqlalchemy import select

from bot.roles.support import distress_text
from bot.services import Services
from bot.channels.forum_adapters import target_payload
from bot.channels.forum_compose import compose_reply, moderation_notice
from bot.channels.forum_threads import SimilarThread, ThreadIndex
from bot.channels.forum_types import ForumConfig, ForumPost, ForumTarget
from bot.escalation import PRIORITY_DISTRESS, TicketRequest
from bot.guards import clean_text
from bot.roles.intents import ORGANIZATIONAL
from bot.schema import Ticket
from bot.texts import t
from bot.tutor import ModerationPort, Tutor
from bot.types import Message, Reply
from moderation import Moderator
from moderation.messages import section_title
from moderation.verdict import Verdict
from retrieval.language import detect_language, reply_language

log = logging.getLogger(__name__)
MAX_QUESTION_CHARS = 3500


def verdict_to_json(verdict: Verdict) -> dict:
    """A verdict as stored with its forum event (the masked text is left out: the stored post is masked)."""
    return {**asdict(verdict), "masked_text": ""}


def verdict_from_json(data: dict) -> Verdict:
    """The verdict stored by `verdict_to_json` (fields unknown to this version are ignored)."""
    known = {f.name for f in fields(Verdict)}
    return Verdict(**{**{k: v for k, v in data.items() if k in known},
                      "spans": tuple(tuple(span) for span in data.get("spans") or ()),
                      "cues": tuple(data.get("cues") or ())})


def post_text(post: ForumPost) -> str:
    """What is moderated and answered: the title and text of a thread's first post, the text of a reply."""
    text = clean_text(post.text)
    return f"{post.title}\n{text}".strip() if post.is_first else text


class ForumProcessor:
    """Handles one `ForumPost` end to end (sync and CPU-bound: run it in a worker thread).

    The moderator's sink records every decision. `tutor` should not moderate again (the post was
    moderated here, in forum context). `can_flag` says whether the post's forum takes flags. Example:
    ``outcome = ForumProcessor(services, threads, moderator, config).process(post, verdict)``
    → "replied", "suggested", "escalated", "held", "hidden", "reply_seen", "indexed_stale", ...
    """

    def __init__(self, services: Services, threads: ThreadIndex, moderator: ModerationPort,
                 config: ForumConfig, can_reply: Callable[[ForumPost], bool] = lambda post: True,
                 wake: Callable[[], None] = lambda: None, tutor: Tutor | None = None,
                 can_flag: Callable[[ForumPost], bool] | None = None) -> None:
        self.services = services
        self.threads = threads
        self.moderator = moderator
        self.tutor = tutor or services.tutor
        self.config = config
        self.can_reply = can_reply
        self.can_flag = can_flag or can_reply
        self.wake = wake

    def moderate(self, post: ForumPost) -> Verdict | None:
        """The post's verdict (None when there is nothing to moderate); store it: a post is moderated once."""
        full = "" if post.topic_only else post_text(post)
        if not full:
            return None
        author = None if post.edited else post.user_key  # an edit is not a re-post
        ref = {"ref": f"{post.forum}:{post.post_id}"} if isinstance(self.moderator, Moderator) else {}
        return self.moderator.check(full, author=author, context="forum", **ref)

    def process(self, post: ForumPost, verdict: Verdict | None = None) -> str:
        """Index and answer (or hand over) one post, moderated now unless its `verdict` is given; what was done."""
        if post.topic_only:
            self.threads.register_topic(post)
            return "registered"
        full = post_text(post)
        if not full:
            return "empty"
        if verdict is None:
            verdict = self.moderate(post)
        lang = reply_language(detect_language(full[:2000]).code)
        if verdict.action in ("hold", "hide"):
            return self._moderated(post, verdict, lang, full)
        if verdict.action == "escalate":
            return self._distress(post, verdict, lang)
        if verdict.action == "mask":
            self._masked(post, verdict, lang)
        masked = verdict.masked_text or full
        if not post.is_first:
            if not post.edited:
                self.threads.mark_replied(post)
            return "reply_seen"
        vector = self.threads.vector_for("", masked)
        similar = [] if post.edited or post.stale else self.threads.similar(
            post.forum, vector, self.config.similar_k, self.config.similar_threshold, exclude=post.thread_id)
        self.threads.upsert_question(post, masked, lang, vector)
        if post.edited:
            return "reindexed"
        if post.stale:
            return "indexed_stale"
        return self._answer(post, masked, vector, similar)

    # moderation --------------------------------------------------------------------------------
    def _target(self, post: ForumPost) -> dict:
        return target_payload(ForumTarget(forum=post.forum, thread_id=post.thread_id, post_id=post.post_id,
                                          post_number=post.post_number, author=post.author, title=post.title,
                                          callback_url=post.callback_url))

    def _enqueue(self, post: ForumPost, kind: str, text: str, payload: dict, suffix: str = "") -> None:
        if not self.can_reply(post):  # no way to write to this forum: tickets and the log carry it
            log.info("no poster for %s: %s on post %s not sent", post.forum, kind, post.post_id)
            return
        key = f"forum:{post.forum}:{kind}:{post.post_id}{suffix}"
        if self.services.outbox.enqueue(key, post.channel, post.thread_key, text,
                                        {"kind": kind, "target": self._target(post), **payload}) is not None:
            self.wake()

    def _masked(self, post: ForumPost, verdict: Verdict, lang: str) -> None:
        """Forums are not edited by Rafiq: moderators are asked to mask (or, with no flags, the author)."""
        section = verdict.charter_section or "charter-personal-data"
        flagged = self.can_flag(post)
        if flagged:
            note = t("flag_note", "fr", reason=f"{verdict.reason} ({section})")
            self._enqueue(post, "flag", note, {"verdict": verdict.verdict}, f":{verdict.verdict}")
        notice = t("mask_notice" if flagged else "mask_self_notice", lang,
                   title=section_title(section, lang), section=section)
        self._enqueue(post, "notify", notice, {"lang": lang}, ":mask")

    def _moderated(self, post: ForumPost, verdict: Verdict, lang: str, full: str) -> str:
        """Rafiq never hides a post: it flags it where it can and says just that; tutors review held or unflagged ones."""
        flagged = self.can_flag(post)
        reviewed = verdict.action == "hold" or not flagged
        if flagged:
            note = t("flag_note", "fr", reason=f"{verdict.reason} ({verdict.charter_section})")
            self._enqueue(post, "flag", note, {"verdict": verdict.verdict}, f":{verdict.verdict}")
        self._enqueue(post, "notify", moderation_notice(verdict, lang, flagged, reviewed), {"lang": lang},
                      f":{verdict.action}")
        if post.is_first:
            self.threads.upsert_question(post, verdict.masked_text or full, lang, None, visible=False)
        if not reviewed:
            return "hidden"
        self._ticket(post, verdict.masked_text or full, lang, "forum_review",
                     found=({"kind": "moderation", "post_id": post.post_id, "url": post.url, **verdict.appeal()},),
                     private=True)
        return "held" if verdict.action == "hold" else "hidden"

    def _distress(self, post: ForumPost, verdict: Verdict, lang: str) -> str:
        caring = distress_text(lang, self.tutor.urgent_eta_text(lang))
        self._enqueue(post, "notify", caring, {"lang": lang}, ":distress")
        ticket = self._ticket(post, verdict.masked_text or post.text, lang, "distress",
                              priority=PRIORITY_DISTRESS, private=True)
        if post.is_first:
            self.threads.upsert_question(post, verdict.masked_text or post.text, lang, None)
            self.threads.set_state(post.forum, post.thread_id, "escalated", ticket.id)
        return "escalated"

    def _ticket(self, post: ForumPost, question: str, lang: str, reason: str, found: tuple = (),
                priority: int = 2, private: bool = False, vector=None, interaction_id: int | None = None) -> Ticket:
        """Open a ticket followed by the thread (or, when `private`, by the post's author only)."""
        user = self.services.store.get_or_create_user(post.channel, post.user_key, post.author)
        recipient = f"{post.thread_key}#{post.post_id}#{post.author}"[:128] if private else post.thread_key
        ticket, _ = self.services.tickets.open(TicketRequest(
            channel=post.channel, recipient=recipient, question=question[:MAX_QUESTION_CHARS], lang=lang,
            reason=reason, priority=priority, user_id=user.id, thread=post.thread_key, found=found,
            interaction_id=interaction_id, vector=tuple(float(x) for x in vector) if vector is not None else None))
        return ticket

    # answering ---------------------------------------------------------------------------------
    def _answer(self, post: ForumPost, question: str, vector, similar: list[SimilarThread]) -> str:
        reply = self.tutor.handle(Message(
            channel=post.channel, user=post.user_key, text=question[:MAX_QUESTION_CHARS], thread=post.thread_key,
            display_name=post.author, external_id=post.post_id))
        links = [(s.title, s.url) for s in similar]
        if reply.escalate:
            if reply.ticket_id is not None:  # the ticket's `found` lists the passages the Tutor saw
                self.threads.set_state(post.forum, post.thread_id, "escalated", reply.ticket_id)
            return "escalated"
        if not (reply.citations or reply.intent == ORGANIZATIONAL):
            return "no_answer"  # a greeting, thanks, a request to clarify: left to people (and to the unanswered check)
        text = compose_reply(reply.text, reply.lang, links)
        if self._sure(reply) and self.can_reply(post):
            self._enqueue(post, "reply", text, {"lang": reply.lang})
            self.threads.set_state(post.forum, post.thread_id, "bot_answered")
            return "replied"
        suggestion = {"kind": "suggestion", "text": text, "confidence": round(float(reply.confidence), 4),
                      "citations": [{"id": c.id, "title": c.title, "lang": c.lang} for c in reply.citations],
                      "similar": [{"title": t, "url": u} for t, u in links], "url": post.url}
        ticket = self._ticket(post, question, reply.lang, "forum_suggestion", found=(suggestion,), vector=vector,
                              interaction_id=reply.interaction_id)
        if ticket.reason != "forum_suggestion":  # joined an open ticket asking the same: keep the draft there
            self._append_found(ticket.id, suggestion)
        self.threads.set_state(post.forum, post.thread_id, "suggested", ticket.id)
        return "suggested"

    def _sure(self, reply: Reply) -> bool:
        bar = self.config.min_confidence or self.services.engine.threshold
        return self.config.auto_reply and float(reply.confidence) >= bar

    def _append_found(self, ticket_id: int, item: dict) -> None:
        with self.services.store.session() as s:
            ticket = s.scalar(select(Ticket).where(Ticket.id == ticket_id))
            if ticket is not None:
                ticket.found = list(ticket.found or []) + [item]
