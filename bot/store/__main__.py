"""`python -m bot.store`: migrate the database of RAFIQ_DATABASE_URL once, before the workers start;
`python -m bot.store --check`: what a database holds (its migration, row counts), e.g. after a restore.

Prints one JSON object: ``{"database", "revision", "head", "tables": {name: rows}}``; exit code 1 when
the database is not at the head of the migrations (after `--check`) or cannot be reached.
"""
from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from bot.settings import Settings
from bot.startup import redact_url
from bot.store.schema import Base
from bot.store.store import Store, migration_heads

COUNTED = ("users", "interactions", "tickets", "outbox", "forum_events", "index_changes", "key_proposals")


def report(store: Store) -> dict:
    """The database's revision, the migrations' head and the rows of the main tables."""
    with store.session() as s:
        tables = {name: s.scalar(select(func.count()).select_from(Base.metadata.tables[name])) for name in COUNTED}
    return {"database": redact_url(store.url), "revision": sorted(store.revisions()),
            "head": sorted(migration_heads()), "tables": tables}


def main(argv: list[str] | None = None) -> int:
    """Migrate (default) or only check; print the report."""
    parser = argparse.ArgumentParser(prog="python -m bot.store", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not migrate; report and check the revision")
    args = parser.parse_args(argv)
    store = Store(Settings().database_url)
    try:
        if not args.check:
            store.migrate()
        result = report(store)
    except SQLAlchemyError as exc:
        print(json.dumps({"error": str(getattr(exc, "orig", exc)).splitlines()[0][:200]}))
        return 1
    finally:
        store.dispose()
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["revision"] == result["head"] else 1


if __name__ == "__main__":
    sys.exit(main())
