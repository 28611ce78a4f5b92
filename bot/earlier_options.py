"""The options of the last clarifying question stay choosable while the trainer reads them one by one.

    "c quoi le rôle du tuteur ?" ─► options 1-3 ─► "2" ─► the pedagogical role ─► "et le 3 ?" ─► option 3
    "ما هو دور المؤطر؟" ─► options ─► "التنظيمي" ─► "والبيداغوجي؟" ─► option 2 (not the pedagogical scenario)
    "… ?" ─► options 1-3 ─► "1" ─► "et l'autre ?" ─► the options not read yet, asked again (one left: that one)

A short message (EARLIER_MAX_WORDS) that names an option by its number or rank after "and" ("et le 3", "w tani",
"و الثالث"), by a word of its title no other option has, or asks for "the other one", while every exchange since the
question was on its options.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.conversation import CHOICES, LastTurn, bare_number, word_count
from bot.dialogue import clarify_decision, section_decision
from bot.option_words import option_of_words
from bot.types import Decision, Intent, Message, Reason
from retrieval.normalize import normalize_text
from retrieval.types import Citation

if TYPE_CHECKING:
    from bot.conversation import StoreMemory
    from bot.tutor import Tutor

EARLIER_MAX_WORDS = 5
TURNS_BACK = 6  # exchanges since the clarifying question looked through (the options read, their follow-ups)
# "et …", "w …", "و…" opening the option's number or rank
_AND = re.compile(r"^(?:et|w|o|wa|and|ou|w\s*ila|mais)\s+|^و\s?")
# "et l'autre ?", "w lakhor?", "والآخر؟", "et les autres ?": the option(s) not read yet
_OTHER = re.compile(r"^(?:(?:l'|l |le |la |les )?autres?|(?:l ?)?a?kh[ou]r|(?:l ?)?okhra|الاخر|الاخري|الاخرين|الاخرى"
                    r"|لاخر|لاخرين|لوخرى|لوخرا|لخرين)(?: (?:option|choix|role|roles|wa7ed|واحد))?$")


def earlier_options(memory: StoreMemory, message: Message) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """The options of the latest clarifying question, the ones read since, and the question it was asked on;
    empty when an exchange since then was on another section (or none was on its options)."""
    read: list[str] = []
    row = memory.latest_row(message.channel, message.user, None)
    for _ in range(TURNS_BACK):
        if row is None:
            break
        cited = [c.get("id", "") for c in row.citations or ()]
        if row.reason == Reason.CLARIFY:
            return (tuple(cited), tuple(dict.fromkeys(read)), row.text) if read and set(read) <= set(cited) \
                else ((), (), "")
        if not cited:
            break
        read.append(cited[0])
        row = memory.latest_row(message.channel, message.user, None, before=row.id)
    return (), (), ""


def _number(text: str) -> int | None:
    """The option's number or rank after "and" ("et le 3", "w tani", "والثالث")."""
    norm = _AND.sub("", normalize_text(text).strip(" ?!.؟،,")).strip()
    if (number := bare_number(norm)) is not None:
        return number
    return next((n for n, pattern in CHOICES.items() if re.fullmatch(pattern, norm)), None)


def earlier_option(tutor: Tutor, text: str, lang: str, message: Message, last: LastTurn) -> Decision | None:
    """The option of the last clarifying question a short message names after one was read, or the options not read
    yet for "the other one"; None for anything else."""
    if last.clarifying or tutor.memory is None or word_count(text) > EARLIER_MAX_WORDS:
        return None
    offered, read, question = earlier_options(tutor.memory, message)
    if len(offered) < 2:
        return None
    norm = _AND.sub("", normalize_text(text).strip(" ?!.؟،,")).strip()
    if _OTHER.fullmatch(norm):
        left = tuple(s for s in offered if s not in read)
        if len(left) > 1:
            titles = tutor.engine.index.titles
            return clarify_decision(tuple(Citation(s, titles.get((s, lang), s), lang) for s in left), lang,
                                    Intent.FOLLOW_UP)
        chosen = left[0] if left else None
    else:
        number = _number(text) or option_of_words(tutor, text, offered)
        chosen = offered[number - 1] if number is not None and number <= len(offered) else None
    if chosen is None or (chosen == last.sections[0] and _number(text) is None):
        return None  # the option just read, named by a word: a question about it, read as usual
    return section_decision(tutor, chosen, question or text, lang, Intent.FOLLOW_UP)
