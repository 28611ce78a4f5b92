"""Peers of the same cohort, from the store's history, anonymised: how many others expressed the same
state lately, and questions close to a message that others asked (no name, no contact, no number)."""
from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

from sqlalchemy import select

from bot.roles.states import detect_state
from bot.store.schema import Interaction, User
from bot.store import Store
from retrieval.normalize import tokenize

log = logging.getLogger(__name__)

SOCIO_INTENT = "socio_cognitive"
QUESTION_INTENTS = ("question", "organizational")
_SCRUB = [
    (re.compile(r"\S+@\S+"), "…"),
    (re.compile(r"(?:https?://|www\.)\S+"), "…"),
    (re.compile(r"@\w+"), "…"),
    (re.compile(r"\+?\d[\d .-]{5,}\d"), "…"),
]
MAX_QUESTION_CHARS = 140


def anonymise(text: str) -> str:
    """The text without e-mails, links, handles or long numbers, cut to one short line."""
    for pattern, repl in _SCRUB:
        text = pattern.sub(repl, text)
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUESTION_CHARS else text[:MAX_QUESTION_CHARS - 1].rstrip() + "…"


class PeerFinder:
    """Looks up a trainer's cohort peers in the store.

    Example::

        peers = PeerFinder(store)
        peers.same_state_count("42", "discouraged", now)     # 3 others said something similar
        peers.similar_questions("42", "fiche d'animation", "fr", now)
    """

    def __init__(self, store: Store, window_days: int = 14, scan_limit: int = 500) -> None:
        self.store = store
        self.window = timedelta(days=window_days)
        self.scan_limit = scan_limit

    def _user(self, external_id: str) -> User | None:
        with self.store.session() as s:
            return s.scalar(select(User).where(User.external_id == str(external_id))
                            .order_by(User.last_seen_at.desc()).limit(1))

    def _peer_rows(self, external_id: str, intents: tuple[str, ...], since: datetime) -> list[Interaction]:
        me = self._user(external_id)
        cohort = me.cohort if me else None
        with self.store.session() as s:
            query = (select(Interaction).join(User, User.id == Interaction.user_id)
                     .where(Interaction.intent.in_(intents), Interaction.created_at >= since,
                            User.cohort.is_(None) if cohort is None else User.cohort == cohort)
                     .order_by(Interaction.id.desc()).limit(self.scan_limit))
            if me is not None:
                query = query.where(Interaction.user_id != me.id)
            return list(s.scalars(query))

    def same_state_count(self, external_id: str, state: str, now: datetime) -> int:
        """How many other trainers of the cohort expressed `state` within the window."""
        rows = self._peer_rows(external_id, (SOCIO_INTENT,), now - self.window)
        return len({r.user_id for r in rows if detect_state(r.text) == state})

    def similar_questions(self, external_id: str, text: str, lang: str, now: datetime,
                          limit: int = 2, days: int = 30) -> list[str]:
        """Up to `limit` anonymised questions of other cohort trainers sharing words with `text`."""
        mine = set(tokenize(text))
        if len(mine) < 2:
            return []
        scored: list[tuple[float, str]] = []
        for row in self._peer_rows(external_id, QUESTION_INTENTS, now - timedelta(days=days)):
            if row.reply_lang != lang:
                continue
            theirs = set(tokenize(row.text))
            shared = mine & theirs
            if len(shared) >= 2:
                scored.append((len(shared) / len(mine | theirs), anonymise(row.text)))
        seen: list[str] = []
        for _, question in sorted(scored, key=lambda x: -x[0]):
            if question.casefold() not in (q.casefold() for q in seen):
                seen.append(question)
            if len(seen) == limit:
                break
        return seen
