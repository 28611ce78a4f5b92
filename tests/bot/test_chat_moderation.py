"""In a private chat nothing is "published": repeats are answered, abuse gets a calm reply (and a tutor)."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.store.schema import Ticket
from bot.sla import WorkingHours
from bot.types import Message

FORUM_WORDS = ("publi", "نشر", "charte du forum", "ميثاق المنتدى")
CASA = ZoneInfo("Africa/Casablanca")


def say(services, text: str, user: str = "42", channel: str = "telegram"):
    return services.tutor.handle(Message(channel=channel, user=user, thread=user, text=text))


def test_the_same_question_three_times_is_answered_three_times(make_services):
    services = make_services()
    # "devoir", the guide's word: the FakeEmbedder (hashed words) reads no paraphrase, and with the keys of
    # 2026-12-05 "mon travail" no longer reached the submission page surely enough for it
    replies = [say(services, "Comment déposer mon devoir sur la plateforme e-Takwine ?") for _ in range(3)]
    assert all(r.intent != "moderated" for r in replies), [r.reason for r in replies]
    # all from one section (a repeat after an answer gets its next part); the first may instead ask
    # "Parlez-vous de « … » ?" about that very section
    section = replies[2].citations[0].id
    assert replies[1].citations[0].id == section
    first = replies[0]
    assert (first.citations and first.citations[0].id == section) or [o.id for o in first.options] == [section]
    assert not any(word in replies[2].text for word in FORUM_WORDS)


def test_a_rude_complaint_gets_a_calm_reply_and_a_tutor(make_services):
    services = make_services()
    reply = say(services, "nta wahd l7mar o mamfhamch, sir t9awed mn had lforum")
    assert reply.intent == "moderated" and reply.escalate and reply.ticket_id
    assert not any(word in reply.text for word in FORUM_WORDS), reply.text
    with services.store.session() as s:
        ticket = s.scalar(select(Ticket).where(Ticket.id == reply.ticket_id))
        assert ticket.reason == "abusive_message"


def test_french_abuse_is_answered_in_french_without_forum_words(make_services):
    services = make_services()
    reply = say(services, "Vous êtes des incapables, ce MOOC est une arnaque de merde, bande d'idiots", user="43")
    assert reply.lang == "fr" and "respectueux" in reply.text
    assert not any(word in reply.text for word in FORUM_WORDS)


def test_an_advert_in_a_chat_is_declined_calmly_without_a_ticket(make_services):
    services = make_services()
    reply = say(services, "Rapports de stage prêts à 200 DH, contactez-moi sur WhatsApp https://bit.ly/xyz")
    assert reply.intent == "moderated" and not reply.escalate
    assert "formation" in reply.text and not any(word in reply.text for word in FORUM_WORDS)


def test_urgent_text_is_honest_about_who_reads_it_and_when():
    hours = WorkingHours("08:30-18:30", "Africa/Casablanca")
    night = datetime(2026, 12, 3, 22, 40, tzinfo=CASA)  # a Thursday
    off = hours.urgent_text("fr", on_call=False, now=night)
    assert "vendredi 08:30" in off and "pas en service" in off
    assert "جمعة" in hours.urgent_text("ar", on_call=False, now=night)
    assert "permanence" in hours.urgent_text("fr", on_call=True, now=night)
    assert "en service en ce moment" in hours.urgent_text("fr", on_call=False,
                                                          now=datetime(2026, 12, 3, 10, 0, tzinfo=CASA))


def test_a_distress_reply_never_promises_a_priority_answer_it_cannot_keep(make_services):
    services = make_services()
    reply = say(services, "je n'en peux plus de vivre, je veux en finir", user="44")
    assert reply.reason == "distress" and reply.escalate
    assert "en priorité" not in reply.text
    assert "15" in reply.text and "141" in reply.text
    assert any(phrase in reply.text for phrase in ("en service en ce moment", "pas en service"))


def test_a_message_moderation_is_unsure_of_is_read_as_the_question_it_is(make_services):
    """A report of a typo in one's name scored 0.5-0.6 "toxic" by the model alone got the abuse reply and an
    abuse ticket; in a chat only a sure verdict (an insult) is answered as abuse."""
    services = make_services()
    for n, text in enumerate(("il y a une faute dans mon nom", "Mon nom est mal orthographié dessus",
                              "smiti ktebouha ghalta")):
        verdict = services.tutor.moderate(Message(channel="telegram", user=f"5{n}", text=text))
        reply = say(services, text, user=f"5{n}")
        assert reply.intent != "moderated" and reply.reason != "abusive_message", (text, verdict.labels)


@pytest.mark.slow
def test_a_platform_problem_told_with_a_feeling_is_answered_from_the_guide_not_as_distress(make_services):
    """"Je n'arrive plus à me connecter, j'ai perdu mon mot de passe" scored 0.40 distress (the bar, no cue) and
    the intent model heard "support": the trainer got emergency numbers and an urgent ticket instead of the
    guide's password section. Real distress keeps the caring reply."""
    services = make_services()
    text = "Je n'arrive plus à me connecter, j'ai perdu mon mot de passe"
    reply = say(services, text, user="61")
    assert reply.reason != "distress" and not reply.escalate, reply.reason
    assert reply.citations and reply.citations[0].id == "dig-etakwine-login-password"
    for n, sad in enumerate(("je suis perdu, je n'en peux plus", "ما بقيتش قادر، بغيت نموت")):
        assert say(services, sad, user=f"7{n}").reason == "distress"


@pytest.mark.slow
def test_a_plain_request_for_a_person_after_a_blockage_is_a_request_not_distress(make_services):
    """"bon ça bloque toujours, je veux parler à quelqu'un" scored a little distress (0.4-0.5, no cue): the trainer
    was told "je suis vraiment désolé que vous viviez cela" and given emergency numbers for a stuck platform. A
    plain request for a person is now a request; words of distress keep the caring reply."""
    services = make_services()
    for n, text in enumerate(("bon ça bloque toujours, je veux parler à quelqu'un",
                              "درت كلشي وباقي ما خدامش، بغيت نهضر مع شي بنادم")):
        assert say(services, text, user=f"8{n}").reason == "human_requested"
    for n, sad in enumerate(("je n'en peux plus, je veux parler à quelqu'un", "ما بقيتش قادر، بغيت نهضر مع شي حد")):
        assert say(services, sad, user=f"9{n}").reason == "distress"


@pytest.mark.slow
def test_a_trainer_reporting_someone_elses_advertising_is_answered_not_taken_for_advertising(make_services):
    """"شخص في المنتدى يعرض بيع تصحيحات الواجبات مقابل المال" scored 0.79 spam (the model alone): the trainer
    telling of it got the reply to advertisers. A report with no link or number of its own is read as a question;
    an advertisement in the first person is still one."""
    services = make_services()
    report = say(services, "أحد المشاركين في المنتدى يعرض بيع تصحيحات الواجبات مقابل المال", user="r1")
    assert report.reason != "spam", report.text
    assert say(services, "Je vends des corrigés de devoirs, contactez-moi au 0612345678", user="r2").reason == "spam"


@pytest.mark.slow
def test_discouragement_with_the_course_that_the_model_barely_hears_as_distress_gets_the_encouragement(make_services):
    """"Je n'en peux plus, je suis en retard sur tout et j'ai envie d'abandonner le MOOC" (distress 0.45, no cue)
    got emergency numbers and an urgent ticket (found by a newcomer); the words say discouragement with the
    course: the encouragement, which also offers a tutor. A sure score or a cue keeps the caring reply."""
    services = make_services()
    reply = say(services, "Je n'en peux plus, je suis en retard sur tout et j'ai envie d'abandonner le MOOC", user="d1")
    assert reply.reason != "distress" and "SAMU" not in reply.text, reply.text
    assert say(services, "je n'en peux plus, je veux mourir", user="d2").reason == "distress"


@pytest.mark.parametrize("text, lang", [("Tu ne sers à rien, tes réponses sont nulles", "fr"),
                                        ("ما كتفهم والو، الأجوبة ديالك خايبين", "ar")])
def test_a_complaint_about_the_answers_gets_an_apology_and_the_tutor_button_not_an_abuse_ticket(make_services, text,
                                                                                                 lang):
    """"Tu ne sers à rien, tes réponses sont nulles" was answered as abuse, with a ticket labelled abusive."""
    reply = say(make_services(), text, user=f"complaint-{lang}")
    assert reply.kind == "answer" and reply.reason == "not_helpful" and not reply.escalate and not reply.ticket_id
    assert reply.lang == lang and [b.action for b in reply.buttons] == ["tutor"]


def test_an_insult_with_a_complaint_is_still_answered_as_abuse(make_services):
    reply = say(make_services(), "nta l7mar, ma katfhem walo", user="complaint-insult")
    assert reply.intent == "moderated" and reply.reason == "abusive_message" and reply.ticket_id
