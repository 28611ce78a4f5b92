"""Every test the docs name exists: docs/defects.md (issue 12's defects and the tests guarding them), the other
docs, README.md and the docstrings of the code name tests as `tests/<file>.py` or `tests/<file>.py::<function>`;
a renamed or removed test must not leave a reference behind (bot/privacy.py once named a test file that did
not exist)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = re.compile(r"(tests/[\w/]+\.py)(?:::(\w+))?")
DEFECTS = ROOT / "docs" / "defects.md"


def named_tests(text: str) -> set[tuple[str, str]]:
    """The (file, function or "") pairs named in `text`."""
    return {(m.group(1), m.group(2) or "") for m in REFERENCE.finditer(text)}


def sources() -> list[Path]:
    """The docs, the README and the code whose docstrings may name tests."""
    code = [p for folder in ("bot", "moderation", "retrieval", "corpus") for p in (ROOT / folder).rglob("*.py")]
    return [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md", *sorted(code)]


def missing(path: Path) -> list[str]:
    """The references in `path` to a test file or function that does not exist."""
    wrong = []
    for file, function in sorted(named_tests(path.read_text(encoding="utf-8"))):
        target = ROOT / file
        if not target.is_file():
            wrong.append(f"{file} (no such file)")
        elif function and not re.search(rf"^\s*(async\s+)?def {function}\(", target.read_text(encoding="utf-8"),
                                         re.MULTILINE):
            wrong.append(f"{file}::{function} (no such test)")
    return wrong


def test_every_test_named_in_the_docs_and_docstrings_exists():
    wrong = {str(path.relative_to(ROOT)): bad for path in sources() if (bad := missing(path))}
    assert wrong == {}


def test_the_defects_table_names_a_test_for_each_of_the_fifteen_defects_and_each_fault():
    text = DEFECTS.read_text(encoding="utf-8")
    rows = {int(m.group(1)): m.group(0) for m in re.finditer(r"^\| (\d+) \|.*$", text, re.MULTILINE)}
    assert sorted(rows) == list(range(1, 16))
    for number, row in rows.items():
        assert any(function for _, function in named_tests(row)), f"defect {number} names no test function"
    faults = {file for file, _ in named_tests(text) if file.startswith("tests/reliability/")}
    expected = {str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "reliability").glob("test_*.py")}
    assert expected <= faults, expected - faults


def test_a_reference_to_a_missing_test_is_caught(tmp_path):
    doc = tmp_path / "doc.md"
    doc.write_text("see tests/bot/test_forget.py and tests/bot/test_keys.py::test_nothing_like_this, "
                   "but tests/bot/test_keys.py::test_the_secret_is_made_once_private_and_overridable is fine")
    assert missing(doc) == ["tests/bot/test_forget.py (no such file)",
                            "tests/bot/test_keys.py::test_nothing_like_this (no such test)"]
