"""Check ``parse_mode`` text the way the Bot API rejects it ("can't parse entities").

Only the common mistakes are caught: unsupported or unbalanced HTML tags, a bare ``<`` or ``&``
in HTML, and unescaped reserved characters in MarkdownV2 outside code spans. The HTML check also
gives the plain text Telegram would show, for the echoed Message.
"""

from __future__ import annotations

import html
import re

HTML_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
     "code", "pre", "blockquote", "tg-emoji"}
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
# Characters that are never markup in MarkdownV2 and must always be escaped outside code.
_MDV2_ALWAYS_ESCAPED = frozenset(".!-=+#{}")


class EntityParseError(ValueError):
    """The text would be refused with "Bad Request: can't parse entities: ..."."""


def _offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def check_html(text: str) -> str:
    """Validate Telegram HTML and return the visible plain text; raise EntityParseError."""
    stack: list[str] = []
    plain: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = _TAG.match(text, i)
            if match is None:
                raise EntityParseError(
                    f"Unexpected end of name token at byte offset {_offset(text, i)}"
                )
            closing, name = match.group(1), match.group(2).lower()
            if name not in HTML_TAGS:
                kind = "end" if closing else "start"
                raise EntityParseError(
                    f'Unsupported {kind} tag "{name}" at byte offset {_offset(text, i)}'
                )
            if closing:
                if not stack or stack[-1] != name:
                    raise EntityParseError(
                        f'Can\'t find start tag corresponding to end tag "{name}"'
                    )
                stack.pop()
            else:
                stack.append(name)
            i = match.end()
        elif char == "&":
            match = _ENTITY.match(text, i)
            if match is None:
                raise EntityParseError(
                    f"Unsupported HTML entity at byte offset {_offset(text, i)}"
                )
            plain.append(html.unescape(match.group(0)))
            i = match.end()
        else:
            plain.append(char)
            i += 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(plain)


def check_markdown_v2(text: str) -> None:
    """Refuse reserved characters that are not escaped with a backslash outside code spans."""
    in_code = False
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "`":
            in_code = not in_code
        elif not in_code and char in _MDV2_ALWAYS_ESCAPED:
            raise EntityParseError(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        i += 1


def visible_text(text: str, parse_mode: str | None) -> str:
    """Validate ``text`` for ``parse_mode`` and return what the chat would display."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return check_html(text)
    if mode == "markdownv2":
        check_markdown_v2(text)
    return text
