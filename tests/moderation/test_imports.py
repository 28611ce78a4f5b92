"""Moderation imports only downward (never retrieval or bot) and does no work at import time."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "moderation"
FORBIDDEN = ("bot", "retrieval")


def test_moderation_never_imports_bot_or_retrieval() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_import_loads_no_model_and_no_scikit_learn() -> None:
    code = ("import sys, moderation; m = moderation.Moderator(); "
            "print('sklearn' in sys.modules, 'joblib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent).stdout.split()
    assert out == ["False", "False"]
