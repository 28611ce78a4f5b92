"""A trainer whose language is saved (Telegram's /lang) and who asks for the other one with a question gets that
question in the language asked: "jawbni b lfrancais: kifach ndir grille d'evaluation?" was answered in the saved
Arabic (a helper noticed)."""
from __future__ import annotations

import pytest

from bot.types import Message


@pytest.mark.slow
@pytest.mark.parametrize("saved, text, asked", [
    ("ar", "jawbni b lfrancais 3afak: kifach ndir grille d'evaluation critériée?", "fr"),
    ("fr", "répondez en arabe svp : comment préparer une séance de formation ?", "ar"),
])
def test_the_language_asked_with_a_question_beats_the_saved_one(full_services, saved, text, asked):
    decision = full_services.tutor.handle(Message(channel="telegram", user=f"s41-saved-{saved}", thread="t", text=text,
                                                  lang_hint=saved))
    assert decision.lang == asked and decision.citations, decision.to_json()


@pytest.mark.slow
def test_without_a_request_the_saved_language_stays(full_services):
    decision = full_services.tutor.handle(Message(channel="telegram", user="s41-saved-stays", thread="t",
                                                  text="comment préparer une séance de formation ?", lang_hint="ar"))
    assert decision.lang == "ar", decision.to_json()
