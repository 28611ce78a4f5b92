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


_QUESTION = re.compile(  # a question, or a request for help ("give me", "please", "I would like")
    r"[?؟]|^\s*(?:est-ce|combien|comment|quel|quelle|quels|quelles|pourquoi|peut-on|faut-il|savez-vous|"
    r"connaissez-vous|pouvez-vous|pourriez-vous|donnez-moi|aidez-moi|j'aimerais|je voudrais|wach|wech|ch7al|"
    r"chhal|kifach|kifash|chno|achno|imta|3lach|fin|3tini|3tina|3afak|momkin|mumkin)\b|"
    r"^\s*(?:هل|كم|كيف|اين|لماذا|متي|واش|شحال|كيفاش|فين|شنو|علاش|فوقاش|امتي|عطيني|عطينا|عافاك|ممكن|ارجو)(?:\s|$)")
# Asking the reader to act, buy or get in touch (not the mere name of WhatsApp or of a price).
_SOLICIT = re.compile(
    r"\b(?:contactez|ecrivez-moi|ecrivez-nous|appelez-moi|appelez-nous|commandez|profitez|inscrivez-vous|cliquez|"
    r"achetez|rejoignez|livraison|promo|garanti|garantie|gagnez|avez gagne|felicitations|inbox|en mp|en prive|"
    r"tawasel|tawasl|tawaslo|khlles|rb7ti|lkhas|f lkhas)\b|"
    # Arabic as whole words: "باش نتواصل مع الأساتذة المتدربين" (to communicate with) asks nobody to get in touch, and
    # "مضمون" is also "content" ("مضمون المجزوءة"): a trainer's question about a WhatsApp group was held as bait
    r"(?<!\w)(?:تواصل(?:و|وا)? مع(?:ي|انا|نا|ايا|اي|انا)|تواصلو|تواصلوا|راسلني|راسلونا|راسلنا|(?:في|ف|فال|على|عل|ع) ?الخاص|اضغط|"
    r"ربحتي|ربحت|(?:ربح|نجاح|دخل|نتيجه|نتايج) مضمون\w*|بروموسيون|التوصيل مجاني|الدفع عند الاستلام)(?!\w)")


def sincere_question(normalized: str) -> bool:
    """A question (a question mark, or one of the usual question words first), in a normalized text."""
    return bool(_QUESTION.search(normalized))


def solicits(text: str, normalized: str) -> bool:
    """Asks the reader to act, buy or get in touch (contact bait, calls to action, prizes), or posts an invite."""
    return bool(_SOLICIT.search(normalized) or _INVITE.search(text) or _SHORTENER.search(text))
