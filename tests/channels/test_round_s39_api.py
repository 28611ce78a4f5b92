"""What a tester found in the web API's errors (round s39): GET /api/messages with a bad query (no user, after=abc,
after=-5) was answered with the shape of /api/ask's JSON body ('Envoyez du JSON de la forme {"text"…')."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bot.channels.web import create_app

USER = "s39-visitor-0123456789"


@pytest.fixture
def client(make_services):
    with TestClient(create_app(make_services(), warm=False), base_url="http://127.0.0.1") as c:
        yield c


@pytest.mark.parametrize("query, fields", [
    ("", ["user"]), (f"?user={USER}&after=abc", ["after"]), (f"?user={USER}&after=-5", ["after"]),
    ("?user=u1", ["user"]), (f"?user={USER}&after=99999999999999999999", ["after"]),
])
def test_a_bad_query_of_api_messages_is_told_the_query_it_takes(client, query, fields):
    response = client.get("/api/messages" + query)
    body = response.json()
    assert response.status_code == 422 and body["fields"] == fields, body
    for lang, text in body["message"].items():
        assert '{"text"' not in text and "JSON" not in text, (lang, text)
        assert "/api/messages?user=...&after=N" in text and ", ".join(fields) in text, (lang, text)
    assert "un entier à partir de 0" in body["message"]["fr"] and "عدد صحيح" in body["message"]["ar"]


def test_the_ask_route_keeps_its_own_shape(client):
    body = client.post("/api/ask", json={"lang": "fr"}).json()
    assert body["fields"] == ["text"] and '{"text"' in body["message"]["fr"], body
    assert client.get(f"/api/messages?user={USER}&after=0").json() == {"messages": []}
