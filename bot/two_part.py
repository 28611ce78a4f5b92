"""A calendar question with a second question for the guide in it ("c quoi la deadline du module 3 et comment
rendre le devoir ?"): the calendar's answer, then the guide's answer to the second part when the guide is sure of
it (it got the deadline alone; found by a newcomer). A calendar question that asks to change a date or a group gets
the dates and the ask-a-tutor button (it got the dates alone: only a tutor can change them)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.dialogue import answer_buttons
from bot.shown_items import said_again
from bot.roles.calendar_query import asks_for_a_date, asks_when, parse_calendar_query
from bot.roles.intents import asks_something
from bot.roles.module_names import module_number
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

# "… et comment …", "… w kifach …", "… وكيف …": where a second question starts
_SECOND = re.compile(r"\s(?:et|w|o|ou)\s+(?=(?:comment|kifach|kifash|kifech|ou|où|fin|chno|que|quoi|est-ce|est ce)\b)|"
                     r"(?:^|(?<=\s))و\s?(?=(?:كيف|كيفاش|فين|اين|أين|شنو|اشنو|ماذا|هل|واش)(?:\s|$))", re.IGNORECASE)
MIN_SECOND_WORDS = 3  # "et comment ?" alone asks nothing of its own
# a second part asking the link or hour of the dated item ("… w chno lien dyalo?", "… et c'est à quelle heure ?"): the
# calendar's answer gives them (the rule against spam was added for "lien", cited as the source)
_OF_THE_DATE = re.compile(r"\b(?:lien|liens|link|lyen|liyen|url|heure|horaire|sa3a|ssa3a)\b|"
                          r"(?<!\w)(?:ال)?(?:رابط|لينك|ليان|ساعه|توقيت)\w*")
# Asking to change a date or a group ("wach n9der nbdl lgroupe dyal live?", "peut-on reporter la date ?", "هل يمكن
# تأجيل الأجل؟"): the calendar gives the dates; only a tutor can change them (normalized text)
_CHANGE = re.compile(r"\b(?:chang|modifi|deplac|report|decal|prolong|n?bd[ae]?l|n?ghay?y?[ae]?r|nbadal|tamdid)\w*"
                     r"|(?:^|\s)(?:ن|ي|ت)(?:بدل|غير|أجل|اجل|مدد)\w*|تغيير|تبديل|تأجيل|تاجيل|تمديد")


def asks_for_a_change(text: str) -> bool:
    """True when a calendar question asks to change a date or a group (`_CHANGE`)."""
    return bool(_CHANGE.search(normalize_text(text)))


def second_part(text: str) -> str | None:
    """The second question of a message ("comment rendre le devoir ?"), or None when it has one question."""
    found = _SECOND.search(text)
    rest = text[found.end():].strip() if found else ""
    return rest if len(rest.split()) >= MIN_SECOND_WORDS else None


# where a message's calendar questions part: a question mark, or "et" / "w" / "و" opening another
_PARTS = re.compile(r"[?؟]+|\s(?:et|w|o|wa)\s+(?=\S+\s+\S)|\sو\s?(?=\S+\s+\S)")
MIN_PART_WORDS = 3


def message_parts(text: str) -> list[str]:
    """A message's questions, each read with the module the message names ("quand est-ce que le module 3 commence et
    c quoi le devoir à rendre ?": the second is module 3's)."""
    number = module_number(normalize_text(text))
    parts = [p.strip() for p in _PARTS.split(text) if len(p.split()) >= MIN_PART_WORDS]
    return [p if number is None or module_number(normalize_text(p)) is not None else f"{p} (module {number})"
            for p in parts]


def each_calendar_part(tutor: Tutor, calendar: str, text: str, lang: str) -> str:
    """The calendar's answers to each calendar question of a message, in its order ("c quoi la date limite du devoir
    du module 2 et il y a une classe virtuelle avant ?": the deadline, then the live session; read whole, the
    message got the live session alone; "…le module 3 commence et c quoi le devoir ?" got the deadline alone), or
    `calendar` (the whole message's answer) when it asks one. An answer whose lines an earlier one gave is left out."""
    organizational = getattr(tutor, "organizational", None)
    parts = message_parts(text)
    if organizational is None or len(parts) < 2:
        return calendar
    answers: list[str] = []
    for part in parts:
        found = organizational.answer(part, lang) if parse_calendar_query(part) is not None else None
        given = {line.strip() for answer in answers for line in answer.splitlines()}
        if found and not {line.strip() for line in found.splitlines() if line.strip()} <= given:
            answers.append(found)
    if len(answers) == 1 and {line.strip() for line in calendar.splitlines() if line.strip()} <= {
            line.strip() for line in answers[0].splitlines()}:
        return answers[0]  # the module's dates with its assignments: the deadline asked is among them
    return "\n\n".join(answers) if len(answers) > 1 else calendar


def guide_parts(text: str) -> list[str]:
    """The parts of a message that ask no date ("شنو هو التعلم المقلوب؟ و فوقاش الحصة المباشرة الجاية؟": the first),
    nor the link or hour of one ("إمتى الامتحان المهني…؟ واش خرجو التواريخ؟" got the page on summative assessment)."""
    parts = message_parts(text)
    return [p for p in parts if len(parts) > 1 and parse_calendar_query(p) is None and not asks_when(p)
            and not _OF_THE_DATE.search(normalize_text(p))]  # a date the calendar has not is not the guide's


def calendar_decision(tutor: Tutor, calendar: str, text: str, lang: str) -> Decision:
    """The calendar's answer (to each of its calendar questions), followed by the guide's sure answer to a second
    question in the message."""
    calendar = each_calendar_part(tutor, calendar, text, lang)
    second = second_part(text)
    if second and _OF_THE_DATE.search(normalize_text(second)) and len(second.split()) <= 2 * MIN_SECOND_WORDS:
        second = None
    found = tutor.engine.answer(second, lang, tutor.max_words) if second else None
    if found is not None and not found.answered:  # "وكيف أودعه في المنصة؟": "it" is named in the first part
        found = tutor.engine.answer(text, lang, tutor.max_words)
    for part in guide_parts(text) if found is None else ():  # the guide's question before the date's, or without
        found = tutor.engine.answer(part, lang, tutor.max_words)  # a conjunction the second part is found by
        if found.answered:
            break
    if found is None or not found.answered:
        if asks_for_a_change(text):  # the dates, and the person who can change them
            return Decision(Kind.ANSWER, f"{calendar}\n\n{t('change_is_for_tutors', lang)}", lang,
                            Intent.ORGANIZATIONAL, confidence=1.0, buttons=(Button(t("ask_tutor", lang), "tutor"),))
        return Decision(Kind.ANSWER, calendar, lang, Intent.ORGANIZATIONAL, confidence=1.0)
    return Decision(Kind.ANSWER, f"{calendar}\n\n{found.text}", lang, Intent.ORGANIZATIONAL, confidence=1.0,
                    citations=found.citations, buttons=answer_buttons(lang))


def with_dates_asked(tutor: Tutor, decision: Decision, text: str, lang: str) -> Decision:
    """A guide answer to a message whose other part asks when something of the course is ("Comment motiver les
    participants qui décrochent du MOOC, et quand a lieu la prochaine classe virtuelle ?"): the answer, then the
    calendar's (it got the guide's alone, the date dropped without a word: a newcomer)."""
    organizational = getattr(tutor, "organizational", None)
    if organizational is None or decision.kind != Kind.ANSWER or not decision.citations:
        return decision
    parts = message_parts(text)
    dated = [p for p in parts if (query := parse_calendar_query(p)) is not None and (asks_when(p) or asks_for_a_date(
        p, query))]  # "…, et quelle est la date limite du devoir du module 2 ?" (the date was dropped, a newcomer)
    if len(parts) < 2 or not dated or len(dated) == len(parts):
        return decision
    found = list(dict.fromkeys(a for p in dated if (a := organizational.answer(p, lang))))
    return replace(decision, body="\n\n".join([decision.body, *found])) if found else decision


SECOND_SURE = 0.7  # the guide's confidence in a second question's own section for it to be answered too
SECOND_PART_WORDS = 4  # words a second question has at least ("et comment ?" is not one)


def with_second_question(tutor: Tutor, decision: Decision, text: str, lang: str) -> Decision:
    """A guide answer to the first of two questions, with the guide's sure answer to the second from another section
    ("Comment organiser une séance de micro-enseignement ? et comment rédiger une fiche de préparation ?": the second
    was dropped without a word, 5 of 7 such messages: a newcomer), each part cited; else the date asked, if any."""
    decision = with_dates_asked(tutor, decision, text, lang)
    asked = [p.strip() for p in re.split(r"[?؟]", text) if len(p.split()) >= MIN_PART_WORDS]  # two questions asked:
    parts = asked if len(asked) == 2 else message_parts(text)  # "…? et c quoi la diff entre critère et indicateur ?"
    if decision.kind != Kind.ANSWER or not decision.citations or len(parts) != 2 or any(
            len(p.split()) < SECOND_PART_WORDS or parse_calendar_query(p) is not None for p in parts):
        return decision
    if len(re.findall(r"[?؟]", text)) < 2 and not all(asks_something(p) for p in parts):
        return decision  # one question told in two clauses ("j'ai créé mon compte et je n'ai reçu aucun mail")
    cited = {c.id for c in decision.citations}
    for part in parts:  # the part the answer given is not from ("Comment donner un feedback et comment construire
        other = tutor.engine.answer(part, lang, tutor.max_words * 2 // 3)  # une grille ?" got the grid's)
        if other.answered and other.confidence >= SECOND_SURE and other.citations \
                and other.citations[0].id not in cited and other.text not in decision.body:
            return replace(decision, body=f"{decision.body}\n\n{other.text}",
                           citations=(*decision.citations, other.citations[0]))
    return _same_section_part(tutor, decision, parts, lang) or decision  # both parts from one section



def _same_section_part(tutor: Tutor, decision: Decision, parts: list[str], lang: str) -> Decision | None:
    """The answer with the paragraphs of its own section that answer the second question, when the guide surely answers
    that question alone from the same section and the answer has not shown them ("comment on crée une grille critériée ?
    et c quoi la diff entre critère et indicateur ?" got the steps alone, a newcomer); else None."""
    section = decision.citations[0].id
    own = tutor.engine.answer(parts[1], lang, tutor.max_words * 2 // 3)
    if not (own.answered and own.confidence >= SECOND_SURE and own.citations and own.citations[0].id == section):
        return None
    flat = re.sub(r"\s+", " ", decision.body)
    fresh = [p for p in own.text.split("\n\n") if p.strip() and p.strip() != "…" and not said_again(p, decision.body)
             and re.sub(r"\s+", " ", p.strip())[:SAME_OPENING] not in flat]  # not the opening again, shorter or longer
    return replace(decision, body="\n\n".join([decision.body, *fresh])) if fresh else None


SAME_OPENING = 60  # characters of a paragraph that, found in the answer, say it was shown (cut otherwise)
