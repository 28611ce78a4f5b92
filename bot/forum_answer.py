"""The text of an answer read on a forum: the passage and its sources, without the chat's instructions.

In a chat, a cut passage ends with how to read the rest ("⏭ Pour lire la suite, écrivez « la suite »", "👣 اكتب رقمها");
on a forum nobody answers such a word (a tester's "la suite" under Rafiq's reply got nothing): the reply names the
guide section where the whole passage is instead."""
from __future__ import annotations

from bot.texts import t
from bot.types import Decision, citation_line, colon

CHAT_HINTS = ("steps_hint", "rest_hint")


def forum_text(decision: Decision) -> str:
    """The body and its citation line as a forum shows them: a cut passage points to its section, never to a chat
    command."""
    if not decision.citations:
        return decision.body
    chat = decision.sources
    hinted = any(t(key, decision.lang) in chat for key in CHAT_HINTS)
    line = citation_line(decision.citations, decision.lang, decision.only_other_lang)
    if hinted:
        first = decision.citations[0]
        line = f"{t('forum_read_whole', decision.lang, title=first.title, id=first.id)}\n{line}"
    if decision.see_also:
        related = t("list_separator", decision.lang).join(f"{c.title} [{c.id}]" for c in decision.see_also)
        line += f"\n{t('see_also', decision.lang)}{colon(decision.lang)} {related}"
    return f"{decision.body}\n\n{line}"
