"""Console hardening (issue #12, defect 10): login attempts limited per address and per account with a
growing delay, logout revokes the session server-side, Secure cookies off loopback, security headers,
and only a coordinator publishes a FAQ entry to the live index (tutors propose)."""
from __future__ import annotations

from dataclasses import replace

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.app import build_services
from bot.channels.web.console.auth import COOKIE
from bot.channels.web import create_app
from bot.escalation import TicketRequest
from bot.store.schema import ConsoleSessionRow
from bot.settings import Settings
from bot.types import Message
from tests.bot.escalation_helpers import private_engine
from tests.channels.console_helpers import ACCOUNTS, CSRF, TOKENS, ConsoleClient, ServerThread

Q_FR = "Quand le ministère publiera-t-il la liste des formateurs retenus pour la mission à l'étranger ?"
A_FR = "La liste sera publiée à la fin du mois de juin sur le portail du ministère, rubrique Missions."


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def console(make_services):
    """The app over real HTTP with console accounts and a hand-moved login clock."""
    services = make_services(console_tokens=ACCOUNTS)
    app = create_app(services, warm=False)
    app.state.console_throttle.clock = clock = Clock()
    with ServerThread(app) as server:
        yield services, server, clock


def attempt(server, name: str, token: str, address: str) -> httpx.Response:
    """One login from a given client address (uvicorn takes it from X-Forwarded-For sent by 127.0.0.1)."""
    with httpx.Client(base_url=server.url, headers={"X-Forwarded-For": address}, timeout=30) as client:
        csrf = CSRF.search(client.get("/console/login").text).group(1)
        return client.post("/console/login", data={"name": name, "token": token, "csrf": csrf},
                           follow_redirects=False)


def test_failed_logins_from_one_address_meet_a_growing_delay(console):
    _, server, clock = console
    address = "203.0.113.5"
    names = ["karim", "salma", "nadia", "karim", "x"]  # guessing across accounts counts for the address
    assert [attempt(server, n, "wrong-token-000", address).status_code for n in names] == [401] * 5
    held = attempt(server, "karim", TOKENS["karim"], address)
    assert held.status_code == 429 and held.headers["retry-after"] == "2", "even the right token waits"
    assert "Réessayez dans 2 secondes" in held.text and 'id="login-wait"' in held.text
    assert COOKIE not in held.cookies or "karim" not in held.text.split("<main>")[0]
    clock.now += 2
    assert attempt(server, "karim", "wrong-token-000", address).status_code == 401
    assert attempt(server, "karim", TOKENS["karim"], address).headers["retry-after"] == "4", "the delay doubles"
    clock.now += 4
    assert attempt(server, "karim", "wrong-token-000", address).status_code == 401
    assert attempt(server, "karim", TOKENS["karim"], address).headers["retry-after"] == "8"
    assert attempt(server, "salma", TOKENS["salma"], "198.51.100.20").status_code == 303, "others log in"
    clock.now += 8
    assert attempt(server, "karim", TOKENS["karim"], address).status_code == 303
    assert attempt(server, "karim", "wrong-token-000", address).status_code == 401, "a success clears the count"


def test_failed_logins_against_one_account_are_limited_from_any_address(console):
    _, server, clock = console
    for i in range(5):
        assert attempt(server, "Salma", "wrong-token-000", f"198.51.100.{i}").status_code == 401
    held = attempt(server, "salma", TOKENS["salma"], "198.51.100.99")
    assert held.status_code == 429 and int(held.headers["retry-after"]) == 2
    assert "ثانية" in held.text or "secondes" in held.text
    assert attempt(server, "karim", TOKENS["karim"], "198.51.100.99").status_code == 303, "karim is not held"
    clock.now += 2
    assert attempt(server, "salma", TOKENS["salma"], "198.51.100.99").status_code == 303


def test_the_name_must_match_the_token(console):
    _, server, _ = console
    assert attempt(server, "salma", TOKENS["karim"], "203.0.113.50").status_code == 401
    assert attempt(server, "", TOKENS["karim"], "203.0.113.51").status_code == 401
    assert attempt(server, "Karim", TOKENS["karim"], "203.0.113.52").status_code == 303


def test_logout_revokes_the_session_server_side(console):
    services, server, _ = console
    with httpx.Client(base_url=server.url, timeout=30) as client:
        karim = ConsoleClient(client, "karim")
        stolen = client.cookies.get(COOKIE)
        assert karim.post("/console/logout").status_code == 303
    replay = httpx.get(server.url + "/console/queue", cookies={COOKIE: stolen}, follow_redirects=False)
    assert replay.status_code == 303 and replay.headers["location"].startswith("/console/login"), \
        "a copy of the cookie taken before logout opens nothing"
    with services.store.session() as s:
        rows = list(s.scalars(select(ConsoleSessionRow)))
    assert len(rows) == 1 and rows[0].account == "karim" and rows[0].revoked_at is not None
    assert stolen.split(".")[0] not in rows[0].sid_hash, "the session id is stored hashed"


@pytest.mark.parametrize("base, secure", [("http://127.0.0.1", False), ("http://localhost", False),
                                          ("https://console.example.org", True),
                                          ("http://console.example.org", True), ("https://127.0.0.1", True)])
def test_cookies_are_secure_unless_plain_http_to_loopback(make_services, base, secure):
    services = make_services(console_tokens=ACCOUNTS)
    with TestClient(create_app(services, warm=False), base_url=base) as client:
        page = client.get("/console/login")
        csrf = CSRF.search(page.text).group(1)
        login = client.post("/console/login", data={"name": "karim", "token": TOKENS["karim"], "csrf": csrf},
                            follow_redirects=False)
        lang = client.get("/console/lang/ar", follow_redirects=False)
    plain_http_off_loopback = secure and base.startswith("http:")
    assert ('id="needs-https"' in page.text) is plain_http_off_loopback
    if plain_http_off_loopback:  # a Secure cookie never comes back over plain http: no login there
        assert login.status_code == 403
    else:
        assert login.status_code == 303
    for response in (page, lang) if plain_http_off_loopback else (page, login, lang):
        cookie = response.headers["set-cookie"].lower()
        assert ("; secure" in cookie) is secure, (base, cookie)
        assert "httponly" in cookie or "rafiq_console_lang" in cookie


def test_console_responses_carry_security_headers_the_chat_page_keeps_its_own(console):
    services, server, _ = console
    ticket, _ = services.tickets.open(TicketRequest("web", "visitor-1", "Question ?", "fr", "low_confidence"))
    with httpx.Client(base_url=server.url, timeout=30) as client:
        karim = ConsoleClient(client, "karim")
        responses = [client.get(p) for p in ("/console/login", "/console/queue", f"/console/tickets/{ticket.id}",
                                             "/console/tickets/999999", "/console/static/console.css")]
        responses.append(karim.post(f"/console/tickets/{ticket.id}/claim"))
    for response in responses:
        headers = response.headers
        assert headers["x-frame-options"] == "DENY", response.url
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["referrer-policy"] == "same-origin" and headers["x-content-type-options"] == "nosniff"
    assert responses[1].headers["cache-control"] == "no-store"
    chat = httpx.get(server.url + "/")
    assert chat.status_code == 200 and "content-security-policy" not in chat.headers


@pytest.fixture
def faq_console(tmp_path, mini_corpus_dir, mini_engine, embedder):
    """Console over HTTP on a private engine (publishing changes the index), Rafiq unable to answer."""
    engine, corpus = private_engine(tmp_path, mini_corpus_dir, embedder, mini_engine.index_dir)
    engine._threshold_override = 1.01  # above any confidence
    engine._calibration = replace(engine.calibration, clarify_floor=1.0)  # no clarifying question either
    services = build_services(Settings(data_dir=tmp_path / "data", corpus_dir=corpus, console_tokens=ACCOUNTS,
                                       off_topic_tickets=True),  # an administration question is a ticket too
                              engine=engine)
    services.store.migrate()
    with ServerThread(create_app(services, warm=False)) as server:
        yield services, server
    services.store.dispose()


def test_tutors_propose_and_only_a_coordinator_publishes_to_the_index(faq_console):
    services, server = faq_console
    asked = services.tutor.handle(Message(channel="telegram", user="555", thread="555", text=Q_FR))
    other = services.tutor.handle(Message(channel="telegram", user="556", thread="556",
                                          text="Peut-on changer la date de l'entretien de la mission ?"))
    tid, declined_id = asked.ticket_id, other.ticket_id
    files = lambda: sorted(p.name for p in (services.settings.corpus_dir / "faq").glob("faq-t*.md"))  # noqa: E731
    before = files()
    with httpx.Client(base_url=server.url, timeout=30) as a, httpx.Client(base_url=server.url, timeout=30) as b:
        karim, nadia = ConsoleClient(a, "karim"), ConsoleClient(b, "nadia")
        proposed = karim.post(f"/console/tickets/{tid}/faq", question_fr=Q_FR, answer_fr=A_FR)
        assert proposed.headers["location"].endswith("m=faq_proposed")
        karim.post(f"/console/tickets/{declined_id}/faq", question_fr="Date de l'entretien ?", answer_fr="Non.")
        assert files() == before, "nothing reaches the corpus or the index from a tutor"
        assert karim.post(f"/console/tickets/{tid}/faq/publish").status_code == 403
        assert karim.post(f"/console/tickets/{tid}/faq/decline").status_code == 403
        assert karim.client.get("/console/faq").status_code == 403
        assert 'id="nav-faq"' not in karim.client.get("/console/queue").text
        assert files() == before

        listing = nadia.client.get("/console/faq")
        assert listing.status_code == 200 and f'data-proposal="{tid}"' in listing.text and "karim" in listing.text
        assert A_FR in listing.text and 'id="nav-faq"' in listing.text
        assert 'id="faq-publish"' in nadia.client.get(f"/console/tickets/{tid}").text
        assert nadia.post(f"/console/tickets/{declined_id}/faq/decline").headers["location"].endswith("m=faq_declined")
        published = nadia.post(f"/console/tickets/{tid}/faq/publish")
        assert published.headers["location"].endswith(f"m=faq_added&id=faq-t{tid}")
        assert nadia.post(f"/console/tickets/{tid}/faq/publish").headers["location"].endswith("m=faq_none")
        assert f'data-proposal="{tid}"' not in nadia.client.get("/console/faq").text
        history = karim.client.get(f"/console/tickets/{tid}").text
        assert 'data-kind="faq_proposed"' in history and 'data-kind="faq"' in history
    assert files() == sorted(before + [f"faq-t{tid}.fr.md"]), "only the published entry is in the corpus"
    services.engine._threshold_override = 0.0
    again = services.tutor.handle(Message(channel="telegram", user="777", thread="777", text=Q_FR))
    assert not again.escalate and again.citations[0].id == f"faq-t{tid}", "the live index answers from it"


def test_a_coordinator_form_publishes_at_once(faq_console):
    services, server = faq_console
    ticket, _ = services.tickets.open(TicketRequest("telegram", "42", Q_FR, "fr", "low_confidence"))
    with httpx.Client(base_url=server.url, timeout=30) as client:
        nadia = ConsoleClient(client, "nadia")
        done = nadia.post(f"/console/tickets/{ticket.id}/faq", question_fr=Q_FR, answer_fr=A_FR)
        assert done.headers["location"].endswith(f"m=faq_added&id=faq-t{ticket.id}")
    assert (services.settings.corpus_dir / "faq" / f"faq-t{ticket.id}.fr.md").exists()
