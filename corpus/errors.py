"""The root of Rafiq's exceptions, and the corpus package's own, each with a code and a message in French
and Arabic. `RafiqError` lives here, in the lowest layer, so that every package can derive from it
without importing upwards; `bot.errors` draws the whole tree and re-exports every class.

::

    RafiqError
     └── CorpusError (ValueError) code, source, params; .message("fr" | "ar")
          ├── CorpusFormatError   a guide/charter/FAQ file or a document cannot be read as sections
          └── CalendarError       calendar.yaml is missing keys, has bad dates or broken references

`str(exc)` is "<source>: <French message>" for logs; a CLI or the check report shows
`exc.message(lang)` in the user's language. The templates live in `corpus.messages`.
"""
from __future__ import annotations

from typing import Any

from corpus.messages import render


class RafiqError(Exception):
    """Any error Rafiq raises on purpose; its message names the value at fault."""


class CorpusError(RafiqError, ValueError):
    """A corpus input is wrong; `code` names the fault and `message(lang)` explains it."""

    def __init__(self, code: str, source: str = "", /, **params: Any) -> None:
        self.code = code
        self.source = str(source)
        self.params = params
        super().__init__(self._text("fr"))

    def message(self, lang: str = "fr") -> str:
        """The explanation in `lang` ("fr" or "ar"), without the file name."""
        return render(self.code, lang, **self.params)

    def _text(self, lang: str) -> str:
        msg = self.message(lang)
        return f"{self.source}: {msg}" if self.source else msg


class CorpusFormatError(CorpusError):
    """A corpus file cannot be read as a section; the message names the file and the fault."""


class CalendarError(CorpusError):
    """calendar.yaml is not valid; the message names the key or item at fault."""
