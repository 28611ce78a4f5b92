"""The `moderate` command: single text, JSON shape, JSONL batches with broken lines."""
from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from moderation import CLASSES
from moderation.cli import add_parser, main, run_batch


def test_add_parser_registers_moderate() -> None:
    parser = argparse.ArgumentParser(prog="rafiq")
    add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["moderate", "salam", "--json"])
    assert args.command == "moderate" and args.text == "salam" and args.json and callable(args.func)


def test_single_text_json(capsys: pytest.CaptureFixture) -> None:
    assert main(["moderate", "ya 7mar, skot", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"labels", "verdict", "action"} and set(out["labels"]) == set(CLASSES)
    assert (out["verdict"], out["action"]) == ("toxic", "hold")


def test_single_text_human_output_shows_masking_and_explanation(capsys: pytest.CaptureFixture) -> None:
    assert main(["moderate", "Bonjour, appelez-moi au 0612345678", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "action: mask" in out and "[téléphone masqué]" in out and "charter-personal-data" in out
    assert "0612345678" not in out.split("masked:")[1]


def test_batch_keeps_order_and_reports_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b'\xef\xbb\xbf{"id": 1, "text": "Bonjour, quand est la classe virtuelle ?"}\n'
        b'{"id": 2, "text": "bghit nmout"}\n'
        b"this is not json\n"
        b"\n"
        b'{"id": 4}\n'
        b"\xff\xfe\x00broken\n"
        b"[1, 2]\n"
        b'{"id": "six", "text": "Rapports prets pour tous les modules, contactez-moi sur WhatsApp"}\r\n'
        b'{"id": 7, "text": ""}'
    )
    assert main(["moderate", "--jsonl", str(path)]) == 1
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line.get("id") for line in lines] == [1, 2, None, 4, None, None, "six", 7]
    assert [line.get("action") for line in lines] == ["publish", "escalate", None, None, None, None, "hide", "publish"]
    errors = [line for line in lines if "error" in line]
    assert [e["line"] for e in errors] == [3, 5, 6, 7]
    assert "JSON" in errors[0]["error"] and "text" in errors[1]["error"] and "UTF-8" in errors[2]["error"]
    assert set(lines[0]) == {"id", "labels", "verdict", "action"}
    assert "4 bad line(s)" in captured.err


def test_batch_from_a_stream(moderator) -> None:
    source = io.BytesIO('{"id": "a", "text": "شكرا على الشرح"}\n{"id": "b", "text": "ما بقيتش باغي نعيش"}\n'.encode())
    out = io.StringIO()
    assert run_batch(moderator, source, out) == (2, 0)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["id"], r["action"]) for r in rows] == [("a", "publish"), ("b", "escalate")]


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["moderate"]) == 2
    assert main(["moderate", "text", "--jsonl", "x.jsonl"]) == 2
    assert main(["moderate", "--jsonl", str(tmp_path / "missing.jsonl")]) == 2
    bad = tmp_path / "policy.json"
    bad.write_text('{"toxic": {"action": "explode"}}', encoding="utf-8")
    assert main(["moderate", "salam", "--policy", str(bad)]) == 2
    assert "bad policy" in capsys.readouterr().err


def test_policy_file_changes_the_action(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text('{"toxic": {"threshold": 0.5, "action": "hide"}}', encoding="utf-8")
    assert main(["moderate", "skot a l7mar", "--json", "--policy", str(policy)]) == 0
    assert json.loads(capsys.readouterr().out)["action"] == "hide"
