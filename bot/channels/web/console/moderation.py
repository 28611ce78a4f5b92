"""The console's moderation page: every decision that found something, why, and the tutor's review.

    GET  /console/moderation                      decisions, newest first (filters: verdict, overturned)
    POST /console/moderation/{entry_id}/confirm   "the decision is right" (CSRF): the tutor's agreement is kept
    POST /console/moderation/{entry_id}/overturn  the tutor's class, chosen explicitly (CSRF); the masked example is
                                                  kept as a training candidate. No class chosen, or the decision's
                                                  own: nothing is stored, the card says why (the select was
                                                  pre-set to "aucun problème" and one click overturned: a tester);
                                                  "aucun problème" on a held forum post closes its review ticket
                                                  (bot/closing.py clear_reviews), unless an appeal is unread
    GET  /console/moderation/candidates.jsonl     the candidates, one JSON line each (masked text + label)
Routes translate HTTP into calls to `ModerationReviews`; they decide nothing else. A correction never reaches the
forum (no forum takes an un-flag): a flagged forum post's card says the post stays as it is there.
"""
from __future__ import annotations

import json
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse

from bot.channels.web.console.moderation_words import explained
from bot.channels.web.console.pages import (Posted, Svc, User, console_lang, known_ids, not_found, render,
                                            valid_id)
from bot.closing import Closed, clear_reviews
from bot.moderation_review import LABELS, ModerationReviews
from bot.store.appeals import AppealRecords

router = APIRouter(prefix="/console", tags=["console"], dependencies=[Depends(known_ids)])
VERDICTS = ("toxic", "spam", "personal_data", "distress", "off_topic")
Filter = Annotated[str, Form(max_length=32)]


def _ids(raw: str) -> str:
    """The ticket numbers of a redirect's query ("12,14"), ids only, as the flash says them ("12، 14" in Arabic)."""
    return ",".join(str(i) for i in (valid_id(x) for x in raw.split(",")[:20]) if i is not None)


@router.get("/moderation", response_class=HTMLResponse)
def decisions(request: Request, services: Svc, session: User, verdict: str = "", overturned: str = "",
              done: str = "", confirmed: str = "", bad: str = "", closed: str = "", kept: str = "") -> HTMLResponse:
    """Decisions with their scores, what decided them in words, and the tutor's two ways to review each; after
    "aucun problème" on a held post, which of its review tickets were closed or kept open (an unread appeal)."""
    chosen = verdict if verdict in VERDICTS else ""
    rows = ModerationReviews(services.store).recent(chosen, True if overturned == "1" else None)
    lang = console_lang(request)
    return render(request, "moderation.html", session, decisions=rows, verdicts=VERDICTS, labels=LABELS,
                  filters={"verdict": chosen, "overturned": overturned == "1"}, done=valid_id(done),
                  confirmed=valid_id(confirmed), bad=valid_id(bad), explain=lambda d: explained(d, lang),
                  closed_reviews=_ids(closed), kept_reviews=_ids(kept))


def _back(key: str, number: int, verdict: str, overturned: str, **tickets: str) -> RedirectResponse:
    """Back to the card with a message, the page's filters kept (`tickets`: the review tickets closed or kept)."""
    query = {key: number, **({"verdict": verdict} if verdict in VERDICTS else {}),
             **({"overturned": "1"} if overturned == "1" else {}), **{k: v for k, v in tickets.items() if v}}
    return RedirectResponse(f"/console/moderation?{urlencode(query)}#d{number}", status_code=303)


@router.post("/moderation/{entry_id}/overturn")
def overturn(entry_id: str, services: Svc, session: Posted, label: Annotated[str, Form(max_length=32)] = "",
             f_verdict: Filter = "", f_overturned: Filter = "") -> RedirectResponse:
    """Keep the tutor's class for the decision; none chosen (or the decision's own): refused, nothing stored; 404
    for an unknown decision."""
    number = valid_id(entry_id)
    if number is None:
        raise not_found()
    reviews = ModerationReviews(services.store)
    decision = reviews.get(number)
    if decision is None:
        raise not_found()
    if label not in LABELS or label == decision.verdict:
        return _back("bad", number, f_verdict, f_overturned)
    if not reviews.overturn(number, label, session.name):
        raise not_found()
    cleared = clear_reviews(services.tickets, services.relay, AppealRecords(services.store), decision.ref,
                            session.name) if label == "ok" and decision.ref else []
    return _back("done", number, f_verdict, f_overturned,
                 closed=",".join(str(i) for i, c in cleared if c.status == Closed.CLOSED),
                 kept=",".join(str(i) for i, c in cleared if c.status == Closed.APPEAL_UNSEEN))


@router.post("/moderation/{entry_id}/confirm")
def confirm(entry_id: str, services: Svc, session: Posted, f_verdict: Filter = "",
            f_overturned: Filter = "") -> RedirectResponse:
    """Keep the tutor's agreement with the decision (not a training candidate); 404 for an unknown decision."""
    number = valid_id(entry_id)
    if number is None or not ModerationReviews(services.store).confirm(number, session.name):
        raise not_found()
    return _back("confirmed", number, f_verdict, f_overturned)


@router.get("/moderation/candidates.jsonl", response_class=PlainTextResponse)
def candidates(services: Svc, session: User) -> PlainTextResponse:
    """The corrected decisions as training lines (masked text, the tutor's label)."""
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in ModerationReviews(services.store).candidates())
    return PlainTextResponse(lines, media_type="application/x-ndjson",
                             headers={"Content-Disposition": 'attachment; filename="moderation-candidates.jsonl"'})
