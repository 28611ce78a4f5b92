"""What a ticket opened from a chat holds: one ticket for a person in distress, and the conversation behind a
message that reads only with it (found by a newcomer trying the server as trainers and tutors)."""
from __future__ import annotations

from sqlalchemy import select

from bot.store.schema import Ticket, TicketEvent
from bot.types import Message
from tests.bot.helpers import delivered


def say(services, text: str, user: str):
    return services.tutor.handle(Message(channel="web", user=user, thread=user, text=text))


def tickets_of(services) -> list[Ticket]:
    with services.store.session() as s:
        return list(s.scalars(select(Ticket).order_by(Ticket.id)))


def test_a_second_message_in_distress_goes_to_the_same_ticket_and_tutors_hear_of_it(make_services):
    services = make_services()
    heard: list[int] = []
    services.ticket_listeners.append(lambda ticket: heard.append(ticket.id))
    first = say(services, "je n'en peux plus de vivre, je veux en finir", user="trainer-distress-0001")
    second = say(services, "je pense vraiment à me tuer ce soir", user="trainer-distress-0001")
    assert first.reason == "distress" and second.reason == "distress", (first.reason, second.reason)
    assert second.ticket_id == first.ticket_id and not second.ticket_created
    (ticket,) = tickets_of(services)
    assert "en finir" in ticket.question and "me tuer" in ticket.question
    assert heard == [ticket.id, ticket.id]  # the tutors' group gets the card again, with both messages
    with services.store.session() as s:
        assert s.scalar(select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket.id,
                                                       TicketEvent.kind == "detail")) == "detail"


def test_another_person_in_distress_has_a_ticket_of_their_own(make_services):
    services = make_services()
    one = say(services, "je n'en peux plus de vivre, je veux en finir", user="trainer-distress-0002")
    other = say(services, "je n'en peux plus de vivre, je veux en finir", user="trainer-distress-0003")
    assert one.ticket_id != other.ticket_id and len(tickets_of(services)) == 2


def test_a_short_follow_up_handed_to_a_tutor_carries_the_question_before_it_and_is_never_joined(make_services):
    services = make_services()
    say(services, "Comment déposer mon devoir sur la plateforme e-Takwine ?", user="trainer-follow-0001")
    mine = services.tutor.request_tutor(Message(channel="web", user="trainer-follow-0001", thread="trainer-follow-0001",
                                                text="ok et ça prend combien de temps ?"), reason="human_requested")
    (ticket,) = tickets_of(services)
    assert ticket.id == mine.ticket_id
    assert ticket.question.startswith("ok et ça prend combien de temps ?")
    assert "↪ Comment déposer mon devoir" in ticket.question
    assert ticket.question_vector is None  # read with this conversation: another trainer's words never join it
    say(services, "Comment participer à la séance en direct ?", user="trainer-follow-0002")
    theirs = services.tutor.request_tutor(Message(channel="web", user="trainer-follow-0002",
                                                  thread="trainer-follow-0002",
                                                  text="ok et ça prend combien de temps ?"), reason="human_requested")
    assert theirs.ticket_id != mine.ticket_id


def test_a_question_of_its_own_keeps_its_words_alone(make_services):
    services = make_services()
    say(services, "Comment déposer mon devoir sur la plateforme e-Takwine ?", user="trainer-follow-0003")
    asked = "Quels sont les critères exacts pour obtenir l'attestation de fin de formation du MOOC ?"
    services.tutor.request_tutor(Message(channel="web", user="trainer-follow-0003", thread="trainer-follow-0003",
                                         text=asked), reason="human_requested")
    (ticket,) = tickets_of(services)
    assert ticket.question == asked and ticket.question_vector is not None


async def test_the_relayed_answer_quotes_the_question_not_the_card(make_services):
    """The card carries the lines added to the ticket ("↪ …", "+ …"); the trainer reads their question quoted."""
    from bot.relay import AnswerRelay
    from bot.store.outbox import Outbox

    services = make_services()
    say(services, "J'ai oublié mon mot de passe e-Takwine, comment le récupérer ?", user="trainer-relay-0001")
    asked = say(services, "je veux parler à un tuteur", user="trainer-relay-0001")
    services.tickets.answer(asked.ticket_id, "amina", "Utilisez « Mot de passe oublié » sur la page de connexion.")
    outbox = Outbox(services.store)
    assert AnswerRelay(services.tickets, outbox).deliver(asked.ticket_id) == 1
    (text,) = await delivered(outbox, "web")
    assert "« J'ai oublié mon mot de passe e-Takwine" in text and "↪" not in text and "parler à un tuteur" not in text
