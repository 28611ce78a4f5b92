"""The tutors' console end to end: real HTTP (uvicorn), headless Chromium, the outbox to a Telegram
stand-in, the FAQ promoted into a private index, and the same question answered from it afterwards.
"""
from __future__ import annotations

from dataclasses import replace

import shutil
import threading
from pathlib import Path

import httpx
import pytest

from bot.app import build_services
from bot.channels.web import create_app
from bot.escalation import TicketRequest
from bot.settings import Settings
from bot.types import Message
from tests.bot.escalation_helpers import pg_schema_url, private_engine
from tests.channels.console_helpers import (ACCOUNTS, TOKENS, BotSender, ConsoleClient, ServerThread,
                                           with_outbox_worker)
from tests.support.bot_api import BotApiStandIn

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
Q_FR = "Quand le ministère publiera-t-il la liste des formateurs retenus pour la mission à l'étranger ?"
Q_AR = "متى ستنشر الوزارة لائحة المكونين المختارين للبعثة إلى الخارج؟"
OTHER_AR = "هل يمكن تغيير تاريخ المقابلة الخاصة بالبعثة؟"
A_FR = "La liste sera publiée à la fin du mois de juin sur le portail du ministère, rubrique Missions."
A_AR = "ستنشر اللائحة في نهاية شهر يونيو على بوابة الوزارة، في ركن البعثات."


@pytest.fixture
def e2e(tmp_path, mini_corpus_dir, mini_engine, embedder):
    engine, corpus = private_engine(tmp_path, mini_corpus_dir, embedder, mini_engine.index_dir)
    engine._threshold_override = 1.01  # Rafiq cannot answer anything: every question becomes a ticket
    engine._calibration = replace(engine.calibration, clarify_floor=9.0)  # and asks no clarifying question
    # an administration question the intent model calls off topic is a ticket too
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, console_tokens=ACCOUNTS,
                        off_topic_tickets=True)
    services = build_services(settings, engine=engine)
    services.store.migrate()
    with BotApiStandIn() as api:
        with_outbox_worker(services, BotSender(api.token, api.base_url))
        with ServerThread(create_app(services, warm=False)) as server:
            yield services, server, api
    services.store.dispose()


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_console_in_chromium_from_ticket_to_faq(e2e):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    services, server, api = e2e
    first = services.tutor.handle(Message(channel="telegram", user="555", thread="555", text=Q_FR))
    other = services.tutor.handle(Message(channel="telegram", user="556", thread="556", text=OTHER_AR))
    assert first.escalate and first.ticket_id and other.escalate and other.ticket_id != first.ticket_id
    tid = first.ticket_id

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        page.set_default_timeout(30_000)
        blocked = []  # what the Content-Security-Policy refused, if anything
        page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
        page.goto(server.url + "/console/login")
        assert page.get_attribute("html", "dir") == "ltr"
        assert page.evaluate("getComputedStyle(document.querySelector('header.top')).backgroundColor") == \
            "rgb(11, 110, 79)", "the stylesheet is applied under the CSP"
        page.fill("#name", "karim")
        page.fill("#token", TOKENS["karim"])
        page.click("#login-submit")
        page.wait_for_url("**/console/queue")
        rows = lambda: [int(x) for x in page.locator("#queue tbody tr").evaluate_all(
            "rows => rows.map(r => r.dataset.ticket)")]
        assert sorted(rows()) == sorted([tid, other.ticket_id])
        page.select_option("#f-lang", "fr")
        page.click("#f-submit")
        page.wait_for_url("**lang=fr**")
        assert rows() == [tid]
        page.screenshot(path="/tmp/rafiq_console_queue_fr.png", full_page=True)

        page.click(f'#queue a[href="/console/tickets/{tid}"] >> nth=0')
        page.wait_for_url(f"**/console/tickets/{tid}")
        assert Q_FR in page.inner_text("#question")
        page.click("#claim")
        page.wait_for_selector("#flash")
        assert "pris ce ticket en charge" in page.inner_text("#flash")
        assert page.get_attribute("#ticket-state", "data-state") == "claimed"
        page.fill("#answer", A_FR)
        api.fail_next("sendMessage", times=1, status=502)  # Telegram hiccups: the outbox retries
        page.click("#send-answer")
        page.wait_for_selector('#ticket-state[data-state="answered"]')
        assert "1 formateur" in page.inner_text("#flash")
        sent = api.wait_for(lambda s: any(A_FR in m["text"] for m in s), timeout=30)
        relayed = [m for m in sent if A_FR in m["text"]]
        assert len(relayed) == 1 and str(relayed[0]["chat_id"]) == "555" and "Karim" in relayed[0]["text"]
        assert [c.method for c in api.failed] == ["sendMessage"], "the first attempt failed and was retried"

        assert page.input_value("#question_fr") == Q_FR and page.input_value("#answer_fr") == A_FR
        page.fill("#question_ar", Q_AR)
        page.fill("#answer_ar", A_AR)
        assert page.inner_text("#faq-add") == "Proposer à la coordination"
        page.click("#faq-add")
        page.wait_for_selector('#faq-proposal[data-state="pending"]')
        assert "coordination" in page.inner_text("#flash") and page.locator("#faq-files").count() == 0
        assert not list((services.settings.corpus_dir / "faq").glob(f"faq-t{tid}.*.md")), "a tutor only proposes"
        assert page.input_value("#question_ar") == Q_AR and page.input_value("#answer_ar") == A_AR, \
            "the form shows the proposal"
        page.click("button:text('Déconnexion')")
        page.wait_for_url("**/console/login")

        page.fill("#name", "nadia")
        page.fill("#token", TOKENS["nadia"])
        page.click("#login-submit")
        page.wait_for_url("**/console/queue")
        page.click("#nav-faq")
        page.wait_for_selector(f'#proposals tr[data-proposal="{tid}"]')
        page.click(f'#proposals tr[data-proposal="{tid}"] button:text("Publier")')
        page.wait_for_selector("#faq-files")
        assert f"faq-t{tid}" in page.inner_text("#flash")
        assert page.input_value("#question_ar") == Q_AR and page.input_value("#answer_ar") == A_AR, \
            "the form shows the entry as stored"
        page.screenshot(path="/tmp/rafiq_console_ticket_fr.png", full_page=True)

        page.click("#lang-ar")
        page.wait_for_function("document.documentElement.dir === 'rtl'")
        assert page.get_attribute("html", "lang") == "ar"
        assert "مسار التذكرة" in page.inner_text("body")
        page.screenshot(path="/tmp/rafiq_console_ticket_ar.png", full_page=True)
        page.goto(server.url + "/console/queue?state=all")
        assert page.get_attribute("html", "dir") == "rtl"
        page.screenshot(path="/tmp/rafiq_console_queue_ar.png", full_page=True)
        browser.close()
    assert blocked == [], blocked

    corpus = services.settings.corpus_dir
    assert sorted(p.name for p in (corpus / "faq").glob(f"faq-t{tid}.*.md")) == [f"faq-t{tid}.ar.md",
                                                                                 f"faq-t{tid}.fr.md"]
    services.engine._threshold_override = 0.0  # back to the calibrated threshold
    for user, text, lang in (("777", Q_FR, "fr"), ("778", Q_AR, "ar")):
        again = services.tutor.handle(Message(channel="telegram", user=user, thread=user, text=text))
        assert not again.escalate, again.text
        assert again.citations[0].id == f"faq-t{tid}" and again.citations[0].lang == lang
        assert f"faq-t{tid}" in again.text
    assert len([m for m in api.sent() if A_FR in m["text"]]) == 1, "relayed exactly once"


def race_over_http(url: str, ticket_id: int, names: list[str]) -> dict[str, str]:
    """Tutors press Claim at the same moment, each in their own browser session."""
    clients = {n: httpx.Client(base_url=url) for n in names}
    consoles = {n: ConsoleClient(c, n) for n, c in clients.items()}
    barrier = threading.Barrier(len(names))
    outcome: dict[str, str] = {}

    def press(name: str) -> None:
        barrier.wait(timeout=10)
        outcome[name] = consoles[name].post(f"/console/tickets/{ticket_id}/claim").headers["location"]

    threads = [threading.Thread(target=press, args=(n,)) for n in names]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    for c in clients.values():
        c.close()
    return outcome


@pytest.mark.e2e
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_two_tutors_pressing_claim_at_once_over_http(backend, tmp_path, mini_corpus_dir, mini_engine):
    corpus = tmp_path / "corpus"
    shutil.copytree(mini_corpus_dir, corpus)
    drop = None
    overrides = {}
    if backend == "postgres":
        overrides["database_url"], drop = pg_schema_url()
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, console_tokens=ACCOUNTS, **overrides)
    services = build_services(settings, engine=mini_engine)
    services.store.migrate()
    try:
        with ServerThread(create_app(services, warm=False)) as server:
            for round_ in range(5):
                ticket, _ = services.tickets.open(TicketRequest("telegram", str(round_), f"q{round_}", "fr",
                                                                "low_confidence"))
                outcome = race_over_http(server.url, ticket.id, ["karim", "salma", "nadia"])
                winners = [n for n, loc in outcome.items() if loc.endswith("m=claimed")]
                assert len(outcome) == 3 and len(winners) == 1, outcome
                assert all(loc.endswith("m=claim_lost") for n, loc in outcome.items() if n not in winners)
                assert services.tickets.get(ticket.id).claimed_by == winners[0]
    finally:
        services.store.dispose()
        if drop:
            drop()
