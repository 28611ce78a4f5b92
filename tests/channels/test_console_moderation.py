"""The console's moderation page (issue #16): every decision shows its scores and what decided it, a tutor
overturns it, and the overturned example is kept masked as a training candidate. Real HTTP (uvicorn)."""
from __future__ import annotations

import json

import httpx
import pytest

from bot.channels.web import create_app
from bot.store.schema import ModerationEntry
from bot.types import Message
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient, ServerThread

ABUSE = "skot a l7mar, ma fhemti walou, rappelle-moi au 06 12 34 56 78"


@pytest.fixture
def console(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    with ServerThread(create_app(services, warm=False)) as server:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            yield services, client, ConsoleClient(client, "karim")


def stored(services) -> list[ModerationEntry]:
    with services.store.session() as s:
        return list(s.query(ModerationEntry).order_by(ModerationEntry.id))


def test_a_decision_is_shown_with_its_scores_and_what_decided_it(console) -> None:
    services, client, tutor = console
    services.tutor.handle(Message(channel="telegram", user="u-7", text=ABUSE))
    services.tutor.handle(Message(channel="telegram", user="u-8", text="Comment préparer une séance ?"))
    rows = stored(services)
    flagged = [r for r in rows if r.verdict == "toxic"]
    assert len(flagged) == 1 and all(r.text == "" for r in rows if r.verdict == "ok")  # only what found something
    row = flagged[0]
    assert "06 12 34 56 78" not in row.text and "l7mar" in row.text  # kept masked
    assert "toxic:vocative_insult" in row.cues and row.evidence["models"]["e5"] and row.evidence["models"]["family"]
    page = client.get("/console/moderation")
    assert page.status_code == 200
    assert f'data-decision="{row.id}"' in page.text and "toxic" in page.text and "vocative_insult" in page.text
    assert "06 12 34 56 78" not in page.text and "ngram" in page.text and "e5" in page.text
    assert 'action="/console/moderation/%d/overturn"' % row.id in page.text


def test_a_tutor_overturns_a_decision_and_the_masked_example_becomes_a_candidate(console) -> None:
    services, client, tutor = console
    services.tutor.handle(Message(channel="telegram", user="u-7", text=ABUSE))
    [row] = [r for r in stored(services) if r.verdict == "toxic"]
    assert client.post(f"/console/moderation/{row.id}/overturn", data={"label": "ok"}).status_code == 403  # no CSRF
    assert tutor.post(f"/console/moderation/{row.id}/overturn", label="delete").status_code == 303  # refused
    assert stored(services)[0].overturned_to is None
    done = tutor.post(f"/console/moderation/{row.id}/overturn", label="ok")
    assert done.status_code == 303 and f"done={row.id}" in done.headers["location"]
    [after] = [r for r in stored(services) if r.id == row.id]
    assert (after.overturned_to, after.overturned_by) == ("ok", "karim") and after.overturned_at is not None
    lines = client.get("/console/moderation/candidates.jsonl").text.splitlines()
    [candidate] = [json.loads(line) for line in lines]
    assert candidate["label"] == "none" and candidate["was"] == "toxic" and "06 12 34 56 78" not in candidate["text"]
    assert "overturned_note" not in client.get("/console/moderation?overturned=1").text  # the text, not its key
    assert tutor.post("/console/moderation/999999/overturn", label="ok").status_code == 404
    assert tutor.post("/console/moderation/abc/overturn", label="ok").status_code == 404


def test_the_page_needs_a_login_and_is_linked_from_the_console(console) -> None:
    services, client, tutor = console
    assert 'id="nav-moderation"' in client.get("/console/queue").text
    with httpx.Client(base_url=str(client.base_url), timeout=30) as anonymous:
        assert anonymous.get("/console/moderation", follow_redirects=False).status_code == 303
        assert anonymous.get("/console/moderation/candidates.jsonl", follow_redirects=False).status_code == 303
