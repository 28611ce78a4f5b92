"""The composition root (`bot.app`): what `rafiq serve` builds, and how listeners and wake-ups are handed over."""
from __future__ import annotations

from bot.app import add_forum, add_telegram, build
from bot.escalation import TicketRequest
from bot.store.outbox import Outbox, wake_on
from bot.settings import Settings


def test_serve_without_token_or_forum_runs_the_sla_worker_only(tmp_path, mini_corpus_dir):
    services = build(Settings(data_dir=tmp_path / "data", corpus_dir=mini_corpus_dir, embedder="fake"))
    assert services.lifecycle.names == ["sla", "index-sync"]
    assert services.telegram is None and services.channels == ["web"]
    assert services.forum is not None and not services.forum.config.configured  # routes answer 503
    assert services.ticket_listeners == [] and services.announcers.members == []


def test_serve_with_a_token_and_a_forum_wires_every_worker_in_order(tmp_path, mini_corpus_dir):
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=mini_corpus_dir, embedder="fake",
                        telegram_token="123456:TEST", tutor_chat_id="-100777", discourse_webhook_secret="s3cret")
    services = build(settings)
    telegram = services.telegram
    assert services.lifecycle.names == ["sla", "index-sync", "telegram", "scheduler", "forum"]
    assert services.channels == ["web", "telegram", "forum"]
    assert services.ticket_listeners == [telegram.announcer.opened]
    assert services.announcers.members == [telegram.announcer]
    assert services.tutor.recorder.listeners is services.ticket_listeners, "the recorder hears every listener"
    assert services.sla.announcer is services.announcers
    assert len(services.outbox.wakes) == 2  # Telegram's delivery worker and the forums'


def test_a_runtime_started_by_hand_is_wired_but_not_in_the_lifecycle(make_services):
    services = make_services(telegram_token="123456:TEST")
    runtime = add_telegram(services, start_with_app=False)
    assert services.telegram is runtime and services.lifecycle.names == ["sla", "index-sync"]
    assert services.ticket_listeners == [runtime.announcer.opened]


def test_an_unconfigured_forum_is_not_started(make_services):
    services = make_services()
    forum = add_forum(services)
    assert services.forum is forum and "forum" not in services.lifecycle.names
    assert services.channels == ["web"]


def test_a_new_ticket_reaches_every_listener_given_at_build_time(make_services):
    services = make_services()
    heard = []
    services.ticket_listeners.append(heard.append)
    ticket, created = services.tutor.recorder.open_ticket(TicketRequest(
        channel="telegram", recipient="42", question="Quand rendre le devoir ?", lang="fr", reason="human"))
    assert created and [t.id for t in heard] == [ticket.id]


def test_the_outbox_wakes_only_the_worker_of_the_message_channel(store):
    telegram, forums = [], []
    outbox = Outbox(store, [wake_on(("telegram",), lambda: telegram.append(1)),
                            wake_on(("discourse", "moodle"), lambda: forums.append(1))])
    outbox.enqueue("k1", "telegram", "42", "Salam")
    outbox.enqueue("k1", "telegram", "42", "Salam")  # the same key: not queued, nobody woken
    outbox.enqueue("k2", "discourse", "t/1", "Bonjour")
    outbox.enqueue("k3", "web", "browser", "Bonjour")  # polled by the page: no worker
    assert telegram == [1] and forums == [1]


def test_a_failing_wake_never_loses_the_message(store, caplog):
    def broken(channel: str) -> None:
        raise RuntimeError("loop closed")

    outbox = Outbox(store, [broken])
    assert outbox.enqueue("k1", "telegram", "42", "Salam") is not None
    assert outbox.pending_count("telegram") == 1
    assert "waking the telegram delivery worker failed" in caplog.text


def test_forum_hooks_without_a_forum_service_answer_503_not_configured(make_services):
    from fastapi.testclient import TestClient

    from bot.channels.web import create_app

    services = make_services()
    with TestClient(create_app(services, warm=False)) as client:
        for hook in ("/hooks/discourse", "/hooks/forum"):
            answer = client.post(hook, content=b"{}")
            body = answer.json()
            assert answer.status_code == 503 and body["error"] == "not_configured", body
            assert body["message"]["ar"] and body["message"]["fr"]
        assert client.get("/health").json()["channels"] == ["web"]
