"""Quiet by default: libraries say only warnings (their INFO/DEBUG lines, faiss's import attempts, alembic's
migrations, bm25s's DEBUG, only with RAFIQ_LOG_LEVEL=debug); one line per event, an error included;
RAFIQ_LOG_FORMAT=json gives one JSON object a line; a request error is logged once."""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from bot.logs import configure_logging
from tests.bot.logging_state import kept_logging

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def logs(capsys):
    """Configure logging as `rafiq` does; restore pytest's own handlers and levels afterwards."""
    with kept_logging():
        yield lambda: capsys.readouterr().err


def library_chatter() -> None:
    logging.getLogger("alembic.runtime.migration").info("Running upgrade 0001 -> 0002")
    logging.getLogger("faiss.loader").info("Could not load library with AVX512 support due to:\n"
                                           "ModuleNotFoundError(\"No module named 'faiss.swigfaiss_avx512'\")")
    bm25s = logging.getLogger("bm25s")
    bm25s.setLevel(logging.DEBUG)  # bm25s lowers its own logger's level
    bm25s.debug("Building index from tokens")


def test_library_info_and_debug_lines_are_dropped(logs):
    configure_logging("", "text", command_level="info")
    library_chatter()
    logging.getLogger("httpx").warning("a library warning still shows")
    logging.getLogger("bot.services").info("database: schema up to date")
    err = logs()
    assert "alembic" not in err and "faiss" not in err and "bm25s" not in err and "swigfaiss" not in err
    assert "a library warning still shows" in err and "database: schema up to date" in err


def test_debug_lets_the_libraries_speak(logs):
    configure_logging("debug", "text")
    library_chatter()
    err = logs()
    assert "Running upgrade" in err and "swigfaiss_avx512" in err and "Building index" in err


def test_other_commands_keep_rafiqs_info_lines_quiet_but_show_progress(logs):
    configure_logging("", "text")  # what `rafiq ask` gets
    logging.getLogger("bot.app").info("Telegram is off")
    logging.getLogger("rafiq.progress").info("index: 10% (1/10 chunks)")
    err = logs()
    assert "Telegram is off" not in err and "index: 10%" in err


def test_an_error_is_one_line_and_its_traceback_only_in_debug(logs):
    configure_logging("", "text", command_level="info")
    try:
        raise ValueError("bad value\nsecond line")
    except ValueError:
        logging.getLogger("bot.x").exception("POST /api/ask failed")
    err = logs().strip()
    assert err.count("\n") == 0 and err.endswith("POST /api/ask failed (ValueError: bad value)")
    configure_logging("debug", "text")
    try:
        raise ValueError("bad value")
    except ValueError:
        logging.getLogger("bot.x").exception("failed")
    assert "Traceback (most recent call last)" in logs()


def test_json_lines_carry_time_level_logger_message_and_the_error(logs):
    configure_logging("", "json", command_level="info")
    logging.getLogger("rafiq.progress").info("index: 10%", extra={"done": 118, "total": 1184})
    try:
        raise KeyError("x")
    except KeyError:
        logging.getLogger("bot.x").exception("failed")
    first, second = [json.loads(line) for line in logs().splitlines()]
    assert first["level"] == "info" and first["logger"] == "rafiq.progress" and first["message"] == "index: 10%"
    assert first["done"] == 118 and first["total"] == 1184 and "T" in first["time"]
    assert second["level"] == "error" and second["error"] == "KeyError: 'x'" and "Traceback" in second["traceback"]


def test_a_request_error_is_logged_once(logs, make_services):
    """Starlette re-raises after the app's handler: uvicorn's second report of the same error is dropped."""
    import uvicorn

    from bot.channels.web import create_app
    from bot.channels.web.app import get_tutor

    class Exploding:
        def handle(self, message):
            raise RuntimeError("the tutor exploded")

    app = create_app(make_services())
    app.dependency_overrides[get_tutor] = lambda: Exploding()
    configure_logging("", "json", command_level="info")
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", log_config=None,
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        thread.join(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    response = httpx.post(f"http://127.0.0.1:{port}/api/ask", json={"text": "bonjour"})
    server.should_exit = True
    thread.join(15)
    assert response.status_code == 500 and "fr" in response.json()["message"]
    entries = [json.loads(line) for line in logs().splitlines() if line.strip()]
    errors = [e for e in entries if e["level"] in ("error", "critical")]
    assert len(errors) == 1, entries
    assert errors[0]["error"] == "RuntimeError: the tutor exploded" and "/api/ask" in errors[0]["message"]


@pytest.mark.slow  # a child process with the real model
def test_rafiq_ask_prints_no_log_noise(tmp_path, mini_corpus_dir, real_mini_engine):
    data = tmp_path / "data"
    shutil.copytree(real_mini_engine.index_dir, data / "index")
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAFIQ_")}
    env.update(RAFIQ_DATA_DIR=str(data), RAFIQ_CORPUS_DIR=str(mini_corpus_dir))
    ask = [sys.executable, "-m", "bot.cli", "ask", "Comment préparer une séance de formation ?"]
    out = subprocess.run(ask, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    noise = [line for line in out.stderr.splitlines()  # a warning of Rafiq's own (a stale model) is no noise
             if " INFO " in line or " DEBUG " in line or not re.match(r"^\S+ \S+ WARNING (bot|retrieval|moderation)", line)]
    assert noise == [], out.stderr
    assert "eng-session-preparation" in out.stdout
    debug = subprocess.run(ask, cwd=ROOT, env={**env, "RAFIQ_LOG_LEVEL": "debug"}, capture_output=True, text=True,
                           timeout=300)
    assert "faiss" in debug.stderr and "DEBUG" in debug.stderr  # the gate, not the silence of the libraries
