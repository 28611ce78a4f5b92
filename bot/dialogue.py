"""Dialogue moves of the Tutor: a follow-up read against the last exchange, and the sections offered by
a clarifying question when several compete for an unsure question.

    "et en arabe ?" ─► the last section, in Arabic          "1" / "oui" ─► the option chosen
    "un exemple" ─► the last section, read for an example   unsure, 2-3 close sections ─► "Vous cherchez : 1. … 2. …"
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer_gate import CLEAR_LEAD
from bot.language_request import darija_asked
from bot.conversation import CHOICE, EXAMPLE, MORE, OTHER_LANG, LastTurn, bare_more, continues
from bot.option_words import ranked, title_words
from bot.roles.intents import polite_only, thanks_reply
from bot.not_understood import explained_again, not_understood
from bot.shown_items import said_again, shown_in_language, unseen_part
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind, Reason
from retrieval.engine import NO_EXAMPLE
from retrieval.normalize import normalize_text
from retrieval.types import Answer, Citation, Passage

if TYPE_CHECKING:
    from bot.tutor import Tutor
    from retrieval.engine import RetrievalEngine

# A question whose best section reaches this fraction of the answer threshold is asked about it ("Parlez-vous
# de « … » ?") rather than handed to a tutor, whatever its length (it was 4 words at most): on the tuned set
# 11 of the 15 questions this turned from tickets into that question were offered the right section.
CLARIFY_BAND = 0.6
BARE_MAX_WORDS = 3
CLARIFY_GAP = CLEAR_LEAD  # sections whose scores are this close to the best one compete for the question
# A bare topic ("الأدوار؟", "mochkil plateforme", "Le forum") asks nothing yet: sections this close to the best
# one compete for it. Read on the openings of the dev dialogues (tests/data/dialogues_dev) that expect a
# clarifying question: their second section trails by 0.004-0.07; a short message the guide covers in one
# section ("شنو هي الأندراغوجيا؟", a question anyway) trails by 0.19.
BARE_TOPIC_GAP = 0.08
# Below this, a question (not a bare topic) is handed to a tutor, not offered options: 21 of the 28 dev questions
# (blind2-27) asked to choose below it were out of scope ("Qu'est-ce que la pédagogie différenciée ?" got the rule
# against hate speech, a newcomer).
CLARIFY_MIN = 0.05
# Words that make a short message a question rather than a bare topic (normalised: no accents, أ→ا).
QUESTION_WORDS = frozenset("""
    comment quoi quel quelle quels quelles pourquoi quand ou combien qui est-ce est peut puis peux faut dois
    doit c'est existe svp what how why when where which who
    ما ماذا كيف متى لماذا لم هل اين كم من شنو اش واش كيفاش كيف فين علاش شحال فوقاش امتى اشنو شكون واشنو
    chno chnou ach achno wach wech kifach kifech kif fin fine 3lach 3lech ch7al chhal fou9ach fo9ach imta
    emta chkoun
""".split())


# While a clarifying question waits, an example or a "w ila..." asked in words is answered from its own words when
# they name one of the offered sections, or another section this surely ("et je l'applique comment ?" reached an
# unrelated page at 0.54 and is asked again which one is meant); the example bar of bot.chat_flow.
OWN_WORDS_SURE = 0.8
# In a conversation, a message the guide is fairly sure of alone (above this share of the answer threshold)
# is answered when the message read with the previous question puts the same section in its first three.
AGREE_SHARE = 0.7


def names_its_own(answer: Answer, last: LastTurn) -> bool:
    """While a clarifying question waits, a message's own sure answer is from an offered section, or from another
    one at OWN_WORDS_SURE at least."""
    return answer.answered and (answer.citations[0].id in last.sections or answer.confidence >= OWN_WORDS_SURE)


def bare_words(text: str) -> bool:
    """A question of a word or two ("la grille ?", "المخطط؟"): when sections compete for it, even a sure
    answer may be the wrong one, so Rafiq asks which one is meant."""
    return len(text.split()) <= BARE_MAX_WORDS


def bare_topic(text: str) -> bool:
    """A topic of a word or three with no question word ("la grille ?", "الأدوار؟", "mochkil plateforme")."""
    words = re.sub(r"[^\w\s'-]", " ", normalize_text(text)).split()
    unglued = {w[1:] for w in words if w[:1] in "وف" and len(w) > 3}  # "وواش": and + whether
    return 0 < len(words) <= BARE_MAX_WORDS and not QUESTION_WORDS.intersection(set(words) | unglued)


def asks_which_one(text: str, options: tuple[Citation, ...], intent: Intent) -> bool:
    """A bare word opening a conversation ("la grille ?") that several sections answer: Rafiq asks which one
    is meant; in a conversation ("w l formative?" after a question on assessment) it is read in context."""
    return len(options) >= 2 and bare_words(text) and intent != Intent.FOLLOW_UP


def found_passages(answer: Answer | None) -> tuple[dict, ...]:
    """What Rafiq found for a question, as tutors see it on the ticket."""
    if answer is None:
        return ()
    return tuple({"id": p.chunk.section_id, "title": p.chunk.title, "lang": p.chunk.lang,
                  "confidence": round(p.confidence, 3), "text": p.chunk.text[:400]} for p in answer.passages[:3])


def read_after_last(tutor: Tutor, text: str, lang: str, last: LastTurn) -> Answer:
    """Retrieval's answer to a message read after the previous question (the conversation's reading of it)."""
    return tutor.engine.answer(f"{last.question} {text}", lang, tutor.max_words)


def answer_buttons(lang: str) -> tuple[Button, ...]:
    """Helpful / not helpful / ask a tutor, under every answer."""
    return (Button(t("helpful", lang), "fb:up"), Button(t("not_helpful", lang), "fb:down"),
            Button(t("ask_tutor", lang), "tutor"))


def follow_up_decision(tutor: Tutor, follow: tuple[str, object], text: str, lang: str, last: LastTurn) -> Decision:
    """A short message read against the previous exchange (another language, an example, a choice)."""
    kind, argument = follow
    # "un exemple" while Rafiq asked which one: of which? "en arabe": the same question in Arabic. When it
    # offered one section, "plus de détails sur …" or "un exemple" takes it.
    if last.clarifying and (kind == OTHER_LANG or (kind in (EXAMPLE, MORE) and len(last.sections) > 1)):
        if kind != OTHER_LANG:  # "un exemple de grille critériée ?", "w ila kant CC BY-NC?": its own words may say
            own = tutor.engine.answer(text, lang, tutor.max_words)
            if names_its_own(own, last) or last.reasked:  # offered twice already: never a third time
                return tutor.retrieve(text, lang, Intent.FOLLOW_UP, answer=own)
        lang = str(argument) if kind == OTHER_LANG else lang
        titles = tutor.engine.index.titles
        options = tuple(Citation(s, titles.get((s, lang), s), lang) for s in last.sections)
        offered = clarify_decision(options, lang, Intent.FOLLOW_UP)
        if kind == OTHER_LANG:
            return offered
        listing = "\n".join(f"{n}. {c.title}" for n, c in enumerate(options, 1))  # not the same words twice
        return replace(offered, body=t("clarify_again", lang, options=listing))
    section, question = last.sections[0], last.question
    if kind == CHOICE:
        if not last.latest and int(argument) == 1 and not ranked(text):  # "oui", "ok" to the aside after a choice
            key = thanks_reply(text) if polite_only(text) else "nothing_pending"  # (not the choice's option 1)
            return Decision(Kind.ANSWER, t(key, lang), lang, Intent.FOLLOW_UP)
        number = int(argument)
        if number > len(last.sections):
            return tutor.retrieve(text, lang, Intent.FOLLOW_UP)
        section, lang = last.sections[number - 1], last.lang or lang
    elif kind == OTHER_LANG:
        if str(argument) == last.lang and darija_asked(text) and last.shown:  # the guide has no Darija: its French
            return _in_the_other_language(tutor, section, question, last, lang)  # or MSA, said so (not the same)
        lang = str(argument)
    if kind == EXAMPLE:  # the section's own example, else the part the request points to, never a repeat
        shown = last.seen or last.shown
        answer = tutor.engine.example_answer(section, question, text, lang, tutor.max_words, shown=shown)
    elif kind == MORE and not_understood(text) and (again := explained_again(tutor, text, lang, last)) is not None:
        return again  # "je n'ai pas compris": the section's example, else a part not shown, and a tutor offered
    elif kind == MORE:  # the part the follow-up asks for, never an excerpt already shown again
        answer = tutor.engine.follow_up_answer(section, question, text, lang, tutor.max_words,
                                               shown=last.seen or last.shown, rest_first=bare_more(text))
    elif kind == OTHER_LANG and last.shown:  # the part the trainer was shown, in the other language
        answer = shown_in_language(tutor, section, question, last.shown, last.lang, lang)
    else:
        answer = tutor.engine.section_answer(section, question, lang, tutor.max_words)
    if not answer.answered:
        return tutor.retrieve(text, lang, Intent.FOLLOW_UP)
    if kind in (EXAMPLE, MORE) and answer.citations and said_again(answer.text, last.seen or last.shown):  # all said
        # (seen: the replies of the follow-ups in a row, "encore ?" after three got the opening shown two turns before)
        if kind == MORE and (other := _another_page(tutor, f"{question} {text}", section, lang)) is not None:
            return other  # "وفين نلقاه؟" (the recording) after missed live sessions: the recordings' page
        said = t("no_example" if kind == EXAMPLE else "all_said", lang, title=answer.citations[0].title)
        return Decision(Kind.ANSWER, said, lang, Intent.FOLLOW_UP, confidence=answer.confidence,
                        citations=answer.citations, buttons=(Button(t("ask_tutor", lang), "tutor"),))
    if kind in (EXAMPLE, MORE) and answer.citations:  # what was shown already is not sent again with the new part
        answer = replace(answer, text=unseen_part(answer.text, last.seen or last.shown))
    if kind == EXAMPLE and answer.reason == NO_EXAMPLE and answer.citations:  # not passed off as an example
        said = t("example_not_in_guide", lang, title=answer.citations[0].title)  # ("3tini exemple": the pitfalls)
        return Decision(Kind.ANSWER, f"{said}\n{answer.text}\n\n{t('example_tutor', lang)}", lang, Intent.FOLLOW_UP,
                        confidence=answer.confidence, citations=answer.citations, buttons=(Button(t("ask_tutor", lang), "tutor"),))
    return Decision(Kind.ANSWER, answer.text, lang, Intent.FOLLOW_UP, confidence=answer.confidence,
                    citations=answer.citations, buttons=answer_buttons(lang))


def _in_the_other_language(tutor: Tutor, section: str, question: str, last: LastTurn, lang: str) -> Decision:
    """"chra7 liya b darija" after an Arabic reply: the guide is in MSA and French only; the same part in the other."""
    other = "fr" if last.lang == "ar" else "ar"
    answer = shown_in_language(tutor, section, question, last.shown, last.lang, other)
    return Decision(Kind.ANSWER, f"{t('no_darija', lang)}\n\n{answer.text}", lang, Intent.FOLLOW_UP,
                    confidence=answer.confidence, citations=answer.citations, buttons=answer_buttons(lang),
                    other_lang_chosen=True)  # it said "only in French" of a page just shown in Arabic


def _another_page(tutor: Tutor, read: str, section: str, lang: str) -> Decision | None:
    """Another section among the first three that the message read with the previous question is sure of (at the
    engine's threshold) and surer of than the last one, which has nothing more to say; else None. (Surer than the last
    one: "ونقدر نهضر بالدارجة مع رفيق؟" after the language FAQ, 0.98, is not about asking good questions, 0.68.)"""
    passages = tutor.engine.answer(read, lang, tutor.max_words).passages[:3]
    bar = max([tutor.engine.threshold] + [p.confidence for p in passages if p.chunk.section_id == section])
    other = next((p.chunk.section_id for p in passages
                  if p.chunk.section_id != section and p.confidence >= bar and p.confidence > 0), None)
    return section_decision(tutor, other, read, lang, Intent.FOLLOW_UP) if other else None


def clarify_decision(options: tuple[Citation, ...], lang: str, intent: Intent, confidence: float = 0.0,
                     vector=None) -> Decision:
    """"Vous cherchez : 1. … 2. …" (one section: "Parlez-vous de « … » ?"), a button per section and one to ask
    a tutor."""
    listing = "\n".join(f"{n}. {c.title}" for n, c in enumerate(options, 1))
    buttons = tuple(Button(f"{n}. {c.title}"[:60], f"say:{n}") for n, c in enumerate(options, 1))
    body = (t("clarify_one", lang, title=options[0].title) if len(options) == 1
            else t("clarify_options", lang, options=listing))
    return Decision(Kind.CLARIFY, body, lang, intent, confidence=confidence,
                    reason=Reason.CLARIFY, options=options,
                    buttons=buttons + (Button(t("ask_tutor", lang), "tutor"),), query_vector=vector)


def competing_options(engine: RetrievalEngine, answer: Answer, text: str, lang: str,
                      opening: bool = False) -> tuple[Citation, ...]:
    """The sections a clarifying question offers: those close to the best one, when it is plausible (a bare
    topic opening a conversation lets further sections compete: see BARE_TOPIC_GAP)."""
    passages = answer.passages
    if not passages or passages[0].base < getattr(engine.calibration, "clarify_floor", 0.0):
        return ()  # nothing plausible enough to offer: likely out of scope
    if answer.confidence < CLARIFY_MIN and (continues(text) or not bare_words(text)):
        return ()
    best = passages[0]
    close = [p for p in passages[:3] if best.score - p.score <= CLARIFY_GAP]
    if opening and bare_topic(text):
        close = _distinct_sections([p for p in passages[:6] if best.score - p.score <= BARE_TOPIC_GAP])[:3]
    plausible = answer.confidence >= CLARIFY_BAND * engine.threshold
    if len(close) < 2 and not plausible:
        return ()
    titles = engine.index.titles
    seen, options = set(), []
    for p in close if len(close) >= 2 else [best]:
        if p.chunk.section_id not in seen:
            seen.add(p.chunk.section_id)
            options.append(Citation(p.chunk.section_id,
                                    titles.get((p.chunk.section_id, lang), p.chunk.title), lang))
    return tuple(options)


def _distinct_sections(passages: list[Passage]) -> list[Passage]:
    """The best passage of each section, in order."""
    seen: set[str] = set()
    return [p for p in passages if not (p.chunk.section_id in seen or seen.add(p.chunk.section_id))]


def titled_section(tutor: Tutor, answer: Answer, text: str, last: LastTurn) -> str | None:
    """A section among the message's own first three, not the last one, whose title (two words or more, in either
    language) the message says whole ("Parlez-moi de l'évaluation formative, avec des exemples d'outils"), or None."""
    said = title_words(text)
    titles = tutor.engine.index.titles
    for passage in answer.passages[:3]:
        section = passage.chunk.section_id
        if section in last.sections:
            continue
        for code in ("fr", "ar"):
            words = title_words(titles.get((section, code), ""))
            if len(words) >= 2 and words <= said:
                return section
    return None


def example_decision(tutor: Tutor, answer: Answer, text: str, lang: str, last: LastTurn) -> Decision:
    """An example asked for in a conversation: of the section just given, unless the message names another
    section by its whole title, whose example it then gets."""
    titled = titled_section(tutor, answer, text, last)
    if titled is not None:
        last = replace(last, question=text, sections=(titled,), shown="")
    return follow_up_decision(tutor, (EXAMPLE, None), text, lang, last)


def section_decision(tutor: Tutor, section: str, text: str, lang: str,
                      intent: Intent = Intent.QUESTION) -> Decision | None:
    """The answer from one chosen section, read for `text` (None when it has nothing to say)."""
    found = tutor.engine.section_answer(section, text, lang, tutor.max_words)
    if not found.answered:
        return None
    return Decision(Kind.ANSWER, found.text, lang, intent, confidence=found.confidence,
                    citations=found.citations, buttons=answer_buttons(lang))


def say_more(text: str, lang: str, answer: Answer) -> Decision:
    """A word or three opening a conversation that no section is even close to ("football", "الطقس", "la météo"):
    an invitation to ask in a sentence, with the "ask a tutor" button, rather than a ticket a tutor could do
    nothing with."""
    topic = " ".join(text.strip(" ?؟!.،,").split())
    return Decision(Kind.ANSWER, t("say_more", lang, topic=topic), lang, Intent.QUESTION,
                    confidence=answer.confidence, buttons=(Button(t("ask_tutor", lang), "tutor"),),
                    query_vector=answer.query_vector)


# The words of an example or more details asked for, naming no topic (normalised: no accents, أ→ا, ة→ه)
_ASKING_ONLY = frozenset("""donne donner moi un une des de d svp stp s il te plait peux tu me pourrais vous pouvez
    exemple exemples plus details detail encore autre pls please example give me an more عطيني اعطيني اعطني
    مثال مثالا امثله من فضلك عافاك شي واحد زيد زيدني تفاصيل اكثر اخر اخرى 3tini a3tini 3afak mital mithal m9thal
    chi wa7ed zid zidni tafasil ktar kter akhor""".split())


def asks_only(text: str) -> bool:
    """Only the words of an example or more details asked for ("donne-moi un exemple", "عطيني مثال عافاك")."""
    words = re.findall(r"\w+", normalize_text(text))
    return bool(words) and all(w in _ASKING_ONLY for w in words)


def what_about(lang: str, answer: Answer) -> Decision:
    """An example or more details asked for in a first message ("donne-moi un exemple", "عطيني مثال"): of what? An
    invitation to name the topic, not a choice between sections the message says nothing about."""
    return Decision(Kind.ANSWER, t("what_about", lang), lang, Intent.FOLLOW_UP, confidence=answer.confidence,
                    buttons=(Button(t("ask_tutor", lang), "tutor"),), query_vector=answer.query_vector)
