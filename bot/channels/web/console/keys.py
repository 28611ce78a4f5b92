"""The console's question-key page: tutors approve or reject the questions trainers found answered.

`/console/keys` lists the pending proposals (bot/question_keys.py); approving one puts the key into the
live index at once, rejecting it changes nothing. Any signed-in tutor decides (every POST carries the
session's CSRF token); a decision on a proposal no longer pending says so and changes nothing.
"""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from bot.channels.web.console.pages import Posted, Svc, User, not_found, render, valid_id
from bot.question_keys import KeyProposals, approve

router = APIRouter(prefix="/console", tags=["console"])
NOTICES = {"approved": "key_approved", "rejected": "key_rejected", "none": "key_none"}


def _back(notice: str, **values: str) -> RedirectResponse:
    """Post/redirect/get to the list with a notice."""
    return RedirectResponse(f"/console/keys?{urlencode({'done': notice, **values})}", status_code=303)


@router.get("/keys", response_class=HTMLResponse)
def proposals(request: Request, services: Svc, session: User, done: str = "", id: str = "") -> HTMLResponse:
    """The pending key proposals, oldest first."""
    notice = NOTICES.get(done, "")
    return render(request, "keys.html", session, proposals=KeyProposals(services.store).pending(),
                  notice=notice, notice_id=id[:128])


@router.post("/keys/{proposal_id}/approve")
def approve_key(proposal_id: str, services: Svc, session: Posted) -> RedirectResponse:
    """Approve the key: its section, with every approved key, is re-indexed now."""
    number = valid_id(proposal_id)
    if number is None:
        raise not_found()
    done = approve(services.store, services.engine, services.settings.corpus_dir, number, session.name)
    return _back("approved", id=done.section_id) if done else _back("none")


@router.post("/keys/{proposal_id}/reject")
def reject_key(proposal_id: str, services: Svc, session: Posted) -> RedirectResponse:
    """Reject the key: the index is not touched."""
    number = valid_id(proposal_id)
    if number is None:
        raise not_found()
    return _back("rejected" if KeyProposals(services.store).decide(number, "rejected", session.name) else "none")
