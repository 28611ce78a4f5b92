"""The tutors' console over HTTP: login, roles, CSRF, filters, claim / answer / close / reopen, stats."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from bot.channels.web.console.auth import COOKIE
from bot.channels.web import create_app
from bot.escalation import PRIORITY_DISTRESS, TicketRequest
from bot.store.schema import OutboxMessage
from tests.channels.console_helpers import ACCOUNTS, CSRF, TOKENS, ConsoleClient


@pytest.fixture
def services(make_services):
    return make_services(console_tokens=ACCOUNTS)


@pytest.fixture
def client(services):
    with TestClient(create_app(services, warm=False), base_url="http://127.0.0.1") as c:
        yield c


def open_ticket(services, chat="42", question="Quand la liste des formateurs retenus sera-t-elle publiée ?",
                lang="fr", channel="telegram", priority=2, vector=None):
    ticket, _ = services.tickets.open(TicketRequest(channel, chat, question, lang, "low_confidence",
                                                    priority=priority, vector=vector))
    return ticket.id


def queue_ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'data-ticket="(\d+)"', html)]


def test_pages_need_a_login(client):
    for path in ("/console/queue", "/console/tickets/1", "/console/stats"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/console/login?next=")
    assert client.get("/console/", follow_redirects=False).headers["location"] == "/console/queue"


def test_login_sets_a_signed_httponly_lax_cookie(client):
    page = client.get("/console/login")
    assert page.status_code == 200 and CSRF.search(page.text)
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/console" in cookie
    before = client.cookies.get(COOKIE)
    csrf = CSRF.search(page.text).group(1)
    wrong = client.post("/console/login", data={"name": "karim", "token": "not-a-token", "csrf": csrf})
    assert wrong.status_code == 401 and 'id="login-error"' in wrong.text
    ok = client.post("/console/login", data={"name": "karim", "token": TOKENS["karim"], "csrf": csrf,
                                             "next": "https://evil.example/"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/console/queue", "no open redirect"
    assert client.cookies.get(COOKIE) != before
    queue = client.get("/console/queue")
    assert queue.status_code == 200 and "karim" in queue.text
    assert CSRF.search(queue.text).group(1) != csrf, "a new CSRF token after login"


def test_login_without_the_csrf_token_is_refused(client):
    client.get("/console/login")
    r = client.post("/console/login", data={"name": "karim", "token": TOKENS["karim"]}, follow_redirects=False)
    body = r.json()
    assert r.status_code == 403 and body["error"] == "csrf" and body["message"]["ar"] and body["message"]["fr"]


def test_a_forged_cookie_is_an_anonymous_visitor(client):
    ConsoleClient(client, "karim")
    value = client.cookies.get(COOKIE)
    payload, _, signature = value.rpartition(".")
    client.cookies.clear()
    assert client.get("/console/queue", headers={"cookie": f"{COOKIE}={value}"},
                      follow_redirects=False).status_code == 200, "the genuine cookie works"
    forged = payload + "." + "0" * len(signature)
    assert client.get("/console/queue", headers={"cookie": f"{COOKIE}={forged}"},
                      follow_redirects=False).status_code == 303


def test_a_cookie_signed_without_accounts_opens_nothing(make_services):
    import time

    from bot.channels.web.console.auth import ConsoleSession, SessionCodec

    services = make_services(console_tokens="")  # no account: the derived key is public knowledge
    forged = SessionCodec.for_accounts("").dumps(ConsoleSession("mallory", "coordinator", "x", time.time() + 600))
    with TestClient(create_app(services, warm=False)) as c:
        r = c.get("/console/stats", headers={"cookie": f"{COOKIE}={forged}"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/console/login")
        assert "RAFIQ_CONSOLE_TOKENS" in c.get("/console/login").text


def test_post_without_csrf_token_is_refused_and_changes_nothing(client, services):
    ticket_id = open_ticket(services)
    console = ConsoleClient(client, "karim")
    r = client.post(f"/console/tickets/{ticket_id}/claim", data={}, follow_redirects=False)
    assert r.status_code == 403
    r = client.post(f"/console/tickets/{ticket_id}/claim", data={"csrf": "guess"}, follow_redirects=False)
    assert r.status_code == 403
    assert services.tickets.get(ticket_id).state == "open"
    assert console.post(f"/console/tickets/{ticket_id}/claim").status_code == 303
    assert services.tickets.get(ticket_id).claimed_by == "karim"


def test_claim_answer_relay_close_reopen(client, services, make_services):
    ticket_id = open_ticket(services, chat="555")
    karim = ConsoleClient(client, "karim")
    r = karim.post(f"/console/tickets/{ticket_id}/claim")
    assert r.headers["location"].endswith("m=claimed")
    with TestClient(client.app, base_url="http://127.0.0.1") as other:
        salma = ConsoleClient(other, "salma")
        assert salma.post(f"/console/tickets/{ticket_id}/claim").headers["location"].endswith("m=claim_lost")
        refused = salma.post(f"/console/tickets/{ticket_id}/answer", text="Je réponds quand même.")
        assert refused.headers["location"].endswith("m=answer_refused")
    answered = karim.post(f"/console/tickets/{ticket_id}/answer", text="La liste paraîtra fin juin.")
    assert "m=answered" in answered.headers["location"] and "n=1" in answered.headers["location"]
    with services.store.session() as s:
        rows = s.query(OutboxMessage).all()
    assert [(r.channel, r.recipient) for r in rows] == [("telegram", "555")]
    assert "La liste paraîtra fin juin." in rows[0].text and "Karim" in rows[0].text
    page = client.get(f"/console/tickets/{ticket_id}")
    assert 'data-state="answered"' in page.text and "La liste paraîtra fin juin." in page.text
    assert karim.post(f"/console/tickets/{ticket_id}/close").headers["location"].endswith("m=closed")
    assert karim.post(f"/console/tickets/{ticket_id}/close").headers["location"].endswith("m=unchanged")
    assert karim.post(f"/console/tickets/{ticket_id}/reopen").headers["location"].endswith("m=reopened")
    history = re.findall(r'data-kind="(\w+)"', client.get(f"/console/tickets/{ticket_id}").text)
    assert history == ["open", "claimed", "answered", "closed", "reopened"]


def test_queue_filters(client, services):
    fr = open_ticket(services, chat="1")
    ar = open_ticket(services, chat="2", question="متى تنشر لائحة المكونين المختارين؟", lang="ar")
    forum = open_ticket(services, chat="3", channel="discourse")
    distress = open_ticket(services, chat="4", question="Je n'en peux plus.", priority=PRIORITY_DISTRESS)
    ConsoleClient(client, "karim")
    assert queue_ids(client.get("/console/queue").text) == [distress, fr, ar, forum]
    assert queue_ids(client.get("/console/queue?lang=ar").text) == [ar]
    assert queue_ids(client.get("/console/queue?channel=discourse").text) == [forum]
    assert queue_ids(client.get("/console/queue?priority=0").text) == [distress]
    assert queue_ids(client.get("/console/queue?age=24h").text) == []
    services.tickets.answer(fr, "karim", "Réponse.")
    assert fr not in queue_ids(client.get("/console/queue").text)
    assert queue_ids(client.get("/console/queue?state=answered").text) == [fr]
    assert queue_ids(client.get("/console/queue?state=nonsense&lang=xx").text) == [distress, ar, forum]


def test_the_queue_names_the_reason_of_every_ticket_never_its_code(client, services):
    from bot.texts import t

    reasons = ("low_confidence", "clarify", "human_requested", "not_helpful", "distress", "unsupported_language",
               "abusive_message", "forum_review", "forum_suggestion", "forum_unanswered")
    for n, reason in enumerate(reasons):
        services.tickets.open(TicketRequest("telegram", str(700 + n), f"Question {n} sur le module {n} ?", "fr",
                                            reason))
    ConsoleClient(client, "karim")
    cells = re.findall(r"<td>([^<]*)</td>", client.get("/console/queue").text)
    for reason in reasons:
        assert t(f"reason_{reason}", "fr") in cells and reason not in cells, reason


def test_arabic_pages_are_right_to_left(client):
    assert '<html lang="fr" dir="ltr">' in client.get("/console/login").text
    client.get("/console/lang/ar?next=/console/login")
    page = client.get("/console/login")
    assert '<html lang="ar" dir="rtl">' in page.text and "تسجيل الدخول" in page.text
    assert '<html lang="ar" dir="rtl">' in client.get("/console/login", headers={"accept-language": "ar-MA"}).text


def test_user_text_is_escaped(client, services):
    ticket_id = open_ticket(services, question="<script>alert('x')</script> Quand ?")
    ConsoleClient(client, "karim")
    page = client.get(f"/console/tickets/{ticket_id}").text
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_stats_are_for_coordinators(client, services):
    open_ticket(services, vector=(0.6, 0.8))
    ConsoleClient(client, "karim")
    assert client.get("/console/stats").status_code == 403
    with TestClient(client.app, base_url="http://127.0.0.1") as other:
        ConsoleClient(other, "nadia")
        page = other.get("/console/stats")
        assert page.status_code == 200 and 'id="weeks"' in page.text
        assert 'data-size="1"' in page.text and 'id="nav-stats"' in other.get("/console/queue").text
    assert 'id="nav-stats"' not in client.get("/console/queue").text


def test_the_stats_page_quotes_a_gaps_question_only_when_enough_trainers_asked(client, services):
    """The stats page quoted a question one trainer asked ("oui je veux bien un conseil concret"), where the gap
    report (/console/gaps) shows none below three distinct trainers (a newcomer)."""
    open_ticket(services, vector=(0.6, 0.8))
    with TestClient(client.app, base_url="http://127.0.0.1") as coordinator:
        ConsoleClient(coordinator, "nadia")
        coordinator.get("/console/lang/fr")
        page = coordinator.get("/console/stats").text
        assert 'data-size="1"' in page and "Quand la liste des formateurs retenus" not in page
        assert "moins de 3 formés distincts" in page
        for chat in ("43", "44"):  # two more trainers ask it (their tickets join the first)
            open_ticket(services, chat=chat, vector=(0.6, 0.8))
        page = coordinator.get("/console/stats").text
        assert "Quand la liste des formateurs retenus" in page and "moins de 3 formés distincts" not in page


def test_an_incomplete_faq_entry_is_refused(client, services):
    ticket_id = open_ticket(services)
    karim = ConsoleClient(client, "karim")
    r = karim.post(f"/console/tickets/{ticket_id}/faq", question_fr="Question sans réponse ?")
    assert r.headers["location"].endswith("m=faq_incomplete")
    assert not (services.settings.corpus_dir / "faq" / f"faq-t{ticket_id}.fr.md").exists()


def test_logout_ends_the_session(client):
    karim = ConsoleClient(client, "karim")
    assert karim.post("/console/logout").status_code == 303
    assert client.get("/console/queue", follow_redirects=False).status_code == 303


def test_merging_into_an_answered_ticket_sends_its_answer_to_the_newcomers(client, services):
    kept = open_ticket(services, chat="10", vector=(1.0, 0.0))
    services.tickets.answer(kept, "salma", "Réponse déjà donnée.")
    services.relay.deliver(kept)
    dup = open_ticket(services, chat="11", question="La liste des retenus, c'est pour quand ?", vector=(0.0, 1.0))
    karim = ConsoleClient(client, "karim")
    r = karim.post(f"/console/tickets/{dup}/merge", target=str(kept))
    assert r.headers["location"] == f"/console/tickets/{kept}?m=merged"
    assert services.tickets.get(dup).state == "closed"
    with services.store.session() as s:
        recipients = sorted(m.recipient for m in s.query(OutboxMessage).all())
    assert recipients == ["10", "11"], "the newcomer gets the answer once, the first trainer not twice"


def test_a_distress_ticket_offers_no_knowledge_base_entry_and_refuses_one(client, services):
    # the form was offered on distress and giving-up tickets, prefilled with the trainer's own words (a newcomer)
    ticket, _ = services.tickets.open(TicketRequest("telegram", "77", "je n'en peux plus, tout va mal", "fr",
                                                    "distress", priority=0))
    karim = ConsoleClient(client, "karim")
    page = client.get(f"/console/tickets/{ticket.id}").text
    assert 'id="faq-form"' not in page and 'id="answer"' in page
    refused = karim.post(f"/console/tickets/{ticket.id}/faq", question_fr="Q ?", answer_fr="R.")
    assert refused.headers["location"].endswith("m=faq_private")
    assert 'id="faq-form"' in client.get(f"/console/tickets/{open_ticket(services, chat='78')}").text


def test_the_arabic_stats_page_isolates_the_week_code(client, services):
    # « (2026-W50) » read « (W50-2026) » in the Arabic page: the code had no left-to-right isolate
    with TestClient(client.app, base_url="http://127.0.0.1") as other:
        ConsoleClient(other, "nadia")
        page = other.get("/console/stats?lang=ar").text
    link = re.search(r'id="current-week-link">(.*?)</a>', page).group(1)
    assert re.search(r'<bdi dir="ltr">\d{4}-W\d{2}</bdi>', link), link
