"""The `rafiq` command as a user runs it: JSON shapes, exit codes, clear bilingual errors."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import embedder_spec

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # each test runs `rafiq` as a child process (seconds each)


@pytest.fixture
def cli_env(tmp_path, mini_corpus_dir, mini_engine):
    data = tmp_path / "var"
    shutil.copytree(mini_engine.index_dir, data / "index")
    env = {**os.environ, "RAFIQ_DATA_DIR": str(data), "RAFIQ_CORPUS_DIR": str(mini_corpus_dir),
           "RAFIQ_LOG_LEVEL": "WARNING", "RAFIQ_EMBEDDER": embedder_spec(mini_engine)}
    return env


def rafiq(env, *args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_ask_json_follows_the_public_shape(cli_env):
    out = rafiq(cli_env, "ask", "ما هو التقويم التكويني؟", "--json")
    assert out.returncode == 0, out.stderr
    body = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(body) == {"answer", "lang", "intent", "confidence", "citations", "escalate", "reason"}
    assert body["lang"] == "ar" and body["citations"][0]["id"] == "ass-formative"


@pytest.mark.parametrize("text", ["", "😀🎉", "\x01\x02\x03", "a" * 100_000])
def test_ask_with_bad_input_explains_without_a_traceback(cli_env, text):
    out = rafiq(cli_env, "ask", text, "--json")
    assert out.returncode == 0
    assert "Traceback" not in out.stderr
    body = json.loads(out.stdout.strip().splitlines()[-1])
    assert body["intent"] == "invalid" and body["answer"]


def test_chat_answers_then_quits(cli_env):
    out = rafiq(cli_env, "chat", stdin="Comment préparer une séance de formation ?\n/quit\n")
    assert out.returncode == 0
    assert "eng-session-preparation" in out.stdout


def test_corpus_check_fails_on_broken_front_matter(tmp_path, cli_env):
    guide = tmp_path / "c" / "guide"
    guide.mkdir(parents=True)
    (guide / "x.fr.md").write_text("---\nid: [unclosed\nlang: fr\n---\nTexte.\n", encoding="utf-8")
    out = rafiq(cli_env, "corpus", "check", str(tmp_path / "c"))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr + out.stdout


def test_corpus_check_passes_on_the_bundled_corpus(cli_env):
    out = rafiq(cli_env, "corpus", "check", str(ROOT / "corpus"), "--json")
    assert out.returncode == 0, out.stdout[-2000:]


def test_eval_reports_metrics_per_language(cli_env, mini_corpus_dir, tmp_path):
    questions = tmp_path / "q.jsonl"
    lines = [{"id": "a", "question": "ما هو التقويم التكويني؟", "lang": "ar", "expected": ["ass-formative"]},
             {"id": "b", "question": "Comment préparer une séance ?", "lang": "fr", "expected": ["eng-session-preparation"]},
             {"id": "c", "question": "Quel temps fera-t-il demain à Ifrane ?", "lang": "fr", "expected": []}]
    questions.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    out = rafiq(cli_env, "eval", "--corpus", str(mini_corpus_dir), "--questions", str(questions), "--json")
    assert out.returncode == 0, out.stderr
    body = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(body["per_lang"]) == {"ar", "fr"}
    for key in ("recall@1", "recall@3", "recall@5", "mrr", "answered_out_of_scope", "precision_answered", "n"):
        assert key in body["overall"]
    assert body["overall"]["recall@3"] == 1.0 and body["overall"]["n"] == 3


def test_eval_with_a_broken_question_file_says_which_line(cli_env, mini_corpus_dir, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": "a", "question": "x", "lang": "fr", "expected": []}\n{not json\n', encoding="utf-8")
    out = rafiq(cli_env, "eval", "--corpus", str(mini_corpus_dir), "--questions", str(questions))
    assert out.returncode == 2
    assert "q.jsonl:2" in out.stderr and "ملف الأسئلة" in out.stderr
