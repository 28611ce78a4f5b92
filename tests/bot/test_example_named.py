"""A new question that asks for examples of a section it names by its whole title ("Parlez-moi de l'évaluation
formative, avec des exemples d'outils" after session preparation) got an example of the previous answer."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.conversation import LastTurn
from bot.dialogue import titled_section
from tests.bot.helpers import say

TITLES = {("ass-formative", "fr"): "L'évaluation formative", ("ass-formative", "ar"): "التقويم التكويني",
          ("eng-session-preparation", "fr"): "Comment préparer une séance de formation ?",
          ("sup-development-plan", "fr"): "Le plan de développement professionnel"}


def reading(*sections: str):
    """Retrieval's answer as far as `titled_section` reads it: its first passages' sections."""
    return SimpleNamespace(passages=[SimpleNamespace(chunk=SimpleNamespace(section_id=s)) for s in sections])


def test_a_section_named_by_its_whole_title_among_the_first_three_is_found():
    tutor = SimpleNamespace(engine=SimpleNamespace(index=SimpleNamespace(titles=TITLES)))
    last = LastTurn("Comment préparer une séance ?", "fr", ("eng-session-preparation",), False)
    found = reading("eng-session-preparation", "ass-formative")
    asked = "Parlez-moi de l'évaluation formative, avec des exemples"
    assert titled_section(tutor, found, asked, last) == "ass-formative"
    assert titled_section(tutor, found, "أمثلة على أدوات التقويم التكويني", last) == "ass-formative"
    assert titled_section(tutor, found, "un exemple d'évaluation ?", last) is None  # half a title names nothing
    assert titled_section(tutor, reading("sup-development-plan"), "l'évaluation formative, un exemple", last) is None
    assert titled_section(tutor, found, "donne-moi un exemple de séance de formation", last) is None  # the last one


@pytest.mark.slow
def test_examples_of_a_section_named_by_title_come_from_it(full_services):
    first = say(full_services, "Comment préparer une séance de formation ?", user="ex-named")
    assert first.citations and first.citations[0].id == "eng-session-preparation"
    named = say(full_services, "Parlez-moi de l'évaluation formative, avec des exemples d'outils", user="ex-named")
    assert named.citations and named.citations[0].id == "ass-formative", named.citations
