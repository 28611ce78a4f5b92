"""Rafiq's exceptions: one tree, raised with a message that names the value at fault, translated only at
the edges (FastAPI routes answer JSON in Arabic and French, the Telegram error handler and the CLI log
the traceback and tell the user in their language). Exception text never reaches a user.

::

    RafiqError                          (corpus/errors.py: the lowest layer, so every package derives from it)
     ├── ConfigError (ValueError)       a RAFIQ_* setting is unusable: .variable, .value
     │    └── StartupError              Rafiq cannot start so: .key (bot/texts/cli.py), .values; the CLI exits 2
     ├── TicketError                    a ticket cannot take this step now: .ticket_id
     ├── IntentModelError               the intent model's files are missing or do not match (names the file)
     ├── FaqError (ValueError)          a proposed FAQ entry is incomplete or too long: .code (a text key)
     ├── DeliveryError                  an outbox message was not delivered: .retry_after, .permanent, .status
     │    └── ForumApiError             a forum's API refused or failed a call: .status (None: transport)
     │         └── MoodleError          a Moodle web-service error: .errorcode
     ├── WebhookRejected                a request refused at the edge: .status, .code, .key, .values, .headers
     ├── CorpusError (ValueError)       corpus/errors.py: .code, .source, .message(lang)
     │    ├── CorpusFormatError
     │    └── CalendarError
     ├── RetrievalError                 retrieval/errors.py
     │    ├── EmbedderError
     │    ├── IndexLoadError
     │    │    └── IndexMismatchError
     │    └── QuestionFileError (ValueError)
     └── ModelError                     moderation/model.py: the moderation model cannot load or train

The lower layers (corpus, retrieval, moderation) cannot import `bot`: their classes live with them and
derive from `corpus.errors.RafiqError`; this module re-exports them, so ``from bot.errors import ...``
reaches every class and ``except RafiqError`` catches all of them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from corpus.errors import CalendarError, CorpusError, CorpusFormatError, RafiqError
from moderation.model import ModelError
from retrieval.errors import (EmbedderError, IndexLoadError, IndexMismatchError, QuestionFileError,
                              RetrievalError)

__all__ = [
    "RafiqError", "ConfigError", "StartupError", "TicketError", "IntentModelError", "FaqError", "DeliveryError",
    "ForumApiError", "MoodleError", "WebhookRejected", "CorpusError", "CorpusFormatError", "CalendarError",
    "RetrievalError", "EmbedderError", "IndexLoadError", "IndexMismatchError", "QuestionFileError", "ModelError",
]


class ConfigError(RafiqError, ValueError):
    """A setting cannot be used; the message names the variable and the value.

    Example: ``raise ConfigError("RAFIQ_TIMEZONE", "Mars/Olympus", "unknown time zone")``
    """

    def __init__(self, variable: str, value: object, problem: str) -> None:
        super().__init__(f"{variable}={value!r}: {problem}")
        self.variable = variable
        self.value = value


class StartupError(ConfigError):
    """Rafiq cannot start as configured (a taken port, an unreadable corpus, an unreachable database, a bad
    value): `key` names the bilingual text (bot/texts/cli.py) that tells what is wrong and which variable
    to change, `values` fill it in. The `rafiq` command prints it and exits with code 2, no traceback.

    Example: ``raise StartupError("cli_port_taken", "RAFIQ_HTTP_PORT", 8000, host="127.0.0.1", port=8000)``
    """

    def __init__(self, key: str, variable: str, value: object, **values: object) -> None:
        super().__init__(variable, value, key)
        self.key = key
        self.values = {"variable": variable, "value": value, **values}


class TicketError(RafiqError):
    """A ticket operation is not allowed in the ticket's current state (the message names the ticket)."""

    def __init__(self, message: str, ticket_id: int | None = None) -> None:
        super().__init__(message)
        self.ticket_id = ticket_id


class IntentModelError(RafiqError):
    """The intent model's files (bot/roles/models/) are missing, unreadable or do not match this code; the
    message names the file."""


class FaqError(RafiqError, ValueError):
    """The entry is incomplete or too long; `code` is the console's text key, `detail` names the field."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class DeliveryError(RafiqError):
    """Delivery failed; `retry_after` (seconds) when the channel asked to wait, `permanent` to give up,
    `status` the HTTP status the channel answered (None when there was none)."""

    def __init__(self, message: str, retry_after: float | None = None, permanent: bool = False,
                 status: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent
        self.status = status


class ForumApiError(DeliveryError):
    """A forum's API answered with an error (`status`) or could not be reached (`status` None).

    Example: ``except ForumApiError as exc: if exc.status == 422: ...  # Discourse: already flagged``
    """


class MoodleError(ForumApiError):
    """A Moodle web-service error: an exception body (`errorcode`), an HTTP error or a transport failure."""

    RETRYABLE = frozenset({"invalidtoken", "accessexception", "servicerequireslogin", "http_error", "transport"})

    def __init__(self, errorcode: str, message: str, status: int | None = None) -> None:
        super().__init__(f"moodle {errorcode}: {message}", permanent=errorcode not in self.RETRYABLE,
                         status=status)
        self.errorcode = errorcode


@dataclass
class WebhookRejected(RafiqError):
    """A request refused at the edge: HTTP status, error code and the text key explaining it."""

    status: int
    code: str
    key: str
    values: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.code} {self.values or ''}".rstrip()
