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


@pytest.mark.slow
def test_the_other_language_begins_where_the_reply_shown_began(full_services):
    """A reply of two parts (the definition of a difficult situation, then the cases): read whole against the
    section, it matched the cases better, and "en arabe stp" skipped the definition the trainer had read first."""
    user = "other-lang-shown-2"
    first = say(full_services, "Comment réagir si un stagiaire monopolise la parole ?", user=user)
    assert first.citations[0].id == "fac-difficult-situations" and first.body.startswith("Une situation difficile")
    arabic = say(full_services, "en arabe stp", user=user)
    assert arabic.lang == "ar" and [c.id for c in arabic.citations] == ["fac-difficult-situations"]
    assert arabic.body.startswith("الوضعية الصعبة"), arabic.body[:200]
