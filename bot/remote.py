"""`rafiq ask` and `rafiq chat` through a running `rafiq serve` (RAFIQ_SERVER_URL): nothing is loaded here.

    RemoteTutor("http://127.0.0.1:8000").ask("Comment préparer une séance ?", None)   # the public ask JSON

One `user` id per RemoteTutor, so a chat keeps its conversation on the server. A refusal the server
explains (413 too long, 429 rate limited, 422 invalid) becomes an `invalid` reply carrying its bilingual
message; a server that cannot be reached is a StartupError naming RAFIQ_SERVER_URL (exit code 2).
"""
from __future__ import annotations

import secrets

import httpx

from bot.errors import StartupError

PUBLIC = ("answer", "lang", "intent", "confidence", "citations", "escalate", "reason")


class RemoteTutor:
    """Asks the `/api/ask` route of a running Rafiq."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.url = url.rstrip("/")
        self.user = f"cli-{secrets.token_urlsafe(16)}"
        self._client = httpx.Client(timeout=timeout)

    def ask(self, text: str, lang: str | None = None) -> dict:
        """The server's reply in the public `ask` JSON shape."""
        body: dict = {"text": text, "user": self.user}
        if lang:
            body["lang"] = lang
        try:
            response = self._client.post(f"{self.url}/api/ask", json=body)
            data = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise StartupError("cli_server_unreachable", "RAFIQ_SERVER_URL", self.url,
                               reason=type(exc).__name__) from None
        if response.status_code == 200:
            return {key: data.get(key) for key in PUBLIC}
        message = data.get("message") if isinstance(data, dict) else None
        if not isinstance(message, dict):
            raise StartupError("cli_server_unreachable", "RAFIQ_SERVER_URL", self.url,
                               reason=f"HTTP {response.status_code}")
        return {"answer": f"{message.get('ar', '')}\n\n{message.get('fr', '')}".strip(), "lang": lang or "fr",
                "intent": "invalid", "confidence": 0.0, "citations": [], "escalate": False,
                "reason": str(data.get("error", response.status_code))}
