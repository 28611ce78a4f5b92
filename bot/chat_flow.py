"""The Tutor's chat replies, one per route of `bot/understanding.py`.

    Route.GUIDE ─► the guide's answer            Route.CALENDAR ─► the course calendar (else as UNSURE)
    Route.FOLLOW_UP ─► read with the last turn   Route.SUPPORT ─► encouragement, peers (else as UNSURE)
    Route.HUMAN ─► a ticket for a tutor          Route.OFF_TOPIC ─► what Rafiq helps with + "ask a tutor"
    Route.GREETING / THANKS ─► a short reply     Route.UNSURE ─► clarify between close sections, or a ticket
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.chat_safety import after_caring_reply, caring_reply, thanks_key
from bot.clarified import after_clarifying, read_with_clarified, vague_continuation
from bot.conversation import (EXAMPLE, MORE, LastTurn, asks_for_example, continues, follow_up,
                               moves_on, names_another_topic, word_count)
from bot.earlier_options import earlier_option
from bot.conversation_scope import asked_on_its_own, heard_elsewhere, points_back, which_of_them
from bot.readings import CONTEXT_FLOOR, context_choice, readings_agree
from bot.dialogue import (asks_only, bare_topic, example_decision, follow_up_decision,
                          read_after_last, say_more, section_decision, what_about)
from bot.own_request import own_request_reply
from bot.roles.intents import announces_a_problem, asks_how_to_answer_someone, asks_something, unhelpful_said
from bot.question_words import bare_question_word
from bot.roles.calendar_query import asks_for_a_date
from bot.roles.states import DISCOURAGED
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind, Message, Reason
from bot.tutor_roles import roles_asked
from bot.not_working import broken_link_reply, platform_broken_reply
from bot.charter_rules import charter_asked
from bot.two_part import calendar_decision, with_second_question
from bot.understanding import Route
from bot.unnamed_subject import off_topic_decision, vocabulary_of
from bot.about_rafiq import about_rafiq
from bot.catch_up import catch_up_reply
from bot.complaints import complaint_reply, good_news_reply
from bot.bereavement import condolences_reply
from bot.getting_started import where_to_start
from bot.reminder_requests import asks_for_reminders, reminders_reply
from bot.administration import administration_ticket
from bot.late_work import late_after_handing_in
from retrieval.normalize import normalize_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor


def route_decision(tutor: Tutor, route: Route, answer: Answer, text: str, lang: str, message: Message,
                   last: LastTurn | None) -> Decision:
    """The reply for a chat message whose route is known (`answer` is retrieval's, already computed)."""
    last = None if last is not None and last.clarifying and not last.latest else last  # an old choice: by number only
    if last is None and bare_question_word(text):  # "chno?" alone: which question? (it went to a tutor)
        return Decision(Kind.ANSWER, t("which_question", lang), lang, Intent.QUESTION)
    if announces_a_problem(text):  # "slt, 3ndi mochkil": which one? (not a greeting, the encouragement or a ticket)
        return Decision(Kind.ANSWER, t("which_problem", lang), lang, Intent.QUESTION,
                        buttons=(Button(t("ask_tutor", lang), "tutor"),))
    if (about := about_rafiq(text, lang) or (where_to_start(tutor, text, lang, message.channel) if route != Route.HUMAN
                                             and (last is None or last.clarifying) else None)) is not None:
        return caring_reply(tutor, lang, message) if after_caring_reply(tutor, message) else about  # "t'es un robot ?"
    if (broken := platform_broken_reply(tutor, text, lang, route, answer)) is not None:
        return broken  # "la plateforme plante tout le temps": the technical page, not the encouragement
    if last is None and (catch_up := catch_up_reply(tutor, text, lang)) is not None:
        return catch_up  # "je reviens d'un congé maternité, qu'est-ce que j'ai raté ?": not an administrative ticket
    if (said := unhelpful_said(text)) is not None and not asks_something(said):  # "C'est n'importe quoi ce bot": sorry,
        return Decision(Kind.ANSWER, t("unhelpful_heard", lang), lang, Intent.FOLLOW_UP,  # and a person offered
                        reason=Reason.NOT_HELPFUL, buttons=(Button(t("ask_tutor", lang), "tutor"),))
    if (heard := condolences_reply(text, lang) or complaint_reply(text, lang) or good_news_reply(tutor, text, lang)):
        return heard  # "had lmooc khayb…", "trop contente, j'ai eu une super note": not the encouragement
    if asks_for_reminders(text):
        return reminders_reply(message.channel, lang)  # "بغيت تفكرني بالآجال": reminders, not a ticket
    if route != Route.HUMAN and (late := late_after_handing_in(tutor, text, lang, last)) is not None:
        return late  # "وإلا ما قدرتش نسيفطو فالوقت؟" after the steps to submit
    if route == Route.GREETING:
        return Decision(Kind.ANSWER, t("greeting", lang), lang, Intent.GREETING, confidence=1.0)
    if route == Route.THANKS:
        return Decision(Kind.ANSWER, t(thanks_key(tutor, text, message), lang), lang, Intent.THANKS, confidence=1.0)
    if route != Route.HUMAN and last is not None and (earlier := earlier_option(tutor, text, lang, message, last)):
        return earlier  # "et le 3 ?" after option 2 of a clarifying question: option 3, not more of option 2
    if route != Route.CALENDAR and (own := own_request_reply(tutor, route == Route.HUMAN, text, lang, message)):
        return own  # a request for a person, "has anyone answered me?", words to the tutor (not a date: the calendar)
    if route in EXAMPLE_ROUTES and not (last and last.clarifying) and (
            roles := roles_asked(tutor, answer, text, lang)) is not None:
        return roles  # "ما هي أدوار المؤطر عن بعد؟": which of the three?
    if route in EXAMPLE_ROUTES and not (last and last.clarifying) and (
            rules := charter_asked(tutor, answer, text, lang)) is not None:
        return rules  # "ما هي قواعد المنتدى؟": the charter's rules, each cited
    if route == Route.CALENDAR and last is not None and last.clarifying and tutor.organizational \
            and asks_for_a_date(text) and (dates := tutor.organizational.answer(text, lang)):
        return calendar_decision(tutor, dates, text, lang)  # "w module 3 imta kaybda?" while a choice waits
    if last is not None and last.clarifying and vague_continuation(answer, text, last):
        return follow_up_decision(tutor, (MORE, None), text, lang, last)  # asks again which section is meant
    if last is not None and last.clarifying and route in (Route.GUIDE, Route.UNSURE, Route.FOLLOW_UP, Route.OFF_TOPIC):
        meant = read_with_clarified(tutor, answer, text, lang, last, off_topic=route == Route.OFF_TOPIC)
        if meant is not None:
            return meant
    if last is not None and last.clarifying and not answer.answered and (
            route in (Route.GUIDE, Route.UNSURE, Route.FOLLOW_UP) or (route == Route.OFF_TOPIC and continues(text))):
        pending = after_clarifying(tutor, answer, text, lang, last, route)
        if pending is not None:
            return pending
    if route in (Route.GUIDE, Route.UNSURE) and last is not None and not last.clarifying and _asked_again(text, last):
        return follow_up_decision(tutor, (MORE, None), text, lang, last)  # the same question: its next part
    if route in EXAMPLE_ROUTES and last is not None and _example_of_last(answer, text, last):
        return example_decision(tutor, answer, text, lang, last)  # of the last section, or of one named by title
    if route in (Route.GUIDE, Route.UNSURE, Route.FOLLOW_UP) and last is not None and not last.clarifying:
        if which_of_them(text):  # "laquelle convient le mieux à des stagiaires du CRMEF ?": of the two just compared
            return follow_up_decision(tutor, (MORE, None), text, lang, last)
        meant = _meant_in_conversation(tutor, answer, text, lang, last)
        if meant is not None:
            return meant
    if route == Route.FOLLOW_UP and last is not None:
        return _follow_up(tutor, answer, text, lang, last)
    if route == Route.GUIDE and last is not None and _stays_on_last(tutor, answer, text, lang, last):
        return follow_up_decision(tutor, (MORE, None), text, lang, last)
    if route == Route.CALENDAR and (broken := broken_link_reply(tutor, text, lang)) is not None:
        return broken  # "le lien de la classe virtuelle ne marche pas": the technical page, not the same link
    if route == Route.CALENDAR and tutor.organizational and (calendar := tutor.organizational.answer(text, lang)):
        return calendar_decision(tutor, calendar, text, lang)  # and a second question's answer, if any
    # how to answer someone else's feelings ("مشارك كتب ليا بلي تعب، شنو نقول ليه؟"): the guide's, not encouragement
    someone_else = asks_how_to_answer_someone(text)
    if (route in (Route.SUPPORT, Route.UNSURE, Route.OFF_TOPIC) or not asks_something(text)) and after_caring_reply(
            tutor, message):  # (a sure guide question is answered; "je ne sais pas" got the login page at 0.2)
        return caring_reply(tutor, lang, message)  # "je suis seule ce soir" right after the caring reply
    if route == Route.SUPPORT and tutor.support and not someone_else:
        # the model heard a feeling ("أشعر ببعض الإحباط", "safi ma b9itch 9ader nkmel") the word lists miss: the
        # encouragement, unless the guide surely answers what it asks ("kan7ess rasi bou7di, kayn groupe d'étude?")
        # or it goes on from a conversation ("وإلا كنت مشغول بزاف هاد الشهر؟" after the weekly hours: read in context)
        support_text = tutor.support.respond(text, lang, message.user,
                                             default=None if answer.answered or last else DISCOURAGED)
        if support_text and tutor.memory is not None and tutor.memory.last_intent(
                message.channel, message.user) == Intent.SOCIO:  # encouraged just now: not the same again, a person
            return Decision(Kind.ANSWER, t("support_again", lang), lang, Intent.SOCIO, confidence=1.0,
                            buttons=(Button(t("ask_tutor", lang), "tutor"),))
        if support_text:
            return Decision(Kind.ANSWER, support_text, lang, Intent.SOCIO, confidence=1.0)
    off_topic_reply = route == Route.OFF_TOPIC and not tutor.off_topic_tickets
    # an unsure message is read with the previous question; heard off topic, only when it goes on or points back
    if last is not None and not answer.answered and (not off_topic_reply or continues(text) or points_back(text)):
        in_context = _read_in_context(tutor, answer, text, lang, last)
        if in_context is not None:
            return in_context
    if off_topic_reply:
        return administration_ticket(tutor, answer, text, lang) or off_topic_decision(  # ministry, pay: a ticket
            text, lang, vocabulary_of(tutor.engine), answer.query_vector)
    if route == Route.UNSURE and tutor.support and not someone_else and tutor.support.state(text) == DISCOURAGED:
        # "j'ai envie d'abandonner le MOOC, que faire ?": content to the model (0.99), unsure to the guide, discouraged
        return Decision(Kind.ANSWER, tutor.support.respond(text, lang, message.user), lang, Intent.SOCIO,
                        confidence=1.0)
    # the guide's answer, a choice between close sections, or a tutor (heard as off topic: no unrelated sections)
    if last is None and asks_only(text) and (follow_up(text) or ("",))[0] in (EXAMPLE, MORE):
        return what_about(lang, answer)  # "donne-moi un exemple" opening a conversation: of what?
    decision = tutor.retrieve(text, lang, Intent.QUESTION, answer=answer, opening=last is None,
                              offer=route != Route.OFF_TOPIC)
    if decision.reason == Reason.LOW_CONFIDENCE and bare_topic(text):  # "lmodule": what about it? (in a conversation
        return say_more(text, lang, answer)  # too: it opened a ticket)
    return with_second_question(tutor, decision, text, lang)  # "…? et comment rédiger une fiche ?", a date too


def more_or_its_own(tutor: Tutor, follow: tuple[str, object], text: str, lang: str, verdict, message: Message,
                    last: LastTurn) -> Decision:
    """A "more" opener followed by a question of its own ("ومن بعد كيفاش نكتب الأهداف؟"): read as usual when its own
    words surely name another section than the last, else more of the last one."""
    route, answer = tutor.understand(text, lang, verdict, has_context=True, last=last)
    if heard_elsewhere(tutor, route, answer, text, last, verdict):  # "kifach ntyb pastilla?": as a first message
        return route_decision(tutor, *tutor.understand(text, lang, verdict), text, lang, message, None)
    if not (answer.answered and answer.citations and answer.citations[0].id not in last.sections):
        return follow_up_decision(tutor, follow, text, lang, last)
    return route_decision(tutor, route, answer, text, lang, message, last)


# What a trainer was told when Rafiq cited no section, by the reply's reason (the text key).
def _in_context(tutor: Tutor, answer: Answer, combined: Answer, text: str, lang: str, last: LastTurn,
                floor: float = 0.0) -> Decision | None:
    """The answer from the section the message means read with the previous exchange (`context_choice`),
    or None when its support is below `floor` or the section has nothing to say."""
    if asks_for_example(text) and not last.clarifying:  # an example of what was just said (or of a section named)
        return example_decision(tutor, answer, text, lang, last)
    section, support = context_choice(answer, combined, last)
    if support < floor:
        return None
    if section == last.sections[0]:  # the part of the last section this message asks about
        return follow_up_decision(tutor, (MORE, None), text, lang, last)
    return section_decision(tutor, section, text, lang, Intent.FOLLOW_UP)


# A content message in a conversation is read with the previous exchange whenever the section it means
# (`context_choice`) has at least this support (below: its own reading decides). Read on the dev dialogues' later turns
# (blind1-9, dialogues_dev): choosing by `context_choice` from 0.8 up gets more right than the branches it goes before.
MEANT_FLOOR = 0.8


def _meant_in_conversation(tutor: Tutor, answer: Answer, text: str, lang: str, last: LastTurn) -> Decision | None:
    """The section a message in a conversation means, read with the previous exchange, when its support is at least
    MEANT_FLOOR and it is not the section the message alone surely names, chosen so or named as another topic
    ("والدور التنظيمي؟": answered as usual by the caller); else None."""
    if (alone := asked_on_its_own(tutor, text, lang, last)) is not None:  # a new question, asked in full
        return section_decision(tutor, alone, text, lang, Intent.QUESTION)
    combined = read_after_last(tutor, text, lang, last)
    if not combined.passages:
        return None
    section, support = context_choice(answer, combined, last)
    own = answer.citations[0].id if answer.answered and answer.citations else None
    if support < MEANT_FLOOR or (own not in (None, last.sections[0]) and (section == own or names_another_topic(text))):
        return None
    if (named := _named_topic(answer, text, last, tutor.engine.threshold)) is not None:
        return section_decision(tutor, named, text, lang, Intent.FOLLOW_UP)
    return _in_context(tutor, answer, combined, text, lang, last)


NAMED_SHARE = 0.5  # of the calibrated threshold: the message alone ranks the topic it names first this surely


def _named_topic(alone: Answer, text: str, last: LastTurn, threshold: float) -> str | None:
    """The section an "and the X?" or "and after?" message (`names_another_topic`, `moves_on`: "ومن بعد، كيفاش ندير
    الجلسة معاه؟" after observation) names, which it alone ranks first though unsure ("et pour l'auto-évaluation ?":
    0.43 alone, the previous question's section at 0.99 in context), when not the previous section; else None."""
    if not (names_another_topic(text) or moves_on(text)) or not alone.passages or alone.confidence < NAMED_SHARE * threshold:
        return None
    own = alone.passages[0].chunk.section_id
    return own if own != last.sections[0] else None


# A message this short, a continuation ("و…", "w …", "et …") or pointing back, that the guide cannot place alone,
# stays on the previous section when read with the previous question ranks it first ("ومازال ما وصلنيش الإيميل").
SAME_TOPIC_MAX_WORDS = 6


def _read_in_context(tutor: Tutor, answer: Answer, text: str, lang: str, last: LastTurn) -> Decision | None:
    """An unsure message read with the previous exchange ("et si le bouton n'apparaît pas ?"): a short
    continuation that the reading in context still puts on the previous section stays there; else the
    section it means (`context_choice`) when the support is at least CONTEXT_FLOOR; else the section the
    message alone and the reading in context agree on; else None. A longer new question is never answered
    from the previous topic."""
    combined = read_after_last(tutor, text, lang, last)
    if not combined.passages:
        return None
    top = combined.passages[0].chunk.section_id
    same = top == last.sections[0]
    if same and not last.clarifying and word_count(text) <= SAME_TOPIC_MAX_WORDS and (
            continues(text) or points_back(text)):
        return follow_up_decision(tutor, (MORE, None), text, lang, last)
    chosen = _in_context(tutor, answer, combined, text, lang, last, CONTEXT_FLOOR)
    if chosen is not None:
        return chosen
    agreed = readings_agree(answer, combined, tutor.engine.threshold)
    if agreed is None and (not combined.answered or top not in {p.chunk.section_id for p in answer.passages[:3]}):
        return None
    if agreed is not None and agreed != last.sections[0] and (not combined.answered or same):
        moved = section_decision(tutor, agreed, text, lang, Intent.FOLLOW_UP)  # its own words, confirmed
        if moved is not None:
            return moved
    if same or agreed == last.sections[0]:
        return follow_up_decision(tutor, (MORE, None), text, lang, last)
    return tutor.retrieve(f"{last.question} {text}", lang, Intent.FOLLOW_UP, answer=combined)


# An example asked for in a conversation, however the intent model hears it ("donne moi un exemple de commentaire
# de pair bien fait" after peer assessment: off topic, 0.6), is read against the last answer.
EXAMPLE_ROUTES = (Route.GUIDE, Route.FOLLOW_UP, Route.UNSURE, Route.OFF_TOPIC)
# An example asked for in a conversation names a section of its own only this surely. Read on the dev dialogues
# (blind1-9, dialogues_dev): 0.75 and 0.9 get the same 115 of 140 example turns right, the calibrated
# threshold (0.57) 111: "an example of a well-written objective" after the development plan is of the plan.
EXAMPLE_OWN_SURE = 0.8


def _example_of_last(answer: Answer, text: str, last: LastTurn) -> bool:
    """An example asked for in a conversation ("هل من مثال على هدف مصاغ بشكل جيد؟" after the development plan) is
    an example of what was just said, unless its own words surely name a section (EXAMPLE_OWN_SURE): the
    Tutor's answer thresholds are for questions of their own."""
    return not last.clarifying and asks_for_example(text) and answer.confidence < EXAMPLE_OWN_SURE


def _asked_again(text: str, last: LastTurn) -> bool:
    """The last question sent again, word for word: read with itself it may rank a neighbour first."""
    return normalize_text(text).strip(" ?!.؟،,") == normalize_text(last.question).strip(" ?!.؟،,")


def _stays_on_last(tutor: Tutor, answer: Answer, text: str, lang: str, last: LastTurn) -> bool:
    """A message opening as a continuation ("ومازال ما وصلنيش الإيميل" after a password question) that the guide
    answers alone from another section, barely ahead of the previous one (in its first three): it stays on the
    previous section when the support of both readings (`context_choice`) says so."""
    if last.clarifying or not continues(text) or not answer.citations or answer.citations[0].id == last.sections[0]:
        return False
    if last.sections[0] not in {p.chunk.section_id for p in answer.passages[:3]} or names_another_topic(text):
        return False
    combined = read_after_last(tutor, text, lang, last)
    return context_choice(answer, combined, last)[0] == last.sections[0]


def _follow_up(tutor: Tutor, answer: Answer, text: str, lang: str, last: LastTurn) -> Decision:
    """A message that goes on from the last exchange: answered on its own when the guide is sure of it
    ("et pour l'évaluation sommative ?"), else from the section it means in context (`context_choice`)."""
    if answer.answered and answer.citations and answer.citations[0].id == last.sections[0]:
        return follow_up_decision(tutor, (MORE, None), text, lang, last)  # the part it asks about, not a repeat
    if answer.answered:
        return tutor.retrieve(text, lang, Intent.FOLLOW_UP, answer=answer)
    combined = read_after_last(tutor, text, lang, last)
    return (_in_context(tutor, answer, combined, text, lang, last)
            or follow_up_decision(tutor, (MORE, None), text, lang, last))
