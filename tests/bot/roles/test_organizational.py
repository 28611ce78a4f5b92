"""bot/roles/organizational.py and calendar_query.py: calendar questions answered from calendar.yaml."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.roles.calendar_query import CalendarQuery, parse_calendar_query
from bot.roles.organizational import CalendarAnswerer, calendar_text, next_text
from tests.bot.helpers import Clock

CASA = ZoneInfo("Africa/Casablanca")
TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=CASA)  # module 2 open; its first deadline is Friday


@pytest.fixture
def answerer(calendar):
    return CalendarAnswerer(calendar, clock=Clock(TUESDAY))


@pytest.mark.parametrize("text, expected", [
    ("/calendar", CalendarQuery("calendar")),
    ("/next", CalendarQuery("next")),
    ("when is the module 2 deadline?", CalendarQuery("deadline", 2)),
    ("Quelle est la date limite du module 2 ?", CalendarQuery("deadline", 2)),
    ("امتى الحصة المباشرة الجاية؟", CalendarQuery("live")),
    ("fo9ach akhir ajal dyal module 3?", CalendarQuery("deadline", 3)),
    ("متى آخر أجل لتسليم أعمال الوحدة الثانية؟", CalendarQuery("deadline", 2)),
    ("Quand commence le module 4 ?", CalendarQuery("module", 4)),
    ("wa9tach ghadi tbda lwa7da 5", CalendarQuery("module", 5)),
    ("dans quel module on est ?", CalendarQuery("current_module")),
    ("Comment préparer une séance de formation ?", None),
    ("Comment déposer mon devoir sur la plateforme ?", None),
    ("شنو الفرق بين التقويم التكويني والإجمالي؟ عندي حصة غدا", None),
])
def test_queries_are_recognised_in_french_arabic_darija_and_arabizi(text, expected):
    assert parse_calendar_query(text) == expected


def test_module_deadline_in_french_with_dates_times_and_days_left(answerer):
    text = answerer.answer("when is the module 2 deadline?", "fr")
    assert "vendredi 4 décembre à 23h59 (dans 3 jours)" in text
    assert "vendredi 18 décembre à 23h59 (dans 17 jours)" in text
    assert "module 2" in text and "Analyse des besoins" in text


def test_next_live_session_in_arabic(answerer):
    text = answerer.answer("امتى الحصة المباشرة الجاية؟", "ar")
    assert "الخميس 3 دجنبر على الساعة 18:00 (بعد يومين)" in text
    assert "https://meet.example.org/rafiq-m2" in text


def test_arabizi_question_about_module_3_gets_its_deadline_in_arabic(answerer):
    text = answerer.answer("fo9ach akhir ajal dyal module 3?", "ar")
    assert "الجمعة 15 يناير 2027 على الساعة 23:59" in text
    assert "جذاذة تنشيط حصة تكوينية" in text


def test_tomorrow_is_said_as_demain_and_ghadan(calendar):
    answerer = CalendarAnswerer(calendar, clock=Clock(datetime(2026, 12, 2, 20, 0, tzinfo=CASA)))
    assert "(demain)" in answerer.answer("C'est quand la prochaine classe virtuelle ?", "fr")
    assert "(غدا)" in answerer.answer("امتى الحصة المباشرة الجاية؟", "ar")


def test_non_calendar_question_returns_none(answerer):
    assert answerer.answer("Comment préparer une séance de formation ?", "fr") is None
    assert answerer.answer("ما هو التقويم التكويني؟", "ar") is None


def test_unknown_module_is_said_plainly(answerer):
    text = answerer.answer("date limite du module 9 ?", "fr")
    assert "module 9" in text and "1 à 6" in text


def test_calendar_command_lists_open_and_coming_modules(calendar):
    fr = calendar_text(calendar, "fr", TUESDAY)
    assert "Modules terminés : 1 «" in fr
    assert "▶️ Module 2" in fr and "(en cours)" in fr
    assert "Module 6" in fr and "mercredi 17 mars, 23h59" in fr
    ar = calendar_text(calendar, "ar", TUESDAY)
    assert "الوحدة 2 «هندسة التكوين»: من الاثنين 23 نونبر إلى الأحد 20 دجنبر (الوحدة الحالية)" in ar


def test_next_command_gives_next_deadline_and_live_session(calendar):
    fr = next_text(calendar, "fr", TUESDAY)
    assert "Prochaine échéance" in fr and "vendredi 4 décembre à 23h59 (dans 3 jours)" in fr
    assert "jeudi 3 décembre à 18h00 (après-demain)" in fr
    after_everything = datetime(2027, 3, 20, tzinfo=CASA)
    assert "plus d'échéance" in next_text(calendar, "fr", after_everything)
    assert "انتهى المساق" in calendar_text(calendar, "ar", after_everything)


def test_times_in_ramadan_are_moroccan_wall_clock_times(calendar):
    """live-m5 is at 21:30 on 17 February 2027, during Ramadan (UTC+0): shown as 21:30, not 22:30."""
    answerer = CalendarAnswerer(calendar, clock=Clock(datetime(2027, 2, 10, 12, 0, tzinfo=CASA)))
    text = answerer.answer("quand est la classe virtuelle du module 5 ?", "fr")
    assert "mercredi 17 février à 21h30" in text


@pytest.mark.parametrize("text, lang, shown, not_shown", [
    ("Date limite du bilan final ?", "fr", "Bilan final et portfolio professionnel", "Analyse des besoins"),
    ("chhal b9a liya bach nsift devoir dyal grille?", "ar", "بناء شبكة تقويم معيارية", "تحليل الحاجات"),
    ("عافاك امتى اللايف ديال تقنيات التنشيط؟", "ar", "تقنيات تنشيط المجموعات", "سيناريو التكوين"),
    ("ما هو تاريخ الحصة الختامية؟", "ar", "حصة مباشرة ختامية", "سيناريو التكوين"),
])
def test_a_deadline_or_live_session_named_by_its_title_is_the_one_answered(answerer, text, lang, shown, not_shown):
    answer = answerer.answer(text, lang)
    assert answer is not None and shown in answer and not_shown not in answer


def test_a_title_word_several_items_share_names_each_of_them(answerer):
    answer = answerer.answer("شحال بقا ليا باش نسلم الواجب ديال السيناريو؟", "ar")
    assert "تصميم سيناريو لعدة تكوينية" in answer and "سيناريو نشاط تكويني رقمي" in answer
    assert "تحليل الحاجات" not in answer  # not the next deadline, which it does not name


def test_words_every_live_session_shares_name_none_the_next_one_is_given(answerer):
    assert "https://meet.example.org/rafiq-m2" in answerer.answer("ما هو موعد الحصة المباشرة القادمة؟", "ar")


@pytest.mark.parametrize("text, expected", [
    ("متى يفتح الموديول الرابع حول تقويم التعلمات؟", CalendarQuery("module", 4)),
    ("إمتى كيبدا المودول الجاي؟", CalendarQuery("next_module")),
    ("ما هو تاريخ الحصة الختامية؟", CalendarQuery("live")),
    ("chhal b9a liya bach nsift devoir dyal grille?", CalendarQuery("deadline")),
    # Darija's ت for ث in ordinals, "كيسالي" (it ends), "الدوفوار" (the assignment, borrowed)
    ("فوقاش كيتحل المودول التالت؟", CalendarQuery("module", 3)), ("إمتى كتسالي الوحدة التانية؟", CalendarQuery("module", 2)),
    ("وفوقاش كيسالي الفوج ديالي؟", CalendarQuery("cohort")), ("imta kaysali module 4?", CalendarQuery("module", 4)),
    ("والدوفوار فوقاش خاصو يتسلم؟", CalendarQuery("deadline")),
    # a date already missed asks what to do (the guide's late-work page), unless it asks when as well
    ("w ila fat lwa9t dyal deadline?", None), ("la date limite est dépassée, je fais quoi ?", None),
    ("فاتني الأجل ديال الواجب، شنو ندير؟", None), ("فاتني اللايف، إمتى الجاي؟", CalendarQuery("live")),
])
def test_more_darija_and_arabic_ways_of_asking_are_read(text, expected):
    assert parse_calendar_query(text) == expected


def test_the_next_module_is_the_one_that_opens_next(answerer):
    assert "الوحدة 3 «تنشيط حصص التكوين»" in answerer.answer("إمتى كيبدا المودول الجاي؟", "ar")


@pytest.mark.parametrize("text, lang", [("ما هو الموعد النهائي لتسليم الواجب القادم؟", "ar"),
                                        ("Quelle est la date finale du prochain devoir ?", "fr")])
def test_the_final_date_of_the_next_assignment_is_the_next_deadline_not_the_final_review(answerer, text, lang):
    """"الموعد النهائي" (the deadline) was read as naming the final review ("الحصيلة النهائية"), module 6."""
    answer = answerer.answer(text, lang)
    assert answer is not None and ("Analyse des besoins" in answer or "تحليل الحاجات" in answer), answer
    assert "Bilan final" not in answer and "الحصيلة النهائية" not in answer


@pytest.mark.parametrize("text, kind", [
    ("qu'est-ce qui est prévu cette semaine ?", "week"), ("شنو هي المواعيد ديال هاد السيمانة؟", "week"),
    ("chno kayn had simana?", "week"), ("et la semaine prochaine ?", "next_week"),
    ("واش كاين شي حاجة الأسبوع الجاي؟", "next_week"),
])
def test_this_week_and_next_week_are_recognised(text, kind):
    assert parse_calendar_query(text) == CalendarQuery(kind)


def test_this_week_lists_its_dates_only(answerer):
    """"شنو هي المواعيد ديال هاد السيمانة؟" got the whole calendar, "qu'est-ce qui est prévu cette semaine ?" a
    choice between two guide pages (found by a newcomer)."""
    text = answerer.answer("qu'est-ce qui est prévu cette semaine ?", "fr")  # Tuesday 1 December
    assert text.startswith("📅 Cette semaine (du lundi 30 novembre au dimanche 6 décembre")
    assert "jeudi 3 décembre" in text and "vendredi 4 décembre" in text
    assert "18 décembre" not in text and "Prochaine échéance" not in text  # the module's later deadline


def test_a_week_without_dates_says_so_and_gives_the_next_ones(answerer):
    text = answerer.answer("et la semaine prochaine ?", "fr")  # 7-13 December: nothing
    assert "du lundi 7 décembre au dimanche 13 décembre" in text
    assert "Aucune échéance ni classe virtuelle" in text and "18 décembre" in text
    arabic = answerer.answer("واش كاين شي حاجة الأسبوع الجاي؟", "ar")
    assert "لا يوجد أجل ولا حصة مباشرة" in arabic



@pytest.mark.parametrize("text", ["Quel est le calendrier complet du MOOC ? toutes les échéances et les classes virtuelles",
                                  "عطيني الجدول الزمني الكامل، كل المواعيد ديال الحصص المباشرة والواجبات"])
def test_the_whole_calendar_asked_for_is_the_whole_calendar(text):
    """"le calendrier complet… toutes les échéances et les classes virtuelles" listed two live sessions only
    (found by a newcomer): the live sessions it names are part of the whole it asks for."""
    assert parse_calendar_query(text) == CalendarQuery("calendar")


@pytest.mark.parametrize("text, expected", [
    ("liste de toutes les classes virtuelles svp", CalendarQuery("live_all")),
    ("أعطني جدول جميع الحصص المباشرة", CalendarQuery("live_all")),
    ("ga3 les lives imta?", CalendarQuery("live_all")),
    ("c'est quand la prochaine classe virtuelle ?", CalendarQuery("live")),
    ("quels sont les modules du MOOC ?", CalendarQuery("calendar")),
    ("شحال من موديل كاين فالمجموع؟", CalendarQuery("calendar")),
    ("ما هي وحدات هذا المساق وما مدة كل وحدة؟", CalendarQuery("calendar")),
    ("combien de modules dans ce MOOC ?", CalendarQuery("calendar")),
])
def test_every_live_session_and_the_list_of_modules_are_recognised(text, expected):
    """A newcomer's "liste de toutes les classes virtuelles" got the next one only, "quels sont les modules du
    MOOC ?" the page on MOOC formats, "شحال من موديل كاين؟" a tutor."""
    assert parse_calendar_query(text) == expected


def test_every_live_session_still_to_come_is_listed_in_order(answerer, calendar):
    text = answerer.answer("liste de toutes les classes virtuelles svp", "fr")
    coming = [s for s in calendar.live_sessions if s.start > TUESDAY]
    assert len(coming) > 1, "else a list checks nothing"
    assert text.startswith(f"🎥 Les classes virtuelles à venir ({len(coming)})")
    links = [line for line in text.splitlines()[1:]]
    assert len(links) == len(coming) and "https://meet.example.org/rafiq-m2" in links[0]
    arabic = answerer.answer("أعطني جدول جميع الحصص المباشرة", "ar")
    assert arabic.startswith(f"🎥 الحصص المباشرة المقبلة ({len(coming)})")


@pytest.mark.parametrize("text, expected", [
    ("واش كاين شي لايف غدا؟", CalendarQuery("live", day=1)),
    ("il y a une classe virtuelle demain ?", CalendarQuery("live", day=1)),
    ("kayn chi live lyoum?", CalendarQuery("live", day=0)),
    ("la deadline c'est aujourd'hui ?", CalendarQuery("deadline", day=0)),
    ("la classe virtuelle du module 3, c'est demain ?", CalendarQuery("live", 3)),  # the module's own dates
])
def test_a_live_session_or_deadline_asked_of_today_or_tomorrow_is_recognised(text, expected):
    assert parse_calendar_query(text) == expected


def test_a_day_without_a_live_session_is_said_so_before_the_next_one(calendar):
    """"واش كاين شي لايف غدا؟" got the next session (a month later) without saying there was none tomorrow."""
    monday = CalendarAnswerer(calendar, clock=Clock(datetime(2026, 12, 7, 10, 0, tzinfo=CASA)))
    text = monday.answer("واش كاين شي لايف غدا؟", "ar")
    assert text.startswith("🎥 لا توجد حصة مباشرة غدا (") and "https://meet.example.org/" in text, text
    french = monday.answer("il y a une classe virtuelle demain ?", "fr")
    assert french.startswith("🎥 Pas de classe virtuelle demain ("), french


def test_a_day_with_a_live_session_gives_it(answerer, calendar):
    wednesday = CalendarAnswerer(calendar, clock=Clock(datetime(2026, 12, 2, 10, 0, tzinfo=CASA)))
    text = wednesday.answer("il y a une classe virtuelle demain ?", "fr")  # module 2's, Thursday 3 December
    assert "jeudi 3 décembre à 18h00 (demain)" in text and "Pas de" not in text, text


@pytest.mark.parametrize("text, kind, module", [
    ("متى الحصة المباشرة للمجزوءة الثانية؟", "live", 2),
    ("متى الحصة المباشرة للوحدة الثالثة؟", "live", 3),
    ("متى الحصة المباشرة في المجزوءة الثانية؟", "live", 2),
])
def test_a_module_named_with_li_and_its_ordinal_is_read(text, kind, module):
    """"للمجزوءة الثانية" ("for the second module") read as no module: the next live session of any module was given."""
    query = parse_calendar_query(text)
    assert query is not None and (query.kind, query.module) == (kind, module)
