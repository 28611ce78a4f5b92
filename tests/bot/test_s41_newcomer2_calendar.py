"""Calendar defects a second newcomer found (session 41): what an assignment asks for (its calendar title, deadline and
where its instructions are), "المجزوءة" read as a module, a worry about being blocked at a deadline, and the course's
times during Ramadan (called off topic)."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.roles.calendar_query import asks_for_a_date, asks_what_assignment, parse_calendar_query
from bot.roles.organizational import CalendarAnswerer
from retrieval.normalize import normalize_text
from tests.bot.helpers import Clock, say

CASA = ZoneInfo("Africa/Casablanca")
MONDAY = datetime(2026, 12, 7, 22, 0, tzinfo=CASA)  # module 2 open, module 4 not yet


def _titles(calendar, number: int, lang: str) -> set[str]:
    module = next(m for m in calendar.modules if m.number == number)
    return {calendar.title(a, lang) for a in calendar.assignments if a.module == module.id}


def _other_titles(calendar, number: int, lang: str) -> set[str]:
    return {calendar.title(a, lang) for a in calendar.assignments} - _titles(calendar, number, lang)


@pytest.mark.parametrize("text", ["ما هي المجزوءة الحالية؟", "شنو هي المجزوءة لي حنا فيها؟", "ما هو الموديل الحالي؟",
                                  "أي مجزوءة مفتوحة الآن؟", "c quoi le module en cours?"])
def test_the_current_module_is_asked_whatever_its_word(text):
    query = parse_calendar_query(text)
    assert query is not None and query.kind == "current_module", query


@pytest.mark.parametrize("text", ["ما هي المجزوءة الحالية؟", "ما هي الوحدة الحالية في المساق؟", "c quoi le module en cours?"])
def test_the_current_module_asked_as_such_is_the_calendars(text):
    assert asks_for_a_date(text)  # the calendar route, however near the guide's page on the platform's modules


@pytest.mark.parametrize("text", ["ok et le devoir du module 4 il consiste en quoi exactement?",
                                  "en quoi consiste le devoir du module 3 ?", "شنو مطلوب فالواجب ديال المجزوءة 4؟",
                                  "le devoir du module 2, qu'est-ce qu'il faut rendre ?"])
def test_what_an_assignment_consists_of_is_asked_of_its_module(text):
    query = parse_calendar_query(text)
    assert query is not None and query.kind == "deadline" and query.module is not None, query
    assert asks_what_assignment(normalize_text(text))


@pytest.mark.parametrize("text", ["comment faire le devoir du module 4 ?", "كيفاش نصيفط الواجب ديال المجزوءة 4؟"])
def test_how_to_do_it_stays_the_guides(text):
    assert not asks_what_assignment(normalize_text(text))


def test_an_assignment_asked_for_gets_its_title_deadline_and_where_its_instructions_are(calendar):
    answerer = CalendarAnswerer(calendar, clock=Clock(MONDAY))
    for lang, text in (("fr", "ok et le devoir du module 4 il consiste en quoi exactement?"),
                       ("ar", "شنو مطلوب فالواجب ديال المجزوءة 4؟")):
        body = answerer.answer(text, lang)
        assert all(title in body for title in _titles(calendar, 4, lang)), body
        assert not any(title in body for title in _other_titles(calendar, 4, lang)), body
        assert "e-Takwine" in body and body.count("\n") >= 1, body  # the instructions: in the module, on the platform


@pytest.mark.slow
@pytest.mark.parametrize("first, then, lang", [
    ("ما هو الأجل القادم؟", "وما المطلوب فيه بالضبط؟", "ar"),
    ("c'est quand la prochaine échéance ?", "et il consiste en quoi exactement ?", "fr"),
])
def test_what_is_required_in_the_next_deadline(full_services, first, then, lang):
    # it got an unrelated paragraph of the page on submitting
    user = f"s41b-required-{lang}"
    calendar = full_services.tutor.organizational.calendar
    coming = calendar.upcoming(datetime.now(CASA), limit=1, kinds=("assignment",))
    dated = say(full_services, first, user=user)
    assert coming and calendar.title(coming[0], lang) in dated.body, "else this checks nothing"
    reply = say(full_services, then, user=user)
    assert reply.intent == "organizational" and calendar.title(coming[0], lang) in reply.body, reply.to_json()
    assert "e-Takwine" in reply.body, reply.body


@pytest.mark.slow
def test_its_assignment_after_a_modules_dates(full_services):
    # "ومتى تفتح المجزوءة الثالثة؟" (right) then "وما هو واجبها؟" got a clarifying question between guide pages
    calendar = full_services.tutor.organizational.calendar
    user = "s41b-its-assignment"
    say(full_services, "ومتى تفتح المجزوءة الثالثة؟", user=user)
    reply = say(full_services, "وما هو واجبها؟", user=user)
    assert reply.intent == "organizational", reply.to_json()
    assert all(title in reply.body for title in _titles(calendar, 3, "ar")), reply.body
    assert not any(title in reply.body for title in _other_titles(calendar, 3, "ar")), reply.body


@pytest.mark.slow
def test_what_module_4s_assignment_consists_of(full_services):
    # it got the generic steps to submit a file
    calendar = full_services.tutor.organizational.calendar
    reply = say(full_services, "ok et le devoir du module 4 il consiste en quoi exactement?", user="s41b-m4")
    assert reply.intent == "organizational", reply.to_json()
    assert all(title in reply.body for title in _titles(calendar, 4, "fr")) and "e-Takwine" in reply.body, reply.body


@pytest.mark.slow
@pytest.mark.parametrize("text", ["ما هي المجزوءة الحالية؟", "شنو هي المجزوءة لي حنا فيها؟"])
def test_the_current_module_in_everyday_words(full_services, text):
    # "ما هي المجزوءة الحالية؟" got the page on finding one's way on the platform
    calendar = full_services.tutor.organizational.calendar
    current = calendar.current_module(datetime.now(CASA))
    reply = say(full_services, text, user="s41b-current-" + str(len(text)))
    assert reply.intent == "organizational" and not reply.citations, reply.to_json()
    assert current is None or calendar.title(current, "ar") in reply.body, reply.body


@pytest.mark.slow
@pytest.mark.parametrize("worry", ["et si ça bloque encore la veille de l'échéance ?",
                                   "w ila b9at tbloka nhar lajal?"])
def test_blocked_at_the_deadline_gets_the_late_work_answer(full_services, worry):
    # after a question on an upload failing, it got only "📝 Prochaine échéance…"
    user = "s41b-blocked-" + str(len(worry))
    first = say(full_services, "mon fichier ne se télécharge pas sur la plateforme, le dépôt échoue", user=user)
    assert first.citations, "else this checks nothing"
    reply = say(full_services, worry, user=user)
    assert [c.id for c in reply.citations][:1] == ["faq-late-submission"], reply.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("text, lang", [("pendant le ramadan les heures des échéances changent ?", "fr"),
                                        ("وهل تتغير المواعيد في رمضان؟", "ar"),
                                        ("f ramadan wach l'horaire dyal les classes virtuelles kaytbdel?", "ar")])
def test_the_courses_times_in_ramadan_are_answered(full_services, text, lang):
    # they were called off topic
    calendar = full_services.tutor.organizational.calendar
    reply = say(full_services, text, user="s41b-ramadan-" + str(len(text)))
    assert reply.reason != "off_topic" and reply.intent == "organizational", reply.to_json()
    assert "dig-etakwine-submission" in [c.id for c in reply.citations], reply.to_json()
    live = [s for s in calendar.live_sessions if date(2027, 2, 7) <= calendar.local(s.start).date() <= date(2027, 3, 13)]
    assert all(calendar.title(s, lang) in reply.body for s in live), reply.body  # the dates of that period
