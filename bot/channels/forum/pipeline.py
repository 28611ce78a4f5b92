"""The forum adapter: one post ─► Message ─► Tutor.handle ─► the Decision carried out on the forum.

    post ─► similar threads (the thread index) ─► Message(context=forum question|reply) ─► Tutor
    Decision ─┬─ HOLD / HIDE ─► flag where the forum takes flags + tell the author what was done
              ├─ ESCALATE (distress, giving up) ─► a private word to the author (the ticket is the Tutor's)
              ├─ ANSWER ─► public reply (outbox) with the similar threads
              ├─ SUGGEST / ESCALATE ─► the thread marked, the ticket is the Tutor's
              └─ IGNORE / MASK ─► a reply marks its thread answered; personal data: moderators asked to mask
The Tutor decides (bot/forum_policy.py); this module only translates. Everything outgoing goes through
the outbox with a dedupe key, so reprocessing an event is harmless. A post is moderated once: the worker
stores the verdict of `moderate` (`bot.store.forum_inbox.verdict_to_json`) and hands it back on every attempt.
What the author is told about a held, hidden or masked post comes written in `Decision.notice`.
"""
from __future__ import annotations

import logging
from typing import Callable

from bot.appeals import ModerationAppeals, is_appeal
from bot.forum_answer import forum_text
from bot.services import Services
from bot.store.ticket_details import edit_question
from bot.channels.forum.adapters import target_payload
from bot.channels.forum.compose import compose_reply, flag_note
from bot.channels.forum.threads import ThreadIndex
from bot.channels.forum.types import ForumConfig, ForumPost, ForumTarget
from bot.guards import clean_text
from bot.payloads import ForumKind, ForumMessage
from bot.tutor import Tutor
from bot.types import Context, Decision, Kind, Message, Reason, Verdict

log = logging.getLogger(__name__)
# posts whose author gets a private word and which are never offered as a similar thread (nor masked ones: `offered`)
PRIVATE_WORDS = (Reason.DISTRESS, Reason.DISCOURAGED)


def offered(decision: Decision) -> bool:
    """Whether the thread may be linked as a similar thread (it keeps a vector): never a private word (distress,
    giving up), nor a post moderators were asked to mask (its personal data is still on the forum). A held or
    hidden post is indexed as not visible (`ForumProcessor._moderated`)."""
    verdict = decision.verdict
    return decision.reason not in PRIVATE_WORDS and not decision.masked and not (
        verdict is not None and (verdict.spans or verdict.action == "mask"))


def post_text(post: ForumPost) -> str:
    """What is moderated and answered: the title and text of a thread's first post, the text of a reply."""
    text = clean_text(post.text)
    return f"{post.title}\n{text}".strip() if post.is_first else text


class ForumProcessor:
    """Carries out the Tutor's Decision about one `ForumPost` (sync and CPU-bound: run it in a worker thread).

    `can_reply` / `can_flag` say whether the post's forum can be written to / takes flags. Example:
    ``outcome = ForumProcessor(services, threads, config).process(post, verdict)``
    → "replied", "suggested", "escalated", "held", "hidden", "reply_seen", "indexed_stale", ...
    """

    def __init__(self, services: Services, threads: ThreadIndex, config: ForumConfig,
                 can_reply: Callable[[ForumPost], bool] = lambda post: True,
                 wake: Callable[[], None] = lambda: None, tutor: Tutor | None = None,
                 can_flag: Callable[[ForumPost], bool] | None = None) -> None:
        self.services = services
        self.threads = threads
        self.tutor = tutor or services.tutor
        self.config = config
        self.can_reply = can_reply
        self.can_flag = can_flag or can_reply
        self.wake = wake
        self.appeals = ModerationAppeals.over(services.store, services.tickets,
                                              getattr(self.tutor.recorder, "open_ticket", None))

    def message(self, post: ForumPost, text: str, verdict: Verdict | None = None,
                related: tuple[tuple[str, str], ...] = ()) -> Message:
        """The post as the Tutor's neutral Message."""
        return Message(channel=post.channel, user=post.user_key, text=text, thread=post.thread_key,
                       display_name=post.author, external_id=post.post_id,
                       context=Context.FORUM_QUESTION if post.is_first else Context.FORUM_REPLY,
                       verdict=verdict, can_publish=self.can_reply(post), can_flag=self.can_flag(post),
                       wants_answer=not (post.edited or post.stale), edited=post.edited, url=post.url,
                       related=related)

    def moderate(self, post: ForumPost) -> Verdict | None:
        """The post's verdict (None when there is nothing to moderate); store it: a post is moderated once."""
        full = "" if post.topic_only else post_text(post)
        return self.tutor.moderate(self.message(post, full)) if full else None

    def process(self, post: ForumPost, verdict: Verdict | None = None) -> str:
        """Hand one post to the Tutor (moderated now unless its `verdict` is given); what was done."""
        if post.topic_only:
            self.threads.register_topic(post)
            return "registered"
        full = post_text(post)
        if not full:
            return "empty"
        text = verdict.masked_text if verdict is not None and verdict.masked_text else full
        vector, similar = None, []
        if post.is_first:
            vector = self.threads.vector_for("", text)
            if not (post.edited or post.stale):
                similar = self.threads.similar(post.forum, vector, self.config.similar_k,
                                               self.config.similar_threshold, exclude=post.thread_id)
        links = tuple((s.title, s.url) for s in similar)
        decision = self.tutor.handle(self.message(post, text, verdict, links))
        return self._carry_out(post, decision, decision.verdict.masked_text or text if decision.verdict else text,
                               vector, links)

    # carrying out ------------------------------------------------------------------------------
    def _carry_out(self, post: ForumPost, decision: Decision, text: str, vector, links) -> str:
        if decision.kind in (Kind.HOLD, Kind.HIDE):
            return self._moderated(post, decision, text)
        if decision.masked:
            self._masked(post, decision)
        if decision.reason in PRIVATE_WORDS and decision.body:  # distress, giving up: written to the author only
            self._enqueue(post, ForumKind.NOTIFY, decision.body, f":{decision.reason}", lang=decision.lang)
        if not post.is_first:
            if not post.edited:
                self.threads.mark_replied(post)
                if decision.kind in (Kind.IGNORE, Kind.MASK) and (appealed := self._appeal(post, text, decision)):
                    return appealed
            return "reply_seen"
        self.threads.upsert_question(post, text, decision.lang, vector if offered(decision) else None)
        if post.edited:
            thread = self.threads.get(post.forum, post.thread_id)
            if thread is not None and thread.ticket_id:  # the tutor answers, and quotes, the question as it is now
                edit_question(self.services.store, thread.ticket_id, text)
            return "reindexed"
        if post.stale:
            return "indexed_stale"
        if decision.kind == Kind.ANSWER:
            self._enqueue(post, ForumKind.REPLY, compose_reply(forum_text(decision), decision.lang, list(links)),
                          lang=decision.lang)
            self.threads.set_state(post.forum, post.thread_id, "bot_answered")
            return "replied"
        if decision.kind == Kind.SUGGEST:
            self.threads.set_state(post.forum, post.thread_id, "suggested", decision.ticket_id)
            return "suggested"
        if decision.kind == Kind.ESCALATE:
            self.threads.set_state(post.forum, post.thread_id, "escalated", decision.ticket_id)
            return "escalated"
        return "no_answer"  # a greeting, thanks, a vague word: left to people (and to the unanswered check)

    def _appeal(self, post: ForumPost, text: str, decision: Decision) -> str | None:
        """A reply contesting the decision on its author's held or hidden post ("je conteste", "أطعن"): the appeal
        reaches the tutors (`bot.appeals`) and the author is told so (it was taken as a mere reply: a tester)."""
        if not is_appeal(text):
            return None
        done = self.appeals.forum_post(post.channel, post.forum, post.thread_id, post.thread_key, post.post_id,
                                       post.author, post.reply_to, text, decision.lang, decision.user_id)
        if done is None:
            return None
        self._enqueue(post, ForumKind.NOTIFY, done.notice, ":appeal", lang=decision.lang)
        return "appealed"

    def _target(self, post: ForumPost) -> dict:
        return target_payload(ForumTarget(forum=post.forum, thread_id=post.thread_id, post_id=post.post_id,
                                          post_number=post.post_number, author=post.author, title=post.title,
                                          callback_url=post.callback_url))

    def _enqueue(self, post: ForumPost, kind: ForumKind, text: str, suffix: str = "", lang: str | None = None,
                 verdict: str = "") -> None:
        if not self.can_reply(post):  # no way to write to this forum: tickets and the log carry it
            log.info("no poster for %s: %s on post %s not sent", post.forum, kind, post.post_id)
            return
        key = f"forum:{post.forum}:{kind}:{post.post_id}{suffix}"
        message = ForumMessage(kind=kind, target=self._target(post), lang=lang, verdict=verdict)
        if self.services.outbox.enqueue(key, post.channel, post.thread_key, text, message.to_json()) is not None:
            self.wake()

    def _masked(self, post: ForumPost, decision: Decision) -> None:
        """Forums are not edited by Rafiq: moderators are asked to mask (or, with no flags, the author)."""
        verdict = decision.verdict
        if self.can_flag(post):
            self._enqueue(post, ForumKind.FLAG, flag_note(verdict, masked=True), ":personal_data", verdict="personal_data")
        self._enqueue(post, ForumKind.NOTIFY, decision.notice, ":mask", lang=decision.lang)

    def _moderated(self, post: ForumPost, decision: Decision, text: str) -> str:
        """Rafiq never hides a post: it flags it where it can and says just that; tutors review the rest."""
        verdict, lang = decision.verdict, decision.lang
        if self.can_flag(post):
            self._enqueue(post, ForumKind.FLAG, flag_note(verdict), f":{verdict.verdict}", verdict=verdict.verdict)
        self._enqueue(post, ForumKind.NOTIFY, decision.notice, f":{verdict.action}", lang=lang)
        if post.is_first:
            self._drop_draft(post)
            self.threads.upsert_question(post, text, lang, None, visible=False)
        if decision.kind == Kind.HOLD:
            return "held"
        return "hidden"

    def _drop_draft(self, post: ForumPost) -> None:
        """A question edited into a post against the charter: its answer draft for tutors is closed (a tutor
        answering it would reply under a held post: a newcomer found two tickets, one still with its draft)."""
        thread = self.threads.get(post.forum, post.thread_id) if post.edited else None
        if thread is not None and thread.ticket_id and thread.state == "suggested":
            self.services.tickets.close(thread.ticket_id, "rafiq")
