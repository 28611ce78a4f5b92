"""The console's knowledge-base routes: tutors propose a FAQ entry, only a coordinator publishes it.

A tutor's form becomes a proposal (`FaqProposals`); the coordination sees the pending ones at
`/console/faq` and publishes (`KnowledgeBase.promote`: files in the corpus and the live index) or declines
them. A coordinator's own form publishes at once, and a coordinator can withdraw a published entry from its
ticket's page (`KnowledgeBase.withdraw`).
"""
from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from bot.channels.web.console.pages import Posted, Svc, User, back, known_ids, not_found, render
from bot.faq_proposals import FaqProposals
from bot.index_sync import IndexChanges
from bot.knowledge import FaqEntry, FaqError, KnowledgeBase, entry_from_fields, with_asked
from bot.reports.gaps import NOT_GAPS
from bot.services import Services
from bot.texts import by_lang, text_lang

log = logging.getLogger(__name__)
router = APIRouter(prefix="/console", tags=["console"], dependencies=[Depends(known_ids)])
Text = Annotated[str, Form(max_length=8000)]
# tickets about a person rather than a question (the form was offered on distress tickets, prefilled with the cry for
# help, a newcomer): never a knowledge-base entry
PERSONAL_TICKETS = tuple(reason for reason in NOT_GAPS if reason != "off_topic")


def coordinators_only() -> HTTPException:
    """The 403 for a tutor posting what only the coordination may do (message in both languages)."""
    return HTTPException(status_code=403, detail={"error": "forbidden", "message": by_lang("forbidden")})


def publish_entry(services: Services, entry: FaqEntry, coordinator: str) -> None:
    """Write the entry into the corpus and the live index; the ticket's proposal (if any) is published."""
    kb = KnowledgeBase(services.settings.corpus_dir, services.engine, IndexChanges(services.store))
    ticket = services.tickets.get(entry.ticket_id)  # the trainer's own words, a key too (not only the tutor's)
    entry = with_asked(entry, text_lang(ticket.lang), ticket.question) if ticket is not None else entry
    sections = kb.promote(entry)  # recorded for the other workers too (bot/index_sync.py)
    FaqProposals(services.store).decide(entry.ticket_id, "published", coordinator)
    services.tickets.note(entry.ticket_id, "faq", coordinator, f"{entry.id} ({', '.join(s.lang for s in sections)})")


@router.post("/tickets/{ticket_id}/faq")
def add_to_knowledge_base(ticket_id: int, services: Svc, session: Posted, question_ar: Text = "",
                          answer_ar: Text = "", question_fr: Text = "", answer_fr: Text = "") -> RedirectResponse:
    """A coordinator publishes the entry to the live index; a tutor proposes it to the coordination."""
    ticket = services.tickets.get(ticket_id)
    if ticket is None:
        raise not_found()
    if ticket.reason in PERSONAL_TICKETS:  # a person's distress or giving up, a held post: not for the knowledge base
        return back(ticket_id, "faq_private")
    fields = {"question_ar": question_ar, "answer_ar": answer_ar, "question_fr": question_fr, "answer_fr": answer_fr}
    try:
        if not session.coordinator:
            FaqProposals(services.store).propose(ticket_id, fields, session.name)
            services.tickets.note(ticket_id, "faq_proposed", session.name)
            return back(ticket_id, "faq_proposed")
        entry = entry_from_fields(ticket_id, fields, session.name)
    except FaqError as exc:
        return back(ticket_id, exc.code)
    publish_entry(services, entry, session.name)
    return back(ticket_id, "faq_added", id=entry.id)


@router.post("/tickets/{ticket_id}/faq/publish")
def publish(ticket_id: int, services: Svc, session: Posted) -> RedirectResponse:
    """Publish a tutor's pending proposal as it stands (coordinators only)."""
    if not session.coordinator:
        raise coordinators_only()
    proposal = FaqProposals(services.store).get(ticket_id)
    if proposal is None or proposal.state != "pending":
        return back(ticket_id, "faq_none")
    try:
        entry = proposal.entry()
    except FaqError as exc:
        return back(ticket_id, exc.code)
    publish_entry(services, entry, session.name)
    return back(ticket_id, "faq_added", id=entry.id)


@router.post("/tickets/{ticket_id}/faq/decline")
def decline(ticket_id: int, services: Svc, session: Posted) -> RedirectResponse:
    """Decline a tutor's pending proposal (coordinators only)."""
    if not session.coordinator:
        raise coordinators_only()
    if not FaqProposals(services.store).decide(ticket_id, "declined", session.name):
        return back(ticket_id, "faq_none")
    services.tickets.note(ticket_id, "faq_declined", session.name)
    return back(ticket_id, "faq_declined")


@router.post("/tickets/{ticket_id}/faq/withdraw")
def withdraw(ticket_id: int, services: Svc, session: Posted) -> RedirectResponse:
    """Take the ticket's published entry back (coordinators only): Rafiq stops answering with it at once."""
    if not session.coordinator:
        raise coordinators_only()
    kb = KnowledgeBase(services.settings.corpus_dir, services.engine, IndexChanges(services.store))
    withdrawn = kb.withdraw(f"faq-t{ticket_id}", session.name)
    if not withdrawn:
        return back(ticket_id, "faq_not_published")
    languages = ", ".join(s.lang for s in withdrawn)
    services.tickets.note(ticket_id, "faq_withdrawn", session.name, f"faq-t{ticket_id} ({languages})")
    return back(ticket_id, "faq_withdrawn")


@router.get("/faq", response_class=HTMLResponse)
def proposals(request: Request, services: Svc, session: User) -> HTMLResponse:
    """The FAQ entries tutors proposed, waiting for the coordination."""
    if not session.coordinator:
        return render(request, "forbidden.html", session, status=403)
    return render(request, "faq.html", session, proposals=FaqProposals(services.store).pending())
