"""Per message the language is detected once (#13): the Tutor, the search, the excerpt and the intent model
all ask for it, and all but the first get the same guess back without running the detector again."""
from __future__ import annotations

from bot.types import Message
from retrieval import language


def test_a_message_runs_the_language_detector_once(make_services, monkeypatch):
    services = make_services()
    detector = language.default_detector()
    calls: list[str] = []
    real = type(detector).detect

    def counting(self, text):
        calls.append(text)
        return real(self, text)

    monkeypatch.setattr(type(detector), "detect", counting)
    getattr(language.detect_language, "cache_clear", lambda: None)()
    text = "Comment déposer mon devoir sur la plateforme e-Takwine avant la date limite ?"
    decision = services.tutor.handle(Message(channel="telegram", user="once", thread="once", text=text))
    assert decision.citations, decision  # the whole pipeline ran: search, excerpt, intent model
    assert calls.count(text) == 1
