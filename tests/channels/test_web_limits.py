"""The web API's limits (issue #12, defect 9, HTTP part): 4,000 characters like Telegram, and rate limits on
`/api/ask` answered with a bilingual 429 and `Retry-After`: per conversation, and a larger one per address (the
trainers of one centre share its connection)."""
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
        app.state.ask_limiter.clock = app.state.address_limiter.clock = clock = Clock()
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


def conversation(n: int) -> str:
    """A browser's conversation id (the page keeps one per browser)."""
    return f"browser-{n:04d}-aaaaaaaaaaaa"


def test_asks_are_limited_per_conversation_with_a_bilingual_429(web):
    services, server, clock = web(rate_limit_per_minute=3)
    for second in range(3):
        clock.now += 10
        assert post(server, QUESTION, user=conversation(1)).status_code == 200, second
    refused = post(server, QUESTION, user=conversation(1))
    assert refused.status_code == 429
    wait = int(refused.headers["Retry-After"])
    assert wait == 40, "the oldest of the three asks leaves the window 40 s from now"
    body = refused.json()
    assert body["error"] == "rate_limited" and body["retry_after"] == wait
    assert f"{wait} secondes" in body["message"]["fr"] and f"{wait} ثانية" in body["message"]["ar"]
    assert rows(services, Interaction) == 3, "a refused ask is not handled"
    assert post(server, QUESTION, user=conversation(1), client="198.51.100.4").status_code == 200, \
        "another client is not held back"
    assert post(server, QUESTION, user=conversation(2)).status_code == 200, \
        "another conversation from the same address is not held back"
    clock.now += wait
    assert post(server, QUESTION, user=conversation(1)).status_code == 200, "allowed again once the window has moved"


def test_the_default_limit_is_twenty_a_minute_per_conversation(web):
    services, server, _ = web()
    assert services.settings.rate_limit_per_minute == 20
    codes = [post(server, "Merci !", user=conversation(3)).status_code for _ in range(21)]
    assert codes == [200] * 20 + [429]


def test_thirty_trainers_behind_one_centres_address_are_all_answered(web):
    """The limit was per address: behind a centre's shared connection, the 21st message of the minute got 429
    whoever sent it."""
    services, server, _ = web()
    first = [post(server, "Bonjour", client="196.200.1.1") for _ in range(30)]  # each page's first message
    assert [r.status_code for r in first] == [200] * 30
    users = [r.json()["user"] for r in first]
    again = [post(server, "Merci !", client="196.200.1.1", user=user).status_code for user in users]
    assert again == [200] * 30


def test_one_address_still_has_a_ceiling(web):
    services, server, _ = web(address_rate_per_minute=5)
    codes = [post(server, "Merci !", user=conversation(10 + n)).status_code for n in range(6)]
    assert codes == [200] * 5 + [429]
    assert post(server, "Merci !", client="198.51.100.9").status_code == 200
