"""Peers of the same cohort, from the store's history, anonymised: how many others expressed the same
state lately, and the guide topics of questions close to a message that others asked. No other trainer's words
are ever shown: a peer's question may tell of an illness or a family matter (found by a newcomer: "mon mari est
malade…" was quoted to another trainer), so only the titles of the guide sections their answers cited are."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select

from bot.roles.states import detect_state
from bot.store.schema import Interaction, User
from bot.store import Store
from retrieval.normalize import tokenize

log = logging.getLogger(__name__)

SOCIO_INTENT = "socio_cognitive"
QUESTION_INTENTS = ("question", "organizational")


class PeerFinder:
    """Looks up a trainer's cohort peers in the store.

    Example::

        peers = PeerFinder(store)
        peers.same_state_count("42", "discouraged", now)     # 3 others said something similar
        peers.similar_topics("42", "fiche d'animation", "fr", now)  # ["Préparer une fiche d'animation"]
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
        if cohort is None:  # no cohort known (the web page's anonymous id): "5 trainers of your cohort" counted the
            return []       # other anonymous conversations (a newcomer saw 3, 4, 5 across their own test ids)
        with self.store.session() as s:
            query = (select(Interaction).join(User, User.id == Interaction.user_id)
                     .where(Interaction.intent.in_(intents), Interaction.created_at >= since, User.cohort == cohort)
                     .order_by(Interaction.id.desc()).limit(self.scan_limit))
            if me is not None:
                query = query.where(Interaction.user_id != me.id)
            return list(s.scalars(query))

    def same_state_count(self, external_id: str, state: str, now: datetime) -> int:
        """How many other trainers of the cohort expressed `state` within the window."""
        rows = self._peer_rows(external_id, (SOCIO_INTENT,), now - self.window)
        return len({r.user_id for r in rows if detect_state(r.text) == state})

    def similar_topics(self, external_id: str, text: str, lang: str, now: datetime,
                       limit: int = 2, days: int = 30) -> list[str]:
        """Up to `limit` titles of guide sections that answered questions of other cohort trainers sharing words
        with `text` (most similar first); never their words."""
        mine = set(tokenize(text))
        if len(mine) < 2:
            return []
        scored: list[tuple[float, str]] = []
        for row in self._peer_rows(external_id, QUESTION_INTENTS, now - timedelta(days=days)):
            if row.reply_lang != lang or not row.citations:
                continue
            theirs = set(tokenize(row.text))
            shared = mine & theirs
            if len(shared) >= 2:
                title = str((row.citations[0] or {}).get("title") or "").strip()
                if title:
                    scored.append((len(shared) / len(mine | theirs), title))
        seen: list[str] = []
        for _, title in sorted(scored, key=lambda x: -x[0]):
            if title not in seen:
                seen.append(title)
            if len(seen) == limit:
                break
        return seen
