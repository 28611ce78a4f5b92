"""A calendar question that says "its" (ديالو, dyalo, son, sa) means the module the conversation's last turns named,
in a guide question too, not the calendar's next item (a newcomer, session 41)."""
from __future__ import annotations

import pytest

from bot.calendar_referent import points_back
from retrieval.normalize import normalize_text
from tests.bot.helpers import say


def _titles(services, number: int, kind: str, lang: str) -> set[str]:
    """The titles of one module's assignments or live sessions in the bundled calendar."""
    calendar = services.tutor.organizational.calendar
    module = next(m for m in calendar.modules if m.number == number)
    items = calendar.assignments if kind == "assignment" else calendar.live_sessions
    return {calendar.title(item, lang) for item in items if item.module == module.id}


def _others(services, number: int, kind: str, lang: str) -> set[str]:
    calendar = services.tutor.organizational.calendar
    return set().union(*(_titles(services, m.number, kind, lang) for m in calendar.modules if m.number != number))


@pytest.mark.parametrize("text", ["و امتى آخر أجل ديالو؟", "w live session dyalo?", "et sa date limite ?",
                                  "ومتى آخر أجل له؟", "متى موعد تسليمها؟", "c quand son live ?"])
def test_its_is_heard(text):
    assert points_back(normalize_text(text))


@pytest.mark.parametrize("text", ["imta akhir ajal?", "et la prochaine classe virtuelle ?", "متى آخر أجل؟"])
def test_a_date_asked_without_its_points_nowhere(text):
    assert not points_back(normalize_text(text))


@pytest.mark.slow
def test_its_deadline_after_a_guide_question_naming_module_3(full_services):
    # a guide question naming module 3's assignment, then "and when is its deadline?": it got module 2's (the next)
    user = "s41-its-deadline"
    first = say(full_services, "شنو خاص يكون فالجذاذة ديال تنشيط حصة تكوينية؟ الواجب ديال الوحدة 3", user=user)
    assert first.intent != "organizational", "else this checks nothing"
    then = say(full_services, "و امتى آخر أجل ديالو؟", user=user)
    assert then.intent == "organizational", then.to_json()
    assert any(title in then.body for title in _titles(full_services, 3, "assignment", "ar")), then.body
    assert not any(title in then.body for title in _others(full_services, 3, "assignment", "ar")), then.body


@pytest.mark.slow
def test_its_live_session_after_module_4_named(full_services):
    # "imta akhir ajal dyal module 3?", "w module 4?", then "w live session dyalo?": it got module 3's live session
    user = "s41-its-live"
    say(full_services, "imta akhir ajal dyal module 3?", user=user)
    fourth = say(full_services, "w module 4?", user=user)
    assert any(title in fourth.body for title in _titles(full_services, 4, "assignment", "ar")), fourth.body
    live = say(full_services, "w live session dyalo?", user=user)
    assert any(title in live.body for title in _titles(full_services, 4, "live", "ar")), live.body
    assert not any(title in live.body for title in _others(full_services, 4, "live", "ar")), live.body


@pytest.mark.slow
def test_sa_date_limite_after_a_french_question_on_module_4s_assignment(full_services):
    user = "s41-sa-date"
    say(full_services, "Comment rédiger le devoir du module 4 ?", user=user)
    then = say(full_services, "et sa date limite ?", user=user)
    assert any(title in then.body for title in _titles(full_services, 4, "assignment", "fr")), then.body
    assert not any(title in then.body for title in _others(full_services, 4, "assignment", "fr")), then.body
