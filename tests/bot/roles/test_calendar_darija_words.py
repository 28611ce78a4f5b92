"""Calendar questions in the words Darija and hurried MSA use: "كيتسد / كتسد" (closes), "إمتا" (when), "المجزوء"
without its ta marbuta, "الموك" (the MOOC), a module named by its title, and a deadline asked for itself."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.roles.calendar_query import CalendarQuery, asks_deadline, parse_calendar_query
from bot.roles.organizational import CalendarAnswerer
from tests.bot.helpers import Clock

TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Africa/Casablanca"))


@pytest.mark.parametrize("text, expected", [
    ("فوقاش كيتسد الموديل 5؟", CalendarQuery("module", 5)),
    ("إمتا غتسد المجزوءة 2؟", CalendarQuery("module", 2)),
    ("واش عرفتي فوقاش كيسالي المجزوء 3؟", CalendarQuery("module", 3)),
    ("متى تفتح المجزوء الخامس؟", CalendarQuery("module", 5)),
    ("إمتى كيسالي الموك؟", CalendarQuery("cohort")),
    ("إمتى كتسد المجزوءة ديال المواكبة المهنية؟", CalendarQuery("module")),
    ("كيفاش نسد الحصة بخلاصة زوينة؟", None),
    ("فوقاش الديدلاين ديال الموديل 2؟", CalendarQuery("deadline", 2)),
    ("الديدلاين داز وما صيفطتش الدوفوار، شنو ندير؟", None),  # a missed deadline: the guide's late-work page
    ("شنو هوما الديدلاينات لي باقيين كاملين؟", CalendarQuery("calendar")),  # a choice of two guide pages
])
def test_darija_words_for_closing_when_and_the_module_are_read(text, expected):
    """Each of these read as no calendar question (a clarifying question or a ticket followed)."""
    assert parse_calendar_query(text) == expected


@pytest.mark.parametrize("text, lang, title", [
    ("إمتى كتسد المجزوءة ديال المواكبة المهنية؟", "ar", "المواكبة المهنية"),
    ("quand se termine le module sur l'ingénierie de la formation ?", "fr", "L'ingénierie de la formation"),
])
def test_a_module_named_by_its_title_gets_its_dates(calendar, text, lang, title):
    answer = CalendarAnswerer(calendar, clock=Clock(TUESDAY)).answer(text, lang)
    assert answer is not None and title in answer, answer


@pytest.mark.parametrize("text, expected", [
    ("ما آخر أجل لإيداع سيناريو العدة التكوينية؟", True),
    ("Date limite de la grille critériée ?", True),
    ("شنو هو آخر أجل ديال البورتريه المهني؟", True),
    ("ماذا أفعل إذا تجاوزت آخر أجل للواجب؟", False),
    ("فاتني آخر أجل ديال الواجب، شنو ندير؟", False),
    ("ما الأجل الذي يجيب فيه المؤطر عن الأسئلة؟", False),
    ("آخر أجل للواجب الأول يوم 20 نونبر، ما صيغة الملف التي تقبلها المنصة؟", False),  # a date said, a format asked
    ("ما آخر أجل لرد المؤطر على سؤالي؟", False),  # a reply time: the guide's page on response times
    ("Date limite de réponse du tuteur ?", False),
    ("et la date limite du premier devoir ?", True),  # after "and": it got the late-work page (a newcomer)
    ("w akhir ajal dyal devoir?", True),
    ("وآخر أجل ديال الواجب؟", True),
    ("et si la date limite est passée ?", False),
])
def test_a_deadline_asked_for_itself_is_told_from_a_missed_one_and_a_reply_time(text, expected):
    assert asks_deadline(text) is expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "ما آخر أجل لتسليم شبكة التقويم المعيارية؟",
    "إمتى كتسد المجزوءة ديال تنشيط الحصص؟",
    "إمتا غتسد المجزوءة 2؟",
])
def test_a_deadline_or_a_module_named_by_its_title_is_the_calendars(full_services, text):
    """The guide's page on the task (rubrics) answered "what is the deadline for…", the module named by its title
    got a clarifying question, and "إمتا غتسد" the off-topic notice."""
    from tests.bot.helpers import say

    decision = say(full_services, text, user="calendar-named")
    assert decision.intent == "organizational" and not decision.citations, (decision.kind, decision.citations)


@pytest.mark.parametrize("text, expected", [
    ("إمتى كتسد المجزوءة ديال تقويم التعلمات؟", True),  # a module's title that is also a guide chapter's
    ("الدوفوار ديال الموديل 4 إمتى خاصو يتحط؟", True),
    ("متى تفتح الوحدة الخامسة؟", True),
    ("شنو كاين فالمجزوءة ديال تقويم التعلمات؟", False),
    ("كيف أقوم المتدربين في نهاية الوحدة؟", False),
    ("فوقاش ندير التقويم التكويني؟ فالبداية ديال الموديل ولا فاللخر؟", False),  # a moment of the module, not a date
])
def test_a_date_of_this_course_asked_for_itself_is_recognised(text, expected):
    from bot.roles.calendar_query import asks_for_a_date

    assert asks_for_a_date(text) is expected


@pytest.mark.parametrize("text, lang, expected, absent", [
    # Monday 7 December has no live session that week: say so, then give the next one (7 January)
    ("y a une classe virtuelle la semaine prochaine ?", "fr", "Pas de classe virtuelle cette semaine-là", "Travaux"),
    ("واش كاين شي لايف السيمانة الجاية؟", "ar", "لا توجد حصة مباشرة في هذا الأسبوع", "آجال"),
])
def test_a_live_session_asked_of_a_week_says_whether_there_is_one(calendar, text, lang, expected, absent):
    """"واش كاين شي لايف هاد السيمانة؟" gave the next live session, 33 days on, without saying "none this week"."""
    answer = CalendarAnswerer(calendar, clock=Clock(TUESDAY)).answer(text, lang)
    assert expected in answer and "🎥" in answer and absent not in answer, answer
