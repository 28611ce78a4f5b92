"""A forum post handed to tutors privately (distress, a held post) stays private to the end: when a tutor
closes its ticket without answering, or corrects an answer, the author is told by private message, never
in the public thread (#12, defect 12 on the forum channel)."""
from __future__ import annotations

from sqlalchemy import select

from bot.store.schema import OutboxMessage, Ticket
from tests.channels.forum_support import discourse, forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import SECRET, wait_until
from tests.channels.test_forum_discourse import post_hook, question
from tests.support.forum_standins import signed_webhook

DISTRESS = "je n'en peux plus de vivre, je veux en finir"


def private_messages(discourse) -> list[dict]:
    return [r["body"] for r in discourse.requests if r["body"].get("archetype") == "private_message"]


def private_ticket(services) -> Ticket:
    with services.store.session() as s:
        return s.scalar(select(Ticket).where(Ticket.channel == "discourse"))


def delivered(services, kind: str) -> bool:
    with services.store.session() as s:
        rows = [r for r in s.scalars(select(OutboxMessage).where(OutboxMessage.channel == "discourse"))
                if r.payload.get("kind") == kind]
    return bool(rows) and all(r.state == "delivered" for r in rows)


def test_closing_a_private_forum_ticket_tells_the_author_privately(forum_app, discourse):
    server, services, _ = forum_app(discourse)
    post_hook(server, *signed_webhook(SECRET, "post_created", question(35, DISTRESS, "Plus la force",
                                                                       username="salma"), 64))
    wait_until(lambda: len(private_messages(discourse)) == 1, timeout=30)
    ticket = wait_until(lambda: private_ticket(services), timeout=30)
    assert ["#" in f.recipient for f in services.tickets.followers(ticket.id)] == [True]  # the author alone
    assert services.tickets.close(ticket.id, "karim")
    assert services.relay.closed(ticket.id) == 1
    wait_until(lambda: delivered(services, "tutor_closed"), timeout=30)
    notices = private_messages(discourse)
    assert len(notices) == 2 and notices[1]["target_recipients"] == "salma"
    assert "clos" in notices[1]["raw"]
    assert all(p["topic_id"] != 35 for p in discourse.posts), "nothing said in the thread itself"


def test_a_correction_to_a_private_forum_answer_stays_private(forum_app, discourse):
    server, services, _ = forum_app(discourse)
    post_hook(server, *signed_webhook(SECRET, "post_created", question(36, DISTRESS, "Plus la force",
                                                                       username="salma"), 65))
    ticket = wait_until(lambda: private_ticket(services), timeout=30)
    services.relay.answer(ticket.id, "karim", "Nous sommes là ; appelez-moi au centre demain matin.")
    wait_until(lambda: delivered(services, "tutor_answer"), timeout=30)
    assert services.relay.correct(ticket.id, "karim", "Correction : demain après-midi plutôt.")
    wait_until(lambda: delivered(services, "tutor_correction"), timeout=30)
    notices = [b for b in private_messages(discourse) if "après-midi" in b["raw"]]
    assert len(notices) == 1 and notices[0]["target_recipients"] == "salma"
    assert "Publié" not in notices[0]["raw"], "a private note is not published (it said « Publié par Rafiq »)"
    assert all(p["topic_id"] != 36 for p in discourse.posts), "nothing said in the thread itself"


TOXIC = "Tu es vraiment un imbécile, ferme-la et arrête de poser des questions idiotes."


def review_ticket(services) -> Ticket | None:
    with services.store.session() as s:
        return s.scalar(select(Ticket).where(Ticket.reason == "forum_review"))


def test_a_held_post_whose_review_is_closed_tells_its_author_the_decision_stands(forum_app, discourse):
    """Not "closed without an answer, ask again": the post broke the charter; the author is told the review
    upheld the decision, which section it breaks and where the appeal is explained, privately."""
    server, services, _ = forum_app(discourse)
    post_hook(server, *signed_webhook(SECRET, "post_created", question(37, TOXIC, "Toi", username="yassine"), 66))
    ticket = wait_until(lambda: review_ticket(services), timeout=30)
    wait_until(lambda: len(private_messages(discourse)) == 1, timeout=30)  # the flag's notice
    assert services.tickets.close(ticket.id, "karim")
    assert services.relay.closed(ticket.id) == 1
    wait_until(lambda: delivered(services, "tutor_closed"), timeout=30)
    notice = private_messages(discourse)[1]
    assert notice["target_recipients"] == "yassine"
    raw = notice["raw"]
    assert "Un tuteur a relu votre message" in raw and "la décision de modération est maintenue" in raw
    assert "charter-respect" in raw and "charter-appeal" in raw
    assert "reposez" not in raw and "sans y répondre" not in raw, "no invitation to post it again as it was"
    assert all(p["topic_id"] != 37 for p in discourse.posts), "nothing said in the thread itself"


def test_the_review_notice_exists_in_arabic_and_french():
    from bot.relay import review_closed

    item = {"kind": "moderation", "verdict": "toxic", "charter_section": "charter-no-hate"}
    ar, fr = review_closed(item, "ar", "نص"), review_closed(item, "fr", "texte")
    assert "ميثاق المنتدى" in ar and "charter-no-hate" in ar and "charter-appeal" in ar and "«نص»" in ar
    assert "Ni discours de haine ni discrimination" in fr and "charter-appeal" in fr and "« texte »" in fr
    assert "charter-on-topic" in review_closed({"kind": "moderation", "verdict": "off_topic"}, "fr", "x")


def test_a_post_about_giving_up_gets_a_private_word_and_nothing_public(forum_app, discourse):
    # it got nothing at all: no reply, no private word, no ticket (a newcomer, session of 2026-12-07)
    server, services, _ = forum_app(discourse)
    text = "je n'arrive plus à suivre, trop de travail entre le centre et le MOOC, je pense abandonner le MOOC"
    post_hook(server, *signed_webhook(SECRET, "post_created", question(37, text, "Je décroche", username="hicham"), 66))
    ticket = wait_until(lambda: private_ticket(services), timeout=30)
    assert ticket.reason == "discouraged"
    wait_until(lambda: len(private_messages(discourse)) == 1, timeout=30)
    assert private_messages(discourse)[0]["target_recipients"] == "hicham"
    assert all(p["topic_id"] != 37 for p in discourse.posts), "nothing said in the thread itself"


def test_closing_a_public_questions_ticket_tells_its_author_privately(forum_app, discourse):
    # "closed without an answer (maybe off topic)" was posted in the thread for everyone (a newcomer's forum day)
    from tests.channels.test_forum_discourse import PEER_FR

    server, services, _ = forum_app(discourse, settings={"forum_auto_reply": False})
    post_hook(server, *signed_webhook(SECRET, "post_created", question(38, PEER_FR, "Pairs", username="omar"), 67))

    def public_ticket():
        with services.store.session() as s:
            return s.scalar(select(Ticket).where(Ticket.thread == "discourse/38"))

    ticket = wait_until(public_ticket, timeout=30)
    assert services.tickets.close(ticket.id, "karim")
    assert services.relay.closed(ticket.id) == 1
    wait_until(lambda: delivered(services, "tutor_closed"), timeout=30)
    assert [b["target_recipients"] for b in private_messages(discourse)] == ["omar"]
    assert all(p["topic_id"] != 38 for p in discourse.posts), "nothing said in the thread itself"
