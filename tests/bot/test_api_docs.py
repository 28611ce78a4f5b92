"""The OpenAPI over HTTP: typed answers for /api/ask (same JSON as before) and /health, the error answers
documented (401, 403, 404, 413, 422, 429), the docs' assets and the favicon served by Rafiq itself."""
from __future__ import annotations

import httpx
import pytest

from bot.channels.web import create_app
from tests.channels.console_helpers import ServerThread


@pytest.fixture
def server(make_services):
    with ServerThread(create_app(make_services())) as running:
        yield running


def schema_of(spec: dict, response: dict) -> dict:
    ref = response["content"]["application/json"]["schema"]["$ref"]
    return spec["components"]["schemas"][ref.rsplit("/", 1)[1]]


def test_ask_and_health_answers_are_typed(server):
    spec = httpx.get(server.url + "/openapi.json").json()
    ask = spec["paths"]["/api/ask"]["post"]["responses"]
    body = schema_of(spec, ask["200"])
    assert list(body["properties"]) == ["answer", "lang", "intent", "confidence", "citations", "escalate", "reason",
                                        "user", "interaction", "options", "offers_tutor", "page_lang", "actions"]
    assert body["properties"]["citations"]["items"]["$ref"].endswith("/Citation")
    health = schema_of(spec, spec["paths"]["/health"]["get"]["responses"]["200"])
    index = spec["components"]["schemas"]["IndexHealth"]["properties"]
    assert {"status", "problems", "index", "channels", "telegram"} == set(health["properties"])
    assert {"chunks", "question_keys", "sections", "embedder", "state", "done", "total"} == set(index)
    assert set(index["state"]["enum"]) == {"starting", "building", "ready", "failed"}


def test_error_answers_are_documented(server):
    paths = httpx.get(server.url + "/openapi.json").json()["paths"]
    assert {"413", "422", "429"} <= set(paths["/api/ask"]["post"]["responses"])
    assert {"400", "401", "413", "429", "503"} <= set(paths["/hooks/forum"]["post"]["responses"])
    assert "401" in paths["/console/login"]["post"]["responses"]
    assert {"403", "404"} <= set(paths["/console/tickets/{ticket_id}/claim"]["post"]["responses"])
    assert "404" in paths["/console/tickets/{ticket_id}"]["get"]["responses"]


def test_the_ask_json_is_unchanged_by_its_model(server):
    body = httpx.post(server.url + "/api/ask", json={"text": "Comment préparer une séance de formation ?"},
                      timeout=30).json()
    assert list(body) == ["answer", "lang", "intent", "confidence", "citations", "escalate", "reason", "user",
                          "interaction", "options", "offers_tutor", "page_lang", "actions"]  # the page's buttons
    assert list(body["citations"][0]) == ["id", "title", "lang"]
    too_long = httpx.post(server.url + "/api/ask", json={"text": "a" * 5000})
    assert too_long.status_code == 413 and set(too_long.json()) == {"error", "limit", "length", "message"}


def test_docs_assets_and_favicon_come_from_rafiq(server):
    page = httpx.get(server.url + "/docs")
    assert page.status_code == 200 and "cdn." not in page.text and "/docs/static/swagger-ui-bundle.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    redoc = httpx.get(server.url + "/redoc")
    assert redoc.status_code == 200 and "/docs/static/redoc.standalone.js" in redoc.text and "fonts.googleapis" not in redoc.text
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js"):
        assert httpx.get(f"{server.url}/docs/static/{asset}").status_code == 200, asset
    icon = httpx.get(server.url + "/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/x-icon" and icon.content[:4] == b"\0\0\1\0"
    assert httpx.get(server.url + "/favicon.svg").headers["content-type"].startswith("image/svg+xml")
