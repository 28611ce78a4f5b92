"""The Tutor: the one place where Rafiq decides what to do with a message, in a chat or on a forum.

    Message ──► guards ──► language ──► moderation ──► forum post? ──► bot/forum_policy.py
                                                     └─ chat ──► intent ──► roles / retrieval ──► Decision

Channels build a `Message`, call `Tutor.handle`, and carry out the `Decision`; they decide nothing. The recorder stores the
message and opens the ticket a Decision asks for (the one place tickets are opened); the default one keeps nothing."""
from __future__ import annotations

import logging
from dataclasses import replace

from bot.addressee import addressing, writes_as_woman
from bot.answer_gate import AnswerGatePort, gated_answer, load_gate
from bot.forum_policy import decide_post
from bot.conversation import (CHOICE, MORE, LastTurn, StoreMemory, bare_number, conversation_language,
                               follow_up, more_with_a_question)
from bot.conversation_scope import read_in_scope, stands_alone
from bot.language_request import kept_language
from bot.conversation_language import language_asked_with_a_question
from bot.hand_over import detail_for_tutor
from bot.other_service import leaves_the_platform
from bot.chat_safety import distress_reply, objectionable, objectionable_reply, read_otherwise_despite_model
from bot.after_reply import after_own_reply, calendar_first, calendar_reply_language
from bot.chat_flow import more_or_its_own, route_decision
from bot.notices import reply_without_context
from bot.not_meant import not_meant_reply
from bot.not_working import not_working_reply
from bot.option_words import option_in_words
from bot.steps import step_decision
from bot.contact_given import with_contact_note
from bot.evidence import gather_evidence, vocabulary_of, without_language_request
from bot.dialogue import (answer_buttons, asks_which_one, clarify_decision, competing_options, follow_up_decision,
                          found_passages)
from bot.guards import approval_only, clean_text, problem_with
from bot.recorder import NOT_CONTEXT, NullRecorder, Recorder  # noqa: F401 (Recorder: the port, re-exported)
from bot.roles.intent_model import IntentModel, IntentModelError
from bot.roles.intents import question_after_thanks, tutor_word_alone
from bot.texts import both, t
from bot.tutor_ports import ModerationPort, OrganizationalPort, SupportPort
from bot.understanding import IntentPort, Route, read_message
from bot.types import Decision, Intent, Kind, Message, Priority, Reason, TicketAsk
from moderation.personal_data import mask, without_masks
from moderation.verdict import PassThroughModerator, Verdict
from retrieval.engine import RetrievalEngine
from retrieval.language import detect_language, reply_language
from retrieval.steps import asked_step
from retrieval.types import Answer

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 3500  # what retrieval reads of a long forum post
KNOWN_LANGS = ("ar", "ary", "ary-Latn", "fr")  # what detection tells well enough to answer in
RECENT_FOR_ADDRESS = 6  # the trainer's earlier messages read for how she speaks of herself


class Tutor:
    """Decides what to do with one message.

    Example::

        tutor = Tutor(engine)
        decision = tutor.handle(Message(channel="cli", user="me", text="Comment préparer une séance ?"))
        print(decision.kind, decision.text, decision.citations)
    """

    def __init__(self, engine: RetrievalEngine, moderator: ModerationPort | None = None,
                 organizational: OrganizationalPort | None = None, support: SupportPort | None = None,
                 recorder: Recorder | None = None, eta_text=None, max_words: int = 120,
                 urgent_eta_text=None, forum_auto_reply: bool = True, forum_min_confidence: float = 0.0,
                 memory: StoreMemory | None = None, off_topic_tickets: bool = False,
                 intent_model: IntentPort | None = None, answer_gate: AnswerGatePort | None = None) -> None:
        self.engine = engine
        self.moderator = moderator or PassThroughModerator()
        self.organizational = organizational
        self.support = support
        self.recorder = recorder or NullRecorder()
        self.eta_text, self.urgent_eta_text = eta_text or (lambda lang: ""), urgent_eta_text or (lambda lang: "")
        self.max_words, self.memory, self.off_topic_tickets = max_words, memory, off_topic_tickets
        self.forum_auto_reply, self.forum_min_confidence = forum_auto_reply, forum_min_confidence
        embedder = getattr(engine, "embedder", None)  # an engine without one: the model's n-gram head alone
        self.intent_model = intent_model or IntentModel.load(embedder=embedder, ngrams_only=embedder is None)
        self.answer_gate = answer_gate or (load_gate(embedder.name) if embedder is not None else None)

    def handle(self, message: Message) -> Decision:
        """Decide what to do with `message` and persist it; a caring text addresses a woman who wrote of herself in
        the feminine, in this message or a recent one, as she wrote (bot/addressee.py)."""
        with addressing(lambda: writes_as_woman([message.text, *(row.text for row in self.recorder.history(
                message, limit=RECENT_FOR_ADDRESS))])):
            return self._decide_and_record(message)

    def _decide_and_record(self, message: Message) -> Decision:
        text = clean_text(message.text)
        user = self.recorder.find_user(message)  # read once: the language chosen now, the id for the record
        user_id = user.id if user else None
        preferred = message.lang_hint or (user.lang if user else None)
        problem = problem_with(text)
        if problem and problem[0] == "no_words" and (bare_number(text) is not None or approval_only(text)):
            problem = None  # "1", "2": an option chosen, a step of the last answer, or nothing to choose
        if problem and not (message.context.is_forum and problem[0] == "too_long"):
            key, values = problem
            code = detect_language(text[:2000]).code if text else "und"
            lang = preferred or reply_language(code)
            body = t(key, lang, **values) if preferred or code in KNOWN_LANGS else both(key, **values)
            decision = Decision(Kind.ANSWER, body, lang, Intent.INVALID, reason=key, detected=code)
            return self.recorder.record(message, decision, mask(text, lang=lang)[:2000], user_id)  # mask, then cut
        guess = detect_language(text[:4000])
        default = message.lang_default if not preferred and (guess.code not in KNOWN_LANGS or guess.code == "ary-Latn") \
            else None  # the page's (Arabizi on the French page: French, as the trainer set it; SCENARIOS §2),
        lang = reply_language(guess.code, preferred or (default if default in ("ar", "fr") else None))  # not a choice
        verdict = message.verdict or self.moderate(message, text, lang)
        stored = verdict.masked_text or text
        if message.context.is_forum:
            decision = decide_post(self, message, stored, guess.code, lang, verdict)
        else:
            chosen = preferred is not None or (default is not None and guess.code == "ary-Latn") or \
                guess.code == message.lang_default == "fr"
            decision = self._chat(text, guess.code, lang, verdict, message, chosen)
            decision = with_contact_note(self, decision, text, verdict)
        decision = replace(decision, detected=guess.code, verdict=verdict, masked=decision.masked or bool(verdict.spans),
                           lang_kept=decision.lang_kept or kept_language(text) == decision.lang)  # "dorénavant…"
        return self.recorder.record(message, decision, stored, user_id)

    def moderate(self, message: Message, text: str | None = None, lang: str | None = None) -> Verdict:
        """The moderation verdict on a message (a forum post's, stored with its event, is handed back in `verdict`)."""
        text = clean_text(message.text) if text is None else text
        author = None if message.edited else message.user  # an edited post is not a re-post (the repeat count)
        ref = {"ref": f"{message.channel}:{message.external_id}"} if message.external_id else {}
        return self.moderator.check(text, lang=lang, author=author,
                                    context="forum" if message.context.is_forum else message.channel, **ref)

    def escalate(self, message: Message, reason: Reason, body: str = "", found: tuple[dict, ...] | None = None,
                 priority: Priority = Priority.NORMAL, intent: Intent = Intent.HUMAN) -> Decision:
        """Hand `message` to a tutor on request (/tutor, "not helpful" → ask a tutor) and record it. `found` is what
        the trainer already saw; when None, the guide is searched once for the tutors."""
        text = mask(clean_text(message.text), lang=message.lang_hint or "fr")
        lang = message.lang_hint or reply_language(detect_language(text).code)
        answer = self.engine.answer(text, lang, self.max_words) if found is None and text else None
        decision = Decision(Kind.ESCALATE, body or t("human_requested", lang, eta=self.eta_text(lang)), lang,
                            intent, reason=reason,
                            ticket=TicketAsk(reason, priority, found=found if found is not None else found_passages(answer)),
                            query_vector=answer.query_vector if answer else None)
        return self.recorder.record(message, decision, text)

    def request_tutor(self, message: Message, reason: Reason, interaction_id: int | None = None) -> Decision:
        """A trainer asks for a tutor: the question typed (`message.text`), else the one of the exchange the
        pressed button was under (`interaction_id`), else their latest question. IGNORE with `expired` when
        that exchange is not theirs any more; the usage when there is no question; else `escalate`."""
        lang = message.lang_hint or "fr"
        question = message.text.strip()
        if interaction_id is not None:
            asked = self.recorder.interaction(message, interaction_id)
            if asked is None:
                return Decision(Kind.IGNORE, t("expired", lang), lang, Intent.HUMAN)
            question = asked.text.strip()
        question = question or next((row.text for row in self.recorder.history(message)
                                     if row.intent not in NOT_CONTEXT and row.text.strip()), "")
        if not question:
            return Decision(Kind.ANSWER, t("tutor_usage", lang), lang, Intent.HUMAN)
        return self.escalate(replace(message, text=question), reason,  # typed, it is a message of its own
                             intent=Intent.HUMAN if message.text.strip() else Intent.HANDED_OVER)

    def _chat(self, text: str, detected: str, lang: str, verdict: Verdict, message: Message,
              chosen: bool = False) -> Decision:
        """One decision from all the evidence: safety first, then the conversation, then the guide (a question the
        guide answers surely is answered even when it names a date, a feeling or a tutor)."""
        text = question_after_thanks(text := without_masks(verdict.masked_text or text)) or text  # a number: not read
        if detected == "zgh":
            body = "\n\n".join(t("tifinagh", code, eta=self.eta_text(code)) for code in ("ar", "fr"))
            return self._escalation(body, lang, Intent.TIFINAGH, Reason.UNSUPPORTED_LANGUAGE)
        if self.in_distress(text, verdict) and not read_otherwise_despite_model(self, text, lang, verdict):
            return distress_reply(self, text, lang, verdict, message)
        last = self.memory.last(message.channel, message.user) if self.memory else None
        if objectionable(self, text, lang, verdict, in_conversation=last is not None):
            return objectionable_reply(self, verdict, lang, text)
        lang = (language_asked_with_a_question(text) or lang) if chosen else conversation_language(  # a calendar
            text, lang, last.lang if last else calendar_reply_language(self, message), detected in KNOWN_LANGS)  # reply's
        # language too ("w ljaw ghedda?" after dates); a language asked with the question beats the one saved
        if last is not None and leaves_the_platform(text, last.sections):  # "w dyal Massar?" after e-Takwine's
            return route_decision(self, Route.OFF_TOPIC, self.understand(text, lang)[1], text, lang, message, None)
        if (number := bare_number(text)) is not None and (last is None or not last.clarifying):
            step = step_decision(self, number, text, lang, last) if last is not None else None
            return step or Decision(Kind.ANSWER, t("nothing_pending", lang), lang, Intent.FOLLOW_UP)  # no list
        if tutor_word_alone(text) and self.memory \
                and self.memory.last_intent(message.channel, message.user) == Intent.SOCIO:
            return self.human_requested(lang)  # as the encouragement said: « écrivez « tuteur » »
        if (dates := calendar_first(self, text, lang, message, in_conversation=last is not None)) is not None:
            return dates  # "/next" whatever came before, "et en arabe ?" after a calendar reply
        if (notice := reply_without_context(self, text, lang, message, last)) is not None:
            return notice  # "et en arabe ?" right after a ticket or the off-topic reply: that reply in Arabic
        if last is not None and (step := asked_step(text)) is not None \
                and (decision := step_decision(self, step, text, lang, last)) is not None:
            return decision  # "détaillez le point 5": that step whole
        if (declined := not_meant_reply(self, text, lang, last)) is not None:
            return declined  # "non" to "Parlez-vous de « … » ?", "machi hadchi li bghit" after an answer
        if last is not None and (option := option_in_words(self, text, last)) is not None:
            return follow_up_decision(self, (CHOICE, option), text, lang, last)  # "la formative": its title word
        if last is not None and (broken := not_working_reply(self, text, lang, last)) is not None:
            return broken  # "ça ne marche pas" after a how-to: the technical page, or a tutor
        follow = follow_up(text) if last else None
        if follow and follow[0] == MORE and more_with_a_question(text):
            if not last.clarifying:
                return more_or_its_own(self, follow, text, lang, verdict, message, last)
            follow = None  # "kifach ntwasel m3ah" after "tuteur ?": read with the options, not asked again
        if follow and (follow[0] != CHOICE or last.clarifying):
            return follow_up_decision(self, follow, text, lang, last)
        route, answer = self.understand(text, lang, verdict, has_context=last is not None, last=last)
        last, route, answer = read_in_scope(self, route, answer, text, lang, last, verdict)  # a recipe: a first message
        if last is None and (after := after_own_reply(self, route, answer, text, lang, message)) is not None:
            return after  # "وإذا فاتتني، ماذا أفعل؟" after the live session's date, "شنو ندير؟" after encouragement
        if last is None and (detail := detail_for_tutor(self, route, answer, text, lang, message)) is not None:
            return detail  # "c'est pour un problème de note…" right after asking for a tutor
        return route_decision(self, route, answer, text, lang, message, last)

    def understand(self, text: str, lang: str, verdict: Verdict | None = None,
                   has_context: bool = False, last: LastTurn | None = None) -> tuple[Route, Answer]:
        """The route of a message from all the evidence, and retrieval's answer (embedded once, read by both)."""
        question = without_language_request(text)[:MAX_QUESTION_CHARS]  # not its "répondez en arabe svp"
        answer = self.engine.answer(question, lang, self.max_words)
        probabilities = self.intent_probabilities(text, answer.query_vector)
        gate = self.answer_gate if not has_context or stands_alone(text, answer, last) else None  # first questions
        answer = gated_answer(gate, self.engine, question, lang, answer, probabilities, self.max_words)
        evidence = gather_evidence(text, answer, probabilities, verdict, has_context, last, vocabulary_of(self.engine))
        return read_message(evidence), answer

    def intent_probabilities(self, text: str, vector=None) -> dict[str, float]:
        """The learned intent model's probabilities, or {} when it cannot be read (logged once)."""
        if self.intent_model is None:
            return {}
        try:
            return self.intent_model.probabilities(text[:MAX_QUESTION_CHARS], vector)
        except (IntentModelError, ValueError) as exc:
            log.error("intent model unusable, deciding without it: %s", exc)
            self.intent_model = None
            return {}

    def human_requested(self, lang: str) -> Decision:
        """A trainer asked for a person: a ticket, and an honest time."""
        return self._escalation(t("human_requested", lang, eta=self.eta_text(lang)), lang, Intent.HUMAN,
                                Reason.HUMAN_REQUESTED, matchable=False)

    def in_distress(self, text: str, verdict: Verdict) -> bool:
        """Moderation or the support role hears distress in the message."""
        return verdict.verdict == "distress" or bool(self.support and self.support.state(text) == "distress")

    def distress(self, lang: str, private: bool = False) -> Decision:
        """The caring reply, with emergency numbers and an honest time, and an urgent ticket."""
        when = self.urgent_eta_text(lang)
        caring = (self.support.respond_distress(lang, when) if self.support
                  else t("distress", lang, availability=when).replace(" \n", "\n"))
        return self._escalation(caring, lang, Intent.SOCIO, Reason.DISTRESS, Priority.DISTRESS, private=private)

    def retrieve(self, text: str, lang: str, intent: Intent, final: bool = True,
                 answer: Answer | None = None, opening: bool = False, offer: bool = True) -> Decision:
        """Answer from the guide (`answer`: retrieval's, when already computed); or offer (if `offer`) the
        sections that compete for a question (`opening`: a conversation's first message, where a bare topic
        is asked about); or (when `final`) hand it to a tutor; with `final=False` the caller decides."""
        answer = answer or self.engine.answer(text[:MAX_QUESTION_CHARS], lang, self.max_words)
        vector = answer.query_vector
        options = competing_options(self.engine, answer, text, lang, opening) if offer else ()
        if answer.answered and not asks_which_one(text, options, intent):
            return Decision(Kind.ANSWER, answer.text, lang, intent, confidence=answer.confidence,
                            citations=answer.citations, buttons=answer_buttons(lang), query_vector=vector,
                            see_also=tuple(getattr(answer, "see_also", ())))
        if options:
            return clarify_decision(options, lang, intent, answer.confidence, vector)
        unanswered = Decision(Kind.ESCALATE, "", lang, intent, confidence=answer.confidence,
                              reason=Reason(answer.reason) if answer.reason in set(Reason) else Reason.LOW_CONFIDENCE,
                              ticket=TicketAsk(Reason.LOW_CONFIDENCE, found=found_passages(answer)),
                              query_vector=vector)
        return self._escalate_unanswered(unanswered, lang) if final else unanswered

    def _escalate_unanswered(self, decision: Decision, lang: str) -> Decision:
        """Nothing sure: a tutor takes the question (with what Rafiq found)."""
        ticket = decision.ticket or TicketAsk(Reason.LOW_CONFIDENCE)
        return replace(decision, kind=Kind.ESCALATE, body=t("low_confidence", lang, eta=self.eta_text(lang)),
                       ticket=replace(ticket, reason=Reason(decision.reason) if decision.reason in set(Reason)
                                      and decision.reason else Reason.LOW_CONFIDENCE))

    def _escalation(self, body: str, lang: str, intent: Intent, reason: Reason, priority: Priority = Priority.NORMAL,
                    found: tuple[dict, ...] = (), private: bool = False, matchable: bool = True) -> Decision:
        return Decision(Kind.ESCALATE, body, lang, intent, reason=reason,
                        ticket=TicketAsk(reason, priority, private=private, found=found, matchable=matchable))
