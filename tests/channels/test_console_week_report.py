"""The coordinator's dashboard over real HTTP: the weekly report's figures and SVG charts, Arabic RTL and French."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from bot.channels.web import create_app
from bot.reports.html import STYLE
from tests.bot.report_week_data import seed_week
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient, ServerThread

CSS = Path(__file__).resolve().parents[2] / "bot" / "channels" / "web" / "static" / "console" / "reports.css"


@pytest.fixture
def server(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    seed_week(services.store)
    with ServerThread(create_app(services, warm=False)) as running:
        yield running
    services.store.dispose()


def test_dashboard_is_for_coordinators_only(server):
    with httpx.Client(base_url=server.url) as tutor:
        ConsoleClient(tutor, "karim")
        page = tutor.get("/console/stats?week=2026-W48")
        assert page.status_code == 403 and "<svg" not in page.text


def test_dashboard_shows_the_week_in_french_and_arabic(server):
    with httpx.Client(base_url=server.url) as coordinator:
        ConsoleClient(coordinator, "nadia")
        coordinator.get("/console/lang/fr")
        page = coordinator.get("/console/stats?week=2026-W48")
        assert page.status_code == 200
        html = page.text
        assert html.count("<svg") == 4 and html.count('class="series"') == 3 and html.count('class="bar"') == 25
        assert '<section class="rafiq-report" lang="fr" dir="ltr">' in html and "Transmises à un tuteur" in html
        assert '<bdi dir="ltr">1950 / 3486</bdi>' in html  # French tickets: wall-clock median / p90
        assert "Silencieux depuis 14 jours: 1" in html
        assert '<link rel="stylesheet" href="/console/static/reports.css">' in html and "<style" not in html
        coordinator.get("/console/lang/ar")
        html = coordinator.get("/console/stats?week=2026-W48").text
        assert '<section class="rafiq-report" lang="ar" dir="rtl">' in html and "أحيلت على مؤطر" in html
        assert html.count("<svg") == 4 and 'value="2026-W48"' in html
        # each chart named on screen; no "≤"/">" drawn mirrored right to left (a newcomer read "≥ 24 ساعة")
        assert html.count("<figcaption>") == 4 and "مدة أول رد من المؤطر" in html
        assert "≤" not in html and "حتى 24 ساعة" in html
        css = coordinator.get("/console/static/reports.css")
        assert css.status_code == 200 and css.text == STYLE.lstrip() == CSS.read_text(encoding="utf-8")


def test_a_bad_week_is_said_in_the_console_language(server):
    with httpx.Client(base_url=server.url) as coordinator:
        ConsoleClient(coordinator, "nadia")
        coordinator.get("/console/lang/fr")
        page = coordinator.get("/console/stats?week=hier")
        assert page.status_code == 200 and "Semaine invalide : hier" in page.text and "<svg" in page.text


CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_dashboard_in_chromium_right_to_left(server):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    from tests.channels.console_helpers import browser_login

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        blocked = []
        page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
        browser_login(page, server.url)
        page.goto(server.url + "/console/lang/ar?next=/console/stats%3Fweek%3D2026-W48")
        section = page.locator("section.rafiq-report")
        assert section.evaluate("s => getComputedStyle(s).direction") == "rtl"
        assert section.evaluate("s => getComputedStyle(s).maxWidth") == "980px", "reports.css applies under the CSP"
        charts = page.locator("svg.chart")
        assert charts.count() == 4 and all(charts.nth(i).bounding_box()["width"] > 100 for i in range(4))
        first_bar = page.locator("svg.chart rect.bar").first.bounding_box()
        assert first_bar["width"] > 50  # the funnel's questions bar is drawn
        page.screenshot(path="/tmp/rafiq_console_stats_ar.png", full_page=True)
        assert blocked == []
        browser.close()


def test_the_page_says_which_period_each_part_covers(server):
    """A coordinator on a Monday saw last week's report (all zeros) beside a table of this week's questions, with
    nothing saying which period either covered (a newcomer)."""
    from datetime import timedelta

    from bot.clock import utcnow, zone
    from bot.reports.week import iso_week

    today = utcnow().astimezone(zone("Africa/Casablanca")).date()
    this_week = iso_week(today - timedelta(days=today.weekday()))
    with httpx.Client(base_url=server.url) as coordinator:
        ConsoleClient(coordinator, "nadia")
        coordinator.get("/console/lang/fr")
        html = coordinator.get("/console/stats").text
        assert "dernière semaine complète" in html and f'href="/console/stats?week={this_week}"' in html
        assert "Par langue de la réponse" in html and "Les 8 dernières semaines, semaine en cours comprise." in html
        chosen = coordinator.get("/console/stats?week=2026-W48").text
        assert "dernière semaine complète" not in chosen  # the week shown is the one asked for
        coordinator.get("/console/lang/ar")
        assert "آخر أسبوع مكتمل" in coordinator.get("/console/stats").text
