"""A trainer's own phone number or e-mail given in a private chat ("ra9m dyali 0612345678 ila bghito t3iyto lia",
"bghit chi tuteur ykalmni daba, ra9mi 0661…"): the datum is masked before anyone reads it, so the trainer is told so,
and that tutors answer here in writing; a request to be called is a request for a person (it got the forum
charter's rule on personal data, or a hand-over that left her waiting for a call: two newcomers)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.forum_policy import PERSONAL_DATA_RULE
from bot.texts import t
from bot.types import Decision, Intent, Kind
from moderation.verdict import Verdict
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

CONTACT_KINDS = frozenset({"phone", "email"})
# asking to be called or written to ("appelez-moi", "t3iyto lia", "عيطو ليا", "ykalmni", "اتصلوا بي")
_CALL_ME = re.compile(
    r"\b(?:appelez|appele|rappelez|rappele|contactez|contacte|telephonez|ecrivez)[- ]moi\b"
    r"|\bme (?:rappeler|contacter|appeler|telephoner)\b|\bcall me\b"
    r"|\b(?:t?3[ai]yto|t?3[ai]yt|3eyto|3ayto|3iyto|tsel|tasslo|t9slo|ttaslo)\w* (?:lia|liya|bia|biya|3lia|3liya)\b"
    r"|\by?kall?mni\b|\bykalemni\b|\bkalmoni\b|\bkallmoni\b"
    r"|(?<!\w)(?:عيطو|عيط|عيطي|تعيطو|يعيط|اتصلوا|اتصل|تتصلوا|يتصل)(?:و)? ?(?:ليا|لي|بي|عليا|علي)(?!\w)"
    r"|(?<!\w)(?:كلموني|يكلمني|تكلموني|هضرو معايا|يهضر معايا)(?!\w)")


def contact_given(verdict: Verdict) -> bool:
    """Moderation masked a phone number or an e-mail in the message."""
    return any(kind in CONTACT_KINDS for _, _, kind in verdict.spans)


def asks_to_be_called(text: str) -> bool:
    """The message asks a person to call or write to the trainer."""
    return bool(_CALL_ME.search(normalize_text(text or "")))


def with_contact_note(tutor: Tutor, decision: Decision, text: str, verdict: Verdict) -> Decision:
    """`decision` with the note that the trainer's contact was masked; a request to be called, a hand-over."""
    if not contact_given(verdict) or decision.kind == Kind.IGNORE or decision.intent == Intent.MODERATED:
        return decision  # (an advertisement's "contactez-moi au 06…" keeps the reply to advertising)
    called = asks_to_be_called(text)
    cited = [c.id for c in decision.citations]
    if called and decision.kind != Kind.ESCALATE and (not cited or cited[0] == PERSONAL_DATA_RULE):
        decision = tutor.human_requested(decision.lang)  # (another guide answer stands, with the note)
    if decision.kind != Kind.ESCALATE and not decision.escalate and not called:
        return decision
    return replace(decision, body=f"{decision.body}\n{t('contact_masked', decision.lang)}")
