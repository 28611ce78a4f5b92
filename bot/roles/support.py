"""The socio-cognitive role: a warm, brief reply to discouragement, anxiety, isolation, overload,
confusion about what to do next and thanks; a caring reply with a way to reach a person for distress.

A reply holds: empathy suited to the state, peers who felt the same (a count, anonymised), one small
next step (with the next deadline or live session from the calendar), a reflection prompt tied to
the current module, an offer to connect (cohort forum thread, the guide topics of peers' similar questions, a tutor), and
Rafiq's signature: it never pretends to be a person.

Example::

    support = SupportResponder(calendar, peers=PeerFinder(store), forum_url="https://forum.example/c/2026-b")
    support.respond("je pense abandonner le MOOC", "fr", user="42")
"""
from __future__ import annotations

import logging
from datetime import datetime

from bot.roles.module_names import module_number
from bot.roles.organizational import Clock, day_text, next_deadline, next_live
from bot.roles.peers import PeerFinder
from bot.roles.states import (ANXIOUS, CONFUSED, DISCOURAGED, DISTRESS, ISOLATED, OVERLOADED, THANKS,
                              detect_state)
from bot.roles.timefmt import format_when
from bot.texts import t
from corpus.calendar import Assignment, Calendar, Module
from retrieval.normalize import normalize_text

log = logging.getLogger(__name__)
# "you are not alone" is said from this many peers: "1 autres formateurs" was no comfort (and wrong French), and
# a count of one or two among a cohort says more about those few than it comforts.
PEERS_SHOWN_FROM = 3

PEER_STATES = (DISCOURAGED, ANXIOUS, ISOLATED, OVERLOADED)


def reflection_module(calendar: Calendar, now: datetime) -> Module | None:
    """The module a reflection prompt is about: the open one, else the next, else the last."""
    current = calendar.current_module(now)
    if current is not None:
        return current
    coming = calendar.upcoming(now, limit=1, kinds=("module",))
    if coming:
        return coming[0]
    return max(calendar.modules, key=lambda m: m.closes) if calendar.modules else None


def reflection_prompt(calendar: Calendar, state: str, lang: str, now: datetime, module: Module | None = None) -> str:
    """'🪞 Pour réfléchir : …' about `module` (else the current one), worded for the state."""
    module = module or reflection_module(calendar, now)
    key = f"{state}_reflect" if state in (*PEER_STATES, CONFUSED, THANKS) else "discouraged_reflect"
    body = (t(key, lang, n=module.number, title=calendar.title(module, lang)) if module
            else t("generic_reflect", lang))
    return t("reflect_label", lang) + body


def distress_text(lang: str, availability: str = "") -> str:
    """The caring reply to a trainer in distress, with a way to reach a person now.

    `availability` says honestly when a tutor will read it (on duty now, on call, or back at a time).
    """
    caring = t("distress", lang, availability=availability).replace(" \n", "\n")
    return f"{caring}\n{t('signature', lang)}"


class SupportResponder:
    """The Tutor's `SupportPort`: encouragement, one small step, reflection, peers; None when the
    message expresses none of the states."""

    def __init__(self, calendar: Calendar, clock: Clock | None = None, peers: PeerFinder | None = None,
                 forum_url: str = "") -> None:
        self.calendar = calendar
        self.clock = clock or (lambda: datetime.now(calendar.tz))
        self.peers = peers
        self.forum_url = forum_url

    def state(self, text: str) -> str | None:
        """The state `text` expresses (distress first), or None."""
        return detect_state(text)

    def respond(self, text: str, lang: str, user: str, default: str | None = None,
                alerted: str | None = None) -> str | None:
        """The reply for `text` from `user` (their channel id) in the state its words express, else in `default`
        (the intent model heard a feeling the word lists miss), else None. `alerted` (when a tutor was told,
        with when they read it) takes the place of the offer to write « tuteur »."""
        state = self.state(text) or default
        if state is None:
            return None
        log.info("support reply for state %s", state)
        if state == DISTRESS:
            return distress_text(lang)
        now = self.clock()
        if state == THANKS:
            return "\n".join([t("thanks_empathy", lang), reflection_prompt(self.calendar, THANKS, lang, now),
                              t("signature", lang)])
        lines = [t(f"{state}_empathy", lang)]
        peers = self._peer_count(user, state, now)
        if peers >= PEERS_SHOWN_FROM:
            lines.append(t("peers_count", lang, k=peers))
        named = self.module_named(text)  # "encore au module 3": her module, not the calendar's current one
        lines.extend(self._step(state, lang, now, named))
        lines.append(reflection_prompt(self.calendar, state, lang, now, named))
        similar = self._similar(user, text, lang, now)
        if similar:
            lines.append(t("peers_topics", lang))
            lines.extend(f"• « {title} »" if lang == "fr" else f"• «{title}»" for title in similar)
        forum = t("forum_link", lang, url=self.forum_url) if self.forum_url else ""
        if alerted is not None:  # a tutor was told: when they read it, in place of the offer to write « tuteur »
            meanwhile = t("meanwhile_thread", lang, forum=forum) if forum else ""
            lines.append(t("offer_alerted", lang, availability=f" {alerted.strip()}" if alerted else "",
                           meanwhile=meanwhile))
        else:
            lines.append(t("offer", lang, forum=forum))
        lines.append(t("signature", lang))
        return "\n".join(lines)

    def respond_distress(self, lang: str, availability: str = "") -> str:
        """The distress reply, for a caller that already knows (the moderation verdict)."""
        return distress_text(lang, availability)

    def module_named(self, text: str) -> Module | None:
        """The calendar's module the trainer's words name ("باقا فالوحدة 3", "encore au module 3"), or None."""
        number = module_number(normalize_text(text or ""))
        return next((m for m in self.calendar.modules if m.number == number), None) if number is not None else None

    def _next_deadline(self, now: datetime, module: Module | None) -> Assignment | None:
        """The named module's next deadline when it has one to come, else the course's next."""
        own = sorted((a for a in self.calendar.assignments if module is not None and a.module == module.id
                      and a.due > now), key=lambda a: a.due)
        return own[0] if own else next_deadline(self.calendar, now)

    def _step(self, state: str, lang: str, now: datetime, named: Module | None = None) -> list[str]:
        cal = self.calendar
        module = named or cal.current_module(now)
        if state == CONFUSED and module is not None:
            step = t("confused_step", lang, n=module.number, title=cal.title(module, lang),
                     closes=day_text(cal, module.closes_on, lang))
        elif state in (DISCOURAGED, CONFUSED) and module is None:
            step = t("no_module_step", lang)
        else:
            step = t(f"{state}_step", lang, n=module.number if module else "")
        lines = [step]
        if state == ISOLATED:
            live = next_live(cal, now)
            if live:
                lines.append(t("step_live", lang, title=cal.title(live, lang),
                               when=format_when(live.start, lang, now, cal.tz)))
            return lines
        deadline = self._next_deadline(now, named)
        if deadline:
            lines.append(t("step_deadline", lang, title=cal.title(deadline, lang),
                           when=format_when(deadline.due, lang, now, cal.tz)))
        return lines

    def _peer_count(self, user: str, state: str, now: datetime) -> int:
        if self.peers is None or state not in PEER_STATES:
            return 0
        try:
            return self.peers.same_state_count(user, state, now)
        except Exception:  # peers are a bonus: never lose the reply over them
            log.exception("peer count failed")
            return 0

    def _similar(self, user: str, text: str, lang: str, now: datetime) -> list[str]:
        if self.peers is None:
            return []
        try:
            return self.peers.similar_topics(user, text, lang, now)
        except Exception:
            log.exception("similar questions lookup failed")
            return []
