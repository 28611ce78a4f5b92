"""`rafiq ask` and `rafiq chat` with RAFIQ_SERVER_URL: the running server answers, nothing is loaded locally
(here the local corpus and data folder do not even exist), the public JSON shape is kept, a chat keeps
one conversation, and a server that cannot be reached is a clear bilingual failure (exit 2)."""
from __future__ import annotations

import io
import json

import pytest

from bot import cli
from bot.guards import MAX_CHARS
from tests.bot.logging_state import kept_logging
from tests.channels.console_helpers import ServerThread
from tests.reliability.serve import free_port

PUBLIC = {"answer", "lang", "intent", "confidence", "citations", "escalate", "reason"}


@pytest.fixture
def rafiq(monkeypatch, tmp_path, capsys):
    """Run `rafiq ARGS` in this process with RAFIQ_* from `env`; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("RAFIQ_CORPUS_DIR", str(tmp_path / "no-corpus-here"))
    monkeypatch.setenv("RAFIQ_DATA_DIR", str(tmp_path / "no-data-here"))

    def run(*args: str, stdin: str = ""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    with kept_logging():
        yield run


@pytest.fixture
def server(make_services):
    services = make_services()
    from bot.channels.web import create_app

    with ServerThread(create_app(services)) as running:
        yield running, services


def test_ask_goes_to_the_running_server(rafiq, server, monkeypatch):
    running, _ = server
    monkeypatch.setenv("RAFIQ_SERVER_URL", running.url)
    code, out, err = rafiq("ask", "Comment préparer une séance de formation ?", "--json")
    assert code == 0, err
    body = json.loads(out)
    assert set(body) == PUBLIC
    assert body["citations"][0]["id"] == "eng-session-preparation" and body["lang"] == "fr"
    code, out, _ = rafiq("ask", "Comment préparer une séance de formation ?")
    assert code == 0 and "[eng-session-preparation]" in out


def test_a_refusal_of_the_server_is_an_invalid_reply_in_both_languages(rafiq, server, monkeypatch):
    running, _ = server
    monkeypatch.setenv("RAFIQ_SERVER_URL", running.url)
    code, out, _ = rafiq("ask", "a" * (MAX_CHARS + 1), "--json")
    body = json.loads(out)
    assert code == 0 and body["intent"] == "invalid" and body["reason"] == "too_long"
    assert "Votre message est très long" in body["answer"] and any("\u0600" <= ch <= "\u06ff" for ch in body["answer"])


def test_chat_keeps_one_conversation_on_the_server(rafiq, server, monkeypatch):
    running, services = server
    monkeypatch.setenv("RAFIQ_SERVER_URL", running.url)
    code, out, _ = rafiq("chat", stdin="Comment préparer une séance de formation ?\nQu'est-ce que l'évaluation "
                                       "formative ?\n/quit\n")
    assert code == 0 and "eng-session-preparation" in out and "ass-formative" in out
    from sqlalchemy import text

    with services.store.engine.connect() as connection:
        users = {row[0] for row in connection.execute(text("SELECT user_id FROM interactions"))}
    assert len(users) == 1, users


def test_a_server_that_cannot_be_reached_is_named(rafiq, monkeypatch):
    monkeypatch.setenv("RAFIQ_SERVER_URL", f"http://127.0.0.1:{free_port()}")
    code, out, err = rafiq("ask", "bonjour")
    assert code == 2 and out == ""
    assert err.count("RAFIQ_SERVER_URL") == 2 and "ne répond pas" in err and "Traceback" not in err
