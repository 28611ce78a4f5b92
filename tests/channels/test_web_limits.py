"""The web API's limits (issue #12, defect 9, HTTP part): 4,000 characters like Telegram, and a per-client
rate limit on `/api/ask` answered with a bilingual 429 and `Retry-After`."""
from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from bot.channels.web import create_app
from bot.store.schema import Interaction, Ticket, User
from tests.channels.console_helpers import ServerThread

QUESTION = "Comment préparer une séance de formation ?"


class Clock:
    """A clock the test moves by hand (the limiter's `clock`)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def web(make_services):
    def start(**settings):
        services = make_services(**settings)
        app = create_app(services, warm=False)
        app.state.ask_limiter.clock = clock = Clock()
        running = ServerThread(app)
        started.append(running.__enter__())
        return services, running, clock

    started = []
    yield start
    for running in started:
        running.__exit__(None, None, None)


def rows(services, table) -> int:
    with services.store.session() as s:
        return s.scalar(select(func.count()).select_from(table))


def post(server, text: str, client: str = "203.0.113.7", **body) -> httpx.Response:
    """POST /api/ask as a given client address (uvicorn takes it from X-Forwarded-For sent by 127.0.0.1)."""
    return httpx.post(server.url + "/api/ask", json={"text": text, **body}, headers={"X-Forwarded-For": client},
                      timeout=30)


def test_text_over_4000_characters_is_refused_whole_in_both_languages(web):
    services, server, _ = web()
    for text in ("a" * 4001, "Bonjour. " * 500, "x" * 100_001):
        response = post(server, text)
        assert response.status_code == 413, len(text)
        body = response.json()
        assert body["error"] == "too_long" and body["limit"] == 4000 and body["length"] == len(text.strip())
        assert "4000" in body["message"]["fr"] and "caractères" in body["message"]["fr"]
        assert "4000" in body["message"]["ar"] and "حرف" in body["message"]["ar"]
    assert rows(services, Interaction) == rows(services, User) == rows(services, Ticket) == 0, "nothing stored"
    fits = post(server, QUESTION + " " + "x" * (4000 - len(QUESTION) - 1))
    assert fits.status_code == 200 and rows(services, Interaction) == 1


def test_asks_are_limited_per_client_with_a_bilingual_429(web):
    services, server, clock = web(rate_limit_per_minute=3)
    for second in range(3):
        clock.now += 10
        assert post(server, QUESTION).status_code == 200, second
    refused = post(server, QUESTION)
    assert refused.status_code == 429
    wait = int(refused.headers["Retry-After"])
    assert wait == 40, "the oldest of the three asks leaves the window 40 s from now"
    body = refused.json()
    assert body["error"] == "rate_limited" and body["retry_after"] == wait
    assert f"{wait} secondes" in body["message"]["fr"] and f"{wait} ثانية" in body["message"]["ar"]
    assert rows(services, Interaction) == 3, "a refused ask is not handled"
    assert post(server, QUESTION, client="198.51.100.4").status_code == 200, "another client is not held back"
    clock.now += wait
    assert post(server, QUESTION).status_code == 200, "allowed again once the window has moved"


def test_the_default_limit_is_twenty_a_minute(web):
    services, server, _ = web()
    assert services.settings.rate_limit_per_minute == 20
    codes = [post(server, "Merci !").status_code for _ in range(21)]
    assert codes == [200] * 20 + [429]
