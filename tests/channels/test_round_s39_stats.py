"""What a tester found on /console/stats (round s39): it opens on the last complete week, all zeros on a fresh
server, while the blocks under it count the current week, not all of them saying their period; an empty "by channel"
table was its head alone."""
from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from bot.channels.web import create_app
from bot.clock import utcnow, zone
from bot.escalation import TicketRequest
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient


@pytest.fixture
def stats(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    services.tickets.open(TicketRequest("web", "visitor-s39-stats-01", "Question de cette semaine ?", "fr",
                                        "human_requested"))
    with TestClient(create_app(services, warm=False), base_url="http://127.0.0.1") as client:
        ConsoleClient(client, "nadia")
        yield services, client


def text_of(page: str, element_id: str) -> str:
    found = re.search(rf'id="{element_id}"[^>]*>(.*?)</(p|table)>', page, re.S)
    assert found, element_id
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(1)))).strip()


def test_every_block_of_the_stats_page_says_the_period_it_covers(stats):
    services, client = stats
    today = utcnow().astimezone(zone(services.settings.timezone)).date()
    monday = today - timedelta(days=today.weekday())
    first, last = (monday - timedelta(weeks=7)).isoformat(), (monday + timedelta(days=6)).isoformat()
    client.get("/console/lang/fr")
    page = client.get("/console/stats").text
    said = f"Les 8 dernières semaines, semaine en cours comprise. Du {first} au {last}."
    for block in ("by-lang-period", "weeks-period", "gaps-period"):
        assert text_of(page, block) == said, (block, text_of(page, block))
    assert text_of(page, "ticket-counts").startswith("Tous les tickets à ce jour, par état :")
    assert "chaque bloc qui le suit dit la période qu'il couvre" in html.unescape(page)
    client.get("/console/lang/ar")
    page = client.get("/console/stats").text
    said = f"الأسابيع الـ8 الأخيرة، بما فيها الأسبوع الجاري: من \u2066{first}\u2069 إلى \u2066{last}\u2069."
    assert text_of(page, "by-lang-period") == said and text_of(page, "gaps-period") == said
    assert text_of(page, "ticket-counts").startswith("كل التذاكر إلى اليوم، حسب حالتها:")
    assert "التقرير أدناه عن آخر أسبوع مكتمل" in page and "أعلاه" not in page  # the report is under that line


@pytest.mark.parametrize("lang, said", [("fr", "Aucune donnée cette semaine."), ("ar", "لا معطيات في هذا الأسبوع.")])
def test_an_empty_by_channel_table_says_it_has_no_data(stats, lang, said):
    _, client = stats
    client.get(f"/console/lang/{lang}")
    page = client.get("/console/stats").text  # last complete week: nothing yet on a fresh server
    caption = "Par canal" if lang == "fr" else "حسب القناة"
    table = re.search(rf"<table><caption>{caption}</caption>(.*?)</table>", page, re.S).group(1)
    rows = re.findall(r"<tbody>(.*?)</tbody>", table, re.S)[0]
    assert re.fullmatch(rf'<tr class="no-data"><td colspan="13">{said}</td></tr>', rows), rows
