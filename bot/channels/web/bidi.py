"""Commands in an Arabic reply, isolated left to right as the start-up checklist writes them ("⁦/calendar⁩", U+2066 …
U+2069): unisolated, the page drew "calendar/", "next/", "forget ok/" in /help and /forget (a newcomer). Every reply
the page shows goes through `isolate_commands`, so no text needs to carry the marks itself::

    isolate_commands("الجدول الزمني: /calendar")   # 'الجدول الزمني: \u2066/calendar\u2069'
    isolate_commands("/next — الموعد المقبل")        # '\u200f\u2066/next\u2069 — الموعد المقبل'
"""
from __future__ import annotations

import re

LRI, PDI, RLM = "\u2066", "\u2069", "\u200f"
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# "/calendar", "/forget ok", "/lang ar" (a command and its Latin argument), not a path or an address ("/api/ask",
# "https://…/register") nor one already isolated
_COMMAND = re.compile(r"(?<![\w/.:\u2066])/[a-z][a-z_]*(?: (?:ok|ar|fr))?(?![\w/-]|\.\w)")


def isolate_commands(text: str) -> str:
    """`text` with each command isolated left to right when it holds Arabic (a French text needs nothing); one that
    opens a line ("/calendar — الجدول الزمني") gets a right-to-left mark before it, else Chromium aligned that line to
    the left, as if it were French."""
    if not text or not _ARABIC.search(text):
        return text

    def isolated(found: re.Match) -> str:
        opens = found.start() == 0 or text[found.start() - 1] == "\n"
        stop = text.find("\n", found.end())
        line = text[found.end():stop if stop >= 0 else len(text)]  # Arabic after it: a right-to-left line
        return f"{RLM if opens and _ARABIC.search(line) else ''}{LRI}{found.group(0)}{PDI}"
    return _COMMAND.sub(isolated, text)
