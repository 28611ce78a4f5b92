"""The index version shared through the database: what one worker adds to its live index, every worker adds.

    worker A: FAQ entry published / question key approved ──► engine.add (A) ──► IndexChanges.record (a row)
    worker B: IndexSync, every 0.5 s ──► rows after the last one seen ──► engine.add of the sections it
              does not hold yet (embeds only those: no rebuild)
    worker A: FAQ entry withdrawn ──► engine.add(drop=…) ──► a "faq_withdrawn" row ──► worker B drops it too
    any worker at start-up: corpus files + the FAQ entries recorded here (less those withdrawn since) ──► with
              the approved keys ──► index

Rows are the sections themselves (each field), so a worker on another machine, with its own corpus copy,
answers from an entry published elsewhere; applying a row twice changes nothing (`RetrievalEngine.missing`).
Polling an indexed `id > last` costs one small query; with SQLite (one process) nothing is ever missing.
"""
from __future__ import annotations

import logging
from dataclasses import asdict, fields
from typing import Iterable, Sequence

from sqlalchemy import func, select

from bot.store import Store
from bot.store.cluster_schema import IndexChange
from bot.workers import PeriodicWorker
from corpus.section import Section
from retrieval.engine import RetrievalEngine

log = logging.getLogger(__name__)
SYNC_INTERVAL_S = 0.5
FAQ, FAQ_WITHDRAWN = "faq", "faq_withdrawn"  # kinds of change (question keys are "key")
_FIELDS = {f.name for f in fields(Section)} - {"extra"}


def section_to_json(section: Section) -> dict:
    """A section as an index change stores it."""
    return {k: v for k, v in asdict(section).items() if k in _FIELDS}


def section_from_json(data: dict) -> Section:
    """The section stored by `section_to_json` (lists back to tuples)."""
    known = {k: v for k, v in data.items() if k in _FIELDS}
    for name in ("path", "keywords", "questions"):
        known[name] = tuple(known.get(name) or ())
    return Section(**known)


class IndexChanges:
    """The log of sections put into the live index, in the store.

    Example: ``changes.record("faq", sections)``; ``changes.since(12)``; ``changes.faq_sections()``
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, kind: str, sections: Sequence[Section]) -> int:
        """Add one change (sections of one id); returns its number."""
        with self.store.session() as s:
            row = IndexChange(kind=kind, section_id=sections[0].id[:128] if sections else "",
                              sections=[section_to_json(x) for x in sections])
            s.add(row)
            s.flush()
            return row.id

    def last_id(self) -> int:
        """The number of the latest change (0 when none)."""
        with self.store.session() as s:
            return s.scalar(select(func.max(IndexChange.id))) or 0

    def since(self, after: int, limit: int = 100) -> list[tuple[int, str, list[Section]]]:
        """Changes after number `after`, oldest first: (number, kind, sections)."""
        with self.store.session() as s:
            rows = s.execute(select(IndexChange.id, IndexChange.kind, IndexChange.sections)
                             .where(IndexChange.id > after).order_by(IndexChange.id).limit(limit)).all()
        return [(row_id, kind, [section_from_json(x) for x in sections or []]) for row_id, kind, sections in rows]

    def faq_sections(self) -> list[Section]:
        """Every FAQ entry recorded, each language version as last published, less those withdrawn since."""
        latest: dict[tuple[str, str], Section] = {}
        for kind, sections in self._all((FAQ, FAQ_WITHDRAWN)):
            for section in sections:
                if kind == FAQ:
                    latest[section.key] = section
                else:
                    latest.pop(section.key, None)
        return list(latest.values())

    def _all(self, kinds: tuple[str, ...]) -> Iterable[tuple[str, list[Section]]]:
        with self.store.session() as s:
            rows = s.execute(select(IndexChange.kind, IndexChange.sections).where(IndexChange.kind.in_(kinds))
                             .order_by(IndexChange.id)).all()
        return [(kind, [section_from_json(x) for x in sections or []]) for kind, sections in rows]


def with_recorded_faq(sections: Sequence[Section], recorded: Sequence[Section]) -> list[Section]:
    """The corpus sections with the recorded FAQ versions in place of (or beside) the files' ones."""
    extra = {s.key: s for s in recorded}
    return [extra.pop(s.key, s) for s in sections] + list(extra.values())


class IndexSync:
    """Applies the changes other workers recorded to this worker's engine (a worker of the app's lifecycle).

    Example::

        sync = IndexSync(IndexChanges(store), engine)
        sync.after = changes.last_id()      # before reading the sections the index is built from
        await sync.start(); ...; await sync.stop()
    """

    name = "index-sync"

    def __init__(self, changes: IndexChanges, engine: RetrievalEngine, interval: float = SYNC_INTERVAL_S) -> None:
        self.changes = changes
        self.engine = engine
        self.after: int | None = None
        self.applied = 0
        self.worker = PeriodicWorker(self.name, interval, self.step)

    def step(self) -> int:
        """Apply every change not seen yet; returns how many sections were added (in a worker thread)."""
        if not self.engine.ready:
            return 0
        added = 0
        for row_id, kind, sections in self.changes.since(self.after or 0):  # never warmed by Services: all of them
            if kind == FAQ_WITHDRAWN:
                self.engine.add((), drop=frozenset(s.key for s in sections))
                log.info("index: %s withdrawn on another worker (change #%d)",
                         sections[0].id if sections else "?", row_id)
                self.after = row_id
                continue
            todo = self.engine.missing(sections)
            if todo:
                self.engine.add(todo)
                added += len(todo)
                log.info("index: %s (%s) added from another worker (change #%d)", todo[0].id,
                         ",".join(s.lang for s in todo), row_id)
            self.after = row_id
        self.applied += added
        return added

    async def start(self) -> None:
        """Poll every `interval` seconds."""
        await self.worker.start()

    async def stop(self) -> None:
        """Stop polling."""
        await self.worker.stop()
