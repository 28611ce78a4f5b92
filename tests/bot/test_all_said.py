"""More details or an example asked for about a section already given whole: the trainer is told so, with the way to
a tutor (found by a newcomer: "plus de détails" and "un exemple ?" after the late-work answer gave it again, word
for word)."""
from __future__ import annotations

import pytest

from bot.shown_items import said_again
from bot.texts import t
from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("asked, then, key, lang", [
    ("Je dois rendre mon devoir en retard, que faire ?", "plus de détails", "all_said", "fr"),
    ("Je dois rendre mon devoir en retard, que faire ?", "tu peux me donner un exemple ?", "no_example", "fr"),
    ("واش نقدر نصيفط الواجب متأخر؟", "عطيني مثال", "no_example", "ar"),
])
def test_a_section_given_whole_is_not_given_again(full_services, asked, then, key, lang):
    user = f"all-said-{key}-{lang}"
    first = say(full_services, asked, user=user)
    assert first.citations and first.citations[0].id == "faq-late-submission", "else this checks another section"
    again = say(full_services, then, user=user)
    assert again.body == t(key, lang, title=first.citations[0].title), again.body
    assert again.citations[0].id == "faq-late-submission" and any(b.action == "tutor" for b in again.buttons)


@pytest.mark.slow
def test_a_section_with_more_to_say_goes_on(full_services):
    say(full_services, "Comment préparer une séance de formation ?", user="all-said-more")
    more = say(full_services, "plus de détails", user="all-said-more")
    assert more.body != t("all_said", "fr", title=more.citations[0].title) and "3. " in more.body


def test_said_again_reads_every_line_word_for_word():
    shown = "Les échéances sont fixées.\n\nSi vous savez   que vous ne pourrez pas…"
    assert said_again("Les échéances sont fixées.\nSi vous savez que vous ne pourrez pas…", shown)
    assert not said_again("Si vous ne pouvez pas tenir le délai, écrivez au tuteur.", shown)
    assert not said_again("Les échéances sont fixées.\n- Le cMOOC (connectiviste) : …", shown)  # a line not shown
    assert not said_again("Les échéances sont fixées.", "")
