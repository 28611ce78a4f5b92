"""/forget: erase everything that names or quotes one person, by walking every table of the schema.

    the person ──► needles: their ids, pseudonyms, name, their words, the phone numbers and e-mails in them
    every table ─┬─ rows linked to them (user_id, addressed to their chat, their inbox updates,
                 │  their moderation records) ──► deleted
                 ├─ their tickets ──► kept for the other trainers waiting on them, anonymised
                 └─ any other text or JSON cell holding a needle ──► the needle replaced by ERASED
    tutors' group cards ──► edited to ERASED (through the outbox)
    SQLite ──► secure_delete is on for every connection; the WAL is checkpointed and truncated

The walk reads the schema (`Base.metadata`), not a hand-kept list, so a new table is covered the day
it is added; `tests/channels/test_telegram_forget.py::test_forget_erases_every_trace_in_every_table_and_file`
fills every table and fails if anything of the person remains.
Example: ``report = Forgetter(store, secret).forget("telegram", "7301234567")``
"""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import JSON, LargeBinary, String, Text, delete, or_, select, update

from bot.payloads import ChatMessage
from bot.keys import pseudonym
from bot.store.schema import Base, OutboxMessage, Ticket, TicketEvent, TicketFollower, User, utcnow
from bot.types import OPEN_TICKET_STATES, TicketState
from bot.store import Store
from moderation.personal_data import find_personal_data, mask

log = logging.getLogger(__name__)

ERASED = "[effacé à la demande de la personne / حُذف بطلب من صاحبه]"
MIN_QUOTE = 6  # shorter texts ("ok", "merci") are not searched for: they would erase other people's words
QUOTE_PREFIX = 60  # cards and previews quote the start of a question: its first characters are a needle too
PERSON_COLUMNS = {  # columns that, when equal to one of the person's ids, make the whole row theirs
    "telegram_inbox": ("sender",),
    "moderation_log": ("author",),
    "outbox": ("recipient",),
}


@dataclass
class ForgetReport:
    """What a forget did, table by table (rows deleted, cells redacted), and the cards edited."""

    deleted: dict[str, int] = field(default_factory=dict)
    redacted: dict[str, int] = field(default_factory=dict)
    cards_edited: int = 0
    found: bool = False


@dataclass(frozen=True)
class Person:
    """Everything that identifies one person in the store."""

    user_ids: tuple[int, ...]
    ids: tuple[str, ...]  # exact values: channel id, pseudonyms
    needles: tuple[str, ...]  # substrings to erase wherever they appear


def mask_personal(text: str, lang: str = "fr") -> str:
    """`text` with phone numbers, e-mails and other personal data masked (for paths that skip moderation)."""
    matches = find_personal_data(text)
    return mask(text, matches, lang=lang) if matches else text


class Forgetter:
    """Erases one person from the store; see the module docstring.

    Cards announcing their tickets in the tutors' Telegram group are edited to ERASED.
    """

    def __init__(self, store: Store, secret: bytes) -> None:
        self.store = store
        self.secret = secret

    def forget(self, channel: str, external_id: str, extra_texts: Iterable[str] = ()) -> ForgetReport:
        """Erase the person known on `channel` as `external_id` (and `extra_texts` they wrote)."""
        report = ForgetReport()
        person = self._person(channel, str(external_id), list(extra_texts))
        report.found = bool(person.user_ids)
        with self.store.session() as s:
            self._edit_cards(s, person, report)
            self._anonymise_tickets(s, person)
            for table in reversed(Base.metadata.sorted_tables):  # children before parents
                self._walk(s, table, person, report)
        self._flush_files()
        log.info("forgot one person: deleted %s, redacted %s, %d cards edited",
                 report.deleted, report.redacted, report.cards_edited)
        return report

    # who -------------------------------------------------------------------------------------
    def _person(self, channel: str, external_id: str, extra: list[str]) -> Person:
        with self.store.session() as s:
            users = list(s.scalars(select(User).where(User.channel == channel, User.external_id == external_id)))
            user_ids = tuple(u.id for u in users)
            quotes = list(extra)
            for table in Base.metadata.sorted_tables:
                if "user_id" in table.c and "text" in table.c and user_ids:
                    quotes += [v for v in s.scalars(select(table.c.text).where(table.c.user_id.in_(user_ids)))
                               if isinstance(v, str) and table.name != "outbox"]
            if user_ids:
                quotes += [v for v in s.scalars(select(Ticket.question).where(Ticket.user_id.in_(user_ids)))]
            inbox = Base.metadata.tables.get("telegram_inbox")
            if inbox is not None and channel == "telegram":
                for payload in s.scalars(select(inbox.c.payload).where(inbox.c.sender == external_id)):
                    quotes += list(_written(payload))
        names = [u.display_name for u in users if u.display_name and len(u.display_name.strip()) >= 3]
        ids = (external_id, pseudonym(self.secret, external_id))
        needles: list[str] = []
        for quote in quotes:
            quote = (quote or "").strip()
            needles += [quote[m.start:m.end] for m in find_personal_data(quote)]
            if len(quote) >= MIN_QUOTE:
                needles += [quote, quote[:QUOTE_PREFIX]]
        if len(external_id) >= 5:  # a short id ("42") would match unrelated numbers
            needles.append(external_id)
        needles += names + [ids[1]]
        ordered = sorted({n for n in needles if n and len(n) >= 3}, key=len, reverse=True)
        return Person(user_ids, ids, tuple(ordered))

    # tickets and cards -----------------------------------------------------------------------
    def _anonymise_tickets(self, s, person: Person) -> None:
        """Their tickets stay for others who wait on the same question, without a word of theirs."""
        if not person.user_ids:
            return
        for ticket in s.scalars(select(Ticket).where(Ticket.user_id.in_(person.user_ids))):
            others = s.scalar(select(TicketFollower.id).where(TicketFollower.ticket_id == ticket.id, or_(
                TicketFollower.user_id.is_(None), TicketFollower.user_id.not_in(person.user_ids))))
            ticket.question, ticket.thread, ticket.user_id = ERASED, "", None
            ticket.question_vector, ticket.found, ticket.interaction_id = None, [], None
            if ticket.answer and others is None:
                ticket.answer = ERASED
            if others is None and ticket.state in OPEN_TICKET_STATES:  # nobody waits: not left open to claim (a tester)
                ticket.state, ticket.updated_at = TicketState.CLOSED, utcnow()
                s.add(TicketEvent(ticket_id=ticket.id, kind="closed", note="forget"))

    def _edit_cards(self, s, person: Person, report: ForgetReport) -> None:
        """Queue an edit of every delivered tutors' group card about their tickets."""
        if not person.user_ids:
            return
        ticket_ids = set(s.scalars(select(Ticket.id).where(Ticket.user_id.in_(person.user_ids))))
        if not ticket_ids:
            return
        cards = s.scalars(select(OutboxMessage).where(OutboxMessage.channel == "telegram",
                                                      OutboxMessage.external_id.is_not(None)))
        for card in list(cards):
            payload = ChatMessage.from_json(card.payload)
            if payload.ticket_id not in ticket_ids or payload.is_edit:
                continue
            try:
                message_id = int(card.external_id)
            except (TypeError, ValueError):
                continue
            key = f"forget:card:{card.id}"
            s.add(OutboxMessage(dedupe_key=key, channel="telegram", recipient=card.recipient, text=ERASED,
                                payload=ChatMessage(key=key, runs=((ERASED, None),), lang="fr", op="edit",
                                                    message_id=message_id, kind="ticket_edit").to_json()))
            report.cards_edited += 1

    # the walk --------------------------------------------------------------------------------
    def _walk(self, s, table, person: Person, report: ForgetReport) -> None:
        deleted = 0
        if table.name == "users" and person.user_ids:
            deleted += s.execute(delete(table).where(table.c.id.in_(person.user_ids))).rowcount
        elif "user_id" in table.c and table.name != "tickets" and person.user_ids:
            deleted += s.execute(delete(table).where(table.c.user_id.in_(person.user_ids))).rowcount
        for column in PERSON_COLUMNS.get(table.name, ()):
            deleted += s.execute(delete(table).where(table.c[column].in_(person.ids))).rowcount
        if deleted:
            report.deleted[table.name] = report.deleted.get(table.name, 0) + deleted
        redacted = self._redact_cells(s, table, person)
        if redacted:
            report.redacted[table.name] = redacted

    def _redact_cells(self, s, table, person: Person) -> int:
        """Replace every needle in the table's text and JSON cells; returns how many cells changed."""
        columns = [c for c in table.c if isinstance(c.type, (String, Text, JSON)) and not c.primary_key
                   and not isinstance(c.type, LargeBinary)]
        if not columns or not person.needles:
            return 0
        keys = [c for c in table.primary_key.columns]
        changed = 0
        for row in s.execute(select(*keys, *columns)).mappings().all():
            values = {}
            for column in columns:
                value = row[column.name]
                cleaned = _scrub(value, person.needles)
                if cleaned is not _SAME:
                    values[column.name] = cleaned
            if values:
                where = [k == row[k.name] for k in keys]
                s.execute(update(table).where(*where).values(**values))
                changed += len(values)
        return changed

    def _flush_files(self) -> None:
        """SQLite: rewrite the WAL into the database and truncate it (deleted pages are zeroed)."""
        self.store.checkpoint()


_SAME = object()


def _scrub(value, needles: tuple[str, ...]):
    """`value` with every needle replaced by ERASED (strings, or strings inside JSON); _SAME if unchanged."""
    if isinstance(value, str):
        out = _replace(value, needles)
        return _SAME if out == value else out
    if isinstance(value, (dict, list)):
        flat = json.dumps(value, ensure_ascii=False)
        if not any(n in flat for n in needles):
            return _SAME
        return _deep_replace(value, needles)
    return _SAME


def _replace(value: str, needles: tuple[str, ...]) -> str:
    for needle in needles:
        if needle in value:
            value = value.replace(needle, ERASED)
    if ERASED in value and value.count(ERASED) > 1:
        value = re.sub(f"(?:{re.escape(ERASED)}\\s*)+", ERASED + " ", value).strip()
    return value


def _deep_replace(value, needles: tuple[str, ...]):
    if isinstance(value, str):
        return _replace(value, needles)
    if isinstance(value, list):
        return [_deep_replace(v, needles) for v in value]
    if isinstance(value, dict):
        return {k: _deep_replace(v, needles) for k, v in value.items()}
    return value


def _written(update) -> Iterable[str]:
    """What a person wrote in a Telegram update (texts and captions, at any depth)."""
    if isinstance(update, list):
        for item in update:
            yield from _written(item)
    elif isinstance(update, dict):
        for key, item in update.items():
            if key in ("text", "caption") and isinstance(item, str):
                yield item
            else:
                yield from _written(item)
