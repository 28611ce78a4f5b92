"""What a private chat does with a message moderation flags: abuse and advertising get a calm reply of their
own, unless moderation's model alone barely hears them in a question the guide answers surely.

In a private chat nobody else reads the message, so a trainer's question taken for advertising costs more than
an advertisement answered from the guide: "kan9sed portfolio dyal stagiaires f CRMEF, chno fih" scores 0.52 on
the spam model alone. Moderation's verdict is kept on the record either way.
"""
from __future__ import annotations

from dataclasses import replace

import functools
from typing import TYPE_CHECKING, Mapping

from bot.about_rafiq import asks_who_i_am
from bot.roles.intents import asks_something, reports_someone, thanks_reply, unhelpful_said
from bot.not_meant import not_meant
from bot.not_working import reports_broken_platform
from bot.own_request import alert_joined_text, gave_the_numbers, numbers_given_recently, open_alert
from bot.texts import t
from bot.roles.states import ANXIOUS, CONFUSED, DISCOURAGED, ISOLATED, OVERLOADED, signs_beyond_the_course
from bot.types import Button, Decision, Intent, Kind, Message, Priority, Reason
from bot.understanding import Route, barely_distressed
from moderation.abuse import AbuseLexicon
from moderation.model import model_text
from moderation.verdict import Verdict

if TYPE_CHECKING:
    from bot.tutor import Tutor
    from retrieval.types import Answer

# A chat message is answered as abuse only from this toxic score (an insult of the lexicon: 0.9+); a middling
# model score ("il y a une faute dans mon nom" 0.54) is read as the question it is, its verdict kept.
CHAT_ABUSE_MIN = 0.8
# Spam heard by moderation's model alone below this score may be a trainer's question: on the dev questions and
# conversation turns (about 3,500), the four taken for spam scored 0.52-0.64; advertisements the guide would
# answer score 0.58-0.94 (tests/data/moderation*).
SPAM_SURE = 0.7
MODEL_ONLY_SPAM_CUES = frozenset({"spam:model", "spam:sincere_question"})
# a report of someone else's selling names where it happens ("kayn chi wa7ed bgha ybi3 lina les devoirs f groupe
# whatsapp"): the contact words are the report's, not a number or a link of the writer's own
REPORT_SPAM_CUES = MODEL_ONLY_SPAM_CUES | {"spam:contact_bait", "spam:sale", "spam:ready_made_work"}


def _course_state(tutor: Tutor, text: str) -> str | None:
    """The state of the course the support role hears in the words (None without a support role)."""
    return tutor.support.state(text) if tutor.support is not None else None


def barely_spam(labels: Mapping[str, float], cues: tuple[str, ...]) -> bool:
    """Spam from moderation's model alone (no link, repeat or lexicon cue), below SPAM_SURE."""
    spam_cues = {cue for cue in cues if cue.startswith("spam:")}
    return spam_cues <= MODEL_ONLY_SPAM_CUES and float(labels.get("spam", 0.0)) < SPAM_SURE


def read_otherwise_despite_model(tutor: Tutor, text: str, lang: str, verdict: Verdict) -> bool:
    """A question the guide answers surely, or a plain request for a person ("ça bloque toujours, je veux parler à
    quelqu'un": a ticket saying a tutor will answer, not the caring reply to distress), that moderation's model
    alone barely flags (distress or spam); or a state of the course the support role hears in words (discouraged,
    overloaded…) that the model alone barely hears as distress; or the platform not working that the model alone
    hears as distress below HARD_TIME_MAX. Words of distress keep the caring reply."""
    if verdict.verdict == "distress" and signs_beyond_the_course(text):
        return False  # "…حتى النعاس ما بقيتش كنعس، كنحس براسي غارقة": sleep lost, drowning: beyond the course
    barely = ((verdict.verdict == "distress" and barely_distressed(verdict.labels, verdict.cues))
              or (verdict.verdict == "spam" and barely_spam(verdict.labels, verdict.cues)))
    if verdict.verdict == "distress" and _distress_cues(verdict) <= {"distress:model"} and float(
            verdict.labels.get("distress", 0.0)) < HARD_TIME_MAX and reports_broken_platform(text):
        return True  # "j'ai tout essayé, la page ne s'ouvre toujours pas" (0.55): the platform, and a tutor after it
    if not barely:
        return False
    if not_meant(text):
        return True  # "la, machi hadchi li bghit" (0.48): the reply was not what the trainer meant
    state = tutor.support.state(text) if tutor.support is not None else None
    if verdict.verdict == "distress" and state not in (None, "distress"):
        return True  # "je n'en peux plus, je suis en retard sur tout… abandonner le MOOC": the encouragement's
    route, answer = tutor.understand(text, lang, verdict)
    if route == Route.GUIDE or (route == Route.HUMAN and state != "distress"):
        return True
    return verdict.verdict == "distress" and state is None and practical_question(tutor, text, answer)


# A message moderation's model alone barely hears as distress, that asks something and that the intent model hears
# this surely as a question on the course, is that question: "et si je ne peux pas y assister, je fais comment ?"
# after a live session's date (0.41) got the crisis reply and an urgent ticket (a newcomer, twice). Messages of real
# distress the model barely flags are heard as "support" (1.0 for "ما بقيتش قادرة، كلشي صعيب عليا", 0.53).
QUESTION_SURE = 0.7


def practical_question(tutor: Tutor, text: str, answer: Answer) -> bool:
    """The message asks something and the intent model hears a course question at QUESTION_SURE or more."""
    probabilities = tutor.intent_probabilities(text, answer.query_vector)
    if not probabilities or not asks_something(text):
        return False
    top = max(probabilities, key=probabilities.__getitem__)
    return top in ("content", "follow_up", "calendar") and probabilities[top] >= QUESTION_SURE


def objectionable(tutor: Tutor, text: str, lang: str, verdict: Verdict, in_conversation: bool = False) -> bool:
    """Abuse (a sure toxic score) or advertising that a chat answers as such (see the module's docstring).
    Spam barely heard by the model alone is not, in a conversation (the four dev conversation turns so flagged were
    all trainers answering Rafiq: "الدور ديالو فالشرح والتعليق على الخدمات ديالنا", 0.64) or when the support role
    hears a state of the course in it (overloaded, discouraged…)."""
    if verdict.action not in ("hide", "hold"):
        return False
    if verdict.verdict == "toxic" and asks_who_i_am(text) and not _insulted(text):
        return False  # "t'es un robot ou quoi" (the model: 0.9 toxic) asks what Rafiq is: no abuse, no ticket
    if verdict.verdict == "toxic":  # a complaint about the answers, however sure the model, gets its own reply;
        # an insult of the lexicon said about people scores lower than said to them ("المؤطرين ديالكم حمير" 0.76
        # got a choice of guide pages, a newcomer): it is abuse all the same (not contempt's words: "تقلق وسكت")
        return verdict.labels.get("toxic", 0.0) >= CHAT_ABUSE_MIN or complaint_only(text, verdict) or _insulted(text)
    if verdict.verdict != "spam":
        return False
    if barely_spam(verdict.labels, verdict.cues) and (in_conversation or _course_state(tutor, text) is not None):
        return False  # a trainer's workload ("ma3ndich lwa9t, 3ndi les cours f lcentre w les visites de stage", 0.59,
        # the model alone) got "I do not relay advertisements" (a newcomer): the state's encouragement instead
    if reports_someone(text) and {c for c in verdict.cues if c.startswith("spam:")} <= REPORT_SPAM_CUES:
        return False  # "شخص في المنتدى يعرض بيع تصحيحات الواجبات" (0.79): a report, with no link or number of its own
    return not read_otherwise_despite_model(tutor, text, lang, verdict)


INSULT_CUES = frozenset({"insult", "predicate_insult", "vocative_insult", "vulgar_insult", "slur", "threat"})
# A complaint about Rafiq's answers heard as abuse by these cues alone (the word "nulles" is on the insult list) is
# answered as the complaint it is; a vulgar insult or a slur keeps the reply to abuse.
COMPLAINT_CUES = frozenset({"toxic:model", "toxic:insult"})


@functools.cache
def _insults() -> AbuseLexicon:
    return AbuseLexicon()


def _insulted(text: str) -> bool:
    """The abuse lexicon finds an insult, a slur or a threat in the message (not contempt's words)."""
    return any(hit.cue in INSULT_CUES for hit in _insults().hits(model_text(text)))


def complaint_only(text: str, verdict: Verdict) -> bool:
    """Heard as abuse only for a complaint about Rafiq's answers: no insult in what the message says besides it
    ("nta l7mar, ma katfhem walo" keeps the reply to abuse and its ticket)."""
    toxic_cues = {cue for cue in verdict.cues if cue.startswith("toxic:")}
    rest = unhelpful_said(text) if verdict.verdict == "toxic" and toxic_cues <= COMPLAINT_CUES else None
    return rest is not None and not _insults().hits(model_text(rest))


def objectionable_reply(tutor: Tutor, verdict: Verdict, lang: str, text: str = "") -> Decision:
    """A calm private-chat reply to abuse or advertising: nothing is "published" in a chat.

    Abuse the policy wants a person to look at ("hold") also goes to a tutor; the rest does not. A complaint about
    Rafiq's answers ("tu ne sers à rien, tes réponses sont nulles") gets an apology and the button to ask a tutor.
    """
    if complaint_only(text, verdict):
        return Decision(Kind.ANSWER, t("unhelpful_heard", lang), lang, Intent.MODERATED, reason=Reason.NOT_HELPFUL,
                        buttons=(Button(t("ask_tutor", lang), "tutor"),))
    if verdict.verdict == "spam":
        return Decision(Kind.ANSWER, t("chat_spam", lang), lang, Intent.MODERATED, reason=Reason.SPAM)
    if verdict.action == "hold":
        body = f"{t('chat_abuse', lang)} {t('chat_abuse_ticket', lang, eta=tutor.eta_text(lang))}"
        return tutor._escalation(body, lang, Intent.MODERATED, Reason.ABUSIVE_MESSAGE)
    return Decision(Kind.ANSWER, t("chat_abuse", lang), lang, Intent.MODERATED, reason=Reason.TOXIC)


# Moderation's model alone hears distress in some words of a hard time with the course ("je suis découragée, j'ai
# l'impression que je n'y arriverai jamais" 0.61, "j'en peux plus, trop de boulot, j'ai envie de tout laisser tomber"
# 0.62); messages in distress score 0.8-0.98 or carry its words ("bghit nmout"). Below this score, with no word of
# distress and a state of the course in the words, the trainer gets the encouragement of that state, not emergency
# numbers, and tutors are still alerted at the distress priority: a person reads it first either way.
HARD_TIME_MAX = 0.7
COURSE_STATES = (DISCOURAGED, OVERLOADED, ANXIOUS, ISOLATED, CONFUSED)


def _distress_cues(verdict: Verdict) -> set[str]:
    return {cue for cue in verdict.cues if cue.startswith("distress:")}


def hard_time_reply(tutor: Tutor, text: str, lang: str, verdict: Verdict, message: Message) -> Decision | None:
    """For distress heard by moderation's model alone below HARD_TIME_MAX in words of a hard time with the course and
    no sign of one beyond it (`signs_beyond_the_course`): that state's encouragement, saying a tutor was alerted, and
    an urgent ticket; else None (the caring reply, with the emergency numbers)."""
    if tutor.support is None or verdict.verdict != "distress" or not _distress_cues(verdict) <= {"distress:model"}:
        return None
    if after_caring_reply(tutor, message):  # "merci. je suis seule ce soir" after a suicidal message: the caring
        return None  # reply again (its numbers, the tutors alerted), not the course's encouragement
    if float(verdict.labels.get("distress", 0.0)) >= HARD_TIME_MAX or tutor.support.state(text) not in COURSE_STATES:
        return None
    if signs_beyond_the_course(text):  # sleep lost, drowning, everything heavy, the whole of life: not the course's
        return None  # hard time, whatever state its words also say (a newcomer got a small step and no numbers)
    body = tutor.support.respond(text, lang, message.user, alerted=tutor.urgent_eta_text(lang))
    return tutor._escalation(body or "", lang, Intent.SOCIO, Reason.DISTRESS, Priority.DISTRESS)


def distress_reply(tutor: Tutor, text: str, lang: str, verdict: Verdict, message: Message) -> Decision:
    """Distress heard: a hard time with the course's encouragement (`hard_time_reply`), else the caring reply."""
    return hard_time_reply(tutor, text, lang, verdict, message) or caring_reply(tutor, lang, message)


def caring_reply(tutor: Tutor, lang: str, message: Message) -> Decision:
    """The caring reply to distress; right after it (its emergency numbers given), a shorter one saying the message
    joined the alert, with the numbers again (the generic hand-over said "your request no. 4… in about an hour" to "is
    there someone I can talk to now?", and distress heard again got the same reply word for word)."""
    alert = open_alert(tutor, message) if after_caring_reply(tutor, message) and gave_the_numbers(tutor, message) \
        else None
    caring = tutor.distress(lang)  # the recorder joins it to the open alert and tells the tutors again
    return caring if alert is None else replace(caring, body=alert_joined_text(tutor, lang, alert.id))


def after_caring_reply(tutor: Tutor, message: Message) -> bool:
    """The trainer's latest exchange was the caring reply to distress, or one of the last hours was while its alert is
    open (`numbers_given_recently`: the moment lasts beyond one message)."""
    if tutor.memory is not None and tutor.memory.last_notice(message.channel, message.user) == Reason.DISTRESS:
        return True
    return numbers_given_recently(tutor, message) and open_alert(tutor, message) is not None


def thanks_key(tutor: Tutor, text: str, message: Message) -> str:
    """The text key of the reply to thanks (`thanks_reply`); right after the caring reply to distress, a word that
    the tutors are on their way ("شكرا" after it got "glad to help": a newcomer)."""
    return "thanks_after_caring_reply" if after_caring_reply(tutor, message) else thanks_reply(text)
