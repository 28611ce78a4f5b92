"""Every kind of ticket opens in the console (issue #12, defect 4): passages of the guide, a forum reply
draft, a held post, an appeal, an unanswered thread, odd stored items; ids no row can have answer 404."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from bot.channels.web.console.routes import router as console_router
from bot.channels.web.console.faq import router as faq_router
from bot.escalation import STATES, TicketRequest
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient
from tests.channels.forum_support import discourse, forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import SECRET, wait_until
from tests.support.forum_standins import make_post, signed_webhook

QUESTION = "Comment aider un stagiaire qui ne participe jamais aux activités proposées ?"
TOXIC = "Tu es vraiment un imbécile, ferme-la et arrête de poser des questions idiotes."
PEER = "Comment organiser l'évaluation par les pairs dans mon groupe de stagiaires ?"
OUT_OF_RANGE = ("12345678901234567890123", "9223372036854775808", "0", "-3", "abc", "١٢")


def hook(server, payload: dict, event_id: int) -> None:
    body, headers = signed_webhook(SECRET, "post_created", payload, event_id)
    assert httpx.post(f"{server.url}/hooks/discourse", content=body, headers=headers, timeout=30).status_code == 202


@pytest.fixture
def console_forum(forum_app, discourse):
    """The app with forum hooks (replies as suggestions only) and console accounts; a logged-in tutor."""
    server, services, forum = forum_app(discourse, settings={"console_tokens": ACCOUNTS, "forum_min_confidence": 0.999999})
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield server, services, forum, ConsoleClient(client, "karim")


def open_every_kind(server, services, forum) -> dict[str, int]:
    """One ticket of each kind, through the code paths that open them in production where one exists."""
    hook(server, make_post(post_id=310, topic_id=31, raw=TOXIC, topic_title="Toi", username="yassine"), 1)
    hook(server, make_post(post_id=320, topic_id=32, raw=PEER, topic_title="Pairs", username="samira"), 2)
    hook(server, make_post(post_id=330, topic_id=33, raw=QUESTION, topic_title="Participation", username="hind",
                           created_at=datetime.now(UTC) - timedelta(hours=50)), 3)
    wait_until(lambda: sorted(o for _, state, o in forum.inbox.outcomes("discourse") if state == "done")
               == ["held", "indexed_stale", "suggested"])
    [unanswered] = forum.check_unanswered()
    result = services.engine.answer("Comment préparer une séance de formation ?", "fr", 120)
    passages = [{"id": p.chunk.section_id, "title": p.chunk.title, "lang": p.chunk.lang,
                 "confidence": round(p.confidence, 3), "text": p.chunk.text[:400]} for p in result.passages[:3]]
    assert passages, "the guide has passages on preparing a session"
    appeal = {"kind": "appeal", "post_id": "350", "url": "https://forum.example.org/t/35/1", "verdict": "toxic",
              "action": "hold", "reason": "propos blessants", "charter_section": "charter-respect",
              "labels": {"toxic": 0.91, "spam": 0.02}, "cues": ["imbécile"], "text": "Je conteste : c'était une blague."}
    odd = [{"kind": "poll", "question": "Préférez-vous le matin ?", "votes": 3}, "texte libre", None,
           {"title": "Sans confiance", "id": "x", "confidence": None}, {"title": "NaN", "confidence": float("nan")},
           {"kind": "thread", "url": "javascript:alert(1)", "posted_at": "pas une date"}]
    [held] = [t.id for t in services.tickets.queue(STATES) if t.reason == "forum_review"]
    kinds = {"moderation": held,
             "suggestion": forum.threads.get("discourse", "32").ticket_id, "thread": unanswered}
    for kind, found in (("passage", passages), ("appeal", [appeal]), ("other", odd)):
        ticket, _ = services.tickets.open(TicketRequest("web", f"visitor-{kind}", f"Question {kind} ?", "fr",
                                                        "low_confidence", found=tuple(found)))
        kinds[kind] = ticket.id
    return kinds


def test_every_kind_of_ticket_page_opens(console_forum):
    server, services, forum, karim = console_forum
    kinds = open_every_kind(server, services, forum)
    assert None not in kinds.values() and len(set(kinds.values())) == 6
    for kind, ticket_id in kinds.items():
        page = karim.client.get(f"/console/tickets/{ticket_id}")
        assert page.status_code == 200, (kind, page.text[:300])
        shown = re.findall(r'data-kind="(\w+)"', page.text.split('id="found"')[1].split("</ol>")[0])
        assert kind in shown, (kind, shown)
    held = karim.client.get(f"/console/tickets/{kinds['moderation']}").text
    assert "charter-respect" in held and "retenu pour relecture" in held
    draft = karim.client.get(f"/console/tickets/{kinds['suggestion']}").text
    assert "Réponse proposée par Rafiq" in draft and "ass-peer" in draft
    thread = karim.client.get(f"/console/tickets/{kinds['thread']}").text
    assert "Fil du forum sans réponse" in thread and "Participation" in thread
    appeal = karim.client.get(f"/console/tickets/{kinds['appeal']}").text
    assert "Je conteste" in appeal and 'href="https://forum.example.org/t/35/1"' in appeal
    odd = karim.client.get(f"/console/tickets/{kinds['other']}").text
    assert "Préférez-vous le matin" in odd and "javascript:" not in odd
    listed = {int(x) for x in re.findall(r'data-ticket="(\d+)"', karim.client.get("/console/queue").text)}
    assert set(kinds.values()) <= listed


def test_arabic_ticket_pages_open_too(console_forum):
    server, services, forum, karim = console_forum
    kinds = open_every_kind(server, services, forum)
    karim.client.get("/console/lang/ar")
    for kind, ticket_id in kinds.items():
        page = karim.client.get(f"/console/tickets/{ticket_id}")
        assert page.status_code == 200 and 'dir="rtl"' in page.text, kind


def test_ids_no_row_can_have_answer_404_on_every_console_route(console_forum):
    server, services, _, karim = console_forum
    ticket, _ = services.tickets.open(TicketRequest("web", "visitor-1", "Question ?", "fr", "low_confidence"))
    routes = [r.path for r in (*console_router.routes, *faq_router.routes) if "{ticket_id}" in r.path]
    assert "/console/tickets/{ticket_id}" in routes and len(routes) >= 9
    for raw in OUT_OF_RANGE:
        for path in routes:
            url = path.replace("{ticket_id}", raw)
            response = karim.client.get(url) if path.endswith("{ticket_id}") else karim.post(url, text="x")
            assert response.status_code == 404, (url, response.status_code, response.text[:200])
            assert set(response.json()["message"]) == {"ar", "fr"}
        merged = karim.post(f"/console/tickets/{ticket.id}/merge", target=raw)
        assert merged.status_code == 303 and merged.headers["location"].endswith("m=unchanged"), raw
    assert services.tickets.get(ticket.id).state == "open"
    assert karim.client.get("/console/tickets/999999").status_code == 404


def _answers_to(services, recipient: str) -> int:
    from sqlalchemy import select

    from bot.store.schema import OutboxMessage

    with services.store.session() as s:
        return sum(1 for row in s.scalars(select(OutboxMessage).where(OutboxMessage.recipient == recipient))
                   if row.payload.get("kind") == "tutor_answer")


def test_merging_an_answered_ticket_keeps_it_and_answers_the_other_trainers_once(console_forum):
    # merged the other way, the answered ticket was closed, its trainers waited again and got a second answer
    server, services, _, karim = console_forum
    answered, _ = services.tickets.open(TicketRequest("web", "visitor-merge-a", QUESTION, "fr", "human_requested"))
    services.relay.answer(answered.id, "karim", "Proposez-lui un rôle précis dans un petit groupe.")
    waiting, _ = services.tickets.open(TicketRequest("web", "visitor-merge-b", PEER, "fr", "human_requested"))
    page = karim.client.get(f"/console/tickets/{answered.id}")
    assert page.status_code == 200
    response = karim.post(f"/console/tickets/{answered.id}/merge", target=str(waiting.id))
    assert response.status_code == 303 and f"/tickets/{answered.id}" in response.headers["location"]
    assert services.tickets.get(answered.id).state == "answered"
    assert services.tickets.get(waiting.id).state == "closed"
    assert (_answers_to(services, "visitor-merge-a"), _answers_to(services, "visitor-merge-b")) == (1, 1)


@pytest.mark.parametrize("reason, intro", [("distress", "tutor_word_intro"), ("discouraged", "tutor_word_intro"),
                                           ("human_requested", "tutor_answer_intro")])
def test_a_tutors_word_to_a_hard_time_is_not_framed_as_an_answer_to_a_question(console_forum, reason, intro):
    # "the answer to your question « تعبت »" (a newcomer)
    from sqlalchemy import select

    from bot.store.schema import OutboxMessage
    from bot.texts import t

    server, services, _, karim = console_forum
    ticket, _ = services.tickets.open(TicketRequest("web", f"visitor-word-{reason}", "تعبت", "ar", reason))
    services.relay.answer(ticket.id, "amina", "نحن معك، سأتصل بك غدا.")
    with services.store.session() as s:
        [row] = [r for r in s.scalars(select(OutboxMessage).where(OutboxMessage.recipient == f"visitor-word-{reason}"))]
    assert row.text == t(intro, "ar", tutor="Amina", question="تعبت", answer="نحن معك، سأتصل بك غدا.")


def test_a_question_edited_into_an_insult_loses_its_answer_draft(console_forum):
    # two tickets: the held post's review, and the suggestion with its draft a tutor could post under it (a newcomer)
    server, services, forum, _ = console_forum
    first = make_post(post_id=610, topic_id=61, raw=PEER, topic_title="Pairs", username="rachid")
    hook(server, first, 61)
    wait_until(lambda: forum.threads.get("discourse", "61") is not None
               and forum.threads.get("discourse", "61").ticket_id is not None)
    draft = forum.threads.get("discourse", "61").ticket_id
    edited = {**first, "raw": PEER + " " + TOXIC, "updated_at": "2099-01-01T00:00:00.000Z"}
    body, headers = signed_webhook(SECRET, "post_edited", edited, 62)
    assert httpx.post(f"{server.url}/hooks/discourse", content=body, headers=headers, timeout=30).status_code == 202
    wait_until(lambda: services.tickets.get(draft).state == "closed")
    assert [t.reason for t in services.tickets.queue()] == ["forum_review"]


def test_a_forum_suggestions_answer_box_holds_rafiqs_draft_without_its_signature(console_forum):
    # the box was empty: a tutor pasting the draft published it signed by Rafiq and by the tutor
    server, services, forum, karim = console_forum
    hook(server, make_post(post_id=360, topic_id=36, raw=PEER, topic_title="Pairs", username="samira"), 6)
    wait_until(lambda: forum.threads.get("discourse", "36") is not None
               and forum.threads.get("discourse", "36").ticket_id is not None)
    ticket_id = forum.threads.get("discourse", "36").ticket_id
    draft = services.tickets.get(ticket_id).found[0]
    assert draft["kind"] == "suggestion" and "Rafiq" in draft["text"], "else this checks nothing"
    page = karim.client.get(f"/console/tickets/{ticket_id}").text
    box = page.split('id="answer"')[1].split("</textarea>")[0]
    assert draft["answer"][:60].replace("'", "&#39;") in box, box[:300]
    assert "Rafiq" not in box and "رفيق" not in box and 'id="draft-help"' in page


def test_an_unsure_forum_draft_is_shown_but_not_put_in_the_answer_box():
    # a draft at 0.05, on another subject, filled the answer box (the second newcomer)
    from bot.channels.web.console.found import found_view
    unsure = {"kind": "suggestion", "text": "Autre sujet.\n\n— Rafiq", "answer": "Autre sujet.", "confidence": 0.05}
    sure = dict(unsure, confidence=0.93)
    assert found_view(unsure).draft == "" and found_view(unsure).text
    assert found_view(sure).draft == "Autre sujet."
