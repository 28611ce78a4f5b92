"""The course's times during Ramadan: "pendant le ramadan les heures des échéances changent ?", "وهل تتغير المواعيد في
رمضان؟" were called off topic (newcomers). They are calendar questions: the calendar's times are Morocco's legal time,
which moves back an hour during Ramadan (the tz database says when: `ramadan_shift`), so the times given are those on
the trainer's clock; the dates that fall in that period; and the guide's page on submitting, which says so, cited.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from bot.dialogue import answer_buttons
from bot.roles.calendar_query import names_live, parse_calendar_query
from bot.roles.organizational import day_text, moment_text
from bot.texts import t
from bot.types import Decision, Intent, Kind
from corpus.calendar import Assignment, Calendar
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

SUBMISSION = "dig-etakwine-submission"  # "Échéances : elles s'entendent à l'heure légale du Maroc, qui change…"
_RAMADAN = re.compile(r"(?<!\w)(?:ب|ف|فال|في|ل)?رمضان(?!\w)|\br[ae]?m[ae]?d(?:h)?an[e]?\b")
# the course's times named: hours, deadlines, dates, live sessions, the calendar (the parser's words too)
_TIMES = re.compile(r"\b(?:heures?|horaires?|dates?|echeances?|delais?|deadlines?|calendrier|planning|rendez-vous|"
                    r"sa3a|sa3at|l?w[ae][9q]t|l?mawa[3a]id|l?ajal|twe9it|tawqit)\b|"
                    r"(?<!\w)(?:ال)?(?:ساعه|ساعات|توقيت|التوقيت|مواعيد|موعد|اجال|اجل|تواريخ|تاريخ|جدول|وقت|اوقات)(?!\w)")
# the trainer's own centre or school's hours ("les horaires du CRMEF pendant le ramadan"): not this course's
_ELSEWHERE = re.compile(r"\b(?:crmef|cfie|cope|centre|lycee|college|ecole|etablissement|bureau|administration|"
                        r"travail|stage|cours en presentiel)\b|(?<!\w)(?:ال)?(?:مركز|ثانويه|اعداديه|مدرسه|مؤسسه|"
                        r"اداره|الخدمه|خدمه|العمل|التدريب)(?!\w)")
QUESTION_WORDS = 25


def asks_ramadan_times(text: str) -> bool:
    """A question on the course's times, deadlines or live sessions during Ramadan (not a centre's own hours)."""
    norm = normalize_text(text or "")
    if not _RAMADAN.search(norm) or len(norm.split()) > QUESTION_WORDS or _ELSEWHERE.search(norm):
        return False
    return bool(_TIMES.search(norm) or names_live(norm) or parse_calendar_query(text) is not None)


def ramadan_shift(calendar: Calendar) -> tuple[date, date] | None:
    """The first and last day of the cohort on which the legal time is behind what it is on the cohort's first day
    (Ramadan's hour in Morocco, from the tz database), or None when it never is."""
    start, end = calendar.cohort.start, calendar.cohort.end
    usual = datetime.combine(start, time(12), calendar.tz).utcoffset()
    behind = [start + timedelta(days=n) for n in range((end - start).days + 1)
              if datetime.combine(start + timedelta(days=n), time(12), calendar.tz).utcoffset() < usual]
    return (behind[0], behind[-1]) if behind else None


def _dates_in(calendar: Calendar, first: date, last: date, lang: str) -> list[str]:
    """The deadlines and live sessions between two days (both included), each with its date and time."""
    items = [i for i in calendar.events(("assignment", "live_session"))
             if first <= calendar.local(i.when).date() <= last]
    return [t("cal_deadline" if isinstance(i, Assignment) else "cal_live", lang, title=calendar.title(i, lang),
              when=moment_text(calendar, i.when, lang)) for i in items]


def ramadan_reply(tutor: Tutor, text: str, lang: str) -> Decision | None:
    """The calendar's word on its times during Ramadan, the dates of that period, and the guide's page that says the
    deadlines are Morocco's legal time (cited); None for another message."""
    if tutor.organizational is None or not asks_ramadan_times(text):
        return None
    calendar = tutor.organizational.calendar
    shift = ramadan_shift(calendar)
    if shift is None:
        lines = [t("ramadan_times_plain", lang)]
    else:
        first, last = (day_text(calendar, day, lang) for day in shift)
        lines = [t("ramadan_times", lang, first=first, last=last)]
        dated = _dates_in(calendar, *shift, lang)
        lines += [t("ramadan_dates", lang), *dated] if dated else []
    found = tutor.engine.section_answer(SUBMISSION, t("ramadan_query", lang), lang, tutor.max_words // 2)
    if not found.answered:
        return Decision(Kind.ANSWER, "\n".join(lines), lang, Intent.ORGANIZATIONAL, confidence=1.0)
    return Decision(Kind.ANSWER, "\n".join(lines) + f"\n\n{found.text}", lang, Intent.ORGANIZATIONAL, confidence=1.0,
                    citations=found.citations, buttons=answer_buttons(lang))
