"""The Tutor end to end over the real mini index and a real SQLite store."""
from __future__ import annotations

from bot.store.schema import Interaction, Ticket
from bot.types import Message
from sqlalchemy import select


def ask(services, text, user="u1", lang=None):
    return services.tutor.handle(Message(channel="test", user=user, text=text, lang_hint=lang))


def test_arabic_question_is_answered_with_a_citation(make_services):
    services = make_services()
    reply = ask(services, "ما هو التقويم التكويني؟")
    assert not reply.escalate
    assert reply.lang == "ar"
    assert reply.citations and reply.citations[0].id == "ass-formative"
    assert reply.citations[0].lang == "ar"
    assert "ass-formative" in reply.text
    assert {b.action for b in reply.buttons} == {"fb:up", "fb:down", "tutor"}


def test_french_question_is_answered_in_french(make_services):
    services = make_services()
    reply = ask(services, "Comment préparer une séance de formation ?")
    assert reply.lang == "fr" and reply.citations[0].id == "eng-session-preparation"
    assert reply.to_json()["citations"][0] == {"id": "eng-session-preparation",
                                               "title": reply.citations[0].title, "lang": "fr"}


def test_out_of_scope_question_escalates_and_opens_a_ticket(make_services):
    """With RAFIQ_OFF_TOPIC_TICKETS set, a question the guide cannot answer goes to a tutor with what was found
    (by default an administrative question like this one gets the polite off-topic reply and a button)."""
    services = make_services(off_topic_tickets=True)
    reply = ask(services, "Quand le ministère annoncera-t-il les noms des formateurs retenus pour la mission à l'étranger ?")
    assert reply.escalate and reply.ticket_id
    assert reply.reason in ("low_confidence", "no_match")
    with services.store.session() as s:
        ticket = s.get(Ticket, reply.ticket_id)
        assert ticket.lang == "fr" and ticket.state == "open" and ticket.found


def test_tifinagh_gets_bilingual_reply_and_goes_to_a_tutor(make_services):
    services = make_services()
    reply = ask(services, "ⴰⵣⵓⵍ ⴼⵍⴰⵡⵏ ⵎⴰⵏⵉⵎⴽ ⵜⵍⵍⵉⵎ")
    assert reply.escalate and reply.reason == "unsupported_language"
    assert "ⴰⵣⵓⵍ" in reply.text and "Merci" in reply.text and "شكرا" in reply.text


def test_bad_input_gets_a_clear_message_and_is_kept(make_services):
    services = make_services()
    for text, reason in (("", "empty"), ("   ", "empty"), ("😀😀😀", "no_words"), ("x" * 100_000, "too_long"),
                         ("\x00\x01\ufffd\ufffd\ufffd\ufffd", "unreadable")):
        reply = ask(services, text)
        assert reply.intent == "invalid" and reply.reason == reason, text[:20]
        assert reply.text
    with services.store.session() as s:
        assert len(list(s.scalars(select(Interaction)))) == 5


def test_preferred_language_wins(make_services):
    services = make_services()
    reply = ask(services, "ما هو التقويم التكويني؟", lang="fr")
    assert reply.lang == "fr" and reply.citations[0].lang == "fr"


def test_citations_are_separated_with_the_punctuation_of_the_reply_language():
    from bot.types import Decision, Kind
    from retrieval.types import Citation

    cites = (Citation("ass-formative", "التقويم التكويني", "ar"), Citation("ass-peer", "تقييم الأقران", "ar"))
    arabic = Decision(Kind.ANSWER, "نص الجواب.", "ar", "question", citations=cites).text
    assert arabic.endswith("المصدر: التقويم التكويني [ass-formative]؛ تقييم الأقران [ass-peer]")
    french = Decision(Kind.ANSWER, "Réponse.", "fr", "question",
                      citations=(Citation("a", "A", "fr"), Citation("b", "B", "fr"))).text
    assert french.endswith("Source : A [a] ; B [b]")
