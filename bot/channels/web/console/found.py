"""What Rafiq found for a ticket, as the ticket page shows it: one view per stored `found` item.

A ticket's `found` list holds items of several kinds, written by different paths: passages of the guide
(no `kind`; the Tutor, Telegram), a forum reply draft (`suggestion`), a held or hidden post (`moderation`,
and `appeal`), a forum thread nobody answered (`thread`). Items are JSON from the store, so every field
is read defensively: a missing or odd field is left out, never an error on the page.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from bot.texts import t

KINDS = ("passage", "suggestion", "moderation", "appeal", "thread")
DRAFT_PREFILL = 0.5  # a forum draft this sure fills the answer box; below, it is shown only (a tester got one at 0.05)


@dataclass(frozen=True)
class FoundView:
    """One item of a ticket's `found` list, ready for the template (strings, floats or None)."""

    kind: str
    title: str = ""
    section: str = ""
    lang: str = ""
    confidence: float | None = None
    text: str = ""
    url: str = ""
    when: datetime | None = None
    verdict: str = ""
    action: str = ""
    reason: str = ""
    charter_section: str = ""
    labels: tuple[tuple[str, float], ...] = ()
    cues: tuple[str, ...] = ()
    citations: tuple[tuple[str, str, str], ...] = ()  # (id, title, lang)
    links: tuple[tuple[str, str], ...] = ()  # (title, url)
    extra: tuple[tuple[str, str], ...] = field(default=())  # an unknown kind: its fields as text
    draft: str = ""  # a forum suggestion's answer alone (no similar threads, no Rafiq signature): the answer box's


def _text(value: object, limit: int = 2000) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value)[:limit]


def _number(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def safe_url(value: object) -> str:
    """The URL when it is http(s), else "" (never a `javascript:` link in the console)."""
    url = _text(value, 1000).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme in ("http", "https") and parts.netloc else ""


def _when(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _labels(value: object) -> tuple[tuple[str, float], ...]:
    if not isinstance(value, dict):
        return ()
    pairs = ((str(k)[:40], _number(v)) for k, v in value.items())
    return tuple(sorted(((k, v) for k, v in pairs if v is not None), key=lambda kv: -kv[1]))[:8]


def _citations(value: object) -> tuple[tuple[str, str, str], ...]:
    items = value if isinstance(value, list) else []
    return tuple((_text(c.get("id"), 120), _text(c.get("title"), 300), _text(c.get("lang"), 8))
                 for c in items[:10] if isinstance(c, dict))


def _links(value: object) -> tuple[tuple[str, str], ...]:
    items = value if isinstance(value, list) else []
    return tuple((_text(s.get("title"), 300), safe_url(s.get("url"))) for s in items[:10] if isinstance(s, dict))


def draft_answer(item: dict) -> str:
    """A forum suggestion's answer without what Rafiq adds when it posts itself (the similar threads, its signature
    and footer): a tutor publishing it signs it (pasted whole, it went out signed twice, a newcomer)."""
    text = _text(item.get("answer"), 8000) or _text(item.get("text"), 8000)
    ends = [text.find(marker) for lang in ("ar", "fr")
            for marker in (t("similar_discussions", lang), t("signature", lang))]
    cut = min((end for end in ends if end > 0), default=len(text))
    return text[:cut].strip()


def found_view(item: object) -> FoundView:
    """The view of one stored item, whatever its kind (an unknown one lists its fields)."""
    if not isinstance(item, dict):
        return FoundView("other", text=_text(item, 500))
    kind = _text(item.get("kind"), 32) or "passage"
    common = {"url": safe_url(item.get("url")), "confidence": _number(item.get("confidence")),
              "lang": _text(item.get("lang"), 8)}
    if kind == "passage":
        return FoundView(kind, title=_text(item.get("title"), 300), section=_text(item.get("id"), 120),
                         text=_text(item.get("text"), 400), **common)
    if kind == "suggestion":
        sure = (common["confidence"] or 0.0) >= DRAFT_PREFILL  # a draft at 0.05 on another subject is no answer
        return FoundView(kind, text=_text(item.get("text"), 4000), citations=_citations(item.get("citations")),
                         links=_links(item.get("similar")), draft=draft_answer(item) if sure else "", **common)
    if kind in ("moderation", "appeal"):
        cues = item.get("cues") if isinstance(item.get("cues"), list) else []
        return FoundView(kind, verdict=_text(item.get("verdict"), 32), action=_text(item.get("action"), 32),
                         reason=_text(item.get("reason"), 500), charter_section=_text(item.get("charter_section"), 120),
                         labels=_labels(item.get("labels")), cues=tuple(_text(c, 80) for c in cues[:10]),
                         text=_text(item.get("text"), 2000), title=_text(item.get("post_id"), 40), **common)
    if kind == "thread":
        return FoundView(kind, title=_text(item.get("title"), 300), when=_when(item.get("posted_at")), **common)
    extra = tuple((str(k)[:40], _text(v, 300)) for k, v in item.items() if k != "kind" and _text(v, 300))
    return FoundView("other", title=kind, extra=extra[:12], **common)


def found_views(found: object) -> list[FoundView]:
    """The views of a ticket's `found` list (anything that is not a list shows nothing)."""
    return [found_view(item) for item in found] if isinstance(found, list) else []
