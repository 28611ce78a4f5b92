"""The web chat's mailbox: outbox rows addressed to one browser, handed over when its page asks.

The web channel has no push: a tutor's answer (or any later message) to a web visitor is an outbox row
on channel "web" whose recipient is the browser's random id. The page polls `GET /api/messages`; the
rows it receives are marked delivered then. The page passes the last id it showed (`after`), so rows
delivered in a response that never reached it are handed over again (at least once; the page skips
ids it already shows).
"""
from __future__ import annotations

from bot.channels.web.bidi import isolate_commands
from bot.clock import aware
from bot.store.outbox import Outbox

CHANNEL = "web"
MAX_BATCH = 50


class WebMailbox:
    """Fetches a browser's messages from the outbox.

    Example: ``WebMailbox(services.outbox).fetch("w-3q9…", after=0)`` → ``[{"id", "text", "kind", "lang", "at"}]``
    """

    def __init__(self, outbox: Outbox) -> None:
        self.outbox = outbox

    def fetch(self, recipient: str, after: int = 0) -> list[dict]:
        """The browser's messages newer than `after`, oldest first; pending ones are marked delivered."""
        rows = self.outbox.store.mailbox(CHANNEL, recipient, after, MAX_BATCH)
        items = [{"id": r.id, "text": isolate_commands(r.text), "kind": str((r.payload or {}).get("kind", "")),
                  "lang": str((r.payload or {}).get("lang", "")),
                  "at": aware(r.created_at).isoformat() if r.created_at else None} for r in rows]  # with its zone
        pending = [r.id for r in rows if r.state == "pending"]
        for row_id in pending:
            self.outbox.mark_delivered(row_id, "web")
        return items
