"""The coordinator's figures: questions per week and language, answered / escalated rates, how fast
tutors answer, and a gap report (escalated questions grouped by similarity: what the guide lacks).

Weeks start on Monday in the tutors' timezone (Africa/Casablanca by default).
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

import numpy as np
from sqlalchemy import select

from bot.clock import as_utc, aware, utcnow, zone
from bot.escalation import PRIORITY_DISTRESS
from bot.reports.figures import NOT_QUESTIONS, outcome
from bot.reports.across_languages import join_across_languages
from bot.reports.gaps import NOT_GAPS
from bot.reports.not_gaps import asks_the_guide_nothing
from bot.store.schema import Interaction, Ticket, TicketFollower
from bot.store import Store

GAP_SIMILARITY = 0.91  # e5 cosine: paraphrases and close variants ≥ 0.92, unrelated questions ≤ 0.89


@dataclass
class Figures:
    """Counts for one week or one language."""

    questions: int = 0
    answered: int = 0
    escalated: int = 0
    tickets: int = 0
    tickets_answered: int = 0
    answer_minutes: list[float] = field(default_factory=list)
    langs: Counter = field(default_factory=Counter)

    @property
    def answered_rate(self) -> float:
        """Share of questions Rafiq answered itself."""
        return self.answered / self.questions if self.questions else 0.0

    @property
    def escalated_rate(self) -> float:
        """Share of questions sent to a tutor."""
        return self.escalated / self.questions if self.questions else 0.0

    @property
    def median_answer_minutes(self) -> float | None:
        """Median time from ticket to tutor's answer, in minutes."""
        return statistics.median(self.answer_minutes) if self.answer_minutes else None


@dataclass(frozen=True)
class Gap:
    """Escalated questions that look alike: one topic the guide may not cover."""

    question: str
    size: int
    ticket_ids: tuple[int, ...]
    langs: tuple[str, ...]
    answered: int
    trainers: int = 0  # distinct trainers who asked (a question is quoted only from MIN_TRAINERS, as /console/gaps)


@dataclass
class Report:
    """Everything the coordinator's page shows."""

    weeks: list[tuple[date, Figures]]
    by_lang: dict[str, Figures]
    total: Figures
    gaps: list[Gap]


def week_start(moment: datetime, tz: tzinfo) -> date:
    """The Monday of the moment's week, in `tz`."""
    local = aware(moment).astimezone(tz).date()
    return local - timedelta(days=local.weekday())


def _count_interactions(rows, figures_for) -> None:
    for created, lang, intent, escalate, reason in rows:
        if intent in NOT_QUESTIONS:
            continue
        for fig in figures_for(created, lang):
            fig.questions += 1
            fig.langs[lang] += 1
            fig.escalated += bool(escalate)
            fig.answered += outcome(escalate, reason) == "answered"  # as the weekly report counts (not off topic)


def _count_tickets(tickets, figures_for) -> None:
    for t in tickets:
        for fig in figures_for(t.created_at, t.lang):
            fig.tickets += 1
            if t.answered_at is not None:
                fig.tickets_answered += 1
                fig.answer_minutes.append((aware(t.answered_at) - aware(t.created_at)).total_seconds() / 60)


def gap_report(tickets, threshold: float = GAP_SIMILARITY, limit: int = 20,
               askers: dict[int, set[str]] | None = None, means: dict[str, np.ndarray] | None = None) -> list[Gap]:
    """Greedy clustering of escalated questions by the cosine of their vectors to each group's centre, then a French
    and an Arabic group that say the same made one (`means`: the guide's language means, `language_means`); `askers`:
    who follows each ticket (a joined ticket has several), for the count of distinct trainers."""
    kept = [t for t in sorted(tickets, key=lambda t: t.id) if t.question_vector is not None
            and t.priority > PRIORITY_DISTRESS and t.reason not in NOT_GAPS
            and not asks_the_guide_nothing(t.question)]  # a held insult, giving up, "je veux un tuteur": no gap
    units = [np.asarray(t.question_vector, dtype=np.float32) for t in kept]
    units = [v / (np.linalg.norm(v) or 1.0) for v in units]
    groups: list[dict] = []
    for n, vec in enumerate(units):
        scores = [float(g["centre"] @ vec) for g in groups]
        if scores and max(scores) >= threshold:
            g = groups[int(np.argmax(scores))]
            g["rows"].append(n)
            total = np.sum([units[i] for i in g["rows"]], axis=0)
            g["centre"] = total / (np.linalg.norm(total) or 1.0)
        else:
            groups.append({"centre": vec, "rows": [n]})
    rows = [g["rows"] for g in groups]
    if len({len(v) for v in units}) == 1:  # one embedder's vectors (a change of model leaves them apart)
        rows = join_across_languages(rows, np.stack(units), [t.lang if t.lang in ("ar", "fr") else None for t in kept],
                                     means or {})
    gaps = []
    for group in rows:
        members = [kept[i] for i in group]
        centre = np.sum([units[i] for i in group], axis=0)
        central = kept[max(group, key=lambda i: float(centre @ units[i]))]
        gaps.append(Gap(question=central.question, size=len(members), ticket_ids=tuple(t.id for t in members),
                        langs=tuple(sorted({t.lang for t in members})),
                        answered=sum(t.answered_at is not None for t in members),
                        trainers=len(set().union(*((askers or {}).get(t.id) or {f"ticket:{t.id}"} for t in members)))))
    gaps.sort(key=lambda g: (-g.size, g.ticket_ids[0]))
    return gaps[:limit]


def build_report(store: Store, weeks: int = 8, tz: str = "Africa/Casablanca",
                 now: datetime | None = None, means: dict[str, np.ndarray] | None = None) -> Report:
    """Figures for the last `weeks` weeks (the current one included); `means`: see `gap_report`."""
    local_zone = zone(tz)
    now = now or utcnow()
    first = week_start(now, local_zone) - timedelta(weeks=weeks - 1)
    since = as_utc(datetime.combine(first, datetime.min.time(), tzinfo=local_zone))
    per_week = {first + timedelta(weeks=i): Figures() for i in range(weeks)}
    by_lang: dict[str, Figures] = {}
    total = Figures()

    def figures_for(created: datetime, lang: str) -> list[Figures]:
        week = per_week.get(week_start(created, local_zone))
        found = [total, by_lang.setdefault(lang, Figures())]
        return found + [week] if week is not None else found

    with store.session() as s:
        rows = s.execute(select(Interaction.created_at, Interaction.reply_lang, Interaction.intent,
                                Interaction.escalate, Interaction.reason)
                         .where(Interaction.created_at >= since)).all()
        tickets = list(s.scalars(select(Ticket).where(Ticket.created_at >= since)))
        askers: dict[int, set[str]] = {}
        for ticket_id, channel, recipient in s.execute(
                select(TicketFollower.ticket_id, TicketFollower.channel, TicketFollower.recipient)
                .where(TicketFollower.ticket_id.in_([t.id for t in tickets]))):
            askers.setdefault(ticket_id, set()).add(f"{channel}:{recipient}")
    _count_interactions(rows, figures_for)
    _count_tickets(tickets, figures_for)
    return Report(weeks=sorted(per_week.items(), reverse=True), by_lang=dict(sorted(by_lang.items())),
                  total=total, gaps=gap_report(tickets, askers=askers, means=means))
