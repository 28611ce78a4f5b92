"""Right after a calendar reply: "and the link?", "and for module 4?", "and tomorrow?", "et en arabe ?", and a
message the guide cannot place alone ("et si je la rate ?") read with the calendar question it follows."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer_gate import SURELY_OFF_TOPIC
from bot.conversation import (NAMES_TOPIC_MAX_WORDS, OTHER_LANG, continues, conversation_language, follow_up,
                               names_another_topic, word_count)
from bot.dialogue import section_decision
from bot.late_work import LATE_SECTION, says_late
from bot.readings import context_choice, readings_agree
from bot.roles.calendar_period import PERIODS, period_named
from bot.roles.calendar_query import (CalendarQuery, asks_if_mandatory, asks_when, asks_what_assignment, is_calendar_command,
                                     day_named, module_number, names_module, opens_or_closes, parse_calendar_query,
                                     refers_to_the_module)
from bot.calendar_referent import module_meant_reply
from bot.assignment_follow_up import assignment_follow_up
from bot.deadline_worry import deadline_worry_reply
from bot.ramadan_times import ramadan_reply
from bot.calendar_memory import (ONE_AFTER, after_live_session, after_module, calendar_reply_language,
                                  dated_questions, last_calendar_query, last_dated_question, module_question)
from bot.two_part import calendar_decision
from bot.types import Decision, Intent, Kind, Message
from bot.understanding import Route
from retrieval.normalize import normalize_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

# A message heard as off topic right after a calendar reply is read with the calendar question when it opens as a
# continuation or is this short ("Si je la rate, comment je rattrape ?"), and its own words rank the section too.
OFF_TOPIC_AFTER_WORDS = 8
OWN_SURE = 0.9  # a guide answer this sure to a message naming "this module" is its own question's
# "w module 4?", "w ghedda?" name a module or a day without an article, which `names_another_topic` asks for
# "وغدا؟", "وكيف أنضم إليها؟", "وما رابطها؟": the و glued to the day or the question word
_AND = re.compile(r"^(?:(?:ok|okay|oki|d'accord|dac|wakha|safi|merci|mzyan|مزيان|واخا|اوكي|شكرا|طيب)\W*\s)?"
                  r"(?:(?:et|w|o|wa|و)(?:\s|$)|و(?=غدا|غدوه|اليوم|الليله|كيف|كيفاش|فين|اين|ما(?:\s|$)|ماذا|ماهو|شنو|"
                  r"اشنو|اش(?:\s|$)|هل|متي|وقتاش|علي\s))")
_LINK = re.compile(r"\b(lien|liens|link|lyen|url)\b|رابط|الرابط|لينك|ليان")
# "et comment je la rejoins ?" after a live session's date: its link is the answer (a newcomer got a clarifying
# question on the forum's welcome page and changing cohort)
_JOIN = re.compile(r"\b(rejoin\w*|particip\w*|acced\w*|connect\w*|ndkhl\w*|nd5ol|ndkhol|nedkhol|nconnect\w*)\b|"
                   r"(?<!\w)(?:ن|ا)?(?:دخل|ندخل|انضم|نلتحق|التحق|الانضمام|الدخول)(?!\w)")
# "وعلى ماذا تتمحور؟", "et il porte sur quoi ?" after a module's dates: its title and assignments (the calendar's)
_THEME = re.compile(r"\b(porte sur|parle de|theme|sujet|contenu|programme|traite de|kaydwi|katdwi|3la ach|3la chno|"
                    r"contient|y a quoi|dedans|(?:a?chno|chnou|ach) (?:kayn )?fiha?)\b|"  # "وشنو فيها؟", "w chno fih?"
                    r"تتمحور|يتمحور|موضوع|محور|مضمون|محتوي|تتناول|يتناول|كتهضر|كيهضر|تتضمن|يتضمن|"
                    r"(?<!\w)و?(?:ا?شنو|اش|ماذا|اشنو) (?:كاين )?في(?:ها|ه)(?!\w)")


ONE_AFTER_WORDS = 6
_ASSIGNMENT = re.compile(r"\b(?:devoirs?|travail|travaux|livrables?|l?wajib|devoir)\b|(?<!\w)(?:ال)?(?:واجب|فرض|ديفوار)(?!\w)")
# The hour asked of the date just given ("et c'est à quelle heure ?", "f ach mn sa3a?", "على أي ساعة؟")
_HOUR = re.compile(r"\b(?:a )?quelle heure\b|\bl'?heure\b|\bhoraires?\b|\bsa3a\b|\bsa3at\b|\bwa9tach\b|"
                   r"(?<!\w)(?:ال)?(?:ساعه|توقيت)(?!\w)|(?<!\w)(?:وقتاش|فوقاش)(?!\w)")


def _late_after_deadline(tutor: Tutor, text: str, lang: str, message: Message) -> Decision | None:
    """"Et si je dépasse ?" right after a deadline's date: the FAQ on late work; else None."""
    if not says_late(text):
        return None
    query = last_calendar_query(tutor, message)
    if query is None or not query.kind.startswith("deadline"):
        return None
    return section_decision(tutor, LATE_SECTION, text, lang, Intent.FOLLOW_UP)


# Where or how the work just dated is handed in ("ça se rend où ?", "fin nsiftou?", "وفين نصيفطو؟"): the steps to submit
_HAND_IN = re.compile(r"\b(?:ou|comment)\b.*\b(?:rend\w*|depos\w*|envo\w*|soum\w*|poste\w*)\b|"
                      r"\b(?:rend\w*|depos\w*|envoi\w*|envoy\w*|soumet\w*|poste\w*)\b.*\b(?:ou|comment)\b|"
                      r"\b(?:fin|fine|kifach|kifash)\s+n?(?:sift\w*|sayft\w*|dewz\w*|7et\w*|7t\w*|depos\w*)\b|"
                      r"(?<!\w)و?(?:فين|اين|كيف|كيفاش)\s+(?:ن|ا)?(?:صيفط|سيفط|ودع|رسل|سلم|حط|دوز)\w*(?!\w)")
SUBMISSION = "dig-etakwine-submission"
MISSED_LIVE = "faq-missed-live"


def _rule_after(tutor: Tutor, text: str, lang: str, message: Message) -> Decision | None:
    """Right after a deadline's date, where to hand the work in; after a live session's, whether attending is
    required ("elle est obligatoire ?" got the page on weekly hours): those pages; else None."""
    norm = normalize_text(text)
    if word_count(text) > ONE_AFTER_WORDS or tutor.memory is None:
        return None
    query = last_calendar_query(tutor, message)
    if query is None:
        return None
    if query.kind.startswith("deadline") and _HAND_IN.search(norm):
        return section_decision(tutor, SUBMISSION, text, lang, Intent.FOLLOW_UP)
    if query.kind.startswith("live") and asks_if_mandatory(norm):
        return section_decision(tutor, MISSED_LIVE, text, lang, Intent.FOLLOW_UP)
    return None


def _afters_in_a_row(questions: list[str]) -> int:
    """How many of the latest calendar questions (latest first) were "et la suivante ?" in a row."""
    return next((i for i, q in enumerate(questions) if not ONE_AFTER.search(normalize_text(q))), len(questions))


def _the_one_after(tutor: Tutor, text: str, lang: str, message: Message) -> Decision | None:
    """"et la suivante ?" right after a calendar reply: the date after the one given (after as many such messages
    in a row as came before, "et celle d'après ?" again), in the conversation's language; else None."""
    norm = normalize_text(text)
    if (not ONE_AFTER.search(norm) or word_count(text) > ONE_AFTER_WORDS or tutor.memory is None
            or tutor.organizational is None):
        return None
    questions = dated_questions(tutor, message)
    steps = 1 + _afters_in_a_row(questions)
    if steps > len(questions):
        return None
    lang = conversation_language(text, lang, calendar_reply_language(tutor, message))
    after = tutor.organizational.answer_after(questions[steps - 1], lang, steps)
    return Decision(Kind.ANSWER, after, lang, Intent.ORGANIZATIONAL, confidence=1.0) if after else None


def _joining(tutor: Tutor, text: str, lang: str, message: Message) -> Decision | None:
    """"comment je peux y accéder ?", "le lien ?", "كيفاش ندخل ليها؟", "et c'est à quelle heure ?", "و شنو الموضوع
    ديالها؟" right after a live session's date (also after "et la suivante ?"), the hour after a deadline's: that
    session or deadline again, with its link, hour and title; else None. It got the pages on missed sessions and on
    the forum's topics."""
    norm = normalize_text(text)
    joins, hour = bool(_LINK.search(norm) or _JOIN.search(norm) or _THEME.search(norm)), bool(_HOUR.search(norm))
    if (not (joins or hour) or word_count(text) > ONE_AFTER_WORDS
            or tutor.memory is None or tutor.organizational is None):
        return None
    questions = dated_questions(tutor, message)
    steps = _afters_in_a_row(questions)
    query = parse_calendar_query(questions[steps]) if steps < len(questions) else None
    if query is not None and query.kind == "module" and query.module is not None and not hour and not steps \
            and (_LINK.search(norm) or _JOIN.search(norm)):  # "lien ?" after module 4's dates: its live session's
        live = tutor.organizational.render(CalendarQuery("live", query.module), lang, tutor.organizational.clock())
        return Decision(Kind.ANSWER, live, lang, Intent.ORGANIZATIONAL, confidence=1.0) if live else None
    if query is None or not (query.kind.startswith("live") or (hour and query.kind == "deadline")):
        return None
    lang = conversation_language(text, lang, calendar_reply_language(tutor, message))
    again = (tutor.organizational.answer_after(questions[steps], lang, steps) if steps
             else tutor.organizational.answer(questions[0], lang))
    return Decision(Kind.ANSWER, again, lang, Intent.ORGANIZATIONAL, confidence=1.0) if again else None


def after_calendar(tutor: Tutor, route: Route, answer: Answer, text: str, lang: str,
                   message: Message) -> Decision | None:
    """Right after a calendar reply: "and the link?" / "and for module 4?" gets the calendar's answer read with the
    question before; a message the guide cannot place alone ("متى موعد الحصة المباشرة؟" then "وإذا فاتتني، ماذا
    أفعل؟"; "imta l live?" then "ana f lkhdma f dak lwe9t, ila fatni chno ndir?") is answered when read with that
    calendar question the guide is sure of it; else None (read as usual)."""
    if (after := _late_after_deadline(tutor, text, lang, message) or _the_one_after(tutor, text, lang, message)
            or _joining(tutor, text, lang, message) or _rule_after(tutor, text, lang, message)) is not None:
        return after
    norm = normalize_text(text)
    and_then = names_another_topic(text) or (word_count(text) <= NAMES_TOPIC_MAX_WORDS and bool(_AND.match(norm)))
    own = parse_calendar_query(text)  # "w l devoir dyalo imta?" after module 3's dates: module 3's, not the next one
    unplaced = own is not None and own.kind == "deadline" and own.module is None and own.day is None
    # "this module" / "in it", unless the message, no calendar question, is surely a guide question of its own ("w chno
    # howa SAMR li kayt9ra fih?", "Et le devoir de ce module, c'est une grille critériée : des conseils pour la…")
    this_module = refers_to_the_module(norm) and not (own is None and answer.answered and answer.confidence >= OWN_SURE)
    about_module = (_THEME.search(norm) or asks_what_assignment(norm) or unplaced or this_module or (
        and_then and _ASSIGNMENT.search(norm))) and after_module(tutor, message)  # "et le devoir ?" after module 3
    short = and_then and bool(_LINK.search(norm) or module_number(norm) or day_named(norm) is not None
                              or period_named(norm) is not None
                              or (_JOIN.search(norm) and after_live_session(tutor, message)) or about_module
                              or (opens_or_closes(norm) and after_module(tutor, message))) or (  # "ومتى تفتح؟"
        about_module and (word_count(text) <= NAMES_TOPIC_MAX_WORDS or own is not None or this_module)
    ) or (asks_when(text) and word_count(text) <= NAMES_TOPIC_MAX_WORDS)  # "c pour quand ?", "وإمتا كتسد؟"
    # a continuation the model hears as off topic ("et si je la rate, je fais comment ?": 0.6-0.7 off topic alone)
    # is unsure too, even when the guide is sure of its words: right after a calendar reply, "another field" is
    # the unlikely reading
    heard_off_topic = route == Route.OFF_TOPIC and (continues(text) or word_count(text) <= OFF_TOPIC_AFTER_WORDS)
    # a continuation answered alone only on the gate's word (retrieval below its own threshold: "وإلا ما لحقتش، شنو
    # ندير؟" finds missed live sessions at 0.09) is unsure too: after a deadline, it is about that deadline
    gate_only = answer.answered and answer.confidence < tutor.engine.threshold and continues(text)
    unsure = heard_off_topic or gate_only or (not answer.answered and route in (Route.UNSURE, Route.FOLLOW_UP))
    if not (short or unsure) or tutor.memory is None:  # most messages: no read of the previous exchange
        return None
    exchange = tutor.memory.last_calendar_exchange(message.channel, message.user)
    if not exchange or not exchange[0]:
        return None
    asked, previous = exchange
    if parse_calendar_query(asked) is None or about_module:  # not "و شنو الموضوع ديالها؟": the question that named
        asked = (module_question(tutor, message) if about_module else None) or last_dated_question(  # the date
            tutor, message) or asked  # ("f had lmodule" after "w ach nsift fih?": the module named before)
    if short and tutor.organizational:
        # "w module 4?" reads as French alone: a short Latin message keeps the calendar reply's language
        lang = conversation_language(text, lang, previous or "")
        # "et le lien ?", "والرابط؟", "et pour le module 4 ?": the calendar's answer, read with the question before
        # its own module number first; a calendar question in full ("w l module 2 imta kaysali?" after the live
        # session's date) is answered alone: read with the question before, it asked for the live session again
        whole = own is not None and not (about_module and own.module is None) and not (  # "et le mois prochain ?"
            own.kind in PERIODS and after_live_session(tutor, message)) and not (  # live session: its sessions then
            own.kind == "module" and names_module(norm))  # "et pour le module 4 ?" after module 3's live session
        again = tutor.organizational.answer(text if whole else f"{text} {asked}", lang)
        if again:
            return Decision(Kind.ANSWER, again, lang, Intent.ORGANIZATIONAL, confidence=1.0)
    if not unsure:
        return None
    if heard_off_topic and surely_off_topic(tutor, text, answer):
        return None  # "quel temps fera-t-il demain à Rabat ?" (1.0): alone, its "temps" names response times at 0.62
    combined = tutor.engine.answer(f"{asked} {text}", lang, tutor.max_words)
    # "w module 4?" after a deadline asked for module 4's deadlines: the calendar questions in a row say what "it" is
    questions = tutor.memory.calendar_questions(message.channel, message.user)
    referred = _with_referent(tutor, text, lang, parse_calendar_query(" ".join(reversed(questions)) or asked))
    if referred is not None and referred.answered and referred.confidence > combined.confidence:
        combined = referred  # "وكيفاش نصيفطو؟" after a deadline: "it" is the assignment, not its date
    if not combined.answered:
        return None
    # heard as off topic, its own words must fairly surely name the section (`readings_agree`): read with the
    # calendar question, "quel temps fera-t-il demain à Rabat ?" is surely about response times
    section = (readings_agree(answer, combined, tutor.engine.threshold) if heard_off_topic
               else context_choice(answer, combined, None)[0])
    return section_decision(tutor, section, text, lang, Intent.FOLLOW_UP) if section else None


# What "it" is in a message right after a calendar reply, by the kind of date given: "وكيفاش نصيفطو؟" after a
# deadline is "how do I send the assignment?". Read with the whole calendar question, its date words win (the
# submission page at 0.12, a ticket); read with the noun, the submission page at 0.93.
# (French words, Arabic words): search words, not a reply's text
_REFERENTS = {"deadline": ("le devoir", "الواجب"), "live": ("la classe virtuelle", "الحصة المباشرة"),
              "module": ("le module", "المجزوءة")}


def _with_referent(tutor: Tutor, text: str, lang: str, query: CalendarQuery | None) -> Answer | None:
    """Retrieval's answer to the message with the noun, in its script, of what the calendar reply was about
    (`_REFERENTS`), or None."""
    if query is None:
        return None
    kind = "live" if query.kind.startswith("live") else "module" if query.kind.endswith("module") else query.kind
    # in the message's script: an Arabizi question's rewrite into Arabic letters keeps the Latin words only
    if kind not in _REFERENTS:
        return None
    noun = _REFERENTS[kind][1 if re.search("[\u0600-\u06ff]", text) else 0]
    return tutor.engine.answer(f"{text} {noun}", lang, tutor.max_words)


def calendar_in_language(tutor: Tutor, text: str, message: Message) -> Decision | None:
    """"et en arabe ?" / "بالفرنسية عافاك" right after a calendar reply: the same dates in that language (a
    newcomer got the guide's page on which language to write in); else None."""
    follow = follow_up(text)
    if follow is None or follow[0] != OTHER_LANG or tutor.memory is None or tutor.organizational is None:
        return None
    lang, calendar, asked = str(follow[1]), None, None
    questions = tutor.memory.calendar_questions(message.channel, message.user)
    # the latest calendar question, or, when it reads only with the one before ("et pour le module 5 ?" after
    # "Quand commence le module 2 ?": it got the guide's page on languages), the two together
    for asked in (questions[:1] + [" ".join(questions)] if len(questions) > 1 else questions):  # its module first
        if (calendar := tutor.organizational.answer(asked, lang)) is not None:
            break
    return calendar_decision(tutor, calendar, asked, lang) if calendar else None


def surely_off_topic(tutor: Tutor, text: str, answer: Answer) -> bool:
    """The intent model is sure the message is off topic (SURELY_OFF_TOPIC, as for the answer gate); a continuation
    it hears as off topic ("et si je la rate, je fais comment ?") scores 0.6-0.9."""
    return tutor.intent_probabilities(text, answer.query_vector).get("off_topic", 0.0) >= SURELY_OFF_TOPIC


def calendar_first(tutor: Tutor, text: str, lang: str, message: Message, in_conversation: bool) -> Decision | None:
    """/next or /calendar typed, whatever came before (after a guide answer, "/next" was read as "say more"); a date
    of "its" module ("و امتى آخر أجل ديالو؟" after a question naming module 3: `module_meant_reply`); the course's
    times in Ramadan; a worry about being blocked at a deadline (the FAQ on late work); what is required in the
    assignment just dated (`assignment_follow_up`); "et en arabe ?" right after a calendar reply
    (`calendar_in_language`, not `in_conversation` with the guide); else None."""
    if is_calendar_command(text) and tutor.organizational is not None:
        dates = tutor.organizational.answer(text.strip(), lang)
        if dates:
            return Decision(Kind.ANSWER, dates, lang, Intent.ORGANIZATIONAL, confidence=1.0)
    if (meant := module_meant_reply(tutor, text, lang, message) or ramadan_reply(tutor, text, lang)
            or deadline_worry_reply(tutor, text, lang) or assignment_follow_up(tutor, text, lang, message)) is not None:
        return meant  # the course's times in Ramadan, blocked at a deadline, "وما المطلوب فيه؟" after a deadline's date
    return None if in_conversation else calendar_in_language(tutor, text, message)
