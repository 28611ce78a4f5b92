"""Asking how to assess one's trainees, with the verb, in MSA, Darija and Arabizi, reaches the assessment chapter
(it reached the professional-identity and values pages: retrieval.verb_nouns)."""
from __future__ import annotations

import pytest

from bot.types import Kind
from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("question", ["كيف أقوّم المتدربين؟", "كيفاش نقيم الستاجيير ديالي؟", "kifach n9yem les stagiaires?"])
def test_asking_how_to_assess_trainees_reaches_the_assessment_chapter(full_services, question):
    decision = say(full_services, question, user=f"assess-{len(question)}")
    offered = decision.citations if decision.kind == Kind.ANSWER else decision.options
    assert offered and offered[0].id.startswith("ass-"), [c.id for c in offered]
