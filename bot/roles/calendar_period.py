"""The span of days a calendar question names: this week or the next (Monday to Sunday), this month or the next,
or a month by its name ("y a-t-il une classe virtuelle ce mois-ci ?", "wach kayn chi live had chhar?", "et le mois
prochain ?", "les échéances de janvier", "وفي شهر فبراير؟"). A newcomer got January's session with no word that
December had none, a ticket for "et le mois prochain ?", and December's deadline for "les échéances de janvier"."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# the period kinds (with "live_" before them: live sessions only; "deadline_": deadlines only)
PERIODS = ("week", "next_week", "month", "next_month", "named_month")
PERIOD_KINDS = tuple(f"{scope}{kind}" for scope in ("", "live_", "deadline_") for kind in PERIODS)

# "What is on this week / next week?" ("qu'est-ce qui est prévu cette semaine ?", "شنو هي المواعيد ديال هاد السيمانة؟",
# "ما هي مواعيد الأسبوع الحالي؟")
_WEEK = re.compile(r"cette semaine|semaine en cours|هذا الاسبوع|هاد الاسبوع|هاد السيمانه|هاد ?ل?سيمانه|"
                   r"(?:ال)?اسبوع (?:ال)?(?:حالي|جاري)|had (l ?'?2?)?(simana|ssimana|semaine|o?u?sbo?u?3)|\bthis week")
_NEXT_WEEK = re.compile(r"semaine prochaine|prochaine semaine|la semaine (d'apres|qui vient)|الاسبوع (المقبل|القادم|الجاي)|"
                        r"السيمانه (الجايه|الجايا|المقبله)|(simana|semaine) (jaya|jayya|lja[y3]a)|\bnext week")
# this month / next month ("y a-t-il une classe virtuelle ce mois-ci ?", "wach kayn chi live had chhar?")
_MONTH = re.compile(r"\bce mois(-ci)?\b|mois en cours|(هذا|هاد) ال?شهر|\bhad (l ?)?(chhar|chher|chehr|mois)\b|"
                    r"(?:ال)?شهر (?:ال)?(?:حالي|جاري)|\bthis month")
_NEXT_MONTH = re.compile(r"mois prochain|prochain mois|le mois (d'apres|qui vient|suivant)|ال?شهر (المقبل|القادم|الجاي|"
                         r"الجايه|الموالي)|\b(chhar|chher|chehr|mois) (jay|jaya|jayy|lja[y3]|l ?jay)\b|\bnext month")
# months by name (normalized: no accents, ة→ه, ى→ي, أ→ا), French, Moroccan Arabic and the Middle East's names
_MONTH_NAMES = (
    (1, r"janvier|janv|yanayi?r|يناير|جانفي"), (2, r"fevrier|fevr|fibrayi?r|febrayi?r|فبراير|فبرير|فيفري"),
    (3, r"mars|مارس"), (4, r"avril|ابريل|افريل"), (5, r"mai|ماي|مايو"), (6, r"juin|يونيو|يونيه|جوان"),
    (7, r"juillet|يوليوز|يوليو|جويليه"), (8, r"aout|غشت|اغسطس|اوت"), (9, r"septembre|شتنبر|سبتمبر"),
    (10, r"octobre|اكتوبر"), (11, r"novembre|نونبر|نوفمبر"), (12, r"decembre|dujanbi?r|dojanbi?r|دجنبر|ديسمبر"),
)
_NAMED = [(n, re.compile(rf"(?<!\w)(?:ف|في|ب|و|وف|وفي|ل|شهر |f |fi |l |f chhar |en |de |d')?(?:{p})(?!\w)"))
          for n, p in _MONTH_NAMES]
# Asking what is on in a period ("qu'est-ce qui est prévu", "chno kayn", "شنو كاين", "ما هي المواعيد"): a month named
# in a longer message that asks none of it is not the calendar's ("j'ai commencé mon stage en janvier, comment…")
_WHAT_ON = re.compile(r"\b(?:a?chno|chnou|ach|wach) kayn|\bkayn(?:a|in)? chi\b|qu'?est[- ]ce qu'?il y a|qu'?est[- ]ce qui|"
                      r"\bprevue?s?\b|au programme|\bprogramme\b|echeances?|\bdates?\b|y a[- ]t[- ]il|il y a quoi|"
                      r"\b(?:il )?y a (?:un|une|des|du|encore|deja|pas)\b|\by'?a[- ]t[- ]il\b|"
                      r"y a quoi|calendrier|(?:^|\s)(?:و?شنو|اش|واش|اشنو) (?:كاين|كاينه|كاينين)|مواعيد|المواعيد|اجال|"
                      r"الاجال|ماذا هناك|ما المقرر|هل هناك|هل توجد|هل يوجد|ما هي|ماهي|ماذا يوجد")
# what the trainer has to do in it, in a short message ("chno khassni ndir had l'osbo3", "que dois-je faire cette
# semaine ?"); a longer one tells a case ("je suis malade cette semaine… qu'est-ce que je dois faire ?": late work)
_TO_DO = re.compile(r"\b(?:je dois|on doit|dois-je|doit-on|faut-il|il faut|(?:a|reste a)) (?:faire|rendre)\b|"
                    r"\bkhass?(?:ni|na|k) n?dir\b|(?:^|\s)(?:خاصني|خاصنا) ندير|ماذا (?:علي|يجب|ينبغي)|ما المطلوب")
TO_DO_WORDS = 10
SHORT_WORDS = 4  # "et en décembre ?", "وفي شهر فبراير؟", "w chhar jay?": a follow-up on the calendar
# … unless it asks how or why ("comment faire en mai ?")
_HOW = re.compile(r"\b(?:comment|pourquoi|kifach|kifash|3lach|how|why)\b|(?:^|\s)(?:كيف|كيفاش|لماذا|علاش)(?:\s|$)")


@dataclass(frozen=True)
class PeriodAsk:
    """A period a message names: its kind (`PERIODS`) and, for "named_month", the month's number."""

    kind: str
    month: int | None = None


def period_named(norm: str, cue: bool = False) -> PeriodAsk | None:
    """The period a normalized message names, or None (a month by its name only in a short message, one asking
    what is on, or one with a calendar `cue`: a live session or a deadline named)."""
    if _NEXT_WEEK.search(norm):
        return PeriodAsk("next_week")
    if _WEEK.search(norm):
        return PeriodAsk("week")
    if _NEXT_MONTH.search(norm):
        return PeriodAsk("next_month")
    if _MONTH.search(norm):
        return PeriodAsk("month")
    named = [n for n, pattern in _NAMED if pattern.search(norm)]
    if len(named) == 1 and (cue or asks_what_is_on(norm)):
        return PeriodAsk("named_month", named[0])
    return None


def asks_what_is_on(norm: str) -> bool:
    """A normalized message naming a period asks what is on in it: short, or in words (`_WHAT_ON`); "j'ai beaucoup de
    travail cette semaine, comment m'organiser ?" does not."""
    words = len(re.findall(r"\w+", norm))
    return bool(_WHAT_ON.search(norm)) or (words <= TO_DO_WORDS and bool(_TO_DO.search(norm))) or (
        words <= SHORT_WORDS and not _HOW.search(norm))


@dataclass(frozen=True)
class Period:
    """Days `first` to `last` (inclusive); `unit` is "week" or "month"; `ahead` 0 for the current one, 1 the next,
    None for a month named."""

    first: date
    last: date
    unit: str
    ahead: int | None

    @property
    def end(self) -> date:
        """The day after the period."""
        return self.last + timedelta(days=1)


def _month(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def period_of(kind: str, today: date, month: int | None = None) -> Period | None:
    """The period a query kind names ("live_next_month" → next month; "named_month" with `month` → that month of the
    year that puts it nearest to `today`: "janvier" in December is next January), from `today`; None for other
    kinds."""
    base = kind.removeprefix("live_").removeprefix("deadline_")
    if base not in PERIODS:
        return None
    if base == "named_month":
        if month is None:
            return None
        year = min((today.year - 1, today.year, today.year + 1),
                   key=lambda y: abs((y - today.year) * 12 + month - today.month))
        return Period(*_month(year, month), "month", None)
    ahead = int(base.startswith("next_"))
    if base.endswith("week"):
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=ahead)
        return Period(monday, monday + timedelta(days=6), "week", ahead)
    first = today.replace(day=1)
    if ahead:
        first = (first + timedelta(days=32)).replace(day=1)
    return Period(*_month(first.year, first.month), "month", ahead)


def period_after(kind: str, month: int | None, today: date, steps: int = 1) -> tuple[str, int | None] | None:
    """The (kind, month) of the period `steps` after the one `kind` names ("w mn b3d?" after this week's dates: next
    week; after January's: February), or None (past next week)."""
    scope, base = next(((p, kind.removeprefix(p)) for p in ("live_", "deadline_") if kind.startswith(p)), ("", kind))
    if base in ("week", "next_week"):
        return (f"{scope}next_week", None) if base == "week" and steps == 1 else None
    period = period_of(kind, today, month)
    if period is None:
        return None
    return f"{scope}named_month", (period.first.month - 1 + steps) % 12 + 1
