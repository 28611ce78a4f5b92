"""What a tester found on the forum side (round s39): a flag for the forum's moderators ended with the model's debug
text "(toxic 1.00 >= 0.50 -> hold (toxic:model, toxic:vocative_insult))", and a generic webhook whose
X-Rafiq-Timestamp was "abc" was told the header was missing."""
from __future__ import annotations

import re

import httpx
import pytest

from tests.channels.forum_support import forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import GENERIC_SECRET, generic_webhook
from tests.support.forum_standins import CallbackStandIn

TOXIC = "Tu es vraiment un imbécile, ferme-la et arrête de poser des questions idiotes."
SPAM = ("Achetez des rapports de stage prêts à l'emploi, contactez-nous sur whatsapp http://bit.ly/abc "
        "http://bit.ly/def http://bit.ly/ghi")
PHONE = "Comment me connecter à la plateforme ? Appelez-moi au 06 12 34 56 78 s'il vous plaît."
DEBUG = re.compile(r">=|->|\d\.\d\d|toxic:|spam:|\(\w+ \d")


@pytest.fixture
def callback():
    with CallbackStandIn() as standin:
        yield standin


def post(callback_url: str, number: int, text: str, title: str) -> dict:
    return {"event_id": f"evt-s39-{number}", "forum": "etakwine", "thread_id": f"t-{number}", "post_id": f"p-{number}",
            "author": f"auteur{number}", "title": title, "text": text, "created_at": "2026-11-23T08:00:00Z",
            "callback_url": callback_url}


def send(server, body: bytes, headers: dict) -> httpx.Response:
    return httpx.post(f"{server.url}/hooks/forum", content=body, headers=headers, timeout=30)


def test_a_flag_tells_moderators_why_in_words_without_scores_or_thresholds(forum_app, callback):
    server, _, _ = forum_app(max_age_hours=24 * 365 * 10)
    for number, text, title in ((1, TOXIC, "Toi"), (2, SPAM, "Promo"), (3, PHONE, "Connexion")):
        assert send(server, *generic_webhook(GENERIC_SECRET, post(callback.url, number, text, title))).status_code == 202
    flags = callback.wait_for(lambda got: len([r for r in got if (r["json"] or {}).get("kind") == "flag"]) >= 3,
                              timeout=60)
    notes = {r["json"]["post_id"]: r["json"]["text"] for r in flags if (r["json"] or {}).get("kind") == "flag"}
    assert sorted(notes) == ["p-1", "p-2", "p-3"], notes
    for note in notes.values():
        assert not DEBUG.search(note), note
        assert note.startswith("Rafiq signale que ce message") and "يشير رفيق" in note, note
    assert notes["p-1"].splitlines()[-1] == "Motif : propos blessants · السبب: كلام جارح", notes["p-1"]
    assert notes["p-2"].splitlines()[-1] == "Motif : publicité ou message répété · السبب: إشهار أو رسالة مكررة"
    assert "Motif : données personnelles à masquer" in notes["p-3"], notes["p-3"]


@pytest.mark.parametrize("stamp", ["abc", "-5", "1.7e9", ""])
def test_a_timestamp_that_is_not_a_number_is_not_called_missing(forum_app, stamp):
    server, _, _ = forum_app()
    body, headers = generic_webhook(GENERIC_SECRET, post("", 4, "Bonjour, une question ?", "Question"))
    headers["X-Rafiq-Timestamp"] = stamp
    answer = send(server, body, headers)
    message = answer.json()["message"]
    assert answer.status_code == 401 and answer.json()["error"] == "bad_signature"
    assert "manquant" not in message["fr"] and "مفقودة:" not in message["ar"], message
    assert "X-Rafiq-Timestamp" in message["fr"] and "secondes Unix" in message["fr"], message
    assert "X-Rafiq-Timestamp" in message["ar"] and "ثواني يونكس" in message["ar"], message
