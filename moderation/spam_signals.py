"""Spam signals that are not words: link farms, chat-group invites, link shorteners and re-posts.

Run on the raw text (normalization turns links into a placeholder). Each signal is a cue with a
probability, combined by noisy-or with the lexicon and the model.
"""
from __future__ import annotations

import re

from moderation.text import count_urls

_INVITE = re.compile(r"chat\.whatsapp\.com/|wa\.me/|t\.me/(?:joinchat|\+)|discord\.gg/", re.IGNORECASE)
_SHORTENER = re.compile(r"\b(?:bit\.ly|tinyurl\.com|cutt\.ly|shorturl\.at|t\.co|is\.gd|rb\.gy)/", re.IGNORECASE)
MIN_REPEAT_CHARS = 20


def link_cues(text: str) -> list[tuple[str, float]]:
    """(cue, weight) pairs for links: many links, group invites, shorteners."""
    cues = []
    urls = count_urls(text)
    if urls >= 5:
        cues.append(("links>=5", 0.9))
    elif urls >= 3:
        cues.append(("links>=3", 0.6))
    if _INVITE.search(text):
        cues.append(("chat_invite", 0.35))
    if _SHORTENER.search(text):
        cues.append(("shortener", 0.3))
    return cues


def repeat_cue(count: int, text: str) -> list[tuple[str, float]]:
    """A cue for the same text posted `count` times by one author (short texts never count)."""
    if len(text.strip()) < MIN_REPEAT_CHARS or count < 2:
        return []
    if count >= 3:
        return [(f"repeat:{count}", 0.9)]
    return [("repeat:2", 0.2)]
