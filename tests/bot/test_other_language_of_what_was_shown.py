""""et en français ?" asks for what the trainer was just shown, in the other language: after an example, the
example, not the section's opening."""
from __future__ import annotations

import pytest

from bot.types import Kind
from tests.bot.helpers import say


@pytest.mark.slow
def test_the_other_language_gives_the_part_just_shown(full_services):
    """Before, "et en français ?" after "عطيني مثال" (the online example of closing a session) gave the French
    section from its start, the opening of a session: the part read for the first question, not the one shown."""
    user = "other-lang-shown-1"
    first = say(full_services, "سلام، كيفاش نختم الحصة التكوينية مزيان؟", user=user)
    assert first.citations and first.citations[0].id == "fac-opening-closing", "else this checks nothing"
    example = say(full_services, "عطيني مثال", user=user)
    assert example.citations and example.citations[0].id == "fac-opening-closing" and "الإنترنت" in example.body
    french = say(full_services, "et en français ?", user=user)
    assert french.kind == Kind.ANSWER and french.lang == "fr"
    assert [c.id for c in french.citations] == ["fac-opening-closing"]
    assert "En ligne" in french.body and "Une bonne ouverture" not in french.body, french.body[:300]
