"""The console's moderation page: every decision that found something, why, and the tutor's correction.

    GET  /console/moderation                      decisions, newest first (filters: verdict, overturned)
    POST /console/moderation/{entry_id}/overturn  the tutor's label (CSRF); the masked example is kept as a
                                                  training candidate
    GET  /console/moderation/candidates.jsonl     the candidates, one JSON line each (masked text + label)
Routes translate HTTP into calls to `ModerationReviews`; they decide nothing else.
"""
from __future__ import annotations

import json
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse

from bot.channels.web.console.pages import Posted, Svc, User, known_ids, not_found, render, valid_id
from bot.moderation_review import LABELS, ModerationReviews

router = APIRouter(prefix="/console", tags=["console"], dependencies=[Depends(known_ids)])
VERDICTS = ("toxic", "spam", "personal_data", "distress", "off_topic")


@router.get("/moderation", response_class=HTMLResponse)
def decisions(request: Request, services: Svc, session: User, verdict: str = "", overturned: str = "",
              done: str = "") -> HTMLResponse:
    """Decisions with their scores, the rule or model that decided, and a form to overturn each."""
    chosen = verdict if verdict in VERDICTS else ""
    rows = ModerationReviews(services.store).recent(chosen, True if overturned == "1" else None)
    return render(request, "moderation.html", session, decisions=rows, verdicts=VERDICTS, labels=LABELS,
                  filters={"verdict": chosen, "overturned": overturned == "1"}, done=valid_id(done))


@router.post("/moderation/{entry_id}/overturn")
def overturn(entry_id: str, services: Svc, session: Posted,
             label: Annotated[str, Form(max_length=32)] = "") -> RedirectResponse:
    """Keep the tutor's label for the decision; 404 for an unknown decision."""
    number = valid_id(entry_id)
    if number is None:
        raise not_found()
    if label not in LABELS:
        return RedirectResponse(f"/console/moderation?{urlencode({'bad': 1})}#d{number}", status_code=303)
    if not ModerationReviews(services.store).overturn(number, label, session.name):
        raise not_found()
    return RedirectResponse(f"/console/moderation?{urlencode({'done': number})}#d{number}", status_code=303)


@router.get("/moderation/candidates.jsonl", response_class=PlainTextResponse)
def candidates(services: Svc, session: User) -> PlainTextResponse:
    """The overturned decisions as training lines (masked text, the tutor's label)."""
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in ModerationReviews(services.store).candidates())
    return PlainTextResponse(lines, media_type="application/x-ndjson",
                             headers={"Content-Disposition": 'attachment; filename="moderation-candidates.jsonl"'})
