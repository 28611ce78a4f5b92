"""Questions about Rafiq itself asked a little differently (session of 2026-12-07, twenty-fifth): "…Qu'est-ce que tu
sais faire exactement ?" after an introduction, what it cannot do, reminders to a cohort, ChatGPT, what it keeps; each
got a clarifying question on unrelated pages, a ticket or the guide's page on the trainees' personal data."""
from __future__ import annotations

import pytest

from bot.about_rafiq import about_rafiq


@pytest.mark.parametrize("text, lang, words", [
    ("Bonjour Rafiq, je suis coordinateur régional. Qu'est-ce que tu sais faire exactement ?", "fr", "Je peux"),
    ("Et qu'est-ce que tu ne sais pas faire ?", "fr", "Je ne peux pas"),
    ("Est-ce que tu peux envoyer des rappels aux formateurs de ma cohorte ?", "fr", "Je ne peux pas"),
    ("Tu utilises ChatGPT ?", "fr", "je n'utilise ni ChatGPT"),
    ("واش كتخدم ب ChatGPT؟", "ar", "لا أستعمل ChatGPT"),
    ("Quelles données tu gardes sur les formateurs ?", "fr", "/privacy"),
    ("شنو المعطيات اللي كتحتافظ بيها عليا؟", "ar", "/privacy"),
    ("chkon li kaychof les messages dyali?", "ar", "/forget"),
])
def test_questions_about_rafiq_get_rafiqs_own_answer(text, lang, words):
    decision = about_rafiq(text, lang)
    assert decision is not None and words in decision.body and not decision.citations, decision


@pytest.mark.parametrize("text", ["Puis-je utiliser ChatGPT pour mon devoir ?", "comment protéger les données de mes "
                                  "stagiaires ?", "que doit faire le tuteur quand un stagiaire ne rend pas son devoir ?"])
def test_questions_about_other_things_are_not_about_rafiq(text):
    assert about_rafiq(text, "fr") is None
