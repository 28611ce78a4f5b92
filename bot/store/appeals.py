"""What an appeal of a moderation decision is about, read from the store: a forum author's held or hidden post (its
review ticket, else its event in the forum inbox) and a chat trainer's moderated message (its interaction and the
ticket it opened). The appeal itself is decided in `bot/appeals.py`."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from bot.clock import aware, utcnow
from bot.payloads import ForumRecipient
from bot.types import OPEN_TICKET_STATES
from bot.store.schema import ForumEvent, Interaction, Ticket, TicketFollower
from bot.store.store import Store

MODERATED_OUTCOMES = ("held", "hidden")
REVIEWS = ("forum_review", "appeal")  # the tickets in which tutors review a moderated post
SCANNED_EVENTS = 500  # the latest held or hidden forum events read for an appeal (newest first)


@dataclass(frozen=True)
class ModeratedPost:
    """A forum post moderation held or hidden, as an appeal names it."""

    post_id: str
    text: str = ""
    url: str = ""
    verdict: dict | None = None
    review_ticket: int | None = None


class AppealRecords:
    """Reads what appeals are about.

    Example: ``AppealRecords(store).moderated_post("etakwine", "t-2", "youness.a", reply_to="p-5")``
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def review_tickets(self, thread_key: str, author: str) -> dict[str, int]:
        """{held post id: its newest review ticket} for the posts of `author` in the thread ``<forum>/<thread>``."""
        with self.store.session() as s:
            rows = s.execute(select(Ticket.id, TicketFollower.recipient)
                             .join(TicketFollower, TicketFollower.ticket_id == Ticket.id)
                             .where(Ticket.reason == "forum_review", Ticket.thread == thread_key)
                             .order_by(Ticket.id)).all()
        found: dict[str, int] = {}
        for ticket_id, recipient in rows:
            who = ForumRecipient.parse(recipient)
            if who.private and who.author == author and who.thread_key == thread_key:
                found[who.post_id] = ticket_id
        return found

    def moderated_post(self, forum: str, thread_id: str, author: str, reply_to: str | None,
                       thread_key: str) -> ModeratedPost | None:
        """The post of `author` held or hidden in the thread that an appeal is about: the one it replies to, else
        their latest one there; None when they have none."""
        reviews = self.review_tickets(thread_key, author)
        with self.store.session() as s:
            events = s.scalars(select(ForumEvent).where(ForumEvent.outcome.in_(MODERATED_OUTCOMES))
                               .order_by(ForumEvent.id.desc()).limit(SCANNED_EVENTS)).all()
            posts = [ModeratedPost(str(p.get("post_id", "")), str(p.get("text", "")), str(p.get("url", "")),
                                   e.verdict, reviews.get(str(p.get("post_id", ""))))
                     for e in events if isinstance(p := e.payload or {}, dict) and p.get("forum") == forum
                     and str(p.get("thread_id")) == thread_id and p.get("author") == author]
        if not posts:  # the event's payload purged: the review ticket still says which post it was
            posts = [ModeratedPost(post_id, review_ticket=ticket) for post_id, ticket in
                     sorted(reviews.items(), key=lambda item: -item[1])]
        return next((p for p in posts if reply_to and p.post_id == reply_to), posts[0] if posts else None)

    def moderated_message(self, user_id: int, within: timedelta, now: datetime | None = None,
                          recent: int = 6) -> Interaction | None:
        """A chat trainer's latest message moderation answered as abuse or advertising, among their `recent`
        latest exchanges of the last `within`; None when there is none."""
        since = (now or utcnow()) - within
        with self.store.session() as s:
            rows = s.scalars(select(Interaction).where(Interaction.user_id == user_id)
                             .order_by(Interaction.id.desc()).limit(recent)).all()
        return next((row for row in rows if row.intent == "moderated" and aware(row.created_at) >= since), None)

    def ticket_of_interaction(self, interaction_id: int) -> Ticket | None:
        """The ticket a chat exchange opened (a message held for abuse), whatever its state."""
        with self.store.session() as s:
            return s.scalar(select(Ticket).where(Ticket.interaction_id == interaction_id)
                            .order_by(Ticket.id.desc()).limit(1))

    def appeal_ticket(self, user_id: int, about: str) -> Ticket | None:
        """The newest appeal ticket of `user_id` about `about` (a post id, an exchange's id)."""
        with self.store.session() as s:
            tickets = s.scalars(select(Ticket).where(Ticket.user_id == user_id, Ticket.reason == "appeal")
                                .order_by(Ticket.id.desc()).limit(20)).all()
        return next((t for t in tickets if any(isinstance(i, dict) and i.get("kind") == "appeal"
                                               and str(i.get("about", "")) == about for i in t.found or ())), None)

    def open_reviews(self, ref: str) -> list[int]:
        """The open tickets reviewing the post `ref` ("<channel>:<post id>", as the moderation log names it): its
        review ticket and any appeal ticket about it, oldest first."""
        channel, _, post_id = (ref or "").partition(":")
        if not channel or not post_id:
            return []
        with self.store.session() as s:
            rows = s.execute(select(Ticket.id, Ticket.found).where(
                Ticket.reason.in_(REVIEWS), Ticket.channel == channel, Ticket.state.in_(OPEN_TICKET_STATES))
                .order_by(Ticket.id)).all()
        return [ticket_id for ticket_id, found in rows if any(
            isinstance(i, dict) and i.get("kind") == "moderation" and str(i.get("post_id", "")) == post_id
            for i in found or ())]
