"""Telegram rendering: a message as styled runs → HTML parts under Telegram's 4096 limit.

A message is a list of runs `(text, tag)` where `tag` is None, "i" or "b". Texts stay plain until
the last step, so escaping happens once and markup is always balanced: a run cut by a split is
closed at the end of one part and reopened in the next. Arabic messages get a right-to-left mark
(U+200F) on every line that starts with a Latin letter or a digit, so such lines stay right-aligned.
"""
from __future__ import annotations

import html
import re

from bot.types import Decision

TG_LIMIT = 4096  # visible characters (UTF-16 code units) of one message
RLM = "\u200f"
CITATION_MARK = "📖"
Run = tuple[str, "str | None"]
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9\u00C0-\u024F\u0660-\u0669]")


def escape(text: str) -> str:
    """Escape `<`, `>` and `&` for parse_mode HTML."""
    return html.escape(text, quote=False)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units (how Telegram counts)."""
    return len(text.encode("utf-16-le")) // 2


def reply_runs(decision: Decision) -> list[Run]:
    """The Tutor's decision as runs: the body plain, its citation line in italics."""
    if not decision.citations:
        return [(decision.body, None)]
    return [(decision.body + "\n\n", None), (decision.sources, "i")]


def mark_rtl(runs: list[Run]) -> list[Run]:
    """Prefix U+200F to every line starting with a Latin letter or a digit (for Arabic messages)."""
    out: list[Run] = []
    at_line_start = True
    for text, tag in runs:
        pieces = []
        for i, char in enumerate(text):
            if at_line_start and _LATIN_OR_DIGIT.match(char):
                pieces.append(RLM)
            if char == "\n":
                at_line_start = True
            elif not (at_line_start and char in " \t"):
                at_line_start = False
            pieces.append(char)
        out.append(("".join(pieces), tag))
    return out


def _cut(text: str, start: int, limit: int) -> int:
    """End index of the part beginning at `start`: the last paragraph, line or word break that fits."""
    units, end = 0, start
    while end < len(text):
        step = 2 if ord(text[end]) > 0xFFFF else 1
        if units + step > limit:
            break
        units += step
        end += 1
    if end >= len(text):
        return len(text)
    window = text[start:end + 1]  # +1: a break right after the last character that fits still counts
    for sep, floor in (("\n\n", limit // 3), ("\n", limit // 3), (" ", 1)):
        at = window.rfind(sep)
        if at >= floor or (sep == " " and at > 0):
            return start + at
    return end  # one word longer than the limit: cut it


def split_runs(runs: list[Run], limit: int = TG_LIMIT) -> list[list[Run]]:
    """Split runs into parts of at most `limit` visible units, at paragraph, line or word breaks."""
    text = "".join(t for t, _ in runs)
    bounds, pos = [], 0
    for t, tag in runs:
        bounds.append((pos, pos + len(t), tag))
        pos += len(t)
    parts: list[list[Run]] = []
    start = 0
    while start < len(text):
        while start < len(text) and text[start] in " \n":
            start += 1
        if start >= len(text):
            break
        end = _cut(text, start, limit)
        part = [(text[max(a, start):min(b, end)], tag) for a, b, tag in bounds if a < end and b > start]
        part = _trim_end([(t, tag) for t, tag in part if t])
        if part:
            parts.append(part)
        start = end
    return parts or [[("…", None)]]


def _trim_end(part: list[Run]) -> list[Run]:
    while part and not part[-1][0].rstrip(" \n"):
        part.pop()
    if part:
        part[-1] = (part[-1][0].rstrip(" \n"), part[-1][1])
    return part


def to_html(runs: list[Run]) -> str:
    """Runs as Telegram HTML."""
    out = []
    for text, tag in runs:
        body = escape(text)
        out.append(f"<{tag}>{body}</{tag}>" if tag and text.strip() else body)
    return "".join(out)


def render(runs: list[Run], lang: str | None, limit: int = TG_LIMIT) -> list[str]:
    """The HTML parts to send for `runs` in `lang` (right-to-left marks when Arabic)."""
    if lang in ("ar", "ary", "ary-Latn"):
        runs = mark_rtl(runs)
    return [to_html(part) for part in split_runs(runs, limit)]


def button_rows(buttons: list[tuple[str, str]], per_row: int = 2) -> list[list[dict]]:
    """Buttons `(label, callback_data)` laid out `per_row` a row, as outbox payload rows."""
    rows, row = [], []
    for label, data in buttons:
        row.append({"label": label, "action": data})
        if len(row) == per_row:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return rows


def reply_buttons(reply: Decision) -> list[list[dict]]:
    """The reply's buttons with the interaction id in their callback data (feedback on one row)."""
    if not reply.buttons:
        return []
    suffix = f":{reply.interaction_id}" if reply.interaction_id is not None else ""
    feedback = [{"label": b.label, "action": b.action + suffix} for b in reply.buttons if b.action.startswith("fb:")]
    others = [[{"label": b.label, "action": b.action + suffix}] for b in reply.buttons
              if not b.action.startswith("fb:")]
    return ([feedback] if feedback else []) + others
