"""Learning from use: a question whose answer a trainer found helpful becomes a question key of the section.

    👍 on an answer ──► KeyProposals.propose_from (masked question, cited section, pending)
    console /console/keys ──► approve: the section with every approved key goes into the live index
                                       (`RetrievalEngine.add`, seconds; every worker: `bot.index_sync`)
                                       ── or reject: nothing changes
    warm-up ──► with_approved_keys(corpus sections, approved rows): a restart indexes the same keys

Approved keys live in the store, not in the corpus files: each row keeps the trainer's `user_id`, so
/forget removes their words (approved or not; the next warm-up indexes the section without them), and the
guide's Markdown stays the authors' text, under version control, untouched by what trainers type.
Example: ``KeyProposals(store).propose_from(interaction)``; ``approve(store, engine, corpus_dir, 3, "karim")``
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Iterable, Sequence

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.index_sync import IndexChanges, with_recorded_faq
from bot.masking import mask_text
from bot.store import Store
from bot.store.schema import Interaction, KeyProposal, utcnow
from corpus.markdown import load_corpus
from corpus.section import Section
from moderation.text import message_lang, normalize
from retrieval.engine import RetrievalEngine

log = logging.getLogger(__name__)

MIN_WORDS = 3  # "oui merci", "un exemple" say nothing a section could be found by
MAX_CHARS = 300  # a key is a question, not a message
_PUNCTUATION = re.compile(r"[^\w\s]+")


@dataclass(frozen=True)
class Proposal:
    """A key proposal as the console shows it."""

    id: int
    section_id: str
    lang: str
    question: str
    state: str
    created_at: datetime


def normalized(question: str) -> str:
    """The form two proposals are compared in: folded case, letters and digits, single spaces."""
    return " ".join(_PUNCTUATION.sub(" ", normalize(question)).split())[:400]


def _view(row: KeyProposal) -> Proposal:
    return Proposal(row.id, row.section_id, row.lang, row.question, row.state, row.created_at)


class KeyProposals:
    """Question-key proposals in the store (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def propose_from(self, interaction: Interaction) -> Proposal | None:
        """Propose the interaction's (masked) question as a key of the section it cited; None when it is
        not an answer to a question, has under MIN_WORDS words, or that key was already proposed."""
        if interaction.intent != "question" or not interaction.citations:
            return None  # follow-ups ("un exemple") and clarifications are no way of asking for a section
        lang = message_lang(interaction.detected_lang, interaction.text)
        question = " ".join(mask_text(interaction.text or "", lang).split())
        if len(normalized(question).split()) < MIN_WORDS or len(question) > MAX_CHARS:  # "?" is no word
            return None
        row = KeyProposal(user_id=interaction.user_id, section_id=str(interaction.citations[0]["id"])[:128],
                          lang=lang, question=question, normalized=normalized(question),
                          interaction_id=interaction.id)
        try:
            with self.store.session() as s:
                if s.scalar(select(KeyProposal.id).where(KeyProposal.section_id == row.section_id,
                                                         KeyProposal.normalized == row.normalized)):
                    return None
                s.add(row)
                s.flush()
                return _view(row)
        except IntegrityError:  # the same key proposed at the same moment by someone else
            return None

    def pending(self) -> list[Proposal]:
        """Proposals waiting for a tutor, oldest first."""
        with self.store.session() as s:
            rows = s.scalars(select(KeyProposal).where(KeyProposal.state == "pending").order_by(KeyProposal.id))
            return [_view(r) for r in rows]

    def approved(self, section_id: str | None = None) -> list[Proposal]:
        """Approved keys (of one section when given), oldest first."""
        query = select(KeyProposal).where(KeyProposal.state == "approved")
        if section_id is not None:
            query = query.where(KeyProposal.section_id == section_id)
        with self.store.session() as s:
            return [_view(r) for r in s.scalars(query.order_by(KeyProposal.id))]

    def decide(self, proposal_id: int, state: str, tutor: str) -> Proposal | None:
        """Mark a pending proposal approved or rejected; None when there was none pending with that id."""
        with self.store.session() as s:
            done = s.execute(update(KeyProposal).where(KeyProposal.id == proposal_id, KeyProposal.state == "pending")
                             .values(state=state, decided_by=tutor[:128], decided_at=utcnow())).rowcount
            return _view(s.get(KeyProposal, proposal_id)) if done else None


def with_approved_keys(sections: Sequence[Section], approved: Iterable[Proposal]) -> list[Section]:
    """The sections with each approved key added to its section's questions: in the key's language version
    when the section has one, else in every version it has; keys already there are not repeated."""
    keys: dict[tuple[str, str], list[str]] = {}
    langs: dict[str, set[str]] = {}
    for section in sections:
        langs.setdefault(section.id, set()).add(section.lang)
    for proposal in approved:
        have = langs.get(proposal.section_id, set())
        for lang in ([proposal.lang] if proposal.lang in have else sorted(have)):
            keys.setdefault((proposal.section_id, lang), []).append(proposal.question)
    out = []
    for section in sections:
        extra = [k for k in keys.get(section.key, []) if k not in section.questions]
        out.append(replace(section, questions=section.questions + tuple(dict.fromkeys(extra))) if extra else section)
    return out


def approve(store: Store, engine: RetrievalEngine, corpus_dir: Path, proposal_id: int, tutor: str) -> Proposal | None:
    """Approve a pending proposal and put its section, with every approved key, into the live index at once."""
    proposal = KeyProposals(store).decide(proposal_id, "approved", tutor)
    if proposal is None:
        return None
    changes = IndexChanges(store)  # the other workers add the section too (bot/index_sync.py)
    sections = [s for s in with_recorded_faq(load_corpus(corpus_dir), changes.faq_sections())
                if s.id == proposal.section_id]
    changed = [s for s in with_approved_keys(sections, KeyProposals(store).approved(proposal.section_id))
               if s not in sections]
    if changed:
        engine.add(changed)
        changes.record("key", changed)
    else:
        log.warning("approved key #%d: section %s is not in the corpus (or has the key already)",
                    proposal_id, proposal.section_id)
    log.info("question key #%d approved for %s by %s", proposal_id, proposal.section_id, tutor)
    return proposal


def record_feedback(store: Store, interaction: Interaction, value: str) -> None:
    """Helpful ("up") / not helpful ("down") on an answer; "helpful" proposes its question as a key of the
    section it cited (`KeyProposals.propose_from`), for a tutor to approve in the console."""
    store.set_feedback(interaction.id, value)
    if value == "up":
        KeyProposals(store).propose_from(interaction)
