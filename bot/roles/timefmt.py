"""Dates and times as trainers in Morocco read them, in Arabic and French.

Month names follow Moroccan usage (يناير … ماي … يوليوز، غشت، شتنبر، نونبر، دجنبر); times are
24-hour wall-clock times of the calendar's zone (Africa/Casablanca by default, from the tz database,
so the Ramadan clock change is applied). Relative days count calendar days in that zone:
"demain" / "غدا", "dans 3 jours" / "بعد 3 أيام".

    >>> from datetime import datetime; from zoneinfo import ZoneInfo
    >>> tz = ZoneInfo("Africa/Casablanca")
    >>> format_when(datetime(2026, 12, 4, 23, 59, tzinfo=tz), "fr", datetime(2026, 12, 1, 9, tzinfo=tz))
    'vendredi 4 décembre à 23h59 (dans 3 jours)'
"""
from __future__ import annotations

from datetime import datetime, tzinfo

from bot.clock import zone as named_zone

DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
           "نونبر", "دجنبر"),
}


def text_lang(lang: str) -> str:
    """The text language for a reply language: Arabic for ar/ary/ary-Latn, French otherwise."""
    return "ar" if lang.startswith("ar") else "fr"


def _zone(now: datetime, zone: str | tzinfo | None) -> tzinfo:
    return named_zone(zone)


def format_date(moment: datetime, lang: str, zone: str | tzinfo | None = None,
                year: bool = False) -> str:
    """'vendredi 4 décembre' / 'الجمعة 4 دجنبر' in the zone (with the year when asked)."""
    lang = text_lang(lang)
    local = moment.astimezone(_zone(moment, zone))
    text = f"{DAYS[lang][local.weekday()]} {local.day} {MONTHS[lang][local.month - 1]}"
    return f"{text} {local.year}" if year else text


def format_time(moment: datetime, lang: str, zone: str | tzinfo | None = None) -> str:
    """'23h59' in French, '23:59' in Arabic, wall-clock time of the zone."""
    local = moment.astimezone(_zone(moment, zone))
    return f"{local.hour:02d}h{local.minute:02d}" if text_lang(lang) == "fr" else f"{local:%H:%M}"


def days_between(now: datetime, moment: datetime, zone: str | tzinfo | None = None) -> int:
    """Calendar days from `now` to `moment` in the zone (0 today, 1 tomorrow, -1 yesterday)."""
    tz = _zone(now, zone)
    return (moment.astimezone(tz).date() - now.astimezone(tz).date()).days


def _ar_count(n: int, one: str, two: str, few: str, many: str) -> str:
    if n == 1:
        return one
    if n == 2:
        return two
    return f"{n} {few}" if 3 <= n <= 10 else f"{n} {many}"


def relative_day(now: datetime, moment: datetime, lang: str, zone: str | tzinfo | None = None) -> str:
    """'aujourd'hui', 'demain', 'dans 3 jours', 'hier', 'il y a 2 jours' (and in Arabic)."""
    lang = text_lang(lang)
    days = days_between(now, moment, zone)
    if lang == "fr":
        named = {0: "aujourd'hui", 1: "demain", 2: "après-demain", -1: "hier", -2: "avant-hier"}
        if days in named:
            return named[days]
        return f"dans {days} jours" if days > 0 else f"il y a {-days} jours"
    named = {0: "اليوم", 1: "غدا", -1: "أمس"}
    if days in named:
        return named[days]
    span = _ar_count(abs(days), "يوم", "يومين", "أيام", "يوما")
    return f"بعد {span}" if days > 0 else f"منذ {span}"


def relative_time(now: datetime, moment: datetime, lang: str, zone: str | tzinfo | None = None) -> str:
    """Like `relative_day`, but 'dans 45 minutes' / 'dans 3 heures' when it is today and close."""
    lang = text_lang(lang)
    seconds = (moment - now).total_seconds()
    if 0 <= seconds < 12 * 3600 and days_between(now, moment, zone) == 0:
        minutes = int(seconds // 60)
        if minutes < 60:
            if lang == "fr":
                return f"dans {max(minutes, 1)} minute{'s' if minutes > 1 else ''}"
            return "بعد " + _ar_count(max(minutes, 1), "دقيقة", "دقيقتين", "دقائق", "دقيقة")
        hours = round(seconds / 3600)
        if lang == "fr":
            return f"dans {hours} heure{'s' if hours > 1 else ''}"
        return "بعد " + _ar_count(hours, "ساعة", "ساعتين", "ساعات", "ساعة")
    return relative_day(now, moment, lang, zone)


def format_when(moment: datetime, lang: str, now: datetime, zone: str | tzinfo | None = None) -> str:
    """Date, time and how far it is: 'vendredi 4 décembre à 23h59 (dans 3 jours)'."""
    lang = text_lang(lang)
    tz = _zone(now, zone)
    show_year = moment.astimezone(tz).year != now.astimezone(tz).year
    day = format_date(moment, lang, tz, year=show_year)
    clock = format_time(moment, lang, tz)
    rel = relative_time(now, moment, lang, tz)
    if lang == "fr":
        return f"{day} à {clock} ({rel})"
    return f"{day} على الساعة {clock} ({rel})"


def format_day_when(moment: datetime, lang: str, now: datetime, zone: str | tzinfo | None = None) -> str:
    """Date and how far it is, without the time (for a module opening): 'lundi 2 novembre (dans 3 jours)'."""
    tz = _zone(now, zone)
    show_year = moment.astimezone(tz).year != now.astimezone(tz).year
    return f"{format_date(moment, lang, tz, year=show_year)} ({relative_day(now, moment, lang, tz)})"


def format_at(moment: datetime, lang: str, now: datetime, zone: str | tzinfo | None = None) -> str:
    """Date and time without the relative part: 'vendredi 15 janvier 2027 à 23h59'."""
    tz = _zone(now, zone)
    show_year = moment.astimezone(tz).year != now.astimezone(tz).year
    day, clock = format_date(moment, lang, tz, year=show_year), format_time(moment, lang, tz)
    return f"{day} à {clock}" if text_lang(lang) == "fr" else f"{day} على الساعة {clock}"
