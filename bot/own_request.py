"""A request for a person from a trainer who already has one: no second ticket.

    ticket open      ─► "je veux parler à un tuteur" ─► "Votre demande n°4 est déjà chez les tuteurs…" (message added)
    ticket answered  ─► "wach jawbni chi wa7d?"        ─► the tutor's answer again, and the ask-a-tutor button
    ticket answered  ─► "Merci Amina ! Et pour …?"     ─► the ticket reopened with it, for Amina to read
    otherwise        ─► a new ticket, as before (a message that is not a request for a person: None)
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.clock import aware, utcnow
from bot.conversation import word_count
from bot.store.ticket_details import add_detail, newest_followed, question_asked
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind, Message, Priority, Reason, TicketState
from moderation.personal_data import mask
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

# An answer given this recently is the one a trainer asking "has anyone answered me?" is waiting for.
RECENT_ANSWER = timedelta(days=3)
MAX_ANSWER_ASKED_WORDS = 8  # "des nouvelles de ma demande ?": longer, it is a question of its own
QUESTION_SHOWN = 120  # characters of the request's first line quoted back
# Asking whether a tutor has answered (normalized text): "personne ne m'a répondu ?", "toujours pas de réponse",
# "wach jawbni chi wa7d?", "واش شي حد جاوبني؟", "هل رد أحد على سؤالي؟", "ما زال ما وصلني الجواب".
# Said in the past, not "when will they answer me?" ("شحال غادي يتعطل باش يجاوبني؟", "imta ghadi yjawbni?": the guide's
# page on response times).
_ANSWER_ASKED = re.compile(
    r"repondu|pas (encore )?(eu )?de reponse|toujours (rien|pas)|des nouvelles|"
    r"(?<![yt])jawb|(?<![yt])jaweb|rd 3li|"
    r"(?<![يت])جاوب|اجاب|رد علي|ردو علي|رد احد|وصلني|لم اتلق|مازال ما|ما زال ما|باقي ما")


# When the answer will come ("dans combien de temps j'aurai la réponse ?", "imta ghadi yjawbni?", "متى سيصلني الرد؟"):
# with a ticket of the trainer's open, its promise again (the guide's page on response times said "48 heures
# ouvrables" right after "d'ici 1 h environ"); without one, the guide's page.
_WHEN_ANSWERED = re.compile(
    r"\b(?:combien de temps|quand|d'?ici quand|dans combien)\b.*\b(?:repon\w*|rappel\w*)|"
    r"\b(?:imta|fo9ach|fou9ach|fawe9ach|chhal|ch7al)\b.*\b(?:y?jawb\w*|y?jaweb\w*|jwab|jawab|rd|y?red|reponse)\b|"
    r"(?<!\w)(?:متي|امتي|فوقاش|شحال|كم)(?!\w).*(?<!\w)(?:سيصلني|يصلني|يوصلني|غادي يوصلني|يجاوب\w*|جواب|الجواب|"
    r"الرد|رد|يرد|ترد|سترد|سيرد)(?!\w)|"
    # how long to wait, whether they will answer ("شحال خاصني نتسنا؟", "vous pensez qu'il répondra avant ce soir ?")
    r"(?<!\w)(?:شحال|كم)(?!\w).*(?<!\w)(?:نتسنا|نستنا|انتظر|ننتظر|سانتظر)(?!\w)|\b(?:ch7al|chhal)\b.*\bn?ts?en+a\b|"
    r"\b(?:il|elle|ils|le tuteur|la tutrice|quelqu'?un)\s+(?:va\s+|vont\s+)?(?:me\s+)?repond(?:ra|re|ront)\b")
MAX_WHEN_ASKED_WORDS = 10


# Nobody answered, said as a complaint ("ça fait 3 fois que je pose la question et personne ne répond", "حتى واحد ما
# جاوبني"): a newcomer got the guide's advice on how to phrase a question
_NO_ANSWER = re.compile(
    r"\bpersonne ne (?:me |nous )?repond\w*|\b(?:je n'?ai|j'?ai|on n'?a|toujours)\s+(?:eu\s+)?(?:pas|aucune?|jamais)\s+"
    r"(?:eu\s+)?(?:de\s+)?reponses?\b|\bma question (?:est )?(?:restee? )?sans reponse\b|"
    r"\bma ?(?:7[ae]d|hed|had) ma ?jawb\w*|\b(?:7ta|hta) (?:wa7ed|wahed) ma ?jawb\w*|\bma ?jawbni (?:7[ae]d|hed)\b|"
    r"(?<!\w)و?(?:ما ?حد ما ?جاوب\w*|حتي واحد ما ?جاوب\w*|ما ?جاوبني حد|ما ?جاوبني حتي واحد|لا احد يجيب\w*|"
    r"لم يجبني احد|لم اتلق (?:اي )?(?:جواب|رد))(?!\w)")
MAX_NO_ANSWER_WORDS = 25


_OTHERS = re.compile(r"\b(?:stagiaires?|participants?|apprenants?|eleves?|etudiants?|collegues?|relances?|forum)\b|"
                     r"(?<!\w)(?:ال)?(?:متدربين|المتدربين|مشاركين|المشاركين|متعلمين|المتعلمين|تلاميذ|منتدي)(?!\w)")


def says_no_answer(text: str) -> bool:
    """True when a message complains that nobody answered the trainer (`_NO_ANSWER`), not about others' replies
    ("comment réagir quand un stagiaire ne reçoit pas de réponse sur le forum ?" is the guide's)."""
    norm = normalize_text(text)
    return word_count(text) <= MAX_NO_ANSWER_WORDS and bool(_NO_ANSWER.search(norm)) and not _OTHERS.search(norm)


def asks_when_answered(text: str) -> bool:
    """True when a short message asks when a tutor's answer will come (`_WHEN_ANSWERED`)."""
    return word_count(text) <= MAX_WHEN_ASKED_WORDS and bool(_WHEN_ANSWERED.search(normalize_text(text)))


def asks_about_the_answer(text: str) -> bool:
    """True when a message asks whether a tutor has answered (`_ANSWER_ASKED`)."""
    return bool(_ANSWER_ASKED.search(normalize_text(text)))


def own_request_reply(tutor: Tutor, for_a_person: bool, text: str, lang: str, message: Message) -> Decision | None:
    """The reply to a request for a person (`for_a_person`) or to a short message asking about a tutor's answer:
    about the trainer's own ticket when there is one to speak of, else (a request) a new ticket; else None."""
    about_answer = asks_about_the_answer(text) and word_count(text) <= MAX_ANSWER_ASKED_WORDS
    if not for_a_person and says_no_answer(text):  # an apology and the way to a person, not advice on phrasing
        return pending_request_reply(tutor, text, lang, message, open_only=True) or Decision(
            Kind.ANSWER, t("no_answer_heard", lang), lang, Intent.HUMAN, buttons=(Button(t("ask_tutor", lang), "tutor"),))
    if not (for_a_person or about_answer):
        if asks_when_answered(text) and (pending := pending_request_reply(tutor, text, lang, message, open_only=True)):
            return pending
        return reply_to_the_tutor(tutor, text, lang, message)
    return pending_request_reply(tutor, text, lang, message) or (tutor.human_requested(lang) if for_a_person else None)


def reply_to_the_tutor(tutor: Tutor, text: str, lang: str, message: Message) -> Decision | None:
    """A message naming the tutor who answered the trainer's newest ticket in the last RECENT_ANSWER ("Merci Amina !
    Et c'est valable aussi pour la cohorte précédente ?"): the ticket is reopened with it, for that tutor to read;
    else None (a guide answer could not know what the tutor said). A date the calendar gives is not the tutor's
    ("Merci Amina ! Et le devoir du module 3, c'est pour quand ?" reopened the ticket: the caller asks this only of
    messages that are not the calendar's)."""
    store, ticket = _newest_ticket(tutor, message)
    name = (ticket.answered_by or "") if ticket is not None and ticket.state == TicketState.ANSWERED else ""
    if not name or not _recent(ticket) or not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
        return None
    tickets = getattr(tutor.recorder, "tickets", None)
    if tickets is None or not tickets.reopen(ticket.id, actor="trainer", claimed_by=name):  # told it went to them
        return None
    _add(tutor, store, message, text, lang)
    return Decision(Kind.ANSWER, t("sent_to_tutor", lang, tutor=name, n=ticket.id, eta=tutor.eta_text(lang)), lang,
                    Intent.HUMAN, reason=Reason.HUMAN_REQUESTED, ticket_id=ticket.id)


def _newest_ticket(tutor: Tutor, message: Message):
    """(the store, the newest ticket this chat follows), with None for what is not there (the sender's row is not
    read: the Tutor reads it once per message)."""
    store = getattr(tutor.recorder, "store", None)
    return store, newest_followed(store, message.channel, message.thread or message.user) if store else None


def _add(tutor: Tutor, store, message: Message, text: str, lang: str) -> None:
    """Add the message to the sender's open ticket."""
    user = tutor.recorder.find_user(message)
    if user is not None:
        add_detail(store, user.id, mask(text, lang=lang))


def _question_since(tutor: Tutor, message: Message, ticket) -> str | None:
    """The trainer's latest question after the ticket was opened that went to no tutor (answered, or off topic), if
    it is the exchange just before this message; else None."""
    latest = next(iter(tutor.recorder.history(message, limit=1)), None)
    if latest is None or latest.escalate or latest.intent in NOT_A_QUESTION or not (latest.text or "").strip():
        return None
    added = mask(latest.text, lang=latest.reply_lang or "fr") in (ticket.question or "")  # added already
    return latest.text if aware(latest.created_at) >= aware(ticket.created_at) and not added else None


def _recent(ticket) -> bool:
    """True when the ticket's answer came within RECENT_ANSWER."""
    return bool(ticket.answer and ticket.answered_at and aware(ticket.answered_at) >= utcnow() - RECENT_ANSWER)


def pending_request_reply(tutor: Tutor, text: str, lang: str, message: Message,
                          open_only: bool = False) -> Decision | None:
    """The reply to a request for a person from a trainer whose own ticket is open (the message is added to it),
    or (not `open_only`) was answered in the last RECENT_ANSWER and who asks about that answer; None otherwise."""
    store, ticket = _newest_ticket(tutor, message)
    if ticket is None or (open_only and not TicketState(ticket.state).is_open):
        return None
    if TicketState(ticket.state).is_open and ticket.priority == Priority.DISTRESS and (
            gave_the_numbers(tutor, message) or numbers_given_recently(tutor, message)):
        _add(tutor, store, message, text, lang)
        return Decision(Kind.ANSWER, alert_joined_text(tutor, lang, ticket.id), lang, Intent.SOCIO,
                        reason=Reason.DISTRESS, ticket_id=ticket.id)
    if TicketState(ticket.state).is_open:
        if (since := _question_since(tutor, message, ticket)) is not None:  # "Ok, je peux parler à un tuteur ?"
            _add(tutor, store, message, since, lang)  # after another question: that one too (it was left out)
        _add(tutor, store, message, text, lang)
        asked = question_asked(ticket.question, ticket.reason, QUESTION_SHOWN)
        key = "request_pending_unquoted" if ticket.priority == Priority.DISTRESS else "request_pending"  # not their pain
        return Decision(Kind.ANSWER, t(key, lang, n=ticket.id, question=asked, eta=tutor.eta_text(lang)),
                        lang, Intent.HUMAN, reason=Reason.HUMAN_REQUESTED, ticket_id=ticket.id)
    if ticket.state == TicketState.ANSWERED and _recent(ticket) and asks_about_the_answer(text):
        body = t("tutor_answer_intro", lang, tutor=ticket.answered_by or "",
                 question=question_asked(ticket.question, ticket.reason), answer=ticket.answer)
        return Decision(Kind.ANSWER, f"{body}\n\n{t('answered_already', lang)}", lang, Intent.HUMAN,
                        buttons=(Button(t("ask_tutor", lang), "tutor"),))
    return None


NOT_A_QUESTION = frozenset({Intent.GREETING, Intent.THANKS, Intent.HUMAN, Intent.MODERATED, Intent.INVALID,
                            Intent.HANDED_OVER, Intent.SOCIO})
EMERGENCY_NUMBER = "141"  # in the caring reply to distress and in the one after it


def gave_the_numbers(tutor: Tutor, message: Message) -> bool:
    """Rafiq's latest reply to the trainer gave the emergency numbers (the caring reply to distress, not the
    encouragement that alerted tutors about a hard time with the course: "بغيت نحبس المووك كامل", then "I want to
    talk to a real person", got the civil protection's number)."""
    latest = next(iter(tutor.recorder.history(message, limit=1)), None)
    return latest is not None and EMERGENCY_NUMBER in (latest.reply_text or "")


CARING_WINDOW = timedelta(hours=2)  # after the caring reply, the trainer's messages are read as the same moment
CARING_LOOKBACK = 8  # exchanges looked through for it


def numbers_given_recently(tutor: Tutor, message: Message) -> bool:
    """One of Rafiq's replies of the last CARING_WINDOW gave the emergency numbers (the caring reply to distress):
    "شكون غادي يهضر معايا؟", "sm7 liya" or "merci, ça me fait du bien de l'écrire" two messages later got a ticket
    saying the guide had no answer, "write your question in a sentence", "glad to help!" (a newcomer, 5 of 5)."""
    since = utcnow() - CARING_WINDOW
    return any(EMERGENCY_NUMBER in (row.reply_text or "") and row.reason == Reason.DISTRESS
               and aware(row.created_at) >= since for row in tutor.recorder.history(message, limit=CARING_LOOKBACK))


def open_alert(tutor: Tutor, message: Message):
    """The trainer's newest ticket when it is an open alert for distress, else None."""
    ticket = _newest_ticket(tutor, message)[1]
    return ticket if ticket is not None and TicketState(ticket.state).is_open \
        and ticket.priority == Priority.DISTRESS else None


def alert_joined_text(tutor: Tutor, lang: str, number: int) -> str:
    """A message joined the open alert `number`: said so, with the caring reply's emergency line again (it said "your
    request no. 4 is with the tutors… in about an hour" to "is there someone I can talk to now?", and distress heard
    again got the caring reply word for word)."""
    emergency = t("distress", lang, availability="").splitlines()[1]
    return t("alert_joined", lang, n=number, availability=tutor.urgent_eta_text(lang),
             emergency=emergency).replace(" \n", "\n")
