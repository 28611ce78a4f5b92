"""`rafiq serve` on a fresh data folder, as a child process writing to a log file: it answers with a citation
from the index shipped for the bundled guide, shows the first build's progress in the log, logs one quiet
line per step (JSON lines with RAFIQ_LOG_FORMAT=json), and serves while a guide is still being embedded."""
from __future__ import annotations

import json
import re
import time

import httpx
import pytest

from corpus.markdown import load_corpus
from retrieval.chunking import chunk_sections
from tests.conftest import ROOT
from tests.reliability.serve import RafiqServer

pytestmark = pytest.mark.slow  # child processes
CHUNKS = len(chunk_sections(load_corpus(ROOT / "corpus")))  # the bundled guide's passages and question keys
NOISE = ("alembic", "faiss.loader", "swigfaiss", "bm25s", "DEBUG", "Traceback", "Building index")


@pytest.fixture
def servers():
    started: list[RafiqServer] = []
    yield started
    for server in started:
        server.stop()


def start(servers, tmp_path, **env) -> RafiqServer:
    server = RafiqServer({"RAFIQ_DATA_DIR": str(tmp_path / "data"), **env}, tmp_path)
    servers.append(server)
    server.start()
    server.wait_ready(timeout=300)
    return server


def wait_ready_index(server: RafiqServer, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        index = httpx.get(server.url + "/health", timeout=5).json()["index"]
        if index and index["state"] == "ready":
            return index
        time.sleep(0.2)
    raise AssertionError(f"the index was never ready:\n{server.log_tail()}")


def test_a_fresh_start_answers_with_a_citation_from_the_shipped_index(servers, tmp_path):
    server = start(servers, tmp_path)
    body = httpx.post(server.url + "/api/ask", json={"text": "Comment préparer une séance de formation ?"},
                      timeout=60).json()
    assert body["citations"] and body["citations"][0]["id"] == "eng-session-preparation"
    index = httpx.get(server.url + "/health").json()["index"]
    assert index["state"] == "ready" and index["done"] == index["total"] == index["chunks"] == CHUNKS
    log = server.log_tail(20_000)
    assert f"({CHUNKS} vectors from the bundled index)" in log, log
    assert not [word for word in NOISE if word in log], log
    steps = [line.split(": ", 1)[1].split(":")[0] for line in log.splitlines() if " INFO " in line]
    assert len(steps) == len(set(steps)), f"one line per start-up step:\n{log}"
    assert "Rafiq is running on" in log.splitlines()[-1]


def test_the_first_build_shows_its_progress_in_the_log_file(servers, tmp_path):
    server = start(servers, tmp_path, RAFIQ_EMBEDDER="fake")  # no shipped vectors for it: all embedded
    index = wait_ready_index(server)
    assert index["done"] == index["total"] == CHUNKS
    server.stop()
    lines = server.log_path.read_text().splitlines()
    progress = [line for line in lines if "rafiq.progress" in line]
    assert any(f"{CHUNKS} chunks to do" in line for line in progress), lines
    steps = [line for line in progress if re.search(rf"index: \d+% \(\d+/{CHUNKS} chunks\), [\d.]+ chunks/s, .* left", line)]
    assert len(steps) == 9, progress
    assert f"index: done, {CHUNKS} chunks in" in progress[-1]
    # the fake embedder is fast: the background build may have begun, or ended, when the line is written
    assert any(re.search(rf"serving now; \d+ of {CHUNKS} chunks to embed in the background|index: built in .* {CHUNKS} chunks",
                         line) for line in lines), lines


def test_json_log_format_gives_one_json_object_a_line(servers, tmp_path):
    server = start(servers, tmp_path, RAFIQ_LOG_FORMAT="json")
    server.stop()
    lines = [line for line in server.log_path.read_text().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]
    assert {"time", "level", "logger", "message"} <= set(entries[0])
    assert any(e["message"].startswith("Rafiq is running on") for e in entries)
    assert any(e["logger"] == "bot.services" and e["message"].startswith("database:") for e in entries)
