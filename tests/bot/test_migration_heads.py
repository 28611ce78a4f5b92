"""`Store.migrate` skips Alembic when the database is at the head already (#15: every `rafiq ask` imported
Alembic and walked its scripts); the head is read from the migration files as Alembic reads it."""
from __future__ import annotations

import ast
import threading

from alembic.config import Config
from alembic.script import ScriptDirectory

from bot.store import Store
from bot.store.store import MIGRATIONS, migration_heads


def alembic_heads() -> set[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return set(ScriptDirectory.from_config(config).get_heads())


def test_the_heads_are_alembics():
    assert migration_heads() == alembic_heads() and len(migration_heads()) == 1


def test_a_merge_and_a_branch_are_read_too(tmp_path):
    files = {"a": "revision = 'a'\ndown_revision = None\n", "b": "revision: str = 'b'\ndown_revision = 'a'\n",
             "c": "revision = 'c'\ndown_revision = 'a'\n", "d": "revision = 'd'\ndown_revision = ('b', 'c')\n",
             "e": "revision = 'e'\ndown_revision = 'd'\n", "f": "revision = 'f'\ndown_revision = 'd'\n"}
    for name, body in files.items():
        (tmp_path / f"{name}.py").write_text(body, encoding="utf-8")
    assert migration_heads(tmp_path) == {"e", "f"}
    (tmp_path / "g.py").write_text("revision = make_id()\ndown_revision = 'f'\n", encoding="utf-8")
    assert migration_heads(tmp_path) == set()  # not a literal: Alembic decides


def test_a_new_database_is_migrated_and_then_known_to_be_at_the_head(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'rafiq.db'}")
    assert store.revisions() == set()
    store.migrate()
    assert store.revisions() == alembic_heads()
    store.migrate()  # nothing to do: returns at once
    assert store.revisions() == alembic_heads()


def test_threads_reading_the_heads_at_once_never_parse_together(monkeypatch):
    """Four stores migrating in one process (CI: `test_workers_starting_together_migrate_once_without_clashing`)
    raised 'SystemError: AST constructor recursion depth mismatch' on CPython 3.11.7: parsing is one at a time."""
    meeting, real_parse, overlaps = threading.Barrier(2), ast.parse, []

    def parse(source, *args, **kwargs):
        try:
            meeting.wait(timeout=1.0)  # a second thread inside parse at the same time passes this barrier
            overlaps.append(True)
        except threading.BrokenBarrierError:
            pass
        return real_parse(source, *args, **kwargs)

    monkeypatch.setattr(ast, "parse", parse)
    threads = [threading.Thread(target=migration_heads) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == []
